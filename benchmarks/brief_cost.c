/* brief_cost.c — what the facts and the brief cost on top of the summary, per article.
 *
 * Usage: bench_brief_cost [--rounds N] [FILE.jsonl...]
 * With no files it reads summ/cnndm_dev.jsonl under the data directory ($PRECIS_DATA or
 * ../shared/data, see common/bench_data.h; the "text" of each object);
 * when that data is missing it says so and uses generated news-like text instead.
 *
 * For every article, timed separately on one core (CPU time, the machine is shared):
 *   summary   precis_doc_new + precis_doc_summarize with the brief's budget (80 words), as
 *             `precis brief` runs them
 *   facts     facts_compute on that document: entities (recogniser + linking), time
 *             expressions, quantities, quotations, sources and the slots
 *     of which: entities_extract, timex_find, and quantity_find + quotes_find + sources_find
 *             alone, each timed on a second copy of the document (the recogniser and the time
 *             expressions belong to other modules; the rest is this feature's own work)
 *   brief     rendering the brief as text (lead line, choice of sentences, compression)
 *   json      rendering the brief as JSON (brief + facts with every offset)
 * Prints the mean and the 95th percentile per article in microseconds, best round of N
 * (default 3). The claim to check: facts + brief well under 1000 us per ordinary article. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "doc/doc.h"
#include "facts/entities.h"
#include "facts/facts.h"
#include "facts/timex.h"
#include "util/arena.h"
#include "common/bench_data.h"

#define DATA "summ/cnndm_dev.jsonl"

enum { ST_SUMMARY, ST_FACTS, ST_NER, ST_TIMEX, ST_OWN, ST_BRIEF, ST_JSON, N_STAGES };
static const char *const STAGE_NAME[N_STAGES] = {
    "summary (doc_new + summarize)", "facts (all)", "  entities_extract alone", "  timex_find alone",
    "  quantities+quotes+sources alone", "brief render (text)", "brief render (json)"};

static void die(const char *msg) {
    fprintf(stderr, "bench_brief_cost: %s\n", msg);
    exit(1);
}

/* News-like articles of about 600 words made from sentences written for this benchmark. */
static void generate(bench_corpus *c) {
    static const char *const sents[] = {
        "LISBON (Reuters) - Prime Minister Helena Carvalho won a budget vote on Thursday, officials said. ",
        "\"This is a budget for families who have waited too long,\" Carvalho told lawmakers. ",
        "The plan includes about 2.4 billion euros of new spending on housing, according to the ministry. ",
        "Opposition leader Rui Antunes said the forecasts were too optimistic.\n\n",
        "More than 120,000 people were moved from their homes after the floods in March. ",
        "\"We need food and water today,\" said Bernardo Lacson, the governor of the province. ",
        "Shares in Northwind Foods rose 6% to 412p in early trading in London. "};
    char *text = malloc(8000);
    if (!text)
        die("out of memory");
    for (int d = 0; d < 250; d++) {
        size_t len = 0;
        for (int k = 0; k < 40; k++) {
            const char *s = sents[(d + k * 3) % 7];
            size_t l = strlen(s);
            memcpy(text + len, s, l);
            len += l;
        }
        bench_corpus_add(c, text, len);
    }
    free(text);
}

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static precis_doc *new_doc(const precis_model *m, const bench_corpus *c, size_t i, const precis_options *o) {
    precis_doc *d = NULL;
    precis_error err = {0};
    if (precis_doc_new(m, c->text[i], c->len[i], o, &d, &err) != PRECIS_OK ||
        precis_doc_summarize(d, &err) != PRECIS_OK) {
        fprintf(stderr, "bench_brief_cost: document %zu: %s\n", i, err.message);
        exit(1);
    }
    return d;
}

