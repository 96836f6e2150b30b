/* facts.c — from a summarized document to fact slots.
 *
 * Pipeline: entities (recogniser + linking) → time expressions (resolved against --date, or
 * a dateline) → quantities (skipping numbers inside time expressions) → quotes with speakers
 * resolved to entities → sources → slots. Everything found in a boilerplate sentence is
 * dropped: a membership plea is not a fact of the story.
 *
 * Slot choice (each list is capped at FACTS_MAX_SLOT):
 *   who       people with a name mention, most salient first;
 *   what      the event noun of the key sentence with its modifiers, and its lead verb phrase;
 *   where     places with a name mention; those named in the extract come first, and a
 *             place written as "City, Country" carries its container;
 *   when      dates and times, those in the extract first, then document order;
 *   how many  quantities, those in the extract first;
 *   quotes / sources: all of them, in document order.
 * Cost: linear in tokens and mentions. */
#include "facts/facts.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "select/select.h"
#include "text/text.h"
#include "util/error.h"

#define LEDE_MIN_WORDS 8   /* shorter opening lines are headlines, labels or bylines */
#define VERB_PHRASE_MAX 10 /* tokens of the lead verb phrase: a verb, its object and a name */

/* ---- helpers ------------------------------------------------------------------------------ */

static bool in_boilerplate(const precis_doc *d, size_t byte) {
    if (!d->boilerplate || d->seg.n_sentences == 0)
        return false;
    size_t k = doc_token_at(d, byte);
    if (k >= d->seg.n_tokens)
        return false;
    return d->boilerplate[d->seg.tokens[k].sentence];
}

static bool in_extract(const precis_doc *d, int32_t sent) {
    for (size_t k = 0; k < d->n_chosen; k++)
        if ((int32_t)d->chosen[k] == sent)
            return true;
    return false;
}

static int32_t sentence_of(const precis_doc *d, size_t byte) {
    size_t k = doc_token_at(d, byte);
    if (k >= d->seg.n_tokens)
        return d->seg.n_sentences ? (int32_t)d->seg.n_sentences - 1 : -1;
    return d->seg.tokens[k].sentence;
}

static bool tok_is(const precis_doc *d, size_t k, const char *w) {
    const token *t = &d->seg.tokens[k];
    size_t len = t->end - t->start;
    return strlen(w) == len && strncasecmp(d->text + t->start, w, len) == 0;
}

/* Event-word class of a token (events.txt), 0 when none. */
static int event_class(precis_doc *d, size_t k, buf *scratch) {
    const token *t = &d->seg.tokens[k];
    if (t->kind != TOK_WORD)
        return 0;
    scratch->len = 0;
    text_fold(scratch, d->text + t->start, t->end - t->start);
    if (!buf_ok(scratch) || !scratch->len)
        return 0;
    int32_t v = strmap_get(&d->lang->event_words, scratch->data, scratch->len);
    return v > 0 ? v : 0;
}

/* The entity of the first mention inside [start, end) (demonyms count only when
 * `demonyms`), preferring `type` when it is >= 0. */
static int32_t entity_in_span(const facts *f, uint32_t start, uint32_t end, int type, bool demonyms) {
    int32_t any = -1;
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->start < start || m->end > end || m->entity < 0)
            continue;
        if ((m->flags & NERM_DEMONYM) && !demonyms)
            continue;
        if (type < 0 || f->ents.entities[m->entity].type == type)
            return m->entity;
        if (any < 0)
            any = m->entity;
    }
    return any;
}

/* ---- quotes --------------------------------------------------------------------------------- */

/* Shared word prefixes (5 letters, case-insensitive) between a phrase and a role: "the Russia
 * president" against "Russian President" shares "russi" and "presi". */
static int role_overlap(const precis_doc *d, uint32_t ps, uint32_t pe, uint32_t rs, uint32_t re) {
    int shared = 0;
    for (size_t a = doc_token_at(d, ps); a < d->seg.n_tokens && d->seg.tokens[a].end <= pe; a++) {
        const token *ta = &d->seg.tokens[a];
        size_t la = ta->end - ta->start;
        if (ta->kind != TOK_WORD || la < 3 || d->tok_stop[a])
            continue;
        for (size_t b = doc_token_at(d, rs); b < d->seg.n_tokens && d->seg.tokens[b].end <= re; b++) {
            const token *tb = &d->seg.tokens[b];
            size_t lb = tb->end - tb->start, l = la < lb ? la : lb;
            if (l > 5)
                l = 5;
            if (tb->kind == TOK_WORD && lb >= 3 && strncasecmp(d->text + ta->start, d->text + tb->start, l) == 0) {
                shared++;
                break;
            }
        }
    }
    return shared;
}

/* The person last named before byte `before` (for "he said"). */
static int32_t last_person_before(const facts *f, uint32_t before) {
    int32_t who = -1;
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->start >= before)
            break;
        if (m->entity >= 0 && f->ents.entities[m->entity].type == NER_PER && !(m->flags & NERM_DEMONYM))
            who = m->entity;
    }
    return who;
}

