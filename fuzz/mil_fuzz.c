//===- mil_fuzz.c - libFuzzer harness: MIL import, then export -------------===//
//
// Arbitrary bytes as model.mil, in a folder whose weights/weight.bin holds
// a few valid blobs (fp16 [16] at 64, fp32 [4] at 192, int8 [10] at 320) so
// that BLOBFILE references reach the blob reader. A program that imports
// must export, and its export must import again (a broken promise aborts:
// docs/robustness.md). Errors are fine; crashes, sanitizer reports, hangs
// and reads outside the folder are findings.
//
//===----------------------------------------------------------------------===//

#include "mil/blob.h"
#include "mil/dtype.h"
#include "mil/exporter.h"
#include "mil/importer.h"

#include "ane-c/Dialect.h"

#include "mlir-c/Diagnostics.h"
#include "mlir-c/IR.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static MlirContext context;
static char modelDir[64];

static MlirLogicalResult ignoreDiagnostic(MlirDiagnostic d, void *userData) {
  (void)d;
  (void)userData;
  return mlirLogicalResultSuccess();
}

// Writes the folder's weights/weight.bin with the blob writer.
static void writeWeights(void) {
  char path[128];
  snprintf(path, sizeof(path), "%s/weights", modelDir);
  mkdir(modelDir, 0777);
  mkdir(path, 0777);
  MilBlobWriter w;
  milBlobWriterInit(&w);
  uint16_t halfs[16] = {0};
  float floats[4] = {1, 2, 3, 4};
  int8_t bytes[10] = {1, -2, 3, -4, 5, -6, 7, -8, 9, -10};
  milBlobWriterAdd(&w, milDTypeBlobCode(MIL_DT_FP16), halfs, sizeof(halfs));
  milBlobWriterAdd(&w, milDTypeBlobCode(MIL_DT_FP32), floats, sizeof(floats));
  milBlobWriterAdd(&w, milDTypeBlobCode(MIL_DT_INT8), bytes, sizeof(bytes));
  snprintf(path, sizeof(path), "%s/weights/weight.bin", modelDir);
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(w.bytes.data, 1, w.bytes.length, f) != w.bytes.length)
    abort();
  fclose(f);
  milBlobWriterDestroy(&w);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  snprintf(modelDir, sizeof(modelDir), "/tmp/ane-mil-fuzz-%ld",
           (long)getpid());
  writeWeights();
  context = mlirContextCreateWithThreading(false);
  mlirContextSetAllowUnregisteredDialects(context, true);
  if (mlirLogicalResultIsFailure(aneContextLoadDialect(context)))
    abort();
  mlirContextAttachDiagnosticHandler(context, ignoreDiagnostic, NULL, NULL);
  return 0;
}

static MlirModule import(const char *text, size_t length) {
  MilImportOptions options = {true, modelDir, NULL};
  return milImportText(context, "model.mil", text, length, &options);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  // The importer takes a buffer and a length, not a C string: an exact copy
  // lets ASan see any read past it.
  char *text = malloc(size ? size : 1);
  if (!text)
    return 0;
  memcpy(text, data, size);
  MlirModule module = import(text, size);
  free(text);
  if (mlirModuleIsNull(module))
    return 0;
  MilExportOptions options = {10, (uint64_t)1 << 30};
  MilExport out;
  bool exported =
      milExportModule(mlirModuleGetOperation(module), &options, &out);
  if (exported && out.weights.count == 0) {
    // (With weights, the export names weights/weight.bin of its own folder,
    // which would have to be written first; the text-only case is checked.)
    MlirModule again = import(out.text.data, out.text.length);
    if (mlirModuleIsNull(again)) {
      fprintf(stderr, "mil-fuzz: an imported program's export does not "
                      "import again:\n%.*s\n",
              (int)out.text.length, out.text.data);
      abort();
    }
    mlirModuleDestroy(again);
  }
  milExportDestroy(&out);
  mlirModuleDestroy(module);
  return 0;
}
