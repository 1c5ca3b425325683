//===- pdl_natives.h - What every PDL native function shares --------------===//
//
// The native constraints and rewrites of lower_norms.pdll and fuse_norms.pdll
// (registered with mlirPDLPatternModuleRegister*Function) all have one
// signature; these macros spell it once.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_PATTERNS_PDL_NATIVES_H
#define ANE_PATTERNS_PDL_NATIVES_H

#include "mlir-c/Rewrite.h"

#include <stdbool.h>

// The arguments every native function receives.
#define NATIVE_ARGS                                                            \
  MlirPatternRewriter rewriter, MlirPDLResultList results, size_t nValues,     \
      MlirPDLValue *values, void *userData
#define UNUSED_NATIVE_ARGS                                                     \
  (void)rewriter;                                                              \
  (void)results;                                                               \
  (void)nValues;                                                               \
  (void)userData

/// A constraint's answer: success if `holds`.
static inline MlirLogicalResult aneNativeCheck(bool holds) {
  return holds ? mlirLogicalResultSuccess() : mlirLogicalResultFailure();
}

#endif // ANE_PATTERNS_PDL_NATIVES_H