static int32_t resolve_speaker(const precis_doc *d, const facts *f, const quote *q) {
    if (q->speaker_token < 0)
        return -1;
    int32_t e = entity_in_span(f, q->speaker_start, q->speaker_end, NER_PER, false);
    if (e >= 0 && f->ents.entities[e].type == NER_PER)
        return e;
    if (q->speaker_tok_end == (uint32_t)q->speaker_token + 1 && quotes_is_pronoun(d, (size_t)q->speaker_token))
        return last_person_before(f, q->speaker_start);
    /* "the Russia president": the person whose role shares most words with the phrase */
    int best = 0;
    int32_t best_e = -1;
    for (size_t i = 0; i < f->ents.n_entities; i++) {
        const ner_entity *en = &f->ents.entities[i];
        if (en->type != NER_PER || !en->has_role)
            continue;
        int s = role_overlap(d, q->speaker_start, q->speaker_end, en->role_start, en->role_end);
        if (s > best) {
            best = s;
            best_e = (int32_t)i;
        }
    }
    if (best_e >= 0)
        return best_e;
    return e; /* an organisation ("the ministry said") or -1 */
}

/* The speaker of a speech clause in sentence `si` ("Developers, she says, still find...",
 * "Osei says the city..."): a pronoun or a person's name just before a speech verb. */
static int32_t clause_speaker(const precis_doc *d, const facts *f, int32_t si, uint32_t *s_out, uint32_t *e_out) {
    const sentence *s = &d->seg.sentences[si];
    for (uint32_t k = s->tok_start + 1; k < s->tok_end; k++) {
        if (!quotes_is_speech_verb(d, k))
            continue;
        const token *p = &d->seg.tokens[k - 1];
        int32_t e = -1;
        if (quotes_is_pronoun(d, k - 1))
            e = last_person_before(f, p->start);
        else
            e = entity_in_span(f, p->start, p->end, NER_PER, false);
        if (e >= 0 && f->ents.entities[e].type == NER_PER) {
            *s_out = p->start;
            *e_out = p->end;
            return e;
        }
    }
    return -1;
}

/* A quotation without a speaker of its own continues the speaker before it in the same
 * paragraph: the previous quotation's, when it sits in the same or the previous sentence
 * (“...,” Kim said. “...”), else a speech clause in the previous sentence (She says the
 * city taught her... “...”). */
static void continue_speakers(const precis_doc *d, facts *f) {
    for (size_t i = 0; i < f->n_quotes; i++) {
        quote *q = &f->quotes[i];
        if (f->quote_speaker[i] >= 0 || q->speaker_token >= 0 || q->sentence <= 0)
            continue;
        uint32_t para = d->seg.sentences[q->sentence].paragraph;
        int32_t prev = q->sentence - 1;
        if (d->seg.sentences[prev].paragraph != para)
            continue;
        if (i > 0 && f->quote_speaker[i - 1] >= 0 && sentence_of(d, f->quotes[i - 1].end) >= prev &&
            d->seg.sentences[f->quotes[i - 1].sentence].paragraph == para) {
            const quote *o = &f->quotes[i - 1];
            q->speaker_token = o->speaker_token;
            q->speaker_tok_end = o->speaker_tok_end;
            q->speaker_start = o->speaker_start;
            q->speaker_end = o->speaker_end;
            q->verb_start = o->verb_start;
            q->verb_end = o->verb_end;
            q->continued = true;
            f->quote_speaker[i] = f->quote_speaker[i - 1];
            continue;
        }
        uint32_t ss = 0, se = 0;
        int32_t e = clause_speaker(d, f, prev, &ss, &se);
        if (e >= 0) {
            q->speaker_token = (int32_t)doc_token_at(d, ss);
            q->speaker_tok_end = (uint32_t)q->speaker_token + 1;
            q->speaker_start = ss;
            q->speaker_end = se;
            q->continued = true;
            f->quote_speaker[i] = e;
        }
    }
}

/* ---- slots --------------------------------------------------------------------------------- */

/* `story` (one byte per entity, zeroed) is scratch: marking entities named outside boilerplate
 * in one pass over the mentions keeps this linear (a scan of all mentions per person was
 * quadratic: 4.5 s for 60,000 names, benchmarks/pathological.sh). */
