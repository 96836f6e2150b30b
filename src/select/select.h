/* select: from scores to the extract. Boilerplate is flagged first (never chosen), then
 * sentences are picked greedily by score with a redundancy penalty (MMR, Carbonell &
 * Goldstein 1998) until the budget is spent, and returned in document order. */
#ifndef PRECIS_SELECT_SELECT_H
#define PRECIS_SELECT_SELECT_H
#include <stdbool.h>
#include <stdint.h>

#include "doc/doc.h"
#include "score/score.h"
#include "score/vectors.h"
#include "util/buf.h"

/* Fills d->boilerplate, d->chosen and d->n_chosen from d->scores with the document's own
 * budget. False when out of memory. */
bool select_sentences(precis_doc *d, const sentvecs *sv);

/* Picks sentences by `scores` (boilerplate already flagged) within a budget, writing their
 * indices in document order to out (room for n_sentences) and their count to *n_out. The
 * summary uses d->scores and the document's budget; the brief its own scores and word
 * budget, and passes over the sentences it cannot use (`unfit[i]` nonzero; NULL: none), so
 * that they take no part of the budget. */
bool select_with_budget(const precis_doc *d, const sentvecs *sv, const double *scores, precis_budget kind,
                        double value, const uint8_t *unfit, size_t *out, size_t *n_out);

/* Flags the sentences that are not story in d->boilerplate (0 = story, else the reason, enum
 * nonstory_reason) and records the penalty in d->parts[i].penalty. */
bool boilerplate_flag(precis_doc *d, const sentvecs *sv);
/* True when token k is one of the language's reader words (boilerplate.txt's `reader`
 * entries: "you", "your", "our"): folded, or as written when the entry has a capital. */
bool boilerplate_reader_word(const precis_doc *d, size_t k);

/* True when sentence i lies inside an embedded post that the text marks with an export's own
 * markup ("<tweet author=...>...</tweet>", PolNeAR): a post's words are its author's, quoted
 * by the article, so the facts read them as quotations and the brief does not take them for
 * its own sentences. Reads at most 1 KB before the sentence. */
bool nonstory_embedded_post(const precis_doc *d, size_t i);

/* True when the text marks an embedded post anywhere ("<tweet"): without one no sentence is
 * in one, and nonstory_embedded_post need not be asked. One pass over the text's '<'. */
bool nonstory_marks_posts(const precis_doc *d);

/* Appends the JSON members `"no_story":bool,"left_out":[{"index","start","end","why"}]` (the
 * sentences left out as not story, in document order) for the summary, facts and brief
 * views. Needs the summary computed. */
void nonstory_json_members(const precis_doc *d, buf *b);
#endif
