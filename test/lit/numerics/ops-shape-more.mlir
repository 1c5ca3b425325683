// Hand-computed values for ane.expand_dims, ane.squeeze, ane.tile,
// ane.identity and ane.transpose with coremlc's negative perm entries.
// RUN: ane-run %s --func=tile --print-values=100 | FileCheck %s --check-prefix=TILE
// RUN: ane-run %s --func=concat_parts --print-values=100 | FileCheck %s --check-prefix=PARTS
// RUN: ane-run %s --func=expand_squeeze --print-values=100 | FileCheck %s --check-prefix=ES
// RUN: ane-run %s --func=identity --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=ID
// RUN: ane-run %s --func=transpose_negative_values --print-values=100 | FileCheck %s --check-prefix=TNEG
// RUN: ane-run %s --func=transpose_negative --compare --compare-func=transpose_positive --atol=0 | FileCheck %s --check-prefix=SAME

// [[1, 2], [3, 4]] tiled [2, 3] times.
// TILE: #0 tensor<4x6xi32>: min 1 max 4 mean 2.5 values [1, 2, 1, 2, 1, 2, 3, 4, 3, 4, 3, 4, 1, 2, 1, 2, 1, 2, 3, 4, 3, 4, 3, 4]
func.func @tile() -> tensor<4x6xi32> {
  %x = arith.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>
  %0 = "ane.tile"(%x) {reps = array<i64: 2, 3>} : (tensor<2x2xi32>) -> tensor<4x6xi32>
  return %0 : tensor<4x6xi32>
}

// [1, 2, 3] -> [1, 3, 1] -> [3] keeps the order.
// ES: #0 tensor<3xf32>: min -1 max 2.5 mean 0.833333 values [1, -1, 2.5]
func.func @expand_squeeze() -> tensor<3xf32> {
  %x = arith.constant dense<[1.0, -1.0, 2.5]> : tensor<3xf32>
  %0 = "ane.expand_dims"(%x) {axes = array<i64: 0, -1>} : (tensor<3xf32>) -> tensor<1x3x1xf32>
  %1 = "ane.squeeze"(%0) {axes = array<i64: 2, 0>} : (tensor<1x3x1xf32>) -> tensor<3xf32>
  return %1 : tensor<3xf32>
}

// ID: #0 tensor<2xf16>: min 0.333252 max 1 mean 0.666626 values [0.333252, 1]
func.func @identity() -> tensor<2xf16> {
  %x = arith.constant dense<[0.333333, 1.0]> : tensor<2xf16>
  %0 = "ane.identity"(%x) : (tensor<2xf16>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// x[0, c, h, w] = 100c + 10h + w, c < 2, h < 3, w < 2; perm [0, 2, -3, -1]
// is [0, 2, 1, 3]: result[0, h, c, w].
// TNEG: #0 tensor<1x3x2x2xf32>: min 0 max 121 mean 60.5 values [0, 1, 100, 101, 10, 11, 110, 111, 20, 21, 120, 121]
func.func @transpose_negative_values() -> tensor<1x3x2x2xf32> {
  %x = arith.constant dense<[[[[0.0, 1.0], [10.0, 11.0], [20.0, 21.0]], [[100.0, 101.0], [110.0, 111.0], [120.0, 121.0]]]]> : tensor<1x2x3x2xf32>
  %0 = "ane.transpose"(%x) {perm = array<i64: 0, 2, -3, -1>} : (tensor<1x2x3x2xf32>) -> tensor<1x3x2x2xf32>
  return %0 : tensor<1x3x2x2xf32>
}

// The same on random x, against the non-negative perm.
// SAME: #0 max_abs_err 0.000e+00
func.func @transpose_negative(%x: tensor<1x2x3x2xf32>) -> tensor<1x3x2x2xf32> {
  %0 = "ane.transpose"(%x) {perm = array<i64: 0, 2, -3, -1>} : (tensor<1x2x3x2xf32>) -> tensor<1x3x2x2xf32>
  return %0 : tensor<1x3x2x2xf32>
}

func.func @transpose_positive(%x: tensor<1x2x3x2xf32>) -> tensor<1x3x2x2xf32> {
  %0 = "ane.transpose"(%x) {perm = array<i64: 0, 2, 1, 3>} : (tensor<1x2x3x2xf32>) -> tensor<1x3x2x2xf32>
  return %0 : tensor<1x3x2x2xf32>
}

// Parts of sizes 1, 2, 2 along axis 1 of [2, n]: each row is the first
// part's row, then the others'.
// PARTS: #0 tensor<2x5xf32>: min 1 max 10 mean 5.5 values [1, 3, 4, 7, 8, 2, 5, 6, 9, 10]
func.func @concat_parts() -> tensor<2x5xf32> {
  %a = arith.constant dense<[[1.0], [2.0]]> : tensor<2x1xf32>
  %b = arith.constant dense<[[3.0, 4.0], [5.0, 6.0]]> : tensor<2x2xf32>
  %c = arith.constant dense<[[7.0, 8.0], [9.0, 10.0]]> : tensor<2x2xf32>
  %0 = "ane.concat"(%a, %b, %c) {axis = 1 : i64, interleave = false} : (tensor<2x1xf32>, tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}
