//===- parser.c - MIL text to syntax tree ----------------------------------===//
//
// Grammar (docs/mil-format.md §2-7; whitespace and `//` comments anywhere):
//
//   program   ::= 'program' '(' NUMBER ')' ['[' attr (',' attr)* ']']
//                 '{' function* '}'
//   function  ::= 'func' IDENT ['<' IDENT '>'] '(' [binding (',' binding)*] ')'
//                 ['[' ... ']'] '{' statement* '}' '->' '(' [IDENT (',' IDENT)*] ')' ';'
//   statement ::= binding (',' binding)* '=' IDENT '(' [param (',' param)*] ')'
//                 ['[' [param (',' param)*] ']'] ';'
//   binding   ::= type IDENT
//   param     ::= IDENT '=' value
//   value     ::= IDENT | type '(' body ')' | '(' value (',' value)* ')'
//   type      ::= DTYPE | 'tensor' '<' DTYPE ',' '[' [dim (',' dim)*] ']' '>'
//   body      ::= scalar | list | 'BLOBFILE' '(' param ',' param ')'
//   list      ::= '[' [(scalar | list) (',' (scalar | list))*] ']'
//
//===----------------------------------------------------------------------===//

#include "parser.h"

#include "dialect/fp16.h"
#include "lexer.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { kMaxValueDepth = 16, kMaxListDepth = 32 };

typedef struct {
  MilToken *tokens;
  size_t numTokens, next;
  MilArena *arena;
  MilParseError *error;
  bool failed;
} Parser;

//===----------------------------------------------------------------------===//
// Tokens and errors
//===----------------------------------------------------------------------===//

static const MilToken *peek(Parser *p) { return &p->tokens[p->next]; }

static const MilToken *peekAt(Parser *p, size_t ahead) {
  size_t i = p->next + ahead;
  return &p->tokens[i < p->numTokens ? i : p->numTokens - 1];
}

static const MilToken *take(Parser *p) {
  const MilToken *t = &p->tokens[p->next];
  if (t->kind != MIL_TOK_EOF && t->kind != MIL_TOK_ERROR)
    ++p->next;
  return t;
}

static MilPos posOf(const MilToken *t) { return (MilPos){t->line, t->col}; }

__attribute__((format(printf, 3, 4))) static bool
failAt(Parser *p, const MilToken *t, const char *fmt, ...) {
  if (p->failed)
    return false;
  p->failed = true;
  p->error->pos = posOf(t);
  va_list args;
  va_start(args, fmt);
  vsnprintf(p->error->message, sizeof(p->error->message), fmt, args);
  va_end(args);
  return false;
}

// Describes a token for "expected X, got Y" messages.
static void describe(const MilToken *t, char *out, size_t size) {
  switch (t->kind) {
  case MIL_TOK_EOF:
    snprintf(out, size, "end of file");
    break;
  case MIL_TOK_STRING:
    snprintf(out, size, "string \"%.*s\"", (int)(t->length > 40 ? 40 : t->length),
             t->text);
    break;
  default:
    snprintf(out, size, "'%.*s'", (int)(t->length > 40 ? 40 : t->length),
             t->text);
    break;
  }
}

static bool failExpected(Parser *p, const char *what) {
  const MilToken *t = peek(p);
  char got[64];
  describe(t, got, sizeof(got));
  return failAt(p, t, "expected %s, got %s", what, got);
}

static bool expect(Parser *p, MilTokenKind kind, const char *what) {
  if (peek(p)->kind != kind)
    return failExpected(p, what);
  take(p);
  return true;
}

static bool isIdent(const MilToken *t, const char *word) {
  return t->kind == MIL_TOK_IDENT && strlen(word) == t->length &&
         memcmp(t->text, word, t->length) == 0;
}

static const char *identCopy(Parser *p, const MilToken *t) {
  const char *s = milArenaStrndup(p->arena, t->text, t->length);
  if (!s)
    failAt(p, t, "out of memory");
  return s;
}

static bool oom(Parser *p) { return failAt(p, peek(p), "out of memory"); }

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

static bool isDTypeToken(const MilToken *t) {
  return t->kind == MIL_TOK_IDENT &&
         milDTypeFromName(t->text, t->length) != MIL_DT_INVALID;
}

static bool parseDType(Parser *p, MilDType *out) {
  const MilToken *t = peek(p);
  if (t->kind != MIL_TOK_IDENT)
    return failExpected(p, "a dtype (fp16, fp32, int32, bool, string, ...)");
  *out = milDTypeFromName(t->text, t->length);
  if (*out == MIL_DT_INVALID)
    return failAt(p, t, "unknown dtype '%.*s'", (int)t->length, t->text);
  take(p);
  return true;
}

