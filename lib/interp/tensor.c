//===- tensor.c - Dense host tensors and the two numerics of ane-run ------===//

#include "tensor.h"

#include "dialect/fp16.h"
#include "support/checked_math.h"

#include "mlir-c/BuiltinTypes.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

// The interpreter's memory budget: bytes of tensor data alive at once.
static uint64_t gBudgetBytes = 0; // 0: unlimited
static uint64_t gLiveBytes = 0;

void aneTensorSetMemoryBudget(uint64_t bytes) { gBudgetBytes = bytes; }

// Prints `bytes` as "12.0 GiB", "3.5 MiB" or "512 bytes".
static void formatBytes(uint64_t bytes, char *buf, size_t cap) {
  static const char *const kUnits[] = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) {
    snprintf(buf, cap, "%llu bytes", (unsigned long long)bytes);
    return;
  }
  double v = (double)bytes / 1024;
  int unit = 0;
  while (v >= 1024 && unit < 3) {
    v /= 1024;
    ++unit;
  }
  snprintf(buf, cap, "%.1f %s", v, kUnits[unit]);
}

bool aneTensorInit(AneTensor *t, AneDType dtype, int rank,
                   const int64_t *dims, char *error, size_t errorSize) {
  t->dtype = dtype;
  t->rank = rank;
  t->size = 0;
  t->data = NULL;
  int64_t count;
  size_t bytes;
  if (rank < 0 || rank > ANE_INTERP_MAX_RANK ||
      !aneCheckedElementCount(dims, rank, &count) ||
      !aneCheckedByteSize(count, sizeof(double), &bytes)) {
    snprintf(error, errorSize,
             "the tensor's element count overflows (each dim must be >= 0 "
             "and their product * 8 bytes must fit in 64 bits)");
    return false;
  }
  if (gBudgetBytes && (bytes > gBudgetBytes ||
                       gLiveBytes > gBudgetBytes - bytes)) {
    char need[32], live[32], budget[32];
    formatBytes(bytes, need, sizeof(need));
    formatBytes(gLiveBytes, live, sizeof(live));
    formatBytes(gBudgetBytes, budget, sizeof(budget));
    snprintf(error, errorSize,
             "the tensor needs %s (%lld elements, 8 bytes each) with %s "
             "already live: over the memory budget of %s (--max-memory)",
             need, (long long)count, live, budget);
    return false;
  }
  for (int i = 0; i < rank; ++i)
    t->dims[i] = dims[i];
  t->data = calloc(count > 0 ? (size_t)count : 1, sizeof(double));
  if (!t->data) {
    char need[32];
    formatBytes(bytes, need, sizeof(need));
    snprintf(error, errorSize, "out of memory allocating %s", need);
    return false;
  }
  t->size = count;
  gLiveBytes += bytes;
  return true;
}

void aneTensorDestroy(AneTensor *t) {
  if (t->data)
    gLiveBytes -= (uint64_t)t->size * sizeof(double);
  free(t->data);
  t->data = NULL;
  t->size = 0;
}

bool aneTensorTypeInfo(MlirType type, AneDType *dtype, int *rank,
                       int64_t *dims, char *error, size_t errorSize) {
  if (!mlirTypeIsARankedTensor(type)) {
    snprintf(error, errorSize, "only ranked tensors can be executed");
    return false;
  }
  MlirType element = mlirShapedTypeGetElementType(type);
  if (mlirTypeIsAF16(element)) {
    *dtype = ANE_DTYPE_F16;
  } else if (mlirTypeIsAF32(element)) {
    *dtype = ANE_DTYPE_F32;
  } else if (mlirTypeIsAInteger(element) &&
             mlirIntegerTypeGetWidth(element) == 32) {
    *dtype = ANE_DTYPE_I32;
  } else if (mlirTypeIsAInteger(element) &&
             mlirIntegerTypeGetWidth(element) == 1) {
    *dtype = ANE_DTYPE_BOOL;
  } else if (mlirTypeIsAInteger(element) &&
             mlirIntegerTypeGetWidth(element) == 8 &&
             !mlirIntegerTypeIsSigned(element)) {
    *dtype = mlirIntegerTypeIsUnsigned(element) ? ANE_DTYPE_U8 : ANE_DTYPE_I8;
  } else {
    snprintf(error, errorSize, "element types other than f16, f32, i32, i8, "
                               "ui8 and i1 cannot be executed");
    return false;
  }
  intptr_t r = mlirShapedTypeGetRank(type);
  if (r < 1 || r > ANE_INTERP_MAX_RANK) {
    snprintf(error, errorSize, "rank %ld cannot be executed (1..5 only)",
             (long)r);
    return false;
  }
  *rank = (int)r;
  for (intptr_t i = 0; i < r; ++i) {
    if (mlirShapedTypeIsDynamicDim(type, i)) {
      snprintf(error, errorSize,
               "dynamic dimensions cannot be executed; give static shapes");
      return false;
    }
    dims[i] = mlirShapedTypeGetDimSize(type, i);
  }
  return true;
}

// Truncated toward zero and saturated to [lo, hi]; NaN is 0.
static double saturateInteger(double value, double lo, double hi) {
  if (isnan(value))
    return 0;
  if (value >= hi)
    return hi;
  if (value <= lo)
    return lo;
  return trunc(value) + 0.0; // + 0.0: no -0 in an integer tensor
}

double aneRoundValue(AneNumerics numerics, AneDType dtype, double value) {
  switch (dtype) {
  case ANE_DTYPE_BOOL:
    return value != 0.0;
  case ANE_DTYPE_I32:
    return saturateInteger(value, -2147483648.0, 2147483647.0);
  case ANE_DTYPE_I8:
    return saturateInteger(value, -128.0, 127.0);
  case ANE_DTYPE_U8:
    return saturateInteger(value, 0.0, 255.0);
  case ANE_DTYPE_F16:
  case ANE_DTYPE_F32:
    if (numerics == ANE_NUMERICS_ANE_FP16)
      return aneHalfToFloat(aneFloatToHalf((float)value));
    return (float)value;
  }
  return value;
}

void aneRoundArray(AneNumerics numerics, AneDType dtype, double *data,
                   int64_t n) {
  if (dtype == ANE_DTYPE_F16 || dtype == ANE_DTYPE_F32) {
    if (numerics == ANE_NUMERICS_ANE_FP16)
      for (int64_t i = 0; i < n; ++i)
        data[i] = aneHalfToFloat(aneFloatToHalf((float)data[i]));
    else
      for (int64_t i = 0; i < n; ++i)
        data[i] = (float)data[i];
    return;
  }
  for (int64_t i = 0; i < n; ++i)
    data[i] = aneRoundValue(numerics, dtype, data[i]);
}

double aneComputeValue(AneNumerics numerics, double value) {
  return numerics == ANE_NUMERICS_ANE_FP16 ? (double)(float)value : value;
}

double aneRoundEpsilon(AneNumerics numerics, double epsilon) {
  return numerics == ANE_NUMERICS_ANE_FP16
             ? aneHalfToFloat(aneFloatToHalf((float)epsilon))
             : epsilon;
}

void aneTensorStrides(const AneTensor *t, int64_t *strides) {
  int64_t stride = 1;
  for (int i = t->rank - 1; i >= 0; --i) {
    strides[i] = stride;
    stride *= t->dims[i];
  }
}
