//===- export_ops.c - One ane.* (or opaque mil.*) op -> MIL statements -----===//
//
// coremlc style: every attribute becomes a named const written just before
// the op (`<op>_<param>`), tensors are passed by name, parameters are
// sorted by name, and the op's `name` attribute is its SSA name.
//
//===----------------------------------------------------------------------===//

#include "export_internal.h"

#include "conventions.h"
#include "dialect/constant.h"
#include "dialect/fp16.h"
#include "mlir_types.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { kMaxArgs = 32, kMaxList = 64 };

typedef struct {
  const char *key;
  const char *value;
} Arg;

typedef struct {
  MilExporter *ex;
  MlirOperation op;
  MlirContext context;
  const char *name; ///< The first result's MIL name.
  Arg args[kMaxArgs];
  size_t numArgs;
  /// Statement attributes besides `name` (an opaque op's `mil.attributes`
  /// dictionary), or null.
  MlirAttribute statementAttrs;
} Emit;

static MlirStringRef ref(const char *s) {
  return mlirStringRefCreateFromCString(s);
}

static bool isOpNamed(MlirOperation op, const char *name) {
  MlirStringRef s = mlirIdentifierStr(mlirOperationGetName(op));
  return s.length == strlen(name) && memcmp(s.data, name, s.length) == 0;
}

static bool addArg(Emit *e, const char *key, const char *value) {
  if (e->numArgs == kMaxArgs)
    return milExportError(e->op, "too many parameters");
  e->args[e->numArgs++] = (Arg){key, value};
  return true;
}

// A parameter written as a named const holding `value`.
static bool constArg(Emit *e, const char *key, MlirAttribute value) {
  char desired[300];
  snprintf(desired, sizeof(desired), "%s_%s", e->name, key);
  const char *name = milClaimName(e->ex, desired);
  if (!name)
    return milExportError(e->op, "out of memory");
  return milEmitConst(e->ex, e->op, name, value) && addArg(e, key, name);
}

// A parameter written as a named const of packed integers (dialect/
// packed.h).
static bool packedArg(Emit *e, const char *key, MlirAttribute bytes,
                      MilDType dtype, int rank, const int64_t *dims) {
  char desired[300];
  snprintf(desired, sizeof(desired), "%s_%s", e->name, key);
  const char *name = milClaimName(e->ex, desired);
  if (!name)
    return milExportError(e->op, "out of memory");
  return milEmitPackedConst(e->ex, e->op, name, bytes, dtype, rank, dims) &&
         addArg(e, key, name);
}

static bool tensorArg(Emit *e, const char *key, MlirValue v) {
  const char *name = milValueName(e->ex, v);
  if (!name)
    return milExportError(e->op, "operand '%s' has no MIL name", key);
  return addArg(e, key, name);
}

static bool tupleArg(Emit *e, const char *key, const MlirValue *values,
                     size_t n) {
  size_t length = 3;
  for (size_t i = 0; i < n; ++i) {
    const char *name = milValueName(e->ex, values[i]);
    if (!name)
      return milExportError(e->op, "operand '%s' has no MIL name", key);
    length += strlen(name) + 2;
  }
  char *text = milArenaAlloc(&e->ex->arena, length);
  if (!text)
    return milExportError(e->op, "out of memory");
  size_t k = 0;
  text[k++] = '(';
  for (size_t i = 0; i < n; ++i)
    k += (size_t)snprintf(text + k, length - k, "%s%s", i ? ", " : "",
                          milValueName(e->ex, values[i]));
  snprintf(text + k, length - k, ")");
  return addArg(e, key, text);
}

// Byte order, a shorter prefix first.
static int compareRefs(MlirStringRef a, MlirStringRef b) {
  size_t n = a.length < b.length ? a.length : b.length;
  int c = n ? memcmp(a.data, b.data, n) : 0;
  if (c)
    return c;
  return a.length < b.length ? -1 : a.length > b.length;
}

static int compareArgs(const void *a, const void *b) {
  return strcmp(((const Arg *)a)->key, ((const Arg *)b)->key);
}

// `TYPE r0[, TYPE r1] = op(k = v, ...)[name = string("r0")];`
static bool finish(Emit *e, const char *milOp) {
  AneBuffer *t = &e->ex->out->text;
  qsort(e->args, e->numArgs, sizeof(Arg), compareArgs);
  aneBufferAppendString(t, MIL_INDENT_BODY);
  intptr_t numResults = mlirOperationGetNumResults(e->op);
  for (intptr_t i = 0; i < numResults; ++i) {
    MlirValue r = mlirOperationGetResult(e->op, i);
    if (i)
      aneBufferAppendString(t, ", ");
    if (!milAppendValueType(e->ex, e->op, mlirValueGetType(r)))
      return false;
    aneBufferAppendf(t, " %s", milValueName(e->ex, r));
  }
  aneBufferAppendf(t, " = %s(", milOp);
  for (size_t i = 0; i < e->numArgs; ++i)
    aneBufferAppendf(t, "%s%s = %s", i ? ", " : "", e->args[i].key,
                   e->args[i].value);
  aneBufferAppendString(t, ")[");
  // Sorted by key, `name` among them, as coremlc writes them (a dictionary
  // attribute keeps its entries sorted).
  intptr_t numAttrs = mlirAttributeIsNull(e->statementAttrs)
                          ? 0
                          : mlirDictionaryAttrGetNumElements(e->statementAttrs);
  bool nameWritten = false;
  for (intptr_t i = 0; i <= numAttrs; ++i) {
    MlirNamedAttribute a = {{NULL}, {NULL}};
    if (i < numAttrs)
      a = mlirDictionaryAttrGetElement(e->statementAttrs, i);
    MlirStringRef key = i < numAttrs ? mlirIdentifierStr(a.name) : ref("");
    if (!nameWritten && (i == numAttrs || compareRefs(key, ref("name")) > 0)) {
      aneBufferAppendf(t, "%sname = string(\"%s\")", i ? ", " : "", e->name);
      nameWritten = true;
    }
    if (i == numAttrs)
      break;
    char shown[160];
    if (!milIsIdentifier(key))
      return milExportError(e->op,
                            "cannot export opaque op: statement attribute "
                            "\"%s\" is not a MIL identifier",
                            milFormatForMessage(key, shown, sizeof(shown)));
    aneBufferAppendf(t, "%s%.*s = ", i || nameWritten ? ", " : "",
                     (int)key.length, key.data);
    if (!milAppendLiteral(e->ex, e->op, a.attribute))
      return false;
  }
  aneBufferAppendString(t, "];\n");
  return true;
}

