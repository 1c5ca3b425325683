// Every (gamma constant / argument / none) x (f16 / f32) x (rank 2 / rank 4)
// case of strategy=layer-norm, with the exact IR after. CHECK lines were produced
// from ane-opt output and reviewed; constants follow docs/passes.md.
// RUN: ane-opt %s --split-input-file --lower-norms=strategy=layer-norm | FileCheck %s
// RUN: ane-opt %s --split-input-file --lower-norms=strategy=layer-norm | %mlir_opt_ane --split-input-file | FileCheck %s

// CHECK-LABEL: func.func @const_gamma_f16_rank2(%arg0: tensor<4x8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<16xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<16xf16>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e-01, 2.500000e-01, 1.500000e+00, 2.500000e+00]> : tensor<8xf16>
// CHECK-NEXT: %[[V3:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%arg0, %[[V3]]) : (tensor<4x8xf16>, tensor<1xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.concat"(%arg0, %[[V4]]) {axis = -1 : i64, interleave = false} : (tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x16xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.layer_norm"(%[[V5]], %[[V1]], %[[V0]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x16xf16>, tensor<16xf16>, tensor<16xf16>) -> tensor<4x16xf16>
// CHECK-NEXT: %[[V7:.*]] = "ane.slice_by_size"(%[[V6]]) {begin = array<i64: 0, 0>, size = array<i64: 4, 8>} : (tensor<4x16xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: %[[V8:.*]] = "ane.mul"(%[[V7]], %[[V2]]) : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: return %[[V8]] : tensor<4x8xf16>
func.func @const_gamma_f16_rank2(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 0.5, 0.25, 1.5, 2.5]> : tensor<8xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// CHECK-LABEL: func.func @arg_gamma_f16_rank2(%arg0: tensor<4x8xf16>, %arg1: tensor<8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<16xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<16xf16>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%arg0, %[[V2]]) : (tensor<4x8xf16>, tensor<1xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.concat"(%arg0, %[[V3]]) {axis = -1 : i64, interleave = false} : (tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x16xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.layer_norm"(%[[V4]], %[[V1]], %[[V0]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x16xf16>, tensor<16xf16>, tensor<16xf16>) -> tensor<4x16xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.slice_by_size"(%[[V5]]) {begin = array<i64: 0, 0>, size = array<i64: 4, 8>} : (tensor<4x16xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: %[[V7:.*]] = "ane.mul"(%[[V6]], %arg1) : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: return %[[V7]] : tensor<4x8xf16>
func.func @arg_gamma_f16_rank2(%x: tensor<4x8xf16>, %g: tensor<8xf16>) -> tensor<4x8xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// CHECK-LABEL: func.func @no_gamma_f16_rank2(%arg0: tensor<4x8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<16xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<16xf16>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%arg0, %[[V2]]) : (tensor<4x8xf16>, tensor<1xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.concat"(%arg0, %[[V3]]) {axis = -1 : i64, interleave = false} : (tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x16xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.layer_norm"(%[[V4]], %[[V1]], %[[V0]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x16xf16>, tensor<16xf16>, tensor<16xf16>) -> tensor<4x16xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.slice_by_size"(%[[V5]]) {begin = array<i64: 0, 0>, size = array<i64: 4, 8>} : (tensor<4x16xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: return %[[V6]] : tensor<4x8xf16>
func.func @no_gamma_f16_rank2(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

// CHECK-LABEL: func.func @const_gamma_f16_rank4(%arg0: tensor<1x2x3x8xf16>) -> tensor<1x2x3x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<16xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<16xf16>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e-01, 2.500000e-01, 1.500000e+00, 2.500000e+00]> : tensor<8xf16>
// CHECK-NEXT: %[[V3:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%arg0, %[[V3]]) : (tensor<1x2x3x8xf16>, tensor<1xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.concat"(%arg0, %[[V4]]) {axis = -1 : i64, interleave = false} : (tensor<1x2x3x8xf16>, tensor<1x2x3x8xf16>) -> tensor<1x2x3x16xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.layer_norm"(%[[V5]], %[[V1]], %[[V0]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<1x2x3x16xf16>, tensor<16xf16>, tensor<16xf16>) -> tensor<1x2x3x16xf16>
// CHECK-NEXT: %[[V7:.*]] = "ane.slice_by_size"(%[[V6]]) {begin = array<i64: 0, 0, 0, 0>, size = array<i64: 1, 2, 3, 8>} : (tensor<1x2x3x16xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: %[[V8:.*]] = "ane.mul"(%[[V7]], %[[V2]]) : (tensor<1x2x3x8xf16>, tensor<8xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: return %[[V8]] : tensor<1x2x3x8xf16>
func.func @const_gamma_f16_rank4(%x: tensor<1x2x3x8xf16>) -> tensor<1x2x3x8xf16> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 0.5, 0.25, 1.5, 2.5]> : tensor<8xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf16>, tensor<8xf16>) -> tensor<1x2x3x8xf16>
  return %0 : tensor<1x2x3x8xf16>
}

