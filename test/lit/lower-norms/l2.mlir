// strategy=l2 (the default): every ane.rms_norm becomes reduce_l2_norm ->
// maximum(floor sqrt(D*eps)) -> real_div -> mul(gamma * sqrt(D)), with gamma
// folded when it is a constant whose fold stays in range; otherwise the norm
// is scaled by 1/sqrt(D) before the divide and gamma applied as it is. The output re-parses in ane-opt and in stock
// mlir-opt, and lowering again changes nothing.
// RUN: ane-opt %s --split-input-file --lower-norms | FileCheck %s
// RUN: ane-opt %s --split-input-file --lower-norms=strategy=l2 | FileCheck %s
// RUN: ane-opt %s --split-input-file --pass-pipeline='builtin.module(func.func(lower-norms{strategy=l2}))' | FileCheck %s
// RUN: ane-opt %s --split-input-file --lower-norms | %mlir_opt_ane --split-input-file | FileCheck %s
// RUN: ane-opt %s --split-input-file --lower-norms | ane-opt --split-input-file --lower-norms | FileCheck %s

// f16, constant gamma: gamma * sqrt(8) folded in f32 and rounded to f16
// (1.0 * 2.8284271 -> 0x41A8 = 2.828125; 0.5 * 2.8284271 -> 1.4140625).
// floor = sqrt(8 * 1e-5) = 8.9443e-3 -> f16 8.941650e-03.
// CHECK-LABEL: func.func @f16_const_gamma(%arg0: tensor<4x8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT:    %[[G:.*]] = arith.constant dense<[2.828130e+00, 5.656250e+00, 8.484370e+00, 1.131250e+01, 1.414060e+00, 7.070310e-01, 4.242190e+00, 7.070310e+00]> : tensor<8xf16>
// CHECK-NEXT:    %[[F:.*]] = arith.constant dense<8.941650e-03> : tensor<1xf16>
// CHECK-NEXT:    %[[N:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf16>) -> tensor<4x1xf16>
// CHECK-NEXT:    %[[M:.*]] = "ane.maximum"(%[[N]], %[[F]]) : (tensor<4x1xf16>, tensor<1xf16>) -> tensor<4x1xf16>
// CHECK-NEXT:    %[[Q:.*]] = "ane.real_div"(%arg0, %[[M]]) : (tensor<4x8xf16>, tensor<4x1xf16>) -> tensor<4x8xf16>
// CHECK-NEXT:    %[[Y:.*]] = "ane.mul"(%[[Q]], %[[G]]) : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
// CHECK-NEXT:    return %[[Y]] : tensor<4x8xf16>
func.func @f16_const_gamma(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 0.5, 0.25, 1.5, 2.5]> : tensor<8xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// f32, splat constant gamma, rank 3: the fold keeps the splat.
// CHECK-LABEL: func.func @f32_splat_gamma_rank3(%arg0: tensor<2x3x16xf32>) -> tensor<2x3x16xf32> {
// CHECK-NEXT:    %[[G:.*]] = arith.constant dense<8.000000e+00> : tensor<16xf32>
// CHECK-NEXT:    %[[F:.*]] = arith.constant dense<0.0126491105> : tensor<1xf32>
// CHECK-NEXT:    %[[N:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x3x16xf32>) -> tensor<2x3x1xf32>
// CHECK-NEXT:    %[[M:.*]] = "ane.maximum"(%[[N]], %[[F]]) : (tensor<2x3x1xf32>, tensor<1xf32>) -> tensor<2x3x1xf32>
// CHECK-NEXT:    %[[Q:.*]] = "ane.real_div"(%arg0, %[[M]]) : (tensor<2x3x16xf32>, tensor<2x3x1xf32>) -> tensor<2x3x16xf32>
// CHECK-NEXT:    %[[Y:.*]] = "ane.mul"(%[[Q]], %[[G]]) : (tensor<2x3x16xf32>, tensor<16xf32>) -> tensor<2x3x16xf32>
// CHECK-NEXT:    return %[[Y]]
func.func @f32_splat_gamma_rank3(%x: tensor<2x3x16xf32>) -> tensor<2x3x16xf32> {
  %g = arith.constant dense<2.0> : tensor<16xf32>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2x3x16xf32>, tensor<16xf32>) -> tensor<2x3x16xf32>
  return %0 : tensor<2x3x16xf32>
}

// -----

