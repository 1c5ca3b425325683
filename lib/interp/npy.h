//===- npy.h - Read and write NumPy .npy files (format 1.0-3.0) -----------===//

#ifndef ANE_INTERP_NPY_H
#define ANE_INTERP_NPY_H

#include "tensor.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// The dtypes ane-run reads from .npy files (all little-endian).
typedef enum {
  ANE_NPY_F2,
  ANE_NPY_F4,
  ANE_NPY_F8,
  ANE_NPY_I4,
  ANE_NPY_I8,
  ANE_NPY_B1, ///< numpy bool, one byte 0 or 1
  ANE_NPY_I1, ///< int8
  ANE_NPY_U1, ///< uint8
} AneNpyDType;

#define ANE_NPY_MAX_RANK 32

/// The dict of a .npy header.
typedef struct {
  AneNpyDType dtype;
  int rank;
  int64_t dims[ANE_NPY_MAX_RANK];
  int64_t count; ///< Product of dims (checked).
} AneNpyHeader;

/// Parses the `length` bytes of a header dict (after the preamble), e.g.
/// `{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }` padded
/// with spaces and ending in '\n'. Strict: exactly the three keys, once
/// each; fortran_order exactly True or False (True is an error: not
/// supported); shape a tuple of non-negative ints whose product fits; only
/// spaces and one '\n' after the dict. Reads nothing past `length`.
bool aneNpyParseHeader(const char *text, size_t length, AneNpyHeader *out,
                       char *error, size_t errorSize);

/// Reads a C-order .npy of dtype f2/f4/f8/i4/i8 (little-endian) into `t`,
/// whose shape must match the file's. Returns false with a reason.
bool aneNpyReadInto(const char *path, AneTensor *t, char *error,
                    size_t errorSize);

/// Writes `t` as a version 1.0 .npy in its own dtype ('<f2', '<f4', '<i4').
bool aneNpyWrite(const char *path, const AneTensor *t, char *error,
                 size_t errorSize);

#endif // ANE_INTERP_NPY_H
