//===- importer.h - MIL text -> ANE dialect module -------------------------===//

#ifndef ANE_MIL_IMPORTER_H
#define ANE_MIL_IMPORTER_H

#include "mlir-c/IR.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct {
  /// Keep MIL ops that have no ANE equivalent as opaque `mil.<op>` ops
  /// (the context must allow unregistered dialects) instead of failing.
  bool allowUnknown;
  /// The folder `@model_path` names (the folder of model.mil); NULL: ".".
  const char *modelDir;
  /// The folder BLOBFILE paths are resolved in and confined to; NULL: the
  /// model's folder.
  const char *weightsDir;
} MilImportOptions;

/// Parses `length` bytes of MIL `text` and builds a module of func.func,
/// ane.* and arith.constant ops, reading BLOBFILE data from the weight
/// files. The context must have the ANE dialect loaded. Every error is
/// emitted as a diagnostic on the context located at `fileName:line:col` of
/// the MIL text, and the result is then a null module. The module is
/// verified (MLIR structure and the ANE verifier) before it is returned.
MlirModule milImportText(MlirContext context, const char *fileName,
                         const char *text, size_t length,
                         const MilImportOptions *options);

#endif // ANE_MIL_IMPORTER_H
