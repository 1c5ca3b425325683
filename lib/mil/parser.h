//===- parser.h - MIL text to syntax tree ----------------------------------===//
//
// A recursive-descent parser for the coremlc `model.mil` notation and the
// ANEForge subset of it (docs/mil-format.md §2-7): program(1.0) and (1.3), both
// scalar styles, inline literals, BLOBFILE references, tuples, any argument
// order and spacing, `//` comments. Stops at the first error.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_MIL_PARSER_H
#define ANE_MIL_PARSER_H

#include "ast.h"

typedef struct {
  MilPos pos;
  char message[512];
} MilParseError;

/// Parses `length` bytes of `text` into `program`. On failure returns false
/// with the first error's position and message; `program` must still be
/// destroyed.
bool milParseProgram(const char *text, size_t length, MilProgram *program,
                     MilParseError *error);

void milProgramDestroy(MilProgram *program);

#endif // ANE_MIL_PARSER_H
