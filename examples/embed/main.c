//===- main.c - Embed ane-mlir in a C program ------------------------------===//
//
// Builds a module in memory with the MLIR C API, runs
// canonicalize -> lower-norms -> ane-dce -> cse through an upstream
// MlirPassManager, and prints the result. Uses only the installed package.
//
//===----------------------------------------------------------------------===//

#include "ane-c/Dialect.h"
#include "ane-c/Passes.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "mlir-c/Transforms.h"

#include <stdio.h>

static void printToStdout(MlirStringRef s, void *userData) {
  (void)userData;
  fwrite(s.data, 1, s.length, stdout);
}

static MlirNamedAttribute named(MlirContext ctx, const char *name,
                                MlirAttribute attr) {
  return mlirNamedAttributeGet(
      mlirIdentifierGet(ctx, mlirStringRefCreateFromCString(name)), attr);
}

// Creates `name` with the given operands, one result and attributes, at the
// end of `block`, and returns its result.
static MlirValue addOp(MlirBlock block, const char *name, intptr_t nOperands,
                       const MlirValue *operands, MlirType resultType,
                       intptr_t nAttrs, const MlirNamedAttribute *attrs) {
  MlirContext ctx = mlirTypeGetContext(resultType);
  MlirOperationState state = mlirOperationStateGet(
      mlirStringRefCreateFromCString(name), mlirLocationUnknownGet(ctx));
  mlirOperationStateAddOperands(&state, nOperands, operands);
  mlirOperationStateAddResults(&state, 1, &resultType);
  mlirOperationStateAddAttributes(&state, nAttrs, attrs);
  MlirOperation op = mlirOperationCreate(&state);
  mlirBlockAppendOwnedOperation(block, op);
  return mlirOperationGetResult(op, 0);
}

// func.func @norm(%x: tensor<2x8xf16>) -> tensor<2x8xf16> with an unused
// ane.exp (for ane-dce), a constant gamma (folded by lower-norms) and an
// ane.rms_norm.
static MlirModule buildModule(MlirContext ctx) {
  MlirLocation loc = mlirLocationUnknownGet(ctx);
  MlirModule module = mlirModuleCreateEmpty(loc);
  MlirType f16 = mlirF16TypeGet(ctx);
  int64_t xShape[] = {2, 8}, gShape[] = {8};
  MlirType xType = mlirRankedTensorTypeGet(2, xShape, f16, mlirAttributeGetNull());
  MlirType gType = mlirRankedTensorTypeGet(1, gShape, f16, mlirAttributeGetNull());

  MlirRegion body = mlirRegionCreate();
  MlirBlock block = mlirBlockCreate(1, &xType, &loc);
  mlirRegionAppendOwnedBlock(body, block);
  MlirValue x = mlirBlockGetArgument(block, 0);

  uint16_t one = 0x3c00; // 1.0 in fp16
  MlirNamedAttribute value =
      named(ctx, "value", mlirDenseElementsAttrFloat16Get(gType, 1, &one));
  MlirValue gamma = addOp(block, "arith.constant", 0, NULL, gType, 1, &value);
  addOp(block, "ane.exp", 1, &x, xType, 0, NULL);
  int64_t lastAxis = -1;
  MlirNamedAttribute normAttrs[] = {
      named(ctx, "axes", mlirDenseI64ArrayGet(ctx, 1, &lastAxis)),
      named(ctx, "epsilon",
            mlirFloatAttrDoubleGet(ctx, mlirF32TypeGet(ctx), 1e-5))};
  MlirValue normOperands[] = {x, gamma};
  MlirValue y =
      addOp(block, "ane.rms_norm", 2, normOperands, xType, 2, normAttrs);

  MlirOperationState ret = mlirOperationStateGet(
      mlirStringRefCreateFromCString("func.return"), loc);
  mlirOperationStateAddOperands(&ret, 1, &y);
  mlirBlockAppendOwnedOperation(block, mlirOperationCreate(&ret));

  MlirType fnType = mlirFunctionTypeGet(ctx, 1, &xType, 1, &xType);
  MlirNamedAttribute fnAttrs[] = {
      named(ctx, "sym_name",
            mlirStringAttrGet(ctx, mlirStringRefCreateFromCString("norm"))),
      named(ctx, "function_type", mlirTypeAttrGet(fnType))};
  MlirOperationState fn = mlirOperationStateGet(
      mlirStringRefCreateFromCString("func.func"), loc);
  mlirOperationStateAddAttributes(&fn, 2, fnAttrs);
  mlirOperationStateAddOwnedRegions(&fn, 1, &body);
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module),
                                mlirOperationCreate(&fn));
  return module;
}

int main(void) {
  MlirContext ctx = mlirContextCreate();
  if (mlirLogicalResultIsFailure(aneContextLoadDialect(ctx))) {
    fprintf(stderr, "cannot load the ANE dialect\n");
    return 1;
  }
  MlirModule module = buildModule(ctx);
  MlirOperation op = mlirModuleGetOperation(module);
  if (!mlirOperationVerify(op) ||
      mlirLogicalResultIsFailure(aneVerifyOperation(op))) {
    fprintf(stderr, "the module does not verify\n");
    return 1;
  }

  // canonicalize -> lower-norms -> ane-dce -> cse; the ANE passes run on
  // each function (in parallel when the context has threads).
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  MlirOpPassManager top = mlirPassManagerGetAsOpPassManager(pm);
  mlirOpPassManagerAddOwnedPass(top, mlirCreateTransformsCanonicalizer());
  MlirOpPassManager funcs = mlirOpPassManagerGetNestedUnder(
      top, mlirStringRefCreateFromCString("func.func"));
  mlirOpPassManagerAddOwnedPass(funcs, aneCreateLowerNormsPass(ANE_LOWER_NORMS_L2));
  mlirOpPassManagerAddOwnedPass(funcs, aneCreateDCEPass());
  mlirOpPassManagerAddOwnedPass(top, mlirCreateTransformsCSE());

  MlirStringRef version = aneGetVersion();
  printf("ane-mlir %.*s\npipeline: ", (int)version.length, version.data);
  mlirPrintPassPipeline(top, printToStdout, NULL);
  printf("\n");
  if (mlirLogicalResultIsFailure(mlirPassManagerRunOnOp(pm, op))) {
    fprintf(stderr, "the pipeline failed\n");
    return 1;
  }
  mlirOperationPrint(op, printToStdout, NULL);
  printf("\n");

  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  return 0;
}
