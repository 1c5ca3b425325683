//===- source.c - Input buffers, line lookup and --split-input-file -------===//

#include "source.h"

#include "tool_name.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char kSplitMarker[] = "// -----";

bool aneSourceRead(const char *path, AneSource *out) {
  memset(out, 0, sizeof(*out));
  bool isStdin = strcmp(path, "-") == 0;
  out->name = isStdin ? "<stdin>" : path;
  out->firstLine = 1;
  FILE *f = isStdin ? stdin : fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "%s: error: cannot open input file '%s': %s\n", aneToolName,
            path, strerror(errno));
    return false;
  }
  size_t cap = 1 << 16, len = 0;
  char *buf = malloc(cap + 1);
  for (;;) {
    if (len == cap) {
      cap *= 2;
      char *grown = realloc(buf, cap + 1);
      if (!grown) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = grown;
    }
    size_t n = fread(buf + len, 1, cap - len, f);
    len += n;
    if (n == 0)
      break;
  }
  bool readError = !buf || ferror(f);
  if (!isStdin)
    fclose(f);
  if (readError) {
    fprintf(stderr, "%s: error: cannot read input file '%s'\n", aneToolName,
            path);
    free(buf);
    return false;
  }
  buf[len] = '\0';
  out->text = buf;
  out->length = len;
  return true;
}

bool aneSourceIsBytecode(const AneSource *src) {
  return src->length >= 4 && memcmp(src->text, "ML\xefR", 4) == 0;
}

// True if the line starting at `p` is a split marker.
static bool isMarkerLine(const char *p, const char *end) {
  while (p < end && (*p == ' ' || *p == '\t'))
    ++p;
  size_t n = sizeof(kSplitMarker) - 1;
  return (size_t)(end - p) >= n && memcmp(p, kSplitMarker, n) == 0;
}

// A chunk's text: `line - 1` newlines, then the chunk, so that locations keep
// the line numbers of the whole file.
static AneSource makeChunk(const AneSource *src, const char *begin,
                           const char *end, unsigned line) {
  AneSource chunk = {0};
  chunk.name = src->name;
  chunk.firstLine = line;
  size_t pad = line - 1, len = (size_t)(end - begin);
  chunk.text = malloc(pad + len + 1);
  memset(chunk.text, '\n', pad);
  memcpy(chunk.text + pad, begin, len);
  chunk.length = pad + len;
  chunk.text[chunk.length] = '\0';
  return chunk;
}

AneSource *aneSourceSplit(const AneSource *src, size_t *count) {
  size_t cap = 8, n = 0;
  AneSource *chunks = malloc(cap * sizeof(AneSource));
  const char *p = src->text, *end = src->text + src->length;
  const char *chunkBegin = p;
  unsigned line = 1, chunkLine = 1;
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    const char *next = eol ? eol + 1 : end;
    if (isMarkerLine(p, eol ? eol : end)) {
      if (n == cap)
        chunks = realloc(chunks, (cap *= 2) * sizeof(AneSource));
      chunks[n++] = makeChunk(src, chunkBegin, p, chunkLine);
      chunkBegin = next;
      chunkLine = line + 1;
    }
    p = next;
    ++line;
  }
  if (n == cap)
    chunks = realloc(chunks, (cap + 1) * sizeof(AneSource));
  chunks[n++] = makeChunk(src, chunkBegin, end, chunkLine);
  *count = n;
  return chunks;
}

static void indexLines(AneSource *src) {
  if (src->lineStarts)
    return;
  unsigned n = 1;
  for (size_t i = 0; i < src->length; ++i)
    n += src->text[i] == '\n';
  src->lineStarts = malloc(n * sizeof(size_t));
  src->lineStarts[0] = 0;
  unsigned k = 1;
  for (size_t i = 0; i < src->length; ++i)
    if (src->text[i] == '\n')
      src->lineStarts[k++] = i + 1;
  src->numLines = n;
}

const char *aneSourceGetLine(AneSource *src, unsigned line, size_t *length) {
  if (aneSourceIsBytecode(src))
    return NULL;
  indexLines(src);
  if (line == 0 || line > src->numLines)
    return NULL;
  size_t begin = src->lineStarts[line - 1];
  size_t end = line < src->numLines ? src->lineStarts[line] - 1 : src->length;
  if (end > begin && src->text[end - 1] == '\r')
    --end;
  *length = end - begin;
  return src->text + begin;
}

long aneSourceGetOffset(AneSource *src, unsigned line, unsigned col) {
  size_t len;
  const char *text = aneSourceGetLine(src, line, &len);
  if (!text || col == 0 || col > len + 1)
    return -1;
  return (long)(text - src->text) + (long)col - 1;
}

void aneSourceDestroy(AneSource *src) {
  free(src->text);
  free(src->lineStarts);
  src->text = NULL;
  src->lineStarts = NULL;
}
