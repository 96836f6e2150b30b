/* Unit tests for the scorers, selection and the boilerplate filter, on documents written for
 * these tests whose right answers are clear by construction. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "score/score.h"
#include "select/select.h"
#include <stdio.h>
#include "precis/precis.h"

static precis_model *model;

static void setup(void) { cr_assert_eq(precis_model_default(&model, NULL), PRECIS_OK); }
static void teardown(void) { precis_model_free(model); }

TestSuite(score, .init = setup, .fini = teardown);

/* Summarises text with options "key=value" pairs; returns the document (caller frees). */
static precis_doc *summarise(const char *text, const char *method, const char *budget_key, const char *budget) {
    precis_options o;
    precis_options_init(&o);
    precis_error err;
    cr_assert_eq(precis_options_set(&o, "method", method, &err), PRECIS_OK, "%s", err.message);
    if (budget_key)
        cr_assert_eq(precis_options_set(&o, budget_key, budget, &err), PRECIS_OK, "%s", err.message);
    precis_doc *d;
    cr_assert_eq(precis_doc_new(model, text, strlen(text), &o, &d, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(precis_doc_summarize(d, &err), PRECIS_OK, "%s", err.message);
    return d;
}

/* The index of the i-th chosen sentence (an index out of range fails the test). */
static size_t chosen_at(const precis_doc *d, size_t i) {
    size_t index = 0;
    precis_error err = {0};
    cr_assert_eq(precis_doc_summary_sentence(d, i, &index, &err), PRECIS_OK, "%s", err.message);
    return index;
}

/* The score of sentence i (an index out of range fails the test). */
static double score_at(const precis_doc *d, size_t i) {
    double s = 0;
    precis_error err = {0};
    cr_assert_eq(precis_doc_sentence_score(d, i, &s, &err), PRECIS_OK, "%s", err.message);
    return s;
}

/* summarise() with a sentence budget and a redundancy level. */
static precis_doc *summarise_with(const char *text, const char *method, const char *sentences,
                                  const char *redundancy) {
    precis_options o;
    precis_options_init(&o);
    precis_error err = {0};
    cr_assert_eq(precis_options_set(&o, "method", method, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(precis_options_set(&o, "sentences", sentences, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(precis_options_set(&o, "redundancy", redundancy, &err), PRECIS_OK, "%s", err.message);
    precis_doc *d;
    cr_assert_eq(precis_doc_new(model, text, strlen(text), &o, &d, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(precis_doc_summarize(d, &err), PRECIS_OK, "%s", err.message);
    return d;
}

static bool chosen(const precis_doc *d, size_t index) {
    for (size_t i = 0; i < precis_doc_summary_count(d); i++)
        if (chosen_at(d, i) == index)
            return true;
    return false;
}

/* Five sentences about a ferry, with one sentence about something else in the middle. */
static const char FERRY[] =
    "The new ferry between Harwick and Stenby carried its first passengers on Monday. "
    "The ferry crossing takes forty minutes, half the time of the old ferry route. "
    "A bakery on the high street won a regional prize for its rye bread. "
    "Passengers on the first ferry said the crossing was smooth and the ferry was quiet. "
    "The ferry company plans four crossings a day between Harwick and Stenby from June.";

Test(score, lead_takes_the_first_sentences) {
    precis_doc *d = summarise(FERRY, "lead", "sentences", "2");
    cr_assert_eq(precis_doc_summary_count(d), 2);
    cr_assert_eq(chosen_at(d, 0), 0);
    cr_assert_eq(chosen_at(d, 1), 1);
    precis_doc_free(d);
}

Test(score, centrality_methods_leave_out_the_off_topic_sentence) {
    const char *methods[] = {"tfidf", "textrank", "lexrank", "default"};
    for (size_t m = 0; m < 4; m++) {
        precis_doc *d = summarise(FERRY, methods[m], "sentences", "3");
        cr_assert_eq(precis_doc_summary_count(d), 3, "%s", methods[m]);
        cr_assert(!chosen(d, 2), "%s chose the bakery sentence", methods[m]);
        /* the off-topic sentence also scores lowest */
        for (size_t i = 0; i < 5; i++)
            if (i != 2)
                cr_assert_gt(score_at(d, i), score_at(d, 2), "%s: sentence %zu",
                             methods[m], i);
        precis_doc_free(d);
    }
}

Test(score, output_is_in_document_order) {
    precis_doc *d = summarise(FERRY, "tfidf", "sentences", "4");
    size_t n = precis_doc_summary_count(d);
    cr_assert_eq(n, 4);
    /* the test means something only if score order is not document order: some later
     * chosen sentence outscores an earlier one */
    bool out_of_score_order = false;
    for (size_t i = 1; i < n; i++)
        out_of_score_order = out_of_score_order || score_at(d, chosen_at(d, i)) > score_at(d, chosen_at(d, i - 1));
    cr_assert(out_of_score_order, "the scores already fall in document order: pick another text");
    for (size_t i = 1; i < n; i++)
        cr_assert_lt(chosen_at(d, i - 1), chosen_at(d, i));
    precis_doc_free(d);
}

Test(score, word_budget_is_respected) {
    precis_doc *d = summarise(FERRY, "default", "words", "30");
    size_t words = 0;
    for (size_t i = 0; i < precis_doc_summary_count(d); i++)
        words += doc_sentence_words(d, chosen_at(d, i));
    cr_assert_leq(words, 30);
    cr_assert_geq(precis_doc_summary_count(d), 1);
    precis_doc_free(d);
}

Test(score, ratio_budget_takes_a_share_of_the_words) {
    precis_doc *d = summarise(FERRY, "default", "ratio", "0.5");
    size_t words = 0, total = 0;
    for (size_t i = 0; i < precis_doc_sentence_count(d); i++)
        total += doc_sentence_words(d, i);
    for (size_t i = 0; i < precis_doc_summary_count(d); i++)
        words += doc_sentence_words(d, chosen_at(d, i));
    cr_assert_leq(words, total / 2 + 1);
    cr_assert_geq(precis_doc_summary_count(d), 1);
    precis_doc_free(d);
}

Test(score, one_long_sentence_is_its_own_summary_even_over_budget) {
    precis_doc *d = summarise("The committee met for six hours on Friday and agreed nothing at all.", "default",
                              "words", "3");
    cr_assert_eq(precis_doc_summary_count(d), 1);
    precis_doc_free(d);
}

Test(score, redundancy_control_skips_a_repeated_sentence) {
    const char *text = "The river burst its banks at dawn and flooded forty homes in Carrow. "
                       "The river burst its banks at dawn and flooded forty homes in Carrow, officials said. "
                       "Rescue teams used boats to reach families on the upper floors. "
                       "The mayor opened the school hall as a shelter for the night.";
    /* near-identical: never both, whatever the redundancy option (the duplicate filter) */
    const char *levels[] = {"0", "0.3"};
    for (size_t k = 0; k < 2; k++) {
        precis_doc *d = summarise_with(text, "tfidf", "2", levels[k]);
        cr_assert_eq(precis_doc_summary_count(d), 2);
        cr_assert(chosen(d, 0) || chosen(d, 1), "redundancy %s: neither copy was chosen", levels[k]);
        cr_assert(!(chosen(d, 0) && chosen(d, 1)), "redundancy %s: both copies were chosen", levels[k]);
        precis_doc_free(d);
    }
}

/* MMR: a sentence that repeats much of one already chosen gives way to a slightly less
 * relevant one that adds something, by how much the redundancy option says. The scores are
 * set by hand so that only the trade-off decides. */
Test(score, redundancy_option_trades_relevance_for_novelty) {
    const char *text = "The river burst its banks at dawn and flooded forty homes in Carrow. "
                       "Forty homes in Carrow were flooded when the river rose, and boats reached the homes. "
                       "The mayor opened the school hall as a shelter for the night. "
                       "Rescue teams worked until morning.";
    const double scores[4] = {1.0, 0.95, 0.9, 0.0};
    size_t picked[2][4], n_picked[2];
    const char *levels[] = {"0", "0.3"};
    for (size_t k = 0; k < 2; k++) {
        precis_doc *d = summarise_with(text, "tfidf", "2", levels[k]);
        cr_assert_eq(precis_doc_sentence_count(d), 4);
        double s01 = svec_cosine(&d->vectors.v[0], &d->vectors.v[1]);
        double s02 = svec_cosine(&d->vectors.v[0], &d->vectors.v[2]);
        cr_assert(s01 > 0.3 && s01 < 0.8, "sentences 0 and 1 should overlap without being duplicates: %f", s01);
        cr_assert_lt(s02, 0.2);
        cr_assert(select_with_budget(d, &d->vectors, scores, PRECIS_BUDGET_SENTENCES, 2, NULL, picked[k], &n_picked[k]));
        precis_doc_free(d);
    }
    cr_assert_eq(n_picked[0], 2);
    cr_assert(picked[0][0] == 0 && picked[0][1] == 1, "redundancy 0: by relevance alone, 0 and 1");
    cr_assert_eq(n_picked[1], 2);
    cr_assert(picked[1][0] == 0 && picked[1][1] == 2, "redundancy 0.3: 2 instead of the overlapping 1");
}

Test(score, boilerplate_is_never_chosen) {
    const char *text = "The city library will stay open until midnight during the exam season, the council said. "
                       "Students had asked for longer hours in a petition signed by 2,000 people. "
                       "The council said the extra hours would cost about 40,000 euros.\n\n"
                       "Sign up for our newsletter and never miss a story! "
                       "Click here to become a member today.";
    const char *methods[] = {"lead", "tfidf", "textrank", "lexrank", "default"};
    for (size_t m = 0; m < 5; m++) {
        precis_doc *d = summarise(text, methods[m], "sentences", "5");
        cr_assert_eq(precis_doc_sentence_count(d), 5);
        cr_assert(!chosen(d, 3) && !chosen(d, 4), "%s chose boilerplate", methods[m]);
        cr_assert_eq(precis_doc_summary_count(d), 3, "%s", methods[m]);
        precis_doc_free(d);
    }
}

Test(score, news_about_subscriptions_is_not_boilerplate) {
    const char *text = "The streaming service said its subscribers rose by two million in the quarter. "
                       "Analysts had expected a smaller rise after the price increase in March. "
                       "Shares in the company gained 6% in early trading.";
    precis_doc *d = summarise(text, "default", "sentences", "3");
    cr_assert_eq(precis_doc_summary_count(d), 3);
    precis_doc_free(d);
}

Test(score, empty_and_tiny_inputs_give_an_answer) {
    precis_doc *d = summarise("", "default", NULL, NULL);
    cr_assert_eq(precis_doc_sentence_count(d), 0);
    cr_assert_eq(precis_doc_summary_count(d), 0);
    precis_doc_free(d);
    d = summarise("   \n\n  ", "textrank", NULL, NULL);
    cr_assert_eq(precis_doc_summary_count(d), 0);
    precis_doc_free(d);
    d = summarise("Storm closes ports", "lexrank", NULL, NULL);
    cr_assert_eq(precis_doc_summary_count(d), 1);
    precis_doc_free(d);
}

/* The default method's score of each FERRY sentence, with a title or without. */
static void ferry_scores(const char *title, double *scores) {
    precis_options o;
    precis_options_init(&o);
    precis_error err = {0};
    cr_assert_eq(precis_options_set(&o, "ratio", "0.9", &err), PRECIS_OK); /* a large budget: the lead prior is weak */
    if (title)
        cr_assert_eq(precis_options_set(&o, "title", title, &err), PRECIS_OK);
    precis_doc *d;
    cr_assert_eq(precis_doc_new(model, FERRY, strlen(FERRY), &o, &d, &err), PRECIS_OK);
    cr_assert_eq(precis_doc_summarize(d, &err), PRECIS_OK);
    cr_assert_eq(precis_doc_sentence_count(d), 5);
    if (title)
        cr_assert_gt(d->parts[2].title, d->parts[0].title, "the title names the bakery sentence");
    for (size_t i = 0; i < 5; i++)
        scores[i] = score_at(d, i);
    precis_doc_free(d);
}

Test(score, title_similarity_lifts_the_sentence_it_names) {
    double plain[5], titled[5];
    ferry_scores(NULL, plain);
    ferry_scores("Bakery wins prize for rye bread", titled);
    /* the bakery sentence gains on every other sentence: its score rises by more than theirs */
    for (size_t i = 0; i < 5; i++)
        if (i != 2)
            cr_assert_gt(titled[2] - plain[2], titled[i] - plain[i], "sentence %zu gained as much", i);
}

Test(score, scores_are_identical_from_run_to_run) {
    const char *methods[] = {"lead", "tfidf", "textrank", "lexrank", "default"};
    /* the second copy of the text sits at another address, after other allocations, so
     * scores that depended on addresses or leftover memory would differ */
    char *copy = malloc(sizeof FERRY + 3);
    cr_assert_not_null(copy);
    memcpy(copy + 3, FERRY, sizeof FERRY);
    for (size_t m = 0; m < 5; m++) {
        precis_doc *a = summarise(FERRY, methods[m], "sentences", "2");
        precis_doc *other = summarise("Something else entirely. It has two sentences.", methods[m], "sentences", "1");
        precis_doc *b = summarise(copy + 3, methods[m], "sentences", "2");
        size_t n = precis_doc_sentence_count(a);
        cr_assert_eq(n, 5);
        double lo = score_at(a, 0), hi = lo;
        for (size_t i = 0; i < n; i++) {
            double s = score_at(a, i);
            cr_assert(isfinite(s), "%s: sentence %zu", methods[m], i);
            cr_assert_eq(s, score_at(b, i), "%s: sentence %zu", methods[m], i);
            lo = s < lo ? s : lo;
            hi = s > hi ? s : hi;
        }
        cr_assert_lt(lo, hi, "%s: every sentence scores the same, nothing to compare", methods[m]);
        precis_doc_free(a);
        precis_doc_free(other);
        precis_doc_free(b);
    }
    free(copy);
}

Test(score, long_documents_build_a_windowed_graph) {
    /* 1,200 sentences: beyond the all-pairs limit; must finish and choose 3. */
    size_t cap = 1200 * 64, n = 0;
    char *text = malloc(cap);
    for (int i = 0; i < 1200; i++)
        n += (size_t)snprintf(text + n, cap - n, "Report %d on the harbour works was filed today. ", i);
    precis_options o;
    precis_options_init(&o);
    precis_doc *d;
    cr_assert_eq(precis_doc_new(model, text, n, &o, &d, NULL), PRECIS_OK);
    cr_assert_eq(precis_doc_summarize(d, NULL), PRECIS_OK);
    cr_assert_eq(precis_doc_sentence_count(d), 1200);
    cr_assert_eq(precis_doc_summary_count(d), 3);
    precis_doc_free(d);
    free(text);
}

Test(score, collection_idf_counts_documents_and_changes_weights) {
    precis_idf *idf;
    cr_assert_eq(precis_idf_new(&idf, NULL), PRECIS_OK);
    const char *docs[] = {"The harbour opened. The harbour closed.", "A harbour and a ferry.", "Ferry news today."};
    for (int i = 0; i < 3; i++) {
        precis_doc *d;
        cr_assert_eq(precis_doc_new(model, docs[i], strlen(docs[i]), NULL, &d, NULL), PRECIS_OK);
        cr_assert_eq(precis_idf_add_document(idf, d, NULL), PRECIS_OK);
        precis_doc_free(d);
    }
    cr_assert_eq(precis_idf_documents(idf), 3);
    /* harbour in 2 of 3 documents, news in 1: the rarer term weighs more */
    cr_assert_gt(idf_weight(idf, "news", 4), idf_weight(idf, "harbour", 7));
    precis_idf *copy;
    cr_assert_eq(precis_idf_new(&copy, NULL), PRECIS_OK);
    cr_assert_eq(precis_idf_merge(copy, idf, NULL), PRECIS_OK);
    cr_assert_eq(precis_idf_documents(copy), 3);
    cr_assert_eq(precis_idf_terms(copy), precis_idf_terms(idf));
    cr_assert_eq(idf_weight(copy, "harbour", 7), idf_weight(idf, "harbour", 7));
    /* a document scored with the collection table */
    precis_options o;
    precis_options_init(&o);
    o.idf = copy;
    precis_doc *d;
    cr_assert_eq(precis_doc_new(model, FERRY, strlen(FERRY), &o, &d, NULL), PRECIS_OK);
    cr_assert_eq(precis_doc_summarize(d, NULL), PRECIS_OK);
    cr_assert_eq(precis_doc_summary_count(d), 3);
    precis_doc_free(d);
    precis_idf_free(idf);
    precis_idf_free(copy);
}
