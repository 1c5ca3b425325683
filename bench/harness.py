#!/usr/bin/env python3
"""The benchmark protocol of docs/performance.md (driven by bench/run.sh).

For each workload it times, alternating, `reps` times each:
  lower  ane-opt --lower-norms in.mlir -o out.mlir
  floor  mlir-opt --irdl-file=build/share/ane-mlir/ane.irdl.mlir out.mlir -o /dev/null
         (stock MLIR parsing, verifying and printing the larger lowered IR:
         the least any tool that reads and writes it can cost)
  noop   ane-opt in.mlir -o /dev/null (our parse + verify + print, no pass)
threaded and with --mlir-disable-threading, and prints one markdown table of
median wall times, the ratios to the floor, and median peak RSS (the
"Maximum resident set size" of /usr/bin/time -v, or the same number from
wait4() when /usr/bin/time is missing). It also counts what the lowering
produced: ANE ops per lowered rms_norm and constants per function.
"""

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# name, generator arguments, most repetitions (the big ones are capped so the
# default set runs in a few minutes on two cores). --full adds the 10^6-norm
# stress module.
SCALE_LAYOUT = ["--blocks", "100", "--blocks-per-function", "10"]
DEFAULT_WORKLOADS = [
    ("llama seq=1", ["llama", "--seq", "1"], None),
    ("llama seq=128", ["llama", "--seq", "128"], None),
    ("llama seq=2048", ["llama", "--seq", "2048"], None),
    ("stress 1e5", ["stress", "--norms", "100000"], None),
    ("scale 1x", ["scale", "--factor", "1"] + SCALE_LAYOUT, None),
    ("scale 10x", ["scale", "--factor", "10"] + SCALE_LAYOUT, None),
    ("scale 100x", ["scale", "--factor", "100"] + SCALE_LAYOUT, 3),
    ("scale 100x, 1 function", ["scale", "--factor", "100", "--blocks", "100"],
     3),
]
FULL_WORKLOADS = [("stress 1e6", ["stress", "--norms", "1000000"], 3)]


NICE = 0  # --nice: scheduling priority of the measured commands


def renice():
    if NICE:
        os.nice(NICE)


def run_timed(cmd, time_bin):
    """Runs `cmd`; returns (wall seconds, CPU seconds, peak RSS in KiB)."""
    cmd = [time_bin, "-v"] + cmd
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         preexec_fn=renice)
    _, err = p.communicate()
    wall = time.perf_counter() - start
    if p.returncode != 0:
        sys.stderr.write(err.decode(errors="replace"))
        raise SystemExit("bench: command failed (%d): %s"
                         % (p.returncode, " ".join(cmd)))
    def field(name):
        m = re.search(name.encode() + rb": ([0-9.]+)", err)
        return float(m.group(1)) if m else float("nan")
    cpu = field(r"User time \(seconds\)") + field(r"System time \(seconds\)")
    return wall, cpu, field(r"Maximum resident set size \(kbytes\)")


def run_timed_wait4(cmd):
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            renice()
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit("bench: command failed: %s" % " ".join(cmd))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def count(path):
    """ANE ops, rms_norms, constants and functions in an IR file."""
    ane = norms = consts = funcs = 0
    with open(path, "rb") as f:
        for line in f:
            if b'"ane.' in line:
                ane += 1
                if b'"ane.rms_norm"' in line:
                    norms += 1
            elif b"arith.constant" in line:
                consts += 1
            elif b"func.func" in line:
                funcs += 1
    return ane, norms, consts, funcs


def cpu_busy(seconds=1.0):
    """Fraction of CPU time spent busy machine-wide over `seconds`."""
    def sample():
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        idle = v[3] + (v[4] if len(v) > 4 else 0)
        return sum(v), idle
    try:
        t0, i0 = sample()
        time.sleep(seconds)
        t1, i1 = sample()
        return 1.0 - (i1 - i0) / max(t1 - t0, 1)
    except (OSError, ValueError):
        return float("nan")


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return model, os.cpu_count(), load


