#!/bin/sh
# The README's main command: set up, build, run ane-opt on the shipped
# Llama-style block.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
cmake -S . -B build -G Ninja
cmake --build build
build/bin/ane-opt --lower-norms examples/llama_block.mlir
