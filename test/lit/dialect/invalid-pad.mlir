// Every ane.pad rule, one split per rule, with the exact message.
// RUN: ane-opt %s --split-input-file --verify-diagnostics

func.func @count(%x: tensor<2x3xf32>) -> tensor<2x6xf32> {
  // expected-error@+1 {{'ane.pad' op pad must have 4 entries, got [2, 1]}}
  %0 = "ane.pad"(%x) {constant_val = 0.0 : f32, mode = "constant", pad = array<i64: 2, 1>} : (tensor<2x3xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

func.func @negative(%x: tensor<2x3xf32>) -> tensor<2x2xf32> {
  // expected-error@+1 {{'ane.pad' op pad entries must be in 0..2147483647, got [0, 0, -1, 0]}}
  %0 = "ane.pad"(%x) {constant_val = 0.0 : f32, mode = "constant", pad = array<i64: 0, 0, -1, 0>} : (tensor<2x3xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @mode(%x: tensor<2x3xf32>) -> tensor<2x6xf32> {
  // expected-error@+1 {{'ane.pad' op mode must be "constant", "reflect" or "replicate", got "symmetric"}}
  %0 = "ane.pad"(%x) {constant_val = 0.0 : f32, mode = "symmetric", pad = array<i64: 0, 0, 2, 1>} : (tensor<2x3xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

func.func @value_kind(%x: tensor<2x3xf32>) -> tensor<2x6xf32> {
  // expected-error@+1 {{'ane.pad' op constant_val must be an f32 float attribute, got 0.000000e+00 : f16}}
  %0 = "ane.pad"(%x) {constant_val = 0.0 : f16, mode = "constant", pad = array<i64: 0, 0, 2, 1>} : (tensor<2x3xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

func.func @reflect_too_wide(%x: tensor<2x3xf32>) -> tensor<2x7xf32> {
  // expected-error@+1 {{'ane.pad' op reflect padding of dim 1 (size 3) must be below its size, got [3, 1]}}
  %0 = "ane.pad"(%x) {constant_val = 0.0 : f32, mode = "reflect", pad = array<i64: 0, 0, 3, 1>} : (tensor<2x3xf32>) -> tensor<2x7xf32>
  return %0 : tensor<2x7xf32>
}

// -----

func.func @result(%x: tensor<2x3xf32>) -> tensor<2x5xf32> {
  // expected-error@+1 {{'ane.pad' op result shape [2, 5] does not match expected [2, 6]}}
  %0 = "ane.pad"(%x) {constant_val = 0.0 : f32, mode = "constant", pad = array<i64: 0, 0, 2, 1>} : (tensor<2x3xf32>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}
