// Every rule of the ANE verifier (lib/dialect/verifier.c) that IRDL cannot
// express, one split per rule, each with the exact message. Rules are checked
// in order (tensor types, element types, attributes, shapes) and each bad op
// gets exactly one error.
//
// Concat: IRDL 22 binds a variadic operand's constraint to its first
// element, so ane.concat's `xs` (every operand after the first) share one
// type and the parser rejects them otherwise; the first operand against
// the others is the verifier's (ranks, element types, non-axis dims).
// RUN: ane-opt %s --split-input-file --verify-diagnostics

// rank above 5
func.func @f(%x: tensor<1x1x1x1x1x2xf16>) {
  // expected-error@+1 {{'ane.relu' op x must have rank 1..5, got rank 6}}
  %0 = "ane.relu"(%x) : (tensor<1x1x1x1x1x2xf16>) -> tensor<1x1x1x1x1x2xf16>
  return
}

// -----

// rank-0 operand
func.func @f(%x: tensor<f16>) {
  // expected-error@+1 {{'ane.exp' op x must have rank 1..5, got rank 0}}
  %0 = "ane.exp"(%x) : (tensor<f16>) -> tensor<f16>
  return
}

// -----

// rank-0 result
func.func @f(%x: tensor<1xf16>) {
  // expected-error@+1 {{'ane.exp' op result must have rank 1..5, got rank 0}}
  %0 = "ane.exp"(%x) : (tensor<1xf16>) -> tensor<f16>
  return
}

// -----

// rank of a non-first operand
func.func @f(%x: tensor<4xf16>, %y: tensor<1x1x1x1x1x4xf16>) {
  // expected-error@+1 {{'ane.add' op y must have rank 1..5, got rank 6}}
  %0 = "ane.add"(%x, %y) : (tensor<4xf16>, tensor<1x1x1x1x1x4xf16>) -> tensor<1x1x1x1x1x4xf16>
  return
}

// -----

// zero-size dim
func.func @f(%x: tensor<4x0xf16>) {
  // expected-error@+1 {{'ane.sigmoid' op x dims must be positive, got [4, 0]}}
  %0 = "ane.sigmoid"(%x) : (tensor<4x0xf16>) -> tensor<4x0xf16>
  return
}

// -----

// zero-size dim in the result only
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.reshape' op result dims must be positive, got [0, 8]}}
  %0 = "ane.reshape"(%x) {shape = array<i64: 0, 8>} : (tensor<4x8xf16>) -> tensor<0x8xf16>
  return
}

// -----

// dim above 2^31-1
func.func @f(%x: tensor<2147483648xf16>) {
  // expected-error@+1 {{'ane.tanh' op x dims must be at most 2147483647, got [2147483648]}}
  %0 = "ane.tanh"(%x) : (tensor<2147483648xf16>) -> tensor<2147483648xf16>
  return
}

// -----

// f64 element type
func.func @f(%x: tensor<4xf64>) {
  // expected-error@+1 {{'ane.silu' op x element type must be f16 or f32, got f64}}
  %0 = "ane.silu"(%x) : (tensor<4xf64>) -> tensor<4xf64>
  return
}

// -----

// i32 on an op without integer support
func.func @f(%x: tensor<4xi32>) {
  // expected-error@+1 {{'ane.relu' op x element type must be f16 or f32, got i32}}
  %0 = "ane.relu"(%x) : (tensor<4xi32>) -> tensor<4xi32>
  return
}

// -----

// i8 on an op with integer support
func.func @f(%x: tensor<4xi8>, %y: tensor<4xi8>) {
  // expected-error@+1 {{'ane.add' op x element type must be f16, f32 or i32, got i8}}
  %0 = "ane.add"(%x, %y) : (tensor<4xi8>, tensor<4xi8>) -> tensor<4xi8>
  return
}

// -----

// signed si32 is not i32
func.func @f(%x: tensor<4xsi32>) {
  // expected-error@+1 {{'ane.abs' op x element type must be f16, f32 or i32, got si32}}
  %0 = "ane.abs"(%x) : (tensor<4xsi32>) -> tensor<4xsi32>
  return
}

// -----

// i32 on real_div
func.func @f(%x: tensor<4xi32>, %y: tensor<4xi32>) {
  // expected-error@+1 {{'ane.real_div' op x element type must be f16 or f32, got i32}}
  %0 = "ane.real_div"(%x, %y) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return
}

// -----

