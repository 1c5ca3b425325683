// Error corpus: wrong operand and result counts, and values that are not
// ranked tensors. IRDL checks counts and kinds while parsing.
// RUN: ane-opt %s --split-input-file --verify-diagnostics
// RUN: %python %S/Inputs/each_case_fails.py %s

func.func @binary_one_operand(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{op expects exactly 2 operands, but got 1}}
  %0 = "ane.add"(%x) : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @unary_two_operands(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{op expects exactly 1 operands, but got 2}}
  %0 = "ane.relu"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @rms_norm_three_operands(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{op expects at most 2 operands, but got 3}}
  %0 = "ane.rms_norm"(%x, %g, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @layer_norm_no_beta(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{op expects exactly 3 operands, but got 2}}
  %0 = "ane.layer_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @linear_no_bias(%x: tensor<2x8xf32>, %w: tensor<16x8xf32>) -> tensor<2x16xf32> {
  // expected-error@+1 {{op expects exactly 3 operands, but got 2}}
  %0 = "ane.linear"(%x, %w) : (tensor<2x8xf32>, tensor<16x8xf32>) -> tensor<2x16xf32>
  return %0 : tensor<2x16xf32>
}

// -----

func.func @concat_nothing() -> tensor<4xf32> {
  // expected-error@+1 {{op expects at least 1 operands, but got 0}}
  %0 = "ane.concat"() {axis = 0 : i64, interleave = false} : () -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @two_results(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{op expects exactly 1 results, but got 2}}
  %0:2 = "ane.relu"(%x) : (tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>)
  return %0#0 : tensor<4x8xf32>
}

// -----

func.func @no_result(%x: tensor<4x8xf32>) {
  // expected-error@+1 {{op expects exactly 1 results, but got 0}}
  "ane.relu"(%x) : (tensor<4x8xf32>) -> ()
  return
}

// -----

func.func @scalar_operand(%x: f32) -> f32 {
  // expected-error@+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "ane.relu"(%x) : (f32) -> f32
  return %0 : f32
}

// -----

func.func @memref_operand(%x: memref<4xf32>) -> memref<4xf32> {
  // expected-error@+1 {{expected base type 'builtin.tensor' but got 'builtin.memref'}}
  %0 = "ane.relu"(%x) : (memref<4xf32>) -> memref<4xf32>
  return %0 : memref<4xf32>
}

// -----

func.func @unranked_operand(%x: tensor<*xf32>) -> tensor<*xf32> {
  // expected-error@+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "ane.relu"(%x) : (tensor<*xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// expected-note@+1 {{prior use here}}
func.func @operand_type_mismatch(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{use of value '%x' expects different type than prior uses: 'tensor<4x8xf16>' vs 'tensor<4x8xf32>'}}
  %0 = "ane.relu"(%x) : (tensor<4x8xf16>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @undefined_operand(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{use of undeclared SSA value name}}
  %0 = "ane.relu"(%y) : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @use_before_def(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{operand #0 does not dominate this use}}
  %0 = "ane.relu"(%1) : (tensor<4x8xf32>) -> tensor<4x8xf32>
  // expected-note@+1 {{operand defined here (op in the same block)}}
  %1 = "ane.relu"(%x) : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}
