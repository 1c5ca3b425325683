//===- exporter.c - ANE dialect module -> MIL text + weight file -----------===//
//
// The program and function level of the export: the header and buildInfo,
// one `func NAME<ios18>` per func.func, MIL names for every value
// (conventions.h: argument/result names, NameLoc names, `var_<n>`),
// constants inline or in the weight file, and the outputs. The op level is
// in export_ops.c.
//
//===----------------------------------------------------------------------===//

#include "export_internal.h"

#include "conventions.h"
#include "dialect/fp16.h"
#include "lexer.h"
#include "dialect/packed.h"
#include "mlir_types.h"
#include "dialect/shape.h"
#include "support/format.h"
#include "support/checked_math.h"
#include "support/hash_map.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/Diagnostics.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool milExportError(MlirOperation op, const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  aneEmitErrorV(mlirOperationGetLocation(op), fmt, args);
  va_end(args);
  return false;
}

static MlirStringRef ref(const char *s) {
  return mlirStringRefCreateFromCString(s);
}

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

// The name maps: by string content (`byName`) or by pointer.
static const char *mapFind(const AneHashMap *m, const void *key, bool byName) {
  void **slot = aneHashMapFind(m, key,
                               byName ? strlen(key) : ANE_HASH_POINTER_KEY);
  return slot ? *slot : NULL;
}

static bool mapInsert(AneHashMap *m, const void *key, const char *name,
                      bool byName) {
  return aneHashMapPut(m, key, byName ? strlen(key) : ANE_HASH_POINTER_KEY,
                       (void *)name);
}

// Words that read as something else where a name is expected.
static bool isReserved(const char *s) {
  static const char *const words[] = {
      "tensor", "dict", "list",  "tuple", "BLOBFILE", "true", "false",
      "True",   "False", "inf",  "nan",   "func",     "program", "const",
      NULL};
  for (size_t i = 0; words[i]; ++i)
    if (strcmp(s, words[i]) == 0)
      return true;
  return milDTypeFromName(s, strlen(s)) != MIL_DT_INVALID;
}

