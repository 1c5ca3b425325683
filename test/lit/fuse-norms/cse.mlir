// fuse-norms merges identical ane.cast and ane.sub ops before its
// patterns (lib/patterns/cse.h), so chains that compute their x or their
// centered value twice fuse without running --ane-cse first. Each output is
// checked exactly; the fused functions against the chains with ane-run:
// f32 within 1e-5, ane-fp16 within 2e-3.
// Fused + lowered: f32 within 1e-3, ane-fp16 within 4e-3.
// RUN: ane-opt %s --split-input-file --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms -o %t.mlir
// RUN: ane-run %t.mlir --func=t5_cast_twice --compare=%s --compare-func=t5_cast_twice --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.mlir --func=t5_cast_twice --numerics=ane-fp16 --compare=%s --compare-func=t5_cast_twice --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.mlir --func=bert_centered_twice --compare=%s --compare-func=bert_centered_twice --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.mlir --func=bert_centered_twice --numerics=ane-fp16 --compare=%s --compare-func=bert_centered_twice --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-opt %s --fuse-norms --lower-norms -o %t.fl.mlir
// RUN: ane-run %t.fl.mlir --func=t5_cast_twice --compare=%s --compare-func=t5_cast_twice --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=t5_cast_twice --numerics=ane-fp16 --compare=%s --compare-func=t5_cast_twice --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=bert_centered_twice --compare=%s --compare-func=bert_centered_twice --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=bert_centered_twice --numerics=ane-fp16 --compare=%s --compare-func=bert_centered_twice --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// OK: within tolerance

// -----

// T5LayerNorm: x is cast to f32 twice, once for the statistic and once to
// be scaled. The casts are merged, then the RMS chain of the cast fuses
// (weight first, absorbed).
// CHECK-LABEL: func.func @t5_cast_twice(%arg0: tensor<4x8xf16>, %arg1: tensor<8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.cast"(%arg0) : (tensor<4x8xf16>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.rms_norm"(%[[V0]], %arg1) {axes = array<i64: -1>, epsilon = 9.99999997E-7 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V1]] : tensor<4x8xf32>
func.func @t5_cast_twice(%x: tensor<4x8xf16>, %w: tensor<8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-06> : tensor<1xf32>
  %two = arith.constant dense<2.0> : tensor<1xf32>
  %xa = "ane.cast"(%x) : (tensor<4x8xf16>) -> tensor<4x8xf32>
  %sq = "ane.pow"(%xa, %two) : (tensor<4x8xf32>, tensor<1xf32>) -> tensor<4x8xf32>
  %v = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %ve = "ane.add"(%v, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %r = "ane.rsqrt"(%ve) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %xb = "ane.cast"(%x) : (tensor<4x8xf16>) -> tensor<4x8xf32>
  %n = "ane.mul"(%xb, %r) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  %y = "ane.mul"(%w, %n) : (tensor<8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %y : tensor<4x8xf32>
}

// -----

// Bert-style LayerNorm: x - mean is computed twice, once to square and
// once to divide. The subtractions are merged, then it fuses with gamma
// and beta.
// CHECK-LABEL: func.func @bert_centered_twice(%arg0: tensor<4x32xf32>, %arg1: tensor<32xf32>, %arg2: tensor<32xf32>) -> tensor<4x32xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.layer_norm"(%arg0, %arg1, %arg2) {axes = array<i64: -1>, epsilon = 9.99999996E-13 : f32} : (tensor<4x32xf32>, tensor<32xf32>, tensor<32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x32xf32>
func.func @bert_centered_twice(%x: tensor<4x32xf32>, %g: tensor<32xf32>, %b: tensor<32xf32>) -> tensor<4x32xf32> {
  %eps = arith.constant dense<1.0e-12> : tensor<1xf32>
  %m = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %c1 = "ane.sub"(%x, %m) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  %sq = "ane.mul"(%c1, %c1) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  %v = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %ve = "ane.add"(%v, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %s = "ane.sqrt"(%ve) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %c2 = "ane.sub"(%x, %m) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  %n = "ane.real_div"(%c2, %s) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  %sc = "ane.mul"(%n, %g) : (tensor<4x32xf32>, tensor<32xf32>) -> tensor<4x32xf32>
  %y = "ane.add"(%sc, %b) : (tensor<4x32xf32>, tensor<32xf32>) -> tensor<4x32xf32>
  return %y : tensor<4x32xf32>
}

// -----

// Negative twin: the second x goes through i32 (another cast): nothing to
// merge, the chain stays.
// CHECK-LABEL: func.func @casts_to_other_types(%arg0: tensor<4x8xf16>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999997E-7> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.cast"(%arg0) : (tensor<4x8xf16>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.mul"(%[[V1]], %[[V1]]) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.reduce_mean"(%[[V2]]) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.add"(%[[V3]], %[[V0]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.rsqrt"(%[[V4]]) {epsilon = 0.000000e+00 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.cast"(%arg0) : (tensor<4x8xf16>) -> tensor<4x8xi32>
// CHECK-NEXT: %[[V7:.*]] = "ane.cast"(%[[V6]]) : (tensor<4x8xi32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V8:.*]] = "ane.mul"(%[[V7]], %[[V5]]) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V8]] : tensor<4x8xf32>
func.func @casts_to_other_types(%x: tensor<4x8xf16>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-06> : tensor<1xf32>
  %xa = "ane.cast"(%x) : (tensor<4x8xf16>) -> tensor<4x8xf32>
  %sq = "ane.mul"(%xa, %xa) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %ve = "ane.add"(%v, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %r = "ane.rsqrt"(%ve) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %xi = "ane.cast"(%x) : (tensor<4x8xf16>) -> tensor<4x8xi32>
  %xb = "ane.cast"(%xi) : (tensor<4x8xi32>) -> tensor<4x8xf32>
  %n = "ane.mul"(%xb, %r) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %n : tensor<4x8xf32>
}

// -----

// Negative twin: the divided value is centered by another statistic (the
// max): the subtractions differ, no layer_norm.
// CHECK-LABEL: func.func @centered_by_other_means(%arg0: tensor<4x32xf32>) -> tensor<4x32xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.reduce_mean"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_max"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.sub"(%arg0, %[[V1]]) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%[[V3]], %[[V3]]) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.reduce_mean"(%[[V4]]) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.add"(%[[V5]], %[[V0]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V7:.*]] = "ane.sqrt"(%[[V6]]) : (tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V8:.*]] = "ane.sub"(%arg0, %[[V2]]) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: %[[V9:.*]] = "ane.real_div"(%[[V8]], %[[V7]]) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
// CHECK-NEXT: return %[[V9]] : tensor<4x32xf32>
func.func @centered_by_other_means(%x: tensor<4x32xf32>) -> tensor<4x32xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %m = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %m2 = "ane.reduce_max"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %c1 = "ane.sub"(%x, %m) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  %sq = "ane.mul"(%c1, %c1) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  %v = "ane.reduce_mean"(%sq) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x32xf32>) -> tensor<4x1xf32>
  %ve = "ane.add"(%v, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %s = "ane.sqrt"(%ve) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %c2 = "ane.sub"(%x, %m2) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  %n = "ane.real_div"(%c2, %s) : (tensor<4x32xf32>, tensor<4x1xf32>) -> tensor<4x32xf32>
  return %n : tensor<4x32xf32>
}
