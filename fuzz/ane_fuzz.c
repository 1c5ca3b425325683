//===- ane_fuzz.c - libFuzzer harness: parse -> verify -> passes -> print -===//
//
// Drives the path every ANE tool and embedder takes with arbitrary bytes:
// the tools' parse step (tools/common/parse.c: the input guards, MLIR text
// or bytecode, a located error where MLIR is silent), MLIR's and the ANE
// verifier, then every ANE pass (each one the library registers, lower-norms
// with each strategy, and combinations) through the public C API, and the
// printer. Besides crashes and sanitizer reports, it aborts on two
// broken promises (docs/robustness.md):
//   - a pass that succeeds on verified IR leaves IR that fails to verify;
//   - printed IR that verified does not parse and verify again.
//
// One context and one set of pass managers live for the whole run (the PDL
// patterns are compiled once); each input gets a fresh module.
//
//===----------------------------------------------------------------------===//

#include "diagnostics.h"
#include "mil/exporter.h"
#include "mil/importer.h"
#include "output.h"
#include "parse.h"
#include "source.h"

#include "ane-c/Dialect.h"
#include "ane-c/Passes.h"

#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *aneToolName = "ane-fuzz";

static MlirContext context;
// For MIL import of what was exported (opaque mil.* ops are unregistered).
static MlirContext milContext;
enum { kMaxPipelines = 16 };
static MlirPassManager pipelines[kMaxPipelines];
static const char *pipelineTexts[kMaxPipelines];
static int numPipelines;

static void appendText(MlirStringRef s, void *userData) {
  aneBufferAppend(userData, s.data, s.length);
}

static void ignoreString(MlirStringRef s, void *userData) {
  (void)s;
  (void)userData;
}

static void addPipeline(const char *text) {
  if (numPipelines == kMaxPipelines)
    return;
  MlirPassManager pm = mlirPassManagerCreate(context);
  // The harness verifies after the pipeline itself, so that a pass leaving
  // invalid IR is a finding rather than an ordinary failed run.
  mlirPassManagerEnableVerifier(pm, false);
  if (mlirLogicalResultIsFailure(aneParsePassPipeline(
          mlirPassManagerGetAsOpPassManager(pm),
          mlirStringRefCreateFromCString(text), NULL, NULL))) {
    fprintf(stderr, "ane-fuzz: cannot build pipeline %s\n", text);
    abort();
  }
  pipelineTexts[numPipelines] = text;
  pipelines[numPipelines++] = pm;
}

static void createContext(void) {
  context = mlirContextCreateWithThreading(false);
  if (mlirLogicalResultIsFailure(aneContextLoadDialect(context)))
    abort();
  // Every ANE pass on its own, then the combinations ane-opt users run.
  static char single[kMaxPipelines][96];
  intptr_t numPasses = aneGetNumPasses();
  for (intptr_t i = 0; i < numPasses && i < kMaxPipelines / 2; ++i) {
    MlirStringRef arg = aneGetPassArgument(i);
    snprintf(single[i], sizeof(single[i]), "builtin.module(%.*s)",
             (int)arg.length, arg.data);
    addPipeline(single[i]);
  }
  addPipeline("builtin.module(lower-norms{strategy=reduce-sum},ane-cse,"
              "ane-dce)");
  addPipeline("builtin.module(func.func(lower-norms{strategy=layer-norm}),"
              "ane-dce,ane-cse)");
  addPipeline("builtin.module(fuse-norms,lower-norms{strategy=l2},ane-cse,"
              "ane-dce)");
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  createContext();
  return 0;
}

static bool verifies(MlirOperation op) {
  return mlirOperationVerify(op) &&
         mlirLogicalResultIsSuccess(aneVerifyOperation(op));
}

// Prints what `engine` collected, for a finding's report.
static void dumpDiags(const AneDiagEngine *engine) {
  for (size_t i = 0; i < engine->numDiags; ++i)
    fprintf(stderr, "  %u:%u: %s\n", engine->diags[i].line,
            engine->diags[i].col, engine->diags[i].message);
}

// True if any diagnostic collected by `engine` is the nesting guard's.
static bool hitNestingLimit(const AneDiagEngine *engine) {
  for (size_t i = 0; i < engine->numDiags; ++i)
    if (strstr(engine->diags[i].message, "nesting exceeds the limit") ||
        strstr(engine->diags[i].message, "expand to more than") ||
        strstr(engine->diags[i].message, "prints to more than"))
      return true;
  return false;
}

// Copies `data` into `src` as aneSourceRead would (NUL-terminated: MLIR's
// lexer relies on the terminator).
static void makeSource(AneSource *src, const char *name, const char *data,
                       size_t length) {
  *src = (AneSource){.name = name, .firstLine = 1, .length = length};
  src->text = malloc(length + 1);
  if (!src->text)
    abort();
  memcpy(src->text, data, length);
  src->text[length] = '\0';
}

// The printed form of verified IR must parse and verify again.
static void checkReparses(MlirOperation op, const char *what) {
  AneBuffer printed = {0};
  mlirOperationPrint(op, appendText, &printed);
  AneSource src;
  makeSource(&src, "printed", printed.data, printed.length);
  AneDiagEngine engine = {.source = &src, .collect = true};
  MlirDiagnosticHandlerID handler = aneDiagEngineAttach(&engine, context);
  MlirModule again = aneOptParse(context, &src, false, 1);
  bool ok = !mlirModuleIsNull(again) &&
            verifies(mlirModuleGetOperation(again));
  mlirContextDetachDiagnosticHandler(context, handler);
  if (!ok && !hitNestingLimit(&engine)) {
    fprintf(stderr, "ane-fuzz: %s printed IR that does not parse and verify "
                    "again:\n%s\n", what, printed.data);
    dumpDiags(&engine);
    abort();
  }
  if (!mlirModuleIsNull(again))
    mlirModuleDestroy(again);
  aneDiagEngineDestroy(&engine);
  aneSourceDestroy(&src);
  aneBufferDestroy(&printed);
}

