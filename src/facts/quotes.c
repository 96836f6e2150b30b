/* quotes.c — direct quotations, their speakers, and attributions (see quotes.h).
 * One pass over the bytes pairs quotation marks; speakers and sources are found by looking
 * at a few tokens either side, for words of the classes in the language's cue words
 * (models/<lang>/cues.txt: verbs of saying, auxiliaries, day words...). Linear in the input. */
#include "facts/quotes.h"

#include "facts/ner.h"

#include <ctype.h>
#include <strings.h>
#include <string.h>

#define QUOTE_MIN_WORDS 3     /* shorter quoted runs are scare quotes ("talking nonsense")
                                 unless a speech verb and its speaker stand beside them */
#define QUOTE_MAX_BYTES 4000  /* no real quotation is longer; bounds an unpaired mark */
#define TITLE_MAX_WORDS 8     /* longer runs in title case are headlines or shouting, kept */
#define SPEAKER_MAX_TOKENS 8  /* "US Secretary of State Mike Pompeo", "Kim of the Cato Institute" */
#define CUE_WINDOW 30         /* tokens searched for a speech verb either side of a quotation:
                                 bounds the work per quotation (linear cost) */
#define APPOSITION_MAX 20     /* "Paris, who used to work in the city, said": the clause */
#define RELATIVE_CLAUSE_MAX 34 /* ", who ..., said" with a long relative clause */
#define OPENING_PHRASE_MAX 24 /* tokens of a phrase opening a sentence before its subject */
#define DATELINE_MAX 10       /* tokens of a dateline before its dash ("WASHINGTON (AP) —") */
#define SUBCLAUSE_MAX 16      /* tokens of a clause between its opener and a participle's comma */
#define NESTED_MAX 2          /* curly quotations inside a curly quotation, counted */

/* The cue_word_class bits (model/model.h) of token k: its word, folded to ASCII lower case,
 * in the language's cue words (models/<lang>/cues.txt); 0 for a word in no class, and for
 * every word of a language without cue words. The lists' own matching, case-blind for ASCII
 * as doc_tok_in is: the classes that are lower case only check the token's shape as well. */
static uint32_t cue_lookup(const precis_doc *d, size_t k) {
    const strmap *m = &d->lang->cue_words;
    const token *t = &d->seg.tokens[k];
    size_t len = t->end - t->start;
    if (len == 0 || len > CUE_WORD_MAX || !m->cap)
        return 0;
    const char *w = d->text + t->start;
    char low[CUE_WORD_MAX];
    if (t->shape != SHAPE_LOWER || t->kind != TOK_WORD) {
        for (size_t i = 0; i < len; i++)
            low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + ('a' - 'A') : w[i]);
        w = low;
    }
    int32_t v = strmap_get(m, w, len);
    return v < 0 ? 0 : (uint32_t)v;
}

/* cue_lookup, remembered per term (doc.h, term_cue): the rules ask about 700 times a
 * document, mostly of the same few hundred words. Only for a term of one form, and a token
 * whose lookup key is that form: not an abbreviation, whose term drops its period, nor a
 * lower-case word with a capital (the clitic "'RE"), looked up as written. Always inline:
 * 170k calls on the CNN/DailyMail dev set, most of them answered by the memo. */
static inline __attribute__((always_inline)) uint32_t cue(const precis_doc *d, size_t k) {
    int32_t term = d->tok_term[k];
    if (term < 0 || !d->lex.term_one_form[term])
        return cue_lookup(d, k);
    const token *t = &d->seg.tokens[k];
    unsigned char c0 = (unsigned char)d->text[t->start];
    if ((t->flags & TOKF_ABBREV) || (t->shape == SHAPE_LOWER && t->kind == TOK_WORD && !(c0 >= 'a' && c0 <= 'z')))
        return cue_lookup(d, k);
    uint32_t memo = d->term_cue[term];
    if (!memo) {
        memo = cue_lookup(d, k) | DOC_TERM_KNOWN;
        d->term_cue[term] = memo;
    }
    return memo & ~DOC_TERM_KNOWN;
}

static bool cue_is(const precis_doc *d, size_t k, uint32_t cls) { return (cue(d, k) & cls) != 0; }

/* Lower-case only: "States" and "Notes" are names and headings, not verbs. "As Kim put it"
 * counts as saying. */
bool quotes_is_speech_verb(const precis_doc *d, size_t k) {
    if (d->seg.tokens[k].shape != SHAPE_LOWER)
        return false;
    if ((doc_tok_is(d, k, "put") || doc_tok_is(d, k, "puts")) && k + 1 < d->seg.n_tokens && doc_tok_is(d, k + 1, "it"))
        return true;
    if (!cue_is(d, k, CW_SPEECH))
        return false;
    /* "one of the states suing", "his notes", "the calls": a noun after a determiner */
    return !(k > 0 && d->text[d->seg.tokens[k].end - 1] == 's' && cue_is(d, k - 1, CW_PLURAL_DET));
}

bool quotes_is_pronoun(const precis_doc *d, size_t k) { return cue_is(d, k, CW_PRONOUN); }

bool quotes_is_hedge(const precis_doc *d, size_t k) {
    return d->seg.tokens[k].shape == SHAPE_LOWER && cue_is(d, k, CW_HEDGE);
}

static bool capitalised(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    return t->kind == TOK_WORD && (t->shape == SHAPE_CAPITAL || t->shape == SHAPE_UPPER || t->shape == SHAPE_MIXED);
}

static bool is_punct(const precis_doc *d, size_t k) {
    uint8_t kind = d->seg.tokens[k].kind;
    return kind == TOK_PUNCT || kind == TOK_SYMBOL;
}

static bool is_char(const precis_doc *d, size_t k, char c) {
    const token *t = &d->seg.tokens[k];
    return t->end - t->start == 1 && d->text[t->start] == c;
}

/* A hyphen inside a word ("Holtz-Eakin"): no space on either side. */
static bool inner_hyphen(const precis_doc *d, size_t k) {
    return k + 1 < d->seg.n_tokens && is_char(d, k, '-') && !(d->seg.tokens[k].flags & TOKF_SPACE_BEFORE) &&
           !(d->seg.tokens[k + 1].flags & TOKF_SPACE_BEFORE);
}

/* An adverb between subject and verb ("Kim quickly said"): a lower-case word in -ly. */
static bool is_aux(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    size_t n = t->end - t->start;
    if (cue_is(d, k, CW_AUX))
        return true;
    return t->kind == TOK_WORD && t->shape == SHAPE_LOWER && n > 4 && memcmp(d->text + t->end - 2, "ly", 2) == 0;
}

/* True when s[i..] is a clitic that tokenized text splits from its word after an apostrophe
 * ("there 's", "we 've", "I 'm"): s, re, ve, ll, d or m, then a space ('re-elected' opens a
 * quotation). */
static bool tokenized_clitic(const char *s, size_t len, size_t i) {
    static const char *const clitics[] = {"s", "S", "re", "ve", "ll", "d", "m"};
    for (size_t c = 0; c < sizeof clitics / sizeof *clitics; c++) {
        size_t n = strlen(clitics[c]);
        if (i + n <= len && memcmp(s + i, clitics[c], n) == 0 && (i + n == len || isspace((unsigned char)s[i + n])))
            return true;
    }
    return false;
}

/* Quotation marks. Family 0 are double marks (“ ” " „ « » `` ''), family 1 single ones (‘ ’ ').
 * Kind 1 opens, 2 closes, 3 is ambiguous (straight " and ''), 0 none (an apostrophe). */
static int quote_mark(const char *s, size_t len, size_t i, size_t *mlen, int *fam) {
    unsigned char c = (unsigned char)s[i];
    *fam = 0;
    /* one test rejects nearly every byte: this runs over the whole text */
    if (c != '"' && c != '`' && c != '\'' && c != 0xE2 && c != 0xC2)
        return 0;
    if (c == '"') {
        *mlen = 1;
        return 3;
    }
    if (c == '`' && i + 1 < len && s[i + 1] == '`') {
        *mlen = 2;
        return 1; /* `` opens in tokenized text */
    }
    if (c == '\'' && i + 1 < len && s[i + 1] == '\'') {
        *mlen = 2;
        return 3; /* '' closes in tokenized text, and opens and closes in some newspapers' */
    }
    bool before_alnum = i > 0 && (isalnum((unsigned char)s[i - 1]) || (unsigned char)s[i - 1] >= 0x80);
    if (c == '\'') {
        *mlen = 1;
        *fam = 1;
        bool after_alpha = i + 1 < len && (isalpha((unsigned char)s[i + 1]) || (unsigned char)s[i + 1] >= 0x80);
        bool after_alnum = after_alpha || (i + 1 < len && isdigit((unsigned char)s[i + 1]));
        if (before_alnum && after_alnum)
            return 0; /* don't, rock'n'roll */
        if (i > 0 && s[i - 1] == ' ' && tokenized_clitic(s, len, i + 1))
            return 0; /* tokenized text's "there 's", "they 're": an apostrophe */
        if (!before_alnum && after_alpha && (i == 0 || isspace((unsigned char)s[i - 1]) || strchr("([{-", s[i - 1])))
            return 1;
        if (i > 0 && !isspace((unsigned char)s[i - 1]) && !after_alnum)
            return 2;
        return 0;
    }
    if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
        unsigned char c3 = (unsigned char)s[i + 2];
        *mlen = 3;
        if (c3 == 0x9C)
            return 1; /* “ */
        if (c3 == 0x9D)
            return 2; /* ” */
        if (c3 == 0x9E)
            return 1; /* „ (German opening) */
        if (c3 == 0x98) {
            *fam = 1;
            return 1; /* ‘ */
        }
        if (c3 == 0x99) {
            *fam = 1;
            /* ’ between letters is an apostrophe (don’t); elsewhere it closes */
            bool after = i + 3 < len && (isalnum((unsigned char)s[i + 3]) || (unsigned char)s[i + 3] >= 0x80);
            return before_alnum && after ? 0 : (i > 0 && !isspace((unsigned char)s[i - 1]) ? 2 : 0);
        }
    }
    if (c == 0xC2 && i + 1 < len) {
        *mlen = 2;
        if ((unsigned char)s[i + 1] == 0xAB)
            return 1; /* « */
        if ((unsigned char)s[i + 1] == 0xBB)
            return 2; /* » */
    }
    return 0;
}

/* Days and months: "said Tuesday" names a time, not a speaker. */

/* The start of the subject ending just before token `v` (exclusive): skips auxiliaries and
 * adverbs ("Kim also said", "she has said"). */
static size_t subject_end(const precis_doc *d, size_t v, size_t limit) {
    size_t k = v;
    /* "Kim later Thursday told Fox News" */
    while (k > limit && v - k < 3 && (is_aux(d, k - 1) || (k < v && cue_is(d, k - 1, CW_DAY)) ||
                                      (k - 1 > limit && cue_is(d, k - 1, CW_DAY) && is_aux(d, k - 2))))
        k--;
    return k;
}

/* The speaker phrase ending just before token `verb` (exclusive), walking back over
 * capitalised words, role words and "the". Returns its first token or -1. */
