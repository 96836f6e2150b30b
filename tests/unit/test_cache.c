/* test_cache.c — precis_cache (include/precis/precis.h): a document made through a cache is
 * the same as one made without, whatever documents the cache served before, in whatever
 * order, with its tables overflowing; and the cache's argument rules. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "precis/precis.h"

static precis_model *model;

static void setup(void) {
    precis_error err = {0};
    cr_assert_eq(precis_model_default(&model, &err), PRECIS_OK, "%s", err.message);
}

static void teardown(void) { precis_model_free(model); }

TestSuite(cache, .init = setup, .fini = teardown);

static const char *const TEXTS[] = {
    "The council of Marwick voted on Tuesday to close the old swimming baths in March. "
    "\"We cannot keep patching the roof,\" said Dana Okafor, who leads the council. "
    "Swimmers will use the pool at Tenley until a new one opens in 2028. "
    "The baths opened in 1931 and were listed as a building of local interest.",

    "TENLEY, May 3 - Harbour workers in Tenley walked out on Friday over a pay offer of 2.5 percent. "
    "The union's secretary, Rui Almeida, said 400 members had joined the strike. "
    "Officials at the Port of Tenley said ships would be sent to Marwick instead. "
    "Talks are due to resume next week, according to a spokesman for the port.",

    "Dana Okafor met Rui Almeida in Marwick on Monday. Both said the talks had gone well. "
    "Okafor, who leads the council, said the baths would not reopen. "
    "Almeida said the union would ask for 3 percent when the talks resume in June.",

    "A STORM HITS THE COAST\n\nHeavy rain fell on the coast of Brantley overnight, and the river "
    "Oster burst its banks near Kelso Bridge. About 120 homes were flooded, the fire service said. "
    "\"It came up faster than anyone expected,\" said Priya Natarajan, a resident.",
};
#define N_TEXTS (sizeof TEXTS / sizeof *TEXTS)

static const precis_view VIEWS[] = {PRECIS_VIEW_SUMMARY, PRECIS_VIEW_BRIEF, PRECIS_VIEW_FACTS, PRECIS_VIEW_EXPLAIN};
#define N_VIEWS (sizeof VIEWS / sizeof *VIEWS)

/* The JSON of every view of `text`, concatenated (malloc'ed), made through `cache` (NULL:
 * none) with options `opts` (NULL: defaults). */
static char *render_all(precis_cache *cache, const char *text, size_t len, const precis_options *opts) {
    precis_doc *d = NULL;
    precis_error err = {0};
    cr_assert_eq(precis_doc_new_cached(model, cache, text, len, opts, &d, &err), PRECIS_OK, "%s", err.message);
    char *all = NULL;
    size_t all_len = 0, cap = 0;
    for (size_t v = 0; v < N_VIEWS; v++)
        cr_assert_eq(precis_doc_render_append(d, VIEWS[v], PRECIS_FORMAT_JSON, &all, &all_len, &cap, &err), PRECIS_OK,
                     "%s", err.message);
    precis_doc_free(d);
    return all;
}

static char *reference(size_t i) { return render_all(NULL, TEXTS[i], strlen(TEXTS[i]), NULL); }

Test(cache, documents_are_the_same_with_and_without_it) {
    char *ref[N_TEXTS];
    for (size_t i = 0; i < N_TEXTS; i++)
        ref[i] = reference(i);
    /* the views have something in them: a test that passes on empty output proves nothing */
    cr_assert(strstr(ref[0], "Dana Okafor"), "%s", ref[0]);
    cr_assert(strstr(ref[1], "Rui Almeida"), "%s", ref[1]);

    /* one cache, every text several times over, in two orders: each time the reference */
    precis_cache *c = NULL;
    precis_error err = {0};
    cr_assert_eq(precis_cache_new(model, &c, &err), PRECIS_OK, "%s", err.message);
    static const size_t ORDER[] = {0, 1, 2, 3, 2, 1, 0, 3, 3, 0, 1, 2};
    for (size_t k = 0; k < sizeof ORDER / sizeof *ORDER; k++) {
        size_t i = ORDER[k];
        char *got = render_all(c, TEXTS[i], strlen(TEXTS[i]), NULL);
        cr_assert_str_eq(got, ref[i], "text %zu, run %zu", i, k);
        precis_free(got);
    }
    precis_cache_free(c);

    /* a second cache, the texts in reverse */
    cr_assert_eq(precis_cache_new(model, &c, &err), PRECIS_OK, "%s", err.message);
    for (size_t k = N_TEXTS; k-- > 0;) {
        char *got = render_all(c, TEXTS[k], strlen(TEXTS[k]), NULL);
        cr_assert_str_eq(got, ref[k], "text %zu", k);
        precis_free(got);
    }
    precis_cache_free(c);
    for (size_t i = 0; i < N_TEXTS; i++)
        precis_free(ref[i]);
}

