/* cache.c — see cache.h. Making a cache allocates its lexicon memo (1 MB, zeroed); the
 * recogniser's memo comes with the first document that is tagged. */
#include "doc/cache.h"

#include <stdlib.h>

#include "util/error.h"

precis_status precis_cache_new(const precis_model *model, precis_cache **out, precis_error *err) {
    if (!model || !out)
        return set_error(err, PRECIS_E_INVALID_ARG, "cache: NULL argument");
    *out = NULL;
    precis_cache *c = calloc(1, sizeof *c);
    if (!c || !lexicon_memo_init(&c->lex)) {
        free(c);
        return set_error(err, PRECIS_E_NOMEM, "cache: out of memory");
    }
    c->model = model;
    *out = c;
    return PRECIS_OK;
}

void precis_cache_free(precis_cache *c) {
    if (!c)
        return;
    lexicon_memo_free(&c->lex);
    if (c->ner && c->ner_free)
        c->ner_free(c->ner);
    free(c);
}
