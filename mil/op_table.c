//===- op_table.c - MIL op <-> ane.* op: names, kinds, parameters ----------===//

#include "op_table.h"

#include <string.h>

static const MilOpInfo kOps[] = {
    {"reduce_sum", "ane.reduce_sum", MIL_OP_REDUCE, 0},
    {"reduce_mean", "ane.reduce_mean", MIL_OP_REDUCE, 0},
    {"reduce_max", "ane.reduce_max", MIL_OP_REDUCE, 0},
    {"reduce_min", "ane.reduce_min", MIL_OP_REDUCE, 0},
    {"reduce_l1_norm", "ane.reduce_l1_norm", MIL_OP_REDUCE, 0},
    {"reduce_l2_norm", "ane.reduce_l2_norm", MIL_OP_REDUCE, 0},
    {"reduce_sum_square", "ane.reduce_sum_square", MIL_OP_REDUCE, 0},
    {"reduce_log_sum_exp", "ane.reduce_log_sum_exp", MIL_OP_REDUCE, 0},
    {"add", "ane.add", MIL_OP_BINARY, 0},
    {"sub", "ane.sub", MIL_OP_BINARY, 0},
    {"mul", "ane.mul", MIL_OP_BINARY, 0},
    {"real_div", "ane.real_div", MIL_OP_BINARY, 0},
    {"maximum", "ane.maximum", MIL_OP_BINARY, 0},
    {"minimum", "ane.minimum", MIL_OP_BINARY, 0},
    {"pow", "ane.pow", MIL_OP_BINARY, 0},
    // Defaults from coremltools' definitions (MIL.md section 8).
    {"rsqrt", "ane.rsqrt", MIL_OP_UNARY_EPSILON, 1e-12},
    {"inverse", "ane.inverse", MIL_OP_UNARY_EPSILON, 1e-4},
    {"log", "ane.log", MIL_OP_UNARY_EPSILON, 1e-45},
    {"sqrt", "ane.sqrt", MIL_OP_UNARY, 0},
    {"exp", "ane.exp", MIL_OP_UNARY, 0},
    {"relu", "ane.relu", MIL_OP_UNARY, 0},
    {"silu", "ane.silu", MIL_OP_UNARY, 0},
    {"sigmoid", "ane.sigmoid", MIL_OP_UNARY, 0},
    {"tanh", "ane.tanh", MIL_OP_UNARY, 0},
    {"abs", "ane.abs", MIL_OP_UNARY, 0},
    {"square", "ane.square", MIL_OP_UNARY, 0},
    {"gelu", "ane.gelu", MIL_OP_GELU, 0},
    {"matmul", "ane.matmul", MIL_OP_MATMUL, 0},
    {"linear", "ane.linear", MIL_OP_LINEAR, 0},
    {"softmax", "ane.softmax", MIL_OP_SOFTMAX, 0},
    {"layer_norm", "ane.layer_norm", MIL_OP_LAYER_NORM, 1e-5},
    {"reshape", "ane.reshape", MIL_OP_RESHAPE, 0},
    {"transpose", "ane.transpose", MIL_OP_TRANSPOSE, 0},
    {"concat", "ane.concat", MIL_OP_CONCAT, 0},
    {"slice_by_size", "ane.slice_by_size", MIL_OP_SLICE_BY_SIZE, 0},
    {"cast", "ane.cast", MIL_OP_CAST, 0},
    {NULL, "ane.rms_norm", MIL_OP_NO_MIL, 0},
    {NULL, "ane.l2_norm", MIL_OP_NO_MIL, 0},
};

static const size_t kNumOps = sizeof(kOps) / sizeof(kOps[0]);

const MilOpInfo *milLookupMilOp(const char *name) {
  for (size_t i = 0; i < kNumOps; ++i)
    if (kOps[i].milName && strcmp(kOps[i].milName, name) == 0)
      return &kOps[i];
  return NULL;
}

const MilOpInfo *milLookupAneOp(const char *name, size_t length) {
  for (size_t i = 0; i < kNumOps; ++i)
    if (strlen(kOps[i].aneName) == length &&
        memcmp(kOps[i].aneName, name, length) == 0)
      return &kOps[i];
  return NULL;
}

const char *const *milOpKindParams(MilOpKind kind) {
  static const char *const reduce[] = {"axes", "keep_dims", "x", NULL};
  static const char *const binary[] = {"x", "y", NULL};
  static const char *const unaryEps[] = {"epsilon", "x", NULL};
  static const char *const unary[] = {"x", NULL};
  static const char *const gelu[] = {"mode", "x", NULL};
  static const char *const matmul[] = {"transpose_x", "transpose_y", "x", "y",
                                       NULL};
  static const char *const linear[] = {"bias", "weight", "x", NULL};
  static const char *const softmax[] = {"axis", "x", NULL};
  static const char *const layerNorm[] = {"axes",  "beta", "epsilon",
                                          "gamma", "x",    NULL};
  static const char *const reshape[] = {"shape", "x", NULL};
  static const char *const transpose[] = {"perm", "x", NULL};
  static const char *const concat[] = {"axis", "interleave", "values", NULL};
  static const char *const slice[] = {"begin", "size", "x", NULL};
  static const char *const cast[] = {"dtype", "x", NULL};
  static const char *const none[] = {NULL};
  switch (kind) {
  case MIL_OP_REDUCE: return reduce;
  case MIL_OP_BINARY: return binary;
  case MIL_OP_UNARY_EPSILON: return unaryEps;
  case MIL_OP_UNARY: return unary;
  case MIL_OP_GELU: return gelu;
  case MIL_OP_MATMUL: return matmul;
  case MIL_OP_LINEAR: return linear;
  case MIL_OP_SOFTMAX: return softmax;
  case MIL_OP_LAYER_NORM: return layerNorm;
  case MIL_OP_RESHAPE: return reshape;
  case MIL_OP_TRANSPOSE: return transpose;
  case MIL_OP_CONCAT: return concat;
  case MIL_OP_SLICE_BY_SIZE: return slice;
  case MIL_OP_CAST: return cast;
  case MIL_OP_NO_MIL: return none;
  }
  return none;
}

const MilOpInfo *milOpTable(size_t *count) {
  *count = kNumOps;
  return kOps;
}
