// --ane-remarks: lower-norms reports each norm it lowers to a form whose
// fp16 range is narrower than the op's (docs/numerics.md, "Safe domains"),
// as a remark at the op, with the bound for its D. Without the flag there
// are none; strategy=layer-norm has no bound for rms_norm.
// RUN: ane-opt %s --lower-norms --ane-remarks --verify-diagnostics -o /dev/null
// RUN: ane-opt %s --lower-norms --mlir-disable-threading -o /dev/null 2>&1 | count 0
// RUN: ane-opt %s --lower-norms=strategy=reduce-sum --ane-remarks --mlir-disable-threading -o /dev/null 2>&1 | FileCheck %s --check-prefix=RS
// RUN: ane-opt %s --lower-norms=strategy=layer-norm --ane-remarks --mlir-disable-threading -o /dev/null 2>&1 | FileCheck %s --check-prefix=LN
// RUN: ane-opt %s --pass-pipeline='builtin.module(func.func(lower-norms{strategy=layer-norm}))' --ane-remarks --mlir-disable-threading -o /dev/null 2>&1 | FileCheck %s --check-prefix=LN

// RS: remarks.mlir:[[@LINE+6]]:8: remark: lowered with strategy=reduce-sum: its sum of 4096 squares is stored in fp16, so on the ANE it is exact only while rms(x) < sqrt(65504/D) = 3.99902; ane.rms_norm keeps it in fp32 (strategy=layer-norm has no such bound)
// RS: remarks.mlir:[[@LINE+11]]:8: remark: lowered through reduce_l2_norm
// LN-NOT: strategy=layer-norm:
// LN: remarks.mlir:[[@LINE+9]]:8: remark: lowered through reduce_l2_norm: the norm is stored in fp16, so on the ANE it is exact only while the norm < 65504; ane.l2_norm keeps it in fp32
func.func @rms(%x: tensor<4x4096xf16>, %g: tensor<4096xf16>) -> tensor<4x4096xf16> {
  // expected-remark @+1 {{lowered with strategy=l2: its L2 norm over 4096 elements is stored in fp16, so on the ANE it is exact only while rms(x) < 65504/sqrt(D) = 1023.5; ane.rms_norm keeps it in fp32 (strategy=layer-norm has no such bound)}}
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x4096xf16>, tensor<4096xf16>) -> tensor<4x4096xf16>
  return %0 : tensor<4x4096xf16>
}

func.func @l2(%x: tensor<4x64xf16>) -> tensor<4x64xf16> {
  // expected-remark @+1 {{lowered through reduce_l2_norm: the norm is stored in fp16, so on the ANE it is exact only while the norm < 65504; ane.l2_norm keeps it in fp32}}
  %0 = "ane.l2_norm"(%x) {axes = array<i64: 0>, epsilon = 1.0e-05 : f32} : (tensor<4x64xf16>) -> tensor<4x64xf16>
  return %0 : tensor<4x64xf16>
}

// A norm the pass leaves alone (dynamic D) gets no remark.
func.func @dynamic(%x: tensor<4x?xf16>) -> tensor<4x?xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<4x?xf16>) -> tensor<4x?xf16>
  return %0 : tensor<4x?xf16>
}
