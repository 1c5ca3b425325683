//===- npy_fuzz.c - libFuzzer harness: the .npy reader ---------------------===//
//
// Arbitrary bytes as a .npy file for an argument of shape [2, 3] (and the
// bytes after the 10-byte preamble as a header dict on their own): the
// reader must accept or refuse them with a message, never read past its
// buffers (docs/robustness.md, limits: .npy files).
//
//===----------------------------------------------------------------------===//

#include "interp/npy.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  snprintf(path, sizeof(path), "/tmp/ane-npy-fuzz-%ld.npy", (long)getpid());
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char error[512];
  // The header parser on its own, on an exact-length copy (so ASan sees any
  // read past it).
  if (size > 10) {
    char *header = malloc(size - 10);
    if (!header)
      return 0;
    memcpy(header, data + 10, size - 10);
    AneNpyHeader h;
    if (aneNpyParseHeader(header, size - 10, &h, error, sizeof(error)) &&
        (h.rank < 0 || h.rank > ANE_NPY_MAX_RANK || h.count < 0))
      abort(); // accepted a header it cannot describe
    free(header);
  }
  // The whole reader, through a file.
  FILE *f = fopen(path, "wb");
  if (!f)
    return 0;
  fwrite(data, 1, size, f);
  fclose(f);
  AneTensor t;
  int64_t dims[2] = {2, 3};
  if (aneTensorInit(&t, ANE_DTYPE_F32, 2, dims, error, sizeof(error))) {
    aneNpyReadInto(path, &t, error, sizeof(error));
    aneTensorDestroy(&t);
  }
  unlink(path);
  return 0;
}
