/* test_api.c — what include/precis/precis.h promises about indices and rendered views. */
#include <criterion/criterion.h>
#include <string.h>

#include "precis/precis.h"

static precis_model *model;

static void setup(void) {
    precis_error err = {0};
    cr_assert_eq(precis_model_default(&model, &err), PRECIS_OK, "%s", err.message);
}

static void teardown(void) { precis_model_free(model); }

TestSuite(api, .init = setup, .fini = teardown);

static const char TEXT[] =
    "The council of Marwick voted on Tuesday to close the old swimming baths in March. "
    "\"We cannot keep patching the roof,\" said Dana Okafor, who leads the council. "
    "Swimmers will use the pool at Tenley until a new one opens in 2028. "
    "The baths opened in 1931 and were listed as a building of local interest.";

static precis_doc *new_doc(void) {
    precis_doc *d = NULL;
    precis_error err = {0};
    cr_assert_eq(precis_doc_new(model, TEXT, strlen(TEXT), NULL, &d, &err), PRECIS_OK, "%s", err.message);
    return d;
}

Test(api, an_index_past_the_end_is_an_error) {
    precis_doc *d = new_doc();
    size_t n = precis_doc_sentence_count(d);
    cr_assert_eq(n, 4);
    precis_error err = {0};
    precis_span sp = {7, 7};
    cr_assert_eq(precis_doc_sentence(d, n - 1, &sp, &err), PRECIS_OK);
    cr_assert_gt(sp.end, sp.start);
    cr_assert_eq(precis_doc_sentence(d, n, &sp, &err), PRECIS_E_INVALID_ARG);
    cr_assert_eq(sp.start, 0);
    cr_assert_eq(sp.end, 0);
    cr_assert(strstr(err.message, "sentence"), "%s", err.message);

    double score;
    const char *why;
    size_t index;
    /* before summarizing: scores and reasons do not exist yet */
    cr_assert_eq(precis_doc_sentence_score(d, 0, &score, &err), PRECIS_E_STATE);
    cr_assert_eq(precis_doc_sentence_left_out(d, 0, &why, &err), PRECIS_E_STATE);
    cr_assert_eq(precis_doc_summary_sentence(d, 0, &index, &err), PRECIS_E_INVALID_ARG);

    cr_assert_eq(precis_doc_summarize(d, &err), PRECIS_OK);
    size_t chosen = precis_doc_summary_count(d);
    cr_assert_geq(chosen, 1);
    cr_assert_eq(precis_doc_summary_sentence(d, chosen - 1, &index, &err), PRECIS_OK);
    cr_assert_lt(index, n);
    cr_assert_eq(precis_doc_summary_sentence(d, chosen, &index, &err), PRECIS_E_INVALID_ARG);
    cr_assert_eq(precis_doc_sentence_score(d, n - 1, &score, &err), PRECIS_OK);
    cr_assert_eq(precis_doc_sentence_score(d, n, &score, &err), PRECIS_E_INVALID_ARG);
    cr_assert_eq(precis_doc_sentence_left_out(d, n - 1, &why, &err), PRECIS_OK);
    cr_assert_null(why, "a story sentence has no reason");
    cr_assert_eq(precis_doc_sentence_left_out(d, n, &why, &err), PRECIS_E_INVALID_ARG);
    cr_assert_eq(precis_doc_sentence_left_out(d, (size_t)-1, &why, &err), PRECIS_E_INVALID_ARG);
    precis_doc_free(d);
}

Test(api, null_arguments_are_errors) {
    precis_doc *d = new_doc();
    precis_span sp;
    cr_assert_eq(precis_doc_sentence(NULL, 0, &sp, NULL), PRECIS_E_INVALID_ARG);
    cr_assert_eq(precis_doc_sentence(d, 0, NULL, NULL), PRECIS_E_INVALID_ARG);
    cr_assert_eq(precis_doc_summary_sentence(d, 0, NULL, NULL), PRECIS_E_INVALID_ARG);
    cr_assert_eq(precis_doc_sentence_score(NULL, 0, NULL, NULL), PRECIS_E_INVALID_ARG);
    precis_doc_free(d);
}

/* The header says every view in every format ends in a newline. */
Test(api, every_view_ends_in_a_newline) {
    precis_doc *d = new_doc();
    size_t rendered = 0;
    for (int v = PRECIS_VIEW_SPLIT; v <= PRECIS_VIEW_EXPLAIN; v++)
        for (int f = PRECIS_FORMAT_TEXT; f <= PRECIS_FORMAT_JSON_PRETTY; f++) {
            if (!precis_view_supports((precis_view)v, (precis_format)f))
                continue;
            char *out = NULL;
            size_t len = 0;
            precis_error err = {0};
            cr_assert_eq(precis_doc_render(d, (precis_view)v, (precis_format)f, &out, &len, &err), PRECIS_OK,
                         "view %d format %d: %s", v, f, err.message);
            cr_assert_gt(len, 0);
            cr_assert_eq(out[len - 1], '\n', "view %d format %d ends in '%c'", v, f, out[len - 1]);
            precis_free(out);
            rendered++;
        }
    /* split: text, json, jsonl, json-pretty; summary, facts, brief: those but jsonl, and
     * markdown, html; explain: text, json, json-pretty */
    cr_assert_eq(rendered, 4 + 3 * 5 + 3);
    precis_doc_free(d);
}
