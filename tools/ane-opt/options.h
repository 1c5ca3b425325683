//===- options.h - ane-opt command line ------------------------------------===//

#ifndef ANE_OPT_OPTIONS_H
#define ANE_OPT_OPTIONS_H

#include "cli.h"

#include <stdbool.h>
#include <stddef.h>

/// One pass request from the command line, kept in command-line order:
/// either a per-pass flag (`--canonicalize`, `--lower-norms=strategy=l2`) or
/// a whole `--pass-pipeline=...`.
typedef struct {
  bool isPipeline;
  const char *text; ///< Pipeline text, or "name" / "name{options}" (owned).
} AnePassRequest;

typedef struct {
  const char *inputPath;  ///< "-" means stdin.
  const char *outputPath; ///< NULL or "-" means stdout.
  bool splitInputFile;
  bool verifyDiagnostics;
  bool emitBytecode;
  bool printDebugInfo;
  bool printOpGeneric;
  bool disableThreading;
  bool printIRAfterAll;
  bool printIRBeforeAll;
  bool printIRAfterChange;  ///< After each pass that changed the IR.
  bool printIRAfterFailure; ///< After a pass that failed, only.
  bool allowUnregisteredDialect;
  long long elideElementsAttrsIfLarger; ///< 0: print every element.
  bool timing;
  bool dumpPassPipeline; ///< Print the pipeline before running it.
  bool statistics;
  bool statisticsAsList; ///< --mlir-pass-statistics-display=list
  bool remarks; ///< --ane-remarks: print the ANE passes' remarks
  AnePassRequest *passes;
  size_t numPasses;
} AneOptOptions;


AneCliResult aneOptParseCommandLine(int argc, char **argv,
                                         AneOptOptions *options);

void aneOptOptionsDestroy(AneOptOptions *options);

#endif // ANE_OPT_OPTIONS_H
