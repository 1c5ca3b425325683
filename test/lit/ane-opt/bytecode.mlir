// Bytecode out and back in gives the same IR; bytecode output never goes to
// a split run.
// RUN: rm -rf %t && mkdir -p %t
// RUN: ane-opt %s --emit-bytecode -o %t/f.mlirbc
// RUN: ane-opt %t/f.mlirbc | FileCheck %s
// RUN: ane-opt %s | FileCheck %s
// RUN: head -c 4 %t/f.mlirbc | FileCheck %s --check-prefix=MAGIC
// RUN: not ane-opt %s --emit-bytecode --split-input-file 2>&1 | FileCheck %s --check-prefix=USAGE

// Truncated bytecode is a located error, not a crash.
// RUN: head -c 60 %t/f.mlirbc > %t/truncated.mlirbc
// RUN: not ane-opt %t/truncated.mlirbc 2>&1 | FileCheck %s --check-prefix=TRUNC

// CHECK: %0 = "ane.gelu"(%arg0) {mode = "EXACT"} : (tensor<2x3xf16>) -> tensor<2x3xf16>
// MAGIC: ML{{.}}R
// USAGE: ane-opt: '--emit-bytecode' cannot be combined with '--split-input-file'
// TRUNC: {{.*}}truncated.mlirbc{{.*}}error:
func.func @f(%x: tensor<2x3xf16>) -> tensor<2x3xf16> {
  %0 = "ane.gelu"(%x) {mode = "EXACT"} : (tensor<2x3xf16>) -> tensor<2x3xf16>
  return %0 : tensor<2x3xf16>
}
