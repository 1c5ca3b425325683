// The rewrites at the edges of fp16, on channel-axis norms ([1, 768, 1, 16],
// axes [1], gamma [1, 768, 1, 1]) as test/lit/numerics/rewrite-edges.mlir
// checks them over the last axis: lower-norms (l2) against the op, and
// fuse-norms + lower-norms against the direct-ANE chain, under f32 and
// ane-fp16, with gamma 2000, tiny rows (std 1e-5), huge rows (std 900: the
// fp16 sum of squares of 768 such values is far past 65504) and zero rows
// (exactly equal). sqrt(768) = 27.7: a constant gamma of 2000 folds
// (55426 fits fp16), one of 2400 must not (66511 would be inf).
// RUN: ane-opt %s --lower-norms=strategy=l2 -o %t.l.mlir
// RUN: FileCheck %s --check-prefix=FOLD --input-file=%t.l.mlir
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --compare=%s --compare-func=arg_gamma --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --input=0:normal,std=1e-5 --compare=%s --compare-func=arg_gamma --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --input=0:normal,std=900 --compare=%s --compare-func=arg_gamma --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --input=0:fill=0 --compare=%s --compare-func=arg_gamma --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --numerics=ane-fp16 --compare=%s --compare-func=arg_gamma --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --input=0:normal,std=1e-5 --numerics=ane-fp16 --compare=%s --compare-func=arg_gamma --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --input=0:normal,std=900 --numerics=ane-fp16 --compare=%s --compare-func=arg_gamma --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=arg_gamma --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_folded --compare=%s --compare-func=gamma_folded --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_folded --input=0:normal,std=1e-5 --compare=%s --compare-func=gamma_folded --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_folded --input=0:normal,std=900 --compare=%s --compare-func=gamma_folded --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_folded --input=0:fill=0 --compare=%s --compare-func=gamma_folded --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_folded --numerics=ane-fp16 --compare=%s --compare-func=gamma_folded --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_folded --input=0:normal,std=1e-5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_folded --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_folded --input=0:normal,std=900 --numerics=ane-fp16 --compare=%s --compare-func=gamma_folded --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_folded --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=gamma_folded --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_unfolded --compare=%s --compare-func=gamma_unfolded --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_unfolded --input=0:normal,std=1e-5 --compare=%s --compare-func=gamma_unfolded --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_unfolded --input=0:normal,std=900 --compare=%s --compare-func=gamma_unfolded --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_unfolded --input=0:fill=0 --compare=%s --compare-func=gamma_unfolded --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_unfolded --numerics=ane-fp16 --compare=%s --compare-func=gamma_unfolded --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_unfolded --input=0:normal,std=1e-5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_unfolded --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_unfolded --input=0:normal,std=900 --numerics=ane-fp16 --compare=%s --compare-func=gamma_unfolded --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l.mlir --func=gamma_unfolded --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=gamma_unfolded --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// The chain fused and lowered; its own sum of squares overflows at rms 16
// under ane-fp16, so it is compared at rms 8 there. (Between tiny and
// normal rows, where eps and the mean square are alike, the l2 floor and
// the additive eps differ by design: docs/numerics.md.)
// RUN: ane-opt %s --fuse-norms --lower-norms -o %t.f.mlir
// RUN: FileCheck %s --check-prefix=FUSED --input-file=%t.f.mlir
// RUN: ane-run %t.f.mlir --func=chain --input=1:fill=2000 --compare=%s --compare-func=chain --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=chain --input=1:fill=2000 --input=0:normal,std=1e-5 --compare=%s --compare-func=chain --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=chain --input=1:fill=2000 --input=0:normal,std=8 --compare=%s --compare-func=chain --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=chain --input=1:fill=2000 --input=0:fill=0 --compare=%s --compare-func=chain --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=chain --input=1:fill=2000 --numerics=ane-fp16 --compare=%s --compare-func=chain --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=chain --input=1:fill=2000 --input=0:normal,std=1e-5 --numerics=ane-fp16 --compare=%s --compare-func=chain --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=chain --input=1:fill=2000 --input=0:normal,std=8 --numerics=ane-fp16 --compare=%s --compare-func=chain --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=chain --input=1:fill=2000 --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=chain --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK

// OK: within tolerance

// FOLD-LABEL: func.func @gamma_folded
// FOLD: arith.constant dense<5.542400e+04> : tensor<1x768x1x1xf16>
// FOLD-LABEL: func.func @gamma_unfolded
// FOLD-NOT: inf
// FOLD: "ane.reduce_l2_norm"
// FOLD-NOT: inf
// FOLD: return

// FUSED-LABEL: func.func @chain
// FUSED: "ane.reduce_l2_norm"(%arg0) {axes = array<i64: 1>, keep_dims = true}
// FUSED-NOT: "ane.pow"
// FUSED: return

func.func @arg_gamma(%x: tensor<1x768x1x16xf16>, %g: tensor<1x768x1x1xf16>) -> tensor<1x768x1x16xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<1x768x1x16xf16>, tensor<1x768x1x1xf16>) -> tensor<1x768x1x16xf16>
  return %0 : tensor<1x768x1x16xf16>
}

func.func @gamma_folded(%x: tensor<1x768x1x16xf16>) -> tensor<1x768x1x16xf16> {
  %g = arith.constant dense<2000.0> : tensor<1x768x1x1xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<1x768x1x16xf16>, tensor<1x768x1x1xf16>) -> tensor<1x768x1x16xf16>
  return %0 : tensor<1x768x1x16xf16>
}

func.func @gamma_unfolded(%x: tensor<1x768x1x16xf16>) -> tensor<1x768x1x16xf16> {
  %g = arith.constant dense<2400.0> : tensor<1x768x1x1xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<1x768x1x16xf16>, tensor<1x768x1x1xf16>) -> tensor<1x768x1x16xf16>
  return %0 : tensor<1x768x1x16xf16>
}

// RMSNorm as direct-ANE code writes it: x * x, reduce_sum over channels,
// * 1/768, + eps, pow(-0.5), * x, * gamma.
func.func @chain(%x: tensor<1x768x1x16xf16>, %g: tensor<1x768x1x1xf16>) -> tensor<1x768x1x16xf16> {
  %sq = "ane.mul"(%x, %x) : (tensor<1x768x1x16xf16>, tensor<1x768x1x16xf16>) -> tensor<1x768x1x16xf16>
  %ss = "ane.reduce_sum"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x768x1x16xf16>) -> tensor<1x1x1x16xf16>
  %invd = arith.constant dense<1.302240e-03> : tensor<1xf16>
  %ms = "ane.mul"(%ss, %invd) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
  %eps = arith.constant dense<1.001360e-05> : tensor<1xf16>
  %ve = "ane.add"(%ms, %eps) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
  %nhalf = arith.constant dense<-5.000000e-01> : tensor<1xf16>
  %rr = "ane.pow"(%ve, %nhalf) : (tensor<1x1x1x16xf16>, tensor<1xf16>) -> tensor<1x1x1x16xf16>
  %xr = "ane.mul"(%x, %rr) : (tensor<1x768x1x16xf16>, tensor<1x1x1x16xf16>) -> tensor<1x768x1x16xf16>
  %0 = "ane.mul"(%xr, %g) : (tensor<1x768x1x16xf16>, tensor<1x768x1x1xf16>) -> tensor<1x768x1x16xf16>
  return %0 : tensor<1x768x1x16xf16>
}
