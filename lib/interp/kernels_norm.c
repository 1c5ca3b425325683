//===- kernels_norm.c - rms_norm, layer_norm, l2_norm and softmax ---------===//
//
// Each op normalizes groups of x: the norms the elements that share every
// index outside their `axes` (docs/dialect.md), softmax the lanes along one
// axis (x viewed as [outer, n, inner], a lane addressed as base + k * inner).
// The per-group statistics (sums, mean, variance, max, sum of exps) are fp32
// intermediates on the ANE, so they go through aneComputeValue; each output
// element is stored-rounded once.
//
// The norms walk x in row-major order and fold each element into the
// statistic of its group, found through strides that are 0 along the
// normalized axes (as kernels_reduce.c does), so a group's elements are
// accumulated in row-major order whatever the axes: over the last axis
// that is the order of a row. Threads split the statistics passes only
// between rows of different groups (aneWalkParallelRows), and the output
// pass anywhere.
//
//===----------------------------------------------------------------------===//

#include "kernels_internal.h"
#include "parallel.h"

#include <math.h>

// How a norm's operands map onto groups. Walk streams: 0 = the group of
// the element, 1 = gamma, 2 = beta (0 strides for an absent one).
typedef struct {
  AneWalk walk;
  int64_t numGroups;
  int64_t groupSize; ///< D: the product of the normalized dims.
} NormLayout;

// Fails unless `t` (gamma or beta) broadcasts to x holding one value per
// normalized position: the verifier's rule (lib/dialect/verifier.c).
static bool paramStrides(AneKernelCall *call, const AneTensor *x,
                         const AneTensor *t, const bool *normalized,
                         const char *what, int64_t *strides) {
  bool ok = t->rank <= x->rank &&
            aneBroadcastStrides(x->rank, x->dims, t->rank, t->dims, strides);
  int offset = x->rank - t->rank;
  for (int axis = 0; ok && axis < x->rank; ++axis) {
    int64_t dim = axis < offset ? 1 : t->dims[axis - offset];
    ok = normalized[axis] ? axis >= offset && dim == x->dims[axis] : dim == 1;
  }
  if (!ok)
    return aneKernelFail(call, "%s shape does not match the normalized dims "
                               "of x",
                         what);
  return true;
}

// Reads `axes` and lays out the groups of x = operand 0 with the optional
// gamma and beta.
static bool setUpNorm(AneKernelCall *call, const AneTensor *gamma,
                      const AneTensor *beta, NormLayout *layout) {
  const AneTensor *x = call->operands[0];
  int64_t axes[ANE_INTERP_MAX_RANK];
  int numAxes;
  if (!aneKernelGetI64Array(call, "axes", axes, ANE_INTERP_MAX_RANK, &numAxes))
    return false;
  if (numAxes == 0)
    return aneKernelFail(call, "axes must not be empty");
  bool normalized[ANE_INTERP_MAX_RANK] = {false};
  for (int i = 0; i < numAxes; ++i) {
    int axis;
    if (!aneKernelNormalizeAxis(call, axes[i], x->rank, &axis))
      return false;
    if (normalized[axis])
      return aneKernelFail(call, "axes contain duplicate axis %d", axis);
    normalized[axis] = true;
  }
  AneWalk *w = &layout->walk;
  aneWalkInit(w, x->rank, x->dims, 3);
  if ((gamma && !paramStrides(call, x, gamma, normalized, "gamma",
                              w->strides[1])) ||
      (beta &&
       !paramStrides(call, x, beta, normalized, "beta", w->strides[2])))
    return false;
  // Group strides: row-major over the non-normalized dims.
  layout->numGroups = 1;
  layout->groupSize = 1;
  for (int d = x->rank - 1; d >= 0; --d) {
    if (normalized[d]) {
      w->strides[0][d] = 0;
      layout->groupSize *= x->dims[d];
    } else {
      w->strides[0][d] = layout->numGroups;
      layout->numGroups *= x->dims[d];
    }
  }
  return true;
}

// A zeroed per-group scratch tensor, allocated like every tensor, so the
// interpreter's memory budget (--max-memory) counts it. Its data, or NULL
// after failing the call.
static double *groupScratch(AneKernelCall *call, const NormLayout *layout,
                            AneTensor *scratch) {
  char error[256];
  int64_t n = layout->numGroups;
  if (!aneTensorInit(scratch, ANE_DTYPE_F32, 1, &n, error, sizeof(error))) {
    aneKernelFail(call, "group statistics: %s", error);
    return NULL;
  }
  return scratch->data;
}

// The element at `offset` of the walk's current row, column j.
static inline int64_t at(const AneWalk *w, int stream, int64_t j) {
  return w->offsets[stream] + j * w->strides[stream][w->rank - 1];
}

// One norm's pass over x: the statistics (folded per group) and the output
// (per element), each on row ranges from aneWalkParallelRows.
typedef struct {
  const AneTensor *x, *gamma, *beta;
  AneTensor *r;
  AneNumerics numerics, cn;
  const double *centers; ///< Per group: sumSquares of x - centers[g].
  double *sums;          ///< Per group: what a statistics pass folds into.
  const double *means, *denoms;
} NormJob;

