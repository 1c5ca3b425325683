/*===-- ane-c/Passes.h - ANE passes and rewrite patterns ----------*- C -*-===*\
|*                                                                            *|
|* The ANE passes as `MlirPass` objects for any `MlirOpPassManager`, the      *|
|* pattern sets behind them, and the textual pipeline parser ane-opt uses.    *|
|* All passes are op-agnostic (they run on whatever op they are nested        *|
|* under; nest them under `func.func` to run functions in parallel) and need  *|
|* the ANE dialect loaded (`aneContextLoadDialect`).                          *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef ANE_C_PASSES_H
#define ANE_C_PASSES_H

#include "ane-c/Support.h"
#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "mlir-c/Rewrite.h"

#ifdef __cplusplus
extern "C" {
#endif

/// How `lower-norms` lowers `ane.rms_norm` (docs/passes.md).
typedef enum {
  /// reduce_l2_norm -> maximum(floor) -> real_div -> mul(gamma * sqrt(D)),
  /// folded when gamma is a constant and the fold stays in range; otherwise
  /// the floored norm is scaled by 1/sqrt(D) before the divide and gamma is
  /// applied as it is (docs/passes.md).
  ANE_LOWER_NORMS_L2 = 0,
  /// The old ANE lowering through reshape [M,D,1,1] + reduce_sum.
  ANE_LOWER_NORMS_REDUCE_SUM = 1,
  /// concat([x, -x]) -> layer_norm -> slice -> mul(gamma). Exact.
  ANE_LOWER_NORMS_LAYER_NORM = 2,
} AneLowerNormsStrategy;

/// Parses a strategy name ("l2", "reduce-sum", "layer-norm"). Returns false if
/// the name is not one of them.
ANE_CAPI_EXPORTED bool aneLowerNormsStrategyFromString(
    MlirStringRef name, AneLowerNormsStrategy *strategy);

/// Returns the name of a strategy as the pass option spells it; an empty
/// string for a value that is not a strategy.
ANE_CAPI_EXPORTED MlirStringRef
aneLowerNormsStrategyGetName(AneLowerNormsStrategy strategy);

/// Creates the `lower-norms` pass: lowers `ane.rms_norm` with `strategy` and
/// `ane.l2_norm` through reduce_l2_norm. Ownership goes to the pass manager
/// it is added to.
ANE_CAPI_EXPORTED MlirPass aneCreateLowerNormsPass(AneLowerNormsStrategy strategy);

/// Creates the `fuse-norms` pass: raises decomposed normalization chains
/// (square -> mean -> add eps -> rsqrt -> mul -> mul gamma and its variants,
/// the old reshape + reduce_sum lowering, mean-centered variance chains,
/// x / max(norm2(x), floor)) into `ane.rms_norm`, `ane.layer_norm` and
/// `ane.l2_norm`, erasing the fused chain. Chains that fail a guard are left
/// alone (docs/passes.md). Ownership goes to the pass manager it is added to.
ANE_CAPI_EXPORTED MlirPass aneCreateFuseNormsPass(void);

/// Creates the `ane-dce` pass: erases `ane.*` ops whose results are unused,
/// transitively.
ANE_CAPI_EXPORTED MlirPass aneCreateDCEPass(void);

/// Creates the `ane-cse` pass: merges `ane.*` ops with identical name,
/// operands, attributes and result types when the first dominates the rest.
ANE_CAPI_EXPORTED MlirPass aneCreateCSEPass(void);

//===----------------------------------------------------------------------===//
// Pass registry and textual pipelines
//===----------------------------------------------------------------------===//

/// Returns the number of ANE passes.
ANE_CAPI_EXPORTED intptr_t aneGetNumPasses(void);

/// Returns the command-line argument of ANE pass `pos` ("lower-norms"), or
/// a null string for an out-of-range `pos`. Owned by the library.
ANE_CAPI_EXPORTED MlirStringRef aneGetPassArgument(intptr_t pos);

/// Returns the one-line description of ANE pass `pos`. Owned by the library.
ANE_CAPI_EXPORTED MlirStringRef aneGetPassDescription(intptr_t pos);

/// Returns true if `argument` names an ANE pass.
ANE_CAPI_EXPORTED bool aneIsPassArgument(MlirStringRef argument);

/// Creates the ANE pass named `argument` from its textual `options` (as in a
/// pipeline: "strategy=reduce-sum"; empty for none). On an unknown name or
/// bad options, `errorCallback` (may be NULL) receives the reason and a null
/// pass is returned.
ANE_CAPI_EXPORTED MlirPass aneCreatePassFromString(
    MlirStringRef argument, MlirStringRef options,
    MlirStringCallback errorCallback, void *userData);

/// Parses `builtin.module(...)` into `passManager`, which must be anchored on
/// builtin.module. Anchors (`func.func(...)`) nest pass managers, ANE passes
/// are created with their options, and every other element goes to MLIR's
/// parser, so ANE and upstream passes mix in textual order. This is the
/// parser `ane-opt --pass-pipeline` uses. On failure `errorCallback` (may be
/// NULL) receives "column N: <reason>", the pipeline and a caret line, and
/// failure is returned; passes added before the error stay added.
ANE_CAPI_EXPORTED MlirLogicalResult
aneParsePassPipeline(MlirOpPassManager passManager, MlirStringRef pipeline,
                     MlirStringCallback errorCallback, void *userData);

/// Like `aneParsePassPipeline` for comma-separated pipeline elements without
/// the top-level anchor ("func.func(lower-norms),canonicalize"), added to
/// `passManager` whatever it is anchored on: the ANE counterpart of
/// `mlirOpPassManagerAddPipeline`.
ANE_CAPI_EXPORTED MlirLogicalResult
aneOpPassManagerAddPipeline(MlirOpPassManager passManager,
                            MlirStringRef elements,
                            MlirStringCallback errorCallback, void *userData);

//===----------------------------------------------------------------------===//
// Pattern sets and direct transforms
//===----------------------------------------------------------------------===//

/// Creates the pattern set behind `lower-norms` for `strategy` (declarative
/// PDL patterns plus their native functions) in `context`, which must have
/// the ANE dialect loaded. The caller owns the set and must destroy it with
/// `mlirRewritePatternSetDestroy`, also after `mlirFreezeRewritePattern`:
/// freezing moves the patterns out but does not free the set, which still
/// owns the PDL module. Returns a null set if the dialect is not loaded or
/// the strategy is invalid.
ANE_CAPI_EXPORTED MlirRewritePatternSet
aneLowerNormsPatternSetCreate(MlirContext context,
                              AneLowerNormsStrategy strategy);

/// Creates the pattern set behind `fuse-norms` (declarative PDL patterns plus
/// their native functions) in `context`, which must have the ANE dialect
/// loaded. The caller owns the set and must destroy it with
/// `mlirRewritePatternSetDestroy`, also after `mlirFreezeRewritePattern`
/// (see above). Returns a null set if the dialect is not loaded.
ANE_CAPI_EXPORTED MlirRewritePatternSet
aneFuseNormsPatternSetCreate(MlirContext context);

//===----------------------------------------------------------------------===//
// Remarks
//===----------------------------------------------------------------------===//

/// Receives a remark of an ANE pass: today `lower-norms`, once for each norm
/// it lowers with a strategy whose fp16 range is narrower than the op's (the
/// l2 and reduce-sum forms store a norm or a sum of squares in fp16; the op
/// keeps it in fp32; docs/numerics.md, "Safe domains"). `message` is valid
/// only during the call.
typedef void (*AneRemarkCallback)(MlirLocation location, MlirStringRef message,
                                  void *userData);

/// Installs `callback` for every ANE pass in the process (NULL, the default:
/// no remarks). Calls are serialized, so the callback needs no lock even
/// when a pass manager runs passes on several threads; their order then
/// follows the threads. Install it before running passes.
ANE_CAPI_EXPORTED void aneSetRemarkCallback(AneRemarkCallback callback,
                                            void *userData);

/// Erases unused `ane.*` ops nested in `op`, transitively. Returns the number
/// of ops erased.
ANE_CAPI_EXPORTED intptr_t aneEraseDeadOps(MlirOperation op);

/// Merges identical `ane.*` ops nested in `op` (see `ane-cse`). Returns the
/// number of ops erased.
ANE_CAPI_EXPORTED intptr_t aneMergeIdenticalOps(MlirOperation op);

#ifdef __cplusplus
}
#endif

#endif // ANE_C_PASSES_H
