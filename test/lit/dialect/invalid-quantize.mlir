// Every ane.quantize / ane.dequantize rule of the ANE verifier, one split
// per rule, each with the exact message.
// RUN: ane-opt %s --split-input-file --verify-diagnostics

func.func @quantize_input_i32(%x: tensor<2xi32>) -> tensor<2xi8> {
  // expected-error@+1 {{'ane.quantize' op input element type must be f16, f32, i8 or ui8, got i32}}
  %0 = "ane.quantize"(%x) {axis = 0 : i64, scale = 5.0e-01 : f16, zero_point = 0 : i8} : (tensor<2xi32>) -> tensor<2xi8>
  return %0 : tensor<2xi8>
}

// -----

func.func @quantize_result_si8(%x: tensor<2xf16>) -> tensor<2xsi8> {
  // expected-error@+1 {{'ane.quantize' op result element type must be f16, f32, i8 or ui8, got si8}}
  %0 = "ane.quantize"(%x) {axis = 0 : i64, scale = 5.0e-01 : f16, zero_point = 0 : si8} : (tensor<2xf16>) -> tensor<2xsi8>
  return %0 : tensor<2xsi8>
}

// -----

func.func @quantize_input_i8(%x: tensor<2xi8>) -> tensor<2xi8> {
  // expected-error@+1 {{'ane.quantize' op input element type must be f16 or f32, got i8}}
  %0 = "ane.quantize"(%x) {axis = 0 : i64, scale = 5.0e-01 : f16, zero_point = 0 : i8} : (tensor<2xi8>) -> tensor<2xi8>
  return %0 : tensor<2xi8>
}

// -----

