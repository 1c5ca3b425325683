// aneParseSourceUntrusted (ane-c/Parse.h): the tools' parse step for
// embedders. Text that parses; text refused before MLIR sees it (NUL, deep
// nesting under a custom limit), also when parsed in place
// (textIsNulTerminated); custom syntax explained; bytecode read in a
// child process (valid, truncated, flipped); the context is usable after
// every failure, in one process; opaque MIL ops accepted (acceptMilOps) and
// other unregistered ops refused, and with acceptMilOps off both refused.
// RUN: ane-capi-parse 2>&1 | FileCheck %s

#include "Inputs/capi_test.h"
#include "ane-c/Dialect.h"
#include "ane-c/Parse.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/IR.h"

#include <stdlib.h>
#include <string.h>

static const char kRelu[] =
    "func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {\n"
    "  %0 = \"ane.relu\"(%x) : (tensor<4xf32>) -> tensor<4xf32>\n"
    "  return %0 : tensor<4xf32>\n"
    "}\n";

// Prints each diagnostic with its location.
static MlirLogicalResult printLocated(MlirDiagnostic d, void *userData) {
  (void)userData;
  fprintf(stderr, "diagnostic at ");
  mlirLocationPrint(mlirDiagnosticGetLocation(d), printStderr, NULL);
  fprintf(stderr, ": ");
  mlirDiagnosticPrint(d, printStderr, NULL);
  fprintf(stderr, "\n");
  return mlirLogicalResultSuccess();
}

static void parse(MlirContext ctx, const char *what, const char *data,
                  size_t length, const AneParseOptions *options) {
  MlirModule m = aneParseSourceUntrusted(
      ctx, mlirStringRefCreate(data, length),
      mlirStringRefCreateFromCString("input.mlir"), options);
  fprintf(stderr, "%s: %s\n", what, mlirModuleIsNull(m) ? "null" : "module");
  if (!mlirModuleIsNull(m))
    mlirModuleDestroy(m);
}

typedef struct {
  char *data;
  size_t length;
} Bytes;

static void appendBytes(MlirStringRef s, void *userData) {
  Bytes *b = userData;
  b->data = realloc(b->data, b->length + s.length);
  memcpy(b->data + b->length, s.data, s.length);
  b->length += s.length;
}