static bool parseDim(Parser *p, int64_t *dim) {
  const MilToken *t = peek(p);
  if (t->kind == MIL_TOK_QUESTION) {
    take(p);
    *dim = -1;
    return true;
  }
  // A named dim says which dims are equal, which `?` (all the dialect can
  // hold) would lose.
  if (t->kind == MIL_TOK_IDENT)
    return failAt(p, t,
                  "symbolic dimension '%.*s' is not supported: dynamic dims "
                  "are written '?' (the compiler's form)",
                  (int)t->length, t->text);
  if (t->kind != MIL_TOK_NUMBER)
    return failExpected(p, "a dimension");
  char buf[32];
  if (t->length >= sizeof(buf))
    return failAt(p, t, "dimension '%.*s' is too large", 31, t->text);
  memcpy(buf, t->text, t->length);
  buf[t->length] = '\0';
  char *end;
  errno = 0;
  long long v = strtoll(buf, &end, 10);
  if (*end || errno || v < 0)
    return failAt(p, t, "invalid dimension '%s' (expected a non-negative "
                        "integer or '?')", buf);
  take(p);
  *dim = v;
  return true;
}

// `tensor<DT, [dims]>` or a scalar dtype name.
static bool parseType(Parser *p, MilType *type) {
  memset(type, 0, sizeof(*type));
  const MilToken *t = peek(p);
  if (isIdent(t, "tensor") && peekAt(p, 1)->kind == MIL_TOK_LANGLE) {
    take(p);
    take(p);
    type->isTensor = true;
    if (!parseDType(p, &type->dtype) ||
        !expect(p, MIL_TOK_COMMA, "',' after the tensor dtype") ||
        !expect(p, MIL_TOK_LBRACKET, "'[' (the tensor shape)"))
      return false;
    if (peek(p)->kind != MIL_TOK_RBRACKET) {
      for (;;) {
        if (type->rank == MIL_MAX_RANK)
          return failAt(p, peek(p), "tensor rank exceeds %d", MIL_MAX_RANK);
        if (!parseDim(p, &type->dims[type->rank++]))
          return false;
        if (peek(p)->kind != MIL_TOK_COMMA)
          break;
        take(p);
      }
    }
    return expect(p, MIL_TOK_RBRACKET, "']' or ',' in the tensor shape") &&
           expect(p, MIL_TOK_RANGLE, "'>' closing the tensor type");
  }
  if (t->kind == MIL_TOK_IDENT &&
      (isIdent(t, "list") || isIdent(t, "tuple") || isIdent(t, "dict")) &&
      peekAt(p, 1)->kind == MIL_TOK_LANGLE)
    return failAt(p, t, "type '%.*s<...>' is not supported here",
                  (int)t->length, t->text);
  return parseDType(p, &type->dtype);
}

//===----------------------------------------------------------------------===//
// Literals
//===----------------------------------------------------------------------===//

// Copies a token's text, NUL-terminated, into `buf` (or an arena copy).
static char *tokenText(Parser *p, const MilToken *t, char *buf, size_t size) {
  if (t->length < size) {
    memcpy(buf, t->text, t->length);
    buf[t->length] = '\0';
    return buf;
  }
  return milArenaStrndup(p->arena, t->text, t->length);
}

static double roundToDType(double v, MilDType dtype) {
  if (dtype == MIL_DT_FP16)
    return aneHalfToFloat(aneFloatToHalf((float)v)); // exact: see below
  if (dtype == MIL_DT_FP32)
    return (double)(float)v;
  return v;
}
// Rounding double -> float -> half is the same as rounding double -> half
// directly: float has 24 >= 2 * 11 + 2 significand bits, so the double
// rounding is innocuous.

static bool parseFloatScalar(Parser *p, MilDType dtype, double *out) {
  const MilToken *t = peek(p);
  bool word = t->kind == MIL_TOK_IDENT &&
              (isIdent(t, "inf") || isIdent(t, "nan") || isIdent(t, "infinity") ||
               isIdent(t, "Inf") || isIdent(t, "NaN"));
  if (t->kind != MIL_TOK_NUMBER && !word) {
    char what[64];
    snprintf(what, sizeof(what), "a %s value", milDTypeName(dtype));
    return failExpected(p, what);
  }
  char buf[128];
  char *text = tokenText(p, t, buf, sizeof(buf));
  if (!text)
    return oom(p);
  char *end;
  double v = strtod(text, &end);
  if (*end || end == text)
    return failAt(p, t, "invalid %s literal '%.*s'", milDTypeName(dtype),
                  (int)(t->length > 60 ? 60 : t->length), t->text);
  take(p);
  *out = roundToDType(v, dtype);
  return true;
}

