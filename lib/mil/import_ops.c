//===- import_ops.c - One MIL op statement -> one ane.* op -----------------===//
//
// MIL parameters are operands in the text; the dialect takes tensors as
// operands and everything else as attributes. A const int/bool/string/float
// parameter (a named const or an inline literal) becomes the attribute, with
// MIL's default when absent (docs/mil-format.md §8); a tensor parameter becomes
// an operand (inline literals and consts as arith.constant).
//
// Attributes are read before tensors are resolved, so a statement found to
// be unsupported (to be kept opaque under --allow-unknown) has appended no
// constant yet.
//
//===----------------------------------------------------------------------===//

#include "import_internal.h"

#include "conventions.h"
#include "dialect/shape.h"
#include "mlir_types.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { kMaxAttrs = 8, kMaxList = 64 };

typedef struct {
  MilImporter *im;
  const MilStatement *stmt;
  const MilOpInfo *info;
  MilUnsupported *why;
  const MilBinding *result; ///< The first result.
  MlirNamedAttribute attrs[kMaxAttrs];
  int numAttrs;
  MlirValue *operands;
  size_t numOperands, operandCapacity;
  /// The mapping appended ops of its own for every result (a split into
  /// parts of different sizes): no op of `info` is built.
  bool resultsDefined;
} Build;

//===----------------------------------------------------------------------===//
// Outcomes
//===----------------------------------------------------------------------===//

__attribute__((format(printf, 3, 4))) static MilMapStatus
unsupported(Build *b, MilPos pos, const char *fmt, ...) {
  b->why->pos = pos;
  va_list args;
  va_start(args, fmt);
  vsnprintf(b->why->message, sizeof(b->why->message), fmt, args);
  va_end(args);
  return MIL_MAP_UNSUPPORTED;
}

#define FAIL(pos, ...)                                                         \
  (milImportError(b->im, (pos), __VA_ARGS__), MIL_MAP_ERROR)
#define TRY(expr)                                                              \
  do {                                                                         \
    MilMapStatus status_ = (expr);                                             \
    if (status_ != MIL_MAP_OK)                                                 \
      return status_;                                                          \
  } while (0)

static const char *opName(Build *b) { return b->stmt->op; }

static const MilParam *findParam(Build *b, const char *key) {
  for (size_t i = 0; i < b->stmt->numParams; ++i)
    if (strcmp(b->stmt->params[i].key, key) == 0)
      return &b->stmt->params[i];
  return NULL;
}

// Every parameter is one the op takes, at most once.
static MilMapStatus checkParamNames(Build *b) {
  for (size_t i = 0; i < b->stmt->numParams; ++i) {
    const MilParam *p = &b->stmt->params[i];
    if (!milOpHasParam(b->info, p->key))
      return unsupported(b, p->pos,
                         "'%s' has no parameter '%s' (it takes %s)",
                         opName(b), p->key, b->info->params);
    for (size_t j = 0; j < i; ++j)
      if (strcmp(b->stmt->params[j].key, p->key) == 0)
        return FAIL(p->pos, "parameter '%s' of '%s' is given twice", p->key,
                    opName(b));
  }
  return MIL_MAP_OK;
}

static void addAttr(Build *b, const char *name, MlirAttribute value) {
  b->attrs[b->numAttrs++] = mlirNamedAttributeGet(
      mlirIdentifierGet(b->im->context, mlirStringRefCreateFromCString(name)),
      value);
}

static MilMapStatus addOperand(Build *b, MlirValue v) {
  if (b->numOperands == b->operandCapacity) {
    size_t capacity = b->operandCapacity ? b->operandCapacity * 2 : 4;
    MlirValue *grown = realloc(b->operands, capacity * sizeof(MlirValue));
    if (!grown)
      return FAIL(b->stmt->opPos, "out of memory");
    b->operands = grown;
    b->operandCapacity = capacity;
  }
  b->operands[b->numOperands++] = v;
  return MIL_MAP_OK;
}

//===----------------------------------------------------------------------===//
// Const parameters -> attribute values
//===----------------------------------------------------------------------===//

// The const literal of parameter (or statement attribute) `p` as written:
// an inline literal or the literal of a named const (`*symbol`, else NULL),
// not loaded.
static MilMapStatus constLiteral(Build *b, const MilParam *p,
                                 const MilLiteral **out, MilSymbol **symbol) {
  const char *key = p->key;
  *out = NULL;
  *symbol = NULL;
  switch (p->value.kind) {
  case MIL_VALUE_TUPLE:
    return FAIL(p->value.pos, "parameter '%s' of '%s' cannot be a tuple",
                key, opName(b));
  case MIL_VALUE_LITERAL:
    if (p->value.literal->kind == MIL_LIT_DICT)
      return FAIL(p->value.pos, "parameter '%s' of '%s' cannot be a dict",
                  key, opName(b));
    *out = p->value.literal;
    return MIL_MAP_OK;
  case MIL_VALUE_NAME:
    break;
  }
  MilSymbol *s = milLookupSymbol(b->im, p->value.name);
  if (!s)
    return FAIL(p->value.pos, "use of undefined value '%s'", p->value.name);
  if (s->kind != MIL_SYM_CONST)
    return unsupported(b, p->value.pos,
                       "parameter '%s' of '%s' must be a const, but '%s' is "
                       "computed at run time",
                       key, opName(b), p->value.name);
  *symbol = s;
  *out = s->literal;
  return MIL_MAP_OK;
}

// The const value of parameter (or statement attribute) `p`: an inline
// literal or the name of a const, loaded (BLOBFILE data read).
static MilMapStatus constValue(Build *b, const MilParam *p,
                               const MilLiteral **out) {
  MilSymbol *s;
  TRY(constLiteral(b, p, out, &s));
  if (!s) {
    *out = milLoadLiteral(b->im, *out);
    return *out ? MIL_MAP_OK : MIL_MAP_ERROR;
  }
  if (!s->loaded)
    s->loaded = milLoadLiteral(b->im, s->literal);
  if (!s->loaded)
    return MIL_MAP_ERROR;
  s->usedAsAttribute = true;
  *out = s->loaded;
  return MIL_MAP_OK;
}

// The value of const parameter `key`, or NULL (OK) if it is absent.
static MilMapStatus constParam(Build *b, const char *key,
                               const MilLiteral **out, MilPos *pos) {
  *out = NULL;
  const MilParam *p = findParam(b, key);
  if (!p)
    return MIL_MAP_OK;
  *pos = p->value.pos;
  return constValue(b, p, out);
}

static bool isList(const MilLiteral *lit) {
  return !lit->type.isTensor || lit->type.rank <= 1;
}

static MilMapStatus intListParam(Build *b, const char *key, int64_t *values,
                                 size_t *count, bool *present) {
  const MilLiteral *lit;
  MilPos pos;
  TRY(constParam(b, key, &lit, &pos));
  *present = lit != NULL;
  *count = 0;
  if (!lit)
    return MIL_MAP_OK;
  if (!milDTypeIsInteger(lit->type.dtype) || !isList(lit)) {
    char type[160];
    milFormatType(&lit->type, type, sizeof(type));
    return FAIL(pos, "parameter '%s' of '%s' must be an integer list, got %s",
                key, opName(b), type);
  }
  if (lit->count > kMaxList)
    return FAIL(pos, "parameter '%s' of '%s' has %lld entries (at most %d)",
                key, opName(b), (long long)lit->count, kMaxList);
  for (int64_t i = 0; i < lit->count; ++i)
    values[i] = lit->ints[i];
  *count = (size_t)lit->count;
  return MIL_MAP_OK;
}

// A one-value const parameter of the given category.
static MilMapStatus scalarParam(Build *b, const char *key, const char *what,
                                bool (*accepts)(MilDType),
                                const MilLiteral **out) {
  MilPos pos;
  TRY(constParam(b, key, out, &pos));
  if (!*out)
    return MIL_MAP_OK;
  if (!accepts((*out)->type.dtype) || (*out)->count != 1) {
    char type[160];
    milFormatType(&(*out)->type, type, sizeof(type));
    return FAIL(pos, "parameter '%s' of '%s' must be %s, got %s", key,
                opName(b), what, type);
  }
  return MIL_MAP_OK;
}

static bool isBool(MilDType d) { return d == MIL_DT_BOOL; }
static bool isString(MilDType d) { return d == MIL_DT_STRING; }

