//===- npy.c - Read and write NumPy .npy files (format 1.0-3.0) -----------===//

#include "npy.h"

#include "dialect/fp16.h"
#include "support/checked_math.h"
#include "support/files.h"

#include <errno.h>
#include <fcntl.h>
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

//===----------------------------------------------------------------------===//
// Header dict
//===----------------------------------------------------------------------===//

typedef struct {
  const char *p, *end;
  char *error;
  size_t errorSize;
} Cursor;

static void skipSpaces(Cursor *c) {
  while (c->p < c->end && *c->p == ' ')
    ++c->p;
}

static bool take(Cursor *c, char ch) {
  skipSpaces(c);
  if (c->p < c->end && *c->p == ch) {
    ++c->p;
    return true;
  }
  return false;
}

static bool failAt(Cursor *c, const char *what) {
  snprintf(c->error, c->errorSize, "malformed header: %s", what);
  return false;
}

// A quoted Python string; `*text`/`*length` point into the header.
static bool parseString(Cursor *c, const char **text, size_t *length) {
  skipSpaces(c);
  if (c->p >= c->end || (*c->p != '\'' && *c->p != '"'))
    return failAt(c, "expected a quoted string");
  char quote = *c->p++;
  const char *start = c->p;
  while (c->p < c->end && *c->p != quote)
    ++c->p;
  if (c->p >= c->end)
    return failAt(c, "unterminated string");
  *text = start;
  *length = (size_t)(c->p - start);
  ++c->p;
  return true;
}

static bool isWord(const char *text, size_t length, const char *word) {
  return length == strlen(word) && memcmp(text, word, length) == 0;
}

// `True` or `False`, as a whole word.
static bool parseBool(Cursor *c, bool *value) {
  skipSpaces(c);
  const char *start = c->p;
  while (c->p < c->end &&
         ((*c->p >= 'a' && *c->p <= 'z') || (*c->p >= 'A' && *c->p <= 'Z')))
    ++c->p;
  size_t n = (size_t)(c->p - start);
  if (isWord(start, n, "True"))
    *value = true;
  else if (isWord(start, n, "False"))
    *value = false;
  else
    return failAt(c, "fortran_order must be True or False");
  return true;
}

// `(d0, d1, ...)` with an optional trailing comma; `()` is rank 0.
static bool parseShape(Cursor *c, AneNpyHeader *h) {
  if (!take(c, '('))
    return failAt(c, "shape must be a tuple");
  h->rank = 0;
  h->count = 1;
  for (;;) {
    skipSpaces(c);
    if (take(c, ')'))
      return true;
    if (c->p >= c->end || *c->p < '0' || *c->p > '9')
      return failAt(c, "shape entries must be non-negative integers");
    int64_t d = 0;
    while (c->p < c->end && *c->p >= '0' && *c->p <= '9') {
      if (!aneCheckedMulI64(d, 10, &d) || !aneCheckedAddI64(d, *c->p - '0', &d))
        return failAt(c, "a shape entry overflows 64 bits");
      ++c->p;
    }
    if (h->rank == ANE_NPY_MAX_RANK)
      return failAt(c, "more than 32 dimensions");
    h->dims[h->rank++] = d;
    if (!aneCheckedMulI64(h->count, d, &h->count))
      return failAt(c, "the element count overflows 64 bits");
    if (!take(c, ',')) {
      if (!take(c, ')'))
        return failAt(c, "expected ',' or ')' in the shape");
      return true;
    }
  }
}

