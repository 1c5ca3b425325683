/*===-- ane-c/Support.h - ANE C API support definitions -----------*- C -*-===*\
|*                                                                            *|
|* Shared definitions of the ane-mlir C API: the export macro and the         *|
|* library version.                                                           *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef ANE_C_SUPPORT_H
#define ANE_C_SUPPORT_H

#include "mlir-c/Support.h"

#if defined(_WIN32)
#define ANE_CAPI_EXPORTED __declspec(dllexport)
#else
#define ANE_CAPI_EXPORTED __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

/// Returns the version of the ane-mlir library as "MAJOR.MINOR.PATCH". The
/// string is owned by the library and lives as long as the program.
ANE_CAPI_EXPORTED MlirStringRef aneGetVersion(void);

#ifdef __cplusplus
}
#endif

#endif // ANE_C_SUPPORT_H
