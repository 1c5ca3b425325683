//===- kernels_shape.c - reshape, transpose, concat, slices, tile, ... ----===//
//
// Data movement only. Values are copied through aneRoundValue anyway (it is
// idempotent on already-stored values) so every stored element takes the one
// rounding path, whatever the numerics.
//
//===----------------------------------------------------------------------===//

#include "kernels_internal.h"

#include "dialect/shape.h"

#include <string.h>

// Copies `count` values from `src`, stored-rounded as `dtype`.
static void copyRounded(AneNumerics numerics, AneDType dtype, double *dst,
                        const double *src, int64_t count) {
  for (int64_t i = 0; i < count; ++i)
    dst[i] = aneRoundValue(numerics, dtype, src[i]);
}

// reshape, expand_dims, squeeze and identity keep the row-major order of
// the elements: only the shape, which the verifier checked, changes.
static bool copyAll(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 1, 1))
    return false;
  const AneTensor *x = call->operands[0];
  AneTensor *r = call->result;
  if (x->size != r->size)
    return aneKernelFail(call,
                         "result element count %lld does not match x "
                         "element count %lld",
                         (long long)r->size, (long long)x->size);
  copyRounded(call->numerics, r->dtype, r->data, x->data, x->size);
  return true;
}

bool aneKernelReshape(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 1, 1))
    return false;
  AneTensor *r = call->result;
  int64_t shape[ANE_INTERP_MAX_RANK];
  int count;
  if (!aneKernelGetI64Array(call, "shape", shape, ANE_INTERP_MAX_RANK, &count))
    return false;
  bool matches = count == r->rank;
  for (int d = 0; matches && d < count; ++d)
    matches = shape[d] == r->dims[d];
  if (!matches)
    return aneKernelFail(call, "shape does not match the result shape");
  return copyAll(call);
}

bool aneKernelTranspose(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 1, 1))
    return false;
  const AneTensor *x = call->operands[0];
  AneTensor *r = call->result;
  int64_t perm[ANE_INTERP_MAX_RANK];
  int count;
  if (!aneKernelGetI64Array(call, "perm", perm, ANE_INTERP_MAX_RANK, &count))
    return false;
  if (count != x->rank || r->rank != x->rank)
    return aneKernelFail(call, "perm length %d does not match x rank %d", count,
                         x->rank);
  bool seen[ANE_INTERP_MAX_RANK] = {false};
  int64_t xStrides[ANE_INTERP_MAX_RANK];
  aneTensorStrides(x, xStrides);

  // Walk the result in order; result dim i advances x along dim perm[i].
  AneWalk w;
  aneWalkInit(&w, r->rank, r->dims, 1);
  for (int i = 0; i < count; ++i) {
    if (perm[i] < 0) // counts from the end, as coremlc writes it
      perm[i] += x->rank;
    if (perm[i] < 0 || perm[i] >= x->rank || seen[perm[i]])
      return aneKernelFail(call, "perm is not a permutation of 0..%d",
                           x->rank - 1);
    seen[perm[i]] = true;
    if (r->dims[i] != x->dims[perm[i]])
      return aneKernelFail(call, "result shape does not match the permuted "
                                 "x shape");
    w.strides[0][i] = xStrides[perm[i]];
  }

  AneNumerics numerics = call->numerics;
  int64_t s = w.strides[0][r->rank - 1];
  double *out = r->data;
  for (int64_t row = 0; row < w.numRows; ++row, aneWalkNextRow(&w)) {
    const double *in = x->data + w.offsets[0];
    for (int64_t j = 0; j < w.rowLength; ++j)
      *out++ = aneRoundValue(numerics, r->dtype, in[j * s]);
  }
  return true;
}

