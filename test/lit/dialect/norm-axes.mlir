// The norms' axes and the gamma / beta shapes the verifier accepts
// (docs/dialect.md, "Norms"); each is printed back as written, axes
// included. test/lit/errors/gamma.mlir and norm-axes.mlir hold the
// rejected ones.
// RUN: ane-opt %s | FileCheck %s

// CHECK-LABEL: func.func @last_axis
// CHECK: "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
// CHECK: "ane.rms_norm"(%arg0, %arg2) {axes = array<i64: 1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf16>, tensor<1x8xf16>) -> tensor<4x8xf16>
func.func @last_axis(%x: tensor<4x8xf16>, %g: tensor<8xf16>, %g2: tensor<1x8xf16>) -> (tensor<4x8xf16>, tensor<4x8xf16>) {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  %1 = "ane.rms_norm"(%x, %g2) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<1x8xf16>) -> tensor<4x8xf16>
  return %0, %1 : tensor<4x8xf16>, tensor<4x8xf16>
}

// Channels-first [B, C, 1, S] over axis 1: gamma [C, 1, 1] or [1, C, 1, 1].
// CHECK-LABEL: func.func @channel_axis
// CHECK: "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: 1>, epsilon = 9.99999974E-6 : f32} : (tensor<2x16x1x8xf16>, tensor<1x16x1x1xf16>) -> tensor<2x16x1x8xf16>
// CHECK: "ane.rms_norm"(%arg0, %arg2) {axes = array<i64: -3>, epsilon = 9.99999974E-6 : f32} : (tensor<2x16x1x8xf16>, tensor<16x1x1xf16>) -> tensor<2x16x1x8xf16>
// CHECK: "ane.layer_norm"(%arg0, %arg1, %arg2) {axes = array<i64: 1>, epsilon = 9.99999974E-6 : f32} : (tensor<2x16x1x8xf16>, tensor<1x16x1x1xf16>, tensor<16x1x1xf16>) -> tensor<2x16x1x8xf16>
// CHECK: "ane.l2_norm"(%arg0) {axes = array<i64: 1>, epsilon = 9.99999996E-13 : f32} : (tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16>
func.func @channel_axis(%x: tensor<2x16x1x8xf16>, %g: tensor<1x16x1x1xf16>, %g3: tensor<16x1x1xf16>) -> (tensor<2x16x1x8xf16>, tensor<2x16x1x8xf16>, tensor<2x16x1x8xf16>, tensor<2x16x1x8xf16>) {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf16>, tensor<1x16x1x1xf16>) -> tensor<2x16x1x8xf16>
  %1 = "ane.rms_norm"(%x, %g3) {axes = array<i64: -3>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf16>, tensor<16x1x1xf16>) -> tensor<2x16x1x8xf16>
  %2 = "ane.layer_norm"(%x, %g, %g3) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf16>, tensor<1x16x1x1xf16>, tensor<16x1x1xf16>) -> tensor<2x16x1x8xf16>
  %3 = "ane.l2_norm"(%x) {axes = array<i64: 1>, epsilon = 1.0e-12 : f32} : (tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16>
  return %0, %1, %2, %3 : tensor<2x16x1x8xf16>, tensor<2x16x1x8xf16>, tensor<2x16x1x8xf16>, tensor<2x16x1x8xf16>
}

// Several axes, in any order: gamma holds x's dims at them, 1 between.
// CHECK-LABEL: func.func @several_axes
// CHECK: "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: 3, 1>, epsilon = 9.99999974E-6 : f32} : (tensor<2x16x1x8xf32>, tensor<16x1x8xf32>) -> tensor<2x16x1x8xf32>
// CHECK: "ane.layer_norm"(%arg0, %arg2, %arg2) {axes = array<i64: 0, 1, 2, 3>, epsilon = 9.99999974E-6 : f32} : (tensor<2x16x1x8xf32>, tensor<2x16x1x8xf32>, tensor<2x16x1x8xf32>) -> tensor<2x16x1x8xf32>
// CHECK: "ane.rms_norm"(%arg3) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<?x8xf32>) -> tensor<?x8xf32>
func.func @several_axes(%x: tensor<2x16x1x8xf32>, %g: tensor<16x1x8xf32>, %full: tensor<2x16x1x8xf32>, %d: tensor<?x8xf32>) -> (tensor<2x16x1x8xf32>, tensor<2x16x1x8xf32>, tensor<?x8xf32>) {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 3, 1>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf32>, tensor<16x1x8xf32>) -> tensor<2x16x1x8xf32>
  %1 = "ane.layer_norm"(%x, %full, %full) {axes = array<i64: 0, 1, 2, 3>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf32>, tensor<2x16x1x8xf32>, tensor<2x16x1x8xf32>) -> tensor<2x16x1x8xf32>
  %2 = "ane.rms_norm"(%d) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<?x8xf32>) -> tensor<?x8xf32>
  return %0, %1, %2 : tensor<2x16x1x8xf32>, tensor<2x16x1x8xf32>, tensor<?x8xf32>
}
