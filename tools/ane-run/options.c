//===- options.c - ane-run command line ------------------------------------===//

#include "options.h"

#include "cli.h"
#include "memory_budget.h"

#include "interp/blas.h"

#include "ane-c/Support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
  OPT_FUNC,
  OPT_NUMERICS,
  OPT_SEED,
  OPT_DIST,
  OPT_INPUT,
  OPT_COMPARE,
  OPT_COMPARE_FUNC,
  OPT_COMPARE_NUMERICS,
  OPT_TOL,
  OPT_ATOL,
  OPT_OUTPUT_NPY,
  OPT_PRINT_VALUES,
  OPT_MAX_MEMORY,
  OPT_THREADS,
};

static const AneCliOption kOptions[] = {
    {OPT_FUNC, "func", ANE_CLI_VALUE, "<name>", "What to run",
     "Function to run (default: the first)"},
    {OPT_NUMERICS, "numerics", ANE_CLI_VALUE, "f32|ane-fp16", "What to run",
     "f32: the mathematical reference (double\n"
     "arithmetic, f32 storage); ane-fp16: fp16\n"
     "storage after every op, fp32 inside ops,\n"
     "fp16 epsilons (default f32)"},
    {OPT_MAX_MEMORY, "max-memory", ANE_CLI_VALUE, "<n>[K|M|G|T]",
     "What to run",
     "Bytes of tensor data alive at once; past\n"
     "it ane-run stops with an error (default:\n"
     "half the physical memory; 0: no limit)"},
    {OPT_THREADS, "threads", ANE_CLI_VALUE, "<n>", "What to run",
     "Threads for the kernels and OpenBLAS\n"
     "(default 0: one per online CPU); any\n"
     "count gives the same numbers"},
    {OPT_SEED, "seed", ANE_CLI_VALUE, "<n>", "Inputs",
     "Seed of argument i is n + i (default 0)"},
    {OPT_DIST, "dist", ANE_CLI_VALUE, "normal|uniform", "Inputs",
     "Distribution of unlisted arguments\n"
     "(default normal: N(0,1); uniform: [-1,1))"},
    {OPT_INPUT, "input", ANE_CLI_VALUE, "<i>:<spec>", "Inputs",
     "Argument i: normal[,mean=M][,std=S][,abs]\n"
     "[,seed=N] | uniform[,lo=A][,hi=B][,seed=N]\n"
     "| fill=V | npy=PATH"},
    {OPT_COMPARE, "compare", ANE_CLI_OPTIONAL_VALUE, "<file>", "Comparing",
     "Run a second function on the same inputs\n"
     "(from <file>, or the same file) and report\n"
     "max abs error, max relative error\n"
     "(max|a-b| / (max|ref| + 1e-6)) and cosine"},
    {OPT_COMPARE_FUNC, "compare-func", ANE_CLI_VALUE, "<name>", "Comparing",
     "Function of the reference (default: first)"},
    {OPT_COMPARE_NUMERICS, "compare-numerics", ANE_CLI_VALUE, "f32|ane-fp16",
     "Comparing", "Numerics of the reference (default f32)"},
    {OPT_TOL, "tol", ANE_CLI_VALUE, "<t>", "Comparing",
     "Exit 1 if a max relative error exceeds t"},
    {OPT_ATOL, "atol", ANE_CLI_VALUE, "<t>", "Comparing",
     "Exit 1 if a max absolute error exceeds t"},
    {OPT_OUTPUT_NPY, "output-npy", ANE_CLI_VALUE, "<prefix>", "Output",
     "Write output i to <prefix><i>.npy"},
    {OPT_PRINT_VALUES, "print-values", ANE_CLI_VALUE, "<n>", "Output",
     "Values shown per output (default 6)"},
};

static void printVersion(void) {
  MlirStringRef v = aneGetVersion();
  printf("ane-run (ane-mlir) %.*s\n", (int)v.length, v.data);
  printf("BLAS kernels: %s\n", aneBlasChooseCore());
}

