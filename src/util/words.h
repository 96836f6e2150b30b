/* words: comparing a word of the text with a word or a fixed list of words. The one copy of
 * the token predicates: the splitter (segment/segment.c) asks them of its tokens, the
 * document (doc_tok_is, doc_tok_in, doc/doc.h) of its own, for every layer above.
 *
 * Lists that carry each word's length serve the rules that ask most tokens whether they are
 * one of a few words: a token of another length is passed over without reading the word (no
 * strlen, no call to compare). Case folding is ASCII only, as strncasecmp's in the C locale:
 * the lists are English and punctuation. Inline, so that strlen of a literal folds away
 * (the splitter asks on most tokens). */
#ifndef PRECIS_UTIL_WORDS_H
#define PRECIS_UTIL_WORDS_H
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

typedef struct listed_word {
    const char *text; /* NULL ends a list */
    size_t len;
} listed_word;

/* One entry from a string literal: LW("left"). */
#define LW(s) {s, sizeof(s) - 1}

static inline char word_fold(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }

/* s[0, len) is w[0, wlen), byte for byte. */
static inline bool word_eq(const char *s, size_t len, const char *w, size_t wlen) {
    return len == wlen && memcmp(s, w, len) == 0;
}

/* s[0, len) is w[0, wlen), ASCII case aside. */
static inline bool word_eq_fold(const char *s, size_t len, const char *w, size_t wlen) {
    if (len != wlen || len == 0 || word_fold(s[0]) != word_fold(w[0]))
        return false;
    /* the rest byte by byte, inline: what strncasecmp answers in the C locale (w holds no
     * NUL in its wlen bytes), without a call to the library, which cost more than these
     * few bytes (about 60,000 calls a batch of 250 articles, most of them matches) */
    for (size_t i = 1; i < len; i++)
        if (word_fold(s[i]) != word_fold(w[i]))
            return false;
    return true;
}

/* s[0, len) is one of the words of `list`, byte for byte. */
static inline bool word_in(const char *s, size_t len, const listed_word *list) {
    for (; list->text; list++)
        if (word_eq(s, len, list->text, list->len))
            return true;
    return false;
}

/* s[0, len) is one of the words of `list`, ASCII case aside. */
static inline bool word_in_fold(const char *s, size_t len, const listed_word *list) {
    for (; list->text; list++)
        if (word_eq_fold(s, len, list->text, list->len))
            return true;
    return false;
}

/* s[0, len) is one of the NULL-terminated `words`, ASCII case aside; the words are written in
 * lower case (a word opening with a capital is never matched). */
static inline bool word_in_lower(const char *s, size_t len, const char *const *words) {
    if (len == 0)
        return false;
    char c0 = word_fold(s[0]);
    for (size_t i = 0; words[i]; i++)
        if (words[i][0] == c0 && strlen(words[i]) == len && strncasecmp(s, words[i], len) == 0)
            return true;
    return false;
}
#endif
