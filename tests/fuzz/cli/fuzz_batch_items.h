/* fuzz_batch_items.h — a batch_sink for the reader fuzz targets: does to each item what the
 * workers of `precis batch` do before analysis (decode a JSONL line, reduce HTML to text),
 * checks the item's invariants and frees it. */
#ifndef PRECIS_FUZZ_BATCH_ITEMS_H
#define PRECIS_FUZZ_BATCH_ITEMS_H
#include <stdlib.h>
#include <string.h>

#include "batch_common.h"
#include "extract.h"

static bool fuzz_take_item(void *user, batch_item *it) {
    const batch_read_cfg *cfg = user;
    if (!it->id || !it->source)
        abort(); /* batch_common.h: never NULL */
    if (!batch_jsonl_decode(cfg, it))
        abort(); /* out of memory: not expected at these sizes */
    if (!it->error && !it->text && !it->url)
        abort(); /* an item is text, a URL to fetch, or an error */
    if (it->text && cfg->max_bytes && it->len > cfg->max_bytes)
        abort(); /* --max-bytes honoured */
    if (it->text && it->is_html) {
        extract_page page;
        const char *why = NULL;
        extract_status st = extract_html(it->text, it->len, NULL, NULL, &page, &why);
        if (st == EXTRACT_OK ? page.text[page.len] != '\0' || why : st != EXTRACT_NOMEM && !why)
            abort(); /* text NUL-terminated at its length, or a refusal with a reason */
        extract_page_free(&page);
    }
    batch_item_free(it);
    return true;
}
#endif