static MilMapStatus intParam(Build *b, const char *key, int64_t fallback,
                             int64_t *out) {
  const MilLiteral *lit;
  TRY(scalarParam(b, key, "an integer", milDTypeIsInteger, &lit));
  *out = lit ? lit->ints[0] : fallback;
  return MIL_MAP_OK;
}

static MilMapStatus boolParam(Build *b, const char *key, bool fallback,
                              bool *out) {
  const MilLiteral *lit;
  TRY(scalarParam(b, key, "a bool", isBool, &lit));
  *out = lit ? lit->ints[0] != 0 : fallback;
  return MIL_MAP_OK;
}

static MilMapStatus floatParam(Build *b, const char *key, double fallback,
                               double *out) {
  const MilLiteral *lit;
  TRY(scalarParam(b, key, "a float", milDTypeIsFloat, &lit));
  *out = lit ? lit->floats[0] : fallback;
  return MIL_MAP_OK;
}

static MilMapStatus stringParam(Build *b, const char *key,
                                const char *fallback, const char **out,
                                MilPos *pos) {
  const MilLiteral *lit;
  TRY(scalarParam(b, key, "a string", isString, &lit));
  *out = lit ? lit->strings[0] : fallback;
  const MilParam *p = findParam(b, key);
  *pos = p ? p->value.pos : b->stmt->opPos;
  return MIL_MAP_OK;
}

static MlirAttribute i64Array(Build *b, const int64_t *values, size_t n) {
  return mlirDenseI64ArrayGet(b->im->context, (intptr_t)n, values);
}

static MlirAttribute i64Attr(Build *b, int64_t v) {
  return mlirIntegerAttrGet(mlirIntegerTypeGet(b->im->context, 64), v);
}

static MlirAttribute f32Attr(Build *b, double v) {
  return mlirFloatAttrDoubleGet(b->im->context, mlirF32TypeGet(b->im->context),
                                v);
}

static MlirAttribute boolAttr(Build *b, bool v) {
  return mlirBoolAttrGet(b->im->context, v);
}

//===----------------------------------------------------------------------===//
// Tensor parameters -> operands
//===----------------------------------------------------------------------===//

static MilMapStatus resolveTensor(Build *b, const MilValue *v, const char *key,
                                  size_t index, MlirValue *out) {
  if (v->kind == MIL_VALUE_TUPLE)
    return FAIL(v->pos, "parameter '%s' of '%s' cannot be a tuple", key,
                opName(b));
  if (v->kind == MIL_VALUE_LITERAL) {
    char name[256];
    if (index == (size_t)-1)
      snprintf(name, sizeof(name), "%s_%s", b->result->name, key);
    else
      snprintf(name, sizeof(name), "%s_%s_%zu", b->result->name, key, index);
    *out = milMaterializeLiteral(b->im, v->literal, name, v->pos);
    return mlirValueIsNull(*out) ? MIL_MAP_ERROR : MIL_MAP_OK;
  }
  MilSymbol *s = milLookupSymbol(b->im, v->name);
  if (!s)
    return FAIL(v->pos, "use of undefined value '%s'", v->name);
  if (mlirValueIsNull(s->value))
    return FAIL(v->pos,
                "'%s' is a %s const, which cannot be a tensor operand of "
                "'%s' (the dialect's tensors are fp16, fp32, int32 or bool)",
                v->name, milDTypeName(s->type->dtype), opName(b));
  *out = s->value;
  return MIL_MAP_OK;
}

static MilMapStatus tensorParam(Build *b, const char *key, MlirValue *out) {
  const MilParam *p = findParam(b, key);
  if (!p)
    return FAIL(b->stmt->opPos, "'%s' needs parameter '%s'", opName(b), key);
  return resolveTensor(b, &p->value, key, (size_t)-1, out);
}

// The MLIR type a tensor parameter will have, without materializing it.
static MilMapStatus tensorParamType(Build *b, const char *key, MlirType *out) {
  const MilParam *p = findParam(b, key);
  if (!p)
    return FAIL(b->stmt->opPos, "'%s' needs parameter '%s'", opName(b), key);
  const MilValue *v = &p->value;
  if (v->kind == MIL_VALUE_TUPLE)
    return FAIL(v->pos, "parameter '%s' of '%s' cannot be a tuple", key,
                opName(b));
  if (v->kind == MIL_VALUE_LITERAL) {
    *out = milTypeToMlir(b->im->context, &v->literal->type, true);
  } else {
    MilSymbol *s = milLookupSymbol(b->im, v->name);
    if (!s)
      return FAIL(v->pos, "use of undefined value '%s'", v->name);
    *out = !mlirValueIsNull(s->value)
               ? mlirValueGetType(s->value)
               : milTypeToMlir(b->im->context, s->type, true);
  }
  if (mlirTypeIsNull(*out))
    return FAIL(v->pos, "parameter '%s' of '%s' must be a tensor", key,
                opName(b));
  return MIL_MAP_OK;
}

// Rank and static last dim of a tensor parameter.
static MilMapStatus tensorShape(Build *b, const char *key, intptr_t *rank,
                                int64_t *lastDim) {
  MlirType type;
  TRY(tensorParamType(b, key, &type));
  *rank = mlirShapedTypeGetRank(type);
  *lastDim = *rank > 0 ? mlirShapedTypeGetDimSize(type, *rank - 1) : 1;
  return MIL_MAP_OK;
}

//===----------------------------------------------------------------------===//
// Per kind
//===----------------------------------------------------------------------===//

static MilMapStatus mapReduce(Build *b) {
  int64_t axes[kMaxList];
  size_t n;
  bool present, keepDims;
  TRY(intListParam(b, "axes", axes, &n, &present));
  TRY(boolParam(b, "keep_dims", false, &keepDims));
  if (!present) { // default: every axis
    intptr_t rank;
    int64_t last;
    TRY(tensorShape(b, "x", &rank, &last));
    for (intptr_t i = 0; i < rank && i < kMaxList; ++i)
      axes[n++] = i;
  }
  addAttr(b, "axes", i64Array(b, axes, n));
  addAttr(b, "keep_dims", boolAttr(b, keepDims));
  MlirValue x;
  TRY(tensorParam(b, "x", &x));
  return addOperand(b, x);
}

static MilMapStatus mapBinary(Build *b) {
  MlirValue x, y;
  TRY(tensorParam(b, "x", &x));
  TRY(tensorParam(b, "y", &y));
  TRY(addOperand(b, x));
  return addOperand(b, y);
}

static MilMapStatus mapUnaryEpsilon(Build *b) {
  double epsilon;
  TRY(floatParam(b, "epsilon", b->info->defaultEpsilon, &epsilon));
  addAttr(b, "epsilon", f32Attr(b, epsilon));
  MlirValue x;
  TRY(tensorParam(b, "x", &x));
  return addOperand(b, x);
}

static MilMapStatus mapUnary(Build *b) {
  MlirValue x;
  TRY(tensorParam(b, "x", &x));
  return addOperand(b, x);
}

static MilMapStatus mapSelect(Build *b) {
  const char *keys[3] = {"cond", "a", "b"};
  for (int i = 0; i < 3; ++i) {
    MlirValue v;
    TRY(tensorParam(b, keys[i], &v));
    TRY(addOperand(b, v));
  }
  return MIL_MAP_OK;
}

// alpha and beta are required in MIL (no defaults).
static MilMapStatus mapClip(Build *b) {
  const char *keys[2] = {"alpha", "beta"};
  for (int i = 0; i < 2; ++i) {
    double value;
    if (!findParam(b, keys[i]))
      return FAIL(b->stmt->opPos, "'clip' needs parameter '%s'", keys[i]);
    TRY(floatParam(b, keys[i], 0.0, &value));
    addAttr(b, keys[i], f32Attr(b, value));
  }
  return mapUnary(b);
}

static MilMapStatus mapGelu(Build *b) {
  const char *mode;
  MilPos pos;
  TRY(stringParam(b, "mode", "EXACT", &mode, &pos));
  if (strcmp(mode, "EXACT") != 0 && strcmp(mode, "TANH_APPROXIMATION") != 0)
    return unsupported(b, pos,
                       "gelu mode \"%s\" is not supported by ane.gelu (it "
                       "takes EXACT or TANH_APPROXIMATION)",
                       mode);
  addAttr(b, "mode",
          mlirStringAttrGet(b->im->context,
                            mlirStringRefCreateFromCString(mode)));
  return mapUnary(b);
}

