// fuse-norms guards: each case is one step away from a form that fuses (see
// rms-forms.mlir, rows.mlir, layer-norm.mlir, l2-norm.mlir) and breaks one
// guard: a non-constant, non-splat or zero eps; a reduction without
// keep_dims; a 1/D constant that is not 1/D of a static D; a square that is not x^2; an intermediate with a user outside the
// chain; a layout or gamma that is not the [M, D, 1, 1] form. None fuses, and
// the IR is left byte-identical (the diff). Written in the canonical operand
// order, so the order normalization has nothing to swap either (order.mlir
// shows what it does to a swapped chain that does not fuse), and nothing
// the canonicalization rewrites (canonicalize.mlir). Reductions over other
// axes than the last fuse now (axes.mlir).
// RUN: ane-opt %s --split-input-file -o %t.before.mlir
// RUN: ane-opt %s --split-input-file --fuse-norms -o %t.after.mlir
// RUN: diff %t.before.mlir %t.after.mlir
// RUN: ane-opt %s --split-input-file --fuse-norms | FileCheck %s

// RMS: eps is a function argument, not a constant.
// CHECK-LABEL: func.func @eps_not_constant(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @eps_not_constant(%x: tensor<4x8xf32>, %eps: tensor<1xf32>) -> tensor<4x8xf32> {
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// -----

// RMS: eps is a constant but not a splat.
// CHECK-LABEL: func.func @eps_not_splat(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @eps_not_splat(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<[[1.0e-05], [2.0e-05], [1.0e-05], [2.0e-05]]> : tensor<4x1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// -----

// RMS: eps = 0 (an ane.rms_norm epsilon must be > 0).
// CHECK-LABEL: func.func @eps_zero(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @eps_zero(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<0.0> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// -----

// RMS: a [4, 8] eps splat broadcasts the statistic to [4, 8]: the chain no longer has the rms_norm shape.
// CHECK-LABEL: func.func @eps_broadcasts_mean(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @eps_broadcasts_mean(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<4x8xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// -----

// RMS: add(mean, eps) then rsqrt with a nonzero epsilon of its own.
// CHECK-LABEL: func.func @rsqrt_eps_with_add(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @rsqrt_eps_with_add(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 1.0e-05 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// -----

// RMS: rsqrt(mean) {epsilon = 0}: no eps at all.
// CHECK-LABEL: func.func @rsqrt_eps_zero(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @rsqrt_eps_zero(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.rsqrt"(%v2) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.mul"(%x, %v3) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v4 : tensor<4x8xf32>
}

// -----

// RMS: inverse(sqrt(mean + eps)) {epsilon = 1e-3}.
// CHECK-LABEL: func.func @inverse_eps_nonzero(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @inverse_eps_nonzero(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.sqrt"(%v3) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.inverse"(%v4) {epsilon = 1.0e-03 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.mul"(%x, %v5) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// -----

// RMS: keep_dims = false ([8] broadcasts along the last axis of [8, 8]: another computation).
// CHECK-LABEL: func.func @keep_dims_false(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @keep_dims_false(%x: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = false} : (tensor<8x8xf32>) -> tensor<8xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<8xf32>, tensor<1xf32>) -> tensor<8xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<8xf32>) -> tensor<8xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<8x8xf32>, tensor<8xf32>) -> tensor<8x8xf32>
  return %v5 : tensor<8x8xf32>
}

// -----

// RMS: pow(x, 3) is not a square.
// CHECK-LABEL: func.func @pow_not_two(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @pow_not_two(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %two = arith.constant dense<3.0> : tensor<1xf32>
  %v1 = "ane.pow"(%x, %two) : (tensor<4x8xf32>, tensor<1xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// -----

// RMS: the mean is of z^2, the scaled value is x.
// CHECK-LABEL: func.func @square_of_other(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @square_of_other(%x: tensor<4x8xf32>, %z: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.square"(%z) : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// -----

// RMS: mul(x, z) is not a square.
// CHECK-LABEL: func.func @mul_not_square(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @mul_not_square(%x: tensor<4x8xf32>, %z: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %z) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// -----

// RMS: reduce_sum * 1/16 with D = 8.
// CHECK-LABEL: func.func @inv_d_wrong(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @inv_d_wrong(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<0.0625> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.mul"(%v2, %inv_d) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.add"(%v3, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.rsqrt"(%v4) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.mul"(%x, %v5) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// -----

// RMS: the 1/D constant is not a splat.
// CHECK-LABEL: func.func @inv_d_not_splat(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @inv_d_not_splat(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<[[0.125], [0.125], [0.125], [0.0625]]> : tensor<4x1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.mul"(%v2, %inv_d) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.add"(%v3, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.rsqrt"(%v4) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.mul"(%x, %v5) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// -----

// RMS: D is dynamic, so no 1/D constant can match it.
// CHECK-LABEL: func.func @inv_d_dynamic_d(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @inv_d_dynamic_d(%x: tensor<4x?xf32>) -> tensor<4x?xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<0.125> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x?xf32>, tensor<4x?xf32>) -> tensor<4x?xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x?xf32>) -> tensor<4x1xf32>
  %v3 = "ane.mul"(%v2, %inv_d) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.add"(%v3, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.rsqrt"(%v4) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.mul"(%x, %v5) : (tensor<4x?xf32>, tensor<4x1xf32>) -> tensor<4x?xf32>
  return %v6 : tensor<4x?xf32>
}

