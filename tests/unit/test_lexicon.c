/* Unit tests for the lexicon (lexicon/lexicon.c): folding, stopwords, stems, the per-document
 * cache, and the model's table of precomputed stems (stems.tsv). */
#include <criterion/criterion.h>
#include <libstemmer.h>
#include <stdio.h>
#include <string.h>

#include "lexicon/lexicon.h"
#include "model/model.h"

static precis_model *model;
static arena mem;
static lexicon lx;

static void setup(void) {
    precis_error err;
    cr_assert_eq(precis_model_default(&model, &err), PRECIS_OK, "%s", err.message);
    arena_init(&mem, 1 << 12);
    cr_assert(lexicon_init(&lx, model_lang(model, "en"), &mem));
}

static void teardown(void) {
    lexicon_free(&lx);
    arena_free(&mem);
    precis_model_free(model);
}

static const char *stem_of(lexicon *l, const char *word, bool *stop) {
    int32_t id = lexicon_term(l, word, strlen(word), stop);
    cr_assert_geq(id, 0, "no term for '%s'", word);
    return l->term_text[id];
}

TestSuite(lexicon, .init = setup, .fini = teardown);

Test(lexicon, folds_case_and_stems_inflections_to_one_term) {
    bool stop = true;
    int32_t a = lexicon_term(&lx, "Harbours", 8, &stop);
    cr_assert_not(stop);
    int32_t b = lexicon_term(&lx, "harbour", 7, NULL);
    int32_t c = lexicon_term(&lx, "HARBOUR", 7, NULL);
    cr_assert_eq(a, b);
    cr_assert_eq(b, c);
    cr_assert_str_eq(lx.term_text[a], "harbour");
    /* a second sight of a form is answered from the cache, with its stopword flag */
    cr_assert_eq(lexicon_term(&lx, "Harbours", 8, &stop), a);
    cr_assert_not(stop);
}

Test(lexicon, stopwords_are_flagged_and_not_stemmed) {
    bool stop = false;
    cr_assert_str_eq(stem_of(&lx, "The", &stop), "the");
    cr_assert(stop);
    cr_assert_str_eq(stem_of(&lx, "was", &stop), "was"); /* Porter2 alone would give "wa" */
    cr_assert(stop);
    cr_assert(stem_of(&lx, "the", &stop) && stop, "the cache keeps the flag");
}

Test(lexicon, non_ascii_forms_fold_through_utf8proc) {
    /* "ÉTÉ" and "été" fold to one form */
    int32_t a = lexicon_term(&lx, "\xC3\x89T\xC3\x89", 5, NULL);
    int32_t b = lexicon_term(&lx, "\xC3\xA9t\xC3\xA9", 5, NULL);
    cr_assert_eq(a, b);
}

/* The table is what it claims to be: every form's stem is what the linked libstemmer gives.
 * A table written with another Snowball release would disagree here first (rebuild it with
 * the command in models/README.md). */
Test(lexicon, the_shipped_stem_table_agrees_with_libstemmer) {
    /* the image parsed: the built-in model keeps the table's packed copy alone, no slots */
    precis_model *parsed = NULL;
    precis_error err;
    cr_assert_eq(precis_model_load(model->image, model->image_len, &parsed, &err), PRECIS_OK, "%s", err.message);
    const lang_data *en = model_lang(parsed, "en");
    cr_assert_gt(en->stems.count, 1000, "the English model has no stems.tsv");
    struct sb_stemmer *st = sb_stemmer_new("english", "UTF_8");
    cr_assert_not_null(st);
    size_t checked = 0;
    for (size_t k = 0; k < en->stems.cap; k++) {
        const strmap_slot *s = &en->stems.slots[k];
        if (!s->key)
            continue;
        const char *want = (const char *)sb_stemmer_stem(st, (const sb_symbol *)s->key, (int)s->len);
        cr_assert_not_null(want);
        const char *have = s->key + s->len + 1;
        cr_assert(strlen(want) == (size_t)s->value && memcmp(want, have, (size_t)s->value) == 0,
                  "'%.*s': the table says '%.*s', libstemmer '%s'", (int)s->len, s->key, s->value, have, want);
        cr_assert_lt(strmap_get(&en->stopwords, s->key, s->len), 0, "stopword '%.*s' in the table",
                     (int)s->len, s->key);
        checked++;
    }
    cr_assert_eq(checked, en->stems.count);
    cr_assert_eq(checked, model_lang(model, "en")->stems.count);
    sb_stemmer_delete(st);
    precis_model_free(parsed);
}

/* An image with its own stems.tsv: the lexicon takes the table's stem (deliberately not
 * Porter2's here, to see where it came from) and runs the stemmer for every other word. */
