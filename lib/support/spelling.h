//===- spelling.h - "Did you mean": edit distance for suggestions ---------===//
//
// One typo rule for every place that suggests a name (the tools' unknown
// flags, pipeline elements naming no pass).
//
//===----------------------------------------------------------------------===//

#ifndef ANE_SUPPORT_SPELLING_H
#define ANE_SUPPORT_SPELLING_H

#include <stdbool.h>
#include <stddef.h>

/// Levenshtein distance of a[0..aLength) and the NUL-terminated b; SIZE_MAX
/// for names longer than 64 characters (never suggested).
size_t aneEditDistance(const char *a, size_t aLength, const char *b);

/// True if a name `length` long, `distance` edits from a known one, is
/// likely a typo of it: at most 2 edits, and fewer than a third of the name.
bool aneIsLikelyTypo(size_t distance, size_t length);

#endif // ANE_SUPPORT_SPELLING_H
