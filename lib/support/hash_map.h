//===- hash_map.h - The one hash map: byte-string or pointer keys ---------===//
//
// Open addressing with linear probing, grown at half load. Keys are
// borrowed: the caller keeps a key's bytes alive while it is in the map (an
// arena-allocated name, an MLIR value's pointer). A key is either a byte
// string (`length` bytes at `key`) or, with length ANE_HASH_POINTER_KEY,
// the pointer `key` itself.
//
//===----------------------------------------------------------------------===//

#ifndef ANE_SUPPORT_HASH_MAP_H
#define ANE_SUPPORT_HASH_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// The `length` of a key that is a pointer compared by identity.
#define ANE_HASH_POINTER_KEY SIZE_MAX

typedef struct {
  const void *key; ///< NULL: an empty slot.
  size_t length;
  uint64_t hash;
  void *value;
} AneHashEntry;

typedef struct {
  AneHashEntry *entries;
  size_t capacity, count;
} AneHashMap;

/// 64-bit FNV-1a of `length` bytes.
uint64_t aneHashBytes(const void *data, size_t length);

/// The value slot of `key`, or NULL if it is not in the map.
void **aneHashMapFind(const AneHashMap *map, const void *key, size_t length);

/// Sets `key` to `value` (replacing an existing value). False if out of
/// memory; the map is unchanged then.
bool aneHashMapPut(AneHashMap *map, const void *key, size_t length,
                   void *value);

/// Frees the table (not the keys or values); the map is empty afterwards.
void aneHashMapClear(AneHashMap *map);

#endif // ANE_SUPPORT_HASH_MAP_H
