//===- shape.c - Tensor shape helpers -------------------------------------===//
//
// See shape.h. Everything here is total: any MlirType/MlirAttribute (even
// null) and any int64 value is handled without crashing or overflowing.
//
//===----------------------------------------------------------------------===//

#include "shape.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

int64_t aneTensorRank(MlirType type) {
  if (mlirTypeIsNull(type) || !mlirTypeIsARankedTensor(type))
    return -1;
  return mlirShapedTypeGetRank(type);
}

AneElementKind aneElementKindOf(MlirType elementType) {
  if (mlirTypeIsNull(elementType))
    return AneElementOther;
  if (mlirTypeIsAF16(elementType))
    return AneElementF16;
  if (mlirTypeIsAF32(elementType))
    return AneElementF32;
  // Only signless i32: si32/ui32 have no ANE counterpart.
  if (mlirTypeIsAInteger(elementType) &&
      mlirIntegerTypeGetWidth(elementType) == 32 &&
      mlirIntegerTypeIsSignless(elementType))
    return AneElementI32;
  if (mlirTypeIsAInteger(elementType) &&
      mlirIntegerTypeGetWidth(elementType) == 1)
    return AneElementBool;
  // i8 and ui8 (MIL's int8 and uint8); si8 has no MIL counterpart.
  if (mlirTypeIsAInteger(elementType) &&
      mlirIntegerTypeGetWidth(elementType) == 8)
    return mlirIntegerTypeIsUnsigned(elementType)   ? AneElementU8
           : mlirIntegerTypeIsSignless(elementType) ? AneElementI8
                                                    : AneElementOther;
  return AneElementOther;
}

bool aneShapeFromType(MlirType type, AneShape *out) {
  out->rank = 0;
  int64_t rank = aneTensorRank(type);
  if (rank < 0 || rank > ANE_MAX_RANK)
    return false;
  for (int64_t i = 0; i < rank; ++i) {
    // Normalize through the C API predicate rather than trusting the
    // sentinel's value, so this keeps working if MLIR changes it.
    out->dims[i] = mlirShapedTypeIsDynamicDim(type, (intptr_t)i)
                       ? ANE_DYNAMIC_DIM
                       : mlirShapedTypeGetDimSize(type, (intptr_t)i);
  }
  out->rank = rank;
  return true;
}

//===----------------------------------------------------------------------===//
// Dimensions and shapes
//===----------------------------------------------------------------------===//

bool aneShapesCompatible(const AneShape *a, const AneShape *b) {
  if (a->rank != b->rank)
    return false;
  for (int64_t i = 0; i < a->rank; ++i)
    if (!aneDimsCompatible(a->dims[i], b->dims[i]))
      return false;
  return true;
}

bool aneShapeIsStatic(const AneShape *shape) {
  for (int64_t i = 0; i < shape->rank; ++i)
    if (aneDimIsDynamic(shape->dims[i]))
      return false;
  return true;
}

bool aneShapeNumElements(const AneShape *shape, int64_t *count) {
  int64_t n = 1;
  for (int64_t i = 0; i < shape->rank; ++i) {
    int64_t d = shape->dims[i];
    if (d < 0)
      return false; // dynamic (INT64_MIN) or malformed
    if (d != 0 && n > INT64_MAX / d)
      return false;
    n *= d;
  }
  *count = n;
  return true;
}

// Broadcasts one pair of aligned dims; false if incompatible.
static bool broadcastDim(int64_t a, int64_t b, int64_t *out) {
  if (a == b || b == 1) {
    *out = a;
    return true;
  }
  if (a == 1) {
    *out = b;
    return true;
  }
  // A dynamic dim must be 1 or the other size at run time; either way the
  // known size wins (and ?-vs-1 was handled above).
  if (aneDimIsDynamic(a)) {
    *out = b;
    return true;
  }
  if (aneDimIsDynamic(b)) {
    *out = a;
    return true;
  }
  return false;
}

