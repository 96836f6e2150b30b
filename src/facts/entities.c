/* entities.c — linking the recogniser's mentions into entities (see entities.h).
 *
 * Steps, each a pass over the mentions or tokens:
 *   1. clean-up: drop mentions in boilerplate sentences; strip honorifics and role words a
 *      person's span may have swallowed; turn a hyphenated mention whose first part is a
 *      known place (US-led) into a mention of that part; mark demonyms (Russian, North
 *      Korean) and add the ones the tagger left untagged;
 *   2. roles: the run of role words, places, demonyms and organisations just before a
 *      person (US Secretary of State | Mike Pompeo), or an apposition after it
 *      (Putin, the Russian president,);
 *   3. linking, longest mentions first: an exact alias (case and periods ignored, so
 *      the U.S. = US), the gazetteer's canonical name (US -> United States), the first or
 *      last word of a person's full name (Putin, Kim), or an acronym of a multi-word name
 *      (UN -> United Nations);
 *   4. salience: mentions weighted by how early they come, normalised to the top entity.
 * Cost: linear in tokens and mentions (hash lookups); memory from the caller's arena. */
#include "facts/entities.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "util/error.h"

/* A demonym counts for half a mention in salience: it points at the place without naming
 * it. A mention in sentence s weighs 1 + 1/(1 + s), so the lead sentence counts double: the
 * news convention that the lead names what the story is about. Both are judgement, not fit
 * to data (there is no salience-annotated set in ../shared). */
#define SAL_DEMONYM_WEIGHT 0.5
/* Longest role kept, in tokens (US Secretary of State for Foreign Affairs is 7). */
#define ROLE_MAX_TOKENS 8
#define KEY_MAX 256

typedef struct ctx {
    const precis_doc *d;
    const ner_gaz *g;
    arena *a;
    ner_mention *m;
    size_t n, cap;
    int32_t *cover; /* per token: the mention covering it, or -1 */
    /* per term id: gaz_token's classes | TERM_GAZ_KNOWN once looked up, 0 before (NULL when
     * out of memory: every token is looked up) */
    uint32_t *term_gaz;
} ctx;

/* The bit of ctx.term_gaz that says its term has been looked up (gazetteer classes are bits
 * below it). */
#define TERM_GAZ_KNOWN (1u << 31)

#define SWAR_ONES 0x0101010101010101ull
#define SWAR_HIGH 0x8080808080808080ull

/* Whether each of the 8 bytes of x is ASCII past '.' or a space, with no two spaces side by
 * side (exact per byte: no borrow runs from one byte into the next). */
static inline bool plain_or_space8(uint64_t x) {
    if (x & SWAR_HIGH)
        return false; /* a byte of 0x80 or more */
    uint64_t plain = (x + SWAR_ONES * (0x80 - '/')) & SWAR_HIGH; /* bytes >= '/' */
    uint64_t y = x ^ (SWAR_ONES * ' ');
    uint64_t sp = ~(((y & ~SWAR_HIGH) + ~SWAR_HIGH) | y) & SWAR_HIGH; /* bytes == ' ' */
    return (plain | sp) == SWAR_HIGH && !(sp & (sp << 8));
}

/* Normalised, ASCII-lower-cased bytes of text[s, e) with whitespace runs as one space;
 * with `drop_periods`, periods go too (U.S. -> us). Returns the length (clipped to cap). */
static size_t lower_key(const char *text, uint32_t s, uint32_t e, char *dst, size_t cap, bool drop_periods) {
    const char *src = text + s;
    size_t n = e - s < KEY_MAX ? e - s : KEY_MAX;
    size_t o = 0;
    bool space = false;
    size_t i = 0;
    /* the first bytes eight at a time while each is one the loop below copies as it stands
     * (ASCII past '.', capitals lowered) or a lone space between two of them, which it keeps
     * as one space: most of a name ("Barack O|bama") */
    while (n - i >= 8 && cap - o >= 8 && src[i] != ' ' && src[i + 7] != ' ') {
        uint64_t x;
        memcpy(&x, src + i, sizeof x);
        if (!plain_or_space8(x))
            break;
        x |= (((x + SWAR_ONES * 0x3F) & ~(x + SWAR_ONES * 0x25)) & SWAR_HIGH) >> 2; /* A-Z + 32 */
        memcpy(dst + o, &x, sizeof x);
        i += 8;
        o += 8;
    }
    /* ner_normalize's characters, made on the way rather than into a copy first */
    for (; i < n && o < cap; i++) {
        char c = src[i];
        unsigned char u = (unsigned char)c;
        /* most bytes: ASCII past '.', nothing to drop, join or normalise; a branch or two
         * where the general path below takes a dozen */
        if (u > '.' && u < 0x80) {
            if (space) {
                dst[o++] = ' ';
                space = false;
                if (o == cap)
                    break;
            }
            dst[o++] = (char)(u + ((unsigned)(u - 'A') < 26 ? 32 : 0));
            continue;
        }
        if ((unsigned char)c == 0xE2 && i + 2 < n && (unsigned char)src[i + 1] == 0x80) {
            char r = ner_normalize_e280((unsigned char)src[i + 2]);
            if (r) {
                c = r;
                i += 2;
            }
        }
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = o > 0;
            continue;
        }
        if (drop_periods && c == '.')
            continue;
        if (space && o < cap)
            dst[o++] = ' ';
        space = false;
        if (o < cap)
            dst[o++] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
    return o;
}

static const ner_gaz_entry *gaz_span(const ctx *c, uint32_t s, uint32_t e) {
    char k[KEY_MAX];
    size_t n = lower_key(c->d->text, s, e, k, sizeof k, false);
    return n ? ner_gaz_get(c->g, k, n) : NULL;
}

static uint32_t gaz_classes(const ctx *c, uint32_t s, uint32_t e) {
    const ner_gaz_entry *en = gaz_span(c, s, e);
    return en ? en->classes : 0;
}

/* gaz_classes of token i, remembered per term: the rules ask about 110 times a document, of
 * the same words again and again. lower_key is a function of a token's bytes with ASCII
 * capitals lowered, which are the same for all the tokens of a term of one form (lexicon.h);
 * an abbreviation's period is in the key but not in the form, so it is looked up each time. */
static uint32_t word_class(const ctx *c, size_t i);
/* (an occupation of entities.txt counts as a role: "singer Courtney Love") */
static uint32_t token_classes(const ctx *c, size_t i) {
    const token *t = &c->d->seg.tokens[i];
    return gaz_classes(c, t->start, t->end) | ((word_class(c, i) & EW_OCCUPATION) ? GZ_ROLE : 0);
}

static uint32_t gaz_token(const ctx *c, size_t i) {
    const token *t = &c->d->seg.tokens[i];
    int32_t term = c->d->tok_term[i];
    if (!c->term_gaz || term < 0 || !c->d->lex.term_one_form[term] || (t->flags & TOKF_ABBREV))
        return token_classes(c, i);
    uint32_t memo = c->term_gaz[term];
    if (!memo) {
        memo = token_classes(c, i) | TERM_GAZ_KNOWN;
        c->term_gaz[term] = memo;
    }
    return memo & ~TERM_GAZ_KNOWN;
}

static const token *tok(const ctx *c, size_t i) { return &c->d->seg.tokens[i]; }

static bool tok_capitalised(const ctx *c, size_t i) {
    const token *t = tok(c, i);
    char x = c->d->text[t->start];
    return t->kind == TOK_WORD && ((x >= 'A' && x <= 'Z') || (unsigned char)x >= 0xC0);
}

#define PLACE_CLASSES (GZ_COUNTRY | GZ_REGION | GZ_CITY | GZ_GEO)

static bool push(ctx *c, ner_mention m) {
    if (c->n == c->cap) {
        size_t cap = c->cap * 2 + 16;
        ner_mention *nm = arena_alloc(c->a, cap * sizeof *nm);
        if (!nm)
            return false;
        if (c->n)
            memcpy(nm, c->m, c->n * sizeof *nm);
        c->m = nm;
        c->cap = cap;
    }
    c->m[c->n++] = m;
    return true;
}

/* ---- 1. clean-up --------------------------------------------------------------------------- */

/* The place a hyphenated word starts with (US-led, U.S.-backed, Russia-based): the byte
 * length of that part, or 0. The rest must be lower-case so that names (Rolls-Royce,
 * Jong-un) stay whole. */
static uint32_t hyphen_place(const ctx *c, uint32_t s, uint32_t e, uint32_t *cls) {
    const char *x = c->d->text;
    const char *h = memchr(x + s, '-', e - s);
    if (!h || h == x + s || h + 1 >= x + e)
        return 0;
    char r = h[1];
    if (!(r >= 'a' && r <= 'z'))
        return 0;
    uint32_t n = (uint32_t)(h - (x + s));
    uint32_t k = gaz_classes(c, s, s + n);
    if (!(k & (PLACE_CLASSES | GZ_DEMONYM)) || !(x[s] >= 'A' && x[s] <= 'Z'))
        return 0;
    *cls = k;
    return n;
}

static bool is_demonym(uint32_t cls) { return (cls & GZ_DEMONYM) && !(cls & PLACE_CLASSES); }

bool entities_person_title(const precis_doc *d, uint32_t tok_start) {
    if (tok_start == 0)
        return false;
    size_t k = tok_start - 1;
    if (doc_tok_is(d, k, ".") && k > 0)
        k--;
    const token *t = &d->seg.tokens[k];
    size_t n = t->end - t->start;
    if (n > 0 && d->text[t->end - 1] == '.')
        n--; /* "Sen." as one token */
    return (model_entity_word(d->lang, d->text + t->start, n) & EW_TITLE) != 0; /* entities.txt's titles */
}

bool entities_styled_role(const precis_doc *d, const ner_entity *e) {
    if (!e->has_role)
        return false;
    size_t k = doc_token_at(d, e->role_start);
    if (k >= d->seg.n_tokens || d->seg.tokens[k].end != e->role_end || d->seg.tokens[k].shape != SHAPE_CAPITAL)
        return false;
    const token *t = &d->seg.tokens[k];
    return (model_entity_word(d->lang, d->text + t->start, t->end - t->start) & EW_STYLED) != 0;
}

/* Whether token k's word is written elsewhere in the document, away from a sentence's
 * start: *lower when some such writing is in lower case and none is capitalised. */
static bool written_elsewhere(const precis_doc *d, size_t k, bool *lower) {
    const token *t = &d->seg.tokens[k];
    size_t n = t->end - t->start;
    bool seen_lower = false, seen_upper = false;
    for (size_t i = 0; i < d->seg.n_tokens; i++) {
        const token *o = &d->seg.tokens[i];
        if (i == k || o->kind != TOK_WORD || (o->flags & TOKF_SENT_START) || o->end - o->start != n ||
            strncasecmp(d->text + o->start, d->text + t->start, n) != 0)
            continue;
        if (o->shape == SHAPE_LOWER)
            seen_lower = true;
        else
            seen_upper = true;
    }
    *lower = seen_lower && !seen_upper;
    return seen_lower || seen_upper;
}

/* True when entity e's role opens its sentence with a capital that is only the sentence's
 * (entities_role_case). */