static bool parseIntScalar(Parser *p, MilDType dtype, int64_t *out) {
  const MilToken *t = peek(p);
  if (t->kind != MIL_TOK_NUMBER) {
    char what[64];
    snprintf(what, sizeof(what), "a %s value", milDTypeName(dtype));
    return failExpected(p, what);
  }
  char buf[64];
  char *text = tokenText(p, t, buf, sizeof(buf));
  if (!text)
    return oom(p);
  const char *digits = text + (text[0] == '-' || text[0] == '+');
  int base =
      digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X') ? 16 : 10;
  char *end;
  errno = 0;
  long long v = strtoll(text, &end, base);
  if (*end || end == text)
    return failAt(p, t, "invalid %s literal '%.*s'", milDTypeName(dtype),
                  (int)(t->length > 60 ? 60 : t->length), t->text);
  int64_t lo, hi;
  milDTypeIntRange(dtype, &lo, &hi);
  if (errno == ERANGE || v < lo || v > hi)
    return failAt(p, t, "%s literal '%.*s' is out of range",
                  milDTypeName(dtype), (int)(t->length > 60 ? 60 : t->length),
                  t->text);
  take(p);
  *out = v;
  return true;
}

static bool parseBoolScalar(Parser *p, int64_t *out) {
  const MilToken *t = peek(p);
  if (isIdent(t, "true") || isIdent(t, "True"))
    *out = 1;
  else if (isIdent(t, "false") || isIdent(t, "False"))
    *out = 0;
  else
    return failExpected(p, "true or false");
  take(p);
  return true;
}

// Decodes a string token (\" \\ \n \t escapes) into the arena.
static const char *stringValue(Parser *p, const MilToken *t) {
  char *s = milArenaAlloc(p->arena, t->length + 1);
  if (!s) {
    oom(p);
    return NULL;
  }
  size_t n = 0;
  for (size_t i = 0; i < t->length; ++i) {
    char c = t->text[i];
    if (c == '\\' && i + 1 < t->length) {
      c = t->text[++i];
      c = c == 'n' ? '\n' : c == 't' ? '\t' : c;
    }
    s[n++] = c;
  }
  s[n] = '\0';
  return s;
}

typedef struct {
  double *floats;
  int64_t *ints;
  const char **strings;
  size_t count, capacity;
} Values;

static bool parseScalarInto(Parser *p, MilDType dtype, Values *v) {
  size_t capacity = v->capacity;
  if (milDTypeIsFloat(dtype)) {
    v->floats = milArenaGrow(p->arena, v->floats, v->count, &capacity,
                             v->count + 1, sizeof(double));
    if (!v->floats)
      return oom(p);
    v->capacity = capacity;
    return parseFloatScalar(p, dtype, &v->floats[v->count++]);
  }
  if (dtype == MIL_DT_STRING) {
    v->strings = milArenaGrow(p->arena, v->strings, v->count, &capacity,
                              v->count + 1, sizeof(char *));
    if (!v->strings)
      return oom(p);
    v->capacity = capacity;
    const MilToken *t = peek(p);
    if (t->kind != MIL_TOK_STRING)
      return failExpected(p, "a string");
    take(p);
    return (v->strings[v->count++] = stringValue(p, t)) != NULL;
  }
  v->ints = milArenaGrow(p->arena, v->ints, v->count, &capacity, v->count + 1,
                         sizeof(int64_t));
  if (!v->ints)
    return oom(p);
  v->capacity = capacity;
  if (dtype == MIL_DT_BOOL)
    return parseBoolScalar(p, &v->ints[v->count++]);
  return parseIntScalar(p, dtype, &v->ints[v->count++]);
}

// A bracketed list, flattened in row-major order.
static bool parseList(Parser *p, MilDType dtype, Values *v, int depth) {
  if (depth > kMaxListDepth)
    return failAt(p, peek(p), "literal lists nest deeper than %d",
                  kMaxListDepth);
  if (!expect(p, MIL_TOK_LBRACKET, "'['"))
    return false;
  if (peek(p)->kind == MIL_TOK_RBRACKET) {
    take(p);
    return true;
  }
  for (;;) {
    bool ok = peek(p)->kind == MIL_TOK_LBRACKET
                  ? parseList(p, dtype, v, depth + 1)
                  : parseScalarInto(p, dtype, v);
    if (!ok)
      return false;
    if (peek(p)->kind != MIL_TOK_COMMA)
      break;
    take(p);
  }
  return expect(p, MIL_TOK_RBRACKET, "',' or ']' in the literal list");
}

