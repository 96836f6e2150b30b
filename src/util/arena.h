/* arena: bump allocation for everything a document owns, freed in one call.
 * Blocks grow geometrically; large requests get a block of their own. Not thread-safe:
 * an arena belongs to one document, and a document to one thread at a time. */
#ifndef PRECIS_UTIL_ARENA_H
#define PRECIS_UTIL_ARENA_H
#include <stdbool.h>
#include <stddef.h>

typedef struct arena_block arena_block;
typedef struct arena_owned arena_owned;
typedef struct arena {
    arena_block *head;
    arena_owned *owned; /* blocks from malloc handed over by arena_adopt */
    unsigned char *cur; /* the free end of the head block, `left` bytes */
    size_t left;
    size_t next_size;
    size_t total; /* bytes reserved, for memory reports */
} arena;

void arena_init(arena *a, size_t first_block);
/* arena_alloc when the head block has no room: a new block. `size` is rounded already. */
void *arena_alloc_block(arena *a, size_t size);
/* Returns 16-byte aligned memory, or NULL when out of memory. Inline: most allocations are
 * a bump of the head block's pointer, and a document makes hundreds of them. */
static inline void *arena_alloc(arena *a, size_t size) {
    size = (size + 15u) & ~(size_t)15u;
    if (size == 0)
        size = 16;
    if (size > a->left)
        return arena_alloc_block(a, size);
    void *p = a->cur;
    a->cur += size;
    a->left -= size;
    return p;
}
/* Zeroed memory; NULL on overflow of n*size or out of memory. */
void *arena_calloc(arena *a, size_t n, size_t size);
/* Copies `len` bytes and appends a NUL. */
char *arena_strndup(arena *a, const char *s, size_t len);
/* Takes p, a block from malloc of `size` bytes, into the arena, which frees it in arena_free:
 * an array grown with realloc joins the document without a copy. False when out of memory
 * for the record of it: the caller then still owns p. */
bool arena_adopt(arena *a, void *p, size_t size);
void arena_free(arena *a);
#endif
