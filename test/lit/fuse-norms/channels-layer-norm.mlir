// fuse-norms on channels-first LayerNorm ([B, C, 1, S] over axis 1): the
// positive forms fuse exactly as shown, each negative twin is not raised to
// a layer_norm. Numerically (ane-run --compare, same inputs), the fused and
// the fused + lowered functions against the chain: f32 within 1e-5 and
// 1e-3, ane-fp16 within 2e-3, on x ~ N(0, 1) and rms 16.
// RUN: ane-opt %s --split-input-file --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms -o %t.f.mlir
// RUN: ane-opt %s --fuse-norms --lower-norms -o %t.fl.mlir
// RUN: ane-run %t.f.mlir --func=layer_norm_channels --compare=%s --compare-func=layer_norm_channels --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=layer_norm_channels --numerics=ane-fp16 --compare=%s --compare-func=layer_norm_channels --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=layer_norm_channels --input=0:normal,std=16 --compare=%s --compare-func=layer_norm_channels --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=layer_norm_channels --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=layer_norm_channels --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=layer_norm_channels --compare=%s --compare-func=layer_norm_channels --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=layer_norm_channels --numerics=ane-fp16 --compare=%s --compare-func=layer_norm_channels --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=layer_norm_channels --input=0:normal,std=16 --compare=%s --compare-func=layer_norm_channels --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=layer_norm_channels --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=layer_norm_channels --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=layer_norm_channels_sum --compare=%s --compare-func=layer_norm_channels_sum --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=layer_norm_channels_sum --numerics=ane-fp16 --compare=%s --compare-func=layer_norm_channels_sum --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=layer_norm_channels_sum --input=0:normal,std=16 --compare=%s --compare-func=layer_norm_channels_sum --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=layer_norm_channels_sum --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=layer_norm_channels_sum --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=layer_norm_channels_sum --compare=%s --compare-func=layer_norm_channels_sum --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=layer_norm_channels_sum --numerics=ane-fp16 --compare=%s --compare-func=layer_norm_channels_sum --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=layer_norm_channels_sum --input=0:normal,std=16 --compare=%s --compare-func=layer_norm_channels_sum --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=layer_norm_channels_sum --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=layer_norm_channels_sum --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// OK: within tolerance

// -----

// Channels-first LayerNorm ([B, C, 1, S] over axis 1) with [1, C, 1, 1]
// gamma and beta (beta added first): one layer_norm over axis 1, gamma and
// beta as they are.
// CHECK-LABEL: func.func @layer_norm_channels(%arg0: tensor<1x64x1x16xf16>, %arg1: tensor<1x64x1x1xf16>, %arg2: tensor<1x64x1x1xf16>) -> tensor<1x64x1x16xf16> {
// CHECK-NEXT: %[[V0:.*]] = "ane.layer_norm"(%arg0, %arg1, %arg2) {axes = array<i64: 1>, epsilon = 1.00135803E-5 : f32} : (tensor<1x64x1x16xf16>, tensor<1x64x1x1xf16>, tensor<1x64x1x1xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: return %[[V0]] : tensor<1x64x1x16xf16>
func.func @layer_norm_channels(%x: tensor<1x64x1x16xf16>, %g: tensor<1x64x1x1xf16>, %b: tensor<1x64x1x1xf16>) -> tensor<1x64x1x16xf16> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %m = "ane.reduce_mean"(%x) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
  %c = "ane.sub"(%x, %m) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
  %sq = "ane.mul"(%c, %c) : (tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
  %v = "ane.reduce_mean"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
  %ve = "ane.add"(%v, %eps) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
  %r = "ane.rsqrt"(%ve) {epsilon = 0.0 : f32} : (tensor<1x1x1x16xf16>) -> tensor<1x1x1x16xf16>
  %n = "ane.mul"(%c, %r) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
  %s = "ane.mul"(%n, %g) : (tensor<1x64x1x16xf16>, tensor<1x64x1x1xf16>) -> tensor<1x64x1x16xf16>
  %y = "ane.add"(%b, %s) : (tensor<1x64x1x1xf16>, tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
  return %y : tensor<1x64x1x16xf16>
}

// -----

// The same in f32 over axis -3 (the mean) and 1 (the variance, a sum
// times 1/C canonicalized to a mean), divided by sqrt, gamma [C, 1, 1]
// first; the created beta 0 has gamma's shape.
// CHECK-LABEL: func.func @layer_norm_channels_sum(%arg0: tensor<2x64x1x16xf32>, %arg1: tensor<64x1x1xf32>) -> tensor<2x64x1x16xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<64x1x1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.layer_norm"(%arg0, %arg1, %[[V0]]) {axes = array<i64: 1>, epsilon = 9.99999974E-6 : f32} : (tensor<2x64x1x16xf32>, tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<2x64x1x16xf32>
// CHECK-NEXT: return %[[V1]] : tensor<2x64x1x16xf32>
func.func @layer_norm_channels_sum(%x: tensor<2x64x1x16xf32>, %g: tensor<64x1x1xf32>) -> tensor<2x64x1x16xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %invc = arith.constant dense<1.562500e-02> : tensor<1xf32>
  %m = "ane.reduce_mean"(%x) {axes = array<i64: -3>, keep_dims = true} : (tensor<2x64x1x16xf32>) -> tensor<2x1x1x16xf32>
  %c = "ane.sub"(%x, %m) : (tensor<2x64x1x16xf32>, tensor<2x1x1x16xf32>) -> tensor<2x64x1x16xf32>
  %sq = "ane.square"(%c) : (tensor<2x64x1x16xf32>) -> tensor<2x64x1x16xf32>
  %vs = "ane.reduce_sum"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<2x64x1x16xf32>) -> tensor<2x1x1x16xf32>
  %v = "ane.mul"(%vs, %invc) : (tensor<2x1x1x16xf32>, tensor<1xf32>) -> tensor<2x1x1x16xf32>
  %ve = "ane.add"(%v, %eps) : (tensor<2x1x1x16xf32>, tensor<1xf32>) -> tensor<2x1x1x16xf32>
  %sd = "ane.sqrt"(%ve) : (tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xf32>
  %n = "ane.real_div"(%c, %sd) : (tensor<2x64x1x16xf32>, tensor<2x1x1x16xf32>) -> tensor<2x64x1x16xf32>
  %y = "ane.mul"(%g, %n) : (tensor<64x1x1xf32>, tensor<2x64x1x16xf32>) -> tensor<2x64x1x16xf32>
  return %y : tensor<2x64x1x16xf32>
}

