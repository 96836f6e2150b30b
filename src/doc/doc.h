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
    uint32_t *sent_words; /* per sentence: its words (doc_sentence_words) */

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

/* Inverse document frequency of a stem in a collection table: log((N+1)/(df+1)) + 1. */
double idf_weight(const precis_idf *t, const char *stem, size_t len);

/* Index of the first token that starts at or after byte b (n_tokens when none). */
size_t doc_token_at(const precis_doc *d, size_t b);

/* The smallest precis_options a caller may pass: this version's first fields, up to idf. */
#define PRECIS_OPTIONS_SIZE_MIN (offsetof(precis_options, idf) + sizeof(const precis_idf *))

/* Copies the caller's options (of o->size bytes) into the library's full struct, the fields
 * past o->size at their defaults. False when o is NULL or its size is below
 * PRECIS_OPTIONS_SIZE_MIN (not initialised by precis_options_init). */
bool options_load(precis_options *full, const precis_options *o);

/* True when token k's text is `w`, ignoring ASCII case ("said", ",", "n't"). Inline: the
 * recognisers call it about 4,000 times a document, nearly always with a literal whose
 * length then folds away, and the first byte rejects most calls at once. */
static inline bool doc_tok_is(const precis_doc *d, size_t k, const char *w) {
    const token *t = &d->seg.tokens[k];
    size_t len = t->end - t->start;
    return len > 0 && ((unsigned char)d->text[t->start] | 0x20) == ((unsigned char)w[0] | 0x20) &&
           strlen(w) == len &&
           (len == 1 ? tolower((unsigned char)d->text[t->start]) == tolower((unsigned char)w[0])
                     : strncasecmp(d->text + t->start, w, len) == 0);
}

/* True when token k is one of the NULL-terminated list `words` (as doc_tok_is). */
bool doc_tok_in(const precis_doc *d, size_t k, const char *const *words);

/* Opens a standalone HTML page for the document: the doctype, <html lang> with its language
 * and <head> with its charset and <title> (the document's title, else `fallback`), leaving
 * <head> open for the caller's style. */
void doc_html_head(const precis_doc *d, buf *b, const char *fallback);

/* Appends the input bytes [s, e) as clean NFC text escaped for HTML (whitespace collapsed). */
void doc_html_span(const precis_doc *d, buf *b, uint32_t s, uint32_t e);

/* Number of word tokens in sentence i (the budget unit for -w), counted when the document
 * is built. */
static inline size_t doc_sentence_words(const precis_doc *d, size_t i) { return d->sent_words[i]; }
#endif
