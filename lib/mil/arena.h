//===- arena.h - Bump allocation for the MIL AST ---------------------------===//
//
// The parser allocates every node, string and array of a program in one
// arena, freed at once: no per-node ownership to get wrong on error paths.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_MIL_ARENA_H
#define ANE_MIL_ARENA_H

#include <stddef.h>

typedef struct MilArenaBlock MilArenaBlock;

typedef struct {
  MilArenaBlock *head;
} MilArena;

/// Returns `size` zeroed bytes aligned for any scalar, or NULL when out of
/// memory (or when `size` is absurd).
void *milArenaAlloc(MilArena *arena, size_t size);

/// Returns `count * size` zeroed bytes, or NULL on overflow / out of memory.
void *milArenaArray(MilArena *arena, size_t count, size_t size);

/// Copies `length` bytes of `text` into the arena, NUL-terminated.
char *milArenaStrndup(MilArena *arena, const char *text, size_t length);

/// Grows an arena array of `*capacity` elements (at least 8, doubling) so
/// that it holds `needed`; copies the old `count` elements. Returns the new
/// array, or NULL when out of memory.
void *milArenaGrow(MilArena *arena, void *array, size_t count,
                   size_t *capacity, size_t needed, size_t elementSize);

void milArenaDestroy(MilArena *arena);

#endif // ANE_MIL_ARENA_H
