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

/// How `lower-norms` lowers `ane.rms_norm` (DESIGN section 4).
typedef enum {
  /// reduce_l2_norm -> maximum(floor) -> real_div -> mul(gamma * sqrt(D)).
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

/// Returns the name of a strategy as the pass option spells it.
ANE_CAPI_EXPORTED MlirStringRef
aneLowerNormsStrategyGetName(AneLowerNormsStrategy strategy);

/// Creates the `lower-norms` pass: lowers `ane.rms_norm` with `strategy` and
/// `ane.l2_norm` through reduce_l2_norm. Ownership goes to the pass manager
/// it is added to.
ANE_CAPI_EXPORTED MlirPass aneCreateLowerNormsPass(AneLowerNormsStrategy strategy);

/// Creates the `ane-dce` pass: erases `ane.*` ops whose results are unused,
/// transitively.
ANE_CAPI_EXPORTED MlirPass aneCreateDCEPass(void);

/// Creates the `ane-cse` pass: merges `ane.*` ops with identical name,
/// operands, attributes and result types when the first dominates the rest.
ANE_CAPI_EXPORTED MlirPass aneCreateCSEPass(void);

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
