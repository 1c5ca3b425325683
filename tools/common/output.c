//===- output.c - Atomic output writing ------------------------------------===//

// realpath() is X/Open; fallocate() is Linux's.
#define _GNU_SOURCE

#include "output.h"

#include "tool_name.h"

#include "support/files.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>

bool aneWriteOutput(const char *path, const AneBuffer *buffer) {
  AneOutput out;
  aneOutputInit(&out, path);
  if (buffer->length) // An empty buffer may have no data (NULL) to copy.
    aneOutputAppend(&out, buffer->data, buffer->length);
  return aneOutputCommit(&out, true);
}

//===----------------------------------------------------------------------===//
// AneOutput
//===----------------------------------------------------------------------===//

// Files are written in chunks of this size: the printer hands over a few
// bytes at a time.
enum { kChunkSize = 1 << 16 };

static bool isStdout(const char *path) {
  return !path || strcmp(path, "-") == 0;
}

void aneOutputInit(AneOutput *out, const char *path) {
  *out = (AneOutput){.path = path, .fd = -1};
  if (isStdout(path)) {
    out->kind = ANE_OUTPUT_STDOUT;
    return;
  }
  out->kind = ANE_OUTPUT_ATOMIC;
  struct stat st;
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
    // /dev/null, a FIFO, a terminal: renaming a file over it would replace
    // the device node (as root) or fail; write to it in place.
    out->kind = ANE_OUTPUT_DIRECT;
    return;
  }
  // Replace what a symlink names, not the link itself.
  struct stat lst;
  char *resolved = NULL;
  if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
    resolved = realpath(path, NULL);
  out->target = resolved ? resolved : strdup(path);
}

static void fail(AneOutput *out, bool opening) {
  if (out->error)
    return;
  out->error = errno ? errno : EIO;
  out->openFailed = opening;
}

// Opens the file on first use; false once anything failed.
static bool ensureOpen(AneOutput *out) {
  if (out->error)
    return false;
  if (out->fd >= 0)
    return true;
  if (out->kind == ANE_OUTPUT_DIRECT) {
    out->fd = open(out->path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
  } else {
    // The temporary file sits next to the target so rename() is atomic.
    size_t n = strlen(out->target) + 16;
    out->tmpPath = malloc(n);
    snprintf(out->tmpPath, n, "%s.tmp-XXXXXX", out->target);
    out->fd = mkstemp(out->tmpPath);
    if (out->fd >= 0) {
      // mkstemp creates the file 0600; give it the usual umask-derived mode.
      mode_t mask = umask(0);
      umask(mask);
      fchmod(out->fd, 0666 & ~mask);
    } else {
      free(out->tmpPath);
      out->tmpPath = NULL;
    }
  }
  if (out->fd < 0) {
    fail(out, true);
    return false;
  }
  return true;
}

static void writeAll(AneOutput *out, const char *data, size_t length) {
  if (!ensureOpen(out))
    return;
  while (length > 0) {
    ssize_t n = write(out->fd, data, length);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0) {
      fail(out, false);
      return;
    }
    data += n;
    length -= (size_t)n;
  }
}

static void flushChunk(AneOutput *out) {
  writeAll(out, out->memory.data, out->memory.length);
  out->memory.length = 0;
}

void aneOutputAppendSlow(AneOutput *out, const char *data, size_t length) {
  if (length == 0) // `data` may be NULL then; memcpy must not see it.
    return;
  if (out->kind == ANE_OUTPUT_STDOUT) {
    aneBufferAppend(&out->memory, data, length);
    return;
  }
  if (out->error)
    return;
  AneBuffer *chunk = &out->memory;
  if (chunk->capacity == 0) {
    chunk->data = malloc(kChunkSize);
    chunk->capacity = kChunkSize;
  }
  if (chunk->length + length > chunk->capacity) {
    flushChunk(out);
    if (length >= chunk->capacity) {
      writeAll(out, data, length);
      return;
    }
  }
  memcpy(chunk->data + chunk->length, data, length);
  chunk->length += length;
}

