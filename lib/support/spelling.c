//===- spelling.c - "Did you mean": edit distance for suggestions ---------===//

#include "spelling.h"

#include <stdint.h>
#include <string.h>

size_t aneEditDistance(const char *a, size_t aLength, const char *b) {
  size_t bLength = strlen(b);
  if (aLength > 64 || bLength > 64)
    return SIZE_MAX;
  size_t row[65];
  for (size_t j = 0; j <= bLength; ++j)
    row[j] = j;
  for (size_t i = 1; i <= aLength; ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= bLength; ++j) {
      size_t up = row[j];
      size_t best = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      if (up + 1 < best)
        best = up + 1;
      if (row[j - 1] + 1 < best)
        best = row[j - 1] + 1;
      row[j] = best;
      diagonal = up;
    }
  }
  return row[bLength];
}

bool aneIsLikelyTypo(size_t distance, size_t length) {
  return distance <= 2 && 3 * distance < length;
}
