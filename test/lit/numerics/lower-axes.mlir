// lower-norms over any axes, checked numerically: every strategy's
// lowering of channels-first norms ([1, 768, 1, 16] with an argument
// [1, 768, 1, 1] gamma, [2, 64, 1, 16] with a constant one folded, axes
// [3, 1], and ane.l2_norm over axis 1) against the op under the same
// numerics, f32 and ane-fp16, on x ~ N(0, 1), rms 16 (rms 8 for
// reduce-sum at D = 768, whose fp16 sum of squares overflows past
// sqrt(65504 / 768) = 9.2: docs/numerics.md), tiny rows (std 1e-4, eps
// dominates; std 1e-3 for l2_norm, whose floor sqrt(eps) = 1e-3 would
// otherwise dominate, where the op's fp16-rounded eps and the lowering's
// fp16 floor differ by 6e-3: docs/numerics.md) and zero rows (exactly 0). Bounds: docs/numerics.md (f32
// 1e-3, ane-fp16 4e-3); measured worst 7.1e-4 (f32) and 1.6e-3 (ane-fp16),
// both at the tiny rows of the l2 form, where its floor sqrt(D eps)
// replaces the additive eps.
// RUN: ane-opt %s --lower-norms=strategy=l2 -o %t.l2.mlir
// RUN: ane-run %t.l2.mlir --func=channel_768 --numerics=f32 --compare=%s --compare-func=channel_768 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=channel_768 --numerics=ane-fp16 --compare=%s --compare-func=channel_768 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=channel_768 --input=0:normal,std=16 --numerics=f32 --compare=%s --compare-func=channel_768 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=channel_768 --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=channel_768 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=channel_768 --input=0:normal,std=1e-4 --numerics=f32 --compare=%s --compare-func=channel_768 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=channel_768 --input=0:normal,std=1e-4 --numerics=ane-fp16 --compare=%s --compare-func=channel_768 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=channel_768 --input=0:fill=0 --numerics=f32 --compare=%s --compare-func=channel_768 --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=channel_768 --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=channel_768 --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=channel_const_64 --numerics=f32 --compare=%s --compare-func=channel_const_64 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=channel_const_64 --numerics=ane-fp16 --compare=%s --compare-func=channel_const_64 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=channel_const_64 --input=0:normal,std=16 --numerics=f32 --compare=%s --compare-func=channel_const_64 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=channel_const_64 --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=channel_const_64 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=channel_const_64 --input=0:normal,std=1e-4 --numerics=f32 --compare=%s --compare-func=channel_const_64 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=channel_const_64 --input=0:normal,std=1e-4 --numerics=ane-fp16 --compare=%s --compare-func=channel_const_64 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=channel_const_64 --input=0:fill=0 --numerics=f32 --compare=%s --compare-func=channel_const_64 --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=channel_const_64 --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=channel_const_64 --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=two_axes --numerics=f32 --compare=%s --compare-func=two_axes --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=two_axes --numerics=ane-fp16 --compare=%s --compare-func=two_axes --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=two_axes --input=0:normal,std=16 --numerics=f32 --compare=%s --compare-func=two_axes --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=two_axes --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=two_axes --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=two_axes --input=0:normal,std=1e-4 --numerics=f32 --compare=%s --compare-func=two_axes --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=two_axes --input=0:normal,std=1e-4 --numerics=ane-fp16 --compare=%s --compare-func=two_axes --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=two_axes --input=0:fill=0 --numerics=f32 --compare=%s --compare-func=two_axes --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=two_axes --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=two_axes --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=l2_channel --numerics=f32 --compare=%s --compare-func=l2_channel --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=l2_channel --numerics=ane-fp16 --compare=%s --compare-func=l2_channel --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=l2_channel --input=0:normal,std=16 --numerics=f32 --compare=%s --compare-func=l2_channel --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=l2_channel --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=l2_channel --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=l2_channel --input=0:normal,std=1e-3 --numerics=f32 --compare=%s --compare-func=l2_channel --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=l2_channel --input=0:normal,std=1e-3 --numerics=ane-fp16 --compare=%s --compare-func=l2_channel --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=l2_channel --input=0:fill=0 --numerics=f32 --compare=%s --compare-func=l2_channel --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.l2.mlir --func=l2_channel --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=l2_channel --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-opt %s --lower-norms=strategy=reduce-sum -o %t.reduce-sum.mlir
// RUN: ane-run %t.reduce-sum.mlir --func=channel_768 --numerics=f32 --compare=%s --compare-func=channel_768 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=channel_768 --numerics=ane-fp16 --compare=%s --compare-func=channel_768 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=channel_768 --input=0:normal,std=8 --numerics=f32 --compare=%s --compare-func=channel_768 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=channel_768 --input=0:normal,std=8 --numerics=ane-fp16 --compare=%s --compare-func=channel_768 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=channel_768 --input=0:normal,std=1e-4 --numerics=f32 --compare=%s --compare-func=channel_768 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=channel_768 --input=0:normal,std=1e-4 --numerics=ane-fp16 --compare=%s --compare-func=channel_768 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=channel_768 --input=0:fill=0 --numerics=f32 --compare=%s --compare-func=channel_768 --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=channel_768 --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=channel_768 --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=channel_const_64 --numerics=f32 --compare=%s --compare-func=channel_const_64 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=channel_const_64 --numerics=ane-fp16 --compare=%s --compare-func=channel_const_64 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=channel_const_64 --input=0:normal,std=16 --numerics=f32 --compare=%s --compare-func=channel_const_64 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=channel_const_64 --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=channel_const_64 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=channel_const_64 --input=0:normal,std=1e-4 --numerics=f32 --compare=%s --compare-func=channel_const_64 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=channel_const_64 --input=0:normal,std=1e-4 --numerics=ane-fp16 --compare=%s --compare-func=channel_const_64 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=channel_const_64 --input=0:fill=0 --numerics=f32 --compare=%s --compare-func=channel_const_64 --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=channel_const_64 --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=channel_const_64 --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=two_axes --numerics=f32 --compare=%s --compare-func=two_axes --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=two_axes --numerics=ane-fp16 --compare=%s --compare-func=two_axes --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=two_axes --input=0:normal,std=16 --numerics=f32 --compare=%s --compare-func=two_axes --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=two_axes --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=two_axes --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=two_axes --input=0:normal,std=1e-4 --numerics=f32 --compare=%s --compare-func=two_axes --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=two_axes --input=0:normal,std=1e-4 --numerics=ane-fp16 --compare=%s --compare-func=two_axes --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=two_axes --input=0:fill=0 --numerics=f32 --compare=%s --compare-func=two_axes --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=two_axes --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=two_axes --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=l2_channel --numerics=f32 --compare=%s --compare-func=l2_channel --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=l2_channel --numerics=ane-fp16 --compare=%s --compare-func=l2_channel --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=l2_channel --input=0:normal,std=16 --numerics=f32 --compare=%s --compare-func=l2_channel --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=l2_channel --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=l2_channel --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=l2_channel --input=0:normal,std=1e-3 --numerics=f32 --compare=%s --compare-func=l2_channel --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=l2_channel --input=0:normal,std=1e-3 --numerics=ane-fp16 --compare=%s --compare-func=l2_channel --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=l2_channel --input=0:fill=0 --numerics=f32 --compare=%s --compare-func=l2_channel --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.reduce-sum.mlir --func=l2_channel --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=l2_channel --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-opt %s --lower-norms=strategy=layer-norm -o %t.layer-norm.mlir
// RUN: ane-run %t.layer-norm.mlir --func=channel_768 --numerics=f32 --compare=%s --compare-func=channel_768 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=channel_768 --numerics=ane-fp16 --compare=%s --compare-func=channel_768 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=channel_768 --input=0:normal,std=16 --numerics=f32 --compare=%s --compare-func=channel_768 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=channel_768 --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=channel_768 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=channel_768 --input=0:normal,std=1e-4 --numerics=f32 --compare=%s --compare-func=channel_768 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=channel_768 --input=0:normal,std=1e-4 --numerics=ane-fp16 --compare=%s --compare-func=channel_768 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=channel_768 --input=0:fill=0 --numerics=f32 --compare=%s --compare-func=channel_768 --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=channel_768 --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=channel_768 --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=channel_const_64 --numerics=f32 --compare=%s --compare-func=channel_const_64 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=channel_const_64 --numerics=ane-fp16 --compare=%s --compare-func=channel_const_64 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=channel_const_64 --input=0:normal,std=16 --numerics=f32 --compare=%s --compare-func=channel_const_64 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=channel_const_64 --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=channel_const_64 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=channel_const_64 --input=0:normal,std=1e-4 --numerics=f32 --compare=%s --compare-func=channel_const_64 --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=channel_const_64 --input=0:normal,std=1e-4 --numerics=ane-fp16 --compare=%s --compare-func=channel_const_64 --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=channel_const_64 --input=0:fill=0 --numerics=f32 --compare=%s --compare-func=channel_const_64 --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=channel_const_64 --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=channel_const_64 --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=two_axes --numerics=f32 --compare=%s --compare-func=two_axes --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=two_axes --numerics=ane-fp16 --compare=%s --compare-func=two_axes --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=two_axes --input=0:normal,std=16 --numerics=f32 --compare=%s --compare-func=two_axes --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=two_axes --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=two_axes --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=two_axes --input=0:normal,std=1e-4 --numerics=f32 --compare=%s --compare-func=two_axes --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=two_axes --input=0:normal,std=1e-4 --numerics=ane-fp16 --compare=%s --compare-func=two_axes --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=two_axes --input=0:fill=0 --numerics=f32 --compare=%s --compare-func=two_axes --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=two_axes --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=two_axes --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=l2_channel --numerics=f32 --compare=%s --compare-func=l2_channel --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=l2_channel --numerics=ane-fp16 --compare=%s --compare-func=l2_channel --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=l2_channel --input=0:normal,std=16 --numerics=f32 --compare=%s --compare-func=l2_channel --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=l2_channel --input=0:normal,std=16 --numerics=ane-fp16 --compare=%s --compare-func=l2_channel --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=l2_channel --input=0:normal,std=1e-3 --numerics=f32 --compare=%s --compare-func=l2_channel --compare-numerics=f32 --tol=1e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=l2_channel --input=0:normal,std=1e-3 --numerics=ane-fp16 --compare=%s --compare-func=l2_channel --compare-numerics=ane-fp16 --tol=4e-3 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=l2_channel --input=0:fill=0 --numerics=f32 --compare=%s --compare-func=l2_channel --compare-numerics=f32 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// RUN: ane-run %t.layer-norm.mlir --func=l2_channel --input=0:fill=0 --numerics=ane-fp16 --compare=%s --compare-func=l2_channel --compare-numerics=ane-fp16 --tol=0 --atol=0 | FileCheck %s --check-prefix=OK
// OK: within tolerance

func.func @channel_768(%x: tensor<1x768x1x16xf16>, %g: tensor<1x768x1x1xf16>) -> tensor<1x768x1x16xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<1x768x1x16xf16>, tensor<1x768x1x1xf16>) -> tensor<1x768x1x16xf16>
  return %0 : tensor<1x768x1x16xf16>
}
func.func @channel_const_64(%x: tensor<2x64x1x16xf16>) -> tensor<2x64x1x16xf16> {
  %g = arith.constant dense<1.5> : tensor<1x64x1x1xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<2x64x1x16xf16>, tensor<1x64x1x1xf16>) -> tensor<2x64x1x16xf16>
  return %0 : tensor<2x64x1x16xf16>
}
func.func @two_axes(%x: tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: 3, 1>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}
func.func @l2_channel(%x: tensor<2x64x1x16xf16>) -> tensor<2x64x1x16xf16> {
  %0 = "ane.l2_norm"(%x) {axes = array<i64: 1>, epsilon = 1.0e-06 : f32} : (tensor<2x64x1x16xf16>) -> tensor<2x64x1x16xf16>
  return %0 : tensor<2x64x1x16xf16>
}
