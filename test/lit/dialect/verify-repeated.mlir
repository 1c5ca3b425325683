// The ANE verifier remembers the signatures (name, operand and result types,
// attributes) of ops that passed and does not check them again
// (lib/dialect/verifier.c). An op that differs from a passing one only in an
// attribute's value or type, its result type or an operand type still gets
// its error, and a bad op repeated gets its error each time. One function,
// so every op is seen by the same walk.
// RUN: ane-opt %s --verify-diagnostics

func.func @f(%x: tensor<2x4xf16>, %y: tensor<4xf16>, %z: tensor<3xf16>) {
  %0 = "ane.softmax"(%x) {axis = -1 : i64} : (tensor<2x4xf16>) -> tensor<2x4xf16>
  %1 = "ane.softmax"(%x) {axis = -1 : i64} : (tensor<2x4xf16>) -> tensor<2x4xf16>
  // expected-error@+1 {{'ane.softmax' op axis 2 is out of range for rank 2}}
  %2 = "ane.softmax"(%x) {axis = 2 : i64} : (tensor<2x4xf16>) -> tensor<2x4xf16>
  // expected-error@+1 {{'ane.softmax' op axis 2 is out of range for rank 2}}
  %3 = "ane.softmax"(%x) {axis = 2 : i64} : (tensor<2x4xf16>) -> tensor<2x4xf16>
  // expected-error@+1 {{'ane.softmax' op axis must be an i64 integer attribute, got -1 : i32}}
  %4 = "ane.softmax"(%x) {axis = -1 : i32} : (tensor<2x4xf16>) -> tensor<2x4xf16>
  // expected-error@+1 {{'ane.softmax' op result shape [4, 2] does not match x shape [2, 4]}}
  %5 = "ane.softmax"(%x) {axis = -1 : i64} : (tensor<2x4xf16>) -> tensor<4x2xf16>
  %6 = "ane.add"(%x, %y) : (tensor<2x4xf16>, tensor<4xf16>) -> tensor<2x4xf16>
  // expected-error@+1 {{'ane.add' op operands of shapes [2, 4] and [3] are not broadcast-compatible}}
  %7 = "ane.add"(%x, %z) : (tensor<2x4xf16>, tensor<3xf16>) -> tensor<2x4xf16>
  %8 = "ane.add"(%x, %y) : (tensor<2x4xf16>, tensor<4xf16>) -> tensor<2x4xf16>
  return
}
