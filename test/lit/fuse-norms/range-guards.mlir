// Range guards of --fuse-norms (docs/numerics.md, "Safe domains"): a fusion
// never creates an epsilon the ANE's fp16 epsilon cannot hold, and accepts a
// 1/D constant only within 2^-11 of 1/D, subnormal f16 values included.
// RUN: ane-opt %s --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms -o %t.fused.mlir
// The chains left alone compute what they did; the ones fused stay within
// 1e-3 (l2) and 3e-4 (1/D) of the chain under both numerics, zero rows too.
// RUN: ane-run %t.fused.mlir --func=l2_floor_1e6 --numerics=ane-fp16 --compare=%s --compare-func=l2_floor_1e6 --compare-numerics=ane-fp16 --tol=1e-3
// RUN: ane-run %t.fused.mlir --func=l2_floor_1e6 --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=l2_floor_1e6 --compare-numerics=ane-fp16 --atol=0
// RUN: ane-run %t.fused.mlir --func=l2_floor_1e6 --input=0:normal,std=1e-7 --numerics=ane-fp16 --compare=%s --compare-func=l2_floor_1e6 --compare-numerics=ane-fp16 --tol=1e-3
// RUN: ane-run %t.fused.mlir --func=l2_floor_1e2 --numerics=ane-fp16 --compare=%s --compare-func=l2_floor_1e2 --compare-numerics=ane-fp16 --tol=1e-3
// RUN: ane-run %t.fused.mlir --func=l2_floor_1e2 --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=l2_floor_1e2 --compare-numerics=ane-fp16 --atol=0
// RUN: ane-run %t.fused.mlir --func=inv_d_40000 --compare=%s --compare-func=inv_d_40000 --tol=3e-4
// RUN: ane-run %t.fused.mlir --func=inv_d_32768 --compare=%s --compare-func=inv_d_32768 --tol=3e-4
// RUN: ane-run %t.fused.mlir --func=inv_d_4096 --compare=%s --compare-func=inv_d_4096 --tol=3e-4

// The f16 floor 1e-6 is what --lower-norms writes for l2_norm(eps = 1e-12);
// its square rounds to 0 in fp16, so fusing it would turn zero rows into
// NaN under ane-fp16. It stays a chain.
// CHECK-LABEL: func.func @l2_floor_1e6
// CHECK-NOT:     ane.l2_norm
// CHECK:         "ane.reduce_l2_norm"
// CHECK-NEXT:    "ane.maximum"
// CHECK-NEXT:    "ane.real_div"
func.func @l2_floor_1e6(%x: tensor<4x64xf16>) -> tensor<4x64xf16> {
  %floor = arith.constant dense<1.0e-06> : tensor<1xf16>
  %n = "ane.reduce_l2_norm"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x64xf16>) -> tensor<4x1xf16>
  %m = "ane.maximum"(%n, %floor) : (tensor<4x1xf16>, tensor<1xf16>) -> tensor<4x1xf16>
  %y = "ane.real_div"(%x, %m) : (tensor<4x64xf16>, tensor<4x1xf16>) -> tensor<4x64xf16>
  return %y : tensor<4x64xf16>
}

// Its twin with a floor of 1e-2 (eps 1e-4, a normal f16) fuses.
// CHECK-LABEL: func.func @l2_floor_1e2
// CHECK-NEXT:    "ane.l2_norm"(%arg0) {axes = array<i64: -1>, epsilon = 1.00042729E-4 : f32}
func.func @l2_floor_1e2(%x: tensor<4x64xf16>) -> tensor<4x64xf16> {
  %floor = arith.constant dense<1.0e-02> : tensor<1xf16>
  %n = "ane.reduce_l2_norm"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x64xf16>) -> tensor<4x1xf16>
  %m = "ane.maximum"(%n, %floor) : (tensor<4x1xf16>, tensor<1xf16>) -> tensor<4x1xf16>
  %y = "ane.real_div"(%x, %m) : (tensor<4x64xf16>, tensor<4x1xf16>) -> tensor<4x64xf16>
  return %y : tensor<4x64xf16>
}