// i32 on a float-only reduction
func.func @f(%x: tensor<4x8xi32>) {
  // expected-error@+1 {{'ane.reduce_l2_norm' op x element type must be f16 or f32, got i32}}
  %0 = "ane.reduce_l2_norm"(%x) {axes = array<i64: 1>, keep_dims = true} : (tensor<4x8xi32>) -> tensor<4x1xi32>
  return
}

// -----

// operand element types differ
func.func @f(%x: tensor<4xf16>, %y: tensor<4xf32>) {
  // expected-error@+1 {{'ane.add' op operand element types f16 and f32 differ}}
  %0 = "ane.add"(%x, %y) : (tensor<4xf16>, tensor<4xf32>) -> tensor<4xf16>
  return
}

// -----

// result element type differs
func.func @f(%x: tensor<4xf16>) {
  // expected-error@+1 {{'ane.sqrt' op result element type f32 does not match operand element type f16}}
  %0 = "ane.sqrt"(%x) : (tensor<4xf16>) -> tensor<4xf32>
  return
}

// -----

// gamma element type differs from x
func.func @f(%x: tensor<4x8xf16>, %g: tensor<8xf32>) {
  // expected-error@+1 {{'ane.rms_norm' op operand element types f16 and f32 differ}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf32>) -> tensor<4x8xf16>
  return
}

// -----

// cast: f64 input
func.func @f(%x: tensor<4xf64>) {
  // expected-error@+1 {{'ane.cast' op x element type must be f16, f32, i32, i8, ui8 or i1, got f64}}
  %0 = "ane.cast"(%x) : (tensor<4xf64>) -> tensor<4xf16>
  return
}

// -----

// cast: bf16 result
func.func @f(%x: tensor<4xf16>) {
  // expected-error@+1 {{'ane.cast' op result element type must be f16, f32, i32, i8, ui8 or i1, got bf16}}
  %0 = "ane.cast"(%x) : (tensor<4xf16>) -> tensor<4xbf16>
  return
}

// -----

// cast: shape must be kept
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.cast' op result shape [8, 4] does not match x shape [4, 8]}}
  %0 = "ane.cast"(%x) : (tensor<4x8xf16>) -> tensor<8x4xf32>
  return
}

// -----

