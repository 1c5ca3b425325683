// ane.quantize and ane.dequantize against hand-computed values (rounding
// ties to even, clipping, zero points, per-channel parameters, ui8) under
// both numerics; quantize -> dequantize against ane.clip of the input
// within scale/2 on random inputs; casts to and from i8/ui8; i8 through
// .npy and random i8 arguments.
// RUN: ane-run %s --func=ties --print-values=100 | FileCheck %s --check-prefix=TIES
// RUN: ane-run %s --func=ties --print-values=100 --numerics=ane-fp16 | FileCheck %s --check-prefix=TIES
// RUN: ane-run %s --func=per_channel --print-values=100 | FileCheck %s --check-prefix=CHAN
// RUN: ane-run %s --func=per_channel --print-values=100 --numerics=ane-fp16 | FileCheck %s --check-prefix=CHAN
// RUN: ane-run %s --func=dequant --print-values=100 | FileCheck %s --check-prefix=DEQ
// RUN: ane-run %s --func=dequant --print-values=100 --numerics=ane-fp16 | FileCheck %s --check-prefix=DEQ
// RUN: ane-run %s --func=qdq --compare --compare-func=clipped --input=0:uniform,lo=-20,hi=20 --atol=0.03125 | FileCheck %s --check-prefix=QDQ
// RUN: ane-run %s --func=qdq --compare --compare-func=clipped --input=0:uniform,lo=-20,hi=20 --atol=0.03125 --numerics=ane-fp16 --compare-numerics=ane-fp16 | FileCheck %s --check-prefix=QDQ
// RUN: not ane-run %s --func=qdq --compare --compare-func=clipped --input=0:uniform,lo=-20,hi=20 --atol=0.03 2>&1 | FileCheck %s --check-prefix=QDQ-TIGHT
// RUN: ane-run %s --func=casts --print-values=100 | FileCheck %s --check-prefix=CAST
// RUN: ane-run %s --func=casts --print-values=100 --numerics=ane-fp16 | FileCheck %s --check-prefix=CAST
// RUN: ane-run %s --func=casts --output-npy=%t. && %python -c "import sys; d = open(sys.argv[1], 'rb').read(); print(b\"'|i1'\" in d, d[-5:] == bytes([255, 2, 127, 128, 0])); d = open(sys.argv[2], 'rb').read(); print(b\"'|u1'\" in d, d[-5:] == bytes([0, 2, 255, 0, 0]))" %t.0.npy %t.1.npy | FileCheck %s --check-prefix=NPY
// RUN: ane-run %s --func=echo --input=0:npy=%t.0.npy --print-values=100 | FileCheck %s --check-prefix=ECHO
// RUN: ane-run %s --func=shape_ops --print-values=100 --numerics=ane-fp16 | FileCheck %s --check-prefix=SHAPE
// RUN: ane-run %s --func=random_i8 --input=0:uniform,lo=-128,hi=128 | FileCheck %s --check-prefix=RAND

// x / 0.5 = (0.5, 1.5, 2.5, -0.5, -1.5, 200, -200, 0.6): ties go to the
// even integer (0, 2, 2, -0, -2), 200 and -200 clip; then zero points 3
// (200 + 3 still clips) and 128 on ui8.
// TIES: #0 tensor<8xi8>: min -128 max 127 mean 0.25 values [0, 2, 2, 0, -2, 127, -128, 1]
// TIES-NEXT: #1 tensor<8xi8>: min -128 max 127 mean 2.5 values [3, 5, 5, 3, 1, 127, -128, 4]
// TIES-NEXT: #2 tensor<8xui8>: min 0 max 255 mean 128.25 values [128, 130, 130, 128, 126, 255, 0, 129]
func.func @ties() -> (tensor<8xi8>, tensor<8xi8>, tensor<8xui8>) {
  %x = arith.constant dense<[0.25, 0.75, 1.25, -0.25, -0.75, 100.0, -100.0, 0.3]> : tensor<8xf16>
  %0 = "ane.quantize"(%x) {axis = 0 : i64, scale = 5.000000e-01 : f16, zero_point = 0 : i8} : (tensor<8xf16>) -> tensor<8xi8>
  %1 = "ane.quantize"(%x) {axis = 0 : i64, scale = 5.000000e-01 : f16, zero_point = 3 : i8} : (tensor<8xf16>) -> tensor<8xi8>
  %2 = "ane.quantize"(%x) {axis = 0 : i64, scale = 5.000000e-01 : f16, zero_point = 128 : ui8} : (tensor<8xf16>) -> tensor<8xui8>
  return %0, %1, %2 : tensor<8xi8>, tensor<8xi8>, tensor<8xui8>
}

