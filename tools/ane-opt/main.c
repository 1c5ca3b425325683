//===- main.c - ane-opt: parse, verify, run passes, print ------------------===//
//
// The mlir-opt of the ANE dialect. Each input (or each --split-input-file
// chunk) is processed in a fresh context: parse -> ANE verifier -> pass
// pipeline -> ANE verifier -> print. Output to a file is streamed into a
// temporary file renamed into place at the end (atomic: a failed run leaves
// no file); output to stdout is collected and written at the end.
//
//===----------------------------------------------------------------------===//

#include "diagnostics.h"
#include "options.h"
#include "output.h"
#include "parse.h"
#include "parse/parallel_parse.h"
#include "passes.h"
#include "print_ir.h"
#include "source.h"
#include "timing.h"
#include "tool_name.h"
#include "verify_diagnostics.h"

#include "ane-c/Dialect.h"
#include "ane-c/Passes.h"

#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *aneToolName = "ane-opt";

// Tearing down the last chunk's module and context only gives back memory the
// process is about to return to the OS, and walks every op once more to do
// it: ane-opt skips it, like clang's -disable-free (5% of a --lower-norms
// run, docs/performance.md). Sanitizer builds keep it, so LeakSanitizer sees
// everything freed; -DANE_FREE_AT_EXIT=1 keeps it for other leak checkers.
#ifndef ANE_FREE_AT_EXIT
#if defined(ANE_SANITIZER_DEFAULT_OPTIONS) || defined(__SANITIZE_ADDRESS__)
#define ANE_FREE_AT_EXIT 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#define ANE_FREE_AT_EXIT 1
#endif
#endif
#endif
#ifndef ANE_FREE_AT_EXIT
#define ANE_FREE_AT_EXIT 0
#endif

static void appendToOutput(MlirStringRef s, void *userData) {
  aneOutputAppend(userData, s.data, s.length);
}

static MlirOpPrintingFlags createPrintingFlags(const AneOptOptions *options) {
  MlirOpPrintingFlags flags = mlirOpPrintingFlagsCreate();
  if (options->printDebugInfo)
    mlirOpPrintingFlagsEnableDebugInfo(flags, true, false);
  if (options->printOpGeneric)
    mlirOpPrintingFlagsPrintGenericOpForm(flags);
  if (options->elideElementsAttrsIfLarger > 0)
    mlirOpPrintingFlagsElideLargeElementsAttrs(
        flags, (intptr_t)options->elideElementsAttrsIfLarger);
  return flags;
}

// `selfVerifying`: every pass checks its own output (aneOptPassesVerifyThemselves).
// `timing` (NULL without --mlir-timing) receives the pass manager's rows.
static bool runPasses(MlirContext context, MlirModule module,
                      const AneOptOptions *options, bool selfVerifying,
                      AneOptTiming *timing) {
  if (options->numPasses == 0 && !options->dumpPassPipeline)
    return true;
  // Anchored on the module, as mlir-opt's: a dumped pipeline reads back.
  MlirPassManager pm = mlirPassManagerCreateOnOperation(
      context, mlirStringRefCreateFromCString("builtin.module"));
  // MLIR's verifier after each pass (mlir-opt's --verify-each) adds nothing
  // after passes that run the ANE verifier, which checks every ane.* op at
  // least as strictly as IRDL, on their own output or only erase and merge
  // ops: they cannot leave IR that MLIR would reject. It is 10% of a
  // --lower-norms run (docs/performance.md).
  if (selfVerifying)
    mlirPassManagerEnableVerifier(pm, false);
  bool ok = aneOptBuildPipeline(pm, options);
  bool printAfter = options->printIRAfterAll || options->printIRAfterChange ||
                    options->printIRAfterFailure;
  if (ok && (printAfter || options->printIRBeforeAll)) {
    MlirOpPrintingFlags flags = createPrintingFlags(options);
    mlirPassManagerEnableIRPrinting(
        pm, options->printIRBeforeAll, printAfter, false,
        options->printIRAfterChange, options->printIRAfterFailure, flags,
        mlirStringRefCreate(NULL, 0));
    mlirOpPrintingFlagsDestroy(flags);
  }
  if (ok && options->dumpPassPipeline)
    aneOptDumpPipeline(pm, stderr);
  if (ok && timing)
    mlirPassManagerEnableTiming(pm);
  if (ok && options->statistics)
    mlirPassManagerEnableStatistics(pm, options->statisticsAsList
                                            ? MLIR_PASS_DISPLAY_MODE_LIST
                                            : MLIR_PASS_DISPLAY_MODE_PIPELINE);
  double runStart = aneOptNow();
  if (ok)
    ok = mlirLogicalResultIsSuccess(
        mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module)));
  if (timing)
    timing->passManager = aneOptNow() - runStart;
  if (timing)
    aneOptDestroyTimedPassManager(pm, timing);
  else
    mlirPassManagerDestroy(pm);
  return ok;
}

// The threads that parse a module of many functions: one per CPU, as
// MLIR's thread pool has.
static unsigned parseThreads(void) {
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  return cpus < 1 ? 1 : cpus > 64 ? 64 : (unsigned)cpus;
}

