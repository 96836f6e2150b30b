/* facts.c — from a summarized document to fact slots.
 *
 * Pipeline: entities (recogniser + linking) → time expressions (resolved against --date, or
 * a dateline) → quantities (skipping numbers inside time expressions) → quotes with speakers
 * resolved to entities → sources → slots. Everything found in a boilerplate sentence is
 * dropped: a membership plea is not a fact of the story.
 *
 * Slot choice (each list is capped at FACTS_MAX_SLOT). News states its main event in its
 * opening (the headline, when the text starts with one, and the lede), so the slots rank by
 * it, never by the summary's extract: facts do not change with the summary's budget.
 *   who       people, and organisations the opening names, by salience plus their place in
 *             the opening; the headline's subject first, else the lede's unnamed group; a
 *             one-word person with no role or title after the others; a name used only as a
 *             source, a dateline or a publication is no actor;
 *   what      the headline's predicate ("attacks German consulate"), the event noun of the
 *             key sentence with its modifiers, and its lead verb phrase;
 *   where     places with a name mention; those named at the top of the story come first,
 *             specific before broad (a city before its country), and a place written as
 *             "City, Country" carries its container;
 *   when      dates and times at the top of the story first (an event noun's own time
 *             before the others), then the body's, the days nearest before the document
 *             date first, then background dates (years far from the document date,
 *             deadlines);
 *   how many  quantities, those at the top of the story first;
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

#define TELL_THAT_REACH 6 /* tokens from a told object to its "that" ("[on Monday] that") */
#define TITLE_WORDS_MAX 14 /* words of a title alone in the first paragraph */
#define TITLE_LEDE_WORDS_MIN 15 /* words of the lede under a title */
#define LEDE_MIN_WORDS 8   /* shorter opening lines are headlines, labels or bylines */
#define VERB_PHRASE_MAX 16 /* tokens of the lead verb phrase: a verb, its object and a name */
#define OBJECT_MAX 3       /* tokens of an object that its verb's complement may follow */
#define ATTRIBUTION_TAIL_MAX 8 /* tokens of ", police in the city said on Friday." */
#define THAT_SUBJECT_MAX 16 /* tokens of a reported clause's subject before its verb */
#define NAME_OVERRUN 4     /* tokens past that cap a name cut by it may take to finish */

/* ---- helpers ------------------------------------------------------------------------------ */

static bool in_boilerplate(const precis_doc *d, size_t byte) {
    if (!d->boilerplate || d->seg.n_sentences == 0)
        return false;
    size_t k = doc_token_at(d, byte);
    if (k >= d->seg.n_tokens)
        return false;
    return d->boilerplate[d->seg.tokens[k].sentence];
}

static int32_t sentence_of(const precis_doc *d, size_t byte) {
    size_t k = doc_token_at(d, byte);
    if (k >= d->seg.n_tokens)
        return d->seg.n_sentences ? (int32_t)d->seg.n_sentences - 1 : -1;
    return d->seg.tokens[k].sentence;
}

/* The facts.txt and people.txt classes of token k (enum fact_word_class, people_word_class;
 * model/model.h): the language's words for reading clauses and for people. 0 when the
 * language has no such file or does not list the word. */
static bool fact_word(const precis_doc *d, size_t k, uint32_t cls) {
    return (doc_tok_class(d, &d->lang->fact_words, k) & cls) != 0;
}
static bool people_word(const precis_doc *d, size_t k, uint32_t cls) {
    return (doc_tok_class(d, &d->lang->people_words, k) & cls) != 0;
}

/* Event-word class of a token (events.txt), 0 when none. */
static int event_class(const precis_doc *d, size_t k, buf *scratch) {
    const token *t = &d->seg.tokens[k];
    if (t->kind != TOK_WORD)
        return 0;
    /* an ASCII word (nearly all): text_fold only lowers its capitals, as model_word_class
     * does on the stack; a lookup without the buffer, which the compiler may also share
     * between two questions about one token */
    const unsigned char *w = (const unsigned char *)d->text + t->start;
    size_t n = t->end - t->start;
    unsigned char high = 0;
    for (size_t i = 0; i < n && n <= CUE_WORD_MAX; i++)
        high |= w[i];
    if (n && n <= CUE_WORD_MAX && high < 0x80)
        return (int)model_word_class(&d->lang->event_words, (const char *)w, n);
    scratch->len = 0;
    text_fold(scratch, d->text + t->start, t->end - t->start);
    if (!buf_ok(scratch) || !scratch->len)
        return 0;
    int32_t v = strmap_get(&d->lang->event_words, scratch->data, scratch->len);
    return v > 0 ? v : 0;
}

/* The entity of the first mention inside [start, end) (demonyms count only when
 * `demonyms`), preferring `type` when it is >= 0. */
static size_t first_mention_from(const facts *f, uint32_t start) {
    size_t lo = 0, hi = f->ents.n_mentions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->ents.mentions[mid].start < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Whether one mention covers all of [start, end) (mentions do not overlap: the one starting
 * last at or before `start` is the only candidate). */
static bool span_in_mention(const facts *f, uint32_t start, uint32_t end) {
    size_t i = first_mention_from(f, start);
    if (i < f->ents.n_mentions && f->ents.mentions[i].start == start)
        return f->ents.mentions[i].end >= end;
    return i > 0 && f->ents.mentions[i - 1].end >= end;
}

/* Mentions are in document order: a binary search finds the first one in the span, so a
 * document's quotes and sources cost no scan of all its mentions each. */
static int32_t entity_in_span(const facts *f, uint32_t start, uint32_t end, int type, bool demonyms) {
    int32_t any = -1;
    for (size_t i = first_mention_from(f, start); i < f->ents.n_mentions && f->ents.mentions[i].start < end; i++) {
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

/* Shared word prefixes (5 letters, case-insensitive) between a phrase (from token pk to byte
 * pe) and a role: "the Russia president" against "Russian President" shares "russi" and
 * "presi". */
static int role_overlap(const precis_doc *d, size_t pk, uint32_t pe, uint32_t rs, uint32_t re) {
    int shared = 0;
    size_t rk = doc_token_at(d, rs);
    for (size_t a = pk; a < d->seg.n_tokens && d->seg.tokens[a].end <= pe; a++) {
        const token *ta = &d->seg.tokens[a];
        size_t la = ta->end - ta->start;
        if (ta->kind != TOK_WORD || la < 3 || d->tok_stop[a])
            continue;
        for (size_t b = rk; b < d->seg.n_tokens && d->seg.tokens[b].end <= re; b++) {
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

/* Grammatical gender a title gives a person's mention (people.txt's male_title and
 * female_title): 1 for Mr., 2 for Mrs., Ms., Miss, 0 when none is written. */
static int title_gender(const precis_doc *d, const ner_mention *m) {
    if (m->tok_start == 0)
        return 0;
    size_t k = m->tok_start - 1;
    if (doc_tok_is(d, k, ".") && k > 0)
        k--;
    return people_word(d, k, PW_MALE_TITLE) ? 1 : people_word(d, k, PW_FEMALE_TITLE) ? 2 : 0;
}

#define GENDER_WINDOW 12 /* tokens after a person's mention searched for his/her */

/* A quotation mark token: a pronoun inside a quotation is the speaker's voice, not a
 * reference to the person named before it. */
static bool is_quote_mark(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    const unsigned char *x = (const unsigned char *)d->text + t->start;
    size_t n = t->end - t->start;
    return (n == 1 && (x[0] == '"' || x[0] == '`')) || (n == 2 && x[0] == '\'' && x[1] == '\'') ||
           (n == 3 && x[0] == 0xE2 && x[1] == 0x80 && (x[2] == 0x9C || x[2] == 0x9D));
}

/* Gender each person entity has in the article: 1 he, 2 she, 3 both (unknown), 0 not said;
 * from a title (Mr., Mrs.) or a gendered word in the role beside any of its mentions
 * (people.txt's male and female words: "spokeswoman Ana Kim"; "his wife, Ana Kim" is not
 * read). False when out of memory. */
/* The gender person e's given name says (people.txt's male_name, female_name: 1 a man's, 2 a
 * woman's), when the first word of e's longest mention (the first of the longest, in
 * document order) is one and no pronoun after the person (`he`, `she` votes) says
 * otherwise; 0 when there is none. A one-word name has no given name to read ("Trump"). */
static int name_gender(const precis_doc *d, const facts *f, size_t e, unsigned he, unsigned she) {
    const ner_entity *ent = &f->ents.entities[e];
    const ner_mention *longest = NULL;
    for (uint32_t i = 0; i < ent->n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[ent->mentions[i]];
        if (!(m->flags & NERM_DEMONYM) && (!longest || m->tok_end - m->tok_start > longest->tok_end - longest->tok_start))
            longest = m;
    }
    if (!longest || longest->tok_end - longest->tok_start < 2)
        return 0;
    uint32_t cls = doc_tok_class(d, &d->lang->people_words, longest->tok_start);
    int g = (cls & PW_MALE_NAME) ? 1 : (cls & PW_FEMALE_NAME) ? 2 : 0;
    return (g == 1 && she == 0) || (g == 2 && he == 0) ? g : 0;
}

static bool entity_genders(precis_doc *d, facts *f) {
    f->ent_gender = arena_calloc(&d->mem, f->ents.n_entities ? f->ents.n_entities : 1, 1);
    if (!f->ent_gender)
        return false;
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->entity < 0 || (m->flags & NERM_DEMONYM) || f->ents.entities[m->entity].type != NER_PER)
            continue;
        int g = title_gender(d, m);
        if (!g && m->tok_start > 0) {
            size_t k = m->tok_start - 1;
            g = people_word(d, k, PW_MALE) ? 1 : people_word(d, k, PW_FEMALE) ? 2 : 0;
        }
        f->ent_gender[m->entity] |= (uint8_t)g;
    }
    /* The article's own pronouns (people.txt's he and she): a person's mention followed in
     * its clause by his/him or her ("Trump revised his plan", "Kim said she ..."), before any
     * other person is named,
     * votes for that gender; two votes and twice the other side's decide, where no title
     * or role word already did. Linear: each mention looks at most GENDER_WINDOW tokens on. */
    uint16_t(*votes)[2] = arena_calloc(&d->mem, f->ents.n_entities ? f->ents.n_entities : 1, sizeof *votes);
    if (!votes)
        return false;
    size_t next_person = 0; /* the next person's mention after i: moves forward only (linear) */
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->entity < 0 || (m->flags & NERM_DEMONYM) || f->ents.entities[m->entity].type != NER_PER)
            continue;
        /* up to the next person named ("Ginsburg told The Associated Press that she ...": a
         * company or a place between them names no one the pronoun could be) */
        if (next_person <= i)
            next_person = i + 1;
        while (next_person < f->ents.n_mentions &&
               (f->ents.mentions[next_person].entity < 0 || (f->ents.mentions[next_person].flags & NERM_DEMONYM) ||
                f->ents.entities[f->ents.mentions[next_person].entity].type != NER_PER))
            next_person++;
        size_t stop = next_person < f->ents.n_mentions ? f->ents.mentions[next_person].tok_start : d->seg.n_tokens;
        for (size_t k = m->tok_end; k < d->seg.n_tokens && k < stop && k < m->tok_end + GENDER_WINDOW; k++) {
            const token *t = &d->seg.tokens[k];
            if (t->sentence != m->sentence || doc_tok_is(d, k, ";") || is_quote_mark(d, k))
                break;
            int g = people_word(d, k, PW_HE) ? 0 : people_word(d, k, PW_SHE) ? 1 : -1;
            if (g >= 0) {
                if (votes[m->entity][g] < UINT16_MAX)
                    votes[m->entity][g]++;
                break;
            }
        }
    }
    f->ent_name_gender = arena_calloc(&d->mem, f->ents.n_entities ? f->ents.n_entities : 1, 1);
    if (!f->ent_name_gender)
        return false;
    for (size_t e = 0; e < f->ents.n_entities; e++) {
        if (f->ent_gender[e])
            continue;
        unsigned he = votes[e][0], she = votes[e][1];
        if (he >= 2 && he >= 2 * she)
            f->ent_gender[e] = 1;
        else if (she >= 2 && she >= 2 * he)
            f->ent_gender[e] = 2;
        else if (f->ents.entities[e].type == NER_PER)
            f->ent_name_gender[e] = (uint8_t)name_gender(d, f, e, he, she);
    }
    return true;
}

#define PRONOUN_LOOKBACK 64 /* mentions looked at for a pronoun's person: bounds the work */
#define CONFIRMED_REACH 6   /* mentions further back a person of the pronoun's gender may be
                               preferred to a nearer one whose gender the article never says */
#define ROLE_LOOKBACK 64    /* entities looked at for a description's person: bounds the work */
#define SUBJECT_LOOKBACK 3  /* sentences back whose subject a pronoun may stand for */

/* The person last named before byte `before` (for "he said"): the nearest person mention whose
 * title does not contradict the pronoun's gender (`gender` 1 he, 2 she, 0 any). A binary
 * search and at most PRONOUN_LOOKBACK mentions, so a document's quotes stay linear. */
static int32_t last_person_before(const precis_doc *d, const facts *f, uint32_t before, int gender, int32_t exclude) {
    int32_t nearest = -1;
    size_t near_seen = 0;
    for (size_t i = first_mention_from(f, before), seen = 0; i-- > 0 && seen < PRONOUN_LOOKBACK; seen++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (nearest < 0)
            near_seen = seen;
        if (m->entity < 0 || (m->flags & NERM_DEMONYM) || m->entity == exclude)
            continue;
        /* a person, or a name the recogniser took for something else behind a person's title
         * ("Sen. Bernie Sanders" tagged as an organisation) */
        if (f->ents.entities[m->entity].type != NER_PER && !entities_person_title(d, m->tok_start))
            continue;
        int g = f->ent_gender ? f->ent_gender[m->entity] : title_gender(d, m);
        if (gender && (g == 1 || g == 2) && g != gender)
            continue;
        /* (a given name of the other sex rules the person out: "Ana Reyes met Tom Hale. '...,'
         * he said") */
        if (gender && !g && f->ent_name_gender && f->ent_name_gender[m->entity] &&
            f->ent_name_gender[m->entity] != gender)
            continue;
        if (gender && g != gender && (nearest < 0 || nearest == m->entity)) {
            /* gender not said: taken unless a confirmed one is close (the same person named
             * again is no nearer a confirmation) */
            nearest = m->entity;
            continue;
        }
        if (nearest < 0 || seen < near_seen + CONFIRMED_REACH)
            return m->entity;
        break;
    }
    return nearest;
}

/* A lower-case word in a short lead-in that reads as a role noun ("Former Democratic
 * candidate Bernie Sanders"), not as a verb ("Officials attacked Kim", "Aides say Kim"): no
 * function word, no -ed, -ing or -s ending. */
static bool role_like(const precis_doc *d, size_t k, size_t lead) {
    const token *t = &d->seg.tokens[k];
    size_t n = t->end - t->start;
    const char *w = d->text + t->start;
    if (lead > 6 || d->tok_stop[k] || n < 4 || w[n - 1] == 's' || memcmp(w + n - 2, "ed", 2) == 0 ||
        (n > 4 && memcmp(w + n - 3, "ing", 3) == 0) || quotes_is_speech_verb(d, k))
        return false;
    /* right before a name or an apposition's comma ("chair, councillor Raj Banerjee") */
    if (k + 1 >= d->seg.n_tokens)
        return false;
    const token *nx = &d->seg.tokens[k + 1];
    return (nx->kind == TOK_WORD && nx->shape != SHAPE_LOWER) || doc_tok_is(d, k + 1, ",") ||
           (nx->kind == TOK_WORD && role_like(d, k + 1, lead + 1)); /* "city treasurer Ana Lind" */
}

static int pronoun_gender(const precis_doc *d, size_t k) {
    return doc_tok_is(d, k, "he") ? 1 : doc_tok_is(d, k, "she") ? 2 : 0;
}

static bool gender_fits(const facts *f, int32_t e, int gender) {
    int g = f->ent_gender ? f->ent_gender[e] : 0;
    if (!gender)
        return true;
    if (g == 1 || g == 2)
        return g == gender;
    int n = f->ent_name_gender ? f->ent_name_gender[e] : 0;
    return !n || n == gender;
}

/* The person sentence si is about, when its subject names one before token `limit`: a
 * person's mention at the sentence's head (after an opening phrase closed by a comma, and
 * articles, role words and capitalised words: "Former Clinton adviser Sidney Blumenthal
 * said"), not followed by a possessive or another capitalised word, or he/she standing for
 * the subject of the sentence before (`depth` sentences back at most). A sentence that opens
 * with a quotation has no subject here. -1 when there is none or it does not fit `gender`. */
static int32_t subject_of_sentence(const precis_doc *d, const facts *f, int32_t si, size_t limit, int gender,
                                   int depth) {
    if (si < 0)
        return -1;
    const sentence *st = &d->seg.sentences[si];
    size_t b = st->tok_start, end = limit < st->tok_end ? limit : st->tok_end;
    if (b < end && is_quote_mark(d, b)) {
        /* “...,” Kim said. — a sentence that opens with a quotation is about its speaker */
        for (size_t i = f->n_quotes; i-- > 0;) {
            if (f->quotes[i].sentence < si)
                break;
            if (f->quotes[i].sentence == si && f->quote_speaker[i] >= 0 && f->quote_conf[i] > 0 &&
                f->ents.entities[f->quote_speaker[i]].type == NER_PER)
                return gender_fits(f, f->quote_speaker[i], gender) ? f->quote_speaker[i] : -1;
        }
        return -1;
    }
    if (b >= end || d->seg.tokens[b].kind != TOK_WORD)
        return -1; /* opens with a dash, a bracket */
    bool opened = fact_word(d, b, FW_CLAUSE_OPENER);
    if (opened) {
        size_t c = b;
        while (c < end && c - b < 14 && !doc_tok_is(d, c, ","))
            c++;
        /* "But Kerr said ...", "Meanwhile Kerr said ...": a conjunction or an adverb with no
         * comma after it is one word before the clause; a subordinator is not ("While
         * Verstappen was one of ..., things proved ...": its clause's subject is not the
         * sentence's) */
        if (c >= end || c - b >= 14) {
            if (!fact_word(d, b, FW_SENTENCE_OPENER))
                return -1;
            c = b;
        }
        b = c + 1;
    }
    if (b < end && (doc_tok_is(d, b, "he") || doc_tok_is(d, b, "she"))) {
        int g = pronoun_gender(d, b);
        if (gender && g != gender)
            return -1;
        return depth > 0 ? subject_of_sentence(d, f, si - 1, SIZE_MAX, g, depth - 1) : -1;
    }
    for (size_t i = first_mention_from(f, d->seg.tokens[b].start); i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->tok_start >= end)
            break;
        if (m->entity < 0 || (m->flags & NERM_DEMONYM))
            continue;
        const ner_entity *en = &f->ents.entities[m->entity];
        /* "Speaking in Salem, New Hampshire, Trump ...": a place set off by commas after an
         * opening phrase belongs to it */
        if (opened && en->type == NER_LOC && m->tok_end < end && doc_tok_is(d, m->tok_end, ",") &&
            m->tok_start == b) {
            b = m->tok_end + 1;
            continue;
        }
        /* "Democratic candidate Bernie Sanders": an adjective-like name leads in */
        if (en->type == NER_MISC)
            continue;
        /* everything before it is a lead-in: articles, role words, capitalised words */
        for (size_t k = b; k < m->tok_start; k++) {
            const token *t = &d->seg.tokens[k];
            bool in_role = en->has_role && t->start >= en->role_start && t->end <= en->role_end;
            if (!(t->kind == TOK_WORD && (t->shape != SHAPE_LOWER || in_role || people_word(d, k, PW_SUBJECT_LEAD) ||
                                          role_like(d, k, m->tok_start - b))) &&
                !doc_tok_is(d, k, ".") && !doc_tok_is(d, k, "-") && !(doc_tok_is(d, k, ",") && k > b) &&
                !(t->kind == TOK_POSSESSIVE && k > b))
                return -1;
        }
        size_t after = m->tok_end;
        if (after < d->seg.n_tokens) {
            const token *t = &d->seg.tokens[after];
            if (t->kind == TOK_POSSESSIVE) {
                if (en->type != NER_PER)
                    continue; /* "Scotland's energy secretary, Alasdair Gunn, said" */
                /* ... and so does a person's, when a name set off by commas follows the role
                 * ("Bloomberg's pollster, Douglas Schoen, says") */
                size_t r = after + 1;
                while (r < end && r <= after + 4 && d->seg.tokens[r].kind == TOK_WORD &&
                       d->seg.tokens[r].shape == SHAPE_LOWER)
                    r++;
                if (r > after + 1 && r + 1 < end && doc_tok_is(d, r, ",") && i + 1 < f->ents.n_mentions &&
                    f->ents.mentions[i + 1].tok_start == r + 1 && f->ents.mentions[i + 1].entity >= 0 &&
                    f->ents.entities[f->ents.mentions[i + 1].entity].type == NER_PER)
                    continue;
                return -1; /* "Kim's campaign said": the campaign is the subject */
            }
            if (t->kind == TOK_WORD && t->shape != SHAPE_LOWER)
                continue; /* "Clinton Senior Adviser Sidney Blumenthal": part of a role */
            /* "Harrowgate manager Sofia Lindqvist": a name before a role word and a name */
            if (t->kind == TOK_WORD && after + 1 < end && d->seg.tokens[after + 1].kind == TOK_WORD &&
                d->seg.tokens[after + 1].shape != SHAPE_LOWER && role_like(d, after, 1))
                continue;
        }
        if (en->type != NER_PER && !entities_person_title(d, m->tok_start))
            return -1; /* the subject is a body or a place */
        return gender_fits(f, m->entity, gender) ? m->entity : -1;
    }
    return -1;
}

/* True when entity e is named inside the bytes [s, e_). Linear in the mentions there. */
static bool named_in(const precis_doc *d, const facts *f, uint32_t s, uint32_t e_, int32_t e) {
    for (size_t i = first_mention_from(f, s); i < f->ents.n_mentions && f->ents.mentions[i].start < e_; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        /* not a name that qualifies a group ("the peaceful Trump supporters"): a speaker
         * may say that of their own side */
        bool qualifies = m->tok_end < d->seg.n_tokens && people_word(d, m->tok_end, PW_SPEAKER_GROUP | PW_PEOPLE);
        if (m->entity == e && m->end <= e_ && !qualifies)
            return true;
    }
    return false;
}

static int32_t resolve_speaker(const precis_doc *d, const facts *f, const quote *q, float *conf);
static bool agent_noun(const precis_doc *d, uint32_t k);

/* True when a person other than `e` is named between the start of the sentence before the one
 * holding byte `before` (in the same paragraph) and `before`. */
static bool other_person_near(const precis_doc *d, const facts *f, uint32_t before, int32_t e) {
    size_t k = doc_token_at(d, before);
    if (k >= d->seg.n_tokens)
        return false;
    int32_t si = d->seg.tokens[k].sentence;
    if (si > 0 && d->seg.sentences[si - 1].paragraph == d->seg.sentences[si].paragraph)
        si--;
    for (size_t i = first_mention_from(f, d->seg.sentences[si].start); i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->start >= before)
            break;
        if (m->entity >= 0 && m->entity != e && !(m->flags & NERM_DEMONYM) &&
            f->ents.entities[m->entity].type == NER_PER)
            return true;
    }
    return false;
}

/* Whether words the recogniser did not name can be given as a speaker: not a time expression
 * ("Sunday", "last week"), not a clause word or an adverb opening its sentence ("Likewise",
 * "Amid"), not one lower-case word other than a group of people ("officials said"). */
static bool words_can_speak(const precis_doc *d, const facts *f, const quote *q) {
    size_t lo = 0, hi = f->n_timexes;
    while (lo < hi) { /* timexes come in document order: the first ending after the phrase starts */
        size_t mid = lo + (hi - lo) / 2;
        if (f->timexes[mid].end <= q->speaker_start)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* a time word inside a name ("the People's Daily newspaper") is the name's */
    if (lo < f->n_timexes && f->timexes[lo].start < q->speaker_end &&
        !span_in_mention(f, f->timexes[lo].start, f->timexes[lo].end))
        return false;
    size_t k = (size_t)q->speaker_token;
    if (q->speaker_tok_end != (uint32_t)k + 1)
        return true;
    const token *t = &d->seg.tokens[k];
    size_t n = t->end - t->start;
    /* a sentence's first word is capitalised anyway: a clause word or an adverb there is no
     * name ("Likewise", "Amid", "Still"; facts.txt's sentence openers) */
    if ((t->flags & TOKF_SENT_START) &&
        (d->tok_stop[k] || (n > 4 && strncasecmp(d->text + t->end - 2, "ly", 2) == 0) ||
         (n > 4 && strncasecmp(d->text + t->end - 4, "wise", 4) == 0) || fact_word(d, k, FW_SENTENCE_OPENER)))
        return false;

    return t->shape != SHAPE_LOWER || people_word(d, k, PW_SPEAKER_GROUP);
}

/* A description's head that names a body, a group or a thing, not one person (people.txt's
 * not_person words, or a plural). */
static bool not_a_person(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    size_t n = t->end - t->start;
    if (people_word(d, k, PW_NOT_PERSON))
        return true;
    /* a plural ("the protesters") is not one person */
    return n > 3 && d->text[t->end - 1] == 's' && d->text[t->end - 2] != 's';
}

/* The entity a speaker phrase names, and how sure that is (*conf in (0, 1]); -1 with *conf 0
 * when the phrase must not be given as a speaker: "they" or "we" (no one person), a pronoun
 * with no person before it, a place or a thing. -1 with a positive *conf keeps the words
 * ("a spokesman", a name the recogniser missed) without an entity. */
static int32_t resolve_speaker(const precis_doc *d, const facts *f, const quote *q, float *conf) {
    *conf = 0;
    if (q->speaker_token < 0)
        return -1;
    size_t k0 = (size_t)q->speaker_token;
    bool one = q->speaker_tok_end == (uint32_t)k0 + 1;
    if (one && quotes_is_pronoun(d, k0)) {
        if (doc_tok_is(d, k0, "they") || doc_tok_is(d, k0, "we"))
            return -1;
        /* not a name inside the quotation itself (“I told Kim...,” she said) */
        uint32_t before = q->speaker_start > q->end && q->end > q->start ? q->start : q->speaker_start;
        /* a reader's order: the subject of the pronoun's own sentence before it ("Kim says she
         * liked what she calls a “...”"), then the person the sentences before are about,
         * then the person named last */
        int g = pronoun_gender(d, k0);
        int32_t si = d->seg.tokens[k0].sentence;
        size_t qt = doc_token_at(d, q->start);
        size_t limit = qt < k0 && q->end > q->start ? qt : k0;
        int32_t e = -1;
        if (limit > d->seg.sentences[si].tok_start + 1)
            e = subject_of_sentence(d, f, si, limit, g, 2);
        uint32_t para = d->seg.sentences[si].paragraph;
        for (int32_t back = 1; e < 0 && back <= SUBJECT_LOOKBACK && si - back >= 0; back++) {
            if (d->seg.sentences[si - back].paragraph + 1 < para)
                break; /* two paragraphs back: the story has moved on */
            e = subject_of_sentence(d, f, si - back, SIZE_MAX, g, 2);
        }
        if (e < 0)
            e = last_person_before(d, f, before, g, -1);
        /* "'... I think Jurgen Klopp has proved that he's top-level,' he said": the person the
         * quotation names is whom it is about, not who says it; the one named before him */
        if (e >= 0 && named_in(d, f, q->start, q->end, e)) {
            /* ...when the article says that one is a "he" or a "she" as the pronoun is;
             * otherwise no one (a wrong name is worse than none) */
            e = last_person_before(d, f, before, g, e);
            if (e >= 0 && (named_in(d, f, q->start, q->end, e) || !g || !f->ent_gender || f->ent_gender[e] != g))
                e = -1;
        }
        *conf = e >= 0 ? 0.7f : 0;
        return e;
    }
    /* The phrase's head: its last word before a joining word ("Sen. Kim of Ohio", "a
     * spokesman for the ministry"). A name there is the speaker; a name elsewhere only
     * describes ("a Trump supporter", "a New Hampshire Republican"). */
    size_t head = q->speaker_tok_end - 1;
    for (size_t k = k0 + 1; k < q->speaker_tok_end; k++)
        if (doc_tok_is(d, k, "of") || doc_tok_is(d, k, "at") || doc_tok_is(d, k, "for") || doc_tok_is(d, k, "from")) {
            head = k - 1;
            break;
        }
    int32_t e = entity_in_span(f, q->speaker_start, d->seg.tokens[head].end, NER_PER, false);
    bool named = false;
    for (size_t i = first_mention_from(f, q->speaker_start); e >= 0 && i < f->ents.n_mentions && !named; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        named = m->entity == e && m->start >= q->speaker_start && m->end == d->seg.tokens[head].end;
        if (m->start >= q->speaker_end)
            break;
    }
    if (!named)
        e = -1;
    if (e >= 0 && f->ents.entities[e].type == NER_PER) {
        *conf = 0.9f;
        return e;
    }
    /* "the Russia president": the person whose role shares most words with the phrase */
    int best = 0;
    int32_t best_e = -1;
    /* the people named most recently first (entities come in order of first mention: a binary
     * search), at most ROLE_LOOKBACK entities back: a document's quotes stay linear */
    size_t lo = 0, hi = f->ents.n_entities;
    while (lo < hi) { /* the first entity first named at or after the phrase */
        size_t mid = lo + (hi - lo) / 2;
        if (f->ents.entities[mid].first < q->speaker_start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo, seen = 0; i-- > 0 && seen < ROLE_LOOKBACK; seen++) {
        const ner_entity *en = &f->ents.entities[i];
        if (en->type != NER_PER || !en->has_role)
            continue;
        int s = role_overlap(d, k0, q->speaker_end, en->role_start, en->role_end);
        if (s > best) { /* ties go to the most recent person */
            best = s;
            best_e = (int32_t)i;
        }
    }
    if (best_e >= 0) {
        *conf = 0.7f;
        return best_e;
    }
    if (e >= 0 && f->ents.entities[e].type == NER_ORG) {
        *conf = 0.8f; /* "the ministry said": the organisation's statement */
        return e;
    }
    /* “...,” the Republican said: a party's or a nation's member named by the definite article
     * alone is a description of one person, the one named last (as "the senator" is) */
    if (e >= 0 && f->ents.entities[e].type == NER_MISC && doc_tok_is(d, k0, "the") &&
        q->speaker_tok_end == (uint32_t)k0 + 2) {
        int32_t p = last_person_before(d, f, q->start < q->speaker_start && q->end > q->start ? q->start : q->speaker_start, 0, -1);
        if (p >= 0) {
            *conf = 0.5f;
            return p;
        }
    }
    /* "Brent Bozell III, founder of ..., said": a name of two or more capitalised words that
     * the recogniser typed as neither a person nor a place, speaking with a verb of saying, is
     * most likely a person or a body; its words are kept, without the entity */
    if (e >= 0 && f->ents.entities[e].type == NER_MISC && q->verb_end > 0 && !doc_tok_is(d, k0, "the") &&
        q->speaker_tok_end >= (uint32_t)k0 + 2) {
        *conf = 0.4f;
        return -1;
    }
    if (e >= 0)
        return -1; /* a place or a thing is no one's voice */
    /* "the People's Daily newspaper", "the Clinton campaign": a body's noun after its name
     * (not "the memo for members of Congress", whose body is what it was written for, nor
     * "Sanders protesters", people for the name rather than the body it names) */
    int32_t org = entity_in_span(f, q->speaker_start, d->seg.tokens[head].start, NER_ORG, false);
    if (org >= 0 && f->ents.entities[org].type == NER_ORG && not_a_person(d, head) &&
        !agent_noun(d, (uint32_t)head) && d->seg.tokens[head].shape == SHAPE_LOWER) {
        *conf = 0.7f;
        return org;
    }
    if (!words_can_speak(d, f, q))
        return -1; /* "Sunday", "Likewise", "last week": no one's voice */
    /* "the senator", "the CNN host", "the 41-year-old": a definite description of one person
     * is the person named last before it (a reader's reading), unless its head names a body
     * or a thing ("the company", "the report") */
    *conf = 0.5f;
    /* ...but "the head of the Football Association of Montenegro" names its body: that is
     * someone of the body, not whoever was named last */
    bool of_body = head + 1 < q->speaker_tok_end &&
                   entity_in_span(f, d->seg.tokens[head + 1].start, q->speaker_end, -1, false) >= 0;
    /* ...and only when it names a person: its head a role or a noun for people ("the senator",
     * "the nominee", "the presenter") or the phrase an age ("the 40-year-old comedian"); "the
     * affidavit", "The email", "The move" are things, whoever was named before them */
    bool role = ner_role_word(d, head) || people_word(d, head, PW_ROLE | PW_MALE | PW_FEMALE) ||
                agent_noun(d, (uint32_t)head);
    for (size_t k = k0 + 1; k <= head && !role; k++)
        role = d->seg.tokens[k].shape == SHAPE_ALNUM;
    if (doc_tok_is(d, k0, "the") && q->speaker_tok_end > (uint32_t)k0 + 1 && !d->tok_stop[head] &&
        (d->seg.tokens[head].shape == SHAPE_LOWER || d->seg.tokens[head].shape == SHAPE_ALNUM) &&
        !not_a_person(d, head) && !of_body && role) {
        uint32_t before = q->start < q->speaker_start && q->end > q->start ? q->start : q->speaker_start;
        int32_t p = last_person_before(d, f, before, 0, -1);
        /* ...when no other person is named in its own sentence or the one before ("As far as
         * whether Sanders senses hatred of Clinton, the Vermont senator acknowledged"): with
         * two to choose from the nearest is a guess, and the description is kept as it is */
        if (p >= 0 && other_person_near(d, f, before, p))
            return -1;
        /* ...nor when that person is named earlier in the same sentence: a writer would say
         * "she" ("Crawford tipped the scales when she overheard the young bus passenger ask his
         * mum: “...”" is someone else) */
        if (p >= 0 && named_in(d, f, d->seg.sentences[d->seg.tokens[k0].sentence].start, q->speaker_start, p))
            return -1;
        if (p >= 0)
            return p;
    }
    return -1;
}

/* The speaker of a speech clause in sentence `si` ("Developers, she says, still find...",
 * "Kim, the mayor, said in a statement."), resolved as a quotation's speaker would be: its
 * entity (or -1) with the speaker's words in *out, false when there is none or it is withheld. */
static bool clause_speaker(const precis_doc *d, const facts *f, int32_t si, quote *out, int32_t *ent, float *conf) {
    size_t s, e;
    if (!quotes_clause_speaker(d, si, &s, &e))
        return false;
    memset(out, 0, sizeof *out);
    out->speaker_token = (int32_t)s;
    out->speaker_tok_end = (uint32_t)e;
    out->speaker_start = d->seg.tokens[s].start;
    out->speaker_end = d->seg.tokens[e - 1].end;
    out->start = out->end = out->speaker_start;
    *ent = resolve_speaker(d, f, out, conf);
    return *conf > 0;
}

/* Quote i takes the speaker of quote `from`, with at most `conf` confidence. */
static void copy_speaker(facts *f, size_t i, size_t from, float conf) {
    quote *q = &f->quotes[i];
    const quote *o = &f->quotes[from];
    q->speaker_token = o->speaker_token;
    q->speaker_tok_end = o->speaker_tok_end;
    q->speaker_start = o->speaker_start;
    q->speaker_end = o->speaker_end;
    q->verb_start = o->verb_start;
    q->verb_end = o->verb_end;
    q->continued = true;
    f->quote_speaker[i] = f->quote_speaker[from];
    f->quote_conf[i] = conf < f->quote_conf[from] ? conf : f->quote_conf[from];
}

/* The first token of the paragraph holding sentence si. */
static uint32_t para_first_token(const precis_doc *d, int32_t si) {
    const paragraph *p = &d->seg.paragraphs[d->seg.sentences[si].paragraph];
    return d->seg.sentences[p->sent_start].tok_start;
}

/* A quotation without a speaker of its own continues the speaker before it:
 *  - a paragraph of a quotation run on from the paragraph before takes that one's speaker;
 *  - the previous quotation's, in the same paragraph (“...,” Kim said. “...”), which it joins:
 *    one quotation interrupted by its attribution;
 *  - else a speech clause in the previous sentence (She says the city taught her... “...”);
 *  - a quotation standing alone at the head of a paragraph, right after a paragraph that
 *    ended with a quotation of a known speaker, or with a person's reported speech, takes
 *    that speaker (with less confidence). */
static void continue_speakers(const precis_doc *d, facts *f) {
    for (size_t i = 0; i < f->n_quotes; i++) {
        quote *q = &f->quotes[i];
        const quote *o = i > 0 ? &f->quotes[i - 1] : NULL;
        if (o && q->continues && o->runs_on) {
            if (q->speaker_token < 0 && o->speaker_token >= 0)
                copy_speaker(f, i, i - 1, 0.8f);
            q->joins = true;
            continue;
        }
        /* “...,” she said, “...”: both parts name the same words as the speaker */
        if (o && q->speaker_token >= 0 && q->speaker_start == o->speaker_start && o->speaker_token >= 0 &&
            !o->continued)
            q->joins = true;
        /* “...,” they said: the quotation's own cue names no one to give, and carrying another
         * speaker over would contradict it */
        if (q->speaker_token >= 0 || q->held || q->sentence <= 0)
            continue;
        uint32_t para = d->seg.sentences[q->sentence].paragraph;
        int32_t prev = q->sentence - 1;
        if (o && o->speaker_token >= 0 && d->seg.sentences[o->sentence].paragraph == para) {
            copy_speaker(f, i, i - 1, 0.8f);
            q->joins = true;
            continue;
        }
        quote c;
        int32_t ce;
        float cc;
        /* the clause just before: in the same paragraph, or ending the paragraph before with a
         * colon (Kim said in a statement: ¶ “...”) */
        bool colon = d->seg.sentences[prev].paragraph + 1 == para && d->seg.sentences[prev].end > 0 &&
                     d->text[d->seg.sentences[prev].end - 1] == ':';
        if ((d->seg.sentences[prev].paragraph == para || colon) && clause_speaker(d, f, prev, &c, &ce, &cc)) {
            q->speaker_token = c.speaker_token;
            q->speaker_tok_end = c.speaker_tok_end;
            q->speaker_start = c.speaker_start;
            q->speaker_end = c.speaker_end;
            q->continued = true;
            f->quote_speaker[i] = ce;
            f->quote_conf[i] = cc < 0.6f ? cc : 0.6f;
            continue;
        }
        if (d->seg.sentences[prev].paragraph == para)
            continue;
        /* a quotation opening its paragraph, the paragraph before ending with a quotation */
        if (o && o->speaker_token >= 0 && f->quote_speaker[i - 1] >= 0 &&
            d->seg.sentences[o->sentence].paragraph + 1 == para &&
            doc_token_at(d, q->start) <= para_first_token(d, q->sentence) + 1) {
            const paragraph *pp = &d->seg.paragraphs[para - 1];
            uint32_t tail = o->end;
            while (tail < pp->end && (d->text[tail] == ' ' || (unsigned char)d->text[tail] >= 0x80 ||
                                      strchr("\"'.,!?", d->text[tail])))
                tail++;
            /* or with the sentence of that quotation and its attribution (“...,” Kim said
             * Friday. ¶ “...”): news runs a speaker's words on into the next paragraph */
            bool attributed_last = o->speaker_start >= o->end && (uint32_t)o->sentence + 1 == pp->sent_end;
            if (tail >= pp->end || attributed_last) {
                copy_speaker(f, i, i - 1, 0.5f);
                continue;
            }
        }
        /* a quotation opening its paragraph after a paragraph that ends with a person's reported
         * speech (Kim said the plan would fail. ¶ “It is a disaster.”): that person, when the
         * quotation's sentence has no other cue (it would have found it) */
        if (doc_token_at(d, q->start) <= para_first_token(d, q->sentence) + 1 &&
            d->seg.sentences[prev].paragraph + 1 == para && clause_speaker(d, f, prev, &c, &ce, &cc) && ce >= 0 &&
            f->ents.entities[ce].type == NER_PER && (!o || o->end < d->seg.sentences[prev].start)) {
            q->speaker_token = c.speaker_token;
            q->speaker_tok_end = c.speaker_tok_end;
            q->speaker_start = c.speaker_start;
            q->speaker_end = c.speaker_end;
            q->continued = true;
            f->quote_speaker[i] = ce;
            f->quote_conf[i] = 0.5f;
        }
    }
    /* “...(no close) ¶ “...,” she said: the speaker named in a later paragraph of the quotation
     * goes back to the earlier ones */
    for (size_t i = f->n_quotes; i-- > 1;)
        if (f->quotes[i].joins && f->quotes[i].continues && f->quotes[i].speaker_token >= 0 &&
            f->quotes[i - 1].speaker_token < 0 && !f->quotes[i - 1].held)
            copy_speaker(f, i - 1, i, 0.8f);
}

/* ---- slots --------------------------------------------------------------------------------- */

/* The opening of the story: the headline (a first line without a full stop, when there is
 * one) and the lede. News names its main actors there ("Taliban attacks German consulate");
 * the people of the body are witnesses, experts and background. */
typedef struct story_opening {
    int32_t headline; /* sentence index, or -1 */
    int32_t lede;     /* sentence index, or -1 */
    int32_t front_end; /* the last sentence of the front (in_front), or -1 */
} story_opening;

/* The top of the story: the headline, the lede and the FRONT_AFTER_LEDE sentences of story
 * after it (a caption, a share bar or a page's control between them is not counted), where
 * news states who, what, where and when. Slots rank by it rather than by the extract, so
 * that they do not change with the summary's budget. */
#define ANSWER_WORDS_MAX 10 /* words of a short answer to a question lede ("An avid interest in poker.") */
#define FRONT_AFTER_LEDE 2
static story_opening opening_of(const precis_doc *d) {
    story_opening o = {-1, facts_lede(d), -1};
    if (o.lede >= 0) {
        o.front_end = o.lede;
        for (size_t i = (size_t)o.lede + 1, n = 0; i < d->seg.n_sentences && n < FRONT_AFTER_LEDE; i++)
            if (!(d->boilerplate && d->boilerplate[i])) {
                o.front_end = (int32_t)i;
                n++;
            }
    }
    for (size_t i = 0; i + 1 < d->seg.n_sentences && (o.lede < 0 || (int32_t)i < o.lede); i++) {
        if (d->boilerplate && d->boilerplate[i])
            continue;
        /* a headline has no full stop (inside closing quotation marks either: 'Donald Trump said
         * Hillary Clinton "caused death."' is a sentence), and the story follows it */
        int last = doc_sentence_final(d, i);
        size_t words = doc_sentence_words(d, i);
        if (words >= 3 && words <= 25 && last != '.' && last != '!' && last != '?') {
            o.headline = (int32_t)i;
            break;
        }
    }
    return o;
}

static bool in_front(const story_opening *op, int32_t si) {
    return si >= 0 && (si == op->headline || (op->lede >= 0 && si >= op->lede && si <= op->front_end));
}

#define WHO_HEADLINE 1.0 /* named in the headline: an actor of the main event */
#define WHO_LEDE 0.5     /* named in the lede */
#define WHO_OPENS 0.5    /* opens the headline: its subject ("FBI declares ... Clinton's email") */
#define WHO_UNSURE 0.3   /* a person known only by one word, with no role or title */

/* True when byte b lies inside an outlet's name ("(Reuters)", "AFP reported"); the people of
 * reported speech ("Gunn said that ...") are sources too, and actors. Linear in the sources:
 * for a few bytes at the head of the text only (mark_outlets serves the mentions). */
static bool in_source(const facts *f, uint32_t b) {
    for (size_t i = 0; i < f->n_sources; i++)
        if (f->sources[i].named && !f->sources[i].speech && b >= f->sources[i].start && b < f->sources[i].end)
            return true;
    return false;
}

/* Sets outlet[k] for every mention k inside an outlet's name: one binary search a source, so
 * that the test costs no scan of the sources per mention (a long text has thousands of
 * both). */
static void mark_outlets(const facts *f, uint8_t *outlet) {
    for (size_t i = 0; i < f->n_sources; i++) {
        const source *s = &f->sources[i];
        if (!s->named || s->speech)
            continue;
        for (size_t k = first_mention_from(f, s->start); k < f->ents.n_mentions && f->ents.mentions[k].start < s->end; k++)
            outlet[k] = 1;
    }
}

/* Tokens at the head of a text where a dateline stands ("MANILA (AP) —"). */
#define DATELINE_TOKENS 16

/* `story` (one byte per entity, zeroed) is scratch: marking entities named outside boilerplate
 * in one pass over the mentions keeps this linear (a scan of all mentions per person was
 * quadratic: 4.5 s for 60,000 names, benchmarks/pathological.sh). Bit 1: named in the story;
 * bit 2: in the headline; bit 4: in the lede; bit 8: named other than as a source; bit 16: a
 * person written with a full name or a title; bit 32: opening the headline.
 *
 * Who: people, and organisations that the headline or the lede names (a club, a party, the
 * Taliban act in news as people do; an organisation only mentioned further down is context).
 * Ranked by salience plus WHO_HEADLINE / WHO_LEDE / WHO_OPENS. */
static void choose_who(const precis_doc *d, facts *f, uint8_t *story, uint8_t *outlet) {
    f->n_who = 0;
    story_opening op = opening_of(d);
    mark_outlets(f, outlet);
    for (size_t k = 0; k < f->ents.n_mentions; k++) {
        const ner_mention *m = &f->ents.mentions[k];
        if (m->entity < 0 || (size_t)m->entity >= f->ents.n_entities || (m->flags & NERM_DEMONYM) ||
            (d->boilerplate && d->boilerplate[m->sentence]))
            continue;
        story[m->entity] |= 1;
        /* a person written with a full name that opens with no function word ("Felipe Massa",
         * not "If Trump"), or with a title ("Mr Long"), is one the recogniser is sure of */
        if (m->type == NER_PER) {
            size_t words = 0;
            for (uint32_t t = m->tok_start; t < m->tok_end; t++)
                words += d->seg.tokens[t].kind == TOK_WORD;
            if ((words >= 2 && !d->tok_stop[m->tok_start]) || title_gender(d, m))
                story[m->entity] |= 16;
        }
        /* "MANILA (AP) —": the dateline's place, whatever the recogniser typed it; "the
         * journal Circulation": a publication, which reports the story rather than acts in it */
        bool dateline = m->tok_end < DATELINE_TOKENS && m->tok_end + 1 < d->seg.n_tokens &&
                        doc_tok_is(d, m->tok_end, "(") && in_source(f, d->seg.tokens[m->tok_end + 1].start);
        bool publication = m->tok_start > 0 && (doc_tok_is(d, m->tok_start - 1, "journal") ||
                                                doc_tok_is(d, m->tok_start - 1, "newspaper") ||
                                                doc_tok_is(d, m->tok_start - 1, "magazine"));
        if (outlet[k] || dateline || publication)
            continue; /* it counts neither as an actor nor as named in the opening */
        story[m->entity] |= 8;
        if (m->sentence == op.headline)
            story[m->entity] |= 2;
        /* the headline's first words name its subject ("The" aside) */
        if (m->sentence == op.headline && op.headline >= 0 &&
            (m->tok_start == d->seg.sentences[op.headline].tok_start ||
             (m->tok_start == d->seg.sentences[op.headline].tok_start + 1 &&
              doc_tok_is(d, d->seg.sentences[op.headline].tok_start, "the"))))
            story[m->entity] |= 32;
        if (m->sentence == op.lede)
            story[m->entity] |= 4;
    }
    double score[FACTS_MAX_SLOT];
    for (size_t i = 0; i < f->ents.n_entities; i++) {
        const ner_entity *e = &f->ents.entities[i];
        if (e->n_direct == 0 || !(story[i] & 1))
            continue; /* named only in boilerplate (a byline, a press contact): not of the story */
        if (e->type != NER_PER && !(e->type == NER_ORG && (story[i] & 6)))
            continue;
        if (!(story[i] & 8))
            continue; /* a news agency or paper named only as the source: it reports, not acts */
        double sc = e->salience + ((story[i] & 2) ? WHO_HEADLINE : 0) + ((story[i] & 4) ? WHO_LEDE : 0) +
                    ((story[i] & 32) ? WHO_OPENS : 0);
        /* a one-word "person" with no role and no title is as often a caption's or a page's
         * word taken for a name ("Image copyright", "Click to share") as a surname whose full
         * form the linker missed: it comes after the people and organisations named surely */
        if (e->type == NER_PER && !e->has_role && !(story[i] & 16))
            sc -= WHO_UNSURE;
        /* insertion by score, ties by first mention (entities come in that order) */
        size_t pos = f->n_who;
        while (pos > 0 && score[pos - 1] < sc)
            pos--;
        if (pos >= FACTS_MAX_SLOT)
            continue;
        size_t last = f->n_who < FACTS_MAX_SLOT ? f->n_who : FACTS_MAX_SLOT - 1;
        memmove(&f->who[pos + 1], &f->who[pos], (last - pos) * sizeof f->who[0]);
        memmove(&score[pos + 1], &score[pos], (last - pos) * sizeof score[0]);
        f->who[pos] = (int32_t)i;
        score[pos] = sc;
        if (f->n_who < FACTS_MAX_SLOT)
            f->n_who++;
    }
}

/* "the port of Sines", "the city of Mazar-i-Sharif": a place noun and "of" before token k. */
static bool place_of(const precis_doc *d, uint32_t k) {
    return k >= 2 && doc_tok_is(d, k - 1, "of") && fact_word(d, k - 2, FW_PLACE_NOUN);
}

bool facts_event_noun(const precis_doc *d, size_t k) {
    buf scratch;
    buf_init(&scratch);
    bool noun = event_class(d, k, &scratch) == EVENT_NOUN;
    buf_free(&scratch);
    return noun;
}

bool facts_place_introduced(const precis_doc *d, uint32_t tok_start, uint32_t tok_end) {
    bool qualifies = tok_end < d->seg.n_tokens && d->seg.tokens[tok_end].kind == TOK_POSSESSIVE;
    bool preposition = tok_start > 0 && (doc_tok_is(d, tok_start - 1, "in") || doc_tok_is(d, tok_start - 1, "at"));
    /* (not what a holding or a post is in: "a 20% stake in Sina", "manager at Manchester
     * City", firms and clubs the recogniser may take for places) */
    if (preposition && tok_start > 1 && (doc_tok_class(d, &d->lang->brief_words, tok_start - 2) & BW_AFFILIATION))
        return false;
    return tok_start > 0 && !qualifies && (preposition || place_of(d, tok_start));
}

/* The gazetteer classes of text[0..n), case-folded; 0 when the gazetteer does not know it,
 * the document has no recogniser, or the text is longer than any key. */
static uint32_t gaz_classes_of(const precis_doc *d, const char *text, size_t n) {
    const ner_model *nm = ner_model_of_doc(d);
    char key[128];
    if (!nm || n == 0 || n >= sizeof key)
        return 0;
    for (size_t i = 0; i < n; i++)
        key[i] = (char)tolower((unsigned char)text[i]);
    const ner_gaz_entry *g = ner_gaz_get(ner_model_gaz(nm), key, n);
    return g ? g->classes : 0;
}

uint32_t facts_token_gaz_classes(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    return gaz_classes_of(d, d->text + t->start, t->end - t->start);
}

uint32_t facts_entity_gaz_classes(const precis_doc *d, const ner_entity *e) {
    return gaz_classes_of(d, e->name, e->name_len);
}

/* How broad a place is, from the gazetteer: 3 for a geographic feature (a continent, a sea,
 * a range: "Asia" is the context of "a TV sensation in the Philippines"), 2 for a country, 1
 * for a state or region, 0 for a city, a site or a place the gazetteer does not know (most
 * of which are small). */
static int place_breadth(const precis_doc *d, const ner_entity *e) {
    uint32_t c = facts_entity_gaz_classes(d, e);
    if (c & GZ_CITY)
        return 0;
    return (c & GZ_COUNTRY) ? 2 : (c & GZ_REGION) ? 1 : (c & GZ_GEO) ? 3 : 0;
}

/* "where" wants the most specific place of the event: "Mazar-i-Sharif" before
 * "Afghanistan", which news names for context. Per step of breadth. */
#define WHERE_BREADTH 0.4
#define NOT_A_PLACE (-1e9) /* rank of an entity that is no candidate (ranks can go below 0) */
#define RANK_ON_STACK 256  /* entities ranked without a heap allocation */

static void choose_where(const precis_doc *d, facts *f) {
    /* Rank places: named at the top of the story, then by salience. */
    story_opening op = opening_of(d);
    /* one rank per entity: on the stack for an ordinary article, on the heap for a long one
     * (a document can name thousands of entities); without memory, the first ones only */
    double on_stack[RANK_ON_STACK];
    size_t ne = f->ents.n_entities;
    double *rank = ne <= RANK_ON_STACK ? on_stack : malloc(ne * sizeof *rank);
    if (!rank) {
        rank = on_stack;
        ne = RANK_ON_STACK;
    }
    for (size_t i = 0; i < ne; i++)
        rank[i] = NOT_A_PLACE;
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->entity < 0 || (size_t)m->entity >= ne || (m->flags & (NERM_DEMONYM | NERM_IN_ROLE)) ||
            (d->boilerplate && d->boilerplate[m->sentence]))
            continue;
        const ner_entity *e = &f->ents.entities[m->entity];
        if (e->type != NER_LOC)
            continue;
        double r = e->salience - WHERE_BREADTH * place_breadth(d, e);
        if (in_front(&op, m->sentence))
            r += 1.0;
        /* "in Vladivostok", "at the Hanoi summit", "the port of Sines": the preposition of
         * place, at the top of the story, names where the story happens; not in "at
         * Portugal's largest harbour", where the place qualifies the harbour */
        if (facts_place_introduced(d, m->tok_start, m->tok_end))
            r += in_front(&op, m->sentence) ? 1.5 : 0.5;
        if (r > rank[m->entity])
            rank[m->entity] = r;
    }
    f->n_where = 0;
    for (;;) {
        size_t best = ne;
        for (size_t i = 0; i < ne; i++)
            if (rank[i] > NOT_A_PLACE && (best == ne || rank[i] > rank[best]))
                best = i;
        if (best == ne || f->n_where == FACTS_MAX_SLOT)
            break;
        rank[best] = NOT_A_PLACE;
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
            if (i + 1 < f->ents.n_mentions && m->tok_end < d->seg.n_tokens && doc_tok_is(d, m->tok_end, ",")) {
                const ner_mention *c = &f->ents.mentions[i + 1];
                /* "London, Frankfurt and Paris" is a list, not a city in a country */
                const ner_mention *c2 = i + 2 < f->ents.n_mentions ? &f->ents.mentions[i + 2] : NULL;
                bool list = c2 && c2->tok_start == c->tok_end + 1 && c2->type == NER_LOC &&
                            (doc_tok_is(d, c->tok_end, ",") || doc_tok_is(d, c->tok_end, "and") || doc_tok_is(d, c->tok_end, "or"));
                /* "Sun Interbrew, Russia's second-largest brewer" is an apposition, not a place
                 * in a country */
                bool owner = c->tok_end < d->seg.n_tokens && d->seg.tokens[c->tok_end].kind == TOK_POSSESSIVE;
                if (c->tok_start == m->tok_end + 1 && c->entity >= 0 && c->entity != (int32_t)best && !list && !owner &&
                    f->ents.entities[c->entity].type == NER_LOC && !(c->flags & NERM_DEMONYM)) {
                    p.start = m->start;
                    p.end = m->end;
                    p.container = c->entity;
                    p.cstart = c->start;
                    p.cend = c->end;
                    if ((size_t)c->entity < ne)
                        rank[c->entity] = rank[c->entity] > NOT_A_PLACE ? rank[c->entity] - 0.5 : rank[c->entity];
                    break;
                }
            }
        }
        f->where[f->n_where++] = p;
    }
    if (rank != on_stack)
        free(rank);
}

static bool inside_quote(const facts *f, size_t byte) {
    for (size_t i = 0; i < f->n_quotes; i++)
        if (byte >= f->quotes[i].start && byte < f->quotes[i].end)
            return true;
    return false;
}

/* A date that is not the time of the story's event: a year far from the document's ("the
 * Cubs had not won since 1908", "born in 1997"), a deadline or limit ("by 2030", "until
 * March", "before Friday"), or the dateline's day of writing. Without a document date the
 * year rule does not apply. */
#define WHEN_YEARS_APART 1
/* The end of a dateline ("LISBON, March 12 (Reuters) -", "MANILA (AP) —", "New Delhi, India
 * (CNN)As the earth shook ..."): the byte after its dash, or after the outlet's bracket when
 * the story's first word follows it with no space; 0 when the text opens with none. Its date
 * is the day of writing, not of the event. */
static uint32_t dateline_end(const precis_doc *d, const facts *f) {
    if (d->seg.n_sentences == 0)
        return 0;
    /* (the lede's, below a title in a paragraph of its own: "Trump urges ...\n\nWASHINGTON
     * (AP) — ...") */
    const sentence *s = &d->seg.sentences[0];
    if (d->seg.n_sentences > 1 && d->seg.sentences[1].paragraph != s->paragraph && facts_lede(d) == 1)
        s = &d->seg.sentences[1];
    for (uint32_t k = s->tok_start + 1; k < s->tok_end && k < s->tok_start + DATELINE_TOKENS; k++) {
        if (!doc_tok_is(d, k - 1, ")") || k < 2 || !in_source(f, d->seg.tokens[k - 2].start))
            continue;
        if (doc_tok_is_dash(d, k))
            return d->seg.tokens[k].end;
        if (d->seg.tokens[k].kind == TOK_WORD && d->seg.tokens[k].shape != SHAPE_LOWER &&
            !(d->seg.tokens[k].flags & TOKF_SPACE_BEFORE))
            return d->seg.tokens[k - 1].end;
    }
    return 0;
}

static bool background_time(const precis_doc *d, const facts *f, const timex *t) {
    if (t->start < f->dateline_end)
        return true;
    size_t k = doc_token_at(d, t->start);
    if (k > 0 && k <= d->seg.n_tokens &&
        (doc_tok_is(d, k - 1, "by") || doc_tok_is(d, k - 1, "until") || doc_tok_is(d, k - 1, "till") ||
         doc_tok_is(d, k - 1, "before") || doc_tok_is(d, k - 1, "since") || doc_tok_is(d, k - 1, "deadline")))
        return true;
    if (!f->dct[0] || !isdigit((unsigned char)t->value[0]) || !isdigit((unsigned char)t->value[3]))
        return false;
    int year = atoi(t->value), doc_year = atoi(f->dct);
    return year < doc_year - WHEN_YEARS_APART || year > doc_year + WHEN_YEARS_APART;
}

/* How a date of the body ranks as the event's time (lower first): news reports what happened
 * last, so a day on or before the document's date comes first, the nearest first ("Saturday"
 * in a story of Sunday before "6 November" a week earlier); then months, years and days
 * without a document date to measure by, in document order; then days after the document's
 * date, which are plans ("the inauguration on 20 January", "Christmas"). */
#define WHEN_AFTER (1L << 20)
static long body_rank(const facts *f, const timex *t) {
    long day, dct;
    if (!f->dct[0] || !timex_value_day(f->dct, &dct) || !timex_value_day(t->value, &day))
        return WHEN_AFTER / 2;
    return day > dct ? WHEN_AFTER : dct - day;
}

/* Whether timex i may answer when: not a duration, a set or a reference ("currently",
 * "recently": true but not an answer), not inside a quotation, not a repetition of an answer
 * already taken ("Sunday" said twice is one answer). */
static bool when_candidate(const precis_doc *d, const facts *f, size_t i) {
    const timex *t = &f->timexes[i];
    if (t->type == TIMEX_DURATION || t->type == TIMEX_SET || strstr(t->value, "_REF") || inside_quote(f, t->start))
        return false;
    /* "from the winter storms", "the summer holidays": a season of no year before a noun
     * qualifies the noun, and says nothing of when the event was */
    size_t vl = strlen(t->value);
    if (vl == 7 && memcmp(t->value, "XXXX-", 5) == 0 &&
        (strcmp(t->value + 5, "WI") == 0 || strcmp(t->value + 5, "SU") == 0 || strcmp(t->value + 5, "SP") == 0 ||
         strcmp(t->value + 5, "FA") == 0)) {
        size_t k = doc_token_at(d, t->end);
        if (k < d->seg.n_tokens && d->seg.tokens[k].kind == TOK_WORD && d->seg.tokens[k].shape == SHAPE_LOWER &&
            !d->tok_stop[k])
            return false;
    }
    for (size_t j = 0; j < f->n_when; j++) {
        const timex *o = &f->timexes[f->when[j]];
        if (f->when[j] == i || (strcmp(o->value, t->value) == 0 && o->end - o->start == t->end - t->start &&
                                memcmp(d->text + o->start, d->text + t->start, t->end - t->start) == 0))
            return false;
    }
    return true;
}

/* Whether a time is that of an event the text names right before it ("the bombing late
 * Thursday", "talks on Friday"). In the opening, such a time is the event's rather than an
 * update's ("the death toll rose to at least six Friday"). Not a time before the noun:
 * "following Tuesday's election" names the background of the story more often than its
 * event. */
static bool event_time(precis_doc *d, const timex *t, buf *scratch) {
    size_t k = doc_token_at(d, t->start);
    if (k >= d->seg.n_tokens)
        return false;
    if (k > 0 && event_class(d, k - 1, scratch) == EVENT_NOUN)
        return true;
    return k > 1 && (doc_tok_is(d, k - 1, "on") || doc_tok_is(d, k - 1, "at")) &&
           event_class(d, k - 2, scratch) == EVENT_NOUN;
}

/* When: dates and times of the story's opening (headline and lede and the sentences after
 * it) first, those of a named event before the others, else in document order; then the
 * body's, by body_rank; then background dates. */
/* News happens on the day it is written or just before. When the document's date is given
 * with it (--date, a batch record's date, an HTML page's <time>: not a dateline, which the
 * text holds and the slot reads) and the top of the story names no time, the slot's first
 * answer is that date, unless the body's best answer is a day of the DATED_RECENT_DAYS
 * before it ("on Sunday" in a Tuesday story). Without it the body's first time led the slot,
 * and on pages it is often background ("Last year, the firm ...") or a related link's
 * ("... prank kids on Halloween"). The date is the entry after the timexes' list, with no
 * span; it goes first and the other answers move down (the last drops off a full slot). */
#define DATED_RECENT_DAYS 7
static void when_dated(const precis_doc *d, facts *f, const story_opening *op) {
    long dct, day;
    if (!d->opts.date[0] || !timex_value_day(f->dct, &dct))
        return;
    if (f->n_when) {
        const timex *t = &f->timexes[f->when[0]];
        if (in_front(op, sentence_of(d, t->start)) && !background_time(d, f, t))
            return;
        if (timex_value_day(t->value, &day) && day <= dct && dct - day <= DATED_RECENT_DAYS)
            return;
    }
    timex *dated = &f->timexes[f->n_timexes];
    memset(dated, 0, sizeof *dated);
    dated->type = TIMEX_DATE;
    memcpy(dated->value, f->dct, 10);
    size_t n = f->n_when < FACTS_MAX_SLOT ? f->n_when : FACTS_MAX_SLOT - 1;
    memmove(&f->when[1], &f->when[0], n * sizeof f->when[0]);
    f->when[0] = f->n_timexes;
    f->n_when = n + 1;
}

static void choose_when(precis_doc *d, facts *f) {
    buf scratch;
    buf_init(&scratch);
    f->n_when = 0;
    story_opening op = opening_of(d);
    for (int pass = 0; pass < 3; pass++) {
        size_t from = 0; /* in document order, a scan resumes where the last answer was */
        for (;;) {
            size_t best = f->n_timexes;
            long best_rank = 0;
            for (size_t i = from; i < f->n_timexes && f->n_when < FACTS_MAX_SLOT; i++) {
                const timex *t = &f->timexes[i];
                bool front = in_front(&op, sentence_of(d, t->start));
                int want = background_time(d, f, t) ? 2 : front ? 0 : 1;
                if (pass != want || !when_candidate(d, f, i))
                    continue;
                long r = pass == 1 ? body_rank(f, t) : pass == 0 && !event_time(d, t, &scratch);
                if (best == f->n_timexes || r < best_rank) {
                    best = i;
                    best_rank = r;
                }
                if (pass == 2 || (pass == 0 && r == 0))
                    break; /* document order: the first will do */
            }
            if (best == f->n_timexes)
                break;
            f->when[f->n_when++] = best;
            if (pass == 2)
                from = best + 1;
        }
    }
    buf_free(&scratch);
    when_dated(d, f, &op);
}

static void choose_how_many(const precis_doc *d, facts *f) {
    f->n_how_many = 0;
    story_opening op = opening_of(d);
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < f->n_quantities && f->n_how_many < FACTS_MAX_SLOT; i++) {
            const quantity *q = &f->quantities[i];
            bool ext = in_front(&op, q->sentence);
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

/* True when token k is a word of "before and after" that a noun follows: "a set of [before
 * and after] images", where the pair describes the noun. */
static bool in_before_and_after(const precis_doc *d, size_t k) {
    size_t b = doc_tok_is(d, k, "before") ? k
               : doc_tok_is(d, k, "and") && k >= 1 ? k - 1
               : doc_tok_is(d, k, "after") && k >= 2 ? k - 2
                                                     : d->seg.n_tokens;
    return b + 3 < d->seg.n_tokens && doc_tok_is(d, b, "before") && doc_tok_is(d, b + 1, "and") &&
           doc_tok_is(d, b + 2, "after") && d->seg.tokens[b + 3].kind == TOK_WORD && !fact_word(d, b + 3, FW_PHRASE_END);
}

/* Prepositions and conjunctions that end a lead verb phrase. *//* Prepositions and conjunctions that end a lead verb phrase. */
static bool ends_verb_phrase(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    if (t->kind != TOK_WORD && t->kind != TOK_NUMBER)
        return true;
    if (!fact_word(d, k, FW_PHRASE_END))
        return false;
    /* "was inspired by none other than Hillary Clinton": the phrase names its noun */
    if (doc_tok_is(d, k, "than") && k >= 2 && doc_tok_is(d, k - 1, "other") &&
        (doc_tok_is(d, k - 2, "none") || doc_tok_is(d, k - 2, "no")))
        return false;
    return !in_before_and_after(d, k);
}

/* "48-hour", "two-day", "10-year": a hyphenated measure qualifying an event noun. */
static bool measure_modifier(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    const char *h = memchr(d->text + t->start, '-', t->end - t->start);
    if (!h || (t->kind != TOK_WORD && t->kind != TOK_NUMBER))
        return false;
    return (model_word_class(&d->lang->fact_words, h + 1, (size_t)(d->text + t->end - h - 1)) & FW_MEASURE_UNIT) != 0;
}

/* True when sentence i is a headline written as a sentence: the first sentence of the text
 * (boilerplate aside), a paragraph of its own of at most HEADLINE_WORDS_MAX words, which the
 * longer sentence after it restates: at least two of its content words, and half of them,
 * come again there ("Federal court rules against Ohio's purges of voter rolls." above "A
 * federal appeals court ruled Friday against Ohio's procedure for removing voters from
 * state rolls"). A short lede in a paragraph of its own is followed by more of the story,
 * not by itself again. */
#define HEADLINE_WORDS_MAX 16
#define STYLED_TITLE_WORDS_MAX 30 /* words of a title with every longer word capitalised */
#define TITLE_SENTENCES_MAX 3 /* sentences of a first paragraph that is all title */
/* True when sentence i is styled as a title, whatever the sentence after it says: its longer
 * words (four letters or more, past the first) capitalised, at least four and four in five of
 * them ("Hillary Clinton Speaks 'Directly To White People' After Latest Police Shooting."), or
 * a short label and a colon opening it ("Sanders: Clinton needs to ...", "Poll: ..."). With
 * `every`, all of its longer words, and no label: a sentence dense with names ("Britain's
 * Kathy Butler and Hayley Yelling were no match for Benita Johnson in ...") has four in five. */
static bool title_styled(const precis_doc *d, size_t i, bool every) {
    const sentence *s = &d->seg.sentences[i];
    size_t longer = 0, capitalised = 0;
    for (uint32_t k = s->tok_start + 1; k < s->tok_end; k++) {
        const token *t = &d->seg.tokens[k];
        if (t->kind != TOK_WORD || t->end - t->start < 4)
            continue;
        longer++;
        capitalised += t->shape != SHAPE_LOWER;
    }
    if (every)
        return longer >= 4 && capitalised == longer;
    if (longer >= 4 && 5 * capitalised >= 4 * longer)
        return true;
    for (uint32_t k = s->tok_start + 1; k < s->tok_end && k <= s->tok_start + 3; k++) {
        if (doc_tok_is(d, k, ":"))
            return k + 1 < s->tok_end && d->seg.tokens[k + 1].kind == TOK_WORD;
        if (d->seg.tokens[k].kind != TOK_WORD || d->seg.tokens[k].shape == SHAPE_LOWER)
            break;
    }
    return false;
}

/* True when sentence i is styled as a title and short enough for one: HEADLINE_WORDS_MAX
 * words, or STYLED_TITLE_WORDS_MAX when every longer word is capitalised ("Kasich Just
 * Revealed The 1 Thing He Thinks The GOP Will Do, And He's Willing To Bet Money On It."). */
static bool styled_title(const precis_doc *d, size_t i) {
    size_t words = doc_sentence_words(d, i);
    return (words <= HEADLINE_WORDS_MAX && title_styled(d, i, false)) ||
           (words <= STYLED_TITLE_WORDS_MAX && title_styled(d, i, true));
}

/* The content words of sentence i (stop words aside) whose term comes again in sentence j. */
static size_t shared_terms(const precis_doc *d, size_t i, size_t j) {
    const sentence *s = d->seg.sentences;
    size_t again = 0;
    for (uint32_t k = s[i].tok_start; k < s[i].tok_end; k++) {
        if (d->tok_term[k] < 0 || d->tok_stop[k])
            continue;
        for (uint32_t m = s[j].tok_start; m < s[j].tok_end; m++)
            if (d->tok_term[m] == d->tok_term[k]) {
                again++;
                break;
            }
    }
    return again;
}

static bool sentence_headline(const precis_doc *d, size_t i) {
    const sentence *s = d->seg.sentences;
    if (i + 1 >= d->seg.n_sentences || doc_sentence_words(d, i) > STYLED_TITLE_WORDS_MAX)
        return false;
    /* a title styled as one is the headline whatever follows it, and so is each sentence of
     * a first paragraph that is all title ("One Sentence From Trump Just Set Off A Firestorm.
     * His Response Took Everyone By Surprise."), when the story follows in a paragraph of its
     * own ("Anthony Weiner Receives More Bad News After Separation From Wife Huma Abedin."
     * above "Former Democratic congressman Anthony Weiner had a rough day Monday.") */
    /* (at most TITLE_SENTENCES_MAX of them: a text in capitals, one paragraph of short
     * sentences, is no headline, and is not read sentence by sentence for each) */
    if (styled_title(d, i)) {
        size_t first = i, next = i + 1;
        while (first > 0 && s[first - 1].paragraph == s[i].paragraph && i - first < TITLE_SENTENCES_MAX)
            first--;
        while (next < d->seg.n_sentences && s[next].paragraph == s[i].paragraph && next - first <= TITLE_SENTENCES_MAX)
            next++;
        bool title = next < d->seg.n_sentences && s[next].paragraph != s[i].paragraph &&
                     (first == 0 || s[first - 1].paragraph != s[i].paragraph);
        for (size_t j = first; j < next && title; j++)
            title = styled_title(d, j);
        for (size_t j = 0; j < first && title; j++)
            title = d->boilerplate && d->boilerplate[j];
        if (title)
            return true;
    }
    if (s[i + 1].paragraph == s[i].paragraph || doc_sentence_words(d, i + 1) <= doc_sentence_words(d, i) ||
        doc_sentence_words(d, i) > HEADLINE_WORDS_MAX)
        return false;
    for (size_t j = 0; j < i; j++)
        if (!(d->boilerplate && d->boilerplate[j]))
            return false;
    size_t content = 0;
    for (uint32_t k = s[i].tok_start; k < s[i].tok_end; k++)
        content += d->tok_term[k] >= 0 && !d->tok_stop[k];
    size_t again = shared_terms(d, i, i + 1);
    return again >= 2 && 2 * again >= content;
}

/* True when sentence i is a section label: a paragraph of its own of at most three words,
 * written in capitals and closed by a full stop or a colon ("ABSTRACT.", "FULL TEXT."). */
static bool section_label(const precis_doc *d, size_t i) {
    const sentence *s = &d->seg.sentences[i];
    if ((i > 0 && s[-1].paragraph == s->paragraph) ||
        (i + 1 < d->seg.n_sentences && s[1].paragraph == s->paragraph))
        return false;
    size_t words = 0;
    for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
        const token *t = &d->seg.tokens[k];
        if (t->kind == TOK_WORD && (t->shape != SHAPE_UPPER || ++words > 3))
            return false;
        if (t->kind != TOK_WORD && k + 1 < s->tok_end)
            return false;
    }
    int c = doc_sentence_final(d, i);
    return words >= 1 && (c == '.' || c == ':');
}

/* True when sentence i runs a title and its subtitle together: a semicolon ends a line
 * inside it ("Lawmaker urges retaliation on Russia; \nMember of House panel says ..."), as
 * news archives join them; such a sentence is no lede. */
static bool title_and_subtitle(const precis_doc *d, size_t i) {
    const sentence *s = &d->seg.sentences[i];
    for (uint32_t k = s->tok_start; k + 1 < s->tok_end; k++)
        if (doc_tok_is(d, k, ";") && (d->seg.tokens[k + 1].flags & (TOKF_NEWLINE_BEFORE | TOKF_PARA_BEFORE)))
            return true;
    return false;
}

#define LABEL_OPENING 8 /* sentences: where section labels of front matter are looked for */
#define DECKS_MAX 3       /* paragraphs of a headline and the decks under it */
#define DECK_WORDS_MAX 14 /* words of a headline or a deck */

/* The number of paragraphs from sentence i on that are a headline in headline style and the
 * decks under it, each one short sentence, above a lede of TITLE_LEDE_WORDS_MIN words or more
 * ("Truck attack in France kills at least 80. / Suspected Terror on Bastille Day. / 'Carnage
 * on the road' in southern city of Nice. / A truck rammed into a crowd ..."); 0 when the top
 * is no such run. The headline has no article: news headlines leave them out, where a
 * feature's short first paragraph ("It's amazing what a bit of make-up can do.") is prose. */
static size_t headline_and_decks(const precis_doc *d, size_t i) {
    const sentence *s = d->seg.sentences;
    size_t n = 0, head = i;
    while (i < d->seg.n_sentences && n <= DECKS_MAX) {
        bool alone = (i == 0 || s[i - 1].paragraph != s[i].paragraph) &&
                     (i + 1 >= d->seg.n_sentences || s[i + 1].paragraph != s[i].paragraph);
        if (!alone || doc_sentence_words(d, i) > DECK_WORDS_MAX)
            break;
        bool article = false;
        for (uint32_t k = s[i].tok_start; k < s[i].tok_end && !article; k++)
            article = doc_tok_is(d, k, "the") || doc_tok_is(d, k, "a") || doc_tok_is(d, k, "an");
        if (article && n == 0)
            return 0;
        /* a short paragraph in prose, or one that says the headline again, is the lede
         * ("Ted Cruz wins Wisconsin Republican primary. / Ted Cruz has won the Wisconsin
         * Republican primary, according to ..."; "Clinton: I support D.C. statehood. /
         * Hillary Clinton wants to see D.C. become a state.") */
        if (n > 0 && (article || shared_terms(d, head, i) >= 2))
            break;
        n++;
        i++;
    }
    return n >= 2 && n <= DECKS_MAX && i < d->seg.n_sentences && doc_sentence_words(d, i) >= TITLE_LEDE_WORDS_MIN ? n : 0;
}

int32_t facts_lede(const precis_doc *d) {
    /* an archive's front matter ("Title; / Subtitle. / ABSTRACT. / The abstract. / FULL
     * TEXT. / The story ..."): what comes before the first section label at the top is the
     * title's; the abstract after it is written as a lede */
    size_t from = 0;
    for (size_t i = 0; i < d->seg.n_sentences && i < LABEL_OPENING && !from; i++)
        if (section_label(d, i))
            from = i + 1;
    /* (a headline and its decks, each a paragraph of one short sentence) */
    size_t decks = headline_and_decks(d, from);
    for (size_t i = from + decks; i < d->seg.n_sentences; i++) {
        if ((d->boilerplate && d->boilerplate[i]) || doc_sentence_words(d, i) < LEDE_MIN_WORDS ||
            sentence_headline(d, i) || (i == from && title_and_subtitle(d, i)))
            continue;
        /* a headline or a label has no full stop: the lede is the first real sentence */
        int c = doc_sentence_final(d, i);
        if (c == '.' || c == '!' || c == '?')
            return (int32_t)i;
    }
    return -1;
}

/* True when token k is "more" or "than" of "more than" between an auxiliary or a modal
 * (token b) and a verb ("will more than double by 2050"): a degree of the verb. */
static bool determiner(const precis_doc *d, uint32_t k);
static bool more_than_verb(const precis_doc *d, uint32_t b, uint32_t k, uint32_t end) {
    if (k > b && doc_tok_is(d, k, "than") && doc_tok_is(d, k - 1, "more"))
        return true;
    return k > b && k + 2 < end && doc_tok_is(d, k, "more") && doc_tok_is(d, k + 1, "than") &&
           d->seg.tokens[k + 2].kind == TOK_WORD && d->seg.tokens[k + 2].shape == SHAPE_LOWER && !d->tok_stop[k + 2] &&
           !determiner(d, k + 2);
}

/* True when token k is "yet" before "to" ("has yet to address"): a verb group that says
 * the event has not happened. */
static bool yet_to(const precis_doc *d, uint32_t k, uint32_t end) {
    return k + 1 < end && doc_tok_is(d, k, "yet") && doc_tok_is(d, k + 1, "to");
}

/* True when byte b lies inside an entity mention ("Typhoon Rosing" is a name, not an event). */
static bool in_mention(const facts *f, uint32_t b) {
    for (size_t i = 0; i < f->ents.n_mentions; i++)
        if (b >= f->ents.mentions[i].start && b < f->ents.mentions[i].end)
            return true;
    return false;
}

#define HEADLINE_PHRASE_SLACK 2 /* tokens past the cap to the phrase's own end */
#define HEADLINE_PHRASE_MAX 6 /* tokens: a verb and its object ("hails Max Verstappen's performance") */

/* The predicate of a headline written in sentence case: after the subject (the words up to
 * the first lower-case content word: "Taliban", "Hillary Clinton", "F1 legend"... ), the verb
 * and its object, up to a preposition, a conjunction or punctuation ("attacks German
 * consulate", "blames loss", "win World Series"). A label before a colon ("Croydon tram
 * crash: Police identify three remaining victims") is skipped. Title-case headlines have no
 * lower-case word to go by and give nothing. */
/* The first PER mention that starts at token k, or NULL. */
static const ner_mention *person_at(const facts *f, uint32_t k) {
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->tok_start > k)
            break;
        if (m->tok_start == k && m->type == NER_PER)
            return m;
    }
    return NULL;
}

static bool irregular_past(const precis_doc *d, uint32_t k);
static bool ends_with(const precis_doc *d, uint32_t k, const char *suffix);
static bool ing_word(const precis_doc *d, uint32_t k);
static bool kept_pronoun_object(const precis_doc *d, uint32_t k, uint32_t from);
static bool object_pronoun(const precis_doc *d, uint32_t k);
static bool ends_with_ly(const precis_doc *d, uint32_t k);
static bool auxiliary(const precis_doc *d, uint32_t k);
static bool quote_mark(const precis_doc *d, uint32_t k);
static bool participle_only(const precis_doc *d, uint32_t k);
static bool modal(const precis_doc *d, uint32_t k);
/* True when token k reads as a headline's verb: a lower-case content word that is an
 * irregular past or ends in -ed, or in -s but not -ss ("surges", not "business"). */
static bool headline_verb_form(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    if (t->kind != TOK_WORD || t->shape != SHAPE_LOWER || d->tok_stop[k])
        return false;
    return irregular_past(d, k) || ends_with(d, k, "ed") || (ends_with(d, k, "s") && !ends_with(d, k, "ss"));
}

static bool plural_like(const precis_doc *d, uint32_t k);
/* The predicate of the clause in tokens [a, b): see headline_predicate. */
static bool clause_predicate(const precis_doc *d, const facts *f, uint32_t a, uint32_t b, fact_event *w) {
    if (a < b && (d->seg.tokens[a].flags & TOKF_OPEN_QUOTE))
        return false; /* a quotation is the speaker's words, not the event */
    for (int tries = 0; tries < 2; tries++) {
        uint32_t k = a;
        while (k < b) {
            const token *t = &d->seg.tokens[k];
            if (t->kind == TOK_WORD && t->shape == SHAPE_LOWER && !d->tok_stop[k]) {
                /* "F1 legend Felipe Massa makes ...", "star Max Verstappen shows ...": a word
                 * before a name that a verb follows describes the subject */
                /* (not a verb of saying or one whose object needs its complement: "Ryan
                 * calls Trump line 'racist'") */
                const ner_mention *m = k + 1 < b && !quotes_is_speech_verb(d, k) &&
                                               !(doc_tok_class(d, &d->lang->brief_words, k) & BW_OBJECT_NEEDS)
                                           ? person_at(f, k + 1)
                                           : NULL;
                if (!m || m->tok_end >= b || d->seg.tokens[m->tok_end].shape != SHAPE_LOWER ||
                    d->tok_stop[m->tok_end])
                    break;
                k = m->tok_end;
                continue;
            }
            if (t->kind == TOK_PUNCT && !(t->flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE)) && !doc_tok_is(d, k, "-"))
                return false; /* "Five dead, dozens hurt": no subject and verb to go by */
            /* "he and Trump had 'excellent conversation'": an auxiliary that is the verb itself
             * (no verb form after it) would be left out of the phrase, which would then start
             * at its object */
            if (k > a && t->shape == SHAPE_LOWER && auxiliary(d, k)) {
                uint32_t v = k + 1;
                while (v < b && (quote_mark(d, v) || ends_with_ly(d, v))) /* "is [finally] done" */
                    v++;
                if (v < b && d->seg.tokens[v].kind == TOK_WORD && d->seg.tokens[v].shape == SHAPE_LOWER &&
                    !d->tok_stop[v] && !headline_verb_form(d, v) && !ing_word(d, v) && !participle_only(d, v))
                    return false;
            }
            /* "Eric Trump not sure father gave ...": the predicate would lose its negation */
            if (t->shape == SHAPE_LOWER && facts_negation(d, k))
                return false;
            k++;
        }
        if (k == a || k >= b)
            return false;
        /* "Essequibo hunter found dead", "Super PAC haul surges past $1B": a noun before a
         * word that reads as the verb (a past, or a present in -s) belongs to the subject;
         * not a word that reads as a verb itself ("Germany pledges to", "Courses undergoing
         * changes") */
        /* (so is a plural before a past that modifies no noun: "Toblerone fans outraged after
         * ...", not "Obama signs revised bill") */
        bool plural_subject = k + 2 < b && plural_like(d, k) && !quotes_is_speech_verb(d, k) &&
                              (irregular_past(d, k + 1) || ends_with(d, k + 1, "ed")) &&
                              d->seg.tokens[k + 1].shape == SHAPE_LOWER &&
                              !(d->seg.tokens[k + 2].kind == TOK_WORD && d->seg.tokens[k + 2].shape == SHAPE_LOWER &&
                                !d->tok_stop[k + 2]);
        if (k + 2 < b && headline_verb_form(d, k + 1) && (plural_subject || !headline_verb_form(d, k)) &&
            !ing_word(d, k) && !ends_with_ly(d, k) && !quotes_is_speech_verb(d, k))
            k++;
        /* "Obama says he and Trump had ...": what was said is the event; but "calls strike"
         * takes an object, not a clause */
        bool clause_follows = k + 1 < b && (d->tok_stop[k + 1] || d->seg.tokens[k + 1].shape != SHAPE_LOWER);
        /* ... nor does "calls Trump line 'racist'" or "urges Congress to act": a verb whose
         * object needs its complement (brief.txt) takes an object, not a clause */
        clause_follows &= !(doc_tok_class(d, &d->lang->brief_words, k) & BW_OBJECT_NEEDS);
        if (quotes_is_speech_verb(d, k) && clause_follows && tries == 0) {
            a = k + 1;
            continue;
        }
        uint32_t e = k + 1;
        while (e < b && e - k < HEADLINE_PHRASE_MAX) {
            const token *t = &d->seg.tokens[e];
            bool quote_mark = t->flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE);
            if (!quote_mark && t->kind != TOK_POSSESSIVE && ends_verb_phrase(d, e))
                break;
            e++;
        }
        /* "accused of timing retirement to help [elect wife's friend]": a phrase the cap cut
         * while it went on ends before its last "to" or preposition, or is none */
        /* (first, a phrase that ends within two more tokens is taken whole: "opens Scotland's
         * largest battery storage [site]", "shows nerves of steel to avoid [serious accident]") */
        if (e - k >= HEADLINE_PHRASE_MAX && e < b && d->seg.tokens[e].kind == TOK_WORD && !ends_verb_phrase(d, e)) {
            uint32_t x = e;
            while (x < b && x < e + HEADLINE_PHRASE_SLACK &&
                   (!ends_verb_phrase(d, x) || d->seg.tokens[x].kind == TOK_POSSESSIVE))
                x++;
            if (x >= b || (ends_verb_phrase(d, x) && d->seg.tokens[x].kind != TOK_POSSESSIVE))
                e = x;
        }
        if (e - k >= HEADLINE_PHRASE_MAX && e < b && d->seg.tokens[e].kind == TOK_WORD && !ends_verb_phrase(d, e)) {
            uint32_t cut = e;
            while (cut > k + 1 && !doc_tok_is(d, cut - 1, "to") && !fact_word(d, cut - 1, FW_PHRASE_END | FW_COMPLEMENT))
                cut--;
            if (cut <= k + 1)
                return false;
            e = cut - 1;
        }
        while (e > k + 1 && (d->tok_stop[e - 1] || (d->seg.tokens[e - 1].flags & TOKF_OPEN_QUOTE)))
            e--; /* not "... of the", not an opening quote */
        bool opened = false; /* a closing quote whose opening one is not in the phrase goes */
        for (uint32_t j = k; j < e; j++)
            opened |= (d->seg.tokens[j].flags & TOKF_OPEN_QUOTE) != 0;
        /* "calls Trump line 'racist,' but ...": a quotation that the phrase opens ends with
         * it, past the comma inside its marks (the line drops that comma) */
        if (opened && e + 1 < b && doc_tok_is(d, e, ",") && (d->seg.tokens[e + 1].flags & TOKF_CLOSE_QUOTE) &&
            !(d->seg.tokens[e - 1].flags & TOKF_CLOSE_QUOTE))
            e += 2;
        if (e > k + 1 && !opened && (d->seg.tokens[e - 1].flags & TOKF_CLOSE_QUOTE))
            e--;
        /* "Harbour FC to sack ...", "could sack", "'to sack'": a plan's "to" or a modal before
         * the verb is the phrase's, which says what is to happen, not what happened */
        /* (through "be" to the modal: "could [be] forced to sack") */
        uint32_t p = k;
        for (uint32_t q = k; q > a + 1;) {
            const token *g = &d->seg.tokens[q - 1];
            bool hedge = g->shape == SHAPE_LOWER && (doc_tok_is(d, q - 1, "to") || modal(d, q - 1) ||
                                                     doc_tok_is(d, q - 1, "will") || doc_tok_is(d, q - 1, "would"));
            bool be = g->shape == SHAPE_LOWER && (doc_tok_is(d, q - 1, "be") || doc_tok_is(d, q - 1, "been"));
            if (!hedge && !be && !(g->flags & TOKF_OPEN_QUOTE))
                break;
            q--;
            if (hedge || (g->flags & TOKF_OPEN_QUOTE))
                p = q;
        }
        w->phrase_start = d->seg.tokens[p].start;
        w->phrase_end = d->seg.tokens[e - 1].end;
        w->subject_start = d->seg.tokens[a].start;
        w->subject_end = d->seg.tokens[p - 1].end;
        return true;
    }
    return false;
}

/* The predicate of a headline written in sentence case: after the subject (the words up to
 * the first lower-case content word: "Taliban", "Hillary Clinton", "F1 legend Felipe
 * Massa"...), the verb and its object, up to a preposition, a conjunction or punctuation
 * ("attacks German consulate", "blames loss", "win World Series"). A label before a colon
 * ("Croydon tram crash: Police identify three remaining victims") is skipped, unless what
 * follows the colon is a quotation. Title-case headlines have no lower-case word to go by and
 * give nothing. */
static bool headline_predicate(const precis_doc *d, const facts *f, int32_t hs, fact_event *w) {
    const sentence *s = &d->seg.sentences[hs];
    uint32_t a = s->tok_start, b = s->tok_end;
    /* "Rhodri Giggs outside Manchester Magistrates Court yesterday, where he was banned": a
     * headline is in the present and says no "yesterday"; a photo's caption does */
    for (uint32_t k = a; k < b; k++)
        if (doc_tok_is(d, k, "yesterday"))
            return false;
    for (uint32_t k = a; k + 3 < b; k++)
        if (doc_tok_is(d, k, ":"))
            return clause_predicate(d, f, k + 1, b, w) || clause_predicate(d, f, a, k, w);
    return clause_predicate(d, f, a, b, w);
}

/* The actor the headline names as its subject ("Taliban attacks ...", "Red Bull boss
 * Christian Horner hails ..."): a person or an organisation named in the story again; -1
 * when the headline's subject names none. */
static int32_t headline_subject(const precis_doc *d, const facts *f) {
    if (!f->what.subject_end)
        return -1;
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->start >= f->what.subject_start && m->end <= f->what.subject_end && m->entity >= 0 &&
            !(m->flags & NERM_DEMONYM) && (m->type == NER_PER || m->type == NER_ORG) &&
            f->ents.entities[m->entity].n_direct > 1)
            return m->entity;
    }
    /* a headline's capitals mislead the recogniser ("Toblerone increase the gaps ..." has no
     * mention there): a subject that ends with the name of a person or organisation named in
     * the story is theirs */
    size_t sl = f->what.subject_end - f->what.subject_start;
    const char *st = d->text + f->what.subject_start;
    for (size_t i = 0; i < f->ents.n_entities; i++) {
        const ner_entity *x = &f->ents.entities[i];
        if ((x->type != NER_PER && x->type != NER_ORG) || x->n_direct < 2 || x->name_len == 0 || x->name_len > sl)
            continue;
        if (strncasecmp(st + sl - x->name_len, x->name, x->name_len) == 0 &&
            (x->name_len == sl || st[sl - x->name_len - 1] == ' '))
            return (int32_t)i;
    }
    return -1;
}

/* Whether token k is a noun for people or for a body of them: one of the words news uses
 * for them ("people", "police", "troops", "firms"), a role word of the gazetteer
 * ("minister", "spokesman"), or an agent noun by its ending ("bomber", "rescuers",
 * "protesters", "scientists", "residents", "civilians"). A group whose head is none of these
 * is most often a thing or a time ("Mobile phone records", "The last 12 months"), no actor. */
static bool agent_noun(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    if (t->kind != TOK_WORD)
        return false;
    if (people_word(d, k, PW_PEOPLE))
        return true;
    size_t n = t->end - t->start;
    for (size_t l = 1; l <= WORD_ENDING_MAX && n > l + 3; l++)
        if (model_word_class(&d->lang->people_words, d->text + t->end - l, l) & PW_AGENT_ENDING)
            return true;
    return ner_role_word(d, k);
}

static void lede_group(const precis_doc *d, facts *f, const sentence *s, uint32_t v);
static bool irregular_past(const precis_doc *d, uint32_t k);
static bool auxiliary(const precis_doc *d, uint32_t k);
#define GROUP_VERB_REACH 16 /* tokens from the lede's start within which its verb is looked for */
/* The lede's subject group when lead_verb found no verb to read it before: its verb looked
 * for from the lede's first word ("Several people died and dozens were injured after a tram
 * derailed in Croydon": lead_verb reads from after the first name, past "died"). The verb is
 * an auxiliary, a past form or a present one in -s; lede_group checks the rest. */
static void lede_group_again(const precis_doc *d, facts *f) {
    int32_t lede = facts_lede(d);
    if (f->what.group_end || lede < 0)
        return;
    const sentence *s = &d->seg.sentences[lede];
    for (uint32_t k = s->tok_start + 1; k < s->tok_end && k < s->tok_start + GROUP_VERB_REACH; k++) {
        const token *t = &d->seg.tokens[k];
        if (t->kind == TOK_PUNCT && !doc_tok_is_dash(d, k) && !doc_tok_is(d, k, "(") && !doc_tok_is(d, k, ")"))
            return; /* a comma or a colon before any verb: no plain subject */
        bool lower = t->kind == TOK_WORD && t->shape == SHAPE_LOWER && !d->tok_stop[k];
        bool past = lower && ((t->end - t->start > 3 && memcmp(d->text + t->end - 2, "ed", 2) == 0) || irregular_past(d, k));
        /* "A suicide bomber rams a truck": a present tense, or the plural of the phrase
         * itself ("Dock workers"), which lede_group refuses as a verb with too short a
         * phrase before it; the next candidate is tried then */
        bool present = lower && t->end - t->start > 3 && d->text[t->end - 1] == 's' && d->text[t->end - 2] != 's';
        if (auxiliary(d, k) || past || present) {
            lede_group(d, f, s, k);
            /* found this way, the phrase must name people: a verb guessed by its ending
             * takes things and times for subjects too ("The last 12 months have seen") */
            if (f->what.group_end && !agent_noun(d, (uint32_t)doc_token_at(d, f->what.group_end) - 1)) {
                f->what.group_start = f->what.group_end = 0;
                return;
            }
            if (f->what.group_end || auxiliary(d, k) || past)
                return;
        }
    }
}

/* The headline's subject leads the who slot: the headline says whose event it is. */
static void promote_headline_subject(const precis_doc *d, facts *f) {
    lede_group_again(d, f);
    /* without a named subject in the headline, the lede's unnamed group leads, unless the
     * headline names the first actor anyway ("Taliban Strike German Consulate ...", a title
     * case the predicate reader leaves alone, over "At least two people were killed") */
    f->who_group = f->what.group_end != 0;
    int32_t hs = opening_of(d).headline;
    for (size_t i = 0; i < f->ents.n_mentions && f->who_group && f->n_who && hs >= 0; i++)
        if (f->ents.mentions[i].sentence == hs && f->ents.mentions[i].entity == f->who[0])
            f->who_group = false;
    int32_t e = headline_subject(d, f);
    if (e < 0)
        return;
    f->who_group = false;
    size_t pos = 0;
    while (pos < f->n_who && f->who[pos] != e)
        pos++;
    if (pos == f->n_who && f->n_who < FACTS_MAX_SLOT)
        f->n_who++;
    else if (pos == f->n_who)
        pos = f->n_who - 1; /* a full list drops its last */
    memmove(&f->who[1], &f->who[0], pos * sizeof f->who[0]);
    f->who[0] = e;
}

static bool determiner(const precis_doc *d, uint32_t k) {
    return fact_word(d, k, FW_DETERMINER);
}

/* An auxiliary that resumes a main clause: "... was jailed", "... have agreed". */
static bool auxiliary(const precis_doc *d, uint32_t k) {
    return fact_word(d, k, FW_AUX);
}

/* True when token k is an auxiliary or a modal with its negation written on ("wouldn't",
 * "hasn't", "won't", "can’t"): the tokenizer keeps such a word whole. */
static bool negative_aux(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    size_t n = t->end - t->start;
    const char *w = d->text + t->start;
    return t->kind == TOK_WORD && t->shape == SHAPE_LOWER &&
           ((n > 3 && memcmp(w + n - 3, "n't", 3) == 0) || (n > 5 && memcmp(w + n - 5, "n\xE2\x80\x99t", 5) == 0));
}

bool facts_negation(const precis_doc *d, size_t k) {
    return doc_tok_is(d, k, "not") || doc_tok_is(d, k, "never") || doc_tok_is(d, k, "n't") ||
           doc_tok_is(d, k, "cannot") || negative_aux(d, (uint32_t)k);
}

static bool modal(const precis_doc *d, uint32_t k) {
    return fact_word(d, k, FW_MODAL);
}

/* True when token k is longer than `suffix` and ends with it. */
static bool ends_with(const precis_doc *d, uint32_t k, const char *suffix) {
    const token *t = &d->seg.tokens[k];
    size_t n = strlen(suffix);
    return t->end - t->start > n && memcmp(d->text + t->end - n, suffix, n) == 0;
}

static bool ends_with_ly(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    /* (not a noun for people or a body of them: "The Bush [family], a dynasty ..., clashed") */
    return t->shape == SHAPE_LOWER && t->end - t->start > 4 && memcmp(d->text + t->end - 2, "ly", 2) == 0 &&
           !people_word(d, k, PW_PEOPLE | PW_NOT_PERSON);
}

/* Words that open a counted group: "At least 37 people", "More than 100 workers", "Several
 * people", "Dozens of rescuers". */
static bool group_opener(const precis_doc *d, uint32_t k, uint32_t end, uint32_t *skip) {
    for (uint32_t n = WORD_PHRASE_MAX; n > 0; n--) /* the longest phrase */
        if (k + n <= end && (doc_phrase_class(d, &d->lang->fact_words, k, n) & FW_GROUP_OPENER)) {
            /* an approximation counts only with its number: "More than 100 workers", "As many
             * as 50 people", not "More than health care, race or the economy, Mr. Obama
             * believes" ("Dozens of", "Several", "Many" count by themselves) */
            uint32_t last = k + n - 1;
            bool counts = doc_tok_is(d, last, "of") || doc_tok_is(d, last, "some") ||
                          doc_tok_is(d, last, "several") || (n == 1 && doc_tok_is(d, last, "many"));
            for (uint32_t j = k + n; j < end && j <= k + n + 1 && !counts; j++)
                counts = d->seg.tokens[j].kind == TOK_NUMBER || fact_word(d, j, FW_NUMBER_WORD) ||
                         d->seg.tokens[j].kind == TOK_SYMBOL;
            if (!counts)
                return false;
            *skip = n;
            return true;
        }
    return false;
}

/* Past a live report's entry time opening a sentence, "10:32 The harbour council has closed
 * ...", "10.45am Ferries are cancelled": a clock time (with its "am", "pm" or zone) right
 * before a capitalised word stamps the entry and is no part of its subject. Else k. */
static uint32_t past_entry_time(const precis_doc *d, uint32_t k, uint32_t end) {
    const token *t = k < end ? &d->seg.tokens[k] : NULL;
    if (!t || (t->kind != TOK_NUMBER && t->kind != TOK_WORD))
        return k;
    const char *p = d->text + t->start;
    size_t n = t->end - t->start, h = 0;
    while (h < n && h < 2 && p[h] >= '0' && p[h] <= '9')
        h++;
    /* "10:32", "9.15", and "9.15am" read as one token */
    if (h == 0 || h + 3 > n || (p[h] != ':' && p[h] != '.') || p[h + 1] < '0' || p[h + 1] > '5' || p[h + 2] < '0' ||
        p[h + 2] > '9')
        return k;
    bool meridiem = h + 5 == n && ((p[h + 3] | 0x20) == 'a' || (p[h + 3] | 0x20) == 'p') && (p[h + 4] | 0x20) == 'm';
    if (h + 3 != n && !meridiem)
        return k;
    uint32_t j = k + 1;
    while (j < end && j < k + 3 &&
           (doc_tok_is(d, j, "am") || doc_tok_is(d, j, "pm") || doc_tok_is(d, j, "gmt") || doc_tok_is(d, j, "bst") ||
            doc_tok_is(d, j, "et") || doc_tok_is(d, j, "cet")))
        j++;
    return j + 1 < end && d->seg.tokens[j].kind == TOK_WORD && d->seg.tokens[j].shape != SHAPE_LOWER ? j : k;
}

#define GROUP_MAX_WORDS 5 /* "Harbour pilots", "At least 37 people", "Taliban fighters" */

/* The subject of the lede when the verb at token v is its main verb and what comes before it
 * is a plain noun phrase: "Dock workers [at the port of Sines] walked off", "At least 37 people
 * were killed". A dateline ("MANILA (AP) —") is skipped; the phrase ends at a preposition, a
 * comma or a relative pronoun; a pronoun, a lone function word or a long clause is no group.
 * Named subjects are the who slot's; this is for the rest. */
static void lede_group(const precis_doc *d, facts *f, const sentence *s, uint32_t v) {
    uint32_t a = past_entry_time(d, s->tok_start, v);
    for (uint32_t k = a; k < v && k < a + 10; k++)
        if (doc_tok_is_dash(d, k) && k > a &&
            (doc_tok_is(d, k - 1, ")") || d->seg.tokens[k - 1].shape == SHAPE_UPPER)) {
            a = k + 1;
            break;
        }
    /* "As the former president tries to ...", "Unless countries develop ...": the subject of
     * a subordinate clause, whose verb is not the main one */
    if (a < v && fact_word(d, a, FW_SUBORDINATOR))
        return;
    uint32_t skip = 0, b = a;
    if (a < v && group_opener(d, a, v, &skip))
        b = a + skip;
    while (b < v) {
        const token *t = &d->seg.tokens[b];
        if (t->kind == TOK_PUNCT || doc_tok_is(d, b, "who") || doc_tok_is(d, b, "which") || doc_tok_is(d, b, "that") ||
            auxiliary(d, b) || (b > a + skip && ends_verb_phrase(d, b) && t->kind == TOK_WORD) ||
            (b > a + skip && doc_tok_is(d, b, "of")))
            break;
        b++;
    }
    while (b > a && d->seg.tokens[b - 1].kind == TOK_WORD &&
           (d->tok_stop[b - 1] || ends_with_ly(d, b - 1)))
        b--; /* "were", "have", "allegedly" */
    /* between the phrase and its verb only a place or a time may stand ("Dock workers [at the
     * port of Sines] walked off"): a clause there ("A row over whether Greece should be
     * allowed ...") means the verb found is not the main one */
    for (uint32_t k = b; k < v; k++) {
        if (fact_word(d, k, FW_CLAUSE_WORD))
            return;
        /* "A treasurer who took ... was jailed": a relative clause right after the phrase
         * ends at the main clause's auxiliary (as lead_verb reads it) */
        if (k == b && (doc_tok_is(d, k, "who") || doc_tok_is(d, k, "which"))) {
            while (k < v && !auxiliary(d, k))
                k++;
            continue;
        }
        if (d->seg.tokens[k].kind == TOK_PUNCT || doc_tok_is(d, k, "who") || doc_tok_is(d, k, "which"))
            return;
        /* "brides have escaped and revealed": an auxiliary with a verb of its own */
        if (auxiliary(d, k) && k + 1 < v && !auxiliary(d, k + 1) && !ends_with_ly(d, k + 1))
            return;
    }
    size_t words = 0, content = 0;
    bool counted = false;
    for (uint32_t k = a; k < b; k++) {
        bool w = d->seg.tokens[k].kind == TOK_WORD || d->seg.tokens[k].kind == TOK_NUMBER;
        words += w;
        content += w && !d->tok_stop[k];
        counted |= d->seg.tokens[k].kind == TOK_NUMBER;
    }
    counted |= skip > 0; /* "Several people", "Dozens of rescuers": a count in words */
    /* one content word ("Wanted", "Christmas", "The pursuit") is too often a label, an
     * abstraction or a word taken for a subject */
    if (words == 0 || words > GROUP_MAX_WORDS || (content < 2 && !counted))
        return;
    /* a name is the who slot's business */
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->tok_start >= a && m->tok_end <= b && !(m->flags & NERM_DEMONYM) &&
            (m->type == NER_PER || m->type == NER_ORG))
            return;
    }
    if (!d->tok_stop[b - 1] && d->seg.tokens[b - 1].kind == TOK_WORD) {
        f->what.group_start = d->seg.tokens[a].start;
        f->what.group_end = d->seg.tokens[b - 1].end;
    }
}

/* "jailed for six years", "rose to 2,000", "cut by 5%", "recall about 410,000 vehicles": a
 * preposition before a number belongs to the verb phrase; it says how much. */
static bool counted_after(const precis_doc *d, uint32_t k, uint32_t end) {
    /* "recall about 410,000 vehicles", "identified more than 500 farms" */
    if (k + 1 >= end || !fact_word(d, k, FW_BEFORE_NUMBER))
        return false;
    return d->seg.tokens[k + 1].kind == TOK_NUMBER || d->seg.tokens[k + 1].kind == TOK_SYMBOL ||
           fact_word(d, k + 1, FW_NUMBER_WORD);
}

static uint32_t timex_end_at(const precis_doc *d, const facts *f, uint32_t k);
static bool auxiliary_ahead(const precis_doc *d, uint32_t k, uint32_t end);

/* True when token k is a preposition of the classes `preps` (FW_COMPLEMENT, FW_CIRCUMSTANCE)
 * that opens a phrase, not a clause ("that", "which" after it). */
static bool opens_complement(const precis_doc *d, uint32_t k, uint32_t preps) {
    return fact_word(d, k, preps) && !doc_tok_is(d, k + 1, "that") && !doc_tok_is(d, k + 1, "which");
}

/* Prepositions that open a verb's complement rather than a circumstance: "sued by",
 * "confirmed as", "jailed for", "charged with", "moved to", "died in". Not "after", "while",
 * "when" or "that": those open another event or a clause. */
static bool verb_complement(const precis_doc *d, uint32_t k) {
    return opens_complement(d, k, FW_COMPLEMENT);
}

/* True when token k is a past participle that is no past tense: an irregular one in "-en"
 * or "-wn" ("risen", "shown"), or "seen", "done", "gone", "become". */
static bool participle_only(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    size_t n = t->end - t->start;
    const char *w = d->text + t->start;
    return t->kind == TOK_WORD && t->shape == SHAPE_LOWER && n >= 4 &&
           (memcmp(w + n - 2, "en", 2) == 0 || memcmp(w + n - 2, "wn", 2) == 0 || doc_tok_is(d, k, "done") ||
            doc_tok_is(d, k, "gone") || (n >= 4 && memcmp(w + n - 4, "come", 4) == 0)); /* "has become" */
}

/* True when token k is a word in -ing of more than four letters ("falling", not "king"). */
static bool ing_word(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    return t->kind == TOK_WORD && t->end - t->start > 4 && strncmp(d->text + t->end - 3, "ing", 3) == 0;
}

static bool plural_like(const precis_doc *d, uint32_t k);
/* The end of a phrase [.., e) without an -ing word at its end that a plural noun comes
 * before and a preposition after ("fraud charges [stemming] from ..."): that participle
 * opens a phrase about the noun, cut off by the preposition. `min` is the least end. */
static uint32_t without_dangling_participle(const precis_doc *d, uint32_t min, uint32_t e, uint32_t end) {
    /* (with its pronoun object: "a Windows virus [disguising itself] as an electronic
     * Christmas card") */
    uint32_t p = e >= 3 && e - 2 > min && (fact_word(d, e - 1, FW_REFLEXIVE) || object_pronoun(d, e - 1)) ? e - 1 : e;
    if (e < end && p - 1 > min && p >= 2 && d->seg.tokens[p - 1].shape == SHAPE_LOWER && ing_word(d, p - 1) &&
        plural_like(d, p - 2) && d->seg.tokens[e].kind == TOK_WORD && ends_verb_phrase(d, e))
        return p - 1;
    return e;
}

/* True when token k is a capitalised word or a number ("US", "Canada", "800m"). */
static bool name_or_number(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    return t->kind == TOK_NUMBER || (t->kind == TOK_WORD && t->shape != SHAPE_LOWER) ||
           (t->kind == TOK_WORD && isdigit((unsigned char)d->text[t->start]));
}

/* The end of the relative clause whose word ("that", "who") is token w and whose verb comes
 * right after it ("that turns colours into musical notes"): to the end of its phrase, at
 * most VERB_PHRASE_MAX tokens from token from, without a trailing function word. *whole
 * (when not NULL) is false when the cap or a pair ("with his 20th [and final ... trophy]")
 * cut it. */
static uint32_t relative_clause_end(const precis_doc *d, uint32_t w, uint32_t from, uint32_t end, bool *whole) {
    uint32_t r = w + 2;
    while (r < end && r - from < VERB_PHRASE_MAX &&
           (d->seg.tokens[r].kind == TOK_POSSESSIVE || !ends_verb_phrase(d, r) || verb_complement(d, r)))
        r++;
    if (whole)
        *whole = r - from < VERB_PHRASE_MAX && !(r < end && (doc_tok_is(d, r, "and") || doc_tok_is(d, r, "or")));
    while (r > w + 2 && d->tok_stop[r - 1] && d->seg.tokens[r - 1].shape == SHAPE_LOWER)
        r--;
    return r;
}

/* The end of the verb phrase of the verb at token v that ends before token e: when the verb
 * stands alone and a complement follows ("sued by a singer", "hospitalized for
 * dehydration"), the phrase takes it, up to VERB_PHRASE_MAX tokens and the next
 * preposition; a time ("warned on Monday") is no complement. `preps` are the classes of
 * preposition that may open it: FW_COMPLEMENT, and FW_CIRCUMSTANCE for a verb that would
 * otherwise say nothing alone ("stabbed [during an early-morning argument]"). */
static bool amount_symbol(const precis_doc *d, uint32_t k, uint32_t end);
static bool verb_group_word(const precis_doc *d, uint32_t k);
/* The tokens beyond the first of each name within tokens [from, e), and the possessive
 * endings: a name reads as one word, and its "'s" as none ("their New York City vacation"
 * is three words, "Spain's Davis Cup victory" two). */
static uint32_t name_tail(const precis_doc *d, const facts *f, uint32_t from, uint32_t e) {
    uint32_t tail = 0;
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->tok_end <= e && m->tok_start >= from)
            tail += m->tok_end - m->tok_start - 1;
    }
    for (uint32_t k = from; k < e; k++)
        tail += d->seg.tokens[k].kind == TOK_POSSESSIVE;
    return tail;
}
/* True when token k is "more" or "less" right after an amount ("30% more", "$2m less"): the
 * amount's measure, not a degree word. */
static bool amount_measure(const precis_doc *d, uint32_t k) {
    return k >= 1 && (doc_tok_is(d, k, "more") || doc_tok_is(d, k, "less")) &&
           (d->seg.tokens[k - 1].kind == TOK_NUMBER || doc_tok_is(d, k - 1, "%"));
}
/* True when the -ly word at k is a verb ("is to supply Japan Airlines", "to apply for"): after
 * "to" an adverb comes before its verb ("to quickly supply"), so an -ly word followed by no
 * content word is the verb itself. */
static bool verb_in_ly(const precis_doc *d, uint32_t k) {
    if (k == 0 || !doc_tok_is(d, k - 1, "to"))
        return false;
    return k + 1 >= d->seg.n_tokens || d->seg.tokens[k + 1].kind != TOK_WORD ||
           d->seg.tokens[k + 1].shape != SHAPE_LOWER || d->tok_stop[k + 1];
}

/* True when token k is a comma between two adjectives of one noun phrase ("a lawless,
 * terrorized nation"): a determiner and a lower-case word before it, two lower-case content
 * words after it (k - 1, k + 1 and k + 2). */
static bool adjective_comma(const precis_doc *d, uint32_t k, uint32_t end) {
    if (k < 2 || k + 2 >= end || !doc_tok_is(d, k, ",") || !determiner(d, k - 2))
        return false;
    const uint32_t words[3] = {k - 1, k + 1, k + 2};
    for (size_t i = 0; i < 3; i++) {
        const token *t = &d->seg.tokens[words[i]];
        if (t->kind != TOK_WORD || t->shape != SHAPE_LOWER || d->tok_stop[words[i]])
            return false;
    }
    /* (a count after the comma opens a phrase of its own: "left the club[,] three days
     * after ...") */
    return !fact_word(d, k + 1, FW_NUMBER_WORD);
}

/* The token after a short bracket at token k inside a phrase that goes on after it ("to
 * answer a simple [(if counterintuitive)] question"), or k: the line leaves such brackets
 * out, as the brief's sentences do. */
#define ASIDE_BRACKET_MAX 8 /* tokens inside such a bracket ("(if counterintuitive)") */
static uint32_t past_bracket_aside(const precis_doc *d, uint32_t k, uint32_t end) {
    if (k >= end || !doc_tok_is(d, k, "("))
        return k;
    for (uint32_t c = k + 1; c < end && c <= k + ASIDE_BRACKET_MAX; c++) {
        if (doc_tok_is(d, c, ")"))
            return c + 1 < end && d->seg.tokens[c + 1].kind == TOK_WORD && d->seg.tokens[c + 1].shape == SHAPE_LOWER
                       ? c + 1
                       : k;
        if (d->seg.tokens[c].kind == TOK_PUNCT)
            return k;
    }
    return k;
}

/* "signed a $40bn (£21bn) deal": at token e, an amount's conversion in brackets, then its
 * noun; also after a currency's name, and into two currencies ("a 1bn rouble ($35.7m;
 * £19.1m) back-tax claim"). The token of that noun, or e when there is none. */
static uint32_t past_conversion(const precis_doc *d, uint32_t e, uint32_t end) {
    bool amount = e >= 2 && (d->seg.tokens[e - 1].kind == TOK_NUMBER ||
                             (d->seg.tokens[e - 1].kind == TOK_WORD && d->seg.tokens[e - 2].kind == TOK_NUMBER));
    if (e + 2 >= end || !doc_tok_is(d, e, "(") || !amount)
        return e;
    uint32_t c = e + 1;
    while (c < end && c < e + 9 && !doc_tok_is(d, c, ")") && d->seg.tokens[c].kind != TOK_WORD)
        c++;
    if (c + 1 < end && doc_tok_is(d, c, ")") && d->seg.tokens[c + 1].kind == TOK_WORD && !ends_verb_phrase(d, c + 1))
        return c + 1;
    return e;
}

/* True when a place's mention starts at token k. */
static bool place_mention_at(const facts *f, uint32_t k) {
    for (size_t i = 0; i < f->ents.n_mentions; i++)
        if (f->ents.mentions[i].tok_start == k && f->ents.mentions[i].type == NER_LOC)
            return true;
    return false;
}

static bool present_verb_before_object(const precis_doc *d, uint32_t k, uint32_t end);
static uint32_t with_complement(const precis_doc *d, const facts *f, uint32_t v, uint32_t e, uint32_t end,
                                uint32_t preps) {
    /* (not a time: "appeared on Tuesday"; but a time that owns a noun opens a phrase: "will
     * appear at [June's] Isle of Wight music festival") */
    uint32_t te = e + 1 < end ? timex_end_at(d, f, e + 1) : 0;
    /* (nor a span of time in a plural that measures a noun: "braced for [weeks] of political
     * uncertainty"; "guilty on Wednesday [of] all 30 counts" is a time) */
    bool measures = te && te + 1 < end && doc_tok_is(d, te, "of") && d->seg.tokens[te + 1].kind == TOK_WORD &&
                    !timex_end_at(d, f, te + 1) && plural_like(d, te - 1);
    if (e != v + 1 || e + 1 >= end || !opens_complement(d, e, preps) ||
        (te && !(te < end && d->seg.tokens[te].kind == TOK_POSSESSIVE) && !measures))
        return e;
    /* after an object, "as" opens a role ("as co-host", "as the favourite"), not a clause ("as
     * Linus Torvalds led", "as more providers offer") */
    if (preps == FW_OBJECT_COMPLEMENT && doc_tok_is(d, e, "as") &&
        (d->seg.tokens[e + 1].shape != SHAPE_LOWER || (d->tok_stop[e + 1] && !determiner(d, e + 1))))
        return e;
    /* ... and "as" before a bare plural opens a clause after any verb ("are surfacing [as
     * friends and family gather]", "as voters head to the polls") */
    if (doc_tok_is(d, e, "as") && d->seg.tokens[e + 1].kind == TOK_WORD && d->seg.tokens[e + 1].shape == SHAPE_LOWER &&
        !d->tok_stop[e + 1] && d->seg.tokens[e + 1].end - d->seg.tokens[e + 1].start > 3 && ends_with(d, e + 1, "s"))
        return e;
    /* ... and "in" a state or a measure ("in tears", "a rise in profits"), not a place: "held
     * talks [in Paris]" leaves the place to the where slot, which says what contains it */
    if (preps == FW_OBJECT_COMPLEMENT && doc_tok_is(d, e, "in") &&
        place_mention_at(f, doc_tok_is(d, e + 1, "the") ? e + 2 : e + 1))
        return e;
    uint32_t c = e + 1;
    /* "closing in on a deal": a second preposition goes with the first */
    if (c + 1 < end && verb_complement(d, c) && !timex_end_at(d, f, c + 1))
        c++;
    uint32_t from = c;
    while (c < end && c - v < VERB_PHRASE_MAX &&
           (d->seg.tokens[c].kind == TOK_POSSESSIVE || !ends_verb_phrase(d, c) || amount_symbol(d, c, end)))
        c = past_conversion(d, c + 1, end); /* "in a $1.8bn (£960m) deal" */
    /* "recovering after [falling] into a cheetah exhibit", "banned from [working] in
     * schools": a phrase that is one -ing verb goes on to that verb's own complement, or is
     * left out (a participle cut from its phrase says nothing) */
    if (c == from + 1 && d->seg.tokens[from].shape == SHAPE_LOWER && ing_word(d, from)) {
        uint32_t g = with_complement(d, f, from, c, end, FW_COMPLEMENT);
        return g > c ? g : e;
    }
    /* "continued as the top seed was beaten": an auxiliary in the phrase makes it a clause,
     * not a complement ("arrested for taking a flag from protesters who were ..." keeps its
     * complement: that auxiliary is past the phrase) */
    for (uint32_t k = from; k < c; k++)
        if ((auxiliary(d, k) || modal(d, k)) && !(k > from && doc_tok_is(d, k - 1, "to")))
            return e;
    /* "discovered after scientists learned to ...": a circumstance with a subject and a verb
     * of its own is another clause; so is an "as" phrase ("scored all Ireland's points [as
     * the home side claimed ...]") */
    if (!fact_word(d, e, FW_COMPLEMENT) || doc_tok_is(d, e, "as"))
        for (uint32_t k = from + 1; k < c; k++) {
            const token *t = &d->seg.tokens[k];
            if (t->kind == TOK_WORD && t->shape == SHAPE_LOWER && !d->tok_stop[k - 1] &&
                d->seg.tokens[k - 1].kind == TOK_WORD && d->seg.tokens[k - 1].shape == SHAPE_LOWER &&
                (irregular_past(d, k) || (t->end - t->start > 4 && strncmp(d->text + t->end - 2, "ed", 2) == 0)))
                return e;
        }
    /* "confirmed as the man [who will present ...]": a bare noun that a relative clause goes
     * on from needs it ("sued by a Ukrainian wannabe singer [who ...]" says enough) */
    if (c < end && c - from <= 2 && (doc_tok_is(d, c, "who") || doc_tok_is(d, c, "which") || doc_tok_is(d, c, "that"))) {
        /* ... and takes it when its verb follows at once and it ends within the phrase's cap
         * ("confirmed as the man who will present AP McCoy with his trophy") */
        if (!(c + 1 < end && (auxiliary(d, c + 1) || modal(d, c + 1) || present_verb_before_object(d, c + 1, end))))
            return e;
        /* (not one cut by the cap or inside a pair: "with his 20th [and final ... trophy]") */
        bool whole;
        uint32_t r = relative_clause_end(d, c, v, end, &whole);
        return whole ? r : e;
    }
    /* "at the top of the US [and Canada box office chart]", "for both the 800m [and 1500m]":
     * a phrase cut between two names or two numbers that share what follows, or that "both"
     * pairs, is cut inside a noun phrase, and says something else ("brought in Ed Kalman [and
     * Tom McGee from ...]" stays true): it goes on through the pair and what they share, or
     * is left out when that is too long */
    if (c < end && c + 1 < end && (doc_tok_is(d, c, "and") || doc_tok_is(d, c, "or")) &&
        name_or_number(d, c - 1) && name_or_number(d, c + 1)) {
        uint32_t after = c + 1;
        while (after < end && name_or_number(d, after))
            after++;
        bool shared = after < end && d->seg.tokens[after].kind == TOK_WORD && !d->tok_stop[after];
        bool both = false;
        for (uint32_t k = e; k < c && !both; k++)
            both = doc_tok_is(d, k, "both");
        if (shared || both) {
            uint32_t g = after;
            while (shared && g < end && g - v < VERB_PHRASE_MAX && !ends_verb_phrase(d, g))
                g++;
            if (g - v >= VERB_PHRASE_MAX || d->tok_stop[g - 1])
                return e;
            c = g;
        }
    }
    /* "for best male [and female film actors]": a phrase cut at "and" between two plain words
     * goes on to the second, or is left out when it cannot */
    if (c + 1 < end && (doc_tok_is(d, c, "and") || doc_tok_is(d, c, "or")) && d->seg.tokens[c - 1].kind == TOK_WORD &&
        d->seg.tokens[c - 1].shape == SHAPE_LOWER && !d->tok_stop[c - 1] && d->seg.tokens[c + 1].kind == TOK_WORD &&
        d->seg.tokens[c + 1].shape == SHAPE_LOWER && !d->tok_stop[c + 1] && !auxiliary(d, c + 1) && !modal(d, c + 1) &&
        !irregular_past(d, c + 1) && !quotes_is_speech_verb(d, c + 1) && !ends_with_ly(d, c + 1) &&
        strncmp(d->text + d->seg.tokens[c + 1].end - 2, "ed", 2) != 0 &&
        /* (not a clause of its own: "and later died") */
        !(c + 2 < end && (irregular_past(d, c + 2) || (d->seg.tokens[c + 2].end - d->seg.tokens[c + 2].start > 3 &&
                                                      strncmp(d->text + d->seg.tokens[c + 2].end - 2, "ed", 2) == 0)))) {
        uint32_t g = c + 1;
        while (g < end && g - v < VERB_PHRASE_MAX && !ends_verb_phrase(d, g))
            g++;
        if (g - v >= VERB_PHRASE_MAX || d->tok_stop[g - 1])
            return e;
        c = g;
    }
    c = without_dangling_participle(d, from, c, end);
    /* the phrase ends on a content word; a capitalised abbreviation ("the US") is a name even
     * when its lower-case form is a stop word */
    return c > e + 1 && (!d->tok_stop[c - 1] || d->seg.tokens[c - 1].shape == SHAPE_UPPER) ? c : e;
}

/* The end of "whether to" and the verb phrase after it at token k ("whether to recommend the
 * sale of painkillers"), or 0 when k opens no such phrase. */
static uint32_t whether_to_end(const precis_doc *d, const facts *f, uint32_t k, uint32_t end) {
    if (k + 2 >= end || !doc_tok_is(d, k, "whether") || !doc_tok_is(d, k + 1, "to"))
        return 0;
    uint32_t c = with_complement(d, f, k, k + 1, end, FW_COMPLEMENT);
    return c > k + 2 ? c : 0;
}

/* The lead verb phrase of sentence si: the first event verb (or -ed word) after the
 * sentence's first named mention, up to a preposition, a conjunction or punctuation. Spans
 * stay 0,0 when there is none. For the lede, also its group subject (lede_group). */
static void lead_verb(precis_doc *d, facts *f, int32_t si, buf *scratch, uint32_t *vs, uint32_t *ve) {
    const sentence *s = &d->seg.sentences[si];
    uint32_t from = s->tok_start;
    for (size_t i = 0; i < f->ents.n_mentions; i++)
        if (f->ents.mentions[i].sentence == si) {
            from = f->ents.mentions[i].tok_end;
            break;
        }
    for (uint32_t k = from; k < s->tok_end; k++) {
        const token *t = &d->seg.tokens[k];
        /* ", whose novels sold...,": a relative clause describes someone; its verb is not the
         * event ("Ellory, whose novels sold millions, has died") */
        if (doc_tok_is(d, k, ",") && k + 1 < s->tok_end &&
            (doc_tok_is(d, k + 1, "whose") || doc_tok_is(d, k + 1, "who") || doc_tok_is(d, k + 1, "which"))) {
            uint32_t j = k + 2;
            while (j < s->tok_end && !doc_tok_is(d, j, ","))
                j++;
            k = j;
            continue;
        }
        /* "A treasurer who took money from the fund she managed was jailed": the relative
         * clause ends where the main clause's auxiliary comes */
        if ((doc_tok_is(d, k, "who") || doc_tok_is(d, k, "which")) && k > s->tok_start && !doc_tok_is(d, k - 1, ",")) {
            uint32_t j = k + 1;
            while (j < s->tok_end && verb_group_word(d, j)) /* the clause's own: "who [was] convicted" */
                j++;
            while (j < s->tok_end && !auxiliary(d, j))
                j++;
            if (j >= s->tok_end)
                return;
            k = j;
            continue;
        }
        bool verb = event_class(d, k, scratch) == EVENT_VERB;
        /* right after the subject's name, an auxiliary (and "to") leads to the verb: "Robert
         * Hardy is selling", "has become", "will keep", "are to get"; further on, an auxiliary
         * belongs as often to another clause ("the games could make or break a manager") */
        uint32_t aux_at = k > s->tok_start && (auxiliary(d, k - 1) || modal(d, k - 1)) ? k - 1
                          : k > s->tok_start + 1 && doc_tok_is(d, k - 1, "to") && auxiliary(d, k - 2) ? k - 2
                                                                                                     : UINT32_MAX;
        if (!verb && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && !d->tok_stop[k] && aux_at == from &&
            !verb_group_word(d, k) && /* "is [sometimes] branded" */
            from > s->tok_start)
            verb = true;
        /* an -ed word after a preposition or a determiner is an adjective ("with sustained
         * winds", "a bearded dragon") */
        if (!verb && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && !d->tok_stop[k] && t->end - t->start > 4 &&
            strncmp(d->text + t->end - 2, "ed", 2) == 0 &&
            !(k > s->tok_start && (ends_verb_phrase(d, k - 1) || determiner(d, k - 1))))
            verb = true;
        if (!verb)
            continue;
        uint32_t e = k + 1;
        /* up to VERB_PHRASE_MAX tokens; a possessive goes on ("approved Prime Minister Helena
         * Carvalho's minority budget") */
        while (e < s->tok_end && e - k < VERB_PHRASE_MAX &&
               (d->seg.tokens[e].kind == TOK_POSSESSIVE || !ends_verb_phrase(d, e) || counted_after(d, e, s->tok_end)))
            e++;
        /* a verb with no object takes its complement ("sued by a singer", "confirmed as
         * permanent manager", "hospitalized for dehydration"): a lone verb says too little */
        e = with_complement(d, f, k, without_dangling_participle(d, k + 1, e, s->tok_end), s->tok_end, FW_COMPLEMENT);
        while (e > k + 1 && d->tok_stop[e - 1] && !kept_pronoun_object(d, e - 1, k)) /* not "... kilometers per" */
            e--;
        /* "allegedly conspired", "was reportedly planning": a hedge says the event is only
         * claimed, and stays with its verb */
        *vs = k > s->tok_start && quotes_is_hedge(d, k - 1) ? d->seg.tokens[k - 1].start : t->start;
        *ve = d->seg.tokens[e - 1].end;
        if (si == facts_lede(d))
            lede_group(d, f, s, k);
        return;
    }
}

/* The token after the time expression that starts at token k, or 0 when none starts there. */
static uint32_t timex_end_at(const precis_doc *d, const facts *f, uint32_t k) {
    uint32_t b = d->seg.tokens[k].start;
    for (size_t i = 0; i < f->n_timexes; i++)
        if ((uint32_t)f->timexes[i].start == b) {
            size_t e = k;
            while (e < d->seg.n_tokens && d->seg.tokens[e].end <= (uint32_t)f->timexes[i].end)
                e++;
            return (uint32_t)e;
        }
    return 0;
}

/* True when token k is a quotation mark: "attacked "false" and "desperate" tabloids" keeps
 * its words together. */
static bool quote_mark(const precis_doc *d, uint32_t k) {
    return (d->seg.tokens[k].flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE)) != 0;
}

/* True when an auxiliary or a modal comes in [k, end) before any punctuation, within a few
 * words: the words before it belong to another clause. */
static bool auxiliary_ahead(const precis_doc *d, uint32_t k, uint32_t end) {
    /* "continued as the top seed was beaten": an auxiliary after a conjunction is the next
     * clause's */
    for (uint32_t j = k; j < end && j < k + 10; j++) {
        if ((d->seg.tokens[j].kind == TOK_PUNCT && !quote_mark(d, j)) || fact_word(d, j, FW_CONJUNCTION))
            return false;
        /* "removed a dark cloud [that has been] hanging over ...": one after "that" or
         * "which" that follows a noun phrase (a determiner and a noun) is the relative
         * clause's (not after "knows only too well", "made it clear": a reported clause) */
        if (j > k + 1 && j + 1 < end && (doc_tok_is(d, j, "that") || doc_tok_is(d, j, "which")) &&
            d->seg.tokens[j - 1].kind == TOK_WORD && !d->tok_stop[j - 1] &&
            (auxiliary(d, j + 1) || modal(d, j + 1))) { /* (not "a report [that Jeb Bush has ...]") */
            bool phrase = false;
            for (uint32_t g = k; g + 1 < j && !phrase; g++)
                phrase = determiner(d, g);
            if (phrase)
                return false;
        }
        /* "conspired with her boyfriend to have her mother killed": an infinitive */
        /* (a negation written on counts: "the 2011 military action against Libya 'didn't
         * work'") */
        if ((auxiliary(d, j) || modal(d, j) || negative_aux(d, j)) && !(j > k && doc_tok_is(d, j - 1, "to")))
            return true;
    }
    return false;
}

#define PAST_AHEAD_MAX 16 /* tokens: a qualifier as long as a subject may be, and its verb */
/* True when an auxiliary comes in [k, end) within PAST_AHEAD_MAX tokens, after a noun, with
 * no punctuation or relative word before it and no conjunction but an "and" or "or" that
 * joins two noun phrases (a determiner or a number after it): the words before it qualify
 * the subject, and it is the clause's verb ("Mobile phone records of a tram driver
 * [arrested over the deaths of six men and a woman in a horror crash] are likely to be
 * examined"). auxiliary_ahead stops at any conjunction. */
static bool auxiliary_past_noun_list(const precis_doc *d, uint32_t k, uint32_t end) {
    bool joined = false;
    for (uint32_t j = k; j < end && j < k + PAST_AHEAD_MAX; j++) {
        const token *t = &d->seg.tokens[j];
        if ((t->kind == TOK_PUNCT && !quote_mark(d, j)) || doc_tok_is(d, j, "that") || doc_tok_is(d, j, "which") ||
            doc_tok_is(d, j, "who"))
            return false;
        if (doc_tok_is(d, j, "and") || doc_tok_is(d, j, "or")) {
            if (j + 1 >= end || !(determiner(d, j + 1) || d->seg.tokens[j + 1].kind == TOK_NUMBER ||
                                  fact_word(d, j + 1, FW_NUMBER_WORD)))
                return false;
            joined = true;
            continue;
        }
        if (fact_word(d, j, FW_CONJUNCTION))
            return false;
        if (joined && j > k && (auxiliary(d, j) || modal(d, j)) && d->seg.tokens[j - 1].kind == TOK_WORD &&
            d->seg.tokens[j - 1].shape == SHAPE_LOWER && !d->tok_stop[j - 1])
            return true;
    }
    return false;
}

/* The irregular past that comes in [k, end) before any punctuation, conjunction or relative
 * pronoun, within PAST_AHEAD_MAX tokens, or 0: "A former teacher accused of having sex with
 * three of her students took a plea deal": the -ed word before it qualified the subject, and
 * "took" is the clause's verb. */
static uint32_t past_ahead(const precis_doc *d, uint32_t k, uint32_t end) {
    for (uint32_t j = k; j < end && j < k + PAST_AHEAD_MAX; j++) {
        if ((d->seg.tokens[j].kind == TOK_PUNCT && !quote_mark(d, j)) || fact_word(d, j, FW_CONJUNCTION) ||
            doc_tok_is(d, j, "who") || doc_tok_is(d, j, "which") || doc_tok_is(d, j, "that"))
            return 0;
        /* (after a noun: "students took"; not "some lost ground", "to set") */
        /* (or a verb of saying in the past: "A news report published Wednesday said ...") */
        if (d->seg.tokens[j].shape == SHAPE_LOWER && j > k && !d->tok_stop[j - 1] && d->seg.tokens[j - 1].kind == TOK_WORD &&
            (irregular_past(d, j) || (quotes_is_speech_verb(d, j) && d->text[d->seg.tokens[j].end - 1] == 'd')))
            return j;
    }
    return 0;
}

/* past_ahead's answer when it is a verb of saying ("said", "reported"), else 0. */
static uint32_t speech_past_ahead(const precis_doc *d, uint32_t k, uint32_t end) {
    uint32_t j = past_ahead(d, k, end);
    return j && quotes_is_speech_verb(d, j) ? j : 0;
}

/* A lower-case word ending in a single -s: a plural noun or a verb in the present. */
static bool plural_like(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    return t->kind == TOK_WORD && t->shape == SHAPE_LOWER && t->end - t->start > 3 && d->text[t->end - 1] == 's' &&
           d->text[t->end - 2] != 's' && !d->tok_stop[k];
}

/* True when an auxiliary or a modal comes within n tokens from k, with no punctuation,
 * conjunction or quotation before it: a clause's short subject and then its verb group. */
static bool auxiliary_within(const precis_doc *d, uint32_t k, uint32_t end, uint32_t n) {
    for (uint32_t j = k + 1; j < end && j <= k + n; j++) {
        /* ("and" inside a name joins no clauses: "the British [and] Irish Lions will be") */
        bool in_name = j + 1 < end && d->seg.tokens[j - 1].kind == TOK_WORD && d->seg.tokens[j - 1].shape != SHAPE_LOWER &&
                       d->seg.tokens[j + 1].kind == TOK_WORD && d->seg.tokens[j + 1].shape != SHAPE_LOWER;
        if (d->seg.tokens[j].kind == TOK_PUNCT || (doc_tok_is(d, j, "and") && !in_name) || doc_tok_is(d, j, "but"))
            return false;
        if (auxiliary(d, j) || modal(d, j) || negative_aux(d, j))
            return true;
    }
    return false;
}

static bool irregular_past(const precis_doc *d, uint32_t k);
/* True when tokens from k read as the subject of a reported clause too long for
 * auxiliary_ahead, up to its auxiliary or modal: a determiner first, then no punctuation,
 * conjunction, relative word or verb of its own ("has said [his acceptance of a seat in the
 * House of Lords] will allow him ..."; not "admitted [taking ...]", "posted [a rise in
 * profit after sales were ...]"). */
static bool long_reported_subject(const precis_doc *d, uint32_t k, uint32_t end) {
    if (k >= end || !determiner(d, k))
        return false;
    for (uint32_t j = k + 1; j < end && j <= k + VERB_PHRASE_MAX; j++) {
        const token *t = &d->seg.tokens[j];
        if (auxiliary(d, j) || modal(d, j))
            return true;
        if (t->kind == TOK_PUNCT || fact_word(d, j, FW_CONJUNCTION | FW_SUBORDINATOR) || doc_tok_is(d, j, "that") ||
            doc_tok_is(d, j, "which") || doc_tok_is(d, j, "who") || doc_tok_is(d, j, "and") ||
            (t->shape == SHAPE_LOWER && (irregular_past(d, j) || ends_with(d, j, "ed") || ing_word(d, j))))
            return false;
    }
    return false;
}

/* True when, within VERB_PHRASE_MAX tokens from k and before punctuation, a conjunction or
 * a relative word, a past verb (irregular, or in -ed) comes between a content word and a
 * determiner or a number: the verb of a clause whose subject runs from before k ("... beds
 * from its hostels [passed] ten thousand"). */
static bool reported_past_ahead(const precis_doc *d, uint32_t k, uint32_t end) {
    for (uint32_t j = k; j + 1 < end && j <= k + VERB_PHRASE_MAX; j++) {
        const token *t = &d->seg.tokens[j];
        if (t->kind == TOK_PUNCT || fact_word(d, j, FW_CONJUNCTION | FW_SUBORDINATOR) || doc_tok_is(d, j, "that") ||
            doc_tok_is(d, j, "which") || doc_tok_is(d, j, "who") || doc_tok_is(d, j, "and"))
            return false;
        const token *p = &d->seg.tokens[j - 1];
        if (t->kind == TOK_WORD && t->shape == SHAPE_LOWER && (irregular_past(d, j) || ends_with(d, j, "ed")) &&
            p->kind == TOK_WORD && !d->tok_stop[j - 1] && !determiner(d, j - 1) &&
            (determiner(d, j + 1) || d->seg.tokens[j + 1].kind == TOK_NUMBER || fact_word(d, j + 1, FW_NUMBER_WORD)))
            return true;
    }
    return false;
}

/* True when a reported clause's subject is a gerund phrase that starts at token k: an -ing
 * word, then within VERB_PHRASE_MAX tokens and before punctuation, a conjunction or a
 * relative word, a verb in -s before a determiner or a number ("says [being made an MBE in
 * the New Year Honours List] underlines the achievement"). A gerund object has no such verb
 * after it ("admitted taking bribes from companies"). */
static bool gerund_reported_subject(const precis_doc *d, uint32_t k, uint32_t end) {
    if (k >= end || d->seg.tokens[k].shape != SHAPE_LOWER || !ing_word(d, k))
        return false;
    for (uint32_t j = k + 2; j + 1 < end && j <= k + VERB_PHRASE_MAX; j++) {
        if (d->seg.tokens[j].kind == TOK_PUNCT || fact_word(d, j, FW_CONJUNCTION | FW_SUBORDINATOR) ||
            doc_tok_is(d, j, "that") || doc_tok_is(d, j, "which") || doc_tok_is(d, j, "who") || doc_tok_is(d, j, "and"))
            return false;
        if (plural_like(d, j) && !determiner(d, j - 1) &&
            (determiner(d, j + 1) || d->seg.tokens[j + 1].kind == TOK_NUMBER || fact_word(d, j + 1, FW_NUMBER_WORD)))
            return true;
    }
    return reported_past_ahead(d, k + 1, end);
}

/* True when "and" or "but" comes before the first auxiliary or modal within ten tokens from
 * k: that auxiliary is a second predicate's ("has posted larger profits [and predicted
 * that it will outperform]"), not a reported clause's. */
static bool auxiliary_after_and(const precis_doc *d, uint32_t k, uint32_t end) {
    for (uint32_t j = k; j < end && j < k + 10; j++) {
        if (doc_tok_is(d, j, "and") || doc_tok_is(d, j, "but"))
            return true;
        if (auxiliary(d, j) || modal(d, j))
            return false;
    }
    return false;
}

/* Common irregular past forms that news ledes use as main verbs; the regular ones end in
 * "-ed" and are found by their ending. */
static bool irregular_past(const precis_doc *d, uint32_t k) {
    return fact_word(d, k, FW_IRREGULAR_PAST);
}

/* True when a mention, no demonym, whose type is one of `types` (bits 1u << ner_type) ends
 * right before token k. */
#define TYPE_BIT(t) (1u << (t))
static bool mention_ends_before(const facts *f, uint32_t k, unsigned types) {
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->tok_start >= k)
            break;
        if (m->tok_end == k && (types & TYPE_BIT(m->type)) && !(m->flags & NERM_DEMONYM))
            return true;
    }
    return false;
}

/* True when a person's or an organisation's name ends right before token k. */
static bool name_at_end(const facts *f, uint32_t k) {
    return mention_ends_before(f, k, TYPE_BIT(NER_PER) | TYPE_BIT(NER_ORG));
}

/* The end (a token index) of the person's or organisation's name that starts at token k,
 * or 0. */
static uint32_t name_end_at(const facts *f, uint32_t k) {
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->tok_start > k)
            break;
        if (m->tok_start == k && (m->type == NER_PER || m->type == NER_ORG) && !(m->flags & NERM_DEMONYM))
            return m->tok_end;
    }
    return 0;
}

/* True when a name of any kind but a demonym ends right before token k. */
static bool mention_at_end(const facts *f, uint32_t k) { return mention_ends_before(f, k, ~0u); }

/* True when token k ends as a noun made from a verb or an adjective does ("withdrawal",
 * "presence", "decision"): no verb of a subject. */
static bool noun_ending(const precis_doc *d, uint32_t k) {
    static const char *const endings[] = {"tion", "sion", "ment", "ness", "ity", "ence", "ance", "al", "ship", "ism"};
    for (size_t i = 0; i < sizeof endings / sizeof *endings; i++)
        if (ends_with(d, k, endings[i]))
            return true;
    return false;
}

/* True when token k, after the subject's first word a, reads as a present-tense verb by what
 * comes around it: right after a plural noun or "both", or after names that a plural noun or
 * another name and "and" come before, and before "to" and a word, a time or a preposition
 * and the phrase it opens ("European Union finance ministers [meet] on Thursday to discuss",
 * "Top seeds South Africa [return] to the scene"); in -s after an article's singular noun,
 * before "to" and a verb ("The owner of the Nasdaq stock index [plans] to sell"). Not with
 * an auxiliary ahead, which is the clause's verb ("Government plans to sell the mail were
 * dropped"), nor after a name alone ("Fox News [debate] from Detroit": "Two days of talks on
 * the future of Gibraltar begin at ..." is left with them). */
static bool present_before_complement(const precis_doc *d, const facts *f, uint32_t a, uint32_t k, uint32_t end) {
    const token *t = &d->seg.tokens[k];
    if (k <= a || k + 2 >= end || t->kind != TOK_WORD || t->shape != SHAPE_LOWER || d->tok_stop[k] ||
        t->end - t->start < 3 || ing_word(d, k) || ends_with(d, k, "ed") || ends_with_ly(d, k) || irregular_past(d, k) ||
        fact_word(d, k, FW_CIRCUMSTANCE | FW_COMPLEMENT | FW_CLAUSE_OPENER | FW_SUBORDINATOR | FW_CONJUNCTION) ||
        noun_ending(d, k) || d->seg.tokens[k - 1].kind == TOK_POSSESSIVE || auxiliary_ahead(d, k + 1, end) ||
        /* ("The Belgian sports [minister] at the centre of ...": a role is a noun) */
        (model_entity_word(d->lang, d->text + t->start, t->end - t->start) &
         (EW_TITLE | EW_OCCUPATION | EW_BODY | EW_KIN | EW_STYLED)))
        return false;
    const token *p = &d->seg.tokens[k - 1], *n = &d->seg.tokens[k + 1], *n2 = &d->seg.tokens[k + 2];
    bool to_verb = doc_tok_is(d, k + 1, "to") && n2->kind == TOK_WORD && n2->shape == SHAPE_LOWER && !d->tok_stop[k + 2] &&
                   !determiner(d, k + 2);
    /* (in -s: a subject an article opens, its noun in the singular before it) */
    if (ends_with(d, k, "s"))
        return !ends_with(d, k, "ss") && to_verb && determiner(d, a) && p->kind == TOK_WORD &&
               p->shape == SHAPE_LOWER && !d->tok_stop[k - 1] && !ing_word(d, k - 1) && !ends_with(d, k - 1, "ed") &&
               !ends_with(d, k - 1, "s");
    /* (the plural is the subject's head: its noun right before, or names joined by "and" or
     * after a plural noun, "Top seeds South Africa"; "The more Democrats learn about ..., the
     * more ..." is a clause of comparison) */
    if ((doc_tok_is(d, a, "the") && a + 1 < k && (doc_tok_is(d, a + 1, "more") || doc_tok_is(d, a + 1, "less"))))
        return false;
    bool plural = (plural_like(d, k - 1) && !ends_with(d, k - 1, "us") && !ends_with(d, k - 1, "is")) ||
                  doc_tok_is(d, k - 1, "both");
    if (!plural && p->shape != SHAPE_LOWER && mention_at_end(f, k)) {
        uint32_t j = k - 1;
        while (j > a && d->seg.tokens[j - 1].kind == TOK_WORD && d->seg.tokens[j - 1].shape != SHAPE_LOWER)
            j--;
        plural = j > a && (plural_like(d, j - 1) || (doc_tok_is(d, j - 1, "and") && j - 1 > a && mention_at_end(f, j - 1)));
    }
    if (!plural)
        return false;
    uint32_t at = (doc_tok_is(d, k + 1, "on") || doc_tok_is(d, k + 1, "in")) ? k + 2 : k + 1;
    if (to_verb || timex_end_at(d, f, at) > at)
        return true;
    /* (a preposition and a phrase it opens: an article, a name or a number) */
    return fact_word(d, k + 1, FW_COMPLEMENT) && !doc_tok_is(d, k + 1, "of") &&
           (determiner(d, k + 2) || n2->shape == SHAPE_CAPITAL || n2->kind == TOK_NUMBER) && n->kind == TOK_WORD;
}

/* True when a person's name ends right before token k. */
static bool person_at_end(const facts *f, uint32_t k) { return mention_ends_before(f, k, TYPE_BIT(NER_PER)); }

/* Words that open an introductory phrase before the main clause: "With summer around the
 * corner, ...", "After exposing ..., ", "Although ...,". The clause starts after its comma. */
static bool introducer(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    if (t->kind != TOK_WORD)
        return false;
    if (fact_word(d, k, FW_INTRODUCER))
        return true;
    /* "Recently, a New York judge issued ...": a sentence adverb set off by its comma */
    if (t->end - t->start > 4 && strncasecmp(d->text + t->end - 2, "ly", 2) == 0 && k + 1 < d->seg.n_tokens &&
        doc_tok_is(d, k + 1, ","))
        return true;
    /* "Bringing the high street to Sydney, ...", "Having won ..., ": a participle opener */
    return t->end - t->start > 5 && strncasecmp(d->text + t->end - 3, "ing", 3) == 0;
}

/* True when token k opens a subordinate clause at a sentence's start: "after", "before",
 * "since", "until", "once" and the subordinators ("when", "while", "although", "if" ...) but
 * "but" and "whether". */
static bool subordinating_opener(const precis_doc *d, uint32_t k) {
    return !doc_tok_is(d, k, "but") && !doc_tok_is(d, k, "whether") &&
           (fact_word(d, k, FW_SUBORDINATOR) || doc_tok_is(d, k, "after") || doc_tok_is(d, k, "before") ||
            doc_tok_is(d, k, "since") || doc_tok_is(d, k, "until") || doc_tok_is(d, k, "once"));
}

/* True when the word at byte b lies in the clause that opens sentence si before its first
 * comma, when that clause is a subordinate one ("After Manchester United eased past Aston
 * Villa ..., Juan Mata admitted ..."): its verb is not the sentence's event. */
static bool in_opening_clause(const precis_doc *d, int32_t si, uint32_t b) {
    const sentence *s = &d->seg.sentences[si];
    uint32_t k = s->tok_start;
    while (k < s->tok_end && d->seg.tokens[k].kind == TOK_PUNCT)
        k++; /* an opening quotation mark */
    if (k >= s->tok_end || !subordinating_opener(d, k))
        return false;
    for (uint32_t j = k + 1; j < s->tok_end; j++)
        if (doc_tok_is(d, j, ","))
            return b < d->seg.tokens[j].start;
    return false;
}

/* Words that count a subject: "Most council cleaners", "Several ministers". */
static bool quantifier(const precis_doc *d, uint32_t k) {
    return fact_word(d, k, FW_QUANTIFIER);
}

/* Subject words that say nothing on their own: a pronoun or a demonstrative. */
static bool empty_subject(const precis_doc *d, uint32_t k) {
    return fact_word(d, k, FW_EMPTY_SUBJECT);
}

/* "his", "her", "their", "its": a possessive whose owner the text named before. */
#define POSSESSIVE_NAME_REACH 4 /* tokens from the possessive to a name it introduces ("its chairman Tom Reyes") */
#define PERFECT_REACH 3 /* tokens from "has" to its participle ("have now all been identified") */
static bool third_person_possessive(const precis_doc *d, uint32_t k) {
    return determiner(d, k) && (doc_tok_is(d, k, "his") || doc_tok_is(d, k, "her") || doc_tok_is(d, k, "their") ||
                                doc_tok_is(d, k, "its"));
}

static bool in_mention_at(const facts *f, uint32_t k);
/* empty_subject at the subject's first token, unless a name starts there ("All Blacks
 * captain Tama Umaga", "This Morning presenter ..."). */
static bool empty_opening(const precis_doc *d, const facts *f, uint32_t k) {
    return empty_subject(d, k) && !in_mention_at(f, k);
}

/* True when tokens k, k + 1 are a two-word sentence adverb that may stand inside a verb
 * group: "in fact", "of course", "at last". */
static bool sentence_adverbial(const precis_doc *d, uint32_t k, uint32_t end) {
    return k + 2 < end && ((doc_tok_is(d, k, "in") && doc_tok_is(d, k + 1, "fact")) ||
                           (doc_tok_is(d, k, "of") && doc_tok_is(d, k + 1, "course")) ||
                           (doc_tok_is(d, k, "at") && doc_tok_is(d, k + 1, "last")));
}

/* Words of a verb group before its head: auxiliaries, negation and sentence adverbs ("has
 * not yet been", "will now", "was reportedly"). */
static bool verb_group_word(const precis_doc *d, uint32_t k) {
    return fact_word(d, k, FW_AUX | FW_MODAL | FW_VERB_GROUP) || (ends_with_ly(d, k) && !verb_in_ly(d, k)) ||
           negative_aux(d, k) || d->seg.tokens[k].kind == TOK_POSSESSIVE;
}

/* A symbol that belongs to an amount in a verb phrase: "jumped 76%", "agreed a $168m deal",
 * "bought a 20% stake". */
static bool amount_symbol(const precis_doc *d, uint32_t k, uint32_t end) {
    const token *t = &d->seg.tokens[k];
    if (t->kind != TOK_SYMBOL || k == 0)
        return false;
    return (doc_tok_is(d, k, "%") && d->seg.tokens[k - 1].kind == TOK_NUMBER) ||
           (k + 1 < end && d->seg.tokens[k + 1].kind == TOK_NUMBER && !(d->seg.tokens[k + 1].flags & TOKF_SPACE_BEFORE));
}

/* "her", "him", "them", "us", "me": a pronoun that can only be an object. */
static bool object_pronoun(const precis_doc *d, uint32_t k) {
    return doc_tok_is(d, k, "her") || doc_tok_is(d, k, "him") || doc_tok_is(d, k, "them") || doc_tok_is(d, k, "us") ||
           doc_tok_is(d, k, "me");
}

/* True when token k, at the end of a phrase that starts after token `from`, is a pronoun
 * object right after its verb, which the trims of function words at a phrase's end keep:
 * "has never asked God to forgive [him]". Not after a participle, whose phrase goes on
 * ("speculation linking [him] with ..."). */
static bool kept_pronoun_object(const precis_doc *d, uint32_t k, uint32_t from) {
    /* (and "others" after "of": "to change the lives [of others]") */
    if (k > from + 2 && doc_tok_is(d, k, "others") && doc_tok_is(d, k - 1, "of"))
        return true;
    return k > from + 1 && object_pronoun(d, k) && !d->tok_stop[k - 1] && d->seg.tokens[k - 1].kind == TOK_WORD &&
           d->seg.tokens[k - 1].shape == SHAPE_LOWER && !ing_word(d, k - 1);
}

/* "is not up for renegotiation", "are in talks with Peugeot": after a copula at token
 * `verb`, a state that a preposition opens ("up for", and the state_prep words), through
 * the noun that follows it, says the whole predicate of a reported clause, however few its
 * content words; the end (a token index) past that noun, or 0. */
static bool copula_form(const precis_doc *d, uint32_t k) {
    return doc_tok_is(d, k, "is") || doc_tok_is(d, k, "are") || doc_tok_is(d, k, "was") || doc_tok_is(d, k, "were");
}

static uint32_t copula_state_end(const precis_doc *d, uint32_t verb, uint32_t end) {
    if (!copula_form(d, verb))
        return 0;
    uint32_t s = verb + 1;
    if (s < end && facts_negation(d, s))
        s++;
    /* "that the strike is over", "the deal is off": a particle alone before the clause's end
     * is the state */
    if (s < end && fact_word(d, s, FW_PARTICLE_END) && (s + 1 == end || d->seg.tokens[s + 1].kind == TOK_PUNCT) &&
        !doc_tok_is(d, s, "again"))
        return s + 1;
    uint32_t n;
    if (s + 2 < end && doc_tok_is(d, s, "up") && doc_tok_is(d, s + 1, "for"))
        n = s + 2;
    else if (s + 1 < end && fact_word(d, s, FW_STATE_PREP))
        n = s + 1;
    else
        return 0;
    if (n + 1 < end && determiner(d, n))
        n++;
    const token *t = &d->seg.tokens[n];
    if (t->kind != TOK_WORD || t->shape != SHAPE_LOWER || d->tok_stop[n])
        return 0;
    uint32_t e = n + 1;
    while (e < end && e - verb < VERB_PHRASE_MAX && !ends_verb_phrase(d, e) && d->seg.tokens[e].kind == TOK_WORD &&
           d->seg.tokens[e].shape == SHAPE_LOWER && !d->tok_stop[e])
        e++;
    /* ... with the phrase its complement opens: "in talks [with the harbour board]" */
    if (e + 1 < end && opens_complement(d, e, FW_COMPLEMENT)) {
        uint32_t c = e + 1;
        if (c + 1 < end && determiner(d, c))
            c++;
        uint32_t ce = c;
        while (ce < end && ce - verb < VERB_PHRASE_MAX && !ends_verb_phrase(d, ce))
            ce++;
        if (ce > c)
            e = ce;
    }
    return e;
}

/* The end (a token index) of the reported clause that starts at token k, after "that": its
 * subject, its verb and the verb's object ("that he has held talks", "that Wayne Rooney
 * suffered a knee injury"), the object up to a preposition, a conjunction or punctuation; 0
 * when no verb with a content word after it comes within THAT_SUBJECT_MAX tokens ("that a
 * new film about"): then the clause does not read as one. The subject may hold "and"
 * ("that Al Kellock and Dougie Hall will both start"); a present-tense verb is known by the
 * determiner of its object ("that the nationalists want an SNP vote"). */
static bool verb_like(precis_doc *d, uint32_t k, buf *scratch);
/* True when token k is the "do" of "[noun] to do" after the verb at token v: "still have
 * work [to do]" says what the noun is for, and a predicate trimmed of its function words
 * keeps it. */
static bool noun_to_do(const precis_doc *d, uint32_t k, uint32_t v) {
    return k >= v + 3 && doc_tok_is(d, k, "do") && doc_tok_is(d, k - 1, "to") && d->seg.tokens[k - 2].kind == TOK_WORD &&
           !d->tok_stop[k - 2];
}

/* True when token k is a particle of the verb before it: facts.txt's particle words ("ruled
 * [out]"), or "on" before "to" and a verb ("held [on] to claim", "went [on] to win"). */
static bool verb_particle(const precis_doc *d, uint32_t k) {
    if (fact_word(d, k, FW_PARTICLE))
        return true;
    return k + 2 < d->seg.n_tokens && doc_tok_is(d, k, "on") && doc_tok_is(d, k + 1, "to") &&
           d->seg.tokens[k + 2].kind == TOK_WORD && d->seg.tokens[k + 2].shape == SHAPE_LOWER &&
           !d->tok_stop[k + 2] && !determiner(d, k + 2);
}

static bool participle(const precis_doc *d, uint32_t k);
static uint32_t that_clause(precis_doc *d, const facts *f, uint32_t k, uint32_t end, buf *scratch) {
    uint32_t verb = 0;
    /* a clause quoted whole is read inside its marks: "promised that ["]sport is back" */
    bool quoted = k + 1 < end && (d->seg.tokens[k].flags & TOKF_OPEN_QUOTE) && d->seg.tokens[k + 1].kind == TOK_WORD;
    if (quoted)
        k++;
    if (k >= end || ends_verb_phrase(d, k))
        return 0; /* "continued [as] the top seed was beaten": a clause of time or manner */
    for (uint32_t j = k + 1; j < end && j <= k + THAT_SUBJECT_MAX && !verb; j++) {
        const token *t = &d->seg.tokens[j];
        /* (quotation marks are no aside: "that the 'special relationship' ... is over", "her
         * mistakes 'contributed' to ...") */
        if (quote_mark(d, j))
            continue;
        if (t->kind == TOK_PUNCT || doc_tok_is(d, j, "that") || doc_tok_is(d, j, "who") || doc_tok_is(d, j, "which"))
            return 0; /* an aside or a clause in the subject: not read */
        if (t->kind != TOK_WORD || t->shape != SHAPE_LOWER)
            continue;
        /* "that the cost of [trying] to study in London left her ...": a word in -ing
         * without its "is" is no clause's verb */
        if (t->end - t->start > 4 && strncmp(d->text + t->end - 3, "ing", 3) == 0)
            continue;
        const token *p = &d->seg.tokens[j - 1];
        bool object_next = j + 1 < end && determiner(d, j + 1) && !d->tok_stop[j] && p->kind == TOK_WORD &&
                           !determiner(d, j - 1) && (p->shape != SHAPE_LOWER || !d->tok_stop[j - 1]);
        if (auxiliary(d, j) || modal(d, j) || negative_aux(d, j) || irregular_past(d, j) ||
            event_class(d, j, scratch) == EVENT_VERB ||
            (t->end - t->start > 4 && strncmp(d->text + t->end - 2, "ed", 2) == 0 && !determiner(d, j - 1)) ||
            object_next)
            verb = j;
    }
    if (!verb)
        return 0;
    /* ... and ends with them: the speaker's words, whole ("that "sport is back"") */
    if (quoted) {
        for (uint32_t q = verb + 1; q < end && q - verb <= VERB_PHRASE_MAX; q++) {
            if (d->seg.tokens[q].flags & TOKF_CLOSE_QUOTE)
                return q + 1;
            if (d->seg.tokens[q].flags & TOKF_OPEN_QUOTE)
                break;
        }
        return 0; /* a quotation too long to carry, or not closed */
    }
    uint32_t state_end = copula_state_end(d, verb, end);
    if (state_end)
        return state_end;
    uint32_t e = verb + 1;
    /* "he held [on] to claim the last spot": the verb's particle */
    if (e + 2 < end && verb_particle(d, e))
        e++;
    /* a verb in quotation marks of its own goes on to its object or its complement: "her
     * mistakes 'contributed' [to the deaths of two babies]", "his errors 'caused' [the
     * grounding of the ferry]" */
    if (e + 1 < end && (d->seg.tokens[e].flags & TOKF_CLOSE_QUOTE) && verb > k && quote_mark(d, verb - 1)) {
        if (opens_complement(d, e + 1, FW_COMPLEMENT)) {
            uint32_t c = with_complement(d, f, e, e + 1, end, FW_COMPLEMENT);
            return c > e + 2 ? c : 0;
        }
        e++;
    }
    int open = 0; /* quotation marks opened and not closed: "will be "unremittingly New Labour"" */
    while (e < end && e - verb < VERB_PHRASE_MAX &&
           (d->seg.tokens[e].kind == TOK_POSSESSIVE || !ends_verb_phrase(d, e) || counted_after(d, e, end) ||
            amount_symbol(d, e, end) ||
            ((d->seg.tokens[e].flags & TOKF_OPEN_QUOTE) && e + 1 < end && d->seg.tokens[e + 1].kind == TOK_WORD) ||
            open > 0)) { /* a quotation is read to its end */
        open += (d->seg.tokens[e].flags & TOKF_OPEN_QUOTE) ? 1 : (d->seg.tokens[e].flags & TOKF_CLOSE_QUOTE) ? -1 : 0;
        e++;
    }
    for (uint32_t k2 = e; open > 0 && k2-- > verb;) /* a quotation not closed is cut before it opens */
        if (d->seg.tokens[k2].flags & TOKF_OPEN_QUOTE) {
            e = k2;
            open--;
        }
    while (e > verb && ((d->tok_stop[e - 1] && d->seg.tokens[e - 1].shape == SHAPE_LOWER &&
                         !fact_word(d, e - 1, FW_PARTICLE) && /* "cut off" keeps "off" */
                         !kept_pronoun_object(d, e - 1, verb) && !noun_to_do(d, e - 1, verb)) ||
                        (d->seg.tokens[e - 1].kind == TOK_PUNCT && !(d->seg.tokens[e - 1].flags & TOKF_CLOSE_QUOTE))))
        e--;
    /* "that the cost ... left [her] with no other choice": a pronoun for an object goes with
     * the complement after it */
    /* (after the verb group: "could disqualify [him] from the presidential race") */
    bool pronoun_object = false; /* (which counts as the object the check below wants) */
    uint32_t hv = verb;
    while (hv + 1 < end && verb_group_word(d, hv) && d->seg.tokens[hv].kind != TOK_POSSESSIVE)
        hv++;
    if (e <= hv + 2 && hv + 2 < end && object_pronoun(d, hv + 1)) {
        uint32_t c = with_complement(d, f, hv + 1, hv + 2, end, FW_OBJECT_COMPLEMENT);
        if (c > hv + 2) {
            e = c;
            pronoun_object = true;
        }
    }
    if (e <= verb + 1)
        return 0;
    /* "that it would "have been cool" had ...": a modal with "have" says what did not
     * happen, and the clause cannot be carried without its condition */
    for (uint32_t j = verb; j + 1 < e; j++) {
        uint32_t h = j + 1;
        while (h < e && quote_mark(d, h))
            h++;
        if ((doc_tok_is(d, j, "would") || doc_tok_is(d, j, "could") || doc_tok_is(d, j, "might")) && h < e &&
            doc_tok_is(d, h, "have"))
            return 0;
    }
    /* "that he has held talks", not "that the player is hoping [for talks]": the verb and two
     * content words, so that the clause is not cut before its object */
    size_t content = 0, object = 0;
    uint32_t h = verb; /* past the verb group: "will eventually give [up]" has no object yet */
    /* ("that his side still have [work] to do": "have" before a noun is the verb, not an
     * auxiliary) */
    bool have_noun = (doc_tok_is(d, verb, "have") || doc_tok_is(d, verb, "has") || doc_tok_is(d, verb, "had")) &&
                     verb + 1 < e && d->seg.tokens[verb + 1].kind == TOK_WORD &&
                     d->seg.tokens[verb + 1].shape == SHAPE_LOWER && !d->tok_stop[verb + 1] &&
                     !participle(d, verb + 1) && !ing_word(d, verb + 1) && !ends_with_ly(d, verb + 1) &&
                     !ends_with(d, verb + 1, "en");
    while (!have_noun && h + 1 < e && verb_group_word(d, h))
        h++;
    /* "voters will have to wait [for Labour's manifesto]": a verb alone takes its complement,
     * and so does a verb with its adverbs ("can qualify directly [for the World Cup finals]",
     * "had relied too heavily [on reality shows]") */
    uint32_t adverbs_end = h + 1;
    while (adverbs_end < e && (ends_with_ly(d, adverbs_end) ||
                               (d->tok_stop[adverbs_end] && d->seg.tokens[adverbs_end].shape == SHAPE_LOWER)))
        adverbs_end++;
    if (e == h + 1 || (adverbs_end == e && ends_with_ly(d, e - 1)))
        e = with_complement(d, f, e - 1, e, end, FW_COMPLEMENT);
    /* (a verb group of auxiliaries alone has its last for its verb: "that he has [had] no
     * contact", "that the deal [was] dead") */
    content = have_noun || (h > verb && auxiliary(d, h - 1) && !verb_like(d, h, scratch));
    for (uint32_t j = verb + 1; j < e; j++) {
        bool w = !d->tok_stop[j] && !auxiliary(d, j);
        content += w;
        object += w && j > h;
    }
    /* ... or a clause that runs to the sentence's end, which nothing cut: "that the strike is
     * over.", "the ferry would run.", "the quay could collapse." say all they say; so does one
     * whose verb a time ends ("the north quay would reopen [in March]."), which it keeps */
    uint32_t timed = e;
    if (timed + 1 < end && (doc_tok_is(d, timed, "in") || doc_tok_is(d, timed, "on") || doc_tok_is(d, timed, "by")) &&
        timex_end_at(d, f, timed + 1) > timed + 1)
        timed = timex_end_at(d, f, timed + 1);
    else if (timed < end && timex_end_at(d, f, timed) > timed)
        timed = timex_end_at(d, f, timed);
    bool to_the_end = true;
    for (uint32_t j = timed; j < end && to_the_end; j++)
        to_the_end = d->seg.tokens[j].kind == TOK_PUNCT && !doc_tok_is(d, j, ",") && !doc_tok_is(d, j, ":") &&
                     !doc_tok_is(d, j, ";") && !doc_tok_is(d, j, "(") && !doc_tok_is(d, j, "-");
    if ((content >= 2 && object >= 1) || (pronoun_object && content >= 1))
        return e;
    return to_the_end && content >= 1 ? timed : 0;
}

/* The lede's subject and verb were found but its predicate cannot stand (a speech verb whose
 * object is a clause, a predicate cut short): the fact line's older rule, which guesses an
 * actor and an event from the words, must not stand in for it. Returns false (no scene). */
static bool refuse(facts *f) {
    f->what.clause_refused = true;
    return false;
}

/* True when token k reads as a verb by the lists or by its ending: an event verb, an
 * irregular past, a verb that reports, or a word in -ed, -ing or -en. */
static bool verb_like(precis_doc *d, uint32_t k, buf *scratch) {
    const token *t = &d->seg.tokens[k];
    return event_class(d, k, scratch) == EVENT_VERB || irregular_past(d, k) || fact_word(d, k, FW_REPORT_VERB) ||
           quotes_is_speech_verb(d, k) ||
           (t->end - t->start > 3 &&
            (strncmp(d->text + t->end - 2, "ed", 2) == 0 || strncmp(d->text + t->end - 3, "ing", 3) == 0 ||
             strncmp(d->text + t->end - 2, "en", 2) == 0));
}

/* "are very concerned about the use of ...", "is much higher than estimated", "is due in a
 * US court", "is ready to commit his future to ...": after a copula, a word that is no verb
 * (or any word after a degree word of facts.txt: "very concerned"), its complement (a
 * preposition, "of" or "than") and a word say what state the subject is in, which is the
 * news of a survey, a forecast or a fixture. A participle without a degree word is the
 * passive's head ("was arrested for"). Returns the word's token, or 0 when tokens from k
 * read otherwise. */
static uint32_t adjective_state(precis_doc *d, uint32_t k, uint32_t end, buf *scratch) {
    bool graded = fact_word(d, k, FW_DEGREE);
    uint32_t j = graded ? k + 1 : k;
    if (j + 2 >= end)
        return 0;
    const token *t = &d->seg.tokens[j];
    if (t->kind != TOK_WORD || t->shape != SHAPE_LOWER || d->tok_stop[j] || determiner(d, j) ||
        (!graded && verb_like(d, j, scratch)))
        return 0;
    if (!fact_word(d, j + 1, FW_COMPLEMENT) && !doc_tok_is(d, j + 1, "than") && !doc_tok_is(d, j + 1, "of"))
        return 0;
    const token *n = &d->seg.tokens[j + 2];
    return n->kind == TOK_WORD || n->kind == TOK_NUMBER ? j : 0;
}

/* True when tokens [c, last) after a comma credit what comes before: "according to" and a
 * source; a source and its verb of reporting in either order, within ATTRIBUTION_TAIL_MAX
 * tokens ("suggests a report into search habits", "a judge has ruled", "the Tories have
 * warned": brief.txt's attribution and finding words); or "it" and such a verb ("it has
 * emerged", "it was revealed"). */
#define CREDIT_AUX_MAX 2 /* "has been" between "it" and the verb */
#define CREDITED_REST_MAX 8 /* tokens of "on Who Wants to Be a Millionaire" before a credit's comma */
static bool credit_after_comma(const precis_doc *d, uint32_t c, uint32_t last) {
    if (c + 1 >= last)
        return false;
    if (doc_tok_is(d, c, "according") && doc_tok_is(d, c + 1, "to"))
        return true;
    if (doc_tok_is(d, c, "it")) {
        uint32_t v = c + 1;
        while (v < last && v - c <= CREDIT_AUX_MAX && (auxiliary(d, v) || doc_tok_is(d, v, "been")))
            v++;
        return v + 1 == last && (doc_tok_class(d, &d->lang->brief_words, v) & BW_ATTRIBUTION);
    }
    if (last - c > ATTRIBUTION_TAIL_MAX)
        return false;
    bool reports = false;
    for (uint32_t k = c; k < last; k++) {
        if (d->seg.tokens[k].kind == TOK_PUNCT)
            return false;
        reports |= (doc_tok_class(d, &d->lang->brief_words, k) & (BW_ATTRIBUTION | BW_FINDING)) != 0 &&
                   d->seg.tokens[k].shape == SHAPE_LOWER;
    }
    return reports;
}

/* True when the tokens from k to end go on, after one of their commas, with a credit
 * (credit_after_comma) that runs to the sentence's end or to the next comma: the sentence
 * credits what it says to a source, or reports it as found out ("... is an insult to all
 * African-Americans, top black lawmakers said Friday afternoon, as they bristled ..."). */
static bool credited_tail(const precis_doc *d, uint32_t k, uint32_t end) {
    uint32_t last = end;
    while (last > k && d->seg.tokens[last - 1].kind == TOK_PUNCT && !doc_tok_is(d, last - 1, ","))
        last--; /* the full stop */
    for (uint32_t c = k; c < last; c++) {
        if (!doc_tok_is(d, c, ","))
            continue;
        uint32_t next = c + 1;
        while (next < last && !doc_tok_is(d, next, ","))
            next++;
        if (credit_after_comma(d, c + 1, next))
            return true;
    }
    return false;
}

/* True when tokens from k, before any punctuation, compare by a measure: a number or "twice"
 * and then "more", "less" or "likely" ("about 30% less likely", "twice as likely"). */
static bool finding(const precis_doc *d, uint32_t k, uint32_t end) {
    bool measured = false;
    for (uint32_t j = k; j < end && j < k + 6; j++) {
        if (d->seg.tokens[j].kind == TOK_PUNCT)
            return false;
        measured |= d->seg.tokens[j].kind == TOK_NUMBER || doc_tok_is(d, j, "twice") || doc_tok_is(d, j, "half");
        if (measured && (doc_tok_is(d, j, "more") || doc_tok_is(d, j, "less") || doc_tok_is(d, j, "likely")))
            return true;
    }
    return false;
}

/* A pronoun that can stand for the subject of a speech verb in its own reported clause: "said
 * it would recall", "says he will stand down". */
static bool own_pronoun(const precis_doc *d, uint32_t k) {
    return fact_word(d, k, FW_OWN_PRONOUN);
}

/* "Voters will have a clear choice between the politics of fear and the politics of hope,
 * said Charles Kennedy.", "Britain's rebate is not up for renegotiation, Jack Straw said.": a
 * sentence [a, end) that ends on a named speaker (a person or an organisation, and a verb of
 * saying, after its last comma) states the speaker's claim. The clause is the speaker and
 * the claim, read as a reported clause is (that_clause: its subject, verb and object),
 * which is how a headline puts it ("Jack Straw: Britain's rebate is not up for
 * renegotiation"). Not a quotation (quotes.c gives those their speaker), nor a claim with no
 * verb. True when the sentence reads so. */
#define SPEAKER_CLAIM_MAX 24 /* tokens of a claim with two predicates a speaker's line carries */
static bool speaker_clause(precis_doc *d, facts *f, uint32_t a, uint32_t end, buf *scratch) {
    uint32_t e = end;
    while (e > a && d->seg.tokens[e - 1].kind == TOK_PUNCT && !doc_tok_is(d, e - 1, ","))
        e--; /* the full stop */
    uint32_t c = e;
    while (c > a && !doc_tok_is(d, c - 1, ","))
        c--;
    if (c < a + 4 || e - c > ATTRIBUTION_TAIL_MAX)
        return false;
    bool says = false;
    for (uint32_t k = c; k < e; k++)
        /* (not "Donald Trump was calling [for change]": a verb with a complement of its own
         * says something else than the claim before it; "said on Monday" keeps its time) */
        says |= d->seg.tokens[k].shape == SHAPE_LOWER && quotes_is_speech_verb(d, k) &&
                !(k + 2 < e && (doc_tok_is(d, k + 1, "for") || doc_tok_is(d, k + 1, "on") || doc_tok_is(d, k + 1, "to")) &&
                  !timex_end_at(d, f, k + 2));
    const ner_mention *who = NULL;
    for (size_t i = 0; i < f->ents.n_mentions && !who; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->tok_start >= c && m->tok_end <= e && m->entity >= 0 && !(m->flags & NERM_DEMONYM) &&
            (m->type == NER_PER || m->type == NER_ORG))
            who = m;
    }
    if (!says || !who)
        return false;
    for (uint32_t k = a; k < c; k++)
        if (quote_mark(d, k) || (d->seg.tokens[k].kind == TOK_PUNCT && k + 1 < c && !doc_tok_is(d, k, "'")))
            return false; /* a quotation, or a claim with asides of its own */
    if (empty_subject(d, a) || quotes_is_pronoun(d, a))
        return false; /* "It is ...", "He will ...": the claim needs what came before */
    uint32_t claim_end = that_clause(d, f, a, c - 1, scratch);
    if (!claim_end)
        return false;
    /* "Tony Blair has had the chance to tackle the problems facing Britain [and has failed],
     * Michael Howard has said": a second predicate the claim goes on to is part of what was
     * said; the claim is read to the comma, or not at all when that is too long */
    if (claim_end < c - 1 && (doc_tok_is(d, claim_end, "and") || doc_tok_is(d, claim_end, "but"))) {
        if (c - 1 - a > SPEAKER_CLAIM_MAX)
            return false;
        claim_end = c - 1;
    }
    /* "The real danger is not what happens to your data [as it crosses the net], argues
     * ...": a question word's clause cut short changes what was said */
    for (uint32_t k = a; k < claim_end && claim_end < c - 1; k++)
        if (doc_tok_is(d, k, "what") || doc_tok_is(d, k, "how") || doc_tok_is(d, k, "why") ||
            doc_tok_is(d, k, "whether"))
            return false;
    f->what.clause_subject_start = who->start;
    f->what.clause_subject_end = who->end;
    f->what.clause_head_start = d->seg.tokens[a].start;
    f->what.clause_predicate_start = d->seg.tokens[a].start;
    f->what.clause_predicate_end = d->seg.tokens[claim_end - 1].end;
    return true;
}

/* True when token k, right after an aside's closing comma or dash, is a verb in the past: an
 * irregular past ("grew", "built") or a lower-case word in -ed, not followed by "by" (a
 * participle with its agent: ", a former teacher, [accused] by ..." qualifies) nor after
 * an aside that a relative word opened (its own verb came before). */
static bool past_after_aside(const precis_doc *d, uint32_t k, uint32_t end) {
    const token *t = k < end ? &d->seg.tokens[k] : NULL;
    if (!t || t->kind != TOK_WORD || t->shape != SHAPE_LOWER || (k + 1 < end && doc_tok_is(d, k + 1, "by")))
        return false;
    return fact_word(d, k, FW_IRREGULAR_PAST) || (t->end - t->start > 4 && ends_with(d, k, "ed"));
}

/* True when token k, right after an aside in a subject, is a verb in the present ("Adm.
 * Harry Harris, who leads the Pacific Command, [makes] no apologies"): a word in -s (not
 * -ss) that is no function word. */
static bool present_after_aside(const precis_doc *d, uint32_t k, uint32_t end) {
    return k < end && plural_like(d, k) && d->text[d->seg.tokens[k].end - 2] != '\'';
}

/* The first token of the verb group that ends before token c (its modals, negations and
 * adverbs: "might not [have]"), no earlier than token from. */
static uint32_t group_start(const precis_doc *d, uint32_t from, uint32_t c) {
    while (c > from && (modal(d, c - 1) || facts_negation(d, c - 1) || ends_with_ly(d, c - 1)))
        c--;
    return c;
}

/* The aside's closing comma or dash at token c, or the quotation mark right after it that
 * closes a quotation inside the aside: American style puts the comma first (", host of
 * MSNBC's “Morning Joe,” suggested"). */
static uint32_t past_closing_mark(const precis_doc *d, uint32_t c, uint32_t end) {
    return c + 1 < end && (d->seg.tokens[c + 1].flags & TOKF_CLOSE_QUOTE) && d->seg.tokens[c + 1].kind == TOK_PUNCT
               ? c + 1
               : c;
}

/* Passes over the aside from token *b to its closing comma or dash at token c: the subject
 * ends where the aside begins (unless it ended before), the aside's tokens do not count
 * towards its length, and reading goes on after c. True when a past right after the aside
 * is the clause's verb ("Germany's economy, the biggest among the 12 countries sharing the
 * euro, [grew] at its fastest rate": the rules that read the word before a verb would see
 * the comma); *b is then that verb. */
static bool pass_aside(const precis_doc *d, uint32_t *b, uint32_t c, uint32_t end, uint32_t *sub_end,
                       uint32_t *skipped) {
    if (!*sub_end)
        *sub_end = *b;
    c = past_closing_mark(d, c, end);
    *skipped += c + 1 - *b;
    *b = c + 1;
    return past_after_aside(d, *b, end) || present_after_aside(d, *b, end);
}

/* True when the comma at token c closes an aside in a subject: an auxiliary, a modal or a
 * negated one comes right after it ("..., has reported", "..., will not"). */
static bool aside_closed(const precis_doc *d, uint32_t c, uint32_t end) {
    c = past_closing_mark(d, c, end); /* ", star of “Thelma and Louise,” is not sure" */
    return c + 1 < end && d->seg.tokens[c + 1].shape == SHAPE_LOWER &&
           (auxiliary(d, c + 1) || modal(d, c + 1) || negative_aux(d, c + 1));
}

/* True when token k, after an "of", opens a clause or an action: a question word ("of
 * where their contest could be heading") or a word in -ing ("of announcing that ..."). */
static bool of_clause(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    return doc_tok_is(d, k, "what") || doc_tok_is(d, k, "where") || doc_tok_is(d, k, "how") || doc_tok_is(d, k, "why") ||
           doc_tok_is(d, k, "who") || doc_tok_is(d, k, "whether") ||
           (t->kind == TOK_WORD && t->shape == SHAPE_LOWER && t->end - t->start > 4 && ends_with(d, k, "ing"));
}

/* True when the name that ends at token b opens on "the" ("The Trump troops", "the Obama
 * administration"): the name qualifies a noun, and the word after it is that noun. */
static bool the_before_name(const precis_doc *d, const facts *f, uint32_t b) {
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->tok_end == b)
            return m->tok_start > 0 && doc_tok_is(d, m->tok_start - 1, "the");
    }
    return false;
}

/* True when token k is a verb of saying or thinking that reports a clause, never a bare
 * noun phrase: "said", "says", "claims", "believes", "thinks", "insists", "argues" ("urged",
 * "praised", "called" take an object of their own). */
static bool clause_verb_of_saying(const precis_doc *d, uint32_t k) {
    static const char *const verbs[] = {"say",     "says",    "said",   "claim", "claims", "claimed",
                                        "believe", "believes", "believed", "think", "thinks", "thought",
                                        "insist",  "insists",  "insisted", "argue", "argues", "argued"};
    for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++)
        if (doc_tok_is(d, k, verbs[i]))
            return true;
    return false;
}

/* True when token k is a pronoun with its verb written on: "he's", "they're", "it’s". */
static bool pronoun_contraction(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    const char *w = d->text + t->start;
    size_t n = t->end - t->start;
    static const char *const pronouns[] = {"he", "she", "it", "they", "we", "i", "you", "there"};
    for (size_t i = 0; i < sizeof pronouns / sizeof *pronouns; i++) {
        size_t p = strlen(pronouns[i]);
        if (n > p + 1 && strncasecmp(w, pronouns[i], p) == 0 &&
            (w[p] == '\'' || (n > p + 3 && memcmp(w + p, "\xe2\x80\x99", 3) == 0)))
            return true;
    }
    return false;
}

/* True when token k is a relative word: who, whom, whose, which, that. */
static bool relative_word_at(const precis_doc *d, uint32_t k) {
    return doc_tok_is(d, k, "who") || doc_tok_is(d, k, "whom") || doc_tok_is(d, k, "whose") ||
           doc_tok_is(d, k, "which") || doc_tok_is(d, k, "that") || doc_tok_is(d, k, "who's");
}

/* The end of the conjunct that the "and" at token k opens, when it joins words of a phrase:
 * up to the next preposition or punctuation, at most CONJUNCT_MAX tokens, with nothing in it
 * that reads as a verb or a subject of its own (an auxiliary, a modal, a past, a word in
 * -ing, a pronoun, a verb of saying, a present before its object), not opened by a function
 * word other than a determiner ("and [yet] none of his rivals") nor ended by one that opens a
 * clause ("and Wales [and] Ireland ... face"). k itself when the conjunct is a clause or too
 * long. */
#define CONJUNCT_MAX 8
static uint32_t phrasal_conjunct_end(const precis_doc *d, uint32_t k, uint32_t end) {
    uint32_t c = k + 1;
    if (c >= end || (d->tok_stop[c] && d->seg.tokens[c].shape == SHAPE_LOWER && !determiner(d, c)))
        return k;
    for (; c < end && (!ends_verb_phrase(d, c) || d->seg.tokens[c].kind == TOK_POSSESSIVE); c++) {
        const token *t = &d->seg.tokens[c];
        size_t len = t->end - t->start;
        if (c - k > CONJUNCT_MAX || auxiliary(d, c) || modal(d, c) || negative_aux(d, c) || irregular_past(d, c) ||
            quotes_is_pronoun(d, c) || empty_subject(d, c) || quotes_is_speech_verb(d, c) ||
            (t->shape == SHAPE_LOWER && len >= 4 && ends_with(d, c, "ed")) ||
            (t->shape == SHAPE_LOWER && len > 4 && ends_with(d, c, "ing")) ||
            /* (a present in -s with its object: "and [calls] the plan"; "fee figures on"
             * ends a noun) */
            (present_verb_before_object(d, c, end) && (determiner(d, c + 1) || !d->tok_stop[c + 1])))
            return k;
    }
    if (c < end && d->seg.tokens[c].kind == TOK_WORD && !fact_word(d, c, FW_COMPLEMENT | FW_CIRCUMSTANCE))
        return k; /* another "and", a relative or a subordinate clause */
    /* (nor before a particle, a preposition with no phrase of its own: "his own integrity
     * head [on] during the campaign") */
    if (c + 1 < end && d->seg.tokens[c].kind == TOK_WORD &&
        (d->seg.tokens[c + 1].kind == TOK_PUNCT || fact_word(d, c + 1, FW_COMPLEMENT | FW_CIRCUMSTANCE)))
        return k;
    /* (one word in lower case before a preposition is a verb with its complement: "shut the
     * Champions League out of their minds and [concentrate] on ...") */
    if (c == k + 2 && c < end && d->seg.tokens[c].kind == TOK_WORD && d->seg.tokens[k + 1].shape == SHAPE_LOWER)
        return k;
    /* (a conjunct ends on a word of content: "and the", "and a" open a phrase cut short) */
    uint32_t read = c;
    while (c > k + 1 && (d->tok_stop[c - 1] || d->seg.tokens[c - 1].kind == TOK_PUNCT))
        c--;
    /* (... and one word in lower case left of it is a verb whose object went: "sell shares
     * to the public and [list] itself on the market") */
    if (c == k + 2 && c < read && d->seg.tokens[k + 1].shape == SHAPE_LOWER)
        return k;
    return c > k + 1 ? c : k;
}

#define INTRO_PHRASE_MAX 16   /* tokens of an introductory phrase before its comma */
#define INTRO_CLAUSE_MAX 24   /* ... of one a subordinator opens ("After Manchester United eased past ...,") */
#define CLAUSE_SUBJECT_MAX 14 /* tokens: "A 78-year-old man from Connecticut" and a little more */
#define RELATIVE_MAX 30       /* tokens of a relative clause between commas in the subject */
#define CONDITION_MAX 10     /* tokens of an "if" clause a predicate keeps */
#define COMPARED_MAX 5       /* tokens of a comparison's "than ..." a predicate keeps */
#define RELATIVE_VERB_REACH 32 /* tokens from a relative word to the main clause's auxiliary */

/* The lede (or sentence si) as one main clause: subject, verb group, predicate. A dateline ("(CNN)",
 * "LISBON (Reuters) -") and one introductory phrase ending in a comma are skipped; the
 * subject runs to the first auxiliary or verb, past a relative clause (", who ..., ") or an
 * apposition (", 41, "); the predicate is the head verb with its object (as lead_verb reads
 * it), led by a modal or a negation when there is one ("will not get a day off"). A copula
 * with no verb after it ("is a modern-day suffragette") describes rather than reports, and a
 * pronoun subject ("It", "They") names no one: both give nothing, and the function returns
 * true: the sentence sets a scene, and the story's event may come in the next one. `lede` is
 * the lede's index: a state ("are very concerned about") is read there only. */
static uint32_t after_time_and_show(const precis_doc *d, const facts *f, uint32_t a, uint32_t end);
static bool title_paragraph(const precis_doc *d, int32_t si);
static uint32_t place_container_end(const precis_doc *d, const facts *f, uint32_t k, uint32_t end);
/* Past a feature's turn, "Most people give up chocolate for Lent [but] one businesswoman
 * decided ...", "Derby County season ticket holders ... might struggle to believe it [but]
 * Alberto Bueno prepares to face ...": the clause before "but" only says what is usual or
 * what one might think (its subject a word for most people, or its verb group a modal), and
 * the clause after it opens with a name or a counted or indefinite noun ("one", "a", "an"):
 * that is the story's. Else token a. */
#define HEDGED_TURN_REACH 16 /* tokens from the sentence's start to "but" */
static uint32_t after_hedged_turn(const precis_doc *d, const facts *f, uint32_t a, uint32_t end) {
    bool usual = a + 1 < end && (doc_tok_is(d, a, "most") || doc_tok_is(d, a, "many") || doc_tok_is(d, a, "everyone") ||
                                 doc_tok_is(d, a, "everybody"));
    bool hedged = false;
    for (uint32_t k = a + 2; k + 2 < end && k <= a + HEDGED_TURN_REACH; k++) {
        const token *t = &d->seg.tokens[k];
        if (t->kind == TOK_PUNCT && !doc_tok_is(d, k, ","))
            return a;
        hedged |= doc_tok_is(d, k, "might") || doc_tok_is(d, k, "may") || doc_tok_is(d, k, "could");
        if (!doc_tok_is(d, k, "but"))
            continue;
        if (!usual && !hedged)
            return a;
        uint32_t n = k + 1;
        const token *nt = &d->seg.tokens[n];
        bool named = nt->kind == TOK_WORD && nt->shape != SHAPE_LOWER && in_mention_at(f, n);
        bool counted = doc_tok_is(d, n, "one") || doc_tok_is(d, n, "a") || doc_tok_is(d, n, "an");
        return (named || counted) && d->seg.tokens[n + 1].kind == TOK_WORD ? n : a;
    }
    return a;
}

/* The first token of sentence s's clause: past a source in brackets ("(CNN)", "(The
 * Hollywood Reporter)"), a dateline ("LISBON (Reuters) -"), a label before a colon
 * ("Wanted: Police in Maryland have issued ...") and an opening time with the programme it
 * names (after_time_and_show). */
static uint32_t clause_start(const precis_doc *d, const facts *f, const sentence *s) {
    uint32_t a = s->tok_start, end = s->tok_end;
    /* "Kathmandu, Nepal (CNN)Rescuers in Nepal have pulled ...": the story after its dateline */
    while (a < end && d->seg.tokens[a].start < f->dateline_end)
        a++;
    /* "(CNN)", "(The Hollywood Reporter)" */
    if (a < end && doc_tok_is(d, a, "("))
        for (uint32_t k = a + 1; k < end && k < a + 6; k++)
            if (doc_tok_is(d, k, ")")) {
                a = k + 1;
                break;
            }
    /* "LISBON (Reuters) -", "WASHINGTON -": a dateline has no lower-case word before its
     * dash ("Two of the largest airlines in the US - American and Southwest - have ...") */
    /* (nor a city in capitals and its state: "OSCEOLA, Iowa —", "NEWPORT NEWS, Va. —") */
    uint32_t city_end = a;
    while (city_end < end && city_end < a + 3 && d->seg.tokens[city_end].shape == SHAPE_UPPER)
        city_end++;
    for (uint32_t k = a; k < end && k < a + 10 && d->seg.tokens[k].shape != SHAPE_LOWER; k++)
        if (doc_tok_is_dash(d, k) && k > a &&
            (doc_tok_is(d, k - 1, ")") || d->seg.tokens[k - 1].shape == SHAPE_UPPER ||
             (city_end > a && k > city_end + 1 && doc_tok_is(d, city_end, ",")))) {
            a = k + 1;
            break;
        }
    /* "But Britt McHenry, a sports reporter for ESPN, has been suspended": a conjunction that
     * opens the sentence joins it to the one before; the clause starts after it */
    if (a + 2 < end && (doc_tok_is(d, a, "but") || doc_tok_is(d, a, "and") || doc_tok_is(d, a, "yet")) &&
        d->seg.tokens[a + 1].kind == TOK_WORD && d->seg.tokens[a + 1].shape != SHAPE_LOWER)
        a++;
    /* a label before a colon: "Wanted: Police in Maryland have issued ..." */
    for (uint32_t k = a + 1; k < end && k <= a + 3; k++)
        if (doc_tok_is(d, k, ":")) {
            a = k + 1;
            break;
        }
    a = after_hedged_turn(d, f, a, end);
    return after_time_and_show(d, f, past_entry_time(d, a, end), end);
}

/* Past an opening time and the programme or venue it names, to the comma after them:
 * "Wednesday on Fox News Channel's "Hannity," Newt Gingrich said ...", "Tuesday at Baldwin
 * Wallace University in Berea, ...". The name's words are capitalised (with "of", "the",
 * "and", "in", possessives and quotation marks between them); else token a. */
#define SHOW_TOKENS_MAX 12
static uint32_t after_time_and_show(const precis_doc *d, const facts *f, uint32_t a, uint32_t end) {
    uint32_t te = a < end ? timex_end_at(d, f, a) : 0;
    if (te <= a || te + 2 >= end || !(doc_tok_is(d, te, "on") || doc_tok_is(d, te, "at")))
        return a;
    for (uint32_t k = te + 1; k < end && k <= te + SHOW_TOKENS_MAX; k++) {
        const token *t = &d->seg.tokens[k];
        if (doc_tok_is(d, k, ",")) {
            /* (past the place's container too: "at Liberty University in Lynchburg, VA,") */
            uint32_t c = past_closing_mark(d, place_container_end(d, f, k, end), end) + 1; /* ("Hannity,”) */
            return k > te + 1 && c < end && d->seg.tokens[c].kind == TOK_WORD && d->seg.tokens[c].shape != SHAPE_LOWER
                       ? c
                       : a;
        }
        bool joins = doc_tok_is(d, k, "of") || doc_tok_is(d, k, "the") || doc_tok_is(d, k, "and") ||
                     doc_tok_is(d, k, "in") || doc_tok_is(d, k, "&");
        if (!(t->kind == TOK_POSSESSIVE || (t->flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE)) || joins ||
              ((t->kind == TOK_WORD || t->kind == TOK_NUMBER) && t->shape != SHAPE_LOWER)))
            return a;
    }
    return a;
}

/* A verb of seeming that opens a verb group ("appears to have been put on hold", "looks set
 * to"): a hedge the predicate keeps, as it keeps a modal. */
static bool seeming(const precis_doc *d, uint32_t k) {
    return doc_tok_is(d, k, "appears") || doc_tok_is(d, k, "seems") || doc_tok_is(d, k, "looks") ||
           doc_tok_is(d, k, "appeared") || doc_tok_is(d, k, "seemed") || doc_tok_is(d, k, "looked");
}

/* True when token k reads as a verb in the present with its object or complement after it:
 * a lower-case word in -s (not -ss) followed by a lower-case function word or word ("that
 * turns colours", "which takes a candid look"); a plural noun is followed by its own verb
 * instead ("which critics claim would allow"). */
static bool present_verb_before_object(const precis_doc *d, uint32_t k, uint32_t end) {
    const token *t = &d->seg.tokens[k];
    size_t len = t->end - t->start;
    return k + 1 < end && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && !d->tok_stop[k] && len > 3 &&
           d->text[t->end - 1] == 's' && d->text[t->end - 2] != 's' && d->seg.tokens[k + 1].kind == TOK_WORD &&
           !auxiliary(d, k + 1) && !modal(d, k + 1) && !quotes_is_speech_verb(d, k + 1);
}

/* True when token k stands between a plain noun phrase [a, k) and a determiner, as a verb
 * does before its object ("Four burly Swedish cops put their ...", "British children enjoy
 * the ..."). The phrase is words only: no function word but a determiner first, no comma,
 * no participle ("emailing students a link") and no preposition at k ("The woman behind
 * the ..."), nor a word in -ing or -ly ("carrying a", "finally the"). */
/* The closing bracket of a short bracket that opens at token k right after a capitalised word
 * and closes before `end` ("Sen. Bernie Sanders (I-Vt.)", "Carlos Boente (pictured)"): at most
 * eight tokens, no bracket inside. 0 when there is none. */
#define NAME_BRACKET_MAX 8
static uint32_t bracket_after_name(const precis_doc *d, uint32_t k, uint32_t end) {
    if (k == 0 || !doc_tok_is(d, k, "(") || d->seg.tokens[k - 1].kind != TOK_WORD ||
        d->seg.tokens[k - 1].shape == SHAPE_LOWER)
        return 0;
    for (uint32_t c = k + 1; c < end && c - k <= NAME_BRACKET_MAX && !doc_tok_is(d, c, "("); c++)
        if (doc_tok_is(d, c, ")"))
            return c;
    return 0;
}

static bool verb_before_determiner(const precis_doc *d, uint32_t a, uint32_t k, uint32_t end) {
    const token *t = &d->seg.tokens[k];
    if (t->end - t->start <= 2 || !determiner(d, k + 1) || ends_verb_phrase(d, k) ||
        fact_word(d, k, FW_CIRCUMSTANCE | FW_COMPLEMENT | FW_CLAUSE_OPENER) || ends_with(d, k, "ing") ||
        ends_with(d, k, "ly"))
        return false;
    /* (past a crowd's count: "Dozens of fishermen plan a march") */
    uint32_t skip = 0;
    if (group_opener(d, a, k, &skip) && doc_tok_is(d, a + skip - 1, "of") && a + skip < k)
        a += skip;
    for (uint32_t j = a; j < k; j++) {
        const token *w = &d->seg.tokens[j];
        /* (past a short bracket after a name: "Sen. Ann Kerr (D-Corby) criticized the ...") */
        uint32_t closing = j > a ? bracket_after_name(d, j, k) : 0;
        if (closing) {
            j = closing;
            continue;
        }
        if ((w->kind != TOK_WORD && w->kind != TOK_NUMBER) || (d->tok_stop[j] && !(j == a && determiner(d, j))) ||
            (w->shape == SHAPE_LOWER && (ends_with(d, j, "ing") || ends_with(d, j, "ed"))))
            return false;
    }
    /* the object is no clause's subject: "The Irish coach knows a repeat of the record
     * victory over the States in 2000 is not on the agenda" */
    for (uint32_t j = k + 1; j < end && !(d->seg.tokens[j].kind == TOK_PUNCT && !quote_mark(d, j)) &&
                             !fact_word(d, j, FW_CONJUNCTION);
         j++)
        if ((auxiliary(d, j) || modal(d, j)) && !doc_tok_is(d, j - 1, "to"))
            return false;
    return true;
}

/* When token k, a verb in -s before a determiner, follows a subject whose head noun a
 * participle qualifies ("A video [taken from the cab of a train] captures a ride", "The man
 * [accused of ...] says the"): the participle's token, else 0. The head noun phrase is of
 * content words (after a determiner), the participle right after it, then its phrase, with no
 * punctuation, auxiliary, modal or other verb in -s up to k. */
#define REDUCED_RELATIVE_HEAD_MAX 4 /* tokens of the head noun phrase before the participle */
static bool participle(const precis_doc *d, uint32_t k) {
    return irregular_past(d, k) || participle_only(d, k) || ends_with(d, k, "ed");
}
static uint32_t verb_after_reduced_relative(const precis_doc *d, uint32_t a, uint32_t k, uint32_t end) {
    if (k + 1 >= end || !determiner(d, k + 1) || !plural_like(d, k) || d->text[d->seg.tokens[k].end - 2] == '\'')
        return 0;
    uint32_t j = determiner(d, a) ? a + 1 : a;
    uint32_t head_end = j;
    while (head_end < k && head_end - a <= REDUCED_RELATIVE_HEAD_MAX && d->seg.tokens[head_end].kind == TOK_WORD &&
           !d->tok_stop[head_end] && !participle(d, head_end))
        head_end++;
    if (head_end == j || head_end >= k || d->seg.tokens[head_end].shape != SHAPE_LOWER || !participle(d, head_end))
        return 0;
    /* (a word in -s is another verb before its own object; a plural noun before a
     * preposition is not: "struck by state [governments] in 1993 means the ...") */
    for (uint32_t c = head_end + 1; c < k; c++) {
        if (d->seg.tokens[c].kind == TOK_PUNCT || auxiliary(d, c) || modal(d, c) ||
            (plural_like(d, c) && !(c + 1 < k && fact_word(d, c + 1, FW_COMPLEMENT | FW_CIRCUMSTANCE))))
            return 0;
    }
    return head_end;
}

/* True when the quotation that opens at token k qualifies the noun before it: its first word
 * is a participle in -ing. */
static bool quotation_qualifies(const precis_doc *d, uint32_t k, uint32_t end) {
    uint32_t w = k;
    while (w < end && d->seg.tokens[w].kind != TOK_WORD)
        w++;
    if (w >= end || w > k + 1)
        return false;
    const token *t = &d->seg.tokens[w];
    return t->shape == SHAPE_LOWER && ends_with(d, w, "ing");
}

/* The first token from `from` (within RELATIVE_VERB_REACH, before any punctuation) that is a
 * lower-case past form right after an adverb in -ly that follows a content word ("ticket
 * fatally [shot]"); `end` when there is none. */
static uint32_t adverb_and_past(const precis_doc *d, uint32_t from, uint32_t end) {
    for (uint32_t j = from; j < end && j - from <= RELATIVE_VERB_REACH; j++) {
        const token *t = &d->seg.tokens[j];
        if (t->kind == TOK_PUNCT)
            break;
        if (j >= from + 2 && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && ends_with_ly(d, j - 1) &&
            !d->tok_stop[j - 2] && d->seg.tokens[j - 2].kind == TOK_WORD &&
            (irregular_past(d, j) || (ends_with(d, j, "ed") && t->end - t->start > 4)))
            return j;
    }
    return end;
}

/* The end of a predicate [head, e) with the time a superlative in it is measured over
 * ("grew at its fastest rate [in four years]", "its highest level [since 2008]"); e when
 * there is none. */
static uint32_t with_superlative_time(const precis_doc *d, const facts *f, uint32_t head, uint32_t e, uint32_t end) {
    if (e + 1 >= end || !(doc_tok_is(d, e, "in") || doc_tok_is(d, e, "since")) || timex_end_at(d, f, e + 1) <= e + 1)
        return e;
    for (uint32_t k = head + 1; k < e; k++) {
        const token *r = &d->seg.tokens[k];
        if (r->kind == TOK_WORD && r->shape == SHAPE_LOWER && r->end - r->start > 5 && ends_with(d, k, "est"))
            return timex_end_at(d, f, e + 1);
    }
    return e;
}

/* True when a subject of n tokens from token a to token b (less the asides passed over)
 * is longer than a subject is read: a name of people or organisations counts as one word of
 * it, the one it starts in [a, b) up to b ("Reality star 'Mama' June Shannon and her
 * estranged husband Mike 'Sugar Bear' Thompson" is no longer than "A 78-year-old man from
 * Connecticut"). The names in an aside passed over are taken off again, so n never falls
 * below one. */
static bool subject_too_long(const facts *f, uint32_t a, uint32_t b, uint32_t n) {
    if (n <= CLAUSE_SUBJECT_MAX)
        return false;
    uint32_t inside = 0;
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->tok_start >= b)
            break;
        if (m->tok_start >= a && (m->type == NER_PER || m->type == NER_ORG) && !(m->flags & NERM_DEMONYM))
            inside += (m->tok_end < b ? m->tok_end : b) - m->tok_start - 1;
    }
    return (inside < n ? n - inside : 1) > CLAUSE_SUBJECT_MAX;
}

/* True when token k lies in a person's, an organisation's or a place's mention. */
static bool in_mention_at(const facts *f, uint32_t k) {
    for (size_t i = 0; i < f->ents.n_mentions; i++)
        if (f->ents.mentions[i].tok_start <= k && k < f->ents.mentions[i].tok_end &&
            !(f->ents.mentions[i].flags & NERM_DEMONYM))
            return true;
    return false;
}

/* A word that ranks what it qualifies: "first", "last", "only", an ordinal, a superlative in
 * -est ("largest", "latest"). */
static bool ranking_word(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    if (t->kind != TOK_WORD || t->shape != SHAPE_LOWER)
        return false;
    return doc_tok_is(d, k, "first") || doc_tok_is(d, k, "last") || doc_tok_is(d, k, "only") ||
           doc_tok_is(d, k, "second") || doc_tok_is(d, k, "third") ||
           (t->end - t->start > 5 && ends_with(d, k, "est"));
}

/* "This is the shocking moment a paedophile was caught by police ...": a lede that points
 * at a picture tells its news in the clause after "moment" (and "when" or "that"), which is
 * read as the lede's clause. The token that clause starts at, or a. */
static uint32_t after_this_is_the_moment(const precis_doc *d, uint32_t a, uint32_t end) {
    if (a + 4 >= end || !doc_tok_is(d, a, "this") || !doc_tok_is(d, a + 1, "is") || !doc_tok_is(d, a + 2, "the"))
        return a;
    uint32_t k = a + 3;
    while (k < end && k < a + 6 && d->seg.tokens[k].kind == TOK_WORD && d->seg.tokens[k].shape == SHAPE_LOWER &&
           !doc_tok_is(d, k, "moment"))
        k++;
    if (k + 1 >= end || !doc_tok_is(d, k, "moment"))
        return a;
    k++;
    if (doc_tok_is(d, k, "when") || doc_tok_is(d, k, "that"))
        k++;
    return k < end && d->seg.tokens[k].kind == TOK_WORD ? k : a;
}

/* The first token of a subject that an opening phrase in lower case runs into without a
 * comma, "[In a startling new tutorial] YouTube star Promise Tamang turns ...": the phrase
 * opens with a preposition, its words after token a are in lower case, at least two of them and the last no function word,
 * up to a capitalised word from which, within BARE_PHRASE_NAME_REACH tokens, a person's or
 * an organisation's name starts and ends before the comma at token k, with a verb in the
 * present or the past right after it. 0 when there is none. */
#define BARE_PHRASE_NAME_REACH 4
static uint32_t subject_after_bare_phrase(const precis_doc *d, const facts *f, uint32_t a, uint32_t k) {
    /* (a preposition's phrase: not "This blog article Meta Programming In Python reminded me",
     * where the name is in apposition) */
    if (!fact_word(d, a, FW_COMPLEMENT | FW_CIRCUMSTANCE))
        return 0;
    uint32_t j = a + 1;
    while (j < k && d->seg.tokens[j].kind == TOK_WORD && d->seg.tokens[j].shape == SHAPE_LOWER)
        j++;
    /* (the name is no object of the phrase's preposition: "poll [from] Florida Atlantic
     * University broadcast on MSNBC", "batch [of] Hillary Clinton emails") */
    if (j >= k || j < a + 3 || d->seg.tokens[j].kind != TOK_WORD || d->seg.tokens[j].shape == SHAPE_LOWER ||
        d->tok_stop[j - 1])
        return 0;
    /* (any name within reach: "YouTube star Promise Tamang", where "YouTube" is one too) */
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->tok_start < j || m->tok_start >= j + BARE_PHRASE_NAME_REACH)
            continue;
        if (m->type != NER_PER && m->type != NER_ORG)
            return 0;
        /* (a verb after the name, in the present or the past: not "of the young [NBA]
         * season", where the name qualifies a noun) */
        uint32_t v = m->tok_end;
        if (v < k && d->seg.tokens[v].kind == TOK_WORD && d->seg.tokens[v].shape == SHAPE_LOWER && !d->tok_stop[v] &&
            (present_verb_before_object(d, v, k) || irregular_past(d, v) || ends_with(d, v, "ed")))
            return j;
    }
    return 0;
}

/* True when a clause in the past opens at token k: a past (irregular, or in -ed) right after
 * a content word, within CLAUSE_AFTER_REACH tokens and before any punctuation, auxiliary or
 * conjunction ("[the harbour board closed] the quay"). */
#define CLAUSE_AFTER_REACH 6
static bool past_clause_after(const precis_doc *d, uint32_t k, uint32_t end) {
    for (uint32_t j = k + 1; j < end && j < k + CLAUSE_AFTER_REACH; j++) {
        const token *t = &d->seg.tokens[j];
        if ((t->kind == TOK_PUNCT && !quote_mark(d, j)) || auxiliary(d, j) || modal(d, j) ||
            fact_word(d, j, FW_CONJUNCTION))
            return false;
        if (t->kind == TOK_WORD && t->shape == SHAPE_LOWER && d->seg.tokens[j - 1].kind == TOK_WORD &&
            !d->tok_stop[j - 1] && (irregular_past(d, j) || (t->end - t->start > 4 && ends_with(d, j, "ed"))))
            return true;
    }
    return false;
}

/* The end of the clause that the conjunction at token c opens ("as the top seed was beaten
 * 6-3, 6-1"): its subject, its verb group and its verb, then the verb's phrase to the first
 * preposition or punctuation (a comma between two scores is none), within
 * VERB_PHRASE_MAX tokens of c; c itself when it runs longer or has no verb. */
static uint32_t conjunct_clause_end(const precis_doc *d, uint32_t c, uint32_t end) {
    uint32_t v = c + 1;
    while (v < end && v - c < VERB_PHRASE_MAX && d->seg.tokens[v].kind != TOK_PUNCT && !auxiliary(d, v) &&
           !irregular_past(d, v) && !(d->seg.tokens[v].shape == SHAPE_LOWER && ends_with(d, v, "ed") && v > c + 1))
        v++;
    if (v >= end || v - c >= VERB_PHRASE_MAX || d->seg.tokens[v].kind == TOK_PUNCT || v < c + 2)
        return c;
    while (v + 1 < end && verb_group_word(d, v))
        v++;
    uint32_t e = v + 1;
    while (e < end && e - c < VERB_PHRASE_MAX &&
           (!ends_verb_phrase(d, e) ||
            (doc_tok_is(d, e, ",") && e + 1 < end && d->seg.tokens[e - 1].kind == TOK_NUMBER &&
             d->seg.tokens[e + 1].kind == TOK_NUMBER)))
        e++;
    if (e - c >= VERB_PHRASE_MAX)
        return c;
    while (e > v + 1 && d->tok_stop[e - 1] && d->seg.tokens[e - 1].shape == SHAPE_LOWER)
        e--;
    return e;
}

/* True when token b is the present verb of a subject that a crowd's count opens: "Millions
 * of motorists [face] spiralling parking fines", "Thousands of workers [plan] a march". The
 * count ("Millions of", "Dozens of") takes a plural noun of at most COUNTED_NOUN_MAX words
 * (the last one ending in -s or "people"), and b is a word in lower case after it, not a
 * function word nor a form in -ed, -ing or -ly, with a word after it. */
#define COUNTED_NOUN_MAX 3
static bool verb_after_counted_group(const precis_doc *d, uint32_t a, uint32_t b, uint32_t end) {
    uint32_t skip = 0;
    if (b < a + 3 || b + 1 >= end || !group_opener(d, a, b, &skip) || !doc_tok_is(d, a + skip - 1, "of") ||
        b - (a + skip) > COUNTED_NOUN_MAX || b == a + skip)
        return false;
    const token *t = &d->seg.tokens[b];
    if (t->kind != TOK_WORD || t->shape != SHAPE_LOWER || d->tok_stop[b] || ends_with(d, b, "ed") ||
        ing_word(d, b) || ends_with_ly(d, b) || d->seg.tokens[b + 1].kind != TOK_WORD || relative_word_at(d, b))
        return false;
    for (uint32_t k = a + skip; k < b; k++)
        if (d->seg.tokens[k].kind != TOK_WORD || (d->tok_stop[k] && d->seg.tokens[k].shape == SHAPE_LOWER))
            return false;
    return plural_like(d, b - 1) || doc_tok_is(d, b - 1, "people");
}

/* The comma that ends a place's container after the comma at token k ("in Lynchburg[,] VA[,]
 * Republican ...": the second), or k when none follows: a state or a country that a place
 * writes after it goes with the opening phrase. The container is a place mention or a short
 * abbreviation ("VA", "Calif.", "N.H."), up to PLACE_CONTAINER_TOKENS tokens. */
#define PLACE_CONTAINER_TOKENS 3
static uint32_t place_container_end(const precis_doc *d, const facts *f, uint32_t k, uint32_t end) {
    if (k + 2 >= end || !doc_tok_is(d, k, ",") || !in_mention_at(f, k - 1))
        return k;
    uint32_t c = k + 1;
    bool place = place_mention_at(f, c);
    for (; c < end && c - k <= PLACE_CONTAINER_TOKENS && !doc_tok_is(d, c, ","); c++) {
        const token *t = &d->seg.tokens[c];
        size_t len = t->end - t->start;
        bool abbreviation = t->kind == TOK_WORD && ((t->shape == SHAPE_UPPER && len <= 3) ||
                                                    (t->shape != SHAPE_LOWER && d->text[t->end - 1] == '.'));
        if (!abbreviation && !in_mention_at(f, c))
            return k;
        place |= abbreviation;
    }
    return place && c < end && doc_tok_is(d, c, ",") ? c : k;
}

static bool lede_clause(precis_doc *d, facts *f, int32_t si, int32_t lede, buf *scratch) {
    const sentence *s = &d->seg.sentences[si];
    uint32_t a = clause_start(d, f, s), end = s->tok_end;
    a = after_this_is_the_moment(d, a, end);
    /* "Had Harbour FC won the final, the council would have paid", "Has the quay reopened?":
     * an auxiliary before the subject makes a condition or a question, not an event */
    /* (the recogniser may take it into the name, "Had Harbour FC"; "Will" and "May" there are
     * given names) */
    if (a + 1 < end && d->seg.tokens[a].shape == SHAPE_CAPITAL &&
        (auxiliary(d, a) || modal(d, a) || doc_tok_is(d, a, "did") || doc_tok_is(d, a, "does") ||
         doc_tok_is(d, a, "do")) &&
        !((doc_tok_is(d, a, "will") || doc_tok_is(d, a, "may")) && in_mention(f, d->seg.tokens[a].start)))
        return refuse(f);
    /* "Three years after Argentina was hit by a crisis, there is fresh hope": a time and an
     * opener of a clause make an introductory clause, up to its comma */
    uint32_t opening_time = a < end ? timex_end_at(d, f, a) : 0;
    if (opening_time > a && opening_time < end && fact_word(d, opening_time, FW_INTRODUCER)) {
        uint32_t k = opening_time;
        while (k < end && k - a <= 16 && !doc_tok_is(d, k, ","))
            k++;
        if (k >= end || !doc_tok_is(d, k, ","))
            return false;
        a = place_container_end(d, f, k, end) + 1;
    } else if (a < end && introducer(d, a) && !group_opener(d, a, end, &(uint32_t){0})) {
        /* (not a counted group: "At least seven people have been killed and more than 50
         * taken to hospital after a tram ... crashed") */
        uint32_t k = a;
        while (k < end && !doc_tok_is(d, k, ","))
            k++;
        k = place_container_end(d, f, k, end);
        /* a participle with no comma after it opens the subject itself ("Struggling car
         * maker Mitsubishi has struck a deal", "Spending on cards has overtaken cash"),
         * and so does a name in -ing ("Boeing is to supply") */
        bool opens_subject = !fact_word(d, a, FW_INTRODUCER) && (k >= end || k - a > INTRO_PHRASE_MAX);
        /* ... as it does when the verb group comes before the comma ("Brewing giant Inbev
         * has agreed to buy ... Sun Interbrew, Russia's second-largest brewer, ...") */
        for (uint32_t j = a + 1; j < k && j < end && !opens_subject && !fact_word(d, a, FW_INTRODUCER); j++)
            opens_subject = auxiliary(d, j) || modal(d, j);
        /* (an opening clause a subordinator opens may run longer than a phrase: "After
         * Manchester United eased past Aston Villa to make it five Premier League wins on the
         * bounce, Juan Mata admitted ..."; "At least 37 people were killed ..., officials
         * said" is no opening phrase) */
        /* "In a startling new tutorial YouTube star Promise Tamang turns herself into
         * Maleficent, ...": an opening phrase in lower case without its comma ends at the
         * capitalised words that name the subject, when a word in lower case follows the name
         * (before the comma, if any) */
        uint32_t named_from = !opens_subject && !subordinating_opener(d, a) ? subject_after_bare_phrase(d, f, a, k) : 0;
        if (!opens_subject && !named_from &&
            (k >= end || k - a > (subordinating_opener(d, a) ? INTRO_CLAUSE_MAX : INTRO_PHRASE_MAX)))
            return false;
        /* "If West Virginia is any indication, Hillary Clinton is going to be facing major
         * trouble": a condition the line cannot carry would make the main clause a fact */
        if (!opens_subject && (doc_tok_is(d, a, "if") || doc_tok_is(d, a, "unless")))
            return refuse(f);
        /* "Over the last year more than 25,000 people, a population about the size of Key
         * West, have fought ...": an opening phrase that is a time ends with it when a count
         * follows, which opens the subject (the comma is an aside's) */
        uint32_t counted_from = 0;
        for (uint32_t j = a + 1; j < k && !opens_subject && !named_from && !counted_from; j++) {
            uint32_t te = timex_end_at(d, f, j), gs = 0;
            if (te > j && te < k && (group_opener(d, te, end, &gs) || d->seg.tokens[te].kind == TOK_NUMBER))
                counted_from = te;
        }
        if (counted_from)
            a = counted_from;
        else if (named_from)
            a = named_from;
        else if (!opens_subject) {
            a = k + 1;
            /* "With home theatre systems, plasma TVs, and digital video recorders moving into
             * the living room, the way people watch TV will ...": the comma closed an item of
             * a list in the opening phrase, not the phrase */
            for (uint32_t c = a; c + 1 < end && !auxiliary(d, c) && !modal(d, c); c++)
                if (doc_tok_is(d, c, ",")) {
                    if (doc_tok_is(d, c + 1, "and") || doc_tok_is(d, c + 1, "or"))
                        return false;
                    break;
                }
        }
    }
    uint32_t skip = 0;
    /* "US supermarket group Winn-Dixie": a capitalised abbreviation is a name even when its
     * lower-case form is a stop word */
    /* ("One doting dad has been teaching his son ...": in the lede, "one" before a noun phrase
     * opens it as "a" does; "One of ..." does not. Further down, "One traveller in
     * particular knows how ..." goes on from a scene, as "One" reads there) */
    bool one_as_article = si == lede && a + 2 < end && doc_tok_is(d, a, "one") && d->seg.tokens[a + 1].kind == TOK_WORD &&
                          d->seg.tokens[a + 1].shape == SHAPE_LOWER && !d->tok_stop[a + 1];
    /* a may stand at end (the opening phrase ran to the clause's end), which can be the
     * document's last token + 1: test it before reading the token */
    bool stop_open = a < end && d->tok_stop[a] && d->seg.tokens[a].shape != SHAPE_UPPER && !one_as_article &&
                     !in_mention_at(f, a); /* "All Blacks captain Tama Umaga" */
    /* ("One in five restaurants": a counted group, not the pronoun "one") */
    bool one_in = a + 2 < end && doc_tok_is(d, a, "one") && doc_tok_is(d, a + 1, "in");
    bool empty = a < end && empty_opening(d, f, a) && !one_as_article && !one_in;
    if (a >= end || empty || d->seg.tokens[a].kind == TOK_PUNCT ||
        (stop_open && !determiner(d, a) && !group_opener(d, a, end, &skip) && !quantifier(d, a)) ||
        (d->seg.tokens[a].flags & TOKF_OPEN_QUOTE))
        return a < end && (empty || stop_open); /* "They are ...", "It's amazing ..." */
    /* "[The last time] Frank Jordan spoke with his son, Louis Jordan was fishing": a time
     * the clause after it says, not a subject */
    if (a + 2 < end && doc_tok_is(d, a, "the") &&
        (doc_tok_is(d, a + 1, "last") || doc_tok_is(d, a + 1, "first") || doc_tok_is(d, a + 1, "next")) &&
        doc_tok_is(d, a + 2, "time"))
        return true;
    /* "As Donald Trump moved closer to the nomination, [his] polling numbers inched upward":
     * a third person's possessive leans on its owner, named before; not when it opens a
     * role before a name ("its chairman Tom Reyes") */
    if (third_person_possessive(d, a)) {
        bool named = false;
        for (size_t i = 0; i < f->ents.n_mentions && !named; i++)
            named = f->ents.mentions[i].tok_start > a && f->ents.mentions[i].tok_start <= a + POSSESSIVE_NAME_REACH &&
                    (f->ents.mentions[i].type == NER_PER || f->ents.mentions[i].type == NER_ORG);
        if (!named)
            return true;
    }
    /* the subject: up to an auxiliary, or a verb */
    uint32_t b = a, sub_end = 0, head = 0, skipped = 0; /* tokens of asides passed over */
    bool copula = false;
    bool adverb_first = false; /* an adverb between the subject and its head verb */
    bool have_object = false;  /* the head is "have" before an article or a number */
    bool said_only = false;    /* the head is a verb of saying whose clause must be read */
    while (b < end && !subject_too_long(f, a, b, b - a - skipped)) {
        const token *t = &d->seg.tokens[b];
        /* "David Cameron this morning launched": a time between subject and verb */
        /* ...but not a day in a name ("The Daily and Sunday Telegraph newspapers") */
        /* (nor one after a possessive, which a noun follows: "Donald Trump's [recent] gains") */
        uint32_t te = b > a && !determiner(d, b - 1) && d->seg.tokens[b - 1].kind != TOK_POSSESSIVE
                          ? timex_end_at(d, f, b)
                          : 0;
        if (te > b && te < end && d->seg.tokens[te].kind == TOK_WORD && d->seg.tokens[te].shape != SHAPE_LOWER)
            te = 0;
        if (te > b) {
            if (!sub_end)
                sub_end = b;
            skipped += te - b; /* (no words of the subject's: "... due to contest the Masters [next week] told") */
            b = te;
            continue;
        }
        if (doc_tok_is(d, b, ",")) {
            /* ", who ..., " / ", whose ..., " / ", 41, " / ", the club's chairman, "; a
             * relative clause may be long ("Margaret Ellory, whose novels about life in the
             * mining towns of South Wales sold ..., has died") */
            bool relative = b + 1 < end && (doc_tok_is(d, b + 1, "who") || doc_tok_is(d, b + 1, "whose") ||
                                            doc_tok_is(d, b + 1, "which"));
            uint32_t c = b + 1;
            while (c < end && !doc_tok_is(d, c, ",") && c - b <= (relative ? RELATIVE_MAX : 12))
                c++;
            /* a longer aside, or one with commas of its own ("Parmalat, the Italian food group
             * at the centre of one of Europe's most painful corporate scandals, has reported",
             * "Anna Keaveney, who appeared in Brookside, My Family and A Touch of Frost, has
             * died"), ends at the comma after which the main clause's verb group comes */
            /* (also a count: ", two of the three people who survived a shooting at the Mother
             * Emanuel Church in Charleston, South Carolina, last year, made ...") */
            bool counted = b + 1 < end && (fact_word(d, b + 1, FW_NUMBER_WORD) || d->seg.tokens[b + 1].kind == TOK_NUMBER) &&
                           b + 2 < end && doc_tok_is(d, b + 2, "of");
            /* (and a participle's phrase: ", accused by the Turkish government of coordinating
             * last month's failed coup attempt, is ...") */
            const token *nt = b + 1 < end ? &d->seg.tokens[b + 1] : NULL;
            bool agent_phrase = nt && nt->kind == TOK_WORD && nt->shape == SHAPE_LOWER && nt->end - nt->start > 4 &&
                                ends_with(d, b + 1, "ed") && b + 2 < end && doc_tok_is(d, b + 2, "by");
            bool describes = relative || counted || agent_phrase || (b + 1 < end && determiner(d, b + 1)); /* ", the Italian food group" */
            /* (the nearest comma that a verb follows closes it as it stands: "Kenneth Starr,
             * the ... counsel who pursued Bill Clinton across the 1990s, [spoke] highly of
             * ..., days before ...") */
            bool verb_at_c = c < end && doc_tok_is(d, c, ",") &&
                             (past_after_aside(d, c + 1, end) || present_after_aside(d, c + 1, end));
            if (describes && (c >= end || !doc_tok_is(d, c, ",") || !aside_closed(d, c, end)))
                for (uint32_t k = b + 1; k < end && k - b <= RELATIVE_MAX; k++) {
                    if (doc_tok_is(d, k, ",") && k + 1 < end && doc_tok_is(d, k + 1, "and"))
                        break; /* "Moazzam Begg, from Birmingham, and ...": a list of subjects */
                    /* (a description closed by the verb with its phrase: "The Sundance Film
                     * Festival, the movie industry's top destination for ..., [opens] on
                     * Thursday") */
                    bool verb_next = !verb_at_c && (counted || determiner(d, b + 1)) && k + 2 < end &&
                                     (past_after_aside(d, k + 1, end) || present_after_aside(d, k + 1, end)) &&
                                     (fact_word(d, k + 2, FW_COMPLEMENT) || determiner(d, k + 2) ||
                                      d->seg.tokens[k + 2].kind == TOK_NUMBER);
                    if (doc_tok_is(d, k, ",") && (aside_closed(d, k, end) || verb_next)) {
                        c = k;
                        break;
                    }
                }
            /* "Shares in India's largest power producer, National Thermal Power Corp (NTPC)
             * have risen": a name in apposition that the verb group closes, without its comma */
            /* (not after an opening phrase: "Thanks to his latest act, Norbert Leo Butz can
             * add ...", where a pronoun looks ahead to the name, or "to" follows the first
             * word) */
            bool opening = a + 1 < b && doc_tok_is(d, a + 1, "to");
            for (uint32_t k = a; k < b && !opening; k++)
                opening = doc_tok_is(d, k, "his") || doc_tok_is(d, k, "her") || doc_tok_is(d, k, "their") ||
                          doc_tok_is(d, k, "its");
            if ((c >= end || !doc_tok_is(d, c, ",")) && !describes && !opening) {
                uint32_t n = name_end_at(f, b + 1);
                uint32_t closing = n ? bracket_after_name(d, n, end) : 0;
                if (closing)
                    n = closing + 1;
                if (n && n < end && d->seg.tokens[n].shape == SHAPE_LOWER &&
                    (auxiliary(d, n) || modal(d, n) || negative_aux(d, n))) {
                    if (!sub_end)
                        sub_end = b;
                    skipped += n - b;
                    b = n;
                    continue;
                }
            }
            if (c >= end || !doc_tok_is(d, c, ","))
                return false;
            if (pass_aside(d, &b, c, end, &sub_end, &skipped)) {
                head = b;
                break;
            }
            continue;
        }
        /* "Women with advanced cervical cancer – the most common cancer afflicting young
         * women – are to get ...": an aside between dashes, closed before the verb group */
        if (doc_tok_is_dash(d, b)) {
            uint32_t c = b + 1;
            while (c < end && !doc_tok_is_dash(d, c) && c - b <= RELATIVE_MAX)
                c++;
            if (c < end && doc_tok_is_dash(d, c) && (aside_closed(d, c, end) || past_after_aside(d, c + 1, end))) {
                if (pass_aside(d, &b, c, end, &sub_end, &skipped)) {
                    head = b;
                    break;
                }
                continue;
            }
        }
        /* "Sen. Bernie Sanders (I-Vt.) said", "Rep. Chris Collins (R-N.Y.) and ...": a short
         * bracket after a name (a party and a state, "pictured") is passed over as an aside */
        uint32_t closing = b > a ? bracket_after_name(d, b, end) : 0;
        if (closing) {
            skipped += closing + 1 - b;
            b = closing + 1;
            /* (a past or a present right after it is the verb, as after an aside between
             * commas: "Sen. Marco Rubio (R-Fla.) finished third") */
            if (past_after_aside(d, b, end) || present_after_aside(d, b, end)) {
                head = b;
                break;
            }
            continue;
        }
        if (t->kind == TOK_PUNCT && !(doc_tok_is(d, b, "(") || doc_tok_is(d, b, ")") || doc_tok_is(d, b, "'")))
            return false;
        /* "A row over whether only Greece should ...", "Exports leapt ... as the country
         * continued": a conjunction in the subject means the verb found is another clause's */
        if (b > a && fact_word(d, b, FW_SUBORDINATOR))
            return false;
        /* ... and so does one that opens a clause in the past: "Ferry passengers face long
         * delays [after the harbour board closed] the north quay" (not "The row after the
         * match has led to ...") */
        if (b > a + 1 && fact_word(d, b, FW_CONJUNCTION) && past_clause_after(d, b + 1, end))
            return false;
        /* "The Romanian hacker whose cyber-mischief first revealed ... pleaded guilty": a
         * "whose" clause has a subject and a verb of its own, which are not the lede's */
        if (b > a && doc_tok_is(d, b, "whose"))
            return false;
        if (b > a && (doc_tok_is(d, b, "who") || doc_tok_is(d, b, "which") || doc_tok_is(d, b, "that"))) {
            /* "A treasurer who took money ... was jailed": to the main clause's auxiliary. A
             * relative clause with a subject of its own ("a bill which critics claim would
             * allow"), or a "that" clause ("The view that City's chance has been ruined"),
             * holds auxiliaries of its own: no clause */
            const token *r = b + 1 < end ? &d->seg.tokens[b + 1] : NULL;
            bool verb_next = r && r->kind == TOK_WORD && r->shape == SHAPE_LOWER &&
                             (auxiliary(d, b + 1) || modal(d, b + 1) || irregular_past(d, b + 1) ||
                              /* "Fans who buy tickets": after "who" a content word is the verb (no
                               * subject of its own comes between, as one can after "which") */
                              (doc_tok_is(d, b, "who") && !d->tok_stop[b + 1]) ||
                              event_class(d, b + 1, scratch) == EVENT_VERB ||
                              (r->end - r->start > 4 && strncmp(d->text + r->end - 2, "ed", 2) == 0) ||
                              present_verb_before_object(d, b + 1, end));
            /* "People who walk at least 7,000 steps a day are ...": after a word for people in
             * general the relative clause says who they are, and stays in the subject */
            bool generic = b == a + 1 && people_word(d, a, PW_GENERIC) && doc_tok_is(d, b, "who");
            if (!verb_next && !generic)
                return false;
            /* past the relative clause's own verb group ("who [was] convicted ... has vowed") */
            uint32_t c = b + 1;
            while (c < end && verb_group_word(d, c))
                c++;
            /* (an auxiliary after a pronoun or "and" is the relative clause's too: "who was
             * convicted after claiming [he was] sleepwalking [and was] not drunk has vowed") */
            /* (also after a pronoun and a modal or a negation: "got an answer [he might not
             * have] been expecting") */
            /* (and one after a pronoun and a past that qualify a noun, when another auxiliary
             * follows: "who feared a body [he found] [was] a murder victim [had] in fact found
             * ..."; not "who took £2.3m from the fund [she managed] [was] jailed") */
            while (c < end && c - b <= RELATIVE_VERB_REACH &&
                   (!auxiliary(d, c) || (c > b + 1 && (empty_subject(d, group_start(d, b + 1, c) - 1) ||
                                                       doc_tok_is(d, c - 1, "and"))) ||
                    (c >= b + 3 && own_pronoun(d, c - 2) && d->seg.tokens[c - 1].shape == SHAPE_LOWER &&
                     (irregular_past(d, c - 1) || ends_with(d, c - 1, "ed")) &&
                     auxiliary_within(d, c, end, RELATIVE_VERB_REACH - (c - b)))))
                c++;
            /* "A man who won $500 on a lottery ticket fatally shot his girlfriend": with no
             * auxiliary, a past verb after an adverb in -ly is the main clause's */
            if (c >= end || !auxiliary(d, c))
                c = adverb_and_past(d, b + 2, end);
            if (c >= end)
                return false;
            /* "A father who might lose his rights claims his baby was never abused": a verb
             * of saying on the way is the main clause's, and the auxiliary is what it says */
            /* (past the relative clause's own verb: "who was [praised] for stopping ...") */
            uint32_t rv = b + 1;
            while (rv < c && verb_group_word(d, rv))
                rv++;
            /* (the relative clause is set aside and the verb of saying heads the clause; the
             * older rule took the relative clause's verb for the event, "A Michigan father:
             * convicted of abusing ...", when the news is what he claims) */
            /* (one in -ing is no verb of the subject's: "rebuked critics who say ..., saying
             * ..." is refused as before) */
            uint32_t says = 0;
            for (uint32_t k = rv > b + 1 ? rv + 1 : b + 2; k < c && !says; k++)
                if (d->seg.tokens[k].shape == SHAPE_LOWER && quotes_is_speech_verb(d, k))
                    says = k;
            if (says && ing_word(d, says))
                return refuse(f);
            if (says) {
                if (!sub_end)
                    sub_end = b;
                skipped += says - b;
                b = head = says;
                break;
            }
            if (!sub_end && !generic)
                sub_end = b;
            if (!generic) /* set aside as an aside is: the subject's length is its own */
                skipped += c - b;
            b = c;
            t = &d->seg.tokens[b];
        }
        /* ("do not have to abide": the "do" of a negation is the verb group's first word) */
        /* (not a capitalised word inside a name: "Fox News contributor George Will reignited") */
        bool in_name = t->shape != SHAPE_LOWER && b > a && in_mention_at(f, b) && in_mention_at(f, b - 1);
        if (b > a && !in_name && (auxiliary(d, b) || modal(d, b) || negative_aux(d, b) || doc_tok_is(d, b, "did") ||
                      doc_tok_is(d, b, "does") || doc_tok_is(d, b, "cannot") ||
                      (doc_tok_is(d, b, "do") && b + 1 < end && facts_negation(d, b + 1)))) {
            copula = copula_form(d, b);
            break;
        }
        /* a participle with its agent right after it qualifies the noun before it, and is no
         * verb of the clause: "An obscure agreement struck by state governments in 1993 means
         * ..." ("grew by 5.5%", "fell by more than a third" measure a change instead) */
        /* (also past a particle: "Half of the money put aside by Gordon Brown is ...") */
        uint32_t by = b + 2 < end && fact_word(d, b + 1, FW_PARTICLE) && doc_tok_is(d, b + 2, "by") ? b + 2 : b + 1;
        bool agent_next = by + 1 < end && doc_tok_is(d, by, "by") && d->seg.tokens[by + 1].kind != TOK_NUMBER &&
                          d->seg.tokens[by + 1].kind != TOK_SYMBOL && !fact_word(d, by + 1, FW_NUMBER_WORD) &&
                          !(doc_phrase_class(d, &d->lang->fact_words, by + 1, 2) & FW_APPROX) &&
                          !(doc_tok_class(d, &d->lang->fact_words, by + 1) & FW_APPROX);
        /* (an event verb in -ed with a past verb of saying after it in the same stretch
         * qualifies the noun as the -ed rule below reads it: "A news report published
         * Wednesday said ...") */
        if (b > a && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && !d->tok_stop[b] &&
            !(b > a && determiner(d, b - 1)) && event_class(d, b, scratch) == EVENT_VERB &&
            !auxiliary_ahead(d, b + 1, end) && !agent_next && /* not "a civilian killed by troops have won" */
            !(ends_with(d, b, "ed") && speech_past_ahead(d, b + 1, end))) {
            if (ends_with(d, b, "ed") && auxiliary_past_noun_list(d, b + 1, end))
                return refuse(f); /* as for any word in -ed after a noun, below */
            head = b;
            break;
        }
        /* "-ed" after a noun: "Leeds completed a double" reads as a verb, unless an auxiliary
         * or an irregular past follows in the same stretch ("Odds on a baby called Sam have
         * been slashed", "A teacher accused of ... took a plea deal") */
        /* (but not the auxiliary of a clause a verb that reports opens: "The club denied
         * [reports that Harbour FC had won]", "confirmed that the quay had closed") */
        /* (nor of one a gerund after it opens: "denied [saying the board would]") */
        bool reports_clause = fact_word(d, b, FW_REPORT_VERB) && b + 1 < end &&
                              (determiner(d, b + 1) || doc_tok_is(d, b + 1, "that") ||
                               (b + 2 < end && doc_tok_is(d, b + 2, "that")) ||
                               (ing_word(d, b + 1) && d->seg.tokens[b + 1].shape == SHAPE_LOWER));
        bool ed_after_noun = b > a && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && t->end - t->start > 4 &&
                             strncmp(d->text + t->end - 2, "ed", 2) == 0 && !determiner(d, b - 1) &&
                             !fact_word(d, b, FW_NUMBER_WORD) && /* ("Several [hundred] demonstrators") */
                             !ends_verb_phrase(d, b - 1) && d->seg.tokens[b - 1].kind == TOK_WORD &&
                             /* (not after a function word: "The family of [murdered] ...") */
                             !(d->tok_stop[b - 1] && d->seg.tokens[b - 1].shape == SHAPE_LOWER) &&
                             (!auxiliary_ahead(d, b + 1, end) || reports_clause ||
                              /* (nor one a second verb after "and" has: "Ola Berg scored twice
                               * [and was] sent off") */
                              (name_at_end(f, b) && auxiliary_after_and(d, b + 1, end))) &&
                             !agent_next;
        /* (but a verb of saying right after a name, with a clause after it, is the name's
         * verb, and the past ahead is the reported clause's: "Juan Mata claimed the referee
         * made mistakes" did not say that Mata made them) */
        if (ed_after_noun && quotes_is_speech_verb(d, b) && name_at_end(f, b) && b + 1 < end &&
            (determiner(d, b + 1) || own_pronoun(d, b + 1) || doc_tok_is(d, b + 1, "that") || in_mention_at(f, b + 1)))
            ed_after_noun = false;
        if (ed_after_noun && auxiliary_past_noun_list(d, b + 1, end))
            return refuse(f); /* the qualifier's verb is no event of the clause's, whose own verb is too far to read */
        uint32_t past = ed_after_noun ? past_ahead(d, b + 1, end) : 0;
        if (past) {
            /* the qualifier is set aside as an apposition is, and the past is the verb */
            if (!sub_end)
                sub_end = b;
            skipped += past - b;
            b = past;
            head = past;
            break;
        }
        if (ed_after_noun) {
            /* "sports games offers unparalleled opportunities": after a plural noun and a
             * verb in -s, the -ed word qualifies the object; the verb was the word before */
            if (b >= a + 2 && plural_like(d, b - 1) && plural_like(d, b - 2))
                return refuse(f);

            head = b;
            break;
        }
        /* "Donald J. Trump once defended", "Tom Reyes also warned": a past in -ed after a name
         * and an adverb of the verb group, which the predicate keeps */
        if (b > a + 1 && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && t->end - t->start > 4 &&
            ends_with(d, b, "ed") && d->seg.tokens[b - 1].shape == SHAPE_LOWER && verb_group_word(d, b - 1) &&
            !auxiliary(d, b - 1) && !modal(d, b - 1) && !doc_tok_is(d, b - 1, "to") && name_at_end(f, b - 1) &&
            !auxiliary_ahead(d, b + 1, end) && !agent_next) {
            adverb_first = true;
            head = b;
            break;
        }
        /* "Sanwa Motor Corp said on Wednesday it would recall": a speech verb in the past or
         * the present after the subject (not a noun: "the company's statement") */
        if (b > a && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && quotes_is_speech_verb(d, b) &&
            strchr("ds", d->text[t->end - 1]) && name_at_end(f, b)) {
            head = b;
            break;
        }
        /* "Elena Dementieva swept aside", "Bayern beat Hoffenheim": an irregular past */
        /* (a verb that reports a clause has that clause's auxiliary ahead: "Souness felt
         * Newcastle were never in danger", "Moore believes the captain should not be") */
        bool reporting = fact_word(d, b, FW_REPORT_VERB);
        if (b > a && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && irregular_past(d, b) && !agent_next &&
            !determiner(d, b - 1) && !ends_verb_phrase(d, b - 1) && (reporting || !auxiliary_ahead(d, b + 1, end))) {
            head = b;
            break;
        }
        /* "Jermain Defoe says", "Mick begins": a present-tense verb right after a name */
        if (b > a && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && !d->tok_stop[b] &&
            t->end - t->start > 3 && d->text[t->end - 1] == 's' && d->text[t->end - 2] != 's' &&
            ((person_at_end(f, b) && !the_before_name(d, f, b)) ||
             /* "Nicolas Anelka reportedly wants", "Lawrence Dallaglio still harbours": the
              * adverb opens the predicate */
             (adverb_first = b > a + 1 && verb_group_word(d, b - 1) && d->seg.tokens[b - 1].shape == SHAPE_LOWER &&
                             person_at_end(f, b - 1)) ||
             /* "The Welsh Rugby Union wants to restructure", "Uefa says it will": after an
              * organisation's name, with "to", "that" or a determiner after the verb */
             /* (not "the Huffington Post series [that takes you ...]": a verb right after
              * "that" makes it a relative word, and the word before it a noun) */
             (name_at_end(f, b) && b + 1 < end &&
              (doc_tok_is(d, b + 1, "to") ||
               (doc_tok_is(d, b + 1, "that") &&
                !(b + 2 < end && (modal(d, b + 2) || auxiliary(d, b + 2) || present_verb_before_object(d, b + 2, end)))) ||
               determiner(d, b + 1) || own_pronoun(d, b + 1)))) &&
            (reporting || !auxiliary_ahead(d, b + 1, end))) {
            head = b;
            break;
        }
        if (!reporting && present_before_complement(d, f, a, b, end)) {
            head = b;
            break;
        }
        /* "Organisers say this year's festival will ...", "A councillor believes the crews
         * were misled": a verb of saying or thinking in the present is the clause's verb, and
         * what was said is read as its reported clause (or the clause refused) */
        /* (not a noun after its determiner: "cling to [the hope] that ...") */
        if (b > a && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && !determiner(d, b - 1) &&
            (quotes_is_speech_verb(d, b) || fact_word(d, b, FW_REPORT_VERB)) &&
            strncmp(d->text + t->end - 2, "ed", 2) != 0 && /* not "Three men accused of ..." */
            strncmp(d->text + t->end - 3, "ing", 3) != 0) { /* nor "Singers including ..." */
            head = b;
            said_only = true;
            break;
        }
        if (verb_after_counted_group(d, a, b, end)) {
            head = b;
            break;
        }
        /* "A video taken from the cab of a train captures a ride", "Four Swedish cops put
         * their vacation on hold": a word between a noun and a determiner is the verb (not
         * a participle in -ing, which qualifies the noun: "A man carrying a knife ...") */
        /* (one word is subject enough when it is a name: "Warrington put a dampener on ...") */
        if ((b > a + 1 || (b == a + 1 && d->seg.tokens[a].shape == SHAPE_CAPITAL && in_mention_at(f, a))) &&
            t->kind == TOK_WORD && t->shape == SHAPE_LOWER && !d->tok_stop[b] && b + 2 < end &&
            verb_before_determiner(d, a, b, end)) {
            head = b;
            break;
        }
        /* "The respected law professor from Philadelphia [now being investigated after ...
         * footage], was once a contestant": in the lede, a description's participle phrase
         * that a comma closes right before the verb group is set aside as an aside is */
        if (si == lede && b > a + 1 && determiner(d, a) && t->kind == TOK_WORD && t->shape == SHAPE_LOWER &&
            (doc_tok_is(d, b, "being") || (doc_tok_is(d, b, "now") && b + 1 < end && doc_tok_is(d, b + 1, "being")))) {
            uint32_t c = b + 1;
            while (c < end && c - b <= RELATIVE_MAX && d->seg.tokens[c].kind != TOK_PUNCT)
                c++;
            if (c + 1 < end && doc_tok_is(d, c, ",") && (auxiliary(d, c + 1) || modal(d, c + 1))) {
                if (!sub_end)
                    sub_end = b;
                skipped += c + 1 - b;
                b = c + 1;
                copula = copula_form(d, b);
                break;
            }
        }
        /* "A video taken from the cab of a train captures a ride": the participle's phrase is
         * set aside as an aside is */
        uint32_t relative = b > a + 1 && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && !d->tok_stop[b] && b + 2 < end
                                ? verb_after_reduced_relative(d, a, b, end)
                                : 0;
        if (relative) {
            if (!sub_end)
                sub_end = relative;
            skipped += b - relative;
            head = b;
            break;
        }
        b++;
    }
    if (b >= end || b == a || subject_too_long(f, a, b, b - a - skipped))
        return false;
    /* "Warrington put a dampener on ... as they completed": a pronoun before the verb means
     * it is a subordinate clause's */
    if (empty_subject(d, b - 1) && b - 1 > a)
        return false;
    /* "A year ago it seemed unlikely Donald Trump would become ...": an opening time and a
     * pronoun after it start the sentence's main clause, which the verb found is not */
    uint32_t after_time = timex_end_at(d, f, a);
    if (after_time > a && after_time + 1 < b && empty_subject(d, after_time) &&
        d->seg.tokens[after_time].shape == SHAPE_LOWER)
        return false;
    if (!sub_end)
        sub_end = adverb_first ? b - 1 : b;
    /* the verb group: auxiliaries, negation, adverbs, then the head */
    uint32_t group = b;
    bool negated = false, modal_seen = false;
    /* "Iraq is to invite bids", "members are to receive": a plan, not a description; the
     * predicate keeps "is to" */
    bool planned = copula && b + 2 < end && doc_tok_is(d, b + 1, "to");
    /* "Two UK gamers are about to embark on a world tour": about to happen, as planned */
    bool about_to = copula && b + 3 < end && doc_tok_is(d, b + 1, "about") && doc_tok_is(d, b + 2, "to");
    planned |= about_to;
    copula &= !planned;
    bool stated = false; /* the predicate is a state: a copula and a preposition ("is in talks") */
    bool identified = false; /* a name, a copula and who it is in the news ("were the big winners") */
    bool credited = false;   /* ... or a description credited to a source (credited_tail) */
    /* a copula and a word that states ("are very concerned about"): the state's first token,
     * its degree word if any, or 0 */
    uint32_t state_from = 0;
    /* a state after "has been" or "had been": the line keeps its tense ("have been out on the
     * first day of hunting"; "in charge of ..." alone would say he still is) */
    bool perfect_state = false;
    if (!head) {
        uint32_t k = b;
        /* ("was [last] seen", "was [first] reported": an adverb of time before a participle) */
        while (k < end && (verb_group_word(d, k) || (about_to && k == b + 1) || more_than_verb(d, b, k, end) ||
                           (k > b && sentence_adverbial(d, k, end)) ||
                           (k > b && k + 1 < end && (doc_tok_is(d, k, "last") || doc_tok_is(d, k, "first")) &&
                            d->seg.tokens[k].shape == SHAPE_LOWER && auxiliary(d, k - 1) && participle(d, k + 1)))) {
            /* ("had [in fact] found", "has [of course] agreed": two words of a sentence
             * adverb go with the verb group) */
            if (k > b && !verb_group_word(d, k) && sentence_adverbial(d, k, end)) {
                k += 2;
                continue;
            }
            negated |= facts_negation(d, k) ||
                       doc_tok_is(d, k, "unlikely") || /* "is unlikely to be cowed" */
                       doc_tok_is(d, k, "once") ||     /* "was once seen as the best": no longer */
                       yet_to(d, k, end);                /* "has yet to address": not done */
            /* ("is likely to be lifted": a hedge the predicate keeps, as a modal) */
            modal_seen |= modal(d, k) || doc_tok_is(d, k, "will") || doc_tok_is(d, k, "would") || seeming(d, k) ||
                          doc_tok_is(d, k, "likely");
            if (!doc_tok_is(d, k, "be") && !doc_tok_is(d, k, "been") && !doc_tok_is(d, k, "being"))
                copula &= !(auxiliary(d, k) && k > b); /* "is being" stays a copula */
            k++;
        }
        if (k >= end)
            return false;
        /* "could be out for six weeks", "will be among the hopefuls": a modal and "be" are a
         * copula too, for a state */
        bool modal_be = k == b + 2 && modal(d, b) && doc_tok_is(d, b + 1, "be");
        /* "has had a bucket of slurry thrown over him", "has had its opening night": "had"
         * after an auxiliary and before its object is the verb itself */
        bool have = k > b + 1 && doc_tok_is(d, k - 1, "had") && determiner(d, k) && !auxiliary_ahead(d, k, end);
        /* "will have no supporters present", "have no plans": "have" before "no" is the verb;
         * so is "have" before an article, a number or a quantifier and a word ("Hillary
         * Clinton has 31 endorsements in the United States Senate", "President Obama had a
         * talk this week with Francois Hollande") */
        bool have_word = k > b && (doc_tok_is(d, k - 1, "have") || doc_tok_is(d, k - 1, "has") || doc_tok_is(d, k - 1, "had"));
        have |= have_word && k + 1 < end && doc_tok_is(d, k, "no") && d->seg.tokens[k + 1].kind == TOK_WORD &&
                !auxiliary_ahead(d, k, end);
        /* (that one only when the predicate ends the sentence, as checked at the end: its
         * object's phrase is cut otherwise, "has a long history of [blaming] ...") */
        have_object = !have && have_word && k + 1 < end &&
                      (determiner(d, k) || quantifier(d, k) || d->seg.tokens[k].kind == TOK_NUMBER) &&
                      (d->seg.tokens[k + 1].kind == TOK_WORD || d->seg.tokens[k + 1].kind == TOK_NUMBER) &&
                      !auxiliary_ahead(d, k, end);
        have |= have_object;
        /* "is in hospital", "are in talks with Peugeot": where someone is, or in what state */
        /* (also through an article: "are on a two-day fact-finding mission", "is in a coma") */
        uint32_t st = k + 2 < end && determiner(d, k + 1) ? k + 2 : k + 1;
        /* "had been in charge of ...", "have been out on the first day", "could be completely
         * out of control": a verb group that ends on "be" or "been" is a copula for a state */
        bool be_last = k > b && (doc_tok_is(d, k - 1, "been") || doc_tok_is(d, k - 1, "be") ||
                                 (k > b + 1 && ends_with_ly(d, k - 1) &&
                                  (doc_tok_is(d, k - 2, "been") || doc_tok_is(d, k - 2, "be"))));
        perfect_state = !copula && be_last && !modal_seen;
        stated = (copula || be_last) && st < end && fact_word(d, k, FW_STATE_PREP) && d->seg.tokens[st].kind == TOK_WORD &&
                 !d->tok_stop[st] && d->seg.tokens[st].shape == SHAPE_LOWER;
        /* "could be out for six weeks", "is out of the World Cup", "is out on bail": a state too */
        stated |= (copula || modal_be || be_last) && k + 2 < end && doc_tok_is(d, k, "out") &&
                  (doc_tok_is(d, k + 1, "for") || doc_tok_is(d, k + 1, "of") || doc_tok_is(d, k + 1, "on"));
        /* "is up for six Independent Spirit Awards", "are up for sale": a candidate, an offer */
        stated |= (copula || modal_be || be_last) && k + 2 < end && doc_tok_is(d, k, "up") && doc_tok_is(d, k + 1, "for") &&
                  (d->seg.tokens[k + 2].kind == TOK_NUMBER || fact_word(d, k + 2, FW_NUMBER_WORD) ||
                   (d->seg.tokens[k + 2].kind == TOK_WORD && !d->tok_stop[k + 2]) || determiner(d, k + 2));
        /* not after a subject in which a person's name is followed by a word the lists do
         * not know as a verb ("Boss Graeme Souness felt Newcastle were never in danger") */
        for (uint32_t j = a + 1; j < b && stated; j++)
            stated = !(d->seg.tokens[j].kind == TOK_WORD && d->seg.tokens[j].shape == SHAPE_LOWER && !d->tok_stop[j] &&
                       person_at_end(f, j));
        /* "Snow Patrol were the big winners in ...", "Scorsese and Eastwood are among the
         * nominees", "Tom Hanks was in London's Leicester Square": after a name, a copula and a
         * definite phrase or a named place say what the name is in the news for; an
         * indefinite one classifies ("is a modern-day suffragette") and a description subject
         * ("This week is the anniversary") names no one */
        identified = (copula || modal_be) && !stated && name_at_end(f, b) && k + 1 < end &&
                     (doc_tok_is(d, k, "the") || doc_tok_is(d, k, "among") ||
                      (fact_word(d, k, FW_STATE_PREP) && name_or_number(d, k + 1)));
        /* "A new Kansas law ... is the first of its kind": a rank the lede gives its subject
         * is news whatever the subject ("the first", "the last", "the largest") */
        identified |= copula && !stated && si == lede && k + 1 < end && doc_tok_is(d, k, "the") &&
                      ranking_word(d, k + 1);
        /* "Birmingham is the rat capital of the UK ..., according to new research", "The law
         * professor ... was once a contestant on Who Wants to Be a Millionaire, it has
         * emerged": what a description is, credited to a source or reported as found out, is
         * the news */
        credited = copula && !stated && si == lede && k + 1 < end &&
                   (determiner(d, k) || (doc_tok_is(d, k, "one") && doc_tok_is(d, k + 1, "of"))) && /* ("is one of the ...") */
                   credited_tail(d, k, end);
        identified |= credited;
        /* "The trade shortfall was $55.5bn, up 9% from September": an amount of money or a
         * share is what was measured, news whatever the subject */
        identified |= copula && !stated && si == lede && k + 1 < end &&
                      ((d->seg.tokens[k].kind == TOK_NUMBER && doc_tok_is(d, k + 1, "%")) || amount_symbol(d, k, end));
        /* (in the lede only: further down, after a scene, a state describes ("ISIS is widely
         * known for ..."); and not after "to": "are yet to respond") */
        bool to_in_group = false;
        for (uint32_t g = b; g < k; g++)
            to_in_group |= doc_tok_is(d, g, "to");
        uint32_t adjective = copula && !have && !stated && !identified && !to_in_group && si == lede
                                 ? adjective_state(d, k, end, scratch)
                                 : 0;
        if (adjective) {
            state_from = k;
            k = adjective;
        }
        if (have)
            k--;
        else if (stated || identified || state_from)
            ;
        /* "are about 30% less likely to develop heart disease": a measured comparison is what
         * a study found, an event of its own */
        else if (!(copula && finding(d, k, end))) {
            const token *t = &d->seg.tokens[k];
            /* (a function word in -ing after the copula is the verb of a progressive: "are not
             * [doing] enough to warn customers"; not "is going to", "is being") */
            bool doing = copula && ing_word(d, k) && !doc_tok_is(d, k, "going") && !doc_tok_is(d, k, "being");
            if (t->kind != TOK_WORD || t->shape != SHAPE_LOWER || (d->tok_stop[k] && !doing) || determiner(d, k))
                return false;
            /* "is right at home", "are the best videos": a description, not an event; so is
             * a habit ("are used to seeing ...") */
            if (copula && (!verb_like(d, k, scratch) || (doc_tok_is(d, k, "used") && k + 1 < end && doc_tok_is(d, k + 1, "to"))))
                return true;
        }
        head = k;
    }
    /* "Tom Reyes's claim on Monday that ...": the word after a possessive is the noun it
     * owns, not the clause's verb */
    if (head > a && d->seg.tokens[head - 1].kind == TOK_POSSESSIVE)
        return false;
    /* "Defoe says his winner is justification", "revealed Benzema will miss": what was said
     * is the event, and it is a clause of its own */
    bool reports = quotes_is_speech_verb(d, head) || fact_word(d, head, FW_REPORT_VERB);
    /* ... and so is the clause any verb takes with "that" ("has forecast that the
     * country's economic growth will slow", "has indicated that she would like to ..."),
     * unless a verb follows "that" at once: a relative clause about the verb's object */
    bool takes_clause = head + 2 < end && doc_tok_is(d, head + 1, "that") &&
                        (reports || !(modal(d, head + 2) || auxiliary(d, head + 2) ||
                                      present_verb_before_object(d, head + 2, end)));
    uint32_t that_end = takes_clause ? that_clause(d, f, head + 2, end, scratch) : 0;
    /* "Sanwa Motor Corp said on Wednesday it would recall ...", "Qwest has said it will
     * table a new offer": the subject reports its own act; the reported verb group is the
     * predicate */
    uint32_t own = 0;
    if (!that_end && reports) {
        uint32_t k = head + 1;
        if (k + 1 < end && (doc_tok_is(d, k, "on") || doc_tok_is(d, k, "in")) && timex_end_at(d, f, k + 1))
            k++; /* "said on Wednesday" */
        uint32_t te = k < end ? timex_end_at(d, f, k) : 0;
        /* (not "believes Saturday['s] contest will be ...": a time that owns is the subject) */
        if (te > k && !(te < end && d->seg.tokens[te].kind == TOK_POSSESSIVE))
            k = te;
        if (k < end && doc_tok_is(d, k, "that"))
            k++;
        /* (a speech verb only: "denied it will fail" says the opposite of "will fail") */
        /* (and not "it" after a person: "President Obama ... said [it] would tell an American
         * story" says what the museum would do) */
        /* (nor a contention: "claimed he was fouled", "insisted he did nothing wrong" are the
         * speaker's case, and the line keeps the verb that says so) */
        if (k + 2 < end && own_pronoun(d, k) && quotes_is_speech_verb(d, head) &&
            !(doc_tok_is(d, k, "it") && person_at_end(f, sub_end)) &&
            !(doc_tok_class(d, &d->lang->brief_words, head) & BW_CLAIM))
            own = k + 1;
        /* "Dein has said the club may consider seeking a listing": the reported clause
         * without its "that", when its subject is short and its verb group follows */
        if (!own && k < end && !doc_tok_is(d, k, "that") && auxiliary_within(d, k, end, THAT_SUBJECT_MAX))
            that_end = that_clause(d, f, k, end, scratch);
        /* ... or when a past follows between its subject and object ("claimed [the number of
         * people claiming free meal packages] passed a million") */
        if (!own && !that_end && k + 1 < end && !doc_tok_is(d, k, "that") && quotes_is_speech_verb(d, head) &&
            reported_past_ahead(d, k + 1, end))
            that_end = that_clause(d, f, k, end, scratch);
        /* (a verb of saying with a preposition after it says what it is about, and reports
         * no clause: "are warning about several mobile phone viruses that can spread") */
        bool about = k < end && fact_word(d, k, FW_COMPLEMENT) && !doc_tok_is(d, k, "that");
        if (!own && !that_end && !about &&
            (said_only || (quotes_is_speech_verb(d, head) &&
                           ((auxiliary_ahead(d, head + 1, end) && !auxiliary_after_and(d, head + 1, end)) ||
                            long_reported_subject(d, head + 1, end) || gerund_reported_subject(d, k, end)))))
            return refuse(f);
    }
    if (own) {
        uint32_t h = own;
        while (h < end && verb_group_word(d, h) && d->seg.tokens[h].kind != TOK_POSSESSIVE)
            h++;
        const token *t = h < end ? &d->seg.tokens[h] : NULL;
        /* "says he has no plans to sign", "said it had a deal": "has" before its object is
         * the verb itself */
        bool have = t && h > own && (determiner(d, h) || doc_tok_is(d, h, "no") || quantifier(d, h)) && h + 1 < end &&
                    d->seg.tokens[h + 1].kind == TOK_WORD &&
                    (doc_tok_is(d, h - 1, "has") || doc_tok_is(d, h - 1, "have") || doc_tok_is(d, h - 1, "had"));
        /* "says it is in talks to buy ...", "said it is in final negotiations with ...": a
         * copula and a state, as in the main clause ("are in talks with Peugeot") */
        uint32_t st = h + 2 < end && determiner(d, h + 1) ? h + 2 : h + 1;
        bool own_state = t && h > own && st < end && fact_word(d, h, FW_STATE_PREP) &&
                         copula_form(d, h - 1) &&
                         d->seg.tokens[st].kind == TOK_WORD && d->seg.tokens[st].shape == SHAPE_LOWER && !d->tok_stop[st];
        bool verb_next = t && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && !d->tok_stop[h] && !determiner(d, h);
        if (have)
            h--;
        else if (own_state)
            stated = true;
        else if (!verb_next) {
            /* what the speaker says of himself that the line cannot state as his act ("said he
             * was "livid"") is carried as said, the verb of saying kept */
            that_end = that_clause(d, f, own - 1, end, scratch);
            if (!that_end)
                return refuse(f);
            own = 0;
        }
        if (own)
            head = h;
    }
    /* the predicate: the head and its object, as lead_verb reads them */
    uint32_t e = head + 1;
    /* "ruled out", "came through a five-set battle": a particle belongs to its verb */
    if (e + 1 < end && verb_particle(d, e))
        e++;
    /* "found herself [in the news]": a reflexive object leaves the verb to take its phrase */
    if (e + 1 < end && fact_word(d, e, FW_REFLEXIVE))
        e++;
    uint32_t min_e = e; /* the trim below keeps the verb and its particle */
    int open = 0; /* quotation marks opened in the predicate and not closed */
    uint32_t aside = 0; /* tokens of short brackets passed over, which the line leaves out */
    while (e < end && e - head - aside < VERB_PHRASE_MAX &&
           (d->seg.tokens[e].kind == TOK_POSSESSIVE || !ends_verb_phrase(d, e) || counted_after(d, e, end) ||
            amount_symbol(d, e, end) ||
            /* "attacked "false" and "desperate" US tabloid magazines": two quoted words of
             * one noun phrase */
            (e > head + 1 && e + 1 < end && doc_tok_is(d, e, "and") && (d->seg.tokens[e - 1].flags & TOKF_CLOSE_QUOTE) &&
             (d->seg.tokens[e + 1].flags & TOKF_OPEN_QUOTE)) ||
            /* "topped the US and Canada box office": two names that share what follows */
            (e > head + 1 && e + 1 < end && doc_tok_is(d, e, "and") && name_or_number(d, e - 1) &&
             d->seg.tokens[e - 1].kind == TOK_WORD && name_or_number(d, e + 1) && d->seg.tokens[e + 1].kind == TOK_WORD) ||
            /* "asked a US banker and former IMF director to run ...": two descriptions of one
             * object, the second a role's modifier ("former", "acting") */
            (e > head + 2 && e + 2 < end && doc_tok_is(d, e, "and") && d->seg.tokens[e - 1].kind == TOK_WORD &&
             !d->tok_stop[e - 1] &&
             (model_entity_word(d->lang, d->text + d->seg.tokens[e + 1].start,
                                d->seg.tokens[e + 1].end - d->seg.tokens[e + 1].start) & EW_ROLE_MODIFIER)) ||
            /* a quotation that is the object ("attacked "false" ..."), not a clause after it
             * ("accepted her mistakes 'contributed' to ...") */
            ((d->seg.tokens[e].flags & TOKF_OPEN_QUOTE) && e + 1 < end && d->seg.tokens[e + 1].kind == TOK_WORD &&
             (e == head + 1 || d->tok_stop[e - 1] ||
              /* "sings Bruce Springsteen's "American Skin"": a title a possessive owns */
              d->seg.tokens[e - 1].kind == TOK_POSSESSIVE ||
              /* "will continue to face "serious challenges"": the object of a verb after "to" */
              (e >= head + 3 && doc_tok_is(d, e - 2, "to") && d->seg.tokens[e - 1].shape == SHAPE_LOWER))) ||
            ((d->seg.tokens[e].flags & TOKF_CLOSE_QUOTE) && open > 0) ||
            /* "a dire portrait of a lawless, terrorized nation": a comma between two
             * adjectives after a determiner is inside the noun phrase */
            adjective_comma(d, e, end))) {
        open += (d->seg.tokens[e].flags & TOKF_OPEN_QUOTE) ? 1 : (d->seg.tokens[e].flags & TOKF_CLOSE_QUOTE) ? -1 : 0;
        e = past_conversion(d, e + 1, end);
        uint32_t past = past_bracket_aside(d, e, end);
        aside += past - e;
        e = past;
    }
    /* "racked up £50billion [in losses]", "paid $2m [in damages]": after an amount, "in" and
     * a noun say what the amount is of */
    if (e + 1 < end && e > head + 1 && d->seg.tokens[e - 1].kind == TOK_NUMBER && doc_tok_is(d, e, "in") &&
        d->seg.tokens[e + 1].kind == TOK_WORD && d->seg.tokens[e + 1].shape == SHAPE_LOWER && !d->tok_stop[e + 1] &&
        !timex_end_at(d, f, e + 1))
        e += 2;
    /* a quotation the predicate does not close is cut before it opens */
    for (uint32_t k = e; open > 0 && k-- > head;)
        if (d->seg.tokens[k].flags & TOKF_OPEN_QUOTE) {
            e = k;
            open--;
        }
    /* "put up for sale": the verb and its particle take a complement as the verb alone does */
    /* a verb alone ("were stabbed", "found herself") takes a circumstance too: alone it says
     * too little to stand as the event */
    uint32_t lone = min_e > head + 1 && e == min_e ? head + 1 : head;
    /* ("ruled Friday [against] Ohio's procedure": a time the reading took in, with a
     * complement after it, is read as the time between a verb and its complement below) */
    if (!that_end && lone == head && e > head + 1 && e < end && timex_end_at(d, f, head + 1) == e &&
        opens_complement(d, e, FW_COMPLEMENT))
        e = head + 1;
    e = that_end ? that_end : with_complement(d, f, lone, e, end, FW_COMPLEMENT | FW_CIRCUMSTANCE);
    /* "responded on Sunday to accusations that ...", "sought on Wednesday to ease ...",
     * "clashed on Monday with ...": a time between a verb and its complement; the line
     * keeps it where the sentence puts it */
    /* "will decide [whether to recommend the sale of painkillers]": a lone verb's choice, as a
     * complement ("on Friday" may come between, as below) */
    if (!that_end && e == lone + 1 && e < end) {
        uint32_t t0 = (doc_tok_is(d, e, "on") || doc_tok_is(d, e, "in")) && e + 1 < end ? e + 1 : e;
        uint32_t te = timex_end_at(d, f, t0);
        uint32_t w = whether_to_end(d, f, te > t0 ? te : e, end);
        if (w)
            e = w;
        else if (te > t0 && te + 1 < end && opens_complement(d, te, FW_COMPLEMENT)) {
            uint32_t c = with_complement(d, f, te - 1, te, end, FW_COMPLEMENT);
            /* (a noun and the clause that says what it is, as after a short object:
             * "responded on Sunday to accusations [that he exaggerated ...]") */
            if (c <= te + 1 && te + 3 < end && doc_tok_is(d, te + 2, "that") && d->seg.tokens[te + 1].kind == TOK_WORD &&
                d->seg.tokens[te + 1].shape == SHAPE_LOWER && !d->tok_stop[te + 1])
                c = that_clause(d, f, te + 3, end, scratch);
            if (c > te + 1)
                e = c;
        }
    }
    /* "Eugenie Bouchard's run of poor form continued [as the top seed was beaten 6-3, 6-1]":
     * a lone verb that another clause follows, with its own subject and verb group, says
     * what it says through that clause, to the end of its verb's phrase */
    /* (not a time's "after", "before", "since" or "until": "have fallen [after the mining
     * group reported ...]", "has been discovered [after ...]" say their event whole) */
    if (!that_end && e == lone + 1 && lone == head && e + 2 < end && fact_word(d, e, FW_CONJUNCTION) &&
        !doc_tok_is(d, e, "after") && !doc_tok_is(d, e, "before") && !doc_tok_is(d, e, "since") &&
        !doc_tok_is(d, e, "until") && !doc_tok_is(d, head, "said") &&
        (auxiliary_ahead(d, e + 1, end) || past_clause_after(d, e + 1, end)))
        e = conjunct_clause_end(d, e, end);
    e = with_superlative_time(d, f, head, e, end);
    /* "vowed to stand [by Paul McGowan]": a verb after "to" that ends the predicate takes
     * its complement as a lone head does */
    if (!that_end && e >= head + 3 && doc_tok_is(d, e - 2, "to") && d->seg.tokens[e - 1].kind == TOK_WORD &&
        d->seg.tokens[e - 1].shape == SHAPE_LOWER && !d->tok_stop[e - 1])
        e = with_complement(d, f, e - 1, e, end, FW_COMPLEMENT);
    /* "in talks [with Peugeot]": a state takes its complement as a verb does */
    if (stated || identified)
        e = with_complement(d, f, e - 1, e, end, FW_COMPLEMENT);
    /* "will put the company [into liquidation]", "charged a man [with murder]": after a short
     * object, the verb's own complement; a name counts as one word ("rushed Kenneth Morgan
     * Stancil III [from court]") */
    else if (!that_end && e > head + 1 && e - head - name_tail(d, f, head + 1, e) <= OBJECT_MAX + 1 &&
             !d->tok_stop[e - 1] && d->seg.tokens[e - 1].kind == TOK_WORD)
        e = with_complement(d, f, e - 1, e, end, FW_OBJECT_COMPLEMENT);
    /* "among three British authors [who have made the shortlist]": the clause says what for */
    if (identified && e < end && (doc_tok_is(d, e, "who") || doc_tok_is(d, e, "which") || doc_tok_is(d, e, "that")))
        return refuse(f);
    /* cut by the length cap in the middle of a phrase ("conspired with her 20-year-old
     * soldier boyfriend to have her mother [killed]"): back to before its last "to" or
     * preposition after the verb's first word, where the phrase is whole ("conspired with
     * her 20-year-old soldier boyfriend"); none, or an ordinal or a superlative before it
     * ("will become the first station [in the world to offer ...]", which needs what
     * follows): no clause */
    /* "named a winner of a BBC Radio 3 World Music [Award]": a cap that falls inside a name
     * lets the name finish, as long as the phrase stays short */
    for (size_t i = 0; !that_end && e < end && i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        /* not a name that owns what follows ("Robert Kilroy-Silk['s new party]") */
        if (m->tok_start < e && m->tok_end > e && m->tok_end < end && m->tok_end - head <= VERB_PHRASE_MAX + NAME_OVERRUN &&
            d->seg.tokens[m->tok_end].kind != TOK_POSSESSIVE) {
            e = m->tok_end;
            break;
        }
    }
    if (!that_end && e < end && e - head - aside >= VERB_PHRASE_MAX - 1 && !ends_verb_phrase(d, e) &&
        d->seg.tokens[e].kind != TOK_POSSESSIVE) {
        uint32_t c = e - 1;
        while (c > head + 2 && !doc_tok_is(d, c, "to") && !verb_complement(d, c))
            c--;
        if (c <= head + 2)
            return refuse(f);
        for (uint32_t k = head + 1; k < c; k++) {
            const token *r = &d->seg.tokens[k];
            if (fact_word(d, k, FW_RANK) ||
                (r->kind == TOK_WORD && r->end - r->start > 5 && strncmp(d->text + r->end - 3, "est", 3) == 0))
                return refuse(f);
        }
        e = c;
    }
    /* "forced to use the room she was locked [in]": a clause with a subject of its own (a
     * pronoun of cues.txt: he, she, they, we, I) ends the predicate */
    for (uint32_t k = head + 2; k < e && !that_end && !own; k++)
        if (quotes_is_pronoun(d, k) && d->seg.tokens[k].shape == SHAPE_LOWER) {
            /* (a question word before that clause opens it: "make clear how sorry [he is
             * about ...]" cut there says nothing) */
            for (uint32_t q = k > head + 2 ? k - 2 : head + 1; q < k; q++)
                if (doc_tok_is(d, q, "how") || doc_tok_is(d, q, "what") || doc_tok_is(d, q, "why") ||
                    doc_tok_is(d, q, "whether"))
                    return refuse(f);
            e = k;
            break;
        }
    /* "prompted a Labour donor [to say] he will ...": an infinitive whose object is a clause
     * goes with it */
    if (!that_end && e < end && e >= head + 4 && doc_tok_is(d, e - 2, "to") &&
        (doc_tok_is(d, e, "that") || (quotes_is_pronoun(d, e) && d->seg.tokens[e].shape == SHAPE_LOWER)))
        e -= 2;
    /* "agreed to pay 30% more [for natural gas]": "more" after an amount is its measure, and
     * takes the phrase that says of what */
    if (e < end && amount_measure(d, e - 1))
        e = with_complement(d, f, e - 1, e, end, FW_COMPLEMENT);
    /* not "... the", but "the US" stays ("us" is a stop word only in lower case), and so does
     * a closing quotation mark or an amount's "more" */
    /* ("learned [again]" alone says nothing) */
    while (e > min_e && !amount_measure(d, e - 1) &&
           (fact_word(d, e - 1, FW_DEGREE) || /* "making money from beer-flavoured drinks [rather]" */
                         (d->tok_stop[e - 1] && d->seg.tokens[e - 1].shape == SHAPE_LOWER &&
                          !fact_word(d, e - 1, FW_REFLEXIVE) && /* "needs to sell [herself]" */
                          !kept_pronoun_object(d, e - 1, head) && !noun_to_do(d, e - 1, head) &&
                          !(fact_word(d, e - 1, FW_PARTICLE_END) && (!d->tok_stop[e - 2] || copula_form(d, e - 2)) &&
                            !(doc_tok_is(d, e - 1, "again") && e - 2 <= head))) || /* "watch out" */
                            (d->seg.tokens[e - 1].kind == TOK_PUNCT && !(d->seg.tokens[e - 1].flags & TOKF_CLOSE_QUOTE)))) {
        /* "would spend $3.3bn (£1.8bn)": a bracket at the end goes whole */
        if (doc_tok_is(d, e - 1, ")"))
            while (e > min_e + 1 && !doc_tok_is(d, e - 1, "("))
                e--;
        e--;
    }
    /* "Hillary Clinton said [Patricia Smith, the mother of ..., was wrong]": "say" takes no
     * person for its object; a name after it is the reported clause's subject, cut from its
     * verb */
    if ((doc_tok_is(d, head, "said") || doc_tok_is(d, head, "says") || doc_tok_is(d, head, "say")) && e > head + 1)
        for (size_t i = 0; i < f->ents.n_mentions; i++)
            if (f->ents.mentions[i].type == NER_PER && f->ents.mentions[i].tok_start == head + 1 &&
                f->ents.mentions[i].tok_end >= e)
                return refuse(f);
    /* "would not have written it himself": an object that is only a pronoun (and a reflexive)
     * says nothing without what it stands for */
    {
        bool only_pronoun = e > head + 1, pronoun = false;
        for (uint32_t k = head + 1; k < e && only_pronoun; k++) {
            bool p = doc_tok_is(d, k, "it") || doc_tok_is(d, k, "them") || doc_tok_is(d, k, "this");
            pronoun |= p;
            only_pronoun = p || fact_word(d, k, FW_REFLEXIVE);
        }
        if (only_pronoun && pronoun)
            return refuse(f);
    }
    /* "Hillary Clinton has come up [with one]": a verb and its particle whose complement is
     * only a pronoun mean something else without it ("would swap places [with him]" still
     * says what happens) */
    if (e + 1 < end && e > head + 1 && fact_word(d, e - 1, FW_PARTICLE | FW_PARTICLE_END) &&
        fact_word(d, e, FW_COMPLEMENT) && !doc_tok_is(d, e, "as") &&
        (doc_tok_is(d, e + 1, "one") || doc_tok_is(d, e + 1, "it") || doc_tok_is(d, e + 1, "them") ||
         doc_tok_is(d, e + 1, "him") || doc_tok_is(d, e + 1, "this") || doc_tok_is(d, e + 1, "that")) &&
        (e + 2 >= end || d->seg.tokens[e + 2].kind == TOK_PUNCT))
        return refuse(f);
    /* "shared a set of inspiring [before and after images]", "a tough new law aimed [at
     * ...]": a predicate that ends on a modifier or a participle is cut short */
    {
        const token *l = &d->seg.tokens[e - 1];
        /* ... but after a determiner the word is a noun: "have taken a dunking [on Wall Street]",
         * and so is an -ing word that ends a noun phrase ("cut the price of a return crossing") */
        bool noun = determiner(d, e - 2) ||
                    /* ... and after a possessive or "of" ("the Law Lords' ruling", "on charges
                     * of spying") */
                    (strncmp(d->text + l->end - 3, "ing", 3) == 0 &&
                     (d->seg.tokens[e - 2].kind == TOK_POSSESSIVE ||
                      /* (but "any chance of beating [France]" has an object) */
                      (doc_tok_is(d, e - 2, "of") && e < end && d->tok_stop[e] && d->seg.tokens[e].shape == SHAPE_LOWER)));
        /* (a preposition after it, not a clause: "a letter saying [he wanted]" is a participle) */
        if (strncmp(d->text + l->end - 3, "ing", 3) == 0 && e < end && ends_verb_phrase(d, e))
            for (uint32_t j = e - 2; j > head && !noun && e - j <= 4; j--) {
                const token *w = &d->seg.tokens[j];
                if (determiner(d, j))
                    noun = true;
                else if (w->kind != TOK_WORD || w->shape != SHAPE_LOWER || d->tok_stop[j])
                    break;
            }
        if (e - 1 > head && l->kind == TOK_WORD && l->shape == SHAPE_LOWER && l->end - l->start > 4 && !noun &&
            (strncmp(d->text + l->end - 3, "ing", 3) == 0 || strncmp(d->text + l->end - 2, "ed", 2) == 0) && e < end &&
            (d->seg.tokens[e].kind == TOK_WORD || quote_mark(d, e))) { /* "criticised for sending "offensive" ..." */
            /* "will unveil plans [aimed at ...]", "discovered a clip of Jim Morrison [appearing
             * in ...]": a participle right after its noun (an -ing one after a name) modifies
             * it, and the predicate ends on the noun; not after a function word ("to be
             * [evicted]", "for [sending]") */
            const token *p = &d->seg.tokens[e - 2];
            bool past = strncmp(d->text + l->end - 2, "ed", 2) == 0;
            /* "has become the first star to be evicted [from ...]": after "be" the participle
             * is a passive verb, whole without what follows */
            bool passive = past && (doc_tok_is(d, e - 2, "be") || doc_tok_is(d, e - 2, "been") ||
                                    doc_tok_is(d, e - 2, "being"));
            /* "told England to stop whingeing [in the wake of ...]": after "to" and a verb, an
             * -ing word is that verb's object ("to" right after the head is a preposition:
             * "added to speculation [linking him ...]") */
            bool gerund = !past && e >= 3 && e - 3 > head + 1 && doc_tok_is(d, e - 3, "to") && p->kind == TOK_WORD &&
                          p->shape == SHAPE_LOWER && !d->tok_stop[e - 2];
            /* "signed a letter [saying he wanted ...]", "refuted claims [suggesting he will
             * ...]": an -ing word that a clause follows says what the noun before it says */
            bool clause_next = !past && (quotes_is_pronoun(d, e) || doc_tok_is(d, e, "that"));
            /* ... and so does one after a plural with a preposition next ("pleaded guilty to
             * fraud charges [stemming from ...]") */
            clause_next |= without_dangling_participle(d, head + 1, e, end) < e;
            /* "was photographed [protesting] outside Trump Tower", "were seen [leaving] the
             * house": an -ing word right after a passive head says what was seen, and takes its
             * own complement */
            bool seen_doing = !past && e - 2 == head && head > 0 &&
                              (doc_tok_is(d, head - 1, "was") || doc_tok_is(d, head - 1, "were") ||
                               doc_tok_is(d, head - 1, "been") || doc_tok_is(d, head - 1, "being")) &&
                              (ends_with(d, head, "ed") || irregular_past(d, head));
            if (seen_doing) {
                uint32_t c = with_complement(d, f, e - 1, e, end, FW_COMPLEMENT | FW_CIRCUMSTANCE);
                /* "have been left fuming [after the Ivy nightclub played loud dance music during
                 * the minute's silence]": a state whose cause a clause in the past gives takes
                 * that clause, to its punctuation */
                if (c == e && fact_word(d, e, FW_CONJUNCTION) && past_clause_after(d, e + 1, end)) {
                    c = e + 1;
                    while (c < end && c - e <= VERB_PHRASE_MAX && d->seg.tokens[c].kind != TOK_PUNCT)
                        c++;
                    if (c - e > VERB_PHRASE_MAX)
                        c = e;
                }
                if (c == e)
                    return refuse(f);
                e = c;
            } else if (passive || gerund)
                ;
            else if (!(e - 2 > head && p->kind == TOK_WORD && !d->tok_stop[e - 2] && !(p->flags & TOKF_CLOSE_QUOTE) &&
                       (past || clause_next || p->shape != SHAPE_LOWER) &&
                       !doc_tok_is(d, e - 3, "to"))) /* "to get [involved]" */
                return refuse(f);
            else {
                e--;
                /* "singing a song [only previously performed there]": the adverbs of the
                 * participle go with it */
                while (e > head + 2 && d->seg.tokens[e - 1].shape == SHAPE_LOWER &&
                       (ends_with_ly(d, e - 1) || d->tok_stop[e - 1]))
                    e--;
                l = &d->seg.tokens[e - 1];
            }
        }
        /* "accepted her mistakes ['contributed' to ...]": a predicate stopped by a quotation
         * that goes on from it is cut short; not by a participle that qualifies the noun
         * before it ("launched an attack on Labour MPs ['bleating' about poverty]") */
        if (!that_end && e < end && (d->seg.tokens[e].flags & TOKF_OPEN_QUOTE) && l->kind == TOK_WORD &&
            !d->tok_stop[e - 1] && !quotation_qualifies(d, e, end)) {
            /* ... unless the quotation holds the verb of a clause the head reports, read
             * whole ("accepted [her mistakes 'contributed' to the deaths of two babies]") */
            uint32_t reported = e <= head + 4 ? that_clause(d, f, head + 1, end, scratch) : 0;
            if (reported <= e + 1)
                return refuse(f);
            e = reported;
            that_end = reported;
        }
        /* "claimed [the number of families seeking beds from its hostels] passed ten
         * thousand": after a verb of saying, a past verb further on between a noun and its
         * object is the reported clause's, and the predicate cut before it says else */
        if (!that_end && e < end && quotes_is_speech_verb(d, head) && ends_verb_phrase(d, e) &&
            reported_past_ahead(d, e, end))
            return refuse(f);
        /* "denied reports [that Gordon Brown is ...]": a noun whose content is the clause after
         * it; not a relative clause, whose verb follows "that" at once ("developed software
         * [that turns colours into notes]", "is testing technology [that could ...]") */
        if (!that_end && e < end && doc_tok_is(d, e, "that") && l->kind == TOK_WORD && !d->tok_stop[e - 1]) {
            bool relative = e + 1 < end && (modal(d, e + 1) || auxiliary(d, e + 1) ||
                                            present_verb_before_object(d, e + 1, end));
            /* "denied claims [that he faked a motorbike crash]": a short object whose
             * content is a clause that reads whole takes it */
            /* (so does a verb after "to" whose clause it is: "seemed to imply [that people with
             * guns could ...]") */
            bool short_object = e - head <= 2 || (e >= head + 3 && doc_tok_is(d, e - 2, "to"));
            uint32_t content_end = !relative && short_object ? that_clause(d, f, e + 1, end, scratch) : 0;
            if (content_end)
                e = content_end;
            else if (!relative && short_object)
                return refuse(f);
            /* "took the official last step Wednesday of [announcing] [that the Justice
             * Department would not prosecute]": a verb in -ing cut from its clause says
             * nothing */
            /* (a noun in -ing keeps its determiner or owner: "the Law Lords' ruling") */
            else if (!relative && ends_with(d, e - 1, "ing") && d->seg.tokens[e - 1].shape == SHAPE_LOWER &&
                     d->seg.tokens[e - 2].kind != TOK_POSSESSIVE && !determiner(d, e - 2) &&
                     !doc_tok_is(d, e - 2, "'"))
                return refuse(f);
            /* the relative clause says what the noun is: the predicate takes it, to the end of
             * its phrase ("developed software that turns colours into musical notes"), unless
             * the length cap leaves it its verb group alone, cut from its complement
             * ("painkillers that have been linked [to a high risk ...]"): then the predicate
             * ends on the noun */
            if (relative) {
                bool whole;
                uint32_t r = relative_clause_end(d, e, head, end, &whole);
                uint32_t g = e + 1; /* past the clause's verb group */
                while (g + 1 < r && verb_group_word(d, g))
                    g++;
                if (whole || g + 1 < r || !(r < end && fact_word(d, r, FW_COMPLEMENT)))
                    e = r;
            }
        }
        /* a "that" after a noun that the predicate took, with no verb of its clause in the
         * predicate ("articles" read as a present verb), is where it ends: "rebutted Exxon's
         * accusation [that articles about the company], produced by ..., were misleading" */
        for (uint32_t k = head + 2; k + 1 < e; k++)
            if (doc_tok_is(d, k, "that") && d->seg.tokens[k - 1].kind == TOK_WORD && !d->tok_stop[k - 1]) {
                bool verb = false;
                /* (a word in -s before a preposition is a plural noun: "articles [about]";
                 * not before "to": "a trojan program that attempts [to] switch off ...") */
                for (uint32_t j = k + 1; j < e && !verb; j++)
                    verb = auxiliary(d, j) || modal(d, j) || irregular_past(d, j) ||
                           (present_verb_before_object(d, j, end) &&
                            !(j + 1 < end && fact_word(d, j + 1, FW_COMPLEMENT) && !doc_tok_is(d, j + 1, "to"))) ||
                           (d->seg.tokens[j].shape == SHAPE_LOWER && d->seg.tokens[j].end - d->seg.tokens[j].start > 4 &&
                            ends_with(d, j, "ed"));
                if (!verb) {
                    e = k;
                    l = &d->seg.tokens[e - 1];
                }
                break;
            }
        /* "told delegates at the convention [on Monday] [that ...]": what they were told is
         * the clause, and a line without it says only who was told */
        if (!that_end && e < end && (doc_tok_class(d, &d->lang->brief_words, head) & BW_TELL))
            for (uint32_t k = e; k < end && k < e + TELL_THAT_REACH && d->seg.tokens[k].kind != TOK_PUNCT; k++) {
                /* (unless it is the clause of a noun, read whole: "told Sportsmail of his
                 * immense relief [that he held on to claim the last spot]") */
                /* (also after the phrase about what was told: "of [his immense relief]") */
                bool phrase = k == e || doc_tok_is(d, e, "of") || doc_tok_is(d, e, "about");
                for (uint32_t j = e + 1; j < k && phrase; j++)
                    phrase = d->seg.tokens[j].kind == TOK_WORD && !auxiliary(d, j) && !modal(d, j) &&
                             !own_pronoun(d, j);
                uint32_t noun_clause = phrase && k > head + 2 && doc_tok_is(d, k, "that") &&
                                               d->seg.tokens[k - 1].kind == TOK_WORD && !d->tok_stop[k - 1] &&
                                               d->seg.tokens[k - 1].shape == SHAPE_LOWER
                                           ? that_clause(d, f, k + 1, end, scratch)
                                           : 0;
                if (noun_clause) {
                    e = that_end = noun_clause;
                    l = &d->seg.tokens[e - 1];
                    break;
                }
                /* (or a question word's clause: "told ... host Alex Marlow on Thursday [how
                 * surprised he is that ...]") */
                if (doc_tok_is(d, k, "that") || doc_tok_is(d, k, "how") || doc_tok_is(d, k, "what") ||
                    doc_tok_is(d, k, "why") || doc_tok_is(d, k, "whether"))
                    return refuse(f);
            }
        /* "doubled the level [at which house buyers pay stamp duty]": a short object that a
         * relative clause after a preposition defines says nothing without it */
        if (!that_end && e + 1 < end && e - head <= 3 && fact_word(d, e, FW_PHRASE_END) && l->kind == TOK_WORD &&
            (doc_tok_is(d, e + 1, "which") || doc_tok_is(d, e + 1, "whom")))
            return refuse(f);
    }
    /* "were printed in a London newspaper half an hour [before Gordon Brown made his
     * speech]": a time that is measured from another event goes with it, and is left out */
    if (e < end && (doc_tok_is(d, e, "before") || doc_tok_is(d, e, "after")))
        for (uint32_t k = e - 1; k > head + 1; k--)
            if (timex_end_at(d, f, k) == e) {
                /* ... with the words that lead to it ("on the [last Saturday]", "just [eight
                 * months]"); a predicate left on a verb of being says nothing */
                while (k > head + 1 && d->seg.tokens[k - 1].shape == SHAPE_LOWER &&
                       (d->tok_stop[k - 1] || verb_group_word(d, k - 1)))
                    k--;
                if (auxiliary(d, k - 1) || doc_tok_is(d, k - 1, "be") || doc_tok_is(d, k - 1, "been"))
                    return refuse(f);
                e = k;
                break;
            }
    /* "were better [than expected]", "is much higher [than originally estimated]": a
     * comparison keeps what it compares with, when that is short */
    /* (also "earned [more than] any other pop star", whose "more" the trim took away) */
    if (e + 1 < end && e > head && (doc_tok_is(d, e, "more") || doc_tok_is(d, e, "less")) && doc_tok_is(d, e + 1, "than"))
        e++;
    if (e < end && e > head && doc_tok_is(d, e, "than")) {
        uint32_t c = e + 1;
        while (c < end && c - e <= COMPARED_MAX && !ends_verb_phrase(d, c))
            c++;
        if (c > e + 1 && c - e <= COMPARED_MAX && !d->tok_stop[c - 1])
            e = c;
    }
    /* "should be stripped of all her medals if found guilty": a condition after the predicate
     * makes it a rule or a threat, which the predicate alone would state as news; the
     * predicate keeps it when it is short and ends the clause (at punctuation or the
     * sentence's end), else no clause */
    if (e < end && (doc_tok_is(d, e, "if") || doc_tok_is(d, e, "unless"))) {
        uint32_t c = e + 1;
        while (c < end && c - e <= CONDITION_MAX && d->seg.tokens[c].kind != TOK_PUNCT)
            c++;
        /* (a condition cut at a comma before its verb is no condition: "if the Republican
         * nominee's pro-Russian[, anti-NATO stance is hammered home]") */
        bool verb = c >= end || !doc_tok_is(d, c, ",");
        for (uint32_t k = e + 1; k < c && !verb; k++)
            verb = auxiliary(d, k) || modal(d, k) || irregular_past(d, k) ||
                   (d->seg.tokens[k].shape == SHAPE_LOWER && ends_with(d, k, "ed")) ||
                   (d->seg.tokens[k].shape == SHAPE_LOWER && !d->tok_stop[k] && /* "if they win" */
                    (quotes_is_pronoun(d, k - 1) || empty_subject(d, k - 1))) ||
                   /* "if the harbour board raises its fees" */
                   (d->seg.tokens[k].shape == SHAPE_LOWER && !d->tok_stop[k] && ends_with(d, k, "s") &&
                    d->seg.tokens[k - 1].kind == TOK_WORD && !d->tok_stop[k - 1] && k + 1 < c && d->tok_stop[k + 1]);
        if (c - e > CONDITION_MAX || c == e + 1 || !verb)
            return refuse(f);
        e = c;
    }
    /* "refused to reveal whether Tottenham's boss Martin Jol [is on the shortlist]": a
     * question word opens a clause of its own; cut before its verb, it names no event */
    if (!that_end && e < end && (auxiliary(d, e) || modal(d, e)))
        for (uint32_t k = head + 1; k < e; k++)
            if (doc_tok_is(d, k, "whether") || doc_tok_is(d, k, "why") || doc_tok_is(d, k, "how") ||
                doc_tok_is(d, k, "what"))
                return refuse(f);
    /* "wouldn't have moved any quicker had he been ...", "could have been killed": a modal
     * with "have" before the head says what did not happen */
    for (uint32_t k = b; k + 1 < head && !own; k++)
        if ((doc_tok_is(d, k, "would") || doc_tok_is(d, k, "could") || doc_tok_is(d, k, "might") ||
             doc_tok_is(d, k, "should") || doc_tok_is(d, k, "wouldn't") || doc_tok_is(d, k, "couldn't")) &&
            (doc_tok_is(d, k + 1, "have") || (k + 2 < head && doc_tok_is(d, k + 2, "have"))))
            return refuse(f);
    /* "had been scheduled to attend the event ..., but ... she wasn't coming", "had hoped to
     * sign him": a plan in the past perfect was overtaken by what happened next */
    bool past_head = ends_with(d, head, "ed") || irregular_past(d, head) || participle_only(d, head);
    for (uint32_t k = b; k < head && !own && past_head && head + 2 < end && doc_tok_is(d, head + 1, "to"); k++)
        if (doc_tok_is(d, k, "had"))
            return refuse(f);
    /* ... and so was one "was going to" tell ("was going to win the final"): a line without
     * its "was" would say it is still to come */
    if (!own && head > b && head + 2 < end && doc_tok_is(d, head, "going") && doc_tok_is(d, head + 1, "to") &&
        (doc_tok_is(d, head - 1, "was") || doc_tok_is(d, head - 1, "were")))
        return refuse(f);
    /* a modal or a negation changes what happened: "will not get a day off" */
    uint32_t ps = own ? own : planned || (stated && perfect_state) ? b : state_from ? state_from : head;
    if (!own && !planned && (negated || modal_seen)) {
        ps = group;
        while (ps < head && !(modal(d, ps) || negative_aux(d, ps) || doc_tok_is(d, ps, "will") || doc_tok_is(d, ps, "would") ||
                              doc_tok_is(d, ps, "not") || doc_tok_is(d, ps, "never") || doc_tok_is(d, ps, "unlikely") ||
                              doc_tok_is(d, ps, "likely") ||
                              doc_tok_is(d, ps, "once") || seeming(d, ps) || yet_to(d, ps, head)))
            ps++;
        /* "did not complain", "does not believe": the negation keeps its "do", without
         * which the verb reads as no tense ("Tony Blair: not believe ...") */
        if (ps > group && (doc_tok_is(d, ps, "not") || doc_tok_is(d, ps, "never")) &&
            (doc_tok_is(d, ps - 1, "did") || doc_tok_is(d, ps - 1, "does") || doc_tok_is(d, ps - 1, "do")))
            ps--;
    }
    /* "has shown that ...", "have risen": a participle that is no past tense ("-en", "-wn")
     * reads only with its "has" */
    if (ps == head && head > a + 1 && (doc_tok_is(d, head - 1, "has") || doc_tok_is(d, head - 1, "have")) &&
        participle_only(d, head))
        ps = head - 1;
    /* "Hillary Rodham Clinton has [support] from 52 percent": "has" before a word that is
     * no past form is the verb itself */
    else if (ps == head && head > a + 1 && (doc_tok_is(d, head - 1, "has") || doc_tok_is(d, head - 1, "have") ||
                                             doc_tok_is(d, head - 1, "had")) &&
             d->seg.tokens[head].shape == SHAPE_LOWER && !ends_with(d, head, "ed") && !ends_with(d, head, "en") &&
             !irregular_past(d, head) && !participle_only(d, head) && !auxiliary(d, head) && !modal(d, head) &&
             /* (a past like its present, "has said", "has forecast", "has put", reads as the
              * headline's past without it) */
             !quotes_is_speech_verb(d, head) && !fact_word(d, head, FW_REPORT_VERB) &&
             event_class(d, head, scratch) != EVENT_VERB)
        ps = head - 1;
    /* (also with an adverb between: "has finally come his way") */
    else if (ps == head && head > a + 2 && ends_with_ly(d, head - 1) &&
             (doc_tok_is(d, head - 2, "has") || doc_tok_is(d, head - 2, "have")) && participle_only(d, head))
        ps = head - 2;
    if (adverb_first && ps == head)
        ps = head - 1;
    /* "has been [racially] abused", "was [fatally] shot", "was [last] seen": an adverb in the
     * verb group before the head says how or when, and the line keeps it (a hedge,
     * "allegedly", the line puts back on its own) */
    else if (ps == head && head > a + 2 &&
             (ends_with_ly(d, head - 1) || doc_tok_is(d, head - 1, "last") || doc_tok_is(d, head - 1, "first")) &&
             d->seg.tokens[head - 1].shape == SHAPE_LOWER && !quotes_is_hedge(d, head - 1) &&
             (auxiliary(d, head - 2) || doc_tok_is(d, head - 2, "been") || doc_tok_is(d, head - 2, "be")))
        ps = head - 1;
    /* "releasing a robocall spotlighting a home-state congressman who's turned the New York
     * businessman [into a punching bag]", "doesn't seem like the kind of candidate who's
     * thought [...]": a relative clause the predicate cuts says something else, and left out
     * whole it may take what the noun means with it ("the kind of candidate"): no line */
    if (!that_end && e < end && d->seg.tokens[e].kind == TOK_WORD && !timex_end_at(d, f, e))
        for (uint32_t k = head + 2; k + 1 < e; k++)
            if ((doc_tok_is(d, k, "who") || doc_tok_is(d, k, "who's") || doc_tok_is(d, k, "whose") ||
                 doc_tok_is(d, k, "which")) && d->seg.tokens[k - 1].kind == TOK_WORD && !d->tok_stop[k - 1])
                return refuse(f);
    /* "Hillary Clinton said [Russian intelligence services] (hacked into ...)", "John McCain
     * says [the Republican populist movement that's sweeping the country] (appeals to ...)":
     * a verb of saying with a noun phrase and no verb of its own, cut before the sentence
     * goes on, has lost the clause it reports (a verb in a relative clause is not its own) */
    /* (not one with its infinitive: "are believed [to be serving] shark fin soup", "is said
     * to have fled", a hedge on the clause's own verb) */
    if (!that_end && !own && e < end && clause_verb_of_saying(d, head) && d->seg.tokens[e].kind == TOK_WORD &&
        !timex_end_at(d, f, e) && !(head + 1 < e && doc_tok_is(d, head + 1, "to"))) {
        bool verb = false;
        for (uint32_t k = head + 1; k < e && !verb; k++) {
            if (relative_word_at(d, k))
                break;
            const token *t = &d->seg.tokens[k];
            /* (a present in -s before its object or "to": "England lock Danny Grewcock
             * [needs] to review", "heckler [deserves] a spanking"; a pronoun opens the
             * clause: "[he]'s not just a one-issue candidate") */
            verb = auxiliary(d, k) || modal(d, k) || negative_aux(d, k) || irregular_past(d, k) ||
                   (t->shape == SHAPE_LOWER && t->end - t->start > 4 && ends_with(d, k, "ed")) ||
                   (t->shape == SHAPE_LOWER && !d->tok_stop[k] && t->end - t->start > 3 && ends_with(d, k, "s") &&
                    !ends_with(d, k, "ss") && k + 1 < end && (determiner(d, k + 1) || doc_tok_is(d, k + 1, "to"))) ||
                   quotes_is_pronoun(d, k) || pronoun_contraction(d, k);
        }
        if (!verb && e > head + 1)
            return refuse(f);
    }
    /* (nor may it stop before the clause that says which kind: "the kind of leader [who has
     * thought about ...]") */
    if (!that_end && e + 1 < end && e > head + 1 &&
        (doc_tok_is(d, e, "who") || doc_tok_is(d, e, "who's") || doc_tok_is(d, e, "that")) &&
        (doc_tok_is(d, e - 1, "kind") || doc_tok_is(d, e - 1, "type") || doc_tok_is(d, e - 1, "sort") ||
         (e >= head + 3 && doc_tok_is(d, e - 2, "of") &&
          (doc_tok_is(d, e - 3, "kind") || doc_tok_is(d, e - 3, "type") || doc_tok_is(d, e - 3, "sort")))))
        return refuse(f);
    /* "got a taste [Wednesday night] of what ...": a time inside the object, which goes on
     * after it, leaves the predicate cut */
    /* (an "of" that opens a clause or an action: "of where ...", "of announcing ..."; not
     * "guilty on Wednesday of all 30 counts", nor a time's own "of": "the last three months
     * of 2004") */
    uint32_t at_time = e + 1 < end && (doc_tok_is(d, e, "on") || doc_tok_is(d, e, "in") || doc_tok_is(d, e, "at")) ? e + 1 : e;
    uint32_t time_end = at_time < end ? timex_end_at(d, f, at_time) : 0;
    if (time_end > at_time && time_end + 1 < end && doc_tok_is(d, time_end, "of") && of_clause(d, time_end + 1))
        return refuse(f);
    if (e + 1 < end && doc_tok_is(d, e, "of") && of_clause(d, e + 1))
        for (size_t i = 0; i < f->n_timexes; i++)
            if ((uint32_t)f->timexes[i].end == d->seg.tokens[e - 1].end && (uint32_t)f->timexes[i].start > d->seg.tokens[head].start)
                return refuse(f);
    /* "A drop in turnout: reached [deeply] (into ...)": a predicate that ends on an adverb
     * before a preposition has lost what the adverb qualified */
    if (e < end && e > head + 1 && ends_with_ly(d, e - 1) && d->seg.tokens[e - 1].shape == SHAPE_LOWER &&
        fact_word(d, e, FW_COMPLEMENT) && !timex_end_at(d, f, e + 1))
        return refuse(f);
    /* "tweeted a chart of racist [and wildly inaccurate crime statistics]", "dominated the
     * back [and front pages]": an "and" that joins words of the object, not a second clause
     * ("were killed [and dozens are missing]", "was arrested [and charged]"), does not end
     * the predicate */
    if (e < end && doc_tok_is(d, e, "and") && !that_end)
        e = phrasal_conjunct_end(d, e, end);
    /* "are an odd mix of naive [and sophisticated], suggests a report", "was once a
     * contestant [on Who Wants to Be a Millionaire], it has emerged": in a credited
     * description, words that run to the credit's comma are the description's */
    /* (not a clause of their own: "the ferry capital of the coast [and Harbour Town has the
     * most pilots]") */
    if (credited && e < end && !doc_tok_is(d, e, ",")) {
        uint32_t c = e;
        while (c < end && c - e <= CREDITED_REST_MAX && d->seg.tokens[c].kind != TOK_PUNCT &&
               !(d->seg.tokens[c].shape == SHAPE_LOWER && (auxiliary(d, c) || modal(d, c))))
            c++;
        if (c > e && c < end && doc_tok_is(d, c, ",") && credited_tail(d, c, end))
            e = c;
    }
    /* the subject without a trailing function word or adverb ("The woman falsely") */
    uint32_t se = sub_end;
    while (se > a + 1 && d->seg.tokens[se - 1].kind == TOK_WORD && d->seg.tokens[se - 1].shape != SHAPE_UPPER &&
           (d->tok_stop[se - 1] || ends_with_ly(d, se - 1) || verb_group_word(d, se - 1)) &&
           /* ("George Will" keeps its surname) */
           !(d->seg.tokens[se - 1].shape != SHAPE_LOWER && in_mention_at(f, se - 1) && in_mention_at(f, se - 2))) /* "The US" keeps its name */
        se--;
    /* "Plans for a single agency have been scrapped.", "... was sacked on Friday, the club
     * said": nothing but a time or an attribution after the predicate, which is then the
     * whole event even when it is one verb */
    uint32_t after = e;
    if (after < end && timex_end_at(d, f, after) > after)
        after = timex_end_at(d, f, after);
    else if (after + 1 < end && (doc_tok_is(d, after, "on") || doc_tok_is(d, after, "in")) &&
             timex_end_at(d, f, after + 1) > after + 1)
        after = timex_end_at(d, f, after + 1);
    bool whole = true; /* the sentence's closing punctuation alone */
    for (uint32_t k = after; k < end && whole; k++)
        whole = d->seg.tokens[k].kind == TOK_PUNCT && !doc_tok_is(d, k, ",") && !doc_tok_is(d, k, ":");
    if (!whole && doc_tok_is(d, after, ",") && end - after <= ATTRIBUTION_TAIL_MAX)
        for (uint32_t k = after + 1; k < end && !whole; k++)
            whole = quotes_is_speech_verb(d, k);
    /* not a verb of saying ("its distributor has said"), nor one after a "to" the subject's
     * verb governs ("[needs] to be reversed") */
    for (uint32_t k = head >= a + 2 ? head - 2 : a; k < head && whole; k++)
        whole = !doc_tok_is(d, k, "to");
    /* (nor in a title above the lede: "Trump's favorite TV doctor has a basketful of
     * critics." above "Mehmet Oz ... has been called a charlatan ...") */
    if (have_object && (!whole || (si == lede && title_paragraph(d, si))))
        return false; /* as before the rule: no clause read, and no refusal */
    f->what.clause_whole = whole && !quotes_is_speech_verb(d, head);
    /* "nearly won", "almost died", "never stole": the event did not happen (or hardly), and
     * the predicate keeps the word that says so, wherever the subject search left it */
    while (ps > a + 1 && (doc_tok_is(d, ps - 1, "nearly") || doc_tok_is(d, ps - 1, "almost") ||
                          doc_tok_is(d, ps - 1, "never") || doc_tok_is(d, ps - 1, "hardly") ||
                          doc_tok_is(d, ps - 1, "barely") || doc_tok_is(d, ps - 1, "scarcely"))) {
        ps--;
        if (se > ps)
            se = ps;
    }
    /* "will more than double": the degree is the head's, which says enough with it */
    f->what.clause_head_start = d->seg.tokens[head >= b + 2 && more_than_verb(d, b, head - 2, end) ? head - 2 : head].start;
    f->what.clause_subject_start = d->seg.tokens[a].start;
    f->what.clause_subject_end = d->seg.tokens[se - 1].end;
    f->what.clause_predicate_start = d->seg.tokens[ps].start;
    f->what.clause_predicate_end = d->seg.tokens[e - 1].end;
    return false;
}

/* The place or the organisation that a definite description with head word `head` in
 * sentence si stands for, after a scene from the lede on: for a place noun ("city",
 * "capital", "country"), the first place of the latest sentence before si that names one;
 * for a body ("magazine", "company", "club": people.txt's body words), the one organisation
 * named before si. -1 when there is none, or more than one organisation. */
static int32_t thing_referent(const precis_doc *d, const facts *f, int32_t si, int32_t lede, uint32_t head) {
    bool place = fact_word(d, head, FW_PLACE_NOUN) || doc_tok_is(d, head, "country") || doc_tok_is(d, head, "nation");
    if (!place && !people_word(d, head, PW_BODY))
        return -1;
    int32_t one = -1, place_sentence = -1;
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        /* (not a source's tag: "(CNN)") */
        if (m->sentence < lede || m->sentence >= si || m->entity < 0 || (m->flags & NERM_DEMONYM) ||
            (m->tok_start > 0 && doc_tok_is(d, m->tok_start - 1, "(") && m->tok_end < d->seg.n_tokens &&
             doc_tok_is(d, m->tok_end, ")")))
            continue;
        /* (not a container after a place the recogniser missed: "Bristol in [England]") */
        bool container = m->tok_start >= 2 && (doc_tok_is(d, m->tok_start - 1, "in") || doc_tok_is(d, m->tok_start - 1, ",")) &&
                         d->seg.tokens[m->tok_start - 2].kind == TOK_WORD && d->seg.tokens[m->tok_start - 2].shape != SHAPE_LOWER;
        if (place && m->type == NER_LOC && m->sentence > place_sentence && !container) {
            place_sentence = m->sentence;
            one = m->entity;
        } else if (!place && m->type == NER_ORG) {
            if (one >= 0 && one != m->entity)
                return -1;
            one = m->entity;
        }
    }
    return one;
}

/* "An Air Force veteran and former Playboy model was arrested for taking a flag ...
 * Michelle Manhart, 38, was handcuffed ...": a news lede describes its subject, and the next
 * sentence names it, with the age or the home an introduction gives (", 38,", ", from
 * Omaha,", ", who ..."), or with the description's head word (", landlord of ..."). The
 * entity so named, or -1. The subject must be a description (an article, no name in it) of a
 * person (a head word before any preposition that agent_noun knows: "man", "veteran",
 * "trader", "minister"; any head word the name repeats), and the name new to the story from the
 * lede on: one it used before is someone else ("A man attacked Tom Reyes. Tom Reyes, 45,
 * ..."). */
static int32_t description_referent(const precis_doc *d, const facts *f, int32_t si, int32_t lede) {
    if (si < 0 || (size_t)si + 1 >= d->seg.n_sentences)
        return -1;
    size_t a = doc_token_at(d, f->what.clause_subject_start), e = doc_token_at(d, f->what.clause_subject_end);
    /* (or "one": "Most people give up chocolate for Lent but one businesswoman decided ...") */
    if (!doc_tok_is(d, a, "a") && !doc_tok_is(d, a, "an") && !doc_tok_is(d, a, "the") && !doc_tok_is(d, a, "one"))
        return -1;
    bool person = false;
    size_t h = a + 1; /* the head's phrase: up to a preposition or a relative clause */
    for (; h < e; h++) {
        if ((d->seg.tokens[h].kind == TOK_PUNCT && !doc_tok_is(d, h, "-")) || fact_word(d, h, FW_COMPLEMENT) ||
            doc_tok_is(d, h, "of") || doc_tok_is(d, h, "who") || doc_tok_is(d, h, "which"))
            break;
        /* ("The 25-year-old cousin of ...": an age says a person too) */
        person |= agent_noun(d, (uint32_t)h) || ends_with(d, (uint32_t)h, "-year-old");
    }
    /* "The family of a ferry captain": a group or a body of the person the "of" phrase
     * describes, who may be the one the next sentence names, is not that person */
    if (h == a + 1 || (h < e && h > a + 1 && doc_tok_is(d, h, "of") && people_word(d, h - 1, PW_NOT_PERSON | PW_PEOPLE)))
        return -1;
    /* a name in the head's phrase says who it is ("Boss Graeme Souness"); one after it is
     * another's ("The former head of [HealthSouth]") */
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->tok_start >= a && m->tok_start < h && (m->type == NER_PER || m->type == NER_ORG) &&
            !(m->flags & NERM_DEMONYM))
            return -1;
    }
    /* ("But in actual fact it's Wellington in New Zealand. The quaint capital city put on
     * ...", "according to a new Consumer Reports study ... The magazine collected ...": after
     * a scene, a place's head word stands for the first place of the latest sentence before
     * it that names one, a body's for the one organisation named before it) */
    if (!person && si > lede && doc_tok_is(d, a, "the"))
        return thing_referent(d, f, si, lede, (uint32_t)h - 1);
    if (d->boilerplate && d->boilerplate[si + 1])
        return -1;
    const sentence *next = &d->seg.sentences[si + 1];
    /* (after a word for what the person is: "Triathlete Charlotte Roach, 26, ...") */
    uint32_t named_at = next->tok_start;
    if (named_at + 1 < next->tok_end && d->seg.tokens[named_at].shape == SHAPE_CAPITAL &&
        agent_noun(d, named_at) && !in_mention_at(f, named_at))
        named_at++;
    for (size_t i = 0; i < f->ents.n_mentions && f->ents.mentions[i].tok_start <= named_at; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->tok_start != named_at)
            continue;
        uint32_t c = m->tok_end;
        /* (", landlord of ...": the apposition repeats the description's head word) */
        const token *head_word = &d->seg.tokens[h - 1];
        bool repeats = c + 1 < next->tok_end && head_word->kind == TOK_WORD &&
                       d->seg.tokens[c + 1].end - d->seg.tokens[c + 1].start == head_word->end - head_word->start &&
                       strncasecmp(d->text + d->seg.tokens[c + 1].start, d->text + head_word->start,
                                   head_word->end - head_word->start) == 0;
        /* (a head word agent_noun does not know is a person's when the name repeats it) */
        if (m->type != NER_PER || m->entity < 0 || c + 2 >= next->tok_end || !doc_tok_is(d, c, ",") ||
            !((person && (d->seg.tokens[c + 1].kind == TOK_NUMBER || doc_tok_is(d, c + 1, "who") ||
                          doc_tok_is(d, c + 1, "from") || doc_tok_is(d, c + 1, "of") || doc_tok_is(d, c + 1, "aged") ||
                          /* (", formerly of Brighton,", ", a 50-year-old legal writing professor") */
                          (doc_tok_is(d, c + 1, "formerly") && doc_tok_is(d, c + 2, "of")) ||
                          ((doc_tok_is(d, c + 1, "a") || doc_tok_is(d, c + 1, "an")) && ends_with(d, c + 2, "-year-old")))) ||
              repeats))
            return -1;
        /* (a caption or a headline above the lede may name the person already) */
        for (size_t j = 0; j < i; j++)
            if (f->ents.mentions[j].entity == m->entity && f->ents.mentions[j].sentence >= lede)
                return -1;
        return m->entity;
    }
    /* "She's been living in New York ... Princess Eugenie is right at home ... The
     * 25-year-old cousin of Princes William and Harry was seen ...": after a scene, a
     * definite description stands for the one person the sentences before it named */
    if (person && si > lede && doc_tok_is(d, a, "the")) {
        int32_t one = -1;
        for (size_t i = 0; i < f->ents.n_mentions; i++) {
            const ner_mention *m = &f->ents.mentions[i];
            if (m->sentence < lede || m->sentence >= si || m->type != NER_PER || m->entity < 0 ||
                (m->flags & NERM_DEMONYM))
                continue;
            if (one >= 0 && one != m->entity)
                return -1;
            one = m->entity;
        }
        return one;
    }
    return -1;
}

/* True when sentence si is alone in the text's first paragraph, is short, and the sentence
 * after it is a lede's length (longer, and TITLE_LEDE_WORDS_MIN words at least): where a
 * title stands. (A lede alone in its paragraph, as the BBC writes it, is longer; a short one
 * that describes, "The new bridge is a marvel of engineering.", goes on in shorter
 * sentences.) */
static bool title_paragraph(const precis_doc *d, int32_t si) {
    const sentence *s = &d->seg.sentences[si];
    if (s->paragraph != 0 || d->seg.n_paragraphs < 2 || (size_t)si + 1 >= d->seg.n_sentences)
        return false;
    const paragraph *p = &d->seg.paragraphs[0];
    size_t words = doc_sentence_words(d, (size_t)si), next = doc_sentence_words(d, (size_t)si + 1);
    return p->sent_end - p->sent_start == 1 && words <= TITLE_WORDS_MAX && next >= TITLE_LEDE_WORDS_MIN &&
           next > words;
}

/* True when sentence si, which reads as no clause the line can carry, only sets a scene for
 * the story after it: a question ("What does Rand Paul have in common with ...?"), or a
 * sentence that names no person or organisation, holds no event noun, is no description and
 * reports nothing done (no perfect: "has died", "have been identified"), as a feature opens
 * ("The humble honeybee may only be small, but scientists are hoping ..."). A news lede the
 * clause reader cannot follow names its actors or its event, and the line is not taken from a
 * later detail. */
static bool scene_setting(const precis_doc *d, const facts *f, int32_t si) {
    const sentence *s = &d->seg.sentences[si];
    if (s->tok_end > s->tok_start && doc_tok_is(d, s->tok_end - 1, "?"))
        return true;
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->sentence == si && !(m->flags & NERM_DEMONYM) && (m->type == NER_PER || m->type == NER_ORG))
            return false;
    }
    if ((f->what.sentence == si && f->what.noun_end) ||
        (f->what.group_end && f->what.group_start >= s->start && f->what.group_end <= s->end))
        return false;
    /* a description ("The new harbour bridge is a marvel of ...", "The vote is in May.") says
     * what something is: what comes after it is background, not the event it leads to */
    for (uint32_t k = s->tok_start; k < s->tok_end; k++)
        if (auxiliary(d, k) || modal(d, k)) {
            if (copula_form(d, k))
                return false;
            break;
        }
    for (uint32_t k = s->tok_start; k + 1 < s->tok_end; k++)
        if (doc_tok_is(d, k, "has") || doc_tok_is(d, k, "have") || doc_tok_is(d, k, "had"))
            for (uint32_t j = k + 1; j < s->tok_end && j <= k + PERFECT_REACH; j++)
                if (d->seg.tokens[j].shape == SHAPE_LOWER &&
                    (irregular_past(d, j) || ends_with(d, j, "ed") || doc_tok_is(d, j, "been")))
                    return false;
    return true;
}

static void choose_what(precis_doc *d, facts *f) {
    memset(&f->what, 0, sizeof f->what);
    f->what.sentence = -1;
    f->what.headline = -1;
    f->what.clause_sentence = -1;
    f->what.clause_referent = -1;
    story_opening op = opening_of(d);
    if (op.headline >= 0 && op.headline != op.lede &&
        headline_predicate(d, f, op.headline, &f->what))
        f->what.headline = op.headline;
    int32_t lede = op.lede;
    if (lede < 0) /* no sentence that reads as one: the first that is not boilerplate */
        for (size_t i = 0; i < d->seg.n_sentences && lede < 0; i++)
            if (!(d->boilerplate && d->boilerplate[i]))
                lede = (int32_t)i;
    if (lede < 0)
        return;
    buf scratch;
    buf_init(&scratch);
    /* the key sentence: the first at the top of the story (the lede and the FRONT_AFTER_LEDE
     * after it) that names an event (news puts the event first), else the lede; not the
     * summary's extract, which changes with its budget */
    for (int32_t si = lede; si <= lede + FRONT_AFTER_LEDE && si < (int32_t)d->seg.n_sentences &&
                            f->what.noun_end == 0;
         si++) {
        if (d->boilerplate && d->boilerplate[si])
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
        f->what.sentence = lede;
    lead_verb(d, f, f->what.sentence, &scratch, &f->what.verb_start, &f->what.verb_end);
    /* the lede's own verb and subject, for the fact line, when the key sentence is another */
    if (lede >= 0 && lede != f->what.sentence)
        lead_verb(d, f, lede, &scratch, &f->what.lede_verb_start, &f->what.lede_verb_end);
    else {
        f->what.lede_verb_start = f->what.verb_start;
        f->what.lede_verb_end = f->what.verb_end;
    }
    if (lede >= 0 && f->what.lede_verb_end && in_opening_clause(d, lede, f->what.lede_verb_start))
        f->what.lede_verb_start = f->what.lede_verb_end = 0;
    /* the lede read as a clause; when it only sets a scene ("They are the peculiar concrete
     * markings ...", "It's amazing what make-up can do."), the next sentence at the top of the
     * story that reads as one: a feature says what happened after its scene */
    bool scene = true;
    for (int32_t si = lede; si <= lede + FRONT_AFTER_LEDE && si < (int32_t)d->seg.n_sentences &&
                            !f->what.clause_predicate_end && scene;
         si++) {
        if (si > lede && d->boilerplate && d->boilerplate[si])
            continue;
        scene = lede_clause(d, f, si, lede, &scratch);
        /* (the lede only: a later sentence that names no one is the story going on, "The
         * ferry sails in May.", not a second scene) */
        if (!scene && !f->what.clause_predicate_end && !f->what.clause_refused && si == lede)
            scene = scene_setting(d, f, si);
        /* a title with a full stop, alone in the first paragraph, that reads as no clause
         * ("After Rubio stumbles, rivals see opening in New Hampshire."): the story's lede
         * comes after it */
        if (!scene && !f->what.clause_predicate_end && si == lede && title_paragraph(d, si)) {
            f->what.clause_refused = false;
            f->what.lede_is_title = true;
            scene = true;
        }
        /* "What does ... Rand Paul have in common with a ... playboy? An avid interest in
         * poker, as it turns out.": a short answer to a question lede is part of its scene */
        if (!scene && !f->what.clause_predicate_end && !f->what.clause_refused && si == lede + 1 &&
            d->seg.sentences[lede].tok_end > d->seg.sentences[lede].tok_start &&
            doc_tok_is(d, d->seg.sentences[lede].tok_end - 1, "?") && doc_sentence_words(d, (size_t)si) <= ANSWER_WORDS_MAX)
            scene = true;
        /* a sentence that reads as no clause of its own may be a claim its speaker makes at
         * its end */
        if (!f->what.clause_predicate_end && !f->what.clause_refused &&
            speaker_clause(d, f, clause_start(d, f, &d->seg.sentences[si]), d->seg.sentences[si].tok_end, &scratch))
            scene = false;
        if (f->what.clause_predicate_end)
            f->what.clause_sentence = si;
    }
    if (f->what.clause_predicate_end)
        f->what.clause_referent = description_referent(d, f, f->what.clause_sentence, lede);
    buf_free(&scratch);
}

/* ---- what each answer rests on ------------------------------------------------------------- */

static const char *const BASIS_NAME[N_BASES] = {"headline", "introduced", "opening", "group", "body", "background",
                                                 "date"};

/* How often a first answer of each basis matched the coders' phrases on
 * ../shared/data/facts/fivew_dev.jsonl (benchmarks/fivew.sh prints the counts; docs/FACTS.md
 * keeps them), smoothed as (right + 1) / (answered + 2) and rounded to 0.05, per slot: who,
 * what, where, when. A basis a slot never has is 0; one not seen on the set keeps the
 * smoothing's prior (0.50) or less. */
static const double SLOT_CONFIDENCE[4][N_BASES] = {
    /* headline introduced opening group body background date */
    {0.95, 0, 0.60, 0.70, 0.35, 0, 0},    /* who: 26/27, 7/11, 6/8, 0/1 */
    {0.85, 0, 0.75, 0, 0.30, 0, 0},       /* what: 38/45, 2/2, not seen */
    {0, 0.90, 0.85, 0, 0.40, 0, 0},       /* where: 20/21, 10/11, 2/6 */
    {0, 0, 0.90, 0, 0.85, 0.35, 0.78},    /* when: 21/23, 14/16, 0/1; date 6/7 (2026-12-06) */
};

static void set_bases(const precis_doc *d, facts *f, const uint8_t *story) {
    story_opening op = opening_of(d);
    for (size_t i = 0; i < f->n_who; i++) {
        bool promoted = i == 0 && !f->who_group && f->who[0] >= 0 && headline_subject(d, f) == f->who[0];
        f->who_basis[i] = promoted ? BASIS_HEADLINE : (story[f->who[i]] & 6) ? BASIS_OPENING : BASIS_BODY;
    }
    f->group_basis = BASIS_GROUP;
    for (size_t i = 0; i < f->n_where; i++) {
        uint8_t b = BASIS_BODY;
        for (size_t k = 0; k < f->ents.n_mentions; k++) {
            const ner_mention *m = &f->ents.mentions[k];
            if (m->entity != f->where[i].entity || (m->flags & (NERM_DEMONYM | NERM_IN_ROLE)) ||
                !in_front(&op, m->sentence))
                continue;
            b = facts_place_introduced(d, m->tok_start, m->tok_end) ? BASIS_INTRODUCED : BASIS_OPENING;
            if (b == BASIS_INTRODUCED)
                break;
        }
        f->where_basis[i] = b;
    }
    for (size_t i = 0; i < f->n_when; i++) {
        const timex *t = &f->timexes[f->when[i]];
        f->when_basis[i] = f->when[i] == f->n_timexes                       ? BASIS_DATE
                           : background_time(d, f, t)                        ? BASIS_BACKGROUND
                           : in_front(&op, sentence_of(d, t->start)) ? BASIS_OPENING
                                                                          : BASIS_BODY;
    }
    f->what_basis = f->what.phrase_end ? BASIS_HEADLINE : f->what.sentence == op.lede ? BASIS_OPENING : BASIS_BODY;
}

void facts_put_basis(buf *b, int slot, uint8_t basis) {
    buf_puts(b, ",\"basis\":\"");
    buf_puts(b, BASIS_NAME[basis]);
    buf_puts(b, "\",\"confidence\":");
    buf_put_fixed(b, SLOT_CONFIDENCE[slot][basis], 2);
}

/* ---- compute ------------------------------------------------------------------------------- */

precis_status facts_compute(precis_doc *d, precis_error *err) {
    if (d->facts)
        return PRECIS_OK;
    PRECIS_TRY(precis_doc_summarize(d, err));
    doc_token_index(d);
    facts *f = arena_calloc(&d->mem, 1, sizeof *f);
    if (!f)
        return set_error(err, PRECIS_E_NOMEM, "facts: out of memory");
    f->mem = &d->mem;
    if (!d->lang->has_facts) {
        /* The recogniser, gazetteers, cue words and time patterns are one language's: run on
         * another they make up facts ("who: Wir"). Better none, said in the output. */
        d->facts = f;
        return PRECIS_OK;
    }
    precis_status st = entities_extract(d, &d->mem, &f->ents, err);
    if (st == PRECIS_E_UNSUPPORTED) {
        memset(&f->ents, 0, sizeof f->ents); /* a model without a recogniser: no entities */
    } else if (st != PRECIS_OK) {
        return st;
    } else {
        f->has_ner = true;
    }

    timex *tx = NULL;
    size_t ntx = 0;
    if (d->opts.date[0]) {
        memcpy(f->dct, d->opts.date, sizeof f->dct);
        PRECIS_TRY(timex_find_doc(d, f->dct, &d->mem, &tx, &ntx, err));
    } else {
        /* the dateline's date, "" when none */
        PRECIS_TRY(timex_find_doc_dateline(d, f->dct, &d->mem, &tx, &ntx, err));
    }
    /* (one more: the entry after the list may hold the document's date, when_dated) */
    f->timexes = arena_alloc(&d->mem, (ntx + 1) * sizeof *f->timexes);
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

    if (!entity_genders(d, f))
        return set_error(err, PRECIS_E_NOMEM, "facts: out of memory");

    quote *qu;
    size_t nqu;
    if (!quotes_find(d, &d->mem, &qu, &nqu))
        return set_error(err, PRECIS_E_NOMEM, "facts: out of memory");
    f->quotes = qu;
    f->quote_speaker = arena_alloc(&d->mem, (nqu ? nqu : 1) * sizeof *f->quote_speaker);
    f->quote_conf = arena_alloc(&d->mem, (nqu ? nqu : 1) * sizeof *f->quote_conf);
    if (!f->quote_speaker || !f->quote_conf)
        return set_error(err, PRECIS_E_NOMEM, "facts: out of memory");
    for (size_t i = 0; i < nqu; i++) {
        if (in_boilerplate(d, qu[i].start))
            continue;
        float conf;
        int32_t e = resolve_speaker(d, f, &qu[i], &conf);
        if (qu[i].weak && conf > 0.5f)
            conf = 0.5f;
        /* a subject with no speech verb counts only when it names a person */
        if (qu[i].weak && (e < 0 || f->ents.entities[e].type != NER_PER))
            conf = 0;
        if (conf <= 0 && qu[i].speaker_token >= 0) {
            qu[i].speaker_token = -1; /* withheld: never a wrong name, a place or a pronoun */
            qu[i].held = !qu[i].weak; /* a weak subject is no cue: carrying over may still do */
        }
        f->quote_speaker[f->n_quotes] = e;
        f->quote_conf[f->n_quotes] = conf;
        f->quotes[f->n_quotes++] = qu[i];
    }
    continue_speakers(d, f);

    source *so;
    size_t nso;
    if (!sources_find(d, f->quotes, f->n_quotes, &d->mem, &so, &nso))
        return set_error(err, PRECIS_E_NOMEM, "facts: out of memory");
    f->sources = so;
    f->source_entity = arena_alloc(&d->mem, (nso ? nso : 1) * sizeof *f->source_entity);
    if (!f->source_entity)
        return set_error(err, PRECIS_E_NOMEM, "facts: out of memory");
    for (size_t i = 0; i < nso; i++) {
        if (in_boilerplate(d, so[i].start))
            continue;
        /* an outlet is an organisation; reported speech is mostly a person's */
        f->source_entity[f->n_sources] =
            so[i].named ? entity_in_span(f, so[i].start, so[i].end, so[i].speech ? NER_PER : NER_ORG, false) : -1;
        f->sources[f->n_sources++] = so[i];
    }

    uint8_t *story = arena_calloc(&d->mem, f->ents.n_entities ? f->ents.n_entities : 1, 1);
    uint8_t *outlet = arena_calloc(&d->mem, f->ents.n_mentions ? f->ents.n_mentions : 1, 1);
    if (!story || !outlet)
        return set_error(err, PRECIS_E_NOMEM, "facts: out of memory");
    f->dateline_end = dateline_end(d, f);
    choose_who(d, f, story, outlet);
    choose_where(d, f);
    choose_when(d, f);
    choose_how_many(d, f);
    choose_what(d, f);
    promote_headline_subject(d, f);
    set_bases(d, f, story);
    d->facts = f;
    return PRECIS_OK;
}