bool aneBroadcastShapes(const AneShape *a, const AneShape *b, AneShape *out) {
  int64_t rank = a->rank > b->rank ? a->rank : b->rank;
  int64_t dims[ANE_MAX_RANK];
  for (int64_t i = 0; i < rank; ++i) {
    // Align trailing dims; missing leading dims act as 1.
    int64_t ai = i - (rank - a->rank), bi = i - (rank - b->rank);
    int64_t da = ai >= 0 ? a->dims[ai] : 1;
    int64_t db = bi >= 0 ? b->dims[bi] : 1;
    if (!broadcastDim(da, db, &dims[i]))
      return false;
  }
  // Write at the end so `out` may alias an input.
  out->rank = rank;
  memcpy(out->dims, dims, sizeof(int64_t) * (size_t)rank);
  return true;
}

bool aneReduceShape(const AneShape *x, const int64_t *axes, intptr_t numAxes,
                    bool keepDims, AneShape *out) {
  bool reduced[ANE_MAX_RANK] = {false};
  if (numAxes <= 0)
    return false;
  for (intptr_t i = 0; i < numAxes; ++i) {
    int64_t axis;
    if (!aneNormalizeAxis(axes[i], x->rank, &axis) || reduced[axis])
      return false;
    reduced[axis] = true;
  }
  AneShape result = {0, {0}};
  for (int64_t i = 0; i < x->rank; ++i) {
    if (!reduced[i])
      result.dims[result.rank++] = x->dims[i];
    else if (keepDims)
      result.dims[result.rank++] = 1;
  }
  if (result.rank == 0)
    return false;
  *out = result;
  return true;
}

bool aneNormalizeAxis(int64_t axis, int64_t rank, int64_t *out) {
  if (rank <= 0 || axis < -rank || axis >= rank)
    return false;
  *out = axis < 0 ? axis + rank : axis;
  return true;
}

bool aneMarkAxes(MlirAttribute axes, int64_t rank, bool marked[ANE_MAX_RANK]) {
  for (int64_t i = 0; i < ANE_MAX_RANK; ++i)
    marked[i] = false;
  if (!mlirAttributeIsADenseI64Array(axes) || rank < 1 || rank > ANE_MAX_RANK)
    return false;
  intptr_t n = mlirDenseArrayGetNumElements(axes);
  for (intptr_t i = 0; i < n; ++i) {
    int64_t a;
    if (!aneNormalizeAxis(mlirDenseI64ArrayGetElement(axes, i), rank, &a) ||
        marked[a])
      return false;
    marked[a] = true;
  }
  return n > 0;
}

bool aneSliceDim(int64_t dim, int64_t begin, int64_t end, int64_t stride,
                 bool beginMask, bool endMask, int64_t *start,
                 int64_t *count) {
  if (stride == 0 || dim < 1 || dim > ANE_MAX_DIM_SIZE)
    return false;
  // Bound everything to [-dim - 1, dim] first, so nothing below overflows.
  int64_t lo = -dim - 1, hi = dim;
  begin = begin < lo ? lo : begin > hi ? hi : begin;
  end = end < lo ? lo : end > hi ? hi : end;
  if (begin < 0)
    begin += dim;
  if (end < 0)
    end += dim;
  if (stride > 0) {
    begin = beginMask ? 0 : begin < 0 ? 0 : begin;
    end = endMask ? dim : end < 0 ? 0 : end;
    *count = end > begin ? (end - begin + stride - 1) / stride : 0;
  } else {
    begin = beginMask ? dim - 1 : begin > dim - 1 ? dim - 1 : begin;
    end = endMask ? -1 : end < -1 ? -1 : end > dim - 1 ? dim - 1 : end;
    *count = begin > end ? (begin - end - stride - 1) / -stride : 0;
  }
  *start = begin;
  return true;
}

bool aneSliceSqueezedDim(int64_t dim, int64_t begin, int64_t *start) {
  return aneNormalizeAxis(begin, dim, start);
}

bool aneConvOutputDim(int64_t in, int64_t k, int64_t stride, int64_t dilation,
                      int64_t padBefore, int64_t padAfter, int64_t *out) {
  // Every value is bounded well below 2^62 first, so nothing overflows.
  const int64_t limit = ANE_MAX_DIM_SIZE;
  if (in < 1 || k < 1 || stride < 1 || dilation < 1 || padBefore < 0 ||
      padAfter < 0 || in > limit || k > limit || stride > limit ||
      dilation > limit || padBefore > limit || padAfter > limit)
    return false;
  int64_t span = (k - 1) * dilation + 1; // the dilated kernel
  int64_t padded = in + padBefore + padAfter;
  if (span > padded)
    return false;
  *out = (padded - span) / stride + 1;
  return true;
}

