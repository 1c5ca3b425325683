// Every (gamma constant / argument / none) x (f16 / f32) x (rank 2 / rank 4)
// case of strategy=l2, with the exact IR after. CHECK lines were produced
// from ane-opt output and reviewed; constants follow docs/passes.md.
// RUN: ane-opt %s --split-input-file --lower-norms=strategy=l2 | FileCheck %s
// RUN: ane-opt %s --split-input-file --lower-norms=strategy=l2 | %mlir_opt_ane --split-input-file | FileCheck %s

// CHECK-LABEL: func.func @const_gamma_f16_rank2(%arg0: tensor<4x8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<[2.828130e+00, 5.656250e+00, 8.484370e+00, 1.131250e+01, 1.414060e+00, 7.070310e-01, 4.242190e+00, 7.070310e+00]> : tensor<8xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<8.941650e-03> : tensor<1xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf16>) -> tensor<4x1xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<4x1xf16>, tensor<1xf16>) -> tensor<4x1xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.real_div"(%arg0, %[[V3]]) : (tensor<4x8xf16>, tensor<4x1xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V0]]) : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: return %[[V5]] : tensor<4x8xf16>
func.func @const_gamma_f16_rank2(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 0.5, 0.25, 1.5, 2.5]> : tensor<8xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// CHECK-LABEL: func.func @arg_gamma_f16_rank2(%arg0: tensor<4x8xf16>, %arg1: tensor<8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<3.535160e-01> : tensor<1xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<8.941650e-03> : tensor<1xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf16>) -> tensor<4x1xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<4x1xf16>, tensor<1xf16>) -> tensor<4x1xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%[[V3]], %[[V0]]) : (tensor<4x1xf16>, tensor<1xf16>) -> tensor<4x1xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.real_div"(%arg0, %[[V4]]) : (tensor<4x8xf16>, tensor<4x1xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.mul"(%[[V5]], %arg1) : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: return %[[V6]] : tensor<4x8xf16>
func.func @arg_gamma_f16_rank2(%x: tensor<4x8xf16>, %g: tensor<8xf16>) -> tensor<4x8xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// CHECK-LABEL: func.func @no_gamma_f16_rank2(%arg0: tensor<4x8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<2.828130e+00> : tensor<1xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<8.941650e-03> : tensor<1xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf16>) -> tensor<4x1xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<4x1xf16>, tensor<1xf16>) -> tensor<4x1xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.real_div"(%arg0, %[[V3]]) : (tensor<4x8xf16>, tensor<4x1xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V0]]) : (tensor<4x8xf16>, tensor<1xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: return %[[V5]] : tensor<4x8xf16>
func.func @no_gamma_f16_rank2(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// CHECK-LABEL: func.func @const_gamma_f16_rank4(%arg0: tensor<1x2x3x8xf16>) -> tensor<1x2x3x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<[2.828130e+00, 5.656250e+00, 8.484370e+00, 1.131250e+01, 1.414060e+00, 7.070310e-01, 4.242190e+00, 7.070310e+00]> : tensor<8xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<8.941650e-03> : tensor<1xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<1x2x3x8xf16>) -> tensor<1x2x3x1xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<1x2x3x1xf16>, tensor<1xf16>) -> tensor<1x2x3x1xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.real_div"(%arg0, %[[V3]]) : (tensor<1x2x3x8xf16>, tensor<1x2x3x1xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V0]]) : (tensor<1x2x3x8xf16>, tensor<8xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: return %[[V5]] : tensor<1x2x3x8xf16>
func.func @const_gamma_f16_rank4(%x: tensor<1x2x3x8xf16>) -> tensor<1x2x3x8xf16> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 0.5, 0.25, 1.5, 2.5]> : tensor<8xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf16>, tensor<8xf16>) -> tensor<1x2x3x8xf16>
  return %0 : tensor<1x2x3x8xf16>
}

// -----

// CHECK-LABEL: func.func @arg_gamma_f16_rank4(%arg0: tensor<1x2x3x8xf16>, %arg1: tensor<8xf16>) -> tensor<1x2x3x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<3.535160e-01> : tensor<1xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<8.941650e-03> : tensor<1xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<1x2x3x8xf16>) -> tensor<1x2x3x1xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<1x2x3x1xf16>, tensor<1xf16>) -> tensor<1x2x3x1xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%[[V3]], %[[V0]]) : (tensor<1x2x3x1xf16>, tensor<1xf16>) -> tensor<1x2x3x1xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.real_div"(%arg0, %[[V4]]) : (tensor<1x2x3x8xf16>, tensor<1x2x3x1xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.mul"(%[[V5]], %arg1) : (tensor<1x2x3x8xf16>, tensor<8xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: return %[[V6]] : tensor<1x2x3x8xf16>
func.func @arg_gamma_f16_rank4(%x: tensor<1x2x3x8xf16>, %g: tensor<8xf16>) -> tensor<1x2x3x8xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf16>, tensor<8xf16>) -> tensor<1x2x3x8xf16>
  return %0 : tensor<1x2x3x8xf16>
}

// -----

