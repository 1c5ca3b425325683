//===- lower_norms_natives.c - What lower_norms.pdll cannot say -----------===//
//
// Native constraints and rewrites for the lower-norms patterns: the strategy
// check, static-dim checks, result types of created ops, and constants.
// Constant values are computed in f32 and stored in the element type of the
// tensor they belong to (f16 data is rounded to nearest even, bit-exact).
//
//===----------------------------------------------------------------------===//

#include "lower_norms.h"

#include "dialect/fp16.h"
#include "pdl_natives.h"
#include "remarks.h"
#include "dialect/shape.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

static MlirType valueType(MlirPDLValue *values, size_t i) {
  return mlirValueGetType(mlirPDLValueAsValue(values[i]));
}

static MlirContext typeContext(MlirType type) {
  return mlirTypeGetContext(type);
}

// Copies the dims of a ranked tensor type; returns the rank.
static intptr_t getDims(MlirType type, int64_t dims[ANE_MAX_RANK]) {
  intptr_t rank = mlirShapedTypeGetRank(type);
  for (intptr_t i = 0; i < rank && i < ANE_MAX_RANK; ++i)
    dims[i] = mlirShapedTypeGetDimSize(type, i);
  return rank;
}

static MlirType tensorOf(intptr_t rank, const int64_t *dims,
                         MlirType elementType) {
  return mlirRankedTensorTypeGet(rank, dims, elementType,
                                 mlirAttributeGetNull());
}

// tensor<1 x element type of `like`>.
static MlirType scalarTensorType(MlirType like) {
  int64_t one = 1;
  return tensorOf(1, &one, mlirShapedTypeGetElementType(like));
}

// A splat constant of `type` (f16 or f32) holding `value` rounded to the
// element type. A one-element buffer makes MLIR build a splat.
static MlirAttribute splatOf(MlirType type, float value) {
  if (mlirTypeIsAF16(mlirShapedTypeGetElementType(type))) {
    uint16_t bits = aneFloatToHalf(value);
    return mlirDenseElementsAttrFloat16Get(type, 1, &bits);
  }
  return mlirDenseElementsAttrFloatSplatGet(type, value);
}

static MlirLogicalResult pushType(MlirPDLResultList results, MlirType type) {
  mlirPDLResultListPushBackType(results, type);
  return mlirLogicalResultSuccess();
}

static MlirLogicalResult pushAttr(MlirPDLResultList results,
                                  MlirAttribute attr) {
  mlirPDLResultListPushBackAttribute(results, attr);
  return mlirLogicalResultSuccess();
}

static MlirLogicalResult pushI64Array(MlirPDLResultList results,
                                      MlirContext context, intptr_t n,
                                      const int64_t *values) {
  return pushAttr(results, mlirDenseI64ArrayGet(context, n, values));
}

//===----------------------------------------------------------------------===//
// Per-run memo
//
// What the rewrites compute depends only on uniqued types and attributes, and
// one function uses few distinct ones, so while the lower-norms pass runs on
// an op (aneLowerNormsMemoBegin/End bracket the greedy driver, on the thread
// that runs it) the results are memoized. Outside a bracket (an embedder's
// own driver) nothing is. A bracket never outlives its run, so every pointer
// held belongs to a live context; each thread has its own memo, since pass
// clones run concurrently.
//===----------------------------------------------------------------------===//

// How a norm's x splits into its groups: D, the product of the normalized
// dims (the group size), and M, the product of the others (the group
// count, -1 if a dim among them is dynamic).
typedef struct {
  intptr_t rank;
  int64_t dims[ANE_MAX_RANK];
  bool normalized[ANE_MAX_RANK];
  int64_t d, m;
  intptr_t first; ///< The first normalized axis.
} NormSplit;

typedef enum {
  MEMO_KEEP_AXES_TYPE,
  MEMO_SCALAR_TYPE,
  MEMO_RMS_FLOOR,
  MEMO_L2_FLOOR,
  MEMO_SQRT_D,
  MEMO_SCALED_GAMMA,
  MEMO_KINDS
} MemoKind;

enum { kMemoSlots = 16 };

typedef struct {
  const void *key0, *key1, *key2; // key0 NULL: empty
  const void *value;
} MemoEntry;

