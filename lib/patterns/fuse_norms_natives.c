//===- fuse_norms_natives.c - What fuse_norms.pdll cannot say -------------===//
//
// Native constraints and rewrites for the fuse-norms patterns: the guards
// (single use, the reductions' axes, constant splats, 1/D, gamma shapes),
// the "is a square of x" classifier that lets one pattern cover mul(x, x),
// square(x) and pow(x, 2), and the attributes and types of the fused ops.
// Every function is stateless: userData is unused.
//
//===----------------------------------------------------------------------===//

#include "fuse_norms.h"

#include "dialect/fp16.h"
#include "pdl_natives.h"
#include "dialect/shape.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/IR.h"

#include <math.h>
#include <stdbool.h>
#include <string.h>

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

static MlirValue valueArg(MlirPDLValue *values, size_t i) {
  return mlirPDLValueAsValue(values[i]);
}

static MlirType valueTypeArg(MlirPDLValue *values, size_t i) {
  return mlirValueGetType(valueArg(values, i));
}

static MlirOperation opArg(MlirPDLValue *values, size_t i) {
  return mlirPDLValueAsOperation(values[i]);
}

static MlirAttribute attrArg(MlirPDLValue *values, size_t i) {
  return mlirPDLValueAsAttribute(values[i]);
}

static bool nameIs(MlirOperation op, const char *name) {
  MlirStringRef have = mlirIdentifierStr(mlirOperationGetName(op));
  return have.length == strlen(name) &&
         memcmp(have.data, name, have.length) == 0;
}

// The op defining `value`, or a null op for a block argument.
static MlirOperation definingOp(MlirValue value) {
  if (!mlirValueIsAOpResult(value))
    return (MlirOperation){NULL};
  return mlirOpResultGetOwner(value);
}

static bool isDefinedBy(MlirValue value, const char *name) {
  MlirOperation op = definingOp(value);
  return !mlirOperationIsNull(op) && nameIs(op, name);
}

// True for a ranked tensor type whose dims are all static; copies them.
static bool staticDims(MlirType type, intptr_t *rank,
                       int64_t dims[ANE_MAX_RANK]) {
  if (!mlirTypeIsARankedTensor(type))
    return false;
  *rank = mlirShapedTypeGetRank(type);
  if (*rank < 1 || *rank > ANE_MAX_RANK)
    return false;
  for (intptr_t i = 0; i < *rank; ++i) {
    dims[i] = mlirShapedTypeGetDimSize(type, i);
    if (mlirShapedTypeIsDynamicSize(dims[i]))
      return false;
  }
  return true;
}

// The normalized (last) dim of `type` if static and positive, else -1.
static int64_t staticLastDim(MlirType type) {
  if (!mlirTypeIsARankedTensor(type) || mlirShapedTypeGetRank(type) < 1)
    return -1;
  intptr_t last = mlirShapedTypeGetRank(type) - 1;
  if (mlirShapedTypeIsDynamicDim(type, last))
    return -1;
  int64_t d = mlirShapedTypeGetDimSize(type, last);
  return d > 0 ? d : -1;
}

// True if `attr` is a dense f16/f32 splat; stores its value.
static bool floatSplat(MlirAttribute attr, double *value) {
  if (mlirAttributeIsNull(attr) || !mlirAttributeIsADenseFPElements(attr) ||
      !mlirDenseElementsAttrIsSplat(attr))
    return false;
  MlirType element = mlirShapedTypeGetElementType(mlirAttributeGetType(attr));
  if (!mlirTypeIsAF16(element) && !mlirTypeIsAF32(element))
    return false;
  MlirAttribute splat = mlirDenseElementsAttrGetSplatValue(attr);
  if (!mlirAttributeIsAFloat(splat))
    return false;
  *value = mlirFloatAttrGetValueDouble(splat);
  return true;
}

// True if `value` is the result of an arith.constant holding a float splat
// equal to `wanted`.
static bool isConstantSplat(MlirValue value, double wanted) {
  MlirOperation op = definingOp(value);
  if (mlirOperationIsNull(op) || !nameIs(op, "arith.constant"))
    return false;
  double have;
  return floatSplat(mlirOperationGetAttributeByName(
                        op, mlirStringRefCreateFromCString("value")),
                    &have) &&
         have == wanted;
}