//===----------------------------------------------------------------------===//
// Reading the ANE op's attributes
//===----------------------------------------------------------------------===//

static MlirAttribute attr(Emit *e, const char *name) {
  return mlirOperationGetAttributeByName(e->op, ref(name));
}

static bool missing(Emit *e, const char *name, const char *kind) {
  return milExportError(e->op, "'%s' must be %s", name, kind);
}

static bool i32Range(Emit *e, const char *name, int64_t v) {
  if (v < INT32_MIN || v > INT32_MAX)
    return milExportError(e->op, "'%s' value %lld does not fit MIL's int32",
                          name, (long long)v);
  return true;
}

// An array<i64> attribute as a `tensor<int32, [n]>` const.
static bool listArg(Emit *e, const char *key, const int64_t *values,
                    size_t n) {
  int32_t v32[kMaxList];
  for (size_t i = 0; i < n; ++i) {
    if (!i32Range(e, key, values[i]))
      return false;
    v32[i] = (int32_t)values[i];
  }
  int64_t shape = (int64_t)n;
  MlirType type = mlirRankedTensorTypeGet(
      1, &shape, mlirIntegerTypeGet(e->context, 32), mlirAttributeGetNull());
  return constArg(e, key,
                  mlirDenseElementsAttrInt32Get(type, (intptr_t)n, v32));
}

static bool arrayAttrArg(Emit *e, const char *name, const char *key) {
  MlirAttribute a = attr(e, name);
  if (mlirAttributeIsNull(a) || !mlirAttributeIsADenseI64Array(a) ||
      mlirDenseArrayGetNumElements(a) > kMaxList)
    return missing(e, name, "an array<i64> attribute");
  int64_t values[kMaxList];
  size_t n = (size_t)mlirDenseArrayGetNumElements(a);
  for (size_t i = 0; i < n; ++i)
    values[i] = mlirDenseI64ArrayGetElement(a, (intptr_t)i);
  return listArg(e, key, values, n);
}

// An array<i64> of 0/1 entries as a `tensor<bool, [n]>` const.
static bool boolListArg(Emit *e, const char *name) {
  MlirAttribute a = attr(e, name);
  if (mlirAttributeIsNull(a) || !mlirAttributeIsADenseI64Array(a) ||
      mlirDenseArrayGetNumElements(a) > kMaxList)
    return missing(e, name, "an array<i64> of 0/1 entries");
  int values[kMaxList];
  int64_t n = mlirDenseArrayGetNumElements(a);
  for (int64_t i = 0; i < n; ++i)
    values[i] = mlirDenseI64ArrayGetElement(a, (intptr_t)i) != 0;
  MlirType type = mlirRankedTensorTypeGet(
      1, &n, mlirIntegerTypeGet(e->context, 1), mlirAttributeGetNull());
  return constArg(e, name, mlirDenseElementsAttrBoolGet(type, (intptr_t)n,
                                                        values));
}

static bool boolArg(Emit *e, const char *name) {
  MlirAttribute a = attr(e, name);
  if (mlirAttributeIsNull(a) || !mlirAttributeIsABool(a))
    return missing(e, name, "a bool attribute");
  return constArg(e, name, mlirBoolAttrGet(e->context,
                                           mlirBoolAttrGetValue(a)));
}

static bool intArg(Emit *e, const char *name) {
  MlirAttribute a = attr(e, name);
  if (mlirAttributeIsNull(a) || !mlirAttributeIsAInteger(a))
    return missing(e, name, "an integer attribute");
  int64_t v = mlirIntegerAttrGetValueInt(a);
  if (!i32Range(e, name, v))
    return false;
  return constArg(e, name,
                  mlirIntegerAttrGet(mlirIntegerTypeGet(e->context, 32), v));
}

