// Range guards of --lower-norms (docs/numerics.md, "Safe domains"): no
// rewrite creates a constant its element type cannot hold, and the lowered
// program stays finite wherever the original is.
// RUN: ane-opt %s --lower-norms | FileCheck %s
// RUN: ane-opt %s --lower-norms -o %t.lowered.mlir
//
// gamma = 1100 at D = 4096: 1100 * 64 = 70400 is past f16's 65504, so the
// fold is not made (it gave dense<0x7C00>, +inf, and inf/NaN outputs); the
// norm is scaled by 1/64 instead and gamma applied as it is. Within 1e-2 of
// the original under both numerics.
// RUN: ane-run %t.lowered.mlir --func=gamma_1100 --compare=%s --compare-func=gamma_1100 --tol=1e-2
// RUN: ane-run %t.lowered.mlir --func=gamma_1100 --numerics=ane-fp16 --compare=%s --compare-func=gamma_1100 --compare-numerics=ane-fp16 --tol=1e-2
// An argument gamma of 300 at D = 65536 (300 * 256 > 65504 at run time
// under ane-fp16 in the old form): finite and within 1e-2.
// RUN: ane-run %t.lowered.mlir --func=gamma_arg_65536 --input=1:fill=300 --numerics=ane-fp16 --compare=%s --compare-func=gamma_arg_65536 --compare-numerics=ane-fp16 --tol=1e-2
// RUN: ane-run %t.lowered.mlir --func=gamma_arg_65536 --input=1:fill=300 --compare=%s --compare-func=gamma_arg_65536 --tol=1e-2
// reduce-sum leaves an op alone whose eps rounds to 0 in fp16 (1e-9 here),
// even in an f32 graph: on the ANE its sum of squares can underflow fp16 and
// x * rsqrt(0) is inf where the original stays finite; eps = 1e-5 lowers.
// RUN: ane-opt %s --lower-norms=strategy=reduce-sum | FileCheck %s --check-prefix=RS
// RS-LABEL: func.func @rs_eps_1e9
// RS-NEXT:    "ane.rms_norm"
// RS-LABEL: func.func @rs_eps_1e5
// RS-NOT:     "ane.rms_norm"
// RS:         "ane.reduce_sum"
// In an f32 graph too the fold must fit fp16, where the ANE stores it: gamma
// 2107 at D = 7304 folds to 180000, inf in fp16. Not folded, and finite
// under ane-fp16 (a finding of bench/numerics_fuzz.py).
// RUN: ane-run %t.lowered.mlir --func=f32_gamma_2107 --input=0:normal,std=128 --numerics=ane-fp16 --compare=%s --compare-func=f32_gamma_2107 --compare-numerics=ane-fp16 --tol=4e-3
// The folds that stay in range are still made (one op fewer).
// RUN: ane-run %t.lowered.mlir --func=gamma_1000 --numerics=ane-fp16 --compare=%s --compare-func=gamma_1000 --compare-numerics=ane-fp16 --tol=1e-2

// CHECK-LABEL: func.func @gamma_1100(%arg0: tensor<4x4096xf16>) -> tensor<4x4096xf16> {
// CHECK-NEXT:    %[[S:.*]] = arith.constant dense<1.562500e-02> : tensor<1xf16>
// CHECK-NEXT:    %[[F:.*]] = arith.constant dense<2.023930e-01> : tensor<1xf16>
// CHECK-NEXT:    %[[G:.*]] = arith.constant dense<1.100000e+03> : tensor<4096xf16>
// CHECK-NEXT:    %[[N:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x4096xf16>) -> tensor<4x1xf16>
// CHECK-NEXT:    %[[M:.*]] = "ane.maximum"(%[[N]], %[[F]]) : (tensor<4x1xf16>, tensor<1xf16>) -> tensor<4x1xf16>
// CHECK-NEXT:    %[[R:.*]] = "ane.mul"(%[[M]], %[[S]]) : (tensor<4x1xf16>, tensor<1xf16>) -> tensor<4x1xf16>
// CHECK-NEXT:    %[[Q:.*]] = "ane.real_div"(%arg0, %[[R]]) : (tensor<4x4096xf16>, tensor<4x1xf16>) -> tensor<4x4096xf16>
// CHECK-NEXT:    %[[Y:.*]] = "ane.mul"(%[[Q]], %[[G]]) : (tensor<4x4096xf16>, tensor<4096xf16>) -> tensor<4x4096xf16>
// CHECK-NEXT:    return %[[Y]]
// CHECK-NOT:   0x7C00
func.func @gamma_1100(%x: tensor<4x4096xf16>) -> tensor<4x4096xf16> {
  %g = arith.constant dense<1100.0> : tensor<4096xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x4096xf16>, tensor<4096xf16>) -> tensor<4x4096xf16>
  return %0 : tensor<4x4096xf16>
}

