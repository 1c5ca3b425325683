//===- verify_diagnostics.c - --verify-diagnostics, as upstream ------------===//

#include "verify_diagnostics.h"

#include <ctype.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  MlirDiagnosticSeverity kind;
  unsigned line;      ///< Line the diagnostic must be reported on.
  bool unknownLoc;    ///< @unknown: a diagnostic with no file position.
  unsigned annotLine; ///< Where the annotation itself is, for errors.
  unsigned annotCol;
  char *substring;
  bool hasRegex;
  regex_t regex;
  bool matched;
} Expected;

typedef struct {
  Expected *items;
  size_t count, capacity;
} ExpectedList;

static const struct {
  const char *name;
  MlirDiagnosticSeverity kind;
} kKinds[] = {{"error", MlirDiagnosticError},
              {"warning", MlirDiagnosticWarning},
              {"note", MlirDiagnosticNote},
              {"remark", MlirDiagnosticRemark}};

// Appends `text[0..n)` to `out`, escaping POSIX ERE metacharacters.
static void appendEscaped(char **out, size_t *len, const char *text,
                          size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (strchr("()^$|*+?.[]\\{}", text[i]))
      (*out)[(*len)++] = '\\';
    (*out)[(*len)++] = text[i];
  }
  (*out)[*len] = '\0';
}

// "a {{b+}} c" becomes the regex "a (b+) c". Returns false (after printing
// an error) when a "{{" has no "}}".
static bool compileRegex(AneDiagEngine *engine, Expected *e) {
  const char *s = e->substring;
  if (!strstr(s, "{{"))
    return true;
  char *pattern = malloc(strlen(s) * 2 + 16);
  size_t len = 0;
  pattern[0] = '\0';
  while (*s) {
    const char *open = strstr(s, "{{");
    if (!open) {
      appendEscaped(&pattern, &len, s, strlen(s));
      break;
    }
    appendEscaped(&pattern, &len, s, (size_t)(open - s));
    const char *close = strstr(open + 2, "}}");
    if (!close) {
      aneDiagPrint(engine, engine->source->name, true, e->annotLine,
                   e->annotCol, MlirDiagnosticError,
                   "found start of regex with no end '}}'");
      free(pattern);
      return false;
    }
    pattern[len++] = '(';
    memcpy(pattern + len, open + 2, (size_t)(close - open - 2));
    len += (size_t)(close - open - 2);
    pattern[len++] = ')';
    pattern[len] = '\0';
    s = close + 2;
  }
  int rc = regcomp(&e->regex, pattern, REG_EXTENDED | REG_NOSUB);
  free(pattern);
  if (rc != 0) {
    char why[256];
    regerror(rc, &e->regex, why, sizeof(why));
    char msg[512];
    snprintf(msg, sizeof(msg), "invalid regex: %s", why);
    aneDiagPrint(engine, engine->source->name, true, e->annotLine, e->annotCol,
                 MlirDiagnosticError, msg);
    return false;
  }
  e->hasRegex = true;
  return true;
}

static bool expectedMatches(const Expected *e, const char *message) {
  if (e->hasRegex)
    return regexec(&e->regex, message, 0, NULL, 0) == 0;
  return strstr(message, e->substring) != NULL;
}

// Parses one line. Returns 1 if it holds an annotation (filled into `e`), 0
// if not, -1 on a malformed annotation. `designator` receives the text after
// '@' ("" if none).
static int parseAnnotation(const char *line, size_t length, Expected *e,
                           char designator[16]) {
  while (length && isspace((unsigned char)line[length - 1]))
    --length;
  const char *end = line + length;
  const char *p = NULL;
  for (const char *q = line; q + 9 <= end; ++q)
    if (memcmp(q, "expected-", 9) == 0) {
      p = q;
      break;
    }
  if (!p)
    return 0;
  e->annotCol = (unsigned)(p - line) + 1;
  const char *q = p + 9;
  bool found = false;
  for (size_t k = 0; k < sizeof(kKinds) / sizeof(kKinds[0]); ++k) {
    size_t n = strlen(kKinds[k].name);
    if ((size_t)(end - q) >= n && memcmp(q, kKinds[k].name, n) == 0) {
      e->kind = kKinds[k].kind;
      q += n;
      found = true;
      break;
    }
  }
  if (!found)
    return 0;
  designator[0] = '\0';
  while (q < end && *q == ' ')
    ++q;
  if (q < end && *q == '@') {
    ++q;
    size_t n = 0;
    while (q < end && !isspace((unsigned char)*q) && *q != '{' && n < 15)
      designator[n++] = *q++;
    designator[n] = '\0';
  }
  while (q < end && *q == ' ')
    ++q;
  // The message runs from "{{" to the "}}" that ends the line.
  if (end - q < 4 || memcmp(q, "{{", 2) != 0 || memcmp(end - 2, "}}", 2) != 0)
    return 0;
  size_t n = (size_t)(end - 2 - (q + 2));
  e->substring = malloc(n + 1);
  memcpy(e->substring, q + 2, n);
  e->substring[n] = '\0';
  return 1;
}

