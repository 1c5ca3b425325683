// Hand-computed values for ane.matmul, ane.linear and ane.softmax under
// --numerics=f32. Inputs are the arith.constant values next to each function.

// RUN: ane-run %s --func=matmul_plain --print-values=100 | FileCheck %s --check-prefix=MM
// RUN: ane-run %s --func=matmul_transposed --print-values=100 | FileCheck %s --check-prefix=MMT
// RUN: ane-run %s --func=matmul_transpose_y --print-values=100 | FileCheck %s --check-prefix=MMTY
// RUN: ane-run %s --func=matmul_transpose_x --print-values=100 | FileCheck %s --check-prefix=MMTX
// RUN: ane-run %s --func=matmul_batch_broadcast --print-values=100 | FileCheck %s --check-prefix=MMB
// RUN: ane-run %s --func=matmul_batch_rank2_y --print-values=100 | FileCheck %s --check-prefix=MMR
// RUN: ane-run %s --func=linear_bias --print-values=100 | FileCheck %s --check-prefix=LIN
// RUN: ane-run %s --func=linear_rank1 --print-values=100 | FileCheck %s --check-prefix=LIN1
// RUN: ane-run %s --func=linear_rank3 --print-values=100 | FileCheck %s --check-prefix=LIN3
// RUN: ane-run %s --func=softmax_last --print-values=100 | FileCheck %s --check-prefix=SM
// RUN: ane-run %s --func=softmax_neg2 --print-values=100 | FileCheck %s --check-prefix=SM2
// RUN: ane-run %s --func=softmax_neg3 --print-values=100 | FileCheck %s --check-prefix=SM3
// RUN: ane-run %s --func=softmax_large --print-values=100 | FileCheck %s --check-prefix=SML

