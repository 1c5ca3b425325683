//===- format.h - printf into memory, and the one error-emit helper -------===//
//
// Messages are formatted to their length, never into a fixed buffer that
// would cut them: every printf-style error in the library goes through
// aneEmitErrorf.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_SUPPORT_FORMAT_H
#define ANE_SUPPORT_FORMAT_H

#include "mlir-c/IR.h"

#include <stdarg.h>

/// printf into a malloc'ed string of the right length; NULL if out of
/// memory.
char *aneFormat(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *aneFormatV(const char *fmt, va_list args)
    __attribute__((format(printf, 1, 0)));

/// mlirEmitError with a printf-style message of any length ("out of
/// memory" if it cannot be formatted).
void aneEmitErrorf(MlirLocation location, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void aneEmitErrorV(MlirLocation location, const char *fmt, va_list args)
    __attribute__((format(printf, 2, 0)));

#endif // ANE_SUPPORT_FORMAT_H
