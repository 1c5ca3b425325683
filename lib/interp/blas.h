//===- blas.h - Which OpenBLAS kernels ane-run's GEMMs run on -------------===//

#ifndef ANE_INTERP_BLAS_H
#define ANE_INTERP_BLAS_H

/// The kernel set OpenBLAS uses ("SkylakeX", "Haswell", "Prescott", ...).
const char *aneBlasCoreName(void);

/// Debian 12's OpenBLAS (0.3.21) picks its kernels from the CPU model and
/// falls back to the SSE3 "Prescott" set on x86-64 models newer than it,
/// which runs a GEMM ~5x slower than the CPU can. If that happened, the CPU
/// has AVX-512 (SkylakeX kernels) or AVX2 and FMA (Haswell kernels), and
/// the user has not chosen with OPENBLAS_CORETYPE, this re-runs OpenBLAS's
/// own kernel selection with that choice. Call once at startup, before
/// any GEMM and while no other thread runs. Returns the kernel set in use.
const char *aneBlasChooseCore(void);

#endif // ANE_INTERP_BLAS_H
