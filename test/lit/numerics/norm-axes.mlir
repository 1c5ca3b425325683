// The norms over any axes, in both numerics, against the same norm over
// the last axis of x transposed so that the normalized axes come last
// (merged by a reshape where there are two) and transposed back. A group's
// elements are accumulated in the same order either way, so the results are
// bit-identical (--tol=0 --atol=0), gamma [1, C, 1, 1] / beta [C, 1, 1]
// included; x ~ N(0, 1), N(0, 100^2), N(0, 1e-8) and zeros, gamma and
// beta ~ N(0, 1).
// RUN: ane-run %s --func=rms_channel --numerics=f32 --compare=%s --compare-func=rms_channel_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=rms_channel --numerics=f32 --input=0:normal,std=100 --compare=%s --compare-func=rms_channel_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=rms_channel --numerics=f32 --input=0:fill=0 --compare=%s --compare-func=rms_channel_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=rms_channel --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=rms_channel_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=rms_channel --numerics=ane-fp16 --compare=%s --compare-func=rms_channel_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=rms_channel --numerics=ane-fp16 --input=0:normal,std=100 --compare=%s --compare-func=rms_channel_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=rms_channel --numerics=ane-fp16 --input=0:fill=0 --compare=%s --compare-func=rms_channel_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=rms_channel --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=rms_channel_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=layer_norm_channel --numerics=f32 --compare=%s --compare-func=layer_norm_channel_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=layer_norm_channel --numerics=f32 --input=0:normal,std=100 --compare=%s --compare-func=layer_norm_channel_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=layer_norm_channel --numerics=f32 --input=0:fill=0 --compare=%s --compare-func=layer_norm_channel_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=layer_norm_channel --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=layer_norm_channel_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=layer_norm_channel --numerics=ane-fp16 --compare=%s --compare-func=layer_norm_channel_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=layer_norm_channel --numerics=ane-fp16 --input=0:normal,std=100 --compare=%s --compare-func=layer_norm_channel_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=layer_norm_channel --numerics=ane-fp16 --input=0:fill=0 --compare=%s --compare-func=layer_norm_channel_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=layer_norm_channel --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=layer_norm_channel_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=l2_channel --numerics=f32 --compare=%s --compare-func=l2_channel_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=l2_channel --numerics=f32 --input=0:normal,std=100 --compare=%s --compare-func=l2_channel_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=l2_channel --numerics=f32 --input=0:fill=0 --compare=%s --compare-func=l2_channel_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=l2_channel --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=l2_channel_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=l2_channel --numerics=ane-fp16 --compare=%s --compare-func=l2_channel_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=l2_channel --numerics=ane-fp16 --input=0:normal,std=100 --compare=%s --compare-func=l2_channel_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=l2_channel --numerics=ane-fp16 --input=0:fill=0 --compare=%s --compare-func=l2_channel_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=l2_channel --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=l2_channel_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=rms_two_axes --numerics=f32 --compare=%s --compare-func=rms_two_axes_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=rms_two_axes --numerics=f32 --input=0:normal,std=100 --compare=%s --compare-func=rms_two_axes_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=rms_two_axes --numerics=f32 --input=0:fill=0 --compare=%s --compare-func=rms_two_axes_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=rms_two_axes --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=rms_two_axes_ref --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=rms_two_axes --numerics=ane-fp16 --compare=%s --compare-func=rms_two_axes_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=rms_two_axes --numerics=ane-fp16 --input=0:normal,std=100 --compare=%s --compare-func=rms_two_axes_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=rms_two_axes --numerics=ane-fp16 --input=0:fill=0 --compare=%s --compare-func=rms_two_axes_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=rms_two_axes --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=rms_two_axes_ref --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=SAME
// SAME: max_abs_err 0.000e+00 max_rel_err 0.000e+00
// SAME: within tolerance

func.func @rms_channel(%x: tensor<2x16x1x8xf16>, %g: tensor<1x16x1x1xf16>, %b: tensor<16x1x1xf16>) -> tensor<2x16x1x8xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf16>, tensor<1x16x1x1xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}

