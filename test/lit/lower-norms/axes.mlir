// lower-norms over any axes (docs/passes.md): every strategy works on the
// op's own axes; D is the product of the normalized dims.
// - l2: reduce_l2_norm over the axes, keep_dims -> maximum(sqrt(D eps)) ->
//   real_div -> mul(gamma * sqrt(D)) with a constant gamma folded in any
//   of its valid shapes ([1, C, 1, 1] here), or the norm scaled by
//   1/sqrt(D) for an argument gamma, or mul(sqrt(D)) without one.
// - reduce-sum: over trailing axes the old [M, D, 1, 1] rows form (two
//   trailing axes merged into D = 32); over other axes (channels-first
//   axis 1, or axes [3, 1]) the chain reduces them in place: mul(x, x) ->
//   reduce_sum(axes) -> mul(1/D) -> add(eps) -> rsqrt -> mul(x) -> mul(gamma).
// - layer-norm: [x, -x] concatenated along the first normalized axis, a
//   layer_norm over the same axes with ones / zeros of the doubled group's
//   shape ([32, 1, 1] for axis 1), the first half sliced back.
// - l2_norm: reduce_l2_norm over its axes, the same under every strategy.
// Each output re-parses and lowering it again changes nothing.
// RUN: ane-opt %s --lower-norms | FileCheck %s --check-prefix=L2
// RUN: ane-opt %s --lower-norms | ane-opt --lower-norms | FileCheck %s --check-prefix=L2
// RUN: ane-opt %s --lower-norms=strategy=reduce-sum | FileCheck %s --check-prefix=RS
// RUN: ane-opt %s --lower-norms=strategy=layer-norm | FileCheck %s --check-prefix=LN
// RUN: ane-opt %s --lower-norms=strategy=layer-norm | ane-opt --lower-norms=strategy=layer-norm | FileCheck %s --check-prefix=LN

