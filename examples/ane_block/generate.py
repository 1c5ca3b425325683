"""Writes the example's MIL program and its weights: one transformer block
the way code for the Neural Engine writes it (activations [1, C, 1, S],
linear layers as 1x1 convs, RMSNorm decomposed over the channel axis,
causal attention with a bool mask and select, a SwiGLU feed-forward).

  python3 examples/ane_block/generate.py --mil FILE   # the program text
  python3 examples/ane_block/generate.py --weights FILE   # weights/weight.bin

model.mil beside this script is the --mil output; the weights (14 MB) are
not in the repository: they are made on demand, deterministically (a fixed
linear congruential generator, uniform in +-1/sqrt(fan_in)).
"""
import struct
import sys

DIM, SEQ, HEADS, HIDDEN = 768, 64, 12, 2048
HEAD_DIM = DIM // HEADS

# (name, shape) of every weight, in file order.
WEIGHTS = [("rms1_w", [1, DIM, 1, 1]), ("wq", [DIM, DIM, 1, 1]),
           ("wk", [DIM, DIM, 1, 1]), ("wv", [DIM, DIM, 1, 1]),
           ("wo", [DIM, DIM, 1, 1]), ("rms2_w", [1, DIM, 1, 1]),
           ("w1", [HIDDEN, DIM, 1, 1]), ("w3", [HIDDEN, DIM, 1, 1]),
           ("w2", [DIM, HIDDEN, 1, 1])]


