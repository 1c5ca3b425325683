// ane-run's error paths: located execution errors and exit 1, bad usage and
// exit 2, and a --compare above --tol. Each sh -c echoes the exit status so
// the exact code is checked, not just "non-zero".

// A non-ANE op cannot be executed; the error points at the op.
// RUN: sh -c 'ane-run %s --func=unknown_op; echo "exit=$?"' 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: errors.mlir:[[@LINE+5]]:8: error: cannot execute 'arith.addf': ane-run executes ane.* ops, arith.constant and func.return only
// UNKNOWN-NOT: 1 output
// UNKNOWN: exit=1
func.func @unknown_op() -> tensor<2xf32> {
  %a = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %0 = arith.addf %a, %a : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// A dynamic-shape argument cannot be given an input; the error points at it.
// RUN: sh -c 'ane-run %s --func=dynamic_arg; echo "exit=$?"' 2>&1 | FileCheck %s --check-prefix=DYN
// DYN: errors.mlir:[[@LINE+3]]:24: error: cannot execute argument #0: dynamic dimensions cannot be executed; give static shapes
// DYN-NOT: 1 output
// DYN: exit=1
func.func @dynamic_arg(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = "ane.relu"(%x) : (tensor<?x4xf32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// RUN: sh -c 'ane-run %s --func=nope; echo "exit=$?"' 2>&1 | FileCheck %s --check-prefix=NOPE
// NOPE: ane-run: error: {{.*}}errors.mlir: no func.func named 'nope'
// NOPE-NEXT: exit=1

// RUN: sh -c 'ane-run %s --numerics=x; echo "exit=$?"' 2>&1 | FileCheck %s --check-prefix=NUMERICS
// NUMERICS: ane-run: invalid --numerics 'x' (expected f32 or ane-fp16)
// NUMERICS-NEXT: Try: 'ane-run --help'
// NUMERICS-NEXT: exit=2

// RUN: sh -c 'ane-run %s --func=cmp_out --tol=0.1; echo "exit=$?"' 2>&1 | FileCheck %s --check-prefix=TOL
// TOL: ane-run: '--tol' {{.*}}need{{s?}} '--compare' or '--compare-func'
// TOL-NEXT: Try: 'ane-run --help'
// TOL-NEXT: exit=2

// --compare-func above --tol: out = [1, 2], ref = [1, 2.5]. max |a - b| = 0.5;
// relative 0.5 / (2.5 + 1e-6) = 0.19999992 -> 2.000e-01 > 0.1; cosine
// (1 + 5) / (sqrt(5) sqrt(7.25)) = 6 / sqrt(36.25) = 0.99654576.
// RUN: sh -c 'ane-run %s --func=cmp_out --compare-func=cmp_ref --tol=0.1 2>/dev/null; echo "exit=$?"' | FileCheck %s --check-prefix=CMP
// RUN: sh -c 'ane-run %s --func=cmp_out --compare-func=cmp_ref --tol=0.1 >/dev/null; echo "exit=$?"' 2>&1 | FileCheck %s --check-prefix=CMPERR
// CMP: @cmp_out (f32): 1 output
// CMP-NEXT: #0 tensor<2xf32>: min 1 max 2 mean 1.5 values [1, 2]
// CMP-NEXT: compare @cmp_out (f32) against @cmp_ref (f32)
// CMP-NEXT: #0 max_abs_err 5.000e-01 max_rel_err 2.000e-01 cosine 0.99654576
// CMP-NOT: within
// CMP: exit=1
// CMPERR: ane-run: error: output #0: max relative error 2.000e-01 exceeds --tol 1.000e-01
// CMPERR-NEXT: exit=1
//
// The same comparison passes a looser --tol (0.25) and exits 0.
// RUN: sh -c 'ane-run %s --func=cmp_out --compare-func=cmp_ref --tol=0.25; echo "exit=$?"' 2>&1 | FileCheck %s --check-prefix=CMPOK
// CMPOK: #0 max_abs_err 5.000e-01 max_rel_err 2.000e-01 cosine 0.99654576
// CMPOK-NEXT: within
// CMPOK-NEXT: exit=0
func.func @cmp_out() -> tensor<2xf32> {
  %0 = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  return %0 : tensor<2xf32>
}
func.func @cmp_ref() -> tensor<2xf32> {
  %0 = arith.constant dense<[1.0, 2.5]> : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// Inputs that mean nothing are errors: an --input for an argument the
// function does not have (exit 1, at the function), the same argument twice,
// a negative std, lo > hi (exit 2). They were accepted before.
// RUN: sh -c 'ane-run %s --func=two_args --input=5:fill=1; echo "exit=$?"' 2>&1 | FileCheck %s --check-prefix=EXTRA
// RUN: sh -c 'ane-run %s --func=two_args --input=0:fill=1 --input=0:fill=2; echo "exit=$?"' 2>&1 | FileCheck %s --check-prefix=TWICE
// RUN: sh -c 'ane-run %s --func=two_args --input=0:normal,std=-1; echo "exit=$?"' 2>&1 | FileCheck %s --check-prefix=STD
// RUN: sh -c 'ane-run %s --func=two_args --input=1:uniform,lo=2,hi=1; echo "exit=$?"' 2>&1 | FileCheck %s --check-prefix=LOHI
// RUN: ane-run %s --func=two_args --input=0:uniform,lo=1,hi=1 --input=1:normal,std=0,mean=2 | FileCheck %s --check-prefix=EDGES
// EXTRA: errors.mlir:[[@LINE+12]]:1: error: --input=5 names argument #5, but the function takes 2 arguments
// EXTRA-NEXT: func.func @two_args
// EXTRA: exit=1
// TWICE: ane-run: argument 0 is given by two --input options
// TWICE-NEXT: Try: 'ane-run --help'
// TWICE-NEXT: exit=2
// STD: ane-run: invalid input 'normal,std=-1': std must be >= 0
// STD-NEXT: Try: 'ane-run --help'
// STD-NEXT: exit=2
// LOHI: ane-run: invalid input 'uniform,lo=2,hi=1': lo must be <= hi
// LOHI: exit=2
// EDGES: values [3, 3, 3, 3]
func.func @two_args(%x: tensor<4xf32>, %y: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.add"(%x, %y) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
