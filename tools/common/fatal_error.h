//===- fatal_error.h - The tools' end on an LLVM fatal error ---------------===//

#ifndef ANE_TOOLS_FATAL_ERROR_H
#define ANE_TOOLS_FATAL_ERROR_H

/// Installs (once) the handler that ends the tool on an LLVM fatal error with
/// "<tool>: error: MLIR stopped with a fatal error: <reason>" and exit 1,
/// rather than an abort.
void aneToolInstallFatalErrorHandler(void);

/// While set (non-NULL), the handler calls `cleanup` before exiting: for
/// scratch files a step has made and would otherwise leave behind. One at a
/// time; pass NULL when the step is done.
void aneToolSetFatalErrorCleanup(void (*cleanup)(void));

#endif // ANE_TOOLS_FATAL_ERROR_H
