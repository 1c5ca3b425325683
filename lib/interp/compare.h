//===- compare.h - Error metrics between two runs --------------------------===//

#ifndef ANE_INTERP_COMPARE_H
#define ANE_INTERP_COMPARE_H

#include "tensor.h"

typedef struct {
  double maxAbsError; ///< max |a - ref|
  double maxRelError; ///< max |a - ref| / (max |ref| + 1e-6)
  double cosine;      ///< a.ref / (|a| |ref|); 1 when both are zero
} AneErrorMetrics;

/// Compares `a` with the reference `ref` (same element count). NaN or inf
/// anywhere makes every metric NaN.
AneErrorMetrics aneCompareTensors(const AneTensor *a, const AneTensor *ref);

#endif // ANE_INTERP_COMPARE_H
