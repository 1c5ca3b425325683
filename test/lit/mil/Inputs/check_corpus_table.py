"""Checks that the table of docs/mil.md ("Real programs") says, program by
program, what corpus.test expects: prints the rows that differ, or
"table matches N programs".

usage: check_corpus_table.py CORPUS_TEST DOC
"""
import re
import sys


def main(test, doc):
    expected = {}
    for line in open(test):
        m = re.match(r"// CHECK(?:-NEXT)?: ([\w.-]+): (.*)$", line.rstrip("\n"))
        if m:
            expected[m.group(1)] = m.group(2)
    documented = {}
    text = open(doc).read()
    section = text[text.index("## Real programs"):]
    section = section[:section.find("\n## ", 1) if "\n## " in section else None]
    for line in section.splitlines():
        m = re.match(r"\| `([\w.-]+)` \| [^|]+ \| (.*) \|$", line.rstrip("\n"))
        if m:
            documented[m.group(1)] = m.group(2).replace("\\|", "|")
    bad = 0
    for name in sorted(set(expected) | set(documented)):
        if expected.get(name) != documented.get(name):
            print("%s: test says %r, docs/mil.md says %r"
                  % (name, expected.get(name), documented.get(name)))
            bad += 1
    if not bad:
        print("table matches %d programs" % len(expected))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
