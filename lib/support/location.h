//===- location.h - The file position a location refers to ----------------===//

#ifndef ANE_SUPPORT_LOCATION_H
#define ANE_SUPPORT_LOCATION_H

#include "mlir-c/IR.h"

#include <stdbool.h>

/// Finds the file position `location` refers to: the location itself, the
/// child of a name, the callee of a call site, or the first fused part that
/// has one. False if there is none (unknown, opaque).
bool aneLocationFindFilePosition(MlirLocation location, MlirIdentifier *file,
                                 unsigned *line, unsigned *col);

#endif // ANE_SUPPORT_LOCATION_H
