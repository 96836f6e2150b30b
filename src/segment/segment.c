/* segment.c — sentences and paragraphs over the tokens of tokenize.c.
 *
 * One pass over the tokens decides, before each token, whether a sentence ends there:
 *  - a blank line (paragraph break) always ends one;
 *  - after terminal punctuation (and the closing quotes and brackets glued to it) the next
 *    token decides: a lower-case word, a comma or a closing bracket continue the sentence;
 *    an ellipsis ends one only before a capital other than "I";
 *    closing marks spaced from the terminator stay with it in tokenized text ("over . ''
 *    Next"), and so do citation and footnote markers glued to it ("martyr.[1] The",
 *    "consultation.11 12 Take", "(1987).1 According", "end.^3", superscript digits);
 *  - inside a matched pair of quotes or brackets (within the paragraph, PAIR_LIMIT tokens)
 *    a terminator ends nothing unless it is the last thing inside, as pragmatic_segmenter
 *    does: "He said "Go. Now." and left." is one sentence. `` '' and " are one kind of
 *    double quote, -LRB- -RRB- (and -LSB-, -LCB-, ...) are brackets; a quotation opened
 *    again before it closes was never closed and holds nothing, and one whose marks are
 *    spaced on both sides (their direction a guess) holds no more than GUESSED_QUOTE_LONG
 *    tokens before a sentence end followed by a capital;
 *  - after an abbreviation: titles (Mr., Gen.) never end a sentence; initials end one only
 *    after a lower-case word and before a function word ("you and I. Did"); dotted acronyms
 *    (U.S., e.g.) end one before a capitalised function word or a title ("U.S. The", "p.m.
 *    Mr."), the Punkt "frequent sentence starter" idea with the language's stopword list
 *    standing in for learned starters; in English other listed abbreviations (Inc., etc.)
 *    end one before any capital but "I" (pragmatic_segmenter's English rule); a.m./p.m.
 *    before a capital other than a day or month end one;
 *  - a single line break inside a paragraph ends a sentence only when the line looks like a
 *    headline (title case, or a short first line of a paragraph), a byline, a list item or
 *    a short line of a list; otherwise hard-wrapped lines are joined;
 *  - numbered, lettered and roman list items ("1. ... 2. ...", "a) ... b) ...", "(ii)") and
 *    bullets start sentences even without punctuation before them; a list that starts
 *    again on the same line ("2) two 1) one 2) two") splits at its new first item, and an
 *    item that began mid-line ends at a line break before a capital;
 *  - in English, a picture caption run into the next sentence with no full stop ends
 *    before a capitalised determiner or pronoun after a lower-case content word when a
 *    clause follows ("... parking lot An FBI agent was ..."; see glued_caption_boundary);
 *  - in English, text taken from web pages: an embedded post's signature ("-- Jo Marsh
 *    (@jomarsh) March 4, 2024") ends its sentence, and a page's controls run into the story
 *    ("Click to share on WhatsApp", "Could not subscribe, try again later", "Image caption")
 *    are sentences of their own (PAGE_CONTROLS);
 *  - text that is only punctuation is one sentence.
 * Cost: linear in tokens (each line is looked at twice: as the line before a break and as
 * the line after one; look-aheads are bounded or monotonic). No recursion. Scratch arrays
 * are malloc'd and freed here; the results live in the caller's arena. */
#include <stdlib.h>
#include <string.h>

#include "segment/seg_internal.h"
#include "text/text.h"
#include "util/words.h"

typedef struct splitter {
    const char *s;
    size_t len;
    const lang_data *lang;
    const token *tok;
    const uint8_t *aux;
    size_t n;
    bool ordinals;          /* the language writes ordinals as "3." (de, da, ...) */
    bool general_ends;      /* a general abbreviation before a capital ends a sentence (en) */
} splitter;

/* Languages that write ordinal numbers with a period ("am 3. Oktober"). */
static bool lang_has_dotted_ordinals(const lang_data *lang) {
    static const char *const codes[] = {"de", "da", "nb", "nn", "no", "fi", "is", "et", "lv",
                                        "lt", "pl", "cs", "sk", "sl", "hr", "sr", "hu", "tr"};
    if (!lang)
        return false;
    for (size_t k = 0; k < sizeof codes / sizeof *codes; k++)
        if (strcmp(lang->code, codes[k]) == 0)
            return true;
    return false;
}

static int32_t first_char(const splitter *sp, size_t k) {
    size_t n;
    return text_decode_fast(sp->s, sp->len, sp->tok[k].start, &n);
}

/* The splitter's tokens through util/words.h, case included (capitals tell sentence starts).
 * Inline so that strlen of the literal folds away: this runs on most tokens. */
static inline bool tok_is(const splitter *sp, size_t k, const char *lit) {
    return word_eq(sp->s + sp->tok[k].start, sp->tok[k].end - sp->tok[k].start, lit, strlen(lit));
}

/* The same, ASCII case aside. */
static inline bool tok_is_fold(const splitter *sp, size_t k, const char *lit) {
    return word_eq_fold(sp->s + sp->tok[k].start, sp->tok[k].end - sp->tok[k].start, lit, strlen(lit));
}

/* Is the token at k one of the words of `list` (exactly, case included)? */
static bool tok_in(const splitter *sp, size_t k, const listed_word *list) {
    return word_in(sp->s + sp->tok[k].start, sp->tok[k].end - sp->tok[k].start, list);
}

/* The first character of a token, reading the brackets of tokenized (PTB) text (-LRB-,
 * -RSB-, ...) as the brackets they stand for. */
static int32_t bracket_char(const splitter *sp, size_t k) {
    const token *t = &sp->tok[k];
    const char *s = sp->s + t->start;
    if (t->end - t->start == 5 && s[0] == '-' && s[4] == '-') {
        bool left = (s[1] | 0x20) == 'l';
        switch (s[2] | 0x20) {
        case 'r': return left ? '(' : ')';
        case 's': return left ? '[' : ']';
        case 'c': return left ? '{' : '}';
        default: break;
        }
    }
    return first_char(sp, k);
}

static bool is_closer(const splitter *sp, size_t k) {
    const token *t = &sp->tok[k];
    if (t->flags & TOKF_CLOSE_QUOTE)
        return true;
    if (t->kind != TOK_PUNCT || (t->flags & TOKF_OPEN_QUOTE))
        return false;
    int32_t c = bracket_char(sp, k);
    return c == ')' || c == ']' || c == '}' || c == 0xFF09 || c == 0x3011 || c == 0x300B ||
           c == 0x3009 || c == 0x300D || c == 0x300F;
}

/* French sets a space before a closing guillemet: « Bonjour. » */
static bool spaced_guillemet(const splitter *sp, size_t k) {
    int32_t c = first_char(sp, k);
    return (c == 0x00BB || c == 0x203A) && !(sp->tok[k].flags & TOKF_NEWLINE_BEFORE);
}

/* Tokenized text spaces the marks that close a quotation or bracket ("over . '' Next",
 * "it . -RRB- Then"): a closing quotation mark, or any closer after a spaced terminator,
 * with a space after it belongs to the sentence before it. */
static bool spaced_closer(const splitter *sp, size_t k, size_t m) {
    if (!(sp->tok[m].flags & TOKF_CLOSE_QUOTE) && !(sp->tok[k].flags & TOKF_SPACE_BEFORE))
        return false;
    return m + 1 >= sp->n || (sp->tok[m + 1].flags & TOKF_SPACE_BEFORE);
}

static bool is_opener(const splitter *sp, size_t k) {
    const token *t = &sp->tok[k];
    if (t->flags & TOKF_OPEN_QUOTE)
        return true;
    if (t->kind != TOK_PUNCT)
        return false;
    int32_t c = bracket_char(sp, k);
    return c == '(' || c == '[' || c == '{' || c == 0x00BF || c == 0x00A1 || c == 0xFF08 ||
           c == 0x3010 || c == 0x300A || c == 0x3008;
}

static bool is_stopword(const splitter *sp, size_t k) {
    const token *t = &sp->tok[k];
    if (!sp->lang || !sp->lang->stopwords.cap || t->kind != TOK_WORD || t->end - t->start > 40)
        return false; /* no function word is 40 bytes long */
    char low[180];
    size_t n = seg_lower(sp->s + t->start, t->end - t->start, low, sizeof low);
    return n && strmap_get(&sp->lang->stopwords, low, n) >= 0;
}

static bool is_alnum_ascii(char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static bool is_dash(const splitter *sp, size_t k) {
    int32_t c = bracket_char(sp, k);
    return c == '-' || c == 0x2013 || c == 0x2014;
}

/* a.m. / p.m. (any case): they follow a time, so a capital after them starts a sentence
 * unless it names a day or a month (news style: "at 5 p.m. Tuesday"). */
static bool is_clock_abbrev(const splitter *sp, size_t k) {
    const token *t = &sp->tok[k];
    if (t->end - t->start != 4)
        return false;
    const char *s = sp->s + t->start;
    return ((s[0] | 0x20) == 'a' || (s[0] | 0x20) == 'p') && s[1] == '.' && (s[2] | 0x20) == 'm' &&
           s[3] == '.';
}

static bool is_day_or_month(const splitter *sp, size_t k) {
    static const char *const names[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
        "fri", "sat", "sun"};
    const token *t = &sp->tok[k];
    size_t len = t->end - t->start;
    if (t->kind != TOK_WORD || len > 12)
        return false;
    char low[16];
    size_t n = seg_lower(sp->s + t->start, len, low, sizeof low);
    if (n && low[n - 1] == '.')
        n--;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strlen(names[i]) == n && memcmp(names[i], low, n) == 0)
            return true;
    return false;
}

