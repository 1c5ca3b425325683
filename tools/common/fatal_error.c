//===- fatal_error.c - The tools' end on an LLVM fatal error ---------------===//

#include "fatal_error.h"

#include "tool_name.h"

#include "llvm-c/ErrorHandling.h"

#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static void (*pendingCleanup)(void);

// LLVM's fatal error handler (LLVM would abort after it returns): nothing
// may unwind through MLIR's frames, so the tool ends here, as for any other
// error. (Corrupt bytecode, where most of these come from, is read in a
// child process that reports its own.)
static void onFatalError(const char *reason) {
  if (pendingCleanup)
    pendingCleanup();
  fprintf(stderr, "%s: error: MLIR stopped with a fatal error: %s\n",
          aneToolName, reason);
  fflush(stderr);
  _exit(1);
}

static void install(void) { LLVMInstallFatalErrorHandler(onFatalError); }

void aneToolInstallFatalErrorHandler(void) {
  static pthread_once_t installed = PTHREAD_ONCE_INIT;
  pthread_once(&installed, install);
}

void aneToolSetFatalErrorCleanup(void (*cleanup)(void)) {
  pendingCleanup = cleanup;
}
