/* test_rouge.c — the ROUGE scorer on small texts whose scores were worked out by hand (the
 * working is in the comments), ROUGE-1.5.5's Porter port, its reading rules (word limits,
 * pooling of references, union LCS) and the bootstrap. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "eval/rouge.h"
#include "precis/eval.h"

static precis_model *model;

static void setup(void) {
    precis_error err = {0};
    cr_assert_eq(precis_model_default(&model, &err), PRECIS_OK, "%s", err.message);
}
static void teardown(void) { precis_model_free(model); }

TestSuite(rouge, .init = setup, .fini = teardown);

/* A text from NUL-terminated sentences (at most 8). */
typedef struct text8 {
    const char *s[8];
    size_t len[8];
    precis_rouge_text t;
} text8;

static void mk(text8 *x, size_t n, const char *const *sentences) {
    for (size_t i = 0; i < n; i++) {
        x->s[i] = sentences[i];
        x->len[i] = strlen(sentences[i]);
    }
    x->t = (precis_rouge_text){x->s, x->len, n};
}

static precis_rouge_scores score_one(const precis_rouge_options *o, size_t ns, const char *const *sys,
                                     size_t nr, const char *const *ref) {
    precis_rouge *r = NULL;
    cr_assert_eq(precis_rouge_new(model, o, &r, NULL), PRECIS_OK);
    text8 a, b;
    mk(&a, ns, sys);
    mk(&b, nr, ref);
    precis_rouge_scores s;
    cr_assert_eq(precis_rouge_score(r, &a.t, &b.t, 1, &s, NULL), PRECIS_OK);
    precis_rouge_free(r);
    return s;
}

#define NEAR(x, y) cr_expect(fabs((x) - (y)) < 1e-9, "%s = %.6f, expected %.6f", #x, (double)(x), (double)(y))

static void expect_stem(const char *word, const char *stem) {
    precis_rouge *r = NULL;
    cr_assert_eq(precis_rouge_new(model, NULL, &r, NULL), PRECIS_OK);
    char out[64];
    size_t n = precis_rouge_stem(r, word, strlen(word), out, sizeof out);
    cr_expect(n < sizeof out && strcmp(out, stem) == 0, "stem(%s) = %s, expected %s", word, out, stem);
    precis_rouge_free(r);
}

Test(rouge, porter_port_of_rouge155) {
    /* Step 4 tries -ement, then -ment, then -ent (ROUGE's change): m("agre") = 1 and
     * m("agree") = 1 keep those, m("agreem") = 2 removes -ent. */
    expect_stem("agreement", "agreem");
    expect_stem("statement", "statem");
    /* Martin Porter's departure logi -> log: technology -> technologi (1c) -> technolog. */
    expect_stem("technology", "technolog");
    expect_stem("caresses", "caress");
    expect_stem("ponies", "poni");
    expect_stem("running", "run");
    expect_stem("hopping", "hop");
    expect_stem("relational", "relat");
    expect_stem("yelling", "yell"); /* initial y is a consonant; -ll kept as m("yell") = 1 */
    /* Three letters or fewer are never stemmed; WordNet irregular forms come first. */
    expect_stem("ran", "ran");
    expect_stem("went", "go");
    expect_stem("children", "child");
}

Test(rouge, one_sentence_by_hand) {
    /* sys: the cat sat on the mat / ref: the cat lay on the mat (6 tokens each).
     * the x2, cat, on, mat = 5 of 6. R-2: "the cat", "on the", "the mat" = 3 of 5.
     * R-L: LCS "the cat on the mat" = 5 of 6.
     * SU4: 6 tokens -> unigrams of the first 5 and all 15 pairs = 20 grams each side;
     * unigram hits the x2, cat, on = 4; pair hits the-cat, the-on, the-the, the-mat x2,
     * cat-on, cat-the, cat-mat, on-the, on-mat = 10; 14 of 20. */
    const char *sys[] = {"The cat sat on the mat."};
    const char *ref[] = {"The cat lay on the mat."};
    precis_rouge_scores s = score_one(NULL, 1, sys, 1, ref);
    NEAR(s.m[PRECIS_ROUGE_1].r, 0.83333);
    NEAR(s.m[PRECIS_ROUGE_1].p, 0.83333);
    NEAR(s.m[PRECIS_ROUGE_1].f, 0.83333);
    NEAR(s.m[PRECIS_ROUGE_2].f, 0.6);
    NEAR(s.m[PRECIS_ROUGE_L].f, 0.83333);
    NEAR(s.m[PRECIS_ROUGE_SU].hits, 14);
    NEAR(s.m[PRECIS_ROUGE_SU].ref_total, 20);
    NEAR(s.m[PRECIS_ROUGE_SU].f, 0.7);
}

