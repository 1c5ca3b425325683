//===- files.c - Folders of paths and files written beside their target ---===//

#include "support/files.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *aneFolderOf(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash || strcmp(path, "-") == 0)
    return strdup(".");
  if (slash == path)
    return strdup("/");
  return strndup(path, (size_t)(slash - path));
}

bool aneWriteTemporaryBeside(const char *target, const void *data,
                             size_t length, char **tmpPath, char *error,
                             size_t errorSize) {
  size_t n = strlen(target) + 16;
  char *tmp = malloc(n);
  *tmpPath = NULL;
  if (!tmp) {
    snprintf(error, errorSize, "cannot write '%s': out of memory", target);
    return false;
  }
  snprintf(tmp, n, "%s.tmp-XXXXXX", target);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    snprintf(error, errorSize, "cannot write '%s': %s", target,
             strerror(errno));
    free(tmp);
    return false;
  }
  // mkstemp creates the file 0600; give it the usual umask-derived mode.
  mode_t mask = umask(0);
  umask(mask);
  int savedErrno = 0;
  bool ok = fchmod(fd, 0666 & ~mask) == 0 || (savedErrno = errno, false);
  const char *p = data;
  while (ok && length > 0) {
    ssize_t written = write(fd, p, length);
    if (written < 0 && errno == EINTR)
      continue;
    if (written <= 0) {
      savedErrno = written < 0 ? errno : EIO;
      ok = false;
      break;
    }
    p += written;
    length -= (size_t)written;
  }
  if (ok && fsync(fd) != 0)
    ok = (savedErrno = errno, false);
  if (close(fd) != 0 && ok)
    ok = (savedErrno = errno, false);
  if (!ok) {
    snprintf(error, errorSize, "cannot write '%s': %s", target,
             strerror(savedErrno));
    unlink(tmp);
    free(tmp);
    return false;
  }
  *tmpPath = tmp;
  return true;
}

bool aneReadAt(int fd, void *buffer, size_t length, uint64_t offset) {
  unsigned char *to = buffer;
  while (length > 0) {
    ssize_t n = pread(fd, to, length, (off_t)offset);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return false;
    to += n;
    length -= (size_t)n;
    offset += (uint64_t)n;
  }
  return true;
}
