// Every ane.constexpr_lut_to_dense and ane.constexpr_blockwise_shift_scale
// rule of the ANE verifier, one split per rule, each with the exact message.
// The packed attributes (indices, data, an integer offset) are the weight
// file's bytes: a 1-D ui8 tensor of ceil(count * bits / 8) bytes.
// RUN: ane-opt %s --split-input-file --verify-diagnostics

func.func @lut_kind() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op lut must be a dense tensor of f16, got dense<[1, 2, 3, 4]> : tensor<4xi32>}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<[1, 2, 3, 4]> : tensor<4xi32>, vector_axis} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @lut_rank() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op lut type tensor<2x2xf16> must be [K] (one table) or rank 3 [blocks..., K, V] (a table per block of the indices)}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<2x2xf16>, vector_axis} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @vector_needs_axis() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op a lut of vectors of 2 values needs a vector_axis}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<1x4x2xf16>, vector_axis} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @lut_entries() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op lut has 3 entries; it must have 2, 4, 16, 64 or 256 (one per value of 1, 2, 4, 6 or 8-bit indices)}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<3xf16>, vector_axis} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @lut_eight_ios16() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op lut has 8 entries; it must have 2, 4, 16, 64 or 256 (one per value of 1, 2, 4, 6 or 8-bit indices)}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27, 0]> : tensor<2xui8>, lut = dense<1.0> : tensor<8xf16>, vector_axis} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @lut_blocks() -> tensor<4x2xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op lut type tensor<3x1x2x1xf16> does not split the indices shape [4, 2] into blocks: it needs 2 leading dims, each a divisor of the matching dim}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<3x1x2x1xf16>, vector_axis} : () -> tensor<4x2xf16>
  return %0 : tensor<4x2xf16>
}

// -----

func.func @indices_kind() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op indices must be a 1-D dense tensor of ui8 (the packed bytes), got dense<27> : tensor<1xi8>}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xi8>, lut = dense<1.0> : tensor<4xf16>, vector_axis} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @indices_length() -> tensor<5xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op indices holds 1 bytes, but 5 2-bit indices need 2}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<4xf16>, vector_axis} : () -> tensor<5xf16>
  return %0 : tensor<5xf16>
}

// -----

func.func @dynamic(%x: tensor<?xf16>) -> tensor<?xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op result shape [?] must be static}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<4xf16>, vector_axis} : () -> tensor<?xf16>
  return %0 : tensor<?xf16>
}

// -----

func.func @missing_lut() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op attribute "lut" is expected but not provided}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, vector_axis} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @vector_kind() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op vector_axis must be unit (none) or an i64 integer attribute, got "0"}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<1x4x1xf16>, vector_axis = "0"} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @vector_ios16() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op vector_axis needs a [blocks..., K, V] lut}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<4xf16>, vector_axis = 0 : i64} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @vector_range() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op vector_axis 1 is out of range for rank 1}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<1x4x2xf16>, vector_axis = 1 : i64} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @vector_multiple() -> tensor<3xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op result shape [3]: dim 0 (vector_axis) is not a multiple of the vector size 2}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27]> : tensor<1xui8>, lut = dense<1.0> : tensor<1x4x2xf16>, vector_axis = 0 : i64} : () -> tensor<3xf16>
  return %0 : tensor<3xf16>
}

// -----

func.func @vector_indices_length() -> tensor<8xf16> {
  // expected-error@+1 {{'ane.constexpr_lut_to_dense' op indices holds 2 bytes, but 4 2-bit indices need 1}}
  %0 = "ane.constexpr_lut_to_dense"() {indices = dense<[27, 0]> : tensor<2xui8>, lut = dense<1.0> : tensor<1x4x2xf16>, vector_axis = 0 : i64} : () -> tensor<8xf16>
  return %0 : tensor<8xf16>
}

// -----

func.func @data_dtype() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_blockwise_shift_scale' op data_dtype must be "int4", "uint4", "int8" or "uint8", got "uint2"}}
  %0 = "ane.constexpr_blockwise_shift_scale"() {data = dense<[27]> : tensor<1xui8>, data_dtype = "uint2", offset = unit, scale = dense<1.0> : tensor<1xf16>} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @data_length() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_blockwise_shift_scale' op data holds 1 bytes, but 4 4-bit values need 2}}
  %0 = "ane.constexpr_blockwise_shift_scale"() {data = dense<[27]> : tensor<1xui8>, data_dtype = "int4", offset = unit, scale = dense<1.0> : tensor<1xf16>} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @scale_rank() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_blockwise_shift_scale' op scale type tensor<1x1xf16> does not split the result shape [4] into blocks: it needs 1 leading dims, each a divisor of the matching dim}}
  %0 = "ane.constexpr_blockwise_shift_scale"() {data = dense<[27, 1]> : tensor<2xui8>, data_dtype = "int4", offset = unit, scale = dense<1.0> : tensor<1x1xf16>} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @scale_blocks() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_blockwise_shift_scale' op scale type tensor<3xf16> does not split the result shape [4] into blocks: it needs 1 leading dims, each a divisor of the matching dim}}
  %0 = "ane.constexpr_blockwise_shift_scale"() {data = dense<[27, 1]> : tensor<2xui8>, data_dtype = "int4", offset = unit, scale = dense<1.0> : tensor<3xf16>} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @scale_type() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_blockwise_shift_scale' op scale must be a dense tensor of f16, got dense<1.000000e+00> : tensor<2xf32>}}
  %0 = "ane.constexpr_blockwise_shift_scale"() {data = dense<[27, 1]> : tensor<2xui8>, data_dtype = "int4", offset = unit, scale = dense<1.0> : tensor<2xf32>} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @offset_shape() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_blockwise_shift_scale' op offset must be unit (none), packed ui8 bytes like data, or a f16/f32 dense tensor shaped like scale (tensor<2xf16>), got dense<0.000000e+00> : tensor<4xf16>}}
  %0 = "ane.constexpr_blockwise_shift_scale"() {data = dense<[27, 1]> : tensor<2xui8>, data_dtype = "int4", offset = dense<0.0> : tensor<4xf16>, scale = dense<1.0> : tensor<2xf16>} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @offset_length() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_blockwise_shift_scale' op offset holds 1 bytes, but 2 8-bit offsets need 2}}
  %0 = "ane.constexpr_blockwise_shift_scale"() {data = dense<[27, 1, 3, 4]> : tensor<4xui8>, data_dtype = "uint8", offset = dense<[1]> : tensor<1xui8>, scale = dense<1.0> : tensor<2xf16>} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @offset_kind() -> tensor<4xf16> {
  // expected-error@+1 {{'ane.constexpr_blockwise_shift_scale' op offset must be unit (none), packed ui8 bytes like data, or a f16/f32 dense tensor shaped like scale (tensor<2xf16>), got "none"}}
  %0 = "ane.constexpr_blockwise_shift_scale"() {data = dense<[27, 1]> : tensor<2xui8>, data_dtype = "int4", offset = "none", scale = dense<1.0> : tensor<2xf16>} : () -> tensor<4xf16>
  return %0 : tensor<4xf16>
}
