// Hand-computed values for the eight ANE reductions under --numerics=f32:
// every kind, negative axes, several axes at once, keep_dims true and false,
// and i32 where the dialect allows it. Inputs are the arith.constant values
// next to each function.

// RUN: ane-run %s --func=sum_last_keep --print-values=100 | FileCheck %s --check-prefix=SUM1
// RUN: ane-run %s --func=sum_first_drop --print-values=100 | FileCheck %s --check-prefix=SUM2
// RUN: ane-run %s --func=sum_two_axes_drop --print-values=100 | FileCheck %s --check-prefix=SUM3
// RUN: ane-run %s --func=sum_two_axes_keep --print-values=100 | FileCheck %s --check-prefix=SUM4
// RUN: ane-run %s --func=sum_i32 --print-values=100 | FileCheck %s --check-prefix=SUMI
// RUN: ane-run %s --func=mean_neg2_keep --print-values=100 | FileCheck %s --check-prefix=MEAN1
// RUN: ane-run %s --func=mean_rank3 --print-values=100 | FileCheck %s --check-prefix=MEAN2
// RUN: ane-run %s --func=mean_thirds --print-values=100 | FileCheck %s --check-prefix=MEAN3
// RUN: ane-run %s --func=mean_i32 --print-values=100 | FileCheck %s --check-prefix=MEANI
// RUN: ane-run %s --func=max_last_drop --print-values=100 | FileCheck %s --check-prefix=MAX1
// RUN: ane-run %s --func=max_i32 --print-values=100 | FileCheck %s --check-prefix=MAXI
// RUN: ane-run %s --func=min_all_keep --print-values=100 | FileCheck %s --check-prefix=MIN1
// RUN: ane-run %s --func=min_rank3 --print-values=100 | FileCheck %s --check-prefix=MIN2
// RUN: ane-run %s --func=l1_norm --print-values=100 | FileCheck %s --check-prefix=L1
// RUN: ane-run %s --func=l2_norm_exact --print-values=100 | FileCheck %s --check-prefix=L2
// RUN: ane-run %s --func=l2_norm_cols --print-values=100 | FileCheck %s --check-prefix=L2C
// RUN: ane-run %s --func=sum_square --print-values=100 | FileCheck %s --check-prefix=SSQ
// RUN: ane-run %s --func=log_sum_exp --print-values=100 | FileCheck %s --check-prefix=LSE
// RUN: ane-run %s --func=log_sum_exp_large --print-values=100 | FileCheck %s --check-prefix=LSEL
// RUN: ane-run %s --func=log_sum_exp_axis0 --print-values=100 | FileCheck %s --check-prefix=LSE0