// A float attribute as fp16 when x is fp16 and the value is exact in fp16
// (what a MIL import of an fp16 value gives back), otherwise as fp32
// (allowed from iOS17 on), so the value round-trips exactly.
static bool floatLikeXArg(Emit *e, const char *name) {
  MlirAttribute a = attr(e, name);
  if (mlirAttributeIsNull(a) || !mlirAttributeIsAFloat(a))
    return missing(e, name, "a float attribute");
  double eps = mlirFloatAttrGetValueDouble(a);
  MlirType xElement = mlirShapedTypeGetElementType(
      mlirValueGetType(mlirOperationGetOperand(e->op, 0)));
  bool half = mlirTypeIsAF16(xElement) &&
              (double)aneHalfToFloat(aneFloatToHalf((float)eps)) == eps;
  MlirType type = half ? mlirF16TypeGet(e->context) : mlirF32TypeGet(e->context);
  return constArg(e, name, mlirFloatAttrDoubleGet(e->context, type, eps));
}

static bool epsilonArg(Emit *e) { return floatLikeXArg(e, "epsilon"); }

static bool stringArg(Emit *e, const char *key, const char *value) {
  return constArg(e, key, mlirStringAttrGet(e->context, ref(value)));
}

static bool operand(Emit *e, const char *key, intptr_t i) {
  return tensorArg(e, key, mlirOperationGetOperand(e->op, i));
}

//===----------------------------------------------------------------------===//
// ane.* ops
//===----------------------------------------------------------------------===//

// The shape MIL gives a layer_norm's gamma and beta: the dims of x at the
// normalized axes, in axis order. False if the axes or x are not usable
// (the verifier rejects such an op first).
static bool milLayerNormParamShape(MlirOperation ln, int64_t *dims,
                                   intptr_t *rank) {
  MlirType x = mlirValueGetType(mlirOperationGetOperand(ln, 0));
  MlirAttribute axes = mlirOperationGetAttributeByName(ln, ref("axes"));
  if (!mlirTypeIsARankedTensor(x) || mlirAttributeIsNull(axes) ||
      !mlirAttributeIsADenseI64Array(axes))
    return false;
  intptr_t xRank = mlirShapedTypeGetRank(x);
  bool normalized[MIL_MAX_RANK] = {false};
  for (intptr_t i = 0; i < mlirDenseArrayGetNumElements(axes); ++i) {
    int64_t a = mlirDenseI64ArrayGetElement(axes, i);
    a = a < 0 ? a + xRank : a;
    if (a < 0 || a >= xRank || xRank > MIL_MAX_RANK)
      return false;
    normalized[a] = true;
  }
  *rank = 0;
  for (intptr_t i = 0; i < xRank; ++i)
    if (normalized[i])
      dims[(*rank)++] = mlirShapedTypeGetDimSize(x, i);
  return true;
}

static bool hasShape(MlirType type, const int64_t *dims, intptr_t rank) {
  if (!mlirTypeIsARankedTensor(type) || mlirShapedTypeGetRank(type) != rank)
    return false;
  for (intptr_t i = 0; i < rank; ++i)
    if (mlirShapedTypeGetDimSize(type, i) != dims[i])
      return false;
  return true;
}

// An ane.reshape of a value that already has the MIL shape of the
// layer_norm gamma/beta slot it feeds (what the importer creates for axes
// that are not the trailing ones); its input is passed instead.
static bool isMilParamReshape(MlirOperation reshape, MlirOperation ln) {
  if (!isOpNamed(reshape, "ane.reshape") ||
      mlirOperationGetNumOperands(reshape) != 1)
    return false;
  int64_t dims[MIL_MAX_RANK];
  intptr_t rank;
  return milLayerNormParamShape(ln, dims, &rank) &&
         hasShape(mlirValueGetType(mlirOperationGetOperand(reshape, 0)), dims,
                  rank);
}

static bool milIsElidedReshape(MlirOperation op) {
  if (!isOpNamed(op, "ane.reshape") || mlirOperationGetNumResults(op) != 1)
    return false;
  MlirOpOperand use = mlirValueGetFirstUse(mlirOperationGetResult(op, 0));
  if (mlirOpOperandIsNull(use))
    return false;
  for (; !mlirOpOperandIsNull(use); use = mlirOpOperandGetNextUse(use)) {
    MlirOperation user = mlirOpOperandGetOwner(use);
    unsigned slot = mlirOpOperandGetOperandNumber(use);
    if (!isOpNamed(user, "ane.layer_norm") || (slot != 1 && slot != 2) ||
        !isMilParamReshape(op, user))
      return false;
  }
  return true;
}

bool milIsReshapedConst(MlirOperation op) {
  if (!isOpNamed(op, "arith.constant") || mlirOperationGetNumResults(op) != 1)
    return false;
  MlirValue v = mlirOperationGetResult(op, 0);
  MlirOpOperand use = mlirValueGetFirstUse(v);
  if (mlirOpOperandIsNull(use))
    return false;
  for (; !mlirOpOperandIsNull(use); use = mlirOpOperandGetNextUse(use)) {
    MlirOperation user = mlirOpOperandGetOwner(use);
    unsigned slot = mlirOpOperandGetOperandNumber(use);
    int64_t dims[MIL_MAX_RANK];
    intptr_t rank;
    if (!isOpNamed(user, "ane.layer_norm") || (slot != 1 && slot != 2) ||
        !milLayerNormParamShape(user, dims, &rank) ||
        hasShape(mlirValueGetType(v), dims, rank))
      return false;
  }
  return true;
}

