// fuse-norms: LayerNorm chains fuse into one ane.layer_norm. The core
// (m = reduce_mean(x); c = x - m; v = reduce_mean(c^2); c * rsqrt(v + eps),
// or rsqrt(v) {epsilon = eps}, or c / sqrt(v + eps)) becomes
// layer_norm(x, 1, 0) with created [D] constants; a following mul by a [D]
// gamma and add of a [D] beta (either order) are absorbed into it. Each fused
// function computes what its chain computes: max relative error 1e-5 under
// f32, 2e-3 under ane-fp16 (measured <= 9.3e-4), x ~ N(0, 1) and x ~ N(0,
// 1e-8) (variance far below eps).
// RUN: ane-opt %s --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms | %mlir_opt_ane | FileCheck %s
// RUN: ane-opt %s --fuse-norms | ane-opt --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms -o %t.mlir
// RUN: ane-run %t.mlir --func=centered_add_rsqrt --numerics=f32 --compare=%s --compare-func=centered_add_rsqrt --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=gamma_beta --numerics=f32 --compare=%s --compare-func=gamma_beta --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=gamma_beta_first --numerics=f32 --compare=%s --compare-func=gamma_beta_first --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=gamma_only --numerics=f32 --compare=%s --compare-func=gamma_only --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=beta_only --numerics=f32 --compare=%s --compare-func=beta_only --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=rsqrt_eps --numerics=f32 --compare=%s --compare-func=rsqrt_eps --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sqrt_div_f16 --numerics=f32 --compare=%s --compare-func=sqrt_div_f16 --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=positive_axes --numerics=f32 --compare=%s --compare-func=positive_axes --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=centered_add_rsqrt --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=centered_add_rsqrt --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=gamma_beta --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=gamma_beta --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=gamma_beta_first --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=gamma_beta_first --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=gamma_only --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=gamma_only --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=beta_only --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=beta_only --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=rsqrt_eps --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=rsqrt_eps --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sqrt_div_f16 --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=sqrt_div_f16 --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=positive_axes --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=positive_axes --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=centered_add_rsqrt --numerics=ane-fp16 --compare=%s --compare-func=centered_add_rsqrt --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=gamma_beta --numerics=ane-fp16 --compare=%s --compare-func=gamma_beta --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=gamma_beta_first --numerics=ane-fp16 --compare=%s --compare-func=gamma_beta_first --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=gamma_only --numerics=ane-fp16 --compare=%s --compare-func=gamma_only --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=beta_only --numerics=ane-fp16 --compare=%s --compare-func=beta_only --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=rsqrt_eps --numerics=ane-fp16 --compare=%s --compare-func=rsqrt_eps --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sqrt_div_f16 --numerics=ane-fp16 --compare=%s --compare-func=sqrt_div_f16 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=positive_axes --numerics=ane-fp16 --compare=%s --compare-func=positive_axes --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=centered_add_rsqrt --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=centered_add_rsqrt --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=gamma_beta --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=gamma_beta --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=gamma_beta_first --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=gamma_beta_first --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=gamma_only --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=gamma_only --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=beta_only --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=beta_only --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=rsqrt_eps --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=rsqrt_eps --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sqrt_div_f16 --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=sqrt_div_f16 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=positive_axes --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=positive_axes --compare-numerics=ane-fp16 --tol=2e-3

// m = reduce_mean(x); c = x - m; v = reduce_mean(c * c); c * rsqrt(v + eps): gamma = 1 and beta = 0 created.
// CHECK-LABEL: func.func @centered_add_rsqrt(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[C:.*]] = arith.constant dense<1.000000e+00> : tensor<8xf32>
// CHECK-NEXT: %[[C0:.*]] = arith.constant dense<0.000000e+00> : tensor<8xf32>
// CHECK-NEXT: %[[V0:.*]] = "ane.layer_norm"(%arg0, %[[C]], %[[C0]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @centered_add_rsqrt(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.sub"(%x, %v1) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v3 = "ane.mul"(%v2, %v2) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v4 = "ane.reduce_mean"(%v3) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v5 = "ane.add"(%v4, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.rsqrt"(%v5) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v7 = "ane.mul"(%v2, %v6) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v7 : tensor<4x8xf32>
}

// * gamma + beta (PyTorch LayerNorm with elementwise affine).
// CHECK-LABEL: func.func @gamma_beta(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.layer_norm"(%arg0, %arg1, %arg2) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @gamma_beta(%x: tensor<4x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.sub"(%x, %v1) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v3 = "ane.mul"(%v2, %v2) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v4 = "ane.reduce_mean"(%v3) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v5 = "ane.add"(%v4, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.rsqrt"(%v5) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v7 = "ane.mul"(%v2, %v6) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v8 = "ane.mul"(%v7, %g) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  %v9 = "ane.add"(%v8, %b) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %v9 : tensor<4x8xf32>
}

// every commutative op in the other order: add(eps, v), mul(r, c), mul(gamma, y), add(beta, y); square(c).
// CHECK-LABEL: func.func @gamma_beta_first(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.layer_norm"(%arg0, %arg1, %arg2) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @gamma_beta_first(%x: tensor<4x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.sub"(%x, %v1) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v3 = "ane.square"(%v2) : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %v4 = "ane.reduce_mean"(%v3) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v5 = "ane.add"(%eps, %v4) : (tensor<1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.rsqrt"(%v5) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v7 = "ane.mul"(%v6, %v2) : (tensor<4x1xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v8 = "ane.mul"(%g, %v7) : (tensor<8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v9 = "ane.add"(%b, %v8) : (tensor<8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %v9 : tensor<4x8xf32>
}

