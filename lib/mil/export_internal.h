//===- export_internal.h - State shared by the exporter's files ------------===//

#ifndef ANE_MIL_EXPORT_INTERNAL_H
#define ANE_MIL_EXPORT_INTERNAL_H

#include "arena.h"
#include "dtype.h"
#include "exporter.h"
#include "op_table.h"
#include "support/hash_map.h"

#include "mlir-c/IR.h"

typedef struct {
  MilExportOptions options;
  MilExport *out;
  MilArena arena;      ///< Names and parameter texts.
  AneHashMap used;     ///< Names taken in the current function (by name).
  AneHashMap values;   ///< MlirValue.ptr -> name in the current function.
  AneHashMap blobRefs; ///< Dense attribute -> its BLOBFILE literal: one
                       ///< blob per distinct constant, however often used.
  unsigned nextVar;    ///< For `var_<n>` names.
} MilExporter;

/// The indentation of body statements and of the closing `} -> (...)` line
/// (coremlc: func 4, body 12, close 8).
#define MIL_INDENT_FUNC "    "
#define MIL_INDENT_BODY "            "
#define MIL_INDENT_CLOSE "        "

//===- exporter.c ---------------------------------------------------------===//

bool milExportError(MlirOperation op, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/// Takes a free MIL name close to `desired` (sanitized, `_<k>` appended
/// while taken). NULL when out of memory.
const char *milClaimName(MilExporter *ex, const char *desired);
/// The MIL name of a value (NULL if it has none yet).
const char *milValueName(MilExporter *ex, MlirValue value);
/// Appends `TYPE` of a value's type; false (reported at `op`) if the type
/// has no MIL spelling.
bool milAppendValueType(MilExporter *ex, MlirOperation op, MlirType type);
/// Appends a const statement `TYPE name = const()[name = ..., val = ...];`
/// for a dense elements or scalar attribute; reported at `op` on failure.
/// Appends the MIL literal of `value` (a dense tensor, inline or BLOBFILE, or
/// a float/integer/bool/string scalar) to the program text; false with an
/// error at `op` if MIL cannot hold it.
bool milAppendLiteral(MilExporter *ex, MlirOperation op, MlirAttribute value);

bool milEmitConst(MilExporter *ex, MlirOperation op, const char *name,
                  MlirAttribute value);
/// Appends `TYPE name = const()[...]` for `dims`-shaped integers of `dtype`
/// (uint1 ... uint8, int4, int8) packed in `bytes` (a 1-D ui8 attribute,
/// dialect/packed.h): from 10 elements a BLOBFILE holding exactly those
/// bytes, else the values inline.
bool milEmitPackedConst(MilExporter *ex, MlirOperation op, const char *name,
                        MlirAttribute bytes, MilDType dtype, int rank,
                        const int64_t *dims);

//===- export_ops.c -------------------------------------------------------===//

/// Writes the statements of one ane.* op (its parameter consts, then it).
bool milExportAneOp(MilExporter *ex, MlirOperation op, const MilOpInfo *info);
/// True for an arith.constant used only as gamma / beta of ane.layer_norm
/// ops that take another shape than MIL's: each such use is written as a
/// const of MIL's shape, so this one is not written.
bool milIsReshapedConst(MlirOperation op);
/// Writes the statements of one opaque mil.* op.
bool milExportOpaqueOp(MilExporter *ex, MlirOperation op);

#endif // ANE_MIL_EXPORT_INTERNAL_H
