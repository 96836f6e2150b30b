/* lexrank.c — continuous LexRank (Erkan & Radev 2004, "LexRank: Graph-based Lexical
 * Centrality as Salience in Text Summarization", section 3.3): the graph's edges are the
 * idf-modified cosines between sentences (eq. 3, which equals the cosine of tf*idf vectors),
 * unthresholded, and PageRank with jump probability 0.15 (damping 0.85) ranks them. */
#include "score/graph.h"
#include "score/score.h"

static double lexrank_sim(const svec *a, const svec *b, void *ctx) {
    (void)ctx;
    return svec_cosine(a, b);
}

bool score_lexrank(precis_doc *d, const sentvecs *sv, const score_budget *budget, arena *a, double *scores,
                   score_parts *parts) {
    (void)budget; /* weighs nothing by the budget */
    (void)d;
    simgraph g;
    if (!simgraph_build(sv, lexrank_sim, NULL, NULL, 0.0, a, &g) || !pagerank(&g, 0.85, scores))
        return false;
    for (size_t i = 0; i < sv->n; i++)
        parts[i].centrality = scores[i];
    return true;
}
