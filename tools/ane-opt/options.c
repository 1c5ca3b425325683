//===- options.c - ane-opt command line ------------------------------------===//
//
// The flags, in the one table the parser (tools/common/cli.c) and the help
// read; per-pass flags are applied in command-line order.
//
//===----------------------------------------------------------------------===//

#include "options.h"

#include "passes.h"

#include "cli.h"

#include "ane-c/Support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef ANE_MLIR_VERSION_STRING
#define ANE_MLIR_VERSION_STRING "unknown"
#endif

enum {
  OPT_OUTPUT,
  OPT_SPLIT,
  OPT_EMIT_BYTECODE,
  OPT_PIPELINE,
  OPT_LIST_PASSES,
  OPT_VERIFY_DIAGNOSTICS,
  OPT_DEBUGINFO,
  OPT_GENERIC,
  OPT_IR_AFTER_ALL,
  OPT_IR_BEFORE_ALL,
  OPT_IR_AFTER_CHANGE,
  OPT_IR_AFTER_FAILURE,
  OPT_ELIDE,
  OPT_ALLOW_UNREGISTERED,
  OPT_TIMING,
  OPT_NO_THREADING,
  OPT_REMARKS,
  OPT_DUMP_PIPELINE,
  OPT_STATISTICS,
  OPT_STATISTICS_DISPLAY,
};

static const AneCliOption kOptions[] = {
    {OPT_OUTPUT, "o", ANE_CLI_VALUE, "<file>", "Input and output",
     "Output file ('-' = stdout, the default); written\n"
     "atomically, never left behind on failure"},
    {OPT_SPLIT, "split-input-file", ANE_CLI_SWITCH, NULL, "Input and output",
     "Split the input at '// -----' lines and process\n"
     "each chunk in a fresh context"},
    {OPT_EMIT_BYTECODE, "emit-bytecode", ANE_CLI_SWITCH, NULL,
     "Input and output", "Write MLIR bytecode instead of text"},
    {OPT_ALLOW_UNREGISTERED, "allow-unregistered-dialect", ANE_CLI_SWITCH,
     NULL, "Input and output",
     "Accept ops of dialects that are not loaded\n"
     "(e.g. opaque mil.* ops kept by ane-translate)"},
    {OPT_PIPELINE, "pass-pipeline", ANE_CLI_VALUE, "<pipeline>", "Passes",
     "A textual pipeline, e.g.\n"
     "'builtin.module(func.func(cse),canonicalize)'"},
    {OPT_LIST_PASSES, "list-passes", ANE_CLI_SWITCH, NULL, "Passes",
     "List the passes ane-opt knows; each is also a flag,\n"
     "--<pass>[=<options>], added in command-line order"},
    {OPT_DUMP_PIPELINE, "dump-pass-pipeline", ANE_CLI_SWITCH, NULL, "Passes",
     "Print the pipeline that will run (on stderr)"},
    {OPT_NO_THREADING, "mlir-disable-threading", ANE_CLI_SWITCH, NULL,
     "Passes", "Run single-threaded"},
    {OPT_VERIFY_DIAGNOSTICS, "verify-diagnostics", ANE_CLI_SWITCH, NULL,
     "Diagnostics and printing",
     "Check diagnostics against expected-* comments"},
    {OPT_REMARKS, "ane-remarks", ANE_CLI_SWITCH, NULL,
     "Diagnostics and printing",
     "Report each norm lowered to a form with a\n"
     "narrower fp16 range than the op's (remark:)"},
    {OPT_DEBUGINFO, "mlir-print-debuginfo", ANE_CLI_SWITCH, NULL,
     "Diagnostics and printing", "Print locations"},
    {OPT_GENERIC, "mlir-print-op-generic", ANE_CLI_SWITCH, NULL,
     "Diagnostics and printing", "Print every op in generic form"},
    {OPT_IR_AFTER_ALL, "mlir-print-ir-after-all", ANE_CLI_SWITCH, NULL,
     "Diagnostics and printing", "Print the IR after every pass (on stderr)"},
    {OPT_IR_BEFORE_ALL, "mlir-print-ir-before-all", ANE_CLI_SWITCH, NULL,
     "Diagnostics and printing", "Print the IR before every pass (on stderr)"},
    {OPT_IR_AFTER_CHANGE, "mlir-print-ir-after-change", ANE_CLI_SWITCH, NULL,
     "Diagnostics and printing",
     "Print the IR after every pass that changed it"},
    {OPT_IR_AFTER_FAILURE, "mlir-print-ir-after-failure", ANE_CLI_SWITCH,
     NULL, "Diagnostics and printing",
     "Print the IR after a pass that failed"},
    {OPT_ELIDE, "mlir-elide-elementsattrs-if-larger", ANE_CLI_VALUE, "<n>",
     "Diagnostics and printing",
     "Print constants of more than n elements as\n"
     "dense_resource<__elided__> (output that\n"
     "does not parse back)"},
    {OPT_TIMING, "mlir-timing", ANE_CLI_SWITCH, NULL,
     "Diagnostics and printing",
     "Report the time of parsing, each pass and\n"
     "output (on stderr)"},
    {OPT_STATISTICS, "mlir-pass-statistics", ANE_CLI_SWITCH, NULL,
     "Diagnostics and printing",
     "Report the passes' statistics (on stderr)"},
    {OPT_STATISTICS_DISPLAY, "mlir-pass-statistics-display", ANE_CLI_VALUE,
     "<mode>", "Diagnostics and printing",
     "'pipeline' (the default: per pass, nested as\n"
     "run) or 'list' (merged per pass)"},
};

static const char *dynamicPassName(size_t index) {
  return aneOptPassName(index);
}

