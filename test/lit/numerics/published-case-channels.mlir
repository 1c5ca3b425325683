// The published case in the channels-first layout direct-ANE code uses:
// RMSNorm of a [1, 1024, 1, 1024] fp16 activation over axis 1 (C = 1024
// channels, S = 1024 positions), gamma [1, 1024, 1, 1] = 1, x ~ N(0,1). The
// l2 lowering (reduce_l2_norm over axis 1) run as the ANE computes it
// (ane-fp16) against an fp32 RMSNorm reference (the unlowered op under
// f32). The same bound as test/lit/numerics/published-case.mlir (0.01);
// the measured figure, the same as the [1024, 1024] last-axis form's, is in
// docs/numerics.md.
// RUN: ane-opt %s --lower-norms -o %t.mlir
// RUN: FileCheck %s --check-prefix=IR --input-file=%t.mlir
// RUN: ane-run %t.mlir --numerics=ane-fp16 --compare=%s --compare-numerics=f32 --atol=0.01 | FileCheck %s

// IR: "ane.reduce_l2_norm"(%arg0) {axes = array<i64: 1>, keep_dims = true} : (tensor<1x1024x1x1024xf16>) -> tensor<1x1x1x1024xf16>
// CHECK: compare @rms_norm_channels_1024 (ane-fp16) against @rms_norm_channels_1024 (f32)
// CHECK-NEXT: #0 max_abs_err {{[0-9.]+e-0[3-9]}} max_rel_err
// CHECK-NEXT: within tolerance
func.func @rms_norm_channels_1024(%x: tensor<1x1024x1x1024xf16>) -> tensor<1x1024x1x1024xf16> {
  %g = arith.constant dense<1.0> : tensor<1x1024x1x1xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<1x1024x1x1024xf16>, tensor<1x1024x1x1xf16>) -> tensor<1x1024x1x1024xf16>
  return %0 : tensor<1x1024x1x1024xf16>
}
