//===- kernels.c - Kernel lookup and the helpers shared by all kernels ----===//
//
// aneLookupKernel maps an op's short name to its kernel through the op
// registry (lib/dialect/ane_ops.def). The attribute readers check the
// attribute's kind before reading it, so an unexpected attribute is an error
// message, not a crash (the MLIR C API getters assert on the wrong kind).
//
//===----------------------------------------------------------------------===//

#include "kernels_internal.h"
#include "parallel.h"
#include "dialect/op_registry.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

//===----------------------------------------------------------------------===//
// Lookup
//===----------------------------------------------------------------------===//

// Every op's kernel is aneKernel<Camel>, named by the registry's row.
static const AneKernel kKernels[ANE_OP_COUNT] = {
#define ANE_OP(Name, Camel, ...) [ANE_OP_##Name] = aneKernel##Camel,
#include "dialect/ane_ops.def"
};

AneKernel aneLookupKernel(MlirStringRef shortName) {
  const AneOpDef *def = aneOpDefLookup(shortName);
  return def ? kKernels[def->id] : NULL;
}

//===----------------------------------------------------------------------===//
// Failure and operand checks
//===----------------------------------------------------------------------===//

bool aneKernelFail(AneKernelCall *call, const char *fmt, ...) {
  if (!call->error || call->errorSize == 0)
    return false;
  va_list args;
  va_start(args, fmt);
  vsnprintf(call->error, call->errorSize, fmt, args);
  va_end(args);
  return false;
}

bool aneKernelCheckOperandCount(AneKernelCall *call, int minCount,
                                int maxCount) {
  if (call->numOperands < minCount || call->numOperands > maxCount ||
      (call->numOperands > 0 && !call->operands))
    return aneKernelFail(call, "has %d operands, which is not a valid count",
                         call->numOperands);
  for (int i = 0; i < call->numOperands; ++i)
    if (!call->operands[i] ||
        (call->operands[i]->size > 0 && !call->operands[i]->data))
      return aneKernelFail(call, "operand #%d has no value", i);
  if (!call->result || (call->result->size > 0 && !call->result->data))
    return aneKernelFail(call, "has no result tensor");
  return true;
}

bool aneKernelCheckSameShapeAsResult(AneKernelCall *call, const AneTensor *t,
                                     const char *what) {
  const AneTensor *r = call->result;
  bool same = t->rank == r->rank && t->size == r->size;
  for (int d = 0; same && d < t->rank; ++d)
    same = t->dims[d] == r->dims[d];
  if (!same)
    return aneKernelFail(call, "result shape does not match %s shape", what);
  return true;
}

bool aneKernelNormalizeAxis(AneKernelCall *call, int64_t axis, int rank,
                            int *out) {
  if (axis < -(int64_t)rank || axis >= (int64_t)rank)
    return aneKernelFail(call, "axis %lld is out of range for rank %d",
                         (long long)axis, rank);
  *out = (int)(axis < 0 ? axis + rank : axis);
  return true;
}

AneNumerics aneKernelComputeNumerics(const AneKernelCall *call) {
  return call->result->dtype == ANE_DTYPE_I32 ? ANE_NUMERICS_F32
                                              : call->numerics;
}

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

static bool getAttr(AneKernelCall *call, const char *name, MlirAttribute *out) {
  if (mlirOperationIsNull(call->op))
    return aneKernelFail(call, "requires attribute '%s'", name);
  *out = mlirOperationGetAttributeByName(call->op,
                                         mlirStringRefCreateFromCString(name));
  if (mlirAttributeIsNull(*out))
    return aneKernelFail(call, "requires attribute '%s'", name);
  return true;
}

bool aneKernelGetConstant(AneKernelCall *call, const char *name,
                          MlirAttribute *out) {
  return getAttr(call, name, out);
}

bool aneKernelGetI64(AneKernelCall *call, const char *name, int64_t *out) {
  MlirAttribute attr;
  if (!getAttr(call, name, &attr))
    return false;
  if (!mlirAttributeIsAInteger(attr))
    return aneKernelFail(call, "%s must be an i64 integer attribute", name);
  // The typed getters assert on the wrong signedness: pick the matching one.
  MlirType type = mlirAttributeGetType(attr);
  if (mlirTypeIsAInteger(type) && mlirIntegerTypeIsSigned(type))
    *out = mlirIntegerAttrGetValueSInt(attr);
  else if (mlirTypeIsAInteger(type) && mlirIntegerTypeIsUnsigned(type))
    *out = (int64_t)mlirIntegerAttrGetValueUInt(attr);
  else
    *out = mlirIntegerAttrGetValueInt(attr);
  return true;
}

bool aneKernelGetBool(AneKernelCall *call, const char *name, bool *out) {
  MlirAttribute attr;
  if (!getAttr(call, name, &attr))
    return false;
  if (!mlirAttributeIsABool(attr))
    return aneKernelFail(call, "%s must be a bool attribute", name);
  *out = mlirBoolAttrGetValue(attr);
  return true;
}

