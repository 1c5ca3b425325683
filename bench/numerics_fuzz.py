#!/usr/bin/env python3
"""Differential numerics fuzzer for the norm rewrites (docs/numerics.md).

Draws random norms and decomposed norm chains (D from 1 to 65536, ranks 1-5,
f16/f32, gamma none / constant / argument with magnitudes up to 1e4, x
scales 1e-6 to 1e3, eps 1e-12 to 1e-1, some rows zero), rewrites each with
every lower-norms strategy, fuse-norms and fuse-norms + lower-norms, and runs
original and rewrite with ane-run under f32 and ane-fp16 on the same inputs.

A finding is a case inside the documented safe domain (of the rewrite and of
the original: a decomposed chain has one too) where the rewrite is
non-finite (or a zero row is not exactly 0) while the original is finite, or
where the error max |a - b| / (max |original| + 1e-6) exceeds the documented
bound: 1e-3 under f32 (2e-3 for an f16 graph, whose constants are fp16) and
4e-3 under ane-fp16, plus, per row, what the docs say a rewrite may differ
by: for the l2 lowering of RMSNorm the floor max(rms, sqrt(eps)) against
sqrt(mean + eps) (up to sqrt(2) - 1), and where eps matters the fp16
rounding of eps. Cases outside the domain are counted, not checked. Each finding prints a reproducer: the files it
keeps and the ane-opt / ane-run commands.

  numerics_fuzz.py --build build [--seconds 600] [--seed 1] [--keep DIR]
  numerics_fuzz.py --build build --self-test   # the checker must catch a
                                               # planted 1% error in each case

Exit status: 0 no finding, 1 a finding (or a self-test miss), 2 bad usage.
"""
import argparse
import math
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import time

F16_MAX = 65504.0
F16_MIN_NORMAL = 2.0 ** -14
TOL = {"f32": 1e-3, "ane-fp16": 4e-3}
F16_GRAPH_F32_TOL = 2e-3  # f16 constants (floor, sqrt(D), gamma) in f32 math


# ---------------------------------------------------------------------------
# .npy files (no numpy on the machine: little-endian f32 in, f16/f32 out)
# ---------------------------------------------------------------------------

def write_npy(path, shape, values):
    header = "{'descr': '<f4', 'fortran_order': False, 'shape': (%s), }" % (
        "".join("%d, " % d for d in shape))
    pad = 64 - (10 + len(header) + 1) % 64
    header += " " * pad + "\n"
    with open(path, "wb") as f:
        f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)))
        f.write(header.encode("latin1"))
        f.write(struct.pack("<%df" % len(values), *values))


def read_npy(path):
    with open(path, "rb") as f:
        data = f.read()
    hlen = struct.unpack("<H", data[8:10])[0]
    header = data[10:10 + hlen].decode("latin1")
    body = data[10 + hlen:]
    code = {"'<f2'": "e", "'<f4'": "f", "'<f8'": "d"}
    for descr, c in code.items():
        if descr in header:
            n = len(body) // struct.calcsize(c)
            return list(struct.unpack("<%d%s" % (n, c), body))
    raise ValueError("%s: unexpected dtype in %s" % (path, header))


def round_to(values, dtype):
    """The values as the interpreter stores an argument of `dtype`."""
    c = "e" if dtype == "f16" else "f"
    out = []
    for v in values:
        try:
            out.append(struct.unpack(c, struct.pack(c, v))[0])
        except OverflowError:
            out.append(math.copysign(math.inf, v))
    return out


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------

