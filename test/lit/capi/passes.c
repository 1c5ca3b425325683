// Passes, the pass registry and textual pipelines through the public C API.
// RUN: ane-capi-passes 2>&1 | FileCheck %s

#include "Inputs/capi_test.h"
#include "ane-c/Dialect.h"
#include "ane-c/Passes.h"

#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "mlir-c/Rewrite.h"
#include "mlir-c/Transforms.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char kModule[] =
    "func.func @f(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {\n"
    "  %dead = \"ane.exp\"(%x) : (tensor<2x8xf32>) -> tensor<2x8xf32>\n"
    "  %0 = \"ane.rms_norm\"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : "
    "(tensor<2x8xf32>) -> tensor<2x8xf32>\n"
    "  %1 = \"ane.rms_norm\"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : "
    "(tensor<2x8xf32>) -> tensor<2x8xf32>\n"
    "  %2 = \"ane.add\"(%0, %1) : (tensor<2x8xf32>, tensor<2x8xf32>) -> "
    "tensor<2x8xf32>\n"
    "  return %2 : tensor<2x8xf32>\n}";

// CHECK-LABEL: testRegistry
// CHECK: 4 passes
// CHECK: lower-norms: lower ane.rms_norm/ane.l2_norm; option strategy=l2|reduce-sum|layer-norm
// CHECK: fuse-norms: raise decomposed norm chains into ane.rms_norm/layer_norm/l2_norm
// CHECK: ane-dce: erase unused ane.* ops, transitively
// CHECK: ane-cse: merge identical ane.* ops
// CHECK: out of range: 0
// CHECK: is pass: 1 0
static void testRegistry(void) {
  fprintf(stderr, "testRegistry\n");
  intptr_t n = aneGetNumPasses();
  fprintf(stderr, "%ld passes\n", (long)n);
  for (intptr_t i = 0; i < n; ++i) {
    MlirStringRef a = aneGetPassArgument(i), d = aneGetPassDescription(i);
    fprintf(stderr, "%.*s: %.*s\n", (int)a.length, a.data, (int)d.length,
            d.data);
  }
  fprintf(stderr, "out of range: %d\n", (int)aneGetPassArgument(n).length);
  fprintf(stderr, "is pass: %d %d\n",
          aneIsPassArgument(mlirStringRefCreateFromCString("ane-dce")),
          aneIsPassArgument(mlirStringRefCreateFromCString("cse")));
}

// CHECK-LABEL: testCreate
// CHECK: strategies: l2 reduce-sum layer-norm
// CHECK-NEXT: name of 99: ''
// CHECK: parsed layer-norm: 1 2
// CHECK: parsed bogus: 0
// CHECK: invalid strategy pass is null: 1
// CHECK: from string: 1
// CHECK: error: invalid value 'x' for option 'strategy' of pass 'lower-norms' (expected l2, reduce-sum or layer-norm)
// CHECK: bad options is null: 1
// CHECK: error: 'no-such' is not an ANE pass
static void testCreate(void) {
  fprintf(stderr, "testCreate\n");
  fprintf(stderr, "strategies:");
  for (int s = 0; s < 3; ++s) {
    MlirStringRef name = aneLowerNormsStrategyGetName((AneLowerNormsStrategy)s);
    fprintf(stderr, " %.*s", (int)name.length, name.data);
  }
  fprintf(stderr, "\n");
  fprintf(stderr, "name of 99: '%.*s'\n",
          (int)aneLowerNormsStrategyGetName((AneLowerNormsStrategy)99).length,
          aneLowerNormsStrategyGetName((AneLowerNormsStrategy)99).data);
  AneLowerNormsStrategy strategy = ANE_LOWER_NORMS_L2;
  bool ok = aneLowerNormsStrategyFromString(
      mlirStringRefCreateFromCString("layer-norm"), &strategy);
  fprintf(stderr, "parsed layer-norm: %d %d\n", ok, (int)strategy);
  fprintf(stderr, "parsed bogus: %d\n",
          aneLowerNormsStrategyFromString(
              mlirStringRefCreateFromCString("bogus"), &strategy));
  fprintf(stderr, "invalid strategy pass is null: %d\n",
          aneCreateLowerNormsPass((AneLowerNormsStrategy)7).ptr == NULL);

  MlirPass pass = aneCreatePassFromString(
      mlirStringRefCreateFromCString("lower-norms"),
      mlirStringRefCreateFromCString("strategy=reduce-sum"), printStderr, NULL);
  fprintf(stderr, "from string: %d\n", pass.ptr != NULL);
  // An unowned pass is released by giving it to a pass manager.
  MlirContext ctx = mlirContextCreate();
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  mlirPassManagerAddOwnedPass(pm, pass);
  mlirPassManagerDestroy(pm);
  mlirContextDestroy(ctx);

  fprintf(stderr, "error: ");
  MlirPass bad = aneCreatePassFromString(
      mlirStringRefCreateFromCString("lower-norms"),
      mlirStringRefCreateFromCString("strategy=x"), printStderr, NULL);
  fprintf(stderr, "\nbad options is null: %d\nerror: ", bad.ptr == NULL);
  aneCreatePassFromString(mlirStringRefCreateFromCString("no-such"),
                          mlirStringRefCreate(NULL, 0), printStderr, NULL);
  fprintf(stderr, "\n");
}