// gamma / beta (operand `i`) of ane.layer_norm in MIL's shape: as it is, the
// input of an elided reshape, or a constant written again in that shape.
static bool layerNormParamArg(Emit *e, const char *key, intptr_t i) {
  MlirValue v = mlirOperationGetOperand(e->op, i);
  int64_t dims[MIL_MAX_RANK];
  intptr_t rank;
  if (!milLayerNormParamShape(e->op, dims, &rank))
    return missing(e, "axes", "valid axes of x");
  if (hasShape(mlirValueGetType(v), dims, rank))
    return tensorArg(e, key, v);
  MlirOperation def =
      mlirValueIsAOpResult(v) ? mlirOpResultGetOwner(v) : (MlirOperation){NULL};
  if (!mlirOperationIsNull(def) && milIsElidedReshape(def))
    return tensorArg(e, key, mlirOperationGetOperand(def, 0));
  MlirAttribute value =
      mlirOperationIsNull(def) || !isOpNamed(def, "arith.constant")
          ? mlirAttributeGetNull()
          : mlirOperationGetAttributeByName(def, ref("value"));
  if (!mlirAttributeIsNull(value) && mlirAttributeIsADenseElements(value)) {
    MlirType type = mlirRankedTensorTypeGet(
        rank, dims, mlirShapedTypeGetElementType(mlirValueGetType(v)),
        mlirAttributeGetNull());
    return constArg(e, key, mlirDenseElementsAttrReshapeGet(value, type));
  }
  return milExportError(e->op,
                        "'%s' of ane.layer_norm must be a constant or have "
                        "MIL's shape (the dims of x at axes) to be exported",
                        key);
}

// quantize/dequantize: what MIL's defaults give is left out, as the import
// fills it in: a scalar zero_point of 0, and the axis with a scalar scale
// (the verifier keeps it 0; MIL takes no axis then).
static bool quantizationArgs(Emit *e, bool quantize) {
  MlirAttribute scale = attr(e, "scale"), zeroPoint = attr(e, "zero_point");
  if (mlirAttributeIsNull(scale) || mlirAttributeIsNull(zeroPoint))
    return missing(e, mlirAttributeIsNull(scale) ? "scale" : "zero_point",
                   "a constant attribute");
  if (quantize) {
    MilDType to = milDTypeFromMlir(mlirShapedTypeGetElementType(
        mlirValueGetType(mlirOperationGetResult(e->op, 0))));
    if (to != MIL_DT_INT8 && to != MIL_DT_UINT8)
      return milExportError(e->op, "cannot export a quantize to this "
                                   "element type");
    if (!stringArg(e, "output_dtype", milDTypeName(to)))
      return false;
  }
  double z;
  bool defaultZero = mlirAttributeIsAInteger(zeroPoint) &&
                     aneConstantElement(zeroPoint, 0, &z) && z == 0;
  bool perChannel = mlirAttributeIsADenseElements(scale) &&
                    mlirShapedTypeGetRank(mlirAttributeGetType(scale)) > 0;
  return constArg(e, "scale", scale) &&
         (defaultZero || constArg(e, "zero_point", zeroPoint)) &&
         (!perChannel || intArg(e, "axis")) && operand(e, "input", 0);
}

static intptr_t expectedOperands(MilOpKind kind) {
  switch (kind) {
  case MIL_OP_BINARY:
  case MIL_OP_MATMUL:
  case MIL_OP_GATHER:
    return 2;
  case MIL_OP_SELECT:
    return 3;
  case MIL_OP_LINEAR:
  case MIL_OP_LAYER_NORM:
    return 3;
  case MIL_OP_CONCAT:
  case MIL_OP_CONV:
    return -1;
  case MIL_OP_CONSTEXPR_AFFINE_DEQUANTIZE:
  case MIL_OP_CONSTEXPR_LUT_TO_DENSE:
  case MIL_OP_CONSTEXPR_BLOCKWISE_SHIFT_SCALE:
    return 0;
  default:
    return 1;
  }
}

static bool isStringArray(MlirAttribute a) {
  if (!mlirAttributeIsAArray(a))
    return false;
  for (intptr_t i = 0; i < mlirArrayAttrGetNumElements(a); ++i)
    if (!mlirAttributeIsAString(mlirArrayAttrGetElement(a, i)))
      return false;
  return true;
}

// split_sizes, num_splits or both, as the imported statement wrote them
// (mil.split_params, conventions.h); num_splits alone only while the parts
// are equal.
static bool splitArgs(Emit *e) {
  MlirAttribute sizes = attr(e, "split_sizes");
  intptr_t n = mlirOperationGetNumResults(e->op);
  if (mlirAttributeIsNull(sizes) || !mlirAttributeIsADenseI64Array(sizes) ||
      mlirDenseArrayGetNumElements(sizes) != n)
    return missing(e, "split_sizes", "an array<i64> with one entry per result");
  bool writeNum = false, writeSizes = false;
  MlirAttribute params = attr(e, MIL_ATTR_SPLIT_PARAMS);
  if (mlirAttributeIsNull(params)) {
    writeSizes = true;
  } else {
    bool ok = isStringArray(params) && mlirArrayAttrGetNumElements(params) > 0;
    for (intptr_t i = 0; ok && i < mlirArrayAttrGetNumElements(params); ++i) {
      MlirStringRef p = mlirStringAttrGetValue(mlirArrayAttrGetElement(params, i));
      if (mlirStringRefEqual(p, ref("num_splits")))
        writeNum = true;
      else if (mlirStringRefEqual(p, ref("split_sizes")))
        writeSizes = true;
      else
        ok = false;
    }
    if (!ok)
      return missing(e, MIL_ATTR_SPLIT_PARAMS,
                     "an array of \"num_splits\" and \"split_sizes\"");
  }
  for (intptr_t i = 1; !writeSizes && i < n; ++i)
    writeSizes = mlirDenseI64ArrayGetElement(sizes, i) !=
                 mlirDenseI64ArrayGetElement(sizes, 0);
  return intArg(e, "axis") &&
         (!writeNum ||
          constArg(e, "num_splits",
                   mlirIntegerAttrGet(mlirIntegerTypeGet(e->context, 32), n))) &&
         (!writeSizes || arrayAttrArg(e, "split_sizes", "split_sizes")) &&
         operand(e, "x", 0);
}

