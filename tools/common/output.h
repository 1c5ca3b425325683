//===- output.h - Atomic output writing ------------------------------------===//

#ifndef ANE_OPT_OUTPUT_H
#define ANE_OPT_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <sys/types.h>

#include "support/buffer.h"

/// Writes `buffer` to `path` (NULL or "-": stdout), as aneOutputCommit does.
/// Prints an error and returns false on failure.
bool aneWriteOutput(const char *path, const AneBuffer *buffer);

/// Where a tool's output goes, written as it is produced:
///  - stdout (path NULL or "-"): collected in memory and written at commit;
///  - a regular file (or a path that does not exist yet): streamed into a
///    temporary sibling, created at the first write, and renamed over `path`
///    at commit, so a failure never leaves a partial or truncated file (a
///    symlink is followed: the file it names is replaced, the link kept);
///  - anything else (/dev/null, a FIFO, a terminal): written in place, as
///    it is produced, since such files cannot be replaced atomically.
typedef struct {
  const char *path;
  enum { ANE_OUTPUT_STDOUT, ANE_OUTPUT_ATOMIC, ANE_OUTPUT_DIRECT } kind;
  AneBuffer memory; ///< stdout: everything; files: the pending chunk.
  char *target;     ///< ATOMIC: the file to replace (symlinks resolved).
  char *tmpPath;    ///< ATOMIC: the temporary file, once created.
  int fd;           ///< The open file, or -1.
  int error;        ///< errno of the first failure, 0 if none.
  bool openFailed;  ///< The first failure was opening (else writing).
} AneOutput;

/// Prepares output to `path`; nothing is created yet.
void aneOutputInit(AneOutput *out, const char *path);

void aneOutputAppendSlow(AneOutput *out, const char *data, size_t length);

/// Appends bytes to the output. (The printer calls this for every few bytes:
/// the common case is a copy into the pending chunk.)
static inline void aneOutputAppend(AneOutput *out, const char *data,
                                   size_t length) {
  AneBuffer *chunk = &out->memory;
  if (out->kind != ANE_OUTPUT_STDOUT &&
      length <= chunk->capacity - chunk->length) {
    char *to = chunk->data + chunk->length;
    // Most pieces are a few bytes: copy them with fixed-size moves (two
    // possibly overlapping halves) instead of a call to memcpy.
    if (length >= 4 && length <= 16) {
      size_t half = length >= 8 ? 8 : 4;
      if (half == 8) {
        memcpy(to, data, 8);
        memcpy(to + length - 8, data + length - 8, 8);
      } else {
        memcpy(to, data, 4);
        memcpy(to + length - 4, data + length - 4, 4);
      }
    } else if (length > 0 && length < 4) {
      to[0] = data[0];
      to[length / 2] = data[length / 2];
      to[length - 1] = data[length - 1];
    } else if (length) {
      memcpy(to, data, length);
    }
    chunk->length += length;
    return;
  }
  aneOutputAppendSlow(out, data, length);
}

void aneOutputAppendString(AneOutput *out, const char *s);

/// Appends `length` bytes of the open file `fd` from `offset`: copied by the
/// kernel into an output file (no copy in this process), read into memory
/// for stdout. False, with nothing appended, if they cannot be read into
/// memory; failing to write a file is the output's error, as for
/// aneOutputAppend.
bool aneOutputAppendFile(AneOutput *out, int fd, off_t offset, size_t length);

/// A folder for scratch files that belong with this output, malloc'ed (NULL
/// if out of memory): the target's own folder for a file (the temporary file
/// goes there too), otherwise $TMPDIR or /tmp.
char *aneOutputScratchFolder(const AneOutput *out);

/// Finishes the output. With `keep`, stdout gets the collected bytes and a
/// file is completed (created empty if nothing was written) and moved into
/// place; without, stdout still gets them (a failed run still shows what
/// succeeded, as with mlir-opt) but a temporary file is removed. Prints an
/// error and returns false if writing failed. Frees everything.
bool aneOutputCommit(AneOutput *out, bool keep);

#endif // ANE_OPT_OUTPUT_H
