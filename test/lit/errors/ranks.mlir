// Error corpus: ranks. ANE tensors have rank 1..5.
// RUN: ane-opt %s --split-input-file --verify-diagnostics
// RUN: %python %S/Inputs/each_case_fails.py %s

func.func @rank0_operand(%x: tensor<f32>) -> tensor<f32> {
  // expected-error@+1 {{'ane.exp' op x must have rank 1..5, got rank 0}}
  %0 = "ane.exp"(%x) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @rank0_result(%x: tensor<8xf32>) -> tensor<f32> {
  // expected-error@+1 {{'ane.reduce_sum' op result would be rank 0: every dim of x [8] is reduced and keep_dims = false}}
  %0 = "ane.reduce_sum"(%x) {axes = array<i64: 0>, keep_dims = false} : (tensor<8xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @rank6_operand(%x: tensor<1x2x1x2x1x2xf32>) -> tensor<1x2x1x2x1x2xf32> {
  // expected-error@+1 {{'ane.relu' op x must have rank 1..5, got rank 6}}
  %0 = "ane.relu"(%x) : (tensor<1x2x1x2x1x2xf32>) -> tensor<1x2x1x2x1x2xf32>
  return %0 : tensor<1x2x1x2x1x2xf32>
}

// -----

func.func @rank6_result(%x: tensor<64xf32>) -> tensor<2x2x2x2x2x2xf32> {
  // expected-error@+1 {{'ane.reshape' op result must have rank 1..5, got rank 6}}
  %0 = "ane.reshape"(%x) {shape = array<i64: 2, 2, 2, 2, 2, 2>} : (tensor<64xf32>) -> tensor<2x2x2x2x2x2xf32>
  return %0 : tensor<2x2x2x2x2x2xf32>
}

// -----

func.func @rank6_second_operand(%x: tensor<2xf32>, %y: tensor<1x1x1x1x1x2xf32>) -> tensor<1x1x1x1x1x2xf32> {
  // expected-error@+1 {{'ane.add' op y must have rank 1..5, got rank 6}}
  %0 = "ane.add"(%x, %y) : (tensor<2xf32>, tensor<1x1x1x1x1x2xf32>) -> tensor<1x1x1x1x1x2xf32>
  return %0 : tensor<1x1x1x1x1x2xf32>
}

// -----

func.func @matmul_rank1(%x: tensor<8xf32>, %y: tensor<8x3xf32>) -> tensor<3xf32> {
  // expected-error@+1 {{'ane.matmul' op x must have rank >= 2, got rank 1}}
  %0 = "ane.matmul"(%x, %y) {transpose_x = false, transpose_y = false} : (tensor<8xf32>, tensor<8x3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @linear_rank4(%x: tensor<1x1x2x8xf32>, %w: tensor<16x8xf32>, %b: tensor<16xf32>) -> tensor<1x1x2x16xf32> {
  // expected-error@+1 {{'ane.linear' op x must have rank 1..3, got rank 4}}
  %0 = "ane.linear"(%x, %w, %b) : (tensor<1x1x2x8xf32>, tensor<16x8xf32>, tensor<16xf32>) -> tensor<1x1x2x16xf32>
  return %0 : tensor<1x1x2x16xf32>
}

// -----

func.func @gamma_rank0(%x: tensor<4x8xf32>, %g: tensor<f32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'ane.rms_norm' op gamma must have rank 1..5, got rank 0}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}
