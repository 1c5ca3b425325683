//===- op_table.h - MIL op <-> ane.* op: names, kinds, parameters ----------===//
//
// One row per ANE dialect op, expanded from the op registry
// (lib/dialect/ane_ops.def). The importer and the exporter both read it, so the
// two directions cannot disagree about a name, a parameter or a default
// (docs/mil.md).
//
//===----------------------------------------------------------------------===//

#ifndef ANE_MIL_OP_TABLE_H
#define ANE_MIL_OP_TABLE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
  MIL_OP_REDUCE,        ///< x, [axes], [keep_dims]
  MIL_OP_BINARY,        ///< x, y
  MIL_OP_UNARY_EPSILON, ///< x, [epsilon]
  MIL_OP_UNARY,         ///< x
  MIL_OP_SELECT,        ///< cond, a, b
  MIL_OP_CLIP,          ///< x, alpha, beta
  MIL_OP_GELU,          ///< x, [mode]
  MIL_OP_MATMUL,        ///< x, y, [transpose_x], [transpose_y]
  MIL_OP_LINEAR,        ///< x, weight, [bias]
  MIL_OP_CONV,          ///< x, weight, [bias], [strides], [pad_type], [pad],
                        ///< [dilations], [groups]
  MIL_OP_SOFTMAX,       ///< x, [axis]
  MIL_OP_LAYER_NORM,    ///< x, [axes], [gamma], [beta], [epsilon]
  MIL_OP_RESHAPE,       ///< x, shape
  MIL_OP_TRANSPOSE,     ///< x, perm
  MIL_OP_CONCAT,        ///< values (tuple), axis, [interleave]
  MIL_OP_SLICE_BY_SIZE, ///< x, begin, size
  MIL_OP_CONSTEXPR_AFFINE_DEQUANTIZE, ///< axis, quantized_data, scale,
                                      ///< zero_point: parameters or, as
                                      ///< iOS16 writes them, attributes
  MIL_OP_CONSTEXPR_LUT_TO_DENSE,     ///< indices, lut[, shape]: iOS16
                                      ///< attributes or iOS18 parameters
  MIL_OP_CONSTEXPR_BLOCKWISE_SHIFT_SCALE, ///< data, scale[, offset]
  MIL_OP_SLICE_BY_INDEX, ///< x, begin, end, [stride], [begin_mask],
                         ///< [end_mask], [squeeze_mask]
  MIL_OP_PAD,           ///< x, pad, [mode], [constant_val]
  MIL_OP_EXPAND_DIMS,   ///< x, axes
  MIL_OP_SQUEEZE,       ///< x, [axes]
  MIL_OP_TILE,          ///< x, reps
  MIL_OP_CAST,          ///< x, dtype
  MIL_OP_QUANTIZE,      ///< input, scale, output_dtype, [zero_point], [axis]
  MIL_OP_DEQUANTIZE,    ///< input, scale, [zero_point], [axis]
  MIL_OP_GATHER,        ///< x, indices, [axis], [batch_dims]
  MIL_OP_REDUCE_ARGMAX, ///< x, [axis], [keep_dims]
  MIL_OP_SPLIT,         ///< x, axis, [num_splits], [split_sizes]: several
                        ///< results
  MIL_OP_NO_MIL,        ///< ane.rms_norm, ane.l2_norm: no MIL op on the ANE path
} MilOpKind;

typedef struct {
  const char *milName; ///< NULL for MIL_OP_NO_MIL.
  const char *aneName; ///< "ane.reduce_sum".
  MilOpKind kind;
  double defaultEpsilon; ///< MIL_OP_UNARY_EPSILON and MIL_OP_LAYER_NORM.
  const char *params;    ///< Every MIL parameter, sorted: "axes, keep_dims, x".
  bool manyResults;      ///< One or more results (ANE_OPF_VARIADIC_RESULTS).
} MilOpInfo;

/// The row of a MIL op name, or NULL.
const MilOpInfo *milLookupMilOp(const char *name);

/// The row of an ANE op name ("ane.relu"), or NULL.
const MilOpInfo *milLookupAneOp(const char *name, size_t length);

/// True if `key` is one of the MIL parameters of `info`.
bool milOpHasParam(const MilOpInfo *info, const char *key);

#endif // ANE_MIL_OP_TABLE_H