static MilMapStatus mapMatmul(Build *b) {
  bool tx, ty;
  TRY(boolParam(b, "transpose_x", false, &tx));
  TRY(boolParam(b, "transpose_y", false, &ty));
  addAttr(b, "transpose_x", boolAttr(b, tx));
  addAttr(b, "transpose_y", boolAttr(b, ty));
  return mapBinary(b);
}

static MilMapStatus mapLinear(Build *b) {
  MlirValue x, weight, bias;
  TRY(tensorParam(b, "x", &x));
  TRY(tensorParam(b, "weight", &weight));
  if (findParam(b, "bias")) {
    TRY(tensorParam(b, "bias", &bias));
  } else { // default: zeros [N]
    MlirType wt = mlirValueGetType(weight);
    int64_t n = mlirShapedTypeGetRank(wt) == 2
                    ? mlirShapedTypeGetDimSize(wt, 0)
                    : mlirShapedTypeGetDynamicSize();
    if (mlirShapedTypeIsDynamicSize(n))
      return FAIL(b->stmt->opPos,
                  "'linear' without 'bias' needs a static 2-D weight");
    MlirType type = mlirRankedTensorTypeGet(
        1, &n, mlirShapedTypeGetElementType(wt), mlirAttributeGetNull());
    char name[256];
    snprintf(name, sizeof(name), "%s_bias", b->result->name);
    bias = milMaterializeSplat(b->im, type, 0.0, name, b->stmt->opPos);
    if (mlirValueIsNull(bias))
      return MIL_MAP_ERROR;
  }
  TRY(addOperand(b, x));
  TRY(addOperand(b, weight));
  return addOperand(b, bias);
}

// MIL's defaults: strides and dilations 1, groups 1, pad_type "valid",
// pad zeros. The pad attribute is always the resolved padding; for "same"
// and "same_lower" it is computed from the shapes (the verifier checks it).
static MilMapStatus mapConv(Build *b) {
  MlirType xType, wType;
  TRY(tensorParamType(b, "x", &xType));
  TRY(tensorParamType(b, "weight", &wType));
  intptr_t rank = mlirShapedTypeGetRank(xType);
  if (rank < 3 || rank > 5 || mlirShapedTypeGetRank(wType) != rank)
    return FAIL(b->stmt->opPos,
                "'conv' needs x of rank 3..5 and a weight of the same rank");
  size_t spatial = (size_t)rank - 2;
  int64_t strides[kMaxList], dilations[kMaxList], pad[kMaxList], groups;
  size_t n;
  bool present;
  const char *keys[2] = {"strides", "dilations"};
  int64_t *lists[2] = {strides, dilations};
  for (int i = 0; i < 2; ++i) {
    TRY(intListParam(b, keys[i], lists[i], &n, &present));
    if (!present)
      for (n = 0; n < spatial; ++n)
        lists[i][n] = 1;
    if (n != spatial)
      return FAIL(findParam(b, keys[i])->value.pos,
                  "'conv' parameter '%s' has %zu entries, expected %zu (one "
                  "per spatial dim)",
                  keys[i], n, spatial);
  }
  TRY(intParam(b, "groups", 1, &groups));
  const char *padType;
  MilPos padTypePos;
  TRY(stringParam(b, "pad_type", "valid", &padType, &padTypePos));
  bool same = strcmp(padType, "same") == 0;
  bool sameLower = strcmp(padType, "same_lower") == 0;
  bool custom = strcmp(padType, "custom") == 0;
  if (!same && !sameLower && !custom && strcmp(padType, "valid") != 0)
    return FAIL(padTypePos,
                "'conv' pad_type must be \"valid\", \"same\", "
                "\"same_lower\" or \"custom\", got \"%s\"",
                padType);
  TRY(intListParam(b, "pad", pad, &n, &present));
  if (custom && present && n != 2 * spatial)
    return FAIL(findParam(b, "pad")->value.pos,
                "'conv' parameter 'pad' has %zu entries, expected %zu (two "
                "per spatial dim)",
                n, 2 * spatial);
  for (size_t i = 0; i < spatial; ++i) {
    int64_t in = mlirShapedTypeGetDimSize(xType, (intptr_t)(2 + i));
    int64_t k = mlirShapedTypeGetDimSize(wType, (intptr_t)(2 + i));
    if (custom) {
      if (!present)
        pad[2 * i] = pad[2 * i + 1] = 0;
      continue;
    }
    pad[2 * i] = pad[2 * i + 1] = 0;
    if (!same && !sameLower)
      continue;
    if (mlirShapedTypeIsDynamicSize(in) || mlirShapedTypeIsDynamicSize(k))
      return FAIL(padTypePos, "'conv' with pad_type \"%s\" needs static "
                              "spatial dims",
                  padType);
    aneConvSamePadding(in, k, strides[i], dilations[i], sameLower,
                       &pad[2 * i], &pad[2 * i + 1]);
  }
  addAttr(b, "strides", i64Array(b, strides, spatial));
  addAttr(b, "pad_type",
          mlirStringAttrGet(b->im->context,
                            mlirStringRefCreateFromCString(padType)));
  addAttr(b, "pad", i64Array(b, pad, 2 * spatial));
  addAttr(b, "dilations", i64Array(b, dilations, spatial));
  addAttr(b, "groups", i64Attr(b, groups));
  MlirValue x, weight, bias;
  TRY(tensorParam(b, "x", &x));
  TRY(tensorParam(b, "weight", &weight));
  TRY(addOperand(b, x));
  TRY(addOperand(b, weight));
  if (!findParam(b, "bias"))
    return MIL_MAP_OK;
  TRY(tensorParam(b, "bias", &bias));
  return addOperand(b, bias);
}

// Where constexpr parameter `key` is given: an operand-list parameter or
// (iOS16) a statement attribute, not both; NULL (OK) if absent and
// `optional`.
static MilMapStatus constexprSource(Build *b, const char *key, bool optional,
                                    const MilParam **out) {
  const MilParam *p = findParam(b, key);
  for (size_t i = 0; i < b->stmt->numAttributes; ++i) {
    const MilParam *a = &b->stmt->attributes[i];
    if (strcmp(a->key, key) != 0)
      continue;
    if (p)
      return FAIL(a->pos, "'%s' of '%s' is given twice", key, opName(b));
    p = a;
  }
  if (!p && !optional)
    return FAIL(b->stmt->opPos, "'%s' needs '%s'", opName(b), key);
  *out = p;
  return MIL_MAP_OK;
}

// A constexpr parameter, a literal or the name of a const; the packed data
// is read bit-exactly and kept as it is.
static MilMapStatus constexprParam(Build *b, const char *key,
                                   MlirAttribute *out) {
  const MilParam *p;
  TRY(constexprSource(b, key, false, &p));
  const MilLiteral *lit;
  TRY(constValue(b, p, &lit));
  *out = milLiteralToAttribute(b->im, lit);
  return mlirAttributeIsNull(*out) ? MIL_MAP_ERROR : MIL_MAP_OK;
}

// A constexpr parameter of packed integers (uint1 ... uint8, int4, int8):
// its bytes exactly as the weight file holds them (dialect/packed.h), a
// 1-D ui8 attribute; `*lit` is its literal (dtype, shape, position).
static MilMapStatus packedParam(Build *b, const MilParam *p,
                                MlirAttribute *out, const MilLiteral **lit) {
  MilSymbol *s;
  TRY(constLiteral(b, p, lit, &s));
  MilDType dtype = (*lit)->type.dtype;
  if (!milDTypeIsInteger(dtype) || milDTypeBits(dtype) > 8)
    return FAIL((*lit)->pos,
                "'%s' of '%s' must hold packed integers (uint1, uint2, uint3, "
                "uint4, uint6, uint8, int4 or int8), got %s",
                p->key, opName(b), milDTypeName(dtype));
  *out = milLiteralToPacked(b->im, *lit);
  if (mlirAttributeIsNull(*out))
    return MIL_MAP_ERROR;
  if (s)
    s->usedAsAttribute = true;
  return MIL_MAP_OK;
}