static void push(ExpectedList *list, Expected e) {
  if (list->count == list->capacity) {
    list->capacity = list->capacity ? list->capacity * 2 : 16;
    list->items = realloc(list->items, list->capacity * sizeof(Expected));
  }
  list->items[list->count++] = e;
}

// Collects every annotation of the buffer. Returns false on malformed ones.
static bool collectExpected(AneDiagEngine *engine, ExpectedList *list) {
  AneSource *src = engine->source;
  bool ok = true;
  unsigned lastPlainLine = 0;
  // Indices of @below annotations waiting for the next plain line.
  size_t *below = NULL, numBelow = 0;
  for (unsigned lineNo = src->firstLine;; ++lineNo) {
    size_t length;
    const char *text = aneSourceGetLine(src, lineNo, &length);
    if (!text)
      break;
    Expected e = {0};
    char designator[16];
    e.annotLine = lineNo;
    if (parseAnnotation(text, length, &e, designator) == 0) {
      for (size_t i = 0; i < numBelow; ++i)
        list->items[below[i]].line = lineNo;
      numBelow = 0;
      lastPlainLine = lineNo;
      continue;
    }
    e.line = lineNo;
    bool isBelow = false;
    if (designator[0] == '+' || designator[0] == '-') {
      char *endp;
      long offset = strtol(designator + 1, &endp, 10);
      if (*endp || endp == designator + 1) {
        aneDiagPrint(engine, src->name, true, lineNo, e.annotCol,
                     MlirDiagnosticError, "invalid line offset designator");
        ok = false;
      }
      e.line = designator[0] == '+' ? lineNo + (unsigned)offset
                                    : lineNo - (unsigned)offset;
    } else if (strcmp(designator, "above") == 0) {
      e.line = lastPlainLine;
    } else if (strcmp(designator, "below") == 0) {
      isBelow = true;
    } else if (strcmp(designator, "unknown") == 0) {
      e.unknownLoc = true;
    } else if (designator[0]) {
      aneDiagPrint(engine, src->name, true, lineNo, e.annotCol,
                   MlirDiagnosticError, "unknown designator in annotation");
      ok = false;
    }
    if (!compileRegex(engine, &e))
      ok = false;
    push(list, e);
    if (isBelow) {
      below = realloc(below, (numBelow + 1) * sizeof(size_t));
      below[numBelow++] = list->count - 1;
    }
  }
  free(below);
  return ok;
}

static bool isInBuffer(AneDiagEngine *engine, const AneDiag *d) {
  return d->hasPosition && strcmp(d->file, engine->source->name) == 0;
}

// Matches one diagnostic; prints an error and returns false if unexpected.
static bool matchDiagnostic(AneDiagEngine *engine, ExpectedList *list,
                            const AneDiag *d) {
  bool inBuffer = isInBuffer(engine, d);
  Expected *nearMiss = NULL;
  for (size_t i = 0; i < list->count; ++i) {
    Expected *e = &list->items[i];
    if (e->matched || (inBuffer ? e->unknownLoc || e->line != d->line
                                : !e->unknownLoc))
      continue;
    if (!expectedMatches(e, d->message))
      continue;
    if (e->kind == d->severity) {
      e->matched = true;
      return true;
    }
    if (!nearMiss)
      nearMiss = e;
  }
  char *msg = malloc(strlen(d->message) + 64);
  if (nearMiss) {
    sprintf(msg, "'%s' diagnostic emitted when expecting a '%s'",
            aneSeverityName(d->severity), aneSeverityName(nearMiss->kind));
    aneDiagPrint(engine, engine->source->name, true, nearMiss->annotLine,
                 nearMiss->annotCol, MlirDiagnosticError, msg);
  } else {
    sprintf(msg, "unexpected %s: %s", aneSeverityName(d->severity),
            d->message);
    aneDiagPrint(engine, d->file, d->hasPosition, d->line, d->col,
                 MlirDiagnosticError, msg);
  }
  free(msg);
  return false;
}

bool aneVerifyDiagnostics(AneDiagEngine *engine) {
  ExpectedList list = {0};
  bool ok = collectExpected(engine, &list);
  for (size_t i = 0; i < engine->numDiags; ++i)
    ok &= matchDiagnostic(engine, &list, &engine->diags[i]);
  for (size_t i = 0; i < list.count; ++i) {
    Expected *e = &list.items[i];
    if (!e->matched) {
      char *msg = malloc(strlen(e->substring) + 64);
      sprintf(msg, "expected %s \"%s\" was not produced",
              aneSeverityName(e->kind), e->substring);
      aneDiagPrint(engine, engine->source->name, true, e->annotLine,
                   e->annotCol, MlirDiagnosticError, msg);
      free(msg);
      ok = false;
    }
    if (e->hasRegex)
      regfree(&e->regex);
    free(e->substring);
  }
  free(list.items);
  return ok;
}
