/* split.c — sentences of a reference or summary given as one string, for ROUGE-L (which
 * compares sentence by sentence; ROUGE-N does not care).
 *
 * Some reference sets run sentences together without a space ("... to $10.9bn.For the
 * full-year ..." in the BBC news summaries), which no sentence splitter should take for a
 * boundary in general text. So a copy gets a space after '.', '!' or '?' when a lower-case
 * letter, a digit, '%', ')' or a quote comes before it and an upper-case ASCII letter after it
 * ("U.S.Army" and "3.5" are left alone); then the segmenter splits the copy with the language's
 * abbreviations, and the spans are mapped back to the original bytes.
 * Cost: linear in the text. */
#include <stdlib.h>
#include <string.h>

#include "eval/rouge.h"
#include "model/model.h"
#include "segment/segment.h"
#include "util/arena.h"
#include "util/error.h"

static bool glued_after(const char *t, size_t len, size_t i) {
    if (i == 0 || i + 1 >= len || (t[i] != '.' && t[i] != '!' && t[i] != '?'))
        return false;
    char p = t[i - 1], n = t[i + 1];
    bool before = (p >= 'a' && p <= 'z') || (p >= '0' && p <= '9') || p == '%' || p == ')' ||
                  p == '"' || p == '\'';
    return before && n >= 'A' && n <= 'Z';
}

precis_status precis_rouge_split(const precis_model *model, const char *text, size_t len,
                                 precis_span **spans_out, size_t *n_out, precis_error *err) {
    if (!model || (!text && len) || !spans_out || !n_out)
        return set_error(err, PRECIS_E_INVALID_ARG, "rouge split: NULL argument");
    *spans_out = NULL;
    *n_out = 0;
    if (len >= UINT32_MAX / 2)
        return set_error(err, PRECIS_E_INPUT, "rouge split: text of %zu bytes is too large", len);
    size_t glued = 0;
    for (size_t i = 0; i < len; i++)
        glued += glued_after(text, len, i);
    char *copy = malloc(len + glued + 1);
    size_t *inserted = malloc((glued + 1) * sizeof *inserted); /* positions in the copy */
    if (!copy || !inserted) {
        free(copy);
        free(inserted);
        return set_error(err, PRECIS_E_NOMEM, "rouge split: out of memory");
    }
    size_t k = 0, g = 0;
    for (size_t i = 0; i < len; i++) {
        copy[k++] = text[i];
        if (glued_after(text, len, i)) {
            inserted[g++] = k;
            copy[k++] = ' ';
        }
    }
    copy[k] = '\0';

    arena a;
    arena_init(&a, 16 * 1024);
    segmentation seg;
    precis_status st = PRECIS_OK;
    if (!segment_text(copy, 0, k, model_lang(model, "en"), &a, &seg)) {
        st = set_error(err, PRECIS_E_NOMEM, "rouge split: out of memory");
        goto cleanup;
    }
    precis_span *spans = malloc((seg.n_sentences + 1) * sizeof *spans);
    if (!spans) {
        st = set_error(err, PRECIS_E_NOMEM, "rouge split: out of memory");
        goto cleanup;
    }
    /* A copy offset maps back by the number of spaces inserted before it. */
    size_t before = 0;
    for (size_t s = 0; s < seg.n_sentences; s++) {
        size_t b = seg.sentences[s].start, e = seg.sentences[s].end;
        while (before < g && inserted[before] < b)
            before++;
        size_t shift_b = before, shift_e = before;
        while (shift_e < g && inserted[shift_e] < e)
            shift_e++;
        spans[s] = (precis_span){b - shift_b, e - shift_e};
    }
    *spans_out = spans;
    *n_out = seg.n_sentences;
cleanup:
    arena_free(&a);
    free(copy);
    free(inserted);
    return st;
}