// Every statement attribute (iOS16 style) is one of `keys` (`name` among
// them); another is not dropped: the statement is unsupported.
static MilMapStatus checkStatementAttributes(Build *b,
                                             const char *const *keys,
                                             size_t numKeys) {
  for (size_t i = 0; i < b->stmt->numAttributes; ++i) {
    const MilParam *a = &b->stmt->attributes[i];
    bool known = false;
    for (size_t k = 0; k < numKeys; ++k)
      known |= strcmp(a->key, keys[k]) == 0;
    if (!known)
      return unsupported(b, a->pos,
                         "the attribute '%s' of MIL op '%s' has no place on "
                         "'%s'",
                         a->key, opName(b), b->info->aneName);
  }
  return MIL_MAP_OK;
}

// The literal is a tensor of the result's shape, except that dim `axis`
// (if >= 0) is the result's divided by `vectorSize`.
static MilMapStatus checkResultShaped(Build *b, const char *key,
                                      const MilLiteral *lit, int64_t axis,
                                      int64_t vectorSize) {
  const MilType *rt = &b->result->type;
  bool same = lit->type.isTensor && lit->type.rank == rt->rank;
  for (int i = 0; same && i < rt->rank; ++i)
    same = i == axis ? lit->type.dims[i] * vectorSize == rt->dims[i]
                     : lit->type.dims[i] == rt->dims[i];
  if (!same)
    return FAIL(lit->pos,
                "'%s' of '%s' must have the shape of the result%s", key,
                opName(b),
                axis >= 0 ? " with the vector_axis dim divided by the "
                            "vector size (the lut's last dim)"
                          : "");
  return MIL_MAP_OK;
}

static MilMapStatus mapConstexprLutToDense(Build *b) {
  static const char *const kKeys[] = {"indices", "lut", "name", "shape",
                                      "vector_axis"};
  TRY(checkStatementAttributes(b, kKeys, 5));
  const MilParam *indicesParam, *shapeParam, *axisParam;
  MlirAttribute lut, indices, vectorAxis = mlirUnitAttrGet(b->im->context);
  const MilLiteral *indicesLit;
  TRY(constexprSource(b, "indices", false, &indicesParam));
  TRY(constexprSource(b, "shape", true, &shapeParam));
  TRY(constexprSource(b, "vector_axis", true, &axisParam));
  TRY(constexprParam(b, "lut", &lut));
  TRY(packedParam(b, indicesParam, &indices, &indicesLit));
  MlirType lutType = mlirAttributeGetType(lut);
  bool iOS16 = mlirAttributeIsADenseElements(lut) &&
               mlirShapedTypeGetRank(lutType) == 1;
  const MilType *rt = &b->result->type;
  if (iOS16) {
    // iOS16: uint8 bytes of indices packed log2(K) bits each, and the
    // output shape spelled out.
    if (indicesLit->type.dtype != MIL_DT_UINT8 || indicesLit->type.rank != 1)
      return FAIL(indicesLit->pos,
                  "'indices' of '%s' with a [K] lut (iOS16) must be "
                  "tensor<uint8, [M]>, the packed index bytes",
                  opName(b));
    if (!shapeParam)
      return FAIL(b->stmt->opPos, "'%s' with a [K] lut (iOS16) needs 'shape'",
                  opName(b));
    if (axisParam)
      return FAIL(axisParam->pos,
                  "'vector_axis' of '%s' needs a [..., K, V] lut (iOS18)",
                  opName(b));
    const MilLiteral *shape;
    TRY(constValue(b, shapeParam, &shape));
    bool same = shape->kind == MIL_LIT_VALUES && shape->type.isTensor &&
                milDTypeIsInteger(shape->type.dtype) &&
                shape->type.rank == 1 && shape->count == rt->rank;
    for (int i = 0; same && i < rt->rank; ++i)
      same = shape->ints[i] == rt->dims[i];
    if (!same)
      return FAIL(shape->pos,
                  "'shape' of '%s' must be a uint32 tensor equal to the "
                  "result's static shape",
                  opName(b));
  } else {
    // iOS18: indices of the result's shape, uint<log2(K)>, one table per
    // block (the verifier checks the lut's shape).
    if (shapeParam)
      return FAIL(shapeParam->pos,
                  "'shape' of '%s' goes only with a [K] lut (iOS16)",
                  opName(b));
    int64_t rank = mlirAttributeIsADenseElements(lut)
                       ? mlirShapedTypeGetRank(lutType)
                       : 0;
    // vector_axis: the result dim each index fills lut.shape[-1] values of.
    int64_t axis = -1,
            vectorSize =
                rank >= 1 ? mlirShapedTypeGetDimSize(lutType, rank - 1) : 1;
    if (axisParam) {
      const MilLiteral *value;
      TRY(constValue(b, axisParam, &value));
      if (value->kind != MIL_LIT_VALUES || value->count != 1 ||
          !milDTypeIsInteger(value->type.dtype) ||
          !aneNormalizeAxis(value->ints[0], rt->rank, &axis))
        return FAIL(value->pos,
                    "'vector_axis' of '%s' must be an int32 axis of the "
                    "result",
                    opName(b));
      vectorAxis = i64Attr(b, value->ints[0]);
    }
    TRY(checkResultShaped(b, "indices", indicesLit, axis,
                          vectorSize > 0 ? vectorSize : 1));
    int64_t entries =
        rank >= 2 ? mlirShapedTypeGetDimSize(lutType, (intptr_t)rank - 2) : 0;
    MilDType dtype = indicesLit->type.dtype;
    if (!milDTypeIsUnsigned(dtype))
      return FAIL(indicesLit->pos,
                  "'indices' of '%s' must be uint1 ... uint8, got %s",
                  opName(b), milDTypeName(dtype));
    int64_t needed = INT64_C(1) << milDTypeBits(dtype);
    if (entries != needed)
      return FAIL(indicesLit->pos,
                  "'indices' of '%s' are %s, so the lut needs %lld entries "
                  "(its second-to-last dim), but it has %lld",
                  opName(b), milDTypeName(dtype), (long long)needed,
                  (long long)entries);
  }
  addAttr(b, "indices", indices);
  addAttr(b, "lut", lut);
  addAttr(b, "vector_axis", vectorAxis);
  return MIL_MAP_OK;
}

static MilMapStatus mapConstexprBlockwiseShiftScale(Build *b) {
  static const char *const kKeys[] = {"data", "name", "offset", "scale"};
  TRY(checkStatementAttributes(b, kKeys, 4));
  const MilParam *dataParam, *offsetParam;
  MlirAttribute data, scale, offset = mlirUnitAttrGet(b->im->context);
  const MilLiteral *dataLit, *offsetLit;
  TRY(constexprSource(b, "data", false, &dataParam));
  TRY(constexprSource(b, "offset", true, &offsetParam));
  // Float data (SrcT fp16/fp32) is MIL's too, but not packed: kept opaque.
  MilSymbol *dataSymbol;
  TRY(constLiteral(b, dataParam, &dataLit, &dataSymbol));
  if (milDTypeIsFloat(dataLit->type.dtype))
    return unsupported(b, dataLit->pos,
                       "'data' of '%s' is %s; only int4, uint4, int8 and "
                       "uint8 data are supported",
                       opName(b), milDTypeName(dataLit->type.dtype));
  TRY(constexprParam(b, "scale", &scale));
  TRY(packedParam(b, dataParam, &data, &dataLit));
  MilDType dtype = dataLit->type.dtype;
  if (dtype != MIL_DT_INT4 && dtype != MIL_DT_UINT4 && dtype != MIL_DT_INT8 &&
      dtype != MIL_DT_UINT8)
    return FAIL(dataLit->pos,
                "'data' of '%s' must be int4, uint4, int8 or uint8, got %s",
                opName(b), milDTypeName(dtype));
  TRY(checkResultShaped(b, "data", dataLit, -1, 1));
  if (offsetParam) {
    MilSymbol *s;
    TRY(constLiteral(b, offsetParam, &offsetLit, &s));
    if (milDTypeIsFloat(offsetLit->type.dtype)) {
      TRY(constexprParam(b, "offset", &offset));
    } else {
      if (offsetLit->type.dtype != dtype)
        return FAIL(offsetLit->pos,
                    "'offset' of '%s' must be a float or the dtype of 'data' "
                    "(%s), got %s",
                    opName(b), milDTypeName(dtype),
                    milDTypeName(offsetLit->type.dtype));
      TRY(packedParam(b, offsetParam, &offset, &offsetLit));
    }
  }
  addAttr(b, "data", data);
  addAttr(b, "data_dtype",
          mlirStringAttrGet(b->im->context,
                            mlirStringRefCreateFromCString(milDTypeName(dtype))));
  addAttr(b, "offset", offset);
  addAttr(b, "scale", scale);
  return MIL_MAP_OK;
}

