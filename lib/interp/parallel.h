//===- parallel.h - Split a loop over the interpreter's threads ----------===//
//
// Kernels hand independent ranges of output elements to the threads, so a
// result is bit-identical whatever the thread count: no element's value
// depends on which thread computed it or on how the range was split.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_INTERP_PARALLEL_H
#define ANE_INTERP_PARALLEL_H

#include <stdint.h>

/// Computes items [begin, end) of a loop.
typedef void (*AneRangeFn)(void *context, int64_t begin, int64_t end);

/// Threads the interpreter uses (OpenBLAS included): n >= 1, or 0 for one
/// per online CPU (the default).
void aneSetThreadCount(int n);
int aneGetThreadCount(void);

/// Runs fn over [0, count) in contiguous chunks on up to aneGetThreadCount()
/// threads, the calling thread included; each thread gets at least
/// `minPerThread` items, so small loops run inline on the caller.
void aneParallelFor(int64_t count, int64_t minPerThread, AneRangeFn fn,
                    void *context);

/// The grain for loops whose items cost about as much as a few arithmetic
/// operations: below it a thread costs more than it saves.
#define ANE_PARALLEL_GRAIN ((int64_t)1 << 15)

#endif // ANE_INTERP_PARALLEL_H
