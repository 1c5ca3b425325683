//===- blas.c - Which OpenBLAS kernels ane-run's GEMMs run on -------------===//
//
// OpenBLAS selects its kernels once, at load time, from OPENBLAS_CORETYPE or
// the CPU model; `gotoblas` points at the selected table and
// gotoblas_dynamic_init() selects when it is NULL. Both are exported by
// OpenBLAS's run-time-dispatch (DYNAMIC_ARCH) builds, Debian's included;
// they are declared weak, so with any other build nothing changes.
//
//===----------------------------------------------------------------------===//

#include "blas.h"

#include <cblas.h>

#include <stdlib.h>
#include <string.h>

extern void *gotoblas __attribute__((weak));
extern void gotoblas_dynamic_init(void) __attribute__((weak));

const char *aneBlasCoreName(void) { return openblas_get_corename(); }

// The best kernel set of OpenBLAS 0.3.21 for the CPU's vector units.
static const char *coreForCpu(void) {
#if defined(__x86_64__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
      __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl"))
    return "SkylakeX";
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
    return "Haswell";
#endif
  return NULL;
}

const char *aneBlasChooseCore(void) {
  const char *current = aneBlasCoreName();
  if (getenv("OPENBLAS_CORETYPE") || strcmp(current, "Prescott") != 0 ||
      !&gotoblas || !gotoblas_dynamic_init)
    return current;
  const char *better = coreForCpu();
  if (!better || setenv("OPENBLAS_CORETYPE", better, 1) != 0)
    return current;
  void *selected = gotoblas;
  gotoblas = NULL;
  gotoblas_dynamic_init();
  if (!gotoblas) // an unknown name: keep what OpenBLAS had chosen
    gotoblas = selected;
  unsetenv("OPENBLAS_CORETYPE");
  return aneBlasCoreName();
}