// -----

// RMS: the square has a second user.
// CHECK-LABEL: func.func @second_user_square(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @second_user_square(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5, %v1 : tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

// RMS: the mean has a second user.
// CHECK-LABEL: func.func @second_user_mean(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @second_user_mean(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5, %v2 : tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

// RMS: mean + eps has a second user.
// CHECK-LABEL: func.func @second_user_add(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @second_user_add(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5, %v3 : tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

// RMS: the rsqrt has a second user.
// CHECK-LABEL: func.func @second_user_rsqrt(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @second_user_rsqrt(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5, %v4 : tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

// RMS (reduce_sum): the sum has a second user.
// CHECK-LABEL: func.func @second_user_sum(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @second_user_sum(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<0.125> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.mul"(%v2, %inv_d) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.add"(%v3, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.rsqrt"(%v4) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.mul"(%x, %v5) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v6, %v2 : tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

// RMS (rsqrt eps): the rsqrt has a second user.
// CHECK-LABEL: func.func @second_user_rsqrt_eps(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @second_user_rsqrt_eps(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.rsqrt"(%v2) {epsilon = 1.0e-05 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.mul"(%x, %v3) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v4, %v3 : tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

// RMS (sqrt + real_div): the sqrt has a second user.
// CHECK-LABEL: func.func @second_user_sqrt_div(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @second_user_sqrt_div(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.sqrt"(%v3) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.real_div"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5, %v4 : tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

// RMS (inverse): the sqrt has a second user.
// CHECK-LABEL: func.func @second_user_inverse_sqrt(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @second_user_inverse_sqrt(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.sqrt"(%v3) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.inverse"(%v4) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.mul"(%x, %v5) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v6, %v4 : tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

// reshape form: the sum is over axis 0 (M), not the D axis.
// CHECK-LABEL: func.func @rows_axis_0(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @rows_axis_0(%x: tensor<2x3x8xf32>, %g: tensor<8xf32>) -> tensor<2x3x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<1.250000e-01> : tensor<1xf32>
  %rows = "ane.reshape"(%x) {shape = array<i64: 6, 8, 1, 1>} : (tensor<2x3x8xf32>) -> tensor<6x8x1x1xf32>
  %sq = "ane.mul"(%rows, %rows) : (tensor<6x8x1x1xf32>, tensor<6x8x1x1xf32>) -> tensor<6x8x1x1xf32>
  %sum = "ane.reduce_sum"(%sq) {axes = array<i64: 0>, keep_dims = true} : (tensor<6x8x1x1xf32>) -> tensor<1x8x1x1xf32>
  %mean = "ane.mul"(%sum, %inv_d) : (tensor<1x8x1x1xf32>, tensor<1xf32>) -> tensor<1x8x1x1xf32>
  %shifted = "ane.add"(%mean, %eps) : (tensor<1x8x1x1xf32>, tensor<1xf32>) -> tensor<1x8x1x1xf32>
  %r = "ane.rsqrt"(%shifted) {epsilon = 0.0 : f32} : (tensor<1x8x1x1xf32>) -> tensor<1x8x1x1xf32>
  %y = "ane.mul"(%rows, %r) : (tensor<6x8x1x1xf32>, tensor<1x8x1x1xf32>) -> tensor<6x8x1x1xf32>
  %g_rows = "ane.reshape"(%g) {shape = array<i64: 1, 8, 1, 1>} : (tensor<8xf32>) -> tensor<1x8x1x1xf32>
  %scaled = "ane.mul"(%y, %g_rows) : (tensor<6x8x1x1xf32>, tensor<1x8x1x1xf32>) -> tensor<6x8x1x1xf32>
  %out = "ane.reshape"(%scaled) {shape = array<i64: 2, 3, 8>} : (tensor<6x8x1x1xf32>) -> tensor<2x3x8xf32>
  return %out : tensor<2x3x8xf32>
}

// -----

// LayerNorm: eps is a function argument (blocks the rms of x - mean too).
// CHECK-LABEL: func.func @ln_eps_not_constant(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @ln_eps_not_constant(%x: tensor<4x8xf32>, %eps: tensor<1xf32>) -> tensor<4x8xf32> {
  %v1 = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.sub"(%x, %v1) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v3 = "ane.mul"(%v2, %v2) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v4 = "ane.reduce_mean"(%v3) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v5 = "ane.add"(%v4, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.rsqrt"(%v5) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v7 = "ane.mul"(%v2, %v6) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v7 : tensor<4x8xf32>
}

// -----

