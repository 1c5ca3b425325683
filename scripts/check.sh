#!/bin/sh
# The README's test command: set up, build, run every test with ctest.
#
# Two builds: `build` (the default compiler, Release) and `build-asan`
# (clang, AddressSanitizer + UndefinedBehaviorSanitizer, halt on the first
# error, and the libFuzzer harness; docs/robustness.md). The sanitizer
# build's ctest runs the whole lit suite against its tools plus a bounded
# fuzz run (fuzz-smoke); then the main build's ctest runs the suite again,
# with the error corpus under valgrind. The main ctest comes last so that
# its summary closes the output.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
cmake -S . -B build -G Ninja
cmake --build build
CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja \
  -DANE_SANITIZE=address,undefined -DANE_BUILD_FUZZER=ON
cmake --build build-asan
ctest --test-dir build-asan --output-on-failure
ctest --test-dir build --output-on-failure
