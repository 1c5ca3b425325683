//===- pipeline.c - ANE pass registry and textual pipeline parser ---------===//
//
// MLIR's C API cannot register external passes by name, so textual pipelines
// are parsed here: anchors (`builtin.module(...)`, `func.func(...)`) become
// nested pass managers, ANE passes are created through this library, and
// every other element is handed to MLIR's own parser through
// mlirOpPassManagerAddPipeline, so any registered upstream pass works.
//
//===----------------------------------------------------------------------===//

#include "ane-c/Passes.h"

#include "support/buffer.h"
#include "support/spelling.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

//===----------------------------------------------------------------------===//
// The pass tables
//===----------------------------------------------------------------------===//

// Creates an ANE pass from its option text; on bad options writes why to
// `error` and returns a null pass.
typedef MlirPass (*AnePassFactory)(const char *options, size_t length,
                                   char *error, size_t errorSize);

static MlirPass createLowerNorms(const char *options, size_t length,
                                 char *error, size_t errorSize) {
  AneLowerNormsStrategy strategy = ANE_LOWER_NORMS_L2;
  // The one option: strategy=<l2|reduce-sum|layer-norm>.
  while (length && isspace((unsigned char)*options))
    ++options, --length;
  while (length && isspace((unsigned char)options[length - 1]))
    --length;
  if (length) {
    static const char key[] = "strategy=";
    size_t keyLength = sizeof(key) - 1;
    if (length < keyLength || strncmp(options, key, keyLength) != 0) {
      snprintf(error, errorSize,
               "unknown option '%.*s' for pass 'lower-norms' (expected "
               "strategy=l2|reduce-sum|layer-norm)",
               (int)length, options);
      return (MlirPass){NULL};
    }
    MlirStringRef value =
        mlirStringRefCreate(options + keyLength, length - keyLength);
    if (!aneLowerNormsStrategyFromString(value, &strategy)) {
      snprintf(error, errorSize,
               "invalid value '%.*s' for option 'strategy' of pass "
               "'lower-norms' (expected l2, reduce-sum or layer-norm)",
               (int)value.length, value.data);
      return (MlirPass){NULL};
    }
  }
  return aneCreateLowerNormsPass(strategy);
}

static MlirPass noOptions(const char *name, MlirPass (*create)(void),
                          const char *options, size_t length, char *error,
                          size_t errorSize) {
  for (size_t i = 0; i < length; ++i) {
    if (!isspace((unsigned char)options[i])) {
      snprintf(error, errorSize, "pass '%s' takes no options, got '%.*s'",
               name, (int)length, options);
      return (MlirPass){NULL};
    }
  }
  return create();
}

static MlirPass createFuseNorms(const char *options, size_t length,
                                char *error, size_t errorSize) {
  return noOptions("fuse-norms", aneCreateFuseNormsPass, options, length,
                   error, errorSize);
}

static MlirPass createDCE(const char *options, size_t length, char *error,
                          size_t errorSize) {
  return noOptions("ane-dce", aneCreateDCEPass, options, length, error,
                   errorSize);
}

static MlirPass createCSE(const char *options, size_t length, char *error,
                          size_t errorSize) {
  return noOptions("ane-cse", aneCreateCSEPass, options, length, error,
                   errorSize);
}