// L2-LABEL: func.func @channel_const_gamma(%arg0: tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16> {
// L2-NEXT: %[[V0:.*]] = arith.constant dense<{{\[\[}}{{\[\[}}4.000000e+00{{\]\]}}, {{\[\[}}8.000000e+00{{\]\]}}, {{\[\[}}1.200000e+01{{\]\]}}, {{\[\[}}1.600000e+01{{\]\]}}, {{\[\[}}2.000000e+00{{\]\]}}, {{\[\[}}1.000000e+00{{\]\]}}, {{\[\[}}6.000000e+00{{\]\]}}, {{\[\[}}1.000000e+01{{\]\]}}, {{\[\[}}4.000000e+00{{\]\]}}, {{\[\[}}8.000000e+00{{\]\]}}, {{\[\[}}1.200000e+01{{\]\]}}, {{\[\[}}1.600000e+01{{\]\]}}, {{\[\[}}2.000000e+00{{\]\]}}, {{\[\[}}1.000000e+00{{\]\]}}, {{\[\[}}6.000000e+00{{\]\]}}, {{\[\[}}1.000000e+01{{\]\]}}{{\]\]}}> : tensor<1x16x1x1xf16>
// L2-NEXT: %[[V1:.*]] = arith.constant dense<1.264950e-02> : tensor<1xf16>
// L2-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: 1>, keep_dims = true} : (tensor<2x16x1x8xf16>) -> tensor<2x1x1x8xf16>
// L2-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<2x1x1x8xf16>, tensor<1xf16>) -> tensor<2x1x1x8xf16>
// L2-NEXT: %[[V4:.*]] = "ane.real_div"(%arg0, %[[V3]]) : (tensor<2x16x1x8xf16>, tensor<2x1x1x8xf16>) -> tensor<2x16x1x8xf16>
// L2-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V0]]) : (tensor<2x16x1x8xf16>, tensor<1x16x1x1xf16>) -> tensor<2x16x1x8xf16>
// L2-NEXT: return %[[V5]] : tensor<2x16x1x8xf16>
// L2-LABEL: func.func @channel_arg_gamma(%arg0: tensor<2x16x1x8xf16>, %arg1: tensor<1x16x1x1xf16>) -> tensor<2x16x1x8xf16> {
// L2-NEXT: %[[V0:.*]] = arith.constant dense<2.500000e-01> : tensor<1xf16>
// L2-NEXT: %[[V1:.*]] = arith.constant dense<1.264950e-02> : tensor<1xf16>
// L2-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: 1>, keep_dims = true} : (tensor<2x16x1x8xf16>) -> tensor<2x1x1x8xf16>
// L2-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<2x1x1x8xf16>, tensor<1xf16>) -> tensor<2x1x1x8xf16>
// L2-NEXT: %[[V4:.*]] = "ane.mul"(%[[V3]], %[[V0]]) : (tensor<2x1x1x8xf16>, tensor<1xf16>) -> tensor<2x1x1x8xf16>
// L2-NEXT: %[[V5:.*]] = "ane.real_div"(%arg0, %[[V4]]) : (tensor<2x16x1x8xf16>, tensor<2x1x1x8xf16>) -> tensor<2x16x1x8xf16>
// L2-NEXT: %[[V6:.*]] = "ane.mul"(%[[V5]], %arg1) : (tensor<2x16x1x8xf16>, tensor<1x16x1x1xf16>) -> tensor<2x16x1x8xf16>
// L2-NEXT: return %[[V6]] : tensor<2x16x1x8xf16>
// L2-LABEL: func.func @two_axes_no_gamma(%arg0: tensor<2x16x1x8xf32>) -> tensor<2x16x1x8xf32> {
// L2-NEXT: %[[V0:.*]] = arith.constant dense<11.3137083> : tensor<1xf32>
// L2-NEXT: %[[V1:.*]] = arith.constant dense<0.0357770883> : tensor<1xf32>
// L2-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: 3, 1>, keep_dims = true} : (tensor<2x16x1x8xf32>) -> tensor<2x1x1x1xf32>
// L2-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<2x1x1x1xf32>, tensor<1xf32>) -> tensor<2x1x1x1xf32>
// L2-NEXT: %[[V4:.*]] = "ane.real_div"(%arg0, %[[V3]]) : (tensor<2x16x1x8xf32>, tensor<2x1x1x1xf32>) -> tensor<2x16x1x8xf32>
// L2-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V0]]) : (tensor<2x16x1x8xf32>, tensor<1xf32>) -> tensor<2x16x1x8xf32>
// L2-NEXT: return %[[V5]] : tensor<2x16x1x8xf32>
// L2-LABEL: func.func @trailing_two_axes(%arg0: tensor<2x3x4x8xf32>, %arg1: tensor<4x8xf32>) -> tensor<2x3x4x8xf32> {
// L2-NEXT: %[[V0:.*]] = arith.constant dense<0.176776692> : tensor<1xf32>
// L2-NEXT: %[[V1:.*]] = arith.constant dense<0.0178885441> : tensor<1xf32>
// L2-NEXT: %[[V2:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: -2, -1>, keep_dims = true} : (tensor<2x3x4x8xf32>) -> tensor<2x3x1x1xf32>
// L2-NEXT: %[[V3:.*]] = "ane.maximum"(%[[V2]], %[[V1]]) : (tensor<2x3x1x1xf32>, tensor<1xf32>) -> tensor<2x3x1x1xf32>
// L2-NEXT: %[[V4:.*]] = "ane.mul"(%[[V3]], %[[V0]]) : (tensor<2x3x1x1xf32>, tensor<1xf32>) -> tensor<2x3x1x1xf32>
// L2-NEXT: %[[V5:.*]] = "ane.real_div"(%arg0, %[[V4]]) : (tensor<2x3x4x8xf32>, tensor<2x3x1x1xf32>) -> tensor<2x3x4x8xf32>
// L2-NEXT: %[[V6:.*]] = "ane.mul"(%[[V5]], %arg1) : (tensor<2x3x4x8xf32>, tensor<4x8xf32>) -> tensor<2x3x4x8xf32>
// L2-NEXT: return %[[V6]] : tensor<2x3x4x8xf32>
// L2-LABEL: func.func @l2_two_axes(%arg0: tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16> {
// L2-NEXT: %[[V0:.*]] = arith.constant dense<1.000400e-03> : tensor<1xf16>
// L2-NEXT: %[[V1:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: 1, 3>, keep_dims = true} : (tensor<2x16x1x8xf16>) -> tensor<2x1x1x1xf16>
// L2-NEXT: %[[V2:.*]] = "ane.maximum"(%[[V1]], %[[V0]]) : (tensor<2x1x1x1xf16>, tensor<1xf16>) -> tensor<2x1x1x1xf16>
// L2-NEXT: %[[V3:.*]] = "ane.real_div"(%arg0, %[[V2]]) : (tensor<2x16x1x8xf16>, tensor<2x1x1x1xf16>) -> tensor<2x16x1x8xf16>
// L2-NEXT: return %[[V3]] : tensor<2x16x1x8xf16>

