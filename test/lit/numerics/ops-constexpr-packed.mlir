// Hand-computed values for the packed-weight constexpr ops under both
// numerics (the packed bytes were worked out by hand, bit by bit, LSB first,
// and checked against a bit-string packer), and the same weights as a plain
// constant feeding a conv.
// RUN: ane-run %s --func=lut_ios16_2bit --print-values=100 | FileCheck %s --check-prefix=LUT2
// RUN: ane-run %s --func=lut_ios16_2bit --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=LUT2
// RUN: ane-run %s --func=lut_uint3 --print-values=100 | FileCheck %s --check-prefix=LUT3
// RUN: ane-run %s --func=lut_uint3 --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=LUT3
// RUN: ane-run %s --func=lut_grouped_uint1 --print-values=100 | FileCheck %s --check-prefix=LUT1
// RUN: ane-run %s --func=lut_grouped_uint1 --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=LUT1
// RUN: ane-run %s --func=lut_uint6 --print-values=100 | FileCheck %s --check-prefix=LUT6
// RUN: ane-run %s --func=lut_uint6 --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=LUT6
// RUN: ane-run %s --func=lut_vector_last --print-values=100 | FileCheck %s --check-prefix=VLAST
// RUN: ane-run %s --func=lut_vector_last --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=VLAST
// RUN: ane-run %s --func=lut_vector_middle --print-values=100 | FileCheck %s --check-prefix=VMID
// RUN: ane-run %s --func=lut_vector_middle --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=VMID
// RUN: ane-run %s --func=lut_splat --print-values=100 | FileCheck %s --check-prefix=SPLAT
// RUN: ane-run %s --func=shift_int4 --print-values=100 | FileCheck %s --check-prefix=INT4
// RUN: ane-run %s --func=shift_int4 --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=INT4
// RUN: ane-run %s --func=shift_uint8 --print-values=100 | FileCheck %s --check-prefix=UINT8
// RUN: ane-run %s --func=shift_uint8 --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=UINT8
// RUN: ane-run %s --func=shift_uint4_float_offset --print-values=100 | FileCheck %s --check-prefix=UINT4
// RUN: ane-run %s --func=shift_uint4_float_offset --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=UINT4
// RUN: ane-run %s --func=conv_lut --compare --compare-func=conv_dense --atol=0 --tol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=conv_lut --numerics=ane-fp16 --compare --compare-func=conv_dense --compare-numerics=ane-fp16 --atol=0 --tol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=conv_shift --compare --compare-func=conv_shift_dense --atol=0 --tol=0 | FileCheck %s --check-prefix=SAME
// RUN: ane-run %s --func=conv_shift --numerics=ane-fp16 --compare --compare-func=conv_shift_dense --compare-numerics=ane-fp16 --atol=0 --tol=0 | FileCheck %s --check-prefix=SAME

