// The two numerics of ane-run on graphs where they differ visibly.
// --numerics=f32 is the mathematical reference (double arithmetic, every float
// stored as f32, f16 included); --numerics=ane-fp16 stores every float result
// as fp16, computes inside an op in fp32 (reductions and matmul accumulate in
// fp32) and rounds epsilons to fp16. Expected values are computed by hand.

// RUN: ane-run %s --func=fp16_add --numerics=f32 --print-values=100 | FileCheck %s --check-prefix=FP16ADD32
// RUN: ane-run %s --func=fp16_add --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=FP16ADD16
// RUN: ane-run %s --func=f32_graph_in_fp16 --numerics=f32 --print-values=100 | FileCheck %s --check-prefix=F32GRAPHINFP1632
// RUN: ane-run %s --func=f32_graph_in_fp16 --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=F32GRAPHINFP1616
// RUN: ane-run %s --func=fp32_accumulation --numerics=f32 --print-values=100 | FileCheck %s --check-prefix=FP32ACCUMULATION32
// RUN: ane-run %s --func=fp32_accumulation --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=FP32ACCUMULATION16
// RUN: ane-run %s --func=matmul_fp32_accumulation --numerics=f32 --print-values=100 | FileCheck %s --check-prefix=MATMULFP32ACCUMULATION32
// RUN: ane-run %s --func=matmul_fp32_accumulation --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=MATMULFP32ACCUMULATION16
// RUN: ane-run %s --func=epsilon_rounding --numerics=f32 --print-values=100 | FileCheck %s --check-prefix=EPSILONROUNDING32
// RUN: ane-run %s --func=epsilon_rounding --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=EPSILONROUNDING16

// An f16 graph. The f16 constant 0.0001 is 0.000100016593933 (the nearest
// fp16); 1 + that is 1.0001 in f32 storage but rounds back to 1 in fp16
// (spacing 2^-10 near 1). 2048 + 1 = 2049 is exact in f32; in fp16 it is a
// tie between 2048 and 2050 and rounds to even, 2048. 0.5 + 0.25 is exact.
// FP16ADD32: @fp16_add (f32): 1 output
// FP16ADD32-NEXT: #0 tensor<3xf16>: min 0.75 max 2049 mean 683.58{{[0-9]*}} values [1.0001{{[0-9]*}}, 2049, 0.75]
// FP16ADD16: @fp16_add (ane-fp16): 1 output
// FP16ADD16-NEXT: #0 tensor<3xf16>: min 0.75 max 2048 mean 683.25 values [1, 2048, 0.75]
func.func @fp16_add() -> tensor<3xf16> {
  %a = arith.constant dense<[1.0, 2048.0, 0.5]> : tensor<3xf16>
  %b = arith.constant dense<[0.0001, 1.0, 0.25]> : tensor<3xf16>
  %0 = "ane.add"(%a, %b) : (tensor<3xf16>, tensor<3xf16>) -> tensor<3xf16>
  return %0 : tensor<3xf16>
}