// x = [[1, -2, 3], [4, 5, -6]]: row sums 2 and 3, kept as [2,1].
// SUM1: @sum_last_keep (f32): 1 output
// SUM1-NEXT: #0 tensor<2x1xf32>: min 2 max 3 mean 2.5 values [2, 3]
func.func @sum_last_keep() -> tensor<2x1xf32> {
  %x = arith.constant dense<[[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %0 = "ane.reduce_sum"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// Column sums 5, 3, -3; dim 0 dropped.
// SUM2: @sum_first_drop (f32): 1 output
// SUM2-NEXT: #0 tensor<3xf32>: min -3 max 5 mean 1.6666{{[0-9]*}} values [5, 3, -3]
func.func @sum_first_drop() -> tensor<3xf32> {
  %x = arith.constant dense<[[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %0 = "ane.reduce_sum"(%x) {axes = array<i64: 0>, keep_dims = false} : (tensor<2x3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// x3 = 0..11 as [2,2,3]; axes 0 and 2: j=0 sums 0+1+2+6+7+8 = 24,
// j=1 sums 3+4+5+9+10+11 = 42.
// SUM3: @sum_two_axes_drop (f32): 1 output
// SUM3-NEXT: #0 tensor<2xf32>: min 24 max 42 mean 33 values [24, 42]
func.func @sum_two_axes_drop() -> tensor<2xf32> {
  %x = arith.constant dense<[[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]], [[6.0, 7.0, 8.0], [9.0, 10.0, 11.0]]]> : tensor<2x2x3xf32>
  %0 = "ane.reduce_sum"(%x) {axes = array<i64: 0, -1>, keep_dims = false} : (tensor<2x2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// The same with keep_dims (and the axes unsorted): shape [1,2,1].
// SUM4: @sum_two_axes_keep (f32): 1 output
// SUM4-NEXT: #0 tensor<1x2x1xf32>: min 24 max 42 mean 33 values [24, 42]
func.func @sum_two_axes_keep() -> tensor<1x2x1xf32> {
  %x = arith.constant dense<[[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]], [[6.0, 7.0, 8.0], [9.0, 10.0, 11.0]]]> : tensor<2x2x3xf32>
  %0 = "ane.reduce_sum"(%x) {axes = array<i64: 2, 0>, keep_dims = true} : (tensor<2x2x3xf32>) -> tensor<1x2x1xf32>
  return %0 : tensor<1x2x1xf32>
}

// SUMI: @sum_i32 (f32): 1 output
// SUMI-NEXT: #0 tensor<2xi32>: min 2 max 30 mean 16 values [2, 30]
func.func @sum_i32() -> tensor<2xi32> {
  %x = arith.constant dense<[[1, -2, 3], [40, 50, -60]]> : tensor<2x3xi32>
  %0 = "ane.reduce_sum"(%x) {axes = array<i64: 1>, keep_dims = false} : (tensor<2x3xi32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// Column means (1+4)/2, (-2+5)/2, (3-6)/2 = 2.5, 1.5, -1.5.
// MEAN1: @mean_neg2_keep (f32): 1 output
// MEAN1-NEXT: #0 tensor<1x3xf32>: min -1.5 max 2.5 mean 0.83333{{[0-9]*}} values [2.5, 1.5, -1.5]
func.func @mean_neg2_keep() -> tensor<1x3xf32> {
  %x = arith.constant dense<[[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %0 = "ane.reduce_mean"(%x) {axes = array<i64: -2>, keep_dims = true} : (tensor<2x3xf32>) -> tensor<1x3xf32>
  return %0 : tensor<1x3xf32>
}

// Means of 0..5 and 6..11: 2.5 and 8.5, shape [2,1,1].
// MEAN2: @mean_rank3 (f32): 1 output
// MEAN2-NEXT: #0 tensor<2x1x1xf32>: min 2.5 max 8.5 mean 5.5 values [2.5, 8.5]
func.func @mean_rank3() -> tensor<2x1x1xf32> {
  %x = arith.constant dense<[[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]], [[6.0, 7.0, 8.0], [9.0, 10.0, 11.0]]]> : tensor<2x2x3xf32>
  %0 = "ane.reduce_mean"(%x) {axes = array<i64: 1, 2>, keep_dims = true} : (tensor<2x2x3xf32>) -> tensor<2x1x1xf32>
  return %0 : tensor<2x1x1xf32>
}

// Row means 2/3 and 1.
// MEAN3: @mean_thirds (f32): 1 output
// MEAN3-NEXT: #0 tensor<2xf32>: min 0.66666{{[0-9]*}} max 1 mean 0.83333{{[0-9]*}} values [0.66666{{[0-9]*}}, 1]
func.func @mean_thirds() -> tensor<2xf32> {
  %x = arith.constant dense<[[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %0 = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = false} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// MEANI: @mean_i32 (f32): 1 output
// MEANI-NEXT: #0 tensor<2xi32>: min -4 max 3 mean -0.5 values [3, -4]
func.func @mean_i32() -> tensor<2xi32> {
  %x = arith.constant dense<[[2, 4], [-3, -5]]> : tensor<2x2xi32>
  %0 = "ane.reduce_mean"(%x) {axes = array<i64: -1>, keep_dims = false} : (tensor<2x2xi32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// MAX1: @max_last_drop (f32): 1 output
// MAX1-NEXT: #0 tensor<2xf32>: min 3 max 5 mean 4 values [3, 5]
func.func @max_last_drop() -> tensor<2xf32> {
  %x = arith.constant dense<[[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %0 = "ane.reduce_max"(%x) {axes = array<i64: -1>, keep_dims = false} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// MAXI: @max_i32 (f32): 1 output
// MAXI-NEXT: #0 tensor<3xi32>: min 1 max 9 mean 4.3333{{[0-9]*}} values [1, 9, 3]
func.func @max_i32() -> tensor<3xi32> {
  %x = arith.constant dense<[[1, -7, 3], [-2, 9, -4]]> : tensor<2x3xi32>
  %0 = "ane.reduce_max"(%x) {axes = array<i64: 0>, keep_dims = false} : (tensor<2x3xi32>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// Every axis with keep_dims = true: a [1,1] result.
// MIN1: @min_all_keep (f32): 1 output
// MIN1-NEXT: #0 tensor<1x1xf32>: min -6 max -6 mean -6 values [-6]
func.func @min_all_keep() -> tensor<1x1xf32> {
  %x = arith.constant dense<[[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %0 = "ane.reduce_min"(%x) {axes = array<i64: 0, 1>, keep_dims = true} : (tensor<2x3xf32>) -> tensor<1x1xf32>
  return %0 : tensor<1x1xf32>
}

// Axis -2 of a [2,2,2]: out[i,k] = min(x[i,0,k], x[i,1,k]).
// MIN2: @min_rank3 (f32): 1 output
// MIN2-NEXT: #0 tensor<2x2xf32>: min -4 max 6 mean 0.75 values [2, -1, -4, 6]
func.func @min_rank3() -> tensor<2x2xf32> {
  %x = arith.constant dense<[[[3.0, -1.0], [2.0, 0.5]], [[-4.0, 8.0], [7.0, 6.0]]]> : tensor<2x2x2xf32>
  %0 = "ane.reduce_min"(%x) {axes = array<i64: -2>, keep_dims = false} : (tensor<2x2x2xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// |1|+|-2|+|3| = 6, |4|+|5|+|-6| = 15.
// L1: @l1_norm (f32): 1 output
// L1-NEXT: #0 tensor<2xf32>: min 6 max 15 mean 10.5 values [6, 15]
func.func @l1_norm() -> tensor<2xf32> {
  %x = arith.constant dense<[[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %0 = "ane.reduce_l1_norm"(%x) {axes = array<i64: -1>, keep_dims = false} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// sqrt(9+16+0) = 5, sqrt(1+4+4) = 3.
// L2: @l2_norm_exact (f32): 1 output
// L2-NEXT: #0 tensor<2xf32>: min 3 max 5 mean 4 values [5, 3]
func.func @l2_norm_exact() -> tensor<2xf32> {
  %x = arith.constant dense<[[3.0, -4.0, 0.0], [1.0, 2.0, -2.0]]> : tensor<2x3xf32>
  %0 = "ane.reduce_l2_norm"(%x) {axes = array<i64: 1>, keep_dims = false} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// Columns of x: sqrt(17), sqrt(29), sqrt(45).
// L2C: @l2_norm_cols (f32): 1 output
// L2C-NEXT: #0 tensor<1x3xf32>: min 4.1231{{[0-9]*}} max 6.7082{{[0-9]*}} mean 5.4054{{[0-9]*}} values [4.1231{{[0-9]*}}, 5.3851{{[0-9]*}}, 6.7082{{[0-9]*}}]
func.func @l2_norm_cols() -> tensor<1x3xf32> {
  %x = arith.constant dense<[[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %0 = "ane.reduce_l2_norm"(%x) {axes = array<i64: 0>, keep_dims = true} : (tensor<2x3xf32>) -> tensor<1x3xf32>
  return %0 : tensor<1x3xf32>
}

// 1+4+9 = 14, 16+25+36 = 77.
// SSQ: @sum_square (f32): 1 output
// SSQ-NEXT: #0 tensor<2x1xf32>: min 14 max 77 mean 45.5 values [14, 77]
func.func @sum_square() -> tensor<2x1xf32> {
  %x = arith.constant dense<[[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]]> : tensor<2x3xf32>
  %0 = "ane.reduce_sum_square"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// log(4 e^0) = log 4; log(e + e^2 + e^3 + e^4).
// LSE: @log_sum_exp (f32): 1 output
// LSE-NEXT: #0 tensor<2x1xf32>: min 1.3862{{[0-9]*}} max 4.4401{{[0-9]*}} mean 2.9132{{[0-9]*}} values [1.3862{{[0-9]*}}, 4.4401{{[0-9]*}}]
func.func @log_sum_exp() -> tensor<2x1xf32> {
  %x = arith.constant dense<[[0.0, 0.0, 0.0, 0.0], [1.0, 2.0, 3.0, 4.0]]> : tensor<2x4xf32>
  %0 = "ane.reduce_log_sum_exp"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x4xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// Large magnitudes: log(2 e^1000) = 1000 + log 2 and log(2 e^-1000) =
// -1000 + log 2. exp(+-1000) over/underflows even in double, so a naive
// log(sum(exp(x))) gives inf and -inf here; the value is well defined.
// LSEL: @log_sum_exp_large (f32): 1 output
// LSEL-NEXT: #0 tensor<2xf32>: min -999.30{{[0-9]*}} max 1000.6{{[0-9]*}} mean 0.69317{{[0-9]*}} values [1000.6{{[0-9]*}}, -999.30{{[0-9]*}}]
func.func @log_sum_exp_large() -> tensor<2xf32> {
  %x = arith.constant dense<[[1000.0, 1000.0], [-1000.0, -1000.0]]> : tensor<2x2xf32>
  %0 = "ane.reduce_log_sum_exp"(%x) {axes = array<i64: 1>, keep_dims = false} : (tensor<2x2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// Axis 0: log(1 + 1) = log 2 and log(e + e) = 1 + log 2.
// LSE0: @log_sum_exp_axis0 (f32): 1 output
// LSE0-NEXT: #0 tensor<2xf32>: min 0.69314{{[0-9]*}} max 1.6931{{[0-9]*}} mean 1.1931{{[0-9]*}} values [0.69314{{[0-9]*}}, 1.6931{{[0-9]*}}]
func.func @log_sum_exp_axis0() -> tensor<2xf32> {
  %x = arith.constant dense<[[0.0, 1.0], [0.0, 1.0]]> : tensor<2x2xf32>
  %0 = "ane.reduce_log_sum_exp"(%x) {axes = array<i64: 0>, keep_dims = false} : (tensor<2x2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
