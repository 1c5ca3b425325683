//===- kernels_linalg.c - matmul and linear -------------------------------===//
//
// Both are GEMMs through aneGemm (kernels_gemm.c): double accumulation in
// f32 mode, fp32 in ane-fp16 mode; each output element (plus linear's bias)
// is stored-rounded once.
//
//===----------------------------------------------------------------------===//

#include "kernels_internal.h"

bool aneKernelMatmul(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 2, 2))
    return false;
  const AneTensor *x = call->operands[0];
  const AneTensor *y = call->operands[1];
  AneTensor *r = call->result;
  bool transposeX, transposeY;
  if (!aneKernelGetBool(call, "transpose_x", &transposeX) ||
      !aneKernelGetBool(call, "transpose_y", &transposeY))
    return false;
  if (x->rank < 2 || y->rank < 2 || r->rank < 2)
    return aneKernelFail(call, "x, y and result must have rank >= 2");

  // x is [..., M, K] ([..., K, M] when transposed), y [..., K, N].
  int xr = x->rank, yr = y->rank, rr = r->rank;
  int64_t m = transposeX ? x->dims[xr - 1] : x->dims[xr - 2];
  int64_t k = transposeX ? x->dims[xr - 2] : x->dims[xr - 1];
  int64_t ky = transposeY ? y->dims[yr - 1] : y->dims[yr - 2];
  int64_t n = transposeY ? y->dims[yr - 2] : y->dims[yr - 1];
  if (k != ky)
    return aneKernelFail(call, "contracting dims do not match: %lld vs %lld",
                         (long long)k, (long long)ky);
  if (r->dims[rr - 2] != m || r->dims[rr - 1] != n)
    return aneKernelFail(call, "result shape does not match [..., %lld, %lld]",
                         (long long)m, (long long)n);
  // Each matrix is dense with row stride = its last dim; transposition is
  // BLAS's flag.
  int64_t xCols = x->dims[xr - 1], yCols = y->dims[yr - 1];

  // Batch dims: walk the result's, reading x's and y's broadcast. A rank-2
  // result has one (empty) batch; the walker then needs a dummy dim.
  int batchRank = rr - 2;
  int64_t batchDims[ANE_INTERP_MAX_RANK];
  int64_t xStrides[ANE_INTERP_MAX_RANK], yStrides[ANE_INTERP_MAX_RANK];
  for (int d = 0; d < batchRank; ++d)
    batchDims[d] = r->dims[d];
  if (xr - 2 > batchRank || yr - 2 > batchRank)
    return aneKernelFail(call, "result rank is lower than an operand's");
  AneWalk w;
  if (batchRank == 0) {
    int64_t one = 1;
    aneWalkInit(&w, 1, &one, 2);
  } else {
    aneWalkInit(&w, batchRank, batchDims, 2);
    // Broadcast strides over the batch dims, scaled by the matrix size.
    if (!aneBroadcastStrides(batchRank, batchDims, xr - 2, x->dims, xStrides) ||
        !aneBroadcastStrides(batchRank, batchDims, yr - 2, y->dims, yStrides))
      return aneKernelFail(call, "batch dims do not broadcast to the result");
    int64_t xMatrix = x->dims[xr - 2] * x->dims[xr - 1];
    int64_t yMatrix = y->dims[yr - 2] * y->dims[yr - 1];
    for (int d = 0; d < batchRank; ++d) {
      w.strides[0][d] = xStrides[d] * xMatrix;
      w.strides[1][d] = yStrides[d] * yMatrix;
    }
  }

  AneNumerics numerics = call->numerics;
  AneNumerics cn = aneKernelComputeNumerics(call);
  double *out = r->data;
  int64_t lastX = w.strides[0][w.rank - 1], lastY = w.strides[1][w.rank - 1];
  for (int64_t row = 0; row < w.numRows; ++row, aneWalkNextRow(&w)) {
    for (int64_t b = 0; b < w.rowLength; ++b, out += m * n) {
      const double *xb = x->data + w.offsets[0] + b * lastX;
      const double *yb = y->data + w.offsets[1] + b * lastY;
      if (!aneGemm(call, cn, transposeX, transposeY, m, n, k, xb, xCols, yb,
                   yCols, out))
        return false;
      for (int64_t i = 0; i < m * n; ++i)
        out[i] = aneRoundValue(numerics, r->dtype, out[i]);
    }
  }
  return true;
}

bool aneKernelLinear(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 3, 3))
    return false;
  const AneTensor *x = call->operands[0];
  const AneTensor *weight = call->operands[1];
  const AneTensor *bias = call->operands[2];
  AneTensor *r = call->result;
  int64_t k = x->dims[x->rank - 1];
  if (weight->rank != 2 || weight->dims[1] != k)
    return aneKernelFail(call, "weight shape does not match x last dim %lld",
                         (long long)k);
  int64_t n = weight->dims[0];
  if (bias->rank != 1 || bias->dims[0] != n)
    return aneKernelFail(call, "bias shape does not match weight out dim %lld",
                         (long long)n);
  bool shapeOk = r->rank == x->rank && r->dims[r->rank - 1] == n;
  for (int d = 0; shapeOk && d < x->rank - 1; ++d)
    shapeOk = r->dims[d] == x->dims[d];
  if (!shapeOk)
    return aneKernelFail(call,
                         "result shape does not match x with last dim "
                         "%lld",
                         (long long)n);

  // x [rows, K] @ weight[N, K]^T: the call a 1x1 conv makes (kernels_conv.c).
  int64_t rows = x->size / k;
  if (!aneGemm(call, aneKernelComputeNumerics(call), false, true, rows, n, k,
               x->data, k, weight->data, k, r->data))
    return false;
  double *out = r->data;
  for (int64_t i = 0; i < rows; ++i)
    for (int64_t j = 0; j < n; ++j, ++out)
      *out = aneRoundValue(call->numerics, r->dtype, *out + bias->data[j]);
  return true;
}
