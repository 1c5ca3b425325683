// The ANE passes on IR nobody verified. MLIR's pass manager does not verify
// a pass's input, so an embedder can hand the passes ops the ANE verifier
// would reject. The patterns must not build from them (reading dims out of
// bounds, making constants of integer types): each bad op is left as it is,
// and the pass fails with the verifier's located error for it.
// RUN: ane-capi-unverified 2>&1 | FileCheck %s
//
// CHECK: rank 10, lower-norms{strategy=l2}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x must have rank 1..5, got rank 10
// CHECK-NEXT: rank 10, lower-norms{strategy=reduce-sum}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x must have rank 1..5, got rank 10
// CHECK-NEXT: rank 10, lower-norms{strategy=layer-norm}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x must have rank 1..5, got rank 10
// CHECK-NEXT: rank 10, fuse-norms: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x must have rank 1..5, got rank 10
// CHECK-NEXT: rank 0, lower-norms{strategy=l2}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x must have rank 1..5, got rank 0
// CHECK-NEXT: rank 0, lower-norms{strategy=reduce-sum}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x must have rank 1..5, got rank 0
// CHECK-NEXT: rank 0, lower-norms{strategy=layer-norm}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x must have rank 1..5, got rank 0
// CHECK-NEXT: rank 0, fuse-norms: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x must have rank 1..5, got rank 0
// CHECK-NEXT: integer x, lower-norms{strategy=l2}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x element type must be f16 or f32, got i32
// CHECK-NEXT: integer x, lower-norms{strategy=reduce-sum}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x element type must be f16 or f32, got i32
// CHECK-NEXT: integer x, lower-norms{strategy=layer-norm}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x element type must be f16 or f32, got i32
// CHECK-NEXT: integer x, fuse-norms: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x element type must be f16 or f32, got i32
// CHECK-NEXT: rank-0 gamma, lower-norms{strategy=l2}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op gamma must have rank 1..5, got rank 0
// CHECK-NEXT: rank-0 gamma, lower-norms{strategy=reduce-sum}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op gamma must have rank 1..5, got rank 0
// CHECK-NEXT: rank-0 gamma, lower-norms{strategy=layer-norm}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op gamma must have rank 1..5, got rank 0
// CHECK-NEXT: rank-0 gamma, fuse-norms: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op gamma must have rank 1..5, got rank 0
// CHECK-NEXT: axis 7, lower-norms{strategy=l2}: failure, 2 ops, ane.l2_norm; loc("-":2:8): 'ane.l2_norm' op axis 7 is out of range for rank 2
// CHECK-NEXT: axis 7, lower-norms{strategy=reduce-sum}: failure, 2 ops, ane.l2_norm; loc("-":2:8): 'ane.l2_norm' op axis 7 is out of range for rank 2
// CHECK-NEXT: axis 7, lower-norms{strategy=layer-norm}: failure, 2 ops, ane.l2_norm; loc("-":2:8): 'ane.l2_norm' op axis 7 is out of range for rank 2
// CHECK-NEXT: axis 7, fuse-norms: failure, 2 ops, ane.l2_norm; loc("-":2:8): 'ane.l2_norm' op axis 7 is out of range for rank 2
// CHECK-NEXT: axis INT64_MIN, lower-norms{strategy=l2}: failure, 2 ops, ane.l2_norm; loc("-":2:8): 'ane.l2_norm' op axis -9223372036854775808 is out of range for rank 2
// CHECK-NEXT: axis INT64_MIN, lower-norms{strategy=reduce-sum}: failure, 2 ops, ane.l2_norm; loc("-":2:8): 'ane.l2_norm' op axis -9223372036854775808 is out of range for rank 2
// CHECK-NEXT: axis INT64_MIN, lower-norms{strategy=layer-norm}: failure, 2 ops, ane.l2_norm; loc("-":2:8): 'ane.l2_norm' op axis -9223372036854775808 is out of range for rank 2
// CHECK-NEXT: axis INT64_MIN, fuse-norms: failure, 2 ops, ane.l2_norm; loc("-":2:8): 'ane.l2_norm' op axis -9223372036854775808 is out of range for rank 2
// CHECK-NEXT: integer l2_norm, lower-norms{strategy=l2}: failure, 2 ops, ane.l2_norm; loc("-":2:8): 'ane.l2_norm' op x element type must be f16 or f32, got i8
// CHECK-NEXT: integer l2_norm, lower-norms{strategy=reduce-sum}: failure, 2 ops, ane.l2_norm; loc("-":2:8): 'ane.l2_norm' op x element type must be f16 or f32, got i8
// CHECK-NEXT: integer l2_norm, lower-norms{strategy=layer-norm}: failure, 2 ops, ane.l2_norm; loc("-":2:8): 'ane.l2_norm' op x element type must be f16 or f32, got i8
// CHECK-NEXT: integer l2_norm, fuse-norms: failure, 2 ops, ane.l2_norm; loc("-":2:8): 'ane.l2_norm' op x element type must be f16 or f32, got i8
// CHECK-NEXT: 2^62 rows, lower-norms{strategy=l2}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x dims must be at most 2147483647, got [4611686018427387904, 4611686018427387904, 8]
// CHECK-NEXT: 2^62 rows, lower-norms{strategy=reduce-sum}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x dims must be at most 2147483647, got [4611686018427387904, 4611686018427387904, 8]
// CHECK-NEXT: 2^62 rows, lower-norms{strategy=layer-norm}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x dims must be at most 2147483647, got [4611686018427387904, 4611686018427387904, 8]
// CHECK-NEXT: 2^62 rows, fuse-norms: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x dims must be at most 2147483647, got [4611686018427387904, 4611686018427387904, 8]
// CHECK-NEXT: 2^62 width, lower-norms{strategy=l2}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x dims must be at most 2147483647, got [2, 4611686018427387904]
// CHECK-NEXT: 2^62 width, lower-norms{strategy=reduce-sum}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x dims must be at most 2147483647, got [2, 4611686018427387904]
// CHECK-NEXT: 2^62 width, lower-norms{strategy=layer-norm}: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x dims must be at most 2147483647, got [2, 4611686018427387904]
// CHECK-NEXT: 2^62 width, fuse-norms: failure, 2 ops, ane.rms_norm; loc("-":2:8): 'ane.rms_norm' op x dims must be at most 2147483647, got [2, 4611686018427387904]
// CHECK-NEXT: overflowing rows, lower-norms{strategy=l2}: failure, 11 ops, arith.constant; loc("-":4:8): 'ane.reshape' op x dims must be at most 2147483647, got [4611686018427387904, 4, 8]
// CHECK-NEXT: overflowing rows, lower-norms{strategy=reduce-sum}: failure, 11 ops, arith.constant; loc("-":4:8): 'ane.reshape' op x dims must be at most 2147483647, got [4611686018427387904, 4, 8]
// CHECK-NEXT: overflowing rows, lower-norms{strategy=layer-norm}: failure, 11 ops, arith.constant; loc("-":4:8): 'ane.reshape' op x dims must be at most 2147483647, got [4611686018427387904, 4, 8]
// CHECK-NEXT: overflowing rows, fuse-norms: failure, 4 ops, ane.reshape; loc("-":4:8): 'ane.reshape' op x dims must be at most 2147483647, got [4611686018427387904, 4, 8]

