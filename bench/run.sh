#!/bin/sh
# The benchmark of docs/performance.md, in one run: ane-opt --lower-norms
# against the stock mlir-opt floor (parse + verify + print of the lowered IR)
# and our own no-op run, on the workloads of bench/gen.py (bench/harness.py);
# then ane-run beside numpy on a 256x4096 @ 4096x4096 matmul and a
# Llama-3-8B layer (bench/interp.py). Prints one markdown table for each.
#
#   bench/run.sh [--build DIR] [--reps N] [--full] [--only NAME]
#                [--modes threaded,serial] [--work DIR] [--mlir-opt PATH]
#                [--no-interp]
#
#   --build DIR   the build to measure (default: build)
#   --reps N      alternating repetitions per command (default 5)
#   --full        add the 10^6-norm stress workload (several minutes more,
#                 ~4 GB of memory)
#   --only NAME   only the workloads whose name contains NAME, e.g. stress
#   --work DIR    keep generated inputs and outputs in DIR (reused next time)
#   --nice N      run the measured commands at nice N (e.g. -10 as root on a
#                 shared machine, so other load disturbs them less)
#   --no-interp   skip the interpreter table (about a minute and a half;
#                 needs python3-numpy and ~2 GB of memory)
#
# Needs python3 (workload generation and timing), mlir-opt 22, and a built
# ane-opt; /usr/bin/time (Debian package `time`) supplies peak RSS.
# The default run takes a few minutes on two cores. Run it on an idle
# machine: the table notes the load average when it starts.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
interp=yes build=build prev=
for arg do
  shift
  case $arg in
  --no-interp) interp=no; continue ;;
  --build=*) build=${arg#--build=} ;;
  esac
  [ "$prev" = --build ] && build=$arg
  prev=$arg
  set -- "$@" "$arg"
done
python3 "$here/harness.py" "$@"
[ $interp = no ] && exit 0
echo
exec python3 "$here/interp.py" --build "$build"
