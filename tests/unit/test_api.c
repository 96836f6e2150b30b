/* test_api.c — what include/precis/precis.h promises about indices and rendered views. */
#include <criterion/criterion.h>
#include <stdio.h>
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

/* Rendering onto a buffer gives what precis_doc_render gives, after what the buffer held, in
 * every view and format (the schema member and pretty printing of JSON included). */
Test(api, render_append_is_render_after_the_buffer) {
    precis_doc *d = new_doc();
    for (int v = PRECIS_VIEW_SPLIT; v <= PRECIS_VIEW_EXPLAIN; v++)
        for (int f = PRECIS_FORMAT_TEXT; f <= PRECIS_FORMAT_JSON_PRETTY; f++) {
            if (!precis_view_supports((precis_view)v, (precis_format)f))
                continue;
            char *out = NULL, *buf = NULL;
            size_t len = 0, blen = 0, cap = 0;
            precis_error err = {0};
            cr_assert_eq(precis_doc_render(d, (precis_view)v, (precis_format)f, &out, &len, &err), PRECIS_OK);
            /* onto nothing, then onto a prefix with a '}' (which the schema must not find) */
            cr_assert_eq(precis_doc_render_append(d, (precis_view)v, (precis_format)f, &buf, &blen, &cap, &err),
                         PRECIS_OK, "view %d format %d: %s", v, f, err.message);
            cr_assert_eq(blen, len);
            cr_assert(memcmp(buf, out, len) == 0 && buf[blen] == '\0', "view %d format %d", v, f);
            blen = 0;
            memcpy(buf, "{}x", 4);
            blen = 3;
            cr_assert_eq(precis_doc_render_append(d, (precis_view)v, (precis_format)f, &buf, &blen, &cap, &err),
                         PRECIS_OK);
            cr_assert_eq(blen, 3 + len);
            cr_assert(memcmp(buf, "{}x", 3) == 0 && memcmp(buf + 3, out, len) == 0 && buf[blen] == '\0',
                      "view %d format %d", v, f);
            precis_free(out);
            precis_free(buf);
        }
    /* a format the view lacks leaves the buffer as it was */
    char *buf = NULL;
    size_t blen = 0, cap = 0;
    cr_assert_eq(precis_doc_render_append(d, PRECIS_VIEW_EXPLAIN, PRECIS_FORMAT_HTML, &buf, &blen, &cap, NULL),
                 PRECIS_E_UNSUPPORTED);
    cr_assert_eq(blen, 0);
    cr_assert_eq(precis_doc_render_append(d, PRECIS_VIEW_SUMMARY, PRECIS_FORMAT_JSON, &buf, NULL, &cap, NULL),
                 PRECIS_E_INVALID_ARG);
    precis_free(buf);
    precis_doc_free(d);
}

/* ---- the experimental facts accessors ------------------------------------------------------ */

static bool span_is(size_t s, size_t e, const char *words) {
    return e - s == strlen(words) && memcmp(TEXT + s, words, e - s) == 0;
}