// RS-LABEL: func.func @channel_const_gamma(%arg0: tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16> {
// RS-NEXT: %[[V0:.*]] = arith.constant dense<1.001360e-05> : tensor<1xf16>
// RS-NEXT: %[[V1:.*]] = arith.constant dense<6.250000e-02> : tensor<1xf16>
// RS-NEXT: %[[V2:.*]] = arith.constant dense<{{\[\[}}{{\[\[}}1.000000e+00{{\]\]}}, {{\[\[}}2.000000e+00{{\]\]}}, {{\[\[}}3.000000e+00{{\]\]}}, {{\[\[}}4.000000e+00{{\]\]}}, {{\[\[}}5.000000e-01{{\]\]}}, {{\[\[}}2.500000e-01{{\]\]}}, {{\[\[}}1.500000e+00{{\]\]}}, {{\[\[}}2.500000e+00{{\]\]}}, {{\[\[}}1.000000e+00{{\]\]}}, {{\[\[}}2.000000e+00{{\]\]}}, {{\[\[}}3.000000e+00{{\]\]}}, {{\[\[}}4.000000e+00{{\]\]}}, {{\[\[}}5.000000e-01{{\]\]}}, {{\[\[}}2.500000e-01{{\]\]}}, {{\[\[}}1.500000e+00{{\]\]}}, {{\[\[}}2.500000e+00{{\]\]}}{{\]\]}}> : tensor<1x16x1x1xf16>
// RS-NEXT: %[[V3:.*]] = "ane.mul"(%arg0, %arg0) : (tensor<2x16x1x8xf16>, tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16>
// RS-NEXT: %[[V4:.*]] = "ane.reduce_sum"(%[[V3]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<2x16x1x8xf16>) -> tensor<2x1x1x8xf16>
// RS-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V1]]) : (tensor<2x1x1x8xf16>, tensor<1xf16>) -> tensor<2x1x1x8xf16>
// RS-NEXT: %[[V6:.*]] = "ane.add"(%[[V5]], %[[V0]]) : (tensor<2x1x1x8xf16>, tensor<1xf16>) -> tensor<2x1x1x8xf16>
// RS-NEXT: %[[V7:.*]] = "ane.rsqrt"(%[[V6]]) {epsilon = 0.000000e+00 : f32} : (tensor<2x1x1x8xf16>) -> tensor<2x1x1x8xf16>
// RS-NEXT: %[[V8:.*]] = "ane.mul"(%arg0, %[[V7]]) : (tensor<2x16x1x8xf16>, tensor<2x1x1x8xf16>) -> tensor<2x16x1x8xf16>
// RS-NEXT: %[[V9:.*]] = "ane.mul"(%[[V8]], %[[V2]]) : (tensor<2x16x1x8xf16>, tensor<1x16x1x1xf16>) -> tensor<2x16x1x8xf16>
// RS-NEXT: return %[[V9]] : tensor<2x16x1x8xf16>
// RS-LABEL: func.func @channel_arg_gamma(%arg0: tensor<2x16x1x8xf16>, %arg1: tensor<1x16x1x1xf16>) -> tensor<2x16x1x8xf16> {
// RS-NEXT: %[[V0:.*]] = arith.constant dense<1.001360e-05> : tensor<1xf16>
// RS-NEXT: %[[V1:.*]] = arith.constant dense<6.250000e-02> : tensor<1xf16>
// RS-NEXT: %[[V2:.*]] = "ane.mul"(%arg0, %arg0) : (tensor<2x16x1x8xf16>, tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16>
// RS-NEXT: %[[V3:.*]] = "ane.reduce_sum"(%[[V2]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<2x16x1x8xf16>) -> tensor<2x1x1x8xf16>
// RS-NEXT: %[[V4:.*]] = "ane.mul"(%[[V3]], %[[V1]]) : (tensor<2x1x1x8xf16>, tensor<1xf16>) -> tensor<2x1x1x8xf16>
// RS-NEXT: %[[V5:.*]] = "ane.add"(%[[V4]], %[[V0]]) : (tensor<2x1x1x8xf16>, tensor<1xf16>) -> tensor<2x1x1x8xf16>
// RS-NEXT: %[[V6:.*]] = "ane.rsqrt"(%[[V5]]) {epsilon = 0.000000e+00 : f32} : (tensor<2x1x1x8xf16>) -> tensor<2x1x1x8xf16>
// RS-NEXT: %[[V7:.*]] = "ane.mul"(%arg0, %[[V6]]) : (tensor<2x16x1x8xf16>, tensor<2x1x1x8xf16>) -> tensor<2x16x1x8xf16>
// RS-NEXT: %[[V8:.*]] = "ane.mul"(%[[V7]], %arg1) : (tensor<2x16x1x8xf16>, tensor<1x16x1x1xf16>) -> tensor<2x16x1x8xf16>
// RS-NEXT: return %[[V8]] : tensor<2x16x1x8xf16>
// RS-LABEL: func.func @two_axes_no_gamma(%arg0: tensor<2x16x1x8xf32>) -> tensor<2x16x1x8xf32> {
// RS-NEXT: %[[V0:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// RS-NEXT: %[[V1:.*]] = arith.constant dense<7.812500e-03> : tensor<1xf32>
// RS-NEXT: %[[V2:.*]] = "ane.mul"(%arg0, %arg0) : (tensor<2x16x1x8xf32>, tensor<2x16x1x8xf32>) -> tensor<2x16x1x8xf32>
// RS-NEXT: %[[V3:.*]] = "ane.reduce_sum"(%[[V2]]) {axes = array<i64: 3, 1>, keep_dims = true} : (tensor<2x16x1x8xf32>) -> tensor<2x1x1x1xf32>
// RS-NEXT: %[[V4:.*]] = "ane.mul"(%[[V3]], %[[V1]]) : (tensor<2x1x1x1xf32>, tensor<1xf32>) -> tensor<2x1x1x1xf32>
// RS-NEXT: %[[V5:.*]] = "ane.add"(%[[V4]], %[[V0]]) : (tensor<2x1x1x1xf32>, tensor<1xf32>) -> tensor<2x1x1x1xf32>
// RS-NEXT: %[[V6:.*]] = "ane.rsqrt"(%[[V5]]) {epsilon = 0.000000e+00 : f32} : (tensor<2x1x1x1xf32>) -> tensor<2x1x1x1xf32>
// RS-NEXT: %[[V7:.*]] = "ane.mul"(%arg0, %[[V6]]) : (tensor<2x16x1x8xf32>, tensor<2x1x1x1xf32>) -> tensor<2x16x1x8xf32>
// RS-NEXT: return %[[V7]] : tensor<2x16x1x8xf32>
// RS-LABEL: func.func @trailing_two_axes(%arg0: tensor<2x3x4x8xf32>, %arg1: tensor<4x8xf32>) -> tensor<2x3x4x8xf32> {
// RS-NEXT: %[[V0:.*]] = arith.constant dense<9.99999974E-6> : tensor<1xf32>
// RS-NEXT: %[[V1:.*]] = arith.constant dense<3.125000e-02> : tensor<1xf32>
// RS-NEXT: %[[V2:.*]] = "ane.reshape"(%arg0) {shape = array<i64: 6, 32, 1, 1>} : (tensor<2x3x4x8xf32>) -> tensor<6x32x1x1xf32>
// RS-NEXT: %[[V3:.*]] = "ane.mul"(%[[V2]], %[[V2]]) : (tensor<6x32x1x1xf32>, tensor<6x32x1x1xf32>) -> tensor<6x32x1x1xf32>
// RS-NEXT: %[[V4:.*]] = "ane.reduce_sum"(%[[V3]]) {axes = array<i64: 1>, keep_dims = true} : (tensor<6x32x1x1xf32>) -> tensor<6x1x1x1xf32>
// RS-NEXT: %[[V5:.*]] = "ane.mul"(%[[V4]], %[[V1]]) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
// RS-NEXT: %[[V6:.*]] = "ane.add"(%[[V5]], %[[V0]]) : (tensor<6x1x1x1xf32>, tensor<1xf32>) -> tensor<6x1x1x1xf32>
// RS-NEXT: %[[V7:.*]] = "ane.rsqrt"(%[[V6]]) {epsilon = 0.000000e+00 : f32} : (tensor<6x1x1x1xf32>) -> tensor<6x1x1x1xf32>
// RS-NEXT: %[[V8:.*]] = "ane.mul"(%[[V2]], %[[V7]]) : (tensor<6x32x1x1xf32>, tensor<6x1x1x1xf32>) -> tensor<6x32x1x1xf32>
// RS-NEXT: %[[V9:.*]] = "ane.reshape"(%arg1) {shape = array<i64: 1, 32, 1, 1>} : (tensor<4x8xf32>) -> tensor<1x32x1x1xf32>
// RS-NEXT: %[[V10:.*]] = "ane.mul"(%[[V8]], %[[V9]]) : (tensor<6x32x1x1xf32>, tensor<1x32x1x1xf32>) -> tensor<6x32x1x1xf32>
// RS-NEXT: %[[V11:.*]] = "ane.reshape"(%[[V10]]) {shape = array<i64: 2, 3, 4, 8>} : (tensor<6x32x1x1xf32>) -> tensor<2x3x4x8xf32>
// RS-NEXT: return %[[V11]] : tensor<2x3x4x8xf32>
// RS-LABEL: func.func @l2_two_axes(%arg0: tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16> {
// RS-NEXT: %[[V0:.*]] = arith.constant dense<1.000400e-03> : tensor<1xf16>
// RS-NEXT: %[[V1:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: 1, 3>, keep_dims = true} : (tensor<2x16x1x8xf16>) -> tensor<2x1x1x1xf16>
// RS-NEXT: %[[V2:.*]] = "ane.maximum"(%[[V1]], %[[V0]]) : (tensor<2x1x1x1xf16>, tensor<1xf16>) -> tensor<2x1x1x1xf16>
// RS-NEXT: %[[V3:.*]] = "ane.real_div"(%arg0, %[[V2]]) : (tensor<2x16x1x8xf16>, tensor<2x1x1x1xf16>) -> tensor<2x16x1x8xf16>
// RS-NEXT: return %[[V3]] : tensor<2x16x1x8xf16>

