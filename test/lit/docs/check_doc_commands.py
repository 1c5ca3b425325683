#!/usr/bin/env python3
"""Runs every shell block of README.md, docs/*.md and examples/*/README.md.

Usage: check_doc_commands.py SRC_DIR
Each ```sh block runs with bash (-e -o pipefail) from SRC_DIR, as a reader
would after building: PATH starts with SRC_DIR/build/bin (README.md says
to `export PATH=$PWD/build/bin:$PATH`), then /usr/bin:/bin only, so only
what Debian installs (mlir-opt-22, not mlir-opt) is found. A block whose
line before the fence is `<!-- doc-test: skip: REASON -->` is not run
(building the project, running the test suite itself, benchmarks and
fuzzing campaigns); each such reason is printed. Blocks run in file order
and may use what an earlier block of the same file wrote under /tmp.
Prints `ran N blocks of F files, skipped M`, or the failing block with its
output (exit 1).
"""
import glob
import os
import re
import subprocess
import sys

BLOCK = re.compile(r"^```(?:sh|bash)\n(.*?)^```", re.M | re.S)
SKIP = re.compile(r"<!-- doc-test: skip: (.+?) -->\s*$")


def main(argv):
    if len(argv) != 2:
        sys.stderr.write(__doc__)
        return 2
    src = os.path.abspath(argv[1])
    files = (["README.md"] + sorted(glob.glob("docs/*.md", root_dir=src))
             + sorted(glob.glob("examples/*/README.md", root_dir=src)))
    env = dict(os.environ)
    env["PATH"] = os.path.join(src, "build", "bin") + ":/usr/bin:/bin"
    ran = skipped = 0
    for name in files:
        text = open(os.path.join(src, name), encoding="utf-8").read()
        for m in BLOCK.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            before = text[:m.start()].rstrip("\n").rsplit("\n", 1)[-1]
            skip = SKIP.match(before)
            if skip:
                skipped += 1
                print("skipped %s:%d: %s" % (name, line, skip.group(1)))
                continue
            p = subprocess.run(["bash", "-e", "-o", "pipefail", "-c",
                                m.group(1)], cwd=src, env=env,
                               stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True,
                               timeout=600)
            if p.returncode:
                print("FAILED %s:%d (exit %d):\n%s\n--- output:\n%s"
                      % (name, line, p.returncode, m.group(1), p.stdout))
                return 1
            ran += 1
    print("ran %d blocks of %d files, skipped %d" % (ran, len(files),
                                                     skipped))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
