//===- timing.h - ane-opt --mlir-timing: one report, as mlir-opt prints ---===//
//
// mlir-opt times parsing and output beside the passes in one report. The C
// API times only the passes (in a report the pass manager prints when it is
// destroyed), so ane-opt times its own steps, captures the pass manager's
// report and prints them merged: Parser (parsing and the ANE verifier),
// Pass initialization (the pass manager's run outside every pass: the ANE
// passes compile their PDL patterns there), the pass rows as MLIR measured
// them, Output, Rest and Total.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_OPT_TIMING_H
#define ANE_OPT_TIMING_H

#include "mlir-c/Pass.h"

#include <stddef.h>
#include <stdio.h>

/// One row of the pass manager's report: seconds and the name with its
/// nesting indentation ("'func.func' Pipeline", "  AneLowerNorms").
typedef struct {
  double seconds;
  char *name;
} AneOptTimingRow;

typedef struct {
  double start;          ///< Wall clock when the chunk's processing began.
  double parser, output; ///< Wall seconds of ane-opt's own steps.
  double passManager;    ///< Wall seconds of the pass manager's whole run.
  AneOptTimingRow *passRows;
  size_t numPassRows;
} AneOptTiming;

/// Monotonic wall clock, in seconds.
double aneOptNow(void);

/// Destroys `pm` (which prints its timing report) with stderr captured: the
/// report's rows go to `timing`; any other text the pass manager prints (the
/// statistics report) goes back to stderr unchanged, and so does the whole
/// text if it does not hold a report ane-opt can read.
void aneOptDestroyTimedPassManager(MlirPassManager pm, AneOptTiming *timing);

/// Prints the merged report to `out` and releases the rows.
void aneOptPrintTiming(AneOptTiming *timing, FILE *out);

#endif // ANE_OPT_TIMING_H