static bool parseValue(Parser *p, MilValue *value, int depth);

// BLOBFILE(path = string("..."), offset = uint64(N)), either order, either
// scalar style.
static bool parseBlobFile(Parser *p, MilLiteral *lit) {
  const MilToken *blobToken = take(p);
  if (!expect(p, MIL_TOK_LPAREN, "'(' after BLOBFILE"))
    return false;
  bool havePath = false, haveOffset = false;
  while (peek(p)->kind != MIL_TOK_RPAREN) {
    const MilToken *key = peek(p);
    if (key->kind != MIL_TOK_IDENT)
      return failExpected(p, "'path' or 'offset'");
    take(p);
    MilValue v;
    if (!expect(p, MIL_TOK_EQUAL, "'='") || !parseValue(p, &v, 1))
      return false;
    const MilLiteral *l = v.kind == MIL_VALUE_LITERAL ? v.literal : NULL;
    if (isIdent(key, "path")) {
      if (!l || l->kind != MIL_LIT_VALUES || l->type.dtype != MIL_DT_STRING ||
          l->count != 1)
        return failAt(p, key, "BLOBFILE path must be a string literal");
      lit->blobPath = l->strings[0];
      lit->blobPathPos = v.pos;
      havePath = true;
    } else if (isIdent(key, "offset")) {
      if (!l || l->kind != MIL_LIT_VALUES || !milDTypeIsInteger(l->type.dtype) ||
          l->count != 1 || l->ints[0] < 0)
        return failAt(p, key, "BLOBFILE offset must be an unsigned integer "
                              "literal such as uint64(64)");
      lit->blobOffset = (uint64_t)l->ints[0];
      lit->blobOffsetPos = v.pos;
      haveOffset = true;
    } else {
      return failAt(p, key, "unknown BLOBFILE parameter '%.*s' (expected "
                            "'path' and 'offset')",
                    (int)key->length, key->text);
    }
    if (peek(p)->kind != MIL_TOK_COMMA)
      break;
    take(p);
  }
  if (!expect(p, MIL_TOK_RPAREN, "')' closing BLOBFILE"))
    return false;
  if (!havePath || !haveOffset)
    return failAt(p, blobToken, "BLOBFILE needs both 'path' and 'offset'");
  lit->kind = MIL_LIT_BLOBFILE;
  return true;
}

// The body of `TYPE(...)`, after the '('.
static bool parseLiteralBody(Parser *p, MilLiteral *lit) {
  const MilToken *start = peek(p);
  if (isIdent(start, "BLOBFILE")) {
    if (!lit->type.isTensor && lit->type.dtype == MIL_DT_STRING)
      return failAt(p, start, "a string cannot live in a BLOBFILE");
    int64_t n = milTypeNumElements(&lit->type);
    if (n == -2)
      return failAt(p, start, "a BLOBFILE tensor of this shape has too many "
                              "elements");
    if (n < 0)
      return failAt(p, start, "a BLOBFILE tensor needs a static shape");
    lit->count = n;
    return parseBlobFile(p, lit);
  }
  Values v = {0};
  bool ok = start->kind == MIL_TOK_LBRACKET
                ? parseList(p, lit->type.dtype, &v, 1)
                : parseScalarInto(p, lit->type.dtype, &v);
  if (!ok)
    return false;
  int64_t expected = milTypeNumElements(&lit->type);
  char type[160];
  milFormatType(&lit->type, type, sizeof(type));
  if (expected == -1)
    return failAt(p, start, "a literal of type %s needs a static shape", type);
  if (expected == -2)
    return failAt(p, start, "a %s literal has too many elements", type);
  if ((int64_t)v.count != expected)
    return failAt(p, start, "%s literal has %zu value%s, expected %lld", type,
                  v.count, v.count == 1 ? "" : "s", (long long)expected);
  lit->kind = MIL_LIT_VALUES;
  lit->count = expected;
  lit->floats = v.floats;
  lit->ints = v.ints;
  lit->strings = v.strings;
  return true;
}