Test(rouge, stemming_on_and_off) {
    /* statements -> statem = statement; running -> run = runs -> run: all match when stemmed,
     * nothing when not. */
    const char *sys[] = {"Statements running"};
    const char *ref[] = {"statement runs"};
    precis_rouge_scores s = score_one(NULL, 1, sys, 1, ref);
    NEAR(s.m[PRECIS_ROUGE_1].f, 1.0);
    precis_rouge_options o;
    precis_rouge_options_init(&o);
    o.stem = false;
    s = score_one(&o, 1, sys, 1, ref);
    NEAR(s.m[PRECIS_ROUGE_1].f, 0.0);
}

Test(rouge, tokens_are_ascii_alnum_runs) {
    /* "well-known" is two tokens; the e-acute splits "caf\xc3\xa9s" into "caf" and "s";
     * punctuation disappears: 4 tokens, all matching. */
    const char *sys[] = {"well-known caf\xc3\xa9s!"};
    const char *ref[] = {"Well known, CAF s"};
    precis_rouge_options o;
    precis_rouge_options_init(&o);
    o.stem = false;
    precis_rouge_scores s = score_one(&o, 1, sys, 1, ref);
    NEAR(s.m[PRECIS_ROUGE_1].hits, 4);
    NEAR(s.m[PRECIS_ROUGE_1].f, 1.0);
}

Test(rouge, references_are_pooled) {
    /* sys: the cat sat (3 unigrams). ref 1: the cat (2 hits of 2); ref 2: a dog sat (1 hit of 3).
     * R = 3/5 = 0.6, P = 3/(2 x 3) = 0.5, F = 2(0.6)(0.5)/1.1 = 0.545454... -> 0.54545. */
    precis_rouge *r = NULL;
    cr_assert_eq(precis_rouge_new(model, NULL, &r, NULL), PRECIS_OK);
    const char *sys[] = {"the cat sat"}, *r1[] = {"the cat"}, *r2[] = {"a dog sat"};
    text8 a, b[2];
    mk(&a, 1, sys);
    mk(&b[0], 1, r1);
    mk(&b[1], 1, r2);
    precis_rouge_text refs[2] = {b[0].t, b[1].t};
    precis_rouge_scores s;
    cr_assert_eq(precis_rouge_score(r, &a.t, refs, 2, &s, NULL), PRECIS_OK);
    NEAR(s.m[PRECIS_ROUGE_1].r, 0.6);
    NEAR(s.m[PRECIS_ROUGE_1].p, 0.5);
    NEAR(s.m[PRECIS_ROUGE_1].f, 0.54545);
    NEAR(s.m[PRECIS_ROUGE_1].sys_total, 6);
    precis_rouge_free(r);
}

Test(rouge, union_lcs_over_sentences) {
    /* ref: a b c d e; sys sentences "a b x" and "c e y". LCS with each: {a, b} and {c, e};
     * union 4 hits. R = 4/5 = 0.8, P = 4/6 -> 0.66667, F = 0.66667 x 0.8 / 0.733335 -> 0.72727. */
    const char *sys[] = {"a b x", "c e y"};
    const char *ref[] = {"a b c d e"};
    precis_rouge_scores s = score_one(NULL, 2, sys, 1, ref);
    NEAR(s.m[PRECIS_ROUGE_L].hits, 4);
    NEAR(s.m[PRECIS_ROUGE_L].r, 0.8);
    NEAR(s.m[PRECIS_ROUGE_L].p, 0.66667);
    NEAR(s.m[PRECIS_ROUGE_L].f, 0.72727);
    /* Clipping: ref "a a" against sys "a": the LCS marks one "a", and one is all sys holds. */
    const char *sys2[] = {"a"};
    const char *ref2[] = {"a a"};
    s = score_one(NULL, 1, sys2, 1, ref2);
    NEAR(s.m[PRECIS_ROUGE_L].hits, 1);
}

