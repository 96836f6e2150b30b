/* tokenize.c — one left-to-right pass that cuts the input into tokens.
 *
 * Tokens are words (letters by Unicode category, with inner hyphens, apostrophes and the
 * periods of dotted acronyms and file names), numbers (with decimal and thousands
 * separators, times, dates and unit suffixes: 3.14 10,000 10:30 2019-04-25 1st 10.9bn),
 * URLs, e-mail addresses, #hashtags, @mentions, possessive endings ('s, ’s), one token
 * per punctuation run and symbols. A word followed by a period that belongs to it (a known
 * abbreviation, an initial, a dotted acronym) takes the period and TOKF_ABBREV. Whitespace,
 * control characters and NUL separate tokens; a gap holding two or more line breaks marks a
 * paragraph. CJK ideographs and kana are one token each (there are no spaces to go by).
 * French and Italian elided articles (l', dell', qu') are tokens of their own. Quotation
 * marks get TOKF_OPEN_QUOTE or TOKF_CLOSE_QUOTE from the spaces around them; a mark spaced
 * on both sides, as tokenized text writes them all, from its neighbours and then parity.
 * Tokenized (PTB) text is read too: `` and '' are one quotation mark each, a clitic split
 * off its word ("it 's", "they 're", "I 'd") is a token of its own and never a quotation
 * mark, -LRB- -RRB- -LSB- -RSB- -LCB- -RCB- are one punctuation token each (segment.c reads
 * them as brackets), and a title's spaced period ("Spc . Caleb") ends nothing. Markup and
 * extraction noise (HTML tags, escaped tags, dot leaders, literal "\n" escapes, letters one
 * a line: clean.c's seg_noise) is a gap like whitespace, a line break or nothing.
 *
 * Cost: linear in the input; every byte is looked at a bounded number of times (look-ahead
 * is at most a few characters, except URL/e-mail scans which only run over what becomes
 * the token). ASCII bytes never reach utf8proc. No recursion. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "segment/seg_clean.h"
#include "segment/seg_internal.h"
#include "text/text.h"

size_t seg_lower(const char *s, size_t len, char *out, size_t cap) {
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80) {
            if (o + 1 > cap)
                return 0;
            out[o++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
            i++;
            continue;
        }
        size_t n;
        int32_t c = text_decode_fast(s, len, i, &n);
        i += n;
        char enc[4];
        size_t k = text_encode(utf8proc_tolower(c), enc);
        if (o + k > cap)
            return 0;
        memcpy(out + o, enc, k);
        o += k;
    }
    return o;
}

void seg_tokens_free(seg_tokens *t) {
    free(t->v);
    free(t->aux);
    *t = (seg_tokens){0};
}

static bool push(seg_tokens *t, token tok, uint8_t aux) {
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 1024;
        token *v = realloc(t->v, cap * sizeof *v);
        if (!v)
            return false;
        t->v = v;
        uint8_t *a = realloc(t->aux, cap);
        if (!a)
            return false;
        t->aux = a;
        t->cap = cap;
    }
    t->v[t->n] = tok;
    t->aux[t->n] = aux;
    t->n++;
    return true;
}

/* ---- character classes -------------------------------------------------------------- */

static inline bool is_alpha(int32_t c) {
    if (c < 0x80)
        return (unsigned)((c | 0x20) - 'a') < 26;
    return text_is_letter(c) && !text_is_cjk(c);
}
static inline bool is_digit(int32_t c) {
    if (c < 0x80)
        return (unsigned)(c - '0') < 10;
    return text_is_digit(c);
}
static inline bool is_alnum(int32_t c) { return is_alpha(c) || is_digit(c); }
/* Format characters that live inside words: ZWNJ and ZWJ (Persian, Indic), soft hyphen. */
static inline bool is_word_format(int32_t c) { return c == 0x200C || c == 0x200D || c == 0xAD; }

/* Language-specific terminators: Greek ';' is a question mark; Armenian ends sentences
 * with ':' (standing in for '։') and uses '.' inside them; Arabic text (as segmented by
 * pragmatic_segmenter, whose test data we measure on) ends a sentence at ':' too. */
typedef struct tok_lang {
    bool greek, armenian, colon_ends;
    const char *const *elisions;
} tok_lang;

static bool is_term_char(int32_t c, const tok_lang *tl) {
    switch (c) {
    case '.':
        return !tl->armenian;
    case ':':
        return tl->colon_ends;
    case '!': case '?':
    case 0x2026: /* … */
    case 0x203C: case 0x2047: case 0x2048: case 0x2049: /* ‼ ⁇ ⁈ ⁉ */
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF0E: case 0xFF61: /* 。！？．｡ */
    case 0x061F: case 0x06D4: /* Arabic question mark, Urdu full stop */
    case 0x0964: case 0x0965: /* Devanagari danda, double danda */
    case 0x0589:              /* Armenian full stop */
    case 0x104A: case 0x104B: /* Burmese section marks */
    case 0x1362: case 0x1367: case 0x1368: /* Ethiopic full stop, question mark, paragraph */
    case 0x037E:              /* Greek question mark */
        return true;
    case ';':
        return tl->greek;
    default:
        return false;
    }
}

static bool is_bullet_char(int32_t c) {
    switch (c) {
    case 0x2022: case 0x2023: case 0x2043: case 0x2219: case 0x25AA: case 0x25AB: case 0x25CF:
    case 0x25CB: case 0x25A0: case 0x25A1: case 0x25BA: case 0x25B6: case 0x25E6: case 0x2713:
    case 0x2714: case 0x27A2: case 0x2794:
        return true;
    default:
        return false;
    }
}