// The split of one (type, axes): every constraint and rewrite of a norm
// starts from it, several times per norm.
enum { kSplitSlots = 8 };
typedef struct {
  const void *type, *axes; // type NULL: empty
  bool ok;
  NormSplit split;
} SplitEntry;

// Epsilon values by attribute (APFloat to double is ~500 instructions; two
// constraints read it per norm).
enum { kEpsSlots = 4 };
typedef struct {
  const void *attr; // NULL: empty
  float value;
} EpsEntry;

typedef struct {
  bool active;
  MemoEntry entries[MEMO_KINDS][kMemoSlots];
  SplitEntry splits[kSplitSlots];
  EpsEntry eps[kEpsSlots];
} Memo;

static _Thread_local Memo memo;

void aneLowerNormsMemoBegin(void) {
  memset(&memo, 0, sizeof(memo));
  memo.active = true;
}

void aneLowerNormsMemoEnd(void) { memo.active = false; }

static MemoEntry *memoSlot(Memo *m, MemoKind kind, const void *key0,
                           const void *key1, const void *key2) {
  uintptr_t h = ((uintptr_t)key0 >> 4) ^ ((uintptr_t)key1 >> 5) ^
                ((uintptr_t)key2 >> 6);
  return &m->entries[kind][(h ^ (h >> 7)) & (kMemoSlots - 1)];
}

// Returns the memoized value for (kind, key0, key1, key2), or NULL.
static const void *memoGet(MemoKind kind, const void *key0, const void *key1,
                           const void *key2) {
  Memo *m = &memo;
  if (!m->active || !key0)
    return NULL;
  MemoEntry *e = memoSlot(m, kind, key0, key1, key2);
  return e->key0 == key0 && e->key1 == key1 && e->key2 == key2 ? e->value
                                                               : NULL;
}

static void memoPut(MemoKind kind, const void *key0, const void *key1,
                    const void *key2, const void *value) {
  Memo *m = &memo;
  if (m->active && key0)
    *memoSlot(m, kind, key0, key1, key2) =
        (MemoEntry){key0, key1, key2, value};
}

// The f32 epsilon attribute values[i], memoized.
static float epsilonOf(MlirPDLValue *values, size_t i) {
  MlirAttribute attr = mlirPDLValueAsAttribute(values[i]);
  Memo *m = &memo;
  if (!m->active || !attr.ptr)
    return (float)mlirFloatAttrGetValueDouble(attr);
  EpsEntry *e = &m->eps[((uintptr_t)attr.ptr >> 4) & (kEpsSlots - 1)];
  if (e->attr != attr.ptr)
    *e = (EpsEntry){attr.ptr, (float)mlirFloatAttrGetValueDouble(attr)};
  return e->value;
}

// The memoized type for `kind` of `x`, computed by `compute` on a miss.
static MlirLogicalResult pushMemoType(MlirPDLResultList results,
                                      MemoKind kind, MlirType x,
                                      MlirType (*compute)(MlirType)) {
  MlirType type = {memoGet(kind, x.ptr, NULL, NULL)};
  if (!type.ptr) {
    type = compute(x);
    memoPut(kind, x.ptr, NULL, NULL, type.ptr);
  }
  mlirPDLResultListPushBackType(results, type);
  return mlirLogicalResultSuccess();
}

//===----------------------------------------------------------------------===//
// Constraints
//===----------------------------------------------------------------------===//

static MlirLogicalResult strategyIs(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  const AneLowerNormsStrategy *strategy = userData;
  MlirStringRef wanted =
      mlirStringAttrGetValue(mlirPDLValueAsAttribute(values[0]));
  MlirStringRef have = aneLowerNormsStrategyGetName(*strategy);
  return (wanted.length == have.length &&
          memcmp(wanted.data, have.data, have.length) == 0)
             ? mlirLogicalResultSuccess()
             : mlirLogicalResultFailure();
}

// True for a tensor type the ANE verifier accepts as a norm's input: ranked,
// rank 1..ANE_MAX_RANK, f16 or f32, every static dim in 1..ANE_MAX_DIM_SIZE.
// The patterns check this again because a pass may run on IR nobody
// verified: such a norm is then left for the verifier to report after the
// pass, instead of being built from (and read out of bounds).
static bool isNormTensor(MlirType type) {
  if (!mlirTypeIsARankedTensor(type))
    return false;
  intptr_t rank = mlirShapedTypeGetRank(type);
  MlirType element = mlirShapedTypeGetElementType(type);
  if (rank < 1 || rank > ANE_MAX_RANK ||
      !(mlirTypeIsAF16(element) || mlirTypeIsAF32(element)))
    return false;
  for (intptr_t i = 0; i < rank; ++i) {
    int64_t d = mlirShapedTypeGetDimSize(type, i);
    if (!mlirShapedTypeIsDynamicSize(d) && (d < 1 || d > ANE_MAX_DIM_SIZE))
      return false;
  }
  return true;
}

