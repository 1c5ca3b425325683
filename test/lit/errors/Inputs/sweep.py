#!/usr/bin/env python3
"""Feeds a tool many damaged versions of one input and checks the contract
of docs/robustness.md on each: exit status 0 or 1 (never a signal or any
other status), and on 1 a located `file:line:col: error:` (or `file:0:0:`
for bytecode) and no crash report.

  sweep.py truncate FILE [N]   the first k bytes, for N values of k
  sweep.py flip FILE [N]       one bit flipped, N seeded positions
  sweep.py files DIR...        every file in the directories as it is
Options after `--` go to the tool; TOOL (default ane-opt) is the tool.
"""
import os
import random
import re
import subprocess
import sys
import tempfile

CRASH = re.compile(r"LLVM ERROR|Assertion|Sanitizer|Stack dump|PLEASE submit")
LOCATED = re.compile(r"^\S+:\d+:\d+: error: \S", re.M)


def variants(mode, args):
    if mode == "files":
        for d in args:
            for name in sorted(os.listdir(d)):
                yield name, open(os.path.join(d, name), "rb").read()
        return
    data = open(args[0], "rb").read()
    n = int(args[1]) if len(args) > 1 else 200
    if mode == "truncate":
        cuts = sorted(set(int(i * len(data) / n) for i in range(n)))
        for k in cuts:
            yield "first %d bytes" % k, data[:k]
    elif mode == "flip":
        r = random.Random(6)
        for _ in range(n):
            b = bytearray(data)
            i = r.randrange(len(b))
            bit = r.randrange(8)
            b[i] ^= 1 << bit
            yield "bit %d of byte %d flipped" % (bit, i), bytes(b)


def main():
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    mode, args = argv[0], argv[1:]
    tool = os.environ.get("TOOL", "ane-opt")
    bad = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "input")
        for what, data in variants(mode, args):
            total += 1
            with open(path, "wb") as f:
                f.write(data)
            r = subprocess.run([tool, path] + extra, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
            err = r.stderr.decode("utf-8", "replace")
            problems = []
            if r.returncode not in (0, 1):
                problems.append("exit status %d" % r.returncode)
            if r.returncode == 1 and not LOCATED.search(err):
                problems.append("no located error")
            if CRASH.search(err):
                problems.append("crash report")
            if problems:
                bad += 1
                print("%s: %s\n%s" % (what, "; ".join(problems), err[-2000:]))
    print("%d inputs, %d failing the contract" % (total, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