bool aneKernelConcat(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 1, 1 << 30))
    return false;
  AneTensor *r = call->result;
  int64_t axisValue;
  bool interleave;
  int axis;
  if (!aneKernelGetI64(call, "axis", &axisValue) ||
      !aneKernelGetBool(call, "interleave", &interleave) ||
      !aneKernelNormalizeAxis(call, axisValue, r->rank, &axis))
    return false;

  // Every operand must match the result outside the axis; the axis dims
  // must add up (and, interleaved, be equal).
  const AneTensor *first = call->operands[0];
  int64_t total = 0;
  for (int i = 0; i < call->numOperands; ++i) {
    const AneTensor *t = call->operands[i];
    bool ok = t->rank == r->rank;
    for (int d = 0; ok && d < r->rank; ++d)
      ok = d == axis || t->dims[d] == r->dims[d];
    if (ok && interleave)
      ok = t->dims[axis] == first->dims[axis];
    if (!ok)
      return aneKernelFail(call,
                           "operand #%d shape does not fit the result "
                           "shape",
                           i);
    total += t->dims[axis];
  }
  if (total != r->dims[axis])
    return aneKernelFail(call,
                         "result dim %d is %lld, but the operands add up "
                         "to %lld",
                         axis, (long long)r->dims[axis], (long long)total);

  int64_t outer, n, inner;
  aneSplitAxis(r, axis, &outer, &n, &inner);
  AneNumerics numerics = call->numerics;
  double *out = r->data;
  if (!interleave) {
    // Appended: per outer index, each operand's [dim x inner] block in turn.
    for (int64_t o = 0; o < outer; ++o)
      for (int i = 0; i < call->numOperands; ++i) {
        const AneTensor *t = call->operands[i];
        int64_t block = t->dims[axis] * inner;
        copyRounded(numerics, r->dtype, out, t->data + o * block, block);
        out += block;
      }
    return true;
  }
  // Interleaved (MIL): result slice s * numOperands + i is slice s of
  // operand i.
  int64_t slices = first->dims[axis];
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t s = 0; s < slices; ++s)
      for (int i = 0; i < call->numOperands; ++i) {
        const double *src = call->operands[i]->data + (o * slices + s) * inner;
        copyRounded(numerics, r->dtype, out, src, inner);
        out += inner;
      }
  return true;
}

bool aneKernelSliceBySize(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 1, 1))
    return false;
  const AneTensor *x = call->operands[0];
  AneTensor *r = call->result;
  int64_t begin[ANE_INTERP_MAX_RANK], size[ANE_INTERP_MAX_RANK];
  int numBegin, numSize;
  if (!aneKernelGetI64Array(call, "begin", begin, ANE_INTERP_MAX_RANK,
                            &numBegin) ||
      !aneKernelGetI64Array(call, "size", size, ANE_INTERP_MAX_RANK, &numSize))
    return false;
  if (numBegin != x->rank || numSize != x->rank || r->rank != x->rank)
    return aneKernelFail(call,
                         "begin and size must have one entry per dim "
                         "of x (rank %d)",
                         x->rank);

  int64_t xStrides[ANE_INTERP_MAX_RANK];
  aneTensorStrides(x, xStrides);
  AneWalk w;
  aneWalkInit(&w, r->rank, r->dims, 1);
  for (int d = 0; d < x->rank; ++d) {
    // size -1 runs to the end of the dim.
    int64_t extent = size[d] == -1 ? x->dims[d] - begin[d] : size[d];
    if (begin[d] < 0 || extent < 1 || begin[d] > x->dims[d] - extent ||
        r->dims[d] != extent)
      return aneKernelFail(call,
                           "window begin[%d] = %lld, size[%d] = %lld "
                           "does not fit x dim %lld and result dim %lld",
                           d, (long long)begin[d], d, (long long)size[d],
                           (long long)x->dims[d], (long long)r->dims[d]);
    w.offsets[0] += begin[d] * xStrides[d];
    w.strides[0][d] = xStrides[d];
  }

  AneNumerics numerics = call->numerics;
  double *out = r->data;
  for (int64_t row = 0; row < w.numRows; ++row, aneWalkNextRow(&w))
    copyRounded(numerics, r->dtype, out + row * w.rowLength,
                x->data + w.offsets[0], w.rowLength);
  return true;
}

bool aneKernelExpandDims(AneKernelCall *call) { return copyAll(call); }
bool aneKernelSqueeze(AneKernelCall *call) { return copyAll(call); }
bool aneKernelIdentity(AneKernelCall *call) { return copyAll(call); }

