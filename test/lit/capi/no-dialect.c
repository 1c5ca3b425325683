// Every ANE pass run on a context where the ANE dialect is not loaded (an
// embedder's own context with only func, or a stock tool's empty module):
// with no ANE op in the IR there is nothing to do and every pass succeeds;
// with an `ane.*` op parsed as unregistered, the ones that need the dialect's
// patterns fail with an error at that op naming the fix; none crashes.
// RUN: ane-capi-no-dialect 2>&1 | FileCheck %s

#include "Inputs/capi_test.h"
#include "ane-c/Dialect.h"
#include "ane-c/Passes.h"

#include "mlir-c/Diagnostics.h"
#include "mlir-c/Dialect/Func.h"
#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"

#include <stdio.h>

static const char kNoAneOps[] = "func.func @f() {\n  return\n}";
static const char kUnregisteredAneOp[] =
    "func.func @f(%x: tensor<2xf16>) -> tensor<2xf16> {\n"
    "  %0 = \"ane.relu\"(%x) : (tensor<2xf16>) -> tensor<2xf16>\n"
    "  return %0 : tensor<2xf16>\n}";

static void runOne(const char *name, const char *ir, MlirPass pass) {
  MlirContext ctx = mlirContextCreate();
  mlirContextSetAllowUnregisteredDialects(ctx, true);
  mlirDialectHandleLoadDialect(mlirGetDialectHandle__func__(), ctx);
  mlirContextAttachDiagnosticHandler(ctx, printDiagnostic, NULL, NULL);
  MlirModule module =
      mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(ir));
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

// CHECK: lower-norms: dialect loaded 0, success
// CHECK-NEXT: fuse-norms: dialect loaded 0, success
// CHECK-NEXT: ane-dce: dialect loaded 0, success
// CHECK-NEXT: ane-cse: dialect loaded 0, success
// CHECK-NEXT: diagnostic: lower-norms: the ANE dialect is not loaded in this context, so 'ane.relu' is an unregistered op (call aneContextLoadDialect first)
// CHECK-NEXT: lower-norms on ane.relu: dialect loaded 0, failure
// CHECK-NEXT: diagnostic: lower-norms: the ANE dialect is not loaded in this context, so 'ane.relu' is an unregistered op (call aneContextLoadDialect first)
// CHECK-NEXT: lower-norms reduce-sum on ane.relu: dialect loaded 0, failure
// CHECK-NEXT: diagnostic: fuse-norms: the ANE dialect is not loaded in this context, so 'ane.relu' is an unregistered op (call aneContextLoadDialect first)
// CHECK-NEXT: fuse-norms on ane.relu: dialect loaded 0, failure
// CHECK-NEXT: ane-dce on ane.relu: dialect loaded 0, success
// CHECK-NEXT: ane-cse on ane.relu: dialect loaded 0, success
int main(void) {
  runOne("lower-norms", kNoAneOps, aneCreateLowerNormsPass(ANE_LOWER_NORMS_L2));
  runOne("fuse-norms", kNoAneOps, aneCreateFuseNormsPass());
  runOne("ane-dce", kNoAneOps, aneCreateDCEPass());
  runOne("ane-cse", kNoAneOps, aneCreateCSEPass());
  runOne("lower-norms on ane.relu", kUnregisteredAneOp,
         aneCreateLowerNormsPass(ANE_LOWER_NORMS_L2));
  runOne("lower-norms reduce-sum on ane.relu", kUnregisteredAneOp,
         aneCreateLowerNormsPass(ANE_LOWER_NORMS_REDUCE_SUM));
  runOne("fuse-norms on ane.relu", kUnregisteredAneOp, aneCreateFuseNormsPass());
  runOne("ane-dce on ane.relu", kUnregisteredAneOp, aneCreateDCEPass());
  runOne("ane-cse on ane.relu", kUnregisteredAneOp, aneCreateCSEPass());
  return 0;
}