static MlirLogicalResult isNormTensorConstraint(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  return isNormTensor(valueType(values, 0)) ? mlirLogicalResultSuccess()
                                            : mlirLogicalResultFailure();
}

static MlirLogicalResult hasStaticShape(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  return isNormTensor(type) && mlirShapedTypeHasStaticShape(type)
             ? mlirLogicalResultSuccess()
             : mlirLogicalResultFailure();
}

// Fills `split` for a valid norm input `type` over valid `axes` whose
// normalized dims are static with a product that fits int64.
static bool computeNormSplit(MlirType type, MlirAttribute axes,
                             NormSplit *split) {
  if (!isNormTensor(type))
    return false;
  split->rank = getDims(type, split->dims);
  if (!aneMarkAxes(axes, split->rank, split->normalized))
    return false;
  split->d = split->m = 1;
  split->first = -1;
  for (intptr_t i = 0; i < split->rank; ++i) {
    int64_t dim = split->dims[i];
    if (split->normalized[i]) {
      if (split->first < 0)
        split->first = i;
      if (mlirShapedTypeIsDynamicSize(dim) ||
          __builtin_mul_overflow(split->d, dim, &split->d))
        return false;
    } else if (split->m >= 0) {
      if (mlirShapedTypeIsDynamicSize(dim) ||
          __builtin_mul_overflow(split->m, dim, &split->m))
        split->m = -1;
    }
  }
  return true;
}

// computeNormSplit, memoized (see "Per-run memo").
static bool normSplit(MlirType type, MlirAttribute axes, NormSplit *split) {
  Memo *m = &memo;
  if (!m->active || !type.ptr)
    return computeNormSplit(type, axes, split);
  uintptr_t h = ((uintptr_t)type.ptr >> 4) ^ ((uintptr_t)axes.ptr >> 5);
  SplitEntry *e = &m->splits[(h ^ (h >> 7)) & (kSplitSlots - 1)];
  if (e->type != type.ptr || e->axes != axes.ptr) {
    e->type = type.ptr;
    e->axes = axes.ptr;
    e->ok = computeNormSplit(type, axes, &e->split);
  }
  *split = e->split;
  return e->ok;
}

// D for a type and axes the constraints below have accepted.
static int64_t groupSize(MlirType type, MlirAttribute axes) {
  NormSplit split;
  return normSplit(type, axes, &split) ? split.d : 1;
}

static MlirAttribute attrArg(MlirPDLValue *values, size_t i) {
  return mlirPDLValueAsAttribute(values[i]);
}

// AneHasStaticNormDims(x, axes): D is known.
static MlirLogicalResult hasStaticNormDims(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  NormSplit split;
  return aneNativeCheck(
      normSplit(valueType(values, 0), attrArg(values, 1), &split));
}

// True if the normalized axes are the last k dims.
static bool axesTrailing(const NormSplit *split) {
  for (intptr_t i = split->first; i < split->rank; ++i)
    if (!split->normalized[i])
      return false;
  return true;
}

// AneAxesAreTrailing(x, axes) / AneAxesAreInner(x, axes).
static MlirLogicalResult axesAreTrailing(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  NormSplit split;
  return aneNativeCheck(
      normSplit(valueType(values, 0), attrArg(values, 1), &split) &&
      axesTrailing(&split));
}

static MlirLogicalResult axesAreInner(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  NormSplit split;
  return aneNativeCheck(
      normSplit(valueType(values, 0), attrArg(values, 1), &split) &&
      !axesTrailing(&split));
}

// AneRowsFit(x, axes): the reduce-sum view [M, D, 1, 1] needs M (the
// product of the other dims) and D to be ANE dims too.
static MlirLogicalResult rowsFit(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  NormSplit split;
  return aneNativeCheck(
      normSplit(valueType(values, 0), attrArg(values, 1), &split) &&
      split.m >= 1 && split.m <= ANE_MAX_DIM_SIZE &&
      split.d <= ANE_MAX_DIM_SIZE);
}

