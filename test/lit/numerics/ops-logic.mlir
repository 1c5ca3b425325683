// Hand-computed values for the comparisons, the logical ops, ane.select,
// ane.floor, ane.floor_div, ane.clip and casts to and from i1, and a
// masked-attention select on random inputs against the same mask applied
// arithmetically.
// RUN: ane-run %s --func=compare --print-values=100 | FileCheck %s --check-prefix=CMP
// RUN: ane-run %s --func=logic --print-values=100 | FileCheck %s --check-prefix=LOGIC
// RUN: ane-run %s --func=select_broadcast --print-values=100 | FileCheck %s --check-prefix=SEL
// RUN: ane-run %s --func=floors --print-values=100 | FileCheck %s --check-prefix=FLOOR
// RUN: ane-run %s --func=clip --numerics=ane-fp16 --print-values=100 | FileCheck %s --check-prefix=CLIP
// RUN: ane-run %s --func=casts --print-values=100 | FileCheck %s --check-prefix=CAST
// RUN: ane-run %s --func=masked --compare --compare-func=masked_arith --atol=0 --tol=0 | FileCheck %s --check-prefix=MASK
// RUN: ane-run %s --func=masked --output-npy=%t. && %python -c "import sys; d = open(sys.argv[1], 'rb').read(); print(d[:6] == b'\x93NUMPY', b\"'|b1'\" in d)" %t.1.npy | FileCheck %s --check-prefix=NPY

// x = (1, 2, NaN, 4) against y = 2.
// CMP: #0 tensor<4xi1>: min 0 max 1 mean 0.25 values [1, 0, 0, 0]
// CMP-NEXT: #1 tensor<4xi1>: min 0 max 1 mean 0.5 values [1, 1, 0, 0]
// CMP-NEXT: #2 tensor<4xi1>: min 0 max 1 mean 0.25 values [0, 1, 0, 0]
// CMP-NEXT: #3 tensor<4xi1>: min 0 max 1 mean 0.75 values [1, 0, 1, 1]
// CMP-NEXT: #4 tensor<4xi1>: min 0 max 1 mean 0.25 values [0, 0, 0, 1]
// CMP-NEXT: #5 tensor<4xi1>: min 0 max 1 mean 0.5 values [0, 1, 0, 1]
func.func @compare() -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  %x = arith.constant dense<[1.0, 2.0, 0x7FC00000, 4.0]> : tensor<4xf32>
  %y = arith.constant dense<2.0> : tensor<1xf32>
  %0 = "ane.less"(%x, %y) : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xi1>
  %1 = "ane.less_equal"(%x, %y) : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xi1>
  %2 = "ane.equal"(%x, %y) : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xi1>
  %3 = "ane.not_equal"(%x, %y) : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xi1>
  %4 = "ane.greater"(%x, %y) : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xi1>
  %5 = "ane.greater_equal"(%x, %y) : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xi1>
  return %0, %1, %2, %3, %4, %5 : tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>
}

// a = (0, 0, 1, 1), b = (0, 1, 0, 1).
// LOGIC: #0 tensor<4xi1>: min 0 max 1 mean 0.25 values [0, 0, 0, 1]
// LOGIC-NEXT: #1 tensor<4xi1>: min 0 max 1 mean 0.75 values [0, 1, 1, 1]
// LOGIC-NEXT: #2 tensor<4xi1>: min 0 max 1 mean 0.5 values [0, 1, 1, 0]
// LOGIC-NEXT: #3 tensor<4xi1>: min 0 max 1 mean 0.5 values [1, 1, 0, 0]
func.func @logic() -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  %a = arith.constant dense<[false, false, true, true]> : tensor<4xi1>
  %b = arith.constant dense<[false, true, false, true]> : tensor<4xi1>
  %0 = "ane.logical_and"(%a, %b) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %1 = "ane.logical_or"(%a, %b) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %2 = "ane.logical_xor"(%a, %b) : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %3 = "ane.logical_not"(%a) : (tensor<4xi1>) -> tensor<4xi1>
  return %0, %1, %2, %3 : tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>
}

// A causal mask [2, 2] over scores [1, 2, 2] with a [1] fill: the three
// broadcast together.
// SEL: #0 tensor<1x2x2xf32>: min -100 max 4 mean -23 values [1, -100, 3, 4]
func.func @select_broadcast() -> tensor<1x2x2xf32> {
  %mask = arith.constant dense<[[true, false], [true, true]]> : tensor<2x2xi1>
  %s = arith.constant dense<[[[1.0, 2.0], [3.0, 4.0]]]> : tensor<1x2x2xf32>
  %fill = arith.constant dense<-100.0> : tensor<1xf32>
  %0 = "ane.select"(%mask, %s, %fill) : (tensor<2x2xi1>, tensor<1x2x2xf32>, tensor<1xf32>) -> tensor<1x2x2xf32>
  return %0 : tensor<1x2x2xf32>
}