// Parse, verify, transform and print one buffer into `out`. The module is
// destroyed unless `keepIR` (see ANE_FREE_AT_EXIT). `timing` (NULL without
// --mlir-timing) receives the time of each step. `context` has no threads
// yet; `pool` (NULL with --mlir-disable-threading) is given to it for a
// parse in runs of functions, or else after the parse, for the passes.
static bool processBuffer(MlirContext context, MlirLlvmThreadPool *pool,
                          AneSource *src, const AneOptOptions *options,
                          AneOutput *out, bool keepIR, AneOptTiming *timing) {
  if (mlirLogicalResultIsFailure(aneContextLoadDialect(context)))
    return false;
  bool keepLocations = options->printDebugInfo || options->emitBytecode;
  // A large text of one function parses without locks (threads cannot
  // help it); one that splits into runs of functions parses on threads,
  // and so does any other of several functions or of under 1 MiB (MLIR
  // verifies functions side by side after the parse).
  unsigned threads = pool ? parseThreads() : 1;
  AneTextFunctions functions = {false, true};
  if (pool && src->length >= ANE_PARALLEL_PARSE_MIN_BYTES)
    functions = aneReadTextFunctions(src->text, src->length, threads);
  bool threadsFirst = pool && functions.manyFunctions;
  if (threadsFirst)
    mlirContextSetThreadPool(context, *pool);
  MlirModule module =
      aneOptParse(context, src, keepLocations, functions.splits ? threads : 1);
  if (pool && !threadsFirst)
    mlirContextSetThreadPool(context, *pool);
  if (mlirModuleIsNull(module))
    return false;
  MlirOperation op = mlirModuleGetOperation(module);
  // The ANE verifier runs on the input, and again after the passes unless
  // they cannot have made the IR invalid (none, or only ANE passes, which
  // check their own output).
  bool selfVerifying = aneOptPassesVerifyThemselves(options);
  bool ok = mlirLogicalResultIsSuccess(aneVerifyOperation(op));
  if (timing)
    timing->parser = aneOptNow() - timing->start;
  ok = ok && runPasses(context, module, options, selfVerifying, timing) &&
       (selfVerifying || mlirLogicalResultIsSuccess(aneVerifyOperation(op)));
  double outputStart = aneOptNow();
  if (ok && options->emitBytecode) {
    mlirOperationWriteBytecode(op, appendToOutput, out);
  } else if (ok) {
    MlirOpPrintingFlags flags = createPrintingFlags(options);
    // The IR is verified: by the parser, after every pass (by the pass
    // manager, or by the pass itself, see runPasses), and by the ANE
    // verifier. Without this the printer would run MLIR's verifier over the
    // whole module once more.
    mlirOpPrintingFlagsAssumeVerified(flags);
    anePrintModule(out, context, op, flags);
    mlirOpPrintingFlagsDestroy(flags);
  }
  if (timing)
    timing->output = aneOptNow() - outputStart;
  if (!keepIR)
    mlirModuleDestroy(module);
  return ok;
}

// Processes one chunk in a fresh context; the last one's IR and context are
// left for the OS to reclaim (see ANE_FREE_AT_EXIT).
static bool processChunk(AneSource *src, const AneOptOptions *options,
                         MlirLlvmThreadPool pool, AneOutput *out, bool last) {
  bool keepIR = last && !ANE_FREE_AT_EXIT;
  MlirContext context = mlirContextCreateWithThreading(false);
  mlirContextSetAllowUnregisteredDialects(context,
                                          options->allowUnregisteredDialect);
  // A context created without threads still locks its type and attribute
  // uniquers; only disabling threads after creation reaches them. Without
  // locks a single-threaded parse is 3-5% faster (docs/performance.md);
  // processBuffer gives the context its threads when they can help.
  mlirContextEnableMultithreading(context, false);
  AneDiagEngine engine = {.source = src, .collect = options->verifyDiagnostics};
  aneDiagEngineAttach(&engine, context);
  if (options->remarks)
    aneSetRemarkCallback(aneDiagReportRemark, &engine);

  AneOptTiming timing = {.start = aneOptNow()};
  bool ok = processBuffer(context, options->disableThreading ? NULL : &pool,
                          src, options, out, keepIR,
                          options->timing ? &timing : NULL);
  if (options->timing)
    aneOptPrintTiming(&timing, stderr);
  aneSetRemarkCallback(NULL, NULL);
  // A diagnostic error fails the run even if the step reported success.
  ok = ok && engine.numErrors == 0;
  if (options->verifyDiagnostics)
    ok = aneVerifyDiagnostics(&engine);

  if (!keepIR)
    mlirContextDestroy(context);
  aneDiagEngineDestroy(&engine);
  return ok;
}

int main(int argc, char **argv) {
  AneOptOptions options;
  AneCliResult parsed = aneOptParseCommandLine(argc, argv, &options);
  if (parsed != ANE_CLI_RUN) {
    aneOptOptionsDestroy(&options);
    return aneCliExitStatus(parsed);
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
  // Output is streamed: into a temporary file renamed into place at the end
  // (so a failed run leaves no file), or collected for stdout.
  AneOutput out;
  aneOutputInit(&out, options.outputPath);
  bool ok = true;
  for (size_t i = 0; i < numChunks; ++i) {
    if (i > 0)
      aneOutputAppendString(&out, "// -----\n");
    ok &= processChunk(&chunks[i], &options, pool, &out, i + 1 == numChunks);
  }
  mlirLlvmThreadPoolDestroy(pool);

  // A failed run leaves no output file; stdout still gets what succeeded,
  // as with mlir-opt.
  ok &= aneOutputCommit(&out, ok);

  if (chunks != &input) {
    for (size_t i = 0; i < numChunks; ++i)
      aneSourceDestroy(&chunks[i]);
    free(chunks);
  }
  aneSourceDestroy(&input);
  aneOptOptionsDestroy(&options);
  return ok ? 0 : 1;
}
