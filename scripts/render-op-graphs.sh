#!/bin/sh
# Renders the op graphs in docs/: examples/llama_block.mlir before and after
# `--lower-norms`, through `ane-opt --view-op-graph` (Graphviz DOT) and
# Graphviz's `dot` (scripts/deps.sh installs it).
#
#   sh scripts/render-op-graphs.sh [BUILD_DIR [OUT_DIR]]
#
# BUILD_DIR defaults to build, OUT_DIR to docs/images; writes
# llama_block-before.svg and llama_block-after.svg there.
# test/lit/docs/op-graphs.test runs it and checks docs/images is current.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
out=${2:-$src/docs/images}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Attributes off: the pictures show the dataflow, the IR shows the rest.
graph="--view-op-graph=print-attrs=false"
"$build/bin/ane-opt" "$src/examples/llama_block.mlir" "$graph" \
  -o /dev/null 2> "$tmp/before.dot"
"$build/bin/ane-opt" "$src/examples/llama_block.mlir" --lower-norms "$graph" \
  -o /dev/null 2> "$tmp/after.dot"
mkdir -p "$out"
dot -Tsvg "$tmp/before.dot" -o "$out/llama_block-before.svg"
dot -Tsvg "$tmp/after.dot" -o "$out/llama_block-after.svg"