// L2: keep_dims = false.
// CHECK-LABEL: func.func @l2_keep_dims_false(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @l2_keep_dims_false(%x: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %floor = arith.constant dense<3.16227766e-03> : tensor<1xf32>
  %v1 = "ane.reduce_l2_norm"(%x) {axes = array<i64: -1>, keep_dims = false} : (tensor<8x8xf32>) -> tensor<8xf32>
  %v2 = "ane.maximum"(%v1, %floor) : (tensor<8xf32>, tensor<1xf32>) -> tensor<8xf32>
  %v3 = "ane.real_div"(%x, %v2) : (tensor<8x8xf32>, tensor<8xf32>) -> tensor<8x8xf32>
  return %v3 : tensor<8x8xf32>
}

// -----

// L2: the floor is a function argument.
// CHECK-LABEL: func.func @l2_floor_not_constant(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @l2_floor_not_constant(%x: tensor<4x8xf32>, %floor: tensor<1xf32>) -> tensor<4x8xf32> {
  %v1 = "ane.reduce_l2_norm"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.maximum"(%v1, %floor) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v3 = "ane.real_div"(%x, %v2) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v3 : tensor<4x8xf32>
}

// -----

// L2: floor = 0 (the l2_norm epsilon must be > 0).
// CHECK-LABEL: func.func @l2_floor_zero(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @l2_floor_zero(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %floor = arith.constant dense<0.0> : tensor<1xf32>
  %v1 = "ane.reduce_l2_norm"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.maximum"(%v1, %floor) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v3 = "ane.real_div"(%x, %v2) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v3 : tensor<4x8xf32>
}

// -----

// L2: floor = 1e-30: floor^2 underflows to 0 in f32.
// CHECK-LABEL: func.func @l2_floor_underflows(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @l2_floor_underflows(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %floor = arith.constant dense<1.0e-30> : tensor<1xf32>
  %v1 = "ane.reduce_l2_norm"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.maximum"(%v1, %floor) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v3 = "ane.real_div"(%x, %v2) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v3 : tensor<4x8xf32>
}

// -----

// L2: the norm has a second user.
// CHECK-LABEL: func.func @l2_second_user_norm(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @l2_second_user_norm(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %floor = arith.constant dense<3.16227766e-03> : tensor<1xf32>
  %v1 = "ane.reduce_l2_norm"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.maximum"(%v1, %floor) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v3 = "ane.real_div"(%x, %v2) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v3, %v1 : tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

// L2: the maximum has a second user.
// CHECK-LABEL: func.func @l2_second_user_maximum(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @l2_second_user_maximum(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %floor = arith.constant dense<3.16227766e-03> : tensor<1xf32>
  %v1 = "ane.reduce_l2_norm"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.maximum"(%v1, %floor) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v3 = "ane.real_div"(%x, %v2) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v3, %v2 : tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

// L2 (sqrt of sum): the square has a second user.
// CHECK-LABEL: func.func @l2_second_user_square(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @l2_second_user_square(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %floor = arith.constant dense<3.16227766e-03> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.sqrt"(%v2) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.maximum"(%v3, %floor) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.real_div"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5, %v1 : tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

// L2 (sqrt of sum): pow(x, 3).
// CHECK-LABEL: func.func @l2_pow_not_two(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @l2_pow_not_two(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %floor = arith.constant dense<3.16227766e-03> : tensor<1xf32>
  %two = arith.constant dense<3.0> : tensor<1xf32>
  %v1 = "ane.pow"(%x, %two) : (tensor<4x8xf32>, tensor<1xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.sqrt"(%v2) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.maximum"(%v3, %floor) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.real_div"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// -----

// RMS: D = 2^26 in f16: 1/D rounds to an f16 0, within one ulp of 1/D but not a mean.
// CHECK-LABEL: func.func @inv_d_underflow(
// CHECK-NOT: "ane.{{rms_norm|layer_norm|l2_norm}}"
func.func @inv_d_underflow(%x: tensor<1x67108864xf16>) -> tensor<1x67108864xf16> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %inv_d = arith.constant dense<0.0> : tensor<1xf16>
  %v1 = "ane.mul"(%x, %x) : (tensor<1x67108864xf16>, tensor<1x67108864xf16>) -> tensor<1x67108864xf16>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<1x67108864xf16>) -> tensor<1x1xf16>
  %v3 = "ane.mul"(%v2, %inv_d) : (tensor<1x1xf16>, tensor<1xf16>) -> tensor<1x1xf16>
  %v4 = "ane.add"(%v3, %eps) : (tensor<1x1xf16>, tensor<1xf16>) -> tensor<1x1xf16>
  %v5 = "ane.rsqrt"(%v4) {epsilon = 0.0 : f32} : (tensor<1x1xf16>) -> tensor<1x1xf16>
  %v6 = "ane.mul"(%x, %v5) : (tensor<1x67108864xf16>, tensor<1x1xf16>) -> tensor<1x67108864xf16>
  return %v6 : tensor<1x67108864xf16>
}
