// Error corpus: the normalized axes of the norms and the shapes of their
// gamma and beta (docs/dialect.md, "Norms"). axes: non-empty, each in
// [-rank, rank), no axis twice. gamma / beta: broadcast to x aligned at the
// trailing dims, equal to x at every normalized axis, 1 at every other, and
// reaching the first normalized axis; x's element type.
// RUN: ane-opt %s --split-input-file --verify-diagnostics
// RUN: %python %S/Inputs/each_case_fails.py %s

func.func @gamma_too_short(%x: tensor<4x1024xf16>, %g: tensor<512xf16>) -> tensor<4x1024xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [512] does not match x shape [4, 1024] at normalized axis 1}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x1024xf16>, tensor<512xf16>) -> tensor<4x1024xf16>
  return %0 : tensor<4x1024xf16>
}

// -----

func.func @gamma_first_dim(%x: tensor<4x8xf16>, %g: tensor<4xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [4] does not match x shape [4, 8] at normalized axis 1}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<4xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @gamma_rows(%x: tensor<4x8xf16>, %g: tensor<2x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [2, 8] must be 1 at axis 0 of x shape [4, 8], which is not normalized}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<2x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @gamma_rank_above_x(%x: tensor<4x8xf16>, %g: tensor<1x1x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [1, 1, 8] has rank 3, more than x's rank 2}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<1x1x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @channel_gamma_vector(%x: tensor<2x16x1x8xf16>, %g: tensor<16xf16>) -> tensor<2x16x1x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [16] does not reach normalized axis 1 of x shape [2, 16, 1, 8]}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf16>, tensor<16xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}

// -----

func.func @channel_gamma_short(%x: tensor<2x16x1x8xf16>, %g: tensor<16x1xf16>) -> tensor<2x16x1x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [16, 1] does not reach normalized axis 1 of x shape [2, 16, 1, 8]}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf16>, tensor<16x1xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}

// -----

func.func @channel_gamma_seq(%x: tensor<2x16x1x8xf16>, %g: tensor<1x16x1x8xf16>) -> tensor<2x16x1x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [1, 16, 1, 8] must be 1 at axis 3 of x shape [2, 16, 1, 8], which is not normalized}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf16>, tensor<1x16x1x8xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}

// -----

func.func @channel_gamma_batch(%x: tensor<2x16x1x8xf16>, %g: tensor<2x16x1x1xf16>) -> tensor<2x16x1x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [2, 16, 1, 1] must be 1 at axis 0 of x shape [2, 16, 1, 8], which is not normalized}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf16>, tensor<2x16x1x1xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}

// -----

func.func @two_axes_gamma_missing_one(%x: tensor<2x16x1x8xf16>, %g: tensor<16x1x1xf16>) -> tensor<2x16x1x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [16, 1, 1] does not match x shape [2, 16, 1, 8] at normalized axis 3}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 1, 3>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf16>, tensor<16x1x1xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}

// -----

func.func @leading_axis_not_reached(%x: tensor<4x8xf16>, %g: tensor<8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [8] does not reach normalized axis 0 of x shape [4, 8]}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 0, 1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @gamma_element_type(%x: tensor<4x8xf16>, %g: tensor<8xf32>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op operand element types f16 and f32 differ}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xf32>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @gamma_integer(%x: tensor<4x8xf16>, %g: tensor<8xi32>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma element type must be f16 or f32, got i32}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>, tensor<8xi32>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @layer_norm_gamma(%x: tensor<4x8xf32>, %g: tensor<4xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.layer_norm' op gamma shape [4] does not match x shape [4, 8] at normalized axis 1}}
  %0 = "ane.layer_norm"(%x, %g, %b) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<4xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @layer_norm_beta(%x: tensor<4x8xf32>, %g: tensor<8xf32>, %b: tensor<16xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.layer_norm' op beta shape [16] does not match x shape [4, 8] at normalized axis 1}}
  %0 = "ane.layer_norm"(%x, %g, %b) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<16xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @layer_norm_channel_beta(%x: tensor<2x16x1x8xf32>, %g: tensor<1x16x1x1xf32>, %b: tensor<16xf32>) -> tensor<2x16x1x8xf32> {
  // expected-error@+1 {{'ane.layer_norm' op beta shape [16] does not reach normalized axis 1 of x shape [2, 16, 1, 8]}}
  %0 = "ane.layer_norm"(%x, %g, %b) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf32>, tensor<1x16x1x1xf32>, tensor<16xf32>) -> tensor<2x16x1x8xf32>
  return %0 : tensor<2x16x1x8xf32>
}

// -----

func.func @layer_norm_beta_not_broadcast(%x: tensor<2x16x1x8xf32>, %g: tensor<16x1x1xf32>, %b: tensor<16x1x8xf32>) -> tensor<2x16x1x8xf32> {
  // expected-error@+1 {{'ane.layer_norm' op beta shape [16, 1, 8] must be 1 at axis 3 of x shape [2, 16, 1, 8], which is not normalized}}
  %0 = "ane.layer_norm"(%x, %g, %b) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf32>, tensor<16x1x1xf32>, tensor<16x1x8xf32>) -> tensor<2x16x1x8xf32>
  return %0 : tensor<2x16x1x8xf32>
}

// -----

func.func @gamma_constant_shape(%x: tensor<2x8xf16>) -> tensor<2x8xf16> {
  %g = arith.constant dense<1.0> : tensor<16xf16>
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [16] does not match x shape [2, 8] at normalized axis 1}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2x8xf16>, tensor<16xf16>) -> tensor<2x8xf16>
  return %0 : tensor<2x8xf16>
}

// -----

func.func @dynamic_dim_mismatch(%x: tensor<?x8xf16>, %g: tensor<1x4xf16>) -> tensor<?x8xf16> {
  // expected-error@+1 {{'ane.rms_norm' op gamma shape [1, 4] does not match x shape [?, 8] at normalized axis 1}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<?x8xf16>, tensor<1x4xf16>) -> tensor<?x8xf16>
  return %0 : tensor<?x8xf16>
}