// sums[g] += x^2 over each group g, accumulated as the ANE does; with
// `centers`, of (x - centers[g])^2.
static void sumSquaresRows(void *context, AneWalk *w, int64_t begin,
                           int64_t end) {
  const NormJob *job = context;
  const double *in = job->x->data + begin * w->rowLength;
  AneNumerics cn = job->cn;
  for (int64_t row = begin; row < end; ++row, aneWalkNextRow(w)) {
    for (int64_t j = 0; j < w->rowLength; ++j, ++in) {
      int64_t g = at(w, 0, j);
      double v = job->centers ? aneComputeValue(cn, *in - job->centers[g])
                              : *in;
      job->sums[g] =
          aneComputeValue(cn, job->sums[g] + aneComputeValue(cn, v * v));
    }
  }
}

// sums[g] += x over each group g.
static void sumRows(void *context, AneWalk *w, int64_t begin, int64_t end) {
  const NormJob *job = context;
  const double *in = job->x->data + begin * w->rowLength;
  for (int64_t row = begin; row < end; ++row, aneWalkNextRow(w))
    for (int64_t j = 0; j < w->rowLength; ++j, ++in) {
      double *sum = &job->sums[at(w, 0, j)];
      *sum = aneComputeValue(job->cn, *sum + *in);
    }
}

// rms_norm's and l2_norm's output: x / denoms[g], times gamma if present.
static void scaleRows(void *context, AneWalk *w, int64_t begin, int64_t end) {
  const NormJob *job = context;
  AneTensor *r = job->r;
  for (int64_t row = begin; row < end; ++row, aneWalkNextRow(w)) {
    for (int64_t j = 0, i = row * w->rowLength; j < w->rowLength; ++j, ++i) {
      double v = job->x->data[i] / job->denoms[at(w, 0, j)];
      if (job->gamma)
        v = aneComputeValue(job->cn, v) * job->gamma->data[at(w, 1, j)];
      r->data[i] = aneRoundValue(job->numerics, r->dtype, v);
    }
  }
}

// layer_norm's output: (x - mean) / denom * gamma + beta.
static void normalizeRows(void *context, AneWalk *w, int64_t begin,
                          int64_t end) {
  const NormJob *job = context;
  AneNumerics cn = job->cn;
  AneTensor *r = job->r;
  for (int64_t row = begin; row < end; ++row, aneWalkNextRow(w)) {
    for (int64_t j = 0, i = row * w->rowLength; j < w->rowLength; ++j, ++i) {
      int64_t g = at(w, 0, j);
      double normalized = aneComputeValue(
          cn, aneComputeValue(cn, job->x->data[i] - job->means[g]) /
                  job->denoms[g]);
      double scaled =
          aneComputeValue(cn, normalized * job->gamma->data[at(w, 1, j)]);
      r->data[i] = aneRoundValue(job->numerics, r->dtype,
                                 scaled + job->beta->data[at(w, 2, j)]);
    }
  }
}

bool aneKernelRmsNorm(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 1, 2))
    return false;
  const AneTensor *x = call->operands[0];
  const AneTensor *gamma = call->numOperands > 1 ? call->operands[1] : NULL;
  AneTensor *r = call->result;
  double epsilon;
  NormLayout layout;
  if (!aneKernelGetEpsilon(call, &epsilon) ||
      !aneKernelCheckSameShapeAsResult(call, x, "x") ||
      !setUpNorm(call, gamma, NULL, &layout))
    return false;
  AneTensor scratch;
  double *denoms = groupScratch(call, &layout, &scratch);
  if (!denoms)
    return false;

  NormJob job = {x, gamma, NULL, r, call->numerics,
                 aneKernelComputeNumerics(call), NULL, denoms, NULL, denoms};
  AneNumerics cn = job.cn;
  aneWalkParallelRows(&layout.walk, 0, sumSquaresRows, &job);
  for (int64_t g = 0; g < layout.numGroups; ++g) {
    double mean = aneComputeValue(cn, denoms[g] / (double)layout.groupSize);
    denoms[g] = aneComputeValue(cn, sqrt(aneComputeValue(cn, mean + epsilon)));
  }
  aneWalkParallelRows(&layout.walk, -1, scaleRows, &job);
  aneTensorDestroy(&scratch);
  return true;
}