// AneDoubledFits(x, axes): the layer-norm strategy concatenates [x, -x]
// along the first normalized axis: twice its dim must be an ANE dim.
static MlirLogicalResult doubledFits(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  NormSplit split;
  return aneNativeCheck(
      normSplit(valueType(values, 0), attrArg(values, 1), &split) &&
      split.dims[split.first] <= ANE_MAX_DIM_SIZE / 2);
}

// AneAxesInRange(x, axes): a norm's axes name distinct dims of a valid x
// (any rank the verifier accepts).
static MlirLogicalResult axesInRange(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  bool normalized[ANE_MAX_RANK];
  return aneNativeCheck(isNormTensor(type) &&
                        aneMarkAxes(attrArg(values, 1),
                                 mlirShapedTypeGetRank(type), normalized));
}

static MlirLogicalResult isDenseFloat(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirAttribute attr = mlirPDLValueAsAttribute(values[0]);
  if (!mlirAttributeIsADenseFPElements(attr) ||
      !isNormTensor(mlirAttributeGetType(attr)))
    return mlirLogicalResultFailure();
  MlirType element = mlirShapedTypeGetElementType(mlirAttributeGetType(attr));
  return mlirTypeIsAF16(element) || mlirTypeIsAF32(element)
             ? mlirLogicalResultSuccess()
             : mlirLogicalResultFailure();
}

//===----------------------------------------------------------------------===//
// Constraints: constants stay in range (docs/numerics.md, "Safe domains")
//
// A rewrite never creates a constant that fp16 cannot hold: a fold that
// would overflow, or lose its precision to a subnormal, is not made, and a
// floor that would round to 0 (a zero row then divides by 0) or to inf is
// not created. The op is then lowered another way or left alone. The range
// checked is fp16's whatever the tensor type: the ANE stores every tensor,
// constants included, in fp16 (ane-run --numerics=ane-fp16 does the same),
// so an f32 graph folded to 180000 would hold inf there.
//===----------------------------------------------------------------------===//

static bool isF16Tensor(MlirType type) {
  return mlirTypeIsAF16(mlirShapedTypeGetElementType(type));
}

// A floor of a safe divide: finite and > 0 once rounded to fp16.
static bool floorFits(float floor) {
  if (!(floor > 0.0f) || !isfinite(floor))
    return false;
  uint16_t bits = aneFloatToHalf(floor);
  return (bits & 0x7fffu) != 0 && ((bits >> 10) & 0x1fu) != 0x1fu;
}

// AneRmsFloorFits(x, axes, eps): the floor sqrt(D * eps) fits fp16.
static MlirLogicalResult rmsFloorFits(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  NormSplit split;
  if (!normSplit(valueType(values, 0), attrArg(values, 1), &split))
    return mlirLogicalResultFailure();
  float floor = sqrtf((float)split.d * epsilonOf(values, 2));
  return aneNativeCheck(floorFits(floor));
}

// AneL2FloorFits(x, eps): the floor sqrt(eps) fits fp16.
static MlirLogicalResult l2FloorFits(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  if (!isNormTensor(type))
    return mlirLogicalResultFailure();
  return aneNativeCheck(
      floorFits(sqrtf(epsilonOf(values, 1))));
}

// AneGammaFoldable(gamma: Attr, x, axes): every element of gamma * sqrt(D)
// is finite and normal (or 0) in fp16, which fails once
// |gamma| > 65504 / sqrt(D) (1023 at D = 4096).
static MlirLogicalResult gammaFoldable(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirAttribute gamma = attrArg(values, 0);
  MlirType type = mlirAttributeGetType(gamma);
  NormSplit split;
  if (!isNormTensor(type) ||
      !normSplit(valueType(values, 1), attrArg(values, 2), &split))
    return mlirLogicalResultFailure();
  float scale = sqrtf((float)split.d);
  bool isF16 = isF16Tensor(type);
  bool isSplat = mlirDenseElementsAttrIsSplat(gamma);
  intptr_t n = isSplat ? 1 : (intptr_t)mlirElementsAttrGetNumElements(gamma);
  const uint16_t *halves =
      isF16 ? mlirDenseElementsAttrGetRawData(gamma) : NULL;
  for (intptr_t i = 0; i < n; ++i) {
    float g = isF16 ? aneHalfToFloat(halves[i])
                    : mlirDenseElementsAttrGetFloatValue(gamma, i);
    if (!aneFloatFitsNormal(g * scale, /*isF16=*/true))
      return mlirLogicalResultFailure();
  }
  return mlirLogicalResultSuccess();
}

