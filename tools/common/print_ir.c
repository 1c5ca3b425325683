//===- print_ir.c - Print a module as text through a buffered stream ------===//
//
// mlirOperationPrintWithFlags hands every token of the printer to its
// callback through an unbuffered stream (1.8 million calls for a module of
// 25 000 ops): more than half the time of printing (docs/performance.md).
// The one print in MLIR's C API that writes through a buffered stream is the
// pass manager's IR printer with a folder (mlirPassManagerEnableIRPrinting's
// file tree): it prints the module with the same Operation::print and flags
// into a file, after one header line and before an empty line. So a pass
// that changes nothing runs with it, and the file minus those two goes to
// the output. Anything unexpected (no scratch folder, no file or another
// layout) falls back to the callback: the bytes are the same either way.
// The folders cost a few milliseconds where removing one is slow (3 ms on a
// discard-mounted ext4), so small modules take the callback.
//
//===----------------------------------------------------------------------===//

#include "print_ir.h"

#include "fatal_error.h"

#include "patterns/external_pass.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/Pass.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static intptr_t changeNothing(MlirOperation op) {
  (void)op;
  return 0;
}

static const AneStatelessPassInfo kPrintPass = {
    "AnePrint", "ane-print",
    "Changes nothing: the IR printed after it is the tool's output",
    changeNothing};

// What the IR printer writes on the line before the IR.
static const char kHeader[] = "// -----// IR Dump After ";

// The scratch folder being printed into ("" if none): the fatal error
// handler removes it (a full disk ends MLIR's file stream with one).
static char scratch[PATH_MAX];

// Removes the entries of the folder `fd` (closed here), and theirs down to
// `depth` more levels: the IR printer makes a folder per op it nests in.
static void removeEntries(int fd, int depth) {
  DIR *dir = fdopendir(fd);
  if (!dir) {
    close(fd);
    return;
  }
  struct dirent *entry;
  while ((entry = readdir(dir))) {
    const char *name = entry->d_name;
    if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0 ||
        unlinkat(dirfd(dir), name, 0) == 0 || depth == 0)
      continue;
    int sub = openat(dirfd(dir), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
    if (sub >= 0)
      removeEntries(sub, depth - 1);
    unlinkat(dirfd(dir), name, AT_REMOVEDIR);
  }
  closedir(dir);
}

