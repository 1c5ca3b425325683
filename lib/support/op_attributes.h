//===- op_attributes.h - Comparing two ops' attribute dictionaries ---------===//

#ifndef ANE_SUPPORT_OP_ATTRIBUTES_H
#define ANE_SUPPORT_OP_ATTRIBUTES_H

#include "mlir-c/IR.h"

#include <stdbool.h>
#include <stdint.h>

/// True if `a` and `b` carry the same attributes. The dictionary is sorted
/// by name, so equal dictionaries list the same attributes in the same order.
static inline bool aneOperationAttributesEqual(MlirOperation a,
                                               MlirOperation b) {
  intptr_t n = mlirOperationGetNumAttributes(a);
  if (mlirOperationGetNumAttributes(b) != n)
    return false;
  for (intptr_t i = 0; i < n; ++i) {
    MlirNamedAttribute x = mlirOperationGetAttribute(a, i);
    MlirNamedAttribute y = mlirOperationGetAttribute(b, i);
    if (!mlirIdentifierEqual(x.name, y.name) ||
        !mlirAttributeEqual(x.attribute, y.attribute))
      return false;
  }
  return true;
}

#endif // ANE_SUPPORT_OP_ATTRIBUTES_H
