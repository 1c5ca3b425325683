//===- options.h - ane-translate command line ------------------------------===//

#ifndef ANE_TRANSLATE_OPTIONS_H
#define ANE_TRANSLATE_OPTIONS_H

#include "cli.h"

#include <stdbool.h>
#include <stdint.h>

typedef enum {
  ANE_TRANSLATE_NONE,
  ANE_TRANSLATE_IMPORT_MIL,
  ANE_TRANSLATE_EXPORT_MIL,
} AneTranslateMode;

typedef struct {
  AneTranslateMode mode;
  const char *inputPath;  ///< "-": stdin.
  const char *outputPath; ///< NULL or "-": stdout.
  bool allowUnknown;
  bool printDebugInfo;
  bool splitInputFile;
  int64_t minBlobElements;
  /// --import-mil: the folder BLOBFILE paths are confined to (NULL: the
  /// program's folder).
  const char *weightsDir;
  /// Bytes an export may build (model.mil + weights); 0: no limit.
  uint64_t maxMemory;
} AneTranslateOptions;


AneCliResult aneTranslateParseCommandLine(int argc, char **argv,
                                               AneTranslateOptions *options);

#endif // ANE_TRANSLATE_OPTIONS_H
