// Every (gamma constant / argument / none) x (f16 / f32) x (rank 2 / rank 4)
// case of strategy=reduce-sum, with the exact IR after. CHECK lines were produced
// from ane-opt output and reviewed; constants follow docs/passes.md.
// RUN: ane-opt %s --split-input-file --lower-norms=strategy=reduce-sum | FileCheck %s
// RUN: ane-opt %s --split-input-file --lower-norms=strategy=reduce-sum | %mlir_opt_ane --split-input-file | FileCheck %s

// CHECK-LABEL: func.func @const_gamma_f16_rank2(%arg0: tensor<4x8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<1.001360e-05> : tensor<1xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.250000e-01> : tensor<1xf16>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e-01, 2.500000e-01, 1.500000e+00, 2.500000e+00]> : tensor<8xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 4, 8, 1, 1>} : (tensor<4x8xf16>) -> tensor<4x8x1x1xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%[[V3]], %[[V3]]) : (tensor<4x8x1x1xf16>, tensor<4x8x1x1xf16>) -> tensor<4x8x1x1xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.reduce_sum"(%[[V4]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<4x8x1x1xf16>) -> tensor<4x1x1x1xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.mul"(%[[V5]], %[[V1]]) : (tensor<4x1x1x1xf16>, tensor<1xf16>) -> tensor<4x1x1x1xf16>
// CHECK-NEXT: %[[V7:.*]] = "ane.add"(%[[V6]], %[[V0]]) : (tensor<4x1x1x1xf16>, tensor<1xf16>) -> tensor<4x1x1x1xf16>
// CHECK-NEXT: %[[V8:.*]] = "ane.rsqrt"(%[[V7]]) {epsilon = 0.000000e+00 : f32} : (tensor<4x1x1x1xf16>) -> tensor<4x1x1x1xf16>
// CHECK-NEXT: %[[V9:.*]] = "ane.mul"(%[[V3]], %[[V8]]) : (tensor<4x8x1x1xf16>, tensor<4x1x1x1xf16>) -> tensor<4x8x1x1xf16>
// CHECK-NEXT: %[[V10:.*]] = "ane.reshape"(%[[V2]]) {shape = array<i64: 1, 8, 1, 1>} : (tensor<8xf16>) -> tensor<1x8x1x1xf16>
// CHECK-NEXT: %[[V11:.*]] = "ane.mul"(%[[V9]], %[[V10]]) : (tensor<4x8x1x1xf16>, tensor<1x8x1x1xf16>) -> tensor<4x8x1x1xf16>
// CHECK-NEXT: %[[V12:.*]] = "ane.reshape"(%[[V11]]) {shape = array<i64: 4, 8>} : (tensor<4x8x1x1xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: return %[[V12]] : tensor<4x8xf16>
func.func @const_gamma_f16_rank2(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 0.5, 0.25, 1.5, 2.5]> : tensor<8xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// CHECK-LABEL: func.func @arg_gamma_f16_rank2(%arg0: tensor<4x8xf16>, %arg1: tensor<8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<1.001360e-05> : tensor<1xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.250000e-01> : tensor<1xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 4, 8, 1, 1>} : (tensor<4x8xf16>) -> tensor<4x8x1x1xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%[[V2]], %[[V2]]) : (tensor<4x8x1x1xf16>, tensor<4x8x1x1xf16>) -> tensor<4x8x1x1xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.reduce_sum"(%[[V3]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<4x8x1x1xf16>) -> tensor<4x1x1x1xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V1]]) : (tensor<4x1x1x1xf16>, tensor<1xf16>) -> tensor<4x1x1x1xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.add"(%[[V5]], %[[V0]]) : (tensor<4x1x1x1xf16>, tensor<1xf16>) -> tensor<4x1x1x1xf16>
// CHECK-NEXT: %[[V7:.*]] = "ane.rsqrt"(%[[V6]]) {epsilon = 0.000000e+00 : f32} : (tensor<4x1x1x1xf16>) -> tensor<4x1x1x1xf16>
// CHECK-NEXT: %[[V8:.*]] = "ane.mul"(%[[V2]], %[[V7]]) : (tensor<4x8x1x1xf16>, tensor<4x1x1x1xf16>) -> tensor<4x8x1x1xf16>
// CHECK-NEXT: %[[V9:.*]] = "ane.reshape"(%arg1) {shape = array<i64: 1, 8, 1, 1>} : (tensor<8xf16>) -> tensor<1x8x1x1xf16>
// CHECK-NEXT: %[[V10:.*]] = "ane.mul"(%[[V8]], %[[V9]]) : (tensor<4x8x1x1xf16>, tensor<1x8x1x1xf16>) -> tensor<4x8x1x1xf16>
// CHECK-NEXT: %[[V11:.*]] = "ane.reshape"(%[[V10]]) {shape = array<i64: 4, 8>} : (tensor<4x8x1x1xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: return %[[V11]] : tensor<4x8xf16>
func.func @arg_gamma_f16_rank2(%x: tensor<4x8xf16>, %g: tensor<8xf16>) -> tensor<4x8xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// CHECK-LABEL: func.func @no_gamma_f16_rank2(%arg0: tensor<4x8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<1.001360e-05> : tensor<1xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.250000e-01> : tensor<1xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 4, 8, 1, 1>} : (tensor<4x8xf16>) -> tensor<4x8x1x1xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%[[V2]], %[[V2]]) : (tensor<4x8x1x1xf16>, tensor<4x8x1x1xf16>) -> tensor<4x8x1x1xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.reduce_sum"(%[[V3]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<4x8x1x1xf16>) -> tensor<4x1x1x1xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V1]]) : (tensor<4x1x1x1xf16>, tensor<1xf16>) -> tensor<4x1x1x1xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.add"(%[[V5]], %[[V0]]) : (tensor<4x1x1x1xf16>, tensor<1xf16>) -> tensor<4x1x1x1xf16>
// CHECK-NEXT: %[[V7:.*]] = "ane.rsqrt"(%[[V6]]) {epsilon = 0.000000e+00 : f32} : (tensor<4x1x1x1xf16>) -> tensor<4x1x1x1xf16>
// CHECK-NEXT: %[[V8:.*]] = "ane.mul"(%[[V2]], %[[V7]]) : (tensor<4x8x1x1xf16>, tensor<4x1x1x1xf16>) -> tensor<4x8x1x1xf16>
// CHECK-NEXT: %[[V9:.*]] = "ane.reshape"(%[[V8]]) {shape = array<i64: 4, 8>} : (tensor<4x8x1x1xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: return %[[V9]] : tensor<4x8xf16>
func.func @no_gamma_f16_rank2(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// CHECK-LABEL: func.func @const_gamma_f16_rank4(%arg0: tensor<1x2x3x8xf16>) -> tensor<1x2x3x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<1.001360e-05> : tensor<1xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.250000e-01> : tensor<1xf16>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e-01, 2.500000e-01, 1.500000e+00, 2.500000e+00]> : tensor<8xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 6, 8, 1, 1>} : (tensor<1x2x3x8xf16>) -> tensor<6x8x1x1xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%[[V3]], %[[V3]]) : (tensor<6x8x1x1xf16>, tensor<6x8x1x1xf16>) -> tensor<6x8x1x1xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.reduce_sum"(%[[V4]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<6x8x1x1xf16>) -> tensor<6x1x1x1xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.mul"(%[[V5]], %[[V1]]) : (tensor<6x1x1x1xf16>, tensor<1xf16>) -> tensor<6x1x1x1xf16>
// CHECK-NEXT: %[[V7:.*]] = "ane.add"(%[[V6]], %[[V0]]) : (tensor<6x1x1x1xf16>, tensor<1xf16>) -> tensor<6x1x1x1xf16>
// CHECK-NEXT: %[[V8:.*]] = "ane.rsqrt"(%[[V7]]) {epsilon = 0.000000e+00 : f32} : (tensor<6x1x1x1xf16>) -> tensor<6x1x1x1xf16>
// CHECK-NEXT: %[[V9:.*]] = "ane.mul"(%[[V3]], %[[V8]]) : (tensor<6x8x1x1xf16>, tensor<6x1x1x1xf16>) -> tensor<6x8x1x1xf16>
// CHECK-NEXT: %[[V10:.*]] = "ane.reshape"(%[[V2]]) {shape = array<i64: 1, 8, 1, 1>} : (tensor<8xf16>) -> tensor<1x8x1x1xf16>
// CHECK-NEXT: %[[V11:.*]] = "ane.mul"(%[[V9]], %[[V10]]) : (tensor<6x8x1x1xf16>, tensor<1x8x1x1xf16>) -> tensor<6x8x1x1xf16>
// CHECK-NEXT: %[[V12:.*]] = "ane.reshape"(%[[V11]]) {shape = array<i64: 1, 2, 3, 8>} : (tensor<6x8x1x1xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: return %[[V12]] : tensor<1x2x3x8xf16>
func.func @const_gamma_f16_rank4(%x: tensor<1x2x3x8xf16>) -> tensor<1x2x3x8xf16> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 0.5, 0.25, 1.5, 2.5]> : tensor<8xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf16>, tensor<8xf16>) -> tensor<1x2x3x8xf16>
  return %0 : tensor<1x2x3x8xf16>
}

