// fuse-norms on more forms real programs use (issue 14): HF Llama's f32
// upcast, [1, D] LayerNorm parameters, ANEForge's [M, D, 1, 1] LayerNorm.
// Each output is checked exactly; the fused and the fused + lowered
// functions against the chains with ane-run: f32 within 1e-5 (fused) and
// 1e-3 (fused + lowered), ane-fp16 within 2e-3 and 4e-3.
// RUN: ane-opt %s --split-input-file --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms -o %t.f.mlir
// RUN: ane-opt %s --fuse-norms --lower-norms -o %t.fl.mlir
// RUN: ane-run %t.f.mlir --func=llama_upcast --compare=%s --compare-func=llama_upcast --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=llama_upcast --numerics=ane-fp16 --compare=%s --compare-func=llama_upcast --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=llama_upcast --compare=%s --compare-func=llama_upcast --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=llama_upcast --numerics=ane-fp16 --compare=%s --compare-func=llama_upcast --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=layer_norm_row_gamma --compare=%s --compare-func=layer_norm_row_gamma --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=layer_norm_row_gamma --numerics=ane-fp16 --compare=%s --compare-func=layer_norm_row_gamma --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=layer_norm_row_gamma --compare=%s --compare-func=layer_norm_row_gamma --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=layer_norm_row_gamma --numerics=ane-fp16 --compare=%s --compare-func=layer_norm_row_gamma --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=layer_norm_aneforge_rows --compare=%s --compare-func=layer_norm_aneforge_rows --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.f.mlir --func=layer_norm_aneforge_rows --numerics=ane-fp16 --compare=%s --compare-func=layer_norm_aneforge_rows --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=layer_norm_aneforge_rows --compare=%s --compare-func=layer_norm_aneforge_rows --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=layer_norm_aneforge_rows --numerics=ane-fp16 --compare=%s --compare-func=layer_norm_aneforge_rows --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// OK: within tolerance

// -----

