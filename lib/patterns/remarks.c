//===- remarks.c - The process-wide remark callback of the ANE passes -----===//
//
// The MLIR C API can only emit errors, so passes report remarks through a
// callback an embedder (or ane-opt --ane-remarks) installs. One lock guards
// the callback and serializes calls from pass threads.
//
//===----------------------------------------------------------------------===//

#include "remarks.h"

#include "support/format.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static AneRemarkCallback installed;
static void *installedUserData;

void aneSetRemarkCallback(AneRemarkCallback callback, void *userData) {
  pthread_mutex_lock(&lock);
  installed = callback;
  installedUserData = userData;
  pthread_mutex_unlock(&lock);
}

bool aneRemarksEnabled(void) {
  pthread_mutex_lock(&lock);
  bool enabled = installed != NULL;
  pthread_mutex_unlock(&lock);
  return enabled;
}

void aneEmitRemark(MlirLocation location, const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  char *message = aneFormatV(fmt, args); // no truncation
  va_end(args);
  if (!message)
    return;
  pthread_mutex_lock(&lock);
  if (installed)
    installed(location, mlirStringRefCreateFromCString(message),
              installedUserData);
  pthread_mutex_unlock(&lock);
  free(message);
}
