//===- source.h - Input buffers, line lookup and --split-input-file -------===//

#ifndef ANE_OPT_SOURCE_H
#define ANE_OPT_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

/// One input buffer (a whole file or one split chunk). Chunks keep the line
/// numbers of the file they came from: `text` starts with `firstLine - 1`
/// newlines, so every location the parser reports is a line of the file.
typedef struct {
  const char *name; ///< Display name used in diagnostics ("<stdin>" for -).
  char *text;       ///< Owned, NUL-terminated (may contain NULs if bytecode).
  size_t length;
  unsigned firstLine;
  size_t *lineStarts; ///< Offset of each line's first byte (lazy).
  unsigned numLines;
  bool isChunk; ///< One of several chunks of a --split-input-file input.
} AneSource;

/// Reads `path` ("-" is stdin) into `out`. On failure prints an error naming
/// the file and returns false.
bool aneSourceRead(const char *path, AneSource *out);

/// True if the buffer holds MLIR bytecode rather than text.
bool aneSourceIsBytecode(const AneSource *src);

/// True if the buffer holds nothing but blanks and newlines.
bool aneSourceIsBlank(const AneSource *src);

/// Splits `src` at lines whose text starts with "// -----" (leading blanks
/// allowed). Returns an array of `*count` chunks, each owning its text.
AneSource *aneSourceSplit(const AneSource *src, size_t *count);

/// Returns the text of 1-based line `line` (without its newline) and its
/// length, or NULL if the buffer has no such line.
const char *aneSourceGetLine(AneSource *src, unsigned line, size_t *length);

void aneSourceDestroy(AneSource *src);

#endif // ANE_OPT_SOURCE_H
