/* idf.c — document frequencies over a caller's collection (precis_idf, see precis.h).
 * Terms are the stems the document's lexicon interned, so the table answers the same keys
 * as the model's background table. Strings live in the table's own arena. Cost: expected
 * O(1) per distinct term of a document. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "util/error.h"

struct precis_idf {
    arena mem;
    strmap index;    /* stem -> slot in df */
    uint32_t *df;
    size_t n, cap;
    size_t documents;
};

precis_status precis_idf_new(precis_idf **out, precis_error *err) {
    if (!out)
        return set_error(err, PRECIS_E_INVALID_ARG, "idf: NULL argument");
    precis_idf *t = calloc(1, sizeof *t);
    if (!t || !strmap_init(&t->index, 1024)) {
        free(t);
        return set_error(err, PRECIS_E_NOMEM, "idf: out of memory");
    }
    arena_init(&t->mem, 1 << 16);
    *out = t;
    return PRECIS_OK;
}

void precis_idf_free(precis_idf *t) {
    if (!t)
        return;
    strmap_free(&t->index);
    arena_free(&t->mem);
    free(t->df);
    free(t);
}

static bool count_term(precis_idf *t, const char *stem, size_t len, uint32_t by) {
    int32_t slot = strmap_get(&t->index, stem, len);
    if (slot < 0) {
        /* the map keeps pointers to its keys: they must be the table's own copies */
        char *copy = arena_strndup(&t->mem, stem, len);
        if (!copy)
            return false;
        if (t->n == t->cap) {
            size_t cap = t->cap ? t->cap * 2 : 1024;
            uint32_t *df = realloc(t->df, cap * sizeof *df);
            if (!df)
                return false;
            t->df = df;
            t->cap = cap;
        }
        slot = (int32_t)t->n;
        if (!strmap_put(&t->index, copy, len, slot))
            return false;
        t->df[t->n++] = 0;
    }
    t->df[slot] += by;
    return true;
}

precis_status precis_idf_add_document(precis_idf *t, const precis_doc *d, precis_error *err) {
    if (!t || !d)
        return set_error(err, PRECIS_E_INVALID_ARG, "idf: NULL argument");
    uint8_t *seen = calloc(d->lex.n_terms ? d->lex.n_terms : 1, 1);
    if (!seen)
        return set_error(err, PRECIS_E_NOMEM, "idf: out of memory");
    for (size_t k = 0; k < d->seg.n_tokens; k++) {
        int32_t term = d->tok_term[k];
        if (term < 0 || seen[term])
            continue;
        seen[term] = 1;
        if (!count_term(t, d->lex.term_text[term], d->lex.term_len[term], 1)) {
            free(seen);
            return set_error(err, PRECIS_E_NOMEM, "idf: out of memory");
        }
    }
    free(seen);
    t->documents++;
    return PRECIS_OK;
}

precis_status precis_idf_merge(precis_idf *dst, const precis_idf *src, precis_error *err) {
    if (!dst || !src)
        return set_error(err, PRECIS_E_INVALID_ARG, "idf: NULL argument");
    for (size_t i = 0; i < src->index.cap; i++) {
        const strmap_slot *s = &src->index.slots[i];
        if (s->key && !count_term(dst, s->key, s->len, src->df[s->value]))
            return set_error(err, PRECIS_E_NOMEM, "idf: out of memory");
    }
    dst->documents += src->documents;
    return PRECIS_OK;
}

size_t precis_idf_documents(const precis_idf *t) { return t ? t->documents : 0; }

size_t precis_idf_terms(const precis_idf *t) { return t ? t->n : 0; }

double idf_weight(const precis_idf *t, const char *stem, size_t len) {
    int32_t slot = strmap_get(&t->index, stem, len);
    double df = slot >= 0 ? t->df[slot] : 0;
    return log(((double)t->documents + 1.0) / (df + 1.0)) + 1.0;
}