// floor(-1.5, 2.5) and floor_div(7, -7) by 2 (numpy: 3, -4).
// FLOOR: #0 tensor<2xf32>: min -2 max 2 mean 0 values [-2, 2]
// FLOOR-NEXT: #1 tensor<2xi32>: min -4 max 3 mean -0.5 values [3, -4]
func.func @floors() -> (tensor<2xf32>, tensor<2xi32>) {
  %x = arith.constant dense<[-1.5, 2.5]> : tensor<2xf32>
  %0 = "ane.floor"(%x) : (tensor<2xf32>) -> tensor<2xf32>
  %i = arith.constant dense<[7, -7]> : tensor<2xi32>
  %two = arith.constant dense<2> : tensor<1xi32>
  %1 = "ane.floor_div"(%i, %two) : (tensor<2xi32>, tensor<1xi32>) -> tensor<2xi32>
  return %0, %1 : tensor<2xf32>, tensor<2xi32>
}

// CLIP: #0 tensor<4xf16>: min 0 max 6 mean 2.625 values [0, 0.5, 6, 4]
func.func @clip() -> tensor<4xf16> {
  %x = arith.constant dense<[-3.0, 0.5, 70000.0, 4.0]> : tensor<4xf32>
  %h = "ane.cast"(%x) : (tensor<4xf32>) -> tensor<4xf16>
  %0 = "ane.clip"(%h) {alpha = 0.0 : f32, beta = 6.0 : f32} : (tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// Nonzero (NaN too) is true; true is 1.
// CAST: #0 tensor<4xi1>: min 0 max 1 mean 0.75 values [0, 1, 1, 1]
// CAST-NEXT: #1 tensor<4xf32>: min 0 max 1 mean 0.75 values [0, 1, 1, 1]
func.func @casts() -> (tensor<4xi1>, tensor<4xf32>) {
  %x = arith.constant dense<[0.0, -0.5, 0x7FC00000, 3.0]> : tensor<4xf32>
  %0 = "ane.cast"(%x) : (tensor<4xf32>) -> tensor<4xi1>
  %1 = "ane.cast"(%0) : (tensor<4xi1>) -> tensor<4xf32>
  return %0, %1 : tensor<4xi1>, tensor<4xf32>
}

// Attention scores masked where the (random) mask is false, by select and
// by scores * m + (-1e4) * (1 - m) with m = cast(mask): the same values.
// MASK-COUNT-2: max_abs_err 0.000e+00
func.func @masked(%s: tensor<1x4x8x8xf32>, %mask: tensor<1x1x8x8xi1>) -> (tensor<1x4x8x8xf32>, tensor<1x1x8x8xi1>) {
  %fill = arith.constant dense<-1.0e+04> : tensor<1xf32>
  %0 = "ane.select"(%mask, %s, %fill) : (tensor<1x1x8x8xi1>, tensor<1x4x8x8xf32>, tensor<1xf32>) -> tensor<1x4x8x8xf32>
  return %0, %mask : tensor<1x4x8x8xf32>, tensor<1x1x8x8xi1>
}

func.func @masked_arith(%s: tensor<1x4x8x8xf32>, %mask: tensor<1x1x8x8xi1>) -> (tensor<1x4x8x8xf32>, tensor<1x1x8x8xi1>) {
  %m = "ane.cast"(%mask) : (tensor<1x1x8x8xi1>) -> tensor<1x1x8x8xf32>
  %one = arith.constant dense<1.0> : tensor<1xf32>
  %fill = arith.constant dense<-1.0e+04> : tensor<1xf32>
  %keep = "ane.mul"(%s, %m) : (tensor<1x4x8x8xf32>, tensor<1x1x8x8xf32>) -> tensor<1x4x8x8xf32>
  %off = "ane.sub"(%one, %m) : (tensor<1xf32>, tensor<1x1x8x8xf32>) -> tensor<1x1x8x8xf32>
  %neg = "ane.mul"(%off, %fill) : (tensor<1x1x8x8xf32>, tensor<1xf32>) -> tensor<1x1x8x8xf32>
  %0 = "ane.add"(%keep, %neg) : (tensor<1x4x8x8xf32>, tensor<1x1x8x8xf32>) -> tensor<1x4x8x8xf32>
  return %0, %mask : tensor<1x4x8x8xf32>, tensor<1x1x8x8xi1>
}

// NPY: True True
