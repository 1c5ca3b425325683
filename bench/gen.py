#!/usr/bin/env python3
"""Deterministic ANE IR workload generators for bench/run.sh.

    gen.py llama  [--seq N] [--layers N] [--hidden N] [--ffn N] [--heads N]
                  [--kv-heads N] [--vocab N] [-o FILE]
    gen.py stress [--norms N] [--per-function N] [--seed S] [-o FILE]
    gen.py scale  [--factor K] [--blocks N] [--blocks-per-function M]
                  [-o FILE]

llama   A Llama-3-style decoder stack at real sizes (default hidden 4096,
        32 layers, FFN 14336, 32 query heads / 8 KV heads of 128, f16): one
        function per layer (2 rms_norm, q/k/v/o and gate/up/down matmuls,
        grouped-query attention with reshape/transpose, causal-mask add,
        softmax, SwiGLU silu/mul, residual adds) and a @decoder function that
        calls them, then the final norm and the LM head. Weights and norm
        gammas are function arguments, so the file stays small at any size.
stress  N ane.rms_norm ops over N / per-function functions (default 10^5
        over 2000): each function normalizes an input over several sizes and
        element types, chaining norms whose gamma is an argument (~40%), a
        splat constant (~30%), a dense constant (~15%) or absent (~15%).
scale   The same graph at K times the ops: `blocks * K` small Llama-style
        blocks (the block of examples/llama_block.mlir: seq 16, hidden 256,
        25 ANE ops and 2 rms_norm each, one gamma constant, one argument),
        chained in functions of M blocks (default: all in one function, so
        any cost that grows faster than the op count in a region shows up).

All output is ANE IR in generic form; the same arguments always give the
same bytes (a seeded PRNG, no time or hash dependence).
"""

import argparse
import random
import struct
import sys


def ty(shape, dtype="f16"):
    return "tensor<" + "x".join(str(d) for d in shape) + "x" + dtype + ">"


def f16_hex(values):
    """dense<"0x...">: little-endian IEEE half bits, as MLIR prints them."""
    return "0x" + b"".join(struct.pack("<e", v) for v in values).hex().upper()


def f32_hex(values):
    return "0x" + b"".join(struct.pack("<f", v) for v in values).hex().upper()


class Fn:
    """Accumulates one function body with numbered SSA values."""

    def __init__(self):
        self.lines = []
        self.next = 0

    def op(self, name, operands, attrs, operand_types, result_type):
        v = "%" + str(self.next)
        self.next += 1
        a = " {" + ", ".join(attrs) + "}" if attrs else ""
        self.lines.append(
            '  %s = "ane.%s"(%s)%s : (%s) -> %s'
            % (v, name, ", ".join(operands), a, ", ".join(operand_types),
               result_type))
        return v

    def const(self, value, type_):
        v = "%c" + str(self.next)
        self.next += 1
        self.lines.append("  %s = arith.constant %s : %s" % (v, value, type_))
        return v


def bool_attr(b):
    return "true" if b else "false"


def i64_array(values):
    return "array<i64: " + ", ".join(str(v) for v in values) + ">"


#===------------------------------------------------------------------------===#
# llama
#===------------------------------------------------------------------------===#

def matmul(f, x, xs, w, ws, out):
    # x @ W^T, weights stored [out, in] as in the checkpoints.
    return f.op("matmul", [x, w],
                ["transpose_x = false", "transpose_y = true"],
                [ty(xs), ty(ws)], ty(out))


def rms_norm(f, x, xs, gamma, gamma_shape, eps="1.0e-05"):
    operands = [x] + ([gamma] if gamma else [])
    types = [ty(xs)] + ([gamma_shape] if gamma else [])
    return f.op("rms_norm", operands,
                ["axes = array<i64: -1>", "epsilon = %s : f32" % eps], types,
                ty(xs))


