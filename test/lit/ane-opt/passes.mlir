// Upstream passes as flags (in command-line order) and as --pass-pipeline;
// pipeline errors are reported with exit 1.
// RUN: ane-opt %s --cse | FileCheck %s --check-prefix=CSE
// RUN: ane-opt %s --pass-pipeline='builtin.module(func.func(cse),canonicalize)' | FileCheck %s --check-prefix=CSE
// RUN: ane-opt %s --canonicalize --cse --mlir-print-ir-after-all --mlir-disable-threading 2>&1 >/dev/null | FileCheck %s --check-prefix=AFTER
// RUN: ane-opt %s --cse --mlir-timing -o /dev/null 2>&1 | FileCheck %s --check-prefix=TIMING
// RUN: not ane-opt %s --pass-pipeline='builtin.module(no-such-pass)' 2>&1 | FileCheck %s --check-prefix=BADPASS
// RUN: not ane-opt %s --pass-pipeline='builtin.module(cse' 2>&1 | FileCheck %s --check-prefix=SYNTAX
// RUN: not ane-opt %s --cse=bogus=1 2>&1 | FileCheck %s --check-prefix=BADOPT
// RUN: sh -c 'ane-opt %s --cse --pass-pipeline="builtin.module(cse)"; echo "exit=$?"' 2>&1 | FileCheck %s --check-prefix=MIXED

// Upstream cse merges the two identical arith constants (ane ops have no
// Pure trait, so it leaves the two identical ane.exp alone).
// CSE-LABEL: func.func @f
// CSE-NEXT: %[[C:.*]] = arith.constant dense<1.000000e+00> : tensor<4xf32>
// CSE-NEXT: %[[A:.*]] = "ane.add"(%arg0, %[[C]])
// CSE-NEXT: %[[B:.*]] = "ane.add"(%[[A]], %[[C]])
// CSE-NEXT: %[[E1:.*]] = "ane.exp"(%[[B]])
// CSE-NEXT: %[[E2:.*]] = "ane.exp"(%[[B]])
// CSE-NEXT: "ane.add"(%[[E1]], %[[E2]])
// AFTER: // -----// IR Dump After Canonicalizer (canonicalize) //----- //
// AFTER: // -----// IR Dump After CSE (cse) //----- //
// TIMING: ... Execution time report ...
// TIMING: CSE
// TIMING: Total
// BADPASS: ane-opt: error: invalid --pass-pipeline at column 16: 'no-such-pass' does not refer to a registered pass or pass pipeline
// SYNTAX: ane-opt: error: invalid --pass-pipeline at column 19: expected ')'
// BADOPT: ane-opt: error: invalid pass flag at column 1: <Pass-Options-Parser>: no such option bogus
// MIXED: '--pass-pipeline' cannot be combined with per-pass flags
// MIXED: exit=2
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %c0 = arith.constant dense<1.0> : tensor<4xf32>
  %c1 = arith.constant dense<1.0> : tensor<4xf32>
  %0 = "ane.add"(%x, %c0) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = "ane.add"(%0, %c1) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %2 = "ane.exp"(%1) : (tensor<4xf32>) -> tensor<4xf32>
  %3 = "ane.exp"(%1) : (tensor<4xf32>) -> tensor<4xf32>
  %4 = "ane.add"(%2, %3) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %4 : tensor<4xf32>
}
