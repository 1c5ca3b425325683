// Error corpus: the `axes` of ane.rms_norm, ane.layer_norm and ane.l2_norm
// (docs/dialect.md, "Norms"): required, an array<i64>, non-empty, each axis
// in [-rank, rank), no axis twice after normalization.
// RUN: ane-opt %s --split-input-file --verify-diagnostics
// RUN: %python %S/Inputs/each_case_fails.py %s

func.func @rms_empty(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op axes must not be empty}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @rms_out_of_range(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op axis 2 is out of range for rank 2}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: 2>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @rms_negative_out_of_range(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op axis -3 is out of range for rank 2}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -3>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @rms_duplicate(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op axes contain duplicate axis 1}}
  %0 = "ane.rms_norm"(%x) {axes = array<i64: 1, -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @layer_norm_empty(%x: tensor<4x8xf16>, %g: tensor<8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.layer_norm' op axes must not be empty}}
  %0 = "ane.layer_norm"(%x, %g, %g) {axes = array<i64>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @layer_norm_duplicate(%x: tensor<4x8xf16>, %g: tensor<8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.layer_norm' op axes contain duplicate axis 1}}
  %0 = "ane.layer_norm"(%x, %g, %g) {axes = array<i64: -1, 1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @layer_norm_out_of_range(%x: tensor<4x8xf16>, %g: tensor<8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.layer_norm' op axis 5 is out of range for rank 2}}
  %0 = "ane.layer_norm"(%x, %g, %g) {axes = array<i64: 5>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @l2_empty(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.l2_norm' op axes must not be empty}}
  %0 = "ane.l2_norm"(%x) {axes = array<i64>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @l2_duplicate(%x: tensor<2x4x8xf16>) -> tensor<2x4x8xf16> {
  // expected-error@+1 {{'ane.l2_norm' op axes contain duplicate axis 0}}
  %0 = "ane.l2_norm"(%x) {axes = array<i64: 0, 2, 0>, epsilon = 1.0e-05 : f32} : (tensor<2x4x8xf16>) -> tensor<2x4x8xf16>
  return %0 : tensor<2x4x8xf16>
}

// -----

func.func @l2_out_of_range(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.l2_norm' op axis -3 is out of range for rank 2}}
  %0 = "ane.l2_norm"(%x) {axes = array<i64: -3>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @rms_axes_integer(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.integer'}}
  %0 = "ane.rms_norm"(%x) {axes = -1 : i64, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @l2_axes_i32(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.l2_norm' op axes must be an array<i64>, got array<i32: 1>}}
  %0 = "ane.l2_norm"(%x) {axes = array<i32: 1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @rms_axes_missing(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op attribute "axes" is expected but not provided}}
  %0 = "ane.rms_norm"(%x) {epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}
