//===- parallel_parse.c - Parse a module's top-level functions side by side ===//
//
// MLIR's parser reads a buffer on one thread, and parsing is two thirds of
// ane-opt's run on a large module (docs/performance.md). A module of many
// top-level func.func ops reads faster in runs: each thread parses a copy of
// the text that keeps the module's frame (the text before the first function
// and after the last) around one run of whole functions, moved down by
// newlines to the lines it has in the text, so every location is the one a
// single parse gives. The functions then move, in order, into the first
// run's module.
//
// Where the functions start is read from the text's lines (a line that
// starts with `func.func`, all at one indentation); the parser checks it.
// The result is used only if
//  - every run parses with no diagnostic at all;
//  - each run's module holds exactly the func.func ops that start on the
//    lines this split gave its run, in order: the frame holds no op and each
//    run is whole functions;
//  - the runs' modules have one location and one set of attributes;
//  - no function name repeats across runs (each run's verifier saw only its
//    own).
// The text is not split at all if it has dialect resources (`{-#`: each run
// would register them, under new names after the first), if its functions
// hold more `@` than one each (a symbol reference might cross runs, and the
// run holding it would fail to verify) or write locations (`loc(...)`, as
// IR printed with debug info does: the check above needs the parser's). If
// a split is refused, nothing is emitted and the caller parses the text as
// one.
//
//===----------------------------------------------------------------------===//

#define _GNU_SOURCE // memmem

#include "parallel_parse.h"

#include "patterns/remarks.h"
#include "support/op_attributes.h"

#include "mlir-c/Diagnostics.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { kMaxRuns = 64 };

static const char kFunc[] = "func.func ";

// Where the functions are: `starts[i]` is the offset of the line function i
// starts on (line `lines[i]`, 1-based), the body is [starts[0], bodyEnd).
typedef struct {
  size_t numFuncs;
  size_t *starts;
  unsigned *lines;
  size_t bodyEnd;
  size_t indent; // Spaces before `func.func`.
  bool mixed;    // Functions also start at another indentation.
} Layout;

// A line of the frame after the functions: blank, a comment or an alias
// definition (`#loc3 = loc(...)`).
static bool isTrailerLine(const char *line, const char *end) {
  while (line < end && (*line == ' ' || *line == '\t' || *line == '\r'))
    ++line;
  return line == end || *line == '#' ||
         (end - line >= 2 && line[0] == '/' && line[1] == '/');
}

// Finds where the trailing frame starts: after the last line that is not a
// trailer line, and, for functions inside an explicit `module {`, at the
// line of its closing brace. Returns `length` if there is no such place.
static size_t findBodyEnd(const char *text, size_t length, size_t indent) {
  size_t end = length; // End of the line being looked at (exclusive).
  while (end > 0) {
    size_t begin = end;
    while (begin > 0 && text[begin - 1] != '\n')
      --begin;
    if (!isTrailerLine(text + begin, text + end)) {
      if (indent == 0)
        return end == length ? length : end + 1;
      // The module's closing brace, at the start of its line.
      return text[begin] == '}' ? begin : length;
    }
    if (begin == 0)
      return length;
    end = begin - 1;
  }
  return length;
}

// True if `text` writes a location (`loc(`, not the end of a longer name
// such as `alloc(`). Functions with written locations are not split: their
// ops' locations no longer say which line they start on, which is how a
// run's functions are checked (and every run would be parsed in vain).
static bool hasLocation(const char *text, size_t length) {
  for (const char *p = text, *end = text + length;
       (p = memmem(p, (size_t)(end - p), "loc(", 4)); p += 4) {
    char before = p == text ? ' ' : p[-1];
    if (!(before == '_' || before == '.' || before == '$' ||
          (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') ||
          (before >= '0' && before <= '9')))
      return true;
  }
  return false;
}

// Reads where the functions start; false if the text is not one to split.
// Sets layout->mixed if functions start at two indentations.
static bool findFunctions(const char *text, size_t length, Layout *layout) {
  size_t capacity = 0;
  unsigned line = 1;
  bool haveIndent = false;
  for (const char *p = text, *end = text + length; p < end; ++line) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    size_t spaces = 0;
    while (p + spaces < end && p[spaces] == ' ')
      ++spaces;
    if ((size_t)(end - p) > spaces + sizeof(kFunc) - 1 &&
        memcmp(p + spaces, kFunc, sizeof(kFunc) - 1) == 0) {
      if (!haveIndent) {
        layout->indent = spaces;
        haveIndent = true;
      }
      if (spaces != layout->indent) {
        layout->mixed = true;
        return false;
      }
      if (layout->numFuncs == capacity) {
        capacity = capacity ? 2 * capacity : 256;
        size_t *starts = realloc(layout->starts, capacity * sizeof(size_t));
        if (!starts)
          return false;
        layout->starts = starts;
        unsigned *lines = realloc(layout->lines, capacity * sizeof(unsigned));
        if (!lines)
          return false;
        layout->lines = lines;
      }
      layout->starts[layout->numFuncs] = (size_t)(p - text);
      layout->lines[layout->numFuncs] = line;
      ++layout->numFuncs;
    }
    if (!eol)
      break;
    p = eol + 1;
  }
  if (layout->numFuncs < 2 || memmem(text, length, "{-#", 3))
    return false;
  layout->bodyEnd = findBodyEnd(text, length, layout->indent);
  if (layout->bodyEnd <= layout->starts[layout->numFuncs - 1])
    return false;
  size_t ats = 0;
  for (size_t i = layout->starts[0]; i < layout->bodyEnd; ++i)
    ats += text[i] == '@';
  return ats == layout->numFuncs &&
         !hasLocation(text + layout->starts[0],
                      layout->bodyEnd - layout->starts[0]);
}

