//===- timing.c - ane-opt --mlir-timing: one report, as mlir-opt prints ---===//

#include "timing.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

// The lines around MLIR's execution time report (mlir/Support/Timing.cpp).
static const char kRule[] =
    "===-------------------------------------------------------------------"
    "------===\n";
static const char kTitle[] =
    "                         ... Execution time report ...\n";
static const char kColumns[] = "  ----Wall Time----  ----Name----\n";
// When passes ran on several threads MLIR adds a user time column first.
static const char kColumnsWithUser[] =
    "  ----User Time----  ----Wall Time----  ----Name----\n";

double aneOptNow(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (double)now.tv_sec + (double)now.tv_nsec * 1e-9;
}

// Reads all of `file` from its start; NULL if out of memory.
static char *readAll(FILE *file) {
  if (fseek(file, 0, SEEK_END) != 0)
    return NULL;
  long size = ftell(file);
  if (size < 0 || fseek(file, 0, SEEK_SET) != 0)
    return NULL;
  char *text = malloc((size_t)size + 1);
  if (!text)
    return NULL;
  size_t n = fread(text, 1, (size_t)size, file);
  text[n] = '\0';
  return text;
}

static bool addRow(AneOptTiming *timing, double seconds, const char *name,
                   size_t length) {
  AneOptTimingRow *rows = realloc(
      timing->passRows, (timing->numPassRows + 1) * sizeof(AneOptTimingRow));
  if (!rows)
    return false;
  timing->passRows = rows;
  char *copy = malloc(length + 1);
  if (!copy)
    return false;
  memcpy(copy, name, length);
  copy[length] = '\0';
  rows[timing->numPassRows++] = (AneOptTimingRow){seconds, copy};
  return true;
}

// Takes the rows of the report that starts at `report` (its first rule)
// into `timing`, except Rest and Total, which ane-opt recomputes. Returns a
// pointer just past the report, or NULL if it is not one ane-opt can read.
static const char *takeRows(const char *report, AneOptTiming *timing) {
  const char *p = report + strlen(kRule);
  if (strncmp(p, kTitle, strlen(kTitle)) != 0)
    return NULL;
  const char *columns = strstr(p, "  ----");
  bool withUser = columns && strncmp(columns, kColumnsWithUser,
                                     strlen(kColumnsWithUser)) == 0;
  if (!columns ||
      (!withUser && strncmp(columns, kColumns, strlen(kColumns)) != 0))
    return NULL;
  p = columns + strlen(withUser ? kColumnsWithUser : kColumns);
  while (*p) {
    const char *end = strchr(p, '\n');
    size_t length = end ? (size_t)(end - p) : strlen(p);
    // "  %8.4f (%5.1f%%)  <indent><name>", after the user time column
    // "  %8.4f (%5.1f%%)" if there is one; the report keeps wall times.
    const char *row = p;
    if (withUser) {
      row = strstr(p, "%)");
      if (!row || row > p + length)
        return NULL;
      row += 2;
    }
    char *after;
    double seconds = strtod(row, &after);
    const char *name = strstr(after, "%)  ");
    if (after == row || !name || name > p + length)
      return NULL;
    name += 4;
    size_t nameLength = length - (size_t)(name - p);
    bool last = nameLength == 5 && strncmp(name, "Total", 5) == 0;
    bool rest = nameLength == 4 && strncmp(name, "Rest", 4) == 0;
    if (!last && !rest && !addRow(timing, seconds, name, nameLength))
      return NULL;
    p += length + (end ? 1 : 0);
    if (last)
      return p;
  }
  return NULL;
}

void aneOptDestroyTimedPassManager(MlirPassManager pm, AneOptTiming *timing) {
  fflush(stderr);
  FILE *capture = tmpfile();
  int saved = capture ? dup(STDERR_FILENO) : -1;
  if (saved < 0 || dup2(fileno(capture), STDERR_FILENO) < 0) {
    // Nothing to capture into: the pass manager's report prints as it is.
    if (saved >= 0)
      close(saved);
    if (capture)
      fclose(capture);
    mlirPassManagerDestroy(pm);
    return;
  }
  mlirPassManagerDestroy(pm);
  fflush(stderr);
  dup2(saved, STDERR_FILENO);
  close(saved);
  char *text = readAll(capture);
  fclose(capture);
  if (!text)
    return;
  // The report starts at the rule just before its title.
  const char *title = strstr(text, kTitle);
  const char *report = title && (size_t)(title - text) >= strlen(kRule)
                           ? title - strlen(kRule)
                           : NULL;
  const char *after =
      report && strncmp(report, kRule, strlen(kRule)) == 0
          ? takeRows(report, timing)
          : NULL;
  if (after) {
    fwrite(text, 1, (size_t)(report - text), stderr);
    fputs(after, stderr);
  } else {
    fputs(text, stderr);
  }
  free(text);
}

static void printRow(FILE *out, double seconds, double total,
                     const char *name) {
  fprintf(out, "  %8.4f (%5.1f%%)  %s\n", seconds,
          total > 0 ? 100.0 * seconds / total : 100.0, name);
}

void aneOptPrintTiming(AneOptTiming *timing, FILE *out) {
  double total = aneOptNow() - timing->start;
  double passes = 0;
  for (size_t i = 0; i < timing->numPassRows; ++i)
    if (timing->passRows[i].name[0] != ' ') // top level: no indentation
      passes += timing->passRows[i].seconds;
  double initialization =
      timing->passManager > passes ? timing->passManager - passes : 0;
  double accounted = timing->parser + initialization + passes + timing->output;
  double rest = total > accounted ? total - accounted : 0;
  fputs(kRule, out);
  fputs(kTitle, out);
  fputs(kRule, out);
  fprintf(out, "  Total Execution Time: %.4f seconds\n\n", total);
  fputs(kColumns, out);
  printRow(out, timing->parser, total, "Parser");
  if (timing->passManager > 0)
    printRow(out, initialization, total, "Pass initialization");
  for (size_t i = 0; i < timing->numPassRows; ++i) {
    printRow(out, timing->passRows[i].seconds, total,
             timing->passRows[i].name);
    free(timing->passRows[i].name);
  }
  printRow(out, timing->output, total, "Output");
  printRow(out, rest, total, "Rest");
  printRow(out, total, total, "Total");
  free(timing->passRows);
  timing->passRows = NULL;
  timing->numPassRows = 0;
}
