/* test_quantity.c — quantity_find (src/facts/quantity.c): the number, its value with the
 * scale applied, the approximation words and the counted thing. Every sentence is written
 * for these tests. */
#include <criterion/criterion.h>
#include <string.h>

#include "doc/doc.h"
#include "facts/quantity.h"

static precis_model *model;
static precis_doc *doc;

static void setup(void) {
    precis_error err = {0};
    cr_assert_eq(precis_model_default(&model, &err), PRECIS_OK, "%s", err.message);
}

static void teardown(void) {
    precis_doc_free(doc);
    precis_model_free(model);
}

TestSuite(quantity, .init = setup, .fini = teardown);

static quantity *find(const char *text, size_t *n) {
    precis_error err = {0};
    precis_doc_free(doc);
    doc = NULL;
    cr_assert_eq(precis_doc_new(model, text, strlen(text), NULL, &doc, &err), PRECIS_OK, "%s", err.message);
    quantity *q = NULL;
    cr_assert(quantity_find(doc, NULL, &doc->mem, &q, n));
    return q;
}

static char *span(uint32_t s, uint32_t e) {
    static char out[256];
    size_t n = e - s < sizeof out - 1 ? e - s : sizeof out - 1;
    memcpy(out, doc->text + s, n);
    out[n] = '\0';
    return out;
}

/* The quantity whose number starts with `num`, or NULL. */
static const quantity *with_number(const quantity *q, size_t n, const char *num) {
    for (size_t i = 0; i < n; i++)
        if (strncmp(doc->text + q[i].num_start, num, strlen(num)) == 0)
            return &q[i];
    return NULL;
}

Test(quantity, approximation_number_and_counted_thing) {
    size_t n;
    quantity *q = find("The mine employed around 10,000 seasonal workers last winter.", &n);
    const quantity *x = with_number(q, n, "10,000");
    cr_assert_not_null(x);
    cr_assert_float_eq(x->value, 10000, 1e-9);
    cr_assert_str_eq(span(x->approx_start, x->approx_end), "around");
    cr_assert(strstr(span(x->what_start, x->what_end), "workers"), "what: %s", span(x->what_start, x->what_end));
    cr_assert_leq(x->start, x->approx_start);
    cr_assert_geq(x->end, x->what_end);
}

/* Approximations of several words (facts.txt's approx phrases) are matched token by token,
 * ASCII case aside, the longest ending right before the number: "as many as", not "as". */
Test(quantity, approximations_of_several_words_the_longest_first) {
    size_t n;
    quantity *q = find("As many as 2,000 pilgrims camped by the lake. The ferry carried more than 300 cars. "
                       "Just over 40 boats left the harbour.", &n);
    static const struct {
        const char *num, *approx;
    } want[] = {{"2,000", "As many as"}, {"300", "more than"}, {"40", "Just over"}};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        const quantity *x = with_number(q, n, want[i].num);
        cr_assert_not_null(x, "%s", want[i].num);
        cr_assert_str_eq(span(x->approx_start, x->approx_end), want[i].approx);
    }
}

Test(quantity, percentages_currencies_and_scales) {
    size_t n;
    quantity *q = find("Turnout reached 76% in the port. The bridge will cost $1.13bn over ten years.", &n);
    const quantity *pct = with_number(q, n, "76");
    cr_assert_not_null(pct);
    cr_assert_float_eq(pct->value, 76, 1e-9);
    cr_assert_str_eq(span(pct->num_start, pct->num_end), "76%");
    const quantity *usd = with_number(q, n, "$1.13bn");
    cr_assert_not_null(usd);
    cr_assert_float_eq(usd->value, 1.13e9, 1);
    cr_assert_eq(usd->sentence, 1);
}

Test(quantity, number_words_count) {
    size_t n;
    quantity *q = find("Three people were rescued from the flooded cellar.", &n);
    const quantity *x = with_number(q, n, "Three");
    cr_assert_not_null(x);
    cr_assert_float_eq(x->value, 3, 1e-9);
    cr_assert(strstr(span(x->what_start, x->what_end), "people"));
}

Test(quantity, years_are_not_quantities) {
    size_t n;
    quantity *q = find("The harbour was rebuilt in 1998 after the storm.", &n);
    cr_assert_null(with_number(q, n, "1998"));
}

Test(quantity, skipped_tokens_are_left_alone) {
    const char *text = "Officials counted 400 sheep on the hill.";
    size_t n;
    quantity *q = find(text, &n);
    cr_assert_not_null(with_number(q, n, "400"));
    uint8_t *skip = arena_calloc(&doc->mem, doc->seg.n_tokens, 1);
    cr_assert_not_null(skip);
    size_t k = doc_token_at(doc, (uint32_t)(strstr(text, "400") - text));
    skip[k] = 1;
    cr_assert(quantity_find(doc, skip, &doc->mem, &q, &n));
    cr_assert_null(with_number(q, n, "400"), "a token marked to skip (a time expression's) was taken");
}

Test(quantity, text_without_numbers_has_none) {
    size_t n = 9;
    find("Nobody knew what the fog would bring.", &n);
    cr_assert_eq(n, 0);
    find("", &n);
    cr_assert_eq(n, 0);
}
