//===- npy.c - Read and write NumPy .npy files (format 1.0-3.0) -----------===//

#include "npy.h"

#include "fp16.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static uint32_t readLE(const unsigned char *p, int n) {
  uint32_t v = 0;
  for (int i = n - 1; i >= 0; --i)
    v = (v << 8) | p[i];
  return v;
}

// Finds `'key':` in the header dict and returns the text after it.
static const char *dictValue(const char *header, const char *key) {
  char pattern[32];
  snprintf(pattern, sizeof(pattern), "'%s':", key);
  const char *p = strstr(header, pattern);
  if (!p)
    return NULL;
  p += strlen(pattern);
  while (*p == ' ')
    ++p;
  return p;
}

bool aneNpyReadInto(const char *path, AneTensor *t, char *error,
                    size_t errorSize) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    snprintf(error, errorSize, "cannot open '%s': %s", path, strerror(errno));
    return false;
  }
  unsigned char preamble[12];
  bool ok = false;
  char *header = NULL;
  unsigned char *raw = NULL;
  size_t n = fread(preamble, 1, 10, f);
  if (n != 10 || memcmp(preamble, "\x93NUMPY", 6) != 0) {
    snprintf(error, errorSize, "'%s' is not a .npy file", path);
    goto done;
  }
  uint32_t headerLength;
  if (preamble[6] == 1) {
    headerLength = readLE(preamble + 8, 2);
  } else if (fread(preamble + 10, 1, 2, f) == 2) {
    headerLength = readLE(preamble + 8, 4);
  } else {
    snprintf(error, errorSize, "'%s': truncated header", path);
    goto done;
  }
  if (headerLength > (1u << 20)) {
    snprintf(error, errorSize, "'%s': header too large", path);
    goto done;
  }
  header = calloc(headerLength + 1, 1);
  if (fread(header, 1, headerLength, f) != headerLength) {
    snprintf(error, errorSize, "'%s': truncated header", path);
    goto done;
  }
  const char *descr = dictValue(header, "descr");
  const char *order = dictValue(header, "fortran_order");
  const char *shape = dictValue(header, "shape");
  if (!descr || !order || !shape) {
    snprintf(error, errorSize, "'%s': malformed header", path);
    goto done;
  }
  if (strncmp(order, "False", 5) != 0) {
    snprintf(error, errorSize, "'%s': Fortran-order arrays are not supported",
             path);
    goto done;
  }
  static const struct {
    const char *descr;
    int size;
  } kDescrs[] = {{"'<f2'", 2}, {"'<f4'", 4}, {"'<f8'", 8},
                 {"'<i4'", 4}, {"'<i8'", 8}};
  int kind = -1;
  for (int k = 0; k < 5; ++k)
    if (strncmp(descr, kDescrs[k].descr, strlen(kDescrs[k].descr)) == 0)
      kind = k;
  if (kind < 0) {
    snprintf(error, errorSize,
             "'%s': unsupported dtype (expected <f2, <f4, <f8, <i4 or <i8)",
             path);
    goto done;
  }
  // shape: "(a, b, )" -> dims; must equal the argument's.
  int64_t dims[8];
  int rank = 0;
  const char *p = shape + 1;
  while (*p && *p != ')' && rank < 8) {
    char *end;
    long long d = strtoll(p, &end, 10);
    if (end == p)
      break;
    dims[rank++] = d;
    p = end;
    while (*p == ',' || *p == ' ')
      ++p;
  }
  bool sameShape = rank == t->rank;
  for (int i = 0; sameShape && i < rank; ++i)
    sameShape = dims[i] == t->dims[i];
  if (!sameShape) {
    snprintf(error, errorSize, "'%s': shape %s does not match the argument",
             path, shape);
    goto done;
  }
  size_t elementSize = (size_t)kDescrs[kind].size;
  raw = malloc((size_t)t->size * elementSize + 1);
  if (fread(raw, elementSize, (size_t)t->size, f) != (size_t)t->size) {
    snprintf(error, errorSize, "'%s': truncated data", path);
    goto done;
  }
  for (int64_t i = 0; i < t->size; ++i) {
    const unsigned char *e = raw + (size_t)i * elementSize;
    union {
      uint16_t h;
      float f;
      double d;
      int32_t i4;
      int64_t i8;
    } u;
    memcpy(&u, e, elementSize);
    switch (kind) {
    case 0: t->data[i] = aneHalfToFloat(u.h); break;
    case 1: t->data[i] = u.f; break;
    case 2: t->data[i] = u.d; break;
    case 3: t->data[i] = u.i4; break;
    default: t->data[i] = (double)u.i8; break;
    }
  }
  ok = true;
