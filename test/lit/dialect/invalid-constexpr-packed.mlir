// Every ane.constexpr_lut_to_dense
// rule of the ANE verifier, one split per rule, each with the exact message.
// The packed attribute (indices) is the weight
// file's bytes: a 1-D ui8 tensor of ceil(count * bits / 8) bytes.
// RUN: ane-opt %s --split-input-file --verify-diagnostics

func.func @lut_kind() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op lut must be a dense tensor of f16, got dense<[1, 2, 3, 4]> : tensor<4xi32>}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<[1, 2, 3, 4]> : tensor<4xi32>} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @lut_rank() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op lut type tensor<2x2xf16> must be [K] (one table) or rank 3 [blocks..., K, 1] (a table per block; vector palettization is not supported)}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<2x2xf16>} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @lut_vector() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op lut type tensor<1x4x2xf16> must be [K] (one table) or rank 3 [blocks..., K, 1] (a table per block; vector palettization is not supported)}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<1x4x2xf16>} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @lut_entries() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op lut has 3 entries; it must have 2, 4, 16, 64 or 256 (one per value of 1, 2, 4, 6 or 8-bit indices)}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<3xf16>} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @lut_eight_ios16() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op lut has 8 entries; it must have 2, 4, 16, 64 or 256 (one per value of 1, 2, 4, 6 or 8-bit indices)}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27, 0]> : tensor<2xui8>, lut = dense<1.0> : tensor<8xf16>} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @lut_blocks() -> tensor<4x2xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op lut type tensor<3x1x2x1xf16> does not split the result shape [4, 2] into blocks: it needs 2 leading dims, each dividing the result's}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<3x1x2x1xf16>} : () -> tensor<4x2xf16>
  return %0 : tensor<4x2xf16>
}

// -----

func.func @indices_kind() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op indices must be a 1-D dense tensor of ui8 (the packed bytes), got dense<27> : tensor<1xi8>}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xi8>, lut = dense<1.0> : tensor<4xf16>} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @indices_length() -> tensor<5xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op indices holds 1 bytes, but 5 2-bit indices need 2}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<4xf16>} : () -> tensor<5xf16>
  return %0 : tensor<5xf16>
}

// -----

func.func @dynamic(%x: tensor<?xf16>) -> tensor<?xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op result shape [?] must be static}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<4xf16>} : () -> tensor<?xf16>
  return %0 : tensor<?xf16>
}

// -----

func.func @missing_lut() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op attribute "lut" is expected but not provided}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}