// Channels (axis 1) with scales 1, 0.5, 0.25 and zero points 0, 1, -1:
// row 0: 1.5 -> 2 + 0, 3 + 1, 6 - 1; row 1: -2.5 -> -2 (tie), 0.6 -> 1 + 1,
// 400 - 1 clips.
// CHAN: #0 tensor<2x3xi8>: min -2 max 127 mean 23 values [2, 4, 5, -2, 2, 127]
func.func @per_channel() -> tensor<2x3xi8> {
  %x = arith.constant dense<[[1.5, 1.5, 1.5], [-2.5, 0.3, 100.0]]> : tensor<2x3xf32>
  %0 = "ane.quantize"(%x) {axis = 1 : i64, scale = dense<[1.0, 0.5, 0.25]> : tensor<3xf32>, zero_point = dense<[0, 1, -1]> : tensor<3xi8>} : (tensor<2x3xf32>) -> tensor<2x3xi8>
  return %0 : tensor<2x3xi8>
}

// (q - 3) * 0.5 for q = (-128, -1, 0, 127); (q - 128) * 0.25 for ui8
// (0, 255); per channel (axis 0) (q - (1, -1)) * (2, 0.5) for q = (3, -3).
// DEQ: #0 tensor<4xf16>: min -65.5 max 62 mean -1.75 values [-65.5, -2, -1.5, 62]
// DEQ-NEXT: #1 tensor<2xf32>: min -32 max 31.75 mean -0.125 values [-32, 31.75]
// DEQ-NEXT: #2 tensor<2x2xf16>: min -8 max 4 mean -0.75 values [4, -8, 2, -1]
func.func @dequant() -> (tensor<4xf16>, tensor<2xf32>, tensor<2x2xf16>) {
  %q = arith.constant dense<[-128, -1, 0, 127]> : tensor<4xi8>
  %u = arith.constant dense<[0, 255]> : tensor<2xui8>
  %c = arith.constant dense<[[3, -3], [3, -3]]> : tensor<2x2xi8>
  %0 = "ane.dequantize"(%q) {axis = 0 : i64, scale = 5.000000e-01 : f16, zero_point = 3 : i8} : (tensor<4xi8>) -> tensor<4xf16>
  %1 = "ane.dequantize"(%u) {axis = 0 : i64, scale = 2.500000e-01 : f32, zero_point = 128 : ui8} : (tensor<2xui8>) -> tensor<2xf32>
  %2 = "ane.dequantize"(%c) {axis = 0 : i64, scale = dense<[2.0, 0.5]> : tensor<2xf16>, zero_point = dense<[1, -1]> : tensor<2xi8>} : (tensor<2x2xi8>) -> tensor<2x2xf16>
  return %0, %1, %2 : tensor<4xf16>, tensor<2xf32>, tensor<2x2xf16>
}

