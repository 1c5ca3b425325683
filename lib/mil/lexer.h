//===- lexer.h - Tokens of MIL text ----------------------------------------===//
//
// Splits MIL text (docs/mil-format.md §2-5) into tokens with 1-based line and
// column (bytes, as MLIR counts them). `//` comments and all whitespace are
// skipped. Numbers include their sign and cover decimal, hex-float and
// inf/nan spellings; their value is read later, by the parser, against the
// dtype that types them.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_MIL_LEXER_H
#define ANE_MIL_LEXER_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
  MIL_TOK_EOF,
  MIL_TOK_IDENT,
  MIL_TOK_NUMBER,
  MIL_TOK_STRING, ///< `text` excludes the quotes; escapes are not decoded.
  MIL_TOK_LPAREN,
  MIL_TOK_RPAREN,
  MIL_TOK_LBRACKET,
  MIL_TOK_RBRACKET,
  MIL_TOK_LBRACE,
  MIL_TOK_RBRACE,
  MIL_TOK_LANGLE,
  MIL_TOK_RANGLE,
  MIL_TOK_COMMA,
  MIL_TOK_EQUAL,
  MIL_TOK_SEMI,
  MIL_TOK_ARROW,
  MIL_TOK_QUESTION,
  MIL_TOK_ERROR, ///< `text` points at the offending character.
} MilTokenKind;

typedef struct {
  MilTokenKind kind;
  const char *text;
  size_t length;
  unsigned line, col;
} MilToken;

/// Tokenizes `length` bytes of `text` into an array ending with an EOF token
/// (or, at the first bad character, an ERROR token whose message is in
/// `error`). The array is malloc'ed; NULL when out of memory.
MilToken *milTokenize(const char *text, size_t length, size_t *numTokens,
                      char *error, size_t errorSize);

#endif // ANE_MIL_LEXER_H