// An f32 graph: ane-fp16 stores every float as fp16 whatever the declared
// type, so the constants themselves are rounded: 0.1 -> 0.0999755859375,
// 2049 -> 2048. relu leaves the positive values as they are.
// F32GRAPHINFP1632: @f32_graph_in_fp16 (f32): 1 output
// F32GRAPHINFP1632-NEXT: #0 tensor<3xf32>: min 0 max 2049 mean 683.03{{[0-9]*}} values [0.1, 2049, 0]
// F32GRAPHINFP1616: @f32_graph_in_fp16 (ane-fp16): 1 output
// F32GRAPHINFP1616-NEXT: #0 tensor<3xf32>: min 0 max 2048 mean 682.7 values [0.099975{{[0-9]*}}, 2048, 0]
func.func @f32_graph_in_fp16() -> tensor<3xf32> {
  %x = arith.constant dense<[0.1, 2049.0, -3.0]> : tensor<3xf32>
  %0 = "ane.relu"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// Reductions accumulate in fp32 in ane-fp16: 2048 + 1 + 1 + 1 + 1 = 2052,
// which fp16 represents (spacing 2 at 2048). Accumulating in fp16 would
// give 2048 (each 2048 + 1 rounds back to 2048).
// FP32ACCUMULATION32: @fp32_accumulation (f32): 1 output
// FP32ACCUMULATION32-NEXT: #0 tensor<1xf16>: min 2052 max 2052 mean 2052 values [2052]
// FP32ACCUMULATION16: @fp32_accumulation (ane-fp16): 1 output
// FP32ACCUMULATION16-NEXT: #0 tensor<1xf16>: min 2052 max 2052 mean 2052 values [2052]
func.func @fp32_accumulation() -> tensor<1xf16> {
  %x = arith.constant dense<[2048.0, 1.0, 1.0, 1.0, 1.0]> : tensor<5xf16>
  %0 = "ane.reduce_sum"(%x) {axes = array<i64: 0>, keep_dims = true} : (tensor<5xf16>) -> tensor<1xf16>
  return %0 : tensor<1xf16>
}

// The same for matmul: [2048, 1, 1, 1, 1] . [1, 1, 1, 1, 1] = 2052.
// MATMULFP32ACCUMULATION32: @matmul_fp32_accumulation (f32): 1 output
// MATMULFP32ACCUMULATION32-NEXT: #0 tensor<1x1xf16>: min 2052 max 2052 mean 2052 values [2052]
// MATMULFP32ACCUMULATION16: @matmul_fp32_accumulation (ane-fp16): 1 output
// MATMULFP32ACCUMULATION16-NEXT: #0 tensor<1x1xf16>: min 2052 max 2052 mean 2052 values [2052]
func.func @matmul_fp32_accumulation() -> tensor<1x1xf16> {
  %x = arith.constant dense<[[2048.0, 1.0, 1.0, 1.0, 1.0]]> : tensor<1x5xf16>
  %y = arith.constant dense<[[1.0], [1.0], [1.0], [1.0], [1.0]]> : tensor<5x1xf16>
  %0 = "ane.matmul"(%x, %y) {transpose_x = false, transpose_y = false} : (tensor<1x5xf16>, tensor<5x1xf16>) -> tensor<1x1xf16>
  return %0 : tensor<1x1xf16>
}

// ane-fp16 rounds epsilons to fp16: 1e-3 becomes 0.00100040435791, so
// 1 / (0 + eps) = 999.596, stored as 999.5 (fp16 spacing 0.5 there). With the
// unrounded epsilon the fp16 result would be 1000; f32 gives 1000 (999.99995
// in double, the f32 999.999939 printed as 1000). x = 1 gives 1/1.001 either way
// (0.999001 in f32; 0.999 in fp16 storage is 0.99902).
// EPSILONROUNDING32: @epsilon_rounding (f32): 1 output
// EPSILONROUNDING32-NEXT: #0 tensor<2xf16>: min 0.99900{{[0-9]*}} max 1000 mean 500.49{{[0-9]*}} values [1000, 0.99900{{[0-9]*}}]
// EPSILONROUNDING16: @epsilon_rounding (ane-fp16): 1 output
// EPSILONROUNDING16-NEXT: #0 tensor<2xf16>: min 0.99902{{[0-9]*}} max 999.5 mean 500.25{{[0-9]*}} values [999.5, 0.99902{{[0-9]*}}]
func.func @epsilon_rounding() -> tensor<2xf16> {
  %x = arith.constant dense<[0.0, 1.0]> : tensor<2xf16>
  %0 = "ane.inverse"(%x) {epsilon = 1.000000e-03 : f32} : (tensor<2xf16>) -> tensor<2xf16>
  return %0 : tensor<2xf16>
}
