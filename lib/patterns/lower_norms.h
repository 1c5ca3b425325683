//===- lower_norms.h - Internals of the lower-norms pattern set -----------===//

#ifndef ANE_PATTERNS_LOWER_NORMS_H
#define ANE_PATTERNS_LOWER_NORMS_H

#include "ane-c/Passes.h"

#include "mlir-c/Rewrite.h"

/// Registers the native constraints and rewrites lower_norms.pdll calls.
/// `strategy` must outlive the pattern set (it is the functions' userData).
void aneRegisterLowerNormsNatives(MlirPDLPatternModule module,
                                  const AneLowerNormsStrategy *strategy);

/// Bracket one run of the patterns on the calling thread: in between, the
/// native rewrites memoize their results (types and constants that depend
/// only on uniqued types and attributes). The pass brackets each run.
void aneLowerNormsMemoBegin(void);
void aneLowerNormsMemoEnd(void);

/// Builds the frozen lower-norms pattern set for `strategy` in `context` (the
/// ANE dialect must be loaded).
MlirFrozenRewritePatternSet
aneBuildLowerNormsPatterns(MlirContext context, AneLowerNormsStrategy strategy);

#endif // ANE_PATTERNS_LOWER_NORMS_H