// LN-LABEL: func.func @channel_const_gamma(%arg0: tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16> {
// LN-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<32x1x1xf16>
// LN-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<32x1x1xf16>
// LN-NEXT: %[[V2:.*]] = arith.constant dense<{{\[\[}}{{\[\[}}1.000000e+00{{\]\]}}, {{\[\[}}2.000000e+00{{\]\]}}, {{\[\[}}3.000000e+00{{\]\]}}, {{\[\[}}4.000000e+00{{\]\]}}, {{\[\[}}5.000000e-01{{\]\]}}, {{\[\[}}2.500000e-01{{\]\]}}, {{\[\[}}1.500000e+00{{\]\]}}, {{\[\[}}2.500000e+00{{\]\]}}, {{\[\[}}1.000000e+00{{\]\]}}, {{\[\[}}2.000000e+00{{\]\]}}, {{\[\[}}3.000000e+00{{\]\]}}, {{\[\[}}4.000000e+00{{\]\]}}, {{\[\[}}5.000000e-01{{\]\]}}, {{\[\[}}2.500000e-01{{\]\]}}, {{\[\[}}1.500000e+00{{\]\]}}, {{\[\[}}2.500000e+00{{\]\]}}{{\]\]}}> : tensor<1x16x1x1xf16>
// LN-NEXT: %[[V3:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf16>
// LN-NEXT: %[[V4:.*]] = "ane.mul"(%arg0, %[[V3]]) : (tensor<2x16x1x8xf16>, tensor<1xf16>) -> tensor<2x16x1x8xf16>
// LN-NEXT: %[[V5:.*]] = "ane.concat"(%arg0, %[[V4]]) {axis = 1 : i64, interleave = false} : (tensor<2x16x1x8xf16>, tensor<2x16x1x8xf16>) -> tensor<2x32x1x8xf16>
// LN-NEXT: %[[V6:.*]] = "ane.layer_norm"(%[[V5]], %[[V1]], %[[V0]]) {axes = array<i64: 1>, epsilon = 9.99999974E-6 : f32} : (tensor<2x32x1x8xf16>, tensor<32x1x1xf16>, tensor<32x1x1xf16>) -> tensor<2x32x1x8xf16>
// LN-NEXT: %[[V7:.*]] = "ane.slice_by_size"(%[[V6]]) {begin = array<i64: 0, 0, 0, 0>, size = array<i64: 2, 16, 1, 8>} : (tensor<2x32x1x8xf16>) -> tensor<2x16x1x8xf16>
// LN-NEXT: %[[V8:.*]] = "ane.mul"(%[[V7]], %[[V2]]) : (tensor<2x16x1x8xf16>, tensor<1x16x1x1xf16>) -> tensor<2x16x1x8xf16>
// LN-NEXT: return %[[V8]] : tensor<2x16x1x8xf16>
// LN-LABEL: func.func @channel_arg_gamma(%arg0: tensor<2x16x1x8xf16>, %arg1: tensor<1x16x1x1xf16>) -> tensor<2x16x1x8xf16> {
// LN-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<32x1x1xf16>
// LN-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<32x1x1xf16>
// LN-NEXT: %[[V2:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf16>
// LN-NEXT: %[[V3:.*]] = "ane.mul"(%arg0, %[[V2]]) : (tensor<2x16x1x8xf16>, tensor<1xf16>) -> tensor<2x16x1x8xf16>
// LN-NEXT: %[[V4:.*]] = "ane.concat"(%arg0, %[[V3]]) {axis = 1 : i64, interleave = false} : (tensor<2x16x1x8xf16>, tensor<2x16x1x8xf16>) -> tensor<2x32x1x8xf16>
// LN-NEXT: %[[V5:.*]] = "ane.layer_norm"(%[[V4]], %[[V1]], %[[V0]]) {axes = array<i64: 1>, epsilon = 9.99999974E-6 : f32} : (tensor<2x32x1x8xf16>, tensor<32x1x1xf16>, tensor<32x1x1xf16>) -> tensor<2x32x1x8xf16>
// LN-NEXT: %[[V6:.*]] = "ane.slice_by_size"(%[[V5]]) {begin = array<i64: 0, 0, 0, 0>, size = array<i64: 2, 16, 1, 8>} : (tensor<2x32x1x8xf16>) -> tensor<2x16x1x8xf16>
// LN-NEXT: %[[V7:.*]] = "ane.mul"(%[[V6]], %arg1) : (tensor<2x16x1x8xf16>, tensor<1x16x1x1xf16>) -> tensor<2x16x1x8xf16>
// LN-NEXT: return %[[V7]] : tensor<2x16x1x8xf16>
// LN-LABEL: func.func @two_axes_no_gamma(%arg0: tensor<2x16x1x8xf32>) -> tensor<2x16x1x8xf32> {
// LN-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<32x1x8xf32>
// LN-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<32x1x8xf32>
// LN-NEXT: %[[V2:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf32>
// LN-NEXT: %[[V3:.*]] = "ane.mul"(%arg0, %[[V2]]) : (tensor<2x16x1x8xf32>, tensor<1xf32>) -> tensor<2x16x1x8xf32>
// LN-NEXT: %[[V4:.*]] = "ane.concat"(%arg0, %[[V3]]) {axis = 1 : i64, interleave = false} : (tensor<2x16x1x8xf32>, tensor<2x16x1x8xf32>) -> tensor<2x32x1x8xf32>
// LN-NEXT: %[[V5:.*]] = "ane.layer_norm"(%[[V4]], %[[V1]], %[[V0]]) {axes = array<i64: 3, 1>, epsilon = 9.99999974E-6 : f32} : (tensor<2x32x1x8xf32>, tensor<32x1x8xf32>, tensor<32x1x8xf32>) -> tensor<2x32x1x8xf32>
// LN-NEXT: %[[V6:.*]] = "ane.slice_by_size"(%[[V5]]) {begin = array<i64: 0, 0, 0, 0>, size = array<i64: 2, 16, 1, 8>} : (tensor<2x32x1x8xf32>) -> tensor<2x16x1x8xf32>
// LN-NEXT: return %[[V6]] : tensor<2x16x1x8xf32>
// LN-LABEL: func.func @trailing_two_axes(%arg0: tensor<2x3x4x8xf32>, %arg1: tensor<4x8xf32>) -> tensor<2x3x4x8xf32> {
// LN-NEXT: %[[V0:.*]] = arith.constant dense<0.000000e+00> : tensor<8x8xf32>
// LN-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<8x8xf32>
// LN-NEXT: %[[V2:.*]] = arith.constant dense<-1.000000e+00> : tensor<1xf32>
// LN-NEXT: %[[V3:.*]] = "ane.mul"(%arg0, %[[V2]]) : (tensor<2x3x4x8xf32>, tensor<1xf32>) -> tensor<2x3x4x8xf32>
// LN-NEXT: %[[V4:.*]] = "ane.concat"(%arg0, %[[V3]]) {axis = -2 : i64, interleave = false} : (tensor<2x3x4x8xf32>, tensor<2x3x4x8xf32>) -> tensor<2x3x8x8xf32>
// LN-NEXT: %[[V5:.*]] = "ane.layer_norm"(%[[V4]], %[[V1]], %[[V0]]) {axes = array<i64: -2, -1>, epsilon = 9.99999974E-6 : f32} : (tensor<2x3x8x8xf32>, tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<2x3x8x8xf32>
// LN-NEXT: %[[V6:.*]] = "ane.slice_by_size"(%[[V5]]) {begin = array<i64: 0, 0, 0, 0>, size = array<i64: 2, 3, 4, 8>} : (tensor<2x3x8x8xf32>) -> tensor<2x3x4x8xf32>
// LN-NEXT: %[[V7:.*]] = "ane.mul"(%[[V6]], %arg1) : (tensor<2x3x4x8xf32>, tensor<4x8xf32>) -> tensor<2x3x4x8xf32>
// LN-NEXT: return %[[V7]] : tensor<2x3x4x8xf32>
// LN-LABEL: func.func @l2_two_axes(%arg0: tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16> {
// LN-NEXT: %[[V0:.*]] = arith.constant dense<1.000400e-03> : tensor<1xf16>
// LN-NEXT: %[[V1:.*]] = "ane.reduce_l2_norm"(%arg0) {axes = array<i64: 1, 3>, keep_dims = true} : (tensor<2x16x1x8xf16>) -> tensor<2x1x1x1xf16>
// LN-NEXT: %[[V2:.*]] = "ane.maximum"(%[[V1]], %[[V0]]) : (tensor<2x1x1x1xf16>, tensor<1xf16>) -> tensor<2x1x1x1xf16>
// LN-NEXT: %[[V3:.*]] = "ane.real_div"(%arg0, %[[V2]]) : (tensor<2x16x1x8xf16>, tensor<2x1x1x1xf16>) -> tensor<2x16x1x8xf16>
// LN-NEXT: return %[[V3]] : tensor<2x16x1x8xf16>

