//===- pdl_natives.h - What every PDL native function shares --------------===//
//
// The native constraints and rewrites of lower_norms.pdll and fuse_norms.pdll
// (registered with mlirPDLPatternModuleRegister*Function) all have one
// signature; these macros spell it once.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_PATTERNS_PDL_NATIVES_H
#define ANE_PATTERNS_PDL_NATIVES_H

#include "mlir-c/Dialect/Arith.h"
#include "mlir-c/Dialect/PDL.h"
#include "mlir-c/Dialect/PDLInterp.h"
#include "mlir-c/IR.h"
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

/// The dialects a pass of PDL patterns depends on: its patterns are pdl,
/// compile to pdl_interp, and create arith.constant. Declared on the pass
/// (the pass manager loads them before the pipeline runs, never while passes
/// run in parallel) and loaded by the pattern-set constructors for callers
/// without a pass.
#define ANE_PDL_NUM_DIALECTS 3

static inline void anePdlDialects(MlirDialectHandle out[ANE_PDL_NUM_DIALECTS]) {
  out[0] = mlirGetDialectHandle__pdl__();
  out[1] = mlirGetDialectHandle__pdl_interp__();
  out[2] = mlirGetDialectHandle__arith__();
}

static inline void anePdlLoadDialects(MlirContext context) {
  MlirDialectHandle dialects[ANE_PDL_NUM_DIALECTS];
  anePdlDialects(dialects);
  for (int i = 0; i < ANE_PDL_NUM_DIALECTS; ++i)
    mlirDialectHandleLoadDialect(dialects[i], context);
}

#endif // ANE_PATTERNS_PDL_NATIVES_H
