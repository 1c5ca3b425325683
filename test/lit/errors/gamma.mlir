// Error corpus: gamma and beta of the norms must be [D], D the normalized
// (last) dim of x, with x's element type.
// RUN: ane-opt %s --split-input-file --verify-diagnostics
// RUN: %python %S/Inputs/each_case_fails.py %s

func.func @gamma_too_short(%x: tensor<4x1024xf16>, %g: tensor<512xf16>) -> tensor<4x1024xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [512] does not match normalized dim 1024}}
  %0 = "ane.rms_norm"(%x, %g) {epsilon = 1.0e-05 : f32} : (tensor<4x1024xf16>, tensor<512xf16>) -> tensor<4x1024xf16>
  return %0 : tensor<4x1024xf16>
}

// -----

func.func @gamma_rank2(%x: tensor<4x8xf16>, %g: tensor<1x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [1, 8] does not match normalized dim 8}}
  %0 = "ane.rms_norm"(%x, %g) {epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<1x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @gamma_first_dim(%x: tensor<4x8xf16>, %g: tensor<4xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [4] does not match normalized dim 8}}
  %0 = "ane.rms_norm"(%x, %g) {epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<4xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @gamma_element_type(%x: tensor<4x8xf16>, %g: tensor<8xf32>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op operand element types f16 and f32 differ}}
  %0 = "ane.rms_norm"(%x, %g) {epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf32>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @gamma_integer(%x: tensor<4x8xf16>, %g: tensor<8xi32>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma element type must be f16 or f32, got i32}}
  %0 = "ane.rms_norm"(%x, %g) {epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xi32>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @layer_norm_gamma(%x: tensor<4x8xf32>, %g: tensor<4xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.layer_norm' op gamma shape [4] does not match normalized dim 8}}
  %0 = "ane.layer_norm"(%x, %g, %b) {epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<4xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @layer_norm_beta(%x: tensor<4x8xf32>, %g: tensor<8xf32>, %b: tensor<16xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.layer_norm' op beta shape [16] does not match normalized dim 8}}
  %0 = "ane.layer_norm"(%x, %g, %b) {epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<16xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @gamma_constant_shape(%x: tensor<2x8xf16>) -> tensor<2x8xf16> {
  %g = arith.constant dense<1.0> : tensor<16xf16>
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [16] does not match normalized dim 8}}
  %0 = "ane.rms_norm"(%x, %g) {epsilon = 1.0e-05 : f32} : (tensor<2x8xf16>, tensor<16xf16>) -> tensor<2x8xf16>
  return %0 : tensor<2x8xf16>
}
