/* text: the byte layer. Input is kept exactly as given (so offsets stay true); this module
 * decodes it tolerantly and produces clean copies of slices on demand.
 *
 * Decoding follows the Unicode "maximal subpart" practice: each invalid sequence becomes one
 * U+FFFD and decoding resumes at the next possible lead byte. Overlong forms, surrogates and
 * code points above U+10FFFF are invalid. */
#ifndef PRECIS_TEXT_TEXT_H
#define PRECIS_TEXT_TEXT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

#define TEXT_REPLACEMENT 0xFFFD

/* Decodes the code point at s[i] (i < len); stores its byte length (>= 1) in *n and sets
 * *invalid when the bytes were not valid UTF-8 (the result is then U+FFFD). */
int32_t text_decode(const char *s, size_t len, size_t i, size_t *n, bool *invalid);

/* text_decode for callers that do not ask whether the bytes were valid, with the ASCII
 * case inline (the tokenizer's inner loop). */
static inline int32_t text_decode_fast(const char *s, size_t len, size_t i, size_t *n) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) {
        *n = 1;
        return b;
    }
    bool bad;
    return text_decode(s, len, i, n, &bad);
}

/* Counts the invalid sequences in s. */
size_t text_count_invalid(const char *s, size_t len);

/* Length of a leading UTF-8 byte order mark (3) or 0. */
size_t text_bom_length(const char *s, size_t len);

/* Character classes used by the segmenter, from utf8proc's general categories. */
bool text_is_space(int32_t c);      /* Zs, tab, newline, CR, FF, VT, NEL, LS, PS */
bool text_is_newline(int32_t c);    /* LF, CR, VT, FF, NEL, LS, PS */
bool text_is_letter(int32_t c);     /* L* and M* (combining marks stay in words) */
bool text_is_upper(int32_t c);      /* Lu, Lt */
bool text_is_lower(int32_t c);      /* Ll */
bool text_is_digit(int32_t c);      /* Nd */
bool text_is_control(int32_t c);    /* Cc (other than whitespace), Cf, Cs, Co, Cn */
bool text_is_punct(int32_t c);      /* P* */
bool text_is_cjk(int32_t c);        /* Han, Hiragana, Katakana, Hangul: no spaces between words */

/* Appends to `out` the bytes [start,end) of s as valid NFC UTF-8: invalid sequences become
 * U+FFFD, control characters and NUL are dropped, HTML character references that scraped
 * plain text keeps ("&amp;", "&#8221;", "&#x2019;", "&nbsp;"; text_entity) become their
 * characters, and with `collapse_space` every run of whitespace becomes one space
 * (leading/trailing runs are dropped). */
void text_clean(buf *out, const char *s, size_t start, size_t end, bool collapse_space);
/* The HTML character reference at s[i] (s[i] is '&'), within s[0, end): its code point, with
 * its length in *n; -1 when none is there. Numeric ones ("&#8221;", "&#x201D;") of a valid
 * code point other than NUL, a control or a surrogate, and the named ones news text meets
 * ("&amp;", "&quot;", "&nbsp;", "&rsquo;", "&mdash;", "&euro;", ...), with their ';'. */
int32_t text_entity(const char *s, size_t end, size_t i, size_t *n);
/* Whether NFC leaves code point c unchanged in any context (text_clean skips NFC for text
 * made of ASCII and such code points). */
bool text_nfc_inert(int32_t c);

/* Appends the case-folded NFC form of a word (valid or not) to `out`. ASCII takes a fast
 * path; anything else goes through utf8proc. */
void text_fold(buf *out, const char *s, size_t len);

/* Encodes c as UTF-8 into out (at least 4 bytes); returns the length. */
size_t text_encode(int32_t c, char *out);
#endif