static void removeScratch(void) {
  if (!scratch[0])
    return;
  int fd = open(scratch, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
  if (fd >= 0)
    removeEntries(fd, 1);
  rmdir(scratch);
  scratch[0] = '\0';
}

// Opens the only entry of the folder `dirFd` if it is a folder (`folder`)
// or a regular file; -1 otherwise. Closes `dirFd`.
static int openOnlyEntry(int dirFd, bool folder) {
  DIR *dir = fdopendir(dirFd);
  if (!dir) {
    close(dirFd);
    return -1;
  }
  int fd = -1, found = 0;
  struct dirent *entry;
  while ((entry = readdir(dir))) {
    if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
      continue;
    if (++found > 1)
      break;
    fd = openat(dirfd(dir), entry->d_name,
                O_RDONLY | O_NOFOLLOW | (folder ? O_DIRECTORY : 0));
  }
  closedir(dir);
  struct stat st;
  if (fd >= 0 && (found != 1 || fstat(fd, &st) != 0 ||
                  (folder ? !S_ISDIR(st.st_mode) : !S_ISREG(st.st_mode)))) {
    close(fd);
    fd = -1;
  }
  return fd;
}

// Appends the IR of the printed file (scratch/<module folder>/<file>) to
// `out`. False if there is no such file or it is not as expected.
static bool copyPrinted(AneOutput *out) {
  int fd = open(scratch, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
  if (fd >= 0)
    fd = openOnlyEntry(fd, true);
  if (fd >= 0)
    fd = openOnlyEntry(fd, false);
  if (fd < 0)
    return false;
  // The header line, the IR, its newline and an empty line.
  struct stat st;
  char head[256], tail[2];
  size_t header = sizeof(kHeader) - 1, begin = 0;
  ssize_t n = fstat(fd, &st) == 0 && st.st_size > 2
                  ? pread(fd, head, sizeof(head), 0)
                  : -1;
  const char *eol = n > 0 ? memchr(head, '\n', (size_t)n) : NULL;
  if (eol)
    begin = (size_t)(eol - head) + 1;
  size_t size = eol ? (size_t)st.st_size : 0;
  bool ok = eol && (size_t)n >= header && memcmp(head, kHeader, header) == 0 &&
            begin + 2 < size && pread(fd, tail, 2, (off_t)size - 2) == 2 &&
            tail[0] == '\n' && tail[1] == '\n' &&
            aneOutputAppendFile(out, fd, (off_t)begin, size - 1 - begin);
  close(fd);
  return ok;
}

bool anePrintModuleBuffered(AneOutput *out, MlirContext context,
                            MlirOperation module, MlirOpPrintingFlags flags) {
  MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(module));
  if (name.length != 14 || memcmp(name.data, "builtin.module", 14) != 0)
    return false;
  // The module's folder is named after its symbol: keep it a short name.
  MlirAttribute symbol = mlirOperationGetAttributeByName(
      module, mlirStringRefCreateFromCString("sym_name"));
  if (!mlirAttributeIsNull(symbol) &&
      (!mlirAttributeIsAString(symbol) ||
       mlirStringAttrGetValue(symbol).length > 128))
    return false;
  char *folder = aneOutputScratchFolder(out);
  int n = folder ? snprintf(scratch, sizeof(scratch), "%s/.ane-print-XXXXXX",
                            folder)
                 : -1;
  free(folder);
  if (n < 0 || n > PATH_MAX / 2 || !mkdtemp(scratch)) {
    scratch[0] = '\0';
    return false;
  }
  aneToolInstallFatalErrorHandler();
  aneToolSetFatalErrorCleanup(removeScratch);
  MlirPassManager pm = mlirPassManagerCreateOnOperation(
      context, mlirStringRefCreateFromCString("builtin.module"));
  // The IR is verified (the printer's own check is off in `flags` too).
  mlirPassManagerEnableVerifier(pm, false);
  mlirPassManagerAddOwnedPass(pm, aneCreateStatelessPass(&kPrintPass));
  mlirPassManagerEnableIRPrinting(pm, false, true, false, false, false, flags,
                                  mlirStringRefCreateFromCString(scratch));
  bool ok = mlirLogicalResultIsSuccess(mlirPassManagerRunOnOp(pm, module));
  mlirPassManagerDestroy(pm);
  ok = ok && copyPrinted(out);
  removeScratch();
  aneToolSetFatalErrorCleanup(NULL);
  return ok;
}

// Modules of fewer ops print through the callback: the buffered way saves
// ~1.5 us per op and costs up to ~7 ms (two folders made and removed).
enum { kMinBufferedOps = 8192 };

static MlirWalkResult countOp(MlirOperation op, void *userData) {
  (void)op;
  return ++*(int *)userData < kMinBufferedOps ? MlirWalkResultAdvance
                                              : MlirWalkResultInterrupt;
}

static void appendToOutput(MlirStringRef s, void *userData) {
  aneOutputAppend(userData, s.data, s.length);
}

void anePrintModule(AneOutput *out, MlirContext context, MlirOperation module,
                    MlirOpPrintingFlags flags) {
  int numOps = 0;
  mlirOperationWalk(module, countOp, &numOps, MlirWalkPreOrder);
  if (numOps >= kMinBufferedOps &&
      anePrintModuleBuffered(out, context, module, flags))
    return;
  mlirOperationPrintWithFlags(module, flags, appendToOutput, out);
  aneOutputAppendString(out, "\n");
}
