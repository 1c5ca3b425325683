// Helpers the C API tests share: print MLIR text and diagnostics to stderr,
// where the tests' FileCheck reads them.

#ifndef ANE_TEST_CAPI_TEST_H
#define ANE_TEST_CAPI_TEST_H

#include "mlir-c/Diagnostics.h"
#include "mlir-c/Support.h"

#include <stdio.h>

// An MlirStringCallback writing to stderr.
static inline void printStderr(MlirStringRef s, void *userData) {
  (void)userData;
  fwrite(s.data, 1, s.length, stderr);
}

// A diagnostic handler printing "diagnostic: <message>" lines.
static inline MlirLogicalResult printDiagnostic(MlirDiagnostic d,
                                                void *userData) {
  (void)userData;
  fprintf(stderr, "diagnostic: ");
  mlirDiagnosticPrint(d, printStderr, NULL);
  fprintf(stderr, "\n");
  return mlirLogicalResultSuccess();
}

#endif // ANE_TEST_CAPI_TEST_H
