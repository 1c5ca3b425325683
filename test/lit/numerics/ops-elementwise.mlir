// Hand-computed values for the elementwise ANE ops under --numerics=f32
// (double arithmetic, results stored as f32). Every function takes no
// arguments: its inputs are the arith.constant values written next to it.
// Irrational results are matched to ~5 significant digits of the %.6g
// rendering; exact results are matched exactly.

// RUN: ane-run %s --func=add_broadcast_ranks --print-values=100 | FileCheck %s --check-prefix=ADD
// RUN: ane-run %s --func=add_i32 --print-values=100 | FileCheck %s --check-prefix=ADDI
// RUN: ane-run %s --func=sub_broadcast --print-values=100 | FileCheck %s --check-prefix=SUB
// RUN: ane-run %s --func=mul_both_stretched --print-values=100 | FileCheck %s --check-prefix=MUL
// RUN: ane-run %s --func=real_div --print-values=100 | FileCheck %s --check-prefix=DIV
// RUN: ane-run %s --func=real_div_broadcast --print-values=100 | FileCheck %s --check-prefix=DIVB
// RUN: ane-run %s --func=maximum --print-values=100 | FileCheck %s --check-prefix=MAX
// RUN: ane-run %s --func=minimum --print-values=100 | FileCheck %s --check-prefix=MIN
// RUN: ane-run %s --func=maximum_i32 --print-values=100 | FileCheck %s --check-prefix=MAXI
// RUN: ane-run %s --func=minimum_i32 --print-values=100 | FileCheck %s --check-prefix=MINI
// RUN: ane-run %s --func=pow --print-values=100 | FileCheck %s --check-prefix=POW
// RUN: ane-run %s --func=pow_broadcast --print-values=100 | FileCheck %s --check-prefix=POWB
// RUN: ane-run %s --func=rsqrt_eps --print-values=100 | FileCheck %s --check-prefix=RSQRT
// RUN: ane-run %s --func=rsqrt_eps0 --print-values=100 | FileCheck %s --check-prefix=RSQRT0
// RUN: ane-run %s --func=inverse_eps --print-values=100 | FileCheck %s --check-prefix=INV
// RUN: ane-run %s --func=inverse_eps0 --print-values=100 | FileCheck %s --check-prefix=INV0
// RUN: ane-run %s --func=log_eps --print-values=100 | FileCheck %s --check-prefix=LOG
// RUN: ane-run %s --func=log_eps0 --print-values=100 | FileCheck %s --check-prefix=LOG0
// RUN: ane-run %s --func=sqrt --print-values=100 | FileCheck %s --check-prefix=SQRT
// RUN: ane-run %s --func=exp --print-values=100 | FileCheck %s --check-prefix=EXP
// RUN: ane-run %s --func=relu --print-values=100 | FileCheck %s --check-prefix=RELU
// RUN: ane-run %s --func=silu --print-values=100 | FileCheck %s --check-prefix=SILU
// RUN: ane-run %s --func=sigmoid --print-values=100 | FileCheck %s --check-prefix=SIGM
// RUN: ane-run %s --func=tanh --print-values=100 | FileCheck %s --check-prefix=TANH
// RUN: ane-run %s --func=abs --print-values=100 | FileCheck %s --check-prefix=ABS
// RUN: ane-run %s --func=abs_i32 --print-values=100 | FileCheck %s --check-prefix=ABSI
// RUN: ane-run %s --func=square --print-values=100 | FileCheck %s --check-prefix=SQR
// RUN: ane-run %s --func=gelu_exact --print-values=100 | FileCheck %s --check-prefix=GELUE
// RUN: ane-run %s --func=gelu_tanh --print-values=100 | FileCheck %s --check-prefix=GELUT
// RUN: ane-run %s --func=cast_f32_to_i32 --print-values=100 | FileCheck %s --check-prefix=CASTI
// RUN: ane-run %s --func=cast_i32_to_f32 --print-values=100 | FileCheck %s --check-prefix=CASTF
// RUN: ane-run %s --func=cast_f32_to_f16 --print-values=100 | FileCheck %s --check-prefix=CASTH
// RUN: ane-run %s --func=cast_f32_to_f16_fp16 --print-values=100 --numerics=ane-fp16 | FileCheck %s --check-prefix=CASTH16
// RUN: ane-run %s --func=cast_f16_to_f32 --print-values=100 | FileCheck %s --check-prefix=CASTHF

