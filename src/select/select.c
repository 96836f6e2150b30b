/* select.c — budgeted, redundancy-aware selection (see select.h).
 *
 * MMR: each round takes the sentence maximising
 *     (1 - r) * relevance(i) - r * max_{j chosen} cosine(i, j)
 * where relevance is the score rescaled to [0,1] and r the `redundancy` option. Rounds stop
 * when the budget is spent; sentences that would overflow a word or character budget are
 * skipped in favour of shorter ones, except that the first pick always goes in (a summary of
 * a one-long-sentence document is that sentence). Cost: O(budget * n) cosines. */
#include <stdlib.h>
#include <string.h>

#include "select/select.h"

#include "score/graph.h"
#include "util/minmax.h"

/* Fragments shorter than this many words are not chosen while longer candidates remain:
 * headlines, datelines and list stubs read badly in an extract. */
#define MIN_WORDS 4

/* A candidate this similar (tf-idf cosine) to a chosen sentence says the same thing and is
 * skipped outright, whatever the MMR trade-off: wire copy often repeats a lead nearly word
 * for word further down. */
#define DUPLICATE_COSINE 0.8

/* Live candidates examined per pick at most (see the scan in select_with_budget). */
#define SCAN_LIMIT 2048

/* A text of at least this many sentences, none of them story, gets no summary: for that its
 * first half must have been flagged sentence by sentence, each on its own evidence, or it
 * must read as comments from its first sentence on; it is a page of comments, captions or
 * site text, and a summary of it would pass them off as news. Shorter texts (a lone "Sign up
 * today!") say too little to tell and are summarized by what they have. */
#define NO_STORY_MIN 3

/* Stable merge sort of sentence indices by relevance, highest first (qsort has no context
 * argument in C17, and stability keeps ties in document order). */
static bool sort_by_relevance(size_t *order, size_t n, const double *rel) {
    size_t *tmp = malloc((n ? n : 1) * sizeof *tmp);
    if (!tmp)
        return false;
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t a = lo, b = mid, k = lo;
            while (a < mid && b < hi)
                tmp[k++] = rel[order[b]] > rel[order[a]] ? order[b++] : order[a++];
            while (a < mid)
                tmp[k++] = order[a++];
            while (b < hi)
                tmp[k++] = order[b++];
        }
        memcpy(order, tmp, n * sizeof *order);
    }
    free(tmp);
    return true;
}

/* A headline, subhead or caption: a paragraph of one sentence without final punctuation
 * ("Harbour reopens after storm"). It reads badly in an extract and usually repeats the
 * lead, so it is chosen only when nothing else is left. */
static bool headline(const precis_doc *d, size_t i) {
    const sentence *s = &d->seg.sentences[i];
    const paragraph *p = &d->seg.paragraphs[s->paragraph];
    if (p->sent_end - p->sent_start != 1 || s->end <= s->start)
        return false;
    int c = doc_sentence_final(d, i);
    /* … 。 ！ ？ (any other non-ASCII ending) count as final */
    return c && c != '.' && c != '!' && c != '?' && c != ':' && c != ';' && c != DOC_FINAL_OTHER;
}

static int cmp_size(const void *a, const void *b) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

bool select_sentences(precis_doc *d, const sentvecs *sv) {
    d->n_chosen = 0;
    if (d->seg.n_sentences == 0)
        return true;
    if (!boilerplate_flag(d, sv))
        return false;
    d->no_story = true;
    for (size_t i = 0; i < d->seg.n_sentences && d->no_story; i++)
        d->no_story = d->boilerplate[i] != NS_STORY;
    d->no_story = d->no_story && d->seg.n_sentences >= NO_STORY_MIN;
    return select_with_budget(d, sv, d->scores, d->opts.budget, d->opts.budget_value, NULL, d->chosen, &d->n_chosen);
}

/* What a sentence costs against a budget of the given kind. */
static double sentence_cost(const precis_doc *d, precis_budget kind, size_t i, size_t words) {
    switch (kind) {
    case PRECIS_BUDGET_SENTENCES: return 1;
    case PRECIS_BUDGET_CHARS: return (double)(d->seg.sentences[i].end - d->seg.sentences[i].start);
    case PRECIS_BUDGET_WORDS:
    case PRECIS_BUDGET_RATIO: return (double)words;
    }
    return 1;
}

