#!/usr/bin/env python3
"""Runs `ane-opt` on every `// -----` case of a corpus file on its own (as
stdin, line numbers kept) and checks the contract of docs/robustness.md for
each: exit status 1, nothing on stdout, at least one `<stdin>:L:C: error:`
diagnostic, and no sign of a crash. Extra arguments go to ane-opt."""
import re
import subprocess
import sys

CRASH = re.compile(r"LLVM ERROR|Assertion|Sanitizer|Stack dump|PLEASE submit")
LOCATED = re.compile(r"^<stdin>:\d+:\d+: error: \S", re.M)

path, extra = sys.argv[1], sys.argv[2:]
lines = open(path, encoding="utf-8", errors="surrogateescape").read().split("\n")
cases, start = [], 0
for i, line in enumerate(lines + ["// -----"]):
    if line.strip().startswith("// -----"):
        cases.append((start, lines[start:i]))
        start = i + 1

failures = 0
for first, body in cases:
    text = "\n" * first + "\n".join(body) + "\n"
    r = subprocess.run(["ane-opt", "-"] + extra, input=text.encode("utf-8", "surrogateescape"),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = r.stderr.decode("utf-8", "replace")
    problems = []
    if r.returncode != 1:
        problems.append("exit status %d, expected 1" % r.returncode)
    if r.stdout:
        problems.append("wrote %d bytes to stdout" % len(r.stdout))
    if not LOCATED.search(err):
        problems.append("no located error")
    if CRASH.search(err):
        problems.append("crash report")
    if problems:
        failures += 1
        print("%s:%d: case fails the contract: %s\n%s" % (path, first + 1, "; ".join(problems), err))
print("%d cases, %d failing the contract" % (len(cases), failures))
sys.exit(1 if failures else 0)
