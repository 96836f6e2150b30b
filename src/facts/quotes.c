/* quotes.c — direct quotations, their speakers, and attributions (see quotes.h).
 * One pass over the bytes pairs quotation marks; speakers and sources are found by looking
 * at a few tokens either side. Linear in the input. */
#include "facts/quotes.h"

#include <ctype.h>
#include <strings.h>
#include <string.h>

#define QUOTE_MIN_WORDS 3     /* shorter quoted runs are scare quotes ("talking nonsense") */
#define QUOTE_MAX_BYTES 4000  /* no real quotation is longer; bounds an unpaired mark */
#define SPEAKER_MAX_TOKENS 6  /* "US Secretary of State Mike Pompeo" */

static const char *const SPEECH_VERBS[] = {
    "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "stated", "declared",
    "explained", "warned", "warns", "noted", "insisted", "claimed", "wrote", "writes", "tweeted",
    "replied", "continued", "stressed", "urged", "argued", "announced", "recalled", "admitted",
    "joked", "quipped", "remarked", "acknowledged", "conceded", "cautioned", "predicted",
    "suggested", "vowed", "promised", "complained", "observed", NULL};

static const char *const REPORT_VERBS[] = {"reported", "reports", "report", "reporting", NULL};

static bool tok_in(const precis_doc *d, size_t k, const char *const *list) {
    const token *t = &d->seg.tokens[k];
    size_t len = t->end - t->start;
    for (int i = 0; list[i]; i++)
        if (strlen(list[i]) == len && strncasecmp(d->text + t->start, list[i], len) == 0)
            return true;
    return false;
}

bool quotes_is_speech_verb(const precis_doc *d, size_t k) { return tok_in(d, k, SPEECH_VERBS); }

static bool tok_eq(const precis_doc *d, size_t k, const char *w) {
    const token *t = &d->seg.tokens[k];
    size_t len = t->end - t->start;
    return strlen(w) == len && strncasecmp(d->text + t->start, w, len) == 0;
}

bool quotes_is_pronoun(const precis_doc *d, size_t k) {
    return tok_eq(d, k, "he") || tok_eq(d, k, "she") || tok_eq(d, k, "they") || tok_eq(d, k, "i") ||
           tok_eq(d, k, "we");
}

static bool capitalised(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    return t->kind == TOK_WORD && (t->shape == SHAPE_CAPITAL || t->shape == SHAPE_UPPER || t->shape == SHAPE_MIXED);
}

static bool is_punct(const precis_doc *d, size_t k) {
    uint8_t kind = d->seg.tokens[k].kind;
    return kind == TOK_PUNCT || kind == TOK_SYMBOL;
}

/* Quotation marks: kind 1 opens, 2 closes, 3 is ambiguous (straight "), 0 none. */
static int quote_mark(const char *s, size_t len, size_t i, size_t *mlen) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"') {
        *mlen = 1;
        return 3;
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

/* The speaker phrase ending just before token `verb` (exclusive), walking back over
 * capitalised words, role words and "the". Returns its first token or -1. */
static long phrase_before(const precis_doc *d, size_t verb, size_t limit) {
    size_t k = verb;
    while (k > limit && verb - k < SPEAKER_MAX_TOKENS) {
        size_t j = k - 1;
        const token *t = &d->seg.tokens[j];
        if (is_punct(d, j) && t->kind != TOK_POSSESSIVE)
            break;
        if (t->sentence != d->seg.tokens[verb].sentence)
            break;
        k = j;
        if (tok_eq(d, j, "the") || tok_eq(d, j, "a") || tok_eq(d, j, "an")) {
            /* "a spokesman for the ministry": the article after a joining word goes on */
            if (j > limit && (tok_eq(d, j - 1, "of") || tok_eq(d, j - 1, "at") || tok_eq(d, j - 1, "for") ||
                              tok_eq(d, j - 1, "from")))
                continue;
            break;
        }
        /* "of", "at", "for", "from" join a description to its organisation ("Analysts at
         * Barclays", "a spokesman for the ministry") */
        if (!capitalised(d, j) && d->tok_stop[j] && !tok_eq(d, j, "of") && !tok_eq(d, j, "at") &&
            !tok_eq(d, j, "for") && !tok_eq(d, j, "from"))
            return -1; /* "they", "it": a pronoun or clause, not a name */
    }
    if (k == verb)
        return -1;
    /* must hold a name or a noun, not only "of" */
    return (long)k;
}

