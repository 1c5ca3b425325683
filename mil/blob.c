//===- blob.c - MILBlob storage format v2: the weight file -----------------===//

#include "blob.h"

#include "dtype.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

//===----------------------------------------------------------------------===//
// Little-endian fields
//===----------------------------------------------------------------------===//

static uint32_t readU32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
}

static uint64_t readU64(const unsigned char *p) {
  return (uint64_t)readU32(p) | (uint64_t)readU32(p + 4) << 32;
}

static void writeU32(unsigned char *p, uint32_t v) {
  for (int i = 0; i < 4; ++i)
    p[i] = (unsigned char)(v >> (8 * i));
}

static void writeU64(unsigned char *p, uint64_t v) {
  for (int i = 0; i < 8; ++i)
    p[i] = (unsigned char)(v >> (8 * i));
}

//===----------------------------------------------------------------------===//
// Reader
//===----------------------------------------------------------------------===//

typedef struct {
  char *path;
  int fd; ///< -1 if the file could not be opened (see `error`).
  uint64_t size;
  char error[256];
} OpenFile;

struct MilBlobReader {
  OpenFile *files;
  size_t numFiles, capacity;
};

MilBlobReader *milBlobReaderCreate(void) {
  return calloc(1, sizeof(MilBlobReader));
}

void milBlobReaderDestroy(MilBlobReader *reader) {
  if (!reader)
    return;
  for (size_t i = 0; i < reader->numFiles; ++i) {
    if (reader->files[i].fd >= 0)
      close(reader->files[i].fd);
    free(reader->files[i].path);
  }
  free(reader->files);
  free(reader);
}

static bool readAt(int fd, void *buf, size_t size, uint64_t offset) {
  unsigned char *p = buf;
  while (size > 0) {
    ssize_t n = pread(fd, p, size, (off_t)offset);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return false;
    p += n;
    size -= (size_t)n;
    offset += (uint64_t)n;
  }
  return true;
}

// Opens `path` once and checks its header; later calls reuse the result.
static OpenFile *openFile(MilBlobReader *reader, const char *path) {
  for (size_t i = 0; i < reader->numFiles; ++i)
    if (strcmp(reader->files[i].path, path) == 0)
      return &reader->files[i];
  if (reader->numFiles == reader->capacity) {
    size_t capacity = reader->capacity ? reader->capacity * 2 : 4;
    OpenFile *grown = realloc(reader->files, capacity * sizeof(OpenFile));
    if (!grown)
      return NULL;
    reader->files = grown;
    reader->capacity = capacity;
  }
  OpenFile *f = &reader->files[reader->numFiles];
  memset(f, 0, sizeof(*f));
  f->path = strdup(path);
  if (!f->path)
    return NULL;
  ++reader->numFiles;
  f->fd = open(path, O_RDONLY);
  struct stat st;
  if (f->fd < 0 || fstat(f->fd, &st) != 0) {
    snprintf(f->error, sizeof(f->error), "cannot open weight file '%s': %s",
             path, strerror(errno));
    if (f->fd >= 0)
      close(f->fd);
    f->fd = -1;
    return f;
  }
  f->size = (uint64_t)st.st_size;
  unsigned char header[MIL_BLOB_HEADER_SIZE];
  if (f->size < MIL_BLOB_HEADER_SIZE ||
      !readAt(f->fd, header, sizeof(header), 0)) {
    snprintf(f->error, sizeof(f->error),
             "weight file '%s' is too small for a MILBlob header (%llu "
             "bytes, need 64)",
             path, (unsigned long long)f->size);
  } else if (readU32(header + 4) != MIL_BLOB_VERSION) {
    snprintf(f->error, sizeof(f->error),
             "weight file '%s' has storage format version %u (expected 2)",
             path, readU32(header + 4));
  }
  if (f->error[0]) {
    close(f->fd);
    f->fd = -1;
  }
  return f;
}

static const char *codeName(uint32_t code) {
  const char *name = milBlobCodeName(code);
  return name ? name : "unknown";
}

