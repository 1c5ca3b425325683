// --lower-norms then --fuse-norms. ane.l2_norm lowers to x / maximum(
// reduce_l2_norm(x), sqrt(eps)) and fuses back to ane.l2_norm with epsilon =
// floor^2: eps itself in f32 up to rounding, the square of the f16 floor in
// f16. The l2 form of an ane.rms_norm with an argument gamma divides by the
// floored norm scaled by 1/sqrt(D) and then multiplies by gamma; fuse-norms
// leaves that chain as it is (it is already the fast form, and the floor is
// not RMSNorm's additive eps, so it cannot go back to rms_norm;
// docs/numerics.md).
// RUN: ane-opt %s --lower-norms | ane-opt --fuse-norms | FileCheck %s
// RUN: ane-opt %s --lower-norms -o %t.lowered.mlir
// RUN: ane-opt %t.lowered.mlir --fuse-norms -o %t.fused.mlir
// RUN: ane-run %t.fused.mlir --func=l2_f32 --compare=%t.lowered.mlir --compare-func=l2_f32 --tol=1e-5
// RUN: ane-run %t.fused.mlir --func=l2_f16_axis0 --compare=%t.lowered.mlir --compare-func=l2_f16_axis0 --tol=1e-5
// RUN: ane-run %t.fused.mlir --func=rms_l2_form --compare=%t.lowered.mlir --compare-func=rms_l2_form --tol=1e-5
// RUN: ane-run %t.fused.mlir --func=l2_f32 --numerics=ane-fp16 --compare=%t.lowered.mlir --compare-func=l2_f32 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.fused.mlir --func=l2_f16_axis0 --numerics=ane-fp16 --compare=%t.lowered.mlir --compare-func=l2_f16_axis0 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.fused.mlir --func=rms_l2_form --numerics=ane-fp16 --compare=%t.lowered.mlir --compare-func=rms_l2_form --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.fused.mlir --func=l2_two_axes --compare=%t.lowered.mlir --compare-func=l2_two_axes --tol=1e-5
// RUN: ane-run %t.fused.mlir --func=l2_two_axes --numerics=ane-fp16 --compare=%t.lowered.mlir --compare-func=l2_two_axes --compare-numerics=ane-fp16 --tol=2e-3
// Options: fuse-norms takes none.
// RUN: not ane-opt %s --fuse-norms=x 2>&1 | FileCheck %s --check-prefix=OPTION
// RUN: not ane-opt %s --pass-pipeline='builtin.module(func.func(fuse-norms{x}))' 2>&1 | FileCheck %s --check-prefix=PIPE

// OPTION: ane-opt: error: invalid pass flag at column 1: pass 'fuse-norms' takes no options, got 'x'
// PIPE: ane-opt: error: invalid --pass-pipeline at column 26: pass 'fuse-norms' takes no options, got 'x'

// CHECK-LABEL: func.func @l2_f32(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT:    %[[Y:.*]] = "ane.l2_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT:    return %[[Y]] : tensor<4x8xf32>
func.func @l2_f32(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = "ane.l2_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// f16 floor sqrt(1e-5) = 3.162380e-03, squared in f32.
// CHECK-LABEL: func.func @l2_f16_axis0(%arg0: tensor<4x8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT:    %[[Y:.*]] = "ane.l2_norm"(%arg0) {axes = array<i64: 0>, epsilon = 1.00006728E-5 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
// CHECK-NEXT:    return %[[Y]] : tensor<4x8xf16>
func.func @l2_f16_axis0(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %0 = "ane.l2_norm"(%x) {axes = array<i64: 0>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// CHECK-LABEL: func.func @rms_l2_form(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT:    %[[S:.*]] = arith.constant dense<0.353553385> : tensor<1xf32>
// CHECK-NEXT:    %[[F:.*]] = arith.constant dense<0.00894427206> : tensor<1xf32>
// CHECK-NEXT:    %[[N:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// CHECK-NEXT:    %[[M:.*]] = "ane.maximum"(%[[N]], %[[F]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT:    %[[R:.*]] = "ane.mul"(%[[M]], %[[S]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT:    %[[Q:.*]] = "ane.real_div"(%arg0, %[[R]]) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT:    %[[Y:.*]] = "ane.mul"(%[[Q]], %arg1) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT:    return %[[Y]] : tensor<4x8xf32>
func.func @rms_l2_form(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// ane.l2_norm over two axes (channels and positions of [B, C, 1, S]) lowers
// through reduce_l2_norm over both and fuses back with the same axes.
// CHECK-LABEL: func.func @l2_two_axes(%arg0: tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16> {
// CHECK-NEXT:    %[[Y:.*]] = "ane.l2_norm"(%arg0) {axes = array<i64: 1, 3>, epsilon = 1.00042729E-4 : f32} : (tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16>
// CHECK-NEXT:    return %[[Y]] : tensor<2x16x1x8xf16>
func.func @l2_two_axes(%x: tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16> {
  %0 = "ane.l2_norm"(%x) {axes = array<i64: 1, 3>, epsilon = 1.0e-04 : f32} : (tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}
