/* segment_speed.c — throughput of splitting + tokenising (segment_text) and of a whole
 * precis_doc_new (segmenting, interning and stemming) on one core.
 *
 * Usage: bench_segment_speed [--rounds N] [FILE.jsonl...]
 * With no files it reads the "text" of each article of summ/bbc_dev.jsonl and summ/cnndm_dev.jsonl
 * under the data directory (common/bench_data.h: $PRECIS_DATA or ../shared/data); when that data
 * is missing it says so and uses generated news-like text instead. Prints MB/s
 * for both measurements and the peak resident set size after the first and the last round,
 * which must not grow with the number of documents processed. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "doc/doc.h"
#include "segment/segment.h"
#include "util/arena.h"
#include "common/bench_data.h"

/* The summary sets of ../shared/data (news articles). */
static const char *const SETS[] = {"summ/bbc_dev.jsonl", "summ/cnndm_dev.jsonl"};

/* News-like prose made from a fixed set of sentences (written for this benchmark). */
static void generate(bench_corpus *c) {
    static const char *const sents[] = {
        "The council voted 7-2 on Tuesday to approve the $1.2bn budget, officials said. ",
        "Mr. Alvarez, 54, told reporters the plan would create 10,000 jobs by 2026. ",
        "\"We have waited long enough,\" said Dr. Chen of the U.S. Department of Energy. ",
        "Shares of Northwind Inc. rose 3.5% to $41.20 in early trading in New York. ",
        "The storm, which hit the coast at 5 p.m., left 12,000 homes without power.\n\n",
        "Critics, including Sen. Holt, said the deal (signed on Jan. 4) went too far. "};
    char *text = malloc(6000);
    for (int d = 0; d < 2000; d++) {
        size_t len = 0;
        for (int k = 0; k < 40; k++) {
            const char *s = sents[(d + k * 7) % 6];
            size_t l = strlen(s);
            memcpy(text + len, s, l);
            len += l;
        }
        bench_corpus_add(c, text, len);
    }
    free(text);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* CPU time: the machine is shared */
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static long peak_kb(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

int main(int argc, char **argv) {
    int rounds = 3;
    bench_corpus c = {0};
    int first_file = 1;
    if (argc > 2 && strcmp(argv[1], "--rounds") == 0) {
        rounds = atoi(argv[2]);
        first_file = 3;
    }
    for (int i = first_file; i < argc; i++)
        if (!bench_corpus_load(&c, argv[i]))
            fprintf(stderr, "bench_segment_speed: %s: cannot open\n", argv[i]);
    if (first_file >= argc) {
        for (size_t k = 0; k < sizeof SETS / sizeof *SETS; k++) {
            char *path = bench_data_path(SETS[k]);
            if (path)
                bench_corpus_load(&c, path);
            free(path);
        }
        if (c.n == 0)
            printf("data missing: summ/bbc_dev.jsonl and summ/cnndm_dev.jsonl not found under $PRECIS_DATA "
                   "or ../shared/data; using generated text\n");
    }
    if (c.n == 0)
        generate(&c);
    printf("corpus: %zu documents, %.1f MB\n", c.n, c.bytes / 1e6);

    precis_model *model = NULL;
    precis_error err = {0};
    if (precis_model_default(&model, &err) != PRECIS_OK) {
        fprintf(stderr, "bench_segment_speed: model: %s\n", err.message);
        return 1;
    }
    const lang_data *en = model_lang(model, "en");

    /* segment_text alone, one arena reused per document */
    double best_seg = 0, best_doc = 0;
    size_t sentences = 0, tokens = 0;
    long rss_first = 0;
    for (int r = 0; r < rounds; r++) {
        double t0 = now();
        sentences = tokens = 0;
        for (size_t i = 0; i < c.n; i++) {
            arena a;
            arena_init(&a, c.len[i] * 4 + 4096);
            segmentation s;
            if (!segment_text(c.text[i], 0, c.len[i], en, &a, &s)) {
                fprintf(stderr, "bench_segment_speed: out of memory\n");
                return 1;
            }
            sentences += s.n_sentences;
            tokens += s.n_tokens;
            arena_free(&a);
        }
        double mbs = c.bytes / 1e6 / (now() - t0);
        if (mbs > best_seg)
            best_seg = mbs;

        t0 = now();
        for (size_t i = 0; i < c.n; i++) {
            precis_doc *d = NULL;
            if (precis_doc_new(model, c.text[i], c.len[i], NULL, &d, &err) != PRECIS_OK) {
                fprintf(stderr, "bench_segment_speed: document %zu: %s\n", i, err.message);
                return 1;
            }
            precis_doc_free(d);
        }
        mbs = c.bytes / 1e6 / (now() - t0);
        if (mbs > best_doc)
            best_doc = mbs;
        if (r == 0)
            rss_first = peak_kb();
    }
    printf("segment_text:   %.1f MB/s (%zu sentences, %zu tokens)\n", best_seg, sentences, tokens);
    printf("precis_doc_new: %.1f MB/s (segment + tokens + stems)\n", best_doc);
    printf("peak RSS: %ld kB after round 1, %ld kB after round %d\n", rss_first, peak_kb(), rounds);
    precis_model_free(model);
    bench_corpus_free(&c);
    return 0;
}
