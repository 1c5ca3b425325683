// The lower-norms pattern set and the cleanup transforms, applied directly.
// RUN: ane-capi-patterns 2>&1 | FileCheck %s

#include "Inputs/capi_test.h"
#include "ane-c/Dialect.h"
#include "ane-c/Passes.h"

#include "mlir-c/IR.h"
#include "mlir-c/Rewrite.h"

#include <stdio.h>

// CHECK-LABEL: testPatternSet
// CHECK: without dialect: 1
// CHECK: invalid strategy: 1
// CHECK: applied: 1
// CHECK: "ane.reduce_sum"
// CHECK-NOT: ane.rms_norm
static void testPatternSet(void) {
  fprintf(stderr, "testPatternSet\n");
  MlirContext bare = mlirContextCreate();
  fprintf(stderr, "without dialect: %d\n",
          aneLowerNormsPatternSetCreate(bare, ANE_LOWER_NORMS_L2).ptr == NULL);
  mlirContextDestroy(bare);

  MlirContext ctx = mlirContextCreate();
  aneContextLoadDialect(ctx);
  fprintf(stderr, "invalid strategy: %d\n",
          aneLowerNormsPatternSetCreate(ctx, (AneLowerNormsStrategy)-1).ptr ==
              NULL);
  MlirModule module = mlirModuleCreateParse(
      ctx, mlirStringRefCreateFromCString(
               "func.func @f(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {\n"
               "  %0 = \"ane.rms_norm\"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : "
               "(tensor<2x8xf32>) -> tensor<2x8xf32>\n"
               "  return %0 : tensor<2x8xf32>\n}"));
  MlirRewritePatternSet set =
      aneLowerNormsPatternSetCreate(ctx, ANE_LOWER_NORMS_REDUCE_SUM);
  MlirFrozenRewritePatternSet frozen = mlirFreezeRewritePattern(set);
  // Freezing moves the patterns out but leaves the set to be freed.
  mlirRewritePatternSetDestroy(set);
  MlirGreedyRewriteDriverConfig config = mlirGreedyRewriteDriverConfigCreate();
  fprintf(stderr, "applied: %d\n",
          mlirLogicalResultIsSuccess(mlirApplyPatternsAndFoldGreedily(
              module, frozen, config)));
  mlirOperationPrint(mlirModuleGetOperation(module), printStderr, NULL);
  mlirGreedyRewriteDriverConfigDestroy(config);
  mlirFrozenRewritePatternSetDestroy(frozen);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
}

// CHECK-LABEL: testCleanup
// CHECK: merged 1
// CHECK: erased 2
// CHECK: func.func @f
// CHECK-NEXT: "ane.exp"
// CHECK-NEXT: return
// CHECK: null: 0 0
static void testCleanup(void) {
  fprintf(stderr, "testCleanup\n");
  MlirContext ctx = mlirContextCreate();
  aneContextLoadDialect(ctx);
  MlirModule module = mlirModuleCreateParse(
      ctx, mlirStringRefCreateFromCString(
               "func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {\n"
               "  %0 = \"ane.exp\"(%x) : (tensor<4xf32>) -> tensor<4xf32>\n"
               "  %1 = \"ane.exp\"(%x) : (tensor<4xf32>) -> tensor<4xf32>\n"
               "  %2 = \"ane.relu\"(%1) : (tensor<4xf32>) -> tensor<4xf32>\n"
               "  %3 = \"ane.tanh\"(%2) : (tensor<4xf32>) -> tensor<4xf32>\n"
               "  return %0 : tensor<4xf32>\n}"));
  MlirOperation op = mlirModuleGetOperation(module);
  fprintf(stderr, "merged %ld\n", (long)aneMergeIdenticalOps(op));
  fprintf(stderr, "erased %ld\n", (long)aneEraseDeadOps(op));
  mlirOperationPrint(op, printStderr, NULL);
  MlirOperation null = {NULL};
  fprintf(stderr, "null: %ld %ld\n", (long)aneMergeIdenticalOps(null),
          (long)aneEraseDeadOps(null));
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
}

int main(void) {
  testPatternSet();
  testCleanup();
  return 0;
}