static void choose_who(const precis_doc *d, facts *f, uint8_t *story) {
    f->n_who = 0;
    for (size_t k = 0; k < f->ents.n_mentions; k++) {
        const ner_mention *m = &f->ents.mentions[k];
        if (m->entity >= 0 && (size_t)m->entity < f->ents.n_entities && !(m->flags & NERM_DEMONYM) &&
            !(d->boilerplate && d->boilerplate[m->sentence]))
            story[m->entity] = 1;
    }
    for (size_t i = 0; i < f->ents.n_entities; i++) {
        const ner_entity *e = &f->ents.entities[i];
        if (e->type != NER_PER || e->n_direct == 0)
            continue;
        /* named only in boilerplate (a byline, a press contact): not a person of the story */
        if (!story[i])
            continue;
        /* insertion by salience, ties by first mention (entities come in that order) */
        size_t pos = f->n_who;
        while (pos > 0 && f->ents.entities[f->who[pos - 1]].salience < e->salience)
            pos--;
        if (pos >= FACTS_MAX_SLOT)
            continue;
        size_t last = f->n_who < FACTS_MAX_SLOT ? f->n_who : FACTS_MAX_SLOT - 1;
        memmove(&f->who[pos + 1], &f->who[pos], (last - pos) * sizeof f->who[0]);
        f->who[pos] = (int32_t)i;
        if (f->n_who < FACTS_MAX_SLOT)
            f->n_who++;
    }
}

static void choose_where(const precis_doc *d, facts *f) {
    /* Rank places: named in the extract (by first such mention), then by salience. */
    double rank[256];
    size_t ne = f->ents.n_entities < 256 ? f->ents.n_entities : 256;
    for (size_t i = 0; i < ne; i++)
        rank[i] = -1;
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->entity < 0 || (size_t)m->entity >= ne || (m->flags & (NERM_DEMONYM | NERM_IN_ROLE)) ||
            (d->boilerplate && d->boilerplate[m->sentence]))
            continue;
        const ner_entity *e = &f->ents.entities[m->entity];
        if (e->type != NER_LOC)
            continue;
        double r = e->salience;
        if (in_extract(d, m->sentence))
            r += 1.0;
        /* "in Vladivostok", "at the Hanoi summit": the preposition of place, in the extract,
         * names where the story happens */
        if (m->tok_start > 0 && (tok_is(d, m->tok_start - 1, "in") || tok_is(d, m->tok_start - 1, "at")))
            r += in_extract(d, m->sentence) ? 1.5 : 0.5;
        if (r > rank[m->entity])
            rank[m->entity] = r;
    }
    f->n_where = 0;
    for (;;) {
        size_t best = ne;
        for (size_t i = 0; i < ne; i++)
            if (rank[i] >= 0 && (best == ne || rank[i] > rank[best]))
                best = i;
        if (best == ne || f->n_where == FACTS_MAX_SLOT)
            break;
        rank[best] = -1;
        /* evidence: the first direct mention; container: "X, Y" with Y a place */
        fact_place p = {.entity = (int32_t)best, .container = -1};
        for (size_t i = 0; i < f->ents.n_mentions; i++) {
            const ner_mention *m = &f->ents.mentions[i];
            if (m->entity != (int32_t)best || (m->flags & NERM_DEMONYM))
                continue;
            if (p.end == 0) {
                p.start = m->start;
                p.end = m->end;
            }
            if (i + 1 < f->ents.n_mentions && m->tok_end < d->seg.n_tokens && tok_is(d, m->tok_end, ",")) {
                const ner_mention *c = &f->ents.mentions[i + 1];
                /* "London, Frankfurt and Paris" is a list, not a city in a country */
                const ner_mention *c2 = i + 2 < f->ents.n_mentions ? &f->ents.mentions[i + 2] : NULL;
                bool list = c2 && c2->tok_start == c->tok_end + 1 && c2->type == NER_LOC &&
                            (tok_is(d, c->tok_end, ",") || tok_is(d, c->tok_end, "and") || tok_is(d, c->tok_end, "or"));
                if (c->tok_start == m->tok_end + 1 && c->entity >= 0 && c->entity != (int32_t)best && !list &&
                    f->ents.entities[c->entity].type == NER_LOC && !(c->flags & NERM_DEMONYM)) {
                    p.start = m->start;
                    p.end = m->end;
                    p.container = c->entity;
                    p.cstart = c->start;
                    p.cend = c->end;
                    if ((size_t)c->entity < ne)
                        rank[c->entity] = rank[c->entity] >= 0 ? rank[c->entity] - 0.5 : rank[c->entity];
                    break;
                }
            }
        }
        f->where[f->n_where++] = p;
    }
}

static bool inside_quote(const facts *f, size_t byte) {
    for (size_t i = 0; i < f->n_quotes; i++)
        if (byte >= f->quotes[i].start && byte < f->quotes[i].end)
            return true;
    return false;
}

static void choose_when(const precis_doc *d, facts *f) {
    f->n_when = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < f->n_timexes && f->n_when < FACTS_MAX_SLOT; i++) {
            const timex *t = &f->timexes[i];
            /* "currently", "recently": true but not an answer to "when" */
            if (t->type == TIMEX_DURATION || t->type == TIMEX_SET || strstr(t->value, "_REF"))
                continue;
            if (inside_quote(f, t->start))
                continue;
            bool ext = in_extract(d, sentence_of(d, t->start));
            if ((pass == 0) != ext)
                continue;
            bool dup = false; /* "Sunday" said twice is one answer */
            for (size_t j = 0; j < f->n_when && !dup; j++) {
                const timex *o = &f->timexes[f->when[j]];
                dup = strcmp(o->value, t->value) == 0 && o->end - o->start == t->end - t->start &&
                      memcmp(d->text + o->start, d->text + t->start, t->end - t->start) == 0;
            }
            if (!dup)
                f->when[f->n_when++] = i;
        }
}