static bool is_quote_char(int32_t c) {
    switch (c) {
    case '"': case '\'': case '`': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2018:
    case 0x2019: case 0x201A: case 0x201B: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0xFF02:
        return true;
    default:
        return false;
    }
}

/* Which way a quotation mark points when its surroundings do not tell. */
static int quote_default(int32_t c) { /* 1 open, -1 close, 0 toggle */
    switch (c) {
    case '`': case 0x201C: case 0x201E: case 0x201F: case 0x2018: case 0x201A: case 0x201B: case 0x00AB:
    case 0x2039: case 0x300C: case 0x300E:
        return 1;
    case 0x201D: case 0x2019: case 0x00BB: case 0x203A: case 0x300D: case 0x300F:
        return -1;
    default:
        return 0;
    }
}

static inline bool ascii_ieq(const char *s, size_t len, size_t i, const char *lit) {
    size_t n = strlen(lit);
    if (i + n > len)
        return false;
    for (size_t k = 0; k < n; k++) {
        char c = s[i + k];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != lit[k])
            return false;
    }
    return true;
}

/* The ASCII symbols, which make TOK_SYMBOL tokens where other ASCII punctuation makes
 * TOK_PUNCT: $ % & + < = > ^ | ~ ` (a test of two 64-bit masks, not a search of the list). */
static inline bool ascii_symbol(unsigned char b) {
    const uint64_t below_64 = 1ull << '$' | 1ull << '%' | 1ull << '&' | 1ull << '+' | 1ull << '<' | 1ull << '=' |
                              1ull << '>';
    const uint64_t from_64 = 1ull << ('^' - 64) | 1ull << ('|' - 64) | 1ull << ('~' - 64) | 1ull << ('`' - 64);
    return b < 64 ? (below_64 >> b) & 1 : b < 128 && (from_64 >> (b - 64)) & 1;
}

/* The ASCII punctuation and symbols that seg_tokenize's branches after the word's pass over
 * to the last, a run of the same byte: not . ! ? ; : (terminators, Greek and Armenian
 * marks), # @ (hashtags, mentions), - * (PTB brackets, bullets), ` ' " (quotation marks). */
static inline bool plain_punct(unsigned char b) {
    const uint64_t below_64 = 1ull << ',' | 1ull << '(' | 1ull << ')' | 1ull << '/' | 1ull << '%' | 1ull << '$' |
                              1ull << '&' | 1ull << '+' | 1ull << '<' | 1ull << '=' | 1ull << '>';
    const uint64_t from_64 = 1ull << ('[' - 64) | 1ull << (']' - 64) | 1ull << ('{' - 64) | 1ull << ('}' - 64) |
                             1ull << ('\\' - 64) | 1ull << ('^' - 64) | 1ull << ('|' - 64) | 1ull << ('~' - 64) |
                             1ull << ('_' - 64);
    return b < 64 ? (below_64 >> b) & 1 : b < 128 && (from_64 >> (b - 64)) & 1;
}

/* ---- URLs and e-mail addresses ---------------------------------------------------- */

static size_t url_prefix(const char *s, size_t len, size_t i) {
    static const char *const prefixes[] = {"https://", "http://", "ftp://", "www."};
    /* every word starting with h, f or w comes here: the second letter (t or w) turns most
     * of them away before any comparison */
    if (i + 1 >= len || ((s[i + 1] | 0x20) != 't' && (s[i + 1] | 0x20) != 'w'))
        return 0;
    for (size_t k = 0; k < sizeof prefixes / sizeof *prefixes; k++)
        if (ascii_ieq(s, len, i, prefixes[k]))
            return strlen(prefixes[k]);
    return 0;
}

/* End of a URL starting at i: up to whitespace, a quote or angle bracket, then trailing
 * sentence punctuation and unbalanced closing brackets are given back. */
static size_t scan_url(const char *s, size_t len, size_t i, size_t pre) {
    size_t j = i + pre;
    int paren = 0, bracket = 0;
    while (j < len) {
        unsigned char b = (unsigned char)s[j];
        if (b < 0x80) {
            if (b <= ' ' || b == '"' || b == '<' || b == '>' || b == '`' || b == 0x7F)
                break;
            paren += b == '(' ? 1 : b == ')' ? -1 : 0;
            bracket += b == '[' ? 1 : b == ']' ? -1 : 0;
            j++;
            continue;
        }
        size_t n;
        int32_t c = text_decode_fast(s, len, j, &n);
        if (text_is_space(c) || is_quote_char(c) || c == 0x3002 || c == 0x3001 || c == 0xFF0C ||
            c == 0x2026 || text_is_control(c))
            break;
        j += n;
    }
    while (j > i + pre) {
        char c = s[j - 1];
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
            c == '*') {
            j--;
        } else if (c == ')' && paren < 0) {
            paren++;
            j--;
        } else if (c == ']' && bracket < 0) {
            bracket++;
            j--;
        } else {
            break;
        }
    }
    return j;
}

static inline bool email_local(unsigned char b) {
    return (unsigned)((b | 0x20) - 'a') < 26 || (unsigned)(b - '0') < 10 || b == '.' || b == '_' ||
           b == '%' || b == '+' || b == '-';
}
static inline bool domain_char(unsigned char b) {
    return (unsigned)((b | 0x20) - 'a') < 26 || (unsigned)(b - '0') < 10 || b == '.' || b == '-';
}

