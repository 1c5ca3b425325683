//===- mlir_types.c - MIL dtypes and types <-> MLIR types ------------------===//

#include "mlir_types.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"

MlirType milDTypeToMlir(MlirContext context, MilDType dtype) {
  switch (dtype) {
  case MIL_DT_FP16:
    return mlirF16TypeGet(context);
  case MIL_DT_FP32:
    return mlirF32TypeGet(context);
  case MIL_DT_FP64:
    return mlirF64TypeGet(context);
  case MIL_DT_BOOL:
    return mlirIntegerTypeGet(context, 1);
  case MIL_DT_STRING:
  case MIL_DT_INVALID:
    return (MlirType){NULL};
  default:
    break;
  }
  unsigned bits = milDTypeBits(dtype);
  return milDTypeIsUnsigned(dtype) ? mlirIntegerTypeUnsignedGet(context, bits)
                                   : mlirIntegerTypeGet(context, bits);
}

MilDType milDTypeFromMlir(MlirType type) {
  if (mlirTypeIsAF16(type))
    return MIL_DT_FP16;
  if (mlirTypeIsAF32(type))
    return MIL_DT_FP32;
  if (mlirTypeIsAF64(type))
    return MIL_DT_FP64;
  if (!mlirTypeIsAInteger(type))
    return MIL_DT_INVALID;
  unsigned bits = mlirIntegerTypeGetWidth(type);
  if (bits == 1 && !mlirIntegerTypeIsUnsigned(type))
    return MIL_DT_BOOL;
  bool isUnsigned = mlirIntegerTypeIsUnsigned(type);
  for (int d = MIL_DT_INT4; d <= MIL_DT_UINT64; ++d)
    if (milDTypeBits((MilDType)d) == bits &&
        milDTypeIsUnsigned((MilDType)d) == isUnsigned)
      return (MilDType)d;
  return MIL_DT_INVALID;
}

MlirType milTypeToMlir(MlirContext context, const MilType *type,
                       bool scalarAsRank1) {
  MlirType element = milDTypeToMlir(context, type->dtype);
  if (mlirTypeIsNull(element))
    return element;
  int64_t dims[MIL_MAX_RANK];
  int rank = type->isTensor ? type->rank : 0;
  for (int i = 0; i < rank; ++i)
    dims[i] = type->dims[i] < 0 ? mlirShapedTypeGetDynamicSize()
                                : type->dims[i];
  if (rank == 0 && scalarAsRank1) {
    rank = 1;
    dims[0] = 1;
  }
  return mlirRankedTensorTypeGet(rank, dims, element, mlirAttributeGetNull());
}
