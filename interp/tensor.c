//===- tensor.c - Dense host tensors and the two numerics of ane-run ------===//

#include "tensor.h"

#include "fp16.h"

#include "mlir-c/BuiltinTypes.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

bool aneTensorInit(AneTensor *t, AneDType dtype, int rank,
                   const int64_t *dims) {
  t->dtype = dtype;
  t->rank = rank;
  t->size = 1;
  for (int i = 0; i < rank; ++i) {
    t->dims[i] = dims[i];
    t->size *= dims[i];
  }
  t->data = calloc(t->size > 0 ? (size_t)t->size : 1, sizeof(double));
  return t->data != NULL;
}

void aneTensorDestroy(AneTensor *t) {
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
  } else {
    snprintf(error, errorSize,
             "element types other than f16, f32 and i32 cannot be executed");
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

double aneRoundValue(AneNumerics numerics, AneDType dtype, double value) {
  switch (dtype) {
  case ANE_DTYPE_I32:
    if (isnan(value))
      return 0;
    if (value >= 2147483647.0)
      return 2147483647.0;
    if (value <= -2147483648.0)
      return -2147483648.0;
    return trunc(value) + 0.0; // + 0.0: no -0 in an integer tensor
  case ANE_DTYPE_F16:
  case ANE_DTYPE_F32:
    if (numerics == ANE_NUMERICS_ANE_FP16)
      return aneHalfToFloat(aneFloatToHalf((float)value));
    return (float)value;
  }
  return value;
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
