// ane-run --dist picks the distribution of arguments without --input:
// uniform in [-1, 1) (relu keeps [0, 1)), or standard normal (1000 draws
// reach past 1). Same --seed, same values; a bad value is bad usage (exit 2).
// RUN: ane-run %s --dist=uniform --seed=3 | FileCheck %s --check-prefix=UNIFORM
// RUN: ane-run %s --seed=3 | FileCheck %s --check-prefix=NORMAL
// RUN: ane-run %s --dist=normal --seed=3 | FileCheck %s --check-prefix=NORMAL
// RUN: ane-run %s --dist=uniform --seed=3 > %t.a && ane-run %s --dist=uniform --seed=3 > %t.b && cmp %t.a %t.b
// RUN: sh -c 'ane-run %s --dist=cauchy; echo "exit=$?"' 2>&1 | FileCheck %s --check-prefix=BAD

// UNIFORM: #0 tensor<1000xf32>: min 0 max 0.{{[0-9]+}} mean 0.2
// NORMAL: #0 tensor<1000xf32>: min 0 max {{[1-9]}}.{{[0-9]+}} mean 0.3
// BAD: ane-run: invalid --dist 'cauchy' (expected normal or uniform)
// BAD: exit=2

func.func @f(%x: tensor<1000xf32>) -> tensor<1000xf32> {
  %0 = "ane.relu"(%x) : (tensor<1000xf32>) -> tensor<1000xf32>
  return %0 : tensor<1000xf32>
}
