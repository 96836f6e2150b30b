/* fuzz_split — arbitrary bytes through the text layer and the sentence splitter alone (much
 * faster per input than fuzz_document, so it reaches deeper into the splitter), plus ROUGE's
 * sentence splitter used by `precis eval`. Checks the splitter's contract, not only memory
 * safety: sentence spans lie inside the input, are non-empty, in order and do not overlap;
 * the cleaned text of each span is valid UTF-8 (it is what every view prints). The input is
 * copied to an exact-size heap buffer so any read past `len` is caught by ASan. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "precis/eval.h"
#include "precis/precis.h"

static precis_model *model;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Strict UTF-8 check (no overlongs, no surrogates, nothing past U+10FFFF). */
static int valid_utf8(const unsigned char *p, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        size_t k;
        unsigned min;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            k = 1;
            min = 0x80;
            c &= 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            k = 2;
            min = 0x800;
            c &= 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            k = 3;
            min = 0x10000;
            c &= 0x07;
        } else {
            return 0;
        }
        if (n - i <= k) /* truncated */
            return 0;
        for (size_t j = 1; j <= k; j++) {
            if ((p[i + j] & 0xC0) != 0x80)
                return 0;
            c = (c << 6) | (p[i + j] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return 0;
        i += k + 1;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!model && precis_model_default(&model, NULL) != PRECIS_OK)
        abort();
    char *text = malloc(size ? size : 1);
    if (!text)
        return 0;
    if (size)
        memcpy(text, data, size);
    precis_doc *doc = NULL;
    if (precis_doc_new(model, text, size, NULL, &doc, NULL) == PRECIS_OK) {
        size_t n = precis_doc_sentence_count(doc), prev_end = 0;
        for (size_t i = 0; i < n; i++) {
            precis_span s;
            if (precis_doc_sentence(doc, i, &s, NULL) != PRECIS_OK)
                abort(); /* an index below the count is refused */
            if (s.start >= s.end || s.end > size || s.start < prev_end)
                abort(); /* empty, outside the input, out of order or overlapping */
            prev_end = s.end;
            size_t len = 0;
            char *t = precis_doc_text(doc, s, &len);
            if (!t || !valid_utf8((const unsigned char *)t, len))
                abort();
            precis_free(t);
        }
        precis_doc_free(doc);
    }
    precis_span *spans = NULL;
    size_t n = 0;
    if (precis_rouge_split(model, text, size, &spans, &n, NULL) == PRECIS_OK) {
        for (size_t i = 0; i < n; i++)
            if (spans[i].start > spans[i].end || spans[i].end > size)
                abort();
        precis_free(spans);
    }
    free(text);
    return 0;
}
