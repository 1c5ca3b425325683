//===- main.c - ane-run: execute ANE IR on the CPU and compare runs -------===//
//
// Parses and verifies a module, runs one function on generated or .npy
// inputs under the chosen numerics, prints a summary of each output, and
// with --compare runs a reference function on the same inputs and reports
// the error metrics.
//
//===----------------------------------------------------------------------===//

#include "options.h"

#include "interp/blas.h"
#include "interp/compare.h"
#include "diagnostics.h"
#include "interp/inputs.h"
#include "interp/interpreter.h"
#include "interp/npy.h"
#include "interp/parallel.h"
#include "parse.h"
#include "source.h"
#include "tool_name.h"

#include "ane-c/Dialect.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/IR.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *aneToolName = "ane-run";

static const char *numericsName(AneNumerics n) {
  return n == ANE_NUMERICS_F32 ? "f32" : "ane-fp16";
}

static void printToStdout(MlirStringRef s, void *userData) {
  (void)userData;
  fwrite(s.data, 1, s.length, stdout);
}

static void printFuncName(MlirOperation func) {
  MlirStringRef name = mlirStringAttrGetValue(mlirOperationGetAttributeByName(
      func, mlirStringRefCreateFromCString("sym_name")));
  printf("@%.*s", (int)name.length, name.data);
}

// One parsed input file. `source` and `engine` live as long as the module.
typedef struct {
  AneSource source;
  AneDiagEngine engine;
  MlirModule module;
} LoadedFile;

static bool loadFile(MlirContext context, const char *path, LoadedFile *file) {
  memset(file, 0, sizeof(*file));
  if (!aneSourceRead(path, &file->source))
    return false;
  file->engine.source = &file->source;
  // Each file's handler is attached only while it is parsed and verified;
  // its locations carry its name, so later errors still say which file.
  MlirDiagnosticHandlerID handler =
      aneDiagEngineAttach(&file->engine, context);
  file->module = aneOptParse(context, &file->source, true, 1);
  bool ok = !mlirModuleIsNull(file->module) &&
            mlirLogicalResultIsSuccess(
                aneVerifyOperation(mlirModuleGetOperation(file->module)));
  mlirContextDetachDiagnosticHandler(context, handler);
  return ok;
}

static MlirOperation findFunction(LoadedFile *file, const char *name) {
  MlirOperation func =
      aneFindFunction(mlirModuleGetOperation(file->module), name);
  if (mlirOperationIsNull(func))
    fprintf(stderr, "ane-run: error: %s: no func.func%s%s%s\n",
            file->source.name, name ? " named '" : "", name ? name : "",
            name ? "'" : "");
  return func;
}

// Generates one tensor per argument of `func` from the options.
static bool makeInputs(MlirOperation func, const AneRunOptions *options,
                       AneTensor **inputs, int *numInputs) {
  MlirBlock entry = mlirRegionGetFirstBlock(mlirOperationGetRegion(func, 0));
  int n = mlirBlockIsNull(entry) ? 0 : (int)mlirBlockGetNumArguments(entry);
  *inputs = calloc(n ? (size_t)n : 1, sizeof(AneTensor));
  *numInputs = n;
  for (int i = n; i < ANE_RUN_MAX_INPUTS; ++i) {
    if (!options->hasInput[i])
      continue;
    char message[160];
    snprintf(message, sizeof(message),
             "--input=%d names argument #%d, but the function takes %d "
             "argument%s",
             i, i, n, n == 1 ? "" : "s");
    mlirEmitError(mlirOperationGetLocation(func), message);
    return false;
  }
  for (int i = 0; i < n; ++i) {
    AneDType dtype;
    int rank;
    int64_t dims[ANE_INTERP_MAX_RANK];
    char why[512];
    MlirValue arg = mlirBlockGetArgument(entry, i);
    if (!aneTensorTypeInfo(mlirValueGetType(arg), &dtype, &rank, dims, why,
                           sizeof(why))) {
      char message[600];
      snprintf(message, sizeof(message), "cannot execute argument #%d: %s", i,
               why);
      mlirEmitError(mlirValueGetLocation(arg), message);
      return false;
    }
    AneTensor *t = &(*inputs)[i];
    if (!aneTensorInit(t, dtype, rank, dims, why, sizeof(why))) {
      char message[600];
      snprintf(message, sizeof(message), "cannot execute argument #%d: %s", i,
               why);
      mlirEmitError(mlirValueGetLocation(arg), message);
      return false;
    }
    AneInputSpec spec;
    if (i < ANE_RUN_MAX_INPUTS && options->hasInput[i])
      spec = options->inputs[i];
    else
      aneInputSpecDefault(&spec, options->defaultKind);
    if (!aneInputFill(&spec, options->seed + (uint64_t)i, t, why,
                      sizeof(why))) {
      fprintf(stderr, "ane-run: error: input #%d: %s\n", i, why);
      return false;
    }
  }
  return true;
}