const char *milClaimName(MilExporter *ex, const char *desired) {
  size_t n = strlen(desired);
  char *base = milArenaAlloc(&ex->arena, n + 8);
  if (!base)
    return NULL;
  size_t k = 0;
  if (n == 0 || (desired[0] >= '0' && desired[0] <= '9'))
    k += (size_t)snprintf(base, 8, "v_");
  for (size_t i = 0; i < n; ++i) {
    char c = desired[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '_';
    base[k++] = ok ? c : '_';
  }
  base[k] = '\0';
  if (isReserved(base)) {
    base[k++] = '_';
    base[k] = '\0';
  }
  const char *name = base;
  for (unsigned i = 1; mapFind(&ex->used, name, true); ++i) {
    char *candidate = milArenaAlloc(&ex->arena, k + 16);
    if (!candidate)
      return NULL;
    snprintf(candidate, k + 16, "%s_%u", base, i);
    name = candidate;
  }
  return mapInsert(&ex->used, name, name, true) ? name : NULL;
}

const char *milValueName(MilExporter *ex, MlirValue value) {
  return mapFind(&ex->values, value.ptr, false);
}

static bool setValueName(MilExporter *ex, MlirValue value, const char *name) {
  return name && mapInsert(&ex->values, value.ptr, name, false);
}

// The name a NameLoc carries ("t3"(file:l:c)), if any.
static bool locationName(MlirLocation loc, char *out, size_t size) {
  if (!mlirLocationIsAName(loc))
    return false;
  MlirStringRef s = mlirIdentifierStr(mlirLocationNameGetName(loc));
  if (s.length == 0 || s.length >= size)
    return false;
  memcpy(out, s.data, s.length);
  out[s.length] = '\0';
  return true;
}

// Names the results of `op` not yet named (outputs were named first): from
// the op's NameLoc, or from the one NameLoc per result that the importer
// fuses for a statement with several results.
static bool nameResults(MilExporter *ex, MlirOperation op) {
  intptr_t n = mlirOperationGetNumResults(op);
  MlirLocation loc = mlirOperationGetLocation(op);
  MlirLocation *parts = NULL;
  if (n > 1 && mlirLocationIsAFused(loc) &&
      mlirLocationFusedGetNumLocations(loc) == (unsigned)n &&
      (parts = malloc((size_t)n * sizeof(MlirLocation))))
    mlirLocationFusedGetLocations(loc, parts);
  char desired[256];
  bool hasLocName =
      locationName(parts ? parts[0] : loc, desired, sizeof(desired) - 16);
  for (intptr_t i = 0; i < n; ++i) {
    MlirValue v = mlirOperationGetResult(op, i);
    if (milValueName(ex, v))
      continue;
    char buf[300], own[256];
    if (parts && locationName(parts[i], own, sizeof(own)))
      snprintf(buf, sizeof(buf), "%s", own);
    else if (hasLocName)
      snprintf(buf, sizeof(buf), i ? "%s_%ld" : "%s", desired, (long)i);
    else
      snprintf(buf, sizeof(buf), "var_%u", ex->nextVar++);
    if (!setValueName(ex, v, milClaimName(ex, buf))) {
      free(parts);
      return milExportError(op, "out of memory");
    }
  }
  free(parts);
  return true;
}

// The `mil.name` of entry `i` of an arg_attrs/res_attrs array, or NULL.
static const char *interfaceName(MilExporter *ex, MlirOperation func,
                                 const char *attrName, intptr_t i) {
  MlirAttribute all = mlirOperationGetAttributeByName(func, ref(attrName));
  if (mlirAttributeIsNull(all) || !mlirAttributeIsAArray(all) ||
      i >= mlirArrayAttrGetNumElements(all))
    return NULL;
  MlirAttribute dict = mlirArrayAttrGetElement(all, i);
  if (!mlirAttributeIsADictionary(dict))
    return NULL;
  MlirAttribute name =
      mlirDictionaryAttrGetElementByName(dict, ref(MIL_ATTR_NAME));
  if (mlirAttributeIsNull(name) || !mlirAttributeIsAString(name))
    return NULL;
  MlirStringRef s = mlirStringAttrGetValue(name);
  return milArenaStrndup(&ex->arena, s.data, s.length);
}

//===----------------------------------------------------------------------===//
// Types and constants
//===----------------------------------------------------------------------===//

// dtype, rank and dims of a ranked tensor type with a MIL dtype; a dynamic
// dim (-1 in `dims`, MIL's `?`) only where `allowDynamic` (value types, not
// constants).
static bool typeInfo(MlirType type, bool allowDynamic, MilDType *dtype,
                     int *rank, int64_t *dims) {
  if (!mlirTypeIsARankedTensor(type))
    return false;
  *dtype = milDTypeFromMlir(mlirShapedTypeGetElementType(type));
  intptr_t r = mlirShapedTypeGetRank(type);
  if (*dtype == MIL_DT_INVALID || r > MIL_MAX_RANK)
    return false;
  *rank = (int)r;
  for (intptr_t i = 0; i < r; ++i) {
    dims[i] = mlirShapedTypeGetDimSize(type, i);
    if (mlirShapedTypeIsDynamicSize(dims[i])) {
      if (!allowDynamic)
        return false;
      dims[i] = -1;
    }
  }
  return true;
}

bool milAppendValueType(MilExporter *ex, MlirOperation op, MlirType type) {
  MilDType dtype;
  int rank;
  int64_t dims[MIL_MAX_RANK];
  if (!typeInfo(type, true, &dtype, &rank, dims)) {
    char text[200];
    aneTypeFormat(type, text, sizeof(text));
    return milExportError(op,
                          "cannot export a value of type %s to MIL: only "
                          "ranked tensors of float, integer and bool "
                          "elements have a MIL type",
                          text);
  }
  // A rank-0 tensor is written as a scalar (program(1.3) style).
  milTextAppendType(&ex->out->text, dtype, rank ? rank : -1, dims);
  return true;
}

// Appends one element of raw dense data as a MIL literal value.
static void appendElement(AneBuffer *t, MilDType dtype, const unsigned char *p) {
  char buf[64];
  switch (dtype) {
  case MIL_DT_FP16: {
    uint16_t h;
    memcpy(&h, p, 2);
    milFormatFloat(aneHalfToFloat(h), buf, sizeof(buf));
    aneBufferAppendString(t, buf);
    return;
  }
  case MIL_DT_FP32: {
    float f;
    memcpy(&f, p, 4);
    milFormatFloat(f, buf, sizeof(buf));
    aneBufferAppendString(t, buf);
    return;
  }
  case MIL_DT_FP64: {
    double d;
    memcpy(&d, p, 8);
    milFormatFloat(d, buf, sizeof(buf));
    aneBufferAppendString(t, buf);
    return;
  }
  default:
    break;
  }
  unsigned bits = milDTypeBits(dtype);
  bool isUnsigned = milDTypeIsUnsigned(dtype);
  int64_t v = 0;
  if (bits == 8) {
    v = isUnsigned ? (int64_t)p[0] : (int64_t)(int8_t)p[0];
  } else if (bits == 16) {
    uint16_t x;
    memcpy(&x, p, 2);
    v = isUnsigned ? (int64_t)x : (int64_t)(int16_t)x;
  } else if (bits == 32) {
    uint32_t x;
    memcpy(&x, p, 4);
    v = isUnsigned ? (int64_t)x : (int64_t)(int32_t)x;
  } else {
    uint64_t x;
    memcpy(&x, p, 8);
    if (isUnsigned) {
      aneBufferAppendf(t, "%llu", (unsigned long long)x);
      return;
    }
    v = (int64_t)x;
  }
  aneBufferAppendf(t, "%lld", (long long)v);
}

// Nested-bracket list of `count` elements of shape `dims[0..rank)`.
static void appendList(AneBuffer *t, MilDType dtype, const unsigned char *data,
                       size_t width, bool splat, bool isBool,
                       MlirAttribute attr, int rank, const int64_t *dims,
                       int64_t *next) {
  aneBufferAppendString(t, "[");
  for (int64_t i = 0; i < dims[0]; ++i) {
    if (i)
      aneBufferAppendString(t, ", ");
    if (rank > 1) {
      appendList(t, dtype, data, width, splat, isBool, attr, rank - 1,
                 dims + 1, next);
      continue;
    }
    int64_t k = splat ? 0 : (*next)++;
    if (isBool)
      aneBufferAppendString(
          t, mlirDenseElementsAttrGetBoolValue(attr, (intptr_t)k) ? "true"
                                                                  : "false");
    else
      appendElement(t, dtype, data + (size_t)k * width);
  }
  aneBufferAppendString(t, "]");
}

enum { kMinIntegerBlobElements = 10 };

static bool blobEligible(MilDType dtype) {
  switch (dtype) {
  case MIL_DT_FP16:
  case MIL_DT_FP32:
  case MIL_DT_INT8:
  case MIL_DT_UINT8:
  case MIL_DT_INT16:
  case MIL_DT_UINT16:
  case MIL_DT_INT32:
  case MIL_DT_UINT32:
    return true;
  default:
    return false;
  }
}

// Checks that writing `more` bytes keeps the export within
// options.maxOutputBytes; reports at `op` otherwise.
static bool withinOutputBudget(MilExporter *ex, MlirOperation op,
                               uint64_t more) {
  uint64_t limit = ex->options.maxOutputBytes;
  uint64_t written = ex->out->text.length + ex->out->weights.bytes.length;
  if (!limit || (more <= limit && written <= limit - more))
    return true;
  return milExportError(
      op,
      "cannot export this constant: it adds %llu bytes to the %llu already "
      "written, past the output budget of %llu bytes (--max-memory)",
      (unsigned long long)more, (unsigned long long)written,
      (unsigned long long)limit);
}

// The BLOBFILE reference to the weight record just written at `offset`,
// remembered under `key` (the attribute's storage) so data used twice is
// written once; NULL, after the error, when memory runs out.
static const char *blobReference(MilExporter *ex, MlirOperation op,
                                 const void *key, uint64_t offset) {
  char *text = ex->out->weights.bytes.outOfMemory
                   ? NULL
                   : milArenaAlloc(&ex->arena, 96 + sizeof(MIL_WEIGHTS_REF));
  if (text) {
    snprintf(text, 96 + sizeof(MIL_WEIGHTS_REF),
             "(BLOBFILE(path = string(\"%s\"), offset = uint64(%llu)))",
             MIL_WEIGHTS_REF, (unsigned long long)offset);
    if (mapInsert(&ex->blobRefs, key, text, false))
      return text;
  }
  milExportError(op, "out of memory");
  return NULL;
}

// Appends the literal of a dense elements attribute (inline or BLOBFILE).
static bool appendDenseLiteral(MilExporter *ex, MlirOperation op,
                               MlirAttribute attr) {
  AneBuffer *t = &ex->out->text;
  if (!mlirAttributeIsADenseElements(attr))
    return milExportError(op, "cannot export this constant: only dense "
                              "elements attributes are supported (not "
                              "dense_resource, sparse or strings)");
  MlirType type = mlirAttributeGetType(attr);
  MilDType dtype;
  int rank;
  int64_t dims[MIL_MAX_RANK];
  if (!typeInfo(type, false, &dtype, &rank, dims) || dtype == MIL_DT_STRING)
    return milExportError(op, "cannot export a constant of this type to MIL");
  unsigned bits = milDTypeBits(dtype);
  if (dtype != MIL_DT_BOOL && bits % 8 != 0)
    return milExportError(op, "cannot export sub-byte %s constants",
                          milDTypeName(dtype));
  int64_t count;
  if (!aneCheckedElementCount(dims, rank, &count))
    return milExportError(op, "cannot export this constant: its element "
                              "count overflows 64 bits");
  bool splat = mlirDenseElementsAttrIsSplat(attr);
  bool isBool = dtype == MIL_DT_BOOL;
  size_t width = isBool ? 0 : bits / 8;
  const unsigned char *data =
      isBool ? NULL : mlirDenseElementsAttrGetRawData(attr);
  // Float tensors from the threshold (default 10, coremltools' rule);
  // integer tensors (iOS18: int8 ... uint32) from coremltools' 10 always, so
  // parameter lists such as a reshape shape stay inline.
  int64_t threshold = milDTypeIsFloat(dtype) ? ex->options.minBlobElements
                                             : kMinIntegerBlobElements;
  if (blobEligible(dtype) && count >= threshold && count > 0) {
    const char *literal = mapFind(&ex->blobRefs, attr.ptr, false);
    if (!literal) {
      size_t bytes;
      if (!aneCheckedByteSize(count, width, &bytes) ||
          !withinOutputBudget(ex, op, bytes))
        return false;
      uint64_t offset =
          splat ? milBlobWriterAddSplat(&ex->out->weights,
                                        milDTypeBlobCode(dtype), data, width,
                                        (uint64_t)count)
                : milBlobWriterAdd(&ex->out->weights, milDTypeBlobCode(dtype),
                                   data, bytes);
      literal = blobReference(ex, op, attr.ptr, offset);
      if (!literal)
        return false;
    }
    milTextAppendType(t, dtype, rank ? rank : -1, dims);
    aneBufferAppendString(t, literal);
    return true;
  }
  // Inline: at most ~24 characters per element ("-0x1.123456p-127, ").
  int64_t estimate;
  if (!aneCheckedMulI64(count, 24, &estimate) ||
      !withinOutputBudget(ex, op, (uint64_t)estimate))
    return false;
  milTextAppendType(t, dtype, rank ? rank : -1, dims);
  aneBufferAppendString(t, "(");
  int64_t next = 0;
  if (rank == 0) {
    if (isBool)
      aneBufferAppendString(
          t, mlirDenseElementsAttrGetBoolValue(attr, 0) ? "true" : "false");
    else
      appendElement(t, dtype, data);
  } else {
    appendList(t, dtype, data, width, splat, isBool, attr, rank, dims, &next);
  }
  aneBufferAppendString(t, ")");
  return true;
}

// Appends `s` as a MIL string literal; false (nothing appended) if it holds
// a byte MIL strings cannot escape.
static bool appendQuoted(AneBuffer *t, MlirStringRef s) {
  if (!milIsWritableString(s))
    return false;
  aneBufferAppendString(t, "\"");
  for (size_t i = 0; i < s.length; ++i) {
    char c = s.data[i];
    if (c == '"' || c == '\\')
      aneBufferAppendf(t, "\\%c", c);
    else if (c == '\n')
      aneBufferAppendString(t, "\\n");
    else if (c == '\t')
      aneBufferAppendString(t, "\\t");
    else
      aneBufferAppendBytes(t, &c, 1);
  }
  aneBufferAppendString(t, "\"");
  return true;
}

// The error for a string MIL cannot hold.
static bool unwritableString(MlirOperation op, const char *what,
                             MlirStringRef s) {
  char shown[160];
  return milExportError(op,
                        "cannot export %s \"%s\": it holds a control byte "
                        "that MIL strings cannot escape",
                        what, milFormatForMessage(s, shown, sizeof(shown)));
}

// Appends the literal of a scalar attribute (float, integer, bool, string).
static bool appendScalarLiteral(MilExporter *ex, MlirOperation op,
                                MlirAttribute attr) {
  AneBuffer *t = &ex->out->text;
  if (mlirAttributeIsAString(attr)) {
    aneBufferAppendString(t, "string(");
    if (!appendQuoted(t, mlirStringAttrGetValue(attr)))
      return unwritableString(op, "the string", mlirStringAttrGetValue(attr));
    aneBufferAppendString(t, ")");
    return true;
  }
  if (mlirAttributeIsABool(attr)) {
    aneBufferAppendf(t, "bool(%s)", mlirBoolAttrGetValue(attr) ? "true" : "false");
    return true;
  }
  MlirType type = mlirAttributeGetType(attr);
  MilDType dtype = milDTypeFromMlir(type);
  if (mlirAttributeIsAFloat(attr) && milDTypeIsFloat(dtype)) {
    char buf[64];
    milFormatFloat(mlirFloatAttrGetValueDouble(attr), buf, sizeof(buf));
    aneBufferAppendf(t, "%s(%s)", milDTypeName(dtype), buf);
    return true;
  }
  if (mlirAttributeIsAInteger(attr) && milDTypeIsInteger(dtype)) {
    if (milDTypeIsUnsigned(dtype))
      aneBufferAppendf(t, "%s(%llu)", milDTypeName(dtype),
                     (unsigned long long)mlirIntegerAttrGetValueUInt(attr));
    else
      aneBufferAppendf(t, "%s(%lld)", milDTypeName(dtype),
                     (long long)mlirIntegerAttrGetValueInt(attr));
    return true;
  }
  return milExportError(op, "cannot export this attribute as a MIL const "
                            "(only float, integer, bool and string scalars "
                            "and dense tensors are)");
}

// The MIL type of a scalar attribute's const.
static const char *scalarTypeName(MlirAttribute attr) {
  if (mlirAttributeIsAString(attr))
    return "string";
  if (mlirAttributeIsABool(attr))
    return "bool";
  return milDTypeName(milDTypeFromMlir(mlirAttributeGetType(attr)));
}

bool milAppendLiteral(MilExporter *ex, MlirOperation op, MlirAttribute value) {
  if (mlirAttributeIsADenseElements(value)) {
    // Dense literals start with their type.
    return appendDenseLiteral(ex, op, value);
  }
  // Scalars are `type(value)` already.
  return appendScalarLiteral(ex, op, value);
}

bool milEmitConst(MilExporter *ex, MlirOperation op, const char *name,
                  MlirAttribute value) {
  AneBuffer *t = &ex->out->text;
  aneBufferAppendString(t, MIL_INDENT_BODY);
  bool dense = mlirAttributeIsADenseElements(value);
  if (dense) {
    if (!milAppendValueType(ex, op, mlirAttributeGetType(value)))
      return false;
  } else {
    aneBufferAppendString(t, scalarTypeName(value));
  }
  aneBufferAppendf(t, " %s = const()[name = string(\"%s\"), val = ", name,
                 name);
  bool ok = dense ? appendDenseLiteral(ex, op, value)
                  : appendScalarLiteral(ex, op, value);
  aneBufferAppendString(t, "];\n");
  return ok;
}

// Nested-bracket list of packed integers (dialect/packed.h).
static void appendPackedList(AneBuffer *t, const uint8_t *data, bool splat,
                             MilDType dtype, int rank, const int64_t *dims,
                             int64_t *next) {
  aneBufferAppendString(t, "[");
  for (int64_t i = 0; i < dims[0]; ++i) {
    if (i)
      aneBufferAppendString(t, ", ");
    if (rank > 1) {
      appendPackedList(t, data, splat, dtype, rank - 1, dims + 1, next);
      continue;
    }
    aneBufferAppendf(t, "%d",
                     (int)anePackedGet(data, splat, (*next)++,
                                       milDTypeBits(dtype),
                                       !milDTypeIsUnsigned(dtype)));
  }
  aneBufferAppendString(t, "]");
}

bool milEmitPackedConst(MilExporter *ex, MlirOperation op, const char *name,
                        MlirAttribute bytes, MilDType dtype, int rank,
                        const int64_t *dims) {
  AneBuffer *t = &ex->out->text;
  int64_t count, size;
  if (!mlirAttributeIsADenseElements(bytes) ||
      !aneCheckedElementCount(dims, rank, &count) ||
      !anePackedBytes(count, milDTypeBits(dtype), &size) ||
      mlirElementsAttrGetNumElements(bytes) != size)
    return milExportError(op, "cannot export '%s': it does not hold %s "
                              "values packed for its shape",
                          name, milDTypeName(dtype));
  const uint8_t *data = mlirDenseElementsAttrGetRawData(bytes);
  bool splat = mlirDenseElementsAttrIsSplat(bytes);
  aneBufferAppendString(t, MIL_INDENT_BODY);
  milTextAppendType(t, dtype, rank, dims);
  aneBufferAppendf(t, " %s = const()[name = string(\"%s\"), val = ", name,
                   name);
  milTextAppendType(t, dtype, rank, dims);
  if (count >= kMinIntegerBlobElements) {
    // One blob per distinct (bytes, dtype and shape), however often used:
    // the pair as an array attribute is uniqued, so its pointer is the key.
    MlirType logical = mlirRankedTensorTypeGet(
        rank, dims, milDTypeToMlir(mlirAttributeGetContext(bytes), dtype),
        mlirAttributeGetNull());
    MlirAttribute pair[2] = {bytes, mlirTypeAttrGet(logical)};
    MlirAttribute key =
        mlirArrayAttrGet(mlirAttributeGetContext(bytes), 2, pair);
    const char *literal = mapFind(&ex->blobRefs, key.ptr, false);
    if (literal) {
      aneBufferAppendf(t, "%s];\n", literal);
      return true;
    }
    // The packed bytes as they are: the weight file gets the same blob.
    if (!withinOutputBudget(ex, op, (uint64_t)size))
      return false;
    uint64_t offset =
        splat ? milBlobWriterAddSplat(&ex->out->weights,
                                      milDTypeBlobCode(dtype), data, 1,
                                      (uint64_t)size)
              : milBlobWriterAdd(&ex->out->weights, milDTypeBlobCode(dtype),
                                 data, (uint64_t)size);
    milBlobWriterSetPaddingBits(&ex->out->weights, offset,
                                (uint64_t)(size * 8 - count *
                                                      milDTypeBits(dtype)));
    const char *text = blobReference(ex, op, key.ptr, offset);
    if (!text)
      return false;
    aneBufferAppendf(t, "%s];\n", text);
    return true;
  }
  int64_t next = 0;
  aneBufferAppendString(t, "(");
  appendPackedList(t, data, splat, dtype, rank, dims, &next);
  aneBufferAppendString(t, ")];\n");
  return true;
}

//===----------------------------------------------------------------------===//
// Functions
//===----------------------------------------------------------------------===//

static bool isOp(MlirOperation op, const char *name) {
  MlirStringRef s = mlirIdentifierStr(mlirOperationGetName(op));
  return s.length == strlen(name) && memcmp(s.data, name, s.length) == 0;
}

static bool exportOp(MilExporter *ex, MlirOperation op) {
  if (!nameResults(ex, op))
    return false;
  MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
  if (isOp(op, "arith.constant")) {
    if (milIsReshapedConst(op))
      return true;
    MlirAttribute value = mlirOperationGetAttributeByName(op, ref("value"));
    if (mlirAttributeIsNull(value) ||
        !(mlirAttributeIsADenseElements(value) ||
          mlirAttributeIsAFloat(value) || mlirAttributeIsAInteger(value)))
      return milExportError(op, "cannot export this constant: only dense "
                                "elements values are supported (not "
                                "dense_resource or sparse)");
    return milEmitConst(ex, op, milValueName(ex, mlirOperationGetResult(op, 0)),
                        value);
  }
  const MilOpInfo *info = milLookupAneOp(name.data, name.length);
  if (info)
    return milExportAneOp(ex, op, info);
  size_t prefix = strlen(MIL_OPAQUE_PREFIX);
  if (name.length > prefix && memcmp(name.data, MIL_OPAQUE_PREFIX, prefix) == 0)
    return milExportOpaqueOp(ex, op);
  return milExportError(op,
                        "cannot export '%.*s' to MIL: only ane.* ops, "
                        "arith.constant and opaque mil.* ops have a MIL "
                        "equivalent",
                        (int)name.length, name.data);
}

// Reads an attribute the importer kept as MIL source text (function or
// program attributes) and checks that it is MIL tokens with balanced
// brackets, so an edited one cannot end its `[...]` early and inject
// statements. A missing attribute gives an empty text.
static bool getVerbatimText(MlirOperation op, const char *name,
                            MlirStringRef *text) {
  MlirAttribute attr = mlirOperationGetAttributeByName(op, ref(name));
  *text = (MlirStringRef){"", 0};
  if (mlirAttributeIsNull(attr))
    return true;
  if (!mlirAttributeIsAString(attr))
    return milExportError(op, "%s must be a string attribute", name);
  *text = mlirStringAttrGetValue(attr);
  char error[128];
  size_t numTokens = 0;
  MilToken *tokens =
      milTokenize(text->data, text->length, &numTokens, error, sizeof(error));
  if (!tokens)
    return milExportError(op, "out of memory");
  // Each closer must match the innermost opener.
  char open[64];
  size_t depth = 0;
  bool balanced = true;
  for (size_t i = 0; balanced && i < numTokens; ++i) {
    MilTokenKind kind = tokens[i].kind;
    char closer = kind == MIL_TOK_LBRACKET ? ']'
                  : kind == MIL_TOK_LPAREN ? ')'
                  : kind == MIL_TOK_LBRACE ? '}'
                                           : 0;
    if (kind == MIL_TOK_ERROR)
      balanced = false;
    else if (closer && (balanced = depth < sizeof(open)))
      open[depth++] = closer;
    else if (kind == MIL_TOK_RBRACKET || kind == MIL_TOK_RPAREN ||
             kind == MIL_TOK_RBRACE)
      balanced = depth > 0 && open[--depth] == *tokens[i].text;
  }
  free(tokens);
  if (!balanced || depth != 0 || text->length == 0)
    return milExportError(op, "%s is not MIL text with balanced brackets",
                          name);
  return true;
}

static bool exportFunction(MilExporter *ex, MlirOperation func) {
  AneBuffer *t = &ex->out->text;
  aneHashMapClear(&ex->used);
  aneHashMapClear(&ex->values);
  ex->nextVar = 0;
  MlirRegion body = mlirOperationGetRegion(func, 0);
  MlirBlock block = mlirRegionGetFirstBlock(body);
  if (mlirBlockIsNull(block))
    return milExportError(func, "cannot export an external function (no "
                                "body)");
  if (!mlirBlockIsNull(mlirBlockGetNextInRegion(block)))
    return milExportError(func, "cannot export a function with more than "
                                "one block");
  MlirOperation ret = mlirBlockGetTerminator(block);
  if (mlirOperationIsNull(ret) || !isOp(ret, "func.return"))
    return milExportError(func, "the function does not end with func.return");

  // The interface first: argument names, then output names.
  intptr_t numArgs = mlirBlockGetNumArguments(block);
  for (intptr_t i = 0; i < numArgs; ++i) {
    char fallback[32];
    milDefaultArgName((size_t)i, fallback, sizeof(fallback));
    const char *desired = interfaceName(ex, func, "arg_attrs", i);
    if (!setValueName(ex, mlirBlockGetArgument(block, i),
                      milClaimName(ex, desired ? desired : fallback)))
      return milExportError(func, "out of memory");
  }
  intptr_t numOutputs = mlirOperationGetNumOperands(ret);
  for (intptr_t i = 0; i < numOutputs; ++i) {
    MlirValue v = mlirOperationGetOperand(ret, i);
    if (milValueName(ex, v))
      continue; // an argument, or a value already returned
    char fallback[32];
    milDefaultResultName((size_t)i, fallback, sizeof(fallback));
    const char *desired = interfaceName(ex, func, "res_attrs", i);
    if (!setValueName(ex, v, milClaimName(ex, desired ? desired : fallback)))
      return milExportError(func, "out of memory");
  }

  MlirStringRef fname = mlirStringAttrGetValue(
      mlirOperationGetAttributeByName(func, ref("sym_name")));
  if (!milIsIdentifier(fname)) {
    char shown[160];
    return milExportError(
        func,
        "cannot export function @\"%s\": MIL function names are "
        "identifiers ([A-Za-z_][A-Za-z0-9_]*)",
        milFormatForMessage(fname, shown, sizeof(shown)));
  }
  aneBufferAppendf(t, MIL_INDENT_FUNC "func %.*s<ios18>(", (int)fname.length,
                 fname.data);
  for (intptr_t i = 0; i < numArgs; ++i) {
    MlirValue arg = mlirBlockGetArgument(block, i);
    if (i)
      aneBufferAppendString(t, ", ");
    if (!milAppendValueType(ex, func, mlirValueGetType(arg)))
      return false;
    const char *argName = milValueName(ex, arg);
    if (!argName)
      return milExportError(func, "out of memory");
    aneBufferAppendf(t, " %s", argName);
  }
  aneBufferAppendString(t, ")");
  MlirStringRef attributes;
  if (!getVerbatimText(func, MIL_ATTR_FUNCTION_ATTRIBUTES, &attributes))
    return false;
  if (attributes.length)
    aneBufferAppendf(t, " [%.*s]", (int)attributes.length, attributes.data);
  aneBufferAppendString(t, " {\n");
  for (MlirOperation op = mlirBlockGetFirstOperation(block);
       !mlirOperationIsNull(op) && !mlirOperationEqual(op, ret);
       op = mlirOperationGetNextInBlock(op))
    if (!exportOp(ex, op))
      return false;
  aneBufferAppendString(t, MIL_INDENT_CLOSE "} -> (");
  for (intptr_t i = 0; i < numOutputs; ++i)
    aneBufferAppendf(t, "%s%s", i ? ", " : "",
                   milValueName(ex, mlirOperationGetOperand(ret, i)));
  aneBufferAppendString(t, ");\n");
  return true;
}

//===----------------------------------------------------------------------===//
// Program
//===----------------------------------------------------------------------===//


static bool appendBuildInfo(MilExporter *ex, MlirOperation module) {
  AneBuffer *t = &ex->out->text;
  MlirAttribute info =
      mlirOperationGetAttributeByName(module, ref(MIL_ATTR_BUILD_INFO));
  aneBufferAppendString(t, "[buildInfo = dict<string, string>({");
  if (mlirAttributeIsNull(info)) {
    for (size_t i = 0; i < milDefaultBuildInfoCount; ++i)
      aneBufferAppendf(t, "%s{\"%s\", \"%s\"}", i ? ", " : "",
                     milDefaultBuildInfo[i][0], milDefaultBuildInfo[i][1]);
  } else {
    if (!mlirAttributeIsADictionary(info))
      return milExportError(module, MIL_ATTR_BUILD_INFO
                            " must be a dictionary of strings");
    intptr_t n = mlirDictionaryAttrGetNumElements(info);
    for (intptr_t i = 0; i < n; ++i) {
      MlirNamedAttribute pair = mlirDictionaryAttrGetElement(info, i);
      if (!mlirAttributeIsAString(pair.attribute))
        return milExportError(module, MIL_ATTR_BUILD_INFO
                              " must be a dictionary of strings");
      aneBufferAppendString(t, i ? ", {" : "{");
      MlirStringRef key = mlirIdentifierStr(pair.name);
      MlirStringRef value = mlirStringAttrGetValue(pair.attribute);
      if (!appendQuoted(t, key))
        return unwritableString(module, "the buildInfo key", key);
      aneBufferAppendString(t, ", ");
      if (!appendQuoted(t, value))
        return unwritableString(module, "the buildInfo value", value);
      aneBufferAppendString(t, "}");
    }
  }
  aneBufferAppendString(t, "})");
  MlirStringRef others;
  if (!getVerbatimText(module, MIL_ATTR_PROGRAM_ATTRIBUTES, &others))
    return false;
  if (others.length)
    aneBufferAppendf(t, ", %.*s", (int)others.length, others.data);
  aneBufferAppendString(t, "]\n");
  return true;
}

bool milExportModule(MlirOperation module, const MilExportOptions *options,
                     MilExport *out) {
  memset(out, 0, sizeof(*out));
  milBlobWriterInit(&out->weights);
  MilExporter ex = {0};
  ex.options = *options;
  ex.out = out;
  AneBuffer *t = &out->text;
  aneBufferAppendString(t, "program(1.3)\n");
  bool ok = appendBuildInfo(&ex, module);
  aneBufferAppendString(t, "{\n");
  MlirBlock body = mlirRegionGetFirstBlock(mlirOperationGetRegion(module, 0));
  bool any = false;
  for (MlirOperation op = mlirBlockGetFirstOperation(body);
       ok && !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op)) {
    if (!isOp(op, "func.func")) {
      MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
      ok = milExportError(op,
                          "cannot export '%.*s': a MIL program holds only "
                          "functions",
                          (int)name.length, name.data);
      break;
    }
    ok = exportFunction(&ex, op);
    any = true;
  }
  if (ok && !any)
    ok = milExportError(module, "cannot export a module without functions");
  aneBufferAppendString(t, "}\n");
  if (ok && (t->outOfMemory || out->weights.bytes.outOfMemory))
    ok = milExportError(module, "out of memory");
  aneHashMapClear(&ex.used);
  aneHashMapClear(&ex.values);
  aneHashMapClear(&ex.blobRefs);
  milArenaDestroy(&ex.arena);
  return ok;
}

void milExportDestroy(MilExport *out) {
  aneBufferDestroy(&out->text);
  milBlobWriterDestroy(&out->weights);
}