Test(rouge, word_limit_counts_raw_words) {
    /* -l 3 keeps "The cat sat" and "The cat lay": 2 of 3 unigrams match. */
    precis_rouge_options o;
    precis_rouge_options_init(&o);
    o.max_words = 3;
    const char *sys[] = {"The cat sat on the mat."};
    const char *ref[] = {"The cat lay on the mat."};
    precis_rouge_scores s = score_one(&o, 1, sys, 1, ref);
    NEAR(s.m[PRECIS_ROUGE_1].r, 0.66667);
    NEAR(s.m[PRECIS_ROUGE_1].sys_total, 3);
    /* A limit spanning sentences: "Dogs bark. Cats" (the second sentence cut after one word);
     * "well-known" is one word for the limit but two tokens. */
    o.max_words = 2;
    const char *sys2[] = {"well-known dogs", "bark loudly"};
    const char *ref2[] = {"dogs"};
    s = score_one(&o, 2, sys2, 1, ref2);
    NEAR(s.m[PRECIS_ROUGE_1].sys_total, 3); /* well, known, dogs */
    o.max_words = 3;
    s = score_one(&o, 2, sys2, 1, ref2);
    NEAR(s.m[PRECIS_ROUGE_1].sys_total, 4); /* + bark */
}

Test(rouge, byte_limit) {
    /* -b 12: "aaaa bbbb" (9 bytes) is kept, the next line is cut to its first 3 bytes "ccc":
     * aaaa, bbbb, ccc. ROUGE-1.5.5's sentence reader (ROUGE-L) keeps every line shorter than the
     * limit whole, but L's hits are clipped by the flat reading's unigrams: cccc never hits. */
    precis_rouge_options o;
    precis_rouge_options_init(&o);
    o.stem = false;
    o.max_bytes = 12;
    const char *sys[] = {"aaaa bbbb", "cccc dddd"};
    const char *ref[] = {"cccc aaaa"};
    precis_rouge_scores s = score_one(&o, 2, sys, 1, ref);
    NEAR(s.m[PRECIS_ROUGE_1].sys_total, 3);
    NEAR(s.m[PRECIS_ROUGE_1].hits, 1);      /* aaaa */
    NEAR(s.m[PRECIS_ROUGE_L].hits, 1);      /* cccc is on an LCS but clipped away */
    NEAR(s.m[PRECIS_ROUGE_L].sys_total, 3);
}

Test(rouge, options_are_checked) {
    precis_rouge_options o;
    precis_rouge_options_init(&o);
    o.max_words = 10;
    o.max_bytes = 10;
    precis_rouge *r = NULL;
    precis_error err = {0};
    cr_expect_eq(precis_rouge_new(model, &o, &r, &err), PRECIS_E_INVALID_OPTION);
    cr_expect_null(r);
    precis_rouge_options_init(&o);
    o.max_n = 5;
    cr_expect_eq(precis_rouge_new(model, &o, &r, &err), PRECIS_E_INVALID_OPTION);
}

/* ---- the options' size (include/precis/eval.h: the struct can grow, as precis_options) ----- */

Test(rouge, options_init_records_the_callers_size) {
    precis_rouge_options o;
    memset(&o, 0x5a, sizeof o);
    precis_rouge_options_init(&o);
    cr_assert_eq(o.size, sizeof o);
    cr_assert(o.stem && o.skip_unigrams && o.round_like_rouge155 && !o.remove_stopwords);
    cr_assert_eq(o.max_n, 2);
    cr_assert_eq(o.max_words, 0);
}

Test(rouge, options_init_writes_no_more_than_the_size_it_is_given) {
    unsigned char raw[sizeof(precis_rouge_options) + 32];
    memset(raw, 0x5a, sizeof raw);
    precis_rouge_options_init_sized((precis_rouge_options *)(void *)raw, 16);
    size_t size;
    memcpy(&size, raw, sizeof size);
    cr_assert_eq(size, 16);
    for (size_t i = 16; i < sizeof raw; i++)
        cr_assert_eq(raw[i], 0x5a, "byte %zu written past the size", i);
}

/* A caller built against a newer header (a larger struct): the library fills and reads what it
 * knows, zeroes the rest, and scores as with its own struct. */
Test(rouge, a_larger_options_struct_works_and_its_tail_is_zeroed) {
    _Alignas(precis_rouge_options) unsigned char raw[sizeof(precis_rouge_options) + 64];
    memset(raw, 0x5a, sizeof raw);
    precis_rouge_options *o = (precis_rouge_options *)(void *)raw;
    precis_rouge_options_init_sized(o, sizeof raw);
    cr_assert_eq(o->size, sizeof raw);
    for (size_t i = sizeof(precis_rouge_options); i < sizeof raw; i++)
        cr_assert_eq(raw[i], 0, "byte %zu of the tail", i);
    o->stem = false;
    const char *sys[] = {"Statements running"};
    const char *ref[] = {"statement runs"};
    NEAR(score_one(o, 1, sys, 1, ref).m[PRECIS_ROUGE_1].f, 0.0);
}

