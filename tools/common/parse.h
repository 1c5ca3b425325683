//===- parse.h - Parse a buffer into a module, with located errors ---------===//

#ifndef ANE_OPT_PARSE_H
#define ANE_OPT_PARSE_H

#include "diagnostics.h"
#include "source.h"

#include "mlir-c/IR.h"

/// Parses `src` (text or bytecode) into a module, wrapping top-level ops in
/// an implicit `builtin.module` as mlir-opt does. Errors go to the context's
/// handlers; where MLIR's parser fails silently (IRDL ops in custom syntax)
/// this emits a located error itself. With `renameLocations`, locations
/// carry `src->name` (needed when they are printed or written to bytecode).
/// Returns a null module on failure.
MlirModule aneOptParse(MlirContext context, AneSource *src,
                       AneDiagEngine *engine, bool renameLocations);

#endif // ANE_OPT_PARSE_H
