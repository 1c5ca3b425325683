//===- interpreter.c - Execute a func.func of ANE IR on the CPU -----------===//
//
// A straight walk over the function's single block: each value's tensor is
// kept in a hash map keyed by the MlirValue pointer and freed after its last
// use, so peak memory follows the live set rather than the whole graph.
// Arguments are values too: taken inputs are freed after their last use.
//
//===----------------------------------------------------------------------===//

#include "interpreter.h"

#include "dialect/fp16.h"
#include "kernels.h"
#include "parallel.h"
#include "dialect/op_names.h"
#include "support/checked_math.h"
#include "support/format.h"
#include "support/hash_map.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/Diagnostics.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

//===----------------------------------------------------------------------===//
// Value -> tensor map: slots in an array, indexed by the value's pointer
//===----------------------------------------------------------------------===//

typedef struct {
  AneTensor tensor;
  int64_t usesLeft;
} Slot;

typedef struct {
  AneHashMap index; ///< MlirValue.ptr -> slot number + 1
  Slot *slots;
  size_t count, capacity;
} ValueMap;

static Slot *mapFind(ValueMap *m, MlirValue v) {
  void **found = aneHashMapFind(&m->index, v.ptr, ANE_HASH_POINTER_KEY);
  return found ? &m->slots[(uintptr_t)*found - 1] : NULL;
}

// Adds `v` with an empty tensor; returns its slot (NULL if out of memory).
// Growing moves the slots: pointers to them are taken after inserting.
static Slot *mapInsert(ValueMap *m, MlirValue v) {
  if (m->count == m->capacity) {
    size_t capacity = m->capacity ? m->capacity * 2 : 64;
    Slot *slots = realloc(m->slots, capacity * sizeof(Slot));
    if (!slots)
      return NULL;
    m->slots = slots;
    m->capacity = capacity;
  }
  if (!aneHashMapPut(&m->index, v.ptr, ANE_HASH_POINTER_KEY,
                     (void *)(uintptr_t)(m->count + 1)))
    return NULL;
  Slot *slot = &m->slots[m->count++];
  memset(slot, 0, sizeof(*slot));
  return slot;
}

static void mapDestroy(ValueMap *m) {
  for (size_t i = 0; i < m->count; ++i)
    aneTensorDestroy(&m->slots[i].tensor);
  free(m->slots);
  aneHashMapClear(&m->index);
}

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

static bool fail(MlirOperation op, const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  aneEmitErrorV(mlirOperationGetLocation(op), fmt, args);
  va_end(args);
  return false;
}

static int64_t countUses(MlirValue v) {
  int64_t n = 0;
  for (MlirOpOperand use = mlirValueGetFirstUse(v); !mlirOpOperandIsNull(use);
       use = mlirOpOperandGetNextUse(use))
    ++n;
  return n;
}

// Allocates the tensor for `v` from its (static) type.
static bool allocateFor(MlirOperation op, MlirValue v, AneTensor *t) {
  AneDType dtype;
  int rank;
  int64_t dims[ANE_INTERP_MAX_RANK];
  char why[256];
  if (!aneTensorTypeInfo(mlirValueGetType(v), &dtype, &rank, dims, why,
                         sizeof(why)))
    return fail(op, "cannot execute: %s", why);
  if (!aneTensorInit(t, dtype, rank, dims, why, sizeof(why)))
    return fail(op, "cannot execute: %s", why);
  return true;
}