static long phrase_before(const precis_doc *d, size_t verb, size_t limit) {
    size_t k = verb;
    while (k > limit && verb - k < SPEAKER_MAX_TOKENS) {
        size_t j = k - 1;
        const token *t = &d->seg.tokens[j];
        if (is_punct(d, j) && t->kind != TOK_POSSESSIVE && !inner_hyphen(d, j))
            break;
        if (t->sentence != d->seg.tokens[verb].sentence)
            break;
        k = j;
        /* "As Kim pointed out", "But Kim said": a joining word opening the sentence, written
         * with a capital, is no part of the name */
        if (d->tok_stop[j] && j + 1 < verb && capitalised(d, j) && capitalised(d, j + 1) &&
            cue_is(d, j, CW_CONJUNCTION | CW_PREP_OPENER | CW_OPENER))
            return (long)(j + 1);
        if (doc_tok_is(d, j, "the") || doc_tok_is(d, j, "a") || doc_tok_is(d, j, "an")) {
            /* "a spokesman for the ministry": the article after a joining word goes on */
            if (j > limit && (doc_tok_is(d, j - 1, "of") || doc_tok_is(d, j - 1, "at") || doc_tok_is(d, j - 1, "for") ||
                              doc_tok_is(d, j - 1, "from")))
                continue;
            /* "speaking to the radio station said": the object of a preposition is no subject */
            if (j > limit && (doc_tok_is(d, j - 1, "to") || doc_tok_is(d, j - 1, "with") || doc_tok_is(d, j - 1, "by") ||
                              doc_tok_is(d, j - 1, "about") || cue_is(d, j - 1, CW_PREPOSITION)))
                return -1;
            break;
        }
        /* "of", "at", "for", "from" join a description to its organisation ("Analysts at
         * Barclays", "a spokesman for the ministry") */
        if (!capitalised(d, j) && d->tok_stop[j] && !doc_tok_is(d, j, "of") && !doc_tok_is(d, j, "at") &&
            !doc_tok_is(d, j, "for") && !doc_tok_is(d, j, "from")) {
            /* "and then Kim continues": the name after a clause word is the subject; "they",
             * "it" alone are no name, nor is the object of "speaking to Fox News said" */
            if (j + 1 < verb && capitalised(d, j + 1) && !doc_tok_is(d, j, "to") && !doc_tok_is(d, j, "with") &&
                !doc_tok_is(d, j, "by") && !doc_tok_is(d, j, "about"))
                return (long)(j + 1);
            /* "Labour's work and pensions spokesman Rachel Reeves said": a role with a joining
             * word in it; the full name after the role word is the speaker */
            size_t r = verb;
            while (r > j + 1 && capitalised(d, r - 1))
                r--;
            if (verb - r >= 2 && r > j + 1 && d->seg.tokens[r - 1].shape == SHAPE_LOWER && !d->tok_stop[r - 1])
                return (long)r;
            return -1;
        }
    }
    if (k == verb)
        return -1;
    /* a phrase of joining words alone ("of the") names no one */
    if (doc_tok_is(d, k, "of") || doc_tok_is(d, k, "at") || doc_tok_is(d, k, "for") || doc_tok_is(d, k, "from"))
        return -1;
    return (long)k;
}

/* The subject of speech verb v: a pronoun, a phrase right before it, or a name set off by an
 * apposition ("Kim, the mayor, said"; "Paris, who used to work there, said"). Returns its first
 * token (end in *e) or -1. */
static long subject_of(const precis_doc *d, size_t v, size_t limit, size_t *e) {
    size_t se = subject_end(d, v, limit);
    /* "Rep. Kim (R-Ohio) said", "Gov. Kim (R-OH), said": the bracket after a name is its party
     * and state */
    size_t rb = se > limit + 3 && is_char(d, se - 1, ',') && is_char(d, se - 2, ')') ? se - 1 : se;
    if (rb > limit + 2 && is_char(d, rb - 1, ')')) {
        size_t b = rb - 1;
        while (b > limit && rb - b < 8 && !is_char(d, b, '('))
            b--;
        if (is_char(d, b, '(') && b > limit && capitalised(d, b - 1)) {
            long n = phrase_before(d, b, limit);
            if (n >= 0) {
                *e = b;
                return n;
            }
        }
    }
    if (se > limit && quotes_is_pronoun(d, se - 1)) {
        *e = se;
        return (long)(se - 1);
    }
    /* "Lee, who declared": the name the relative clause follows */
    if (se > limit + 2 && doc_tok_is(d, se - 1, "who") && is_char(d, se - 2, ',')) {
        long n = phrase_before(d, se - 2, limit);
        if (n >= 0 && capitalised(d, se - 3)) {
            *e = se - 2;
            return n;
        }
        /* "would involve Attorney General Loretta E. Lynch, who told Congress": the clause
         * before the name is no part of it; the name is its capitalised run */
        if (n < 0 && capitalised(d, se - 3)) {
            size_t b = se - 3;
            while (b > limit && se - 2 - b < SPEAKER_MAX_TOKENS &&
                   (capitalised(d, b - 1) || (is_char(d, b - 1, '.') && b - 1 > limit && capitalised(d, b - 2))))
                b--;
            while (b < se - 3 && (!capitalised(d, b) || d->tok_stop[b])) /* "But Lynch, who" */
                b++;
            if (!d->tok_stop[b]) {
                *e = se - 2;
                return (long)b;
            }
        }
    }
    long s = phrase_before(d, se, limit);
    if (s >= 0) {
        *e = se;
        /* "Mr. Ross said Mr. Obama had told ... “...”", "Clinton says Trump's flurry of
         * tweets was “...”": a verb of saying between names ends the phrase; what follows it
         * is reported, and the one who reports it is the speaker */
        for (size_t j = (size_t)s + 1; j + 1 < se; j++)
            if (d->seg.tokens[j].shape == SHAPE_LOWER && quotes_is_speech_verb(d, j) && capitalised(d, j - 1) &&
                capitalised(d, j + 1)) {
                *e = j;
                break;
            }
        return s;
    }
    /* DESCRIPTION , NAME , VERB: "which Apple's chief executive, Tim Cook, called" (not the
     * last name of a relative clause: "Seaman, who lives outside the capital, Sacramento,
     * said") */
    bool relative = false;
    for (size_t c = se; c-- > limit + 1 && se - c < RELATIVE_CLAUSE_MAX && !relative;)
        relative = is_char(d, c - 1, ',') && (doc_tok_is(d, c, "who") || doc_tok_is(d, c, "whose"));
    if (se > limit + 3 && is_char(d, se - 1, ',') && capitalised(d, se - 2) && !relative) {
        size_t b = se - 2;
        while (b > limit && se - 1 - b < 4 && (capitalised(d, b - 1) || is_char(d, b - 1, '.')))
            b--;
        if (b > limit + 1 && is_char(d, b - 1, ',') && capitalised(d, b) && d->seg.tokens[b - 2].shape == SHAPE_LOWER &&
            !d->tok_stop[b - 2]) {
            *e = se - 1;
            return (long)b;
        }
    }
    /* NAME , apposition , VERB */
    if (se > limit + 1 && is_char(d, se - 1, ',')) {
        /* a relative clause may run longer than an apposition ("Locke, who was crestfallen
         * not to be retained by the club as head coach after they were relegated, added") */
        for (size_t c = se - 1; c-- > limit && se - c < RELATIVE_CLAUSE_MAX;) {
            /* the apposition holds words, commas, brackets and hyphens; other marks end it */
            /* ... and the full stops of an abbreviation ("Rep. Kim, R-N.Y., said") */
            bool abbreviation = is_char(d, c, '.') && c > limit && capitalised(d, c - 1) &&
                                d->seg.tokens[c - 1].end - d->seg.tokens[c - 1].start <= 2;
            if (is_punct(d, c) && !is_char(d, c, ',') && !is_char(d, c, '(') && !is_char(d, c, ')') &&
                !is_char(d, c, '-') && !abbreviation)
                break;
            if (!is_char(d, c, ','))
                continue;
            /* past an apposition's length only a relative clause goes on */
            if (se - c >= APPOSITION_MAX && !(c + 1 < se && (doc_tok_is(d, c + 1, "who") || doc_tok_is(d, c + 1, "whose"))))
                continue;
            long n = phrase_before(d, c, limit);
            if (n >= 0 && capitalised(d, c - 1) && capitalised(d, (size_t)n)) {
                *e = c;
                return n;
            }
            if (c > limit && quotes_is_pronoun(d, c - 1)) {
                *e = c;
                return (long)(c - 1);
            }
            /* "Kim, who is a pastor at the Church of Elizabeth, Colorado, said": a description
             * between commas; the name is further back */
        }
    }
    return -1;
}

/* "(a source) speaking to Fox News", "(an aide) traveling with her": a participle and a
 * joining word after the head start a clause, not more of the phrase. */
static bool participle_clause(const precis_doc *d, size_t j, size_t k, size_t end) {
    const token *t = &d->seg.tokens[j];
    return j > k + 1 && j + 1 < end && t->shape == SHAPE_LOWER && t->end - t->start > 4 &&
           memcmp(d->text + t->end - 3, "ing", 3) == 0 && d->tok_stop[j + 1];
}

/* The speaker phrase starting at token k: "the Russian president", "Putin", "Mike Pompeo, the
 * US Secretary of State". Returns its end token (exclusive). */
static size_t phrase_after(const precis_doc *d, size_t k, size_t end) {
    size_t j = k;
    if (j < end && cue_is(d, j, CW_DETERMINER))
        j++;
    /* words, and numbers inside the phrase ("her editor of 30 years"), hyphenated names, "of
     * the" ("Kim of the Cato Institute") */
    while (j < end && j - k < SPEAKER_MAX_TOKENS && !participle_clause(d, j, k, end) &&
           !(j > k && (quotes_is_speech_verb(d, j) || (d->seg.tokens[j].shape == SHAPE_LOWER && cue_is(d, j, CW_AFTER)))) &&
           ((d->seg.tokens[j].kind == TOK_WORD &&
             (capitalised(d, j) || (!d->tok_stop[j] && !cue_is(d, j, CW_PREPOSITION)) || doc_tok_is(d, j, "of"))) ||
            (d->seg.tokens[j].kind == TOK_NUMBER && j > k &&
             (doc_tok_is(d, j - 1, "of") || d->seg.tokens[j].shape == SHAPE_ALNUM)) || /* "the 41-year-old" */
            (j > k && inner_hyphen(d, j) && j + 1 < end) ||
            (j > k && doc_tok_is(d, j, "the") && doc_tok_is(d, j - 1, "of"))))
        j++;
    while (j > k && (doc_tok_is(d, j - 1, "of") || doc_tok_is(d, j - 1, "the") || is_punct(d, j - 1)))
        j--;
    return j;
}

/* "said Northwind's chief executive, Daniel Oyelaran", "said her editor of 30 years, Frances
 * Doyle": when the phrase after the verb is a description followed by ", Name", the name is
 * the speaker. Returns the end of the name run after the comma, or 0 when there is none. */
static size_t appositive_name(const precis_doc *d, size_t e, size_t end, size_t *name_start) {
    size_t nt = d->seg.n_tokens;
    if (e >= end || e + 1 >= nt || !doc_tok_is(d, e, ",") || !capitalised(d, e + 1))
        return 0;
    size_t j = e + 1;
    while (j < nt && j - (e + 1) < 4 && capitalised(d, j))
        j++;
    *name_start = e + 1;
    return j;
}

/* True when the quotation closing at byte `close` (the mark's first byte) ends its own
 * sentence: its last character is a full stop, or a ! or ? not followed by a lower-case
 * continuation ("...today!" he said). */