done:
  free(header);
  free(raw);
  fclose(f);
  return ok;
}

bool aneNpyWrite(const char *path, const AneTensor *t, char *error,
                 size_t errorSize) {
  const char *descr = t->dtype == ANE_DTYPE_F16   ? "<f2"
                      : t->dtype == ANE_DTYPE_F32 ? "<f4"
                                                  : "<i4";
  char shape[256] = "(";
  for (int i = 0; i < t->rank; ++i) {
    char dim[32];
    snprintf(dim, sizeof(dim), "%lld,%s", (long long)t->dims[i],
             i + 1 < t->rank ? " " : "");
    strcat(shape, dim);
  }
  strcat(shape, ")");
  char header[512];
  int n = snprintf(header, sizeof(header),
                   "{'descr': '%s', 'fortran_order': False, 'shape': %s, }",
                   descr, shape);
  // Pad with spaces so data starts on a 64-byte boundary; end with '\n'.
  int total = 10 + n + 1;
  int pad = (64 - total % 64) % 64;
  memset(header + n, ' ', (size_t)pad);
  header[n + pad] = '\n';
  int headerLength = n + pad + 1;

  // Written to a temporary file next to `path`, then renamed over it: a
  // failed write (a full disk) leaves no truncated .npy behind.
  size_t tmpSize = strlen(path) + 16;
  char *tmp = malloc(tmpSize);
  if (!tmp) {
    snprintf(error, errorSize, "cannot write '%s': out of memory", path);
    return false;
  }
  snprintf(tmp, tmpSize, "%s.tmp-XXXXXX", path);
  int fd = mkstemp(tmp);
  FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
  if (!f) {
    snprintf(error, errorSize, "cannot open '%s': %s", path, strerror(errno));
    if (fd >= 0) {
      close(fd);
      unlink(tmp);
    }
    free(tmp);
    return false;
  }
  // mkstemp creates the file 0600; give it the usual umask-derived mode.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  unsigned char preamble[10] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0,
                                (unsigned char)(headerLength & 0xff),
                                (unsigned char)(headerLength >> 8)};
  bool ok = fwrite(preamble, 1, 10, f) == 10 &&
            fwrite(header, 1, (size_t)headerLength, f) == (size_t)headerLength;
  for (int64_t i = 0; ok && i < t->size; ++i) {
    double v = t->data[i];
    if (t->dtype == ANE_DTYPE_F16) {
      uint16_t h = aneFloatToHalf((float)v);
      ok = fwrite(&h, 2, 1, f) == 1;
    } else if (t->dtype == ANE_DTYPE_F32) {
      float x = (float)v;
      ok = fwrite(&x, 4, 1, f) == 1;
    } else {
      int32_t x = (int32_t)v;
      ok = fwrite(&x, 4, 1, f) == 1;
    }
  }
  int writeErrno = ok ? 0 : errno;
  if (fclose(f) != 0 && ok) {
    ok = false;
    writeErrno = errno;
  }
  if (ok && rename(tmp, path) != 0) {
    ok = false;
    writeErrno = errno;
  }
  if (!ok) {
    snprintf(error, errorSize, "cannot write '%s': %s", path,
             strerror(writeErrno ? writeErrno : EIO));
    unlink(tmp);
  }
  free(tmp);
  return ok;
}
