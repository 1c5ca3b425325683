//===- exporter.h - ANE dialect module -> MIL text + weight file -----------===//

#ifndef ANE_MIL_EXPORTER_H
#define ANE_MIL_EXPORTER_H

#include "blob.h"
#include "text.h"

#include "mlir-c/IR.h"

#include <stdbool.h>
#include <stdint.h>

typedef struct {
  /// Float tensor constants (fp16, fp32) with at least this many elements
  /// go to the weight file; smaller ones are written inline. coremltools'
  /// rule is 10; 1 puts every float tensor in the weight file, as ANEForge
  /// does. Integer tensors (int8/uint8, int16/uint16, int32/uint32) follow
  /// coremltools' iOS18 rule (10 or more elements) whatever this is.
  int64_t minBlobElements;
  /// The most bytes the export may write (model.mil and the weight file
  /// together, both built in memory); 0: no limit. A constant that would
  /// pass it is an error at its op.
  uint64_t maxOutputBytes;
} MilExportOptions;

typedef struct {
  AneBuffer text;          ///< model.mil
  MilBlobWriter weights; ///< weights/weight.bin; unused if weights.count == 0
} MilExport;

/// Writes `module` (func.func of ane.*, arith.constant and opaque mil.* ops)
/// as a program(1.3) / ios18 MIL program in coremlc style: ` = ` spacing,
/// sorted parameters, every attribute a named const, shortest hex floats,
/// BLOBFILE references to `@model_path/weights/weight.bin`. Errors are
/// emitted as diagnostics at the offending op's location. `out` must be
/// destroyed either way.
bool milExportModule(MlirOperation module, const MilExportOptions *options,
                     MilExport *out);

void milExportDestroy(MilExport *out);

#endif // ANE_MIL_EXPORTER_H