// norm epsilon negative
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.rms_norm' op epsilon must be finite and > 0, got -1.000000e+00}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = -1.0 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// norm epsilon zero
func.func @f(%x: tensor<4x8xf16>, %g: tensor<8xf16>) {
  // expected-error@+1 {{'ane.layer_norm' op epsilon must be finite and > 0, got 0.000000e+00}}
  %0 = "ane.layer_norm"(%x, %g, %g) {axes = array<i64: -1>, epsilon = 0.0 : f32} : (tensor<4x8xf16>, tensor<8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// norm epsilon NaN
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.l2_norm' op epsilon must be finite and > 0, got nan}}
  %0 = "ane.l2_norm"(%x) {axes = array<i64: -1>, epsilon = 0x7FC00000 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// norm epsilon infinite
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.rms_norm' op epsilon must be finite and > 0, got inf}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 0x7F800000 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// unary epsilon negative (zero is allowed)
func.func @f(%x: tensor<4xf32>) {
  // expected-error@+1 {{'ane.log' op epsilon must be finite and >= 0, got -1.000000e-03}}
  %0 = "ane.log"(%x) {epsilon = -1.0e-03 : f32} : (tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

// unary epsilon infinite
func.func @f(%x: tensor<4xf32>) {
  // expected-error@+1 {{'ane.rsqrt' op epsilon must be finite and >= 0, got -inf}}
  %0 = "ane.rsqrt"(%x) {epsilon = 0xFF800000 : f32} : (tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

// epsilon must be f32
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.rms_norm' op epsilon must be an f32 float attribute, got 5.000000e-01 : f16}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 5.0e-01 : f16} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// epsilon must be f32, not f64
func.func @f(%x: tensor<4xf32>) {
  // expected-error@+1 {{'ane.inverse' op epsilon must be an f32 float attribute, got 1.000000e-04 : f64}}
  %0 = "ane.inverse"(%x) {epsilon = 1.0e-04 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

// axis must be i64, not a bool
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.softmax' op axis must be an i64 integer attribute, got true}}
  %0 = "ane.softmax"(%x) {axis = true} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// a norm's axes must be array<i64>, not array<i32>
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.l2_norm' op axes must be an array<i64>, got array<i32: 1>}}
  %0 = "ane.l2_norm"(%x) {axes = array<i32: 1>, epsilon = 1.0e-12 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// axis must be i64, not index
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.concat' op axis must be an i64 integer attribute, got 1 : index}}
  %0 = "ane.concat"(%x, %x) {axis = 1 : index, interleave = false} : (tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x16xf16>
  return
}

// -----

// axes must be array<i64>
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.reduce_sum' op axes must be an array<i64>, got array<i32: 1>}}
  %0 = "ane.reduce_sum"(%x) {axes = array<i32: 1>, keep_dims = true} : (tensor<4x8xf16>) -> tensor<4x1xf16>
  return
}

// -----

// perm must be array<i64>
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.transpose' op perm must be an array<i64>, got array<i8: 1, 0>}}
  %0 = "ane.transpose"(%x) {perm = array<i8: 1, 0>} : (tensor<4x8xf16>) -> tensor<8x4xf16>
  return
}

// -----

// rms_norm result shape
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.rms_norm' op result shape [4, 4] does not match x shape [4, 8]}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x4xf16>
  return
}

// -----

// rms_norm gamma size
func.func @f(%x: tensor<2x1024xf16>, %g: tensor<512xf16>) {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [512] does not match x shape [2, 1024] at normalized axis 1}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2x1024xf16>, tensor<512xf16>) -> tensor<2x1024xf16>
  return
}

// -----

// rms_norm gamma rank
func.func @f(%x: tensor<4x8xf16>, %g: tensor<1x4x8xf16>) {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [1, 4, 8] has rank 3, more than x's rank 2}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<1x4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// layer_norm gamma size
func.func @f(%x: tensor<4x8xf32>, %g: tensor<4xf32>, %b: tensor<8xf32>) {
  // expected-error@+1 {{'ane.layer_norm' op gamma shape [4] does not match x shape [4, 8] at normalized axis 1}}
  %0 = "ane.layer_norm"(%x, %g, %b) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<4xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return
}

// -----

// layer_norm beta size
func.func @f(%x: tensor<4x8xf32>, %g: tensor<8xf32>, %b: tensor<4xf32>) {
  // expected-error@+1 {{'ane.layer_norm' op beta shape [4] does not match x shape [4, 8] at normalized axis 1}}
  %0 = "ane.layer_norm"(%x, %g, %b) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<4xf32>) -> tensor<4x8xf32>
  return
}

// -----

// layer_norm result shape
func.func @f(%x: tensor<4x8xf32>, %g: tensor<8xf32>) {
  // expected-error@+1 {{'ane.layer_norm' op result shape [8] does not match x shape [4, 8]}}
  %0 = "ane.layer_norm"(%x, %g, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  return
}

// -----

// l2_norm axis out of range
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.l2_norm' op axis 2 is out of range for rank 2}}
  %0 = "ane.l2_norm"(%x) {axes = array<i64: 2>, epsilon = 1.0e-12 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// l2_norm negative axis out of range
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.l2_norm' op axis -3 is out of range for rank 2}}
  %0 = "ane.l2_norm"(%x) {axes = array<i64: -3>, epsilon = 1.0e-12 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// l2_norm result shape
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.l2_norm' op result shape [4, 1] does not match x shape [4, 8]}}
  %0 = "ane.l2_norm"(%x) {axes = array<i64: 1>, epsilon = 1.0e-12 : f32} : (tensor<4x8xf16>) -> tensor<4x1xf16>
  return
}

// -----

// unary result shape
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.square' op result shape [8, 4] does not match x shape [4, 8]}}
  %0 = "ane.square"(%x) : (tensor<4x8xf16>) -> tensor<8x4xf16>
  return
}

// -----

// unary result shape with dynamic dims
func.func @f(%x: tensor<?x8xf16>) {
  // expected-error@+1 {{'ane.exp' op result shape [?, 4] does not match x shape [?, 8]}}
  %0 = "ane.exp"(%x) : (tensor<?x8xf16>) -> tensor<?x4xf16>
  return
}

// -----

// unary-with-epsilon result shape
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.rsqrt' op result shape [4] does not match x shape [4, 8]}}
  %0 = "ane.rsqrt"(%x) {epsilon = 0.0 : f32} : (tensor<4x8xf16>) -> tensor<4xf16>
  return
}

// -----

// gelu mode
func.func @f(%x: tensor<4xf16>) {
  // expected-error@+1 {{'ane.gelu' op mode must be "EXACT" or "TANH_APPROXIMATION", got "FAST"}}
  %0 = "ane.gelu"(%x) {mode = "FAST"} : (tensor<4xf16>) -> tensor<4xf16>
  return
}

// -----

// gelu mode is case-sensitive
func.func @f(%x: tensor<4xf16>) {
  // expected-error@+1 {{'ane.gelu' op mode must be "EXACT" or "TANH_APPROXIMATION", got "exact"}}
  %0 = "ane.gelu"(%x) {mode = "exact"} : (tensor<4xf16>) -> tensor<4xf16>
  return
}

// -----

// softmax axis out of range
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.softmax' op axis 2 is out of range for rank 2}}
  %0 = "ane.softmax"(%x) {axis = 2 : i64} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// softmax result shape
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.softmax' op result shape [4, 1] does not match x shape [4, 8]}}
  %0 = "ane.softmax"(%x) {axis = -1 : i64} : (tensor<4x8xf16>) -> tensor<4x1xf16>
  return
}

// -----

// binary: incompatible shapes
func.func @f(%x: tensor<4x8xf16>, %y: tensor<3xf16>) {
  // expected-error@+1 {{'ane.add' op operands of shapes [4, 8] and [3] are not broadcast-compatible}}
  %0 = "ane.add"(%x, %y) : (tensor<4x8xf16>, tensor<3xf16>) -> tensor<4x8xf16>
  return
}

// -----

// binary: incompatible leading dims
func.func @f(%x: tensor<2x4x8xf32>, %y: tensor<3x1x8xf32>) {
  // expected-error@+1 {{'ane.maximum' op operands of shapes [2, 4, 8] and [3, 1, 8] are not broadcast-compatible}}
  %0 = "ane.maximum"(%x, %y) : (tensor<2x4x8xf32>, tensor<3x1x8xf32>) -> tensor<3x4x8xf32>
  return
}

// -----

// binary: result is not the broadcast shape
func.func @f(%x: tensor<4x1xf16>, %y: tensor<8xf16>) {
  // expected-error@+1 {{'ane.mul' op result shape [4, 1] does not match broadcast shape [4, 8]}}
  %0 = "ane.mul"(%x, %y) : (tensor<4x1xf16>, tensor<8xf16>) -> tensor<4x1xf16>
  return
}

// -----

// binary: result rank
func.func @f(%x: tensor<4x8xf16>, %y: tensor<8xf16>) {
  // expected-error@+1 {{'ane.sub' op result shape [1, 4, 8] does not match broadcast shape [4, 8]}}
  %0 = "ane.sub"(%x, %y) : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<1x4x8xf16>
  return
}

// -----

// binary: dynamic dim resolved by the other operand
func.func @f(%x: tensor<?x8xf16>, %y: tensor<4x1xf16>) {
  // expected-error@+1 {{'ane.pow' op result shape [3, 8] does not match broadcast shape [4, 8]}}
  %0 = "ane.pow"(%x, %y) : (tensor<?x8xf16>, tensor<4x1xf16>) -> tensor<3x8xf16>
  return
}

// -----

// binary: i32 is fine but mixed types are not
func.func @f(%x: tensor<4xi32>, %y: tensor<4xi32>) {
  // expected-error@+1 {{'ane.minimum' op result element type f32 does not match operand element type i32}}
  %0 = "ane.minimum"(%x, %y) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xf32>
  return
}

// -----

// reduction: empty axes
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.reduce_mean' op axes must not be empty}}
  %0 = "ane.reduce_mean"(%x) {axes = array<i64>, keep_dims = true} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// reduction: axis out of range
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.reduce_max' op axis 3 is out of range for rank 2}}
  %0 = "ane.reduce_max"(%x) {axes = array<i64: 3>, keep_dims = true} : (tensor<4x8xf16>) -> tensor<4x1xf16>
  return
}

// -----

// reduction: negative axis out of range
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.reduce_min' op axis -3 is out of range for rank 2}}
  %0 = "ane.reduce_min"(%x) {axes = array<i64: -3>, keep_dims = true} : (tensor<4x8xf16>) -> tensor<4x1xf16>
  return
}

// -----

// reduction: duplicate axes after normalization
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.reduce_l1_norm' op axes contain duplicate axis 1}}
  %0 = "ane.reduce_l1_norm"(%x) {axes = array<i64: 1, -1>, keep_dims = true} : (tensor<4x8xf16>) -> tensor<4x1xf16>
  return
}

// -----

// reduction: full reduction without keep_dims gives rank 0
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.reduce_sum_square' op result would be rank 0: every dim of x [4, 8] is reduced and keep_dims = false}}
  %0 = "ane.reduce_sum_square"(%x) {axes = array<i64: 0, 1>, keep_dims = false} : (tensor<4x8xf16>) -> tensor<f16>
  return
}

