/* eval/rouge.h — internals of the ROUGE scorer shared between its files: ROUGE-1.5.5's
 * Porter port, and Perl's drand48 for the bootstrap. */
#ifndef PRECIS_EVAL_ROUGE_H
#define PRECIS_EVAL_ROUGE_H
#include <stddef.h>
#include <stdint.h>

#include "precis/eval.h"

/* Longest token the Porter port handles; longer tokens are left unstemmed (ROUGE would stem
 * them, but no word of any language is this long). */
#define ROUGE_MAX_TOKEN 256

/* ROUGE-1.5.5's Porter stemmer on a lower-case token of `len` < ROUGE_MAX_TOKEN bytes: writes
 * the stem (NUL-terminated) into out, which holds ROUGE_MAX_TOKEN + 2 bytes, and returns its
 * length. Tokens shorter than 3 bytes come back unchanged. */
size_t rouge_porter(const char *w, size_t len, char *out);

/* Perl 5.20+'s drand48 (FreeBSD's): the state is seeded as srand(seed) does. */
typedef uint64_t rouge_rand48;
static inline void rouge_srand48(rouge_rand48 *s, uint32_t seed) {
    *s = ((uint64_t)seed << 16) + 0x330Eu;
}
static inline double rouge_drand48(rouge_rand48 *s) {
    *s = (*s * 0x5DEECE66Dull + 0xBu) & 0xFFFFFFFFFFFFull;
    return (double)*s / 281474976710656.0; /* 2^48 */
}
#endif
