// fuse-norms canonicalizes ONNX's ReduceMean keepdims=0 + Unsqueeze (a
// keep_dims = false mean reshaped back to the keep_dims shape) into a
// keep_dims mean, so such chains fuse. Exact output per case; the fused
// functions against the chains with ane-run: f32 within 1e-5, ane-fp16
// within 2e-3.
// Fused + lowered: f32 within 1e-3, ane-fp16 within 4e-3.
// RUN: ane-opt %s --split-input-file --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms -o %t.mlir
// RUN: ane-run %t.mlir --func=onnx_keepdims_zero --compare=%s --compare-func=onnx_keepdims_zero --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.mlir --func=onnx_keepdims_zero --numerics=ane-fp16 --compare=%s --compare-func=onnx_keepdims_zero --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.mlir --func=onnx_layer_norm_keepdims_zero --compare=%s --compare-func=onnx_layer_norm_keepdims_zero --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.mlir --func=onnx_layer_norm_keepdims_zero --numerics=ane-fp16 --compare=%s --compare-func=onnx_layer_norm_keepdims_zero --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-opt %s --fuse-norms --lower-norms -o %t.fl.mlir
// RUN: ane-run %t.fl.mlir --func=onnx_keepdims_zero --compare=%s --compare-func=onnx_keepdims_zero --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=onnx_keepdims_zero --numerics=ane-fp16 --compare=%s --compare-func=onnx_keepdims_zero --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=onnx_layer_norm_keepdims_zero --compare=%s --compare-func=onnx_layer_norm_keepdims_zero --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=onnx_layer_norm_keepdims_zero --numerics=ane-fp16 --compare=%s --compare-func=onnx_layer_norm_keepdims_zero --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// OK: within tolerance

// -----

// ONNX RMSNorm with ReduceMean keepdims=0 followed by Unsqueeze: the
// reshaped mean becomes a keep_dims mean, then the chain fuses (weight
// absorbed).
// CHECK-LABEL: func.func @onnx_keepdims_zero(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @onnx_keepdims_zero(%x: tensor<4x8xf32>, %w: tensor<8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %sq = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %m = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = false} : (tensor<4x8xf32>) -> tensor<4xf32>
  %mu = "ane.reshape"(%m) {shape = array<i64: 4, 1>} : (tensor<4xf32>) -> tensor<4x1xf32>
  %v = "ane.add"(%mu, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %s = "ane.sqrt"(%v) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %n = "ane.real_div"(%x, %s) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %y = "ane.mul"(%n, %w) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %y : tensor<4x8xf32>
}

// -----

// ONNX LayerNorm with both means keepdims=0 + Unsqueeze: fuses.
// CHECK-LABEL: func.func @onnx_layer_norm_keepdims_zero(%arg0: tensor<4x32xf32>) -> tensor<4x32xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<1.000000e+00> : tensor<32xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<0.000000e+00> : tensor<32xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.layer_norm"(%arg0, %[[V0]], %[[V1]]) {axes = array<i64: 1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: return %[[V2]] : tensor<4x32xf32>
func.func @onnx_layer_norm_keepdims_zero(%x: tensor<4x32xf32>) -> tensor<4x32xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %m0 = "ane.reduce_mean"(%x) {axes = array<i64: 1>, keep_dims = false} : (tensor<4x32xf32>) -> tensor<4xf32>
  %m = "ane.reshape"(%m0) {shape = array<i64: 4, 1>} : (tensor<4xf32>) -> tensor<4x1xf32>
  %c = "ane.sub"(%x, %m) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  %sq = "ane.mul"(%c, %c) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  %v0 = "ane.reduce_mean"(%sq) {axes = array<i64: 1>, keep_dims = false} : (tensor<4x32xf32>) -> tensor<4xf32>
  %v = "ane.reshape"(%v0) {shape = array<i64: 4, 1>} : (tensor<4xf32>) -> tensor<4x1xf32>
  %ve = "ane.add"(%v, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %r = "ane.rsqrt"(%ve) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %n = "ane.mul"(%c, %r) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  return %n : tensor<4x32xf32>
}

// -----

// Negative twin: the unsqueeze comes after the add of eps, not right after
// the mean: not canonicalized, not fused.
// CHECK-LABEL: func.func @unsqueeze_elsewhere(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.mul"(%arg0, %arg0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_mean"(%[[V1]]) {axes = array<i64: -1>, keep_dims = false} : (tensor<4x8xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.add"(%[[V2]], %[[V0]]) : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.reshape"(%[[V3]]) {shape = array<i64: 4, 1>} : (tensor<4xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.sqrt"(%[[V4]]) : (tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.real_div"(%arg0, %[[V5]]) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V6]] : tensor<4x8xf32>
func.func @unsqueeze_elsewhere(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %sq = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %m = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = false} : (tensor<4x8xf32>) -> tensor<4xf32>
  %v = "ane.add"(%m, %eps) : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xf32>
  %mu = "ane.reshape"(%v) {shape = array<i64: 4, 1>} : (tensor<4xf32>) -> tensor<4x1xf32>
  %s = "ane.sqrt"(%mu) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %n = "ane.real_div"(%x, %s) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %n : tensor<4x8xf32>
}

// -----

// Negative twin: the mean reshaped to another layout ([1, 4], not the
// keep_dims [4, 1]): left alone.
// CHECK-LABEL: func.func @reshaped_to_other_layout(%arg0: tensor<4x8xf32>) -> tensor<1x4xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.mul"(%arg0, %arg0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.reduce_mean"(%[[V0]]) {axes = array<i64: -1>, keep_dims = false} : (tensor<4x8xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reshape"(%[[V1]]) {shape = array<i64: 1, 4>} : (tensor<4xf32>) -> tensor<1x4xf32>
// CHECK-NEXT: return %[[V2]] : tensor<1x4xf32>
func.func @reshaped_to_other_layout(%x: tensor<4x8xf32>) -> tensor<1x4xf32> {
  %sq = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %m = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = false} : (tensor<4x8xf32>) -> tensor<4xf32>
  %mu = "ane.reshape"(%m) {shape = array<i64: 1, 4>} : (tensor<4xf32>) -> tensor<1x4xf32>
  return %mu : tensor<1x4xf32>
}