Test(api, facts_accessors_need_the_facts_and_a_valid_index) {
    precis_doc *d = new_doc();
    precis_error err = {0};
    precis_mention m;
    cr_assert_eq(precis_doc_mention_count(d), 0);
    cr_assert_eq(precis_doc_mention(d, 0, &m, &err), PRECIS_E_STATE);
    cr_assert_eq(precis_doc_facts(d, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(precis_doc_facts(d, &err), PRECIS_OK, "idempotent");
    size_t n = precis_doc_mention_count(d);
    cr_assert_gt(n, 0);
    cr_assert_eq(precis_doc_mention(d, n - 1, &m, &err), PRECIS_OK);
    cr_assert_eq(precis_doc_mention(d, n, &m, &err), PRECIS_E_INVALID_ARG);
    precis_timex t;
    cr_assert_eq(precis_doc_timex(d, precis_doc_timex_count(d), &t, &err), PRECIS_E_INVALID_ARG);
    precis_quote q;
    cr_assert_eq(precis_doc_quote(d, precis_doc_quote_count(d), &q, &err), PRECIS_E_INVALID_ARG);
    precis_source so;
    cr_assert_eq(precis_doc_source(d, precis_doc_source_count(d), &so, &err), PRECIS_E_INVALID_ARG);
    cr_assert_eq(precis_doc_quote(d, 0, NULL, &err), PRECIS_E_INVALID_ARG);
    cr_assert_str_eq(precis_entity_type_name(PRECIS_ENTITY_ORG), "ORG");
    cr_assert_null(precis_entity_type_name((precis_entity_type)9));
    cr_assert_str_eq(precis_timex_type_name(PRECIS_TIMEX_DURATION), "DURATION");
    precis_doc_free(d);
}

Test(api, facts_accessors_give_the_spans_of_the_text) {
    precis_doc *d = new_doc();
    precis_error err = {0};
    cr_assert_eq(precis_doc_facts(d, &err), PRECIS_OK, "%s", err.message);

    bool person = false, place = false;
    for (size_t i = 0; i < precis_doc_mention_count(d); i++) {
        precis_mention m;
        cr_assert_eq(precis_doc_mention(d, i, &m, &err), PRECIS_OK);
        cr_assert_lt(m.start, m.end);
        cr_assert_leq(m.end, strlen(TEXT));
        person = person || (m.type == PRECIS_ENTITY_PER && span_is(m.start, m.end, "Dana Okafor"));
        place = place || (m.type == PRECIS_ENTITY_LOC && span_is(m.start, m.end, "Tenley"));
    }
    cr_assert(person, "Dana Okafor as a person");
    cr_assert(place, "Tenley as a place");

    bool tuesday = false, year = false;
    for (size_t i = 0; i < precis_doc_timex_count(d); i++) {
        precis_timex t;
        cr_assert_eq(precis_doc_timex(d, i, &t, &err), PRECIS_OK);
        cr_assert_not_null(t.value);
        tuesday = tuesday || (t.type == PRECIS_TIMEX_DATE && span_is(t.start, t.end, "Tuesday"));
        year = year || (span_is(t.start, t.end, "2028") && strcmp(t.value, "2028") == 0);
    }
    cr_assert(tuesday, "Tuesday as a date");
    cr_assert(year, "2028 with its value");

    cr_assert_eq(precis_doc_quote_count(d), 1);
    precis_quote q;
    cr_assert_eq(precis_doc_quote(d, 0, &q, &err), PRECIS_OK);
    cr_assert(span_is(q.start, q.end, "We cannot keep patching the roof"), "%.*s", (int)(q.end - q.start),
              TEXT + q.start);
    cr_assert(q.has_speaker);
    cr_assert(span_is(q.speaker_start, q.speaker_end, "Dana Okafor"));
    cr_assert_geq(q.speaker_entity, 0);
    cr_assert_not_null(q.speaker_name);
    cr_assert_eq(strncmp(q.speaker_name, "Dana Okafor", q.speaker_name_len), 0);
    cr_assert_gt(q.confidence, 0);
    precis_doc_free(d);
}

/* The five-W answers: what the facts view lists under who, what, where and when. */
Test(api, answers_need_the_facts_and_a_valid_index) {
    precis_doc *d = new_doc();
    precis_error err = {0};
    precis_answer a;
    cr_assert_eq(precis_doc_answer_count(d, PRECIS_SLOT_WHO), 0);
    cr_assert_eq(precis_doc_answer(d, PRECIS_SLOT_WHO, 0, &a, &err), PRECIS_E_STATE);
    cr_assert_eq(precis_doc_facts(d, &err), PRECIS_OK, "%s", err.message);
    for (int s = PRECIS_SLOT_WHO; s <= PRECIS_SLOT_WHEN; s++) {
        size_t n = precis_doc_answer_count(d, (precis_slot)s);
        cr_assert_gt(n, 0, "slot %d", s);
        cr_assert_eq(precis_doc_answer(d, (precis_slot)s, n, &a, &err), PRECIS_E_INVALID_ARG);
        cr_assert_eq(precis_doc_answer(d, (precis_slot)s, 0, NULL, &err), PRECIS_E_INVALID_ARG);
    }
    cr_assert_eq(precis_doc_answer_count(d, (precis_slot)7), 0);
    cr_assert_eq(precis_doc_answer(d, (precis_slot)7, 0, &a, &err), PRECIS_E_INVALID_ARG);
    cr_assert_str_eq(precis_basis_name(PRECIS_BASIS_HEADLINE), "headline");
    cr_assert_str_eq(precis_basis_name(PRECIS_BASIS_BACKGROUND), "background");
    cr_assert_str_eq(precis_basis_name(PRECIS_BASIS_DATE), "date");
    cr_assert_null(precis_basis_name((precis_basis)7));
    precis_doc_free(d);
}

Test(api, answers_are_the_facts_views) {
    precis_doc *d = new_doc();
    precis_error err = {0};
    cr_assert_eq(precis_doc_facts(d, &err), PRECIS_OK, "%s", err.message);
    char *json = NULL;
    size_t len = 0;
    cr_assert_eq(precis_doc_render(d, PRECIS_VIEW_FACTS, PRECIS_FORMAT_JSON, &json, &len, &err), PRECIS_OK);
    /* each answer, in order, as the JSON lists it: its words, evidence, basis and confidence */
    static const char *const SLOT[] = {"\"who\":[", "\"what\":{", "\"where\":[", "\"when\":["};
    bool okafor = false, tuesday = false;
    for (int s = PRECIS_SLOT_WHO; s <= PRECIS_SLOT_WHEN; s++) {
        const char *at = strstr(json, SLOT[s]);
        cr_assert_not_null(at, "%s", SLOT[s]);
        for (size_t i = 0; i < precis_doc_answer_count(d, (precis_slot)s); i++) {
            precis_answer a;
            cr_assert_eq(precis_doc_answer(d, (precis_slot)s, i, &a, &err), PRECIS_OK);
            cr_assert_lt(a.start, a.end);
            cr_assert_leq(a.end, strlen(TEXT));
            cr_assert_gt(a.confidence, 0);
            cr_assert_leq(a.confidence, 1);
            char want[256];
            if (a.name) {
                snprintf(want, sizeof want, "\"name\":\"%.*s\"", (int)a.name_len, a.name);
                cr_assert_geq(a.entity, 0);
            } else {
                char *words = precis_doc_text(d, (precis_span){a.start, a.end}, NULL);
                snprintf(want, sizeof want, "\"%s\":\"%s\"", s == PRECIS_SLOT_WHAT ? a.part : "text", words);
                precis_free(words);
            }
            const char *w = strstr(at, want);
            cr_assert_not_null(w, "%s after %s", want, SLOT[s]);
            snprintf(want, sizeof want, "\"basis\":\"%s\",\"confidence\":%.2f", precis_basis_name(a.basis),
                     a.confidence);
            cr_assert_not_null(at = strstr(w, want), "%s", want);
            if (s == PRECIS_SLOT_WHEN) {
                cr_assert_not_null(a.value);
                tuesday = tuesday || (span_is(a.start, a.end, "Tuesday") && i == 0);
            }
            cr_assert_leq(a.role_start, a.role_end);
            okafor = okafor || (s == PRECIS_SLOT_WHO && span_is(a.start, a.end, "Dana Okafor"));
        }
    }
    precis_free(json);
    cr_expect(tuesday, "Tuesday answers when first");
    cr_expect(okafor, "Dana Okafor answers who");
    precis_doc_free(d);
}
