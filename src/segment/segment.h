/* segment: paragraphs, sentences and tokens over the original bytes of a document.
 *
 * Everything is stored as byte offsets into the caller's input, never as copies, so every
 * later stage can point at its evidence. Cost: linear in the input; memory is a few dozen
 * bytes per token. */
#ifndef PRECIS_SEGMENT_SEGMENT_H
#define PRECIS_SEGMENT_SEGMENT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model/model.h"
#include "util/arena.h"

typedef enum token_kind {
    TOK_WORD = 0,  /* letters, possibly with inner hyphens/apostrophes/periods (U.S., Jong-un) */
    TOK_NUMBER,    /* digits with separators and decimals: 10,000  3.14  1st  2019-04-25 */
    TOK_PUNCT,     /* one punctuation mark, or a run of the same terminator (..., ?!, !!) */
    TOK_URL,       /* http://..., www.example.com */
    TOK_EMAIL,     /* a@b.org */
    TOK_SYMBOL,    /* currency and other symbols: $ £ € % & */
    TOK_HASHTAG,   /* #tag */
    TOK_MENTION,   /* @name */
    TOK_POSSESSIVE /* the 's / ’s / ' split off a word (or "'s" after a space: tokenized text) */
} token_kind;

typedef enum token_shape {
    SHAPE_LOWER = 0, /* all lower-case letters */
    SHAPE_CAPITAL,   /* first letter upper, rest lower (Putin, Jong-un) */
    SHAPE_UPPER,     /* two or more letters, all upper (NATO, US) */
    SHAPE_MIXED,     /* other letter mixes (iPhone, McDonald) */
    SHAPE_DIGITS,    /* only digits */
    SHAPE_ALNUM,     /* digits and letters (1st, G20, v2.0) */
    SHAPE_OTHER      /* punctuation, symbols */
} token_shape;

enum token_flags {
    TOKF_SPACE_BEFORE = 1u << 0,    /* whitespace precedes the token */
    TOKF_NEWLINE_BEFORE = 1u << 1,  /* a line break precedes the token */
    TOKF_PARA_BEFORE = 1u << 2,     /* a paragraph break precedes the token */
    TOKF_ABBREV = 1u << 3,          /* a word that ends in a period that belongs to it (Mr., U.S.) */
    TOKF_SENT_START = 1u << 4,      /* first token of a sentence */
    TOKF_OPEN_QUOTE = 1u << 5,      /* a quotation mark that opens */
    TOKF_CLOSE_QUOTE = 1u << 6,     /* a quotation mark that closes */
    /* a word of ASCII letters only, a capital at most first, with no period (most words,
     * cut by the tokenizer's quick path): its lower case is its whole folded form, for the
     * layers above that would otherwise read it again byte by byte */
    TOKF_LETTERS = 1u << 7
};

typedef struct token {
    uint32_t start, end; /* byte offsets into the input */
    uint8_t kind;        /* token_kind */
    uint8_t shape;       /* token_shape */
    uint16_t flags;      /* token_flags */
    int32_t sentence;    /* index of the sentence holding it */
} token;

typedef struct sentence {
    uint32_t start, end;         /* byte span, surrounding whitespace excluded */
    uint32_t tok_start, tok_end; /* token range [tok_start, tok_end) */
    uint32_t paragraph;          /* index of the paragraph */
    uint32_t words;              /* its words, numbers, URLs, e-mail addresses, hashtags and
                                  * mentions (the budget unit for -w: doc_sentence_words) */
} sentence;

typedef struct paragraph {
    uint32_t start, end;           /* byte span */
    uint32_t sent_start, sent_end; /* sentence range */
} paragraph;

typedef struct segmentation {
    token *tokens;
    size_t n_tokens;
    sentence *sentences;
    size_t n_sentences;
    paragraph *paragraphs;
    size_t n_paragraphs;
} segmentation;

/* Segments text[start, len) (start skips a BOM) with the language data `lang` (its
 * abbreviations; may be NULL for none). All arrays are allocated in `a`. Returns false only
 * when out of memory. Inputs must be smaller than 4 GiB (offsets are 32-bit). */
bool segment_text(const char *text, size_t start, size_t len, const lang_data *lang, arena *a,
                  segmentation *out);

/* True when tokens[lo, k) of text end with an embedded social post's signature: "(@handle)",
 * a month, a day, a comma and a year of four digits ("-- Jo Marsh (@jomarsh) March 4,
 * 2024"). The splitter ends a sentence after one; select/boilerplate.c reads a sentence that
 * ends on one as a widget. English month names. */
bool segment_signature_before(const char *text, const token *tokens, size_t lo, size_t k);
#endif
