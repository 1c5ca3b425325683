// AneParseOptions.maxParseThreads (lib/parse/parallel_parse.c): a module of
// many top-level functions parsed in runs gives the module one parse gives,
// op for op and location for location (compared printed in generic form with
// locations), at several thread counts, with the functions at column 1 or
// inside an explicit module with aliases before and location aliases after;
// the split is really taken for those; and it is not taken, nothing is
// emitted, and the usual parse gives its answer (the same module, or the
// same errors) where it cannot be shown to be the same: a call between
// functions, dialect resources, locations written on the ops, a name
// defined in two runs, two modules, mixed indentation, a syntax or verifier
// error late in the text, a small text, one thread (and a name ending in
// `loc` is no written location). What the text's lines say (aneReadTextFunctions: will
// it split, has it several functions) agrees, also for one large function.
// RUN: ane-capi-parallel-parse 2>&1 | FileCheck %s

#include "parse/parallel_parse.h"

#include "ane-c/Dialect.h"
#include "ane-c/Parse.h"
#include "support/buffer.h"

#include "mlir-c/Diagnostics.h"
#include "mlir-c/IR.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { kFunctions = 6000 }; // 1.2 to 1.6 MiB of text.

// How a test text is laid out.
typedef struct {
  const char *prelude;  // Before the first function.
  const char *indent;   // Before each `func.func`.
  const char *trailer;  // After the last function.
  const char *special;  // Replaces function `specialAt`'s body line.
  unsigned specialAt;
  const char *name;     // printf format of function i's name...
  unsigned nameModulo;  // ...of i modulo this, if not 0.
  const char *location; // After each op: "" or a location alias use.
} Layout;

static char *makeText(const Layout *l) {
  AneBuffer b = {0};
  aneBufferAppendString(&b, l->prelude);
  char line[512];
  for (unsigned i = 0; i < kFunctions; ++i) {
    char name[64];
    snprintf(name, sizeof(name), l->name,
             l->nameModulo ? i % l->nameModulo : i);
    snprintf(line, sizeof(line),
             "%sfunc.func @%s(%%x: !t, %%g: tensor<64xf16>) -> !t {\n", l->indent,
             name);
    aneBufferAppendString(&b, line);
    if (l->special && i == l->specialAt) {
      aneBufferAppendString(&b, l->special);
    } else {
      snprintf(line, sizeof(line),
               "%s  %%0 = \"ane.rms_norm\"(%%x, %%g) {axes = array<i64: -1>, "
               "epsilon = 1.0e-05 : f32} : (!t, tensor<64xf16>) -> !t%s\n"
               "%s  %%1 = \"ane.relu\"(%%0) : (!t) -> !t%s\n",
               l->indent, l->location, l->indent, l->location);
      aneBufferAppendString(&b, line);
    }
    snprintf(line, sizeof(line), "%s  return %%1 : !t%s\n%s}\n\n", l->indent,
             l->location, l->indent);
    aneBufferAppendString(&b, line);
  }
  aneBufferAppendString(&b, l->trailer);
  aneBufferAppendBytes(&b, "", 1); // The terminator MLIR's lexer needs.
  return b.data;
}

static unsigned numDiagnostics;

static MlirLogicalResult countDiagnostic(MlirDiagnostic d, void *userData) {
  (void)userData;
  if (numDiagnostics++ == 0) {
    MlirLocation loc = mlirDiagnosticGetLocation(d);
    fprintf(stderr, "  first diagnostic on line %d\n",
            mlirLocationIsAFileLineColRange(loc)
                ? mlirLocationFileLineColRangeGetStartLine(loc)
                : -1);
  }
  return mlirLogicalResultSuccess();
}

static void appendText(MlirStringRef s, void *userData) {
  aneBufferAppendBytes(userData, s.data, s.length);
}

// The module printed with everything: generic form, locations.
static char *printed(MlirModule module) {
  AneBuffer b = {0};
  MlirOpPrintingFlags flags = mlirOpPrintingFlagsCreate();
  mlirOpPrintingFlagsEnableDebugInfo(flags, true, false);
  mlirOpPrintingFlagsPrintGenericOpForm(flags);
  mlirOperationPrintWithFlags(mlirModuleGetOperation(module), flags,
                              appendText, &b);
  mlirOpPrintingFlagsDestroy(flags);
  aneBufferAppendBytes(&b, "", 1);
  return b.data;
}

static MlirContext makeContext(void) {
  MlirContext context = mlirContextCreateWithThreading(true);
  aneContextLoadDialect(context);
  mlirContextAttachDiagnosticHandler(context, countDiagnostic, NULL, NULL);
  return context;
}