/* Capitalised words that are not function words but start English sentences after a
 * dotted acronym ("... of the U.S. Millions attended"): pragmatic_segmenter's list for
 * U.S./U.K./E.U. beyond function words, plus its two obvious siblings. */
static bool is_starter_en(const splitter *sp, size_t k) {
    static const char *const words[] = {"Millions", "Thousands", "Hundreds"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tok_is(sp, k, words[i]))
            return true;
    return false;
}

/* A time zone after a clock time: two to four capitals (ET, EST, GMT, UTC, AEDT). */
static bool is_time_zone(const splitter *sp, size_t k) {
    const token *t = &sp->tok[k];
    size_t len = t->end - t->start;
    return t->kind == TOK_WORD && t->shape == SHAPE_UPPER && len >= 2 && len <= 4;
}

static bool is_word(const token *t) { return t->kind == TOK_WORD || t->kind == TOK_NUMBER; }

/* Starts with an upper-case letter, or a letter of a script without case. */
static bool starts_upper(const splitter *sp, size_t k) {
    int32_t c = first_char(sp, k);
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    return text_is_letter(c) && !text_is_lower(c);
}
static bool starts_lower(const splitter *sp, size_t k) { return text_is_lower(first_char(sp, k)); }
static bool starts_digit(const splitter *sp, size_t k) { return text_is_digit(first_char(sp, k)); }

/* List markers: "1." "12)" "1.)" "a." "b)" "(c)" "iv." "(ii)". A marker has up to three
 * readings (a number, a letter, a roman numeral: "i" is both a letter and a numeral) so that
 * the next item can be expected whichever way the list counts. */
typedef struct marker {
    int32_t num, letter, roman; /* 0 when the reading does not apply */
    size_t end;                 /* index after the marker's tokens */
} marker;

static int32_t roman_value(const char *s, size_t len) {
    static const char *const numerals[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii",
                                           "ix", "x", "xi", "xii"};
    if (len == 0 || len > 4)
        return 0;
    /* Every short word of the text comes here (list_marker): leave at the first letter that
     * is not i, v or x before any table lookup. */
    char low[5];
    for (size_t i = 0; i < len; i++) {
        low[i] = (char)(s[i] | 0x20);
        if (low[i] != 'i' && low[i] != 'v' && low[i] != 'x')
            return 0;
    }
    for (size_t k = 0; k < sizeof numerals / sizeof *numerals; k++)
        if (strncmp(numerals[k], low, len) == 0 && numerals[k][len] == '\0')
            return (int32_t)k + 1;
    return 0;
}

static bool glued_to_prev(const splitter *sp, size_t k) {
    return k < sp->n && !(sp->tok[k].flags & TOKF_SPACE_BEFORE);
}

static bool is_close_paren(const splitter *sp, size_t k) {
    return tok_is(sp, k, ")") || tok_is(sp, k, "\xEF\xBC\x89");
}

/* Can the token at k start a list marker? Only "(", a number of one or two digits or a word
 * of at most four bytes can, and the token after it must be glued to it unless it is an
 * initial with its period ("a."). list_marker() runs at almost every token, and this test
 * (its first conditions, in the cheapest order) turns nearly all of them away. */
static inline bool could_start_marker(const splitter *sp, size_t k) {
    const token *t = &sp->tok[k];
    size_t len = t->end - t->start;
    if (len == 1 && sp->s[t->start] == '(')
        return true;
    if (len > 4 || (t->kind != TOK_WORD && t->kind != TOK_NUMBER))
        return false;
    if (t->kind == TOK_WORD && (t->flags & TOKF_ABBREV))
        return len == 2;
    return k + 1 < sp->n && !(sp->tok[k + 1].flags & TOKF_SPACE_BEFORE);
}

/* Reads the list marker that could_start_marker() allows at k; false when there is none. */
static bool read_list_marker(const splitter *sp, size_t k, marker *mk) {
    memset(mk, 0, sizeof *mk);
    bool paren = tok_is(sp, k, "(");
    size_t x = paren ? k + 1 : k;
    if (x >= sp->n || (paren && !glued_to_prev(sp, x)))
        return false;
    const token *t = &sp->tok[x];
    const char *ts = sp->s + t->start;
    size_t len = t->end - t->start, e;
    bool fused = false; /* "a." is one token (an initial) */
    if (t->kind == TOK_NUMBER && t->shape == SHAPE_DIGITS && len <= 2) {
        mk->num = atoi(ts);
    } else if (t->kind == TOK_WORD && (t->flags & TOKF_ABBREV) && len == 2 && (sp->aux[x] & AUX_INITIAL) &&
               (unsigned)((ts[0] | 0x20) - 'a') < 26) {
        mk->letter = ts[0];
        mk->roman = roman_value(ts, 1);
        fused = true;
    } else if (t->kind == TOK_WORD && !(t->flags & TOKF_ABBREV) && len <= 4 &&
               (unsigned)((ts[0] | 0x20) - 'a') < 26) {
        mk->roman = roman_value(ts, len);
        if (len == 1)
            mk->letter = ts[0];
        if (!mk->roman && !mk->letter)
            return false;
    } else {
        return false;
    }
    e = x + 1;
    if (paren) {
        if (fused || !glued_to_prev(sp, e) || !is_close_paren(sp, e))
            return false;
        e++;
    } else if (!fused) {
        if (!glued_to_prev(sp, e))
            return false;
        if (tok_is(sp, e, ".")) {
            e++;
            if (glued_to_prev(sp, e) && is_close_paren(sp, e))
                e++;
        } else if (is_close_paren(sp, e)) {
            e++;
        } else {
            return false;
        }
    } else if (glued_to_prev(sp, e) && is_close_paren(sp, e)) {
        e++;
    }
    if (e < sp->n && glued_to_prev(sp, e) && !text_is_cjk(first_char(sp, e)))
        return false;
    mk->end = e;
    return true;
}

/* Reads a list marker at k; false when there is none (and *mk is then not to be read). The
 * marker must be followed by a space (or a CJK character, or the end). Inline, so that the
 * cheap test costs no call at the tokens it turns away. */
static inline bool list_marker(const splitter *sp, size_t k, marker *mk) {
    return could_start_marker(sp, k) && read_list_marker(sp, k, mk);
}

/* Does the marker `next` continue the list whose last marker was `prev`? */
static bool marker_follows(const marker *prev, const marker *next) {
    return (prev->num && next->num == prev->num + 1) ||
           (prev->letter && next->letter == prev->letter + 1) ||
           (prev->roman && next->roman == prev->roman + 1);
}

/* Is the marker the first of its list (1, a, i)? "A." is left out: mid-sentence it is far
 * more often an initial ("John A. Smith") than a list starting again. */
static bool marker_first(const splitter *sp, const marker *mk) {
    bool paren = mk->end > 0 && is_close_paren(sp, mk->end - 1);
    return mk->num == 1 || mk->letter == 'a' || (paren && (mk->letter == 'A' || mk->roman == 1)) ||
           (mk->roman == 1 && mk->letter == 'i');
}

static bool marker_has_successor(const splitter *sp, const marker *mk);

/* Does the marker at k start a list run into an English sentence, as pragmatic_segmenter
 * reads "Do this: 1) mix 2) bake"? Only a first marker with its successor near, not in
 * brackets ("would (1) cut and (2) raise" stays one sentence), and a "1." only before a
 * capital ("for 1. above" is a reference). Other languages write ordinals and dates as
 * "1. Mai", so the rule is English only. */
static bool inline_list_start(const splitter *sp, size_t k, const marker *mk) {
    if (!sp->general_ends || tok_is(sp, k, "(") || !marker_first(sp, mk))
        return false;
    if (k > 0 && (sp->tok[k - 1].flags & TOKF_ABBREV))
        return false; /* "No. 1. The": the number of an abbreviation */
    bool paren = is_close_paren(sp, mk->end - 1);
    if (!paren && !(mk->end < sp->n && starts_upper(sp, mk->end)))
        return false;
    if (!paren && mk->letter && !mk->num)
        return false; /* "a. The" mid-sentence is too often an initial or a stray letter */
    return marker_has_successor(sp, mk);
}

/* Is the marker `mk` (after a terminator) followed, within the paragraph and 60 tokens,
 * by the next marker of its list? Bounded look-ahead keeps this linear; 60 tokens is a
 * long list item (two or three sentences), a guess, not a measurement. */
static bool marker_has_successor(const splitter *sp, const marker *mk) {
    for (size_t j = mk->end; j < sp->n && j < mk->end + 60; j++) {
        if (sp->tok[j].flags & TOKF_PARA_BEFORE)
            return false;
        marker nx;
        if ((sp->tok[j].flags & TOKF_SPACE_BEFORE) && list_marker(sp, j, &nx) && marker_follows(mk, &nx))
            return true;
    }
    return false;
}

static int pair_type(const splitter *sp, size_t k, bool open);

/* Does a sentence end after the terminator or abbreviation at k, given that the tokens
 * [k+1, m) are closing quotes/brackets glued to it? `words` counts the words of the
 * sentence before k. */
