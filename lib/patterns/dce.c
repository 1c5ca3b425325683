//===- dce.c - Erase unused ane.* operations ------------------------------===//
//
// ANE ops are IRDL-defined, so they carry no `Pure` trait and upstream DCE
// (canonicalize) keeps them. They have no side effects and no regions, so an
// `ane.*` op whose results are all unused can go.
//
// One linear walk makes this transitive: each block is visited bottom-up, and
// the nested regions of an op are visited before the ops above it. A use is
// always below its definition (or nested in an op below it), so by the time
// a producer is considered, every user that was going to be erased is gone.
//
// The C API has no "previous op" accessor, so each block's ops are first
// collected into an array. The walk keeps its own stack instead of
// recursing, so deeply nested IR cannot overflow the C stack.
//
//===----------------------------------------------------------------------===//

#include "ane-c/Passes.h"
#include "external_pass.h"
#include "dialect/op_names.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static bool hasNoUses(MlirOperation op) {
  intptr_t numResults = mlirOperationGetNumResults(op);
  for (intptr_t i = 0; i < numResults; ++i)
    if (!mlirOpOperandIsNull(
            mlirValueGetFirstUse(mlirOperationGetResult(op, i))))
      return false;
  return true;
}

// A stack of raw pointers (MlirOperation.ptr or MlirBlock.ptr). Each frame
// owns a contiguous slice of it and walks it from the end.
typedef struct {
  void **data;
  size_t size, capacity;
} PtrStack;

static bool ptrStackPush(PtrStack *s, void *p) {
  if (s->size == s->capacity) {
    size_t capacity = s->capacity ? 2 * s->capacity : 256;
    void **data = realloc(s->data, capacity * sizeof(*data));
    if (!data)
      return false;
    s->data = data;
    s->capacity = capacity;
  }
  s->data[s->size++] = p;
  return true;
}

typedef struct {
  size_t begin;  // first item of this frame's slice
  size_t cursor; // one past the next item to visit (walking backward)
  bool isBlocks; // the slice holds blocks (of one op) rather than ops
} Frame;

typedef struct {
  Frame *data;
  size_t size, capacity;
} FrameStack;

static bool frameStackPush(FrameStack *s, size_t begin, size_t end,
                           bool isBlocks) {
  if (s->size == s->capacity) {
    size_t capacity = s->capacity ? 2 * s->capacity : 32;
    Frame *data = realloc(s->data, capacity * sizeof(*data));
    if (!data)
      return false;
    s->data = data;
    s->capacity = capacity;
  }
  s->data[s->size++] = (Frame){begin, end, isBlocks};
  return true;
}

// Pushes a frame holding every block of every region of `op`.
static bool pushBlocksOf(PtrStack *items, FrameStack *frames,
                         MlirOperation op) {
  size_t begin = items->size;
  intptr_t numRegions = mlirOperationGetNumRegions(op);
  for (intptr_t r = 0; r < numRegions; ++r)
    for (MlirBlock b = mlirRegionGetFirstBlock(mlirOperationGetRegion(op, r));
         !mlirBlockIsNull(b); b = mlirBlockGetNextInRegion(b))
      if (!ptrStackPush(items, b.ptr))
        return false;
  return frameStackPush(frames, begin, items->size, /*isBlocks=*/true);
}

// Pushes a frame holding the ops of `block`, in order.
static bool pushOpsOf(PtrStack *items, FrameStack *frames, MlirBlock block) {
  size_t begin = items->size;
  for (MlirOperation o = mlirBlockGetFirstOperation(block);
       !mlirOperationIsNull(o); o = mlirOperationGetNextInBlock(o))
    if (!ptrStackPush(items, o.ptr))
      return false;
  return frameStackPush(frames, begin, items->size, /*isBlocks=*/false);
}

// Returns the number of ops erased, or -1 if memory ran out (the IR is then
// valid but possibly not fully cleaned).
intptr_t aneEraseDeadOps(MlirOperation root) {
  if (mlirOperationIsNull(root))
    return 0;
  PtrStack items = {0};
  FrameStack frames = {0};
  intptr_t erased = 0;
  bool ok = pushBlocksOf(&items, &frames, root);
  while (ok && frames.size > 0) {
    Frame *top = &frames.data[frames.size - 1];
    if (top->cursor == top->begin) {
      items.size = top->begin;
      --frames.size;
      continue;
    }
    void *item = items.data[--top->cursor];
    if (top->isBlocks) {
      ok = pushOpsOf(&items, &frames, (MlirBlock){item});
      continue;
    }
    MlirOperation op = {item};
    if (mlirOperationGetNumRegions(op) > 0) {
      // Users nested in `op` must be settled before the ops above it.
      ok = pushBlocksOf(&items, &frames, op);
    } else if (aneIsLeafAneOp(op) && hasNoUses(op)) {
      // Only ops later in the walk (above `op`, or in outer blocks) remain
      // in `items`; none of them is `op` or nested in it.
      mlirOperationDestroy(op);
      ++erased;
    }
  }
  free(items.data);
  free(frames.data);
  return ok ? erased : -1;
}

static const AneStatelessPassInfo kDCEPassInfo = {
    .name = "AneDCE",
    .argument = "ane-dce",
    .description = "Erase unused ane.* operations, transitively",
    .transform = aneEraseDeadOps,
};

MlirPass aneCreateDCEPass(void) { return aneCreateStatelessPass(&kDCEPassInfo); }