// Fills `t` from an arith.constant's dense value.
static bool loadConstant(MlirOperation op, AneNumerics numerics,
                         AneTensor *t) {
  MlirAttribute value = mlirOperationGetAttributeByName(
      op, mlirStringRefCreateFromCString("value"));
  if (mlirAttributeIsNull(value) || !mlirAttributeIsADenseElements(value))
    return fail(op, "cannot execute: only dense arith.constant values are "
                    "supported (not dense_resource or sparse)");
  bool splat = mlirDenseElementsAttrIsSplat(value);
  const uint16_t *halfs = t->dtype == ANE_DTYPE_F16
                              ? mlirDenseElementsAttrGetRawData(value)
                              : NULL;
  for (int64_t i = 0; i < t->size; ++i) {
    intptr_t k = splat ? 0 : (intptr_t)i;
    double v;
    switch (t->dtype) {
    case ANE_DTYPE_F16:
      v = aneHalfToFloat(halfs[k]);
      break;
    case ANE_DTYPE_F32:
      v = mlirDenseElementsAttrGetFloatValue(value, k);
      break;
    case ANE_DTYPE_BOOL:
      v = mlirDenseElementsAttrGetBoolValue(value, k);
      break;
    case ANE_DTYPE_I8:
      v = mlirDenseElementsAttrGetInt8Value(value, k);
      break;
    case ANE_DTYPE_U8:
      v = mlirDenseElementsAttrGetUInt8Value(value, k);
      break;
    default:
      v = mlirDenseElementsAttrGetInt32Value(value, k);
      break;
    }
    t->data[i] = aneRoundValue(numerics, t->dtype, v);
  }
  return true;
}

// Releases operand tensors whose last use was `op`.
static void releaseOperands(ValueMap *map, MlirOperation op) {
  intptr_t n = mlirOperationGetNumOperands(op);
  for (intptr_t i = 0; i < n; ++i) {
    Slot *slot = mapFind(map, mlirOperationGetOperand(op, i));
    if (slot && --slot->usesLeft == 0)
      aneTensorDestroy(&slot->tensor);
  }
}

//===----------------------------------------------------------------------===//
// The walk
//===----------------------------------------------------------------------===//

MlirOperation aneFindFunction(MlirOperation module, const char *name) {
  MlirRegion region = mlirOperationGetRegion(module, 0);
  for (MlirBlock b = mlirRegionGetFirstBlock(region); !mlirBlockIsNull(b);
       b = mlirBlockGetNextInRegion(b)) {
    for (MlirOperation op = mlirBlockGetFirstOperation(b);
         !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op)) {
      MlirStringRef opName = mlirIdentifierStr(mlirOperationGetName(op));
      if (opName.length != 9 || memcmp(opName.data, "func.func", 9) != 0)
        continue;
      if (!name || !*name)
        return op;
      MlirAttribute sym = mlirOperationGetAttributeByName(
          op, mlirStringRefCreateFromCString("sym_name"));
      MlirStringRef symName = mlirStringAttrGetValue(sym);
      if (symName.length == strlen(name) &&
          memcmp(symName.data, name, symName.length) == 0)
        return op;
    }
  }
  return (MlirOperation){NULL};
}