static MilMapStatus mapConstexprAffineDequantize(Build *b) {
  static const char *const kKeys[] = {"axis", "name", "quantized_data",
                                      "scale", "zero_point"};
  TRY(checkStatementAttributes(b, kKeys, 5));
  MlirAttribute data, scale, zeroPoint, axis;
  TRY(constexprParam(b, "quantized_data", &data));
  TRY(constexprParam(b, "scale", &scale));
  TRY(constexprParam(b, "zero_point", &zeroPoint));
  TRY(constexprParam(b, "axis", &axis));
  if (!mlirAttributeIsAInteger(axis))
    return FAIL(b->stmt->opPos, "'axis' of '%s' must be an integer",
                opName(b));
  addAttr(b, "quantized_data", data);
  addAttr(b, "scale", scale);
  addAttr(b, "zero_point", zeroPoint);
  addAttr(b, "axis", i64Attr(b, mlirIntegerAttrGetValueInt(axis)));
  return MIL_MAP_OK;
}

static MilMapStatus mapSoftmax(Build *b) {
  int64_t axis;
  TRY(intParam(b, "axis", -1, &axis));
  addAttr(b, "axis", i64Attr(b, axis));
  return mapUnary(b);
}

// MIL's gamma and beta hold the normalized dims of x in axis order (x [B,
// C, 1, S] over axes [1]: [C]). ane.layer_norm takes that shape when the
// normalized axes are the trailing ones; otherwise a shape that broadcasts
// over the other dims (docs/dialect.md), here x's rank with 1 outside the
// axes ([1, C, 1, 1]): `*needsReshape` says so. Returns the shape the op
// takes; `*milType` is MIL's.
static MlirType layerNormParamType(MlirType x, const bool *normalized,
                                   bool *needsReshape, MlirType *milType) {
  intptr_t rank = mlirShapedTypeGetRank(x);
  int64_t milDims[MIL_MAX_RANK], irDims[MIL_MAX_RANK];
  intptr_t n = 0, first = rank;
  for (intptr_t i = 0; i < rank; ++i) {
    int64_t d = mlirShapedTypeGetDimSize(x, i);
    irDims[i] = normalized[i] ? d : 1;
    if (normalized[i]) {
      milDims[n++] = d;
      first = first < i ? first : i;
    }
  }
  // Trailing axes: the first normalized one and every one after it.
  *needsReshape = first + n != rank;
  MlirType element = mlirShapedTypeGetElementType(x);
  *milType =
      mlirRankedTensorTypeGet(n, milDims, element, mlirAttributeGetNull());
  return *needsReshape ? mlirRankedTensorTypeGet(rank, irDims, element,
                                                 mlirAttributeGetNull())
                       : *milType;
}

// An ane.reshape of a MIL gamma/beta `v` to `type` (docs/mil.md).
static MilMapStatus reshapeParam(Build *b, const char *key, MlirType type,
                                 MlirValue *v) {
  char name[256];
  snprintf(name, sizeof(name), "%s_%s", b->result->name, key);
  MlirOperationState state =
      mlirOperationStateGet(mlirStringRefCreateFromCString("ane.reshape"),
                            milImportNamedLoc(b->im, name, b->stmt->opPos));
  mlirOperationStateAddResults(&state, 1, &type);
  mlirOperationStateAddOperands(&state, 1, v);
  int64_t dims[MIL_MAX_RANK];
  intptr_t rank = mlirShapedTypeGetRank(type);
  for (intptr_t i = 0; i < rank; ++i)
    dims[i] = mlirShapedTypeGetDimSize(type, i);
  MlirNamedAttribute shape = mlirNamedAttributeGet(
      mlirIdentifierGet(b->im->context, mlirStringRefCreateFromCString("shape")),
      i64Array(b, dims, (size_t)rank));
  mlirOperationStateAddAttributes(&state, 1, &shape);
  MlirOperation op = mlirOperationCreate(&state);
  milAppendOp(b->im, op);
  *v = mlirOperationGetResult(op, 0);
  return MIL_MAP_OK;
}

static MilMapStatus mapLayerNorm(Build *b) {
  int64_t axes[kMaxList];
  size_t n;
  bool present;
  double epsilon;
  TRY(intListParam(b, "axes", axes, &n, &present));
  TRY(floatParam(b, "epsilon", b->info->defaultEpsilon, &epsilon));
  intptr_t rank;
  int64_t d;
  TRY(tensorShape(b, "x", &rank, &d));
  if (!present) // MIL's default: every axis
    for (intptr_t i = 0; i < rank && i < kMaxList; ++i)
      axes[n++] = i;
  // The verifier reports bad axes at the op; a gamma shape needs good ones.
  bool normalized[MIL_MAX_RANK] = {false}, axesValid = n > 0;
  for (size_t i = 0; i < n && axesValid; ++i) {
    int64_t a = axes[i] < 0 ? axes[i] + rank : axes[i];
    axesValid = a >= 0 && a < rank && rank <= MIL_MAX_RANK && !normalized[a];
    if (axesValid)
      normalized[a] = true;
  }
  addAttr(b, "axes", i64Array(b, axes, n));
  addAttr(b, "epsilon", f32Attr(b, epsilon));
  MlirValue x, gamma, beta;
  TRY(tensorParam(b, "x", &x));
  MlirType xType = mlirValueGetType(x);
  bool needDefault = !findParam(b, "gamma") || !findParam(b, "beta");
  bool staticNormalized = axesValid;
  for (intptr_t i = 0; i < rank && staticNormalized; ++i)
    staticNormalized = !normalized[i] || !mlirShapedTypeIsDynamicDim(xType, i);
  if (needDefault && !staticNormalized)
    return FAIL(b->stmt->opPos, "'layer_norm' without gamma or beta needs "
                                "valid axes over static dimensions");
  bool needsReshape = false;
  MlirType milType = {NULL}, paramType = {NULL};
  if (axesValid)
    paramType = layerNormParamType(xType, normalized, &needsReshape, &milType);
  const char *keys[2] = {"gamma", "beta"};
  MlirValue *values[2] = {&gamma, &beta};
  for (int i = 0; i < 2; ++i) {
    if (findParam(b, keys[i])) {
      TRY(tensorParam(b, keys[i], values[i]));
    } else { // MIL's default, in MIL's shape like a given one
      char name[256];
      snprintf(name, sizeof(name), "%s_%s", b->result->name, keys[i]);
      *values[i] = milMaterializeSplat(b->im, milType, i == 0 ? 1.0 : 0.0,
                                       name, b->stmt->opPos);
      if (mlirValueIsNull(*values[i]))
        return MIL_MAP_ERROR;
    }
  }
  // After both values, as a re-import of the exported defaults orders them.
  for (int i = 0; i < 2 && needsReshape; ++i)
    TRY(reshapeParam(b, keys[i], paramType, values[i]));
  TRY(addOperand(b, x));
  TRY(addOperand(b, gamma));
  return addOperand(b, beta);
}

static MilMapStatus requireList(Build *b, const char *key, int64_t *values,
                                size_t *n) {
  bool present;
  TRY(intListParam(b, key, values, n, &present));
  if (!present)
    return FAIL(b->stmt->opPos, "'%s' needs parameter '%s'", opName(b), key);
  return MIL_MAP_OK;
}

static MilMapStatus mapReshape(Build *b) {
  int64_t shape[kMaxList];
  size_t n;
  TRY(requireList(b, "shape", shape, &n));
  // ane.reshape's shape is the result shape: MIL's -1 / 0 entries are
  // resolved by the declared result type.
  const MilType *rt = &b->result->type;
  int rank = rt->isTensor ? rt->rank : 0;
  const MilParam *p = findParam(b, "shape");
  if ((int)n != rank)
    return FAIL(p->value.pos,
                "reshape shape has %zu entries but the declared result has "
                "rank %d",
                n, rank);
  int64_t dims[MIL_MAX_RANK];
  for (int i = 0; i < rank; ++i) {
    if (rt->dims[i] < 0)
      return FAIL(b->result->typePos,
                  "reshape needs a static declared result shape");
    if (shape[i] != rt->dims[i] && shape[i] != -1 && shape[i] != 0)
      return FAIL(p->value.pos,
                  "reshape shape entry %d is %lld but the declared result "
                  "dim is %lld",
                  i, (long long)shape[i], (long long)rt->dims[i]);
    dims[i] = rt->dims[i];
  }
  addAttr(b, "shape", i64Array(b, dims, (size_t)rank));
  return mapUnary(b);
}

