// The rules of ane.gather (docs/dialect.md): one split per rule, each with
// the exact message.
// RUN: ane-opt %s --split-input-file --verify-diagnostics

func.func @idx_type(%x: tensor<4x3xf16>, %i: tensor<2xf16>) -> tensor<2x3xf16> {
  // expected-error@+1 {{'ane.gather' op indices element type must be i32, got f16}}
  %0 = "ane.gather"(%x, %i) {axis = 0 : i64, batch_dims = 0 : i64} : (tensor<4x3xf16>, tensor<2xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

func.func @res_type(%x: tensor<4x3xf16>, %i: tensor<2xi32>) -> tensor<2x3xf32> {
  // expected-error@+1 {{'ane.gather' op result element type f32 does not match x element type f16}}
  %0 = "ane.gather"(%x, %i) {axis = 0 : i64, batch_dims = 0 : i64} : (tensor<4x3xf16>, tensor<2xi32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @bool(%x: tensor<4x3xi1>, %i: tensor<2xi32>) -> tensor<2x3xi1> {
  // expected-error@+1 {{'ane.gather' op x element type must be f16, f32 or i32, got i1}}
  %0 = "ane.gather"(%x, %i) {axis = 0 : i64, batch_dims = 0 : i64} : (tensor<4x3xi1>, tensor<2xi32>) -> tensor<2x3xi1>
  return %0 : tensor<2x3xi1>
}

// -----

func.func @axis(%x: tensor<4x3xf16>, %i: tensor<2xi32>) -> tensor<2x3xf16> {
  // expected-error@+1 {{'ane.gather' op axis 2 is out of range for rank 2}}
  %0 = "ane.gather"(%x, %i) {axis = 2 : i64, batch_dims = 0 : i64} : (tensor<4x3xf16>, tensor<2xi32>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

func.func @batch(%x: tensor<4x3xf16>, %i: tensor<2xi32>) -> tensor<2x3xf16> {
  // expected-error@+1 {{'ane.gather' op batch_dims 1 must be in 0..0 (at most the axis 0 and the rank of indices 1)}}
  %0 = "ane.gather"(%x, %i) {axis = 0 : i64, batch_dims = 1 : i64} : (tensor<4x3xf16>, tensor<2xi32>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}

// -----

func.func @batchdim(%x: tensor<4x3xf16>, %i: tensor<2x2xi32>) -> tensor<4x2xf16> {
  // expected-error@+1 {{'ane.gather' op indices [2, 2] and x [4, 3] differ in batch dim 0}}
  %0 = "ane.gather"(%x, %i) {axis = 1 : i64, batch_dims = 1 : i64} : (tensor<4x3xf16>, tensor<2x2xi32>) -> tensor<4x2xf16>
  return %0 : tensor<4x2xf16>
}

// -----

func.func @rank(%x: tensor<2x2x2x2xf16>, %i: tensor<2x2x2xi32>) -> tensor<2xf16> {
  // expected-error@+1 {{'ane.gather' op result would have rank 6, more than 5}}
  %0 = "ane.gather"(%x, %i) {axis = 1 : i64, batch_dims = 0 : i64} : (tensor<2x2x2x2xf16>, tensor<2x2x2xi32>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}

// -----

func.func @shape(%x: tensor<4x3xf16>, %i: tensor<2xi32>) -> tensor<3x2xf16> {
  // expected-error@+1 {{'ane.gather' op result shape [3, 2] does not match expected [4, 2]}}
  %0 = "ane.gather"(%x, %i) {axis = 1 : i64, batch_dims = 0 : i64} : (tensor<4x3xf16>, tensor<2xi32>) -> tensor<3x2xf16>
  return %0 : tensor<3x2xf16>
}
