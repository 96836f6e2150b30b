/* sents.h — a growable list of sentences as (pointer, length) pairs that point into strings
 * someone else keeps alive (JSON documents). Shared by `precis eval` and `precis bench`. */
#ifndef PRECIS_CLI_SENTS_H
#define PRECIS_CLI_SENTS_H
#include <stdbool.h>
#include <stdlib.h>

typedef struct sents {
    const char **s;
    size_t *len;
    size_t n, cap;
} sents;

/* Appends one sentence; false when out of memory (the list is unchanged then). */
static inline bool sents_add(sents *x, const char *s, size_t len) {
    if (x->n == x->cap) {
        size_t cap = x->cap ? x->cap * 2 : 8;
        const char **a = realloc(x->s, cap * sizeof *a);
        if (!a)
            return false;
        x->s = a;
        size_t *b = realloc(x->len, cap * sizeof *b);
        if (!b)
            return false;
        x->len = b;
        x->cap = cap;
    }
    x->s[x->n] = s;
    x->len[x->n++] = len;
    return true;
}

static inline void sents_free(sents *x) {
    free(x->s);
    free(x->len);
}
#endif