def llama_layer(name, S, H, F, heads, kv_heads):
    dh = H // heads
    group = heads // kv_heads
    kv = kv_heads * dh
    args = [("x", [S, H]), ("attn_gamma", [H]), ("wq", [H, H]),
            ("wk", [kv, H]), ("wv", [kv, H]), ("wo", [H, H]),
            ("ffn_gamma", [H]), ("w_gate", [F, H]), ("w_up", [F, H]),
            ("w_down", [H, F]), ("mask", [S, S])]
    sig = ", ".join("%%%s: %s" % (n, ty(s)) for n, s in args)
    f = Fn()
    scale = f.const("dense<%s>" % f16_repr(dh ** -0.5), ty([1]))
    h = rms_norm(f, "%x", [S, H], "%attn_gamma", ty([H]))
    q = matmul(f, h, [S, H], "%wq", [H, H], [S, H])
    k = matmul(f, h, [S, H], "%wk", [kv, H], [S, kv])
    v = matmul(f, h, [S, H], "%wv", [kv, H], [S, kv])
    # Grouped-query attention: the `group` query heads sharing one KV head
    # are stacked along the rows, so one batched matmul per KV head.
    q4 = f.op("reshape", [q], ["shape = " + i64_array([S, kv_heads, group, dh])],
              [ty([S, H])], ty([S, kv_heads, group, dh]))
    qt = f.op("transpose", [q4], ["perm = " + i64_array([1, 2, 0, 3])],
              [ty([S, kv_heads, group, dh])], ty([kv_heads, group, S, dh]))
    qg = f.op("reshape", [qt], ["shape = " + i64_array([kv_heads, group * S, dh])],
              [ty([kv_heads, group, S, dh])], ty([kv_heads, group * S, dh]))
    kvs = []
    for t in (k, v):
        t3 = f.op("reshape", [t], ["shape = " + i64_array([S, kv_heads, dh])],
                  [ty([S, kv])], ty([S, kv_heads, dh]))
        kvs.append(f.op("transpose", [t3], ["perm = " + i64_array([1, 0, 2])],
                        [ty([S, kv_heads, dh])], ty([kv_heads, S, dh])))
    kh, vh = kvs
    sc = f.op("matmul", [qg, kh], ["transpose_x = false", "transpose_y = true"],
              [ty([kv_heads, group * S, dh]), ty([kv_heads, S, dh])],
              ty([kv_heads, group * S, S]))
    sc = f.op("mul", [sc, scale], [], [ty([kv_heads, group * S, S]), ty([1])],
              ty([kv_heads, group * S, S]))
    sc4 = f.op("reshape", [sc], ["shape = " + i64_array([kv_heads, group, S, S])],
               [ty([kv_heads, group * S, S])], ty([kv_heads, group, S, S]))
    masked = f.op("add", [sc4, "%mask"], [],
                  [ty([kv_heads, group, S, S]), ty([S, S])],
                  ty([kv_heads, group, S, S]))
    probs = f.op("softmax", [masked], ["axis = -1 : i64"],
                 [ty([kv_heads, group, S, S])], ty([kv_heads, group, S, S]))
    p3 = f.op("reshape", [probs], ["shape = " + i64_array([kv_heads, group * S, S])],
              [ty([kv_heads, group, S, S])], ty([kv_heads, group * S, S]))
    ctx = f.op("matmul", [p3, vh], ["transpose_x = false", "transpose_y = false"],
               [ty([kv_heads, group * S, S]), ty([kv_heads, S, dh])],
               ty([kv_heads, group * S, dh]))
    c4 = f.op("reshape", [ctx], ["shape = " + i64_array([kv_heads, group, S, dh])],
              [ty([kv_heads, group * S, dh])], ty([kv_heads, group, S, dh]))
    ct = f.op("transpose", [c4], ["perm = " + i64_array([2, 0, 1, 3])],
              [ty([kv_heads, group, S, dh])], ty([S, kv_heads, group, dh]))
    c2 = f.op("reshape", [ct], ["shape = " + i64_array([S, H])],
              [ty([S, kv_heads, group, dh])], ty([S, H]))
    attn = matmul(f, c2, [S, H], "%wo", [H, H], [S, H])
    r1 = f.op("add", ["%x", attn], [], [ty([S, H]), ty([S, H])], ty([S, H]))
    h2 = rms_norm(f, r1, [S, H], "%ffn_gamma", ty([H]))
    gate = matmul(f, h2, [S, H], "%w_gate", [F, H], [S, F])
    up = matmul(f, h2, [S, H], "%w_up", [F, H], [S, F])
    act = f.op("silu", [gate], [], [ty([S, F])], ty([S, F]))
    glu = f.op("mul", [act, up], [], [ty([S, F]), ty([S, F])], ty([S, F]))
    down = matmul(f, glu, [S, F], "%w_down", [H, F], [S, H])
    out = f.op("add", [r1, down], [], [ty([S, H]), ty([S, H])], ty([S, H]))
    body = "\n".join(f.lines)
    return (args,
            "func.func private @%s(%s) -> %s {\n%s\n  return %s : %s\n}\n"
            % (name, sig, ty([S, H]), body, out, ty([S, H])))


def f16_repr(x):
    # A value exactly representable in f16, printed so it re-parses.
    return repr(struct.unpack("<e", struct.pack("<e", x))[0])