// The ANE passes: the one list (ane-opt and embedders read it through
// aneGetPassArgument). Each leaves valid ANE IR behind by construction:
// lower-norms and fuse-norms run the ANE verifier on their own output,
// ane-dce and ane-cse only erase unused ops or merge identical ones; ane-opt
// skips its own verification after them. A new pass joins only if the same
// holds for it.
static const struct {
  const char *name;
  const char *description;
  AnePassFactory create;
} kAnePasses[] = {
    {"lower-norms",
     "lower ane.rms_norm/ane.l2_norm; option strategy=l2|reduce-sum|layer-norm",
     createLowerNorms},
    {"fuse-norms",
     "raise decomposed norm chains into ane.rms_norm/layer_norm/l2_norm",
     createFuseNorms},
    {"ane-dce", "erase unused ane.* ops, transitively", createDCE},
    {"ane-cse", "merge identical ane.* ops", createCSE},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int findAnePass(const char *name, size_t length) {
  for (size_t i = 0; i < COUNT(kAnePasses); ++i)
    if (strlen(kAnePasses[i].name) == length &&
        strncmp(kAnePasses[i].name, name, length) == 0)
      return (int)i;
  return -1;
}

// The ANE pass a misspelled name most likely meant, or NULL.
static const char *closestAnePass(const char *name, size_t length) {
  const char *best = NULL;
  size_t bestDistance = (size_t)-1;
  for (size_t i = 0; i < COUNT(kAnePasses); ++i) {
    size_t d = aneEditDistance(name, length, kAnePasses[i].name);
    if (d < bestDistance) {
      bestDistance = d;
      best = kAnePasses[i].name;
    }
  }
  return aneIsLikelyTypo(bestDistance, length) ? best : NULL;
}

//===----------------------------------------------------------------------===//
// The pipeline parser
//===----------------------------------------------------------------------===//

/// How deep anchors (`func.func(...)`) and option braces may nest: real
/// pipelines use 2-4 levels; the parser recurses once per level.
#define ANE_PIPELINE_MAX_DEPTH 64

typedef struct {
  const char *text; ///< The whole pipeline (NUL-terminated copy).
  size_t pos;
  int depth; ///< Anchors open around `pos`.
  bool failed;
  MlirStringCallback errorCallback;
  void *userData;
} Parser;

// Reports the first error: "column N: message", the pipeline, and a caret.
static void parseError(Parser *p, size_t column, const char *message) {
  if (p->failed)
    return;
  p->failed = true;
  if (!p->errorCallback)
    return;
  AneBuffer t = {0};
  char head[64];
  snprintf(head, sizeof(head), "column %zu: ", column + 1);
  aneBufferAppendBytes(&t, head, strlen(head));
  aneBufferAppendBytes(&t, message, strlen(message));
  aneBufferAppendBytes(&t, "\n  ", 3);
  aneBufferAppendBytes(&t, p->text, strlen(p->text));
  aneBufferAppendBytes(&t, "\n  ", 3);
  for (size_t i = 0; i < column; ++i)
    aneBufferAppendBytes(&t, " ", 1);
  aneBufferAppendBytes(&t, "^", 1);
  if (t.outOfMemory)
    p->errorCallback(mlirStringRefCreateFromCString("out of memory"),
                     p->userData);
  else
    p->errorCallback(mlirStringRefCreate(t.data, t.length), p->userData);
  aneBufferDestroy(&t);
}

static void skipSpace(Parser *p) {
  while (isspace((unsigned char)p->text[p->pos]))
    ++p->pos;
}

static bool isNameChar(char c) {
  return isalnum((unsigned char)c) || c == '_' || c == '-' || c == '.';
}

static bool expect(Parser *p, char c) {
  skipSpace(p);
  if (p->text[p->pos] != c) {
    char message[64];
    snprintf(message, sizeof(message), "expected '%c'", c);
    parseError(p, p->pos, message);
    return false;
  }
  ++p->pos;
  return true;
}

static void appendToText(MlirStringRef s, void *userData) {
  aneBufferAppendBytes(userData, s.data, s.length);
}

static void parseElements(Parser *p, MlirOpPassManager pm);

// name | name{options} | anchor(elements)
static void parseElement(Parser *p, MlirOpPassManager pm) {
  skipSpace(p);
  size_t start = p->pos;
  while (isNameChar(p->text[p->pos]))
    ++p->pos;
  size_t nameLength = p->pos - start;
  const char *name = p->text + start;
  if (nameLength == 0) {
    parseError(p, start, "expected a pass or operation name");
    return;
  }
  skipSpace(p);
  if (p->text[p->pos] == '(') {
    ++p->pos;
    if (p->depth == ANE_PIPELINE_MAX_DEPTH) {
      parseError(p, start, "pass pipeline nested too deeply (more than 64 "
                           "levels)");
      return;
    }
    char *anchor = strndup(name, nameLength);
    MlirOpPassManager nested = mlirOpPassManagerGetNestedUnder(
        pm, mlirStringRefCreateFromCString(anchor));
    free(anchor);
    ++p->depth;
    parseElements(p, nested);
    --p->depth;
    expect(p, ')');
    return;
  }
  const char *options = "";
  size_t optionsLength = 0;
  if (p->text[p->pos] == '{') {
    size_t open = p->pos, depth = 0;
    do {
      char c = p->text[p->pos];
      if (c == '\0') {
        parseError(p, open, "unbalanced '{' in pass options");
        return;
      }
      depth += c == '{';
      depth -= c == '}';
      if (depth > ANE_PIPELINE_MAX_DEPTH) {
        parseError(p, p->pos, "pass options nested too deeply (more than 64 "
                              "levels of '{')");
        return;
      }
      ++p->pos;
    } while (depth > 0);
    options = p->text + open + 1;
    optionsLength = p->pos - open - 2;
  }
  int ane = findAnePass(name, nameLength);
  if (ane >= 0) {
    char error[256];
    MlirPass pass =
        kAnePasses[ane].create(options, optionsLength, error, sizeof(error));
    if (!pass.ptr) {
      parseError(p, start, error);
      return;
    }
    mlirOpPassManagerAddOwnedPass(pm, pass);
    return;
  }
  // Everything else is MLIR's to parse (and to reject).
  AneBuffer why = {0};
  MlirLogicalResult added = mlirOpPassManagerAddPipeline(
      pm, mlirStringRefCreate(p->text + start, p->pos - start), appendToText,
      &why);
  if (mlirLogicalResultIsFailure(added)) {
    // Keep MLIR's first non-blank line: its own caret points into the
    // element alone, and a bad option value starts with an empty line
    // (LLVM's option parser has already printed why to stderr).
    char *line = why.data;
    while (line && (*line == '\n' || *line == ' '))
      ++line;
    char *newline = line ? strchr(line, '\n') : NULL;
    if (newline)
      *newline = '\0';
    // MLIR places its message in the element's own text
    // ("MLIR Textual PassPipeline Parser:1:C: error: ..."): report it at
    // the same place in the whole pipeline, once.
    static const char kPrefix[] = "MLIR Textual PassPipeline Parser:1:";
    size_t column = start;
    if (line && strncmp(line, kPrefix, sizeof(kPrefix) - 1) == 0) {
      char *end;
      unsigned long c = strtoul(line + sizeof(kPrefix) - 1, &end, 10);
      if (c >= 1 && c <= p->pos - start + 1 &&
          strncmp(end, ": error: ", 9) == 0) {
        column = start + c - 1;
        line = end + 9;
      }
    }
    const char *suggestion = closestAnePass(name, nameLength);
    char message[512];
    if (suggestion && line && strstr(line, "does not refer to a registered"))
      snprintf(message, sizeof(message), "%s; did you mean '%s'?", line,
               suggestion);
    else
      snprintf(message, sizeof(message), "%s",
               line && *line ? line : "unknown pass");
    parseError(p, column, message);
  }
  aneBufferDestroy(&why);
}

static void parseElements(Parser *p, MlirOpPassManager pm) {
  skipSpace(p);
  if (p->text[p->pos] == ')')
    return; // an empty pipeline is allowed
  for (;;) {
    parseElement(p, pm);
    skipSpace(p);
    if (p->failed || p->text[p->pos] != ',')
      return;
    ++p->pos;
  }
}

// `builtin.module(elements)`, anchored on the top-level pass manager.
static bool parsePipeline(Parser *parser, MlirOpPassManager top) {
  Parser p = *parser;
  const char *text = p.text;
  skipSpace(&p);
  static const char anchor[] = "builtin.module";
  size_t n = sizeof(anchor) - 1;
  if (strncmp(text + p.pos, anchor, n) != 0 || isNameChar(text[p.pos + n])) {
    parseError(&p, p.pos,
               "expected the pipeline to be anchored on 'builtin.module(...)'");
    return false;
  }
  p.pos += n;
  if (!expect(&p, '('))
    return false;
  parseElements(&p, top);
  if (!p.failed && expect(&p, ')')) {
    skipSpace(&p);
    if (text[p.pos] != '\0')
      parseError(&p, p.pos, "unexpected text after the pipeline");
  }
  return !p.failed;
}

//===----------------------------------------------------------------------===//
// Public API
//===----------------------------------------------------------------------===//

intptr_t aneGetNumPasses(void) { return (intptr_t)COUNT(kAnePasses); }

MlirStringRef aneGetPassArgument(intptr_t pos) {
  if (pos < 0 || pos >= aneGetNumPasses())
    return mlirStringRefCreate(NULL, 0);
  return mlirStringRefCreateFromCString(kAnePasses[pos].name);
}

MlirStringRef aneGetPassDescription(intptr_t pos) {
  if (pos < 0 || pos >= aneGetNumPasses())
    return mlirStringRefCreate(NULL, 0);
  return mlirStringRefCreateFromCString(kAnePasses[pos].description);
}

bool aneIsPassArgument(MlirStringRef argument) {
  return findAnePass(argument.data, argument.length) >= 0;
}

MlirPass aneCreatePassFromString(MlirStringRef argument, MlirStringRef options,
                                 MlirStringCallback errorCallback,
                                 void *userData) {
  int ane = argument.data ? findAnePass(argument.data, argument.length) : -1;
  char error[256];
  MlirPass pass = {NULL};
  if (ane < 0)
    snprintf(error, sizeof(error), "'%.*s' is not an ANE pass",
             (int)argument.length, argument.data ? argument.data : "");
  else
    pass = kAnePasses[ane].create(options.data ? options.data : "",
                                  options.data ? options.length : 0, error,
                                  sizeof(error));
  if (!pass.ptr && errorCallback)
    errorCallback(mlirStringRefCreateFromCString(error), userData);
  return pass;
}

// Runs `parse` on a NUL-terminated copy of `text`.
// True if `pm` is anchored on builtin.module (or on any op). The C API has
// no anchor query; a pass manager prints as "<anchor>(<passes>)".
static bool isModuleAnchored(MlirOpPassManager pm) {
  AneBuffer printed = {0};
  mlirPrintPassPipeline(pm, appendToText, &printed);
  bool ok = printed.data && (strncmp(printed.data, "builtin.module(", 15) == 0 ||
                             strncmp(printed.data, "any(", 4) == 0);
  aneBufferDestroy(&printed);
  return ok;
}

static MlirLogicalResult runParser(MlirOpPassManager pm, MlirStringRef text,
                                   MlirStringCallback errorCallback,
                                   void *userData, bool anchored) {
  if (!pm.ptr || (!text.data && text.length)) {
    if (errorCallback)
      errorCallback(mlirStringRefCreateFromCString(
                        "column 1: null pass manager or pipeline text"),
                    userData);
    return mlirLogicalResultFailure();
  }
  char *copy = malloc(text.length + 1);
  if (text.length)
    memcpy(copy, text.data, text.length);
  copy[text.length] = '\0';
  Parser p = {copy, 0, 0, false, errorCallback, userData};
  bool ok;
  if (anchored && !isModuleAnchored(pm)) {
    parseError(&p, 0,
               "the pass manager is not anchored on builtin.module (add "
               "pipeline elements to a nested one with "
               "aneOpPassManagerAddPipeline)");
    ok = false;
  } else if (anchored) {
    ok = parsePipeline(&p, pm);
  } else {
    parseElements(&p, pm);
    skipSpace(&p);
    if (!p.failed && copy[p.pos] != '\0')
      parseError(&p, p.pos, "expected ',' between pipeline elements");
    ok = !p.failed;
  }
  free(copy);
  return ok ? mlirLogicalResultSuccess() : mlirLogicalResultFailure();
}

MlirLogicalResult aneParsePassPipeline(MlirOpPassManager passManager,
                                       MlirStringRef pipeline,
                                       MlirStringCallback errorCallback,
                                       void *userData) {
  return runParser(passManager, pipeline, errorCallback, userData, true);
}

MlirLogicalResult aneOpPassManagerAddPipeline(MlirOpPassManager passManager,
                                              MlirStringRef elements,
                                              MlirStringCallback errorCallback,
                                              void *userData) {
  return runParser(passManager, elements, errorCallback, userData, false);
}

