// Parse, verify and print: implicit module, generic form for ane ops, and the
// printed output re-parses in ane-opt and in stock mlir-opt with the IRDL file.
// RUN: ane-opt %s | FileCheck %s
// RUN: ane-opt %s | ane-opt | FileCheck %s
// RUN: ane-opt %s | %mlir_opt_ane | FileCheck %s

// CHECK-LABEL: module {
// CHECK-NEXT:  func.func @relu(%arg0: tensor<2x8xf16>) -> tensor<2x8xf16> {
// CHECK-NEXT:    %0 = "ane.relu"(%arg0) : (tensor<2x8xf16>) -> tensor<2x8xf16>
// CHECK-NEXT:    return %0 : tensor<2x8xf16>
// CHECK-NEXT:  }
// CHECK-NEXT: }
func.func @relu(%x: tensor<2x8xf16>) -> tensor<2x8xf16> {
  %0 = "ane.relu"(%x) : (tensor<2x8xf16>) -> tensor<2x8xf16>
  return %0 : tensor<2x8xf16>
}
