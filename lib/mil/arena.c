//===- arena.c - Bump allocation for the MIL AST ---------------------------===//

#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct MilArenaBlock {
  MilArenaBlock *next;
  size_t used, capacity;
  _Alignas(max_align_t) unsigned char data[];
};

enum { kBlockSize = 64 * 1024, kAlign = _Alignof(max_align_t) };

void *milArenaAlloc(MilArena *arena, size_t size) {
  if (size > SIZE_MAX / 2)
    return NULL;
  size = (size + kAlign - 1) & ~(size_t)(kAlign - 1);
  if (size == 0)
    size = kAlign;
  MilArenaBlock *block = arena->head;
  if (!block || block->capacity - block->used < size) {
    size_t capacity = size > kBlockSize / 4 ? size : kBlockSize;
    block = malloc(sizeof(MilArenaBlock) + capacity);
    if (!block)
      return NULL;
    block->used = 0;
    block->capacity = capacity;
    // A block made for one big allocation goes behind the current one, so
    // the current block's free space is not abandoned.
    if (arena->head && capacity != kBlockSize) {
      block->next = arena->head->next;
      arena->head->next = block;
    } else {
      block->next = arena->head;
      arena->head = block;
    }
  }
  void *p = block->data + block->used;
  block->used += size;
  memset(p, 0, size);
  return p;
}

void *milArenaArray(MilArena *arena, size_t count, size_t size) {
  if (size && count > SIZE_MAX / 4 / size)
    return NULL;
  return milArenaAlloc(arena, count * size);
}

char *milArenaStrndup(MilArena *arena, const char *text, size_t length) {
  char *s = milArenaAlloc(arena, length + 1);
  if (!s)
    return NULL;
  memcpy(s, text, length);
  s[length] = '\0';
  return s;
}

void *milArenaGrow(MilArena *arena, void *array, size_t count,
                   size_t *capacity, size_t needed, size_t elementSize) {
  if (needed <= *capacity)
    return array;
  size_t newCapacity = *capacity ? *capacity : 8;
  while (newCapacity < needed) {
    if (newCapacity > SIZE_MAX / 4)
      return NULL;
    newCapacity *= 2;
  }
  void *grown = milArenaArray(arena, newCapacity, elementSize);
  if (!grown)
    return NULL;
  if (count)
    memcpy(grown, array, count * elementSize);
  *capacity = newCapacity;
  return grown;
}

void milArenaDestroy(MilArena *arena) {
  for (MilArenaBlock *b = arena->head; b;) {
    MilArenaBlock *next = b->next;
    free(b);
    b = next;
  }
  arena->head = NULL;
}
