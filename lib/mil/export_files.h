//===- export_files.h - Write an export's model.mil and weight file --------===//
//
// A MIL program with weights is two files that must agree: model.mil names
// offsets in weights/weight.bin. They are written all-or-nothing: both go
// to temporary files in their final folders first, then the weight file is
// renamed into place and model.mil last, so a failure (a full disk, a bad
// path) leaves the previous model and its weights as they were.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_MIL_EXPORT_FILES_H
#define ANE_MIL_EXPORT_FILES_H

#include "exporter.h"

#include <stdbool.h>
#include <stddef.h>

/// Writes `result` to `modelPath` and, if it has weights, the weight file
/// beside it (the folder and `weights/` are created as needed). With
/// weights, `modelPath`, `weights/` and `weights/weight.bin` must each be
/// absent or a regular file/folder: devices, FIFOs and symlinks are refused
/// (they cannot be replaced atomically, and a link would write elsewhere).
/// Returns false with a message in `error`; nothing is changed then.
bool milExportWriteFiles(const MilExport *result, const char *modelPath,
                         char *error, size_t errorSize);

/// Creates the folder of `modelPath` and its missing parents (mkdir -p), for
/// a program without weights that is written as one file.
bool milExportCreateFolder(const char *modelPath, char *error,
                           size_t errorSize);

#endif // ANE_MIL_EXPORT_FILES_H
