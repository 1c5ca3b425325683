//===- ast.h - The syntax tree of a MIL program ----------------------------===//
//
// What the parser produces and the importer consumes. Everything lives in
// the program's arena. Positions are 1-based line/column in the MIL text.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_MIL_AST_H
#define ANE_MIL_AST_H

#include "arena.h"
#include "dtype.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MIL_MAX_RANK 16

typedef struct {
  unsigned line, col;
} MilPos;

/// A value type: a scalar (`fp16`) or a tensor (`tensor<fp16, [2, 3]>`,
/// rank 0 for `tensor<fp16, []>`). Dynamic dims (`?` or a symbol) are -1.
typedef struct {
  MilDType dtype;
  bool isTensor;
  int rank;
  int64_t dims[MIL_MAX_RANK];
} MilType;

/// A typed literal: `fp16(0x1p+0)`, `tensor<int32, [2]>([1, 1])`,
/// `string("x")`, `tensor<fp16, [4]>(BLOBFILE(path = ..., offset = ...))`,
/// or the buildInfo `dict<string, string>({{"k", "v"}})`.
typedef enum {
  MIL_LIT_VALUES,   ///< Inline scalar or tensor values.
  MIL_LIT_BLOBFILE, ///< A reference into a weight file.
  MIL_LIT_DICT,     ///< String pairs (buildInfo only).
} MilLiteralKind;

typedef struct {
  MilLiteralKind kind;
  MilType type;
  MilPos pos;    ///< The type token.
  int64_t count; ///< Elements (1 for a scalar or rank-0 tensor).
  /// MIL_LIT_VALUES, by dtype: floats are exact doubles (already rounded to
  /// the dtype), integers and bools are `ints`, strings `strings`.
  double *floats;
  int64_t *ints;
  const char **strings;
  /// MIL_LIT_BLOBFILE.
  const char *blobPath; ///< As written, e.g. "@model_path/weights/weight.bin".
  MilPos blobPathPos;
  uint64_t blobOffset;
  MilPos blobOffsetPos;
  /// MIL_LIT_DICT: `count` pairs.
  const char **keys, **values;
} MilLiteral;

typedef enum {
  MIL_VALUE_NAME,    ///< An SSA name (an argument, result or const).
  MIL_VALUE_LITERAL, ///< An inline typed literal.
  MIL_VALUE_TUPLE,   ///< `(a, b, ...)`.
} MilValueKind;

typedef struct MilValue {
  MilValueKind kind;
  MilPos pos;
  const char *name;
  MilLiteral *literal;
  struct MilValue *elements;
  size_t numElements;
} MilValue;

/// `key = value`, in an operand list `(...)` or an attribute list `[...]`.
typedef struct {
  const char *key;
  MilPos pos;
  MilValue value;
} MilParam;

/// `TYPE name` (a function argument or a statement result).
typedef struct {
  MilType type;
  const char *name;
  MilPos pos; ///< The name.
  MilPos typePos;
} MilBinding;

/// `TYPE a[, TYPE b] = op(params)[attributes];`
typedef struct {
  MilBinding *results;
  size_t numResults;
  const char *op;
  MilPos opPos;
  MilParam *params;
  size_t numParams;
  MilParam *attributes;
  size_t numAttributes;
} MilStatement;

typedef struct {
  const char *name;
  MilPos pos;
  const char *opset; ///< "ios18", or NULL if absent.
  /// The function attributes (`[FlexibleShapeInformation = ...]`) verbatim,
  /// without the brackets; NULL if absent.
  const char *attributesText;
  MilBinding *args;
  size_t numArgs;
  MilStatement *statements;
  size_t numStatements;
  const char **outputs;
  MilPos *outputPos;
  size_t numOutputs;
} MilFunction;

typedef struct {
  MilArena arena;
  const char *version; ///< "1.0", "1.3", ...
  MilPos versionPos;
  MilLiteral *buildInfo; ///< NULL if the program has none.
  /// The program attributes besides buildInfo, verbatim and joined by ", "
  /// (`key = value, ...`); NULL if there are none.
  const char *otherAttributesText;
  MilFunction *functions;
  size_t numFunctions;
} MilProgram;

/// Number of elements of a static shape; -1 if a dim is dynamic, -2 on
/// overflow (more than INT64_MAX elements).
int64_t milTypeNumElements(const MilType *type);

/// Formats a type as MIL text writes it ("fp16", "tensor<fp16, [2, ?]>").
void milFormatType(const MilType *type, char *out, size_t size);

#endif // ANE_MIL_AST_H
