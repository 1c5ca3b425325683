// The tools' buffered IR printing (tools/common/print_ir.c): the bytes are
// mlirOperationPrintWithFlags's under every printing flag ane-opt uses, for
// stdout and for a file, with aliases and locations; the buffered way is
// really taken; it is refused (and the caller falls back) without a scratch
// folder or with a module symbol too long for a folder name; no scratch is
// left behind.
// RUN: rm -rf %t && mkdir -p %t
// RUN: ane-tools-print-ir %t 2>&1 | FileCheck %s

#include "output.h"
#include "print_ir.h"

#include "ane-c/Dialect.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/IR.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const char *aneToolName = "ane-tools-print-ir";

static const char kModule[] =
    "#map = affine_map<(d0) -> (d0 + 1)>\n"
    "module @named {\n"
    "  func.func @f(%x: tensor<4xf32> loc(\"in.mlir\":2:3)) -> tensor<4xf32>\n"
    "      attributes {test.map = #map, test.big = dense<[1.0, 2.0, 3.0, "
    "4.0]> : tensor<4xf32>} {\n"
    "    %c = arith.constant dense<0.5> : tensor<1xf32> loc(\"in.mlir\":4:5)\n"
    "    %0 = \"ane.mul\"(%x, %c) : (tensor<4xf32>, tensor<1xf32>) -> "
    "tensor<4xf32> loc(fused[\"in.mlir\":5:6, \"a\"])\n"
    "    return %0 : tensor<4xf32>\n"
    "  }\n"
    "}\n";

static void appendToBuffer(MlirStringRef s, void *userData) {
  AneBuffer *buffer = userData;
  aneBufferAppend(buffer, s.data, s.length);
}

// The C API's print of `module` with `flags`, and a newline.
static AneBuffer reference(MlirOperation module, MlirOpPrintingFlags flags) {
  AneBuffer expected = {0};
  mlirOperationPrintWithFlags(module, flags, appendToBuffer, &expected);
  aneBufferAppend(&expected, "\n", 1);
  return expected;
}

static bool sameBytes(const AneBuffer *a, const char *data, size_t length) {
  return a->length == length && memcmp(a->data, data, length) == 0;
}

// Prints "<label>: buffered <0|1> same <0|1>" for a print to stdout (the
// output collects it in memory, which is compared, then dropped).
static void checkStdout(const char *label, MlirContext context,
                        MlirOperation module, MlirOpPrintingFlags flags) {
  AneBuffer expected = reference(module, flags);
  AneOutput out;
  aneOutputInit(&out, NULL);
  bool buffered = anePrintModuleBuffered(&out, context, module, flags);
  fprintf(stderr, "%s: buffered %d same %d\n", label, buffered,
          buffered && sameBytes(&expected, out.memory.data, out.memory.length));
  aneBufferDestroy(&out.memory);
  aneBufferDestroy(&expected);
}

// The same into a file, read back after the commit.
static void checkFile(const char *label, const char *path, MlirContext context,
                      MlirOperation module, MlirOpPrintingFlags flags) {
  AneBuffer expected = reference(module, flags);
  AneOutput out;
  aneOutputInit(&out, path);
  bool buffered = anePrintModuleBuffered(&out, context, module, flags);
  bool committed = aneOutputCommit(&out, true);
  AneBuffer got = {0};
  FILE *f = fopen(path, "rb");
  char chunk[4096];
  size_t n;
  while (f && (n = fread(chunk, 1, sizeof(chunk), f)) > 0)
    aneBufferAppend(&got, chunk, n);
  if (f)
    fclose(f);
  fprintf(stderr, "%s: buffered %d same %d\n", label, buffered && committed,
          sameBytes(&expected, got.data, got.length));
  aneBufferDestroy(&got);
  aneBufferDestroy(&expected);
}

static int countEntries(const char *folder) {
  DIR *dir = opendir(folder);
  int n = 0;
  struct dirent *entry;
  while (dir && (entry = readdir(dir)))
    n += strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0;
  if (dir)
    closedir(dir);
  return dir ? n : -1;
}

int main(int argc, char **argv) {
  if (argc != 2)
    return 2;
  char scratch[1024], path[1024], missing[1024];
  snprintf(scratch, sizeof(scratch), "%s/scratch", argv[1]);
  snprintf(path, sizeof(path), "%s/out.mlir", argv[1]);
  snprintf(missing, sizeof(missing), "%s/no-such-folder", argv[1]);
  mkdir(scratch, 0700);
  setenv("TMPDIR", scratch, 1);

  MlirContext context = mlirContextCreate();
  mlirContextSetAllowUnregisteredDialects(context, true);
  aneContextLoadDialect(context);
  MlirModule parsed =
      mlirModuleCreateParse(context, mlirStringRefCreateFromCString(kModule));
  MlirOperation module = mlirModuleGetOperation(parsed);

  MlirOpPrintingFlags flags = mlirOpPrintingFlagsCreate();
  mlirOpPrintingFlagsAssumeVerified(flags);
  checkStdout("plain", context, module, flags);
  // CHECK: plain: buffered 1 same 1
  checkFile("file", path, context, module, flags);
  // CHECK: file: buffered 1 same 1
  mlirOpPrintingFlagsEnableDebugInfo(flags, true, false);
  checkStdout("debuginfo", context, module, flags);
  // CHECK: debuginfo: buffered 1 same 1
  mlirOpPrintingFlagsPrintGenericOpForm(flags);
  mlirOpPrintingFlagsElideLargeElementsAttrs(flags, 2);
  checkStdout("generic elided", context, module, flags);
  // CHECK: generic elided: buffered 1 same 1
  mlirOpPrintingFlagsDestroy(flags);

  // Nothing is left in the scratch folder or beside the file.
  fprintf(stderr, "scratch entries: %d\n", countEntries(scratch));
  // CHECK: scratch entries: 0
  fprintf(stderr, "folder entries: %d\n", countEntries(argv[1]));
  // CHECK: folder entries: 2

  // Refused: no scratch folder; a symbol too long for a folder name.
  flags = mlirOpPrintingFlagsCreate();
  setenv("TMPDIR", missing, 1);
  checkStdout("no scratch", context, module, flags);
  // CHECK: no scratch: buffered 0 same 0
  setenv("TMPDIR", scratch, 1);
  char longName[300];
  memset(longName, 'n', sizeof(longName) - 1);
  longName[sizeof(longName) - 1] = '\0';
  mlirOperationSetAttributeByName(
      module, mlirStringRefCreateFromCString("sym_name"),
      mlirStringAttrGet(context, mlirStringRefCreateFromCString(longName)));
  checkStdout("long symbol", context, module, flags);
  // CHECK: long symbol: buffered 0 same 0
  mlirOpPrintingFlagsDestroy(flags);

  mlirModuleDestroy(parsed);
  mlirContextDestroy(context);
  return 0;
}