// coremltools' iOS16 example: 2-bit indices 0, 3, 2, 1 in byte 0 (LSB
// first: 0b01101100 = 108) and 3 in byte 1.
// LUT2: values [10, 40, 30, 20, 40]
func.func @lut_ios16_2bit() -> tensor<5xf32> {
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[108, 3]> : tensor<2xui8>, lut = dense<[10.0, 20.0, 30.0, 40.0]> : tensor<4xf32>, vector_axis} : () -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// 3-bit indices 1..6 straddle bytes: 209 = 001 010 11, 88 = 0 100 101 0,
// 3 = 11.
// LUT3: values [0.5, 1, 1.5, 2, 2.5, 3]
func.func @lut_uint3() -> tensor<2x3xf32> {
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[209, 88, 3]> : tensor<3xui8>, lut = dense<[[[[0.0], [0.5], [1.0], [1.5], [2.0], [2.5], [3.0], [3.5]]]]> : tensor<1x1x8x1xf32>, vector_axis} : () -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// One table per two rows: rows 0-1 read [-1, 1], rows 2-3 read [5, 7];
// indices 1 0 0 1 1 1 0 0 are the bits of 57.
// LUT1: values [1, -1, -1, 1, 7, 7, 5, 5]
func.func @lut_grouped_uint1() -> tensor<4x2xf32> {
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<57> : tensor<1xui8>, lut = dense<[[[[-1.0], [1.0]]], [[[5.0], [7.0]]]]> : tensor<2x1x2x1xf32>, vector_axis} : () -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// 6-bit indices 63, 1, 32 into a table of i / 4.
// LUT6: values [15.75, 0.25, 8]
func.func @lut_uint6() -> tensor<3xf32> {
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[127, 0, 2]> : tensor<3xui8>, lut = dense<[[[0.0], [0.25], [0.5], [0.75], [1.0], [1.25], [1.5], [1.75], [2.0], [2.25], [2.5], [2.75], [3.0], [3.25], [3.5], [3.75], [4.0], [4.25], [4.5], [4.75], [5.0], [5.25], [5.5], [5.75], [6.0], [6.25], [6.5], [6.75], [7.0], [7.25], [7.5], [7.75], [8.0], [8.25], [8.5], [8.75], [9.0], [9.25], [9.5], [9.75], [10.0], [10.25], [10.5], [10.75], [11.0], [11.25], [11.5], [11.75], [12.0], [12.25], [12.5], [12.75], [13.0], [13.25], [13.5], [13.75], [14.0], [14.25], [14.5], [14.75], [15.0], [15.25], [15.5], [15.75]]]> : tensor<1x64x1xf32>, vector_axis} : () -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// Vector palettization, coremltools' iOS18 examples (case 2): uint1
// indices [[[0, 0], [1, 0]], [[1, 1], [0, 0]]] (bits 2, 4, 5: 52), the
// vectors a = (1, 2, 3) and b = (4, 5, 6). Along the last axis (case 2.2)
// each index fills 3 consecutive values; along axis 1 (case 2.1) 3 rows.
// VLAST: values [1, 2, 3, 1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6, 4, 5, 6, 1, 2, 3, 1, 2, 3]
func.func @lut_vector_last() -> tensor<2x2x6xf16> {
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<52> : tensor<1xui8>, lut = dense<[[[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]]]]> : tensor<1x1x1x2x3xf16>, vector_axis = -1 : i64} : () -> tensor<2x2x6xf16>
  return %0 : tensor<2x2x6xf16>
}

// VMID: values [1, 1, 2, 2, 3, 3, 4, 1, 5, 2, 6, 3, 4, 4, 5, 5, 6, 6, 1, 1, 2, 2, 3, 3]
func.func @lut_vector_middle() -> tensor<2x6x2xf32> {
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<52> : tensor<1xui8>, lut = dense<[[[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]]]]> : tensor<1x1x1x2x3xf32>, vector_axis = 1 : i64} : () -> tensor<2x6x2xf32>
  return %0 : tensor<2x6x2xf32>
}

// A splat byte repeats over the stream: 0b10110001 is 2-bit 1, 0, 3, 2.
// SPLAT: values [1, 0, 3, 2, 1, 0, 3, 2]
func.func @lut_splat() -> tensor<8xf32> {
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<177> : tensor<2xui8>, lut = dense<[0.0, 1.0, 2.0, 3.0]> : tensor<4xf32>, vector_axis} : () -> tensor<8xf32>
  return %0 : tensor<8xf32>
}

