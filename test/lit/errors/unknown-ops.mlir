// Error corpus: ops the ANE dialect does not have, ANE ops written in
// custom syntax (IRDL ops have none; MLIR fails without a word, ane-opt says
// why), and ops of dialects ane-opt does not load (only the opaque MIL ops
// `mil.*` may be unregistered: test/lit/mil/opaque-passes.test).
// RUN: ane-opt %s --split-input-file --verify-diagnostics
// RUN: %python %S/Inputs/each_case_fails.py %s

func.func @unknown(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{unregistered operation 'ane.frobnicate' found in dialect ('ane') that does not allow unknown operations}}
  %0 = "ane.frobnicate"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @misspelled(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{unregistered operation 'ane.rmsnorm' found in dialect ('ane') that does not allow unknown operations}}
  %0 = "ane.rmsnorm"(%x) {epsilon = 1.0e-05 : f32} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @wrong_case(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{unregistered operation 'ane.ReLU' found in dialect ('ane') that does not allow unknown operations}}
  %0 = "ane.ReLU"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @dialect_only(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{unregistered operation 'ane.': only the opaque MIL ops ('mil.*') may be unregistered (-allow-unregistered-dialect accepts any)}}
  %0 = "ane."(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @custom_syntax(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{custom assembly syntax is not supported for 'ane.relu': ANE ops are defined in IRDL and must be written in generic form, e.g. "ane.relu"(%x) {...} : (...) -> ...}}
  %0 = ane.relu %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @custom_syntax_attrs(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{custom assembly syntax is not supported for 'ane.rms_norm': ANE ops are defined in IRDL and must be written in generic form, e.g. "ane.rms_norm"(%x) {...} : (...) -> ...}}
  %0 = ane.rms_norm %x {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @unknown_dialect(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{unregistered operation 'milx.relu': only the opaque MIL ops ('mil.*') may be unregistered (-allow-unregistered-dialect accepts any)}}
  %0 = "milx.relu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @not_loaded(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{unregistered operation 'tosa.clamp': only the opaque MIL ops ('mil.*') may be unregistered (-allow-unregistered-dialect accepts any)}}
  %0 = "tosa.clamp"(%x) {min_val = 0.0 : f32, max_val = 6.0 : f32} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @ane_op_with_region(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'ane.relu' op unexpected number of regions: expected 0 but got 1}}
  %0 = "ane.relu"(%x) ({
    "func.return"() : () -> ()
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @ane_op_with_successor(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{successors in non-terminator}}
  "ane.relu"(%x)[^bb1] : (tensor<4xf32>) -> ()
^bb1:
  return %x : tensor<4xf32>
}