static void freeTensors(AneTensor *tensors, int n) {
  for (int i = 0; i < n; ++i)
    aneTensorDestroy(&tensors[i]);
  free(tensors);
}

static void printSummary(MlirOperation func, const AneTensor *outputs,
                         int numOutputs, int printValues) {
  MlirOperation ret = mlirBlockGetTerminator(
      mlirRegionGetFirstBlock(mlirOperationGetRegion(func, 0)));
  for (int i = 0; i < numOutputs; ++i) {
    const AneTensor *t = &outputs[i];
    double lo = INFINITY, hi = -INFINITY, sum = 0;
    for (int64_t k = 0; k < t->size; ++k) {
      lo = fmin(lo, t->data[k]);
      hi = fmax(hi, t->data[k]);
      sum += t->data[k];
    }
    printf("  #%d ", i);
    mlirTypePrint(mlirValueGetType(mlirOperationGetOperand(ret, i)),
                  printToStdout, NULL);
    printf(": min %.6g max %.6g mean %.6g values [", lo, hi,
           t->size ? sum / (double)t->size : 0.0);
    for (int64_t k = 0; k < t->size && k < printValues; ++k)
      printf("%s%.6g", k ? ", " : "", t->data[k]);
    printf("%s]\n", t->size > printValues ? ", ..." : "");
  }
}

static bool writeNpy(const char *prefix, const AneTensor *outputs,
                     int numOutputs) {
  for (int i = 0; i < numOutputs; ++i) {
    char path[4096], why[512];
    snprintf(path, sizeof(path), "%s%d.npy", prefix, i);
    if (!aneNpyWrite(path, &outputs[i], why, sizeof(why))) {
      fprintf(stderr, "ane-run: error: %s\n", why);
      return false;
    }
  }
  return true;
}

// Runs the reference and reports metrics; false if a run failed or an error
// exceeds the tolerance.
static bool compareRuns(MlirOperation func, MlirOperation ref,
                        const AneRunOptions *options, const AneTensor *inputs,
                        int numInputs, const AneTensor *outputs,
                        int numOutputs) {
  AneTensor *refOutputs;
  int numRefOutputs;
  if (!aneInterpretFunction(ref, options->compareNumerics, inputs, numInputs,
                            &refOutputs, &numRefOutputs))
    return false;
  bool ok = true;
  printf("compare ");
  printFuncName(func);
  printf(" (%s) against ", numericsName(options->numerics));
  printFuncName(ref);
  printf(" (%s)\n", numericsName(options->compareNumerics));
  if (numRefOutputs != numOutputs) {
    fprintf(stderr,
            "ane-run: error: the functions return %d and %d values\n",
            numOutputs, numRefOutputs);
    ok = false;
  }
  for (int i = 0; ok && i < numOutputs; ++i) {
    if (outputs[i].size != refOutputs[i].size) {
      fprintf(stderr, "ane-run: error: output #%d sizes differ (%lld vs %lld)\n",
              i, (long long)outputs[i].size, (long long)refOutputs[i].size);
      ok = false;
      break;
    }
    AneErrorMetrics m = aneCompareTensors(&outputs[i], &refOutputs[i]);
    printf("  #%d max_abs_err %.3e max_rel_err %.3e cosine %.8f\n", i,
           m.maxAbsError, m.maxRelError, m.cosine);
    if (options->hasTolerance && !(m.maxRelError <= options->tolerance)) {
      fprintf(stderr,
              "ane-run: error: output #%d: max relative error %.3e exceeds "
              "--tol %.3e\n",
              i, m.maxRelError, options->tolerance);
      ok = false;
    }
    if (options->hasAbsTolerance && !(m.maxAbsError <= options->absTolerance)) {
      fprintf(stderr,
              "ane-run: error: output #%d: max absolute error %.3e exceeds "
              "--atol %.3e\n",
              i, m.maxAbsError, options->absTolerance);
      ok = false;
    }
  }
  if (ok && (options->hasTolerance || options->hasAbsTolerance))
    printf("within tolerance\n");
  freeTensors(refOutputs, numRefOutputs);
  return ok;
}