static MilMapStatus mapTranspose(Build *b) {
  int64_t perm[kMaxList];
  size_t n;
  TRY(requireList(b, "perm", perm, &n));
  addAttr(b, "perm", i64Array(b, perm, n));
  return mapUnary(b);
}

// ane.concat's operands after the first share one type (ane_ops.def). When
// MIL's parts do not, the leading parts are joined first, left to right:
// concat(a, b, c, d) with b != c becomes t = concat(a, b); concat(t, c, d)
// (joining along one axis is associative). Export writes each as a MIL
// concat, which imports back to the same ops.
static MilMapStatus foldConcat(Build *b, int64_t axis, bool interleave) {
  size_t n = b->numOperands, first = 1;
  for (;;) {
    size_t end = first; // the run of equal types from `first`
    while (end < n && mlirTypeEqual(mlirValueGetType(b->operands[end]),
                                    mlirValueGetType(b->operands[first])))
      ++end;
    if (end >= n)
      return MIL_MAP_OK;
    if (interleave)
      return FAIL(b->stmt->opPos,
                  "an interleaved 'concat' needs values of one shape");
    // Join operands [0, end) into one value, then continue after it.
    MlirType accType = mlirValueGetType(b->operands[0]);
    intptr_t rank = mlirShapedTypeGetRank(accType);
    int64_t norm;
    if (!aneNormalizeAxis(axis, rank, &norm))
      return FAIL(b->stmt->opPos, "'concat' axis %lld is out of range for "
                                  "rank %lld",
                  (long long)axis, (long long)rank);
    int64_t dims[MIL_MAX_RANK];
    for (intptr_t d = 0; d < rank && d < MIL_MAX_RANK; ++d)
      dims[d] = mlirShapedTypeGetDimSize(accType, d);
    for (size_t i = 1; i < end; ++i) {
      MlirType t = mlirValueGetType(b->operands[i]);
      if (mlirShapedTypeGetRank(t) != rank)
        return FAIL(b->stmt->opPos, "'concat' values must have one rank");
      int64_t dim = mlirShapedTypeGetDimSize(t, norm);
      dims[norm] = mlirShapedTypeIsDynamicSize(dims[norm]) ||
                           mlirShapedTypeIsDynamicSize(dim)
                       ? mlirShapedTypeGetDynamicSize()
                       : dims[norm] + dim;
    }
    MlirType joined = mlirRankedTensorTypeGet(
        rank, dims, mlirShapedTypeGetElementType(accType),
        mlirAttributeGetNull());
    char name[300];
    snprintf(name, sizeof(name), "%s_part%zu", b->result->name, end);
    MlirOperationState state = mlirOperationStateGet(
        mlirStringRefCreateFromCString("ane.concat"),
        milImportNamedLoc(b->im, name, b->stmt->opPos));
    mlirOperationStateAddResults(&state, 1, &joined);
    mlirOperationStateAddOperands(&state, (intptr_t)end, b->operands);
    mlirOperationStateAddAttributes(&state, b->numAttrs, b->attrs);
    MlirOperation op = mlirOperationCreate(&state);
    milAppendOp(b->im, op);
    b->operands[end - 1] = mlirOperationGetResult(op, 0);
    memmove(b->operands, b->operands + end - 1,
            (n - end + 1) * sizeof(MlirValue));
    b->numOperands = n = n - end + 1;
    first = 1;
  }
}

static MilMapStatus mapConcat(Build *b) {
  int64_t axis;
  bool interleave;
  if (!findParam(b, "axis"))
    return FAIL(b->stmt->opPos, "'concat' needs parameter 'axis'");
  TRY(intParam(b, "axis", 0, &axis));
  TRY(boolParam(b, "interleave", false, &interleave));
  addAttr(b, "axis", i64Attr(b, axis));
  addAttr(b, "interleave", boolAttr(b, interleave));
  const MilParam *p = findParam(b, "values");
  if (!p)
    return FAIL(b->stmt->opPos, "'concat' needs parameter 'values'");
  if (p->value.kind != MIL_VALUE_TUPLE) {
    MlirValue v;
    TRY(resolveTensor(b, &p->value, "values", 0, &v));
    return addOperand(b, v);
  }
  if (p->value.numElements == 0)
    return FAIL(p->value.pos, "'concat' needs at least one value");
  for (size_t i = 0; i < p->value.numElements; ++i) {
    MlirValue v;
    TRY(resolveTensor(b, &p->value.elements[i], "values", i, &v));
    TRY(addOperand(b, v));
  }
  return foldConcat(b, axis, interleave);
}

static MilMapStatus mapSlice(Build *b) {
  int64_t begin[kMaxList], size[kMaxList];
  size_t nb, ns;
  TRY(requireList(b, "begin", begin, &nb));
  TRY(requireList(b, "size", size, &ns));
  addAttr(b, "begin", i64Array(b, begin, nb));
  addAttr(b, "size", i64Array(b, size, ns));
  return mapUnary(b);
}

static MilMapStatus mapListAttr(Build *b, const char *key) {
  int64_t values[kMaxList];
  size_t n;
  TRY(requireList(b, key, values, &n));
  addAttr(b, key, i64Array(b, values, n));
  return mapUnary(b);
}

// MIL's default axes: every size-1 dim of x (static dims only).
static MilMapStatus mapSqueeze(Build *b) {
  if (findParam(b, "axes"))
    return mapListAttr(b, "axes");
  MlirType type;
  TRY(tensorParamType(b, "x", &type));
  int64_t axes[kMaxList];
  size_t n = 0;
  intptr_t rank = mlirShapedTypeGetRank(type);
  for (intptr_t i = 0; i < rank && i < kMaxList; ++i) {
    int64_t dim = mlirShapedTypeGetDimSize(type, i);
    if (mlirShapedTypeIsDynamicSize(dim))
      return FAIL(b->stmt->opPos,
                  "'squeeze' without 'axes' needs x with static dims");
    if (dim == 1)
      axes[n++] = i;
  }
  addAttr(b, "axes", i64Array(b, axes, n));
  return mapUnary(b);
}

// MIL's defaults: stride 1, every mask false. Masks are bool lists in MIL
// and 0/1 entries in the dialect.
static MilMapStatus mapSliceByIndex(Build *b) {
  MlirType xType;
  TRY(tensorParamType(b, "x", &xType));
  size_t rank = (size_t)mlirShapedTypeGetRank(xType);
  static const char *const kKeys[6] = {"begin",    "end",      "stride",
                                       "begin_mask", "end_mask",
                                       "squeeze_mask"};
  for (int k = 0; k < 6; ++k) {
    int64_t values[kMaxList];
    size_t n = 0;
    const MilLiteral *lit = NULL;
    MilPos pos = b->stmt->opPos;
    TRY(constParam(b, kKeys[k], &lit, &pos));
    if (!lit && k < 2)
      return FAIL(b->stmt->opPos, "'slice_by_index' needs parameter '%s'",
                  kKeys[k]);
    if (!lit) {
      for (n = 0; n < rank && n < kMaxList; ++n)
        values[n] = k == 2; // stride 1, masks false
    } else {
      bool wantBool = k >= 3;
      bool okType = wantBool ? lit->type.dtype == MIL_DT_BOOL
                             : milDTypeIsInteger(lit->type.dtype);
      if (!okType || !isList(lit) || lit->count > kMaxList) {
        char type[160];
        milFormatType(&lit->type, type, sizeof(type));
        return FAIL(pos, "parameter '%s' of 'slice_by_index' must be %s, got %s",
                    kKeys[k], wantBool ? "a bool list" : "an integer list",
                    type);
      }
      for (n = 0; n < (size_t)lit->count; ++n)
        values[n] = wantBool ? lit->ints[n] != 0 : lit->ints[n];
    }
    if (n != rank)
      return FAIL(pos, "parameter '%s' of 'slice_by_index' has %zu entries, "
                       "expected %zu (one per dim of x)",
                  kKeys[k], n, rank);
    addAttr(b, kKeys[k], i64Array(b, values, n));
  }
  return mapUnary(b);
}

