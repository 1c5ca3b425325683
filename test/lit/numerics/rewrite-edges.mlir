// Every rewrite the range guards changed, checked with ane-run against the
// original under both numerics on inputs at the edge of fp16: ordinary rows,
// tiny rows (std 1e-5, far below eps), huge rows (as large as the l2 safe
// domain allows: rms 900 at D = 4096, 2000 at D = 256; docs/numerics.md),
// zero rows (exact 0, never NaN), and large gammas (2000 as an argument:
// gamma * sqrt(D) would be inf in f16; a folded 1000 and an unfoldable
// 2000 constant at D = 4096).
// RUN: ane-opt %s --lower-norms -o %t.l.mlir
// RUN: ane-opt %s --fuse-norms -o %t.f.mlir
//
// lower-norms, l2: argument gamma (the norm scaled by 1/sqrt(D)).
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --compare=%s --compare-func=arg_gamma --tol=3e-4
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --numerics=ane-fp16 --compare=%s --compare-func=arg_gamma --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --input=0:normal,std=1e-5 --compare=%s --compare-func=arg_gamma --tol=3e-4
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --input=0:normal,std=1e-5 --numerics=ane-fp16 --compare=%s --compare-func=arg_gamma --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --input=0:normal,std=900 --compare=%s --compare-func=arg_gamma --tol=3e-4
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --input=0:normal,std=900 --numerics=ane-fp16 --compare=%s --compare-func=arg_gamma --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --input=0:fill=0 --compare=%s --compare-func=arg_gamma --atol=0
// RUN: ane-run %t.l.mlir --func=arg_gamma --input=1:fill=2000 --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=arg_gamma --compare-numerics=ane-fp16 --atol=0
//
// lower-norms, l2: constant gamma 1000, folded (64000 fits f16).
// RUN: ane-run %t.l.mlir --func=gamma_folded --compare=%s --compare-func=gamma_folded --tol=3e-4
// RUN: ane-run %t.l.mlir --func=gamma_folded --numerics=ane-fp16 --compare=%s --compare-func=gamma_folded --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.l.mlir --func=gamma_folded --input=0:normal,std=1e-5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_folded --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.l.mlir --func=gamma_folded --input=0:normal,std=900 --numerics=ane-fp16 --compare=%s --compare-func=gamma_folded --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.l.mlir --func=gamma_folded --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=gamma_folded --compare-numerics=ane-fp16 --atol=0
//
// lower-norms, l2: constant gamma 2000, not folded (128000 would be inf).
// RUN: ane-run %t.l.mlir --func=gamma_unfolded --compare=%s --compare-func=gamma_unfolded --tol=3e-4
// RUN: ane-run %t.l.mlir --func=gamma_unfolded --numerics=ane-fp16 --compare=%s --compare-func=gamma_unfolded --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.l.mlir --func=gamma_unfolded --input=0:normal,std=1e-5 --numerics=ane-fp16 --compare=%s --compare-func=gamma_unfolded --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.l.mlir --func=gamma_unfolded --input=0:normal,std=900 --numerics=ane-fp16 --compare=%s --compare-func=gamma_unfolded --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.l.mlir --func=gamma_unfolded --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=gamma_unfolded --compare-numerics=ane-fp16 --atol=0
//
// lower-norms, l2: no gamma, and ane.l2_norm.
// RUN: ane-run %t.l.mlir --func=no_gamma --input=0:normal,std=2000 --compare=%s --compare-func=no_gamma --tol=3e-4
// RUN: ane-run %t.l.mlir --func=no_gamma --input=0:normal,std=2000 --numerics=ane-fp16 --compare=%s --compare-func=no_gamma --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.l.mlir --func=no_gamma --input=0:normal,std=1e-5 --numerics=ane-fp16 --compare=%s --compare-func=no_gamma --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.l.mlir --func=no_gamma --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=no_gamma --compare-numerics=ane-fp16 --atol=0
// RUN: ane-run %t.l.mlir --func=l2_norm --input=0:normal,std=2000 --compare=%s --compare-func=l2_norm --tol=3e-4
// RUN: ane-run %t.l.mlir --func=l2_norm --input=0:normal,std=2000 --numerics=ane-fp16 --compare=%s --compare-func=l2_norm --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.l.mlir --func=l2_norm --input=0:normal,std=1e-5 --compare=%s --compare-func=l2_norm --tol=3e-4
// RUN: ane-run %t.l.mlir --func=l2_norm --input=0:normal,std=1e-5 --numerics=ane-fp16 --compare=%s --compare-func=l2_norm --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.l.mlir --func=l2_norm --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=l2_norm --compare-numerics=ane-fp16 --atol=0
//
// fuse-norms: the l2 chain with a floor whose epsilon survives fp16, and the
// RMS chain with an exact 1/D, both fused; huge rows for the RMS chain stop
// at rms 12, where the chain's own sum of squares (rms 16 at D = 256) still
// fits fp16.
// RUN: ane-run %t.f.mlir --func=l2_chain --input=0:normal,std=2000 --compare=%s --compare-func=l2_chain --tol=1e-3
// RUN: ane-run %t.f.mlir --func=l2_chain --input=0:normal,std=2000 --numerics=ane-fp16 --compare=%s --compare-func=l2_chain --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.f.mlir --func=l2_chain --input=0:normal,std=1e-5 --numerics=ane-fp16 --compare=%s --compare-func=l2_chain --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.f.mlir --func=l2_chain --input=0:fill=0 --compare=%s --compare-func=l2_chain --atol=0
// RUN: ane-run %t.f.mlir --func=l2_chain --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=l2_chain --compare-numerics=ane-fp16 --atol=0
// RUN: ane-run %t.f.mlir --func=rms_chain --input=0:normal,std=12 --compare=%s --compare-func=rms_chain --tol=3e-4
// RUN: ane-run %t.f.mlir --func=rms_chain --input=0:normal,std=12 --numerics=ane-fp16 --compare=%s --compare-func=rms_chain --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.f.mlir --func=rms_chain --input=0:normal,std=1e-5 --numerics=ane-fp16 --compare=%s --compare-func=rms_chain --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.f.mlir --func=rms_chain --input=0:fill=0 --compare=%s --compare-func=rms_chain --atol=0
// RUN: ane-run %t.f.mlir --func=rms_chain --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=rms_chain --compare-numerics=ane-fp16 --atol=0
// fuse-norms at rank 5 (the bound fuse-norms now shares with the verifier,
// ANE_MAX_RANK), argument gamma up to 2000, then fused and lowered.
// RUN: ane-opt %s --fuse-norms --lower-norms -o %t.fl.mlir
// RUN: ane-run %t.f.mlir --func=rms_chain_rank5 --input=0:normal,std=12 --input=1:fill=2000 --compare=%s --compare-func=rms_chain_rank5 --tol=3e-4
// RUN: ane-run %t.f.mlir --func=rms_chain_rank5 --input=0:normal,std=12 --input=1:fill=2000 --numerics=ane-fp16 --compare=%s --compare-func=rms_chain_rank5 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.f.mlir --func=rms_chain_rank5 --input=0:normal,std=1e-5 --input=1:fill=2000 --compare=%s --compare-func=rms_chain_rank5 --tol=3e-4
// RUN: ane-run %t.f.mlir --func=rms_chain_rank5 --input=0:normal,std=1e-5 --input=1:fill=2000 --numerics=ane-fp16 --compare=%s --compare-func=rms_chain_rank5 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.f.mlir --func=rms_chain_rank5 --input=0:fill=0 --input=1:fill=2000 --compare=%s --compare-func=rms_chain_rank5 --atol=0
// RUN: ane-run %t.f.mlir --func=rms_chain_rank5 --input=0:fill=0 --input=1:fill=2000 --numerics=ane-fp16 --compare=%s --compare-func=rms_chain_rank5 --compare-numerics=ane-fp16 --atol=0
// RUN: ane-run %t.fl.mlir --func=rms_chain_rank5 --input=0:normal,std=12 --input=1:fill=2000 --compare=%s --compare-func=rms_chain_rank5 --tol=3e-4
// RUN: ane-run %t.fl.mlir --func=rms_chain_rank5 --input=0:normal,std=12 --input=1:fill=2000 --numerics=ane-fp16 --compare=%s --compare-func=rms_chain_rank5 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.fl.mlir --func=rms_chain_rank5 --input=0:normal,std=1e-5 --input=1:fill=2000 --compare=%s --compare-func=rms_chain_rank5 --tol=3e-4
// RUN: ane-run %t.fl.mlir --func=rms_chain_rank5 --input=0:normal,std=1e-5 --input=1:fill=2000 --numerics=ane-fp16 --compare=%s --compare-func=rms_chain_rank5 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.fl.mlir --func=rms_chain_rank5 --input=0:fill=0 --input=1:fill=2000 --compare=%s --compare-func=rms_chain_rank5 --atol=0
// RUN: ane-run %t.fl.mlir --func=rms_chain_rank5 --input=0:fill=0 --input=1:fill=2000 --numerics=ane-fp16 --compare=%s --compare-func=rms_chain_rank5 --compare-numerics=ane-fp16 --atol=0
// And the rewrites happened (otherwise every comparison above is trivial).
// RUN: FileCheck %s --check-prefix=FUSEDLOWERED < %t.fl.mlir
// RUN: FileCheck %s --check-prefix=LOWERED < %t.l.mlir
// RUN: FileCheck %s --check-prefix=FUSED < %t.f.mlir
// LOWERED-NOT: ane.rms_norm
// LOWERED-NOT: ane.l2_norm
// FUSED-LABEL: func.func @l2_chain
// FUSED-NEXT:  "ane.l2_norm"
// FUSED-LABEL: func.func @rms_chain
// FUSED-NEXT:  "ane.rms_norm"
// FUSED-LABEL: func.func @rms_chain_rank5
// FUSED-NEXT:  "ane.rms_norm"{{.*}}(tensor<2x2x1x2x256xf16>, tensor<256xf16>)
// FUSEDLOWERED-LABEL: func.func @rms_chain_rank5
// FUSEDLOWERED: "ane.reduce_l2_norm"
// FUSEDLOWERED-NOT: ane.rms_norm

