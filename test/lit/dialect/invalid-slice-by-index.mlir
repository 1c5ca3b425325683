// Every ane.slice_by_index rule, one split per rule, with the exact message.
// RUN: ane-opt %s --split-input-file --verify-diagnostics

func.func @count(%x: tensor<2x6xf32>) -> tensor<2x2xf32> {
  // expected-error@+1 {{'ane.slice_by_index' op stride must have 2 entries, got [1]}}
  %0 = "ane.slice_by_index"(%x) {begin = array<i64: 0, 1>, begin_mask = array<i64: 0, 0>, end = array<i64: 2, 3>, end_mask = array<i64: 0, 0>, squeeze_mask = array<i64: 0, 0>, stride = array<i64: 1>} : (tensor<2x6xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @mask_value(%x: tensor<2x6xf32>) -> tensor<2x2xf32> {
  // expected-error@+1 {{'ane.slice_by_index' op end_mask entries must be 0 or 1, got [0, 2]}}
  %0 = "ane.slice_by_index"(%x) {begin = array<i64: 0, 1>, begin_mask = array<i64: 0, 0>, end = array<i64: 2, 3>, end_mask = array<i64: 0, 2>, squeeze_mask = array<i64: 0, 0>, stride = array<i64: 1, 1>} : (tensor<2x6xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @stride_zero(%x: tensor<2x6xf32>) -> tensor<2x2xf32> {
  // expected-error@+1 {{'ane.slice_by_index' op stride[1] must not be 0}}
  %0 = "ane.slice_by_index"(%x) {begin = array<i64: 0, 1>, begin_mask = array<i64: 0, 0>, end = array<i64: 2, 3>, end_mask = array<i64: 0, 0>, squeeze_mask = array<i64: 0, 0>, stride = array<i64: 1, 0>} : (tensor<2x6xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @empty(%x: tensor<2x6xf32>) -> tensor<2x1xf32> {
  // expected-error@+1 {{'ane.slice_by_index' op the slice of dim 1 (size 6) is empty: begin 4, end 2, stride 1}}
  %0 = "ane.slice_by_index"(%x) {begin = array<i64: 0, 4>, begin_mask = array<i64: 0, 0>, end = array<i64: 2, 2>, end_mask = array<i64: 0, 0>, squeeze_mask = array<i64: 0, 0>, stride = array<i64: 1, 1>} : (tensor<2x6xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// -----

func.func @squeeze_range(%x: tensor<2x6xf32>) -> tensor<6xf32> {
  // expected-error@+1 {{'ane.slice_by_index' op squeezed dim 0 (size 2) has begin 2 out of range}}
  %0 = "ane.slice_by_index"(%x) {begin = array<i64: 2, 0>, begin_mask = array<i64: 0, 1>, end = array<i64: 0, 0>, end_mask = array<i64: 0, 1>, squeeze_mask = array<i64: 1, 0>, stride = array<i64: 1, 1>} : (tensor<2x6xf32>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

func.func @all_squeezed(%x: tensor<2x6xf32>) -> tensor<1xf32> {
  // expected-error@+1 {{'ane.slice_by_index' op result would be rank 0: every dim is squeezed}}
  %0 = "ane.slice_by_index"(%x) {begin = array<i64: 0, 0>, begin_mask = array<i64: 0, 0>, end = array<i64: 0, 0>, end_mask = array<i64: 0, 0>, squeeze_mask = array<i64: 1, 1>, stride = array<i64: 1, 1>} : (tensor<2x6xf32>) -> tensor<1xf32>
  return %0 : tensor<1xf32>
}

// -----

func.func @result(%x: tensor<2x6xf32>) -> tensor<2x3xf32> {
  // expected-error@+1 {{'ane.slice_by_index' op result shape [2, 3] does not match expected [2, 2]}}
  %0 = "ane.slice_by_index"(%x) {begin = array<i64: 0, 1>, begin_mask = array<i64: 0, 0>, end = array<i64: 2, 3>, end_mask = array<i64: 0, 0>, squeeze_mask = array<i64: 0, 0>, stride = array<i64: 1, 1>} : (tensor<2x6xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
