#!/bin/sh
# Installs what ane-mlir needs on Debian 12 (as root), only if it is missing:
# the MLIR 22 C API and tools from Debian's llvm-22 packages, CMake, Ninja,
# a C/C++ toolchain (MLIR's static libraries link with the C++ runtime),
# Python 3 for lit, and for the robustness checks (docs/robustness.md):
# clang with its sanitizer and libFuzzer runtimes, and valgrind;
# Graphviz, which renders the op graphs in docs/ (scripts/render-op-graphs.sh);
# OpenBLAS, the GEMM under ane-run's matmul, linear and conv, and numpy on
# the same OpenBLAS, the baseline of bench/interp.py
# (docs/performance.md).
set -eu
packages="libmlir-22-dev llvm-22-dev llvm-22-tools mlir-22-tools cmake ninja-build build-essential python3 clang libclang-rt-14-dev valgrind graphviz libopenblas-dev python3-numpy"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing:$missing"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y $missing
fi
