// Hand-computed values for ane.rms_norm, ane.layer_norm and ane.l2_norm under
// --numerics=f32. Several cases use a large epsilon (7, 2.75, 1) chosen so
// that the result is exact AND visibly depends on epsilon being added in the
// right place; the others use the usual tiny epsilons.

// RUN: ane-run %s --func=rms_no_gamma --print-values=100 | FileCheck %s --check-prefix=RMS
// RUN: ane-run %s --func=rms_gamma --print-values=100 | FileCheck %s --check-prefix=RMSG
// RUN: ane-run %s --func=rms_small_eps --print-values=100 | FileCheck %s --check-prefix=RMSE
// RUN: ane-run %s --func=layer_norm_affine --print-values=100 | FileCheck %s --check-prefix=LN
// RUN: ane-run %s --func=layer_norm_small_eps --print-values=100 | FileCheck %s --check-prefix=LNE
// RUN: ane-run %s --func=l2_floor --print-values=100 | FileCheck %s --check-prefix=L2F
// RUN: ane-run %s --func=l2_zero_row --print-values=100 | FileCheck %s --check-prefix=L2Z
// RUN: ane-run %s --func=l2_axis0 --print-values=100 | FileCheck %s --check-prefix=L2A
// RUN: ane-run %s --func=l2_middle_axis --print-values=100 | FileCheck %s --check-prefix=L2M

// epsilon 7: mean(x^2) = 9 for both rows, sqrt(9 + 7) = 4, so y = x / 4.
// RMS: @rms_no_gamma (f32): 1 output
// RMS-NEXT: #0 tensor<2x4xf32>: min -0.75 max 1.5 mean 0.1875 values [0.75, -0.75, 0.75, -0.75, 0, 0, 0, 1.5]
func.func @rms_no_gamma() -> tensor<2x4xf32> {
  %x = arith.constant dense<[[3.0, -3.0, 3.0, -3.0], [0.0, 0.0, 0.0, 6.0]]> : tensor<2x4xf32>
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 7.000000e+00 : f32} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// The same scaled by gamma = [1, 2, 0.5, -1].
// RMSG: @rms_gamma (f32): 1 output
// RMSG-NEXT: #0 tensor<2x4xf32>: min -1.5 max 0.75 mean -0.140625 values [0.75, -1.5, 0.375, 0.75, 0, 0, 0, -1.5]
func.func @rms_gamma() -> tensor<2x4xf32> {
  %x = arith.constant dense<[[3.0, -3.0, 3.0, -3.0], [0.0, 0.0, 0.0, 6.0]]> : tensor<2x4xf32>
  %g = arith.constant dense<[1.0, 2.0, 0.5, -1.0]> : tensor<4xf32>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 7.000000e+00 : f32} : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// epsilon 1e-5, rank 3 (normalized over the last axis only): [3,4] / sqrt(12.5)
// = [0.848528, 1.13137]; [1,-1] / sqrt(1 + 1e-5) = [0.999995, -0.999995].
// RMSE: @rms_small_eps (f32): 1 output
// RMSE-NEXT: #0 tensor<1x2x2xf32>: min -0.99999{{[0-9]*}} max 1.1313{{[0-9]*}} mean 0.49497{{[0-9]*}} values [0.84852{{[0-9]*}}, 1.1313{{[0-9]*}}, 0.99999{{[0-9]*}}, -0.99999{{[0-9]*}}]
func.func @rms_small_eps() -> tensor<1x2x2xf32> {
  %x = arith.constant dense<[[[3.0, 4.0], [1.0, -1.0]]]> : tensor<1x2x2xf32>
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<1x2x2xf32>) -> tensor<1x2x2xf32>
  return %0 : tensor<1x2x2xf32>
}