/* End of an e-mail address starting at i, or 0. ASCII addresses only. The scans stop at
 * the RFC 5321 limits (64 bytes of local part, 255 of domain), which also keeps a long run
 * of "abc.Def." from being rescanned at every word: the cost stays linear. */
static size_t scan_email(const char *s, size_t len, size_t i) {
    size_t j = i;
    while (j < len && j - i <= 64 && email_local((unsigned char)s[j]))
        j++;
    if (j == i || j - i > 64 || j >= len || s[j] != '@')
        return 0;
    size_t d = ++j;
    while (j < len && j - d < 255 && domain_char((unsigned char)s[j]))
        j++;
    while (j > d && (s[j - 1] == '.' || s[j - 1] == '-'))
        j--;
    const char *dot = j > d ? memchr(s + d, '.', j - d) : NULL;
    if (!dot || dot == s + d)
        return 0;
    return j;
}

/* ---- words and numbers ------------------------------------------------------------ */

/* Pronouns whose 's is "is"/"has"/"us" rather than a possessive: kept whole. */
static bool contraction_host(const char *s, size_t len) {
    static const char *const hosts[] = {"it", "that", "he", "she", "what", "who", "there",
                                        "here", "let", "where", "how", "this", "when"};
    if (len > 5)
        return false;
    char low[8];
    size_t n = seg_lower(s, len, low, sizeof low);
    for (size_t k = 0; k < sizeof hosts / sizeof *hosts; k++)
        if (strlen(hosts[k]) == n && memcmp(hosts[k], low, n) == 0)
            return true;
    return false;
}

typedef struct word_info {
    size_t end;
    int letters, digits, upper, lower, periods, maxseg, cps;
    bool first_upper, first_digit;
} word_info;

/* Letters in the run starting at i, stopping after `limit`. */
static int letter_run(const char *s, size_t len, size_t i, int limit) {
    int k = 0;
    while (i < len && k <= limit) {
        size_t n;
        int32_t c = text_decode_fast(s, len, i, &n);
        if (!is_alpha(c))
            break;
        k++;
        i += n;
    }
    return k;
}

/* French and Italian elide articles and pronouns before a vowel: "l'Ing.", "dell'anno",
 * "qu'il". The elided word and its apostrophe make a token of their own, so that the word
 * after it is looked up (as an abbreviation, a stopword, a stem) on its own. */
static const char *const ELISIONS_FR[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
                                          "lorsqu", "puisqu", "quoiqu", "presqu", NULL};
static const char *const ELISIONS_IT[] = {"l", "d", "c", "s", "m", "t", "n", "v", "un", "dell",
                                          "all", "dall", "nell", "sull", "coll", "quell", "quest",
                                          "bell", "sant", "tutt", "nessun", "anch", NULL};

static bool is_elision(const char *const *list, const char *s, size_t len) {
    if (!list || len > 7)
        return false;
    char low[16];
    size_t n = seg_lower(s, len, low, sizeof low);
    for (size_t k = 0; n && list[k]; k++)
        if (strlen(list[k]) == n && memcmp(list[k], low, n) == 0)
            return true;
    return false;
}

/* ASCII letter/digit classes for the hot loop of scan_word: a constant table, so the
 * loop does one load instead of three range tests. It has a row for every byte (0 from
 * 128 on: the bytes of other characters), so no test of the byte comes first. */
enum { A_UPPER = 1, A_LOWER = 2, A_DIGIT = 4 };
#define R10(v) v, v, v, v, v, v, v, v, v, v
static const uint8_t ASCII_CLASS[256] = {
    R10(0), R10(0), R10(0), R10(0), 0, 0, 0, 0, 0, 0, 0, 0, /* 0..47 */
    R10(A_DIGIT),                                           /* 48..57 */
    0, 0, 0, 0, 0, 0, 0,                                    /* 58..64 */
    R10(A_UPPER), R10(A_UPPER), A_UPPER, A_UPPER, A_UPPER, A_UPPER, A_UPPER, A_UPPER, /* 65..90 */
    0, 0, 0, 0, 0, 0,                                       /* 91..96 */
    R10(A_LOWER), R10(A_LOWER), A_LOWER, A_LOWER, A_LOWER, A_LOWER, A_LOWER, A_LOWER, /* 97..122 */
    0, 0, 0, 0, 0};                                         /* 123..127 */
#undef R10
static inline uint8_t ascii_class(unsigned char b) { return ASCII_CLASS[b]; }

/* The ASCII bytes (not letters or digits) across which scan_word may join a word: those of
 * its switch ('-', '\'', '.', ',', ':', '/', '_', '&'). */
static inline bool ascii_joiner(unsigned char b) {
    const uint64_t below_64 = 1ull << '-' | 1ull << '\'' | 1ull << '.' | 1ull << ',' | 1ull << ':' | 1ull << '/' |
                              1ull << '&';
    return b < 64 ? (below_64 >> b) & 1 : b == '_';
}

/* The end of the run of ASCII lower-case letters of s[r, len): eight bytes at a time where
 * eight can be read (a word's letters, the bulk of any text), then byte by byte. */
static inline size_t lower_run_end(const char *s, size_t len, size_t r) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
    while (r + 8 <= len) {
        uint64_t x;
        memcpy(&x, s + r, sizeof x);
        /* the high bit of each byte in 'a'..'z': on the low seven bits, which carry into no
         * other byte, byte + (0x80 - 'a') reaches the high bit and byte + (0x80 - '{') does
         * not; bytes from 0x80 on are none */
        uint64_t y = x & ~high;
        uint64_t lower = (y + ones * (0x80 - 'a')) & ~(y + ones * (0x80 - 'z' - 1)) & ~x & high;
        uint64_t other = ~lower & high;
        if (other)
            return r + ((size_t)__builtin_ctzll(other) >> 3);
        r += 8;
    }
