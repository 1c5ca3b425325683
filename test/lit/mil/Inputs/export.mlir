// ANE IR for the export tests: interface names (mil.name), NameLoc names
// (one colliding with an output name, one not a MIL identifier, one a MIL
// keyword), unnamed arguments and results, constants of every kind.
module attributes {mil.build_info = {"coremlc-component-MIL" = "3520.4.1", "coremlc-version" = "3520.5.1", "my-tool" = "1.0"}} {
  func.func @main(%x: tensor<4x16xf16> {mil.name = "hidden_states"}, %i: tensor<4x16xi32>) -> (tensor<4x16xf16> {mil.name = "logits"}, tensor<4x16xi32>, tensor<4x16xf32>, tensor<2x2xf16>) {
    %w = arith.constant dense<5.000000e-01> : tensor<16x16xf16> loc("proj.weight")
    %b = arith.constant dense<[0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5, 6.0, 6.5, 7.0, 7.5]> : tensor<16xf16>
    %small = arith.constant dense<[[1.0, 2.0], [3.0, -4.5]]> : tensor<2x2xf16>
    %f = arith.constant dense<[1.000000e-01, 2.000000e-01, 3.000000e-01, 4.000000e-01, 5.000000e-01, 6.000000e-01, 7.000000e-01, 8.000000e-01, 9.000000e-01, 1.000000e+00, 1.100000e+00, 1.200000e+00]> : tensor<12xf32>
    %iw = arith.constant dense<[-8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7]> : tensor<16xi32>
    %0 = "ane.matmul"(%x, %w) {transpose_x = false, transpose_y = true} : (tensor<4x16xf16>, tensor<16x16xf16>) -> tensor<4x16xf16> loc("logits")
    %1 = "ane.add"(%0, %b) : (tensor<4x16xf16>, tensor<16xf16>) -> tensor<4x16xf16> loc("layers.0/attn")
    %2 = "ane.rsqrt"(%1) {epsilon = 1.0e-05 : f32} : (tensor<4x16xf16>) -> tensor<4x16xf16>
    %3 = "ane.add"(%i, %iw) : (tensor<4x16xi32>, tensor<16xi32>) -> tensor<4x16xi32>
    %4 = "ane.cast"(%2) : (tensor<4x16xf16>) -> tensor<4x16xf32> loc("fp16")
    %5 = "ane.reshape"(%4) {shape = array<i64: 4, 4, 4>} : (tensor<4x16xf32>) -> tensor<4x4x4xf32>
    %6 = "ane.slice_by_size"(%f) {begin = array<i64: 0>, size = array<i64: 4>} : (tensor<12xf32>) -> tensor<4xf32>
    %7 = "ane.mul"(%5, %6) : (tensor<4x4x4xf32>, tensor<4xf32>) -> tensor<4x4x4xf32>
    %8 = "ane.reshape"(%7) {shape = array<i64: 4, 16>} : (tensor<4x4x4xf32>) -> tensor<4x16xf32>
    return %2, %3, %8, %small : tensor<4x16xf16>, tensor<4x16xi32>, tensor<4x16xf32>, tensor<2x2xf16>
  }
}
