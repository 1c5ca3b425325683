// Every ane.conv rule of the ANE verifier (lib/dialect/verifier.c), one split
// per rule, each with the exact message (the attribute kinds and presence
// are IRDL's checks, so those messages are MLIR's).
// RUN: ane-opt %s --split-input-file --verify-diagnostics

func.func @rank2(%x: tensor<4x8xf16>, %w: tensor<4x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.conv' op x must have rank 3..5 ([N, C, *spatial]), got rank 2}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64>, groups = 1 : i64, pad = array<i64>, pad_type = "valid", strides = array<i64>} : (tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @weight_rank(%x: tensor<1x4x8xf16>, %w: tensor<2x4x1x1xf16>) -> tensor<1x2x8xf16> {
  // expected-error@+1 {{'ane.conv' op weight must have the rank of x (3), got [2, 4, 1, 1]}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1>, groups = 1 : i64, pad = array<i64: 0, 0>, pad_type = "valid", strides = array<i64: 1>} : (tensor<1x4x8xf16>, tensor<2x4x1x1xf16>) -> tensor<1x2x8xf16>
  return %0 : tensor<1x2x8xf16>
}

// -----

func.func @strides_length(%x: tensor<1x4x1x8xf16>, %w: tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16> {
  // expected-error@+1 {{'ane.conv' op strides must have 2 entries, got [1]}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1>} : (tensor<1x4x1x8xf16>, tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16>
  return %0 : tensor<1x2x1x8xf16>
}

// -----

func.func @dilation_zero(%x: tensor<1x4x1x8xf16>, %w: tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16> {
  // expected-error@+1 {{'ane.conv' op dilations entries must be in 1..2147483647, got [1, 0]}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 0>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x4x1x8xf16>, tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16>
  return %0 : tensor<1x2x1x8xf16>
}

// -----

func.func @pad_negative(%x: tensor<1x4x1x8xf16>, %w: tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16> {
  // expected-error@+1 {{'ane.conv' op pad entries must be in 0..2147483647, got [0, 0, -1, 0]}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, -1, 0>, pad_type = "custom", strides = array<i64: 1, 1>} : (tensor<1x4x1x8xf16>, tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16>
  return %0 : tensor<1x2x1x8xf16>
}

// -----

func.func @pad_type_kind(%x: tensor<1x4x1x8xf16>, %w: tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16> {
  // expected-error@+1 {{expected base attribute 'builtin.string' but got 'builtin.integer'}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = 1, strides = array<i64: 1, 1>} : (tensor<1x4x1x8xf16>, tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16>
  return %0 : tensor<1x2x1x8xf16>
}

// -----

func.func @pad_type_value(%x: tensor<1x4x1x8xf16>, %w: tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16> {
  // expected-error@+1 {{'ane.conv' op pad_type must be "valid", "same", "same_lower" or "custom", got "SAME"}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "SAME", strides = array<i64: 1, 1>} : (tensor<1x4x1x8xf16>, tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16>
  return %0 : tensor<1x2x1x8xf16>
}

// -----

func.func @groups_zero(%x: tensor<1x4x1x8xf16>, %w: tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16> {
  // expected-error@+1 {{'ane.conv' op groups must be >= 1, got 0}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 0 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x4x1x8xf16>, tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16>
  return %0 : tensor<1x2x1x8xf16>
}

// -----

func.func @groups_channels(%x: tensor<1x4x1x8xf16>, %w: tensor<3x1x1x1xf16>) -> tensor<1x3x1x8xf16> {
  // expected-error@+1 {{'ane.conv' op x channels 4 are not divisible by groups 3}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 3 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x4x1x8xf16>, tensor<3x1x1x1xf16>) -> tensor<1x3x1x8xf16>
  return %0 : tensor<1x3x1x8xf16>
}

// -----

func.func @groups_out_channels(%x: tensor<1x4x1x8xf16>, %w: tensor<3x2x1x1xf16>) -> tensor<1x3x1x8xf16> {
  // expected-error@+1 {{'ane.conv' op weight out channels 3 are not divisible by groups 2}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 2 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x4x1x8xf16>, tensor<3x2x1x1xf16>) -> tensor<1x3x1x8xf16>
  return %0 : tensor<1x3x1x8xf16>
}

// -----

func.func @weight_channels(%x: tensor<1x4x1x8xf16>, %w: tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16> {
  // expected-error@+1 {{'ane.conv' op weight shape [2, 4, 1, 1] does not match x channels 4 / groups 2}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 2 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x4x1x8xf16>, tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16>
  return %0 : tensor<1x2x1x8xf16>
}

// -----

func.func @bias_shape(%x: tensor<1x4x1x8xf16>, %w: tensor<2x4x1x1xf16>, %b: tensor<4xf16>) -> tensor<1x2x1x8xf16> {
  // expected-error@+1 {{'ane.conv' op bias shape [4] does not match weight out channels 2}}
  %0 = "ane.conv"(%x, %w, %b) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x4x1x8xf16>, tensor<2x4x1x1xf16>, tensor<4xf16>) -> tensor<1x2x1x8xf16>
  return %0 : tensor<1x2x1x8xf16>
}

// -----

func.func @valid_with_pad(%x: tensor<1x4x1x8xf16>, %w: tensor<2x4x1x1xf16>) -> tensor<1x2x1x9xf16> {
  // expected-error@+1 {{'ane.conv' op pad of spatial dim 1 must be [0, 0] for pad_type "valid", got [0, 1]}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 1>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x4x1x8xf16>, tensor<2x4x1x1xf16>) -> tensor<1x2x1x9xf16>
  return %0 : tensor<1x2x1x9xf16>
}

// -----

func.func @same_pad_mismatch(%x: tensor<1x4x1x8xf16>, %w: tensor<2x4x1x3xf16>) -> tensor<1x2x1x8xf16> {
  // expected-error@+1 {{'ane.conv' op pad of spatial dim 1 must be [1, 1] for pad_type "same", got [2, 0]}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 2, 0>, pad_type = "same", strides = array<i64: 1, 1>} : (tensor<1x4x1x8xf16>, tensor<2x4x1x3xf16>) -> tensor<1x2x1x8xf16>
  return %0 : tensor<1x2x1x8xf16>
}

// -----

func.func @kernel_too_large(%x: tensor<1x4x1x8xf16>, %w: tensor<2x4x1x5xf16>) -> tensor<1x2x1x1xf16> {
  // expected-error@+1 {{'ane.conv' op kernel [2, 4, 1, 5] with dilations does not fit x [1, 4, 1, 8] in spatial dim 1}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 2>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x4x1x8xf16>, tensor<2x4x1x5xf16>) -> tensor<1x2x1x1xf16>
  return %0 : tensor<1x2x1x1xf16>
}

// -----

func.func @result_shape(%x: tensor<1x4x1x8xf16>, %w: tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16> {
  // expected-error@+1 {{'ane.conv' op result shape [1, 2, 1, 8] does not match expected [1, 2, 1, 4]}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 2>} : (tensor<1x4x1x8xf16>, tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16>
  return %0 : tensor<1x2x1x8xf16>
}

// -----

func.func @element_types(%x: tensor<1x4x1x8xf16>, %w: tensor<2x4x1x1xf32>) -> tensor<1x2x1x8xf16> {
  // expected-error@+1 {{'ane.conv' op operand element types f16 and f32 differ}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x4x1x8xf16>, tensor<2x4x1x1xf32>) -> tensor<1x2x1x8xf16>
  return %0 : tensor<1x2x1x8xf16>
}

// -----

func.func @missing_groups(%x: tensor<1x4x1x8xf16>, %w: tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16> {
  // expected-error@+1 {{'ane.conv' op attribute "groups" is expected but not provided}}
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x4x1x8xf16>, tensor<2x4x1x1xf16>) -> tensor<1x2x1x8xf16>
  return %0 : tensor<1x2x1x8xf16>
}