bool select_with_budget(const precis_doc *d, const sentvecs *sv, const double *scores, precis_budget kind,
                        double value, const uint8_t *unfit, size_t *out, size_t *n_out) {
    size_t n = d->seg.n_sentences, chosen = 0;
    *n_out = 0;
    if (n == 0)
        return true;

    size_t *words = malloc(n * sizeof *words);
    double *rel = malloc(n * sizeof *rel), *maxsim = calloc(n, sizeof *maxsim);
    uint8_t *taken = calloc(n, 1);
    if (!words || !rel || !maxsim || !taken) {
        free(words);
        free(rel);
        free(maxsim);
        free(taken);
        return false;
    }
    size_t total_words = 0, candidates = 0, long_candidates = 0;
    for (size_t i = 0; i < n; i++) {
        words[i] = doc_sentence_words(d, i);
        total_words += words[i];
        rel[i] = scores[i];
        candidates += !d->boilerplate[i];
        long_candidates += !d->boilerplate[i] && words[i] >= MIN_WORDS && !headline(d, i);
    }
    minmax_normalise(rel, n);
    /* candidates by relevance, best first (ties: document order), for the bounded scan */
    size_t *order = malloc(n * sizeof *order);
    if (!order) {
        free(words);
        free(rel);
        free(maxsim);
        free(taken);
        return false;
    }
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    if (!sort_by_relevance(order, n, rel)) {
        free(order);
        free(words);
        free(rel);
        free(maxsim);
        free(taken);
        return false;
    }
    /* A short text made only of boilerplate-looking sentences still gets a summary; a text
     * with no story (NO_STORY_MIN sentences or more) gets none. */
    if (d->no_story) {
        free(order);
        free(words);
        free(rel);
        free(maxsim);
        free(taken);
        return true;
    }
    bool allow_boiler = candidates == 0;
    bool allow_short = long_candidates == 0;

    double budget = kind == PRECIS_BUDGET_RATIO ? value * (double)total_words : value;
    double r = d->opts.method == PRECIS_METHOD_LEAD ? 0 : d->opts.redundancy;
    double spent = 0;
    size_t head = 0, *next = malloc(n * sizeof *next); /* the scan list over `order` */
    uint32_t *pos = calloc(sv->n_terms ? sv->n_terms : 1, sizeof *pos);
    if (!next || !pos) {
        free(pos);
        free(next);
        free(order);
        free(words);
        free(rel);
        free(maxsim);
        free(taken);
        return false;
    }
    for (size_t o = 0; o < n; o++)
        next[o] = o + 1;
    for (;;) {
        if (kind == PRECIS_BUDGET_SENTENCES && spent >= budget)
            break;
        size_t best = n;
        double best_v = 0;
        /* Every reason to pass a candidate over is permanent (taken, boilerplate, too short, a
         * near-duplicate: maxsim only grows; over budget: spent only grows), so such a
         * candidate is unlinked from the scan list for good. With the bound below, selection
         * stays near-linear even when a budget buys tens of thousands of sentences. */
        size_t prev = n, live = 0;
        for (size_t o = head; o < n;) {
            size_t i = order[o], after = next[o];
            /* v <= (1 - r) * rel: once that bound falls below the best, nothing later wins */
            if (best < n && (1 - r) * rel[i] < best_v)
                break;
            bool dead = taken[i] || (d->boilerplate[i] && !allow_boiler) || (unfit && unfit[i]) ||
                        ((words[i] < MIN_WORDS || headline(d, i)) && !allow_short) ||
                        maxsim[i] >= DUPLICATE_COSINE ||
                        (kind != PRECIS_BUDGET_SENTENCES && chosen > 0 &&
                         spent + sentence_cost(d, kind, i, words[i]) > budget);
            if (dead) {
                if (prev == n)
                    head = after;
                else
                    next[prev] = after;
                o = after;
                continue;
            }
            prev = o;
            o = after;
            /* Text whose sentences are all alike keeps the bound from stopping the scan; past
             * SCAN_LIMIT live candidates the pick is the best of those (exact for documents
             * of up to SCAN_LIMIT sentences). */
            if (++live > SCAN_LIMIT)
                break;
            double v = (1 - r) * rel[i] - r * maxsim[i];
            if (best == n || v > best_v || (v == best_v && i < best)) {
                best = i;
                best_v = v;
            }
        }
        if (best == n)
            break;
        taken[best] = 1;
        out[chosen++] = best;
        spent += sentence_cost(d, kind, best, words[best]);
        /* the last pick: no later one reads the similarities below (for a count of sentences
         * the loop's first test stopped it after them) */
        if (spent >= budget)
            break;
        /* In long documents redundancy is looked for among neighbours only, as in the graph
         * (graph.h): keeps selection linear in the number of sentences per pick. */
        size_t win = graph_window(n);
        size_t lo = best > win ? best - win : 0, hi = best + win + 1 < n ? best + win + 1 : n;
        /* best against every neighbour: its terms scattered once (svec_cosine_scattered) */
        svec_scatter(&sv->v[best], pos, true);
        for (size_t i = lo; i < hi; i++)
            if (!taken[i]) {
                double s = svec_cosine_scattered(&sv->v[i], &sv->v[best], pos);
                if (s > maxsim[i])
                    maxsim[i] = s;
            }
        svec_scatter(&sv->v[best], pos, false);
    }
    qsort(out, chosen, sizeof *out, cmp_size);
    *n_out = chosen;
    free(pos);
    free(next);
    free(order);
    free(words);
    free(rel);
    free(maxsim);
    free(taken);
    return true;
}
