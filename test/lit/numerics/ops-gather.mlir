// ane.gather: hand-computed values (negative indices, 2-D indices,
// batch_dims 1, fp16 storage), random x against the same rows taken with
// ane.slice_by_size and ane.concat under both numerics, and an index out of
// range: an error naming the op and the index, exit 1.
// RUN: ane-run %s --func=rows --print-values=100 | FileCheck %s --check-prefix=ROWS
// RUN: ane-run %s --func=grid --print-values=100 | FileCheck %s --check-prefix=GRID
// RUN: ane-run %s --func=batched --print-values=100 | FileCheck %s --check-prefix=BATCH
// RUN: ane-run %s --func=fp16 --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=FP16
// RUN: ane-run %s --func=gather_cols --compare --compare-func=slice_cols --atol=0 --tol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=gather_cols --numerics=ane-fp16 --compare --compare-func=slice_cols --compare-numerics=ane-fp16 --atol=0 --tol=0 | FileCheck %s --check-prefix=SAME
// RUN: not ane-run %s --func=too_big 2>&1 | FileCheck %s --check-prefix=BIG
// RUN: not ane-run %s --func=too_small 2>&1 | FileCheck %s --check-prefix=SMALL

// x[r, c] = 10r + c; rows 2, -1 (= 3) and 0.
// ROWS: #0 tensor<3x3xi32>: min 0 max 32 mean 17.6667 values [20, 21, 22, 30, 31, 32, 0, 1, 2]
func.func @rows() -> tensor<3x3xi32> {
  %x = arith.constant dense<[[0, 1, 2], [10, 11, 12], [20, 21, 22], [30, 31, 32]]> : tensor<4x3xi32>
  %i = arith.constant dense<[2, -1, 0]> : tensor<3xi32>
  %0 = "ane.gather"(%x, %i) {axis = 0 : i64, batch_dims = 0 : i64} : (tensor<4x3xi32>, tensor<3xi32>) -> tensor<3x3xi32>
  return %0 : tensor<3x3xi32>
}

// result[r, i, j] = x[r, idx[i, j]] with idx [[0, 2], [1, 1]].
// GRID: #0 tensor<2x2x2xf32>: min 1 max 6 mean 3.5 values [1, 3, 2, 2, 4, 6, 5, 5]
func.func @grid() -> tensor<2x2x2xf32> {
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %i = arith.constant dense<[[0, 2], [1, 1]]> : tensor<2x2xi32>
  %0 = "ane.gather"(%x, %i) {axis = 1 : i64, batch_dims = 0 : i64} : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<2x2x2xf32>
  return %0 : tensor<2x2x2xf32>
}

// batch_dims 1: result[b, k] = x[b, idx[b, k]] with idx [[2, 0], [1, -3]].
// BATCH: #0 tensor<2x2xf32>: min 1 max 5 mean 3.25 values [3, 1, 5, 4]
func.func @batched() -> tensor<2x2xf32> {
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %i = arith.constant dense<[[2, 0], [1, -3]]> : tensor<2x2xi32>
  %0 = "ane.gather"(%x, %i) {axis = 1 : i64, batch_dims = 1 : i64} : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// f32 values stored as fp16 under ane-fp16: 1/3 becomes 0.333252.
// FP16: #0 tensor<2xf32>: min 0.333252 max 2.5 mean 1.41663 values [2.5, 0.333252]
func.func @fp16() -> tensor<2xf32> {
  %x = arith.constant dense<[0.333333, 2.5]> : tensor<2xf32>
  %i = arith.constant dense<[1, 0]> : tensor<2xi32>
  %0 = "ane.gather"(%x, %i) {axis = 0 : i64, batch_dims = 0 : i64} : (tensor<2xf32>, tensor<2xi32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// Columns 3, 1 and -1 (= 4) of the last axis.
// SAME: #0 max_abs_err 0.000e+00
func.func @gather_cols(%x: tensor<2x3x5xf16>) -> tensor<2x3x3xf16> {
  %i = arith.constant dense<[3, 1, -1]> : tensor<3xi32>
  %0 = "ane.gather"(%x, %i) {axis = -1 : i64, batch_dims = 0 : i64} : (tensor<2x3x5xf16>, tensor<3xi32>) -> tensor<2x3x3xf16>
  return %0 : tensor<2x3x3xf16>
}

func.func @slice_cols(%x: tensor<2x3x5xf16>) -> tensor<2x3x3xf16> {
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 0, 0, 3>, size = array<i64: 2, 3, 1>} : (tensor<2x3x5xf16>) -> tensor<2x3x1xf16>
  %1 = "ane.slice_by_size"(%x) {begin = array<i64: 0, 0, 1>, size = array<i64: 2, 3, 1>} : (tensor<2x3x5xf16>) -> tensor<2x3x1xf16>
  %2 = "ane.slice_by_size"(%x) {begin = array<i64: 0, 0, 4>, size = array<i64: 2, 3, 1>} : (tensor<2x3x5xf16>) -> tensor<2x3x1xf16>
  %3 = "ane.concat"(%0, %1, %2) {axis = 2 : i64, interleave = false} : (tensor<2x3x1xf16>, tensor<2x3x1xf16>, tensor<2x3x1xf16>) -> tensor<2x3x3xf16>
  return %3 : tensor<2x3x3xf16>
}

// BIG: ops-gather.mlir:[[@LINE+4]]:8: error: cannot execute 'ane.gather': index 4 (indices element 1) is out of range for dim 0 of x (size 4)
func.func @too_big() -> tensor<2x3xi32> {
  %x = arith.constant dense<[[0, 1, 2], [10, 11, 12], [20, 21, 22], [30, 31, 32]]> : tensor<4x3xi32>
  %i = arith.constant dense<[0, 4]> : tensor<2xi32>
  %0 = "ane.gather"(%x, %i) {axis = 0 : i64, batch_dims = 0 : i64} : (tensor<4x3xi32>, tensor<2xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// SMALL: ops-gather.mlir:[[@LINE+4]]:8: error: cannot execute 'ane.gather': index -5 (indices element 0) is out of range for dim 0 of x (size 4)
func.func @too_small() -> tensor<1x3xi32> {
  %x = arith.constant dense<[[0, 1, 2], [10, 11, 12], [20, 21, 22], [30, 31, 32]]> : tensor<4x3xi32>
  %i = arith.constant dense<[-5]> : tensor<1xi32>
  %0 = "ane.gather"(%x, %i) {axis = 0 : i64, batch_dims = 0 : i64} : (tensor<4x3xi32>, tensor<1xi32>) -> tensor<1x3xi32>
  return %0 : tensor<1x3xi32>
}
