// The rules of ane.reduce_argmax (docs/dialect.md): one split per rule,
// each with the exact message.
// RUN: ane-opt %s --split-input-file --verify-diagnostics

func.func @am_type(%x: tensor<4x3xf16>) -> tensor<4xf16> {
  // expected-error@+1 {{'ane.reduce_argmax' op result element type must be i32, got f16}}
  %0 = "ane.reduce_argmax"(%x) {axis = 1 : i64, keep_dims = false} : (tensor<4x3xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @am_rank0(%x: tensor<4xf16>) -> tensor<i32> {
  // expected-error@+1 {{'ane.reduce_argmax' op result would be rank 0: x [4] has one dim and keep_dims = false}}
  %0 = "ane.reduce_argmax"(%x) {axis = 0 : i64, keep_dims = false} : (tensor<4xf16>) -> tensor<i32>
  return %0 : tensor<i32>
}

// -----

func.func @am_axis(%x: tensor<4x3xf16>) -> tensor<4xi32> {
  // expected-error@+1 {{'ane.reduce_argmax' op axis -3 is out of range for rank 2}}
  %0 = "ane.reduce_argmax"(%x) {axis = -3 : i64, keep_dims = false} : (tensor<4x3xf16>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

func.func @am_shape(%x: tensor<4x3xf16>) -> tensor<4xi32> {
  // expected-error@+1 {{'ane.reduce_argmax' op result shape [4] does not match expected [4, 1]}}
  %0 = "ane.reduce_argmax"(%x) {axis = 1 : i64, keep_dims = true} : (tensor<4x3xf16>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

func.func @am_bool(%x: tensor<4x3xi1>) -> tensor<4xi32> {
  // expected-error@+1 {{'ane.reduce_argmax' op x element type must be f16, f32 or i32, got i1}}
  %0 = "ane.reduce_argmax"(%x) {axis = 1 : i64, keep_dims = false} : (tensor<4x3xi1>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}