static bool quote_ends_sentence(const precis_doc *d, uint32_t close, size_t next_tok) {
    uint32_t e = close;
    while (e > 0 && d->text[e - 1] == ' ')
        e--;
    if (e == 0)
        return false;
    char c = d->text[e - 1];
    if (c == '.')
        return true;
    if (c == '!' || c == '?')
        return next_tok >= d->seg.n_tokens || d->seg.tokens[next_tok].shape != SHAPE_LOWER;
    return false;
}

/* After a quotation that ends its sentence, a sentence of its own that only attributes it
 * (“...!” Kim declared. “...?” asked the mayor on Monday.): a speaker and a speech verb, then
 * nothing but an adjunct of up to four tokens opened by a preposition or a day. */
/* True when token k is the full stop of an abbreviation ("Rep.", "R-Pa.", "Sen."): a '.'
 * glued to a short capitalised word before it. */
static bool abbreviation_stop(const precis_doc *d, size_t k) {
    if (k == 0 || !is_char(d, k, '.') || (d->seg.tokens[k].flags & TOKF_SPACE_BEFORE))
        return false;
    const token *w = &d->seg.tokens[k - 1];
    return w->kind == TOK_WORD && w->end - w->start <= 4 && w->shape != SHAPE_LOWER;
}

static bool phrasal_saying(const precis_doc *d, size_t v);

/* True when token k is a lower-case word in -ed ("interrupted"): a verb in the past. */
static bool past_form(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    return t->kind == TOK_WORD && t->shape == SHAPE_LOWER && t->end - t->start > 3 &&
           memcmp(d->text + t->end - 2, "ed", 2) == 0;
}
static bool title_case(const precis_doc *d, uint32_t start, uint32_t end);

/* True when token k is a lower-case verb that comes before its subject after a quotation
 * ("“...!” beamed Kim"), whether or not it is a verb of saying elsewhere. */
static bool inverting_verb(const precis_doc *d, size_t k) {
    return d->seg.tokens[k].shape == SHAPE_LOWER && cue_is(d, k, CW_INVERTING);
}

static bool short_attribution(const precis_doc *d, size_t k, bool comma_ok) {
    size_t nt = d->seg.n_tokens, v = k;
    /* "Rep. Glenn Thompson": the stop of a title goes on with the name */
    while (v < nt && v - k < 6 && !quotes_is_speech_verb(d, v) && !inverting_verb(d, v) &&
           !(v > k && phrasal_saying(d, v)) && (!is_punct(d, v) || abbreviation_stop(d, v)))
        v++;
    /* “...?” Kim went on, as if ...: a verb of saying in two words */
    bool phrasal = v > k && v < nt && !quotes_is_speech_verb(d, v) && !inverting_verb(d, v) && phrasal_saying(d, v);
    /* “...?” Miller, a retired worker, said.: a name, then an apposition set off by commas
     * ("Rep. Glenn Thompson, R-Pa., said") */
    if (v > k && v + 2 < nt && is_char(d, v, ',') && capitalised(d, v - 1)) {
        size_t c = v + 1;
        while (c < nt && c - v < APPOSITION_MAX && (!is_punct(d, c) || abbreviation_stop(d, c) || inner_hyphen(d, c)) &&
               !quotes_is_speech_verb(d, c) && !cue_is(d, c, CW_CLAUSE))
            c++;
        if (c + 1 < nt && c > v + 1 && is_char(d, c, ',') && quotes_is_speech_verb(d, c + 1))
            v = c + 1;
    }
    if (v >= nt || !(cue_is(d, v, CW_INVERTING) || phrasal) || (v > k && !capitalised(d, k) && !quotes_is_pronoun(d, k)))
        return false;
    size_t e = phrasal ? v + 2 : v + 1;
    /* an adverb of manner ("said pleasantly into the phone") */
    if (v > k && e < nt && d->seg.tokens[e].shape == SHAPE_LOWER && d->seg.tokens[e].end - d->seg.tokens[e].start > 4 &&
        memcmp(d->text + d->seg.tokens[e].end - 2, "ly", 2) == 0 && !quotes_is_speech_verb(d, e))
        e++;
    if (v == k) /* asked the mayor */
        e = phrase_after(d, v + 1, nt);
    /* words that make the rest a claim of its own: “...today.” The agency said on Monday that
     * 9,000 houses were damaged */
    /* after a question or a cry, the one asked (“...?” Kim asked reporters.) */
    if (comma_ok && e > v) {
        size_t j = e;
        while (j < nt && j - e < 3 && !is_punct(d, j) && !cue_is(d, j, CW_OPENER)) {
            if (cue_is(d, j, CW_CLAUSE) || quotes_is_speech_verb(d, j))
                return false;
            j++;
        }
        e = j;
    }
    if (e < nt && !is_punct(d, e)) {
        /* "said of the swirl of events": what it was said of */
        if (!cue_is(d, e, CW_OPENER | CW_PREPOSITION) && !doc_tok_is(d, e, "of"))
            return false;
        /* an adjunct up to the sentence's end (“...” Kim said to a crowd of about 500.), with no
         * clause in it */
        size_t j = e;
        while (j < nt && j - e < 12 && !is_punct(d, j) && !cue_is(d, j, CW_CLAUSE))
            j++;
        e = j;
    }
    return e < nt && is_punct(d, e) && strchr(comma_ok ? ".!?," : ".!?", d->text[d->seg.tokens[e].start]);
}

static void set_speaker(const precis_doc *d, quote *q, size_t s, size_t e, size_t v) {
    q->speaker_token = (int32_t)s;
    q->speaker_tok_end = (uint32_t)e;
    if (v < d->seg.n_tokens) {
        q->verb_start = d->seg.tokens[v].start;
        q->verb_end = d->seg.tokens[v].end;
    }
}

/* A quotation mark token: kept out of speaker phrases and clause ends. A single closing mark
 * glued to a word in -s and followed by a word is a plural's possessive ("Sanders' campaign
 * manager", "the Democrats’ plan"), not a mark: the clause goes on. */
static bool is_mark_tok(const precis_doc *d, size_t k) {
    int fam;
    size_t ml;
    const token *t = &d->seg.tokens[k];
    int kind = quote_mark(d->text, d->len, t->start, &ml, &fam);
    if (kind == 2 && fam == 1 && k > 0 && k + 1 < d->seg.n_tokens && !(t->flags & TOKF_SPACE_BEFORE) &&
        d->seg.tokens[k - 1].kind == TOK_WORD && (d->text[t->start - 1] | 0x20) == 's' &&
        d->seg.tokens[k + 1].kind == TOK_WORD)
        return false;
    return kind != 0;
}

/* Verbs of saying in two words, after a quotation only (“...,” Kim shot back; “...,” Kim went
 * on): either word alone says nothing of speech. */
