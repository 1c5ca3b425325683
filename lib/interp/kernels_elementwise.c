//===- kernels_elementwise.c - Binary, unary and cast kernels -------------===//
//
// Binary ops walk the result row by row with numpy-broadcast strides for x
// and y (0 along stretched or missing dims). Unary ops are a flat loop. The
// value of each element is computed in double; intermediates of composite
// functions (x + eps, sigmoid inside silu, the erf/tanh of gelu) are rounded
// like the ANE's fp32 datapath; the stored value is rounded once.
//
// Each op's function is inlined into its own loop (ANE_BINARY_KERNEL,
// ANE_UNARY_KERNEL), so the loops hold no indirect call and can vectorize;
// a row or a range is computed, then rounded with aneRoundArray. Threads
// take disjoint ranges of rows or elements (lib/interp/parallel.h).
//
//===----------------------------------------------------------------------===//

#include "kernels_internal.h"
#include "parallel.h"

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

typedef struct {
  const AneTensor *x, *y;
  AneTensor *r;
  AneNumerics numerics;
  AneWalk walk; ///< Stream 0: x, stream 1: y.
} BinaryJob;

// Rows [begin, end) of the result; each op instantiates it with its own
// function. Contiguous and scalar-broadcast rows get loops of their own.
static inline __attribute__((always_inline)) void
binaryRows(const BinaryJob *job, int64_t begin, int64_t end, BinaryFn fn) {
  AneWalk w = job->walk;
  aneWalkSeekRow(&w, begin);
  int last = job->r->rank - 1;
  int64_t sx = w.strides[0][last], sy = w.strides[1][last], n = w.rowLength;
  for (int64_t row = begin; row < end; ++row, aneWalkNextRow(&w)) {
    const double *xs = job->x->data + w.offsets[0];
    const double *ys = job->y->data + w.offsets[1];
    double *out = job->r->data + row * n;
    if (sx == 1 && sy == 1) {
      for (int64_t j = 0; j < n; ++j)
        out[j] = fn(xs[j], ys[j]);
    } else if (sx == 1 && sy == 0) {
      double y = ys[0];
      for (int64_t j = 0; j < n; ++j)
        out[j] = fn(xs[j], y);
    } else if (sx == 0 && sy == 1) {
      double x = xs[0];
      for (int64_t j = 0; j < n; ++j)
        out[j] = fn(x, ys[j]);
    } else {
      for (int64_t j = 0; j < n; ++j)
        out[j] = fn(xs[j * sx], ys[j * sy]);
    }
    aneRoundArray(job->numerics, job->r->dtype, out, n);
  }
}

static bool binary(AneKernelCall *call, AneRangeFn rows) {
  if (!aneKernelCheckOperandCount(call, 2, 2))
    return false;
  BinaryJob job = {call->operands[0], call->operands[1], call->result,
                   call->numerics, {0}};
  AneTensor *r = call->result;
  aneWalkInit(&job.walk, r->rank, r->dims, 2);
  if (!aneBroadcastStrides(r->rank, r->dims, job.x->rank, job.x->dims,
                           job.walk.strides[0]) ||
      !aneBroadcastStrides(r->rank, r->dims, job.y->rank, job.y->dims,
                           job.walk.strides[1]))
    return aneKernelFail(call, "operand shapes do not broadcast to the result "
                               "shape");
  int64_t rowLength = job.walk.rowLength > 0 ? job.walk.rowLength : 1;
  aneParallelFor(job.walk.numRows, ANE_PARALLEL_GRAIN / rowLength + 1, rows,
                 &job);
  return true;
}

// aneKernel<Name>: the binary op computing fn(x, y) per element.
#define ANE_BINARY_KERNEL(Name, fn)                                            \
  static void Name##Rows(void *job, int64_t begin, int64_t end) {              \
    binaryRows(job, begin, end, fn);                                           \
  }                                                                            \
  bool aneKernel##Name(AneKernelCall *call) { return binary(call, Name##Rows); }

ANE_BINARY_KERNEL(Add, addFn)
ANE_BINARY_KERNEL(Sub, subFn)
ANE_BINARY_KERNEL(Mul, mulFn)
ANE_BINARY_KERNEL(RealDiv, divFn)
ANE_BINARY_KERNEL(Maximum, maximumFn)
ANE_BINARY_KERNEL(Minimum, minimumFn)
ANE_BINARY_KERNEL(Pow, powFn)

// numpy's floor_divide: floor(x / y); an i32 result is then exact.
static double floorDivFn(double x, double y) { return floor(x / y); }
ANE_BINARY_KERNEL(FloorDiv, floorDivFn)

// Comparisons give 1 or 0, stored as i1; NaN compares false (but not
// equal: true), as in IEEE and numpy.
static double equalFn(double x, double y) { return x == y; }
static double notEqualFn(double x, double y) { return x != y; }
static double lessFn(double x, double y) { return x < y; }
static double lessEqualFn(double x, double y) { return x <= y; }
static double greaterFn(double x, double y) { return x > y; }
static double greaterEqualFn(double x, double y) { return x >= y; }
ANE_BINARY_KERNEL(Equal, equalFn)
ANE_BINARY_KERNEL(NotEqual, notEqualFn)
ANE_BINARY_KERNEL(Less, lessFn)
ANE_BINARY_KERNEL(LessEqual, lessEqualFn)
ANE_BINARY_KERNEL(Greater, greaterFn)
ANE_BINARY_KERNEL(GreaterEqual, greaterEqualFn)

