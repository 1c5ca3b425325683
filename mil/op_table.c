//===- op_table.c - MIL op <-> ane.* op: names, kinds, parameters ----------===//

#include "op_table.h"

#include "op_registry.h"

#include <string.h>

static const MilOpInfo kOps[] = {
#define ANE_OP(Name, Camel, Operands, Attributes, Verify, Flags, MilName,      \
               MilKind, MilEpsilon, MilParams, Summary)                        \
  {MilName, "ane." #Name, MIL_OP_##MilKind, MilEpsilon, MilParams},
#include "ane_ops.def"
};

static const size_t kNumOps = sizeof(kOps) / sizeof(kOps[0]);

const MilOpInfo *milLookupMilOp(const char *name) {
  for (size_t i = 0; i < kNumOps; ++i)
    if (kOps[i].milName && strcmp(kOps[i].milName, name) == 0)
      return &kOps[i];
  return NULL;
}

const MilOpInfo *milLookupAneOp(const char *name, size_t length) {
  for (size_t i = 0; i < kNumOps; ++i)
    if (strlen(kOps[i].aneName) == length &&
        memcmp(kOps[i].aneName, name, length) == 0)
      return &kOps[i];
  return NULL;
}

bool milOpHasParam(const MilOpInfo *info, const char *key) {
  return aneOpListContains(info->params, mlirStringRefCreateFromCString(key));
}
