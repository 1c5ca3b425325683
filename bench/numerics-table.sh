#!/bin/sh
# Prints the error table of docs/numerics.md: each --lower-norms strategy,
# lowered and run as the ANE computes (ane-fp16), against an fp32 RMSNorm
# reference (the unlowered op under f32), on x ~ N(0,1), gamma = 1 and gamma
# random (|N(0,1)| + 0.5). Usage: bench/numerics-table.sh [build dir]
set -eu
build=${1:-build}
src=test/lit/numerics/lowering-equivalence.mlir
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "| strategy | shape | gamma | max abs error | max rel error | cosine |"
echo "|---|---|---|---|---|---|"
for strategy in l2 reduce-sum layer-norm; do
  "$build/bin/ane-opt" "$src" --lower-norms=strategy=$strategy -o "$tmp/lowered.mlir"
  for shape in 1x8 4x64 32x256 256x512 1024x1024 2048x1024; do
    for gamma in one arg; do
      fn=gamma_${gamma}_$shape
      # Only the gamma_arg functions have a gamma argument (#1).
      gammaInput=
      [ $gamma = arg ] && gammaInput=--input=1:normal,abs,mean=0.5
      "$build/bin/ane-run" "$tmp/lowered.mlir" --func=$fn \
        $gammaInput --numerics=ane-fp16 \
        --compare="$src" --compare-func=$fn --compare-numerics=f32 |
        awk -v s=$strategy -v sh=$shape -v g=$gamma \
          '/max_abs_err/ { printf "| %s | %s | %s | %s | %s | %s |\n", s, sh, g == "one" ? "1" : "random", $3, $5, $7 }'
    done
  done
done
