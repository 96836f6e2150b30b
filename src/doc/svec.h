/* svec: the sparse sentence vector types, apart from score/vectors.h so that doc/doc.h can hold
 * them without an include cycle. */
#ifndef PRECIS_SCORE_SVEC_H
#define PRECIS_SCORE_SVEC_H
#include <stddef.h>
#include <stdint.h>

typedef struct svec {
    uint32_t n;     /* distinct terms */
    uint32_t words; /* content words (with repeats) */
    int32_t *term;  /* sorted term ids */
    float *tf;      /* raw counts */
    float *w;       /* tf * idf */
    double norm;    /* |w| */
} svec;

typedef struct sentvecs {
    svec *v; /* one per sentence */
    size_t n;
    double *idf; /* per term id, NAN until looked up (sentvecs_idf) */
    size_t n_terms;
} sentvecs;
#endif
