//===- import_values.c - MIL literals and weights -> MLIR constants --------===//
//
// Inline literals and BLOBFILE references become dense elements attributes
// (an all-equal value becomes a splat, as MLIR's parser would make it) and
// `arith.constant` ops. Constants are dense, never dense_resource: MLIR
// prints a dense attribute of more than 100 elements as one hex string
// anyway, the C API cannot read f16 data back out of a dense_resource, and
// `--lower-norms` folds gamma * sqrt(D) only for dense constants.
//
//===----------------------------------------------------------------------===//

#include "import_internal.h"

#include "conventions.h"
#include "dialect/fp16.h"
#include "dialect/packed.h"
#include "mlir_types.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool milIsMaterializable(MilDType dtype) {
  return dtype == MIL_DT_FP16 || dtype == MIL_DT_FP32 ||
         dtype == MIL_DT_INT32 || dtype == MIL_DT_INT8 ||
         dtype == MIL_DT_UINT8 || dtype == MIL_DT_BOOL;
}

//===----------------------------------------------------------------------===//
// BLOBFILE
//===----------------------------------------------------------------------===//

// The path of a BLOBFILE inside the weights folder: `@model_path/` names
// the folder itself; other paths are relative to it too (the reader refuses
// absolute paths, `..` and symlinks).
static const char *relativeBlobPath(const char *path) {
  size_t prefix = strlen(MIL_MODEL_PATH_PREFIX);
  return strncmp(path, MIL_MODEL_PATH_PREFIX, prefix) == 0 ? path + prefix
                                                           : path;
}

// Reads the data of a BLOBFILE literal (checked against its declared type).
// The data is owned by the blob reader.
static const void *readBlob(MilImporter *im, const MilLiteral *lit,
                            size_t *bytes) {
  MilDType dtype = lit->type.dtype;
  uint32_t code = milDTypeBlobCode(dtype);
  unsigned bits = milDTypeBits(dtype);
  if (!code) {
    milImportError(im, lit->pos, "dtype %s cannot be stored in a BLOBFILE",
                   milDTypeName(dtype));
    return NULL;
  }
  int64_t size; // sub-byte data packed as dialect/packed.h describes
  if (!anePackedBytes(lit->count, bits % 8 ? bits : 8, &size) ||
      (bits % 8 == 0 && size > INT64_MAX / (bits / 8))) {
    milImportError(im, lit->pos, "BLOBFILE tensor is too large");
    return NULL;
  }
  if (bits % 8 == 0)
    size *= bits / 8;
  const char *path = relativeBlobPath(lit->blobPath);
  const void *data;
  bool aboutFile;
  char why[768];
  if (!milBlobRead(im->blobs, path, lit->blobOffset, code, (uint64_t)size,
                   &data, &aboutFile, why, sizeof(why))) {
    if (why[0]) // else: reported at the first reference to this blob
      milImportError(im, aboutFile ? lit->blobPathPos : lit->blobOffsetPos,
                     "%s", why);
    return NULL;
  }
  *bytes = (size_t)size;
  return data;
}

// Reads element `i` of raw little-endian data of `dtype`.
static double rawFloat(const unsigned char *p, MilDType dtype, size_t i) {
  if (dtype == MIL_DT_FP16) {
    uint16_t h;
    memcpy(&h, p + 2 * i, 2);
    return aneHalfToFloat(h);
  }
  float f;
  memcpy(&f, p + 4 * i, 4);
  return f;
}

static int64_t rawInt(const unsigned char *p, MilDType dtype, size_t i) {
  switch (milDTypeBits(dtype)) {
  case 8:
    return milDTypeIsUnsigned(dtype) ? (int64_t)p[i] : (int64_t)(int8_t)p[i];
  case 16: {
    uint16_t v;
    memcpy(&v, p + 2 * i, 2);
    return milDTypeIsUnsigned(dtype) ? (int64_t)v : (int64_t)(int16_t)v;
  }
  default: {
    uint32_t v;
    memcpy(&v, p + 4 * i, 4);
    return milDTypeIsUnsigned(dtype) ? (int64_t)v : (int64_t)(int32_t)v;
  }
  }
}

