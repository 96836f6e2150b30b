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

/* Cosine of the tf-idf vectors. */
double svec_cosine(const svec *a, const svec *b);
#endif
