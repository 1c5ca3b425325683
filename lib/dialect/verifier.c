//===- verifier.c - ANE rules IRDL cannot express -------------------------===//
//
// IRDL checks operand/result counts and attribute kinds at parse time. This
// file checks the rest (docs/dialect.md): tensor ranks and element types,
// broadcast/reduction/matmul result shapes, axes, permutations, epsilon
// values, ... Each `ane.*` op is checked in three steps, stopping at the
// first violation so every bad op gets exactly one error:
//   1. every operand and the result (each result of ane.split) is a ranked
//      tensor of rank 1..5 with positive dims <= 2^31-1 and an allowed
//      element type;
//   2. operand and result element types agree (except where the group
//      checks them itself: ANE_OPF_MIXED_ELEMENTS);
//   3. the op group's own verifier (attributes, then shapes).
//
// Nothing here trusts that IRDL ran: counts and attribute kinds are
// re-checked defensively so that a malformed op never crashes the verifier.
//
//===----------------------------------------------------------------------===//

#include "ane-c/Dialect.h"

#include "constant.h"
#include "op_names.h"
#include "op_registry.h"
#include "packed.h"
#include "shape.h"
#include "support/format.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/Diagnostics.h"

#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__) || defined(__clang__)
#define ANE_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define ANE_PRINTF(fmt, args)
#endif

// Buffer sizes: one formatted shape is at most ~110 chars; types and
// attributes are truncated by the formatters.
enum { kShapeBuf = 128, kTextBuf = 160 };

//===----------------------------------------------------------------------===//
// Op table and verifier state
//===----------------------------------------------------------------------===//

typedef struct Verifier Verifier;
typedef bool (*VerifyFn)(Verifier *v);

// What step 1 needs to know about one type. Types are uniqued, so a walk
// reads each distinct type through the C API once and then hits this cache
// (a walk sees few distinct types and each op has 2-4 of them).
typedef struct TypeInfo {
  const void *key; // MlirType.ptr; NULL: empty slot
  int64_t rank;    // aneTensorRank: -1 if not a ranked tensor
  AneShape shape;  // filled when 0 <= rank <= ANE_MAX_RANK
  MlirType element;
  AneElementKind kind;
} TypeInfo;

enum { kTypeCacheSize = 64, kOpCacheSize = 32 };

// An op's signature: everything the checks read (name, operand and result
// types, attributes), as the pointers of those uniqued objects.
enum { kMaxSignature = 32, kSignatureSlots = 256 };
typedef struct Signature {
  unsigned length; // entries of `key` in use; 0: empty slot
  const void *key[kMaxSignature];
} Signature;

// Per-walk caches: one per aneVerifyOperation call, so concurrent walks (pass
// clones verifying different functions) share nothing.
typedef struct WalkState {
  bool failed;
  TypeInfo types[kTypeCacheSize];
  struct {
    const void *key; // the op name's data pointer (identifiers are uniqued)
    const AneOpDef *def;
  } ops[kOpCacheSize];
  Signature *passed; // kSignatureSlots signatures that passed, or NULL
} WalkState;

struct Verifier {
  MlirOperation op;
  char name[64]; // full op name, NUL-terminated, for messages
  const AneOpDef *def; // the op's row in the registry (ane_ops.def)
  WalkState *walk;
  intptr_t numOperands;
  intptr_t numResults; // 1 unless the op has ANE_OPF_VARIADIC_RESULTS
  // Shapes of the first operands (fixed-arity ops have at most 3) and the
  // (first) result, filled in by step 1.
  AneShape operands[3];
  AneShape result;
};

static void emitOpError(Verifier *v, const char *fmt, ...) ANE_PRINTF(2, 3);

static void emitOpError(Verifier *v, const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  char *detail = aneFormatV(fmt, args);
  va_end(args);
  aneEmitErrorf(mlirOperationGetLocation(v->op), "'%s' op %s", v->name,
                detail ? detail : "out of memory");
  free(detail);
}

static MlirType operandType(Verifier *v, intptr_t i) {
  return mlirValueGetType(mlirOperationGetOperand(v->op, i));
}

static MlirType resultTypeAt(Verifier *v, intptr_t i) {
  return mlirValueGetType(mlirOperationGetResult(v->op, i));
}

static MlirType resultType(Verifier *v) { return resultTypeAt(v, 0); }

// Formats one dim as a number or `?`.
static const char *formatDim(int64_t dim, char *buf, size_t cap) {
  if (aneDimIsDynamic(dim))
    snprintf(buf, cap, "?");
  else
    snprintf(buf, cap, "%" PRId64, dim);
  return buf;
}

//===----------------------------------------------------------------------===//
// Step 1 and 2: tensor types and element types
//===----------------------------------------------------------------------===//

static uintptr_t hashPointer(const void *p, unsigned size) {
  uintptr_t h = (uintptr_t)p;
  return ((h >> 4) ^ (h >> 12)) & (size - 1);
}

static const TypeInfo *typeInfo(Verifier *v, MlirType type) {
  TypeInfo *slot = &v->walk->types[hashPointer(type.ptr, kTypeCacheSize)];
  if (slot->key == type.ptr && type.ptr)
    return slot;
  TypeInfo info = {type.ptr, aneTensorRank(type), {0, {0}}, {NULL},
                   AneElementOther};
  if (info.rank >= 0) {
    aneShapeFromType(type, &info.shape);
    info.element = mlirShapedTypeGetElementType(type);
    info.kind = aneElementKindOf(info.element);
  }
  *slot = info;
  return slot;
}

// The name of operand `i` for messages; -1 - k is result #k ("result" for
// an op with one result).
static const char *operandName(Verifier *v, intptr_t i, char *buf, size_t cap) {
  const AneOpDef *def = v->def;
  if (i < 0 && v->numResults > 1)
    snprintf(buf, cap, "result #%" PRIdPTR, -1 - i);
  else if (i < 0)
    snprintf(buf, cap, "result");
  else if (def->maxOperands >= 0 && i < def->numOperandNames)
    snprintf(buf, cap, "%s", def->operandNames[i]);
  else
    snprintf(buf, cap, "operand #%" PRIdPTR, i);
  return buf;
}

// Checks the type of operand `index` (-1: the result). On success `*shape`
// holds its shape.
static bool checkTensor(Verifier *v, MlirType type, intptr_t index,
                        AneShape *shape) {
  char text[kTextBuf], dims[kShapeBuf], what[32];
  bool isResult = index < 0;
  const TypeInfo *info = typeInfo(v, type);
  int64_t rank = info->rank;
  if (rank < 0) {
    emitOpError(v, "%s must be a ranked tensor, got %s",
                operandName(v, index, what, sizeof(what)),
                aneTypeFormat(type, text, sizeof(text)));
    return false;
  }
  bool rank0ByOp =
      isResult && rank == 0 && (v->def->flags & ANE_OPF_RANK0_RESULT);
  if ((rank < 1 && !rank0ByOp) || rank > ANE_MAX_RANK) {
    emitOpError(v, "%s must have rank 1..%d, got rank %" PRId64,
                operandName(v, index, what, sizeof(what)), ANE_MAX_RANK,
                rank);
    return false;
  }
  *shape = info->shape;
  for (int64_t i = 0; i < shape->rank; ++i) {
    int64_t d = shape->dims[i];
    if (aneDimIsDynamic(d))
      continue;
    if (d <= 0) {
      emitOpError(v, "%s dims must be positive, got %s",
                  operandName(v, index, what, sizeof(what)),
                  aneShapeFormat(shape, dims, sizeof(dims)));
      return false;
    }
    if (d > ANE_MAX_DIM_SIZE) {
      emitOpError(v, "%s dims must be at most %" PRId64 ", got %s",
                  operandName(v, index, what, sizeof(what)), ANE_MAX_DIM_SIZE,
                  aneShapeFormat(shape, dims, sizeof(dims)));
      return false;
    }
  }
  AneElementKind kind = info->kind;
  unsigned flags = v->def->flags;
  bool allowI32 = flags & ANE_OPF_I32, allowBool = flags & ANE_OPF_BOOL;
  bool allowI8 = flags & ANE_OPF_I8;
  bool isI8 = kind == AneElementI8 || kind == AneElementU8;
  if (kind == AneElementOther || (kind == AneElementI32 && !allowI32) ||
      (kind == AneElementBool && !allowBool) || (isI8 && !allowI8)) {
    // "f16, f32, i32, i8, ui8 or i1": the allowed types, listed in order.
    const char *names[6] = {"f16", "f32"};
    int n = 2;
    if (allowI32)
      names[n++] = "i32";
    if (allowI8) {
      names[n++] = "i8";
      names[n++] = "ui8";
    }
    if (allowBool)
      names[n++] = "i1";
    char allowed[64] = "";
    for (int i = 0; i < n; ++i)
      snprintf(allowed + strlen(allowed), sizeof(allowed) - strlen(allowed),
               "%s%s", i == 0 ? "" : i == n - 1 ? " or " : ", ", names[i]);
    emitOpError(v, "%s element type must be %s, got %s",
                operandName(v, index, what, sizeof(what)), allowed,
                aneTypeFormat(info->element, text, sizeof(text)));
    return false;
  }
  return true;
}

