// The rules of ane.split (docs/dialect.md): one split per rule, each with
// the exact message. IRDL gives the variadic results one type, so parts of
// different sizes are refused before the verifier (last case).
// RUN: ane-opt %s --split-input-file --verify-diagnostics

func.func @axis(%x: tensor<1x4xf16>) -> tensor<1x2xf16> {
  // expected-error@+1 {{'ane.split' op axis 2 is out of range for rank 2}}
  %0:2 = "ane.split"(%x) {axis = 2 : i64, split_sizes = array<i64: 2, 2>} : (tensor<1x4xf16>) -> (tensor<1x2xf16>, tensor<1x2xf16>)
  return %0#0 : tensor<1x2xf16>
}

// -----

func.func @count(%x: tensor<1x4xf16>) -> tensor<1x2xf16> {
  // expected-error@+1 {{'ane.split' op split_sizes must have 2 entries, got [2, 2, 2]}}
  %0:2 = "ane.split"(%x) {axis = 1 : i64, split_sizes = array<i64: 2, 2, 2>} : (tensor<1x4xf16>) -> (tensor<1x2xf16>, tensor<1x2xf16>)
  return %0#0 : tensor<1x2xf16>
}

// -----

func.func @positive(%x: tensor<1x4xf16>) -> tensor<1x2xf16> {
  // expected-error@+1 {{'ane.split' op split_sizes entries must be in 1..2147483647, got [0, 0]}}
  %0:2 = "ane.split"(%x) {axis = 1 : i64, split_sizes = array<i64: 0, 0>} : (tensor<1x4xf16>) -> (tensor<1x2xf16>, tensor<1x2xf16>)
  return %0#0 : tensor<1x2xf16>
}

// -----

func.func @sum(%x: tensor<1x4xf16>) -> tensor<1x3xf16> {
  // expected-error@+1 {{'ane.split' op split_sizes [3, 3] add up to 6, not to dim 1 of x [1, 4]}}
  %0:2 = "ane.split"(%x) {axis = 1 : i64, split_sizes = array<i64: 3, 3>} : (tensor<1x4xf16>) -> (tensor<1x3xf16>, tensor<1x3xf16>)
  return %0#0 : tensor<1x3xf16>
}

// -----

func.func @shape(%x: tensor<2x4xf16>) -> tensor<1x2xf16> {
  // expected-error@+1 {{'ane.split' op result #0 shape [1, 2] does not match expected [2, 2]}}
  %0:2 = "ane.split"(%x) {axis = 1 : i64, split_sizes = array<i64: 2, 2>} : (tensor<2x4xf16>) -> (tensor<1x2xf16>, tensor<1x2xf16>)
  return %0#0 : tensor<1x2xf16>
}

// -----

func.func @element(%x: tensor<2x4xf32>) -> tensor<2x2xf16> {
  // expected-error@+1 {{'ane.split' op result #0 element type f16 does not match operand element type f32}}
  %0:2 = "ane.split"(%x) {axis = 1 : i64, split_sizes = array<i64: 2, 2>} : (tensor<2x4xf32>) -> (tensor<2x2xf16>, tensor<2x2xf16>)
  return %0#0 : tensor<2x2xf16>
}

// -----

func.func @axis_kind(%x: tensor<1x4xf16>) -> tensor<1x2xf16> {
  // expected-error@+1 {{'ane.split' op axis must be an i64 integer attribute, got 1 : i32}}
  %0:2 = "ane.split"(%x) {axis = 1 : i32, split_sizes = array<i64: 2, 2>} : (tensor<1x4xf16>) -> (tensor<1x2xf16>, tensor<1x2xf16>)
  return %0#0 : tensor<1x2xf16>
}

// -----

func.func @no_result(%x: tensor<2x4xf32>) {
  // expected-error@+1 {{'ane.split' op requires at least one result}}
  "ane.split"(%x) {axis = 1 : i64, split_sizes = array<i64>} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @unequal(%x: tensor<1x4xf16>) -> tensor<1x1xf16> {
  // expected-error@+1 {{expected 'tensor<1x1xf16>' but got 'tensor<1x3xf16>'}}
  %0:2 = "ane.split"(%x) {axis = 1 : i64, split_sizes = array<i64: 1, 3>} : (tensor<1x4xf16>) -> (tensor<1x1xf16>, tensor<1x3xf16>)
  return %0#0 : tensor<1x1xf16>
}
