// fuse-norms: every RMSNorm form fuses into one ane.rms_norm, the chain and
// its dead constants erased. Forms: the square as mul(x, x), square(x) or
// pow(x, 2); the mean as reduce_mean or reduce_sum * 1/D; the eps as add +
// rsqrt(epsilon = 0), rsqrt(epsilon = eps), sqrt + real_div or
// inverse(sqrt); commutative ops in either order; gamma [D] or [1, D] on
// either side. The output re-parses in ane-opt and stock mlir-opt, fusing
// again changes nothing, functions fused in parallel give the same IR as a
// serial run, and each fused function computes what its chain
// computes (ane-run, same inputs): max relative error 1e-5 under f32 (3e-4
// for @sum_f16_d6, whose f16 1/6 constant is 1/D rounded: the fused op uses
// the exact 1/D), 2e-3 under ane-fp16 (the chain rounds to fp16 after each
// op, the fused op once; measured <= 8.7e-4). See docs/passes.md.
// RUN: ane-opt %s --fuse-norms | FileCheck %s
// RUN: ane-opt %s --pass-pipeline='builtin.module(func.func(fuse-norms))' | FileCheck %s
// RUN: ane-opt %s --fuse-norms | %mlir_opt_ane | FileCheck %s
// RUN: ane-opt %s --fuse-norms | ane-opt --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms -o %t.mlir
// RUN: ane-opt %s --fuse-norms --mlir-disable-threading -o %t.serial.mlir
// RUN: diff %t.mlir %t.serial.mlir
// RUN: ane-run %t.mlir --func=mul_mean_add_rsqrt --numerics=f32 --compare=%s --compare-func=mul_mean_add_rsqrt --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=square_positive_axis --numerics=f32 --compare=%s --compare-func=square_positive_axis --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=pow_rank3 --numerics=f32 --compare=%s --compare-func=pow_rank3 --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=rank1 --numerics=f32 --compare=%s --compare-func=rank1 --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=eps_first --numerics=f32 --compare=%s --compare-func=eps_first --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=x_second --numerics=f32 --compare=%s --compare-func=x_second --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=eps_splat_2d --numerics=f32 --compare=%s --compare-func=eps_splat_2d --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=f16 --numerics=f32 --compare=%s --compare-func=f16 --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=gamma_arg --numerics=f32 --compare=%s --compare-func=gamma_arg --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=gamma_first --numerics=f32 --compare=%s --compare-func=gamma_first --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=gamma_const --numerics=f32 --compare=%s --compare-func=gamma_const --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=gamma_1xD --numerics=f32 --compare=%s --compare-func=gamma_1xD --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=gamma_1xD_first --numerics=f32 --compare=%s --compare-func=gamma_1xD_first --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=rsqrt_eps --numerics=f32 --compare=%s --compare-func=rsqrt_eps --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sqrt_div --numerics=f32 --compare=%s --compare-func=sqrt_div --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sqrt_div_eps_first --numerics=f32 --compare=%s --compare-func=sqrt_div_eps_first --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=inverse --numerics=f32 --compare=%s --compare-func=inverse --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=inverse_first --numerics=f32 --compare=%s --compare-func=inverse_first --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sum_add_rsqrt --numerics=f32 --compare=%s --compare-func=sum_add_rsqrt --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sum_inv_first --numerics=f32 --compare=%s --compare-func=sum_inv_first --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sum_rsqrt_eps --numerics=f32 --compare=%s --compare-func=sum_rsqrt_eps --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sum_sqrt_div --numerics=f32 --compare=%s --compare-func=sum_sqrt_div --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sum_inverse --numerics=f32 --compare=%s --compare-func=sum_inverse --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sum_f16_d6 --numerics=f32 --compare=%s --compare-func=sum_f16_d6 --compare-numerics=f32 --tol=3e-4
// RUN: ane-run %t.mlir --func=mul_mean_add_rsqrt --numerics=ane-fp16 --compare=%s --compare-func=mul_mean_add_rsqrt --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=square_positive_axis --numerics=ane-fp16 --compare=%s --compare-func=square_positive_axis --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=pow_rank3 --numerics=ane-fp16 --compare=%s --compare-func=pow_rank3 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=rank1 --numerics=ane-fp16 --compare=%s --compare-func=rank1 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=eps_first --numerics=ane-fp16 --compare=%s --compare-func=eps_first --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=x_second --numerics=ane-fp16 --compare=%s --compare-func=x_second --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=eps_splat_2d --numerics=ane-fp16 --compare=%s --compare-func=eps_splat_2d --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=f16 --numerics=ane-fp16 --compare=%s --compare-func=f16 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=gamma_arg --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=gamma_first --numerics=ane-fp16 --compare=%s --compare-func=gamma_first --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=gamma_const --numerics=ane-fp16 --compare=%s --compare-func=gamma_const --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=gamma_1xD --numerics=ane-fp16 --compare=%s --compare-func=gamma_1xD --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=gamma_1xD_first --numerics=ane-fp16 --compare=%s --compare-func=gamma_1xD_first --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=rsqrt_eps --numerics=ane-fp16 --compare=%s --compare-func=rsqrt_eps --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sqrt_div --numerics=ane-fp16 --compare=%s --compare-func=sqrt_div --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sqrt_div_eps_first --numerics=ane-fp16 --compare=%s --compare-func=sqrt_div_eps_first --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=inverse --numerics=ane-fp16 --compare=%s --compare-func=inverse --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=inverse_first --numerics=ane-fp16 --compare=%s --compare-func=inverse_first --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sum_add_rsqrt --numerics=ane-fp16 --compare=%s --compare-func=sum_add_rsqrt --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sum_inv_first --numerics=ane-fp16 --compare=%s --compare-func=sum_inv_first --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sum_rsqrt_eps --numerics=ane-fp16 --compare=%s --compare-func=sum_rsqrt_eps --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sum_sqrt_div --numerics=ane-fp16 --compare=%s --compare-func=sum_sqrt_div --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sum_inverse --numerics=ane-fp16 --compare=%s --compare-func=sum_inverse --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sum_f16_d6 --numerics=ane-fp16 --compare=%s --compare-func=sum_f16_d6 --compare-numerics=ane-fp16 --tol=2e-3

