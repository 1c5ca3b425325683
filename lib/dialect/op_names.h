//===- op_names.h - Recognising ane.* ops by name --------------------------===//
//
// IRDL ops have no C++ class to test against, so passes and the verifier
// recognise ANE ops by the "ane." prefix of their name. One place for it.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_DIALECT_OP_NAMES_H
#define ANE_DIALECT_OP_NAMES_H

#include "mlir-c/IR.h"

#include <stdbool.h>
#include <string.h>

/// If `op` is an `ane.*` op, sets `*shortName` to its name without "ane."
/// and returns true.
static inline bool aneGetOpShortName(MlirOperation op,
                                     MlirStringRef *shortName) {
  MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
  if (name.length <= 4 || memcmp(name.data, "ane.", 4) != 0)
    return false;
  *shortName = mlirStringRefCreate(name.data + 4, name.length - 4);
  return true;
}

/// True if `op` is an `ane.*` op a cleanup pass may erase or merge: ANE ops
/// have no regions or successors, which is re-checked defensively.
static inline bool aneIsLeafAneOp(MlirOperation op) {
  MlirStringRef shortName;
  return aneGetOpShortName(op, &shortName) &&
         mlirOperationGetNumRegions(op) == 0 &&
         mlirOperationGetNumSuccessors(op) == 0;
}

#endif // ANE_DIALECT_OP_NAMES_H