// AneNormScaleFits(x, axes): 1/sqrt(D) is a normal fp16 number
// (D <= 2^28), so the norm can be scaled to the RMS on its [.., 1] tensor
// instead of folding sqrt(D) into gamma.
static MlirLogicalResult normScaleFits(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  NormSplit split;
  if (!normSplit(valueType(values, 0), attrArg(values, 1), &split))
    return mlirLogicalResultFailure();
  return aneNativeCheck(
      aneFloatFitsNormal(1.0f / sqrtf((float)split.d), /*isF16=*/true));
}

// AneRowsConstantsFit(x, axes, eps) (reduce-sum): 1/D is a normal fp16
// number (D <= 16384) and eps is > 0 in fp16: the chain adds eps after a
// sum of squares that may underflow fp16, and an eps that rounds to 0 then
// turns a row into x * rsqrt(0) = inf (NaN on a zero row). The original op
// keeps its statistic in fp32 and stays finite.
static MlirLogicalResult rowsConstantsFit(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  NormSplit split;
  if (!normSplit(valueType(values, 0), attrArg(values, 1), &split))
    return mlirLogicalResultFailure();
  return aneNativeCheck(
      aneFloatFitsNormal(1.0f / (float)split.d, /*isF16=*/true) &&
      floorFits(epsilonOf(values, 2)));
}

//===----------------------------------------------------------------------===//
// Types and shape attributes
//===----------------------------------------------------------------------===//

// AneKeepAxesType(x, axes): x's type with the dims in `axes` set to 1 (the
// keep_dims result of a reduction over them).
static MlirLogicalResult keepAxesType(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  MlirAttribute axes = attrArg(values, 1);
  MlirType kept = {memoGet(MEMO_KEEP_AXES_TYPE, type.ptr, axes.ptr, NULL)};
  if (!kept.ptr) {
    int64_t dims[ANE_MAX_RANK];
    intptr_t rank = getDims(type, dims);
    bool normalized[ANE_MAX_RANK];
    aneMarkAxes(axes, rank, normalized);
    for (intptr_t i = 0; i < rank; ++i)
      if (normalized[i])
        dims[i] = 1;
    kept = tensorOf(rank, dims, mlirShapedTypeGetElementType(type));
    memoPut(MEMO_KEEP_AXES_TYPE, type.ptr, axes.ptr, NULL, kept.ptr);
  }
  return pushType(results, kept);
}

static MlirLogicalResult scalarType(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  return pushMemoType(results, MEMO_SCALAR_TYPE, valueType(values, 0),
                      scalarTensorType);
}

// [M, D, 1, 1] for the reduce-sum strategy over trailing axes: M the
// product of the other dims, D of the normalized ones.
static void rowsDims(MlirType type, MlirAttribute axes, int64_t dims[4]) {
  NormSplit split;
  normSplit(type, axes, &split);
  dims[0] = split.m;
  dims[1] = split.d;
  dims[2] = dims[3] = 1;
}

static MlirLogicalResult rowsType(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  int64_t dims[4];
  rowsDims(type, attrArg(values, 1), dims);
  return pushType(results,
                  tensorOf(4, dims, mlirShapedTypeGetElementType(type)));
}

static MlirLogicalResult rowsShapeAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  int64_t dims[4];
  rowsDims(type, attrArg(values, 1), dims);
  return pushI64Array(results, typeContext(type), 4, dims);
}

static MlirLogicalResult rowsReducedType(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  int64_t dims[4];
  rowsDims(type, attrArg(values, 1), dims);
  dims[1] = 1;
  return pushType(results,
                  tensorOf(4, dims, mlirShapedTypeGetElementType(type)));
}

// AneGammaRowsType(gamma, x, axes): [1, D, 1, 1] of gamma's element type
// (gamma holds D values, one per normalized position, in row-major order).
static MlirLogicalResult gammaRowsType(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType gamma = valueType(values, 0);
  int64_t dims[4] = {1, groupSize(valueType(values, 1), attrArg(values, 2)),
                     1, 1};
  return pushType(results,
                  tensorOf(4, dims, mlirShapedTypeGetElementType(gamma)));
}