// mul(x, x) -> reduce_mean(axes = [-1]) -> add(mean, eps) -> rsqrt(epsilon = 0) -> mul(x, r).
// CHECK-LABEL: func.func @mul_mean_add_rsqrt(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @mul_mean_add_rsqrt(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// square(x); the last axis spelled rank-1 (1).
// CHECK-LABEL: func.func @square_positive_axis(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: 1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @square_positive_axis(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.square"(%x) : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: 1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// pow(x, splat 2.0), rank 3.
// CHECK-LABEL: func.func @pow_rank3(%arg0: tensor<2x3x16xf32>) -> tensor<2x3x16xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<2x3x16xf32>) -> tensor<2x3x16xf32>
// CHECK-NEXT: return %[[V0]] : tensor<2x3x16xf32>
func.func @pow_rank3(%x: tensor<2x3x16xf32>) -> tensor<2x3x16xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %two = arith.constant dense<2.0> : tensor<1xf32>
  %v1 = "ane.pow"(%x, %two) : (tensor<2x3x16xf32>, tensor<1xf32>) -> tensor<2x3x16xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x3x16xf32>) -> tensor<2x3x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<2x3x1xf32>, tensor<1xf32>) -> tensor<2x3x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<2x3x1xf32>) -> tensor<2x3x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<2x3x16xf32>, tensor<2x3x1xf32>) -> tensor<2x3x16xf32>
  return %v5 : tensor<2x3x16xf32>
}

// rank 1: x is [D].
// CHECK-LABEL: func.func @rank1(%arg0: tensor<16xf32>) -> tensor<16xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<16xf32>) -> tensor<16xf32>
// CHECK-NEXT: return %[[V0]] : tensor<16xf32>
func.func @rank1(%x: tensor<16xf32>) -> tensor<16xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<16xf32>) -> tensor<1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<1xf32>) -> tensor<1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<16xf32>, tensor<1xf32>) -> tensor<16xf32>
  return %v5 : tensor<16xf32>
}

