/* text.c — tolerant UTF-8 decoding, character classes and clean copies. Linear in input.
 * Character classes for ASCII are answered without utf8proc, which keeps the segmenter's
 * hot loop cheap on English text. */
#include "text/text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

int32_t text_decode(const char *str, size_t len, size_t i, size_t *n, bool *invalid) {
    const unsigned char *s = (const unsigned char *)str;
    unsigned char c = s[i];
    *invalid = false;
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    int need;
    int32_t cp;
    unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the first continuation byte */
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0; /* no overlongs */
        if (c == 0xED)
            hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F; /* nothing above U+10FFFF */
    } else {
        *n = 1;
        *invalid = true;
        return TEXT_REPLACEMENT;
    }
    size_t k = 1;
    for (int j = 0; j < need; j++, k++) {
        if (i + k >= len) {
            *n = k;
            *invalid = true;
            return TEXT_REPLACEMENT;
        }
        unsigned char cc = s[i + k];
        unsigned char l = j == 0 ? lo : 0x80, h = j == 0 ? hi : 0xBF;
        if (cc < l || cc > h) {
            *n = k; /* the maximal subpart ends before the offending byte */
            *invalid = true;
            return TEXT_REPLACEMENT;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    *n = k;
    return cp;
}

size_t text_count_invalid(const char *s, size_t len) {
    size_t count = 0;
    for (size_t i = 0; i < len;) {
        /* news is mostly ASCII: sixteen bytes at a time (SSE2), else eight, while none has its
         * high bit */
#if defined(__SSE2__)
        if (i + 16 <= len && _mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i))) == 0) {
            i += 16;
            continue;
        }
#endif
        uint64_t w;
        if (i + 8 <= len && (memcpy(&w, s + i, 8), (w & 0x8080808080808080ull) == 0)) {
            i += 8;
            continue;
        }
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t n;
        bool bad;
        text_decode(s, len, i, &n, &bad);
        count += bad;
        i += n;
    }
    return count;
}

