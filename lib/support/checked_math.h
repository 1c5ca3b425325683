//===- checked_math.h - Element counts and byte sizes that cannot wrap ----===//
//
// Every element count and byte size computed from a shape that came from
// input (MLIR types, MIL types, .npy headers, blob headers) goes through
// these, so a hostile `tensor<2x4611686018427388416xf32>` is an error and
// never a wrapped, too-small allocation. See docs/robustness.md (limits).
//
//===----------------------------------------------------------------------===//

#ifndef ANE_SUPPORT_CHECKED_MATH_H
#define ANE_SUPPORT_CHECKED_MATH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// `*out = a * b`; false if the product overflows int64_t.
static inline bool aneCheckedMulI64(int64_t a, int64_t b, int64_t *out) {
  return !__builtin_mul_overflow(a, b, out);
}

/// `*out = a + b`; false if the sum overflows int64_t.
static inline bool aneCheckedAddI64(int64_t a, int64_t b, int64_t *out) {
  return !__builtin_add_overflow(a, b, out);
}

/// The product of `rank` dims into `*count` (1 for rank 0). False if a dim
/// is negative (dynamic dims are negative in MLIR) or the product
/// overflows int64_t.
static inline bool aneCheckedElementCount(const int64_t *dims, intptr_t rank,
                                          int64_t *count) {
  int64_t n = 1;
  for (intptr_t i = 0; i < rank; ++i)
    if (dims[i] < 0 || !aneCheckedMulI64(n, dims[i], &n))
      return false;
  *count = n;
  return true;
}

/// `count` elements of `width` bytes into `*bytes`. False if `count` is
/// negative or the size does not fit both int64_t and size_t.
static inline bool aneCheckedByteSize(int64_t count, size_t width,
                                      size_t *bytes) {
  int64_t total;
  if (count < 0 || width > INT64_MAX ||
      !aneCheckedMulI64(count, (int64_t)width, &total) ||
      (uint64_t)total > SIZE_MAX)
    return false;
  *bytes = (size_t)total;
  return true;
}

#endif // ANE_SUPPORT_CHECKED_MATH_H
