/* doc: the per-document object. Every stage reads what the one before produced and adds to
 * it; all memory lives in the document's arena (plus a few tables freed with it). */
#ifndef PRECIS_CORE_DOC_H
#define PRECIS_CORE_DOC_H
#include <ctype.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "lexicon/lexicon.h"
#include "model/model.h"
#include "precis/precis.h"
#include "doc/svec.h"
#include "segment/segment.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/words.h"

struct score_parts; /* score/score.h */
struct score_memo;  /* score/default.c */
struct facts;       /* facts/facts.h */

struct precis_doc {
    arena mem;
    const precis_model *model;
    const lang_data *lang;   /* as asked, or as identified (--lang auto) */
    double lang_confidence;  /* 1 when asked for; identification's confidence otherwise */
    precis_options opts;
    char *text;        /* copy of the input, NUL-terminated */
    size_t len;
    size_t body_start; /* after a BOM */
    size_t invalid;    /* invalid UTF-8 sequences */

    segmentation seg;
    lexicon lex;
    int32_t *tok_term; /* per token: term id, or -1 for non-words */
    uint8_t *tok_stop; /* per token: 1 when a stopword */
    /* per term id: its cue-word classes | DOC_TERM_KNOWN once facts/quotes.c has looked them
     * up for a term of one form (lexicon.term_one_form), 0 before. A memo in a document read
     * through const pointers: a word is looked up once, not at each of its tokens; the
     * document's one thread owns it. */
    uint32_t *term_cue;
    /* per block of DOC_TOK_AT_BLOCK bytes: doc_token_at of its first byte; NULL until
     * doc_token_index (the facts layer's, which asks about 240 times a document) */
    uint32_t *tok_at;
    size_t n_tok_at;

    /* scoring and selection (score/, select/) */
    bool summarized;
    double *scores;            /* per sentence */
    struct score_parts *parts; /* per sentence, for --explain */
    sentvecs vectors;          /* per-sentence term vectors (score/vectors.h) */
    struct score_memo *score_memo; /* the default scorer's parts that no budget changes */
    uint8_t *boilerplate;      /* per sentence: 0 for story, else why it is left out (enum
                                  nonstory_reason, model/model.h) */
    bool no_story;             /* no sentence is story: summaries and briefs are empty */
    size_t *chosen;            /* chosen sentence indices, document order */
    size_t n_chosen;

    /* facts (facts/) */
    struct facts *facts;
};

/* The bit of term_cue that says its term has been looked up (cue classes are the
 * non-negative int32 values of a strmap: they never have it). */
#define DOC_TERM_KNOWN (1u << 31)

/* Inverse document frequency of a stem in a collection table: log((N+1)/(df+1)) + 1. */
double idf_weight(const precis_idf *t, const char *stem, size_t len);

/* Index of the first token that starts at or after byte b (n_tokens when none). */
size_t doc_token_at(const precis_doc *d, size_t b);
/* Builds the index that makes doc_token_at a scan of the few tokens of one block of bytes
 * instead of a binary search of all (linear in the bytes and tokens; once a document; on
 * out of memory doc_token_at keeps searching). */
#define DOC_TOK_AT_SHIFT 4
void doc_token_index(precis_doc *d);

/* The smallest precis_options a caller may pass: this version's first fields, up to idf. */
#define PRECIS_OPTIONS_SIZE_MIN (offsetof(precis_options, idf) + sizeof(const precis_idf *))

/* Copies the caller's options (of o->size bytes) into the library's full struct, the fields
 * past o->size at their defaults. False when o is NULL or its size is below
 * PRECIS_OPTIONS_SIZE_MIN (not initialised by precis_options_init). */
bool options_load(precis_options *full, const precis_options *o);

/* The token predicates of every layer above the document, over util/words.h (which the
 * splitter uses for its own tokens). Inline: the recognisers call them about 4,000 times a
 * document, nearly always with a literal whose length then folds away, and the first byte
 * rejects most calls at once. */
/* True when token k's text is `w`, ignoring ASCII case ("said", ",", "n't"). Always inline:
 * left to itself the compiler made an out-of-line copy for facts.c, where the length of the
 * literal is then a call to strlen. */
static inline __attribute__((always_inline)) bool doc_tok_is(const precis_doc *d, size_t k, const char *w) {
    const token *t = &d->seg.tokens[k];
    return word_eq_fold(d->text + t->start, t->end - t->start, w, strlen(w));
}
/* The same for a word of n bytes that need not end in NUL (a model's cue word). */
static inline bool doc_tok_is_n(const precis_doc *d, size_t k, const char *w, size_t n) {
    const token *t = &d->seg.tokens[k];
    return word_eq_fold(d->text + t->start, t->end - t->start, w, n);
}

