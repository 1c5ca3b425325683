//===- constant.c - Reading the values of constant attributes -------------===//

#include "constant.h"

#include "fp16.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"

#include <string.h>

bool aneConstantElement(MlirAttribute attr, int64_t k, double *out) {
  if (mlirAttributeIsAFloat(attr)) {
    *out = mlirFloatAttrGetValueDouble(attr);
    return true;
  }
  if (mlirAttributeIsAInteger(attr)) {
    MlirType t = mlirAttributeGetType(attr);
    // The typed getters assert on the wrong signedness.
    if (mlirIntegerTypeIsUnsigned(t))
      *out = (double)mlirIntegerAttrGetValueUInt(attr);
    else if (mlirIntegerTypeIsSigned(t))
      *out = (double)mlirIntegerAttrGetValueSInt(attr);
    else
      *out = (double)mlirIntegerAttrGetValueInt(attr);
    return true;
  }
  if (!mlirAttributeIsADenseElements(attr))
    return false;
  if (mlirDenseElementsAttrIsSplat(attr) ||
      mlirElementsAttrGetNumElements(attr) == 1)
    k = 0;
  MlirType element = mlirShapedTypeGetElementType(mlirAttributeGetType(attr));
  if (mlirTypeIsAF16(element)) {
    // The C API has no f16 element getter: read the raw bits.
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