// dict<K, V>({{"k", "v"}, ...}) with string keys and values.
static bool parseDictLiteral(Parser *p, MilLiteral *lit) {
  const MilToken *t = take(p); // dict
  lit->pos = posOf(t);
  lit->kind = MIL_LIT_DICT;
  MilType keyType, valueType;
  if (!expect(p, MIL_TOK_LANGLE, "'<' after dict") ||
      !parseType(p, &keyType) || !expect(p, MIL_TOK_COMMA, "','") ||
      !parseType(p, &valueType) ||
      !expect(p, MIL_TOK_RANGLE, "'>' closing the dict type"))
    return false;
  if (keyType.dtype != MIL_DT_STRING || valueType.dtype != MIL_DT_STRING ||
      (keyType.isTensor && keyType.rank) ||
      (valueType.isTensor && valueType.rank))
    return failAt(p, t, "only dict<string, string> is supported");
  if (!expect(p, MIL_TOK_LPAREN, "'('") ||
      !expect(p, MIL_TOK_LBRACE, "'{' opening the dict"))
    return false;
  size_t capacity = 0;
  while (peek(p)->kind == MIL_TOK_LBRACE) {
    take(p);
    const MilToken *k = peek(p);
    if (!expect(p, MIL_TOK_STRING, "a string key") ||
        !expect(p, MIL_TOK_COMMA, "','"))
      return false;
    const MilToken *v = peek(p);
    if (!expect(p, MIL_TOK_STRING, "a string value") ||
        !expect(p, MIL_TOK_RBRACE, "'}' closing the pair"))
      return false;
    size_t c = capacity;
    lit->keys = milArenaGrow(p->arena, lit->keys, (size_t)lit->count, &c,
                             (size_t)lit->count + 1, sizeof(char *));
    lit->values = milArenaGrow(p->arena, lit->values, (size_t)lit->count,
                               &capacity, (size_t)lit->count + 1,
                               sizeof(char *));
    if (!lit->keys || !lit->values)
      return oom(p);
    lit->keys[lit->count] = stringValue(p, k);
    lit->values[lit->count] = stringValue(p, v);
    ++lit->count;
    if (peek(p)->kind != MIL_TOK_COMMA)
      break;
    take(p);
  }
  return expect(p, MIL_TOK_RBRACE, "'}' closing the dict") &&
         expect(p, MIL_TOK_RPAREN, "')'");
}

static bool startsTypedLiteral(Parser *p) {
  const MilToken *t = peek(p), *next = peekAt(p, 1);
  if ((isIdent(t, "tensor") || isIdent(t, "dict")) &&
      next->kind == MIL_TOK_LANGLE)
    return true;
  return isDTypeToken(t) && next->kind == MIL_TOK_LPAREN;
}

static bool parseValue(Parser *p, MilValue *value, int depth) {
  memset(value, 0, sizeof(*value));
  const MilToken *t = peek(p);
  value->pos = posOf(t);
  if (depth > kMaxValueDepth)
    return failAt(p, t, "values nest deeper than %d", kMaxValueDepth);
  if (t->kind == MIL_TOK_LPAREN) {
    take(p);
    value->kind = MIL_VALUE_TUPLE;
    size_t capacity = 0;
    if (peek(p)->kind != MIL_TOK_RPAREN) {
      for (;;) {
        value->elements =
            milArenaGrow(p->arena, value->elements, value->numElements,
                         &capacity, value->numElements + 1, sizeof(MilValue));
        if (!value->elements)
          return oom(p);
        if (!parseValue(p, &value->elements[value->numElements++], depth + 1))
          return false;
        if (peek(p)->kind != MIL_TOK_COMMA)
          break;
        take(p);
      }
    }
    return expect(p, MIL_TOK_RPAREN, "',' or ')' in the tuple");
  }
  if (t->kind == MIL_TOK_IDENT && startsTypedLiteral(p)) {
    value->kind = MIL_VALUE_LITERAL;
    MilLiteral *lit = milArenaAlloc(p->arena, sizeof(MilLiteral));
    if (!lit)
      return oom(p);
    value->literal = lit;
    if (isIdent(t, "dict"))
      return parseDictLiteral(p, lit);
    lit->pos = posOf(t);
    return parseType(p, &lit->type) &&
           expect(p, MIL_TOK_LPAREN, "'(' after the literal's type") &&
           parseLiteralBody(p, lit) &&
           expect(p, MIL_TOK_RPAREN, "')' closing the literal");
  }
  if (t->kind == MIL_TOK_IDENT) {
    take(p);
    value->kind = MIL_VALUE_NAME;
    return (value->name = identCopy(p, t)) != NULL;
  }
  return failExpected(p, "a value (a name, a typed literal or a tuple)");
}

