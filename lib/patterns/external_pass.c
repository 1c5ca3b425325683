//===- external_pass.c - Stateless op-agnostic external passes ------------===//

#include "external_pass.h"

#include "support/format.h"

#include "ane-c/Dialect.h"

#include "mlir-c/Diagnostics.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

// The pass owns no state: userData is the static info struct itself, so
// construct/destruct have nothing to do and a clone can share it.
static void construct(void *userData) { (void)userData; }

static void destruct(void *userData) { (void)userData; }

// MLIR requires a clone callback (clones run concurrently on nested ops).
static void *clone(void *userData) { return userData; }

static void run(MlirOperation op, MlirExternalPass pass, void *userData) {
  const AneStatelessPassInfo *info = userData;
  if (info->transform(op) >= 0)
    return;
  aneEmitErrorf(mlirOperationGetLocation(op), "%s: out of memory",
                info->argument);
  mlirExternalPassSignalFailure(pass);
}

MlirPass aneCreateStatelessPass(const AneStatelessPassInfo *info) {
  MlirExternalPassCallbacks callbacks = {
      .construct = construct,
      .destruct = destruct,
      .initialize = NULL,
      .clone = clone,
      .run = run,
  };
  // An empty op name makes the pass op-agnostic. MLIR copies the strings.
  return mlirCreateExternalPass(
      mlirTypeIDCreate(info), mlirStringRefCreateFromCString(info->name),
      mlirStringRefCreateFromCString(info->argument),
      mlirStringRefCreateFromCString(info->description),
      mlirStringRefCreate("", 0), /*nDependentDialects=*/0,
      /*dependentDialects=*/NULL, callbacks, (void *)info);
}

static MlirWalkResult findAneOp(MlirOperation op, void *userData) {
  MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
  if (name.length > 4 && memcmp(name.data, "ane.", 4) == 0) {
    *(MlirOperation *)userData = op;
    return MlirWalkResultInterrupt;
  }
  return MlirWalkResultAdvance;
}

bool aneCheckNoUnregisteredAneOps(MlirOperation op, const char *passArgument) {
  MlirOperation found = {NULL};
  mlirOperationWalk(op, findAneOp, &found, MlirWalkPreOrder);
  if (mlirOperationIsNull(found))
    return true;
  MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(found));
  aneEmitErrorf(mlirOperationGetLocation(found),
                "%s: the ANE dialect is not loaded in this context, so "
                "'%.*s' is an unregistered op (call aneContextLoadDialect "
                "first)",
                passArgument, (int)name.length, name.data);
  return false;
}