def fmt_ops(n):
    if n >= 1000000:
        return "%.3gM" % (n / 1e6)
    return "%.3gk" % (n / 1e3) if n >= 1000 else str(n)


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--mlir-opt", default=None)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--full", action="store_true",
                    help="add the 10^6-norm stress workload")
    ap.add_argument("--only", default=None,
                    help="run only workloads whose name contains this")
    ap.add_argument("--modes", default="threaded,serial")
    ap.add_argument("--work", default=None,
                    help="where inputs/outputs go (default: a temp dir)")
    ap.add_argument("--nice", type=int, default=0,
                    help="run the measured commands at this nice level "
                         "(negative, as root, to stand out from other load)")
    a = ap.parse_args(argv)
    global NICE
    NICE = a.nice

    # The floor and the no-op runs write to /dev/null: it must be the device
    # (a regular file there, left by a tool that renamed over it, would make
    # them write hundreds of MB to disk).
    import stat
    if not stat.S_ISCHR(os.stat("/dev/null").st_mode):
        raise SystemExit("bench: /dev/null is not a character device; "
                         "restore it (as root: rm /dev/null && "
                         "mknod -m 666 /dev/null c 1 3)")
    ane_opt = os.path.join(a.build, "bin", "ane-opt")
    if not os.access(ane_opt, os.X_OK):
        raise SystemExit("bench: %s not found; build first "
                         "(cmake -S . -B build -G Ninja && cmake --build build)"
                         % ane_opt)
    mlir_opt = a.mlir_opt or shutil.which("mlir-opt") or "/usr/lib/llvm-22/bin/mlir-opt"
    irdl = os.path.join(a.build, "share", "ane-mlir", "ane.irdl.mlir")
    time_bin = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
    work = a.work
    cleanup = not work
    if not work:
        import tempfile
        work = tempfile.mkdtemp(prefix="ane-bench-")
    os.makedirs(work, exist_ok=True)

    workloads = DEFAULT_WORKLOADS + (FULL_WORKLOADS if a.full else [])
    if a.only:
        workloads = [w for w in workloads if a.only in w[0]]
    modes = [m for m in a.modes.split(",") if m]

    model, ncpu, load = machine()
    print("# ane-opt --lower-norms vs the stock mlir-opt floor")
    print()
    busy = cpu_busy()
    print("machine: %s, %s cores (nproc), %s" % (model, ncpu,
                                                platform.platform()))
    print("before start: CPUs %.0f%% busy, load average %.2f"
          % (100 * busy, load))
    if busy > 0.2:
        print("WARNING: other processes are using the CPUs: numbers will be "
              "noisy")
    print("tools: %s, %s; %d alternating repetitions (3 for the largest), "
          "medians%s" % (ane_opt, mlir_opt, a.reps,
                         "; measured commands at nice %d" % a.nice
                         if a.nice else ""))
    print()
    header = ("| workload | ane ops in -> out | ane ops per norm | consts/func "
              "| threads | lower (s) | floor (s) | noop (s) | lower us/op | lower/floor "
              "| noop/floor | lower/floor CPU | RSS lower (MB) | RSS floor (MB) "
              "| RSS lower/floor |")
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    sys.stdout.flush()

    runner = (lambda c: run_timed(c, time_bin)) if time_bin else run_timed_wait4
    for name, gen_args, max_reps in workloads:
        reps = min(a.reps, max_reps) if max_reps else a.reps
        slug = re.sub(r"[^A-Za-z0-9]+", "_", name)
        src = os.path.join(work, slug + ".mlir")
        out = os.path.join(work, slug + ".lowered.mlir")
        if not os.path.exists(src):
            subprocess.check_call([sys.executable, os.path.join(HERE, "gen.py")]
                                  + gen_args + ["-o", src])
        # One untimed run: produces out.mlir for the floor and warms caches.
        subprocess.check_call([ane_opt, "--lower-norms", src, "-o", out])
        ane_in, norms, _, funcs = count(src)
        ane_out, norms_left, consts_out, _ = count(out)
        per_norm = ((ane_out - (ane_in - norms)) / norms) if norms else 0.0
        for mode in modes:
            extra = ["--mlir-disable-threading"] if mode == "serial" else []
            cmds = {
                "lower": [ane_opt, "--lower-norms", src, "-o", out] + extra,
                "floor": [mlir_opt, "--irdl-file=" + irdl, out, "-o",
                          "/dev/null"] + extra,
                "noop": [ane_opt, src, "-o", "/dev/null"] + extra,
            }
            walls = {k: [] for k in cmds}
            cpus = {k: [] for k in cmds}
            rsss = {k: [] for k in cmds}
            for _ in range(reps):
                for k in ("lower", "floor", "noop"):
                    w, c, r = runner(cmds[k])
                    walls[k].append(w)
                    cpus[k].append(c)
                    rsss[k].append(r)
            med = {k: statistics.median(v) for k, v in walls.items()}
            cpu = {k: statistics.median(v) for k, v in cpus.items()}
            rss = {k: statistics.median(v) / 1024.0 for k, v in rsss.items()}
            print("| %s | %s -> %s | %.2f | %.1f | %s | %.3f | %.3f | %.3f "
                  "| %.1f | %.2f | %.2f | %.2f | %.0f | %.0f | %.2f |"
                  % (name, fmt_ops(ane_in), fmt_ops(ane_out), per_norm,
                     consts_out / max(funcs, 1),
                     "on" if mode == "threaded" else "off",
                     med["lower"], med["floor"], med["noop"],
                     1e6 * med["lower"] / max(ane_in, 1),
                     med["lower"] / med["floor"], med["noop"] / med["floor"],
                     cpu["lower"] / cpu["floor"],
                     rss["lower"], rss["floor"], rss["lower"] / rss["floor"]))
            sys.stdout.flush()
        if norms_left:
            print("WARNING: %d ane.rms_norm left in %s" % (norms_left, out))
    print()
    print("lower = ane-opt --lower-norms in -o out; floor = mlir-opt "
          "--irdl-file=build/share/ane-mlir/ane.irdl.mlir out -o /dev/null; noop = ane-opt "
          "in -o /dev/null. Times are wall-clock medians; lower/floor CPU "
          "is the ratio of user+system times (less sensitive to other load). "
          "lower us/op: lower wall time per ANE op of "
          "the input. ane ops per norm: ANE ops that replace each "
          "ane.rms_norm (4, plus the ane.mul scaling an argument gamma); "
          "consts/func: arith.constant per function after lowering.")
    if cleanup:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print("Inputs and outputs are in %s." % work)


if __name__ == "__main__":
    main(sys.argv[1:])