// -----

// CHECK-LABEL: func.func @arg_gamma_f16_rank4(%arg0: tensor<1x2x3x8xf16>, %arg1: tensor<8xf16>) -> tensor<1x2x3x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<1.001360e-05> : tensor<1xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.250000e-01> : tensor<1xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 6, 8, 1, 1>} : (tensor<1x2x3x8xf16>) -> tensor<6x8x1x1xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%[[V2]], %[[V2]]) : (tensor<6x8x1x1xf16>, tensor<6x8x1x1xf16>) -> tensor<6x8x1x1xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.reduce_sum"(%[[V3]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<6x8x1x1xf16>) -> tensor<6x1x1x1xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V1]]) : (tensor<6x1x1x1xf16>, tensor<1xf16>) -> tensor<6x1x1x1xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.add"(%[[V5]], %[[V0]]) : (tensor<6x1x1x1xf16>, tensor<1xf16>) -> tensor<6x1x1x1xf16>
// CHECK-NEXT: %[[V7:.*]] = "ane.rsqrt"(%[[V6]]) {epsilon = 0.000000e+00 : f32} : (tensor<6x1x1x1xf16>) -> tensor<6x1x1x1xf16>
// CHECK-NEXT: %[[V8:.*]] = "ane.mul"(%[[V2]], %[[V7]]) : (tensor<6x8x1x1xf16>, tensor<6x1x1x1xf16>) -> tensor<6x8x1x1xf16>
// CHECK-NEXT: %[[V9:.*]] = "ane.reshape"(%arg1) {shape = array<i64: 1, 8, 1, 1>} : (tensor<8xf16>) -> tensor<1x8x1x1xf16>
// CHECK-NEXT: %[[V10:.*]] = "ane.mul"(%[[V8]], %[[V9]]) : (tensor<6x8x1x1xf16>, tensor<1x8x1x1xf16>) -> tensor<6x8x1x1xf16>
// CHECK-NEXT: %[[V11:.*]] = "ane.reshape"(%[[V10]]) {shape = array<i64: 1, 2, 3, 8>} : (tensor<6x8x1x1xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: return %[[V11]] : tensor<1x2x3x8xf16>
func.func @arg_gamma_f16_rank4(%x: tensor<1x2x3x8xf16>, %g: tensor<8xf16>) -> tensor<1x2x3x8xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf16>, tensor<8xf16>) -> tensor<1x2x3x8xf16>
  return %0 : tensor<1x2x3x8xf16>
}

