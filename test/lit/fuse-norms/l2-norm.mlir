// fuse-norms: x / maximum(norm2(x over one axis), floor) fuses into
// ane.l2_norm(x) {axis, epsilon = floor^2} (l2_norm divides by
// max(norm2, sqrt(epsilon))); norm2 is reduce_l2_norm (what lower-norms
// emits for ane.l2_norm) or sqrt(reduce_sum(x^2)). Each fused function
// computes what its chain computes: max relative error 1e-5 under f32, 2e-3
// under ane-fp16 (measured <= 1.1e-3), x ~ N(0, 1) and x ~ N(0, 1e-8)
// (norms below the floor: the floor decides).
// RUN: ane-opt %s --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms | %mlir_opt_ane | FileCheck %s
// RUN: ane-opt %s --fuse-norms | ane-opt --fuse-norms | FileCheck %s
// RUN: ane-opt %s --fuse-norms -o %t.mlir
// RUN: ane-run %t.mlir --func=l2_last --numerics=f32 --compare=%s --compare-func=l2_last --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=l2_axis0_floor_first --numerics=f32 --compare=%s --compare-func=l2_axis0_floor_first --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=l2_f16 --numerics=f32 --compare=%s --compare-func=l2_f16 --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sqrt_sum --numerics=f32 --compare=%s --compare-func=sqrt_sum --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sqrt_sum_square_floor_first --numerics=f32 --compare=%s --compare-func=sqrt_sum_square_floor_first --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sqrt_sum_pow --numerics=f32 --compare=%s --compare-func=sqrt_sum_pow --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=l2_last --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=l2_last --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=l2_axis0_floor_first --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=l2_axis0_floor_first --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=l2_f16 --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=l2_f16 --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sqrt_sum --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=sqrt_sum --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sqrt_sum_square_floor_first --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=sqrt_sum_square_floor_first --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=sqrt_sum_pow --numerics=f32 --input=0:normal,std=1e-4 --compare=%s --compare-func=sqrt_sum_pow --compare-numerics=f32 --tol=1e-5
// RUN: ane-run %t.mlir --func=l2_last --numerics=ane-fp16 --compare=%s --compare-func=l2_last --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=l2_axis0_floor_first --numerics=ane-fp16 --compare=%s --compare-func=l2_axis0_floor_first --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=l2_f16 --numerics=ane-fp16 --compare=%s --compare-func=l2_f16 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sqrt_sum --numerics=ane-fp16 --compare=%s --compare-func=sqrt_sum --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sqrt_sum_square_floor_first --numerics=ane-fp16 --compare=%s --compare-func=sqrt_sum_square_floor_first --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sqrt_sum_pow --numerics=ane-fp16 --compare=%s --compare-func=sqrt_sum_pow --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=l2_last --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=l2_last --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=l2_axis0_floor_first --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=l2_axis0_floor_first --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=l2_f16 --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=l2_f16 --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sqrt_sum --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=sqrt_sum --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sqrt_sum_square_floor_first --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=sqrt_sum_square_floor_first --compare-numerics=ane-fp16 --tol=2e-3
// RUN: ane-run %t.mlir --func=sqrt_sum_pow --numerics=ane-fp16 --input=0:normal,std=1e-4 --compare=%s --compare-func=sqrt_sum_pow --compare-numerics=ane-fp16 --tol=2e-3

// x / maximum(reduce_l2_norm(x, [-1]), floor): epsilon = floor^2.
// CHECK-LABEL: func.func @l2_last(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.l2_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @l2_last(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %floor = arith.constant dense<3.16227766e-03> : tensor<1xf32>
  %v1 = "ane.reduce_l2_norm"(%x) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v2 = "ane.maximum"(%v1, %floor) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v3 = "ane.real_div"(%x, %v2) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v3 : tensor<4x8xf32>
}

// axis 0, maximum(floor, norm): normalized.
// CHECK-LABEL: func.func @l2_axis0_floor_first(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.l2_norm"(%arg0) {axes = array<i64: 0>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @l2_axis0_floor_first(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %floor = arith.constant dense<3.16227766e-03> : tensor<1xf32>
  %v1 = "ane.reduce_l2_norm"(%x) {axes = array<i64: 0>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<1x8xf32>
  %v2 = "ane.maximum"(%floor, %v1) : (tensor<1xf32>, tensor<1x8xf32>) -> tensor<1x8xf32>
  %v3 = "ane.real_div"(%x, %v2) : (tensor<4x8xf32>, tensor<1x8xf32>) -> tensor<4x8xf32>
  return %v3 : tensor<4x8xf32>
}

