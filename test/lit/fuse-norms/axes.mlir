// fuse-norms over any axes: chains whose reductions are over other axes
// than the last fuse into norms over those axes (these were negative cases
// while the norms normalized the last axis only; guards.mlir keeps the
// guards that still hold). The mean of a chain that does not fuse may still
// be canonicalized (canonicalize.mlir). Each output is checked exactly.
// RUN: ane-opt %s --split-input-file --fuse-norms | FileCheck %s

// -----

// RMS over axis 0 (not the last): fuses with axes = [0].
// CHECK-LABEL: func.func @axis_not_last(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: 0>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @axis_not_last(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: 0>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<1x8xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<1x8xf32>, tensor<1xf32>) -> tensor<1x8xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<1x8xf32>) -> tensor<1x8xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<1x8xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// -----

// RMS over both axes: fuses with axes = [-2, -1].
// CHECK-LABEL: func.func @two_axes(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -2, -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @two_axes(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -2, -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<1x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<1x1xf32>, tensor<1xf32>) -> tensor<1x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<1x1xf32>) -> tensor<1x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<1x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// -----

// sum * 1/D whose result has a second user: canonicalized to reduce_mean
// (both users see the mean), then not fused (the mean has two users).
// CHECK-LABEL: func.func @second_user_scaled_sum(%arg0: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.mul"(%arg0, %arg0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_mean"(%[[V1]]) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.add"(%[[V2]], %[[V0]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.rsqrt"(%[[V3]]) {epsilon = 0.000000e+00 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%arg0, %[[V4]]) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V5]], %[[V2]] : tensor<4x8xf32>, tensor<4x1xf32>
func.func @second_user_scaled_sum(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<0.125> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.mul"(%v2, %inv_d) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.add"(%v3, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.rsqrt"(%v4) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.mul"(%x, %v5) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v6, %v3 : tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

// inverse(sqrt(.)) whose result has a second user: canonicalized to rsqrt
// (both users see it), then not fused (the factor has two users).
// CHECK-LABEL: func.func @second_user_inverse(%arg0: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.mul"(%arg0, %arg0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_mean"(%[[V1]]) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.add"(%[[V2]], %[[V0]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.rsqrt"(%[[V3]]) {epsilon = 0.000000e+00 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.mul"(%arg0, %[[V4]]) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V5]], %[[V4]] : tensor<4x8xf32>, tensor<4x1xf32>
func.func @second_user_inverse(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.sqrt"(%v3) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.inverse"(%v4) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.mul"(%x, %v5) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v6, %v5 : tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

// A rows-like [8, 6, 1, 1] view that is not the [M, D, 1, 1] of x: not the
// old layout (no rms_norm of x), but the RMS of the view over axis 1 fuses;
// the reshapes and the [8, 1, 1, 1] scale stay.
// CHECK-LABEL: func.func @rows_wrong_layout(%arg0: tensor<2x3x8xf32>, %arg1: tensor<8xf32>) -> tensor<2x3x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 8, 6, 1, 1>} : (tensor<2x3x8xf32>) -> tensor<8x6x1x1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.rms_norm"(%[[V0]]) {axes = array<i64: 1>, epsilon = 9.99999974E-6 : f32} : (tensor<8x6x1x1xf32>) -> tensor<8x6x1x1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reshape"(%arg1) {shape = array<i64: 8, 1, 1, 1>} : (tensor<8xf32>) -> tensor<8x1x1x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%[[V1]], %[[V2]]) : (tensor<8x6x1x1xf32>, tensor<8x1x1x1xf32>) -> tensor<8x6x1x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.reshape"(%[[V3]]) {shape = array<i64: 2, 3, 8>} : (tensor<8x6x1x1xf32>) -> tensor<2x3x8xf32>
// CHECK-NEXT: return %[[V4]] : tensor<2x3x8xf32>
func.func @rows_wrong_layout(%x: tensor<2x3x8xf32>, %g: tensor<8xf32>) -> tensor<2x3x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<1.666666e-01> : tensor<1xf32>
  %rows = "ane.reshape"(%x) {shape = array<i64: 8, 6, 1, 1>} : (tensor<2x3x8xf32>) -> tensor<8x6x1x1xf32>
  %sq = "ane.mul"(%rows, %rows) : (tensor<8x6x1x1xf32>, tensor<8x6x1x1xf32>) -> tensor<8x6x1x1xf32>
  %sum = "ane.reduce_sum"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<8x6x1x1xf32>) -> tensor<8x1x1x1xf32>
  %mean = "ane.mul"(%sum, %inv_d) : (tensor<8x1x1x1xf32>, tensor<1xf32>) -> tensor<8x1x1x1xf32>
  %shifted = "ane.add"(%mean, %eps) : (tensor<8x1x1x1xf32>, tensor<1xf32>) -> tensor<8x1x1x1xf32>
  %r = "ane.rsqrt"(%shifted) {epsilon = 0.0 : f32} : (tensor<8x1x1x1xf32>) -> tensor<8x1x1x1xf32>
  %y = "ane.mul"(%rows, %r) : (tensor<8x6x1x1xf32>, tensor<8x1x1x1xf32>) -> tensor<8x6x1x1xf32>
  %g_rows = "ane.reshape"(%g) {shape = array<i64: 8, 1, 1, 1>} : (tensor<8xf32>) -> tensor<8x1x1x1xf32>
  %scaled = "ane.mul"(%y, %g_rows) : (tensor<8x6x1x1xf32>, tensor<8x1x1x1xf32>) -> tensor<8x6x1x1xf32>
  %out = "ane.reshape"(%scaled) {shape = array<i64: 2, 3, 8>} : (tensor<8x6x1x1xf32>) -> tensor<2x3x8xf32>
  return %out : tensor<2x3x8xf32>
}

// -----

// The [M, D, 1, 1] rows have a third user: not the old layout, but the RMS
// of the rows over axis 1 fuses, gamma [1, D, 1, 1] absorbed.
// CHECK-LABEL: func.func @rows_third_user(%arg0: tensor<2x3x8xf32>, %arg1: tensor<8xf32>) -> (tensor<2x3x8xf32>, tensor<6x8x1x1xf32>) {
// CHECK-NEXT: %[[V0:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 6, 8, 1, 1>} : (tensor<2x3x8xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.reshape"(%arg1) {shape = array<i64: 1, 8, 1, 1>} : (tensor<8xf32>) -> tensor<1x8x1x1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.rms_norm"(%[[V0]], %[[V1]]) {axes = array<i64: 1>, epsilon = 9.99999974E-6 : f32} : (tensor<6x8x1x1xf32>, tensor<1x8x1x1xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.reshape"(%[[V2]]) {shape = array<i64: 2, 3, 8>} : (tensor<6x8x1x1xf32>) -> tensor<2x3x8xf32>
// CHECK-NEXT: return %[[V3]], %[[V0]] : tensor<2x3x8xf32>, tensor<6x8x1x1xf32>
func.func @rows_third_user(%x: tensor<2x3x8xf32>, %g: tensor<8xf32>) -> (tensor<2x3x8xf32>, tensor<6x8x1x1xf32>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<1.250000e-01> : tensor<1xf32>
  %rows = "ane.reshape"(%x) {shape = array<i64: 6, 8, 1, 1>} : (tensor<2x3x8xf32>) -> tensor<6x8x1x1xf32>
  %sq = "ane.mul"(%rows, %rows) : (tensor<6x8x1x1xf32>, tensor<6x8x1x1xf32>) -> tensor<6x8x1x1xf32>
  %sum = "ane.reduce_sum"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<6x8x1x1xf32>) -> tensor<6x1x1x1xf32>
  %mean = "ane.mul"(%sum, %inv_d) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
  %shifted = "ane.add"(%mean, %eps) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
  %r = "ane.rsqrt"(%shifted) {epsilon = 0.0 : f32} : (tensor<6x1x1x1xf32>) -> tensor<6x1x1x1xf32>
  %y = "ane.mul"(%rows, %r) : (tensor<6x8x1x1xf32>, tensor<6x1x1x1xf32>) -> tensor<6x8x1x1xf32>
  %g_rows = "ane.reshape"(%g) {shape = array<i64: 1, 8, 1, 1>} : (tensor<8xf32>) -> tensor<1x8x1x1xf32>
  %scaled = "ane.mul"(%y, %g_rows) : (tensor<6x8x1x1xf32>, tensor<1x8x1x1xf32>) -> tensor<6x8x1x1xf32>
  %out = "ane.reshape"(%scaled) {shape = array<i64: 2, 3, 8>} : (tensor<6x8x1x1xf32>) -> tensor<2x3x8xf32>
  return %out, %rows : tensor<2x3x8xf32>, tensor<6x8x1x1xf32>
}