static bool checkTypes(Verifier *v) {
  for (intptr_t i = 0; i < v->numOperands; ++i) {
    AneShape scratch;
    AneShape *shape = i < 3 ? &v->operands[i] : &scratch;
    if (!checkTensor(v, operandType(v, i), i, shape))
      return false;
  }
  MlirType result = resultType(v);
  if (!checkTensor(v, result, -1, &v->result))
    return false;
  for (intptr_t i = 1; i < v->numResults; ++i) {
    AneShape scratch;
    if (!checkTensor(v, resultTypeAt(v, i), -1 - i, &scratch))
      return false;
  }

  if (v->def->flags & ANE_OPF_MIXED_ELEMENTS || v->numOperands == 0)
    return true;
  char a[kTextBuf], b[kTextBuf];
  // Every type was cached by the checks above.
  MlirType first = typeInfo(v, operandType(v, 0))->element;
  for (intptr_t i = 1; i < v->numOperands; ++i) {
    MlirType other = typeInfo(v, operandType(v, i))->element;
    if (!mlirTypeEqual(first, other)) {
      emitOpError(v, "operand element types %s and %s differ",
                  aneTypeFormat(first, a, sizeof(a)),
                  aneTypeFormat(other, b, sizeof(b)));
      return false;
    }
  }
  for (intptr_t i = 0; i < v->numResults; ++i) {
    MlirType res = typeInfo(v, resultTypeAt(v, i))->element;
    if (!mlirTypeEqual(first, res)) {
      char what[32];
      emitOpError(v,
                  "%s element type %s does not match operand element "
                  "type %s",
                  operandName(v, -1 - i, what, sizeof(what)),
                  aneTypeFormat(res, a, sizeof(a)),
                  aneTypeFormat(first, b, sizeof(b)));
      return false;
    }
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Attribute accessors: each emits the error itself and returns false.
//===----------------------------------------------------------------------===//

static bool getAttr(Verifier *v, const char *name, MlirAttribute *out) {
  *out = mlirOperationGetAttributeByName(v->op,
                                         mlirStringRefCreateFromCString(name));
  if (mlirAttributeIsNull(*out)) {
    emitOpError(v, "requires attribute '%s'", name);
    return false;
  }
  return true;
}

static bool isI64(MlirType type) {
  return !mlirTypeIsNull(type) && mlirTypeIsAInteger(type) &&
         mlirIntegerTypeGetWidth(type) == 64 && mlirIntegerTypeIsSignless(type);
}

// An i64 IntegerAttr. (IRDL's #builtin.integer also admits `true`, `1 : i32`
// and `1 : index`; reading those as int64 is unsafe or misleading.)
static bool getI64(Verifier *v, const char *name, int64_t *out) {
  MlirAttribute attr;
  if (!getAttr(v, name, &attr))
    return false;
  if (!mlirAttributeIsAInteger(attr) || !isI64(mlirAttributeGetType(attr))) {
    char text[kTextBuf];
    emitOpError(v, "%s must be an i64 integer attribute, got %s", name,
                aneAttributeFormat(attr, text, sizeof(text)));
    return false;
  }
  *out = mlirIntegerAttrGetValueInt(attr);
  return true;
}

static bool getI64Array(Verifier *v, const char *name, MlirAttribute *out) {
  if (!getAttr(v, name, out))
    return false;
  if (!mlirAttributeIsADenseI64Array(*out)) {
    char text[kTextBuf];
    emitOpError(v, "%s must be an array<i64>, got %s", name,
                aneAttributeFormat(*out, text, sizeof(text)));
    return false;
  }
  return true;
}

static bool getBool(Verifier *v, const char *name, bool *out) {
  MlirAttribute attr;
  if (!getAttr(v, name, &attr))
    return false;
  if (!mlirAttributeIsABool(attr)) {
    char text[kTextBuf];
    emitOpError(v, "%s must be a bool attribute, got %s", name,
                aneAttributeFormat(attr, text, sizeof(text)));
    return false;
  }
  *out = mlirBoolAttrGetValue(attr);
  return true;
}

// The f32 `epsilon`. Norms divide by sqrt(... + eps) with nothing else to
// keep the divisor away from 0, so they need eps > 0; rsqrt/inverse/log are
// also emitted with eps = 0 by lowerings (docs/passes.md), so those only
// need eps >= 0.
static bool checkEpsilon(Verifier *v, bool allowZero) {
  MlirAttribute attr;
  if (!getAttr(v, "epsilon", &attr))
    return false;
  if (!mlirAttributeIsAFloat(attr) ||
      !mlirTypeIsAF32(mlirAttributeGetType(attr))) {
    char text[kTextBuf];
    emitOpError(v, "epsilon must be an f32 float attribute, got %s",
                aneAttributeFormat(attr, text, sizeof(text)));
    return false;
  }
  double eps = mlirFloatAttrGetValueDouble(attr);
  if (!isfinite(eps) || eps < 0.0 || (!allowZero && eps == 0.0)) {
    emitOpError(v, "epsilon must be finite and %s, got %e",
                allowZero ? ">= 0" : "> 0", eps);
    return false;
  }
  return true;
}

// An i64 `axis` attribute, normalized against `rank`.
static bool getAxis(Verifier *v, int64_t rank, int64_t *out) {
  int64_t axis;
  if (!getI64(v, "axis", &axis))
    return false;
  if (!aneNormalizeAxis(axis, rank, out)) {
    emitOpError(v, "axis %" PRId64 " is out of range for rank %" PRId64, axis,
                rank);
    return false;
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Shape checks shared by several groups
//===----------------------------------------------------------------------===//

// The result has the shape of operand `x` (named `xName`).
static bool checkResultLike(Verifier *v, const AneShape *x, const char *xName) {
  if (aneShapesCompatible(&v->result, x))
    return true;
  char a[kShapeBuf], b[kShapeBuf];
  emitOpError(v, "result shape %s does not match %s shape %s",
              aneShapeFormat(&v->result, a, sizeof(a)), xName,
              aneShapeFormat(x, b, sizeof(b)));
  return false;
}

// The result has the computed shape `expected`.
static bool checkResultShape(Verifier *v, const AneShape *expected) {
  if (aneShapesCompatible(&v->result, expected))
    return true;
  char a[kShapeBuf], b[kShapeBuf];
  emitOpError(v, "result shape %s does not match expected %s",
              aneShapeFormat(&v->result, a, sizeof(a)),
              aneShapeFormat(expected, b, sizeof(b)));
  return false;
}

// A list of distinct axes of a rank-`rank` tensor (`axes` of the norms and
// the reductions): non-empty, each in [-rank, rank), no axis twice after
// normalization. Sets `marked[a]` for each normalized axis a.
static bool checkAxesList(Verifier *v, MlirAttribute axes, int64_t rank,
                          bool marked[ANE_MAX_RANK]) {
  intptr_t count = mlirDenseArrayGetNumElements(axes);
  if (count == 0) {
    emitOpError(v, "axes must not be empty");
    return false;
  }
  for (int64_t i = 0; i < ANE_MAX_RANK; ++i)
    marked[i] = false;
  // Every valid axis is distinct and < rank, so a valid list has at most
  // rank entries; the loop stops at the first bad one however long it is.
  for (intptr_t i = 0; i < count; ++i) {
    int64_t axis = mlirDenseI64ArrayGetElement(axes, i), norm;
    if (!aneNormalizeAxis(axis, rank, &norm)) {
      emitOpError(v, "axis %" PRId64 " is out of range for rank %" PRId64, axis,
                  rank);
      return false;
    }
    if (marked[norm]) {
      emitOpError(v, "axes contain duplicate axis %" PRId64, norm);
      return false;
    }
    marked[norm] = true;
  }
  return true;
}

// gamma/beta of a norm over the axes marked in `normalized`: a shape that
// broadcasts to x numpy-style (aligned at the trailing dims) holding one
// value per normalized position: every dim aligned with a normalized axis
// equals x's dim there, every other dim is 1, and no normalized axis lies
// in front of it (docs/dialect.md, "Norms"). So for axes [-1], [D],
// [1, D], ... ; for axis 1 of [B, C, 1, S], [C, 1, 1] or [1, C, 1, 1].
static bool checkNormParam(Verifier *v, intptr_t index, const char *name,
                           const bool normalized[ANE_MAX_RANK]) {
  const AneShape *x = &v->operands[0];
  const AneShape *p = &v->operands[index];
  char a[kShapeBuf], b[kShapeBuf];
  if (p->rank > x->rank) {
    emitOpError(v, "%s shape %s has rank %" PRId64 ", more than x's rank %" PRId64,
                name, aneShapeFormat(p, a, sizeof(a)), p->rank, x->rank);
    return false;
  }
  int64_t offset = x->rank - p->rank; // x axis of p's dim 0
  for (int64_t axis = 0; axis < x->rank; ++axis) {
    if (axis < offset) {
      if (normalized[axis]) {
        emitOpError(v,
                    "%s shape %s does not reach normalized axis %" PRId64
                    " of x shape %s",
                    name, aneShapeFormat(p, a, sizeof(a)), axis,
                    aneShapeFormat(x, b, sizeof(b)));
        return false;
      }
      continue;
    }
    int64_t dim = p->dims[axis - offset];
    if (normalized[axis] && !aneDimsCompatible(dim, x->dims[axis])) {
      emitOpError(v,
                  "%s shape %s does not match x shape %s at normalized "
                  "axis %" PRId64,
                  name, aneShapeFormat(p, a, sizeof(a)),
                  aneShapeFormat(x, b, sizeof(b)), axis);
      return false;
    }
    if (!normalized[axis] && dim != 1) {
      emitOpError(v,
                  "%s shape %s must be 1 at axis %" PRId64
                  " of x shape %s, which is not normalized",
                  name, aneShapeFormat(p, a, sizeof(a)), axis,
                  aneShapeFormat(x, b, sizeof(b)));
      return false;
    }
  }
  return true;
}

// The `axes` of a norm, checked against x's rank.
static bool getNormAxes(Verifier *v, bool normalized[ANE_MAX_RANK]) {
  MlirAttribute axes;
  return getI64Array(v, "axes", &axes) &&
         checkAxesList(v, axes, v->operands[0].rank, normalized);
}

//===----------------------------------------------------------------------===//
// Norms
//===----------------------------------------------------------------------===//

static bool verifyRmsNorm(Verifier *v) {
  bool normalized[ANE_MAX_RANK];
  if (!getNormAxes(v, normalized) || !checkEpsilon(v, /*allowZero=*/false) ||
      !checkResultLike(v, &v->operands[0], "x"))
    return false;
  return v->numOperands < 2 || checkNormParam(v, 1, "gamma", normalized);
}

static bool verifyLayerNorm(Verifier *v) {
  bool normalized[ANE_MAX_RANK];
  return getNormAxes(v, normalized) && checkEpsilon(v, /*allowZero=*/false) &&
         checkResultLike(v, &v->operands[0], "x") &&
         checkNormParam(v, 1, "gamma", normalized) &&
         checkNormParam(v, 2, "beta", normalized);
}

static bool verifyL2Norm(Verifier *v) {
  bool normalized[ANE_MAX_RANK];
  return getNormAxes(v, normalized) && checkEpsilon(v, /*allowZero=*/false) &&
         checkResultLike(v, &v->operands[0], "x");
}

//===----------------------------------------------------------------------===//
// Unary
//===----------------------------------------------------------------------===//

// Also used by ane.cast, whose element types were checked in step 1.
static bool verifyUnary(Verifier *v) {
  return checkResultLike(v, &v->operands[0], "x");
}

static bool verifyUnaryEpsilon(Verifier *v) {
  return checkEpsilon(v, /*allowZero=*/true) && verifyUnary(v);
}

static bool verifyGelu(Verifier *v) {
  MlirAttribute attr;
  if (!getAttr(v, "mode", &attr))
    return false;
  char text[kTextBuf];
  if (!mlirAttributeIsAString(attr)) {
    emitOpError(v, "mode must be a string attribute, got %s",
                aneAttributeFormat(attr, text, sizeof(text)));
    return false;
  }
  MlirStringRef mode = mlirStringAttrGetValue(attr);
  static const char *const kModes[] = {"EXACT", "TANH_APPROXIMATION"};
  bool known = false;
  for (size_t i = 0; i < sizeof(kModes) / sizeof(kModes[0]); ++i)
    known |= mode.length == strlen(kModes[i]) &&
             memcmp(mode.data, kModes[i], mode.length) == 0;
  if (!known) {
    // Print via MLIR so quotes/escapes in the value come out readable.
    emitOpError(v, "mode must be \"EXACT\" or \"TANH_APPROXIMATION\", got %s",
                aneAttributeFormat(attr, text, sizeof(text)));
    return false;
  }
  return verifyUnary(v);
}

static bool verifySoftmax(Verifier *v) {
  int64_t axis;
  return getAxis(v, v->operands[0].rank, &axis) && verifyUnary(v);
}

//===----------------------------------------------------------------------===//
// Binary (numpy broadcasting)
//===----------------------------------------------------------------------===//

static bool verifyBinary(Verifier *v) {
  const AneShape *x = &v->operands[0], *y = &v->operands[1];
  AneShape expected;
  char a[kShapeBuf], b[kShapeBuf];
  if (!aneBroadcastShapes(x, y, &expected)) {
    emitOpError(v, "operands of shapes %s and %s are not broadcast-compatible",
                aneShapeFormat(x, a, sizeof(a)),
                aneShapeFormat(y, b, sizeof(b)));
    return false;
  }
  if (!aneShapesCompatible(&v->result, &expected)) {
    emitOpError(v, "result shape %s does not match broadcast shape %s",
                aneShapeFormat(&v->result, a, sizeof(a)),
                aneShapeFormat(&expected, b, sizeof(b)));
    return false;
  }
  return true;
}

// Element kinds of operand `i` (-1: the result); step 1 cached them.
static AneElementKind elementKind(Verifier *v, intptr_t i) {
  return typeInfo(v, i < 0 ? resultType(v) : operandType(v, i))->kind;
}

static MlirType elementType(Verifier *v, intptr_t i) {
  return typeInfo(v, i < 0 ? resultType(v) : operandType(v, i))->element;
}

// Operands [first, first + count) have one element type that is not i1.
static bool checkSameNumericElements(Verifier *v, intptr_t first,
                                     intptr_t count) {
  char a[kTextBuf], b[kTextBuf], what[32];
  for (intptr_t i = first; i < first + count; ++i) {
    if (elementKind(v, i) == AneElementBool) {
      emitOpError(v, "%s element type must be f16, f32 or i32, got i1",
                  operandName(v, i, what, sizeof(what)));
      return false;
    }
    if (!mlirTypeEqual(elementType(v, i), elementType(v, first))) {
      emitOpError(v, "operand element types %s and %s differ",
                  aneTypeFormat(elementType(v, first), a, sizeof(a)),
                  aneTypeFormat(elementType(v, i), b, sizeof(b)));
      return false;
    }
  }
  return true;
}

// Comparisons: x and y of one numeric type, an i1 result.
static bool verifyCompare(Verifier *v) {
  if (!checkSameNumericElements(v, 0, 2))
    return false;
  if (elementKind(v, -1) != AneElementBool) {
    char text[kTextBuf];
    emitOpError(v, "result element type must be i1, got %s",
                aneTypeFormat(elementType(v, -1), text, sizeof(text)));
    return false;
  }
  return verifyBinary(v);
}

// logical_and/or/xor/not: every operand and the result are i1.
static bool verifyLogical(Verifier *v) {
  char text[kTextBuf], what[32];
  for (intptr_t i = -1; i < v->numOperands; ++i) {
    if (elementKind(v, i) != AneElementBool) {
      emitOpError(v, "%s element type must be i1, got %s",
                  operandName(v, i, what, sizeof(what)),
                  aneTypeFormat(elementType(v, i), text, sizeof(text)));
      return false;
    }
  }
  return v->numOperands == 1 ? checkResultLike(v, &v->operands[0], "x")
                             : verifyBinary(v);
}

// select(cond, a, b): cond is i1; a, b and the result share one type; the
// three shapes broadcast together.
static bool verifySelect(Verifier *v) {
  char a[kTextBuf], b[kTextBuf], sa[kShapeBuf], sb[kShapeBuf];
  if (elementKind(v, 0) != AneElementBool) {
    emitOpError(v, "cond element type must be i1, got %s",
                aneTypeFormat(elementType(v, 0), a, sizeof(a)));
    return false;
  }
  for (intptr_t i = 2; i >= -1; i -= 3) {
    if (!mlirTypeEqual(elementType(v, i), elementType(v, 1))) {
      emitOpError(v, "%s element type %s does not match a's %s",
                  i < 0 ? "result" : "b",
                  aneTypeFormat(elementType(v, i), a, sizeof(a)),
                  aneTypeFormat(elementType(v, 1), b, sizeof(b)));
      return false;
    }
  }
  AneShape ab, expected;
  if (!aneBroadcastShapes(&v->operands[1], &v->operands[2], &ab) ||
      !aneBroadcastShapes(&v->operands[0], &ab, &expected)) {
    emitOpError(v, "cond, a and b of shapes %s, %s and %s are not "
                   "broadcast-compatible",
                aneShapeFormat(&v->operands[0], a, sizeof(a)),
                aneShapeFormat(&v->operands[1], sa, sizeof(sa)),
                aneShapeFormat(&v->operands[2], sb, sizeof(sb)));
    return false;
  }
  return checkResultShape(v, &expected);
}

// An f32 attribute holding a finite value.
static bool getFiniteF32(Verifier *v, const char *name, double *out) {
  MlirAttribute attr;
  if (!getAttr(v, name, &attr))
    return false;
  char text[kTextBuf];
  if (!mlirAttributeIsAFloat(attr) ||
      !mlirTypeIsAF32(mlirAttributeGetType(attr))) {
    emitOpError(v, "%s must be an f32 float attribute, got %s", name,
                aneAttributeFormat(attr, text, sizeof(text)));
    return false;
  }
  *out = mlirFloatAttrGetValueDouble(attr);
  if (!isfinite(*out)) {
    emitOpError(v, "%s must be finite, got %e", name, *out);
    return false;
  }
  return true;
}

// clip: min(max(x, alpha), beta) with alpha <= beta.
static bool verifyClip(Verifier *v) {
  double alpha, beta;
  if (!getFiniteF32(v, "alpha", &alpha) || !getFiniteF32(v, "beta", &beta))
    return false;
  if (alpha > beta) {
    emitOpError(v, "alpha %g must not be greater than beta %g", alpha, beta);
    return false;
  }
  return verifyUnary(v);
}

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

static bool verifyReduce(Verifier *v) {
  MlirAttribute axes;
  bool keepDims;
  if (!getI64Array(v, "axes", &axes) || !getBool(v, "keep_dims", &keepDims))
    return false;
  const AneShape *x = &v->operands[0];
  bool reduced[ANE_MAX_RANK];
  if (!checkAxesList(v, axes, x->rank, reduced))
    return false;
  intptr_t count = mlirDenseArrayGetNumElements(axes);
  int64_t values[ANE_MAX_RANK];
  for (intptr_t i = 0; i < count; ++i)
    values[i] = mlirDenseI64ArrayGetElement(axes, i);
  // The axes are valid now, so the only way left to fail is a rank-0 result.
  AneShape expected;
  if (!aneReduceShape(x, values, count, keepDims, &expected)) {
    char a[kShapeBuf];
    emitOpError(v,
                "result would be rank 0: every dim of x %s is reduced and "
                "keep_dims = false",
                aneShapeFormat(x, a, sizeof(a)));
    return false;
  }
  return checkResultShape(v, &expected);
}

//===----------------------------------------------------------------------===//
// Compressed weights
//===----------------------------------------------------------------------===//

static bool isByteInteger(MlirType t) {
  return mlirTypeIsAInteger(t) && mlirIntegerTypeGetWidth(t) == 8;
}

// A per-channel parameter (scale, zero_point): a scalar attribute of type
// `element`, or a dense tensor of it that is rank 0, or rank 1 of size
// `channels`.
static bool checkChannelParam(Verifier *v, const char *name, MlirType element,
                              int64_t channels, int64_t axis) {
  MlirAttribute attr;
  if (!getAttr(v, name, &attr))
    return false;
  char text[kTextBuf], want[kTextBuf];
  MlirType type = mlirAttributeGetType(attr);
  bool scalar = (mlirAttributeIsAFloat(attr) || mlirAttributeIsAInteger(attr));
  bool dense = mlirAttributeIsADenseElements(attr);
  MlirType got = scalar ? type
                 : dense ? mlirShapedTypeGetElementType(type)
                         : (MlirType){NULL};
  if (mlirTypeIsNull(got) || !mlirTypeEqual(got, element)) {
    emitOpError(v, "%s must be a %s scalar or dense tensor, got %s", name,
                aneTypeFormat(element, want, sizeof(want)),
                aneAttributeFormat(attr, text, sizeof(text)));
    return false;
  }
  if (dense) {
    int64_t rank = mlirShapedTypeGetRank(type);
    if (rank > 1 ||
        (rank == 1 && mlirShapedTypeGetDimSize(type, 0) != channels)) {
      emitOpError(v,
                  "%s must be a scalar or have shape [%" PRId64
                  "] (result dim %" PRId64 "), got %s",
                  name, channels, axis, aneTypeFormat(type, text, sizeof(text)));
      return false;
    }
  }
  return true;
}

static bool verifyConstexprAffineDequantize(Verifier *v) {
  MlirAttribute data;
  int64_t axisValue, axis;
  if (!getAttr(v, "quantized_data", &data) || !getI64(v, "axis", &axisValue))
    return false;
  char a[kShapeBuf], text[kTextBuf];
  MlirType dataType = mlirAttributeGetType(data);
  if (!mlirAttributeIsADenseElements(data) ||
      !isByteInteger(mlirShapedTypeGetElementType(dataType))) {
    emitOpError(v, "quantized_data must be a dense tensor of i8 or ui8, got %s",
                aneAttributeFormat(data, text, sizeof(text)));
    return false;
  }
  AneShape dataShape;
  if (!aneShapeFromType(dataType, &dataShape) ||
      !aneShapesCompatible(&dataShape, &v->result) ||
      !aneShapeIsStatic(&v->result)) {
    emitOpError(v, "quantized_data type %s does not match the static result "
                   "shape %s",
                aneTypeFormat(dataType, text, sizeof(text)),
                aneShapeFormat(&v->result, a, sizeof(a)));
    return false;
  }
  if (!aneNormalizeAxis(axisValue, v->result.rank, &axis)) {
    emitOpError(v, "axis %" PRId64 " is out of range for rank %" PRId64,
                axisValue, v->result.rank);
    return false;
  }
  int64_t channels = v->result.dims[axis];
  MlirType resultElement = mlirShapedTypeGetElementType(resultType(v));
  return checkChannelParam(v, "scale", resultElement, channels, axis) &&
         checkChannelParam(v, "zero_point",
                           mlirShapedTypeGetElementType(dataType), channels,
                           axis);
}

// Packed integers (dialect/packed.h): a 1-D dense ui8 tensor holding the
// weight file's bytes of `count` elements of `bits` bits, exactly.
static bool checkPacked(Verifier *v, const char *name, MlirAttribute attr,
                        int64_t count, unsigned bits, const char *what) {
  char text[kTextBuf];
  MlirType type = mlirAttributeGetType(attr);
  MlirType element = mlirAttributeIsADenseElements(attr)
                         ? mlirShapedTypeGetElementType(type)
                         : (MlirType){NULL};
  if (mlirTypeIsNull(element) || !isByteInteger(element) ||
      !mlirIntegerTypeIsUnsigned(element) || mlirShapedTypeGetRank(type) != 1) {
    emitOpError(v, "%s must be a 1-D dense tensor of ui8 (the packed bytes), "
                   "got %s",
                name, aneAttributeFormat(attr, text, sizeof(text)));
    return false;
  }
  int64_t bytes;
  if (!anePackedBytes(count, bits, &bytes) ||
      mlirShapedTypeGetDimSize(type, 0) != bytes) {
    emitOpError(v,
                "%s holds %" PRId64 " bytes, but %" PRId64 " %u-bit %s "
                "need %" PRId64,
                name, mlirShapedTypeGetDimSize(type, 0), count, bits, what,
                bytes);
    return false;
  }
  return true;
}

// A dense tensor of the result's element type.
static bool getDenseOfResultType(Verifier *v, const char *name,
                                 MlirAttribute *out) {
  if (!getAttr(v, name, out))
    return false;
  MlirType element = mlirShapedTypeGetElementType(resultType(v));
  if (!mlirAttributeIsADenseElements(*out) ||
      !mlirTypeEqual(
          mlirShapedTypeGetElementType(mlirAttributeGetType(*out)), element)) {
    char text[kTextBuf], want[kTextBuf];
    emitOpError(v, "%s must be a dense tensor of %s, got %s", name,
                aneTypeFormat(element, want, sizeof(want)),
                aneAttributeFormat(*out, text, sizeof(text)));
    return false;
  }
  return true;
}

// `param`'s leading dims divide `shape`'s (the result's, or the indices'):
// each value covers a block.
static bool checkBlocks(Verifier *v, const char *name, MlirType type,
                        int64_t skipTrailing, const AneShape *shape,
                        const char *what) {
  char text[kTextBuf], a[kShapeBuf];
  int64_t rank = mlirShapedTypeGetRank(type) - skipTrailing;
  bool ok = rank == shape->rank;
  for (int64_t i = 0; ok && i < rank; ++i) {
    int64_t d = mlirShapedTypeGetDimSize(type, (intptr_t)i);
    ok = d > 0 && shape->dims[i] % d == 0;
  }
  if (!ok)
    emitOpError(v,
                "%s type %s does not split the %s shape %s into blocks: "
                "it needs %" PRId64 " leading dims, each a divisor of the "
                "matching dim",
                name, aneTypeFormat(type, text, sizeof(text)), what,
                aneShapeFormat(shape, a, sizeof(a)), shape->rank);
  return ok;
}

static bool requireStaticResult(Verifier *v) {
  char a[kShapeBuf];
  if (aneShapeIsStatic(&v->result))
    return true;
  emitOpError(v, "result shape %s must be static",
              aneShapeFormat(&v->result, a, sizeof(a)));
  return false;
}

// vector_axis: `unit` (none) or an i64 axis of the result along which
// each index fills `vectorSize` values; `*indices` becomes the shape of the
// indices (the result's, that dim divided by the vector size).
static bool checkVectorAxis(Verifier *v, bool perBlock, int64_t vectorSize,
                            AneShape *indices) {
  MlirAttribute attr;
  if (!getAttr(v, "vector_axis", &attr))
    return false;
  *indices = v->result;
  char text[kTextBuf], a[kShapeBuf];
  if (mlirAttributeIsAUnit(attr)) {
    if (vectorSize == 1)
      return true;
    emitOpError(v, "a lut of vectors of %" PRId64 " values needs a "
                   "vector_axis", vectorSize);
    return false;
  }
  if (!mlirAttributeIsAInteger(attr) || !isI64(mlirAttributeGetType(attr))) {
    emitOpError(v, "vector_axis must be unit (none) or an i64 integer "
                   "attribute, got %s",
                aneAttributeFormat(attr, text, sizeof(text)));
    return false;
  }
  int64_t value = mlirIntegerAttrGetValueInt(attr), axis;
  if (!perBlock) {
    emitOpError(v, "vector_axis needs a [blocks..., K, V] lut");
    return false;
  }
  if (!aneNormalizeAxis(value, v->result.rank, &axis)) {
    emitOpError(v, "vector_axis %" PRId64 " is out of range for rank %" PRId64,
                value, v->result.rank);
    return false;
  }
  if (v->result.dims[axis] % vectorSize != 0) {
    emitOpError(v,
                "result shape %s: dim %" PRId64 " (vector_axis) is not a "
                "multiple of the vector size %" PRId64,
                aneShapeFormat(&v->result, a, sizeof(a)), axis, vectorSize);
    return false;
  }
  indices->dims[axis] /= vectorSize;
  return true;
}

static bool verifyConstexprLutToDense(Verifier *v) {
  MlirAttribute indices, lut;
  if (!getAttr(v, "indices", &indices) ||
      !getDenseOfResultType(v, "lut", &lut) || !requireStaticResult(v))
    return false;
  // lut [K] is iOS16's one table; rank R+2 [g0, ..., K, V] is iOS18's, one
  // table per block of the indices, each entry a vector of V values.
  char text[kTextBuf];
  MlirType lutType = mlirAttributeGetType(lut);
  int64_t lutRank = mlirShapedTypeGetRank(lutType);
  bool perBlock = lutRank == v->result.rank + 2;
  if (lutRank != 1 && !perBlock) {
    emitOpError(v,
                "lut type %s must be [K] (one table) or rank %" PRId64
                " [blocks..., K, V] (a table per block of the indices)",
                aneTypeFormat(lutType, text, sizeof(text)),
                v->result.rank + 2);
    return false;
  }
  int64_t vectorSize =
      perBlock ? mlirShapedTypeGetDimSize(lutType, (intptr_t)lutRank - 1) : 1;
  AneShape indicesShape;
  if (!checkVectorAxis(v, perBlock, vectorSize, &indicesShape))
    return false;
  int64_t entries =
      mlirShapedTypeGetDimSize(lutType, (intptr_t)(perBlock ? lutRank - 2 : 0));
  unsigned bits = 0;
  while (bits <= 8 && (INT64_C(1) << bits) < entries)
    ++bits;
  // iOS16 tables have 2, 4, 16, 64 or 256 entries; iOS18 adds 8 (uint3).
  bool ok = bits >= 1 && bits <= 8 && (INT64_C(1) << bits) == entries &&
            bits != 5 && bits != 7 && (perBlock || bits != 3);
  if (!ok) {
    emitOpError(v,
                "lut has %" PRId64 " entries; it must have 2, 4, %s16, 64 or "
                "256 (one per value of 1, 2, %s4, 6 or 8-bit indices)",
                entries, perBlock ? "8, " : "", perBlock ? "3, " : "");
    return false;
  }
  if (perBlock &&
      !checkBlocks(v, "lut", lutType, 2, &indicesShape, "indices"))
    return false;
  int64_t count;
  return aneShapeNumElements(&indicesShape, &count) &&
         checkPacked(v, "indices", indices, count, bits, "indices");
}

// data_dtype: the MIL dtype of the packed data.
static bool getShiftScaleDType(Verifier *v, unsigned *bits, bool *isSigned) {
  MlirAttribute attr;
  if (!getAttr(v, "data_dtype", &attr))
    return false;
  static const char *const kNames[] = {"int4", "uint4", "int8", "uint8"};
  MlirStringRef s = mlirAttributeIsAString(attr) ? mlirStringAttrGetValue(attr)
                                                 : (MlirStringRef){NULL, 0};
  for (int i = 0; i < 4; ++i)
    if (s.length == strlen(kNames[i]) &&
        memcmp(s.data, kNames[i], s.length) == 0) {
      *bits = i < 2 ? 4 : 8;
      *isSigned = i % 2 == 0;
      return true;
    }
  char text[kTextBuf];
  emitOpError(v, "data_dtype must be \"int4\", \"uint4\", \"int8\" or "
                 "\"uint8\", got %s",
              aneAttributeFormat(attr, text, sizeof(text)));
  return false;
}

static bool verifyConstexprBlockwiseShiftScale(Verifier *v) {
  MlirAttribute data, scale, offset;
  unsigned bits;
  bool isSigned;
  int64_t count;
  if (!getShiftScaleDType(v, &bits, &isSigned) || !getAttr(v, "data", &data) ||
      !getDenseOfResultType(v, "scale", &scale) ||
      !getAttr(v, "offset", &offset) || !requireStaticResult(v) ||
      !aneShapeNumElements(&v->result, &count) ||
      !checkPacked(v, "data", data, count, bits, "values") ||
      !checkBlocks(v, "scale", mlirAttributeGetType(scale), 0, &v->result,
                   "result"))
    return false;
  // offset: `unit` (none), packed like data, or floats shaped like scale.
  if (mlirAttributeIsAUnit(offset))
    return true;
  char text[kTextBuf], want[kTextBuf];
  MlirType scaleType = mlirAttributeGetType(scale);
  MlirType type = mlirAttributeGetType(offset);
  MlirType element = mlirAttributeIsADenseElements(offset)
                         ? mlirShapedTypeGetElementType(type)
                         : (MlirType){NULL};
  if (!mlirTypeIsNull(element) && mlirTypeIsAInteger(element))
    return checkPacked(v, "offset", offset,
                       mlirElementsAttrGetNumElements(scale), bits, "offsets");
  bool ok = !mlirTypeIsNull(element) &&
            (mlirTypeIsAF16(element) || mlirTypeIsAF32(element)) &&
            mlirShapedTypeGetRank(type) == mlirShapedTypeGetRank(scaleType);
  for (intptr_t i = 0; ok && i < mlirShapedTypeGetRank(type); ++i)
    ok = mlirShapedTypeGetDimSize(type, i) ==
         mlirShapedTypeGetDimSize(scaleType, i);
  if (!ok)
    emitOpError(v,
                "offset must be unit (none), packed ui8 bytes like data, or a "
                "f16/f32 dense tensor shaped like scale (%s), got %s",
                aneTypeFormat(scaleType, want, sizeof(want)),
                aneAttributeFormat(offset, text, sizeof(text)));
  return ok;
}

//===----------------------------------------------------------------------===//
// Activation quantization
//===----------------------------------------------------------------------===//

// The element type of operand `i` (-1: the result) is i8/ui8 (`quantized`)
// or f16/f32.
static bool checkElementClass(Verifier *v, intptr_t i, bool quantized) {
  AneElementKind k = elementKind(v, i);
  if (quantized ? k == AneElementI8 || k == AneElementU8
                : k == AneElementF16 || k == AneElementF32)
    return true;
  char text[kTextBuf], what[32];
  emitOpError(v, "%s element type must be %s, got %s",
              operandName(v, i, what, sizeof(what)),
              quantized ? "i8 or ui8" : "f16 or f32",
              aneTypeFormat(elementType(v, i), text, sizeof(text)));
  return false;
}

// A scalar attribute or a rank-0 tensor: one value for the whole tensor.
static bool isScalarParam(MlirAttribute a) {
  return !mlirAttributeIsADenseElements(a) ||
         mlirShapedTypeGetRank(mlirAttributeGetType(a)) == 0;
}

// quantize and dequantize: the result has input's shape; scale (of
// `floatType`) and zero_point (of `intType`) are scalars, with axis 0 (MIL
// takes no axis then), or [C] along axis, where zero_point may stay a
// scalar 0 (MIL's absent zero_point). quantize divides by the scale
// (`nonzeroScale`).
static bool checkQuantParams(Verifier *v, MlirType floatType, MlirType intType,
                             bool nonzeroScale) {
  MlirAttribute scale, zeroPoint;
  int64_t axisValue, axis;
  if (!checkResultLike(v, &v->operands[0], "input") ||
      !getAttr(v, "scale", &scale) || !getAttr(v, "zero_point", &zeroPoint) ||
      !getI64(v, "axis", &axisValue))
    return false;
  if (!aneNormalizeAxis(axisValue, v->result.rank, &axis)) {
    emitOpError(v, "axis %" PRId64 " is out of range for rank %" PRId64,
                axisValue, v->result.rank);
    return false;
  }
  int64_t channels = v->result.dims[axis];
  if (!checkChannelParam(v, "scale", floatType, channels, axis) ||
      !checkChannelParam(v, "zero_point", intType, channels, axis))
    return false;
  char text[kTextBuf];
  bool scalarScale = isScalarParam(scale);
  double z;
  if (scalarScale && !isScalarParam(zeroPoint)) {
    emitOpError(v, "zero_point must be a scalar when scale is one, got %s",
                aneAttributeFormat(zeroPoint, text, sizeof(text)));
    return false;
  }
  if (!scalarScale && isScalarParam(zeroPoint) &&
      (!aneConstantElement(zeroPoint, 0, &z) || z != 0)) {
    emitOpError(v,
                "zero_point must have shape [%" PRId64 "] like scale, or "
                "be 0, got %s",
                channels, aneAttributeFormat(zeroPoint, text, sizeof(text)));
    return false;
  }
  if (scalarScale && axisValue != 0) {
    emitOpError(v, "axis must be 0 when scale is a scalar (MIL takes no axis "
                   "then), got %" PRId64,
                axisValue);
    return false;
  }
  for (int64_t c = 0; c < (scalarScale ? 1 : channels); ++c) {
    double s;
    if (!aneConstantElement(scale, c, &s) || !isfinite(s) ||
        (nonzeroScale && s == 0)) {
      emitOpError(v, "scale must be finite%s, got %s",
                  nonzeroScale ? " and nonzero" : "",
                  aneAttributeFormat(scale, text, sizeof(text)));
      return false;
    }
  }
  return true;
}

// quantize: f16/f32 input, i8/ui8 result; the scale has input's type and
// the zero point the result's.
static bool verifyQuantize(Verifier *v) {
  return checkElementClass(v, 0, false) && checkElementClass(v, -1, true) &&
         checkQuantParams(v, elementType(v, 0), elementType(v, -1), true);
}

// dequantize: i8/ui8 input, f16/f32 result; the scale has the result's type
// and the zero point input's.
static bool verifyDequantize(Verifier *v) {
  return checkElementClass(v, 0, true) && checkElementClass(v, -1, false) &&
         checkQuantParams(v, elementType(v, -1), elementType(v, 0), false);
}

//===----------------------------------------------------------------------===//
// Linear algebra
//===----------------------------------------------------------------------===//

static bool verifyMatmul(Verifier *v) {
  bool transposeX, transposeY;
  if (!getBool(v, "transpose_x", &transposeX) ||
      !getBool(v, "transpose_y", &transposeY))
    return false;
  const AneShape *x = &v->operands[0], *y = &v->operands[1];
  const AneShape *ops[2] = {x, y};
  const char *names[2] = {"x", "y"};
  for (int i = 0; i < 2; ++i) {
    if (ops[i]->rank < 2) {
      emitOpError(v, "%s must have rank >= 2, got rank %" PRId64, names[i],
                  ops[i]->rank);
      return false;
    }
  }
  // x is [..., M, K] and y is [..., K, N], after the optional swaps.
  int64_t xr = x->rank, yr = y->rank;
  int64_t m = x->dims[xr - (transposeX ? 1 : 2)];
  int64_t kx = x->dims[xr - (transposeX ? 2 : 1)];
  int64_t ky = y->dims[yr - (transposeY ? 1 : 2)];
  int64_t n = y->dims[yr - (transposeY ? 2 : 1)];
  char a[kShapeBuf], b[kShapeBuf], c[32], d[32];
  if (!aneDimsCompatible(kx, ky)) {
    emitOpError(v,
                "contracting dims do not match: x %s has K = %s, y %s has "
                "K = %s",
                aneShapeFormat(x, a, sizeof(a)), formatDim(kx, c, sizeof(c)),
                aneShapeFormat(y, b, sizeof(b)), formatDim(ky, d, sizeof(d)));
    return false;
  }
  AneShape xBatch = {xr - 2, {0}}, yBatch = {yr - 2, {0}}, expected;
  memcpy(xBatch.dims, x->dims, sizeof(int64_t) * (size_t)xBatch.rank);
  memcpy(yBatch.dims, y->dims, sizeof(int64_t) * (size_t)yBatch.rank);
  if (!aneBroadcastShapes(&xBatch, &yBatch, &expected)) {
    emitOpError(v,
                "batch dims %s of x and %s of y are not "
                "broadcast-compatible",
                aneShapeFormat(&xBatch, a, sizeof(a)),
                aneShapeFormat(&yBatch, b, sizeof(b)));
    return false;
  }
  // Batch rank <= ANE_MAX_RANK - 2 since both inputs have rank <= 5.
  expected.dims[expected.rank++] = m;
  expected.dims[expected.rank++] = n;
  return checkResultShape(v, &expected);
}

static bool verifyLinear(Verifier *v) {
  const AneShape *x = &v->operands[0], *w = &v->operands[1],
                 *bias = &v->operands[2];
  if (x->rank > 3) {
    emitOpError(v, "x must have rank 1..3, got rank %" PRId64, x->rank);
    return false;
  }
  if (w->rank != 2) {
    emitOpError(v, "weight must have rank 2, got rank %" PRId64, w->rank);
    return false;
  }
  if (bias->rank != 1) {
    emitOpError(v, "bias must have rank 1, got rank %" PRId64, bias->rank);
    return false;
  }
  char a[kShapeBuf], c[32];
  int64_t k = x->dims[x->rank - 1], n = w->dims[0];
  if (!aneDimsCompatible(w->dims[1], k)) {
    emitOpError(v, "weight shape %s does not match x last dim %s",
                aneShapeFormat(w, a, sizeof(a)), formatDim(k, c, sizeof(c)));
    return false;
  }
  if (!aneDimsCompatible(bias->dims[0], n)) {
    emitOpError(v, "bias shape %s does not match weight out dim %s",
                aneShapeFormat(bias, a, sizeof(a)), formatDim(n, c, sizeof(c)));
    return false;
  }
  AneShape expected = *x;
  expected.dims[expected.rank - 1] = n;
  return checkResultShape(v, &expected);
}

// `name` is an array<i64> of `count` entries, each >= `min`; copied to out.
static bool getSpatialArray(Verifier *v, const char *name, int64_t count,
                            int64_t min, int64_t *out) {
  MlirAttribute attr;
  if (!getI64Array(v, name, &attr))
    return false;
  char a[kShapeBuf];
  if (mlirDenseArrayGetNumElements(attr) != count) {
    emitOpError(v, "%s must have %" PRId64 " entries, got %s", name, count,
                aneI64ArrayFormat(attr, a, sizeof(a)));
    return false;
  }
  for (int64_t i = 0; i < count; ++i) {
    out[i] = mlirDenseI64ArrayGetElement(attr, i);
    if (out[i] < min || out[i] > ANE_MAX_DIM_SIZE) {
      emitOpError(v, "%s entries must be in %" PRId64 "..%" PRId64 ", got %s",
                  name, min, ANE_MAX_DIM_SIZE,
                  aneI64ArrayFormat(attr, a, sizeof(a)));
      return false;
    }
  }
  return true;
}

// x [N, C, *spatial] with 1..3 spatial dims, weight [C_out, C / groups,
// *kernel], bias [C_out]; pad holds (before, after) per spatial dim and must
// be what pad_type says (all 0 for "valid", MIL's split for "same" and
// "same_lower", anything for "custom").
static bool verifyConv(Verifier *v) {
  const AneShape *x = &v->operands[0], *w = &v->operands[1];
  char a[kShapeBuf], b[kShapeBuf], text[kTextBuf];
  if (x->rank < 3) {
    emitOpError(v, "x must have rank 3..5 ([N, C, *spatial]), got rank %" PRId64,
                x->rank);
    return false;
  }
  if (w->rank != x->rank) {
    emitOpError(v, "weight must have the rank of x (%" PRId64 "), got %s",
                x->rank, aneShapeFormat(w, a, sizeof(a)));
    return false;
  }
  int64_t spatial = x->rank - 2;
  int64_t strides[3], dilations[3], pad[6], groups;
  MlirAttribute padType;
  if (!getSpatialArray(v, "strides", spatial, 1, strides) ||
      !getSpatialArray(v, "dilations", spatial, 1, dilations) ||
      !getSpatialArray(v, "pad", 2 * spatial, 0, pad) ||
      !getI64(v, "groups", &groups) || !getAttr(v, "pad_type", &padType))
    return false;
  if (!mlirAttributeIsAString(padType)) {
    emitOpError(v, "pad_type must be a string attribute, got %s",
                aneAttributeFormat(padType, text, sizeof(text)));
    return false;
  }
  MlirStringRef kind = mlirStringAttrGetValue(padType);
  static const char *const kPadTypes[] = {"valid", "same", "same_lower",
                                          "custom"};
  int padKind = -1;
  for (int i = 0; i < 4; ++i)
    if (kind.length == strlen(kPadTypes[i]) &&
        memcmp(kind.data, kPadTypes[i], kind.length) == 0)
      padKind = i;
  if (padKind < 0) {
    emitOpError(v,
                "pad_type must be \"valid\", \"same\", \"same_lower\" or "
                "\"custom\", got %s",
                aneAttributeFormat(padType, text, sizeof(text)));
    return false;
  }
  int64_t cin = x->dims[1], cout = w->dims[0];
  if (groups < 1 || groups > ANE_MAX_DIM_SIZE) {
    emitOpError(v, "groups must be >= 1, got %" PRId64, groups);
    return false;
  }
  if (!aneDimIsDynamic(cin) && cin % groups != 0) {
    emitOpError(v, "x channels %" PRId64 " are not divisible by groups %" PRId64,
                cin, groups);
    return false;
  }
  if (!aneDimIsDynamic(cout) && cout % groups != 0) {
    emitOpError(v,
                "weight out channels %" PRId64
                " are not divisible by groups %" PRId64,
                cout, groups);
    return false;
  }
  if (!aneDimIsDynamic(cin) && !aneDimsCompatible(w->dims[1], cin / groups)) {
    emitOpError(v,
                "weight shape %s does not match x channels %" PRId64
                " / groups %" PRId64,
                aneShapeFormat(w, a, sizeof(a)), cin, groups);
    return false;
  }
  if (v->numOperands == 3) {
    const AneShape *bias = &v->operands[2];
    if (bias->rank != 1 || !aneDimsCompatible(bias->dims[0], cout)) {
      emitOpError(v, "bias shape %s does not match weight out channels %s",
                  aneShapeFormat(bias, a, sizeof(a)),
                  formatDim(cout, b, sizeof(b)));
      return false;
    }
  }
  AneShape expected = {x->rank, {x->dims[0], cout}};
  for (int64_t i = 0; i < spatial; ++i) {
    int64_t in = x->dims[2 + i], k = w->dims[2 + i];
    if (aneDimIsDynamic(in) || aneDimIsDynamic(k)) {
      expected.dims[2 + i] = ANE_DYNAMIC_DIM;
      continue;
    }
    int64_t before = 0, after = 0;
    if (padKind == 1 || padKind == 2)
      aneConvSamePadding(in, k, strides[i], dilations[i], padKind == 2,
                         &before, &after);
    if (padKind != 3 && (pad[2 * i] != before || pad[2 * i + 1] != after)) {
      emitOpError(v,
                  "pad of spatial dim %" PRId64 " must be [%" PRId64
                  ", %" PRId64 "] for pad_type \"%s\", got [%" PRId64
                  ", %" PRId64 "]",
                  i, before, after, kPadTypes[padKind], pad[2 * i],
                  pad[2 * i + 1]);
      return false;
    }
    if (!aneConvOutputDim(in, k, strides[i], dilations[i], pad[2 * i],
                          pad[2 * i + 1], &expected.dims[2 + i])) {
      emitOpError(v,
                  "kernel %s with dilations does not fit x %s in spatial "
                  "dim %" PRId64,
                  aneShapeFormat(w, a, sizeof(a)),
                  aneShapeFormat(x, b, sizeof(b)), i);
      return false;
    }
  }
  return checkResultShape(v, &expected);
}

//===----------------------------------------------------------------------===//
// Shape ops
//===----------------------------------------------------------------------===//

static bool verifyReshape(Verifier *v) {
  MlirAttribute shapeAttr;
  if (!getI64Array(v, "shape", &shapeAttr))
    return false;
  const AneShape *x = &v->operands[0];
  char a[kShapeBuf], b[kShapeBuf];
  const AneShape *shapes[2] = {x, &v->result};
  const char *names[2] = {"x", "result"};
  for (int i = 0; i < 2; ++i) {
    if (!aneShapeIsStatic(shapes[i])) {
      emitOpError(v, "%s must have a static shape, got %s", names[i],
                  aneShapeFormat(shapes[i], a, sizeof(a)));
      return false;
    }
  }
  intptr_t count = mlirDenseArrayGetNumElements(shapeAttr);
  for (intptr_t i = 0; i < count; ++i) {
    if (mlirDenseI64ArrayGetElement(shapeAttr, i) <= 0) {
      emitOpError(v, "shape entries must be positive, got %s",
                  aneI64ArrayFormat(shapeAttr, a, sizeof(a)));
      return false;
    }
  }
  bool same = count == v->result.rank;
  for (intptr_t i = 0; same && i < count; ++i)
    same = mlirDenseI64ArrayGetElement(shapeAttr, i) == v->result.dims[i];
  if (!same) {
    emitOpError(v, "shape %s does not match result shape %s",
                aneI64ArrayFormat(shapeAttr, a, sizeof(a)),
                aneShapeFormat(&v->result, b, sizeof(b)));
    return false;
  }
  int64_t xCount, resultCount;
  for (int i = 0; i < 2; ++i) {
    if (!aneShapeNumElements(shapes[i], i ? &resultCount : &xCount)) {
      emitOpError(v, "element count of %s %s overflows int64", names[i],
                  aneShapeFormat(shapes[i], a, sizeof(a)));
      return false;
    }
  }
  if (xCount != resultCount) {
    emitOpError(v,
                "result element count %" PRId64
                " does not match x element count %" PRId64,
                resultCount, xCount);
    return false;
  }
  return true;
}

static bool verifyTranspose(Verifier *v) {
  MlirAttribute perm;
  if (!getI64Array(v, "perm", &perm))
    return false;
  const AneShape *x = &v->operands[0];
  intptr_t count = mlirDenseArrayGetNumElements(perm);
  if (count != x->rank) {
    emitOpError(v, "perm length %" PRIdPTR " does not match x rank %" PRId64,
                count, x->rank);
    return false;
  }
  bool used[ANE_MAX_RANK] = {false};
  AneShape expected = {x->rank, {0}};
  for (intptr_t i = 0; i < count; ++i) {
    int64_t entry = mlirDenseI64ArrayGetElement(perm, i), p;
    // Negative entries count from the end, as coremlc writes them.
    if (!aneNormalizeAxis(entry, x->rank, &p)) {
      emitOpError(v, "perm entry %" PRId64 " is out of range for rank %" PRId64,
                  entry, x->rank);
      return false;
    }
    if (used[p]) {
      emitOpError(v, "perm contains duplicate entry %" PRId64, p);
      return false;
    }
    used[p] = true;
    expected.dims[i] = x->dims[p];
  }
  return checkResultShape(v, &expected);
}

static bool verifyConcat(Verifier *v) {
  int64_t axisValue, axis;
  bool interleave;
  if (v->numOperands < 1) {
    emitOpError(v, "requires at least one operand");
    return false;
  }
  if (!getI64(v, "axis", &axisValue) || !getBool(v, "interleave", &interleave))
    return false;
  const AneShape *first = &v->operands[0];
  if (!aneNormalizeAxis(axisValue, first->rank, &axis)) {
    emitOpError(v, "axis %" PRId64 " is out of range for rank %" PRId64,
                axisValue, first->rank);
    return false;
  }
  AneShape expected = *first;
  char a[kShapeBuf], b[kShapeBuf];
  for (intptr_t i = 1; i < v->numOperands; ++i) {
    AneShape s;
    s = typeInfo(v, operandType(v, i))->shape; // valid after step 1
    if (s.rank != first->rank) {
      emitOpError(v,
                  "operand #%" PRIdPTR " has rank %" PRId64
                  " but operand #0 has rank %" PRId64,
                  i, s.rank, first->rank);
      return false;
    }
    for (int64_t d = 0; d < s.rank; ++d) {
      if (d != axis && !aneDimsCompatible(s.dims[d], first->dims[d])) {
        emitOpError(v,
                    "operand #%" PRIdPTR " shape %s does not match "
                    "operand #0 shape %s outside axis %" PRId64,
                    i, aneShapeFormat(&s, a, sizeof(a)),
                    aneShapeFormat(first, b, sizeof(b)), axis);
        return false;
      }
    }
    // Interleaving takes one slice of each operand in turn.
    if (interleave && !aneDimsCompatible(s.dims[axis], first->dims[axis])) {
      emitOpError(v,
                  "interleave = true needs every operand to have operand "
                  "#0's size along axis %" PRId64 ", but operand #%" PRIdPTR
                  " has shape %s and operand #0 %s",
                  axis, i, aneShapeFormat(&s, a, sizeof(a)),
                  aneShapeFormat(first, b, sizeof(b)));
      return false;
    }
    // Sum along the axis; dims are <= 2^31-1, so only a (practically
    // impossible) huge operand count could overflow: saturate.
    int64_t *sum = &expected.dims[axis];
    if (aneDimIsDynamic(*sum) || aneDimIsDynamic(s.dims[axis]))
      *sum = ANE_DYNAMIC_DIM;
    else
      *sum = *sum > INT64_MAX - s.dims[axis] ? INT64_MAX : *sum + s.dims[axis];
  }
  return checkResultShape(v, &expected);
}

static bool verifySliceBySize(Verifier *v) {
  MlirAttribute begin, size;
  if (!getI64Array(v, "begin", &begin) || !getI64Array(v, "size", &size))
    return false;
  const AneShape *x = &v->operands[0];
  MlirAttribute arrays[2] = {begin, size};
  const char *names[2] = {"begin", "size"};
  for (int i = 0; i < 2; ++i) {
    intptr_t count = mlirDenseArrayGetNumElements(arrays[i]);
    if (count != x->rank) {
      emitOpError(v, "%s length %" PRIdPTR " does not match x rank %" PRId64,
                  names[i], count, x->rank);
      return false;
    }
  }
  AneShape expected = {x->rank, {0}};
  for (int64_t i = 0; i < x->rank; ++i) {
    int64_t b = mlirDenseI64ArrayGetElement(begin, i);
    int64_t s = mlirDenseI64ArrayGetElement(size, i);
    int64_t dim = x->dims[i];
    bool known = !aneDimIsDynamic(dim);
    if (b < 0) {
      emitOpError(v, "begin[%" PRId64 "] = %" PRId64 " must be >= 0", i, b);
      return false;
    }
    if (s == -1) {
      // "To the end": needs a non-empty remainder.
      if (known && b >= dim) {
        emitOpError(v,
                    "begin[%" PRId64 "] = %" PRId64
                    " is out of range for x dim %" PRId64 " of size %" PRId64,
                    i, b, i, dim);
        return false;
      }
      expected.dims[i] = known ? dim - b : ANE_DYNAMIC_DIM;
      continue;
    }
    if (s < 1) {
      emitOpError(v, "size[%" PRId64 "] = %" PRId64 " must be >= 1 or -1", i,
                  s);
      return false;
    }
    // b > dim - s cannot overflow: dim >= 1 and s >= 1.
    if (known && b > dim - s) {
      emitOpError(v,
                  "begin[%" PRId64 "] = %" PRId64 " plus size[%" PRId64
                  "] = %" PRId64 " exceeds x dim %" PRId64 " of size %" PRId64,
                  i, b, i, s, i, dim);
      return false;
    }
    expected.dims[i] = s;
  }
  return checkResultShape(v, &expected);
}

// reduce_argmax: x of f16, f32 or i32 (step 1), an i32 result of x's shape
// with `axis` reduced (kept as 1 with keep_dims).
static bool verifyReduceArgmax(Verifier *v) {
  const AneShape *x = &v->operands[0];
  char a[kTextBuf];
  if (elementKind(v, -1) != AneElementI32) {
    emitOpError(v, "result element type must be i32, got %s",
                aneTypeFormat(elementType(v, -1), a, sizeof(a)));
    return false;
  }
  int64_t axis;
  bool keepDims;
  if (!getAxis(v, x->rank, &axis) || !getBool(v, "keep_dims", &keepDims))
    return false;
  AneShape expected;
  if (!aneReduceShape(x, &axis, 1, keepDims, &expected)) {
    emitOpError(v,
                "result would be rank 0: x %s has one dim and keep_dims = "
                "false",
                aneShapeFormat(x, a, sizeof(a)));
    return false;
  }
  return checkResultShape(v, &expected);
}

// Reads `axes` (array<i64>) and marks each, normalized against `rank`.
static bool getAxesIn(Verifier *v, int64_t rank, bool marked[ANE_MAX_RANK]) {
  MlirAttribute axes;
  return getI64Array(v, "axes", &axes) &&
         checkAxesList(v, axes, rank, marked);
}

// Axes are positions in the result, whose rank is x's plus their count.
static bool verifyExpandDims(Verifier *v) {
  const AneShape *x = &v->operands[0];
  MlirAttribute axes;
  if (!getI64Array(v, "axes", &axes))
    return false;
  int64_t rank = x->rank + mlirDenseArrayGetNumElements(axes);
  if (rank > ANE_MAX_RANK) {
    emitOpError(v, "result would have rank %" PRId64 ", more than %d", rank,
                ANE_MAX_RANK);
    return false;
  }
  bool inserted[ANE_MAX_RANK];
  if (!getAxesIn(v, rank, inserted))
    return false;
  AneShape expected = {rank, {0}};
  for (int64_t i = 0, from = 0; i < rank; ++i)
    expected.dims[i] = inserted[i] ? 1 : x->dims[from++];
  return checkResultShape(v, &expected);
}

static bool verifySqueeze(Verifier *v) {
  const AneShape *x = &v->operands[0];
  bool dropped[ANE_MAX_RANK];
  if (!getAxesIn(v, x->rank, dropped))
    return false;
  AneShape expected = {0, {0}};
  for (int64_t i = 0; i < x->rank; ++i) {
    if (!dropped[i]) {
      expected.dims[expected.rank++] = x->dims[i];
      continue;
    }
    if (!aneDimsCompatible(x->dims[i], 1)) {
      char a[kShapeBuf];
      emitOpError(v, "dim %" PRId64 " of x %s is not 1", i,
                  aneShapeFormat(x, a, sizeof(a)));
      return false;
    }
  }
  if (expected.rank == 0) {
    emitOpError(v, "result would be rank 0: every dim of x is squeezed");
    return false;
  }
  return checkResultShape(v, &expected);
}

static bool verifyTile(Verifier *v) {
  const AneShape *x = &v->operands[0];
  int64_t reps[ANE_MAX_RANK];
  if (!getSpatialArray(v, "reps", x->rank, 1, reps))
    return false;
  AneShape expected = *x;
  for (int64_t i = 0; i < x->rank; ++i) {
    if (aneDimIsDynamic(x->dims[i]))
      continue;
    // Both factors are <= 2^31-1, so the product fits int64.
    expected.dims[i] = x->dims[i] * reps[i];
    if (expected.dims[i] > ANE_MAX_DIM_SIZE) {
      emitOpError(v, "result dim %" PRId64 " would exceed %" PRId64, i,
                  ANE_MAX_DIM_SIZE);
      return false;
    }
  }
  return checkResultShape(v, &expected);
}

// gather(x, indices): i32 indices; the result has x's element type and the
// shape x[:axis] + indices[batch_dims:] + x[axis+1:], the first batch_dims
// dims of x and indices being equal (shared batch dims).
static bool verifyGather(Verifier *v) {
  const AneShape *x = &v->operands[0], *idx = &v->operands[1];
  char a[kShapeBuf], b[kShapeBuf];
  if (elementKind(v, 1) != AneElementI32) {
    emitOpError(v, "indices element type must be i32, got %s",
                aneTypeFormat(elementType(v, 1), a, sizeof(a)));
    return false;
  }
  if (!mlirTypeEqual(elementType(v, 0), elementType(v, -1))) {
    emitOpError(v, "result element type %s does not match x element type %s",
                aneTypeFormat(elementType(v, -1), a, sizeof(a)),
                aneTypeFormat(elementType(v, 0), b, sizeof(b)));
    return false;
  }
  int64_t axis, batchDims;
  if (!getAxis(v, x->rank, &axis) || !getI64(v, "batch_dims", &batchDims))
    return false;
  int64_t maxBatch = axis < idx->rank ? axis : idx->rank;
  if (batchDims < 0 || batchDims > maxBatch) {
    emitOpError(v,
                "batch_dims %" PRId64 " must be in 0..%" PRId64
                " (at most the axis %" PRId64 " and the rank of indices %" PRId64
                ")",
                batchDims, maxBatch, axis, idx->rank);
    return false;
  }
  for (int64_t i = 0; i < batchDims; ++i)
    if (!aneDimsCompatible(x->dims[i], idx->dims[i])) {
      emitOpError(v,
                  "indices %s and x %s differ in batch dim %" PRId64,
                  aneShapeFormat(idx, a, sizeof(a)),
                  aneShapeFormat(x, b, sizeof(b)), i);
      return false;
    }
  int64_t rank = x->rank - 1 + idx->rank - batchDims;
  if (rank > ANE_MAX_RANK) {
    emitOpError(v, "result would have rank %" PRId64 ", more than %d", rank,
                ANE_MAX_RANK);
    return false;
  }
  AneShape expected = {0, {0}};
  for (int64_t i = 0; i < axis; ++i)
    expected.dims[expected.rank++] = x->dims[i];
  for (int64_t i = batchDims; i < idx->rank; ++i)
    expected.dims[expected.rank++] = idx->dims[i];
  for (int64_t i = axis + 1; i < x->rank; ++i)
    expected.dims[expected.rank++] = x->dims[i];
  return checkResultShape(v, &expected);
}

// One result per split_sizes entry, each x with the axis dim replaced by
// its entry; the entries add up to that dim of x.
static bool verifySplit(Verifier *v) {
  const AneShape *x = &v->operands[0];
  int64_t axis;
  if (!getAxis(v, x->rank, &axis))
    return false;
  int64_t *sizes = malloc((size_t)v->numResults * sizeof(int64_t));
  if (!sizes) {
    emitOpError(v, "out of memory");
    return false;
  }
  // Counts and entries in 1..2^31-1 (so the sum below cannot overflow).
  bool ok = getSpatialArray(v, "split_sizes", v->numResults, 1, sizes);
  int64_t sum = 0;
  for (intptr_t i = 0; ok && i < v->numResults; ++i)
    sum += sizes[i];
  char a[kShapeBuf], b[kShapeBuf];
  if (ok && !aneDimIsDynamic(x->dims[axis]) && sum != x->dims[axis]) {
    MlirAttribute attr = mlirOperationGetAttributeByName(
        v->op, mlirStringRefCreateFromCString("split_sizes"));
    emitOpError(v,
                "split_sizes %s add up to %" PRId64 ", not to dim %" PRId64
                " of x %s",
                aneI64ArrayFormat(attr, a, sizeof(a)), sum, axis,
                aneShapeFormat(x, b, sizeof(b)));
    ok = false;
  }
  for (intptr_t i = 0; ok && i < v->numResults; ++i) {
    AneShape expected = *x;
    expected.dims[axis] = sizes[i];
    const AneShape *got = &typeInfo(v, resultTypeAt(v, i))->shape;
    if (!aneShapesCompatible(got, &expected)) {
      char what[32];
      emitOpError(v, "%s shape %s does not match expected %s",
                  operandName(v, -1 - i, what, sizeof(what)),
                  aneShapeFormat(got, a, sizeof(a)),
                  aneShapeFormat(&expected, b, sizeof(b)));
      ok = false;
    }
  }
  free(sizes);
  return ok;
}

// The masks are 0/1 per dim; a squeezed dim selects element `begin`
// (dialect/shape.h).
static bool verifySliceByIndex(Verifier *v) {
  const AneShape *x = &v->operands[0];
  static const char *const kNames[6] = {"begin",    "end",      "stride",
                                        "begin_mask", "end_mask",
                                        "squeeze_mask"};
  int64_t values[6][ANE_MAX_RANK];
  for (int k = 0; k < 6; ++k) {
    MlirAttribute attr;
    if (!getI64Array(v, kNames[k], &attr))
      return false;
    char a[kShapeBuf];
    if (mlirDenseArrayGetNumElements(attr) != x->rank) {
      emitOpError(v, "%s must have %" PRId64 " entries, got %s", kNames[k],
                  x->rank, aneI64ArrayFormat(attr, a, sizeof(a)));
      return false;
    }
    for (int64_t i = 0; i < x->rank; ++i) {
      values[k][i] = mlirDenseI64ArrayGetElement(attr, i);
      if (k >= 3 && values[k][i] != 0 && values[k][i] != 1) {
        emitOpError(v, "%s entries must be 0 or 1, got %s", kNames[k],
                    aneI64ArrayFormat(attr, a, sizeof(a)));
        return false;
      }
    }
  }
  AneShape expected = {0, {0}};
  for (int64_t i = 0; i < x->rank; ++i) {
    int64_t start, count = ANE_DYNAMIC_DIM;
    if (values[2][i] == 0) {
      emitOpError(v, "stride[%" PRId64 "] must not be 0", i);
      return false;
    }
    if (values[5][i]) {
      if (!aneDimIsDynamic(x->dims[i]) &&
          !aneSliceSqueezedDim(x->dims[i], values[0][i], &start)) {
        emitOpError(v,
                    "squeezed dim %" PRId64 " (size %" PRId64
                    ") has begin %" PRId64 " out of range",
                    i, x->dims[i], values[0][i]);
        return false;
      }
      continue;
    }
    if (!aneDimIsDynamic(x->dims[i])) {
      aneSliceDim(x->dims[i], values[0][i], values[1][i], values[2][i],
                  values[3][i], values[4][i], &start, &count);
      if (count == 0) {
        emitOpError(v,
                    "the slice of dim %" PRId64 " (size %" PRId64
                    ") is empty: begin %" PRId64 ", end %" PRId64
                    ", stride %" PRId64,
                    i, x->dims[i], values[0][i], values[1][i], values[2][i]);
        return false;
      }
    }
    expected.dims[expected.rank++] = count;
  }
  if (expected.rank == 0) {
    emitOpError(v, "result would be rank 0: every dim is squeezed");
    return false;
  }
  return checkResultShape(v, &expected);
}

// pad holds (before, after) for every dim of x; reflect mirrors without
// repeating the edge, so it needs before and after below the dim.
static bool verifyPad(Verifier *v) {
  const AneShape *x = &v->operands[0];
  int64_t pad[2 * ANE_MAX_RANK];
  MlirAttribute mode, value;
  char text[kTextBuf];
  if (!getSpatialArray(v, "pad", 2 * x->rank, 0, pad) ||
      !getAttr(v, "mode", &mode) || !getAttr(v, "constant_val", &value))
    return false;
  if (!mlirAttributeIsAFloat(value) ||
      !mlirTypeIsAF32(mlirAttributeGetType(value))) {
    emitOpError(v, "constant_val must be an f32 float attribute, got %s",
                aneAttributeFormat(value, text, sizeof(text)));
    return false;
  }
  static const char *const kModes[3] = {"constant", "reflect", "replicate"};
  int kind = -1;
  MlirStringRef m = mlirAttributeIsAString(mode) ? mlirStringAttrGetValue(mode)
                                                 : mlirStringRefCreate("", 0);
  for (int i = 0; i < 3; ++i)
    if (m.length == strlen(kModes[i]) && memcmp(m.data, kModes[i], m.length) == 0)
      kind = i;
  if (kind < 0) {
    emitOpError(v,
                "mode must be \"constant\", \"reflect\" or \"replicate\", "
                "got %s",
                aneAttributeFormat(mode, text, sizeof(text)));
    return false;
  }
  AneShape expected = *x;
  for (int64_t i = 0; i < x->rank; ++i) {
    int64_t dim = x->dims[i], before = pad[2 * i], after = pad[2 * i + 1];
    if (aneDimIsDynamic(dim))
      continue;
    if (kind == 1 && (before >= dim || after >= dim)) {
      emitOpError(v,
                  "reflect padding of dim %" PRId64 " (size %" PRId64
                  ") must be below its size, got [%" PRId64 ", %" PRId64 "]",
                  i, dim, before, after);
      return false;
    }
    // Each term is <= 2^31-1: no overflow.
    expected.dims[i] = dim + before + after;
    if (expected.dims[i] > ANE_MAX_DIM_SIZE) {
      emitOpError(v, "result dim %" PRId64 " would exceed %" PRId64, i,
                  ANE_MAX_DIM_SIZE);
      return false;
    }
  }
  return checkResultShape(v, &expected);
}

//===----------------------------------------------------------------------===//
// The table
//===----------------------------------------------------------------------===//

// The verifier group of each op: the Verify column of ane_ops.def.
static const VerifyFn kVerifiers[ANE_OP_COUNT] = {
#define ANE_OP(Name, Camel, Operands, Attributes, Verify, ...)                 \
  [ANE_OP_##Name] = verify##Verify,
#include "ane_ops.def"
};

// Op names are uniqued identifiers, so their data pointer identifies them.
static const AneOpDef *lookupOpCached(WalkState *walk, MlirStringRef name) {
  unsigned slot = (unsigned)hashPointer(name.data, kOpCacheSize);
  if (walk->ops[slot].key != name.data) {
    walk->ops[slot].key = name.data;
    walk->ops[slot].def = aneOpDefLookup(name);
  }
  return walk->ops[slot].def;
}

//===----------------------------------------------------------------------===//
// Signatures that passed
//
// Every check reads only the op's name, operand and result types and
// attributes, all uniqued: an op whose signature holds the same pointers as
// one that passed passes too. A model repeats a few dozen signatures
// thousands of times, and reading one costs a fraction of checking it.
// Failures are not remembered, so each bad op still gets its own error.
//===----------------------------------------------------------------------===//

// Reads the signature of `op` (its name is `name`); false if it does not fit.
static bool readSignature(MlirOperation op, MlirStringRef name,
                          Signature *sig) {
  intptr_t numOperands = mlirOperationGetNumOperands(op);
  intptr_t numResults = mlirOperationGetNumResults(op);
  // IRDL ops keep every attribute in the dictionary this lists (no
  // properties), which mlirOperationGetAttributeByName reads.
  intptr_t numAttrs = mlirOperationGetNumAttributes(op);
  if (2 + numOperands + numResults + 2 * numAttrs > kMaxSignature)
    return false;
  unsigned n = 0;
  sig->key[n++] = name.data;
  sig->key[n++] = (const void *)(uintptr_t)(numOperands << 16 |
                                            numResults << 8 | numAttrs);
  for (intptr_t i = 0; i < numOperands; ++i)
    sig->key[n++] = mlirValueGetType(mlirOperationGetOperand(op, i)).ptr;
  for (intptr_t i = 0; i < numResults; ++i)
    sig->key[n++] = mlirValueGetType(mlirOperationGetResult(op, i)).ptr;
  for (intptr_t i = 0; i < numAttrs; ++i) {
    MlirNamedAttribute attr = mlirOperationGetAttribute(op, i);
    sig->key[n++] = attr.name.ptr;
    sig->key[n++] = attr.attribute.ptr;
  }
  sig->length = n;
  return true;
}

static Signature *signatureSlot(WalkState *walk, const Signature *sig) {
  uintptr_t h = 0;
  for (unsigned i = 0; i < sig->length; ++i)
    h = (h ^ ((uintptr_t)sig->key[i] >> 4)) * 0x9E3779B97F4A7C15u;
  return &walk->passed[(h >> 32) & (kSignatureSlots - 1)];
}

static bool hasPassed(WalkState *walk, const Signature *sig) {
  const Signature *slot = signatureSlot(walk, sig);
  return slot->length == sig->length &&
         memcmp(slot->key, sig->key, sig->length * sizeof(sig->key[0])) == 0;
}

//===----------------------------------------------------------------------===//
// Driver
//===----------------------------------------------------------------------===//

// Returns false if `op` (an ane.* op described by `def`) violates a rule.
static bool verifyOp(WalkState *walk, MlirOperation op,
                     MlirStringRef fullName, const AneOpDef *def) {
  Verifier v;
  memset(&v, 0, sizeof(v));
  v.op = op;
  v.def = def;
  v.walk = walk;
  size_t n = fullName.length < sizeof(v.name) - 1 ? fullName.length
                                                  : sizeof(v.name) - 1;
  memcpy(v.name, fullName.data, n);
  v.name[n] = '\0';
  v.numOperands = mlirOperationGetNumOperands(op);

  // Counts are IRDL's job; re-checked so the group verifiers can index
  // operands and the result freely.
  if (v.numOperands < def->minOperands ||
      (def->maxOperands >= 0 && v.numOperands > def->maxOperands)) {
    emitOpError(&v, "has %" PRIdPTR " operands, which is not a valid count",
                v.numOperands);
    return false;
  }
  v.numResults = mlirOperationGetNumResults(op);
  if (def->flags & ANE_OPF_VARIADIC_RESULTS) {
    if (v.numResults < 1) {
      emitOpError(&v, "requires at least one result");
      return false;
    }
  } else if (v.numResults != 1) {
    emitOpError(&v, "requires exactly one result, got %" PRIdPTR,
                v.numResults);
    return false;
  }
  return checkTypes(&v) && kVerifiers[def->id](&v);
}

static MlirWalkResult verifyCallback(MlirOperation op, void *userData) {
  WalkState *walk = userData;
  MlirStringRef shortName;
  if (!aneGetOpShortName(op, &shortName))
    return MlirWalkResultAdvance;
  // Unknown ane.* names cannot get past IRDL at parse time; if one is built
  // another way there is nothing to check it against.
  const AneOpDef *def = lookupOpCached(walk, shortName);
  if (!def)
    return MlirWalkResultAdvance;
  Signature sig;
  bool known = walk->passed && readSignature(op, shortName, &sig);
  if (known && hasPassed(walk, &sig))
    return MlirWalkResultAdvance;
  // shortName points into the full name, just past "ane.".
  MlirStringRef fullName =
      mlirStringRefCreate(shortName.data - 4, shortName.length + 4);
  if (!verifyOp(walk, op, fullName, def))
    walk->failed = true;
  else if (known)
    *signatureSlot(walk, &sig) = sig;
  return MlirWalkResultAdvance;
}

MlirLogicalResult aneVerifyOperation(MlirOperation op) {
  if (mlirOperationIsNull(op))
    return mlirLogicalResultFailure();
  WalkState walk; // ~6 KB
  memset(&walk, 0, sizeof(walk));
  // ~66 KB, of which only the slots used are touched; without it every op
  // is checked in full.
  walk.passed = malloc(kSignatureSlots * sizeof(Signature));
  for (int i = 0; walk.passed && i < kSignatureSlots; ++i)
    walk.passed[i].length = 0;
  mlirOperationWalk(op, verifyCallback, &walk, MlirWalkPreOrder);
  free(walk.passed);
  return walk.failed ? mlirLogicalResultFailure() : mlirLogicalResultSuccess();
}