// f16, rank 3, axis 1.
// CHECK-LABEL: func.func @l2_f16(%arg0: tensor<2x3x16xf16>) -> tensor<2x3x16xf16> {
// CHECK-NEXT: %[[V0:.*]] = "ane.l2_norm"(%arg0) {axes = array<i64: 1>, epsilon = 1.00006728E-5 : f32} : (tensor<2x3x16xf16>) -> tensor<2x3x16xf16>
// CHECK-NEXT: return %[[V0]] : tensor<2x3x16xf16>
func.func @l2_f16(%x: tensor<2x3x16xf16>) -> tensor<2x3x16xf16> {
  %floor = arith.constant dense<3.16227766e-03> : tensor<1xf16>
  %v1 = "ane.reduce_l2_norm"(%x) {axes = array<i64: 1>, keep_dims = true} : (tensor<2x3x16xf16>) -> tensor<2x1x16xf16>
  %v2 = "ane.maximum"(%v1, %floor) : (tensor<2x1x16xf16>, tensor<1xf16>) -> tensor<2x1x16xf16>
  %v3 = "ane.real_div"(%x, %v2) : (tensor<2x3x16xf16>, tensor<2x1x16xf16>) -> tensor<2x3x16xf16>
  return %v3 : tensor<2x3x16xf16>
}

// x / maximum(sqrt(reduce_sum(x * x)), floor).
// CHECK-LABEL: func.func @sqrt_sum(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.l2_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @sqrt_sum(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %floor = arith.constant dense<3.16227766e-03> : tensor<1xf32>
  %v1 = "ane.mul"(%x, %x) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.sqrt"(%v2) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.maximum"(%v3, %floor) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.real_div"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

// sqrt(reduce_sum(square(x))) over axis -2, floor first.
// CHECK-LABEL: func.func @sqrt_sum_square_floor_first(%arg0: tensor<8x4xf32>) -> tensor<8x4xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.l2_norm"(%arg0) {axes = array<i64: -2>, epsilon = 9.99999974E-6 : f32} : (tensor<8x4xf32>) -> tensor<8x4xf32>
// CHECK-NEXT: return %[[V0]] : tensor<8x4xf32>
func.func @sqrt_sum_square_floor_first(%x: tensor<8x4xf32>) -> tensor<8x4xf32> {
  %floor = arith.constant dense<3.16227766e-03> : tensor<1xf32>
  %v1 = "ane.square"(%x) : (tensor<8x4xf32>) -> tensor<8x4xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -2>, keep_dims = true} : (tensor<8x4xf32>) -> tensor<1x4xf32>
  %v3 = "ane.sqrt"(%v2) : (tensor<1x4xf32>) -> tensor<1x4xf32>
  %v4 = "ane.maximum"(%floor, %v3) : (tensor<1xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
  %v5 = "ane.real_div"(%x, %v4) : (tensor<8x4xf32>, tensor<1x4xf32>) -> tensor<8x4xf32>
  return %v5 : tensor<8x4xf32>
}

// pow(x, 2).
// CHECK-LABEL: func.func @sqrt_sum_pow(%arg0: tensor<4x8xf32>) -> tensor<4x8xf32> {
// CHECK-NEXT: %[[V0:.*]] = "ane.l2_norm"(%arg0) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NEXT: return %[[V0]] : tensor<4x8xf32>
func.func @sqrt_sum_pow(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %floor = arith.constant dense<3.16227766e-03> : tensor<1xf32>
  %two = arith.constant dense<2.0> : tensor<1xf32>
  %v1 = "ane.pow"(%x, %two) : (tensor<4x8xf32>, tensor<1xf32>) -> tensor<4x8xf32>
  %v2 = "ane.reduce_sum"(%v1) {axes = array<i64: -1>, keep_dims = true} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  %v3 = "ane.sqrt"(%v2) : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %v4 = "ane.maximum"(%v3, %floor) : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  %v5 = "ane.real_div"(%x, %v4) : (tensor<4x8xf32>, tensor<4x1xf32>) -> tensor<4x8xf32>
  return %v5 : tensor<4x8xf32>
}

