// Input from stdin, both implicitly and as '-'.
// RUN: ane-opt < %s | FileCheck %s
// RUN: ane-opt - < %s | FileCheck %s
// RUN: not ane-opt - < %S/Inputs/bad-attr.mlir 2>&1 | FileCheck %s --check-prefix=ERR

// CHECK: "ane.exp"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
// ERR: <stdin>:3:8: error: 'ane.softmax' op attribute "axis" is expected but not provided
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.exp"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
