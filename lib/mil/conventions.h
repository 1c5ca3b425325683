//===- conventions.h - How MIL facts without an ANE op are kept in MLIR ----===//
//
// The importer and the exporter agree on these so that MIL -> ANE -> MIL and
// ANE -> MIL -> ANE round trips are exact (docs/mil.md, "Round trips"):
//
// - Function argument and result names are the MIL interface (the Core ML
//   input and output names): `{mil.name = "x"}` argument/result attributes.
//   A name equal to the default (`arg<i>` for argument i, `out<i>` for result
//   i) is not written, so IR without names exports with the defaults and
//   re-imports to the same IR.
// - The program's buildInfo is the module attribute `mil.build_info` (a
//   dictionary of strings), omitted when it is the default below.
// - Intermediate value names travel in NameLoc locations ("t3"(file:l:c)),
//   which the exporter reuses when present.
// - An opaque op (--allow-unknown) is the unregistered op `mil.<op>`: its
//   run-time operands are MLIR operands named in order by the string array
//   `mil.operands`; the parameters named in `mil.tuples` are tuples
//   (`values = (a, b)`); every other parameter is an attribute of the same
//   name holding the const value. Attributes of the statement besides
//   `name` (`[axis = int32(0), name = ..., quantized_data = ...]`, how iOS16
//   programs write constexpr_* ops) are the dictionary `mil.attributes`,
//   written back inside the brackets.
// - Which of split's optional parameters a MIL statement wrote: ane.split
//   always holds split_sizes; `mil.split_params`, a string array, lists
//   the ones written when that is not split_sizes alone (["num_splits"] or
//   ["num_splits", "split_sizes"]), so the exporter writes the same form.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_MIL_CONVENTIONS_H
#define ANE_MIL_CONVENTIONS_H

#include "mlir-c/Support.h"

#include <stdbool.h>
#include <stddef.h>

#define MIL_ATTR_NAME "mil.name"
#define MIL_ATTR_BUILD_INFO "mil.build_info"
#define MIL_ATTR_OPERANDS "mil.operands"
#define MIL_ATTR_TUPLES "mil.tuples"
#define MIL_ATTR_ATTRIBUTES "mil.attributes"
#define MIL_ATTR_FUNCTION_ATTRIBUTES "mil.function_attributes"
#define MIL_ATTR_PROGRAM_ATTRIBUTES "mil.program_attributes"
#define MIL_ATTR_SPLIT_PARAMS "mil.split_params"
#define MIL_OPAQUE_PREFIX "mil."

/// The weight file the exporter writes, relative to the model.mil folder,
/// and how BLOBFILE references name it.
#define MIL_WEIGHTS_DIR "weights"
#define MIL_WEIGHTS_FILE "weights/weight.bin"
#define MIL_WEIGHTS_REF "@model_path/weights/weight.bin"
#define MIL_MODEL_PATH_PREFIX "@model_path/"

/// The buildInfo written when a module has no `mil.build_info` (ANEForge's
/// two keys, known to compile on device).
extern const char *const milDefaultBuildInfo[][2];
extern const size_t milDefaultBuildInfoCount;

/// Writes the default name of function argument / result `index` into `out`.
void milDefaultArgName(size_t index, char *out, size_t size);
void milDefaultResultName(size_t index, char *out, size_t size);

/// True if `s` is a MIL identifier, [A-Za-z_][A-Za-z0-9_]*: what the
/// exporter writes as an op, function or parameter name (anything else
/// could change the program's meaning when written unescaped).
bool milIsIdentifier(MlirStringRef s);

/// True if every byte of `s` can be written inside a MIL string literal:
/// `"`, `\`, newline and tab are escaped; other control bytes (NUL, CR,
/// ...) have no escape in MIL and are refused.
bool milIsWritableString(MlirStringRef s);

/// Formats `s` for an error message: printable ASCII kept, any other byte
/// as \xHH; truncated with "..." to fit `cap`. Returns `buf`.
const char *milFormatForMessage(MlirStringRef s, char *buf, size_t cap);

#endif // ANE_MIL_CONVENTIONS_H
