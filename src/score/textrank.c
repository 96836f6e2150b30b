/* textrank.c — TextRank for sentence extraction (Mihalcea & Tarau 2004, "TextRank: Bringing
 * Order into Texts", section 4): sentences are vertices, an edge's weight is the number of
 * shared words normalised by the sentences' lengths, |Si ∩ Sj| / (log|Si| + log|Sj|), and
 * weighted PageRank with damping 0.85 ranks them. Words here are stems of content words. */
#include <math.h>

#include "score/graph.h"
#include "score/score.h"

/* What the comparisons share: log|S| of every sentence, computed once instead of at each of
 * its comparisons, and the terms of the sentence being compared with the others, marked
 * (mark[term] == stamp) so that counting the shared ones is one pass over the other
 * sentence's terms instead of a merge of both lists. simgraph_build compares one sentence
 * with each later one in turn, so a sentence is marked once. */
typedef struct textrank_ctx {
    const svec *v;
    const double *log_words;
    uint32_t *mark; /* per term id */
    const svec *marked;
} textrank_ctx;

static double textrank_sim(const svec *a, const svec *b, void *ctx) {
    textrank_ctx *c = ctx;
    if (a->words < 2 || b->words < 2)
        return 0; /* log(1) = 0 would make the denominator vanish */
    uint32_t stamp = (uint32_t)(a - c->v) + 1;
    if (c->marked != a) {
        for (uint32_t k = 0; k < a->n; k++)
            c->mark[a->term[k]] = stamp;
        c->marked = a;
    }
    uint32_t shared = 0; /* distinct terms in both */
    for (uint32_t k = 0; k < b->n; k++)
        shared += c->mark[b->term[k]] == stamp;
    return shared ? (double)shared / (c->log_words[a - c->v] + c->log_words[b - c->v]) : 0;
}

bool score_textrank(precis_doc *d, const sentvecs *sv, const score_budget *budget, arena *a, double *scores,
                    score_parts *parts) {
    (void)budget; /* weighs nothing by the budget */
    (void)d;
    double *lw = arena_alloc(a, (sv->n ? sv->n : 1) * sizeof *lw);
    uint32_t *mark = arena_calloc(a, sv->n_terms ? sv->n_terms : 1, sizeof *mark);
    if (!lw || !mark)
        return false;
    for (size_t i = 0; i < sv->n; i++)
        lw[i] = log((double)sv->v[i].words);
    textrank_ctx ctx = {sv->v, lw, mark, NULL};
    simgraph g;
    if (!simgraph_build(sv, textrank_sim, &ctx, 0.0, a, &g) || !pagerank(&g, 0.85, scores))
        return false;
    for (size_t i = 0; i < sv->n; i++)
        parts[i].centrality = scores[i];
    return true;
}
