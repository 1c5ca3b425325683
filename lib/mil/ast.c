//===- ast.c - Helpers on the MIL syntax tree's types ---------------------===//

#include "ast.h"

#include <stdio.h>

int64_t milTypeNumElements(const MilType *type) {
  if (!type->isTensor)
    return 1;
  int64_t n = 1;
  bool dynamic = false;
  for (int i = 0; i < type->rank; ++i) {
    if (type->dims[i] < 0) {
      dynamic = true;
      continue;
    }
    if (type->dims[i] != 0 && n > INT64_MAX / type->dims[i])
      return -2;
    n *= type->dims[i];
  }
  return dynamic ? -1 : n;
}

void milFormatType(const MilType *type, char *out, size_t size) {
  if (!type->isTensor) {
    snprintf(out, size, "%s", milDTypeName(type->dtype));
    return;
  }
  size_t n = (size_t)snprintf(out, size, "tensor<%s, [",
                              milDTypeName(type->dtype));
  for (int i = 0; i < type->rank && n < size; ++i) {
    if (type->dims[i] < 0)
      n += (size_t)snprintf(out + n, size - n, "%s?", i ? ", " : "");
    else
      n += (size_t)snprintf(out + n, size - n, "%s%lld", i ? ", " : "",
                            (long long)type->dims[i]);
  }
  if (n < size)
    snprintf(out + n, size - n, "]>");
}
