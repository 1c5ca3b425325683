//===- interpreter.h - Execute a func.func of ANE IR on the CPU -----------===//

#ifndef ANE_INTERP_INTERPRETER_H
#define ANE_INTERP_INTERPRETER_H

#include "tensor.h"

#include "mlir-c/IR.h"

#include <stdbool.h>

/// Finds the `func.func` named `name` in `module` (NULL or "": the first
/// one). Returns a null op if there is none.
MlirOperation aneFindFunction(MlirOperation module, const char *name);

/// Runs `func` (a single-block func.func holding ane.* ops, arith.constant
/// and func.return) on `inputs`, which must match its argument types. On
/// success `*outputs` receives a malloc'ed array of `*numOutputs` tensors
/// (destroy each, then free the array). On failure an error diagnostic has
/// been emitted at the offending op's location and false is returned.
bool aneInterpretFunction(MlirOperation func, AneNumerics numerics,
                          const AneTensor *inputs, int numInputs,
                          AneTensor **outputs, int *numOutputs);

/// aneInterpretFunction without a copy of the inputs: each input's data
/// moves into the run, is rounded in place and is freed after its last use
/// (weights included), so peak memory is the live set. Every input is left
/// empty (data NULL, size 0), on failure too; destroy them as usual.
bool aneInterpretFunctionTakingInputs(MlirOperation func, AneNumerics numerics,
                                      AneTensor *inputs, int numInputs,
                                      AneTensor **outputs, int *numOutputs);

#endif // ANE_INTERP_INTERPRETER_H
