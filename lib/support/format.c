//===- format.c - printf into memory, and the one error-emit helper -------===//

#include "support/format.h"

#include "mlir-c/Diagnostics.h"

#include <stdio.h>
#include <stdlib.h>

char *aneFormatV(const char *fmt, va_list args) {
  va_list again;
  va_copy(again, args);
  int n = vsnprintf(NULL, 0, fmt, args);
  char *message = n >= 0 ? malloc((size_t)n + 1) : NULL;
  if (message)
    vsnprintf(message, (size_t)n + 1, fmt, again);
  va_end(again);
  return message;
}

char *aneFormat(const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  char *message = aneFormatV(fmt, args);
  va_end(args);
  return message;
}

void aneEmitErrorV(MlirLocation location, const char *fmt, va_list args) {
  char *message = aneFormatV(fmt, args);
  mlirEmitError(location, message ? message : "out of memory");
  free(message);
}

void aneEmitErrorf(MlirLocation location, const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  aneEmitErrorV(location, fmt, args);
  va_end(args);
}
