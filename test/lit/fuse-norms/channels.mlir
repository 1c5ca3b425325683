// fuse-norms on channels-first norms ([B, C, 1, S] over axis 1, the layout
// of Apple's ANE transformer guidance and of direct-ANE training code): the
// positive forms fuse exactly as shown, each negative twin is left alone.
// Numerically (ane-run --compare, same inputs), the fused function and the
// fused + lowered one against the chain: f32 within 1e-5 (fused) and 1e-3
// (fused + lowered), ane-fp16 within 2e-3 and 4e-3, on x ~ N(0, 1), rms 16
// and zero rows (exactly 0).
// RUN: ane-opt %s --split-input-file --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms -o %t.f.mlir
// RUN: ane-opt %s --fuse-norms --lower-norms -o %t.fl.mlir
// RUN: ane-run %t.f.mlir --func=rms_channels_pow --compare=%s --compare-func=rms_channels_pow --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=rms_channels_pow --numerics=ane-fp16 --compare=%s --compare-func=rms_channels_pow --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=rms_channels_pow --input=0:normal,std=16 --compare=%s --compare-func=rms_channels_pow --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=rms_channels_pow --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=rms_channels_pow --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=rms_channels_pow --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=rms_channels_pow --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=rms_channels_pow --compare=%s --compare-func=rms_channels_pow --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=rms_channels_pow --numerics=ane-fp16 --compare=%s --compare-func=rms_channels_pow --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=rms_channels_pow --input=0:normal,std=16 --compare=%s --compare-func=rms_channels_pow --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=rms_channels_pow --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=rms_channels_pow --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=rms_channels_pow --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=rms_channels_pow --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=rms_channels_rsqrt --compare=%s --compare-func=rms_channels_rsqrt --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=rms_channels_rsqrt --numerics=ane-fp16 --compare=%s --compare-func=rms_channels_rsqrt --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=rms_channels_rsqrt --input=0:normal,std=16 --compare=%s --compare-func=rms_channels_rsqrt --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=rms_channels_rsqrt --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=rms_channels_rsqrt --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=rms_channels_rsqrt --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=rms_channels_rsqrt --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=rms_channels_rsqrt --compare=%s --compare-func=rms_channels_rsqrt --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=rms_channels_rsqrt --numerics=ane-fp16 --compare=%s --compare-func=rms_channels_rsqrt --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=rms_channels_rsqrt --input=0:normal,std=16 --compare=%s --compare-func=rms_channels_rsqrt --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=rms_channels_rsqrt --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=rms_channels_rsqrt --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=rms_channels_rsqrt --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=rms_channels_rsqrt --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// OK: within tolerance

// -----