// -----

// reduction: full reduction without keep_dims, rank-1 result written
func.func @f(%x: tensor<8xf16>) {
  // expected-error@+1 {{'ane.reduce_log_sum_exp' op result would be rank 0: every dim of x [8] is reduced and keep_dims = false}}
  %0 = "ane.reduce_log_sum_exp"(%x) {axes = array<i64: 0>, keep_dims = false} : (tensor<8xf16>) -> tensor<1xf16>
  return
}

// -----

// reduction: rank-0 result of a partial reduction
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.reduce_sum' op result shape [] does not match expected [4]}}
  %0 = "ane.reduce_sum"(%x) {axes = array<i64: 1>, keep_dims = false} : (tensor<4x8xf16>) -> tensor<f16>
  return
}

// -----

// reduction: keep_dims = true keeps reduced dims as 1
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.reduce_sum' op result shape [4] does not match expected [4, 1]}}
  %0 = "ane.reduce_sum"(%x) {axes = array<i64: 1>, keep_dims = true} : (tensor<4x8xf16>) -> tensor<4xf16>
  return
}

// -----

// reduction: keep_dims = false drops reduced dims
func.func @f(%x: tensor<2x4x8xf32>) {
  // expected-error@+1 {{'ane.reduce_l2_norm' op result shape [1, 4, 1] does not match expected [4]}}
  %0 = "ane.reduce_l2_norm"(%x) {axes = array<i64: 0, 2>, keep_dims = false} : (tensor<2x4x8xf32>) -> tensor<1x4x1xf32>
  return
}