static void choose_how_many(const precis_doc *d, facts *f) {
    f->n_how_many = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < f->n_quantities && f->n_how_many < FACTS_MAX_SLOT; i++) {
            const quantity *q = &f->quantities[i];
            bool ext = in_extract(d, q->sentence);
            if ((pass == 0) != ext)
                continue;
            bool dup = false; /* the same words twice are one fact */
            for (size_t j = 0; j < f->n_how_many && !dup; j++) {
                const quantity *o = &f->quantities[f->how_many[j]];
                dup = o->end - o->start == q->end - q->start &&
                      memcmp(d->text + o->start, d->text + q->start, q->end - q->start) == 0;
            }
            if (!dup)
                f->how_many[f->n_how_many++] = i;
        }
}

/* Prepositions and conjunctions that end a lead verb phrase. */
static bool ends_verb_phrase(const precis_doc *d, size_t k) {
    static const char *const STOP[] = {"during", "in", "at", "on", "after", "before", "with", "for", "as",
                                       "by", "from", "over", "amid", "while", "when", "since", "despite",
                                       "following", "against", "under", "and", "but", "which", "who",
                                       "that", "because", "if", "than", "near", "across", "into", "through",
                                       "between", "around", "about", "outside", "inside", NULL};
    const token *t = &d->seg.tokens[k];
    if (t->kind != TOK_WORD && t->kind != TOK_NUMBER)
        return true;
    for (int i = 0; STOP[i]; i++)
        if (tok_is(d, k, STOP[i]))
            return true;
    return false;
}

/* "48-hour", "two-day", "10-year": a hyphenated measure qualifying an event noun. */
static bool measure_modifier(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    const char *h = memchr(d->text + t->start, '-', t->end - t->start);
    if (!h || (t->kind != TOK_WORD && t->kind != TOK_NUMBER))
        return false;
    static const char *const UNITS[] = {"hour", "day", "week", "month", "year", "minute", "point", "nation", "party", NULL};
    size_t ulen = (size_t)(d->text + t->end - h - 1);
    for (int i = 0; UNITS[i]; i++)
        if (strlen(UNITS[i]) == ulen && strncasecmp(h + 1, UNITS[i], ulen) == 0)
            return true;
    return false;
}

int32_t facts_lede(const precis_doc *d) {
    for (size_t i = 0; i < d->seg.n_sentences; i++) {
        const sentence *s = &d->seg.sentences[i];
        if ((d->boilerplate && d->boilerplate[i]) || doc_sentence_words(d, i) < LEDE_MIN_WORDS)
            continue;
        /* a headline or a label has no full stop: the lede is the first real sentence */
        uint32_t e = s->end;
        for (;;) {
            unsigned char c = e > s->start ? (unsigned char)d->text[e - 1] : 0;
            if (c == '"' || c == '\'' || c == ')')
                e--;
            else if ((c == 0x9D || c == 0x99) && e - s->start >= 3) /* ” ’ */
                e -= 3;
            else
                break;
        }
        if (e > s->start && strchr(".!?", d->text[e - 1]))
            return (int32_t)i;
    }
    return -1;
}

/* True when byte b lies inside an entity mention ("Typhoon Rosing" is a name, not an event). */
static bool in_mention(const facts *f, uint32_t b) {
    for (size_t i = 0; i < f->ents.n_mentions; i++)
        if (b >= f->ents.mentions[i].start && b < f->ents.mentions[i].end)
            return true;
    return false;
}

