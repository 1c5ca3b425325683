//===- parallel_parse.h - Parse a module's functions side by side -*- C -*-===//
//
// Internal to lib/parse: the many-functions path of aneParseSourceUntrusted
// (AneParseOptions.maxParseThreads).
//
//===----------------------------------------------------------------------===//

#ifndef ANE_PARSE_PARALLEL_PARSE_H
#define ANE_PARSE_PARALLEL_PARSE_H

#include "mlir-c/IR.h"

#include <stdbool.h>
#include <stddef.h>

/// Parses `text` (text[length] is NUL) on up to `maxThreads` threads, one
/// run of whole top-level func.func ops each, into the module one
/// mlirModuleCreateParse of the whole text gives: the same ops in the same
/// order with the same locations. Returns a null module, having emitted
/// nothing, where the text is not one this can split or any part of it does
/// not parse cleanly; the caller then parses it the usual way (which reports
/// the problems). Runs on the caller's thread and `maxThreads - 1` threads of
/// `stackSize` bytes of stack.
MlirModule aneParseFunctionsInParallel(MlirContext context, const char *text,
                                       size_t length, unsigned maxThreads,
                                       size_t stackSize);

/// What a text's lines say of its top-level functions.
typedef struct {
  /// aneParseFunctionsInParallel would parse it in runs (and keep them,
  /// unless the parser disagrees with the split).
  bool splits;
  /// Two or more lines start a `func.func`: MLIR's verifier and the passes
  /// can take such a module's functions side by side.
  bool manyFunctions;
} AneTextFunctions;

/// Reads `text`'s lines once (~10 ms for 30 MB), so that a caller can leave
/// its context without threads, and its uniquers without locks, where
/// threads cannot help the parse. Texts under ANE_PARALLEL_PARSE_MIN_BYTES
/// do not split.
AneTextFunctions aneReadTextFunctions(const char *text, size_t length,
                                      unsigned maxThreads);

/// Texts smaller than this are parsed on one thread: starting threads and
/// copying the frame would cost more than they save.
#define ANE_PARALLEL_PARSE_MIN_BYTES ((size_t)1 << 20)

#endif // ANE_PARSE_PARALLEL_PARSE_H