#endif
    while (r < len && ascii_class((unsigned char)s[r]) == A_LOWER)
        r++;
    return r;
}

/* Bytes the main loop of seg_tokenize tests at every token, one bit a question, so that a
 * letter is turned away by one load instead of a chain of comparisons. */
enum {
    B_NOISE = 1,     /* may start markup or extraction noise (seg_noise) */
    B_EMAIL = 2,     /* may continue a word into an e-mail address */
    B_URL_START = 4  /* first letter of a URL prefix (https://, ftp://, www.) */
};
static const uint8_t BYTE_FLAGS[256] = {
    ['<'] = B_NOISE, [']'] = B_NOISE, ['&'] = B_NOISE, ['{'] = B_NOISE, ['\\'] = B_NOISE, ['/'] = B_NOISE,
    ['\n'] = B_NOISE, ['\r'] = B_NOISE, ['.'] = B_NOISE | B_EMAIL, ['@'] = B_EMAIL, ['_'] = B_EMAIL, ['+'] = B_EMAIL,
    ['-'] = B_EMAIL, ['h'] = B_URL_START, ['H'] = B_URL_START, ['w'] = B_URL_START, ['W'] = B_URL_START,
    ['f'] = B_URL_START, ['F'] = B_URL_START};

/* "Report.PDF": two to four capitals after the period and then no letter or digit. */
static bool upper_extension(const char *s, size_t len, size_t i) {
    size_t k = 0;
    while (i + k < len && k <= 4 && s[i + k] >= 'A' && s[i + k] <= 'Z')
        k++;
    if (k < 2 || k > 4)
        return false;
    if (i + k >= len)
        return true;
    unsigned char b = (unsigned char)s[i + k];
    return !(b >= 0x80 || (unsigned)((b | 0x20) - 'a') < 26 || (unsigned)(b - '0') < 10 || b == '.');
}

/* The end of the word at i when it is plain: an ASCII letter, then ASCII lower-case letters,
 * then the end of the text or an ASCII byte that is no letter or digit, that scan_word joins
 * nothing across (ascii_joiner) and that makes no e-mail address (B_EMAIL); 0 otherwise.
 * Such a word is TOK_WORD, SHAPE_LOWER or SHAPE_CAPITAL by its first letter, with no
 * abbreviation's period (the byte after it is no '.'). */
static inline size_t plain_word_end(const char *s, size_t len, size_t i) {
    size_t r = lower_run_end(s, len, i + 1);
    if (r >= len)
        return r;
    unsigned char b = (unsigned char)s[r];
    return b < 0x80 && !ascii_class(b) && !ascii_joiner(b) && !(BYTE_FLAGS[b] & B_EMAIL) ? r : 0;
}

static void scan_word(const char *s, size_t len, size_t i, const char *const *elisions, word_info *out) {
    word_info lw = {0}; /* a local copy the compiler can keep in registers */
    word_info *w = &lw;
    size_t j = i;
    int32_t prev = 0;
    int seg = 0;
    while (j < len) {
        unsigned char b = (unsigned char)s[j];
        uint8_t cl;
        if ((cl = ascii_class(b)) != 0) { /* the common case, without decoding */
            if (cl == A_LOWER) {
                /* a run of lower-case letters, the bulk of any text, in a loop of its own */
                size_t r = lower_run_end(s, len, j + 1);
                int run = (int)(r - j);
                w->letters += run;
                w->lower += run;
                w->cps += run;
                seg += run;
                prev = (unsigned char)s[r - 1];
                j = r;
                continue;
            }
            if (cl == A_DIGIT) {
                w->digits++;
                if (w->cps == 0)
                    w->first_digit = true;
            } else { /* A_UPPER */
                w->letters++;
                seg++;
                w->upper++;
                if (w->cps == 0)
                    w->first_upper = true;
            }
            w->cps++;
            prev = b;
            j++;
            continue;
        }
        /* Any other ASCII byte ends the word unless the rules below may join across it: the
         * usual end of a word (a space, a quotation mark) is turned away here. So is a joiner
         * with no letter or digit after it ("said.", "year, "): every rule below wants one. */
        if (b < 0x80 && (!ascii_joiner(b) || !prev || j + 1 >= len ||
                         ((unsigned char)s[j + 1] < 0x80 && !ascii_class((unsigned char)s[j + 1]))))
            break;
        size_t n;
        int32_t c = text_decode_fast(s, len, j, &n);
        bool alpha = is_alpha(c);
        if (alpha || is_digit(c) || (prev && is_word_format(c))) {
            if (alpha) {
                w->letters++;
                seg++;
                if (text_is_upper(c)) {
                    w->upper++;
                    if (w->cps == 0)
                        w->first_upper = true;
                } else if (text_is_lower(c)) {
                    w->lower++;
                }
            } else if (!is_word_format(c)) {
                w->digits++;
                if (w->cps == 0)
                    w->first_digit = true;
            }
            w->cps++;
            prev = c;
            j += n;
            continue;
        }
        if (j + n >= len || !prev)
            break;
        size_t n2;
        int32_t d = text_decode_fast(s, len, j + n, &n2);
        bool pa = is_alpha(prev), pd = is_digit(prev), da = is_alpha(d), dd = is_digit(d);
        bool join = false;
        switch (c) {
        case '-': case 0x2010: case 0x2011:
            join = (pa || pd) && (da || dd);
            if (join)
                seg = 0;
            break;
        case '\'': case 0x2019: case 0x02BC:
            if (pa && da && is_elision(elisions, s + i, j - i)) {
                w->end = j + n; /* keep the apostrophe with the elided word */
                w->cps++;
                *out = lw;
                return;
            }
            if (pa && da) {
                join = true;
                if ((d == 's' || d == 'S')) {
                    size_t after = j + n + n2;
                    bool more = false;
                    if (after < len) {
                        size_t n3;
                        int32_t e = text_decode_fast(s, len, after, &n3);
                        more = is_alnum(e);
                    }
                    if (!more && !contraction_host(s + i, j - i))
                        join = false; /* possessive: split off */
                }
            }
            break;
        case '.':
            if (pd && dd) {
                join = true;
            } else if (pa && da) {
                /* file names, domains, e.g., a.m.: a lower-case letter after the period;
                 * U.S.A., Ph.D.: short segments on both sides. "world.Today" stays apart. */
                if (text_is_lower(d) || (seg <= 2 && letter_run(s, len, j + n, 3) <= 2) ||
                    upper_extension(s, len, j + n)) {
                    join = true;
                    w->periods++;
                    if (seg > w->maxseg)
                        w->maxseg = seg;
                    seg = 0;
                }
            }
            break;
        case ',': case ':': case '/':
            join = pd && dd;
            break;
        case '_':
            join = (pa || pd) && (da || dd);
            break;
        case '&':
            join = text_is_upper(prev) && text_is_upper(d);
            break;
        default:
            break;
        }
        if (!join)
            break;
        j += n;
    }
    if (seg > w->maxseg)
        w->maxseg = seg;
    w->end = j;
    *out = lw;
}

