//===- packed.c - Sub-byte integers packed as MILBlob stores them ---------===//

#include "packed.h"

bool anePackedBytes(int64_t count, unsigned bits, int64_t *bytes) {
  if (count < 0 || bits == 0 || bits > 8 || count > (INT64_MAX - 7) / bits)
    return false;
  *bytes = (count * (int64_t)bits + 7) / 8;
  return true;
}

int32_t anePackedGet(const uint8_t *data, bool splat, int64_t i,
                     unsigned bits, bool isSigned) {
  int64_t bit = i * (int64_t)bits;
  int64_t byte = bit / 8;
  unsigned shift = (unsigned)(bit % 8);
  // Two bytes cover any element of at most 8 bits; the second is read only
  // when the element straddles into it.
  unsigned window = data[splat ? 0 : byte];
  if (shift + bits > 8)
    window |= (unsigned)data[splat ? 0 : byte + 1] << 8;
  uint32_t value = (window >> shift) & ((1u << bits) - 1u);
  if (isSigned && (value >> (bits - 1)))
    return (int32_t)value - (int32_t)(1u << bits);
  return (int32_t)value;
}