// MIL's pad lists (before, after) for the last N dims; the dialect's pad
// covers every dim (zeros in front). Defaults: mode "constant", value 0.
static MilMapStatus mapPad(Build *b) {
  int64_t given[kMaxList], pad[kMaxList];
  size_t n;
  TRY(requireList(b, "pad", given, &n));
  MlirType xType;
  TRY(tensorParamType(b, "x", &xType));
  size_t rank = (size_t)mlirShapedTypeGetRank(xType);
  if (n % 2 != 0 || n > 2 * rank)
    return FAIL(findParam(b, "pad")->value.pos,
                "'pad' parameter 'pad' has %zu entries: it needs two per "
                "padded dim, for at most the %zu dims of x",
                n, rank);
  size_t lead = 2 * rank - n;
  for (size_t i = 0; i < 2 * rank; ++i)
    pad[i] = i < lead ? 0 : given[i - lead];
  const char *mode;
  MilPos pos;
  double value;
  TRY(stringParam(b, "mode", "constant", &mode, &pos));
  TRY(floatParam(b, "constant_val", 0.0, &value));
  addAttr(b, "pad", i64Array(b, pad, 2 * rank));
  addAttr(b, "mode", mlirStringAttrGet(b->im->context,
                                       mlirStringRefCreateFromCString(mode)));
  addAttr(b, "constant_val", f32Attr(b, value));
  return mapUnary(b);
}

static MilMapStatus mapCast(Build *b) {
  const char *dtype;
  MilPos pos;
  TRY(stringParam(b, "dtype", NULL, &dtype, &pos));
  if (!dtype)
    return FAIL(b->stmt->opPos, "'cast' needs parameter 'dtype'");
  MilDType target = milDTypeFromName(dtype, strlen(dtype));
  if (!milIsMaterializable(target))
    return unsupported(b, pos,
                       "cast to \"%s\" is not supported by ane.cast (its "
                       "element types are fp16, fp32, int32, int8, uint8 "
                       "and bool)",
                       dtype);
  if (target != b->result->type.dtype)
    return FAIL(pos, "cast dtype \"%s\" does not match the declared result "
                     "dtype %s",
                dtype, milDTypeName(b->result->type.dtype));
  return mapUnary(b);
}

// MIL iOS17 quantize and dequantize. scale is required; an absent
// zero_point is a scalar 0 of the quantized type and an absent axis 0
// (MIL takes no axis with scalar parameters), so that export can leave
// them out again (docs/mil.md).
static MilMapStatus mapQuantization(Build *b, bool quantize) {
  MlirValue input;
  TRY(tensorParam(b, "input", &input));
  MlirType quantized = mlirShapedTypeGetElementType(mlirValueGetType(input));
  if (quantize) {
    const char *dtype;
    MilPos pos;
    TRY(stringParam(b, "output_dtype", NULL, &dtype, &pos));
    if (!dtype)
      return FAIL(b->stmt->opPos, "'quantize' needs parameter 'output_dtype'");
    MilDType target = milDTypeFromName(dtype, strlen(dtype));
    if (target != MIL_DT_INT8 && target != MIL_DT_UINT8)
      return FAIL(pos, "quantize output_dtype must be \"int8\" or \"uint8\", "
                       "got \"%s\"",
                  dtype);
    if (target != b->result->type.dtype)
      return FAIL(pos, "quantize output_dtype \"%s\" does not match the "
                       "declared result dtype %s",
                  dtype, milDTypeName(b->result->type.dtype));
    quantized = milDTypeToMlir(b->im->context, target);
  }
  // A float input of dequantize is the verifier's to report; the default
  // zero point needs an integer type meanwhile.
  if (!mlirTypeIsAInteger(quantized))
    quantized = mlirIntegerTypeGet(b->im->context, 8);
  MlirAttribute scale, zeroPoint = mlirIntegerAttrGet(quantized, 0);
  if (!findParam(b, "scale"))
    return FAIL(b->stmt->opPos, "'%s' needs parameter 'scale'", opName(b));
  TRY(constexprParam(b, "scale", &scale));
  if (findParam(b, "zero_point"))
    TRY(constexprParam(b, "zero_point", &zeroPoint));
  int64_t axis;
  TRY(intParam(b, "axis", 0, &axis));
  addAttr(b, "scale", scale);
  addAttr(b, "zero_point", zeroPoint);
  addAttr(b, "axis", i64Attr(b, axis));
  return addOperand(b, input);
}

// MIL's defaults: axis 0, batch_dims 0 (iOS15 has no batch_dims).
static MilMapStatus mapGather(Build *b) {
  int64_t axis, batchDims;
  TRY(intParam(b, "axis", 0, &axis));
  TRY(intParam(b, "batch_dims", 0, &batchDims));
  addAttr(b, "axis", i64Attr(b, axis));
  addAttr(b, "batch_dims", i64Attr(b, batchDims));
  MlirValue x, indices;
  TRY(tensorParam(b, "x", &x));
  TRY(tensorParam(b, "indices", &indices));
  TRY(addOperand(b, x));
  return addOperand(b, indices);
}

// MIL's defaults: axis -1, keep_dims false.
static MilMapStatus mapReduceArgmax(Build *b) {
  int64_t axis;
  bool keepDims;
  TRY(intParam(b, "axis", -1, &axis));
  TRY(boolParam(b, "keep_dims", false, &keepDims));
  addAttr(b, "axis", i64Attr(b, axis));
  addAttr(b, "keep_dims", boolAttr(b, keepDims));
  return mapUnary(b);
}

// A split into parts of different sizes: one ane.slice_by_size of x per
// part, named after its MIL output (exported as slice_by_size statements,
// which import back to the same ops; docs/mil.md).
static MilMapStatus splitAsSlices(Build *b, int64_t axis,
                                  const int64_t *sizes, size_t n) {
  MlirValue x;
  TRY(tensorParam(b, "x", &x));
  MlirType xType = mlirValueGetType(x);
  intptr_t rank = mlirShapedTypeGetRank(xType);
  int64_t norm;
  if (!aneNormalizeAxis(axis, rank, &norm))
    return FAIL(findParam(b, "axis")->value.pos,
                "'split' axis %lld is out of range for rank %lld",
                (long long)axis, (long long)rank);
  if (n != b->stmt->numResults)
    return FAIL(b->stmt->opPos,
                "'split' has %zu parts but the statement has %zu results", n,
                b->stmt->numResults);
  int64_t begin[MIL_MAX_RANK] = {0}, size[MIL_MAX_RANK];
  for (intptr_t d = 0; d < rank && d < MIL_MAX_RANK; ++d) {
    size[d] = mlirShapedTypeGetDimSize(xType, d);
    if (mlirShapedTypeIsDynamicSize(size[d]))
      return FAIL(b->stmt->opPos,
                  "'split' into parts of different sizes needs x with "
                  "static dims");
  }
  int64_t sum = 0;
  for (size_t i = 0; i < n; ++i)
    sum += sizes[i] > 0 && sizes[i] <= INT32_MAX ? sizes[i] : INT64_MAX / 128;
  if (sum != size[norm])
    return FAIL(findParam(b, "split_sizes")->value.pos,
                "'split' split_sizes must be positive and add up to dim %lld "
                "of x (size %lld)",
                (long long)norm, (long long)size[norm]);
  for (size_t i = 0; i < n; ++i) {
    const MilBinding *r = &b->stmt->results[i];
    MlirType type = milTypeToMlir(b->im->context, &r->type, false);
    size[norm] = sizes[i];
    MlirNamedAttribute attrs[2] = {
        mlirNamedAttributeGet(
            mlirIdentifierGet(b->im->context,
                              mlirStringRefCreateFromCString("begin")),
            i64Array(b, begin, (size_t)rank)),
        mlirNamedAttributeGet(
            mlirIdentifierGet(b->im->context,
                              mlirStringRefCreateFromCString("size")),
            i64Array(b, size, (size_t)rank))};
    MlirOperationState state = mlirOperationStateGet(
        mlirStringRefCreateFromCString("ane.slice_by_size"),
        milImportNamedLoc(b->im, r->name, b->stmt->opPos));
    mlirOperationStateAddResults(&state, 1, &type);
    mlirOperationStateAddOperands(&state, 1, &x);
    mlirOperationStateAddAttributes(&state, 2, attrs);
    MlirOperation op = mlirOperationCreate(&state);
    milAppendOp(b->im, op);
    if (!milDefineRuntime(b->im, r, mlirOperationGetResult(op, 0)))
      return MIL_MAP_ERROR;
    begin[norm] += sizes[i];
  }
  b->resultsDefined = true;
  return MIL_MAP_OK;
}

