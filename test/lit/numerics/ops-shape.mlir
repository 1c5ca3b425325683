// Hand-computed values for the shape ops (reshape, transpose, concat,
// slice_by_size) under --numerics=f32; these only move elements, so every
// expected value is exact.

// RUN: ane-run %s --func=reshape_2d --print-values=100 | FileCheck %s --check-prefix=RS
// RUN: ane-run %s --func=reshape_rank4_i32 --print-values=100 | FileCheck %s --check-prefix=RSI
// RUN: ane-run %s --func=reshape_flatten --print-values=100 | FileCheck %s --check-prefix=RSF
// RUN: ane-run %s --func=transpose_rank3 --print-values=100 | FileCheck %s --check-prefix=TR
// RUN: ane-run %s --func=transpose_rank3_b --print-values=100 | FileCheck %s --check-prefix=TR2
// RUN: ane-run %s --func=transpose_i32 --print-values=100 | FileCheck %s --check-prefix=TRI
// RUN: ane-run %s --func=concat_axis0 --print-values=100 | FileCheck %s --check-prefix=CC0
// RUN: ane-run %s --func=concat_last --print-values=100 | FileCheck %s --check-prefix=CC1
// RUN: ane-run %s --func=concat_three_middle --print-values=100 | FileCheck %s --check-prefix=CC3
// RUN: ane-run %s --func=concat_interleave_axis0 --print-values=100 | FileCheck %s --check-prefix=CCI0
// RUN: ane-run %s --func=concat_interleave_last --print-values=100 | FileCheck %s --check-prefix=CCI1
// RUN: ane-run %s --func=concat_interleave_three --print-values=100 | FileCheck %s --check-prefix=CCI3
// RUN: ane-run %s --func=concat_interleave_middle --print-values=100 | FileCheck %s --check-prefix=CCIM
// RUN: ane-run %s --func=concat_i32 --print-values=100 | FileCheck %s --check-prefix=CCI32
// RUN: ane-run %s --func=slice_to_end_rows --print-values=100 | FileCheck %s --check-prefix=SL1
// RUN: ane-run %s --func=slice_to_end_cols --print-values=100 | FileCheck %s --check-prefix=SL2
// RUN: ane-run %s --func=slice_rank3 --print-values=100 | FileCheck %s --check-prefix=SL3
// RUN: ane-run %s --func=slice_i32 --print-values=100 | FileCheck %s --check-prefix=SLI