// The static shape of a ranked tensor type; false if it has none.
static bool staticShape(MlirType type, int *rank, int64_t *dims) {
  if (!mlirTypeIsARankedTensor(type) || !mlirShapedTypeHasStaticShape(type) ||
      mlirShapedTypeGetRank(type) > MIL_MAX_RANK)
    return false;
  *rank = (int)mlirShapedTypeGetRank(type);
  for (int i = 0; i < *rank; ++i)
    dims[i] = mlirShapedTypeGetDimSize(type, i);
  return true;
}

static MlirNamedAttribute named(Emit *e, const char *key, MlirAttribute a) {
  return mlirNamedAttributeGet(mlirIdentifierGet(e->context, ref(key)), a);
}

// A [K] lut is iOS16's form: every parameter a statement attribute, the
// index bytes a uint8 tensor, the shape spelled out. Otherwise iOS18's:
// uint<log2 K> indices of the result's shape and the lut as named consts.
static bool emitLutToDense(Emit *e) {
  MlirAttribute indices = attr(e, "indices"), lut = attr(e, "lut");
  int rank, lutRank;
  int64_t dims[MIL_MAX_RANK], lutDims[MIL_MAX_RANK + 2];
  if (mlirAttributeIsNull(indices) || mlirAttributeIsNull(lut) ||
      !mlirAttributeIsADenseElements(lut))
    return missing(e, "indices and lut", "dense attributes");
  MlirType lutType = mlirAttributeGetType(lut);
  lutRank = (int)mlirShapedTypeGetRank(lutType);
  if (!staticShape(mlirValueGetType(mlirOperationGetResult(e->op, 0)), &rank,
                   dims) ||
      lutRank > MIL_MAX_RANK + 2 || lutRank < 1)
    return milExportError(e->op, "cannot export this lut or result shape");
  for (int i = 0; i < lutRank; ++i)
    lutDims[i] = mlirShapedTypeGetDimSize(lutType, i);
  if (lutRank == 1) {
    uint32_t shape[MIL_MAX_RANK];
    for (int i = 0; i < rank; ++i) {
      if (dims[i] > (int64_t)UINT32_MAX)
        return milExportError(e->op, "dim %lld does not fit uint32",
                              (long long)dims[i]);
      shape[i] = (uint32_t)dims[i];
    }
    int64_t n = rank;
    MlirType shapeType = mlirRankedTensorTypeGet(
        1, &n, mlirIntegerTypeUnsignedGet(e->context, 32),
        mlirAttributeGetNull());
    MlirNamedAttribute entries[3] = {
        named(e, "indices", indices), named(e, "lut", lut),
        named(e, "shape",
              mlirDenseElementsAttrUInt32Get(shapeType, rank, shape))};
    e->statementAttrs = mlirDictionaryAttrGet(e->context, 3, entries);
    return true;
  }
  static const MilDType kIndexTypes[] = {MIL_DT_UINT1, MIL_DT_UINT2,
                                         MIL_DT_UINT3, MIL_DT_UINT4,
                                         MIL_DT_INVALID, MIL_DT_UINT6,
                                         MIL_DT_INVALID, MIL_DT_UINT8};
  int64_t entries = lutDims[lutRank - 2];
  MilDType dtype = MIL_DT_INVALID;
  for (int bits = 1; bits <= 8; ++bits)
    if (entries == (INT64_C(1) << bits))
      dtype = kIndexTypes[bits - 1];
  if (dtype == MIL_DT_INVALID)
    return milExportError(e->op, "a lut of %lld entries has no MIL index "
                                 "dtype",
                          (long long)entries);
  // The indices: the result's shape, the vector_axis dim divided by V.
  MlirAttribute vectorAxis = attr(e, "vector_axis");
  bool hasAxis = !mlirAttributeIsNull(vectorAxis) &&
                 mlirAttributeIsAInteger(vectorAxis);
  if (hasAxis) {
    int64_t axis = mlirIntegerAttrGetValueInt(vectorAxis);
    int64_t vectorSize = lutDims[lutRank - 1];
    if (axis < 0)
      axis += rank;
    if (axis < 0 || axis >= rank || vectorSize <= 0 ||
        dims[axis] % vectorSize != 0)
      return milExportError(e->op, "vector_axis does not fit the result");
    dims[axis] /= vectorSize;
  }
  return packedArg(e, "indices", indices, dtype, rank, dims) &&
         constArg(e, "lut", lut) && (!hasAxis || intArg(e, "vector_axis"));
}

