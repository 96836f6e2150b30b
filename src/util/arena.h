/* arena: bump allocation for everything a document owns, freed in one call.
 * Blocks grow geometrically; large requests get a block of their own. Not thread-safe:
 * an arena belongs to one document, and a document to one thread at a time. */
#ifndef PRECIS_UTIL_ARENA_H
#define PRECIS_UTIL_ARENA_H
#include <stddef.h>

typedef struct arena_block arena_block;
typedef struct arena {
    arena_block *head;
    size_t next_size;
    size_t total; /* bytes reserved, for memory reports */
} arena;

void arena_init(arena *a, size_t first_block);
/* Returns 16-byte aligned memory, or NULL when out of memory. */
void *arena_alloc(arena *a, size_t size);
/* Zeroed memory; NULL on overflow of n*size or out of memory. */
void *arena_calloc(arena *a, size_t n, size_t size);
/* Copies `len` bytes and appends a NUL. */
char *arena_strndup(arena *a, const char *s, size_t len);
void arena_free(arena *a);
#endif
