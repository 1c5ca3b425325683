//===- kernels_quantize.c - Affine quantization: weights and activations --===//
//
// A constexpr_* op holds its packed data as attributes; only here, when
// ane-run needs the values, is it expanded. Each value is computed in double
// and stored-rounded once. quantize and dequantize convert run-time tensors
// between f16/f32 and i8/ui8 with the same per-channel scale and zero point.
//
//===----------------------------------------------------------------------===//

#include "kernels_internal.h"

#include "dialect/constant.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"

#include <math.h>

bool aneKernelConstexprAffineDequantize(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 0, 0))
    return false;
  AneTensor *r = call->result;
  MlirAttribute data, scale, zeroPoint;
  int64_t axisValue;
  int axis;
  if (!aneKernelGetConstant(call, "quantized_data", &data) ||
      !aneKernelGetConstant(call, "scale", &scale) ||
      !aneKernelGetConstant(call, "zero_point", &zeroPoint) ||
      !aneKernelGetI64(call, "axis", &axisValue) ||
      !aneKernelNormalizeAxis(call, axisValue, r->rank, &axis))
    return false;
  if (!mlirAttributeIsADenseElements(data) ||
      mlirElementsAttrGetNumElements(data) != r->size)
    return aneKernelFail(call, "quantized_data does not match the result");
  int64_t outer, channels, inner;
  aneSplitAxis(r, axis, &outer, &channels, &inner);
  double *out = r->data;
  for (int64_t o = 0, k = 0; o < outer; ++o)
    for (int64_t c = 0; c < channels; ++c) {
      double s, z;
      if (!aneConstantElement(scale, c, &s) || !aneConstantElement(zeroPoint, c, &z))
        return aneKernelFail(call, "scale or zero_point is not a constant");
      for (int64_t i = 0; i < inner; ++i, ++k) {
        double q;
        if (!aneConstantElement(data, k, &q))
          return aneKernelFail(call, "quantized_data is not i8 or ui8");
        *out++ = aneRoundValue(call->numerics, r->dtype, (q - z) * s);
      }
    }
  return true;
}

// The scale and zero point of quantize/dequantize and its channel split:
// element k of the flat tensor is in channel (k / inner) % channels.
typedef struct {
  MlirAttribute scale, zeroPoint;
  int64_t outer, channels, inner;
} QuantParams;

static bool getQuantParams(AneKernelCall *call, QuantParams *p) {
  int64_t axisValue;
  int axis;
  if (!aneKernelCheckOperandCount(call, 1, 1) ||
      !aneKernelGetConstant(call, "scale", &p->scale) ||
      !aneKernelGetConstant(call, "zero_point", &p->zeroPoint) ||
      !aneKernelGetI64(call, "axis", &axisValue) ||
      !aneKernelNormalizeAxis(call, axisValue, call->result->rank, &axis))
    return false;
  if (call->operands[0]->size != call->result->size)
    return aneKernelFail(call, "input and result sizes differ");
  aneSplitAxis(call->result, axis, &p->outer, &p->channels, &p->inner);
  return true;
}

// Scale and zero point of channel c (a scalar serves every channel).
static bool channelParams(AneKernelCall *call, const QuantParams *p,
                          int64_t c, double *scale, double *zeroPoint) {
  if (!aneConstantElement(p->scale, c, scale) ||
      !aneConstantElement(p->zeroPoint, c, zeroPoint))
    return aneKernelFail(call, "scale or zero_point is not a constant");
  return true;
}

// clip(round_half_even(x / scale) + zero_point) to the result's range. The
// quotient is computed like any arithmetic inside an op (double, or f32
// under ane-fp16: never an fp16 intermediate that could overflow); it is
// then rounded to an integer, so no float rounding of the result remains.
bool aneKernelQuantize(AneKernelCall *call) {
  QuantParams p;
  if (!getQuantParams(call, &p))
    return false;
  AneTensor *r = call->result;
  double lo = r->dtype == ANE_DTYPE_U8 ? 0 : -128;
  double hi = r->dtype == ANE_DTYPE_U8 ? 255 : 127;
  const double *in = call->operands[0]->data;
  double *out = r->data;
  for (int64_t o = 0; o < p.outer; ++o)
    for (int64_t c = 0; c < p.channels; ++c) {
      double s, z;
      if (!channelParams(call, &p, c, &s, &z))
        return false;
      for (int64_t i = 0; i < p.inner; ++i) {
        // nearbyint rounds half to even in the default rounding mode.
        double q = nearbyint(aneComputeValue(call->numerics, *in++ / s)) + z;
        *out++ = aneRoundValue(call->numerics, r->dtype,
                               q < lo ? lo : q > hi ? hi : q);
      }
    }
  return true;
}

// (input - zero_point) * scale, computed in double and stored-rounded once
// (the difference is an exact integer).
bool aneKernelDequantize(AneKernelCall *call) {
  QuantParams p;
  if (!getQuantParams(call, &p))
    return false;
  AneTensor *r = call->result;
  const double *in = call->operands[0]->data;
  double *out = r->data;
  for (int64_t o = 0; o < p.outer; ++o)
    for (int64_t c = 0; c < p.channels; ++c) {
      double s, z;
      if (!channelParams(call, &p, c, &s, &z))
        return false;
      for (int64_t i = 0; i < p.inner; ++i)
        *out++ = aneRoundValue(call->numerics, r->dtype, (*in++ - z) * s);
    }
  return true;
}
