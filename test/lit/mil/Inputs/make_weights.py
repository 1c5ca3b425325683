#!/usr/bin/env python3
"""Writes a MILBlob v2 weight file (docs/mil-format.md §7) for the MIL tests.

usage: make_weights.py OUT [--layout=aligned|packed] [corruptions] BLOB...

BLOB is DTYPE:VALUES with DTYPE fp16, fp32, int32, int8 or uint8 and VALUES
either comma-separated numbers or ramp:N:START:STEP (N values).
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

CODES = {"fp16": 1, "fp32": 2, "uint8": 3, "int8": 4, "int32": 14}
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


def main(argv):
    out = argv[1]
    layout, version, truncate = "aligned", 2, None
    sentinel, codes, sizes = {}, {}, {}
    blobs = []
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
                            sizes.get(i, len(payload)), record + 64, 0)
        data += bytes(32)  # reserved
        data += payload
    if truncate is not None:
        data = data[:truncate]
    with open(out, "wb") as f:
        f.write(data)
    print(" ".join(str(o) for o in offsets))


if __name__ == "__main__":
    main(sys.argv)