const MilLiteral *milLoadLiteral(MilImporter *im, const MilLiteral *lit) {
  if (lit->kind != MIL_LIT_BLOBFILE)
    return lit;
  if (milDTypeBits(lit->type.dtype) % 8 != 0) {
    milImportError(im, lit->pos,
                   "sub-byte BLOBFILE data (%s) is supported only as the "
                   "packed data of a constexpr_* op",
                   milDTypeName(lit->type.dtype));
    return NULL;
  }
  size_t bytes;
  const unsigned char *data = readBlob(im, lit, &bytes);
  if (!data)
    return NULL;
  MilLiteral *loaded = milArenaAlloc(&im->scratch, sizeof(MilLiteral));
  size_t n = (size_t)lit->count;
  bool isFloat = milDTypeIsFloat(lit->type.dtype);
  if (loaded) {
    *loaded = *lit;
    loaded->kind = MIL_LIT_VALUES;
    if (isFloat)
      loaded->floats = milArenaArray(&im->scratch, n, sizeof(double));
    else
      loaded->ints = milArenaArray(&im->scratch, n, sizeof(int64_t));
  }
  if (!loaded || (isFloat ? !loaded->floats : !loaded->ints)) {
    milImportError(im, lit->pos, "out of memory");
    return NULL;
  }
  for (size_t i = 0; i < n; ++i) {
    if (isFloat)
      loaded->floats[i] = rawFloat(data, lit->type.dtype, i);
    else
      loaded->ints[i] = rawInt(data, lit->type.dtype, i);
  }
  return loaded;
}

//===----------------------------------------------------------------------===//
// Dense attributes
//===----------------------------------------------------------------------===//

// Packs element `i` of inline values into `out` (little-endian, host order).
static void packValue(const MilLiteral *lit, size_t i, unsigned char *out) {
  MilDType dtype = lit->type.dtype;
  if (dtype == MIL_DT_FP16) {
    uint16_t h = aneFloatToHalf((float)lit->floats[i]);
    memcpy(out, &h, 2);
  } else if (dtype == MIL_DT_FP32) {
    float f = (float)lit->floats[i];
    memcpy(out, &f, 4);
  } else if (dtype == MIL_DT_FP64) {
    memcpy(out, &lit->floats[i], 8);
  } else {
    int64_t v = lit->ints[i];
    switch (milDTypeBits(dtype)) {
    case 8: {
      uint8_t x = (uint8_t)v;
      memcpy(out, &x, 1);
      break;
    }
    case 16: {
      uint16_t x = (uint16_t)v;
      memcpy(out, &x, 2);
      break;
    }
    case 32: {
      uint32_t x = (uint32_t)v;
      memcpy(out, &x, 4);
      break;
    }
    default:
      memcpy(out, &v, 8);
      break;
    }
  }
}

static bool allEqual(const unsigned char *data, size_t count, size_t width) {
  for (size_t i = 1; i < count; ++i)
    if (memcmp(data, data + i * width, width) != 0)
      return false;
  return true;
}

MlirAttribute milLiteralToDense(MilImporter *im, const MilLiteral *lit,
                                MlirType type) {
  MlirAttribute none = mlirAttributeGetNull();
  MilDType dtype = lit->type.dtype;
  size_t count = (size_t)lit->count;
  if (dtype == MIL_DT_STRING) {
    milImportError(im, lit->pos, "a string tensor has no MLIR equivalent");
    return none;
  }
  if (dtype == MIL_DT_BOOL) {
    const MilLiteral *values = milLoadLiteral(im, lit);
    if (!values)
      return none;
    int *bits = calloc(count ? count : 1, sizeof(int));
    if (!bits) {
      milImportError(im, lit->pos, "out of memory");
      return none;
    }
    for (size_t i = 0; i < count; ++i)
      bits[i] = values->ints[i] != 0;
    bool splat = count > 0 && allEqual((const unsigned char *)bits, count,
                                       sizeof(int));
    MlirAttribute attr = mlirDenseElementsAttrBoolGet(
        type, splat ? 1 : (intptr_t)count, bits);
    free(bits);
    return attr;
  }
  unsigned bits = milDTypeBits(dtype);
  if (bits % 8 != 0) {
    milImportError(im, lit->pos, "sub-byte dtype %s is not supported",
                   milDTypeName(dtype));
    return none;
  }
  size_t width = bits / 8, bytes = 0;
  const unsigned char *data;
  unsigned char *packed = NULL; // inline values, owned here
  if (lit->kind == MIL_LIT_BLOBFILE) {
    data = readBlob(im, lit, &bytes);
    if (!data)
      return none;
  } else {
    bytes = count * width;
    data = packed = malloc(bytes ? bytes : 1);
    if (!packed) {
      milImportError(im, lit->pos, "out of memory");
      return none;
    }
    for (size_t i = 0; i < count; ++i)
      packValue(lit, i, packed + i * width);
  }
  if (count > 1 && allEqual(data, count, width))
    bytes = width; // a splat
  MlirAttribute attr = mlirDenseElementsAttrRawBufferGet(type, bytes, data);
  free(packed);
  if (mlirAttributeIsNull(attr))
    milImportError(im, lit->pos, "cannot build a constant of this type");
  return attr;
}

