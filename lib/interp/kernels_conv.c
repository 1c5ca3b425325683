//===- kernels_conv.c - conv ----------------------------------------------===//
//
// Convolution over up to three spatial dims (missing ones are size 1) as
// im2col + GEMM per batch and group: the patches of a block of output
// positions form a [positions, Cin/groups * kernel] matrix (padding reads as
// zero) multiplied by the group's weight [Cout/groups, same]^T through
// aneGemm, exactly the call ane.linear makes, so a 1x1 conv and the same
// layer as a linear are bit-identical. The bias is added to the sum and
// each output is stored-rounded once, as in kernels_linalg.c.
//
//===----------------------------------------------------------------------===//

#include "kernels_internal.h"

#include <stdlib.h>

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

// Writes the patch of output position `pos` (flat over the output plane):
// for each input channel of the group, its kernel window in weight order,
// zero where the window reads padding.
static void im2colRow(const ConvGeometry *g, const double *xg, int64_t inPlane,
                      int64_t channels, int64_t kPlane, int64_t pos,
                      double *row) {
  int64_t o2 = pos % g->out[2], o1 = pos / g->out[2] % g->out[1],
          o0 = pos / (g->out[2] * g->out[1]);
  for (int64_t ci = 0; ci < channels; ++ci) {
    const double *xc = xg + ci * inPlane;
    double *dst = row + ci * kPlane;
    for (int64_t k0 = 0; k0 < g->k[0]; ++k0) {
      int64_t i0 = o0 * g->stride[0] - g->padBefore[0] + k0 * g->dilation[0];
      for (int64_t k1 = 0; k1 < g->k[1]; ++k1) {
        int64_t i1 = o1 * g->stride[1] - g->padBefore[1] + k1 * g->dilation[1];
        for (int64_t k2 = 0; k2 < g->k[2]; ++k2) {
          int64_t i2 =
              o2 * g->stride[2] - g->padBefore[2] + k2 * g->dilation[2];
          bool inside = i0 >= 0 && i0 < g->in[0] && i1 >= 0 &&
                        i1 < g->in[1] && i2 >= 0 && i2 < g->in[2];
          *dst++ = inside ? xc[(i0 * g->in[1] + i1) * g->in[2] + i2] : 0.0;
        }
      }
    }
  }
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

  int64_t kLen = cinPerGroup * kPlane;
  int64_t outPlane = g.out[0] * g.out[1] * g.out[2];
  // Output positions per GEMM: whole planes unless the patch matrix would
  // pass 4 Mi elements (32 MiB).
  int64_t block = outPlane;
  if (kLen > 0 && block > (4 << 20) / kLen)
    block = (4 << 20) / kLen > 0 ? (4 << 20) / kLen : 1;
  double *cols = malloc((size_t)(block * kLen > 0 ? block * kLen : 1) *
                        sizeof(double));
  double *prods = malloc((size_t)(block * coutPerGroup > 0
                                      ? block * coutPerGroup
                                      : 1) *
                         sizeof(double));
  if (!cols || !prods) {
    free(cols);
    free(prods);
    return aneKernelFail(call, "out of memory for the im2col matrix");
  }
  AneNumerics cn = aneKernelComputeNumerics(call);
  bool ok = true;
  for (int64_t n = 0; ok && n < batch; ++n)
    for (int64_t group = 0; ok && group < groups; ++group) {
      const double *xg = x->data + (n * cin + group * cinPerGroup) * inPlane;
      const double *wg = w->data + group * coutPerGroup * kLen;
      for (int64_t p0 = 0; ok && p0 < outPlane; p0 += block) {
        int64_t count = outPlane - p0 < block ? outPlane - p0 : block;
        for (int64_t p = 0; p < count; ++p)
          im2colRow(&g, xg, inPlane, cinPerGroup, kPlane, p0 + p,
                    cols + p * kLen);
        ok = aneGemm(call, cn, false, true, count, coutPerGroup, kLen, cols,
                     kLen, wg, kLen, prods);
        for (int64_t co = 0; ok && co < coutPerGroup; ++co) {
          int64_t channel = group * coutPerGroup + co;
          double b = bias ? bias->data[channel] : 0.0;
          double *out = r->data + (n * cout + channel) * outPlane + p0;
          for (int64_t p = 0; p < count; ++p) {
            double acc = prods[p * coutPerGroup + co];
            out[p] = aneRoundValue(call->numerics, r->dtype,
                                   bias ? acc + b : acc);
          }
        }
      }
    }
  free(cols);
  free(prods);
  return ok;
}