static bool phrasal_saying(const precis_doc *d, size_t v) {
    if (v + 1 >= d->seg.n_tokens || d->seg.tokens[v].shape != SHAPE_LOWER || !cue_is(d, v, CW_PAIR_HEAD))
        return false;
    /* the pair's key: both words, folded, with one space between */
    const token *a = &d->seg.tokens[v], *b = &d->seg.tokens[v + 1];
    size_t la = a->end - a->start, lb = b->end - b->start;
    char key[CUE_WORD_MAX];
    if (lb == 0 || la + 1 + lb > CUE_WORD_MAX)
        return false;
    memcpy(key, d->text + a->start, la);
    key[la] = ' ';
    /* (bounded by the key itself too, which gcc -O3 cannot derive from the test above) */
    for (size_t i = 0, o = la + 1; i < lb && o < sizeof key; i++, o++) {
        char c = d->text[b->start + i];
        key[o] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    int32_t cls = strmap_get(&d->lang->cue_words, key, la + 1 + lb);
    return cls > 0 && (cls & CW_PHRASAL);
}

/* The end (exclusive) of a credit's name starting at token b ("Ana Kim", "Oscar P. Quintero"),
 * or 0 when the run is no credit: it must end the sentence or be followed by a comma (", a
 * teacher in Ohio") or a full stop, not by a verb ("— Kim said"). */
static size_t credit_name_end(const precis_doc *d, size_t b) {
    size_t nt = d->seg.n_tokens, e = b;
    if (!capitalised(d, b))
        return 0;
    /* a full stop goes on only after an initial ("Oscar P. Quintero") */
    while (e < nt && e - b < SPEAKER_MAX_TOKENS && (capitalised(d, e) || is_char(d, e, '.') || inner_hyphen(d, e)) &&
           !(is_char(d, e, '.') && (e + 1 >= nt || !capitalised(d, e + 1) || e == b ||
                                    d->seg.tokens[e - 1].end - d->seg.tokens[e - 1].start > 2 ||
                                    memchr(d->text + d->seg.tokens[e].end, '\n',
                                           d->seg.tokens[e + 1].start - d->seg.tokens[e].end))))
        e++;
    if (e < nt && !is_punct(d, e) && d->seg.tokens[e].sentence == d->seg.tokens[b].sentence)
        return 0;
    return e;
}

/* "quoted Prince Saud as saying": when token v is "quoted" or "quotes" and a speaker phrase
 * and "as saying" (or "as telling", "as writing") follow it before `end`, the phrase's end
 * (its start in *s); 0 otherwise. */
static size_t quoted_as(const precis_doc *d, size_t v, size_t end, size_t *s) {
    if (!(doc_tok_is(d, v, "quoted") || doc_tok_is(d, v, "quotes") || doc_tok_is(d, v, "quoting")) || v + 3 >= end)
        return 0;
    size_t e = phrase_after(d, v + 1, end);
    while (e < end && e > v + 1 && d->seg.tokens[e].kind == TOK_POSSESSIVE)
        e = phrase_after(d, e + 1, end); /* "quoted the firm's chief as saying" */
    if (e <= v + 1 || e + 1 >= end + 1 || !doc_tok_is(d, e, "as") || e + 1 >= d->seg.n_tokens ||
        !(doc_tok_is(d, e + 1, "saying") || doc_tok_is(d, e + 1, "telling") || doc_tok_is(d, e + 1, "writing")))
        return 0;
    *s = v + 1;
    return e;
}

/* The speaker after the closing mark: “...,” said Kim / “...,” Kim said / “...,” Kim, the
 * mayor, said / “...” than the others, Kim said / “...” — Ana Kim. */
static void speaker_after(const precis_doc *d, quote *q, uint32_t close_start, uint32_t close_end) {
    size_t nt = d->seg.n_tokens;
    size_t k = doc_token_at(d, close_end);
    bool dash = false;
    /* , ) and the closing marks of quotations within it (“... 'on Fox,''' said Kim) */
    while (k < nt && is_punct(d, k) && d->seg.tokens[k].end - d->seg.tokens[k].start <= 3 &&
           !strchr(".!?", d->text[d->seg.tokens[k].start]) &&
           (!is_mark_tok(d, k) || !(d->seg.tokens[k].flags & TOKF_SPACE_BEFORE))) {
        dash |= doc_tok_is_dash(d, k) && !inner_hyphen(d, k);
        k++;
    }
    if (k < nt && doc_tok_is(d, k, "as") && k + 1 < nt && capitalised(d, k + 1))
        k++; /* “...,” as Kim said */
    /* in the same paragraph, and only when the quotation does not end its own sentence
     * (“...today.” The agency said... names the agency's own statement) */
    if (k >= nt)
        return;
    if (memchr(d->text + close_end, '\n', d->seg.tokens[k].start - close_end)) {
        /* a quotation list credits each quotation on the line after it: “...” ¶ - Ana Kim. (or
         * "—Ana Kim, tweeting"): a dash opening the next paragraph, then a name */
        size_t b = k; /* the dash was skipped with the closing punctuation */
        bool line_dash = b > 0 && d->seg.tokens[b - 1].start >= close_end &&
                         memchr(d->text + close_end, '\n', d->seg.tokens[b - 1].start - close_end) && doc_tok_is_dash(d, b - 1);
        /* the quotation is its own paragraph (“...” ¶ - Reuters. after a sentence of prose is
         * the story's credit) */
        size_t qt = doc_token_at(d, q->start);
        const paragraph *pg = &d->seg.paragraphs[d->seg.sentences[q->sentence].paragraph];
        line_dash = line_dash && qt <= d->seg.sentences[pg->sent_start].tok_start + 1;
        size_t e = line_dash ? credit_name_end(d, b) : 0;
        if (e)
            set_speaker(d, q, b, e, nt);
        return;
    }
    /* “...,” according to Mr. Rhodes. */
    if (doc_tok_is(d, k, "according") && k + 2 < nt && doc_tok_is(d, k + 1, "to")) {
        size_t e = phrase_after(d, k + 2, nt);
        if (e > k + 2)
            set_speaker(d, q, k + 2, e, k);
        return;
    }
    /* “...” ― Ana Kim: a pull quote credited after a dash on its own line's end */
    if (dash) {
        size_t e = credit_name_end(d, k);
        if (e) {
            set_speaker(d, q, k, e, nt);
            return;
        }
    }
    /* after ? or ! the attribution may go on ("“Who are they?” Kim said of the firm, when...") */
    uint32_t qe = close_start;
    while (qe > 0 && d->text[qe - 1] == ' ')
        qe--;
    bool asked = qe > 0 && (d->text[qe - 1] == '?' || d->text[qe - 1] == '!');
    if (quote_ends_sentence(d, close_start, k) && !short_attribution(d, k, asked))
        return;
    size_t sent_end = k;
    /* to the clause's end: . ! ? ; (but "Pa.," goes on) or the next quotation mark */
    while (sent_end < nt && sent_end - k < CUE_WINDOW && !is_mark_tok(d, sent_end) &&
           !(is_punct(d, sent_end) && strchr(".!?;", d->text[d->seg.tokens[sent_end].start]) &&
             !(sent_end + 1 < nt && (is_char(d, sent_end + 1, ',') || is_char(d, sent_end + 1, ')')))))
        sent_end++; /* "(D-Wis.) said" goes on too */
    if (quotes_is_speech_verb(d, k) || inverting_verb(d, k)) {
        if (!cue_is(d, k, CW_INVERTING) || k + 1 >= sent_end)
            return; /* “...,” saying the city...: no speaker follows */
        size_t e = phrase_after(d, k + 1, sent_end);
        /* "said Northwind's chief executive": the phrase goes on after a possessive */
        while (e < sent_end && e > k + 1 && d->seg.tokens[e].kind == TOK_POSSESSIVE)
            e = phrase_after(d, e + 1, sent_end);
        size_t ns = 0, ne = appositive_name(d, e, sent_end, &ns);
        /* “...,” said the candidate could...: a clause goes on, so that was its subject */
        if (e < sent_end && !is_punct(d, e) && !cue_is(d, e, CW_AFTER_SPEAKER) && !capitalised(d, e))
            return;
        if (ne && !capitalised(d, e - 1))
            set_speaker(d, q, ns, ne, k);
        else if (e > k + 1)
            set_speaker(d, q, k + 1, e, k);
        return;
    }
    for (size_t v = k + 1; v < sent_end; v++) {
        if (!quotes_is_speech_verb(d, v) && !(d->seg.tokens[v].shape == SHAPE_LOWER && cue_is(d, v, CW_AFTER)) &&
            !phrasal_saying(d, v))
            continue;
        /* “...,” Arab News quoted Prince Saud as saying: the one quoted speaks */
        size_t qs = 0, qn = quoted_as(d, v, sent_end, &qs);
        if (qn) {
            set_speaker(d, q, qs, qn, v);
            return;
        }
        /* “...” that Sanders can catch up, said Steve Elmendorf (not “...,” Kim, the mayor,
         * said Tuesday) */
        if (is_char(d, v - 1, ',') && cue_is(d, v, CW_INVERTING) && v + 1 < sent_end && capitalised(d, v + 1) &&
            !cue_is(d, v + 1, CW_DAY) && !doc_tok_is(d, v, "told") && !doc_tok_is(d, v, "tells")) {
            size_t e = phrase_after(d, v + 1, sent_end);
            if (e > v + 1) {
                set_speaker(d, q, v + 1, e, v);
                return;
            }
        }
        /* “...,” Sen. Kim (R-Ohio) said */
        size_t pb = phrase_after(d, k, sent_end);
        if (pb > k && pb < v && is_char(d, pb, '(') && capitalised(d, pb - 1)) {
            size_t c = pb;
            while (c < v && !is_char(d, c, ')'))
                c++;
            if (c + 1 == subject_end(d, v, k) || c + 1 == v) {
                set_speaker(d, q, k, pb, v);
                return;
            }
        }
        size_t se = subject_end(d, v, k);
        size_t e = phrase_after(d, k, se);
        while (e < se && e > k && d->seg.tokens[e].kind == TOK_POSSESSIVE)
            e = phrase_after(d, e + 1, se); /* “...,” the group's director said */
        /* “...,” giving states more power: a participle opens a clause, not a speaker */
        const token *tk = &d->seg.tokens[k];
        bool verbal = e == k + 1 && tk->shape == SHAPE_LOWER && tk->end - tk->start > 4 &&
                      (memcmp(d->text + tk->end - 3, "ing", 3) == 0 || memcmp(d->text + tk->end - 2, "ed", 2) == 0);
        /* “...” of the market began: a phrase opened by a joining word names no one */
        bool joined = d->tok_stop[k] && !quotes_is_pronoun(d, k) && !cue_is(d, k, CW_DETERMINER) && !capitalised(d, k);
        if (e == se && e > k && !verbal && !joined && !(e == k + 1 && d->tok_stop[k] && !quotes_is_pronoun(d, k))) {
            set_speaker(d, q, k, e, v); /* “...,” Kim said; “...,” he said */
            return;
        }
        if (se == k + 1 && quotes_is_pronoun(d, k)) {
            set_speaker(d, q, k, se, v);
            return;
        }
        /* “...,” Kim, the mayor, said: a name, then an apposition up to the verb; “...,” his
         * wife, Ana Lazar, wrote: the name in the apposition */
        size_t pe = phrase_after(d, k, sent_end);
        while (pe < se && pe > k && d->seg.tokens[pe].kind == TOK_POSSESSIVE)
            pe = phrase_after(d, pe + 1, sent_end); /* “...,” Rep. Kim's chief of staff, Ana Lee, said */
        size_t an = 0, ae = appositive_name(d, pe, se, &an);
        if (pe > k && !capitalised(d, pe - 1) && ae && ae + 1 == se && is_char(d, ae, ',')) {
            set_speaker(d, q, an, ae, v);
            return;
        }
        if (pe > k && pe < se && is_char(d, pe, ',') && is_char(d, se - 1, ',') &&
            (capitalised(d, pe - 1) || quotes_is_pronoun(d, k))) {
            set_speaker(d, q, k, pe, v);
            return;
        }
        /* “...” than the others, Kim said: the name right before the verb */
        size_t ee = 0;
        long s = subject_of(d, v, k, &ee);
        if (s > (long)k && (capitalised(d, ee - 1) || quotes_is_pronoun(d, (size_t)s)) &&
            is_char(d, (size_t)s - 1, ','))
            set_speaker(d, q, (size_t)s, ee, v);
        return;
    }
}

/* The subject of the sentence holding token k, for a quotation introduced by a participle or
 * a colon after the main clause ("Kim visited the site, saying “...”", "Kim, the mayor, gave a
 * warning: “...”"): a pronoun or a phrase at the sentence's start, after an opening phrase set
 * off by a comma ("At the rally, Kim ..."). Returns its first token (end in *e) or -1. */
/* After an opening phrase and its comma at token b, the phrases that go on setting the scene
 * before the subject: the rest of a place ("At a rally in Ames, Iowa, on Sunday, Kim said"), a
 * time or a place opened by a preposition, an apposition opened by an article ("In his 2004
 * speech, a tribute to Kerry, the nominee that year, Obama decried"). Each phrase ends with a
 * comma; the subject is taken after the last one that a name, he or she follows. Returns b
 * when there is none. */
static size_t past_opening_phrases(const precis_doc *d, size_t b, size_t k) {
    size_t nb = b, best = b;
    for (int n = 0; n < 3 && nb < k; n++) {
        size_t c = nb;
        while (c < k && c - nb < 10 && !is_punct(d, c))
            c++;
        if (c >= k || c == nb || !is_char(d, c, ','))
            break;
        const token *t = &d->seg.tokens[nb];
        bool opener = t->shape == SHAPE_LOWER && cue_is(d, nb, CW_OPENER | CW_PREP_OPENER | CW_DETERMINER);
        bool place_part = c - nb <= 2 && capitalised(d, nb) && (c - nb == 1 || capitalised(d, nb + 1)) && nb >= 2 &&
                          capitalised(d, nb - 2) && !d->tok_stop[nb];
        if (!opener && !place_part)
            break;
        nb = c + 1;
        if (nb < k && ((capitalised(d, nb) && !d->tok_stop[nb]) || doc_tok_is(d, nb, "he") || doc_tok_is(d, nb, "she")))
            best = nb;
    }
    return best;
}

/* "the mayor visited the site": a past tense followed by its object's determiner ends a
 * description that phrase_after ran on into the predicate. Looks at [from, pe); returns the
 * new end. */
static size_t past_tense_cut(const precis_doc *d, size_t from, size_t pe, size_t k) {
    for (size_t j = from; j < pe; j++) {
        const token *t = &d->seg.tokens[j];
        /* ... or a present tense ("The Tory leader supports a reduction") */
        bool tensed = past_form(d, j) || (t->end - t->start > 3 && d->text[t->end - 1] == 's' &&
                                          d->text[t->end - 2] != 's' && d->seg.tokens[j - 1].kind == TOK_WORD &&
                                          d->text[d->seg.tokens[j - 1].end - 1] != 's');
        if (t->shape == SHAPE_LOWER && tensed && j + 1 < k && cue_is(d, j + 1, CW_DETERMINER))
            return j;
    }
    return pe;
}

static long sentence_subject(const precis_doc *d, size_t k, size_t *e) {
    const sentence *st = &d->seg.sentences[d->seg.tokens[k].sentence];
    size_t b = st->tok_start;
    while (b < k && is_punct(d, b)) {
        if (is_mark_tok(d, b) || b - st->tok_start > 4)
            return -1; /* the sentence opens with a quotation (or a run of marks): no subject */
        b++;
    }
    if (b >= k)
        return -1;
    /* "DECATUR, Ill. — Sen. Ted Cruz ...", "Washington (AFP) – Democrat Hillary Clinton ...":
     * a dateline (a place in capitals, or a place and an agency in brackets, up to a dash) is
     * no part of the sentence's subject */
    for (size_t c = b + 1; c < k && c - b < DATELINE_MAX && capitalised(d, b); c++) {
        if (d->seg.tokens[c].shape == SHAPE_LOWER)
            break;
        if (doc_tok_is_dash(d, c) && !inner_hyphen(d, c)) {
            if (d->seg.tokens[b].shape == SHAPE_UPPER || (c >= b + 3 && is_char(d, c - 1, ')')))
                b = c + 1;
            break;
        }
    }
    if (b >= k)
        return -1;
    /* "And he ...", "But Kim ...": a conjunction opens the sentence, not its subject */
    for (int n = 0; n < 2 && b + 1 < k && cue_is(d, b, CW_CONJUNCTION) && !is_punct(d, b + 1); n++)
        b++; /* "And then Trump went on the attack" */
    /* a determiner opens a description ("One operative inside the tower tried...") */
    bool det = cue_is(d, b, CW_SUBJECT_DET);
    /* an opening phrase ("At the rally,", "On Monday,", "Asked about the plan,") */
    const token *tb = &d->seg.tokens[b];
    bool opener = tb->shape == SHAPE_CAPITAL && b + 1 < k && d->seg.tokens[b + 1].shape == SHAPE_LOWER &&
                  tb->end - tb->start > 4 &&
                  (memcmp(d->text + tb->end - 2, "ed", 2) == 0 || memcmp(d->text + tb->end - 3, "ing", 3) == 0);
    /* "Like Corker, Menendez rejected ...": a preposition opening the sentence */
    opener |= tb->shape == SHAPE_CAPITAL && cue_is(d, b, CW_PREP_OPENER);
    if (capitalised(d, b) && (d->tok_stop[b] || opener) && !quotes_is_pronoun(d, b) && !det) {
        /* the opening phrase runs to its comma ("With Democratic leaders increasingly worried
         * about a lack of passion for her among young voters, President Obama is ...") */
        size_t c = b;
        while (c < k && c - b < OPENING_PHRASE_MAX && !is_char(d, c, ','))
            c++;
        if (c >= k || !is_char(d, c, ','))
            return -1;
        b = c + 1;
    } else {
        /* "Hours later, Kim ...", "Reprising her line, the senator ...": words with a lower-case
         * one, a comma, then a name, "the" or he/she */
        size_t c = b;
        bool lower = false;
        while (c < k && c - b < 8 && !is_punct(d, c))
            lower |= d->seg.tokens[c++].shape == SHAPE_LOWER;
        if (lower && c + 1 < k && is_char(d, c, ',') &&
            (capitalised(d, c + 1) || doc_tok_is(d, c + 1, "the") || doc_tok_is(d, c + 1, "he") || doc_tok_is(d, c + 1, "she")))
            b = c + 1;
    }
    if (b > st->tok_start && is_char(d, b - 1, ','))
        b = past_opening_phrases(d, b, k);
    if (b < k && (doc_tok_is(d, b, "he") || doc_tok_is(d, b, "she"))) {
        *e = b + 1;
        return (long)b;
    }
    size_t pe;
    det = cue_is(d, b, CW_SUBJECT_DET);
    if (det) {
        pe = phrase_after(d, b, k);
        while (pe < k && pe > b && d->seg.tokens[pe].kind == TOK_POSSESSIVE)
            pe = phrase_after(d, pe + 1, k);
        pe = past_tense_cut(d, b + 2, pe, k);
    } else {
        /* no article: a name, capitalised words only ("Sen. Kim", not "Kim asks"), after at
         * most three words of a role ("conservative commentator Ann Kim") */
        size_t r = b;
        while (r < k && r - b < 3 && d->seg.tokens[r].shape == SHAPE_LOWER && !d->tok_stop[r] &&
               !quotes_is_speech_verb(d, r))
            r++;
        if (r > b && r < k && capitalised(d, r)) {
            pe = r;
            while (pe < k && pe - r < SPEAKER_MAX_TOKENS && capitalised(d, pe))
                pe++;
            *e = pe;
            return (long)r;
        }
        pe = b;
        while (pe < k && pe - b < SPEAKER_MAX_TOKENS && (capitalised(d, pe) || d->seg.tokens[pe].kind == TOK_POSSESSIVE))
            pe++;
        /* "Democratic presidential candidate Sen. Bernie Sanders (I-Vt.) criticized": a
         * capitalised word, then a role, then the name; the name is the subject */
        /* ("UK Independence Party leader Roger Knapman"; not a name and its verb: "Jonjo
         * O'Neill hopes jockey AP McCoy rides ...") */
        if (pe > b && pe < k && d->seg.tokens[pe - 1].kind != TOK_POSSESSIVE) {
            size_t r2 = pe;
            while (r2 < k && r2 - pe < 3 && d->seg.tokens[r2].shape == SHAPE_LOWER && !d->tok_stop[r2] &&
                   !quotes_is_speech_verb(d, r2) && !(r2 + 1 < k && d->seg.tokens[r2 + 1].shape == SHAPE_LOWER &&
                                                      d->text[d->seg.tokens[r2].end - 1] == 's'))
                r2++;
            if (r2 > pe && r2 < k && capitalised(d, r2) &&
                (ner_role_word(d, r2 - 1) || (doc_tok_class(d, &d->lang->people_words, r2 - 1) & PW_ROLE))) {
                b = r2;
                pe = r2;
                while (pe < k && pe - b < SPEAKER_MAX_TOKENS && (capitalised(d, pe) || abbreviation_stop(d, pe)))
                    pe++;
            }
        }
        /* "Scott's relatives, including his wife, said": a possessive names whose, not who; the
         * subject is the description it opens */
        if (pe > b + 1 && pe < k && d->seg.tokens[pe - 1].kind == TOK_POSSESSIVE &&
            d->seg.tokens[pe].shape == SHAPE_LOWER) {
            pe = past_tense_cut(d, pe, phrase_after(d, pe, k), k);
            /* ...only when the description is plainly the subject ("Daniel's speech
             * documented his brother's wedding" is no one speaking) */
            if (pe >= k || !(is_char(d, pe, ',') || is_aux(d, pe) || quotes_is_speech_verb(d, pe)))
                return -1;
        }
    }
    if (pe <= b + det || !(capitalised(d, b) || det))
        return -1;
    /* the phrase must be the subject: a verb, an auxiliary, an apposition or a bracket next */
    if (pe < k && !is_char(d, pe, ',') && !is_char(d, pe, '(') && !is_aux(d, pe) && !quotes_is_speech_verb(d, pe) &&
        d->seg.tokens[pe].shape != SHAPE_LOWER)
        return -1;
    *e = pe;
    return (long)b;
}

/* True when verb v is passive: a form of "be" right before it, past one adverb ("was
 * widely criticised", "has been accused"). */
static bool passive(const precis_doc *d, size_t v, size_t limit) {
    size_t k = v;
    if (k > limit + 1 && d->seg.tokens[k - 1].shape == SHAPE_LOWER && d->seg.tokens[k - 1].end - d->seg.tokens[k - 1].start > 3 &&
        memcmp(d->text + d->seg.tokens[k - 1].end - 2, "ly", 2) == 0)
        k--;
    return k > limit && cue_is(d, k - 1, CW_BE) && d->text[d->seg.tokens[v].end - 1] != 'g';
}

/* The speaker before the opening mark, in the same sentence: Kim said: “...”; Kim called it
 * a “...”; Kim, the mayor, said “...”; Kim: “...”. */
static void speaker_before(const precis_doc *d, quote *q, uint32_t open_start) {
    size_t nt = d->seg.n_tokens;
    size_t o = doc_token_at(d, open_start);
    if (o == 0 || o > nt)
        return;
    int32_t sent = d->seg.tokens[o < nt ? o : nt - 1].sentence;
    size_t lo = d->seg.sentences[sent].tok_start;
    if (o - lo > CUE_WINDOW)
        lo = o - CUE_WINDOW;
    /* Kim: “...” — a name and a colon right before the quotation (the capitalised run: "...
     * surprises pollster Ann Kim: “...”") */
    size_t colon_end = o >= 2 && is_char(d, o - 1, ':') ? o - 1 : 0;
    if (colon_end >= 2 && is_char(d, colon_end - 1, ')')) { /* Rep. Kim (R-Ohio): “...” */
        size_t b = colon_end - 1;
        while (b > lo && colon_end - b < 8 && !is_char(d, b, '('))
            b--;
        if (is_char(d, b, '(') && b > lo && capitalised(d, b - 1)) {
            size_t s = b;
            while (s > lo && b - s < 4 && (capitalised(d, s - 1) || inner_hyphen(d, s - 1)))
                s--;
            set_speaker(d, q, s, b, nt);
            return;
        }
    }
    /* Graham: Trump's ‘Hateful Rhetoric’ Destroys... — a headline that opens with a name and
     * a colon gives the name's words, wherever its quotation stands after the colon */
    if (d->seg.sentences[sent].paragraph == 0) {
        size_t b = d->seg.sentences[sent].tok_start, c = b;
        while (c < o && c - b <= 5 && (capitalised(d, c) || inner_hyphen(d, c) || is_char(d, c, '.')) &&
               !d->tok_stop[c])
            c++; /* a name has no clause words ("Woman Steps Forward With...:" is no name) */
        if (c > b && c < o && is_char(d, c, ':') && capitalised(d, b) && !doc_tok_is(d, b, "the") &&
            !doc_tok_is(d, b, "a")) {
            set_speaker(d, q, b, c, nt);
            return;
        }
        /* Kim Says The Plan ‘Is Dead’: a headline in title case capitalises its verb of saying,
         * which the lower-case verb lists leave out */
        for (size_t v = b + 1; v < c && v < o; v++)
            if (cue_is(d, v, CW_HEAD_VERB) && d->seg.tokens[v].shape == SHAPE_CAPITAL) {
                if (v > b && !doc_tok_is(d, b, "the")) {
                    set_speaker(d, q, b, v, v);
                    return;
                }
                break;
            }
    }
    /* (not in a headline, whose every word is capitalised: "Gillibrand on Hillary Releasing
     * Her Goldman Sachs Speech Transcripts: ‘...’" names no "Speech Transcripts") */
    if (o >= 2 && is_char(d, o - 1, ':') && capitalised(d, o - 2) &&
        !title_case(d, d->seg.sentences[sent].start, d->seg.sentences[sent].end)) {
        size_t s = o - 1;
        while (s > lo && o - 1 - s < 4 && (capitalised(d, s - 1) || inner_hyphen(d, s - 1)))
            s--;
        /* not the one spoken to or about ("told the newspaper NRC Handelsblad:", "said of Kim:") */
        /* ("wrote on Twitter:", "told CNBC:", "in a letter to Congress:") */
        /* (past an article and lower-case words: "told [the] Harbour Times:", "told [the
         * newspaper] NRC Handelsblad:") */
        /* (nor the object of a verb in the past: "praised [Ana Reyes]:", "criticised the
         * [Harbour Board]:"; a role before the name is no verb: "pollster Ann Kim:") */
        bool object = false, lower_only = true;
        for (size_t j = s; j-- > lo && s - j <= 4 && !object;) {
            const token *w = &d->seg.tokens[j];
            bool past = w->kind == TOK_WORD && w->shape == SHAPE_LOWER && w->end - w->start > 4 &&
                        memcmp(d->text + w->end - 2, "ed", 2) == 0;
            object = doc_tok_is(d, j, "to") || (lower_only && (cue_is(d, j, CW_OBJECT_BEFORE) || past));
            lower_only &= w->kind == TOK_WORD && w->shape == SHAPE_LOWER;
        }
        if (s < o - 1 && capitalised(d, s) && !object) {
            set_speaker(d, q, s, o - 1, nt);
            return;
        }
    }
    /* According to Kim, ... “...” */
    for (size_t k = lo; k + 2 < o; k++)
        if (doc_tok_is(d, k, "according") && doc_tok_is(d, k + 1, "to") && capitalised(d, k + 2)) {
            size_t e = k + 2;
            while (e < o && e - k < 6 && (capitalised(d, e) || inner_hyphen(d, e)))
                e++;
            set_speaker(d, q, k + 2, e, k);
            return;
        }
    int tries = 0;
    bool passive_seen = false;
    long s_inf;
    for (size_t v = o; v-- > lo && tries < 2;) {
        /* "As Kim pointed out in December, “...”": a verb of saying in two words, when the
         * quotation follows its clause */
        if (!quotes_is_speech_verb(d, v) && !(phrasal_saying(d, v) && o <= v + 8))
            continue;
        tries++;
        /* "the agency quoted Prince Saud as saying “...”": the one quoted speaks */
        if (v >= lo + 3 && doc_tok_is(d, v - 1, "as")) {
            for (size_t w = v - 2; w > lo && v - w <= SPEAKER_MAX_TOKENS + 1; w--) {
                size_t ns = 0, ne = quoted_as(d, w, o, &ns);
                if (ne) {
                    set_speaker(d, q, ns, ne, w);
                    return;
                }
            }
        }
        /* "The rapper was criticised after viewers complained he was “lewd”": a passive verb
         * of saying; its subject is the one spoken of, not the speaker */
        if (passive(d, v, lo)) {
            passive_seen = true;
            continue;
        }
        size_t e = 0;
        /* "Kim visited the site, saying ...": a participle's speaker is the sentence's subject,
         * never the words before it ("a statement saying"); so is the speaker of "Kim voted
         * for it and said ..." */
        bool participle = d->text[d->seg.tokens[v].end - 1] == 'g';
        size_t se = subject_end(d, v, lo);
        bool coordinated = se > lo && doc_tok_is(d, se - 1, "and");
        /* "Kim went on to say, “...”", "Kim was prompted to say": the infinitive's speaker is
         * the sentence's subject */
        if (v > lo && doc_tok_is(d, v - 1, "to") && (doc_tok_is(d, v, "say") || doc_tok_is(d, v, "add") || doc_tok_is(d, v, "tell"))) {
            s_inf = sentence_subject(d, v, &e);
            if (s_inf >= 0) {
                set_speaker(d, q, (size_t)s_inf, e, v);
                return;
            }
        }
        long s = participle || coordinated ? -1 : subject_of(d, v, lo, &e);
        if (coordinated && !participle) {
            s = sentence_subject(d, v, &e);
            if (s >= 0) {
                set_speaker(d, q, (size_t)s, e, v);
                return;
            }
        }
        if (s >= 0) {
            set_speaker(d, q, (size_t)s, e, v);
            return;
        }
        /* "Another source speaking to Fox News said, “...”": a subject with a modifier between
         * it and its finite verb, when the verb's object is the quotation */
        if (!participle && !coordinated && o >= v + 1 && o <= v + 2) {
            s = sentence_subject(d, v, &e);
            /* not across a relative clause ("..., which Kim called “...”") or from a
             * preposition opening the sentence ("Beyond the taxes ...") */
            bool relative = false;
            for (size_t k = s >= 0 ? e : v; k < v && !relative; k++)
                relative = doc_tok_is(d, k, "which") || doc_tok_is(d, k, "who") || doc_tok_is(d, k, "whom");
            if (s >= 0 && (size_t)e < v && !relative && !cue_is(d, (size_t)s, CW_PREPOSITION | CW_PREP_OPENER)) {
                set_speaker(d, q, (size_t)s, e, v);
                return;
            }
        }
        /* "footage of Kim asking, “...”": a participle of saying right after a name is the
         * name's (not "a letter to Kim asking") */
        /* ("with Kim reportedly yelling: “...”": an adverb between them) */
        size_t nv = v;
        if (participle && v > lo + 2 && d->seg.tokens[v - 1].shape == SHAPE_LOWER &&
            d->seg.tokens[v - 1].end - d->seg.tokens[v - 1].start > 4 &&
            memcmp(d->text + d->seg.tokens[v - 1].end - 2, "ly", 2) == 0 && capitalised(d, v - 2))
            nv = v - 1;
        /* ...but not a day: "tweets early Friday saying that ..." */
        if (participle && nv > lo + 1 && capitalised(d, nv - 1) && !(d->seg.tokens[nv - 1].flags & TOKF_SENT_START) &&
            !cue_is(d, nv - 1, CW_DAY)) {
            size_t b = nv - 1;
            while (b > lo && v - b < SPEAKER_MAX_TOKENS && (capitalised(d, b - 1) || is_char(d, b - 1, '.')) &&
                   !(d->seg.tokens[b].flags & TOKF_SENT_START))
                b--;
            while (b < nv && !capitalised(d, b))
                b++;
            if (!(b > lo && (doc_tok_is(d, b - 1, "to") || doc_tok_is(d, b - 1, "for") || is_char(d, b - 1, ','))) &&
                !d->tok_stop[b]) {
                set_speaker(d, q, b, nv, v);
                return;
            }
        }
        /* "..., Kim said, adding “...”": the participle continues the clause before it */
        if (participle && v >= lo + 2 && is_char(d, v - 1, ',') && quotes_is_speech_verb(d, v - 2)) {
            s = subject_of(d, v - 2, lo, &e);
            if (s >= 0) {
                set_speaker(d, q, (size_t)s, e, v - 2);
                return;
            }
        }
        /* a participle after a comma, or "saying" ("a statement saying"), takes the sentence's
         * subject; "those calling for" does not */
        if (participle && ((v > lo && is_char(d, v - 1, ',')) || doc_tok_is(d, v, "saying"))) {
            /* "..., when Sanders protesters interrupted her speech, shouting “...”": the clause
             * right before the participle has a subject of its own, a name */
            if (v > lo && is_char(d, v - 1, ',')) {
                size_t c = v - 1;
                while (c > lo && v - c < SUBCLAUSE_MAX && !is_punct(d, c - 1) && !cue_is(d, c - 1, CW_SUBCLAUSE))
                    c--;
                /* the subject: a name, and a noun after it ("Sanders protesters"), then a verb
                 * in the past */
                size_t pe = c;
                if (c > lo && cue_is(d, c - 1, CW_SUBCLAUSE))
                    while (pe < v - 1 && pe - c < SPEAKER_MAX_TOKENS && capitalised(d, pe) && !d->tok_stop[pe])
                        pe++;
                if (pe > c && pe + 1 < v - 1 && d->seg.tokens[pe].shape == SHAPE_LOWER && !d->tok_stop[pe] &&
                    !past_form(d, pe) && past_form(d, pe + 1))
                    pe++;
                if (pe > c && pe < v - 1 && past_form(d, pe)) {
                    set_speaker(d, q, c, pe, v);
                    return;
                }
            }
            s = sentence_subject(d, v, &e);
            if (s >= 0) {
                set_speaker(d, q, (size_t)s, e, v);
                return;
            }
        }
        /* "told Reuters", "asked by reporters": the next verb back may have the subject */
    }
    if (passive_seen)
        return; /* "Kim was asked by the panel: “...”": the clause's subject did not say it */
    /* Kim, the mayor, gave a warning: “...” — a colon after a clause with a named subject */
    if (o >= 2 && is_char(d, o - 1, ':')) {
        size_t e = 0;
        long s = sentence_subject(d, o - 1, &e);
        if (s >= 0 && capitalised(d, e - 1)) {
            set_speaker(d, q, (size_t)s, e, nt);
            return;
        }
    }
    /* Kim bemoaned a climate in which people “literally hate each other”: with no speech verb,
     * a quotation inside a sentence reports its subject's words, when that is a name or he or
     * she (less sure: weak) */
    if (o >= d->seg.sentences[sent].tok_start + 2) {
        size_t e = 0;
        long s = sentence_subject(d, o, &e);
        if (s >= 0 && (capitalised(d, e - 1) || doc_tok_is(d, (size_t)s, "he") || doc_tok_is(d, (size_t)s, "she"))) {
            set_speaker(d, q, (size_t)s, e, nt);
            q->weak = true;
        }
    }
}

bool quotes_clause_speaker(const precis_doc *d, int32_t si, size_t *s_out, size_t *e_out) {
    const sentence *st = &d->seg.sentences[si];
    size_t lo = st->tok_start, hi = st->tok_end;
    if (hi - lo > CUE_WINDOW)
        lo = hi - CUE_WINDOW;
    for (size_t v = hi; v-- > lo + 1;) {
        /* "Bystrom agreed. “...”": a verb that attributes only after a quotation does so
         * when it ends its sentence, the quotation following */
        bool ending = v + 2 == hi && d->seg.tokens[v].shape == SHAPE_LOWER && cue_is(d, v, CW_AFTER) &&
                      (is_char(d, v + 1, '.') || is_char(d, v + 1, ':'));
        if (!quotes_is_speech_verb(d, v) && !ending)
            continue;
        size_t e = 0;
        bool participle = d->text[d->seg.tokens[v].end - 1] == 'g';
        long s = participle ? sentence_subject(d, v, &e) : subject_of(d, v, lo, &e);
        if (s < 0)
            return false;
        *s_out = (size_t)s;
        *e_out = e;
        return true;
    }
    return false;
}

static void attach_speaker(const precis_doc *d, quote *q, uint32_t close_start, uint32_t close_end,
                           uint32_t open_start) {
    q->speaker_token = -1;
    /* "PENCE: Well, the question is..." — a transcript's speaker label opens the quotation */
    size_t k = doc_token_at(d, q->start);
    if (k + 1 < d->seg.n_tokens && d->seg.tokens[k].start == q->start && d->seg.tokens[k].shape == SHAPE_UPPER &&
        d->seg.tokens[k].end - d->seg.tokens[k].start >= 3 && is_char(d, k + 1, ':')) {
        set_speaker(d, q, k, k + 1, d->seg.n_tokens);
        q->speaker_start = d->seg.tokens[k].start;
        q->speaker_end = d->seg.tokens[k].end;
        return;
    }
    if (close_end > close_start)
        speaker_after(d, q, close_start, close_end);
    /* “...,” Kim said: “...” — the clause introduces the next quotation, not this one */
    if (q->speaker_token >= 0 && q->speaker_tok_end < d->seg.n_tokens) {
        size_t t = q->speaker_tok_end, v = doc_token_at(d, q->verb_end);
        if (is_char(d, t, ':') || (v < d->seg.n_tokens && v > (size_t)q->speaker_token && is_char(d, v, ':')))
            q->speaker_token = -1;
    }
    if (q->speaker_token < 0)
        speaker_before(d, q, open_start);
    if (q->speaker_token >= 0) {
        q->speaker_start = d->seg.tokens[q->speaker_token].start;
        q->speaker_end = d->seg.tokens[q->speaker_tok_end - 1].end;
    }
}

/* Whether the words of [start, end) are in title case: every word capitalised but for the
 * short function words titles keep in lower case, with at least two capitalised words. */
static bool title_case(const precis_doc *d, uint32_t start, uint32_t end) {
    size_t caps = 0, stray = 0;
    for (size_t k = doc_token_at(d, start); k < d->seg.n_tokens && d->seg.tokens[k].start < end; k++) {
        const token *t = &d->seg.tokens[k];
        if (t->kind != TOK_WORD)
            continue;
        if (capitalised(d, k))
            caps++;
        else if (!cue_is(d, k, CW_TITLE_SMALL))
            stray++;
    }
    /* a long title may leave one more short word in lower case ("There Must be a Better
     * World Somewhere") */
    return caps >= 2 && (stray == 0 || (stray == 1 && caps >= 4));
}

/* A headline, the text's first sentence or one set in title case ("Graham Says Trump's
 * ‘Hateful Rhetoric’ Destroys Party"): its quotations are title case only because it is. */
static bool title_case_sentence(const precis_doc *d, int32_t si) {
    if (si < 0 || (size_t)si >= d->seg.n_sentences)
        return false;
    const sentence *st = &d->seg.sentences[si];
    /* the text's first sentence is its headline when the text has one; a text set as one
     * paragraph (no line breaks) has no other sign of it */
    return si == 0 || title_case(d, st->start, st->end);
}

/* True when a noun that names a work ("book", "anthem") or "titled" comes right before the
 * opening mark at byte `open_at`, a comma between them allowed. */
static bool after_work(const precis_doc *d, size_t open_at) {
    size_t k = doc_token_at(d, (uint32_t)open_at);
    if (k > 0 && is_char(d, k - 1, ','))
        k--;
    return k > 0 && cue_is(d, k - 1, CW_WORK);
}

/* True when a possessive comes right before the opening mark at byte `open_at` ("on ABC's
 * “This Week”"). */
static bool after_possessive(const precis_doc *d, size_t open_at) {
    size_t k = doc_token_at(d, (uint32_t)open_at);
    return k > 0 && d->seg.tokens[k - 1].kind == TOK_POSSESSIVE;
}

/* True when sentence si has no word outside the quotation [open_at, close_end). */
static bool quote_is_sentence(const precis_doc *d, int32_t si, size_t open_at, size_t close_end) {
    if (si < 0 || (size_t)si >= d->seg.n_sentences)
        return false;
    const sentence *st = &d->seg.sentences[si];
    for (size_t k = st->tok_start; k < st->tok_end; k++) {
        const token *t = &d->seg.tokens[k];
        if ((t->kind == TOK_WORD || t->kind == TOK_NUMBER) && (t->start < open_at || t->start >= close_end))
            return false;
    }
    return true;
}

static size_t count_words(const precis_doc *d, uint32_t start, uint32_t end) {
    size_t n = 0;
    for (size_t k = doc_token_at(d, start); k < d->seg.n_tokens && d->seg.tokens[k].end <= end; k++)
        n += d->seg.tokens[k].kind == TOK_WORD || d->seg.tokens[k].kind == TOK_NUMBER;
    return n;
}

typedef struct quote_list {
    quote *q;
    size_t n, cap;
} quote_list;

/* Adds the quotation [open_at + open_len, close) closed by the mark [close, close_end) (or,
 * for a paragraph that runs on, by nothing: close_end == close). False when out of memory. */
static bool add_quote(const precis_doc *d, arena *a, quote_list *l, size_t open_at, size_t open_len, size_t close,
                      size_t close_end, bool continues, bool runs_on) {
    const char *s = d->text;
    uint32_t qs = (uint32_t)(open_at + open_len), qe = (uint32_t)close;
    while (qs < qe && (s[qs] == ' ' || s[qs] == '\t'))
        qs++;
    /* the comma of "...one," Kim said belongs to the sentence, not the quotation */
    while (qe > qs && (s[qe - 1] == ',' || s[qe - 1] == ' ' || s[qe - 1] == '\r' || s[qe - 1] == '\n'))
        qe--;
    if (qe <= qs || qe - qs > QUOTE_MAX_BYTES)
        return true;
    size_t words = count_words(d, qs, qe);
    if (words == 0)
        return true;
    quote x;
    memset(&x, 0, sizeof x);
    x.start = qs;
    x.end = qe;
    x.continues = continues;
    x.runs_on = runs_on;
    size_t tk = doc_token_at(d, qs);
    x.sentence = tk < d->seg.n_tokens ? d->seg.tokens[tk].sentence : 0;
    attach_speaker(d, &x, (uint32_t)close, (uint32_t)close_end, (uint32_t)open_at);
    /* one or two words are a scare quote unless a speech verb gives them a speaker ("called it
     * a “disgrace”", "criticized the law as a “crazy system”": 35 of 41 such quotes on PolNeAR
     * train and dev are annotated as the subject's words) or an attribution without a verb does
     * ("Cruz: I Am ‘Horrified’", "according to Kim"), not a sentence's subject alone; a
     * paragraph of a longer quotation,
     * an exclamation or a question ("You lie!", “With what?”) is speech whatever its length */
    bool exclaimed = s[qe - 1] == '!' || s[qe - 1] == '?';
    if (words < QUOTE_MIN_WORDS && !continues && !runs_on && !exclaimed &&
        (x.speaker_token < 0 || x.weak))
        return true;
    /* “Face the Nation”, “Make Your Kid a Millionaire”: a title in title case names a show, a
     * book or a slogan, not anyone's words, unless a verb of saying follows it (“Get Out,” he
     * said) or its sentence is in title case too (a headline); after an owner's possessive
     * ("on ABC's “This Week”") it is the owner's show. After a noun that names a work
     * ("his book, “...,” Kim suggested") it is a title whatever follows; set alone as its own
     * sentence ('Legend in the Coal Fields.') it is a section's heading. */
    if (!continues && !runs_on && !exclaimed && words <= TITLE_MAX_WORDS && title_case(d, qs, qe) &&
        (after_work(d, open_at) || quote_is_sentence(d, x.sentence, open_at, close_end) ||
         ((after_possessive(d, open_at) || !(x.verb_end > 0 && x.verb_start >= qe)) &&
          !title_case_sentence(d, x.sentence))))
        return true;
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 8;
        quote *nq = arena_alloc(a, nc * sizeof *nq);
        if (!nq)
            return false;
        if (l->n)
            memcpy(nq, l->q, l->n * sizeof *nq);
        l->q = nq;
        l->cap = nc;
    }
    l->q[l->n++] = x;
    return true;
}