static void choose_what(precis_doc *d, facts *f) {
    memset(&f->what, 0, sizeof f->what);
    f->what.sentence = -1;
    if (d->n_chosen == 0)
        return;
    buf scratch;
    buf_init(&scratch);
    /* the key sentence: the lede when it names an event (news puts the event first), else
     * the first of the extract holding an event noun, else the first of the extract */
    int32_t lede = facts_lede(d);
    for (size_t c = 0; c <= d->n_chosen && f->what.noun_end == 0; c++) {
        int32_t si = c == 0 ? lede : (int32_t)d->chosen[c - 1];
        if (si < 0)
            continue;
        const sentence *s = &d->seg.sentences[si];
        for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
            /* a capitalised event word inside a sentence is part of a name or title ("Fall") */
            if (event_class(d, k, &scratch) != EVENT_NOUN || in_mention(f, d->seg.tokens[k].start) ||
                (d->seg.tokens[k].shape != SHAPE_LOWER && k > s->tok_start))
                continue;
            uint32_t first = k;
            while (first > s->tok_start && (event_class(d, first - 1, &scratch) == EVENT_MODIFIER ||
                                            measure_modifier(d, first - 1)))
                first--;
            f->what.sentence = si;
            f->what.noun_start = d->seg.tokens[first].start;
            f->what.noun_end = d->seg.tokens[k].end;
            break;
        }
    }
    if (f->what.sentence < 0)
        f->what.sentence = (int32_t)d->chosen[0];
    /* the lead verb phrase: the first event verb (or -ed word) after the sentence's first
     * named mention, up to a preposition, a conjunction or punctuation */
    const sentence *s = &d->seg.sentences[f->what.sentence];
    uint32_t from = s->tok_start;
    for (size_t i = 0; i < f->ents.n_mentions; i++)
        if (f->ents.mentions[i].sentence == f->what.sentence) {
            from = f->ents.mentions[i].tok_end;
            break;
        }
    for (uint32_t k = from; k < s->tok_end; k++) {
        const token *t = &d->seg.tokens[k];
        /* ", whose novels sold...,": a relative clause describes someone; its verb is not the
         * event ("Ellory, whose novels sold millions, has died") */
        if (tok_is(d, k, ",") && k + 1 < s->tok_end &&
            (tok_is(d, k + 1, "whose") || tok_is(d, k + 1, "who") || tok_is(d, k + 1, "which"))) {
            uint32_t j = k + 2;
            while (j < s->tok_end && !tok_is(d, j, ","))
                j++;
            k = j;
            continue;
        }
        bool verb = event_class(d, k, &scratch) == EVENT_VERB;
        /* an -ed word after a preposition is an adjective ("with sustained winds") */
        if (!verb && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && !d->tok_stop[k] && t->end - t->start > 4 &&
            strncmp(d->text + t->end - 2, "ed", 2) == 0 && !(k > s->tok_start && ends_verb_phrase(d, k - 1)))
            verb = true;
        if (!verb)
            continue;
        uint32_t e = k + 1;
        /* up to VERB_PHRASE_MAX tokens; a possessive goes on ("approved Prime Minister Helena
         * Carvalho's minority budget") */
        while (e < s->tok_end && e - k < VERB_PHRASE_MAX &&
               (d->seg.tokens[e].kind == TOK_POSSESSIVE || !ends_verb_phrase(d, e)))
            e++;
        while (e > k + 1 && d->tok_stop[e - 1]) /* not "... kilometers per" */
            e--;
        f->what.verb_start = t->start;
        f->what.verb_end = d->seg.tokens[e - 1].end;
        break;
    }
    buf_free(&scratch);
}

/* ---- compute ------------------------------------------------------------------------------- */

precis_status facts_compute(precis_doc *d, precis_error *err) {
    if (d->facts)
        return PRECIS_OK;
    PRECIS_TRY(precis_doc_summarize(d, err));
    facts *f = arena_calloc(&d->mem, 1, sizeof *f);
    if (!f)
        return set_error(err, PRECIS_E_NOMEM, "facts: out of memory");
    precis_status st = entities_extract(d, &d->mem, &f->ents, err);
    if (st == PRECIS_E_UNSUPPORTED) {
        memset(&f->ents, 0, sizeof f->ents); /* a model without a recogniser: no entities */
    } else if (st != PRECIS_OK) {
        return st;
    } else {
        f->has_ner = true;
    }

    if (d->opts.date[0])
        memcpy(f->dct, d->opts.date, sizeof f->dct);
    else if (!timex_dateline(d->text + d->body_start, d->len - d->body_start, f->dct))
        f->dct[0] = '\0';
    timex *tx = NULL;
    size_t ntx = 0;
    PRECIS_TRY(timex_find(d->text, d->len, f->dct[0] ? f->dct : NULL, &d->mem, &tx, &ntx, err));
    f->timexes = arena_alloc(&d->mem, (ntx ? ntx : 1) * sizeof *f->timexes);
    uint8_t *skip = arena_calloc(&d->mem, d->seg.n_tokens ? d->seg.n_tokens : 1, 1);
    if (!f->timexes || !skip)
        return set_error(err, PRECIS_E_NOMEM, "facts: out of memory");
    for (size_t i = 0; i < ntx; i++) {
        for (size_t k = doc_token_at(d, tx[i].start); k < d->seg.n_tokens && d->seg.tokens[k].start < tx[i].end; k++)
            skip[k] = 1;
        if (!in_boilerplate(d, tx[i].start))
            f->timexes[f->n_timexes++] = tx[i];
    }

    quantity *qs;
    size_t nq;
    if (!quantity_find(d, skip, &d->mem, &qs, &nq))
        return set_error(err, PRECIS_E_NOMEM, "facts: out of memory");
    f->quantities = qs;
    for (size_t i = 0; i < nq; i++)
        if (!in_boilerplate(d, qs[i].start))
            f->quantities[f->n_quantities++] = qs[i];

    quote *qu;
    size_t nqu;
    if (!quotes_find(d, &d->mem, &qu, &nqu))
        return set_error(err, PRECIS_E_NOMEM, "facts: out of memory");
    f->quotes = qu;
    f->quote_speaker = arena_alloc(&d->mem, (nqu ? nqu : 1) * sizeof *f->quote_speaker);
    if (!f->quote_speaker)
        return set_error(err, PRECIS_E_NOMEM, "facts: out of memory");
    for (size_t i = 0; i < nqu; i++) {
        if (in_boilerplate(d, qu[i].start))
            continue;
        f->quote_speaker[f->n_quotes] = resolve_speaker(d, f, &qu[i]);
        f->quotes[f->n_quotes++] = qu[i];
    }
    continue_speakers(d, f);

    source *so;
    size_t nso;
    if (!sources_find(d, &d->mem, &so, &nso))
        return set_error(err, PRECIS_E_NOMEM, "facts: out of memory");
    f->sources = so;
    f->source_entity = arena_alloc(&d->mem, (nso ? nso : 1) * sizeof *f->source_entity);
    if (!f->source_entity)
        return set_error(err, PRECIS_E_NOMEM, "facts: out of memory");
    for (size_t i = 0; i < nso; i++) {
        if (in_boilerplate(d, so[i].start))
            continue;
        f->source_entity[f->n_sources] = so[i].named ? entity_in_span(f, so[i].start, so[i].end, NER_ORG, false) : -1;
        f->sources[f->n_sources++] = so[i];
    }

    uint8_t *story = arena_calloc(&d->mem, f->ents.n_entities ? f->ents.n_entities : 1, 1);
    if (!story)
        return set_error(err, PRECIS_E_NOMEM, "facts: out of memory");
    choose_who(d, f, story);
    choose_where(d, f);
    choose_when(d, f);
    choose_how_many(d, f);
    choose_what(d, f);
    d->facts = f;
    return PRECIS_OK;
}