static bool role_lowered(const precis_doc *d, const ner_entities *ents, const ner_entity *e) {
    if (!e->has_role)
        return false;
    size_t k = doc_token_at(d, e->role_start);
    if (k >= d->seg.n_tokens || !(d->seg.tokens[k].flags & TOKF_SENT_START) ||
        d->seg.tokens[k].shape != SHAPE_CAPITAL || d->seg.tokens[k].kind != TOK_WORD)
        return false;
    /* a capital after it that no name explains makes the role a title ("Prime Minister",
     * "First Minister"), capitalised wherever it stands; a name does not ("Former Valencia
     * striker") */
    bool title = k + 1 < d->seg.n_tokens && d->seg.tokens[k + 1].end <= e->role_end &&
                 d->seg.tokens[k + 1].kind == TOK_WORD && d->seg.tokens[k + 1].shape != SHAPE_LOWER;
    for (size_t i = 0; i < ents->n_mentions; i++) {
        const ner_mention *m = &ents->mentions[i];
        if (m->tok_start <= k && m->tok_end > k)
            return false; /* a name's own capital ("Harbour FC manager") */
        if (m->tok_start <= k + 1 && m->tok_end > k + 1)
            title = false;
    }
    if (title)
        return false;
    /* the article's own writing of the word decides ("Friends actress" keeps its show's
     * capital, "Home Secretary" its office's); a word it writes nowhere else is lowered when
     * entities.txt knows it for an occupation or a role's modifier ("Singer", "Former") */
    bool lower = false;
    if (written_elsewhere(d, k, &lower))
        return lower;
    const token *t = &d->seg.tokens[k];
    return (model_entity_word(d->lang, d->text + t->start, t->end - t->start) &
            (EW_OCCUPATION | EW_ROLE_MODIFIER)) != 0;
}

void entities_role_case(const precis_doc *d, const ner_entities *ents, const ner_entity *e, buf *b, size_t at) {
    if (b->len > at && b->data[at] >= 'A' && b->data[at] <= 'Z' && role_lowered(d, ents, e))
        b->data[at] = (char)(b->data[at] - 'A' + 'a');
}

/* Whether mentions [a, b) are in document order (by start). */
static bool in_order(const ctx *c, size_t a, size_t b) {
    for (size_t i = a + 1; i < b; i++)
        if (c->m[i].start < c->m[i - 1].start)
            return false;
    return true;
}

/* Puts the mentions pushed after the first `before` (which are in order) back in document
 * order by start, stably (a mention pushed later goes after one of the same start), and
 * rebuilds the token cover. The pushed ones come in token order, so this is a merge of two
 * runs from the back, linear; an insertion sort when a run is out of order, or no memory for
 * the copy of the pushed ones (it was always one: quadratic when names the tagger left alone
 * are pushed all through a long document, "Prudential pensions specialist Clare Moffat
 * said: it works. Shares in Prudential rose." 40,000 times, 2.2 s, half of it here). */
static void keep_document_order(ctx *c, size_t before) {
    size_t nt = c->d->seg.n_tokens, nb = c->n - before;
    ner_mention *b = nb && in_order(c, 0, before) && in_order(c, before, c->n)
                         ? arena_alloc(c->a, nb * sizeof *b)
                         : NULL;
    if (b) {
        memcpy(b, c->m + before, nb * sizeof *b);
        size_t i = before, j = nb, k = c->n;
        while (j > 0) {
            if (i > 0 && c->m[i - 1].start > b[j - 1].start)
                c->m[--k] = c->m[--i];
            else
                c->m[--k] = b[--j];
        }
    } else {
        for (size_t i = 1; i < c->n; i++) {
            ner_mention x = c->m[i];
            size_t j = i;
            while (j > 0 && c->m[j - 1].start > x.start) {
                c->m[j] = c->m[j - 1];
                j--;
            }
            c->m[j] = x;
        }
    }
    for (size_t i = 0; i < nt; i++)
        c->cover[i] = -1;
    for (size_t i = 0; i < c->n; i++)
        for (uint32_t t = c->m[i].tok_start; t < c->m[i].tok_end && t < nt; t++)
            c->cover[t] = (int32_t)i;
}

/* Index of the mention of c->m[from..] (in document order) that covers token t, or c->n;
 * the search stops at the first mention that starts after t. */
static size_t mention_covering(const ctx *c, size_t from, uint32_t t) {
    for (size_t i = from; i < c->n && c->m[i].tok_start <= t; i++)
        if (t < c->m[i].tok_end)
            return i;
    return c->n;
}

#define NICKNAME_WORDS 3 /* "Mike 'Sugar Bear' Thompson" */
#define NICKNAME_NAME 3  /* words of the name on either side: "Robert C.", "Thompson" */

/* True when token i is a name's word: a capitalised word in lower case after its capital
 * (not "SHOW", nor a capitalised function word of a headline, "The", "Of"). */
static bool name_word(const ctx *c, size_t i) {
    const token *t = tok(c, i);
    return t->kind == TOK_WORD && t->shape != SHAPE_UPPER && tok_capitalised(c, i) && !c->d->tok_stop[i];
}

/* True when the quotation mark at token q stands apart from both its neighbours, as tokenized
 * text sets marks ("Mike ' Sugar Bear ' Thompson"): it may open or close. */
static bool mark_apart(const ctx *c, uint32_t q) {
    return tok(c, q)->start > tok(c, q - 1)->end && tok(c, q + 1)->start > tok(c, q)->end;
}

/* True when the quotation mark at token q opens a quotation: glued to the word after it, or
 * apart from both neighbours. */
static bool mark_opens(const ctx *c, uint32_t q) {
    return q > 0 && q + 1 < c->d->seg.n_tokens && doc_tok_is_quote_mark(c->d, q) &&
           (tok(c, q + 1)->start == tok(c, q)->end || mark_apart(c, q));
}

/* True when the quotation mark at token q closes one: glued to the word before it, or apart
 * from both neighbours. */
static bool mark_closes(const ctx *c, uint32_t q) {
    return q > 0 && q + 1 < c->d->seg.n_tokens && doc_tok_is_quote_mark(c->d, q) &&
           (tok(c, q)->start == tok(c, q - 1)->end || mark_apart(c, q));
}

/* A nickname in quotation marks inside a name, "Ana 'Lulu' Reyes", "Mike 'Sugar Bear'
 * Thompson", is one person: the tagger makes two or three mentions of it, of any type ("Ana"
 * an organisation, "Lulu' Reyes" another), and the fact line printed "Lulu' Reyes". A
 * mention of at most NICKNAME_NAME words ending on a name's word (or taking the opening mark
 * in), a quotation mark that opens (mark_opens: glued to the word after it, or set apart as
 * tokenized text sets it) before one to NICKNAME_WORDS name words and a closing mark, then
 * one or two name words that end there (no capitalised word after them), become one
 * person's mention. Title-case headlines
 * ("Trump 'The Dealmaker' Could Address ...", "Republican 'Unity' Meeting Scheduled For ...")
 * fail on their function words or their run of capitals. */
/* True when a mention of c->m[from..] opens with the words of mention nick ("Mama June"
 * after "'Mama' June Shannon"): the story calls someone by that nickname. */
static bool nickname_used_again(const ctx *c, const ner_mention *nick, size_t from) {
    uint32_t words = nick->tok_end - nick->tok_start;
    for (size_t i = from; i < c->n; i++) {
        const ner_mention *o = &c->m[i];
        bool same = o->tok_end - o->tok_start >= words;
        for (uint32_t w = 0; w < words && same; w++) {
            const token *a = tok(c, nick->tok_start + w), *b = tok(c, o->tok_start + w);
            same = a->end - a->start == b->end - b->start &&
                   strncasecmp(c->d->text + a->start, c->d->text + b->start, a->end - a->start) == 0;
        }
        if (same)
            return true;
    }
    return false;
}

static void merge_nicknames(ctx *c) {
    const precis_doc *d = c->d;
    size_t nt = d->seg.n_tokens, kept = 0; /* c->m[0, kept) is the result so far: one pass */
    size_t i = 0;
    while (i < c->n) {
        ner_mention m = c->m[i++];
        uint32_t q = m.tok_end; /* the opening mark */
        /* (the tagger may have taken it in: "Mike ' Sugar Bear" and then "Thompson") */
        for (uint32_t k = m.tok_start + 1; k + 1 < m.tok_end; k++)
            if (doc_tok_is_quote_mark(c->d, k)) {
                q = k;
                break;
            }
        uint32_t end = 0;       /* the merged mention's end, 0 when none */
        if (q + 3 < nt && q - m.tok_start <= NICKNAME_NAME && name_word(c, q - 1) && mark_opens(c, q)) {
            bool name = true;
            for (uint32_t w = m.tok_start; w < q && name; w++)
                name = tok(c, w)->kind != TOK_WORD || (tok(c, w)->shape != SHAPE_UPPER && tok_capitalised(c, w));
            uint32_t k = q + 1;
            while (k < nt && k - q - 1 < NICKNAME_WORDS && name_word(c, k))
                k++;
            if (name && k > q + 1 && k + 1 < nt && mark_closes(c, k) &&
                name_word(c, k + 1) && tok(c, k + 1)->sentence == tok(c, q - 1)->sentence) {
                end = k + 2;
                while (end < nt && name_word(c, end) && end - k - 1 < 2)
                    end++;
                size_t last = mention_covering(c, i, k + 1);
                /* (the capitals go on: a headline's words, not a surname) */
                if ((end < nt && tok(c, end)->kind == TOK_WORD && tok_capitalised(c, end)) ||
                    (last < c->n && c->m[last].tok_end > end))
                    end = 0;
            }
        }
        /* "'Mama' June Shannon": a nickname in marks before a person's name of two words or
         * more, which the tagger makes a mention of its own, when the story calls the person
         * by it again ("Mama June's daughter"); not after a name's word (that one is the
         * nickname inside a name, above). A title glued to a caption's name by a lost full
         * stop ("David Guetta track 'Dangerous' Laurent Koscielny may ...") is not used
         * again. */
        uint32_t open = m.tok_start - 1, close = m.tok_end;
        if (!end && m.tok_start > 0 && close + 1 < nt && i < c->n && c->m[i].tok_start == close + 1 &&
            c->m[i].type == NER_PER && c->m[i].tok_end - c->m[i].tok_start >= 2 &&
            m.tok_end - m.tok_start <= NICKNAME_WORDS && mark_opens(c, open) && mark_closes(c, close) &&
            !(name_word(c, open - 1) && tok(c, open - 1)->sentence == tok(c, open)->sentence) &&
            tok(c, c->m[i].tok_end - 1)->sentence == tok(c, open)->sentence) {
            bool name = true;
            for (uint32_t w = m.tok_start; w < m.tok_end && name; w++)
                name = name_word(c, w);
            if (name && nickname_used_again(c, &m, i + 1)) {
                m.tok_start = open;
                m.start = tok(c, open)->start;
                end = c->m[i].tok_end;
            }
        }
        if (end) {
            m.tok_end = end;
            m.end = tok(c, end - 1)->end;
            m.type = NER_PER;
            m.flags &= (uint8_t)~NERM_DEMONYM;
            while (i < c->n && c->m[i].tok_start < end)
                i++; /* the mentions inside it go */
        }
        c->m[kept++] = m;
    }
    c->n = kept;
}