static void printVersion(void) {
  MlirStringRef v = aneGetVersion();
  printf("ane-opt (ane-mlir) %.*s\nbuilt with MLIR %s\n", (int)v.length,
         v.data, ANE_MLIR_VERSION_STRING);
}

static const AneCliSpec kSpec = {
    "ane-opt",
    "ane-mlir optimizer driver: ANE dialect IR in, rewritten IR out",
    "ane-opt [options] <input file>",
    "  <input file>                 MLIR text or bytecode; '-' (default) "
    "reads stdin",
    "Exit status: 0 success, 1 a diagnostic error, 2 bad usage.\n",
    kOptions,
    sizeof(kOptions) / sizeof(kOptions[0]),
    aneOptIsPassName,
    dynamicPassName,
    printVersion,
};

static void addPass(AneOptOptions *options, bool isPipeline, char *text) {
  options->passes = realloc(options->passes, (options->numPasses + 1) *
                                                 sizeof(AnePassRequest));
  options->passes[options->numPasses++] = (AnePassRequest){isPipeline, text};
}

// "name" or "name=opts" -> "name" or "name{opts}".
static char *passElement(const char *name, size_t nameLength,
                         const char *value) {
  size_t n = nameLength + (value ? strlen(value) + 2 : 0) + 1;
  char *text = malloc(n);
  if (value)
    snprintf(text, n, "%.*s{%s}", (int)nameLength, name, value);
  else
    snprintf(text, n, "%.*s", (int)nameLength, name);
  return text;
}

// What the command line has asked for so far, for the checks at the end.
typedef struct {
  AneOptOptions *options;
  bool sawPipeline, sawPassFlag;
} ParseState;

static AneCliResult onOption(const AneCliArg *arg, void *userData) {
  ParseState *state = userData;
  AneOptOptions *options = state->options;
  if (!arg->option) { // a pass name
    state->sawPassFlag = true;
    addPass(options, false,
            passElement(arg->name, arg->nameLength, arg->value));
    return ANE_CLI_RUN;
  }
  switch (arg->option->id) {
  case OPT_OUTPUT: options->outputPath = arg->value; break;
  case OPT_PIPELINE:
    state->sawPipeline = true;
    addPass(options, true, strdup(arg->value));
    break;
  case OPT_SPLIT: options->splitInputFile = true; break;
  case OPT_EMIT_BYTECODE: options->emitBytecode = true; break;
  case OPT_VERIFY_DIAGNOSTICS: options->verifyDiagnostics = true; break;
  case OPT_REMARKS: options->remarks = true; break;
  case OPT_DEBUGINFO: options->printDebugInfo = true; break;
  case OPT_GENERIC: options->printOpGeneric = true; break;
  case OPT_IR_AFTER_ALL: options->printIRAfterAll = true; break;
  case OPT_IR_BEFORE_ALL: options->printIRBeforeAll = true; break;
  case OPT_IR_AFTER_CHANGE: options->printIRAfterChange = true; break;
  case OPT_IR_AFTER_FAILURE: options->printIRAfterFailure = true; break;
  case OPT_ALLOW_UNREGISTERED: options->allowUnregisteredDialect = true; break;
  case OPT_ELIDE: {
    char *end;
    long long n = strtoll(arg->value, &end, 10);
    if (*end || end == arg->value || n < 1)
      return aneCliUsageError(&kSpec,
                              "invalid --mlir-elide-elementsattrs-if-larger "
                              "'%s' (expected an integer >= 1)",
                              arg->value);
    options->elideElementsAttrsIfLarger = n;
    break;
  }
  case OPT_TIMING: options->timing = true; break;
  case OPT_DUMP_PIPELINE: options->dumpPassPipeline = true; break;
  case OPT_STATISTICS: options->statistics = true; break;
  case OPT_STATISTICS_DISPLAY:
    if (strcmp(arg->value, "pipeline") == 0)
      options->statisticsAsList = false;
    else if (strcmp(arg->value, "list") == 0)
      options->statisticsAsList = true;
    else
      return aneCliUsageError(&kSpec,
                              "invalid --mlir-pass-statistics-display '%s' "
                              "(expected 'list' or 'pipeline')",
                              arg->value);
    break;
  case OPT_NO_THREADING: options->disableThreading = true; break;
  case OPT_LIST_PASSES:
    aneOptPrintPassList(stdout);
    return ANE_CLI_EXIT_OK;
  }
  return ANE_CLI_RUN;
}

AneCliResult aneOptParseCommandLine(int argc, char **argv,
                                    AneOptOptions *options) {
  memset(options, 0, sizeof(*options));
  ParseState state = {options, false, false};
  AneCliResult result = aneCliParse(&kSpec, argc, argv, onOption, &state,
                                    &options->inputPath);
  if (result != ANE_CLI_RUN)
    return result;
  if (state.sawPipeline && state.sawPassFlag) {
    aneCliUsageError(&kSpec, "%s",
                     "'--pass-pipeline' cannot be combined with per-pass "
                     "flags such as '--canonicalize'");
    return ANE_CLI_EXIT_USAGE;
  }
  if (options->emitBytecode && options->splitInputFile) {
    aneCliUsageError(&kSpec, "%s",
                     "'--emit-bytecode' cannot be combined with "
                     "'--split-input-file'");
    return ANE_CLI_EXIT_USAGE;
  }
  return ANE_CLI_RUN;
}

void aneOptOptionsDestroy(AneOptOptions *options) {
  for (size_t i = 0; i < options->numPasses; ++i)
    free((char *)options->passes[i].text);
  free(options->passes);
  options->passes = NULL;
  options->numPasses = 0;
}
