// Loading the dialect and verifying operations through the public C API.
// RUN: ane-capi-dialect 2>&1 | FileCheck %s

#include "Inputs/capi_test.h"
#include "ane-c/Dialect.h"
#include "ane-c/Support.h"

#include "mlir-c/Diagnostics.h"
#include "mlir-c/IR.h"

#include <stdio.h>
#include <string.h>

// CHECK-LABEL: testVersion
// CHECK: version 0.1.0
static void testVersion(void) {
  fprintf(stderr, "testVersion\n");
  MlirStringRef v = aneGetVersion();
  fprintf(stderr, "version %.*s\n", (int)v.length, v.data);
}

// CHECK-LABEL: testLoad
// CHECK: before: loaded 0
// CHECK: first load: 1
// CHECK: second load: 1
// CHECK: after: loaded 1
// CHECK: null context: 0 loaded 0
static void testLoad(void) {
  fprintf(stderr, "testLoad\n");
  MlirContext ctx = mlirContextCreate();
  fprintf(stderr, "before: loaded %d\n", aneContextIsDialectLoaded(ctx));
  fprintf(stderr, "first load: %d\n",
          mlirLogicalResultIsSuccess(aneContextLoadDialect(ctx)));
  // A second load must not re-register IRDL ops (that would crash).
  fprintf(stderr, "second load: %d\n",
          mlirLogicalResultIsSuccess(aneContextLoadDialect(ctx)));
  fprintf(stderr, "after: loaded %d\n", aneContextIsDialectLoaded(ctx));
  MlirContext null = {NULL};
  fprintf(stderr, "null context: %d loaded %d\n",
          mlirLogicalResultIsSuccess(aneContextLoadDialect(null)),
          aneContextIsDialectLoaded(null));
  mlirContextDestroy(ctx);
}

// CHECK-LABEL: testIRDL
// CHECK: irdl.dialect @ane
// CHECK: has rms_norm 1
static void testIRDL(void) {
  fprintf(stderr, "testIRDL\n");
  MlirStringRef text = aneGetDialectIRDL();
  const char *start = strstr(text.data, "irdl.dialect");
  fprintf(stderr, "%.17s\n", start ? start : "(missing)");
  fprintf(stderr, "has rms_norm %d\n",
          strstr(text.data, "irdl.operation @rms_norm") != NULL);
}

// CHECK-LABEL: testVerify
// CHECK: valid: 1
// CHECK: diagnostic: 'ane.rms_norm' op gamma shape [4] does not match x shape [2, 8] at normalized axis 1
// CHECK: invalid: 0
// CHECK: null op: 0
static void testVerify(void) {
  fprintf(stderr, "testVerify\n");
  MlirContext ctx = mlirContextCreate();
  aneContextLoadDialect(ctx);
  mlirContextAttachDiagnosticHandler(ctx, printDiagnostic, NULL, NULL);
  const char *valid =
      "func.func @f(%x: tensor<2x8xf16>, %g: tensor<8xf16>) -> tensor<2x8xf16> {\n"
      "  %0 = \"ane.rms_norm\"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : "
      "(tensor<2x8xf16>, tensor<8xf16>) -> tensor<2x8xf16>\n"
      "  return %0 : tensor<2x8xf16>\n}";
  MlirModule m = mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(valid));
  fprintf(stderr, "valid: %d\n", mlirLogicalResultIsSuccess(
                                     aneVerifyOperation(mlirModuleGetOperation(m))));
  mlirModuleDestroy(m);
  const char *invalid =
      "func.func @f(%x: tensor<2x8xf16>, %g: tensor<4xf16>) -> tensor<2x8xf16> {\n"
      "  %0 = \"ane.rms_norm\"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : "
      "(tensor<2x8xf16>, tensor<4xf16>) -> tensor<2x8xf16>\n"
      "  return %0 : tensor<2x8xf16>\n}";
  m = mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(invalid));
  fprintf(stderr, "invalid: %d\n", mlirLogicalResultIsSuccess(
                                       aneVerifyOperation(mlirModuleGetOperation(m))));
  mlirModuleDestroy(m);
  MlirOperation null = {NULL};
  fprintf(stderr, "null op: %d\n",
          mlirLogicalResultIsSuccess(aneVerifyOperation(null)));
  mlirContextDestroy(ctx);
}

int main(void) {
  testVersion();
  testLoad();
  testIRDL();
  testVerify();
  return 0;
}
