/* summarize.c — the scorer for each method, scoring for another budget, and the --explain
 * rendering of score parts. select/summary.c runs the scorer and hands its scores to
 * selection. */
#include <stdlib.h>
#include <string.h>

#include "score/score.h"

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

scorer_fn score_scorer(precis_method m) {
    switch (m) {
    case PRECIS_METHOD_LEAD: return score_lead;
    case PRECIS_METHOD_TFIDF: return score_tfidf;
    case PRECIS_METHOD_TEXTRANK: return score_textrank;
    case PRECIS_METHOD_LEXRANK: return score_lexrank;
    case PRECIS_METHOD_DEFAULT: return score_default;
    }
    return NULL;
}

bool score_for_budget(precis_doc *d, const score_budget *budget, double *scores) {
    scorer_fn scorer = score_scorer(d->opts.method);
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
