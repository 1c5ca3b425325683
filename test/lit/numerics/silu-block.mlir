// A block as it appears in a model: silu(rms_norm(x, g) @ W), with
// x (6,32) ~ N(0,1) seed 7, g = |N(0,1)| + 0.5 (seed 8), W (32,32) ~
// N(0,1) * 0.2 (seed 9). The l2-lowered block under ane-fp16 against the
// unlowered block under f32: relative error <= 0.03.
// RUN: ane-opt %s --lower-norms -o %t.mlir
// RUN: ane-run %t.mlir --numerics=ane-fp16 --input=0:normal,seed=7 --input=1:normal,abs,mean=0.5,seed=8 --input=2:normal,std=0.2,seed=9 --compare=%s --compare-numerics=f32 --tol=0.03 | FileCheck %s

// CHECK: compare @block (ane-fp16) against @block (f32)
// CHECK-NEXT: #0 max_abs_err
// CHECK-NEXT: within tolerance
func.func @block(%x: tensor<6x32xf16>, %g: tensor<32xf16>, %w: tensor<32x32xf16>) -> tensor<6x32xf16> {
  %n = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<6x32xf16>, tensor<32xf16>) -> tensor<6x32xf16>
  %h = "ane.matmul"(%n, %w) {transpose_x = false, transpose_y = false} : (tensor<6x32xf16>, tensor<32x32xf16>) -> tensor<6x32xf16>
  %y = "ane.silu"(%h) : (tensor<6x32xf16>) -> tensor<6x32xf16>
  return %y : tensor<6x32xf16>
}