static const AneCliSpec kSpec = {
    "ane-run",
    "ane-run: execute a func.func of ANE IR on the CPU",
    "ane-run [options] <input file>",
    NULL,
    "Exit status: 0 success, 1 an error or a comparison above --tol, 2 bad "
    "usage.\n",
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

static bool parseNumerics(const char *text, AneNumerics *out) {
  if (strcmp(text, "f32") == 0)
    *out = ANE_NUMERICS_F32;
  else if (strcmp(text, "ane-fp16") == 0)
    *out = ANE_NUMERICS_ANE_FP16;
  else
    return false;
  return true;
}

static AneCliResult onOption(const AneCliArg *arg, void *userData) {
  AneRunOptions *options = userData;
  const char *value = arg->value;
  char *end;
  switch (arg->option->id) {
  case OPT_FUNC:
    options->funcName = value;
    break;
  case OPT_NUMERICS:
    if (!parseNumerics(value, &options->numerics))
      return usage("invalid --numerics '%s' (expected f32 or ane-fp16)",
                   value);
    break;
  case OPT_COMPARE_NUMERICS:
    if (!parseNumerics(value, &options->compareNumerics))
      return usage(
          "invalid --compare-numerics '%s' (expected f32 or ane-fp16)",
          value);
    break;
  case OPT_SEED:
    options->seed = strtoull(value, &end, 10);
    if (*end || end == value)
      return usage("invalid --seed '%s'", value);
    break;
  case OPT_DIST:
    if (strcmp(value, "normal") == 0)
      options->defaultKind = ANE_INPUT_NORMAL;
    else if (strcmp(value, "uniform") == 0)
      options->defaultKind = ANE_INPUT_UNIFORM;
    else
      return usage("invalid --dist '%s' (expected normal or uniform)",
                   value);
    break;
  case OPT_INPUT: {
    long index = strtol(value, &end, 10);
    if (end == value || *end != ':' || index < 0 ||
        index >= ANE_RUN_MAX_INPUTS)
      return usage("invalid --input '%s' (expected <index>:<spec>)", value);
    if (options->hasInput[index]) {
      char number[24];
      snprintf(number, sizeof(number), "%ld", index);
      return usage("argument %s is given by two --input options", number);
    }
    char why[256];
    if (!aneInputSpecParse(end + 1, &options->inputs[index], why,
                           sizeof(why)))
      return usage("%s", why);
    options->hasInput[index] = true;
    break;
  }
  case OPT_COMPARE:
    options->compare = true;
    options->comparePath = value;
    break;
  case OPT_COMPARE_FUNC:
    options->compare = true;
    options->compareFunc = value;
    break;
  case OPT_TOL:
    options->tolerance = strtod(value, &end);
    if (*end || end == value || !(options->tolerance >= 0))
      return usage("invalid --tol '%s'", value);
    options->hasTolerance = true;
    break;
  case OPT_ATOL:
    options->absTolerance = strtod(value, &end);
    if (*end || end == value || !(options->absTolerance >= 0))
      return usage("invalid --atol '%s'", value);
    options->hasAbsTolerance = true;
    break;
  case OPT_OUTPUT_NPY:
    options->outputNpyPrefix = value;
    break;
  case OPT_PRINT_VALUES:
    options->printValues = atoi(value);
    break;
  case OPT_MAX_MEMORY:
    return aneCliMaxMemory(&kSpec, value, &options->maxMemory);
  case OPT_THREADS: {
    long threads = strtol(value, &end, 10);
    if (*end || end == value || threads < 0 || threads > 64)
      return usage("invalid --threads '%s' (expected 0..64)", value);
    options->threads = (int)threads;
    break;
  }
  }
  return ANE_CLI_RUN;
}

AneCliResult aneRunParseCommandLine(int argc, char **argv,
                                    AneRunOptions *options) {
  memset(options, 0, sizeof(*options));
  options->printValues = 6;
  options->defaultKind = ANE_INPUT_NORMAL;
  options->compareNumerics = ANE_NUMERICS_F32;
  options->maxMemory = aneDefaultMemoryBudget();
  AneCliResult result = aneCliParse(&kSpec, argc, argv, onOption, options,
                                    &options->inputPath);
  if (result != ANE_CLI_RUN)
    return result;
  if ((options->hasTolerance || options->hasAbsTolerance) && !options->compare)
    return usage("%s", "'--tol' and '--atol' need '--compare' or "
                       "'--compare-func'");
  return ANE_CLI_RUN;
}
