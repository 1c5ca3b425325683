//===- kernels_elementwise.c - Binary, unary and cast kernels -------------===//
//
// Binary ops walk the result row by row with numpy-broadcast strides for x
// and y (0 along stretched or missing dims). Unary ops are a flat loop. The
// value of each element is computed in double; intermediates of composite
// functions (x + eps, sigmoid inside silu, the erf/tanh of gelu) are rounded
// like the ANE's fp32 datapath; the stored value is rounded once.
//
//===----------------------------------------------------------------------===//

#include "kernels_internal.h"

#include <math.h>
#include <string.h>

//===----------------------------------------------------------------------===//
// Binary
//===----------------------------------------------------------------------===//

typedef double (*BinaryFn)(double x, double y);

static double addFn(double x, double y) { return x + y; }
static double subFn(double x, double y) { return x - y; }
static double mulFn(double x, double y) { return x * y; }
static double divFn(double x, double y) { return x / y; }
static double powFn(double x, double y) { return pow(x, y); }

// numpy semantics: a NaN in either operand propagates.
static double maximumFn(double x, double y) {
  if (isnan(x) || isnan(y))
    return NAN;
  return x >= y ? x : y;
}
static double minimumFn(double x, double y) {
  if (isnan(x) || isnan(y))
    return NAN;
  return x <= y ? x : y;
}

static bool binary(AneKernelCall *call, BinaryFn fn) {
  if (!aneKernelCheckOperandCount(call, 2, 2))
    return false;
  const AneTensor *x = call->operands[0];
  const AneTensor *y = call->operands[1];
  AneTensor *r = call->result;
  AneWalk w;
  aneWalkInit(&w, r->rank, r->dims, 2);
  if (!aneBroadcastStrides(r->rank, r->dims, x->rank, x->dims, w.strides[0]) ||
      !aneBroadcastStrides(r->rank, r->dims, y->rank, y->dims, w.strides[1]))
    return aneKernelFail(call, "operand shapes do not broadcast to the result "
                               "shape");

  AneNumerics numerics = call->numerics;
  AneDType dtype = r->dtype;
  int64_t sx = w.strides[0][r->rank - 1], sy = w.strides[1][r->rank - 1];
  double *out = r->data;
  for (int64_t row = 0; row < w.numRows; ++row, aneWalkNextRow(&w)) {
    const double *xs = x->data + w.offsets[0];
    const double *ys = y->data + w.offsets[1];
    for (int64_t j = 0; j < w.rowLength; ++j)
      *out++ = aneRoundValue(numerics, dtype, fn(xs[j * sx], ys[j * sy]));
  }
  return true;
}

bool aneKernelAdd(AneKernelCall *call) { return binary(call, addFn); }
bool aneKernelSub(AneKernelCall *call) { return binary(call, subFn); }
bool aneKernelMul(AneKernelCall *call) { return binary(call, mulFn); }
bool aneKernelRealDiv(AneKernelCall *call) { return binary(call, divFn); }
bool aneKernelMaximum(AneKernelCall *call) { return binary(call, maximumFn); }
bool aneKernelMinimum(AneKernelCall *call) { return binary(call, minimumFn); }
bool aneKernelPow(AneKernelCall *call) { return binary(call, powFn); }

// numpy's floor_divide: floor(x / y); an i32 result is then exact.
static double floorDivFn(double x, double y) { return floor(x / y); }
bool aneKernelFloorDiv(AneKernelCall *call) {
  return binary(call, floorDivFn);
}

// Comparisons give 1 or 0, stored as i1; NaN compares false (but not
// equal: true), as in IEEE and numpy.
static double equalFn(double x, double y) { return x == y; }
static double notEqualFn(double x, double y) { return x != y; }
static double lessFn(double x, double y) { return x < y; }
static double lessEqualFn(double x, double y) { return x <= y; }
static double greaterFn(double x, double y) { return x > y; }
static double greaterEqualFn(double x, double y) { return x >= y; }
bool aneKernelEqual(AneKernelCall *call) { return binary(call, equalFn); }
bool aneKernelNotEqual(AneKernelCall *call) {
  return binary(call, notEqualFn);
}
bool aneKernelLess(AneKernelCall *call) { return binary(call, lessFn); }
bool aneKernelLessEqual(AneKernelCall *call) {
  return binary(call, lessEqualFn);
}
bool aneKernelGreater(AneKernelCall *call) { return binary(call, greaterFn); }
bool aneKernelGreaterEqual(AneKernelCall *call) {
  return binary(call, greaterEqualFn);
}

