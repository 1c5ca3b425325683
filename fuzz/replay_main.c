//===- replay_main.c - Run the fuzz harness on files, without libFuzzer ---===//
//
// ane-fuzz-replay FILE...: calls the harness (ane_fuzz.c) once per file, in
// order, in one process, as libFuzzer does. Built in every configuration,
// so a finding can be replayed where libFuzzer is not: a release build under
// valgrind, which also sees memory errors inside MLIR's own (not
// sanitizer-instrumented) libraries.
//
//===----------------------------------------------------------------------===//

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// Reads `path` whole; returns NULL (and says why) if it cannot.
static uint8_t *readFile(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    return NULL;
  }
  size_t cap = 4096, n = 0;
  uint8_t *data = malloc(cap);
  size_t got;
  while (data && (got = fread(data + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      uint8_t *bigger = realloc(data, cap *= 2);
      if (!bigger)
        free(data);
      data = bigger;
    }
  }
  int failed = ferror(f);
  fclose(f);
  if (!data || failed) {
    fprintf(stderr, "%s: cannot read\n", path);
    free(data);
    return NULL;
  }
  *size = n;
  return data;
}

int main(int argc, char **argv) {
  LLVMFuzzerInitialize(&argc, &argv);
  int status = 0;
  for (int i = 1; i < argc; ++i) {
    size_t size;
    uint8_t *data = readFile(argv[i], &size);
    if (!data) {
      status = 1;
      continue;
    }
    fprintf(stderr, "ane-fuzz-replay: %s\n", argv[i]);
    LLVMFuzzerTestOneInput(data, size);
    free(data);
  }
  return status;
}
