/* default.c — the default news scorer: position-aware centrality plus priors.
 *
 * Centrality follows PacSum (Zheng & Lapata 2019, "Sentence Centrality Revisited for
 * Unsupervised Summarization", section 3): edges are tf-idf cosines, shifted down by a
 * threshold min + beta * (max - min) and clipped at zero, and a sentence's centrality sums
 * its edges to later sentences with weight LAMBDA_FORWARD and to earlier ones with weight
 * LAMBDA_BACKWARD (negative: in news, a sentence that later ones elaborate on is central; one
 * that merely repeats earlier ones is not).
 *
 * To that are added, each rescaled to [0,1]:
 *   position  a lead prior, 1 / (1 + i / POSITION_HALF)   (news puts the story first)
 *   title     cosine with the title, when one is given
 *   length    a penalty for fragments shorter than LENGTH_SHORT content words
 * The weights are the W_* constants below, chosen by grid search on the development sets in
 * ../shared/data/summ (see benchmarks/README.md and docs/SCORING.md for the search and the
 * figures). Linear in sentences for long documents (windowed graph, see graph.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "score/graph.h"
#include "score/score.h"
#include "segment/segment.h"

#define PACSUM_BETA 0.6       /* Zheng & Lapata 2019, tf-idf setting */
#define LAMBDA_FORWARD 1.0    /* ditto: lambda_2 */
#define LAMBDA_BACKWARD -2.0  /* ditto: lambda_1 */
#define POSITION_HALF 2.0     /* sentence index at which the prior halves */
#define LENGTH_SHORT 6        /* content words under which a sentence is a fragment */

#define W_CENTRALITY 1.0
#define W_CENTROID 0.0
#define W_POSITION 1.0
#define W_TITLE 0.5
#define W_LENGTH 0.3

static double cosine_sim(const svec *a, const svec *b, void *ctx) {
    (void)ctx;
    return svec_cosine(a, b);
}

/* The title's vector in the document's term space (terms unseen in the body cannot match,
 * but count towards the norm with their background idf). */
static bool title_vector(precis_doc *d, const sentvecs *sv, arena *a, svec *out) {
    memset(out, 0, sizeof *out);
    size_t tlen = strlen(d->opts.title);
    if (!tlen)
        return true;
    segmentation seg;
    if (!segment_text(d->opts.title, 0, tlen, d->lang, a, &seg))
        return false;
    out->term = arena_alloc(a, (seg.n_tokens + 1) * sizeof *out->term);
    out->w = arena_alloc(a, (seg.n_tokens + 1) * sizeof *out->w);
    out->tf = arena_alloc(a, (seg.n_tokens + 1) * sizeof *out->tf);
    if (!out->term || !out->w || !out->tf)
        return false;
    double norm = 0;
    for (size_t k = 0; k < seg.n_tokens; k++) {
        const token *t = &seg.tokens[k];
        if ((t->kind != TOK_WORD && t->kind != TOK_NUMBER) || t->end - t->start < 2)
            continue;
        bool stop;
        int32_t id = lexicon_term(&d->lex, d->opts.title + t->start, t->end - t->start, &stop);
        if (id < 0)
            return false;
        if (stop)
            continue;
        bool seen = false;
        for (uint32_t j = 0; j < out->n; j++)
            seen |= out->term[j] == id;
        if (seen)
            continue;
        double idf = (size_t)id < sv->n_terms ? sv->idf[id]
                                              : model_idf(d->lang, d->lex.term_text[id], d->lex.term_len[id]);
        out->term[out->n] = id;
        out->tf[out->n] = 1;
        out->w[out->n] = (float)idf;
        out->n++;
        norm += idf * idf;
    }
    /* svec_cosine merges sorted term lists */
    for (uint32_t i = 1; i < out->n; i++)
        for (uint32_t j = i; j > 0 && out->term[j - 1] > out->term[j]; j--) {
            int32_t t = out->term[j];
            out->term[j] = out->term[j - 1];
            out->term[j - 1] = t;
            float w = out->w[j];
            out->w[j] = out->w[j - 1];
            out->w[j - 1] = w;
        }
    out->norm = sqrt(norm);
    return true;
}

bool score_default(precis_doc *d, const sentvecs *sv, arena *a, double *scores, score_parts *parts) {
    size_t n = sv->n;
    if (n == 0)
        return true;
    simgraph g;
    if (!simgraph_build(sv, cosine_sim, NULL, 0.0, a, &g))
        return false;
    double lo = INFINITY, hi = -INFINITY;
    for (size_t e = 0; e < g.row[n]; e++) {
        lo = fmin(lo, g.w[e]);
        hi = fmax(hi, g.w[e]);
    }
    double threshold = g.row[n] ? lo + PACSUM_BETA * (hi - lo) : 0;
    double *cent = calloc(n, sizeof *cent), *centroid = calloc(n, sizeof *centroid);
    if (!cent || !centroid) {
        free(cent);
        free(centroid);
        return false;
    }
    for (size_t i = 0; i < n; i++)
        for (uint32_t e = g.row[i]; e < g.row[i + 1]; e++) {
            double w = g.w[e] - threshold;
            if (w <= 0)
                continue;
            cent[i] += (g.col[e] > i ? LAMBDA_FORWARD : LAMBDA_BACKWARD) * w;
        }
    score_normalise(cent, n);

    /* centroid similarity: the tfidf scorer's answer, rescaled */
    if (!score_tfidf(d, sv, a, centroid, parts)) {
        free(cent);
        free(centroid);
        return false;
    }
    score_normalise(centroid, n);
    svec tv;
    bool ok = title_vector(d, sv, a, &tv);
    for (size_t i = 0; ok && i < n; i++) {
        score_parts *p = &parts[i];
        p->centrality = cent[i];
        p->centroid = centroid[i];
        p->position = 1.0 / (1.0 + (double)i / POSITION_HALF);
        p->title = tv.n ? svec_cosine(&sv->v[i], &tv) : 0;
        uint32_t words = sv->v[i].words;
        p->length = words >= LENGTH_SHORT ? 1.0 : (double)words / LENGTH_SHORT;
        scores[i] = W_CENTRALITY * p->centrality + W_CENTROID * p->centroid + W_POSITION * p->position +
                    W_TITLE * p->title + W_LENGTH * p->length;
    }
    free(cent);
    free(centroid);
    return ok;
}
