//===- npy.h - Read and write NumPy .npy files (format 1.0-3.0) -----------===//

#ifndef ANE_INTERP_NPY_H
#define ANE_INTERP_NPY_H

#include "tensor.h"

#include <stdbool.h>
#include <stddef.h>

/// Reads a C-order .npy of dtype f2/f4/f8/i4/i8 (little-endian) into `t`,
/// whose shape must match the file's. Returns false with a reason.
bool aneNpyReadInto(const char *path, AneTensor *t, char *error,
                    size_t errorSize);

/// Writes `t` as a version 1.0 .npy in its own dtype ('<f2', '<f4', '<i4').
bool aneNpyWrite(const char *path, const AneTensor *t, char *error,
                 size_t errorSize);

#endif // ANE_INTERP_NPY_H