Test(lexicon, stems_come_from_the_table_when_the_form_is_in_it) {
    static const char img[] = "PRECIS-MODEL 1\n"
                              "@en/stems.tsv 25\nrivers\tTABLE\nwalked\twalk\n\n"
                              "@en/stopwords.txt 4\nthe\n\n";
    precis_model *m = NULL;
    precis_error err;
    cr_assert_eq(precis_model_load(img, sizeof img - 1, &m, &err), PRECIS_OK, "%s", err.message);
    arena a;
    arena_init(&a, 1 << 10);
    lexicon l;
    cr_assert(lexicon_init(&l, model_lang(m, "en"), &a));
    bool stop = true;
    cr_assert_str_eq(stem_of(&l, "Rivers", &stop), "TABLE");
    cr_assert_not(stop);
    cr_assert_str_eq(stem_of(&l, "rivers", &stop), "TABLE");
    cr_assert_str_eq(stem_of(&l, "walked", &stop), "walk");
    cr_assert_str_eq(stem_of(&l, "bridges", &stop), "bridg"); /* not in the table: stemmed */
    cr_assert_str_eq(stem_of(&l, "the", &stop), "the");
    cr_assert(stop);
    lexicon_free(&l);
    arena_free(&a);
    precis_model_free(m);
}

Test(lexicon, a_malformed_stem_table_is_refused_with_its_line) {
    static const char *const bad[] = {"walked\n", "\twalk\n", "walked\t\n", "walked\twalk\textra\n"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char img[256];
        int n = snprintf(img, sizeof img, "PRECIS-MODEL 1\n@en/stems.tsv %zu\n%s\n", strlen(bad[i]), bad[i]);
        precis_model *m = NULL;
        precis_error err;
        cr_assert_eq(precis_model_load(img, (size_t)n, &m, &err), PRECIS_E_MODEL, "case %zu loaded", i);
        cr_assert_null(m);
        cr_assert(strstr(err.message, "stems.tsv:1"), "%s", err.message);
    }
}

/* A term's idf is the model's idf of its stem, whether the built-in stem table gave its df
 * (a form of stems.tsv) or the df table is asked (any other word), and a model read from its
 * image (no compiled tables: no dfs with the stems) agrees, for every form of stems.tsv. */
Test(lexicon, term_idf_is_the_models_idf_of_the_stem) {
    precis_model *parsed = NULL;
    precis_error err;
    cr_assert_eq(precis_model_load(model->image, model->image_len, &parsed, &err), PRECIS_OK, "%s", err.message);
    const lang_data *en = model_lang(model, "en"), *pen = model_lang(parsed, "en");
    cr_assert(en->stems_df);
    cr_assert_not(pen->stems_df);
    arena pmem;
    arena_init(&pmem, 1 << 12);
    lexicon plx;
    cr_assert(lexicon_init(&plx, pen, &pmem));
    size_t n = 0, with_df = 0;
    for (size_t i = 0; i < pen->stems.cap; i++) {
        const strmap_slot *sl = &pen->stems.slots[i];
        if (!sl->key)
            continue;
        bool stop;
        int32_t a = lexicon_term(&lx, sl->key, sl->len, &stop), b = lexicon_term(&plx, sl->key, sl->len, NULL);
        cr_assert(a >= 0 && b >= 0);
        double want = model_idf(en, lx.term_text[a], lx.term_len[a]);
        cr_assert_eq(lexicon_term_idf(&lx, a), want, "'%.*s'", (int)sl->len, sl->key);
        cr_assert_eq(lexicon_term_idf(&plx, b), want, "'%.*s'", (int)sl->len, sl->key);
        with_df += lx.term_df[a] >= 0;
        n++;
    }
    cr_assert_gt(n, 10000);
    cr_assert_gt(with_df, n / 2, "%zu of %zu terms had their df from the stem table", with_df, n);
    /* words the stem table lacks: through the df table */
    static const char *const OTHER[] = {"harbourmasters", "zzqqxxjj", "Okafor"};
    for (size_t i = 0; i < sizeof OTHER / sizeof *OTHER; i++) {
        int32_t a = lexicon_term(&lx, OTHER[i], strlen(OTHER[i]), NULL);
        cr_assert_geq(a, 0);
        cr_assert_eq(lx.term_df[a], -1, "%s", OTHER[i]);
        cr_assert_eq(lexicon_term_idf(&lx, a), model_idf(en, lx.term_text[a], lx.term_len[a]), "%s", OTHER[i]);
    }
    lexicon_free(&plx);
    arena_free(&pmem);
    precis_model_free(parsed);
}
