// The element count 2 * 4611686018427388416 wraps to 0 in int64; ane-run
// allocated one element and copied 2^63 into it.
func.func @main(%a: tensor<2x4611686018427388416xf32>) -> tensor<2x4611686018427388416xf32> {
  return %a : tensor<2x4611686018427388416xf32>
}