static bool ends_after(const splitter *sp, size_t k, size_t m, size_t words) {
    if (m >= sp->n)
        return true;
    const token *t = &sp->tok[k], *nt = &sp->tok[m];
    if (nt->flags & TOKF_PARA_BEFORE)
        return true;
    uint8_t aux = sp->aux[k];
    /* "...house!' (Which was true.)": after a closing single quotation a bracket goes on
     * (pragmatic_segmenter's reading; after a double quotation it starts a sentence) */
    if (m > k + 1 && (sp->tok[m - 1].flags & TOKF_CLOSE_QUOTE) && pair_type(sp, m - 1, false) == 5 &&
        is_opener(sp, m) && !(nt->flags & TOKF_OPEN_QUOTE))
        return false;
    /* the first token after any opening quotes and brackets */
    size_t q = m;
    while (q + 1 < sp->n && is_opener(sp, q) && !(sp->tok[q + 1].flags & TOKF_PARA_BEFORE))
        q++;
    bool glued = !(nt->flags & TOKF_SPACE_BEFORE);
    /* 「こんにちは。」と言った: text glued to a closing corner bracket goes on the sentence */
    if (m > k + 1 && glued && (first_char(sp, m - 1) == 0x300D || first_char(sp, m - 1) == 0x300F))
        return false;

    if (t->flags & TOKF_ABBREV) {
        int cls = aux & AUX_ABBR_MASK;
        if (cls == ABBR_TITLE) {
            /* "St." is a saint before a name but a street after one: "10 Main St. The
             * house" ends where a capitalised function word follows a street name */
            return sp->general_ends && tok_is(sp, k, "St.") && k > 0 && q == m && !glued &&
                   sp->tok[k - 1].shape == SHAPE_CAPITAL &&
                   is_stopword(sp, q) && starts_upper(sp, q);
        }
        if (glued)
            return false;
        if (cls == ABBR_NUMBER && nt->kind == TOK_NUMBER)
            return false;
        if ((aux & AUX_INITIAL) && cls == 0 && !(t->flags & TOKF_SPACE_BEFORE) && k > 0 &&
            !is_opener(sp, k - 1) && !is_word(&sp->tok[k - 1])) {
            /* "120.5°C." is a unit, not an initial: a full stop */
            return !glued && (starts_upper(sp, q) || starts_digit(sp, q) || q != m);
        }
        if ((aux & AUX_INITIAL) && cls == 0 && text_is_lower(first_char(sp, k))) {
            /* "z. Z.", "p. 55": lower-case single letters abbreviate words, like "etc." */
            if (!starts_upper(sp, q) || words < 3)
                return false;
            return q != m || is_stopword(sp, q);
        }
        if ((aux & AUX_INITIAL) && cls == 0) {
            /* "you and I. Did" ends; "Albert I. Jones", "J. R. R. Tolkien" do not */
            if (!starts_upper(sp, q) || (sp->aux[q] & AUX_INITIAL))
                return false; /* "by J. R. R. Tolkien" */
            return k > 0 && is_word(&sp->tok[k - 1]) && sp->tok[k - 1].shape != SHAPE_CAPITAL &&
                   sp->tok[k - 1].shape != SHAPE_UPPER && !(sp->tok[k - 1].flags & TOKF_ABBREV) &&
                   (q != m || is_stopword(sp, q)); /* "vitamin C. It", not "by A. Farahani" */
        }
        if (!starts_upper(sp, q))
            return false;
        /* "At 5 a.m. Mr. Smith ..." is not a sentence of its own; but in English two words
         * and a dotted acronym before a capitalised function word are ("I love N.Y. It
         * is ...") */
        if (words < 3 && !(words == 2 && sp->general_ends && (aux & AUX_ACRONYM) && q == m &&
                           is_stopword(sp, q) && !is_clock_abbrev(sp, k)))
            return false;
        if (is_clock_abbrev(sp, k) && q == m && !is_day_or_month(sp, q) && !is_time_zone(sp, q))
            return true; /* "at 6 p.m. Travelers ..."; but "5 p.m. Tuesday", "5 p.m. ET" go on */
        if (q != m) /* an opening quote after "U.S." starts a sentence; "et al. (2019)" not */
            return (nt->flags & TOKF_OPEN_QUOTE) != 0;
        if ((sp->tok[q].flags & TOKF_ABBREV) && (sp->aux[q] & AUX_ABBR_MASK) == ABBR_TITLE)
            return true;
        /* In English a listed one-word abbreviation (Inc., Corp., etc.) before a capital ends
         * the sentence, except before "I", as pragmatic_segmenter's English rules do; dotted
         * acronyms (U.S. Government) and other languages' abbreviations (where its rules
         * differ: German capitalises every noun) need a function word after them. */
        if (!(aux & AUX_ACRONYM) && sp->general_ends && cls == ABBR_GENERAL) {
            const token *w = &sp->tok[q];
            if (((w->flags & TOKF_ABBREV) && (sp->aux[q] & AUX_ABBR_MASK) == ABBR_GENERAL) ||
                is_day_or_month(sp, q))
                return false; /* "on Wed. Sept. 5" */
            bool pronoun_i = w->kind == TOK_WORD && sp->s[w->start] == 'I' &&
                             (w->end - w->start == 1 || !is_alnum_ascii(sp->s[w->start + 1]));
            return !pronoun_i;
        }
        return is_stopword(sp, q) || (sp->general_ends && is_starter_en(sp, q));
    }

    if (aux & AUX_STRONG) {
        if (glued && (text_is_upper(first_char(sp, m)) || text_is_lower(first_char(sp, m))))
            return false; /* "Y!J", "!Xuun": part of a name */
        /* "voila! -- you have cake" goes on, "What do you see? - Posted ..." does not */
        while (q + 1 < sp->n && sp->tok[q].kind == TOK_PUNCT && is_dash(sp, q))
            q++;
        if (starts_lower(sp, q))
            return false;
        if (q != m && !is_opener(sp, m))
            return starts_upper(sp, q);
        if (nt->kind == TOK_PUNCT && !is_opener(sp, m) && !(sp->aux[m] & AUX_BULLET))
            return false; /* ?, or ?) with a space */
        return true;
    }
    if (aux & AUX_ELLIPSIS) {
        if (k > 0 && is_opener(sp, k - 1) && !(t->flags & TOKF_SPACE_BEFORE))
            return false; /* [...] */
        if (words == 0)
            return false; /* ". . . The practice was not abandoned": it opens the sentence */
        if (!starts_upper(sp, q))
            return false;
        /* "the thing is . . . I didn't mean it": a capital I after an ellipsis goes on */
        const token *w = &sp->tok[q];
        if (w->kind == TOK_WORD && sp->s[w->start] == 'I' &&
            (w->end - w->start == 1 || !is_alnum_ascii(sp->s[w->start + 1])))
            return false;
        return true;
    }
    /* a full stop */
    if (sp->ordinals && k > 0 && sp->tok[k - 1].kind == TOK_NUMBER &&
        !(t->flags & TOKF_SPACE_BEFORE) && sp->tok[k - 1].shape == SHAPE_DIGITS &&
        sp->tok[k - 1].end - sp->tok[k - 1].start <= 2) {
        /* "am 3. Oktober": an ordinal unless a function word follows */
        if (!starts_upper(sp, q))
            return false;
        return q != m || is_stopword(sp, q);
    }
    if (glued) {
        /* "world.Today", "1,000.That": a capitalised word glued to the period starts a
         * sentence, except after a one- or two-digit list number ("1.Helado, 2.Carne");
         * file extensions (Report.PDF) are inside their token already */
        if (k > 0 && sp->tok[k - 1].kind == TOK_NUMBER && sp->tok[k - 1].end - sp->tok[k - 1].start <= 2)
            return false;
        return nt->kind == TOK_WORD && starts_upper(sp, m) &&
               (nt->end - nt->start > 1 || (k > 0 && sp->tok[k - 1].kind == TOK_WORD &&
                                             sp->tok[k - 1].end - sp->tok[k - 1].start > 2));
    }
    if (starts_lower(sp, q))
        return false;
    if (starts_digit(sp, q))
        return !(k > 0 && sp->tok[k - 1].kind == TOK_SYMBOL && !(t->flags & TOKF_SPACE_BEFORE));
    if (nt->kind == TOK_PUNCT && !is_opener(sp, m) && !(sp->aux[m] & AUX_BULLET) &&
        !(sp->aux[m] & AUX_TERM))
        return false; /* "etc.," "." followed by a closing bracket after a space */
    return true;
}

/* ---- citation and footnote markers ------------------------------------------------------ */

