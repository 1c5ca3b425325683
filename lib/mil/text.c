//===- text.c - Building MIL text ------------------------------------------===//

#include "text.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void milFormatFloat(double value, char *out, size_t size) {
  if (isnan(value)) {
    snprintf(out, size, "nan");
  } else if (isinf(value)) {
    snprintf(out, size, value < 0 ? "-inf" : "inf");
  } else {
    // %a prints the exact value with the fewest hex digits (the values here
    // are fp16/fp32 values widened to double, so never double subnormals).
    snprintf(out, size, "%a", value);
  }
}

void milTextAppendType(AneBuffer *t, MilDType dtype, int rank,
                       const int64_t *dims) {
  if (rank < 0) {
    aneBufferAppendString(t, milDTypeName(dtype));
    return;
  }
  aneBufferAppendf(t, "tensor<%s, [", milDTypeName(dtype));
  for (int i = 0; i < rank; ++i) {
    if (i)
      aneBufferAppendString(t, ", ");
    if (dims[i] < 0)
      aneBufferAppendString(t, "?"); // dynamic
    else
      aneBufferAppendf(t, "%lld", (long long)dims[i]);
  }
  aneBufferAppendString(t, "]>");
}
