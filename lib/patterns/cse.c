//===- cse.c - Merge identical ane.* operations ---------------------------===//
//
// IRDL ops have no `Pure` trait, so upstream CSE leaves `ane.*` ops alone.
// ANE ops have no side effects, so two with the same name, operands, result
// types and attributes compute the same value and the later one can reuse the
// earlier one's results.
//
// Like upstream CSE the walk is scoped: an op is known in its own block from
// where it appears, and in the regions of ops below it (a value defined in an
// enclosing block dominates those). Sibling blocks never see each other.
// Known ops live in a hash table keyed by their identity, so the pass is
// linear in the number of ops. Walking in program order makes merges
// cascade: once a duplicate's uses are redirected, its users compare equal
// to the survivor's users.
//
// The walk keeps its own stack instead of recursing, so deeply nested IR
// cannot overflow the C stack.
//
//===----------------------------------------------------------------------===//

#include "ane-c/Passes.h"
#include "cse.h"
#include "external_pass.h"
#include "dialect/op_names.h"
#include "support/op_attributes.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

//===----------------------------------------------------------------------===//
// Op identity
//===----------------------------------------------------------------------===//

static uint64_t hashCombine(uint64_t h, const void *p) {
  uint64_t v = (uint64_t)(uintptr_t)p;
  return (h ^ v) * UINT64_C(0x9e3779b97f4a7c15) + (h >> 29);
}

static uint64_t hashFinalize(uint64_t h) {
  // splitmix64's finalizer: pointers share their low and high bits, and the
  // table indexes with the low bits.
  h ^= h >> 30;
  h *= UINT64_C(0xbf58476d1ce4e5b9);
  h ^= h >> 27;
  h *= UINT64_C(0x94d049bb133111eb);
  return h ^ (h >> 31);
}

// Everything uniqued (names, types, attributes) and every operand value is
// compared by pointer, so the hash mixes pointers.
static uint64_t hashOp(MlirOperation op) {
  uint64_t h = hashCombine(0, mlirOperationGetName(op).ptr);
  intptr_t numOperands = mlirOperationGetNumOperands(op);
  for (intptr_t i = 0; i < numOperands; ++i)
    h = hashCombine(h, mlirOperationGetOperand(op, i).ptr);
  // An op without operands could otherwise match one outside an isolated
  // region (e.g. in another function); keep it to its own block.
  if (numOperands == 0)
    h = hashCombine(h, mlirOperationGetBlock(op).ptr);
  intptr_t numResults = mlirOperationGetNumResults(op);
  for (intptr_t i = 0; i < numResults; ++i)
    h = hashCombine(h, mlirValueGetType(mlirOperationGetResult(op, i)).ptr);
  intptr_t numAttrs = mlirOperationGetNumAttributes(op);
  for (intptr_t i = 0; i < numAttrs; ++i) {
    MlirNamedAttribute attr = mlirOperationGetAttribute(op, i);
    h = hashCombine(h, attr.name.ptr);
    h = hashCombine(h, attr.attribute.ptr);
  }
  return hashFinalize(h);
}

static bool isSameOp(MlirOperation a, MlirOperation b) {
  if (!mlirIdentifierEqual(mlirOperationGetName(a), mlirOperationGetName(b)))
    return false;
  intptr_t numOperands = mlirOperationGetNumOperands(a);
  if (mlirOperationGetNumOperands(b) != numOperands)
    return false;
  for (intptr_t i = 0; i < numOperands; ++i)
    if (!mlirValueEqual(mlirOperationGetOperand(a, i),
                        mlirOperationGetOperand(b, i)))
      return false;
  if (numOperands == 0 &&
      !mlirBlockEqual(mlirOperationGetBlock(a), mlirOperationGetBlock(b)))
    return false;
  intptr_t numResults = mlirOperationGetNumResults(a);
  if (mlirOperationGetNumResults(b) != numResults)
    return false;
  for (intptr_t i = 0; i < numResults; ++i)
    if (!mlirTypeEqual(mlirValueGetType(mlirOperationGetResult(a, i)),
                       mlirValueGetType(mlirOperationGetResult(b, i))))
      return false;
  return aneOperationAttributesEqual(a, b);
}