// i1 operands hold 0 or 1.
static double andFn(double x, double y) { return x != 0 && y != 0; }
static double orFn(double x, double y) { return x != 0 || y != 0; }
static double xorFn(double x, double y) { return (x != 0) != (y != 0); }
ANE_BINARY_KERNEL(LogicalAnd, andFn)
ANE_BINARY_KERNEL(LogicalOr, orFn)
ANE_BINARY_KERNEL(LogicalXor, xorFn)

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

typedef struct {
  const double *x;
  AneTensor *r;
  AneNumerics numerics;
  UnaryContext ctx;
} UnaryJob;

// Elements [begin, end); each op instantiates it with its own function.
static inline __attribute__((always_inline)) void
unaryRange(const UnaryJob *job, int64_t begin, int64_t end, UnaryFn fn) {
  double *out = job->r->data;
  for (int64_t i = begin; i < end; ++i)
    out[i] = fn(job->x[i], &job->ctx);
  aneRoundArray(job->numerics, job->r->dtype, out + begin, end - begin);
}

static bool unaryWith(AneKernelCall *call, AneRangeFn range, double epsilon) {
  if (!aneKernelCheckOperandCount(call, 1, 1))
    return false;
  const AneTensor *x = call->operands[0];
  AneTensor *r = call->result;
  if (!aneKernelCheckSameShapeAsResult(call, x, "x"))
    return false;
  UnaryJob job = {x->data, r, call->numerics,
                  {aneKernelComputeNumerics(call), epsilon}};
  aneParallelFor(r->size, ANE_PARALLEL_GRAIN, range, &job);
  return true;
}

static bool unaryEpsilon(AneKernelCall *call, AneRangeFn range) {
  double epsilon;
  if (!aneKernelGetEpsilon(call, &epsilon))
    return false;
  return unaryWith(call, range, epsilon);
}

#define ANE_UNARY_RANGE(Name, fn)                                              \
  static void Name##Range(void *job, int64_t begin, int64_t end) {             \
    unaryRange(job, begin, end, fn);                                           \
  }

// aneKernel<Name>: the unary op computing fn(x) per element; the _EPSILON
// form first reads the op's epsilon (rounded as the numerics rounds it).
#define ANE_UNARY_KERNEL(Name, fn)                                             \
  ANE_UNARY_RANGE(Name, fn)                                                    \
  bool aneKernel##Name(AneKernelCall *call) {                                  \
    return unaryWith(call, Name##Range, 0.0);                                  \
  }
#define ANE_UNARY_KERNEL_EPSILON(Name, fn)                                     \
  ANE_UNARY_RANGE(Name, fn)                                                    \
  bool aneKernel##Name(AneKernelCall *call) {                                  \
    return unaryEpsilon(call, Name##Range);                                    \
  }

ANE_UNARY_KERNEL_EPSILON(Rsqrt, rsqrtFn)
ANE_UNARY_KERNEL_EPSILON(Inverse, inverseFn)
ANE_UNARY_KERNEL_EPSILON(Log, logFn)
ANE_UNARY_KERNEL(Sqrt, sqrtFn)
ANE_UNARY_KERNEL(Exp, expFn)
ANE_UNARY_KERNEL(Relu, reluFn)
ANE_UNARY_KERNEL(Silu, siluFn)
ANE_UNARY_KERNEL(Sigmoid, sigmoidFn)
ANE_UNARY_KERNEL(Tanh, tanhFn)
ANE_UNARY_KERNEL(Abs, absFn)
ANE_UNARY_KERNEL(Square, squareFn)

static double floorFn(double x, const UnaryContext *ctx) {
  (void)ctx;
  return floor(x);
}
ANE_UNARY_KERNEL(Floor, floorFn)

// On i1: 1 - x.
static double notFn(double x, const UnaryContext *ctx) {
  (void)ctx;
  return x == 0.0;
}
ANE_UNARY_KERNEL(LogicalNot, notFn)

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

ANE_UNARY_RANGE(GeluExact, geluExactFn)
ANE_UNARY_RANGE(GeluTanh, geluTanhFn)

static bool stringRefEquals(MlirStringRef s, const char *literal) {
  size_t n = strlen(literal);
  return s.length == n && (n == 0 || memcmp(s.data, literal, n) == 0);
}

bool aneKernelGelu(AneKernelCall *call) {
  MlirStringRef mode;
  if (!aneKernelGetString(call, "mode", &mode))
    return false;
  if (stringRefEquals(mode, "EXACT"))
    return unaryWith(call, GeluExactRange, 0.0);
  if (stringRefEquals(mode, "TANH_APPROXIMATION"))
    return unaryWith(call, GeluTanhRange, 0.0);
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

ANE_UNARY_KERNEL(Cast, identityFn)
