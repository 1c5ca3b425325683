//===- parse.c - The tools' parse step: the library's safe parse ----------===//
//
// What ane-opt, ane-run and ane-translate add around aneParseSourceUntrusted
// (ane-c/Parse.h, lib/parse/untrusted_parse.c): an empty input is an error, and
// an LLVM fatal error ends the tool with a message and exit 1 rather than an
// abort (fatal_error.c).
//
//===----------------------------------------------------------------------===//

#include "parse.h"

#include "fatal_error.h"

#include "ane-c/Parse.h"

MlirModule aneOptParse(MlirContext context, AneSource *src,
                       bool renameLocations, unsigned parseThreads) {
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
  aneToolInstallFatalErrorHandler();
  AneParseOptions options = aneParseOptionsGetDefault();
  options.renameLocations = renameLocations;
  options.textIsNulTerminated = true; // AneSource keeps a terminator
  options.maxParseThreads = parseThreads;
  return aneParseSourceUntrusted(
      context, mlirStringRefCreate(src->text, src->length),
      mlirStringRefCreateFromCString(src->name), &options);
}
