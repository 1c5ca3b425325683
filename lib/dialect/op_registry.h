//===- op_registry.h - The ANE op registry, as C tables -------------------===//
//
// The rows of ane_ops.def (one per op) as an enum and a table of op
// definitions. Internal to the library: the verifier, the interpreter and the
// MIL translator find an op's row here instead of keeping their own lists.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_DIALECT_OP_REGISTRY_H
#define ANE_DIALECT_OP_REGISTRY_H

#include "mlir-c/Support.h"

#include <stdbool.h>
#include <stdint.h>

#include "op_flags.h"

typedef enum {
#define ANE_OP(Name, ...) ANE_OP_##Name,
#include "ane_ops.def"
  ANE_OP_COUNT
} AneOpId;

typedef enum {
  AneAttrFloat,   ///< #builtin.float (f32 in ANE IR)
  AneAttrInteger, ///< #builtin.integer (i64)
  AneAttrArray,   ///< #builtin.dense_array (array<i64: ...>)
  AneAttrBool,    ///< true or false
  AneAttrString,  ///< #builtin.string
  AneAttrConstant, ///< a scalar or dense elements value (IRDL: any)
} AneAttrKind;

typedef struct {
  const char *name;
  AneAttrKind kind;
} AneOpAttrDef;

typedef struct {
  AneOpId id;
  const char *name;    ///< "rms_norm" (without "ane.")
  const char *summary; ///< one line, the Summary column
  /// The operand names in order; a variadic op has one name for them all.
  const char *const *operandNames;
  intptr_t numOperandNames;
  intptr_t minOperands, maxOperands; ///< maxOperands < 0: variadic
  const AneOpAttrDef *attributes;
  intptr_t numAttributes;
  unsigned flags;           ///< ANE_OPF_*
  const char *milName;      ///< NULL: no MIL op
  const char *milParams;    ///< "axes, keep_dims, x": every MIL parameter
  double milDefaultEpsilon; ///< 0 if the MIL op has none
} AneOpDef;

/// The row of `id`; `id` must be below ANE_OP_COUNT.
const AneOpDef *aneOpDefGet(AneOpId id);

/// The row of an op's short name ("rms_norm"), or NULL.
const AneOpDef *aneOpDefLookup(MlirStringRef shortName);

/// The row whose MIL op is `milName` ("layer_norm"), or NULL.
const AneOpDef *aneOpDefLookupMil(MlirStringRef milName);

/// True if `word` is one of the entries of `list`, a registry column such as
/// "axes, keep_dims, x".
bool aneOpListContains(const char *list, MlirStringRef word);

#endif // ANE_DIALECT_OP_REGISTRY_H
