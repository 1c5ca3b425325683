#!/usr/bin/env python3
"""Dumps a MILBlob v2 weight file for FileCheck: the header, then per record
its offset (records are expected on 64-byte boundaries, the layout
ane-translate writes; the zero padding before each is checked), sentinel,
dtype code, size, data offset, padding bits, whether the reserved words are
zero, and its values.

usage: read_weights.py FILE [--max-values=N]
"""
import struct
import sys

FORMATS = {1: ("fp16", "e", 2), 2: ("fp32", "f", 4), 3: ("uint8", "B", 1),
           4: ("int8", "b", 1), 14: ("int32", "i", 4)}


def fmt(v):
    return repr(float(v)) if isinstance(v, float) else str(v)


def main(argv):
    path = argv[1]
    limit = 16
    for arg in argv[2:]:
        if arg.startswith("--max-values="):
            limit = int(arg.split("=", 1)[1])
    data = open(path, "rb").read()
    count, version = struct.unpack_from("<II", data, 0)
    print("header count=%d version=%d size=%d header_zero=%s"
          % (count, version, len(data), data[8:64] == bytes(56)))
    offset = 64
    for i in range(count):
        gap = (-offset) % 64
        pad_zero = data[offset:offset + gap] == bytes(gap)
        offset += gap
        sentinel, code, size, data_offset, padding = struct.unpack_from(
            "<IIQQQ", data, offset)
        reserved = data[offset + 32:offset + 64] == bytes(32)
        name, f, width = FORMATS[code]
        n = size // width
        values = struct.unpack_from("<%d%s" % (n, f), data, data_offset)
        shown = ", ".join(fmt(v) for v in values[:limit])
        if n > limit:
            shown += ", ..."
        print("blob %d offset=%d pad_zero=%s sentinel=0x%08x dtype=%d(%s) "
              "size=%d data_offset=%d padding=%d reserved_zero=%s values=[%s]"
              % (i, offset, pad_zero, sentinel, code, name, size,
                 data_offset, padding, reserved, shown))
        offset = data_offset + size
    print("end offset=%d" % offset)


if __name__ == "__main__":
    main(sys.argv)