typedef struct {
  MlirContext context;
  char *text; // The run's copy, NUL-terminated.
  size_t length;
  size_t firstFunc, numFuncs; // Which functions of the layout it holds.
  MlirModule module;
} Run;

static void *parseRun(void *arg) {
  Run *run = arg;
  run->module = mlirModuleCreateParse(run->context,
                                      mlirStringRefCreate(run->text,
                                                          run->length));
  return NULL;
}

// The run's text: the frame before the first function, newlines up to the
// line its first function is on, its functions, the frame after them.
static bool buildRunText(const char *text, size_t length,
                         const Layout *layout, Run *run) {
  size_t prelude = layout->starts[0];
  size_t begin = layout->starts[run->firstFunc];
  size_t last = run->firstFunc + run->numFuncs;
  size_t end = last < layout->numFuncs ? layout->starts[last]
                                       : layout->bodyEnd;
  size_t padding = layout->lines[run->firstFunc] - layout->lines[0];
  size_t trailer = length - layout->bodyEnd;
  run->length = prelude + padding + (end - begin) + trailer;
  run->text = malloc(run->length + 1);
  if (!run->text)
    return false;
  char *out = run->text;
  memcpy(out, text, prelude);
  out += prelude;
  memset(out, '\n', padding);
  out += padding;
  memcpy(out, text + begin, end - begin);
  out += end - begin;
  memcpy(out, text + layout->bodyEnd, trailer);
  out[trailer] = '\0';
  return true;
}

static MlirLogicalResult noteDiagnostic(MlirDiagnostic diagnostic,
                                        void *userData) {
  (void)diagnostic;
  atomic_store((atomic_bool *)userData, true);
  return mlirLogicalResultSuccess();
}

static bool sameModuleOp(MlirOperation a, MlirOperation b) {
  if (!mlirLocationEqual(mlirOperationGetLocation(a),
                         mlirOperationGetLocation(b)) ||
      !mlirIdentifierEqual(mlirOperationGetName(a), mlirOperationGetName(b)))
    return false;
  return aneOperationAttributesEqual(a, b);
}

// True if the run's module holds exactly its functions: func.func ops that
// start where the layout says, in order. Appends their names to `names`.
static bool holdsItsFunctions(const Run *run, const Layout *layout,
                              const void **names, size_t *numNames) {
  MlirStringRef funcName = mlirStringRefCreateFromCString("func.func");
  MlirIdentifier symName = mlirIdentifierGet(
      mlirModuleGetContext(run->module),
      mlirStringRefCreateFromCString("sym_name"));
  size_t i = run->firstFunc, end = run->firstFunc + run->numFuncs;
  for (MlirOperation op = mlirBlockGetFirstOperation(
           mlirModuleGetBody(run->module));
       !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op), ++i) {
    MlirLocation loc = mlirOperationGetLocation(op);
    if (i == end ||
        !mlirStringRefEqual(mlirIdentifierStr(mlirOperationGetName(op)),
                            funcName) ||
        !mlirLocationIsAFileLineColRange(loc) ||
        mlirLocationFileLineColRangeGetStartLine(loc) !=
            (int)layout->lines[i] ||
        mlirLocationFileLineColRangeGetStartColumn(loc) !=
            (int)layout->indent + 1)
      return false;
    MlirAttribute name =
        mlirOperationGetAttributeByName(op, mlirIdentifierStr(symName));
    if (mlirAttributeIsNull(name))
      return false;
    names[(*numNames)++] = name.ptr;
  }
  return i == end;
}

static int comparePointers(const void *a, const void *b) {
  uintptr_t x = (uintptr_t) * (const void *const *)a;
  uintptr_t y = (uintptr_t) * (const void *const *)b;
  return x < y ? -1 : x > y;
}

static bool namesAreUnique(const void **names, size_t n) {
  qsort(names, n, sizeof(names[0]), comparePointers);
  for (size_t i = 1; i < n; ++i)
    if (names[i] == names[i - 1])
      return false;
  return true;
}

