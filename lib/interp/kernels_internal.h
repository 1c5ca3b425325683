//===- kernels_internal.h - Shared pieces of the ANE op kernels -----------===//
//
// Private to interp/kernels*.c: the kernel functions registered by
// aneLookupKernel, attribute readers that fail with a message instead of
// crashing, and a strided walker that iterates a shape row by row (the last
// dim is the caller's tight inner loop) while keeping up to three offsets.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_INTERP_KERNELS_INTERNAL_H
#define ANE_INTERP_KERNELS_INTERNAL_H

#include "kernels.h"

#include "mlir-c/IR.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__) || defined(__clang__)
#define ANE_KERNEL_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define ANE_KERNEL_PRINTF(fmt, args)
#endif

//===----------------------------------------------------------------------===//
// Kernels, one per op (named after the op)
//===----------------------------------------------------------------------===//

// kernels_norm.c
bool aneKernelRmsNorm(AneKernelCall *call);
bool aneKernelLayerNorm(AneKernelCall *call);
bool aneKernelL2Norm(AneKernelCall *call);
bool aneKernelSoftmax(AneKernelCall *call);

// kernels_reduce.c
bool aneKernelReduceSum(AneKernelCall *call);
bool aneKernelReduceMean(AneKernelCall *call);
bool aneKernelReduceMax(AneKernelCall *call);
bool aneKernelReduceMin(AneKernelCall *call);
bool aneKernelReduceL1Norm(AneKernelCall *call);
bool aneKernelReduceL2Norm(AneKernelCall *call);
bool aneKernelReduceSumSquare(AneKernelCall *call);
bool aneKernelReduceLogSumExp(AneKernelCall *call);
bool aneKernelReduceArgmax(AneKernelCall *call);

// kernels_elementwise.c
bool aneKernelAdd(AneKernelCall *call);
bool aneKernelSub(AneKernelCall *call);
bool aneKernelMul(AneKernelCall *call);
bool aneKernelRealDiv(AneKernelCall *call);
bool aneKernelMaximum(AneKernelCall *call);
bool aneKernelMinimum(AneKernelCall *call);
bool aneKernelPow(AneKernelCall *call);
bool aneKernelFloorDiv(AneKernelCall *call);
bool aneKernelEqual(AneKernelCall *call);
bool aneKernelNotEqual(AneKernelCall *call);
bool aneKernelLess(AneKernelCall *call);
bool aneKernelLessEqual(AneKernelCall *call);
bool aneKernelGreater(AneKernelCall *call);
bool aneKernelGreaterEqual(AneKernelCall *call);
bool aneKernelLogicalAnd(AneKernelCall *call);
bool aneKernelLogicalOr(AneKernelCall *call);
bool aneKernelLogicalXor(AneKernelCall *call);
bool aneKernelLogicalNot(AneKernelCall *call);
bool aneKernelSelect(AneKernelCall *call);
bool aneKernelFloor(AneKernelCall *call);
bool aneKernelClip(AneKernelCall *call);
bool aneKernelRsqrt(AneKernelCall *call);
bool aneKernelInverse(AneKernelCall *call);
bool aneKernelLog(AneKernelCall *call);
bool aneKernelSqrt(AneKernelCall *call);
bool aneKernelExp(AneKernelCall *call);
bool aneKernelRelu(AneKernelCall *call);
bool aneKernelSilu(AneKernelCall *call);
bool aneKernelSigmoid(AneKernelCall *call);
bool aneKernelTanh(AneKernelCall *call);
bool aneKernelAbs(AneKernelCall *call);
bool aneKernelSquare(AneKernelCall *call);
bool aneKernelGelu(AneKernelCall *call);
bool aneKernelCast(AneKernelCall *call);

// kernels_linalg.c
bool aneKernelMatmul(AneKernelCall *call);
bool aneKernelLinear(AneKernelCall *call);