// iOS18's form: data (and an integer offset) as packed named consts.
static bool emitBlockwiseShiftScale(Emit *e) {
  MlirAttribute data = attr(e, "data"), scale = attr(e, "scale"),
                offset = attr(e, "offset"), dtypeName = attr(e, "data_dtype");
  int rank, scaleRank;
  int64_t dims[MIL_MAX_RANK], scaleDims[MIL_MAX_RANK];
  if (mlirAttributeIsNull(data) || mlirAttributeIsNull(scale) ||
      mlirAttributeIsNull(offset) || mlirAttributeIsNull(dtypeName) ||
      !mlirAttributeIsAString(dtypeName) ||
      !mlirAttributeIsADenseElements(scale))
    return missing(e, "data, data_dtype, offset and scale",
                   "attributes (data_dtype a string)");
  MlirStringRef name = mlirStringAttrGetValue(dtypeName);
  MilDType dtype = milDTypeFromName(name.data, name.length);
  if (!staticShape(mlirValueGetType(mlirOperationGetResult(e->op, 0)), &rank,
                   dims) ||
      !staticShape(mlirAttributeGetType(scale), &scaleRank, scaleDims) ||
      !milDTypeIsInteger(dtype) || milDTypeBits(dtype) > 8)
    return milExportError(e->op, "cannot export this data, scale or result");
  if (!packedArg(e, "data", data, dtype, rank, dims) ||
      !constArg(e, "scale", scale))
    return false;
  if (mlirAttributeIsAUnit(offset))
    return true;
  bool packed = mlirAttributeIsADenseElements(offset) &&
                mlirTypeIsAInteger(
                    mlirShapedTypeGetElementType(mlirAttributeGetType(offset)));
  return packed ? packedArg(e, "offset", offset, dtype, scaleRank, scaleDims)
                : constArg(e, "offset", offset);
}