// -----

// matmul: x rank below 2
func.func @f(%x: tensor<8xf16>, %y: tensor<8x4xf16>) {
  // expected-error@+1 {{'ane.matmul' op x must have rank >= 2, got rank 1}}
  %0 = "ane.matmul"(%x, %y) {transpose_x = false, transpose_y = false} : (tensor<8xf16>, tensor<8x4xf16>) -> tensor<4xf16>
  return
}

// -----

// matmul: y rank below 2
func.func @f(%x: tensor<4x8xf16>, %y: tensor<8xf16>) {
  // expected-error@+1 {{'ane.matmul' op y must have rank >= 2, got rank 1}}
  %0 = "ane.matmul"(%x, %y) {transpose_x = false, transpose_y = false} : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4xf16>
  return
}

// -----

// matmul: contracting dims
func.func @f(%x: tensor<4x8xf16>, %y: tensor<4x3xf16>) {
  // expected-error@+1 {{'ane.matmul' op contracting dims do not match: x [4, 8] has K = 8, y [4, 3] has K = 4}}
  %0 = "ane.matmul"(%x, %y) {transpose_x = false, transpose_y = false} : (tensor<4x8xf16>, tensor<4x3xf16>) -> tensor<4x3xf16>
  return
}

// -----

// matmul: contracting dims after transpose_y
func.func @f(%x: tensor<4x8xf16>, %y: tensor<8x3xf16>) {
  // expected-error@+1 {{'ane.matmul' op contracting dims do not match: x [4, 8] has K = 8, y [8, 3] has K = 3}}
  %0 = "ane.matmul"(%x, %y) {transpose_x = false, transpose_y = true} : (tensor<4x8xf16>, tensor<8x3xf16>) -> tensor<4x8xf16>
  return
}

// -----

// matmul: contracting dims after transpose_x
func.func @f(%x: tensor<4x8xf16>, %y: tensor<8x3xf16>) {
  // expected-error@+1 {{'ane.matmul' op contracting dims do not match: x [4, 8] has K = 4, y [8, 3] has K = 8}}
  %0 = "ane.matmul"(%x, %y) {transpose_x = true, transpose_y = false} : (tensor<4x8xf16>, tensor<8x3xf16>) -> tensor<8x3xf16>
  return
}

// -----

// matmul: batch dims
func.func @f(%x: tensor<2x4x8xf16>, %y: tensor<3x8x4xf16>) {
  // expected-error@+1 {{'ane.matmul' op batch dims [2] of x and [3] of y are not broadcast-compatible}}
  %0 = "ane.matmul"(%x, %y) {transpose_x = false, transpose_y = false} : (tensor<2x4x8xf16>, tensor<3x8x4xf16>) -> tensor<2x4x4xf16>
  return
}

