//===- memory_budget.h - The --max-memory option of ane-run and ane-translate ===//
//
// Both tools stop with an error instead of being killed by the OOM killer
// when an input asks for more memory than the budget (docs/robustness.md,
// limits): ane-run counts live tensor data, ane-translate the bytes an
// export writes.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_TOOLS_MEMORY_BUDGET_H
#define ANE_TOOLS_MEMORY_BUDGET_H

#include "cli.h"

#include <stdbool.h>
#include <stdint.h>

/// The default budget: half of the machine's physical memory (0, meaning
/// no limit, if it cannot be read).
uint64_t aneDefaultMemoryBudget(void);

/// Parses "<n>[K|M|G|T]" (binary units, 0 = no limit) into bytes; false on
/// anything else or overflow.
bool aneParseByteSize(const char *text, uint64_t *bytes);

/// The value of --max-memory into `*bytes`, or a usage error (exit 2).
AneCliResult aneCliMaxMemory(const AneCliSpec *spec, const char *value,
                             uint64_t *bytes);

#endif // ANE_TOOLS_MEMORY_BUDGET_H