bool aneNpyParseHeader(const char *text, size_t length, AneNpyHeader *out,
                       char *error, size_t errorSize) {
  static const struct {
    const char *descr;
    AneNpyDType dtype;
  } kDescrs[] = {{"<f2", ANE_NPY_F2},
                 {"<f4", ANE_NPY_F4},
                 {"<f8", ANE_NPY_F8},
                 {"<i4", ANE_NPY_I4},
                 {"<i8", ANE_NPY_I8},
                 {"|b1", ANE_NPY_B1},
                 {"|i1", ANE_NPY_I1},
                 {"|u1", ANE_NPY_U1}};
  enum { kNumDescrs = sizeof(kDescrs) / sizeof(kDescrs[0]) };
  Cursor c = {text, text + length, error, errorSize};
  bool seenDescr = false, seenOrder = false, seenShape = false;
  if (!take(&c, '{'))
    return failAt(&c, "expected '{'");
  while (!take(&c, '}')) {
    const char *key;
    size_t keyLength;
    if (!parseString(&c, &key, &keyLength))
      return false;
    if (!take(&c, ':'))
      return failAt(&c, "expected ':' after a key");
    if (isWord(key, keyLength, "descr") && !seenDescr) {
      const char *descr;
      size_t n;
      if (!parseString(&c, &descr, &n))
        return false;
      size_t k = 0;
      while (k < kNumDescrs && !isWord(descr, n, kDescrs[k].descr))
        ++k;
      if (k == kNumDescrs) {
        snprintf(error, errorSize,
                 "unsupported dtype '%.*s' (expected <f2, "
                 "<f4, <f8, <i4, <i8, |b1, |i1 or |u1)",
                 (int)(n < 16 ? n : 16), descr);
        return false;
      }
      out->dtype = kDescrs[k].dtype;
      seenDescr = true;
    } else if (isWord(key, keyLength, "fortran_order") && !seenOrder) {
      bool fortran;
      if (!parseBool(&c, &fortran))
        return false;
      if (fortran) {
        snprintf(error, errorSize, "Fortran-order arrays are not supported");
        return false;
      }
      seenOrder = true;
    } else if (isWord(key, keyLength, "shape") && !seenShape) {
      if (!parseShape(&c, out))
        return false;
      seenShape = true;
    } else {
      return failAt(&c, "keys must be 'descr', 'fortran_order' and 'shape', "
                        "each once");
    }
    if (!take(&c, ',')) {
      if (!take(&c, '}'))
        return failAt(&c, "expected ',' or '}' after a value");
      break;
    }
  }
  if (!seenDescr || !seenOrder || !seenShape)
    return failAt(&c, "'descr', 'fortran_order' and 'shape' are required");
  skipSpaces(&c);
  if (c.p < c.end && *c.p == '\n')
    ++c.p;
  if (c.p != c.end)
    return failAt(&c, "unexpected text after the dict");
  return true;
}

//===----------------------------------------------------------------------===//
// Reading
//===----------------------------------------------------------------------===//

static const size_t kElementSize[] = {2, 4, 8, 4, 8, 1, 1, 1};

// "(2, 3)" / "[2, 3]" into `buf`.
static const char *formatDims(const int64_t *dims, int rank, bool tuple,
                              char *buf, size_t cap) {
  size_t used = (size_t)snprintf(buf, cap, "%s", tuple ? "(" : "[");
  for (int i = 0; i < rank && used < cap; ++i)
    used += (size_t)snprintf(buf + used, cap - used, "%s%lld", i ? ", " : "",
                             (long long)dims[i]);
  if (used < cap)
    snprintf(buf + used, cap - used, "%s",
             tuple ? (rank == 1 ? ",)" : ")") : "]");
  return buf;
}

static bool readExactly(FILE *f, void *buf, size_t size) {
  return fread(buf, 1, size, f) == size;
}

