#!/usr/bin/env python3
"""Runs a tool under valgrind's memcheck and fails on any memory error
(invalid read/write/free, use of uninitialised values, overlapping copies)
reported for the tool's own process. The tool's exit status must be 0 or 1
(its contract); valgrind's is made distinct (--error-exitcode=86) so that
an ordinary `error:` exit is not taken for a valgrind finding.

  valgrind_run.py [--each DIR | --split DIR]... -- TOOL ARGS...

With --each, runs TOOL ARGS FILE for every file in each DIR. With --split,
joins the text files of each DIR into one --split-input-file input (each
chunk still gets a fresh context; valgrind starts once) and runs each
bytecode file on its own. Leaks are not
checked here: LeakSanitizer checks them in the sanitizer build, where the
tools free everything (a release ane-opt leaves its last module to the OS,
like clang's -disable-free). Children forked by the bytecode probe are not
followed (--child-silent-after-fork): they exist to absorb MLIR's crashes.
Suppressions: valgrind.supp next to this script (docs/robustness.md).
"""
import os
import subprocess
import sys

VALGRIND_ERROR = 86


def main():
    argv = sys.argv[1:]
    dirs, splits = [], []
    while argv and argv[0] in ("--each", "--split"):
        (dirs if argv[0] == "--each" else splits).append(argv[1])
        argv = argv[2:]
    assert argv and argv[0] == "--", __doc__
    cmd = argv[1:]
    supp = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                        "valgrind.supp")
    vg = ["valgrind", "-q", "--error-exitcode=%d" % VALGRIND_ERROR,
          "--child-silent-after-fork=yes", "--num-callers=30",
          "--suppressions=" + supp]
    runs = [cmd] if not dirs and not splits else []
    runs += [cmd + [os.path.join(d, f)] for d in dirs
             for f in sorted(os.listdir(d))]
    for i, d in enumerate(splits):
        chunks = []
        for f in sorted(os.listdir(d)):
            data = open(os.path.join(d, f), "rb").read()
            if data.startswith(b"ML\xefR"):
                runs.append(cmd + [os.path.join(d, f)])
            elif data.strip():
                chunks.append(data if data.endswith(b"\n") else data + b"\n")
        joined = os.path.join(d, "..", "valgrind-split-%d.mlir" % i)
        with open(joined, "wb") as out:
            out.write(b"// -----\n".join(chunks))
        runs.append(cmd + ["--split-input-file", joined])
    env = dict(os.environ, ANE_BYTECODE_PROBE_SECONDS="2")
    bad = 0
    for run in runs:
        r = subprocess.run(vg + run, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, env=env)
        err = r.stderr.decode("utf-8", "replace")
        findings = [l for l in err.splitlines() if l.startswith("==")]
        if r.returncode == VALGRIND_ERROR or findings or r.returncode not in (0, 1):
            bad += 1
            print("FAIL (exit %d): %s\n%s" % (r.returncode, " ".join(run),
                                              "\n".join(findings[:80])))
    print("%d runs under valgrind, %d with findings" % (len(runs), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