//===----------------------------------------------------------------------===//
// Statements, functions, program
//===----------------------------------------------------------------------===//

// `key = value, ...` up to (not including) `close`.
static bool parseParams(Parser *p, MilTokenKind close, MilParam **out,
                        size_t *count) {
  size_t capacity = 0;
  *out = NULL;
  *count = 0;
  if (peek(p)->kind == close)
    return true;
  for (;;) {
    const MilToken *key = peek(p);
    if (key->kind != MIL_TOK_IDENT)
      return failExpected(p, "a parameter name");
    take(p);
    *out = milArenaGrow(p->arena, *out, *count, &capacity, *count + 1,
                        sizeof(MilParam));
    if (!*out)
      return oom(p);
    MilParam *param = &(*out)[(*count)++];
    param->pos = posOf(key);
    if (!(param->key = identCopy(p, key)) ||
        !expect(p, MIL_TOK_EQUAL, "'=' after the parameter name") ||
        !parseValue(p, &param->value, 0))
      return false;
    if (peek(p)->kind != MIL_TOK_COMMA)
      return true;
    take(p);
  }
}

static bool parseBinding(Parser *p, MilBinding *b) {
  const MilToken *typeToken = peek(p);
  b->typePos = posOf(typeToken);
  if (!parseType(p, &b->type))
    return false;
  const MilToken *name = peek(p);
  if (name->kind != MIL_TOK_IDENT)
    return failExpected(p, "a name after the type");
  take(p);
  b->pos = posOf(name);
  return (b->name = identCopy(p, name)) != NULL;
}

static bool parseStatement(Parser *p, MilStatement *s) {
  memset(s, 0, sizeof(*s));
  size_t capacity = 0;
  for (;;) {
    s->results = milArenaGrow(p->arena, s->results, s->numResults, &capacity,
                              s->numResults + 1, sizeof(MilBinding));
    if (!s->results)
      return oom(p);
    if (!parseBinding(p, &s->results[s->numResults++]))
      return false;
    if (peek(p)->kind != MIL_TOK_COMMA)
      break;
    take(p);
  }
  if (!expect(p, MIL_TOK_EQUAL, "'=' after the statement's results"))
    return false;
  const MilToken *op = peek(p);
  if (op->kind != MIL_TOK_IDENT)
    return failExpected(p, "an op name");
  take(p);
  s->opPos = posOf(op);
  if (!(s->op = identCopy(p, op)) ||
      !expect(p, MIL_TOK_LPAREN, "'(' after the op name") ||
      !parseParams(p, MIL_TOK_RPAREN, &s->params, &s->numParams) ||
      !expect(p, MIL_TOK_RPAREN, "',' or ')' after an operand"))
    return false;
  if (peek(p)->kind == MIL_TOK_LBRACKET) {
    take(p);
    if (!parseParams(p, MIL_TOK_RBRACKET, &s->attributes, &s->numAttributes) ||
        !expect(p, MIL_TOK_RBRACKET, "',' or ']' after an attribute"))
      return false;
  }
  return expect(p, MIL_TOK_SEMI, "';' after the statement");
}

// Takes a bracketed block (the function attributes, such as the
// FlexibleShapeInformation of a flexible-shape input) as its source text:
// the importer keeps it verbatim rather than modelling every MIL value kind.
static bool takeBracketedText(Parser *p, const char **text) {
  const MilToken *open = take(p), *close = NULL;
  size_t depth = 1;
  while (depth > 0) {
    const MilToken *t = peek(p);
    if (t->kind == MIL_TOK_EOF || t->kind == MIL_TOK_ERROR)
      return failAt(p, open, "unterminated '['");
    if (t->kind == MIL_TOK_LBRACKET)
      ++depth;
    else if (t->kind == MIL_TOK_RBRACKET)
      --depth;
    close = take(p);
  }
  const char *begin = open->text + 1, *end = close->text;
  while (begin < end && isspace((unsigned char)*begin))
    ++begin;
  while (end > begin && isspace((unsigned char)end[-1]))
    --end;
  *text = milArenaStrndup(p->arena, begin, (size_t)(end - begin));
  return *text != NULL || oom(p);
}

