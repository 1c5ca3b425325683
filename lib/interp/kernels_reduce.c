//===- kernels_reduce.c - The eight reductions and reduce_argmax ----------===//
//
// One pass over x in row-major order; each input element is folded into the
// accumulator of its output element, found through output strides that are
// 0 along reduced dims (so kept and dropped dims are handled alike). The
// accumulators live in the result's buffer and are computed-rounded after
// every step (the ANE accumulates in fp32); the final value is stored-rounded
// once. log_sum_exp takes a first pass for the maxima. Threads take blocks
// of rows that share no output (aneWalkParallelRows).
//
//===----------------------------------------------------------------------===//

#include "kernels_internal.h"

#include <math.h>
#include <stdlib.h>

typedef enum {
  REDUCE_SUM,
  REDUCE_MEAN,
  REDUCE_MAX,
  REDUCE_MIN,
  REDUCE_L1_NORM,
  REDUCE_L2_NORM,
  REDUCE_SUM_SQUARE,
  REDUCE_LOG_SUM_EXP,
} ReduceKind;

// Reads axes/keep_dims and sets up `w` over x's shape with stream 0 = x and
// stream 1 = the result (0 strides along reduced dims). `*count` is the
// number of input elements per output element.
static bool setUpReduction(AneKernelCall *call, AneWalk *w, int64_t *count) {
  if (!aneKernelCheckOperandCount(call, 1, 1))
    return false;
  const AneTensor *x = call->operands[0];
  const AneTensor *r = call->result;

  int64_t axes[ANE_INTERP_MAX_RANK];
  int numAxes;
  bool keepDims;
  if (!aneKernelGetI64Array(call, "axes", axes, ANE_INTERP_MAX_RANK,
                            &numAxes) ||
      !aneKernelGetBool(call, "keep_dims", &keepDims))
    return false;
  if (numAxes == 0)
    return aneKernelFail(call, "axes must not be empty");

  bool reduced[ANE_INTERP_MAX_RANK] = {false};
  for (int i = 0; i < numAxes; ++i) {
    int axis;
    if (!aneKernelNormalizeAxis(call, axes[i], x->rank, &axis))
      return false;
    if (reduced[axis])
      return aneKernelFail(call, "axes contain duplicate axis %d", axis);
    reduced[axis] = true;
  }

  // Output dims in input order: reduced dims map to a kept 1 or to nothing.
  int64_t outStrides[ANE_INTERP_MAX_RANK];
  aneTensorStrides(r, outStrides);
  aneWalkInit(w, x->rank, x->dims, 2);
  aneTensorStrides(x, w->strides[0]);
  *count = 1;
  int od = 0;
  for (int d = 0; d < x->rank; ++d) {
    if (reduced[d]) {
      *count *= x->dims[d];
      w->strides[1][d] = 0;
      if (keepDims) {
        if (od >= r->rank || r->dims[od] != 1)
          return aneKernelFail(call, "result shape does not match the "
                                     "reduced shape");
        ++od;
      }
      continue;
    }
    if (od >= r->rank || r->dims[od] != x->dims[d])
      return aneKernelFail(call, "result shape does not match the reduced "
                                 "shape");
    w->strides[1][d] = outStrides[od++];
  }
  if (od != r->rank)
    return aneKernelFail(call, "result shape does not match the reduced "
                               "shape");
  return true;
}

static double initialValue(ReduceKind kind) {
  switch (kind) {
  case REDUCE_MAX:
  case REDUCE_LOG_SUM_EXP:
    return -INFINITY;
  case REDUCE_MIN:
    return INFINITY;
  default:
    return 0.0;
  }
}

typedef struct {
  ReduceKind kind;
  AneNumerics cn;
  const AneTensor *x;
  double *acc;  ///< The result's buffer: one accumulator per output.
  double *sums; ///< log_sum_exp's sums of exp(x - max), else NULL.
  AneWalk walk; ///< Stream 0: x, stream 1: the result.
} ReduceJob;