static bool day_word(const ctx *c, size_t i);
/* True when the token before token k, in its sentence, is a lower-case word or a number:
 * what a day or a month follows in running text ("on Saturday", "10 January"). */
static bool glued_after(const ctx *c, uint32_t k) {
    const token *before = tok(c, k - 1);
    return before->sentence == tok(c, k)->sentence &&
           (before->kind == TOK_NUMBER || (before->kind == TOK_WORD && before->shape == SHAPE_LOWER));
}

/* "... at Sandown on Saturday Wright (centre) is now a pundit", "back in January Herrera
 * scored": a caption or a run-in without its full stop glues a day or a month to a name.
 * A person's name that opens with a day or a month after a lower-case word or a number
 * loses that word when its last word ends another name of the document, one that opens
 * otherwise ("Ian Wright"); "Mad Men star January Jones" keeps hers. Linear: one map of
 * the names' last words, made only when some name opens with a day. False when out of
 * memory. */
static bool trim_glued_days(ctx *c) {
    const precis_doc *d = c->d;
    bool any = false;
    for (size_t i = 0; i < c->n && !any; i++) {
        const ner_mention *m = &c->m[i];
        any = m->type == NER_PER && m->tok_end - m->tok_start > 1 && m->tok_start > 0 && glued_after(c, m->tok_start) &&
              day_word(c, m->tok_start);
    }
    if (!any)
        return true;
    strmap last;
    if (!strmap_init(&last, c->n))
        return false;
    for (size_t i = 0; i < c->n; i++) {
        const ner_mention *m = &c->m[i];
        if (m->tok_end - m->tok_start > 1 && !day_word(c, m->tok_start)) {
            const token *t = tok(c, m->tok_end - 1);
            if (!strmap_put(&last, d->text + t->start, t->end - t->start, 1)) {
                strmap_free(&last);
                return false;
            }
        }
    }
    for (size_t i = 0; i < c->n; i++) {
        ner_mention *m = &c->m[i];
        if (m->type != NER_PER || m->tok_end - m->tok_start < 2 || m->tok_start == 0 || !day_word(c, m->tok_start))
            continue;
        const token *t = tok(c, m->tok_end - 1);
        if (!glued_after(c, m->tok_start) || strmap_get(&last, d->text + t->start, t->end - t->start) != 1)
            continue;
        m->tok_start++;
        m->start = tok(c, m->tok_start)->start;
    }
    strmap_free(&last);
    return true;
}

static precis_status clean_up(ctx *c, const ner_mention *in, size_t n_in) {
    const precis_doc *d = c->d;
    for (size_t i = 0; i < n_in; i++) {
        ner_mention m = in[i];
        m.entity = -1;
        m.flags = 0;
        if (d->boilerplate && m.sentence >= 0 && (size_t)m.sentence < d->seg.n_sentences &&
            d->boilerplate[m.sentence])
            continue;
        /* "Mr. Trump, do you really think ...": an honorific opens no place and no title of a
         * work, whatever a vocative's comma made the tagger see */
        if ((m.type == NER_LOC || m.type == NER_MISC) && m.tok_end - m.tok_start > 1 &&
            (gaz_token(c, m.tok_start) & GZ_HONORIFIC) &&
            tok(c, m.tok_start + 1)->kind == TOK_WORD) /* not the ground "Lord's" */
            m.type = NER_PER;
        /* "Police said ...", "Officials believe ...": a word for a group, capitalised to open a
         * sentence, names no person (people.txt's `people` and `speaker_group`) */
        if (m.type == NER_PER && m.tok_end - m.tok_start == 1 && (tok(c, m.tok_start)->flags & TOKF_SENT_START) &&
            (doc_tok_class(d, &d->lang->people_words, m.tok_start) & (PW_PEOPLE | PW_SPEAKER_GROUP)))
            continue;
        /* Honorifics and role words at the front of a person (Mr, President): not the name. */
        while (m.type == NER_PER && m.tok_end - m.tok_start > 1) {
            uint32_t k = gaz_token(c, m.tok_start);
            if (!(k & (GZ_HONORIFIC | GZ_ROLE | GZ_DEMONYM)))
                break;
            m.tok_start++;
            m.start = tok(c, m.tok_start)->start;
        }
        /* "Meanwhile Kerr said", "Yet Kerr said": a sentence's opening adverb or conjunction is
         * capitalised only as the sentence's first word, and no part of the name after it */
        /* (not "New", "Former" or a day, which may be a name's: "New York", "Sunday Times") */
        if (m.tok_end - m.tok_start > 1 && (tok(c, m.tok_start)->flags & TOKF_SENT_START) &&
            (doc_tok_class(d, &d->lang->fact_words, m.tok_start) & FW_SENTENCE_OPENER)) {
            m.tok_start++;
            m.start = tok(c, m.tok_start)->start;
        }
        /* "Rep. Chris Collins, R-N.Y.": the comma and the state make the tagger see a place,
         * the title says a person */
        if ((m.type == NER_LOC || m.type == NER_MISC) && entities_person_title(d, m.tok_start))
            m.type = NER_PER;
        uint32_t cls = 0;
        uint32_t part = m.tok_end - m.tok_start == 1 ? hyphen_place(c, m.start, m.end, &cls) : 0;
        if (part) {
            m.end = m.start + part;
            m.flags |= NERM_PART;
            if (is_demonym(cls)) {
                m.type = NER_MISC;
                m.flags |= NERM_DEMONYM;
            } else {
                m.type = NER_LOC;
            }
        } else if (m.type != NER_LOC && is_demonym(gaz_classes(c, m.start, m.end))) {
            m.type = NER_MISC;
            m.flags |= NERM_DEMONYM;
        } else if (m.type != NER_LOC && m.end - m.start > 3 && d->text[m.end - 1] == 's' &&
                   !gaz_classes(c, m.start, m.end) &&
                   (gaz_classes(c, m.start, m.end - 1) & (GZ_COUNTRY | GZ_REGION))) {
            m.type = NER_LOC; /* a plural of a place: the two Koreas */
        }
        if (!push(c, m))
            return PRECIS_E_NOMEM;
    }
    merge_nicknames(c);
    if (!trim_glued_days(c))
        return PRECIS_E_NOMEM;
    /* Tokens the tagger left alone: capitalised demonyms (one or two words) and places at the
     * start of hyphenated words. */
    size_t nt = d->seg.n_tokens;
    c->cover = arena_alloc(c->a, (nt ? nt : 1) * sizeof *c->cover);
    if (!c->cover)
        return PRECIS_E_NOMEM;
    for (size_t i = 0; i < nt; i++)
        c->cover[i] = -1;
    for (size_t i = 0; i < c->n; i++)
        for (uint32_t t = c->m[i].tok_start; t < c->m[i].tok_end && t < nt; t++)
            c->cover[t] = (int32_t)i;
    size_t before = c->n;
    for (size_t i = 0; i < nt; i++) {
        const token *t = tok(c, i);
        if (c->cover[i] >= 0 || t->kind != TOK_WORD || !tok_capitalised(c, i))
            continue;
        if (d->boilerplate && t->sentence >= 0 && d->boilerplate[t->sentence])
            continue;
        uint32_t cls = 0;
        uint32_t part = hyphen_place(c, t->start, t->end, &cls);
        ner_mention m = {t->start, t->end, (uint32_t)i, (uint32_t)i + 1, t->sentence, NER_MISC, 0, -1};
        if (part) {
            m.end = t->start + part;
            m.flags = NERM_PART | (is_demonym(cls) ? NERM_DEMONYM : 0);
            m.type = is_demonym(cls) ? NER_MISC : NER_LOC;
        } else {
            /* Two-word demonyms first (North Korean), then one word (Russian). */
            bool two = i + 1 < nt && c->cover[i + 1] < 0 && tok(c, i + 1)->sentence == t->sentence &&
                       tok_capitalised(c, i + 1) && is_demonym(gaz_classes(c, t->start, tok(c, i + 1)->end));
            if (two) {
                m.end = tok(c, i + 1)->end;
                m.tok_end = (uint32_t)i + 2;
            } else if (!is_demonym(gaz_token(c, i))) {
                continue;
            }
            m.flags = NERM_DEMONYM;
        }
        if (!push(c, m))
            return PRECIS_E_NOMEM;
        for (uint32_t k = m.tok_start; k < m.tok_end; k++)
            c->cover[k] = (int32_t)(c->n - 1);
        i = m.tok_end - 1;
    }
    if (c->n > before)
        keep_document_order(c, before);
    return PRECIS_OK;
}

/* ---- 1b. one name, one reading per document -------------------------------------------------- */

#define PROPAGATE_TOKENS 4 /* the longest name run looked up: "Bank of New Zealand" */

/* True when token i is a word the tagger could not have read as a name: a stop word, a
 * day or a month ("May" opening a sentence is as often the month as the minister). */
static bool day_word(const ctx *c, size_t i);
static bool common_word(const ctx *c, size_t i) { return c->d->tok_stop[i] || day_word(c, i); }

/* True when token i is a day or a month ("Saturday", "January"; cues.txt `day`). */
static bool day_word(const ctx *c, size_t i) {
    const precis_doc *d = c->d;
    const token *t = tok(c, i);
    char low[16];
    size_t n = t->end - t->start;
    if (n >= sizeof low || !d->lang->cue_words.cap)
        return false;
    for (size_t j = 0; j < n; j++)
        low[j] = (char)tolower((unsigned char)d->text[t->start + j]);
    int32_t v = strmap_get(&d->lang->cue_words, low, n);
    return v > 0 && (v & CW_DAY);
}

/* A capitalised run the tagger left alone, written exactly as a person, place or
 * organisation it tagged elsewhere in the document, is that name again: the tagger misses
 * names most where capitals say nothing, at the start of a sentence ("Vodafone has drafted
 * in ...", with "Vodafone's" tagged further down). A name tagged with two types is left
 * alone, and so is a run that a longer capitalised run holds ("Fiat" in "Fiat Chrysler").
 * Linear: one map of the tagged names, one pass over the tokens. */