static uint8_t word_shape(const word_info *w) {
    if (w->letters == 0)
        return SHAPE_DIGITS;
    if (w->digits)
        return SHAPE_ALNUM;
    if (w->upper == 0)
        return SHAPE_LOWER;
    if (w->lower == 0)
        return w->upper >= 2 ? SHAPE_UPPER : SHAPE_CAPITAL;
    if (w->first_upper && w->upper == 1)
        return SHAPE_CAPITAL;
    return SHAPE_MIXED;
}

/* Is the ';' or ':' at j-1 a Greek question mark or an Armenian full stop? The word before
 * it must end in a letter of that script and the next word must start with a capital of it
 * (or the text must end). */
static bool script_terminator(const char *s, size_t len, const token *prev, int32_t c, size_t j) {
    size_t k = prev->end - 1, n;
    while (k > prev->start && ((unsigned char)s[k] & 0xC0) == 0x80)
        k--; /* back to the lead byte of the last character */
    int32_t last = text_decode_fast(s, len, k, &n);
    bool greek = (last >= 0x0370 && last <= 0x03FF) || (last >= 0x1F00 && last <= 0x1FFF);
    bool armenian = last >= 0x0531 && last <= 0x058F;
    if (!(c == ';' ? greek : armenian))
        return false;
    while (j < len && (s[j] == ' ' || s[j] == '\t'))
        j++;
    if (j >= len || s[j] == '\n' || s[j] == '\r')
        return true;
    int32_t d = text_decode_fast(s, len, j, &n);
    return text_is_upper(d) && (c == ';' ? (d >= 0x0370 && d <= 0x03FF) : (d >= 0x0531 && d <= 0x0556));
}

/* ---- tokenized (PTB) text --------------------------------------------------------------- */

/* The length of a bracket written as tokenizers escape it (-LRB- -RRB- -LSB- -RSB- -LCB-
 * -RCB-, either case) at s[i], 0 when there is none. */
static size_t ptb_bracket(const char *s, size_t len, size_t i) {
    static const char *const escapes[] = {"-lrb-", "-rrb-", "-lsb-", "-rsb-", "-lcb-", "-rcb-"};
    if (i + 5 > len || s[i + 4] != '-' || (i + 5 < len && is_alnum((unsigned char)s[i + 5])))
        return 0;
    for (size_t k = 0; k < sizeof escapes / sizeof *escapes; k++)
        if (ascii_ieq(s, len, i, escapes[k]))
            return 5;
    return 0;
}

/* The letters of an English clitic that a tokenizer split off its word, starting at s[j]
 * after the apostrophe ('s 're 've 'll 'd 'm, either case), when nothing alphanumeric
 * follows them; 0 when there is none. */
static size_t split_clitic(const char *s, size_t len, size_t j) {
    static const char *const clitics[] = {"s", "re", "ve", "ll", "d", "m"};
    for (size_t k = 0; k < sizeof clitics / sizeof *clitics; k++) {
        size_t n = strlen(clitics[k]), w;
        if (!ascii_ieq(s, len, j, clitics[k]))
            continue;
        if (j + n < len && is_alnum(text_decode_fast(s, len, j + n, &w)))
            continue;
        return n;
    }
    return 0;
}

/* Which way a straight quotation mark (' or ") spaced on both sides points: tokenized
 * text spaces every mark ("said : ' We are ... , ' he added"). Its neighbours decide when
 * they can (after a colon or at a paragraph start it opens; after punctuation and before a
 * lower-case word it closes: ", ' said Locke"); otherwise it closes an open quotation and
 * opens one when none is open. Every decision resets which way the next one goes, so a
 * stray mark does not turn all later ones round. */
