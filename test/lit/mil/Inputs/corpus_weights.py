"""Writes the weight files a MIL program references, with deterministic
values: every BLOBFILE(path, offset) of the program gets a MILBlob v2 record
of its declared dtype and shape. Floats are in [-0.05, 0.05) (a lone value,
which may be an epsilon or a scale, in [0.01, 0.1)), integers small; each
record's sequence starts at its offset, so no two records are equal."""
import os, re, struct, sys

CODES = {"fp16": (1, "e", 2), "fp32": (2, "f", 4), "uint8": (3, "B", 1),
         "int8": (4, "b", 1), "int32": (14, "i", 4)}
REF = re.compile(
    r'tensor<\s*(\w+)\s*,\s*\[([^\]]*)\]\s*>\s*\(\s*BLOBFILE\s*\(\s*path\s*=\s*'
    r'(?:string|tensor<string,\s*\[\]>)\(\s*"([^"]+)"\s*\)\s*,\s*offset\s*=\s*'
    r'(?:uint64|tensor<uint64,\s*\[\]>)\(\s*(\d+)\s*\)\s*\)\s*\)', re.S)

def value(dtype, i, count, seed):
    frac = ((i + seed) * 0.6180339887498949) % 1.0
    if dtype.startswith("fp"):
        # A lone value may be an epsilon or a scale: keep it positive.
        return 0.01 + 0.09 * frac if count == 1 else 0.1 * (frac - 0.5)
    return int(frac * 7) - 3 if dtype == "int8" else int(frac * 7)

def main(program, folder):
    files = {}
    for dtype, shape, path, offset in REF.findall(open(program).read()):
        count = 1
        for d in shape.replace(" ", "").split(","):
            if d:
                count *= int(d)
        files.setdefault(path, {})[int(offset)] = (dtype, count)
    for path, records in files.items():
        name = os.path.join(folder, path.replace("@model_path/", ""))
        os.makedirs(os.path.dirname(name), exist_ok=True)
        end = max(o + 64 + n * CODES[d][2] for o, (d, n) in records.items())
        blob = bytearray(end)
        struct.pack_into("<II", blob, 0, len(records), 2)
        for offset, (dtype, count) in sorted(records.items()):
            code, fmt, width = CODES[dtype]
            struct.pack_into("<IIQQQ", blob, offset, 0xDEADBEEF, code,
                             count * width, offset + 64, 0)
            struct.pack_into("<%d%s" % (count, fmt), blob, offset + 64,
                             *[value(dtype, i, count, offset) for i in range(count)])
        open(name, "wb").write(bytes(blob))

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
