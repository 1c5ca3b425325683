// 100000 f16 elements: 781.2 KiB per tensor as the interpreter holds them
// (8 bytes each); the argument (the input, taken) and relu's result are
// alive at once, and with --compare a copy of the input too. Export: a 4 MiB
// splat.
func.func @main(%a: tensor<100000xf16>) -> tensor<100000xf16> {
  %0 = "ane.relu"(%a) : (tensor<100000xf16>) -> tensor<100000xf16>
  return %0 : tensor<100000xf16>
}
func.func @splat() -> tensor<1048576xf32> {
  %c = arith.constant dense<1.0> : tensor<1048576xf32>
  return %c : tensor<1048576xf32>
}