/* An open quotation while scanning. */
typedef struct open_mark {
    bool open;
    size_t at, len;
    bool continues; /* reopened at the start of a paragraph after one that ran on */
    unsigned nested; /* curly quotations open inside it (“... what he calls “hell” ...”) */
} open_mark;

/* True when the mark at s[i] (ml bytes) is a curly double quotation mark, “ or ”: marks
 * whose direction is written, so that one quotation can stand inside another. */
static bool curly_double(const char *s, size_t i, size_t ml) {
    return ml == 3 && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
           ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x9D);
}

/* The paragraph after the line break(s) at i starts with an opening mark of family `fam`. */
static bool next_para_reopens(const char *s, size_t len, size_t i, int fam) {
    while (i < len && isspace((unsigned char)s[i]))
        i++;
    size_t ml;
    int f = 0, kind = i < len ? quote_mark(s, len, i, &ml, &f) : 0;
    return f == fam && (kind == 1 || kind == 3);
}

/* The 8 bytes of x (in memory order) that are a line break, a quotation mark's ASCII byte
 * (" ` ') or not ASCII (the curly marks' UTF-8), as their high bits: the has-zero-byte test
 * on words, so that the text between marks is passed over eight bytes at a time. A byte
 * above a flagged one may be flagged falsely (the subtraction's borrow), but the lowest flag
 * is exact: no borrow reaches it. */