static int spaced_quote_direction(const char *s, size_t len, const token *prev, unsigned flags,
                                  size_t j, bool open) {
    if (!prev || (flags & TOKF_PARA_BEFORE))
        return 1;
    while (j < len && (s[j] == ' ' || s[j] == '\t'))
        j++;
    if (j >= len || s[j] == '\n' || s[j] == '\r')
        return -1;
    bool prev_punct = prev->kind == TOK_PUNCT && !(prev->flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE));
    if (prev_punct && s[prev->start] == ':')
        return 1;
    size_t n;
    if (prev_punct && s[prev->start] != '\0' && strchr(",.?!;", s[prev->start]) &&
        text_is_lower(text_decode_fast(s, len, j, &n)))
        return -1;
    return open ? -1 : 1;
}

/* ---- the main loop -------------------------------------------------------------------- */

typedef struct tok_state {
    const char *s;
    size_t len;
    const lang_data *lang;
    tok_lang tl;
    bool dq_open, sq_open; /* an ASCII " or ' quotation is open */
} tok_state;

static int abbrev_class(const tok_state *st, size_t start, size_t end) {
    if (!st->lang || !st->lang->abbrevs.cap || end - start > 48)
        return -1;
    char low[200];
    size_t n = seg_lower(st->s + start, end - start, low, sizeof low);
    if (!n)
        return -1;
    return strmap_get(&st->lang->abbrevs, low, n);
}

/* Classifies a run of terminator characters s[i, j). */
static uint8_t term_aux(const char *s, size_t len, size_t i, size_t j) {
    int dots = 0;
    bool strong = false;
    for (size_t k = i; k < j;) {
        size_t n;
        int32_t c = text_decode_fast(s, len, k, &n);
        k += n;
        if (c == '.' || c == 0xFF0E)
            dots++;
        else if (c == 0x2026)
            dots += 3;
        else if (c != ' ')
            strong = true;
    }
    if (strong)
        return AUX_TERM | AUX_STRONG;
    if (dots == 2 || dots == 3)
        return AUX_TERM | AUX_ELLIPSIS;
    return AUX_TERM; /* one period, or four dots: an ellipsis and a full stop */
}

