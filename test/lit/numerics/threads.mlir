// ane-run's kernels split their loops over threads (lib/interp/parallel.h)
// only where no output depends on the split: one thread and two give the
// same bytes, under both numerics. The tensors are large enough that every
// op below is split with --threads=2: broadcast rows (x and y contiguous,
// one side a scalar per row), unary ops, softmax over the last axis and
// over axis 0, reductions and norms by independent blocks (over the last
// axis, over a middle axis) and over axis 0 (one block), the fp32 packing
// of a GEMM under ane-fp16, and the random inputs themselves.

// RUN: rm -rf %t && mkdir -p %t
// RUN: ane-run %s --threads=1 --output-npy=%t/f32-1- > %t/f32-1.txt
// RUN: ane-run %s --threads=2 --output-npy=%t/f32-2- > %t/f32-2.txt
// RUN: ane-run %s --numerics=ane-fp16 --threads=1 --output-npy=%t/fp16-1- > %t/fp16-1.txt
// RUN: ane-run %s --numerics=ane-fp16 --threads=2 --output-npy=%t/fp16-2- > %t/fp16-2.txt
// RUN: diff %t/f32-1.txt %t/f32-2.txt
// RUN: diff %t/fp16-1.txt %t/fp16-2.txt
// RUN: for i in 0 1 2 3 4 5 6 7 8 9 10 11; do cmp %t/f32-1-$i.npy %t/f32-2-$i.npy && cmp %t/fp16-1-$i.npy %t/fp16-2-$i.npy || exit 1; done
// RUN: FileCheck %s < %t/f32-2.txt

// CHECK: @main (f32): 12 outputs
// CHECK-COUNT-12: #{{[0-9]+}} tensor<

func.func @main(%x: tensor<64x2048xf16>, %y: tensor<2048xf16>,
                %z: tensor<64x1xf16>, %w: tensor<2048x64xf16>)
    -> (tensor<64x2048xf16>, tensor<64x2048xf16>, tensor<64x2048xf16>,
        tensor<64x2048xf16>, tensor<2048xf16>, tensor<64xf16>,
        tensor<64x64xf16>, tensor<64x64xf16>, tensor<64x2048xf16>,
        tensor<64x2048xf16>, tensor<64x2048xf16>, tensor<64x32x64xf16>) {
  %a = "ane.add"(%x, %y) : (tensor<64x2048xf16>, tensor<2048xf16>) -> tensor<64x2048xf16>
  %b = "ane.mul"(%z, %x) : (tensor<64x1xf16>, tensor<64x2048xf16>) -> tensor<64x2048xf16>
  %c = "ane.silu"(%a) : (tensor<64x2048xf16>) -> tensor<64x2048xf16>
  %d = "ane.softmax"(%c) {axis = -1 : i64} : (tensor<64x2048xf16>) -> tensor<64x2048xf16>
  %e = "ane.softmax"(%b) {axis = 0 : i64} : (tensor<64x2048xf16>) -> tensor<64x2048xf16>
  %f = "ane.reduce_sum"(%x) {axes = array<i64: 0>, keep_dims = false} : (tensor<64x2048xf16>) -> tensor<2048xf16>
  %g = "ane.reduce_log_sum_exp"(%c) {axes = array<i64: -1>, keep_dims = false} : (tensor<64x2048xf16>) -> tensor<64xf16>
  %x3 = "ane.reshape"(%x) {shape = array<i64: 64, 32, 64>} : (tensor<64x2048xf16>) -> tensor<64x32x64xf16>
  %h = "ane.reduce_mean"(%x3) {axes = array<i64: 1>, keep_dims = false} : (tensor<64x32x64xf16>) -> tensor<64x64xf16>
  %m = "ane.matmul"(%x, %w) {transpose_x = false, transpose_y = false} : (tensor<64x2048xf16>, tensor<2048x64xf16>) -> tensor<64x64xf16>
  %n1 = "ane.rms_norm"(%x, %y) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<64x2048xf16>, tensor<2048xf16>) -> tensor<64x2048xf16>
  %n2 = "ane.layer_norm"(%b, %y, %y) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<64x2048xf16>, tensor<2048xf16>, tensor<2048xf16>) -> tensor<64x2048xf16>
  %n3 = "ane.l2_norm"(%x3) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<64x32x64xf16>) -> tensor<64x32x64xf16>
  return %a, %b, %c, %d, %f, %g, %h, %m, %e, %n1, %n2, %n3 : tensor<64x2048xf16>, tensor<64x2048xf16>, tensor<64x2048xf16>, tensor<64x2048xf16>, tensor<2048xf16>, tensor<64xf16>, tensor<64x64xf16>, tensor<64x64xf16>, tensor<64x2048xf16>, tensor<64x2048xf16>, tensor<64x2048xf16>, tensor<64x32x64xf16>
}
