/* facts_fixture.h — what the facts and quotes tests share: the default model, one document
 * at a time run through facts_compute, the text of a span of it, and the default model
 * without one of its files. Included by one test
 * file each (static definitions); the file declares its TestSuite with setup/teardown. */
#ifndef PRECIS_TESTS_FACTS_FIXTURE_H
#define PRECIS_TESTS_FACTS_FIXTURE_H
#include <criterion/criterion.h>
#include <string.h>

#include "doc/doc.h"
#include "model_fixture.h"
#include "facts/facts.h"

static precis_model *model;
static precis_doc *doc;

static void setup(void) {
    precis_error err;
    cr_assert_eq(precis_model_default(&model, &err), PRECIS_OK, "%s", err.message);
}

static void teardown(void) {
    precis_doc_free(doc);
    doc = NULL;
    precis_model_free(model);
}

/* The facts of `text` (the document stays in `doc` until the next run). */
static const facts *run(const char *text) {
    precis_error err;
    precis_doc_free(doc);
    cr_assert_eq(precis_doc_new(model, text, strlen(text), NULL, &doc, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(facts_compute(doc, &err), PRECIS_OK, "%s", err.message);
    return doc->facts;
}

/* The bytes [s, e) of the document, NUL-terminated (a static buffer: one at a time). */
static char *span(uint32_t s, uint32_t e) {
    static char out[512];
    size_t n = e - s < sizeof out - 1 ? e - s : sizeof out - 1;
    memcpy(out, doc->text + s, n);
    out[n] = '\0';
    return out;
}

/* The facts view of `doc` in format `fmt` (the caller frees it with precis_free). */
static char *rendered_facts(precis_format fmt) {
    char *out = NULL;
    size_t len = 0;
    precis_error err;
    cr_assert_eq(precis_doc_render(doc, PRECIS_VIEW_FACTS, fmt, &out, &len, &err), PRECIS_OK, "%s", err.message);
    return out;
}

/* The default model without its file `drop` (tests/unit/model_fixture.h). */
static precis_model *model_without(const char *drop) { return model_copy_without(model, drop); }
#endif