int main(int argc, char **argv) {
  AneRunOptions options;
  AneCliResult parsed = aneRunParseCommandLine(argc, argv, &options);
  if (parsed != ANE_CLI_RUN) {
    return aneCliExitStatus(parsed);
  }
  MlirContext context = mlirContextCreateWithThreading(false);
  if (mlirLogicalResultIsFailure(aneContextLoadDialect(context)))
    return 1;

  bool ok = true;
  LoadedFile main = {0}, other = {0};
  LoadedFile *refFile = &main;
  AneTensor *inputs = NULL, *outputs = NULL;
  int numInputs = 0, numOutputs = 0;
  MlirOperation func = {NULL}, ref = {NULL};

  aneTensorSetMemoryBudget(options.maxMemory);
  aneSetThreadCount(options.threads);
  aneBlasChooseCore();
  ok = loadFile(context, options.inputPath, &main);
  if (ok && options.compare && options.comparePath &&
      strcmp(options.comparePath, options.inputPath) != 0) {
    ok = loadFile(context, options.comparePath, &other);
    refFile = &other;
  }
  // Execution errors are printed against the main file's text.
  if (ok)
    aneDiagEngineAttach(&main.engine, context);
  if (ok) {
    func = findFunction(&main, options.funcName);
    ok = !mlirOperationIsNull(func);
  }
  if (ok && options.compare) {
    ref = findFunction(refFile, options.compareFunc);
    ok = !mlirOperationIsNull(ref);
  }
  // A comparison runs the inputs twice; a single run takes them, so each
  // weight is freed after its last use.
  ok = ok && makeInputs(func, &options, &inputs, &numInputs) &&
       (options.compare
            ? aneInterpretFunction(func, options.numerics, inputs, numInputs,
                                   &outputs, &numOutputs)
            : aneInterpretFunctionTakingInputs(func, options.numerics, inputs,
                                               numInputs, &outputs,
                                               &numOutputs));
  if (ok) {
    printFuncName(func);
    printf(" (%s): %d output%s\n", numericsName(options.numerics), numOutputs,
           numOutputs == 1 ? "" : "s");
    printSummary(func, outputs, numOutputs, options.printValues);
    if (options.outputNpyPrefix)
      ok = writeNpy(options.outputNpyPrefix, outputs, numOutputs);
  }
  if (ok && options.compare)
    ok = compareRuns(func, ref, &options, inputs, numInputs, outputs,
                     numOutputs);

  freeTensors(inputs, numInputs);
  freeTensors(outputs, numOutputs);
  if (!mlirModuleIsNull(main.module))
    mlirModuleDestroy(main.module);
  if (!mlirModuleIsNull(other.module))
    mlirModuleDestroy(other.module);
  mlirContextDestroy(context);
  aneDiagEngineDestroy(&main.engine);
  aneDiagEngineDestroy(&other.engine);
  aneSourceDestroy(&main.source);
  aneSourceDestroy(&other.source);
  return ok ? 0 : 1;
}
