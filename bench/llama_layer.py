"""One Llama-style decoder layer for the interpreter benchmark (bench/interp.py).

`module(shape)` writes the layer in the ANE dialect: RMSNorm, q/k/v
projections, rotary embeddings (rotate-half form), grouped-query attention
(k and v tiled to every query head) with a causal mask, the output
projection, RMSNorm, SwiGLU and the two residuals. Weights are f16 function
arguments in [out, in] layout, so ane-run draws them itself; `input_flags`
gives them the scale of a trained layer (std 1/sqrt(fan-in), gammas near 1)
so fp16 activations stay in range. The rotary tables, the mask and the
scale are constants.

`numpy_job(shape, numerics)` is the same work as a numpy script: the same
distributions drawn, each op computed in float64 (f32 numerics) or float32
(ane-fp16) and stored the way ane-run stores it (f32, or fp16).
"""

import collections
import math
import struct

Shape = collections.namedtuple("Shape", "seq dim heads kv_heads ffn")

# Llama-3-8B: hidden 4096, 32 query heads and 8 key/value heads of 128,
# FFN 14336; rope theta 500000.
LLAMA3_8B = Shape(seq=128, dim=4096, heads=32, kv_heads=8, ffn=14336)
ROPE_THETA = 500000.0
EPSILON = 1e-5
MASKED = -1.0e4  # far below any score, and an f16 value


def flops(s):
    hd = s.dim // s.heads
    kvd = s.kv_heads * hd
    proj = 2 * s.seq * (2 * s.dim * s.dim + 2 * kvd * s.dim + 3 * s.dim * s.ffn)
    attn = 2 * 2 * s.heads * s.seq * s.seq * hd
    return proj + attn


def weight_count(s):
    hd = s.dim // s.heads
    kvd = s.kv_heads * hd
    return 2 * s.dim * s.dim + 2 * kvd * s.dim + 3 * s.dim * s.ffn + 2 * s.dim


def rope_tables(s):
    """cos and sin of position * frequency, [seq, head_dim] row-major."""
    hd = s.dim // s.heads
    inv = [ROPE_THETA ** (-i / hd) for i in range(0, hd, 2)]
    angles = [[p * f for f in inv + inv] for p in range(s.seq)]
    return ([math.cos(a) for row in angles for a in row],
            [math.sin(a) for row in angles for a in row])


def causal_mask(s):
    return [MASKED if j > i else 0.0 for i in range(s.seq) for j in range(s.seq)]


def _t(*dims):
    return "tensor<" + "x".join(str(d) for d in dims) + "xf16>"


def _hex(values):
    return '"0x' + struct.pack(f"<{len(values)}e", *values).hex().upper() + '"'


def arguments(s):
    """(name, shape, ane-run input spec) of each function argument."""
    hd = s.dim // s.heads
    kvd = s.kv_heads * hd
    gamma = "normal,mean=1,std=0.1"
    w = f"normal,std={1 / math.sqrt(s.dim)!r}"
    return [
        ("x", (s.seq, s.dim), "normal"),
        ("attn_gamma", (s.dim,), gamma),
        ("wq", (s.dim, s.dim), w),
        ("wk", (kvd, s.dim), w),
        ("wv", (kvd, s.dim), w),
        ("wo", (s.dim, s.dim), w),
        ("ffn_gamma", (s.dim,), gamma),
        ("w_gate", (s.ffn, s.dim), w),
        ("w_up", (s.ffn, s.dim), w),
        ("w_down", (s.dim, s.ffn), f"normal,std={1 / math.sqrt(s.ffn)!r}"),
    ]


def input_flags(s):
    return [f"--input={i}:{spec}" for i, (_, _, spec) in enumerate(arguments(s))]


def module(s):
    return _build(s)[0]


def _dims(tensor_type):
    return tuple(int(d) for d in tensor_type[len("tensor<"):-1].split("x")[:-1])


def peak_live_bytes(s):
    """The most tensor bytes alive at once when each value (argument,
    constant or result) is freed after its last use: the live set ane-run's
    peak memory should follow, at 8 bytes per element as it holds them."""
    _, values, uses = _build(s)
    left = {name: uses.get(name, 0) for name, _ in values}
    size = {name: 8 * math.prod(shape) for name, shape in values}
    live = sum(size[name] for name, _ in values if name in _ARG_NAMES(s))
    peak = live
    for name, shape in values:
        if name in _ARG_NAMES(s):
            continue
        live += size[name]
        peak = max(peak, live)
        for operand in uses.get(("operands", name), []):
            left[operand] -= 1
            if left[operand] == 0:
                live -= size[operand]
    return peak


