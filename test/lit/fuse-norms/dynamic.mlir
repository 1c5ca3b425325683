// Dynamic dims. The reduce_mean RMS forms need no static dim: they fuse into
// an ane.rms_norm of dynamic shape (which lower-norms then leaves alone). A
// gamma is only absorbed for a static D equal to its size. The layer_norm
// patterns need a static D for their [D] constants, so a dynamic-D
// layer_norm chain fuses only as far as rms_norm(x - mean). (The reduce_sum
// forms need a static D to match 1/D: guards.mlir.)
// RUN: ane-opt %s --split-input-file --fuse-norms | FileCheck %s
// RUN: ane-opt %s --split-input-file --fuse-norms | %mlir_opt_ane --split-input-file | FileCheck %s

// CHECK-LABEL: func.func @rms_dynamic(%arg0: tensor<?x?xf32>) -> tensor<?x?xf32> {
// CHECK-NEXT:    %[[Y:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<?x?xf32>) -> tensor<?x?xf32>
// CHECK-NEXT:    return %[[Y]] : tensor<?x?xf32>
func.func @rms_dynamic(%x: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %sq = "ane.mul"(%x, %x) : (tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
  %m = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<?x?xf32>) -> tensor<?x1xf32>
  %s = "ane.add"(%m, %eps) : (tensor<?x1xf32>, tensor<1xf32>) -> tensor<?x1xf32>
  %r = "ane.rsqrt"(%s) {epsilon = 0.0 : f32} : (tensor<?x1xf32>) -> tensor<?x1xf32>
  %y = "ane.mul"(%x, %r) : (tensor<?x?xf32>, tensor<?x1xf32>) -> tensor<?x?xf32>
  return %y : tensor<?x?xf32>
}

// -----

// Dynamic rows, static D: gamma [D] is absorbed.
// CHECK-LABEL: func.func @rms_dynamic_rows_gamma(%arg0: tensor<?x8xf16>, %arg1: tensor<8xf16>) -> tensor<?x8xf16> {
// CHECK-NEXT:    %[[Y:.*]] = "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: 1>, epsilon = 9.99999974E-6 : f32} : (tensor<?x8xf16>, tensor<8xf16>) -> tensor<?x8xf16>
// CHECK-NEXT:    return %[[Y]] : tensor<?x8xf16>
func.func @rms_dynamic_rows_gamma(%x: tensor<?x8xf16>, %g: tensor<8xf16>) -> tensor<?x8xf16> {
  %sq = "ane.square"(%x) : (tensor<?x8xf16>) -> tensor<?x8xf16>
  %m = "ane.reduce_mean"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<?x8xf16>) -> tensor<?x1xf16>
  %r = "ane.rsqrt"(%m) {epsilon = 1.0e-05 : f32} : (tensor<?x1xf16>) -> tensor<?x1xf16>
  %y = "ane.mul"(%x, %r) : (tensor<?x8xf16>, tensor<?x1xf16>) -> tensor<?x8xf16>
  %z = "ane.mul"(%y, %g) : (tensor<?x8xf16>, tensor<8xf16>) -> tensor<?x8xf16>
  return %z : tensor<?x8xf16>
}

// -----

// Dynamic D: the gamma multiply stays.
// CHECK-LABEL: func.func @rms_dynamic_d_gamma(%arg0: tensor<4x?xf32>, %arg1: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT:    %[[N:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT:    %[[Y:.*]] = "ane.mul"(%[[N]], %arg1) : (tensor<4x?xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT:    return %[[Y]] : tensor<4x8xf32>
func.func @rms_dynamic_d_gamma(%x: tensor<4x?xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %sq = "ane.mul"(%x, %x) : (tensor<4x?xf32>, tensor<4x?xf32>) -> tensor<4x?xf32>
  %m = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x?xf32>) -> tensor<4x1xf32>
  %s = "ane.add"(%m, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %r = "ane.rsqrt"(%s) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %y = "ane.mul"(%x, %r) : (tensor<4x?xf32>, tensor<4x1xf32>) -> tensor<4x?xf32>
  %z = "ane.mul"(%y, %g) : (tensor<4x?xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %z : tensor<4x8xf32>
}

// -----

// CHECK-LABEL: func.func @layer_norm_dynamic_d(%arg0: tensor<4x?xf32>) -> tensor<4x?xf32> {
// CHECK-NEXT:    %[[M:.*]] = "ane.reduce_mean"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x?xf32>) -> tensor<4x1xf32>
// CHECK-NEXT:    %[[C:.*]] = "ane.sub"(%arg0, %[[M]]) : (tensor<4x?xf32>, tensor<4x1xf32>) -> tensor<4x?xf32>
// CHECK-NEXT:    %[[Y:.*]] = "ane.rms_norm"(%[[C]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x?xf32>) -> tensor<4x?xf32>
// CHECK-NEXT:    return %[[Y]] : tensor<4x?xf32>
func.func @layer_norm_dynamic_d(%x: tensor<4x?xf32>) -> tensor<4x?xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %m = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x?xf32>) -> tensor<4x1xf32>
  %c = "ane.sub"(%x, %m) : (tensor<4x?xf32>, tensor<4x1xf32>) -> tensor<4x?xf32>
  %sq = "ane.mul"(%c, %c) : (tensor<4x?xf32>, tensor<4x?xf32>) -> tensor<4x?xf32>
  %v = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x?xf32>) -> tensor<4x1xf32>
  %s = "ane.add"(%v, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %r = "ane.rsqrt"(%s) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %y = "ane.mul"(%c, %r) : (tensor<4x?xf32>, tensor<4x1xf32>) -> tensor<4x?xf32>
  return %y : tensor<4x?xf32>
}