// -----

// CHECK-LABEL: func.func @arg_gamma_f16_rank4(%arg0: tensor<1x2x3x8xf16>, %arg1: tensor<8xf16>) -> tensor<1x2x3x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<16xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<16xf16>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%arg0, %[[V2]]) : (tensor<1x2x3x8xf16>, tensor<1xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.concat"(%arg0, %[[V3]]) {axis = -1 : i64, interleave = false} : (tensor<1x2x3x8xf16>, tensor<1x2x3x8xf16>) -> tensor<1x2x3x16xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.layer_norm"(%[[V4]], %[[V1]], %[[V0]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<1x2x3x16xf16>, tensor<16xf16>, tensor<16xf16>) -> tensor<1x2x3x16xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.slice_by_size"(%[[V5]]) {begin = array<i64: 0, 0, 0, 0>, size = array<i64: 1, 2, 3, 8>} : (tensor<1x2x3x16xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: %[[V7:.*]] = "ane.mul"(%[[V6]], %arg1) : (tensor<1x2x3x8xf16>, tensor<8xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: return %[[V7]] : tensor<1x2x3x8xf16>
func.func @arg_gamma_f16_rank4(%x: tensor<1x2x3x8xf16>, %g: tensor<8xf16>) -> tensor<1x2x3x8xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf16>, tensor<8xf16>) -> tensor<1x2x3x8xf16>
  return %0 : tensor<1x2x3x8xf16>
}

// -----

// CHECK-LABEL: func.func @no_gamma_f16_rank4(%arg0: tensor<1x2x3x8xf16>) -> tensor<1x2x3x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<16xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<16xf16>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%arg0, %[[V2]]) : (tensor<1x2x3x8xf16>, tensor<1xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.concat"(%arg0, %[[V3]]) {axis = -1 : i64, interleave = false} : (tensor<1x2x3x8xf16>, tensor<1x2x3x8xf16>) -> tensor<1x2x3x16xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.layer_norm"(%[[V4]], %[[V1]], %[[V0]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<1x2x3x16xf16>, tensor<16xf16>, tensor<16xf16>) -> tensor<1x2x3x16xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.slice_by_size"(%[[V5]]) {begin = array<i64: 0, 0, 0, 0>, size = array<i64: 1, 2, 3, 8>} : (tensor<1x2x3x16xf16>) -> tensor<1x2x3x8xf16>
// CHECK-NEXT: return %[[V6]] : tensor<1x2x3x8xf16>
func.func @no_gamma_f16_rank4(%x: tensor<1x2x3x8xf16>) -> tensor<1x2x3x8xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf16>) -> tensor<1x2x3x8xf16>
  return %0 : tensor<1x2x3x8xf16>
}

// -----