// -----

// CHECK-LABEL: func.func @no_gamma_f16_rank4(%arg0: tensor<1x2x3x8xf16>) -> tensor<1x2x3x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<1.001360e-05> : tensor<1xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.250000e-01> : tensor<1xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 6, 8, 1, 1>} : (tensor<1x2x3x8xf16>) -> tensor<6x8x1x1xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%[[V2]], %[[V2]]) : (tensor<6x8x1x1xf16>, tensor<6x8x1x1xf16>) -> tensor<6x8x1x1xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.reduce_sum"(%[[V3]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<6x8x1x1xf16>) -> tensor<6x1x1x1xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V1]]) : (tensor<6x1x1x1xf16>, tensor<1xf16>) -> tensor<6x1x1x1xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.add"(%[[V5]], %[[V0]]) : (tensor<6x1x1x1xf16>, tensor<1xf16>) -> tensor<6x1x1x1xf16>
// CHECK-NEXT: %[[V7:.*]] = "ane.rsqrt"(%[[V6]]) {epsilon = 0.000000e+00 : f32} : (tensor<6x1x1x1xf16>) -> tensor<6x1x1x1xf16>
// CHECK-NEXT: %[[V8:.*]] = "ane.mul"(%[[V2]], %[[V7]]) : (tensor<6x8x1x1xf16>, tensor<6x1x1x1xf16>) -> tensor<6x8x1x1xf16>
// CHECK-NEXT: %[[V9:.*]] = "ane.reshape"(%[[V8]]) {shape = array<i64: 1, 2, 3, 8>} : (tensor<6x8x1x1xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: return %[[V9]] : tensor<1x2x3x8xf16>
func.func @no_gamma_f16_rank4(%x: tensor<1x2x3x8xf16>) -> tensor<1x2x3x8xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf16>) -> tensor<1x2x3x8xf16>
  return %0 : tensor<1x2x3x8xf16>
}