int main(int argc, char **argv) {
    int rounds = 3, first_file = 1;
    if (argc > 2 && strcmp(argv[1], "--rounds") == 0) {
        rounds = atoi(argv[2]);
        first_file = 3;
        if (rounds < 1)
            die("--rounds needs a positive number");
    }
    bench_corpus c = {0};
    for (int i = first_file; i < argc; i++)
        if (!bench_corpus_load(&c, argv[i]))
            fprintf(stderr, "bench_brief_cost: %s: cannot open\n", argv[i]);
    if (first_file >= argc) {
        char *path = bench_data_path(DATA);
        if (!path || !bench_corpus_load(&c, path))
            printf("data missing: %s not found under $PRECIS_DATA or ../shared/data; using generated text\n", DATA);
        free(path);
    }
    if (c.n == 0)
        generate(&c);
    printf("corpus: %zu articles, %.0f bytes on average\n", c.n, (double)c.bytes / (double)c.n);

    precis_model *model = NULL;
    precis_error err = {0};
    if (precis_model_default(&model, &err) != PRECIS_OK)
        die(err.message);
    precis_options o;
    precis_options_init(&o);
    o.budget = PRECIS_BUDGET_WORDS; /* as `precis brief` sets them */
    o.budget_value = o.brief_words;

    double *t[N_STAGES], best_mean[N_STAGES], best_p95[N_STAGES];
    for (int s = 0; s < N_STAGES; s++) {
        t[s] = malloc(c.n * sizeof *t[s]);
        if (!t[s])
            die("out of memory");
        best_mean[s] = best_p95[s] = -1;
    }
    size_t out_bytes = 0;
    for (int r = 0; r < rounds; r++) {
        for (size_t i = 0; i < c.n; i++) {
            double t0 = now_us();
            precis_doc *d = new_doc(model, &c, i, &o);
            double t1 = now_us();
            if (facts_compute(d, &err) != PRECIS_OK)
                die(err.message);
            double t2 = now_us();
            char *out = NULL;
            size_t len = 0;
            if (precis_doc_render(d, PRECIS_VIEW_BRIEF, PRECIS_FORMAT_TEXT, &out, &len, &err) != PRECIS_OK)
                die(err.message);
            double t3 = now_us();
            out_bytes += len;
            precis_free(out);
            if (precis_doc_render(d, PRECIS_VIEW_BRIEF, PRECIS_FORMAT_JSON, &out, &len, &err) != PRECIS_OK)
                die(err.message);
            double t4 = now_us();
            precis_free(out);
            precis_doc_free(d);
            t[ST_SUMMARY][i] = t1 - t0;
            t[ST_FACTS][i] = t2 - t1;
            t[ST_BRIEF][i] = t3 - t2;
            t[ST_JSON][i] = t4 - t3;

            /* the recogniser and the time expressions alone, on a second copy */
            d = new_doc(model, &c, i, &o);
            arena a;
            arena_init(&a, 1 << 16);
            ner_entities ents;
            double t5 = now_us();
            precis_status st = entities_extract(d, &a, &ents, &err);
            double t6 = now_us();
            if (st != PRECIS_OK && st != PRECIS_E_UNSUPPORTED)
                die(err.message);
            timex *tx = NULL;
            size_t ntx = 0;
            if (timex_find(d->text, d->len, NULL, &a, &tx, &ntx, &err) != PRECIS_OK)
                die(err.message);
            double t7 = now_us();
            quantity *qs;
            quote *qu;
            source *so;
            size_t nq, nqu, nso;
            if (!quantity_find(d, NULL, &a, &qs, &nq) || !quotes_find(d, &a, &qu, &nqu) ||
                !sources_find(d, qu, nqu, &a, &so, &nso))
                die("out of memory");
            double t8 = now_us();
            t[ST_NER][i] = t6 - t5;
            t[ST_TIMEX][i] = t7 - t6;
            t[ST_OWN][i] = t8 - t7;
            arena_free(&a);
            precis_doc_free(d);
        }
        for (int s = 0; s < N_STAGES; s++) {
            double sum = 0;
            for (size_t i = 0; i < c.n; i++)
                sum += t[s][i];
            qsort(t[s], c.n, sizeof *t[s], cmp_double);
            double mean = sum / (double)c.n, p95 = t[s][(size_t)(0.95 * (double)(c.n - 1))];
            if (best_mean[s] < 0 || mean < best_mean[s]) {
                best_mean[s] = mean;
                best_p95[s] = p95;
            }
        }
    }
    printf("per article, best of %d rounds (CPU time):\n", rounds);
    printf("  %-32s %10s %10s\n", "stage", "mean us", "p95 us");
    for (int s = 0; s < N_STAGES; s++)
        printf("  %-32s %10.1f %10.1f\n", STAGE_NAME[s], best_mean[s], best_p95[s]);
    printf("  %-32s %10.1f\n", "facts + brief (text)", best_mean[ST_FACTS] + best_mean[ST_BRIEF]);
    printf("brief text: %.0f bytes on average\n", (double)out_bytes / (double)c.n / rounds);
    for (int s = 0; s < N_STAGES; s++)
        free(t[s]);
    precis_model_free(model);
    bench_corpus_free(&c);
    return 0;
}