static inline uint64_t mark_or_break8(uint64_t x) {
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t nl = x ^ (ones * '\n'), dq = x ^ (ones * '"'), bq = x ^ (ones * '`'), sq = x ^ (ones * '\'');
    uint64_t zero = ((nl - ones) & ~nl) | ((dq - ones) & ~dq) | ((bq - ones) & ~bq) | ((sq - ones) & ~sq);
    return (zero | x) & high;
}

bool quotes_find(const precis_doc *d, arena *a, quote **out, size_t *n) {
    quote_list l = {0};
    const char *s = d->text;
    size_t len = d->len;
    open_mark m[2] = {{0}, {0}}; /* double, single */
    bool reopen[2] = {false, false};
    for (size_t i = d->body_start; i < len; i++) {
        while (i + 8 <= len) {
            uint64_t x;
            memcpy(&x, s + i, sizeof x);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            /* straight to the first flagged byte: the ones before it are plain text, which
             * the loop would pass one by one, testing the block after each again */
            uint64_t hits = mark_or_break8(x);
            if (hits) {
                i += (size_t)__builtin_ctzll(hits) >> 3;
                break;
            }
#else
            if (mark_or_break8(x))
                break;
#endif
            i += 8;
        }
        if (i >= len)
            break;
        if (s[i] == '\n') {
            /* A quotation runs across paragraphs only when the next one reopens the mark (each
             * paragraph of a long quotation does; the earlier ones are not closed). */
            for (int f = 0; f < 2; f++) {
                if (!m[f].open)
                    continue;
                reopen[f] = false;
                if (next_para_reopens(s, len, i + 1, f)) {
                    if (!add_quote(d, a, &l, m[f].at, m[f].len, i, i, m[f].continues, true))
                        return false;
                    reopen[f] = true;
                }
                m[f].open = false;
            }
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (c != '"' && c != '`' && c != '\'' && c != 0xE2 && c != 0xC2)
            continue; /* the common case, without a call */
        size_t ml;
        int fam;
        int kind = quote_mark(s, len, i, &ml, &fam);
        if (!kind)
            continue;
        if (kind == 3) { /* straight quote: opens after space or start, closes otherwise */
            kind = (i == 0 || isspace((unsigned char)s[i - 1]) || strchr("([{—-", s[i - 1])) ? 1 : 2;
            /* a spaced mark before a space or punctuation closes an open quotation ("… 'above
             * the president,' " said Kim) */
            size_t nx = i + ml;
            if (kind == 1 && m[0].open && (nx >= len || isspace((unsigned char)s[nx]) || strchr(",.;:!?", s[nx])))
                kind = 2;
        }
        /* ”Fear. I am afraid...” — a closing mark typed as the opener: with no quotation open,
         * after a space or a line's start and before a word, it opens */
        if (kind == 2 && fam == 0 && !m[0].open && ml == 3 && (i == 0 || isspace((unsigned char)s[i - 1])) &&
            i + 3 < len && ((!isspace((unsigned char)s[i + 3]) && !strchr(",.;:!?)", s[i + 3])) ||
                            (i + 6 < len && s[i + 3] == ' ' && (memcmp(s + i + 4, "\xE2\x80\xA6", 3) == 0 ||
                                                                memcmp(s + i + 4, "...", 3) == 0))))
            kind = 1; /* (also ” … what I learned) */
        /* the pairs ``…'' and „…“: the mark after the opener closes whatever the spaces say */
        if (fam == 0 && m[0].open && ((s[m[0].at] == '`' && s[i] == '\'') ||
                                      (m[0].len == 3 && (unsigned char)s[m[0].at + 2] == 0x9E && ml == 3 &&
                                       (unsigned char)s[i + 2] == 0x9C)))
            kind = 2;
        if (fam == 1 && m[0].open) {
            i += ml - 1; /* single marks inside a double quotation quote within it */
            continue;
        }
        if (fam == 0 && m[1].open && kind == 1)
            m[1].open = false; /* a double mark after an unclosed single one: that was no quote */
        if (kind == 1) {
            /* “...us. ‘Hopefully ...’ in a text whose paragraph breaks were lost (a story set
             * as one line): a mark reopened after a sentence's end, before a capital, is the
             * next paragraph of the same quotation, as at a line break */
            bool reopened = false;
            if (m[fam].open && i + ml < len && isupper((unsigned char)s[i + ml])) {
                size_t p = i;
                while (p > m[fam].at + m[fam].len && s[p - 1] == ' ')
                    p--;
                if (p < i && p > m[fam].at + m[fam].len && strchr(".!?", s[p - 1])) {
                    if (!add_quote(d, a, &l, m[fam].at, m[fam].len, p, p, m[fam].continues, true))
                        return false;
                    reopened = true;
                }
            }
            /* “... I would rather live in what he calls “hell” than ...”: a curly opener
             * inside a curly quotation quotes within it; the outer one goes on */
            if (!reopened && fam == 0 && m[0].open && curly_double(s, i, ml) &&
                curly_double(s, m[0].at, m[0].len) && m[0].nested < NESTED_MAX && i > 0 &&
                (m[0].at == 0 || isspace((unsigned char)s[m[0].at - 1])) && /* not “Frozen“ and */
                isspace((unsigned char)s[i - 1]) && i + ml < len && !isspace((unsigned char)s[i + ml]) &&
                !strchr(",.;:!?)", s[i + ml])) {
                m[0].nested++;
                i += ml - 1;
                continue;
            }
            m[fam] = (open_mark){true, i, ml, reopened || reopen[fam], 0};
            reopen[fam] = false;
        } else if (fam == 0 && m[0].open && m[0].nested > 0 && curly_double(s, i, ml)) {
            m[0].nested--; /* the inner quotation closes; the outer goes on */
        } else if (m[fam].open) {
            m[fam].open = false;
            if (!add_quote(d, a, &l, m[fam].at, m[fam].len, i, i + ml, m[fam].continues, false))
                return false;
        }
        i += ml - 1;
    }
    *out = l.q;
    *n = l.n;
    return true;
}

/* A capitalised name run starting at k (optionally after "the"), at most 5 tokens. */
static size_t name_after(const precis_doc *d, size_t k, size_t nt) {
    size_t j = k;
    if (j < nt && doc_tok_is(d, j, "the"))
        j++;
    size_t s = j;
    while (j < nt && j - s < 5 && capitalised(d, j))
        j++;
    return j > s ? j : k;
}

static size_t name_before(const precis_doc *d, size_t k) {
    size_t j = k;
    while (j > 0 && k - j < 5 && capitalised(d, j - 1))
        j--;
    return j;
}

static bool push_source(arena *a, source **q, size_t *m, size_t *cap, const precis_doc *d, size_t s, size_t e,
                        size_t cue_s, size_t cue_e, bool named) {
    if (*m == *cap) {
        source *nq = arena_alloc(a, *cap * 2 * sizeof *nq);
        if (!nq)
            return false;
        memcpy(nq, *q, *m * sizeof **q);
        *q = nq;
        *cap *= 2;
    }
    if (named && e > s + 1 && doc_tok_is(d, s, "the"))
        s++; /* "according to the World Health Organization": the name is the source */
    const token *ts = &d->seg.tokens[s], *te = &d->seg.tokens[e - 1];
    (*q)[(*m)++] = (source){ts->start, te->end, d->seg.tokens[cue_s].start, d->seg.tokens[cue_e - 1].end,
                           ts->sentence, (uint32_t)s, (uint32_t)e, named, false, 0, 0};
    return true;
}

/* The claim's span from token a to token b (exclusive), trimmed of commas, "that" and final
 * punctuation; 0,0 when nothing is left. */
static void set_claim(const precis_doc *d, source *so, size_t a, size_t b) {
    while (a < b && (is_char(d, a, ',') || doc_tok_is(d, a, "that") || is_char(d, a, ':')))
        a++;
    while (b > a && is_punct(d, b - 1))
        b--;
    if (b > a) {
        so->claim_start = d->seg.tokens[a].start;
        so->claim_end = d->seg.tokens[b - 1].end;
    }
}

/* Reported speech at speech verb v (not a quotation's): its subject is the source, the clause
 * after the verb (or, for "..., officials said.", the clause before it) the claim. */
static bool speech_source(const precis_doc *d, arena *a, source **q, size_t *m, size_t *cap, size_t v) {
    const sentence *st = &d->seg.sentences[d->seg.tokens[v].sentence];
    size_t lo = v > st->tok_start + CUE_WINDOW ? v - CUE_WINDOW : st->tok_start, e = 0;
    if (d->text[d->seg.tokens[v].end - 1] == 'g' || v == lo)
        return true; /* a participle has no subject of its own here */
    /* "running an alleged wife-for-hire scheme", "his admitted role": after an article or a
     * possessive the word qualifies a noun; it reports no one's speech (a number or "some"
     * may be the subject itself: "Two admitted the charges") */
    const token *before = &d->seg.tokens[v - 1];
    bool article = doc_tok_is(d, v - 1, "the") || doc_tok_is(d, v - 1, "a") || doc_tok_is(d, v - 1, "an");
    if (cue_is(d, v - 1, CW_DETERMINER) && (article || !cue_is(d, v - 1, CW_SUBJECT_DET)) &&
        (before->shape == SHAPE_LOWER || (before->flags & TOKF_SENT_START))) /* not "Nurse A said" */
        return true;
    long s = subject_of(d, v, lo, &e);
    if (s < 0)
        return true;
    bool named = false;
    for (size_t k = (size_t)s; k < e && !named; k++)
        named = capitalised(d, k) && !(k == st->tok_start && d->tok_stop[k]);
    if (!push_source(a, q, m, cap, d, (size_t)s, e, v, v + 1, named))
        return false;
    source *so = &(*q)[*m - 1];
    so->speech = true;
    size_t end = st->tok_end;
    if (end - v > 60)
        end = v + 60;
    size_t after = v + 1;
    /* "CLAIM, former President Bill Clinton said this week at an event in Wyoming": after a
     * comma, a source whose verb a time or a place follows said what came before */
    bool circumstance = after < end && (size_t)s > st->tok_start + 2 && is_char(d, (size_t)s - 1, ',') &&
                        cue_is(d, after, CW_AFTER_SAID | CW_DAY);
    if (after < end && !is_punct(d, after) && !circumstance)
        set_claim(d, so, after, end);
    else if ((size_t)s > st->tok_start + 2) /* CLAIM, Kim said. */
        set_claim(d, so, st->tok_start, (size_t)s);
    return true;
}

/* True when token k is where a dateline's agency stands: among the first 12 tokens of the
 * text's first sentence, or of the second when the first is a paragraph of its own (a title
 * above the story: "Trump urges supporters ...\n\nWASHINGTON (AP) — ..."). */
static bool in_dateline_place(const precis_doc *d, size_t k) {
    uint32_t si = d->seg.tokens[k].sentence;
    if (si > 1 || si >= d->seg.n_sentences)
        return false;
    if (si == 1 && d->seg.sentences[0].paragraph == d->seg.sentences[1].paragraph)
        return false;
    return k < d->seg.sentences[si].tok_start + 12;
}

bool sources_find(const precis_doc *d, const quote *qs, size_t nq, arena *a, source **out, size_t *n) {
    size_t cap = 8, m = 0, nt = d->seg.n_tokens;
    source *q = arena_alloc(a, cap * sizeof *q);
    /* tokens inside a quotation, and the quotations' own speech verbs, are no reported speech */
    uint8_t *quoted = arena_calloc(a, nt ? nt : 1, 1);
    if (!q || !quoted)
        return false;
    for (size_t i = 0; i < nq; i++) {
        for (size_t k = doc_token_at(d, qs[i].start); k < nt && d->seg.tokens[k].start < qs[i].end; k++)
            quoted[k] = 1;
        if (qs[i].verb_end > qs[i].verb_start) {
            size_t v = doc_token_at(d, qs[i].verb_start);
            if (v < nt)
                quoted[v] = 1;
        }
    }
    for (size_t k = 0; k < nt; k++) {
        bool ok = true;
        /* the token's cue classes, looked up once for both tests (NO_CUE: not yet) */
        const uint32_t NO_CUE = UINT32_MAX;
        uint32_t cls = NO_CUE;
        /* "Kim told the BBC that...": Kim's speech, and the BBC as an outlet below */
        if (!quoted[k] && d->seg.tokens[k].shape == SHAPE_LOWER && d->seg.tokens[k].end - d->seg.tokens[k].start >= 4 &&
            ((cls = cue(d, k)) & CW_SOURCE) && !speech_source(d, a, &q, &m, &cap, k))
            return false;
        /* every cue starts with r, a, t or "(": most tokens are rejected on one byte */
        char c0 = word_fold(d->text[d->seg.tokens[k].start]);
        if (c0 != 'r' && c0 != 'a' && c0 != 't' && c0 != '(')
            continue;
        if (cls == NO_CUE)
            cls = cue(d, k);
        if (cls & CW_REPORT) {
            size_t e = name_after(d, k + 1, nt);
            size_t b = name_before(d, k);
            if (e > k + 1 && capitalised(d, e - 1))
                ok = push_source(a, &q, &m, &cap, d, k + 1, e, k, k + 1, true);
            else if (b < k)
                ok = push_source(a, &q, &m, &cap, d, b, k, k, k + 1, true);
        } else if (doc_tok_is(d, k, "according") && k + 1 < nt && doc_tok_is(d, k + 1, "to")) {
            size_t e = name_after(d, k + 2, nt);
            if (e > k + 2) {
                ok = push_source(a, &q, &m, &cap, d, k + 2, e, k, k + 2, true);
                /* the claim: the sentence after "According to X," or before ", according to X" */
                const sentence *st = &d->seg.sentences[d->seg.tokens[k].sentence];
                if (ok && k == st->tok_start && e < st->tok_end)
                    set_claim(d, &q[m - 1], e, st->tok_end);
                else if (ok && k > st->tok_start && k - st->tok_start < 80)
                    set_claim(d, &q[m - 1], st->tok_start, k);
            }
        } else if (doc_tok_is(d, k, "told") && k + 1 < nt) {
            size_t e = name_after(d, k + 1, nt);
            /* "told Reuters", "told the BBC": an outlet; "told reporters" is not capitalised */
            if (e > k + 1 && e - (k + 1) <= 3 && capitalised(d, e - 1) &&
                (e >= nt || is_punct(d, e) || doc_tok_is(d, e, "on") || doc_tok_is(d, e, "in") || doc_tok_is(d, e, "that")))
                ok = push_source(a, &q, &m, &cap, d, k + 1, e, k, k + 1, true);
        } else if (doc_tok_is(d, k, "reportedly") || doc_tok_is(d, k, "allegedly")) {
            ok = push_source(a, &q, &m, &cap, d, k, k + 1, k, k + 1, false);
        } else if (doc_tok_is(d, k, "(") && k + 2 < nt && capitalised(d, k + 1) && doc_tok_is(d, k + 2, ")") &&
                   in_dateline_place(d, k)) {
            /* a dateline: "MOSCOW (Reuters) -" */
            ok = push_source(a, &q, &m, &cap, d, k + 1, k + 2, k, k + 3, true);
        }
        if (!ok)
            return false;
    }
    *out = q;
    *n = m;
    return true;
}