// -----

// The reshaped gamma comes from [1, 8], not [8]: not the old layout, but the
// RMS of the rows over axis 1 fuses, its [1, 8, 1, 1] gamma absorbed.
// CHECK-LABEL: func.func @rows_gamma_not_vector(%arg0: tensor<2x3x8xf32>, %arg1: tensor<1x8xf32>) -> tensor<2x3x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 6, 8, 1, 1>} : (tensor<2x3x8xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.reshape"(%arg1) {shape = array<i64: 1, 8, 1, 1>} : (tensor<1x8xf32>) -> tensor<1x8x1x1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.rms_norm"(%[[V0]], %[[V1]]) {axes = array<i64: 1>, epsilon = 9.99999974E-6 : f32} : (tensor<6x8x1x1xf32>, tensor<1x8x1x1xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.reshape"(%[[V2]]) {shape = array<i64: 2, 3, 8>} : (tensor<6x8x1x1xf32>) -> tensor<2x3x8xf32>
// CHECK-NEXT: return %[[V3]] : tensor<2x3x8xf32>
func.func @rows_gamma_not_vector(%x: tensor<2x3x8xf32>, %g: tensor<1x8xf32>) -> tensor<2x3x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<1.250000e-01> : tensor<1xf32>
  %rows = "ane.reshape"(%x) {shape = array<i64: 6, 8, 1, 1>} : (tensor<2x3x8xf32>) -> tensor<6x8x1x1xf32>
  %sq = "ane.mul"(%rows, %rows) : (tensor<6x8x1x1xf32>, tensor<6x8x1x1xf32>) -> tensor<6x8x1x1xf32>
  %sum = "ane.reduce_sum"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<6x8x1x1xf32>) -> tensor<6x1x1x1xf32>
  %mean = "ane.mul"(%sum, %inv_d) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
  %shifted = "ane.add"(%mean, %eps) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
  %r = "ane.rsqrt"(%shifted) {epsilon = 0.0 : f32} : (tensor<6x1x1x1xf32>) -> tensor<6x1x1x1xf32>
  %y = "ane.mul"(%rows, %r) : (tensor<6x8x1x1xf32>, tensor<6x1x1x1xf32>) -> tensor<6x8x1x1xf32>
  %g_rows = "ane.reshape"(%g) {shape = array<i64: 1, 8, 1, 1>} : (tensor<1x8xf32>) -> tensor<1x8x1x1xf32>
  %scaled = "ane.mul"(%y, %g_rows) : (tensor<6x8x1x1xf32>, tensor<1x8x1x1xf32>) -> tensor<6x8x1x1xf32>
  %out = "ane.reshape"(%scaled) {shape = array<i64: 2, 3, 8>} : (tensor<6x8x1x1xf32>) -> tensor<2x3x8xf32>
  return %out : tensor<2x3x8xf32>
}

