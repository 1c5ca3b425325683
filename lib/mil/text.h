//===- text.h - Building MIL text ------------------------------------------===//
//
// The spellings the exporter writes into its AneBuffer in coremlc
// style (docs/mil-format.md §3-5): shortest hex floats, `tensor<fp16, [2, 3]>`
// types, scalar and tensor literals.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_MIL_TEXT_H
#define ANE_MIL_TEXT_H

#include "dtype.h"
#include "support/buffer.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// A float value as coremlc writes it: the shortest C99 hex float
/// (`0x1p+0`, `0x1.8p+1`, `-0x1.5p-17`, `0x0p+0`), or `inf`/`-inf`/`nan`.
void milFormatFloat(double value, char *out, size_t size);

/// `fp16`, or `tensor<fp16, [2, ?]>` (rank < 0: a scalar; a dim < 0: `?`).
void milTextAppendType(AneBuffer *text, MilDType dtype, int rank,
                       const int64_t *dims);

#endif // ANE_MIL_TEXT_H