func.func @quantize_result_float(%x: tensor<2xf16>) -> tensor<2xf16> {
  // expected-error@+1 {{'ane.quantize' op result element type must be i8 or ui8, got f16}}
  %0 = "ane.quantize"(%x) {axis = 0 : i64, scale = 5.0e-01 : f16, zero_point = 0 : i8} : (tensor<2xf16>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

func.func @dequantize_input_float(%x: tensor<2xf16>) -> tensor<2xf16> {
  // expected-error@+1 {{'ane.dequantize' op input element type must be i8 or ui8, got f16}}
  %0 = "ane.dequantize"(%x) {axis = 0 : i64, scale = 5.0e-01 : f16, zero_point = 0 : i8} : (tensor<2xf16>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

func.func @dequantize_result_i8(%x: tensor<2xui8>) -> tensor<2xi8> {
  // expected-error@+1 {{'ane.dequantize' op result element type must be f16 or f32, got i8}}
  %0 = "ane.dequantize"(%x) {axis = 0 : i64, scale = 5.0e-01 : f16, zero_point = 0 : ui8} : (tensor<2xui8>) -> tensor<2xi8>
  return %0 : tensor<2xi8>
}

// -----

func.func @result_shape(%x: tensor<2xf16>) -> tensor<4xi8> {
  // expected-error@+1 {{'ane.quantize' op result shape [4] does not match input shape [2]}}
  %0 = "ane.quantize"(%x) {axis = 0 : i64, scale = 5.0e-01 : f16, zero_point = 0 : i8} : (tensor<2xf16>) -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @axis_range(%x: tensor<2x3xi8>) -> tensor<2x3xf16> {
  // expected-error@+1 {{'ane.dequantize' op axis -3 is out of range for rank 2}}
  %0 = "ane.dequantize"(%x) {axis = -3 : i64, scale = dense<[1.0, 2.0, 4.0]> : tensor<3xf16>, zero_point = 0 : i8} : (tensor<2x3xi8>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

func.func @scale_type(%x: tensor<2xf16>) -> tensor<2xi8> {
  // expected-error@+1 {{'ane.quantize' op scale must be a f16 scalar or dense tensor, got 5.000000e-01 : f32}}
  %0 = "ane.quantize"(%x) {axis = 0 : i64, scale = 5.0e-01 : f32, zero_point = 0 : i8} : (tensor<2xf16>) -> tensor<2xi8>
  return %0 : tensor<2xi8>
}

// -----

func.func @dequantize_scale_type(%x: tensor<2xi8>) -> tensor<2xf32> {
  // expected-error@+1 {{'ane.dequantize' op scale must be a f32 scalar or dense tensor, got 5.000000e-01 : f16}}
  %0 = "ane.dequantize"(%x) {axis = 0 : i64, scale = 5.0e-01 : f16, zero_point = 0 : i8} : (tensor<2xi8>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @zero_point_type(%x: tensor<2xf16>) -> tensor<2xi8> {
  // expected-error@+1 {{'ane.quantize' op zero_point must be a i8 scalar or dense tensor, got 0 : ui8}}
  %0 = "ane.quantize"(%x) {axis = 0 : i64, scale = 5.0e-01 : f16, zero_point = 0 : ui8} : (tensor<2xf16>) -> tensor<2xi8>
  return %0 : tensor<2xi8>
}

// -----

func.func @scale_shape(%x: tensor<2x2xf16>) -> tensor<2x2xi8> {
  // expected-error@+1 {{'ane.quantize' op scale must be a scalar or have shape [2] (result dim 1), got tensor<3xf16>}}
  %0 = "ane.quantize"(%x) {axis = 1 : i64, scale = dense<[1.0, 2.0, 4.0]> : tensor<3xf16>, zero_point = 0 : i8} : (tensor<2x2xf16>) -> tensor<2x2xi8>
  return %0 : tensor<2x2xi8>
}

// -----

func.func @zero_point_vector_scalar_scale(%x: tensor<2xf16>) -> tensor<2xi8> {
  // expected-error@+1 {{'ane.quantize' op zero_point must be a scalar when scale is one, got dense<[0, 1]> : tensor<2xi8>}}
  %0 = "ane.quantize"(%x) {axis = 0 : i64, scale = 5.0e-01 : f16, zero_point = dense<[0, 1]> : tensor<2xi8>} : (tensor<2xf16>) -> tensor<2xi8>
  return %0 : tensor<2xi8>
}

// -----

func.func @zero_point_scalar_channel_scale(%x: tensor<2xf16>) -> tensor<2xi8> {
  // expected-error@+1 {{'ane.quantize' op zero_point must have shape [2] like scale, or be 0, got 1 : i8}}
  %0 = "ane.quantize"(%x) {axis = 0 : i64, scale = dense<[5.0e-01, 1.0]> : tensor<2xf16>, zero_point = 1 : i8} : (tensor<2xf16>) -> tensor<2xi8>
  return %0 : tensor<2xi8>
}

// -----

func.func @axis_with_scalar_scale(%x: tensor<2x2xf16>) -> tensor<2x2xi8> {
  // expected-error@+1 {{'ane.quantize' op axis must be 0 when scale is a scalar (MIL takes no axis then), got 1}}
  %0 = "ane.quantize"(%x) {axis = 1 : i64, scale = 5.0e-01 : f16, zero_point = 0 : i8} : (tensor<2x2xf16>) -> tensor<2x2xi8>
  return %0 : tensor<2x2xi8>
}

// -----

func.func @scale_zero(%x: tensor<2xf16>) -> tensor<2xi8> {
  // expected-error@+1 {{'ane.quantize' op scale must be finite and nonzero, got dense<[5.000000e-01, 0.000000e+00]> : tensor<2xf16>}}
  %0 = "ane.quantize"(%x) {axis = 0 : i64, scale = dense<[5.0e-01, 0.0]> : tensor<2xf16>, zero_point = 0 : i8} : (tensor<2xf16>) -> tensor<2xi8>
  return %0 : tensor<2xi8>
}

// -----

func.func @dequantize_scale_inf(%x: tensor<2xui8>) -> tensor<2xf32> {
  // expected-error@+1 {{'ane.dequantize' op scale must be finite, got 0x7F800000 : f32}}
  %0 = "ane.dequantize"(%x) {axis = 0 : i64, scale = 0x7F800000 : f32, zero_point = 0 : ui8} : (tensor<2xui8>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// A zero scale is allowed where nothing divides by it.
func.func @dequantize_scale_zero(%x: tensor<2xi8>) -> tensor<2xf16> {
  %0 = "ane.dequantize"(%x) {axis = 0 : i64, scale = 0.0 : f16, zero_point = 0 : i8} : (tensor<2xi8>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

func.func @pad_i8(%x: tensor<2xi8>) -> tensor<4xi8> {
  // expected-error@+1 {{'ane.pad' op x element type must be f16 or f32, got i8}}
  %0 = "ane.pad"(%x) {pad = array<i64: 1, 1>, mode = "constant", constant_val = 0.0 : f32} : (tensor<2xi8>) -> tensor<4xi8>
  return %0 : tensor<4xi8>
}

// -----

func.func @add_i8(%x: tensor<2xi8>) -> tensor<2xi8> {
  // expected-error@+1 {{'ane.add' op x element type must be f16, f32 or i32, got i8}}
  %0 = "ane.add"(%x, %x) : (tensor<2xi8>, tensor<2xi8>) -> tensor<2xi8>
  return %0 : tensor<2xi8>
}
