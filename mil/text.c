//===- text.c - Building MIL text ------------------------------------------===//

#include "text.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void milTextAppend(MilText *t, const char *data, size_t length) {
  if (t->outOfMemory)
    return;
  if (t->length + length + 1 > t->capacity) {
    size_t capacity = t->capacity ? t->capacity : 4096;
    while (capacity < t->length + length + 1)
      capacity *= 2;
    char *grown = realloc(t->data, capacity);
    if (!grown) {
      t->outOfMemory = true;
      return;
    }
    t->data = grown;
    t->capacity = capacity;
  }
  memcpy(t->data + t->length, data, length);
  t->length += length;
  t->data[t->length] = '\0';
}

void milTextAppendString(MilText *t, const char *s) {
  milTextAppend(t, s, strlen(s));
}

void milTextAppendf(MilText *t, const char *fmt, ...) {
  char small[512];
  va_list args;
  va_start(args, fmt);
  int n = vsnprintf(small, sizeof(small), fmt, args);
  va_end(args);
  if (n < 0)
    return;
  if ((size_t)n < sizeof(small)) {
    milTextAppend(t, small, (size_t)n);
    return;
  }
  char *big = malloc((size_t)n + 1);
  if (!big) {
    t->outOfMemory = true;
    return;
  }
  va_start(args, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, args);
  va_end(args);
  milTextAppend(t, big, (size_t)n);
  free(big);
}

void milTextDestroy(MilText *t) {
  free(t->data);
  memset(t, 0, sizeof(*t));
}

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

void milTextAppendType(MilText *t, MilDType dtype, int rank,
                       const int64_t *dims) {
  if (rank < 0) {
    milTextAppendString(t, milDTypeName(dtype));
    return;
  }
  milTextAppendf(t, "tensor<%s, [", milDTypeName(dtype));
  for (int i = 0; i < rank; ++i)
    milTextAppendf(t, "%s%lld", i ? ", " : "", (long long)dims[i]);
  milTextAppendString(t, "]>");
}
