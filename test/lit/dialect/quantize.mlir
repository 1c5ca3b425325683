// The valid forms of ane.quantize and ane.dequantize (per tensor, per
// channel, i8 and ui8, a per-channel scale with the scalar 0 zero point)
// and i8/ui8 tensors through the shape ops and cast: parsed, verified and
// printed back unchanged.
// RUN: ane-opt %s | FileCheck %s

// CHECK-LABEL: func.func @per_tensor
// CHECK-NEXT: %0 = "ane.quantize"(%arg0) {axis = 0 : i64, scale = 1.250000e-01 : f16, zero_point = 0 : i8} : (tensor<1x8x1x4xf16>) -> tensor<1x8x1x4xi8>
// CHECK-NEXT: %1 = "ane.dequantize"(%0) {axis = 0 : i64, scale = 1.250000e-01 : f16, zero_point = 0 : i8} : (tensor<1x8x1x4xi8>) -> tensor<1x8x1x4xf16>
func.func @per_tensor(%x: tensor<1x8x1x4xf16>) -> tensor<1x8x1x4xf16> {
  %0 = "ane.quantize"(%x) {axis = 0 : i64, scale = 1.250000e-01 : f16, zero_point = 0 : i8} : (tensor<1x8x1x4xf16>) -> tensor<1x8x1x4xi8>
  %1 = "ane.dequantize"(%0) {axis = 0 : i64, scale = 1.250000e-01 : f16, zero_point = 0 : i8} : (tensor<1x8x1x4xi8>) -> tensor<1x8x1x4xf16>
  return %1 : tensor<1x8x1x4xf16>
}

// CHECK-LABEL: func.func @per_channel
// CHECK-NEXT: %0 = "ane.quantize"(%arg0) {axis = -2 : i64, scale = dense<[1.250000e-01, 2.500000e-01]> : tensor<2xf32>, zero_point = dense<[0, 128]> : tensor<2xui8>} : (tensor<1x2x4xf32>) -> tensor<1x2x4xui8>
// CHECK-NEXT: %1 = "ane.dequantize"(%0) {axis = 1 : i64, scale = dense<[1.250000e-01, 2.500000e-01]> : tensor<2xf32>, zero_point = 0 : ui8} : (tensor<1x2x4xui8>) -> tensor<1x2x4xf32>
func.func @per_channel(%x: tensor<1x2x4xf32>) -> tensor<1x2x4xf32> {
  %0 = "ane.quantize"(%x) {axis = -2 : i64, scale = dense<[1.250000e-01, 2.500000e-01]> : tensor<2xf32>, zero_point = dense<[0, 128]> : tensor<2xui8>} : (tensor<1x2x4xf32>) -> tensor<1x2x4xui8>
  %1 = "ane.dequantize"(%0) {axis = 1 : i64, scale = dense<[1.250000e-01, 2.500000e-01]> : tensor<2xf32>, zero_point = 0 : ui8} : (tensor<1x2x4xui8>) -> tensor<1x2x4xf32>
  return %1 : tensor<1x2x4xf32>
}

// CHECK-LABEL: func.func @shape_ops
// CHECK-NEXT: "ane.reshape"(%arg0) {shape = array<i64: 4, 2>} : (tensor<2x4xi8>) -> tensor<4x2xi8>
// CHECK-NEXT: "ane.transpose"(%0) {perm = array<i64: 1, 0>} : (tensor<4x2xi8>) -> tensor<2x4xi8>
// CHECK-NEXT: "ane.concat"(%1, %arg0) {axis = 0 : i64, interleave = false} : (tensor<2x4xi8>, tensor<2x4xi8>) -> tensor<4x4xi8>
// CHECK-NEXT: "ane.identity"(%2) : (tensor<4x4xi8>) -> tensor<4x4xi8>
// CHECK-NEXT: "ane.cast"(%3) : (tensor<4x4xi8>) -> tensor<4x4xf16>
// CHECK-NEXT: "ane.cast"(%4) : (tensor<4x4xf16>) -> tensor<4x4xui8>
func.func @shape_ops(%x: tensor<2x4xi8>) -> tensor<4x4xui8> {
  %0 = "ane.reshape"(%x) {shape = array<i64: 4, 2>} : (tensor<2x4xi8>) -> tensor<4x2xi8>
  %1 = "ane.transpose"(%0) {perm = array<i64: 1, 0>} : (tensor<4x2xi8>) -> tensor<2x4xi8>
  %2 = "ane.concat"(%1, %x) {axis = 0 : i64, interleave = false} : (tensor<2x4xi8>, tensor<2x4xi8>) -> tensor<4x4xi8>
  %3 = "ane.identity"(%2) : (tensor<4x4xi8>) -> tensor<4x4xi8>
  %4 = "ane.cast"(%3) : (tensor<4x4xi8>) -> tensor<4x4xf16>
  %5 = "ane.cast"(%4) : (tensor<4x4xf16>) -> tensor<4x4xui8>
  return %5 : tensor<4x4xui8>
}