// -----

// Negative twin, shared intermediate: the centered c is also returned, so
// no layer_norm; what the chain computes, the RMS of c over axis 1, fuses
// (docs/passes.md), the mean and the subtraction stay.
// CHECK-LABEL: func.func @centered_shared(%arg0: tensor<1x64x1x16xf16>) -> (tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>) {
// CHECK-NEXT: %[[V0:.*]] = "ane.reduce_mean"(%arg0) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
// CHECK-NEXT: %[[V1:.*]] = "ane.sub"(%arg0, %[[V0]]) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.rms_norm"(%[[V1]]) {axes = array<i64: 1>, epsilon = 1.00135803E-5 : f32} : (tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: return %[[V2]], %[[V1]] : tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>
func.func @centered_shared(%x: tensor<1x64x1x16xf16>) -> (tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %m = "ane.reduce_mean"(%x) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
  %c = "ane.sub"(%x, %m) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
  %sq = "ane.mul"(%c, %c) : (tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
  %v = "ane.reduce_mean"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
  %ve = "ane.add"(%v, %eps) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
  %r = "ane.rsqrt"(%ve) {epsilon = 0.0 : f32} : (tensor<1x1x1x16xf16>) -> tensor<1x1x1x16xf16>
  %n = "ane.mul"(%c, %r) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
  return %n, %c : tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>
}

// -----

// Negative twin, eps placement: eps is added after the rsqrt: left alone.
// CHECK-LABEL: func.func @eps_after_rsqrt(%arg0: tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<1.001360e-05> : tensor<1xf16>
// CHECK-NEXT: %[[V1:.*]] = "ane.reduce_mean"(%arg0) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.sub"(%arg0, %[[V1]]) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%[[V2]], %[[V2]]) : (tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.reduce_mean"(%[[V3]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.rsqrt"(%[[V4]]) {epsilon = 0.000000e+00 : f32} : (tensor<1x1x1x16xf16>) -> tensor<1x1x1x16xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.add"(%[[V5]], %[[V0]]) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
// CHECK-NEXT: %[[V7:.*]] = "ane.mul"(%[[V2]], %[[V6]]) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: return %[[V7]] : tensor<1x64x1x16xf16>
func.func @eps_after_rsqrt(%x: tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %m = "ane.reduce_mean"(%x) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
  %c = "ane.sub"(%x, %m) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
  %sq = "ane.mul"(%c, %c) : (tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
  %v = "ane.reduce_mean"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
  %r = "ane.rsqrt"(%v) {epsilon = 0.0 : f32} : (tensor<1x1x1x16xf16>) -> tensor<1x1x1x16xf16>
  %re = "ane.add"(%r, %eps) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
  %n = "ane.mul"(%c, %re) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
  return %n : tensor<1x64x1x16xf16>
}

// -----

// Negative twin, wrong axis: the variance is over S (axis 3), the mean over
// C: no layer_norm; the RMS of c over axis 3 is what the chain computes.
// CHECK-LABEL: func.func @variance_over_positions(%arg0: tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16> {
// CHECK-NEXT: %[[V0:.*]] = "ane.reduce_mean"(%arg0) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
// CHECK-NEXT: %[[V1:.*]] = "ane.sub"(%arg0, %[[V0]]) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.rms_norm"(%[[V1]]) {axes = array<i64: 3>, epsilon = 1.00135803E-5 : f32} : (tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: return %[[V2]] : tensor<1x64x1x16xf16>
func.func @variance_over_positions(%x: tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %m = "ane.reduce_mean"(%x) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
  %c = "ane.sub"(%x, %m) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
  %sq = "ane.mul"(%c, %c) : (tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
  %v = "ane.reduce_mean"(%sq) {axes = array<i64: 3>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x64x1x1xf16>
  %ve = "ane.add"(%v, %eps) : (tensor<1x64x1x1xf16>, tensor<1xf16>) -> tensor<1x64x1x1xf16>
  %r = "ane.rsqrt"(%ve) {epsilon = 0.0 : f32} : (tensor<1x64x1x1xf16>) -> tensor<1x64x1x1xf16>
  %n = "ane.mul"(%c, %r) : (tensor<1x64x1x16xf16>, tensor<1x64x1x1xf16>) -> tensor<1x64x1x16xf16>
  return %n : tensor<1x64x1x16xf16>
}
