//===- files.h - Folders of paths and files written beside their target ---===//
//
// The pieces of all-or-nothing output that MIL export (model.mil and its
// weight file) and ane-run's .npy output share: data goes to a new
// temporary file in the target's folder, which the caller renames over the
// target once everything it writes is complete. And reading a file's bytes
// at an offset, which the weight-file reader and the tools' output share.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_SUPPORT_FILES_H
#define ANE_SUPPORT_FILES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// The folder part of `path`, malloc'ed: "." for a bare name and for "-"
/// (stdin), "/" for a file in the root. NULL if out of memory.
char *aneFolderOf(const char *path);

/// Writes `length` bytes to a new temporary file beside `target` (mode from
/// the umask, as a plain create would give), synced to disk. On success
/// `*tmpPath` is its malloc'ed path, to rename over `target` (or unlink).
/// On failure nothing is left behind and `error` says why, naming
/// `target`.
bool aneWriteTemporaryBeside(const char *target, const void *data,
                             size_t length, char **tmpPath, char *error,
                             size_t errorSize);

/// Reads exactly `length` bytes of `fd` at `offset` into `buffer` (pread,
/// again after a short read or EINTR); false on an error or end of file.
bool aneReadAt(int fd, void *buffer, size_t length, uint64_t offset);

#endif // ANE_SUPPORT_FILES_H