void aneConvSamePadding(int64_t in, int64_t k, int64_t stride,
                        int64_t dilation, bool lower, int64_t *padBefore,
                        int64_t *padAfter) {
  int64_t outSize = (in + stride - 1) / stride;
  int64_t span = (k - 1) * dilation + 1;
  int64_t total = (outSize - 1) * stride + span - in;
  if (total < 0)
    total = 0;
  *padBefore = lower ? (total + 1) / 2 : total / 2;
  *padAfter = total - *padBefore;
}

//===----------------------------------------------------------------------===//
// Formatting
//===----------------------------------------------------------------------===//

// A bounded string builder: appends until full, then marks the result as
// truncated with a trailing "...".
typedef struct Buf {
  char *data;
  size_t cap;
  size_t len;
  bool truncated;
} Buf;

static Buf bufInit(char *data, size_t cap) {
  Buf b = {data, cap, 0, false};
  if (cap > 0)
    data[0] = '\0';
  return b;
}

static void bufAppend(Buf *b, const char *s, size_t n) {
  if (b->cap == 0 || b->truncated)
    return;
  size_t room = b->cap - 1 - b->len;
  if (n > room) {
    n = room;
    b->truncated = true;
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
  if (b->truncated) {
    // Overwrite the tail with "..." (as much of it as fits).
    size_t dots = b->len < 3 ? b->len : 3;
    memset(b->data + b->len - dots, '.', dots);
  }
}

static void bufAppendStr(Buf *b, const char *s) { bufAppend(b, s, strlen(s)); }

static void bufAppendI64(Buf *b, int64_t v) {
  char tmp[32];
  int n = snprintf(tmp, sizeof(tmp), "%" PRId64, v);
  if (n > 0)
    bufAppend(b, tmp, (size_t)n);
}

static void bufCallback(MlirStringRef s, void *userData) {
  bufAppend((Buf *)userData, s.data, s.length);
}

const char *aneShapeFormat(const AneShape *shape, char *buf, size_t cap) {
  Buf b = bufInit(buf, cap);
  bufAppendStr(&b, "[");
  for (int64_t i = 0; i < shape->rank; ++i) {
    if (i > 0)
      bufAppendStr(&b, ", ");
    if (aneDimIsDynamic(shape->dims[i]))
      bufAppendStr(&b, "?");
    else
      bufAppendI64(&b, shape->dims[i]);
  }
  bufAppendStr(&b, "]");
  return buf;
}

const char *aneI64ArrayFormat(MlirAttribute attr, char *buf, size_t cap) {
  if (mlirAttributeIsNull(attr) || !mlirAttributeIsADenseI64Array(attr))
    return aneAttributeFormat(attr, buf, cap);
  Buf b = bufInit(buf, cap);
  bufAppendStr(&b, "[");
  intptr_t count = mlirDenseArrayGetNumElements(attr);
  // Stop early once truncated: arrays may be arbitrarily long.
  for (intptr_t i = 0; i < count && !b.truncated; ++i) {
    if (i > 0)
      bufAppendStr(&b, ", ");
    bufAppendI64(&b, mlirDenseI64ArrayGetElement(attr, i));
  }
  bufAppendStr(&b, "]");
  return buf;
}

const char *aneTypeFormat(MlirType type, char *buf, size_t cap) {
  Buf b = bufInit(buf, cap);
  if (mlirTypeIsNull(type))
    bufAppendStr(&b, "<<NULL TYPE>>");
  else
    mlirTypePrint(type, bufCallback, &b);
  return buf;
}

const char *aneAttributeFormat(MlirAttribute attr, char *buf, size_t cap) {
  Buf b = bufInit(buf, cap);
  if (mlirAttributeIsNull(attr))
    bufAppendStr(&b, "<<NULL ATTRIBUTE>>");
  else
    mlirAttributePrint(attr, bufCallback, &b);
  return buf;
}