// The single axis of an array<i64> attribute of size 1.
static bool singleAxis(MlirAttribute axes, int64_t *axis) {
  if (!mlirAttributeIsADenseI64Array(axes) ||
      mlirDenseArrayGetNumElements(axes) != 1)
    return false;
  *axis = mlirDenseI64ArrayGetElement(axes, 0);
  return true;
}

// An epsilon as the f32 attribute the fused op carries.
static MlirAttribute f32Attr(MlirContext context, float value) {
  return mlirFloatAttrDoubleGet(context, mlirF32TypeGet(context),
                                (double)value);
}

// A splat constant of `type` (f16 or f32). A one-element buffer makes MLIR
// build a splat; f16 data must be built from bits (docs/passes.md).
static MlirAttribute splatOf(MlirType type, float value) {
  if (mlirTypeIsAF16(mlirShapedTypeGetElementType(type))) {
    uint16_t bits = aneFloatToHalf(value);
    return mlirDenseElementsAttrFloat16Get(type, 1, &bits);
  }
  return mlirDenseElementsAttrFloatSplatGet(type, value);
}

// tensor<D x element type of x>.
static MlirType vectorTypeOf(MlirType x) {
  int64_t d = staticLastDim(x);
  return mlirRankedTensorTypeGet(1, &d, mlirShapedTypeGetElementType(x),
                                 mlirAttributeGetNull());
}

//===----------------------------------------------------------------------===//
// Constraints: structure
//===----------------------------------------------------------------------===//

// AneIsSquareOf(sq: Op, x: Value): sq computes x^2 elementwise with x's type:
// ane.mul(x, x), ane.square(x), or ane.pow(x, c) with c an arith.constant
// splat 2.0.
static MlirLogicalResult isSquareOf(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirOperation sq = opArg(values, 0);
  MlirValue x = valueArg(values, 1);
  if (mlirOperationGetNumResults(sq) != 1 ||
      !mlirTypeEqual(mlirValueGetType(mlirOperationGetResult(sq, 0)),
                     mlirValueGetType(x)))
    return mlirLogicalResultFailure();
  intptr_t n = mlirOperationGetNumOperands(sq);
  if (nameIs(sq, "ane.square"))
    return aneNativeCheck(n == 1 &&
                          mlirValueEqual(mlirOperationGetOperand(sq, 0), x));
  if (n != 2 || !mlirValueEqual(mlirOperationGetOperand(sq, 0), x))
    return mlirLogicalResultFailure();
  MlirValue rhs = mlirOperationGetOperand(sq, 1);
  if (nameIs(sq, "ane.mul"))
    return aneNativeCheck(mlirValueEqual(rhs, x));
  if (nameIs(sq, "ane.pow"))
    return aneNativeCheck(isConstantSplat(rhs, 2.0));
  return mlirLogicalResultFailure();
}

// AneHasOneUse(op: Op): the op's one result has exactly one use (one operand
// slot: mul(v, v) is two uses).
static MlirLogicalResult hasOneUse(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirOperation op = opArg(values, 0);
  if (mlirOperationGetNumResults(op) != 1)
    return mlirLogicalResultFailure();
  MlirOpOperand use = mlirValueGetFirstUse(mlirOperationGetResult(op, 0));
  return aneNativeCheck(!mlirOpOperandIsNull(use) &&
                        mlirOpOperandIsNull(mlirOpOperandGetNextUse(use)));
}

// AneUsesWithin(op: Op, a: Op, b: Op): every use of the op's result is an
// operand of `a` or of `b` (an intermediate the chain itself uses twice).
static MlirLogicalResult usesWithin(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirOperation op = opArg(values, 0);
  MlirOperation a = opArg(values, 1), b = opArg(values, 2);
  if (mlirOperationGetNumResults(op) != 1)
    return mlirLogicalResultFailure();
  for (MlirOpOperand use = mlirValueGetFirstUse(mlirOperationGetResult(op, 0));
       !mlirOpOperandIsNull(use); use = mlirOpOperandGetNextUse(use)) {
    MlirOperation owner = mlirOpOperandGetOwner(use);
    if (!mlirOperationEqual(owner, a) && !mlirOperationEqual(owner, b))
      return mlirLogicalResultFailure();
  }
  return mlirLogicalResultSuccess();
}