func.func @rms_channel_ref(%x: tensor<2x16x1x8xf16>, %g: tensor<1x16x1x1xf16>, %b: tensor<16x1x1xf16>) -> tensor<2x16x1x8xf16> {
  %t = "ane.transpose"(%x) {perm = array<i64: 0, 2, 3, 1>} : (tensor<2x16x1x8xf16>) -> tensor<2x1x8x16xf16>
  %gv = "ane.reshape"(%g) {shape = array<i64: 16>} : (tensor<1x16x1x1xf16>) -> tensor<16xf16>
  %n = "ane.rms_norm"(%t, %gv) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2x1x8x16xf16>, tensor<16xf16>) -> tensor<2x1x8x16xf16>
  %0 = "ane.transpose"(%n) {perm = array<i64: 0, 3, 1, 2>} : (tensor<2x1x8x16xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}

func.func @layer_norm_channel(%x: tensor<2x16x1x8xf16>, %g: tensor<1x16x1x1xf16>, %b: tensor<16x1x1xf16>) -> tensor<2x16x1x8xf16> {
  %0 = "ane.layer_norm"(%x, %g, %b) {axes = array<i64: -3>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf16>, tensor<1x16x1x1xf16>, tensor<16x1x1xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}

func.func @layer_norm_channel_ref(%x: tensor<2x16x1x8xf16>, %g: tensor<1x16x1x1xf16>, %b: tensor<16x1x1xf16>) -> tensor<2x16x1x8xf16> {
  %t = "ane.transpose"(%x) {perm = array<i64: 0, 2, 3, 1>} : (tensor<2x16x1x8xf16>) -> tensor<2x1x8x16xf16>
  %gv = "ane.reshape"(%g) {shape = array<i64: 16>} : (tensor<1x16x1x1xf16>) -> tensor<16xf16>
  %bv = "ane.reshape"(%b) {shape = array<i64: 16>} : (tensor<16x1x1xf16>) -> tensor<16xf16>
  %n = "ane.layer_norm"(%t, %gv, %bv) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2x1x8x16xf16>, tensor<16xf16>, tensor<16xf16>) -> tensor<2x1x8x16xf16>
  %0 = "ane.transpose"(%n) {perm = array<i64: 0, 3, 1, 2>} : (tensor<2x1x8x16xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}

func.func @l2_channel(%x: tensor<2x16x1x8xf16>, %g: tensor<1x16x1x1xf16>, %b: tensor<16x1x1xf16>) -> tensor<2x16x1x8xf16> {
  %0 = "ane.l2_norm"(%x) {axes = array<i64: 1>, epsilon = 1.0e-06 : f32} : (tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}

func.func @l2_channel_ref(%x: tensor<2x16x1x8xf16>, %g: tensor<1x16x1x1xf16>, %b: tensor<16x1x1xf16>) -> tensor<2x16x1x8xf16> {
  %t = "ane.transpose"(%x) {perm = array<i64: 0, 2, 3, 1>} : (tensor<2x16x1x8xf16>) -> tensor<2x1x8x16xf16>
  %n = "ane.l2_norm"(%t) {axes = array<i64: -1>, epsilon = 1.0e-06 : f32} : (tensor<2x1x8x16xf16>) -> tensor<2x1x8x16xf16>
  %0 = "ane.transpose"(%n) {perm = array<i64: 0, 3, 1, 2>} : (tensor<2x1x8x16xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}

func.func @rms_two_axes(%x: tensor<2x16x1x8xf16>, %g: tensor<1x16x1x1xf16>, %b: tensor<16x1x1xf16>) -> tensor<2x16x1x8xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: 3, 1>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}

func.func @rms_two_axes_ref(%x: tensor<2x16x1x8xf16>, %g: tensor<1x16x1x1xf16>, %b: tensor<16x1x1xf16>) -> tensor<2x16x1x8xf16> {
  %t = "ane.transpose"(%x) {perm = array<i64: 0, 2, 1, 3>} : (tensor<2x16x1x8xf16>) -> tensor<2x1x16x8xf16>
  %r = "ane.reshape"(%t) {shape = array<i64: 2, 1, 128>} : (tensor<2x1x16x8xf16>) -> tensor<2x1x128xf16>
  %n = "ane.rms_norm"(%r) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<2x1x128xf16>) -> tensor<2x1x128xf16>
  %u = "ane.reshape"(%n) {shape = array<i64: 2, 1, 16, 8>} : (tensor<2x1x128xf16>) -> tensor<2x1x16x8xf16>
  %0 = "ane.transpose"(%u) {perm = array<i64: 0, 2, 1, 3>} : (tensor<2x1x16x8xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}
