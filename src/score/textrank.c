/* textrank.c — TextRank for sentence extraction (Mihalcea & Tarau 2004, "TextRank: Bringing
 * Order into Texts", section 4): sentences are vertices, an edge's weight is the number of
 * shared words normalised by the sentences' lengths, |Si ∩ Sj| / (log|Si| + log|Sj|), and
 * weighted PageRank with damping 0.85 ranks them. Words here are stems of content words. */
#include <math.h>
#include <string.h>

#include "score/graph.h"
#include "score/score.h"

/* What the comparisons share: log|S| of every sentence, computed once instead of at each of
 * its comparisons, and an inverted index (the sentences of each term, ascending) from which
 * the terms a sentence shares with every later one within the graph's window are counted in
 * one go before its comparisons (simgraph_build's row call). Rows come in order, so a term's
 * postings before the sentence are passed over once for the whole document (post_next). The
 * work is the shared terms, where a pass over the other sentence's terms at each comparison
 * was every term of every pair. */
typedef struct textrank_ctx {
    const svec *v;
    size_t n, window;
    const double *log_words;
    const uint32_t *post_start; /* per term: where its sentences start in post; n_terms + 1 */
    const uint32_t *post;       /* sentence indices, by term, ascending */
    uint32_t *post_next;        /* per term: its first posting not yet passed over */
    uint32_t *shared;           /* per sentence: distinct terms shared with the current row's */
} textrank_ctx;

/* Counts into shared the terms sentence i shares with each sentence j, i < j < i + window + 1
 * (the ones simgraph_build compares it with). */
static void count_shared(size_t i, void *ctx) {
    textrank_ctx *c = ctx;
    const svec *a = &c->v[i];
    if (a->words < 2)
        return; /* textrank_sim compares it with nothing */
    size_t hi = i + c->window + 1 < c->n ? i + c->window + 1 : c->n;
    for (size_t j = i + 1; j < hi; j++)
        c->shared[j] = 0;
    for (uint32_t k = 0; k < a->n; k++) {
        uint32_t t = (uint32_t)a->term[k], p = c->post_next[t], end = c->post_start[t + 1];
        while (p < end && c->post[p] <= i)
            p++;
        c->post_next[t] = p;
        for (; p < end && c->post[p] < hi; p++)
            c->shared[c->post[p]]++;
    }
}

/* Called for a (the current row) and a later b only. */
static double textrank_sim(const svec *a, const svec *b, void *ctx) {
    const textrank_ctx *c = ctx;
    if (a->words < 2 || b->words < 2)
        return 0; /* log(1) = 0 would make the denominator vanish */
    uint32_t shared = c->shared[b - c->v]; /* distinct terms in both */
    return shared ? (double)shared / (c->log_words[a - c->v] + c->log_words[b - c->v]) : 0;
}

/* The inverted index of ctx: for each term, the sentences holding it, ascending. */
static bool index_terms(const sentvecs *sv, arena *a, textrank_ctx *c) {
    size_t nt = sv->n_terms, total = 0;
    uint32_t *start = arena_calloc(a, nt + 1, sizeof *start);
    uint32_t *next = arena_alloc(a, (nt ? nt : 1) * sizeof *next);
    if (!start || !next)
        return false;
    for (size_t i = 0; i < sv->n; i++) {
        total += sv->v[i].n;
        for (uint32_t k = 0; k < sv->v[i].n; k++)
            start[sv->v[i].term[k] + 1]++;
    }
    for (size_t t = 0; t < nt; t++)
        start[t + 1] += start[t];
    uint32_t *post = arena_alloc(a, (total ? total : 1) * sizeof *post);
    if (!post)
        return false;
    memcpy(next, start, nt * sizeof *next);
    for (size_t i = 0; i < sv->n; i++)
        for (uint32_t k = 0; k < sv->v[i].n; k++)
            post[next[sv->v[i].term[k]]++] = (uint32_t)i;
    memcpy(next, start, nt * sizeof *next);
    c->post_start = start;
    c->post = post;
    c->post_next = next;
    return true;
}

bool score_textrank(precis_doc *d, const sentvecs *sv, const score_budget *budget, arena *a, double *scores,
                    score_parts *parts) {
    (void)budget; /* weighs nothing by the budget */
    (void)d;
    double *lw = arena_alloc(a, (sv->n ? sv->n : 1) * sizeof *lw);
    uint32_t *shared = arena_alloc(a, (sv->n ? sv->n : 1) * sizeof *shared);
    textrank_ctx ctx = {.v = sv->v, .n = sv->n, .window = graph_window(sv->n), .log_words = lw, .shared = shared};
    if (!lw || !shared || !index_terms(sv, a, &ctx))
        return false;
    for (size_t i = 0; i < sv->n; i++)
        lw[i] = log((double)sv->v[i].words);
    simgraph g;
    if (!simgraph_build(sv, textrank_sim, count_shared, &ctx, 0.0, a, &g) || !pagerank(&g, 0.85, scores))
        return false;
    for (size_t i = 0; i < sv->n; i++)
        parts[i].centrality = scores[i];
    return true;
}