// 1000 * 64 = 64000 fits: folded.
// CHECK-LABEL: func.func @gamma_1000(%arg0: tensor<4x4096xf16>) -> tensor<4x4096xf16> {
// CHECK-NEXT:    %[[G:.*]] = arith.constant dense<6.400000e+04> : tensor<4096xf16>
// CHECK:         "ane.mul"(%{{.*}}, %[[G]])
func.func @gamma_1000(%x: tensor<4x4096xf16>) -> tensor<4x4096xf16> {
  %g = arith.constant dense<1000.0> : tensor<4096xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x4096xf16>, tensor<4096xf16>) -> tensor<4x4096xf16>
  return %0 : tensor<4x4096xf16>
}

// One element out of range is enough to keep the whole gamma unfolded.
// CHECK-LABEL: func.func @gamma_one_large
// CHECK:         %[[G:.*]] = arith.constant dense<[1.000000e+00, 4.000000e+04, 1.000000e+00, 1.000000e+00]> : tensor<4xf16>
// CHECK:         "ane.mul"(%{{.*}}, %[[G]])
func.func @gamma_one_large(%x: tensor<8x4xf16>) -> tensor<8x4xf16> {
  %g = arith.constant dense<[1.0, 40000.0, 1.0, 1.0]> : tensor<4xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<8x4xf16>, tensor<4xf16>) -> tensor<8x4xf16>
  return %0 : tensor<8x4xf16>
}

// A gamma whose fold would be subnormal in f16 (1e-7 * 2 = 2e-7 < 2^-14) is
// not folded either: the fold would keep only a few bits of precision.
// CHECK-LABEL: func.func @gamma_subnormal
// CHECK:         %[[G:.*]] = arith.constant dense<1.192090e-07> : tensor<4xf16>
// CHECK:         "ane.mul"(%{{.*}}, %[[G]])
func.func @gamma_subnormal(%x: tensor<8x4xf16>) -> tensor<8x4xf16> {
  %g = arith.constant dense<1.0e-07> : tensor<4xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<8x4xf16>, tensor<4xf16>) -> tensor<8x4xf16>
  return %0 : tensor<8x4xf16>
}

// CHECK-LABEL: func.func @f32_gamma_2107
// CHECK:         %[[G:.*]] = arith.constant dense<2.107000e+03> : tensor<7304xf32>
// CHECK:         "ane.mul"(%{{.*}}, %[[G]])
func.func @f32_gamma_2107(%x: tensor<5x7304xf32>) -> tensor<5x7304xf32> {
  %g = arith.constant dense<2107.0> : tensor<7304xf32>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 7.7e-05 : f32} : (tensor<5x7304xf32>, tensor<7304xf32>) -> tensor<5x7304xf32>
  return %0 : tensor<5x7304xf32>
}

// CHECK-LABEL: func.func @gamma_arg_65536(%arg0: tensor<2x65536xf16>, %arg1: tensor<65536xf16>) -> tensor<2x65536xf16> {
// CHECK-NEXT:    %[[S:.*]] = arith.constant dense<3.906250e-03> : tensor<1xf16>
// CHECK:         %[[R:.*]] = "ane.mul"(%{{.*}}, %[[S]]) : (tensor<2x1xf16>, tensor<1xf16>) -> tensor<2x1xf16>
// CHECK-NEXT:    %[[Q:.*]] = "ane.real_div"(%arg0, %[[R]])
// CHECK-NEXT:    "ane.mul"(%[[Q]], %arg1)
func.func @gamma_arg_65536(%x: tensor<2x65536xf16>, %g: tensor<65536xf16>) -> tensor<2x65536xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2x65536xf16>, tensor<65536xf16>) -> tensor<2x65536xf16>
  return %0 : tensor<2x65536xf16>
}

// Floors that would round to 0 in f16 are not created: sqrt(1e-16) = 1e-8
// is below f16's smallest subnormal, and x / max(norm, 0) is NaN on a zero
// row. The op is left as it is.
// CHECK-LABEL: func.func @floor_underflows
// CHECK-NEXT:    "ane.l2_norm"(%arg0) {axes = array<i64: -1>, epsilon = 1.000000e-16 : f32}
func.func @floor_underflows(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %0 = "ane.l2_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-16 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

func.func @rs_eps_1e9(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-09 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

func.func @rs_eps_1e5(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}
