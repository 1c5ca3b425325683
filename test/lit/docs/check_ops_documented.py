#!/usr/bin/env python3
"""Checks that every op in the generated ANE IRDL file has a `### ane.<name>`
heading (ops documented together share one: `### ane.a, ane.b`).

Usage: check_ops_documented.py <ane.irdl.mlir> <dialect.md>
Prints `documented N ops` on success; otherwise lists the missing ops on
stderr and exits 1.
"""
import re
import sys


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: check_ops_documented.py IRDL DOC\n")
        return 2
    with open(argv[1], encoding="utf-8") as f:
        irdl = f.read()
    with open(argv[2], encoding="utf-8") as f:
        doc = f.read()
    ops = re.findall(r"^\s*irdl\.operation\s+@(\w+)", irdl, re.M)
    if not ops:
        sys.stderr.write("error: no irdl.operation found in %s\n" % argv[1])
        return 1
    headings = set()
    for line in re.findall(r"^### (ane\.\w+(?:, ane\.\w+)*)[ \t]*$", doc, re.M):
        headings.update(name[4:] for name in line.split(", "))
    missing = [op for op in ops if op not in headings]
    if missing:
        for op in missing:
            sys.stderr.write("error: ane.%s has no '### ane.%s' heading in %s\n"
                             % (op, op, argv[2]))
        sys.stderr.write("%d of %d ops undocumented\n" % (len(missing), len(ops)))
        return 1
    print("documented %d ops" % len(ops))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
