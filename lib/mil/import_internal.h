//===- import_internal.h - State shared by the importer's files ------------===//

#ifndef ANE_MIL_IMPORT_INTERNAL_H
#define ANE_MIL_IMPORT_INTERNAL_H

#include "ast.h"
#include "blob.h"
#include "importer.h"
#include "op_table.h"

#include "support/hash_map.h"

#include "mlir-c/IR.h"

#include <stdbool.h>

/// What a MIL name in a function stands for.
typedef enum {
  MIL_SYM_RUNTIME, ///< A function argument or an op result.
  MIL_SYM_CONST,   ///< A `const` op: its value is known.
} MilSymbolKind;

typedef struct {
  const char *name; ///< NULL: empty slot.
  MilSymbolKind kind;
  MilPos pos;
  /// RUNTIME: the value. CONST: the materialized arith.constant result, or
  /// null if the const has not been (or cannot be) materialized.
  MlirValue value;
  /// CONST: the declared type and the value (inline or BLOBFILE).
  const MilType *type;
  const MilLiteral *literal;
  /// CONST: the value as inline values, once loaded for an attribute.
  const MilLiteral *loaded;
  bool usedAsAttribute;
} MilSymbol;

typedef struct {
  MlirContext context;
  MlirStringRef fileName;
  MilImportOptions options;
  MilBlobReader *blobs;
  MilArena scratch; ///< Loaded blob values, temporary names.
  MlirBlock block;  ///< The function body being built.
  AneHashMap symbols; ///< Name -> MilSymbol of the current function.
} MilImporter;

/// Outcome of mapping one statement to an ANE op.
typedef enum {
  MIL_MAP_OK,
  MIL_MAP_ERROR,       ///< Reported.
  MIL_MAP_UNSUPPORTED, ///< Valid MIL the dialect cannot express; not yet
                       ///< reported (an opaque op with --allow-unknown).
} MilMapStatus;

typedef struct {
  MilPos pos;
  char message[512];
} MilUnsupported;

//===- importer.c ---------------------------------------------------------===//

MlirLocation milImportLoc(MilImporter *im, MilPos pos);
MlirLocation milImportNamedLoc(MilImporter *im, const char *name, MilPos pos);
/// The location of the op a statement becomes: a NameLoc of its one result
/// (of the op name if it has none), or with several results a FusedLoc of
/// one NameLoc per result, in order, so that export gives every result its
/// MIL name back.
MlirLocation milImportStatementLoc(MilImporter *im, const MilStatement *stmt);
bool milImportError(MilImporter *im, MilPos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
MilSymbol *milLookupSymbol(MilImporter *im, const char *name);
/// Defines a result of the statement being imported.
bool milDefineRuntime(MilImporter *im, const MilBinding *binding,
                      MlirValue value);
/// Appends `op` to the function body.
void milAppendOp(MilImporter *im, MlirOperation op);

//===- import_values.c ----------------------------------------------------===//

/// The value of a literal as inline values (a BLOBFILE is read); NULL if
/// reported.
const MilLiteral *milLoadLiteral(MilImporter *im, const MilLiteral *literal);
/// The literal as a dense elements attribute of `type` (a tensor type of the
/// literal's element type and element count); reads BLOBFILE data. Null if
/// reported.
/// A loaded const as an attribute: scalars as float/integer/bool/string
/// attributes, tensors as dense elements of the MIL dtype. Null (error
/// reported) for string tensors.
MlirAttribute milLiteralToAttribute(MilImporter *im, const MilLiteral *lit);

MlirAttribute milLiteralToDense(MilImporter *im, const MilLiteral *literal,
                                MlirType type);
/// The packed bytes of an integer literal of at most 8 bits (BLOBFILE data
/// as stored, inline values packed as MILBlob packs them, dialect/packed.h)
/// as a 1-D ui8 dense attribute. Null if reported.
MlirAttribute milLiteralToPacked(MilImporter *im, const MilLiteral *literal);
/// Appends `arith.constant` of `literal` (scalars as [1] tensors) named
/// `name`; null value if reported.
MlirValue milMaterializeLiteral(MilImporter *im, const MilLiteral *literal,
                                const char *name, MilPos pos);
/// Appends an arith.constant splat `value` of `type` (f16/f32/i32 tensor).
MlirValue milMaterializeSplat(MilImporter *im, MlirType type, double value,
                              const char *name, MilPos pos);
/// True if consts of this dtype become arith.constant (fp16, fp32, int32,
/// int8, uint8, bool).
bool milIsMaterializable(MilDType dtype);

//===- import_ops.c -------------------------------------------------------===//

/// Builds the ane.* op of `info` for `stmt`.
MilMapStatus milImportAneOp(MilImporter *im, const MilStatement *stmt,
                            const MilOpInfo *info, MilUnsupported *why);

//===- import_opaque.c ----------------------------------------------------===//

/// Builds the opaque `mil.<op>` op for `stmt`.
bool milImportOpaqueOp(MilImporter *im, const MilStatement *stmt);

#endif // ANE_MIL_IMPORT_INTERNAL_H
