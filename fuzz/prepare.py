#!/usr/bin/env python3
"""Builds ane-fuzz's seed corpus and dictionary.

Seeds: every .mlir file under the given roots (the lit tests, the examples),
split into the cases it holds (`// -----` for --split-input-file, `//--- name`
for split-file), with comment-only lines dropped and duplicates removed; with
--ane-opt, also the bytecode of the first valid cases (ane-opt --emit-bytecode).

Dictionary: fuzz/ane-base.dict, plus every op name ("ane.rms_norm") and
attribute name ("epsilon") of the dialect, read from the generated ane.irdl.mlir, so that
new ops reach the fuzzer without anyone editing a list.
"""
import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys


def cases(text):
    """The cases of one test file."""
    chunks = [[]]
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("// -----") or stripped.startswith("//--- "):
            chunks.append([])
            continue
        if stripped.startswith("//"):
            continue  # RUN/CHECK/expected-* lines only bloat the seeds.
        chunks[-1].append(line)
    for chunk in chunks:
        body = "\n".join(chunk).strip()
        if body:
            yield body + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--irdl", required=True)
    ap.add_argument("--base-dict", required=True)
    ap.add_argument("--dict-out", required=True)
    ap.add_argument("--seeds-out", required=True)
    ap.add_argument("--ane-opt")
    ap.add_argument("--max-bytecode", type=int, default=40)
    ap.add_argument("--max-size", type=int, default=16384)
    ap.add_argument("roots", nargs="+")
    args = ap.parse_args()

    irdl = open(args.irdl).read()
    ops = re.findall(r"irdl\.operation\s+@(\w+)", irdl)
    attrs = sorted(set(re.findall(r'"(\w+)"\s*=\s*%', irdl)))
    with open(args.dict_out, "w") as out:
        out.write(open(args.base_dict).read())
        out.write("\n# Generated from %s\n" % os.path.basename(args.irdl))
        for op in ops:
            out.write('op_%s="\\"ane.%s\\""\n' % (op, op))
        for attr in attrs:
            out.write('attr_%s="%s = "\n' % (attr, attr))

    shutil.rmtree(args.seeds_out, ignore_errors=True)
    os.makedirs(args.seeds_out)
    seen = set()
    texts = []
    for root in args.roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                if not name.endswith(".mlir"):
                    continue
                try:
                    text = open(os.path.join(dirpath, name),
                                encoding="utf-8").read()
                except (UnicodeDecodeError, OSError):
                    continue
                for case in cases(text):
                    data = case.encode()
                    if len(data) > args.max_size:
                        continue
                    digest = hashlib.sha1(data).hexdigest()
                    if digest in seen:
                        continue
                    seen.add(digest)
                    texts.append(data)
                    with open(os.path.join(args.seeds_out, digest + ".mlir"),
                              "wb") as f:
                        f.write(data)

    made = 0
    if args.ane_opt:
        for data in texts:
            if made >= args.max_bytecode:
                break
            r = subprocess.run([args.ane_opt, "-", "--emit-bytecode"],
                               input=data, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
            if r.returncode != 0 or len(r.stdout) > args.max_size:
                continue
            digest = hashlib.sha1(r.stdout).hexdigest()
            with open(os.path.join(args.seeds_out, digest + ".mlirbc"),
                      "wb") as f:
                f.write(r.stdout)
            made += 1
    print("ane-fuzz: %d seeds (%d text, %d bytecode), %d ops in the dictionary"
          % (len(texts) + made, len(texts), made, len(ops)))


if __name__ == "__main__":
    sys.exit(main())
