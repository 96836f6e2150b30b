/* test_ner_lang.c — each language has the recogniser of its own model directory
 * (<lang>/ner.model), or none: a language without one loads and finds no named entities,
 * rather than borrowing another language's recogniser. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts/ner.h"
#include "model/model.h"
#include "precis/precis.h"
#include "util/buf.h"

static const char TEXT[] = "Ilse Brandt, the chief executive of Norvale Shipping, met Paolo Ferri in Turin on "
                           "Monday. Brandt told Reuters that Ferri agreed to a deal with the Italian ministry.";

static void put_file(buf *b, const char *name, const void *data, size_t len) {
    buf_printf(b, "@%s %zu\n", name, len);
    buf_append(b, data, len);
    buf_putc(b, '\n');
}

/* The built-in model's files, then en's fact data copied to de/ (so that German documents get
 * facts) and, when `with_ner`, en's recogniser and gazetteers copied to de/ too. */
static precis_model *image_with_de(const precis_model *base, bool with_ner) {
    buf img;
    buf_init(&img);
    buf_puts(&img, "PRECIS-MODEL 1\n");
    for (size_t i = 0; i < base->n_files; i++)
        put_file(&img, base->files[i].name, base->files[i].data, base->files[i].len);
    for (size_t i = 0; i < base->n_files; i++) {
        const char *name = base->files[i].name;
        if (strncmp(name, "en/", 3) != 0)
            continue;
        bool ner = strcmp(name + 3, "ner.model") == 0 || strncmp(name + 3, "gazetteer_", 10) == 0;
        bool facts = strcmp(name + 3, "events.txt") == 0 || strcmp(name + 3, "cues.txt") == 0;
        if (facts || (ner && with_ner)) {
            char de[64];
            snprintf(de, sizeof de, "de/%s", name + 3);
            put_file(&img, de, base->files[i].data, base->files[i].len);
        }
    }
    precis_model *m;
    precis_error err;
    cr_assert_eq(precis_model_load(img.data, img.len, &m, &err), PRECIS_OK, "%s", err.message);
    buf_free(&img);
    return m;
}

static size_t mentions(const precis_model *m, const char *lang) {
    precis_options o;
    precis_options_init(&o);
    precis_error err;
    cr_assert_eq(precis_options_set(&o, "lang", lang, &err), PRECIS_OK, "%s", err.message);
    precis_doc *d;
    cr_assert_eq(precis_doc_new(m, TEXT, strlen(TEXT), &o, &d, &err), PRECIS_OK, "%s", err.message);
    cr_assert(precis_doc_has_facts(d), "%s has fact data in this image", lang);
    cr_assert_eq(precis_doc_facts(d, &err), PRECIS_OK, "%s", err.message);
    size_t n = precis_doc_mention_count(d);
    precis_doc_free(d);
    return n;
}

Test(ner_lang, a_language_without_a_recogniser_finds_no_entities) {
    precis_model *base;
    precis_error err;
    cr_assert_eq(precis_model_default(&base, &err), PRECIS_OK, "%s", err.message);
    precis_model *m = image_with_de(base, false);
    cr_assert_not_null(ner_model_of_lang(m, model_lang(m, "en")));
    cr_assert_null(ner_model_of_lang(m, model_lang(m, "de")));
    cr_expect_gt(mentions(m, "en"), 4u);
    /* before recognisers were per language, de's documents were tagged with en/ner.model */
    cr_expect_eq(mentions(m, "de"), 0u);
    precis_model_free(m);
    precis_model_free(base);
}

Test(ner_lang, each_language_has_its_own_recogniser) {
    precis_model *base;
    precis_error err;
    cr_assert_eq(precis_model_default(&base, &err), PRECIS_OK, "%s", err.message);
    precis_model *m = image_with_de(base, true);
    const ner_model *en = ner_model_of_lang(m, model_lang(m, "en")), *de = ner_model_of_lang(m, model_lang(m, "de"));
    cr_assert(en && de && en != de);
    cr_expect_eq(ner_model_of(m), en, "the default language's recogniser");
    cr_expect_gt(ner_model_gaz(de)->n, 1000u, "de/gazetteer_*.tsv are de's");
    /* the same weights: the same mentions, whichever language's copy tags them */
    size_t n_en = mentions(m, "en");
    cr_expect_gt(n_en, 4u);
    cr_expect_eq(mentions(m, "de"), n_en);
    precis_model_free(m);
    precis_model_free(base);
}

/* An image with no recogniser at all loads, and its documents have no named entities. */
Test(ner_lang, an_image_without_recognisers_loads) {
    precis_model *base;
    precis_error err;
    cr_assert_eq(precis_model_default(&base, &err), PRECIS_OK, "%s", err.message);
    buf img;
    buf_init(&img);
    buf_puts(&img, "PRECIS-MODEL 1\n");
    for (size_t i = 0; i < base->n_files; i++)
        if (!strstr(base->files[i].name, "/ner.model"))
            put_file(&img, base->files[i].name, base->files[i].data, base->files[i].len);
    precis_model *m;
    cr_assert_eq(precis_model_load(img.data, img.len, &m, &err), PRECIS_OK, "%s", err.message);
    cr_expect_null(ner_model_of(m));
    cr_expect_eq(mentions(m, "en"), 0u);
    precis_model_free(m);
    buf_free(&img);
    precis_model_free(base);
}
