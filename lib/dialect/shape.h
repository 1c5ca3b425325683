//===- shape.h - Tensor shape helpers shared by the verifier and passes ---===//
//
// Small value-type helpers over ranked tensor shapes: reading a shape out of
// an MlirType, numpy broadcasting, Python-style axis normalization, and
// formatting shapes/types/attributes into caller-owned buffers for
// diagnostics. Nothing here allocates or emits diagnostics.
//
// Dynamic dimensions are stored as ANE_DYNAMIC_DIM (MLIR's ShapedType
// kDynamic value) and printed as `?`.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_DIALECT_SHAPE_H
#define ANE_DIALECT_SHAPE_H

#include "mlir-c/IR.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// The ANE's tensor rank limit: valid ANE tensors have rank 1..ANE_MAX_RANK.
#define ANE_MAX_RANK 5

/// The largest dimension size the ANE accepts (2^31 - 1).
#define ANE_MAX_DIM_SIZE INT64_C(2147483647)

/// The stored value of a dynamic (`?`) dimension; equal to
/// mlirShapedTypeGetDynamicSize().
#define ANE_DYNAMIC_DIM INT64_MIN

/// A ranked shape of at most ANE_MAX_RANK dims. Rank 0 is representable (it
/// is the shape of a full reduction) even though ANE tensors cannot have it.
typedef struct AneShape {
  int64_t rank;
  int64_t dims[ANE_MAX_RANK];
} AneShape;

/// Element types the dialect knows about.
typedef enum AneElementKind {
  AneElementF16,
  AneElementF32,
  AneElementI32,
  AneElementBool, ///< i1
  AneElementI8,   ///< signless i8 (MIL int8)
  AneElementU8,   ///< ui8 (MIL uint8)
  AneElementOther,
} AneElementKind;

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

/// Returns the rank of `type` if it is a ranked tensor, or -1 otherwise.
int64_t aneTensorRank(MlirType type);

/// Classifies a tensor's element type (or a scalar type) as f16, f32, i32
/// (signless) or something else.
AneElementKind aneElementKindOf(MlirType elementType);

/// Reads the shape of ranked tensor `type` into `out`. Returns false (and
/// leaves `out` with rank 0) if `type` is not a ranked tensor or its rank
/// exceeds ANE_MAX_RANK.
bool aneShapeFromType(MlirType type, AneShape *out);

//===----------------------------------------------------------------------===//
// Dimensions and shapes
//===----------------------------------------------------------------------===//

/// Returns true if `dim` is the dynamic (`?`) size.
static inline bool aneDimIsDynamic(int64_t dim) {
  return dim == ANE_DYNAMIC_DIM;
}

/// Two dims are compatible when they are equal or either is dynamic.
static inline bool aneDimsCompatible(int64_t a, int64_t b) {
  return a == b || aneDimIsDynamic(a) || aneDimIsDynamic(b);
}

/// Returns true if `a` and `b` have the same rank and pairwise compatible
/// dims (a dynamic dim matches anything), like MLIR's verifyCompatibleShape.
bool aneShapesCompatible(const AneShape *a, const AneShape *b);

/// Returns true if every dim of `shape` is static.
bool aneShapeIsStatic(const AneShape *shape);

/// Computes the element count of a static shape into `*count` (1 for rank
/// 0). Returns false if a dim is dynamic or negative, or the count would
/// overflow int64_t.
bool aneShapeNumElements(const AneShape *shape, int64_t *count);

/// Numpy broadcasting of `a` and `b` into `out` (trailing dims aligned; a dim
/// of 1 stretches). A dynamic dim is compatible with anything: against 1 it
/// stays dynamic, against a known size n it becomes n. Returns false if the
/// shapes are not broadcast-compatible. `out` may alias `a` or `b`.
bool aneBroadcastShapes(const AneShape *a, const AneShape *b, AneShape *out);

/// The result shape of reducing `x` over `axes` (Python-style, may be
/// negative): reduced dims become 1 with `keepDims`, else they are dropped.
/// Returns false if an axis is out of range or repeated (after
/// normalization), `numAxes` is 0, or the result would have rank 0 (every dim
/// dropped), which no ANE tensor can have.
bool aneReduceShape(const AneShape *x, const int64_t *axes, intptr_t numAxes,
                    bool keepDims, AneShape *out);

/// One dim of MIL's slice_by_index, as Python's slice(begin, end, stride)
/// indexes a sequence of `dim` (static, >= 1) elements: negative begin/end
/// count from the end, out-of-range ones are clamped, a mask means "from
/// the start" (begin) or "to the end" (end) in the stride's direction.
/// Returns false if stride is 0; else the first index and the count (0 for
/// an empty slice).
bool aneSliceDim(int64_t dim, int64_t begin, int64_t end, int64_t stride,
                 bool beginMask, bool endMask, int64_t *start,
                 int64_t *count);

/// A squeezed dim of slice_by_index selects element `begin` (negative from
/// the end; end, stride and the masks do not apply, as in TensorFlow's
/// strided slice): its index in `*start`, or false if out of range.
bool aneSliceSqueezedDim(int64_t dim, int64_t begin, int64_t *start);

/// One spatial dim of a convolution: input size `in` (static, >= 1), kernel
/// size `k`, `stride`, `dilation` (all >= 1) and padding before/after
/// (>= 0). Returns false if the dilated kernel does not fit the padded input
/// (no output position) or a value is out of range; else the output size.
bool aneConvOutputDim(int64_t in, int64_t k, int64_t stride, int64_t dilation,
                      int64_t padBefore, int64_t padAfter, int64_t *out);

/// MIL's `same` padding of one spatial dim (output = ceil(in / stride)):
/// the total pad is split in half, the odd one out going after, or before
/// with `lower` (`same_lower`). Arguments as for aneConvOutputDim.
void aneConvSamePadding(int64_t in, int64_t k, int64_t stride,
                        int64_t dilation, bool lower, int64_t *padBefore,
                        int64_t *padAfter);

/// Marks in `marked` each axis of `axes` (an array<i64>; negative axes count
/// from the end) of a rank-`rank` tensor. False if `axes` is not a
/// non-empty list of distinct axes in range.
bool aneMarkAxes(MlirAttribute axes, int64_t rank, bool marked[ANE_MAX_RANK]);

/// Maps a Python-style axis in [-rank, rank) to [0, rank) in `*out`.
/// Returns false if `axis` is out of range (always, for rank <= 0).
bool aneNormalizeAxis(int64_t axis, int64_t rank, int64_t *out);

//===----------------------------------------------------------------------===//
// Formatting (for diagnostics)
//
// Each writes a NUL-terminated string into `buf` (capacity `cap` > 0),
// truncating with "..." if it does not fit, and returns `buf` so calls can be
// used directly as printf arguments.
//===----------------------------------------------------------------------===//

/// Formats a shape as `[4, ?, 8]` (`[]` for rank 0).
const char *aneShapeFormat(const AneShape *shape, char *buf, size_t cap);

/// Formats the values of a DenseI64ArrayAttr as `[1, -1, 3]`; anything else
/// is printed with MLIR's printer.
const char *aneI64ArrayFormat(MlirAttribute attr, char *buf, size_t cap);

/// Formats `type` with MLIR's printer, e.g. `f16` or `tensor<4x8xf16>`.
const char *aneTypeFormat(MlirType type, char *buf, size_t cap);

/// Formats `attr` with MLIR's printer, e.g. `array<i32: 1, 2>`.
const char *aneAttributeFormat(MlirAttribute attr, char *buf, size_t cap);

#endif // ANE_DIALECT_SHAPE_H