/* Superscript digits: ⁰ ¹ ² ³ ⁴ ... ⁹. */
static bool is_superscript_digit(int32_t c) {
    return c == 0x00B9 || c == 0x00B2 || c == 0x00B3 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

/* A short footnote number: digits, or digits joined by ',' or '-' ("11", "3,4", "2-5"),
 * no run longer than three digits (a year or an amount is not a footnote). */
static bool footnote_number(const splitter *sp, size_t k) {
    const token *t = &sp->tok[k];
    if (t->kind != TOK_NUMBER || t->end - t->start > 9)
        return false;
    size_t run = 0;
    for (uint32_t i = t->start; i < t->end; i++) {
        char c = sp->s[i];
        if (c >= '0' && c <= '9') {
            if (++run > 3)
                return false;
        } else if (c == ',' || c == '-') {
            run = 0;
        } else {
            return false;
        }
    }
    return true;
}

/* The index after the citation or footnote markers glued to the terminator that ends
 * before m ("martyr.[1] The", "end.^3 Next", "end.¹² Next", "consultation.11 12 Take",
 * "(1987).1 According"); m when there are none. The markers stay with the sentence they
 * end. Bare digits are a footnote only before a capitalised word, the end or a paragraph:
 * glued to a period they are otherwise a typo's number ("scored.10 minutes"). Look-ahead
 * is bounded (a bracket closes within 8 tokens, at most 4 numbers). */
static size_t citation_end(const splitter *sp, size_t m) {
    size_t e = m;
    for (;;) { /* [1] [12][13] [a] [note 3] [2-4] */
        if (e >= sp->n || (sp->tok[e].flags & TOKF_SPACE_BEFORE) || bracket_char(sp, e) != '[')
            break;
        size_t j = e + 1;
        while (j < sp->n && j < e + 8 && !(sp->tok[j].flags & TOKF_NEWLINE_BEFORE) &&
               bracket_char(sp, j) != ']' &&
               (sp->tok[j].kind == TOK_NUMBER || first_char(sp, j) == ',' || is_dash(sp, j) ||
                (sp->tok[j].kind == TOK_WORD && sp->tok[j].end - sp->tok[j].start <= 4)))
            j++;
        if (j == e + 1 || j >= sp->n || bracket_char(sp, j) != ']')
            break;
        e = j + 1;
    }
    if (e > m)
        return e;
    if (m + 1 < sp->n && !(sp->tok[m + 1].flags & TOKF_SPACE_BEFORE) && tok_is(sp, m, "^") &&
        !(sp->tok[m].flags & TOKF_SPACE_BEFORE) && footnote_number(sp, m + 1))
        return m + 2; /* end.^3 */
    while (e < sp->n && !(sp->tok[e].flags & TOKF_SPACE_BEFORE) && sp->tok[e].kind != TOK_WORD &&
           is_superscript_digit(first_char(sp, e)))
        e++;
    if (e > m)
        return e;
    if (m >= sp->n || (sp->tok[m].flags & TOKF_SPACE_BEFORE) || !footnote_number(sp, m))
        return m;
    e = m + 1;
    while (e < sp->n && e < m + 4 && !(sp->tok[e].flags & (TOKF_NEWLINE_BEFORE | TOKF_PARA_BEFORE)) &&
           footnote_number(sp, e))
        e++; /* consultation.11 12 */
    if (e < sp->n && !(sp->tok[e].flags & TOKF_PARA_BEFORE) &&
        (!(sp->tok[e].flags & TOKF_SPACE_BEFORE) || !starts_upper(sp, e)))
        return m;
    return e;
}

/* ---- quotations and brackets --------------------------------------------------------- */

/* A terminator inside a matched pair of quotes or brackets does not end the sentence
 * unless it is the last thing inside ("He said: "Go." She went." splits after the quote;
 * "(He left. She stayed.) Then" splits only after the bracket), as pragmatic_segmenter
 * does. Pairs are matched within a paragraph and within PAIR_LIMIT tokens, so a stray
 * opener cannot swallow a whole document. */
enum { N_PAIR_TYPES = 8 };
/* 120 tokens: a quotation of four or five news sentences; longer pairs are most likely
 * unmatched quotes. */
#define PAIR_LIMIT 120
/* Tokens after which a quotation whose marks are spaced on both sides (tokenized text,
 * where which way a mark points is a guess) stops holding its sentences together: about
 * one news sentence. Measured on cnndm_dev_tok: 40 and 60 leave two and three times as
 * many run-together sentences of over 80 words; typeset text is not affected. */
#define GUESSED_QUOTE_LONG 20

/* A straight quotation mark (' or ") with spaces on both sides: its direction was guessed
 * (tokenize.c's spaced_quote_direction). */
static bool spaced_straight_quote(const splitter *sp, size_t k) {
    const token *t = &sp->tok[k];
    char c = sp->s[t->start];
    return t->end - t->start == 1 && (c == '\'' || c == '"') && (t->flags & TOKF_SPACE_BEFORE) &&
           k + 1 < sp->n && (sp->tok[k + 1].flags & TOKF_SPACE_BEFORE);
}

static int pair_type(const splitter *sp, size_t k, bool open) {
    const token *t = &sp->tok[k];
    if (t->kind != TOK_PUNCT)
        return -1;
    int32_t c = bracket_char(sp, k);
    if (t->flags & (open ? TOKF_OPEN_QUOTE : TOKF_CLOSE_QUOTE)) {
        if (t->end - t->start == 2 && (c == '`' || c == '\''))
            return 4; /* `` and '': double quotation marks of tokenized text, which pair
                       * with each other and with " */
        switch (c) {
        case '\'': case '`': case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A:
            return 5;
        default:
            return 4;
        }
    }
    if (t->flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE))
        return -1;
    switch (c) {
    case '(': return open ? 0 : -1;
    case ')': return open ? -1 : 0;
    case '[': return open ? 1 : -1;
    case ']': return open ? -1 : 1;
    case '{': return open ? 2 : -1;
    case '}': return open ? -1 : 2;
    case 0xFF08: return open ? 3 : -1;
    case 0xFF09: return open ? -1 : 3;
    case 0x3010: return open ? 6 : -1;
    case 0x3011: return open ? -1 : 6;
    case 0x300A: case 0x3008: return open ? 7 : -1; /* 《 〈 */
    case 0x300B: case 0x3009: return open ? -1 : 7;
    default: return -1;
    }
}

typedef struct pairs {
    size_t next_close[N_PAIR_TYPES]; /* index of the next closer of each type (monotonic) */
    size_t next_open[N_PAIR_TYPES];  /* index of the next opener of each type (monotonic) */
    size_t next_para;                /* index of the next paragraph start */
} pairs;

/* The index of the next token after k that is a closer (open false) or an opener of
 * `type`, remembered in *next so that every token is scanned once per type. */
static size_t next_of_type(const splitter *sp, size_t *next, size_t k, int type, bool open) {
    if (*next <= k) {
        /* quotation marks carry their direction in the flags: test those first */
        uint16_t need = type == 4 || type == 5 ? (open ? TOKF_OPEN_QUOTE : TOKF_CLOSE_QUOTE) : 0;
        size_t j = k + 1;
        while (j < sp->n && (sp->tok[j].kind != TOK_PUNCT || (sp->tok[j].flags & need) != need ||
                             pair_type(sp, j, open) != type))
            j++;
        *next = j;
    }
    return *next;
}

/* The index of the closer matching the opener at k, or 0 when there is none near. A
 * quotation opened again before it closes was never closed ("A. "B. "C" D." holds only
 * "C"): quotations of one kind do not nest, so the first opener holds nothing. */
static size_t pair_close(const splitter *sp, pairs *pr, size_t k, int type) {
    next_of_type(sp, &pr->next_close[type], k, type, false);
    if ((type == 4 || type == 5) &&
        next_of_type(sp, &pr->next_open[type], k, type, true) < pr->next_close[type])
        return 0;
    if (pr->next_para <= k) {
        size_t j = k + 1;
        while (j < sp->n && !(sp->tok[j].flags & TOKF_PARA_BEFORE))
            j++;
        pr->next_para = j;
    }
    size_t c = pr->next_close[type];
    if (c >= sp->n || c >= pr->next_para || c - k > PAIR_LIMIT)
        return 0;
    return c;
}

/* ---- line breaks inside a paragraph --------------------------------------------------- */

/* Index after the last token of the line that starts at k. */
static size_t line_end(const splitter *sp, size_t k) {
    size_t j = k + 1;
    while (j < sp->n && !(sp->tok[j].flags & TOKF_NEWLINE_BEFORE))
        j++;
    return j;
}

static bool starts_item(const splitter *sp, size_t k) {
    marker mk;
    return (sp->aux[k] & AUX_BULLET) || list_marker(sp, k, &mk);
}

/* A headline: at most 15 words (news headlines run 6-12; a longer all-capitalised line is
 * more likely a wrapped run of names), every word that is not a function word capitalised. */
static bool title_like(const splitter *sp, size_t a, size_t b) {
    size_t words = 0, caps = 0;
    for (size_t k = a; k < b; k++) {
        const token *t = &sp->tok[k];
        if (t->kind != TOK_WORD)
            continue;
        if (++words > 15)
            return false;
        if (t->shape == SHAPE_CAPITAL || t->shape == SHAPE_UPPER || t->shape == SHAPE_MIXED)
            caps++;
        else if (t->shape == SHAPE_LOWER && !is_stopword(sp, k))
            return false;
    }
    return caps > 0;
}

/* Bytes beyond which a line cannot be a hard-wrapped one: wraps are made at 60-80 columns. */
#define UNWRAPPED_LINE 100

/* Does the line break before k (the line before it starts at ls, the one after ends at
 * l2e) end a sentence? Only when no terminator decided already. */
