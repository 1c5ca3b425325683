//===- parallel.c - Split a loop over the interpreter's threads ----------===//
//
// One pthread per extra chunk, started per call: ane-run runs a few hundred
// large ops at most, so the ~50 us of a start are noise next to the work,
// and no pool outlives a run.
//
//===----------------------------------------------------------------------===//

#include "parallel.h"

#include <cblas.h>

#include <pthread.h>
#include <stdbool.h>
#include <unistd.h>

#define MAX_THREADS 64

static int gThreadCount = 0; // 0: one per online CPU

static int onlineCpus(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > MAX_THREADS ? MAX_THREADS : (int)n;
}

void aneSetThreadCount(int n) {
  gThreadCount = n < 0 ? 0 : n > MAX_THREADS ? MAX_THREADS : n;
  // OpenBLAS's own pool follows, so --threads=1 is one core end to end.
  openblas_set_num_threads(aneGetThreadCount());
}

int aneGetThreadCount(void) {
  return gThreadCount ? gThreadCount : onlineCpus();
}

typedef struct {
  AneRangeFn fn;
  void *context;
  int64_t begin, end;
} Chunk;

static void *runChunk(void *arg) {
  Chunk *chunk = arg;
  chunk->fn(chunk->context, chunk->begin, chunk->end);
  return NULL;
}

void aneParallelFor(int64_t count, int64_t minPerThread, AneRangeFn fn,
                    void *context) {
  if (count <= 0)
    return;
  int64_t threads = aneGetThreadCount();
  if (minPerThread < 1)
    minPerThread = 1;
  if (threads > count / minPerThread)
    threads = count / minPerThread;
  if (threads <= 1) {
    fn(context, 0, count);
    return;
  }
  Chunk chunks[MAX_THREADS];
  pthread_t ids[MAX_THREADS];
  bool started[MAX_THREADS] = {false};
  for (int64_t t = 0; t < threads; ++t)
    chunks[t] = (Chunk){fn, context, count * t / threads,
                        count * (t + 1) / threads};
  // Chunk 0 runs here; a chunk whose thread cannot start runs here too.
  for (int64_t t = 1; t < threads; ++t)
    started[t] = pthread_create(&ids[t], NULL, runChunk, &chunks[t]) == 0;
  runChunk(&chunks[0]);
  for (int64_t t = 1; t < threads; ++t) {
    if (started[t])
      pthread_join(ids[t], NULL);
    else
      runChunk(&chunks[t]);
  }
}