func.func @channel_const_gamma(%x: tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16> {
  %g = arith.constant dense<[[[[1.0]], [[2.0]], [[3.0]], [[4.0]], [[0.5]], [[0.25]], [[1.5]], [[2.5]], [[1.0]], [[2.0]], [[3.0]], [[4.0]], [[0.5]], [[0.25]], [[1.5]], [[2.5]]]]> : tensor<1x16x1x1xf16>
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf16>, tensor<1x16x1x1xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}
func.func @channel_arg_gamma(%x: tensor<2x16x1x8xf16>, %g: tensor<1x16x1x1xf16>) -> tensor<2x16x1x8xf16> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf16>, tensor<1x16x1x1xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}
func.func @two_axes_no_gamma(%x: tensor<2x16x1x8xf32>) -> tensor<2x16x1x8xf32> {
  %0 = "ane.rms_norm"(%x) {axes = array<i64: 3, 1>, epsilon = 1.0e-05 : f32} : (tensor<2x16x1x8xf32>) -> tensor<2x16x1x8xf32>
  return %0 : tensor<2x16x1x8xf32>
}
func.func @trailing_two_axes(%x: tensor<2x3x4x8xf32>, %g: tensor<4x8xf32>) -> tensor<2x3x4x8xf32> {
  %0 = "ane.rms_norm"(%x, %g) {axes = array<i64: -2, -1>, epsilon = 1.0e-05 : f32} : (tensor<2x3x4x8xf32>, tensor<4x8xf32>) -> tensor<2x3x4x8xf32>
  return %0 : tensor<2x3x4x8xf32>
}
func.func @l2_two_axes(%x: tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16> {
  %0 = "ane.l2_norm"(%x) {axes = array<i64: 1, 3>, epsilon = 1.0e-06 : f32} : (tensor<2x16x1x8xf16>) -> tensor<2x16x1x8xf16>
  return %0 : tensor<2x16x1x8xf16>
}