static precis_status propagate_names(ctx *c) {
    const precis_doc *d = c->d;
    size_t n0 = c->n, nt = d->seg.n_tokens;
    if (n0 == 0 || nt == 0)
        return PRECIS_OK;
    strmap names;
    if (!strmap_init(&names, n0))
        return PRECIS_E_NOMEM;
    precis_status st = PRECIS_OK;
    for (size_t i = 0; i < n0; i++) {
        const ner_mention *m = &c->m[i];
        if ((m->flags & (NERM_DEMONYM | NERM_PART)) || !(m->type == NER_PER || m->type == NER_LOC || m->type == NER_ORG))
            continue;
        bool fresh = false;
        int32_t *v = strmap_upsert(&names, d->text + m->start, m->end - m->start, m->type, &fresh);
        if (!v) {
            st = PRECIS_E_NOMEM;
            goto done;
        }
        if (!fresh && *v != (int32_t)m->type)
            *v = -2; /* tagged as two things: no reading to carry */
    }
    for (size_t i = 0; i < nt; i++) {
        if (c->cover[i] >= 0 || tok(c, i)->kind != TOK_WORD || !tok_capitalised(c, i))
            continue;
        /* the run starts here: no capitalised word of the same sentence right before it */
        if (i > 0 && tok(c, i - 1)->kind == TOK_WORD && tok_capitalised(c, i - 1) &&
            tok(c, i - 1)->sentence == tok(c, i)->sentence)
            continue;
        size_t e = i; /* the longest run of uncovered tokens of the sentence, up to the cap */
        while (e < nt && e - i < PROPAGATE_TOKENS && c->cover[e] < 0 && tok(c, e)->sentence == tok(c, i)->sentence &&
               (e == i || tok(c, e)->kind != TOK_WORD || tok_capitalised(c, e) || d->tok_stop[e]))
            e++;
        for (size_t len = e - i; len >= 1; len--) {
            size_t last = i + len - 1;
            if (tok(c, last)->kind != TOK_WORD || !tok_capitalised(c, last))
                continue;
            if (last + 1 < nt && tok(c, last + 1)->kind == TOK_WORD && tok_capitalised(c, last + 1) &&
                tok(c, last + 1)->sentence == tok(c, i)->sentence)
                continue; /* a longer name goes on */
            if (len == 1 && common_word(c, i))
                break;
            uint32_t s0 = tok(c, i)->start, e0 = tok(c, last)->end;
            int32_t type = strmap_get(&names, d->text + s0, e0 - s0);
            if (type < 0)
                continue;
            ner_mention m = {s0, e0, (uint32_t)i, (uint32_t)last + 1, tok(c, i)->sentence, (uint8_t)type, 0, -1};
            if (!push(c, m)) {
                st = PRECIS_E_NOMEM;
                goto done;
            }
            for (size_t k = i; k <= last; k++)
                c->cover[k] = (int32_t)(c->n - 1);
            i = last;
            break;
        }
    }
    if (c->n > n0)
        keep_document_order(c, n0);
done:
    strmap_free(&names);
    return st;
}

/* ---- 2. roles ------------------------------------------------------------------------------ */

static bool role_word(const ctx *c, size_t i) {
    const token *t = tok(c, i);
    return t->kind == TOK_WORD && (gaz_token(c, i) & GZ_ROLE);
}

/* The entities.txt classes of token i (enum entity_word_class; 0 when the language has no
 * such file or does not list the word). */
static uint32_t word_class(const ctx *c, size_t i) {
    const token *t = tok(c, i);
    return model_entity_word(c->d->lang, c->d->text + t->start, t->end - t->start);
}

static bool role_modifier(const ctx *c, size_t i) { return (word_class(c, i) & EW_ROLE_MODIFIER) != 0; }

/* A sentence's first word that names the body of the role after it ("Trust chairman Rob
 * Rees", "Club captain Ana Lee"), not an opener ("Yesterday President Kim", "Meanwhile chief
 * executive Ana Lee"): a capitalised content word that is no day, month or sentence adverb
 * (entities.txt's openers). */
static bool org_opener(const ctx *c, size_t i) {
    const token *t = tok(c, i);
    if (c->d->tok_stop[i] || t->shape != SHAPE_CAPITAL || t->end - t->start < 3 ||
        memcmp(c->d->text + t->end - 2, "ly", 2) == 0 || (word_class(c, i) & EW_OPENER))
        return false;
    return !(gaz_token(c, i) & GZ_ROLE);
}

/* The role just before token `at` (a person mention's first token, or the comma in front of
 * it), as a token range [*rs, at); false if none. */
/* Tokens before a role's chain within which a modifier that the chain did not reach takes
 * the role away (role_before). */
#define ROLE_MODIFIER_REACH 4
static bool role_before(const ctx *c, const ner_mention *m, uint32_t at, uint32_t *rs) {
    const precis_doc *d = c->d;
    if (m->sentence < 0)
        return false;
    uint32_t sent_first = d->seg.sentences[m->sentence].tok_start;
    uint32_t start = at; /* chain is [start, at) */
    bool has_role = false;
    size_t taken = 0;
    for (uint32_t j = at; j > sent_first && taken < ROLE_MAX_TOKENS;) {
        uint32_t i = j - 1;
        const token *t = tok(c, i);
        int32_t cov = c->cover[i];
        if (cov >= 0 && c->m[cov].type != NER_PER) {
            j = c->m[cov].tok_start;
            start = j;
            taken += c->m[cov].tok_end - c->m[cov].tok_start;
            continue;
        }
        if (cov >= 0)
            break;
        if (t->kind == TOK_POSSESSIVE && i > sent_first && c->cover[i - 1] >= 0 &&
            c->m[c->cover[i - 1]].type != NER_PER) {
            j = i;
            start = i;
            taken++;
            continue;
        }
        /* "Manny Pacquiao's promoter Bob Arum": a person's possessive before a role word
         * says whose the role is, and is the role's */
        if (t->kind == TOK_POSSESSIVE && i > sent_first && c->cover[i - 1] >= 0 && has_role &&
            c->m[c->cover[i - 1]].type == NER_PER && c->m[c->cover[i - 1]].tok_end == i) {
            const ner_mention *owner = &c->m[c->cover[i - 1]];
            taken += 1 + owner->tok_end - owner->tok_start;
            j = start = owner->tok_start;
            break; /* (nothing before the owner's name is the role's) */
        }
        if (role_word(c, i) || (has_role && role_modifier(c, i))) {
            has_role = true;
            j = i;
            start = i;
            taken++;
            continue;
        }
        /* "of", "for" inside a role (Secretary of State), and capitalised words in front of a
         * role word (Foreign Minister), but not a sentence opener (Yesterday President X). */
        if (has_role && (doc_tok_is(c->d, i, "of") || doc_tok_is(c->d, i, "for"))) {
            j = i;
            taken++;
            continue; /* start moves only when something before it is taken */
        }
        /* ... and a body noun the role is of ("Harbour [board] chair", "[club] captain"), with
         * the capitalised words in front of it; not before a title ("state [network] President
         * Vladimir Putin": the noun ends the phrase before it), nor when a lower-case word
         * before it makes it part of a longer noun ("rugby [union] captain") */
        if (has_role && start < at && role_word(c, start) && tok(c, start)->shape == SHAPE_LOWER &&
            t->kind == TOK_WORD && t->shape == SHAPE_LOWER && (word_class(c, i) & EW_BODY) &&
            !(i > sent_first && tok(c, i - 1)->kind == TOK_WORD && tok(c, i - 1)->shape == SHAPE_LOWER &&
              !d->tok_stop[i - 1])) {
            j = i;
            start = i;
            taken++;
            continue;
        }
        if (has_role && start < at && (role_word(c, start) || (word_class(c, start) & EW_BODY)) &&
            tok_capitalised(c, i) && ((i != sent_first && !(t->flags & TOKF_SENT_START)) || org_opener(c, i))) {
            j = i;
            start = i;
            taken++;
            continue;
        }
        break;
    }
    /* "Would-be Harbour board chair Ana Reyes", "Former Harbour board chair": a modifier the
     * chain stopped short of, past words of the role's body only, says what the role alone
     * would not (she is no chair): no role. (Not past a function word: "as assistant [to]
     * former Newcastle manager Ruud Gullit" is another's role.) */
    for (uint32_t k = start; has_role && k > sent_first && start - k < ROLE_MODIFIER_REACH; k--) {
        if (role_modifier(c, k - 1))
            return false;
        if (d->tok_stop[k - 1] || tok(c, k - 1)->kind != TOK_WORD)
            break;
    }
    /* A possessive cannot open the role, nor a stop word that opens the sentence ("So Labor
     * Secretary Thomas Perez": the recogniser's span may take it in) or a quotation in it
     * ("\"If Senator Sanders is close ..."). */
    /* (but a name's own first word stays: "[All] Blacks captain", the name's first word) */
    while (start < at && (tok(c, start)->kind == TOK_POSSESSIVE ||
                          ((start == sent_first || (tok(c, start - 1)->flags & TOKF_OPEN_QUOTE)) &&
                           d->tok_stop[start] && tok(c, start)->shape != SHAPE_UPPER &&
                           !(c->cover[start] >= 0 && c->m[c->cover[start]].tok_end > start + 1 &&
                             !(doc_tok_class(d, &d->lang->fact_words, start) & FW_SENTENCE_OPENER)))))
        start++;
    /* "an agenda a President Clinton could hope to see work", "may prefer to be a manager,
     * Sherwood ...": after "a" the role is a supposition or another's, not the person's */
    if (start > sent_first && (doc_tok_is(d, start - 1, "a") || doc_tok_is(d, start - 1, "an")))
        return false;
    *rs = start;
    return has_role && start < at;
}

/* An apposition after person mention m: "Putin, the Russian president, said". */
static bool role_after(const ctx *c, const ner_mention *m, uint32_t *rs, uint32_t *re) {
    const precis_doc *d = c->d;
    if (m->sentence < 0)
        return false;
    uint32_t end = d->seg.sentences[m->sentence].tok_end;
    uint32_t i = m->tok_end;
    if (i >= end || !doc_tok_is(c->d, i, ","))
        return false;
    i++;
    if (i < end && (doc_tok_is(c->d, i, "the") || doc_tok_is(c->d, i, "a") || doc_tok_is(c->d, i, "an")))
        i++;
    uint32_t first = i, last_role = 0;
    bool found = false;
    for (size_t taken = 0; i < end && taken < ROLE_MAX_TOKENS; taken++) {
        int32_t cov = c->cover[i];
        if (cov >= 0 && c->m[cov].type != NER_PER) {
            i = c->m[cov].tok_end;
            continue;
        }
        if (cov >= 0)
            return false;
        if (role_word(c, i) || role_modifier(c, i)) {
            if (role_word(c, i)) {
                last_role = i;
                found = true;
            }
            i++;
            continue;
        }
        if (tok(c, i)->kind == TOK_POSSESSIVE || doc_tok_is(c->d, i, "of") || doc_tok_is(c->d, i, "for") ||
            tok_capitalised(c, i)) {
            i++;
            continue;
        }
        break;
    }
    /* The apposition must close right after its last role word. */
    if (!found || (last_role + 1 < end && !doc_tok_is(c->d, last_role + 1, ",") && !doc_tok_is(c->d, last_role + 1, ".")))
        return false;
    *rs = first;
    *re = last_role + 1;
    return true;
}

/* ---- 3. linking ---------------------------------------------------------------------------- */

/* The person mentions of two tokens or more after a token (titled_full_name's), grouped by
 * that token and their last one: made at the first question, when a document asks one. */
typedef struct titled_index {
    bool built;
    strmap groups;     /* titled_key of the two tokens -> group */
    uint32_t *first;   /* per group: its first entry in `members`; n_groups + 1 entries */
    uint32_t *members; /* mention indices, group by group, each group in document order */
} titled_index;

/* The entities named in two words or more, by the first and the last word of their name's
 * key, and each entity's mentions linked so far (an ambiguous short form's, link_all): made
 * at the first such question in a document of more than AMB_SCAN_MAX mentions, and kept up
 * as link_all goes on. */
typedef struct amb_index {
    bool ok;              /* built and kept up (else: the scan) */
    strmap words;         /* a first or last word -> its last entry in the chain below */
    int32_t *entry_ent;   /* per entry: an entity */
    int32_t *entry_next;  /* per entry: the entry before it of the same word, or -1 */
    size_t n_entries;
    int32_t *ment_head;   /* per entity: the last of its mentions noted, or -1 */
    int32_t *ment_next;   /* per mention: the one noted before it of the same entity, or -1 */
} amb_index;