def _ARG_NAMES(s):
    return {name for name, _, _ in arguments(s)}


def _build(s):
    """(module text, [(value, shape)] in definition order, use counts and
    each value's operands under ("operands", value))."""
    hd, half = s.dim // s.heads, s.dim // s.heads // 2
    kv, heads, seq = s.kv_heads, s.heads, s.seq
    groups = heads // kv
    cos, sin = rope_tables(s)
    lines = []
    values = [(name, shape) for name, shape, _ in arguments(s)]
    uses = {}

    def record(result, operands, out_type):
        values.append((result, _dims(out_type)))
        uses[("operands", result)] = operands
        for o in operands:
            uses[o] = uses.get(o, 0) + 1

    def op(result, name, operands, attrs, in_types, out_type):
        record(result, operands, out_type)
        attr_text = " {" + ", ".join(attrs) + "}" if attrs else ""
        lines.append(
            f'  %{result} = "ane.{name}"({", ".join("%" + o for o in operands)})'
            f"{attr_text} : ({', '.join(in_types)}) -> {out_type}")

    def arr(*values):
        return "array<i64: " + ", ".join(str(v) for v in values) + ">"

    def matmul(result, a, b, ta, tb, out):
        op(result, "matmul", [a, b], ["transpose_x = false", "transpose_y = true"],
           [ta, tb], out)

    def heads_of(result, x, n):  # [seq, n*hd] -> [n, seq, hd]
        op(result + "3", "reshape", [x], [f"shape = {arr(seq, n, hd)}"],
           [_t(seq, n * hd)], _t(seq, n, hd))
        op(result, "transpose", [result + "3"], [f"perm = {arr(1, 0, 2)}"],
           [_t(seq, n, hd)], _t(n, seq, hd))

    def rope(result, x, n):  # x * cos + rotate_half(x) * sin
        full = _t(n, seq, hd)
        part = _t(n, seq, half)
        op(result + "_lo", "slice_by_size", [x],
           [f"begin = {arr(0, 0, 0)}", f"size = {arr(n, seq, half)}"], [full], part)
        op(result + "_hi", "slice_by_size", [x],
           [f"begin = {arr(0, 0, half)}", f"size = {arr(n, seq, half)}"], [full], part)
        op(result + "_neg", "mul", [result + "_hi", "minus_one"], [],
           [part, _t(1)], part)
        op(result + "_rot", "concat", [result + "_neg", result + "_lo"],
           ["axis = -1 : i64", "interleave = false"], [part, part], full)
        op(result + "_c", "mul", [x, "cos"], [], [full, _t(seq, hd)], full)
        op(result + "_s", "mul", [result + "_rot", "sin"], [], [full, _t(seq, hd)],
           full)
        op(result, "add", [result + "_c", result + "_s"], [], [full, full], full)

    def repeat_kv(result, x):  # [kv, seq, hd] -> [heads, seq, hd]
        op(result + "4", "reshape", [x], [f"shape = {arr(kv, 1, seq, hd)}"],
           [_t(kv, seq, hd)], _t(kv, 1, seq, hd))
        op(result + "t", "tile", [result + "4"], [f"reps = {arr(1, groups, 1, 1)}"],
           [_t(kv, 1, seq, hd)], _t(kv, groups, seq, hd))
        op(result, "reshape", [result + "t"], [f"shape = {arr(heads, seq, hd)}"],
           [_t(kv, groups, seq, hd)], _t(heads, seq, hd))

    def norm(result, x, gamma):
        op(result, "rms_norm", [x, gamma],
           [f"axes = {arr(-1)}", f"epsilon = {EPSILON:.6e} : f32"],
           [_t(seq, s.dim), _t(s.dim)], _t(seq, s.dim))

    kvd = kv * hd
    x, d, f = _t(seq, s.dim), s.dim, s.ffn
    norm("h", "x", "attn_gamma")
    matmul("q", "h", "wq", x, _t(d, d), x)
    matmul("k", "h", "wk", x, _t(kvd, d), _t(seq, kvd))
    matmul("v", "h", "wv", x, _t(kvd, d), _t(seq, kvd))
    heads_of("qh", "q", heads)
    heads_of("kh", "k", kv)
    heads_of("vh", "v", kv)
    rope("qr", "qh", heads)
    rope("kr", "kh", kv)
    repeat_kv("kx", "kr")
    repeat_kv("vx", "vh")
    hs, ss = _t(heads, seq, hd), _t(heads, seq, seq)
    matmul("scores", "qr", "kx", hs, hs, ss)
    op("scaled", "mul", ["scores", "scale"], [], [ss, _t(1)], ss)
    op("masked", "add", ["scaled", "mask"], [], [ss, _t(seq, seq)], ss)
    op("probs", "softmax", ["masked"], ["axis = -1 : i64"], [ss], ss)
    op("ctx", "matmul", ["probs", "vx"],
       ["transpose_x = false", "transpose_y = false"], [ss, hs], hs)
    op("ctx_t", "transpose", ["ctx"], [f"perm = {arr(1, 0, 2)}"], [hs],
       _t(seq, heads, hd))
    op("ctx2", "reshape", ["ctx_t"], [f"shape = {arr(seq, d)}"],
       [_t(seq, heads, hd)], x)
    matmul("attn", "ctx2", "wo", x, _t(d, d), x)
    op("r1", "add", ["x", "attn"], [], [x, x], x)
    norm("h2", "r1", "ffn_gamma")
    matmul("gate", "h2", "w_gate", x, _t(f, d), _t(seq, f))
    matmul("up", "h2", "w_up", x, _t(f, d), _t(seq, f))
    op("act", "silu", ["gate"], [], [_t(seq, f)], _t(seq, f))
    op("glu", "mul", ["act", "up"], [], [_t(seq, f), _t(seq, f)], _t(seq, f))
    matmul("down", "glu", "w_down", _t(seq, f), _t(d, f), x)
    op("out", "add", ["r1", "down"], [], [x, x], x)

    args = ",\n    ".join(f"%{name}: {_t(*shape)}" for name, shape, _ in arguments(s))
    consts = [
        f"  %cos = arith.constant dense<{_hex(cos)}> : {_t(seq, hd)}",
        f"  %sin = arith.constant dense<{_hex(sin)}> : {_t(seq, hd)}",
        f"  %mask = arith.constant dense<{_hex(causal_mask(s))}> : {_t(seq, seq)}",
        f"  %scale = arith.constant dense<{1 / math.sqrt(hd):.9e}> : {_t(1)}",
        f"  %minus_one = arith.constant dense<-1.0> : {_t(1)}",
    ]
    for name, shape in (("cos", (seq, hd)), ("sin", (seq, hd)),
                        ("mask", (seq, seq)), ("scale", (1,)),
                        ("minus_one", (1,))):
        values.insert(len(arguments(s)), (name, shape))
        uses[("operands", name)] = []
    uses["out"] = 1  # the return
    text = (f"func.func @llama_layer(\n    {args}) -> {x} {{\n"
            + "\n".join(consts + lines)
            + f"\n  return %out : {x}\n}}\n")
    return text, values, uses