def gen_llama(a, out):
    S, H, F = a.seq, a.hidden, a.ffn
    out.write("// llama: %d layers, seq %d, hidden %d, ffn %d, heads %d/%d, "
              "vocab %d, f16\n" % (a.layers, S, H, F, a.heads, a.kv_heads,
                                   a.vocab))
    layer_args = None
    for l in range(a.layers):
        layer_args, text = llama_layer("layer_%d" % l, S, H, F, a.heads,
                                       a.kv_heads)
        out.write(text)
    # The top function: x, mask, every layer's weights, final gamma, LM head.
    params = [("x", [S, H]), ("mask", [S, S])]
    for l in range(a.layers):
        params += [("l%d_%s" % (l, n), s) for n, s in layer_args
                   if n not in ("x", "mask")]
    params += [("final_gamma", [H]), ("lm_head", [a.vocab, H])]
    f = Fn()
    cur = "%x"
    for l in range(a.layers):
        operands = [cur] + ["%%l%d_%s" % (l, n) for n, _ in layer_args
                            if n not in ("x", "mask")] + ["%mask"]
        # Layer arguments are in `args` order with mask last.
        v = "%" + str(f.next)
        f.next += 1
        f.lines.append("  %s = func.call @layer_%d(%s) : (%s) -> %s"
                       % (v, l, ", ".join(operands),
                          ", ".join(ty(s) for _, s in layer_args), ty([S, H])))
        cur = v
    h = rms_norm(f, cur, [S, H], "%final_gamma", ty([H]))
    logits = matmul(f, h, [S, H], "%lm_head", [a.vocab, H], [S, a.vocab])
    out.write("func.func @decoder(%s) -> %s {\n%s\n  return %s : %s\n}\n"
              % (", ".join("%%%s: %s" % (n, ty(s)) for n, s in params),
                 ty([S, a.vocab]), "\n".join(f.lines), logits,
                 ty([S, a.vocab])))


#===------------------------------------------------------------------------===#
# stress
#===------------------------------------------------------------------------===#

STRESS_DIMS = [64, 128, 256, 512, 1024, 2048, 4096]
STRESS_ROWS = [[1], [8], [128], [2048], [4, 32], [2, 16, 8]]