bool aneKernelLayerNorm(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 3, 3))
    return false;
  const AneTensor *x = call->operands[0];
  const AneTensor *gamma = call->operands[1];
  const AneTensor *beta = call->operands[2];
  AneTensor *r = call->result;
  double epsilon;
  NormLayout layout;
  if (!aneKernelGetEpsilon(call, &epsilon) ||
      !aneKernelCheckSameShapeAsResult(call, x, "x") ||
      !setUpNorm(call, gamma, beta, &layout))
    return false;
  AneTensor meanScratch, denomScratch;
  double *means = groupScratch(call, &layout, &meanScratch);
  if (!means)
    return false;
  double *denoms = groupScratch(call, &layout, &denomScratch);
  if (!denoms) {
    aneTensorDestroy(&meanScratch);
    return false;
  }

  NormJob job = {x, gamma, beta, r, call->numerics,
                 aneKernelComputeNumerics(call), NULL, means, means, denoms};
  AneNumerics cn = job.cn;
  double d = (double)layout.groupSize;
  // Two passes (mean, then squared deviations): the population variance
  // without the cancellation of E[x^2] - E[x]^2.
  aneWalkParallelRows(&layout.walk, 0, sumRows, &job);
  for (int64_t g = 0; g < layout.numGroups; ++g)
    means[g] = aneComputeValue(cn, means[g] / d);
  job.centers = means;
  job.sums = denoms;
  aneWalkParallelRows(&layout.walk, 0, sumSquaresRows, &job);
  for (int64_t g = 0; g < layout.numGroups; ++g) {
    double var = aneComputeValue(cn, denoms[g] / d);
    denoms[g] = aneComputeValue(cn, sqrt(aneComputeValue(cn, var + epsilon)));
  }
  aneWalkParallelRows(&layout.walk, -1, normalizeRows, &job);
  aneTensorDestroy(&meanScratch);
  aneTensorDestroy(&denomScratch);
  return true;
}

bool aneKernelL2Norm(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 1, 1))
    return false;
  const AneTensor *x = call->operands[0];
  AneTensor *r = call->result;
  double epsilon;
  NormLayout layout;
  if (!aneKernelGetEpsilon(call, &epsilon) ||
      !aneKernelCheckSameShapeAsResult(call, x, "x") ||
      !setUpNorm(call, NULL, NULL, &layout))
    return false;
  AneTensor scratch;
  double *denoms = groupScratch(call, &layout, &scratch);
  if (!denoms)
    return false;

  NormJob job = {x, NULL, NULL, r, call->numerics,
                 aneKernelComputeNumerics(call), NULL, denoms, NULL, denoms};
  AneNumerics cn = job.cn;
  double floor = aneComputeValue(cn, sqrt(epsilon));
  aneWalkParallelRows(&layout.walk, 0, sumSquaresRows, &job);
  for (int64_t g = 0; g < layout.numGroups; ++g) {
    double norm = aneComputeValue(cn, sqrt(denoms[g]));
    // fmax would hide a NaN norm; keep it.
    denoms[g] = norm < floor ? floor : norm;
  }
  aneWalkParallelRows(&layout.walk, -1, scaleRows, &job);
  aneTensorDestroy(&scratch);
  return true;
}

typedef struct {
  const AneTensor *x;
  AneTensor *r;
  AneNumerics numerics, cn;
  int64_t n, inner;
} SoftmaxJob;

// Lanes [begin, end) (lane = o * inner + i); lanes share nothing.
static void softmaxLanes(void *context, int64_t begin, int64_t end) {
  const SoftmaxJob *job = context;
  int64_t n = job->n, inner = job->inner;
  AneNumerics cn = job->cn;
  for (int64_t lane = begin; lane < end; ++lane) {
    int64_t base = (lane / inner) * n * inner + lane % inner;
    const double *in = job->x->data + base;
    double *out = job->r->data + base;
    // Subtracting the max keeps exp from overflowing; exact algebra.
    double max = -INFINITY;
    for (int64_t k = 0; k < n; ++k) {
      double v = in[k * inner];
      if (v > max || isnan(v))
        max = v;
    }
    // The exps are kept in the output buffer until the sum is known.
    double sum = 0.0;
    for (int64_t k = 0; k < n; ++k) {
      double e =
          aneComputeValue(cn, exp(aneComputeValue(cn, in[k * inner] - max)));
      out[k * inner] = e;
      sum = aneComputeValue(cn, sum + e);
    }
    for (int64_t k = 0; k < n; ++k)
      out[k * inner] =
          aneRoundValue(job->numerics, job->r->dtype, out[k * inner] / sum);
  }
}

bool aneKernelSoftmax(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 1, 1))
    return false;
  const AneTensor *x = call->operands[0];
  AneTensor *r = call->result;
  int64_t axisValue;
  int axis;
  if (!aneKernelGetI64(call, "axis", &axisValue) ||
      !aneKernelNormalizeAxis(call, axisValue, x->rank, &axis) ||
      !aneKernelCheckSameShapeAsResult(call, x, "x"))
    return false;

  SoftmaxJob job = {x, r, call->numerics, aneKernelComputeNumerics(call), 0,
                    0};
  int64_t outer;
  aneSplitAxis(x, axis, &outer, &job.n, &job.inner);
  // An element costs an exp: a thread pays for itself on fewer of them.
  aneParallelFor(outer * job.inner,
                 ANE_PARALLEL_GRAIN / 8 / (job.n > 0 ? job.n : 1) + 1,
                 softmaxLanes, &job);
  return true;
}
