// The [M, D, 1, 1] reduce_sum form written by hand, commutative ops in the
// other order (normalized first), square and pow spellings; and an f16
// round trip through --lower-norms=strategy=reduce-sum, whose eps constant
// is 1e-5 rounded to f16: the fused epsilon is that f16 value
// (1.00135803e-05), not 1e-5. Each fused function computes what its chain
// computes.
// RUN: ane-opt %s --lower-norms=strategy=reduce-sum | ane-opt --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms -o %t.mlir
// RUN: ane-run %t.mlir --func=rows_swapped --numerics=f32 --compare=%s --compare-func=rows_swapped --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=rows_pow --numerics=f32 --compare=%s --compare-func=rows_pow --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=rows_swapped --numerics=ane-fp16 --compare=%s --compare-func=rows_swapped --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=rows_pow --numerics=ane-fp16 --compare=%s --compare-func=rows_pow --compare-numerics=ane-fp16 --tol=2e-3

// CHECK-LABEL: func.func @rows_swapped(%arg0: tensor<2x3x8xf32>, %arg1: tensor<8xf32>) -> tensor<2x3x8xf32> {
// CHECK-NEXT:    %[[Y:.*]] = "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<2x3x8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
// CHECK-NEXT:    return %[[Y]] : tensor<2x3x8xf32>
func.func @rows_swapped(%x: tensor<2x3x8xf32>, %g: tensor<8xf32>) -> tensor<2x3x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<1.250000e-01> : tensor<1xf32>
  %rows = "ane.reshape"(%x) {shape = array<i64: 6, 8, 1, 1>} : (tensor<2x3x8xf32>) -> tensor<6x8x1x1xf32>
  %sq = "ane.square"(%rows) : (tensor<6x8x1x1xf32>) -> tensor<6x8x1x1xf32>
  %sum = "ane.reduce_sum"(%sq) {axes = array<i64: -3>, keep_dims = true} : (tensor<6x8x1x1xf32>) -> tensor<6x1x1x1xf32>
  %mean = "ane.mul"(%inv_d, %sum) : (tensor<1xf32>, tensor<6x1x1x1xf32>) -> tensor<6x1x1x1xf32>
  %shifted = "ane.add"(%eps, %mean) : (tensor<1xf32>, tensor<6x1x1x1xf32>) -> tensor<6x1x1x1xf32>
  %r = "ane.rsqrt"(%shifted) {epsilon = 0.0 : f32} : (tensor<6x1x1x1xf32>) -> tensor<6x1x1x1xf32>
  %y = "ane.mul"(%r, %rows) : (tensor<6x1x1x1xf32>, tensor<6x8x1x1xf32>) -> tensor<6x8x1x1xf32>
  %g_rows = "ane.reshape"(%g) {shape = array<i64: 1, 8, 1, 1>} : (tensor<8xf32>) -> tensor<1x8x1x1xf32>
  %scaled = "ane.mul"(%g_rows, %y) : (tensor<1x8x1x1xf32>, tensor<6x8x1x1xf32>) -> tensor<6x8x1x1xf32>
  %out = "ane.reshape"(%scaled) {shape = array<i64: 2, 3, 8>} : (tensor<6x8x1x1xf32>) -> tensor<2x3x8xf32>
  return %out : tensor<2x3x8xf32>
}

// CHECK-LABEL: func.func @rows_pow(%arg0: tensor<4x16xf32>) -> tensor<4x16xf32> {
// CHECK-NEXT:    %[[Y:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x16xf32>) -> tensor<4x16xf32>
// CHECK-NEXT:    return %[[Y]] : tensor<4x16xf32>
func.func @rows_pow(%x: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<6.250000e-02> : tensor<1xf32>
  %two = arith.constant dense<2.0> : tensor<1xf32>
  %rows = "ane.reshape"(%x) {shape = array<i64: 4, 16, 1, 1>} : (tensor<4x16xf32>) -> tensor<4x16x1x1xf32>
  %sq = "ane.pow"(%rows, %two) : (tensor<4x16x1x1xf32>, tensor<1xf32>) -> tensor<4x16x1x1xf32>
  %sum = "ane.reduce_sum"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<4x16x1x1xf32>) -> tensor<4x1x1x1xf32>
  %mean = "ane.mul"(%sum, %inv_d) : (tensor<4x1x1x1xf32>, tensor<1xf32>) -> tensor<4x1x1x1xf32>
  %shifted = "ane.add"(%mean, %eps) : (tensor<4x1x1x1xf32>, tensor<1xf32>) -> tensor<4x1x1x1xf32>
  %r = "ane.rsqrt"(%shifted) {epsilon = 0.0 : f32} : (tensor<4x1x1x1xf32>) -> tensor<4x1x1x1xf32>
  %y = "ane.mul"(%rows, %r) : (tensor<4x16x1x1xf32>, tensor<4x1x1x1xf32>) -> tensor<4x16x1x1xf32>
  %out = "ane.reshape"(%y) {shape = array<i64: 4, 16>} : (tensor<4x16x1x1xf32>) -> tensor<4x16xf32>
  return %out : tensor<4x16xf32>
}

// CHECK-LABEL: func.func @f16_round_trip(%arg0: tensor<4x8xf16>, %arg1: tensor<8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT:    %[[Y:.*]] = "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: -1>, epsilon = 1.00135803E-5 : f32} : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
// CHECK-NEXT:    return %[[Y]] : tensor<4x8xf16>
func.func @f16_round_trip(%x: tensor<4x8xf16>, %g: tensor<8xf16>) -> tensor<4x8xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}
