#!/usr/bin/env python3
"""ane-run beside numpy on the same OpenBLAS (issue 18, docs/performance.md).

Two workloads, each under both numerics, each side timed as a whole process,
alternating, `--reps` times, in one run:

  matmul  one ane.matmul of [M, K] @ [K, N] (default 256x4096 @ 4096x4096, a
          projection of a Llama-3-8B layer at seq 256), f16 arguments that
          ane-run draws itself; numpy draws normal inputs, rounds them to
          f16, multiplies in float64 (the f32 numerics is double arithmetic)
          or float32 (ane-fp16) and prints a summary
  layer   one Llama-3-8B-shaped decoder layer at seq 128 (bench/llama_layer.py:
          RMSNorm, GQA attention with rotary embeddings, SwiGLU; 218 M random
          weights), and the same layer written in numpy

and prints one markdown table: median wall time, GFLOP/s of the whole
process, peak RSS (wait4), for the layer the live set (the most tensor bytes
alive at once when each value is freed after its last use, 8 bytes per
element as ane-run holds them), and the ratio ane-run / numpy. numpy runs
under --python (default /usr/bin/python3: Debian's python3-numpy, on the
same OpenBLAS through libblas.so.3) with the OpenBLAS kernels ane-run uses
(`ane-run --version` names them); --coretype sets OPENBLAS_CORETYPE for both.
"""

import argparse
import ctypes
import ctypes.util
import os
import statistics
import subprocess
import sys
import tempfile
import time

import llama_layer

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

MATMUL_NUMPY = """
import numpy as np
m, k, n, acc = {m}, {k}, {n}, np.{acc}
rng = np.random.default_rng(0)
x = rng.standard_normal((m, k)).astype(np.float16).astype(acc)
y = rng.standard_normal((k, n)).astype(np.float16).astype(acc)
r = x @ y
print(r.shape, r.ravel()[:6], float(np.abs(r).max()))
"""


def matmul_module(m, k, n):
    return (
        f"func.func @mm(%x: tensor<{m}x{k}xf16>, %y: tensor<{k}x{n}xf16>)"
        f" -> tensor<{m}x{n}xf16> {{\n"
        f'  %0 = "ane.matmul"(%x, %y) {{transpose_x = false, transpose_y = false}}'
        f" : (tensor<{m}x{k}xf16>, tensor<{k}x{n}xf16>) -> tensor<{m}x{n}xf16>\n"
        f"  return %0 : tensor<{m}x{n}xf16>\n}}\n"
    )


def run(cmd):
    """Wall seconds and peak RSS (MiB) of one whole process."""
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            log.seek(0)
            sys.exit(f"error: {' '.join(cmd)} failed ({proc.returncode}):\n"
                     f"{log.read().decode()}")
    return wall, usage.ru_maxrss / 1024.0