// Splits the functions into `numRuns` runs of about equal text.
static size_t planRuns(const Layout *layout, size_t numRuns, Run *runs) {
  size_t body = layout->bodyEnd - layout->starts[0];
  size_t made = 0, next = 0;
  for (size_t r = 0; r < numRuns && next < layout->numFuncs; ++r) {
    size_t first = next;
    size_t target = layout->starts[0] + body / numRuns * (r + 1);
    ++next;
    while (next < layout->numFuncs &&
           (r + 1 == numRuns || layout->starts[next] < target))
      ++next;
    runs[made++] = (Run){.firstFunc = first, .numFuncs = next - first};
  }
  return made;
}

// Reads `text`'s functions into `layout` (the caller frees its arrays) and
// plans the runs of a parse on `maxThreads`; returns how many runs, 0 where
// the text is not split.
static size_t planSplit(const char *text, size_t length, unsigned maxThreads,
                        Layout *layout, Run *runs) {
  if (!findFunctions(text, length, layout) || maxThreads < 2 ||
      length < ANE_PARALLEL_PARSE_MIN_BYTES)
    return 0;
  size_t numRuns =
      planRuns(layout, maxThreads < kMaxRuns ? maxThreads : kMaxRuns, runs);
  return numRuns >= 2 ? numRuns : 0;
}

AneTextFunctions aneReadTextFunctions(const char *text, size_t length,
                                      unsigned maxThreads) {
  Layout layout = {0};
  Run runs[kMaxRuns];
  bool splits = planSplit(text, length, maxThreads, &layout, runs) > 0;
  AneTextFunctions result = {splits, layout.numFuncs >= 2 || layout.mixed};
  free(layout.starts);
  free(layout.lines);
  return result;
}

MlirModule aneParseFunctionsInParallel(MlirContext context, const char *text,
                                       size_t length, unsigned maxThreads,
                                       size_t stackSize) {
  MlirModule result = {NULL};
  if (maxThreads < 2 || length < ANE_PARALLEL_PARSE_MIN_BYTES)
    return result; // Not even a look at the lines.
  Layout layout = {0};
  Run runs[kMaxRuns];
  const void **names = NULL;
  size_t numNames = 0;
  atomic_bool diagnosed = false;
  size_t numRuns = planSplit(text, length, maxThreads, &layout, runs);
  for (size_t r = 0; r < numRuns; ++r)
    runs[r].context = context;
  if (numRuns == 0)
    goto done;
  for (size_t r = 0; r < numRuns; ++r)
    if (!buildRunText(text, length, &layout, &runs[r]))
      goto done;

  // A thread cannot load a dialect on demand (the context's table of them
  // is not locked): every dialect the context knows is loaded first.
  mlirContextLoadAllAvailableDialects(context);
  MlirDiagnosticHandlerID handler = mlirContextAttachDiagnosticHandler(
      context, noteDiagnostic, (void *)&diagnosed, NULL);
  pthread_t threads[kMaxRuns];
  bool started[kMaxRuns] = {false};
  for (size_t r = 1; r < numRuns; ++r) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0)
      continue;
    started[r] = pthread_attr_setstacksize(&attr, stackSize) == 0 &&
                 pthread_create(&threads[r], &attr, parseRun, &runs[r]) == 0;
    pthread_attr_destroy(&attr);
  }
  parseRun(&runs[0]);
  for (size_t r = 1; r < numRuns; ++r) {
    if (started[r])
      pthread_join(threads[r], NULL);
    else
      parseRun(&runs[r]); // No thread: this one reads it too.
  }
  mlirContextDetachDiagnosticHandler(context, handler);
  if (atomic_load(&diagnosed))
    goto done;

  names = malloc(layout.numFuncs * sizeof(names[0]));
  if (!names)
    goto done;
  for (size_t r = 0; r < numRuns; ++r)
    if (mlirModuleIsNull(runs[r].module) ||
        !sameModuleOp(mlirModuleGetOperation(runs[0].module),
                      mlirModuleGetOperation(runs[r].module)) ||
        !holdsItsFunctions(&runs[r], &layout, names, &numNames))
      goto done;
  if (!namesAreUnique(names, numNames))
    goto done;

  MlirBlock body = mlirModuleGetBody(runs[0].module);
  for (size_t r = 1; r < numRuns; ++r) {
    MlirBlock from = mlirModuleGetBody(runs[r].module);
    for (MlirOperation op = mlirBlockGetFirstOperation(from);
         !mlirOperationIsNull(op); op = mlirBlockGetFirstOperation(from)) {
      mlirOperationRemoveFromParent(op);
      mlirBlockAppendOwnedOperation(body, op);
    }
  }
  result = runs[0].module;
  runs[0].module = (MlirModule){NULL};
  if (aneRemarksEnabled())
    aneEmitRemark(mlirOperationGetLocation(mlirBlockGetFirstOperation(body)),
                  "parsed %zu functions in %zu runs on as many threads",
                  layout.numFuncs, numRuns);

done:
  for (size_t r = 0; r < numRuns; ++r) {
    free(runs[r].text);
    if (!mlirModuleIsNull(runs[r].module))
      mlirModuleDestroy(runs[r].module);
  }
  free(names);
  free(layout.starts);
  free(layout.lines);
  return result;
}
