//===- fp16.h - IEEE binary16 <-> binary32 conversion ----------------------===//
//
// Portable bit-level conversion (no _Float16), round-to-nearest-even, so
// folded f16 constants are bit-exact on every compiler.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_DIALECT_FP16_H
#define ANE_DIALECT_FP16_H

#include <stdint.h>

/// Rounds `value` to the nearest binary16 (ties to even); overflow gives inf.
uint16_t aneFloatToHalf(float value);

/// Widens a binary16 bit pattern to float (exact).
float aneHalfToFloat(uint16_t bits);

#endif // ANE_DIALECT_FP16_H