#include "Inputs/capi_test.h"
#include "ane-c/Dialect.h"
#include "ane-c/Passes.h"

#include "mlir-c/Diagnostics.h"
#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"

#include <stdio.h>
#include <string.h>

// Keeps the first diagnostic of a pass run, with its location.
typedef struct {
  char text[512];
  size_t length;
  int count;
} FirstDiagnostic;

static void appendText(MlirStringRef s, void *userData) {
  FirstDiagnostic *d = userData;
  size_t room = sizeof(d->text) - 1 - d->length;
  size_t n = s.length < room ? s.length : room;
  memcpy(d->text + d->length, s.data, n);
  d->length += n;
  d->text[d->length] = '\0';
}

static MlirLogicalResult keepFirst(MlirDiagnostic diagnostic, void *userData) {
  FirstDiagnostic *d = userData;
  if (d->count++ == 0) {
    mlirLocationPrint(mlirDiagnosticGetLocation(diagnostic), appendText, d);
    appendText(mlirStringRefCreateFromCString(": "), d);
    mlirDiagnosticPrint(diagnostic, appendText, d);
  }
  return mlirLogicalResultSuccess();
}

typedef struct {
  const char *name;
  const char *body; // one op %0 of %x (and %g) inside @f
  const char *type; // of %x and the result
  const char *extraArg;
} Case;

