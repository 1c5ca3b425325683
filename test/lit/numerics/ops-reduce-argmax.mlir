// ane.reduce_argmax: hand-computed indices (ties take the first index, a
// NaN counts as the largest, as numpy's argmax), values that tie only once
// stored as fp16, and on random x: x gathered at the argmax is reduce_max
// of x, under both numerics.
// RUN: ane-run %s --func=rows --print-values=100 | FileCheck %s --check-prefix=ROWS
// RUN: ane-run %s --func=rows --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=ROWS
// RUN: ane-run %s --func=cols_i32 --print-values=100 | FileCheck %s --check-prefix=COLS
// RUN: ane-run %s --func=nan --print-values=100 | FileCheck %s --check-prefix=NAN
// RUN: ane-run %s --func=near_tie --print-values=100 | FileCheck %s --check-prefix=F32
// RUN: ane-run %s --func=near_tie --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=FP16
// RUN: ane-run %s --func=max_at_argmax --compare --compare-func=max --atol=0 --tol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=max_at_argmax --numerics=ane-fp16 --compare --compare-func=max --compare-numerics=ane-fp16 --atol=0 --tol=0 | FileCheck %s --check-prefix=SAME

// Along the last axis: [1, 5, 5, 2] -> 1 (the first 5), [-1, -3, -0.5, -2]
// -> 2.
// ROWS: #0 tensor<2xi32>: min 1 max 2 mean 1.5 values [1, 2]
func.func @rows() -> tensor<2xi32> {
  %x = arith.constant dense<[[1.0, 5.0, 5.0, 2.0], [-1.0, -3.0, -0.5, -2.0]]> : tensor<2x4xf16>
  %0 = "ane.reduce_argmax"(%x) {axis = -1 : i64, keep_dims = false} : (tensor<2x4xf16>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// Along axis 0 of i32 [[3, 7, 7], [9, 7, 2]], keeping the dim: [1, 0, 0].
// COLS: #0 tensor<1x3xi32>: min 0 max 1 mean 0.333333 values [1, 0, 0]
func.func @cols_i32() -> tensor<1x3xi32> {
  %x = arith.constant dense<[[3, 7, 7], [9, 7, 2]]> : tensor<2x3xi32>
  %0 = "ane.reduce_argmax"(%x) {axis = 0 : i64, keep_dims = true} : (tensor<2x3xi32>) -> tensor<1x3xi32>
  return %0 : tensor<1x3xi32>
}

// [1, NaN, 3, NaN] -> 1.
// NAN: #0 tensor<1xi32>: min 1 max 1 mean 1 values [1]
func.func @nan() -> tensor<1xi32> {
  %x = arith.constant dense<[[1.0, 0x7FC00000, 3.0, 0x7FC00000]]> : tensor<1x4xf32>
  %0 = "ane.reduce_argmax"(%x) {axis = 1 : i64, keep_dims = false} : (tensor<1x4xf32>) -> tensor<1xi32>
  return %0 : tensor<1xi32>
}

// 1.0001 is above 1 in f32 but rounds to 1 in fp16, a tie: index 0.
// F32: #0 tensor<1xi32>: min 1 max 1 mean 1 values [1]
// FP16: #0 tensor<1xi32>: min 0 max 0 mean 0 values [0]
func.func @near_tie() -> tensor<1xi32> {
  %x = arith.constant dense<[[1.0, 1.0001, 0.5]]> : tensor<1x3xf32>
  %0 = "ane.reduce_argmax"(%x) {axis = 1 : i64, keep_dims = false} : (tensor<1x3xf32>) -> tensor<1xi32>
  return %0 : tensor<1xi32>
}

// SAME: #0 max_abs_err 0.000e+00
func.func @max_at_argmax(%x: tensor<3x5x4xf16>) -> tensor<3x1x4xf16> {
  %0 = "ane.reduce_argmax"(%x) {axis = 1 : i64, keep_dims = true} : (tensor<3x5x4xf16>) -> tensor<3x1x4xi32>
  %1 = "ane.transpose"(%x) {perm = array<i64: 0, 2, 1>} : (tensor<3x5x4xf16>) -> tensor<3x4x5xf16>
  %2 = "ane.transpose"(%0) {perm = array<i64: 0, 2, 1>} : (tensor<3x1x4xi32>) -> tensor<3x4x1xi32>
  %3 = "ane.gather"(%1, %2) {axis = 2 : i64, batch_dims = 2 : i64} : (tensor<3x4x5xf16>, tensor<3x4x1xi32>) -> tensor<3x4x1xf16>
  %4 = "ane.transpose"(%3) {perm = array<i64: 0, 2, 1>} : (tensor<3x4x1xf16>) -> tensor<3x1x4xf16>
  return %4 : tensor<3x1x4xf16>
}

func.func @max(%x: tensor<3x5x4xf16>) -> tensor<3x1x4xf16> {
  %0 = "ane.reduce_max"(%x) {axes = array<i64: 1>, keep_dims = true} : (tensor<3x5x4xf16>) -> tensor<3x1x4xf16>
  return %0 : tensor<3x1x4xf16>
}
