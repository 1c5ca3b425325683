//===- kernels_constexpr.c - Packed weights, decompressed to compute ------===//
//
// constexpr_lut_to_dense and constexpr_blockwise_shift_scale hold their
// packed data as attributes (dialect/packed.h); only here, when ane-run
// needs the values, is it expanded. Each value is computed in double and
// stored-rounded once. (constexpr_affine_dequantize is with the other affine
// quantization kernels, in kernels_quantize.c.)
//
//===----------------------------------------------------------------------===//

#include "kernels_internal.h"

#include "dialect/constant.h"
#include "dialect/packed.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"

#include <string.h>

//===----------------------------------------------------------------------===//
// Packed integers (dialect/packed.h)
//===----------------------------------------------------------------------===//

typedef struct {
  const uint8_t *data;
  bool splat;
  unsigned bits;
  bool isSigned;
} Packed;

// A packed-bytes attribute holding `count` elements of `bits` bits; the
// verifier checked it, this only refuses what would read out of bounds.
static bool getPacked(AneKernelCall *call, MlirAttribute attr,
                      const char *name, int64_t count, unsigned bits,
                      bool isSigned, Packed *out) {
  int64_t bytes;
  if (!mlirAttributeIsADenseElements(attr) ||
      !anePackedBytes(count, bits, &bytes) ||
      mlirElementsAttrGetNumElements(attr) != bytes)
    return aneKernelFail(call, "%s does not hold %lld packed %u-bit values",
                         name, (long long)count, bits);
  *out = (Packed){mlirDenseElementsAttrGetRawData(attr),
                  mlirDenseElementsAttrIsSplat(attr), bits, isSigned};
  return true;
}

static int32_t packedAt(const Packed *p, int64_t i) {
  return anePackedGet(p->data, p->splat, i, p->bits, p->isSigned);
}

// The flat index, in a grid of shape `blocks` (each dim dividing `dims`'s),
// of the block holding the element at multi-index `at` of shape `dims`.
static int64_t blockOf(int rank, const int64_t *dims, const int64_t *blocks,
                       const int64_t *at) {
  int64_t index = 0;
  for (int d = 0; d < rank; ++d)
    index = index * blocks[d] + at[d] / (dims[d] / blocks[d]);
  return index;
}

// Steps the row-major multi-index `at` of the result to the next element.
static void nextIndex(const AneTensor *r, int64_t *at) {
  for (int d = r->rank - 1; d >= 0; --d) {
    if (++at[d] < r->dims[d])
      return;
    at[d] = 0;
  }
}

// The leading `rank` dims of `type` (a block grid dividing `dims`), false
// if they are not.
static bool blockDims(AneKernelCall *call, MlirType type, const char *name,
                      int rank, const int64_t *dims, int64_t *blocks) {
  for (int d = 0; d < rank; ++d) {
    blocks[d] = mlirShapedTypeGetDimSize(type, d);
    if (blocks[d] <= 0 || dims[d] % blocks[d] != 0)
      return aneKernelFail(call, "%s does not divide the result into blocks",
                           name);
  }
  return true;
}