// Channels-first RMSNorm as direct-ANE code writes it ([B, C, 1, S], axis
// 1, [1, C, 1, 1] gamma): reduce_sum(x*x, axes=[1]) * (1/C) + eps, then
// pow(., -0.5), times x, times gamma. Fuses into one rms_norm over axis 1
// with the gamma absorbed as it is.
// CHECK-LABEL: func.func @rms_channels_pow(%arg0: tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<1.500000e+00> : tensor<1x64x1x1xf16>
// CHECK-NEXT: %[[V1:.*]] = "ane.rms_norm"(%arg0, %[[V0]]) {axes = array<i64: 1>, epsilon = 1.00135803E-5 : f32} : (tensor<1x64x1x16xf16>, tensor<1x64x1x1xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: return %[[V1]] : tensor<1x64x1x16xf16>
func.func @rms_channels_pow(%x: tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16> {
  %g = arith.constant dense<1.5> : tensor<1x64x1x1xf16>
  %invc = arith.constant dense<1.562500e-02> : tensor<1xf16>
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %p = arith.constant dense<-0.5> : tensor<1xf16>
  %sq = "ane.mul"(%x, %x) : (tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
  %ss = "ane.reduce_sum"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
  %ms = "ane.mul"(%ss, %invc) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
  %v = "ane.add"(%ms, %eps) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
  %r = "ane.pow"(%v, %p) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
  %n = "ane.mul"(%x, %r) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
  %y = "ane.mul"(%n, %g) : (tensor<1x64x1x16xf16>, tensor<1x64x1x1xf16>) -> tensor<1x64x1x16xf16>
  return %y : tensor<1x64x1x16xf16>
}

// -----

// The same with rsqrt, f32, an argument gamma and every commutative op in
// the other order.
// CHECK-LABEL: func.func @rms_channels_rsqrt(%arg0: tensor<2x64x1x16xf32>, %arg1: tensor<1x64x1x1xf32>) -> tensor<2x64x1x16xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: 1>, epsilon = 9.99999974E-6 : f32} : (tensor<2x64x1x16xf32>, tensor<1x64x1x1xf32>) -> tensor<2x64x1x16xf32>
// CHECK-NEXT: return %[[V0]] : tensor<2x64x1x16xf32>
func.func @rms_channels_rsqrt(%x: tensor<2x64x1x16xf32>, %g: tensor<1x64x1x1xf32>) -> tensor<2x64x1x16xf32> {
  %invc = arith.constant dense<1.562500e-02> : tensor<1xf32>
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %sq = "ane.mul"(%x, %x) : (tensor<2x64x1x16xf32>, tensor<2x64x1x16xf32>) -> tensor<2x64x1x16xf32>
  %ss = "ane.reduce_sum"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<2x64x1x16xf32>) -> tensor<2x1x1x16xf32>
  %ms = "ane.mul"(%invc, %ss) : (tensor<1xf32>, tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xf32>
  %v = "ane.add"(%eps, %ms) : (tensor<1xf32>, tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xf32>
  %r = "ane.rsqrt"(%v) {epsilon = 0.0 : f32} : (tensor<2x1x1x16xf32>) -> tensor<2x1x1x16xf32>
  %n = "ane.mul"(%r, %x) : (tensor<2x1x1x16xf32>, tensor<2x64x1x16xf32>) -> tensor<2x64x1x16xf32>
  %y = "ane.mul"(%g, %n) : (tensor<1x64x1x1xf32>, tensor<2x64x1x16xf32>) -> tensor<2x64x1x16xf32>
  return %y : tensor<2x64x1x16xf32>
}

// -----

// Negative twin, wrong axis: the sum is over S (axis 3) but the scale is
// 1/C: not a mean, nothing fuses (the mean is not even canonicalized).
// CHECK-LABEL: func.func @wrong_axis(%arg0: tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<1.562500e-02> : tensor<1xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.001360e-05> : tensor<1xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.mul"(%arg0, %arg0) : (tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.reduce_sum"(%[[V2]]) {axes = array<i64: 3>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x64x1x1xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%[[V3]], %[[V0]]) : (tensor<1x64x1x1xf16>, tensor<1xf16>) -> tensor<1x64x1x1xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.add"(%[[V4]], %[[V1]]) : (tensor<1x64x1x1xf16>, tensor<1xf16>) -> tensor<1x64x1x1xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.rsqrt"(%[[V5]]) {epsilon = 0.000000e+00 : f32} : (tensor<1x64x1x1xf16>) -> tensor<1x64x1x1xf16>
// CHECK-NEXT: %[[V7:.*]] = "ane.mul"(%arg0, %[[V6]]) : (tensor<1x64x1x16xf16>, tensor<1x64x1x1xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: return %[[V7]] : tensor<1x64x1x16xf16>
func.func @wrong_axis(%x: tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16> {
  %invc = arith.constant dense<1.562500e-02> : tensor<1xf16>
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %p = arith.constant dense<-0.5> : tensor<1xf16>
  %sq = "ane.mul"(%x, %x) : (tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
  %ss = "ane.reduce_sum"(%sq) {axes = array<i64: 3>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x64x1x1xf16>
  %ms = "ane.mul"(%ss, %invc) : (tensor<1x64x1x1xf16>, tensor<1xf16>) -> tensor<1x64x1x1xf16>
  %v = "ane.add"(%ms, %eps) : (tensor<1x64x1x1xf16>, tensor<1xf16>) -> tensor<1x64x1x1xf16>
  %r = "ane.rsqrt"(%v) {epsilon = 0.0 : f32} : (tensor<1x64x1x1xf16>) -> tensor<1x64x1x1xf16>
  %n = "ane.mul"(%x, %r) : (tensor<1x64x1x16xf16>, tensor<1x64x1x1xf16>) -> tensor<1x64x1x16xf16>
  return %n : tensor<1x64x1x16xf16>
}

// -----

// Negative twin, shared intermediate: the rsqrt factor is also returned.
// The sum * 1/C is canonicalized to a mean; the chain stays.
// CHECK-LABEL: func.func @shared_factor(%arg0: tensor<1x64x1x16xf16>) -> (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<1.001360e-05> : tensor<1xf16>
// CHECK-NEXT: %[[V1:.*]] = "ane.mul"(%arg0, %arg0) : (tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_mean"(%[[V1]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.add"(%[[V2]], %[[V0]]) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.rsqrt"(%[[V3]]) {epsilon = 0.000000e+00 : f32} : (tensor<1x1x1x16xf16>) -> tensor<1x1x1x16xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%arg0, %[[V4]]) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: return %[[V5]], %[[V4]] : tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>
func.func @shared_factor(%x: tensor<1x64x1x16xf16>) -> (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) {
  %invc = arith.constant dense<1.562500e-02> : tensor<1xf16>
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %sq = "ane.mul"(%x, %x) : (tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
  %ss = "ane.reduce_sum"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
  %ms = "ane.mul"(%ss, %invc) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
  %v = "ane.add"(%ms, %eps) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
  %r = "ane.rsqrt"(%v) {epsilon = 0.0 : f32} : (tensor<1x1x1x16xf16>) -> tensor<1x1x1x16xf16>
  %n = "ane.mul"(%x, %r) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
  return %n, %r : tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>
}

// -----

// Negative twin, eps placement: eps is added to the sum before the 1/C
// scale (an eps of eps/C on the mean): not the form, left alone.
// CHECK-LABEL: func.func @eps_before_scale(%arg0: tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<1.562500e-02> : tensor<1xf16>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.001360e-05> : tensor<1xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.mul"(%arg0, %arg0) : (tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.reduce_sum"(%[[V2]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
// CHECK-NEXT: %[[V4:.*]] = "ane.add"(%[[V3]], %[[V1]]) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V0]]) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
// CHECK-NEXT: %[[V6:.*]] = "ane.rsqrt"(%[[V5]]) {epsilon = 0.000000e+00 : f32} : (tensor<1x1x1x16xf16>) -> tensor<1x1x1x16xf16>
// CHECK-NEXT: %[[V7:.*]] = "ane.mul"(%arg0, %[[V6]]) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: return %[[V7]] : tensor<1x64x1x16xf16>
func.func @eps_before_scale(%x: tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16> {
  %invc = arith.constant dense<1.562500e-02> : tensor<1xf16>
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %sq = "ane.mul"(%x, %x) : (tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
  %ss = "ane.reduce_sum"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
  %v = "ane.add"(%ss, %eps) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
  %ms = "ane.mul"(%v, %invc) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
  %r = "ane.rsqrt"(%ms) {epsilon = 0.0 : f32} : (tensor<1x1x1x16xf16>) -> tensor<1x1x1x16xf16>
  %n = "ane.mul"(%x, %r) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
  return %n : tensor<1x64x1x16xf16>
}

// -----

// A scale over positions ([1, 1, 1, S]) is not a gamma of a norm over
// axis 1: the norm fuses, the multiply stays.
// CHECK-LABEL: func.func @gamma_over_positions(%arg0: tensor<1x64x1x16xf16>, %arg1: tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: 1>, epsilon = 1.00135803E-5 : f32} : (tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: %[[V1:.*]] = "ane.mul"(%[[V0]], %arg1) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
// CHECK-NEXT: return %[[V1]] : tensor<1x64x1x16xf16>
func.func @gamma_over_positions(%x: tensor<1x64x1x16xf16>, %g: tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16> {
  %invc = arith.constant dense<1.562500e-02> : tensor<1xf16>
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %sq = "ane.mul"(%x, %x) : (tensor<1x64x1x16xf16>, tensor<1x64x1x16xf16>) -> tensor<1x64x1x16xf16>
  %ss = "ane.reduce_sum"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x64x1x16xf16>) -> tensor<1x1x1x16xf16>
  %ms = "ane.mul"(%ss, %invc) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
  %v = "ane.add"(%ms, %eps) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
  %r = "ane.rsqrt"(%v) {epsilon = 0.0 : f32} : (tensor<1x1x1x16xf16>) -> tensor<1x1x1x16xf16>
  %n = "ane.mul"(%x, %r) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
  %y = "ane.mul"(%n, %g) : (tensor<1x64x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x64x1x16xf16>
  return %y : tensor<1x64x1x16xf16>
}