MlirAttribute milLiteralToPacked(MilImporter *im, const MilLiteral *lit) {
  MlirAttribute none = mlirAttributeGetNull();
  MilDType dtype = lit->type.dtype;
  unsigned bits = milDTypeBits(dtype);
  int64_t size;
  if (lit->count <= 0 || !anePackedBytes(lit->count, bits, &size)) {
    milImportError(im, lit->pos, "packed data needs at least one element");
    return none;
  }
  const unsigned char *data;
  unsigned char *packed = NULL; // inline values, owned here
  if (lit->kind == MIL_LIT_BLOBFILE) {
    size_t bytes;
    data = readBlob(im, lit, &bytes);
    if (!data)
      return none;
  } else {
    data = packed = calloc((size_t)size, 1);
    if (!packed) {
      milImportError(im, lit->pos, "out of memory");
      return none;
    }
    int64_t min, max;
    milDTypeIntRange(dtype, &min, &max);
    for (int64_t i = 0; i < lit->count; ++i) {
      int64_t v = lit->ints[i];
      if (v < min || v > max) {
        free(packed);
        milImportError(im, lit->pos, "value %lld does not fit %s",
                       (long long)v, milDTypeName(dtype));
        return none;
      }
      // LSB first; an element may straddle two bytes (3 and 6 bits).
      uint32_t u = (uint32_t)v & ((1u << bits) - 1u);
      int64_t bit = i * bits;
      packed[bit / 8] |= (unsigned char)(u << (bit % 8));
      if (bit % 8 + bits > 8)
        packed[bit / 8 + 1] |= (unsigned char)(u >> (8 - bit % 8));
    }
  }
  int64_t dim = size;
  MlirType type = mlirRankedTensorTypeGet(
      1, &dim, mlirIntegerTypeUnsignedGet(im->context, 8),
      mlirAttributeGetNull());
  bool splat = size > 1 && allEqual(data, (size_t)size, 1);
  MlirAttribute attr =
      mlirDenseElementsAttrRawBufferGet(type, splat ? 1 : (size_t)size, data);
  free(packed);
  if (mlirAttributeIsNull(attr))
    milImportError(im, lit->pos, "cannot build a constant of this type");
  return attr;
}

//===----------------------------------------------------------------------===//
// arith.constant
//===----------------------------------------------------------------------===//

static MlirValue appendConstant(MilImporter *im, MlirAttribute value,
                                const char *name, MilPos pos) {
  MlirOperationState state =
      mlirOperationStateGet(mlirStringRefCreateFromCString("arith.constant"),
                            milImportNamedLoc(im, name, pos));
  MlirType type = mlirAttributeGetType(value);
  mlirOperationStateAddResults(&state, 1, &type);
  MlirNamedAttribute attr = mlirNamedAttributeGet(
      mlirIdentifierGet(im->context, mlirStringRefCreateFromCString("value")),
      value);
  mlirOperationStateAddAttributes(&state, 1, &attr);
  MlirOperation op = mlirOperationCreate(&state);
  milAppendOp(im, op);
  return mlirOperationGetResult(op, 0);
}

MlirValue milMaterializeLiteral(MilImporter *im, const MilLiteral *lit,
                                const char *name, MilPos pos) {
  MlirValue none = {NULL};
  if (lit->kind == MIL_LIT_DICT || !milIsMaterializable(lit->type.dtype)) {
    milImportError(im, lit->pos,
                   "a %s value cannot be an ANE tensor (the dialect's "
                   "tensors are fp16, fp32, int32, int8, uint8 or bool)",
                   lit->kind == MIL_LIT_DICT ? "dict"
                                             : milDTypeName(lit->type.dtype));
    return none;
  }
  for (int i = 0; lit->type.isTensor && i < lit->type.rank; ++i)
    if (lit->type.dims[i] <= 0) {
      milImportError(im, lit->pos, "a constant tensor needs positive dims");
      return none;
    }
  MlirType type = milTypeToMlir(im->context, &lit->type, true);
  MlirAttribute value = milLiteralToDense(im, lit, type);
  if (mlirAttributeIsNull(value))
    return none;
  return appendConstant(im, value, name, pos);
}

MlirValue milMaterializeSplat(MilImporter *im, MlirType type, double value,
                              const char *name, MilPos pos) {
  MlirType element = mlirShapedTypeGetElementType(type);
  unsigned char data[4];
  size_t width = 4;
  if (mlirTypeIsAF16(element)) {
    uint16_t h = aneFloatToHalf((float)value);
    memcpy(data, &h, 2);
    width = 2;
  } else if (mlirTypeIsAF32(element)) {
    float f = (float)value;
    memcpy(data, &f, 4);
  } else {
    int32_t v = (int32_t)value;
    memcpy(data, &v, 4);
  }
  MlirAttribute attr = mlirDenseElementsAttrRawBufferGet(type, width, data);
  if (mlirAttributeIsNull(attr)) {
    milImportError(im, pos, "cannot build a constant of this type");
    return (MlirValue){NULL};
  }
  return appendConstant(im, attr, name, pos);
}
