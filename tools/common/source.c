//===- source.c - Input buffers, line lookup and --split-input-file -------===//

#include "source.h"

#include "tool_name.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char kSplitMarker[] = "// -----";

#ifdef ANE_SANITIZER_DEFAULT_OPTIONS
// Sanitizer builds (cmake/Sanitizers.cmake): the first error stops the
// program with SIGABRT, so `not ane-opt ...` in a lit test cannot mistake a
// sanitizer report for an ordinary failure (exit 1). ASAN_OPTIONS etc. in
// the environment still override these. Leaks are checked: the tools free
// everything they allocate (see docs/robustness.md).
const char *__asan_default_options(void);
const char *__ubsan_default_options(void);
const char *__lsan_default_options(void);
const char *__asan_default_options(void) {
  return "halt_on_error=1:abort_on_error=1:detect_leaks=1:"
         "detect_stack_use_after_return=1:check_initialization_order=1:"
         "strict_string_checks=1:print_summary=1";
}
const char *__ubsan_default_options(void) {
  return "halt_on_error=1:abort_on_error=1:print_stacktrace=1";
}
const char *__lsan_default_options(void) { return "abort_on_error=1"; }
#endif

// Out of memory while reading or splitting the input: say so and stop.
static void *checked(void *p) {
  if (!p) {
    fprintf(stderr, "%s: error: out of memory reading the input\n",
            aneToolName);
    exit(1);
  }
  return p;
}

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
  char *buf = checked(malloc(cap + 1));
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
  int readErrno = errno;
  bool readError = !buf || ferror(f);
  if (!isStdin)
    fclose(f);
  if (readError) {
    fprintf(stderr, "%s: error: cannot read input file '%s': %s\n",
            aneToolName, path, buf ? strerror(readErrno) : "out of memory");
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

bool aneSourceIsBlank(const AneSource *src) {
  for (size_t i = 0; i < src->length; ++i) {
    char c = src->text[i];
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
      return false;
  }
  return true;
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
  chunk.isChunk = true;
  size_t pad = line - 1, len = (size_t)(end - begin);
  chunk.text = checked(malloc(pad + len + 1));
  memset(chunk.text, '\n', pad);
  memcpy(chunk.text + pad, begin, len);
  chunk.length = pad + len;
  chunk.text[chunk.length] = '\0';
  return chunk;
}

AneSource *aneSourceSplit(const AneSource *src, size_t *count) {
  size_t cap = 8, n = 0;
  AneSource *chunks = checked(malloc(cap * sizeof(AneSource)));
  const char *p = src->text, *end = src->text + src->length;
  const char *chunkBegin = p;
  unsigned line = 1, chunkLine = 1;
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    const char *next = eol ? eol + 1 : end;
    if (isMarkerLine(p, eol ? eol : end)) {
      if (n == cap)
        chunks = checked(realloc(chunks, (cap *= 2) * sizeof(AneSource)));
      chunks[n++] = makeChunk(src, chunkBegin, p, chunkLine);
      chunkBegin = next;
      chunkLine = line + 1;
    }
    p = next;
    ++line;
  }
  if (n == cap)
    chunks = checked(realloc(chunks, (cap + 1) * sizeof(AneSource)));
  chunks[n++] = makeChunk(src, chunkBegin, end, chunkLine);
  // A file without markers is one input, not a chunk of one.
  if (n == 1)
    chunks[0].isChunk = false;
  *count = n;
  return chunks;
}

static void indexLines(AneSource *src) {
  if (src->lineStarts)
    return;
  unsigned n = 1;
  for (size_t i = 0; i < src->length; ++i)
    n += src->text[i] == '\n';
  src->lineStarts = checked(malloc(n * sizeof(size_t)));
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

void aneSourceDestroy(AneSource *src) {
  free(src->text);
  free(src->lineStarts);
  src->text = NULL;
  src->lineStarts = NULL;
}
