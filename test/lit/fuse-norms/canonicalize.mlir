// fuse-norms canonicalizes first (lib/patterns/fuse_norms.pdll, 0.):
// pow(v, -0.5) -> rsqrt(v), pow(v, 0.5) -> sqrt(v), inverse(sqrt(v)) ->
// rsqrt(v) (the sqrt with no other user) and reduce_sum(v) * c -> reduce_mean(v)
// (c within 2^-11 of 1/D, D over the sum's axes), so one fusion pattern per
// chain shape covers every spelling. Each positive case fuses exactly as
// shown; each negative twin is left as written. The fused functions compute
// the chain's values: within 1e-5 (f32) and 2e-3 (ane-fp16), 3e-4 for the
// f16 1/6 (docs/passes.md).
// Fused + lowered: f32 within 1e-3, ane-fp16 within 4e-3.
// RUN: ane-opt %s --split-input-file --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms -o %t.mlir
// RUN: ane-run %t.mlir --func=pow_minus_half --compare=%s --compare-func=pow_minus_half --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.mlir --func=pow_minus_half --numerics=ane-fp16 --compare=%s --compare-func=pow_minus_half --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.mlir --func=pow_half_div --compare=%s --compare-func=pow_half_div --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.mlir --func=pow_half_div --numerics=ane-fp16 --compare=%s --compare-func=pow_half_div --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.mlir --func=inverse_of_sqrt --compare=%s --compare-func=inverse_of_sqrt --tol=1e-5 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.mlir --func=inverse_of_sqrt --numerics=ane-fp16 --compare=%s --compare-func=inverse_of_sqrt --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.mlir --func=sum_times_inv_d_f16 --compare=%s --compare-func=sum_times_inv_d_f16 --tol=3e-4 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.mlir --func=sum_times_inv_d_f16 --numerics=ane-fp16 --compare=%s --compare-func=sum_times_inv_d_f16 --compare-numerics=ane-fp16 --tol=2e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-opt %s --fuse-norms --lower-norms -o %t.fl.mlir
// RUN: ane-run %t.fl.mlir --func=pow_minus_half --compare=%s --compare-func=pow_minus_half --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=pow_minus_half --numerics=ane-fp16 --compare=%s --compare-func=pow_minus_half --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=pow_half_div --compare=%s --compare-func=pow_half_div --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=pow_half_div --numerics=ane-fp16 --compare=%s --compare-func=pow_half_div --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=inverse_of_sqrt --compare=%s --compare-func=inverse_of_sqrt --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=inverse_of_sqrt --numerics=ane-fp16 --compare=%s --compare-func=inverse_of_sqrt --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=sum_times_inv_d_f16 --compare=%s --compare-func=sum_times_inv_d_f16 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.fl.mlir --func=sum_times_inv_d_f16 --numerics=ane-fp16 --compare=%s --compare-func=sum_times_inv_d_f16 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// OK: within tolerance

// -----

// pow(mean + eps, -0.5) -> rsqrt: the HF-style chain with pow fuses.
// CHECK-LABEL: func.func @pow_minus_half(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @pow_minus_half(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %p = arith.constant dense<-0.5> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.pow"(%v3, %p) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// -----

// pow(mean + eps, 0.5) -> sqrt, then x / sqrt(.) fuses.
// CHECK-LABEL: func.func @pow_half_div(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @pow_half_div(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %p = arith.constant dense<0.5> : tensor<1xf32>
  %v1 = "ane.square"(%x) : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.pow"(%v3, %p) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.real_div"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// -----

// inverse(sqrt(mean + eps)) -> rsqrt (the factor first: the operand order
// is normalized too), then it fuses.
// CHECK-LABEL: func.func @inverse_of_sqrt(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @inverse_of_sqrt(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.sqrt"(%v3) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.inverse"(%v4) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.mul"(%v5, %x) : (tensor<4x1xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// -----

// f16 sum * (1/6) -> reduce_mean: 1/6 is not an f16 value; 0.1666 rounds to
// the f16 nearest 1/6 (within 2^-11), so the mean replaces it and it fuses.
// CHECK-LABEL: func.func @sum_times_inv_d_f16(%arg0: tensor<4x6xf16>) -> tensor<4x6xf16> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rms_norm"(%arg0) {axes = array<i64: -1>, epsilon = 1.00135803E-5 : f32} : (tensor<4x6xf16>) -> tensor<4x6xf16>
// CHECK-NEXT: return %[[V0]] : tensor<4x6xf16>
func.func @sum_times_inv_d_f16(%x: tensor<4x6xf16>) -> tensor<4x6xf16> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf16>
  %k = arith.constant dense<0.1666> : tensor<1xf16>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x6xf16>, tensor<4x6xf16>) -> tensor<4x6xf16>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x6xf16>) -> tensor<4x1xf16>
  %v3 = "ane.mul"(%k, %v2) : (tensor<1xf16>, tensor<4x1xf16>) -> tensor<4x1xf16>
  %v4 = "ane.add"(%v3, %eps) : (tensor<4x1xf16>, tensor<1xf16>) -> tensor<4x1xf16>
  %v5 = "ane.rsqrt"(%v4) {epsilon = 0.0 : f32} : (tensor<4x1xf16>) -> tensor<4x1xf16>
  %v6 = "ane.mul"(%x, %v5) : (tensor<4x6xf16>, tensor<4x1xf16>) -> tensor<4x6xf16>
  return %v6 : tensor<4x6xf16>
}