def count(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def offsets():
    """MILBlob v2: a 64-byte file header, then per blob a 64-byte record and
    its data, each record at a multiple of 64."""
    out, at = {}, 64
    for name, shape in WEIGHTS:
        out[name] = at
        at += 64 + (count(shape) * 2 + 63) // 64 * 64
    return out, at


def shape_text(shape):
    return "[" + ", ".join(str(d) for d in shape) + "]"


def mil():
    off, _ = offsets()
    t = lambda shape: "tensor<fp16, %s>" % shape_text(shape)
    act = t([1, DIM, 1, SEQ])
    lines = []
    emit = lines.append
    for name, shape in WEIGHTS:
        emit('            %s %s = const()[name = string("%s"), val = %s('
             'BLOBFILE(path = string("@model_path/weights/weight.bin"), '
             'offset = uint64(%d)))];' % (t(shape), name, name, t(shape),
                                         off[name]))
    emit('            string pt = const()[name = string("pt"), val = string("valid")];')
    emit('            tensor<int32, [2]> st = const()[name = string("st"), val = tensor<int32, [2]>([1, 1])];')
    emit('            tensor<int32, [4]> pd = const()[name = string("pd"), val = tensor<int32, [4]>([0, 0, 0, 0])];')
    emit('            tensor<int32, [2]> dl = const()[name = string("dl"), val = tensor<int32, [2]>([1, 1])];')
    emit('            int32 gr = const()[name = string("gr"), val = int32(1)];')
    emit('            tensor<int32, [1]> ch = const()[name = string("ch"), val = tensor<int32, [1]>([1])];')
    emit('            bool kd = const()[name = string("kd"), val = bool(true)];')
    emit('            fp16 invd = const()[name = string("invd"), val = fp16(0x1.554p-10)];')
    emit('            fp16 eps = const()[name = string("eps"), val = fp16(0x1.5p-17)];')
    emit('            fp16 nhalf = const()[name = string("nhalf"), val = fp16(-0x1p-1)];')

    def rmsnorm(x, w, out):
        emit('            %s %s_sq = mul(x = %s, y = %s)[name = string("%s_sq")];' % (act, out, x, x, out))
        emit('            %s %s_ss = reduce_sum(axes = ch, keep_dims = kd, x = %s_sq)[name = string("%s_ss")];' % (t([1, 1, 1, SEQ]), out, out, out))
        emit('            %s %s_ms = mul(x = %s_ss, y = invd)[name = string("%s_ms")];' % (t([1, 1, 1, SEQ]), out, out, out))
        emit('            %s %s_ve = add(x = %s_ms, y = eps)[name = string("%s_ve")];' % (t([1, 1, 1, SEQ]), out, out, out))
        emit('            %s %s_rr = pow(x = %s_ve, y = nhalf)[name = string("%s_rr")];' % (t([1, 1, 1, SEQ]), out, out, out))
        emit('            %s %s_xr = mul(x = %s, y = %s_rr)[name = string("%s_xr")];' % (act, out, x, out, out))
        emit('            %s %s = mul(x = %s_xr, y = %s)[name = string("%s")];' % (act, out, out, w, out))

    def conv(w, x, out, cout=DIM):
        emit('            %s %s = conv(dilations = dl, groups = gr, pad = pd, pad_type = pt, strides = st, weight = %s, x = %s)[name = string("%s")];' % (t([1, cout, 1, SEQ]), out, w, x, out))

    rmsnorm("x", "rms1_w", "xn")
    for w in ("q", "k", "v"):
        conv("w" + w, "xn", w)
    heads = [1, HEADS, HEAD_DIM, SEQ]
    emit('            tensor<int32, [4]> hs = const()[name = string("hs"), val = tensor<int32, [4]>(%s)];' % shape_text(heads))
    emit('            tensor<int32, [4]> tp = const()[name = string("tp"), val = tensor<int32, [4]>([0, 1, 3, 2])];')
    for w in ("q", "k", "v"):
        emit('            %s %s_h = reshape(shape = hs, x = %s)[name = string("%s_h")];' % (t(heads), w, w, w))
        emit('            %s %s_t = transpose(perm = tp, x = %s_h)[name = string("%s_t")];' % (t([1, HEADS, SEQ, HEAD_DIM]), w, w, w))
    emit('            bool bf = const()[name = string("bf"), val = bool(false)];')
    emit('            bool bt = const()[name = string("bt"), val = bool(true)];')
    emit('            %s sc = matmul(transpose_x = bf, transpose_y = bt, x = q_t, y = k_t)[name = string("sc")];' % t([1, HEADS, SEQ, SEQ]))
    emit('            fp16 scale = const()[name = string("scale"), val = fp16(0x1p-3)];')
    emit('            %s scs = mul(x = sc, y = scale)[name = string("scs")];' % t([1, HEADS, SEQ, SEQ]))
    rows = ", ".join("[%d]" % i for i in range(SEQ))
    cols = ", ".join(str(i) for i in range(SEQ))
    emit('            tensor<int32, [%d, 1]> row = const()[name = string("row"), val = tensor<int32, [%d, 1]>([%s])];' % (SEQ, SEQ, rows))
    emit('            tensor<int32, [1, %d]> col = const()[name = string("col"), val = tensor<int32, [1, %d]>([[%s]])];' % (SEQ, SEQ, cols))
    emit('            tensor<bool, [%d, %d]> causal = less_equal(x = col, y = row)[name = string("causal")];' % (SEQ, SEQ))
    emit('            fp16 ninf = const()[name = string("ninf"), val = fp16(-0x1.388p+13)];')
    emit('            %s msk = select(a = scs, b = ninf, cond = causal)[name = string("msk")];' % t([1, HEADS, SEQ, SEQ]))
    emit('            int32 lastax = const()[name = string("lastax"), val = int32(-1)];')
    emit('            %s pr = softmax(axis = lastax, x = msk)[name = string("pr")];' % t([1, HEADS, SEQ, SEQ]))
    emit('            %s at = matmul(transpose_x = bf, transpose_y = bf, x = pr, y = v_t)[name = string("at")];' % t([1, HEADS, SEQ, HEAD_DIM]))
    emit('            %s at_t = transpose(perm = tp, x = at)[name = string("at_t")];' % t(heads))
    emit('            tensor<int32, [4]> fs = const()[name = string("fs"), val = tensor<int32, [4]>(%s)];' % shape_text([1, DIM, 1, SEQ]))
    emit('            %s at_f = reshape(shape = fs, x = at_t)[name = string("at_f")];' % act)
    conv("wo", "at_f", "o")
    emit('            %s h = add(x = x, y = o)[name = string("h")];' % act)
    rmsnorm("h", "rms2_w", "hn")
    conv("w1", "hn", "g", HIDDEN)
    conv("w3", "hn", "u", HIDDEN)
    emit('            %s sg = silu(x = g)[name = string("sg")];' % t([1, HIDDEN, 1, SEQ]))
    emit('            %s gu = mul(x = sg, y = u)[name = string("gu")];' % t([1, HIDDEN, 1, SEQ]))
    conv("w2", "gu", "d")
    emit('            %s out = add(x = h, y = d)[name = string("out")];' % act)
    return ("program(1.3)\n"
            '[buildInfo = dict<string, string>({{"coremlc-component-MIL", '
            '"3520.4.1"}, {"coremlc-version", "3520.5.1"}})]\n{\n'
            "    func main<ios18>(%s x) {\n%s\n        } -> (out);\n}\n"
            % (act, "\n".join(lines)))


def weights():
    off, end = offsets()
    blob = bytearray(end)
    struct.pack_into("<II", blob, 0, len(WEIGHTS), 2)
    state = 12345
    for name, shape in WEIGHTS:
        n, at = count(shape), off[name]
        struct.pack_into("<IIQQQ", blob, at, 0xDEADBEEF, 1, n * 2, at + 64, 0)
        if name.startswith("rms"):
            values = [1.0 + 0.01 * (i % 7) for i in range(n)]
        else:
            bound = shape[1] ** -0.5
            values = []
            for _ in range(n):
                state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
                values.append(bound * (2.0 * (state >> 11) / 2**53 - 1.0))
        struct.pack_into("<%de" % n, blob, at + 64, *values)
    return bytes(blob)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("--mil", "--weights"):
        sys.exit(__doc__)
    import os
    if sys.argv[1] == "--mil":
        open(sys.argv[2], "w").write(mil())
    else:
        os.makedirs(os.path.dirname(sys.argv[2]) or ".", exist_ok=True)
        open(sys.argv[2], "wb").write(weights())
