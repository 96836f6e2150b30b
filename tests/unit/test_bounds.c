/* Work bounds of the whole pipeline on pathological documents: the cost of a view must grow
 * about linearly with the document, not with its square. Each check times the same view on a
 * document and on one four times larger, both generated here (synthetic names and plain
 * words, no copied prose), and compares the times: linear work gives a ratio near 4 (a little
 * more from caches), quadratic work near 16. Taking the best of two runs and a threshold of 8
 * keeps the check independent of the machine's speed, of sanitizers and of load. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "precis/precis.h"

static precis_model *model;

static void setup(void) {
    precis_error err;
    cr_assert_eq(precis_model_default(&model, &err), PRECIS_OK, "%s", err.message);
}

static void teardown(void) { precis_model_free(model); }

TestSuite(bounds, .init = setup, .fini = teardown);

/* `n` sentences each naming a different person and place, from two-syllable parts. */
static char *names_text(size_t n, size_t *len) {
    static const char *syl[] = {"ba", "ko", "li", "ma", "ne", "ro", "sa", "tu", "vi", "ze",
                                "da", "fe", "gi", "ho", "ju", "ka", "lo", "mu", "na", "pe"};
    size_t cap = n * 48 + 1, used = 0;
    char *t = malloc(cap);
    cr_assert_not_null(t);
    for (size_t i = 0; i < n; i++) {
        const char *a = syl[i / 8000 % 20], *b = syl[i / 400 % 20], *c = syl[i / 20 % 20], *d = syl[i % 20];
        used += (size_t)snprintf(t + used, cap - used, "%c%s%s %c%s%sn met officials in %c%s%sburg. ",
                                 a[0] - 32, a + 1, b, c[0] - 32, c + 1, d, d[0] - 32, d + 1, c);
    }
    *len = used;
    return t;
}

static double seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Best of two timings of rendering `view` for the text. */
static double time_view(const char *text, size_t len, precis_view view) {
    double best = 1e9;
    for (int run = 0; run < 2; run++) {
        double t0 = seconds();
        precis_doc *doc = NULL;
        precis_error err;
        cr_assert_eq(precis_doc_new(model, text, len, NULL, &doc, &err), PRECIS_OK, "%s", err.message);
        char *out = NULL;
        size_t out_len = 0;
        cr_assert_eq(precis_doc_render(doc, view, PRECIS_FORMAT_JSON, &out, &out_len, &err), PRECIS_OK, "%s",
                     err.message);
        precis_free(out);
        precis_doc_free(doc);
        double t = seconds() - t0;
        best = t < best ? t : best;
    }
    return best;
}

/* 10,000 and 40,000 distinct names: linking mentions to entities sorted them by insertion and
 * the "who" slot scanned every mention for each person, both quadratic (a ratio of 13 was
 * measured for 15,000 and 60,000 names; 3.8 now). */
Test(bounds, facts_linear_in_entities, .timeout = 300) {
    size_t small_len, big_len;
    char *small = names_text(10000, &small_len), *big = names_text(40000, &big_len);
    double ts = time_view(small, small_len, PRECIS_VIEW_FACTS);
    double tb = time_view(big, big_len, PRECIS_VIEW_FACTS);
    cr_log_info("facts: %.3f s for 10,000 names, %.3f s for 40,000 (ratio %.1f)", ts, tb, tb / ts);
    cr_expect_lt(tb, 8 * ts, "facts on 4x the names took %.1fx the time (%.3f s vs %.3f s)", tb / ts, tb, ts);
    free(small);
    free(big);
}