// -----

// matmul: result shape
func.func @f(%x: tensor<4x8xf16>, %y: tensor<8x3xf16>) {
  // expected-error@+1 {{'ane.matmul' op result shape [4, 4] does not match expected [4, 3]}}
  %0 = "ane.matmul"(%x, %y) {transpose_x = false, transpose_y = false} : (tensor<4x8xf16>, tensor<8x3xf16>) -> tensor<4x4xf16>
  return
}

// -----

// matmul: broadcast batch in the result
func.func @f(%x: tensor<2x1x4x8xf16>, %y: tensor<3x8x5xf16>) {
  // expected-error@+1 {{'ane.matmul' op result shape [2, 4, 5] does not match expected [2, 3, 4, 5]}}
  %0 = "ane.matmul"(%x, %y) {transpose_x = false, transpose_y = false} : (tensor<2x1x4x8xf16>, tensor<3x8x5xf16>) -> tensor<2x4x5xf16>
  return
}

// -----

// linear: x rank above 3
func.func @f(%x: tensor<1x2x4x8xf16>, %w: tensor<16x8xf16>, %b: tensor<16xf16>) {
  // expected-error@+1 {{'ane.linear' op x must have rank 1..3, got rank 4}}
  %0 = "ane.linear"(%x, %w, %b) : (tensor<1x2x4x8xf16>, tensor<16x8xf16>, tensor<16xf16>) -> tensor<1x2x4x16xf16>
  return
}

// -----

// linear: weight rank
func.func @f(%x: tensor<4x8xf16>, %w: tensor<8xf16>, %b: tensor<16xf16>) {
  // expected-error@+1 {{'ane.linear' op weight must have rank 2, got rank 1}}
  %0 = "ane.linear"(%x, %w, %b) : (tensor<4x8xf16>, tensor<8xf16>, tensor<16xf16>) -> tensor<4x16xf16>
  return
}

// -----

// linear: bias rank
func.func @f(%x: tensor<4x8xf16>, %w: tensor<16x8xf16>, %b: tensor<1x16xf16>) {
  // expected-error@+1 {{'ane.linear' op bias must have rank 1, got rank 2}}
  %0 = "ane.linear"(%x, %w, %b) : (tensor<4x8xf16>, tensor<16x8xf16>, tensor<1x16xf16>) -> tensor<4x16xf16>
  return
}

// -----

// linear: weight inner dim
func.func @f(%x: tensor<4x8xf16>, %w: tensor<16x4xf16>, %b: tensor<16xf16>) {
  // expected-error@+1 {{'ane.linear' op weight shape [16, 4] does not match x last dim 8}}
  %0 = "ane.linear"(%x, %w, %b) : (tensor<4x8xf16>, tensor<16x4xf16>, tensor<16xf16>) -> tensor<4x16xf16>
  return
}

// -----

// linear: bias size
func.func @f(%x: tensor<4x8xf16>, %w: tensor<16x8xf16>, %b: tensor<8xf16>) {
  // expected-error@+1 {{'ane.linear' op bias shape [8] does not match weight out dim 16}}
  %0 = "ane.linear"(%x, %w, %b) : (tensor<4x8xf16>, tensor<16x8xf16>, tensor<8xf16>) -> tensor<4x16xf16>
  return
}

// -----

// linear: result shape
func.func @f(%x: tensor<2x8xf16>, %w: tensor<16x8xf16>, %b: tensor<16xf16>) {
  // expected-error@+1 {{'ane.linear' op result shape [2, 8] does not match expected [2, 16]}}
  %0 = "ane.linear"(%x, %w, %b) : (tensor<2x8xf16>, tensor<16x8xf16>, tensor<16xf16>) -> tensor<2x8xf16>
  return
}

// -----

// reshape: dynamic input
func.func @f(%x: tensor<?x8xf16>) {
  // expected-error@+1 {{'ane.reshape' op x must have a static shape, got [?, 8]}}
  %0 = "ane.reshape"(%x) {shape = array<i64: 32>} : (tensor<?x8xf16>) -> tensor<32xf16>
  return
}

// -----

// reshape: dynamic result
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.reshape' op result must have a static shape, got [?]}}
  %0 = "ane.reshape"(%x) {shape = array<i64: 32>} : (tensor<4x8xf16>) -> tensor<?xf16>
  return
}