// CHECK-LABEL: func.func @const_gamma_f32_rank2(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<16xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<16xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e-01, 2.500000e-01, 1.500000e+00, 2.500000e+00]> : tensor<8xf32>
// CHECK-NEXT: %[[V3:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%arg0, %[[V3]]) : (tensor<4x8xf32>, tensor<1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.concat"(%arg0, %[[V4]]) {axis = -1 : i64, interleave = false} : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x16xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.layer_norm"(%[[V5]], %[[V1]], %[[V0]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<4x16xf32>
// CHECK-NEXT: %[[V7:.*]] = "ane.slice_by_size"(%[[V6]]) {begin = array<i64: 0, 0>, size = array<i64: 4, 8>} : (tensor<4x16xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V8:.*]] = "ane.mul"(%[[V7]], %[[V2]]) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V8]] : tensor<4x8xf32>
func.func @const_gamma_f32_rank2(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 0.5, 0.25, 1.5, 2.5]> : tensor<8xf32>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// CHECK-LABEL: func.func @arg_gamma_f32_rank2(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<16xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<16xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%arg0, %[[V2]]) : (tensor<4x8xf32>, tensor<1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.concat"(%arg0, %[[V3]]) {axis = -1 : i64, interleave = false} : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x16xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.layer_norm"(%[[V4]], %[[V1]], %[[V0]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<4x16xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.slice_by_size"(%[[V5]]) {begin = array<i64: 0, 0>, size = array<i64: 4, 8>} : (tensor<4x16xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V7:.*]] = "ane.mul"(%[[V6]], %arg1) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V7]] : tensor<4x8xf32>
func.func @arg_gamma_f32_rank2(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// CHECK-LABEL: func.func @no_gamma_f32_rank2(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<16xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<16xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%arg0, %[[V2]]) : (tensor<4x8xf32>, tensor<1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.concat"(%arg0, %[[V3]]) {axis = -1 : i64, interleave = false} : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x16xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.layer_norm"(%[[V4]], %[[V1]], %[[V0]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<4x16xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.slice_by_size"(%[[V5]]) {begin = array<i64: 0, 0>, size = array<i64: 4, 8>} : (tensor<4x16xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V6]] : tensor<4x8xf32>
func.func @no_gamma_f32_rank2(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

// CHECK-LABEL: func.func @const_gamma_f32_rank4(%arg0: tensor<1x2x3x8xf32>) -> tensor<1x2x3x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<16xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<16xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e-01, 2.500000e-01, 1.500000e+00, 2.500000e+00]> : tensor<8xf32>
// CHECK-NEXT: %[[V3:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%arg0, %[[V3]]) : (tensor<1x2x3x8xf32>, tensor<1xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.concat"(%arg0, %[[V4]]) {axis = -1 : i64, interleave = false} : (tensor<1x2x3x8xf32>, tensor<1x2x3x8xf32>) -> tensor<1x2x3x16xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.layer_norm"(%[[V5]], %[[V1]], %[[V0]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<1x2x3x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x2x3x16xf32>
// CHECK-NEXT: %[[V7:.*]] = "ane.slice_by_size"(%[[V6]]) {begin = array<i64: 0, 0, 0, 0>, size = array<i64: 1, 2, 3, 8>} : (tensor<1x2x3x16xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: %[[V8:.*]] = "ane.mul"(%[[V7]], %[[V2]]) : (tensor<1x2x3x8xf32>, tensor<8xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: return %[[V8]] : tensor<1x2x3x8xf32>
func.func @const_gamma_f32_rank4(%x: tensor<1x2x3x8xf32>) -> tensor<1x2x3x8xf32> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 0.5, 0.25, 1.5, 2.5]> : tensor<8xf32>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf32>, tensor<8xf32>) -> tensor<1x2x3x8xf32>
  return %0 : tensor<1x2x3x8xf32>
}

// -----

// CHECK-LABEL: func.func @arg_gamma_f32_rank4(%arg0: tensor<1x2x3x8xf32>, %arg1: tensor<8xf32>) -> tensor<1x2x3x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<16xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<16xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%arg0, %[[V2]]) : (tensor<1x2x3x8xf32>, tensor<1xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.concat"(%arg0, %[[V3]]) {axis = -1 : i64, interleave = false} : (tensor<1x2x3x8xf32>, tensor<1x2x3x8xf32>) -> tensor<1x2x3x16xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.layer_norm"(%[[V4]], %[[V1]], %[[V0]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<1x2x3x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x2x3x16xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.slice_by_size"(%[[V5]]) {begin = array<i64: 0, 0, 0, 0>, size = array<i64: 1, 2, 3, 8>} : (tensor<1x2x3x16xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: %[[V7:.*]] = "ane.mul"(%[[V6]], %arg1) : (tensor<1x2x3x8xf32>, tensor<8xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: return %[[V7]] : tensor<1x2x3x8xf32>
func.func @arg_gamma_f32_rank4(%x: tensor<1x2x3x8xf32>, %g: tensor<8xf32>) -> tensor<1x2x3x8xf32> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf32>, tensor<8xf32>) -> tensor<1x2x3x8xf32>
  return %0 : tensor<1x2x3x8xf32>
}

// -----

// CHECK-LABEL: func.func @no_gamma_f32_rank4(%arg0: tensor<1x2x3x8xf32>) -> tensor<1x2x3x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<16xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<16xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%arg0, %[[V2]]) : (tensor<1x2x3x8xf32>, tensor<1xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.concat"(%arg0, %[[V3]]) {axis = -1 : i64, interleave = false} : (tensor<1x2x3x8xf32>, tensor<1x2x3x8xf32>) -> tensor<1x2x3x16xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.layer_norm"(%[[V4]], %[[V1]], %[[V0]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<1x2x3x16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<1x2x3x16xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.slice_by_size"(%[[V5]]) {begin = array<i64: 0, 0, 0, 0>, size = array<i64: 1, 2, 3, 8>} : (tensor<1x2x3x16xf32>) -> tensor<1x2x3x8xf32>
// CHECK-NEXT: return %[[V6]] : tensor<1x2x3x8xf32>
func.func @no_gamma_f32_rank4(%x: tensor<1x2x3x8xf32>) -> tensor<1x2x3x8xf32> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<1x2x3x8xf32>) -> tensor<1x2x3x8xf32>
  return %0 : tensor<1x2x3x8xf32>
}
