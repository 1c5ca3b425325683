// Error corpus: axes and permutations. Axes may be negative (Python-style)
// but must name a dim of x; reduction axes are distinct and not empty; a
// permutation names every dim exactly once.
// RUN: ane-opt %s --split-input-file --verify-diagnostics
// RUN: %python %S/Inputs/each_case_fails.py %s

func.func @axis_too_large(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.softmax' op axis 2 is out of range for rank 2}}
  %0 = "ane.softmax"(%x) {axis = 2 : i64} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @axis_too_negative(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.l2_norm' op axis -3 is out of range for rank 2}}
  %0 = "ane.l2_norm"(%x) {axes = array<i64: -3>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @axis_int64_min(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.softmax' op axis -9223372036854775808 is out of range for rank 2}}
  %0 = "ane.softmax"(%x) {axis = -9223372036854775808 : i64} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @concat_axis(%x: tensor<4x8xf32>) -> tensor<4x16xf32> {
  // expected-error@+1 {{'ane.concat' op axis 2 is out of range for rank 2}}
  %0 = "ane.concat"(%x, %x) {axis = 2 : i64, interleave = false} : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x16xf32>
  return %0 : tensor<4x16xf32>
}

// -----

func.func @reduce_axis_out_of_range(%x: tensor<4x8xf32>) -> tensor<4x1xf32> {
  // expected-error@+1 {{'ane.reduce_max' op axis 3 is out of range for rank 2}}
  %0 = "ane.reduce_max"(%x) {axes = array<i64: 3>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  return %0 : tensor<4x1xf32>
}

// -----

func.func @reduce_axes_duplicate(%x: tensor<4x8xf32>) -> tensor<4x1xf32> {
  // expected-error@+1 {{'ane.reduce_l1_norm' op axes contain duplicate axis 1}}
  %0 = "ane.reduce_l1_norm"(%x) {axes = array<i64: 1, 1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  return %0 : tensor<4x1xf32>
}

// -----

func.func @reduce_axes_duplicate_negative(%x: tensor<4x8xf32>) -> tensor<4x1xf32> {
  // expected-error@+1 {{'ane.reduce_mean' op axes contain duplicate axis 1}}
  %0 = "ane.reduce_mean"(%x) {axes = array<i64: 1, -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  return %0 : tensor<4x1xf32>
}

// -----

func.func @reduce_axes_empty(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.reduce_mean' op axes must not be empty}}
  %0 = "ane.reduce_mean"(%x) {axes = array<i64>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @reduce_result_shape(%x: tensor<4x8xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'ane.reduce_sum' op result shape [4] does not match expected [4, 1]}}
  %0 = "ane.reduce_sum"(%x) {axes = array<i64: 1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @perm_too_short(%x: tensor<2x4x8xf32>) -> tensor<4x2x8xf32> {
  // expected-error@+1 {{'ane.transpose' op perm length 2 does not match x rank 3}}
  %0 = "ane.transpose"(%x) {perm = array<i64: 1, 0>} : (tensor<2x4x8xf32>) -> tensor<4x2x8xf32>
  return %0 : tensor<4x2x8xf32>
}

// -----

func.func @perm_out_of_range(%x: tensor<2x4x8xf32>) -> tensor<4x2x8xf32> {
  // expected-error@+1 {{'ane.transpose' op perm entry 3 is out of range for rank 3}}
  %0 = "ane.transpose"(%x) {perm = array<i64: 1, 0, 3>} : (tensor<2x4x8xf32>) -> tensor<4x2x8xf32>
  return %0 : tensor<4x2x8xf32>
}

// -----

func.func @perm_negative(%x: tensor<4x8xf32>) -> tensor<8x4xf32> {
  // expected-error@+1 {{'ane.transpose' op perm entry -3 is out of range for rank 2}}
  %0 = "ane.transpose"(%x) {perm = array<i64: -3, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  return %0 : tensor<8x4xf32>
}

// -----

func.func @perm_duplicate(%x: tensor<4x8xf32>) -> tensor<4x4xf32> {
  // expected-error@+1 {{'ane.transpose' op perm contains duplicate entry 0}}
  %0 = "ane.transpose"(%x) {perm = array<i64: 0, 0>} : (tensor<4x8xf32>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

func.func @perm_result(%x: tensor<2x4x8xf32>) -> tensor<2x4x8xf32> {
  // expected-error@+1 {{'ane.transpose' op result shape [2, 4, 8] does not match expected [8, 2, 4]}}
  %0 = "ane.transpose"(%x) {perm = array<i64: 2, 0, 1>} : (tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  return %0 : tensor<2x4x8xf32>
}

// -----

func.func @slice_begin_length(%x: tensor<4x8xf32>) -> tensor<2x8xf32> {
  // expected-error@+1 {{'ane.slice_by_size' op begin length 1 does not match x rank 2}}
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 0>, size = array<i64: 2, 8>} : (tensor<4x8xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

func.func @slice_begin_negative(%x: tensor<4x8xf32>) -> tensor<2x8xf32> {
  // expected-error@+1 {{'ane.slice_by_size' op begin[0] = -1 must be >= 0}}
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: -1, 0>, size = array<i64: 2, 8>} : (tensor<4x8xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}