bool aneNpyReadInto(const char *path, AneTensor *t, char *error,
                    size_t errorSize) {
  // Regular files only: O_NONBLOCK so that a FIFO fails the check below
  // instead of blocking in open().
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0) {
    snprintf(error, errorSize, "cannot open '%s': %s", path, strerror(errno));
    if (fd >= 0)
      close(fd);
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    snprintf(error, errorSize, "'%s' is not a regular file", path);
    close(fd);
    return false;
  }
  FILE *f = fdopen(fd, "rb");
  if (!f) {
    snprintf(error, errorSize, "cannot open '%s': %s", path, strerror(errno));
    close(fd);
    return false;
  }
  unsigned char preamble[12];
  bool ok = false;
  char *header = NULL;
  unsigned char *raw = NULL;
  if (!readExactly(f, preamble, 8) || memcmp(preamble, "\x93NUMPY", 6) != 0) {
    snprintf(error, errorSize, "'%s' is not a .npy file", path);
    goto done;
  }
  unsigned version = preamble[6];
  if (version < 1 || version > 3 || preamble[7] != 0) {
    snprintf(error, errorSize,
             "'%s': .npy format version %u.%u is not supported (1.0-3.0)", path,
             version, preamble[7]);
    goto done;
  }
  int lengthBytes = version == 1 ? 2 : 4;
  if (!readExactly(f, preamble + 8, (size_t)lengthBytes)) {
    snprintf(error, errorSize, "'%s': truncated header", path);
    goto done;
  }
  uint32_t headerLength = readLE(preamble + 8, lengthBytes);
  if (headerLength > (1u << 20)) {
    snprintf(error, errorSize, "'%s': header too large", path);
    goto done;
  }
  header = malloc(headerLength ? headerLength : 1);
  if (!header || !readExactly(f, header, headerLength)) {
    snprintf(error, errorSize, "'%s': truncated header", path);
    goto done;
  }
  AneNpyHeader h;
  char why[192];
  if (!aneNpyParseHeader(header, headerLength, &h, why, sizeof(why))) {
    snprintf(error, errorSize, "'%s': %s", path, why);
    goto done;
  }
  bool sameShape = h.rank == t->rank;
  for (int i = 0; sameShape && i < h.rank; ++i)
    sameShape = h.dims[i] == t->dims[i];
  if (!sameShape) {
    char got[160], want[160];
    snprintf(error, errorSize,
             "'%s': shape %s does not match the argument's %s", path,
             formatDims(h.dims, h.rank, true, got, sizeof(got)),
             formatDims(t->dims, t->rank, false, want, sizeof(want)));
    goto done;
  }
  size_t elementSize = kElementSize[h.dtype];
  size_t dataBytes;
  uint64_t dataStart = 6 + 2 + (uint64_t)lengthBytes + headerLength;
  if (!aneCheckedByteSize(h.count, elementSize, &dataBytes) ||
      (uint64_t)st.st_size < dataStart ||
      (uint64_t)st.st_size - dataStart != dataBytes) {
    snprintf(error, errorSize,
             "'%s': the data is %llu bytes, but shape and dtype need %llu",
             path,
             (unsigned long long)((uint64_t)st.st_size > dataStart
                                      ? (uint64_t)st.st_size - dataStart
                                      : 0),
             (unsigned long long)((uint64_t)h.count * elementSize));
    goto done;
  }
  raw = malloc(dataBytes ? dataBytes : 1);
  if (!raw) {
    snprintf(error, errorSize, "'%s': out of memory", path);
    goto done;
  }
  if (!readExactly(f, raw, dataBytes)) {
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
      unsigned char b1;
      int8_t i1;
      uint8_t u1;
    } u;
    memcpy(&u, e, elementSize);
    switch (h.dtype) {
    case ANE_NPY_F2:
      t->data[i] = aneHalfToFloat(u.h);
      break;
    case ANE_NPY_F4:
      t->data[i] = u.f;
      break;
    case ANE_NPY_F8:
      t->data[i] = u.d;
      break;
    case ANE_NPY_I4:
      t->data[i] = u.i4;
      break;
    case ANE_NPY_I8:
      t->data[i] = (double)u.i8;
      break;
    case ANE_NPY_B1:
      t->data[i] = u.b1 != 0;
      break;
    case ANE_NPY_I1:
      t->data[i] = u.i1;
      break;
    case ANE_NPY_U1:
      t->data[i] = u.u1;
      break;
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
  const char *descr = t->dtype == ANE_DTYPE_F16    ? "<f2"
                      : t->dtype == ANE_DTYPE_F32  ? "<f4"
                      : t->dtype == ANE_DTYPE_BOOL ? "|b1"
                      : t->dtype == ANE_DTYPE_I8   ? "|i1"
                      : t->dtype == ANE_DTYPE_U8   ? "|u1"
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

  // The whole file is built in memory, written to a temporary file next to
  // `path` and renamed over it: a failed write (a full disk) leaves no
  // truncated .npy behind.
  bool oneByte = t->dtype == ANE_DTYPE_BOOL || t->dtype == ANE_DTYPE_I8 ||
                 t->dtype == ANE_DTYPE_U8;
  size_t elementSize = t->dtype == ANE_DTYPE_F16 ? 2 : oneByte ? 1 : 4;
  size_t dataBytes;
  if (!aneCheckedByteSize(t->size, elementSize, &dataBytes) ||
      dataBytes > SIZE_MAX - 10 - (size_t)headerLength) {
    snprintf(error, errorSize, "cannot write '%s': too large", path);
    return false;
  }
  size_t fileBytes = 10 + (size_t)headerLength + dataBytes;
  unsigned char *file = malloc(fileBytes);
  if (!file) {
    snprintf(error, errorSize, "cannot write '%s': out of memory", path);
    return false;
  }
  unsigned char preamble[10] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0,
                                (unsigned char)(headerLength & 0xff),
                                (unsigned char)(headerLength >> 8)};
  memcpy(file, preamble, 10);
  memcpy(file + 10, header, (size_t)headerLength);
  unsigned char *out = file + 10 + headerLength;
  for (int64_t i = 0; i < t->size; ++i, out += elementSize) {
    double v = t->data[i];
    if (t->dtype == ANE_DTYPE_F16) {
      uint16_t h = aneFloatToHalf((float)v);
      memcpy(out, &h, 2);
    } else if (t->dtype == ANE_DTYPE_F32) {
      float x = (float)v;
      memcpy(out, &x, 4);
    } else if (t->dtype == ANE_DTYPE_BOOL) {
      *out = v != 0.0;
    } else if (t->dtype == ANE_DTYPE_I8) {
      int8_t x = (int8_t)v; // stored values are in range (aneRoundValue)
      memcpy(out, &x, 1);
    } else if (t->dtype == ANE_DTYPE_U8) {
      *out = (uint8_t)v;
    } else {
      int32_t x = (int32_t)v;
      memcpy(out, &x, 4);
    }
  }
  char *tmp;
  bool ok = aneWriteTemporaryBeside(path, file, fileBytes, &tmp, error,
                                    errorSize);
  free(file);
  if (ok && rename(tmp, path) != 0) {
    snprintf(error, errorSize, "cannot write '%s': %s", path, strerror(errno));
    unlink(tmp);
    ok = false;
  }
  free(tmp);
  return ok;
}