def ane_run_blas(ane_run):
    """The OpenBLAS kernel set ane-run runs on (it chooses one itself where
    OpenBLAS falls back to generic kernels; `ane-run --version` says which)."""
    out = subprocess.run([ane_run, "--version"], capture_output=True,
                         text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("BLAS kernels: "):
            return line[len("BLAS kernels: "):].strip()
    sys.exit(f"error: {ane_run} --version does not name its BLAS kernels")


def time_pair(ours, theirs, reps):
    """Median wall seconds and peak RSS (MiB) of each, alternating."""
    times = {"ours": [], "numpy": []}
    rss = {"ours": [], "numpy": []}
    for _ in range(reps):
        for name, cmd in (("ours", ours), ("numpy", theirs)):
            wall, peak = run(cmd)
            times[name].append(wall)
            rss[name].append(peak)
    return (statistics.median(times["ours"]), statistics.median(rss["ours"]),
            statistics.median(times["numpy"]), statistics.median(rss["numpy"]))


def matmul_rows(a, ane_run, tmp):
    m, k, n = a.matmul
    mlir = os.path.join(tmp, "mm.mlir")
    with open(mlir, "w") as f:
        f.write(matmul_module(m, k, n))
    rows = []
    for numerics, acc in (("f32", "float64"), ("ane-fp16", "float32")):
        job = MATMUL_NUMPY.format(m=m, k=k, n=n, acc=acc)
        t, r, tn, rn = time_pair([ane_run, mlir, f"--numerics={numerics}"],
                                 [a.python, "-c", job], a.reps)
        rows.append((f"matmul {m}x{k} @ {k}x{n}", numerics, 2.0 * m * k * n,
                     t, r, tn, rn, acc, None))
    return rows


def layer_rows(a, ane_run, tmp):
    shape = llama_layer.Shape(*a.layer)
    mlir = os.path.join(tmp, "layer.mlir")
    with open(mlir, "w") as f:
        f.write(llama_layer.module(shape))
    live = llama_layer.peak_live_bytes(shape) / 2**20
    rows = []
    for numerics in ("f32", "ane-fp16"):
        acc = "float64" if numerics == "f32" else "float32"
        ours = [ane_run, mlir, f"--numerics={numerics}"]
        ours += llama_layer.input_flags(shape)
        t, r, tn, rn = time_pair(ours, [a.python, "-c",
                                        llama_layer.numpy_job(shape, numerics)],
                                 a.reps)
        rows.append((f"layer seq {shape.seq}, dim {shape.dim}, "
                     f"{shape.heads}/{shape.kv_heads} heads, ffn {shape.ffn}",
                     numerics, llama_layer.flops(shape), t, r, tn, rn, acc,
                     live))
    return rows


def ints(text):
    return tuple(int(v) for v in text.split(","))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", default=os.path.join(ROOT, "build"),
                   help="build directory holding bin/ane-run")
    p.add_argument("--python", default="/usr/bin/python3",
                   help="interpreter with numpy for the baseline")
    p.add_argument("--only", choices=("matmul", "layer"),
                   help="one workload (default: both)")
    p.add_argument("--matmul", type=ints, default=(256, 4096, 4096),
                   metavar="M,K,N", help="the matmul's shape")
    p.add_argument("--layer", type=ints, default=tuple(llama_layer.LLAMA3_8B),
                   metavar="SEQ,DIM,HEADS,KV_HEADS,FFN",
                   help="the layer's shape (default: Llama-3-8B at seq 128)")
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--coretype",
                   help="OPENBLAS_CORETYPE for both sides (default: the "
                        "kernels ane-run chooses, for numpy too)")
    a = p.parse_args()
    ane_run = os.path.join(a.build, "bin", "ane-run")
    if a.coretype:
        os.environ["OPENBLAS_CORETYPE"] = a.coretype
    # numpy runs on the kernels ane-run runs on: the ratio is our overhead.
    core = ane_run_blas(ane_run)
    os.environ["OPENBLAS_CORETYPE"] = core
    load = os.getloadavg()[0]
    print(f"ane-run beside numpy, whole processes, {a.reps} runs each, "
          f"alternating; {os.cpu_count()} CPUs, load average {load:.2f} "
          f"before the run; OpenBLAS kernels {core} on both sides")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        if a.only in (None, "matmul"):
            rows += matmul_rows(a, ane_run, tmp)
        if a.only in (None, "layer"):
            rows += layer_rows(a, ane_run, tmp)

    print()
    print("| workload | numerics | ane-run s | ane-run GFLOP/s | ane-run RSS MiB "
          "| live set MiB | numpy (dtype) s | numpy RSS MiB | ane-run / numpy |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, numerics, flops, t, r, tn, rn, acc, live in rows:
        live_text = f"{live:.0f} (RSS {r / live:.2f}x)" if live else "-"
        print(f"| {name} | {numerics} | {t:.2f} | {flops / t / 1e9:.1f} "
              f"| {r:.0f} | {live_text} | {tn:.2f} ({acc}) | {rn:.0f} "
              f"| {t / tn:.2f}x |")


if __name__ == "__main__":
    main()
