//===- parse.h - Parse a buffer into a module, with located errors ---------===//

#ifndef ANE_OPT_PARSE_H
#define ANE_OPT_PARSE_H

#include "diagnostics.h"
#include "source.h"

#include "mlir-c/IR.h"

/// Parses `src` with aneParseSourceUntrusted (ane-c/Parse.h: the text
/// checks, bytecode read in a child process, a located error where MLIR is
/// silent), after refusing an empty input (unless it is one chunk of a
/// split file). Errors go to the context's diagnostic handlers. With
/// `renameLocations`, locations carry `src->name` (needed when they are
/// printed or written to bytecode). `parseThreads` is
/// AneParseOptions.maxParseThreads (more than 1 only for a context with
/// multithreading enabled). Returns a null module on failure.
MlirModule aneOptParse(MlirContext context, AneSource *src,
                       bool renameLocations, unsigned parseThreads);

#endif // ANE_OPT_PARSE_H