void aneOutputAppendString(AneOutput *out, const char *s) {
  aneOutputAppend(out, s, strlen(s));
}

bool aneOutputAppendFile(AneOutput *out, int fd, off_t offset, size_t length) {
  if (out->kind == ANE_OUTPUT_STDOUT) {
    AneBuffer *b = &out->memory;
    if (!aneBufferReserve(b, length) ||
        !aneReadAt(fd, b->data + b->length, length, (uint64_t)offset))
      return false;
    b->length += length;
    b->data[b->length] = '\0';
    return true;
  }
  flushChunk(out); // what came before goes first; opens the file
  // The size is known: reserving the blocks first lets ext4 skip the
  // flush it does when the file is renamed over an existing one (its
  // auto_da_alloc: 25 ms of a 37 MB output, 2 ms once reserved). Only for
  // the temporary file, and only where the file system can (no emulation).
  off_t end = out->fd >= 0 && out->kind == ANE_OUTPUT_ATOMIC
                  ? lseek(out->fd, 0, SEEK_CUR)
                  : -1;
  if (end >= 0 && length > 0)
    (void)fallocate(out->fd, 0, end, (off_t)length);
  while (length > 0 && !out->error) {
    ssize_t n = sendfile(out->fd, fd, &offset, length);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0 && (errno == EINVAL || errno == ENOSYS))
      break; // not between these two files: through the chunk below
    if (n <= 0) {
      fail(out, false);
      return true;
    }
    length -= (size_t)n;
  }
  AneBuffer *chunk = &out->memory;
  if (length > 0 && !out->error && chunk->capacity == 0) {
    chunk->data = malloc(kChunkSize);
    chunk->capacity = chunk->data ? kChunkSize : 0;
  }
  while (length > 0 && !out->error && chunk->capacity) {
    size_t n = length < chunk->capacity ? length : chunk->capacity;
    if (!aneReadAt(fd, chunk->data, n, (uint64_t)offset)) {
      fail(out, false);
      break;
    }
    chunk->length = n;
    flushChunk(out);
    offset += (off_t)n;
    length -= n;
  }
  return true;
}

char *aneOutputScratchFolder(const AneOutput *out) {
  if (out->kind == ANE_OUTPUT_ATOMIC)
    return aneFolderOf(out->target);
  const char *tmp = getenv("TMPDIR");
  return strdup(tmp && *tmp ? tmp : "/tmp");
}

static bool commitStdout(AneOutput *out) {
  const AneBuffer *b = &out->memory;
  bool ok = (b->length == 0 || fwrite(b->data, 1, b->length, stdout) ==
                                   b->length) &&
            fflush(stdout) == 0;
  if (!ok)
    fprintf(stderr, "%s: error: cannot write to stdout: %s\n", aneToolName,
            strerror(errno));
  return ok;
}

static bool commitFile(AneOutput *out, bool keep) {
  if (keep) {
    flushChunk(out); // also creates the file if nothing was written
  }
  if (out->fd >= 0 && close(out->fd) != 0 && keep)
    fail(out, false);
  out->fd = -1;
  bool ok = keep && !out->error;
  if (ok && out->kind == ANE_OUTPUT_ATOMIC &&
      rename(out->tmpPath, out->target) != 0)
    fail(out, false);
  ok = keep && !out->error;
  if (!ok && out->tmpPath)
    unlink(out->tmpPath);
  if (keep && out->error)
    fprintf(stderr, "%s: error: cannot %s output file '%s': %s\n",
            aneToolName, out->openFailed ? "open" : "write", out->path,
            strerror(out->error));
  return ok;
}

bool aneOutputCommit(AneOutput *out, bool keep) {
  bool ok = out->kind == ANE_OUTPUT_STDOUT ? commitStdout(out)
                                           : commitFile(out, keep);
  aneBufferDestroy(&out->memory);
  free(out->target);
  free(out->tmpPath);
  *out = (AneOutput){.fd = -1};
  return ok;
}
