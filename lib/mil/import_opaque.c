//===- import_opaque.c - A MIL op without an ANE equivalent -> mil.<op> ----===//
//
// Under --allow-unknown a statement the dialect cannot express is kept as
// the unregistered op `mil.<op>` (conventions.h), so that it survives an
// import/export round trip: run-time values and float tensor consts
// (weights) are operands, named in order by `mil.operands`; tuples are
// listed in `mil.tuples`; every other parameter is an attribute holding the
// const's value (scalars as integer/float/bool/string attributes, tensors
// as dense elements); statement attributes besides `name` are the
// dictionary `mil.attributes`. Parameters are taken in sorted order, as the exporter
// writes them, so the op reads the same whichever order the text used.
//
//===----------------------------------------------------------------------===//

#include "import_internal.h"

#include "conventions.h"
#include "mlir_types.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  MilImporter *im;
  const MilStatement *stmt;
  MlirValue *operands;
  MlirAttribute *operandNames;
  size_t numOperands, operandCapacity;
  MlirNamedAttribute *attrs;
  size_t numAttrs;
  MlirAttribute *tuples;
  size_t numTuples;
} Opaque;

static MlirAttribute str(MilImporter *im, const char *s) {
  return mlirStringAttrGet(im->context, mlirStringRefCreateFromCString(s));
}

static bool isWeight(const MilType *type) {
  return (type->dtype == MIL_DT_FP16 || type->dtype == MIL_DT_FP32) &&
         type->isTensor && type->rank >= 1;
}

static bool addOperand(Opaque *o, const char *key, MlirValue v) {
  if (o->numOperands == o->operandCapacity) {
    size_t capacity = o->operandCapacity ? o->operandCapacity * 2 : 4;
    MlirValue *values = realloc(o->operands, capacity * sizeof(MlirValue));
    if (values)
      o->operands = values;
    MlirAttribute *names =
        realloc(o->operandNames, capacity * sizeof(MlirAttribute));
    if (names)
      o->operandNames = names;
    if (!values || !names)
      return milImportError(o->im, o->stmt->opPos, "out of memory");
    o->operandCapacity = capacity;
  }
  o->operands[o->numOperands] = v;
  o->operandNames[o->numOperands++] = str(o->im, key);
  return true;
}

// A const value as an attribute.
MlirAttribute milLiteralToAttribute(MilImporter *im, const MilLiteral *lit) {
  MilDType dtype = lit->type.dtype;
  bool scalar = !lit->type.isTensor || lit->type.rank == 0;
  if (scalar && lit->kind == MIL_LIT_VALUES) {
    if (dtype == MIL_DT_STRING)
      return str(im, lit->strings[0]);
    if (dtype == MIL_DT_BOOL)
      return mlirBoolAttrGet(im->context, lit->ints[0] != 0);
    MlirType type = milDTypeToMlir(im->context, dtype);
    if (milDTypeIsFloat(dtype))
      return mlirFloatAttrDoubleGet(im->context, type, lit->floats[0]);
    return mlirIntegerAttrGet(type, lit->ints[0]);
  }
  if (dtype == MIL_DT_STRING) {
    milImportError(im, lit->pos, "a string tensor parameter is not supported");
    return mlirAttributeGetNull();
  }
  return milLiteralToDense(im, lit, milTypeToMlir(im->context, &lit->type,
                                                  false));
}

static bool addAttr(Opaque *o, const char *key, const MilLiteral *lit) {
  MlirAttribute attr = milLiteralToAttribute(o->im, lit);
  if (mlirAttributeIsNull(attr))
    return false;
  o->attrs[o->numAttrs++] = mlirNamedAttributeGet(
      mlirIdentifierGet(o->im->context, mlirStringRefCreateFromCString(key)),
      attr);
  return true;
}