// CHECK-LABEL: func.func @no_gamma_f16_rank4(%arg0: tensor<1x2x3x8xf16>) -> tensor<1x2x3x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<2.828130e+00> : tensor<1xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<8.941650e-03> : tensor<1xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<1x2x3x8xf16>) -> tensor<1x2x3x1xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<1x2x3x1xf16>, tensor<1xf16>) -> tensor<1x2x3x1xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.real_div"(%arg0, %[[V3]]) : (tensor<1x2x3x8xf16>, tensor<1x2x3x1xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V0]]) : (tensor<1x2x3x8xf16>, tensor<1xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: return %[[V5]] : tensor<1x2x3x8xf16>
func.func @no_gamma_f16_rank4(%x: tensor<1x2x3x8xf16>) -> tensor<1x2x3x8xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf16>) -> tensor<1x2x3x8xf16>
  return %0 : tensor<1x2x3x8xf16>
}

// -----

// CHECK-LABEL: func.func @const_gamma_f32_rank2(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<[2.82842708, 5.65685415, 8.48528099, 11.3137083, 1.41421354, 0.707106769, 4.2426405, 7.07106781]> : tensor<8xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<0.00894427206> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.real_div"(%arg0, %[[V3]]) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V0]]) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V5]] : tensor<4x8xf32>
func.func @const_gamma_f32_rank2(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 0.5, 0.25, 1.5, 2.5]> : tensor<8xf32>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// CHECK-LABEL: func.func @arg_gamma_f32_rank2(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<0.353553385> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<0.00894427206> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%[[V3]], %[[V0]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.real_div"(%arg0, %[[V4]]) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.mul"(%[[V5]], %arg1) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V6]] : tensor<4x8xf32>
func.func @arg_gamma_f32_rank2(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// CHECK-LABEL: func.func @no_gamma_f32_rank2(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<2.82842708> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<0.00894427206> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.real_div"(%arg0, %[[V3]]) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V0]]) : (tensor<4x8xf32>, tensor<1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V5]] : tensor<4x8xf32>
func.func @no_gamma_f32_rank2(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// CHECK-LABEL: func.func @const_gamma_f32_rank4(%arg0: tensor<1x2x3x8xf32>) -> tensor<1x2x3x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<[2.82842708, 5.65685415, 8.48528099, 11.3137083, 1.41421354, 0.707106769, 4.2426405, 7.07106781]> : tensor<8xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<0.00894427206> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<1x2x3x8xf32>) -> tensor<1x2x3x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<1x2x3x1xf32>, tensor<1xf32>) -> tensor<1x2x3x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.real_div"(%arg0, %[[V3]]) : (tensor<1x2x3x8xf32>, tensor<1x2x3x1xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V0]]) : (tensor<1x2x3x8xf32>, tensor<8xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: return %[[V5]] : tensor<1x2x3x8xf32>
func.func @const_gamma_f32_rank4(%x: tensor<1x2x3x8xf32>) -> tensor<1x2x3x8xf32> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 0.5, 0.25, 1.5, 2.5]> : tensor<8xf32>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf32>, tensor<8xf32>) -> tensor<1x2x3x8xf32>
  return %0 : tensor<1x2x3x8xf32>
}

// -----

// CHECK-LABEL: func.func @arg_gamma_f32_rank4(%arg0: tensor<1x2x3x8xf32>, %arg1: tensor<8xf32>) -> tensor<1x2x3x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<0.353553385> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<0.00894427206> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<1x2x3x8xf32>) -> tensor<1x2x3x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<1x2x3x1xf32>, tensor<1xf32>) -> tensor<1x2x3x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%[[V3]], %[[V0]]) : (tensor<1x2x3x1xf32>, tensor<1xf32>) -> tensor<1x2x3x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.real_div"(%arg0, %[[V4]]) : (tensor<1x2x3x8xf32>, tensor<1x2x3x1xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.mul"(%[[V5]], %arg1) : (tensor<1x2x3x8xf32>, tensor<8xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: return %[[V6]] : tensor<1x2x3x8xf32>
func.func @arg_gamma_f32_rank4(%x: tensor<1x2x3x8xf32>, %g: tensor<8xf32>) -> tensor<1x2x3x8xf32> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf32>, tensor<8xf32>) -> tensor<1x2x3x8xf32>
  return %0 : tensor<1x2x3x8xf32>
}

// -----

// CHECK-LABEL: func.func @no_gamma_f32_rank4(%arg0: tensor<1x2x3x8xf32>) -> tensor<1x2x3x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<2.82842708> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<0.00894427206> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<1x2x3x8xf32>) -> tensor<1x2x3x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<1x2x3x1xf32>, tensor<1xf32>) -> tensor<1x2x3x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.real_div"(%arg0, %[[V3]]) : (tensor<1x2x3x8xf32>, tensor<1x2x3x1xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V0]]) : (tensor<1x2x3x8xf32>, tensor<1xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: return %[[V5]] : tensor<1x2x3x8xf32>
func.func @no_gamma_f32_rank4(%x: tensor<1x2x3x8xf32>) -> tensor<1x2x3x8xf32> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf32>) -> tensor<1x2x3x8xf32>
  return %0 : tensor<1x2x3x8xf32>
}