/* Up to this many mentions an ambiguous short form looks at them all (a few dozen in an
 * article) rather than build amb_index. */
#define AMB_SCAN_MAX 256

typedef struct linker {
    strmap alias;   /* key (lower-case, no periods) -> entity */
    strmap partial; /* first/last word of a person, acronym of a name -> entity, -2 ambiguous */
    uint8_t *shaped; /* per entity: a name shaped as a person's though not tagged one */
    titled_index titled;
    amb_index amb;
} linker;

static char *key_of(ctx *c, uint32_t s, uint32_t e, size_t *len) {
    char k[KEY_MAX];
    size_t n = lower_key(c->d->text, s, e, k, sizeof k, true);
    *len = n;
    return n ? arena_strndup(c->a, k, n) : NULL;
}

static bool add_partial(strmap *p, const char *k, size_t n, int32_t e) {
    bool ins;
    int32_t *v = strmap_upsert(p, k, n, e, &ins);
    if (!v)
        return false;
    if (!ins && *v != e)
        *v = -2;
    return true;
}

/* The forms a person's nickname in quotation marks gives the name ("'Mama' June Shannon",
 * "Robert C. 'Bobby' Scott"), keys of the same person unless another name has them: the
 * nickname ("Mama", "Bobby"), and the nickname with the first name after it ("Mama June")
 * or, inside the name, with the surname ("Bobby Scott"), as the story goes on to call them.
 * False when out of memory. */
static bool register_nickname(ctx *c, linker *L, const char *key, size_t n, int32_t e) {
    if (!memchr(key, '\'', n) && !memchr(key, '"', n))
        return true; /* (most names: no mark to look for) */
    const char *open = NULL;
    for (size_t i = 0; i + 2 < n && !open; i++)
        if ((key[i] == '\'' || key[i] == '"') && (i == 0 || key[i - 1] == ' '))
            open = key + i;
    if (!open)
        return true;
    /* (tokenized text sets the marks apart: "' mama ' june shannon") */
    const char *nick = open + 1 + (open[1] == ' '), *close = nick;
    while (close < key + n && *close != *open)
        close++;
    if (close >= key + n - 1 || close[1] != ' ' || close - nick < 2)
        return true;
    const char *next = close + 2, *next_end = next;
    while (next_end < key + n && *next_end != ' ')
        next_end++;
    /* (the nickname is a stretch of the key, which lives in the arena as the map needs) */
    size_t kn = (size_t)(close - nick) - (close[-1] == ' ');
    bool ins;
    if (!strmap_upsert(&L->alias, nick, kn, e, &ins))
        return false;
    /* the word the story joins to it: the first name after a nickname that opens the name,
     * else the surname ("Bobby Scott" for "Robert C. 'Bobby' Scott") */
    if (open != key) {
        next = key + n;
        while (next > close + 2 && next[-1] != ' ')
            next--;
        next_end = key + n;
    }
    char k[KEY_MAX];
    if (next_end > next && kn + 1 + (size_t)(next_end - next) <= sizeof k) {
        memcpy(k, nick, kn);
        k[kn] = ' ';
        memcpy(k + kn + 1, next, (size_t)(next_end - next));
        kn += 1 + (size_t)(next_end - next);
        char *nk = arena_strndup(c->a, k, kn);
        if (!nk || !strmap_upsert(&L->alias, nk, kn, e, &ins))
            return false;
    }
    return true;
}

/* Registers the words of a multi-word name (first and last for people, the last only when
 * `surname`), the forms its nickname gives it, and its acronym. */
static bool register_name(ctx *c, linker *L, const char *key, size_t n, uint8_t type, int32_t e,
                          const char *surface, size_t slen, bool surname) {
    const char *sp = memchr(key, ' ', n);
    if (!sp)
        return true;
    if (type == NER_PER) {
        if (!register_nickname(c, L, key, n, e))
            return false;
        const char *last = key + n;
        while (last > key && last[-1] != ' ')
            last--;
        if (!add_partial(&L->partial, key, (size_t)(sp - key), e) ||
            (surname && !add_partial(&L->partial, last, (size_t)(key + n - last), e)))
            return false;
        return true;
    }
    /* Acronym of the capitalised words: United Nations -> un, United States -> us. */
    char acr[16];
    size_t k = 0;
    bool at_word = true;
    for (size_t i = 0; i < slen && k < sizeof acr; i++) {
        char ch = surface[i];
        if (ch == ' ') {
            at_word = true;
            continue;
        }
        if (at_word && ch >= 'A' && ch <= 'Z')
            acr[k++] = (char)(ch + 32);
        at_word = false;
    }
    if (k >= 2) {
        char *ak = arena_strndup(c->a, acr, k);
        if (!ak || !add_partial(&L->partial, ak, k, e))
            return false;
    }
    return true;
}

/* True when the last word of mention m (of two or more words) was a mention on its own
 * before m: the surname stood for someone before this full name came. */
static bool surname_used_before(const ctx *c, const ner_mention *m) {
    if (m->tok_end - m->tok_start < 2)
        return false;
    const token *last = tok(c, m->tok_end - 1);
    size_t n = last->end - last->start;
    for (size_t i = 0; i < c->n && c->m[i].start < m->start; i++)
        if (c->m[i].tok_end - c->m[i].tok_start == 1 && c->m[i].end - c->m[i].start == n &&
            strncasecmp(c->d->text + c->m[i].start, c->d->text + last->start, n) == 0)
            return true;
    return false;
}

typedef struct ent_build {
    ner_entity *e;
    size_t n, cap;
    uint8_t *shaped; /* per entity: named as a person is, though not tagged one (link_all) */
} ent_build;

static int32_t new_entity(ctx *c, ent_build *B, uint8_t type, const char *name, size_t nlen) {
    if (B->n == B->cap) {
        size_t cap = B->cap * 2 + 16;
        ner_entity *ne = arena_alloc(c->a, cap * sizeof *ne);
        if (!ne)
            return -1;
        if (B->n)
            memcpy(ne, B->e, B->n * sizeof *ne);
        B->e = ne;
        B->cap = cap;
    }
    ner_entity *e = &B->e[B->n];
    memset(e, 0, sizeof *e);
    e->type = type;
    e->name = name;
    e->name_len = (uint32_t)nlen;
    e->first_sentence = -1;
    return (int32_t)B->n++;
}

/* Up to this many mentions titled_full_name looks at them all rather than build its index,
 * which costs more than a scan of an article's few dozen (cnndm_dev, built for every article
 * that asks: 0.3M instructions more in all). */
#define TITLED_SCAN_MAX 256

/* The longest part of a word titled_key keeps: a group may hold words that only begin alike,
 * which titled_full_name tells apart. */
#define TITLED_PART_MAX 64

/* The key of a role word r[0, rn) and a last word l[0, ln) in titled_index.groups: each
 * lower-cased by tolower (as strncasecmp compares) up to its first NUL (where strncasecmp stops) or
 * TITLED_PART_MAX bytes, the two a NUL apart. Two pairs that strncasecmp finds equal have one
 * key. Returns its length; out holds 2 * TITLED_PART_MAX + 1 bytes. */
static size_t titled_key(const char *r, size_t rn, const char *l, size_t ln, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < rn && i < TITLED_PART_MAX && r[i]; i++)
        out[o++] = (char)tolower((unsigned char)r[i]);
    out[o++] = '\0';
    for (size_t i = 0; i < ln && i < TITLED_PART_MAX && l[i]; i++)
        out[o++] = (char)tolower((unsigned char)l[i]);
    return o;
}

/* Whether mention o can answer titled_full_name: a person's of two tokens or more after a
 * token. None of this changes while link_all runs (o's entity does). */
static bool titled_candidate(const ner_mention *o) {
    return o->type == NER_PER && o->tok_end - o->tok_start >= 2 && o->tok_start != 0;
}

/* Groups the mentions titled_full_name may look at by their token before and their last token
 * (two passes over the mentions): false when out of memory, or when the mentions are not in
 * document order (clean_up and propagate_names keep them so). */
static bool titled_build(const ctx *c, titled_index *x) {
    x->built = true;
    int32_t *group = arena_alloc(c->a, (c->n ? c->n : 1) * sizeof *group);
    if (!group || !strmap_init(&x->groups, 16))
        return false;
    size_t n_groups = 0;
    for (size_t k = 0; k < c->n; k++) {
        if (k > 0 && c->m[k].start < c->m[k - 1].start)
            return false; /* not in document order: no prefix to search for */
        group[k] = -1;
        const ner_mention *o = &c->m[k];
        if (!titled_candidate(o))
            continue;
        const token *l = tok(c, o->tok_end - 1), *ro = tok(c, o->tok_start - 1);
        char kb[2 * TITLED_PART_MAX + 1];
        size_t kn = titled_key(c->d->text + ro->start, ro->end - ro->start, c->d->text + l->start,
                               l->end - l->start, kb);
        int32_t g = strmap_get(&x->groups, kb, kn);
        if (g < 0) {
            char *ks = arena_strndup(c->a, kb, kn);
            if (!ks || !strmap_put(&x->groups, ks, kn, (int32_t)n_groups))
                return false;
            g = (int32_t)n_groups++;
        }
        group[k] = g;
    }
    x->first = arena_calloc(c->a, n_groups + 2, sizeof *x->first);
    x->members = arena_alloc(c->a, (c->n ? c->n : 1) * sizeof *x->members);
    if (!x->first || !x->members)
        return false;
    for (size_t k = 0; k < c->n; k++)
        if (group[k] >= 0)
            x->first[group[k] + 2]++;
    for (size_t g = 2; g < n_groups + 2; g++)
        x->first[g] += x->first[g - 1];
    /* first[g + 1] is now where group g starts; filling moves it to where g ends, which is
     * where g + 1 starts */
    for (size_t k = 0; k < c->n; k++)
        if (group[k] >= 0)
            x->members[x->first[group[k] + 1]++] = (uint32_t)k;
    return true;
}

/* Whether mention o is a person's of two tokens or more whose last token is `key` and whose
 * token before is r's word, ASCII case aside. */
static inline bool titled_match(const ctx *c, const ner_mention *o, const token *r, const char *key, size_t klen) {
    if (!titled_candidate(o))
        return false;
    const token *l = tok(c, o->tok_end - 1), *ro = tok(c, o->tok_start - 1);
    return l->end - l->start == klen && strncasecmp(c->d->text + l->start, key, klen) == 0 &&
           ro->end - ro->start == r->end - r->start &&
           strncasecmp(c->d->text + ro->start, c->d->text + r->start, r->end - r->start) == 0;
}

/* The entity of the last earlier person mention of two tokens or more that ends with `key` (a
 * surname, lower-cased) and has the same role word right before it as mention m has
 * ("President Barack Obama" for "President Obama"); -1 when m has no role word before it or
 * there is no such mention. Mentions are in document order, so the earlier ones are a prefix:
 * a binary search in the group of m's role word and surname, then back to the last that
 * matches (the group may hold words that only begin alike). Was a scan of all the mentions
 * before m, which it still is up to TITLED_SCAN_MAX mentions: quadratic ("President Kim
 * spoke." 80,000 times, 3.8 s, 72% of it here). */