// Parses `text` in runs of `threads` and as one; prints whether the runs
// were taken and whether both give the same module (or the same failure).
static void check(const char *what, const Layout *layout, unsigned threads) {
  char *text = makeText(layout);
  size_t length = strlen(text);
  fprintf(stderr, "%s, %u threads:\n", what, threads);
  AneTextFunctions read = aneReadTextFunctions(text, length, threads);
  fprintf(stderr, "  lines say: %s, %s\n",
          read.splits ? "splits" : "does not split",
          read.manyFunctions ? "many functions" : "one function or none");

  MlirContext context = makeContext();
  numDiagnostics = 0;
  MlirModule split = aneParseFunctionsInParallel(context, text, length,
                                                 threads, (size_t)64 << 20);
  fprintf(stderr, "  split: %s, %u diagnostics\n",
          mlirModuleIsNull(split) ? "no" : "yes", numDiagnostics);
  char *splitText = mlirModuleIsNull(split) ? NULL : printed(split);
  if (!mlirModuleIsNull(split))
    mlirModuleDestroy(split);
  mlirContextDestroy(context);

  // What aneParseSourceUntrusted gives with and without threads, each in a
  // fresh context.
  char *results[2];
  for (int k = 0; k < 2; ++k) {
    context = makeContext();
    numDiagnostics = 0;
    AneParseOptions options = aneParseOptionsGetDefault();
    options.maxParseThreads = k ? threads : 1;
    options.textIsNulTerminated = true;
    MlirModule module = aneParseSourceUntrusted(
        context, mlirStringRefCreate(text, length),
        mlirStringRefCreateFromCString("in.mlir"), &options);
    fprintf(stderr, "  %s: %s, %u diagnostics\n",
            k ? "untrusted, threads" : "untrusted, one thread",
            mlirModuleIsNull(module) ? "failed" : "parsed", numDiagnostics);
    results[k] = mlirModuleIsNull(module) ? NULL : printed(module);
    if (!mlirModuleIsNull(module))
      mlirModuleDestroy(module);
    mlirContextDestroy(context);
  }
  if (splitText)
    fprintf(stderr, "  split == one parse: %s\n",
            results[0] && strcmp(splitText, results[0]) == 0 ? "yes" : "NO");
  fprintf(stderr, "  threads == one thread: %s\n",
          (!results[0] && !results[1]) ||
                  (results[0] && results[1] &&
                   strcmp(results[0], results[1]) == 0)
              ? "yes"
              : "NO");
  free(splitText);
  free(results[0]);
  free(results[1]);
  free(text);
}