// i1 operands hold 0 or 1.
static double andFn(double x, double y) { return x != 0 && y != 0; }
static double orFn(double x, double y) { return x != 0 || y != 0; }
static double xorFn(double x, double y) { return (x != 0) != (y != 0); }
bool aneKernelLogicalAnd(AneKernelCall *call) { return binary(call, andFn); }
bool aneKernelLogicalOr(AneKernelCall *call) { return binary(call, orFn); }
bool aneKernelLogicalXor(AneKernelCall *call) { return binary(call, xorFn); }

// select(cond, a, b), the three broadcast to the result.
bool aneKernelSelect(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 3, 3))
    return false;
  AneTensor *r = call->result;
  AneWalk w;
  aneWalkInit(&w, r->rank, r->dims, 3);
  for (int s = 0; s < 3; ++s)
    if (!aneBroadcastStrides(r->rank, r->dims, call->operands[s]->rank,
                             call->operands[s]->dims, w.strides[s]))
      return aneKernelFail(call, "operand shapes do not broadcast to the "
                                 "result shape");
  const double *cond = call->operands[0]->data;
  const double *a = call->operands[1]->data, *b = call->operands[2]->data;
  int64_t sc = w.strides[0][r->rank - 1], sa = w.strides[1][r->rank - 1],
          sb = w.strides[2][r->rank - 1];
  double *out = r->data;
  for (int64_t row = 0; row < w.numRows; ++row, aneWalkNextRow(&w))
    for (int64_t j = 0; j < w.rowLength; ++j)
      *out++ = aneRoundValue(call->numerics, r->dtype,
                             cond[w.offsets[0] + j * sc] != 0
                                 ? a[w.offsets[1] + j * sa]
                                 : b[w.offsets[2] + j * sb]);
  return true;
}

//===----------------------------------------------------------------------===//
// Unary
//===----------------------------------------------------------------------===//

typedef struct {
  AneNumerics numerics; ///< For intermediates (aneComputeValue).
  double epsilon;       ///< Already rounded (rsqrt, inverse, log).
} UnaryContext;

typedef double (*UnaryFn)(double x, const UnaryContext *ctx);

static double computed(const UnaryContext *ctx, double v) {
  return aneComputeValue(ctx->numerics, v);
}

static double rsqrtFn(double x, const UnaryContext *ctx) {
  return 1.0 / sqrt(computed(ctx, x + ctx->epsilon));
}
static double inverseFn(double x, const UnaryContext *ctx) {
  return 1.0 / computed(ctx, x + ctx->epsilon);
}
static double logFn(double x, const UnaryContext *ctx) {
  return log(computed(ctx, x + ctx->epsilon));
}
static double sqrtFn(double x, const UnaryContext *ctx) {
  (void)ctx;
  return sqrt(x);
}
static double expFn(double x, const UnaryContext *ctx) {
  (void)ctx;
  return exp(x);
}
static double reluFn(double x, const UnaryContext *ctx) {
  (void)ctx;
  // max(x, 0) that keeps NaN and maps -0 to +0.
  return x > 0.0 || isnan(x) ? x : 0.0;
}
static double sigmoidFn(double x, const UnaryContext *ctx) {
  return 1.0 / computed(ctx, 1.0 + computed(ctx, exp(-x)));
}
static double siluFn(double x, const UnaryContext *ctx) {
  return x * computed(ctx, sigmoidFn(x, ctx));
}
static double tanhFn(double x, const UnaryContext *ctx) {
  (void)ctx;
  return tanh(x);
}
static double absFn(double x, const UnaryContext *ctx) {
  (void)ctx;
  return fabs(x);
}
static double squareFn(double x, const UnaryContext *ctx) {
  (void)ctx;
  return x * x;
}

// 1/sqrt(2) and sqrt(2/pi); M_SQRT1_2 and M_PI are not ISO C.
static const double kInvSqrt2 = 0.70710678118654752440;
static const double kSqrt2OverPi = 0.79788456080286535588;

static double geluExactFn(double x, const UnaryContext *ctx) {
  double e = computed(ctx, erf(computed(ctx, x * kInvSqrt2)));
  return 0.5 * x * computed(ctx, 1.0 + e);
}
static double geluTanhFn(double x, const UnaryContext *ctx) {
  double cube = computed(ctx, x * x * x);
  double inner = computed(ctx, x + computed(ctx, 0.044715 * cube));
  double t = computed(ctx, tanh(computed(ctx, kSqrt2OverPi * inner)));
  return 0.5 * x * computed(ctx, 1.0 + t);
}