size_t text_bom_length(const char *s, size_t len) {
    return len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

bool text_is_newline(int32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

bool text_is_space(int32_t c) {
    if (c < 0x80)
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C;
    if (c == 0x85 || c == 0xA0 || c == 0x2028 || c == 0x2029)
        return true;
    return utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
}

bool text_is_letter(int32_t c) {
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    utf8proc_category_t k = utf8proc_category(c);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
           (k >= UTF8PROC_CATEGORY_MN && k <= UTF8PROC_CATEGORY_ME);
}

bool text_is_upper(int32_t c) {
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    utf8proc_category_t k = utf8proc_category(c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

bool text_is_lower(int32_t c) {
    if (c < 0x80)
        return c >= 'a' && c <= 'z';
    return utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
}

bool text_is_digit(int32_t c) {
    if (c < 0x80)
        return c >= '0' && c <= '9';
    return utf8proc_category(c) == UTF8PROC_CATEGORY_ND;
}

bool text_is_control(int32_t c) {
    if (c < 0x80)
        return (c < 0x20 && !text_is_space(c)) || c == 0x7F;
    if (c == TEXT_REPLACEMENT)
        return false;
    utf8proc_category_t k = utf8proc_category(c);
    return k == UTF8PROC_CATEGORY_CC ? !text_is_space(c)
                                     : (k == UTF8PROC_CATEGORY_CF || k == UTF8PROC_CATEGORY_CS ||
                                        k == UTF8PROC_CATEGORY_CO || k == UTF8PROC_CATEGORY_CN);
}

bool text_is_punct(int32_t c) {
    if (c < 0x80)
        return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
               (c >= 0x7B && c <= 0x7E);
    utf8proc_category_t k = utf8proc_category(c);
    return k >= UTF8PROC_CATEGORY_PC && k <= UTF8PROC_CATEGORY_PO;
}

bool text_is_cjk(int32_t c) {
    return (c >= 0x3040 && c <= 0x30FF) ||   /* Hiragana, Katakana */
           (c >= 0x3400 && c <= 0x4DBF) ||   /* CJK extension A */
           (c >= 0x4E00 && c <= 0x9FFF) ||   /* CJK unified */
           (c >= 0xAC00 && c <= 0xD7AF) ||   /* Hangul syllables */
           (c >= 0xF900 && c <= 0xFAFF) ||   /* compatibility ideographs */
           (c >= 0x20000 && c <= 0x2FA1F);   /* extensions B.. */
}

size_t text_encode(int32_t c, char *out) {
    utf8proc_ssize_t n = utf8proc_encode_char(c, (utf8proc_uint8_t *)out);
    return n > 0 ? (size_t)n : 0;
}

/* Written straight into `out`; only a span with non-ASCII bytes is then taken back and put
 * into NFC. Runs of printable ASCII (and of spaces, when they are kept) are copied whole: for
 * those bytes the character-by-character path below does nothing but copy them. Printing
 * spans is most of the cost of JSON output. */
/* Whether NFC leaves code point c as it is wherever it stands: no canonical decomposition
 * (but to itself), combining class 0, and never the second of a canonical composition.
 * Latin-1 up to the combining diacritics at U+0300, general punctuation from U+2002 (U+2000
 * and U+2001 decompose to U+2002 and U+2003), the currency signs: what news text holds
 * beside ASCII (curly quotes, dashes, accented letters, pound and euro signs). A text of
 * ASCII and these is NFC already; test_text checks the set against utf8proc. */
bool text_nfc_inert(int32_t c) {
    return c < 0x300 || (c >= 0x2002 && c < 0x2070) || (c >= 0x20A0 && c <= 0x20C0);
}

int32_t text_entity(const char *s, size_t end, size_t i, size_t *n) {
    static const struct {
        const char *name;
        int32_t c;
    } NAMED[] = {{"amp", '&'},        {"lt", '<'},          {"gt", '>'},          {"quot", '"'},
                 {"apos", '\''},       {"nbsp", 0xA0},       {"ndash", 0x2013},    {"mdash", 0x2014},
                 {"lsquo", 0x2018},   {"rsquo", 0x2019},    {"sbquo", 0x201A},    {"ldquo", 0x201C},
                 {"rdquo", 0x201D},   {"bdquo", 0x201E},    {"hellip", 0x2026},   {"laquo", 0xAB},
                 {"raquo", 0xBB},     {"euro", 0x20AC},     {"pound", 0xA3},      {"yen", 0xA5},
                 {"cent", 0xA2},      {"copy", 0xA9},       {"reg", 0xAE},        {"trade", 0x2122},
                 {"deg", 0xB0},       {"middot", 0xB7},     {"bull", 0x2022},     {"times", 0xD7},
                 {"eacute", 0xE9},    {"egrave", 0xE8},     {"aacute", 0xE1},     {"agrave", 0xE0},
                 {"oacute", 0xF3},    {"uacute", 0xFA},     {"iacute", 0xED},     {"ntilde", 0xF1},
                 {"ccedil", 0xE7},    {"auml", 0xE4},       {"ouml", 0xF6},       {"uuml", 0xFC},
                 {"Auml", 0xC4},      {"Ouml", 0xD6},       {"Uuml", 0xDC},       {"szlig", 0xDF}};
    size_t j = i + 1;
    if (j < end && s[j] == '#') {
        j++;
        bool hex = j < end && (s[j] == 'x' || s[j] == 'X');
        j += hex;
        int32_t c = 0;
        size_t digits = 0;
        for (; j < end && digits < 7; j++, digits++) {
            char d = s[j];
            int v = d >= '0' && d <= '9' ? d - '0'
                    : hex && (d | 0x20) >= 'a' && (d | 0x20) <= 'f' ? (d | 0x20) - 'a' + 10
                                                                   : -1;
            if (v < 0)
                break;
            c = c * (hex ? 16 : 10) + v;
        }
        if (!digits || j >= end || s[j] != ';' || c <= 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) ||
            text_is_control(c))
            return -1;
        *n = j + 1 - i;
        return c;
    }
    size_t k = j;
    while (k < end && k - j < 8 && ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z'))
        k++;
    if (k == j || k >= end || s[k] != ';')
        return -1;
    for (size_t e = 0; e < sizeof NAMED / sizeof NAMED[0]; e++)
        if (strlen(NAMED[e].name) == k - j && memcmp(NAMED[e].name, s + j, k - j) == 0) {
            *n = k + 1 - i;
            return NAMED[e].c;
        }
    return -1;
}

void text_clean(buf *out, const char *s, size_t start, size_t end, bool collapse_space) {
    size_t base = out->len;
    bool ascii = true; /* ASCII and NFC-inert code points only (text_nfc_inert) */
    bool pending_space = false;
    const unsigned char lo = collapse_space ? 0x21 : 0x20;
    for (size_t i = start; i < end;) {
        size_t j = i;
        while (j < end) {
            unsigned char b = (unsigned char)s[j];
            if (b >= lo && b < 0x7F && b != '&') {
                j++;
                continue;
            }
            /* collapsing, a single space between printable characters of the run stays as it
             * is: what the pending space below would write (words of a sentence in one piece) */
            if (b == ' ' && collapse_space && j > i && j + 1 < end && (unsigned char)s[j + 1] > ' ' &&
                (unsigned char)s[j + 1] < 0x7F) {
                j++;
                continue;
            }
            break;
        }
        if (j > i) {
            if (pending_space) {
                buf_putc(out, ' ');
                pending_space = false;
            }
            buf_append(out, s + i, j - i);
            i = j;
            continue;
        }
        size_t n;
        bool bad = false;
        int32_t c = s[i] == '&' ? text_entity(s, end, i, &n) : -1;
        if (c < 0)
            c = text_decode(s, end, i, &n, &bad);
        i += n;
        if (collapse_space && text_is_space(c)) {
            pending_space = out->len > base;
            continue;
        }
        if (!bad && (c == 0 || text_is_control(c)) && !text_is_space(c))
            continue;
        if (c == '\r') {
            /* CR and CRLF become LF when whitespace is kept */
            if (i < end && s[i] == '\n')
                i++;
            c = '\n';
        }
        if (pending_space) {
            buf_putc(out, ' ');
            pending_space = false;
        }
        char enc[4];
        buf_append(out, enc, text_encode(c, enc));
        ascii = ascii && text_nfc_inert(c);
    }
    if (ascii || !buf_ok(out))
        return; /* already NFC: utf8proc_map would give the same bytes (a quarter of the
                 * brief's time in text_clean went there) */
    /* NFC of what was written (valid UTF-8: every character was encoded here) */
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)out->data + base, (utf8proc_ssize_t)(out->len - base),
                                      &nfc, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (n >= 0) {
        out->len = base;
        buf_append(out, (const char *)nfc, (size_t)n);
    }
    free(nfc);
}

void text_fold(buf *out, const char *s, size_t len) {
    size_t i = 0;
    for (; i < len && (unsigned char)s[i] < 0x80; i++)
        ;
    if (i == len) {
        if (!buf_reserve(out, len))
            return;
        for (size_t k = 0; k < len; k++) {
            char c = s[k];
            out->data[out->len + k] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
        out->len += len;
        out->data[out->len] = '\0';
        return;
    }
    buf clean;
    buf_init(&clean);
    text_clean(&clean, s, 0, len, false);
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t n = -1;
    if (buf_ok(&clean) && clean.len)
        n = utf8proc_map((const utf8proc_uint8_t *)clean.data, (utf8proc_ssize_t)clean.len, &folded,
                         UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
    if (n >= 0)
        buf_append(out, (const char *)folded, (size_t)n);
    free(folded);
    buf_free(&clean);
}
