/* timex.c — time expressions (TIMEX3) found in raw bytes and normalised.
 *
 * Two passes over the input: a tokenizer that splits ASCII letter runs, digit runs (with
 * thousands commas and decimals folded in) and single punctuation bytes, recording for each
 * token its byte span, whether white space precedes it and a lower-cased copy; then a
 * left-to-right matcher that, at each token, tries a fixed set of hand-written patterns
 * (clock times, calendar dates, relative dates, durations, sets, reference words), keeps the
 * longest match, emits it and resumes after it. Every pattern looks ahead a bounded number of
 * tokens and the tense cue for weekdays looks back at most TENSE_WINDOW tokens, so the cost is
 * linear in the input. No recursion, no regular expressions, no global state.
 *
 * Values follow TimeML/TIMEX3 as used in TimeBank and TempEval-3: dates as "2019-04-25",
 * "2019-04", "2019", "2019-W17", "2019-Q3", "2019-SU", "199" (decade), "19" (century);
 * times as "2019-04-25T17:00" or "2019-04-25TMO"; durations as "P3D", "PT5H", "PXY"; sets as
 * "P1Y" or "XXXX-WXX-4"; and the references PRESENT_REF, PAST_REF, FUTURE_REF. Relative
 * expressions are resolved against the document date (dct) when given; otherwise the parts
 * that depend on it are written as X ("XXXX-04-25", "XXXX-WXX-4"). */
#include "facts/timex.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "segment/segment.h"
#include "util/error.h"

/* ------------------------------------------------------------------------------------------
 * Tokens
 * ---------------------------------------------------------------------------------------- */

enum { TK_WORD, TK_NUM, TK_PUNCT };

#define LOW_MAX 23

typedef struct tk {
    size_t start, end;
    long num;      /* digit tokens: value (-1 when too long); otherwise -1 */
    uint8_t kind;  /* TK_WORD, TK_NUM, TK_PUNCT */
    uint8_t len;   /* length of low, 0 when the token is longer than LOW_MAX */
    uint8_t ndig;  /* digit tokens: number of digits before any decimal point */
    bool sp;       /* white space before the token */
    bool nl;       /* a line break before the token */
    bool cap;      /* first letter upper case */
    bool frac;     /* digit token with a decimal part or thousands commas */
    /* word tokens: the token's index in each word table (WT_*), and in UNIT_WORDS, or -1;
     * looked up once per token by classify_piece instead of at every call of table_at and
     * unit_at (the patterns ask about the same token many times) */
    int8_t ix[6];
    int8_t unit;
    uint16_t can; /* the patterns that can start at this token (P_*, see START_WORDS) */
    uint16_t lead; /* those of can that only read on past it (start_word.lead) */
    bool follows;  /* a lead word before it may read on into it (P_FOLLOWS) */
    bool mod2;     /* the second word of a modifier phrase (P_MOD2) */
    char low[LOW_MAX + 1];
} tk;

static bool is_space(unsigned char ch) {
    /* one test for the usual byte, which is no space: all six are at most ' ' */
    return ch <= ' ' && (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v');
}
static bool is_alpha(unsigned char ch) { return (ch | 32) >= 'a' && (ch | 32) <= 'z'; }
static bool is_digit(unsigned char ch) { return ch >= '0' && ch <= '9'; }

/* The finder's tokens are a view of a segmentation's (segment/segment.h): each token is cut
 * into ASCII letter runs, digit runs (thousands groups and decimals folded in) and single
 * punctuation bytes or characters, and white space before a token is the segmenter's
 * (TOKF_SPACE_BEFORE, TOKF_NEWLINE_BEFORE). The bytes the segmenter skips (white space,
 * control characters, markup noise) hold no token here either. Where cutting stopped, so that
 * it can resume: */
typedef struct tok_state {
    const token *toks;
    size_t ntoks, tok; /* the segmentation's tokens, the one to cut next */
    size_t pos;        /* the next byte to look at (absolute) */
    size_t base;       /* tk offsets are from here (absolute) */
    size_t lim;        /* no piece reaches past this byte (absolute) */
    bool sp, nl;       /* white space, a line break before the next piece */
} tok_state;

struct word_index;
static inline __attribute__((always_inline)) void classify_piece(const struct word_index *x, tk *k, unsigned char first,
                                                                 const uint64_t *head);
static inline uint64_t wi_head(const char *w, size_t len);

/* low[0, 24) = the n ASCII letters at w lowered (bit 5 set), then zeros, as the byte loop
 * leaves a cleared token's low: three blocks of eight bytes, each masked to the word's
 * letters in it (a table of masks: no branch on the length), which needs the 24 bytes at w
 * readable. n <= LOW_MAX. Returns the first block, which is the word index's key head
 * (wi_head(low, n)): classify_piece need not read it back. */
static inline uint64_t lower_letters(const unsigned char *w, size_t n, char *low) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* the first k bytes of a block in memory order are its low k bytes */
    static const uint64_t KEEP[9] = {0,
                                     0xFFull,
                                     0xFFFFull,
                                     0xFFFFFFull,
                                     0xFFFFFFFFull,
                                     0xFFFFFFFFFFull,
                                     0xFFFFFFFFFFFFull,
                                     0xFFFFFFFFFFFFFFull,
                                     ~0ull};
    const uint64_t lower = 0x2020202020202020ull;
    uint64_t x0, x1, x2;
    memcpy(&x0, w, 8);
    memcpy(&x1, w + 8, 8);
    memcpy(&x2, w + 16, 8);
    x0 = (x0 | lower) & KEEP[n < 8 ? n : 8];
    x1 = (x1 | lower) & KEEP[n < 8 ? 0 : n < 16 ? n - 8 : 8];
    x2 = (x2 | lower) & KEEP[n < 16 ? 0 : n - 16];
    memcpy(low, &x0, 8);
    memcpy(low + 8, &x1, 8);
    memcpy(low + 16, &x2, 8);
    return x0;
#else
    for (size_t i = 0; i < LOW_MAX + 1; i++)
        low[i] = i < n ? (char)(w[i] | 32) : '\0';
    return wi_head(low, n);
#endif
}

/* Cuts the next pieces of st's tokens into at most cap tokens, each classified against the
 * word index x as it is cut (classify_piece: in the same pass, while the token is in
 * cache). Returns the count. */
static size_t tokenize(const char *text, tok_state *st, tk *t, size_t cap, const struct word_index *x) {
    const unsigned char *s = (const unsigned char *)text;
    size_t n = 0, p = st->pos;
    bool sp = st->sp, nl = st->nl;
    while (n < cap && st->tok < st->ntoks) {
        const token *dt = &st->toks[st->tok];
        if (dt->start >= st->lim) {
            st->tok = st->ntoks;
            break;
        }
        size_t len = dt->end < st->lim ? dt->end : st->lim;
        if (p <= dt->start) {
            p = dt->start;
            sp |= (dt->flags & TOKF_SPACE_BEFORE) != 0;
            nl |= (dt->flags & (TOKF_NEWLINE_BEFORE | TOKF_PARA_BEFORE)) != 0;
        }
        if (p >= len) {
            st->tok++;
            continue;
        }
        /* A word of ASCII letters (the segmenter's TOKF_LETTERS): one piece, the whole token,
         * without looking at its bytes one by one (#12: the segmenter has read them). */
        if ((dt->flags & TOKF_LETTERS) && p == dt->start && dt->end - dt->start <= LOW_MAX &&
            p + LOW_MAX + 1 <= st->lim) {
            size_t l = dt->end - dt->start;
            tk *k = &t[n++];
            memset(k, 0, sizeof *k);
            uint64_t head = lower_letters(s + p, l, k->low);
            k->start = p - st->base;
            k->end = dt->end - st->base;
            k->kind = TK_WORD;
            k->sp = sp;
            k->nl = nl;
            k->cap = s[p] >= 'A' && s[p] <= 'Z';
            k->num = -1;
            k->len = (uint8_t)l;
            classify_piece(x, k, s[p], &head);
            sp = nl = false;
            p = dt->end;
            st->tok++;
            continue;
        }
        unsigned char ch = s[p];
        if (is_space(ch)) {
            sp = true;
            if (ch == '\n')
                nl = true;
            p++;
            continue;
        }
        if (ch == 0xC2 && p + 1 < len && s[p + 1] == 0xA0) { /* no-break space */
            sp = true;
            p += 2;
            continue;
        }
        size_t b = p;
        uint8_t kind;
        tk *k = &t[n];
        memset(k, 0, sizeof *k);
        if (is_alpha(ch)) {
            /* lower-cased while scanning (one pass over the letters): ASCII letters only, so
             * setting bit 5 lower-cases; low stays empty past LOW_MAX letters */
            size_t low_end = len - b < LOW_MAX ? len : b + LOW_MAX;
            for (; p < low_end && is_alpha(s[p]); p++)
                k->low[p - b] = (char)(s[p] | 32);
            while (p < len && is_alpha(s[p]))
                p++;
            kind = TK_WORD;
        } else if (is_digit(ch)) {
            while (p < len && is_digit(s[p]))
                p++;
            /* thousands groups "1,500,000" and decimals "2.5" stay one number */
            for (;;) {
                if (p + 3 < len + 0 && s[p] == ',' && is_digit(s[p + 1]) && is_digit(s[p + 2]) &&
                    is_digit(s[p + 3]) && (p + 4 >= len || !is_digit(s[p + 4]))) {
                    p += 4;
                } else if (p + 1 < len && s[p] == '.' && is_digit(s[p + 1])) {
                    p++;
                    while (p < len && is_digit(s[p]))
                        p++;
                } else {
                    break;
                }
            }
            kind = TK_NUM;
        } else if (ch >= 0x80) {
            p++;
            while (p < len && s[p] >= 0x80 && (s[p] & 0xC0) == 0x80)
                p++;
            kind = TK_PUNCT;
        } else {
            p++;
            kind = TK_PUNCT;
        }
        {
            k->start = b - st->base;
            k->end = p - st->base;
            k->kind = kind;
            k->sp = sp;
            k->nl = nl;
            k->cap = ch >= 'A' && ch <= 'Z';
            k->num = -1;
            size_t l = p - b;
            if (l <= LOW_MAX) {
                /* words are lower-cased already; digits and punctuation have no case */
                if (kind != TK_WORD)
                    memcpy(k->low, s + b, l);
                k->low[l] = '\0';
                k->len = (uint8_t)l;
            } else {
                memset(k->low, 0, sizeof k->low); /* as if never written: low is empty */
            }
            if (kind == TK_NUM) {
                long v = 0;
                size_t i = b, nd = 0;
                for (; i < p && is_digit(s[i]); i++, nd++)
                    if (nd < 10)
                        v = v * 10 + (s[i] - '0');
                k->ndig = (uint8_t)(nd > 255 ? 255 : nd);
                k->frac = i < p;
                k->num = nd < 10 ? v : -1;
            }
        }
        classify_piece(x, k, ch, NULL);
        n++;
        sp = nl = false;
        if (p >= len)
            st->tok++; /* the piece ends the token: no pass round the loop to find that */
    }
    /* past the tokens cut to their end, so that st->tok == st->ntoks says nothing is left */
    while (st->tok < st->ntoks) {
        const token *dt = &st->toks[st->tok];
        if (dt->start >= st->lim)
            st->tok = st->ntoks;
        else if (p > dt->start && p >= (dt->end < st->lim ? dt->end : st->lim))
            st->tok++;
        else
            break;
    }
    st->pos = p;
    st->sp = sp;
    st->nl = nl;
    return n;
}

/* ------------------------------------------------------------------------------------------
 * Calendar arithmetic (proleptic Gregorian; days counted from 1970-01-01)
 * ---------------------------------------------------------------------------------------- */

typedef struct ymd {
    int y, m, d;
} ymd;

static long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool timex_value_day(const char *value, long *days) {
    int n[3] = {0, 0, 0}; /* year, month, day */
    for (int i = 0, part = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (value[i] != '-')
                return false;
            part++;
        } else if (value[i] >= '0' && value[i] <= '9') {
            n[part] = n[part] * 10 + (value[i] - '0');
        } else {
            return false;
        }
    }
    *days = days_from_civil(n[0], n[1], n[2]);
    return true;
}

static ymd civil_from_days(long z) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    ymd r;
    r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    r.y = (int)(yoe + era * 400 + (r.m <= 2));
    return r;
}

/* ISO weekday, 1 = Monday .. 7 = Sunday (1970-01-01 was a Thursday). */
static int weekday_of(long days) {
    long w = (days + 3) % 7;
    if (w < 0)
        w += 7;
    return (int)w + 1;
}