// -----

// CHECK-LABEL: func.func @const_gamma_f32_rank2(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.250000e-01> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e-01, 2.500000e-01, 1.500000e+00, 2.500000e+00]> : tensor<8xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 4, 8, 1, 1>} : (tensor<4x8xf32>) -> tensor<4x8x1x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%[[V3]], %[[V3]]) : (tensor<4x8x1x1xf32>, tensor<4x8x1x1xf32>) -> tensor<4x8x1x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.reduce_sum"(%[[V4]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<4x8x1x1xf32>) -> tensor<4x1x1x1xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.mul"(%[[V5]], %[[V1]]) : (tensor<4x1x1x1xf32>, tensor<1xf32>) -> tensor<4x1x1x1xf32>
// CHECK-NEXT: %[[V7:.*]] = "ane.add"(%[[V6]], %[[V0]]) : (tensor<4x1x1x1xf32>, tensor<1xf32>) -> tensor<4x1x1x1xf32>
// CHECK-NEXT: %[[V8:.*]] = "ane.rsqrt"(%[[V7]]) {epsilon = 0.000000e+00 : f32} : (tensor<4x1x1x1xf32>) -> tensor<4x1x1x1xf32>
// CHECK-NEXT: %[[V9:.*]] = "ane.mul"(%[[V3]], %[[V8]]) : (tensor<4x8x1x1xf32>, tensor<4x1x1x1xf32>) -> tensor<4x8x1x1xf32>
// CHECK-NEXT: %[[V10:.*]] = "ane.reshape"(%[[V2]]) {shape = array<i64: 1, 8, 1, 1>} : (tensor<8xf32>) -> tensor<1x8x1x1xf32>
// CHECK-NEXT: %[[V11:.*]] = "ane.mul"(%[[V9]], %[[V10]]) : (tensor<4x8x1x1xf32>, tensor<1x8x1x1xf32>) -> tensor<4x8x1x1xf32>
// CHECK-NEXT: %[[V12:.*]] = "ane.reshape"(%[[V11]]) {shape = array<i64: 4, 8>} : (tensor<4x8x1x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V12]] : tensor<4x8xf32>
func.func @const_gamma_f32_rank2(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 0.5, 0.25, 1.5, 2.5]> : tensor<8xf32>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// CHECK-LABEL: func.func @arg_gamma_f32_rank2(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.250000e-01> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 4, 8, 1, 1>} : (tensor<4x8xf32>) -> tensor<4x8x1x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%[[V2]], %[[V2]]) : (tensor<4x8x1x1xf32>, tensor<4x8x1x1xf32>) -> tensor<4x8x1x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.reduce_sum"(%[[V3]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<4x8x1x1xf32>) -> tensor<4x1x1x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V1]]) : (tensor<4x1x1x1xf32>, tensor<1xf32>) -> tensor<4x1x1x1xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.add"(%[[V5]], %[[V0]]) : (tensor<4x1x1x1xf32>, tensor<1xf32>) -> tensor<4x1x1x1xf32>
// CHECK-NEXT: %[[V7:.*]] = "ane.rsqrt"(%[[V6]]) {epsilon = 0.000000e+00 : f32} : (tensor<4x1x1x1xf32>) -> tensor<4x1x1x1xf32>
// CHECK-NEXT: %[[V8:.*]] = "ane.mul"(%[[V2]], %[[V7]]) : (tensor<4x8x1x1xf32>, tensor<4x1x1x1xf32>) -> tensor<4x8x1x1xf32>
// CHECK-NEXT: %[[V9:.*]] = "ane.reshape"(%arg1) {shape = array<i64: 1, 8, 1, 1>} : (tensor<8xf32>) -> tensor<1x8x1x1xf32>
// CHECK-NEXT: %[[V10:.*]] = "ane.mul"(%[[V8]], %[[V9]]) : (tensor<4x8x1x1xf32>, tensor<1x8x1x1xf32>) -> tensor<4x8x1x1xf32>
// CHECK-NEXT: %[[V11:.*]] = "ane.reshape"(%[[V10]]) {shape = array<i64: 4, 8>} : (tensor<4x8x1x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V11]] : tensor<4x8xf32>
func.func @arg_gamma_f32_rank2(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// CHECK-LABEL: func.func @no_gamma_f32_rank2(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.250000e-01> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 4, 8, 1, 1>} : (tensor<4x8xf32>) -> tensor<4x8x1x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%[[V2]], %[[V2]]) : (tensor<4x8x1x1xf32>, tensor<4x8x1x1xf32>) -> tensor<4x8x1x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.reduce_sum"(%[[V3]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<4x8x1x1xf32>) -> tensor<4x1x1x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V1]]) : (tensor<4x1x1x1xf32>, tensor<1xf32>) -> tensor<4x1x1x1xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.add"(%[[V5]], %[[V0]]) : (tensor<4x1x1x1xf32>, tensor<1xf32>) -> tensor<4x1x1x1xf32>
// CHECK-NEXT: %[[V7:.*]] = "ane.rsqrt"(%[[V6]]) {epsilon = 0.000000e+00 : f32} : (tensor<4x1x1x1xf32>) -> tensor<4x1x1x1xf32>
// CHECK-NEXT: %[[V8:.*]] = "ane.mul"(%[[V2]], %[[V7]]) : (tensor<4x8x1x1xf32>, tensor<4x1x1x1xf32>) -> tensor<4x8x1x1xf32>
// CHECK-NEXT: %[[V9:.*]] = "ane.reshape"(%[[V8]]) {shape = array<i64: 4, 8>} : (tensor<4x8x1x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V9]] : tensor<4x8xf32>
func.func @no_gamma_f32_rank2(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// CHECK-LABEL: func.func @const_gamma_f32_rank4(%arg0: tensor<1x2x3x8xf32>) -> tensor<1x2x3x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.250000e-01> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e-01, 2.500000e-01, 1.500000e+00, 2.500000e+00]> : tensor<8xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 6, 8, 1, 1>} : (tensor<1x2x3x8xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%[[V3]], %[[V3]]) : (tensor<6x8x1x1xf32>, tensor<6x8x1x1xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.reduce_sum"(%[[V4]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<6x8x1x1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.mul"(%[[V5]], %[[V1]]) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT: %[[V7:.*]] = "ane.add"(%[[V6]], %[[V0]]) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT: %[[V8:.*]] = "ane.rsqrt"(%[[V7]]) {epsilon = 0.000000e+00 : f32} : (tensor<6x1x1x1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT: %[[V9:.*]] = "ane.mul"(%[[V3]], %[[V8]]) : (tensor<6x8x1x1xf32>, tensor<6x1x1x1xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V10:.*]] = "ane.reshape"(%[[V2]]) {shape = array<i64: 1, 8, 1, 1>} : (tensor<8xf32>) -> tensor<1x8x1x1xf32>
// CHECK-NEXT: %[[V11:.*]] = "ane.mul"(%[[V9]], %[[V10]]) : (tensor<6x8x1x1xf32>, tensor<1x8x1x1xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V12:.*]] = "ane.reshape"(%[[V11]]) {shape = array<i64: 1, 2, 3, 8>} : (tensor<6x8x1x1xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: return %[[V12]] : tensor<1x2x3x8xf32>
func.func @const_gamma_f32_rank4(%x: tensor<1x2x3x8xf32>) -> tensor<1x2x3x8xf32> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 0.5, 0.25, 1.5, 2.5]> : tensor<8xf32>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf32>, tensor<8xf32>) -> tensor<1x2x3x8xf32>
  return %0 : tensor<1x2x3x8xf32>
}