static bool parseFunction(Parser *p, MilFunction *f) {
  memset(f, 0, sizeof(*f));
  const MilToken *kw = peek(p);
  if (!isIdent(kw, "func"))
    return failExpected(p, "'func' or '}'");
  take(p);
  const MilToken *name = peek(p);
  if (name->kind != MIL_TOK_IDENT)
    return failExpected(p, "a function name");
  take(p);
  f->pos = posOf(name);
  if (!(f->name = identCopy(p, name)))
    return false;
  if (peek(p)->kind == MIL_TOK_LANGLE) {
    take(p);
    const MilToken *opset = peek(p);
    if (opset->kind != MIL_TOK_IDENT)
      return failExpected(p, "an opset name such as ios18");
    take(p);
    if (!(f->opset = identCopy(p, opset)) ||
        !expect(p, MIL_TOK_RANGLE, "'>' after the opset"))
      return false;
  }
  if (!expect(p, MIL_TOK_LPAREN, "'(' opening the function arguments"))
    return false;
  size_t capacity = 0;
  if (peek(p)->kind != MIL_TOK_RPAREN) {
    for (;;) {
      f->args = milArenaGrow(p->arena, f->args, f->numArgs, &capacity,
                             f->numArgs + 1, sizeof(MilBinding));
      if (!f->args)
        return oom(p);
      if (!parseBinding(p, &f->args[f->numArgs++]))
        return false;
      if (peek(p)->kind != MIL_TOK_COMMA)
        break;
      take(p);
    }
  }
  if (!expect(p, MIL_TOK_RPAREN, "',' or ')' after a function argument"))
    return false;
  if (peek(p)->kind == MIL_TOK_LBRACKET &&
      !takeBracketedText(p, &f->attributesText))
    return false;
  if (!expect(p, MIL_TOK_LBRACE, "'{' opening the function body"))
    return false;
  capacity = 0;
  while (peek(p)->kind != MIL_TOK_RBRACE) {
    if (peek(p)->kind == MIL_TOK_EOF)
      return failExpected(p, "'}' closing the function body");
    f->statements =
        milArenaGrow(p->arena, f->statements, f->numStatements, &capacity,
                     f->numStatements + 1, sizeof(MilStatement));
    if (!f->statements)
      return oom(p);
    if (!parseStatement(p, &f->statements[f->numStatements++]))
      return false;
  }
  take(p);
  if (!expect(p, MIL_TOK_ARROW, "'->' after the function body") ||
      !expect(p, MIL_TOK_LPAREN, "'(' opening the function outputs"))
    return false;
  capacity = 0;
  size_t posCapacity = 0;
  if (peek(p)->kind != MIL_TOK_RPAREN) {
    for (;;) {
      const MilToken *out = peek(p);
      if (out->kind != MIL_TOK_IDENT)
        return failExpected(p, "an output name");
      take(p);
      f->outputs = milArenaGrow(p->arena, f->outputs, f->numOutputs, &capacity,
                                f->numOutputs + 1, sizeof(char *));
      f->outputPos = milArenaGrow(p->arena, f->outputPos, f->numOutputs,
                                  &posCapacity, f->numOutputs + 1,
                                  sizeof(MilPos));
      if (!f->outputs || !f->outputPos)
        return oom(p);
      f->outputPos[f->numOutputs] = posOf(out);
      if (!(f->outputs[f->numOutputs++] = identCopy(p, out)))
        return false;
      if (peek(p)->kind != MIL_TOK_COMMA)
        break;
      take(p);
    }
  }
  return expect(p, MIL_TOK_RPAREN, "',' or ')' after an output") &&
         expect(p, MIL_TOK_SEMI, "';' after the function outputs");
}

// Appends `key = value` (the source text from `first` to `last`) to the
// program's other attributes, which the importer keeps verbatim.
static bool keepProgramAttribute(Parser *p, MilProgram *program,
                                 const MilToken *first, const MilToken *last) {
  const char *old = program->otherAttributesText;
  size_t oldLength = old ? strlen(old) : 0;
  size_t length = (size_t)(last->text + last->length - first->text);
  char *text = milArenaAlloc(p->arena, oldLength + 2 + length + 1);
  if (!text)
    return oom(p);
  size_t n = 0;
  if (old) {
    memcpy(text, old, oldLength);
    memcpy(text + oldLength, ", ", 2);
    n = oldLength + 2;
  }
  memcpy(text + n, first->text, length);
  text[n + length] = '\0';
  program->otherAttributesText = text;
  return true;
}