static MlirLogicalResult ignoreDiagnostic(MlirDiagnostic d, void *userData) {
  (void)d;
  (void)userData;
  return mlirLogicalResultSuccess();
}

// Verified IR that exports to MIL (names and strings from the input, so
// hostile ones) must give MIL that imports again and exports to the same
// text: an injected statement or a mangled name breaks that.
static void checkMilRoundTrip(MlirOperation op) {
  if (mlirContextIsNull(milContext)) {
    milContext = mlirContextCreateWithThreading(false);
    mlirContextSetAllowUnregisteredDialects(milContext, true);
    if (mlirLogicalResultIsFailure(aneContextLoadDialect(milContext)))
      abort();
    mlirContextAttachDiagnosticHandler(milContext, ignoreDiagnostic, NULL,
                                       NULL);
  }
  MilExportOptions options = {10, (uint64_t)1 << 28};
  MilExport first, second;
  MlirDiagnosticHandlerID handler =
      mlirContextAttachDiagnosticHandler(context, ignoreDiagnostic, NULL,
                                         NULL);
  bool exported = milExportModule(op, &options, &first);
  mlirContextDetachDiagnosticHandler(context, handler);
  if (!exported || first.weights.count > 0) {
    milExportDestroy(&first);
    return;
  }
  MilImportOptions importOptions = {true, ".", NULL};
  MlirModule again = milImportText(milContext, "exported.mil",
                                   first.text.data, first.text.length,
                                   &importOptions);
  bool same = false;
  if (!mlirModuleIsNull(again)) {
    same = milExportModule(mlirModuleGetOperation(again), &options,
                           &second) &&
           second.text.length == first.text.length &&
           memcmp(second.text.data, first.text.data, first.text.length) == 0;
    milExportDestroy(&second);
    mlirModuleDestroy(again);
  }
  if (!same) {
    fprintf(stderr, "ane-fuzz: exported MIL does not import and export to "
                    "the same text:\n%.*s\n",
            (int)first.text.length, first.text.data);
    abort();
  }
  milExportDestroy(&first);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  AneSource src;
  makeSource(&src, "input", (const char *)data, size);
  AneDiagEngine engine = {.source = &src, .collect = true};
  MlirDiagnosticHandlerID handler = aneDiagEngineAttach(&engine, context);
  MlirModule module = aneOptParse(context, &src, false, 1);
  mlirContextDetachDiagnosticHandler(context, handler);
  aneDiagEngineDestroy(&engine);
  if (mlirModuleIsNull(module)) {
    aneSourceDestroy(&src);
    return 0;
  }

  MlirOperation op = mlirModuleGetOperation(module);
  handler = aneDiagEngineAttach(&engine, context);
  // The parser has run MLIR's verifier; only the ANE rules are left.
  bool valid = mlirLogicalResultIsSuccess(aneVerifyOperation(op));
  mlirContextDetachDiagnosticHandler(context, handler);
  aneDiagEngineDestroy(&engine);
  if (!valid) {
    // Invalid IR still prints (generically) without crashing.
    MlirOpPrintingFlags flags = mlirOpPrintingFlagsCreate();
    mlirOpPrintingFlagsPrintGenericOpForm(flags);
    mlirOperationPrintWithFlags(op, flags, ignoreString, NULL);
    mlirOpPrintingFlagsDestroy(flags);
    // MLIR's pass manager does not verify a pass's input, so an embedder
    // can run the ANE passes on IR that MLIR accepts and the ANE verifier
    // rejects: they must fail or succeed, never crash
    // (test/lit/capi/unverified.c).
    handler = aneDiagEngineAttach(&engine, context);
    for (int p = 0; p < numPipelines; ++p) {
      MlirOperation clone = mlirOperationClone(op);
      mlirPassManagerRunOnOp(pipelines[p], clone);
      mlirOperationDestroy(clone);
    }
    mlirContextDetachDiagnosticHandler(context, handler);
    aneDiagEngineDestroy(&engine);
    mlirModuleDestroy(module);
    aneSourceDestroy(&src);
    return 0;
  }
  checkReparses(op, "the parser");
  checkMilRoundTrip(op);
  {
    MlirOpPrintingFlags flags = mlirOpPrintingFlagsCreate();
    mlirOpPrintingFlagsEnableDebugInfo(flags, true, false);
    mlirOperationPrintWithFlags(op, flags, ignoreString, NULL);
    mlirOpPrintingFlagsDestroy(flags);
    mlirOperationWriteBytecode(op, ignoreString, NULL);
  }

  for (int p = 0; p < numPipelines; ++p) {
    MlirOperation clone = mlirOperationClone(op);
    handler = aneDiagEngineAttach(&engine, context);
    bool ran = mlirLogicalResultIsSuccess(
        mlirPassManagerRunOnOp(pipelines[p], clone));
    bool ok = !ran || verifies(clone);
    mlirContextDetachDiagnosticHandler(context, handler);
    if (!ok) {
      fprintf(stderr, "ane-fuzz: %s left IR that does not verify:\n",
              pipelineTexts[p]);
      dumpDiags(&engine);
      mlirOperationDump(clone);
      abort();
    }
    aneDiagEngineDestroy(&engine);
    if (ran)
      checkReparses(clone, pipelineTexts[p]);
    mlirOperationDestroy(clone);
  }
  mlirModuleDestroy(module);
  aneSourceDestroy(&src);
  return 0;
}