// AneIsNotNormFactor(v: Value): v is not an ane.rsqrt/ane.inverse result
// (keeps the factor-order normalization from swapping back and forth).
static MlirLogicalResult isNotNormFactor(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirValue v = valueArg(values, 0);
  return aneNativeCheck(!isDefinedBy(v, "ane.rsqrt") &&
                        !isDefinedBy(v, "ane.inverse"));
}

//===----------------------------------------------------------------------===//
// Constraints: axes
//===----------------------------------------------------------------------===//

// AneReducesLastAxis(axes: Attr, x: Value): axes is exactly [last axis of x],
// spelled -1 or rank-1.
static MlirLogicalResult reducesLastAxis(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueTypeArg(values, 1);
  int64_t axis;
  if (!mlirTypeIsARankedTensor(type) || !singleAxis(attrArg(values, 0), &axis))
    return mlirLogicalResultFailure();
  int64_t rank = mlirShapedTypeGetRank(type);
  return aneNativeCheck(axis == -1 || axis == rank - 1);
}

// AneReducesRowsAxis(axes: Attr): axes is exactly [1] (or -3) of a rank-4
// [M, D, 1, 1] tensor: the D axis of the old ANE lowering.
static MlirLogicalResult reducesRowsAxis(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  int64_t axis;
  return aneNativeCheck(singleAxis(attrArg(values, 0), &axis) &&
                        (axis == 1 || axis == -3));
}

// AneIsNormAxesOf(axes: Attr, x: Value): distinct axes of a ranked x.
static MlirLogicalResult isNormAxesOf(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueTypeArg(values, 1);
  bool normalized[ANE_MAX_RANK];
  return aneNativeCheck(mlirTypeIsARankedTensor(type) &&
                        aneMarkAxes(attrArg(values, 0),
                                 mlirShapedTypeGetRank(type), normalized));
}

// D, the product of x's dims at `axes`, if they are valid and static; else
// -1.
static int64_t groupSizeOf(MlirType x, MlirAttribute axes) {
  bool normalized[ANE_MAX_RANK];
  if (!mlirTypeIsARankedTensor(x) ||
      !aneMarkAxes(axes, mlirShapedTypeGetRank(x), normalized))
    return -1;
  int64_t d = 1;
  for (intptr_t i = 0; i < mlirShapedTypeGetRank(x); ++i) {
    if (!normalized[i])
      continue;
    int64_t dim = mlirShapedTypeGetDimSize(x, i);
    if (mlirShapedTypeIsDynamicSize(dim) || dim < 1 ||
        __builtin_mul_overflow(d, dim, &d))
      return -1;
  }
  return d;
}

// True if axes is exactly the last axis of x.
static bool isLastAxis(MlirAttribute axes, MlirType x) {
  int64_t axis;
  return mlirTypeIsARankedTensor(x) && singleAxis(axes, &axis) &&
         (axis == -1 || axis == mlirShapedTypeGetRank(x) - 1);
}

// True if g is a gamma / beta the verifier accepts for a norm of x over
// `axes` (lib/dialect/verifier.c: aligned at the trailing dims, x's static
// dim at each normalized axis, 1 elsewhere, reaching the first normalized
// axis).
static bool paramShapeOk(MlirType g, MlirType x, MlirAttribute axes) {
  intptr_t gRank, xRank;
  int64_t gDims[ANE_MAX_RANK];
  bool normalized[ANE_MAX_RANK];
  if (!staticDims(g, &gRank, gDims) || !mlirTypeIsARankedTensor(x))
    return false;
  xRank = mlirShapedTypeGetRank(x);
  if (gRank > xRank || !aneMarkAxes(axes, xRank, normalized))
    return false;
  intptr_t offset = xRank - gRank;
  for (intptr_t i = 0; i < xRank; ++i) {
    int64_t xDim = mlirShapedTypeGetDimSize(x, i);
    int64_t dim = i < offset ? 1 : gDims[i - offset];
    bool ok = normalized[i] ? i >= offset && dim == xDim &&
                                  !mlirShapedTypeIsDynamicSize(xDim)
                            : dim == 1;
    if (!ok)
      return false;
  }
  return true;
}

// AneIsAxesParamOf(g: Value, x: Value, axes: Attr): paramShapeOk, for axes
// other than the last one alone (AneIsGammaOf / AneIsPrefixedGammaOf
// cover that for RMSNorm).
static MlirLogicalResult isAxesParamOf(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType x = valueTypeArg(values, 1);
  MlirAttribute axes = attrArg(values, 2);
  return aneNativeCheck(!isLastAxis(axes, x) &&
                        paramShapeOk(valueTypeArg(values, 0), x, axes));
}

