//===- op_table.c - MIL op <-> ane.* op: names, kinds, parameters
//----------===//

#include "op_table.h"

#include "dialect/op_registry.h"

#include <string.h>

// Indexed by AneOpId, so both lookups go through the registry's own.
static const MilOpInfo kOps[ANE_OP_COUNT] = {
#define ANE_OP(Name, Camel, Operands, Attributes, Verify, Flags, MilName,      \
               MilKind, MilEpsilon, MilParams, Summary)                        \
  [ANE_OP_##Name] = {MilName,    "ane." #Name, MIL_OP_##MilKind, MilEpsilon,   \
                     MilParams,                                                \
                     ((Flags) & ANE_OPF_VARIADIC_RESULTS) != 0},
#include "dialect/ane_ops.def"
};

const MilOpInfo *milLookupMilOp(const char *name) {
  const AneOpDef *def = aneOpDefLookupMil(mlirStringRefCreateFromCString(name));
  return def ? &kOps[def->id] : NULL;
}

const MilOpInfo *milLookupAneOp(const char *name, size_t length) {
  if (length <= 4 || memcmp(name, "ane.", 4) != 0)
    return NULL;
  const AneOpDef *def =
      aneOpDefLookup(mlirStringRefCreate(name + 4, length - 4));
  return def ? &kOps[def->id] : NULL;
}

bool milOpHasParam(const MilOpInfo *info, const char *key) {
  return aneOpListContains(info->params, mlirStringRefCreateFromCString(key));
}
