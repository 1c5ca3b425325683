// strategy=reduce-sum: the old ANE lowering through [M, D, 1, 1], kept for
// comparison: reshape, mul(x,x), reduce_sum(axes=[1]), mul(1/D), add(eps),
// rsqrt(epsilon=0), mul(x), mul(gamma as [1,D,1,1]), reshape back.
// RUN: ane-opt %s --split-input-file --lower-norms=strategy=reduce-sum | FileCheck %s
// RUN: ane-opt %s --split-input-file --lower-norms=strategy=reduce-sum | %mlir_opt_ane --split-input-file | FileCheck %s

// CHECK-LABEL: func.func @f32_gamma_arg(%arg0: tensor<2x3x8xf32>, %arg1: tensor<8xf32>) -> tensor<2x3x8xf32> {
// CHECK-NEXT:    %[[EPS:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// CHECK-NEXT:    %[[INVD:.*]] = arith.constant dense<1.250000e-01> : tensor<1xf32>
// CHECK-NEXT:    %[[R:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 6, 8, 1, 1>} : (tensor<2x3x8xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT:    %[[SQ:.*]] = "ane.mul"(%[[R]], %[[R]]) : (tensor<6x8x1x1xf32>, tensor<6x8x1x1xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT:    %[[SUM:.*]] = "ane.reduce_sum"(%[[SQ]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<6x8x1x1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT:    %[[MEAN:.*]] = "ane.mul"(%[[SUM]], %[[INVD]]) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT:    %[[ADD:.*]] = "ane.add"(%[[MEAN]], %[[EPS]]) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT:    %[[RS:.*]] = "ane.rsqrt"(%[[ADD]]) {epsilon = 0.000000e+00 : f32} : (tensor<6x1x1x1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT:    %[[Y:.*]] = "ane.mul"(%[[R]], %[[RS]]) : (tensor<6x8x1x1xf32>, tensor<6x1x1x1xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT:    %[[G:.*]] = "ane.reshape"(%arg1) {shape = array<i64: 1, 8, 1, 1>} : (tensor<8xf32>) -> tensor<1x8x1x1xf32>
// CHECK-NEXT:    %[[YG:.*]] = "ane.mul"(%[[Y]], %[[G]]) : (tensor<6x8x1x1xf32>, tensor<1x8x1x1xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT:    %[[OUT:.*]] = "ane.reshape"(%[[YG]]) {shape = array<i64: 2, 3, 8>} : (tensor<6x8x1x1xf32>) -> tensor<2x3x8xf32>
// CHECK-NEXT:    return %[[OUT]] : tensor<2x3x8xf32>
func.func @f32_gamma_arg(%x: tensor<2x3x8xf32>, %g: tensor<8xf32>) -> tensor<2x3x8xf32> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2x3x8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
  return %0 : tensor<2x3x8xf32>
}

// -----

// f16, no gamma: eps 1e-5 rounds to f16 1.001360e-05.
// CHECK-LABEL: func.func @f16_no_gamma(%arg0: tensor<4x8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT:    %[[EPS:.*]] = arith.constant dense<1.001360e-05> : tensor<1xf16>
// CHECK-NEXT:    %[[INVD:.*]] = arith.constant dense<1.250000e-01> : tensor<1xf16>
// CHECK-NEXT:    %[[R:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 4, 8, 1, 1>} : (tensor<4x8xf16>) -> tensor<4x8x1x1xf16>
// CHECK-NEXT:    %[[SQ:.*]] = "ane.mul"(%[[R]], %[[R]])
// CHECK-NEXT:    %[[SUM:.*]] = "ane.reduce_sum"(%[[SQ]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<4x8x1x1xf16>) -> tensor<4x1x1x1xf16>
// CHECK-NEXT:    %[[MEAN:.*]] = "ane.mul"(%[[SUM]], %[[INVD]])
// CHECK-NEXT:    %[[ADD:.*]] = "ane.add"(%[[MEAN]], %[[EPS]])
// CHECK-NEXT:    %[[RS:.*]] = "ane.rsqrt"(%[[ADD]]) {epsilon = 0.000000e+00 : f32}
// CHECK-NEXT:    %[[Y:.*]] = "ane.mul"(%[[R]], %[[RS]])
// CHECK-NEXT:    %[[OUT:.*]] = "ane.reshape"(%[[Y]]) {shape = array<i64: 4, 8>} : (tensor<4x8x1x1xf16>) -> tensor<4x8xf16>
// CHECK-NEXT:    return %[[OUT]]
func.func @f16_no_gamma(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// Needs every dim static (for M); a dynamic one leaves the op alone.
// CHECK-LABEL: func.func @dynamic_rows
// CHECK-NEXT:    "ane.rms_norm"
func.func @dynamic_rows(%x: tensor<?x8xf16>) -> tensor<?x8xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<?x8xf16>) -> tensor<?x8xf16>
  return %0 : tensor<?x8xf16>
}

// -----

// A dynamic gamma cannot be reshaped to [1,D,1,1]: the op is left alone.
// CHECK-LABEL: func.func @dynamic_gamma
// CHECK-NEXT:    "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf16>, tensor<?xf16>) -> tensor<4x8xf16>
// CHECK-NEXT:    return
func.func @dynamic_gamma(%x: tensor<4x8xf16>, %g: tensor<?xf16>) -> tensor<4x8xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<?xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// The rows view [M,D,1,1] needs M <= 2^31-1: 65536*32768 = 2^31 rows leave
// the op alone, 2^31-1 rows (1*2147483647) lower.
// CHECK-LABEL: func.func @rows_over_limit
// CHECK-NEXT:    "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<65536x32768x8xf16>) -> tensor<65536x32768x8xf16>
// CHECK-NEXT:    return
func.func @rows_over_limit(%x: tensor<65536x32768x8xf16>) -> tensor<65536x32768x8xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<65536x32768x8xf16>) -> tensor<65536x32768x8xf16>
  return %0 : tensor<65536x32768x8xf16>
}

// -----

// CHECK-LABEL: func.func @rows_at_limit
// CHECK:         "ane.reshape"(%arg0) {shape = array<i64: 2147483647, 8, 1, 1>} : (tensor<1x2147483647x8xf16>) -> tensor<2147483647x8x1x1xf16>
// CHECK-NOT:     ane.rms_norm
func.func @rows_at_limit(%x: tensor<1x2147483647x8xf16>) -> tensor<1x2147483647x8xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2147483647x8xf16>) -> tensor<1x2147483647x8xf16>
  return %0 : tensor<1x2147483647x8xf16>
}
