// Printing flags: debug locations with the real file name, generic form.
// RUN: ane-opt %s --mlir-print-debuginfo | FileCheck %s --check-prefix=LOC
// RUN: ane-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: ane-opt %s --mlir-disable-threading | FileCheck %s --check-prefix=PLAIN

// LOC: "ane.sqrt"(%arg0) : (tensor<3xf32>) -> tensor<3xf32> loc(#[[LOC:loc[0-9]*]])
// LOC: #[[LOC]] = loc("{{.*}}print-flags.mlir":[[@LINE+8]]:8)
// GENERIC: "builtin.module"() ({
// GENERIC: "func.func"() <{function_type = (tensor<3xf32>) -> tensor<3xf32>, sym_name = "f"}> ({
// GENERIC: "ane.sqrt"(%arg0) : (tensor<3xf32>) -> tensor<3xf32>
// GENERIC: "func.return"
// PLAIN: module {
// PLAIN: "ane.sqrt"
func.func @f(%x: tensor<3xf32>) -> tensor<3xf32> {
  %0 = "ane.sqrt"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}