//===----------------------------------------------------------------------===//
// Scoped hash table
//===----------------------------------------------------------------------===//

// Known ops are kept in a stack in insertion order, so leaving a scope pops
// the ops it added; the open-addressing table (linear probing, at most half
// full) maps identities to stack positions. Keys are unique: an op equal to a
// known one is merged, never inserted.
typedef struct {
  MlirOperation op;
  uint64_t hash;
} Entry;

typedef struct {
  Entry *entries;
  size_t numEntries, entriesCapacity;
  size_t *slots; // entry index + 1, or 0 when empty
  size_t mask;   // number of slots - 1 (a power of two)
} Table;

static bool tableInit(Table *t) {
  *t = (Table){0};
  t->slots = calloc(64, sizeof(*t->slots));
  t->mask = 63;
  return t->slots != NULL;
}

static void tableDestroy(Table *t) {
  free(t->entries);
  free(t->slots);
}

// Returns the known op equal to `op`, or a null op.
static MlirOperation tableLookup(const Table *t, MlirOperation op,
                                 uint64_t hash) {
  for (size_t i = hash & t->mask;; i = (i + 1) & t->mask) {
    size_t slot = t->slots[i];
    if (slot == 0)
      return (MlirOperation){NULL};
    const Entry *e = &t->entries[slot - 1];
    if (e->hash == hash && isSameOp(e->op, op))
      return e->op;
  }
}

static void tablePlace(Table *t, size_t index) {
  size_t i = t->entries[index].hash & t->mask;
  while (t->slots[i] != 0)
    i = (i + 1) & t->mask;
  t->slots[i] = index + 1;
}

static bool tableInsert(Table *t, MlirOperation op, uint64_t hash) {
  if (t->numEntries == t->entriesCapacity) {
    size_t capacity = t->entriesCapacity ? 2 * t->entriesCapacity : 64;
    Entry *entries = realloc(t->entries, capacity * sizeof(*entries));
    if (!entries)
      return false;
    t->entries = entries;
    t->entriesCapacity = capacity;
  }
  if (2 * (t->numEntries + 1) > t->mask + 1) {
    size_t numSlots = 2 * (t->mask + 1);
    size_t *slots = calloc(numSlots, sizeof(*slots));
    if (!slots)
      return false;
    free(t->slots);
    t->slots = slots;
    t->mask = numSlots - 1;
    for (size_t i = 0; i < t->numEntries; ++i)
      tablePlace(t, i);
  }
  t->entries[t->numEntries] = (Entry){op, hash};
  tablePlace(t, t->numEntries++);
  return true;
}

// Removes the most recently inserted entry. Backward-shift deletion keeps
// every probe chain intact without tombstones.
static void tablePop(Table *t) {
  size_t index = --t->numEntries;
  size_t i = t->entries[index].hash & t->mask;
  while (t->slots[i] != index + 1)
    i = (i + 1) & t->mask;
  for (size_t j = (i + 1) & t->mask;; j = (j + 1) & t->mask) {
    if (t->slots[j] == 0)
      break;
    size_t home = t->entries[t->slots[j] - 1].hash & t->mask;
    // The entry at j may fill the hole at i only if its home slot is not in
    // the cyclic range (i, j].
    bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
    if (!stays) {
      t->slots[i] = t->slots[j];
      i = j;
    }
  }
  t->slots[i] = 0;
}

//===----------------------------------------------------------------------===//
// The walk
//===----------------------------------------------------------------------===//

typedef struct {
  MlirOperation parent; // op whose regions are walked
  intptr_t region;      // index of the current region
  MlirBlock block;      // current block, or null before the first one
  MlirOperation next;   // next op to visit in `block`
  size_t scope;         // number of known ops when `block` was entered
} Frame;

