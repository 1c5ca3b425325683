//===- options.c - ane-opt command line ------------------------------------===//
//
// Flags follow LLVM's cl conventions as mlir-opt users know them: one or two
// leading dashes, `--flag=value` or `--flag value` for values, per-pass flags
// applied in command-line order.
//
//===----------------------------------------------------------------------===//

#include "options.h"

#include "passes.h"

#include "ane-c/Support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef ANE_MLIR_VERSION_STRING
#define ANE_MLIR_VERSION_STRING "unknown"
#endif

static const char kUsage[] =
    "OVERVIEW: ane-mlir optimizer driver: ANE dialect IR in, rewritten IR out\n"
    "\n"
    "USAGE: ane-opt [options] <input file>\n"
    "\n"
    "  <input file>                 MLIR text or bytecode; '-' (default) reads stdin\n"
    "\n"
    "OPTIONS:\n"
    "  -o <file>                    Output file ('-' = stdout, the default); written\n"
    "                               atomically, never left behind on failure\n"
    "  --split-input-file           Split the input at '// -----' lines and process\n"
    "                               each chunk in a fresh context\n"
    "  --verify-diagnostics         Check diagnostics against expected-* comments\n"
    "  --emit-bytecode              Write MLIR bytecode instead of text\n"
    "  --pass-pipeline=<pipeline>   A textual pipeline, e.g.\n"
    "                               'builtin.module(func.func(cse),canonicalize)'\n"
    "  --<pass>[=<options>]         Add one pass (see --list-passes), in order\n"
    "  --mlir-print-debuginfo       Print locations\n"
    "  --mlir-print-op-generic      Print every op in generic form\n"
    "  --mlir-print-ir-after-all    Print the IR after every pass (on stderr)\n"
    "  --mlir-timing                Report pass timings (on stderr)\n"
    "  --mlir-disable-threading     Run single-threaded\n"
    "  --ane-remarks                Report each norm lowered to a form with a\n"
    "                               narrower fp16 range than the op's (remark:)\n"
    "  --list-passes                List the passes ane-opt knows\n"
    "  --version                    Print the version\n"
    "  --help                       Print this help\n"
    "\n"
    "Exit status: 0 success, 1 a diagnostic error, 2 bad usage.\n";

static const struct {
  const char *name;
  size_t offset;
} kBoolFlags[] = {
    {"split-input-file", offsetof(AneOptOptions, splitInputFile)},
    {"verify-diagnostics", offsetof(AneOptOptions, verifyDiagnostics)},
    {"emit-bytecode", offsetof(AneOptOptions, emitBytecode)},
    {"mlir-print-debuginfo", offsetof(AneOptOptions, printDebugInfo)},
    {"mlir-print-op-generic", offsetof(AneOptOptions, printOpGeneric)},
    {"mlir-disable-threading", offsetof(AneOptOptions, disableThreading)},
    {"mlir-print-ir-after-all", offsetof(AneOptOptions, printIRAfterAll)},
    {"mlir-timing", offsetof(AneOptOptions, timing)},
    {"ane-remarks", offsetof(AneOptOptions, remarks)},
};

static AneOptParseResult usageError(const char *fmt, const char *arg) {
  fprintf(stderr, "ane-opt: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\nTry: 'ane-opt --help'\n");
  return ANE_OPT_EXIT_USAGE;
}

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

AneOptParseResult aneOptParseCommandLine(int argc, char **argv,
                                         AneOptOptions *options) {
  memset(options, 0, sizeof(*options));
  options->inputPath = NULL;
  bool sawPipeline = false, sawPassFlag = false, onlyPositional = false;
  for (int i = 1; i < argc; ++i) {
    const char *arg = argv[i];
    if (onlyPositional || arg[0] != '-' || strcmp(arg, "-") == 0) {
      if (options->inputPath)
        return usageError("Too many positional arguments specified: '%s'",
                          arg);
      options->inputPath = arg;
      continue;
    }
    if (strcmp(arg, "--") == 0) {
      onlyPositional = true;
      continue;
    }
    // Strip one or two dashes, split "name=value".
    const char *name = arg + (arg[1] == '-' ? 2 : 1);
    const char *eq = strchr(name, '=');
    size_t nameLength = eq ? (size_t)(eq - name) : strlen(name);
    const char *value = eq ? eq + 1 : NULL;
#define IS(flag) (nameLength == strlen(flag) && strncmp(name, flag, nameLength) == 0)

    if (IS("o") || IS("pass-pipeline")) {
      if (!value) {
        if (i + 1 >= argc)
          return usageError("option '%s' requires a value", arg);
        value = argv[++i];
      }
      if (IS("o")) {
        options->outputPath = value;
      } else {
        sawPipeline = true;
        addPass(options, true, strdup(value));
      }
      continue;
    }
    if (IS("help") || IS("h")) {
      fputs(kUsage, stdout);
      return ANE_OPT_EXIT_OK;
    }
    if (IS("version")) {
      MlirStringRef v = aneGetVersion();
      printf("ane-opt (ane-mlir) %.*s\nbuilt with MLIR %s\n", (int)v.length,
             v.data, ANE_MLIR_VERSION_STRING);
      return ANE_OPT_EXIT_OK;
    }
    if (IS("list-passes")) {
      aneOptPrintPassList(stdout);
      return ANE_OPT_EXIT_OK;
    }
    bool matched = false;
    for (size_t k = 0; k < sizeof(kBoolFlags) / sizeof(kBoolFlags[0]); ++k) {
      if (IS(kBoolFlags[k].name)) {
        if (value)
          return usageError("option '%s' does not take a value", arg);
        *(bool *)((char *)options + kBoolFlags[k].offset) = true;
        matched = true;
        break;
      }
    }
    if (matched)
      continue;
    if (aneOptIsPassName(name, nameLength)) {
      sawPassFlag = true;
      addPass(options, false, passElement(name, nameLength, value));
      continue;
    }
#undef IS
    return usageError("Unknown command line argument '%s'.", arg);
  }
  if (sawPipeline && sawPassFlag)
    return usageError("%s", "'--pass-pipeline' cannot be combined with "
                            "per-pass flags such as '--canonicalize'");
  if (options->emitBytecode && options->splitInputFile)
    return usageError("%s", "'--emit-bytecode' cannot be combined with "
                            "'--split-input-file'");
  if (!options->inputPath)
    options->inputPath = "-";
  return ANE_OPT_RUN;
}

void aneOptOptionsDestroy(AneOptOptions *options) {
  for (size_t i = 0; i < options->numPasses; ++i)
    free((char *)options->passes[i].text);
  free(options->passes);
  options->passes = NULL;
  options->numPasses = 0;
}