// CHECK-LABEL: testPipeline
// mlirPassManagerCreate makes an op-agnostic ("any") top-level manager.
// CHECK: pipeline: any(func.func(lower-norms{strategy=l2},ane-cse,ane-dce),canonicalize{
// CHECK: run: 1
// CHECK: func.func @f
// CHECK-NOT: ane.exp
// CHECK-COUNT-1: ane.reduce_l2_norm
// CHECK-NOT: ane.reduce_l2_norm
// CHECK: "ane.add"(%[[Y:.*]], %[[Y]])
static void testPipeline(void) {
  fprintf(stderr, "testPipeline\n");
  MlirContext ctx = mlirContextCreate();
  aneContextLoadDialect(ctx);
  mlirRegisterTransformsPasses();
  MlirModule module =
      mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(kModule));
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  MlirLogicalResult parsed = aneParsePassPipeline(
      mlirPassManagerGetAsOpPassManager(pm),
      mlirStringRefCreateFromCString(
          "builtin.module(func.func(lower-norms,ane-cse,ane-dce),canonicalize)"),
      printStderr, NULL);
  fprintf(stderr, "pipeline: ");
  if (mlirLogicalResultIsSuccess(parsed))
    mlirPrintPassPipeline(mlirPassManagerGetAsOpPassManager(pm), printStderr,
                          NULL);
  fprintf(stderr, "\nrun: %d\n",
          mlirLogicalResultIsSuccess(
              mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module))));
  mlirOperationPrint(mlirModuleGetOperation(module), printStderr, NULL);
  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
}

// CHECK-LABEL: testPipelineErrors
// CHECK: column 19: expected ')'
// CHECK-NEXT: {{^}}  builtin.module(cse
// CHECK-NEXT: {{^}}                    ^
// CHECK: failed: 1
// CHECK: column 16: 'nope' does not refer to a registered pass or pass pipeline
// CHECK: column 1: expected the pipeline to be anchored on 'builtin.module(...)'
// CHECK: elements: 1
// CHECK: func-anchored: column 1: the pass manager is not anchored on builtin.module (add pipeline elements to a nested one with aneOpPassManagerAddPipeline)
// CHECK: func-anchored failed: 1
// CHECK: column 1: null pass manager or pipeline text
// CHECK: deep: column 144: pass pipeline nested too deeply (more than 64 levels)
// CHECK-NEXT: deep failed: 1
static void printFirstLine(MlirStringRef s, void *userData) {
  (void)userData;
  const char *newline = memchr(s.data, '\n', s.length);
  fprintf(stderr, "%.*s",
          (int)(newline ? (size_t)(newline - s.data) : s.length), s.data);
}

