"""Runs every MIL program of a folder through the README's MIL-to-MIL path and
prints one line per program:

  import (strict) -> ane-opt --ane-cse --fuse-norms --lower-norms --ane-dce
  -> export -> import again: the IR must be the same text (so it computes
  the same bits); then the optimized program against the imported one on
  random inputs (f32 numerics, --tol=1e-3), and, where the pipeline changed
  the program, under ane-fp16 too (its error against the f32 import must
  not exceed the import's own under ane-fp16, or 1e-2).

Weights are written by corpus_weights.py from each program's BLOBFILE
references. Programs in SLOW are imported, optimized and round-tripped but
not run: the reference interpreter needs minutes for them
(docs/performance.md).

usage: corpus.py CORPUS_DIR WORK_DIR
"""
import collections
import os
import re
import shutil
import subprocess
import sys

SLOW = {"maderix-classifier_bwd", "maderix-classifier_fwd",
        "maderix-dyn_ffn_bwd_w13t", "maderix-inmem_peak_512x64x32",
        "maderix-mil_gen_ffn_up", "maderix-mil_gen_qkv", "maderix-qkvb",
        "maderix-sdpa_fwd_taps", "maderix-dyn_sdpa_fwd",
        "rustane-luengnat-test_ane_working", "maderix-dyn_ffn_fused",
        "maderix-ffn_bwd", "maderix-ffn_fwd_taps",
        "maderix-int8_w8a8_512x64x64"}
ANE_OP = re.compile(r'"(ane\.[a-z_0-9]+)"')


def run(args):
    p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True)
    return p.returncode, p.stdout, p.stderr


def first_error(stderr, folder):
    for line in stderr.splitlines():
        if "error:" in line:
            return line.replace(folder + os.sep, "")
    return stderr.strip().splitlines()[0] if stderr.strip() else "failed"


def op_count(path):
    return collections.Counter(ANE_OP.findall(open(path).read()))


def check(name, source, work):
    folder = os.path.join(work, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    model = os.path.join(folder, "model.mil")
    shutil.copy(source, model)
    here = os.path.dirname(os.path.abspath(__file__))
    code, _, err = run([sys.executable, os.path.join(here, "corpus_weights.py"),
                        model, folder])
    if code:
        return "weights failed: " + err.strip()
    f = lambda n: os.path.join(folder, n)
    steps = [
        ("import", ["ane-translate", "--import-mil", model, "-o", f("in.mlir")]),
        ("ane-opt", ["ane-opt", f("in.mlir"), "--ane-cse", "--fuse-norms",
                     "--lower-norms", "--ane-dce", "-o", f("opt.mlir")]),
        ("export", ["ane-translate", "--export-mil", f("opt.mlir"), "-o",
                    f("out/model.mil")]),
        ("re-import", ["ane-translate", "--import-mil", f("out/model.mil"),
                       "-o", f("back.mlir")]),
    ]
    for step, args in steps:
        code, _, err = run(args)
        if code:
            return "%s error: %s" % (step, first_error(err, folder))
    if open(f("opt.mlir")).read() != open(f("back.mlir")).read():
        return "round trip changed the IR"
    before, after = op_count(f("in.mlir")), op_count(f("opt.mlir"))
    ops = "%d ane ops" % sum(before.values())
    if before != after:
        gone = before - after
        new = after - before
        ops += " -> %d (-%s +%s)" % (
            sum(after.values()),
            ",".join("%s*%d" % (k[4:], v) for k, v in sorted(gone.items())),
            ",".join("%s*%d" % (k[4:], v) for k, v in sorted(new.items())))
    if name in SLOW:
        return "ok, %s, round trip exact, not run (slow)" % ops
    # (The round trip gave the same IR text, so it computes the same bits.)
    code, out, err = run(["ane-run", f("opt.mlir"), "--compare=" + f("in.mlir"),
                          "--tol=1e-3"])
    if "nan" in out or "inf" in out:
        # Allowed only where the imported program is not finite either.
        _, original, _ = run(["ane-run", f("in.mlir")])
        if "nan" not in original and "inf" not in original:
            return "optimized program is not finite where the import is"
        return ("ok, %s, round trip exact, ran (outputs not finite on random "
                "inputs, so not compared)" % ops)
    if code:
        return "optimized program differs: " + first_error(err, folder)
    if before == after:
        return "ok, %s, round trip exact, ran within 1e-3 of the import" % ops
    # A rewrite also answers for the ANE's own numerics: under ane-fp16 the
    # optimized program must be finite and no further from the f32 import
    # than the import itself is under ane-fp16 (or within 1e-2).
    errors = []
    for program in ("opt.mlir", "in.mlir"):
        _, out, _ = run(["ane-run", f(program), "--numerics=ane-fp16",
                         "--compare=" + f("in.mlir")])
        found = re.findall(r"max_rel_err (\S+)", out)
        errors.append(max(float(e) for e in found) if found else float("nan"))
    if not errors[0] <= max(errors[1], 1e-2):
        return ("optimized program under ane-fp16 is off by %s, the import "
                "by %s" % (errors[0], errors[1]))
    return ("ok, %s, round trip exact, ran within 1e-3 of the import (and "
            "under ane-fp16 within its own error or 1e-2)" % ops)


def main(corpus, work):
    names = sorted(n[:-4] for n in os.listdir(corpus) if n.endswith(".mil"))
    ok = 0
    authors = set()
    for name in names:
        status = check(name, os.path.join(corpus, name + ".mil"), work)
        print("%s: %s" % (name, status))
        if status.startswith("ok"):  # the big ones leave 400 MB of IR
            shutil.rmtree(os.path.join(work, name), ignore_errors=True)
        sys.stdout.flush()
        if status.startswith("ok") and "not run" not in status:
            ok += 1
            authors.add(name.split("-")[0])
    print("%d of %d programs, by %d authors, go through every step and run"
          % (ok, len(names), len(authors)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
