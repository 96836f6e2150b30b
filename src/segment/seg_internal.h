/* seg_internal: what the tokenizer (tokenize.c) hands the sentence splitter (segment.c).
 * Private to src/segment/. */
#ifndef PRECIS_SEGMENT_SEG_INTERNAL_H
#define PRECIS_SEGMENT_SEG_INTERNAL_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "segment/segment.h"

/* Per-token facts that only the splitter needs (one byte a token, freed after splitting). */
enum seg_aux {
    AUX_ABBR_MASK = 3,    /* abbrev_class of a TOKF_ABBREV token, 0 when not in the list */
    AUX_INITIAL = 1 << 2, /* one letter and its period: J. */
    AUX_ACRONYM = 1 << 3, /* inner periods: U.S. e.g. Ph.D. */
    AUX_TERM = 1 << 4,    /* sentence-final punctuation (a run of . ! ? and other scripts' marks) */
    AUX_ELLIPSIS = 1 << 5, /* with AUX_TERM: two or three dots, or one '…' */
    AUX_STRONG = 1 << 6,  /* with AUX_TERM: holds ? ! or a mark that always ends (。 ؟ । ...) */
    AUX_BULLET = 1 << 7   /* a list bullet: • ‣ ⁃ ..., or - * – at the start of a line */
};

typedef struct seg_tokens {
    token *v;
    uint8_t *aux;
    size_t n, cap;
} seg_tokens;

/* Tokenises text[start, len) into t (grown with realloc; free with seg_tokens_free). Sets
 * kind, shape, the whitespace/paragraph/abbreviation/quote flags and aux. False on OOM. */
bool seg_tokenize(const char *text, size_t start, size_t len, const lang_data *lang, seg_tokens *t);
void seg_tokens_free(seg_tokens *t);

/* Lower-cases s[0,len) into out (simple case mapping, one code point at a time). Returns
 * the length, or 0 when it does not fit in cap. */
size_t seg_lower(const char *s, size_t len, char *out, size_t cap);
#endif
