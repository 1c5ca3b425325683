// The rules of the comparisons, the logical ops, ane.select and ane.clip,
// and where i1 is refused: one split per rule, each with the exact message.
// RUN: ane-opt %s --split-input-file --verify-diagnostics

func.func @compare_result(%x: tensor<4xf16>, %y: tensor<4xf16>) -> tensor<4xf16> {
  // expected-error@+1 {{'ane.less' op result element type must be i1, got f16}}
  %0 = "ane.less"(%x, %y) : (tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @compare_mixed(%x: tensor<4xf16>, %y: tensor<4xf32>) -> tensor<4xi1> {
  // expected-error@+1 {{'ane.equal' op operand element types f16 and f32 differ}}
  %0 = "ane.equal"(%x, %y) : (tensor<4xf16>, tensor<4xf32>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

func.func @compare_bools(%x: tensor<4xi1>, %y: tensor<4xi1>) -> tensor<4xi1> {
  // expected-error@+1 {{'ane.greater' op x element type must be f16, f32 or i32, got i1}}
  %0 = "ane.greater"(%x, %y) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

func.func @compare_broadcast(%x: tensor<4xf16>, %y: tensor<3xf16>) -> tensor<4xi1> {
  // expected-error@+1 {{'ane.not_equal' op operands of shapes [4] and [3] are not broadcast-compatible}}
  %0 = "ane.not_equal"(%x, %y) : (tensor<4xf16>, tensor<3xf16>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

func.func @logical_float(%x: tensor<4xf16>, %y: tensor<4xi1>) -> tensor<4xi1> {
  // expected-error@+1 {{'ane.logical_and' op x element type must be i1, got f16}}
  %0 = "ane.logical_and"(%x, %y) : (tensor<4xf16>, tensor<4xi1>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

func.func @logical_result(%x: tensor<4xi1>) -> tensor<4xi32> {
  // expected-error@+1 {{'ane.logical_not' op result element type must be i1, got i32}}
  %0 = "ane.logical_not"(%x) : (tensor<4xi1>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

func.func @select_cond(%c: tensor<4xf16>, %a: tensor<4xf16>) -> tensor<4xf16> {
  // expected-error@+1 {{'ane.select' op cond element type must be i1, got f16}}
  %0 = "ane.select"(%c, %a, %a) : (tensor<4xf16>, tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @select_types(%c: tensor<4xi1>, %a: tensor<4xf16>, %b: tensor<4xf32>) -> tensor<4xf16> {
  // expected-error@+1 {{'ane.select' op b element type f32 does not match a's f16}}
  %0 = "ane.select"(%c, %a, %b) : (tensor<4xi1>, tensor<4xf16>, tensor<4xf32>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @select_result(%c: tensor<4xi1>, %a: tensor<4xf16>) -> tensor<4xf32> {
  // expected-error@+1 {{'ane.select' op result element type f32 does not match a's f16}}
  %0 = "ane.select"(%c, %a, %a) : (tensor<4xi1>, tensor<4xf16>, tensor<4xf16>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @select_broadcast(%c: tensor<3xi1>, %a: tensor<2x4xf16>) -> tensor<2x4xf16> {
  // expected-error@+1 {{'ane.select' op cond, a and b of shapes [3], [2, 4] and [2, 4] are not broadcast-compatible}}
  %0 = "ane.select"(%c, %a, %a) : (tensor<3xi1>, tensor<2x4xf16>, tensor<2x4xf16>) -> tensor<2x4xf16>
  return %0 : tensor<2x4xf16>
}

// -----

func.func @select_shape(%c: tensor<2x1xi1>, %a: tensor<4xf16>) -> tensor<4xf16> {
  // expected-error@+1 {{'ane.select' op result shape [4] does not match expected [2, 4]}}
  %0 = "ane.select"(%c, %a, %a) : (tensor<2x1xi1>, tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @clip_order(%x: tensor<4xf16>) -> tensor<4xf16> {
  // expected-error@+1 {{'ane.clip' op alpha 6 must not be greater than beta 0}}
  %0 = "ane.clip"(%x) {alpha = 6.0 : f32, beta = 0.0 : f32} : (tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @clip_kind(%x: tensor<4xf16>) -> tensor<4xf16> {
  // expected-error@+1 {{'ane.clip' op alpha must be an f32 float attribute, got 0.000000e+00 : f16}}
  %0 = "ane.clip"(%x) {alpha = 0.0 : f16, beta = 6.0 : f32} : (tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @clip_infinite(%x: tensor<4xf16>) -> tensor<4xf16> {
  // expected-error@+1 {{'ane.clip' op beta must be finite, got inf}}
  %0 = "ane.clip"(%x) {alpha = 0.0 : f32, beta = 0x7F800000 : f32} : (tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @bool_refused(%x: tensor<4xi1>) -> tensor<4xi1> {
  // expected-error@+1 {{'ane.add' op x element type must be f16, f32 or i32, got i1}}
  %0 = "ane.add"(%x, %x) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

func.func @bool_refused_float_op(%x: tensor<4xi1>) -> tensor<4xi1> {
  // expected-error@+1 {{'ane.floor' op x element type must be f16 or f32, got i1}}
  %0 = "ane.floor"(%x) : (tensor<4xi1>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}