// AneIsParamOf(g: Value, x: Value, axes: Attr): paramShapeOk, any axes.
static MlirLogicalResult isParamOf(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  return aneNativeCheck(paramShapeOk(valueTypeArg(values, 0),
                                     valueTypeArg(values, 1),
                                     attrArg(values, 2)));
}

// AneIsUpcastOf(c: Op, x: Value): c is ane.cast of x (f16) to f32 with x's
// shape.
static MlirLogicalResult isUpcastOf(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirOperation c = opArg(values, 0);
  MlirType x = valueTypeArg(values, 1);
  if (!nameIs(c, "ane.cast") || mlirOperationGetNumResults(c) != 1 ||
      !mlirTypeIsARankedTensor(x) ||
      !mlirTypeIsAF16(mlirShapedTypeGetElementType(x)))
    return mlirLogicalResultFailure();
  MlirType up = mlirValueGetType(mlirOperationGetResult(c, 0));
  if (!mlirTypeIsARankedTensor(up) ||
      !mlirTypeIsAF32(mlirShapedTypeGetElementType(up)) ||
      mlirShapedTypeGetRank(up) != mlirShapedTypeGetRank(x))
    return mlirLogicalResultFailure();
  for (intptr_t i = 0; i < mlirShapedTypeGetRank(x); ++i)
    if (mlirShapedTypeGetDimSize(up, i) != mlirShapedTypeGetDimSize(x, i))
      return mlirLogicalResultFailure();
  return mlirLogicalResultSuccess();
}

// AneHasStaticNormDims(x: Value, axes: Attr): x's dims at `axes` are static.
static MlirLogicalResult hasStaticNormDims(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  return aneNativeCheck(
      groupSizeOf(valueTypeArg(values, 0), attrArg(values, 1)) > 0);
}

// AneIsSameAxes(a: Attr, b: Attr, x: Value): the same axes of x.
static MlirLogicalResult isSameAxes(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType x = valueTypeArg(values, 2);
  bool na[ANE_MAX_RANK], nb[ANE_MAX_RANK];
  if (!mlirTypeIsARankedTensor(x))
    return mlirLogicalResultFailure();
  intptr_t rank = mlirShapedTypeGetRank(x);
  if (!aneMarkAxes(attrArg(values, 0), rank, na) ||
      !aneMarkAxes(attrArg(values, 1), rank, nb))
    return mlirLogicalResultFailure();
  return aneNativeCheck(memcmp(na, nb, sizeof(na)) == 0);
}

// AneIsKeptTypeOf(op: Op, v: Value, axes: Attr): op's result type is v's
// with the dims at `axes` set to 1.
static MlirLogicalResult isKeptTypeOf(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirOperation op = opArg(values, 0);
  MlirType v = valueTypeArg(values, 1);
  bool normalized[ANE_MAX_RANK];
  if (mlirOperationGetNumResults(op) != 1 || !mlirTypeIsARankedTensor(v))
    return mlirLogicalResultFailure();
  intptr_t rank = mlirShapedTypeGetRank(v);
  if (!aneMarkAxes(attrArg(values, 2), rank, normalized))
    return mlirLogicalResultFailure();
  int64_t dims[ANE_MAX_RANK];
  for (intptr_t i = 0; i < rank; ++i)
    dims[i] = normalized[i] ? 1 : mlirShapedTypeGetDimSize(v, i);
  MlirType kept = mlirRankedTensorTypeGet(
      rank, dims, mlirShapedTypeGetElementType(v), mlirAttributeGetNull());
  return aneNativeCheck(mlirTypeEqual(
      kept, mlirValueGetType(mlirOperationGetResult(op, 0))));
}

// AneIsSameTypeAs(v: Value, op: Op): v has the type of op's one result.
static MlirLogicalResult isSameTypeAs(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirOperation op = opArg(values, 1);
  return aneNativeCheck(
      mlirOperationGetNumResults(op) == 1 &&
      mlirTypeEqual(valueTypeArg(values, 0),
                    mlirValueGetType(mlirOperationGetResult(op, 0))));
}