static int32_t titled_full_name(const ctx *c, linker *L, const ner_mention *m, const char *key, size_t klen) {
    if (m->tok_start == 0 || !role_word(c, m->tok_start - 1))
        return -1;
    const token *r = tok(c, m->tok_start - 1);
    titled_index *x = &L->titled;
    if (!x->built && c->n > TITLED_SCAN_MAX && !titled_build(c, x))
        x->first = NULL; /* every mention is looked at */
    if (!x->first) {
        int32_t found = -1;
        for (size_t k = 0; k < c->n && c->m[k].start < m->start; k++)
            if (c->m[k].entity >= 0 && titled_match(c, &c->m[k], r, key, klen))
                found = c->m[k].entity;
        return found;
    }
    char kb[2 * TITLED_PART_MAX + 1];
    int32_t g = strmap_get(&x->groups, kb, titled_key(c->d->text + r->start, r->end - r->start, key, klen, kb));
    if (g < 0)
        return -1;
    const uint32_t *list = x->members + x->first[g];
    size_t lo = 0, hi = x->first[g + 1] - x->first[g]; /* the first member not before m */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->m[list[mid]].start < m->start)
            lo = mid + 1;
        else
            hi = mid;
    }
    while (lo-- > 0)
        if (c->m[list[lo]].entity >= 0 && titled_match(c, &c->m[list[lo]], r, key, klen))
            return c->m[list[lo]].entity;
    return -1;
}

/* Whether mention m (the short one) may take the name of entity e through a partial match:
 * a person's surname alone also takes a name shaped as a person's that the tagger typed
 * otherwise ("Donald Trump" tagged ORG, "Trump" PER), and the type is then voted. */
static bool partial_ok(const ner_mention *m, const ner_entity *e, uint32_t mcls, bool shaped) {
    if (e->type == NER_PER || (shaped && m->type == NER_PER))
        return m->type == NER_PER || !(mcls & PLACE_CLASSES);
    return m->type == e->type || m->type == NER_ORG || m->type == NER_MISC;
}

/* Whether mention m, tagged other than a person, is shaped as a person's name: two or three
 * capitalised words opening with a given name ("Donald Trump", not "Millbrook Rovers"), none a
 * joining word, none in a gazetteer (no place, no organisation word, no role), so that its
 * last word may be its surname. */
static bool person_shaped(const ctx *c, const ner_mention *m) {
    size_t n = m->tok_end - m->tok_start;
    if (m->type == NER_PER || n < 2 || n > 3 || !(word_class(c, m->tok_start) & EW_GIVEN_NAME))
        return false;
    for (size_t k = m->tok_start; k < m->tok_end; k++) {
        const token *t = tok(c, k);
        if (t->kind != TOK_WORD || t->shape != SHAPE_CAPITAL || c->d->tok_stop[k] || gaz_token(c, k))
            return false;
    }
    return true;
}

/* The last and the first word of the key of entity oe's name (lower case, no periods),
 * written to nk (KEY_MAX bytes): w[0], wn[0] the last word, w[1], wn[1] the first (length 0
 * when the key has no space). Returns the key's first space, or NULL. */
static const char *name_ends(const ner_entity *oe, char *nk, const char *w[2], size_t wn[2]) {
    size_t nn = lower_key(oe->name, 0, oe->name_len, nk, KEY_MAX, true);
    const char *last = nk + nn;
    while (last > nk && last[-1] != ' ')
        last--;
    const char *sp = memchr(nk, ' ', nn);
    w[0] = last, wn[0] = (size_t)(nk + nn - last);
    w[1] = nk, wn[1] = sp ? (size_t)(sp - nk) : 0;
    return sp;
}

/* Lists entity e under the first and the last word of its name's key when the name has a
 * space, as the scan of an ambiguous short form reads them. False when out of memory. */
static bool amb_add_entity(ctx *c, amb_index *x, const ent_build *B, int32_t e) {
    const ner_entity *oe = &B->e[e];
    if (!memchr(oe->name, ' ', oe->name_len))
        return true;
    char nk[KEY_MAX];
    const char *w[2];
    size_t wn[2];
    const char *sp = name_ends(oe, nk, w, wn);
    for (int i = 0; i < (sp ? 2 : 1); i++) {
        if (wn[i] == 0 || (i == 1 && wn[1] == wn[0] && memcmp(w[1], w[0], wn[0]) == 0))
            continue; /* no word (a key is never empty), or one word first and last: listed once */
        int32_t prev = strmap_get(&x->words, w[i], wn[i]);
        if (prev < 0) {
            char *k = arena_strndup(c->a, w[i], wn[i]);
            if (!k || !strmap_put(&x->words, k, wn[i], (int32_t)x->n_entries))
                return false;
        } else if (!strmap_put(&x->words, w[i], wn[i], (int32_t)x->n_entries)) {
            return false;
        }
        x->entry_ent[x->n_entries] = e;
        x->entry_next[x->n_entries] = prev;
        x->n_entries++;
    }
    return true;
}

/* Builds amb_index from the entities and linked mentions so far; false when out of memory
 * or when the mentions are not in document order (the scan then answers). */
static bool amb_build(ctx *c, amb_index *x, const ent_build *B) {
    size_t n = c->n ? c->n : 1;
    x->entry_ent = arena_alloc(c->a, 2 * (n + 1) * sizeof *x->entry_ent);
    x->entry_next = arena_alloc(c->a, 2 * (n + 1) * sizeof *x->entry_next);
    x->ment_head = arena_alloc(c->a, (n + 1) * sizeof *x->ment_head);
    x->ment_next = arena_alloc(c->a, n * sizeof *x->ment_next);
    if (!x->entry_ent || !x->entry_next || !x->ment_head || !x->ment_next || !strmap_init(&x->words, 16))
        return false;
    for (size_t e = 0; e < B->n; e++) {
        x->ment_head[e] = -1;
        if (!amb_add_entity(c, x, B, (int32_t)e))
            return false;
    }
    for (size_t k = 0; k < c->n; k++) {
        if (k > 0 && c->m[k].start < c->m[k - 1].start)
            return false;
        int32_t e = c->m[k].entity;
        if (e >= 0) {
            x->ment_next[k] = x->ment_head[e];
            x->ment_head[e] = (int32_t)k;
        }
    }
    return true;
}

/* The scan of an ambiguous short form through amb_index: the entity of the last mention
 * before m whose entity's name has `key` for its first or last word and may take m
 * (partial_ok), or -1. Each key is asked once (its answer goes to the aliases), so each
 * entity's list is walked at most twice. */
static int32_t amb_find(const ctx *c, const linker *L, const ent_build *B, const ner_mention *m, uint32_t mcls,
                        const char *key, size_t klen) {
    const amb_index *x = &L->amb;
    int32_t best = -1;
    for (int32_t i = strmap_get(&x->words, key, klen); i >= 0; i = x->entry_next[i]) {
        int32_t e = x->entry_ent[i];
        if (!partial_ok(m, &B->e[e], mcls, L->shaped[e]))
            continue;
        for (int32_t k = x->ment_head[e]; k >= 0; k = x->ment_next[k])
            if (k > best && c->m[k].start < m->start)
                best = k;
    }
    return best >= 0 ? c->m[best].entity : -1;
}