// gather: with B = the batch dims (shared by x and indices), M = x's dims
// between them and the axis, K = indices' other dims, I = the dims after
// the axis: result[b, m, k, i] = x[b, m, indices[b, k], i]. A negative
// index counts from the end; one outside [-n, n) is an error.
bool aneKernelGather(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 2, 2))
    return false;
  const AneTensor *x = call->operands[0], *indices = call->operands[1];
  AneTensor *r = call->result;
  int64_t axisValue, batchDims;
  int axis;
  if (!aneKernelGetI64(call, "axis", &axisValue) ||
      !aneKernelGetI64(call, "batch_dims", &batchDims) ||
      !aneKernelNormalizeAxis(call, axisValue, x->rank, &axis))
    return false;
  if (indices->dtype != ANE_DTYPE_I32)
    return aneKernelFail(call, "indices must be i32");
  if (batchDims < 0 || batchDims > axis || batchDims > indices->rank)
    return aneKernelFail(call, "batch_dims %lld is out of range",
                         (long long)batchDims);
  int64_t batch = 1, mid = 1, k = 1, outer, n, inner;
  for (int d = 0; d < batchDims; ++d) {
    if (x->dims[d] != indices->dims[d])
      return aneKernelFail(call, "indices and x differ in batch dim %d", d);
    batch *= x->dims[d];
  }
  for (int d = (int)batchDims; d < axis; ++d)
    mid *= x->dims[d];
  for (int d = (int)batchDims; d < indices->rank; ++d)
    k *= indices->dims[d];
  aneSplitAxis(x, axis, &outer, &n, &inner);
  if (r->size != batch * mid * k * inner)
    return aneKernelFail(call, "result shape does not match the gathered "
                               "shape");
  double *out = r->data;
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t m = 0; m < mid; ++m)
      for (int64_t j = 0; j < k; ++j) {
        int64_t at = b * k + j, index = (int64_t)indices->data[at];
        if (index < -n || index >= n)
          return aneKernelFail(call,
                               "index %lld (indices element %lld) is out of "
                               "range for dim %d of x (size %lld)",
                               (long long)index, (long long)at, axis,
                               (long long)n);
        if (index < 0)
          index += n;
        copyRounded(call->numerics, r->dtype, out,
                    x->data + ((b * mid + m) * n + index) * inner, inner);
        out += inner;
      }
  return true;
}

// The results are consecutive blocks of x along the axis: per outer index,
// each result takes its [dim x inner] block in turn (concat's inverse).
bool aneKernelSplit(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 1, 1))
    return false;
  const AneTensor *x = call->operands[0];
  int64_t axisValue;
  int axis;
  if (!aneKernelGetI64(call, "axis", &axisValue) ||
      !aneKernelNormalizeAxis(call, axisValue, x->rank, &axis))
    return false;
  int64_t total = 0;
  for (int i = 0; i < call->numResults; ++i) {
    const AneTensor *r = call->results[i];
    bool ok = r && r->rank == x->rank && (r->size == 0 || r->data);
    for (int d = 0; ok && d < x->rank; ++d)
      ok = d == axis || r->dims[d] == x->dims[d];
    if (!ok)
      return aneKernelFail(call, "result #%d shape does not fit x's shape", i);
    total += r->dims[axis];
  }
  if (total != x->dims[axis])
    return aneKernelFail(call,
                         "the results add up to %lld along dim %d, x has "
                         "%lld",
                         (long long)total, axis, (long long)x->dims[axis]);
  int64_t outer, n, inner;
  aneSplitAxis(x, axis, &outer, &n, &inner);
  const double *in = x->data;
  for (int64_t o = 0; o < outer; ++o)
    for (int i = 0; i < call->numResults; ++i) {
      AneTensor *r = call->results[i];
      int64_t block = r->dims[axis] * inner;
      copyRounded(call->numerics, r->dtype, r->data + o * block, in, block);
      in += block;
    }
  return true;
}

bool aneKernelTile(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 1, 1))
    return false;
  const AneTensor *x = call->operands[0];
  AneTensor *r = call->result;
  if (r->rank != x->rank)
    return aneKernelFail(call, "result rank %d does not match x rank %d",
                         r->rank, x->rank);
  for (int d = 0; d < x->rank; ++d)
    if (x->dims[d] == 0 || r->dims[d] % x->dims[d] != 0)
      return aneKernelFail(call, "result dim %d is not a multiple of x's", d);
  int64_t xStrides[ANE_INTERP_MAX_RANK];
  aneTensorStrides(x, xStrides);
  // Result index i reads x at i mod x.dims, dim by dim.
  int64_t index[ANE_INTERP_MAX_RANK] = {0};
  double *out = r->data;
  for (int64_t n = 0; n < r->size; ++n) {
    int64_t offset = 0;
    for (int d = 0; d < r->rank; ++d)
      offset += (index[d] % x->dims[d]) * xStrides[d];
    *out++ = aneRoundValue(call->numerics, r->dtype, x->data[offset]);
    for (int d = r->rank - 1; d >= 0; --d) {
      if (++index[d] < r->dims[d])
        break;
      index[d] = 0;
    }
  }
  return true;
}

