//===- parse.c - Parse a buffer into a module, with located errors ---------===//
//
// mlirModuleCreateParse wraps top-level ops in a module like mlir-opt, but
// names the buffer "-". Diagnostics are renamed by the handler; locations in
// the IR are renamed here when they will be printed.
//
//===----------------------------------------------------------------------===//

#include "parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool isIdentChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '$' ||
         c == '-';
}

// Finds the first `ane.<op>` written as a bare op name (custom syntax),
// outside strings and comments. Returns its offset or -1.
static long findCustomSyntaxAneOp(const AneSource *src) {
  const char *t = src->text;
  size_t n = src->length;
  bool inString = false;
  for (size_t i = 0; i < n; ++i) {
    char c = t[i];
    if (inString) {
      if (c == '\\')
        ++i;
      else if (c == '"' || c == '\n')
        inString = false;
      continue;
    }
    if (c == '"') {
      inString = true;
    } else if (c == '/' && i + 1 < n && t[i + 1] == '/') {
      while (i < n && t[i] != '\n')
        ++i;
    } else if (c == 'a' && i + 4 < n && memcmp(t + i, "ane.", 4) == 0 &&
               (i == 0 || (!isIdentChar(t[i - 1]) && t[i - 1] != '%' &&
                           t[i - 1] != '@' && t[i - 1] != '#' &&
                           t[i - 1] != '!' && t[i - 1] != '^'))) {
      return (long)i;
    }
  }
  return -1;
}

// MLIR's parser gave up without saying why; say it here.
static void reportSilentFailure(MlirContext context, AneSource *src) {
  long offset = aneSourceIsBytecode(src) ? -1 : findCustomSyntaxAneOp(src);
  unsigned line = 1, col = 1;
  char message[512];
  if (offset >= 0) {
    for (long i = 0; i < offset; ++i) {
      if (src->text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    size_t len = 4;
    while (offset + (long)len < (long)src->length &&
           isIdentChar(src->text[offset + len]) && len < 64)
      ++len;
    snprintf(message, sizeof(message),
             "custom assembly syntax is not supported for '%.*s': ANE ops "
             "are defined in IRDL and must be written in generic form, e.g. "
             "\"%.*s\"(%%x) {...} : (...) -> ...",
             (int)len, src->text + offset, (int)len, src->text + offset);
  } else {
    snprintf(message, sizeof(message),
             "failed to parse the input (the MLIR parser reported no "
             "reason)");
  }
  MlirLocation loc = mlirLocationFileLineColGet(
      context, mlirStringRefCreateFromCString(src->name), line, col);
  mlirEmitError(loc, message);
}

typedef struct {
  MlirContext context;
  MlirStringRef name;
} RenameState;

static MlirLocation renamed(RenameState *state, MlirLocation loc) {
  if (!mlirLocationIsAFileLineColRange(loc))
    return loc;
  MlirStringRef file =
      mlirIdentifierStr(mlirLocationFileLineColRangeGetFilename(loc));
  if (file.length != 1 || file.data[0] != '-')
    return loc;
  return mlirLocationFileLineColRangeGet(
      state->context, state->name,
      (unsigned)mlirLocationFileLineColRangeGetStartLine(loc),
      (unsigned)mlirLocationFileLineColRangeGetStartColumn(loc),
      (unsigned)mlirLocationFileLineColRangeGetEndLine(loc),
      (unsigned)mlirLocationFileLineColRangeGetEndColumn(loc));
}

static MlirWalkResult renameOpLocations(MlirOperation op, void *userData) {
  RenameState *state = userData;
  mlirOperationSetLocation(op, renamed(state, mlirOperationGetLocation(op)));
  intptr_t numRegions = mlirOperationGetNumRegions(op);
  for (intptr_t r = 0; r < numRegions; ++r) {
    MlirRegion region = mlirOperationGetRegion(op, r);
    for (MlirBlock b = mlirRegionGetFirstBlock(region); !mlirBlockIsNull(b);
         b = mlirBlockGetNextInRegion(b)) {
      intptr_t numArgs = mlirBlockGetNumArguments(b);
      for (intptr_t a = 0; a < numArgs; ++a) {
        MlirValue arg = mlirBlockGetArgument(b, a);
        mlirBlockArgumentSetLocation(arg,
                                     renamed(state, mlirValueGetLocation(arg)));
      }
    }
  }
  return MlirWalkResultAdvance;
}

MlirModule aneOptParse(MlirContext context, AneSource *src,
                       AneDiagEngine *engine, bool renameLocations) {
  unsigned errorsBefore = engine->numErrors;
  MlirModule module =
      mlirModuleCreateParse(context, mlirStringRefCreate(src->text, src->length));
  if (mlirModuleIsNull(module)) {
    if (engine->numErrors == errorsBefore)
      reportSilentFailure(context, src);
    return module;
  }
  if (renameLocations) {
    RenameState state = {context, mlirStringRefCreateFromCString(src->name)};
    mlirOperationWalk(mlirModuleGetOperation(module), renameOpLocations,
                      &state, MlirWalkPreOrder);
  }
  return module;
}
