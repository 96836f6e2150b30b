/* default.c — the default news scorer: centrality plus a lead prior that knows the budget.
 *
 * Parts, each in [0,1] unless said:
 *   centrality  TextRank (Mihalcea & Tarau 2004; textrank.c), rescaled;
 *   centroid    cosine with the document centroid (Radev et al. 2000; tfidf.c), rescaled;
 *   position    a lead prior 1 / (1 + i / POSITION_HALF);
 *   title       cosine with the title, when one is given;
 *   length      1 for sentences of LENGTH_SHORT content words or more, less for fragments;
 *   verbosity   (words - LENGTH_LONG) / LENGTH_LONG above LENGTH_LONG words, else 0.
 *
 * News puts the story in its first sentences, so the lead prior decides a short summary;
 * a longer one must cover the rest of the story, where centrality decides. The prior's
 * weight therefore falls with the number of sentences the budget buys (k):
 *     W_POSITION * min(1, LEAD_SENTENCES / k) ^ POSITION_DECAY
 * which is full strength for 3 sentences and fades for a 40% extract.
 *
 * The W_* weights and the shape constants were chosen by grid search on
 * ../shared/data/summ/cnndm_dev.jsonl (3 sentences) and bbc_dev.jsonl (40% of words),
 * maximising the smallest gain over Lead on of both sets (precis bench); PacSum's
 * position-aware centrality (Zheng & Lapata 2019) was among the candidates and took weight 0.
 * docs/SCORING.md gives the search and the figures. Linear in sentences for long documents
 * (windowed graph, see graph.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "score/score.h"
#include "score/vectors.h"
#include "segment/segment.h"
#include "util/minmax.h"

#define POSITION_HALF 3.0     /* sentence index at which the prior halves */
#define LEAD_SENTENCES 3.0    /* the lead's length in news: the prior's full-strength budget */
#define POSITION_DECAY 5.0    /* how fast the prior fades for bigger budgets */
#define LENGTH_SHORT 6        /* content words under which a sentence is a fragment */
#define LENGTH_LONG 25        /* words beyond which a sentence is verbose */

#define W_CENTRALITY 1.0
#define W_CENTROID 1.0
#define W_POSITION 4.0
#define W_TITLE 1.0
#define W_LENGTH 0.3
#define W_VERBOSITY -1.0

/* Number of sentences the budget will buy, for the lead prior. */
static double expected_picks(const precis_doc *d, const sentvecs *sv, const score_budget *budget) {
    size_t n = sv->n, words = 0;
    for (size_t i = 0; i < n; i++)
        words += doc_sentence_words(d, i);
    double per_sentence = n ? (double)words / (double)n : 1;
    if (per_sentence < 1)
        per_sentence = 1;
    (void)d;
    switch (budget->kind) {
    case PRECIS_BUDGET_SENTENCES: return budget->value;
    case PRECIS_BUDGET_WORDS: return budget->value / per_sentence;
    case PRECIS_BUDGET_CHARS: return budget->value / (per_sentence * 6.0); /* ~6 bytes a word */
    case PRECIS_BUDGET_RATIO: return budget->value * (double)n;
    }
    return LEAD_SENTENCES;
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
        double idf = (size_t)id < sv->n_terms ? sentvecs_idf(d, sv, id)
                                              : lexicon_term_idf(&d->lex, id);
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

/* The parts that no budget changes (centrality and centroid rescaled, title cosine), per
 * sentence of the document's own vectors: kept in the document, so that scoring again for
 * another budget (the brief's, score_for_budget) only weighs them again instead of running
 * TextRank and the centroid a second time. */
struct score_memo {
    const sentvecs *sv;
    double *graph, *centroid, *title;
};

static struct score_memo *memo_build(precis_doc *d, const sentvecs *sv, const score_budget *budget, arena *a,
                                     score_parts *parts) {
    size_t n = sv->n;
    struct score_memo *m = arena_alloc(&d->mem, sizeof *m);
    double *graph = arena_calloc(&d->mem, n, sizeof *graph), *centroid = arena_calloc(&d->mem, n, sizeof *centroid);
    double *title = arena_alloc(&d->mem, n * sizeof *title);
    svec tv;
    if (!m || !graph || !centroid || !title || !score_textrank(d, sv, budget, a, graph, parts) ||
        !score_tfidf(d, sv, budget, a, centroid, parts) || !title_vector(d, sv, a, &tv))
        return NULL;
    minmax_normalise(graph, n);
    minmax_normalise(centroid, n);
    for (size_t i = 0; i < n; i++)
        title[i] = tv.n ? svec_cosine(&sv->v[i], &tv) : 0;
    *m = (struct score_memo){sv, graph, centroid, title};
    if (sv == &d->vectors)
        d->score_memo = m;
    return m;
}

bool score_default(precis_doc *d, const sentvecs *sv, const score_budget *budget, arena *a, double *scores,
                   score_parts *parts) {
    size_t n = sv->n;
    if (n == 0)
        return true;
    const struct score_memo *m =
        d->score_memo && d->score_memo->sv == sv ? d->score_memo : memo_build(d, sv, budget, a, parts);
    bool ok = m != NULL;
    if (ok) {
        const double *graph = m->graph, *centroid = m->centroid;
        double k = expected_picks(d, sv, budget);
        double w_position = W_POSITION * pow(k > LEAD_SENTENCES ? LEAD_SENTENCES / k : 1.0, POSITION_DECAY);
        for (size_t i = 0; i < n; i++) {
            score_parts *p = &parts[i];
            p->centrality = graph[i];
            p->centroid = centroid[i];
            p->position = 1.0 / (1.0 + (double)i / POSITION_HALF);
            p->title = m->title[i];
            uint32_t words = sv->v[i].words;
            p->length = words >= LENGTH_SHORT ? 1.0 : (double)words / LENGTH_SHORT;
            size_t all_words = doc_sentence_words(d, i);
            p->verbosity = all_words > LENGTH_LONG ? (double)(all_words - LENGTH_LONG) / LENGTH_LONG : 0;
            scores[i] = W_CENTRALITY * p->centrality + W_CENTROID * p->centroid + w_position * p->position +
                        W_TITLE * p->title + W_LENGTH * p->length + W_VERBOSITY * p->verbosity;
        }
    }
    return ok;
}
