#!/usr/bin/env python3
"""Writes the generated inputs of the error corpus (docs/robustness.md):
binary garbage, deep nesting, huge lines, alias bombs, non-UTF-8 names, and
corrupted bytecode. Deterministic: the same bytes on every machine.

  make_inputs.py garbage DIR        binary and text garbage
  make_inputs.py nesting DIR        nesting at and beyond the limit
  make_inputs.py large DIR          100k ops on one line, long names
  make_inputs.py utf8 DIR           non-UTF-8 bytes in names and strings
  make_inputs.py corrupt IN.mlirbc DIR
                                    truncations and byte flips of bytecode
"""
import os
import random
import sys

LIMIT = 1000  # ANE_MAX_NESTING_DEPTH, tools/common/parse.h

RELU = ('  %0 = "ane.relu"(%x) : (tensor<4xf32>) -> tensor<4xf32>\n'
        '  return %0 : tensor<4xf32>\n')


def write(d, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def garbage(d):
    r = random.Random(6)
    write(d, "random.bin", bytes(r.randrange(256) for _ in range(4096)))
    write(d, "nul.bin", b"\0\0\0\0")
    write(d, "nul-inside.mlir",
          b"func.func @f() {\n  return\n}\0garbage after a NUL\n")
    write(d, "utf16.mlir", b"\xff\xfe" + "module {}".encode("utf-16-le"))
    write(d, "elf.bin", b"\x7fELF\x02\x01\x01\x00" + bytes(56))
    write(d, "bom.mlir", b"\xef\xbb\xbfmodule {}\n")
    write(d, "brackets.mlir", b"{{{{ }}}} ((( ))) <<< >>>\n")
    write(d, "magic-only.mlirbc", b"ML\xefR")
    write(d, "words.mlir", b"this is not MLIR at all\n")
    write(d, "unbalanced.mlir", b"func.func @f() {\n  return\n}}}\n")
    write(d, "blanks.mlir", b" \t\r\n\n   \n")
    write(d, "empty.mlir", b"")
    write(d, "comments-only.mlir", b"// nothing but a comment\n")


def nesting(d):
    # Regions: each level opens `({` (2 levels of brackets).
    def regions(n):
        return ('"builtin.module"() ({\n' * n + "func.func private @f()\n" +
                "}) : () -> ()\n" * n)
    write(d, "regions-ok.mlir", regions(LIMIT // 2 - 1))
    write(d, "regions-deep.mlir", regions(LIMIT // 2 + 1))
    write(d, "regions-3k.mlir", regions(3000))
    write(d, "regions-20k.mlir", regions(20000))
    # Types: tuple<tuple<...>> inside a function signature.
    def tuples(n):
        return ("func.func private @f(" + "tuple<" * n + "f32" + ">" * n +
                ")\n")
    write(d, "tuples-ok.mlir", tuples(LIMIT - 2))
    write(d, "tuples-deep.mlir", tuples(100000))
    # Attributes: [[[...]]] array attributes.
    write(d, "arrays-deep.mlir",
          "func.func private @f() attributes {a = " + "[" * 5000 + "]" * 5000
          + "}\n")
    # Alias chains hide depth from a plain bracket count.
    lines = ["!t0 = tuple<f32>"]
    lines += ["!t%d = tuple<!t%d>" % (i, i - 1) for i in range(1, 30000)]
    write(d, "type-alias-chain.mlir",
          "\n".join(lines) + "\nfunc.func private @f(!t29999)\n")
    lines = ['#l0 = loc("a":1:1)']
    lines += ["#l%d = loc(callsite(#l%d at #l%d))" % (i, i - 1, i - 1)
              for i in range(1, 30000)]
    write(d, "loc-alias-chain.mlir",
          "\n".join(lines) + "\nfunc.func private @f() loc(#l29999)\n")
    # A billion laughs: each alias uses the previous one twice.
    lines = ["!b0 = tuple<f32, f32>"]
    lines += ["!b%d = tuple<!b%d, !b%d>" % (i, i - 1, i - 1)
              for i in range(1, 64)]
    write(d, "billion-laughs.mlir",
          "\n".join(lines) + "\nfunc.func private @f(!b63)\n")


def large(d):
    ops = "".join('%%%d = "ane.relu"(%%%s) : (tensor<4xf32>) -> tensor<4xf32> '
                  % (i, "x" if i == 0 else str(i - 1)) for i in range(100000))
    body = ops.replace(") -> tensor<4xf32> ", ") -> tensor<4xf32>; ")
    # One line holding 100k ops: the text parser needs newlines or nothing
    # between ops, so they are separated by blanks only.
    write(d, "100k-ops-one-line.mlir",
          "func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> { " + ops +
          "return %99999 : tensor<4xf32> }\n")
    # The same with the last op broken: the error is at column ~7.5M.
    bad = ops[:ops.rfind('%99999')] + '%99999 = "ane.relu"(%99998) : (tensor<4xf32>) -> tensor<5xf32> '
    write(d, "100k-ops-one-line-bad.mlir",
          "func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> { " + bad +
          "return %99999 : tensor<4xf32> }\n")
    write(d, "long-name.mlir",
          "func.func @" + "f" * 1000000 + "(%x: tensor<4xf32>) -> tensor<4xf32> {\n"
          + RELU.replace("relu", "relux") + "}\n")
    del body


def utf8(d):
    # A function name with bytes that are not UTF-8 (a lone continuation
    # byte, an overlong encoding, a surrogate) in a quoted symbol.
    write(d, "symbol.mlir",
          b'func.func @"f\x80\xc0\xaf\xed\xa0\x80"(%x: tensor<4xf32>) -> tensor<4xf32> {\n'
          + RELU.encode() + b"}\n")
    write(d, "op-name.mlir",
          b'func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {\n'
          b'  %0 = "ane.rel\xffu"(%x) : (tensor<4xf32>) -> tensor<4xf32>\n'
          b'  return %0 : tensor<4xf32>\n}\n')
    write(d, "value-name.mlir",
          b'func.func @f(%x\xe9: tensor<4xf32>) -> tensor<4xf32> {\n'
          b'  return %x\xe9 : tensor<4xf32>\n}\n')
    write(d, "string-attr.mlir",
          b'func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {\n'
          b'  %0 = "ane.gelu"(%x) {mode = "EXACT\xff\xfe"} : (tensor<4xf32>) -> tensor<4xf32>\n'
          b'  return %0 : tensor<4xf32>\n}\n')
    write(d, "file-loc.mlir",
          b'func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {\n'
          b'  %0 = "ane.relu"(%x) : (tensor<4xf32>) -> tensor<4xf64> loc("\xff\xfe.mlir":1:1)\n'
          b'  return %0 : tensor<4xf32>\n}\n')


def corrupt(src, d):
    data = open(src, "rb").read()
    for n in (4, 5, 12, 20, 40, 60, len(data) // 2, len(data) - 1):
        write(d, "truncated-%d.mlirbc" % n, data[:n])
    # Flip every byte after the header in turn, in a few files: each one
    # must be rejected or read, never crash (checked by the test's loop).
    r = random.Random(6)
    for k in range(24):
        b = bytearray(data)
        i = r.randrange(12, len(b))
        b[i] ^= 1 << r.randrange(8)
        write(d, "flipped-%02d.mlirbc" % k, bytes(b))
    b = bytearray(data)
    b[4] = 0x7f  # a bytecode version from the future
    write(d, "version.mlirbc", bytes(b))


def main():
    what = sys.argv[1]
    if what == "corrupt":
        src, d = sys.argv[2], sys.argv[3]
    else:
        src, d = None, sys.argv[2]
    os.makedirs(d, exist_ok=True)
    if what == "corrupt":
        corrupt(src, d)
    else:
        globals()[what](d)


if __name__ == "__main__":
    main()
