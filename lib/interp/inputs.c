//===- inputs.c - Deterministic random inputs for ane-run -----------------===//
//
// splitmix64 + Box-Muller: small, portable and the same on every machine, so
// a seed names the same inputs everywhere. splitmix64's k-th output is a
// function of seed + k * gamma alone, so element i's draws are computed from
// i directly and the threads fill disjoint ranges with the numbers a single
// sequential stream gives.
//
//===----------------------------------------------------------------------===//

#include "inputs.h"

#include "npy.h"
#include "parallel.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const uint64_t kGamma = UINT64_C(0x9e3779b97f4a7c15);

// The k-th output (k >= 1) of the splitmix64 stream seeded with `seed`.
static uint64_t splitmix64At(uint64_t seed, uint64_t k) {
  uint64_t z = seed + k * kGamma;
  z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
  return z ^ (z >> 31);
}

// Uniform in [0, 1) with 53 random bits.
static double uniform01At(uint64_t seed, uint64_t k) {
  return (double)(splitmix64At(seed, k) >> 11) * 0x1.0p-53;
}

static const double kPi = 3.14159265358979323846;

// Element i of a normal stream takes draws 2i+1 and 2i+2.
static double standardNormalAt(uint64_t seed, uint64_t i) {
  double u1 = 1.0 - uniform01At(seed, 2 * i + 1); // (0, 1]: log is finite
  double u2 = uniform01At(seed, 2 * i + 2);
  return sqrt(-2.0 * log(u1)) * cos(2.0 * kPi * u2);
}

void aneInputSpecDefault(AneInputSpec *spec, AneInputKind kind) {
  memset(spec, 0, sizeof(*spec));
  spec->kind = kind;
  spec->std = 1.0;
  spec->lo = -1.0;
  spec->hi = 1.0;
}

static bool parseDouble(const char *text, double *out) {
  char *end;
  *out = strtod(text, &end);
  return end != text && *end == '\0' && isfinite(*out);
}

bool aneInputSpecParse(const char *text, AneInputSpec *spec, char *error,
                       size_t errorSize) {
  if (strncmp(text, "npy=", 4) == 0) {
    aneInputSpecDefault(spec, ANE_INPUT_NPY);
    snprintf(spec->path, sizeof(spec->path), "%s", text + 4);
    return true;
  }
  if (strncmp(text, "fill=", 5) == 0) {
    aneInputSpecDefault(spec, ANE_INPUT_FILL);
    if (parseDouble(text + 5, &spec->value))
      return true;
    snprintf(error, errorSize, "invalid fill value '%s'", text + 5);
    return false;
  }
  char *copy = strdup(text);
  char *save = NULL;
  char *kind = strtok_r(copy, ",", &save);
  bool ok = true;
  if (kind && strcmp(kind, "normal") == 0) {
    aneInputSpecDefault(spec, ANE_INPUT_NORMAL);
  } else if (kind && strcmp(kind, "uniform") == 0) {
    aneInputSpecDefault(spec, ANE_INPUT_UNIFORM);
  } else {
    snprintf(error, errorSize,
             "unknown input '%s' (expected normal, uniform, fill=V or npy=PATH)",
             text);
    ok = false;
  }
  for (char *item = ok ? strtok_r(NULL, ",", &save) : NULL; item && ok;
       item = strtok_r(NULL, ",", &save)) {
    char *eq = strchr(item, '=');
    double v = 0;
    if (!eq) {
      ok = strcmp(item, "abs") == 0 && spec->kind == ANE_INPUT_NORMAL;
      spec->abs = ok;
    } else {
      *eq = '\0';
      ok = parseDouble(eq + 1, &v);
      if (ok && strcmp(item, "seed") == 0 && v >= 0) {
        spec->hasSeed = true;
        spec->seed = (uint64_t)v;
      } else if (ok && spec->kind == ANE_INPUT_NORMAL &&
                 strcmp(item, "mean") == 0) {
        spec->mean = v;
      } else if (ok && spec->kind == ANE_INPUT_NORMAL &&
                 strcmp(item, "std") == 0) {
        spec->std = v;
      } else if (ok && spec->kind == ANE_INPUT_UNIFORM &&
                 strcmp(item, "lo") == 0) {
        spec->lo = v;
      } else if (ok && spec->kind == ANE_INPUT_UNIFORM &&
                 strcmp(item, "hi") == 0) {
        spec->hi = v;
      } else {
        ok = false;
      }
      if (!ok)
        *eq = '=';
    }
    if (!ok)
      snprintf(error, errorSize, "invalid input option '%s' in '%s'", item,
               text);
  }
  // A spread that means nothing is a typo, not a request.
  if (ok && spec->kind == ANE_INPUT_NORMAL && !(spec->std >= 0)) {
    snprintf(error, errorSize, "invalid input '%s': std must be >= 0", text);
    ok = false;
  }
  if (ok && spec->kind == ANE_INPUT_UNIFORM && !(spec->lo <= spec->hi)) {
    snprintf(error, errorSize, "invalid input '%s': lo must be <= hi", text);
    ok = false;
  }
  free(copy);
  return ok;
}

typedef struct {
  const AneInputSpec *spec;
  uint64_t seed;
  AneTensor *t;
} FillJob;

// Draws elements [begin, end) of a random input.
static void fillRange(void *context, int64_t begin, int64_t end) {
  const FillJob *job = context;
  const AneInputSpec *spec = job->spec;
  double *data = job->t->data;
  if (spec->kind == ANE_INPUT_UNIFORM) {
    for (int64_t i = begin; i < end; ++i)
      data[i] = spec->lo + (spec->hi - spec->lo) *
                               uniform01At(job->seed, (uint64_t)i + 1);
  } else {
    for (int64_t i = begin; i < end; ++i) {
      double v = standardNormalAt(job->seed, (uint64_t)i);
      data[i] = spec->mean + spec->std * (spec->abs ? fabs(v) : v);
    }
  }
  // A random bool is true above the distribution's center (half of them),
  // not wherever the draw is nonzero (almost everywhere).
  if (job->t->dtype == ANE_DTYPE_BOOL) {
    double center = spec->kind == ANE_INPUT_UNIFORM
                        ? (spec->lo + spec->hi) / 2
                        : spec->mean + (spec->abs ? 0.6745 * spec->std : 0);
    for (int64_t i = begin; i < end; ++i)
      data[i] = data[i] > center;
  }
  // A random i8 or ui8 is the draw rounded to the nearest integer (then
  // saturated to the type's range like every value), not truncated toward
  // zero: uniform,lo=-128,hi=128 covers -128..127 evenly.
  if (job->t->dtype == ANE_DTYPE_I8 || job->t->dtype == ANE_DTYPE_U8)
    for (int64_t i = begin; i < end; ++i)
      data[i] = floor(data[i] + 0.5);
}

bool aneInputFill(const AneInputSpec *spec, uint64_t defaultSeed, AneTensor *t,
                  char *error, size_t errorSize) {
  switch (spec->kind) {
  case ANE_INPUT_NPY:
    return aneNpyReadInto(spec->path, t, error, errorSize);
  case ANE_INPUT_FILL:
    for (int64_t i = 0; i < t->size; ++i)
      t->data[i] = spec->value;
    return true;
  case ANE_INPUT_UNIFORM:
  case ANE_INPUT_NORMAL: {
    FillJob job = {spec, spec->hasSeed ? spec->seed : defaultSeed, t};
    // A normal costs a log and a cos: a thread pays for itself early.
    aneParallelFor(t->size, ANE_PARALLEL_GRAIN / 8, fillRange, &job);
    return true;
  }
  }
  return false;
}