// kernels_quantize.c
bool aneKernelConstexprAffineDequantize(AneKernelCall *call);
bool aneKernelQuantize(AneKernelCall *call);
bool aneKernelDequantize(AneKernelCall *call);
bool aneKernelConstexprLutToDense(AneKernelCall *call);
bool aneKernelConstexprBlockwiseShiftScale(AneKernelCall *call);

// kernels_conv.c
bool aneKernelConv(AneKernelCall *call);

// kernels_shape.c
bool aneKernelReshape(AneKernelCall *call);
bool aneKernelTranspose(AneKernelCall *call);
bool aneKernelConcat(AneKernelCall *call);
bool aneKernelSliceBySize(AneKernelCall *call);
bool aneKernelSliceByIndex(AneKernelCall *call);
bool aneKernelPad(AneKernelCall *call);
bool aneKernelExpandDims(AneKernelCall *call);
bool aneKernelSqueeze(AneKernelCall *call);
bool aneKernelTile(AneKernelCall *call);
bool aneKernelSplit(AneKernelCall *call);
bool aneKernelGather(AneKernelCall *call);
bool aneKernelIdentity(AneKernelCall *call);

//===----------------------------------------------------------------------===//
// Failure and operand checks (kernels.c)
//
// Messages name no op: the interpreter prefixes them with the op's name and
// reports them at its location.
//===----------------------------------------------------------------------===//

/// Writes the formatted message into call->error and returns false.
bool aneKernelFail(AneKernelCall *call, const char *fmt, ...)
    ANE_KERNEL_PRINTF(2, 3);

/// Fails unless minCount <= numOperands <= maxCount and no operand is NULL.
bool aneKernelCheckOperandCount(AneKernelCall *call, int minCount,
                                int maxCount);

/// Fails unless `t` has exactly the result's shape (`what` names `t`).
bool aneKernelCheckSameShapeAsResult(AneKernelCall *call, const AneTensor *t,
                                     const char *what);

/// Maps a Python-style axis to [0, rank) in `*out`, failing if out of range.
bool aneKernelNormalizeAxis(AneKernelCall *call, int64_t axis, int rank,
                            int *out);

/// The numerics for float intermediates of this call: i32 results (integer
/// sums, means, ...) are computed exactly, so they use the f32 (identity)
/// numerics even in ane-fp16 mode.
AneNumerics aneKernelComputeNumerics(const AneKernelCall *call);

//===----------------------------------------------------------------------===//
// Attributes (kernels.c): each fails with a message if `name` is missing or
// of the wrong kind.
//===----------------------------------------------------------------------===//

bool aneKernelGetI64(AneKernelCall *call, const char *name, int64_t *out);
/// Any attribute (a `constant`-kind one: scalar, dense tensor or unit).
bool aneKernelGetConstant(AneKernelCall *call, const char *name,
                          MlirAttribute *out);
bool aneKernelGetBool(AneKernelCall *call, const char *name, bool *out);
bool aneKernelGetString(AneKernelCall *call, const char *name,
                        MlirStringRef *out);
/// Reads a float attribute as double (no rounding).
bool aneKernelGetFloat(AneKernelCall *call, const char *name, double *out);
/// Reads `epsilon` and rounds it with aneRoundEpsilon.
bool aneKernelGetEpsilon(AneKernelCall *call, double *out);
/// Reads an array<i64> of at most `capacity` entries into `out`.
bool aneKernelGetI64Array(AneKernelCall *call, const char *name, int64_t *out,
                          int capacity, int *count);

//===----------------------------------------------------------------------===//
// Matrix products (kernels_gemm.c): the one GEMM behind matmul, linear and
// conv, so the three accumulate identically.
//===----------------------------------------------------------------------===//

/// c[m, n] (row-major, dense) = op(a) * op(b), with a [m, k] at row stride
/// lda ([k, m] when transA) and b [k, n] at row stride ldb ([n, k] when
/// transB), accumulated as `cn` computes: f32 (the reference, double
/// arithmetic) through cblas_dgemm on the doubles, ane-fp16 (fp16 inputs,
/// fp32 accumulation) through cblas_sgemm on float copies. `c` holds the
/// unrounded sums. Fails (through `call`) if a dim exceeds BLAS's int or
/// the float copies cannot be allocated.
bool aneGemm(AneKernelCall *call, AneNumerics cn, bool transA, bool transB,
             int64_t m, int64_t n, int64_t k, const double *a, int64_t lda,
             const double *b, int64_t ldb, double *c);