static const Case kCases[] = {
    {"rank 10",
     "%0 = \"ane.rms_norm\"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : "
     "(tensor<1x1x1x1x1x1x1x1x1x8xf32>) -> tensor<1x1x1x1x1x1x1x1x1x8xf32>",
     "tensor<1x1x1x1x1x1x1x1x1x8xf32>", ""},
    {"rank 0",
     "%0 = \"ane.rms_norm\"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : (tensor<f32>) -> "
     "tensor<f32>",
     "tensor<f32>", ""},
    {"integer x",
     "%0 = \"ane.rms_norm\"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : "
     "(tensor<2x8xi32>) -> tensor<2x8xi32>",
     "tensor<2x8xi32>", ""},
    {"rank-0 gamma",
     "%0 = \"ane.rms_norm\"(%x, %g) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : "
     "(tensor<2x8xf32>, tensor<f32>) -> tensor<2x8xf32>",
     "tensor<2x8xf32>", ", %g: tensor<f32>"},
    {"axis 7",
     "%0 = \"ane.l2_norm\"(%x) {axes = array<i64: 7>, epsilon = 1.0e-05 : f32} : "
     "(tensor<2x8xf32>) -> tensor<2x8xf32>",
     "tensor<2x8xf32>", ""},
    {"axis INT64_MIN",
     "%0 = \"ane.l2_norm\"(%x) {axes = array<i64: -9223372036854775808>, epsilon = "
     "1.0e-05 : f32} : (tensor<2x8xf32>) -> tensor<2x8xf32>",
     "tensor<2x8xf32>", ""},
    {"integer l2_norm",
     "%0 = \"ane.l2_norm\"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : "
     "(tensor<2x8xi8>) -> tensor<2x8xi8>",
     "tensor<2x8xi8>", ""},
    {"2^62 rows",
     "%0 = \"ane.rms_norm\"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : "
     "(tensor<4611686018427387904x4611686018427387904x8xf32>) -> "
     "tensor<4611686018427387904x4611686018427387904x8xf32>",
     "tensor<4611686018427387904x4611686018427387904x8xf32>", ""},
    {"2^62 width",
     "%0 = \"ane.rms_norm\"(%x) {axes = array<i64: -1>, epsilon = 1.0e-05 : f32} : "
     "(tensor<2x4611686018427387904xf32>) -> tensor<2x4611686018427387904xf32>",
     "tensor<2x4611686018427387904xf32>", ""},
    // The old lowering's chain over rows that do not match x: fuse-norms
    // must not overflow computing M = 2^62 * 4. (The valid [8, 8, 1, 1]
    // rows' own chain fuses into a norm over their axis 1.)
    {"overflowing rows",
     "%e = arith.constant dense<1.0e-05> : tensor<1xf32>\n"
     "  %d = arith.constant dense<1.250000e-01> : tensor<1xf32>\n"
     "  %r = \"ane.reshape\"(%x) {shape = array<i64: 8, 8, 1, 1>} : "
     "(tensor<4611686018427387904x4x8xf32>) -> tensor<8x8x1x1xf32>\n"
     "  %q = \"ane.mul\"(%r, %r) : (tensor<8x8x1x1xf32>, "
     "tensor<8x8x1x1xf32>) -> tensor<8x8x1x1xf32>\n"
     "  %s = \"ane.reduce_sum\"(%q) {axes = array<i64: 1>, keep_dims = true} "
     ": (tensor<8x8x1x1xf32>) -> tensor<8x1x1x1xf32>\n"
     "  %m = \"ane.mul\"(%s, %d) : (tensor<8x1x1x1xf32>, tensor<1xf32>) -> "
     "tensor<8x1x1x1xf32>\n"
     "  %a = \"ane.add\"(%m, %e) : (tensor<8x1x1x1xf32>, tensor<1xf32>) -> "
     "tensor<8x1x1x1xf32>\n"
     "  %t = \"ane.rsqrt\"(%a) {epsilon = 0.000000e+00 : f32} : "
     "(tensor<8x1x1x1xf32>) -> tensor<8x1x1x1xf32>\n"
     "  %y = \"ane.mul\"(%r, %t) : (tensor<8x8x1x1xf32>, "
     "tensor<8x1x1x1xf32>) -> tensor<8x8x1x1xf32>\n"
     "  %0 = \"ane.reshape\"(%y) {shape = array<i64: 4611686018427387904, 4, "
     "8>} : (tensor<8x8x1x1xf32>) -> tensor<4611686018427387904x4x8xf32>",
     "tensor<4611686018427387904x4x8xf32>", ""},
};

