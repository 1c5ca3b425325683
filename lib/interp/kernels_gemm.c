//===- kernels_gemm.c - The matrix product of matmul, linear and conv -----===//
//
// One GEMM on Debian's OpenBLAS for the three ops, so that a 1x1 conv and
// the same layer as a linear make the same call and stay bit-identical.
// f32 numerics is double arithmetic (dgemm on the stored doubles); ane-fp16
// multiplies fp16 values (exact in float) and accumulates in fp32 (sgemm on
// float copies). BLAS chooses the summation order (blocked, FMA); each
// product is exact in either numerics, so only the order of the adds
// differs from a sequential dot product.
//
//===----------------------------------------------------------------------===//

#include "kernels_internal.h"
#include "parallel.h"

#include <cblas.h>

#include <limits.h>
#include <stdlib.h>

typedef struct {
  const double *src;
  float *dst;
  int64_t cols, ld;
} PackJob;

static void packRows(void *context, int64_t begin, int64_t end) {
  const PackJob *job = context;
  for (int64_t i = begin; i < end; ++i)
    for (int64_t j = 0; j < job->cols; ++j)
      job->dst[i * job->cols + j] = (float)job->src[i * job->ld + j];
}

// Packs the rows x cols matrix at row stride ld into dense floats.
static float *toFloat(const double *src, int64_t rows, int64_t cols,
                      int64_t ld) {
  float *dst = malloc((size_t)(rows * cols > 0 ? rows * cols : 1) *
                      sizeof(float));
  if (!dst)
    return NULL;
  PackJob job = {src, dst, cols, ld};
  aneParallelFor(rows, ANE_PARALLEL_GRAIN / (cols > 0 ? cols : 1) + 1,
                 packRows, &job);
  return dst;
}

typedef struct {
  const float *src;
  double *dst;
} WidenJob;

static void widenRange(void *context, int64_t begin, int64_t end) {
  const WidenJob *job = context;
  for (int64_t i = begin; i < end; ++i)
    job->dst[i] = job->src[i];
}

bool aneGemm(AneKernelCall *call, AneNumerics cn, bool transA, bool transB,
             int64_t m, int64_t n, int64_t k, const double *a, int64_t lda,
             const double *b, int64_t ldb, double *c) {
  if (m <= 0 || n <= 0)
    return true;
  if (k <= 0) {
    for (int64_t i = 0; i < m * n; ++i)
      c[i] = 0.0;
    return true;
  }
  if (m > INT_MAX || n > INT_MAX || k > INT_MAX || lda > INT_MAX ||
      ldb > INT_MAX)
    return aneKernelFail(call, "matrix dims exceed BLAS's int range");
  enum CBLAS_TRANSPOSE ta = transA ? CblasTrans : CblasNoTrans;
  enum CBLAS_TRANSPOSE tb = transB ? CblasTrans : CblasNoTrans;
  if (cn == ANE_NUMERICS_F32) {
    cblas_dgemm(CblasRowMajor, ta, tb, (int)m, (int)n, (int)k, 1.0, a,
                (int)lda, b, (int)ldb, 0.0, c, (int)n);
    return true;
  }
  // Stored shapes: a is [m, k] or [k, m], b is [k, n] or [n, k].
  int64_t aRows = transA ? k : m, aCols = transA ? m : k;
  int64_t bRows = transB ? n : k, bCols = transB ? k : n;
  float *af = toFloat(a, aRows, aCols, lda);
  float *bf = af ? toFloat(b, bRows, bCols, ldb) : NULL;
  float *cf = bf ? malloc((size_t)(m * n) * sizeof(float)) : NULL;
  if (!cf) {
    free(af);
    free(bf);
    return aneKernelFail(call, "out of memory for the fp32 matrix copies");
  }
  cblas_sgemm(CblasRowMajor, ta, tb, (int)m, (int)n, (int)k, 1.0f, af,
              (int)aCols, bf, (int)bCols, 0.0f, cf, (int)n);
  WidenJob widen = {cf, c};
  aneParallelFor(m * n, ANE_PARALLEL_GRAIN, widenRange, &widen);
  free(af);
  free(bf);
  free(cf);
  return true;
}