//===----------------------------------------------------------------------===//
// Shapes
//===----------------------------------------------------------------------===//

/// Splits `t` around `axis` (in [0, rank)): outer = product of the dims
/// before it, n = its dim, inner = product of the dims after it.
void aneSplitAxis(const AneTensor *t, int axis, int64_t *outer, int64_t *n,
                  int64_t *inner);

/// Strides to read a tensor of shape `srcDims` (rank `srcRank`) broadcast
/// numpy-style to `dims` (rank `rank` >= srcRank, trailing dims aligned):
/// out[d] is 0 for missing or stretched (size-1) dims. Returns false if a
/// dim is neither 1 nor equal to the target dim.
bool aneBroadcastStrides(int rank, const int64_t *dims, int srcRank,
                         const int64_t *srcDims, int64_t *out);

//===----------------------------------------------------------------------===//
// Row walker
//
// Iterates the rows of a shape (all dims but the last) in row-major order,
// keeping one offset per stream (e.g. input, output). Usage:
//
//   AneWalk w;
//   aneWalkInit(&w, rank, dims, 2);
//   ...set w.strides[s][d] for each stream s and dim d...
//   for (int64_t row = 0; row < w.numRows; ++row, aneWalkNextRow(&w))
//     for (int64_t j = 0; j < w.rowLength; ++j)
//       ... a[w.offsets[0] + j * w.strides[0][rank - 1]] ...
//===----------------------------------------------------------------------===//

#define ANE_WALK_MAX_STREAMS 3

typedef struct {
  int rank;
  int numStreams;
  int64_t dims[ANE_INTERP_MAX_RANK];
  int64_t index[ANE_INTERP_MAX_RANK];
  int64_t strides[ANE_WALK_MAX_STREAMS][ANE_INTERP_MAX_RANK];
  int64_t offsets[ANE_WALK_MAX_STREAMS];
  int64_t numRows;   ///< Product of all dims but the last.
  int64_t rowLength; ///< The last dim.
} AneWalk;

/// Starts at index 0 with zero strides and offsets. `rank` is 1..5.
void aneWalkInit(AneWalk *w, int rank, const int64_t *dims, int numStreams);

/// Moves to row `row` (0 <= row < numRows) of a walk whose strides are set,
/// so a thread can start its range of rows there.
void aneWalkSeekRow(AneWalk *w, int64_t row);

/// Rows [begin, end) of a walk; `w` is a copy positioned at row `begin`.
typedef void (*AneWalkRowsFn)(void *context, AneWalk *w, int64_t begin,
                              int64_t end);

/// Runs fn over every row of `w` on the interpreter's threads. With
/// `foldStream` >= 0, rows that fold into the same element of that stream
/// (stride 0 along the folded dims: a reduction's result, a norm's group)
/// stay on one thread, so each element still folds its rows in row-major
/// order: the split is between indices of the leading dims not folded. With
/// -1 every row stands alone.
void aneWalkParallelRows(const AneWalk *w, int foldStream, AneWalkRowsFn fn,
                         void *context);

/// Moves to the next row: increments the index over dims [0, rank-1) and
/// updates every offset by the strides of the dims that changed.
static inline void aneWalkNextRow(AneWalk *w) {
  for (int d = w->rank - 2; d >= 0; --d) {
    for (int s = 0; s < w->numStreams; ++s)
      w->offsets[s] += w->strides[s][d];
    if (++w->index[d] < w->dims[d])
      return;
    w->index[d] = 0;
    for (int s = 0; s < w->numStreams; ++s)
      w->offsets[s] -= w->strides[s][d] * w->dims[d];
  }
}

#endif // ANE_INTERP_KERNELS_INTERNAL_H
