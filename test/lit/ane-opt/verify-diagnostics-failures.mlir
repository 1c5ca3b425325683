// --verify-diagnostics reports, like mlir-opt, an unexpected diagnostic, an
// expectation that was not produced, and a diagnostic of the wrong kind;
// each fails the run.
// RUN: not ane-opt %s --split-input-file --verify-diagnostics 2>&1 | FileCheck %s

func.func @unexpected(%x: tensor<4xf32>) -> tensor<4xf32> {
  // CHECK: verify-diagnostics-failures.mlir:[[@LINE+3]]:8: error: unexpected error: 'ane.softmax' op attribute "axis" is expected but not provided
  // CHECK-NEXT: "ane.softmax"(%x)
  // CHECK-NEXT: ^
  %0 = "ane.softmax"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @not_produced(%x: tensor<4xf32>) -> tensor<4xf32> {
  // CHECK: verify-diagnostics-failures.mlir:[[@LINE+1]]:6: error: expected error "this never happens" was not produced
  // expected-error@+1 {{this never happens}}
  return %x : tensor<4xf32>
}

// -----

func.func @wrong_kind(%x: tensor<4xf32>) -> tensor<4xf32> {
  // CHECK: verify-diagnostics-failures.mlir:[[@LINE+1]]:6: error: 'error' diagnostic emitted when expecting a 'warning'
  // expected-warning@+1 {{"axis" is expected}}
  %0 = "ane.softmax"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @bad_regex(%x: tensor<4xf32>) -> tensor<4xf32> {
  // CHECK: verify-diagnostics-failures.mlir:[[@LINE+1]]:6: error: found start of regex with no end '}}'
  // expected-error@+1 {{"axis" {{is expected}}
  %0 = "ane.softmax"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
