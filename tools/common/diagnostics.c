//===- diagnostics.c - Print or collect diagnostics like mlir-opt ---------===//

#include "diagnostics.h"

#include "support/location.h"

#include "output.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *aneSeverityName(MlirDiagnosticSeverity severity) {
  switch (severity) {
  case MlirDiagnosticError:
    return "error";
  case MlirDiagnosticWarning:
    return "warning";
  case MlirDiagnosticNote:
    return "note";
  case MlirDiagnosticRemark:
    return "remark";
  }
  return "error";
}

static void appendToBuffer(MlirStringRef s, void *userData) {
  aneBufferAppend(userData, s.data, s.length);
}

static char *copyString(MlirStringRef s) {
  char *r = malloc(s.length + 1);
  memcpy(r, s.data, s.length);
  r[s.length] = '\0';
  return r;
}

// Prints the diagnostic; the source line and caret only when asked.
static void printDiag(AneDiagEngine *engine, const char *file, bool hasPosition,
                      unsigned line, unsigned col,
                      MlirDiagnosticSeverity severity, const char *message,
                      bool displaySourceLine) {
  if (!hasPosition) {
    fprintf(stderr, "<unknown>:0: %s: %s\n", aneSeverityName(severity),
            message);
    return;
  }
  fprintf(stderr, "%s:%u:%u: %s: %s\n", file, line, col,
          aneSeverityName(severity), message);
  // Show the line and a caret only for positions in the buffer we hold.
  if (!displaySourceLine || !engine || strcmp(file, engine->source->name) != 0)
    return;
  size_t length;
  const char *text = aneSourceGetLine(engine->source, line, &length);
  if (!text)
    return;
  // A very long line (generated IR can put 100k ops on one) is shown as a
  // window around the column rather than megabytes of stderr.
  enum { kMaxShown = 400, kContext = 200 };
  size_t begin = 0, end = length;
  if (length > kMaxShown) {
    size_t at = col ? col - 1 : 0;
    begin = at > kContext ? at - kContext : 0;
    end = begin + kMaxShown < length ? begin + kMaxShown : length;
  }
  const char *before = begin ? "..." : "", *after = end < length ? "..." : "";
  fprintf(stderr, "%s%.*s%s\n", before, (int)(end - begin), text + begin,
          after);
  fputs(before, stderr);
  for (size_t i = begin + 1; i < col && i <= end; ++i)
    fputc(text[i - 1] == '\t' ? '\t' : ' ', stderr);
  fputs("^\n", stderr);
}

void aneDiagPrint(AneDiagEngine *engine, const char *file, bool hasPosition,
                  unsigned line, unsigned col, MlirDiagnosticSeverity severity,
                  const char *message) {
  printDiag(engine, file, hasPosition, line, col, severity, message, true);
}

// Records or prints one diagnostic; takes `file` and `message` (malloc'd).
static void store(AneDiagEngine *engine, MlirDiagnosticSeverity severity,
                  bool hasPosition, char *file, unsigned line, unsigned col,
                  char *message, bool displaySourceLine) {
  if (severity == MlirDiagnosticError)
    ++engine->numErrors;
  if (!engine->collect) {
    printDiag(engine, file, hasPosition, line, col, severity, message,
              displaySourceLine);
    free(file);
    free(message);
    return;
  }
  if (engine->numDiags == engine->capDiags) {
    engine->capDiags = engine->capDiags ? engine->capDiags * 2 : 16;
    engine->diags =
        realloc(engine->diags, engine->capDiags * sizeof(AneDiag));
  }
  engine->diags[engine->numDiags++] =
      (AneDiag){severity, hasPosition, file, line, col, message};
}

// Records or prints one diagnostic at `location`; takes `message` (malloc'd).
static void report(AneDiagEngine *engine, MlirLocation location,
                   MlirDiagnosticSeverity severity, char *message,
                   bool displaySourceLine) {
  MlirIdentifier fileId;
  unsigned line = 0, col = 0;
  bool hasPosition = aneLocationFindFilePosition(location, &fileId, &line, &col);
  // The C API parses text under the buffer name "-"; report the real one.
  char *file = NULL;
  if (hasPosition) {
    MlirStringRef name = mlirIdentifierStr(fileId);
    bool isParserName = name.length == 1 && name.data[0] == '-';
    file = isParserName ? strdup(engine->source->name) : copyString(name);
  }
  store(engine, severity, hasPosition, file, line, col, message,
        displaySourceLine);
}

// Records or prints one diagnostic (not its notes).
static void handleOne(AneDiagEngine *engine, MlirDiagnostic diag,
                      bool displaySourceLine) {
  AneBuffer message = {0};
  mlirDiagnosticPrint(diag, appendToBuffer, &message);
  if (!message.data)
    message.data = calloc(1, 1);
  report(engine, mlirDiagnosticGetLocation(diag),
         mlirDiagnosticGetSeverity(diag), message.data, displaySourceLine);
}

void aneDiagReport(AneDiagEngine *engine, MlirDiagnosticSeverity severity,
                   bool hasPosition, const char *file, unsigned line,
                   unsigned col, const char *message) {
  store(engine, severity, hasPosition,
        hasPosition && file ? strdup(file) : NULL, line, col, strdup(message),
        true);
}

void aneDiagReportRemark(MlirLocation location, MlirStringRef message,
                         void *engine) {
  report(engine, location, MlirDiagnosticRemark, copyString(message), true);
}

static bool isCurrentOperationNote(MlirDiagnostic note) {
  AneBuffer message = {0};
  mlirDiagnosticPrint(note, appendToBuffer, &message);
  static const char prefix[] = "see current operation:";
  bool result = message.data &&
                strncmp(message.data, prefix, sizeof(prefix) - 1) == 0;
  free(message.data);
  return result;
}

static MlirLogicalResult handleDiagnostic(MlirDiagnostic diag,
                                          void *userData) {
  AneDiagEngine *engine = userData;
  handleOne(engine, diag, true);
  // Like mlir-opt, a note repeats the source line only at a new location.
  MlirLocation previous = mlirDiagnosticGetLocation(diag);
  intptr_t numNotes = mlirDiagnosticGetNumNotes(diag);
  for (intptr_t i = 0; i < numNotes; ++i) {
    MlirDiagnostic note = mlirDiagnosticGetNote(diag, i);
    // mlir-opt turns the op dump off under --verify-diagnostics; the C API
    // cannot, so drop it here instead.
    if (engine->collect && isCurrentOperationNote(note))
      continue;
    MlirLocation loc = mlirDiagnosticGetLocation(note);
    handleOne(engine, note, !mlirLocationEqual(loc, previous));
    previous = loc;
  }
  return mlirLogicalResultSuccess();
}

MlirDiagnosticHandlerID aneDiagEngineAttach(AneDiagEngine *engine,
                                            MlirContext context) {
  return mlirContextAttachDiagnosticHandler(context, handleDiagnostic, engine,
                                            NULL);
}

void aneDiagEngineDestroy(AneDiagEngine *engine) {
  for (size_t i = 0; i < engine->numDiags; ++i) {
    free(engine->diags[i].file);
    free(engine->diags[i].message);
  }
  free(engine->diags);
  engine->diags = NULL;
  engine->numDiags = engine->capDiags = 0;
}