static bool unaryWith(AneKernelCall *call, UnaryFn fn, double epsilon) {
  if (!aneKernelCheckOperandCount(call, 1, 1))
    return false;
  const AneTensor *x = call->operands[0];
  AneTensor *r = call->result;
  if (!aneKernelCheckSameShapeAsResult(call, x, "x"))
    return false;
  UnaryContext ctx = {aneKernelComputeNumerics(call), epsilon};
  AneNumerics numerics = call->numerics;
  AneDType dtype = r->dtype;
  for (int64_t i = 0; i < r->size; ++i)
    r->data[i] = aneRoundValue(numerics, dtype, fn(x->data[i], &ctx));
  return true;
}

static bool unary(AneKernelCall *call, UnaryFn fn) {
  return unaryWith(call, fn, 0.0);
}

static bool unaryEpsilon(AneKernelCall *call, UnaryFn fn) {
  double epsilon;
  if (!aneKernelGetEpsilon(call, &epsilon))
    return false;
  return unaryWith(call, fn, epsilon);
}

bool aneKernelRsqrt(AneKernelCall *call) { return unaryEpsilon(call, rsqrtFn); }
bool aneKernelInverse(AneKernelCall *call) {
  return unaryEpsilon(call, inverseFn);
}
bool aneKernelLog(AneKernelCall *call) { return unaryEpsilon(call, logFn); }
bool aneKernelSqrt(AneKernelCall *call) { return unary(call, sqrtFn); }
bool aneKernelExp(AneKernelCall *call) { return unary(call, expFn); }
bool aneKernelRelu(AneKernelCall *call) { return unary(call, reluFn); }
bool aneKernelSilu(AneKernelCall *call) { return unary(call, siluFn); }
bool aneKernelSigmoid(AneKernelCall *call) { return unary(call, sigmoidFn); }
bool aneKernelTanh(AneKernelCall *call) { return unary(call, tanhFn); }
bool aneKernelAbs(AneKernelCall *call) { return unary(call, absFn); }
bool aneKernelSquare(AneKernelCall *call) { return unary(call, squareFn); }

static double floorFn(double x, const UnaryContext *ctx) {
  (void)ctx;
  return floor(x);
}
bool aneKernelFloor(AneKernelCall *call) { return unary(call, floorFn); }

// On i1: 1 - x.
static double notFn(double x, const UnaryContext *ctx) {
  (void)ctx;
  return x == 0.0;
}
bool aneKernelLogicalNot(AneKernelCall *call) { return unary(call, notFn); }

// min(max(x, alpha), beta); NaN stays NaN, as numpy's clip keeps it.
bool aneKernelClip(AneKernelCall *call) {
  double alpha, beta;
  if (!aneKernelCheckOperandCount(call, 1, 1) ||
      !aneKernelGetFloat(call, "alpha", &alpha) ||
      !aneKernelGetFloat(call, "beta", &beta))
    return false;
  const AneTensor *x = call->operands[0];
  AneTensor *r = call->result;
  if (!aneKernelCheckSameShapeAsResult(call, x, "x"))
    return false;
  for (int64_t i = 0; i < r->size; ++i) {
    double v = x->data[i];
    if (!isnan(v))
      v = v < alpha ? alpha : v > beta ? beta : v;
    r->data[i] = aneRoundValue(call->numerics, r->dtype, v);
  }
  return true;
}

static bool stringRefEquals(MlirStringRef s, const char *literal) {
  size_t n = strlen(literal);
  return s.length == n && (n == 0 || memcmp(s.data, literal, n) == 0);
}

bool aneKernelGelu(AneKernelCall *call) {
  MlirStringRef mode;
  if (!aneKernelGetString(call, "mode", &mode))
    return false;
  if (stringRefEquals(mode, "EXACT"))
    return unary(call, geluExactFn);
  if (stringRefEquals(mode, "TANH_APPROXIMATION"))
    return unary(call, geluTanhFn);
  return aneKernelFail(call,
                       "mode must be \"EXACT\" or \"TANH_APPROXIMATION\", got "
                       "\"%.*s\"",
                       (int)mode.length, mode.data);
}

//===----------------------------------------------------------------------===//
// Cast
//===----------------------------------------------------------------------===//

// The conversion is the result's storage rounding (to f16/f32, or truncation
// toward zero with saturation for i32).
static double identityFn(double x, const UnaryContext *ctx) {
  (void)ctx;
  return x;
}

bool aneKernelCast(AneKernelCall *call) { return unary(call, identityFn); }
