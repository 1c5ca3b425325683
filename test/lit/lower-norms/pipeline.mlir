// Our passes mixed with upstream ones in textual order; functions lowered in
// parallel give the same IR as single-threaded runs.
// RUN: ane-opt %s --pass-pipeline='builtin.module(func.func(lower-norms{strategy=l2},ane-dce),canonicalize)' | FileCheck %s
// RUN: ane-opt %s --lower-norms --ane-cse --ane-dce --canonicalize | FileCheck %s --check-prefix=FLAGS
// RUN: ane-opt %s --lower-norms > %t.threaded
// RUN: ane-opt %s --lower-norms --mlir-disable-threading > %t.serial
// RUN: diff %t.threaded %t.serial

// ane-dce removes the unused ane.exp that canonicalize would keep (IRDL ops
// are not Pure).
// CHECK-LABEL: func.func @a(
// CHECK-NOT: ane.exp
// CHECK: "ane.reduce_l2_norm"
// CHECK-LABEL: func.func @b(
// CHECK: "ane.reduce_l2_norm"

// Two identical norms of the same x lower to identical sequences that
// ane-cse merges into one.
// FLAGS-LABEL: func.func @a(
// FLAGS-COUNT-1: "ane.reduce_l2_norm"
// FLAGS-NOT: "ane.reduce_l2_norm"
// FLAGS-LABEL: func.func @b(
func.func @a(%x: tensor<4x8xf16>) -> tensor<4x8xf16> {
  %dead = "ane.exp"(%x) : (tensor<4x8xf16>) -> tensor<4x8xf16>
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  %1 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x8xf16>) -> tensor<4x8xf16>
  %2 = "ane.add"(%0, %1) : (tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<4x8xf16>
  return %2 : tensor<4x8xf16>
}
func.func @b(%x: tensor<2x16xf32>) -> tensor<2x16xf32> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-06 : f32} : (tensor<2x16xf32>) -> tensor<2x16xf32>
  return %0 : tensor<2x16xf32>
}
func.func @c(%x: tensor<2x16xf32>) -> tensor<2x16xf32> {
  %0 = "ane.l2_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-06 : f32} : (tensor<2x16xf32>) -> tensor<2x16xf32>
  return %0 : tensor<2x16xf32>
}