static MlirLogicalResult gammaRowsShapeAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  int64_t dims[4] = {1, groupSize(type, attrArg(values, 1)), 1, 1};
  return pushI64Array(results, typeContext(type), 4, dims);
}

static MlirLogicalResult shapeAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  int64_t dims[ANE_MAX_RANK];
  intptr_t rank = getDims(type, dims);
  return pushI64Array(results, typeContext(type), rank, dims);
}

static MlirLogicalResult zeroBeginAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  int64_t zeros[ANE_MAX_RANK] = {0};
  return pushI64Array(results, typeContext(type),
                      mlirShapedTypeGetRank(type), zeros);
}

// AneFirstAxisAttr(x, axes): the first normalized axis as an i64, spelled
// as in `axes` (-1 stays -1), where the layer-norm strategy concatenates
// [x, -x].
static MlirLogicalResult firstAxisAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  MlirAttribute axes = attrArg(values, 1);
  NormSplit split;
  normSplit(type, axes, &split);
  int64_t first = split.first;
  for (intptr_t i = 0; i < mlirDenseArrayGetNumElements(axes); ++i) {
    int64_t a = mlirDenseI64ArrayGetElement(axes, i);
    if ((a < 0 ? a + split.rank : a) == split.first)
      first = a;
  }
  MlirContext context = typeContext(type);
  return pushAttr(results,
                  mlirIntegerAttrGet(mlirIntegerTypeGet(context, 64), first));
}

// AneDoubledType(x, axes): x with its first normalized dim doubled.
static MlirLogicalResult doubledType(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  NormSplit split;
  normSplit(type, attrArg(values, 1), &split);
  split.dims[split.first] *= 2;
  return pushType(results, tensorOf(split.rank, split.dims,
                                    mlirShapedTypeGetElementType(type)));
}

// AneDoubledParamType(x, axes): the gamma / beta shape of the doubled x:
// its dims at the normalized axes, 1 elsewhere, from the first normalized
// axis on ([2D] over the last axis; [2C, 1, 1] over axis 1 of [B, C, 1, S]).
static MlirLogicalResult doubledParamType(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  NormSplit split;
  normSplit(type, attrArg(values, 1), &split);
  split.dims[split.first] *= 2;
  int64_t dims[ANE_MAX_RANK];
  intptr_t n = 0;
  for (intptr_t i = split.first; i < split.rank; ++i)
    dims[n++] = split.normalized[i] ? split.dims[i] : 1;
  return pushType(results,
                  tensorOf(n, dims, mlirShapedTypeGetElementType(type)));
}

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

// AneRmsFloorAttr(x, axes, eps): dense<sqrt(D * eps)>.
static MlirLogicalResult rmsFloorAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  MlirAttribute axes = attrArg(values, 1), eps = attrArg(values, 2);
  MlirAttribute floor = {
      memoGet(MEMO_RMS_FLOOR, type.ptr, eps.ptr, axes.ptr)};
  if (!floor.ptr) {
    float d = (float)groupSize(type, axes);
    floor = splatOf(scalarTensorType(type), sqrtf(d * epsilonOf(values, 2)));
    memoPut(MEMO_RMS_FLOOR, type.ptr, eps.ptr, axes.ptr, floor.ptr);
  }
  return pushAttr(results, floor);
}

static MlirLogicalResult l2FloorAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  MlirAttribute eps = attrArg(values, 1);
  MlirAttribute floor = {memoGet(MEMO_L2_FLOOR, type.ptr, eps.ptr, NULL)};
  if (!floor.ptr) {
    floor = splatOf(scalarTensorType(type), sqrtf(epsilonOf(values, 1)));
    memoPut(MEMO_L2_FLOOR, type.ptr, eps.ptr, NULL, floor.ptr);
  }
  return pushAttr(results, floor);
}

static MlirLogicalResult sqrtDAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  MlirAttribute axes = attrArg(values, 1);
  MlirAttribute sqrtD = {memoGet(MEMO_SQRT_D, type.ptr, axes.ptr, NULL)};
  if (!sqrtD.ptr) {
    sqrtD = splatOf(scalarTensorType(type),
                    sqrtf((float)groupSize(type, axes)));
    memoPut(MEMO_SQRT_D, type.ptr, axes.ptr, NULL, sqrtD.ptr);
  }
  return pushAttr(results, sqrtD);
}

