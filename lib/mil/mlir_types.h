//===- mlir_types.h - MIL dtypes and types <-> MLIR types ------------------===//

#ifndef ANE_MIL_MLIR_TYPES_H
#define ANE_MIL_MLIR_TYPES_H

#include "ast.h"

#include "mlir-c/IR.h"

/// fp16 -> f16, fp32 -> f32, fp64 -> f64, bool -> i1, intN -> iN (signless),
/// uintN -> uiN. Null for string.
MlirType milDTypeToMlir(MlirContext context, MilDType dtype);

/// The inverse of milDTypeToMlir (si32 also gives int32); MIL_DT_INVALID if
/// the type has no MIL dtype.
MilDType milDTypeFromMlir(MlirType type);

/// A MIL type as a ranked tensor type. A scalar (or rank-0 tensor) becomes
/// rank 0, or rank 1 of size 1 with `scalarAsRank1` (how consts that feed
/// ANE ops are materialized: the dialect's tensors have rank 1..5 and a [1]
/// operand broadcasts like a scalar). Null for string.
MlirType milTypeToMlir(MlirContext context, const MilType *type,
                       bool scalarAsRank1);

#endif // ANE_MIL_MLIR_TYPES_H
