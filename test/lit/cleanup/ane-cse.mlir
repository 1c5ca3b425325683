// ane-cse merges ane.* ops with the same name, operands, attributes and
// result types, keeping the first (upstream cse cannot: IRDL ops are not
// Pure). Merges cascade through users in one run. With ane-dce after it, the
// ops left unused go too.
// RUN: ane-opt %s --split-input-file --ane-cse | FileCheck %s
// RUN: ane-opt %s --split-input-file --pass-pipeline='builtin.module(ane-cse)' | FileCheck %s
// RUN: ane-opt %s --split-input-file --ane-cse --ane-dce | FileCheck %s --check-prefix=BOTH

// Identical ops merge into the first, whatever their locations; every use of
// a duplicate, including the return, now reads the survivor.
// CHECK-LABEL: func.func @merge_identical
// CHECK-NEXT:    %[[A:.*]] = "ane.add"(%arg0, %arg1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT:    %[[M:.*]] = "ane.mul"(%[[A]], %[[A]]) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT:    return %[[M]], %[[A]] : tensor<4xf32>, tensor<4xf32>
// CHECK-NEXT:  }
func.func @merge_identical(%x: tensor<4xf32>, %y: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = "ane.add"(%x, %y) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = "ane.add"(%x, %y) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> loc("elsewhere":3:4)
  %2 = "ane.mul"(%0, %1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %3 = "ane.add"(%x, %y) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %2, %3 : tensor<4xf32>, tensor<4xf32>
}

// -----

// Different attributes, operand order or result types: nothing merges (only
// the last softmax, equal to the first, does).
// CHECK-LABEL: func.func @differences_kept
// CHECK-NEXT:    %[[S0:.*]] = "ane.softmax"(%arg0) {axis = -1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
// CHECK-NEXT:    %[[S1:.*]] = "ane.softmax"(%arg0) {axis = 0 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
// CHECK-NEXT:    %[[D0:.*]] = "ane.real_div"(%arg0, %arg1) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
// CHECK-NEXT:    %[[D1:.*]] = "ane.real_div"(%arg1, %arg0) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
// CHECK-NEXT:    %[[C0:.*]] = "ane.cast"(%arg0) : (tensor<2x4xf32>) -> tensor<2x4xf16>
// CHECK-NEXT:    %[[C1:.*]] = "ane.cast"(%arg0) : (tensor<2x4xf32>) -> tensor<2x4xf32>
// CHECK-NEXT:    return %[[S0]], %[[S1]], %[[D0]], %[[D1]], %[[C0]], %[[C1]], %[[S0]] :
// CHECK-NEXT:  }
func.func @differences_kept(%x: tensor<2x4xf32>, %y: tensor<2x4xf32>)
    -> (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf16>, tensor<2x4xf32>, tensor<2x4xf32>) {
  %0 = "ane.softmax"(%x) {axis = -1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  %1 = "ane.softmax"(%x) {axis = 0 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  %2 = "ane.real_div"(%x, %y) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  %3 = "ane.real_div"(%y, %x) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  %4 = "ane.cast"(%x) : (tensor<2x4xf32>) -> tensor<2x4xf16>
  %5 = "ane.cast"(%x) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  %6 = "ane.softmax"(%x) {axis = -1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf16>, tensor<2x4xf32>, tensor<2x4xf32>
}

// -----

// Ops with several attributes merge only when all of them match.
// CHECK-LABEL: func.func @attribute_sets
// CHECK-NEXT:    %[[R0:.*]] = "ane.reduce_sum"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x4xf32>) -> tensor<2x1xf32>
// CHECK-NEXT:    %[[R1:.*]] = "ane.reduce_max"(%arg0) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x4xf32>) -> tensor<2x1xf32>
// CHECK-NEXT:    %[[R2:.*]] = "ane.reduce_sum"(%arg0) {axes = array<i64: 1>, keep_dims = true} : (tensor<2x4xf32>) -> tensor<2x1xf32>
// CHECK-NEXT:    %[[R3:.*]] = "ane.reduce_sum"(%arg0) {axes = array<i64: -1>, keep_dims = false} : (tensor<2x4xf32>) -> tensor<2xf32>
// CHECK-NEXT:    return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R0]] :
// CHECK-NEXT:  }
func.func @attribute_sets(%x: tensor<2x4xf32>) -> (tensor<2x1xf32>, tensor<2x1xf32>, tensor<2x1xf32>, tensor<2xf32>, tensor<2x1xf32>) {
  %0 = "ane.reduce_sum"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x4xf32>) -> tensor<2x1xf32>
  %1 = "ane.reduce_max"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<2x4xf32>) -> tensor<2x1xf32>
  %2 = "ane.reduce_sum"(%x) {axes = array<i64: 1>, keep_dims = true} : (tensor<2x4xf32>) -> tensor<2x1xf32>
  %3 = "ane.reduce_sum"(%x) {axes = array<i64: -1>, keep_dims = false} : (tensor<2x4xf32>) -> tensor<2xf32>
  %4 = "ane.reduce_sum"(%x) {keep_dims = true, axes = array<i64: -1>} : (tensor<2x4xf32>) -> tensor<2x1xf32>
  return %0, %1, %2, %3, %4 : tensor<2x1xf32>, tensor<2x1xf32>, tensor<2x1xf32>, tensor<2xf32>, tensor<2x1xf32>
}

// -----

// Merging cascades: once the two adds are one, the two exps read the same
// value and merge, then the two sums.
// CHECK-LABEL: func.func @cascade
// CHECK-NEXT:    %[[A:.*]] = "ane.add"(%arg0, %arg1)
// CHECK-NEXT:    %[[E:.*]] = "ane.exp"(%[[A]])
// CHECK-NEXT:    %[[S:.*]] = "ane.sub"(%[[E]], %arg1)
// CHECK-NEXT:    %[[M:.*]] = "ane.mul"(%[[S]], %[[S]])
// CHECK-NEXT:    return %[[M]] : tensor<4xf32>
// CHECK-NEXT:  }
func.func @cascade(%x: tensor<4xf32>, %y: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.add"(%x, %y) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = "ane.add"(%x, %y) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %2 = "ane.exp"(%0) : (tensor<4xf32>) -> tensor<4xf32>
  %3 = "ane.exp"(%1) : (tensor<4xf32>) -> tensor<4xf32>
  %4 = "ane.sub"(%2, %y) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %5 = "ane.sub"(%3, %y) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %6 = "ane.mul"(%4, %5) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %6 : tensor<4xf32>
}

// -----

// Non-ANE ops are left to upstream cse, so ane ops reading two equal
// constants do not merge either (run --cse first for that).
// CHECK-LABEL: func.func @non_ane_untouched
// CHECK-NEXT:    %[[C0:.*]] = arith.constant dense<1.000000e+00> : tensor<4xf32>
// CHECK-NEXT:    %[[C1:.*]] = arith.constant dense<1.000000e+00> : tensor<4xf32>
// CHECK-NEXT:    %[[A0:.*]] = "ane.add"(%arg0, %[[C0]])
// CHECK-NEXT:    %[[A1:.*]] = "ane.add"(%arg0, %[[C1]])
// CHECK-NEXT:    %[[M:.*]] = "ane.mul"(%[[A0]], %[[A1]])
// CHECK-NEXT:    return %[[M]] : tensor<4xf32>
// CHECK-NEXT:  }
func.func @non_ane_untouched(%x: tensor<4xf32>) -> tensor<4xf32> {
  %c0 = arith.constant dense<1.0> : tensor<4xf32>
  %c1 = arith.constant dense<1.0> : tensor<4xf32>
  %0 = "ane.add"(%x, %c0) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = "ane.add"(%x, %c1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %2 = "ane.mul"(%0, %1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %2 : tensor<4xf32>
}

// -----

// Identical ops in different functions stay where they are.
// CHECK-LABEL: func.func @first
// CHECK-NEXT:    %[[A:.*]] = "ane.silu"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT:    return %[[A]] : tensor<4xf32>
// CHECK-NEXT:  }
// CHECK-LABEL: func.func @second
// CHECK-NEXT:    %[[B:.*]] = "ane.silu"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT:    return %[[B]] : tensor<4xf32>
// CHECK-NEXT:  }
func.func @first(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.silu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func @second(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.silu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// ane-cse then ane-dce: duplicates merge, then what nothing reads goes
// (here the merged sigmoid chain that only fed a dead mul).
// CHECK-LABEL: func.func @cse_then_dce
// CHECK-NEXT:    %[[G:.*]] = "ane.sigmoid"(%arg0)
// CHECK-NEXT:    %[[M:.*]] = "ane.mul"(%[[G]], %[[G]])
// CHECK-NEXT:    %[[R:.*]] = "ane.relu"(%arg0)
// CHECK-NEXT:    return %[[R]] : tensor<4xf32>
// CHECK-NEXT:  }
// BOTH-LABEL: func.func @cse_then_dce
// BOTH-NOT:     ane.sigmoid
// BOTH-NOT:     ane.mul
// BOTH:         %[[R:.*]] = "ane.relu"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
// BOTH-NEXT:    return %[[R]] : tensor<4xf32>
// BOTH-NEXT:  }
func.func @cse_then_dce(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.sigmoid"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "ane.sigmoid"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %2 = "ane.mul"(%0, %1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %3 = "ane.relu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %4 = "ane.relu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %4 : tensor<4xf32>
}

// -----

// Ops with several results (ane.split) merge result by result: a use of
// the duplicate's result #i reads the survivor's result #i; with ane-dce
// the split nothing reads goes.
// CHECK-LABEL: func.func @split_results
// CHECK-NEXT:    %[[S:.*]]:3 = "ane.split"(%arg0)
// CHECK-NEXT:    %[[D:.*]]:3 = "ane.split"(%arg0) {axis = 0 : i64
// CHECK-NEXT:    return %[[S]]#2, %[[S]]#0 : tensor<3x2x2xf16>, tensor<3x2x2xf16>
// CHECK-NEXT:  }
// BOTH-LABEL: func.func @split_results
// BOTH-NEXT:    %[[S:.*]]:3 = "ane.split"(%arg0) {axis = 1 : i64
// BOTH-NEXT:    return %[[S]]#2, %[[S]]#0 : tensor<3x2x2xf16>, tensor<3x2x2xf16>
// BOTH-NEXT:  }
func.func @split_results(%x: tensor<3x6x2xf16>) -> (tensor<3x2x2xf16>, tensor<3x2x2xf16>) {
  %0:3 = "ane.split"(%x) {axis = 1 : i64, split_sizes = array<i64: 2, 2, 2>} : (tensor<3x6x2xf16>) -> (tensor<3x2x2xf16>, tensor<3x2x2xf16>, tensor<3x2x2xf16>)
  %1:3 = "ane.split"(%x) {axis = 0 : i64, split_sizes = array<i64: 1, 1, 1>} : (tensor<3x6x2xf16>) -> (tensor<1x6x2xf16>, tensor<1x6x2xf16>, tensor<1x6x2xf16>)
  %2:3 = "ane.split"(%x) {axis = 1 : i64, split_sizes = array<i64: 2, 2, 2>} : (tensor<3x6x2xf16>) -> (tensor<3x2x2xf16>, tensor<3x2x2xf16>, tensor<3x2x2xf16>)
  return %0#2, %2#0 : tensor<3x2x2xf16>, tensor<3x2x2xf16>
}