/* True when token k is "--", an em dash as plain text types it, with a space on one side at
 * least ("WASHINGTON -- President Obama"); glued to both neighbours it joins them (a
 * writer's sign-off after a quotation: '... in Spain."--Kim Hjelmgaard.'). */
static inline bool doc_tok_is_typed_dash(const precis_doc *d, size_t k) {
    return doc_tok_is(d, k, "--") &&
           ((d->seg.tokens[k].flags & TOKF_SPACE_BEFORE) ||
            (k + 1 < d->seg.n_tokens && (d->seg.tokens[k + 1].flags & TOKF_SPACE_BEFORE)));
}

/* True when token k is a dash: - – — ― (also a hyphen standing as a token). */
static inline bool doc_tok_is_dash(const precis_doc *d, size_t k) {
    return doc_tok_is(d, k, "-") || doc_tok_is(d, k, "\xE2\x80\x94") || doc_tok_is(d, k, "\xE2\x80\x95") ||
           doc_tok_is(d, k, "\xE2\x80\x93") || doc_tok_is_typed_dash(d, k);
}

/* True when token k is a quotation mark: " “ ” ‘ ’, a lone ', or the doubled '' and `` of
 * tokenized text and of the New York Times. */
static inline bool doc_tok_is_quote_mark(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    if (t->kind != TOK_PUNCT && t->kind != TOK_POSSESSIVE)
        return false;
    const unsigned char *p = (const unsigned char *)d->text + t->start;
    size_t len = t->end - t->start;
    return (len == 1 && (p[0] == '"' || p[0] == '\'' || p[0] == '`')) ||
           (len == 2 && (p[0] == '\'' || p[0] == '`') && p[1] == p[0]) ||
           (len == 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x98 && p[2] <= 0x9D);
}

/* True when token k is one of the NULL-terminated list `words`, written in lower case (as
 * doc_tok_is). */
bool doc_tok_in(const precis_doc *d, size_t k, const char *const *words);
/* True when token k is one of the words of `list` (as doc_tok_is): for lists asked of most
 * tokens, which the words' lengths make cheap. */
static inline bool doc_tok_in_listed(const precis_doc *d, size_t k, const listed_word *list) {
    const token *t = &d->seg.tokens[k];
    return word_in_fold(d->text + t->start, t->end - t->start, list);
}

/* The class bits a class-word map of the language (lang_data.fact_words, ...; model/model.h)
 * gives token k, ASCII case aside: the word lists of the layers above, kept as data in
 * models/<lang>/. 0 for a word the map does not list, and for every word of a language
 * without the file. One hash lookup, whatever the number of words in the classes. */
static inline uint32_t doc_tok_class(const precis_doc *d, const strmap *words, size_t k) {
    const token *t = &d->seg.tokens[k];
    return model_word_class(words, d->text + t->start, t->end - t->start);
}
/* The same for the n tokens from k read as one phrase ("more than"): their texts joined by
 * single spaces; 0 when the phrase would run past the last token. */
uint32_t doc_phrase_class(const precis_doc *d, const strmap *words, size_t k, size_t n);

/* Opens a standalone HTML page for the document: the doctype, <html lang> with its language
 * and <head> with its charset and <title> (the document's title, else `fallback`), leaving
 * <head> open for the caller's style. */
void doc_html_head(const precis_doc *d, buf *b, const char *fallback);

/* Appends the input bytes [s, e) as clean NFC text escaped for HTML (whitespace collapsed). */
void doc_html_span(const precis_doc *d, buf *b, uint32_t s, uint32_t e);

/* Number of word tokens in sentence i (the budget unit for -w), counted when the text is
 * split: the scorers and the non-story rules ask about five times a sentence. */
static inline size_t doc_sentence_words(const precis_doc *d, size_t i) { return d->seg.sentences[i].words; }

/* How sentence i ends, past closing quotation marks, brackets and spaces (" ' ) ] ” ’): its
 * last character when that is ASCII ('.', '!', '?', ':', a letter...), DOC_FINAL_OTHER for
 * any other (…, 。, ！), 0 for a sentence of closing marks alone. The one reading of "ends
 * like a sentence" for the layers above (a headline, a label or a caption has no full stop);
 * the spaces are tokenized text's ("THERE ! '" ends as "THERE!'" does). */
#define DOC_FINAL_OTHER 0x80
int doc_sentence_final(const precis_doc *d, size_t i);
#endif
