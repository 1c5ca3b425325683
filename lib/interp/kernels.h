//===- kernels.h - One function per ANE op: the reference semantics -------===//

#ifndef ANE_INTERP_KERNELS_H
#define ANE_INTERP_KERNELS_H

#include "tensor.h"

#include "mlir-c/IR.h"

#include <stdbool.h>
#include <stddef.h>

/// Everything a kernel needs: the op (for its attributes), its evaluated
/// operands, and its results, already allocated with the shapes and dtypes
/// of the op's (verified, static) result types and zero-filled. `result` is
/// results[0]: ops with one result (all but ANE_OPF_VARIADIC_RESULTS ones)
/// use it alone.
typedef struct {
  AneNumerics numerics;
  MlirOperation op;
  const AneTensor *const *operands;
  int numOperands;
  AneTensor *result;
  char *error;      ///< Set (NUL-terminated) when the kernel fails.
  size_t errorSize;
  AneTensor *const *results;
  int numResults;
} AneKernelCall;

/// Computes `call->result`. Returns false with `call->error` set if the op
/// cannot be executed (it has been verified, so this is rare: e.g. an
/// attribute of an unexpected kind).
typedef bool (*AneKernel)(AneKernelCall *call);

/// Returns the kernel of the ANE op named `shortName` ("rms_norm", without
/// the "ane." prefix), or NULL if there is none.
AneKernel aneLookupKernel(MlirStringRef shortName);

#endif // ANE_INTERP_KERNELS_H
