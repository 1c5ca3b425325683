//===- hash_map.c - The one hash map: byte-string or pointer keys ---------===//

#include "support/hash_map.h"

#include <stdlib.h>
#include <string.h>

uint64_t aneHashBytes(const void *data, size_t length) {
  const unsigned char *p = data;
  uint64_t h = UINT64_C(1469598103934665603);
  for (size_t i = 0; i < length; ++i)
    h = (h ^ p[i]) * UINT64_C(1099511628211);
  return h;
}

static uint64_t hashKey(const void *key, size_t length) {
  if (length != ANE_HASH_POINTER_KEY)
    return aneHashBytes(key, length);
  // Pointers: mix the bits (low bits are alignment zeros).
  uint64_t h = (uint64_t)(uintptr_t)key;
  h ^= h >> 33;
  h *= UINT64_C(0xff51afd7ed558ccd);
  h ^= h >> 33;
  return h;
}

static bool sameKey(const AneHashEntry *e, const void *key, size_t length,
                    uint64_t hash) {
  if (e->hash != hash || e->length != length)
    return false;
  return length == ANE_HASH_POINTER_KEY ? e->key == key
                                        : memcmp(e->key, key, length) == 0;
}

// The entry of `key`, or the empty slot where it would go.
static AneHashEntry *slotFor(AneHashEntry *entries, size_t capacity,
                             const void *key, size_t length, uint64_t hash) {
  for (size_t i = (size_t)hash & (capacity - 1);; i = (i + 1) & (capacity - 1))
    if (!entries[i].key || sameKey(&entries[i], key, length, hash))
      return &entries[i];
}

void **aneHashMapFind(const AneHashMap *map, const void *key, size_t length) {
  if (!map->capacity)
    return NULL;
  AneHashEntry *e = slotFor(map->entries, map->capacity, key, length,
                            hashKey(key, length));
  return e->key ? &e->value : NULL;
}

bool aneHashMapPut(AneHashMap *map, const void *key, size_t length,
                   void *value) {
  uint64_t hash = hashKey(key, length);
  if (2 * (map->count + 1) > map->capacity) {
    size_t capacity = map->capacity ? map->capacity * 2 : 64;
    AneHashEntry *entries = calloc(capacity, sizeof(AneHashEntry));
    if (!entries)
      return false;
    for (size_t i = 0; i < map->capacity; ++i) {
      AneHashEntry *e = &map->entries[i];
      if (e->key)
        *slotFor(entries, capacity, e->key, e->length, e->hash) = *e;
    }
    free(map->entries);
    map->entries = entries;
    map->capacity = capacity;
  }
  AneHashEntry *e = slotFor(map->entries, map->capacity, key, length, hash);
  if (!e->key) {
    *e = (AneHashEntry){key, length, hash, value};
    ++map->count;
  } else {
    e->value = value;
  }
  return true;
}

void aneHashMapClear(AneHashMap *map) {
  free(map->entries);
  memset(map, 0, sizeof(*map));
}
