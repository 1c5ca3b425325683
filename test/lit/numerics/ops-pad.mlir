// Hand-computed values for ane.pad in its three modes, numpy's
// np.pad(x, ((0, 0), (2, 1)), mode) of x = [[1, 2, 3], [4, 5, 6]]: constant
// (value 9), reflect (no repeated edge) and replicate (numpy's "edge").
// RUN: ane-run %s --func=constant --print-values=100 | FileCheck %s --check-prefix=CONST
// RUN: ane-run %s --func=reflect --print-values=100 | FileCheck %s --check-prefix=REFLECT
// RUN: ane-run %s --func=replicate --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=REPL

// CONST: #0 tensor<2x6xf32>: min 1 max 9 mean 6.25 values [9, 9, 1, 2, 3, 9, 9, 9, 4, 5, 6, 9]
func.func @constant() -> tensor<2x6xf32> {
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %0 = "ane.pad"(%x) {constant_val = 9.0 : f32, mode = "constant", pad = array<i64: 0, 0, 2, 1>} : (tensor<2x3xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// REFLECT: #0 tensor<2x6xf32>: min 1 max 6 mean 3.66667 values [3, 2, 1, 2, 3, 2, 6, 5, 4, 5, 6, 5]
func.func @reflect() -> tensor<2x6xf32> {
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %0 = "ane.pad"(%x) {constant_val = 0.0 : f32, mode = "reflect", pad = array<i64: 0, 0, 2, 1>} : (tensor<2x3xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// REPL: #0 tensor<2x6xf16>: min 1 max 6 mean 3.33333 values [1, 1, 1, 2, 3, 3, 4, 4, 4, 5, 6, 6]
func.func @replicate() -> tensor<2x6xf16> {
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf16>
  %0 = "ane.pad"(%x) {constant_val = 0.0 : f32, mode = "replicate", pad = array<i64: 0, 0, 2, 1>} : (tensor<2x3xf16>) -> tensor<2x6xf16>
  return %0 : tensor<2x6xf16>
}
