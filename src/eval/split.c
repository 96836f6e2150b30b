/* split.c — sentences of a reference or summary given as one string, for ROUGE-L (which
 * compares sentence by sentence; ROUGE-N does not care).
 *
 * Some reference sets run sentences together without a space ("... to $10.9bn.For the
 * full-year ..." in the BBC news summaries), which no sentence splitter should take for a
 * boundary in general text. So a copy gets a space after '.', '!' or '?' when a lower-case
 * letter, a digit, '%', ')' or a quote comes before it and an upper-case ASCII letter after it
 * ("U.S.Army" and "3.5" are left alone); then the segmenter splits the copy with the language's
 * abbreviations; a tokenized text's " . " before a capital also ends a sentence (the CNN/Daily
 * Mail highlights are tokenized); the spans are mapped back to the original bytes.
 * Cost: linear in the text (the mapping back is linear in sentences times glued points, which
 * are few). */
#include <stdlib.h>
#include <string.h>

#include "eval/rouge.h"
#include "model/model.h"
#include "segment/segment.h"
#include "util/arena.h"
#include "util/error.h"

static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static bool is_term(char c) { return c == '.' || c == '!' || c == '?'; }

static bool glued_after(const char *t, size_t len, size_t i) {
    if (i == 0 || i + 1 >= len || !is_term(t[i]))
        return false;
    char p = t[i - 1], n = t[i + 1];
    bool before = (p >= 'a' && p <= 'z') || (p >= '0' && p <= '9') || p == '%' || p == ')' ||
                  p == '"' || p == '\'';
    /* "...revenue."It is": a quote opening the next sentence, glued too. */
    if (n == '"' && i + 2 < len)
        n = t[i + 2];
    return before && is_upper(n);
}

static bool has_alnum(const char *t, size_t a, size_t e) {
    for (size_t k = a; k < e; k++)
        if ((t[k] >= 'a' && t[k] <= 'z') || is_upper(t[k]) || (t[k] >= '0' && t[k] <= '9'))
            return true;
    return false;
}

/* In tokenized text (the CNN/Daily Mail highlights: "on Friday . The club"), a token made only
 * of '.', '!' and '?' followed by a space and an upper-case letter, a digit or a quote ends a
 * sentence, whatever the splitter made of it. Returns the end of that token when [a, e) holds
 * such a boundary after position a, else 0. */
static size_t tokenized_boundary(const char *t, size_t a, size_t e) {
    for (size_t i = a + 1; i < e; i++) {
        if (!is_term(t[i]) || t[i - 1] != ' ')
            continue;
        size_t j = i;
        while (j < e && is_term(t[j]))
            j++;
        if (j + 1 < e && t[j] == ' ') {
            char n = t[j + 1];
            bool starts = is_upper(n) || (n >= '0' && n <= '9') || n == '`' || n == '\'' || n == '"';
            if (starts && has_alnum(t, j + 1, e)) /* a closing quote alone is no sentence */
                return j;
        }
        i = j;
    }
    return 0;
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
    /* Sentences of the copy, split further at tokenized boundaries. */
    size_t cap = seg.n_sentences + 1, n = 0;
    precis_span *spans = malloc(cap * sizeof *spans);
    for (size_t s = 0; spans && s < seg.n_sentences; s++) {
        size_t b = seg.sentences[s].start, e = seg.sentences[s].end;
        while (spans && b < e) {
            size_t cut = tokenized_boundary(copy, b, e);
            size_t end = cut ? cut : e;
            if (n == cap) {
                precis_span *t = realloc(spans, 2 * cap * sizeof *t);
                if (!t) {
                    free(spans);
                    spans = NULL;
                    break;
                }
                spans = t;
                cap *= 2;
            }
            if (n && !has_alnum(copy, b, end)) /* a lone closing quote joins its sentence */
                spans[n - 1].end = end;
            else
                spans[n++] = (precis_span){b, end};
            b = end;
            while (b < e && copy[b] == ' ')
                b++;
        }
    }
    if (!spans) {
        st = set_error(err, PRECIS_E_NOMEM, "rouge split: out of memory");
        goto cleanup;
    }
    /* A copy offset maps back by the number of spaces inserted before it. */
    for (size_t s = 0; s < n; s++) {
        size_t shift_b = 0, shift_e = 0;
        while (shift_b < g && inserted[shift_b] < spans[s].start)
            shift_b++;
        shift_e = shift_b;
        while (shift_e < g && inserted[shift_e] < spans[s].end)
            shift_e++;
        spans[s] = (precis_span){spans[s].start - shift_b, spans[s].end - shift_e};
    }
    *spans_out = spans;
    *n_out = n;
cleanup:
    arena_free(&a);
    free(copy);
    free(inserted);
    return st;
}