// split_sizes is what ane.split holds; num_splits alone means equal parts
// of x's (static) dim. Which ones the statement wrote is kept in
// mil.split_params (conventions.h) when it is not split_sizes alone.
static MilMapStatus mapSplit(Build *b) {
  int64_t axis, numSplits, sizes[kMaxList];
  size_t n;
  bool sizesGiven;
  const MilParam *numParam = findParam(b, "num_splits");
  if (!findParam(b, "axis"))
    return FAIL(b->stmt->opPos, "'split' needs parameter 'axis'");
  TRY(intParam(b, "axis", 0, &axis));
  TRY(intParam(b, "num_splits", 0, &numSplits));
  TRY(intListParam(b, "split_sizes", sizes, &n, &sizesGiven));
  if (!numParam && !sizesGiven)
    return FAIL(b->stmt->opPos,
                "'split' needs parameter 'num_splits' or 'split_sizes'");
  if (numParam && sizesGiven && numSplits != (int64_t)n)
    return FAIL(numParam->value.pos,
                "'split' num_splits %lld does not match the %zu entries of "
                "split_sizes",
                (long long)numSplits, n);
  if (numParam && !sizesGiven) {
    MlirType xType;
    TRY(tensorParamType(b, "x", &xType));
    intptr_t rank = mlirShapedTypeGetRank(xType);
    int64_t norm;
    if (!aneNormalizeAxis(axis, rank, &norm))
      return FAIL(findParam(b, "axis")->value.pos,
                  "'split' axis %lld is out of range for rank %lld",
                  (long long)axis, (long long)rank);
    int64_t dim = mlirShapedTypeGetDimSize(xType, (intptr_t)norm);
    if (numSplits < 1 || numSplits > kMaxList)
      return FAIL(numParam->value.pos,
                  "'split' num_splits must be in 1..%d, got %lld", kMaxList,
                  (long long)numSplits);
    if (mlirShapedTypeIsDynamicSize(dim))
      return FAIL(numParam->value.pos,
                  "'split' with num_splits alone needs a static dim %lld of "
                  "x",
                  (long long)norm);
    if (dim % numSplits != 0)
      return FAIL(numParam->value.pos,
                  "'split' num_splits %lld does not divide dim %lld of x "
                  "(size %lld)",
                  (long long)numSplits, (long long)norm, (long long)dim);
    for (n = 0; n < (size_t)numSplits; ++n)
      sizes[n] = dim / numSplits;
  }
  // IRDL gives a variadic result one type (ane_ops.def), so ane.split's
  // parts are equal; other parts are windows of x.
  for (size_t i = 1; i < n; ++i)
    if (sizes[i] != sizes[0])
      return splitAsSlices(b, axis, sizes, n);
  addAttr(b, "axis", i64Attr(b, axis));
  addAttr(b, "split_sizes", i64Array(b, sizes, n));
  if (numParam) {
    MlirAttribute names[2] = {
        mlirStringAttrGet(b->im->context, mlirStringRefCreateFromCString(
                                              "num_splits")),
        mlirStringAttrGet(b->im->context, mlirStringRefCreateFromCString(
                                              "split_sizes"))};
    addAttr(b, MIL_ATTR_SPLIT_PARAMS,
            mlirArrayAttrGet(b->im->context, sizesGiven ? 2 : 1, names));
  }
  return mapUnary(b);
}

static MilMapStatus mapKind(Build *b) {
  switch (b->info->kind) {
  case MIL_OP_REDUCE: return mapReduce(b);
  case MIL_OP_BINARY: return mapBinary(b);
  case MIL_OP_UNARY_EPSILON: return mapUnaryEpsilon(b);
  case MIL_OP_UNARY: return mapUnary(b);
  case MIL_OP_SELECT: return mapSelect(b);
  case MIL_OP_CLIP: return mapClip(b);
  case MIL_OP_GELU: return mapGelu(b);
  case MIL_OP_MATMUL: return mapMatmul(b);
  case MIL_OP_LINEAR: return mapLinear(b);
  case MIL_OP_CONV: return mapConv(b);
  case MIL_OP_SOFTMAX: return mapSoftmax(b);
  case MIL_OP_LAYER_NORM: return mapLayerNorm(b);
  case MIL_OP_RESHAPE: return mapReshape(b);
  case MIL_OP_TRANSPOSE: return mapTranspose(b);
  case MIL_OP_CONCAT: return mapConcat(b);
  case MIL_OP_SLICE_BY_SIZE: return mapSlice(b);
  case MIL_OP_CONSTEXPR_AFFINE_DEQUANTIZE:
    return mapConstexprAffineDequantize(b);
  case MIL_OP_CONSTEXPR_LUT_TO_DENSE: return mapConstexprLutToDense(b);
  case MIL_OP_CONSTEXPR_BLOCKWISE_SHIFT_SCALE:
    return mapConstexprBlockwiseShiftScale(b);
  case MIL_OP_SLICE_BY_INDEX: return mapSliceByIndex(b);
  case MIL_OP_PAD: return mapPad(b);
  case MIL_OP_EXPAND_DIMS: return mapListAttr(b, "axes");
  case MIL_OP_SQUEEZE: return mapSqueeze(b);
  case MIL_OP_TILE: return mapListAttr(b, "reps");
  case MIL_OP_CAST: return mapCast(b);
  case MIL_OP_QUANTIZE: return mapQuantization(b, true);
  case MIL_OP_DEQUANTIZE: return mapQuantization(b, false);
  case MIL_OP_GATHER: return mapGather(b);
  case MIL_OP_REDUCE_ARGMAX: return mapReduceArgmax(b);
  case MIL_OP_SPLIT: return mapSplit(b);
  case MIL_OP_NO_MIL: break;
  }
  return FAIL(b->stmt->opPos, "internal error: no mapping for '%s'",
              opName(b));
}

MilMapStatus milImportAneOp(MilImporter *im, const MilStatement *stmt,
                            const MilOpInfo *info, MilUnsupported *why) {
  Build build = {.im = im, .stmt = stmt, .info = info, .why = why};
  Build *b = &build;
  size_t numResults = stmt->numResults;
  if (!info->manyResults && numResults != 1)
    return FAIL(stmt->opPos, "'%s' has one result, got %zu", stmt->op,
                numResults);
  if (numResults < 1)
    return FAIL(stmt->opPos, "'%s' needs a result", stmt->op);
  b->result = &stmt->results[0];
  MlirType *resultTypes = malloc(numResults * sizeof(MlirType));
  if (!resultTypes)
    return FAIL(stmt->opPos, "out of memory");
  for (size_t i = 0; i < numResults; ++i) {
    const MilBinding *r = &stmt->results[i];
    resultTypes[i] = milTypeToMlir(im->context, &r->type, false);
    if (mlirTypeIsNull(resultTypes[i])) {
      free(resultTypes);
      return FAIL(r->typePos,
                  "the result of '%s' cannot be a %s (the dialect's tensors "
                  "are fp16, fp32, int32, int8, uint8 or bool)",
                  stmt->op, milDTypeName(r->type.dtype));
    }
  }
  MilMapStatus status = checkParamNames(b);
  if (status == MIL_MAP_OK)
    status = mapKind(b);
  if (status == MIL_MAP_OK && !b->resultsDefined) {
    MlirOperationState state = mlirOperationStateGet(
        mlirStringRefCreateFromCString(info->aneName),
        milImportStatementLoc(im, stmt));
    mlirOperationStateAddResults(&state, (intptr_t)numResults, resultTypes);
    mlirOperationStateAddOperands(&state, (intptr_t)b->numOperands,
                                  b->operands);
    mlirOperationStateAddAttributes(&state, b->numAttrs, b->attrs);
    MlirOperation op = mlirOperationCreate(&state);
    milAppendOp(im, op);
    for (size_t i = 0; status == MIL_MAP_OK && i < numResults; ++i)
      if (!milDefineRuntime(im, &stmt->results[i],
                            mlirOperationGetResult(op, (intptr_t)i)))
        status = MIL_MAP_ERROR;
  }
  free(resultTypes);
  free(b->operands);
  return status;
}