// -----

// The result is reshaped to [6, 8], not x's [2, 3, 8]: not the old layout,
// but the RMS of the rows over axis 1 fuses.
// CHECK-LABEL: func.func @rows_out_shape(%arg0: tensor<2x3x8xf32>, %arg1: tensor<8xf32>) -> tensor<6x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 6, 8, 1, 1>} : (tensor<2x3x8xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.reshape"(%arg1) {shape = array<i64: 1, 8, 1, 1>} : (tensor<8xf32>) -> tensor<1x8x1x1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.rms_norm"(%[[V0]], %[[V1]]) {axes = array<i64: 1>, epsilon = 9.99999974E-6 : f32} : (tensor<6x8x1x1xf32>, tensor<1x8x1x1xf32>) -> tensor<6x8x1x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.reshape"(%[[V2]]) {shape = array<i64: 6, 8>} : (tensor<6x8x1x1xf32>) -> tensor<6x8xf32>
// CHECK-NEXT: return %[[V3]] : tensor<6x8xf32>
func.func @rows_out_shape(%x: tensor<2x3x8xf32>, %g: tensor<8xf32>) -> tensor<6x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<1.250000e-01> : tensor<1xf32>
  %rows = "ane.reshape"(%x) {shape = array<i64: 6, 8, 1, 1>} : (tensor<2x3x8xf32>) -> tensor<6x8x1x1xf32>
  %sq = "ane.mul"(%rows, %rows) : (tensor<6x8x1x1xf32>, tensor<6x8x1x1xf32>) -> tensor<6x8x1x1xf32>
  %sum = "ane.reduce_sum"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<6x8x1x1xf32>) -> tensor<6x1x1x1xf32>
  %mean = "ane.mul"(%sum, %inv_d) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
  %shifted = "ane.add"(%mean, %eps) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
  %r = "ane.rsqrt"(%shifted) {epsilon = 0.0 : f32} : (tensor<6x1x1x1xf32>) -> tensor<6x1x1x1xf32>
  %y = "ane.mul"(%rows, %r) : (tensor<6x8x1x1xf32>, tensor<6x1x1x1xf32>) -> tensor<6x8x1x1xf32>
  %g_rows = "ane.reshape"(%g) {shape = array<i64: 1, 8, 1, 1>} : (tensor<8xf32>) -> tensor<1x8x1x1xf32>
  %scaled = "ane.mul"(%y, %g_rows) : (tensor<6x8x1x1xf32>, tensor<1x8x1x1xf32>) -> tensor<6x8x1x1xf32>
  %out = "ane.reshape"(%scaled) {shape = array<i64: 6, 8>} : (tensor<6x8x1x1xf32>) -> tensor<6x8xf32>
  return %out : tensor<6x8xf32>
}