bool aneKernelConstexprLutToDense(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 0, 0))
    return false;
  AneTensor *r = call->result;
  MlirAttribute indices, lut, vectorAxis;
  if (!aneKernelGetConstant(call, "indices", &indices) ||
      !aneKernelGetConstant(call, "lut", &lut) ||
      !aneKernelGetConstant(call, "vector_axis", &vectorAxis))
    return false;
  if (!mlirAttributeIsADenseElements(lut))
    return aneKernelFail(call, "lut is not a dense tensor");
  // [K]: one table; [g0, ..., K, V]: one per block of the indices, each
  // index filling V values along vector_axis (see the verifier).
  MlirType lutType = mlirAttributeGetType(lut);
  int64_t lutRank = mlirShapedTypeGetRank(lutType);
  bool perBlock = lutRank == r->rank + 2;
  int64_t vectorSize = perBlock ? mlirShapedTypeGetDimSize(lutType, lutRank - 1)
                                : 1;
  int axis = 0;
  int64_t dims[ANE_INTERP_MAX_RANK], blocks[ANE_INTERP_MAX_RANK];
  for (int d = 0; d < r->rank; ++d) {
    dims[d] = r->dims[d];
    blocks[d] = 1;
  }
  if (mlirAttributeIsAInteger(vectorAxis)) {
    if (!aneKernelNormalizeAxis(call, mlirIntegerAttrGetValueInt(vectorAxis),
                                r->rank, &axis))
      return false;
    if (vectorSize <= 0 || dims[axis] % vectorSize != 0)
      return aneKernelFail(call, "vector_axis dim is not a multiple of the "
                                 "vector size");
    dims[axis] /= vectorSize;
  } else if (vectorSize != 1) {
    return aneKernelFail(call, "a lut of vectors needs a vector_axis");
  }
  if (perBlock && !blockDims(call, lutType, "lut", r->rank, dims, blocks))
    return false;
  int64_t entries =
      mlirShapedTypeGetDimSize(lutType, perBlock ? lutRank - 2 : 0);
  unsigned bits = 1;
  while (bits < 8 && (INT64_C(1) << bits) < entries)
    ++bits;
  if ((!perBlock && lutRank != 1) || (INT64_C(1) << bits) != entries)
    return aneKernelFail(call, "lut is not a table of 2^n entries");
  Packed p = {0};
  if (!getPacked(call, indices, "indices", r->size / vectorSize, bits, false,
                 &p))
    return false;
  int64_t at[ANE_INTERP_MAX_RANK] = {0}, where[ANE_INTERP_MAX_RANK];
  for (int64_t k = 0; k < r->size; ++k, nextIndex(r, at)) {
    // The index's position: the result's, vector_axis divided by V.
    int64_t flat = 0;
    for (int d = 0; d < r->rank; ++d) {
      where[d] = d == axis ? at[d] / vectorSize : at[d];
      flat = flat * dims[d] + where[d];
    }
    // A packed index is at most 2^bits - 1 = entries - 1: always in range.
    int64_t entry =
        (blockOf(r->rank, dims, blocks, where) * entries + packedAt(&p, flat)) *
            vectorSize +
        at[axis] % vectorSize;
    double value;
    if (!aneConstantElement(lut, entry, &value))
      return aneKernelFail(call, "lut is not f16 or f32");
    r->data[k] = aneRoundValue(call->numerics, r->dtype, value);
  }
  return true;
}

bool aneKernelConstexprBlockwiseShiftScale(AneKernelCall *call) {
  if (!aneKernelCheckOperandCount(call, 0, 0))
    return false;
  AneTensor *r = call->result;
  MlirAttribute data, scale, offset, dtype;
  if (!aneKernelGetConstant(call, "data", &data) ||
      !aneKernelGetConstant(call, "scale", &scale) ||
      !aneKernelGetConstant(call, "offset", &offset) ||
      !aneKernelGetConstant(call, "data_dtype", &dtype))
    return false;
  MlirStringRef name = mlirAttributeIsAString(dtype)
                           ? mlirStringAttrGetValue(dtype)
                           : (MlirStringRef){"", 0};
  bool isSigned = name.length > 0 && name.data[0] == 'i';
  unsigned bits = name.length > 0 && name.data[name.length - 1] == '4' ? 4 : 8;
  int64_t blocks[ANE_INTERP_MAX_RANK];
  if (!mlirAttributeIsADenseElements(scale) ||
      mlirShapedTypeGetRank(mlirAttributeGetType(scale)) != r->rank ||
      !blockDims(call, mlirAttributeGetType(scale), "scale", r->rank, r->dims,
                 blocks))
    return false;
  Packed values = {0}, offsets = {0};
  bool packedOffset =
      mlirAttributeIsADenseElements(offset) &&
      mlirTypeIsAInteger(
          mlirShapedTypeGetElementType(mlirAttributeGetType(offset)));
  if (!getPacked(call, data, "data", r->size, bits, isSigned, &values) ||
      (packedOffset &&
       !getPacked(call, offset, "offset", mlirElementsAttrGetNumElements(scale),
                  bits, isSigned, &offsets)))
    return false;
  int64_t at[ANE_INTERP_MAX_RANK] = {0};
  for (int64_t k = 0; k < r->size; ++k, nextIndex(r, at)) {
    int64_t block = blockOf(r->rank, r->dims, blocks, at);
    double s, z = 0;
    if (!aneConstantElement(scale, block, &s))
      return aneKernelFail(call, "scale is not f16 or f32");
    if (packedOffset)
      z = packedAt(&offsets, block);
    else if (!mlirAttributeIsAUnit(offset) && !aneConstantElement(offset, block, &z))
      return aneKernelFail(call, "offset is not unit, packed or f16/f32");
    r->data[k] =
        aneRoundValue(call->numerics, r->dtype, (packedAt(&values, k) - z) * s);
  }
  return true;
}
