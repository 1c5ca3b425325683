// The old ANE lowering fuses back: --lower-norms=strategy=reduce-sum turns
// each ane.rms_norm into reshape [M, D, 1, 1] -> mul(x, x) -> reduce_sum ->
// mul(1/D) -> add(eps) -> rsqrt -> mul(x) -> mul(reshape(gamma)) -> reshape
// back; --fuse-norms gives exactly the original module back (f32: the eps
// constant holds the same f32 value), and --lower-norms then yields exactly
// the l2 form of the original. The fused-back module computes what the
// reduce-sum module computes (max relative error 1e-5 under f32, 2e-3 under
// ane-fp16).
// RUN: ane-opt %s --lower-norms=strategy=reduce-sum -o %t.reduce-sum.mlir
// RUN: ane-opt %t.reduce-sum.mlir | FileCheck %s --check-prefix=LOWERED
// RUN: ane-opt %t.reduce-sum.mlir --fuse-norms | FileCheck %s
// RUN: ane-opt %s -o %t.orig.mlir
// RUN: ane-opt %t.reduce-sum.mlir --fuse-norms -o %t.back.mlir
// RUN: diff %t.orig.mlir %t.back.mlir
// RUN: ane-opt %t.reduce-sum.mlir --fuse-norms --lower-norms | FileCheck %s --check-prefix=L2
// RUN: ane-opt %s --lower-norms -o %t.l2.mlir
// RUN: ane-opt %t.reduce-sum.mlir --fuse-norms --lower-norms -o %t.back.l2.mlir
// RUN: diff %t.l2.mlir %t.back.l2.mlir
// RUN: ane-run %t.back.mlir --func=gamma_arg_rank3 --numerics=f32 --compare=%t.reduce-sum.mlir --compare-func=gamma_arg_rank3 --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.back.mlir --func=gamma_const --numerics=f32 --compare=%t.reduce-sum.mlir --compare-func=gamma_const --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.back.mlir --func=no_gamma --numerics=f32 --compare=%t.reduce-sum.mlir --compare-func=no_gamma --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.back.mlir --func=rank1 --numerics=f32 --compare=%t.reduce-sum.mlir --compare-func=rank1 --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.back.mlir --func=gamma_arg_32x256 --numerics=f32 --compare=%t.reduce-sum.mlir --compare-func=gamma_arg_32x256 --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.back.mlir --func=gamma_arg_rank3 --numerics=ane-fp16 --compare=%t.reduce-sum.mlir --compare-func=gamma_arg_rank3 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.back.mlir --func=gamma_const --numerics=ane-fp16 --compare=%t.reduce-sum.mlir --compare-func=gamma_const --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.back.mlir --func=no_gamma --numerics=ane-fp16 --compare=%t.reduce-sum.mlir --compare-func=no_gamma --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.back.mlir --func=rank1 --numerics=ane-fp16 --compare=%t.reduce-sum.mlir --compare-func=rank1 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.back.mlir --func=gamma_arg_32x256 --numerics=ane-fp16 --compare=%t.reduce-sum.mlir --compare-func=gamma_arg_32x256 --compare-numerics=ane-fp16 --tol=2e-3

// The input of the fusion really is the reduce-sum chain.
// LOWERED-LABEL: func.func @gamma_arg_rank3
// LOWERED:      "ane.reshape"(%arg0) {shape = array<i64: 6, 8, 1, 1>}
// LOWERED:      "ane.reduce_sum"
// LOWERED:      "ane.reshape"(%arg1) {shape = array<i64: 1, 8, 1, 1>}
// LOWERED-NOT:  ane.rms_norm
// LOWERED-LABEL: func.func @gamma_const
// LOWERED-NOT:  ane.rms_norm
// LOWERED-LABEL: func.func @no_gamma
// LOWERED-NOT:  ane.rms_norm
// LOWERED-LABEL: func.func @rank1
// LOWERED-NOT:  ane.rms_norm
// LOWERED-LABEL: func.func @gamma_arg_32x256
// LOWERED-NOT:  ane.rms_norm