func.func @arg_gamma(%x: tensor<8x4096xf16>, %g: tensor<4096xf16>) -> tensor<8x4096xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<8x4096xf16>, tensor<4096xf16>) -> tensor<8x4096xf16>
  return %0 : tensor<8x4096xf16>
}

func.func @gamma_folded(%x: tensor<8x4096xf16>) -> tensor<8x4096xf16> {
  %g = arith.constant dense<1000.0> : tensor<4096xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<8x4096xf16>, tensor<4096xf16>) -> tensor<8x4096xf16>
  return %0 : tensor<8x4096xf16>
}

func.func @gamma_unfolded(%x: tensor<8x4096xf16>) -> tensor<8x4096xf16> {
  %g = arith.constant dense<2000.0> : tensor<4096xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<8x4096xf16>, tensor<4096xf16>) -> tensor<8x4096xf16>
  return %0 : tensor<8x4096xf16>
}

func.func @no_gamma(%x: tensor<8x256xf16>) -> tensor<8x256xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<8x256xf16>) -> tensor<8x256xf16>
  return %0 : tensor<8x256xf16>
}

func.func @l2_norm(%x: tensor<8x256xf16>) -> tensor<8x256xf16> {
  %0 = "ane.l2_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-04 : f32} : (tensor<8x256xf16>) -> tensor<8x256xf16>
  return %0 : tensor<8x256xf16>
}

