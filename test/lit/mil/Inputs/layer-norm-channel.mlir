// A channels-first ane.layer_norm with [1, C, 1, 1] constant gamma and beta
// (test/lit/mil/layer-norm-axes.test exports it).
func.func @main(%x: tensor<1x16x1x8xf16>) -> tensor<1x16x1x8xf16> {
  %g = arith.constant dense<2.0> : tensor<1x16x1x1xf16>
  %b = arith.constant dense<0.5> : tensor<1x16x1x1xf16>
  %0 = "ane.layer_norm"(%x, %g, %b) {axes = array<i64: 1>, epsilon = 1.0e-05 : f32} : (tensor<1x16x1x8xf16>, tensor<1x16x1x1xf16>, tensor<1x16x1x1xf16>) -> tensor<1x16x1x8xf16>
  return %0 : tensor<1x16x1x8xf16>
}