/* ---- rendering ----------------------------------------------------------------------------- */

void facts_entity_name(const precis_doc *d, int32_t entity, buf *b) {
    const facts *f = d->facts;
    if (!f || entity < 0 || (size_t)entity >= f->ents.n_entities)
        return;
    const ner_entity *e = &f->ents.entities[entity];
    buf_append(b, e->name, e->name_len);
}

static void put_text(buf *b, const precis_doc *d, uint32_t s, uint32_t e) { text_clean(b, d->text, s, e, true); }

static void put_json_text(buf *b, const precis_doc *d, uint32_t s, uint32_t e) {
    buf t;
    buf_init(&t);
    text_clean(&t, d->text, s, e, true);
    buf_json_string(b, t.data ? t.data : "", t.len);
    if (!buf_ok(&t))
        b->failed = true;
    buf_free(&t);
}

static void put_json_name(buf *b, const precis_doc *d, int32_t entity) {
    buf t;
    buf_init(&t);
    facts_entity_name(d, entity, &t);
    buf_json_string(b, t.data ? t.data : "", t.len);
    if (!buf_ok(&t))
        b->failed = true;
    buf_free(&t);
}

/* First direct mention of an entity (for evidence offsets). */
static const ner_mention *first_mention(const facts *f, int32_t entity) {
    for (size_t i = 0; i < f->ents.n_mentions; i++)
        if (f->ents.mentions[i].entity == entity && !(f->ents.mentions[i].flags & NERM_DEMONYM))
            return &f->ents.mentions[i];
    return NULL;
}

