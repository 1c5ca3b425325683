// Hand-computed values for ane.conv under --numerics=f32 (inputs are the
// arith.constant values in each function): 1-D valid/same/same_lower,
// stride and dilation, 2-D depthwise (groups) with bias, the ANE's 1x1
// linear layer, custom asymmetric padding, and 3 spatial dims. The 1x1 conv
// against the same layer written as reshape/transpose/linear, on random
// inputs, is test/lit/numerics/conv-linear.mlir.

// RUN: ane-run %s --func=conv1d_valid --print-values=100 | FileCheck %s --check-prefix=VALID
// RUN: ane-run %s --func=conv1d_same --print-values=100 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=conv1d_same_even --print-values=100 | FileCheck %s --check-prefix=SAMEEVEN
// RUN: ane-run %s --func=conv1d_same_lower --print-values=100 | FileCheck %s --check-prefix=LOWER
// RUN: ane-run %s --func=conv1d_stride_dilation --print-values=100 | FileCheck %s --check-prefix=SD
// RUN: ane-run %s --func=conv2d_depthwise_bias --print-values=100 | FileCheck %s --check-prefix=DW
// RUN: ane-run %s --func=conv2d_1x1 --print-values=100 | FileCheck %s --check-prefix=ONE
// RUN: ane-run %s --func=conv2d_custom_pad --print-values=100 | FileCheck %s --check-prefix=CUSTOM
// RUN: ane-run %s --func=conv3d --print-values=100 | FileCheck %s --check-prefix=C3D
// RUN: ane-run %s --func=conv1d_same --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=SAME16

// x = [1..5], w = [1, 0, -1]: out[i] = x[i] - x[i+2].
// VALID: #0 tensor<1x1x3xf32>: min -2 max -2 mean -2 values [-2, -2, -2]
func.func @conv1d_valid() -> tensor<1x1x3xf32> {
  %x = arith.constant dense<[[[1.0, 2.0, 3.0, 4.0, 5.0]]]> : tensor<1x1x5xf32>
  %w = arith.constant dense<[[[1.0, 0.0, -1.0]]]> : tensor<1x1x3xf32>
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1>, groups = 1 : i64, pad = array<i64: 0, 0>, pad_type = "valid", strides = array<i64: 1>} : (tensor<1x1x5xf32>, tensor<1x1x3xf32>) -> tensor<1x1x3xf32>
  return %0 : tensor<1x1x3xf32>
}

// Same, pad [1, 1]: out[i] = x[i-1] - x[i+1], zeros outside.
// SAME: #0 tensor<1x1x5xf16>: min -2 max 4 mean -0.8 values [-2, -2, -2, -2, 4]
// SAME16: #0 tensor<1x1x5xf16>: min -2 max 4 mean -0.8 values [-2, -2, -2, -2, 4]
func.func @conv1d_same() -> tensor<1x1x5xf16> {
  %x = arith.constant dense<[[[1.0, 2.0, 3.0, 4.0, 5.0]]]> : tensor<1x1x5xf16>
  %w = arith.constant dense<[[[1.0, 0.0, -1.0]]]> : tensor<1x1x3xf16>
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1>, groups = 1 : i64, pad = array<i64: 1, 1>, pad_type = "same", strides = array<i64: 1>} : (tensor<1x1x5xf16>, tensor<1x1x3xf16>) -> tensor<1x1x5xf16>
  return %0 : tensor<1x1x5xf16>
}

// Kernel 2, same: the one pad goes after: out[i] = x[i] + 2 x[i+1].
// SAMEEVEN: #0 tensor<1x1x5xf32>: min 5 max 14 mean 8.6 values [5, 8, 11, 14, 5]
func.func @conv1d_same_even() -> tensor<1x1x5xf32> {
  %x = arith.constant dense<[[[1.0, 2.0, 3.0, 4.0, 5.0]]]> : tensor<1x1x5xf32>
  %w = arith.constant dense<[[[1.0, 2.0]]]> : tensor<1x1x2xf32>
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1>, groups = 1 : i64, pad = array<i64: 0, 1>, pad_type = "same", strides = array<i64: 1>} : (tensor<1x1x5xf32>, tensor<1x1x2xf32>) -> tensor<1x1x5xf32>
  return %0 : tensor<1x1x5xf32>
}

// Kernel 2, same_lower: the one pad goes before: out[i] = x[i-1] + 2 x[i].
// LOWER: #0 tensor<1x1x5xf32>: min 2 max 14 mean 8 values [2, 5, 8, 11, 14]
func.func @conv1d_same_lower() -> tensor<1x1x5xf32> {
  %x = arith.constant dense<[[[1.0, 2.0, 3.0, 4.0, 5.0]]]> : tensor<1x1x5xf32>
  %w = arith.constant dense<[[[1.0, 2.0]]]> : tensor<1x1x2xf32>
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1>, groups = 1 : i64, pad = array<i64: 1, 0>, pad_type = "same_lower", strides = array<i64: 1>} : (tensor<1x1x5xf32>, tensor<1x1x2xf32>) -> tensor<1x1x5xf32>
  return %0 : tensor<1x1x5xf32>
}