// One value: an operand (run-time values, weights) or, when `allowAttr`, an
// attribute. `*isOperand` tells which.
static bool addValue(Opaque *o, const char *key, const MilValue *v,
                     bool allowAttr, size_t index) {
  MilImporter *im = o->im;
  if (v->kind == MIL_VALUE_LITERAL) {
    const MilLiteral *lit = v->literal;
    if (lit->kind == MIL_LIT_DICT)
      return milImportError(im, v->pos, "a dict parameter is not supported");
    if (isWeight(&lit->type)) {
      char name[256];
      snprintf(name, sizeof(name), "%s_%s_%zu", o->stmt->results[0].name,
               key, index);
      MlirValue c = milMaterializeLiteral(im, lit, name, v->pos);
      return !mlirValueIsNull(c) && addOperand(o, key, c);
    }
    if (!allowAttr)
      return milImportError(im, v->pos,
                            "a tuple element must be a run-time value or a "
                            "float tensor");
    const MilLiteral *loaded = milLoadLiteral(im, lit);
    return loaded && addAttr(o, key, loaded);
  }
  MilSymbol *s = milLookupSymbol(im, v->name);
  if (!s)
    return milImportError(im, v->pos, "use of undefined value '%s'", v->name);
  if (s->kind == MIL_SYM_RUNTIME ||
      (isWeight(s->type) && !mlirValueIsNull(s->value)))
    return addOperand(o, key, s->value);
  if (!allowAttr)
    return milImportError(im, v->pos,
                          "a tuple element must be a run-time value or a "
                          "float tensor");
  if (!s->loaded)
    s->loaded = milLoadLiteral(im, s->literal);
  if (!s->loaded)
    return false;
  s->usedAsAttribute = true;
  return addAttr(o, key, s->loaded);
}

// The statement's attributes besides `name`, as one dictionary (null if
// there are none). Each value is a const: an inline literal (BLOBFILE data
// loaded, bit-exact) or the name of a const.
static bool statementAttributes(MilImporter *im, const MilStatement *stmt,
                                MlirAttribute *out) {
  *out = mlirAttributeGetNull();
  size_t count = 0;
  for (size_t i = 0; i < stmt->numAttributes; ++i)
    count += strcmp(stmt->attributes[i].key, "name") != 0;
  if (count == 0)
    return true;
  MlirNamedAttribute *entries = calloc(count, sizeof(MlirNamedAttribute));
  if (!entries)
    return milImportError(im, stmt->opPos, "out of memory");
  size_t k = 0;
  bool ok = true;
  for (size_t i = 0; ok && i < stmt->numAttributes; ++i) {
    const MilParam *a = &stmt->attributes[i];
    if (strcmp(a->key, "name") == 0)
      continue;
    for (size_t j = 0; ok && j < i; ++j)
      if (strcmp(stmt->attributes[j].key, a->key) == 0)
        ok = milImportError(im, a->pos, "attribute '%s' of '%s' is given twice",
                            a->key, stmt->op);
    const MilLiteral *lit = NULL;
    if (!ok)
      break;
    if (a->value.kind == MIL_VALUE_LITERAL) {
      if (a->value.literal->kind == MIL_LIT_DICT) {
        ok = milImportError(im, a->value.pos,
                            "a dict attribute is not supported");
        break;
      }
      lit = milLoadLiteral(im, a->value.literal);
    } else if (a->value.kind == MIL_VALUE_NAME) {
      MilSymbol *s = milLookupSymbol(im, a->value.name);
      if (!s || s->kind != MIL_SYM_CONST) {
        ok = milImportError(im, a->value.pos,
                            "attribute '%s' of '%s' must be a literal or a "
                            "const",
                            a->key, stmt->op);
        break;
      }
      if (!s->loaded)
        s->loaded = milLoadLiteral(im, s->literal);
      s->usedAsAttribute = true;
      lit = s->loaded;
    } else {
      ok = milImportError(im, a->value.pos,
                          "attribute '%s' of '%s' cannot be a tuple", a->key,
                          stmt->op);
      break;
    }
    MlirAttribute value = lit ? milLiteralToAttribute(im, lit) : mlirAttributeGetNull();
    if (mlirAttributeIsNull(value)) {
      ok = false;
      break;
    }
    entries[k++] = mlirNamedAttributeGet(
        mlirIdentifierGet(im->context, mlirStringRefCreateFromCString(a->key)),
        value);
  }
  if (ok)
    *out = mlirDictionaryAttrGet(im->context, (intptr_t)k, entries);
  free(entries);
  return ok;
}

