/* TEMPORARY: replaced by the real scorers. */
#include <stdlib.h>
#include "score/score.h"
#include "util/error.h"
void score_parts_json(buf *b, const score_parts *p) { (void)p; buf_puts(b, "{}"); }
void score_parts_text(buf *b, const score_parts *p) { (void)p; (void)b; }
precis_status precis_doc_summarize(precis_doc *d, precis_error *err) {
    if (d->summarized) return PRECIS_OK;
    size_t n = d->seg.n_sentences;
    d->scores = arena_calloc(&d->mem, n ? n : 1, sizeof *d->scores);
    d->parts = arena_calloc(&d->mem, n ? n : 1, sizeof *d->parts);
    d->chosen = arena_calloc(&d->mem, n ? n : 1, sizeof *d->chosen);
    if (!d->scores || !d->parts || !d->chosen) return set_error(err, PRECIS_E_NOMEM, "oom");
    for (size_t i = 0; i < n && i < 3; i++) d->chosen[d->n_chosen++] = i;
    d->summarized = true;
    return PRECIS_OK;
}
size_t precis_doc_summary_count(const precis_doc *d) { return d->n_chosen; }
size_t precis_doc_summary_sentence(const precis_doc *d, size_t i) { return i < d->n_chosen ? d->chosen[i] : 0; }
double precis_doc_sentence_score(const precis_doc *d, size_t i) { return d->scores && i < d->seg.n_sentences ? d->scores[i] : 0; }
