// The ANE writes a linear layer as a 1x1 conv on [1, C, 1, S]. On random
// inputs, ane.conv must compute exactly what the same layer written as
// reshape -> transpose -> ane.linear -> transpose -> reshape computes: both
// accumulate the C products of an output in the same order, so the results
// are bit-identical under f32 and under ane-fp16 (fp32 accumulation).
// RUN: ane-run %s --func=conv --compare --compare-func=linear --atol=0 --tol=0 | FileCheck %s
// RUN: ane-run %s --func=conv --numerics=ane-fp16 --compare --compare-func=linear --compare-numerics=ane-fp16 --atol=0 --tol=0 | FileCheck %s
// The bias matters: without it the two differ (so the comparison can fail).
// RUN: not ane-run %s --func=conv_no_bias --compare --compare-func=linear --tol=1e-3 2>&1 | FileCheck %s --check-prefix=DIFF

// CHECK: #0 max_abs_err 0.000e+00 max_rel_err 0.000e+00
// DIFF: error: output #0: max relative error {{.*}} exceeds --tol

func.func @conv(%x: tensor<1x48x1x20xf16>, %w: tensor<32x48x1x1xf16>, %b: tensor<32xf16>) -> tensor<1x32x1x20xf16> {
  %0 = "ane.conv"(%x, %w, %b) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x48x1x20xf16>, tensor<32x48x1x1xf16>, tensor<32xf16>) -> tensor<1x32x1x20xf16>
  return %0 : tensor<1x32x1x20xf16>
}

func.func @conv_no_bias(%x: tensor<1x48x1x20xf16>, %w: tensor<32x48x1x1xf16>, %b: tensor<32xf16>) -> tensor<1x32x1x20xf16> {
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x48x1x20xf16>, tensor<32x48x1x1xf16>) -> tensor<1x32x1x20xf16>
  return %0 : tensor<1x32x1x20xf16>
}

func.func @linear(%x: tensor<1x48x1x20xf16>, %w: tensor<32x48x1x1xf16>, %b: tensor<32xf16>) -> tensor<1x32x1x20xf16> {
  %xs = "ane.reshape"(%x) {shape = array<i64: 48, 20>} : (tensor<1x48x1x20xf16>) -> tensor<48x20xf16>
  %xt = "ane.transpose"(%xs) {perm = array<i64: 1, 0>} : (tensor<48x20xf16>) -> tensor<20x48xf16>
  %w2 = "ane.reshape"(%w) {shape = array<i64: 32, 48>} : (tensor<32x48x1x1xf16>) -> tensor<32x48xf16>
  %y = "ane.linear"(%xt, %w2, %b) : (tensor<20x48xf16>, tensor<32x48xf16>, tensor<32xf16>) -> tensor<20x32xf16>
  %yt = "ane.transpose"(%y) {perm = array<i64: 1, 0>} : (tensor<20x32xf16>) -> tensor<32x20xf16>
  %r = "ane.reshape"(%yt) {shape = array<i64: 1, 32, 1, 20>} : (tensor<32x20xf16>) -> tensor<1x32x1x20xf16>
  return %r : tensor<1x32x1x20xf16>
}