// Evaluates one op of the body into the map; `*returned` is set at
// func.return.
static bool evaluate(MlirOperation op, AneNumerics numerics, ValueMap *map,
                     AneTensor **outputs, int *numOutputs, bool *returned) {
  MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
  MlirStringRef shortName;

  if (name.length == 11 && memcmp(name.data, "func.return", 11) == 0) {
    intptr_t n = mlirOperationGetNumOperands(op);
    *outputs = calloc(n ? (size_t)n : 1, sizeof(AneTensor));
    for (intptr_t i = 0; i < n; ++i) {
      Slot *slot = mapFind(map, mlirOperationGetOperand(op, i));
      AneTensor *out = &(*outputs)[i];
      if (!slot || !slot->tensor.data) {
        for (intptr_t k = 0; k < i; ++k)
          aneTensorDestroy(&(*outputs)[k]);
        free(*outputs);
        *outputs = NULL;
        return fail(op, "cannot return operand #%ld: it has no value",
                    (long)i);
      }
      if (slot->usesLeft == 1) {
        // The return is the last use: move the data, no second copy.
        *out = slot->tensor;
        slot->tensor.data = NULL;
        slot->tensor.size = 0;
        slot->usesLeft = 0;
        continue;
      }
      // Copy: the same value is returned twice.
      char why[256];
      if (!aneTensorInit(out, slot->tensor.dtype, slot->tensor.rank,
                         slot->tensor.dims, why, sizeof(why))) {
        for (intptr_t k = 0; k < i; ++k)
          aneTensorDestroy(&(*outputs)[k]);
        free(*outputs);
        *outputs = NULL;
        return fail(op, "cannot return result #%ld: %s", (long)i, why);
      }
      memcpy(out->data, slot->tensor.data,
             (size_t)out->size * sizeof(double));
      --slot->usesLeft;
    }
    *numOutputs = (int)n;
    *returned = true;
    return true;
  }

  bool isConstant = name.length == 14 &&
                    memcmp(name.data, "arith.constant", 14) == 0;
  AneKernel kernel = NULL;
  if (!isConstant) {
    if (name.length > 4 && memcmp(name.data, "mil.", 4) == 0)
      return fail(op,
                  "cannot execute '%.*s': an opaque MIL op (kept by the MIL "
                  "importer because the ANE dialect cannot express it) has "
                  "no kernel",
                  (int)name.length, name.data);
    if (!aneGetOpShortName(op, &shortName))
      return fail(op, "cannot execute '%.*s': ane-run executes ane.* ops, "
                      "arith.constant and func.return only",
                  (int)name.length, name.data);
    kernel = aneLookupKernel(shortName);
    if (!kernel)
      return fail(op, "cannot execute '%.*s': no kernel for this op",
                  (int)name.length, name.data);
  }
  intptr_t numResults = mlirOperationGetNumResults(op);
  if (numResults < 1 || (isConstant && numResults != 1))
    return fail(op, "cannot execute: expected %s result",
                isConstant ? "exactly one" : "at least one");

  // Insert the results first: growing the map moves slots, so slot
  // pointers (results and operands) are taken once every one is in.
  size_t firstSlot = map->count;
  for (intptr_t i = 0; i < numResults; ++i)
    if (!mapInsert(map, mlirOperationGetResult(op, i)))
      return fail(op, "cannot execute: out of memory");
  Slot *slots = &map->slots[firstSlot];

  // Gather operands (all defined earlier in the block).
  intptr_t numOperands = mlirOperationGetNumOperands(op);
  const AneTensor **operands =
      malloc((numOperands ? (size_t)numOperands : 1) * sizeof(AneTensor *));
  AneTensor **results = malloc((size_t)numResults * sizeof(AneTensor *));
  if (!operands || !results) {
    free(operands);
    free(results);
    return fail(op, "cannot execute: out of memory");
  }
  for (intptr_t i = 0; i < numOperands; ++i) {
    Slot *operand = mapFind(map, mlirOperationGetOperand(op, i));
    if (!operand || !operand->tensor.data) {
      free(operands);
      free(results);
      return fail(op, "cannot execute: operand #%ld has no value", (long)i);
    }
    operands[i] = &operand->tensor;
  }

  bool ok = true;
  for (intptr_t i = 0; ok && i < numResults; ++i) {
    MlirValue result = mlirOperationGetResult(op, i);
    ok = allocateFor(op, result, &slots[i].tensor);
    slots[i].usesLeft = countUses(result);
    results[i] = &slots[i].tensor;
  }
  if (ok) {
    if (isConstant) {
      ok = loadConstant(op, numerics, &slots[0].tensor);
    } else {
      char error[512] = "";
      AneKernelCall call = {numerics,         op,         operands,
                            (int)numOperands, results[0], error,
                            sizeof(error),    results,    (int)numResults};
      ok = kernel(&call) ||
           fail(op, "cannot execute '%.*s': %s", (int)name.length, name.data,
                error[0] ? error : "kernel failed");
    }
  }
  free(operands);
  free(results);
  if (ok)
    releaseOperands(map, op);
  return ok;
}

typedef struct {
  AneNumerics numerics;
  AneDType dtype;
  const double *from;
  double *to;
} RoundJob;

static void roundRange(void *context, int64_t begin, int64_t end) {
  const RoundJob *job = context;
  if (job->from != job->to)
    memcpy(job->to + begin, job->from + begin,
           (size_t)(end - begin) * sizeof(double));
  aneRoundArray(job->numerics, job->dtype, job->to + begin, end - begin);
}