bool seg_tokenize(const char *text, size_t start, size_t len, const lang_data *lang, seg_tokens *t) {
    const char *code = lang ? lang->code : "";
    bool hy = strcmp(code, "hy") == 0;
    const char *const *elisions = strcmp(code, "fr") == 0 ? ELISIONS_FR
                                  : strcmp(code, "it") == 0 ? ELISIONS_IT
                                                            : NULL;
    tok_state st = {text, len, lang,
                    {strcmp(code, "el") == 0, hy, hy || strcmp(code, "ar") == 0, elisions},
                    false, false};
    *t = (seg_tokens){0};
    /* News text runs about 5-6 bytes a token; start near that to avoid regrowth. */
    size_t guess = len / 5 + 16;
    t->v = malloc(guess * sizeof *t->v);
    t->aux = malloc(guess);
    if (!t->v || !t->aux) {
        seg_tokens_free(t);
        return false;
    }
    t->cap = guess;

    size_t i = start;
    const token *prev = NULL; /* the last token pushed */
    unsigned pending = 0;     /* flags for the next token */
    int newlines = 0;
    while (i < len) {
        unsigned char b = (unsigned char)text[i];
        int32_t c;
        size_t n;
        if (BYTE_FLAGS[b] & B_NOISE) {
            /* markup and extraction noise (clean.c) is a gap, never a token */
            seg_gap gap;
            size_t skip = seg_noise(text, len, i, &gap);
            if (skip) {
                if (gap == SEG_GAP_LINE) {
                    newlines++;
                    pending |= TOKF_SPACE_BEFORE | TOKF_NEWLINE_BEFORE;
                } else if (gap == SEG_GAP_SPACE) {
                    pending |= TOKF_SPACE_BEFORE;
                }
                i += skip;
                continue;
            }
        }
        if (b < 0x80) {
            /* spaces, line breaks and controls: bytes up to ' ' and DEL; the first byte of
             * a token is above, and takes this one test */
            if (b <= ' ' || b == 0x7F) {
                if (b == ' ' || b == '\t') {
                    pending |= TOKF_SPACE_BEFORE;
                    i++;
                    continue;
                }
                if (b == '\n' || b == '\r' || b == 0x0B || b == 0x0C) {
                    if (b == '\r' && i + 1 < len && text[i + 1] == '\n')
                        i++;
                    newlines++;
                    pending |= TOKF_SPACE_BEFORE | TOKF_NEWLINE_BEFORE;
                    i++;
                    continue;
                }
                /* NUL and the other controls separate like spaces */
                pending |= TOKF_SPACE_BEFORE;
                i++;
                continue;
            }
            c = b;
            n = 1;
        } else {
            c = text_decode_fast(text, len, i, &n);
            if (text_is_space(c)) {
                if (text_is_newline(c)) {
                    newlines += c == 0x2029 ? 2 : 1;
                    pending |= TOKF_NEWLINE_BEFORE;
                }
                pending |= TOKF_SPACE_BEFORE;
                i += n;
                continue;
            }
            if (c != TEXT_REPLACEMENT && text_is_control(c)) {
                pending |= TOKF_SPACE_BEFORE;
                i += n;
                continue;
            }
        }
        if (newlines >= 2) {
            pending |= TOKF_PARA_BEFORE;
            st.dq_open = st.sq_open = false;
        }
        newlines = 0;
        uint16_t flags = (uint16_t)pending;
        pending = 0;
        token tok = {(uint32_t)i, 0, TOK_PUNCT, SHAPE_OTHER, flags, 0};
        uint8_t aux = 0;
        size_t j = i + n;

        size_t pre;
        if (c < 0x80 && (BYTE_FLAGS[c] & B_URL_START) &&
            (pre = url_prefix(text, len, i)) != 0 && i + pre < len && !text_is_space((unsigned char)text[i + pre])) {
            j = scan_url(text, len, i, pre);
            tok.kind = TOK_URL;
        } else if (c < 0x80 && (ascii_class((unsigned char)c) & (A_LOWER | A_UPPER)) &&
                   (j = plain_word_end(text, len, i)) != 0) {
            /* a word of letters, a capital at most first, that nothing joins to what
             * follows (most words): what scan_word and the checks below find for it */
            tok.kind = TOK_WORD;
            tok.shape = ascii_class((unsigned char)c) == A_LOWER ? SHAPE_LOWER : SHAPE_CAPITAL;
            tok.flags |= TOKF_LETTERS;
        } else if (is_alnum(c)) {
            word_info w;
            scan_word(text, len, i, st.tl.elisions, &w);
            j = w.end;
            tok.kind = w.first_digit ? TOK_NUMBER : TOK_WORD;
            tok.shape = word_shape(&w);
            if (j < len && (BYTE_FLAGS[(unsigned char)text[j]] & B_EMAIL)) {
                size_t e = scan_email(text, len, i);
                if (e) {
                    j = e;
                    tok.kind = TOK_EMAIL;
                    tok.shape = SHAPE_OTHER;
                }
            }
            if (tok.kind == TOK_WORD && j < len && text[j] == '.' && w.digits == 0 &&
                !(j + 1 < len && text[j + 1] == '.')) {
                int cls = abbrev_class(&st, i, j);
                if (cls > 0) {
                    aux = (uint8_t)cls;
                    if (w.periods)
                        aux |= AUX_ACRONYM;
                    else if (w.cps == 1)
                        aux |= AUX_INITIAL;
                } else if (w.periods && w.maxseg <= 3) {
                    aux = ABBR_GENERAL | AUX_ACRONYM;
                } else if (w.periods == 0 && w.cps == 1) {
                    aux = AUX_INITIAL;
                }
                if (aux) {
                    j++;
                    tok.flags |= TOKF_ABBREV;
                }
            }
            /* ASCII letters only (as many bytes as letters), a capital at most first: the
             * quick path's kind of word, which a comma, a period or a colon after it sent
             * here */
            if (tok.kind == TOK_WORD && !(tok.flags & TOKF_ABBREV) && (size_t)w.letters == j - i &&
                (w.upper == 0 || (w.upper == 1 && w.first_upper)))
                tok.flags |= TOKF_LETTERS;
        } else if (c < 0x80 && plain_punct((unsigned char)c)) {
            /* punctuation no rule below reads (',', ')'): the last branch's token at once */
            tok.kind = ascii_symbol((unsigned char)c) ? TOK_SYMBOL : TOK_PUNCT;
            while (j < len && text[j] == (char)c)
                j++;
        } else if (text_is_cjk(c)) {
            tok.kind = TOK_WORD;
            tok.shape = SHAPE_LOWER;
        } else if ((c == ';' || c == ':') && prev && !(flags & TOKF_SPACE_BEFORE) &&
                   script_terminator(text, len, prev, c, j)) {
            /* Greek ';' (a question mark) and Armenian ':' (a full stop) after a word of
             * that script and before a capital of it, whatever language was asked for */
            aux = AUX_TERM | (c == ';' ? AUX_STRONG : 0);
        } else if (is_term_char(c, &st.tl)) {
            /* a run of terminators, or a spaced ellipsis ". . ." */
            for (;;) {
                if (j < len) {
                    size_t n2;
                    int32_t d = text_decode_fast(text, len, j, &n2);
                    seg_gap gap;
                    /* a run of five dots after '?' is a leader, not more of the terminator
                     * (checked once, where the run starts) */
                    if (is_term_char(d, &st.tl) &&
                        !(d == '.' && text[j - 1] != '.' && seg_noise(text, len, j, &gap))) {
                        j += n2;
                        continue;
                    }
                }
                if (text[j - 1] == '.' && j + 1 < len && text[j] == ' ' && text[j + 1] == '.' &&
                    (j - i >= 3 || (j + 3 < len && text[j + 2] == ' ' && text[j + 3] == '.'))) {
                    j += 2;
                    continue;
                }
                break;
            }
            aux = term_aux(text, len, i, j);
            /* "Army Spc . Caleb": tokenized text spaces the period of a title; it ends
             * nothing, as the title's own period would not */
            if (aux == AUX_TERM && j == i + 1 && (flags & TOKF_SPACE_BEFORE) && prev &&
                prev->kind == TOK_WORD && !(prev->flags & TOKF_ABBREV) &&
                abbrev_class(&st, prev->start, prev->end) == ABBR_TITLE)
                aux = 0;
            /* "compounds. . . . The": a full stop and then an ellipsis that opens the next
             * sentence (pragmatic_segmenter's reading of four spaced dots glued to a word) */
            if (aux == AUX_TERM && j - i >= 7 && text[i + 1] == ' ' && prev &&
                !(flags & TOKF_SPACE_BEFORE) && (prev->kind == TOK_WORD || prev->kind == TOK_NUMBER)) {
                size_t k = j;
                while (k < len && text[k] == ' ')
                    k++;
                if (k > j && k < len && text[k] >= 'A' && text[k] <= 'Z')
                    j = i + 1;
            }
        } else if ((c == '#' || c == '@') && j < len) {
            size_t n2;
            int32_t d = text_decode_fast(text, len, j, &n2);
            if (is_alnum(d) || d == '_') {
                size_t e = j;
                while (e < len) {
                    int32_t x = text_decode_fast(text, len, e, &n2);
                    if (!is_alnum(x) && x != '_')
                        break;
                    e += n2;
                }
                j = e;
                tok.kind = c == '#' ? TOK_HASHTAG : TOK_MENTION;
            }
        } else if (c == '-' && (pre = ptb_bracket(text, len, i)) != 0) {
            j = i + pre; /* -LRB- -RRB- ...: a bracket of tokenized (PTB) text */
        } else if ((c == '`' || c == '\'') && j < len && text[j] == c && !(j + 1 < len && text[j + 1] == c)) {
            /* `` and '': the double quotation marks of tokenized (PTB) text. `` always
             * opens; '' closes unless it is spaced before and glued to a word after
             * (''Hello'', a typewriter's double quote) */
            j++;
            size_t n2;
            int32_t d = j < len ? text_decode_fast(text, len, j, &n2) : ' ';
            bool opens = c == '`' || ((!prev || (flags & TOKF_SPACE_BEFORE)) && !text_is_space(d) &&
                                      !text_is_punct(d));
            tok.flags |= opens ? TOKF_OPEN_QUOTE : TOKF_CLOSE_QUOTE;
            st.dq_open = opens;
        } else if ((c == '\'' || c == 0x2019) && prev && (flags & TOKF_SPACE_BEFORE) &&
                   (prev->kind == TOK_WORD || prev->kind == TOK_NUMBER) &&
                   (pre = split_clitic(text, len, j)) != 0) {
            /* "it 's", "they 're", "I 'd": a clitic split off its word by a tokenizer, never
             * a quotation mark */
            tok.kind = (text[j] | 0x20) == 's' ? TOK_POSSESSIVE : TOK_WORD;
            j += pre;
            tok.shape = SHAPE_LOWER;
        } else if ((c == '\'' || c == 0x2019) && prev && !(flags & TOKF_SPACE_BEFORE) &&
                   (prev->kind == TOK_WORD || prev->kind == TOK_NUMBER) && !st.sq_open) {
            /* 's after a word (or Jr.'s), or a lone ' after a plural: a possessive */
            size_t n2 = 0;
            int32_t d = j < len ? text_decode_fast(text, len, j, &n2) : 0;
            int32_t e = 0;
            if (j + n2 < len) {
                size_t n3;
                e = text_decode_fast(text, len, j + n2, &n3);
            }
            if ((d == 's' || d == 'S') && !is_alnum(e)) {
                j += n2;
                tok.kind = TOK_POSSESSIVE;
            } else if (!is_alnum(d) && (text[prev->end - 1] == 's' || text[prev->end - 1] == 'S')) {
                tok.kind = TOK_POSSESSIVE;
            } else {
                tok.flags |= TOKF_CLOSE_QUOTE;
            }
        } else if (is_quote_char(c)) {
            bool before = !prev || (flags & TOKF_SPACE_BEFORE) ||
                          (prev->flags & TOKF_OPEN_QUOTE) ||
                          (prev->kind == TOK_PUNCT && strchr("([{-", text[prev->start]));
            bool after = j >= len;
            if (!after) {
                size_t n2;
                int32_t d = text_decode_fast(text, len, j, &n2);
                after = text_is_space(d) || (text_is_punct(d) && !is_quote_char(d) && d != '(' &&
                                              d != '[' && d != 0x00BF && d != 0x00A1);
            }
            int dir;
            if (c == 0x201E || c == 0x201A)
                dir = 1;
            else if (before && !after)
                dir = 1;
            else if (!before && after)
                dir = -1;
            else if ((dir = quote_default(c)) == 0)
                dir = spaced_quote_direction(text, len, prev, flags, j,
                                             (c == '"' || c == 0xFF02) ? st.dq_open : st.sq_open);
            tok.flags |= dir > 0 ? TOKF_OPEN_QUOTE : TOKF_CLOSE_QUOTE;
            if (c == '"' || c == 0xFF02)
                st.dq_open = dir > 0;
            else if (c == '\'' || c == 0x2018 || c == 0x2019)
                st.sq_open = dir > 0;
        } else if (is_bullet_char(c) ||
                   ((!prev || (flags & TOKF_NEWLINE_BEFORE)) /* at a line's start */ &&
                    (c == '-' || c == '*' || c == 0x2013 || c == 0x2014) &&
                    j < len && (text[j] == ' ' || text[j] == '\t'))) {
            aux = AUX_BULLET;
            tok.kind = TOK_PUNCT;
        } else {
            /* other punctuation and symbols: one token per run of the same character */
            tok.kind = (c < 0x80 ? !ascii_symbol((unsigned char)c) : text_is_punct(c)) ? TOK_PUNCT : TOK_SYMBOL;
            if (n == 1) /* one byte (',', ')', most of them), compared as one */
                while (j < len && text[j] == text[i])
                    j++;
            else
                while (j + n <= len && memcmp(text + j, text + i, n) == 0)
                    j += n;
        }
        tok.end = (uint32_t)j;
        if (!push(t, tok, aux))
            return false;
        prev = &t->v[t->n - 1];
        i = j;
        /* the one space after most tokens, taken here as the loop's top would take it */
        if (i < len && text[i] == ' ') {
            pending = TOKF_SPACE_BEFORE;
            i++;
        }
    }
    return true;
}
