//===- options.c - ane-translate command line ------------------------------===//

#include "options.h"

#include "cli.h"
#include "memory_budget.h"

#include "ane-c/Support.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
  OPT_IMPORT,
  OPT_EXPORT,
  OPT_OUTPUT,
  OPT_ALLOW_UNKNOWN,
  OPT_SPLIT,
  OPT_DEBUGINFO,
  OPT_WEIGHTS_DIR,
  OPT_MIN_ELEMENTS,
  OPT_MAX_MEMORY,
};

static const AneCliOption kOptions[] = {
    {OPT_IMPORT, "import-mil", ANE_CLI_SWITCH, NULL, "Direction (one)",
     "Read a MIL program (program(1.0) or\n"
     "(1.3)); BLOBFILE data is read relative\n"
     "to the program's folder; print ANE IR"},
    {OPT_EXPORT, "export-mil", ANE_CLI_SWITCH, NULL, "Direction (one)",
     "Read ANE IR; write a program(1.3) MIL\n"
     "program and, when it has weights,\n"
     "weights/weight.bin beside it (needs -o)"},
    {OPT_OUTPUT, "o", ANE_CLI_VALUE, "<file>", "Input and output",
     "Output file (default: stdout); written\n"
     "atomically, nothing on failure"},
    {OPT_ALLOW_UNKNOWN, "allow-unknown", ANE_CLI_SWITCH, NULL,
     "Input and output",
     "Keep MIL ops with no ANE equivalent as\n"
     "opaque mil.<op> ops (import), and accept\n"
     "them (export)"},
    {OPT_SPLIT, "split-input-file", ANE_CLI_SWITCH, NULL, "Input and output",
     "Import each '// -----' chunk separately"},
    {OPT_DEBUGINFO, "mlir-print-debuginfo", ANE_CLI_SWITCH, NULL,
     "Input and output",
     "Print locations (MIL file:line:col and\n"
     "the MIL names) in the imported IR"},
    {OPT_WEIGHTS_DIR, "weights-dir", ANE_CLI_VALUE, "<folder>", "Weights",
     "Import: read BLOBFILE data from inside\n"
     "<folder> instead of the program's folder\n"
     "(paths never leave it: no absolute\n"
     "paths, '..' or symlinks)"},
    {OPT_MIN_ELEMENTS, "weights-min-elements", ANE_CLI_VALUE, "<n>",
     "Weights",
     "Export float tensor constants with at least n\n"
     "elements to the weight file (default 10;\n"
     "1: every one, as ANEForge does)"},
    {OPT_MAX_MEMORY, "max-memory", ANE_CLI_VALUE, "<n>[K|M|G|T]", "Weights",
     "Bytes an export may build (model.mil and\n"
     "weights); past it, an error at the\n"
     "constant (default: half the physical\n"
     "memory; 0: no limit)"},
};

static void printVersion(void) {
  MlirStringRef v = aneGetVersion();
  printf("ane-translate (ane-mlir) %.*s\n", (int)v.length, v.data);
}

static const AneCliSpec kSpec = {
    "ane-translate",
    "ane-translate: MIL text (model.mil + weights) <-> ANE dialect IR",
    "ane-translate --import-mil [options] <model.mil>\n"
    "ane-translate --export-mil [options] <input.mlir>",
    NULL,
    "Exit status: 0 success, 1 an error, 2 bad usage.\n",
    kOptions,
    sizeof(kOptions) / sizeof(kOptions[0]),
    NULL,
    NULL,
    printVersion,
};

static AneCliResult usage(const char *fmt, const char *arg) {
  aneCliUsageError(&kSpec, fmt, arg);
  return ANE_CLI_EXIT_USAGE;
}

static AneCliResult onOption(const AneCliArg *arg, void *userData) {
  AneTranslateOptions *options = userData;
  const char *value = arg->value;
  switch (arg->option->id) {
  case OPT_IMPORT:
  case OPT_EXPORT: {
    AneTranslateMode mode = arg->option->id == OPT_IMPORT
                                ? ANE_TRANSLATE_IMPORT_MIL
                                : ANE_TRANSLATE_EXPORT_MIL;
    if (options->mode != ANE_TRANSLATE_NONE && options->mode != mode)
      return usage("%s", "choose one of '--import-mil' and '--export-mil'");
    options->mode = mode;
    break;
  }
  case OPT_OUTPUT:
    options->outputPath = value;
    break;
  case OPT_ALLOW_UNKNOWN:
    options->allowUnknown = true;
    break;
  case OPT_DEBUGINFO:
    options->printDebugInfo = true;
    break;
  case OPT_SPLIT:
    options->splitInputFile = true;
    break;
  case OPT_WEIGHTS_DIR:
    options->weightsDir = value;
    break;
  case OPT_MIN_ELEMENTS: {
    char *end;
    errno = 0;
    long long v = strtoll(value, &end, 10);
    if (*end || end == value || errno || v < 1)
      return usage("invalid --weights-min-elements '%s' (expected an "
                   "integer >= 1)",
                   value);
    options->minBlobElements = v;
    break;
  }
  case OPT_MAX_MEMORY:
    return aneCliMaxMemory(&kSpec, value, &options->maxMemory);
  }
  return ANE_CLI_RUN;
}

AneCliResult aneTranslateParseCommandLine(int argc, char **argv,
                                          AneTranslateOptions *options) {
  memset(options, 0, sizeof(*options));
  options->minBlobElements = 10;
  options->maxMemory = aneDefaultMemoryBudget();
  AneCliResult result = aneCliParse(&kSpec, argc, argv, onOption, options,
                                    &options->inputPath);
  if (result != ANE_CLI_RUN)
    return result;
  if (options->mode == ANE_TRANSLATE_NONE)
    return usage("%s", "one of '--import-mil' and '--export-mil' is required");
  if (options->splitInputFile && options->mode != ANE_TRANSLATE_IMPORT_MIL)
    return usage("%s", "'--split-input-file' applies to '--import-mil' only");
  return ANE_CLI_RUN;
}