// gamma, no beta: beta stays the created zeros.
// CHECK-LABEL: func.func @gamma_only(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[C:.*]] = arith.constant dense<0.000000e+00> : tensor<8xf32>
// CHECK-NEXT: %[[V0:.*]] = "ane.layer_norm"(%arg0, %arg1, %[[C]]) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @gamma_only(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.sub"(%x, %v1) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v3 = "ane.mul"(%v2, %v2) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v4 = "ane.reduce_mean"(%v3) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v5 = "ane.add"(%v4, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.rsqrt"(%v5) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v7 = "ane.mul"(%v2, %v6) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v8 = "ane.mul"(%v7, %g) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %v8 : tensor<4x8xf32>
}

// beta, no gamma: gamma stays the created ones.
// CHECK-LABEL: func.func @beta_only(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[C:.*]] = arith.constant dense<1.000000e+00> : tensor<8xf32>
// CHECK-NEXT: %[[V0:.*]] = "ane.layer_norm"(%arg0, %[[C]], %arg1) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @beta_only(%x: tensor<4x8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.sub"(%x, %v1) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v3 = "ane.mul"(%v2, %v2) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v4 = "ane.reduce_mean"(%v3) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v5 = "ane.add"(%v4, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.rsqrt"(%v5) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v7 = "ane.mul"(%v2, %v6) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v8 = "ane.add"(%v7, %b) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %v8 : tensor<4x8xf32>
}

// rsqrt(v) {epsilon = eps}, pow(c, 2).
// CHECK-LABEL: func.func @rsqrt_eps(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.layer_norm"(%arg0, %arg1, %arg2) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @rsqrt_eps(%x: tensor<4x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  %two = arith.constant dense<2.0> : tensor<1xf32>
  %v1 = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.sub"(%x, %v1) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v3 = "ane.pow"(%v2, %two) : (tensor<4x8xf32>, tensor<1xf32>) -> tensor<4x8xf32>
  %v4 = "ane.reduce_mean"(%v3) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v5 = "ane.rsqrt"(%v4) {epsilon = 1.0e-05 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.mul"(%v2, %v5) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %v7 = "ane.mul"(%v6, %g) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  %v8 = "ane.add"(%v7, %b) : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %v8 : tensor<4x8xf32>
}

// c / sqrt(v + eps), f16, rank 3.
// CHECK-LABEL: func.func @sqrt_div_f16(%arg0: tensor<2x3x16xf16>, %arg1: tensor<16xf16>, %arg2: tensor<16xf16>) -> tensor<2x3x16xf16> {
// CHECK-NEXT: %[[V0:.*]] = "ane.layer_norm"(%arg0, %arg1, %arg2) {axes = array<i64: -1>, epsilon = 1.00135803E-5 : f32} : (tensor<2x3x16xf16>, tensor<16xf16>, tensor<16xf16>) -> tensor<2x3x16xf16>
// CHECK-NEXT: return %[[V0]] : tensor<2x3x16xf16>
func.func @sqrt_div_f16(%x: tensor<2x3x16xf16>, %g: tensor<16xf16>, %b: tensor<16xf16>) -> tensor<2x3x16xf16> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %v1 = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x3x16xf16>) -> tensor<2x3x1xf16>
  %v2 = "ane.sub"(%x, %v1) : (tensor<2x3x16xf16>, tensor<2x3x1xf16>) -> tensor<2x3x16xf16>
  %v3 = "ane.mul"(%v2, %v2) : (tensor<2x3x16xf16>, tensor<2x3x16xf16>) -> tensor<2x3x16xf16>
  %v4 = "ane.reduce_mean"(%v3) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x3x16xf16>) -> tensor<2x3x1xf16>
  %v5 = "ane.add"(%v4, %eps) : (tensor<2x3x1xf16>, tensor<1xf16>) -> tensor<2x3x1xf16>
  %v6 = "ane.sqrt"(%v5) : (tensor<2x3x1xf16>) -> tensor<2x3x1xf16>
  %v7 = "ane.real_div"(%v2, %v6) : (tensor<2x3x16xf16>, tensor<2x3x1xf16>) -> tensor<2x3x16xf16>
  %v8 = "ane.mul"(%v7, %g) : (tensor<2x3x16xf16>, tensor<16xf16>) -> tensor<2x3x16xf16>
  %v9 = "ane.add"(%v8, %b) : (tensor<2x3x16xf16>, tensor<16xf16>) -> tensor<2x3x16xf16>
  return %v9 : tensor<2x3x16xf16>
}

// last axis spelled 1 in both reductions.
// CHECK-LABEL: func.func @positive_axes(%arg0: tensor<4x32xf32>) -> tensor<4x32xf32> {
// CHECK-NEXT: %[[C:.*]] = arith.constant dense<1.000000e+00> : tensor<32xf32>
// CHECK-NEXT: %[[C0:.*]] = arith.constant dense<0.000000e+00> : tensor<32xf32>
// CHECK-NEXT: %[[V0:.*]] = "ane.layer_norm"(%arg0, %[[C]], %[[C0]]) {axes = array<i64: 1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x32xf32>
func.func @positive_axes(%x: tensor<4x32xf32>) -> tensor<4x32xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.reduce_mean"(%x) {axes = array<i64: 1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %v2 = "ane.sub"(%x, %v1) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  %v3 = "ane.mul"(%v2, %v2) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  %v4 = "ane.reduce_mean"(%v3) {axes = array<i64: 1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %v5 = "ane.add"(%v4, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.rsqrt"(%v5) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v7 = "ane.mul"(%v2, %v6) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  return %v7 : tensor<4x32xf32>
}

