//===- buffer.c - The one growable byte buffer / string builder -----------===//

#include "support/buffer.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool aneBufferReserve(AneBuffer *b, size_t extra) {
  if (b->outOfMemory)
    return false;
  if (extra > SIZE_MAX / 2 - b->length) {
    b->outOfMemory = true;
    return false;
  }
  size_t needed = b->length + extra + 1;
  if (needed <= b->capacity)
    return true;
  size_t capacity = b->capacity ? b->capacity : 4096;
  while (capacity < needed)
    capacity *= 2;
  char *grown = realloc(b->data, capacity);
  if (!grown) {
    b->outOfMemory = true;
    return false;
  }
  b->data = grown;
  b->capacity = capacity;
  return true;
}

bool aneBufferTryAppend(AneBuffer *b, const void *data, size_t length) {
  if (!aneBufferReserve(b, length))
    return false;
  if (length)
    memcpy(b->data + b->length, data, length);
  b->length += length;
  b->data[b->length] = '\0';
  return true;
}

void aneBufferAppendString(AneBuffer *b, const char *s) {
  aneBufferAppendBytes(b, s, strlen(s));
}

void aneBufferAppendf(AneBuffer *b, const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  int n = vsnprintf(NULL, 0, fmt, args);
  va_end(args);
  if (n < 0 || !aneBufferReserve(b, (size_t)n))
    return;
  va_start(args, fmt);
  vsnprintf(b->data + b->length, (size_t)n + 1, fmt, args);
  va_end(args);
  b->length += (size_t)n;
}

void aneBufferAppend(AneBuffer *b, const char *data, size_t length) {
  if (!aneBufferTryAppend(b, data, length)) {
    fprintf(stderr, "out of memory\n");
    abort();
  }
}

void aneBufferDestroy(AneBuffer *b) {
  free(b->data);
  *b = (AneBuffer){0};
}
