// Printing flags: debug locations with the real file name, generic form.
// RUN: ane-opt %s --mlir-print-debuginfo | FileCheck %s --check-prefix=LOC
// RUN: ane-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: ane-opt %s --mlir-disable-threading | FileCheck %s --check-prefix=PLAIN
// Elided constants, and IR printing before passes, after passes that changed
// the IR, after failed passes only (none here: nothing is printed).
// RUN: ane-opt %S/Inputs/dead-relu.mlir --mlir-elide-elementsattrs-if-larger=2 2>&1 | FileCheck %s --check-prefix=ELIDE
// RUN: ane-opt %S/Inputs/dead-relu.mlir --ane-dce --ane-cse --mlir-print-ir-after-change --mlir-disable-threading 2>&1 >/dev/null | FileCheck %s --check-prefix=CHANGE
// RUN: ane-opt %S/Inputs/dead-relu.mlir --ane-dce --mlir-print-ir-before-all --mlir-disable-threading 2>&1 >/dev/null | FileCheck %s --check-prefix=BEFORE
// RUN: ane-opt %S/Inputs/dead-relu.mlir --ane-dce --mlir-print-ir-after-failure --mlir-disable-threading 2>&1 >/dev/null | count 0
// RUN: not ane-opt %s --mlir-elide-elementsattrs-if-larger=0 2>&1 | FileCheck %s --check-prefix=ELIDEBAD
// Ops of dialects that are not loaded: an error, unless allowed.
// RUN: not ane-opt %S/Inputs/unregistered.mlir 2>&1 | FileCheck %s --check-prefix=UNREG
// RUN: ane-opt %S/Inputs/unregistered.mlir --allow-unregistered-dialect | FileCheck %s --check-prefix=ALLOWED

// LOC: "ane.sqrt"(%arg0) : (tensor<3xf32>) -> tensor<3xf32> loc(#[[LOC:loc[0-9]*]])
// LOC: #[[LOC]] = loc("{{.*}}print-flags.mlir":[[@LINE+15]]:8)
// GENERIC: "builtin.module"() ({
// GENERIC: "func.func"() <{function_type = (tensor<3xf32>) -> tensor<3xf32>, sym_name = "f"}> ({
// GENERIC: "ane.sqrt"(%arg0) : (tensor<3xf32>) -> tensor<3xf32>
// GENERIC: "func.return"
// ELIDE: arith.constant dense_resource<__elided__> : tensor<4xf32>
// CHANGE: // -----// IR Dump After AneDCE (ane-dce) //----- //
// CHANGE-NOT: IR Dump After AneCSE
// BEFORE: // -----// IR Dump Before AneDCE (ane-dce) //----- //
// ELIDEBAD: invalid --mlir-elide-elementsattrs-if-larger '0' (expected an integer >= 1)
// UNREG: unregistered.mlir:2:3: error: unregistered operation 'foo.bar': only the opaque MIL ops ('mil.*') may be unregistered (-allow-unregistered-dialect accepts any)
// ALLOWED: "foo.bar"() : () -> ()
// PLAIN: module {
// PLAIN: "ane.sqrt"
func.func @f(%x: tensor<3xf32>) -> tensor<3xf32> {
  %0 = "ane.sqrt"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}
