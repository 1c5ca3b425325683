//===- parse.c - The tools' parse step: the library's safe parse ----------===//
//
// What ane-opt, ane-run and ane-translate add around aneParseSourceUntrusted
// (ane-c/Parse.h, lib/parse/untrusted_parse.c): an empty input is an error, and
// an LLVM fatal error ends the tool with a message and exit 1 rather than an
// abort.
//
//===----------------------------------------------------------------------===//

#include "parse.h"

#include "tool_name.h"

#include "ane-c/Parse.h"

#include "llvm-c/ErrorHandling.h"

#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

// LLVM's fatal error handler (LLVM would abort after it returns): nothing
// may unwind through MLIR's frames, so the tool ends here, as for any other
// error. (Corrupt bytecode, where these come from, is read in a child
// process that reports its own.)
static void onFatalError(const char *reason) {
  fprintf(stderr, "%s: error: MLIR stopped with a fatal error: %s\n",
          aneToolName, reason);
  fflush(stderr);
  _exit(1);
}

static void installFatalErrorHandler(void) {
  LLVMInstallFatalErrorHandler(onFatalError);
}

MlirModule aneOptParse(MlirContext context, AneSource *src,
                       bool renameLocations) {
  // MLIR reads an empty buffer as an empty module; an empty input is far more
  // often a mistake (a failed redirect, a truncated copy), so it is an error.
  // (One chunk of a split file may be empty, as in mlir-opt.)
  if (!src->isChunk && aneSourceIsBlank(src)) {
    mlirEmitError(mlirLocationFileLineColGet(
                      context, mlirStringRefCreateFromCString(src->name), 1,
                      1),
                  "the input is empty: expected MLIR text or bytecode (write "
                  "'module {}' for an empty module)");
    return (MlirModule){NULL};
  }
  static pthread_once_t installed = PTHREAD_ONCE_INIT;
  pthread_once(&installed, installFatalErrorHandler);
  AneParseOptions options = aneParseOptionsGetDefault();
  options.renameLocations = renameLocations;
  return aneParseSourceUntrusted(
      context, mlirStringRefCreate(src->text, src->length),
      mlirStringRefCreateFromCString(src->name), &options);
}
