//===- external_pass.h - Stateless op-agnostic external passes ------------===//
//
// Most ANE passes are a plain function over the op they are nested under, with
// no options and no state. This helper turns such a function into an
// `MlirPass` (an MLIR external pass) so each pass file only has to describe
// itself in one static const AneStatelessPassInfo.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_PATTERNS_EXTERNAL_PASS_H
#define ANE_PATTERNS_EXTERNAL_PASS_H

#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "mlir-c/Support.h"

/// Describes a stateless pass. Instances must have static storage duration:
/// the address of the struct is the pass's MlirTypeID (hence the alignment,
/// which mlirTypeIDCreate requires) and is shared by every clone of the pass.
typedef struct AneStatelessPassInfo {
  /// Pass name, as shown in timings and IR dumps (e.g. "AneDCE").
  _Alignas(8) const char *name;
  /// Command-line argument (e.g. "ane-dce").
  const char *argument;
  /// One-line description.
  const char *description;
  /// Transforms `op`, returning the number of ops it changed, or -1 if it ran
  /// out of memory (the pass then reports it and fails). Called concurrently
  /// on different ops, so it must not touch global mutable state.
  intptr_t (*transform)(MlirOperation op);
} AneStatelessPassInfo;

/// Creates an op-agnostic external pass (it runs on whatever op it is nested
/// under) calling `info->run`. Ownership of the pass goes to the pass manager
/// it is added to.
MlirPass aneCreateStatelessPass(const AneStatelessPassInfo *info);

/// For the passes that build ANE patterns, run where the ANE dialect is not
/// loaded (they then have no patterns): IR in such a context holds no ANE
/// op, so there is nothing to do and this returns true, unless an `ane.*` op
/// was parsed as unregistered (the embedder forgot to load the dialect). Then
/// it emits "<pass>: the ANE dialect is not loaded in this context ..." at
/// that op and returns false, so the pass fails instead of matching nothing.
bool aneCheckNoUnregisteredAneOps(MlirOperation op, const char *passArgument);

#endif // ANE_PATTERNS_EXTERNAL_PASS_H
