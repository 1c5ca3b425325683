// fuse-norms is staged: the core chain fuses into the norm op, then a
// gamma multiply (and a layer_norm beta add) is absorbed only if it is one:
// a [D] (or [1, ..., 1, D]) operand, on a norm result with no other user,
// into a norm that has no gamma yet (layer_norm: gamma == 1, and beta == 0
// for a gamma). A scale that fails this stays an ane.mul after the fused
// norm (gamma guard). A layer_norm chain failing a layer_norm guard still
// contains the RMS chain of c = x - mean, which fuses into rms_norm(c).
// Every result computes what its input computes (1e-5 under f32, 2e-3
// under ane-fp16).
// RUN: ane-opt %s --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms -o %t.mlir
// RUN: ane-run %t.mlir --func=gamma_full_shape --numerics=f32 --compare=%s --compare-func=gamma_full_shape --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=gamma_per_row --numerics=f32 --compare=%s --compare-func=gamma_per_row --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=gamma_rank_too_high --numerics=f32 --compare=%s --compare-func=gamma_rank_too_high --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=norm_two_users --numerics=f32 --compare=%s --compare-func=norm_two_users --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=ln_mean_axis --numerics=f32 --compare=%s --compare-func=ln_mean_axis --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=ln_mean_second_user --numerics=f32 --compare=%s --compare-func=ln_mean_second_user --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=ln_centered_third_user --numerics=f32 --compare=%s --compare-func=ln_centered_third_user --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=ln_beta_then_gamma --numerics=f32 --compare=%s --compare-func=ln_beta_then_gamma --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=rms_norm_has_gamma --numerics=f32 --compare=%s --compare-func=rms_norm_has_gamma --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=rms_norm_written --numerics=f32 --compare=%s --compare-func=rms_norm_written --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=layer_norm_has_gamma --numerics=f32 --compare=%s --compare-func=layer_norm_has_gamma --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=gamma_full_shape --numerics=ane-fp16 --compare=%s --compare-func=gamma_full_shape --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=gamma_per_row --numerics=ane-fp16 --compare=%s --compare-func=gamma_per_row --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=gamma_rank_too_high --numerics=ane-fp16 --compare=%s --compare-func=gamma_rank_too_high --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=norm_two_users --numerics=ane-fp16 --compare=%s --compare-func=norm_two_users --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=ln_mean_axis --numerics=ane-fp16 --compare=%s --compare-func=ln_mean_axis --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=ln_mean_second_user --numerics=ane-fp16 --compare=%s --compare-func=ln_mean_second_user --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=ln_centered_third_user --numerics=ane-fp16 --compare=%s --compare-func=ln_centered_third_user --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=ln_beta_then_gamma --numerics=ane-fp16 --compare=%s --compare-func=ln_beta_then_gamma --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=rms_norm_has_gamma --numerics=ane-fp16 --compare=%s --compare-func=rms_norm_has_gamma --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=rms_norm_written --numerics=ane-fp16 --compare=%s --compare-func=rms_norm_written --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=layer_norm_has_gamma --numerics=ane-fp16 --compare=%s --compare-func=layer_norm_has_gamma --compare-numerics=ane-fp16 --tol=2e-3