Test(rouge, options_not_initialised_are_refused) {
    precis_rouge_options o;
    memset(&o, 0, sizeof o); /* size 0: never passed through precis_rouge_options_init */
    o.max_n = 2;
    o.alpha = 0.5;
    precis_rouge *r = NULL;
    precis_error err = {0};
    cr_assert_eq(precis_rouge_new(model, &o, &r, &err), PRECIS_E_INVALID_ARG);
    cr_assert_null(r);
    cr_assert(strstr(err.message, "precis_rouge_options_init"), "%s", err.message);
}

Test(rouge, perl_drand48) {
    /* perl -e 'srand(0); print rand()' prints 0.17082803610629 (Perl 5.20 and later);
     * srand(1) gives 0.0416303447718782 then 0.454492444728629. */
    rouge_rand48 s;
    rouge_srand48(&s, 0);
    cr_expect(fabs(rouge_drand48(&s) - 0.17082803610629) < 1e-13);
    rouge_srand48(&s, 1);
    cr_expect(fabs(rouge_drand48(&s) - 0.0416303447718782) < 1e-15);
    cr_expect(fabs(rouge_drand48(&s) - 0.454492444728629) < 1e-15);
}

Test(rouge, bootstrap) {
    double same[5] = {0.4, 0.4, 0.4, 0.4, 0.4};
    precis_rouge_estimate e;
    cr_assert_eq(precis_rouge_bootstrap(same, 5, 1000, 95, &e, NULL), PRECIS_OK);
    NEAR(e.mean, 0.4);
    NEAR(e.boot_mean, 0.4);
    NEAR(e.low, 0.4);
    NEAR(e.high, 0.4);
    double v[4] = {0.1, 0.9, 0.3, 0.7};
    precis_rouge_estimate a, b;
    cr_assert_eq(precis_rouge_bootstrap(v, 4, 1000, 95, &a, NULL), PRECIS_OK);
    cr_assert_eq(precis_rouge_bootstrap(v, 4, 1000, 95, &b, NULL), PRECIS_OK);
    NEAR(a.mean, 0.5);
    cr_expect(a.low < 0.5 && a.high > 0.5 && a.low >= 0.1 && a.high <= 0.9);
    cr_expect(fabs(a.boot_mean - 0.5) < 0.02);
    cr_expect(a.boot_mean == b.boot_mean && a.low == b.low && a.high == b.high, "not reproducible");
    /* One resample seeded 0 over one document: the document itself. */
    cr_assert_eq(precis_rouge_bootstrap(v, 1, 1, 95, &a, NULL), PRECIS_OK);
    NEAR(a.boot_mean, 0.1);
    cr_expect_eq(precis_rouge_bootstrap(v, 4, 0, 95, &a, NULL), PRECIS_E_INVALID_ARG);
}

Test(rouge, split_glued_sentences) {
    const char *t = "Profits rose 5% to $10.9bn.For the year, sales fell. The U.S. market grew.";
    precis_span *sp = NULL;
    size_t n = 0;
    cr_assert_eq(precis_rouge_split(model, t, strlen(t), &sp, &n, NULL), PRECIS_OK);
    cr_assert_eq(n, 3, "got %zu sentences", n);
    cr_expect(strncmp(t + sp[0].start, "Profits rose 5% to $10.9bn.", sp[0].end - sp[0].start) == 0);
    cr_expect(strncmp(t + sp[1].start, "For the year, sales fell.", sp[1].end - sp[1].start) == 0);
    cr_expect_eq(sp[2].end, strlen(t));
    precis_free(sp);
}

Test(rouge, split_tokenized_highlights) {
    /* Tokenized text: " . " before a capital or a digit ends a sentence; "Mr. Smith" does not. */
    const char *t = "The mayor opened the bridge . 40 people came . He said : ` It is done . '";
    precis_span *sp = NULL;
    size_t n = 0;
    cr_assert_eq(precis_rouge_split(model, t, strlen(t), &sp, &n, NULL), PRECIS_OK);
    cr_assert_eq(n, 3, "got %zu sentences", n);
    cr_expect(strncmp(t + sp[1].start, "40 people came .", sp[1].end - sp[1].start) == 0);
    precis_free(sp);
}
