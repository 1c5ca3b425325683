//===- dtype.c - MIL dtype names, sizes and weight-file codes -------------===//

#include "dtype.h"

#include <string.h>

typedef struct {
  MilDType dtype;
  const char *name;
  unsigned bits;
  uint32_t blobCode; // BlobDataType (docs/mil-format.md §7); 0: none
} DTypeInfo;

static const DTypeInfo kDTypes[] = {
    {MIL_DT_FP16, "fp16", 16, 1},    {MIL_DT_FP32, "fp32", 32, 2},
    {MIL_DT_FP64, "fp64", 64, 0},    {MIL_DT_INT4, "int4", 4, 8},
    {MIL_DT_INT8, "int8", 8, 4},     {MIL_DT_INT16, "int16", 16, 6},
    {MIL_DT_INT32, "int32", 32, 14}, {MIL_DT_INT64, "int64", 64, 0},
    {MIL_DT_UINT1, "uint1", 1, 9},   {MIL_DT_UINT2, "uint2", 2, 10},
    {MIL_DT_UINT3, "uint3", 3, 12},  {MIL_DT_UINT4, "uint4", 4, 11},
    {MIL_DT_UINT6, "uint6", 6, 13},  {MIL_DT_UINT8, "uint8", 8, 3},
    {MIL_DT_UINT16, "uint16", 16, 7}, {MIL_DT_UINT32, "uint32", 32, 15},
    {MIL_DT_UINT64, "uint64", 64, 0}, {MIL_DT_BOOL, "bool", 1, 0},
    {MIL_DT_STRING, "string", 0, 0},
};

static const DTypeInfo *info(MilDType dtype) {
  for (size_t i = 0; i < sizeof(kDTypes) / sizeof(kDTypes[0]); ++i)
    if (kDTypes[i].dtype == dtype)
      return &kDTypes[i];
  return NULL;
}

const char *milDTypeName(MilDType dtype) {
  const DTypeInfo *i = info(dtype);
  return i ? i->name : "<invalid>";
}

MilDType milDTypeFromName(const char *name, size_t length) {
  for (size_t i = 0; i < sizeof(kDTypes) / sizeof(kDTypes[0]); ++i)
    if (strlen(kDTypes[i].name) == length &&
        memcmp(kDTypes[i].name, name, length) == 0)
      return kDTypes[i].dtype;
  return MIL_DT_INVALID;
}

bool milDTypeIsFloat(MilDType dtype) {
  return dtype == MIL_DT_FP16 || dtype == MIL_DT_FP32 || dtype == MIL_DT_FP64;
}

bool milDTypeIsUnsigned(MilDType dtype) {
  return dtype >= MIL_DT_UINT1 && dtype <= MIL_DT_UINT64;
}

bool milDTypeIsInteger(MilDType dtype) {
  return (dtype >= MIL_DT_INT4 && dtype <= MIL_DT_INT64) ||
         milDTypeIsUnsigned(dtype);
}

unsigned milDTypeBits(MilDType dtype) {
  const DTypeInfo *i = info(dtype);
  return i ? i->bits : 0;
}

void milDTypeIntRange(MilDType dtype, int64_t *min, int64_t *max) {
  unsigned bits = milDTypeBits(dtype);
  if (dtype == MIL_DT_BOOL) {
    *min = 0;
    *max = 1;
  } else if (milDTypeIsUnsigned(dtype)) {
    *min = 0;
    *max = bits >= 63 ? INT64_MAX : (int64_t)((UINT64_C(1) << bits) - 1);
  } else if (bits >= 64) {
    *min = INT64_MIN;
    *max = INT64_MAX;
  } else if (bits > 0) {
    *min = -(INT64_C(1) << (bits - 1));
    *max = (INT64_C(1) << (bits - 1)) - 1;
  } else {
    *min = *max = 0;
  }
}

uint32_t milDTypeBlobCode(MilDType dtype) {
  const DTypeInfo *i = info(dtype);
  return i ? i->blobCode : 0;
}

const char *milBlobCodeName(uint32_t code) {
  switch (code) {
  case 5:
    return "bf16";
  case 16:
    return "fp8 e4m3fn";
  case 17:
    return "fp8 e5m2";
  default:
    break;
  }
  for (size_t i = 0; i < sizeof(kDTypes) / sizeof(kDTypes[0]); ++i)
    if (kDTypes[i].blobCode == code)
      return kDTypes[i].name;
  return NULL;
}