func.func @l2_chain(%x: tensor<8x256xf16>) -> tensor<8x256xf16> {
  %floor = arith.constant dense<1.0e-02> : tensor<1xf16>
  %n = "ane.reduce_l2_norm"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<8x256xf16>) -> tensor<8x1xf16>
  %m = "ane.maximum"(%n, %floor) : (tensor<8x1xf16>, tensor<1xf16>) -> tensor<8x1xf16>
  %y = "ane.real_div"(%x, %m) : (tensor<8x256xf16>, tensor<8x1xf16>) -> tensor<8x256xf16>
  return %y : tensor<8x256xf16>
}

func.func @rms_chain(%x: tensor<8x256xf16>) -> tensor<8x256xf16> {
  %invd = arith.constant dense<3.90625e-03> : tensor<1xf16>
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %sq = "ane.mul"(%x, %x) : (tensor<8x256xf16>, tensor<8x256xf16>) -> tensor<8x256xf16>
  %s = "ane.reduce_sum"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<8x256xf16>) -> tensor<8x1xf16>
  %m = "ane.mul"(%s, %invd) : (tensor<8x1xf16>, tensor<1xf16>) -> tensor<8x1xf16>
  %a = "ane.add"(%m, %eps) : (tensor<8x1xf16>, tensor<1xf16>) -> tensor<8x1xf16>
  %r = "ane.rsqrt"(%a) {epsilon = 0.0 : f32} : (tensor<8x1xf16>) -> tensor<8x1xf16>
  %y = "ane.mul"(%x, %r) : (tensor<8x256xf16>, tensor<8x1xf16>) -> tensor<8x256xf16>
  return %y : tensor<8x256xf16>
}

func.func @rms_chain_rank5(%x: tensor<2x2x1x2x256xf16>, %g: tensor<256xf16>) -> tensor<2x2x1x2x256xf16> {
  %invd = arith.constant dense<3.90625e-03> : tensor<1xf16>
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %sq = "ane.mul"(%x, %x) : (tensor<2x2x1x2x256xf16>, tensor<2x2x1x2x256xf16>) -> tensor<2x2x1x2x256xf16>
  %s = "ane.reduce_sum"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x2x1x2x256xf16>) -> tensor<2x2x1x2x1xf16>
  %m = "ane.mul"(%s, %invd) : (tensor<2x2x1x2x1xf16>, tensor<1xf16>) -> tensor<2x2x1x2x1xf16>
  %a = "ane.add"(%m, %eps) : (tensor<2x2x1x2x1xf16>, tensor<1xf16>) -> tensor<2x2x1x2x1xf16>
  %r = "ane.rsqrt"(%a) {epsilon = 0.0 : f32} : (tensor<2x2x1x2x1xf16>) -> tensor<2x2x1x2x1xf16>
  %y = "ane.mul"(%x, %r) : (tensor<2x2x1x2x256xf16>, tensor<2x2x1x2x1xf16>) -> tensor<2x2x1x2x256xf16>
  %o = "ane.mul"(%y, %g) : (tensor<2x2x1x2x256xf16>, tensor<256xf16>) -> tensor<2x2x1x2x256xf16>
  return %o : tensor<2x2x1x2x256xf16>
}
