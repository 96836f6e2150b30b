/* summarize.c — runs the chosen scorer over a document and hands the scores to selection.
 * Also the public accessors for summaries and the --explain rendering of score parts. */
#include <stdlib.h>
#include <string.h>

#include "score/score.h"
#include "select/select.h"
#include "util/error.h"

void score_normalise(double *v, size_t n) {
    if (n == 0)
        return;
    double lo = v[0], hi = v[0];
    for (size_t i = 1; i < n; i++) {
        lo = v[i] < lo ? v[i] : lo;
        hi = v[i] > hi ? v[i] : hi;
    }
    for (size_t i = 0; i < n; i++)
        v[i] = hi > lo ? (v[i] - lo) / (hi - lo) : 0;
}

void score_parts_json(buf *b, const score_parts *p) {
    buf_printf(b,
               "{\"centrality\":%.4f,\"centroid\":%.4f,\"position\":%.4f,\"title\":%.4f,\"length\":%.4f,\"verbosity\":%.4f,"
               "\"boilerplate\":%.4f}",
               p->centrality, p->centroid, p->position, p->title, p->length, p->verbosity, p->penalty);
}

void score_parts_text(buf *b, const score_parts *p) {
    buf_printf(b, "centrality %.3f  centroid %.3f  position %.3f  title %.3f  length %.3f  verbosity %.3f  boilerplate %.3f",
               p->centrality, p->centroid, p->position, p->title, p->length, p->verbosity, p->penalty);
}

static scorer_fn scorer_for(precis_method m) {
    switch (m) {
    case PRECIS_METHOD_LEAD: return score_lead;
    case PRECIS_METHOD_TFIDF: return score_tfidf;
    case PRECIS_METHOD_TEXTRANK: return score_textrank;
    case PRECIS_METHOD_LEXRANK: return score_lexrank;
    case PRECIS_METHOD_DEFAULT: return score_default;
    }
    return NULL;
}

precis_status precis_doc_summarize(precis_doc *d, precis_error *err) {
    if (!d)
        return set_error(err, PRECIS_E_INVALID_ARG, "summarize: NULL document");
    if (d->summarized)
        return PRECIS_OK;
    scorer_fn scorer = scorer_for(d->opts.method);
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

bool score_for_budget(precis_doc *d, const score_budget *budget, double *scores) {
    scorer_fn scorer = scorer_for(d->opts.method);
    size_t n = d->seg.n_sentences;
    /* only the default scorer weighs by the budget: otherwise, or for the same budget, the
     * summary's scores serve (the scorer is most of a summary's cost) */
    if (d->scores && (d->opts.method != PRECIS_METHOD_DEFAULT ||
                      (d->opts.budget == budget->kind && d->opts.budget_value == budget->value))) {
        memcpy(scores, d->scores, (n ? n : 1) * sizeof *scores);
        return true;
    }
    score_parts *parts = calloc(n ? n : 1, sizeof *parts);
    bool ok = scorer && parts && scorer(d, &d->vectors, budget, &d->mem, scores, parts);
    free(parts);
    return ok;
}

size_t precis_doc_summary_count(const precis_doc *d) { return d ? d->n_chosen : 0; }

size_t precis_doc_summary_sentence(const precis_doc *d, size_t i) {
    return d && i < d->n_chosen ? d->chosen[i] : 0;
}

double precis_doc_sentence_score(const precis_doc *d, size_t i) {
    return d && d->scores && i < d->seg.n_sentences ? d->scores[i] : 0;
}

const char *precis_doc_sentence_left_out(const precis_doc *d, size_t i) {
    return d && d->boilerplate && i < d->seg.n_sentences ? nonstory_reason_name(d->boilerplate[i]) : NULL;
}

bool precis_doc_no_story(const precis_doc *d) { return d && d->summarized && d->no_story; }
