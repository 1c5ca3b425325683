// A Llama-style decoder block in the ANE dialect (f16): RMSNorm -> attention
// (4 heads of 64) -> residual -> RMSNorm -> SwiGLU FFN -> residual.
// Sequence 16, hidden 256, FFN 688. Weights are function arguments; the
// attention norm's gamma is a constant, so --lower-norms folds sqrt(D) into it.
//
//   ane-opt --lower-norms examples/llama_block.mlir
func.func @llama_block(%x: tensor<16x256xf16>,
                       %wq: tensor<256x256xf16>, %wk: tensor<256x256xf16>,
                       %wv: tensor<256x256xf16>, %wo: tensor<256x256xf16>,
                       %ffn_gamma: tensor<256xf16>,
                       %w_gate: tensor<688x256xf16>, %w_up: tensor<688x256xf16>,
                       %w_down: tensor<256x688xf16>) -> tensor<16x256xf16> {
  %attn_gamma = arith.constant dense<1.000000e+00> : tensor<256xf16>
  %h = "ane.rms_norm"(%x, %attn_gamma) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<16x256xf16>, tensor<256xf16>) -> tensor<16x256xf16>

  // Projections: x @ W^T.
  %q = "ane.matmul"(%h, %wq) {transpose_x = false, transpose_y = true} : (tensor<16x256xf16>, tensor<256x256xf16>) -> tensor<16x256xf16>
  %k = "ane.matmul"(%h, %wk) {transpose_x = false, transpose_y = true} : (tensor<16x256xf16>, tensor<256x256xf16>) -> tensor<16x256xf16>
  %v = "ane.matmul"(%h, %wv) {transpose_x = false, transpose_y = true} : (tensor<16x256xf16>, tensor<256x256xf16>) -> tensor<16x256xf16>

  // Split heads: [16, 256] -> [16, 4, 64] -> [4, 16, 64].
  %q3 = "ane.reshape"(%q) {shape = array<i64: 16, 4, 64>} : (tensor<16x256xf16>) -> tensor<16x4x64xf16>
  %k3 = "ane.reshape"(%k) {shape = array<i64: 16, 4, 64>} : (tensor<16x256xf16>) -> tensor<16x4x64xf16>
  %v3 = "ane.reshape"(%v) {shape = array<i64: 16, 4, 64>} : (tensor<16x256xf16>) -> tensor<16x4x64xf16>
  %qh = "ane.transpose"(%q3) {perm = array<i64: 1, 0, 2>} : (tensor<16x4x64xf16>) -> tensor<4x16x64xf16>
  %kh = "ane.transpose"(%k3) {perm = array<i64: 1, 0, 2>} : (tensor<16x4x64xf16>) -> tensor<4x16x64xf16>
  %vh = "ane.transpose"(%v3) {perm = array<i64: 1, 0, 2>} : (tensor<16x4x64xf16>) -> tensor<4x16x64xf16>

  // Scaled dot-product attention.
  %scores = "ane.matmul"(%qh, %kh) {transpose_x = false, transpose_y = true} : (tensor<4x16x64xf16>, tensor<4x16x64xf16>) -> tensor<4x16x16xf16>
  %scale = arith.constant dense<1.250000e-01> : tensor<1xf16>
  %scaled = "ane.mul"(%scores, %scale) : (tensor<4x16x16xf16>, tensor<1xf16>) -> tensor<4x16x16xf16>
  %probs = "ane.softmax"(%scaled) {axis = -1 : i64} : (tensor<4x16x16xf16>) -> tensor<4x16x16xf16>
  %ctx = "ane.matmul"(%probs, %vh) {transpose_x = false, transpose_y = false} : (tensor<4x16x16xf16>, tensor<4x16x64xf16>) -> tensor<4x16x64xf16>

  // Merge heads and project out.
  %ctx_t = "ane.transpose"(%ctx) {perm = array<i64: 1, 0, 2>} : (tensor<4x16x64xf16>) -> tensor<16x4x64xf16>
  %ctx2 = "ane.reshape"(%ctx_t) {shape = array<i64: 16, 256>} : (tensor<16x4x64xf16>) -> tensor<16x256xf16>
  %attn = "ane.matmul"(%ctx2, %wo) {transpose_x = false, transpose_y = true} : (tensor<16x256xf16>, tensor<256x256xf16>) -> tensor<16x256xf16>
  %r1 = "ane.add"(%x, %attn) : (tensor<16x256xf16>, tensor<16x256xf16>) -> tensor<16x256xf16>

  // SwiGLU feed-forward.
  %h2 = "ane.rms_norm"(%r1, %ffn_gamma) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<16x256xf16>, tensor<256xf16>) -> tensor<16x256xf16>
  %gate = "ane.matmul"(%h2, %w_gate) {transpose_x = false, transpose_y = true} : (tensor<16x256xf16>, tensor<688x256xf16>) -> tensor<16x688xf16>
  %up = "ane.matmul"(%h2, %w_up) {transpose_x = false, transpose_y = true} : (tensor<16x256xf16>, tensor<688x256xf16>) -> tensor<16x688xf16>
  %act = "ane.silu"(%gate) : (tensor<16x688xf16>) -> tensor<16x688xf16>
  %glu = "ane.mul"(%act, %up) : (tensor<16x688xf16>, tensor<16x688xf16>) -> tensor<16x688xf16>
  %down = "ane.matmul"(%glu, %w_down) {transpose_x = false, transpose_y = true} : (tensor<16x688xf16>, tensor<256x688xf16>) -> tensor<16x256xf16>
  %out = "ane.add"(%r1, %down) : (tensor<16x256xf16>, tensor<16x256xf16>) -> tensor<16x256xf16>
  return %out : tensor<16x256xf16>
}