// [2,1,3] + [4,1] -> [2,4,3]: out[i,j,k] = x[i,0,k] + y[j,0].
// ADD: @add_broadcast_ranks (f32): 1 output
// ADD-NEXT: #0 tensor<2x4x3xf32>: min 11 max 46 mean 28.5 values [11, 12, 13, 21, 22, 23, 31, 32, 33, 41, 42, 43, 14, 15, 16, 24, 25, 26, 34, 35, 36, 44, 45, 46]
func.func @add_broadcast_ranks() -> tensor<2x4x3xf32> {
  %x = arith.constant dense<[[[1.0, 2.0, 3.0]], [[4.0, 5.0, 6.0]]]> : tensor<2x1x3xf32>
  %y = arith.constant dense<[[10.0], [20.0], [30.0], [40.0]]> : tensor<4x1xf32>
  %0 = "ane.add"(%x, %y) : (tensor<2x1x3xf32>, tensor<4x1xf32>) -> tensor<2x4x3xf32>
  return %0 : tensor<2x4x3xf32>
}

// ADDI: @add_i32 (f32): 1 output
// ADDI-NEXT: #0 tensor<2x3xi32>: min 11 max 33 mean 20.833{{[0-9]*}} values [11, 18, 33, 14, 25, 24]
func.func @add_i32() -> tensor<2x3xi32> {
  %x = arith.constant dense<[[1, -2, 3], [4, 5, -6]]> : tensor<2x3xi32>
  %y = arith.constant dense<[10, 20, 30]> : tensor<3xi32>
  %0 = "ane.add"(%x, %y) : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// x - y (not y - x), with the lower-rank operand first: [3] - [2,1] -> [2,3].
// SUB: @sub_broadcast (f32): 1 output
// SUB-NEXT: #0 tensor<2x3xf32>: min -9 max 2.5 mean -3.25 values [-9, -8, -7, 0.5, 1.5, 2.5]
func.func @sub_broadcast() -> tensor<2x3xf32> {
  %x = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %y = arith.constant dense<[[10.0], [0.5]]> : tensor<2x1xf32>
  %0 = "ane.sub"(%x, %y) : (tensor<3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// Both operands stretched: [2,1] * [1,3] -> [2,3].
// MUL: @mul_both_stretched (f32): 1 output
// MUL-NEXT: #0 tensor<2x3xf32>: min -8 max 12 mean 0.41666{{[0-9]*}} values [2, 1, -8, -3, -1.5, 12]
func.func @mul_both_stretched() -> tensor<2x3xf32> {
  %x = arith.constant dense<[[2.0], [-3.0]]> : tensor<2x1xf32>
  %y = arith.constant dense<[[1.0, 0.5, -4.0]]> : tensor<1x3xf32>
  %0 = "ane.mul"(%x, %y) : (tensor<2x1xf32>, tensor<1x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// 1/2, -3/4, 7/-8, 0.5/3 = 0.5, -0.75, -0.875, 0.1666...
// DIV: @real_div (f32): 1 output
// DIV-NEXT: #0 tensor<4xf32>: min -0.875 max 0.5 mean -0.23958{{[0-9]*}} values [0.5, -0.75, -0.875, 0.16666{{[0-9]*}}]
func.func @real_div() -> tensor<4xf32> {
  %x = arith.constant dense<[1.0, -3.0, 7.0, 0.5]> : tensor<4xf32>
  %y = arith.constant dense<[2.0, 4.0, -8.0, 3.0]> : tensor<4xf32>
  %0 = "ane.real_div"(%x, %y) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// Broadcast divisor [2,1]: rows divided by 2 and by -4.
// DIVB: @real_div_broadcast (f32): 1 output
// DIVB-NEXT: #0 tensor<2x2xf32>: min -2 max 3 mean -0.1875 values [3, -1.5, -0.25, -2]
func.func @real_div_broadcast() -> tensor<2x2xf32> {
  %x = arith.constant dense<[[6.0, -3.0], [1.0, 8.0]]> : tensor<2x2xf32>
  %y = arith.constant dense<[[2.0], [-4.0]]> : tensor<2x1xf32>
  %0 = "ane.real_div"(%x, %y) : (tensor<2x2xf32>, tensor<2x1xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// MAX: @maximum (f32): 1 output
// MAX-NEXT: #0 tensor<2x3xf32>: min 0 max 3 mean 1.3333{{[0-9]*}} values [1, 0, 3, 0, 2, 2]
func.func @maximum() -> tensor<2x3xf32> {
  %x = arith.constant dense<[[1.0, -5.0, 3.0], [0.0, 2.0, -1.0]]> : tensor<2x3xf32>
  %y = arith.constant dense<[0.0, 0.0, 2.0]> : tensor<3xf32>
  %0 = "ane.maximum"(%x, %y) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// MIN: @minimum (f32): 1 output
// MIN-NEXT: #0 tensor<2x3xf32>: min -5 max 2 mean -0.66666{{[0-9]*}} values [0, -5, 2, 0, 0, -1]
func.func @minimum() -> tensor<2x3xf32> {
  %x = arith.constant dense<[[1.0, -5.0, 3.0], [0.0, 2.0, -1.0]]> : tensor<2x3xf32>
  %y = arith.constant dense<[0.0, 0.0, 2.0]> : tensor<3xf32>
  %0 = "ane.minimum"(%x, %y) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// MAXI: @maximum_i32 (f32): 1 output
// MAXI-NEXT: #0 tensor<2x2xi32>: min 0 max 7 mean 3.25 values [3, 3, 7, 0]
func.func @maximum_i32() -> tensor<2x2xi32> {
  %x = arith.constant dense<[[1, -5], [7, 0]]> : tensor<2x2xi32>
  %y = arith.constant dense<[[3], [-2]]> : tensor<2x1xi32>
  %0 = "ane.maximum"(%x, %y) : (tensor<2x2xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
  return %0 : tensor<2x2xi32>
}

// MINI: @minimum_i32 (f32): 1 output
// MINI-NEXT: #0 tensor<2x2xi32>: min -5 max 1 mean -2 values [1, -5, -2, -2]
func.func @minimum_i32() -> tensor<2x2xi32> {
  %x = arith.constant dense<[[1, -5], [7, 0]]> : tensor<2x2xi32>
  %y = arith.constant dense<[[3], [-2]]> : tensor<2x1xi32>
  %0 = "ane.minimum"(%x, %y) : (tensor<2x2xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
  return %0 : tensor<2x2xi32>
}

// 2^3, 3^2, 4^0.5, 9^0.5, 2^-1, (-2)^2 = 8, 9, 2, 3, 0.5, 4.
// POW: @pow (f32): 1 output
// POW-NEXT: #0 tensor<6xf32>: min 0.5 max 9 mean 4.4166{{[0-9]*}} values [8, 9, 2, 3, 0.5, 4]
func.func @pow() -> tensor<6xf32> {
  %x = arith.constant dense<[2.0, 3.0, 4.0, 9.0, 2.0, -2.0]> : tensor<6xf32>
  %y = arith.constant dense<[3.0, 2.0, 0.5, 0.5, -1.0, 2.0]> : tensor<6xf32>
  %0 = "ane.pow"(%x, %y) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}

// Broadcast exponent [1]: squares.
// POWB: @pow_broadcast (f32): 1 output
// POWB-NEXT: #0 tensor<2x2xf32>: min 0.25 max 16 mean 7.3125 values [4, 9, 0.25, 16]
func.func @pow_broadcast() -> tensor<2x2xf32> {
  %x = arith.constant dense<[[2.0, 3.0], [0.5, 4.0]]> : tensor<2x2xf32>
  %y = arith.constant dense<[2.0]> : tensor<1xf32>
  %0 = "ane.pow"(%x, %y) : (tensor<2x2xf32>, tensor<1xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// rsqrt(x + 1): 1/sqrt(4), 1/sqrt(1), 1/sqrt(16), 1/sqrt(9).
// RSQRT: @rsqrt_eps (f32): 1 output
// RSQRT-NEXT: #0 tensor<4xf32>: min 0.25 max 1 mean 0.52083{{[0-9]*}} values [0.5, 1, 0.25, 0.33333{{[0-9]*}}]
func.func @rsqrt_eps() -> tensor<4xf32> {
  %x = arith.constant dense<[3.0, 0.0, 15.0, 8.0]> : tensor<4xf32>
  %0 = "ane.rsqrt"(%x) {epsilon = 1.000000e+00 : f32} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// RSQRT0: @rsqrt_eps0 (f32): 1 output
// RSQRT0-NEXT: #0 tensor<4xf32>: min 0.5 max 2 mean 1.0517{{[0-9]*}} values [0.5, 2, 1, 0.70710{{[0-9]*}}]
func.func @rsqrt_eps0() -> tensor<4xf32> {
  %x = arith.constant dense<[4.0, 0.25, 1.0, 2.0]> : tensor<4xf32>
  %0 = "ane.rsqrt"(%x) {epsilon = 0.000000e+00 : f32} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// 1 / (x + 1): the epsilon keeps x = 0 finite (1/1 = 1).
// INV: @inverse_eps (f32): 1 output
// INV-NEXT: #0 tensor<4xf32>: min -0.5 max 1 mean 0.3125 values [0.5, 0.25, -0.5, 1]
func.func @inverse_eps() -> tensor<4xf32> {
  %x = arith.constant dense<[1.0, 3.0, -3.0, 0.0]> : tensor<4xf32>
  %0 = "ane.inverse"(%x) {epsilon = 1.000000e+00 : f32} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// INV0: @inverse_eps0 (f32): 1 output
// INV0-NEXT: #0 tensor<4xf32>: min -0.25 max 2 mean 0.64583{{[0-9]*}} values [0.5, -0.25, 2, 0.33333{{[0-9]*}}]
func.func @inverse_eps0() -> tensor<4xf32> {
  %x = arith.constant dense<[2.0, -4.0, 0.5, 3.0]> : tensor<4xf32>
  %0 = "ane.inverse"(%x) {epsilon = 0.000000e+00 : f32} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// log(x + 1): log 1, log 2, log 4, log 8 (log(0 + eps) is finite).
// LOG: @log_eps (f32): 1 output
// LOG-NEXT: #0 tensor<4xf32>: min 0 max 2.0794{{[0-9]*}} mean 1.0397{{[0-9]*}} values [0, 0.69314{{[0-9]*}}, 1.3862{{[0-9]*}}, 2.0794{{[0-9]*}}]
func.func @log_eps() -> tensor<4xf32> {
  %x = arith.constant dense<[0.0, 1.0, 3.0, 7.0]> : tensor<4xf32>
  %0 = "ane.log"(%x) {epsilon = 1.000000e+00 : f32} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// LOG0: @log_eps0 (f32): 1 output
// LOG0-NEXT: #0 tensor<4xf32>: min -0.69314{{[0-9]*}} max 2.3025{{[0-9]*}} mean 0.57564{{[0-9]*}} values [0, -0.69314{{[0-9]*}}, 2.3025{{[0-9]*}}, 0.69314{{[0-9]*}}]
func.func @log_eps0() -> tensor<4xf32> {
  %x = arith.constant dense<[1.0, 0.5, 10.0, 2.0]> : tensor<4xf32>
  %0 = "ane.log"(%x) {epsilon = 0.000000e+00 : f32} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// SQRT: @sqrt (f32): 1 output
// SQRT-NEXT: #0 tensor<4xf32>: min 0 max 4 mean 1.6035{{[0-9]*}} values [0, 1, 1.4142{{[0-9]*}}, 4]
func.func @sqrt() -> tensor<4xf32> {
  %x = arith.constant dense<[0.0, 1.0, 2.0, 16.0]> : tensor<4xf32>
  %0 = "ane.sqrt"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// EXP: @exp (f32): 1 output
// EXP-NEXT: #0 tensor<4xf32>: min 0.36787{{[0-9]*}} max 7.3890{{[0-9]*}} mean 2.8688{{[0-9]*}} values [1, 2.7182{{[0-9]*}}, 0.36787{{[0-9]*}}, 7.3890{{[0-9]*}}]
func.func @exp() -> tensor<4xf32> {
  %x = arith.constant dense<[0.0, 1.0, -1.0, 2.0]> : tensor<4xf32>
  %0 = "ane.exp"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// RELU: @relu (f32): 1 output
// RELU-NEXT: #0 tensor<2x2xf32>: min 0 max 3 mean 0.75 values [0, 0, 0, 3]
func.func @relu() -> tensor<2x2xf32> {
  %x = arith.constant dense<[[-2.0, -0.5], [0.0, 3.0]]> : tensor<2x2xf32>
  %0 = "ane.relu"(%x) : (tensor<2x2xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// x * sigmoid(x)
// SILU: @silu (f32): 1 output
// SILU-NEXT: #0 tensor<4xf32>: min -0.26894{{[0-9]*}} max 1.7615{{[0-9]*}} mean 0.55592{{[0-9]*}} values [0, 0.73105{{[0-9]*}}, -0.26894{{[0-9]*}}, 1.7615{{[0-9]*}}]
func.func @silu() -> tensor<4xf32> {
  %x = arith.constant dense<[0.0, 1.0, -1.0, 2.0]> : tensor<4xf32>
  %0 = "ane.silu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// SIGM: @sigmoid (f32): 1 output
// SIGM-NEXT: #0 tensor<4xf32>: min 0.26894{{[0-9]*}} max 0.88079{{[0-9]*}} mean 0.59519{{[0-9]*}} values [0.5, 0.73105{{[0-9]*}}, 0.26894{{[0-9]*}}, 0.88079{{[0-9]*}}]
func.func @sigmoid() -> tensor<4xf32> {
  %x = arith.constant dense<[0.0, 1.0, -1.0, 2.0]> : tensor<4xf32>
  %0 = "ane.sigmoid"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// TANH: @tanh (f32): 1 output
// TANH-NEXT: #0 tensor<4xf32>: min -0.76159{{[0-9]*}} max 0.96402{{[0-9]*}} mean 0.16613{{[0-9]*}} values [0, 0.46211{{[0-9]*}}, -0.76159{{[0-9]*}}, 0.96402{{[0-9]*}}]
func.func @tanh() -> tensor<4xf32> {
  %x = arith.constant dense<[0.0, 0.5, -1.0, 2.0]> : tensor<4xf32>
  %0 = "ane.tanh"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// ABS: @abs (f32): 1 output
// ABS-NEXT: #0 tensor<4xf32>: min 0 max 3 mean 1.375 values [2, 3, 0.5, 0]
func.func @abs() -> tensor<4xf32> {
  %x = arith.constant dense<[-2.0, 3.0, -0.5, 0.0]> : tensor<4xf32>
  %0 = "ane.abs"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// ABSI: @abs_i32 (f32): 1 output
// ABSI-NEXT: #0 tensor<4xi32>: min 0 max 2.14748e+09 mean 5.36871e+08 values [7, 3, 0, 2.14748e+09]
func.func @abs_i32() -> tensor<4xi32> {
  %x = arith.constant dense<[-7, 3, 0, -2147483647]> : tensor<4xi32>
  %0 = "ane.abs"(%x) : (tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// SQR: @square (f32): 1 output
// SQR-NEXT: #0 tensor<4xf32>: min 0 max 9 mean 3.3125 values [9, 0.25, 4, 0]
func.func @square() -> tensor<4xf32> {
  %x = arith.constant dense<[-3.0, 0.5, 2.0, 0.0]> : tensor<4xf32>
  %0 = "ane.square"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// EXACT: 0.5 x (1 + erf(x / sqrt 2)).
// GELUE: @gelu_exact (f32): 1 output
// GELUE-NEXT: #0 tensor<4xf32>: min -0.15865{{[0-9]*}} max 1.9545{{[0-9]*}} mean 0.65929{{[0-9]*}} values [0, 0.84134{{[0-9]*}}, -0.15865{{[0-9]*}}, 1.9545{{[0-9]*}}]
func.func @gelu_exact() -> tensor<4xf32> {
  %x = arith.constant dense<[0.0, 1.0, -1.0, 2.0]> : tensor<4xf32>
  %0 = "ane.gelu"(%x) {mode = "EXACT"} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// TANH_APPROXIMATION: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))); differs
// from EXACT in the 4th digit (0.841192 vs 0.841345 at x = 1).
// GELUT: @gelu_tanh (f32): 1 output
// GELUT-NEXT: #0 tensor<4xf32>: min -0.15880{{[0-9]*}} max 1.9546{{[0-9]*}} mean 0.65924{{[0-9]*}} values [0, 0.84119{{[0-9]*}}, -0.15880{{[0-9]*}}, 1.9546{{[0-9]*}}]
func.func @gelu_tanh() -> tensor<4xf32> {
  %x = arith.constant dense<[0.0, 1.0, -1.0, 2.0]> : tensor<4xf32>
  %0 = "ane.gelu"(%x) {mode = "TANH_APPROXIMATION"} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// f32 -> i32 truncates toward zero: 1.9 -> 1, -1.9 -> -1, 2.5 -> 2,
// -0.7 -> 0 (an integer zero, printed "0"), 100.99 -> 100.
// CASTI: @cast_f32_to_i32 (f32): 1 output
// CASTI-NEXT: #0 tensor<6xi32>: min -1 max 100 mean 17.5 values [1, -1, 2, 0, 3, 100]
func.func @cast_f32_to_i32() -> tensor<6xi32> {
  %x = arith.constant dense<[1.9, -1.9, 2.5, -0.7, 3.0, 100.99]> : tensor<6xf32>
  %0 = "ane.cast"(%x) : (tensor<6xf32>) -> tensor<6xi32>
  return %0 : tensor<6xi32>
}

// i32 -> f32: 16777217 = 2^24 + 1 is not an f32; it rounds to 16777216.
// CASTF: @cast_i32_to_f32 (f32): 1 output
// CASTF-NEXT: #0 tensor<4xf32>: min -7 max 1.67772e+07 mean 4.1943e+06 values [3, -7, 0, 1.67772e+07]
func.func @cast_i32_to_f32() -> tensor<4xf32> {
  %x = arith.constant dense<[3, -7, 0, 16777217]> : tensor<4xi32>
  %0 = "ane.cast"(%x) : (tensor<4xi32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// f32 -> f16. In f32 numerics the reference ignores f16 (lib/interp/tensor.h:
// f16 tensors are stored as f32), so nothing is rounded to f16 ...
// CASTH: @cast_f32_to_f16 (f32): 1 output
// CASTH-NEXT: #0 tensor<4xf16>: min -3.5 max 2049 mean 511.65{{[0-9]*}} values [1, 0.1, 2049, -3.5]
func.func @cast_f32_to_f16() -> tensor<4xf16> {
  %x = arith.constant dense<[1.0, 0.1, 2049.0, -3.5]> : tensor<4xf32>
  %0 = "ane.cast"(%x) : (tensor<4xf32>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// ... while in ane-fp16 numerics it is: 0.1 -> 0.0999755859375 and 2049 -> 2048
// (a tie between 2048 and 2050, rounded to even).
// CASTH16: @cast_f32_to_f16_fp16 (ane-fp16): 1 output
// CASTH16-NEXT: #0 tensor<4xf16>: min -3.5 max 2048 mean 511.4 values [1, 0.099975{{[0-9]*}}, 2048, -3.5]
func.func @cast_f32_to_f16_fp16() -> tensor<4xf16> {
  %x = arith.constant dense<[1.0, 0.1, 2049.0, -3.5]> : tensor<4xf32>
  %0 = "ane.cast"(%x) : (tensor<4xf32>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// CASTHF: @cast_f16_to_f32 (f32): 1 output
// CASTHF-NEXT: #0 tensor<3xf32>: min -2 max 65504 mean 21834.2 values [0.5, -2, 65504]
func.func @cast_f16_to_f32() -> tensor<3xf32> {
  %x = arith.constant dense<[0.5, -2.0, 65504.0]> : tensor<3xf16>
  %0 = "ane.cast"(%x) : (tensor<3xf16>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}