static void testPipelineErrors(void) {
  fprintf(stderr, "testPipelineErrors\n");
  MlirContext ctx = mlirContextCreate();
  aneContextLoadDialect(ctx);
  mlirRegisterTransformsPasses();
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  MlirOpPassManager top = mlirPassManagerGetAsOpPassManager(pm);
  MlirLogicalResult r = aneParsePassPipeline(
      top, mlirStringRefCreateFromCString("builtin.module(cse"), printStderr,
      NULL);
  fprintf(stderr, "\nfailed: %d\n", mlirLogicalResultIsFailure(r));
  aneParsePassPipeline(top, mlirStringRefCreateFromCString("builtin.module(nope)"),
                       printStderr, NULL);
  fprintf(stderr, "\n");
  aneParsePassPipeline(top, mlirStringRefCreateFromCString("func.func(cse)"),
                       printStderr, NULL);
  fprintf(stderr, "\n");
  // Elements without the anchor, nested under a func.func pass manager.
  MlirOpPassManager funcs = mlirOpPassManagerGetNestedUnder(
      top, mlirStringRefCreateFromCString("func.func"));
  fprintf(stderr, "elements: %d\n",
          mlirLogicalResultIsSuccess(aneOpPassManagerAddPipeline(
              funcs, mlirStringRefCreateFromCString("lower-norms{strategy=l2}, cse"),
              printStderr, NULL)));
  fprintf(stderr, "func-anchored: ");
  MlirLogicalResult nested = aneParsePassPipeline(
      funcs, mlirStringRefCreateFromCString("builtin.module(ane-dce)"),
      printStderr, NULL);
  fprintf(stderr, "\nfunc-anchored failed: %d\n",
          mlirLogicalResultIsFailure(nested));
  MlirOpPassManager null = {NULL};
  aneParsePassPipeline(null, mlirStringRefCreateFromCString("builtin.module()"),
                       printStderr, NULL);
  fprintf(stderr, "\n");
  // 100000 nested anchors: an error at level 65, not a stack overflow.
  enum { kDeep = 100000 };
  char *deep = malloc(32 + 3 * kDeep);
  strcpy(deep, "builtin.module(");
  size_t n = strlen(deep);
  for (int i = 0; i < kDeep; ++i, n += 2)
    memcpy(deep + n, "a(", 2);
  memset(deep + n, ')', kDeep + 1);
  deep[n + kDeep + 1] = '\0';
  fprintf(stderr, "deep: ");
  MlirLogicalResult deepResult = aneParsePassPipeline(
      top, mlirStringRefCreateFromCString(deep), printFirstLine, NULL);
  fprintf(stderr, "\ndeep failed: %d\n",
          mlirLogicalResultIsFailure(deepResult));
  free(deep);
  mlirPassManagerDestroy(pm);
  mlirContextDestroy(ctx);
}

// A decomposed RMSNorm (square -> mean -> add eps -> rsqrt -> mul -> mul
// gamma, gamma first) for fuse-norms.
static const char kDecomposed[] =
    "func.func @f(%x: tensor<2x8xf32>, %g: tensor<8xf32>) -> tensor<2x8xf32> {\n"
    "  %eps = arith.constant dense<1.0e-05> : tensor<1xf32>\n"
    "  %0 = \"ane.square\"(%x) : (tensor<2x8xf32>) -> tensor<2x8xf32>\n"
    "  %1 = \"ane.reduce_mean\"(%0) {axes = array<i64: -1>, keep_dims = true} "
    ": (tensor<2x8xf32>) -> tensor<2x1xf32>\n"
    "  %2 = \"ane.add\"(%1, %eps) : (tensor<2x1xf32>, tensor<1xf32>) -> "
    "tensor<2x1xf32>\n"
    "  %3 = \"ane.rsqrt\"(%2) {epsilon = 0.0 : f32} : (tensor<2x1xf32>) -> "
    "tensor<2x1xf32>\n"
    "  %4 = \"ane.mul\"(%x, %3) : (tensor<2x8xf32>, tensor<2x1xf32>) -> "
    "tensor<2x8xf32>\n"
    "  %5 = \"ane.mul\"(%g, %4) : (tensor<8xf32>, tensor<2x8xf32>) -> "
    "tensor<2x8xf32>\n"
    "  return %5 : tensor<2x8xf32>\n}";

// CHECK-LABEL: testFuseNorms
// CHECK: set without dialect is null: 1
// CHECK: set: 1
// CHECK: from string: 1
// CHECK: run: 1
// CHECK: func.func @f
// CHECK-NEXT: "ane.rms_norm"(%arg0, %arg1) {axes = array<i64: -1>, epsilon = 9.99999974E-6 : f32}
// CHECK-NEXT: return
static void testFuseNorms(void) {
  fprintf(stderr, "testFuseNorms\n");
  MlirContext bare = mlirContextCreate();
  fprintf(stderr, "set without dialect is null: %d\n",
          aneFuseNormsPatternSetCreate(bare).ptr == NULL);
  mlirContextDestroy(bare);

  MlirContext ctx = mlirContextCreate();
  aneContextLoadDialect(ctx);
  MlirRewritePatternSet set = aneFuseNormsPatternSetCreate(ctx);
  fprintf(stderr, "set: %d\n", set.ptr != NULL);
  mlirRewritePatternSetDestroy(set);
  MlirPass pass = aneCreatePassFromString(
      mlirStringRefCreateFromCString("fuse-norms"), mlirStringRefCreate(NULL, 0),
      printStderr, NULL);
  fprintf(stderr, "from string: %d\n", pass.ptr != NULL);
  MlirModule module =
      mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(kDecomposed));
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  MlirOpPassManager funcs = mlirPassManagerGetNestedUnder(
      pm, mlirStringRefCreateFromCString("func.func"));
  mlirOpPassManagerAddOwnedPass(funcs, pass);
  fprintf(stderr, "run: %d\n",
          mlirLogicalResultIsSuccess(
              mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module))));
  mlirOperationPrint(mlirModuleGetOperation(module), printStderr, NULL);
  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
}

