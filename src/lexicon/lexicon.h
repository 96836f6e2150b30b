/* lexicon: turns word tokens into interned term ids: case-folded (utf8proc), stopwords
 * flagged, stemmed with the language's Snowball stemmer (libstemmer).
 *
 * A lexicon belongs to one document and so to one thread: libstemmer's README requires one
 * stemmer object per thread. A cache from folded form to term id means each distinct word is
 * stemmed once per document. */
#ifndef PRECIS_LEXICON_LEXICON_H
#define PRECIS_LEXICON_LEXICON_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model/model.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/hash.h"

struct sb_stemmer;

/* A folded form the lexicon has seen: its text (the arena's copy, or the model's stems.tsv
 * key) and its term id << 1 | is_stopword. */
typedef struct lexicon_form {
    const char *key;
    uint32_t len;
    int32_t value;
} lexicon_form;

typedef struct lexicon {
    const lang_data *lang;
    struct sb_stemmer *stemmer; /* NULL when the language has none, or not made yet */
    /* ASCII words' stemmer where its stems are the UTF-8 stemmer's (English): the
     * ISO-8859-1 build, a quarter cheaper a word; the UTF-8 one is then made at the first
     * non-ASCII word */
    struct sb_stemmer *stemmer_ascii;
    bool has_stemmer; /* the language has a stemmer (one of the two above, or both) */
    arena *mem;                 /* the document's arena: term strings live there */
    /* Two open-addressing tables (linear probing, power-of-two sizes, load at most 1/2) of
     * 4-byte numbers, 0 for an empty slot: a document zeroes a quarter of the bytes of
     * strmap's 16-byte slots (the zeroing was 3% of a summary's instructions). The keys
     * sit apart: folded form -> forms[slot - 1]; stem -> term id slot - 1, whose text is
     * term_text/term_len. */
    uint32_t *form_slot, *stem_slot;
    size_t form_cap, stem_cap;
    lexicon_form *forms; /* in order of first sight; room for form_cap / 2 */
    size_t n_forms;
    const char **term_text;     /* term id -> stem (NUL-terminated) */
    uint32_t *term_len;
    uint64_t *term_hash;        /* term id -> hash_bytes of the stem (model_idf_h) */
    /* term id -> its stem's df in the model's table when a form gave it (model_stem_value:
     * the stems of stems.tsv's forms), else -1: lexicon_term_idf then needs no lookup */
    int32_t *term_df;
    /* term id -> 1 while every word given the term was ASCII and folded to one form (one
     * spelling, case aside): its words then match a word list alike, and a caller may
     * remember the answer per term */
    uint8_t *term_one_form;
    size_t n_terms, cap_terms;
    buf scratch;
} lexicon;

/* Prepares a lexicon for `lang`. False when out of memory. */
bool lexicon_init(lexicon *lx, const lang_data *lang, arena *mem);
/* The same, its tables sized for the distinct words of a text of `tokens` tokens (a guess:
 * they grow when it is short; a document knows its tokens before it interns them). */
bool lexicon_init_sized(lexicon *lx, const lang_data *lang, arena *mem, size_t tokens);
void lexicon_free(lexicon *lx);

/* Term id of a word (case-folded, stemmed), or -1 when out of memory. Sets *stop when the
 * folded word is a stopword of the language (stopwords still get an id). */
int32_t lexicon_term(lexicon *lx, const char *word, size_t len, bool *stop);
/* lexicon_term; `letters`: the word is ASCII letters only (a token with TOKF_LETTERS), which
 * are then folded without testing each byte. */
int32_t lexicon_term_of(lexicon *lx, const char *word, size_t len, bool letters, bool *stop);

/* The model's idf of term id (model_idf_h of its stem), from the df its form gave when it
 * had one. */
double lexicon_term_idf(const lexicon *lx, int32_t id);

/* Term id of a folded form the lexicon has seen (a word of the document, case-folded), or -1. */
int32_t lexicon_form_term(const lexicon *lx, const char *form, size_t len);

/* The slot of form key (hash h, hash_bytes) in lx's table of forms (form_cap > 0), or the
 * empty slot where it would go. */
static inline uint32_t *lexicon_form_slot(const lexicon *lx, const char *key, size_t len, uint64_t h) {
    size_t mask = lx->form_cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        uint32_t *s = &lx->form_slot[i];
        if (!*s)
            return s;
        const lexicon_form *e = &lx->forms[*s - 1];
        if (e->len == len && strmap_same_key(e->key, key, len))
            return s;
    }
}

/* lexicon_form_term with the form's hash_bytes() given (boilerplate cue words, hashed with
 * the model). Inline: a document asks it of about 170 cue words, most of them absent. */
static inline int32_t lexicon_form_term_h(const lexicon *lx, const char *form, size_t len, uint64_t h) {
    if (!lx->form_cap)
        return -1;
    const uint32_t *s = lexicon_form_slot(lx, form, len, h);
    return *s ? lx->forms[*s - 1].value >> 1 : -1;
}

#endif
