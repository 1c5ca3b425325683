/*===-- ane-c/Parse.h - Parse IR from untrusted input safely ------*- C -*-===*\
|*                                                                            *|
|* The parse step of ane-opt, ane-run and ane-translate, for embedders that   *|
|* read IR from anyone: text is checked before MLIR parses it, bytecode is    *|
|* read only in a child process (docs/robustness.md).                         *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef ANE_C_PARSE_H
#define ANE_C_PARSE_H

#include "ane-c/Support.h"

#include "mlir-c/IR.h"

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The defaults of AneParseOptions.
#define ANE_PARSE_MAX_NESTING_DEPTH 1000u
#define ANE_PARSE_MAX_ALIAS_EXPANSION (UINT64_C(1) << 30)
#define ANE_PARSE_BYTECODE_SECONDS 10u

typedef struct {
  /// The deepest nesting of (), [], {} and <> accepted, counted through
  /// aliases: MLIR's parser, verifier and printer recurse once per level.
  unsigned maxNestingDepth;
  /// How many bytes alias uses may add when expanded ("a billion laughs"),
  /// and the most the IR held by bytecode may print to.
  uint64_t maxAliasExpansion;
  /// How long the child process that reads bytecode may take, plus one
  /// second per 512 KiB of input, before the input is reported as corrupt.
  unsigned bytecodeSeconds;
  /// Give locations the buffer's `name` (MLIR parses a buffer as "-"): set
  /// it when the IR's locations are printed or written to bytecode.
  bool renameLocations;
  /// Accept the opaque MIL ops `mil.*` (MIL ops with no ANE equivalent, kept
  /// by the MIL importer) even if the context does not allow unregistered
  /// dialects. The context is then set to allow them (MLIR's verifier needs
  /// that for as long as the module lives) and every other unregistered op
  /// is refused here with a located error. Default: true.
  bool acceptMilOps;
  /// The caller's buffer is followed by a NUL byte (buffer.data[length] is
  /// 0, as MLIR's lexer needs) and does not change during the call: it is
  /// then checked and parsed where it is instead of copied first (a copy of
  /// the whole input otherwise). Default: false.
  bool textIsNulTerminated;
  /// Text of 1 MiB or more whose module is many top-level func.func ops is
  /// parsed on up to this many threads, a run of whole functions each
  /// (lib/parse/parallel_parse.c); the module is the one a single parse
  /// gives, op for op and location for location, and where that cannot be
  /// shown the text is parsed on one thread. More than 1 needs a context
  /// with multithreading enabled, and loads every dialect it has registered
  /// (a parsing thread cannot load one). Default: 1.
  unsigned maxParseThreads;
} AneParseOptions;

/// The defaults (the constants above; the environment variable
/// ANE_BYTECODE_PROBE_SECONDS, if set, replaces bytecodeSeconds).
ANE_CAPI_EXPORTED AneParseOptions aneParseOptionsGetDefault(void);

/// Parses `buffer` (MLIR text or bytecode) into a module, wrapping top-level
/// ops in an implicit `builtin.module` as mlir-opt does. Every problem is an
/// error diagnostic on `context` located at `name:line:col` (the caller's
/// handlers see it), and the result is then a null module:
///  - text with a NUL byte, invalid UTF-8, nesting past maxNestingDepth or
///    aliases expanding past maxAliasExpansion is refused before MLIR sees
///    it; it is parsed on a thread with a 512 MiB stack;
///  - bytecode is read only in a child process, with time and memory
///    limits: it sends back its diagnostics and the module printed as text,
///    which is checked and parsed here like text. MLIR's bytecode reader
///    never runs in the caller's process (it can corrupt the heap on
///    corrupt input without crashing);
///  - where MLIR's parser fails without a reason (ANE ops in custom syntax)
///    a located error says why.
/// `options` may be NULL (the defaults). The context should have the ANE
/// dialect loaded; its allow-unregistered-dialects setting applies to both
/// paths. Not for concurrent calls that each fork while other threads hold
/// locks (fork copies only the calling thread).
ANE_CAPI_EXPORTED MlirModule
aneParseSourceUntrusted(MlirContext context, MlirStringRef buffer,
                        MlirStringRef name, const AneParseOptions *options);

#ifdef __cplusplus
}
#endif

#endif // ANE_C_PARSE_H
