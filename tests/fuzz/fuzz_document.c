/* fuzz_document — arbitrary bytes through the whole single-document pipeline: the text layer
 * and splitter (precis_doc_new), then every view in every format it supports. Any crash,
 * sanitizer report, leak or hang is a bug. The first input byte picks options (method and
 * budget) so that every scorer and budget kind is reached. */
#include <stdint.h>
#include <stdlib.h>

#include "precis/precis.h"

static precis_model *model;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!model && precis_model_default(&model, NULL) != PRECIS_OK)
        abort();
    precis_options o;
    precis_options_init(&o);
    if (size > 0) {
        o.method = (precis_method)(data[0] % 5);
        o.budget = (precis_budget)((data[0] >> 3) % 4);
        o.budget_value = o.budget == PRECIS_BUDGET_RATIO ? 0.3 : 1 + (data[0] >> 5);
        data++;
        size--;
    }
    precis_doc *doc = NULL;
    if (precis_doc_new(model, (const char *)data, size, &o, &doc, NULL) != PRECIS_OK)
        return 0;
    static const struct {
        precis_view v;
        precis_format f;
    } views[] = {{PRECIS_VIEW_SPLIT, PRECIS_FORMAT_JSONL}, {PRECIS_VIEW_SUMMARY, PRECIS_FORMAT_JSON},
                 {PRECIS_VIEW_EXPLAIN, PRECIS_FORMAT_TEXT}, {PRECIS_VIEW_FACTS, PRECIS_FORMAT_JSON},
                 {PRECIS_VIEW_BRIEF, PRECIS_FORMAT_HTML},   {PRECIS_VIEW_BRIEF, PRECIS_FORMAT_JSON}};
    for (size_t i = 0; i < sizeof views / sizeof views[0]; i++) {
        char *out = NULL;
        size_t len = 0;
        if (precis_doc_render(doc, views[i].v, views[i].f, &out, &len, NULL) == PRECIS_OK && len && out[len] != '\0')
            abort(); /* rendered buffers are NUL-terminated */
        precis_free(out);
    }
    precis_doc_free(doc);
    return 0;
}