// add(eps, mean): normalized to add(mean, eps).
// CHECK-LABEL: func.func @eps_first(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @eps_first(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%eps, %v2) : (tensor<1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// mul(r, x): normalized to mul(x, r).
// CHECK-LABEL: func.func @x_second(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @x_second(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%v4, %x) : (tensor<4x1xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// eps a splat of shape [4, 1] (the statistic's own shape).
// CHECK-LABEL: func.func @eps_splat_2d(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @eps_splat_2d(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<4x1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// f16: eps 1e-5 stored as f16 is 1.00135803e-05, the fused epsilon.
// CHECK-LABEL: func.func @f16(%arg0: tensor<4x8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 1.00135803E-5 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf16>
func.func @f16(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x8xf16>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf16>) -> tensor<4x1xf16>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf16>, tensor<1xf16>) -> tensor<4x1xf16>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf16>) -> tensor<4x1xf16>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf16>, tensor<4x1xf16>) -> tensor<4x8xf16>
  return %v5 : tensor<4x8xf16>
}

// mul(y, gamma), gamma [D] an argument.
// CHECK-LABEL: func.func @gamma_arg(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @gamma_arg(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v6 = "ane.mul"(%v5, %g) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// mul(gamma, y) (HF LlamaRMSNorm: weight * hidden).
// CHECK-LABEL: func.func @gamma_first(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @gamma_first(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v6 = "ane.mul"(%g, %v5) : (tensor<8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// gamma a [D] constant.
// CHECK-LABEL: func.func @gamma_const(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[C:.*]] = arith.constant dense<[5.000000e-01, 7.500000e-01, 1.000000e+00, 1.250000e+00, 1.500000e+00, 1.750000e+00, 2.000000e+00, 2.250000e+00]> : tensor<8xf32>
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0, %[[C]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @gamma_const(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %g = arith.constant dense<[0.50, 0.75, 1.00, 1.25, 1.50, 1.75, 2.00, 2.25]> : tensor<8xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v6 = "ane.mul"(%v5, %g) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// gamma [1, D]: reshaped to [D].
// CHECK-LABEL: func.func @gamma_1xD(%arg0: tensor<4x8xf32>, %arg1: tensor<1x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.reshape"(%arg1) {shape = array<i64: 8>} : (tensor<1x8xf32>) -> tensor<8xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.rms_norm"(%arg0, %[[V0]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V1]] : tensor<4x8xf32>
func.func @gamma_1xD(%x: tensor<4x8xf32>, %g: tensor<1x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v6 = "ane.mul"(%v5, %g) : (tensor<4x8xf32>, tensor<1x8xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// gamma [1, D] first.
// CHECK-LABEL: func.func @gamma_1xD_first(%arg0: tensor<4x8xf32>, %arg1: tensor<1x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.reshape"(%arg1) {shape = array<i64: 8>} : (tensor<1x8xf32>) -> tensor<8xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.rms_norm"(%arg0, %[[V0]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V1]] : tensor<4x8xf32>
func.func @gamma_1xD_first(%x: tensor<4x8xf32>, %g: tensor<1x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v6 = "ane.mul"(%g, %v5) : (tensor<1x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// rsqrt(mean) {epsilon = eps > 0}: eps inside the rsqrt, no add.
// CHECK-LABEL: func.func @rsqrt_eps(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @rsqrt_eps(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.rsqrt"(%v2) {epsilon = 1.0e-05 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.mul"(%x, %v3) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v4 : tensor<4x8xf32>
}

// x / sqrt(mean + eps).
// CHECK-LABEL: func.func @sqrt_div(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @sqrt_div(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.sqrt"(%v3) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.real_div"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// x / sqrt(eps + mean).
// CHECK-LABEL: func.func @sqrt_div_eps_first(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @sqrt_div_eps_first(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%eps, %v2) : (tensor<1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.sqrt"(%v3) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.real_div"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// x * inverse(sqrt(mean + eps)) {epsilon = 0}.
// CHECK-LABEL: func.func @inverse(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @inverse(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.sqrt"(%v3) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.inverse"(%v4) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.mul"(%x, %v5) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// inverse(sqrt(eps + mean)) * x.
// CHECK-LABEL: func.func @inverse_first(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @inverse_first(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%eps, %v2) : (tensor<1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.sqrt"(%v3) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.inverse"(%v4) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.mul"(%v5, %x) : (tensor<4x1xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// reduce_sum + mul(sum, 1/D) instead of reduce_mean.
// CHECK-LABEL: func.func @sum_add_rsqrt(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @sum_add_rsqrt(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<0.125> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.mul"(%v2, %inv_d) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.add"(%v3, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.rsqrt"(%v4) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.mul"(%x, %v5) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// reduce_sum, every commutative op in the other order: mul(1/D, sum), add(eps, mean), mul(r, x), mul(gamma, y).
// CHECK-LABEL: func.func @sum_inv_first(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @sum_inv_first(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<0.125> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.mul"(%inv_d, %v2) : (tensor<1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.add"(%eps, %v3) : (tensor<1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.rsqrt"(%v4) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.mul"(%v5, %x) : (tensor<4x1xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v7 = "ane.mul"(%g, %v6) : (tensor<8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %v7 : tensor<4x8xf32>
}

// reduce_sum + 1/D, eps inside the rsqrt.
// CHECK-LABEL: func.func @sum_rsqrt_eps(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @sum_rsqrt_eps(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %inv_d = arith.constant dense<0.125> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.mul"(%v2, %inv_d) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.rsqrt"(%v3) {epsilon = 1.0e-05 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// reduce_sum + 1/D, square, sqrt + real_div.
// CHECK-LABEL: func.func @sum_sqrt_div(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @sum_sqrt_div(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<0.125> : tensor<1xf32>
  %v1 = "ane.square"(%x) : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.mul"(%v2, %inv_d) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.add"(%v3, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.sqrt"(%v4) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.real_div"(%x, %v5) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// reduce_sum + 1/D, pow, inverse(sqrt).
// CHECK-LABEL: func.func @sum_inverse(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @sum_inverse(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %inv_d = arith.constant dense<0.125> : tensor<1xf32>
  %two = arith.constant dense<2.0> : tensor<1xf32>
  %v1 = "ane.pow"(%x, %two) : (tensor<4x8xf32>, tensor<1xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.mul"(%v2, %inv_d) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.add"(%v3, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.sqrt"(%v4) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.inverse"(%v5) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v7 = "ane.mul"(%x, %v6) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v7 : tensor<4x8xf32>
}

// f16 1/6 is not exact: 1.666260e-01 is within one f16 ulp of 1/D.
// CHECK-LABEL: func.func @sum_f16_d6(%arg0: tensor<3x6xf16>) -> tensor<3x6xf16> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 1.00135803E-5 : f32} : (tensor<3x6xf16>) -> tensor<3x6xf16>
// CHECK-NEXT: return %[[V0]] : tensor<3x6xf16>
func.func @sum_f16_d6(%x: tensor<3x6xf16>) -> tensor<3x6xf16> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %inv_d = arith.constant dense<0.16666666666666666> : tensor<1xf16>
  %v1 = "ane.mul"(%x, %x) : (tensor<3x6xf16>, tensor<3x6xf16>) -> tensor<3x6xf16>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<3x6xf16>) -> tensor<3x1xf16>
  %v3 = "ane.mul"(%v2, %inv_d) : (tensor<3x1xf16>, tensor<1xf16>) -> tensor<3x1xf16>
  %v4 = "ane.add"(%v3, %eps) : (tensor<3x1xf16>, tensor<1xf16>) -> tensor<3x1xf16>
  %v5 = "ane.rsqrt"(%v4) {epsilon = 0.0 : f32} : (tensor<3x1xf16>) -> tensor<3x1xf16>
  %v6 = "ane.mul"(%x, %v5) : (tensor<3x6xf16>, tensor<3x1xf16>) -> tensor<3x6xf16>
  return %v6 : tensor<3x6xf16>
}

