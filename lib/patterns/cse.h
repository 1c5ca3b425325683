//===- cse.h - Merging identical ane.* operations, inside other passes ----===//
//
// lib/patterns/cse.c implements ane-cse (aneMergeIdenticalOps, public);
// fuse-norms runs the restricted form below before its patterns.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_PATTERNS_CSE_H
#define ANE_PATTERNS_CSE_H

#include "mlir-c/IR.h"

#include <stdint.h>

/// Merges identical ane.cast and ane.sub ops under `root` as ane-cse does
/// (the later into the earlier that dominates it): a chain that casts x
/// twice (T5LayerNorm) or computes x - mean twice (Bert LayerNorm) then has
/// one value where the fusion patterns look for one. Returns the number of
/// ops erased, or -1 if memory ran out.
intptr_t aneMergeIdenticalCastsAndSubs(MlirOperation root);

#endif // ANE_PATTERNS_CSE_H
