/* quantity.c — numbers with what they count. Works on the document's tokens:
 *
 *   [approximation] [currency] NUMBER [scale] [%|percent] [counted noun phrase]
 *
 * A number is a TOK_NUMBER token or a number word (three, dozens, a million). The counted
 * noun phrase is taken greedily from the following words while they look like parts of a
 * noun phrase: capitalised words, or lower-case words that are neither stopwords nor look
 * like verbs (-ing/-ed), up to QUANTITY_MAX_NOUNS words. Years (four-digit numbers between
 * 1000 and 2100 without a unit), clock times and tokens inside time expressions are left to
 * the time expression finder. A bare figure (no unit, nothing counted, no approximation) is
 * not kept. Linear in tokens. */
#include "facts/quantity.h"

#include <ctype.h>
#include <strings.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define QUANTITY_MAX_NOUNS 4
#define APPROX_MIN_WORD_VALUE 10 /* "about three generations" is a topic, "about forty" a count */

/* In strcmp order: number_word looks a word up by binary search. */
static const struct {
    const char *word;
    double value;
} NUMBER_WORDS[] = {
    {"billion", 1e9},   {"billions", 2e9},   {"dozen", 12},        {"dozens", 24},      {"eight", 8},
    {"eighteen", 18},   {"eighty", 80},      {"eleven", 11},       {"fifteen", 15},     {"fifty", 50},
    {"five", 5},        {"forty", 40},       {"four", 4},          {"fourteen", 14},    {"hundred", 100},
    {"hundreds", 200},  {"million", 1e6},    {"millions", 2e6},    {"nine", 9},         {"nineteen", 19},
    {"ninety", 90},     {"one", 1},          {"seven", 7},         {"seventeen", 17},   {"seventy", 70},
    {"six", 6},         {"sixteen", 16},     {"sixty", 60},        {"ten", 10},         {"thirteen", 13},
    {"thirty", 30},     {"thousand", 1e3},   {"thousands", 2000},  {"three", 3},        {"trillion", 1e12},
    {"twelve", 12},     {"twenty", 20},      {"two", 2},
};
#define NUMBER_WORD_MAX 9 /* "seventeen", "thousands" */
/* The lengths of NUMBER_WORDS by first letter, one bit each: most words of a text start with
 * one of these letters, but few have the length of a number word that does ("the" and
 * "that" are searched no more). */
#define LEN_BIT(n) (1u << (n))
static const uint16_t NUMBER_LENGTHS[26] = {
    ['b' - 'a'] = LEN_BIT(7) | LEN_BIT(8),                                    /* billion(s) */
    ['d' - 'a'] = LEN_BIT(5) | LEN_BIT(6),                                    /* dozen(s) */
    ['e' - 'a'] = LEN_BIT(5) | LEN_BIT(6) | LEN_BIT(8),                       /* eight, eleven, eighteen */
    ['f' - 'a'] = LEN_BIT(4) | LEN_BIT(5) | LEN_BIT(7) | LEN_BIT(8),          /* five, fifty, fifteen, fourteen */
    ['h' - 'a'] = LEN_BIT(7) | LEN_BIT(8),                                    /* hundred(s) */
    ['m' - 'a'] = LEN_BIT(7) | LEN_BIT(8),                                    /* million(s) */
    ['n' - 'a'] = LEN_BIT(4) | LEN_BIT(6) | LEN_BIT(8),                       /* nine, ninety, nineteen */
    ['o' - 'a'] = LEN_BIT(3),                                                 /* one */
    ['s' - 'a'] = LEN_BIT(3) | LEN_BIT(5) | LEN_BIT(7) | LEN_BIT(9),          /* six, seven, sixteen, seventeen */
    ['t' - 'a'] = LEN_BIT(3) | LEN_BIT(5) | LEN_BIT(6) | LEN_BIT(8) | LEN_BIT(9), /* ten, three, twelve, thirteen,
                                                                                   * thousands */
};

static const struct {
    const char *word;
    double scale;
} SCALES[] = {{"bn", 1e9}, {"billion", 1e9}, {"m", 1e6}, {"mn", 1e6}, {"million", 1e6},
              {"k", 1e3},  {"thousand", 1e3}, {"trillion", 1e12}, {"tn", 1e12}, {"hundred", 100}};

/* strcmp's order and sign, inline: a call costs more than comparing these few bytes. */
static int short_cmp(const char *a, const char *b) {
    while (*a && *a == *b)
        a++, b++;
    return (unsigned char)*a - (unsigned char)*b;
}