// HF Llama on an f16 model: x upcast to f32, the RMS chain in f32, the
// result cast back and scaled by the f16 weight. The chain fuses into
// rms_norm(cast(x)); the weight is then absorbed across the cast pair into
// rms_norm(x, weight) on the f16 x (ane.rms_norm keeps its statistic in
// f32: docs/numerics.md).
// CHECK-LABEL: func.func @llama_upcast(%arg0: tensor<4x8xf16>, %arg1: tensor<8xf16>) -> tensor<4x8xf16> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: -1>, epsilon = 9.99999997E-7 : f32} : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf16>
func.func @llama_upcast(%x: tensor<4x8xf16>, %w: tensor<8xf16>) -> tensor<4x8xf16> {
  %eps = arith.constant dense<1.0e-06> : tensor<1xf32>
  %two = arith.constant dense<2.0> : tensor<1xf32>
  %xf = "ane.cast"(%x) : (tensor<4x8xf16>) -> tensor<4x8xf32>
  %sq = "ane.pow"(%xf, %two) : (tensor<4x8xf32>, tensor<1xf32>) -> tensor<4x8xf32>
  %v = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %ve = "ane.add"(%v, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %r = "ane.rsqrt"(%ve) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %n = "ane.mul"(%xf, %r) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %nh = "ane.cast"(%n) : (tensor<4x8xf32>) -> tensor<4x8xf16>
  %y = "ane.mul"(%w, %nh) : (tensor<8xf16>, tensor<4x8xf16>) -> tensor<4x8xf16>
  return %y : tensor<4x8xf16>
}

// -----

// Negative twin: the f32 norm is also returned, so the cast pair stays and
// the weight is not absorbed (the chain itself still fuses).
// CHECK-LABEL: func.func @llama_upcast_norm_reused(%arg0: tensor<4x8xf16>, %arg1: tensor<8xf16>) -> (tensor<4x8xf16>, tensor<4x8xf32>) {
// CHECK-NEXT: %[[V0:.*]] = "ane.cast"(%arg0) : (tensor<4x8xf16>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.rms_norm"(%[[V0]]) {axes = array<i64: -1>, epsilon = 9.99999997E-7 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.cast"(%[[V1]]) : (tensor<4x8xf32>) -> tensor<4x8xf16>
// CHECK-NEXT: %[[V3:.*]] = "ane.mul"(%[[V2]], %arg1) : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
// CHECK-NEXT: return %[[V3]], %[[V1]] : tensor<4x8xf16>, tensor<4x8xf32>
func.func @llama_upcast_norm_reused(%x: tensor<4x8xf16>, %w: tensor<8xf16>) -> (tensor<4x8xf16>, tensor<4x8xf32>) {
  %eps = arith.constant dense<1.0e-06> : tensor<1xf32>
  %xf = "ane.cast"(%x) : (tensor<4x8xf16>) -> tensor<4x8xf32>
  %sq = "ane.mul"(%xf, %xf) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %ve = "ane.add"(%v, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %r = "ane.rsqrt"(%ve) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %n = "ane.mul"(%xf, %r) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %nh = "ane.cast"(%n) : (tensor<4x8xf32>) -> tensor<4x8xf16>
  %y = "ane.mul"(%nh, %w) : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return %y, %n : tensor<4x8xf16>, tensor<4x8xf32>
}

// -----

// LayerNorm with [1, D] gamma and beta: absorbed as they are (the op takes
// [1, D] over the last axis).
// CHECK-LABEL: func.func @layer_norm_row_gamma(%arg0: tensor<4x32xf32>, %arg1: tensor<1x32xf32>, %arg2: tensor<1x32xf32>) -> tensor<4x32xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.layer_norm"(%arg0, %arg1, %arg2) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x32xf32>, tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x32xf32>
func.func @layer_norm_row_gamma(%x: tensor<4x32xf32>, %g: tensor<1x32xf32>, %b: tensor<1x32xf32>) -> tensor<4x32xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %m = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %c = "ane.sub"(%x, %m) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  %sq = "ane.mul"(%c, %c) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  %v = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %ve = "ane.add"(%v, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %r = "ane.rsqrt"(%ve) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %n = "ane.mul"(%c, %r) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  %s = "ane.mul"(%n, %g) : (tensor<4x32xf32>, tensor<1x32xf32>) -> tensor<4x32xf32>
  %y = "ane.add"(%s, %b) : (tensor<4x32xf32>, tensor<1x32xf32>) -> tensor<4x32xf32>
  return %y : tensor<4x32xf32>
}

// -----

// ANEForge LayerNorm: x reshaped to [M, D, 1, 1], normalized over axis 1
// (variance as sum * 1/D), [1, D, 1, 1] gamma and beta, reshaped back:
// one layer_norm over axis 1 between the reshapes.
// CHECK-LABEL: func.func @layer_norm_aneforge_rows(%arg0: tensor<16x64xf16>, %arg1: tensor<1x64x1x1xf16>, %arg2: tensor<1x64x1x1xf16>) -> tensor<16x64xf16> {
// CHECK-NEXT: %[[V0:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 16, 64, 1, 1>} : (tensor<16x64xf16>) -> tensor<16x64x1x1xf16>
// CHECK-NEXT: %[[V1:.*]] = "ane.layer_norm"(%[[V0]], %arg1, %arg2) {axes = array<i64: 1>, epsilon = 1.00135803E-5 : f32} : (tensor<16x64x1x1xf16>, tensor<1x64x1x1xf16>, tensor<1x64x1x1xf16>) -> tensor<16x64x1x1xf16>
// CHECK-NEXT: %[[V2:.*]] = "ane.reshape"(%[[V1]]) {shape = array<i64: 16, 64>} : (tensor<16x64x1x1xf16>) -> tensor<16x64xf16>
// CHECK-NEXT: return %[[V2]] : tensor<16x64xf16>
func.func @layer_norm_aneforge_rows(%x: tensor<16x64xf16>, %g: tensor<1x64x1x1xf16>, %b: tensor<1x64x1x1xf16>) -> tensor<16x64xf16> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %invd = arith.constant dense<1.562500e-02> : tensor<1xf16>
  %rows = "ane.reshape"(%x) {shape = array<i64: 16, 64, 1, 1>} : (tensor<16x64xf16>) -> tensor<16x64x1x1xf16>
  %m = "ane.reduce_mean"(%rows) {axes = array<i64: 1>, keep_dims = true} : (tensor<16x64x1x1xf16>) -> tensor<16x1x1x1xf16>
  %c = "ane.sub"(%rows, %m) : (tensor<16x64x1x1xf16>, tensor<16x1x1x1xf16>) -> tensor<16x64x1x1xf16>
  %sq = "ane.mul"(%c, %c) : (tensor<16x64x1x1xf16>, tensor<16x64x1x1xf16>) -> tensor<16x64x1x1xf16>
  %vs = "ane.reduce_sum"(%sq) {axes = array<i64: 1>, keep_dims = true} : (tensor<16x64x1x1xf16>) -> tensor<16x1x1x1xf16>
  %v = "ane.mul"(%vs, %invd) : (tensor<16x1x1x1xf16>, tensor<1xf16>) -> tensor<16x1x1x1xf16>
  %ve = "ane.add"(%v, %eps) : (tensor<16x1x1x1xf16>, tensor<1xf16>) -> tensor<16x1x1x1xf16>
  %r = "ane.rsqrt"(%ve) {epsilon = 0.0 : f32} : (tensor<16x1x1x1xf16>) -> tensor<16x1x1x1xf16>
  %n = "ane.mul"(%c, %r) : (tensor<16x64x1x1xf16>, tensor<16x1x1x1xf16>) -> tensor<16x64x1x1xf16>
  %s = "ane.mul"(%n, %g) : (tensor<16x64x1x1xf16>, tensor<1x64x1x1xf16>) -> tensor<16x64x1x1xf16>
  %t = "ane.add"(%s, %b) : (tensor<16x64x1x1xf16>, tensor<1x64x1x1xf16>) -> tensor<16x64x1x1xf16>
  %y = "ane.reshape"(%t) {shape = array<i64: 16, 64>} : (tensor<16x64x1x1xf16>) -> tensor<16x64xf16>
  return %y : tensor<16x64xf16>
}
