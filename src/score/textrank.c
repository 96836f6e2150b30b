/* textrank.c — TextRank for sentence extraction (Mihalcea & Tarau 2004, "TextRank: Bringing
 * Order into Texts", section 4): sentences are vertices, an edge's weight is the number of
 * shared words normalised by the sentences' lengths, |Si ∩ Sj| / (log|Si| + log|Sj|), and
 * weighted PageRank with damping 0.85 ranks them. Words here are stems of content words. */
#include <math.h>

#include "score/graph.h"
#include "score/score.h"

/* log|S| of every sentence, computed once instead of at each of its comparisons. */
typedef struct textrank_ctx {
    const svec *v;
    const double *log_words;
} textrank_ctx;

static double textrank_sim(const svec *a, const svec *b, void *ctx) {
    const textrank_ctx *c = ctx;
    if (a->words < 2 || b->words < 2)
        return 0; /* log(1) = 0 would make the denominator vanish */
    uint32_t shared = svec_overlap(a, b);
    return shared ? (double)shared / (c->log_words[a - c->v] + c->log_words[b - c->v]) : 0;
}

bool score_textrank(precis_doc *d, const sentvecs *sv, const score_budget *budget, arena *a, double *scores,
                    score_parts *parts) {
    (void)budget; /* weighs nothing by the budget */
    (void)d;
    double *lw = arena_alloc(a, (sv->n ? sv->n : 1) * sizeof *lw);
    if (!lw)
        return false;
    for (size_t i = 0; i < sv->n; i++)
        lw[i] = log((double)sv->v[i].words);
    textrank_ctx ctx = {sv->v, lw};
    simgraph g;
    if (!simgraph_build(sv, textrank_sim, &ctx, 0.0, a, &g) || !pagerank(&g, 0.85, scores))
        return false;
    for (size_t i = 0; i < sv->n; i++)
        parts[i].centrality = scores[i];
    return true;
}
