//===- importer.c - MIL text -> ANE dialect module -------------------------===//
//
// The program and function level of the import: one func.func per MIL
// function, the symbol table of MIL names, `const` statements, outputs,
// argument/result names and buildInfo (see conventions.h), then MLIR and
// ANE verification. The op level is in import_ops.c and import_opaque.c;
// values and weights in import_values.c.
//
//===----------------------------------------------------------------------===//

#include "import_internal.h"

#include "conventions.h"
#include "mlir_types.h"
#include "parser.h"
#include "support/format.h"
#include "support/hash_map.h"

#include "ane-c/Dialect.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/Diagnostics.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

//===----------------------------------------------------------------------===//
// Locations and errors
//===----------------------------------------------------------------------===//

MlirLocation milImportLoc(MilImporter *im, MilPos pos) {
  return mlirLocationFileLineColGet(im->context, im->fileName, pos.line,
                                    pos.col);
}

MlirLocation milImportNamedLoc(MilImporter *im, const char *name, MilPos pos) {
  return mlirLocationNameGet(im->context, mlirStringRefCreateFromCString(name),
                             milImportLoc(im, pos));
}

MlirLocation milImportStatementLoc(MilImporter *im, const MilStatement *stmt) {
  size_t n = stmt->numResults;
  if (n <= 1)
    return milImportNamedLoc(im, n ? stmt->results[0].name : stmt->op,
                             stmt->opPos);
  MlirLocation *names = malloc(n * sizeof(MlirLocation));
  if (!names) // the first name only: export derives the others
    return milImportNamedLoc(im, stmt->results[0].name, stmt->opPos);
  for (size_t i = 0; i < n; ++i)
    names[i] = milImportNamedLoc(im, stmt->results[i].name, stmt->opPos);
  MlirLocation fused = mlirLocationFusedGet(im->context, (intptr_t)n, names,
                                            mlirAttributeGetNull());
  free(names);
  return fused;
}

bool milImportError(MilImporter *im, MilPos pos, const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  aneEmitErrorV(milImportLoc(im, pos), fmt, args);
  va_end(args);
  return false;
}

void milAppendOp(MilImporter *im, MlirOperation op) {
  mlirBlockAppendOwnedOperation(im->block, op);
}

//===----------------------------------------------------------------------===//
// Symbols: name -> MilSymbol (in the scratch arena), per function
//===----------------------------------------------------------------------===//

MilSymbol *milLookupSymbol(MilImporter *im, const char *name) {
  void **slot = aneHashMapFind(&im->symbols, name, strlen(name));
  return slot ? *slot : NULL;
}

// Inserts a new symbol; NULL if out of memory.
static MilSymbol *insertSymbol(MilImporter *im, const char *name) {
  MilSymbol *s = milArenaAlloc(&im->scratch, sizeof(MilSymbol));
  if (!s)
    return NULL;
  memset(s, 0, sizeof(*s));
  s->name = name;
  return aneHashMapPut(&im->symbols, name, strlen(name), s) ? s : NULL;
}

static void clearSymbols(MilImporter *im) { aneHashMapClear(&im->symbols); }

// Reports a second definition of a name.
static bool checkNotDefined(MilImporter *im, const char *name, MilPos pos) {
  MilSymbol *s = milLookupSymbol(im, name);
  if (!s)
    return true;
  return milImportError(im, pos, "redefinition of '%s' (first defined at "
                                 "line %u)",
                        name, s->pos.line);
}