bool milBlobRead(MilBlobReader *reader, const char *path, uint64_t offset,
                 uint32_t expectedCode, uint64_t expectedBytes, void **data,
                 bool *aboutFile, char *why, size_t whySize) {
  *data = NULL;
  *aboutFile = true;
  OpenFile *f = openFile(reader, path);
  if (!f) {
    snprintf(why, whySize, "out of memory");
    return false;
  }
  if (f->fd < 0) {
    snprintf(why, whySize, "%s", f->error);
    return false;
  }
  *aboutFile = false;
  if (offset < MIL_BLOB_HEADER_SIZE || offset > f->size ||
      f->size - offset < MIL_BLOB_RECORD_SIZE) {
    snprintf(why, whySize,
             "BLOBFILE offset %llu is outside the blob records of '%s' "
             "(file size %llu; a record takes 64 bytes after the 64-byte "
             "header)",
             (unsigned long long)offset, path, (unsigned long long)f->size);
    return false;
  }
  unsigned char record[MIL_BLOB_RECORD_SIZE];
  if (!readAt(f->fd, record, sizeof(record), offset)) {
    snprintf(why, whySize, "cannot read '%s' at offset %llu: %s", path,
             (unsigned long long)offset, strerror(errno));
    return false;
  }
  uint32_t sentinel = readU32(record);
  if (sentinel != MIL_BLOB_SENTINEL) {
    snprintf(why, whySize,
             "no blob record at offset %llu of '%s': sentinel is 0x%08x "
             "(expected 0xdeadbeef)",
             (unsigned long long)offset, path, sentinel);
    return false;
  }
  uint32_t code = readU32(record + 4);
  uint64_t size = readU64(record + 8);
  uint64_t dataOffset = readU64(record + 16);
  if (code != expectedCode) {
    snprintf(why, whySize,
             "blob at offset %llu of '%s' has dtype code %u (%s), but the "
             "const is declared %s (code %u)",
             (unsigned long long)offset, path, code, codeName(code),
             codeName(expectedCode), expectedCode);
    return false;
  }
  if (dataOffset > f->size || f->size - dataOffset < size) {
    snprintf(why, whySize,
             "blob at offset %llu of '%s' is truncated: its %llu data bytes "
             "at offset %llu extend past the end of the file (size %llu)",
             (unsigned long long)offset, path, (unsigned long long)size,
             (unsigned long long)dataOffset, (unsigned long long)f->size);
    return false;
  }
  if (size != expectedBytes) {
    snprintf(why, whySize,
             "blob at offset %llu of '%s' holds %llu bytes, but the declared "
             "type needs %llu",
             (unsigned long long)offset, path, (unsigned long long)size,
             (unsigned long long)expectedBytes);
    return false;
  }
  void *buf = malloc(size ? (size_t)size : 1);
  if (!buf || (size_t)size != size) {
    free(buf);
    snprintf(why, whySize, "out of memory reading %llu bytes",
             (unsigned long long)size);
    return false;
  }
  if (size && !readAt(f->fd, buf, (size_t)size, dataOffset)) {
    free(buf);
    snprintf(why, whySize, "cannot read '%s' at offset %llu", path,
             (unsigned long long)dataOffset);
    return false;
  }
  *data = buf;
  return true;
}

//===----------------------------------------------------------------------===//
// Writer
//===----------------------------------------------------------------------===//

static bool reserve(MilBlobWriter *w, size_t extra) {
  if (w->outOfMemory)
    return false;
  if (extra > SIZE_MAX / 2 - w->length) {
    w->outOfMemory = true;
    return false;
  }
  if (w->length + extra <= w->capacity)
    return true;
  size_t capacity = w->capacity ? w->capacity : 4096;
  while (capacity < w->length + extra)
    capacity *= 2;
  unsigned char *grown = realloc(w->data, capacity);
  if (!grown) {
    w->outOfMemory = true;
    return false;
  }
  w->data = grown;
  w->capacity = capacity;
  return true;
}

void milBlobWriterInit(MilBlobWriter *w) {
  memset(w, 0, sizeof(*w));
  if (!reserve(w, MIL_BLOB_HEADER_SIZE))
    return;
  memset(w->data, 0, MIL_BLOB_HEADER_SIZE);
  writeU32(w->data + 4, MIL_BLOB_VERSION);
  w->length = MIL_BLOB_HEADER_SIZE;
}

// Appends the record of a `size`-byte blob and returns where its data
// goes (NULL if out of memory); `*recordOffset` is what BLOBFILE names.
static unsigned char *appendRecord(MilBlobWriter *w, uint32_t dtypeCode,
                                   uint64_t size, uint64_t *recordOffset) {
  size_t recordAt = (w->length + 63) & ~(size_t)63;
  size_t padding = recordAt - w->length;
  if (size > SIZE_MAX / 2) {
    w->outOfMemory = true;
    return NULL;
  }
  if (!reserve(w, padding + MIL_BLOB_RECORD_SIZE + (size_t)size))
    return NULL;
  memset(w->data + w->length, 0, padding + MIL_BLOB_RECORD_SIZE);
  unsigned char *record = w->data + recordAt;
  writeU32(record, MIL_BLOB_SENTINEL);
  writeU32(record + 4, dtypeCode);
  writeU64(record + 8, size);
  writeU64(record + 16, recordAt + MIL_BLOB_RECORD_SIZE);
  w->length = recordAt + MIL_BLOB_RECORD_SIZE + (size_t)size;
  writeU32(w->data, ++w->count);
  *recordOffset = recordAt;
  return record + MIL_BLOB_RECORD_SIZE;
}

uint64_t milBlobWriterAdd(MilBlobWriter *w, uint32_t dtypeCode,
                          const void *data, uint64_t size) {
  uint64_t offset = 0;
  unsigned char *dst = appendRecord(w, dtypeCode, size, &offset);
  if (dst && size)
    memcpy(dst, data, (size_t)size);
  return offset;
}

uint64_t milBlobWriterAddSplat(MilBlobWriter *w, uint32_t dtypeCode,
                               const void *element, size_t width,
                               uint64_t count) {
  uint64_t offset = 0;
  if (width && count > SIZE_MAX / width) {
    w->outOfMemory = true;
    return 0;
  }
  unsigned char *dst = appendRecord(w, dtypeCode, count * width, &offset);
  for (uint64_t i = 0; dst && i < count; ++i)
    memcpy(dst + i * width, element, width);
  return offset;
}

void milBlobWriterDestroy(MilBlobWriter *w) {
  free(w->data);
  memset(w, 0, sizeof(*w));
}