// int4 data -8 -1 0 7 / 3 -3 5 -5 (low nibble first), blocks of 1x2,
// scale [[0.5, 2], [1, 0.25]], packed int4 offset [[1, -2], [0, 7]].
// INT4: values [-4.5, -1, 4, 18, 3, -3, -0.5, -3]
func.func @shift_int4() -> tensor<2x4xf32> {
  %0 = "ane.constexpr_blockwise_shift_scale"() {data = dense<[248, 112, 211, 181]> : tensor<4xui8>, data_dtype = "int4", offset = dense<[225, 112]> : tensor<2xui8>, scale = dense<[[0.5, 2.0], [1.0, 0.25]]> : tensor<2x2xf32>} : () -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// No offset (unit), one scale for the tensor.
// UINT8: values [0, 64, 127.5]
func.func @shift_uint8() -> tensor<3xf16> {
  %0 = "ane.constexpr_blockwise_shift_scale"() {data = dense<[0, 128, 255]> : tensor<3xui8>, data_dtype = "uint8", offset = unit, scale = dense<0.5> : tensor<1xf16>} : () -> tensor<3xf16>
  return %0 : tensor<3xf16>
}

// uint4 0 15 / 8 1 with float offsets 7.5, 0.5 and scales 1, 2.
// UINT4: values [-7.5, 7.5, 15, 1]
func.func @shift_uint4_float_offset() -> tensor<4xf32> {
  %0 = "ane.constexpr_blockwise_shift_scale"() {data = dense<[240, 24]> : tensor<2xui8>, data_dtype = "uint4", offset = dense<[7.5, 0.5]> : tensor<2xf32>, scale = dense<[1.0, 2.0]> : tensor<2xf32>} : () -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// SAME: #0 max_abs_err 0.000e+00 max_rel_err 0.000e+00
// Per-output-channel 2-bit tables: channel 0 reads [0.25, -0.5, 1, 2] with
// indices 3 0, channel 1 reads [-3, 0.125, 4, 8] with indices 1 2
// (0b10010011 = 147).
func.func @conv_lut(%x: tensor<1x2x1x4xf16>) -> tensor<1x2x1x4xf16> {
  %w = "ane.constexpr_lut_to_dense"() {indices = dense<147> : tensor<1xui8>, lut = dense<[[[[[[2.500000e-01], [-5.000000e-01], [1.0], [2.0]]]]], [[[[[-3.0], [1.250000e-01], [4.0], [8.0]]]]]]> : tensor<2x1x1x1x4x1xf16>, vector_axis} : () -> tensor<2x2x1x1xf16>
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x2x1x4xf16>, tensor<2x2x1x1xf16>) -> tensor<1x2x1x4xf16>
  return %0 : tensor<1x2x1x4xf16>
}

// int4 2 -6 / 5 1 (0xA2 = 162, 0x15 = 21) with per-channel scales 1, 0.125
// and int4 offsets 0, -3: (2, -6) * 1 and (8, 4) * 0.125.
func.func @conv_shift(%x: tensor<1x2x1x4xf16>) -> tensor<1x2x1x4xf16> {
  %w = "ane.constexpr_blockwise_shift_scale"() {data = dense<[162, 21]> : tensor<2xui8>, data_dtype = "int4", offset = dense<208> : tensor<1xui8>, scale = dense<[[[[1.0]]], [[[1.250000e-01]]]]> : tensor<2x1x1x1xf16>} : () -> tensor<2x2x1x1xf16>
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x2x1x4xf16>, tensor<2x2x1x1xf16>) -> tensor<1x2x1x4xf16>
  return %0 : tensor<1x2x1x4xf16>
}

// conv_lut's weights written out.
func.func @conv_dense(%x: tensor<1x2x1x4xf16>) -> tensor<1x2x1x4xf16> {
  %w = arith.constant dense<[[[[2.0]], [[2.500000e-01]]], [[[1.250000e-01]], [[4.0]]]]> : tensor<2x2x1x1xf16>
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x2x1x4xf16>, tensor<2x2x1x1xf16>) -> tensor<1x2x1x4xf16>
  return %0 : tensor<1x2x1x4xf16>
}

// conv_shift's weights written out.
func.func @conv_shift_dense(%x: tensor<1x2x1x4xf16>) -> tensor<1x2x1x4xf16> {
  %w = arith.constant dense<[[[[2.0]], [[-6.0]]], [[[1.0]], [[5.000000e-01]]]]> : tensor<2x2x1x1xf16>
  %0 = "ane.conv"(%x, %w) {dilations = array<i64: 1, 1>, groups = 1 : i64, pad = array<i64: 0, 0, 0, 0>, pad_type = "valid", strides = array<i64: 1, 1>} : (tensor<1x2x1x4xf16>, tensor<2x2x1x1xf16>) -> tensor<1x2x1x4xf16>
  return %0 : tensor<1x2x1x4xf16>
}
