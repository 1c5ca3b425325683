//===- options.h - ane-run command line ------------------------------------===//

#ifndef ANE_RUN_OPTIONS_H
#define ANE_RUN_OPTIONS_H

#include "cli.h"

#include "interp/inputs.h"
#include "interp/tensor.h"

#include <stdbool.h>
#include <stdint.h>

#define ANE_RUN_MAX_INPUTS 64

typedef struct {
  const char *inputPath;
  const char *funcName;        ///< NULL: the first func.func.
  AneNumerics numerics;
  uint64_t seed;
  AneInputKind defaultKind;    ///< normal or uniform, for unlisted args.
  bool hasInput[ANE_RUN_MAX_INPUTS];
  AneInputSpec inputs[ANE_RUN_MAX_INPUTS];
  const char *comparePath;     ///< NULL: compare within inputPath.
  const char *compareFunc;
  bool compare;
  AneNumerics compareNumerics;
  bool hasTolerance;
  double tolerance;        ///< On the max relative error.
  bool hasAbsTolerance;
  double absTolerance;     ///< On the max absolute error.
  const char *outputNpyPrefix;
  int printValues;
  /// Bytes of tensor data alive at once; 0: unlimited. Default: half of
  /// the machine's physical memory.
  uint64_t maxMemory;
  int threads; ///< 0: one per online CPU.
} AneRunOptions;


AneCliResult aneRunParseCommandLine(int argc, char **argv,
                                   AneRunOptions *options);

#endif // ANE_RUN_OPTIONS_H
