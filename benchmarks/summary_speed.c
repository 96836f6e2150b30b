/* summary_speed — how fast `summary` runs with the default method, on one core.
 *
 * Usage: bench_summary_speed [FILE.jsonl] [--long MB]
 *
 * 1. Articles: every "text" of FILE (default summ/cnndm_dev.jsonl under $PRECIS_DATA or
 *    ../shared/data, see common/bench_data.h, whose
 *    articles average ~700 words) is analysed and summarised (3 sentences) repeatedly for
 *    at least two seconds; prints articles/s and MB/s. Model loading is excluded (done once).
 * 2. One long document: the same texts joined until --long MB (default 20), summarised once;
 *    prints seconds, sentences and the peak resident memory of the process.
 * When the data file is missing, generated text is used and the output says so. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "common/bench_data.h"
#include "precis/precis.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Deterministic filler text for when the data is missing: sentences from a small grammar. */
static char *generated_article(unsigned seed, size_t *len) {
    static const char *const subj[] = {"The council", "Officials", "The company", "Residents", "The minister", "Analysts"};
    static const char *const verb[] = {"said", "expected", "announced", "rejected", "approved", "questioned"};
    static const char *const obj[] = {"a new budget for the harbour", "plans to widen the northern road",
                                      "the cost of the bridge repairs", "a 4% rise in water charges",
                                      "the report on school places", "talks with the rail operator"};
    size_t cap = 8192, n = 0;
    char *s = malloc(cap);
    for (int i = 0; i < 35; i++) {
        seed = seed * 1103515245u + 12345u;
        n += (size_t)snprintf(s + n, cap - n, "%s %s %s on Monday. ", subj[(seed >> 8) % 6], verb[(seed >> 12) % 6],
                              obj[(seed >> 16) % 6]);
    }
    *len = n;
    return s;
}

int main(int argc, char **argv) {
    const char *path = NULL;
    double long_mb = 20;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--long") == 0 && i + 1 < argc)
            long_mb = atof(argv[++i]);
        else
            path = argv[i];
    }
    char *found = path ? NULL : bench_data_path("summ/cnndm_dev.jsonl");
    bench_corpus c = {0};
    if ((path || found) && bench_corpus_load(&c, path ? path : found) && c.n > 0) {
        printf("data: %s (%zu articles, %.0f bytes each on average)\n", path ? path : found, c.n,
               (double)c.bytes / (double)c.n);
    } else {
        printf("data: %s missing: using generated articles\n",
               path ? path : "summ/cnndm_dev.jsonl under $PRECIS_DATA or ../shared/data");
        for (unsigned i = 0; i < 200; i++) {
            size_t len;
            char *text = generated_article(i, &len);
            bench_corpus_add(&c, text, len);
            free(text);
        }
    }
    free(found);
    precis_model *model;
    precis_error err;
    if (precis_model_default(&model, &err) != PRECIS_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 3;
    }
    precis_options opts;
    precis_options_init(&opts);
    opts.max_bytes = 0;

    size_t docs = 0, done_bytes = 0;
    double t0 = now(), t;
    do {
        for (size_t i = 0; i < c.n; i++) {
            precis_doc *d;
            if (precis_doc_new(model, c.text[i], c.len[i], &opts, &d, &err) != PRECIS_OK ||
                precis_doc_summarize(d, &err) != PRECIS_OK) {
                fprintf(stderr, "%s\n", err.message);
                return 1;
            }
            precis_doc_free(d);
            docs++;
            done_bytes += c.len[i];
        }
        t = now() - t0;
    } while (t < 2.0);
    printf("articles: %.0f articles/s, %.1f MB/s (summary, default method, 3 sentences, one core)\n", docs / t,
           done_bytes / t / 1e6);

    size_t want = (size_t)(long_mb * 1e6), have = 0;
    char *big = malloc(want + 1);
    for (size_t i = 0; have < want; i = (i + 1) % c.n) {
        size_t k = c.len[i] + 2 < want - have ? c.len[i] : want - have - 2;
        memcpy(big + have, c.text[i], k);
        have += k;
        big[have++] = '\n';
        big[have++] = '\n';
        if (want - have < 3)
            break;
    }
    t0 = now();
    precis_doc *d;
    if (precis_doc_new(model, big, have, &opts, &d, &err) != PRECIS_OK || precis_doc_summarize(d, &err) != PRECIS_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    t = now() - t0;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("long document: %.1f MB, %zu sentences, summarised in %.2f s, peak RSS %.0f MB\n", have / 1e6,
           precis_doc_sentence_count(d), t, ru.ru_maxrss / 1024.0);
    precis_doc_free(d);
    precis_model_free(model);
    bench_corpus_free(&c);
    free(big);
    return 0;
}
