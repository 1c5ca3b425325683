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

/// The name of pass `index` of --list-passes (NULL past the last), for
/// "did you mean".
const char *aneOptPassName(size_t index);

/// Adds the passes requested on the command line, in order, to `pm` (anchored
/// on builtin.module). On failure prints the pipeline error and returns false.
bool aneOptBuildPipeline(MlirPassManager pm, const AneOptOptions *options);

/// Prints `pm`'s pipeline as mlir-opt's --dump-pass-pipeline does: "Pass
/// Manager with N passes:", then one element per line, indented by nesting.
void aneOptDumpPipeline(MlirPassManager pm, FILE *out);

/// True if there are no passes, or every requested pass is an ANE pass, given
/// as a flag, that leaves valid ANE IR behind by construction (lower-norms and fuse-norms run the
/// ANE verifier on their output; ane-dce and ane-cse only erase unused ops or
/// merge identical ones), so the driver need not verify again after them.
/// (`--pass-pipeline` text may hold anything: it counts as not ANE-only.)
bool aneOptPassesVerifyThemselves(const AneOptOptions *options);

#endif // ANE_OPT_PASSES_H