// x = [1..7], w = [1, 1], dilation 2 (taps 2 apart), stride 2:
// out[o] = x[2o] + x[2o+2]; (7 - 3) / 2 + 1 = 3 outputs.
// SD: #0 tensor<1x1x3xf32>: min 4 max 12 mean 8 values [4, 8, 12]
func.func @conv1d_stride_dilation() -> tensor<1x1x3xf32> {
  %x = arith.constant dense<[[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]]]> : tensor<1x1x7xf32>
  %w = arith.constant dense<[[[1.0, 1.0]]]> : tensor<1x1x2xf32>
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 2>, groups = 1 : i64, pad = array<i64: 0, 0>, pad_type = "valid", strides = array<i64: 2>} : (tensor<1x1x7xf32>, tensor<1x1x2xf32>) -> tensor<1x1x3xf32>
  return %0 : tensor<1x1x3xf32>
}

// groups = 2, one channel each: channel 0 [[1,2],[3,4]] * ones + 10 = 20;
// channel 1 [[5,6],[7,8]] * [[1,0],[0,-1]] + 20 = 5 - 8 + 20 = 17.
// DW: #0 tensor<1x2x1x1xf32>: min 17 max 20 mean 18.5 values [20, 17]
func.func @conv2d_depthwise_bias() -> tensor<1x2x1x1xf32> {
  %x = arith.constant dense<[[[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]]]> : tensor<1x2x2x2xf32>
  %w = arith.constant dense<[[[[1.0, 1.0], [1.0, 1.0]]], [[[1.0, 0.0], [0.0, -1.0]]]]> : tensor<2x1x2x2xf32>
  %b = arith.constant dense<[10.0, 20.0]> : tensor<2xf32>
  %0 = "ane.conv"(%x, %w, %b) {dilations = array<i64: 1, 1>, groups = 2 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x2x2x2xf32>, tensor<2x1x2x2xf32>, tensor<2xf32>) -> tensor<1x2x1x1xf32>
  return %0 : tensor<1x2x1x1xf32>
}

// The ANE's linear layer: x [1, C=3, 1, S=2], w [2, 3, 1, 1]:
// out channel 0 = x0 - x2 = [-4, -4]; channel 1 = (x0+x1+x2)/2 = [4.5, 6].
// ONE: #0 tensor<1x2x1x2xf32>: min -4 max 6 mean 0.625 values [-4, -4, 4.5, 6]
func.func @conv2d_1x1() -> tensor<1x2x1x2xf32> {
  %x = arith.constant dense<[[[[1.0, 2.0]], [[3.0, 4.0]], [[5.0, 6.0]]]]> : tensor<1x3x1x2xf32>
  %w = arith.constant dense<[[[[1.0]], [[0.0]], [[-1.0]]], [[[0.5]], [[0.5]], [[0.5]]]]> : tensor<2x3x1x1xf32>
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x3x1x2xf32>, tensor<2x3x1x1xf32>) -> tensor<1x2x1x2xf32>
  return %0 : tensor<1x2x1x2xf32>
}

// Custom pad [top 1, bottom 0, left 0, right 1] around [[1,2],[3,4]], w = 2:
// rows [0,0,0], [2,4,0], [6,8,0].
// CUSTOM: #0 tensor<1x1x3x3xf32>: min 0 max 8 mean 2.22222 values [0, 0, 0, 2, 4, 0, 6, 8, 0]
func.func @conv2d_custom_pad() -> tensor<1x1x3x3xf32> {
  %x = arith.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]]]> : tensor<1x1x2x2xf32>
  %w = arith.constant dense<[[[[2.0]]]]> : tensor<1x1x1x1xf32>
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 1, 0, 0, 1>, pad_type = "custom", strides = array<i64: 1, 1>} : (tensor<1x1x2x2xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// Three spatial dims, batch 2: each output is the sum of x[n, 0, :, 0, 0]
// weighted [1, 10]: 3 + 40 = 43 and -1 + 20 = 19.
// C3D: #0 tensor<2x1x1x1x1xf32>: min 19 max 43 mean 31 values [43, 19]
func.func @conv3d() -> tensor<2x1x1x1x1xf32> {
  %x = arith.constant dense<[[[[[3.0]], [[4.0]]]], [[[[-1.0]], [[2.0]]]]]> : tensor<2x1x2x1x1xf32>
  %w = arith.constant dense<[[[[[1.0]], [[10.0]]]]]> : tensor<1x1x2x1x1xf32>
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1, 1>} : (tensor<2x1x2x1x1xf32>, tensor<1x1x2x1x1xf32>) -> tensor<2x1x1x1x1xf32>
  return %0 : tensor<2x1x1x1x1xf32>
}