// D = 40000: 1/D = 2.5e-5 is subnormal in f16 and rounds to 2.4974e-5,
// 9.5e-4 off; the fused norm would differ from the chain by 5e-4 (> 3e-4).
// It stays a chain.
// CHECK-LABEL: func.func @inv_d_40000
// CHECK-NOT:     ane.rms_norm
// CHECK:         "ane.reduce_sum"
func.func @inv_d_40000(%x: tensor<2x40000xf16>) -> tensor<2x40000xf16> {
  %invd = arith.constant dense<2.5e-05> : tensor<1xf16>
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %sq = "ane.mul"(%x, %x) : (tensor<2x40000xf16>, tensor<2x40000xf16>) -> tensor<2x40000xf16>
  %s = "ane.reduce_sum"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x40000xf16>) -> tensor<2x1xf16>
  %m = "ane.mul"(%s, %invd) : (tensor<2x1xf16>, tensor<1xf16>) -> tensor<2x1xf16>
  %a = "ane.add"(%m, %eps) : (tensor<2x1xf16>, tensor<1xf16>) -> tensor<2x1xf16>
  %r = "ane.rsqrt"(%a) {epsilon = 0.0 : f32} : (tensor<2x1xf16>) -> tensor<2x1xf16>
  %y = "ane.mul"(%x, %r) : (tensor<2x40000xf16>, tensor<2x1xf16>) -> tensor<2x40000xf16>
  return %y : tensor<2x40000xf16>
}

// D = 32768: 1/D = 2^-15 is subnormal but exact in f16: fused.
// CHECK-LABEL: func.func @inv_d_32768
// CHECK-NEXT:    "ane.rms_norm"(%arg0)
func.func @inv_d_32768(%x: tensor<2x32768xf16>) -> tensor<2x32768xf16> {
  %invd = arith.constant dense<3.0517578125e-05> : tensor<1xf16>
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %sq = "ane.mul"(%x, %x) : (tensor<2x32768xf16>, tensor<2x32768xf16>) -> tensor<2x32768xf16>
  %s = "ane.reduce_sum"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x32768xf16>) -> tensor<2x1xf16>
  %m = "ane.mul"(%s, %invd) : (tensor<2x1xf16>, tensor<1xf16>) -> tensor<2x1xf16>
  %a = "ane.add"(%m, %eps) : (tensor<2x1xf16>, tensor<1xf16>) -> tensor<2x1xf16>
  %r = "ane.rsqrt"(%a) {epsilon = 0.0 : f32} : (tensor<2x1xf16>) -> tensor<2x1xf16>
  %y = "ane.mul"(%x, %r) : (tensor<2x32768xf16>, tensor<2x1xf16>) -> tensor<2x32768xf16>
  return %y : tensor<2x32768xf16>
}

// D = 4096: 1/D = 2^-12, a normal f16: fused.
// CHECK-LABEL: func.func @inv_d_4096
// CHECK-NEXT:    "ane.rms_norm"(%arg0)
func.func @inv_d_4096(%x: tensor<2x4096xf16>) -> tensor<2x4096xf16> {
  %invd = arith.constant dense<2.44140625e-04> : tensor<1xf16>
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %sq = "ane.mul"(%x, %x) : (tensor<2x4096xf16>, tensor<2x4096xf16>) -> tensor<2x4096xf16>
  %s = "ane.reduce_sum"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x4096xf16>) -> tensor<2x1xf16>
  %m = "ane.mul"(%s, %invd) : (tensor<2x1xf16>, tensor<1xf16>) -> tensor<2x1xf16>
  %a = "ane.add"(%m, %eps) : (tensor<2x1xf16>, tensor<1xf16>) -> tensor<2x1xf16>
  %r = "ane.rsqrt"(%a) {epsilon = 0.0 : f32} : (tensor<2x1xf16>) -> tensor<2x1xf16>
  %y = "ane.mul"(%x, %r) : (tensor<2x4096xf16>, tensor<2x1xf16>) -> tensor<2x4096xf16>
  return %y : tensor<2x4096xf16>
}
