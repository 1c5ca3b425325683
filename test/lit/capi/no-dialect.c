// Every ANE pass run on a context where the ANE dialect is not loaded (an
// embedder's own context with only func): the ones that need the dialect's
// patterns fail with an error naming the fix, the others run; none crashes.
// RUN: ane-capi-no-dialect 2>&1 | FileCheck %s

#include "Inputs/capi_test.h"
#include "ane-c/Dialect.h"
#include "ane-c/Passes.h"

#include "mlir-c/Diagnostics.h"
#include "mlir-c/Dialect/Func.h"
#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"

#include <stdio.h>

static void runOne(const char *name, MlirPass pass) {
  MlirContext ctx = mlirContextCreate();
  mlirDialectHandleLoadDialect(mlirGetDialectHandle__func__(), ctx);
  mlirContextAttachDiagnosticHandler(ctx, printDiagnostic, NULL, NULL);
  MlirModule module = mlirModuleCreateParse(
      ctx, mlirStringRefCreateFromCString("func.func @f() {\n  return\n}"));
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  MlirOpPassManager fpm = mlirPassManagerGetNestedUnder(
      pm, mlirStringRefCreateFromCString("func.func"));
  mlirOpPassManagerAddOwnedPass(fpm, pass);
  MlirLogicalResult result =
      mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module));
  fprintf(stderr, "%s: dialect loaded %d, %s\n", name,
          aneContextIsDialectLoaded(ctx),
          mlirLogicalResultIsSuccess(result) ? "success" : "failure");
  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
}

// CHECK: diagnostic: lower-norms: the ANE dialect is not loaded in this context (call aneContextLoadDialect first)
// CHECK-NEXT: lower-norms: dialect loaded 0, failure
// CHECK-NEXT: diagnostic: lower-norms: the ANE dialect is not loaded in this context (call aneContextLoadDialect first)
// CHECK-NEXT: lower-norms reduce-sum: dialect loaded 0, failure
// CHECK-NEXT: diagnostic: fuse-norms: the ANE dialect is not loaded in this context (call aneContextLoadDialect first)
// CHECK-NEXT: fuse-norms: dialect loaded 0, failure
// CHECK-NEXT: ane-dce: dialect loaded 0, success
// CHECK-NEXT: ane-cse: dialect loaded 0, success
int main(void) {
  runOne("lower-norms", aneCreateLowerNormsPass(ANE_LOWER_NORMS_L2));
  runOne("lower-norms reduce-sum",
         aneCreateLowerNormsPass(ANE_LOWER_NORMS_REDUCE_SUM));
  runOne("fuse-norms", aneCreateFuseNormsPass());
  runOne("ane-dce", aneCreateDCEPass());
  runOne("ane-cse", aneCreateCSEPass());
  return 0;
}
