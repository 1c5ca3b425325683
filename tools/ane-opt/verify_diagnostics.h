//===- verify_diagnostics.h - --verify-diagnostics, as upstream ------------===//
//
// Reads `expected-(error|warning|note|remark)[@+N|@-N|@above|@below|@unknown]
// {{message}}` annotations from a buffer and checks the collected
// diagnostics against them, with the semantics and messages of MLIR's
// SourceMgrDiagnosticVerifierHandler.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_OPT_VERIFY_DIAGNOSTICS_H
#define ANE_OPT_VERIFY_DIAGNOSTICS_H

#include "diagnostics.h"

#include <stdbool.h>

/// Checks the diagnostics `engine` collected against the annotations in its
/// buffer. Prints a located error for every unexpected diagnostic and every
/// annotation that was not matched; returns true if there were none.
bool aneVerifyDiagnostics(AneDiagEngine *engine);

#endif // ANE_OPT_VERIFY_DIAGNOSTICS_H