// -----

// reshape: non-positive shape entry
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.reshape' op shape entries must be positive, got [4, -1]}}
  %0 = "ane.reshape"(%x) {shape = array<i64: 4, -1>} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// reshape: shape attribute vs result
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.reshape' op shape [8, 4] does not match result shape [4, 8]}}
  %0 = "ane.reshape"(%x) {shape = array<i64: 8, 4>} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// reshape: element count
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.reshape' op result element count 64 does not match x element count 32}}
  %0 = "ane.reshape"(%x) {shape = array<i64: 8, 8>} : (tensor<4x8xf16>) -> tensor<8x8xf16>
  return
}

// -----

// transpose: perm length
func.func @f(%x: tensor<2x4x8xf16>) {
  // expected-error@+1 {{'ane.transpose' op perm length 2 does not match x rank 3}}
  %0 = "ane.transpose"(%x) {perm = array<i64: 1, 0>} : (tensor<2x4x8xf16>) -> tensor<4x2x8xf16>
  return
}

// -----

// transpose: perm entry out of range
func.func @f(%x: tensor<2x4x8xf16>) {
  // expected-error@+1 {{'ane.transpose' op perm entry 3 is out of range for rank 3}}
  %0 = "ane.transpose"(%x) {perm = array<i64: 0, 3, 1>} : (tensor<2x4x8xf16>) -> tensor<2x8x4xf16>
  return
}

// -----

// transpose: negative perm entry past -rank (-1 and -2 are valid: they
// count from the end, as coremlc writes them)
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.transpose' op perm entry -3 is out of range for rank 2}}
  %0 = "ane.transpose"(%x) {perm = array<i64: -3, 0>} : (tensor<4x8xf16>) -> tensor<8x4xf16>
  return
}

// -----

// transpose: duplicate perm entry
func.func @f(%x: tensor<2x4x8xf16>) {
  // expected-error@+1 {{'ane.transpose' op perm contains duplicate entry 0}}
  %0 = "ane.transpose"(%x) {perm = array<i64: 0, 2, 0>} : (tensor<2x4x8xf16>) -> tensor<2x8x2xf16>
  return
}

// -----

// transpose: result shape
func.func @f(%x: tensor<2x4x8xf16>) {
  // expected-error@+1 {{'ane.transpose' op result shape [2, 4, 8] does not match expected [8, 2, 4]}}
  %0 = "ane.transpose"(%x) {perm = array<i64: 2, 0, 1>} : (tensor<2x4x8xf16>) -> tensor<2x4x8xf16>
  return
}

// -----

// concat: no operands (IRDL counts them)
func.func @f() {
  // expected-error@+1 {{op expects at least 1 operands, but got 0}}
  %0 = "ane.concat"() {axis = 0 : i64, interleave = false} : () -> tensor<4xf16>
  return
}

// -----

// concat: axis out of range
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.concat' op axis 2 is out of range for rank 2}}
  %0 = "ane.concat"(%x, %x) {axis = 2 : i64, interleave = false} : (tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x16xf16>
  return
}

// -----

// concat: result axis dim is the sum
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.concat' op result shape [4, 16] does not match expected [4, 24]}}
  %0 = "ane.concat"(%x, %x, %x) {axis = 1 : i64, interleave = false} : (tensor<4x8xf16>, tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x16xf16>
  return
}

// -----

// concat: non-axis dims of the result
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.concat' op result shape [8, 4] does not match expected [8, 8]}}
  %0 = "ane.concat"(%x, %x) {axis = 0 : i64, interleave = true} : (tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<8x4xf16>
  return
}

// -----

// slice: begin length
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.slice_by_size' op begin length 1 does not match x rank 2}}
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 0>, size = array<i64: 4, 8>} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// slice: size length
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.slice_by_size' op size length 3 does not match x rank 2}}
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 0, 0>, size = array<i64: 4, 8, 1>} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// slice: negative begin
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.slice_by_size' op begin[0] = -1 must be >= 0}}
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: -1, 0>, size = array<i64: 1, 8>} : (tensor<4x8xf16>) -> tensor<1x8xf16>
  return
}

// -----

// slice: zero size
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.slice_by_size' op size[1] = 0 must be >= 1 or -1}}
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 0, 0>, size = array<i64: 4, 0>} : (tensor<4x8xf16>) -> tensor<4x1xf16>
  return
}