// -----

// LayerNorm whose variance is over axis 0: not a layer_norm, but what it
// computes is the RMS of c = x - mean over axis 0, which fuses.
// CHECK-LABEL: func.func @ln_var_axis(%arg0: tensor<8x8xf32>) -> tensor<8x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.reduce_mean"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<8x8xf32>) -> tensor<8x1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.sub"(%arg0, %[[V0]]) : (tensor<8x8xf32>, tensor<8x1xf32>) -> tensor<8x8xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.rms_norm"(%[[V1]]) {axes = array<i64: 0>, epsilon = 9.99999974E-6 : f32} : (tensor<8x8xf32>) -> tensor<8x8xf32>
// CHECK-NEXT: return %[[V2]] : tensor<8x8xf32>
func.func @ln_var_axis(%x: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<8x8xf32>) -> tensor<8x1xf32>
  %v2 = "ane.sub"(%x, %v1) : (tensor<8x8xf32>, tensor<8x1xf32>) -> tensor<8x8xf32>
  %v3 = "ane.mul"(%v2, %v2) : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
  %v4 = "ane.reduce_mean"(%v3) {axes = array<i64: 0>, keep_dims = true} : (tensor<8x8xf32>) -> tensor<1x8xf32>
  %v5 = "ane.add"(%v4, %eps) : (tensor<1x8xf32>, tensor<1xf32>) -> tensor<1x8xf32>
  %v6 = "ane.rsqrt"(%v5) {epsilon = 0.0 : f32} : (tensor<1x8xf32>) -> tensor<1x8xf32>
  %v7 = "ane.mul"(%v2, %v6) : (tensor<8x8xf32>, tensor<1x8xf32>) -> tensor<8x8xf32>
  return %v7 : tensor<8x8xf32>
}

// -----

// L2 over both axes: fuses with axes = [0, 1].
// CHECK-LABEL: func.func @l2_two_axes(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.l2_norm"(%arg0) {axes = array<i64: 0, 1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @l2_two_axes(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %floor = arith.constant dense<3.16227766e-03> : tensor<1xf32>
  %v1 = "ane.reduce_l2_norm"(%x) {axes = array<i64: 0, 1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<1x1xf32>
  %v2 = "ane.maximum"(%v1, %floor) : (tensor<1x1xf32>, tensor<1xf32>) -> tensor<1x1xf32>
  %v3 = "ane.real_div"(%x, %v2) : (tensor<4x8xf32>, tensor<1x1xf32>) -> tensor<4x8xf32>
  return %v3 : tensor<4x8xf32>
}
