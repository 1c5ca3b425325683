// fuse-norms on TF's distributed-affine LayerNorm (TF BERT). Exact output
// per case; the fused function against the chain with ane-run: f32 within
// 1e-5, ane-fp16 within 2e-3 (the chain rounds the [M, D] scale and offset
// to fp16, the fused op does not).
// Fused + lowered: f32 within 1e-3, ane-fp16 within 4e-3.
// RUN: ane-opt %s --split-input-file --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms -o %t.mlir
// RUN: ane-run %t.mlir --func=tf_distributed_affine --compare=%s --compare-func=tf_distributed_affine --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.mlir --func=tf_distributed_affine --numerics=ane-fp16 --compare=%s --compare-func=tf_distributed_affine --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-opt %s --fuse-norms --lower-norms -o %t.fl.mlir
// RUN: ane-run %t.fl.mlir --func=tf_distributed_affine --compare=%s --compare-func=tf_distributed_affine --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=tf_distributed_affine --numerics=ane-fp16 --compare=%s --compare-func=tf_distributed_affine --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// OK: within tolerance

// -----

// TF / BERT LayerNorm with the affine distributed over the centering
// (tf.nn.batch_normalization): a = rsqrt(var + eps) * gamma,
// y = x * a + (beta - mean * a). One layer_norm(x, gamma, beta).
// CHECK-LABEL: func.func @tf_distributed_affine(%arg0: tensor<4x32xf32>, %arg1: tensor<32xf32>, %arg2: tensor<32xf32>) -> tensor<4x32xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.layer_norm"(%arg0, %arg1, %arg2) {axes = array<i64: -1>, epsilon = 9.99999996E-13 : f32} : (tensor<4x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x32xf32>
func.func @tf_distributed_affine(%x: tensor<4x32xf32>, %g: tensor<32xf32>, %b: tensor<32xf32>) -> tensor<4x32xf32> {
  %eps = arith.constant dense<1.0e-12> : tensor<1xf32>
  %m = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %d = "ane.sub"(%x, %m) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  %sq = "ane.square"(%d) : (tensor<4x32xf32>) -> tensor<4x32xf32>
  %v = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %ve = "ane.add"(%v, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %inv = "ane.rsqrt"(%ve) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %a = "ane.mul"(%inv, %g) : (tensor<4x1xf32>, tensor<32xf32>) -> tensor<4x32xf32>
  %xa = "ane.mul"(%x, %a) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  %ma = "ane.mul"(%m, %a) : (tensor<4x1xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  %off = "ane.sub"(%b, %ma) : (tensor<32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  %y = "ane.add"(%xa, %off) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  return %y : tensor<4x32xf32>
}

// -----

// Negative twin, shared intermediate: the scale a is also returned: left
// as a chain (only the rsqrt factor's operand order is normalized).
// CHECK-LABEL: func.func @tf_scale_used_elsewhere(%arg0: tensor<4x32xf32>, %arg1: tensor<32xf32>, %arg2: tensor<32xf32>) -> (tensor<4x32xf32>, tensor<4x32xf32>) {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999996E-13> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.reduce_mean"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.sub"(%arg0, %[[V1]]) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.square"(%[[V2]]) : (tensor<4x32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.reduce_mean"(%[[V3]]) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.add"(%[[V4]], %[[V0]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.rsqrt"(%[[V5]]) {epsilon = 0.000000e+00 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V7:.*]] = "ane.mul"(%arg1, %[[V6]]) : (tensor<32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: %[[V8:.*]] = "ane.mul"(%arg0, %[[V7]]) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: %[[V9:.*]] = "ane.mul"(%[[V1]], %[[V7]]) : (tensor<4x1xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: %[[V10:.*]] = "ane.sub"(%arg2, %[[V9]]) : (tensor<32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: %[[V11:.*]] = "ane.add"(%[[V8]], %[[V10]]) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: return %[[V11]], %[[V7]] : tensor<4x32xf32>, tensor<4x32xf32>
func.func @tf_scale_used_elsewhere(%x: tensor<4x32xf32>, %g: tensor<32xf32>, %b: tensor<32xf32>) -> (tensor<4x32xf32>, tensor<4x32xf32>) {
  %eps = arith.constant dense<1.0e-12> : tensor<1xf32>
  %m = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %d = "ane.sub"(%x, %m) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  %sq = "ane.square"(%d) : (tensor<4x32xf32>) -> tensor<4x32xf32>
  %v = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %ve = "ane.add"(%v, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %inv = "ane.rsqrt"(%ve) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %a = "ane.mul"(%inv, %g) : (tensor<4x1xf32>, tensor<32xf32>) -> tensor<4x32xf32>
  %xa = "ane.mul"(%x, %a) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  %ma = "ane.mul"(%m, %a) : (tensor<4x1xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  %off = "ane.sub"(%b, %ma) : (tensor<32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  %y = "ane.add"(%xa, %off) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  return %y, %a : tensor<4x32xf32>, tensor<4x32xf32>
}

// -----

// Negative twin: the offset subtracts another statistic times a, not the
// mean: left as a chain.
// CHECK-LABEL: func.func @tf_offset_not_mean(%arg0: tensor<4x32xf32>, %arg1: tensor<32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<4x1xf32>) -> tensor<4x32xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999996E-13> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.reduce_mean"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.sub"(%arg0, %[[V1]]) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.square"(%[[V2]]) : (tensor<4x32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.reduce_mean"(%[[V3]]) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.add"(%[[V4]], %[[V0]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.rsqrt"(%[[V5]]) {epsilon = 0.000000e+00 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V7:.*]] = "ane.mul"(%arg1, %[[V6]]) : (tensor<32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: %[[V8:.*]] = "ane.mul"(%arg0, %[[V7]]) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: %[[V9:.*]] = "ane.mul"(%arg3, %[[V7]]) : (tensor<4x1xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: %[[V10:.*]] = "ane.sub"(%arg2, %[[V9]]) : (tensor<32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: %[[V11:.*]] = "ane.add"(%[[V8]], %[[V10]]) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: return %[[V11]] : tensor<4x32xf32>
func.func @tf_offset_not_mean(%x: tensor<4x32xf32>, %g: tensor<32xf32>, %b: tensor<32xf32>, %z: tensor<4x1xf32>) -> tensor<4x32xf32> {
  %eps = arith.constant dense<1.0e-12> : tensor<1xf32>
  %m = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %d = "ane.sub"(%x, %m) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  %sq = "ane.square"(%d) : (tensor<4x32xf32>) -> tensor<4x32xf32>
  %v = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %ve = "ane.add"(%v, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %inv = "ane.rsqrt"(%ve) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %a = "ane.mul"(%inv, %g) : (tensor<4x1xf32>, tensor<32xf32>) -> tensor<4x32xf32>
  %xa = "ane.mul"(%x, %a) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  %ma = "ane.mul"(%z, %a) : (tensor<4x1xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  %off = "ane.sub"(%b, %ma) : (tensor<32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  %y = "ane.add"(%xa, %off) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  return %y : tensor<4x32xf32>
}