/* Always inline (with the memo GCC made it a call at every word): asked of nearly every
 * word, and most are turned away by the first tests. The
 * search of those that pass them is remembered per term of one form (as quotes.c's cue()
 * does: every token of such a term folds to the same bytes; not an abbreviation, whose
 * period the term drops) in memo (NULL: none): 0 not searched yet, 1 no number word, 2 + i
 * NUMBER_WORDS[i]. "the", "one", "from", "there" pass the first tests. */
static inline __attribute__((always_inline)) bool number_word(const precis_doc *d, uint8_t *memo, size_t k, double *v) {
    /* most words are no number: reject them on first letter and length before the search
     * (it runs at nearly every word) */
    const token *t = &d->seg.tokens[k];
    size_t len = t->end - t->start;
    if (t->kind != TOK_WORD || len < 3 || len > NUMBER_WORD_MAX)
        return false;
    const char *s = d->text + t->start;
    unsigned initial = (unsigned)(word_fold(s[0]) - 'a');
    if (initial >= 26 || !(NUMBER_LENGTHS[initial] >> len & 1))
        return false;
    int32_t term = d->tok_term[k];
    uint8_t *m = memo && term >= 0 && d->lex.term_one_form[term] && !(t->flags & TOKF_ABBREV) ? &memo[term] : NULL;
    if (m && *m) {
        if (*m == 1)
            return false;
        *v = NUMBER_WORDS[*m - 2].value;
        return true;
    }
    char low[NUMBER_WORD_MAX + 1];
    for (size_t i = 0; i < len; i++)
        low[i] = word_fold(s[i]);
    low[len] = '\0';
    size_t lo = 0, hi = sizeof NUMBER_WORDS / sizeof NUMBER_WORDS[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = short_cmp(low, NUMBER_WORDS[mid].word);
        if (c == 0) {
            *v = NUMBER_WORDS[mid].value;
            if (m)
                *m = (uint8_t)(2 + mid);
            return true;
        }
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    if (m)
        *m = 1;
    return false;
}

/* Parses a digit token "10,000", "1.13bn", "3.5m", "76%" into a value; *scaled says a scale
 * suffix was glued on. */
static bool parse_number(const char *s, size_t len, double *v, bool *glued_unit) {
    char tmp[64];
    size_t m = 0, i = 0;
    for (; i < len && m + 1 < sizeof tmp; i++) {
        char c = s[i];
        if (isdigit((unsigned char)c) || c == '.')
            tmp[m++] = c;
        else if (c == ',')
            continue;
        else
            break;
    }
    tmp[m] = '\0';
    if (m == 0 || !isdigit((unsigned char)tmp[0]))
        return false;
    *v = strtod(tmp, NULL);
    *glued_unit = false;
    if (i < len) {
        for (size_t k = 0; k < sizeof SCALES / sizeof SCALES[0]; k++) {
            size_t sl = strlen(SCALES[k].word);
            if (len - i == sl && strncasecmp(s + i, SCALES[k].word, sl) == 0) {
                *v *= SCALES[k].scale;
                *glued_unit = true;
                return true;
            }
        }
        if (s[i] == '%') {
            *glued_unit = true;
            return true;
        }
        return false; /* 1st, 3D, 2019-04-25: not a quantity */
    }
    return true;
}

static bool looks_like_verb(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    size_t len = t->end - t->start;
    const char *s = d->text + t->start;
    return (len > 4 && strncmp(s + len - 3, "ing", 3) == 0) || (len > 4 && strncmp(s + len - 2, "ed", 2) == 0);
}

static bool is_word(const precis_doc *d, size_t k) { return d->seg.tokens[k].kind == TOK_WORD; }

/* -ly adverbs ("reportedly") end a counted noun phrase. */
static bool looks_like_adverb(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    size_t len = t->end - t->start;
    return len > 4 && strncmp(d->text + t->end - 2, "ly", 2) == 0;
}

/* "the two leaders", "both countries", "its three ministers": a definite reference to things
 * already introduced (facts.txt's definite words, or a possessive), not a count. */
static bool definite_before(const precis_doc *d, size_t k) {
    if (k == 0)
        return false;
    return (doc_tok_class(d, &d->lang->fact_words, k - 1) & FW_DEFINITE) || d->seg.tokens[k - 1].kind == TOK_POSSESSIVE;
}

bool quantity_find(const precis_doc *d, const uint8_t *skip, arena *a, quantity **out, size_t *n) {
    size_t nt = d->seg.n_tokens, cap = 16, m = 0;
    quantity *q = arena_alloc(a, cap * sizeof *q);
    if (!q)
        return false;
    uint8_t *memo = arena_calloc(a, d->lex.n_terms ? d->lex.n_terms : 1, 1); /* NULL: no memo */
    for (size_t k = 0; k < nt; k++) {
        const token *t = &d->seg.tokens[k];
        if (skip && skip[k])
            continue;
        double v = 0;
        bool unit = false, is_num = false;
        if (t->kind == TOK_NUMBER)
            is_num = parse_number(d->text + t->start, t->end - t->start, &v, &unit);
        else if (t->kind == TOK_WORD && !(t->shape == SHAPE_CAPITAL && (t->flags & TOKF_SENT_START) == 0))
            is_num = number_word(d, memo, k, &v);
        if (!is_num)
            continue;
        size_t first = k, last = k; /* token range of the number with sign and scale */
        /* a number word followed by more number words: "two hundred", "a million" */
        double v2;
        while (last + 1 < nt && number_word(d, memo, last + 1, &v2) && !(skip && skip[last + 1])) {
            v = v2 >= 100 ? v * v2 : v + v2;
            last++;
        }
        if (first > 0 && d->seg.tokens[first - 1].kind == TOK_SYMBOL)
            first--; /* $ £ € */
        if (!unit && last + 1 < nt) {
            for (size_t s = 0; s < sizeof SCALES / sizeof SCALES[0]; s++)
                if (doc_tok_is(d, last + 1, SCALES[s].word)) {
                    v *= SCALES[s].scale;
                    last++;
                    unit = true;
                    break;
                }
        }
        if (last + 1 < nt && (doc_tok_is(d, last + 1, "%") || doc_tok_is(d, last + 1, "percent") ||
                              doc_tok_is(d, last + 1, "per cent"))) {
            last++;
            unit = true;
        }
        bool currency = first < k;
        /* years are time expressions, not quantities */
        if (t->kind == TOK_NUMBER && !unit && !currency && v >= 1000 && v <= 2100 && v == floor(v) &&
            t->end - t->start == 4)
            continue;
        /* what it counts */
        size_t what_end = last;
        if (!unit || currency) {
            size_t nouns = 0;
            for (size_t j = last + 1; j < nt && nouns < QUANTITY_MAX_NOUNS; j++) {
                const token *w = &d->seg.tokens[j];
                if (w->sentence != t->sentence || !is_word(d, j) || d->tok_stop[j] || looks_like_verb(d, j) ||
                    looks_like_adverb(d, j) || (skip && skip[j]))
                    break;
                what_end = j;
                nouns++;
            }
        }
        /* a spelled-out number counts only with something counted: "three people", not the
         * "one" of "one of them" */
        if (t->kind == TOK_WORD && (what_end == last || definite_before(d, first)))
            continue;
        /* an approximation right before it (facts.txt's approx: "about", "more than"), the
         * longest; looked for only for a number the tests above kept (each length of phrase
         * is a lookup). Before a small spelled-out number these words are prepositions ("a
         * book about three generations", "over two days"), not approximations. */
        size_t approx = first;
        if (!(t->kind == TOK_WORD && v < APPROX_MIN_WORD_VALUE))
            for (size_t w = WORD_PHRASE_MAX; w > 0 && approx == first; w--)
                if (first >= w && (doc_phrase_class(d, &d->lang->fact_words, first - w, w) & FW_APPROX))
                    approx = first - w;
        /* a bare figure with no unit, nothing counted and no approximation ("Holloway, 58,",
         * "by 118 votes to 103") answers no "how many" a reader would ask */
        if (t->kind == TOK_NUMBER && !unit && !currency && what_end == last && approx == first)
            continue;
        if (m == cap) {
            quantity *nq = arena_alloc(a, cap * 2 * sizeof *nq);
            if (!nq)
                return false;
            memcpy(nq, q, m * sizeof *q);
            q = nq;
            cap *= 2;
        }
        const token *tf = &d->seg.tokens[first], *tl = &d->seg.tokens[last];
        q[m] = (quantity){
            .start = d->seg.tokens[approx].start,
            .end = d->seg.tokens[what_end].end,
            .num_start = tf->start,
            .num_end = tl->end,
            .what_start = what_end > last ? d->seg.tokens[last + 1].start : tl->end,
            .what_end = d->seg.tokens[what_end].end,
            .approx_start = d->seg.tokens[approx].start,
            .approx_end = approx < first ? d->seg.tokens[first - 1].end : tf->start,
            .sentence = t->sentence,
            .value = v,
        };
        m++;
        k = what_end;
    }
    *out = q;
    *n = m;
    return true;
}
