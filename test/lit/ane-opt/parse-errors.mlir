// Input that is not valid IR: a located error and exit 1, never a crash.
// RUN: rm -rf %t && split-file %s %t
// RUN: not ane-opt %t/garbage.mlir 2>&1 | FileCheck %s --check-prefix=GARBAGE
// RUN: not ane-opt %t/truncated.mlir 2>&1 | FileCheck %s --check-prefix=TRUNCATED
// RUN: not ane-opt %t/unknown-op.mlir 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not ane-opt %t/custom-syntax.mlir 2>&1 | FileCheck %s --check-prefix=CUSTOM
// RUN: not ane-opt %t/wrong-attr.mlir 2>&1 | FileCheck %s --check-prefix=ATTR

// GARBAGE: garbage.mlir:1:1: error: custom op 'this' is unknown
// TRUNCATED: truncated.mlir:2:57: error: expected operation name in quotes
// UNKNOWN: unknown-op.mlir:2:8: error: unregistered operation 'ane.frobnicate' found in dialect ('ane') that does not allow unknown operations
// CUSTOM: custom-syntax.mlir:2:8: error: custom assembly syntax is not supported for 'ane.relu': ANE ops are defined in IRDL and must be written in generic form, e.g. "ane.relu"(%x) {...} : (...) -> ...
// CUSTOM-NEXT: {{^}}  %0 = ane.relu %x : tensor<4xf32>
// CUSTOM-NEXT: {{^}}       ^
// ATTR: wrong-attr.mlir:2:8: error: '1 : i64' does not satisfy the constraint

//--- garbage.mlir
this is not MLIR at all {{{
//--- truncated.mlir
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.relu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
//--- unknown-op.mlir
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.frobnicate"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
//--- custom-syntax.mlir
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = ane.relu %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}
//--- wrong-attr.mlir
func.func @f(%x: tensor<4xf32>) -> tensor<4x1xf32> {
  %0 = "ane.reduce_sum"(%x) {axes = array<i64: 0>, keep_dims = 1} : (tensor<4xf32>) -> tensor<1xf32>
  return %0 : tensor<1xf32>
}
