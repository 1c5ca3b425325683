// ane-dce erases ane.* ops whose results are unused, transitively, and leaves
// every other op alone (upstream canonicalize cannot: IRDL ops are not Pure).
// It runs the same nested under func.func (the flag) or on the whole module.
// RUN: ane-opt %s --split-input-file --ane-dce | FileCheck %s --check-prefixes=CHECK,FUNC
// RUN: ane-opt %s --split-input-file --pass-pipeline='builtin.module(ane-dce)' | FileCheck %s --check-prefixes=CHECK,MODULE

// A chain with no use at its end goes entirely, in one run.
// CHECK-LABEL: func.func @dead_chain
// CHECK-NOT:     ane.
// CHECK:         return %arg0 : tensor<4xf32>
// CHECK-NEXT:  }
func.func @dead_chain(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.exp"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "ane.relu"(%0) : (tensor<4xf32>) -> tensor<4xf32>
  %2 = "ane.add"(%0, %1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %3 = "ane.sigmoid"(%2) : (tensor<4xf32>) -> tensor<4xf32>
  return %x : tensor<4xf32>
}

// -----

// Ops feeding the return are kept; a dead branch off a live value goes, and
// so does its own producer chain, but not the shared live producer.
// CHECK-LABEL: func.func @used_kept
// CHECK-NEXT:    %[[E:.*]] = "ane.exp"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT:    %[[R:.*]] = "ane.relu"(%[[E]]) : (tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT:    return %[[R]] : tensor<4xf32>
// CHECK-NEXT:  }
func.func @used_kept(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.exp"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "ane.tanh"(%0) : (tensor<4xf32>) -> tensor<4xf32>
  %2 = "ane.relu"(%0) : (tensor<4xf32>) -> tensor<4xf32>
  %3 = "ane.mul"(%1, %0) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %2 : tensor<4xf32>
}

// -----

// A use by a non-ANE op (here func.call) keeps the producer alive.
// CHECK-LABEL: func.func @used_by_call
// CHECK-NEXT:    %[[S:.*]] = "ane.softmax"(%arg0) {axis = -1 : i64} : (tensor<2x4xf16>) -> tensor<2x4xf16>
// CHECK-NEXT:    call @sink(%[[S]]) : (tensor<2x4xf16>) -> ()
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func private @sink(tensor<2x4xf16>)
func.func @used_by_call(%x: tensor<2x4xf16>) {
  %0 = "ane.softmax"(%x) {axis = -1 : i64} : (tensor<2x4xf16>) -> tensor<2x4xf16>
  %1 = "ane.softmax"(%x) {axis = 0 : i64} : (tensor<2x4xf16>) -> tensor<2x4xf16>
  func.call @sink(%0) : (tensor<2x4xf16>) -> ()
  return
}

// -----

// Unused non-ANE ops are not ane-dce's business, even once the ane op that
// used them is gone (upstream canonicalize removes dead constants).
// CHECK-LABEL: func.func @non_ane_kept
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<2.000000e+00> : tensor<4xf32>
// CHECK-NEXT:    %[[D:.*]] = arith.constant dense<3.000000e+00> : tensor<4xf32>
// CHECK-NEXT:    %[[A:.*]] = arith.addf %arg0, %[[D]] : tensor<4xf32>
// CHECK-NEXT:    return %arg0 : tensor<4xf32>
// CHECK-NEXT:  }
func.func @non_ane_kept(%x: tensor<4xf32>) -> tensor<4xf32> {
  %c = arith.constant dense<2.0> : tensor<4xf32>
  %d = arith.constant dense<3.0> : tensor<4xf32>
  %0 = "ane.pow"(%x, %c) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = arith.addf %x, %d : tensor<4xf32>
  return %x : tensor<4xf32>
}

// -----

// Functions are independent: the dead op in @second goes, the live one in
// @first stays, and nothing else changes.
// CHECK-LABEL: func.func @first
// CHECK-NEXT:    %[[A:.*]] = "ane.abs"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT:    return %[[A]] : tensor<4xf32>
// CHECK-NEXT:  }
// CHECK-LABEL: func.func @second
// CHECK-NEXT:    return %arg0 : tensor<4xf32>
// CHECK-NEXT:  }
func.func @first(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.abs"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func @second(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.abs"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %x : tensor<4xf32>
}

// -----

// On the module, ane-dce walks every nested region, including a function in
// a nested module; the func.func flag only reaches top-level functions.
// CHECK-LABEL: func.func @outer
// CHECK-NEXT:    return %arg0 : tensor<4xf32>
// CHECK-NEXT:  }
// CHECK-NEXT:  module {
// CHECK-NEXT:    func.func @inner
// FUNC-NEXT:       "ane.square"(%arg0)
// MODULE-NOT:      ane.square
// CHECK-NEXT:      return %arg0 : tensor<4xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:  }
func.func @outer(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.square"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %x : tensor<4xf32>
}
module {
  func.func @inner(%x: tensor<4xf32>) -> tensor<4xf32> {
    %0 = "ane.square"(%x) : (tensor<4xf32>) -> tensor<4xf32>
    return %x : tensor<4xf32>
  }
}