void facts_json_members(const precis_doc *d, buf *b) {
    const facts *f = d->facts;
    buf_puts(b, "\"date\":");
    if (f->dct[0])
        buf_printf(b, "\"%s\"", f->dct);
    else
        buf_puts(b, "null");

    buf_puts(b, ",\"who\":[");
    for (size_t i = 0; i < f->n_who; i++) {
        const ner_entity *e = &f->ents.entities[f->who[i]];
        const ner_mention *m = first_mention(f, f->who[i]);
        buf_printf(b, "%s{\"entity\":%d,\"name\":", i ? "," : "", f->who[i]);
        put_json_name(b, d, f->who[i]);
        if (e->has_role) {
            buf_puts(b, ",\"role\":");
            put_json_text(b, d, e->role_start, e->role_end);
            buf_printf(b, ",\"role_start\":%u,\"role_end\":%u", e->role_start, e->role_end);
        }
        buf_printf(b, ",\"salience\":%.4f,\"start\":%u,\"end\":%u}", e->salience, m ? m->start : 0, m ? m->end : 0);
    }

    buf_puts(b, "],\"what\":");
    if (f->what.sentence < 0) {
        buf_puts(b, "null");
    } else {
        const sentence *s = &d->seg.sentences[f->what.sentence];
        buf_printf(b, "{\"sentence\":%d,\"start\":%u,\"end\":%u", f->what.sentence, s->start, s->end);
        if (f->what.noun_end) {
            buf_puts(b, ",\"event\":");
            put_json_text(b, d, f->what.noun_start, f->what.noun_end);
            buf_printf(b, ",\"event_start\":%u,\"event_end\":%u", f->what.noun_start, f->what.noun_end);
        }
        if (f->what.verb_end) {
            buf_puts(b, ",\"action\":");
            put_json_text(b, d, f->what.verb_start, f->what.verb_end);
            buf_printf(b, ",\"action_start\":%u,\"action_end\":%u", f->what.verb_start, f->what.verb_end);
        }
        buf_puts(b, ",\"participants\":[");
        size_t np = 0;
        for (size_t i = 0; i < f->n_who; i++)
            for (size_t k = 0; k < f->ents.n_mentions; k++)
                if (f->ents.mentions[k].entity == f->who[i] && f->ents.mentions[k].sentence == f->what.sentence) {
                    buf_printf(b, "%s%d", np++ ? "," : "", f->who[i]);
                    break;
                }
        buf_puts(b, "]}");
    }

    buf_puts(b, ",\"where\":[");
    for (size_t i = 0; i < f->n_where; i++) {
        const fact_place *p = &f->where[i];
        buf_printf(b, "%s{\"entity\":%d,\"name\":", i ? "," : "", p->entity);
        put_json_name(b, d, p->entity);
        buf_printf(b, ",\"start\":%u,\"end\":%u", p->start, p->end);
        if (p->container >= 0) {
            buf_printf(b, ",\"in\":{\"entity\":%d,\"name\":", p->container);
            put_json_name(b, d, p->container);
            buf_printf(b, ",\"start\":%u,\"end\":%u}", p->cstart, p->cend);
        }
        buf_putc(b, '}');
    }

    buf_puts(b, "],\"when\":[");
    for (size_t i = 0; i < f->n_when; i++) {
        const timex *t = &f->timexes[f->when[i]];
        buf_printf(b, "%s{\"type\":\"%s\",\"value\":", i ? "," : "", timex_type_name(t->type));
        buf_json_string(b, t->value, strlen(t->value));
        buf_puts(b, ",\"text\":");
        put_json_text(b, d, (uint32_t)t->start, (uint32_t)t->end);
        buf_printf(b, ",\"start\":%zu,\"end\":%zu}", t->start, t->end);
    }

    buf_puts(b, "],\"how_many\":[");
    for (size_t i = 0; i < f->n_how_many; i++) {
        const quantity *q = &f->quantities[f->how_many[i]];
        buf_printf(b, "%s{\"text\":", i ? "," : "");
        put_json_text(b, d, q->start, q->end);
        buf_puts(b, ",\"number\":");
        put_json_text(b, d, q->num_start, q->num_end);
        buf_printf(b, ",\"value\":%.10g", q->value);
        if (q->what_end > q->what_start) {
            buf_puts(b, ",\"what\":");
            put_json_text(b, d, q->what_start, q->what_end);
        }
        if (q->approx_end > q->approx_start) {
            buf_puts(b, ",\"approximation\":");
            put_json_text(b, d, q->approx_start, q->approx_end);
        }
        buf_printf(b, ",\"start\":%u,\"end\":%u}", q->start, q->end);
    }

    buf_puts(b, "],\"quotes\":[");
    for (size_t i = 0; i < f->n_quotes; i++) {
        const quote *q = &f->quotes[i];
        buf_printf(b, "%s{\"text\":", i ? "," : "");
        put_json_text(b, d, q->start, q->end);
        buf_printf(b, ",\"start\":%u,\"end\":%u,\"speaker\":", q->start, q->end);
        if (q->speaker_token < 0) {
            buf_puts(b, "null");
        } else {
            buf_puts(b, "{\"text\":");
            put_json_text(b, d, q->speaker_start, q->speaker_end);
            buf_printf(b, ",\"start\":%u,\"end\":%u,\"entity\":%d", q->speaker_start, q->speaker_end, f->quote_speaker[i]);
            if (q->continued)
                buf_puts(b, ",\"continued\":true");
            if (f->quote_speaker[i] >= 0) {
                buf_puts(b, ",\"name\":");
                put_json_name(b, d, f->quote_speaker[i]);
            }
            buf_putc(b, '}');
        }
        buf_putc(b, '}');
    }

    buf_puts(b, "],\"sources\":[");
    for (size_t i = 0; i < f->n_sources; i++) {
        const source *s = &f->sources[i];
        buf_printf(b, "%s{\"text\":", i ? "," : "");
        put_json_text(b, d, s->start, s->end);
        buf_printf(b, ",\"start\":%u,\"end\":%u,\"named\":%s,\"cue\":", s->start, s->end, s->named ? "true" : "false");
        put_json_text(b, d, s->cue_start, s->cue_end);
        buf_printf(b, ",\"entity\":%d}", f->source_entity[i]);
    }

    buf_puts(b, "],\"entities\":");
    if (f->has_ner)
        entities_json_mentions(d, &f->ents, b);
    else
        buf_puts(b, "[]");
    buf_puts(b, ",\"entity_list\":");
    if (f->has_ner)
        entities_json_entities(d, &f->ents, b);
    else
        buf_puts(b, "[]");
    buf_puts(b, ",\"timexes\":[");
    for (size_t i = 0; i < f->n_timexes; i++) {
        const timex *t = &f->timexes[i];
        buf_printf(b, "%s{\"type\":\"%s\",\"value\":", i ? "," : "", timex_type_name(t->type));
        buf_json_string(b, t->value, strlen(t->value));
        buf_puts(b, ",\"text\":");
        put_json_text(b, d, (uint32_t)t->start, (uint32_t)t->end);
        buf_printf(b, ",\"start\":%zu,\"end\":%zu}", t->start, t->end);
    }
    buf_putc(b, ']');
}

