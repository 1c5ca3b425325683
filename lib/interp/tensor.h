//===- tensor.h - Dense host tensors and the two numerics of ane-run ------===//
//
// The interpreter keeps every tensor as doubles in row-major order, already
// rounded to the precision the chosen numerics stores it in, so kernels can
// compute in double/float and call aneRoundValue once per stored element.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_INTERP_TENSOR_H
#define ANE_INTERP_TENSOR_H

#include "mlir-c/IR.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ANE_INTERP_MAX_RANK 5

typedef enum {
  ANE_DTYPE_F16,
  ANE_DTYPE_F32,
  ANE_DTYPE_I32,
  ANE_DTYPE_BOOL, ///< i1: 0 or 1
  ANE_DTYPE_I8,   ///< signless i8 (MIL int8): -128..127
  ANE_DTYPE_U8,   ///< ui8 (MIL uint8): 0..255
} AneDType;

typedef enum {
  /// The mathematical reference: every op computed in double, float
  /// results stored as f32 (f16 tensors too: the reference ignores f16).
  ANE_NUMERICS_F32,
  /// What the ANE does: float results stored as fp16 after every op
  /// (whatever the declared type), fp32 arithmetic inside an op (including
  /// the accumulation of reductions and matmul), epsilons rounded to fp16.
  ANE_NUMERICS_ANE_FP16,
} AneNumerics;

typedef struct {
  AneDType dtype;
  int rank;
  int64_t dims[ANE_INTERP_MAX_RANK];
  int64_t size;  ///< Product of dims.
  double *data;  ///< Owned; `size` values.
} AneTensor;

/// Allocates a zero-filled tensor. Returns false with a reason in `error`
/// if the element count overflows, the memory budget would be exceeded, or
/// the allocation fails; `t` then owns nothing.
bool aneTensorInit(AneTensor *t, AneDType dtype, int rank,
                   const int64_t *dims, char *error, size_t errorSize);
void aneTensorDestroy(AneTensor *t);

/// The memory budget of the interpreter: the bytes of tensor data that may
/// be alive at once (0, the default: unlimited). aneTensorInit fails with a
/// message naming the budget instead of allocating past it.
void aneTensorSetMemoryBudget(uint64_t bytes);

/// Reads dtype and static shape from a ranked tensor type. Returns false
/// (with a reason in `error`) for unsupported element types, dynamic dims or
/// ranks outside 1..5.
bool aneTensorTypeInfo(MlirType type, AneDType *dtype, int *rank,
                       int64_t *dims, char *error, size_t errorSize);

/// Rounds `value` to how `numerics` stores an element of `dtype`: f32 mode
/// rounds floats to f32; ane-fp16 mode rounds every float to fp16; i32 is
/// truncated toward zero and saturated in both, i8 and ui8 likewise to their
/// ranges (NaN is 0); bool is 1 for any nonzero value (NaN included, as
/// numpy casts it) and 0 for zero.
double aneRoundValue(AneNumerics numerics, AneDType dtype, double value);

/// aneRoundValue on data[0, n) in place, with the choice of rounding made
/// once rather than per element (the f32 loop vectorizes).
void aneRoundArray(AneNumerics numerics, AneDType dtype, double *data,
                   int64_t n);

/// Rounds a float arithmetic intermediate the way the numerics computes it:
/// the identity in f32 mode (double), to f32 in ane-fp16 mode.
double aneComputeValue(AneNumerics numerics, double value);

/// Rounds an op's epsilon: to fp16 in ane-fp16 mode, as is otherwise.
double aneRoundEpsilon(AneNumerics numerics, double epsilon);

/// Row-major strides of `t` (strides[rank-1] = 1).
void aneTensorStrides(const AneTensor *t, int64_t *strides);

#endif // ANE_INTERP_TENSOR_H
