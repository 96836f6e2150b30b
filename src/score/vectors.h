/* vectors: sparse term vectors of sentences, the common ground of all similarity scorers.
 * Terms are the document lexicon's stems of content words (stopwords and punctuation out).
 * Cost: linear in tokens to build; a cosine is linear in the two vectors' lengths. */
#ifndef PRECIS_SCORE_VECTORS_H
#define PRECIS_SCORE_VECTORS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc/doc.h"
#include "doc/svec.h"

/* Builds vectors for every sentence of d in arena a, with idf from the model's background
 * table (or 1 everywhere when the language has none). False when out of memory. */
bool sentvecs_build(const precis_doc *d, arena *a, sentvecs *out);

/* The idf of term t (below sv->n_terms) as sentvecs_build weighs it: looked up on first use
 * and kept (the idf of the stopwords no vector holds is never needed). */
double sentvecs_idf(const precis_doc *d, const sentvecs *sv, int32_t t);

/* Cosine of the tf-idf vectors. */
double svec_cosine(const svec *a, const svec *b);

/* For one vector b compared with many: svec_scatter(b, pos, true) sets pos[t] to 1 + the
 * index of term t in b (pos: sv->n_terms zeros to begin with), false clears them again. */
void svec_scatter(const svec *b, uint32_t *pos, bool on);
/* svec_cosine(a, b) with b scattered in pos: the same products added in the same order (a's
 * terms ascending, those b has too), hence the same value, in a walk of a's terms only. */
double svec_cosine_scattered(const svec *a, const svec *b, const uint32_t *pos);
#endif
