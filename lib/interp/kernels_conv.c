//===- kernels_conv.c - conv ----------------------------------------------===//
//
// Direct convolution over up to three spatial dims (missing ones are size 1).
// Each output element accumulates its input channels, then kernel positions,
// in order, rounding the running sum like the ANE's fp32 accumulator (the
// identity in f32 mode), adds the bias and is stored-rounded once, as in
// kernels_linalg.c. Padding reads as zero.
//
//===----------------------------------------------------------------------===//

#include "kernels_internal.h"

enum { kMaxSpatial = 3 };

typedef struct {
  int64_t in[kMaxSpatial], k[kMaxSpatial], out[kMaxSpatial];
  int64_t stride[kMaxSpatial], dilation[kMaxSpatial], padBefore[kMaxSpatial];
} ConvGeometry;

// Reads the spatial attributes into `g`, 1-padded to three dims.
static bool readGeometry(AneKernelCall *call, const AneTensor *x,
                         const AneTensor *w, ConvGeometry *g) {
  int spatial = x->rank - 2, n;
  // Each list holds up to 2 * kMaxSpatial entries (pad has two per dim).
  int64_t strides[2 * kMaxSpatial], dilations[2 * kMaxSpatial],
      pad[2 * kMaxSpatial];
  if (spatial < 1 || spatial > kMaxSpatial || w->rank != x->rank ||
      call->result->rank != x->rank)
    return aneKernelFail(call, "x, weight and result must have rank 3..5");
  int64_t *lists[3] = {strides, dilations, pad};
  const char *names[3] = {"strides", "dilations", "pad"};
  for (int i = 0; i < 3; ++i) {
    int expected = i == 2 ? 2 * spatial : spatial;
    if (!aneKernelGetI64Array(call, names[i], lists[i], 2 * kMaxSpatial, &n))
      return false;
    if (n != expected)
      return aneKernelFail(call, "%s must have %d entries", names[i],
                           expected);
  }
  for (int i = 0; i < kMaxSpatial; ++i) {
    bool used = i < spatial;
    g->in[i] = used ? x->dims[2 + i] : 1;
    g->k[i] = used ? w->dims[2 + i] : 1;
    g->out[i] = used ? call->result->dims[2 + i] : 1;
    g->stride[i] = used ? strides[i] : 1;
    g->dilation[i] = used ? dilations[i] : 1;
    g->padBefore[i] = used ? pad[2 * i] : 0;
  }
  return true;
}

bool aneKernelConv(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 2, 3))
    return false;
  const AneTensor *x = call->operands[0], *w = call->operands[1];
  const AneTensor *bias = call->numOperands == 3 ? call->operands[2] : NULL;
  AneTensor *r = call->result;
  ConvGeometry g;
  int64_t groups;
  if (!readGeometry(call, x, w, &g) ||
      !aneKernelGetI64(call, "groups", &groups))
    return false;
  int64_t batch = x->dims[0], cin = x->dims[1], cout = w->dims[0];
  if (groups < 1 || cin % groups || cout % groups ||
      w->dims[1] != cin / groups || r->dims[0] != batch ||
      r->dims[1] != cout || (bias && (bias->rank != 1 || bias->size != cout)))
    return aneKernelFail(call, "channels do not match weight and groups");
  int64_t cinPerGroup = cin / groups, coutPerGroup = cout / groups;
  int64_t inPlane = g.in[0] * g.in[1] * g.in[2];
  int64_t kPlane = g.k[0] * g.k[1] * g.k[2];

  AneNumerics numerics = call->numerics;
  AneNumerics cn = aneKernelComputeNumerics(call);
  double *out = r->data;
  for (int64_t n = 0; n < batch; ++n)
    for (int64_t co = 0; co < cout; ++co) {
      int64_t group = co / coutPerGroup;
      const double *xg = x->data + (n * cin + group * cinPerGroup) * inPlane;
      const double *wc = w->data + co * cinPerGroup * kPlane;
      for (int64_t o0 = 0; o0 < g.out[0]; ++o0)
        for (int64_t o1 = 0; o1 < g.out[1]; ++o1)
          for (int64_t o2 = 0; o2 < g.out[2]; ++o2) {
            double acc = 0.0;
            for (int64_t ci = 0; ci < cinPerGroup; ++ci) {
              const double *xc = xg + ci * inPlane;
              const double *wk = wc + ci * kPlane;
              for (int64_t k0 = 0; k0 < g.k[0]; ++k0) {
                int64_t i0 = o0 * g.stride[0] - g.padBefore[0] +
                             k0 * g.dilation[0];
                if (i0 < 0 || i0 >= g.in[0])
                  continue;
                for (int64_t k1 = 0; k1 < g.k[1]; ++k1) {
                  int64_t i1 = o1 * g.stride[1] - g.padBefore[1] +
                               k1 * g.dilation[1];
                  if (i1 < 0 || i1 >= g.in[1])
                    continue;
                  for (int64_t k2 = 0; k2 < g.k[2]; ++k2) {
                    int64_t i2 = o2 * g.stride[2] - g.padBefore[2] +
                                 k2 * g.dilation[2];
                    if (i2 < 0 || i2 >= g.in[2])
                      continue;
                    double xv = xc[(i0 * g.in[1] + i1) * g.in[2] + i2];
                    double wv = wk[(k0 * g.k[1] + k1) * g.k[2] + k2];
                    acc = aneComputeValue(cn, acc + aneComputeValue(cn, xv * wv));
                  }
                }
              }
            }
            if (bias)
              acc += bias->data[co];
            *out++ = aneRoundValue(numerics, r->dtype, acc);
          }
    }
  return true;
}
