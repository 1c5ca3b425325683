//===- compare.c - Error metrics between two runs --------------------------===//

#include "compare.h"

#include <math.h>

AneErrorMetrics aneCompareTensors(const AneTensor *a, const AneTensor *ref) {
  double maxAbs = 0, maxRef = 0, dot = 0, normA = 0, normRef = 0;
  bool finite = true;
  for (int64_t i = 0; i < a->size; ++i) {
    double x = a->data[i], y = ref->data[i];
    finite = finite && isfinite(x) && isfinite(y);
    maxAbs = fmax(maxAbs, fabs(x - y));
    maxRef = fmax(maxRef, fabs(y));
    dot += x * y;
    normA += x * x;
    normRef += y * y;
  }
  AneErrorMetrics m;
  if (!finite) {
    m.maxAbsError = m.maxRelError = m.cosine = NAN;
    return m;
  }
  m.maxAbsError = maxAbs;
  m.maxRelError = maxAbs / (maxRef + 1e-6);
  m.cosine = (normA == 0 && normRef == 0) ? 1.0
             : (normA == 0 || normRef == 0)
                 ? 0.0
                 : dot / (sqrt(normA) * sqrt(normRef));
  return m;
}
