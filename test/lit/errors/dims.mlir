// Error corpus: dimensions. Every dim is positive and at most 2^31-1; shape
// ops need static shapes; shapes must agree with the op's semantics.
// RUN: ane-opt %s --split-input-file --verify-diagnostics
// RUN: %python %S/Inputs/each_case_fails.py %s

func.func @zero_dim(%x: tensor<4x0xf32>) -> tensor<4x0xf32> {
  // expected-error@+1 {{'ane.sigmoid' op x dims must be positive, got [4, 0]}}
  %0 = "ane.sigmoid"(%x) : (tensor<4x0xf32>) -> tensor<4x0xf32>
  return %0 : tensor<4x0xf32>
}

// -----

func.func @zero_dim_result(%x: tensor<4x8xf32>) -> tensor<0x32xf32> {
  // expected-error@+1 {{'ane.reshape' op result dims must be positive, got [0, 32]}}
  %0 = "ane.reshape"(%x) {shape = array<i64: 0, 32>} : (tensor<4x8xf32>) -> tensor<0x32xf32>
  return %0 : tensor<0x32xf32>
}

// -----

func.func @dim_2_pow_31(%x: tensor<2147483648xf16>) -> tensor<2147483648xf16> {
  // expected-error@+1 {{'ane.tanh' op x dims must be at most 2147483647, got [2147483648]}}
  %0 = "ane.tanh"(%x) : (tensor<2147483648xf16>) -> tensor<2147483648xf16>
  return %0 : tensor<2147483648xf16>
}

// -----

func.func @dim_2_pow_62(%x: tensor<4611686018427387904x2xf16>) -> tensor<4611686018427387904x2xf16> {
  // expected-error@+1 {{'ane.relu' op x dims must be at most 2147483647, got [4611686018427387904, 2]}}
  %0 = "ane.relu"(%x) : (tensor<4611686018427387904x2xf16>) -> tensor<4611686018427387904x2xf16>
  return %0 : tensor<4611686018427387904x2xf16>
}

// -----

func.func @elements_overflow(%x: tensor<2147483647x2147483647x2147483647xf16>) -> tensor<2147483647x2147483647x2147483647xf16> {
  // expected-error@+1 {{'ane.reshape' op element count of x [2147483647, 2147483647, 2147483647] overflows int64}}
  %0 = "ane.reshape"(%x) {shape = array<i64: 2147483647, 2147483647, 2147483647>} : (tensor<2147483647x2147483647x2147483647xf16>) -> tensor<2147483647x2147483647x2147483647xf16>
  return %0 : tensor<2147483647x2147483647x2147483647xf16>
}

// -----

func.func @reshape_dynamic_input(%x: tensor<?x8xf32>) -> tensor<32xf32> {
  // expected-error@+1 {{'ane.reshape' op x must have a static shape, got [?, 8]}}
  %0 = "ane.reshape"(%x) {shape = array<i64: 32>} : (tensor<?x8xf32>) -> tensor<32xf32>
  return %0 : tensor<32xf32>
}

// -----

func.func @reshape_dynamic_result(%x: tensor<4x8xf32>) -> tensor<?xf32> {
  // expected-error@+1 {{'ane.reshape' op result must have a static shape, got [?]}}
  %0 = "ane.reshape"(%x) {shape = array<i64: 32>} : (tensor<4x8xf32>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

func.func @reshape_count(%x: tensor<4x8xf32>) -> tensor<64xf32> {
  // expected-error@+1 {{'ane.reshape' op result element count 64 does not match x element count 32}}
  %0 = "ane.reshape"(%x) {shape = array<i64: 64>} : (tensor<4x8xf32>) -> tensor<64xf32>
  return %0 : tensor<64xf32>
}

// -----

func.func @reshape_negative_entry(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.reshape' op shape entries must be positive, got [4, -1]}}
  %0 = "ane.reshape"(%x) {shape = array<i64: 4, -1>} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @broadcast(%x: tensor<4x8xf32>, %y: tensor<3xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.add' op operands of shapes [4, 8] and [3] are not broadcast-compatible}}
  %0 = "ane.add"(%x, %y) : (tensor<4x8xf32>, tensor<3xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @result_shape(%x: tensor<4x8xf32>) -> tensor<8x4xf32> {
  // expected-error@+1 {{'ane.square' op result shape [8, 4] does not match x shape [4, 8]}}
  %0 = "ane.square"(%x) : (tensor<4x8xf32>) -> tensor<8x4xf32>
  return %0 : tensor<8x4xf32>
}

// -----

func.func @matmul_contracting(%x: tensor<4x8xf32>, %y: tensor<4x3xf32>) -> tensor<4x3xf32> {
  // expected-error@+1 {{'ane.matmul' op contracting dims do not match: x [4, 8] has K = 8, y [4, 3] has K = 4}}
  %0 = "ane.matmul"(%x, %y) {transpose_x = false, transpose_y = false} : (tensor<4x8xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @slice_out_of_bounds(%x: tensor<4x8xf32>) -> tensor<4x6xf32> {
  // expected-error@+1 {{'ane.slice_by_size' op begin[1] = 4 plus size[1] = 6 exceeds x dim 1 of size 8}}
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 0, 4>, size = array<i64: 4, 6>} : (tensor<4x8xf32>) -> tensor<4x6xf32>
  return %0 : tensor<4x6xf32>
}

// -----

// expected-error@+1 {{expected non-function type}}
func.func @negative_dim_in_type(%x: tensor<4x-8xf32>) -> tensor<4x8xf32> {
  return %x : tensor<4x8xf32>
}
