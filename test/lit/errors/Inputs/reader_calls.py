#!/usr/bin/env python3
"""Counts the functions of MLIR's bytecode reader in the call profile of a
tool's own process and of the processes it forks (callgrind), for
bytecode-isolation.test.

  reader_calls.py OUTDIR TOOL ARGS...

valgrind execs the tool in its own process, so the tool's profile is the
one named by the pid Popen returns; every other profile is a forked child.
Prints `parent: N reader functions` and `children: M reader functions`.
"""
import glob
import os
import re
import subprocess
import sys

READER = re.compile(r"BytecodeReader|AttrTypeReader|readBytecodeFile")


def reader_functions(path):
    out = subprocess.run(["callgrind_annotate", "--threshold=100", path],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         check=True).stdout.decode("utf-8", "replace")
    return sum(1 for line in out.splitlines() if READER.search(line))


def main():
    outdir, cmd = sys.argv[1], sys.argv[2:]
    os.makedirs(outdir, exist_ok=True)
    proc = subprocess.Popen(
        ["valgrind", "--tool=callgrind",
         "--callgrind-out-file=" + os.path.join(outdir, "cg-%p.out")] + cmd,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    proc.wait()
    parent = os.path.join(outdir, "cg-%d.out" % proc.pid)
    children = [f for f in glob.glob(os.path.join(outdir, "cg-*.out"))
                if f != parent]
    print("exit: %d" % proc.returncode)
    print("parent: %d reader functions" % reader_functions(parent))
    print("children: %d, %d reader functions" %
          (len(children), sum(reader_functions(f) for f in children)))


if __name__ == "__main__":
    main()