// -----

// CHECK-LABEL: func.func @arg_gamma_f32_rank4(%arg0: tensor<1x2x3x8xf32>, %arg1: tensor<8xf32>) -> tensor<1x2x3x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.250000e-01> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 6, 8, 1, 1>} : (tensor<1x2x3x8xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%[[V2]], %[[V2]]) : (tensor<6x8x1x1xf32>, tensor<6x8x1x1xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.reduce_sum"(%[[V3]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<6x8x1x1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V1]]) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.add"(%[[V5]], %[[V0]]) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT: %[[V7:.*]] = "ane.rsqrt"(%[[V6]]) {epsilon = 0.000000e+00 : f32} : (tensor<6x1x1x1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT: %[[V8:.*]] = "ane.mul"(%[[V2]], %[[V7]]) : (tensor<6x8x1x1xf32>, tensor<6x1x1x1xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V9:.*]] = "ane.reshape"(%arg1) {shape = array<i64: 1, 8, 1, 1>} : (tensor<8xf32>) -> tensor<1x8x1x1xf32>
// CHECK-NEXT: %[[V10:.*]] = "ane.mul"(%[[V8]], %[[V9]]) : (tensor<6x8x1x1xf32>, tensor<1x8x1x1xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V11:.*]] = "ane.reshape"(%[[V10]]) {shape = array<i64: 1, 2, 3, 8>} : (tensor<6x8x1x1xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: return %[[V11]] : tensor<1x2x3x8xf32>
func.func @arg_gamma_f32_rank4(%x: tensor<1x2x3x8xf32>, %g: tensor<8xf32>) -> tensor<1x2x3x8xf32> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf32>, tensor<8xf32>) -> tensor<1x2x3x8xf32>
  return %0 : tensor<1x2x3x8xf32>
}

