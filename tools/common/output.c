//===- output.c - Atomic output writing
//------------------------------------===//

#include "output.h"

#include "tool_name.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void aneBufferAppend(AneBuffer *buffer, const char *data, size_t length) {
  if (buffer->length + length + 1 > buffer->capacity) {
    size_t capacity = buffer->capacity ? buffer->capacity : 4096;
    while (buffer->length + length + 1 > capacity)
      capacity *= 2;
    buffer->data = realloc(buffer->data, capacity);
    buffer->capacity = capacity;
  }
  memcpy(buffer->data + buffer->length, data, length);
  buffer->length += length;
  buffer->data[buffer->length] = '\0';
}

void aneBufferAppendString(AneBuffer *buffer, const char *s) {
  aneBufferAppend(buffer, s, strlen(s));
}

void aneBufferDestroy(AneBuffer *buffer) {
  free(buffer->data);
  *buffer = (AneBuffer){0};
}

static bool writeAll(FILE *f, const AneBuffer *buffer) {
  return buffer->length == 0 ||
         fwrite(buffer->data, 1, buffer->length, f) == buffer->length;
}

bool aneWriteOutput(const char *path, const AneBuffer *buffer) {
  if (!path || strcmp(path, "-") == 0) {
    bool ok = writeAll(stdout, buffer) && fflush(stdout) == 0;
    if (!ok)
      fprintf(stderr, "%s: error: cannot write to stdout: %s\n", aneToolName,
              strerror(errno));
    return ok;
  }
  // The temporary file sits next to the target so rename() is atomic.
  size_t n = strlen(path);
  char *tmp = malloc(n + 16);
  snprintf(tmp, n + 16, "%s.tmp-XXXXXX", path);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    fprintf(stderr, "%s: error: cannot open output file '%s': %s\n",
            aneToolName, path, strerror(errno));
    free(tmp);
    return false;
  }
  // mkstemp creates the file 0600; give it the usual umask-derived mode.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  FILE *f = fdopen(fd, "wb");
  bool ok = f && writeAll(f, buffer);
  int savedErrno = errno;
  if (f)
    ok = (fclose(f) == 0) && ok;
  else
    close(fd);
  if (ok && rename(tmp, path) != 0) {
    savedErrno = errno;
    ok = false;
  }
  if (!ok) {
    fprintf(stderr, "%s: error: cannot write output file '%s': %s\n",
            aneToolName, path, strerror(savedErrno));
    unlink(tmp);
  }
  free(tmp);
  return ok;
}
