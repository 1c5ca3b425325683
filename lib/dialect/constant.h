//===- constant.h - Reading the values of constant attributes -------------===//
//
// The values of a `constant` attribute (a scalar, or a dense f16/f32/i8/ui8
// tensor: the scale and zero_point of the quantization ops, packed weight
// data) as doubles, for the verifier's value rules and the interpreter.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_DIALECT_CONSTANT_H
#define ANE_DIALECT_CONSTANT_H

#include "mlir-c/IR.h"

#include <stdbool.h>
#include <stdint.h>

/// Element `k` of a float or integer scalar attribute or of a dense f16, f32,
/// i8 or ui8 tensor (a splat or a one-element tensor holds one value for
/// every k). False if the attribute is of any other kind.
bool aneConstantElement(MlirAttribute attr, int64_t k, double *out);

#endif // ANE_DIALECT_CONSTANT_H