// CHECK-LABEL: testRemarks
// CHECK-NEXT: remark at loc("-":4:8): lowered with strategy=l2: its L2 norm over 8 elements is stored in fp16, so on the ANE it is exact only while rms(x) < 65504/sqrt(D) = 23159.2; ane.rms_norm keeps it in fp32 (strategy=layer-norm has no such bound)
// CHECK-NEXT: remark at loc("-":3:8): lowered with strategy=l2
// CHECK-NEXT: first run: 1
// CHECK-NEXT: second run (no callback): 1
// CHECK-NEXT: layer-norm run: 1
// CHECK-NOT: remark at
// CHECK-LABEL: end testRemarks (2 remarks)
static void printRemark(MlirLocation location, MlirStringRef message,
                        void *userData) {
  int *count = userData;
  ++*count;
  fprintf(stderr, "remark at ");
  mlirLocationPrint(location, printStderr, NULL);
  fprintf(stderr, ": %.*s\n", (int)message.length, message.data);
}

static void runLowerNorms(const char *what, MlirPass pass) {
  MlirContext ctx = mlirContextCreateWithThreading(false);
  aneContextLoadDialect(ctx);
  MlirModule module =
      mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(kModule));
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  mlirOpPassManagerAddOwnedPass(
      mlirPassManagerGetNestedUnder(
          pm, mlirStringRefCreateFromCString("func.func")),
      pass);
  int ok = mlirLogicalResultIsSuccess(
      mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module)));
  fprintf(stderr, "%s: %d\n", what, ok);
  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
}

static void testRemarks(void) {
  fprintf(stderr, "testRemarks\n");
  int count = 0;
  aneSetRemarkCallback(printRemark, &count);
  runLowerNorms("first run", aneCreateLowerNormsPass(ANE_LOWER_NORMS_L2));
  aneSetRemarkCallback(NULL, NULL);
  runLowerNorms("second run (no callback)",
                aneCreateLowerNormsPass(ANE_LOWER_NORMS_L2));
  aneSetRemarkCallback(printRemark, &count);
  runLowerNorms("layer-norm run",
                aneCreateLowerNormsPass(ANE_LOWER_NORMS_LAYER_NORM));
  aneSetRemarkCallback(NULL, NULL);
  fprintf(stderr, "end testRemarks (%d remarks)\n", count);
}

// The PDL passes declare the dialects they depend on: loading the ANE
// dialect does not load pdl or pdl_interp, running a pipeline does (before
// the passes run), and so does building a pattern set without a pass.
// CHECK-LABEL: testDependentDialects
// CHECK: after aneContextLoadDialect: pdl 0, pdl_interp 0
// CHECK-NEXT: after running lower-norms: pdl 1, pdl_interp 1
// CHECK-NEXT: after a pattern set: pdl 1, pdl_interp 1
static bool isLoaded(MlirContext ctx, const char *name) {
  // A dialect that no handle has registered is never created by this.
  return !mlirDialectIsNull(
      mlirContextGetOrLoadDialect(ctx, mlirStringRefCreateFromCString(name)));
}

static void testDependentDialects(void) {
  fprintf(stderr, "testDependentDialects\n");
  MlirContext ctx = mlirContextCreate();
  aneContextLoadDialect(ctx);
  fprintf(stderr, "after aneContextLoadDialect: pdl %d, pdl_interp %d\n",
          isLoaded(ctx, "pdl"), isLoaded(ctx, "pdl_interp"));
  MlirModule module = mlirModuleCreateParse(
      ctx, mlirStringRefCreateFromCString("func.func @f() {\n  return\n}"));
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  mlirPassManagerAddOwnedPass(pm, aneCreateLowerNormsPass(ANE_LOWER_NORMS_L2));
  mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module));
  fprintf(stderr, "after running lower-norms: pdl %d, pdl_interp %d\n",
          isLoaded(ctx, "pdl"), isLoaded(ctx, "pdl_interp"));
  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);

  ctx = mlirContextCreate();
  aneContextLoadDialect(ctx);
  MlirRewritePatternSet set = aneFuseNormsPatternSetCreate(ctx);
  fprintf(stderr, "after a pattern set: pdl %d, pdl_interp %d\n",
          isLoaded(ctx, "pdl"), isLoaded(ctx, "pdl_interp"));
  mlirRewritePatternSetDestroy(set);
  mlirContextDestroy(ctx);
}

int main(void) {
  testRegistry();
  testCreate();
  testPipeline();
  testPipelineErrors();
  testFuseNorms();
  testRemarks();
  testDependentDialects();
  return 0;
}
