//===- passes.h - The passes ane-opt knows and how it builds pipelines ----===//

#ifndef ANE_OPT_PASSES_H
#define ANE_OPT_PASSES_H

#include "options.h"

#include "mlir-c/Pass.h"

#include <stdbool.h>
#include <stdio.h>

/// Registers the upstream passes with MLIR's global registry (once).
void aneOptRegisterPasses(void);

/// True if `name[0..length)` is a pass usable as a `--<pass>` flag.
bool aneOptIsPassName(const char *name, size_t length);

/// Prints every pass with a one-line description.
void aneOptPrintPassList(FILE *out);

/// Adds the passes requested on the command line, in order, to `pm` (anchored
/// on builtin.module). On failure prints the pipeline error and returns false.
bool aneOptBuildPipeline(MlirPassManager pm, const AneOptOptions *options);

#endif // ANE_OPT_PASSES_H
