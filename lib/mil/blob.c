//===- blob.c - MILBlob storage format v2: the weight file
//-----------------===//

#include "blob.h"

#include "dtype.h"
#include "support/files.h"
#include "support/format.h"
#include "support/hash_map.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
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
  char *error; ///< malloc'ed; NULL if the file is good.
} OpenFile;

// One read per (file, offset): a blob named by many consts is read once,
// and a bad one is reported at its first reference only.
typedef struct {
  char *key;  ///< "<offset>:<path>"
  void *data; ///< NULL if reading failed.
  uint64_t size;
} CachedBlob;

struct MilBlobReader {
  char *rootDir;
  int rootFd;      ///< -1 if the folder could not be opened (see `rootError`).
  char *rootError; ///< malloc'ed
  OpenFile *files;
  size_t numFiles, capacity;
  AneHashMap blobs; ///< "<offset>:<path>" -> CachedBlob
};

MilBlobReader *milBlobReaderCreate(const char *rootDir) {
  MilBlobReader *reader = calloc(1, sizeof(MilBlobReader));
  if (!reader)
    return NULL;
  reader->rootDir = strdup(rootDir);
  if (!reader->rootDir) {
    free(reader);
    return NULL;
  }
  reader->rootFd = open(rootDir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (reader->rootFd < 0)
    reader->rootError = aneFormat("cannot open the weights folder '%s': %s",
                                  rootDir, strerror(errno));
  return reader;
}

void milBlobReaderDestroy(MilBlobReader *reader) {
  if (!reader)
    return;
  for (size_t i = 0; i < reader->numFiles; ++i) {
    if (reader->files[i].fd >= 0)
      close(reader->files[i].fd);
    free(reader->files[i].path);
    free(reader->files[i].error);
  }
  free(reader->rootError);
  for (size_t i = 0; i < reader->blobs.capacity; ++i) {
    CachedBlob *cached = reader->blobs.entries[i].value;
    if (reader->blobs.entries[i].key && cached) {
      free(cached->data);
      free(cached->key);
      free(cached);
    }
  }
  aneHashMapClear(&reader->blobs);
  if (reader->rootFd >= 0)
    close(reader->rootFd);
  free(reader->rootDir);
  free(reader->files);
  free(reader);
}

// Opens `relative` under the reader's folder one component at a time with
// O_NOFOLLOW, so neither `..` nor a symlink anywhere on the way can lead
// outside it; the file must be a regular file (O_NONBLOCK: a FIFO fails the
// check instead of blocking the open). Returns the fd or -1 with `error`.
static int openConfined(MilBlobReader *reader, const char *relative,
                        char **error) {
  if (reader->rootFd < 0) {
    *error = aneFormat("%s",
                       reader->rootError ? reader->rootError : "out of memory");
    return -1;
  }
  if (relative[0] == '/') {
    *error =
        aneFormat("BLOBFILE path '%s' is absolute: weight files are read only "
                  "from inside '%s' (the program's folder, or --weights-dir)",
                  relative, reader->rootDir);
    return -1;
  }
  int dirFd = dup(reader->rootFd);
  const char *p = relative;
  while (dirFd >= 0) {
    const char *slash = strchr(p, '/');
    size_t n = slash ? (size_t)(slash - p) : strlen(p);
    char component[256];
    if (n >= sizeof(component)) {
      *error = aneFormat("BLOBFILE path '%s' has a component longer "
                         "than 255 bytes",
                         relative);
      close(dirFd);
      return -1;
    }
    memcpy(component, p, n);
    component[n] = '\0';
    if (n == 2 && memcmp(component, "..", 2) == 0) {
      *error = aneFormat(
          "BLOBFILE path '%s' leaves the weights folder '%s' ('..' is "
          "not allowed; use --weights-dir to read weights elsewhere)",
          relative, reader->rootDir);
      close(dirFd);
      return -1;
    }
    if (slash && (n == 0 || (n == 1 && component[0] == '.'))) {
      p = slash + 1; // "a//b", "./a"
      continue;
    }
    int flags =
        O_RDONLY | O_NOFOLLOW | O_CLOEXEC | (slash ? O_DIRECTORY : O_NONBLOCK);
    int next = n ? openat(dirFd, component, flags) : -1;
    int openErrno = n ? errno : EISDIR;
    close(dirFd);
    if (next < 0) {
      if (openErrno == ELOOP || (slash && openErrno == ENOTDIR))
        *error = aneFormat(
            "cannot open weight file '%s/%s': '%s' is a symlink or not "
            "a folder (weight files must be real files inside the "
            "weights folder)",
            reader->rootDir, relative, component);
      else
        *error = aneFormat("cannot open weight file '%s/%s': %s",
                           reader->rootDir, relative, strerror(openErrno));
      return -1;
    }
    if (!slash) {
      struct stat st;
      if (fstat(next, &st) != 0 || !S_ISREG(st.st_mode)) {
        *error =
            aneFormat("cannot open weight file '%s/%s': not a regular file",
                      reader->rootDir, relative);
        close(next);
        return -1;
      }
      // Back to blocking reads for a regular file.
      int fl = fcntl(next, F_GETFL);
      if (fl >= 0)
        fcntl(next, F_SETFL, fl & ~O_NONBLOCK);
      return next;
    }
    dirFd = next;
    p = slash + 1;
  }
  *error = aneFormat("cannot open weight file '%s/%s': %s", reader->rootDir,
                     relative, strerror(errno));
  return -1;
}

// Opens `relative` once and checks its header; later calls reuse the
// result. The messages name the file but never quote its bytes.
static OpenFile *openFile(MilBlobReader *reader, const char *relative) {
  for (size_t i = 0; i < reader->numFiles; ++i)
    if (strcmp(reader->files[i].path, relative) == 0)
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
  f->path = strdup(relative);
  if (!f->path)
    return NULL;
  ++reader->numFiles;
  f->fd = openConfined(reader, relative, &f->error);
  struct stat st;
  if (f->fd < 0)
    return f;
  if (fstat(f->fd, &st) != 0) {
    f->error = aneFormat("cannot open weight file '%s/%s': %s", reader->rootDir,
                         relative, strerror(errno));
    close(f->fd);
    f->fd = -1;
    return f;
  }
  f->size = (uint64_t)st.st_size;
  unsigned char header[MIL_BLOB_HEADER_SIZE];
  if (f->size < MIL_BLOB_HEADER_SIZE ||
      !aneReadAt(f->fd, header, sizeof(header), 0) ||
      readU32(header + 4) != MIL_BLOB_VERSION)
    f->error = aneFormat(
        "'%s/%s' is not a MILBlob weight file (storage format version "
        "2: a 64-byte header, then 64-byte blob records)",
        reader->rootDir, relative);
  if (f->error) {
    close(f->fd);
    f->fd = -1;
  }
  return f;
}

static const char *codeName(uint32_t code) {
  const char *name = milBlobCodeName(code);
  return name ? name : "unknown";
}

static bool readUncached(MilBlobReader *reader, const char *relativePath,
                         uint64_t offset, uint32_t expectedCode,
                         uint64_t expectedBytes, void **data, bool *aboutFile,
                         char *why, size_t whySize) {
  *data = NULL;
  *aboutFile = true;
  OpenFile *f = openFile(reader, relativePath);
  if (!f) {
    snprintf(why, whySize, "out of memory");
    return false;
  }
  if (f->fd < 0) {
    snprintf(why, whySize, "%s", f->error ? f->error : "out of memory");
    return false;
  }
  *aboutFile = false;
  char path[PATH_MAX + 320];
  snprintf(path, sizeof(path), "%s/%s", reader->rootDir, relativePath);
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
  if (!aneReadAt(f->fd, record, sizeof(record), offset)) {
    snprintf(why, whySize, "cannot read '%s' at offset %llu: %s", path,
             (unsigned long long)offset, strerror(errno));
    return false;
  }
  uint32_t sentinel = readU32(record);
  if (sentinel != MIL_BLOB_SENTINEL) {
    snprintf(why, whySize,
             "no blob record at offset %llu of '%s' (no 0xdeadbeef "
             "sentinel there)",
             (unsigned long long)offset, path);
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
  if (size && !aneReadAt(f->fd, buf, (size_t)size, dataOffset)) {
    free(buf);
    snprintf(why, whySize, "cannot read '%s' at offset %llu", path,
             (unsigned long long)dataOffset);
    return false;
  }
  *data = buf;
  return true;
}

bool milBlobRead(MilBlobReader *reader, const char *relativePath,
                 uint64_t offset, uint32_t expectedCode, uint64_t expectedBytes,
                 const void **data, bool *aboutFile, char *why,
                 size_t whySize) {
  *data = NULL;
  *aboutFile = false;
  why[0] = '\0';
  char *key = aneFormat("%llu:%s", (unsigned long long)offset, relativePath);
  if (!key) {
    snprintf(why, whySize, "out of memory");
    return false;
  }
  void **slot = aneHashMapFind(&reader->blobs, key, strlen(key));
  if (slot) {
    free(key);
    CachedBlob *cached = *slot;
    if (!cached->data)
      return false; // reported at the first reference
    if (cached->size != expectedBytes) {
      snprintf(why, whySize,
               "blob at offset %llu of '%s/%s' holds %llu bytes, but the "
               "declared type needs %llu",
               (unsigned long long)offset, reader->rootDir, relativePath,
               (unsigned long long)cached->size,
               (unsigned long long)expectedBytes);
      return false;
    }
    *data = cached->data;
    return true;
  }
  CachedBlob *cached = calloc(1, sizeof(CachedBlob));
  if (!cached || !aneHashMapPut(&reader->blobs, key, strlen(key), cached)) {
    free(cached);
    free(key);
    snprintf(why, whySize, "out of memory");
    return false;
  }
  cached->key = key;
  void *buf = NULL;
  if (!readUncached(reader, relativePath, offset, expectedCode, expectedBytes,
                    &buf, aboutFile, why, whySize))
    return false;
  cached->data = buf;
  cached->size = expectedBytes;
  *data = buf;
  return true;
}

//===----------------------------------------------------------------------===//
// Writer
//===----------------------------------------------------------------------===//

void milBlobWriterInit(MilBlobWriter *w) {
  memset(w, 0, sizeof(*w));
  unsigned char header[MIL_BLOB_HEADER_SIZE] = {0};
  writeU32(header + 4, MIL_BLOB_VERSION);
  aneBufferAppendBytes(&w->bytes, header, sizeof(header));
}

// Appends the record of a `size`-byte blob and returns where its data
// goes (NULL if out of memory); `*recordOffset` is what BLOBFILE names.
static unsigned char *appendRecord(MilBlobWriter *w, uint32_t dtypeCode,
                                   uint64_t size, uint64_t *recordOffset) {
  AneBuffer *b = &w->bytes;
  size_t recordAt = (b->length + 63) & ~(size_t)63;
  size_t padding = recordAt - b->length;
  if (size > SIZE_MAX / 2) {
    b->outOfMemory = true;
    return NULL;
  }
  if (!aneBufferReserve(b, padding + MIL_BLOB_RECORD_SIZE + (size_t)size))
    return NULL;
  memset(b->data + b->length, 0, padding + MIL_BLOB_RECORD_SIZE);
  unsigned char *record = (unsigned char *)b->data + recordAt;
  writeU32(record, MIL_BLOB_SENTINEL);
  writeU32(record + 4, dtypeCode);
  writeU64(record + 8, size);
  writeU64(record + 16, recordAt + MIL_BLOB_RECORD_SIZE);
  b->length = recordAt + MIL_BLOB_RECORD_SIZE + (size_t)size;
  b->data[b->length] = '\0';
  writeU32((unsigned char *)b->data, ++w->count);
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
    w->bytes.outOfMemory = true;
    return 0;
  }
  unsigned char *dst = appendRecord(w, dtypeCode, count * width, &offset);
  for (uint64_t i = 0; dst && i < count; ++i)
    memcpy(dst + i * width, element, width);
  return offset;
}

void milBlobWriterSetPaddingBits(MilBlobWriter *w, uint64_t recordOffset,
                                 uint64_t bits) {
  if (!w->bytes.outOfMemory &&
      recordOffset + MIL_BLOB_RECORD_SIZE <= w->bytes.length)
    writeU64((unsigned char *)w->bytes.data + recordOffset + 24, bits);
}

void milBlobWriterDestroy(MilBlobWriter *w) {
  aneBufferDestroy(&w->bytes);
  w->count = 0;
}
