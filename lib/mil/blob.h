//===- blob.h - MILBlob storage format v2: the weight file -----------------===//
//
// Reading and writing the weight file that BLOBFILE references point into
// (docs/mil-format.md §7): a 64-byte header (u32 count, u32 version = 2), then per
// blob a 64-byte metadata record (u32 sentinel 0xDEADBEEF, u32 dtype code,
// u64 sizeInBytes, u64 data offset, u64 padding bits, 4 x u64 reserved) and
// its data. The reader follows each record's data offset, so it takes both
// the 64-byte-aligned layout of coremltools and ANEForge's packed one. The
// writer produces the aligned layout. Little-endian throughout. Pure C.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_MIL_BLOB_H
#define ANE_MIL_BLOB_H

#include "support/buffer.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MIL_BLOB_SENTINEL 0xDEADBEEFu
#define MIL_BLOB_VERSION 2u
#define MIL_BLOB_HEADER_SIZE 64u
#define MIL_BLOB_RECORD_SIZE 64u

/// Open weight files, by path, for one import, confined to one folder.
typedef struct MilBlobReader MilBlobReader;

/// A reader of weight files inside `rootDir` (the program's folder, or
/// --weights-dir). NULL if out of memory; a folder that cannot be opened is
/// reported at the first read.
MilBlobReader *milBlobReaderCreate(const char *rootDir);
void milBlobReaderDestroy(MilBlobReader *reader);

/// Reads the blob whose metadata record is at `offset` of the file at
/// `relativePath` inside the reader's folder: absolute paths, `..` and
/// symlinks anywhere on the way are refused, and only regular files are
/// opened; messages name the file but never quote its bytes. Checks the header version, that the record lies inside the
/// file, the sentinel, that the dtype code is `expectedCode`, that the data
/// lies inside the file and holds exactly `expectedBytes`. On success
/// `*data` is the data, owned by the reader (each (file, offset) is read
/// once, however many consts name it). On failure returns false with a
/// message in `why`, or with `why` empty when the same (file, offset)
/// failed before and was reported then; `*aboutFile` tells whether the
/// file itself is at fault (missing, not a v2 weight file) rather than the
/// record at `offset`.
bool milBlobRead(MilBlobReader *reader, const char *relativePath,
                 uint64_t offset, uint32_t expectedCode, uint64_t expectedBytes,
                 const void **data, bool *aboutFile, char *why,
                 size_t whySize);

/// A weight file being built in memory (64-byte aligned records).
typedef struct {
  AneBuffer bytes; ///< The file; bytes.outOfMemory if building it failed.
  uint32_t count;  ///< Blobs added.
} MilBlobWriter;

/// Starts the file (writes the header).
void milBlobWriterInit(MilBlobWriter *writer);

/// Appends one blob; returns the offset of its metadata record (what a
/// BLOBFILE reference names).
uint64_t milBlobWriterAdd(MilBlobWriter *writer, uint32_t dtypeCode,
                          const void *data, uint64_t size);

/// Appends one blob of `count` copies of the `width`-byte `element` (a
/// splat constant) without building the expanded data first.
uint64_t milBlobWriterAddSplat(MilBlobWriter *writer, uint32_t dtypeCode,
                               const void *element, size_t width,
                               uint64_t count);
/// Sets the padding-bits field of the record at `recordOffset`: the unused
/// bits of a sub-byte blob's last byte, as coremltools writes them.
void milBlobWriterSetPaddingBits(MilBlobWriter *writer, uint64_t recordOffset,
                                 uint64_t bits);
void milBlobWriterDestroy(MilBlobWriter *writer);

#endif // ANE_MIL_BLOB_H
