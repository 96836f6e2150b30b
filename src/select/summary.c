/* summary.c — the summary of a document: its sentences scored by the chosen method
 * (src/score/), then selected within its budget (select.c); and the public accessors of the
 * result. */
#include "score/score.h"
#include "select/select.h"
#include "util/error.h"

precis_status precis_doc_summarize(precis_doc *d, precis_error *err) {
    if (!d)
        return set_error(err, PRECIS_E_INVALID_ARG, "summarize: NULL document");
    if (d->summarized)
        return PRECIS_OK;
    scorer_fn scorer = score_scorer(d->opts.method);
    if (!scorer)
        return set_error(err, PRECIS_E_UNSUPPORTED, "summarize: unknown method %d", (int)d->opts.method);
    size_t n = d->seg.n_sentences;
    d->scores = arena_calloc(&d->mem, n ? n : 1, sizeof *d->scores);
    d->parts = arena_calloc(&d->mem, n ? n : 1, sizeof *d->parts);
    d->chosen = arena_calloc(&d->mem, n ? n : 1, sizeof *d->chosen);
    d->boilerplate = arena_calloc(&d->mem, n ? n : 1, 1);
    if (!d->scores || !d->parts || !d->chosen || !d->boilerplate)
        return set_error(err, PRECIS_E_NOMEM, "summarize: out of memory");
    if (!sentvecs_build(d, &d->mem, &d->vectors))
        return set_error(err, PRECIS_E_NOMEM, "summarize: out of memory");
    score_budget budget = {d->opts.budget, d->opts.budget_value};
    if (!scorer(d, &d->vectors, &budget, &d->mem, d->scores, d->parts))
        return set_error(err, PRECIS_E_NOMEM, "summarize: out of memory");
    if (!select_sentences(d, &d->vectors))
        return set_error(err, PRECIS_E_NOMEM, "summarize: out of memory");
    d->summarized = true;
    return PRECIS_OK;
}

size_t precis_doc_summary_count(const precis_doc *d) { return d ? d->n_chosen : 0; }

precis_status precis_doc_summary_sentence(const precis_doc *d, size_t i, size_t *out, precis_error *err) {
    if (!d || !out)
        return set_error(err, PRECIS_E_INVALID_ARG, "summary sentence: NULL argument");
    if (i >= d->n_chosen)
        return set_error(err, PRECIS_E_INVALID_ARG, "summary sentence %zu: the summary has %zu", i, d->n_chosen);
    *out = d->chosen[i];
    return PRECIS_OK;
}

/* The checks shared by the per-sentence accessors of a summarized document. */
static precis_status sentence_index(const precis_doc *d, size_t i, const void *out, const char *what,
                                    precis_error *err) {
    if (!d || !out)
        return set_error(err, PRECIS_E_INVALID_ARG, "%s: NULL argument", what);
    if (!d->summarized)
        return set_error(err, PRECIS_E_STATE, "%s: call precis_doc_summarize first", what);
    if (i >= d->seg.n_sentences)
        return set_error(err, PRECIS_E_INVALID_ARG, "%s %zu: the document has %zu sentences", what, i,
                         d->seg.n_sentences);
    return PRECIS_OK;
}

precis_status precis_doc_sentence_score(const precis_doc *d, size_t i, double *out, precis_error *err) {
    PRECIS_TRY(sentence_index(d, i, out, "sentence score", err));
    *out = d->scores[i];
    return PRECIS_OK;
}

precis_status precis_doc_sentence_left_out(const precis_doc *d, size_t i, const char **why, precis_error *err) {
    PRECIS_TRY(sentence_index(d, i, why, "sentence left out", err));
    *why = nonstory_reason_name(d->boilerplate[i]);
    return PRECIS_OK;
}

bool precis_doc_no_story(const precis_doc *d) { return d && d->summarized && d->no_story; }
