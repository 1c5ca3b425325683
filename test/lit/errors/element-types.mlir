// Error corpus: element types. ANE computes in f16 (f32 is accepted for
// reference graphs); integer tensors only where an op allows i32.
// RUN: ane-opt %s --split-input-file --verify-diagnostics
// RUN: %python %S/Inputs/each_case_fails.py %s

func.func @relu_i32(%x: tensor<4x8xi32>) -> tensor<4x8xi32> {
  // expected-error@+1 {{'ane.relu' op x element type must be f16 or f32, got i32}}
  %0 = "ane.relu"(%x) : (tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// -----

func.func @rms_norm_i32(%x: tensor<4x8xi32>) -> tensor<4x8xi32> {
  // expected-error@+1 {{'ane.rms_norm' op x element type must be f16 or f32, got i32}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xi32>) -> tensor<4x8xi32>
  return %0 : tensor<4x8xi32>
}

// -----

func.func @softmax_i16(%x: tensor<4x8xi16>) -> tensor<4x8xi16> {
  // expected-error@+1 {{'ane.softmax' op x element type must be f16 or f32, got i16}}
  %0 = "ane.softmax"(%x) {axis = -1 : i64} : (tensor<4x8xi16>) -> tensor<4x8xi16>
  return %0 : tensor<4x8xi16>
}

// -----

func.func @layer_norm_i8(%x: tensor<4x8xi8>, %g: tensor<8xi8>, %b: tensor<8xi8>) -> tensor<4x8xi8> {
  // expected-error@+1 {{'ane.layer_norm' op x element type must be f16 or f32, got i8}}
  %0 = "ane.layer_norm"(%x, %g, %b) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xi8>, tensor<8xi8>, tensor<8xi8>) -> tensor<4x8xi8>
  return %0 : tensor<4x8xi8>
}

// -----

func.func @reduce_l2_norm_i32(%x: tensor<4x8xi32>) -> tensor<4x1xi32> {
  // expected-error@+1 {{'ane.reduce_l2_norm' op x element type must be f16 or f32, got i32}}
  %0 = "ane.reduce_l2_norm"(%x) {axes = array<i64: 1>, keep_dims = true} : (tensor<4x8xi32>) -> tensor<4x1xi32>
  return %0 : tensor<4x1xi32>
}

// -----

func.func @real_div_i32(%x: tensor<4xi32>, %y: tensor<4xi32>) -> tensor<4xi32> {
  // expected-error@+1 {{'ane.real_div' op x element type must be f16 or f32, got i32}}
  %0 = "ane.real_div"(%x, %y) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

func.func @add_i1(%x: tensor<4xi1>, %y: tensor<4xi1>) -> tensor<4xi1> {
  // expected-error@+1 {{'ane.add' op x element type must be f16, f32 or i32, got i1}}
  %0 = "ane.add"(%x, %y) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

func.func @matmul_f64(%x: tensor<4x8xf64>, %y: tensor<8x3xf64>) -> tensor<4x3xf64> {
  // expected-error@+1 {{'ane.matmul' op x element type must be f16 or f32, got f64}}
  %0 = "ane.matmul"(%x, %y) {transpose_x = false, transpose_y = false} : (tensor<4x8xf64>, tensor<8x3xf64>) -> tensor<4x3xf64>
  return %0 : tensor<4x3xf64>
}

// -----

func.func @gelu_bf16(%x: tensor<4xbf16>) -> tensor<4xbf16> {
  // expected-error@+1 {{'ane.gelu' op x element type must be f16 or f32, got bf16}}
  %0 = "ane.gelu"(%x) {mode = "EXACT"} : (tensor<4xbf16>) -> tensor<4xbf16>
  return %0 : tensor<4xbf16>
}

// -----

func.func @complex(%x: tensor<4xcomplex<f32>>) -> tensor<4xcomplex<f32>> {
  // expected-error@+1 {{'ane.exp' op x element type must be f16 or f32, got complex<f32>}}
  %0 = "ane.exp"(%x) : (tensor<4xcomplex<f32>>) -> tensor<4xcomplex<f32>>
  return %0 : tensor<4xcomplex<f32>>
}

// -----

func.func @index(%x: tensor<4xindex>) -> tensor<4xindex> {
  // expected-error@+1 {{'ane.abs' op x element type must be f16, f32 or i32, got index}}
  %0 = "ane.abs"(%x) : (tensor<4xindex>) -> tensor<4xindex>
  return %0 : tensor<4xindex>
}

// -----

func.func @mixed_operands(%x: tensor<4xf16>, %y: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'ane.mul' op operand element types f16 and f32 differ}}
  %0 = "ane.mul"(%x, %y) : (tensor<4xf16>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @result_type_differs(%x: tensor<4xf16>) -> tensor<4xf32> {
  // expected-error@+1 {{'ane.tanh' op result element type f32 does not match operand element type f16}}
  %0 = "ane.tanh"(%x) : (tensor<4xf16>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @cast_to_f64(%x: tensor<4xf16>) -> tensor<4xf64> {
  // expected-error@+1 {{'ane.cast' op result element type must be f16, f32, i32, i8, ui8 or i1, got f64}}
  %0 = "ane.cast"(%x) : (tensor<4xf16>) -> tensor<4xf64>
  return %0 : tensor<4xf64>
}
