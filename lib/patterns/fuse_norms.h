//===- fuse_norms.h - Internals of the fuse-norms pattern set -------------===//

#ifndef ANE_PATTERNS_FUSE_NORMS_H
#define ANE_PATTERNS_FUSE_NORMS_H

#include "ane-c/Passes.h"

#include "mlir-c/Rewrite.h"

/// Registers the native constraints and rewrites fuse_norms.pdll calls. They
/// are stateless (userData is unused), so one registration serves every
/// thread.
void aneRegisterFuseNormsNatives(MlirPDLPatternModule module);

/// Builds the frozen fuse-norms pattern set in `context` (the ANE dialect
/// must be loaded).
MlirFrozenRewritePatternSet aneBuildFuseNormsPatterns(MlirContext context);

#endif // ANE_PATTERNS_FUSE_NORMS_H