def gen_stress(a, out):
    rng = random.Random(a.seed)
    nfuncs = max(1, (a.norms + a.per_function - 1) // a.per_function)
    out.write("// stress: %d ane.rms_norm in %d functions, seed %d\n"
              % (a.norms, nfuncs, a.seed))
    left = a.norms
    for i in range(nfuncs):
        n = min(a.per_function, left)
        left -= n
        D = rng.choice(STRESS_DIMS)
        dtype = "f32" if rng.random() < 0.1 else "f16"
        xs = rng.choice(STRESS_ROWS) + [D]
        nargs = 1 + rng.randrange(3)
        gt = ty([D], dtype)
        f = Fn()
        consts = [f.const("dense<%s>" % rng.choice(["1.0", "0.5", "2.0"]), gt)]
        if D <= 256:
            vals = [round(0.5 + rng.random(), 3) for _ in range(D)]
            data = f16_hex(vals) if dtype == "f16" else f32_hex(vals)
            consts.append(f.const('dense<"%s">' % data, gt))
        cur = "%x"
        for _ in range(n):
            r = rng.random()
            if r < 0.40:
                g = "%%g%d" % rng.randrange(nargs)
            elif r < 0.70:
                g = consts[0]
            elif r < 0.85:
                g = consts[-1]
            else:
                g = None
            eps = rng.choice(["1.0e-05", "1.0e-06"])
            cur = f.op("rms_norm", [cur] + ([g] if g else []),
                       ["axes = array<i64: -1>", "epsilon = %s : f32" % eps],
                       [ty(xs, dtype)] + ([gt] if g else []), ty(xs, dtype))
        sig = ", ".join(["%%x: %s" % ty(xs, dtype)] +
                        ["%%g%d: %s" % (j, gt) for j in range(nargs)])
        out.write("func.func @f%d(%s) -> %s {\n%s\n  return %s : %s\n}\n"
                  % (i, sig, ty(xs, dtype), "\n".join(f.lines), cur,
                     ty(xs, dtype)))


#===------------------------------------------------------------------------===#
# scale
#===------------------------------------------------------------------------===#

def gen_scale(a, out):
    # The block of examples/llama_block.mlir (seq 16, hidden 256, 4 heads of
    # 64, FFN 688), chained `blocks * factor` times in one function; the
    # attention norm's gamma is a constant, the FFN norm's an argument.
    S, H, F, heads = 16, 256, 688, 4
    nblocks = a.blocks * a.factor
    per_fn = a.blocks_per_function or nblocks
    nfuncs = (nblocks + per_fn - 1) // per_fn
    out.write("// scale: %d blocks (%dx) in %d function(s)\n"
              % (nblocks, a.factor, nfuncs))
    left = nblocks
    for i in range(nfuncs):
        n = min(per_fn, left)
        left -= n
        scale_function(out, "scale" if nfuncs == 1 else "scale_%d" % i, n,
                       S, H, F, heads)


def scale_function(out, name, nblocks, S, H, F, heads):
    dh = H // heads
    params = [("x", [S, H]), ("wq", [H, H]), ("wk", [H, H]), ("wv", [H, H]),
              ("wo", [H, H]), ("ffn_gamma", [H]), ("w_gate", [F, H]),
              ("w_up", [F, H]), ("w_down", [H, F])]
    f = Fn()
    attn_gamma = f.const("dense<1.0>", ty([H]))
    scale = f.const("dense<0.125>", ty([1]))
    cur = "%x"
    for _ in range(nblocks):
        h = rms_norm(f, cur, [S, H], attn_gamma, ty([H]))
        proj = [matmul(f, h, [S, H], w, [H, H], [S, H])
                for w in ("%wq", "%wk", "%wv")]
        heads_ = []
        for p in proj:
            p3 = f.op("reshape", [p], ["shape = " + i64_array([S, heads, dh])],
                      [ty([S, H])], ty([S, heads, dh]))
            heads_.append(f.op("transpose", [p3], ["perm = " + i64_array([1, 0, 2])],
                               [ty([S, heads, dh])], ty([heads, S, dh])))
        qh, kh, vh = heads_
        sc = f.op("matmul", [qh, kh], ["transpose_x = false", "transpose_y = true"],
                  [ty([heads, S, dh]), ty([heads, S, dh])], ty([heads, S, S]))
        sc = f.op("mul", [sc, scale], [], [ty([heads, S, S]), ty([1])],
                  ty([heads, S, S]))
        pr = f.op("softmax", [sc], ["axis = -1 : i64"], [ty([heads, S, S])],
                  ty([heads, S, S]))
        ctx = f.op("matmul", [pr, vh], ["transpose_x = false", "transpose_y = false"],
                   [ty([heads, S, S]), ty([heads, S, dh])], ty([heads, S, dh]))
        ct = f.op("transpose", [ctx], ["perm = " + i64_array([1, 0, 2])],
                  [ty([heads, S, dh])], ty([S, heads, dh]))
        c2 = f.op("reshape", [ct], ["shape = " + i64_array([S, H])],
                  [ty([S, heads, dh])], ty([S, H]))
        attn = matmul(f, c2, [S, H], "%wo", [H, H], [S, H])
        r1 = f.op("add", [cur, attn], [], [ty([S, H]), ty([S, H])], ty([S, H]))
        h2 = rms_norm(f, r1, [S, H], "%ffn_gamma", ty([H]))
        gate = matmul(f, h2, [S, H], "%w_gate", [F, H], [S, F])
        up = matmul(f, h2, [S, H], "%w_up", [F, H], [S, F])
        act = f.op("silu", [gate], [], [ty([S, F])], ty([S, F]))
        glu = f.op("mul", [act, up], [], [ty([S, F]), ty([S, F])], ty([S, F]))
        down = matmul(f, glu, [S, F], "%w_down", [H, F], [S, H])
        cur = f.op("add", [r1, down], [], [ty([S, H]), ty([S, H])], ty([S, H]))
    out.write("func.func @%s(%s) -> %s {\n%s\n  return %s : %s\n}\n"
              % (name, ", ".join("%%%s: %s" % (n, ty(s)) for n, s in params),
                 ty([S, H]), "\n".join(f.lines), cur, ty([S, H])))


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="workload", required=True)
    l = sub.add_parser("llama")
    l.add_argument("--seq", type=int, default=128)
    l.add_argument("--layers", type=int, default=32)
    l.add_argument("--hidden", type=int, default=4096)
    l.add_argument("--ffn", type=int, default=14336)
    l.add_argument("--heads", type=int, default=32)
    l.add_argument("--kv-heads", type=int, default=8)
    l.add_argument("--vocab", type=int, default=128256)
    s = sub.add_parser("stress")
    s.add_argument("--norms", type=int, default=100000)
    s.add_argument("--per-function", type=int, default=50)
    s.add_argument("--seed", type=int, default=1)
    c = sub.add_parser("scale")
    c.add_argument("--factor", type=int, default=1)
    c.add_argument("--blocks", type=int, default=100)
    c.add_argument("--blocks-per-function", type=int, default=0,
                   help="split the chain into functions of this many blocks "
                        "(default 0: one function)")
    c.add_argument("--seed", type=int, default=1)  # accepted; scale is fixed
    for q in (l, s, c):
        q.add_argument("-o", dest="output", default="-")
    a = p.parse_args(argv)
    if a.workload == "llama":
        if a.hidden % a.heads or a.heads % a.kv_heads:
            p.error("hidden must be a multiple of heads, heads of kv-heads")
    out = sys.stdout if a.output == "-" else open(a.output, "w")
    {"llama": gen_llama, "stress": gen_stress, "scale": gen_scale}[a.workload](a, out)
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main(sys.argv[1:])
