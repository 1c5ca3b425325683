//===- diagnostics.h - Print or collect diagnostics like mlir-opt ---------===//

#ifndef ANE_OPT_DIAGNOSTICS_H
#define ANE_OPT_DIAGNOSTICS_H

#include "source.h"

#include "mlir-c/Diagnostics.h"
#include "mlir-c/IR.h"

#include <stdbool.h>
#include <stddef.h>

/// A diagnostic reduced to what the driver prints and matches: a file
/// position (if the location has one) and the message.
typedef struct {
  MlirDiagnosticSeverity severity;
  bool hasPosition;
  char *file; ///< Owned; NULL if !hasPosition.
  unsigned line, col;
  char *message; ///< Owned.
} AneDiag;

/// The per-buffer diagnostic engine. In print mode every diagnostic goes to
/// stderr as `file:line:col: error: msg` + source line + caret; in collect
/// mode (--verify-diagnostics) they are stored for matching.
typedef struct {
  AneSource *source;
  bool collect;
  AneDiag *diags;
  size_t numDiags, capDiags;
  unsigned numErrors;
} AneDiagEngine;

/// Attaches `engine` to `context` as its diagnostic handler.
MlirDiagnosticHandlerID aneDiagEngineAttach(AneDiagEngine *engine,
                                            MlirContext context);

/// Prints one diagnostic in mlir-opt's format (source line and caret when the
/// position is in the engine's buffer).
void aneDiagPrint(AneDiagEngine *engine, const char *file, bool hasPosition,
                  unsigned line, unsigned col, MlirDiagnosticSeverity severity,
                  const char *message);

/// Reports a diagnostic given by its parts (one read elsewhere, e.g. by the
/// child process that reads bytecode): printed, or collected in collect
/// mode; errors are counted. `file` may be NULL if !hasPosition.
void aneDiagReport(AneDiagEngine *engine, MlirDiagnosticSeverity severity,
                   bool hasPosition, const char *file, unsigned line,
                   unsigned col, const char *message);

/// An AneRemarkCallback (ane-c/Passes.h) reporting a pass remark to the
/// AneDiagEngine `engine` as a remark diagnostic: printed like the others,
/// or collected for --verify-diagnostics (`expected-remark`).
void aneDiagReportRemark(MlirLocation location, MlirStringRef message,
                         void *engine);

void aneDiagEngineDestroy(AneDiagEngine *engine);

const char *aneSeverityName(MlirDiagnosticSeverity severity);

#endif // ANE_OPT_DIAGNOSTICS_H