def numpy_job(s, numerics, inputs_dir=None, output=None):
    """A python3 script doing the layer's work in numpy. With `inputs_dir`
    it reads the arguments from <name>.npy there instead of drawing them;
    with `output` it saves the result there."""
    acc = "float64" if numerics == "f32" else "float32"
    store = "np.float32" if numerics == "f32" else "np.float16"
    args = ", ".join(f"({name!r}, {shape!r}, {spec!r})"
                     for name, shape, spec in arguments(s))
    return f"""
import math
import numpy as np
seq, dim, heads, kv, ffn = {s.seq}, {s.dim}, {s.heads}, {s.kv_heads}, {s.ffn}
hd, acc = dim // heads, np.{acc}
def st(a):  # stored as ane-run stores each op's result
    return a.astype({store}).astype(acc)
rng = np.random.default_rng(0)
w = {{}}
for name, shape, spec in [{args}]:
    opts = dict(o.split("=") for o in spec.split(",")[1:])
    if {inputs_dir!r}:
        a = np.load({inputs_dir!r} + "/" + name + ".npy").astype(np.float64)
    else:
        a = rng.standard_normal(shape) * float(opts.get("std", 1)) + float(opts.get("mean", 0))
    w[name] = st(a)
inv = {ROPE_THETA!r} ** (-np.arange(0, hd, 2) / hd)
ang = np.outer(np.arange(seq), inv)
ang = np.concatenate([ang, ang], axis=1)
def f16(a):  # the program's constants are f16 literals
    return np.asarray(a).astype(np.float16).astype(acc)
cos, sin = f16(np.cos(ang)), f16(np.sin(ang))
mask = f16(np.triu(np.full((seq, seq), {MASKED!r}), k=1))
def norm(x, g):
    return st(x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + {EPSILON!r}) * g)
def rope(x):
    h = x.shape[-1] // 2
    return st(st(x * cos) + st(st(np.concatenate([-x[..., h:], x[..., :h]], axis=-1)) * sin))
x = w["x"]
h = norm(x, w["attn_gamma"])
q = st(h @ w["wq"].T).reshape(seq, heads, hd).transpose(1, 0, 2)
k = st(h @ w["wk"].T).reshape(seq, kv, hd).transpose(1, 0, 2)
v = st(h @ w["wv"].T).reshape(seq, kv, hd).transpose(1, 0, 2)
q, k = rope(q), rope(k)
k = np.repeat(k, heads // kv, axis=0)
v = np.repeat(v, heads // kv, axis=0)
sc = st(st(st(q @ k.transpose(0, 2, 1)) * f16(1 / math.sqrt(hd))) + mask)
e = np.exp(sc - sc.max(axis=-1, keepdims=True))
p = st(e / e.sum(axis=-1, keepdims=True))
ctx = st(p @ v).transpose(1, 0, 2).reshape(seq, dim)
r1 = st(x + st(ctx @ w["wo"].T))
h2 = norm(r1, w["ffn_gamma"])
g = st(h2 @ w["w_gate"].T)
u = st(h2 @ w["w_up"].T)
glu = st(st(g / (1 + np.exp(-g))) * u)
out = st(r1 + st(glu @ w["w_down"].T))
print(out.shape, out.ravel()[:6], float(np.abs(out).max()))
if {output!r}:
    np.save({output!r}, out)
"""


