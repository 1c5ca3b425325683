// A small function whose one constant (4 elements) is written inline.
func.func @tiny(%x: tensor<2x4xf16>) -> tensor<2x4xf16> {
  %c = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf16>
  %0 = "ane.mul"(%x, %c) : (tensor<2x4xf16>, tensor<4xf16>) -> tensor<2x4xf16>
  return %0 : tensor<2x4xf16>
}