// CHECK-LABEL: func.func @gamma_arg_rank3(%arg0: tensor<2x3x8xf32>, %arg1: tensor<8xf32>) -> tensor<2x3x8xf32> {
// CHECK-NEXT:    %[[Y:.*]] = "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<2x3x8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
// CHECK-NEXT:    return %[[Y]] : tensor<2x3x8xf32>
// L2-LABEL: func.func @gamma_arg_rank3(%arg0: tensor<2x3x8xf32>, %arg1: tensor<8xf32>) -> tensor<2x3x8xf32> {
// L2-NEXT:    %[[S:.*]] = arith.constant dense<0.353553385> : tensor<1xf32>
// L2-NEXT:    %[[F:.*]] = arith.constant dense<0.00894427206> : tensor<1xf32>
// L2-NEXT:    %[[N:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x3x8xf32>) -> tensor<2x3x1xf32>
// L2-NEXT:    %[[M:.*]] = "ane.maximum"(%[[N]], %[[F]]) : (tensor<2x3x1xf32>, tensor<1xf32>) -> tensor<2x3x1xf32>
// L2-NEXT:    %[[R:.*]] = "ane.mul"(%[[M]], %[[S]]) : (tensor<2x3x1xf32>, tensor<1xf32>) -> tensor<2x3x1xf32>
// L2-NEXT:    %[[Q:.*]] = "ane.real_div"(%arg0, %[[R]]) : (tensor<2x3x8xf32>, tensor<2x3x1xf32>) -> tensor<2x3x8xf32>
// L2-NEXT:    %[[Y:.*]] = "ane.mul"(%[[Q]], %arg1) : (tensor<2x3x8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
// L2-NEXT:    return %[[Y]]
func.func @gamma_arg_rank3(%x: tensor<2x3x8xf32>, %g: tensor<8xf32>) -> tensor<2x3x8xf32> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2x3x8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
  return %0 : tensor<2x3x8xf32>
}

// A constant gamma: the fusion takes the operand of reshape(gamma).
// CHECK-LABEL: func.func @gamma_const(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT:    %[[G:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e-01, 2.500000e-01, 1.500000e+00, 2.500000e+00]> : tensor<8xf32>
// CHECK-NEXT:    %[[Y:.*]] = "ane.rms_norm"(%arg0, %[[G]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT:    return %[[Y]] : tensor<4x8xf32>
// L2-LABEL: func.func @gamma_const(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// L2-NEXT:    %[[G:.*]] = arith.constant dense<[2.82842708, 5.65685415, 8.48528099, 11.3137083, 1.41421354, 0.707106769, 4.2426405, 7.07106781]> : tensor<8xf32>
// L2-NEXT:    %[[F:.*]] = arith.constant dense<0.00894427206> : tensor<1xf32>
// L2-NEXT:    %[[N:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// L2-NEXT:    %[[M:.*]] = "ane.maximum"(%[[N]], %[[F]])
// L2-NEXT:    %[[Q:.*]] = "ane.real_div"(%arg0, %[[M]])
// L2-NEXT:    %[[Y:.*]] = "ane.mul"(%[[Q]], %[[G]]) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// L2-NEXT:    return %[[Y]]
func.func @gamma_const(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 0.5, 0.25, 1.5, 2.5]> : tensor<8xf32>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// CHECK-LABEL: func.func @no_gamma(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT:    %[[Y:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT:    return %[[Y]] : tensor<4x8xf32>
// L2-LABEL: func.func @no_gamma(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// L2:         "ane.reduce_l2_norm"(%arg0)
func.func @no_gamma(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// rank 1: M = 1.
// CHECK-LABEL: func.func @rank1(%arg0: tensor<16xf32>, %arg1: tensor<16xf32>) -> tensor<16xf32> {
// CHECK-NEXT:    %[[Y:.*]] = "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: -1>, epsilon = 9.99999997E-7 : f32} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
// CHECK-NEXT:    return %[[Y]] : tensor<16xf32>
// L2-LABEL: func.func @rank1(
// L2:         "ane.reduce_l2_norm"(%arg0)
func.func @rank1(%x: tensor<16xf32>, %g: tensor<16xf32>) -> tensor<16xf32> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-06 : f32} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %0 : tensor<16xf32>
}

// CHECK-LABEL: func.func @gamma_arg_32x256(%arg0: tensor<32x256xf32>, %arg1: tensor<256xf32>) -> tensor<32x256xf32> {
// CHECK-NEXT:    %[[Y:.*]] = "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<32x256xf32>, tensor<256xf32>) -> tensor<32x256xf32>
// CHECK-NEXT:    return %[[Y]] : tensor<32x256xf32>
// L2-LABEL: func.func @gamma_arg_32x256(
// L2:         "ane.reduce_l2_norm"(%arg0)
func.func @gamma_arg_32x256(%x: tensor<32x256xf32>, %g: tensor<256xf32>) -> tensor<32x256xf32> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<32x256xf32>, tensor<256xf32>) -> tensor<32x256xf32>
  return %0 : tensor<32x256xf32>
}
