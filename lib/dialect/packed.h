//===- packed.h - Sub-byte integers packed as MILBlob stores them ---------===//
//
// Compressed weights (ane.constexpr_lut_to_dense, ane.constexpr_blockwise_
// shift_scale) keep their integers packed, exactly the bytes of the weight
// file: element i of an n-bit stream occupies bits [i*n, i*n + n) counted
// from the least significant bit of byte 0 upward (an element may straddle
// two bytes for n = 3 or 6), the last byte padded. This is both the iOS16
// constexpr_lut_to_dense index packing and the MILBlob sub-byte layout
// (uint1/2/3/4/6, int4). The verifier, the interpreter and the MIL
// exporter all read it through these helpers.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_DIALECT_PACKED_H
#define ANE_DIALECT_PACKED_H

#include <stdbool.h>
#include <stdint.h>

/// Bytes that hold `count` elements of `bits` bits (the last one padded);
/// false if that overflows.
bool anePackedBytes(int64_t count, unsigned bits, int64_t *bytes);

/// Element `i` of `bits`-bit elements packed in `data` (1 <= bits <= 8),
/// zero-extended, or sign-extended when `isSigned`. With `splat`, `data` is
/// a single byte repeated over the whole stream.
int32_t anePackedGet(const uint8_t *data, bool splat, int64_t i,
                     unsigned bits, bool isSigned);

#endif // ANE_DIALECT_PACKED_H