// Quantize -> dequantize with scale 1/16 is within 1/32 of x clipped to the
// int8 range [-128/16, 127/16]; not within 0.03 (the bound is tight).
// QDQ: compare @qdq ({{.*}}) against @clipped
// QDQ-NEXT: #0 max_abs_err 3.1{{[0-9]*}}e-02
// QDQ-NEXT: within tolerance
// QDQ-TIGHT: max absolute error 3.1{{[0-9]*}}e-02 exceeds --atol 3.000e-02
func.func @qdq(%x: tensor<1x64x1x64xf16>) -> tensor<1x64x1x64xf16> {
  %0 = "ane.quantize"(%x) {axis = 0 : i64, scale = 6.250000e-02 : f16, zero_point = 0 : i8} : (tensor<1x64x1x64xf16>) -> tensor<1x64x1x64xi8>
  %1 = "ane.dequantize"(%0) {axis = 0 : i64, scale = 6.250000e-02 : f16, zero_point = 0 : i8} : (tensor<1x64x1x64xi8>) -> tensor<1x64x1x64xf16>
  return %1 : tensor<1x64x1x64xf16>
}
func.func @clipped(%x: tensor<1x64x1x64xf16>) -> tensor<1x64x1x64xf16> {
  %0 = "ane.clip"(%x) {alpha = -8.0 : f32, beta = 7.9375 : f32} : (tensor<1x64x1x64xf16>) -> tensor<1x64x1x64xf16>
  return %0 : tensor<1x64x1x64xf16>
}

// Casts truncate toward zero and saturate: (-1.7, 2.9, 300, -300, 0.5).
// CAST: #0 tensor<5xi8>: min -128 max 127 mean 0 values [-1, 2, 127, -128, 0]
// CAST-NEXT: #1 tensor<5xui8>: min 0 max 255 mean 51.4 values [0, 2, 255, 0, 0]
// CAST-NEXT: #2 tensor<5xf16>: min -128 max 127 mean 0 values [-1, 2, 127, -128, 0]
func.func @casts() -> (tensor<5xi8>, tensor<5xui8>, tensor<5xf16>) {
  %x = arith.constant dense<[-1.7, 2.9, 300.0, -300.0, 0.5]> : tensor<5xf32>
  %0 = "ane.cast"(%x) : (tensor<5xf32>) -> tensor<5xi8>
  %1 = "ane.cast"(%x) : (tensor<5xf32>) -> tensor<5xui8>
  %2 = "ane.cast"(%0) : (tensor<5xi8>) -> tensor<5xf16>
  return %0, %1, %2 : tensor<5xi8>, tensor<5xui8>, tensor<5xf16>
}

// NPY: True True
// NPY-NEXT: True True
// ECHO: #0 tensor<5xi8>: min -128 max 127 mean 0 values [-1, 2, 127, -128, 0]
func.func @echo(%x: tensor<5xi8>) -> tensor<5xi8> {
  %0 = "ane.identity"(%x) : (tensor<5xi8>) -> tensor<5xi8>
  return %0 : tensor<5xi8>
}

// A random int8 argument covers the whole range.
// RAND: #0 tensor<4096xi8>: min -128 max 127
func.func @random_i8(%x: tensor<4096xi8>) -> tensor<4096xi8> {
  %0 = "ane.identity"(%x) : (tensor<4096xi8>) -> tensor<4096xi8>
  return %0 : tensor<4096xi8>
}

// i8 and ui8 values pass through the shape ops unchanged under ane-fp16
// (it rounds only floats): row 1 of the transpose [[1, -128], [127, 3]],
// and ui8 (255, 0) tiled twice.
// SHAPE: #0 tensor<2xi8>: min 3 max 127 mean 65 values [127, 3]
// SHAPE-NEXT: #1 tensor<4xui8>: min 0 max 255 mean 127.5 values [255, 0, 255, 0]
func.func @shape_ops() -> (tensor<2xi8>, tensor<4xui8>) {
  %q = arith.constant dense<[[1, 127], [-128, 3]]> : tensor<2x2xi8>
  %u = arith.constant dense<[255, 0]> : tensor<2xui8>
  %t = "ane.transpose"(%q) {perm = array<i64: 1, 0>} : (tensor<2x2xi8>) -> tensor<2x2xi8>
  %s = "ane.slice_by_size"(%t) {begin = array<i64: 1, 0>, size = array<i64: 1, 2>} : (tensor<2x2xi8>) -> tensor<1x2xi8>
  %0 = "ane.squeeze"(%s) {axes = array<i64: 0>} : (tensor<1x2xi8>) -> tensor<2xi8>
  %1 = "ane.tile"(%u) {reps = array<i64: 2>} : (tensor<2xui8>) -> tensor<4xui8>
  return %0, %1 : tensor<2xi8>, tensor<4xui8>
}