//===----------------------------------------------------------------------===//
// Constraints: constants
//===----------------------------------------------------------------------===//

// AneIsEpsSplat(value: Attr): an f16/f32 splat, finite and > 0 as an f32
// (an ane norm's epsilon must be finite and > 0).
static MlirLogicalResult isEpsSplat(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  double v;
  return aneNativeCheck(floatSplat(attrArg(values, 0), &v) &&
                        isfinite((float)v) && (float)v > 0.0f);
}

// AneIsPositiveEps(epsilon: Attr): the f32 epsilon of an rsqrt is > 0.
static MlirLogicalResult isPositiveEps(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirAttribute attr = attrArg(values, 0);
  if (!mlirAttributeIsAFloat(attr))
    return mlirLogicalResultFailure();
  double v = mlirFloatAttrGetValueDouble(attr);
  return aneNativeCheck(isfinite(v) && v > 0.0);
}

// AneIsFloorSplat(value: Attr): a splat floor f > 0 whose square, the
// l2_norm epsilon the fusion creates, survives fp16. The ANE keeps an op's
// epsilon in fp16 (and ane-run's ane-fp16 numerics round it so) whatever the
// tensor type, so the fused op's floor is sqrt(f16(f^2)); it must be within
// 2^-10 of f. A floor of 1e-6 fails: its epsilon 1e-12 rounds to 0, and
// x / max(norm, 0) is NaN on a zero row where the chain gives 0. Such
// chains stay chains. (eps = 1e-5, subnormal in f16, passes at 6.8e-4.)
static MlirLogicalResult isFloorSplat(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  double v;
  if (!floatSplat(attrArg(values, 0), &v) || !(v > 0.0))
    return mlirLogicalResultFailure();
  float f = (float)v;
  float eps = f * f;
  if (!(eps > 0.0f) || !isfinite(eps))
    return mlirLogicalResultFailure();
  float floorBack = sqrtf(aneHalfToFloat(aneFloatToHalf(eps)));
  return aneNativeCheck(fabsf(floorBack - f) <= 0x1p-10f * f);
}

// AneIsInvDOver(value: Attr, x: Value, axes: Attr): a splat equal to 1/D,
// D the product of x's static dims at `axes` (a sum's, canonicalized to a
// mean), within 2^-11 relative: what rounding 1/D to a normal f16 (or to
// f32) can cost. Scaling the mean by c instead of 1/D scales the result by
// sqrt(1/(c D)), so the fused norm stays within 2.5e-4 of the chain. A
// subnormal f16 1/D (D > 16384) is accepted only when it is that close
// (D = 32768 exactly is; D = 40000, at 9.5e-4, is not).
static MlirLogicalResult isInvDOver(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  int64_t d = groupSizeOf(valueTypeArg(values, 1), attrArg(values, 2));
  double c;
  if (d < 1 || !floatSplat(attrArg(values, 0), &c))
    return mlirLogicalResultFailure();
  const double kBound = 0x1p-11 * 1.001;
  return aneNativeCheck(c > 0.0 && fabs(c * (double)d - 1.0) <= kBound);
}

// AneIsSplatOf(value: Attr, wanted: Attr): an f16/f32 splat equal to the
// f32 `wanted` (exact: -0.5 and 0.5 are exact in both).
static MlirLogicalResult isSplatOf(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  double v;
  MlirAttribute wanted = attrArg(values, 1);
  return aneNativeCheck(floatSplat(attrArg(values, 0), &v) &&
                        mlirAttributeIsAFloat(wanted) &&
                        v == mlirFloatAttrGetValueDouble(wanted));
}

// AneIsOnes(value: Attr) / AneIsZeros(value: Attr): float splats 1.0 / 0.0
// (the layer_norm gamma / beta a fusion creates when the source has none).
static MlirLogicalResult isOnes(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  double v;
  return aneNativeCheck(floatSplat(attrArg(values, 0), &v) && v == 1.0);
}

static MlirLogicalResult isZeros(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  double v;
  return aneNativeCheck(floatSplat(attrArg(values, 0), &v) && v == 0.0);
}

//===----------------------------------------------------------------------===//
// Constraints: shapes
//===----------------------------------------------------------------------===//

