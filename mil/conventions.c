//===- conventions.c - How MIL facts without an ANE op are kept in MLIR ----===//

#include "conventions.h"

#include <stdio.h>

const char *const milDefaultBuildInfo[][2] = {
    {"coremlc-component-MIL", "3520.4.1"},
    {"coremlc-version", "3520.5.1"},
};
const size_t milDefaultBuildInfoCount =
    sizeof(milDefaultBuildInfo) / sizeof(milDefaultBuildInfo[0]);

void milDefaultArgName(size_t index, char *out, size_t size) {
  snprintf(out, size, "arg%zu", index);
}

void milDefaultResultName(size_t index, char *out, size_t size) {
  snprintf(out, size, "out%zu", index);
}