static bool line_break_ends(const splitter *sp, size_t ls, size_t k, size_t l2e, bool item) {
    size_t last = k - 1;
    if (starts_item(sp, k) || starts_item(sp, ls))
        return true;
    size_t p = last;
    while (p > ls && is_closer(sp, p))
        p--;
    if ((sp->aux[p] & AUX_TERM) || (sp->tok[p].flags & TOKF_ABBREV))
        return false; /* ends_after() decided */
    const token *lt = &sp->tok[last];
    if (lt->kind == TOK_PUNCT || lt->kind == TOK_SYMBOL) {
        int32_t c = bracket_char(sp, last);
        if (c == ',' || c == ';' || c == '-' || c == 0x2013 || c == 0x2014 ||
            c == '(' || c == '/' || c == '&' || c == 0x060C || c == 0x3001)
            return false; /* the sentence obviously goes on */
    }
    /* "a. one more\nThey went": an item that began mid-line ends at its line break when
     * the next line starts like a sentence (a wrapped item goes on in lower case) */
    if (item && (starts_upper(sp, k) || starts_digit(sp, k) || is_opener(sp, k)))
        return true;
    if (is_stopword(sp, last))
        return false; /* "... met in\nMoscow" */
    if (text_is_cjk(first_char(sp, k)) && sp->tok[last].end < sp->len &&
        text_is_newline((unsigned char)sp->s[sp->tok[last].end]) && text_is_cjk(first_char(sp, last)))
        return false; /* a CJK line wrapped with no space: the break is not a boundary */
    bool colon = lt->kind == TOK_PUNCT && first_char(sp, last) == ':';
    /* A line that ends in a space before its break was wrapped by a program that kept the
     * space (pragmatic_segmenter's convention): the break is not a boundary. */
    if (!colon && lt->end < sp->len && (sp->s[lt->end] == ' ' || sp->s[lt->end] == '\t') &&
        !text_is_cjk(first_char(sp, last)) && !text_is_cjk(first_char(sp, k)) && !title_like(sp, ls, k))
        return false;
    size_t l1 = lt->end - sp->tok[ls].start;
    size_t l2 = sp->tok[l2e - 1].end - sp->tok[k].start;
    bool upper2 = starts_upper(sp, k) || starts_digit(sp, k) || is_opener(sp, k);
    if (upper2) {
        if (title_like(sp, ls, k))
            return true;
        /* a line longer than any hard-wrap width was not wrapped: its break is the writer's,
         * before a capital a boundary ("Share this with Email Facebook ... in a new window\nA
         * council ...": a share bar glued to the lead would take the lead with it) */
        if (l1 > UNWRAPPED_LINE)
            return true;
        /* a line much shorter than the next is not a wrapped line: 0.6 is a guess that keeps
         * ragged hard wraps (lines within ~40% of each other) together */
        if (l1 * 10 < l2 * 6)
            return true;
        /* the first line of a paragraph shorter than any hard-wrap width (60-80 columns;
         * 50 bytes leaves room for ragged wraps) is a headline, even in sentence case
         * ("Council backs new budget for schools\nThe vote ..."), and so is a byline */
        bool para_first = ls == 0 || (sp->tok[ls].flags & TOKF_PARA_BEFORE);
        if (para_first && l1 < 50 && starts_upper(sp, k) && !text_is_cjk(first_char(sp, k)))
            return true;
        if (sp->general_ends && tok_is(sp, k, "By") && k + 1 < l2e && starts_upper(sp, k + 1) &&
            l2e - k <= 6)
            return true;
    }
    /* two short lines without punctuation ("features\ncontact manager"): a list; 30 bytes is
     * well under any hard-wrap width in use (60-80) */
    if (l1 < 30 && l2 < 30 && !(sp->aux[l2e - 1] & AUX_TERM) && !is_closer(sp, l2e - 1))
        return true;
    return false;
}

/* ---- picture captions glued to the text ------------------------------------------------ */

/* Tabloid copy runs a picture caption into the next sentence with no full stop between
 * ("... in the hotel parking lot An FBI agent's rifle was ..."). Such a boundary is taken
 * only on strong evidence (English only): a capitalised determiner or subject pronoun
 * after a lower-case content word of a sentence already four words long (or a determiner
 * and a lower-case word after a name: "... leader Jane Roe The study found", or after a
 * "(pictured ...)" bracket: "... was arrested (pictured posed by model) A taxi driver"), and a clause
 * after it: for a determiner a lower-case content word, a number or an acronym before a
 * lower-case word ("The Times", "A and B" and titles stay); for a pronoun a lower-case
 * word; then two more words before any punctuation. "I" is left out ("things I like"). */
static bool caption_starter(const splitter *sp, size_t k, bool *pronoun) {
    static const listed_word determiners[] = {LW("The"), LW("A"), LW("An"), LW("This"), LW("These"),
                                              LW("Those"), LW("His"), LW("Her"), LW("Its"), LW("Their"),
                                              /* "... a stoppage time own goal But goalkeeper
                                               * Manuel Neuer was ...": a conjunction that
                                               * opens the next sentence */
                                              LW("But"), LW("And"), LW("Yet"), {NULL, 0}};
    static const listed_word pronouns[] = {LW("He"), LW("She"), LW("They"), LW("We"), LW("It"), {NULL, 0}};
    if (tok_in(sp, k, determiners)) {
        *pronoun = false;
        return true;
    }
    if (tok_in(sp, k, pronouns)) {
        *pronoun = true;
        return true;
    }
    return false;
}

static bool lower_word(const splitter *sp, size_t k) {
    return k < sp->n && sp->tok[k].kind == TOK_WORD && sp->tok[k].shape == SHAPE_LOWER &&
           (sp->tok[k].flags & TOKF_SPACE_BEFORE) && !(sp->tok[k].flags & TOKF_NEWLINE_BEFORE);
}

/* True when token c closes a caption's bracket that says who is pictured: "(pictured)",
 * "(pictured posed by model)", "( pictured left )"; looked for within a few tokens back. */
static bool pictured_bracket(const splitter *sp, size_t c) {
    int32_t ch = bracket_char(sp, c);
    if (ch != ')')
        return false;
    for (size_t o = c; o-- > 0 && c - o <= 8;) {
        if (bracket_char(sp, o) == '(')
            return o + 1 < c && tok_is_fold(sp, o + 1, "pictured");
        if (bracket_char(sp, o) == ')')
            return false;
    }
    return false;
}

/* ... or a capitalised count of a crowd with its "of" and a lower-case noun, after a word of
 * three letters or more that is no function word: "... lost his case at the Court of Appeal
 * Millions of motorists face ...", "... being sold Dozens of books, some ..." (mid-sentence
 * such a count is capitalised only in a title, "Thousands Of Years", which stays). */
static bool glued_count_boundary(const splitter *sp, size_t k) {
    static const listed_word counts[] = {LW("Dozens"), LW("Hundreds"), LW("Thousands"), LW("Millions"),
                                         LW("Billions"), {NULL, 0}};
    const token *prev = &sp->tok[k - 1];
    /* (the count's last letter first: this runs at every capitalised word of six to nine
     * letters, and most do not end in "s") */
    if (k + 3 >= sp->n || sp->s[sp->tok[k].end - 1] != 's' || !tok_in(sp, k, counts) || !tok_is(sp, k + 1, "of") ||
        prev->kind != TOK_WORD || prev->end - prev->start < 3 || is_stopword(sp, k - 1) || !lower_word(sp, k + 1) ||
        !lower_word(sp, k + 2) || is_stopword(sp, k + 2))
        return false;
    return true;
}

static bool glued_caption_boundary(const splitter *sp, size_t k, size_t words) {
    /* cheap tests first: this runs at every token */
    const token *t = &sp->tok[k], *prev = &sp->tok[k - 1];
    if (!sp->general_ends || t->kind != TOK_WORD || t->shape != SHAPE_CAPITAL || words < 4 || k + 3 >= sp->n)
        return false;
    if (t->end - t->start > 5)
        return t->end - t->start <= 9 && glued_count_boundary(sp, k);
    if (pictured_bracket(sp, k - 1)) {
        prev = &sp->tok[k - 1];
        if (k + 1 >= sp->n || !lower_word(sp, k + 1) || is_stopword(sp, k + 1))
            return false;
    } else if (prev->kind != TOK_WORD || (prev->shape != SHAPE_LOWER && prev->shape != SHAPE_CAPITAL) ||
               prev->end - prev->start < 3) {
        return false;
    }
    bool pronoun;
    if (!caption_starter(sp, k, &pronoun) || (prev->kind == TOK_WORD && is_stopword(sp, k - 1)))
        return false;
    /* after a name ("Pictured is party leader Jane Roe The study found ..."), only a
     * determiner and a lower-case content word: "Roe He said" could be a title's words */
    if (prev->shape == SHAPE_CAPITAL && (pronoun || !lower_word(sp, k + 1)))
        return false;
    size_t j = k + 1; /* the word after the starter */
    if (pronoun) {
        if (!lower_word(sp, j))
            return false;
    } else if (lower_word(sp, j)) {
        if (is_stopword(sp, j))
            return false;
        /* "infra-red A rays", "type A cells": a single article before a plural is a label */
        const token *w = &sp->tok[j];
        char last = sp->s[w->end - 1], before = sp->s[w->end - 2];
        if ((tok_is(sp, k, "A") || tok_is(sp, k, "An") || tok_is(sp, k, "This")) && last == 's' &&
            before != 's' && before != 'u' && before != 'i')
            return false;
    } else if ((sp->tok[j].kind == TOK_NUMBER ||
                (sp->tok[j].kind == TOK_WORD && sp->tok[j].shape == SHAPE_UPPER)) &&
               (sp->tok[j].flags & TOKF_SPACE_BEFORE) && lower_word(sp, j + 1)) {
        j++; /* "An 86-year-old nun", "An FBI agent" */
    } else {
        return false;
    }
    /* two more words of the clause, glued possessives allowed ("agent 's rifle") */
    size_t more = 0;
    for (size_t e = j + 1; e < sp->n && e < j + 5 && more < 2; e++) {
        const token *w = &sp->tok[e];
        if (w->kind == TOK_POSSESSIVE)
            continue;
        if (!is_word(w) || (w->flags & TOKF_NEWLINE_BEFORE))
            return false;
        more++;
    }
    return more == 2;
}