static bool emitKind(Emit *e, const MilOpInfo *info) {
  MlirOperation op = e->op;
  switch (info->kind) {
  case MIL_OP_REDUCE:
    return arrayAttrArg(e, "axes", "axes") && boolArg(e, "keep_dims") &&
           operand(e, "x", 0);
  case MIL_OP_BINARY:
    return operand(e, "x", 0) && operand(e, "y", 1);
  case MIL_OP_UNARY_EPSILON:
    return epsilonArg(e) && operand(e, "x", 0);
  case MIL_OP_UNARY:
    return operand(e, "x", 0);
  case MIL_OP_SELECT:
    return operand(e, "cond", 0) && operand(e, "a", 1) && operand(e, "b", 2);
  case MIL_OP_CLIP:
    return floatLikeXArg(e, "alpha") && floatLikeXArg(e, "beta") &&
           operand(e, "x", 0);
  case MIL_OP_GELU: {
    MlirAttribute mode = attr(e, "mode");
    if (mlirAttributeIsNull(mode) || !mlirAttributeIsAString(mode))
      return missing(e, "mode", "a string attribute");
    return constArg(e, "mode", mode) && operand(e, "x", 0);
  }
  case MIL_OP_MATMUL:
    return boolArg(e, "transpose_x") && boolArg(e, "transpose_y") &&
           operand(e, "x", 0) && operand(e, "y", 1);
  case MIL_OP_LINEAR:
    return operand(e, "x", 0) && operand(e, "weight", 1) &&
           operand(e, "bias", 2);
  case MIL_OP_CONV: {
    MlirAttribute padType = attr(e, "pad_type");
    intptr_t n = mlirOperationGetNumOperands(op);
    if (mlirAttributeIsNull(padType) || !mlirAttributeIsAString(padType))
      return missing(e, "pad_type", "a string attribute");
    if (n < 2 || n > 3)
      return milExportError(op, "'ane.conv' has 2 or 3 operands, got %lld",
                            (long long)n);
    return arrayAttrArg(e, "strides", "strides") &&
           constArg(e, "pad_type", padType) && arrayAttrArg(e, "pad", "pad") &&
           arrayAttrArg(e, "dilations", "dilations") && intArg(e, "groups") &&
           operand(e, "x", 0) && operand(e, "weight", 1) &&
           (n == 2 || operand(e, "bias", 2));
  }
  case MIL_OP_SOFTMAX:
    return intArg(e, "axis") && operand(e, "x", 0);
  case MIL_OP_LAYER_NORM:
    return arrayAttrArg(e, "axes", "axes") && epsilonArg(e) &&
           operand(e, "x", 0) && layerNormParamArg(e, "gamma", 1) &&
           layerNormParamArg(e, "beta", 2);
  case MIL_OP_RESHAPE:
    return arrayAttrArg(e, "shape", "shape") && operand(e, "x", 0);
  case MIL_OP_TRANSPOSE:
    return arrayAttrArg(e, "perm", "perm") && operand(e, "x", 0);
  case MIL_OP_CONCAT: {
    intptr_t n = mlirOperationGetNumOperands(op);
    MlirValue *values = calloc(n ? (size_t)n : 1, sizeof(MlirValue));
    if (!values)
      return milExportError(op, "out of memory");
    for (intptr_t i = 0; i < n; ++i)
      values[i] = mlirOperationGetOperand(op, i);
    bool ok = intArg(e, "axis") && boolArg(e, "interleave") &&
              tupleArg(e, "values", values, (size_t)n);
    free(values);
    return ok;
  }
  case MIL_OP_SLICE_BY_SIZE:
    return arrayAttrArg(e, "begin", "begin") &&
           arrayAttrArg(e, "size", "size") && operand(e, "x", 0);
  case MIL_OP_CONSTEXPR_AFFINE_DEQUANTIZE: {
    // Written as iOS16 does (and direct-ANE programs, in ios18 functions
    // too): every parameter a statement attribute, the data in weight.bin.
    MlirAttribute axis = attr(e, "axis");
    if (mlirAttributeIsNull(axis) || !mlirAttributeIsAInteger(axis))
      return missing(e, "axis", "an integer attribute");
    int64_t value = mlirIntegerAttrGetValueInt(axis);
    if (!i32Range(e, "axis", value))
      return false;
    static const char *const kKeys[] = {"quantized_data", "scale",
                                        "zero_point"};
    MlirNamedAttribute entries[4];
    entries[0] = mlirNamedAttributeGet(
        mlirIdentifierGet(e->context, ref("axis")),
        mlirIntegerAttrGet(mlirIntegerTypeGet(e->context, 32), value));
    for (int i = 0; i < 3; ++i) {
      MlirAttribute a = attr(e, kKeys[i]);
      if (mlirAttributeIsNull(a))
        return missing(e, kKeys[i], "a constant attribute");
      entries[i + 1] =
          mlirNamedAttributeGet(mlirIdentifierGet(e->context, ref(kKeys[i])), a);
    }
    e->statementAttrs = mlirDictionaryAttrGet(e->context, 4, entries);
    return true;
  }
  case MIL_OP_CONSTEXPR_LUT_TO_DENSE:
    return emitLutToDense(e);
  case MIL_OP_CONSTEXPR_BLOCKWISE_SHIFT_SCALE:
    return emitBlockwiseShiftScale(e);
  case MIL_OP_SLICE_BY_INDEX: {
    bool ok = arrayAttrArg(e, "begin", "begin") &&
              arrayAttrArg(e, "end", "end") &&
              arrayAttrArg(e, "stride", "stride");
    static const char *const kMasks[3] = {"begin_mask", "end_mask",
                                          "squeeze_mask"};
    for (int k = 0; ok && k < 3; ++k)
      ok = boolListArg(e, kMasks[k]);
    return ok && operand(e, "x", 0);
  }
  case MIL_OP_PAD: {
    MlirAttribute mode = attr(e, "mode");
    if (mlirAttributeIsNull(mode) || !mlirAttributeIsAString(mode))
      return missing(e, "mode", "a string attribute");
    return floatLikeXArg(e, "constant_val") && constArg(e, "mode", mode) &&
           arrayAttrArg(e, "pad", "pad") && operand(e, "x", 0);
  }
  case MIL_OP_EXPAND_DIMS:
  case MIL_OP_SQUEEZE:
    return arrayAttrArg(e, "axes", "axes") && operand(e, "x", 0);
  case MIL_OP_TILE:
    return arrayAttrArg(e, "reps", "reps") && operand(e, "x", 0);
  case MIL_OP_CAST: {
    MilDType to = milDTypeFromMlir(mlirShapedTypeGetElementType(
        mlirValueGetType(mlirOperationGetResult(op, 0))));
    if (to != MIL_DT_FP16 && to != MIL_DT_FP32 && to != MIL_DT_INT32 &&
        to != MIL_DT_INT8 && to != MIL_DT_UINT8 && to != MIL_DT_BOOL)
      return milExportError(op, "cannot export a cast to this element type");
    return stringArg(e, "dtype", milDTypeName(to)) && operand(e, "x", 0);
  }
  case MIL_OP_QUANTIZE:
  case MIL_OP_DEQUANTIZE:
    return quantizationArgs(e, info->kind == MIL_OP_QUANTIZE);
  case MIL_OP_GATHER:
    return intArg(e, "axis") && intArg(e, "batch_dims") &&
           operand(e, "x", 0) && operand(e, "indices", 1);
  case MIL_OP_REDUCE_ARGMAX:
    return intArg(e, "axis") && boolArg(e, "keep_dims") && operand(e, "x", 0);
  case MIL_OP_SPLIT:
    return splitArgs(e);
  case MIL_OP_NO_MIL:
    break;
  }
  return milExportError(op,
                        "'%s' has no MIL op on the ANE path: run `ane-opt "
                        "--lower-norms` first to lower it to ops MIL has",
                        info->aneName);
}

bool milExportAneOp(MilExporter *ex, MlirOperation op, const MilOpInfo *info) {
  Emit e = {ex, op, mlirOperationGetContext(op), NULL, {{0}}, 0, {NULL}};
  if (milIsElidedReshape(op))
    return true;
  if (info->kind == MIL_OP_NO_MIL)
    return emitKind(&e, info);
  intptr_t expected = expectedOperands(info->kind);
  intptr_t n = mlirOperationGetNumOperands(op);
  intptr_t numResults = mlirOperationGetNumResults(op);
  if ((expected >= 0 && n != expected) || (expected != 0 && n == 0) ||
      numResults < 1 || (!info->manyResults && numResults != 1))
    return milExportError(op, "'%s' has an unexpected number of operands or "
                              "results",
                          info->aneName);
  e.name = milValueName(ex, mlirOperationGetResult(op, 0));
  return emitKind(&e, info) && finish(&e, info->milName);
}

//===----------------------------------------------------------------------===//
// Opaque mil.* ops
//===----------------------------------------------------------------------===//

static bool inStringArray(MlirAttribute array, MlirStringRef s) {
  if (mlirAttributeIsNull(array))
    return false;
  intptr_t n = mlirArrayAttrGetNumElements(array);
  for (intptr_t i = 0; i < n; ++i)
    if (mlirStringRefEqual(mlirStringAttrGetValue(
                               mlirArrayAttrGetElement(array, i)),
                           s))
      return true;
  return false;
}


