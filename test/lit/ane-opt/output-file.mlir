// -o writes the output file; a failing run leaves no file behind and does not
// touch an existing one; an unwritable path is a located error with exit 1.
// RUN: rm -rf %t && mkdir -p %t
// RUN: ane-opt %s -o %t/out.mlir
// RUN: FileCheck %s < %t/out.mlir
// RUN: ane-opt %s -o - | FileCheck %s
// RUN: ane-opt %s -o=%t/eq.mlir
// RUN: FileCheck %s < %t/eq.mlir

// A failure never creates the output file.
// RUN: not ane-opt %S/Inputs/bad-attr.mlir -o %t/none.mlir
// RUN: not test -e %t/none.mlir

// A failure leaves an existing output file byte for byte as it was.
// RUN: cp %t/out.mlir %t/keep.mlir
// RUN: not ane-opt %S/Inputs/bad-attr.mlir -o %t/keep.mlir
// RUN: cmp %t/out.mlir %t/keep.mlir

// No temporary files are left in the output directory.
// RUN: ls %t | FileCheck %s --check-prefix=LS --implicit-check-not=tmp

// RUN: not ane-opt %s -o %t/no-such-dir/out.mlir 2>&1 | FileCheck %s --check-prefix=UNWRITABLE

// CHECK: "ane.tanh"(%arg0)
// LS: eq.mlir
// LS: keep.mlir
// LS: out.mlir
// UNWRITABLE: ane-opt: error: cannot open output file '{{.*}}/no-such-dir/out.mlir': No such file or directory
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "ane.tanh"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
