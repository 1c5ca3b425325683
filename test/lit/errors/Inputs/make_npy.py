#!/usr/bin/env python3
"""Writes the .npy inputs of npy.test into DIR: a valid file per dtype and
the malformed headers the reader must refuse (one file each). Raw bytes
with struct, no numpy, so each malformation is exact.

  make_npy.py DIR
"""
import os
import struct
import sys


def npy(header, data, version=1, pad=True):
    body = header.encode("latin-1")
    if pad:
        total = 6 + 2 + (2 if version == 1 else 4) + len(body) + 1
        body += b" " * ((64 - total % 64) % 64) + b"\n"
    length = struct.pack("<H" if version == 1 else "<I", len(body))
    return b"\x93NUMPY" + bytes([version, 0]) + length + body + data


def dict_(descr="'<f4'", order="False", shape="(2, 3)"):
    return "{'descr': %s, 'fortran_order': %s, 'shape': %s, }" % (
        descr, order, shape)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    six = [1.5, -2.0, 0.25, 3.0, -0.5, 7.0]
    files = {
        # Valid: the same six values in every dtype ane-run reads.
        "ok-f2.npy": npy(dict_("'<f2'"), struct.pack("<6e", *six)),
        "ok-f4.npy": npy(dict_(), struct.pack("<6f", *six)),
        "ok-f8.npy": npy(dict_("'<f8'"), struct.pack("<6d", *six), 2),
        "ok-i4.npy": npy(dict_("'<i4'"), struct.pack("<6i", 1, -2, 0, 3, 0, 7),
                         3),
        # The header ends right after 'shape': (the parser read past it).
        "bad-shape-cut.npy": npy("{'descr': '<f4', 'fortran_order': False, "
                                 "'shape':", b"", pad=False),
        "bad-version.npy": npy(dict_(), struct.pack("<6f", *six), 9),
        "bad-trailing.npy": npy(dict_(), struct.pack("<7f", *six, 9.0)),
        "bad-truncated.npy": npy(dict_(), struct.pack("<5f", *six[:5])),
        "bad-falsehood.npy": npy(dict_(order="Falsehood"),
                                 struct.pack("<6f", *six)),
        "bad-fortran.npy": npy(dict_(order="True"), struct.pack("<6f", *six)),
        "bad-big-endian.npy": npy(dict_("'>f4'"), struct.pack(">6f", *six)),
        "bad-extra-key.npy": npy("{'descr': '<f4', 'fortran_order': False, "
                                 "'shape': (2, 3), 'x': 1, }",
                                 struct.pack("<6f", *six)),
        "bad-duplicate-key.npy": npy("{'descr': '<f4', 'descr': '<f4', "
                                     "'fortran_order': False, 'shape': (2, 3)}",
                                     struct.pack("<6f", *six)),
        "bad-shape.npy": npy(dict_(shape="(3, 2)"), struct.pack("<6f", *six)),
        "bad-rank.npy": npy(dict_(shape="(6,)"), struct.pack("<6f", *six)),
        "bad-overflow.npy": npy(dict_(shape="(4611686018427388416, 2)"), b""),
        "bad-after-dict.npy": npy(dict_() + " x", struct.pack("<6f", *six)),
    }
    for name, data in files.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
