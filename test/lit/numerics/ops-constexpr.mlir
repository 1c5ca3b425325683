// Hand-computed values for ane.constexpr_affine_dequantize:
// (quantized_data - zero_point) * scale, per channel along axis, under both
// numerics, and the same weights as a plain constant feeding a conv.
// RUN: ane-run %s --func=per_channel --print-values=100 | FileCheck %s --check-prefix=CHANNEL
// RUN: ane-run %s --func=scalar_uint8 --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=SCALAR
// RUN: ane-run %s --func=conv_compressed --compare --compare-func=conv_dense --atol=0 --tol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=conv_compressed --numerics=ane-fp16 --compare --compare-func=conv_dense --compare-numerics=ane-fp16 --atol=0 --tol=0 | FileCheck %s --check-prefix=SAME

// Axis 0: row 0 (-2, 0, 2) * 0.5, row 1 (1, 2, 3) - 1 then * 2.
// CHANNEL: #0 tensor<2x3xf32>: min -1 max 4 mean 1 values [-1, 0, 1, 0, 2, 4]
func.func @per_channel() -> tensor<2x3xf32> {
  %0 = "ane.constexpr_affine_dequantize"() {axis = 0 : i64, quantized_data = dense<[[-2, 0, 2], [1, 2, 3]]> : tensor<2x3xi8>, scale = dense<[0.5, 2.0]> : tensor<2xf32>, zero_point = dense<[0, 1]> : tensor<2xi8>} : () -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// uint8 around 128 with one scale: (0, 128, 255) -> (-128, 0, 127) / 8.
// SCALAR: #0 tensor<3xf16>: min -16 max 15.875 mean -0.0416667 values [-16, 0, 15.875]
func.func @scalar_uint8() -> tensor<3xf16> {
  %0 = "ane.constexpr_affine_dequantize"() {axis = 0 : i64, quantized_data = dense<[0, 128, 255]> : tensor<3xui8>, scale = 1.250000e-01 : f16, zero_point = 128 : ui8} : () -> tensor<3xf16>
  return %0 : tensor<3xf16>
}

// SAME: #0 max_abs_err 0.000e+00 max_rel_err 0.000e+00
func.func @conv_compressed(%x: tensor<1x2x1x4xf16>) -> tensor<1x2x1x4xf16> {
  %w = "ane.constexpr_affine_dequantize"() {axis = 0 : i64, quantized_data = dense<[[[[3]], [[-5]]], [[[7]], [[127]]]]> : tensor<2x2x1x1xi8>, scale = dense<[2.500000e-01, 1.250000e-01]> : tensor<2xf16>, zero_point = 0 : i8} : () -> tensor<2x2x1x1xf16>
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x2x1x4xf16>, tensor<2x2x1x1xf16>) -> tensor<1x2x1x4xf16>
  return %0 : tensor<1x2x1x4xf16>
}

func.func @conv_dense(%x: tensor<1x2x1x4xf16>) -> tensor<1x2x1x4xf16> {
  %w = arith.constant dense<[[[[0.75]], [[-1.25]]], [[[0.875]], [[15.875]]]]> : tensor<2x2x1x1xf16>
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x2x1x4xf16>, tensor<2x2x1x1xf16>) -> tensor<1x2x1x4xf16>
  return %0 : tensor<1x2x1x4xf16>
}
