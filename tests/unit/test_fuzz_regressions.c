/* Inputs the fuzz targets (tests/fuzz/) found a fault with, replayed through the public API
 * so that the sanitizer build of the test suite fails if the fault comes back. Each test names
 * the target, the fault and the fix. The inputs are minimised by hand and written here. */
#include <criterion/criterion.h>
#include <string.h>

#include "precis/eval.h"
#include "precis/precis.h"

static precis_model *model;

static void setup(void) {
    precis_error err;
    cr_assert_eq(precis_model_default(&model, &err), PRECIS_OK, "%s", err.message);
}

static void teardown(void) { precis_model_free(model); }

TestSuite(fuzz_regressions, .init = setup, .fini = teardown);

static precis_rouge_text one_sentence(const char **s, size_t *len) {
    *len = strlen(*s);
    return (precis_rouge_text){s, len, 1};
}

/* fuzz_eval: a reference or a summary without a single token ("...", "!!!") left ROUGE-L
 * with no token array, and NULL + 0 was computed for its sentences (undefined behaviour,
 * reported by UBSan in src/eval/rouge.c). Such texts score zero. */
Test(fuzz_regressions, rouge_text_without_tokens) {
    precis_rouge *rouge = NULL;
    precis_error err;
    cr_assert_eq(precis_rouge_new(model, NULL, &rouge, &err), PRECIS_OK, "%s", err.message);
    const char *words = "The dam held.", *dots = "...", *bangs = "!!!";
    size_t lw, ld, lb;
    precis_rouge_text with_words = one_sentence(&words, &lw), no_ref = one_sentence(&dots, &ld),
                      no_sys = one_sentence(&bangs, &lb);
    precis_rouge_scores sc;
    cr_assert_eq(precis_rouge_score(rouge, &with_words, &no_ref, 1, &sc, &err), PRECIS_OK, "%s", err.message);
    for (int m = 0; m < PRECIS_ROUGE_METRICS; m++)
        cr_expect_eq(sc.m[m].f, 0.0, "metric %d", m);
    cr_assert_eq(precis_rouge_score(rouge, &no_sys, &with_words, 1, &sc, &err), PRECIS_OK, "%s", err.message);
    for (int m = 0; m < PRECIS_ROUGE_METRICS; m++)
        cr_expect_eq(sc.m[m].f, 0.0, "metric %d", m);
    precis_rouge_free(rouge);
}

/* fuzz_document: a lede whose opening phrase runs to the document's last token ("... (Agency)
 * --") left the subject's start one past the token array, and the fact line read that token's
 * stop-word flag before testing the start against the clause's end (heap read past the end,
 * reported by ASan in lede_clause, src/facts/facts.c). Such a lede has no subject. */
Test(fuzz_regressions, lede_opening_phrase_to_the_last_token) {
    static const char text[] = "The mayor of Ostend Peeters+BRUSSELS (Agency) --";
    precis_options o;
    precis_options_init(&o);
    precis_doc *doc = NULL;
    precis_error err;
    cr_assert_eq(precis_doc_new(model, text, sizeof text - 1, &o, &doc, &err), PRECIS_OK, "%s", err.message);
    char *out = NULL;
    size_t len = 0;
    cr_assert_eq(precis_doc_render(doc, PRECIS_VIEW_FACTS, PRECIS_FORMAT_JSON, &out, &len, &err), PRECIS_OK, "%s",
                 err.message);
    cr_expect(strstr(out, "\"what\"") != NULL, "facts JSON has its what field: %s", out);
    precis_free(out);
    precis_doc_free(doc);
}

/* fuzz_document: a lede whose participle's agent "by" came one token before the document's
 * end ("... lashed by MPs") had the fact line ask whether "by" and the two tokens after it
 * were an approximation ("by about"), reading one token past the array (ASan, in
 * doc_phrase_class from lede_clause). A phrase that would run past the last token is none. */
Test(fuzz_regressions, phrase_past_the_last_token) {
    static const char *const texts[] = {"A fragment there lashed by MPs", "The harbour wall lashed by storms",
                                        "Ferries delayed by fog"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        precis_options o;
        precis_options_init(&o);
        precis_doc *doc = NULL;
        precis_error err;
        cr_assert_eq(precis_doc_new(model, texts[i], strlen(texts[i]), &o, &doc, &err), PRECIS_OK, "%s", err.message);
        char *out = NULL;
        size_t len = 0;
        cr_assert_eq(precis_doc_render(doc, PRECIS_VIEW_BRIEF, PRECIS_FORMAT_JSON, &out, &len, &err), PRECIS_OK, "%s",
                     err.message);
        precis_free(out);
        precis_doc_free(doc);
    }
}
