//===- kernels_constexpr.c - Compressed weights, decompressed to compute --===//
//
// A constexpr_* op holds its packed data as attributes; only here, when
// ane-run needs the values, is it expanded. Each value is computed in double
// and stored-rounded once.
//
//===----------------------------------------------------------------------===//

#include "kernels_internal.h"

#include "dialect/fp16.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"

#include <string.h>

// Element `k` of a scalar attribute or a dense tensor (a splat or a rank-0
// tensor holds one value for every k); false if the kind is not one the
// verifier admits.
static bool constantValue(MlirAttribute attr, int64_t k, double *out) {
  if (mlirAttributeIsAFloat(attr)) {
    *out = mlirFloatAttrGetValueDouble(attr);
    return true;
  }
  if (mlirAttributeIsAInteger(attr)) {
    MlirType t = mlirAttributeGetType(attr);
    *out = mlirIntegerTypeIsUnsigned(t)
               ? (double)mlirIntegerAttrGetValueUInt(attr)
               : (double)mlirIntegerAttrGetValueInt(attr);
    return true;
  }
  if (!mlirAttributeIsADenseElements(attr))
    return false;
  if (mlirDenseElementsAttrIsSplat(attr) ||
      mlirElementsAttrGetNumElements(attr) == 1)
    k = 0;
  MlirType element = mlirShapedTypeGetElementType(mlirAttributeGetType(attr));
  if (mlirTypeIsAF16(element)) {
    uint16_t bits;
    memcpy(&bits, (const char *)mlirDenseElementsAttrGetRawData(attr) + 2 * k,
           sizeof(bits));
    *out = aneHalfToFloat(bits);
  } else if (mlirTypeIsAF32(element)) {
    *out = mlirDenseElementsAttrGetFloatValue(attr, k);
  } else if (mlirTypeIsAInteger(element) &&
             mlirIntegerTypeGetWidth(element) == 8) {
    *out = mlirIntegerTypeIsUnsigned(element)
               ? (double)mlirDenseElementsAttrGetUInt8Value(attr, k)
               : (double)mlirDenseElementsAttrGetInt8Value(attr, k);
  } else {
    return false;
  }
  return true;
}

static bool getConstant(AneKernelCall *call, const char *name,
                        MlirAttribute *out) {
  *out = mlirOperationGetAttributeByName(call->op,
                                         mlirStringRefCreateFromCString(name));
  if (mlirAttributeIsNull(*out))
    return aneKernelFail(call, "requires attribute '%s'", name);
  return true;
}

bool aneKernelConstexprAffineDequantize(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 0, 0))
    return false;
  AneTensor *r = call->result;
  MlirAttribute data, scale, zeroPoint;
  int64_t axisValue;
  int axis;
  if (!getConstant(call, "quantized_data", &data) ||
      !getConstant(call, "scale", &scale) ||
      !getConstant(call, "zero_point", &zeroPoint) ||
      !aneKernelGetI64(call, "axis", &axisValue) ||
      !aneKernelNormalizeAxis(call, axisValue, r->rank, &axis))
    return false;
  if (!mlirAttributeIsADenseElements(data) ||
      mlirElementsAttrGetNumElements(data) != r->size)
    return aneKernelFail(call, "quantized_data does not match the result");
  int64_t outer, channels, inner;
  aneSplitAxis(r, axis, &outer, &channels, &inner);
  double *out = r->data;
  for (int64_t o = 0, k = 0; o < outer; ++o)
    for (int64_t c = 0; c < channels; ++c) {
      double s, z;
      if (!constantValue(scale, c, &s) || !constantValue(zeroPoint, c, &z))
        return aneKernelFail(call, "scale or zero_point is not a constant");
      for (int64_t i = 0; i < inner; ++i, ++k) {
        double q;
        if (!constantValue(data, k, &q))
          return aneKernelFail(call, "quantized_data is not i8 or ui8");
        *out++ = aneRoundValue(call->numerics, r->dtype, (q - z) * s);
      }
    }
  return true;
}