# The check of the layer itself: numpy draws the weights, writes them as
# f16 .npy files, ane-run runs the layer on them (--input=<i>:npy=...), and
# each numerics must match the numpy layer to within its tolerance (max
# |a - ref| / max |ref|). Under f32 the only differences are the order of a
# GEMM's adds and the f16 .npy ane-run writes for the f16 result (half an
# fp16 ulp: 2^-12 relative); ane-fp16 also rounds every op's result to fp16,
# where an order difference can move a value by an ulp that later ops carry.
# A wrong op (a head order, a sign, a mask) is off by O(1).
CHECK_TOLERANCE = {"f32": 5e-4, "ane-fp16": 2e-2}

CHECK_INPUTS = """
import numpy as np
rng = np.random.default_rng(7)
for name, shape, spec in {args}:
    opts = dict(o.split("=") for o in spec.split(",")[1:])
    a = rng.standard_normal(shape) * float(opts.get("std", 1)) + float(opts.get("mean", 0))
    np.save({dir!r} + "/" + name + ".npy", a.astype(np.float16))
"""

CHECK_COMPARE = """
import numpy as np
a, b = np.load({ours!r}).astype(np.float64), np.load({ref!r}).astype(np.float64)
print(float(np.abs(a - b).max() / (np.abs(b).max() + 1e-6)))
"""


def check(build, shape, python):
    import os
    import subprocess
    import sys
    import tempfile
    ane_run = os.path.join(build, "bin", "ane-run")
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        mlir = os.path.join(tmp, "layer.mlir")
        with open(mlir, "w") as f:
            f.write(module(shape))
        args = [(n, sh, sp) for n, sh, sp in arguments(shape)]
        subprocess.run([python, "-c", CHECK_INPUTS.format(args=args, dir=tmp)],
                       check=True)
        flags = [f"--input={i}:npy={tmp}/{name}.npy"
                 for i, (name, _, _) in enumerate(args)]
        for numerics, tol in CHECK_TOLERANCE.items():
            ours, ref = f"{tmp}/ours-{numerics}-", f"{tmp}/ref-{numerics}.npy"
            subprocess.run([ane_run, mlir, f"--numerics={numerics}",
                            f"--output-npy={ours}"] + flags, check=True,
                           stdout=subprocess.DEVNULL)
            subprocess.run([python, "-c", numpy_job(shape, numerics, tmp, ref)],
                           check=True, stdout=subprocess.DEVNULL)
            err = float(subprocess.run(
                [python, "-c", CHECK_COMPARE.format(ours=ours + "0.npy", ref=ref)],
                check=True, capture_output=True, text=True).stdout)
            ok = err <= tol
            failed |= not ok
            print(f"{numerics}: max relative error {err:.2e} against numpy "
                  f"(tolerance {tol:.0e}): {'ok' if ok else 'FAILED'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    import argparse
    p = argparse.ArgumentParser(
        description="Check ane-run's layer against numpy's on the same weights.")
    p.add_argument("--build", default="build")
    p.add_argument("--python", default="/usr/bin/python3")
    p.add_argument("--shape", default="16,256,8,2,384",
                   help="SEQ,DIM,HEADS,KV_HEADS,FFN")
    a = p.parse_args()
    check(a.build, Shape(*(int(v) for v in a.shape.split(","))), a.python)