// gamma is [4, 8] (a full tensor, not a per-channel scale): the norm fuses, the mul stays.
// CHECK-LABEL: func.func @gamma_full_shape(%arg0: tensor<4x8xf32>, %arg1: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.mul"(%[[V0]], %arg1) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V1]] : tensor<4x8xf32>
func.func @gamma_full_shape(%x: tensor<4x8xf32>, %g: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v6 = "ane.mul"(%v5, %g) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// gamma is [4, 1] (a per-row scale): the norm fuses, the mul stays.
// CHECK-LABEL: func.func @gamma_per_row(%arg0: tensor<4x8xf32>, %arg1: tensor<4x1xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.mul"(%arg1, %[[V0]]) : (tensor<4x1xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V1]] : tensor<4x8xf32>
func.func @gamma_per_row(%x: tensor<4x8xf32>, %g: tensor<4x1xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v6 = "ane.mul"(%g, %v5) : (tensor<4x1xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// gamma is [1, 1, 8] for a rank-2 x: it would broadcast x to rank 3, so it is not absorbed.
// CHECK-LABEL: func.func @gamma_rank_too_high(%arg0: tensor<4x8xf32>, %arg1: tensor<1x1x8xf32>) -> tensor<1x4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.mul"(%[[V0]], %arg1) : (tensor<4x8xf32>, tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
// CHECK-NEXT: return %[[V1]] : tensor<1x4x8xf32>
func.func @gamma_rank_too_high(%x: tensor<4x8xf32>, %g: tensor<1x1x8xf32>) -> tensor<1x4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v6 = "ane.mul"(%v5, %g) : (tensor<4x8xf32>, tensor<1x1x8xf32>) -> tensor<1x4x8xf32>
  return %v6 : tensor<1x4x8xf32>
}

// the normalized value has a second user: the norm fuses, gamma is not absorbed (the other user needs the unscaled value).
// CHECK-LABEL: func.func @norm_two_users(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.mul"(%[[V0]], %arg1) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V1]], %[[V0]] : tensor<4x8xf32>, tensor<4x8xf32>
func.func @norm_two_users(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v6 = "ane.mul"(%v5, %g) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %v6, %v5 : tensor<4x8xf32>, tensor<4x8xf32>
}

// LayerNorm whose mean is over axis 0: not a layer_norm, but c * rsqrt(mean(c^2) + eps) is rms_norm(c).
// CHECK-LABEL: func.func @ln_mean_axis(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.reduce_mean"(%arg0) {axes = array<i64: 0>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<1x8xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.sub"(%arg0, %[[V0]]) : (tensor<4x8xf32>, tensor<1x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.rms_norm"(%[[V1]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V2]] : tensor<4x8xf32>
func.func @ln_mean_axis(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.reduce_mean"(%x) {axes = array<i64: 0>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<1x8xf32>
  %v2 = "ane.sub"(%x, %v1) : (tensor<4x8xf32>, tensor<1x8xf32>) -> tensor<4x8xf32>
  %v3 = "ane.mul"(%v2, %v2) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v4 = "ane.reduce_mean"(%v3) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v5 = "ane.add"(%v4, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.rsqrt"(%v5) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v7 = "ane.mul"(%v2, %v6) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v7 : tensor<4x8xf32>
}

// LayerNorm whose mean has a second user: rms_norm(x - m) fuses, m and x - m stay.
// CHECK-LABEL: func.func @ln_mean_second_user(%arg0: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
// CHECK-NEXT: %[[V0:.*]] = "ane.reduce_mean"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.sub"(%arg0, %[[V0]]) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.rms_norm"(%[[V1]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V2]], %[[V0]] : tensor<4x8xf32>, tensor<4x1xf32>
func.func @ln_mean_second_user(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.sub"(%x, %v1) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v3 = "ane.mul"(%v2, %v2) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v4 = "ane.reduce_mean"(%v3) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v5 = "ane.add"(%v4, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.rsqrt"(%v5) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v7 = "ane.mul"(%v2, %v6) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v7, %v1 : tensor<4x8xf32>, tensor<4x1xf32>
}

// LayerNorm whose centered value has a user outside the chain: rms_norm(c) fuses.
// CHECK-LABEL: func.func @ln_centered_third_user(%arg0: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
// CHECK-NEXT: %[[V0:.*]] = "ane.reduce_mean"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.sub"(%arg0, %[[V0]]) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.rms_norm"(%[[V1]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V2]], %[[V1]] : tensor<4x8xf32>, tensor<4x8xf32>
func.func @ln_centered_third_user(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.sub"(%x, %v1) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v3 = "ane.mul"(%v2, %v2) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v4 = "ane.reduce_mean"(%v3) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v5 = "ane.add"(%v4, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.rsqrt"(%v5) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v7 = "ane.mul"(%v2, %v6) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v7, %v2 : tensor<4x8xf32>, tensor<4x8xf32>
}

// (layer_norm + beta) * gamma: beta is absorbed; gamma is not (it would scale beta too).
// CHECK-LABEL: func.func @ln_beta_then_gamma(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[C:.*]] = arith.constant dense<1.000000e+00> : tensor<8xf32>
// CHECK-NEXT: %[[V0:.*]] = "ane.layer_norm"(%arg0, %[[C]], %arg2) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.mul"(%[[V0]], %arg1) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V1]] : tensor<4x8xf32>
func.func @ln_beta_then_gamma(%x: tensor<4x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.sub"(%x, %v1) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v3 = "ane.mul"(%v2, %v2) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v4 = "ane.reduce_mean"(%v3) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v5 = "ane.add"(%v4, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.rsqrt"(%v5) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v7 = "ane.mul"(%v2, %v6) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v8 = "ane.add"(%v7, %b) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  %v9 = "ane.mul"(%v8, %g) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %v9 : tensor<4x8xf32>
}

// A written rms_norm that already has a gamma: a second mul is not absorbed.
// CHECK-LABEL: func.func @rms_norm_has_gamma(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.mul"(%[[V0]], %arg2) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V1]] : tensor<4x8xf32>
func.func @rms_norm_has_gamma(%x: tensor<4x8xf32>, %g: tensor<8xf32>, %h: tensor<8xf32>) -> tensor<4x8xf32> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  %1 = "ane.mul"(%0, %h) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %1 : tensor<4x8xf32>
}

// A written rms_norm without gamma, then mul(gamma): absorbed like a fused one.
// CHECK-LABEL: func.func @rms_norm_written(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @rms_norm_written(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %1 = "ane.mul"(%g, %0) : (tensor<8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %1 : tensor<4x8xf32>
}

// A written layer_norm with gamma = g: a second mul is not absorbed (gamma is not 1).
// CHECK-LABEL: func.func @layer_norm_has_gamma(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[C:.*]] = arith.constant dense<0.000000e+00> : tensor<8xf32>
// CHECK-NEXT: %[[V0:.*]] = "ane.layer_norm"(%arg0, %arg1, %[[C]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.mul"(%[[V0]], %arg2) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V1]] : tensor<4x8xf32>
func.func @layer_norm_has_gamma(%x: tensor<4x8xf32>, %g: tensor<8xf32>, %h: tensor<8xf32>) -> tensor<4x8xf32> {
  %zeros = arith.constant dense<0.0> : tensor<8xf32>
  %0 = "ane.layer_norm"(%x, %g, %zeros) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  %1 = "ane.mul"(%0, %h) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %1 : tensor<4x8xf32>
}