// AneIsGammaOf(g: Value, x: Value): g is [D], D the static last dim of x.
static MlirLogicalResult isGammaOf(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType g = valueTypeArg(values, 0);
  int64_t d = staticLastDim(valueTypeArg(values, 1));
  return aneNativeCheck(d > 0 && mlirTypeIsARankedTensor(g) &&
                        mlirShapedTypeGetRank(g) == 1 && staticLastDim(g) == d);
}

// AneIsPrefixedGammaOf(g: Value, x: Value): g is [1, ..., 1, D] with rank
// 2..rank(x), so it broadcasts to x without widening it and holds the same
// D numbers as a [D] gamma.
static MlirLogicalResult isPrefixedGammaOf(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType g = valueTypeArg(values, 0), x = valueTypeArg(values, 1);
  int64_t d = staticLastDim(x);
  intptr_t rank;
  int64_t dims[ANE_MAX_RANK];
  if (d < 1 || !staticDims(g, &rank, dims) || rank < 2 ||
      rank > mlirShapedTypeGetRank(x) || dims[rank - 1] != d)
    return mlirLogicalResultFailure();
  for (intptr_t i = 0; i + 1 < rank; ++i)
    if (dims[i] != 1)
      return mlirLogicalResultFailure();
  return mlirLogicalResultSuccess();
}

// AneIsRowsOf(rows: Value, x: Value): rows is x reshaped to [M, D, 1, 1],
// M the product of x's leading dims (the old ANE lowering's layout).
static MlirLogicalResult isRowsOf(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  intptr_t xRank, rRank;
  int64_t x[ANE_MAX_RANK], r[ANE_MAX_RANK];
  if (!staticDims(valueTypeArg(values, 1), &xRank, x) ||
      !staticDims(valueTypeArg(values, 0), &rRank, r) || rRank != 4)
    return mlirLogicalResultFailure();
  // Unverified IR may hold dims whose product overflows: no match then.
  int64_t m = 1;
  for (intptr_t i = 0; i + 1 < xRank; ++i)
    if (__builtin_mul_overflow(m, x[i], &m))
      return mlirLogicalResultFailure();
  return aneNativeCheck(r[0] == m && r[1] == x[xRank - 1] && r[2] == 1 &&
                        r[3] == 1);
}

// AneIsGammaRowsOf(g: Value, x: Value): g is [1, D, 1, 1].
static MlirLogicalResult isGammaRowsOf(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  intptr_t rank;
  int64_t g[ANE_MAX_RANK];
  int64_t d = staticLastDim(valueTypeArg(values, 1));
  return aneNativeCheck(
      d > 0 && staticDims(valueTypeArg(values, 0), &rank, g) && rank == 4 &&
      g[0] == 1 && g[1] == d && g[2] == 1 && g[3] == 1);
}

//===----------------------------------------------------------------------===//
// Rewrites: attributes and types of the fused ops
//===----------------------------------------------------------------------===//

// AneEpsOf(value: Attr) -> Attr: the splat's value as an f32 attribute (an
// f16 constant gives its exact f16 value: 1e-5 stored as f16 is 1.00136e-5).
static MlirLogicalResult epsOf(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirAttribute attr = attrArg(values, 0);
  double v = 0.0;
  floatSplat(attr, &v);
  mlirPDLResultListPushBackAttribute(
      results, f32Attr(mlirAttributeGetContext(attr), (float)v));
  return mlirLogicalResultSuccess();
}

// AneEpsOfFloor(value: Attr) -> Attr: floor^2 in f32, the l2_norm epsilon
// whose sqrt is the floor.
static MlirLogicalResult epsOfFloor(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirAttribute attr = attrArg(values, 0);
  double v = 0.0;
  floatSplat(attr, &v);
  float f = (float)v;
  mlirPDLResultListPushBackAttribute(
      results, f32Attr(mlirAttributeGetContext(attr), f * f));
  return mlirLogicalResultSuccess();
}

// AneVectorType(x: Value) -> Type: tensor<D x element type of x>.
static MlirLogicalResult vectorType(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  mlirPDLResultListPushBackType(results, vectorTypeOf(valueTypeArg(values, 0)));
  return mlirLogicalResultSuccess();
}