// Row-major order is kept: [2,3] -> [3,2] reads 1..6 in order.
// RS: @reshape_2d (f32): 1 output
// RS-NEXT: #0 tensor<3x2xf32>: min 1 max 6 mean 3.5 values [1, 2, 3, 4, 5, 6]
func.func @reshape_2d() -> tensor<3x2xf32> {
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %0 = "ane.reshape"(%x) {shape = array<i64: 3, 2>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// RSI: @reshape_rank4_i32 (f32): 1 output
// RSI-NEXT: #0 tensor<1x3x1x2xi32>: min -12 max 11 mean 2.8333{{[0-9]*}} values [7, -8, 9, 10, 11, -12]
func.func @reshape_rank4_i32() -> tensor<1x3x1x2xi32> {
  %x = arith.constant dense<[[7, -8, 9], [10, 11, -12]]> : tensor<2x3xi32>
  %0 = "ane.reshape"(%x) {shape = array<i64: 1, 3, 1, 2>} : (tensor<2x3xi32>) -> tensor<1x3x1x2xi32>
  return %0 : tensor<1x3x1x2xi32>
}

// RSF: @reshape_flatten (f32): 1 output
// RSF-NEXT: #0 tensor<4xf32>: min 1 max 4 mean 2.5 values [1, 2, 3, 4]
func.func @reshape_flatten() -> tensor<4xf32> {
  %x = arith.constant dense<[[[1.0, 2.0]], [[3.0, 4.0]]]> : tensor<2x1x2xf32>
  %0 = "ane.reshape"(%x) {shape = array<i64: 4>} : (tensor<2x1x2xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// x = 0..23 as [2,3,4]; perm [2,0,1] gives shape [4,2,3] with
// out[i,j,k] = x[j,k,i] = 12 j + 4 k + i.
// TR: @transpose_rank3 (f32): 1 output
// TR-NEXT: #0 tensor<4x2x3xf32>: min 0 max 23 mean 11.5 values [0, 4, 8, 12, 16, 20, 1, 5, 9, 13, 17, 21, 2, 6, 10, 14, 18, 22, 3, 7, 11, 15, 19, 23]
func.func @transpose_rank3() -> tensor<4x2x3xf32> {
  %x = arith.constant dense<[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]], [[12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0], [20.0, 21.0, 22.0, 23.0]]]> : tensor<2x3x4xf32>
  %0 = "ane.transpose"(%x) {perm = array<i64: 2, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  return %0 : tensor<4x2x3xf32>
}

// perm [1,2,0]: shape [3,4,2], out[i,j,k] = x[k,i,j] = 12 k + 4 i + j.
// TR2: @transpose_rank3_b (f32): 1 output
// TR2-NEXT: #0 tensor<3x4x2xf32>: min 0 max 23 mean 11.5 values [0, 12, 1, 13, 2, 14, 3, 15, 4, 16, 5, 17, 6, 18, 7, 19, 8, 20, 9, 21, 10, 22, 11, 23]
func.func @transpose_rank3_b() -> tensor<3x4x2xf32> {
  %x = arith.constant dense<[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]], [[12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0], [20.0, 21.0, 22.0, 23.0]]]> : tensor<2x3x4xf32>
  %0 = "ane.transpose"(%x) {perm = array<i64: 1, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
  return %0 : tensor<3x4x2xf32>
}

// TRI: @transpose_i32 (f32): 1 output
// TRI-NEXT: #0 tensor<3x2xi32>: min 1 max 6 mean 3.5 values [1, 4, 2, 5, 3, 6]
func.func @transpose_i32() -> tensor<3x2xi32> {
  %x = arith.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
  %0 = "ane.transpose"(%x) {perm = array<i64: 1, 0>} : (tensor<2x3xi32>) -> tensor<3x2xi32>
  return %0 : tensor<3x2xi32>
}

// interleave = false appends: axis 0 -> [[1,2],[3,4],[5,6],[7,8]].
// CC0: @concat_axis0 (f32): 1 output
// CC0-NEXT: #0 tensor<4x2xf32>: min 1 max 8 mean 4.5 values [1, 2, 3, 4, 5, 6, 7, 8]
func.func @concat_axis0() -> tensor<4x2xf32> {
  %a = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %b = arith.constant dense<[[5.0, 6.0], [7.0, 8.0]]> : tensor<2x2xf32>
  %0 = "ane.concat"(%a, %b) {axis = 0 : i64, interleave = false} : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// axis -1 -> [[1,2,5,6],[3,4,7,8]].
// CC1: @concat_last (f32): 1 output
// CC1-NEXT: #0 tensor<2x4xf32>: min 1 max 8 mean 4.5 values [1, 2, 5, 6, 3, 4, 7, 8]
func.func @concat_last() -> tensor<2x4xf32> {
  %a = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %b = arith.constant dense<[[5.0, 6.0], [7.0, 8.0]]> : tensor<2x2xf32>
  %0 = "ane.concat"(%a, %b) {axis = -1 : i64, interleave = false} : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// Three operands on the middle axis of [1,2,1] -> [1,6,1]: 1,2 | 3,4 | 5,6.
// CC3: @concat_three_middle (f32): 1 output
// CC3-NEXT: #0 tensor<1x6x1xf32>: min 1 max 6 mean 3.5 values [1, 2, 3, 4, 5, 6]
func.func @concat_three_middle() -> tensor<1x6x1xf32> {
  %a = arith.constant dense<[[[1.0], [2.0]]]> : tensor<1x2x1xf32>
  %b = arith.constant dense<[[[3.0], [4.0]]]> : tensor<1x2x1xf32>
  %c = arith.constant dense<[[[5.0], [6.0]]]> : tensor<1x2x1xf32>
  %0 = "ane.concat"(%a, %b, %c) {axis = 1 : i64, interleave = false} : (tensor<1x2x1xf32>, tensor<1x2x1xf32>, tensor<1x2x1xf32>) -> tensor<1x6x1xf32>
  return %0 : tensor<1x6x1xf32>
}

// interleave = true (MIL): slices along the axis alternate between the
// operands. Axis 0: a[0], b[0], a[1], b[1] = [[1,2],[5,6],[3,4],[7,8]].
// CCI0: @concat_interleave_axis0 (f32): 1 output
// CCI0-NEXT: #0 tensor<4x2xf32>: min 1 max 8 mean 4.5 values [1, 2, 5, 6, 3, 4, 7, 8]
func.func @concat_interleave_axis0() -> tensor<4x2xf32> {
  %a = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %b = arith.constant dense<[[5.0, 6.0], [7.0, 8.0]]> : tensor<2x2xf32>
  %0 = "ane.concat"(%a, %b) {axis = 0 : i64, interleave = true} : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// Axis -1: columns alternate, [[1,5,2,6],[3,7,4,8]].
// CCI1: @concat_interleave_last (f32): 1 output
// CCI1-NEXT: #0 tensor<2x4xf32>: min 1 max 8 mean 4.5 values [1, 5, 2, 6, 3, 7, 4, 8]
func.func @concat_interleave_last() -> tensor<2x4xf32> {
  %a = arith.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %b = arith.constant dense<[[5.0, 6.0], [7.0, 8.0]]> : tensor<2x2xf32>
  %0 = "ane.concat"(%a, %b) {axis = -1 : i64, interleave = true} : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// Three rank-1 operands: [1,2], [3,4], [5,6] -> [1,3,5,2,4,6].
// CCI3: @concat_interleave_three (f32): 1 output
// CCI3-NEXT: #0 tensor<6xf32>: min 1 max 6 mean 3.5 values [1, 3, 5, 2, 4, 6]
func.func @concat_interleave_three() -> tensor<6xf32> {
  %a = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %b = arith.constant dense<[3.0, 4.0]> : tensor<2xf32>
  %c = arith.constant dense<[5.0, 6.0]> : tensor<2xf32>
  %0 = "ane.concat"(%a, %b, %c) {axis = 0 : i64, interleave = true} : (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}

// Interleave on the middle axis of [2,2,2]: out[i] = [v[i,0], w[i,0], v[i,1], w[i,1]].
// CCIM: @concat_interleave_middle (f32): 1 output
// CCIM-NEXT: #0 tensor<2x4x2xf32>: min -8 max 8 mean 0 values [1, 2, -1, -2, 3, 4, -3, -4, 5, 6, -5, -6, 7, 8, -7, -8]
func.func @concat_interleave_middle() -> tensor<2x4x2xf32> {
  %v = arith.constant dense<[[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]]> : tensor<2x2x2xf32>
  %w = arith.constant dense<[[[-1.0, -2.0], [-3.0, -4.0]], [[-5.0, -6.0], [-7.0, -8.0]]]> : tensor<2x2x2xf32>
  %0 = "ane.concat"(%v, %w) {axis = 1 : i64, interleave = true} : (tensor<2x2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x4x2xf32>
  return %0 : tensor<2x4x2xf32>
}

// CCI32: @concat_i32 (f32): 1 output
// CCI32-NEXT: #0 tensor<2x2xi32>: min 1 max 4 mean 2.5 values [1, 2, 3, 4]
func.func @concat_i32() -> tensor<2x2xi32> {
  %a = arith.constant dense<[[1, 2]]> : tensor<1x2xi32>
  %b = arith.constant dense<[[3, 4]]> : tensor<1x2xi32>
  %0 = "ane.concat"(%a, %b) {axis = 0 : i64, interleave = false} : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<2x2xi32>
  return %0 : tensor<2x2xi32>
}

// x = 0..11 as [3,4]; begin [1,1], size [-1,2]: rows 1..2 (to the end),
// cols 1..2 -> [[5,6],[9,10]].
// SL1: @slice_to_end_rows (f32): 1 output
// SL1-NEXT: #0 tensor<2x2xf32>: min 5 max 10 mean 7.5 values [5, 6, 9, 10]
func.func @slice_to_end_rows() -> tensor<2x2xf32> {
  %x = arith.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 1, 1>, size = array<i64: -1, 2>} : (tensor<3x4xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// begin [0,2], size [2,-1]: rows 0..1, cols 2..3 -> [[2,3],[6,7]].
// SL2: @slice_to_end_cols (f32): 1 output
// SL2-NEXT: #0 tensor<2x2xf32>: min 2 max 7 mean 4.5 values [2, 3, 6, 7]
func.func @slice_to_end_cols() -> tensor<2x2xf32> {
  %x = arith.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 0, 2>, size = array<i64: 2, -1>} : (tensor<3x4xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// x = 0..11 as [2,2,3]; begin [1,0,1], size [1,-1,1]: x[1,:,1] = [7,10].
// SL3: @slice_rank3 (f32): 1 output
// SL3-NEXT: #0 tensor<1x2x1xf32>: min 7 max 10 mean 8.5 values [7, 10]
func.func @slice_rank3() -> tensor<1x2x1xf32> {
  %x = arith.constant dense<[[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]], [[6.0, 7.0, 8.0], [9.0, 10.0, 11.0]]]> : tensor<2x2x3xf32>
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 1, 0, 1>, size = array<i64: 1, -1, 1>} : (tensor<2x2x3xf32>) -> tensor<1x2x1xf32>
  return %0 : tensor<1x2x1xf32>
}

// SLI: @slice_i32 (f32): 1 output
// SLI-NEXT: #0 tensor<2xi32>: min 40 max 50 mean 45 values [40, 50]
func.func @slice_i32() -> tensor<2xi32> {
  %x = arith.constant dense<[10, 20, 30, 40, 50]> : tensor<5xi32>
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 3>, size = array<i64: -1>} : (tensor<5xi32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}