static MlirLogicalResult invSqrtDAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  float d = (float)groupSize(type, attrArg(values, 1));
  return pushAttr(results, splatOf(scalarTensorType(type), 1.0f / sqrtf(d)));
}

static MlirLogicalResult invDAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  float d = (float)groupSize(type, attrArg(values, 1));
  return pushAttr(results, splatOf(scalarTensorType(type), 1.0f / d));
}

static MlirLogicalResult epsAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirType type = valueType(values, 0);
  return pushAttr(results,
                  splatOf(scalarTensorType(type), epsilonOf(values, 1)));
}

static MlirLogicalResult minusOneAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  return pushAttr(results, splatOf(scalarTensorType(valueType(values, 0)),
                                   -1.0f));
}

static MlirLogicalResult onesAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  return pushAttr(results, splatOf(mlirPDLValueAsType(values[0]), 1.0f));
}

static MlirLogicalResult zerosAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  return pushAttr(results, splatOf(mlirPDLValueAsType(values[0]), 0.0f));
}

// gamma * sqrt(D) folded into one constant of gamma's type: each element
// is widened to f32, scaled in f32 and rounded back to the element type.
static MlirAttribute scaledGammaOf(MlirAttribute gamma, float scale);

// AneScaledGammaAttr(gamma, x, axes).
static MlirLogicalResult scaledGammaAttr(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  MlirAttribute gamma = attrArg(values, 0);
  int64_t d = groupSize(valueType(values, 1), attrArg(values, 2));
  const void *dKey = (const void *)(uintptr_t)d;
  MlirAttribute scaled = {memoGet(MEMO_SCALED_GAMMA, gamma.ptr, dKey, NULL)};
  if (!scaled.ptr) {
    scaled = scaledGammaOf(gamma, sqrtf((float)d));
    memoPut(MEMO_SCALED_GAMMA, gamma.ptr, dKey, NULL, scaled.ptr);
  }
  return pushAttr(results, scaled);
}

static MlirAttribute scaledGammaOf(MlirAttribute gamma, float scale) {
  MlirType type = mlirAttributeGetType(gamma);
  bool isF16 = mlirTypeIsAF16(mlirShapedTypeGetElementType(type));
  bool isSplat = mlirDenseElementsAttrIsSplat(gamma);
  intptr_t n = isSplat ? 1 : (intptr_t)mlirElementsAttrGetNumElements(gamma);
  MlirAttribute scaled;
  if (isF16) {
    const uint16_t *in = mlirDenseElementsAttrGetRawData(gamma);
    uint16_t *out = malloc((size_t)n * sizeof(uint16_t));
    for (intptr_t i = 0; i < n; ++i)
      out[i] = aneFloatToHalf(aneHalfToFloat(in[i]) * scale);
    scaled = mlirDenseElementsAttrFloat16Get(type, n, out);
    free(out);
  } else {
    float *out = malloc((size_t)n * sizeof(float));
    for (intptr_t i = 0; i < n; ++i)
      out[i] = mlirDenseElementsAttrGetFloatValue(gamma, i) * scale;
    scaled = isSplat ? mlirDenseElementsAttrFloatSplatGet(type, out[0])
                     : mlirDenseElementsAttrFloatGet(type, n, out);
    free(out);
  }
  return scaled;
}

//===----------------------------------------------------------------------===//
// Remarks: a lowering whose fp16 range is narrower than the op's
//===----------------------------------------------------------------------===//

// AneRemarkRmsDomain(root: Op, x: Value, axes: Attr): called by the l2 and
// reduce-sum rewrites of ane.rms_norm. The op keeps its statistic in fp32;
// these forms store the [.., 1] L2 norm (l2) or the sum of squares
// (reduce-sum) in fp16.
static MlirLogicalResult remarkRmsDomain(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  if (!aneRemarksEnabled())
    return mlirLogicalResultSuccess();
  MlirOperation root = mlirPDLValueAsOperation(values[0]);
  double d = (double)groupSize(valueType(values, 1), attrArg(values, 2));
  const AneLowerNormsStrategy *strategy = userData;
  if (*strategy == ANE_LOWER_NORMS_L2)
    aneEmitRemark(mlirOperationGetLocation(root),
                  "lowered with strategy=l2: its L2 norm over %.0f elements "
                  "is stored in fp16, so on the ANE it is exact only while "
                  "rms(x) < 65504/sqrt(D) = %.6g; ane.rms_norm keeps it in "
                  "fp32 (strategy=layer-norm has no such bound)",
                  d, 65504.0 / sqrt(d));
  else
    aneEmitRemark(mlirOperationGetLocation(root),
                  "lowered with strategy=reduce-sum: its sum of %.0f squares "
                  "is stored in fp16, so on the ANE it is exact only while "
                  "rms(x) < sqrt(65504/D) = %.6g; ane.rms_norm keeps it in "
                  "fp32 (strategy=layer-norm has no such bound)",
                  d, sqrt(65504.0 / d));
  return mlirLogicalResultSuccess();
}

