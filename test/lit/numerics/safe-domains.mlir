// The safe domain of each lower-norms strategy under ane-fp16, measured on
// both sides of its bound (the table in docs/numerics.md, "Safe domains").
// Past the bound a lowering computes zeros or NaN where the original op is
// finite; inside it, it stays within 2e-3 of the original.
//   l2:          rms(x) < 65504 / sqrt(D)    (1023 at D = 4096)
//   reduce-sum:  rms(x) < sqrt(65504 / D)    (16 at D = 256, 4 at D = 4096)
//   layer-norm:  no bound of its own
// RUN: ane-opt %s --lower-norms=strategy=l2 -o %t.l2.mlir
// RUN: ane-opt %s --lower-norms=strategy=reduce-sum -o %t.rs.mlir
// RUN: ane-opt %s --lower-norms=strategy=layer-norm -o %t.ln.mlir
//
// l2 at D = 4096: rms 1000 inside, 1100 outside (the row's L2 norm passes
// 65504 and x / inf = 0).
// RUN: ane-run %t.l2.mlir --func=d4096 --input=0:normal,std=1000 --numerics=ane-fp16 --compare=%s --compare-func=d4096 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: not ane-run %t.l2.mlir --func=d4096 --input=0:normal,std=1100 --numerics=ane-fp16 --compare=%s --compare-func=d4096 --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=ZEROS
// Under f32 there is no such bound.
// RUN: ane-run %t.l2.mlir --func=d4096 --input=0:normal,std=1100 --compare=%s --compare-func=d4096 --tol=1e-4
//
// reduce-sum at D = 256: rms 15 inside, 17 outside (the sum of squares
// passes 65504); at D = 4096 already rms 10 is outside.
// RUN: ane-run %t.rs.mlir --func=d256 --input=0:normal,std=15 --numerics=ane-fp16 --compare=%s --compare-func=d256 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: not ane-run %t.rs.mlir --func=d256 --input=0:normal,std=17 --numerics=ane-fp16 --compare=%s --compare-func=d256 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.rs.mlir --func=d4096 --input=0:normal,std=1 --numerics=ane-fp16 --compare=%s --compare-func=d4096 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: not ane-run %t.rs.mlir --func=d4096 --input=0:normal,std=10 --numerics=ane-fp16 --compare=%s --compare-func=d4096 --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=ZEROS
//
// D = 1: l2 gives x / max(|x|, sqrt(eps)) for x / sqrt(x^2 + eps). Both are
// +-1 away from 0 and differ most at |x| = sqrt(eps), by 1 - 1/sqrt(2) =
// 0.293 (the eps-floor regime); 4096 N(0,1) rows come within 0.3 of it.
// layer-norm is exact there.
// RUN: ane-run %t.l2.mlir --func=d1 --compare=%s --compare-func=d1 --tol=0.3
// RUN: not ane-run %t.l2.mlir --func=d1 --compare=%s --compare-func=d1 --tol=0.1
// RUN: ane-run %t.ln.mlir --func=d1 --compare=%s --compare-func=d1 --tol=1e-6
//
// layer-norm: within 1e-3 at rms 2000 on both sizes.
// RUN: ane-run %t.ln.mlir --func=d256 --input=0:normal,std=2000 --numerics=ane-fp16 --compare=%s --compare-func=d256 --compare-numerics=ane-fp16 --tol=1e-3
// RUN: ane-run %t.ln.mlir --func=d4096 --input=0:normal,std=2000 --numerics=ane-fp16 --compare=%s --compare-func=d4096 --compare-numerics=ane-fp16 --tol=1e-3

// ZEROS: max_rel_err 1.000e+00 cosine 0.00000000

func.func @d1(%x: tensor<4096x1xf32>) -> tensor<4096x1xf32> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4096x1xf32>) -> tensor<4096x1xf32>
  return %0 : tensor<4096x1xf32>
}

func.func @d256(%x: tensor<8x256xf16>) -> tensor<8x256xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<8x256xf16>) -> tensor<8x256xf16>
  return %0 : tensor<8x256xf16>
}

func.func @d4096(%x: tensor<8x4096xf16>) -> tensor<8x4096xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<8x4096xf16>) -> tensor<8x4096xf16>
  return %0 : tensor<8x4096xf16>
}
