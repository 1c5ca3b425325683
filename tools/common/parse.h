//===- parse.h - Parse a buffer into a module, with located errors ---------===//

#ifndef ANE_OPT_PARSE_H
#define ANE_OPT_PARSE_H

#include "diagnostics.h"
#include "source.h"

#include "mlir-c/IR.h"

/// The deepest nesting of (), [], {} and <> (counted through aliases) the
/// tools accept. MLIR's parser, verifier and printer recurse once per level;
/// ~20k levels overflow an 8 MiB stack. Real IR stays far below this.
#define ANE_MAX_NESTING_DEPTH 1000

/// How many bytes alias uses may add to the input when expanded (1 GiB):
/// bounds "billion laughs" input whose aliases each use the previous one
/// several times.
#define ANE_MAX_ALIAS_EXPANSION (1ull << 30)

/// Stack reserved for the thread that parses (and, for bytecode, prints back
/// and checks) the input: 512 MiB of address space, touched only as used.
#define ANE_PARSE_STACK_SIZE ((size_t)512 << 20)

/// Bytecode is read only in a child process (MLIR's bytecode reader is not
/// hardened against corrupt input), which sends the module back as text;
/// the child may take this many seconds, plus one per 512 KiB of input,
/// before the input is reported as corrupt. The environment variable of the
/// same name replaces the base.
#define ANE_BYTECODE_PROBE_SECONDS 10u

/// Parses `src` (text or bytecode) into a module, wrapping top-level ops in
/// an implicit `builtin.module` as mlir-opt does. Errors go to the context's
/// handlers; where MLIR's parser fails silently (IRDL ops in custom syntax)
/// this emits a located error itself. Text nested deeper than
/// ANE_MAX_NESTING_DEPTH, or whose aliases expand beyond
/// ANE_MAX_ALIAS_EXPANSION, is rejected before parsing with an error at the
/// place the limit is exceeded; bytecode is read in a child process whose
/// printed module is held to the same limits and parsed as text here. With `renameLocations`, locations
/// carry `src->name` (needed when they are printed or written to bytecode).
/// Returns a null module on failure.
MlirModule aneOptParse(MlirContext context, AneSource *src,
                       AneDiagEngine *engine, bool renameLocations);

#endif // ANE_OPT_PARSE_H
