/* options.c — precis_options: the defaults, and reading a caller's struct of whatever size
 * it was compiled with (include/precis/precis.h, docs/ARCHITECTURE.md "ABI"). */
#include <string.h>

#include "doc/doc.h"
#include "util/sized.h"

/* The library's defaults in its own (full-size) struct. */
static void options_defaults(precis_options *o) {
    memset(o, 0, sizeof *o);
    o->size = sizeof *o;
    strcpy(o->lang, "auto");
    o->method = PRECIS_METHOD_DEFAULT;
    o->budget = PRECIS_BUDGET_SENTENCES;
    o->budget_value = 3;
    o->redundancy = 0.3;
    o->brief_words = 80;
    o->max_bytes = (size_t)64 << 20;
}

void precis_options_init_sized(precis_options *o, size_t size) {
    if (!o || size < sizeof o->size)
        return;
    precis_options full;
    options_defaults(&full);
    full.size = size;
    sized_init(o, size, &full, sizeof full);
}

bool options_load(precis_options *full, const precis_options *o) {
    if (!o || o->size < PRECIS_OPTIONS_SIZE_MIN)
        return false;
    options_defaults(full);
    memcpy(full, o, o->size < sizeof *full ? o->size : sizeof *full);
    full->size = sizeof *full;
    return true;
}

