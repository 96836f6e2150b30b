/* select: from scores to the extract. Boilerplate is flagged first (never chosen), then
 * sentences are picked greedily by score with a redundancy penalty (MMR, Carbonell &
 * Goldstein 1998) until the budget is spent, and returned in document order. */
#ifndef PRECIS_SELECT_SELECT_H
#define PRECIS_SELECT_SELECT_H
#include <stdbool.h>

#include "core/doc.h"
#include "score/score.h"
#include "score/vectors.h"

/* Fills d->boilerplate, d->chosen and d->n_chosen from d->scores. False when out of memory. */
bool select_sentences(precis_doc *d, const sentvecs *sv);

/* Flags boilerplate sentences in d->boilerplate (1 = boilerplate) and records the penalty in
 * d->parts[i].penalty. */
bool boilerplate_flag(precis_doc *d, const sentvecs *sv);
#endif
