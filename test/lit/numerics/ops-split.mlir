// ane.split: hand-computed parts, and the parts of random inputs against
// ane.slice_by_size windows of the same x under both numerics (bit-exact:
// both only move stored values).
// RUN: ane-run %s --func=parts --print-values=100 | FileCheck %s --check-prefix=PARTS
// RUN: ane-run %s --func=parts_fp16 --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=FP16
// RUN: ane-run %s --func=parts_i8 --print-values=100 | FileCheck %s --check-prefix=I8
// RUN: ane-run %s --func=parts_i8 --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=I8
// RUN: ane-run %s --func=split_axis0 --compare --compare-func=slices_axis0 --atol=0 --tol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=split_axis0 --numerics=ane-fp16 --compare --compare-func=slices_axis0 --compare-numerics=ane-fp16 --atol=0 --tol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=split_last --compare --compare-func=slices_last --atol=0 --tol=0 | FileCheck %s --check-prefix=SAME2
// RUN: ane-run %s --func=split_last --numerics=ane-fp16 --compare --compare-func=slices_last --compare-numerics=ane-fp16 --atol=0 --tol=0 | FileCheck %s --check-prefix=SAME2

// x[r, c] = 6r + c split into three [2, 2] parts along axis 1; only parts
// 2 and 0 are returned (part 1 is computed and never used).
// PARTS: #0 tensor<2x2xi32>: min 4 max 11 mean 7.5 values [4, 5, 10, 11]
// PARTS-NEXT: #1 tensor<2x2xi32>: min 0 max 7 mean 3.5 values [0, 1, 6, 7]
func.func @parts() -> (tensor<2x2xi32>, tensor<2x2xi32>) {
  %x = arith.constant dense<[[0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11]]> : tensor<2x6xi32>
  %0:3 = "ane.split"(%x) {axis = 1 : i64, split_sizes = array<i64: 2, 2, 2>} : (tensor<2x6xi32>) -> (tensor<2x2xi32>, tensor<2x2xi32>, tensor<2x2xi32>)
  return %0#2, %0#0 : tensor<2x2xi32>, tensor<2x2xi32>
}

// f32 values stored as fp16 under ane-fp16: 1/3 becomes 0.333252.
// FP16: #0 tensor<2xf32>: min 0.333252 max 1 mean 0.666626 values [0.333252, 1]
// FP16-NEXT: #1 tensor<2xf32>: min -2 max 2.5 mean 0.25 values [-2, 2.5]
func.func @parts_fp16() -> (tensor<2xf32>, tensor<2xf32>) {
  %x = arith.constant dense<[0.333333, 1.0, -2.0, 2.5]> : tensor<4xf32>
  %0:2 = "ane.split"(%x) {axis = 0 : i64, split_sizes = array<i64: 2, 2>} : (tensor<4xf32>) -> (tensor<2xf32>, tensor<2xf32>)
  return %0#0, %0#1 : tensor<2xf32>, tensor<2xf32>
}

// i8 and ui8 move like the other element types (the shape ops' rule).
// I8: #0 tensor<3xi8>: min -128 max 127 mean -0.333333 values [-128, 0, 127]
// I8-NEXT: #1 tensor<3xui8>: min 1 max 255 mean 85.6667 values [255, 1, 1]
func.func @parts_i8() -> (tensor<3xi8>, tensor<3xui8>) {
  %x = arith.constant dense<[-128, 0, 127, 5, 6, 7]> : tensor<6xi8>
  %0:2 = "ane.split"(%x) {axis = 0 : i64, split_sizes = array<i64: 3, 3>} : (tensor<6xi8>) -> (tensor<3xi8>, tensor<3xi8>)
  %u = arith.constant dense<[255, 1, 1, 2]> : tensor<4xui8>
  %1:2 = "ane.split"(%u) {axis = 0 : i64, split_sizes = array<i64: 2, 2>} : (tensor<4xui8>) -> (tensor<2xui8>, tensor<2xui8>)
  %2 = "ane.concat"(%1#0, %1#1) {axis = 0 : i64, interleave = false} : (tensor<2xui8>, tensor<2xui8>) -> tensor<4xui8>
  %3 = "ane.slice_by_size"(%2) {begin = array<i64: 0>, size = array<i64: 3>} : (tensor<4xui8>) -> tensor<3xui8>
  return %0#0, %3 : tensor<3xi8>, tensor<3xui8>
}

// SAME: #0 max_abs_err 0.000e+00
// SAME: #1 max_abs_err 0.000e+00
func.func @split_axis0(%x: tensor<4x3x5xf16>) -> (tensor<2x3x5xf16>, tensor<2x3x5xf16>) {
  %0:2 = "ane.split"(%x) {axis = 0 : i64, split_sizes = array<i64: 2, 2>} : (tensor<4x3x5xf16>) -> (tensor<2x3x5xf16>, tensor<2x3x5xf16>)
  return %0#0, %0#1 : tensor<2x3x5xf16>, tensor<2x3x5xf16>
}

func.func @slices_axis0(%x: tensor<4x3x5xf16>) -> (tensor<2x3x5xf16>, tensor<2x3x5xf16>) {
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 0, 0, 0>, size = array<i64: 2, 3, 5>} : (tensor<4x3x5xf16>) -> tensor<2x3x5xf16>
  %1 = "ane.slice_by_size"(%x) {begin = array<i64: 2, 0, 0>, size = array<i64: 2, 3, 5>} : (tensor<4x3x5xf16>) -> tensor<2x3x5xf16>
  return %0, %1 : tensor<2x3x5xf16>, tensor<2x3x5xf16>
}

// SAME2: #0 max_abs_err 0.000e+00
// SAME2: #1 max_abs_err 0.000e+00
// SAME2: #2 max_abs_err 0.000e+00
func.func @split_last(%x: tensor<2x3x6xf32>) -> (tensor<2x3x2xf32>, tensor<2x3x2xf32>, tensor<2x3x2xf32>) {
  %0:3 = "ane.split"(%x) {axis = -1 : i64, split_sizes = array<i64: 2, 2, 2>} : (tensor<2x3x6xf32>) -> (tensor<2x3x2xf32>, tensor<2x3x2xf32>, tensor<2x3x2xf32>)
  return %0#0, %0#1, %0#2 : tensor<2x3x2xf32>, tensor<2x3x2xf32>, tensor<2x3x2xf32>
}

func.func @slices_last(%x: tensor<2x3x6xf32>) -> (tensor<2x3x2xf32>, tensor<2x3x2xf32>, tensor<2x3x2xf32>) {
  %0 = "ane.slice_by_size"(%x) {begin = array<i64: 0, 0, 0>, size = array<i64: 2, 3, 2>} : (tensor<2x3x6xf32>) -> tensor<2x3x2xf32>
  %1 = "ane.slice_by_size"(%x) {begin = array<i64: 0, 0, 2>, size = array<i64: 2, 3, 2>} : (tensor<2x3x6xf32>) -> tensor<2x3x2xf32>
  %2 = "ane.slice_by_size"(%x) {begin = array<i64: 0, 0, 4>, size = array<i64: 2, 3, 2>} : (tensor<2x3x6xf32>) -> tensor<2x3x2xf32>
  return %0, %1, %2 : tensor<2x3x2xf32>, tensor<2x3x2xf32>, tensor<2x3x2xf32>
}
