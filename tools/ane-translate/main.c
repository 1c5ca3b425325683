//===- main.c - ane-translate: MIL text <-> ANE dialect IR ----------------===//
//
// The mlir-translate of the ANE dialect:
//   --import-mil: MIL text (+ the weight files its BLOBFILEs name) -> verified
//                 ANE IR, printed;
//   --export-mil: ANE IR -> model.mil (+ weights/weight.bin beside it).
// Every error is a located diagnostic (MIL file:line:col on import, the IR's
// location on export) printed like mlir-opt's; output files are written
// atomically, and not at all on failure.
//
//===----------------------------------------------------------------------===//

#include "options.h"

#include "mil/conventions.h"
#include "diagnostics.h"
#include "mil/export_files.h"
#include "mil/exporter.h"
#include "mil/importer.h"
#include "output.h"
#include "parse.h"
#include "source.h"
#include "support/files.h"
#include "tool_name.h"

#include "ane-c/Dialect.h"

#include "mlir-c/IR.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const char *aneToolName = "ane-translate";

static void appendToBuffer(MlirStringRef s, void *userData) {
  aneBufferAppend(userData, s.data, s.length);
}

static MlirContext createContext(bool allowUnregistered) {
  MlirContext context = mlirContextCreateWithThreading(false);
  mlirContextSetAllowUnregisteredDialects(context, allowUnregistered);
  return context;
}

//===----------------------------------------------------------------------===//
// --import-mil
//===----------------------------------------------------------------------===//

static bool importChunk(AneSource *src, const char *modelDir,
                        const AneTranslateOptions *options, AneBuffer *out) {
  MlirContext context = createContext(options->allowUnknown);
  AneDiagEngine engine = {.source = src};
  aneDiagEngineAttach(&engine, context);
  bool ok = mlirLogicalResultIsSuccess(aneContextLoadDialect(context));
  MlirModule module = {NULL};
  if (ok) {
    MilImportOptions importOptions = {options->allowUnknown, modelDir,
                                      options->weightsDir};
    module = milImportText(context, src->name, src->text, src->length,
                           &importOptions);
    ok = !mlirModuleIsNull(module);
  }
  ok = ok && engine.numErrors == 0;
  if (ok) {
    MlirOpPrintingFlags flags = mlirOpPrintingFlagsCreate();
    if (options->printDebugInfo)
      mlirOpPrintingFlagsEnableDebugInfo(flags, true, false);
    mlirOperationPrintWithFlags(mlirModuleGetOperation(module), flags,
                                appendToBuffer, out);
    mlirOpPrintingFlagsDestroy(flags);
    aneBufferAppendString(out, "\n");
  }
  if (!mlirModuleIsNull(module))
    mlirModuleDestroy(module);
  mlirContextDestroy(context);
  aneDiagEngineDestroy(&engine);
  return ok;
}

static bool importMil(AneSource *input, const AneTranslateOptions *options,
                      AneBuffer *out) {
  char *modelDir = aneFolderOf(options->inputPath);
  size_t numChunks = 1;
  AneSource *chunks = input;
  if (options->splitInputFile)
    chunks = aneSourceSplit(input, &numChunks);
  bool ok = true;
  for (size_t i = 0; i < numChunks; ++i) {
    if (i > 0)
      aneBufferAppendString(out, "// -----\n");
    ok &= importChunk(&chunks[i], modelDir, options, out);
  }
  if (chunks != input) {
    for (size_t i = 0; i < numChunks; ++i)
      aneSourceDestroy(&chunks[i]);
    free(chunks);
  }
  free(modelDir);
  return ok;
}

//===----------------------------------------------------------------------===//
// --export-mil
//===----------------------------------------------------------------------===//

// Writes model.mil, and with weights weights/weight.bin beside it (both or
// neither: milExportWriteFiles).
static bool writeExport(const MilExport *result,
                        const AneTranslateOptions *options) {
  bool toStdout = !options->outputPath || strcmp(options->outputPath, "-") == 0;
  char error[1024];
  if (result->weights.count == 0) {
    if (!toStdout && !milExportCreateFolder(options->outputPath, error,
                                            sizeof(error))) {
      fprintf(stderr, "ane-translate: error: %s\n", error);
      return false;
    }
    return aneWriteOutput(options->outputPath, &result->text);
  }
  if (toStdout) {
    fprintf(stderr,
            "ane-translate: error: the program has %u weight blob%s: "
            "--export-mil needs -o <folder>/model.mil to write "
            MIL_WEIGHTS_FILE " beside it\n",
            result->weights.count, result->weights.count == 1 ? "" : "s");
    return false;
  }
  if (!milExportWriteFiles(result, options->outputPath, error,
                           sizeof(error))) {
    fprintf(stderr, "ane-translate: error: %s\n", error);
    return false;
  }
  return true;
}

static bool exportMil(AneSource *input, const AneTranslateOptions *options) {
  // The parse accepts the opaque mil.* ops (AneParseOptions.acceptMilOps)
  // and no other unregistered op.
  MlirContext context = createContext(false);
  AneDiagEngine engine = {.source = input};
  aneDiagEngineAttach(&engine, context);
  bool ok = mlirLogicalResultIsSuccess(aneContextLoadDialect(context));
  MlirModule module = ok ? aneOptParse(context, input, true, 1)
                         : (MlirModule){NULL};
  ok = ok && !mlirModuleIsNull(module) &&
       mlirLogicalResultIsSuccess(
           aneVerifyOperation(mlirModuleGetOperation(module)));
  MilExport result;
  memset(&result, 0, sizeof(result));
  if (ok) {
    MilExportOptions exportOptions = {options->minBlobElements,
                                      options->maxMemory};
    ok = milExportModule(mlirModuleGetOperation(module), &exportOptions,
                         &result);
  }
  ok = ok && engine.numErrors == 0 && writeExport(&result, options);
  milExportDestroy(&result);
  if (!mlirModuleIsNull(module))
    mlirModuleDestroy(module);
  mlirContextDestroy(context);
  aneDiagEngineDestroy(&engine);
  return ok;
}

int main(int argc, char **argv) {
  AneTranslateOptions options;
  AneCliResult parsed = aneTranslateParseCommandLine(argc, argv, &options);
  if (parsed != ANE_CLI_RUN) {
    return aneCliExitStatus(parsed);
  }
  AneSource input;
  if (!aneSourceRead(options.inputPath, &input))
    return 1;
  bool ok;
  if (options.mode == ANE_TRANSLATE_IMPORT_MIL) {
    AneBuffer out = {0};
    ok = importMil(&input, &options, &out);
    // Like ane-opt: a failed run leaves no output file; stdout still gets
    // what succeeded.
    bool toFile = options.outputPath && strcmp(options.outputPath, "-") != 0;
    if (ok || !toFile)
      ok &= aneWriteOutput(options.outputPath, &out);
    aneBufferDestroy(&out);
  } else {
    ok = exportMil(&input, &options);
  }
  aneSourceDestroy(&input);
  return ok ? 0 : 1;
}
