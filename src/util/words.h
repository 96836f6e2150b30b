/* words: fixed word lists that carry each word's length, for the rules that ask at most
 * tokens whether they are one of a few words: a token of another length is passed over
 * without reading the word (no strlen, no call to compare). */
#ifndef PRECIS_UTIL_WORDS_H
#define PRECIS_UTIL_WORDS_H
#include <stddef.h>

typedef struct listed_word {
    const char *text; /* NULL ends a list */
    size_t len;
} listed_word;

/* One entry from a string literal: LW("left"). */
#define LW(s) {s, sizeof(s) - 1}
#endif