// Binds argument `i` to `input`: its data moves into the slot (`take`) or
// is copied; either way it is then stored the way the numerics stores the
// argument's type.
static bool bindArgument(MlirOperation func, MlirValue arg, intptr_t i,
                         AneNumerics numerics, AneTensor *input, bool take,
                         Slot *slot) {
  AneDType dtype;
  int rank;
  int64_t dims[ANE_INTERP_MAX_RANK];
  char why[256];
  if (!aneTensorTypeInfo(mlirValueGetType(arg), &dtype, &rank, dims, why,
                         sizeof(why)))
    return fail(func, "cannot execute: %s", why);
  int64_t size;
  if (!aneCheckedElementCount(dims, rank, &size) || size != input->size ||
      rank != input->rank)
    return fail(func, "input #%ld does not match the argument's shape",
                (long)i);
  if (take) {
    slot->tensor = *input;
    slot->tensor.dtype = dtype;
    for (int d = 0; d < rank; ++d)
      slot->tensor.dims[d] = dims[d];
    input->data = NULL;
    input->size = 0;
  } else if (!aneTensorInit(&slot->tensor, dtype, rank, dims, why,
                            sizeof(why))) {
    return fail(func, "cannot execute: %s", why);
  }
  RoundJob job = {numerics, dtype, take ? slot->tensor.data : input->data,
                  slot->tensor.data};
  aneParallelFor(size, ANE_PARALLEL_GRAIN, roundRange, &job);
  return true;
}

static bool interpret(MlirOperation func, AneNumerics numerics,
                      AneTensor *inputs, bool take, int numInputs,
                      AneTensor **outputs, int *numOutputs) {
  *outputs = NULL;
  *numOutputs = 0;
  MlirRegion body = mlirOperationGetRegion(func, 0);
  MlirBlock entry = mlirRegionGetFirstBlock(body);
  if (mlirBlockIsNull(entry))
    return fail(func, "cannot execute an external function (no body)");
  if (!mlirBlockIsNull(mlirBlockGetNextInRegion(entry)))
    return fail(func, "cannot execute a function with more than one block");
  intptr_t numArgs = mlirBlockGetNumArguments(entry);
  if (numArgs != numInputs)
    return fail(func, "function takes %ld arguments but %d inputs were given",
                (long)numArgs, numInputs);

  ValueMap map = {0};
  bool ok = true;
  for (intptr_t i = 0; i < numArgs && ok; ++i) {
    MlirValue arg = mlirBlockGetArgument(entry, i);
    Slot *slot = mapInsert(&map, arg);
    ok = slot && bindArgument(func, arg, i, numerics, &inputs[i], take, slot);
    if (ok)
      slot->usesLeft = countUses(arg);
  }
  // An argument nothing uses is dead from the start.
  for (size_t i = 0; ok && i < map.count; ++i)
    if (map.slots[i].usesLeft == 0)
      aneTensorDestroy(&map.slots[i].tensor);

  bool returned = false;
  for (MlirOperation op = mlirBlockGetFirstOperation(entry);
       ok && !returned && !mlirOperationIsNull(op);
       op = mlirOperationGetNextInBlock(op))
    ok = evaluate(op, numerics, &map, outputs, numOutputs, &returned);
  if (ok && !returned)
    ok = fail(func, "the function has no func.return");
  mapDestroy(&map);
  for (int i = 0; take && i < numInputs; ++i)
    aneTensorDestroy(&inputs[i]); // those not taken before a failure
  return ok;
}

bool aneInterpretFunction(MlirOperation func, AneNumerics numerics,
                          const AneTensor *inputs, int numInputs,
                          AneTensor **outputs, int *numOutputs) {
  // Read only: the copying path never writes through `inputs`.
  return interpret(func, numerics, (AneTensor *)inputs, false, numInputs,
                   outputs, numOutputs);
}

bool aneInterpretFunctionTakingInputs(MlirOperation func, AneNumerics numerics,
                                      AneTensor *inputs, int numInputs,
                                      AneTensor **outputs, int *numOutputs) {
  return interpret(func, numerics, inputs, true, numInputs, outputs,
                   numOutputs);
}
