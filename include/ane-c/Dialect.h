/*===-- ane-c/Dialect.h - ANE dialect loading and verification ----*- C -*-===*\
|*                                                                            *|
|* Loading the ANE dialect (defined in IRDL) into an MLIR context, and the    *|
|* verifier for the rules IRDL cannot express.                                *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef ANE_C_DIALECT_H
#define ANE_C_DIALECT_H

#include "ane-c/Support.h"
#include "mlir-c/IR.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Loads the ANE dialect into `context`, together with the upstream dialects
/// ANE IR uses (`func`, `arith`) and the one its definition needs (`irdl`).
/// The passes declare the dialects their patterns need (`pdl`,
/// `pdl_interp`): the pass manager loads them when a pipeline runs, and the
/// pattern-set constructors load them too. Idempotent per context: a second call returns success
/// without loading anything (IRDL crashes on double registration, so this is
/// the only supported way to load it). Not thread-safe for concurrent calls
/// on the same context. Returns failure, with a diagnostic on the context,
/// only if the embedded definition does not load.
ANE_CAPI_EXPORTED MlirLogicalResult aneContextLoadDialect(MlirContext context);

/// Returns true if the ANE dialect is loaded in `context`.
ANE_CAPI_EXPORTED bool aneContextIsDialectLoaded(MlirContext context);

/// Returns the IRDL text defining the dialect (the embedded copy of the
/// installed `share/ane-mlir/ane.irdl.mlir`). Owned by the library.
ANE_CAPI_EXPORTED MlirStringRef aneGetDialectIRDL(void);

/// Checks every `ane.*` operation nested in `op` (and `op` itself) against the
/// rules IRDL cannot express: ranks, element types, broadcast and reduction
/// shapes, axes, permutations, epsilon values, ... Each violation is reported
/// as one error diagnostic at the operation's location through the context's
/// diagnostic handlers. Returns failure if any rule is violated.
ANE_CAPI_EXPORTED MlirLogicalResult aneVerifyOperation(MlirOperation op);

#ifdef __cplusplus
}
#endif

#endif // ANE_C_DIALECT_H
