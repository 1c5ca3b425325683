//===- buffer.h - The one growable byte buffer / string builder -----------===//
//
// Used for everything built in memory before it is written: printed IR,
// MIL text, weight files, diagnostics, pipeline errors. Appends keep the
// data NUL-terminated (a text buffer is a C string). Running out of memory
// is sticky: the first failed append sets `outOfMemory`, later appends do
// nothing, and the owner checks the flag once at the end.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_SUPPORT_BUFFER_H
#define ANE_SUPPORT_BUFFER_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
  char *data; ///< NULL until the first append.
  size_t length, capacity;
  bool outOfMemory;
} AneBuffer;

/// Makes room for `extra` more bytes (and the terminator). False, with
/// `outOfMemory` set, if memory runs out or the size would overflow.
bool aneBufferReserve(AneBuffer *buffer, size_t extra);

/// Appends `length` bytes. Returns false (and leaves the contents as they
/// were, `outOfMemory` set) if memory runs out.
bool aneBufferTryAppend(AneBuffer *buffer, const void *data, size_t length);

/// aneBufferTryAppend for owners that check `outOfMemory` at the end.
static inline void aneBufferAppendBytes(AneBuffer *buffer, const void *data,
                                        size_t length) {
  (void)aneBufferTryAppend(buffer, data, length);
}

/// Appends a C string.
void aneBufferAppendString(AneBuffer *buffer, const char *s);

/// Appends printf-style text of any length.
void aneBufferAppendf(AneBuffer *buffer, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/// aneBufferTryAppend that aborts if memory runs out (the tools' printer,
/// where there is nothing better to do).
void aneBufferAppend(AneBuffer *buffer, const char *data, size_t length);

/// Frees the data; the buffer is empty afterwards.
void aneBufferDestroy(AneBuffer *buffer);

#endif // ANE_SUPPORT_BUFFER_H
