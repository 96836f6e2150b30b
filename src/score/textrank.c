/* textrank.c — TextRank for sentence extraction (Mihalcea & Tarau 2004, "TextRank: Bringing
 * Order into Texts", section 4): sentences are vertices, an edge's weight is the number of
 * shared words normalised by the sentences' lengths, |Si ∩ Sj| / (log|Si| + log|Sj|), and
 * weighted PageRank with damping 0.85 ranks them. Words here are stems of content words. */
#include <math.h>

#include "score/graph.h"
#include "score/score.h"

static double textrank_sim(const svec *a, const svec *b, void *ctx) {
    (void)ctx;
    if (a->words < 2 || b->words < 2)
        return 0; /* log(1) = 0 would make the denominator vanish */
    uint32_t shared = svec_overlap(a, b);
    return shared ? (double)shared / (log((double)a->words) + log((double)b->words)) : 0;
}

bool score_textrank(precis_doc *d, const sentvecs *sv, const score_budget *budget, arena *a, double *scores,
                    score_parts *parts) {
    (void)budget; /* weighs nothing by the budget */
    (void)d;
    simgraph g;
    if (!simgraph_build(sv, textrank_sim, NULL, 0.0, a, &g) || !pagerank(&g, 0.85, scores))
        return false;
    for (size_t i = 0; i < sv->n; i++)
        parts[i].centrality = scores[i];
    return true;
}