bool aneKernelGetString(AneKernelCall *call, const char *name,
                        MlirStringRef *out) {
  MlirAttribute attr;
  if (!getAttr(call, name, &attr))
    return false;
  if (!mlirAttributeIsAString(attr))
    return aneKernelFail(call, "%s must be a string attribute", name);
  *out = mlirStringAttrGetValue(attr);
  return true;
}

bool aneKernelGetFloat(AneKernelCall *call, const char *name, double *out) {
  MlirAttribute attr;
  if (!getAttr(call, name, &attr))
    return false;
  if (!mlirAttributeIsAFloat(attr))
    return aneKernelFail(call, "%s must be a float attribute", name);
  *out = mlirFloatAttrGetValueDouble(attr);
  return true;
}

bool aneKernelGetEpsilon(AneKernelCall *call, double *out) {
  double epsilon = 0;
  if (!aneKernelGetFloat(call, "epsilon", &epsilon))
    return false;
  *out = aneRoundEpsilon(call->numerics, epsilon);
  return true;
}

bool aneKernelGetI64Array(AneKernelCall *call, const char *name, int64_t *out,
                          int capacity, int *count) {
  MlirAttribute attr;
  if (!getAttr(call, name, &attr))
    return false;
  if (!mlirAttributeIsADenseI64Array(attr))
    return aneKernelFail(call, "%s must be an array<i64>", name);
  intptr_t n = mlirDenseArrayGetNumElements(attr);
  if (n > capacity)
    return aneKernelFail(call, "%s has %lld entries, more than %d", name,
                         (long long)n, capacity);
  for (intptr_t i = 0; i < n; ++i)
    out[i] = mlirDenseI64ArrayGetElement(attr, i);
  *count = (int)n;
  return true;
}

//===----------------------------------------------------------------------===//
// Shapes and the row walker
//===----------------------------------------------------------------------===//

void aneSplitAxis(const AneTensor *t, int axis, int64_t *outer, int64_t *n,
                  int64_t *inner) {
  *outer = 1;
  *inner = 1;
  for (int d = 0; d < axis; ++d)
    *outer *= t->dims[d];
  for (int d = axis + 1; d < t->rank; ++d)
    *inner *= t->dims[d];
  *n = t->dims[axis];
}

bool aneBroadcastStrides(int rank, const int64_t *dims, int srcRank,
                         const int64_t *srcDims, int64_t *out) {
  if (srcRank > rank)
    return false;
  int lead = rank - srcRank;
  int64_t stride = 1;
  for (int d = rank - 1; d >= 0; --d) {
    if (d < lead) {
      out[d] = 0;
      continue;
    }
    int64_t srcDim = srcDims[d - lead];
    if (srcDim == dims[d] && srcDim != 1)
      out[d] = stride;
    else if (srcDim == 1)
      out[d] = 0;
    else
      return false;
    stride *= srcDim;
  }
  return true;
}

void aneWalkInit(AneWalk *w, int rank, const int64_t *dims, int numStreams) {
  memset(w, 0, sizeof(*w));
  w->rank = rank;
  w->numStreams = numStreams;
  w->numRows = 1;
  for (int d = 0; d < rank; ++d) {
    w->dims[d] = dims[d];
    if (d < rank - 1)
      w->numRows *= dims[d];
  }
  w->rowLength = rank > 0 ? dims[rank - 1] : 1;
}

void aneWalkSeekRow(AneWalk *w, int64_t row) {
  for (int s = 0; s < w->numStreams; ++s)
    w->offsets[s] = 0;
  for (int d = w->rank - 2; d >= 0; --d) {
    w->index[d] = row % w->dims[d];
    row /= w->dims[d];
    for (int s = 0; s < w->numStreams; ++s)
      w->offsets[s] += w->index[d] * w->strides[s][d];
  }
}

typedef struct {
  const AneWalk *walk;
  int64_t rowsPerBlock;
  AneWalkRowsFn fn;
  void *context;
} WalkBlocks;

static void runWalkBlocks(void *context, int64_t begin, int64_t end) {
  const WalkBlocks *blocks = context;
  AneWalk w = *blocks->walk;
  int64_t first = begin * blocks->rowsPerBlock;
  aneWalkSeekRow(&w, first);
  blocks->fn(blocks->context, &w, first, end * blocks->rowsPerBlock);
}

void aneWalkParallelRows(const AneWalk *w, int foldStream, AneWalkRowsFn fn,
                         void *context) {
  if (w->numRows <= 0 || w->rowLength <= 0)
    return;
  int64_t blocks = w->numRows;
  if (foldStream >= 0) {
    blocks = 1;
    for (int d = 0; d < w->rank - 1 && w->strides[foldStream][d] != 0; ++d)
      blocks *= w->dims[d];
  }
  WalkBlocks job = {w, w->numRows / blocks, fn, context};
  aneParallelFor(blocks, ANE_PARALLEL_GRAIN / (job.rowsPerBlock * w->rowLength) + 1,
                 runWalkBlocks, &job);
}
