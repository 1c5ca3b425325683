// The source of norm.mlirbc (ane-opt norm.mlir --emit-bytecode -o norm.mlirbc),
// which the bytecode tests truncate and corrupt. Checked in as bytecode so
// the corrupted files, and the errors they give, stay the same.
func.func @norm(%x: tensor<2x8xf16>) -> tensor<8x2xf16> {
  %g = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]> : tensor<8xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2x8xf16>, tensor<8xf16>) -> tensor<2x8xf16>
  %1 = "ane.reduce_sum"(%0) {axes = array<i64: 1>, keep_dims = true} : (tensor<2x8xf16>) -> tensor<2x1xf16>
  %2 = "ane.mul"(%0, %1) : (tensor<2x8xf16>, tensor<2x1xf16>) -> tensor<2x8xf16>
  %3 = "ane.transpose"(%2) {perm = array<i64: 1, 0>} : (tensor<2x8xf16>) -> tensor<8x2xf16>
  return %3 : tensor<8x2xf16>
}