static const char *kPipelines[] = {
    "lower-norms{strategy=l2}",
    "lower-norms{strategy=reduce-sum}",
    "lower-norms{strategy=layer-norm}",
    "fuse-norms",
};

static void runCase(const Case *c, const char *pipeline) {
  char text[4096], spec[128];
  snprintf(text, sizeof(text),
           "func.func @f(%%x: %s%s) -> %s {\n  %s\n  return %%0 : %s\n}",
           c->type, c->extraArg, c->type, c->body, c->type);
  snprintf(spec, sizeof(spec), "builtin.module(func.func(%s))", pipeline);
  MlirContext ctx = mlirContextCreate();
  aneContextLoadDialect(ctx);
  FirstDiagnostic first = {.length = 0, .count = 0};
  MlirDiagnosticHandlerID handler =
      mlirContextAttachDiagnosticHandler(ctx, keepFirst, &first, NULL);
  MlirModule module =
      mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(text));
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  aneParsePassPipeline(mlirPassManagerGetAsOpPassManager(pm),
                       mlirStringRefCreateFromCString(spec), printStderr,
                       NULL);
  MlirLogicalResult result =
      mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module));
  // Nothing built from the bad ops: the function holds as many ops as
  // before.
  MlirOperation func = mlirBlockGetFirstOperation(mlirModuleGetBody(module));
  MlirBlock body = mlirRegionGetFirstBlock(mlirOperationGetRegion(func, 0));
  int ops = 0;
  for (MlirOperation o = mlirBlockGetFirstOperation(body);
       !mlirOperationIsNull(o); o = mlirOperationGetNextInBlock(o))
    ++ops;
  MlirStringRef name = mlirIdentifierStr(
      mlirOperationGetName(mlirBlockGetFirstOperation(body)));
  fprintf(stderr, "%s, %s: %s, %d ops, %.*s; %s\n", c->name, pipeline,
          mlirLogicalResultIsSuccess(result) ? "success" : "failure", ops,
          (int)name.length, name.data, first.text);
  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);
  mlirContextDetachDiagnosticHandler(ctx, handler);
  mlirContextDestroy(ctx);
}

int main(void) {
  for (size_t c = 0; c < sizeof(kCases) / sizeof(*kCases); ++c)
    for (size_t p = 0; p < sizeof(kPipelines) / sizeof(*kPipelines); ++p)
      runCase(&kCases[c], kPipelines[p]);
  return 0;
}