// -----

// slice: negative size other than -1
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.slice_by_size' op size[0] = -2 must be >= 1 or -1}}
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 0, 0>, size = array<i64: -2, 8>} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

// slice: window past the end
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.slice_by_size' op begin[1] = 4 plus size[1] = 6 exceeds x dim 1 of size 8}}
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 0, 4>, size = array<i64: 4, 6>} : (tensor<4x8xf16>) -> tensor<4x6xf16>
  return
}

// -----

// slice: begin past the end with size -1
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.slice_by_size' op begin[1] = 8 is out of range for x dim 1 of size 8}}
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 0, 8>, size = array<i64: 4, -1>} : (tensor<4x8xf16>) -> tensor<4x1xf16>
  return
}

// -----

// slice: result shape (size -1 resolved)
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.slice_by_size' op result shape [2, 8] does not match expected [2, 6]}}
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 1, 2>, size = array<i64: 2, -1>} : (tensor<4x8xf16>) -> tensor<2x8xf16>
  return
}

// -----

// Each bad op gets its own error; the walk continues after a failure and
// reaches ops in nested modules.
func.func @f(%x: tensor<4x8xf16>) {
  // expected-error@+1 {{'ane.relu' op result shape [8, 4] does not match x shape [4, 8]}}
  %0 = "ane.relu"(%x) : (tensor<4x8xf16>) -> tensor<8x4xf16>
  %1 = "ane.relu"(%x) : (tensor<4x8xf16>) -> tensor<4x8xf16>
  // expected-error@+1 {{'ane.softmax' op axis -3 is out of range for rank 2}}
  %2 = "ane.softmax"(%x) {axis = -3 : i64} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}
module {
  func.func @g(%x: tensor<4xi32>) {
    // expected-error@+1 {{'ane.exp' op x element type must be f16 or f32, got i32}}
    %0 = "ane.exp"(%x) : (tensor<4xi32>) -> tensor<4xi32>
    return
  }
}

// -----

// concat: the first operand's rank differs from the others'
func.func @f(%x: tensor<2x8xf16>, %y: tensor<1x3x8xf16>) {
  // expected-error@+1 {{'ane.concat' op operand #1 has rank 3 but operand #0 has rank 2}}
  %0 = "ane.concat"(%x, %y) {axis = 0 : i64, interleave = false} : (tensor<2x8xf16>, tensor<1x3x8xf16>) -> tensor<5x8xf16>
  return
}

// -----

// concat: a dim outside the axis differs
func.func @f(%x: tensor<2x8xf16>, %y: tensor<3x4xf16>) {
  // expected-error@+1 {{'ane.concat' op operand #1 shape [3, 4] does not match operand #0 shape [2, 8] outside axis 0}}
  %0 = "ane.concat"(%x, %y) {axis = 0 : i64, interleave = false} : (tensor<2x8xf16>, tensor<3x4xf16>) -> tensor<5x8xf16>
  return
}

// -----

// concat: element types differ
func.func @f(%x: tensor<2x8xf16>, %y: tensor<3x8xf32>) {
  // expected-error@+1 {{'ane.concat' op operand element types f16 and f32 differ}}
  %0 = "ane.concat"(%x, %y) {axis = 0 : i64, interleave = false} : (tensor<2x8xf16>, tensor<3x8xf32>) -> tensor<5x8xf16>
  return
}

// -----

// concat: the first operand may differ, the others share one type
func.func @f(%x: tensor<2x8xf16>, %y: tensor<3x8xf16>, %z: tensor<4x8xf16>) {
  // expected-error@+1 {{expected 'tensor<3x8xf16>' but got 'tensor<4x8xf16>'}}
  %0 = "ane.concat"(%x, %y, %z) {axis = 0 : i64, interleave = false} : (tensor<2x8xf16>, tensor<3x8xf16>, tensor<4x8xf16>) -> tensor<9x8xf16>
  return
}

// -----

// concat: interleaving parts of different sizes
func.func @f(%x: tensor<2x8xf16>, %y: tensor<3x8xf16>) {
  // expected-error@+1 {{'ane.concat' op interleave = true needs every operand to have operand #0's size along axis 0, but operand #1 has shape [3, 8] and operand #0 [2, 8]}}
  %0 = "ane.concat"(%x, %y) {axis = 0 : i64, interleave = true} : (tensor<2x8xf16>, tensor<3x8xf16>) -> tensor<5x8xf16>
  return
}
