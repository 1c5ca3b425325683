#!/usr/bin/env python3
"""Every op of the registry (the output of `ane-opgen list`) appears in the
mapping table of docs/mil.md.

usage: check_mapping.py OPGEN_LIST MIL_MD
"""
import sys


def main(argv):
    with open(argv[1]) as f:
        ops = [line.split()[0] for line in f if line.strip()]
    with open(argv[2]) as f:
        doc = f.read()
    mapping = doc[doc.index("### The mapping"):doc.index("### On the way out")]
    missing = False
    for op in ops:
        if "`ane.%s`" % op not in mapping:
            print("ane.%s is not in the mapping table of docs/mil.md" % op)
            missing = True
    print("mapped %d ops" % len(ops))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
