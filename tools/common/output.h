//===- output.h - Atomic output writing ------------------------------------===//

#ifndef ANE_OPT_OUTPUT_H
#define ANE_OPT_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>

/// A growable byte buffer; the driver collects all output here first.
typedef struct {
  char *data;
  size_t length, capacity;
} AneBuffer;

void aneBufferAppend(AneBuffer *buffer, const char *data, size_t length);
void aneBufferAppendString(AneBuffer *buffer, const char *s);
void aneBufferDestroy(AneBuffer *buffer);

/// Writes `buffer` to `path` (NULL or "-": stdout). A file is written to a
/// temporary sibling and renamed over `path`, so a failure never leaves a
/// partial or truncated file. Prints an error and returns false on failure.
bool aneWriteOutput(const char *path, const AneBuffer *buffer);

#endif // ANE_OPT_OUTPUT_H
