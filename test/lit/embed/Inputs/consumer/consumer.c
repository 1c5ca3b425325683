/* A consumer of an installed ane-mlir: lowers one RMSNorm through the
 * library's pipeline parser and prints the result. Written in the common
 * subset of C and C++ (consumer.cpp compiles this same file as C++), so it
 * shows the headers work from both. */

#include "ane-c/Dialect.h"
#include "ane-c/Passes.h"
#include "ane-c/Support.h"

#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"

#include <stdio.h>

static void print(MlirStringRef text, void *userData) {
  fwrite(text.data, 1, text.length, (FILE *)userData);
}

static const char kModule[] =
    "func.func @norm(%x: tensor<2x8xf16>, %g: tensor<8xf16>)"
    " -> tensor<2x8xf16> {\n"
    "  %y = \"ane.rms_norm\"(%x, %g) {axes = array<i64: -1>,"
    " epsilon = 1.0e-05 : f32}"
    " : (tensor<2x8xf16>, tensor<8xf16>) -> tensor<2x8xf16>\n"
    "  return %y : tensor<2x8xf16>\n"
    "}\n";

int main(void) {
  MlirStringRef version = aneGetVersion();
  printf("ane-mlir %.*s\n", (int)version.length, version.data);
  MlirContext ctx = mlirContextCreate();
  if (mlirLogicalResultIsFailure(aneContextLoadDialect(ctx)))
    return 1;
  MlirModule module =
      mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(kModule));
  if (mlirModuleIsNull(module))
    return 1;
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  MlirLogicalResult parsed = aneParsePassPipeline(
      mlirPassManagerGetAsOpPassManager(pm),
      mlirStringRefCreateFromCString("builtin.module(func.func(lower-norms))"),
      print, stderr);
  int status = 1;
  if (mlirLogicalResultIsSuccess(parsed) &&
      mlirLogicalResultIsSuccess(
          mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module)))) {
    mlirOperationPrint(mlirModuleGetOperation(module), print, stdout);
    printf("\n");
    status = 0;
  }
  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  return status;
}