static int days_in_month(int y, int m) {
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

/* ISO 8601 week: the week belongs to the year of its Thursday. */
static void iso_week(long days, int *wy, int *wn) {
    long thu = days - weekday_of(days) + 4;
    ymd t = civil_from_days(thu);
    long jan1 = days_from_civil(t.y, 1, 1);
    *wy = t.y;
    *wn = (int)((thu - jan1) / 7 + 1);
}

/* ------------------------------------------------------------------------------------------
 * Word tables
 * ---------------------------------------------------------------------------------------- */

static const char *const MONTHS[12] = {"january", "february", "march",     "april",
                                       "may",     "june",     "july",      "august",
                                       "september", "october", "november", "december"};
static const char *const MONTH_ABBR[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};
static const char *const WEEKDAYS[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                        "friday", "saturday", "sunday"};
static const char *const UNITS_WORDS[20] = {
    "zero",    "one",     "two",       "three",    "four",     "five",    "six",
    "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
static const char *const TENS_WORDS[10] = {"",      "",      "twenty",  "thirty", "forty",
                                           "fifty", "sixty", "seventy", "eighty", "ninety"};
static const char *const ORDINALS[20] = {
    "",          "first",      "second",      "third",      "fourth",     "fifth",    "sixth",
    "seventh",   "eighth",     "ninth",       "tenth",      "eleventh",   "twelfth",  "thirteenth",
    "fourteenth", "fifteenth", "sixteenth",   "seventeenth", "eighteenth", "nineteenth"};
static const char *const DECADE_WORDS[10] = {"",        "",        "twenties", "thirties",
                                             "forties", "fifties", "sixties",  "seventies",
                                             "eighties", "nineties"};

/* Granularities of durations and relative dates. */
enum unit {
    U_NONE,
    U_YEAR,
    U_MONTH,
    U_WEEK,
    U_DAY,
    U_HOUR,
    U_MIN,
    U_SEC,
    U_DECADE,
    U_CENTURY,
    U_QUARTER,
    U_WEEKEND,
    U_FORTNIGHT,
    U_MILLENNIUM
};

typedef struct unit_word {
    const char *w;
    uint8_t unit;
    bool plural;
} unit_word;

static const unit_word UNIT_WORDS[] = {
    {"year", U_YEAR, false},       {"years", U_YEAR, true},        {"yr", U_YEAR, false},
    {"yrs", U_YEAR, true},         {"month", U_MONTH, false},      {"months", U_MONTH, true},
    {"week", U_WEEK, false},       {"weeks", U_WEEK, true},        {"day", U_DAY, false},
    {"days", U_DAY, true},         {"hour", U_HOUR, false},        {"hours", U_HOUR, true},
    {"hr", U_HOUR, false},         {"hrs", U_HOUR, true},          {"minute", U_MIN, false},
    {"minutes", U_MIN, true},      {"mins", U_MIN, true},          {"second", U_SEC, false},
    {"seconds", U_SEC, true},      {"decade", U_DECADE, false},    {"decades", U_DECADE, true},
    {"century", U_CENTURY, false}, {"centuries", U_CENTURY, true}, {"quarter", U_QUARTER, false},
    {"quarters", U_QUARTER, true}, {"weekend", U_WEEKEND, false},  {"weekends", U_WEEKEND, true},
    {"fortnight", U_FORTNIGHT, false}, {"fortnights", U_FORTNIGHT, true},
    {"millennium", U_MILLENNIUM, false}, {"millennia", U_MILLENNIUM, true},
};

typedef struct holiday_def {
    const char *a, *b, *c3;
    int m, d; /* d = 0: movable, computed from kind */
    int kind; /* 0 fixed, 1 Thanksgiving, 2 Easter, 3 Labor, 4 Memorial, 5 Election Day */
} holiday_def;
static const holiday_def HOLIDAYS[] = {
    {"christmas", "eve", NULL, 12, 24, 0},     {"christmas", "day", NULL, 12, 25, 0},
    {"christmas", NULL, NULL, 12, 25, 0},      {"new", "year", "eve", 12, 31, 0},
    {"new", "year", "day", 1, 1, 0},           {"halloween", NULL, NULL, 10, 31, 0},
    {"independence", "day", NULL, 7, 4, 0},    {"valentine", "day", NULL, 2, 14, 0},
    {"thanksgiving", "day", NULL, 11, 0, 1},   {"thanksgiving", NULL, NULL, 11, 0, 1},
    {"easter", "sunday", NULL, 0, 0, 2},       {"easter", NULL, NULL, 0, 0, 2},
    {"labor", "day", NULL, 9, 0, 3},           {"memorial", "day", NULL, 5, 0, 4},
    {"election", "day", NULL, 11, 0, 5},
};

typedef struct set_adverb {
    const char *w;
    const char *v;
} set_adverb;
static const set_adverb SET_ADVERBS[] = {
    {"daily", "P1D"},   {"weekly", "P1W"},   {"monthly", "P1M"}, {"yearly", "P1Y"},
    {"annually", "P1Y"}, {"hourly", "PT1H"}, {"nightly", "P1D"}, {"biweekly", "P2W"},
};

typedef struct ref_def {
    const char *a, *b, *c3;
    const char *v;
} ref_def;
static const ref_def REFS[] = {
    {"then", "current", NULL, "PAST_REF"},   /* "the then current price" */
    {"right", "now", NULL, "PRESENT_REF"},   {"now", NULL, NULL, "PRESENT_REF"},
    {"currently", NULL, NULL, "PRESENT_REF"}, {"nowadays", NULL, NULL, "PRESENT_REF"},
    {"these", "days", NULL, "PRESENT_REF"},   {"at", "present", NULL, "PRESENT_REF"},
    {"presently", NULL, NULL, "PRESENT_REF"}, {"current", NULL, NULL, "PRESENT_REF"},
    {"recently", NULL, NULL, "PAST_REF"},     {"recent", NULL, NULL, "PAST_REF"},
    {"lately", NULL, NULL, "PAST_REF"},       {"formerly", NULL, NULL, "PAST_REF"},
    {"the", "past", NULL, "PAST_REF"},        {"the", "recent", "past", "PAST_REF"},
    {"the", "distant", "past", "PAST_REF"},   {"the", "future", NULL, "FUTURE_REF"},
    {"the", "near", "future", "FUTURE_REF"},  {"the", "distant", "future", "FUTURE_REF"},
    {"the", "near", "term", "FUTURE_REF"},    {"the", "short", "term", "FUTURE_REF"},
    {"the", "long", "term", "FUTURE_REF"},    {"the", "foreseeable", "future", "FUTURE_REF"},
};

static const char *const MOD_PHRASES[][4] = {
    {"the", "end", "of", NULL},       {"the", "beginning", "of", NULL},
    {"the", "start", "of", NULL},     {"the", "middle", "of", NULL},
    {"the", "turn", "of", NULL},      {"the", "close", "of", NULL},
    {"the", "first", "half", "of"},   {"the", "second", "half", "of"},
    {"end", "of", NULL, NULL},        {"beginning", "of", NULL, NULL},
    {"more", "than", NULL, NULL},     {"less", "than", NULL, NULL},
    {"fewer", "than", NULL, NULL},    {"at", "least", NULL, NULL},
    {"at", "most", NULL, NULL},       {"up", "to", NULL, NULL},
    {"no", "more", "than", NULL},     {"no", "less", "than", NULL},
    {"nearly", NULL, NULL, NULL},     {"almost", NULL, NULL, NULL},
    {"about", NULL, NULL, NULL},      {"around", NULL, NULL, NULL},
    {"approximately", NULL, NULL, NULL}, {"roughly", NULL, NULL, NULL},
    {"some", NULL, NULL, NULL},       {"over", NULL, NULL, NULL},
    {"early", NULL, NULL, NULL},      {"late", NULL, NULL, NULL},
    {"mid", NULL, NULL, NULL},        {"earlier", NULL, NULL, NULL},
    {"later", NULL, NULL, NULL},      {"just", "over", NULL, NULL},
    {"just", "under", NULL, NULL},    {"well", "over", NULL, NULL},
};

/* The tables index_of answers from the tokens' ix fields. */
enum { WT_UNITS, WT_TENS, WT_ORDINALS, WT_MONTHS, WT_MONTH_ABBR, WT_WEEKDAYS, WT_N };
static const struct {
    const char *const *tab;
    int count;
} WORD_TABLES[WT_N] = {{UNITS_WORDS, 20}, {TENS_WORDS, 10}, {ORDINALS, 20},
                       {MONTHS, 12},      {MONTH_ABBR, 12}, {WEEKDAYS, 7}};

/* Start classes: the patterns core() tries (and modifier()) each get a bit, and each token
 * the bits of the patterns that can start at it, so that core() tries only those. Most
 * tokens (ordinary words, punctuation) start none; before this, core() tried all 11
 * patterns at every token, about 2,800 instructions a token. The classes of a word come
 * from the tables the patterns read (TABLE_CAN, UNIT_WORDS, SEASON_WORDS via season_of,
 * HOLIDAYS, SET_ADVERBS, REFS, MOD_PHRASES) and, for the first words a pattern tests by
 * name, from START_WORDS. Digit tokens start every pattern that reads a number first, and a
 * single quote starts coarse_date ("'90s"). The prefilter is exact: a pattern skipped at a
 * token would have returned 0 there, so the results do not change. tests/unit/test_timex.c
 * runs every pattern at every token (timex_find_unfiltered) over fixture and generated text,
 * the generated text drawn from every word literal of this file, and fails on a pattern that
 * matched at a token whose classes leave it out. */
enum {
    P_CLOCK = 1 << 0,    /* clock_time */
    P_DAY = 1 << 1,      /* day_with_part */
    P_COARSE = 1 << 2,   /* coarse_date */
    P_REL = 1 << 3,      /* relative_date */
    P_SEASON = 1 << 4,   /* bare_season */
    P_DUR = 1 << 5,      /* duration */
    P_SET = 1 << 6,      /* set_expr */
    P_REF = 1 << 7,      /* reference */
    P_YEAR_AGO = 1 << 8, /* year_ago */
    P_HOLIDAY = 1 << 9,  /* holiday */
    P_YEAR_END = 1 << 10, /* year_end */
    P_MOD = 1 << 11,     /* modifier */
    P_ALL = (1 << 12) - 1,
    /* not a pattern: a word that starts none but that one read on into from a lead word
     * (start_word.lead): "the nineties", "a dozen years", "an hour and a half" */
    P_FOLLOWS = 1 << 12,
    /* not a pattern either: the second word of a MOD_PHRASES phrase ("than", "of", "end"),
     * which a first word whose phrases all have one (lead P_MOD: "the", "more", "at") needs
     * after it for modifier() to match */
    P_MOD2 = 1 << 13
};
/* Digit tokens: clock times, calendar and numeric dates, years, decades, centuries, quarters
 * ("1988 third quarter", "3rd quarter"), quantities of durations, "3 times a week". */
#define NUM_CAN (P_CLOCK | P_DAY | P_COARSE | P_DUR | P_SET)

/* What a word of each WORD_TABLES table can start: number words a year ("nineteen
 * ninety", "two thousand"), a quantity or a count ("three times a"); tens a quantity or an
 * ordinal day ("the twenty-first century"); ordinals a century or a quarter; months a date;
 * weekdays a day or a set ("Thursday nights"). */
static const uint16_t TABLE_CAN[] = {P_COARSE | P_DUR | P_SET, P_COARSE | P_DUR, P_COARSE,
                                     P_DAY | P_COARSE, P_DAY | P_COARSE, P_DAY | P_SET};

/* The words the patterns test by name at their first token (besides the tables above):
 * determiners and relation words they may skip, "noon", "today", "every", ... */
typedef struct start_word {
    const char *w;
    uint16_t can;
    /* the patterns of can that only skip the word and read on ("the 1990s", "a few days",
     * "its fiscal year"): they cannot match unless the next token starts a pattern itself
     * (has start classes, or P_FOLLOWS), so core() tries them only then. The first words
     * of HOLIDAYS and REFS phrases get theirs from those tables. */
    uint16_t lead;
} start_word;
static const start_word START_WORDS[] = {
    /* clock_time */
    {"noon", P_CLOCK, 0}, {"midday", P_CLOCK, 0}, {"midnight", P_CLOCK, 0},
    /* day_with_part, day_expr, month_at */
    {"tonight", P_DAY, 0}, {"today", P_DAY, 0}, {"yesterday", P_DAY, 0}, {"tomorrow", P_DAY, 0},
    {"sept", P_DAY | P_COARSE, 0}, {"febr", P_DAY | P_COARSE, 0},
    /* "the": the day before yesterday, decades, centuries, quarters, "the year 2000", seasons,
     * relative dates, durations, "the year-ago quarter" (reference and modifier from their
     * tables) */
    {"the", P_DAY | P_COARSE | P_REL | P_SEASON | P_DUR | P_YEAR_AGO,
     P_DAY | P_COARSE | P_REL | P_SEASON | P_DUR | P_YEAR_AGO},
    /* coarse_date: decade_at, quarter_at, fiscal years, "its 1988 quarter" */
    {"early", P_COARSE, 0}, {"late", P_COARSE, 0}, {"mid", P_COARSE, 0}, {"its", P_COARSE | P_DUR | P_YEAR_AGO, P_COARSE | P_DUR | P_YEAR_AGO},
    {"fiscal", P_COARSE, 0}, {"fy", P_COARSE, 0}, {"q", P_COARSE, 0},
    {"twentieth", P_COARSE, 0}, {"thirtieth", P_COARSE, 0},
    {"this", P_COARSE | P_REL | P_HOLIDAY, P_COARSE | P_REL | P_HOLIDAY}, {"last", P_COARSE | P_REL | P_DUR | P_HOLIDAY, 0},
    {"next", P_COARSE | P_REL | P_DUR | P_HOLIDAY, 0},
    /* relative_date's relation words */
    {"past", P_REL | P_DUR, 0}, {"latest", P_REL | P_DUR, 0}, {"previous", P_REL | P_DUR, 0},
    {"preceding", P_REL, 0}, {"prior", P_REL, 0}, {"current", P_REL, 0}, {"present", P_REL, 0},
    {"coming", P_REL | P_DUR, 0}, {"following", P_REL | P_DUR, 0}, {"subsequent", P_REL, 0},
    {"that", P_REL, P_REL}, {"same", P_REL | P_YEAR_AGO, 0},
    /* duration: determiners, span words, quantities, words between number and unit */
    {"their", P_DUR, P_DUR}, {"first", P_DUR, 0}, {"final", P_DUR, 0}, {"remaining", P_DUR, 0},
    {"recent", P_DUR, 0}, {"initial", P_DUR, 0}, {"ensuing", P_DUR, 0},
    {"a", P_DUR | P_SET, P_DUR | P_SET}, {"an", P_DUR | P_SET, P_DUR | P_SET}, {"few", P_DUR, 0}, {"several", P_DUR, 0},
    {"some", P_DUR, 0}, {"many", P_DUR, 0}, {"couple", P_DUR, 0}, {"half", P_DUR, 0},
    {"more", P_DUR, 0}, {"additional", P_DUR, 0}, {"full", P_DUR, 0}, {"straight", P_DUR, 0},
    {"consecutive", P_DUR, 0}, {"trading", P_DUR, 0}, {"business", P_DUR, 0}, {"calendar", P_DUR, 0},
    {"long", P_DUR, 0}, {"extra", P_DUR, 0}, {"other", P_DUR, 0},
    /* set_expr */
    {"every", P_SET, 0}, {"each", P_SET, 0}, {"per", P_SET, 0}, {"once", P_SET, 0}, {"twice", P_SET, 0},
    /* year_ago, year_end */
    {"comparable", P_YEAR_AGO, 0}, {"corresponding", P_YEAR_AGO, 0}, {"year", P_YEAR_AGO | P_YEAR_END, 0},
};

/* Words besides the decade words and those of the tables that patterns starting at a lead
 * word read: numword's quantities, part_of_day's parts ("this morning"). */
static const char *const FOLLOW_WORDS[] = {"dozen",   "hundred",   "thousand", "and",
                                           "morning", "afternoon", "evening",  "night"};

/* Seasons, as season_of names them. */
static const struct {
    const char *w;
    const char *code;
} SEASON_WORDS[] = {{"spring", "SP"}, {"summer", "SU"}, {"fall", "FA"}, {"autumn", "FA"},
                    {"winter", "WI"}};

/* All the words of WORD_TABLES, UNIT_WORDS and the start-class tables bucketed by first
 * letter and length, built once per timex_find call from the tables themselves (so it cannot
 * drift from them), so that a token is compared with the few words of its letter and length
 * only. A word longer than LOW_MAX letters matches no token (their low is empty). */
#define N_UNIT_WORDS (sizeof UNIT_WORDS / sizeof UNIT_WORDS[0])
#define N_OF(tab) (sizeof tab / sizeof tab[0])
#define WI_MAX                                                                                 \
    (20 + 10 + 20 + 12 + 12 + 7 + N_UNIT_WORDS + N_OF(START_WORDS) + 8 + N_OF(FOLLOW_WORDS) + \
     N_OF(SEASON_WORDS) +                                                                     \
     2 * N_OF(HOLIDAYS) + N_OF(SET_ADVERBS) + 2 * N_OF(REFS) + 2 * N_OF(MOD_PHRASES))
#define WI_LEN (LOW_MAX + 1)
enum { WI_UNIT = WT_N, WI_START = WT_N + 1 }; /* wi_entry.table beyond the WT_* tables */
typedef struct wi_entry {
    const char *w;
    uint64_t head; /* w's first 8 bytes, zero-padded (wi_head): most words are compared whole
                    * by one test */
    uint8_t len;
    uint8_t table; /* WT_*, WI_UNIT for UNIT_WORDS, WI_START for a start-class word only */
    int8_t idx;
    uint16_t can;  /* start classes (P_*) of the word */
    uint16_t lead; /* those of can that read on past it (start_word.lead) */
} wi_entry;
/* A distinct word with what all its entries say, merged once when the index is built so that
 * a token's lookup is one hash probe and a copy (it was a scan of the word's letter-and-length
 * bucket, merging entries at every token). */
typedef struct wi_word {
    const char *w;
    uint64_t head; /* as wi_entry.head */
    uint8_t len;
    uint16_t can;  /* OR of the entries' start classes */
    uint16_t lead; /* the classes that read on past the word in every entry giving them */
    int8_t ix[WT_N]; /* first index in each WT_* table, or -1 */
    int8_t unit;     /* first index in UNIT_WORDS, or -1 */
} wi_word;
#define WI_SLOTS 1024 /* a power of two, four times the 256 distinct words: short probe runs */
#define N_MOD_PHRASES N_OF(MOD_PHRASES)
typedef struct word_index {
    wi_word words[WI_MAX];
    uint16_t slot[WI_SLOTS]; /* open addressing: 1 + index into words, 0 empty */
    /* MOD_PHRASES by the first letter of their first word, each letter's in table order:
     * those of letter l are mod_order[mod_start[l], mod_start[l + 1]) (modifier) */
    uint8_t mod_start[27];
    uint8_t mod_order[N_MOD_PHRASES];
} word_index;

/* Appends word w to the list e[0, *n) unless it can match no token. */
static inline void wi_add(wi_entry *e, size_t *n, const char *w, uint8_t table, int idx,
                          uint16_t can, uint16_t lead) {
    size_t len = strlen(w);
    if (len == 0 || len >= WI_LEN || w[0] < 'a' || w[0] > 'z')
        return; /* the "" placeholders of TENS_WORDS and ORDINALS */
    char head[8] = {0};
    memcpy(head, w, len < sizeof head ? len : sizeof head);
    uint64_t h;
    memcpy(&h, head, sizeof h);
    e[(*n)++] = (wi_entry){w, h, (uint8_t)len, table, (int8_t)idx, can, lead};
}

/* The first 8 bytes of w[0, len) zero-padded, as wi_add keeps them, from the 8 bytes at w
 * (readable whatever len: a token's low). The mask is len bytes of ones in memory order,
 * whatever the byte order. */
static inline uint64_t wi_head(const char *w, size_t len) {
    static const unsigned char ONES[16] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    uint64_t v, mask;
    memcpy(&v, w, sizeof v);
    memcpy(&mask, ONES + 8 - (len < 8 ? len : 8), sizeof mask);
    return v & mask;
}

static unsigned wi_slot(uint64_t head, size_t len) {
    return (unsigned)(((head ^ len) * 0x9E3779B97F4A7C15u) >> 54) & (WI_SLOTS - 1);
}

/* The word w[0, len) of x, or NULL; head is wi_head(w, len). w has at least 8 readable
 * bytes (a token's low). Inline: once or twice for every word of a document, where the call
 * cost a third. */
static inline __attribute__((always_inline)) const wi_word *wi_find_h(const word_index *x, const char *w, size_t len,
                                                                       uint64_t head) {
    if (len == 0 || len >= WI_LEN)
        return NULL;
    for (unsigned s = wi_slot(head, len);; s = (s + 1) & (WI_SLOTS - 1)) {
        unsigned k = x->slot[s];
        if (!k)
            return NULL;
        const wi_word *e = &x->words[k - 1];
        if (e->head == head && e->len == len && (len <= 8 || memcmp(e->w + 8, w + 8, len - 8) == 0))
            return e;
    }
}

/* wi_find_h, the head read from w. */
static inline __attribute__((always_inline)) const wi_word *wi_find(const word_index *x, const char *w, size_t len) {
    return wi_find_h(x, w, len, wi_head(w, len));
}

/* Lists the words table by table, then merges each word's entries in that order (so the
 * first index found in a table is the first). */
static void word_index_build(word_index *x) {
    wi_entry all[WI_MAX];
    size_t n = 0;
    for (int tb = 0; tb < WT_N; tb++)
        for (int k = 0; k < WORD_TABLES[tb].count; k++)
            wi_add(all, &n, WORD_TABLES[tb].tab[k], (uint8_t)tb, k, TABLE_CAN[tb], 0);
    for (size_t k = 0; k < N_UNIT_WORDS; k++)
        wi_add(all, &n, UNIT_WORDS[k].w, WI_UNIT, (int)k, P_DUR, 0);
    for (size_t k = 0; k < N_OF(START_WORDS); k++)
        wi_add(all, &n, START_WORDS[k].w, WI_START, -1, START_WORDS[k].can,
               START_WORDS[k].lead);
    for (int k = 2; k < 10; k++)
        wi_add(all, &n, DECADE_WORDS[k], WI_START, -1, P_FOLLOWS, 0);
    for (size_t k = 0; k < N_OF(FOLLOW_WORDS); k++)
        wi_add(all, &n, FOLLOW_WORDS[k], WI_START, -1, P_FOLLOWS, 0);
    for (size_t k = 0; k < N_OF(SEASON_WORDS); k++)
        wi_add(all, &n, SEASON_WORDS[k].w, WI_START, -1, P_COARSE | P_SEASON, 0);
    /* a holiday or reference of two or three words reads on past its first ("new year",
     * "the future") into its second */
    for (size_t k = 0; k < N_OF(HOLIDAYS); k++) {
        wi_add(all, &n, HOLIDAYS[k].a, WI_START, -1, P_HOLIDAY, HOLIDAYS[k].b ? P_HOLIDAY : 0);
        if (HOLIDAYS[k].b)
            wi_add(all, &n, HOLIDAYS[k].b, WI_START, -1, P_FOLLOWS, 0);
    }
    for (size_t k = 0; k < N_OF(SET_ADVERBS); k++)
        wi_add(all, &n, SET_ADVERBS[k].w, WI_START, -1, P_SET, 0);
    for (size_t k = 0; k < N_OF(REFS); k++) {
        wi_add(all, &n, REFS[k].a, WI_START, -1, P_REF, REFS[k].b ? P_REF : 0);
        if (REFS[k].b)
            wi_add(all, &n, REFS[k].b, WI_START, -1, P_FOLLOWS, 0);
    }
    /* a modifier phrase of two words or more reads on past its first into its second
     * (modifier_can); but "of" and "to", one word in twenty of news, are no such second
     * word and their phrases' first words ("end", "beginning", "up") always try modifier():
     * found in the index at every "of" and "to" they cost the tokenizer 0.36M instructions on
     * cnndm_dev, more than those few words' modifier() calls */
    for (size_t k = 0; k < N_OF(MOD_PHRASES); k++) {
        const char *second = MOD_PHRASES[k][1];
        bool common = second && (strcmp(second, "of") == 0 || strcmp(second, "to") == 0);
        wi_add(all, &n, MOD_PHRASES[k][0], WI_START, -1, P_MOD, second && !common ? P_MOD : 0);
        if (second && !common)
            wi_add(all, &n, second, WI_START, -1, P_MOD2, 0);
    }
    memset(x->slot, 0, sizeof x->slot);
    size_t nwords = 0;
    uint16_t stands[WI_MAX]; /* per word: the classes some entry gives without reading on */
    for (size_t k = 0; k < n; k++) {
        const wi_entry *a = &all[k];
        unsigned s = wi_slot(a->head, a->len);
        while (x->slot[s] && strcmp(x->words[x->slot[s] - 1].w, a->w) != 0)
            s = (s + 1) & (WI_SLOTS - 1);
        if (!x->slot[s]) {
            wi_word *w = &x->words[nwords];
            *w = (wi_word){a->w, a->head, a->len, 0, 0, {0}, -1};
            memset(w->ix, 0xFF, sizeof w->ix);
            stands[nwords] = 0;
            x->slot[s] = (uint16_t)++nwords;
        }
        size_t wk = x->slot[s] - 1u;
        wi_word *w = &x->words[wk];
        w->can |= a->can;
        w->lead |= a->lead;
        stands[wk] |= (uint16_t)(a->can & ~a->lead);
        int8_t *first = a->table < WT_N ? &w->ix[a->table] : a->table == WI_UNIT ? &w->unit : NULL;
        if (first && *first < 0)
            *first = a->idx;
    }
    for (size_t k = 0; k < nwords; k++)
        x->words[k].lead &= (uint16_t)~stands[k];
    /* the modifier phrases bucketed by first letter (a counting sort: table order kept) */
    memset(x->mod_start, 0, sizeof x->mod_start);
    for (size_t k = 0; k < N_MOD_PHRASES; k++)
        x->mod_start[MOD_PHRASES[k][0][0] - 'a' + 1]++;
    for (size_t l = 0; l < 26; l++)
        x->mod_start[l + 1] = (uint8_t)(x->mod_start[l + 1] + x->mod_start[l]);
    uint8_t fill[26];
    memcpy(fill, x->mod_start, sizeof fill);
    for (size_t k = 0; k < N_MOD_PHRASES; k++)
        x->mod_order[fill[MOD_PHRASES[k][0][0] - 'a']++] = (uint8_t)k;
}

/* Fills ix, unit and can of token k (see tk), whose first byte is `first` (and whose
 * wi_head is *head, when not NULL): for each table,
 * the first index holding the token's lower-case form, as index_of and unit_at used to find
 * by scanning, and the start classes. The rest of k is zero (tokenize cleared it). */
static inline __attribute__((always_inline)) void classify_piece(const word_index *x, tk *k, unsigned char first,
                                                                 const uint64_t *head) {
    memset(k->ix, 0xFF, sizeof k->ix);
    k->unit = -1;
    if (k->kind == TK_NUM) {
        k->can = NUM_CAN;
        return;
    }
    if (k->kind == TK_PUNCT) {
        if (k->end - k->start == 1 && first == '\'')
            k->can = k->lead = P_COARSE; /* "'90s": the number after it starts it */
        return;
    }
    if (k->len == 0)
        return;
    const wi_word *e = head ? wi_find_h(x, k->low, k->len, *head) : wi_find(x, k->low, k->len);
    if (e) {
        memcpy(k->ix, e->ix, sizeof k->ix);
        k->unit = e->unit;
        k->can = e->can & P_ALL;
        k->lead = e->lead;
        k->follows = (e->can & P_FOLLOWS) != 0;
        k->mod2 = (e->can & P_MOD2) != 0;
    }
    /* a weekday in the plural: "Mondays", "Tuesday nights" (set_expr) */
    if (k->len >= 7 && k->low[k->len - 1] == 's') {
        const wi_word *singular = wi_find(x, k->low, (size_t)k->len - 1);
        if (singular && singular->ix[WT_WEEKDAYS] >= 0)
            k->can |= P_SET;
    }
}

/* ------------------------------------------------------------------------------------------
 * Matching context
 * ---------------------------------------------------------------------------------------- */

typedef struct ctx {
    const char *text;
    const tk *t;
    size_t n;
    bool has_dct;
    ymd dct;
    long dct_days;
    /* the last date mentioned in the document (for "that year", "a year earlier"):
     * granularity 0 none, 1 year, 2 quarter, 3 month, 4 day; quarter in ref_q */
    int ref_gran;
    ymd ref;
    int ref_q;
    int last_q; /* the last quarter named (1..4), kept when later mentions are not quarters */
    size_t *misses; /* timex_find_unfiltered: all patterns everywhere, misses counted here */
    const word_index *words; /* the run's word index (modifier's phrases by first letter) */
} ctx;

typedef struct res {
    uint8_t type;
    bool anaphoric; /* resolved against an earlier mention: not itself a new reference */
    char value[32];
} res;

/* Look-back for tense cues before a weekday or month: a clause rarely reaches further. */
#define TENSE_WINDOW 12

/* word() past the first letter. */
static bool word_rest(const tk *k, const char *w) {
    for (size_t j = 1; j < k->len; j++)
        if (w[j] != k->low[j])
            return false;
    return w[k->len] == '\0';
}

/* Forced inline: the patterns ask it 400,000 times on 250 articles, nearly always with a
 * literal whose first letter already says no. */
static inline __attribute__((always_inline)) bool word(const ctx *c, size_t i, const char *w) {
    /* strcmp(low, w) == 0 without the call (strcmp was 6% of the brief's time): word tokens
     * are ASCII letters, so low holds len letters and no NUL (it is empty when the token is
     * longer than LOW_MAX, len 0), and the loop stops at w's end at the latest. */
    if (i >= c->n || c->t[i].kind != TK_WORD || c->t[i].low[0] != w[0])
        return false;
    return word_rest(&c->t[i], w);
}
static bool punct(const ctx *c, size_t i, char ch) {
    return i < c->n && c->t[i].kind == TK_PUNCT && c->t[i].end - c->t[i].start == 1 &&
           c->text[c->t[i].start] == ch;
}
/* Token i touches the one before it (no white space between). */
static bool joined(const ctx *c, size_t i) { return i < c->n && !c->t[i].sp; }
static bool is_num(const ctx *c, size_t i) {
    return i < c->n && c->t[i].kind == TK_NUM && !c->t[i].frac && c->t[i].num >= 0;
}
/* The index of token i in the first `count` words of the table WORD_TABLES[wt], or -1: the
 * ix memo holds the first index in the whole table, and a first match below count is the
 * first match within the prefix. */
static inline int table_at(const ctx *c, size_t i, int wt, int count) {
    if (i >= c->n || c->t[i].kind != TK_WORD || c->t[i].len == 0)
        return -1;
    int k = c->t[i].ix[wt];
    return k < count ? k : -1;
}
/* The same for other tables, by scanning them. */
static int index_of(const ctx *c, size_t i, const char *const *tab, int count) {
    if (i >= c->n || c->t[i].kind != TK_WORD || c->t[i].len == 0)
        return -1;
    for (int k = 0; k < count; k++)
        if (tab[k][0] == c->t[i].low[0] && strcmp(c->t[i].low, tab[k]) == 0)
            return k;
    return -1;
}

/* Appends ch to out[0, cap) at *n, counting it past cap (as vsnprintf counts what it cuts). */
static inline void put_ch(char *out, size_t cap, size_t *n, char ch) {
    if (*n < cap)
        out[*n] = ch;
    ++*n;
}

/* Appends v in decimal as printf's %d/%ld with the given flags: zero-padded (the 0 flag) or
 * space-padded to `width` characters, the sign before the zeros. */
static void put_num(char *out, size_t cap, size_t *n, long v, size_t width, bool zero) {
    char d[24];
    size_t k = 0;
    unsigned long mag = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
    do
        d[k++] = (char)('0' + mag % 10);
    while (mag /= 10);
    size_t len = k + (v < 0);
    size_t pad = width > len ? width - len : 0;
    for (; !zero && pad; pad--)
        put_ch(out, cap, n, ' ');
    if (v < 0)
        put_ch(out, cap, n, '-');
    for (; pad; pad--)
        put_ch(out, cap, n, '0');
    while (k)
        put_ch(out, cap, n, d[--k]);
}

/* Writes a value: vsnprintf(r->value, sizeof r->value, fmt, ...), done here for what the
 * patterns' formats hold (%s, %c, %d and %ld, with a 0 flag and a width) and by vsnprintf
 * for anything else. The patterns write some 2,800 values on cnndm_dev, most of them for
 * matches a longer one then beats, and vsnprintf cost 730 instructions a value there. */
static void setv(res *r, uint8_t type, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void setv(res *r, uint8_t type, const char *fmt, ...) {
    char out[sizeof r->value];
    size_t cap = sizeof r->value - 1, n = 0;
    bool done = true;
    va_list ap;
    va_start(ap, fmt);
    for (const char *f = fmt; *f && done; f++) {
        if (*f != '%') {
            put_ch(out, cap, &n, *f);
            continue;
        }
        bool zero = f[1] == '0';
        const char *g = f + 1 + zero;
        size_t width = 0;
        while (*g >= '0' && *g <= '9')
            width = width * 10 + (size_t)(*g++ - '0');
        bool l = *g == 'l';
        g += l;
        if (*g == 'd') {
            put_num(out, cap, &n, l ? va_arg(ap, long) : va_arg(ap, int), width, zero);
        } else if (*g == 's' && !l && !zero && !width) {
            for (const char *a = va_arg(ap, const char *); *a; a++)
                put_ch(out, cap, &n, *a);
        } else if (*g == 'c' && !l && !zero && !width) {
            put_ch(out, cap, &n, (char)va_arg(ap, int));
        } else {
            done = false;
        }
        f = g;
    }
    va_end(ap);
    if (done) {
        size_t k = n < cap ? n : cap;
        memcpy(r->value, out, k);
        r->value[k] = '\0';
    } else {
        va_start(ap, fmt);
        vsnprintf(r->value, sizeof r->value, fmt, ap);
        va_end(ap);
    }
    r->type = type;
    r->anaphoric = false;
}

/* Formats a day: "2019-04-25". */
static void put_day(res *r, uint8_t type, long days) {
    ymd d = civil_from_days(days);
    setv(r, type, "%04d-%02d-%02d", d.y, d.m, d.d);
}
static void put_week(res *r, long days, const char *suffix) {
    int wy, wn;
    iso_week(days, &wy, &wn);
    setv(r, TIMEX_DATE, "%04d-W%02d%s", wy, wn, suffix);
}

/* ------------------------------------------------------------------------------------------
 * Numbers
 * ---------------------------------------------------------------------------------------- */

/* A number written in words: "four", "twenty-four", "twenty four", "a hundred and ten". */
static size_t numword(const ctx *c, size_t i, long *v) {
    int u = table_at(c, i, WT_UNITS, 20);
    long val;
    size_t j;
    if (u >= 0) {
        val = u;
        j = i + 1;
    } else {
        int t = table_at(c, i, WT_TENS, 10);
        if (t < 0)
            return 0;
        val = t * 10;
        j = i + 1;
        if (punct(c, j, '-') && joined(c, j) && joined(c, j + 1)) {
            int u2 = table_at(c, j + 1, WT_UNITS, 10);
            if (u2 > 0) {
                val += u2;
                j += 2;
            }
        } else {
            int u2 = table_at(c, j, WT_UNITS, 10);
            if (u2 > 0) {
                val += u2;
                j++;
            }
        }
    }
    if (word(c, j, "hundred")) {
        val *= 100;
        j++;
    }
    if (word(c, j, "thousand")) {
        val *= 1000;
        j++;
    }
    *v = val;
    return j;
}

/* A quantity before a unit: digits ("2", "2.5", "2 1/2"), words, "a"/"an", and the vague
 * "a few", "several", "some", "many", "a couple of" (q = -1 for vague). */
static size_t quantity(const ctx *c, size_t i, double *q) {
    size_t j = 0;
    if (i >= c->n)
        return 0;
    const tk *k = &c->t[i];
    if (k->kind == TK_NUM && k->num >= 0 && !k->frac) {
        *q = (double)k->num;
        j = i + 1;
        /* "2 1/2" */
        if (is_num(c, j) && c->t[j].num == 1 && punct(c, j + 1, '/') && joined(c, j + 1) &&
            is_num(c, j + 2) && c->t[j + 2].num == 2 && joined(c, j + 2)) {
            *q += 0.5;
            j += 3;
        }
    } else if (k->kind == TK_NUM && k->frac) {
        /* decimals: parse the span ("2.5"); commas make it too large for a timex anyway */
        double v = 0, scale = 0;
        for (size_t p = k->start; p < k->end; p++) {
            char ch = c->text[p];
            if (ch == '.')
                scale = 1;
            else if (is_digit((unsigned char)ch)) {
                v = v * 10 + (ch - '0');
                if (scale > 0)
                    scale *= 10;
            }
        }
        *q = scale > 0 ? v / scale : v;
        j = i + 1;
    } else if (word(c, i, "a") || word(c, i, "an")) {
        if (word(c, i + 1, "few")) {
            *q = -1;
            return i + 2;
        }
        if (word(c, i + 1, "couple") && word(c, i + 2, "of")) {
            *q = 2;
            return i + 3;
        }
        if (word(c, i + 1, "dozen")) {
            *q = 12;
            return i + 2;
        }
        if (word(c, i + 1, "hundred") || word(c, i + 1, "thousand")) {
            *q = word(c, i + 1, "hundred") ? 100 : 1000;
            return i + 2;
        }
        *q = 1;
        j = i + 1;
    } else if (word(c, i, "few") || word(c, i, "several") || word(c, i, "some") ||
               word(c, i, "many")) {
        *q = -1;
        return i + 1;
    } else if (word(c, i, "couple") && word(c, i + 1, "of")) {
        *q = 2;
        return i + 2;
    } else if (word(c, i, "half") && (word(c, i + 1, "a") || word(c, i + 1, "an"))) {
        *q = 0.5;
        return i + 2;
    } else {
        long v;
        j = numword(c, i, &v);
        if (!j)
            return 0;
        *q = (double)v;
    }
    if (word(c, j, "and") && word(c, j + 1, "a") && word(c, j + 2, "half")) {
        *q += 0.5;
        j += 3;
    }
    return j;
}

/* True when word token i is written in capitals (its second byte an upper-case letter). */
static bool upper_word(const ctx *c, size_t i) {
    if (!c->t[i].cap || c->t[i].end - c->t[i].start < 2)
        return false;
    char second = c->text[c->t[i].start + 1];
    return second >= 'A' && second <= 'Z';
}

static size_t unit_at(const ctx *c, size_t i, uint8_t *u, bool *plural) {
    if (i >= c->n || c->t[i].kind != TK_WORD || c->t[i].len == 0)
        return 0;
    /* a capitalised unit after a word or number is part of a title ("ABC's \"This Week\"",
     * "60 Minutes"); upper-case text ("THIS WEEK") keeps its times */
    if (c->t[i].cap && i > 0 && c->t[i - 1].kind != TK_PUNCT && c->t[i].len > 1) {
        char second = c->text[c->t[i].start + 1];
        if (second >= 'a' && second <= 'z')
            return 0;
    }
    int k = c->t[i].unit;
    if (k < 0)
        return 0;
    *u = UNIT_WORDS[k].unit;
    *plural = UNIT_WORDS[k].plural;
    return i + 1;
}

/* Duration value for q units (q < 0: unspecified). */
static void put_duration(res *r, uint8_t type, double q, uint8_t u) {
    long n = (long)q;
    bool half = q >= 0 && q - (double)n >= 0.25;
    const char *t = "";
    char sym = 'Y';
    char hsym = 0;
    long hval = 0;
    switch (u) {
    case U_YEAR: sym = 'Y', hsym = 'M', hval = 6; break;
    case U_MONTH: sym = 'M', hsym = 'D', hval = 15; break;
    case U_WEEK: sym = 'W', hsym = 0; break;
    case U_DAY: sym = 'D'; hsym = 'H', hval = 12; break;
    case U_HOUR: t = "T", sym = 'H', hsym = 'M', hval = 30; break;
    case U_MIN: t = "T", sym = 'M', hsym = 'S', hval = 30; break;
    case U_SEC: t = "T", sym = 'S'; break;
    case U_DECADE: sym = 'Y', n *= 10, hval = 5, hsym = 'Y'; break;
    case U_CENTURY: sym = 'Y', n *= 100, hval = 50, hsym = 'Y'; break;
    case U_MILLENNIUM: sym = 'Y', n *= 1000; break;
    case U_QUARTER: sym = 'M', n *= 3; break;
    case U_WEEKEND: sym = 'D', n *= 2; break;
    case U_FORTNIGHT: sym = 'W', n *= 2; break;
    default: break;
    }
    if (q < 0) {
        const char *x = u == U_DECADE ? "DE" : u == U_CENTURY ? "CE" : u == U_QUARTER ? "Q" : NULL;
        if (x)
            setv(r, type, "PX%s", x);
        else if (u == U_WEEKEND)
            setv(r, type, "PXWE");
        else
            setv(r, type, "P%sX%c", t, sym);
        return;
    }
    if (half && n == 0 && hsym && hsym != 'Y' && hsym != 'H')
        setv(r, type, "P%s%ld%c", u == U_DAY ? "T" : t, hval, hsym); /* "half an hour" */
    else if (half && n == 0 && u == U_DAY)
        setv(r, type, "PT12H");
    else if (half && hsym == 'Y')
        setv(r, type, "P%ldY", n + hval);
    else if (half && hsym == 'H')
        setv(r, type, "P%ldDT12H", n);
    else if (half && hsym)
        setv(r, type, "P%s%ld%c%ld%c", t, n, sym, hval, hsym);
    else
        setv(r, type, "P%s%ld%c", t, n, sym);
}

/* ------------------------------------------------------------------------------------------
 * Resolution helpers
 * ---------------------------------------------------------------------------------------- */

static int quarter_of(int m) { return (m - 1) / 3 + 1; }

/* Most recent (dir < 0) or next (dir > 0) occurrence of weekday w (1..7) relative to the dct;
 * `strict` excludes the dct's own day. */
static long weekday_days(const ctx *c, int w, int dir, bool strict) {
    int dw = weekday_of(c->dct_days);
    int back = (dw - w + 7) % 7, fwd = (w - dw + 7) % 7;
    if (strict) {
        if (back == 0)
            back = 7;
        if (fwd == 0)
            fwd = 7;
    }
    return dir < 0 ? c->dct_days - back : c->dct_days + fwd;
}

/* A period after an initial or a title ("Daniel P. Davison", "Mr. Smith", "Acme Corp.") does
 * not end the sentence, so a tense cue before it still reaches the date after it. */
static bool abbrev_period(const ctx *c, size_t k) {
    static const char *const abbr[] = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen",
                                       "rep", "gov", "lt", "col", "sgt", "capt", "prof", "rev",
                                       "inc", "co", "corp", "ltd", "vs"};
    if (k == 0 || c->t[k - 1].kind != TK_WORD || !joined(c, k))
        return false;
    if (c->t[k - 1].len == 1)
        return true;
    for (size_t j = 0; j < sizeof abbr / sizeof abbr[0]; j++)
        if (word(c, k - 1, abbr[j]))
            return true;
    return false;
}

/* A future-tense cue shortly before token i in the same sentence: "will", "'ll", "shall",
 * "could", "might", "scheduled", "upcoming", "tomorrow", "expected/plans/planned/set/going/
 * is/are to", "as soon as", "as early as". Chosen on TempEval-3 TimeBank and AQUAINT weekdays:
 * bare "expected", "planned" and "until" fired as often on past events as on future ones;
 * "would" (reported future, but also habit and condition) lost 2 values on AQUAINT. */
static bool future_cue(const ctx *c, size_t i) {
    size_t lo = i > TENSE_WINDOW ? i - TENSE_WINDOW : 0;
    for (size_t k = i; k-- > lo;) {
        const tk *t = &c->t[k];
        if (t->kind == TK_PUNCT &&
            ((punct(c, k, '.') && !abbrev_period(c, k)) || punct(c, k, '!') ||
             punct(c, k, '?') || punct(c, k, ';')))
            return false;
        if (word(c, k, "will") || word(c, k, "shall") || word(c, k, "scheduled") ||
            word(c, k, "tomorrow") || word(c, k, "upcoming") || word(c, k, "could") ||
            word(c, k, "might") ||
            ((word(c, k, "expected") || word(c, k, "plans") || word(c, k, "plan") ||
              word(c, k, "planned") || word(c, k, "set") || word(c, k, "going") ||
              word(c, k, "is") || word(c, k, "are")) &&
             word(c, k + 1, "to")) ||
            ((word(c, k, "soon") || word(c, k, "early")) && word(c, k - 1, "as") &&
             word(c, k + 1, "as")) ||
            (word(c, k, "ll") && k > 0 && punct(c, k - 1, '\'')))
            return true;
        if (t->nl)
            return false;
    }
    return false;
}

/* Month m (1..12) without a year. News reports the past more than it announces the future,
 * so the window around the dct reaches further back (9 months) than ahead (3 months) unless
 * a future-tense cue precedes, which makes it the next occurrence. The window sizes were
 * chosen on TempEval-3 TimeBank (see benchmarks/timex.c). */
static int year_for_month(const ctx *c, int m, int d, bool future) {
    int y = c->dct.y;
    int diff = (m - c->dct.m) * 31 + (d ? d - c->dct.d : 0);
    if (future)
        return diff < 0 ? y + 1 : y;
    if (diff > 3 * 31)
        return y - 1;
    if (diff < -9 * 31)
        return y + 1;
    return y;
}

/* Formats month/day with resolution: d == 0 means month precision. */
static void put_month_day(const ctx *c, res *r, int y, int m, int d, size_t at) {
    if (y < 0 && c->has_dct)
        y = year_for_month(c, m, d, future_cue(c, at));
    if (y < 0) {
        if (d)
            setv(r, TIMEX_DATE, "XXXX-%02d-%02d", m, d);
        else
            setv(r, TIMEX_DATE, "XXXX-%02d", m);
    } else if (d) {
        setv(r, TIMEX_DATE, "%04d-%02d-%02d", y, m, d);
    } else {
        setv(r, TIMEX_DATE, "%04d-%02d", y, m);
    }
}

/* Shifts the dct by n units and formats it at the unit's granularity (for "ago", "last"). */
static void put_shifted(const ctx *c, res *r, long n, uint8_t u) {
    if (!c->has_dct) {
        switch (u) {
        case U_YEAR: setv(r, TIMEX_DATE, "XXXX"); break;
        case U_MONTH: setv(r, TIMEX_DATE, "XXXX-XX"); break;
        case U_WEEK: setv(r, TIMEX_DATE, "XXXX-WXX"); break;
        case U_WEEKEND: setv(r, TIMEX_DATE, "XXXX-WXX-WE"); break;
        case U_QUARTER: setv(r, TIMEX_DATE, "XXXX-QX"); break;
        case U_DECADE: setv(r, TIMEX_DATE, "XXX"); break;
        case U_CENTURY: setv(r, TIMEX_DATE, "XX"); break;
        default: setv(r, TIMEX_DATE, "XXXX-XX-XX"); break;
        }
        return;
    }
    ymd d = c->dct;
    switch (u) {
    case U_YEAR: setv(r, TIMEX_DATE, "%04ld", d.y + n); break;
    case U_MONTH: {
        long mm = (long)d.y * 12 + (d.m - 1) + n;
        setv(r, TIMEX_DATE, "%04ld-%02ld", mm / 12, mm % 12 + 1);
        break;
    }
    case U_QUARTER: {
        long qq = (long)d.y * 4 + (quarter_of(d.m) - 1) + n;
        setv(r, TIMEX_DATE, "%04ld-Q%ld", qq / 4, qq % 4 + 1);
        break;
    }
    case U_WEEK: put_week(r, c->dct_days + 7 * n, ""); break;
    case U_FORTNIGHT: put_week(r, c->dct_days + 14 * n, ""); break;
    case U_WEEKEND: put_week(r, c->dct_days + 7 * n, "-WE"); break;
    case U_DECADE: setv(r, TIMEX_DATE, "%03ld", d.y / 10 + n); break;
    case U_CENTURY: setv(r, TIMEX_DATE, "%02ld", d.y / 100 + n); break;
    case U_MILLENNIUM: setv(r, TIMEX_DATE, "%ld", d.y / 1000 + n); break;
    case U_HOUR:
    case U_MIN:
    case U_SEC: put_day(r, TIMEX_DATE, c->dct_days); break;
    default: put_day(r, TIMEX_DATE, c->dct_days + n); break;
    }
}

/* Granularity a unit needs from a reference date (see ctx.ref_gran). */
static int unit_gran(uint8_t u) {
    switch (u) {
    case U_YEAR: case U_DECADE: case U_CENTURY: case U_MILLENNIUM: return 1;
    case U_QUARTER: return 2;
    case U_MONTH: return 3;
    default: return 4;
    }
}

/* Shifts the last mentioned date by n units ("a year earlier", "the following month",
 * "that day") and writes it at the unit's granularity, or at the quarter when the mention was
 * a quarter and the shift is in years ("net rose from a year earlier" after "the third
 * quarter" means the third quarter of the year before). Returns false when no mention is fine
 * enough, so the caller falls back to the dct. */
static bool from_ref(const ctx *c, res *r, long n, uint8_t u) {
    if (c->ref_gran == 0)
        return false;
    if (c->ref_gran == 2 && u == U_YEAR) {
        setv(r, TIMEX_DATE, "%04ld-Q%d", c->ref.y + n, c->ref_q);
        return true;
    }
    if (c->ref_gran == 2 && u == U_QUARTER) {
        long qq = (long)c->ref.y * 4 + (c->ref_q - 1) + n;
        setv(r, TIMEX_DATE, "%04ld-Q%ld", qq / 4, qq % 4 + 1);
        return true;
    }
    int need = unit_gran(u);
    if (c->ref_gran < need || (c->ref_gran == 2 && need > 2))
        return false;
    switch (u) {
    case U_YEAR: setv(r, TIMEX_DATE, "%04ld", c->ref.y + n); return true;
    case U_DECADE: setv(r, TIMEX_DATE, "%03ld", c->ref.y / 10 + n); return true;
    case U_MONTH: {
        long mm = (long)c->ref.y * 12 + (c->ref.m - 1) + n;
        setv(r, TIMEX_DATE, "%04ld-%02ld", mm / 12, mm % 12 + 1);
        return true;
    }
    case U_QUARTER: {
        long qq = (long)c->ref.y * 4 + (quarter_of(c->ref.m) - 1) + n;
        setv(r, TIMEX_DATE, "%04ld-Q%ld", qq / 4, qq % 4 + 1);
        return true;
    }
    case U_WEEK:
        put_week(r, days_from_civil(c->ref.y, c->ref.m, c->ref.d) + 7 * n, "");
        return true;
    case U_DAY:
        put_day(r, TIMEX_DATE, days_from_civil(c->ref.y, c->ref.m, c->ref.d) + n);
        return true;
    default: return false;
    }
}

static bool put_from_ref(const ctx *c, res *r, long n, uint8_t u) {
    if (!from_ref(c, r, n, u))
        return false;
    r->anaphoric = true;
    return true;
}

/* Records a resolved calendar value as the reference for later anaphoric expressions. */
static void note_ref(ctx *c, const char *v) {
    for (int k = 0; k < 4; k++)
        if (!is_digit((unsigned char)v[k]))
            return;
    int y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
    if (v[4] == '\0') {
        c->ref_gran = 1, c->ref.y = y;
    } else if (v[4] == '-' && v[5] == 'Q' && is_digit((unsigned char)v[6])) {
        c->ref_gran = 2, c->ref.y = y, c->ref_q = c->last_q = v[6] - '0';
    } else if (v[4] == '-' && is_digit((unsigned char)v[5]) && is_digit((unsigned char)v[6])) {
        c->ref.y = y;
        c->ref.m = (v[5] - '0') * 10 + (v[6] - '0');
        if (v[7] == '-' && is_digit((unsigned char)v[8]) && is_digit((unsigned char)v[9])) {
            c->ref.d = (v[8] - '0') * 10 + (v[9] - '0');
            c->ref_gran = 4;
        } else {
            c->ref_gran = 3;
        }
        c->ref_q = quarter_of(c->ref.m);
    }
}

/* ------------------------------------------------------------------------------------------
 * Pieces: years, days, months, weekdays, parts of day
 * ---------------------------------------------------------------------------------------- */

/* Words that, after a four-digit number, show it counts things rather than naming a year. */
static bool counted_noun(const ctx *c, size_t j) {
    if (j >= c->n || c->t[j].kind != TK_WORD || c->t[j].len < 3 || c->t[j].cap)
        return false;
    const char *w = c->t[j].low;
    size_t l = c->t[j].len;
    static const char *const irregular[] = {"people", "men", "women", "children", "police",
                                            "feet", "cattle", "sheep", "staff", "persons"};
    for (size_t k = 0; k < sizeof irregular / sizeof irregular[0]; k++)
        if (strcmp(w, irregular[k]) == 0)
            return true;
    if (w[l - 1] != 's' || w[l - 2] == 's' || w[l - 2] == 'u' || w[l - 2] == 'i')
        return false; /* "less", "plus", "this", "was" are not plural nouns */
    static const char *const not_nouns[] = {"was", "has", "does", "goes", "as", "its",
                                            "always", "towards", "afterwards", "besides",
                                            "whereas", "perhaps", "sales", "results",
                                            "levels", "prices", "figures", "earnings",
                                            "elections", "games", "olympics", "rates"};
    for (size_t k = 0; k < sizeof not_nouns / sizeof not_nouns[0]; k++)
        if (strcmp(w, not_nouns[k]) == 0)
            return false;
    return true;
}

/* A year written in digits (four digits, 1000..2999) or in words ("nineteen ninety-six",
 * "two thousand"). `loose` admits bare four-digit numbers that only look like years. */
static size_t year_at(const ctx *c, size_t i, int *y, bool loose) {
    if (i >= c->n)
        return 0;
    const tk *k = &c->t[i];
    if (k->kind == TK_NUM && !k->frac && k->ndig == 4 && k->num >= 1000 && k->num <= 2999) {
        if (loose) {
            if (k->num < 1600 || k->num > 2100)
                return 0;
            if (i > 0 && (punct(c, i - 1, '$') || punct(c, i - 1, '#')) && joined(c, i))
                return 0;
            if (punct(c, i + 1, '%') || word(c, i + 1, "percent") || counted_noun(c, i + 1))
                return 0;
            /* part of a larger figure or a code: "1990-1", "1990.5", "A1990" */
            if (i > 0 && joined(c, i) && c->t[i - 1].kind == TK_WORD)
                return 0;
            if (joined(c, i + 1) && i + 1 < c->n && c->t[i + 1].kind == TK_WORD &&
                !word(c, i + 1, "s"))
                return 0;
        }
        *y = (int)k->num;
        return i + 1;
    }
    /* "nineteen ninety-six", "nineteen eighty", "eighteen twelve" */
    int cent = table_at(c, i, WT_UNITS, 20);
    if (cent >= 11 && cent <= 19) {
        long v;
        size_t j = numword(c, i + 1, &v);
        if (j && v >= 10 && v <= 99 && table_at(c, i + 1, WT_UNITS, 20) != 0) {
            *y = cent * 100 + (int)v;
            return j;
        }
        if (word(c, i + 1, "hundred")) {
            *y = cent * 100;
            return i + 2;
        }
    }
    /* "two thousand", "two thousand and one" */
    if (word(c, i, "two") && word(c, i + 1, "thousand")) {
        size_t j = i + 2;
        int add = 0;
        size_t jj = word(c, j, "and") ? j + 1 : j;
        long v;
        size_t e = numword(c, jj, &v);
        if (e && v > 0 && v < 100) {
            add = (int)v;
            j = e;
        }
        *y = 2000 + add;
        return j;
    }
    return 0;
}

/* Day of month: "25", "25th", "twenty-fifth", "eighth". */
static size_t day_at(const ctx *c, size_t i, int *d) {
    if (is_num(c, i) && c->t[i].ndig <= 2 && c->t[i].num >= 1 && c->t[i].num <= 31) {
        size_t j = i + 1;
        if (joined(c, j) && (word(c, j, "st") || word(c, j, "nd") || word(c, j, "rd") ||
                             word(c, j, "th")))
            j++;
        *d = (int)c->t[i].num;
        return j;
    }
    int o = table_at(c, i, WT_ORDINALS, 20);
    if (o > 0) {
        *d = o;
        return i + 1;
    }
    if (word(c, i, "twentieth") || word(c, i, "thirtieth")) {
        *d = word(c, i, "twentieth") ? 20 : 30;
        return i + 1;
    }
    int t = table_at(c, i, WT_TENS, 4);
    if (t >= 2 && punct(c, i + 1, '-') && joined(c, i + 1)) {
        int o2 = table_at(c, i + 2, WT_ORDINALS, 10);
        if (o2 > 0 && t * 10 + o2 <= 31) {
            *d = t * 10 + o2;
            return i + 3;
        }
    }
    return 0;
}

/* Month name or abbreviation ("Sept.", "Aug"). `strict` asks for evidence that "may" and
 * "march" are months; callers pass false when a day or year follows. */
static size_t month_at(const ctx *c, size_t i, int *m) {
    int k = table_at(c, i, WT_MONTHS, 12);
    if (k >= 0) {
        *m = k + 1;
        return i + 1;
    }
    if (i >= c->n || c->t[i].kind != TK_WORD)
        return 0;
    k = table_at(c, i, WT_MONTH_ABBR, 12);
    if (k < 0 && (word(c, i, "sept") || word(c, i, "febr")))
        k = word(c, i, "sept") ? 8 : 1;
    if (k < 0 || k == 4 || !c->t[i].cap)
        return 0;
    *m = k + 1;
    if (punct(c, i + 1, '.') && joined(c, i + 1))
        return i + 2;
    /* "Jan" without a period is more often a name: demand a number after it */
    if (i + 1 < c->n && c->t[i + 1].kind == TK_NUM)
        return i + 1;
    return 0;
}

/* A month name standing alone needs a capital, and "May"/"March" need more: a preposition or
 * a modifier before them. */
static bool lone_month_ok(const ctx *c, size_t i, int m) {
    if (!c->t[i].cap)
        return false;
    if (m != 3 && m != 5)
        return true;
    if (i == 0)
        return false;
    static const char *const before[] = {"in",   "since", "until", "till",   "by",   "of",
                                         "from", "through", "last", "next",  "this", "early",
                                         "late", "mid",   "during", "before", "after", "end",
                                         "to",   "between", "and", "beginning", "middle",
                                         "for", "that", "each", "every", "the"};
    for (size_t k = 0; k < sizeof before / sizeof before[0]; k++)
        if (word(c, i - 1, before[k]))
            return true;
    return false;
}

static size_t weekday_at(const ctx *c, size_t i, int *w) {
    int k = table_at(c, i, WT_WEEKDAYS, 7);
    if (k < 0)
        return 0;
    *w = k + 1;
    return i + 1;
}

/* Part of day after a day expression: "morning" -> "MO". */
static size_t part_of_day(const ctx *c, size_t i, const char **code) {
    if (word(c, i, "morning"))
        *code = "MO";
    else if (word(c, i, "afternoon"))
        *code = "AF";
    else if (word(c, i, "evening"))
        *code = "EV";
    else if (word(c, i, "night"))
        *code = "NI";
    else
        return 0;
    return i + 1;
}

/* ------------------------------------------------------------------------------------------
 * Day expressions (a day that may carry a part of day): weekdays, month-day(-year),
 * today/yesterday/tomorrow, ISO and slashed dates. Writes the day value (no time part).
 * ---------------------------------------------------------------------------------------- */

/* Resolves weekday w with a relation word before it (rel: 0 none, -1 last, +1 next, 2 this). */
static void put_weekday(const ctx *c, res *r, int w, int rel, size_t at) {
    if (!c->has_dct) {
        setv(r, TIMEX_DATE, "XXXX-WXX-%d", w);
        return;
    }
    long days;
    if (rel == -1)
        days = weekday_days(c, w, -1, true);
    else if (rel == 1)
        days = weekday_days(c, w, +1, true);
    else if (future_cue(c, at))
        days = weekday_days(c, w, +1, false);
    else
        days = weekday_days(c, w, -1, false);
    put_day(r, TIMEX_DATE, days);
}

/* month-day[-year] or day-month[-year] starting at i; returns end and fills r. */
static size_t calendar_day(const ctx *c, size_t i, res *r) {
    int m, d, y = -1;
    size_t j = month_at(c, i, &m);
    if (j) {
        size_t e = day_at(c, j, &d);
        /* "April 25" but not "May 2019" or "April 25,000" */
        if (e && !(is_num(c, j) && c->t[j].ndig > 2) && d <= days_in_month(2000, m)) {
            size_t k = e;
            if (punct(c, k, ',') && year_at(c, k + 1, &y, false))
                k = year_at(c, k + 1, &y, false);
            else if (year_at(c, k, &y, false))
                k = year_at(c, k, &y, false);
            else
                y = -1;
            put_month_day(c, r, y, m, d, i);
            return k;
        }
        return 0;
    }
    /* "25 April 2019", "25th of April" */
    size_t e = day_at(c, i, &d);
    if (e && is_num(c, i)) {
        size_t k = word(c, e, "of") ? e + 1 : e;
        size_t f = month_at(c, k, &m);
        if (f && d <= days_in_month(2000, m)) {
            if (punct(c, f, ',') && year_at(c, f + 1, &y, false))
                f = year_at(c, f + 1, &y, false);
            else if (year_at(c, f, &y, false))
                f = year_at(c, f, &y, false);
            put_month_day(c, r, y, m, d, i);
            return f;
        }
    }
    return 0;
}

/* Numeric dates: 2019-04-25, 2019/04/25, 25/04/2019, 04/25/2019, 4/25/19. */
static size_t numeric_date(const ctx *c, size_t i, res *r) {
    if (!is_num(c, i))
        return 0;
    char sep = 0;
    if (punct(c, i + 1, '-'))
        sep = '-';
    else if (punct(c, i + 1, '/'))
        sep = '/';
    else if (punct(c, i + 1, '.'))
        sep = '.';
    if (!sep || !joined(c, i + 1) || !is_num(c, i + 2) || !joined(c, i + 2) ||
        !punct(c, i + 3, sep) || !joined(c, i + 3) || !is_num(c, i + 4) || !joined(c, i + 4))
        return 0;
    /* a fourth part ("1-2-3-4") is a code, not a date */
    if (joined(c, i + 5) &&
        (punct(c, i + 5, sep) || (i + 5 < c->n && c->t[i + 5].kind != TK_PUNCT)))
        return 0;
    const tk *a = &c->t[i], *b = &c->t[i + 2], *e = &c->t[i + 4];
    int y, m, d;
    if (a->ndig == 4) {
        y = (int)a->num, m = (int)b->num, d = (int)e->num;
    } else if (e->ndig == 4 || (e->ndig == 2 && sep == '/')) {
        y = (int)e->num;
        if (e->ndig == 2)
            y += y < 50 ? 2000 : 1900;
        if (a->num > 12) /* day first: 25/04/2019 */
            d = (int)a->num, m = (int)b->num;
        else /* month first when ambiguous: the US order of most English news */
            m = (int)a->num, d = (int)b->num;
    } else {
        return 0;
    }
    if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return 0;
    setv(r, TIMEX_DATE, "%04d-%02d-%02d", y, m, d);
    size_t j = i + 5;
    /* ISO time: 2019-04-25T17:00 */
    if (sep == '-' && joined(c, j) && j < c->n && c->t[j].kind == TK_WORD &&
        c->t[j].low[0] == 't' && c->t[j].len == 1 && is_num(c, j + 1) && joined(c, j + 1) &&
        punct(c, j + 2, ':') && is_num(c, j + 3) && joined(c, j + 3)) {
        long hh = c->t[j + 1].num, mm = c->t[j + 3].num;
        if (hh <= 24 && mm < 60) {
            setv(r, TIMEX_TIME, "%04d-%02d-%02dT%02ld:%02ld", y, m, d, hh, mm);
            j += 4;
            if (punct(c, j, ':') && is_num(c, j + 1) && joined(c, j + 1))
                j += 2;
        }
    }
    return j;
}

/* Any single-day expression: a weekday (with "last/next/this" already consumed by the caller
 * through rel), a calendar date, today/yesterday/tomorrow. The day is written to r as DATE
 * and its day count to *days (or -1 when unresolved). */
static size_t day_expr(const ctx *c, size_t i, res *r, int rel) {
    int w;
    size_t j = weekday_at(c, i, &w);
    if (j) {
        /* "Friday, April 25" / "Friday Oct. 13": the calendar date wins */
        size_t k = punct(c, j, ',') ? j + 1 : j;
        res r2 = {0};
        size_t e = calendar_day(c, k, &r2);
        if (e) {
            *r = r2;
            return e;
        }
        put_weekday(c, r, w, rel, i);
        return j;
    }
    if (rel)
        return 0;
    if (word(c, i, "the") && word(c, i + 1, "day") &&
        ((word(c, i + 2, "before") && word(c, i + 3, "yesterday")) ||
         (word(c, i + 2, "after") && word(c, i + 3, "tomorrow")))) {
        if (c->has_dct)
            put_day(r, TIMEX_DATE, c->dct_days + (word(c, i + 2, "before") ? -2 : 2));
        else
            setv(r, TIMEX_DATE, "XXXX-XX-XX");
        return i + 4;
    }
    if (word(c, i, "today") || word(c, i, "yesterday") || word(c, i, "tomorrow")) {
        /* "USA Today", "VOA Today": a capitalised word before a capitalised "Today" makes
         * them one name */
        if (c->t[i].cap && i > 0 && c->t[i - 1].kind == TK_WORD && c->t[i - 1].cap &&
            c->t[i].len > 1 && c->text[c->t[i].start + 1] >= 'a' &&
            c->text[c->t[i].start + 1] <= 'z')
            return 0;
        /* ... and so do capitals before a "TODAY" in capitals in lower-case text ("a USA
         * TODAY investigation found"; a headline in capitals, "STORMS HIT TODAY.", keeps it) */
        if (i > 0 && c->t[i - 1].kind == TK_WORD && upper_word(c, i) && upper_word(c, i - 1) && i + 1 < c->n &&
            c->t[i + 1].kind == TK_WORD && !c->t[i + 1].cap)
            return 0;
        long off = word(c, i, "today") ? 0 : word(c, i, "yesterday") ? -1 : 1;
        if (c->has_dct)
            put_day(r, TIMEX_DATE, c->dct_days + off);
        else
            setv(r, TIMEX_DATE, "XXXX-XX-XX");
        return i + 1;
    }
    if ((j = calendar_day(c, i, r)))
        return j;
    return numeric_date(c, i, r);
}

/* Appends a time part ("T17:00", "TMO") to a day value. */
static void add_time(res *r, const char *time) {
    size_t l = strlen(r->value);
    snprintf(r->value + l, sizeof r->value - l, "%s", time);
    r->type = TIMEX_TIME;
}

/* ------------------------------------------------------------------------------------------
 * Clock times: "5 p.m.", "10:35 a.m. EST", "noon", "midnight", "17:00", "4 in the morning",
 * optionally followed by a day ("10 p.m. Wednesday").
 * ---------------------------------------------------------------------------------------- */

static size_t ampm(const ctx *c, size_t i, int *pm) {
    /* "a.m." "p.m." "a.m" "am" "pm" "A.M." */
    if ((word(c, i, "a") || word(c, i, "p")) && punct(c, i + 1, '.') && joined(c, i + 1) &&
        word(c, i + 2, "m") && joined(c, i + 2)) {
        *pm = word(c, i, "p");
        size_t j = i + 3;
        if (punct(c, j, '.') && joined(c, j))
            j++;
        return j;
    }
    if (word(c, i, "am") || word(c, i, "pm")) {
        /* "am" alone is the verb: demand it touch the number or be upper case */
        if (word(c, i, "am") && c->t[i].sp && !(c->t[i].cap && c->text[c->t[i].start + 1] == 'M'))
            return 0;
        *pm = word(c, i, "pm");
        return i + 1;
    }
    return 0;
}

static size_t clock_time(const ctx *c, size_t i, res *r) {
    int hh = -1, mm = 0;
    size_t j = 0;
    const char *fixed = NULL;
    if (word(c, i, "noon") && i > 0 && word(c, i - 1, "high"))
        return 0; /* "high noon": a moment of decision, and a film */
    if (word(c, i, "noon") || word(c, i, "midday")) {
        fixed = "T12:00";
        j = i + 1;
    } else if (is_num(c, i) && c->t[i].num == 12 && word(c, i + 1, "noon")) {
        fixed = "T12:00";
        j = i + 2;
    } else if (word(c, i, "midnight")) {
        fixed = "T24:00";
        j = i + 1;
    } else if (is_num(c, i) && c->t[i].ndig <= 2 && c->t[i].num <= 24) {
        hh = (int)c->t[i].num;
        j = i + 1;
        bool colon = false;
        if (punct(c, j, ':') && joined(c, j) && is_num(c, j + 1) && joined(c, j + 1) &&
            c->t[j + 1].ndig == 2 && c->t[j + 1].num < 60) {
            mm = (int)c->t[j + 1].num;
            j += 2;
            colon = true;
        }
        int pm;
        size_t e = ampm(c, j, &pm);
        if (e && hh >= 1 && hh <= 12) {
            if (pm && hh < 12)
                hh += 12;
            else if (!pm && hh == 12)
                hh = 0;
            j = e;
        } else if (word(c, j, "o") && punct(c, j + 1, '\'') && word(c, j + 2, "clock") &&
                   hh <= 12) {
            j += 3;
        } else if (word(c, j, "in") && word(c, j + 1, "the") && hh >= 1 && hh <= 12 &&
                   (word(c, j + 2, "morning") || word(c, j + 2, "afternoon") ||
                    word(c, j + 2, "evening"))) {
            if (!word(c, j + 2, "morning") && hh < 12)
                hh += 12;
            j += 3;
        } else if (!colon) {
            return 0;
        } else if (hh > 23 || (i > 0 && (word(c, i - 1, "by") || word(c, i - 1, "of")))) {
            return 0; /* "a 3:15 ratio", scores, verses */
        }
    } else {
        return 0;
    }
    /* time zone */
    static const char *const zones[] = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst",
                                        "pdt", "gmt", "utc", "bst", "cet", "cest"};
    for (size_t k = 0; k < sizeof zones / sizeof zones[0]; k++)
        if (word(c, j, zones[k]) && c->t[j].cap) {
            j++;
            break;
        }
    char tm[16];
    if (fixed)
        snprintf(tm, sizeof tm, "%s", fixed);
    else
        snprintf(tm, sizeof tm, "T%02d:%02d", hh, mm);
    /* a day right after: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9" */
    size_t k = punct(c, j, ',') ? j + 1 : j;
    res d = {0};
    int dummy;
    size_t e = (k < c->n && !c->t[k].nl) ? day_expr(c, k, &d, 0) : 0;
    /* after a comma only a named day or date belongs to the time, not "yesterday" or "the
     * day before" that start the next item of a list */
    if (e && k > j && !month_at(c, k, &dummy) && !weekday_at(c, k, &dummy))
        e = 0;
    if (e) {
        *r = d;
        add_time(r, tm);
        return e;
    }
    if (c->ref_gran == 4)
        put_day(r, TIMEX_TIME, days_from_civil(c->ref.y, c->ref.m, c->ref.d));
    else if (c->has_dct)
        put_day(r, TIMEX_TIME, c->dct_days);
    else
        r->value[0] = '\0';
    add_time(r, tm);
    return j;
}

/* ------------------------------------------------------------------------------------------
 * Calendar units larger than a day: years, decades, centuries, quarters, halves, seasons
 * ---------------------------------------------------------------------------------------- */

static int season_of(const ctx *c, size_t i, const char **code) {
    /* a season word has P_SEASON among its start classes (the word index gives it): most
     * pieces asked are not one */
    if (i >= c->n || !(c->t[i].can & P_SEASON))
        return 0;
    for (size_t k = 0; k < N_OF(SEASON_WORDS); k++)
        if (word(c, i, SEASON_WORDS[k].w)) {
            *code = SEASON_WORDS[k].code;
            return 1;
        }
    return 0;
}
static int season_index(const char *code) {
    return code[0] == 'W' ? 0 : code[0] == 'S' && code[1] == 'P' ? 1 : code[0] == 'S' ? 2 : 3;
}
static int dct_season(const ctx *c) {
    int m = c->dct.m;
    return (m == 12 || m <= 2) ? 0 : m <= 5 ? 1 : m <= 8 ? 2 : 3;
}

/* "the 1990s", "1990s", "'90s", "the nineties", "the late 1980s" (modifier consumed by the
 * caller when it stands before "the"). Returns end; value is the decade ("199"). */
static size_t decade_at(const ctx *c, size_t i, res *r) {
    size_t j = i;
    if (word(c, j, "the"))
        j++;
    if (word(c, j, "early") || word(c, j, "late") || word(c, j, "mid")) {
        j++;
        if (punct(c, j, '-') && joined(c, j))
            j++;
    }
    if (is_num(c, j) && c->t[j].ndig == 4 && c->t[j].num % 10 == 0 && word(c, j + 1, "s") &&
        joined(c, j + 1)) {
        setv(r, TIMEX_DATE, "%03ld", c->t[j].num / 10);
        return j + 2;
    }
    if (punct(c, j, '\'') && is_num(c, j + 1) && c->t[j + 1].ndig == 2 &&
        c->t[j + 1].num % 10 == 0 && joined(c, j + 1) && word(c, j + 2, "s") && joined(c, j + 2)) {
        setv(r, TIMEX_DATE, "19%ld", c->t[j + 1].num / 10);
        return j + 3;
    }
    /* the decade words carry P_FOLLOWS (the word index gives it): most pieces are none */
    int d = j < c->n && c->t[j].follows ? index_of(c, j, DECADE_WORDS, 10) : -1;
    if (d >= 2 && j > i) {
        setv(r, TIMEX_DATE, "19%d", d);
        return j + 1;
    }
    return 0;
}

/* "the 20th century", "the nineteenth century" -> "19". */
static size_t century_at(const ctx *c, size_t i, res *r) {
    size_t j = i;
    if (word(c, j, "the"))
        j++;
    int n = 0;
    size_t e = 0;
    if (is_num(c, j) && c->t[j].ndig <= 2 && joined(c, j + 1) &&
        (word(c, j + 1, "th") || word(c, j + 1, "st") || word(c, j + 1, "nd") ||
         word(c, j + 1, "rd"))) {
        n = (int)c->t[j].num;
        e = j + 2;
    } else if ((e = day_at(c, j, &n)) && !is_num(c, j)) {
        /* ordinal word */
    } else {
        return 0;
    }
    if (n < 1 || n > 30)
        return 0;
    if (punct(c, e, '-') && joined(c, e))
        e++;
    if (!word(c, e, "century"))
        return 0;
    setv(r, TIMEX_DATE, "%02d", n - 1);
    return e + 1;
}

/* Ordinal quarter: "third", "3rd", "fourth". */
static size_t quarter_ord(const ctx *c, size_t i, int *q) {
    /* "first" .. "fourth" are ORDINALS[1, 5) */
    int k = table_at(c, i, WT_ORDINALS, 5);
    if (k > 0) {
        *q = k;
        return i + 1;
    }
    if (is_num(c, i) && c->t[i].num >= 1 && c->t[i].num <= 4 && joined(c, i + 1) &&
        (word(c, i + 1, "st") || word(c, i + 1, "nd") || word(c, i + 1, "rd") ||
         word(c, i + 1, "th"))) {
        *q = (int)c->t[i].num;
        return i + 2;
    }
    return 0;
}

/* Year for a quarter, half or season named without one: the dct's, except that a fourth
 * quarter named early in the year is most likely the one just ended. */
static int year_for_quarter(const ctx *c, int q) {
    if (q == 4 && c->dct.m <= 2)
        return c->dct.y - 1;
    return c->dct.y;
}

/* "[the] [fiscal] third[-]quarter [of|,] [1984]", "Q3 [2019]", "[the] first half [of 1990]". */
static size_t quarter_at(const ctx *c, size_t i, res *r) {
    size_t j = i;
    int y = -1;
    bool the = false;
    if (word(c, j, "the")) {
        j++;
        the = true;
    }
    /* "the 1988 third quarter", "1990's first quarter" */
    int y0;
    size_t ye = year_at(c, j, &y0, false);
    if (ye) {
        size_t k = ye;
        if (punct(c, k, '\'') && word(c, k + 1, "s") && joined(c, k) && joined(c, k + 1))
            k += 2;
        int q0;
        size_t qe = quarter_ord(c, k, &q0);
        if (qe && (word(c, qe, "quarter") || (punct(c, qe, '-') && word(c, qe + 1, "quarter")))) {
            size_t e = word(c, qe, "quarter") ? qe + 1 : qe + 2;
            setv(r, TIMEX_DATE, "%04d-Q%d", y0, q0);
            return e;
        }
    }
    /* "this year's third quarter", "next year's first half" */
    int yrel = 99;
    if ((word(c, j, "this") || word(c, j, "last") || word(c, j, "next")) &&
        word(c, j + 1, "year") && punct(c, j + 2, '\'') && word(c, j + 3, "s")) {
        yrel = word(c, j, "this") ? 0 : word(c, j, "last") ? -1 : 1;
        j += 4;
    }
    if (word(c, j, "fiscal"))
        j++;
    int q = 0;
    bool half = false;
    size_t e = 0;
    if (word(c, j, "last") && word(c, j + 1, "half")) {
        q = 2;
        half = true;
        e = j + 2;
    } else if (word(c, j, "q") && c->t[j].cap && is_num(c, j + 1) && joined(c, j + 1) &&
        c->t[j + 1].num >= 1 && c->t[j + 1].num <= 4 && c->t[j + 1].ndig == 1) {
        q = (int)c->t[j + 1].num;
        e = j + 2;
    } else if ((e = quarter_ord(c, j, &q))) {
        size_t k = e;
        if (punct(c, k, '-') && joined(c, k)) {
            /* "the third-quarter results": the determiner belongs to the noun */
            if (the && yrel == 99 && j == i + 1)
                return 0;
            k++;
        }
        if (word(c, k, "fiscal"))
            k++;
        if (punct(c, k, '-') && joined(c, k))
            k++;
        if (word(c, k, "quarter")) {
            e = k + 1;
        } else if (word(c, k, "half") && q <= 2) {
            half = true;
            e = k + 1;
        } else {
            return 0;
        }
    } else {
        return 0;
    }
    /* year after: "of 1984", "1984", ", 1984", "of fiscal 1990" */
    size_t k = e;
    if (word(c, k, "of") || punct(c, k, ','))
        k++;
    if (word(c, k, "fiscal"))
        k++;
    size_t f = yrel == 99 ? year_at(c, k, &y, false) : 0;
    if (f)
        e = f;
    else
        y = -1;
    if (yrel != 99 && c->has_dct)
        y = c->dct.y + yrel;
    else if (yrel != 99 && j > i)
        y = -1;
    if (y < 0 && c->has_dct && yrel == 99)
        y = half ? c->dct.y : year_for_quarter(c, q);
    if (y < 0)
        setv(r, TIMEX_DATE, half ? "XXXX-H%d" : "XXXX-Q%d", q);
    else
        setv(r, TIMEX_DATE, half ? "%04d-H%d" : "%04d-Q%d", y, q);
    return e;
}

/* Absolute dates coarser than a day: "July 1997", "fiscal 1998", "summer of 1994", "1990",
 * "mid-1996" (the "mid" consumed by the caller), decades, centuries, quarters, a lone month. */
static size_t coarse_date(const ctx *c, size_t i, res *r) {
    size_t best = 0;
    res tmp;
    size_t e;
    int m, y;
    if ((e = decade_at(c, i, &tmp)) > best)
        best = e, *r = tmp;
    if ((e = century_at(c, i, &tmp)) > best)
        best = e, *r = tmp;
    if ((e = quarter_at(c, i, &tmp)) > best)
        best = e, *r = tmp;
    if (best)
        return best;
    /* fiscal year */
    if (word(c, i, "fiscal") || word(c, i, "fy")) {
        size_t k = i + 1;
        if (word(c, k, "year"))
            k++;
        if ((e = year_at(c, k, &y, false))) {
            setv(r, TIMEX_DATE, "%04d", y);
            return e;
        }
        /* "fiscal '98" */
        if (punct(c, k, '\'') && is_num(c, k + 1) && c->t[k + 1].ndig == 2) {
            long yy = c->t[k + 1].num;
            setv(r, TIMEX_DATE, "%04ld", yy + (yy < 50 ? 2000 : 1900));
            return k + 2;
        }
        return 0;
    }
    /* "the year 2000", "the year two thousand" */
    if (word(c, i, "the") && word(c, i + 1, "year") && (e = year_at(c, i + 2, &y, false))) {
        setv(r, TIMEX_DATE, "%04d", y);
        return e;
    }
    /* month [,] year */
    if ((e = month_at(c, i, &m))) {
        size_t k = e;
        if (punct(c, k, ','))
            k++;
        if (word(c, k, "of"))
            k++;
        size_t f = year_at(c, k, &y, false);
        if (f) {
            setv(r, TIMEX_DATE, "%04d-%02d", y, m);
            return f;
        }
        /* "January this year", "July last year" */
        if (word(c, e, "this") || word(c, e, "last") || word(c, e, "next")) {
            if (word(c, e + 1, "year")) {
                int off = word(c, e, "this") ? 0 : word(c, e, "last") ? -1 : 1;
                if (c->has_dct)
                    setv(r, TIMEX_DATE, "%04d-%02d", c->dct.y + off, m);
                else
                    setv(r, TIMEX_DATE, "XXXX-%02d", m);
                return e + 2;
            }
        }
        if (e == i + 1 && !lone_month_ok(c, i, m))
            return 0;
        put_month_day(c, r, -1, m, 0, i);
        return e;
    }
    /* season [of] year */
    const char *sc;
    size_t si = word(c, i, "the") ? i + 1 : i;
    if (season_of(c, si, &sc)) {
        size_t k = word(c, si + 1, "of") ? si + 2 : si + 1;
        if ((e = year_at(c, k, &y, false))) {
            setv(r, TIMEX_DATE, "%04d-%s", y, sc);
            return e;
        }
        return 0;
    }
    /* "the 1988 quarter" (after a quarter was named), "the 1989 period" (right after): that
     * quarter of the year given, as a company report compares a quarter with the same one a
     * year before */
    if ((word(c, i, "the") || word(c, i, "its")) && (e = year_at(c, i + 1, &y, false)) &&
        ((word(c, e, "quarter") && c->last_q) || (word(c, e, "period") && c->ref_gran == 2))) {
        setv(r, TIMEX_DATE, "%04d-Q%d", y, word(c, e, "quarter") ? c->last_q : c->ref_q);
        r->anaphoric = true;
        return e + 1;
    }
    /* a year on its own */
    if ((e = year_at(c, i, &y, true))) {
        setv(r, TIMEX_DATE, "%04d", y);
        return e;
    }
    return 0;
}

/* "the year-ago quarter", "the year-earlier period", "year-ago", "the comparable year-ago
 * third quarter": a company report's comparison period, the quarter last named (else the one
 * just ended) a year before. */
static size_t year_ago(const ctx *c, size_t i, res *r) {
    size_t j = i;
    if (word(c, j, "the") || word(c, j, "its"))
        j++;
    if (word(c, j, "comparable") || word(c, j, "corresponding") || word(c, j, "same"))
        j++;
    if (!word(c, j, "year") || !punct(c, j + 1, '-') || !joined(c, j + 1) ||
        !(word(c, j + 2, "ago") || word(c, j + 2, "earlier")) || !joined(c, j + 2))
        return 0;
    size_t e = j + 3;
    int q;
    size_t qe = quarter_ord(c, e, &q);
    if (qe && word(c, qe, "quarter")) {
        int y = c->ref_gran >= 1 ? c->ref.y : c->has_dct ? year_for_quarter(c, q) : -1;
        if (y < 0)
            setv(r, TIMEX_DATE, "XXXX-Q%d", q);
        else
            setv(r, TIMEX_DATE, "%04d-Q%d", y - 1, q);
        r->anaphoric = true;
        return qe + 1;
    }
    bool period = word(c, e, "quarter") || word(c, e, "period");
    if (period)
        e++;
    if (c->ref_gran == 2)
        put_from_ref(c, r, -1, U_YEAR);
    else if (period)
        put_shifted(c, r, -5, U_QUARTER);
    else
        put_shifted(c, r, -1, U_YEAR);
    r->anaphoric = true; /* a comparison period, not a new topic date */
    return e;
}

/* "year-end", "year end", "year's end": the end of the dct's year (TimeML keeps the year). */
static size_t year_end(const ctx *c, size_t i, res *r) {
    if (!word(c, i, "year"))
        return 0;
    size_t j = i + 1;
    if (punct(c, j, '-') && joined(c, j))
        j++;
    else if (punct(c, j, '\'') && word(c, j + 1, "s") && joined(c, j))
        j += 2;
    if (!word(c, j, "end"))
        return 0;
    put_shifted(c, r, 0, U_YEAR);
    return j + 1;
}

/* Fixed and movable holidays: "Christmas", "New Year's Day", "Thanksgiving". */
static long easter_days(int y) {
    /* anonymous Gregorian computus */
    int a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = cc / 4, k = cc % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return days_from_civil(y, month, day);
}

/* n-th (n > 0) or last (n < 0) weekday w of a month. */
static long nth_weekday(int y, int m, int w, int n) {
    if (n > 0) {
        long first = days_from_civil(y, m, 1);
        return first + (w - weekday_of(first) + 7) % 7 + 7 * (n - 1);
    }
    long last = days_from_civil(y, m, days_in_month(y, m));
    return last - (weekday_of(last) - w + 7) % 7;
}


static size_t holiday(const ctx *c, size_t i, res *r) {
    size_t j = i;
    int rel = 99;
    if (word(c, j, "last") || word(c, j, "this") || word(c, j, "next")) {
        rel = word(c, j, "last") ? -1 : word(c, j, "this") ? 0 : 1;
        j++;
    }
    if (j >= c->n || !c->t[j].cap)
        return 0;
    for (size_t k = 0; k < sizeof HOLIDAYS / sizeof HOLIDAYS[0]; k++) {
        if (!word(c, j, HOLIDAYS[k].a))
            continue;
        size_t e = j + 1;
        /* "New Year's Day", "Valentine's Day": skip the possessive */
        const char *parts[2] = {HOLIDAYS[k].b, HOLIDAYS[k].c3};
        bool ok = true;
        for (int p = 0; p < 2 && parts[p]; p++) {
            if (punct(c, e, '\'') && word(c, e + 1, "s"))
                e += 2;
            if (!word(c, e, parts[p])) {
                ok = false;
                break;
            }
            e++;
        }
        if (!ok)
            continue;
        if (punct(c, e, '\'') && word(c, e + 1, "s") && HOLIDAYS[k].b == NULL && HOLIDAYS[k].kind == 0 &&
            strcmp(HOLIDAYS[k].a, "new") == 0)
            continue;
        int y = -1;
        size_t f = punct(c, e, ',') ? e + 1 : e;
        size_t g = year_at(c, f, &y, false);
        if (g)
            e = g;
        int m = HOLIDAYS[k].m ? HOLIDAYS[k].m : 4, d = HOLIDAYS[k].d ? HOLIDAYS[k].d : 15;
        if (y < 0 && c->has_dct) {
            y = year_for_month(c, m, d, rel == 1 || (rel == 99 && future_cue(c, i)));
            if (rel == -1 && (m > c->dct.m || (m == c->dct.m && d >= c->dct.d)))
                y = c->dct.y - 1;
        }
        if (y < 0) {
            if (HOLIDAYS[k].kind == 0)
                setv(r, TIMEX_DATE, "XXXX-%02d-%02d", m, d);
            else
                setv(r, TIMEX_DATE, "XXXX-XX-XX");
            return e;
        }
        long days;
        switch (HOLIDAYS[k].kind) {
        case 1: days = nth_weekday(y, 11, 4, 4); break;
        case 2: days = easter_days(y); break;
        case 3: days = nth_weekday(y, 9, 1, 1); break;
        case 4: days = nth_weekday(y, 5, 1, -1); break;
        case 5: days = nth_weekday(y, 11, 1, 1) + 1; break; /* US: Tuesday after 1st Monday */
        default: days = days_from_civil(y, m, d); break;
        }
        put_day(r, TIMEX_DATE, days);
        return e;
    }
    return 0;
}

/* ------------------------------------------------------------------------------------------
 * Relative dates: "last week", "this quarter", "next April", "the past year", "this morning",
 * "tonight", "the weekend", "the quarter".
 * ---------------------------------------------------------------------------------------- */

static size_t relative_date(const ctx *c, size_t i, res *r) {
    size_t j = i;
    bool the = false;
    if (word(c, j, "the")) {
        the = true;
        j++;
    }
    int rel = 99; /* -1 last, 0 this, +1 next, 99 none */
    bool anaphoric = false;
    if (word(c, j, "last") || word(c, j, "past") || word(c, j, "latest"))
        rel = -1;
    else if (word(c, j, "previous") || word(c, j, "preceding") || word(c, j, "prior"))
        rel = -1, anaphoric = the;
    else if (word(c, j, "this") || word(c, j, "current") || word(c, j, "present"))
        rel = 0;
    else if (word(c, j, "next") || word(c, j, "coming"))
        rel = 1;
    else if (word(c, j, "following") || word(c, j, "subsequent"))
        rel = 1, anaphoric = the;
    else if (word(c, j, "that") || word(c, j, "same"))
        rel = 0, anaphoric = true;
    if (rel != 99) {
        /* "this past spring", "this coming Sunday" */
        if (rel == 0 && (word(c, j + 1, "past") || word(c, j + 1, "coming")))
            j++, rel = word(c, j, "past") ? -1 : 1;
        j++;
    }
    /* "the" demands a relation word except before year/quarter/week/month/weekend */
    /* "this year's third quarter" is left to two matches */
    if (word(c, j, "fiscal"))
        j++;
    /* "sales for the full year": the year itself, as a company report means it */
    if (the && rel == 99 && word(c, j, "full") && word(c, j + 1, "year"))
        j++;
    uint8_t u = U_NONE;
    bool plural;
    size_t e = unit_at(c, j, &u, &plural);
    /* "the latest period", "the latest quarter": a report's quarter, the one last named */
    if (the && word(c, j - 1, "latest") && (u == U_QUARTER || word(c, j, "period"))) {
        if (!(c->ref_gran == 2 && put_from_ref(c, r, 0, U_QUARTER)))
            put_shifted(c, r, -1, U_QUARTER);
        return word(c, j, "period") ? j + 1 : e;
    }
    if (e && !plural && u != U_SEC && u != U_MIN && u != U_HOUR) {
        if (rel == 99 && !the)
            return 0;
        if (u == U_DAY) {
            if (rel == 99)
                return 0;
            /* "that day", "the same day", "the next day", "the previous day": told relative
             * to the story's last date */
            if (the || anaphoric) {
                if (!put_from_ref(c, r, rel, U_DAY) && c->has_dct)
                    put_day(r, TIMEX_DATE, c->dct_days + rel);
                else if (!r->value[0])
                    setv(r, TIMEX_DATE, "XXXX-XX-XX");
            } else if (c->has_dct) {
                put_day(r, TIMEX_DATE, c->dct_days + rel);
            } else {
                setv(r, TIMEX_DATE, "XXXX-XX-XX");
            }
            return e;
        }
        if (rel == 99 && u != U_QUARTER && u != U_WEEKEND &&
            (word(c, e, "ended") || word(c, e, "ending") ||
             (i > 0 && word(c, i - 1, "throughout")))) {
            /* "the year ended Sept. 30", "throughout the year": a span (a fiscal year told by
             * its last day is not the calendar year); "for the year" alone is the year, as
             * TimeBank annotates it (7 of 8 "the year ended/ending" are durations there, 3 of
             * 4 "for the year" without them are dates) */
            put_duration(r, TIMEX_DURATION, 1, u);
            return e;
        }
        if (rel == 99) {
            /* "the year", "the quarter", "the week", "the weekend", "the month" */
            if (u == U_QUARTER) {
                /* the quarter last named; else, in a company report, the one just ended */
                if (!(c->ref_gran == 2 && put_from_ref(c, r, 0, U_QUARTER)))
                    put_shifted(c, r, -1, U_QUARTER);
                return e;
            }
            if (u == U_WEEKEND) {
                int dw = c->has_dct ? weekday_of(c->dct_days) : 6;
                put_shifted(c, r, dw <= 3 ? -1 : 0, U_WEEKEND);
                return e;
            }
            if (u == U_YEAR || u == U_MONTH || u == U_WEEK) {
                put_shifted(c, r, 0, u);
                return e;
            }
            return 0;
        }
        if (anaphoric && put_from_ref(c, r, rel == 99 ? 0 : rel, u))
            return e;
        put_shifted(c, r, rel, u);
        return e;
    }
    if (rel == 99)
        return 0;
    /* last/this/next + weekday / month / season / part of day */
    int w, m;
    const char *code;
    if ((e = weekday_at(c, j, &w))) {
        if (anaphoric && (rel == -1 || rel == 1) && c->ref_gran == 4) {
            /* "the previous Friday", "the following Monday": the one before / after the day
             * the story last named, not the dct */
            long ref = days_from_civil(c->ref.y, c->ref.m, c->ref.d);
            int dw = weekday_of(ref);
            long off = rel < 0 ? -(long)((dw - w + 7) % 7) : (long)((w - dw + 7) % 7);
            if (off == 0)
                off = rel * 7;
            put_day(r, TIMEX_DATE, ref + off);
            r->anaphoric = true;
            return e;
        }
        if (the)
            return 0;
        put_weekday(c, r, w, rel == 0 ? 0 : rel, i);
        const char *pd;
        size_t f = part_of_day(c, e, &pd);
        if (f) {
            char tm[4] = {'T', pd[0], pd[1], 0};
            add_time(r, tm);
            return f;
        }
        /* "this coming Sunday, March eighth" */
        res r2 = {0};
        size_t k = punct(c, e, ',') ? e + 1 : e;
        size_t g = calendar_day(c, k, &r2);
        if (g) {
            *r = r2;
            return g;
        }
        return e;
    }
    if ((e = month_at(c, j, &m)) && !the) {
        int d = 0;
        size_t f = day_at(c, e, &d);
        if (f && is_num(c, e) && d <= days_in_month(2000, m)) {
            /* "last Oct. 23": the most recent such day before the dct */
            if (!c->has_dct) {
                setv(r, TIMEX_DATE, "XXXX-%02d-%02d", m, d);
            } else {
                int y = c->dct.y;
                bool after = m > c->dct.m || (m == c->dct.m && d >= c->dct.d);
                bool before = m < c->dct.m || (m == c->dct.m && d <= c->dct.d);
                if (rel == -1 && after)
                    y--;
                else if (rel == 1 && before)
                    y++;
                setv(r, TIMEX_DATE, "%04d-%02d-%02d", y, m, d);
            }
            return f;
        }
        if (!c->has_dct) {
            setv(r, TIMEX_DATE, "XXXX-%02d", m);
        } else {
            /* "last May" is the most recent May before the dct's month, and not the month just
             * ended, which news calls "last month" ("last February" in a March story is a year
             * back; TempEval-3: 13 of 13 "last <month>" fit) */
            int y = c->dct.y;
            if (rel == -1)
                while ((c->dct.y - y) * 12 + c->dct.m - m < 2)
                    y--;
            else if (rel == 1 && m <= c->dct.m)
                y++;
            setv(r, TIMEX_DATE, "%04d-%02d", y, m);
        }
        return e;
    }
    if (season_of(c, j, &code)) {
        if (!c->has_dct) {
            setv(r, TIMEX_DATE, "XXXX-%s", code);
        } else {
            int y = c->dct.y, s = season_index(code), ds = dct_season(c);
            if (rel == -1 && s >= ds)
                y--;
            else if (rel == 1 && s <= ds)
                y++;
            setv(r, TIMEX_DATE, "%04d-%s", y, code);
        }
        return j + 1;
    }
    if (rel == 0 && !the && !anaphoric && part_of_day(c, j, &code)) {
        /* "this morning", "this evening" */
        if (c->has_dct)
            put_day(r, TIMEX_TIME, c->dct_days);
        else
            setv(r, TIMEX_TIME, "XXXX-XX-XX");
        char tm[4] = {'T', code[0], code[1], 0};
        add_time(r, tm);
        return j + 1;
    }
    if (rel == -1 && !the && word(c, j - 1, "last") && word(c, j, "night")) {
        if (c->has_dct)
            put_day(r, TIMEX_TIME, c->dct_days - 1);
        else
            setv(r, TIMEX_TIME, "XXXX-XX-XX");
        add_time(r, "TNI");
        return j + 1;
    }
    /* "the past", "the last decade" handled above; "last time" is not a date */
    return 0;
}

/* Bare season with "the" or a capital: "the summer", "Summer". Fall needs "the". */
static size_t bare_season(const ctx *c, size_t i, res *r) {
    size_t j = word(c, i, "the") ? i + 1 : i;
    const char *code;
    /* "the early summer", "the late spring": the modifier is inside the extent */
    if (j > i && (word(c, j, "early") || word(c, j, "late")) && season_of(c, j + 1, &code))
        j++;
    if (!season_of(c, j, &code))
        return 0;
    if (code[0] == 'F' && j == i)
        return 0;
    if (j == i && !c->t[i].cap &&
        !(i > 0 && (word(c, i - 1, "in") || word(c, i - 1, "this") ||
                    word(c, i - 1, "during") || word(c, i - 1, "early") ||
                    word(c, i - 1, "late"))))
        return 0;
    if (c->has_dct)
        setv(r, TIMEX_DATE, "%04d-%s", c->dct.y, code);
    else
        setv(r, TIMEX_DATE, "XXXX-%s", code);
    return j + 1;
}

/* ------------------------------------------------------------------------------------------
 * Durations and offsets: "three days", "the past two years", "two-year", "10 days ago",
 * "a year earlier", "years".
 * ---------------------------------------------------------------------------------------- */

static size_t duration(const ctx *c, size_t i, res *r) {
    size_t j = i;
    bool the = false, span_word = false;
    if (word(c, j, "the") || word(c, j, "its") || word(c, j, "their")) {
        the = true;
        j++;
    }
    if (word(c, j, "past") || word(c, j, "last") || word(c, j, "next") || word(c, j, "first") ||
        word(c, j, "previous") || word(c, j, "coming") || word(c, j, "following") ||
        word(c, j, "final") || word(c, j, "latest") || word(c, j, "remaining") ||
        word(c, j, "recent") || word(c, j, "initial") || word(c, j, "ensuing")) {
        span_word = true;
        j++;
    }
    double q;
    size_t e = quantity(c, j, &q);
    if (!e) /* no quantity: "recent years", "coming months", "years" */
        q = -1, e = j;
    size_t k = e;
    /* "more", "additional", "full", "straight", "trading" between number and unit */
    if (e > j && punct(c, k, '-') && joined(c, k) && joined(c, k + 1)) {
        /* "the 30-day period": the determiner belongs to the noun, not the timex */
        if (the && !span_word)
            return 0;
        k++;
    } else {
        while (word(c, k, "more") || word(c, k, "additional") || word(c, k, "full") ||
               word(c, k, "straight") || word(c, k, "consecutive") || word(c, k, "trading") ||
               word(c, k, "business") || word(c, k, "calendar") || word(c, k, "long") ||
               word(c, k, "extra") || word(c, k, "other"))
            k++;
    }
    uint8_t u;
    bool plural;
    size_t f = unit_at(c, k, &u, &plural);
    if (!f)
        return 0;
    if (e == j) {
        /* no quantity: only plural units ("years", "the past few weeks" handled above) */
        if (!plural)
            return 0;
        if (u == U_WEEKEND || u == U_QUARTER) {
            if (!span_word)
                return 0;
        }
        /* "these days" is PRESENT_REF, matched elsewhere; "the days of" is not a duration */
        if (the && !span_word && word(c, f, "of"))
            return 0;
    } else {
        /* "a second" / "one second" ambiguous with the ordinal: keep only with digits */
        if (u == U_SEC && !plural && !is_num(c, j))
            return 0;
        /* "the day" handled elsewhere */
        if (q == 1 && !plural && (word(c, j, "a") || word(c, j, "an")) && the)
            return 0;
        /* "Islam will one day be...": after a modal, "one day" is some future day */
        if (u == U_DAY && !plural && !the && word(c, j, "one") && j == i && i > 0 &&
            (word(c, i - 1, "will") || word(c, i - 1, "would") || word(c, i - 1, "could") ||
             word(c, i - 1, "might") || word(c, i - 1, "may") || word(c, i - 1, "can") ||
             word(c, i - 1, "shall"))) {
            setv(r, TIMEX_DATE, "FUTURE_REF");
            return f;
        }
    }
    /* "a year-earlier figure" is a comparison period, matched from "year" by year_ago() */
    if (punct(c, f, '-') && joined(c, f) && (word(c, f + 1, "ago") || word(c, f + 1, "earlier")))
        return 0;
    /* fractions: "three-quarters of its food", "a quarter of the market" */
    if (u == U_QUARTER && e > j && word(c, f, "of") && !year_at(c, f + 1, &(int){0}, false))
        return 0;
    /* ages ("a 6-year-old", "the 52-year-old chairman") are not time expressions */
    if (punct(c, f, '-') && joined(c, f) && word(c, f + 1, "old"))
        return 0;
    if (word(c, f, "old") && (u == U_YEAR || u == U_MONTH || u == U_WEEK || u == U_DAY))
        return 0;
    /* "the 1988 quarter" names a year, not 1988 quarters */
    if (is_num(c, j) && c->t[j].ndig == 4 && !plural)
        return 0;
    /* number-unit with a hyphen, as an adjective: "two-year", "16-hour", "decades-long" */
    if (punct(c, f, '-') && joined(c, f) && word(c, f + 1, "long"))
        f += 2;
    /* "and a half" after the unit: "a minute and a half" */
    if (q >= 0 && word(c, f, "and") && word(c, f + 1, "a") && word(c, f + 2, "half")) {
        q += 0.5;
        f += 3;
    }
    /* "a week or so" */
    if (word(c, f, "or") && word(c, f + 1, "so"))
        f += 2;
    /* ago / earlier / later / from now: a date; "two hours later" stays a duration */
    bool fine = u == U_HOUR || u == U_MIN || u == U_SEC || u == U_DAY || u == U_WEEK ||
                u == U_MONTH || q < 0;
    if (fine && (word(c, f, "later") || word(c, f, "earlier")))
        ;
    else if (!the && !span_word &&
        (word(c, f, "ago") || word(c, f, "earlier") || word(c, f, "later") ||
         word(c, f, "before") || (word(c, f, "from") && word(c, f + 1, "now")))) {
        bool back = word(c, f, "ago") || word(c, f, "earlier") || word(c, f, "before");
        bool from_now = word(c, f, "from");
        if (word(c, f, "before")) {
            /* "two days before the vote": the duration alone */
            put_duration(r, TIMEX_DURATION, q, u);
            return f;
        }
        size_t end = from_now ? f + 2 : f + 1;
        long off = back ? -(long)q : (long)q;
        if (q < 0) {
            setv(r, TIMEX_DATE, back ? "PAST_REF" : "FUTURE_REF");
        } else if (word(c, f, "later") || word(c, f, "earlier")) {
            /* relative to the last date mentioned; the dct when there is none */
            if (!put_from_ref(c, r, off, u))
                put_shifted(c, r, off, u);
        } else if (u == U_YEAR && c->ref_gran == 2) {
            /* "up from $5 a year ago" after a quarter: the same quarter a year before */
            put_from_ref(c, r, off, u);
        } else {
            put_shifted(c, r, off, u);
            /* "up from a year ago ... compared with a year earlier": both name the same
             * comparison period, so an "ago" date is not an anchor for later anaphora */
            r->anaphoric = true;
        }
        return end;
    }
    /* "the past year" without a number is a date ("last year"), matched elsewhere */
    if (e == j && !plural)
        return 0;
    if (e > j && !plural && q == 1 && span_word && (word(c, j, "a") || word(c, j, "an")))
        return 0;
    put_duration(r, TIMEX_DURATION, q, u);
    return f;
}

/* ------------------------------------------------------------------------------------------
 * Sets: "every year", "each Thursday", "daily", "twice a week", "Tuesday nights", "$5 a year"
 * ---------------------------------------------------------------------------------------- */


static size_t set_expr(const ctx *c, size_t i, res *r) {
    for (size_t k = 0; k < sizeof SET_ADVERBS / sizeof SET_ADVERBS[0]; k++)
        if (word(c, i, SET_ADVERBS[k].w)) {
            setv(r, TIMEX_SET, "%s", SET_ADVERBS[k].v);
            return i + 1;
        }
    size_t j = i;
    bool every = false;
    if (word(c, j, "every") || word(c, j, "each") || word(c, j, "per")) {
        every = true;
        j++;
        if (word(c, j, "other")) {
            j++;
        }
    } else if (word(c, j, "once") || word(c, j, "twice") ||
               (is_num(c, j) && word(c, j + 1, "times")) ||
               (table_at(c, j, WT_UNITS, 20) > 1 && word(c, j + 1, "times"))) {
        j += word(c, j + 1, "times") ? 2 : 1;
        if (!(word(c, j, "a") || word(c, j, "an") || word(c, j, "per") || word(c, j, "each") ||
              word(c, j, "every")))
            return 0;
        every = true;
        j++;
    }
    if (every) {
        double q = 1;
        size_t e = quantity(c, j, &q);
        if (!e || q < 0)
            e = j, q = 1;
        if (word(c, i + 1, "other") && q == 1)
            q = 2;
        uint8_t u;
        bool plural;
        size_t f = unit_at(c, e, &u, &plural);
        /* "miles per hour", "instructions per second" are rates, not recurring times */
        if (f && word(c, i, "per") && (u == U_HOUR || u == U_MIN || u == U_SEC))
            return 0;
        if (f) {
            put_duration(r, TIMEX_SET, q, u);
            return f;
        }
        int w, m;
        if ((f = weekday_at(c, j, &w))) {
            setv(r, TIMEX_SET, "XXXX-WXX-%d", w);
            const char *pd;
            size_t g = part_of_day(c, f, &pd);
            if (g) {
                setv(r, TIMEX_SET, "XXXX-WXX-%dT%s", w, pd);
                return g;
            }
            return f;
        }
        if ((f = month_at(c, j, &m))) {
            setv(r, TIMEX_SET, "XXXX-%02d", m);
            return f;
        }
        const char *pd;
        if ((f = part_of_day(c, j, &pd))) {
            setv(r, TIMEX_SET, "XXXX-XX-XXT%s", pd);
            return f;
        }
        const char *sc;
        if (season_of(c, j, &sc)) {
            setv(r, TIMEX_SET, "XXXX-%s", sc);
            return j + 1;
        }
        return 0;
    }
    /* plural weekday: "Mondays", "Tuesday nights" */
    if (i < c->n && c->t[i].kind == TK_WORD && c->t[i].len >= 7 && c->t[i].cap &&
        c->t[i].low[c->t[i].len - 1] == 's') {
        char tmp[LOW_MAX + 1];
        memcpy(tmp, c->t[i].low, c->t[i].len - 1);
        tmp[c->t[i].len - 1] = 0;
        for (int k = 0; k < 7; k++)
            if (strcmp(tmp, WEEKDAYS[k]) == 0) {
                setv(r, TIMEX_SET, "XXXX-WXX-%d", k + 1);
                return i + 1;
            }
    }
    int w;
    size_t f = weekday_at(c, i, &w);
    if (f && (word(c, f, "nights") || word(c, f, "mornings") || word(c, f, "evenings") ||
              word(c, f, "afternoons"))) {
        const char *code = word(c, f, "nights")     ? "NI"
                           : word(c, f, "mornings") ? "MO"
                           : word(c, f, "evenings") ? "EV"
                                                    : "AF";
        setv(r, TIMEX_SET, "XXXX-WXX-%dT%s", w, code);
        return f + 1;
    }
    /* "a year" after an amount: "$5 a year", "3% a year" */
    if ((word(c, i, "a") || word(c, i, "an")) && i > 0 &&
        (c->t[i - 1].kind == TK_NUM || punct(c, i - 1, '%') || word(c, i - 1, "percent") ||
         word(c, i - 1, "million") || word(c, i - 1, "billion") || word(c, i - 1, "dollars") ||
         word(c, i - 1, "times"))) {
        uint8_t u;
        bool plural;
        size_t e = unit_at(c, i + 1, &u, &plural);
        if (e && !plural && u != U_QUARTER && u != U_WEEKEND) {
            put_duration(r, TIMEX_SET, 1, u);
            return e;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------------------------------
 * Reference words: "now", "currently", "recently", "the past", "the future", "these days".
 * ---------------------------------------------------------------------------------------- */

/* Token i opens a sentence: first token, after a line break, or after a sentence end with
 * at most an opening quotation mark between. */
static bool sentence_start(const ctx *c, size_t i) {
    size_t k = i;
    while (k > 0 && k + 2 > i && c->t[k - 1].kind == TK_PUNCT &&
           (punct(c, k - 1, '"') || punct(c, k - 1, '`') || punct(c, k - 1, '\'')))
        k--;
    if (k == 0 || c->t[k].nl)
        return true;
    return (punct(c, k - 1, '.') && !abbrev_period(c, k - 1)) || punct(c, k - 1, '!') ||
           punct(c, k - 1, '?');
}


static size_t reference(const ctx *c, size_t i, res *r) {
    for (size_t k = 0; k < sizeof REFS / sizeof REFS[0]; k++) {
        if (!word(c, i, REFS[k].a))
            continue;
        size_t e = i + 1;
        if (REFS[k].b) {
            if (!word(c, e, REFS[k].b))
                continue;
            e++;
        }
        if (REFS[k].c3) {
            if (!word(c, e, REFS[k].c3))
                continue;
            e++;
        }
        /* "Now, he says, ..." opening a sentence is a discourse marker, not a time */
        if (REFS[k].v[1] == 'R' && word(c, i, "now") && !REFS[k].b && c->t[i].cap &&
            punct(c, e, ',') && sentence_start(c, i))
            continue;
        /* "the future of our peoples" is a topic, not a time */
        if (REFS[k].v[0] == 'F' && word(c, e, "of"))
            continue;
        setv(r, TIMEX_DATE, "%s", REFS[k].v);
        return e;
    }
    return 0;
}

/* ------------------------------------------------------------------------------------------
 * Top level: modifiers, longest match, emission
 * ---------------------------------------------------------------------------------------- */

/* Day-level expressions with an optional part of day or time after them:
 * "Friday morning", "yesterday afternoon", "tonight", "last night", "Friday at 5 p.m." is left
 * as two expressions as TimeBank does. */
static size_t day_with_part(const ctx *c, size_t i, res *r) {
    if (word(c, i, "tonight")) {
        if (c->has_dct)
            put_day(r, TIMEX_TIME, c->dct_days);
        else
            setv(r, TIMEX_TIME, "XXXX-XX-XX");
        add_time(r, "TNI");
        return i + 1;
    }
    size_t e = day_expr(c, i, r, 0);
    if (!e)
        return 0;
    const char *pd;
    size_t f = part_of_day(c, e, &pd);
    if (f && r->type == TIMEX_DATE) {
        char tm[4] = {'T', pd[0], pd[1], 0};
        add_time(r, tm);
        return f;
    }
    /* "Thursday night" written "Thursday night" handled above; "yesterday's" stays a date */
    return e;
}

/* One core expression at i, the longest of all patterns that can start there (see
 * START_WORDS). With c->misses set (timex_find_unfiltered) every pattern is tried and each
 * match of a pattern the start classes leave out is counted. */
static size_t core(const ctx *c, size_t i, res *r) {
    size_t best = 0, e;
    res tmp;
    unsigned starts = c->t[i].can;
    /* the next-token prefilter: "the", "a", "'" start a pattern only before a number, a
     * punctuation mark or a word that starts one (about half the tokens core() sees are
     * these) */
    if (c->t[i].lead && (i + 1 >= c->n || (c->t[i + 1].kind == TK_WORD && !c->t[i + 1].can &&
                                            !c->t[i + 1].follows)))
        starts &= ~(unsigned)c->t[i].lead;
    unsigned can = c->misses ? P_ALL : starts;
    if (!(can & ~(unsigned)P_MOD))
        return 0;
#define TRY(bit, call)                                                                         \
    do {                                                                                       \
        if (can & (bit)) {                                                                     \
            memset(&tmp, 0, sizeof tmp);                                                       \
            e = (call);                                                                        \
            if (e && c->misses && !(starts & (bit)))                                                                                  \
                ++*c->misses;                                                                  \
            if (e > best) {                                                                    \
                best = e;                                                                      \
                *r = tmp;                                                                      \
            }                                                                                  \
        }                                                                                      \
    } while (0)
    TRY(P_CLOCK, clock_time(c, i, &tmp));
    TRY(P_DAY, day_with_part(c, i, &tmp));
    TRY(P_COARSE, coarse_date(c, i, &tmp));
    TRY(P_REL, relative_date(c, i, &tmp));
    TRY(P_SEASON, bare_season(c, i, &tmp));
    TRY(P_DUR, duration(c, i, &tmp));
    TRY(P_SET, set_expr(c, i, &tmp));
    TRY(P_REF, reference(c, i, &tmp));
    TRY(P_YEAR_AGO, year_ago(c, i, &tmp));
    TRY(P_HOLIDAY, holiday(c, i, &tmp));
    TRY(P_YEAR_END, year_end(c, i, &tmp));
#undef TRY
    /* "quarter-to-quarter", "month-to-month", "day-to-day": a compound adjective that names
     * no time */
    if (best && best + 2 < c->n && punct(c, best, '-') && joined(c, best) &&
        word(c, best + 1, "to") && joined(c, best + 1) && punct(c, best + 2, '-'))
        return 0;
    return best;
}

/* Modifiers kept inside the extent (TimeML puts them there) that leave the value alone:
 * "the end of", "early", "mid-", "nearly", "more than", "earlier", "around". */

static size_t modifier(const ctx *c, size_t i) {
    /* every phrase starts with a word: only those with the token's first letter can match,
     * which the word index lists by letter in table order (asked at every "the", "more",
     * "about"...: a scan of all the phrases for that letter cost more than the matching) */
    if (i >= c->n || c->t[i].kind != TK_WORD)
        return 0;
    unsigned letter = (unsigned char)c->t[i].low[0] - (unsigned)'a'; /* low is empty past LOW_MAX */
    if (letter >= 26)
        return 0;
    for (size_t q = c->words->mod_start[letter]; q < c->words->mod_start[letter + 1]; q++) {
        size_t k = c->words->mod_order[q];
        size_t j = i, w = 0;
        while (w < 4 && MOD_PHRASES[k][w] && word(c, j, MOD_PHRASES[k][w]))
            j++, w++;
        if (w < 4 && MOD_PHRASES[k][w])
            continue;
        if (punct(c, j, '-') && joined(c, j) && joined(c, j + 1)) /* "mid-April" */
            j++;
        return j;
    }
    return 0;
}

/* modifier() may match at piece i: a first word of a modifier phrase, and when all its
 * phrases have a second word ("the end of", "more than", "at least"), one of those second
 * words after it (most "the" are not followed by one: modifier() then compared the piece with
 * eight phrases for nothing). Exact, as the start classes: tests/unit/test_timex_prefilter.c
 * counts a modifier matched where this says no. */
static inline bool modifier_can(const ctx *c, size_t i) {
    const tk *k = &c->t[i];
    return (k->can & P_MOD) && (!(k->lead & P_MOD) || (i + 1 < c->n && c->t[i + 1].mod2));
}

static bool modifier_fits(const ctx *c, size_t i, size_t p, const res *r) {
    /* "about"/"some"/"over"/"more than"... only before quantities (durations, "ago" dates);
     * "early"/"late"/"mid"/"the end of" before calendar values; "earlier"/"later" before
     * relative dates */
    const char *v = r->value;
    bool dur = r->type == TIMEX_DURATION || (v[0] == 'P' && v[1] != 'A') ||
               strcmp(v, "PAST_REF") == 0;
    if (word(c, i, "some") || word(c, i, "over") || word(c, i, "more") || word(c, i, "less") ||
        word(c, i, "fewer") || word(c, i, "at") || word(c, i, "up") || word(c, i, "no") ||
        word(c, i, "just") || word(c, i, "well"))
        return c->t[p].kind == TK_NUM || table_at(c, p, WT_UNITS, 20) >= 0 ||
               table_at(c, p, WT_TENS, 10) >= 0 || word(c, p, "a") || word(c, p, "an") ||
               word(c, p, "several") || word(c, p, "few");
    if (word(c, i, "nearly") || word(c, i, "almost") || word(c, i, "about") ||
        word(c, i, "around") || word(c, i, "approximately") || word(c, i, "roughly"))
        return true;
    if (word(c, i, "earlier") || word(c, i, "later"))
        return !dur && (word(c, p, "this") || word(c, p, "that") || word(c, p, "last") ||
                        word(c, p, "next") || word(c, p, "today") || word(c, p, "yesterday") ||
                        word(c, p, "tomorrow") || word(c, p, "in") ||
                        table_at(c, p, WT_WEEKDAYS, 7) >= 0);
    return r->type == TIMEX_DATE || r->type == TIMEX_TIME;
}

static precis_status parse_dct(const char *dct, ctx *c, precis_error *err) {
    c->has_dct = false;
    if (!dct)
        return PRECIS_OK;
    int y = 0, m = 0, d = 0;
    for (int k = 0; k < 10; k++) {
        char ch = dct[k];
        bool dash = k == 4 || k == 7;
        if (dash ? ch != '-' : !is_digit((unsigned char)ch))
            return set_error(err, PRECIS_E_INVALID_ARG,
                             "timex: document date \"%.16s\": expected YYYY-MM-DD at character %d",
                             dct, k + 1);
        if (k < 4)
            y = y * 10 + (ch - '0');
        else if (k > 4 && k < 7)
            m = m * 10 + (ch - '0');
        else if (k > 7)
            d = d * 10 + (ch - '0');
    }
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return set_error(err, PRECIS_E_INVALID_ARG,
                         "timex: document date \"%.10s\": no such day", dct);
    c->has_dct = true;
    c->dct.y = y, c->dct.m = m, c->dct.d = d;
    c->dct_days = days_from_civil(y, m, d);
    return PRECIS_OK;
}

/* Dateline window: datelines sit in the first lines of a story. A date counts only near the
 * start of one of its first DATELINE_LINES lines, after at most DATELINE_PREFIX bytes ("MOSCOW,
 * ", "Posted: ", "By Jane Doe | ") and no sentence end: a full date inside a sentence is news,
 * not the story's own date (on TempEval-3 bodies, without datelines, the looser rule picked
 * such dates in 10 of 256 stories; this one in none). */
#define DATELINE_BYTES 600
#define DATELINE_LINES 5
#define DATELINE_PREFIX 40

static bool dateline_position(const char *text, size_t start) {
    size_t line = 0, ls = 0;
    for (size_t p = 0; p < start; p++)
        if (text[p] == '\n') {
            line += p > ls; /* blank lines do not count */
            ls = p + 1;
        }
    if (line >= DATELINE_LINES || start - ls > DATELINE_PREFIX)
        return false;
    for (size_t p = ls; p + 1 < start; p++)
        if ((text[p] == '.' || text[p] == '!' || text[p] == '?') && text[p + 1] == ' ' &&
            p > ls && text[p - 1] >= 'a' && text[p - 1] <= 'z')
            return false;
    return true;
}

/* A dateline: a full date (day, month and year, nothing unresolved) where datelines stand,
 * and a day that exists: "Feb. 29, 2019" in a dateline is no document date (it failed the
 * whole document when parse_dct refused it). */
static bool dateline_at(const char *text, const timex *x) {
    const char *v = x->value;
    if (!(strlen(v) >= 10 && v[0] != 'X' && v[4] == '-' && v[7] == '-'))
        return false;
    for (int k = 0; k < 10; k++)
        if (k != 4 && k != 7 && !is_digit((unsigned char)v[k]))
            return false;
    int y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
    int m = (v[5] - '0') * 10 + (v[6] - '0'), d = (v[8] - '0') * 10 + (v[9] - '0');
    return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m) && dateline_position(text, x->start);
}

/* One byte past the last place a dateline may start in text[0, len): past it no line is one
 * of the first DATELINE_LINES or its byte within DATELINE_PREFIX of the line's start, so
 * dateline_position is false for every expression starting there. */
static size_t dateline_stop(const char *text, size_t len) {
    size_t line = 0, ls = 0, last = 0;
    bool any = false;
    /* line by line (memchr), not byte by byte: the last place on a line is its prefix's end,
     * or its newline when the line is shorter */
    while (ls < len && line < DATELINE_LINES) {
        const char *nl = memchr(text + ls, '\n', len - ls);
        size_t end = nl ? (size_t)(nl - text) : len - 1; /* the line's last byte */
        last = end - ls <= DATELINE_PREFIX ? end : ls + DATELINE_PREFIX;
        any = true;
        if (!nl)
            break;
        line += end > ls; /* blank lines do not count */
        ls = end + 1;
    }
    return any ? last + 1 : 0;
}

/* Tokens held at once (about 64 bytes each), the most any pattern looks ahead (the longest,
 * "the end of 5 p.m. EST, Nov. 9, 1989", is under 30 tokens) and the most it looks back
 * (TENSE_WINDOW plus the one-token checks before a match). */
#ifndef TIMEX_WINDOW
#define TIMEX_WINDOW 8192
#endif
#define TIMEX_AHEAD 64
#define TIMEX_BEHIND (TENSE_WINDOW + 4)

/* How a run of the finder may end early and be checked (timex_find runs to the end with the
 * prefilter on). */
typedef struct run_opts {
    size_t *misses; /* not NULL: every pattern at every token, prefilter misses counted */
    size_t stop;    /* no expression starting at or after this byte is looked for */
    /* not NULL: the run ends after the first expression for which it is true */
    bool (*done)(const char *text, const timex *x);
    /* not NULL: the run's document date is its text's dateline (timex_dateline_doc's), found
     * in the run's own first pieces (match_dateline) and written here ("" for none); the dct
     * argument is then unused */
    char *dateline;
} run_opts;

/* The word index of d's model (timex_model_attach), or NULL: the run then builds its own. */
static const word_index *doc_words(const precis_doc *d) { return d->model ? d->model->timex_words : NULL; }

precis_status timex_model_attach(struct precis_model *m, precis_error *err) {
    if (!m)
        return set_error(err, PRECIS_E_INVALID_ARG, "timex: NULL argument");
    word_index *wi = malloc(sizeof *wi);
    if (!wi)
        return set_error(err, PRECIS_E_NOMEM, "timex: out of memory");
    word_index_build(wi);
    if (m->timex_words && m->timex_words_free)
        m->timex_words_free(m->timex_words);
    m->timex_words = wi;
    m->timex_words_free = free;
    return PRECIS_OK;
}

/* The expression starting at piece i, the longest of core()'s and of a modifier's with the
 * core after it: its end (0 for none), its value in *r. */
static inline __attribute__((always_inline)) size_t match_at(const ctx *c, size_t i, res *r) {
    memset(r, 0, sizeof *r);
    size_t e = core(c, i, r);
    size_t p = modifier_can(c, i) || c->misses ? modifier(c, i) : 0;
    if (p && c->misses && !modifier_can(c, i))
        ++*c->misses;
    if (p && p < c->n) {
        res r2;
        memset(&r2, 0, sizeof r2);
        size_t e2 = core(c, p, &r2);
        if (e2 > e && modifier_fits(c, i, p, &r2)) {
            e = e2;
            *r = r2;
        }
    }
    return e;
}

/* Expression x, matched from piece i to piece e (exclusive) with value r: the document's
 * last date for later anaphora (note_ref) unless r leans on an earlier one. */
static void emit(ctx *c, size_t i, size_t e, const res *r, timex *x) {
    if (!r->anaphoric && (r->type == TIMEX_DATE || r->type == TIMEX_TIME))
        note_ref(c, r->value);
    x->start = c->t[i].start;
    x->end = c->t[e - 1].end;
    x->type = r->type;
    memcpy(x->value, r->value, sizeof x->value);
}

/* The dateline of text[0, l) (l = min(len, DATELINE_BYTES)) from the pieces t[0, n) a
 * dateline run (dateline_run) cuts there, as that run finds it: no dct, expressions matched
 * from the start until the first dateline or DATELINE_STOP. Writes it as timex_dateline_doc
 * does; false when there is none. */
static bool match_dateline(const char *text, size_t l, const tk *t, size_t n, const word_index *wi,
                           char out[11]) {
    ctx c;
    memset(&c, 0, sizeof c); /* no dct, no reference date yet */
    c.text = text;
    c.t = t;
    c.n = n;
    c.words = wi;
    size_t stop = dateline_stop(text, l);
    for (size_t i = 0; i < n && t[i].start < stop;) {
        if (!t[i].can) {
            i++;
            continue;
        }
        res r;
        size_t e = match_at(&c, i, &r);
        if (!e) {
            i++;
            continue;
        }
        timex x;
        emit(&c, i, e, &r, &x);
        if (dateline_at(text, &x)) {
            memcpy(out, x.value, 10);
            out[10] = '\0';
            return true;
        }
        i = e;
    }
    return false;
}

/* The first window's pieces (at most wcap) of a run from the document's start (st->base 0,
 * st->tok 0) that reads its own dateline: the pieces a dateline run cuts in the first
 * DATELINE_BYTES are this run's, but for the token that crosses that bound (cut there). So
 * the tokens before it are cut once for both; that token is cut for the dateline alone into
 * the slots after them, the dateline is matched, and the run's cutting resumes over those
 * slots. Sets *found and out as match_dateline; *shared false when the dateline
 * run's pieces cannot be told this way (the caller then runs it on its own). */
static size_t tokenize_dated(const char *abs, tok_state *st, tk *t, size_t wcap, const word_index *wi,
                             char out[11], bool *found, bool *shared) {
    size_t l = st->lim - st->base < DATELINE_BYTES ? st->lim - st->base : DATELINE_BYTES;
    size_t dlim = st->base + l;
    /* the tokens wholly inside the dateline's bytes: cut alike by both runs (the letters
     * path's look-ahead test may send one the byte-by-byte way there, which cuts the same
     * piece) */
    size_t b = st->tok;
    while (b < st->ntoks && st->toks[b].start < dlim && st->toks[b].end <= dlim)
        b++;
    size_t ntoks = st->ntoks;
    st->ntoks = b;
    size_t m = tokenize(abs, st, t, wcap, wi);
    st->ntoks = ntoks;
    tok_state ds = *st;
    ds.lim = dlim;
    size_t k = st->tok == b && m <= l ? tokenize(abs, &ds, t + m, l - m, wi) : 0;
    /* not shared: not reached (m + k pieces of a byte or more in l bytes) */
    *shared = st->tok == b && m <= l && ds.tok >= ds.ntoks;
    *found = *shared && match_dateline(abs + st->base, l, t, m + k, wi, out);
    return m + tokenize(abs, st, t + m, wcap - m, wi);
}

/* dateline_run (below) with an arena of its own, freed before returning. */
static bool dateline_own(const char *abs, const token *toks, size_t ntoks, size_t base, size_t len,
                         const word_index *words, char out[11]);

/* Finds the expressions in the pieces of toks[0, ntoks) (a segmentation of abs, absolute
 * offsets) that lie in [base, lim); the results' offsets are from base. */
static precis_status find_run(const char *abs, const token *toks, size_t ntoks, size_t base, size_t lim,
                              const char *dct, const word_index *words, arena *a, timex **out, size_t *n,
                              const run_opts *o, precis_error *err) {
    if (!a || !out || !n || (!abs && ntoks))
        return set_error(err, PRECIS_E_INVALID_ARG, "timex: NULL argument");
    *out = NULL;
    *n = 0;
    ctx c;
    memset(&c, 0, sizeof c);
    PRECIS_TRY(parse_dct(dct, &c, err));
    if (o->dateline)
        o->dateline[0] = '\0'; /* none found (yet) */
    if (ntoks == 0 || lim <= base)
        return PRECIS_OK;
    const char *text = abs + base;
    /* tokens are held in a sliding window, so memory stays bounded whatever the length (a
     * piece is at least a byte) */
    size_t wcap = lim - base < TIMEX_WINDOW ? lim - base : TIMEX_WINDOW;
    tk *t = arena_alloc(a, wcap * sizeof *t);
    if (!t)
        return set_error(err, PRECIS_E_NOMEM, "timex: out of memory for %zu tokens", wcap);
    const word_index *wi = words;
    if (!wi) {
        word_index *own = arena_alloc(a, sizeof *own);
        if (!own)
            return set_error(err, PRECIS_E_NOMEM, "timex: out of memory");
        word_index_build(own);
        wi = own;
    }
    tok_state st = {toks, ntoks, 0, base, base, lim, true, true};
    size_t ntok;
    if (o->dateline) {
        bool found, shared;
        ntok = tokenize_dated(abs, &st, t, wcap, wi, o->dateline, &found, &shared);
        if (!shared)
            found = dateline_own(abs, toks, ntoks, base, lim - base, wi, o->dateline);
        if (found)
            PRECIS_TRY(parse_dct(o->dateline, &c, err));
    } else {
        ntok = tokenize(abs, &st, t, wcap, wi);
    }
    c.text = text;
    c.t = t;
    c.misses = o->misses;
    c.words = wi;

    size_t cap = 0, count = 0, i = 0;
    timex *items = NULL;
    for (;;) {
        bool last = st.tok >= st.ntoks;
        size_t limit = last ? ntok : ntok - TIMEX_AHEAD;
        c.n = ntok;
        for (; i < limit;) {
            if (t[i].start >= o->stop) {
                last = true;
                break;
            }
            if (!t[i].can && !c.misses) {
                i++; /* starts no pattern and no modifier (most tokens) */
                continue;
            }
            res r;
            size_t e = match_at(&c, i, &r);
            if (!e) {
                i++;
                continue;
            }
            if (count == cap) {
                size_t ncap = cap ? cap * 2 : 32;
                timex *nitems = arena_alloc(a, ncap * sizeof *nitems);
                if (!nitems)
                    return set_error(err, PRECIS_E_NOMEM,
                                     "timex: out of memory for %zu results", ncap);
                if (count)
                    memcpy(nitems, items, count * sizeof *items);
                items = nitems;
                cap = ncap;
            }
            timex *x = &items[count++];
            emit(&c, i, e, &r, x);
            i = e;
            if (o->done && o->done(text, x)) {
                last = true;
                break;
            }
        }
        if (last)
            break;
        /* slide: keep the look-back before i, refill after the tokens not yet matched */
        size_t from = i > TIMEX_BEHIND ? i - TIMEX_BEHIND : 0;
        memmove(t, t + from, (ntok - from) * sizeof *t);
        ntok -= from;
        i -= from;
        size_t more = tokenize(abs, &st, t + ntok, wcap - ntok, wi);
        ntok += more;
    }
    *out = items;
    *n = count;
    return PRECIS_OK;
}

/* Segments raw text (no language data: the tokens do not depend on it) for the finder. */
static precis_status segment_raw(const char *text, size_t len, arena *a, segmentation *sg, precis_error *err) {
    memset(sg, 0, sizeof *sg);
    if (!text && len)
        return set_error(err, PRECIS_E_INVALID_ARG, "timex: NULL argument");
    if (len >= UINT32_MAX)
        return set_error(err, PRECIS_E_INPUT, "timex: %zu bytes, more than 4 GiB", len);
    if (len && a && !segment_text(text, 0, len, NULL, a, sg))
        return set_error(err, PRECIS_E_NOMEM, "timex: out of memory while segmenting");
    return PRECIS_OK;
}

precis_status timex_find(const char *text, size_t len, const char *dct, arena *a, timex **out,
                         size_t *n, precis_error *err) {
    segmentation sg;
    PRECIS_TRY(segment_raw(text, len, a, &sg, err));
    run_opts o = {NULL, SIZE_MAX, NULL, NULL};
    return find_run(text, sg.tokens, sg.n_tokens, 0, len, dct, NULL, a, out, n, &o, err);
}

precis_status timex_find_doc(const precis_doc *d, const char *dct, arena *a, timex **out, size_t *n,
                             precis_error *err) {
    if (!d)
        return set_error(err, PRECIS_E_INVALID_ARG, "timex: NULL argument");
    run_opts o = {NULL, SIZE_MAX, NULL, NULL};
    return find_run(d->text, d->seg.tokens, d->seg.n_tokens, 0, d->len, dct, doc_words(d), a, out, n, &o, err);
}

precis_status timex_find_unfiltered(const char *text, size_t len, const char *dct, arena *a,
                                    timex **out, size_t *n, size_t *misses,
                                    precis_error *err) {
    segmentation sg;
    PRECIS_TRY(segment_raw(text, len, a, &sg, err));
    size_t dummy = 0;
    run_opts o = {misses ? misses : &dummy, SIZE_MAX, NULL, NULL};
    *o.misses = 0;
    return find_run(text, sg.tokens, sg.n_tokens, 0, len, dct, NULL, a, out, n, &o, err);
}

/* The first dateline among the pieces of toks[0, ntoks) in abs[base, base + len). */
static bool dateline_run(const char *abs, const token *toks, size_t ntoks, size_t base, size_t len,
                         const word_index *words, arena *a, char out[11]) {
    const char *text = abs + base;
    size_t l = len < DATELINE_BYTES ? len : DATELINE_BYTES;
    timex *x;
    size_t n;
    /* the finder stops at the first dateline and where none can start any more: it goes left
     * to right, so the expressions before that point are the ones a full run finds, and the
     * first dateline among them is the one a full run's first dateline */
    run_opts o = {NULL, dateline_stop(text, l), dateline_at, NULL};
    if (find_run(abs, toks, ntoks, base, base + l, NULL, words, a, &x, &n, &o, NULL) != PRECIS_OK)
        return false;
    for (size_t k = 0; k < n; k++)
        if (dateline_at(text, &x[k])) {
            memcpy(out, x[k].value, 10);
            out[10] = '\0';
            return true;
        }
    return false;
}

bool timex_dateline(const char *text, size_t len, char out[11]) {
    if (!text || !out)
        return false;
    size_t l = len < DATELINE_BYTES ? len : DATELINE_BYTES;
    arena a;
    arena_init(&a, 16384);
    segmentation sg;
    bool found = segment_raw(text, l, &a, &sg, NULL) == PRECIS_OK &&
                 dateline_run(text, sg.tokens, sg.n_tokens, 0, l, NULL, &a, out);
    arena_free(&a);
    return found;
}

static bool dateline_own(const char *abs, const token *toks, size_t ntoks, size_t base, size_t len,
                         const word_index *words, char out[11]) {
    arena a;
    arena_init(&a, 16384);
    bool found = dateline_run(abs, toks, ntoks, base, len, words, &a, out);
    arena_free(&a);
    return found;
}

bool timex_dateline_doc(const precis_doc *d, char out[11]) {
    if (!d || !out)
        return false;
    /* the first tokens of the body: a dateline stands in its first DATELINE_BYTES */
    size_t from = doc_token_at(d, d->body_start);
    return dateline_own(d->text, d->seg.tokens + from, d->seg.n_tokens - from, d->body_start,
                        d->len - d->body_start, doc_words(d), out);
}

precis_status timex_find_doc_dateline(const precis_doc *d, char dct[11], arena *a, timex **out,
                                      size_t *n, precis_error *err) {
    if (!d || !dct)
        return set_error(err, PRECIS_E_INVALID_ARG, "timex: NULL argument");
    if (d->body_start) {
        /* the dateline run's pieces start at the body, past the BOM, and this run's at the
         * document's start: two runs */
        if (!timex_dateline_doc(d, dct))
            dct[0] = '\0';
        return timex_find_doc(d, dct[0] ? dct : NULL, a, out, n, err);
    }
    run_opts o = {NULL, SIZE_MAX, NULL, dct};
    return find_run(d->text, d->seg.tokens, d->seg.n_tokens, 0, d->len, NULL, doc_words(d), a, out, n, &o, err);
}

const char *timex_type_name(uint8_t type) {
    switch (type) {
    case TIMEX_DATE: return "DATE";
    case TIMEX_TIME: return "TIME";
    case TIMEX_DURATION: return "DURATION";
    case TIMEX_SET: return "SET";
    default: return "?";
    }
}