static void render_text(const precis_doc *d, buf *b) {
    const facts *f = d->facts;
    buf_puts(b, "who:      ");
    for (size_t i = 0; i < f->n_who; i++) {
        const ner_entity *e = &f->ents.entities[f->who[i]];
        if (i)
            buf_puts(b, "; ");
        facts_entity_name(d, f->who[i], b);
        if (e->has_role) {
            buf_puts(b, " (");
            put_text(b, d, e->role_start, e->role_end);
            buf_putc(b, ')');
        }
    }
    buf_puts(b, "\nwhat:     ");
    if (f->what.noun_end)
        put_text(b, d, f->what.noun_start, f->what.noun_end);
    if (f->what.verb_end) {
        if (f->what.noun_end)
            buf_puts(b, "; ");
        put_text(b, d, f->what.verb_start, f->what.verb_end);
    }
    buf_puts(b, "\nwhere:    ");
    for (size_t i = 0; i < f->n_where; i++) {
        if (i)
            buf_puts(b, "; ");
        facts_entity_name(d, f->where[i].entity, b);
        if (f->where[i].container >= 0) {
            buf_puts(b, ", ");
            facts_entity_name(d, f->where[i].container, b);
        }
    }
    buf_puts(b, "\nwhen:     ");
    for (size_t i = 0; i < f->n_when; i++) {
        const timex *t = &f->timexes[f->when[i]];
        if (i)
            buf_puts(b, "; ");
        put_text(b, d, (uint32_t)t->start, (uint32_t)t->end);
        buf_printf(b, " (%s)", t->value);
    }
    buf_puts(b, "\nhow many: ");
    for (size_t i = 0; i < f->n_how_many; i++) {
        const quantity *q = &f->quantities[f->how_many[i]];
        if (i)
            buf_puts(b, "; ");
        put_text(b, d, q->start, q->end);
    }
    buf_puts(b, "\nquotes:\n");
    for (size_t i = 0; i < f->n_quotes; i++) {
        const quote *q = &f->quotes[i];
        buf_puts(b, "  - ");
        /* a person by name; an organisation by the words that named the speaker ("Analysts
         * at Barclays" are not Barclays) */
        if (f->quote_speaker[i] >= 0 && f->ents.entities[f->quote_speaker[i]].type == NER_PER)
            facts_entity_name(d, f->quote_speaker[i], b);
        else if (q->speaker_token >= 0)
            put_text(b, d, q->speaker_start, q->speaker_end);
        else
            buf_puts(b, "(unattributed)");
        buf_puts(b, ": \xE2\x80\x9C");
        put_text(b, d, q->start, q->end);
        buf_puts(b, "\xE2\x80\x9D\n");
    }
    buf_puts(b, "sources:  ");
    size_t shown = 0;
    for (size_t i = 0; i < f->n_sources; i++) {
        const source *s = &f->sources[i];
        /* named sources only ("reportedly" hedges, it names no one; JSON keeps it), each once */
        if (!s->named)
            continue;
        bool dup = false;
        for (size_t j = 0; j < i && !dup; j++)
            dup = f->sources[j].end - f->sources[j].start == s->end - s->start &&
                  memcmp(d->text + f->sources[j].start, d->text + s->start, s->end - s->start) == 0;
        if (dup)
            continue;
        if (shown++)
            buf_puts(b, "; ");
        put_text(b, d, s->start, s->end);
    }
    buf_putc(b, '\n');
}

precis_status facts_render(precis_doc *d, precis_format fmt, buf *b, precis_error *err) {
    if (fmt != PRECIS_FORMAT_TEXT && fmt != PRECIS_FORMAT_JSON)
        return set_error(err, PRECIS_E_UNSUPPORTED, "facts: format not supported (use text or json)");
    PRECIS_TRY(facts_compute(d, err));
    if (fmt == PRECIS_FORMAT_TEXT) {
        render_text(d, b);
        return PRECIS_OK;
    }
    buf_putc(b, '{');
    facts_json_members(d, b);
    buf_putc(b, ',');
    nonstory_json_members(d, b); /* what the facts were not taken from, and why */
    buf_puts(b, "}\n");
    return PRECIS_OK;
}