static precis_status link_all(ctx *c, ent_build *B) {
    linker L;
    memset(&L, 0, sizeof L);
    precis_status st = PRECIS_OK;
    if (!strmap_init(&L.alias, c->n + 16) || !strmap_init(&L.partial, c->n + 16)) {
        st = PRECIS_E_NOMEM;
        goto cleanup;
    }
    /* Longest first (in words), then document order: full names found before short forms. */
    size_t *order = arena_alloc(c->a, (c->n ? c->n : 1) * sizeof *order);
    uint32_t *words = arena_alloc(c->a, (c->n ? c->n : 1) * sizeof *words);
    L.shaped = B->shaped = arena_calloc(c->a, c->n + 1, 1); /* at most one entity per mention */
    if (!order || !words || !L.shaped) {
        st = PRECIS_E_NOMEM;
        goto cleanup;
    }
    size_t no = 0;
    uint32_t max_w = 0;
    for (size_t i = 0; i < c->n; i++) {
        words[i] = 0;
        if (c->m[i].flags & NERM_DEMONYM)
            continue;
        uint32_t w = 1;
        for (uint32_t b = c->m[i].start; b < c->m[i].end; b++)
            w += c->d->text[b] == ' ';
        words[i] = w;
        max_w = w > max_w ? w : max_w;
        no++;
    }
    /* A stable counting sort by word count, descending: linear, where an insertion sort was
     * quadratic in mentions (13 s for 100,000 names, benchmarks/pathological.sh). */
    size_t *next = arena_calloc(c->a, (size_t)max_w + 2, sizeof *next);
    if (!next) {
        st = PRECIS_E_NOMEM;
        goto cleanup;
    }
    for (size_t i = 0; i < c->n; i++)
        if (words[i])
            next[max_w - words[i] + 1]++;
    for (uint32_t k = 1; k <= max_w + 1; k++)
        next[k] += next[k - 1];
    for (size_t i = 0; i < c->n; i++)
        if (words[i])
            order[next[max_w - words[i]]++] = i;
    for (size_t oi = 0; oi < no; oi++) {
        ner_mention *m = &c->m[order[oi]];
        size_t n_entities_before = B->n;
        /* the gazetteer's key and the alias key differ only by periods: one reading of the
         * span serves both when it has none (most names) */
        char gk[KEY_MAX];
        size_t gn = lower_key(c->d->text, m->start, m->end, gk, sizeof gk, false), klen = gn;
        char *key = memchr(gk, '.', gn) ? key_of(c, m->start, m->end, &klen)
                    : gn                ? arena_strndup(c->a, gk, gn)
                                        : NULL;
        if (!key)
            continue;
        const ner_gaz_entry *ge = gn ? ner_gaz_get(c->g, gk, gn) : NULL;
        uint32_t mcls = ge ? ge->classes : 0;
        bool canon = ge && ge->canon && (mcls & (PLACE_CLASSES | GZ_ORG)) &&
                     !(m->type == NER_PER && !(mcls & GZ_ORG) && !(mcls & GZ_COUNTRY));
        char *ckey = NULL;
        size_t cklen = 0;
        if (canon) {
            char k[KEY_MAX];
            cklen = lower_key(ge->canon, 0, ge->canon_len, k, sizeof k, true);
            ckey = arena_strndup(c->a, k, cklen);
            if (!ckey) {
                st = PRECIS_E_NOMEM;
                goto cleanup;
            }
        }
        int32_t e = strmap_get(&L.alias, key, klen);
        if (e < 0 && ckey)
            e = strmap_get(&L.alias, ckey, cklen);
        if (e < 0 && words[order[oi]] == 1) {
            int32_t p = strmap_get(&L.partial, key, klen);
            if (p >= 0 && partial_ok(m, &B->e[p], mcls, L.shaped[p]))
                e = p;
            else if (p == -2 && c->n > AMB_SCAN_MAX && (L.amb.ok || (!L.amb.entry_ent && (L.amb.ok = amb_build(c, &L.amb, B))))) {
                int32_t a = amb_find(c, &L, B, m, mcls, key, klen);
                if (a >= 0)
                    e = a;
            } else if (p == -2) {
                /* Ambiguous short form (two Kims): the nearest earlier full mention wins. A scan
                 * of the mentions, up to AMB_SCAN_MAX of them (amb_index above that). */
                uint32_t best = 0;
                for (size_t k = 0; k < c->n; k++) {
                    const ner_mention *o = &c->m[k];
                    if (o->entity < 0 || o->start >= m->start || o->start < best)
                        continue;
                    const ner_entity *oe = &B->e[o->entity];
                    if (partial_ok(m, oe, mcls, L.shaped[o->entity]) && memchr(oe->name, ' ', oe->name_len)) {
                        char nk[KEY_MAX];
                        const char *w[2];
                        size_t wn[2];
                        const char *sp = name_ends(oe, nk, w, wn);
                        bool hit = (wn[0] == klen && memcmp(w[0], key, klen) == 0) ||
                                   (sp && wn[1] == klen && memcmp(w[1], key, klen) == 0);
                        if (hit) {
                            best = o->start;
                            e = o->entity;
                        }
                    }
                }
            }
        }
        /* "President Obama" in a story that also names Sasha Obama: a surname after a role
         * word is the person that role word came before in full ("President Barack Obama"),
         * whichever of the family the surname last stood for */
        if (words[order[oi]] == 1 && m->type == NER_PER) {
            int32_t titled = titled_full_name(c, &L, m, key, klen);
            if (titled >= 0)
                e = titled;
        }
        if (e < 0) {
            const char *name = canon ? ge->canon : c->d->text + m->start;
            size_t nlen = canon ? ge->canon_len : m->end - m->start;
            uint8_t type = m->type;
            if (canon && (mcls & PLACE_CLASSES) && !(mcls & GZ_ORG))
                type = NER_LOC;
            e = new_entity(c, B, type, name, nlen);
            /* "first lady Michelle Obama": a relative named in full after the bare surname
             * has stood for someone ("President Obama") does not take it */
            bool kin = m->tok_start > 0 && (word_class(c, m->tok_start - 1) & EW_KIN) &&
                       surname_used_before(c, m);
            if (e < 0 || !register_name(c, &L, key, klen, type, e, name, nlen, !kin)) {
                st = PRECIS_E_NOMEM;
                goto cleanup;
            }
            if (!canon && person_shaped(c, m)) {
                const char *last = key + klen;
                while (last > key && last[-1] != ' ')
                    last--;
                L.shaped[e] = 1;
                if (!add_partial(&L.partial, last, (size_t)(key + klen - last), e)) {
                    st = PRECIS_E_NOMEM;
                    goto cleanup;
                }
            }
        }
        m->entity = e;
        if (L.amb.ok) { /* kept up: a new entity, and this mention */
            if (B->n > n_entities_before) {
                L.amb.ment_head[e] = -1;
                L.amb.ok = amb_add_entity(c, &L.amb, B, e);
            }
            if (L.amb.ok) {
                L.amb.ment_next[order[oi]] = L.amb.ment_head[e];
                L.amb.ment_head[e] = (int32_t)order[oi];
            }
        }
        if (!strmap_put(&L.alias, key, klen, e) || (ckey && !strmap_put(&L.alias, ckey, cklen, e))) {
            st = PRECIS_E_NOMEM;
            goto cleanup;
        }
    }
    /* Demonyms: to their place, which is created when the text never names it. */
    for (size_t i = 0; i < c->n; i++) {
        ner_mention *m = &c->m[i];
        if (!(m->flags & NERM_DEMONYM))
            continue;
        const ner_gaz_entry *ge = gaz_span(c, m->start, m->end);
        if (!ge || !ge->canon)
            continue; /* a demonym without a place (Arab): stays unlinked */
        char k[KEY_MAX];
        size_t n = lower_key(ge->canon, 0, ge->canon_len, k, sizeof k, true);
        int32_t e = strmap_get(&L.alias, k, n);
        if (e < 0) {
            char *ck = arena_strndup(c->a, k, n);
            e = ck ? new_entity(c, B, NER_LOC, ge->canon, ge->canon_len) : -1;
            if (e < 0 || !strmap_put(&L.alias, ck, n, e)) {
                st = PRECIS_E_NOMEM;
                goto cleanup;
            }
        }
        m->entity = e;
    }
cleanup:
    strmap_free(&L.alias);
    strmap_free(&L.partial);
    strmap_free(&L.titled.groups);
    strmap_free(&L.amb.words);
    return st;
}

/* ---- 4. entities, salience ----------------------------------------------------------------- */

/* Common nouns that say what kind of body a name is, as a reader learns it from the article
 * itself: "the charity Pilgrim Bandits", "Pilgrim Bandits, a charity for veterans"
 * (entities.txt's body nouns). */
static bool body_noun(const ctx *c, size_t i) {
    return tok(c, i)->shape == SHAPE_LOWER && (word_class(c, i) & EW_BODY);
}

/* Whether the article itself says mention m names a body: a body noun right before it ("the
 * charity Pilgrim Bandits", "football club River Plate") or as the head of an apposition
 * right after it ("River Plate, the club that ...", "Pilgrim Bandits, a charity"). */
static bool said_to_be_body(const ctx *c, const ner_mention *m) {
    size_t nt = c->d->seg.n_tokens;
    if (m->tok_start > 0 && body_noun(c, m->tok_start - 1) && tok(c, m->tok_start - 1)->shape == SHAPE_LOWER)
        return true;
    size_t k = m->tok_end;
    /* the apposition opens with an article, or with a place's possessive ("Wipro, India's
     * third-biggest software firm,") */
    size_t open = k + 2 < nt && doc_tok_is(c->d, k, ",") &&
                          (doc_tok_is(c->d, k + 1, "a") || doc_tok_is(c->d, k + 1, "an") || doc_tok_is(c->d, k + 1, "the"))
                      ? k + 2
                  : k + 3 < nt && doc_tok_is(c->d, k, ",") && tok_capitalised(c, k + 1) && tok(c, k + 2)->kind == TOK_POSSESSIVE
                      ? k + 3
                      : 0;
    if (open) {
        /* the apposition's head: its first body noun within three words ("a Hereford charity") */
        for (size_t j = open; j < nt && j < open + 3 && tok(c, j)->kind == TOK_WORD; j++)
            if (body_noun(c, j) && tok(c, j)->shape == SHAPE_LOWER)
                return true;
    }
    return false;
}

#define OWNER_REACH 10 /* tokens after a subject in which its possessive pronoun is looked for */

/* Whether the sentence refers back to the one-word subject m with "its" ("Fiat is to stop
 * making engines for its Alfa Romeo arm", "Nissan has named an employee to run its
 * operations"): a body, whatever the tagger made of an unknown capitalised word. The subject
 * must be followed by its verb (a lower-case word), and the first possessive after it within
 * OWNER_REACH tokens, with no other name between, must be "its". `next` is the mention after
 * m, or NULL. */
static bool owns_as_a_body(const ctx *c, const ner_mention *m, const ner_mention *next) {
    const precis_doc *d = c->d;
    size_t nt = d->seg.n_tokens, k = m->tok_end;
    if (m->tok_end - m->tok_start != 1 || k >= nt || tok(c, k)->shape != SHAPE_LOWER)
        return false;
    for (size_t j = k; j < nt && j < k + OWNER_REACH && tok(c, j)->sentence == m->sentence; j++) {
        if (next && j >= next->tok_start)
            return false;
        if (doc_tok_is(d, j, "its"))
            return true;
        if (doc_tok_is(d, j, "his") || doc_tok_is(d, j, "her") || doc_tok_is(d, j, "their"))
            return false;
    }
    return false;
}

/* "Charlotte, N.C.", "Salem, Oregon": a name followed by a comma and a region or country that
 * closes the phrase is a place, whatever the tagger made of the name. */
static bool placed_in(const ctx *c, const ner_mention *m, const ner_mention *next) {
    size_t nt = c->d->seg.n_tokens;
    if (next->tok_start != m->tok_end + 1 || !doc_tok_is(c->d, m->tok_end, ",") || next->type != NER_LOC)
        return false;
    /* "Rep. Chris Collins, R-N.Y.": a titled person and a party tag, not a town and its state */
    const char *n = c->d->text + next->start;
    if (entities_person_title(c->d, m->tok_start) ||
        (next->end - next->start > 2 && strchr("RDI", n[0]) && n[1] == '-'))
        return false;
    /* a region or country, or a state's short form ("N.C.", "Calif.") */
    bool abbrev = next->end - next->start <= 6 && c->d->text[next->end - 1] == '.';
    if (!abbrev && !(gaz_classes(c, next->start, next->end) & (GZ_REGION | GZ_COUNTRY)))
        return false;
    if (next->tok_end >= nt)
        return true;
    const token *t = tok(c, next->tok_end);
    return t->kind == TOK_PUNCT && t->kind != TOK_POSSESSIVE && strchr(",.;:)", c->d->text[t->start]);
}