static const char *arenaString(Emit *e, MlirStringRef s) {
  return milArenaStrndup(&e->ex->arena, s.data, s.length);
}

bool milExportOpaqueOp(MilExporter *ex, MlirOperation op) {
  MlirStringRef fullName = mlirIdentifierStr(mlirOperationGetName(op));
  size_t prefix = strlen(MIL_OPAQUE_PREFIX);
  Emit e = {ex, op, mlirOperationGetContext(op), NULL, {{0}}, 0, {NULL}};
  intptr_t numResults = mlirOperationGetNumResults(op);
  e.name = numResults ? milValueName(ex, mlirOperationGetResult(op, 0))
                      : milClaimName(ex, "op");
  MlirStringRef opName = mlirStringRefCreate(fullName.data + prefix,
                                             fullName.length - prefix);
  char shown[160];
  if (!milIsIdentifier(opName))
    return milExportError(op,
                          "cannot export opaque op \"%s\": the MIL op name "
                          "after 'mil.' is not an identifier "
                          "([A-Za-z_][A-Za-z0-9_]*)",
                          milFormatForMessage(fullName, shown, sizeof(shown)));
  char *milOp = milArenaStrndup(&ex->arena, opName.data, opName.length);
  if (!milOp || !e.name)
    return milExportError(op, "out of memory");

  MlirAttribute names = attr(&e, MIL_ATTR_OPERANDS);
  MlirAttribute tuples = attr(&e, MIL_ATTR_TUPLES);
  e.statementAttrs = attr(&e, MIL_ATTR_ATTRIBUTES);
  if (!mlirAttributeIsNull(e.statementAttrs) &&
      !mlirAttributeIsADictionary(e.statementAttrs))
    return milExportError(op, "'" MIL_ATTR_ATTRIBUTES
                              "' must be a dictionary of MIL attributes");
  intptr_t n = mlirOperationGetNumOperands(op);
  if (mlirAttributeIsNull(names) || !isStringArray(names) ||
      mlirArrayAttrGetNumElements(names) != n)
    return milExportError(op, "opaque op needs '" MIL_ATTR_OPERANDS
                              "', an array of one parameter name per operand");
  if (!mlirAttributeIsNull(tuples) && !isStringArray(tuples))
    return milExportError(op, "'" MIL_ATTR_TUPLES
                              "' must be an array of parameter names");
  MlirValue *group = calloc(n ? (size_t)n : 1, sizeof(MlirValue));
  if (!group)
    return milExportError(op, "out of memory");
  bool ok = true;
  for (intptr_t i = 0; ok && i < n; ++i) {
    MlirStringRef key =
        mlirStringAttrGetValue(mlirArrayAttrGetElement(names, i));
    if (!milIsIdentifier(key))
      ok = milExportError(op,
                          "cannot export opaque op: '" MIL_ATTR_OPERANDS
                          "' entry \"%s\" is not a MIL parameter name "
                          "([A-Za-z_][A-Za-z0-9_]*)",
                          milFormatForMessage(key, shown, sizeof(shown)));
  }
  // Operands, grouped by parameter name in order of first appearance.
  for (intptr_t i = 0; ok && i < n; ++i) {
    MlirStringRef key = mlirStringAttrGetValue(mlirArrayAttrGetElement(names, i));
    bool seen = false;
    for (intptr_t j = 0; j < i && !seen; ++j)
      seen = mlirStringRefEqual(
          key, mlirStringAttrGetValue(mlirArrayAttrGetElement(names, j)));
    if (seen)
      continue;
    size_t count = 0;
    for (intptr_t j = i; j < n; ++j)
      if (mlirStringRefEqual(key, mlirStringAttrGetValue(
                                      mlirArrayAttrGetElement(names, j))))
        group[count++] = mlirOperationGetOperand(op, j);
    const char *k = arenaString(&e, key);
    if (!k) {
      ok = milExportError(op, "out of memory");
    } else if (inStringArray(tuples, key)) {
      ok = tupleArg(&e, k, group, count);
    } else if (count != 1) {
      ok = milExportError(op, "parameter '%s' names %zu operands but is not "
                              "listed in '" MIL_ATTR_TUPLES "'",
                          k, count);
    } else {
      ok = tensorArg(&e, k, group[0]);
    }
  }
  free(group);
  // Attributes other than mil.*: named consts.
  intptr_t numAttrs = mlirOperationGetNumAttributes(op);
  for (intptr_t i = 0; ok && i < numAttrs; ++i) {
    MlirNamedAttribute a = mlirOperationGetAttribute(op, i);
    MlirStringRef key = mlirIdentifierStr(a.name);
    if (key.length >= prefix && memcmp(key.data, MIL_OPAQUE_PREFIX, prefix) == 0)
      continue;
    if (!milIsIdentifier(key)) {
      ok = milExportError(op,
                          "cannot export opaque op: attribute \"%s\" is not "
                          "a MIL parameter name ([A-Za-z_][A-Za-z0-9_]*)",
                          milFormatForMessage(key, shown, sizeof(shown)));
      break;
    }
    const char *k = arenaString(&e, key);
    ok = k ? constArg(&e, k, a.attribute)
           : milExportError(op, "out of memory");
  }
  return ok && finish(&e, milOp);
}
