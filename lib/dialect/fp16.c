//===- fp16.c - IEEE binary16 <-> binary32 conversion ----------------------===//

#include "fp16.h"

#include <float.h>
#include <math.h>
#include <string.h>

static uint32_t floatBits(float f) {
  uint32_t u;
  memcpy(&u, &f, sizeof(u));
  return u;
}

static float bitsFloat(uint32_t u) {
  float f;
  memcpy(&f, &u, sizeof(f));
  return f;
}

uint16_t aneFloatToHalf(float value) {
  uint32_t u = floatBits(value);
  uint16_t sign = (uint16_t)((u >> 16) & 0x8000u);
  uint32_t absBits = u & 0x7fffffffu;
  if (absBits >= 0x7f800000u) // inf or NaN (keep NaNs quiet and non-zero)
    return (uint16_t)(sign | 0x7c00u |
                      (absBits > 0x7f800000u ? 0x200u | (absBits >> 13) : 0));
  if (absBits >= 0x477ff000u) // rounds to >= 65520: overflow to inf
    return (uint16_t)(sign | 0x7c00u);
  if (absBits < 0x38800000u) { // below the smallest normal half: subnormal
    // Scale so the subnormal's integer mantissa is the rounded value.
    float scaled = bitsFloat(absBits) * 16777216.0f; // * 2^24
    // Round half to even by hand: x.5 goes to the even neighbour.
    uint32_t whole = (uint32_t)scaled;
    float frac = scaled - (float)whole;
    if (frac > 0.5f || (frac == 0.5f && (whole & 1u)))
      ++whole;
    return (uint16_t)(sign | whole);
  }
  // Normal: rebias the exponent and round the 13 dropped mantissa bits.
  uint32_t half = ((absBits - 0x38000000u) >> 13);
  uint32_t dropped = absBits & 0x1fffu;
  if (dropped > 0x1000u || (dropped == 0x1000u && (half & 1u)))
    ++half; // may carry into the exponent, which is still correct
  return (uint16_t)(sign | half);
}

float aneHalfToFloat(uint16_t bits) {
  uint32_t sign = (uint32_t)(bits & 0x8000u) << 16;
  uint32_t exponent = (bits >> 10) & 0x1fu;
  uint32_t mantissa = bits & 0x3ffu;
  if (exponent == 0x1f)
    return bitsFloat(sign | 0x7f800000u | (mantissa << 13));
  if (exponent == 0) { // zero or subnormal: mantissa * 2^-24
    float magnitude = (float)mantissa * (1.0f / 16777216.0f);
    return sign ? -magnitude : magnitude;
  }
  return bitsFloat(sign | ((exponent + 112u) << 23) | (mantissa << 13));
}

bool aneFloatFitsNormal(float value, bool isF16) {
  if (value == 0.0f)
    return true;
  if (!isF16)
    return isfinite(value) && fabsf(value) >= FLT_MIN;
  unsigned exponent = (aneFloatToHalf(value) >> 10) & 0x1fu;
  return exponent != 0 && exponent != 0x1fu;
}
