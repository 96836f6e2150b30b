/* test_select.c — select_with_budget (src/select/select.c): what a budget buys, with scores
 * set by hand so that the selection rules alone decide. Redundancy (MMR) and the
 * near-duplicate filter are tested in test_score.c; the not-story filter in
 * test_boilerplate.c. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "doc/doc.h"
#include "select/select.h"

static precis_model *model;

static void setup(void) {
    precis_error err = {0};
    cr_assert_eq(precis_model_default(&model, &err), PRECIS_OK, "%s", err.message);
}

static void teardown(void) { precis_model_free(model); }

TestSuite(select, .init = setup, .fini = teardown);

/* Five story sentences on unrelated subjects (no redundancy between them), of 8, 6, 10, 5
 * and 7 words. */
static const char TEXT[] = "The county council approved a new budget for road repairs. "
                           "Heavy snow closed two mountain passes. "
                           "A local orchestra will tour six cities in the north this autumn. "
                           "Fishermen reported record mackerel catches. "
                           "The museum lent three paintings to Lisbon.";

static precis_doc *new_doc(const char *text, const char *redundancy) {
    precis_options o;
    precis_options_init(&o);
    precis_error err = {0};
    cr_assert_eq(precis_options_set(&o, "redundancy", redundancy, &err), PRECIS_OK);
    precis_doc *d = NULL;
    cr_assert_eq(precis_doc_new(model, text, strlen(text), &o, &d, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(precis_doc_summarize(d, &err), PRECIS_OK, "%s", err.message); /* vectors, not-story flags */
    return d;
}

static const double SCORES[5] = {0.2, 0.9, 0.5, 0.7, 0.1};

Test(select, sentence_budget_takes_the_best_in_document_order) {
    precis_doc *d = new_doc(TEXT, "0");
    cr_assert_eq(d->seg.n_sentences, 5);
    size_t out[5], n = 0;
    cr_assert(select_with_budget(d, &d->vectors, SCORES, PRECIS_BUDGET_SENTENCES, 3, NULL, out, &n));
    cr_assert_eq(n, 3);
    cr_assert_eq(out[0], 1);
    cr_assert_eq(out[1], 2);
    cr_assert_eq(out[2], 3);
    precis_doc_free(d);
}

Test(select, word_budget_is_never_exceeded_past_the_first_pick) {
    precis_doc *d = new_doc(TEXT, "0");
    size_t words[5];
    for (size_t i = 0; i < 5; i++)
        words[i] = doc_sentence_words(d, i);
    for (double budget = 1; budget <= 40; budget++) {
        size_t out[5], n = 0, spent = 0;
        cr_assert(select_with_budget(d, &d->vectors, SCORES, PRECIS_BUDGET_WORDS, budget, NULL, out, &n));
        cr_assert_geq(n, 1, "budget %.0f: something is always chosen", budget);
        for (size_t k = 0; k < n; k++)
            spent += words[out[k]];
        if (n > 1)
            cr_assert_leq(spent, budget, "budget %.0f: %zu words", budget, spent);
        else
            cr_assert_eq(out[0], 1, "budget %.0f: the first pick is the best sentence", budget);
        for (size_t k = 1; k < n; k++)
            cr_assert_lt(out[k - 1], out[k]);
    }
    precis_doc_free(d);
}

Test(select, a_sentence_that_does_not_fit_is_passed_over_for_one_that_does) {
    precis_doc *d = new_doc(TEXT, "0");
    size_t words1 = doc_sentence_words(d, 1), words3 = doc_sentence_words(d, 3), words2 = doc_sentence_words(d, 2);
    cr_assert_gt(words2, words3, "the text's lengths changed");
    /* room for the best (1) and then 3, not for 2 which scores higher than 3 but is longer */
    const double scores[5] = {0.2, 0.9, 0.7, 0.5, 0.1};
    double budget = (double)(words1 + words3);
    size_t out[5], n = 0;
    cr_assert(select_with_budget(d, &d->vectors, scores, PRECIS_BUDGET_WORDS, budget, NULL, out, &n));
    cr_assert_eq(n, 2);
    cr_assert_eq(out[0], 1);
    cr_assert_eq(out[1], 3);
    precis_doc_free(d);
}

Test(select, ratio_spends_a_share_of_the_words) {
    precis_doc *d = new_doc(TEXT, "0");
    size_t total = 0;
    for (size_t i = 0; i < 5; i++)
        total += doc_sentence_words(d, i);
    size_t out[5], n = 0;
    cr_assert(select_with_budget(d, &d->vectors, SCORES, PRECIS_BUDGET_RATIO, 1.0, NULL, out, &n));
    cr_assert_eq(n, 5, "ratio 1 buys every sentence");
    cr_assert(select_with_budget(d, &d->vectors, SCORES, PRECIS_BUDGET_RATIO, 0.4, NULL, out, &n));
    size_t spent = 0;
    for (size_t k = 0; k < n; k++)
        spent += doc_sentence_words(d, out[k]);
    cr_assert_leq((double)spent, 0.4 * (double)total);
    cr_assert_geq(n, 1);
    precis_doc_free(d);
}

Test(select, equal_scores_go_to_the_earlier_sentence) {
    precis_doc *d = new_doc(TEXT, "0");
    const double flat[5] = {1, 1, 1, 1, 1};
    size_t out[5], n = 0;
    cr_assert(select_with_budget(d, &d->vectors, flat, PRECIS_BUDGET_SENTENCES, 2, NULL, out, &n));
    cr_assert_eq(n, 2);
    cr_assert_eq(out[0], 0);
    cr_assert_eq(out[1], 1);
    precis_doc_free(d);
}

Test(select, not_story_is_never_chosen_however_it_scores) {
    char text[1024];
    snprintf(text, sizeof text, "%s\n\nSign up for our newsletter and never miss a story!", TEXT);
    precis_doc *d = new_doc(text, "0");
    cr_assert_eq(d->seg.n_sentences, 6);
    cr_assert_neq(d->boilerplate[5], 0, "the plea should be flagged");
    const double scores[6] = {0.2, 0.9, 0.5, 0.7, 0.1, 5.0};
    size_t out[6], n = 0;
    cr_assert(select_with_budget(d, &d->vectors, scores, PRECIS_BUDGET_SENTENCES, 6, NULL, out, &n));
    cr_assert_eq(n, 5);
    for (size_t k = 0; k < n; k++)
        cr_assert_neq(out[k], 5);
    precis_doc_free(d);
}

Test(select, an_empty_document_selects_nothing) {
    precis_doc *d = new_doc("", "0.3");
    size_t out[1], n = 7;
    cr_assert(select_with_budget(d, &d->vectors, NULL, PRECIS_BUDGET_SENTENCES, 3, NULL, out, &n));
    cr_assert_eq(n, 0);
    precis_doc_free(d);
}