int main(void) {
  Layout plain = {.prelude = "!t = tensor<8x64xf16>\n// a comment\n",
                  .indent = "",
                  .trailer = "",
                  .name = "f%u",
                  .location = ""};
  for (unsigned threads = 2; threads <= 8; threads += 3)
    check("functions at column 1", &plain, threads);
  // CHECK-LABEL: functions at column 1, 2 threads:
  // CHECK-NEXT:  lines say: splits, many functions
  // CHECK-NEXT:  split: yes, 0 diagnostics
  // CHECK-NEXT:  untrusted, one thread: parsed, 0 diagnostics
  // CHECK-NEXT:  untrusted, threads: parsed, 0 diagnostics
  // CHECK-NEXT:  split == one parse: yes
  // CHECK-NEXT:  threads == one thread: yes
  // CHECK-LABEL: functions at column 1, 5 threads:
  // CHECK-NEXT:  lines say: splits, many functions
  // CHECK-NEXT:  split: yes, 0 diagnostics
  // CHECK:       split == one parse: yes
  // CHECK-NEXT:  threads == one thread: yes
  // CHECK-LABEL: functions at column 1, 8 threads:
  // CHECK-NEXT:  lines say: splits, many functions
  // CHECK-NEXT:  split: yes, 0 diagnostics
  // CHECK:       split == one parse: yes
  // CHECK-NEXT:  threads == one thread: yes

  Layout module = {.prelude = "!t = tensor<8x64xf16>\n"
                              "module @m attributes {test.a = 1 : i32} {\n",
                   .indent = "  ",
                   .trailer = "} loc(#loc9)\n#loc1 = loc(\"a.mlir\":1:2)\n"
                              "#loc9 = loc(\"a.mlir\":9:9)\n",
                   .name = "f%u",
                   .location = ""};
  check("explicit module, location aliases", &module, 3);
  // CHECK-LABEL: explicit module, location aliases, 3 threads:
  // CHECK-NEXT:  lines say: splits, many functions
  // CHECK-NEXT:  split: yes, 0 diagnostics
  // CHECK:       split == one parse: yes
  // CHECK-NEXT:  threads == one thread: yes

  // Locations written on the ops (IR printed with debug info): the split
  // could not be checked against the lines, so it is not tried.
  Layout located = module;
  located.location = " loc(#loc1)";
  check("written locations", &located, 2);
  // CHECK-LABEL: written locations, 2 threads:
  // CHECK-NEXT:  lines say: does not split, many functions
  // CHECK-NEXT:  split: no, 0 diagnostics
  // CHECK-NEXT:  untrusted, one thread: parsed, 0 diagnostics
  // CHECK-NEXT:  untrusted, threads: parsed, 0 diagnostics
  // CHECK-NEXT:  threads == one thread: yes

  // `loc(` ending a longer name (`@f7alloc(`) is not a location.
  Layout alloc = plain;
  alloc.name = "f%ualloc";
  check("names ending in loc", &alloc, 2);
  // CHECK-LABEL: names ending in loc, 2 threads:
  // CHECK-NEXT:  lines say: splits, many functions
  // CHECK-NEXT:  split: yes, 0 diagnostics
  // CHECK:       split == one parse: yes

  Layout call = plain;
  call.special = "  %0 = func.call @f0(%x, %g) : (!t, tensor<64xf16>) -> !t\n"
                 "  %1 = \"ane.relu\"(%0) : (!t) -> !t\n";
  call.specialAt = kFunctions - 1;
  check("a call between functions", &call, 2);
  // CHECK-LABEL: a call between functions, 2 threads:
  // CHECK-NEXT:  lines say: does not split, many functions
  // CHECK-NEXT:  split: no, 0 diagnostics
  // CHECK-NEXT:  untrusted, one thread: parsed, 0 diagnostics
  // CHECK-NEXT:  untrusted, threads: parsed, 0 diagnostics
  // CHECK-NEXT:  threads == one thread: yes

  Layout resources = plain;
  resources.trailer = "{-#\n  dialect_resources: {\n    builtin: {\n"
                      "      blob: \"0x04000000010203\"\n    }\n  }\n#-}\n";
  check("dialect resources", &resources, 2);
  // CHECK-LABEL: dialect resources, 2 threads:
  // CHECK-NEXT:  lines say: does not split, many functions
  // CHECK-NEXT:  split: no, 0 diagnostics
  // CHECK:       threads == one thread: yes

  // Each half alone defines each name once; together, twice.
  Layout twice = plain;
  twice.name = "f%04u";
  twice.nameModulo = kFunctions / 2;
  check("a name defined in both halves", &twice, 2);
  // CHECK-LABEL: a name defined in both halves, 2 threads:
  // CHECK-NEXT:  lines say: splits, many functions
  // CHECK-NEXT:  split: no, 0 diagnostics
  // CHECK-NEXT:  first diagnostic on line [[LINE:[0-9]+]]
  // CHECK-NEXT:  untrusted, one thread: failed, 1 diagnostics
  // CHECK-NEXT:  first diagnostic on line [[LINE]]
  // CHECK-NEXT:  untrusted, threads: failed, 1 diagnostics
  // CHECK-NEXT:  threads == one thread: yes

  Layout late = plain;
  late.special = "  %0 = \"ane.relu\"(%x, %x) : (!t, !t) -> !t\n"
                 "  %1 = \"ane.relu\"(%0) : (!t) -> !t\n";
  late.specialAt = kFunctions - 3;
  check("a verifier error late in the text", &late, 2);
  // CHECK-LABEL: a verifier error late in the text, 2 threads:
  // CHECK-NEXT:  lines say: splits, many functions
  // CHECK-NEXT:  split: no, 0 diagnostics
  // CHECK-NEXT:  first diagnostic on line [[LINE:[0-9]+]]
  // CHECK-NEXT:  untrusted, one thread: failed, 1 diagnostics
  // CHECK-NEXT:  first diagnostic on line [[LINE]]
  // CHECK-NEXT:  untrusted, threads: failed, 1 diagnostics

  Layout syntax = plain;
  syntax.special = "  %0 = \"ane.relu\"(%x) : (!t) ->\n";
  syntax.specialAt = kFunctions / 2 + 7;
  check("a syntax error in the second half", &syntax, 2);
  // CHECK-LABEL: a syntax error in the second half, 2 threads:
  // CHECK-NEXT:  lines say: splits, many functions
  // CHECK-NEXT:  split: no, 0 diagnostics
  // CHECK-NEXT:  first diagnostic on line [[LINE:[0-9]+]]
  // CHECK-NEXT:  untrusted, one thread: failed, 1 diagnostics
  // CHECK-NEXT:  first diagnostic on line [[LINE]]
  // CHECK-NEXT:  untrusted, threads: failed, 1 diagnostics

  Layout mixed = plain;
  mixed.special = "  %0 = \"ane.relu\"(%x) : (!t) -> !t\n"
                  "  %1 = \"ane.relu\"(%0) : (!t) -> !t\n  return %1 : !t\n"
                  "}\n  func.func @indented(%x: !t) -> !t {\n"
                  "  %1 = \"ane.relu\"(%x) : (!t) -> !t\n";
  mixed.specialAt = 5;
  check("mixed indentation", &mixed, 2);
  // CHECK-LABEL: mixed indentation, 2 threads:
  // CHECK-NEXT:  lines say: does not split, many functions
  // CHECK-NEXT:  split: no, 0 diagnostics
  // CHECK:       threads == one thread: yes

  // Two modules, the split falling between them: each run parses, but one
  // holds both modules rather than functions.
  Layout two = module;
  two.trailer = "}\n";
  two.location = "";
  two.special = "    %0 = \"ane.relu\"(%x) : (!t) -> !t\n"
                "    %1 = \"ane.relu\"(%0) : (!t) -> !t\n"
                "    return %1 : !t\n  }\n}\nmodule {\n"
                "  func.func @second(%x: !t) -> !t {\n"
                "    %1 = \"ane.relu\"(%x) : (!t) -> !t\n";
  two.specialAt = kFunctions / 2;
  two.prelude = "!t = tensor<8x64xf16>\nmodule {\n";
  check("two modules", &two, 2);
  // CHECK-LABEL: two modules, 2 threads:
  // CHECK-NEXT:  lines say: splits, many functions
  // CHECK-NEXT:  split: no, 0 diagnostics
  // CHECK-NEXT:  untrusted, one thread: parsed, 0 diagnostics
  // CHECK-NEXT:  untrusted, threads: parsed, 0 diagnostics
  // CHECK-NEXT:  threads == one thread: yes

  check("one thread", &plain, 1);
  // CHECK-LABEL: one thread, 1 threads:
  // CHECK-NEXT:  lines say: does not split, many functions
  // CHECK-NEXT:  split: no, 0 diagnostics

  // A small text: 1 MiB is the least split.
  MlirContext context = makeContext();
  const char *small = "func.func @a() {\n  return\n}\n"
                      "func.func @b() {\n  return\n}\n";
  MlirModule none = aneParseFunctionsInParallel(context, small, strlen(small),
                                                2, (size_t)64 << 20);
  AneTextFunctions read = aneReadTextFunctions(small, strlen(small), 2);
  fprintf(stderr, "small text split: %s; lines say: %s, %s\n",
          mlirModuleIsNull(none) ? "no" : "yes",
          read.splits ? "splits" : "does not split",
          read.manyFunctions ? "many functions" : "one function");
  // CHECK-LABEL: small text split: no; lines say: does not split, many functions

  // One large function: nothing to split, nothing to verify side by side.
  AneBuffer big = {0};
  aneBufferAppendString(&big, "func.func @main(%x: tensor<8xf16>) -> "
                              "tensor<8xf16> {\n");
  for (unsigned i = 0; i < 20000; ++i) {
    char operand[16], line[160];
    if (i)
      snprintf(operand, sizeof(operand), "%u", i);
    else
      strcpy(operand, "x");
    snprintf(line, sizeof(line),
             "  %%%u = \"ane.relu\"(%%%s) : (tensor<8xf16>) -> "
             "tensor<8xf16>\n",
             i + 1, operand);
    aneBufferAppendString(&big, line);
  }
  aneBufferAppendString(&big, "  return %20000 : tensor<8xf16>\n}\n");
  aneBufferAppendBytes(&big, "", 1);
  size_t bigLength = strlen(big.data);
  read = aneReadTextFunctions(big.data, bigLength, 2);
  none = aneParseFunctionsInParallel(context, big.data, bigLength, 2,
                                     (size_t)64 << 20);
  fprintf(stderr, "one function of %zu bytes split: %s; lines say: %s, %s\n",
          bigLength, mlirModuleIsNull(none) ? "no" : "yes",
          read.splits ? "splits" : "does not split",
          read.manyFunctions ? "many functions" : "one function");
  // CHECK-LABEL: one function of {{[0-9]+}} bytes split: no; lines say: does not split, one function
  free(big.data);
  mlirContextDestroy(context);
  return 0;
}
