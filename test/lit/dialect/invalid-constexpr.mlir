// Every ane.constexpr_affine_dequantize rule of the ANE verifier, one split
// per rule, each with the exact message.
// RUN: ane-opt %s --split-input-file --verify-diagnostics

func.func @data_kind() -> tensor<2xf16> {
  // expected-error@+1 {{'ane.constexpr_affine_dequantize' op quantized_data must be a dense tensor of i8 or ui8, got dense<[1, 2]> : tensor<2xi32>}}
  %0 = "ane.constexpr_affine_dequantize"() {axis = 0 : i64, quantized_data = dense<[1, 2]> : tensor<2xi32>, scale = 1.0 : f16, zero_point = 0 : i8} : () -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

func.func @data_shape() -> tensor<3xf16> {
  // expected-error@+1 {{'ane.constexpr_affine_dequantize' op quantized_data type tensor<2xi8> does not match the static result shape [3]}}
  %0 = "ane.constexpr_affine_dequantize"() {axis = 0 : i64, quantized_data = dense<[1, 2]> : tensor<2xi8>, scale = 1.0 : f16, zero_point = 0 : i8} : () -> tensor<3xf16>
  return %0 : tensor<3xf16>
}

// -----

func.func @axis_range() -> tensor<2xf16> {
  // expected-error@+1 {{'ane.constexpr_affine_dequantize' op axis 1 is out of range for rank 1}}
  %0 = "ane.constexpr_affine_dequantize"() {axis = 1 : i64, quantized_data = dense<[1, 2]> : tensor<2xi8>, scale = 1.0 : f16, zero_point = 0 : i8} : () -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

func.func @scale_type() -> tensor<2xf16> {
  // expected-error@+1 {{'ane.constexpr_affine_dequantize' op scale must be a f16 scalar or dense tensor, got 1.000000e+00 : f32}}
  %0 = "ane.constexpr_affine_dequantize"() {axis = 0 : i64, quantized_data = dense<[1, 2]> : tensor<2xi8>, scale = 1.0 : f32, zero_point = 0 : i8} : () -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

func.func @scale_channels() -> tensor<2x3xf16> {
  // expected-error@+1 {{'ane.constexpr_affine_dequantize' op scale must be a scalar or have shape [2] (result dim 0), got tensor<3xf16>}}
  %0 = "ane.constexpr_affine_dequantize"() {axis = 0 : i64, quantized_data = dense<1> : tensor<2x3xi8>, scale = dense<1.0> : tensor<3xf16>, zero_point = 0 : i8} : () -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

func.func @zero_point_type() -> tensor<2xf16> {
  // expected-error@+1 {{'ane.constexpr_affine_dequantize' op zero_point must be a i8 scalar or dense tensor, got 0 : ui8}}
  %0 = "ane.constexpr_affine_dequantize"() {axis = 0 : i64, quantized_data = dense<[1, 2]> : tensor<2xi8>, scale = 1.0 : f16, zero_point = 0 : ui8} : () -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

func.func @zero_point_rank(%x: tensor<2xf16>) -> tensor<2x3xf16> {
  // expected-error@+1 {{'ane.constexpr_affine_dequantize' op zero_point must be a scalar or have shape [3] (result dim 1), got tensor<2x3xi8>}}
  %0 = "ane.constexpr_affine_dequantize"() {axis = -1 : i64, quantized_data = dense<1> : tensor<2x3xi8>, scale = 1.0 : f16, zero_point = dense<0> : tensor<2x3xi8>} : () -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

func.func @missing_scale() -> tensor<2xf16> {
  // expected-error@+1 {{'ane.constexpr_affine_dequantize' op attribute "scale" is expected but not provided}}
  %0 = "ane.constexpr_affine_dequantize"() {axis = 0 : i64, quantized_data = dense<[1, 2]> : tensor<2xi8>, zero_point = 0 : i8} : () -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

func.func @operand(%x: tensor<2xi8>) -> tensor<2xf16> {
  // expected-error@+1 {{op expects exactly 0 operands, but got 1}}
  %0 = "ane.constexpr_affine_dequantize"(%x) {axis = 0 : i64, quantized_data = dense<[1, 2]> : tensor<2xi8>, scale = 1.0 : f16, zero_point = 0 : i8} : (tensor<2xi8>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}