// -----

// Negative twin: pow(., -0.25) is not an rsqrt: left as it is.
// CHECK-LABEL: func.func @pow_not_minus_half(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<-2.500000e-01> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.mul"(%arg0, %arg0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.reduce_mean"(%[[V2]]) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.add"(%[[V3]], %[[V0]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.pow"(%[[V4]], %[[V1]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.mul"(%arg0, %[[V5]]) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V6]] : tensor<4x8xf32>
func.func @pow_not_minus_half(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %p = arith.constant dense<-0.25> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.pow"(%v3, %p) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.mul"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// -----

// Negative twin: the sqrt has a second user: inverse(sqrt) is left as it
// is, and the chain does not fuse.
// CHECK-LABEL: func.func @sqrt_second_user(%arg0: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = "ane.mul"(%arg0, %arg0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.reduce_mean"(%[[V1]]) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.add"(%[[V2]], %[[V0]]) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.sqrt"(%[[V3]]) : (tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.inverse"(%[[V4]]) {epsilon = 0.000000e+00 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.mul"(%arg0, %[[V5]]) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V6]], %[[V4]] : tensor<4x8xf32>, tensor<4x1xf32>
func.func @sqrt_second_user(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_mean"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.add"(%v2, %eps) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.sqrt"(%v3) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.inverse"(%v4) {epsilon = 0.0 : f32} : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v6 = "ane.mul"(%x, %v5) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v6, %v4 : tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

// Negative twin: sum over axis 0 (D = 4) times 1/8: not a mean, left as it
// is (the wrong-axis form of a channels-first chain).
// CHECK-LABEL: func.func @sum_times_wrong_inv_d(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.250000e-01> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = "ane.mul"(%arg0, %arg0) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: %[[V3:.*]] = "ane.reduce_sum"(%[[V2]]) {axes = array<i64: 0>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<1x8xf32>
// CHECK-NEXT: %[[V4:.*]] = "ane.mul"(%[[V3]], %[[V1]]) : (tensor<1x8xf32>, tensor<1xf32>) -> tensor<1x8xf32>
// CHECK-NEXT: %[[V5:.*]] = "ane.add"(%[[V4]], %[[V0]]) : (tensor<1x8xf32>, tensor<1xf32>) -> tensor<1x8xf32>
// CHECK-NEXT: %[[V6:.*]] = "ane.rsqrt"(%[[V5]]) {epsilon = 0.000000e+00 : f32} : (tensor<1x8xf32>) -> tensor<1x8xf32>
// CHECK-NEXT: %[[V7:.*]] = "ane.mul"(%arg0, %[[V6]]) : (tensor<4x8xf32>, tensor<1x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V7]] : tensor<4x8xf32>
func.func @sum_times_wrong_inv_d(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>
  %k = arith.constant dense<0.125> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: 0>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<1x8xf32>
  %v3 = "ane.mul"(%v2, %k) : (tensor<1x8xf32>, tensor<1xf32>) -> tensor<1x8xf32>
  %v4 = "ane.add"(%v3, %eps) : (tensor<1x8xf32>, tensor<1xf32>) -> tensor<1x8xf32>
  %v5 = "ane.rsqrt"(%v4) {epsilon = 0.0 : f32} : (tensor<1x8xf32>) -> tensor<1x8xf32>
  %v6 = "ane.mul"(%x, %v5) : (tensor<4x8xf32>, tensor<1x8xf32>) -> tensor<4x8xf32>
  return %v6 : tensor<4x8xf32>
}

// -----

// The canonicalization is applied wherever it matches, inside a norm chain
// or not: a lone pow(v, -0.5) becomes rsqrt(v).
// CHECK-LABEL: func.func @pow_outside_a_norm(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.rsqrt"(%arg0) {epsilon = 0.000000e+00 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @pow_outside_a_norm(%v: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %p = arith.constant dense<-0.5> : tensor<1xf32>
  %0 = "ane.pow"(%v, %p) : (tensor<4x8xf32>, tensor<1xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}