// Row [1,2,3,4]: mean 2.5, var 1.25, sqrt(1.25 + 2.75) = 2, normalized
// [-0.75,-0.25,0.25,0.75]; * gamma [2,1,-1,4] + beta [0.5,0,1,-1] =
// [-1, -0.25, 0.75, 2]. Constant row [5,5,5,5]: var 0, so y = beta.
// LN: @layer_norm_affine (f32): 1 output
// LN-NEXT: #0 tensor<2x4xf32>: min -1 max 2 mean 0.25 values [-1, -0.25, 0.75, 2, 0.5, 0, 1, -1]
func.func @layer_norm_affine() -> tensor<2x4xf32> {
  %x = arith.constant dense<[[1.0, 2.0, 3.0, 4.0], [5.0, 5.0, 5.0, 5.0]]> : tensor<2x4xf32>
  %g = arith.constant dense<[2.0, 1.0, -1.0, 4.0]> : tensor<4xf32>
  %b = arith.constant dense<[0.5, 0.0, 1.0, -1.0]> : tensor<4xf32>
  %0 = "ane.layer_norm"(%x, %g, %b) {axes = array<i64: -1>, epsilon = 2.750000e+00 : f32} : (tensor<2x4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// epsilon 1e-5, gamma 1, beta 0: [0,2] -> [-1,1] / sqrt(1 + 1e-5);
// [-1,3] -> [-2,2] / sqrt(4 + 1e-5) (population variance, divided by N).
// LNE: @layer_norm_small_eps (f32): 1 output
// LNE-NEXT: #0 tensor<2x2xf32>: min -0.99999{{[0-9]*}} max 0.99999{{[0-9]*}} mean 0 values [-0.99999{{[0-9]*}}, 0.99999{{[0-9]*}}, -0.99999{{[0-9]*}}, 0.99999{{[0-9]*}}]
func.func @layer_norm_small_eps() -> tensor<2x2xf32> {
  %x = arith.constant dense<[[0.0, 2.0], [-1.0, 3.0]]> : tensor<2x2xf32>
  %g = arith.constant dense<[1.0, 1.0]> : tensor<2xf32>
  %b = arith.constant dense<[0.0, 0.0]> : tensor<2xf32>
  %0 = "ane.layer_norm"(%x, %g, %b) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<2x2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// epsilon 1, so the floor sqrt(epsilon) = 1: [3,4] / 5; [0.3,0.4] has norm
// 0.5 < 1 and is divided by the floor (unchanged); [0,0] / 1 = [0,0].
// L2F: @l2_floor (f32): 1 output
// L2F-NEXT: #0 tensor<3x2xf32>: min 0 max 0.8 mean 0.35 values [0.6, 0.8, 0.3, 0.4, 0, 0]
func.func @l2_floor() -> tensor<3x2xf32> {
  %x = arith.constant dense<[[3.0, 4.0], [0.3, 0.4], [0.0, 0.0]]> : tensor<3x2xf32>
  %0 = "ane.l2_norm"(%x) {axes = array<i64: -1>, epsilon = 1.000000e+00 : f32} : (tensor<3x2xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// epsilon 1e-12, floor 1e-6: [3e-7,4e-7] has norm 5e-7 < 1e-6 -> [0.3, 0.4];
// the zero row stays 0 (not 0/0 = nan); [6,8] / 10 = [0.6, 0.8].
// L2Z: @l2_zero_row (f32): 1 output
// L2Z-NEXT: #0 tensor<3x2xf32>: min 0 max 0.8 mean 0.35 values [0.3, 0.4, 0, 0, 0.6, 0.8]
func.func @l2_zero_row() -> tensor<3x2xf32> {
  %x = arith.constant dense<[[3.0e-07, 4.0e-07], [0.0, 0.0], [6.0, 8.0]]> : tensor<3x2xf32>
  %0 = "ane.l2_norm"(%x) {axes = array<i64: 1>, epsilon = 9.99999996E-13 : f32} : (tensor<3x2xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// axis 0 (columns): [3,4] / 5 and [1,0] / 1, row-major [0.6, 1, 0.8, 0].
// L2A: @l2_axis0 (f32): 1 output
// L2A-NEXT: #0 tensor<2x2xf32>: min 0 max 1 mean 0.6 values [0.6, 1, 0.8, 0]
func.func @l2_axis0() -> tensor<2x2xf32> {
  %x = arith.constant dense<[[3.0, 1.0], [4.0, 0.0]]> : tensor<2x2xf32>
  %0 = "ane.l2_norm"(%x) {axes = array<i64: 0>, epsilon = 9.99999996E-13 : f32} : (tensor<2x2xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// A middle axis: axis -2 of [2,2,2]; x[0] columns [0,2] -> [0,1] and [1,0]
// -> [1,0]; x[1] is all zero (floored).
// L2M: @l2_middle_axis (f32): 1 output
// L2M-NEXT: #0 tensor<2x2x2xf32>: min 0 max 1 mean 0.25 values [0, 1, 1, 0, 0, 0, 0, 0]
func.func @l2_middle_axis() -> tensor<2x2x2xf32> {
  %x = arith.constant dense<[[[0.0, 1.0], [2.0, 0.0]], [[0.0, 0.0], [0.0, 0.0]]]> : tensor<2x2x2xf32>
  %0 = "ane.l2_norm"(%x) {axes = array<i64: -2>, epsilon = 9.99999996E-13 : f32} : (tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
  return %0 : tensor<2x2x2xf32>
}