// [[1,2,3],[4,5,6]] @ [[1,-1],[0,2],[0.5,1]] = [[2.5, 6], [7, 12]].
// MM: @matmul_plain (f32): 1 output
// MM-NEXT: #0 tensor<2x2xf32>: min 2.5 max 12 mean 6.875 values [2.5, 6, 7, 12]
func.func @matmul_plain() -> tensor<2x2xf32> {
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %y = arith.constant dense<[[1.0, -1.0], [0.0, 2.0], [0.5, 1.0]]> : tensor<3x2xf32>
  %0 = "ane.matmul"(%x, %y) {transpose_x = false, transpose_y = false} : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// The same product with x given transposed ([3,2]) and y given transposed
// ([2,3]): both flags swap the last two dims back, so the result is equal.
// MMT: @matmul_transposed (f32): 1 output
// MMT-NEXT: #0 tensor<2x2xf32>: min 2.5 max 12 mean 6.875 values [2.5, 6, 7, 12]
func.func @matmul_transposed() -> tensor<2x2xf32> {
  %xt = arith.constant dense<[[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]> : tensor<3x2xf32>
  %yt = arith.constant dense<[[1.0, 0.0, 0.5], [-1.0, 2.0, 1.0]]> : tensor<2x3xf32>
  %0 = "ane.matmul"(%xt, %yt) {transpose_x = true, transpose_y = true} : (tensor<3x2xf32>, tensor<2x3xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// Only transpose_y: x [2,3] @ (y [2,3])^T = [[1+6, 2-3], [4+12, 5-6]].
// MMTY: @matmul_transpose_y (f32): 1 output
// MMTY-NEXT: #0 tensor<2x2xf32>: min -1 max 16 mean 5.25 values [7, -1, 16, -1]
func.func @matmul_transpose_y() -> tensor<2x2xf32> {
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %y = arith.constant dense<[[1.0, 0.0, 2.0], [0.0, 1.0, -1.0]]> : tensor<2x3xf32>
  %0 = "ane.matmul"(%x, %y) {transpose_x = false, transpose_y = true} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// Only transpose_x: (x [2,2])^T @ y [2,3]; x^T = [[2,1],[0,1]].
// MMTX: @matmul_transpose_x (f32): 1 output
// MMTX-NEXT: #0 tensor<2x3xf32>: min -1 max 7 mean 2 values [1, 4, 7, -1, 0, 1]
func.func @matmul_transpose_x() -> tensor<2x3xf32> {
  %x = arith.constant dense<[[2.0, 0.0], [1.0, 1.0]]> : tensor<2x2xf32>
  %y = arith.constant dense<[[1.0, 2.0, 3.0], [-1.0, 0.0, 1.0]]> : tensor<2x3xf32>
  %0 = "ane.matmul"(%x, %y) {transpose_x = true, transpose_y = false} : (tensor<2x2xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// Batch broadcast across ranks: x [2,1,2,2] with y [3,2,2] -> [2,3,2,2];
// out[i,j] = x[i,0] @ y[j], with y[0] = I, y[1] = swap, y[2] = diag(2,-1):
// x[0] = [[1,2],[3,4]] gives [1,2,3,4], [2,1,4,3], [2,-2,6,-4];
// x[1] = [[0,1],[-1,0]] gives [0,1,-1,0], [1,0,0,-1], [0,-1,-2,0].
// MMB: @matmul_batch_broadcast (f32): 1 output
// MMB-NEXT: #0 tensor<2x3x2x2xf32>: min -4 max 6 mean 0.79166{{[0-9]*}} values [1, 2, 3, 4, 2, 1, 4, 3, 2, -2, 6, -4, 0, 1, -1, 0, 1, 0, 0, -1, 0, -1, -2, 0]
func.func @matmul_batch_broadcast() -> tensor<2x3x2x2xf32> {
  %x = arith.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]], [[[0.0, 1.0], [-1.0, 0.0]]]]> : tensor<2x1x2x2xf32>
  %y = arith.constant dense<[[[1.0, 0.0], [0.0, 1.0]], [[0.0, 1.0], [1.0, 0.0]], [[2.0, 0.0], [0.0, -1.0]]]> : tensor<3x2x2xf32>
  %0 = "ane.matmul"(%x, %y) {transpose_x = false, transpose_y = false} : (tensor<2x1x2x2xf32>, tensor<3x2x2xf32>) -> tensor<2x3x2x2xf32>
  return %0 : tensor<2x3x2x2xf32>
}

// A rank-2 y broadcast over x's batch, with transpose_y: [2,1,2] @ ([3,2])^T
// -> [2,1,3]: [1,2] -> [3, 0, 0.5]; [3,-1] -> [2, 7, 1.5].
// MMR: @matmul_batch_rank2_y (f32): 1 output
// MMR-NEXT: #0 tensor<2x1x3xf32>: min 0 max 7 mean 2.3333{{[0-9]*}} values [3, 0, 0.5, 2, 7, 1.5]
func.func @matmul_batch_rank2_y() -> tensor<2x1x3xf32> {
  %x = arith.constant dense<[[[1.0, 2.0]], [[3.0, -1.0]]]> : tensor<2x1x2xf32>
  %y = arith.constant dense<[[1.0, 1.0], [2.0, -1.0], [0.5, 0.0]]> : tensor<3x2xf32>
  %0 = "ane.matmul"(%x, %y) {transpose_x = false, transpose_y = true} : (tensor<2x1x2xf32>, tensor<3x2xf32>) -> tensor<2x1x3xf32>
  return %0 : tensor<2x1x3xf32>
}

// x @ W^T + b: [1,2,3] -> [1-3+10, 3-1] = [8, 2]; [4,5,6] -> [4-6+10, 7.5-1] = [8, 6.5].
// LIN: @linear_bias (f32): 1 output
// LIN-NEXT: #0 tensor<2x2xf32>: min 2 max 8 mean 6.125 values [8, 2, 8, 6.5]
func.func @linear_bias() -> tensor<2x2xf32> {
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %w = arith.constant dense<[[1.0, 0.0, -1.0], [0.5, 0.5, 0.5]]> : tensor<2x3xf32>
  %b = arith.constant dense<[10.0, -1.0]> : tensor<2xf32>
  %0 = "ane.linear"(%x, %w, %b) : (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// Rank-1 x: [2,-1,4] -> [5+0, -2+0.5, -2+1+1, 2-2] = [5, -1.5, 0, 0].
// LIN1: @linear_rank1 (f32): 1 output
// LIN1-NEXT: #0 tensor<4xf32>: min -1.5 max 5 mean 0.875 values [5, -1.5, 0, 0]
func.func @linear_rank1() -> tensor<4xf32> {
  %x = arith.constant dense<[2.0, -1.0, 4.0]> : tensor<3xf32>
  %w = arith.constant dense<[[1.0, 1.0, 1.0], [0.0, 2.0, 0.0], [-1.0, 0.0, 0.25], [1.0, 0.0, 0.0]]> : tensor<4x3xf32>
  %b = arith.constant dense<[0.0, 0.5, 1.0, -2.0]> : tensor<4xf32>
  %0 = "ane.linear"(%x, %w, %b) : (tensor<3xf32>, tensor<4x3xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// Rank-3 x [2,1,2] with W [3,2]: [1,2] -> [5, 0, 6]; [-1,0.5] -> [-0.5, 1.5, 2.5].
// LIN3: @linear_rank3 (f32): 1 output
// LIN3-NEXT: #0 tensor<2x1x3xf32>: min -0.5 max 6 mean 2.4166{{[0-9]*}} values [5, 0, 6, -0.5, 1.5, 2.5]
func.func @linear_rank3() -> tensor<2x1x3xf32> {
  %x = arith.constant dense<[[[1.0, 2.0]], [[-1.0, 0.5]]]> : tensor<2x1x2xf32>
  %w = arith.constant dense<[[2.0, 1.0], [0.0, -1.0], [1.0, 1.0]]> : tensor<3x2xf32>
  %b = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %0 = "ane.linear"(%x, %w, %b) : (tensor<2x1x2xf32>, tensor<3x2xf32>, tensor<3xf32>) -> tensor<2x1x3xf32>
  return %0 : tensor<2x1x3xf32>
}

// Axis -1: softmax([1,2,3]) = [0.0900306, 0.244728, 0.665241]; a constant row
// gives 1/3 each.
// SM: @softmax_last (f32): 1 output
// SM-NEXT: #0 tensor<2x3xf32>: min 0.090030{{[0-9]*}} max 0.66524{{[0-9]*}} mean 0.33333{{[0-9]*}} values [0.090030{{[0-9]*}}, 0.24472{{[0-9]*}}, 0.66524{{[0-9]*}}, 0.33333{{[0-9]*}}, 0.33333{{[0-9]*}}, 0.33333{{[0-9]*}}]
func.func @softmax_last() -> tensor<2x3xf32> {
  %x = arith.constant dense<[[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]> : tensor<2x3xf32>
  %0 = "ane.softmax"(%x) {axis = -1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// Axis -2 (columns of a [2,2]): column [1,1] -> [0.5,0.5]; column
// [0, log 3] -> [1/4, 3/4]. Row-major: [0.5, 0.25, 0.5, 0.75].
// SM2: @softmax_neg2 (f32): 1 output
// SM2-NEXT: #0 tensor<2x2xf32>: min 0.25 max 0.75 mean 0.5 values [0.5, 0.25, 0.5, 0.75]
func.func @softmax_neg2() -> tensor<2x2xf32> {
  %x = arith.constant dense<[[1.0, 0.0], [1.0, 1.0986122886681098]]> : tensor<2x2xf32>
  %0 = "ane.softmax"(%x) {axis = -2 : i64} : (tensor<2x2xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// Axis -3 of a [2,2,2]: pairs (x[0,j,k], x[1,j,k]) = (0,0), (1,0), (2,1), (3,1)
// give (1/2,1/2), (s(1), s(-1)), (s(1), s(-1)), (s(2), s(-2)) with s = sigmoid.
// SM3: @softmax_neg3 (f32): 1 output
// SM3-NEXT: #0 tensor<2x2x2xf32>: min 0.11920{{[0-9]*}} max 0.88079{{[0-9]*}} mean 0.5 values [0.5, 0.73105{{[0-9]*}}, 0.73105{{[0-9]*}}, 0.88079{{[0-9]*}}, 0.5, 0.26894{{[0-9]*}}, 0.26894{{[0-9]*}}, 0.11920{{[0-9]*}}]
func.func @softmax_neg3() -> tensor<2x2x2xf32> {
  %x = arith.constant dense<[[[0.0, 1.0], [2.0, 3.0]], [[0.0, 0.0], [1.0, 1.0]]]> : tensor<2x2x2xf32>
  %0 = "ane.softmax"(%x) {axis = -3 : i64} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
  return %0 : tensor<2x2x2xf32>
}

// Large inputs: softmax is shift-invariant, so [1000, 1001] gives
// [s(-1), s(1)] = [0.268941, 0.731059]; a naive exp overflows to inf/inf = nan.
// SML: @softmax_large (f32): 1 output
// SML-NEXT: #0 tensor<2x2xf32>: min 0.26894{{[0-9]*}} max 0.73105{{[0-9]*}} mean 0.5 values [0.26894{{[0-9]*}}, 0.73105{{[0-9]*}}, 0.73105{{[0-9]*}}, 0.26894{{[0-9]*}}]
func.func @softmax_large() -> tensor<2x2xf32> {
  %x = arith.constant dense<[[1000.0, 1001.0], [-1000.0, -1001.0]]> : tensor<2x2xf32>
  %0 = "ane.softmax"(%x) {axis = 1 : i64} : (tensor<2x2xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}
