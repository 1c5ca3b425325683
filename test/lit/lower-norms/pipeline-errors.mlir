// Errors in pass options and pipelines name the column and exit 1.
// RUN: not ane-opt %s --lower-norms=strategy=fast 2>&1 | FileCheck %s --check-prefix=VALUE
// RUN: not ane-opt %s --lower-norms=mode=l2 2>&1 | FileCheck %s --check-prefix=OPTION
// RUN: not ane-opt %s --pass-pipeline='builtin.module(func.func(lower-norms{strategy=x}))' 2>&1 | FileCheck %s --check-prefix=PIPE
// RUN: not ane-opt %s --pass-pipeline='builtin.module(func.func(lower-norms)' 2>&1 | FileCheck %s --check-prefix=PAREN

// VALUE: ane-opt: error: invalid pass flag at column 1: invalid value 'fast' for option 'strategy' of pass 'lower-norms' (expected l2, reduce-sum or layer-norm)
// OPTION: ane-opt: error: invalid pass flag at column 1: unknown option 'mode=l2' for pass 'lower-norms' (expected strategy=l2|reduce-sum|layer-norm)
// PIPE: ane-opt: error: invalid --pass-pipeline at column 26: invalid value 'x' for option 'strategy'
// PIPE-NEXT: builtin.module(func.func(lower-norms{strategy=x}))
// PIPE-NEXT: {{^}}                           ^
// PAREN: ane-opt: error: invalid --pass-pipeline at column 38: expected ')'
func.func @f(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}