// AneParamTypeOver(x: Value, axes: Attr) -> Type: x's dims at the axes, 1
// elsewhere, from the first normalized axis on ([D] over the last axis,
// [C, 1, 1] over axis 1 of [B, C, 1, S]).
static MlirLogicalResult paramTypeOver(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType x = valueTypeArg(values, 0);
  bool normalized[ANE_MAX_RANK];
  intptr_t rank = mlirShapedTypeGetRank(x);
  aneMarkAxes(attrArg(values, 1), rank, normalized);
  int64_t dims[ANE_MAX_RANK];
  intptr_t n = 0;
  bool started = false;
  for (intptr_t i = 0; i < rank; ++i) {
    started = started || normalized[i];
    if (started)
      dims[n++] = normalized[i] ? mlirShapedTypeGetDimSize(x, i) : 1;
  }
  mlirPDLResultListPushBackType(
      results, mlirRankedTensorTypeGet(n, dims, mlirShapedTypeGetElementType(x),
                                       mlirAttributeGetNull()));
  return mlirLogicalResultSuccess();
}

// AneVectorShapeAttr(x: Value) -> Attr: array<i64: D>.
static MlirLogicalResult vectorShapeAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueTypeArg(values, 0);
  int64_t d = staticLastDim(type);
  mlirPDLResultListPushBackAttribute(
      results, mlirDenseI64ArrayGet(mlirTypeGetContext(type), 1, &d));
  return mlirLogicalResultSuccess();
}

// AneOnesAttr(type: Type) -> Attr / AneZerosAttr(type: Type) -> Attr.
static MlirLogicalResult onesAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  mlirPDLResultListPushBackAttribute(
      results, splatOf(mlirPDLValueAsType(values[0]), 1.0f));
  return mlirLogicalResultSuccess();
}

static MlirLogicalResult zerosAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  mlirPDLResultListPushBackAttribute(
      results, splatOf(mlirPDLValueAsType(values[0]), 0.0f));
  return mlirLogicalResultSuccess();
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

typedef struct {
  const char *name;
  MlirPDLRewriteFunction fn;
} Native;

static const Native kConstraints[] = {
    {"AneIsSquareOf", isSquareOf},
    {"AneHasOneUse", hasOneUse},
    {"AneUsesWithin", usesWithin},
    {"AneIsNotNormFactor", isNotNormFactor},
    {"AneReducesLastAxis", reducesLastAxis},
    {"AneIsNormAxesOf", isNormAxesOf},
    {"AneIsAxesParamOf", isAxesParamOf},
    {"AneIsParamOf", isParamOf},
    {"AneIsUpcastOf", isUpcastOf},
    {"AneIsSameTypeAs", isSameTypeAs},
    {"AneIsKeptTypeOf", isKeptTypeOf},
    {"AneHasStaticNormDims", hasStaticNormDims},
    {"AneIsSameAxes", isSameAxes},
    {"AneIsInvDOver", isInvDOver},
    {"AneIsSplatOf", isSplatOf},
    {"AneReducesRowsAxis", reducesRowsAxis},
    {"AneIsEpsSplat", isEpsSplat},
    {"AneIsPositiveEps", isPositiveEps},
    {"AneIsFloorSplat", isFloorSplat},
    {"AneIsOnes", isOnes},
    {"AneIsZeros", isZeros},
    {"AneIsGammaOf", isGammaOf},
    {"AneIsPrefixedGammaOf", isPrefixedGammaOf},
    {"AneIsRowsOf", isRowsOf},
    {"AneIsGammaRowsOf", isGammaRowsOf},
};

static const Native kRewrites[] = {
    {"AneEpsOf", epsOf},
    {"AneEpsOfFloor", epsOfFloor},
    {"AneVectorType", vectorType},
    {"AneParamTypeOver", paramTypeOver},
    {"AneVectorShapeAttr", vectorShapeAttr},
    {"AneOnesAttr", onesAttr},
    {"AneZerosAttr", zerosAttr},
};

void aneRegisterFuseNormsNatives(MlirPDLPatternModule module) {
  for (size_t i = 0; i < sizeof(kConstraints) / sizeof(kConstraints[0]); ++i)
    mlirPDLPatternModuleRegisterConstraintFunction(
        module, mlirStringRefCreateFromCString(kConstraints[i].name),
        kConstraints[i].fn, NULL);
  for (size_t i = 0; i < sizeof(kRewrites) / sizeof(kRewrites[0]); ++i)
    mlirPDLPatternModuleRegisterRewriteFunction(
        module, mlirStringRefCreateFromCString(kRewrites[i].name),
        kRewrites[i].fn, NULL);
}
