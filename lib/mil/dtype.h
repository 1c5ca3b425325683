//===- dtype.h - MIL dtype names, sizes and weight-file codes -------------===//
//
// The dtype vocabulary of MIL text (docs/mil-format.md §3) and the BlobDataType
// codes of the weight file (section 7). Pure C, no MLIR.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_MIL_DTYPE_H
#define ANE_MIL_DTYPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
  MIL_DT_INVALID = 0,
  MIL_DT_FP16,
  MIL_DT_FP32,
  MIL_DT_FP64,
  MIL_DT_INT4,
  MIL_DT_INT8,
  MIL_DT_INT16,
  MIL_DT_INT32,
  MIL_DT_INT64,
  MIL_DT_UINT1,
  MIL_DT_UINT2,
  MIL_DT_UINT3,
  MIL_DT_UINT4,
  MIL_DT_UINT6,
  MIL_DT_UINT8,
  MIL_DT_UINT16,
  MIL_DT_UINT32,
  MIL_DT_UINT64,
  MIL_DT_BOOL,
  MIL_DT_STRING,
} MilDType;

/// The MIL text spelling ("fp16", "int32", ...); "<invalid>" for INVALID.
const char *milDTypeName(MilDType dtype);

/// Parses a dtype name; MIL_DT_INVALID if `name` is not one.
MilDType milDTypeFromName(const char *name, size_t length);

bool milDTypeIsFloat(MilDType dtype);
bool milDTypeIsInteger(MilDType dtype); ///< Signed or unsigned, not bool.
bool milDTypeIsUnsigned(MilDType dtype);

/// Bits per element (1 for bool; 0 for string).
unsigned milDTypeBits(MilDType dtype);

/// The smallest and largest value of an integer dtype (uint64's maximum is
/// reported as INT64_MAX; larger literals are rejected).
void milDTypeIntRange(MilDType dtype, int64_t *min, int64_t *max);

/// The weight-file BlobDataType code, or 0 if the dtype has none.
uint32_t milDTypeBlobCode(MilDType dtype);

/// A readable name for a BlobDataType code ("fp16", "bf16", "fp8 e4m3fn",
/// ...), or NULL for an unknown code.
const char *milBlobCodeName(uint32_t code);

#endif // ANE_MIL_DTYPE_H
