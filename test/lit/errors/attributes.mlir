// Error corpus: attributes that are missing, mistyped, repeated or out of
// their allowed set (docs/robustness.md). IRDL reports missing attributes
// and attribute kinds while parsing; the ANE verifier reports the rest.
// RUN: ane-opt %s --split-input-file --verify-diagnostics
// RUN: %python %S/Inputs/each_case_fails.py %s

func.func @missing_epsilon(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.rms_norm' op attribute "epsilon" is expected but not provided}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @missing_keep_dims(%x: tensor<4x8xf32>) -> tensor<4x1xf32> {
  // expected-error@+1 {{'ane.reduce_sum' op attribute "keep_dims" is expected but not provided}}
  %0 = "ane.reduce_sum"(%x) {axes = array<i64: 1>} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  return %0 : tensor<4x1xf32>
}

// -----

func.func @missing_perm(%x: tensor<4x8xf32>) -> tensor<8x4xf32> {
  // expected-error@+1 {{'ane.transpose' op attribute "perm" is expected but not provided}}
  %0 = "ane.transpose"(%x) : (tensor<4x8xf32>) -> tensor<8x4xf32>
  return %0 : tensor<8x4xf32>
}

// -----

func.func @missing_shape(%x: tensor<4x8xf32>) -> tensor<32xf32> {
  // expected-error@+1 {{'ane.reshape' op attribute "shape" is expected but not provided}}
  %0 = "ane.reshape"(%x) : (tensor<4x8xf32>) -> tensor<32xf32>
  return %0 : tensor<32xf32>
}

// -----

func.func @epsilon_integer(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{expected base attribute 'builtin.float' but got 'builtin.integer'}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1 : i32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @epsilon_f64(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.rms_norm' op epsilon must be an f32 float attribute, got 1.000000e-05 : f64}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f64} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @mode_integer(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{expected base attribute 'builtin.string' but got 'builtin.integer'}}
  %0 = "ane.gelu"(%x) {mode = 3 : i64} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @mode_unknown(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.gelu' op mode must be "EXACT" or "TANH_APPROXIMATION", got "QUICK"}}
  %0 = "ane.gelu"(%x) {mode = "QUICK"} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @axes_not_dense(%x: tensor<4x8xf32>) -> tensor<4x1xf32> {
  // expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "ane.reduce_sum"(%x) {axes = [1], keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  return %0 : tensor<4x1xf32>
}

// -----

func.func @keep_dims_integer(%x: tensor<4x8xf32>) -> tensor<4x1xf32> {
  // expected-error@+1 {{'1 : i64' does not satisfy the constraint}}
  %0 = "ane.reduce_sum"(%x) {axes = array<i64: 1>, keep_dims = 1 : i64} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  return %0 : tensor<4x1xf32>
}

// -----

func.func @axis_string(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{expected base attribute 'builtin.integer' but got 'builtin.string'}}
  %0 = "ane.softmax"(%x) {axis = "last"} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @axis_i32(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.softmax' op axis must be an i64 integer attribute, got 1 : i32}}
  %0 = "ane.softmax"(%x) {axis = 1 : i32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @transpose_flag_string(%x: tensor<4x8xf32>, %y: tensor<8x3xf32>) -> tensor<4x3xf32> {
  // expected-error@+1 {{'"no"' does not satisfy the constraint}}
  %0 = "ane.matmul"(%x, %y) {transpose_x = "no", transpose_y = false} : (tensor<4x8xf32>, tensor<8x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @extra_repeated_attribute(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{duplicate key 'epsilon' in dictionary attribute}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32, epsilon = 2.0e-05 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @attribute_as_property(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{invalid properties {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} for op ane.rms_norm: extensible Dialects don't support properties}}
  %0 = "ane.rms_norm"(%x) <{axes = array<i64: -1>, epsilon = 1.0e-05 : f32}> : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}
