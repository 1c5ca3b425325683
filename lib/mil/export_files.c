//===- export_files.c - Write an export's model.mil and weight file
//--------===//

#include "export_files.h"

#include "conventions.h"
#include "support/files.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *joinPath(const char *folder, const char *name) {
  size_t n = strlen(folder) + strlen(name) + 2;
  char *path = malloc(n);
  if (path)
    snprintf(path, n, "%s/%s", folder, name);
  return path;
}

// Creates `dir` and its missing parents (like mkdir -p); a component that
// exists must be a folder.
static bool ensureFolder(const char *dir, char *error, size_t errorSize) {
  char *path = strdup(dir);
  bool ok = path != NULL;
  for (char *p = path ? path + 1 : NULL; ok; ++p) {
    if (*p != '/' && *p != '\0')
      continue;
    char saved = *p;
    *p = '\0';
    struct stat st;
    if (mkdir(path, 0777) != 0 && errno != EEXIST)
      ok = false;
    else if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
      ok = (errno = ENOTDIR, false);
    *p = saved;
    if (saved == '\0')
      break;
  }
  if (!ok)
    snprintf(error, errorSize, "cannot create folder '%s': %s", dir,
             strerror(errno));
  free(path);
  return ok;
}

// `path` must be absent or (not through a symlink) of the kind `wantDir`
// says; what a two-file export may replace.
static bool replaceable(const char *path, bool wantDir, char *error,
                        size_t errorSize) {
  struct stat st;
  if (lstat(path, &st) != 0)
    return errno == ENOENT ||
           (snprintf(error, errorSize, "cannot write '%s': %s", path,
                     strerror(errno)),
            false);
  if (S_ISLNK(st.st_mode)) {
    snprintf(error, errorSize,
             "refusing to write the program through the symlink '%s' (the "
             "model and its weights are written as real files)",
             path);
    return false;
  }
  if (wantDir ? !S_ISDIR(st.st_mode) : !S_ISREG(st.st_mode)) {
    snprintf(error, errorSize,
             "cannot write the program to '%s': not a %s (a program with "
             "weights is a model.mil file and a weights/ folder beside it)",
             path, wantDir ? "folder" : "regular file");
    return false;
  }
  return true;
}

bool milExportCreateFolder(const char *modelPath, char *error,
                           size_t errorSize) {
  char *folder = aneFolderOf(modelPath);
  if (!folder) {
    snprintf(error, errorSize, "cannot write '%s': out of memory", modelPath);
    return false;
  }
  bool ok = ensureFolder(folder, error, errorSize);
  free(folder);
  return ok;
}

bool milExportWriteFiles(const MilExport *result, const char *modelPath,
                         char *error, size_t errorSize) {
  bool hasWeights = result->weights.count > 0;
  char *folder = aneFolderOf(modelPath);
  char *weightsDir = folder ? joinPath(folder, MIL_WEIGHTS_DIR) : NULL;
  char *weightsPath = folder ? joinPath(folder, MIL_WEIGHTS_FILE) : NULL;
  char *weightsTmp = NULL, *modelTmp = NULL;
  bool ok = weightsDir && weightsPath;
  if (!ok)
    snprintf(error, errorSize, "cannot write '%s': out of memory", modelPath);
  ok = ok && ensureFolder(folder, error, errorSize) &&
       replaceable(modelPath, false, error, errorSize);
  if (ok && hasWeights)
    ok = replaceable(weightsDir, true, error, errorSize) &&
         ensureFolder(weightsDir, error, errorSize) &&
         replaceable(weightsPath, false, error, errorSize) &&
         aneWriteTemporaryBeside(weightsPath, result->weights.bytes.data,
                                 result->weights.bytes.length, &weightsTmp, error,
                                 errorSize);
  ok = ok && aneWriteTemporaryBeside(modelPath, result->text.data,
                                     result->text.length, &modelTmp, error,
                                     errorSize);
  // Both files are complete: the weights first, the model that names them
  // last.
  if (ok && weightsTmp && rename(weightsTmp, weightsPath) != 0) {
    snprintf(error, errorSize, "cannot write '%s': %s", weightsPath,
             strerror(errno));
    ok = false;
  }
  if (ok && rename(modelTmp, modelPath) != 0) {
    snprintf(error, errorSize, "cannot write '%s': %s", modelPath,
             strerror(errno));
    ok = false;
  }
  if (!ok) {
    if (weightsTmp)
      unlink(weightsTmp);
    if (modelTmp)
      unlink(modelTmp);
  }
  free(weightsTmp);
  free(modelTmp);
  free(folder);
  free(weightsDir);
  free(weightsPath);
  return ok;
}
