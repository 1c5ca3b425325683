// The rules of ane.expand_dims, ane.squeeze and ane.tile, and negative
// ane.transpose perm entries (coremlc writes [0, 2, -3, -1]): one split per
// rule, each with the exact message.
// RUN: ane-opt %s --split-input-file --verify-diagnostics

func.func @expand_axis_range(%x: tensor<2x8xf16>) -> tensor<2x8x1xf16> {
  // expected-error@+1 {{'ane.expand_dims' op axis 3 is out of range for rank 3}}
  %0 = "ane.expand_dims"(%x) {axes = array<i64: 3>} : (tensor<2x8xf16>) -> tensor<2x8x1xf16>
  return %0 : tensor<2x8x1xf16>
}

// -----

func.func @expand_duplicate(%x: tensor<2x8xf16>) -> tensor<1x1x2x8xf16> {
  // expected-error@+1 {{'ane.expand_dims' op axes contain duplicate axis 0}}
  %0 = "ane.expand_dims"(%x) {axes = array<i64: 0, -4>} : (tensor<2x8xf16>) -> tensor<1x1x2x8xf16>
  return %0 : tensor<1x1x2x8xf16>
}

// -----

func.func @expand_rank(%x: tensor<2x2x2x8xf16>) -> tensor<2x2x2x8xf16> {
  // expected-error@+1 {{'ane.expand_dims' op result would have rank 6, more than 5}}
  %0 = "ane.expand_dims"(%x) {axes = array<i64: 0, 1>} : (tensor<2x2x2x8xf16>) -> tensor<2x2x2x8xf16>
  return %0 : tensor<2x2x2x8xf16>
}

// -----

func.func @expand_empty(%x: tensor<2x8xf16>) -> tensor<2x8xf16> {
  // expected-error@+1 {{'ane.expand_dims' op axes must not be empty}}
  %0 = "ane.expand_dims"(%x) {axes = array<i64>} : (tensor<2x8xf16>) -> tensor<2x8xf16>
  return %0 : tensor<2x8xf16>
}

// -----

func.func @expand_result(%x: tensor<2x8xf16>) -> tensor<2x8x1xf16> {
  // expected-error@+1 {{'ane.expand_dims' op result shape [2, 8, 1] does not match expected [2, 1, 8]}}
  %0 = "ane.expand_dims"(%x) {axes = array<i64: -2>} : (tensor<2x8xf16>) -> tensor<2x8x1xf16>
  return %0 : tensor<2x8x1xf16>
}

// -----

func.func @squeeze_not_one(%x: tensor<2x1x8xf16>) -> tensor<1x8xf16> {
  // expected-error@+1 {{'ane.squeeze' op dim 0 of x [2, 1, 8] is not 1}}
  %0 = "ane.squeeze"(%x) {axes = array<i64: 0>} : (tensor<2x1x8xf16>) -> tensor<1x8xf16>
  return %0 : tensor<1x8xf16>
}

// -----

func.func @squeeze_all(%x: tensor<1x1xf16>) -> tensor<1xf16> {
  // expected-error@+1 {{'ane.squeeze' op result would be rank 0: every dim of x is squeezed}}
  %0 = "ane.squeeze"(%x) {axes = array<i64: 0, 1>} : (tensor<1x1xf16>) -> tensor<1xf16>
  return %0 : tensor<1xf16>
}

// -----

func.func @squeeze_result(%x: tensor<2x1x8xf16>) -> tensor<2x1x8xf16> {
  // expected-error@+1 {{'ane.squeeze' op result shape [2, 1, 8] does not match expected [2, 8]}}
  %0 = "ane.squeeze"(%x) {axes = array<i64: 1>} : (tensor<2x1x8xf16>) -> tensor<2x1x8xf16>
  return %0 : tensor<2x1x8xf16>
}

// -----

func.func @tile_reps_count(%x: tensor<2x8xf16>) -> tensor<4x8xf16> {
  // expected-error@+1 {{'ane.tile' op reps must have 2 entries, got [2]}}
  %0 = "ane.tile"(%x) {reps = array<i64: 2>} : (tensor<2x8xf16>) -> tensor<4x8xf16>
  return %0 : tensor<4x8xf16>
}

// -----

func.func @tile_reps_zero(%x: tensor<2x8xf16>) -> tensor<2x8xf16> {
  // expected-error@+1 {{'ane.tile' op reps entries must be in 1..2147483647, got [1, 0]}}
  %0 = "ane.tile"(%x) {reps = array<i64: 1, 0>} : (tensor<2x8xf16>) -> tensor<2x8xf16>
  return %0 : tensor<2x8xf16>
}

// -----

func.func @tile_result(%x: tensor<2x8xf16>) -> tensor<2x8xf16> {
  // expected-error@+1 {{'ane.tile' op result shape [2, 8] does not match expected [2, 16]}}
  %0 = "ane.tile"(%x) {reps = array<i64: 1, 2>} : (tensor<2x8xf16>) -> tensor<2x8xf16>
  return %0 : tensor<2x8xf16>
}

// -----

func.func @tile_too_large(%x: tensor<65536x8xf16>) -> tensor<65536x8xf16> {
  // expected-error@+1 {{'ane.tile' op result dim 0 would exceed 2147483647}}
  %0 = "ane.tile"(%x) {reps = array<i64: 65536, 1>} : (tensor<65536x8xf16>) -> tensor<65536x8xf16>
  return %0 : tensor<65536x8xf16>
}

// -----

func.func @transpose_negative_range(%x: tensor<1x2x3x4xf16>) -> tensor<1x3x2x4xf16> {
  // expected-error@+1 {{'ane.transpose' op perm entry -5 is out of range for rank 4}}
  %0 = "ane.transpose"(%x) {perm = array<i64: 0, 2, -5, -1>} : (tensor<1x2x3x4xf16>) -> tensor<1x3x2x4xf16>
  return %0 : tensor<1x3x2x4xf16>
}

// -----

func.func @transpose_negative_duplicate(%x: tensor<1x2x3x4xf16>) -> tensor<1x3x2x4xf16> {
  // expected-error@+1 {{'ane.transpose' op perm contains duplicate entry 3}}
  %0 = "ane.transpose"(%x) {perm = array<i64: 0, 2, 3, -1>} : (tensor<1x2x3x4xf16>) -> tensor<1x3x2x4xf16>
  return %0 : tensor<1x3x2x4xf16>
}