/* A caption that says who is where in the picture without a bracket, ending on that place
 * word, runs into the quotation after it: "Pat, 69, pictured left in her fancy dress
 * outfit, enjoys pole dancing with friend Julia, 67, right 'I really enjoy myself ...'"
 * (English only). True when token k opens a quotation right after ", left" (right, centre,
 * center, above, below) in a sentence from token a that says "pictured" before it. */
static bool pictured_position_end(const splitter *sp, size_t a, size_t k) {
    static const listed_word places[] = {LW("left"), LW("right"), LW("centre"), LW("center"), LW("above"),
                                         LW("below"), {NULL, 0}};
    if (!sp->general_ends || k < a + 3 || !(sp->tok[k].flags & TOKF_OPEN_QUOTE) ||
        !(sp->tok[k].flags & TOKF_SPACE_BEFORE) || !tok_in(sp, k - 1, places) || sp->tok[k - 1].shape != SHAPE_LOWER ||
        !tok_is(sp, k - 2, ","))
        return false;
    for (size_t e = a; e + 2 < k; e++)
        if (tok_is_fold(sp, e, "pictured"))
            return true;
    return false;
}

/* A page's video prompt run into the caption or sentence after it ("Scroll down for video
 * Flying high: ..."): the prompt is a line of its own on the page, and glued to a story
 * sentence it would take the sentence out of summaries with it (or be summarised with it).
 * True when the sentence begun at a is, up to k, exactly such a prompt and k opens a
 * capitalised word (English only). */
static bool widget_prompt_end(const splitter *sp, size_t a, size_t k) {
    static const char *const prompt[] = {"scroll", "down", "for"};
    if (!sp->general_ends || k != a + 4 || !(sp->tok[k].flags & TOKF_SPACE_BEFORE) || !starts_upper(sp, k) ||
        !is_word(&sp->tok[k]))
        return false;
    for (size_t i = 0; i < 3; i++)
        if (sp->tok[a + i].kind != TOK_WORD || !tok_is_fold(sp, a + i, prompt[i]))
            return false;
    return sp->tok[a + 3].kind == TOK_WORD && (tok_is_fold(sp, a + 3, "video") || tok_is_fold(sp, a + 3, "videos"));
}

/* A chain of tabloid captions, each opening on a short label ("... the season premiere
 * Happy couple: Julia's husband ..."), has no full stop between captions: a label of one to
 * three words, the first capitalised, with a colon glued to its last, after a closing
 * bracket, or after a lower-case content word in a sentence that itself opened on such a
 * label, starts the next caption (bbc_dev's story prose lost up to 0.1 R-2 when any
 * lower-case word would do). A verb of speech in the label ("Mr Jones said: ...") makes it a quotation's
 * introduction instead (English only). */
static bool caption_label_boundary(const splitter *sp, size_t a, size_t k, size_t words) {
    static const listed_word speech[] = {LW("said"), LW("says"), LW("told"), LW("added"), LW("wrote"),
                                         LW("explained"), LW("tweeted"), LW("asked"), {NULL, 0}};
    const token *t = &sp->tok[k], *prev = &sp->tok[k - 1];
    if (!sp->general_ends || t->kind != TOK_WORD || t->shape != SHAPE_CAPITAL || words < 4 ||
        !(t->flags & TOKF_SPACE_BEFORE) || (t->flags & TOKF_NEWLINE_BEFORE))
        return false;
    bool after_bracket = prev->kind == TOK_PUNCT && bracket_char(sp, k - 1) == ')'; /* ')', -RRB- */
    /* and only in a caption already: one that says where someone is, or opened on a label */
    bool labelled = false, spaced = false;
    for (size_t e = a + 1; e < k && e <= a + 3 && !labelled; e++)
        if ((labelled = tok_is(sp, e, ":")))
            spaced = (sp->tok[e].flags & TOKF_SPACE_BEFORE) != 0;
    if (!after_bracket && !labelled)
        return false;
    /* (a day or a month ends the caption before it rather than starting a label: "... in
     * Chongqing last Saturday Skilful: The kite ...") */
    /* (a quotation that ends the caption ends it as its last word would: "... is 'our
     * generation's suffragette' Charity work: The Duchess ...") */
    size_t last = k - 1;
    if (last > a && (prev->flags & TOKF_CLOSE_QUOTE))
        last--;
    const token *pw = &sp->tok[last];
    if (!after_bracket &&
        (pw->kind != TOK_WORD || pw->shape != SHAPE_LOWER || pw->end - pw->start < 3 || is_stopword(sp, last)) &&
        !(prev->kind == TOK_WORD && prev->shape == SHAPE_CAPITAL && is_day_or_month(sp, k - 1)))
        return false;
    for (size_t e = k; e < sp->n && e < k + 3; e++) {
        const token *w = &sp->tok[e];
        if (w->kind != TOK_WORD || (e > k && !(w->flags & TOKF_SPACE_BEFORE)))
            return false;
        if (tok_in(sp, e, speech))
            return false;
        /* (a colon spaced from its label only where the caption's own label spaced it:
         * tokenized text, "Flying high : Half of the kite ... Skilful : The kite weighs") */
        if (e + 2 < sp->n && tok_is(sp, e + 1, ":") &&
            (!(sp->tok[e + 1].flags & TOKF_SPACE_BEFORE) || (labelled && spaced)) &&
            is_word(&sp->tok[e + 2]) && (sp->tok[e + 2].flags & TOKF_SPACE_BEFORE))
            return !is_day_or_month(sp, k);
    }
    return false;
}

/* A page's controls and their messages run into the story with no full stop between (text
 * taken from web pages): "... the chocolate bars Click to share on WhatsApp (Opens in new
 * window) Click to share on Facebook ... TOBLERONE have faced a furious backlash", "Could
 * not subscribe, try again later Invalid Email At least seven passengers died ...". Each
 * control's fixed words (English; written for precis from the pages of fivew_dev's kind)
 * start a sentence where they are glued to what came before, and end one where the story
 * goes on after them: boilerplate.txt's cues then leave them out. `site` controls take one
 * more word (the site: "WhatsApp") and a bracket after it ("(Opens in new window)"). */
enum control_kind {
    CONTROL_WHOLE,   /* the words are all of it: the story goes on after them */
    CONTROL_CREDIT,  /* a label and the credit after it ("Image copyright Reuters") */
    CONTROL_CAPTION  /* a label and the caption after it, up to where the story goes on */
};
typedef struct page_control {
    const char *words[8];
    uint8_t first_len; /* of words[0] */
    bool site;
    uint8_t kind;
} page_control;
static const page_control PAGE_CONTROLS[] = {
    {{"click", "to", "share", "on", NULL}, 5, true, CONTROL_WHOLE},
    {{"could", "not", "subscribe", ",", "try", "again", "later", NULL}, 5, false, CONTROL_WHOLE},
    {{"invalid", "email", NULL}, 7, false, CONTROL_WHOLE},
    {{"skip", "ad", NULL}, 4, false, CONTROL_WHOLE},
    {{"ad", "loading", "...", "x", "embed", "x", "share", NULL}, 2, false, CONTROL_WHOLE}, /* a video player */
    {{"ad", "loading", "...", NULL}, 2, false, CONTROL_WHOLE},
    {{"image", "copyright", NULL}, 5, false, CONTROL_CREDIT},
    {{"image", "caption", NULL}, 5, false, CONTROL_CAPTION},
    {{"media", "caption", NULL}, 5, false, CONTROL_CAPTION},
};

/* page_control_end's match, for a token its first test let through. */
static size_t page_control_match(const splitter *sp, size_t k, uint8_t *kind) {
    char first = (char)(sp->s[sp->tok[k].start] | 0x20);
    size_t len = sp->tok[k].end - sp->tok[k].start;
    if (!sp->general_ends)
        return 0;
    for (size_t c = 0; c < sizeof PAGE_CONTROLS / sizeof *PAGE_CONTROLS; c++) {
        const page_control *pc = &PAGE_CONTROLS[c];
        if (pc->words[0][0] != first || pc->first_len != len || !starts_upper(sp, k))
            continue;
        size_t j = k, w = 0;
        for (; pc->words[w] && j < sp->n && tok_is_fold(sp, j, pc->words[w]); w++)
            j++;
        if (pc->words[w])
            continue;
        if (pc->site) {
            if (j >= sp->n || sp->tok[j].kind != TOK_WORD)
                continue;
            j++;
            /* "(Opens in new window)" */
            if (j + 1 < sp->n && bracket_char(sp, j) == '(')
                for (size_t e = j + 1; e < sp->n && e <= j + 6; e++)
                    if (bracket_char(sp, e) == ')') {
                        j = e + 1;
                        break;
                    }
        }
        *kind = pc->kind;
        return j;
    }
    return 0;
}

