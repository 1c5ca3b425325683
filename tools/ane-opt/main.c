//===- main.c - ane-opt: parse, verify, run passes, print ------------------===//
//
// The mlir-opt of the ANE dialect. Each input (or each --split-input-file
// chunk) is processed in a fresh context: parse -> ANE verifier -> pass
// pipeline -> ANE verifier -> print. All output is collected first and
// written at the end, atomically when it goes to a file.
//
//===----------------------------------------------------------------------===//

#include "diagnostics.h"
#include "options.h"
#include "output.h"
#include "parse.h"
#include "passes.h"
#include "source.h"
#include "tool_name.h"
#include "verify_diagnostics.h"

#include "ane-c/Dialect.h"

#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *aneToolName = "ane-opt";

static void appendToBuffer(MlirStringRef s, void *userData) {
  aneBufferAppend(userData, s.data, s.length);
}

static MlirOpPrintingFlags createPrintingFlags(const AneOptOptions *options) {
  MlirOpPrintingFlags flags = mlirOpPrintingFlagsCreate();
  if (options->printDebugInfo)
    mlirOpPrintingFlagsEnableDebugInfo(flags, true, false);
  if (options->printOpGeneric)
    mlirOpPrintingFlagsPrintGenericOpForm(flags);
  return flags;
}

static bool runPasses(MlirContext context, MlirModule module,
                      const AneOptOptions *options) {
  if (options->numPasses == 0)
    return true;
  MlirPassManager pm = mlirPassManagerCreate(context);
  bool ok = aneOptBuildPipeline(pm, options);
  if (ok && options->printIRAfterAll) {
    MlirOpPrintingFlags flags = createPrintingFlags(options);
    mlirPassManagerEnableIRPrinting(pm, false, true, false, false, false,
                                    flags, mlirStringRefCreate(NULL, 0));
    mlirOpPrintingFlagsDestroy(flags);
  }
  if (ok && options->timing)
    mlirPassManagerEnableTiming(pm);
  if (ok)
    ok = mlirLogicalResultIsSuccess(
        mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module)));
  mlirPassManagerDestroy(pm);
  return ok;
}

// Parse, verify, transform and print one buffer into `out`.
static bool processBuffer(MlirContext context, AneSource *src,
                          AneDiagEngine *engine, const AneOptOptions *options,
                          AneBuffer *out) {
  if (mlirLogicalResultIsFailure(aneContextLoadDialect(context)))
    return false;
  bool keepLocations = options->printDebugInfo || options->emitBytecode;
  MlirModule module = aneOptParse(context, src, engine, keepLocations);
  if (mlirModuleIsNull(module))
    return false;
  MlirOperation op = mlirModuleGetOperation(module);
  bool ok = mlirLogicalResultIsSuccess(aneVerifyOperation(op)) &&
            runPasses(context, module, options) &&
            mlirLogicalResultIsSuccess(aneVerifyOperation(op));
  if (ok && options->emitBytecode) {
    mlirOperationWriteBytecode(op, appendToBuffer, out);
  } else if (ok) {
    MlirOpPrintingFlags flags = createPrintingFlags(options);
    mlirOperationPrintWithFlags(op, flags, appendToBuffer, out);
    mlirOpPrintingFlagsDestroy(flags);
    aneBufferAppendString(out, "\n");
  }
  mlirModuleDestroy(module);
  return ok;
}

static bool processChunk(AneSource *src, const AneOptOptions *options,
                         MlirLlvmThreadPool pool, AneBuffer *out) {
  MlirContext context = mlirContextCreateWithThreading(false);
  if (!options->disableThreading)
    mlirContextSetThreadPool(context, pool);
  AneDiagEngine engine = {.source = src, .collect = options->verifyDiagnostics};
  aneDiagEngineAttach(&engine, context);

  bool ok = processBuffer(context, src, &engine, options, out);
  // A diagnostic error fails the run even if the step reported success.
  ok = ok && engine.numErrors == 0;
  if (options->verifyDiagnostics)
    ok = aneVerifyDiagnostics(&engine);

  mlirContextDestroy(context);
  aneDiagEngineDestroy(&engine);
  return ok;
}

int main(int argc, char **argv) {
  AneOptOptions options;
  switch (aneOptParseCommandLine(argc, argv, &options)) {
  case ANE_OPT_RUN:
    break;
  case ANE_OPT_EXIT_OK:
    aneOptOptionsDestroy(&options);
    return 0;
  case ANE_OPT_EXIT_USAGE:
    aneOptOptionsDestroy(&options);
    return 2;
  }
  aneOptRegisterPasses();

  AneSource input;
  if (!aneSourceRead(options.inputPath, &input)) {
    aneOptOptionsDestroy(&options);
    return 1;
  }
  size_t numChunks = 1;
  AneSource *chunks = &input;
  if (options.splitInputFile && !aneSourceIsBytecode(&input))
    chunks = aneSourceSplit(&input, &numChunks);

  MlirLlvmThreadPool pool = mlirLlvmThreadPoolCreate();
  AneBuffer out = {0};
  bool ok = true;
  for (size_t i = 0; i < numChunks; ++i) {
    if (i > 0)
      aneBufferAppendString(&out, "// -----\n");
    ok &= processChunk(&chunks[i], &options, pool, &out);
  }
  mlirLlvmThreadPoolDestroy(pool);

  // A failed run leaves no output file; stdout still gets what succeeded,
  // as with mlir-opt.
  bool toFile = options.outputPath && strcmp(options.outputPath, "-") != 0;
  if (ok || !toFile)
    ok &= aneWriteOutput(options.outputPath, &out);

  aneBufferDestroy(&out);
  if (chunks != &input) {
    for (size_t i = 0; i < numChunks; ++i)
      aneSourceDestroy(&chunks[i]);
    free(chunks);
  }
  aneSourceDestroy(&input);
  aneOptOptionsDestroy(&options);
  return ok ? 0 : 1;
}
