/* fuzz_batch_items.h — a batch_sink for the reader fuzz targets: does to each item what the
 * workers of `precis batch` do before analysis (decode a JSONL line, reduce HTML to text),
 * checks the item's invariants and frees it. */
#ifndef PRECIS_FUZZ_BATCH_ITEMS_H
#define PRECIS_FUZZ_BATCH_ITEMS_H
#include <stdlib.h>
#include <string.h>

#include "batch_common.h"

static bool fuzz_take_item(void *user, batch_item *it) {
    const batch_read_cfg *cfg = user;
    if (!it->id || !it->source)
        abort(); /* batch_common.h: never NULL */
    if (!batch_jsonl_decode(cfg, it))
        abort(); /* out of memory: not expected at these sizes */
    if (!it->error && !it->text)
        abort(); /* an item is either text or an error */
    if (it->text && cfg->max_bytes && it->len > cfg->max_bytes)
        abort(); /* --max-bytes honoured */
    if (it->text && it->is_html) {
        size_t len = 0;
        char *title = NULL;
        const char *why = NULL;
        char *t = batch_html_to_text(it->text, it->len, &len, &title, &why);
        if (t ? t[len] != '\0' || why : !why)
            abort(); /* text NUL-terminated at its length, or a refusal with a reason */
        free(t);
        free(title);
    }
    batch_item_free(it);
    return true;
}
#endif