Test(cache, documents_alive_together_share_it) {
    precis_cache *c = NULL;
    cr_assert_eq(precis_cache_new(model, &c, NULL), PRECIS_OK);
    precis_doc *d[N_TEXTS];
    for (size_t i = 0; i < N_TEXTS; i++)
        cr_assert_eq(precis_doc_new_cached(model, c, TEXTS[i], strlen(TEXTS[i]), NULL, &d[i], NULL), PRECIS_OK);
    /* facts are worked out when asked for, last document first: the cache is used then */
    for (size_t k = N_TEXTS; k-- > 0;) {
        char *got = NULL, *want = reference(k);
        size_t len = 0;
        cr_assert_eq(precis_doc_render(d[k], PRECIS_VIEW_SUMMARY, PRECIS_FORMAT_JSON, &got, &len, NULL), PRECIS_OK);
        char *s = got;
        got = NULL;
        size_t cap = len + 1;
        cr_assert_eq(precis_doc_render_append(d[k], PRECIS_VIEW_BRIEF, PRECIS_FORMAT_JSON, &s, &len, &cap, NULL), PRECIS_OK);
        cr_assert_eq(precis_doc_render_append(d[k], PRECIS_VIEW_FACTS, PRECIS_FORMAT_JSON, &s, &len, &cap, NULL), PRECIS_OK);
        cr_assert_eq(precis_doc_render_append(d[k], PRECIS_VIEW_EXPLAIN, PRECIS_FORMAT_JSON, &s, &len, &cap, NULL),
                     PRECIS_OK);
        cr_assert_str_eq(s, want, "text %zu", k);
        precis_free(s);
        precis_free(want);
    }
    for (size_t i = 0; i < N_TEXTS; i++)
        precis_doc_free(d[i]);
    precis_cache_free(c);
}

/* Far more distinct words and names than the cache's tables hold (16,384 forms, 4,096 names):
 * entries are replaced, and every document is still the one made without a cache. */
Test(cache, a_full_cache_changes_nothing) {
    size_t cap = 1 << 20, len = 0;
    char *big = malloc(cap);
    cr_assert_not_null(big);
    for (unsigned i = 0; i < 12000; i++) {
        /* made-up names and words from the number's digits, in letters */
        char name[16], word[16];
        unsigned x = i * 2654435761u;
        for (int k = 0; k < 7; k++, x /= 13)
            name[k] = (char)('a' + x % 13 + (k & 1) * 13);
        name[0] = (char)(name[0] - 32);
        name[7] = 0;
        x = i * 40503u + 7;
        for (int k = 0; k < 8; k++, x /= 11)
            word[k] = (char)('a' + (x % 11) * 2 + (k & 1));
        word[8] = 0;
        len += (size_t)snprintf(big + len, cap - len, "%s %s said the %sing was over on %s. ", name,
                                i % 3 ? "Okafor" : "Almeida", word, i % 2 ? "Monday" : "Friday");
        cr_assert_lt(len + 100, cap);
    }
    char *want = render_all(NULL, big, len, NULL);
    precis_cache *c = NULL;
    cr_assert_eq(precis_cache_new(model, &c, NULL), PRECIS_OK);
    for (int round = 0; round < 2; round++) {
        char *got = render_all(c, big, len, NULL);
        cr_assert(strcmp(got, want) == 0, "round %d", round);
        precis_free(got);
        /* and a short text after the tables were filled by the long one */
        char *small = render_all(c, TEXTS[2], strlen(TEXTS[2]), NULL);
        char *ref = reference(2);
        cr_assert_str_eq(small, ref);
        precis_free(small);
        precis_free(ref);
    }
    precis_cache_free(c);
    precis_free(want);
    free(big);
}

/* A cache serves the language of its first document; another language's documents are made
 * without it, and the same. */
Test(cache, another_language_goes_without_it) {
    static const char DE[] = "Der Rat von Marwick hat am Dienstag beschlossen, das alte Hallenbad zu schliessen. "
                             "Die Schwimmer sollen bis 2028 das Bad in Tenley nutzen.";
    precis_options de;
    precis_options_init(&de);
    cr_assert_eq(precis_options_set(&de, "lang", "de", NULL), PRECIS_OK);
    char *want_de = render_all(NULL, DE, strlen(DE), &de);
    char *want_en = reference(0);
    precis_cache *c = NULL;
    cr_assert_eq(precis_cache_new(model, &c, NULL), PRECIS_OK);
    for (int round = 0; round < 2; round++) {
        char *got_de = render_all(c, DE, strlen(DE), &de);
        char *got_en = render_all(c, TEXTS[0], strlen(TEXTS[0]), NULL);
        cr_assert_str_eq(got_de, want_de);
        cr_assert_str_eq(got_en, want_en);
        precis_free(got_de);
        precis_free(got_en);
    }
    precis_cache_free(c);
    precis_free(want_de);
    precis_free(want_en);
}

Test(cache, arguments) {
    precis_error err = {0};
    precis_cache *c = (precis_cache *)&err;
    cr_assert_eq(precis_cache_new(NULL, &c, &err), PRECIS_E_INVALID_ARG);
    cr_assert_eq(precis_cache_new(model, NULL, &err), PRECIS_E_INVALID_ARG);
    precis_cache_free(NULL); /* a no-op */

    /* a cache of another model is refused, and *out cleared */
    precis_model *other = NULL;
    cr_assert_eq(precis_model_default(&other, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(precis_cache_new(other, &c, &err), PRECIS_OK, "%s", err.message);
    precis_doc *d = (precis_doc *)&err;
    cr_assert_eq(precis_doc_new_cached(model, c, TEXTS[0], strlen(TEXTS[0]), NULL, &d, &err), PRECIS_E_INVALID_ARG);
    cr_assert_null(d);
    cr_assert(strstr(err.message, "cache"), "%s", err.message);
    precis_cache_free(c);
    precis_model_free(other);

    /* no cache: precis_doc_new */
    cr_assert_eq(precis_doc_new_cached(model, NULL, TEXTS[0], strlen(TEXTS[0]), NULL, &d, &err), PRECIS_OK);
    precis_doc_free(d);
}