// `[buildInfo = dict<...>(...), other = ...]`; the others are kept as text.
static bool parseProgramAttributes(Parser *p, MilProgram *program) {
  take(p); // [
  while (peek(p)->kind != MIL_TOK_RBRACKET) {
    const MilToken *key = peek(p);
    if (key->kind != MIL_TOK_IDENT)
      return failExpected(p, "a program attribute name");
    take(p);
    if (!expect(p, MIL_TOK_EQUAL, "'=' after the attribute name"))
      return false;
    if (isIdent(key, "buildInfo")) {
      MilValue v;
      if (!parseValue(p, &v, 0))
        return false;
      if (v.kind != MIL_VALUE_LITERAL || v.literal->kind != MIL_LIT_DICT)
        return failAt(p, key, "buildInfo must be a dict<string, string>");
      program->buildInfo = v.literal;
    } else {
      // Take the value as text: up to a ',' or ']' outside brackets.
      size_t depth = 0;
      const MilToken *last = NULL;
      for (;;) {
        const MilToken *t = peek(p);
        if (t->kind == MIL_TOK_EOF || t->kind == MIL_TOK_ERROR)
          return failExpected(p, "']' closing the program attributes");
        if (depth == 0 &&
            (t->kind == MIL_TOK_COMMA || t->kind == MIL_TOK_RBRACKET))
          break;
        if (t->kind == MIL_TOK_LPAREN || t->kind == MIL_TOK_LBRACKET ||
            t->kind == MIL_TOK_LBRACE || t->kind == MIL_TOK_LANGLE)
          ++depth;
        else if ((t->kind == MIL_TOK_RPAREN || t->kind == MIL_TOK_RBRACKET ||
                  t->kind == MIL_TOK_RBRACE || t->kind == MIL_TOK_RANGLE) &&
                 depth > 0)
          --depth;
        last = take(p);
      }
      if (!last)
        return failExpected(p, "a program attribute value");
      if (!keepProgramAttribute(p, program, key, last))
        return false;
    }
    if (peek(p)->kind != MIL_TOK_COMMA)
      break;
    take(p);
  }
  return expect(p, MIL_TOK_RBRACKET, "',' or ']' after a program attribute");
}

static bool parseProgram(Parser *p, MilProgram *program) {
  const MilToken *kw = peek(p);
  if (!isIdent(kw, "program"))
    return failExpected(p, "'program' (a MIL program starts with "
                           "program(1.3) or program(1.0))");
  take(p);
  if (!expect(p, MIL_TOK_LPAREN, "'(' after 'program'"))
    return false;
  const MilToken *version = peek(p);
  if (version->kind != MIL_TOK_NUMBER)
    return failExpected(p, "a program version such as 1.3");
  take(p);
  program->versionPos = posOf(version);
  if (!(program->version = identCopy(p, version)) ||
      !expect(p, MIL_TOK_RPAREN, "')' after the program version"))
    return false;
  if (peek(p)->kind == MIL_TOK_LBRACKET && !parseProgramAttributes(p, program))
    return false;
  if (!expect(p, MIL_TOK_LBRACE, "'{' opening the program"))
    return false;
  size_t capacity = 0;
  while (peek(p)->kind != MIL_TOK_RBRACE) {
    if (peek(p)->kind == MIL_TOK_EOF)
      return failExpected(p, "'}' closing the program");
    program->functions = milArenaGrow(
        p->arena, program->functions, program->numFunctions, &capacity,
        program->numFunctions + 1, sizeof(MilFunction));
    if (!program->functions)
      return oom(p);
    if (!parseFunction(p, &program->functions[program->numFunctions++]))
      return false;
  }
  take(p);
  if (program->numFunctions == 0)
    return failAt(p, kw, "the program has no function");
  if (peek(p)->kind != MIL_TOK_EOF)
    return failExpected(p, "end of file after the program's closing '}'");
  return true;
}

bool milParseProgram(const char *text, size_t length, MilProgram *program,
                     MilParseError *error) {
  memset(program, 0, sizeof(*program));
  memset(error, 0, sizeof(*error));
  size_t numTokens;
  char lexError[128];
  MilToken *tokens =
      milTokenize(text, length, &numTokens, lexError, sizeof(lexError));
  if (!tokens) {
    error->pos = (MilPos){1, 1};
    snprintf(error->message, sizeof(error->message), "out of memory");
    return false;
  }
  if (tokens[numTokens - 1].kind == MIL_TOK_ERROR) {
    error->pos = posOf(&tokens[numTokens - 1]);
    snprintf(error->message, sizeof(error->message), "%s", lexError);
    free(tokens);
    return false;
  }
  Parser p = {tokens, numTokens, 0, &program->arena, error, false};
  bool ok = parseProgram(&p, program);
  free(tokens);
  return ok;
}

void milProgramDestroy(MilProgram *program) {
  milArenaDestroy(&program->arena);
}