// AneRemarkL2Domain(root: Op): called by the lowering of ane.l2_norm, whose
// norm the op computes in fp32 and the lowering stores in fp16.
static MlirLogicalResult remarkL2Domain(NATIVE_ARGS) {
  UNUSED_NATIVE_ARGS;
  if (aneRemarksEnabled())
    aneEmitRemark(
        mlirOperationGetLocation(mlirPDLValueAsOperation(values[0])),
        "lowered through reduce_l2_norm: the norm is stored in fp16, so on "
        "the ANE it is exact only while the norm < 65504; ane.l2_norm keeps "
        "it in fp32");
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
    {"AneStrategyIs", strategyIs},
    {"AneIsNormTensor", isNormTensorConstraint},
    {"AneHasStaticNormDims", hasStaticNormDims},
    {"AneHasStaticShape", hasStaticShape},
    {"AneAxesAreTrailing", axesAreTrailing},
    {"AneAxesAreInner", axesAreInner},
    {"AneRowsFit", rowsFit},
    {"AneDoubledFits", doubledFits},
    {"AneAxesInRange", axesInRange},
    {"AneIsDenseFloat", isDenseFloat},
    {"AneRmsFloorFits", rmsFloorFits},
    {"AneL2FloorFits", l2FloorFits},
    {"AneGammaFoldable", gammaFoldable},
    {"AneNormScaleFits", normScaleFits},
    {"AneRowsConstantsFit", rowsConstantsFit},
};

static const Native kRewrites[] = {
    {"AneKeepAxesType", keepAxesType},
    {"AneScalarType", scalarType},
    {"AneRmsFloorAttr", rmsFloorAttr},
    {"AneL2FloorAttr", l2FloorAttr},
    {"AneSqrtDAttr", sqrtDAttr},
    {"AneScaledGammaAttr", scaledGammaAttr},
    {"AneRowsType", rowsType},
    {"AneRowsShapeAttr", rowsShapeAttr},
    {"AneRowsReducedType", rowsReducedType},
    {"AneGammaRowsType", gammaRowsType},
    {"AneGammaRowsShapeAttr", gammaRowsShapeAttr},
    {"AneShapeAttr", shapeAttr},
    {"AneInvDAttr", invDAttr},
    {"AneInvSqrtDAttr", invSqrtDAttr},
    {"AneEpsAttr", epsAttr},
    {"AneFirstAxisAttr", firstAxisAttr},
    {"AneDoubledType", doubledType},
    {"AneDoubledParamType", doubledParamType},
    {"AneOnesAttr", onesAttr},
    {"AneZerosAttr", zerosAttr},
    {"AneMinusOneAttr", minusOneAttr},
    {"AneZeroBeginAttr", zeroBeginAttr},
    {"AneRemarkRmsDomain", remarkRmsDomain},
    {"AneRemarkL2Domain", remarkL2Domain},
};

void aneRegisterLowerNormsNatives(MlirPDLPatternModule module,
                                  const AneLowerNormsStrategy *strategy) {
  void *userData = (void *)strategy;
  for (size_t i = 0; i < sizeof(kConstraints) / sizeof(kConstraints[0]); ++i)
    mlirPDLPatternModuleRegisterConstraintFunction(
        module, mlirStringRefCreateFromCString(kConstraints[i].name),
        kConstraints[i].fn, userData);
  for (size_t i = 0; i < sizeof(kRewrites) / sizeof(kRewrites[0]); ++i)
    mlirPDLPatternModuleRegisterRewriteFunction(
        module, mlirStringRefCreateFromCString(kRewrites[i].name),
        kRewrites[i].fn, userData);
}