bool milImportOpaqueOp(MilImporter *im, const MilStatement *stmt) {
  size_t n = stmt->numParams, m = stmt->numResults;
  Opaque o = {.im = im, .stmt = stmt};
  size_t *order = calloc(n ? n : 1, sizeof(size_t));
  o.attrs = calloc(n + 3, sizeof(MlirNamedAttribute));
  o.tuples = calloc(n ? n : 1, sizeof(MlirAttribute));
  MlirType *types = calloc(m ? m : 1, sizeof(MlirType));
  bool ok = order && o.attrs && o.tuples && types;
  if (!ok)
    milImportError(im, stmt->opPos, "out of memory");
  // Sorted parameter order (insertion sort: parameter lists are short).
  for (size_t i = 0; ok && i < n; ++i) {
    size_t j = i;
    while (j > 0 && strcmp(stmt->params[order[j - 1]].key,
                           stmt->params[i].key) > 0) {
      order[j] = order[j - 1];
      --j;
    }
    order[j] = i;
  }
  for (size_t i = 0; ok && i < n; ++i) {
    const MilParam *p = &stmt->params[order[i]];
    if (i > 0 && strcmp(stmt->params[order[i - 1]].key, p->key) == 0) {
      ok = milImportError(im, p->pos, "parameter '%s' of '%s' is given twice",
                          p->key, stmt->op);
      break;
    }
    if (p->value.kind == MIL_VALUE_TUPLE) {
      o.tuples[o.numTuples++] = str(im, p->key);
      for (size_t k = 0; ok && k < p->value.numElements; ++k)
        ok = addValue(&o, p->key, &p->value.elements[k], false, k);
    } else {
      ok = addValue(&o, p->key, &p->value, true, 0);
    }
  }
  for (size_t i = 0; ok && i < m; ++i) {
    types[i] = milTypeToMlir(im->context, &stmt->results[i].type, false);
    if (mlirTypeIsNull(types[i]))
      ok = milImportError(im, stmt->results[i].typePos,
                          "a %s result is not supported",
                          milDTypeName(stmt->results[i].type.dtype));
  }
  MlirAttribute statementAttrs = mlirAttributeGetNull();
  ok = ok && statementAttributes(im, stmt, &statementAttrs);
  if (ok) {
    MlirContext ctx = im->context;
    if (!mlirAttributeIsNull(statementAttrs))
      o.attrs[o.numAttrs++] = mlirNamedAttributeGet(
          mlirIdentifierGet(ctx, mlirStringRefCreateFromCString(
                                     MIL_ATTR_ATTRIBUTES)),
          statementAttrs);
    o.attrs[o.numAttrs++] = mlirNamedAttributeGet(
        mlirIdentifierGet(ctx, mlirStringRefCreateFromCString(
                                   MIL_ATTR_OPERANDS)),
        mlirArrayAttrGet(ctx, (intptr_t)o.numOperands, o.operandNames));
    if (o.numTuples)
      o.attrs[o.numAttrs++] = mlirNamedAttributeGet(
          mlirIdentifierGet(ctx,
                            mlirStringRefCreateFromCString(MIL_ATTR_TUPLES)),
          mlirArrayAttrGet(ctx, (intptr_t)o.numTuples, o.tuples));
    char opName[300];
    snprintf(opName, sizeof(opName), "%s%s", MIL_OPAQUE_PREFIX, stmt->op);
    MlirOperationState state = mlirOperationStateGet(
        mlirStringRefCreateFromCString(opName),
        milImportStatementLoc(im, stmt));
    mlirOperationStateAddResults(&state, (intptr_t)m, types);
    mlirOperationStateAddOperands(&state, (intptr_t)o.numOperands, o.operands);
    mlirOperationStateAddAttributes(&state, (intptr_t)o.numAttrs, o.attrs);
    MlirOperation op = mlirOperationCreate(&state);
    milAppendOp(im, op);
    for (size_t i = 0; ok && i < m; ++i)
      ok = milDefineRuntime(im, &stmt->results[i],
                            mlirOperationGetResult(op, (intptr_t)i));
  }
  free(order);
  free(o.attrs);
  free(o.tuples);
  free(types);
  free(o.operands);
  free(o.operandNames);
  return ok;
}
