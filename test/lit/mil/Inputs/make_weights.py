#!/usr/bin/env python3
"""Writes a MILBlob v2 weight file (docs/mil-format.md §7) for the MIL tests.

usage: make_weights.py OUT [--layout=aligned|packed] [corruptions] BLOB...

BLOB is DTYPE:VALUES with DTYPE fp16, fp32, int32, int8 or uint8, or a
sub-byte dtype (uint1, uint2, uint3, uint4, uint6, int4: packed as MILBlob
packs them, element i at bits i*n .. i*n+n-1 from the least significant bit
of byte 0 up, the last byte zero-padded), and VALUES either
comma-separated numbers or ramp:N:START:STEP (N values; integers wrap to
the dtype's range).
--layout=aligned (coremltools: every record on a 64-byte boundary, the
default) or packed (ANEForge: each record right after the previous data).
Corruptions, for the error tests:
  --version=N          header version N instead of 2
  --bad-sentinel=I     blob I gets sentinel 0xCAFEF00D
  --dtype-code=I:C     blob I is labelled with dtype code C
  --size=I:BYTES       blob I claims BYTES of data
  --truncate=BYTES     cut the file to BYTES bytes
Prints the offset of each blob's metadata record (what BLOBFILE names).
"""
import struct
import sys

CODES = {"fp16": 1, "fp32": 2, "uint8": 3, "int8": 4, "int32": 14,
         "int4": 8, "uint1": 9, "uint2": 10, "uint4": 11, "uint3": 12,
         "uint6": 13}
SUB_BYTE_BITS = {"int4": 4, "uint1": 1, "uint2": 2, "uint3": 3, "uint4": 4,
                 "uint6": 6}
FORMATS = {"fp16": "e", "fp32": "f", "uint8": "B", "int8": "b", "int32": "i"}


def values_of(spec, dtype):
    if spec.startswith("ramp:"):
        _, n, start, step = spec.split(":")
        vals = [float(start) + i * float(step) for i in range(int(n))]
    else:
        vals = [float(v) for v in spec.split(",")]
    if dtype.startswith("fp"):
        return vals
    return [int(v) for v in vals]


def pack_sub_byte(vals, bits):
    out = bytearray((len(vals) * bits + 7) // 8)
    for i, v in enumerate(vals):
        v &= (1 << bits) - 1  # two's complement for int4
        bit = i * bits
        out[bit // 8] |= (v << (bit % 8)) & 0xFF
        if bit % 8 + bits > 8:
            out[bit // 8 + 1] |= v >> (8 - bit % 8)
    return bytes(out)


def main(argv):
    out = argv[1]
    layout, version, truncate = "aligned", 2, None
    sentinel, codes, sizes = {}, {}, {}
    blobs, padding_bits = [], []
    for arg in argv[2:]:
        if arg.startswith("--layout="):
            layout = arg.split("=", 1)[1]
        elif arg.startswith("--version="):
            version = int(arg.split("=", 1)[1])
        elif arg.startswith("--bad-sentinel="):
            sentinel[int(arg.split("=", 1)[1])] = 0xCAFEF00D
        elif arg.startswith("--dtype-code="):
            i, c = arg.split("=", 1)[1].split(":")
            codes[int(i)] = int(c)
        elif arg.startswith("--size="):
            i, n = arg.split("=", 1)[1].split(":")
            sizes[int(i)] = int(n)
        elif arg.startswith("--truncate="):
            truncate = int(arg.split("=", 1)[1])
        else:
            dtype, spec = arg.split(":", 1)
            vals = values_of(spec, dtype)
            if dtype in SUB_BYTE_BITS:
                bits = SUB_BYTE_BITS[dtype]
                blobs.append((dtype, pack_sub_byte([v % (1 << bits) for v in vals], bits)))
                # The unused bits of the last byte, as coremltools records them.
                padding_bits.append(-len(vals) * bits % 8)
            else:
                padding_bits.append(0)
                blobs.append((dtype, struct.pack("<%d%s" % (len(vals), FORMATS[dtype]), *vals)))
    data = bytearray(struct.pack("<II", len(blobs), version) + bytes(56))
    offsets = []
    for i, (dtype, payload) in enumerate(blobs):
        if layout == "aligned":
            data += bytes((-len(data)) % 64)
        record = len(data)
        offsets.append(record)
        data += struct.pack("<IIQQQ", sentinel.get(i, 0xDEADBEEF),
                            codes.get(i, CODES[dtype]),
                            sizes.get(i, len(payload)), record + 64,
                            padding_bits[i])
        data += bytes(32)  # reserved
        data += payload
    if truncate is not None:
        data = data[:truncate]
    with open(out, "wb") as f:
        f.write(data)
    print(" ".join(str(o) for o in offsets))


if __name__ == "__main__":
    main(sys.argv)
