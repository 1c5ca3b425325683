#!/usr/bin/env python3
"""Every op of dialect/ane.irdl.mlir has a row in mil/op_table.c (so import
and export know it) and appears in the mapping table of docs/mil.md.

usage: check_mapping.py ANE_IRDL OP_TABLE_C MIL_MD
"""
import re
import sys


def main(argv):
    irdl, table, doc = (open(p).read() for p in argv[1:4])
    ops = re.findall(r"irdl\.operation @(\w+)", irdl)
    rows = set(re.findall(r'"ane\.(\w+)"', table))
    mapping = doc[doc.index("### The mapping"):doc.index("### On the way out")]
    documented = set(re.findall(r"`ane\.(\w+)`", mapping))
    missing = False
    for op in ops:
        if op not in rows:
            print("ane.%s has no row in mil/op_table.c" % op)
            missing = True
        if op not in documented:
            print("ane.%s is not in the mapping table of docs/mil.md" % op)
            missing = True
    print("mapped %d ops" % len(ops))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
