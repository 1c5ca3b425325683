#!/usr/bin/env python3
"""Checks docs/cli.md's flag table against the tools.

Usage: check_cli_table.py CLI_MD ANE_OPT_HELP MLIR_OPT_HELP
Every flag of the table must be in ane-opt's help, every flag of ane-opt's
help in the table, and every flag marked `same` in mlir-opt's help.
Prints `N flags: in ane-opt --help, M also in mlir-opt` or the problems on
stderr (exit 1).
"""
import re
import sys


def flags_in_help(text):
    return set(re.findall(r"^\s+(--?[a-z][a-z0-9-]*)", text, re.M))


def main(argv):
    if len(argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    doc, ours, stock = (open(p, encoding="utf-8").read() for p in argv[1:])
    rows = re.findall(r"^\| `(-[a-z0-9-]+)` \| ([^|]+) \|", doc, re.M)
    if not rows:
        sys.stderr.write("error: no flag table in %s\n" % argv[1])
        return 1
    ours_flags, stock_flags = flags_in_help(ours), flags_in_help(stock)
    table = {flag for flag, _ in rows}
    problems = []
    for flag, where in rows:
        if flag not in ours_flags:
            problems.append("%s is in the table but not in ane-opt --help" % flag)
        if where.strip() == "same" and flag not in stock_flags:
            problems.append("%s is marked 'same' but mlir-opt has no such flag"
                            % flag)
    for flag in sorted(ours_flags - table):
        problems.append("%s is in ane-opt --help but not in the table" % flag)
    for p in problems:
        sys.stderr.write("error: " + p + "\n")
    if problems:
        return 1
    same = sum(1 for _, where in rows if where.strip() == "same")
    print("%d flags: in ane-opt --help, %d also in mlir-opt" % (len(rows), same))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
