//===- kernels_norm.c - rms_norm, layer_norm, l2_norm and softmax ---------===//
//
// Each op normalizes lanes along one axis. A lane is addressed as
// base + k * stride with x viewed as [outer, n, inner] (stride = inner). The
// per-lane statistics (sums, mean, variance, max, sum of exps) are fp32
// intermediates on the ANE, so they go through aneComputeValue; each output
// element is stored-rounded once.
//
//===----------------------------------------------------------------------===//

#include "kernels_internal.h"

#include <math.h>

// Fails unless `t` is [d] (a norm's gamma or beta).
static bool checkVector(AneKernelCall *call, const AneTensor *t, int64_t d,
                        const char *what) {
  if (t->rank != 1 || t->dims[0] != d)
    return aneKernelFail(call, "%s shape does not match normalized dim %lld",
                         what, (long long)d);
  return true;
}

bool aneKernelRmsNorm(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 1, 2))
    return false;
  const AneTensor *x = call->operands[0];
  const AneTensor *gamma = call->numOperands > 1 ? call->operands[1] : NULL;
  AneTensor *r = call->result;
  double epsilon;
  if (!aneKernelGetEpsilon(call, &epsilon) ||
      !aneKernelCheckSameShapeAsResult(call, x, "x"))
    return false;
  int64_t d = x->dims[x->rank - 1];
  if (gamma && !checkVector(call, gamma, d, "gamma"))
    return false;

  AneNumerics numerics = call->numerics;
  AneNumerics cn = aneKernelComputeNumerics(call);
  for (int64_t base = 0; base < x->size; base += d) {
    const double *in = x->data + base;
    double sum = 0.0;
    for (int64_t k = 0; k < d; ++k)
      sum = aneComputeValue(cn, sum + aneComputeValue(cn, in[k] * in[k]));
    double mean = aneComputeValue(cn, sum / (double)d);
    double denom =
        aneComputeValue(cn, sqrt(aneComputeValue(cn, mean + epsilon)));
    double *out = r->data + base;
    for (int64_t k = 0; k < d; ++k) {
      double v = in[k] / denom;
      if (gamma)
        v = aneComputeValue(cn, v) * gamma->data[k];
      out[k] = aneRoundValue(numerics, r->dtype, v);
    }
  }
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
  if (!aneKernelGetEpsilon(call, &epsilon) ||
      !aneKernelCheckSameShapeAsResult(call, x, "x"))
    return false;
  int64_t d = x->dims[x->rank - 1];
  if (!checkVector(call, gamma, d, "gamma") ||
      !checkVector(call, beta, d, "beta"))
    return false;

  AneNumerics numerics = call->numerics;
  AneNumerics cn = aneKernelComputeNumerics(call);
  for (int64_t base = 0; base < x->size; base += d) {
    const double *in = x->data + base;
    // Two passes (mean, then squared deviations): the population variance
    // without the cancellation of E[x^2] - E[x]^2.
    double sum = 0.0;
    for (int64_t k = 0; k < d; ++k)
      sum = aneComputeValue(cn, sum + in[k]);
    double mean = aneComputeValue(cn, sum / (double)d);
    double squares = 0.0;
    for (int64_t k = 0; k < d; ++k) {
      double dev = aneComputeValue(cn, in[k] - mean);
      squares = aneComputeValue(cn, squares + aneComputeValue(cn, dev * dev));
    }
    double var = aneComputeValue(cn, squares / (double)d);
    double denom =
        aneComputeValue(cn, sqrt(aneComputeValue(cn, var + epsilon)));
    double *out = r->data + base;
    for (int64_t k = 0; k < d; ++k) {
      double normalized =
          aneComputeValue(cn, aneComputeValue(cn, in[k] - mean) / denom);
      double scaled = aneComputeValue(cn, normalized * gamma->data[k]);
      out[k] = aneRoundValue(numerics, r->dtype, scaled + beta->data[k]);
    }
  }
  return true;
}

bool aneKernelL2Norm(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 1, 1))
    return false;
  const AneTensor *x = call->operands[0];
  AneTensor *r = call->result;
  int64_t axisValue;
  double epsilon;
  int axis;
  if (!aneKernelGetI64(call, "axis", &axisValue) ||
      !aneKernelGetEpsilon(call, &epsilon) ||
      !aneKernelNormalizeAxis(call, axisValue, x->rank, &axis) ||
      !aneKernelCheckSameShapeAsResult(call, x, "x"))
    return false;

  AneNumerics numerics = call->numerics;
  AneNumerics cn = aneKernelComputeNumerics(call);
  double floor = aneComputeValue(cn, sqrt(epsilon));
  int64_t outer, n, inner;
  aneSplitAxis(x, axis, &outer, &n, &inner);
  for (int64_t o = 0; o < outer; ++o) {
    for (int64_t i = 0; i < inner; ++i) {
      int64_t base = o * n * inner + i;
      const double *in = x->data + base;
      double sum = 0.0;
      for (int64_t k = 0; k < n; ++k) {
        double v = in[k * inner];
        sum = aneComputeValue(cn, sum + aneComputeValue(cn, v * v));
      }
      double norm = aneComputeValue(cn, sqrt(sum));
      // fmax would hide a NaN norm; keep it.
      double denom = norm < floor ? floor : norm;
      double *out = r->data + base;
      for (int64_t k = 0; k < n; ++k)
        out[k * inner] =
            aneRoundValue(numerics, r->dtype, in[k * inner] / denom);
    }
  }
  return true;
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

  AneNumerics numerics = call->numerics;
  AneNumerics cn = aneKernelComputeNumerics(call);
  int64_t outer, n, inner;
  aneSplitAxis(x, axis, &outer, &n, &inner);
  for (int64_t o = 0; o < outer; ++o) {
    for (int64_t i = 0; i < inner; ++i) {
      int64_t base = o * n * inner + i;
      const double *in = x->data + base;
      double *out = r->data + base;
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
            aneRoundValue(numerics, r->dtype, out[k * inner] / sum);
    }
  }
  return true;
}
