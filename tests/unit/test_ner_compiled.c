/* test_ner_compiled.c — the built-in model's recogniser and gazetteers are compiled at build
 * time (tools/compile_model.c) and used in place; a model loaded from bytes parses them. The
 * two must be the same. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "facts/ner.h"
#include "facts/ner_feat.h"
#include "model/model.h"
#include "util/arena.h"
#include "util/buf.h"

static precis_model *model;
static arena mem;

static void setup(void) {
    precis_error err;
    cr_assert_eq(precis_model_default(&model, &err), PRECIS_OK, "%s", err.message);
    arena_init(&mem, 1 << 14);
}

static void teardown(void) {
    arena_free(&mem);
    precis_model_free(model);
}

TestSuite(ner_compiled, .init = setup, .fini = teardown);

static void put_file(buf *b, const char *name, const void *data, size_t len) {
    buf_printf(b, "@%s %zu\n", name, len);
    buf_append(b, data, len);
    buf_putc(b, '\n');
}

/* The built-in model uses the recogniser compiled at build time (ner.c, "compiled
 * recognisers"); the same image loaded from bytes parses en/ner.model. Both must tag alike. */
Test(ner_compiled, recogniser_and_gazetteers_as_the_parsed_ones) {
    buf img;
    buf_init(&img);
    buf_puts(&img, "PRECIS-MODEL 1\n");
    for (size_t i = 0; i < model->n_files; i++)
        put_file(&img, model->files[i].name, model->files[i].data, model->files[i].len);
    precis_model *parsed;
    precis_error err;
    cr_assert_eq(precis_model_load(img.data, img.len, &parsed, &err), PRECIS_OK, "%s", err.message);
    size_t clen = 0;
    cr_assert_not_null(model_compiled_ner(model, &clen), "the built-in model has no compiled recogniser");
    cr_assert_null(model_compiled_ner(parsed, &clen));
    const char *text = "Ilse Brandt, the chief executive of Norvale Shipping, met Paolo Ferri in Turin on "
                       "Monday. Brandt told Reuters that Ferri agreed to a deal with the Italian ministry. "
                       "MARKETS CLOSE HIGHER IN LONDON AND NEW YORK.";
    precis_doc *d1, *d2;
    cr_assert_eq(precis_doc_new(model, text, strlen(text), NULL, &d1, &err), PRECIS_OK);
    cr_assert_eq(precis_doc_new(parsed, text, strlen(text), NULL, &d2, &err), PRECIS_OK);
    ner_mention *m1, *m2;
    size_t n1, n2;
    cr_assert_eq(ner_tag(d1, &mem, &m1, &n1, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(ner_tag(d2, &mem, &m2, &n2, &err), PRECIS_OK, "%s", err.message);
    cr_assert_gt(n1, 5u);
    cr_assert_eq(n1, n2);
    for (size_t i = 0; i < n1; i++)
        cr_assert(m1[i].start == m2[i].start && m1[i].end == m2[i].end && m1[i].type == m2[i].type,
                  "mention %zu differs", i);
    /* Compiling the parsed model's recogniser gives the very bytes the build embedded. */
    size_t len;
    const char *src = model_file(model, "en/ner.model", &len);
    unsigned char *out;
    size_t out_len;
    cr_assert_eq(ner_model_compile(model_lang(model, "en"), src, len, &out, &out_len, &err), PRECIS_OK, "%s", err.message);
    const void *builtin = model_compiled_ner(model, &clen);
    cr_assert(out_len == clen && memcmp(out, builtin, clen) == 0);
    free(out);
    /* The gazetteers: compiled (built-in) and parsed alike, key for key, entry for entry.
     * The built-in map is its packed copy alone (ner_feat.c, "compiled gazetteers"). */
    const ner_gaz *ga = ner_model_gaz(ner_model_of(model)), *gb = ner_model_gaz(ner_model_of(parsed));
    cr_assert(ga->map.count == gb->map.count && ga->n == gb->n && ga->max_words == gb->max_words);
    cr_assert_gt(ga->n, 1000u);
    cr_assert_null(ga->texts, "the built-in gazetteers are not compiled");
    cr_assert(ga->map.packed && !ga->map.slots && ga->map.cap == 0, "the built-in map has no packed copy");
    size_t absent = 0;
    for (size_t i = 0; i < gb->map.cap; i++) {
        const strmap_slot *y = &gb->map.slots[i];
        if (!y->key)
            continue;
        int32_t v = -1;
        const char *key = strmap_get_key(&ga->map, y->key, y->len, &v);
        cr_assert(key && key != y->key && !memcmp(key, y->key, y->len) && v == y->value, "'%.*s'", (int)y->len,
                  y->key);
        /* and a key one byte longer, which the map mostly lacks: absent from both alike */
        char other[300];
        if (y->len + 1 > sizeof other)
            continue;
        memcpy(other, y->key, y->len);
        other[y->len] = 'q';
        cr_assert_eq(strmap_get(&ga->map, other, y->len + 1), strmap_get(&gb->map, other, y->len + 1));
        absent += strmap_get(&gb->map, other, y->len + 1) < 0;
    }
    cr_assert_gt(absent, 1000u);
    for (size_t i = 0; i < ga->n; i++) {
        const ner_gaz_entry *x = &ga->entries[i], *y = &gb->entries[i];
        cr_assert(x->classes == y->classes && !x->canon == !y->canon && x->canon_len == y->canon_len);
        if (x->canon)
            cr_assert(!memcmp(x->canon, y->canon, x->canon_len));
    }
    precis_doc_free(d1);
    precis_doc_free(d2);
    precis_model_free(parsed);
    buf_free(&img);
}