// CHECK: text: module
// CHECK: diagnostic at loc("input.mlir":1:5): unexpected NUL byte
// CHECK-NEXT: nul: null
// CHECK: diagnostic at loc("input.mlir":1:71): nesting exceeds the limit of 10 levels
// CHECK-NEXT: deep: null
// CHECK: deep with defaults: module
// CHECK: in place: module
// CHECK: diagnostic at loc("input.mlir":1:5): unexpected NUL byte
// CHECK-NEXT: nul in place: null
// CHECK: diagnostic at loc("input.mlir":1:71): nesting exceeds the limit of 10 levels
// CHECK-NEXT: deep in place: null
// CHECK: diagnostic at loc("input.mlir":2:8): custom assembly syntax is not supported for 'ane.relu'
// CHECK-NEXT: custom: null
// CHECK: renamed: loc("input.mlir":2:8)
// CHECK: bytecode: module
// CHECK: diagnostic at loc("input.mlir":0:0): attempting to parse {{[0-9]+}} bytes when only {{[0-9]+}} remain
// CHECK-NEXT: input.mlir:0:0: note: in bytecode version
// CHECK-NEXT: truncated bytecode: null
// CHECK: text again: module
// CHECK: opaque: module, context allows unregistered: 1
// CHECK: diagnostic at loc("input.mlir":1:59): unregistered operation 'foo.bar': only the opaque MIL ops ('mil.*') may be unregistered
// CHECK-NEXT: foreign: null, context allows unregistered: 0
// CHECK: diagnostic at loc("-":1:69): operation being parsed with an unregistered dialect
// CHECK-NEXT: opaque refused: null, context allows unregistered: 0
int main(void) {
  MlirContext ctx = mlirContextCreate();
  aneContextLoadDialect(ctx);
  mlirContextAttachDiagnosticHandler(ctx, printLocated, NULL, NULL);

  parse(ctx, "text", kRelu, strlen(kRelu), NULL);
  parse(ctx, "nul", "func\0", 5, NULL);

  // A custom limit: 10 levels.
  const char deep[] = "!t = tuple<tuple<tuple<tuple<tuple<tuple<tuple<"
                      "tuple<tuple<tuple<tuple<>>>>>>>>>>>";
  AneParseOptions options = aneParseOptionsGetDefault();
  options.maxNestingDepth = 10;
  parse(ctx, "deep", deep, strlen(deep), &options);
  parse(ctx, "deep with defaults", deep, strlen(deep), NULL);

  // textIsNulTerminated: C strings are checked and parsed in place, with
  // the same checks.
  AneParseOptions inPlace = aneParseOptionsGetDefault();
  inPlace.textIsNulTerminated = true;
  parse(ctx, "in place", kRelu, strlen(kRelu), &inPlace);
  parse(ctx, "nul in place", "func\0", 5, &inPlace);
  inPlace.maxNestingDepth = 10;
  parse(ctx, "deep in place", deep, strlen(deep), &inPlace);

  const char custom[] = "func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {\n"
                        "  %0 = ane.relu %x : tensor<4xf32>\n"
                        "  return %0 : tensor<4xf32>\n}\n";
  parse(ctx, "custom", custom, strlen(custom), NULL);

  // renameLocations: the ops carry the buffer's name.
  AneParseOptions rename = aneParseOptionsGetDefault();
  rename.renameLocations = true;
  MlirModule m = aneParseSourceUntrusted(
      ctx, mlirStringRefCreateFromCString(kRelu),
      mlirStringRefCreateFromCString("input.mlir"), &rename);
  MlirOperation func = mlirBlockGetFirstOperation(mlirModuleGetBody(m));
  MlirOperation relu = mlirBlockGetFirstOperation(
      mlirRegionGetFirstBlock(mlirOperationGetRegion(func, 0)));
  fprintf(stderr, "renamed: ");
  mlirLocationPrint(mlirOperationGetLocation(relu), printStderr, NULL);
  fprintf(stderr, "\n");

  // Bytecode of that module, read back (in a child process), then cut.
  Bytes bytecode = {NULL, 0};
  mlirOperationWriteBytecode(mlirModuleGetOperation(m), appendBytes,
                             &bytecode);
  mlirModuleDestroy(m);
  parse(ctx, "bytecode", bytecode.data, bytecode.length, NULL);
  parse(ctx, "truncated bytecode", bytecode.data, bytecode.length / 2, NULL);
  free(bytecode.data);

  parse(ctx, "text again", kRelu, strlen(kRelu), NULL);
  mlirContextDestroy(ctx);

  // Opaque MIL ops, each case in a fresh context (acceptMilOps changes it).
  static const char *const kOpaque[][3] = {
      {"opaque", "mil.clip", "1"},
      {"foreign", "foo.bar", "1"},
      {"opaque refused", "mil.clip", "0"},
  };
  for (size_t i = 0; i < sizeof(kOpaque) / sizeof(kOpaque[0]); ++i) {
    MlirContext c = mlirContextCreate();
    aneContextLoadDialect(c);
    mlirContextAttachDiagnosticHandler(c, printLocated, NULL, NULL);
    char text[160];
    snprintf(text, sizeof(text),
             "func.func @f(%%x: tensor<4xf32>) -> tensor<4xf32> {\n"
             "  %%0 = \"%s\"(%%x) : (tensor<4xf32>) -> tensor<4xf32>\n"
             "  return %%0 : tensor<4xf32>\n}\n",
             kOpaque[i][1]);
    // One line, so the columns say which op: 59 is the op, 69 its type.
    for (char *p = text; (p = strchr(p, '\n')) && p[1]; ++p)
      *p = ' ';
    AneParseOptions opaque = aneParseOptionsGetDefault();
    opaque.acceptMilOps = kOpaque[i][2][0] == '1';
    MlirModule om = aneParseSourceUntrusted(
        c, mlirStringRefCreateFromCString(text),
        mlirStringRefCreateFromCString("input.mlir"), &opaque);
    fprintf(stderr, "%s: %s, context allows unregistered: %d\n", kOpaque[i][0],
            mlirModuleIsNull(om) ? "null" : "module",
            (int)mlirContextGetAllowUnregisteredDialects(c));
    if (!mlirModuleIsNull(om))
      mlirModuleDestroy(om);
    mlirContextDestroy(c);
  }
  return 0;
}
