//===- options.c - ane-translate command line ------------------------------===//

#include "options.h"

#include "memory_budget.h"

#include "ane-c/Support.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char kUsage[] =
    "OVERVIEW: ane-translate: MIL text (model.mil + weights) <-> ANE "
    "dialect IR\n"
    "\n"
    "USAGE: ane-translate --import-mil [options] <model.mil>\n"
    "       ane-translate --export-mil [options] <input.mlir>\n"
    "\n"
    "OPTIONS:\n"
    "  --import-mil                 Read a MIL program (program(1.0) or\n"
    "                               (1.3)); BLOBFILE data is read relative\n"
    "                               to the program's folder; print ANE IR\n"
    "  --export-mil                 Read ANE IR; write a program(1.3) MIL\n"
    "                               program and, when it has weights,\n"
    "                               weights/weight.bin beside it (needs -o)\n"
    "  -o <file>                    Output file (default: stdout); written\n"
    "                               atomically, nothing on failure\n"
    "  --allow-unknown              Keep MIL ops with no ANE equivalent as\n"
    "                               opaque mil.<op> ops (import), and accept\n"
    "                               them (export)\n"
    "  --weights-dir=<folder>       Import: read BLOBFILE data from inside\n"
    "                               <folder> instead of the program's folder\n"
    "                               (paths never leave it: no absolute\n"
    "                               paths, '..' or symlinks)\n"
    "  --weights-min-elements=<n>   Export float tensor constants with at least n\n"
    "                               elements to the weight file (default 10;\n"
    "                               1: every one, as ANEForge does)\n"
    "  --split-input-file           Import each '// -----' chunk separately\n"
    "  --mlir-print-debuginfo       Print locations (MIL file:line:col and\n"
    "                               the MIL names) in the imported IR\n"
    "  --max-memory=<n>[K|M|G|T]    Bytes an export may build (model.mil and\n"
    "                               weights); past it, an error at the\n"
    "                               constant (default: half the physical\n"
    "                               memory; 0: no limit)\n"
    "  --version, --help\n"
    "\n"
    "Exit status: 0 success, 1 an error, 2 bad usage.\n";

static AneTranslateParse usage(const char *fmt, const char *arg) {
  fprintf(stderr, "ane-translate: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\nTry: 'ane-translate --help'\n");
  return ANE_TRANSLATE_EXIT_USAGE;
}

AneTranslateParse aneTranslateParseCommandLine(int argc, char **argv,
                                               AneTranslateOptions *options) {
  memset(options, 0, sizeof(*options));
  options->minBlobElements = 10;
  options->maxMemory = aneDefaultMemoryBudget();
  for (int i = 1; i < argc; ++i) {
    const char *arg = argv[i];
    if (arg[0] != '-' || strcmp(arg, "-") == 0) {
      if (options->inputPath)
        return usage("Too many positional arguments specified: '%s'", arg);
      options->inputPath = arg;
      continue;
    }
    const char *name = arg + (arg[1] == '-' ? 2 : 1);
    const char *eq = strchr(name, '=');
    size_t n = eq ? (size_t)(eq - name) : strlen(name);
    const char *value = eq ? eq + 1 : NULL;
#define IS(flag) (n == strlen(flag) && strncmp(name, flag, n) == 0)
#define NO_VALUE                                                               \
  if (value)                                                                   \
    return usage("option '%s' does not take a value", arg);
    if (IS("help") || IS("h")) {
      fputs(kUsage, stdout);
      return ANE_TRANSLATE_EXIT_OK;
    }
    if (IS("version")) {
      MlirStringRef v = aneGetVersion();
      printf("ane-translate (ane-mlir) %.*s\n", (int)v.length, v.data);
      return ANE_TRANSLATE_EXIT_OK;
    }
    if (IS("import-mil") || IS("export-mil")) {
      NO_VALUE;
      AneTranslateMode mode = IS("import-mil") ? ANE_TRANSLATE_IMPORT_MIL
                                               : ANE_TRANSLATE_EXPORT_MIL;
      if (options->mode != ANE_TRANSLATE_NONE && options->mode != mode)
        return usage("%s", "choose one of '--import-mil' and '--export-mil'");
      options->mode = mode;
    } else if (IS("o")) {
      if (!value) {
        if (i + 1 >= argc)
          return usage("option '%s' requires a value", arg);
        value = argv[++i];
      }
      options->outputPath = value;
    } else if (IS("allow-unknown")) {
      NO_VALUE;
      options->allowUnknown = true;
    } else if (IS("mlir-print-debuginfo")) {
      NO_VALUE;
      options->printDebugInfo = true;
    } else if (IS("split-input-file")) {
      NO_VALUE;
      options->splitInputFile = true;
    } else if (IS("weights-min-elements")) {
      if (!value)
        return usage("option '%s' requires a value", arg);
      char *end;
      errno = 0;
      long long v = strtoll(value, &end, 10);
      if (*end || end == value || errno || v < 1)
        return usage("invalid --weights-min-elements '%s' (expected an "
                     "integer >= 1)",
                     value);
      options->minBlobElements = v;
    } else if (IS("weights-dir")) {
      if (!value) {
        if (i + 1 >= argc)
          return usage("option '%s' requires a value", arg);
        value = argv[++i];
      }
      options->weightsDir = value;
    } else if (IS("max-memory")) {
      if (!value)
        return usage("option '%s' requires a value", arg);
      if (!aneParseByteSize(value, &options->maxMemory))
        return usage("invalid --max-memory '%s' (expected <n>[K|M|G|T])",
                     value);
    } else {
      return usage("Unknown command line argument '%s'.", arg);
    }
#undef NO_VALUE
#undef IS
  }
  if (options->mode == ANE_TRANSLATE_NONE)
    return usage("%s", "one of '--import-mil' and '--export-mil' is required");
  if (options->splitInputFile && options->mode != ANE_TRANSLATE_IMPORT_MIL)
    return usage("%s", "'--split-input-file' applies to '--import-mil' only");
  if (!options->inputPath)
    options->inputPath = "-";
  return ANE_TRANSLATE_RUN;
}
