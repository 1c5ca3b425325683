#!/usr/bin/env python3
"""ane-run's matmul beside numpy on the same OpenBLAS (issue 18, docs/performance.md).

One ane.matmul of [M, K] @ [K, N] (default 256x4096 @ 4096x4096, the
projection of a Llama-3-8B layer at seq 256), f16 arguments, so ane-run draws
random N(0,1) inputs itself. Each side is timed as a whole process,
alternating, `--reps` times, in one run:

  ane-run  ane-run mm.mlir --numerics=f32|ane-fp16   (inputs, matmul, summary)
  numpy    python3 -c <the same job>: random normal inputs rounded to f16,
           then a float64 matmul (the f32 numerics is double arithmetic) or a
           float32 one (ane-fp16: fp16 inputs, fp32 accumulation), and a
           summary of the result

and prints one markdown table: median wall time, peak RSS (wait4), GFLOP/s
of the whole process and the ratio ane-run / numpy. numpy runs under
--python (default /usr/bin/python3: Debian's python3-numpy, which uses the
same OpenBLAS as ane-run through libblas.so.3). The header names the
OpenBLAS core (kernel set) both use; --coretype sets OPENBLAS_CORETYPE for
both (OpenBLAS 0.3.21 falls back to Prescott, SSE3, on CPUs it does not
know).
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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NUMPY_JOB = """
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


def openblas_core():
    """The kernel set OpenBLAS picks in this environment (as the children will)."""
    name = ctypes.util.find_library("openblas")
    if not name:
        return "unknown (no libopenblas)"
    lib = ctypes.CDLL(name)
    lib.openblas_get_corename.restype = ctypes.c_char_p
    return lib.openblas_get_corename().decode()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", default=os.path.join(ROOT, "build"),
                   help="build directory holding bin/ane-run")
    p.add_argument("--python", default="/usr/bin/python3",
                   help="interpreter with numpy for the baseline")
    p.add_argument("--m", type=int, default=256)
    p.add_argument("--k", type=int, default=4096)
    p.add_argument("--n", type=int, default=4096)
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--coretype", help="OPENBLAS_CORETYPE for both sides")
    a = p.parse_args()
    if a.coretype:
        os.environ["OPENBLAS_CORETYPE"] = a.coretype

    ane_run = os.path.join(a.build, "bin", "ane-run")
    flops = 2.0 * a.m * a.k * a.n
    load = os.getloadavg()[0]
    print(f"matmul {a.m}x{a.k} @ {a.k}x{a.n} ({flops / 1e9:.1f} GFLOP), "
          f"{a.reps} runs each, alternating; {os.cpu_count()} CPUs, "
          f"load average {load:.2f} before the run; OpenBLAS core "
          f"{openblas_core()}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        mlir = os.path.join(tmp, "mm.mlir")
        with open(mlir, "w") as f:
            f.write(matmul_module(a.m, a.k, a.n))
        for numerics, acc in (("f32", "float64"), ("ane-fp16", "float32")):
            ours = [ane_run, mlir, f"--numerics={numerics}"]
            job = NUMPY_JOB.format(m=a.m, k=a.k, n=a.n, acc=acc)
            theirs = [a.python, "-c", job]
            times = {"ours": [], "numpy": []}
            rss = {"ours": [], "numpy": []}
            for _ in range(a.reps):
                for name, cmd in (("ours", ours), ("numpy", theirs)):
                    wall, peak = run(cmd)
                    times[name].append(wall)
                    rss[name].append(peak)
            t_ours = statistics.median(times["ours"])
            t_np = statistics.median(times["numpy"])
            rows.append((numerics, acc, t_ours, statistics.median(rss["ours"]),
                         t_np, statistics.median(rss["numpy"])))

    print()
    print("| numerics | ane-run s | ane-run GFLOP/s | ane-run RSS MiB "
          "| numpy (matmul dtype) s | numpy RSS MiB | ane-run / numpy |")
    print("|---|---|---|---|---|---|---|")
    for numerics, acc, t_ours, r_ours, t_np, r_np in rows:
        print(f"| {numerics} | {t_ours:.2f} | {flops / t_ours / 1e9:.1f} "
              f"| {r_ours:.0f} | {t_np:.2f} ({acc}) | {r_np:.0f} "
              f"| {t_ours / t_np:.2f}x |")


if __name__ == "__main__":
    main()
