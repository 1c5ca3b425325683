// strategy=layer-norm: the exact [x, -x] trick: concat([x, -x]) has mean 0
// and variance mean(x^2), so layer_norm(gamma=1, beta=0) of it, sliced to the
// first half, is x / sqrt(mean(x^2) + eps); then mul gamma.
// RUN: ane-opt %s --split-input-file --lower-norms=strategy=layer-norm | FileCheck %s
// RUN: ane-opt %s --split-input-file --lower-norms=strategy=layer-norm | %mlir_opt_ane --split-input-file | FileCheck %s

// CHECK-LABEL: func.func @f16_const_gamma(%arg0: tensor<4x8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT:    %[[ZERO:.*]] = arith.constant dense<0.000000e+00> : tensor<16xf16>
// CHECK-NEXT:    %[[ONE:.*]] = arith.constant dense<1.000000e+00> : tensor<16xf16>
// CHECK-NEXT:    %[[G:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e-01, 2.500000e-01, 1.500000e+00, 2.500000e+00]> : tensor<8xf16>
// CHECK-NEXT:    %[[M1:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf16>
// CHECK-NEXT:    %[[NEG:.*]] = "ane.mul"(%arg0, %[[M1]]) : (tensor<4x8xf16>, tensor<1xf16>) -> tensor<4x8xf16>
// CHECK-NEXT:    %[[CAT:.*]] = "ane.concat"(%arg0, %[[NEG]]) {axis = -1 : i64, interleave = false} : (tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x16xf16>
// CHECK-NEXT:    %[[LN:.*]] = "ane.layer_norm"(%[[CAT]], %[[ONE]], %[[ZERO]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x16xf16>, tensor<16xf16>, tensor<16xf16>) -> tensor<4x16xf16>
// CHECK-NEXT:    %[[HALF:.*]] = "ane.slice_by_size"(%[[LN]]) {begin = array<i64: 0, 0>, size = array<i64: 4, 8>} : (tensor<4x16xf16>) -> tensor<4x8xf16>
// CHECK-NEXT:    %[[Y:.*]] = "ane.mul"(%[[HALF]], %[[G]]) : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
// CHECK-NEXT:    return %[[Y]] : tensor<4x8xf16>
func.func @f16_const_gamma(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 0.5, 0.25, 1.5, 2.5]> : tensor<8xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// No gamma, rank 3 f32: the slice is the result.
// CHECK-LABEL: func.func @f32_no_gamma_rank3(%arg0: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
// CHECK-NEXT:    %[[ZERO:.*]] = arith.constant dense<0.000000e+00> : tensor<8xf32>
// CHECK-NEXT:    %[[ONE:.*]] = arith.constant dense<1.000000e+00> : tensor<8xf32>
// CHECK-NEXT:    %[[M1:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf32>
// CHECK-NEXT:    %[[NEG:.*]] = "ane.mul"(%arg0, %[[M1]])
// CHECK-NEXT:    %[[CAT:.*]] = "ane.concat"(%arg0, %[[NEG]]) {axis = -1 : i64, interleave = false} : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x8xf32>
// CHECK-NEXT:    %[[LN:.*]] = "ane.layer_norm"(%[[CAT]], %[[ONE]], %[[ZERO]])
// CHECK-NEXT:    %[[HALF:.*]] = "ane.slice_by_size"(%[[LN]]) {begin = array<i64: 0, 0, 0>, size = array<i64: 2, 3, 4>} : (tensor<2x3x8xf32>) -> tensor<2x3x4xf32>
// CHECK-NEXT:    return %[[HALF]]
func.func @f32_no_gamma_rank3(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// concat([x, -x]) needs 2D <= 2^31-1: D = 2^30 leaves the op alone,
// D = 2^30-1 lowers.
// CHECK-LABEL: func.func @width_over_limit
// CHECK-NEXT:    "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<2x1073741824xf16>) -> tensor<2x1073741824xf16>
// CHECK-NEXT:    return
func.func @width_over_limit(%x: tensor<2x1073741824xf16>) -> tensor<2x1073741824xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2x1073741824xf16>) -> tensor<2x1073741824xf16>
  return %0 : tensor<2x1073741824xf16>
}

// -----

// CHECK-LABEL: func.func @width_at_limit
// CHECK:         "ane.concat"(%arg0, %{{.*}}) {axis = -1 : i64, interleave = false} : (tensor<2x1073741823xf16>, tensor<2x1073741823xf16>) -> tensor<2x2147483646xf16>
// CHECK-NOT:     ane.rms_norm
func.func @width_at_limit(%x: tensor<2x1073741823xf16>) -> tensor<2x1073741823xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2x1073741823xf16>) -> tensor<2x1073741823xf16>
  return %0 : tensor<2x1073741823xf16>
}
