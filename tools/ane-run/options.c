//===- options.c - ane-run command line ------------------------------------===//

#include "options.h"

#include "memory_budget.h"

#include "ane-c/Support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char kUsage[] =
    "OVERVIEW: ane-run: execute a func.func of ANE IR on the CPU\n"
    "\n"
    "USAGE: ane-run [options] <input file>\n"
    "\n"
    "OPTIONS:\n"
    "  --func=<name>                Function to run (default: the first)\n"
    "  --numerics=f32|ane-fp16      f32: the mathematical reference (double\n"
    "                               arithmetic, f32 storage); ane-fp16: fp16\n"
    "                               storage after every op, fp32 inside ops,\n"
    "                               fp16 epsilons (default f32)\n"
    "  --seed=<n>                   Seed of argument i is n + i (default 0)\n"
    "  --dist=normal|uniform        Distribution of unlisted arguments\n"
    "                               (default normal: N(0,1); uniform: [-1,1))\n"
    "  --input=<i>:<spec>           Argument i: normal[,mean=M][,std=S][,abs]\n"
    "                               [,seed=N] | uniform[,lo=A][,hi=B][,seed=N]\n"
    "                               | fill=V | npy=PATH\n"
    "  --compare[=<file>]           Run a second function on the same inputs\n"
    "                               (from <file>, or the same file) and report\n"
    "                               max abs error, max relative error\n"
    "                               (max|a-b| / (max|ref| + 1e-6)) and cosine\n"
    "  --compare-func=<name>        Function of the reference (default: first)\n"
    "  --compare-numerics=f32|ane-fp16  Numerics of the reference (default\n"
    "                               f32)\n"
    "  --tol=<t>                    Exit 1 if a max relative error exceeds t\n"
    "  --atol=<t>                   Exit 1 if a max absolute error exceeds t\n"
    "  --output-npy=<prefix>        Write output i to <prefix><i>.npy\n"
    "  --print-values=<n>           Values shown per output (default 6)\n"
    "  --max-memory=<n>[K|M|G|T]    Bytes of tensor data alive at once; past\n"
    "                               it ane-run stops with an error (default:\n"
    "                               half the physical memory; 0: no limit)\n"
    "  --version, --help\n"
    "\n"
    "Exit status: 0 success, 1 an error or a comparison above --tol, 2 bad usage.\n";

static AneRunParse usage(const char *fmt, const char *arg) {
  fprintf(stderr, "ane-run: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\nTry: 'ane-run --help'\n");
  return ANE_RUN_EXIT_USAGE;
}

static bool parseNumerics(const char *text, AneNumerics *out) {
  if (strcmp(text, "f32") == 0)
    *out = ANE_NUMERICS_F32;
  else if (strcmp(text, "ane-fp16") == 0)
    *out = ANE_NUMERICS_ANE_FP16;
  else
    return false;
  return true;
}

AneRunParse aneRunParseCommandLine(int argc, char **argv,
                                   AneRunOptions *options) {
  memset(options, 0, sizeof(*options));
  options->printValues = 6;
  options->defaultKind = ANE_INPUT_NORMAL;
  options->compareNumerics = ANE_NUMERICS_F32;
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
#define NEED_VALUE                                                             \
  if (!value)                                                                  \
    return usage("option '%s' requires a value", arg);
    if (IS("help") || IS("h")) {
      fputs(kUsage, stdout);
      return ANE_RUN_EXIT_OK;
    }
    if (IS("version")) {
      MlirStringRef v = aneGetVersion();
      printf("ane-run (ane-mlir) %.*s\n", (int)v.length, v.data);
      return ANE_RUN_EXIT_OK;
    }
    if (IS("func")) {
      NEED_VALUE;
      options->funcName = value;
    } else if (IS("numerics")) {
      NEED_VALUE;
      if (!parseNumerics(value, &options->numerics))
        return usage("invalid --numerics '%s' (expected f32 or ane-fp16)",
                     value);
    } else if (IS("compare-numerics")) {
      NEED_VALUE;
      if (!parseNumerics(value, &options->compareNumerics))
        return usage(
            "invalid --compare-numerics '%s' (expected f32 or ane-fp16)",
            value);
    } else if (IS("seed")) {
      NEED_VALUE;
      char *end;
      options->seed = strtoull(value, &end, 10);
      if (*end || end == value)
        return usage("invalid --seed '%s'", value);
    } else if (IS("dist")) {
      NEED_VALUE;
      if (strcmp(value, "normal") == 0)
        options->defaultKind = ANE_INPUT_NORMAL;
      else if (strcmp(value, "uniform") == 0)
        options->defaultKind = ANE_INPUT_UNIFORM;
      else
        return usage("invalid --dist '%s' (expected normal or uniform)",
                     value);
    } else if (IS("input")) {
      NEED_VALUE;
      char *end;
      long index = strtol(value, &end, 10);
      if (end == value || *end != ':' || index < 0 ||
          index >= ANE_RUN_MAX_INPUTS)
        return usage("invalid --input '%s' (expected <index>:<spec>)", value);
      char why[256];
      if (!aneInputSpecParse(end + 1, &options->inputs[index], why,
                             sizeof(why)))
        return usage("%s", why);
      options->hasInput[index] = true;
    } else if (IS("compare")) {
      options->compare = true;
      options->comparePath = value;
    } else if (IS("compare-func")) {
      NEED_VALUE;
      options->compare = true;
      options->compareFunc = value;
    } else if (IS("tol")) {
      NEED_VALUE;
      char *end;
      options->tolerance = strtod(value, &end);
      if (*end || end == value || !(options->tolerance >= 0))
        return usage("invalid --tol '%s'", value);
      options->hasTolerance = true;
    } else if (IS("atol")) {
      NEED_VALUE;
      char *end;
      options->absTolerance = strtod(value, &end);
      if (*end || end == value || !(options->absTolerance >= 0))
        return usage("invalid --atol '%s'", value);
      options->hasAbsTolerance = true;
    } else if (IS("output-npy")) {
      NEED_VALUE;
      options->outputNpyPrefix = value;
    } else if (IS("max-memory")) {
      NEED_VALUE;
      if (!aneParseByteSize(value, &options->maxMemory))
        return usage("invalid --max-memory '%s' (expected <n>[K|M|G|T])",
                     value);
    } else if (IS("print-values")) {
      NEED_VALUE;
      options->printValues = atoi(value);
    } else {
      return usage("Unknown command line argument '%s'.", arg);
    }
#undef NEED_VALUE
#undef IS
  }
  if (!options->inputPath)
    options->inputPath = "-";
  if ((options->hasTolerance || options->hasAbsTolerance) && !options->compare)
    return usage("%s", "'--tol' and '--atol' need '--compare' or "
                       "'--compare-func'");
  return ANE_RUN_GO;
}