// Folds rows [begin, end) of x into their accumulators, in row-major order.
static void reduceRows(void *context, AneWalk *at, int64_t begin,
                       int64_t end) {
  const ReduceJob *job = context;
  AneWalk w = *at;
  AneWalk start = w;
  AneNumerics cn = job->cn;
  int last = job->x->rank - 1;
  int64_t sx = w.strides[0][last], so = w.strides[1][last];
  // Pass 1: sums, or the maxima/minima (log_sum_exp needs the maxima first).
  for (int64_t row = begin; row < end; ++row, aneWalkNextRow(&w)) {
    const double *in = job->x->data + w.offsets[0];
    double *out = job->acc + w.offsets[1];
    switch (job->kind) {
    case REDUCE_SUM:
    case REDUCE_MEAN:
      for (int64_t j = 0; j < w.rowLength; ++j)
        out[j * so] = aneComputeValue(cn, out[j * so] + in[j * sx]);
      break;
    case REDUCE_MAX:
    case REDUCE_LOG_SUM_EXP:
      for (int64_t j = 0; j < w.rowLength; ++j) {
        double v = in[j * sx];
        if (v > out[j * so] || isnan(v))
          out[j * so] = v;
      }
      break;
    case REDUCE_MIN:
      for (int64_t j = 0; j < w.rowLength; ++j) {
        double v = in[j * sx];
        if (v < out[j * so] || isnan(v))
          out[j * so] = v;
      }
      break;
    case REDUCE_L1_NORM:
      for (int64_t j = 0; j < w.rowLength; ++j)
        out[j * so] = aneComputeValue(cn, out[j * so] + fabs(in[j * sx]));
      break;
    case REDUCE_L2_NORM:
    case REDUCE_SUM_SQUARE:
      for (int64_t j = 0; j < w.rowLength; ++j) {
        double v = in[j * sx];
        out[j * so] =
            aneComputeValue(cn, out[j * so] + aneComputeValue(cn, v * v));
      }
      break;
    }
  }
  if (job->kind != REDUCE_LOG_SUM_EXP)
    return;
  // Pass 2 (log_sum_exp): sum exp(x - max) into the second buffer.
  w = start;
  for (int64_t row = begin; row < end; ++row, aneWalkNextRow(&w)) {
    const double *in = job->x->data + w.offsets[0];
    const double *m = job->acc + w.offsets[1];
    double *s = job->sums + w.offsets[1];
    for (int64_t j = 0; j < w.rowLength; ++j) {
      double d = aneComputeValue(cn, in[j * sx] - m[j * so]);
      s[j * so] = aneComputeValue(cn, s[j * so] + aneComputeValue(cn, exp(d)));
    }
  }
}

static bool reduce(AneKernelCall *call, ReduceKind kind) {
  ReduceJob job = {kind, aneKernelComputeNumerics(call), call->operands[0],
                   call->result->data, NULL, {0}};
  int64_t count = 0;
  if (!setUpReduction(call, &job.walk, &count))
    return false;
  AneTensor *r = call->result;
  for (int64_t i = 0; i < r->size; ++i)
    job.acc[i] = initialValue(kind);
  if (kind == REDUCE_LOG_SUM_EXP) {
    job.sums = calloc(r->size > 0 ? (size_t)r->size : 1, sizeof(double));
    if (!job.sums)
      return aneKernelFail(call, "out of memory");
  }
  aneWalkParallelRows(&job.walk, 1, reduceRows, &job);

  AneNumerics numerics = call->numerics;
  AneNumerics cn = job.cn;
  double *acc = job.acc;
  for (int64_t i = 0; i < r->size; ++i) {
    double v = acc[i];
    switch (kind) {
    case REDUCE_MEAN:
      v = aneComputeValue(cn, v / (double)count);
      break;
    case REDUCE_L2_NORM:
      v = sqrt(v);
      break;
    case REDUCE_LOG_SUM_EXP:
      // An infinite or NaN maximum is the answer itself (and would turn
      // x - max into NaN).
      if (isfinite(v))
        v = v + aneComputeValue(cn, log(job.sums[i]));
      break;
    default:
      break;
    }
    acc[i] = aneRoundValue(numerics, r->dtype, v);
  }
  free(job.sums);
  return true;
}

bool aneKernelReduceSum(AneKernelCall *call) {
  return reduce(call, REDUCE_SUM);
}
bool aneKernelReduceMean(AneKernelCall *call) {
  return reduce(call, REDUCE_MEAN);
}
bool aneKernelReduceMax(AneKernelCall *call) {
  return reduce(call, REDUCE_MAX);
}
bool aneKernelReduceMin(AneKernelCall *call) {
  return reduce(call, REDUCE_MIN);
}
bool aneKernelReduceL1Norm(AneKernelCall *call) {
  return reduce(call, REDUCE_L1_NORM);
}
bool aneKernelReduceL2Norm(AneKernelCall *call) {
  return reduce(call, REDUCE_L2_NORM);
}
bool aneKernelReduceSumSquare(AneKernelCall *call) {
  return reduce(call, REDUCE_SUM_SQUARE);
}
bool aneKernelReduceLogSumExp(AneKernelCall *call) {
  return reduce(call, REDUCE_LOG_SUM_EXP);
}

// reduce_argmax: per output element, the first index along the axis of the
// largest stored value (as numpy: a NaN counts as the largest, and the
// first NaN wins). Under ane-fp16 x is stored as fp16, so values that only
// differ in f32 tie.
bool aneKernelReduceArgmax(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 1, 1))
    return false;
  const AneTensor *x = call->operands[0];
  AneTensor *r = call->result;
  int64_t axisValue;
  int axis;
  if (!aneKernelGetI64(call, "axis", &axisValue) ||
      !aneKernelNormalizeAxis(call, axisValue, x->rank, &axis))
    return false;
  int64_t outer, n, inner;
  aneSplitAxis(x, axis, &outer, &n, &inner);
  if (r->size != outer * inner || r->dtype != ANE_DTYPE_I32)
    return aneKernelFail(call, "result must be i32 of x's shape with the "
                               "axis reduced");
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t i = 0; i < inner; ++i) {
      const double *row = x->data + o * n * inner + i;
      int64_t best = 0;
      for (int64_t j = 1; j < n && !isnan(row[best * inner]); ++j) {
        double v = row[j * inner];
        if (isnan(v) || v > row[best * inner])
          best = j;
      }
      r->data[o * inner + i] = (double)best;
    }
  return true;
}
