//===- memory_budget.c - The --max-memory option ----------------------------===//

#include "memory_budget.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

uint64_t aneDefaultMemoryBudget(void) {
  long pages = sysconf(_SC_PHYS_PAGES);
  long pageSize = sysconf(_SC_PAGESIZE);
  if (pages <= 0 || pageSize <= 0)
    return 0;
  return (uint64_t)pages * (uint64_t)pageSize / 2;
}

bool aneParseByteSize(const char *text, uint64_t *bytes) {
  if (*text < '0' || *text > '9')
    return false;
  char *end;
  errno = 0;
  unsigned long long n = strtoull(text, &end, 10);
  if (errno)
    return false;
  static const char kUnits[] = "KMGT";
  unsigned shift = 0;
  if (*end) {
    const char *unit = strchr(kUnits, *end);
    if (!unit || end[1])
      return false;
    shift = 10u * (unsigned)(unit - kUnits + 1);
  }
  if (shift && n > (UINT64_MAX >> shift))
    return false;
  *bytes = (uint64_t)n << shift;
  return true;
}

AneCliResult aneCliMaxMemory(const AneCliSpec *spec, const char *value,
                             uint64_t *bytes) {
  if (aneParseByteSize(value, bytes))
    return ANE_CLI_RUN;
  return aneCliUsageError(
      spec, "invalid --max-memory '%s' (expected <n>[K|M|G|T])", value);
}
