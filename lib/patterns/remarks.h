//===- remarks.h - Emitting remarks from the ANE passes -------------------===//

#ifndef ANE_PATTERNS_REMARKS_H
#define ANE_PATTERNS_REMARKS_H

#include "ane-c/Passes.h"

#include <stdbool.h>

#if defined(__GNUC__) || defined(__clang__)
#define ANE_REMARK_PRINTF __attribute__((format(printf, 2, 3)))
#else
#define ANE_REMARK_PRINTF
#endif

/// True if a remark callback is installed (so a pass can skip building the
/// message).
bool aneRemarksEnabled(void);

/// Formats a remark and hands it to the installed callback, if any.
void aneEmitRemark(MlirLocation location, const char *fmt, ...)
    ANE_REMARK_PRINTF;

#endif // ANE_PATTERNS_REMARKS_H