// -----

// CHECK-LABEL: func.func @no_gamma_f32_rank4(%arg0: tensor<1x2x3x8xf32>) -> tensor<1x2x3x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.250000e-01> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 6, 8, 1, 1>} : (tensor<1x2x3x8xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%[[V2]], %[[V2]]) : (tensor<6x8x1x1xf32>, tensor<6x8x1x1xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.reduce_sum"(%[[V3]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<6x8x1x1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V1]]) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.add"(%[[V5]], %[[V0]]) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT: %[[V7:.*]] = "ane.rsqrt"(%[[V6]]) {epsilon = 0.000000e+00 : f32} : (tensor<6x1x1x1xf32>) -> tensor<6x1x1x1xf32>
// CHECK-NEXT: %[[V8:.*]] = "ane.mul"(%[[V2]], %[[V7]]) : (tensor<6x8x1x1xf32>, tensor<6x1x1x1xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V9:.*]] = "ane.reshape"(%[[V8]]) {shape = array<i64: 1, 2, 3, 8>} : (tensor<6x8x1x1xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: return %[[V9]] : tensor<1x2x3x8xf32>
func.func @no_gamma_f32_rank4(%x: tensor<1x2x3x8xf32>) -> tensor<1x2x3x8xf32> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf32>) -> tensor<1x2x3x8xf32>
  return %0 : tensor<1x2x3x8xf32>
}
