/* arena.c — see arena.h. Cost: O(1) per allocation, one free per block at the end. */
#include "util/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
    arena_block *next;
    _Alignas(16) unsigned char data[];
};

/* A record of an adopted block, kept in the arena itself. */
struct arena_owned {
    void *p;
    arena_owned *next;
};

void arena_init(arena *a, size_t first_block) {
    a->head = NULL;
    a->owned = NULL;
    a->cur = NULL;
    a->left = 0;
    a->next_size = first_block ? first_block : 4096;
    a->total = 0;
}

void *arena_alloc_block(arena *a, size_t size) {
    arena_block *b = a->head;
    size_t cap = a->next_size;
    if (cap < size)
        cap = size;
    if (cap > SIZE_MAX - sizeof(arena_block))
        return NULL;
    arena_block *nb = malloc(sizeof(arena_block) + cap);
    if (!nb)
        return NULL;
    a->total += cap;
    /* A block made for one oversized request goes behind the current one, so the current
     * block's free space is not wasted. */
    if (b && cap > a->next_size) {
        nb->next = b->next;
        b->next = nb;
        return nb->data;
    }
    nb->next = b;
    a->head = nb;
    if (a->next_size < (size_t)1 << 24)
        a->next_size *= 2;
    a->cur = nb->data + size;
    a->left = cap - size;
    return nb->data;
}

void *arena_calloc(arena *a, size_t n, size_t size) {
    if (size && n > SIZE_MAX / size)
        return NULL;
    void *p = arena_alloc(a, n * size);
    if (p)
        memset(p, 0, n * size);
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t len) {
    char *p = arena_alloc(a, len + 1);
    if (!p)
        return NULL;
    /* most copies are a word's few bytes: two overlapping loads and stores instead of a call
     * to memcpy */
    if (len >= 8 && len <= 16) {
        uint64_t head, tail;
        memcpy(&head, s, 8);
        memcpy(&tail, s + len - 8, 8);
        memcpy(p, &head, 8);
        memcpy(p + len - 8, &tail, 8);
    } else if (len >= 4 && len < 8) {
        uint32_t head, tail;
        memcpy(&head, s, 4);
        memcpy(&tail, s + len - 4, 4);
        memcpy(p, &head, 4);
        memcpy(p + len - 4, &tail, 4);
    } else if (len) {
        memcpy(p, s, len);
    }
    p[len] = '\0';
    return p;
}

bool arena_adopt(arena *a, void *p, size_t size) {
    arena_owned *o = arena_alloc(a, sizeof *o);
    if (!o)
        return false;
    o->p = p;
    o->next = a->owned;
    a->owned = o;
    a->total += size;
    return true;
}

void arena_free(arena *a) {
    for (arena_owned *o = a->owned; o; o = o->next) /* the records live in the blocks: first */
        free(o->p);
    a->owned = NULL;
    arena_block *b = a->head;
    while (b) {
        arena_block *n = b->next;
        free(b);
        b = n;
    }
    a->head = NULL;
    a->cur = NULL;
    a->left = 0;
    a->total = 0;
}