/* The speaker phrase starting at token k: "the Russian president", "Putin", "Mike Pompeo, the
 * US Secretary of State". Returns its end token (exclusive). */
static size_t phrase_after(const precis_doc *d, size_t k, size_t end) {
    size_t j = k;
    static const char *const DETERMINERS[] = {"the", "a", "an", "her", "his", "its", "their", "our", NULL};
    if (j < end && tok_in(d, j, DETERMINERS))
        j++;
    /* words, and numbers inside the phrase ("her editor of 30 years") */
    while (j < end && j - k < SPEAKER_MAX_TOKENS &&
           ((d->seg.tokens[j].kind == TOK_WORD && (capitalised(d, j) || !d->tok_stop[j] || tok_eq(d, j, "of"))) ||
            (d->seg.tokens[j].kind == TOK_NUMBER && j > k && tok_eq(d, j - 1, "of"))))
        j++;
    while (j > k && tok_eq(d, j - 1, "of"))
        j--;
    return j;
}

/* "said Northwind's chief executive, Daniel Oyelaran", "said her editor of 30 years, Frances
 * Doyle": when the phrase after the verb is a description followed by ", Name", the name is
 * the speaker. Returns the end of the name run after the comma, or 0 when there is none. */
static size_t appositive_name(const precis_doc *d, size_t e, size_t end, size_t *name_start) {
    size_t nt = d->seg.n_tokens;
    if (e >= end || e + 1 >= nt || !tok_eq(d, e, ",") || !capitalised(d, e + 1))
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

static void attach_speaker(const precis_doc *d, quote *q, uint32_t close_start, uint32_t close_end,
                           uint32_t open_start) {
    size_t nt = d->seg.n_tokens;
    q->speaker_token = -1;
    /* After the closing mark: skip , . ) and look for VERB NAME or NAME VERB, in the same
     * paragraph and only when the quotation does not end its own sentence (“...today.” The
     * agency said... names the agency's own statement, not the quotation's speaker). */
    size_t k = doc_token_at(d, close_end);
    while (k < nt && is_punct(d, k) && d->seg.tokens[k].end - d->seg.tokens[k].start <= 3 &&
           !strchr(".!?", d->text[d->seg.tokens[k].start]))
        k++;
    if (k < nt && (memchr(d->text + close_end, '\n', d->seg.tokens[k].start - close_end) ||
                   quote_ends_sentence(d, close_start, k)))
        k = nt;
    if (k < nt) {
        size_t sent_end = k;
        while (sent_end < nt && sent_end - k < 12 && !(is_punct(d, sent_end) && strchr(".!?;", d->text[d->seg.tokens[sent_end].start])))
            sent_end++;
        if (quotes_is_speech_verb(d, k)) {
            size_t e = phrase_after(d, k + 1, sent_end);
            /* "said Northwind's chief executive": the phrase goes on after a possessive */
            while (e < sent_end && e > k + 1 && d->seg.tokens[e].kind == TOK_POSSESSIVE)
                e = phrase_after(d, e + 1, sent_end);
            size_t ns = 0, ne = appositive_name(d, e, sent_end, &ns);
            if (ne && !capitalised(d, e - 1)) {
                q->speaker_token = (int32_t)ns;
                q->speaker_tok_end = (uint32_t)ne;
                q->verb_start = d->seg.tokens[k].start;
                q->verb_end = d->seg.tokens[k].end;
            } else if (e > k + 1) {
                q->speaker_token = (int32_t)(k + 1);
                q->speaker_tok_end = (uint32_t)e;
                q->verb_start = d->seg.tokens[k].start;
                q->verb_end = d->seg.tokens[k].end;
            }
        } else {
            for (size_t v = k + 1; v < sent_end && v - k <= SPEAKER_MAX_TOKENS; v++)
                if (quotes_is_speech_verb(d, v)) {
                    size_t e = phrase_after(d, k, v);
                    if (e == v || (v == k + 1 && quotes_is_pronoun(d, k))) {
                        q->speaker_token = (int32_t)k;
                        q->speaker_tok_end = (uint32_t)v;
                        q->verb_start = d->seg.tokens[v].start;
                        q->verb_end = d->seg.tokens[v].end;
                    }
                    break;
                }
        }
    }
    /* Before the opening mark, in the same sentence: NAME VERB [that|:|,] ... “ */
    if (q->speaker_token < 0) {
        size_t o = doc_token_at(d, open_start);
        if (o > 0 && o <= nt) {
            int32_t sent = d->seg.tokens[o < nt ? o : nt - 1].sentence;
            size_t lo = d->seg.sentences[sent].tok_start;
            for (size_t v = o; v-- > lo;)
                if (quotes_is_speech_verb(d, v)) {
                    long s = v > lo && quotes_is_pronoun(d, v - 1) ? (long)(v - 1) : phrase_before(d, v, lo);
                    if (s >= 0) {
                        q->speaker_token = (int32_t)s;
                        q->speaker_tok_end = (uint32_t)v;
                        q->verb_start = d->seg.tokens[v].start;
                        q->verb_end = d->seg.tokens[v].end;
                    }
                    break;
                }
        }
    }
    if (q->speaker_token >= 0) {
        q->speaker_start = d->seg.tokens[q->speaker_token].start;
        q->speaker_end = d->seg.tokens[q->speaker_tok_end - 1].end;
    }
}

static size_t count_words(const precis_doc *d, uint32_t start, uint32_t end) {
    size_t n = 0;
    for (size_t k = doc_token_at(d, start); k < d->seg.n_tokens && d->seg.tokens[k].end <= end; k++)
        n += d->seg.tokens[k].kind == TOK_WORD || d->seg.tokens[k].kind == TOK_NUMBER;
    return n;
}

bool quotes_find(const precis_doc *d, arena *a, quote **out, size_t *n) {
    size_t cap = 8, m = 0;
    quote *q = arena_alloc(a, cap * sizeof *q);
    if (!q)
        return false;
    const char *s = d->text;
    size_t len = d->len;
    bool open = false;
    size_t open_at = 0, open_len = 0;
    for (size_t i = d->body_start; i < len; i++) {
        if (s[i] == '\n' && i + 1 < len && (s[i + 1] == '\n' || s[i + 1] == '\r'))
            open = false; /* quotations do not run across paragraphs here */
        size_t ml;
        int kind = quote_mark(s, len, i, &ml);
        if (!kind)
            continue;
        if (kind == 3) /* straight quote: opens after space or start, closes otherwise */
            kind = (i == 0 || isspace((unsigned char)s[i - 1]) || strchr("([{—-", s[i - 1])) ? 1 : 2;
        if (kind == 1) {
            open = true;
            open_at = i;
            open_len = ml;
        } else if (open) {
            open = false;
            uint32_t qs = (uint32_t)(open_at + open_len), qe = (uint32_t)i;
            /* the comma of "...one," Kim said belongs to the sentence, not the quotation */
            while (qe > qs && (s[qe - 1] == ',' || s[qe - 1] == ' '))
                qe--;
            if (qe - qs <= QUOTE_MAX_BYTES && count_words(d, qs, qe) >= QUOTE_MIN_WORDS) {
                if (m == cap) {
                    quote *nq = arena_alloc(a, cap * 2 * sizeof *nq);
                    if (!nq)
                        return false;
                    memcpy(nq, q, m * sizeof *q);
                    q = nq;
                    cap *= 2;
                }
                quote *x = &q[m++];
                memset(x, 0, sizeof *x);
                x->start = qs;
                x->end = qe;
                size_t tk = doc_token_at(d, qs);
                x->sentence = tk < d->seg.n_tokens ? d->seg.tokens[tk].sentence : 0;
                attach_speaker(d, x, (uint32_t)i, (uint32_t)(i + ml), (uint32_t)open_at);
            }
        }
        i += ml - 1;
    }
    *out = q;
    *n = m;
    return true;
}

/* A capitalised name run starting at k (optionally after "the"), at most 5 tokens. */
static size_t name_after(const precis_doc *d, size_t k, size_t nt) {
    size_t j = k;
    if (j < nt && tok_eq(d, j, "the"))
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
    if (named && e > s + 1 && tok_eq(d, s, "the"))
        s++; /* "according to the World Health Organization": the name is the source */
    const token *ts = &d->seg.tokens[s], *te = &d->seg.tokens[e - 1];
    (*q)[(*m)++] = (source){ts->start, te->end, d->seg.tokens[cue_s].start, d->seg.tokens[cue_e - 1].end,
                           ts->sentence, (uint32_t)s, (uint32_t)e, named};
    return true;
}

bool sources_find(const precis_doc *d, arena *a, source **out, size_t *n) {
    size_t cap = 8, m = 0, nt = d->seg.n_tokens;
    source *q = arena_alloc(a, cap * sizeof *q);
    if (!q)
        return false;
    for (size_t k = 0; k < nt; k++) {
        bool ok = true;
        /* every cue starts with r, a, t or "(": most tokens are rejected on one byte */
        char c0 = (char)tolower((unsigned char)d->text[d->seg.tokens[k].start]);
        if (c0 != 'r' && c0 != 'a' && c0 != 't' && c0 != '(')
            continue;
        if (tok_in(d, k, REPORT_VERBS)) {
            size_t e = name_after(d, k + 1, nt);
            size_t b = name_before(d, k);
            if (e > k + 1 && capitalised(d, e - 1))
                ok = push_source(a, &q, &m, &cap, d, k + 1, e, k, k + 1, true);
            else if (b < k)
                ok = push_source(a, &q, &m, &cap, d, b, k, k, k + 1, true);
        } else if (tok_eq(d, k, "according") && k + 1 < nt && tok_eq(d, k + 1, "to")) {
            size_t e = name_after(d, k + 2, nt);
            if (e > k + 2)
                ok = push_source(a, &q, &m, &cap, d, k + 2, e, k, k + 2, true);
        } else if (tok_eq(d, k, "told") && k + 1 < nt) {
            size_t e = name_after(d, k + 1, nt);
            /* "told Reuters", "told the BBC": an outlet; "told reporters" is not capitalised */
            if (e > k + 1 && e - (k + 1) <= 3 && capitalised(d, e - 1) &&
                (e >= nt || is_punct(d, e) || tok_eq(d, e, "on") || tok_eq(d, e, "in") || tok_eq(d, e, "that")))
                ok = push_source(a, &q, &m, &cap, d, k + 1, e, k, k + 1, true);
        } else if (tok_eq(d, k, "reportedly") || tok_eq(d, k, "allegedly")) {
            ok = push_source(a, &q, &m, &cap, d, k, k + 1, k, k + 1, false);
        } else if (tok_eq(d, k, "(") && k + 2 < nt && capitalised(d, k + 1) && tok_eq(d, k + 2, ")") &&
                   d->seg.tokens[k + 1].sentence == 0 && k < 12) {
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