typedef struct {
  Frame *data;
  size_t size, capacity;
} FrameStack;

static bool frameStackPush(FrameStack *s, MlirOperation parent,
                           size_t scope) {
  if (s->size == s->capacity) {
    size_t capacity = s->capacity ? 2 * s->capacity : 32;
    Frame *data = realloc(s->data, capacity * sizeof(*data));
    if (!data)
      return false;
    s->data = data;
    s->capacity = capacity;
  }
  s->data[s->size++] = (Frame){parent, -1, {NULL}, {NULL}, scope};
  return true;
}

// Moves `f` to the next block of its parent op. Returns false when there is
// none left.
static bool advanceBlock(Frame *f) {
  if (!mlirBlockIsNull(f->block))
    f->block = mlirBlockGetNextInRegion(f->block);
  while (mlirBlockIsNull(f->block)) {
    if (++f->region >= mlirOperationGetNumRegions(f->parent))
      return false;
    f->block = mlirRegionGetFirstBlock(
        mlirOperationGetRegion(f->parent, f->region));
  }
  f->next = mlirBlockGetFirstOperation(f->block);
  return true;
}

// Merges the leaf ane.* ops `accept` takes (every one when it is NULL).
// Returns the number of ops erased, or -1 if memory ran out (the IR is then
// valid but possibly not fully merged).
static intptr_t mergeIdentical(MlirOperation root,
                               bool (*accept)(MlirOperation)) {
  if (mlirOperationIsNull(root))
    return 0;
  Table known;
  FrameStack frames = {0};
  intptr_t erased = 0;
  bool ok = tableInit(&known) && frameStackPush(&frames, root, 0);
  while (ok && frames.size > 0) {
    Frame *top = &frames.data[frames.size - 1];
    if (mlirOperationIsNull(top->next)) {
      // Leaving a block (or starting): forget the ops it made known.
      while (known.numEntries > top->scope)
        tablePop(&known);
      if (!advanceBlock(top)) {
        --frames.size;
        continue;
      }
      top->scope = known.numEntries;
      continue;
    }
    MlirOperation op = top->next;
    top->next = mlirOperationGetNextInBlock(op);
    if (mlirOperationGetNumRegions(op) > 0) {
      ok = frameStackPush(&frames, op, known.numEntries);
      continue;
    }
    if (!aneIsLeafAneOp(op) || (accept && !accept(op)))
      continue;
    uint64_t hash = hashOp(op);
    MlirOperation survivor = tableLookup(&known, op, hash);
    if (mlirOperationIsNull(survivor)) {
      ok = tableInsert(&known, op, hash);
      continue;
    }
    intptr_t numResults = mlirOperationGetNumResults(op);
    for (intptr_t i = 0; i < numResults; ++i)
      mlirValueReplaceAllUsesOfWith(mlirOperationGetResult(op, i),
                                    mlirOperationGetResult(survivor, i));
    mlirOperationDestroy(op);
    ++erased;
  }
  tableDestroy(&known);
  free(frames.data);
  return ok ? erased : -1;
}

intptr_t aneMergeIdenticalOps(MlirOperation root) {
  return mergeIdentical(root, NULL);
}

static bool isNamed(MlirOperation op, const char *name) {
  MlirStringRef s = mlirIdentifierStr(mlirOperationGetName(op));
  return s.length == strlen(name) && memcmp(s.data, name, s.length) == 0;
}

static bool isCastOrSub(MlirOperation op) {
  return isNamed(op, "ane.cast") || isNamed(op, "ane.sub");
}

intptr_t aneMergeIdenticalCastsAndSubs(MlirOperation root) {
  return mergeIdentical(root, isCastOrSub);
}

static const AneStatelessPassInfo kCSEPassInfo = {
    .name = "AneCSE",
    .argument = "ane-cse",
    .description = "Merge identical ane.* operations",
    .transform = aneMergeIdenticalOps,
};

MlirPass aneCreateCSEPass(void) { return aneCreateStatelessPass(&kCSEPassInfo); }