// gamma is an argument: the norm is scaled to the RMS by 1/sqrt(8) =
// 0.353553385 on the [2, 3, 1] tensor, and gamma is applied as it is (scaling
// gamma by sqrt(D) could overflow f16 at run time; docs/numerics.md).
// CHECK-LABEL: func.func @f32_gamma_arg(%arg0: tensor<2x3x8xf32>, %arg1: tensor<8xf32>) -> tensor<2x3x8xf32> {
// CHECK-NEXT:    %[[S:.*]] = arith.constant dense<0.353553385> : tensor<1xf32>
// CHECK-NEXT:    %[[F:.*]] = arith.constant dense<0.00894427206> : tensor<1xf32>
// CHECK-NEXT:    %[[N:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x3x8xf32>) -> tensor<2x3x1xf32>
// CHECK-NEXT:    %[[M:.*]] = "ane.maximum"(%[[N]], %[[F]]) : (tensor<2x3x1xf32>, tensor<1xf32>) -> tensor<2x3x1xf32>
// CHECK-NEXT:    %[[R:.*]] = "ane.mul"(%[[M]], %[[S]]) : (tensor<2x3x1xf32>, tensor<1xf32>) -> tensor<2x3x1xf32>
// CHECK-NEXT:    %[[Q:.*]] = "ane.real_div"(%arg0, %[[R]]) : (tensor<2x3x8xf32>, tensor<2x3x1xf32>) -> tensor<2x3x8xf32>
// CHECK-NEXT:    %[[Y:.*]] = "ane.mul"(%[[Q]], %arg1) : (tensor<2x3x8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
// CHECK-NEXT:    return %[[Y]]
func.func @f32_gamma_arg(%x: tensor<2x3x8xf32>, %g: tensor<8xf32>) -> tensor<2x3x8xf32> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2x3x8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
  return %0 : tensor<2x3x8xf32>
}

// -----

// No gamma: gamma' is the splat sqrt(D) (sqrt(8) -> f16 2.828125).
// CHECK-LABEL: func.func @f16_no_gamma(%arg0: tensor<4x8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT:    %[[S:.*]] = arith.constant dense<2.828130e+00> : tensor<1xf16>
// CHECK-NEXT:    %[[F:.*]] = arith.constant dense<8.941650e-03> : tensor<1xf16>
// CHECK-NEXT:    %[[N:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf16>) -> tensor<4x1xf16>
// CHECK-NEXT:    %[[M:.*]] = "ane.maximum"(%[[N]], %[[F]]) : (tensor<4x1xf16>, tensor<1xf16>) -> tensor<4x1xf16>
// CHECK-NEXT:    %[[Q:.*]] = "ane.real_div"(%arg0, %[[M]]) : (tensor<4x8xf16>, tensor<4x1xf16>) -> tensor<4x8xf16>
// CHECK-NEXT:    %[[Y:.*]] = "ane.mul"(%[[Q]], %[[S]]) : (tensor<4x8xf16>, tensor<1xf16>) -> tensor<4x8xf16>
// CHECK-NEXT:    return %[[Y]]
func.func @f16_no_gamma(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// ane.l2_norm over any axis: the same sequence with floor sqrt(eps), no gamma.
// CHECK-LABEL: func.func @l2_norm_axis0(%arg0: tensor<4x8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT:    %[[F:.*]] = arith.constant dense<3.162380e-03> : tensor<1xf16>
// CHECK-NEXT:    %[[N:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: 0>, keep_dims = true} : (tensor<4x8xf16>) -> tensor<1x8xf16>
// CHECK-NEXT:    %[[M:.*]] = "ane.maximum"(%[[N]], %[[F]]) : (tensor<1x8xf16>, tensor<1xf16>) -> tensor<1x8xf16>
// CHECK-NEXT:    %[[Y:.*]] = "ane.real_div"(%arg0, %[[M]]) : (tensor<4x8xf16>, tensor<1x8xf16>) -> tensor<4x8xf16>
// CHECK-NEXT:    return %[[Y]]
func.func @l2_norm_axis0(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %0 = "ane.l2_norm"(%x) {axes = array<i64: 0>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// A dynamic normalized dim is left alone: no diagnostic, no partial rewrite.
// CHECK-LABEL: func.func @dynamic_last_dim
// CHECK-NEXT:    %0 = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x?xf16>) -> tensor<4x?xf16>
// CHECK-NEXT:    return %0
func.func @dynamic_last_dim(%x: tensor<4x?xf16>) -> tensor<4x?xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x?xf16>) -> tensor<4x?xf16>
  return %0 : tensor<4x?xf16>
}

// -----

// A dynamic leading dim is fine: only D must be static.
// CHECK-LABEL: func.func @dynamic_rows
// CHECK-NEXT:    %[[S:.*]] = arith.constant dense<2.828130e+00> : tensor<1xf16>
// CHECK-NEXT:    %[[F:.*]] = arith.constant dense<8.941650e-03> : tensor<1xf16>
// CHECK-NEXT:    "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<?x8xf16>) -> tensor<?x1xf16>
func.func @dynamic_rows(%x: tensor<?x8xf16>) -> tensor<?x8xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<?x8xf16>) -> tensor<?x8xf16>
  return %0 : tensor<?x8xf16>
}