/* The token after the page control that starts at token k, or 0 when none does; its kind in
 * *kind. Inline, with a cheap first test: this runs at every capitalised word, and the
 * controls' first words are words of 2 to 7 letters starting with a, c, i, m or s. */
static inline size_t page_control_end(const splitter *sp, size_t k, uint8_t *kind) {
    const token *t = &sp->tok[k];
    size_t len = t->end - t->start;
    unsigned first = (unsigned)((unsigned char)sp->s[t->start] | 0x20) - 'a';
    const uint32_t firsts = 1u << ('a' - 'a') | 1u << ('c' - 'a') | 1u << ('i' - 'a') | 1u << ('m' - 'a') |
                            1u << ('s' - 'a');
    if (len < 2 || len > 7 || first >= 26 || !(firsts >> first & 1) || t->kind != TOK_WORD)
        return 0;
    return page_control_match(sp, k, kind);
}

/* Where the story goes on after a caption a page labels ("Image caption Rescuers have spent
 * days trying to reach the boy who fell into a dry well Dozens of rescuers in China ..."): a
 * capitalised word after a lower-case content word of three letters or more, and a lower-case
 * word after it (not a name of two capitalised words: "met Donald Trump"). */
static bool caption_run_end(const splitter *sp, size_t k) {
    const token *t = &sp->tok[k], *prev = &sp->tok[k - 1];
    return t->kind == TOK_WORD && t->shape == SHAPE_CAPITAL && (t->flags & TOKF_SPACE_BEFORE) && k + 1 < sp->n &&
           prev->kind == TOK_WORD && prev->shape == SHAPE_LOWER && prev->end - prev->start >= 3 &&
           !is_stopword(sp, k - 1) && lower_word(sp, k + 1);
}

/* A picture's credit in brackets opening a sentence, with the story glued after it: "...
 * at Progressive Field. (Photo: Ken Blaze-USA TODAY Sports) The Chicago Cubs are ...",
 * "(Darren Staples/Reuters) There are few candy bars ...". True when the sentence begun at a
 * opens with "(", token k-1 closes it and k, after a space, is capitalised, a quotation mark
 * or another bracket, and the bracket
 * holds a credit: a label and its colon ("Photo:", "Image:", "Picture:", "Credit:") or two
 * names joined by a slash (English). */
#define CREDIT_BRACKET_MAX 12 /* tokens inside the bracket */
static bool credit_bracket_end(const splitter *sp, size_t a, size_t k) {
    static const char *const labels[] = {"photo", "photos", "photograph", "image", "images", "picture",
                                         "pictures", "credit"};
    if (!sp->general_ends || k < a + 3 || k - a > CREDIT_BRACKET_MAX + 2 || bracket_char(sp, a) != '(' ||
        bracket_char(sp, k - 1) != ')' || !(sp->tok[k].flags & TOKF_SPACE_BEFORE) ||
        !(starts_upper(sp, k) || is_opener(sp, k) || bracket_char(sp, k) == '('))
        return false; /* (the story, a quotation, or the next credit: "(Photo: PA) (Photo: PA)") */
    for (size_t e = a + 1; e + 1 < k; e++)
        if (bracket_char(sp, e) == '(' || bracket_char(sp, e) == ')')
            return false;
    if (tok_is(sp, a + 2, ":"))
        for (size_t l = 0; l < sizeof labels / sizeof *labels; l++)
            if (tok_is_fold(sp, a + 1, labels[l]))
                return true;
    for (size_t e = a + 2; e + 2 < k; e++)
        if (tok_is(sp, e, "/") && starts_upper(sp, e - 1) && starts_upper(sp, e + 1))
            return true;
    return false;
}

/* Whether tokens [lo, k) end with an embedded post's signature: "(@handle)", a month, a day,
 * a comma and a year of four digits (segment.h). */
#define EMBED_HANDLE_REACH 4 /* tokens between "(" and ")" of the handle */
static bool signature_before(const splitter *sp, size_t lo, size_t k) {
    if (k < lo + 7 || sp->tok[k - 1].kind != TOK_NUMBER || sp->tok[k - 1].end - sp->tok[k - 1].start != 4 ||
        !tok_is(sp, k - 2, ",") || sp->tok[k - 3].kind != TOK_NUMBER || sp->tok[k - 3].end - sp->tok[k - 3].start > 2 ||
        !is_day_or_month(sp, k - 4) || bracket_char(sp, k - 5) != ')')
        return false;
    for (size_t o = k - 5; o-- > lo && k - 5 - o <= EMBED_HANDLE_REACH;) {
        if (bracket_char(sp, o) == '(')
            return o + 1 < k - 5 && sp->s[sp->tok[o + 1].start] == '@';
        if (bracket_char(sp, o) == ')')
            return false;
    }
    return false;
}

bool segment_signature_before(const char *text, const token *tokens, size_t lo, size_t k) {
    /* (the text as far as the tokens read: first_char decodes no further) */
    splitter sp = {.s = text, .len = k ? tokens[k - 1].end : 0, .tok = tokens, .n = k};
    return signature_before(&sp, lo, k);
}

/* An embedded social post's signature ends it: "... pic.twitter.com/xp4RPN — Croydon MPS
 * (@MPSCroydon) November 9, 2016" is how pages print a tweet, and the story goes on after
 * the date with no full stop between ("... 2016 Dozens of people have posted ..."). True when
 * token k, after a space, follows such a signature. */
static bool embed_signature_end(const splitter *sp, size_t k) {
    return (sp->tok[k].flags & TOKF_SPACE_BEFORE) && signature_before(sp, 0, k);
}

/* ---- putting it together --------------------------------------------------------------- */


typedef struct sent_vec {
    sentence *v;
    size_t n, cap;
} sent_vec;

static bool emit(sent_vec *sv, seg_tokens *T, size_t a, size_t b, uint32_t para) {
    if (sv->n == sv->cap) {
        size_t cap = sv->cap ? sv->cap * 2 : 256;
        sentence *v = realloc(sv->v, cap * sizeof *v);
        if (!v)
            return false;
        sv->v = v;
        sv->cap = cap;
    }
    /* the token kinds that count as words, one bit each */
    enum {
        WORD_KINDS = 1u << TOK_WORD | 1u << TOK_NUMBER | 1u << TOK_URL | 1u << TOK_EMAIL | 1u << TOK_HASHTAG |
                     1u << TOK_MENTION
    };
    uint32_t idx = (uint32_t)sv->n, words = 0;
    T->v[a].flags |= TOKF_SENT_START;
    for (size_t k = a; k < b; k++) {
        T->v[k].sentence = (int32_t)idx;
        words += (WORD_KINDS >> T->v[k].kind) & 1u;
    }
    sv->v[sv->n++] = (sentence){T->v[a].start, T->v[b - 1].end, (uint32_t)a, (uint32_t)b, para, words};
    return true;
}

/* Whether token k, inside the sentence that started at s_start, is a word that no rule of
 * segment_text's loop acts on (most words of a text): ASCII letters (TOKF_LETTERS), spaced
 * before and nothing else (no line break, quotation mark or abbreviation), no capital first
 * letter with others after it (the caption rules start at those), no terminator or bullet,
 * not where a cut was decided (a page control's end too) or the widget rule looks, and not
 * the start of a list marker:
 * could_start_marker allows a word of up to four bytes glued to the token after it, and
 * read_list_marker takes such a word of two or more only as a roman numeral, which starts
 * with i, v or x. A word this turns away goes through the loop's rules, which decide the
 * same for it. */
static inline bool plain_inner_word(const seg_tokens *T, const char *text, size_t k, size_t cut_at, size_t s_start) {
    const token *t = &T->v[k];
    if (t->flags != (TOKF_SPACE_BEFORE | TOKF_LETTERS) || t->kind != TOK_WORD || t->shape == SHAPE_CAPITAL || T->aux[k] ||
        k == cut_at || k == s_start + 4)
        return false;
    size_t len = t->end - t->start;
    if (len > 4 || k + 1 >= T->n || (T->v[k + 1].flags & TOKF_SPACE_BEFORE))
        return true;
    char c = (char)(text[t->start] | 0x20);
    return len >= 2 && c != 'i' && c != 'v' && c != 'x';
}

