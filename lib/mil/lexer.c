//===- lexer.c - Tokens of MIL text ----------------------------------------===//

#include "lexer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool isIdentStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool isIdentChar(char c) {
  return isIdentStart(c) || (c >= '0' && c <= '9');
}

static bool isDigit(char c) { return c >= '0' && c <= '9'; }

static bool isNumberChar(char c) {
  // Everything a C float spelling may contain after its first character:
  // digits, '.', hex digits, 'x', exponent letters and their signs.
  return isIdentChar(c) || c == '.';
}

typedef struct {
  const char *p, *end;
  unsigned line, col;
  MilToken *tokens;
  size_t count, capacity;
} Lexer;

static void advance(Lexer *lx, size_t n) {
  for (size_t i = 0; i < n && lx->p < lx->end; ++i) {
    if (*lx->p == '\n') {
      ++lx->line;
      lx->col = 1;
    } else {
      ++lx->col;
    }
    ++lx->p;
  }
}

static bool push(Lexer *lx, MilTokenKind kind, const char *text,
                 size_t length, unsigned line, unsigned col) {
  if (lx->count == lx->capacity) {
    size_t capacity = lx->capacity ? lx->capacity * 2 : 256;
    MilToken *grown = realloc(lx->tokens, capacity * sizeof(MilToken));
    if (!grown)
      return false;
    lx->tokens = grown;
    lx->capacity = capacity;
  }
  lx->tokens[lx->count++] = (MilToken){kind, text, length, line, col};
  return true;
}

// Length of a number starting at `p` (with an optional sign), or 0.
static size_t numberLength(const char *p, const char *end) {
  const char *q = p;
  if (q < end && (*q == '-' || *q == '+'))
    ++q;
  if (q >= end)
    return 0;
  // A signed inf / nan, e.g. -inf (unsigned, they lex as identifiers).
  if (q != p && end - q >= 3 && (strncmp(q, "inf", 3) == 0 || strncmp(q, "nan", 3) == 0 ||
                       strncmp(q, "Inf", 3) == 0 || strncmp(q, "NaN", 3) == 0)) {
    const char *r = q + 3;
    if (end - r >= 5 && strncmp(r, "inity", 5) == 0)
      r += 5;
    if (r < end && isIdentChar(*r))
      return 0;
    return (size_t)(r - p);
  }
  if (!isDigit(*q) && !(*q == '.' && q + 1 < end && isDigit(q[1])))
    return 0;
  bool hex = end - q >= 2 && q[0] == '0' && (q[1] == 'x' || q[1] == 'X');
  const char *r = q + (hex ? 2 : 0);
  while (r < end) {
    char c = *r;
    bool expLetter = hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E');
    if (expLetter && r + 1 < end && (r[1] == '+' || r[1] == '-')) {
      r += 2;
      continue;
    }
    if (!isNumberChar(c))
      break;
    ++r;
  }
  return (size_t)(r - p);
}

MilToken *milTokenize(const char *text, size_t length, size_t *numTokens,
                      char *error, size_t errorSize) {
  Lexer lx = {text, text + length, 1, 1, NULL, 0, 0};
  error[0] = '\0';
  for (;;) {
    // Whitespace and comments.
    while (lx.p < lx.end) {
      char c = *lx.p;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
          c == '\v') {
        advance(&lx, 1);
      } else if (c == '/' && lx.p + 1 < lx.end && lx.p[1] == '/') {
        while (lx.p < lx.end && *lx.p != '\n')
          advance(&lx, 1);
      } else {
        break;
      }
    }
    unsigned line = lx.line, col = lx.col;
    if (lx.p >= lx.end) {
      if (!push(&lx, MIL_TOK_EOF, lx.p, 0, line, col))
        goto oom;
      break;
    }
    const char *start = lx.p;
    char c = *lx.p;
    MilTokenKind kind = MIL_TOK_ERROR;
    size_t n = 1;
    switch (c) {
    case '(': kind = MIL_TOK_LPAREN; break;
    case ')': kind = MIL_TOK_RPAREN; break;
    case '[': kind = MIL_TOK_LBRACKET; break;
    case ']': kind = MIL_TOK_RBRACKET; break;
    case '{': kind = MIL_TOK_LBRACE; break;
    case '}': kind = MIL_TOK_RBRACE; break;
    case '<': kind = MIL_TOK_LANGLE; break;
    case '>': kind = MIL_TOK_RANGLE; break;
    case ',': kind = MIL_TOK_COMMA; break;
    case '=': kind = MIL_TOK_EQUAL; break;
    case ';': kind = MIL_TOK_SEMI; break;
    case '?': kind = MIL_TOK_QUESTION; break;
    default: break;
    }
    if (kind == MIL_TOK_ERROR) {
      if (c == '-' && lx.p + 1 < lx.end && lx.p[1] == '>') {
        kind = MIL_TOK_ARROW;
        n = 2;
      } else if (c == '"') {
        const char *q = lx.p + 1;
        while (q < lx.end && *q != '"' && *q != '\n') {
          if (*q == '\\' && q + 1 < lx.end && q[1] != '\n')
            ++q;
          ++q;
        }
        if (q >= lx.end || *q != '"') {
          snprintf(error, errorSize, "unterminated string literal");
          push(&lx, MIL_TOK_ERROR, start, 1, line, col);
          break;
        }
        advance(&lx, (size_t)(q + 1 - lx.p));
        if (!push(&lx, MIL_TOK_STRING, start + 1, (size_t)(q - start - 1),
                  line, col))
          goto oom;
        continue;
      } else if ((n = numberLength(lx.p, lx.end)) > 0) {
        kind = MIL_TOK_NUMBER;
      } else if (isIdentStart(c)) {
        n = 1;
        while (lx.p + n < lx.end && isIdentChar(lx.p[n]))
          ++n;
        kind = MIL_TOK_IDENT;
      } else {
        if ((unsigned char)c >= 0x20 && (unsigned char)c < 0x7f)
          snprintf(error, errorSize, "unexpected character '%c'", c);
        else
          snprintf(error, errorSize, "unexpected byte 0x%02x",
                   (unsigned)(unsigned char)c);
        push(&lx, MIL_TOK_ERROR, start, 1, line, col);
        break;
      }
    }
    advance(&lx, n);
    if (!push(&lx, kind, start, n, line, col))
      goto oom;
  }
  // The array must end with EOF, or with ERROR and its message.
  if (lx.count > 0 &&
      (lx.tokens[lx.count - 1].kind == MIL_TOK_EOF ||
       (lx.tokens[lx.count - 1].kind == MIL_TOK_ERROR && error[0]))) {
    *numTokens = lx.count;
    return lx.tokens;
  }
oom:
  free(lx.tokens);
  *numTokens = 0;
  return NULL;
}

