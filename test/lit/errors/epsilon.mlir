// Error corpus: epsilon is finite and > 0 on the norms, finite and >= 0 on
// rsqrt/inverse/log. NaN and infinities are written as f32 bit patterns.
// RUN: ane-opt %s --split-input-file --verify-diagnostics
// RUN: %python %S/Inputs/each_case_fails.py %s

func.func @nan(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op epsilon must be finite and > 0, got nan}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 0x7FC00000 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @negative_nan(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.l2_norm' op epsilon must be finite and > 0, got -nan}}
  %0 = "ane.l2_norm"(%x) {axes = array<i64: -1>, epsilon = 0xFFC00001 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @inf(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op epsilon must be finite and > 0, got inf}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 0x7F800000 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @minus_inf(%x: tensor<4x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.layer_norm' op epsilon must be finite and > 0, got -inf}}
  %0 = "ane.layer_norm"(%x, %g, %b) {axes = array<i64: -1>, epsilon = 0xFF800000 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @negative(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op epsilon must be finite and > 0, got -1.000000e-05}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = -1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @zero(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op epsilon must be finite and > 0, got 0.000000e+00}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 0.0 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @negative_zero(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.l2_norm' op epsilon must be finite and > 0, got -0.000000e+00}}
  %0 = "ane.l2_norm"(%x) {axes = array<i64: 1>, epsilon = -0.0 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @overflows_f32(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op epsilon must be finite and > 0, got inf}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e+39 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @rsqrt_negative(%x: tensor<8xf16>) -> tensor<8xf16> {
  // expected-error@+1 {{'ane.rsqrt' op epsilon must be finite and >= 0, got -1.000000e-03}}
  %0 = "ane.rsqrt"(%x) {epsilon = -1.0e-03 : f32} : (tensor<8xf16>) -> tensor<8xf16>
  return %0 : tensor<8xf16>
}

// -----

func.func @log_nan(%x: tensor<8xf16>) -> tensor<8xf16> {
  // expected-error@+1 {{'ane.log' op epsilon must be finite and >= 0, got nan}}
  %0 = "ane.log"(%x) {epsilon = 0x7FC00000 : f32} : (tensor<8xf16>) -> tensor<8xf16>
  return %0 : tensor<8xf16>
}

// -----

func.func @inverse_inf(%x: tensor<8xf16>) -> tensor<8xf16> {
  // expected-error@+1 {{'ane.inverse' op epsilon must be finite and >= 0, got inf}}
  %0 = "ane.inverse"(%x) {epsilon = 0x7F800000 : f32} : (tensor<8xf16>) -> tensor<8xf16>
  return %0 : tensor<8xf16>
}