static precis_status finish(ctx *c, ent_build *B, ner_entities *out) {
    /* An entity's type is the one most of its direct mentions got from the tagger (one
     * mistagged first mention does not decide); a tie keeps the type of the mention that
     * created it, the longest. A mention the article calls a body ("the charity X") counts
     * as three votes for an organisation, and one behind a person's title ("Mr. Arad") as
     * three for a person: the article's word over the tagger's guess. */
    uint16_t(*votes)[NER_NTYPES] = arena_calloc(c->a, B->n ? B->n : 1, sizeof *votes);
    /* a "person" known by one word only that the article calls "its" ("Fiat is to stop making
     * engines for its Alfa Romeo arm") is a body; a person also named in full ("Pierre
     * Buyoya ... Buyoya dismissed its threat") keeps the tagger's reading */
    uint16_t *its = arena_calloc(c->a, B->n ? B->n : 1, sizeof *its);
    uint8_t *named_in_full = arena_calloc(c->a, B->n ? B->n : 1, 1);
    uint16_t *in_place = arena_calloc(c->a, B->n ? B->n : 1, sizeof *in_place);
    if (!votes || !its || !named_in_full || !in_place)
        return PRECIS_E_NOMEM;
    for (size_t i = 0; i < c->n; i++) {
        const ner_mention *m = &c->m[i];
        if (m->entity < 0 || (m->flags & NERM_DEMONYM) || m->type >= NER_NTYPES)
            continue;
        bool body = m->type != NER_LOC && said_to_be_body(c, m);
        if (m->tok_end - m->tok_start > 1 || entities_person_title(c->d, m->tok_start) ||
            (m->tok_start > 0 && (gaz_token(c, m->tok_start - 1) & (GZ_HONORIFIC | GZ_ROLE))))
            named_in_full[m->entity] = 1; /* "Pierre Buyoya", "Lord Archer": a person */
        else if (m->type == NER_PER && owns_as_a_body(c, m, i + 1 < c->n ? &c->m[i + 1] : NULL))
            its[m->entity]++;
        bool place = !body && m->type != NER_LOC && i + 1 < c->n && placed_in(c, m, &c->m[i + 1]);
        /* "unrest in Charlotte", "troops will remain in Charlotte": no one is in a person */
        if (!body && m->type == NER_PER && m->tok_end - m->tok_start == 1 && m->tok_start > 0 &&
            (word_class(c, m->tok_start - 1) & EW_PLACE_PREP) && !common_word(c, m->tok_start) &&
            !(m->tok_end < c->d->seg.n_tokens && tok(c, m->tok_end)->kind == TOK_POSSESSIVE))
            in_place[m->entity]++;
        /* "Mr. Arad" speaks for a person as "the charity" does for a body */
        bool titled = !body && !place && m->type == NER_PER && m->tok_start > 0 &&
                      tok(c, m->tok_start - 1)->shape == SHAPE_CAPITAL && /* not "will miss England" */
                      (gaz_token(c, m->tok_start - 1) & GZ_HONORIFIC);
        uint8_t t = body ? NER_ORG : place ? NER_LOC : m->type;
        unsigned add = body || place || titled ? 3 : 1;
        votes[m->entity][t] = (uint16_t)(votes[m->entity][t] + add < UINT16_MAX ? votes[m->entity][t] + add : UINT16_MAX);
    }
    for (size_t e = 0; e < B->n; e++) {
        bool person = votes[e][NER_PER] >= votes[e][NER_ORG] && votes[e][NER_PER] >= votes[e][NER_LOC];
        if (person && !named_in_full[e] && in_place[e] >= 2)
            votes[e][NER_LOC] = (uint16_t)(votes[e][NER_PER] + 1); /* twice "in X": a place */
        else if (person && !named_in_full[e] && its[e])
            votes[e][NER_ORG] = (uint16_t)(votes[e][NER_PER] + 1);
        int best = B->e[e].type;
        for (int t = 0; t < NER_NTYPES; t++)
            if (votes[e][t] > votes[e][best])
                best = t;
        /* a name shaped as a person's that its surname alone, tagged a person, refers to: a
         * tie goes to the person ("Monte Haines" tagged LOC once, "said Haines" PER once) */
        if (B->shaped && B->shaped[e] && votes[e][NER_PER] && votes[e][NER_PER] == votes[e][best])
            best = NER_PER;
        B->e[e].type = (uint8_t)best;
    }
    /* Mentions per entity, first mention, type and salience. */
    double top = 0;
    for (size_t i = 0; i < c->n; i++) {
        ner_mention *m = &c->m[i];
        if (m->entity < 0)
            continue;
        ner_entity *e = &B->e[m->entity];
        e->n_mentions++;
        double w = 1.0 + 1.0 / (1.0 + (m->sentence > 0 ? m->sentence : 0));
        if (m->flags & NERM_DEMONYM) {
            e->n_demonyms++;
            w *= SAL_DEMONYM_WEIGHT;
        } else {
            e->n_direct++;
            m->type = e->type;
        }
        if (e->first_sentence < 0) {
            e->first = m->start;
            e->first_sentence = m->sentence;
        }
        e->salience += w;
    }
    for (size_t i = 0; i < B->n; i++) {
        B->e[i].mentions = arena_alloc(c->a, (B->e[i].n_mentions ? B->e[i].n_mentions : 1) * sizeof(uint32_t));
        if (!B->e[i].mentions)
            return PRECIS_E_NOMEM;
        B->e[i].n_mentions = 0;
        if (B->e[i].salience > top)
            top = B->e[i].salience;
    }
    for (size_t i = 0; i < c->n; i++)
        if (c->m[i].entity >= 0) {
            ner_entity *e = &B->e[c->m[i].entity];
            e->mentions[e->n_mentions++] = (uint32_t)i;
        }
    /* Renumber entities in order of first mention. */
    int32_t *newid = arena_alloc(c->a, (B->n ? B->n : 1) * sizeof *newid);
    ner_entity *sorted = arena_alloc(c->a, (B->n ? B->n : 1) * sizeof *sorted);
    if (!newid || !sorted)
        return PRECIS_E_NOMEM;
    size_t k = 0;
    for (size_t i = 0; i < c->n; i++) {
        int32_t e = c->m[i].entity;
        if (e < 0 || B->e[e].first != c->m[i].start || B->e[e].first_sentence == -2)
            continue;
        newid[e] = (int32_t)k;
        sorted[k] = B->e[e];
        sorted[k].salience = top > 0 ? sorted[k].salience / top : 0;
        B->e[e].first_sentence = -2; /* placed */
        k++;
    }
    for (size_t i = 0; i < c->n; i++)
        if (c->m[i].entity >= 0)
            c->m[i].entity = newid[c->m[i].entity];
    out->mentions = c->m;
    out->n_mentions = c->n;
    out->entities = sorted;
    out->n_entities = k;
    return PRECIS_OK;
}

/* True when the words before token k are a preposition of place and perhaps "the": "with
 * his win in [the Badger State], Sanders will ..." is where, not a role closed by a comma. */
static bool after_place_preposition(const ctx *c, uint32_t k) {
    static const char *const place_prepositions[] = {"in", "at", "on", "from", "into", "across", "throughout",
                                                     "near", "inside", "outside", "through", "around"};
    if (k > 0 && doc_tok_is(c->d, k - 1, "the"))
        k--;
    if (k == 0)
        return false;
    for (size_t i = 0; i < sizeof place_prepositions / sizeof place_prepositions[0]; i++)
        if (doc_tok_is(c->d, k - 1, place_prepositions[i]))
            return true;
    return false;
}

/* True when a role closed by a comma before a name, starting at token rs, is what someone
 * becomes rather than the name's title: "If she becomes president, Clinton suggested ...". */
static bool role_becoming(const ctx *c, uint32_t rs) {
    return rs > 0 && (doc_tok_is(c->d, rs - 1, "becomes") || doc_tok_is(c->d, rs - 1, "become") ||
                      doc_tok_is(c->d, rs - 1, "became") || doc_tok_is(c->d, rs - 1, "becoming"));
}

static void find_roles(ctx *c, ent_build *B) {
    for (size_t i = 0; i < c->n; i++) {
        ner_mention *m = &c->m[i];
        if (m->entity < 0 || B->e[m->entity].type != NER_PER || (m->flags & NERM_DEMONYM))
            continue;
        uint32_t rs, re = m->tok_start;
        bool ok = role_before(c, m, m->tok_start, &rs);
        /* "its chief executive, Dana Ospanova": a role closed by a comma before the name. */
        if (!ok && m->tok_start > 0 && doc_tok_is(c->d, m->tok_start - 1, ",")) {
            re = m->tok_start - 1;
            ok = role_before(c, m, re, &rs) && !after_place_preposition(c, rs) && !role_becoming(c, rs);
        }
        if (!ok) {
            re = m->tok_start;
            ok = role_after(c, m, &rs, &re);
        }
        if (!ok)
            continue;
        for (uint32_t t = rs; t < re; t++)
            if (c->cover[t] >= 0)
                c->m[c->cover[t]].flags |= NERM_IN_ROLE;
        ner_entity *e = &B->e[m->entity];
        if (!e->has_role) {
            e->has_role = true;
            e->role_start = tok(c, rs)->start;
            e->role_end = tok(c, re - 1)->end;
        }
    }
}

precis_status entities_link(const precis_doc *d, const ner_mention *in, size_t n_in, arena *a,
                            ner_entities *out, precis_error *err) {
    memset(out, 0, sizeof *out);
    const ner_model *nm = ner_model_of_doc(d);
    ner_gaz empty;
    ner_gaz_init(&empty);
    ctx c = {d, nm ? ner_model_gaz(nm) : &empty, a, NULL, 0, 0, NULL, NULL};
    c.term_gaz = arena_calloc(a, d->lex.n_terms ? d->lex.n_terms : 1, sizeof *c.term_gaz);
    ent_build B = {NULL, 0, 0, NULL};
    precis_status st = clean_up(&c, in, n_in);
    if (st == PRECIS_OK)
        st = propagate_names(&c);
    if (st == PRECIS_OK)
        st = link_all(&c, &B);
    if (st == PRECIS_OK) {
        find_roles(&c, &B);
        st = finish(&c, &B, out);
    }
    if (st != PRECIS_OK)
        return set_error(err, st, "facts: out of memory while linking entities");
    return PRECIS_OK;
}

precis_status entities_extract(const precis_doc *d, arena *a, ner_entities *out, precis_error *err) {
    ner_mention *m;
    size_t n;
    PRECIS_TRY(ner_tag(d, a, &m, &n, err));
    return entities_link(d, m, n, a, out, err);
}

/* ---- JSON ---------------------------------------------------------------------------------- */

/* ner_type_name of type as a JSON string (its names need no escaping). */
static void put_type_json(buf *b, int type) {
    switch (type) {
    case NER_PER: buf_puts(b, "\"PER\""); break;
    case NER_LOC: buf_puts(b, "\"LOC\""); break;
    case NER_ORG: buf_puts(b, "\"ORG\""); break;
    case NER_MISC: buf_puts(b, "\"MISC\""); break;
    default: buf_json_string(b, ner_type_name(type), strlen(ner_type_name(type)));
    }
}

void entities_json_mentions(const precis_doc *d, const ner_entities *e, buf *b) {
    buf_putc(b, '[');
    for (size_t i = 0; i < e->n_mentions; i++) {
        const ner_mention *m = &e->mentions[i];
        buf_puts(b, i ? ",{\"type\":" : "{\"type\":");
        put_type_json(b, m->type);
        buf_puts(b, ",\"text\":");
        buf_json_string(b, d->text + m->start, m->end - m->start);
        buf_puts(b, ",\"start\":");
        buf_put_uint(b, m->start);
        buf_puts(b, ",\"end\":");
        buf_put_uint(b, m->end);
        buf_puts(b, ",\"entity\":");
        if (m->entity >= 0)
            buf_put_int(b, (int)m->entity);
        else
            buf_puts(b, "null");
        if (m->flags & NERM_DEMONYM)
            buf_puts(b, ",\"demonym\":true");
        buf_putc(b, '}');
    }
    buf_putc(b, ']');
}

void entities_json_entities(const precis_doc *d, const ner_entities *e, buf *b) {
    buf_putc(b, '[');
    for (size_t i = 0; i < e->n_entities; i++) {
        const ner_entity *x = &e->entities[i];
        buf_puts(b, i ? ",{\"id\":" : "{\"id\":");
        buf_put_uint(b, i);
        buf_puts(b, ",\"type\":");
        put_type_json(b, x->type);
        buf_puts(b, ",\"name\":");
        buf_json_string(b, x->name, x->name_len);
        if (x->has_role) {
            buf_puts(b, ",\"role\":");
            buf_json_string(b, d->text + x->role_start, x->role_end - x->role_start);
            buf_puts(b, ",\"role_start\":");
            buf_put_uint(b, x->role_start);
            buf_puts(b, ",\"role_end\":");
            buf_put_uint(b, x->role_end);
        }
        buf_puts(b, ",\"mentions\":");
        buf_put_uint(b, x->n_direct);
        buf_puts(b, ",\"demonyms\":");
        buf_put_uint(b, x->n_demonyms);
        buf_puts(b, ",\"salience\":");
        buf_put_fixed(b, x->salience, 3);
        buf_putc(b, '}');
    }
    buf_putc(b, ']');
}
