//===- fp16.h - IEEE binary16 <-> binary32 conversion ----------------------===//
//
// Portable bit-level conversion (no _Float16), round-to-nearest-even, so
// folded f16 constants are bit-exact on every compiler.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_DIALECT_FP16_H
#define ANE_DIALECT_FP16_H

#include <stdbool.h>
#include <stdint.h>

/// Rounds `value` to the nearest binary16 (ties to even); overflow gives inf.
uint16_t aneFloatToHalf(float value);

/// Widens a binary16 bit pattern to float (exact).
float aneHalfToFloat(uint16_t bits);

/// True if `value`, rounded to f16 (`isF16`) or f32, is finite and either a
/// normal number or, when `value` is exactly 0, zero. Rewrites fold a
/// constant only when this holds: an inf, a NaN or a subnormal that loses
/// precision never enters the IR through a fold.
bool aneFloatFitsNormal(float value, bool isF16);

#endif // ANE_DIALECT_FP16_H
