//===- op_registry.c - The ANE op registry, as C tables -------------------===//
//
// The rows of ane_ops.def: the columns come from the X-macro, the parsed
// operand and attribute lists and the name-sorted index from ane-opgen
// (ane_op_registry.inc, generated at build time).
//
//===----------------------------------------------------------------------===//

#include "op_registry.h"

#include <stddef.h>
#include <string.h>

#include "ane_op_registry.inc"

_Static_assert(sizeof(kSortedOps) / sizeof(kSortedOps[0]) == ANE_OP_COUNT,
               "ane-opgen's index covers every row");

// clang-format off
static const AneOpDef kOpDefs[ANE_OP_COUNT] = {
#define ANE_OP(Name, Camel, Operands, Attributes, Verify, Flags, MilName,      \
               MilKind, MilEpsilon, MilParams, Summary)                        \
  [ANE_OP_##Name] = {ANE_OP_##Name, #Name, Summary,                            \
                     ANE_OPGEN_SIGNATURE_##Name, Flags, MilName, MilParams,    \
                     MilEpsilon},
#include "ane_ops.def"
};
// clang-format on

const AneOpDef *aneOpDefGet(AneOpId id) { return &kOpDefs[id]; }

// Compares a (not NUL-terminated) string ref with a C string, like strcmp.
static int compareName(MlirStringRef name, const char *entry) {
  size_t entryLength = strlen(entry);
  size_t common = name.length < entryLength ? name.length : entryLength;
  int c = common ? memcmp(name.data, entry, common) : 0;
  if (c != 0)
    return c;
  if (name.length == entryLength)
    return 0;
  return name.length < entryLength ? -1 : 1;
}

const AneOpDef *aneOpDefLookup(MlirStringRef shortName) {
  if (!shortName.data)
    return NULL;
  size_t lo = 0, hi = ANE_OP_COUNT;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const AneOpDef *def = &kOpDefs[kSortedOps[mid]];
    int c = compareName(shortName, def->name);
    if (c == 0)
      return def;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
}

const AneOpDef *aneOpDefLookupMil(MlirStringRef milName) {
  if (!milName.data)
    return NULL;
  for (size_t i = 0; i < ANE_OP_COUNT; ++i)
    if (kOpDefs[i].milName && compareName(milName, kOpDefs[i].milName) == 0)
      return &kOpDefs[i];
  return NULL;
}

bool aneOpListContains(const char *list, MlirStringRef word) {
  const char *p = list;
  while (*p) {
    while (*p == ' ')
      ++p;
    const char *end = strchr(p, ',');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    if (n == word.length && memcmp(p, word.data, n) == 0)
      return true;
    p += n + (end ? 1 : 0);
  }
  return false;
}