bool segment_text(const char *text, size_t start, size_t len, const lang_data *lang, arena *a,
                  segmentation *out) {
    *out = (segmentation){0};
    seg_tokens T;
    if (!seg_tokenize(text, start, len, lang, &T))
        return false;
    splitter sp = {text, len, lang, T.v, T.aux, T.n, lang_has_dotted_ordinals(lang),
                   lang && strcmp(lang->code, "en") == 0};
    sent_vec sv = {0};
    bool ok = true;
    size_t n = T.n;
    size_t s_start = 0, words = 0, cut_at = SIZE_MAX, line_start = 0, marker_end = 0, l2e = 0;
    marker last_marker = {0, 0, 0, 0}; /* the list item the current list is at */
    uint32_t para = 0;
    pairs pr = {{0}, {0}, 0};
    size_t protect_end = 0; /* tokens before this index are inside a matched pair */
    size_t caption_end = 0; /* the end of the caption label the sentence opens with, or 0 */
    size_t hold_open = 0;   /* the opener of that pair */
    bool hold_guessed = false; /* it is a mark whose direction was guessed */
    bool item = false;      /* the current sentence starts with a list marker or bullet */
    /* Text that is only punctuation and symbols ("...", "?!", "* * *") has no sentence to
     * find: it comes back whole, as one. The scan stops at the first word. */
    size_t first_word = 0;
    while (first_word < n && (T.v[first_word].kind == TOK_PUNCT || T.v[first_word].kind == TOK_SYMBOL))
        first_word++;
    if (n && first_word == n) {
        ok = emit(&sv, &T, 0, n, 0);
        s_start = n;
    }
    for (size_t k = s_start; k < n && ok; k++) {
        const token *t = &T.v[k];
        if (k > s_start && plain_inner_word(&T, text, k, cut_at, s_start)) {
            words++; /* no rule below acts on it: it is only counted */
            continue;
        }
        bool newline = k > 0 && (t->flags & (TOKF_NEWLINE_BEFORE | TOKF_PARA_BEFORE));
        if (newline)
            l2e = line_end(&sp, k);
        if (k > s_start) {
            bool cut = false;
            if ((t->flags & TOKF_PARA_BEFORE) || k == cut_at) {
                cut = true;
            } else if (t->flags & TOKF_NEWLINE_BEFORE) {
                cut = line_break_ends(&sp, line_start, k, l2e, item);
            } else if ((T.aux[k] & AUX_BULLET) && (t->flags & TOKF_SPACE_BEFORE)) {
                cut = true;
            } else if (k == s_start + 4 && widget_prompt_end(&sp, s_start, k)) {
                cut = true;
            } else if (T.v[k - 1].kind == TOK_NUMBER && k >= protect_end && embed_signature_end(&sp, k)) {
                cut = true;
            } else if (k <= s_start + CREDIT_BRACKET_MAX + 2 && T.v[k - 1].kind == TOK_PUNCT &&
                       credit_bracket_end(&sp, s_start, k)) {
                cut = true;
            } else if (k >= protect_end && t->shape != SHAPE_LOWER && page_control_end(&sp, k, &(uint8_t){0}) != 0) {
                cut = true; /* a page control glued to what came before (its end: below) */
            } else if (caption_end && k > caption_end + 2 && k >= protect_end && caption_run_end(&sp, k)) {
                cut = true; /* the story after a labelled caption */
            } else if (k >= protect_end && pictured_position_end(&sp, s_start, k)) {
                cut = true; /* a quotation after a caption that ends on where someone stands */
            } else if (t->shape == SHAPE_CAPITAL && t->kind == TOK_WORD && k >= protect_end && k >= marker_end &&
                       (glued_caption_boundary(&sp, k, words) || caption_label_boundary(&sp, s_start, k, words))) {
                cut = true; /* both caption rules start at a capitalised word, tested first here */
            } else if (k >= marker_end && (t->flags & TOKF_SPACE_BEFORE)) {
                /* the next item, or a list that starts again ("2) two 1) one 2) two")
                 * when the new first item has its own successor; or a list run into a
                 * sentence ("The steps: 1) mix 2) bake") */
                marker mk;
                if (list_marker(&sp, k, &mk)) {
                    if (last_marker.end)
                        cut = marker_follows(&last_marker, &mk) ||
                              (marker_first(&sp, &mk) && marker_has_successor(&sp, &mk));
                    else
                        cut = inline_list_start(&sp, k, &mk);
                }
            }
            if (cut) {
                ok = emit(&sv, &T, s_start, k, para);
                s_start = k;
                words = 0;
                item = false;
            }
        }
        /* Many feeds write one paragraph a line. A line longer than any hard-wrap width
         * (UNWRAPPED_LINE) whose break also ended a sentence is a paragraph of its own. */
        bool long_line = newline && s_start == k && k > line_start &&
                         T.v[k - 1].end - T.v[line_start].start > UNWRAPPED_LINE;
        if (k > 0 && ((t->flags & TOKF_PARA_BEFORE) || long_line)) {
            para++;
            last_marker.end = 0;
        }
        if (newline)
            line_start = k;
        if (k == s_start) {
            /* a page control opening the sentence: a whole one ends where the story goes on
             * after it (a capital or a mark), a labelled caption where caption_run_end says */
            uint8_t control_kind = CONTROL_WHOLE;
            size_t control_end = k >= protect_end ? page_control_end(&sp, k, &control_kind) : 0;
            caption_end = control_kind == CONTROL_CAPTION ? control_end : 0;
            if (control_end && control_kind == CONTROL_WHOLE && control_end < n &&
                (T.v[control_end].flags & TOKF_SPACE_BEFORE) &&
                (starts_upper(&sp, control_end) || T.v[control_end].kind == TOK_PUNCT))
                cut_at = control_end;
            size_t p = (T.aux[k] & AUX_BULLET) && k + 1 < n ? k + 1 : k;
            marker mk;
            bool marked = list_marker(&sp, p, &mk);
            if (marked) {
                marker_end = mk.end;
                last_marker = mk;
            }
            item = marked || (T.aux[k] & AUX_BULLET);
        }
        int ptype = t->kind == TOK_PUNCT ? pair_type(&sp, k, true) : -1; /* only marks pair */
        if (ptype >= 0) {
            size_t c = pair_close(&sp, &pr, k, ptype);
            if (c > protect_end) {
                protect_end = c;
                hold_open = k;
                hold_guessed = spaced_straight_quote(&sp, k);
            }
        }
        if ((t->flags & TOKF_CLOSE_QUOTE) && k > 0 && k + 1 < n && is_dash(&sp, k - 1) &&
            glued_to_prev(&sp, k) && (T.v[k + 1].flags & TOKF_SPACE_BEFORE) && starts_upper(&sp, k + 1) &&
            k >= protect_end)
            cut_at = k + 1; /* an interrupted quotation: "... afore she comes, to--" At this */
        if (k >= marker_end && ((T.aux[k] & AUX_TERM) || (t->flags & TOKF_ABBREV))) {
            size_t m = k + 1;
            while (m < n && is_closer(&sp, m) &&
                   (!(T.v[m].flags & TOKF_SPACE_BEFORE) || spaced_guillemet(&sp, m) ||
                    spaced_closer(&sp, k, m)))
                m++;
            m = citation_end(&sp, m);
            bool inside = k < protect_end && m <= protect_end;
            /* a quotation by a mark whose direction was guessed (tokenized text) holds no
             * more once it has run long: a mark read the wrong way round pairs the text
             * between two quotations, so a sentence end before a capital ends it */
            if (inside && hold_guessed && k - hold_open > GUESSED_QUOTE_LONG && m < protect_end &&
                starts_upper(&sp, m))
                inside = false;
            marker mk;
            if (!inside && ends_after(&sp, k, m, words))
                cut_at = m;
            else if (!inside && m < n && (T.v[m].flags & TOKF_SPACE_BEFORE) &&
                     !((t->flags & TOKF_ABBREV) && (T.aux[k] & AUX_ABBR_MASK) == ABBR_NUMBER) &&
                     list_marker(&sp, m, &mk) && /* "No. 1." is a number, not a list */
                     (marker_follows(&last_marker, &mk) || marker_has_successor(&sp, &mk)))
                cut_at = m; /* "... Smith. a. here it is b. another" */
            else if (!inside && m < n && (T.aux[m] & AUX_BULLET) && (T.v[m].flags & TOKF_SPACE_BEFORE))
                cut_at = m;
        }
        if (is_word(t))
            words++;
    }
    if (ok && s_start < n)
        ok = emit(&sv, &T, s_start, n, para);

    if (ok) {
        /* Give back the slack of the growth: the tokens' array lives as long as the
         * document. */
        free(T.aux);
        T.aux = NULL;
        if (n && n < T.cap) {
            token *v = realloc(T.v, n * sizeof *v);
            if (v)
                T.v = v;
        }
        size_t np = sv.n ? sv.v[sv.n - 1].paragraph + 1 : 0;
        /* the array itself goes to the arena: no copy (2M instructions on the CNN/DailyMail
         * dev articles), and no second copy of the tokens at the peak */
        bool adopted = n && arena_adopt(a, T.v, n * sizeof *T.v);
        out->tokens = adopted ? T.v : arena_alloc(a, (n ? n : 1) * sizeof *out->tokens);
        if (adopted)
            T.v = NULL;
        out->sentences = arena_alloc(a, (sv.n ? sv.n : 1) * sizeof *out->sentences);
        out->paragraphs = arena_alloc(a, (np ? np : 1) * sizeof *out->paragraphs);
        ok = out->tokens && out->sentences && out->paragraphs;
        if (ok) {
            if (n && !adopted)
                memcpy(out->tokens, T.v, n * sizeof *T.v);
            if (sv.n)
                memcpy(out->sentences, sv.v, sv.n * sizeof *sv.v);
            out->n_tokens = n;
            out->n_sentences = sv.n;
            out->n_paragraphs = np;
            for (size_t i = 0; i < sv.n; i++) {
                const sentence *se = &sv.v[i];
                paragraph *p = &out->paragraphs[se->paragraph];
                if (i == 0 || sv.v[i - 1].paragraph != se->paragraph)
                    *p = (paragraph){se->start, se->end, (uint32_t)i, (uint32_t)i + 1};
                p->end = se->end;
                p->sent_end = (uint32_t)i + 1;
            }
        }
    }
    free(sv.v);
    seg_tokens_free(&T);
    if (!ok)
        *out = (segmentation){0};
    return ok;
}
