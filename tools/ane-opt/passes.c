//===- passes.c - The passes ane-opt knows and how it builds pipelines ----===//
//
// MLIR's C API cannot register external passes by name, so ane-opt parses
// textual pipelines itself: anchors (`builtin.module(...)`, `func.func(...)`)
// become nested pass managers, ANE passes are created through the public C
// API, and every other element is handed to MLIR's own parser through
// mlirOpPassManagerAddPipeline, so any registered upstream pass works.
//
//===----------------------------------------------------------------------===//

#include "passes.h"

#include "output.h"

#include "ane-c/Passes.h"

#include "mlir-c/Transforms.h"

#include <ctype.h>
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

static const struct {
  const char *name;
  const char *description;
  AnePassFactory create;
} kAnePasses[] = {
    {"lower-norms",
     "lower ane.rms_norm/ane.l2_norm; option strategy=l2|reduce-sum|layer-norm",
     createLowerNorms},
    {"ane-dce", "erase unused ane.* ops, transitively", createDCE},
    {"ane-cse", "merge identical ane.* ops", createCSE},
};

// Upstream passes from MLIR's core Transforms library that make sense on ANE
// IR, accepted as flags. (Any registered pass works in --pass-pipeline.)
static const struct {
  const char *name;
  const char *description;
} kUpstreamPasses[] = {
    {"canonicalize", "upstream: canonicalize operations"},
    {"cse", "upstream: eliminate common sub-expressions"},
    {"inline", "upstream: inline function calls"},
    {"sccp", "upstream: sparse conditional constant propagation"},
    {"symbol-dce", "upstream: eliminate dead symbols"},
    {"symbol-privatize", "upstream: mark symbols private"},
    {"strip-debuginfo", "upstream: strip debug info from all operations"},
    {"remove-dead-values", "upstream: remove dead values"},
    {"topological-sort", "upstream: sort regions without SSA dominance"},
    {"loop-invariant-code-motion", "upstream: hoist loop invariant code"},
    {"control-flow-sink", "upstream: sink operations into conditional blocks"},
    {"print-op-stats", "upstream: print operation statistics"},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int findAnePass(const char *name, size_t length) {
  for (size_t i = 0; i < COUNT(kAnePasses); ++i)
    if (strlen(kAnePasses[i].name) == length &&
        strncmp(kAnePasses[i].name, name, length) == 0)
      return (int)i;
  return -1;
}

void aneOptRegisterPasses(void) { mlirRegisterTransformsPasses(); }

bool aneOptIsPassName(const char *name, size_t length) {
  if (findAnePass(name, length) >= 0)
    return true;
  for (size_t i = 0; i < COUNT(kUpstreamPasses); ++i)
    if (strlen(kUpstreamPasses[i].name) == length &&
        strncmp(kUpstreamPasses[i].name, name, length) == 0)
      return true;
  return false;
}

void aneOptPrintPassList(FILE *out) {
  fprintf(out, "Passes (use as --<pass>[=<options>] or in --pass-pipeline):\n");
  for (size_t i = 0; i < COUNT(kAnePasses); ++i)
    fprintf(out, "  %-28s %s\n", kAnePasses[i].name,
            kAnePasses[i].description);
  for (size_t i = 0; i < COUNT(kUpstreamPasses); ++i)
    fprintf(out, "  %-28s %s\n", kUpstreamPasses[i].name,
            kUpstreamPasses[i].description);
}

//===----------------------------------------------------------------------===//
// The pipeline parser
//===----------------------------------------------------------------------===//

typedef struct {
  const char *text; ///< The whole pipeline, for error carets.
  const char *what; ///< "--pass-pipeline" or the flag, for messages.
  size_t pos;
  bool failed;
} Parser;

// Reports an error at `column` (0-based) of the pipeline text.
static void parseError(Parser *p, size_t column, const char *message) {
  if (p->failed)
    return;
  p->failed = true;
  fprintf(stderr, "ane-opt: error: invalid %s at column %zu: %s\n  %s\n  ",
          p->what, column + 1, message, p->text);
  for (size_t i = 0; i < column; ++i)
    fputc(' ', stderr);
  fputs("^\n", stderr);
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

static void appendToBuffer(MlirStringRef s, void *userData) {
  aneBufferAppend(userData, s.data, s.length);
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
    char *anchor = strndup(name, nameLength);
    MlirOpPassManager nested = mlirOpPassManagerGetNestedUnder(
        pm, mlirStringRefCreateFromCString(anchor));
    free(anchor);
    parseElements(p, nested);
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
  AneBuffer element = {0}, why = {0};
  aneBufferAppend(&element, p->text + start, p->pos - start);
  MlirLogicalResult added = mlirOpPassManagerAddPipeline(
      pm, mlirStringRefCreate(element.data, element.length), appendToBuffer,
      &why);
  if (mlirLogicalResultIsFailure(added)) {
    // Keep MLIR's first line; its own caret points into the element alone.
    char *newline = why.data ? strchr(why.data, '\n') : NULL;
    if (newline)
      *newline = '\0';
    parseError(p, start, why.data ? why.data : "unknown pass");
  }
  aneBufferDestroy(&element);
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
static bool parsePipeline(MlirOpPassManager top, const char *text) {
  Parser p = {text, "--pass-pipeline", 0, false};
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

// A per-pass flag: ANE passes nest under func.func (functions run in
// parallel); upstream ones go where mlir-opt puts them, on the module.
static bool addPassFlag(MlirOpPassManager top, const char *text) {
  size_t nameLength = strcspn(text, "{");
  bool isAne = findAnePass(text, nameLength) >= 0;
  MlirOpPassManager pm =
      isAne ? mlirOpPassManagerGetNestedUnder(
                  top, mlirStringRefCreateFromCString("func.func"))
            : top;
  Parser p = {text, "pass flag", 0, false};
  parseElement(&p, pm);
  return !p.failed;
}

bool aneOptBuildPipeline(MlirPassManager pm, const AneOptOptions *options) {
  MlirOpPassManager top = mlirPassManagerGetAsOpPassManager(pm);
  for (size_t i = 0; i < options->numPasses; ++i) {
    const AnePassRequest *request = &options->passes[i];
    bool ok = request->isPipeline ? parsePipeline(top, request->text)
                                  : addPassFlag(top, request->text);
    if (!ok)
      return false;
  }
  return true;
}