def log_uniform(rng, lo, hi):
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def draw_case(rng):
    """One random case: a dict of everything needed to build and run it."""
    dtype = rng.choice(["f16", "f32"])
    d = int(round(log_uniform(rng, 1, 65536)))
    rows = rng.randint(1, max(1, min(8, 65536 // d)))
    rank = rng.randint(1, 5)
    # Leading dims whose product is `rows` (rank 1 needs rows == 1).
    if rank == 1:
        rows = 1
        lead = []
    else:
        lead = [1] * (rank - 1)
        lead[rng.randrange(rank - 1)] = rows
    shape = lead + [d]
    kind = rng.choice(["rms_norm", "rms_norm", "l2_norm", "rms_chain",
                       "l2_chain"])
    case = {
        "dtype": dtype, "shape": shape, "rows": rows, "d": d, "kind": kind,
        "eps": log_uniform(rng, 1e-12, 1e-1),
        "scale": log_uniform(rng, 1e-6, 1e3),
        "gamma": rng.choice(["none", "const", "arg"]),
        "gamma_mag": rng.choice([0.0, log_uniform(rng, 1e-3, 1e4)]),
        "zero_rows": rng.random() < 0.3,
        "axis": rng.randrange(-rank, rank),
        "seed": rng.randrange(1 << 30),
    }
    if kind == "l2_chain":
        case["floor"] = log_uniform(rng, 1e-7, 1e-1)
    return case


def ttype(shape, dtype):
    return "tensor<%s%s>" % ("".join("%dx" % s for s in shape), dtype)


def keep_type(shape, axis, dtype):
    s = list(shape)
    s[axis] = 1
    return ttype(s, dtype)


def f32_attr(v):
    return "%.9e : f32" % v


def build_module(case):
    """The original function @f as MLIR text, and its argument shapes."""
    dt, shape = case["dtype"], case["shape"]
    x = ttype(shape, dt)
    g = ttype([case["d"]], dt)
    args = ["%%x: %s" % x]
    arg_shapes = [shape]
    body = []
    gamma = None
    if case["kind"] in ("rms_norm", "rms_chain") and case["gamma"] != "none":
        if case["gamma"] == "arg":
            args.append("%%g: %s" % g)
            arg_shapes.append([case["d"]])
            gamma = "%g"
        else:
            body.append("%%g = arith.constant dense<%.6e> : %s"
                        % (case["gamma_mag"], g))
            gamma = "%g"
    last = len(shape) - 1
    r = keep_type(shape, last, dt)
    one = ttype([1], dt)
    if case["kind"] == "rms_norm":
        operands = "%x" + (", " + gamma if gamma else "")
        types = x + (", " + g if gamma else "")
        body.append('%%y = "ane.rms_norm"(%s) {axes = array<i64: -1>, epsilon = %s} : (%s) -> %s'
                    % (operands, f32_attr(case["eps"]), types, x))
    elif case["kind"] == "l2_norm":
        axis = case["axis"]
        body.append('%%y = "ane.l2_norm"(%%x) {axes = array<i64: %d>, epsilon = %s}'
                    ' : (%s) -> %s' % (axis, f32_attr(case["eps"]), x, x))
    elif case["kind"] == "rms_chain":
        body += [
            "%%eps = arith.constant dense<%.9e> : %s" % (case["eps"], one),
            "%%invd = arith.constant dense<%.9e> : %s" % (1.0 / case["d"], one),
            '%%sq = "ane.mul"(%%x, %%x) : (%s, %s) -> %s' % (x, x, x),
            '%%s = "ane.reduce_sum"(%%sq) {axes = array<i64: -1>, keep_dims = '
            'true} : (%s) -> %s' % (x, r),
            '%%m = "ane.mul"(%%s, %%invd) : (%s, %s) -> %s' % (r, one, r),
            '%%a = "ane.add"(%%m, %%eps) : (%s, %s) -> %s' % (r, one, r),
            '%%r = "ane.rsqrt"(%%a) {epsilon = 0.0 : f32} : (%s) -> %s'
            % (r, r),
            '%%%s = "ane.mul"(%%x, %%r) : (%s, %s) -> %s'
            % ("n" if gamma else "y", x, r, x),
        ]
        if gamma:
            body.append('%%y = "ane.mul"(%%n, %s) : (%s, %s) -> %s'
                        % (gamma, x, g, x))
    else:  # l2_chain
        body += [
            "%%floor = arith.constant dense<%.9e> : %s" % (case["floor"], one),
            '%%n = "ane.reduce_l2_norm"(%%x) {axes = array<i64: -1>, '
            'keep_dims = true} : (%s) -> %s' % (x, r),
            '%%m = "ane.maximum"(%%n, %%floor) : (%s, %s) -> %s' % (r, one, r),
            '%%y = "ane.real_div"(%%x, %%m) : (%s, %s) -> %s' % (x, r, x),
        ]
    text = "func.func @f(%s) -> %s {\n" % (", ".join(args), x)
    text += "".join("  %s\n" % line for line in body)
    text += "  return %%y : %s\n}\n" % x
    return text, arg_shapes


def pipelines(case):
    if case["kind"] in ("rms_norm", "l2_norm"):
        return [["--lower-norms=strategy=l2"],
                ["--lower-norms=strategy=reduce-sum"],
                ["--lower-norms=strategy=layer-norm"]]
    return [["--fuse-norms"], ["--fuse-norms", "--lower-norms"]]


def make_inputs(case, rng):
    """x (some rows zero) and gamma, as lists of floats."""
    n = case["rows"] * case["d"]
    x = [rng.gauss(0.0, case["scale"]) for _ in range(n)]
    if case["zero_rows"] and case["rows"] > 1:
        for row in range(0, case["rows"], 2):
            x[row * case["d"]:(row + 1) * case["d"]] = [0.0] * case["d"]
    g = [case["gamma_mag"] * rng.choice([-1.0, 1.0]) * rng.uniform(0.5, 1.0)
         for _ in range(case["d"])]
    return x, g


# ---------------------------------------------------------------------------
# The safe domains of docs/numerics.md
# ---------------------------------------------------------------------------

def row_stats(case, x):
    """(mean of x^2, L2 norm, max |x|) per normalized row of the stored x."""
    shape = case["shape"]
    axis = case["axis"] % len(shape) if case["kind"] == "l2_norm" \
        else len(shape) - 1
    n = shape[axis]
    inner = 1
    for s in shape[axis + 1:]:
        inner *= s
    outer = len(x) // (n * inner)
    out = []
    for o in range(outer):
        for i in range(inner):
            base = o * n * inner + i
            vals = x[base:base + n * inner:inner]
            ss = sum(v * v for v in vals)
            out.append((ss / n, math.sqrt(ss), max(abs(v) for v in vals)))
    return out


def in_domain(case, pipeline, numerics, x, stats):
    """(inside the documented domain, error bound) for one comparison.

    The domain is where both the original and the rewrite keep their
    intermediates inside fp16 under ane-fp16 (docs/numerics.md, "Safe
    domains"); the bound adds to the base tolerance what the docs say each
    rewrite may differ by: the l2 floor against RMSNorm's additive eps, and
    the fp16 rounding of eps where eps matters.
    """
    strategy = "l2"
    for p in pipeline:
        if p.startswith("--lower-norms=strategy="):
            strategy = p.split("=", 2)[2]
    lowered = any(p.startswith("--lower-norms") for p in pipeline)
    kind, eps, d = case["kind"], case["eps"], case["d"]
    nonzero = [st for st in stats if st[1] > 0.0]
    if numerics == "ane-fp16":
        if any(abs(v) > F16_MAX / 4 for v in x):
            return False, 0.0
        # An L2 norm stored in fp16 (the l2 lowering of rms_norm, every
        # lowering of l2_norm, and the l2 chain itself): below 65504 and,
        # unless floored, not subnormal.
        if (lowered and (strategy == "l2" or kind == "l2_norm")) \
                or kind == "l2_chain":
            floor = math.sqrt(d * eps) if kind in ("rms_norm", "rms_chain") \
                else (case.get("floor") or math.sqrt(eps))
            if any(st[1] >= F16_MAX * 0.99 for st in stats):
                return False, 0.0
            if any(max(st[1], floor) < F16_MIN_NORMAL for st in nonzero):
                return False, 0.0
            # x / max(norm, floor) is stored in fp16 before the scaling by
            # sqrt(D) * gamma: where eps dominates it can be subnormal.
            if any(st[2] / max(st[1], floor) < F16_MIN_NORMAL
                   for st in nonzero):
                return False, 0.0
            # The scaled form (argument gamma) stores max(rms, sqrt(eps)):
            # subnormal when x and eps are both below fp16's normal range.
            if kind in ("rms_norm", "rms_chain") and any(
                    max(st[1], floor) / math.sqrt(d) < F16_MIN_NORMAL
                    for st in nonzero):
                return False, 0.0
        # A sum of squares stored in fp16 (the reduce-sum lowering, and the
        # RMS chain itself): below 65504, and squares that do not underflow.
        if (lowered and strategy == "reduce-sum") or kind == "rms_chain":
            if any(st[0] * d >= F16_MAX * 0.99 for st in stats):
                return False, 0.0
            if any(v * v >= F16_MAX for v in x):
                return False, 0.0
            if any(st[0] < F16_MIN_NORMAL for st in nonzero):
                return False, 0.0
    tol = TOL[numerics]
    if case["dtype"] == "f16" and numerics == "f32":
        tol = F16_GRAPH_F32_TOL
    return True, tol + eps_deviation(case, pipeline, strategy, lowered,
                                     numerics, nonzero)


def eps_deviation(case, pipeline, strategy, lowered, numerics, nonzero):
    """The largest per-row relative difference the docs allow between the
    original and the rewrite because of how each treats eps: the l2 floor
    max(rms, sqrt(eps)) for sqrt(mean + eps), and eps rounded to fp16 (an
    op's epsilon under ane-fp16, a constant in an f16 graph) on one side and
    not the other. Exact per row, not linearized."""
    kind, eps = case["kind"], case["eps"]
    f16 = numerics == "ane-fp16"

    def r16(v):
        return round_to([v], "f16")[0]

    def run_attr(v):  # ane-run rounds an op's epsilon to fp16 under ane-fp16
        return r16(v) if f16 else v

    elem_eps = r16(eps) if case["dtype"] == "f16" else eps  # eps as a constant
    run_const = r16(elem_eps) if f16 else elem_eps
    if kind == "l2_norm":
        # The floor sqrt(eps) as the rewrite stores it (maybe subnormal).
        floor = math.sqrt(eps)
        if case["dtype"] == "f16" or f16:
            floor = r16(floor)
        ref, low = run_attr(eps), floor * floor
        # rewrite / original = max(n, sqrt(ref)) / max(n, sqrt(low)).
        return max([abs(max(st[1], math.sqrt(ref)) / max(st[1], math.sqrt(low))
                        - 1.0) for st in nonzero] or [0.0])
    if kind == "l2_chain":
        return 0.0
    ref = run_attr(eps) if kind == "rms_norm" else run_const
    fused = kind == "rms_chain"
    if lowered and strategy == "l2":
        # The floor sqrt(D * eps) as the rewrite stores it.
        d = case["d"]
        floor = math.sqrt(d * (elem_eps if fused else eps))
        if case["dtype"] == "f16" or f16:
            floor = r16(floor)
        low, floor_form = floor * floor / d, True
    elif lowered and strategy == "reduce-sum":
        low, floor_form = run_const, False
    elif fused:
        low, floor_form = run_attr(elem_eps), False
    else:  # layer-norm passes the attribute through
        low, floor_form = run_attr(eps), False
    devs = []
    for m, _, _ in nonzero:
        den = max(math.sqrt(m), math.sqrt(low)) if floor_form \
            else math.sqrt(m + low)
        if den > 0.0:
            devs.append(abs(math.sqrt(m + ref) / den - 1.0))
    return max(devs or [0.0])


# ---------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------

class Runner:
    def __init__(self, build, work):
        self.opt = os.path.join(build, "bin", "ane-opt")
        self.run_ = os.path.join(build, "bin", "ane-run")
        self.work = work

    def opt_file(self, src, flags, dst):
        cmd = [self.opt, src] + flags + ["-o", dst]
        p = subprocess.run(cmd, capture_output=True, text=True)
        return p.returncode, p.stderr, cmd

    def run(self, mlir, numerics, inputs, prefix):
        cmd = [self.run_, mlir, "--numerics=" + numerics,
               "--output-npy=" + prefix] + inputs
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            return None, p.stderr, cmd
        return read_npy(prefix + "0.npy"), "", cmd


def compare(ref, got, tol, zero_rows_mask, quantum):
    """A finding as a string, or None."""
    if len(ref) != len(got):
        return "output sizes differ"
    finite = [math.isfinite(v) for v in ref]
    for i, (a, b) in enumerate(zip(ref, got)):
        if finite[i] and not math.isfinite(b):
            return "element %d: %r where the original is %r" % (i, b, a)
    for i in zero_rows_mask:
        if got[i] != 0.0 and ref[i] == 0.0:
            return "element %d of a zero row: %r, not 0" % (i, got[i])
    scale = max([abs(v) for v, f in zip(ref, finite) if f] or [0.0])
    err = max([abs(a - b) for a, b, f in zip(ref, got, finite) if f] or [0.0])
    rel = err / (scale + 1e-6)
    # Outputs stored in fp16 are no finer than a few subnormal steps.
    if rel > tol + quantum / (scale + 1e-6):
        return "max relative error %.3e > %.1e" % (rel, tol)
    return None


def plant_error(text):
    """The original with its result scaled by 1.01 (for --self-test)."""
    head, ret = text.rsplit("  return %y : ", 1)
    ty = ret.split("\n", 1)[0]
    one = ty[:ty.index("<") + 1] + "1x" + ty.split("x")[-1]
    return (head + "  %%c = arith.constant dense<1.01> : %s\n" % one
            + '  %%z = "ane.mul"(%%y, %%c) : (%s, %s) -> %s\n' % (ty, one, ty)
            + "  return %%z : %s\n}\n" % ty)


def run_case(runner, case, index, rng, self_test):
    """Returns (findings, checked, skipped) for one case."""
    d = os.path.join(runner.work, "case%d" % index)
    os.makedirs(d, exist_ok=True)
    text, _ = build_module(case)
    orig = os.path.join(d, "orig.mlir")
    with open(orig, "w") as f:
        f.write(text)
    x, g = make_inputs(case, rng)
    write_npy(os.path.join(d, "x.npy"), case["shape"], x)
    inputs = ["--input=0:npy=" + os.path.join(d, "x.npy")]
    if case["gamma"] == "arg" and case["kind"] in ("rms_norm", "rms_chain"):
        write_npy(os.path.join(d, "g.npy"), [case["d"]], g)
        inputs.append("--input=1:npy=" + os.path.join(d, "g.npy"))
    xs = round_to(x, case["dtype"])
    zero_mask = [i for i, v in enumerate(xs) if v == 0.0] \
        if case["kind"] != "l2_norm" else []
    # Only whole zero rows (of the last axis) must stay exactly 0.
    if case["kind"] != "l2_norm":
        dd = case["d"]
        zero_mask = [i for i in zero_mask
                     if all(v == 0.0 for v in xs[(i // dd) * dd:(i // dd + 1) * dd])]
    stats = row_stats(case, xs)
    findings, checked, skipped = [], 0, 0
    refs = {}
    for numerics in ("f32", "ane-fp16"):
        ref, err, cmd = runner.run(orig, numerics, inputs,
                                   os.path.join(d, "orig-%s-" % numerics))
        if ref is None:
            findings.append("original failed to run: %s\n  %s"
                            % (err.strip(), " ".join(cmd)))
            return findings, checked, skipped
        refs[numerics] = ref
    variants = []
    if self_test:
        planted = os.path.join(d, "planted.mlir")
        with open(planted, "w") as f:
            f.write(plant_error(text))
        variants.append((["(planted 1% error)"], planted))
    else:
        for k, pipe in enumerate(pipelines(case)):
            out = os.path.join(d, "rewrite%d.mlir" % k)
            rc, err, cmd = runner.opt_file(orig, pipe, out)
            if rc != 0:
                findings.append("ane-opt failed: %s\n  %s"
                                % (err.strip(), " ".join(cmd)))
                continue
            variants.append((pipe, out))
    for pipe, path in variants:
        for numerics in ("f32", "ane-fp16"):
            inside, tol = in_domain(case, pipe, numerics, xs, stats)
            if self_test:
                # Every case is checked, except those whose output is all 0
                # or non-finite, where scaling by 1.01 changes nothing.
                inside = any(v != 0.0 and math.isfinite(v)
                             for v in refs[numerics])
                tol = TOL[numerics] / 4
            if not inside:
                skipped += 1
                continue
            got, err, cmd = runner.run(path, numerics, inputs,
                                       path + "-%s-" % numerics)
            if got is None:
                findings.append("rewrite failed to run: %s\n  %s"
                                % (err.strip(), " ".join(cmd)))
                continue
            checked += 1
            quantum = 4 * 2.0 ** -24 \
                if case["dtype"] == "f16" or numerics == "ane-fp16" else 0.0
            what = compare(refs[numerics], got, tol, zero_mask, quantum)
            if what and not self_test:
                findings.append(
                    "%s under %s: %s\n  case: %r\n  reproduce:\n"
                    "    ane-opt %s %s -o %s\n"
                    "    ane-run %s --numerics=%s %s --compare=%s "
                    "--compare-numerics=%s"
                    % (" ".join(pipe), numerics, what, case, orig,
                       " ".join(pipe), path, path, numerics,
                       " ".join(inputs), orig, numerics))
            if self_test and not what:
                findings.append("self-test: the planted error was not "
                                "caught under %s (case %r)" % (numerics, case))
    return findings, checked, skipped


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", required=True, help="the build folder")
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--cases", type=int, default=0,
                    help="stop after this many cases (0: only the time)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--skip", type=int, default=0,
                    help="draw this many cases without running them (to "
                    "replay case N of a seed: --skip N --cases 1)")
    ap.add_argument("--keep", help="keep every case's files in this folder")
    ap.add_argument("--self-test", action="store_true")
    a = ap.parse_args(argv)
    for tool in ("ane-opt", "ane-run"):
        if not os.access(os.path.join(a.build, "bin", tool), os.X_OK):
            sys.stderr.write("numerics_fuzz: %s/bin/%s not found\n"
                             % (a.build, tool))
            return 2
    work = a.keep or tempfile.mkdtemp(prefix="ane-numfuzz-")
    os.makedirs(work, exist_ok=True)
    rng = random.Random(a.seed)
    runner = Runner(a.build, work)
    start = time.monotonic()
    cases = checked = skipped = 0
    findings = []
    for _ in range(a.skip):
        skipped_case = draw_case(rng)
        make_inputs(skipped_case, rng)
    while time.monotonic() - start < a.seconds:
        if a.cases and cases >= a.cases:
            break
        case = draw_case(rng)
        f, c, s = run_case(runner, case, a.skip + cases, rng, a.self_test)
        findings += f
        checked += c
        skipped += s
        cases += 1
        if f:
            for line in f:
                print("FINDING: " + line)
            print("  replay: numerics_fuzz.py --build %s --seed %d --skip %d "
                  "--cases 1" % (a.build, a.seed, a.skip + cases - 1))
            sys.stdout.flush()
    if not a.keep and not findings:
        shutil.rmtree(work, ignore_errors=True)
    elif findings:
        print("case files kept in %s" % work)
    if a.self_test:
        print("numerics fuzz self-test: %d planted errors caught, %d missed "
              "(%d cases, seed %d, %.0f s)"
              % (checked - len(findings), len(findings), cases, a.seed,
                 time.monotonic() - start))
    else:
        print("numerics fuzz: %d cases, %d comparisons checked, %d outside "
              "the documented domain, %d findings (seed %d, %.0f s)"
              % (cases, checked, skipped, len(findings), a.seed,
                 time.monotonic() - start))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