bool aneKernelSliceByIndex(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 1, 1))
    return false;
  const AneTensor *x = call->operands[0];
  AneTensor *r = call->result;
  static const char *const kNames[6] = {"begin",    "end",      "stride",
                                        "begin_mask", "end_mask",
                                        "squeeze_mask"};
  int64_t v[6][ANE_INTERP_MAX_RANK];
  for (int k = 0; k < 6; ++k) {
    int count;
    if (!aneKernelGetI64Array(call, kNames[k], v[k], ANE_INTERP_MAX_RANK,
                              &count))
      return false;
    if (count != x->rank)
      return aneKernelFail(call, "%s must have %d entries", kNames[k],
                           x->rank);
  }
  // Walk the result as x's rank (squeezed dims have one element), reading x
  // from each dim's start with its stride.
  int64_t xStrides[ANE_INTERP_MAX_RANK], dims[ANE_INTERP_MAX_RANK];
  int64_t offset = 0, total = 1;
  aneTensorStrides(x, xStrides);
  AneWalk w;
  for (int d = 0; d < x->rank; ++d) {
    int64_t start, count = 1;
    bool ok = v[5][d] ? aneSliceSqueezedDim(x->dims[d], v[0][d], &start)
                      : aneSliceDim(x->dims[d], v[0][d], v[1][d], v[2][d],
                                    v[3][d] != 0, v[4][d] != 0, &start,
                                    &count);
    if (!ok || count == 0)
      return aneKernelFail(call, "the slice of dim %d is empty", d);
    dims[d] = count;
    total *= count;
    offset += start * xStrides[d];
  }
  if (total != r->size)
    return aneKernelFail(call, "result shape does not match the slice");
  aneWalkInit(&w, x->rank, dims, 1);
  for (int d = 0; d < x->rank; ++d)
    w.strides[0][d] = v[2][d] * xStrides[d];
  int64_t s = w.strides[0][x->rank - 1];
  double *out = r->data;
  for (int64_t row = 0; row < w.numRows; ++row, aneWalkNextRow(&w)) {
    const double *in = x->data + offset + w.offsets[0];
    for (int64_t j = 0; j < w.rowLength; ++j)
      *out++ = aneRoundValue(call->numerics, r->dtype, in[j * s]);
  }
  return true;
}

// The x index that result index `i` of a dim reads, or -1 for the constant.
static int64_t padSource(int64_t i, int64_t before, int64_t dim, int mode) {
  int64_t j = i - before;
  if (j >= 0 && j < dim)
    return j;
  if (mode == 0)
    return -1;
  if (mode == 1) // reflect: the edge is not repeated
    return j < 0 ? -j : 2 * (dim - 1) - j;
  return j < 0 ? 0 : dim - 1; // replicate
}

bool aneKernelPad(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 1, 1))
    return false;
  const AneTensor *x = call->operands[0];
  AneTensor *r = call->result;
  int64_t pad[2 * ANE_INTERP_MAX_RANK];
  int count;
  MlirStringRef modeName;
  double value;
  if (!aneKernelGetI64Array(call, "pad", pad, 2 * ANE_INTERP_MAX_RANK,
                            &count) ||
      !aneKernelGetString(call, "mode", &modeName) ||
      !aneKernelGetFloat(call, "constant_val", &value))
    return false;
  if (count != 2 * x->rank || r->rank != x->rank)
    return aneKernelFail(call, "pad must have two entries per dim of x");
  int mode = modeName.length == 7 && !memcmp(modeName.data, "reflect", 7) ? 1
             : modeName.length == 9 && !memcmp(modeName.data, "replicate", 9)
                 ? 2
                 : 0;
  int64_t xStrides[ANE_INTERP_MAX_RANK], index[ANE_INTERP_MAX_RANK] = {0};
  aneTensorStrides(x, xStrides);
  double fill = aneRoundValue(call->numerics, r->dtype, value);
  for (int64_t n = 0; n < r->size; ++n) {
    int64_t offset = 0;
    for (int d = 0; d < r->rank && offset >= 0; ++d) {
      int64_t s = padSource(index[d], pad[2 * d], x->dims[d], mode);
      offset = s < 0 ? -1 : offset + s * xStrides[d];
    }
    r->data[n] = offset < 0 ? fill
                            : aneRoundValue(call->numerics, r->dtype,
                                            x->data[offset]);
    for (int d = r->rank - 1; d >= 0; --d) {
      if (++index[d] < r->dims[d])
        break;
      index[d] = 0;
    }
  }
  return true;
}
