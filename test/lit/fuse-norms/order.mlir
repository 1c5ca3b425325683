// Operand-order normalization (lib/patterns/fuse_norms.pdll, 1.): add(eps, mean),
// mul(1/D, sum), mul(rsqrt | inverse, v) and maximum(floor, norm) are put in
// the canonical order before the fusion patterns look at them. A swap is an
// exact identity and narrow (one operand must come from the chain op), but
// it is not undone when the rest of a chain then fails a guard. The swapped
// IR computes bit-identical results (--tol=0; positive inputs for the
// rsqrt and inverse).
// RUN: ane-opt %s --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms -o %t.mlir
// RUN: ane-run %t.mlir --func=swapped_chain_blocked --numerics=f32 --input=0:normal,abs --compare=%s --compare-func=swapped_chain_blocked --compare-numerics=f32 --tol=0
// RUN: ane-run %t.mlir --func=rsqrt_factor_elsewhere --numerics=f32 --input=0:normal,abs --input=1:normal,abs --compare=%s --compare-func=rsqrt_factor_elsewhere --compare-numerics=f32 --tol=0
// RUN: ane-run %t.mlir --func=not_normalized --numerics=f32 --input=0:normal,abs --input=1:normal,abs --compare=%s --compare-func=not_normalized --compare-numerics=f32 --tol=0
// RUN: ane-run %t.mlir --func=swapped_chain_blocked --numerics=ane-fp16 --input=0:normal,abs --compare=%s --compare-func=swapped_chain_blocked --compare-numerics=ane-fp16 --tol=0
// RUN: ane-run %t.mlir --func=rsqrt_factor_elsewhere --numerics=ane-fp16 --input=0:normal,abs --input=1:normal,abs --compare=%s --compare-func=rsqrt_factor_elsewhere --compare-numerics=ane-fp16 --tol=0
// RUN: ane-run %t.mlir --func=not_normalized --numerics=ane-fp16 --input=0:normal,abs --input=1:normal,abs --compare=%s --compare-func=not_normalized --compare-numerics=ane-fp16 --tol=0

// A chain in the other order whose rsqrt has a second user: the
// // normalizations swap add(eps, mean) and mul(r, x), then the single-use guard
// // blocks the fusion. The swaps stay (each computes the same value).
// CHECK-LABEL: func.func @swapped_chain_blocked(%arg0: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
// CHECK-NEXT: %[[C:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// CHECK-NEXT: %[[V0:.*]] = "ane.mul"(%arg0, %arg0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.reduce_mean"(%[[V0]]) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.add"(%[[V1]], %[[C]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.rsqrt"(%[[V2]]) {epsilon = 0.000000e+00 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%arg0, %[[V3]]) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V4]], %[[V3]] : tensor<4x8xf32>, tensor<4x1xf32>
func.func @swapped_chain_blocked(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%eps, %v2) : (tensor<1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%v4, %x) : (tensor<4x1xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %v5, %v4 : tensor<4x8xf32>, tensor<4x1xf32>
}

// Normalization outside any norm chain: an rsqrt factor is put second
// wherever it is multiplied (an exact identity).
// CHECK-LABEL: func.func @rsqrt_factor_elsewhere(%arg0: tensor<4x1xf32>, %arg1: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rsqrt"(%arg0) {epsilon = 1.000000e-03 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.mul"(%arg1, %[[V0]]) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V1]] : tensor<4x8xf32>
func.func @rsqrt_factor_elsewhere(%v: tensor<4x1xf32>, %w: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = "ane.rsqrt"(%v) {epsilon = 1.0e-03 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %0 = "ane.mul"(%r, %w) : (tensor<4x1xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// Left alone: a product of two factors (neither order is canonical, so no
// swap back and forth), a constant times a reduce_mean (only add(eps, mean)
// is normalized), and a constant plus a value that is not a chain statistic.
// CHECK-LABEL: func.func @not_normalized(%arg0: tensor<4x1xf32>, %arg1: tensor<4x1xf32>, %arg2: tensor<4x8xf32>) -> (tensor<4x1xf32>, tensor<4x1xf32>, tensor<4x1xf32>) {
// CHECK-NEXT: %[[C:.*]] = arith.constant dense<2.000000e+00> : tensor<1xf32>
// CHECK-NEXT: %[[V0:.*]] = "ane.rsqrt"(%arg0) {epsilon = 1.000000e-03 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.inverse"(%arg1) {epsilon = 1.000000e-03 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.mul"(%[[V0]], %[[V1]]) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.reduce_mean"(%arg2) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%[[C]], %[[V3]]) : (tensor<1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.add"(%[[C]], %arg0) : (tensor<1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: return %[[V2]], %[[V4]], %[[V5]] : tensor<4x1xf32>, tensor<4x1xf32>, tensor<4x1xf32>
func.func @not_normalized(%a: tensor<4x1xf32>, %b: tensor<4x1xf32>, %x: tensor<4x8xf32>) -> (tensor<4x1xf32>, tensor<4x1xf32>, tensor<4x1xf32>) {
  %c = arith.constant dense<2.0> : tensor<1xf32>
  %ra = "ane.rsqrt"(%a) {epsilon = 1.0e-03 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %ib = "ane.inverse"(%b) {epsilon = 1.0e-03 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %0 = "ane.mul"(%ra, %ib) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  %m = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %1 = "ane.mul"(%c, %m) : (tensor<1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  %2 = "ane.add"(%c, %a) : (tensor<1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  return %0, %1, %2 : tensor<4x1xf32>, tensor<4x1xf32>, tensor<4x1xf32>
}