bool milDefineRuntime(MilImporter *im, const MilBinding *binding,
                      MlirValue value) {
  if (!checkNotDefined(im, binding->name, binding->pos))
    return false;
  MilSymbol *s = insertSymbol(im, binding->name);
  if (!s)
    return milImportError(im, binding->pos, "out of memory");
  s->kind = MIL_SYM_RUNTIME;
  s->pos = binding->pos;
  s->value = value;
  s->type = &binding->type;
  return true;
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

static bool sameShape(const MilType *a, const MilType *b) {
  int ra = a->isTensor ? a->rank : 0, rb = b->isTensor ? b->rank : 0;
  if (a->dtype != b->dtype || ra != rb)
    return false;
  for (int i = 0; i < ra; ++i)
    if (a->dims[i] != b->dims[i])
      return false;
  return true;
}

// `TYPE name = const()[name = string("..."), val = LITERAL];`
static bool importConst(MilImporter *im, const MilStatement *stmt) {
  if (stmt->numResults != 1)
    return milImportError(im, stmt->opPos, "const has exactly one result, "
                                           "got %zu",
                          stmt->numResults);
  if (stmt->numParams != 0)
    return milImportError(im, stmt->params[0].pos,
                          "const takes no operands: its value is the 'val' "
                          "attribute");
  const MilBinding *result = &stmt->results[0];
  const MilParam *val = NULL;
  for (size_t i = 0; i < stmt->numAttributes; ++i)
    if (strcmp(stmt->attributes[i].key, "val") == 0)
      val = &stmt->attributes[i];
  if (!val)
    return milImportError(im, stmt->opPos, "const '%s' has no 'val' attribute",
                          result->name);
  if (val->value.kind != MIL_VALUE_LITERAL ||
      val->value.literal->kind == MIL_LIT_DICT)
    return milImportError(im, val->value.pos,
                          "the 'val' of const '%s' must be a typed literal",
                          result->name);
  const MilLiteral *literal = val->value.literal;
  if (!sameShape(&literal->type, &result->type)) {
    char declared[160], actual[160];
    milFormatType(&result->type, declared, sizeof(declared));
    milFormatType(&literal->type, actual, sizeof(actual));
    return milImportError(im, val->value.pos,
                          "const '%s' is declared %s but its value is %s",
                          result->name, declared, actual);
  }
  if (!checkNotDefined(im, result->name, result->pos))
    return false;
  MilSymbol *s = insertSymbol(im, result->name);
  if (!s)
    return milImportError(im, result->pos, "out of memory");
  s->kind = MIL_SYM_CONST;
  s->pos = result->pos;
  s->type = &result->type;
  s->literal = literal;
  // Consts of the dialect's element types become arith.constant where they
  // are defined (so an ANE -> MIL -> ANE round trip keeps their place);
  // those that end up used only as attributes are erased at the end.
  if (milIsMaterializable(literal->type.dtype)) {
    s->value = milMaterializeLiteral(im, literal, result->name, result->pos);
    if (mlirValueIsNull(s->value))
      return false;
  }
  return true;
}

static bool importStatement(MilImporter *im, const MilStatement *stmt) {
  if (strcmp(stmt->op, "const") == 0)
    return importConst(im, stmt);
  const MilOpInfo *info = milLookupMilOp(stmt->op);
  MilUnsupported why = {stmt->opPos, ""};
  // A statement attribute besides `name` (iOS16 constexpr_* parameters) has
  // no place on an ANE op: keep the statement opaque rather than drop it.
  const MilParam *extra = NULL;
  for (size_t i = 0; i < stmt->numAttributes && !extra; ++i)
    if (strcmp(stmt->attributes[i].key, "name") != 0)
      extra = &stmt->attributes[i];
  // constexpr_* ops take their parameters as attributes too (iOS16).
  bool takesAttributes =
      info && (info->kind == MIL_OP_CONSTEXPR_AFFINE_DEQUANTIZE ||
               info->kind == MIL_OP_CONSTEXPR_LUT_TO_DENSE ||
               info->kind == MIL_OP_CONSTEXPR_BLOCKWISE_SHIFT_SCALE);
  if (info && extra && !takesAttributes) {
    why.pos = extra->pos;
    snprintf(why.message, sizeof(why.message),
             "the attribute '%s' of MIL op '%s' has no place on '%s'",
             extra->key, stmt->op, info->aneName);
  } else if (info) {
    MilMapStatus status = milImportAneOp(im, stmt, info, &why);
    if (status != MIL_MAP_UNSUPPORTED)
      return status == MIL_MAP_OK;
  } else {
    snprintf(why.message, sizeof(why.message),
             "MIL op '%s' has no equivalent in the ANE dialect", stmt->op);
  }
  if (im->options.allowUnknown)
    return milImportOpaqueOp(im, stmt);
  return milImportError(im, why.pos,
                        "%s (--allow-unknown keeps it as an opaque 'mil.%s' "
                        "op)",
                        why.message, stmt->op);
}

//===----------------------------------------------------------------------===//
// Functions
//===----------------------------------------------------------------------===//

static MlirNamedAttribute namedAttr(MlirContext context, const char *name,
                                    MlirAttribute attr) {
  return mlirNamedAttributeGet(
      mlirIdentifierGet(context, mlirStringRefCreateFromCString(name)), attr);
}

// `[{mil.name = "x"}, {}, ...]`, or null when every name is the default.
static MlirAttribute nameAttrs(MlirContext context, const char *const *names,
                               size_t count, bool results) {
  bool any = false;
  MlirAttribute *dicts = calloc(count ? count : 1, sizeof(MlirAttribute));
  for (size_t i = 0; i < count; ++i) {
    char fallback[32];
    if (results)
      milDefaultResultName(i, fallback, sizeof(fallback));
    else
      milDefaultArgName(i, fallback, sizeof(fallback));
    if (strcmp(names[i], fallback) == 0) {
      dicts[i] = mlirDictionaryAttrGet(context, 0, NULL);
      continue;
    }
    any = true;
    MlirNamedAttribute n = namedAttr(
        context, MIL_ATTR_NAME,
        mlirStringAttrGet(context, mlirStringRefCreateFromCString(names[i])));
    dicts[i] = mlirDictionaryAttrGet(context, 1, &n);
  }
  MlirAttribute attr = any ? mlirArrayAttrGet(context, (intptr_t)count, dicts)
                           : mlirAttributeGetNull();
  free(dicts);
  return attr;
}

// Erases the arith.constant of consts that were only used as attributes.
static void eraseAttributeOnlyConsts(MilImporter *im) {
  for (size_t i = 0; i < im->symbols.capacity; ++i) {
    MilSymbol *s = im->symbols.entries[i].value;
    if (!im->symbols.entries[i].key || s->kind != MIL_SYM_CONST || mlirValueIsNull(s->value) ||
        !s->usedAsAttribute)
      continue;
    if (mlirOpOperandIsNull(mlirValueGetFirstUse(s->value)))
      mlirOperationDestroy(mlirOpResultGetOwner(s->value));
  }
}

static MlirOperation importFunction(MilImporter *im, const MilFunction *f) {
  MlirOperation none = {NULL};
  clearSymbols(im);
  size_t n = f->numArgs;
  MlirType *argTypes = calloc(n ? n : 1, sizeof(MlirType));
  MlirLocation *argLocs = calloc(n ? n : 1, sizeof(MlirLocation));
  const char **argNames = calloc(n ? n : 1, sizeof(char *));
  bool ok = argTypes && argLocs && argNames;
  for (size_t i = 0; ok && i < n; ++i) {
    const MilBinding *arg = &f->args[i];
    argTypes[i] = milTypeToMlir(im->context, &arg->type, false);
    argLocs[i] = milImportNamedLoc(im, arg->name, arg->pos);
    argNames[i] = arg->name;
    if (mlirTypeIsNull(argTypes[i]))
      ok = milImportError(im, arg->typePos,
                          "function argument '%s' has type %s, which has no "
                          "MLIR tensor equivalent",
                          arg->name, milDTypeName(arg->type.dtype));
  }
  MlirRegion region = mlirRegionCreate();
  MlirBlock block = mlirBlockCreate((intptr_t)(ok ? n : 0), argTypes, argLocs);
  mlirRegionAppendOwnedBlock(region, block);
  im->block = block;
  for (size_t i = 0; ok && i < n; ++i)
    ok = milDefineRuntime(im, &f->args[i],
                          mlirBlockGetArgument(block, (intptr_t)i));
  for (size_t i = 0; ok && i < f->numStatements; ++i)
    ok = importStatement(im, &f->statements[i]);

  // Outputs.
  size_t m = f->numOutputs;
  MlirValue *outputs = calloc(m ? m : 1, sizeof(MlirValue));
  MlirType *resultTypes = calloc(m ? m : 1, sizeof(MlirType));
  ok = ok && outputs && resultTypes;
  for (size_t i = 0; ok && i < m; ++i) {
    MilSymbol *s = milLookupSymbol(im, f->outputs[i]);
    if (!s) {
      ok = milImportError(im, f->outputPos[i],
                          "function output '%s' is not defined",
                          f->outputs[i]);
      break;
    }
    // Consts of the dialect's element types were materialized where they
    // were defined; the others (bool, string, int8, ...) have no tensor.
    if (mlirValueIsNull(s->value)) {
      ok = milImportError(im, f->outputPos[i],
                          "function output '%s' is a %s const, which has no "
                          "tensor equivalent",
                          f->outputs[i], milDTypeName(s->type->dtype));
      break;
    }
    outputs[i] = s->value;
    resultTypes[i] = mlirValueGetType(s->value);
  }
  MlirOperation func = none;
  if (ok) {
    MlirOperationState ret =
        mlirOperationStateGet(mlirStringRefCreateFromCString("func.return"),
                              milImportLoc(im, f->outputPos ? f->outputPos[0]
                                                            : f->pos));
    mlirOperationStateAddOperands(&ret, (intptr_t)m, outputs);
    milAppendOp(im, mlirOperationCreate(&ret));
    eraseAttributeOnlyConsts(im);

    MlirContext ctx = im->context;
    MlirType fnType = mlirFunctionTypeGet(ctx, (intptr_t)n, argTypes,
                                          (intptr_t)m, resultTypes);
    MlirNamedAttribute attrs[5];
    int numAttrs = 0;
    attrs[numAttrs++] = namedAttr(
        ctx, "sym_name",
        mlirStringAttrGet(ctx, mlirStringRefCreateFromCString(f->name)));
    attrs[numAttrs++] =
        namedAttr(ctx, "function_type", mlirTypeAttrGet(fnType));
    MlirAttribute argAttrs = nameAttrs(ctx, argNames, n, false);
    if (!mlirAttributeIsNull(argAttrs))
      attrs[numAttrs++] = namedAttr(ctx, "arg_attrs", argAttrs);
    MlirAttribute resAttrs = nameAttrs(ctx, f->outputs, m, true);
    if (!mlirAttributeIsNull(resAttrs))
      attrs[numAttrs++] = namedAttr(ctx, "res_attrs", resAttrs);
    // Kept as written: the shape ranges of flexible inputs, among others.
    if (f->attributesText)
      attrs[numAttrs++] = namedAttr(
          ctx, MIL_ATTR_FUNCTION_ATTRIBUTES,
          mlirStringAttrGet(
              ctx, mlirStringRefCreateFromCString(f->attributesText)));
    MlirOperationState state = mlirOperationStateGet(
        mlirStringRefCreateFromCString("func.func"),
        milImportNamedLoc(im, f->name, f->pos));
    mlirOperationStateAddAttributes(&state, numAttrs, attrs);
    mlirOperationStateAddOwnedRegions(&state, 1, &region);
    func = mlirOperationCreate(&state);
  } else {
    mlirRegionDestroy(region);
  }
  im->block = (MlirBlock){NULL};
  free(argTypes);
  free(argLocs);
  free(argNames);
  free(outputs);
  free(resultTypes);
  return func;
}

//===----------------------------------------------------------------------===//
// Program
//===----------------------------------------------------------------------===//

static bool isDefaultBuildInfo(const MilLiteral *info) {
  if ((size_t)info->count != milDefaultBuildInfoCount)
    return false;
  for (size_t i = 0; i < milDefaultBuildInfoCount; ++i)
    if (strcmp(info->keys[i], milDefaultBuildInfo[i][0]) != 0 ||
        strcmp(info->values[i], milDefaultBuildInfo[i][1]) != 0)
      return false;
  return true;
}

// Sets `mil.build_info`; a key given twice is an error (MLIR dictionaries
// hold each key once, and dropping one would lose data).
static bool setBuildInfo(MilImporter *im, MlirModule module,
                         const MilLiteral *info) {
  if (!info || isDefaultBuildInfo(info))
    return true;
  size_t n = (size_t)info->count;
  MlirNamedAttribute *pairs = calloc(n ? n : 1, sizeof(MlirNamedAttribute));
  AneHashMap seen = {0};
  bool ok = pairs != NULL;
  if (!ok)
    milImportError(im, info->pos, "out of memory");
  for (size_t i = 0; ok && i < n; ++i) {
    const char *key = info->keys[i];
    if (aneHashMapFind(&seen, key, strlen(key))) {
      ok = milImportError(im, info->pos,
                          "buildInfo has the key \"%s\" twice", key);
      break;
    }
    if (!aneHashMapPut(&seen, key, strlen(key), (void *)key)) {
      ok = milImportError(im, info->pos, "out of memory");
      break;
    }
    pairs[i] = namedAttr(im->context, key,
                         mlirStringAttrGet(im->context,
                                           mlirStringRefCreateFromCString(
                                               info->values[i])));
  }
  if (ok)
    mlirOperationSetAttributeByName(
        mlirModuleGetOperation(module),
        mlirStringRefCreateFromCString(MIL_ATTR_BUILD_INFO),
        mlirDictionaryAttrGet(im->context, (intptr_t)n, pairs));
  aneHashMapClear(&seen);
  free(pairs);
  return ok;
}

MlirModule milImportText(MlirContext context, const char *fileName,
                         const char *text, size_t length,
                         const MilImportOptions *options) {
  MlirModule none = {NULL};
  MilImporter im = {0};
  im.context = context;
  im.fileName = mlirStringRefCreateFromCString(fileName);
  im.options = *options;
  if (!im.options.modelDir)
    im.options.modelDir = ".";

  MilProgram program;
  MilParseError error;
  if (!milParseProgram(text, length, &program, &error)) {
    milImportError(&im, error.pos, "%s", error.message);
    milProgramDestroy(&program);
    return none;
  }
  im.blobs = milBlobReaderCreate(im.options.weightsDir
                                     ? im.options.weightsDir
                                     : im.options.modelDir);
  MlirModule module = mlirModuleCreateEmpty(
      milImportLoc(&im, (MilPos){1, 1}));
  MlirBlock body = mlirModuleGetBody(module);
  bool ok = im.blobs != NULL;
  AneHashMap functions = {0}; // name -> its first MilFunction
  for (size_t i = 0; ok && i < program.numFunctions; ++i) {
    const MilFunction *f = &program.functions[i];
    void **first = aneHashMapFind(&functions, f->name, strlen(f->name));
    if (first)
      ok = milImportError(&im, f->pos,
                          "redefinition of function '%s' (first defined "
                          "at line %u)",
                          f->name, ((const MilFunction *)*first)->pos.line);
    else if (!aneHashMapPut(&functions, f->name, strlen(f->name), (void *)f))
      ok = milImportError(&im, f->pos, "out of memory");
    MlirOperation func = ok ? importFunction(&im, f) : (MlirOperation){NULL};
    ok = ok && !mlirOperationIsNull(func);
    if (ok)
      mlirBlockAppendOwnedOperation(body, func);
  }
  if (ok)
    ok = setBuildInfo(&im, module, program.buildInfo);
  if (ok && program.otherAttributesText)
    mlirOperationSetAttributeByName(
        mlirModuleGetOperation(module),
        mlirStringRefCreateFromCString(MIL_ATTR_PROGRAM_ATTRIBUTES),
        mlirStringAttrGet(context, mlirStringRefCreateFromCString(
                                       program.otherAttributesText)));
  aneHashMapClear(&functions);
  clearSymbols(&im);
  milBlobReaderDestroy(im.blobs);
  milArenaDestroy(&im.scratch);
  milProgramDestroy(&program);

  MlirOperation op = mlirModuleGetOperation(module);
  ok = ok && mlirOperationVerify(op) &&
       mlirLogicalResultIsSuccess(aneVerifyOperation(op));
  if (!ok) {
    mlirModuleDestroy(module);
    return none;
  }
  return module;
}
