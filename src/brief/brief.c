/* brief.c — the one-paragraph brief: a lead line built from the fact slots, then the most
 * informative sentences, compressed, within a word budget.
 *
 * Nothing is invented: the lead line is made of spans of the input (names, roles, the event
 * noun, places) joined by punctuation, and each sentence is the input with spans removed:
 *   - parentheticals of up to PAREN_MAX_TOKENS tokens: "(£600m)", "(Reuters)"
 * so every piece of the brief maps back to byte offsets (the JSON gives them).
 * Formats: text, markdown, json, and html (a standalone page showing the article with the
 * chosen sentences highlighted and entities marked by type, beside the brief and facts).
 * Cost: linear in the document. */
#include "brief/brief.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "facts/facts.h"
#include "facts/ner_feat.h"
#include "segment/seg_clean.h"
#include "select/select.h"
#include "text/text.h"
#include "util/error.h"

#define PAREN_MAX_TOKENS 12 /* longer brackets carry content, not asides */
#define QUOTED_OBJECT_MAX 8 /* tokens of a quotation a line takes as a participle's object */
#define NAMED_AS_MAX 3 /* words after "as" that a naming verb's line takes ("as \"excellent\"") */
#define QUOTE_CLOSE_REACH 4 /* tokens past a line's end to the closing mark of a quotation it opened */
#define APPOSITIVE_TOKENS_MAX 14 /* an object's appositive (", a former technology aide to ...,") */
#define COMPLEMENT_WORDS_MAX 6 /* words of an object's complement a line takes in ("in contempt of Congress") */
#define EMPTY_NOUN_REACH 8 /* tokens after an empty_noun within which its infinitive is looked for */
#define QUOTED_HEAD_MAX 3 /* words of the noun a quoted modifier qualifies ("podium-winning performance") */
#define RELATIVE_ASIDE_MAX 24 /* tokens of a relative clause between commas after a line's object */
#define ASIDE_WORDS_MAX 5   /* an aside between a verb and its object (", at least temporarily,") */
#define GROUP_WORDS_MAX 7   /* words of an unnamed subject that leads ("A 78-year-old Connecticut man") */
#define RELATIVE_WORDS_MAX 10 /* ... or of one with its relative clause ("People who walk ...") */
#define OF_GROUP_WORDS_MAX 8  /* ... or with its "of" phrase ("The chief executive of the Fiat conglomerate")
                                 or one that names ("A guard at the U.S. Census Bureau headquarters") */
#define WHOLE_SUBJECT_WORDS_MAX 12 /* ... or of a whole subject that is one noun phrase ("Talks
                                     aimed at averting national strikes over pension reforms") */
#define LEAD_PEOPLE 2       /* people named in the lead line */
#define MAX_SPANS 8         /* kept spans per sentence after compression */
#define ATTRIB_MAX_TOKENS 6 /* ", the state news agency reported": longer tails carry content */
#define ATTRIB_SUBJECT 3    /* words before the verb: "he", "the company", "state media" */
#define ATTRIB_TAIL_MAX 8   /* words of an attribution the fact line carries */
#define ATTRIB_TAIL_MAX_LONG 10 /* ... when its verb opens or ends it ("the International
                                   Monetary Fund (IMF) has said") */
#define ACCORDING_TAIL_MAX 14 /* ... or one cited "according to": its source is named at length */
#define RELATIVE_SUBJECT_MAX 3 /* words from a relative word to an attribution that interrupts its clause */
#define ACTOR_BONUS 0.12    /* score bonus per actor or place a sentence introduces ... */
#define ACTOR_BONUS_MAX 3   /* ... counting at most this many */
#define RESTATED_SHARE_PCT 60 /* of a lede's content words a line says for the lede to be left out */
#define RESTATED_WHOLE_PCT 100 /* ... for the line to stand beside a single other sentence */
/* The word starts of a line restated_pct keeps (a line of the brief is a sentence or two). */
#define RESTATED_STARTS_MAX 512
#define BARE_SUBJECT_WORDS_MAX 3 /* "Physical activity": a subject of plain words with no article */

typedef struct kept {
    uint32_t start, end;
} kept;

typedef struct brief_sentence {
    size_t index;
    kept spans[MAX_SPANS];
    size_t n_spans;
    size_t words;
} brief_sentence;

typedef struct brief {
    buf lead;          /* the lead line's text */
    kept lead_spans[16];
    size_t n_lead_spans;
    brief_sentence *sentences;
    size_t n_sentences;
    double *scores;    /* per sentence, for the brief's own word budget (in the document's
                          arena): the brief does not change with the summary's budget */
} brief;

/* Whether token k is in a class of the language's brief.txt (enum brief_word_class,
 * model/model.h); false when the language has no such file or does not list the word. */
static bool brief_word(const precis_doc *d, size_t k, uint32_t cls) {
    return (doc_tok_class(d, &d->lang->brief_words, k) & cls) != 0;
}

/* True when a lower-case word of brief.txt's class `cls` lies between byte ws and token k
 * (the line's words up to where a complement would start). */
static bool class_word_before(const precis_doc *d, uint32_t ws, size_t k, uint32_t cls) {
    for (size_t j = doc_token_at(d, ws); j < k; j++)
        if (d->seg.tokens[j].shape == SHAPE_LOWER && brief_word(d, j, cls))
            return true;
    return false;
}

/* True when tokens [from, to) are an attribution: "AFP reported", "reported BBC",
 * "according to BBC", "the BBC reported", "state media said", "he said", "officials said
 * Sunday": a reporting verb (brief.txt's attribution words) with at most ATTRIB_SUBJECT words
 * before it. */
static bool attribution(const precis_doc *d, size_t from, size_t to) {
    if (to <= from || to - from > ATTRIB_MAX_TOKENS)
        return false;
    bool verb = false;
    for (size_t k = from; k < to; k++) {
        const token *t = &d->seg.tokens[k];
        if (t->kind == TOK_PUNCT || t->kind == TOK_SYMBOL)
            return false;
        if (!verb && (brief_word(d, k, BW_ATTRIBUTION) || (k + 1 == to && brief_word(d, k, BW_FINDING)))) {
            if (k - from > ATTRIB_SUBJECT)
                return false;
            verb = true;
        }
    }
    return verb;
}

/* Compresses sentence i into kept spans. */
static void compress(const precis_doc *d, size_t i, brief_sentence *out) {
    const sentence *s = &d->seg.sentences[i];
    out->index = i;
    out->n_spans = 0;
    /* attribution tails (", the rebels said", ", according to AFP") stay: a claim made on
     * someone's word keeps that word in the brief (#12) */
    uint32_t cut_from = s->end;
    uint32_t pos = s->start;
    uint32_t first_tok = s->tok_start;
    /* an agency tag opening the text: "(CNN)Living under..." */
    if (s->tok_end - s->tok_start > 4 && d->text[s->start] == '(') {
        uint32_t k = s->tok_start + 1;
        while (k < s->tok_end && k - s->tok_start <= 3 && d->seg.tokens[k].kind == TOK_WORD &&
               (d->seg.tokens[k].shape == SHAPE_CAPITAL || d->seg.tokens[k].shape == SHAPE_UPPER))
            k++;
        if (k > s->tok_start + 1 && k + 1 < s->tok_end && doc_tok_is(d, k, ")")) {
            first_tok = k + 1;
            pos = d->seg.tokens[first_tok].start;
        }
    }
    /* a dateline opening the article: "LISBON (Reuters) - " */
    for (uint32_t k = s->tok_start; k < s->tok_end && k - s->tok_start < 8; k++) {
        const token *t = &d->seg.tokens[k];
        if (t->kind == TOK_PUNCT && (d->text[t->start] == '-' || (unsigned char)d->text[t->start] == 0xE2)) {
            if (k > s->tok_start && k + 1 < s->tok_end && d->seg.tokens[s->tok_start].shape == SHAPE_UPPER) {
                pos = d->seg.tokens[k + 1].start;
                first_tok = k + 1;
            }
            break;
        }
        if (t->kind == TOK_WORD && t->shape == SHAPE_LOWER)
            break;
    }
    for (uint32_t k = first_tok; k < s->tok_end; k++) {
        const token *t = &d->seg.tokens[k];
        if (t->start >= cut_from)
            break;
        if (t->kind == TOK_PUNCT && d->text[t->start] == '(' && k > s->tok_start) {
            uint32_t e = k + 1;
            while (e < s->tok_end && e - k <= PAREN_MAX_TOKENS && !(d->seg.tokens[e].kind == TOK_PUNCT && d->text[d->seg.tokens[e].start] == ')'))
                e++;
            /* a bracket that attributes ("(according to police)") stays too */
            if (e < s->tok_end && e - k <= PAREN_MAX_TOKENS && out->n_spans + 1 < MAX_SPANS &&
                !attribution(d, k + 1, e)) {
                /* keep up to the bracket, drop the space before it */
                uint32_t keep_end = t->start;
                while (keep_end > pos && (d->text[keep_end - 1] == ' '))
                    keep_end--;
                out->spans[out->n_spans++] = (kept){pos, keep_end};
                pos = d->seg.tokens[e].end;
                k = e;
            }
        }
    }
    uint32_t end = cut_from < s->end ? cut_from : s->end;
    if (end > pos && out->n_spans < MAX_SPANS)
        out->spans[out->n_spans++] = (kept){pos, end};
    out->words = doc_sentence_words(d, i);
}

/* Appends text[s, e) as text_clean does, without the markup `precis split` leaves out of a
 * sentence (seg_noise: tags, escaped tags, inline-formatting codes): "Mr. Trump</tweet>."
 * is "Mr. Trump." in the brief as in the split. */
static void put_clean(buf *b, const precis_doc *d, uint32_t s, uint32_t e) {
    /* (most spans hold no byte that markup starts with: one pass each, as text_clean alone) */
    if (e <= s || (!memchr(d->text + s, '<', e - s) && !memchr(d->text + s, '&', e - s) && !memchr(d->text + s, '{', e - s))) {
        text_clean(b, d->text, s, e, true);
        return;
    }
    uint32_t from = s;
    for (uint32_t i = s; i < e; i++) {
        char c = d->text[i];
        if (c != '<' && c != '&' && c != '{')
            continue;
        seg_gap gap;
        size_t n = seg_noise(d->text, d->len, i, &gap);
        if (n == 0 || i + n > e)
            continue;
        text_clean(b, d->text, from, i, true);
        /* (the spaces on either side of a tag are the words' own: "in <b>May</b> to") */
        bool spaced = gap != SEG_GAP_NONE || (i > s && isspace((unsigned char)d->text[i - 1])) ||
                      (i + n < e && isspace((unsigned char)d->text[i + n]));
        if (spaced && b->len && b->data[b->len - 1] != ' ')
            buf_putc(b, ' ');
        from = i + (uint32_t)n;
        while (from < e && spaced && isspace((unsigned char)d->text[from]))
            from++;
        /* ("today.</tweet>." is one sentence's end) */
        if (from < e && d->text[from] == '.' && b->len && strchr(".!?", b->data[b->len - 1]))
            from++;
        i = from - 1;
    }
    text_clean(b, d->text, from, e, true);
}

/* Appends a sentence's kept spans as clean text, with a final full stop when the tail was
 * cut away. */
static void put_sentence(buf *b, const precis_doc *d, const brief_sentence *bs) {
    for (size_t k = 0; k < bs->n_spans; k++) {
        uint32_t st = bs->spans[k].start;
        while (st < bs->spans[k].end && d->text[st] == ' ')
            st++;
        /* spans are joined with a space, except before punctuation */
        if (k > 0 && st < bs->spans[k].end && !strchr(",.;:!?)", d->text[st]))
            buf_putc(b, ' ');
        put_clean(b, d, st, bs->spans[k].end);
    }
    const sentence *s = &d->seg.sentences[bs->index];
    if (bs->n_spans && bs->spans[bs->n_spans - 1].end < s->end) {
        while (b->len && (b->data[b->len - 1] == ' ' || b->data[b->len - 1] == ','))
            b->len--;
        buf_putc(b, '.');
    }
}

static void lead_span(brief *br, const precis_doc *d, uint32_t s, uint32_t e) {
    put_clean(&br->lead, d, s, e);
    if (br->n_lead_spans < sizeof br->lead_spans / sizeof br->lead_spans[0])
        br->lead_spans[br->n_lead_spans++] = (kept){s, e};
}

/* Appends a place as lead_span does, in the case a sentence writes it when the text wrote it
 * in capitals, as datelines do ("FLINT, Mich. -", "LOS ANGELES (AP) --"): "Flint",
 * "Los Angeles". A word of one or two letters without a full stop stays as it is ("DC"). */
static void lead_place_span(brief *br, const precis_doc *d, uint32_t s, uint32_t e) {
    size_t from = br->lead.len;
    lead_span(br, d, s, e);
    char *p = br->lead.data + from;
    size_t n = br->lead.len - from, run = 0, longest = 0;
    for (size_t i = 0; i < n; i++) {
        if (islower((unsigned char)p[i]))
            return;
        run = isupper((unsigned char)p[i]) ? run + 1 : 0;
        longest = run > longest ? run : longest;
    }
    if (longest < 3)
        return;
    for (size_t i = 0; i < n;) {
        if (!isupper((unsigned char)p[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && isupper((unsigned char)p[j]))
            j++;
        if (j - i >= 3 || (j - i == 2 && j < n && p[j] == '.'))
            for (size_t k = i + 1; k < j; k++)
                p[k] = (char)tolower((unsigned char)p[k]);
        i = j;
    }
}

/* Appends bytes [s, e) as lead_span does, leaving out short brackets as the brief's
 * sentences do ("5.65bn euros [($7.4bn; £3.9bn)] of purchases"), unless they attribute. */
static void lead_span_asides_out(brief *br, const precis_doc *d, uint32_t s, uint32_t e) {
    uint32_t pos = s;
    for (size_t k = doc_token_at(d, s); k < d->seg.n_tokens && d->seg.tokens[k].end <= e; k++) {
        if (!doc_tok_is(d, k, "(") || d->seg.tokens[k].start <= s)
            continue;
        size_t c = k + 1;
        while (c < d->seg.n_tokens && d->seg.tokens[c].end <= e && c - k <= PAREN_MAX_TOKENS && !doc_tok_is(d, c, ")"))
            c++;
        if (c >= d->seg.n_tokens || d->seg.tokens[c].end > e || !doc_tok_is(d, c, ")") || c - k > PAREN_MAX_TOKENS ||
            attribution(d, (uint32_t)k + 1, (uint32_t)c))
            continue;
        uint32_t keep_end = d->seg.tokens[k].start;
        while (keep_end > pos && d->text[keep_end - 1] == ' ')
            keep_end--;
        if (keep_end > pos)
            lead_span(br, d, pos, keep_end);
        pos = d->seg.tokens[c].end;
        k = c;
        /* the pieces join with a space, except before punctuation ("$3bn deal", "euros,") */
        while (pos < e && d->text[pos] == ' ')
            pos++;
        if (pos < e && !strchr(",.;:!?)", d->text[pos]))
            buf_putc(&br->lead, ' ');
    }
    if (e > pos)
        lead_span(br, d, pos, e);
}

/* True when the place mention of tokens [ts, te) qualifies something else rather than saying
 * where things happen: "Britain's second-largest supplier", "Portugal's largest harbour";
 * "US supermarket group", "UK house prices", "its London rival" (a place right before a
 * noun, unless after a preposition: "in London yesterday" stays). */
static bool place_qualifies(const precis_doc *d, size_t ts, size_t te) {
    if (te >= d->seg.n_tokens)
        return false;
    const token *n = &d->seg.tokens[te];
    /* "in US magazine Rolling Stone's list": a place, a noun, then a name: the place says what
     * kind the name is, after a preposition too */
    bool kind_of_name = n->kind == TOK_WORD && n->shape == SHAPE_LOWER && !d->tok_stop[te] && te + 1 < d->seg.n_tokens &&
                        d->seg.tokens[te + 1].kind == TOK_WORD && d->seg.tokens[te + 1].shape == SHAPE_CAPITAL;
    return n->kind == TOK_POSSESSIVE || kind_of_name ||
           (n->kind == TOK_WORD && n->shape == SHAPE_LOWER && !d->tok_stop[te] &&
            !(ts > 0 && brief_word(d, ts - 1, BW_PLACE_PREP)));
}

/* True when a place has a mention in sentence si that names it, not a demonym or a role's
 * adjective ("North Korean leader"). */
static bool place_named_in(const precis_doc *d, const facts *f, int32_t entity, int32_t si) {
    for (size_t k = 0; k < f->ents.n_mentions; k++) {
        const ner_mention *m = &f->ents.mentions[k];
        if (m->entity == entity && m->sentence == si && !(m->flags & (NERM_DEMONYM | NERM_IN_ROLE)) &&
            !place_qualifies(d, m->tok_start, m->tok_end))
            return true;
    }
    return false;
}

/* True when a person is named well enough to head the brief: with a role ("Prime Minister"),
 * or with a full name (two words or more) that the article also shortens ("Tony Blair" ...
 * "Mr Blair"), as it does for people. A name that is never shortened and has no role is too
 * often a firm, a brand or a campaign the recogniser took for a person ("Newcastle Brown
 * Ale", "Trojan Horse"). */
static bool well_named(const precis_doc *d, const facts *f, int32_t entity) {
    const ner_entity *e = &f->ents.entities[entity];
    if (e->has_role)
        return true;
    size_t longest = 0, shortest = SIZE_MAX;
    for (size_t k = 0; k < f->ents.n_mentions; k++) {
        const ner_mention *m = &f->ents.mentions[k];
        if (m->entity != entity || (m->flags & NERM_DEMONYM))
            continue;
        size_t words = 0;
        for (uint32_t t = m->tok_start; t < m->tok_end; t++)
            words += d->seg.tokens[t].kind == TOK_WORD;
        if (words > longest)
            longest = words;
        if (words < shortest)
            shortest = words;
    }
    return longest >= 2 && shortest < longest;
}

/* The description a clause subject gives its referent (facts.h clause_referent), as the
 * referent's role: the subject without its article ("Air Force veteran and former Playboy
 * model", "meat trader"), when it is short and says more than "man" or "woman". False when
 * it does not. */
static uint32_t plain_subject_end(const precis_doc *d, const facts *f);
static bool description_role(const precis_doc *d, const facts *f, uint32_t *start, uint32_t *end) {
    /* "An HIV-positive Ohio man [accused of ...]": the description as a group would lead */
    uint32_t se = plain_subject_end(d, f);
    if (!se)
        se = f->what.clause_subject_end;
    size_t a = doc_token_at(d, f->what.clause_subject_start) + 1;
    size_t e = doc_token_at(d, se);
    size_t words = 0;
    for (size_t k = a; k < e; k++) {
        if (d->seg.tokens[k].kind == TOK_PUNCT && !doc_tok_is(d, k, "-")) /* "HIV-positive" */
            return false;
        words += d->seg.tokens[k].kind != TOK_PUNCT;
    }
    if (words == 0 || words > GROUP_WORDS_MAX ||
        (words == 1 && (doc_tok_class(d, &d->lang->people_words, a) & PW_PEOPLE)))
        return false;
    /* (an age alone says no role: "The 28-year-old has been in great form") */
    static const char age[] = "-year-old";
    uint32_t ds = d->seg.tokens[a].start;
    if (se - ds > sizeof age - 1 && d->text[ds] >= '0' && d->text[ds] <= '9' &&
        memcmp(d->text + se - (sizeof age - 1), age, sizeof age - 1) == 0 && !memchr(d->text + ds, ' ', se - ds))
        return false;
    *start = d->seg.tokens[a].start;
    *end = se;
    return true;
}

/* True when the place entity is one the model's gazetteer knows as a country, region, city
 * or geographic feature: the lead line names only places it can vouch for (the recogniser
 * also tags stadiums, clubs and firms as places). */
static bool known_place(const precis_doc *d, const facts *f, int32_t entity) {
    return facts_entity_gaz_classes(d, &f->ents.entities[entity]) & (GZ_COUNTRY | GZ_REGION | GZ_CITY | GZ_GEO);
}

/* True when the place entity is a country the gazetteer knows. */
static bool known_country(const precis_doc *d, const facts *f, int32_t entity) {
    return entity >= 0 && (facts_entity_gaz_classes(d, &f->ents.entities[entity]) & GZ_COUNTRY);
}

static bool span_in(const precis_doc *d, uint32_t s, uint32_t e, int32_t si);

/* True when a place at byte b of a sentence lies in another clause than the event's words,
 * which end at byte a: a word of brief.txt's clause_break comes between ("named a new chief
 * after Carlos Ghosn takes charge at Renault"). Not when the line dates the event by that
 * clause, which then tells the same happening ("killed after a typhoon tore across the
 * Philippines on Saturday"), unless an "and" or a "but" after the place starts another verb
 * that the time dates; nor after a participle (", beating Millbrook 3-1 at Wembley"), which
 * most often goes on with the same event. */
static bool another_clause(const precis_doc *d, int32_t si, uint32_t a, uint32_t b, const timex *when) {
    for (size_t k = doc_token_at(d, a); k < d->seg.n_tokens && d->seg.tokens[k].end <= b; k++)
        /* (so does a pronoun subject right after a noun, a relative clause without its
         * "that": "the crown [they won in Seville]") */
        if (brief_word(d, k, BW_CLAUSE_BREAK) ||
            (k > 0 && quotes_is_pronoun(d, k) && d->seg.tokens[k].shape == SHAPE_LOWER &&
             d->seg.tokens[k - 1].kind == TOK_WORD && !d->tok_stop[k - 1])) {
            if (!(when && (uint32_t)when->start > d->seg.tokens[k].start &&
                  span_in(d, d->seg.tokens[k].start, (uint32_t)when->end, si)))
                return true;
            /* (not a when past an "and" after the place: "poised to bounce back after his
             * second-place finish in Iowa [and win ...] next week" dates the second verb) */
            for (size_t j = doc_token_at(d, b); j < d->seg.n_tokens && d->seg.tokens[j].end <= (uint32_t)when->start; j++)
                if (doc_tok_is(d, j, "and") || doc_tok_is(d, j, "but"))
                    return true;
            return false;
        }
    return false;
}

static bool attribution_tail(const precis_doc *d, int32_t si, uint32_t *ts, uint32_t *te);
static bool in_later_clause(const precis_doc *d, uint32_t from, uint32_t to);
static bool participle_word(const precis_doc *d, size_t k);
static bool in_timex(const facts *f, uint32_t b);

/* True when place mention m says where something else is or happens than the line's event,
 * whose words end at byte what_end (0: not known), or only part of where: one place of a
 * list ("in Russia and Germany"), a place in a speaker's words ("a real
 * constitutional conservative in the White House"), in the sentence's closing attribution
 * ("according to a report from WKOW, the ABC affiliate in Madison, Wisconsin"), or past the
 * event's words right after another event's noun ("shrugging off their midweek defeat at
 * Porto") or after a participle that describes a noun ("aid worker Margaret Hassan,
 * kidnapped in Iraq", "the terrorist group based in Somalia"). */
#define EVENT_PHRASE_MAX 6 /* words before an event noun read for a time of its own */
static bool place_elsewhere(const precis_doc *d, const facts *f, const ner_mention *m, uint32_t what_end) {
    /* one of a list of places ("dictatorships in Russia and Germany", "the airwaves in Iowa
     * and New Hampshire"): the line would give the first as the where */
    if (m->tok_end + 1 < d->seg.n_tokens && (doc_tok_is(d, m->tok_end, "and") || doc_tok_is(d, m->tok_end, "or")))
        for (size_t k = 0; k < f->ents.n_mentions; k++)
            if (f->ents.mentions[k].type == NER_LOC && f->ents.mentions[k].tok_start == m->tok_end + 1)
                return true;
    for (size_t i = 0; i < f->n_quotes; i++)
        if (m->start >= f->quotes[i].start && m->end <= f->quotes[i].end)
            return true;
    uint32_t ts = 0, te = 0;
    if (attribution_tail(d, m->sentence, &ts, &te) && m->start >= ts)
        return true;
    if (!what_end || m->start < what_end)
        return false;
    uint32_t p = m->tok_start > 0 && doc_tok_is(d, m->tok_start - 1, "the") ? m->tok_start - 1 : m->tok_start;
    if (p < 3 || !brief_word(d, p - 1, BW_AT_PLACE) || d->seg.tokens[p - 2].start < what_end)
        return false;
    uint32_t h = p - 2; /* the word the place's phrase hangs from */
    /* another event's noun with a time of its own before it ("their midweek defeat at
     * Porto", "last week's match in Leeds"); without one the noun is most often the event
     * itself told again ("with a six-try victory in Rome") or its setting ("at the party's
     * spring conference in Gateshead") */
    if (facts_event_noun(d, h)) {
        const sentence *s = &d->seg.sentences[m->sentence];
        for (uint32_t k = h; k-- > s->tok_start && h - k <= EVENT_PHRASE_MAX;) {
            const token *t = &d->seg.tokens[k];
            if (t->kind != TOK_WORD && t->kind != TOK_POSSESSIVE && t->kind != TOK_NUMBER)
                break;
            if (in_timex(f, t->start) || brief_word(d, k, BW_OTHER_TIME))
                return true;
            if (t->kind == TOK_WORD && d->tok_stop[k] && t->shape == SHAPE_LOWER &&
                !(doc_tok_class(d, &d->lang->fact_words, k) & FW_DETERMINER))
                break;
        }
        return false;
    }
    /* a past participle after a name, a noun or a comma, not after "was" or "has" ("has been
     * arrested at the border" is the event's own); one in -ing is too often a noun ("a dual
     * listing in London", "spent Thursday morning in St. Paul") */
    const token *w = &d->seg.tokens[h], *before = &d->seg.tokens[h - 1];
    bool past = (w->end - w->start > 4 && memcmp(d->text + w->end - 2, "ed", 2) == 0) ||
                (doc_tok_class(d, &d->lang->fact_words, h) & FW_IRREGULAR_PAST);
    return w->shape == SHAPE_LOWER && past && !d->tok_stop[h - 1] &&
           (doc_tok_is(d, h - 1, ",") || (before->kind == TOK_WORD && before->shape != SHAPE_LOWER) ||
            (before->kind == TOK_WORD && !(doc_tok_class(d, &d->lang->fact_words, h - 1) & (FW_AUX | FW_VERB_GROUP)) &&
             !participle_word(d, h - 1)));
}

/* True when a place has a mention in the opening (sentences lede, cl or head) that says where
 * something happens: a preposition before it, past at most PLACE_REACH words ("in the
 * central Philippines", "at Wembley", "near the port of Sines"), or a dateline ("LISBON
 * (Reuters) -", "GLASGOW, Scotland, 9 October 2025 -"). */
#define PLACE_REACH 3
static bool place_at_event(const precis_doc *d, const facts *f, int32_t entity, int32_t lede, int32_t cl,
                           int32_t head, uint32_t what_end, const timex *when) {
    for (size_t k = 0; k < f->ents.n_mentions; k++) {
        const ner_mention *m = &f->ents.mentions[k];
        if (m->entity != entity || (m->flags & (NERM_DEMONYM | NERM_IN_ROLE)) ||
            !(m->sentence == lede || m->sentence == cl || (head >= 0 && m->sentence == head)) ||
            place_qualifies(d, m->tok_start, m->tok_end))
            continue;
        const sentence *s = &d->seg.sentences[m->sentence];
        if (what_end && m->start > what_end && span_in(d, what_end - 1, what_end, m->sentence) &&
            another_clause(d, m->sentence, what_end, m->start, when))
            continue;
        /* (nor in a relative clause after the event's words: "signed for Harbour FC on
         * Saturday, a move [that surprised fans in Lisbon]") */
        if (what_end && m->start > what_end && span_in(d, what_end - 1, what_end, m->sentence) &&
            in_later_clause(d, what_end, m->start))
            continue;
        if (place_elsewhere(d, f, m, what_end && span_in(d, what_end - 1, what_end, m->sentence) ? what_end : 0))
            continue;
        bool dateline = (f->dateline_end && m->end <= f->dateline_end) ||
                        (m->tok_start < s->tok_start + 3 && d->seg.tokens[m->tok_start].shape == SHAPE_UPPER);
        if (dateline && known_place(d, f, entity))
            return true;
        if (facts_place_introduced(d, m->tok_start, m->tok_end))
            return true;
        for (uint32_t j = m->tok_start, n = 0; j-- > s->tok_start && n <= PLACE_REACH; n++) {
            if (brief_word(d, j, BW_AT_PLACE)) {
                if (j > s->tok_start && brief_word(d, j - 1, BW_AFFILIATION))
                    break; /* "a 20% stake in Sina" */
                return true;
            }
            const token *t = &d->seg.tokens[j];
            /* "in the central Philippines": only "the" and lower-case content words between,
             * not "in the defeat by Ireland" */
            if (t->kind != TOK_WORD || t->shape != SHAPE_LOWER || (d->tok_stop[j] && !doc_tok_is(d, j, "the")))
                break;
        }
    }
    return false;
}

/* True when the span [s, e) lies in sentence si. */
static bool span_in(const precis_doc *d, uint32_t s, uint32_t e, int32_t si) {
    if (si < 0)
        return false;
    const sentence *se = &d->seg.sentences[si];
    return s >= se->start && e <= se->end;
}

/* Word and number tokens in [s, e): "fell 0.7%" is two words. */
static size_t words_in(const precis_doc *d, uint32_t s, uint32_t e) {
    size_t n = 0;
    for (size_t k = doc_token_at(d, s); k < d->seg.n_tokens && d->seg.tokens[k].end <= e; k++)
        n += d->seg.tokens[k].kind == TOK_WORD || d->seg.tokens[k].kind == TOK_NUMBER;
    return n;
}

/* True when the lede's group subject is counted: "At least 37 people", "200 workers". */
static bool counted_group(const precis_doc *d, const facts *f) {
    if (!f->what.group_end)
        return false;
    for (size_t k = doc_token_at(d, f->what.group_start); k < d->seg.n_tokens && d->seg.tokens[k].end <= f->what.group_end; k++)
        if (d->seg.tokens[k].kind == TOK_NUMBER &&
            !memchr(d->text + d->seg.tokens[k].start, '-', d->seg.tokens[k].end - d->seg.tokens[k].start))
            return true; /* "37 people", not "a 14-year-old girl" */
    return false;
}

/* The actor of a predicate that starts at byte `ws` in sentence si: the person or
 * organisation named last before it, at most ACTOR_REACH tokens before ("Bayern Munich beat
 * Hoffenheim": Bayern Munich, not Hoffenheim), with the one joined to it by "and" ("Putin and
 * Kim held ..."). Returns how many (0 to 2) it wrote to out. */
#define ACTOR_REACH 12
static bool relative_word(const precis_doc *d, size_t k);
static size_t actors_before(const precis_doc *d, const facts *f, int32_t si, uint32_t ws, int32_t out[2]) {
    size_t last = SIZE_MAX;
    for (size_t k = 0; k < f->ents.n_mentions; k++) {
        const ner_mention *m = &f->ents.mentions[k];
        if (m->sentence != si || m->end > ws || m->entity < 0 || (m->flags & NERM_DEMONYM))
            continue;
        if (m->type == NER_PER || m->type == NER_ORG)
            last = k;
    }
    /* a one-word name used once without a role, or a name used only as a source ("CNN"), is
     * too often a word the recogniser took for one ("Recently", "Buzz") or the reporter */
    if (last != SIZE_MAX) {
        const ner_mention *m = &f->ents.mentions[last];
        bool as_source = false;
        for (size_t i = 0; i < f->n_sources && !as_source; i++)
            as_source = f->sources[i].named && !f->sources[i].speech && m->start >= f->sources[i].start &&
                        m->start < f->sources[i].end;
        const ner_entity *e = &f->ents.entities[m->entity];
        if (as_source || (e->n_direct < 2 && !e->has_role && m->tok_end - m->tok_start < 2))
            return 0;
    }
    if (last == SIZE_MAX || doc_token_at(d, ws) - f->ents.mentions[last].tok_end > ACTOR_REACH)
        return 0;
    const ner_mention *m = &f->ents.mentions[last];
    /* "Donald Trump's assertion Monday that more airstrikes are needed": a possessive owns a
     * noun, and a verb after the clause that noun takes is that clause's ("Actor Leonardo
     * DiCaprio's 'exceptional career' has been honoured" is his) */
    if (m->tok_end < d->seg.n_tokens && d->seg.tokens[m->tok_end].kind == TOK_POSSESSIVE) {
        if (m->tok_end + 1 < d->seg.n_tokens && d->seg.tokens[m->tok_end + 1].start >= ws)
            return 0; /* "Tom Reyes's [claim] that ...": the possessed noun is no verb */
        for (size_t k = m->tok_end; k < d->seg.n_tokens && d->seg.tokens[k].start < ws; k++)
            if (doc_tok_is(d, k, "that") || relative_word(d, k))
                return 0;
    }
    size_t n = 0;
    size_t prev = last;
    while (prev > 0 && (f->ents.mentions[prev - 1].flags & (NERM_DEMONYM | NERM_IN_ROLE)))
        prev--; /* "Putin and North Korean leader Kim": the demonym is part of the role */
    if (prev > 0) {
        const ner_mention *p = &f->ents.mentions[prev - 1];
        /* "Putin and North Korean leader Kim Jong-un": "and", then at most a role */
        bool joined = p->sentence == si && p->entity >= 0 && p->entity != m->entity && p->tok_end < m->tok_start &&
                      m->tok_start - p->tok_end <= 6 && doc_tok_is(d, p->tok_end, "and") &&
                      (p->type == NER_PER || p->type == NER_ORG);
        for (uint32_t k = p->tok_end + 1; joined && k < m->tok_start; k++)
            joined = d->seg.tokens[k].kind == TOK_WORD;
        if (joined)
            out[n++] = p->entity;
    }
    out[n++] = m->entity;
    return n;
}

/* True when a mention of the entity opens sentence si: it starts within its first
 * OPENING_WORDS tokens, after an agency tag ("(CNN)") or a dateline ("LONDON (Reuters) -"),
 * so that only a role can come before it ("Barcelona boss Luis Enrique"). */
#define OPENING_WORDS 4
static bool opens_sentence(const precis_doc *d, const facts *f, int32_t si, int32_t entity) {
    const sentence *s = &d->seg.sentences[si];
    uint32_t a = s->tok_start;
    for (uint32_t k = a; k < s->tok_end && k < a + 10; k++)
        if (doc_tok_is(d, k, ")") || (f->dateline_end && d->seg.tokens[k].end == f->dateline_end)) {
            a = k + 1;
            break;
        }
    const ner_entity *e = &f->ents.entities[entity];
    for (size_t k = 0; k < f->ents.n_mentions; k++) {
        const ner_mention *m = &f->ents.mentions[k];
        if (m->entity != entity || m->sentence != si || m->tok_start < a || m->tok_start >= a + OPENING_WORDS)
            continue;
        bool role_only = true; /* before it, capitalised words or its role: not "Reports that" */
        for (uint32_t j = a; j < m->tok_start && role_only; j++) {
            const token *t = &d->seg.tokens[j];
            role_only = t->shape != SHAPE_LOWER || t->kind == TOK_POSSESSIVE ||
                        (e->has_role && t->start >= e->role_start && t->end <= e->role_end);
            /* nor "If Donald Trump could make money doing it, ...": a subordinate clause's; nor
             * "Neither Donald J. Trump nor ...": the line would drop the negation */
            role_only &= !(doc_tok_class(d, &d->lang->fact_words, j) & FW_SUBORDINATOR) && !doc_tok_is(d, j, "neither");
        }
        if (role_only)
            return true;
    }
    return false;
}

/* True when a lower-case content word follows mention m before byte `end` (a subject's end): the
 * name qualifies the noun that heads the subject ("[Essequibo] hunter"). */
static bool name_qualifies(const precis_doc *d, const ner_mention *m, uint32_t end) {
    for (size_t k = m->tok_end; k < d->seg.n_tokens && d->seg.tokens[k].end <= end; k++)
        if (d->seg.tokens[k].kind == TOK_WORD && d->seg.tokens[k].shape == SHAPE_LOWER && !d->tok_stop[k])
            return true;
    return false;
}

/* The first entity mention that starts at token k, or NULL. */
static const ner_mention *mention_starting(const facts *f, uint32_t k) {
    for (size_t i = 0; i < f->ents.n_mentions; i++)
        if (f->ents.mentions[i].tok_start == k)
            return &f->ents.mentions[i];
    return NULL;
}

/* True when an entity mention starts at token k. */
static bool mention_at(const facts *f, uint32_t k) {
    return mention_starting(f, k) != NULL;
}

/* True when mentions a and b end with the same word, in any case. */
static bool same_last_word(const precis_doc *d, const ner_mention *a, const ner_mention *b) {
    const token *x = &d->seg.tokens[a->tok_end - 1], *y = &d->seg.tokens[b->tok_end - 1];
    return word_eq_fold(d->text + x->start, x->end - x->start, d->text + y->start, y->end - y->start);
}

/* True when mention c of a person is mention `opening` with words added after it that do
 * not make a full name: the opening's first word is no given name, and the added last word
 * is no mention of the person on its own. */
static bool extends_past_opening(const precis_doc *d, const facts *f, const ner_mention *c, const ner_mention *opening) {
    size_t n = opening->tok_end - opening->tok_start;
    if (c->tok_end - c->tok_start <= n || same_last_word(d, c, opening))
        return false;
    for (size_t k = 0; k < n; k++) {
        const token *x = &d->seg.tokens[c->tok_start + k], *y = &d->seg.tokens[opening->tok_start + k];
        if (!word_eq_fold(d->text + x->start, x->end - x->start, d->text + y->start, y->end - y->start))
            return false;
    }
    const token *first = &d->seg.tokens[opening->tok_start];
    if (model_entity_word(d->lang, d->text + first->start, first->end - first->start) & EW_GIVEN_NAME)
        return false;
    for (size_t k = 0; k < f->ents.n_mentions; k++) {
        const ner_mention *o = &f->ents.mentions[k];
        if (o->entity == c->entity && o->tok_end - o->tok_start == 1 && same_last_word(d, o, c))
            return false;
    }
    return true;
}

/* Token k, or the token after a short bracket that opens at k ("Sen. Jeff Sessions [(R-AL)]
 * and ..."): a party and a state after a name are an aside. */
static size_t past_bracket(const precis_doc *d, size_t k) {
    if (k >= d->seg.n_tokens || !doc_tok_is(d, k, "("))
        return k;
    for (size_t j = k + 1; j < d->seg.n_tokens && j <= k + PAREN_MAX_TOKENS; j++)
        if (doc_tok_is(d, j, ")"))
            return j + 1;
    return k;
}

/* True when a person's or an organisation's mention (no demonym) starts at token k. */
static bool actor_mention_at(const facts *f, uint32_t k) {
    const ner_mention *m = mention_starting(f, k);
    return m && !(m->flags & NERM_DEMONYM) && (m->type == NER_PER || m->type == NER_ORG);
}

/* The actors a lede's subject names (at most two, "Putin and Kim"): the person or
 * organisation that heads it, not one that only qualifies it ("ESPN's Britt McHenry": Britt
 * McHenry; "A 45-year-old NBA fan": none). A name heads the subject when the subject ends
 * with it or it is followed by an apposition, a relative clause or "and" another name. */
static size_t subject_actors(const precis_doc *d, const facts *f, int32_t lede, int32_t out[2]) {
    uint32_t cs = f->what.clause_subject_start, ce = f->what.clause_subject_end;
    size_t n = 0, last = 0;
    for (size_t k = 0; k < f->ents.n_mentions && n < 2; k++) {
        const ner_mention *m = &f->ents.mentions[k];
        /* "Greece has denied", "India has signed a deal": a country that opens the subject
         * acts as its state */
        bool state = m->type == NER_LOC && known_country(d, f, m->entity) &&
                     (m->start == cs || (m->tok_start > 0 && doc_tok_is(d, m->tok_start - 1, "the") &&
                                         d->seg.tokens[m->tok_start - 1].start == cs)); /* "The US has asked" */
        /* "Nissan has named", "Sydney will host", "Cebit has opened its doors": a name that
         * is the whole subject acts, whatever type the recogniser gave it (it often takes a
         * firm or a club for a place, a fair for a thing) */
        bool whole = m->start == cs && m->end == ce && (m->type == NER_LOC || m->type == NER_MISC);
        /* "Liverpool and Millwall have been charged", "China and Japan have signed": a name
         * joined by "and" to an actor is an actor too, whatever type the recogniser gave it
         * and however often it is named (the first of the two when it opens the subject) */
        bool conjunct = (n > 0 && m->tok_start >= 1 && doc_tok_is(d, m->tok_start - 1, "and") &&
                         past_bracket(d, f->ents.mentions[last].tok_end) + 1 == m->tok_start) ||
                        (m->start == cs && m->tok_end + 1 < d->seg.n_tokens && doc_tok_is(d, m->tok_end, "and") &&
                         actor_mention_at(f, m->tok_end + 1));
        if (m->sentence != lede || m->start < cs || m->end > ce || m->entity < 0 ||
            (m->flags & (NERM_DEMONYM | NERM_IN_ROLE)) ||
            !(m->type == NER_PER || m->type == NER_ORG || state || whole || conjunct))
            continue;
        /* "The family of baseball player Chris Lane broke down", "Three executives at Aer
         * Lingus are set to leave": the family, the executives head */
        bool in_phrase = false;
        for (size_t j = doc_token_at(d, cs); j < m->tok_start && !in_phrase; j++)
            in_phrase = brief_word(d, j, BW_SUBJECT_PREP);
        /* "A King Charles Spaniel suffered burns", "It's A Wonderful Life": after "a" (and
         * the capitalised words that go with the name) a name says what kind of thing the
         * subject is, not who it is */
        size_t before = m->tok_start;
        while (before > doc_token_at(d, cs) && before + 3 > m->tok_start &&
               d->seg.tokens[before - 1].kind == TOK_WORD && d->seg.tokens[before - 1].shape == SHAPE_CAPITAL &&
               !doc_tok_is(d, before - 1, "a") && !doc_tok_is(d, before - 1, "an"))
            before--;
        bool kind = before > 0 && (doc_tok_is(d, before - 1, "a") || doc_tok_is(d, before - 1, "an"));
        if (in_phrase || kind)
            continue;
        uint32_t after = m->tok_end;
        /* "Sony, Philips, Matsushita and Samsung": a list, not a name and its apposition;
         * "and" joins a second name ("Putin and Kim", "Lopez and her husband Marc Anthony"),
         * not a second description ("Veteran Labour MP and former Cabinet minister Jack
         * Cunningham") */
        bool list = after + 1 < d->seg.n_tokens && doc_tok_is(d, after, ",") && mention_at(f, (uint32_t)after + 1);
        bool joins = false; /* "and" then a name, past at most three lower-case words ("and her husband") */
        if (after < d->seg.n_tokens && doc_tok_is(d, after, "and"))
            for (uint32_t j = after + 1; j < d->seg.n_tokens && j <= after + 4 && !joins; j++) {
                joins = mention_at(f, j);
                if (!joins && d->seg.tokens[j].shape != SHAPE_LOWER)
                    break;
            }
        bool heads = after >= d->seg.n_tokens || d->seg.tokens[after].start >= ce ||
                     (doc_tok_is(d, after, ",") && !list) || doc_tok_is(d, after, "(") || doc_tok_is(d, after, "who") || joins;
        if (!heads)
            continue;
        if (n && out[n - 1] == m->entity)
            continue;
        /* a one-word name used once without a role is too often a word taken for a name */
        const ner_entity *e = &f->ents.entities[m->entity];
        /* (but an organisation or a place that is the whole subject is one: "Volkswagen is
         * considering", "Hollywood is preparing"; not a word the recogniser took for another
         * kind of name: "Brenish [hopes of winning]") */
        bool whole_org = m->start == cs && m->end == ce && (m->type == NER_ORG || m->type == NER_LOC);
        if (e->n_direct < 2 && !e->has_role && m->tok_end - m->tok_start < 2 && !state && !whole_org && !conjunct)
            continue;
        if (n && !doc_tok_is(d, past_bracket(d, f->ents.mentions[last].tok_end), "and"))
            n = 0; /* "Gordon Brown's wife, Sarah Brown": the later name heads */
        out[n++] = m->entity;
        last = k;
    }
    /* "Bath and England centre Mike Tindall believes": a verb in -s right after the subject
     * has one actor, the one named last (the first is whom the person plays or works for) */
    size_t hv = doc_token_at(d, f->what.clause_head_start);
    if (n == 2 && hv > 0 && hv < d->seg.n_tokens && d->seg.tokens[hv - 1].end <= ce &&
        d->seg.tokens[hv].shape == SHAPE_LOWER && d->seg.tokens[hv].end - d->seg.tokens[hv].start > 3 &&
        d->text[d->seg.tokens[hv].end - 1] == 's' && d->text[d->seg.tokens[hv].end - 2] != 's') {
        out[0] = out[1];
        n = 1;
    }
    /* "South West teenage singing sensation, Joss Stone, has been nominated": the name in an
     * apposition right after the subject is the one it describes */
    size_t after = doc_token_at(d, ce);
    bool plain = true; /* "executives of Ireland's airline, Aer Lingus,": the airline's name */
    for (size_t j = doc_token_at(d, cs); j < after && plain; j++)
        plain = !brief_word(d, j, BW_SUBJECT_PREP);
    /* (but a person cannot be a place: "The harbour master of Corby, Tom Reyes, resigned":
     * after a place the person describes the head) */
    bool after_place = false;
    for (size_t k = 0; k < f->ents.n_mentions && !plain && !after_place; k++)
        after_place = f->ents.mentions[k].type == NER_LOC && f->ents.mentions[k].tok_end == after;
    if (n == 0 && (plain || after_place) && after < d->seg.n_tokens && doc_tok_is(d, after, ","))
        for (size_t k = 0; k < f->ents.n_mentions; k++) {
            const ner_mention *m = &f->ents.mentions[k];
            if (m->sentence == lede && m->tok_start == after + 1 && m->entity >= 0 &&
                (m->type == NER_PER || (m->type == NER_ORG && plain)) && m->tok_end < d->seg.n_tokens &&
                doc_tok_is(d, m->tok_end, ",")) {
                out[n++] = m->entity;
                break;
            }
        }
    return n;
}

/* A verb that is an event on its own, without an object ("Two screeners: fired", "Richie
 * Benaud: died"), unlike "warned" or "found", which need what follows them. */
static bool complete_event(const precis_doc *d, size_t k) {
    return brief_word(d, k, BW_COMPLETE_EVENT);
}

/* True when the clause's predicate is an amount of money or a share after a copula ("The
 * trade shortfall was [$55.5bn]", "Turnout was [61%]"): what was measured says enough alone. */
static bool amount_predicate(const precis_doc *d, const facts *f) {
    size_t h = doc_token_at(d, f->what.clause_head_start);
    if (h >= d->seg.n_tokens)
        return false;
    /* (money or a share: "5-foot-3" or "66" after a person is a description) */
    const token *t = &d->seg.tokens[h];
    return (t->kind == TOK_NUMBER && h + 1 < d->seg.n_tokens && doc_tok_is(d, h + 1, "%")) ||
           (t->kind == TOK_SYMBOL && h + 1 < d->seg.n_tokens && d->seg.tokens[h + 1].kind == TOK_NUMBER &&
            !(d->seg.tokens[h + 1].flags & TOKF_SPACE_BEFORE));
}

/* True when the clause's predicate is a passive whose participle says the event alone ("has
 * been delayed", "were discovered", "is to be lifted"): the passive's object is its subject,
 * so nothing is missing, unless the participle is one that needs more (passive_needs: "was
 * told [to ...]", "is expected [to ...]"). The participle is read by its ending. */
static bool passive_event(const precis_doc *d, const facts *f) {
    size_t h = doc_token_at(d, f->what.clause_head_start);
    if (h == 0 || h >= d->seg.n_tokens)
        return false;
    const token *t = &d->seg.tokens[h];
    size_t len = t->end - t->start;
    const char *w = d->text + t->start;
    if (t->kind != TOK_WORD || t->shape != SHAPE_LOWER || d->tok_stop[h] || len < 4 ||
        brief_word(d, h, BW_PASSIVE_NEEDS))
        return false;
    static const char *const endings[] = {"ed", "en", "wn", "ld", "ught", "lt"};
    bool participle = false;
    for (size_t i = 0; i < sizeof endings / sizeof *endings && !participle; i++) {
        size_t n = strlen(endings[i]);
        participle = len > n + 1 && memcmp(w + len - n, endings[i], n) == 0;
    }
    if (!participle)
        return false;
    /* a form of "be" right before it, past adverbs in -ly ("was reportedly killed") */
    size_t k = h;
    while (k > 0 && d->seg.tokens[k - 1].start >= f->what.clause_predicate_start &&
           d->seg.tokens[k - 1].kind == TOK_WORD && d->seg.tokens[k - 1].end - d->seg.tokens[k - 1].start > 3 &&
           memcmp(d->text + d->seg.tokens[k - 1].end - 2, "ly", 2) == 0)
        k--;
    if (k == 0)
        return false;
    static const char *const be[] = {"be", "been", "being", "is", "are", "was", "were"};
    bool passive = false;
    for (size_t i = 0; i < sizeof be / sizeof *be && !passive; i++)
        passive = doc_tok_is(d, k - 1, be[i]);
    /* "is likely to be lifted": a "to be" the line leaves out says how sure the event is;
     * only a plan ("is to be lifted") is the event, or a predicate that keeps the hedge
     * ("likely to be lifted") */
    if (passive && doc_tok_is(d, k - 1, "be") && k >= 3 && doc_tok_is(d, k - 2, "to") &&
        !(doc_tok_class(d, &d->lang->fact_words, k - 3) & FW_AUX) &&
        f->what.clause_predicate_start > d->seg.tokens[k - 3].start)
        return false;
    /* "has been talked about since ...": a preposition left behind belongs to the verb */
    if (passive && h + 1 < d->seg.n_tokens && d->tok_stop[h + 1] && d->seg.tokens[h + 1].shape == SHAPE_LOWER &&
        (h + 2 >= d->seg.n_tokens || d->seg.tokens[h + 2].kind == TOK_PUNCT ||
         (d->tok_stop[h + 2] && !(doc_tok_class(d, &d->lang->fact_words, h + 2) & FW_DETERMINER))))
        return false;
    return passive;
}

/* True when the clause's predicate is negated before its head ("will not quit", "has never
 * lost"): a lone verb then says what did not happen, which is news enough. */
static bool negated_predicate(const precis_doc *d, const facts *f) {
    /* not one whose object was a pronoun the predicate lost ("would not have written [it]") */
    size_t after = doc_token_at(d, f->what.clause_predicate_end);
    if (after < d->seg.n_tokens && d->seg.tokens[after].start >= f->what.clause_predicate_end &&
        d->seg.tokens[after].kind == TOK_WORD && d->tok_stop[after] &&
        !(doc_tok_class(d, &d->lang->fact_words, after) & FW_PHRASE_END))
        return false;
    for (size_t k = doc_token_at(d, f->what.clause_predicate_start);
         k < d->seg.n_tokens && d->seg.tokens[k].start < f->what.clause_head_start; k++)
        if (facts_negation(d, k))
            return true;
    return false;
}

/* True when token k ends in the -s of a plural ("Bloggers", "firms"; not "boss"). */
static bool plural_s(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    return t->end - t->start > 3 && d->text[t->end - 1] == 's' && d->text[t->end - 2] != 's';
}

/* True when token k is a word that opens a relative clause: who, which, that, where, whose. */
static bool relative_word(const precis_doc *d, size_t k) {
    return doc_tok_is(d, k, "who") || doc_tok_is(d, k, "which") || doc_tok_is(d, k, "that") ||
           doc_tok_is(d, k, "where") || doc_tok_is(d, k, "whose");
}

/* True when byte b lies in an entity mention. */
static bool in_mention(const facts *f, uint32_t b) {
    for (size_t k = 0; k < f->ents.n_mentions; k++)
        if (f->ents.mentions[k].start <= b && b < f->ents.mentions[k].end)
            return true;
    return false;
}

/* True when token k reads as a participle: a word in -ed or -ing, or an irregular past ("A
 * slimming aid made [from a cactus]"). */
static bool participle_word(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    size_t len = t->end - t->start;
    return (len > 4 && (memcmp(d->text + t->end - 2, "ed", 2) == 0 || memcmp(d->text + t->end - 3, "ing", 3) == 0)) ||
           (doc_tok_class(d, &d->lang->fact_words, k) & FW_IRREGULAR_PAST);
}

/* True when the lede clause's verb group opens on a singular auxiliary ("has", "is", "was"). */
static bool singular_verb_after(const precis_doc *d, const facts *f) {
    size_t v = doc_token_at(d, f->what.clause_subject_end);
    return v < d->seg.n_tokens && d->seg.tokens[v].start < f->what.clause_head_start + 1 &&
           (doc_tok_is(d, v, "has") || doc_tok_is(d, v, "is") || doc_tok_is(d, v, "was"));
}

/* The token of the second number of a fraction whose first number ends before token k
 * ("Eight [out of 10]", "One [in five]"), or 0. */
static size_t fraction_denominator(const precis_doc *d, size_t k) {
    size_t n = doc_tok_is(d, k, "out") && k + 1 < d->seg.n_tokens && doc_tok_is(d, k + 1, "of") ? k + 2
               : doc_tok_is(d, k, "in")                                                      ? k + 1
                                                                                              : 0;
    if (!n || n >= d->seg.n_tokens)
        return 0;
    return d->seg.tokens[n].kind == TOK_NUMBER || (doc_tok_class(d, &d->lang->fact_words, n) & FW_NUMBER_WORD) ? n : 0;
}

/* The end of the lede's subject as the who when it names no one: its head noun phrase (up to
 * a preposition: "The flag-burning father [of a runaway schoolgirl]") when that is a short
 * description with at least two content words or a count ("Three more political parties", "A
 * pub landlord", "At least 37 people"). 0 when the subject cannot stand as the who: an
 * apposition or a relative clause, or a phrase too long or too empty to lead. */
/* True when the first name that starts in bytes [from, to) is a place's. */
static bool place_named_next(const facts *f, uint32_t from, uint32_t to) {
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->start >= from && m->start < to)
            return m->type == NER_LOC;
    }
    return false;
}

static uint32_t plain_subject_end(const precis_doc *d, const facts *f) {
    size_t words = 0, content = 0;
    bool counted = false, through = false, of_phrase = false;
    bool through_to_name = false, named_in = false; /* a phrase taken for its name; the name reached */
    uint32_t end = 0;
    size_t first = doc_token_at(d, f->what.clause_subject_start);
    /* "A man has died", "The dollar regained": an article and a noun, read in the lede */
    bool article = doc_tok_is(d, first, "a") || doc_tok_is(d, first, "an") || doc_tok_is(d, first, "the");
    bool hyphen = false; /* "An injury-time [dropped goal]": a compound that modifies */
    /* "People who walk at least 7,000 steps a day": the relative clause says who they are */
    if (first + 1 < d->seg.n_tokens && doc_tok_is(d, first + 1, "who")) {
        size_t n = 0;
        for (size_t k = first; k < d->seg.n_tokens && d->seg.tokens[k].end <= f->what.clause_subject_end; k++) {
            if (d->seg.tokens[k].kind == TOK_PUNCT)
                return 0;
            n += d->seg.tokens[k].kind == TOK_WORD || d->seg.tokens[k].kind == TOK_NUMBER;
        }
        return n <= RELATIVE_WORDS_MAX ? f->what.clause_subject_end : 0;
    }
    for (size_t k = first; k < d->seg.n_tokens && d->seg.tokens[k].end <= f->what.clause_subject_end; k++) {
        const token *t = &d->seg.tokens[k];
        /* (quotation marks around words of the phrase are no break: "The 'bad behaviour' of
         * e-mail users") */
        if (t->kind == TOK_PUNCT && (t->flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE)) && k > first)
            continue;
        if (t->kind == TOK_PUNCT)
            return 0; /* an apposition or a relative clause: too long to lead */
        /* "Eight out of 10 voters", "One in five restaurants": a fraction counts as its
         * first number does */
        size_t denominator = words == 1 && counted ? fraction_denominator(d, k) : 0;
        if (denominator && d->seg.tokens[denominator].end <= f->what.clause_subject_end) {
            k = denominator;
            end = d->seg.tokens[k].end;
            continue;
        }
        /* "Shares in UK Coal", "Growth in Japan": a head that says little takes its phrase */
        /* "The chief executive of the Fiat conglomerate", "The next generation of games
         * consoles", "A group of MPs": a head that "of" goes on from says whose or of what
         * only with it, so the phrase goes on ("Thousands of slaves", "Three senior executives
         * of Ireland's state-owned airline") */
        bool count_only = counted && content == 1 && (doc_tok_class(d, &d->lang->fact_words, k - 1) & FW_NUMBER_WORD);
        if (words && doc_tok_is(d, k, "of") &&
            (count_only || content >= 2 || (content == 1 && brief_word(d, k - 1, BW_GROUP_NOUN))) && !through) {
            through = of_phrase = true;
            continue;
        }
        /* "The New York music studio [where John Lennon spent his final hours]": a relative
         * clause ends the head's phrase as a preposition does */
        if (words && content >= 2 && relative_word(d, k) && !doc_tok_is(d, k, "that"))
            break;
        /* (but a phrase taken for the name it holds goes on to that name: "The battle for
         * control [of Harbour FC]", "The fight for the leadership [of the Harbour Party]") */
        /* (not to a place: "Sailors at a small harbour [in Corby]" leaves Corby to the where) */
        if (words && brief_word(d, k, BW_HEAD_PREP) && through_to_name && !named_in &&
            !place_named_next(f, d->seg.tokens[k].end, f->what.clause_subject_end)) {
            through_to_name = false;
            continue;
        }
        if (words && brief_word(d, k, BW_HEAD_PREP) && (through || content >= 2 || counted)) {
            /* not inside a name ("The Sound [of Music]", "the Republic [of Ireland]") */
            if (k + 1 < d->seg.n_tokens && doc_tok_is(d, k, "of") && d->seg.tokens[k - 1].shape == SHAPE_CAPITAL &&
                d->seg.tokens[k + 1].shape == SHAPE_CAPITAL && d->seg.tokens[k + 1].kind == TOK_WORD)
                return 0;
            break;
        }

        if (words && brief_word(d, k, BW_HEAD_PREP) && !through) {
            /* the phrase is taken only when it names someone or counts ("Growth in Japan",
             * "Shares in UK Coal"), not "The cost of divorce", "The time of their lives" */
            bool names = false;
            for (size_t j = k + 1; j < d->seg.n_tokens && d->seg.tokens[j].end <= f->what.clause_subject_end && !names; j++)
                names = in_mention(f, d->seg.tokens[j].start) || d->seg.tokens[j].kind == TOK_NUMBER;
            if (!names)
                break;
            through = through_to_name = true;
        }
        named_in |= in_mention(f, t->start);
        /* "A fugitive militant leader and the former right-hand man of ... has been killed":
         * two descriptions of one person (the verb is singular, the first only an article
         * and content words, not "A book about mutants and the science of ..."); the first
         * leads */
        if (words && article && content + 1 == words && doc_tok_is(d, k, "and") && k + 1 < d->seg.n_tokens &&
            (doc_tok_is(d, k + 1, "the") || doc_tok_is(d, k + 1, "a") || doc_tok_is(d, k + 1, "an")) &&
            singular_verb_after(d, f))
            break;
        /* "Three men accused of ...", "The woman falsely accused": a participle or an adverb
         * opens a clause about the head */
        size_t len = t->end - t->start;
        bool modifies = k > 0 && (d->seg.tokens[k - 1].kind == TOK_POSSESSIVE || doc_tok_is(d, k - 1, "the") ||
                                  doc_tok_is(d, k - 1, "a") || doc_tok_is(d, k - 1, "an"));
        bool participle = participle_word(d, k);
        /* (before a lower-case word: "falsely accused", "originally bound for"; not an
         * adjective in -ly before a name: "Four burly Swedish cops") */
        bool adverb = len > 4 && memcmp(d->text + t->end - 2, "ly", 2) == 0 && k + 1 < d->seg.n_tokens &&
                      d->seg.tokens[k + 1].shape == SHAPE_LOWER;
        /* "mining companies", "singing sensation": a participle before a noun qualifies it;
         * the subject's last word opens nothing ("A more tangible economic upswing [could]") */
        bool opens = k + 1 < d->seg.n_tokens && d->seg.tokens[k + 1].end <= f->what.clause_subject_end &&
                     (d->tok_stop[k + 1] || d->seg.tokens[k + 1].kind != TOK_WORD);
        if (words && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && !modifies &&
            !memchr(d->text + t->start, '-', len) && ((participle && opens) || adverb))
            break;
        bool w = t->kind == TOK_WORD || t->kind == TOK_NUMBER;
        bool stop = d->tok_stop[k] && t->shape != SHAPE_UPPER && /* "US" is a name */
                    /* (and so is a name's "Will" or "May": "columnist Ana Will") */
                    !(t->shape != SHAPE_LOWER && k > first && in_mention(f, t->start) &&
                      in_mention(f, d->seg.tokens[k - 1].start));
        words += w;
        content += w && !stop;
        /* "37 people", "Thousands of slaves", "Two comedians" */
        counted |= t->kind == TOK_NUMBER || (doc_tok_class(d, &d->lang->fact_words, k) & FW_NUMBER_WORD);
        /* the phrase ends on a content word, not on "and", "the" or a possessive */
        if (t->kind == TOK_NUMBER || (t->kind == TOK_WORD && !stop)) {
            end = t->end;
            hyphen = memchr(d->text + t->start, '-', len) != NULL;
        }
        /* "The head of Lloyd['s of London]": the phrase does not end inside a name */
        if (t->kind == TOK_POSSESSIVE && through && k + 1 < d->seg.n_tokens && brief_word(d, k + 1, BW_HEAD_PREP))
            return 0;
    }
    /* "Ministers would not rule out", "Insurers sought": a plural that opens the sentence */
    const token *ft = &d->seg.tokens[first];
    bool plural = words == 1 && content == 1 && ft->kind == TOK_WORD && !in_mention(f, ft->start) &&
                  (plural_s(d, first) ||
                   brief_word(d, first, BW_PLURAL));
    /* one content word stands only as the whole subject: "A man has died", not "The woman
     * [falsely accused of ...]" */
    /* (nor "the" and a noun whose relative clause the clause reader set aside: "The body
     * [that represents the US movie industry]" is the one the clause identifies; "A driver
     * [who hit a deer]" is a driver still) */
    size_t after = doc_token_at(d, f->what.clause_subject_end);
    bool whole = end == f->what.clause_subject_end &&
                 !(doc_tok_is(d, first, "the") && after < d->seg.n_tokens && relative_word(d, after));
    /* "two are now sparring": a count alone names no one */
    if (words == 1 && counted)
        return 0;
    return end && words <= (of_phrase || through ? OF_GROUP_WORDS_MAX : GROUP_WORDS_MAX) &&
                   (content >= 2 || counted || (whole && ((article && content && !hyphen) || plural)))
               ? end
               : 0;
}

/* True when the word of token k comes again later in the text, capitalised and not opening a
 * sentence: a name, not a common word that a sentence's start capitalised. */
static bool capitalised_again(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    size_t n = t->end - t->start;
    for (size_t j = k + 1; j < d->seg.n_tokens; j++) {
        const token *o = &d->seg.tokens[j];
        if (o->end - o->start == n && o->shape == SHAPE_CAPITAL && !(o->flags & TOKF_SENT_START) &&
            memcmp(d->text + o->start, d->text + t->start, n) == 0)
            return true;
    }
    return false;
}

/* The end of the lede's subject as the who when neither its head phrase nor a name can lead:
 * the whole subject, when it is short and is one noun phrase ("A swathe of figures",
 * "Deaths in custody", "Teenagers questioned for a survey"): no punctuation, no relative
 * word, ending on a content word. 0 when it is not. */
static uint32_t short_whole_subject(const precis_doc *d, const facts *f) {
    size_t first = doc_token_at(d, f->what.clause_subject_start), words = 0, content = 0;
    for (size_t k = first; k < d->seg.n_tokens && d->seg.tokens[k].end <= f->what.clause_subject_end; k++) {
        const token *t = &d->seg.tokens[k];
        if (t->kind == TOK_POSSESSIVE)
            continue;
        if (t->kind == TOK_PUNCT || relative_word(d, k))
            return 0;
        bool stop = d->tok_stop[k] && t->shape != SHAPE_UPPER;
        words += t->kind == TOK_WORD || t->kind == TOK_NUMBER;
        content += (t->kind == TOK_WORD || t->kind == TOK_NUMBER) && !stop;
        if (k == first && stop && !(doc_tok_class(d, &d->lang->fact_words, k) & FW_DETERMINER))
            return 0;
    }
    size_t last = doc_token_at(d, f->what.clause_subject_end) - 1; /* the subject's last token */
    /* "Prince earned more than any other pop star": one capitalised word that the story
     * writes capitalised again inside a sentence is a name, though the recogniser missed it;
     * not when the verb read after it is a word in -s, most often a noun the name qualifies
     * ("Barbie collectors mark ...", "British hopes of winning ...") */
    const token *next = last + 1 < d->seg.n_tokens ? &d->seg.tokens[last + 1] : NULL;
    bool s_verb = next && d->text[next->end - 1] == 's' &&
                  !(doc_tok_class(d, &d->lang->fact_words, last + 1) & FW_AUX);
    if (words == 1 && content == 1 && last == first && d->seg.tokens[first].shape == SHAPE_CAPITAL && !s_verb &&
        capitalised_again(d, first))
        return f->what.clause_subject_end;
    if (words == 0 || words > WHOLE_SUBJECT_WORDS_MAX || content < 2 || d->tok_stop[last] ||
        d->seg.tokens[last].kind == TOK_POSSESSIVE)
        return 0;
    return f->what.clause_subject_end;
}

/* True when the words between bytes from and to hold an attribution ("[increased in
 * December], according to [the latest survey]", "[...], the bank said in [its latest
 * report]"): a noun after it names the source, not the event. */
static bool in_attribution(const precis_doc *d, uint32_t from, uint32_t to) {
    for (size_t k = doc_token_at(d, from); k < d->seg.n_tokens && d->seg.tokens[k].start < to; k++)
        if (doc_tok_is(d, k, "according") || brief_word(d, k, BW_ATTRIBUTION))
            return true;
    return false;
}

/* True when the event noun at byte b is the setting the predicate happens in: its phrase
 * opens with a preposition of place or "during" ("vowed to seek closer ties [at] their first
 * ever summit"), not one that names another event, a cause or a time ("on hold [following]
 * the latest meeting", "[after] talks"). */
static bool event_setting(const precis_doc *d, uint32_t b) {
    size_t k = doc_token_at(d, b);
    while (k > 0 && (d->tok_stop[k - 1] || d->seg.tokens[k - 1].kind == TOK_POSSESSIVE) &&
           !brief_word(d, k - 1, BW_AT_PLACE) && !doc_tok_is(d, k - 1, "during"))
        k--;
    return k > 0 && (brief_word(d, k - 1, BW_AT_PLACE) || doc_tok_is(d, k - 1, "during"));
}

/* True when byte b lies in a name that can describe another: a place, a demonym or an
 * organisation ("US", "Australian", "late Joy Division singer"); not a title ("the Lord of
 * the Rings director") or a word the recogniser took for no name. */
static bool describing_name_at(const facts *f, uint32_t b) {
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->start > b)
            break;
        if (b < m->end && (m->type == NER_LOC || m->type == NER_ORG || (m->flags & NERM_DEMONYM)))
            return true;
    }
    return false;
}

/* A subject too long to lead whole that ends with a name: "Shares in Australian budget
 * airline Virgin Blue", "A shareholder in US phone firm MCI". Its head (at most three words)
 * and preposition, then the name, lead: "Shares in Virgin Blue". *he gets the end of the
 * head's preposition, *ns the start of the name; false when the subject is not so made.
 * With `actors_only` the name must be a person's or an organisation's, not a place's. */
static bool named_subject(const precis_doc *d, const facts *f, bool actors_only, uint32_t *he, uint32_t *ns) {
    size_t first = doc_token_at(d, f->what.clause_subject_start), k = first;
    while (k < d->seg.n_tokens && k < first + 4 && d->seg.tokens[k].kind == TOK_WORD && !brief_word(d, k, BW_NAMED_PREP))
        k++;
    if (k == first || k >= first + 4 || !brief_word(d, k, BW_NAMED_PREP))
        return false;
    /* the head is a description, not a name ("Sale Sharks director [of rugby Philippe
     * Saint-Andre]" is no "director of Saint-Andre") */
    for (size_t j = first + 1; j < k; j++)
        if (d->seg.tokens[j].shape != SHAPE_LOWER || participle_word(d, j))
            return false; /* (nor a participle's phrase: "A man accused of [attacking] Ola Berg") */
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->end != f->what.clause_subject_end || m->tok_start <= k + 1 || m->entity < 0 ||
            (m->flags & NERM_DEMONYM) || !(m->type == NER_PER || m->type == NER_ORG || (m->type == NER_LOC && !actors_only)))
            continue;
        for (size_t j = k + 1; j < m->tok_start; j++) {
            /* an apposition or a list, or a phrase of its own ("Victory for the Azzurri [in]
             * Rome"): no plain phrase */
            if (d->seg.tokens[j].kind == TOK_PUNCT || brief_word(d, j, BW_HEAD_PREP) || doc_tok_is(d, j, "and") ||
                doc_tok_is(d, j, "or")) /* "Shares in Elan and Biogen Idec": two names */
                return false;
            /* words that describe the name ("Australian budget airline", "US phone firm"),
             * not another name it belongs to ("the Lord of the Rings director") */
            if (d->seg.tokens[j].shape != SHAPE_LOWER && d->seg.tokens[j].shape != SHAPE_UPPER &&
                d->seg.tokens[j].kind == TOK_WORD && !describing_name_at(f, d->seg.tokens[j].start))
                return false;
        }
        *he = d->seg.tokens[k].end;
        *ns = m->start;
        return true;
    }
    return false;
}

/* True when a relative word ("that", "which", "who", "where", "whose", "when") stands
 * between bytes from and to in one sentence: what comes after it is another clause's. A
 * "that" after a verb of saying opens what was said, the event itself ("says that Wayne
 * Rooney suffered a knee injury ... on Sunday"); a comma closes the clause ("than those who
 * walk fewer than 3,000, according to a study published on Wednesday"). */
static bool in_later_clause(const precis_doc *d, uint32_t from, uint32_t to) {
    bool open = false;
    for (size_t k = doc_token_at(d, from); k < d->seg.n_tokens && d->seg.tokens[k].start < to; k++) {
        if ((d->seg.tokens[k].flags & TOKF_SENT_START) && d->seg.tokens[k].start > from)
            return false;
        if (doc_tok_is(d, k, ","))
            open = false;
        else if (doc_tok_is(d, k, "that"))
            open |= k > 0 && !quotes_is_speech_verb(d, k - 1) && !brief_word(d, k - 1, BW_ATTRIBUTION);
        else if (relative_word(d, k) || doc_tok_is(d, k, "when"))
            open = true;
    }
    return open;
}

/* True when, between bytes from and to in one sentence, a conjunction of condition, cause or
 * an earlier time opens a clause that a time at `to` dates: "resigned [before Harbour FC won
 * the final] on Saturday", "will resign [unless they win] on Saturday". (Not "after": "were
 * killed after Typhoon Rosing tore across the Philippines on Saturday" died that day.) */
static bool time_of_subordinate_clause(const precis_doc *d, uint32_t from, uint32_t to) {
    for (size_t k = doc_token_at(d, from); k < d->seg.n_tokens && d->seg.tokens[k].start < to; k++) {
        const token *t = &d->seg.tokens[k];
        if ((t->flags & TOKF_SENT_START) && t->start > from)
            return false;
        if (t->shape == SHAPE_LOWER && (doc_tok_is(d, k, "before") || doc_tok_is(d, k, "until") ||
                                        doc_tok_is(d, k, "unless") || doc_tok_is(d, k, "if") ||
                                        doc_tok_is(d, k, "because")))
            return true;
    }
    return false;
}

/* True when token k is a past form: a lower-case word in -ed or an irregular past. */
static bool past_form(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    return t->kind == TOK_WORD && t->shape == SHAPE_LOWER &&
           ((doc_tok_class(d, &d->lang->fact_words, k) & FW_IRREGULAR_PAST) ||
            (t->end - t->start > 4 && memcmp(d->text + t->end - 2, "ed", 2) == 0));
}

/* True when, between bytes from and to in one sentence, an "and" opens a second verb ("was
 * born in Lisbon [and signed] for Harbour FC on Saturday"): a time at `to` is that verb's. */
static bool second_verb_between(const precis_doc *d, uint32_t from, uint32_t to) {
    size_t n = d->seg.n_tokens;
    for (size_t k = doc_token_at(d, from); k + 1 < n && d->seg.tokens[k].start < to; k++) {
        if ((d->seg.tokens[k].flags & TOKF_SENT_START) && d->seg.tokens[k].start > from)
            return false;
        if (!doc_tok_is(d, k, "and"))
            continue;
        size_t v = k + 1;
        if (v + 1 < n && (doc_tok_class(d, &d->lang->fact_words, v) & FW_VERB_GROUP))
            v++; /* "and then signed", "and later signed" */
        const token *t = &d->seg.tokens[v];
        if (t->start >= to || t->kind != TOK_WORD || t->shape != SHAPE_LOWER)
            continue;
        /* (an -ed word before a noun qualifies it: "and [scheduled] laps") */
        if ((doc_tok_class(d, &d->lang->fact_words, v) & (FW_AUX | FW_MODAL | FW_IRREGULAR_PAST)) ||
            (past_form(d, v) &&
             !(v + 1 < n && d->seg.tokens[v + 1].kind == TOK_WORD && d->seg.tokens[v + 1].shape == SHAPE_LOWER &&
               !d->tok_stop[v + 1])))
            return true;
    }
    return false;
}

/* True when an "after" with a clause of its own (a verb) comes between byte we and byte `to`,
 * in one sentence. */
static bool after_clause_between(const precis_doc *d, uint32_t we, uint32_t to) {
    size_t n = d->seg.n_tokens;
    bool after = false;
    for (size_t k = doc_token_at(d, we); k < n && d->seg.tokens[k].start < to; k++) {
        if ((d->seg.tokens[k].flags & TOKF_SENT_START) && d->seg.tokens[k].start > we)
            return false;
        if (doc_tok_is(d, k, "after"))
            after = true;
        else if (after && ((doc_tok_class(d, &d->lang->fact_words, k) & (FW_AUX | FW_MODAL | FW_IRREGULAR_PAST)) ||
                           (past_form(d, k) && !doc_tok_is(d, k - 1, "after")))) /* ("after [reported] clashes") */
            return true;
    }
    return false;
}

/* True when the event's words [ws, we) open with a verb of saying or reporting and an "after"
 * with a clause of its own comes between we and byte `to`. */
static bool said_after_event(const precis_doc *d, uint32_t ws, uint32_t we, uint32_t to) {
    size_t h = doc_token_at(d, ws), n = d->seg.n_tokens;
    if (h >= n || !(quotes_is_speech_verb(d, h) || (doc_tok_class(d, &d->lang->fact_words, h) & FW_REPORT_VERB)))
        return false;
    return after_clause_between(d, we, to);
}

/* True when time t counts back from the time of writing ("three days ago"): in an "after"
 * clause it dates that clause ("filed a report after his brother disappeared three days
 * ago" was filed since), not the event. */
static bool span_back(const precis_doc *d, const timex *t) {
    return t->end >= t->start + 3 && memcmp(d->text + t->end - 3, "ago", 3) == 0;
}

/* True when a "but" comes between bytes from and to, both in one sentence. */
static bool but_between(const precis_doc *d, uint32_t from, uint32_t to) {
    bool but = false;
    for (size_t k = doc_token_at(d, from); k < d->seg.n_tokens && d->seg.tokens[k].start < to; k++) {
        if ((d->seg.tokens[k].flags & TOKF_SENT_START) && d->seg.tokens[k].start > from)
            return false; /* (not one sentence: a headline's "but" says nothing of the lede's time) */
        but |= doc_tok_is(d, k, "but");
    }
    return but;
}

/* True when, between bytes from and to in one sentence, a comma and a participle open a
 * clause of their own (", expected to launch", ", held", ", released"): a time at `to` is that
 * participle's, not the event's before it. (A phrase of time after the event's words is not
 * set aside: "arrested after a fight in San Francisco on Tuesday" happened that day.) */
static bool time_of_participle(const precis_doc *d, uint32_t from, uint32_t to) {
    for (size_t k = doc_token_at(d, from); k < d->seg.n_tokens && d->seg.tokens[k].start < to; k++) {
        if ((d->seg.tokens[k].flags & TOKF_SENT_START) && d->seg.tokens[k].start > from)
            return false;
        const token *t = &d->seg.tokens[k];
        if (t->kind == TOK_WORD && t->shape == SHAPE_LOWER && k > 0 && doc_tok_is(d, k - 1, ",") &&
            t->end - t->start > 4 &&
            ((doc_tok_class(d, &d->lang->fact_words, k) & FW_IRREGULAR_PAST) ||
             memcmp(d->text + t->end - 2, "ed", 2) == 0))
            return true;
    }
    return false;
}

/* The when of the lead line: the slot's first date that the opening (sentences lede, cl or
 * head) gives, unless the what [ws, we) says it already; NULL when none. */
/* True when the time at tokens [at, past) dates another event than the line's, one a
 * preposition of sequence names: a day that owns what it dates after "ahead of", "before",
 * "after", "following", "since" or "until" ("named in the squad [ahead of Saturday's] match",
 * "emboldened its rivals [before Tuesday's] primary"), a bare day after "ahead of", "since" or
 * "until" (the event is not on it), and a day that ends a phrase "following" or "since"
 * opens with a noun in it ("expressed his interest in the post [following the sacking on
 * Wednesday] of ...", "reports ... [following her medical scare on Sunday]"). "[before 8pm]
 * Thursday" bounds the event's own time, and stays; so does a day after "after" and a noun
 * phrase, which on the shared sets dated the event itself as often as not ("halted after 20 of
 * 71 scheduled laps on Sunday", "pledged to work together after a meeting Thursday", against
 * "could face a lengthy ban after a defeat by Bayern Munich on Wednesday"). */
#define SEQUENCE_PHRASE_MAX 8 /* tokens between "following" and the time that ends its phrase */
static bool sequence_word(const precis_doc *d, size_t k, bool *ahead) {
    *ahead = k > 0 && doc_tok_is(d, k, "of") && doc_tok_is(d, k - 1, "ahead");
    return *ahead || doc_tok_is(d, k, "before") || doc_tok_is(d, k, "after") || doc_tok_is(d, k, "following") ||
           doc_tok_is(d, k, "since") || doc_tok_is(d, k, "until");
}

static bool time_of_other_event(const precis_doc *d, size_t at, size_t past) {
    if (at == 0)
        return false;
    size_t k = at - 1;
    if (k > 0 && (doc_tok_is(d, k, "on") || doc_tok_is(d, k, "at")))
        k--;
    bool ahead = false;
    bool owns = past < d->seg.n_tokens && d->seg.tokens[past].kind == TOK_POSSESSIVE;
    if (sequence_word(d, at - 1, &ahead))
        return owns || ahead || doc_tok_is(d, at - 1, "since") || doc_tok_is(d, at - 1, "until");
    /* a phrase back to its preposition: words, numbers and possessives, no punctuation */
    bool noun = false;
    for (size_t n = 0; n < SEQUENCE_PHRASE_MAX && k > 0; n++, k--) {
        const token *t = &d->seg.tokens[k];
        if (t->kind != TOK_WORD && t->kind != TOK_NUMBER && t->kind != TOK_POSSESSIVE)
            return false;
        if (sequence_word(d, k, &ahead))
            return noun && (doc_tok_is(d, k, "following") || doc_tok_is(d, k, "since"));
        noun |= t->kind == TOK_WORD && !d->tok_stop[k];
    }
    return false;
}

/* True when a "to" and a verb come within INFINITIVE_REACH words before token k, with no
 * punctuation between: a time at k goes with that infinitive ("due to contest the Masters
 * [next week]"). */
#define INFINITIVE_REACH 5
static bool infinitive_before(const precis_doc *d, size_t k) {
    for (size_t j = k; j-- > 0 && k - j <= INFINITIVE_REACH;) {
        if (d->seg.tokens[j].kind == TOK_PUNCT)
            return false;
        if (doc_tok_is(d, j, "to") && j + 1 < k && d->seg.tokens[j + 1].kind == TOK_WORD &&
            d->seg.tokens[j + 1].shape == SHAPE_LOWER && !d->tok_stop[j + 1])
            return true;
    }
    return false;
}

static const timex *line_when(const precis_doc *d, const facts *f, int32_t lede, int32_t cl, int32_t head,
                              uint32_t ws, uint32_t we) {
    /* a clause read from a sentence after the lede that has a time of its own is dated by
     * that, not by the lede's: "The 28-year-old has been in great form in recent weeks"
     * after "... at this weekend's championships in Madrid" */
    bool own_time = false;
    for (size_t i = 0; i < f->n_timexes && cl != lede && !own_time; i++)
        own_time = span_in(d, (uint32_t)f->timexes[i].start, (uint32_t)f->timexes[i].end, cl);
    for (size_t i = 0; i < f->n_when; i++) {
        const timex *t = &f->timexes[f->when[i]];
        if (f->when_basis[i] == BASIS_DATE)
            continue; /* the document's date: no words of the opening */
        if (!span_in(d, (uint32_t)t->start, (uint32_t)t->end, lede) &&
            !span_in(d, (uint32_t)t->start, (uint32_t)t->end, cl) && !span_in(d, (uint32_t)t->start, (uint32_t)t->end, head))
            continue;
        if (own_time && !span_in(d, (uint32_t)t->start, (uint32_t)t->end, cl))
            continue;
        if (t->start < we && t->end > ws)
            return NULL;
        /* (nor a time inside the subject after an infinitive, which it dates: "The 99th
         * qualifier due to contest the Masters [next week] told ...") */
        if (f->what.clause_predicate_end && (uint32_t)t->start >= f->what.clause_subject_start && t->end <= ws &&
            infinitive_before(d, doc_token_at(d, (uint32_t)t->start)))
            continue;
        /* a day or a time ("on Tuesday", "last night", "this week", "9 October 2025"), not a
         * year or a month: in a lede those are most often background ("the 1981 Brixton
         * riots", "losses in 2004"), and "the quarter" or "the next decade" say too little */
        /* (but one right after the event's words and "in" dates the event: "failed to hold
         * onto power [in 1974]", "fell 0.7% [in December]") */
        size_t at_t = doc_token_at(d, (uint32_t)t->start);
        bool dates_event = t->start >= we && at_t >= 2 && doc_tok_is(d, at_t - 1, "in") &&
                           d->seg.tokens[at_t - 1].start >= we && d->seg.tokens[at_t - 2].end <= we;
        /* (not a time that qualifies a noun after it: "a rise in [fourth quarter] profits",
         * "in [last year's] auction", "in the quarter-finals") */
        size_t past = doc_token_at(d, (uint32_t)t->end);
        if (dates_event && past < d->seg.n_tokens &&
            (d->seg.tokens[past].start < (uint32_t)t->end || d->seg.tokens[past].kind == TOK_POSSESSIVE ||
             (d->seg.tokens[past].kind == TOK_WORD && !d->tok_stop[past] && !(d->seg.tokens[past].flags & TOKF_SENT_START)) ||
             (past > 0 && d->seg.tokens[past - 1].end > (uint32_t)t->end) ||
             doc_tok_is(d, past, "or"))) /* "in June [or July]" */
            dates_event = false;
        if (!(t->type == TIMEX_TIME || strlen(t->value) >= 10 || strchr(t->value, 'W') || dates_event))
            continue;
        /* (nor one whose value knows nothing: "in [the year] to March", XXXX; an unresolved
         * day or season still says which: "yesterday" XXXX-XX-XX, "the spring" XXXX-SP) */
        size_t vlen = strlen(t->value);
        if (t->type != TIMEX_TIME &&
            (strspn(t->value, "X") == vlen || (vlen > 4 && strcmp(t->value + vlen - 4, "_REF") == 0)))
            continue;
        /* "Sydney will host a match in June, the union said on Wednesday": the day a source
         * spoke after the event's words is not the event's (but "Sanwa said on Wednesday it
         * would recall": a firm's own announcement is the event) */
        size_t before = doc_token_at(d, (uint32_t)t->start);
        if (before > 0 && doc_tok_is(d, before - 1, "on"))
            before--;
        if (t->start >= we && before > 0 &&
            (brief_word(d, before - 1, BW_ATTRIBUTION) || quotes_is_speech_verb(d, before - 1)))
            continue;
        /* (nor, before the event's words, the day a speaker told of a past act: "said on
         * Friday he met Donald Trump earlier this week" did not meet him on Friday) */
        if (t->end <= ws && before > 0 && quotes_is_speech_verb(d, before - 1) && f->what.clause_predicate_end &&
            (uint32_t)t->start >= f->what.clause_subject_end) {
            size_t h = doc_token_at(d, ws);
            const token *ht = &d->seg.tokens[h];
            if (ht->kind == TOK_WORD && ht->shape == SHAPE_LOWER &&
                ((ht->end - ht->start > 3 && memcmp(d->text + ht->end - 2, "ed", 2) == 0) ||
                 (doc_tok_class(d, &d->lang->fact_words, h) & FW_IRREGULAR_PAST)))
                continue;
        }
        /* "pulled a man from the wreckage [after the earthquake that hit the country
         * Saturday]", "made three changes to the side [that will face Corby on Friday]": a
         * time in a clause of its own that a relative word opens, in the what or after it,
         * is that clause's, not the event's */
        if (t->start >= we && in_later_clause(d, ws, (uint32_t)t->start))
            continue;
        /* "lost a member to a new party[, expected to launch on Wednesday]": a time after the
         * event's words in a participle's clause after a comma is the participle's */
        if (t->start >= we && time_of_participle(d, we, (uint32_t)t->start))
            continue;
        /* "had been scheduled to attend the event in Casper, but [on Thursday] the party
         * announced she wasn't coming": a time after a "but" is the next clause's */
        if (t->start >= we && but_between(d, we, (uint32_t)t->start))
            continue;
        if (t->start >= we && time_of_subordinate_clause(d, ws, (uint32_t)t->start))
            continue;
        if (t->start >= we && second_verb_between(d, we, (uint32_t)t->start))
            continue;
        /* ("admitted ... [after he was substituted ... on Tuesday]": what someone says or
         * admits after an event is not dated by it, as a death after a typhoon is) */
        if (t->start >= we && said_after_event(d, ws, we, (uint32_t)t->start))
            continue;
        if (t->start >= we && span_back(d, t) && after_clause_between(d, we, (uint32_t)t->start))
            continue;
        /* "on 4 or [5 April]": the event's time is a choice of days the line cannot give as
         * one, and a later time is another verb's ("to dissolve Parliament at the end of
         * that week") */
        if (at_t >= 2 && doc_tok_is(d, at_t - 1, "or") && d->seg.tokens[at_t - 2].kind == TOK_NUMBER)
            return NULL;
        /* "An Uber driver who was credited with stopping a shooting [at the weekend] ... will
         * not face charges": a time in a relative clause between the subject and its verb is
         * the subject's background, as a place there is ("David Cameron this morning
         * launched" keeps its time) */
        /* (so is one in an aside between commas there: "The new film version, [released in
         * the UK on Friday], is the latest attempt") */
        if (f->what.clause_predicate_end && (uint32_t)t->start >= f->what.clause_subject_end &&
            (uint32_t)t->end <= f->what.clause_head_start &&
            (in_later_clause(d, f->what.clause_subject_end, (uint32_t)t->start) ||
             memchr(d->text + f->what.clause_subject_end, ',', (uint32_t)t->start - f->what.clause_subject_end)))
            continue;
        /* "[Before he resigned the position on Wednesday], David Blunkett had been in charge
         * of ...": a time in an opening clause that a conjunction opens, before the subject,
         * is that clause's; not one of "as", "while" or "when", which say the two happened
         * together ("As Trump prepared to speak on Tuesday, a girl was pepper-sprayed") */
        size_t opener = cl >= 0 ? d->seg.sentences[cl].tok_start : 0;
        if (f->what.clause_predicate_end && (uint32_t)t->end <= f->what.clause_subject_start &&
            span_in(d, (uint32_t)t->start, (uint32_t)t->end, cl) &&
            (doc_tok_class(d, &d->lang->fact_words, opener) & (FW_CONJUNCTION | FW_SUBORDINATOR)) &&
            !doc_tok_is(d, opener, "as") && !doc_tok_is(d, opener, "while") && !doc_tok_is(d, opener, "when"))
            continue;
        bool in_name = false; /* "June Shannon" is a name, not a month */
        for (size_t k = 0; k < f->ents.n_mentions && !in_name; k++)
            in_name = t->start < f->ents.mentions[k].end && t->end > f->ents.mentions[k].start;
        /* nor is "the Sunday Telegraph" a day: a capitalised word goes on after it */
        size_t after = doc_token_at(d, (uint32_t)t->end);
        in_name |= after < d->seg.n_tokens && d->seg.tokens[after].start >= (uint32_t)t->end &&
                   d->seg.tokens[after].kind == TOK_WORD && d->seg.tokens[after].shape != SHAPE_LOWER &&
                   !(d->seg.tokens[after].flags & TOKF_SENT_START) &&
                   !memchr(d->text + t->end, ',', d->seg.tokens[after].start - (uint32_t)t->end);
        /* a day that owns what the event is for dates that, not the event ("named in the
         * Scotland squad for Saturday's Six Nations clash"; but "will captain Wales in
         * Wednesday's friendly" happens then), and one after a name and "on" is the name's
         * ("The Mail on Sunday's campaign") */
        size_t at = doc_token_at(d, (uint32_t)t->start);
        /* (tokenized copy writes the possessive apart: "The Mail on Sunday 's campaign") */
        if (after < d->seg.n_tokens && d->seg.tokens[after].kind == TOK_POSSESSIVE && at > 0 &&
            (doc_tok_is(d, at - 1, "for") || (at >= 2 && doc_tok_is(d, at - 1, "on") && d->seg.tokens[at - 2].shape == SHAPE_CAPITAL)))
            continue;
        if (in_name)
            continue;
        if (time_of_other_event(d, at, after))
            continue;
        /* "On [the same day] he won the Iowa caucus", "[that day]", "[the next day]": a time
         * that points at another, unresolved (no digit in its value), says nothing in the
         * line, which does not carry what it points at */
        if ((doc_tok_is(d, at, "that") ||
             (doc_tok_is(d, at, "the") && at + 1 < d->seg.n_tokens &&
              (doc_tok_is(d, at + 1, "same") || doc_tok_is(d, at + 1, "next") || doc_tok_is(d, at + 1, "following") ||
               doc_tok_is(d, at + 1, "previous") || doc_tok_is(d, at + 1, "last") || doc_tok_is(d, at + 1, "first")))) &&
            !strpbrk(t->value, "0123456789"))
            continue;
        /* "[his] Friday night show", "the paper's Sunday edition": a time after an owner
         * names what is theirs, a regular thing, not when the event happened */
        /* (an owner: a possessive, or a determiner of facts.txt that is no article) */
        if (at > 0 && (d->seg.tokens[at - 1].kind == TOK_POSSESSIVE ||
                       ((doc_tok_class(d, &d->lang->fact_words, at - 1) & FW_DETERMINER) && !doc_tok_is(d, at - 1, "the") &&
                        !doc_tok_is(d, at - 1, "a") && !doc_tok_is(d, at - 1, "an"))))
            continue;
        return t;
    }
    return NULL;
}

/* True when token k is a day or a time word of cues.txt's day class ("said Wednesday",
 * "said on Wednesday", "said yesterday"). */
static bool day_word(const precis_doc *d, size_t k) {
    return (doc_tok_class(d, &d->lang->cue_words, k) & CW_DAY) != 0;
}

/* True when tokens [from, to) read as an attribution the fact line can carry: a verb of
 * reporting (brief.txt's attribution words) among at most ATTRIB_TAIL_MAX words and no
 * punctuation ("the Financial Times Deutschland reported", "according to three television
 * networks", "Denver police said on Thursday"). */
static bool tail_attribution(const precis_doc *d, size_t from, size_t to) {
    /* (not a clause of its own: "in court, [where a prosecutor said one of them], a 12 year
     * old, is pregnant") */
    /* (a source cited with "according to" may run longer: "according to an investigation by
     * +972 Magazine and The Intercept") */
    size_t cap = doc_tok_is(d, from, "according") ? ACCORDING_TAIL_MAX : ATTRIB_TAIL_MAX_LONG;
    /* (a bracket goes along without counting: "Sen. Lindsey Graham (R-S.C.) told ...", "the
     * International Monetary Fund (IMF) has said") */
    size_t words = 0;
    int open = 0;
    for (size_t k = from; k < to; k++) {
        open += doc_tok_is(d, k, "(");
        words += open == 0;
        open -= open > 0 && doc_tok_is(d, k, ")");
    }
    /* (nor one that opens on a conjunction: ", [but] multiple reports reveal that's untrue"
     * is another clause, which says the claim is false) */
    if (to <= from || words > cap || relative_word(d, from) || doc_tok_is(d, from, "when") ||
        (doc_tok_class(d, &d->lang->fact_words, from) & (FW_CONJUNCTION | FW_SUBORDINATOR)) || doc_tok_is(d, from, "and"))
        return false;
    /* a longer tail names its source at length ("the International Monetary Fund (IMF) has
     * said", "says the Institute of Public Policy Research (IPPR)"): its verb opens or ends it
     * (a day after it aside); one in its middle is a clause's (", the Republican Party of
     * Wyoming announced she wasn't coming", ", with reports suggesting that ...") */
    if (cap == ATTRIB_TAIL_MAX_LONG && words > ATTRIB_TAIL_MAX) {
        size_t last = to - 1;
        if (last > from && day_word(d, last))
            last--;
        if (last > from && doc_tok_is(d, last, "on"))
            last--;
        /* (or "told" and whom, to the end: "Sen. Lindsey Graham (R-S.C.) told The Huffington
         * Post on Thursday") */
        size_t told = last;
        while (told > from && d->seg.tokens[told].kind == TOK_WORD && d->seg.tokens[told].shape != SHAPE_LOWER)
            told--;
        bool told_whom = told > from && told < last && doc_tok_is(d, told, "told");
        if (!brief_word(d, from, BW_ATTRIBUTION) && !brief_word(d, last, BW_ATTRIBUTION | BW_FINDING) && !told_whom)
            return false;
    }
    bool verb = false;
    for (size_t k = from; k < to; k++) {
        const token *t = &d->seg.tokens[k];
        if ((t->kind == TOK_PUNCT || t->kind == TOK_SYMBOL) && !doc_tok_is(d, k, "(") && !doc_tok_is(d, k, ")") &&
            !(cap == ACCORDING_TAIL_MAX && (doc_tok_is(d, k, "+") || doc_tok_is(d, k, "/") || doc_tok_is(d, k, "&"))))
            return false; /* (an agency's short name in brackets goes along: "(LSE)"; a
                           * name's sign after "according to": "+972 Magazine", "NYT/CBS") */
        verb |= brief_word(d, k, BW_ATTRIBUTION) || (k + 1 == to && brief_word(d, k, BW_FINDING));
    }
    return verb;
}

/* True when sentence si goes on after a comma with "according to" (a source cited at the
 * end of the sentence, whatever its length), or, past byte we (the line's words), with a
 * source and its verb of saying as the sentence's last clause. */
#define LONG_TAIL_SUBJECT_MAX 12 /* words of a closing attribution's source before its verb */
static bool uncarried_attribution(const precis_doc *d, int32_t si, uint32_t we) {
    if (si < 0 || (size_t)si >= d->seg.n_sentences)
        return false;
    const sentence *st = &d->seg.sentences[si];
    for (size_t c = st->tok_start + 1; c + 1 < st->tok_end; c++) {
        if (!doc_tok_is(d, c - 1, ","))
            continue;
        if (doc_tok_is(d, c, "according") && doc_tok_is(d, c + 1, "to"))
            return true;
        if (d->seg.tokens[c - 1].start < we)
            continue; /* a clause the line's words come after: "In a takedown of X, Donald Trump said ..." */
        /* ... or with a source and its verb of saying, too long for the line, as the
         * sentence's last clause: "Nikki Haley should be deported, [a provocative headline
         * from the Wall Street Journal editorial board reads in an article published
         * Wednesday evening]" */
        const token *first = &d->seg.tokens[c];
        if (first->kind != TOK_WORD || !(first->shape != SHAPE_LOWER || doc_tok_is(d, c, "a") ||
                                         doc_tok_is(d, c, "an") || doc_tok_is(d, c, "the")))
            continue;
        for (size_t k = c + 1; k < st->tok_end && k <= c + LONG_TAIL_SUBJECT_MAX; k++) {
            const token *t = &d->seg.tokens[k];
            if (t->kind == TOK_PUNCT || doc_tok_is(d, k, "who") || doc_tok_is(d, k, "which") ||
                doc_tok_is(d, k, "that") || doc_tok_is(d, k, "and") || doc_tok_is(d, k, "but"))
                break;
            if (t->shape == SHAPE_LOWER && (quotes_is_speech_verb(d, k) || brief_word(d, k, BW_ATTRIBUTION)) &&
                !participle_word(d, k)) {
                size_t after = k + 1;
                bool clause = after < st->tok_end && doc_tok_is(d, after, "that");
                bool stops = after < st->tok_end && d->seg.tokens[after].kind == TOK_PUNCT;
                for (size_t j = after; j < st->tok_end && !clause && !stops; j++)
                    stops = d->seg.tokens[j].kind == TOK_PUNCT;
                if (!clause && stops)
                    return true;
                break;
            }
        }
    }
    return false;
}

/* An attribution set off by commas in sentence si (", the rebels said", ", according to three
 * television networks", ", the Associated Press declared on Thursday, two days after ..."), in
 * [*ts, *te); false when the sentence has none. */
static bool attribution_tail(const precis_doc *d, int32_t si, uint32_t *ts, uint32_t *te) {
    if (si < 0 || (size_t)si >= d->seg.n_sentences)
        return false;
    const sentence *st = &d->seg.sentences[si];
    size_t e = st->tok_end;
    while (e > st->tok_start && d->seg.tokens[e - 1].kind == TOK_PUNCT)
        e--; /* the full stop and closing marks */
    for (size_t c = st->tok_start + 2; c < e; c++) {
        if (!doc_tok_is(d, c - 1, ","))
            continue;
        /* (not one that interrupts a relative clause a few words after its relative word: "a
         * man whose book, according to its Amazon summary, draws ...") */
        bool in_relative = false;
        for (size_t k = c - 1; k > st->tok_start && k + RELATIVE_SUBJECT_MAX >= c && !in_relative; k--)
            in_relative = doc_tok_is(d, k - 1, "whose") || doc_tok_is(d, k - 1, "which") || doc_tok_is(d, k - 1, "who");
        if (in_relative)
            continue;
        /* (past the quotation the comma closes: '... capital investment," Ben Carson said') */
        size_t from = c;
        while (from < e && (d->seg.tokens[from].flags & TOKF_CLOSE_QUOTE))
            from++;
        size_t n = from;
        while (n < e && !doc_tok_is(d, n, ","))
            n++;
        if (n > from && tail_attribution(d, from, n)) {
            *ts = d->seg.tokens[from].start;
            *te = d->seg.tokens[n - 1].end;
            /* (with the bracket it opened: "the Institute for Supply Management (ISM)") */
            int open = 0;
            for (size_t k = from; k < n; k++)
                open += doc_tok_is(d, k, "(") ? 1 : doc_tok_is(d, k, ")") ? -1 : 0;
            if (open > 0 && n < st->tok_end && doc_tok_is(d, n, ")"))
                *te = d->seg.tokens[n].end;
            return true;
        }
    }
    return false;
}

/* A source cited before the claim in sentence si: "According to harbour board chairman Tomas
 * Reyes, the new quay will cost ..." (the clause reader skips it as an opening phrase, and a
 * line without it states the claim as the article's own). Its words, without the comma, in
 * [*ts, *te); false when the sentence has none before byte `subject`. */
static bool fronted_attribution(const precis_doc *d, int32_t si, uint32_t subject, uint32_t *ts, uint32_t *te) {
    if (si < 0 || (size_t)si >= d->seg.n_sentences)
        return false;
    const sentence *st = &d->seg.sentences[si];
    for (size_t k = st->tok_start; k + 2 < st->tok_end && d->seg.tokens[k].end <= subject; k++) {
        if (!doc_tok_is(d, k, "according") || !doc_tok_is(d, k + 1, "to"))
            continue;
        size_t c = k + 2;
        while (c < st->tok_end && !doc_tok_is(d, c, ",") && d->seg.tokens[c].end <= subject)
            c++;
        if (c >= st->tok_end || !doc_tok_is(d, c, ",") || c == k + 2)
            return false;
        *ts = d->seg.tokens[k].start;
        *te = d->seg.tokens[c - 1].end;
        return true;
    }
    return false;
}

/* The source that sentence si credits with the line's claim [ws, we): one whose claim holds
 * it, or one after it in the sentence with no claim of its own ("..., the rebels said"), or
 * NULL when the claim is the article's own. */
static const source *line_attribution(const facts *f, int32_t si, uint32_t ws, uint32_t we) {
    for (size_t i = 0; i < f->n_sources; i++) {
        const source *so = &f->sources[i];
        if (so->sentence != si)
            continue;
        bool holds = so->claim_end > so->claim_start && so->claim_start < we && so->claim_end > ws;
        /* (a verb's source, not an adverb of some later clause: "a website allegedly
         * involved in fraud") */
        bool after = so->claim_end == 0 && so->start >= we && (so->named || so->speech);
        if (holds || after)
            return so;
    }
    return NULL;
}

/* The sentence after si when it puts si's event, named by its noun, at a place or a time
 * ("The meeting took place in Vladivostok", "The summit was held in Hanoi"): "the" or "this",
 * at most two words, an event noun (events.txt), then within two words a verb of brief.txt's
 * event_site. -1 when it does not. */
#define SEQUEL_REACH 3
static int32_t event_sequel(const precis_doc *d, int32_t si) {
    if (si < 0 || (size_t)si + 1 >= d->seg.n_sentences)
        return -1;
    const sentence *s = &d->seg.sentences[si + 1];
    if (s->tok_start >= s->tok_end || !(doc_tok_is(d, s->tok_start, "the") || doc_tok_is(d, s->tok_start, "this")))
        return -1;
    for (uint32_t k = s->tok_start + 1; k < s->tok_end && k <= s->tok_start + SEQUEL_REACH; k++) {
        if (d->seg.tokens[k].kind != TOK_WORD)
            return -1;
        if (!facts_event_noun(d, k))
            continue;
        for (uint32_t v = k + 1; v < s->tok_end && v <= k + 2; v++)
            if (brief_word(d, v, BW_EVENT_SITE))
                return si + 1;
        return -1;
    }
    return -1;
}

/* The token of a hedge (cues.txt) among the words from byte `from` to byte `to` (a subject's
 * end and its predicate's start: "was reportedly", "allegedly"), after the last comma there
 * (one before it is an aside's: "now being investigated after [allegedly] emailing ...,
 * was"); n_tokens when none. */
static size_t hedge_before(const precis_doc *d, uint32_t from, uint32_t to) {
    size_t n = d->seg.n_tokens, hedge = n;
    for (size_t k = doc_token_at(d, from); k < n && d->seg.tokens[k].start < to; k++) {
        if (doc_tok_is(d, k, ","))
            hedge = n;
        else if (hedge == n && d->seg.tokens[k].start >= from && quotes_is_hedge(d, k))
            hedge = k;
    }
    return hedge;
}

/* True when sentence si names entity e by an honorific and a one-word name ("Lord Janner",
 * "Mr Obama") and e's fuller mention `full` comes after that sentence; [*s, *e) is then
 * that honorific and name. */
static bool honorific_surname(const precis_doc *d, const facts *f, int32_t e, int32_t si, const ner_mention *full,
                              uint32_t *s, uint32_t *end) {
    if (si < 0 || full->sentence <= si)
        return false;
    for (size_t k = 0; k < f->ents.n_mentions; k++) {
        const ner_mention *m = &f->ents.mentions[k];
        if (m->entity != e || m->sentence != si || m->tok_end != m->tok_start + 1 || m->tok_start == 0)
            continue;
        size_t h = m->tok_start - 1;
        if (d->seg.tokens[h].shape != SHAPE_CAPITAL || !(facts_token_gaz_classes(d, h) & GZ_HONORIFIC))
            continue;
        *s = d->seg.tokens[h].start;
        *end = m->end;
        return true;
    }
    return false;
}

/* True when token k opens a verb's complement the object_needs verbs take: "as", "to", "in",
 * "of", "for", "into". */
static bool needed_complement(const precis_doc *d, size_t k) {
    return doc_tok_is(d, k, "as") || doc_tok_is(d, k, "to") || doc_tok_is(d, k, "in") || doc_tok_is(d, k, "of") ||
           doc_tok_is(d, k, "for") || doc_tok_is(d, k, "into");
}

/* True when the event's words [ws, we) end on a person who is the object of a verb that needs
 * the object's complement (brief.txt's object_needs), and that complement comes right after
 * them: "Chris Christie described Hillary Clinton [as a 'disgrace']", "asked NBC's Lester
 * Holt[, the moderator, to fact check Donald Trump]", "voted to hold Bryan Pagliano [in
 * contempt of Congress]". Cut there, the line says something else. An object that is no
 * person ("held a dinner party [in New York]") or holds the person in a phrase ("talks [with
 * Donald Trump]") is whole. */
static bool object_cut_from_complement(const precis_doc *d, const facts *f, uint32_t ws, uint32_t we) {
    size_t n = d->seg.n_tokens, last = n;
    for (size_t k = doc_token_at(d, ws); k < n && d->seg.tokens[k].end <= we; k++)
        if (d->seg.tokens[k].shape == SHAPE_LOWER && brief_word(d, k, BW_OBJECT_NEEDS))
            last = k;
        else if (last < n && needed_complement(d, k))
            last = n; /* the complement is in the line */
    if (last >= n)
        return false;
    bool person = false;
    for (size_t i = 0; i < f->ents.n_mentions && !person; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        person = m->type == NER_PER && m->end == we && m->tok_start > last;
        for (size_t k = last + 1; k < m->tok_start && person; k++)
            person = !(d->seg.tokens[k].shape == SHAPE_LOWER && d->tok_stop[k] &&
                       (doc_tok_class(d, &d->lang->fact_words, k) & FW_COMPLEMENT));
    }
    size_t after = doc_token_at(d, we);
    return person && after < n && (needed_complement(d, after) || doc_tok_is(d, after, ","));
}

static bool in_timex(const facts *f, uint32_t b);
static uint32_t phrase_after_end(const precis_doc *d, const facts *f, size_t c, bool of_noun);
/* The end of the event's words [ws, we) with the complement object_cut_from_complement
 * found cut off, when it is short and ends at a clear boundary: "described Hillary Clinton[ as
 * a "disgrace"]" (before "after she attacked ..."), "asked NBC's Lester Holt, the moderator
 * ...,[ to fact check Donald Trump]" (before "during ..."), "voted to hold Bryan Pagliano, a
 * former technology aide to Hillary Clinton,[ in contempt of Congress]" (before "for
 * refusing ..."). The object's appositive between commas stays: it says who the person is.
 * The phrase ends at punctuation, a closing quotation mark, a time, or a word that opens
 * another phrase or clause (a circumstance, a subordinator, a reason or a means); one that
 * runs on past COMPLEMENT_WORDS_MAX words before such an end, or into another of the verb's
 * complements, is not taken: 0. */
static uint32_t object_complement_end(const precis_doc *d, const facts *f, uint32_t we) {
    size_t n = d->seg.n_tokens, c = doc_token_at(d, we);
    if (c >= n || d->seg.tokens[c].start < we)
        return 0;
    int32_t si = d->seg.tokens[c].sentence;
    if (doc_tok_is(d, c, ",")) { /* past the object's appositive: ", the moderator ...," */
        size_t k = c + 1;
        if (k >= n || d->seg.tokens[k].shape != SHAPE_LOWER)
            return 0;
        while (k < n && k <= c + APPOSITIVE_TOKENS_MAX && d->seg.tokens[k].sentence == si &&
               !(d->seg.tokens[k].kind == TOK_PUNCT && !(d->seg.tokens[k].flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE))))
            k++;
        if (k >= n || !doc_tok_is(d, k, ",") || d->seg.tokens[k].sentence != si)
            return 0;
        c = k + 1;
    }
    if (c + 1 >= n || !needed_complement(d, c) || d->seg.tokens[c].sentence != si)
        return 0;
    return phrase_after_end(d, f, c, false);
}

/* The end of the short phrase that the preposition at token c opens, as
 * object_complement_end reads it, or 0. `of_noun`: the phrase is a noun's (noun_phrase_end),
 * which another preposition ends ("no contact [with Chelsea] over the striker"): that one is
 * the verb's. */
static uint32_t phrase_after_end(const precis_doc *d, const facts *f, size_t c, bool of_noun) {
    size_t n = d->seg.n_tokens;
    int32_t si = d->seg.tokens[c].sentence;
    size_t words = 0, j = c + 1;
    for (; j < n && d->seg.tokens[j].sentence == si; j++) {
        const token *t = &d->seg.tokens[j];
        if (t->flags & TOKF_CLOSE_QUOTE) {
            if (words) {
                j++;
                break;
            }
            continue;
        }
        if (t->flags & TOKF_OPEN_QUOTE)
            continue;
        uint32_t cls = doc_tok_class(d, &d->lang->fact_words, j);
        if (t->kind == TOK_PUNCT || (words && ((cls & (FW_CIRCUMSTANCE | FW_SUBORDINATOR)) || in_timex(f, t->start))))
            break;
        /* (nor a time the noun's phrase has: "offer for bondholders [later] on Friday") */
        if (of_noun && words && (doc_tok_is(d, j, "later") || doc_tok_is(d, j, "earlier")))
            break;
        /* another preposition ends it only when it opens a reason or a means ("[for]
         * refusing to testify", "[by] saying"): else it is the verb's own complement, and
         * the one before was not ("stop Hillary Clinton as president [from] appointing") */
        if (words && (cls & FW_COMPLEMENT) && !doc_tok_is(d, j, "to")) { /* ("as unfit [to] be ...") */
            if (of_noun)
                break;
            const token *v = j + 1 < n ? &d->seg.tokens[j + 1] : NULL;
            if ((doc_tok_is(d, j, "for") || doc_tok_is(d, j, "by")) && v && v->kind == TOK_WORD &&
                v->end - v->start > 4 && memcmp(d->text + v->end - 3, "ing", 3) == 0)
                break;
            return 0;
        }
        if (++words > COMPLEMENT_WORDS_MAX)
            return 0;
    }
    while (j > c + 1 && d->tok_stop[j - 1] && d->seg.tokens[j - 1].shape == SHAPE_LOWER)
        j--;
    return j > c + 1 ? d->seg.tokens[j - 1].end : 0;
}

/* The end of the event's words [ws, we) when they end on a noun that says what only with
 * the phrase after it (brief.txt's phrase_noun: "launch an £8m January bid [for long-time
 * target Fernando Morientes]") or its infinitive (empty_noun: "took an opportunity [...] to
 * once again address"): past that phrase when phrase_after_end can carry it; else `we` for a
 * phrase_noun (vaguer, not wrong), and 0 for an empty_noun whose infinitive or phrase comes
 * later in the sentence (the line would say nothing). */
static uint32_t noun_phrase_end(const precis_doc *d, const facts *f, uint32_t ws, uint32_t we) {
    size_t n = d->seg.n_tokens, c = doc_token_at(d, we);
    if (c == 0 || c > n || d->seg.tokens[c - 1].start < ws)
        return we;
    size_t last = c - 1;
    bool empty = brief_word(d, last, BW_EMPTY_NOUN);
    if (d->seg.tokens[last].shape != SHAPE_LOWER || !(empty || brief_word(d, last, BW_PHRASE_NOUN)))
        return we;
    int32_t si = d->seg.tokens[last].sentence;
    if (c < n && d->seg.tokens[c].sentence == si &&
        (doc_tok_is(d, c, "for") || doc_tok_is(d, c, "over") || doc_tok_is(d, c, "on") || doc_tok_is(d, c, "with") ||
         doc_tok_is(d, c, "against") || doc_tok_is(d, c, "from") || doc_tok_is(d, c, "to")) &&
        !(c + 1 < n && in_timex(f, d->seg.tokens[c + 1].start))) { /* ("a plea deal [on Monday]": when) */
        uint32_t e = phrase_after_end(d, f, c, true);
        /* (not one cut before a bracket, "the government's $280bn [(£155bn) claim]", nor
         * one that ends on a participle whose clause goes on: "frozen embryos [created] while
         * they were together") */
        size_t after = doc_token_at(d, e);
        bool cut = e && ((after < n && doc_tok_is(d, after, "(")) ||
                         (d->seg.tokens[after - 1].shape == SHAPE_LOWER && participle_word(d, after - 1)));
        if (e && !cut)
            return e;
    }
    if (!empty)
        return we;
    for (size_t k = c; k < n && k < c + EMPTY_NOUN_REACH && d->seg.tokens[k].sentence == si &&
                       !(d->seg.tokens[k].kind == TOK_PUNCT && !(d->seg.tokens[k].flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE)));
         k++)
        if (doc_tok_is(d, k, "to") || doc_tok_is(d, k, "for") || doc_tok_is(d, k, "on") || doc_tok_is(d, k, "off") ||
            (k == c && doc_tok_is(d, k, "where")))
            return 0; /* ("lifted the lid [on the scenes that followed ...]", "reached the dizzying
                       * point [where ...]") */
    return we;
}

/* The end of the event's words [ws, we) when they hold a verb of blame (brief.txt's blame)
 * and stop right before its "on" or "for": past the short noun phrase that names whom ("blames
 * loss [on FBI's James Comey]"), up to the next preposition, punctuation or clause; 0 when
 * there is none (no line); `we` when the words do not end so. */
static uint32_t blamed_one_end(const precis_doc *d, const facts *f, uint32_t ws, uint32_t we) {
    size_t n = d->seg.n_tokens, c = doc_token_at(d, we);
    if (c + 1 >= n || !(doc_tok_is(d, c, "on") || doc_tok_is(d, c, "for")) ||
        in_timex(f, d->seg.tokens[c + 1].start)) /* ("blamed the storm [on Monday]": when) */
        return we;
    if (!class_word_before(d, ws, c, BW_BLAME))
        return we;
    int32_t si = d->seg.tokens[c].sentence;
    uint32_t end = 0;
    for (size_t k = c + 1, words = 0; k < n && d->seg.tokens[k].sentence == si; k++) {
        const token *t = &d->seg.tokens[k];
        uint32_t cls = doc_tok_class(d, &d->lang->fact_words, k);
        if ((t->kind == TOK_PUNCT && !(t->flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE))) || in_timex(f, t->start) ||
            (words && (cls & (FW_COMPLEMENT | FW_CIRCUMSTANCE | FW_SUBORDINATOR | FW_CONJUNCTION))))
            break;
        if (++words > COMPLEMENT_WORDS_MAX)
            return 0;
        if (t->kind == TOK_POSSESSIVE || t->kind == TOK_WORD || t->kind == TOK_NUMBER)
            end = (t->kind == TOK_WORD && d->tok_stop[k] && t->shape == SHAPE_LOWER) ? end : t->end;
    }
    return end;
}

/* The end of the event's words that end on a name: past the noun the name qualifies when one
 * follows ("shot close to an anti-Donald Trump[ rally]", "a Labour[ MP]" is the MP), when it
 * is one word that ends its phrase; else where they end. */
static uint32_t noun_after_name(const precis_doc *d, const facts *f, uint32_t we) {
    size_t n = d->seg.n_tokens, k = doc_token_at(d, we);
    if (k == 0 || k + 1 >= n || d->seg.tokens[k].start < we || !(d->seg.tokens[k].flags & TOKF_SPACE_BEFORE) ||
        d->seg.tokens[k].kind != TOK_WORD || d->seg.tokens[k].shape != SHAPE_LOWER || d->tok_stop[k] ||
        d->seg.tokens[k].sentence != d->seg.tokens[k - 1].sentence)
        return we;
    /* (not a participle, which opens a phrase about the name: "a clip of Jim Morrison
     * [appearing in ...]", "prevent rapper Nelly [performing at ...]"; nor a past, the verb
     * of the name: "... Donald Trump [said]") */
    if (participle_word(d, k))
        return we;
    bool name_ends = false;
    for (size_t i = 0; i < f->ents.n_mentions && !name_ends; i++)
        name_ends = f->ents.mentions[i].end == we && !(f->ents.mentions[i].flags & NERM_DEMONYM);
    if (!name_ends)
        return we;
    const token *next = &d->seg.tokens[k + 1];
    return next->kind == TOK_PUNCT || (d->tok_stop[k + 1] && next->shape == SHAPE_LOWER) ? d->seg.tokens[k].end : we;
}

/* The end of the event's words [ws, we) with the quotation a word in -ing introduces after a
 * comma: "wore a campaign hat reading[, "Make Mexico Great Again Also"]" takes it when it
 * closes within QUOTED_OBJECT_MAX tokens, else ends before the -ing word, whose object it is
 * ("wore a campaign hat"). */
static uint32_t quoted_object(const precis_doc *d, uint32_t ws, uint32_t we) {
    size_t n = d->seg.n_tokens, c = doc_token_at(d, we);
    if (c == 0 || c + 2 >= n || !doc_tok_is(d, c, ",") || !(d->seg.tokens[c + 1].flags & TOKF_OPEN_QUOTE))
        return we;
    const token *v = &d->seg.tokens[c - 1];
    if (v->kind != TOK_WORD || v->shape != SHAPE_LOWER || v->end - v->start < 5 || v->start <= ws ||
        memcmp(d->text + v->end - 3, "ing", 3) != 0)
        return we;
    int32_t si = v->sentence;
    for (size_t j = c + 2; j < n && j <= c + 1 + QUOTED_OBJECT_MAX && d->seg.tokens[j].sentence == si; j++)
        if (d->seg.tokens[j].flags & TOKF_CLOSE_QUOTE)
            return d->seg.tokens[j].end;
    return d->seg.tokens[c - 2].end;
}

/* The end of the event's words [ws, we) with no quotation left open: "hails Max Verstappen's
 * "amazing[" podium-winning performance]" goes on to the closing mark when it comes within
 * QUOTE_CLOSE_REACH tokens, else ends before the opening one (which may leave nothing: then
 * ws). */
static uint32_t quotation_closed(const precis_doc *d, uint32_t ws, uint32_t we) {
    size_t k = doc_token_at(d, ws), last_open = 0;
    int open = 0;
    for (; k < d->seg.n_tokens && d->seg.tokens[k].end <= we; k++) {
        if (d->seg.tokens[k].flags & TOKF_OPEN_QUOTE) {
            open++;
            last_open = k;
        } else if ((d->seg.tokens[k].flags & TOKF_CLOSE_QUOTE) && open > 0) {
            open--;
        }
    }
    if (open <= 0)
        return we;
    int32_t si = d->seg.tokens[last_open].sentence;
    /* (a quoted word after a possessive or an article qualifies the noun after the closing
     * mark, which the line then needs: "Max Verstappen's "amazing" [podium-winning
     * performance]") */
    bool modifier = last_open > 0 && (d->seg.tokens[last_open - 1].kind == TOK_POSSESSIVE ||
                                      doc_tok_is(d, last_open - 1, "a") || doc_tok_is(d, last_open - 1, "an") ||
                                      doc_tok_is(d, last_open - 1, "the"));
    for (size_t j = k; j < d->seg.n_tokens && j < k + QUOTE_CLOSE_REACH && d->seg.tokens[j].sentence == si; j++)
        if (d->seg.tokens[j].flags & TOKF_CLOSE_QUOTE) {
            if (!modifier)
                return d->seg.tokens[j].end;
            size_t h = j + 1, end = 0;
            while (h < d->seg.n_tokens && h <= j + QUOTED_HEAD_MAX && d->seg.tokens[h].sentence == si &&
                   d->seg.tokens[h].kind == TOK_WORD && d->seg.tokens[h].shape == SHAPE_LOWER && !d->tok_stop[h])
                end = d->seg.tokens[h++].end;
            if (end)
                return end;
            break; /* no noun after it: the line ends before the quotation */
        }
    size_t b = last_open; /* back past the words before the quotation's opening mark */
    while (b > 0 && d->seg.tokens[b - 1].start >= ws && d->seg.tokens[b - 1].kind == TOK_PUNCT)
        b--;
    return b > 0 && d->seg.tokens[b - 1].start >= ws ? d->seg.tokens[b - 1].end : ws;
}

/* True when the event's words [ws, we) end on a verb whose object comes after an adverb's
 * aside: "Ted Cruz managed to derail[, at least temporarily, the phenomenon that ...]". Cut at
 * the aside's first comma, the line leaves the infinitive without its object. */
static bool object_cut_by_aside(const precis_doc *d, uint32_t we) {
    size_t n = d->seg.n_tokens, after = doc_token_at(d, we);
    /* (an infinitive's verb: a time or a place may end a line before a comma, "will end
     * this year, sooner than expected, the ... Office reported") */
    if (after < 2 || after >= n || !doc_tok_is(d, after, ",") || d->seg.tokens[after - 1].shape != SHAPE_LOWER ||
        d->seg.tokens[after - 1].kind != TOK_WORD || !doc_tok_is(d, after - 2, "to"))
        return false;
    /* (an adverb's aside: ", the Congressional Budget Office reported, " is an attribution) */
    if (after + 1 >= n || d->seg.tokens[after + 1].shape != SHAPE_LOWER ||
        (doc_tok_class(d, &d->lang->fact_words, after + 1) & FW_DETERMINER))
        return false;
    int32_t si = d->seg.tokens[after].sentence;
    for (size_t k = after + 1; k + 1 < n && k <= after + ASIDE_WORDS_MAX + 1 && d->seg.tokens[k].sentence == si; k++) {
        if (d->seg.tokens[k].kind == TOK_PUNCT)
            return doc_tok_is(d, k, ",") && k > after + 1 &&
                   (doc_tok_class(d, &d->lang->fact_words, k + 1) & FW_DETERMINER) != 0;
    }
    return false;
}

/* True when the event's words [ws, we) end on an object that a relative clause between commas
 * parts from the rest of what the verb does to it: "are putting the party establishment[,
 * which is closely aligned with Hillary Clinton, into a delicate position]". Cut at the
 * comma, the line leaves the verb half said. */
static bool object_cut_by_relative(const precis_doc *d, uint32_t we) {
    size_t n = d->seg.n_tokens, after = doc_token_at(d, we);
    if (after + 2 >= n || !doc_tok_is(d, after, ",") ||
        !(doc_tok_is(d, after + 1, "which") || doc_tok_is(d, after + 1, "who")))
        return false;
    int32_t si = d->seg.tokens[after].sentence;
    for (size_t k = after + 2; k + 1 < n && k <= after + RELATIVE_ASIDE_MAX && d->seg.tokens[k].sentence == si; k++)
        if (d->seg.tokens[k].kind == TOK_PUNCT && !(d->seg.tokens[k].flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE)))
            return doc_tok_is(d, k, ",") && d->seg.tokens[k + 1].shape == SHAPE_LOWER &&
                   (doc_tok_class(d, &d->lang->fact_words, k + 1) & FW_OBJECT_COMPLEMENT) != 0 &&
                   /* (not "as part of a criminal investigation", "as well as": a circumstance) */
                   !(doc_tok_is(d, k + 1, "as") && k + 2 < n &&
                     (doc_tok_is(d, k + 2, "part") || doc_tok_is(d, k + 2, "well")));
    return false;
}

/* True when the event's words [ws, we) are one verb and a time, and what the verb did comes
 * after them: "ruled Friday [against Ohio's procedure for removing voters ...]" says nothing
 * of what was ruled. */
static bool lone_verb_and_time(const precis_doc *d, const facts *f, uint32_t ws, uint32_t we) {
    size_t n = d->seg.n_tokens, v = doc_token_at(d, ws), after = doc_token_at(d, we);
    if (v + 1 >= n || after >= n || !in_timex(f, d->seg.tokens[v + 1].start))
        return false;
    for (size_t k = v + 1; k < after; k++)
        if (!in_timex(f, d->seg.tokens[k].start))
            return false;
    return d->seg.tokens[after].shape == SHAPE_LOWER &&
           (doc_tok_class(d, &d->lang->fact_words, after) & FW_COMPLEMENT) != 0;
}

/* True when token k ends in one "s" ("supporters", "grips"; not "press", "focus"): a plural
 * or a third person's verb, no bare infinitive. */
static bool plural_like_word(const precis_doc *d, size_t k) {
    return plural_s(d, k) && d->text[d->seg.tokens[k].end - 2] != 'u';
}

/* True when the event's words [ws, we) end on an infinitive ("to" and a verb, and maybe its
 * particle) whose complement or object comes right after them and carries the point: "backed
 * plans to write off [up to 100% of the debts ...]", "to focus [on preparing for ...]",
 * "urged to think [more about the environment ...]", "to try [and undo ...]". An infinitive
 * before a circumstance ("set to prosper [during ...]", "continued to rise [in November]")
 * is whole. */
static bool infinitive_cut(const precis_doc *d, uint32_t ws, uint32_t we) {
    size_t n = d->seg.n_tokens, after = doc_token_at(d, we), first = doc_token_at(d, ws);
    if (after >= n || after < first + 2)
        return false;
    size_t v = after - 1;
    if ((doc_tok_class(d, &d->lang->fact_words, v) & FW_PARTICLE) && v >= first + 2)
        v--;
    if (!doc_tok_is(d, v - 1, "to") || d->seg.tokens[v].kind != TOK_WORD || d->seg.tokens[v].shape != SHAPE_LOWER ||
        d->tok_stop[v] || d->seg.tokens[after].sentence != d->seg.tokens[v].sentence || plural_like_word(d, v))
        return false; /* (a plural after "to" is a preposition's noun: "apologised to supporters") */
    const token *t = &d->seg.tokens[after];
    if (t->kind == TOK_NUMBER || (doc_tok_class(d, &d->lang->fact_words, after) & FW_DETERMINER))
        return true;
    if (t->kind != TOK_WORD || t->shape != SHAPE_LOWER)
        return false;
    /* ("to try and undo": a second bare verb; not "not to shoot and begging ...", another item) */
    if (doc_tok_is(d, after, "and"))
        return after + 1 < n && d->seg.tokens[after + 1].kind == TOK_WORD &&
               d->seg.tokens[after + 1].shape == SHAPE_LOWER && !d->tok_stop[after + 1] &&
               !plural_like_word(d, after + 1) && !participle_word(d, after + 1);
    return doc_tok_is(d, after, "up") || doc_tok_is(d, after, "more") || doc_tok_is(d, after, "on") ||
           doc_tok_is(d, after, "about") || doc_tok_is(d, after, "with") || doc_tok_is(d, after, "off") ||
           doc_tok_is(d, after, "out");
}

/* True when the line's subject (the first span of br's line) holds a clause of its own: a
 * verb that is an event by itself, and "and" right after it. "Several people died and dozens
 * were injured after a tram derailed" gave "Several people died and dozens: injured". */
static bool subject_holds_a_clause(const precis_doc *d, const brief *br) {
    if (br->n_lead_spans == 0)
        return false;
    size_t k = doc_token_at(d, br->lead_spans[0].start), n = d->seg.n_tokens;
    for (; k + 1 < n && d->seg.tokens[k + 1].end <= br->lead_spans[0].end; k++)
        if (d->seg.tokens[k].shape == SHAPE_LOWER && brief_word(d, k, BW_COMPLETE_EVENT) && doc_tok_is(d, k + 1, "and"))
            return true;
    return false;
}

/* True when the line ends on a verb whose object, a pronoun, the line leaves out: "Derby County
 * season ticket holders might struggle to believe [it] but ..." gave "might struggle to
 * believe". With the pronoun it would say no more ("believe it": what?). */
static bool object_pronoun_cut(const precis_doc *d, uint32_t we) {
    size_t n = d->seg.n_tokens, after = doc_token_at(d, we);
    if (after == 0 || after >= n || !(doc_tok_is(d, after, "it") || doc_tok_is(d, after, "them")))
        return false;
    const token *last = &d->seg.tokens[after - 1];
    return last->kind == TOK_WORD && last->shape == SHAPE_LOWER && !d->tok_stop[after - 1];
}

/* The end of the event's words [ws, we) without a date they stop inside of: a day number
 * after a preposition, then "or", "and" or "to" ("will open the new pier [on 4] or 5
 * April"): cut before the preposition; else `we` as it was. */
static uint32_t without_cut_date(const precis_doc *d, uint32_t ws, uint32_t we) {
    size_t after = doc_token_at(d, we), n = d->seg.n_tokens;
    if (after < 3 || after + 1 >= n || d->seg.tokens[after - 1].kind != TOK_NUMBER ||
        d->seg.tokens[after - 1].end != we ||
        !(doc_tok_is(d, after, "or") || doc_tok_is(d, after, "and") || doc_tok_is(d, after, "to")) ||
        d->seg.tokens[after + 1].kind != TOK_NUMBER)
        return we;
    size_t prep = after - 2;
    if (!(doc_tok_is(d, prep, "on") || doc_tok_is(d, prep, "by") || doc_tok_is(d, prep, "from") ||
          doc_tok_is(d, prep, "between")) || d->seg.tokens[prep].start <= ws)
        return we;
    return d->seg.tokens[prep - 1].end;
}

/* True when the possessive token k has its noun left out of the line: a word or a
 * quotation follows it ("GOP's 'doom and despair'"), not the end of a clause with the noun
 * understood ("spread faster than last winter's."). */
static bool possessive_noun_follows(const precis_doc *d, size_t k) {
    return k + 1 < d->seg.n_tokens && d->seg.tokens[k].kind == TOK_POSSESSIVE &&
           (d->seg.tokens[k + 1].kind == TOK_WORD || (d->seg.tokens[k + 1].flags & TOKF_OPEN_QUOTE));
}

/* The end of the event's words [ws, we) with a possessive right after them whose noun is
 * understood ("than last winter['s]."); else `we` as it was. */
static uint32_t with_understood_possessive(const precis_doc *d, uint32_t we) {
    size_t after = doc_token_at(d, we);
    /* (tokenized copy spaces it off: "winter 's") */
    if (after < d->seg.n_tokens && d->seg.tokens[after].kind == TOK_POSSESSIVE && d->seg.tokens[after].start <= we + 1 &&
        !possessive_noun_follows(d, after))
        return d->seg.tokens[after].end;
    return we;
}

/* True when the event's words stop at a possessive, before or after it, whose noun they
 * leave out: the line would stop inside its object ("Obama: slams GOP's." of "Obama slams
 * GOP's 'doom and despair' on economy", "seek her party." of "seek her party's
 * gubernatorial nomination"). */
static bool object_cut_at_possessive(const precis_doc *d, uint32_t we) {
    size_t after = doc_token_at(d, we);
    if (after < d->seg.n_tokens && d->seg.tokens[after].kind == TOK_POSSESSIVE && d->seg.tokens[after].start <= we + 1)
        return true;
    return after > 0 && d->seg.tokens[after - 1].kind == TOK_POSSESSIVE && d->seg.tokens[after - 1].end == we &&
           possessive_noun_follows(d, after - 1);
}

/* The end of the event's words [ws, we) with the span of time a rank in them is counted
 * over, when it comes right after them: "for the first time[ since March 2003]", "suffered a
 * first-round defeat for the first time[ in four years]", "the first new treatment[ for a
 * decade]". Cut before it, the line says "ever" ("weakened for the first time"). The span is
 * a time expression (a duration, or any time after "since") that starts within two words of
 * "since", "in", "for" or "over" right after the words; else `we` as it was. */
/* True when a condition follows the event's words that end at byte we, in their sentence
 * (", subject to a medical", ", pending a work permit", "provided ...", ", if reports are to
 * be believed"): the line would state as done what the lede makes depend on it. */
static bool condition_after(const precis_doc *d, uint32_t we) {
    size_t n = d->seg.n_tokens, k = doc_token_at(d, we);
    if (k < n && doc_tok_is(d, k, ","))
        k++;
    if (k >= n || (k > 0 && d->seg.tokens[k].sentence != d->seg.tokens[k - 1].sentence))
        return false;
    return (k + 1 < n && doc_tok_is(d, k, "subject") && doc_tok_is(d, k + 1, "to")) || doc_tok_is(d, k, "pending") ||
           doc_tok_is(d, k, "provided") || doc_tok_is(d, k, "providing") || doc_tok_is(d, k, "if") ||
           doc_tok_is(d, k, "unless") || /* ", if reports are to be believed" */
           (k + 1 < n && doc_tok_is(d, k, "on") && doc_tok_is(d, k + 1, "condition"));
}

/* The end of the event's words [ws, we) without a clause of time or cause that the words
 * cut right after its verb ("killed [after Typhoon Rosing tore]" of "... tore across the
 * central Philippines"): the line ends before the conjunction, or is left as it was when
 * the clause is whole. */
static uint32_t without_cut_clause(const precis_doc *d, uint32_t ws, uint32_t we) {
    size_t n = d->seg.n_tokens, last = doc_token_at(d, we);
    if (last == 0 || last > n)
        return we;
    last--; /* the words' last token */
    /* (cut: the sentence goes on with the verb's object or phrase) */
    if (!past_form(d, last) || last + 1 >= n || d->seg.tokens[last + 1].kind != TOK_WORD ||
        d->seg.tokens[last + 1].sentence != d->seg.tokens[last].sentence)
        return we;
    for (size_t k = last; k-- > doc_token_at(d, ws) + 1;)
        if (d->seg.tokens[k].shape == SHAPE_LOWER &&
            (doc_tok_is(d, k, "after") || doc_tok_is(d, k, "before") || doc_tok_is(d, k, "when") ||
             doc_tok_is(d, k, "as") || doc_tok_is(d, k, "because") || doc_tok_is(d, k, "since")) &&
            k + 1 < last && d->seg.tokens[k + 1].kind == TOK_WORD &&
            (d->seg.tokens[k + 1].shape != SHAPE_LOWER ||
             (doc_tok_class(d, &d->lang->fact_words, k + 1) & FW_DETERMINER)))
            return d->seg.tokens[k - 1].end;
    return we;
}

/* The end of the event's words [.., we) with a phrase of succession right after them taken
 * in: "to win the cup three times [in a row]" is another record than "three times". */
static uint32_t with_succession(const precis_doc *d, uint32_t we) {
    size_t n = d->seg.n_tokens, k = doc_token_at(d, we);
    if (k + 1 < n && doc_tok_is(d, k, "in") && doc_tok_is(d, k + 1, "succession"))
        return d->seg.tokens[k + 1].end;
    if (k + 2 < n && ((doc_tok_is(d, k, "in") && doc_tok_is(d, k + 1, "a") && doc_tok_is(d, k + 2, "row")) ||
                      (doc_tok_is(d, k, "on") && doc_tok_is(d, k + 1, "the") && doc_tok_is(d, k + 2, "trot"))))
        return d->seg.tokens[k + 2].end;
    return we;
}

static uint32_t rank_scope_end(const precis_doc *d, const facts *f, uint32_t ws, uint32_t we) {
    size_t n = d->seg.n_tokens, after = doc_token_at(d, we);
    bool rank = false;
    for (size_t k = doc_token_at(d, ws); k < n && d->seg.tokens[k].end <= we && !rank; k++)
        rank = (doc_tok_class(d, &d->lang->fact_words, k) & FW_RANK) != 0;
    if (!rank || after >= n)
        return we;
    bool since = doc_tok_is(d, after, "since");
    if (!since && !doc_tok_is(d, after, "in") && !doc_tok_is(d, after, "for") && !doc_tok_is(d, after, "over"))
        return we;
    for (size_t i = 0; i < f->n_timexes; i++) {
        const timex *t = &f->timexes[i];
        size_t at = doc_token_at(d, (uint32_t)t->start);
        if (!(at > after && at <= after + 3 && (since || t->type == TIMEX_DURATION) &&
              d->seg.tokens[after].end <= (uint32_t)t->start))
            continue;
        /* (not one that qualifies a noun after it: "for the first time in their 121-year
         * history" is "ever") */
        size_t past = doc_token_at(d, (uint32_t)t->end);
        if (past < n && d->seg.tokens[past].start >= (uint32_t)t->end &&
            ((d->seg.tokens[past].kind == TOK_WORD && d->seg.tokens[past].shape == SHAPE_LOWER && !d->tok_stop[past]) ||
             d->seg.tokens[past].kind == TOK_POSSESSIVE))
            return we;
        return (uint32_t)t->end;
    }
    return we;
}

/* The end of the event's words [ws, we) with the clause of a participle that says what the
 * noun they end on holds (object_cut_from_content), when that clause ends within CONTENT_MAX
 * tokens at punctuation, a subordinate or joined clause, "by" or a time: "refuted claims[
 * suggesting he will rejoin Boca Juniors]" (before "in the summer by insisting ..."). `we`
 * when there is no such clause or it runs on. */
#define CONTENT_MAX 12
static bool object_cut_from_content(const precis_doc *d, uint32_t we);
static uint32_t content_clause_end(const precis_doc *d, const facts *f, uint32_t we) {
    if (!object_cut_from_content(d, we))
        return we;
    size_t n = d->seg.n_tokens, k = doc_token_at(d, we), j = k + 1;
    int32_t si = d->seg.tokens[k].sentence;
    for (; j < n && j <= k + CONTENT_MAX && d->seg.tokens[j].sentence == si; j++) {
        const token *t = &d->seg.tokens[j];
        if (t->flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE))
            return we; /* a quotation inside: the speaker's words, not to be cut */
        /* (a time the clause puts its verb at goes with it: "will rejoin Boca Juniors [in the
         * summer]"; a bare one ends it: "wanted to remain a peer [just a week before]") */
        if (in_timex(f, t->start) && j > k + 1 && (doc_tok_is(d, j - 1, "in") || doc_tok_is(d, j - 1, "on")) &&
            d->seg.tokens[j - 2].kind == TOK_WORD && !d->tok_stop[j - 2]) {
            while (j + 1 < n && in_timex(f, d->seg.tokens[j + 1].start))
                j++;
            continue;
        }
        if (t->kind == TOK_PUNCT || in_timex(f, t->start) || doc_tok_is(d, j, "by") ||
            (doc_tok_class(d, &d->lang->fact_words, j) & (FW_SUBORDINATOR | FW_CONJUNCTION)))
            break;
    }
    if (j > k + CONTENT_MAX || j >= n || d->seg.tokens[j].sentence != si)
        return we;
    /* (a clause ends on a word of content: "he wanted to remain a peer [just]") */
    while (j > k + 2 && d->tok_stop[j - 1])
        j--;
    return j > k + 2 ? d->seg.tokens[j - 1].end : we;
}

/* True when the event's words end on a noun whose content a participle right after them
 * says (brief.txt's content: "signed a letter [saying he wanted to remain a peer]",
 * "refuted claims [suggesting he will rejoin ...]"): the line would say only that there was
 * a letter, or claims. */
static bool object_cut_from_content(const precis_doc *d, uint32_t we) {
    size_t k = doc_token_at(d, we);
    if (k == 0 || k >= d->seg.n_tokens || d->seg.tokens[k].start < we)
        return false;
    const token *noun = &d->seg.tokens[k - 1];
    return noun->kind == TOK_WORD && noun->shape == SHAPE_LOWER && !d->tok_stop[k - 1] &&
           d->seg.tokens[k].shape == SHAPE_LOWER && brief_word(d, k, BW_CONTENT);
}

/* True when the event's words [ws, we) speak to the reader outside quotation marks ("Boat
 * collectors mark [your] calendars: ..."): advice or a teaser, not what happened. */
static bool speaks_to_reader(const precis_doc *d, uint32_t ws, uint32_t we) {
    int open = 0;
    for (size_t k = doc_token_at(d, ws); k < d->seg.n_tokens && d->seg.tokens[k].end <= we; k++) {
        const token *t = &d->seg.tokens[k];
        open += (t->flags & TOKF_OPEN_QUOTE) ? 1 : (t->flags & TOKF_CLOSE_QUOTE) && open > 0 ? -1 : 0;
        /* (reader words are function words: the stop-word flag first, the cue list after) */
        if (open == 0 && t->kind == TOK_WORD && t->shape == SHAPE_LOWER && d->tok_stop[k] &&
            boilerplate_reader_word(d, k)) /* not "the US" */
            return true;
    }
    return false;
}

/* True when the event's words [ws, we) hold a request ("called for", brief.txt's request
 * words) and the infinitive that says what is asked comes after them in the same clause:
 * "called for the doping charges[ against the Greek sprinter to be dropped]", "called for all
 * athletes found guilty[ on drugs charges to be treated as criminals]". Cut there, the line
 * says the opposite. ("calling for Donald Trump to be banned" holds its infinitive.) */
#define REQUEST_REACH 12 /* tokens after the line's words searched for the infinitive */
static bool request_cut(const precis_doc *d, uint32_t ws, uint32_t we) {
    size_t n = d->seg.n_tokens, after = doc_token_at(d, we);
    bool request = false;
    for (size_t k = doc_token_at(d, ws); k + 1 < n && d->seg.tokens[k + 1].end <= we && !request; k++)
        request = brief_word(d, k, BW_REQUEST) && doc_tok_is(d, k + 1, "for");
    if (!request)
        return false;
    for (size_t k = after; k + 1 < n && k < after + REQUEST_REACH; k++) {
        const token *t = &d->seg.tokens[k];
        if ((t->flags & TOKF_SENT_START) || t->kind == TOK_PUNCT)
            return false; /* the clause ends first */
        if (doc_tok_is(d, k, "to") && d->seg.tokens[k + 1].kind == TOK_WORD && d->seg.tokens[k + 1].shape == SHAPE_LOWER)
            return true;
    }
    return false;
}

/* True when the line ends on an article and one word before a comma that opens a list of
 * the words that describe the noun still to come: "President Obama made the safe[,
 * conventional, even boring choice for the Supreme Court]" would give "made the safe". The
 * list: one or two lower-case words, then another comma. "killed the man, police said" and
 * "met the president, the prime minister and ..." are no such list. */
static bool object_cut_in_a_list(const precis_doc *d, uint32_t we) {
    size_t n = d->seg.n_tokens, after = doc_token_at(d, we);
    if (after < 2 || after + 2 >= n || !doc_tok_is(d, after, ",") || d->seg.tokens[after - 1].kind != TOK_WORD ||
        d->seg.tokens[after - 1].shape != SHAPE_LOWER ||
        !(doc_tok_is(d, after - 2, "the") || doc_tok_is(d, after - 2, "a") || doc_tok_is(d, after - 2, "an")))
        return false;
    for (size_t k = after + 1; k < n && k <= after + 3; k++) {
        const token *t = &d->seg.tokens[k];
        if (doc_tok_is(d, k, ","))
            return k > after + 1;
        if (t->kind != TOK_WORD || t->shape != SHAPE_LOWER || d->tok_stop[k])
            return false;
    }
    return false;
}

/* True when the event's words [ws, we) hold a verb that takes a person and then a thing
 * (brief.txt's two_objects) and the thing comes after them, past a phrase of place:
 * "the former president gave a capacity crowd of about 700 [in Nashua Community College gym
 * a ruminative endorsement of Hillary Clinton]". The line would say he gave them the crowd. */
#define SECOND_OBJECT_REACH 8 /* tokens after the line within which the second object opens */
static bool second_object_cut(const precis_doc *d, uint32_t ws, uint32_t we) {
    size_t n = d->seg.n_tokens, after = doc_token_at(d, we), verb = n;
    for (size_t k = doc_token_at(d, ws); k < n && d->seg.tokens[k].end <= we; k++)
        if (d->seg.tokens[k].shape == SHAPE_LOWER && brief_word(d, k, BW_TWO_OBJECTS))
            verb = k;
    if (verb >= n || after >= n || !brief_word(d, after, BW_AT_PLACE))
        return false;
    for (size_t k = after + 1; k < n && k <= after + SECOND_OBJECT_REACH; k++) {
        const token *t = &d->seg.tokens[k];
        /* (a verb in the phrase makes the article its object's: "for [bribing] an official") */
        if (t->kind == TOK_PUNCT || t->sentence != d->seg.tokens[after].sentence || participle_word(d, k))
            return false;
        /* (an article after a content word opens a noun phrase of its own: "gym [a] ...") */
        if ((doc_tok_is(d, k, "a") || doc_tok_is(d, k, "an")) && !d->tok_stop[k - 1] &&
            d->seg.tokens[k - 1].kind == TOK_WORD)
            return true;
    }
    return false;
}

/* True when the event's words [ws, we) end on a time and the clause of their verb comes after
 * it: "The State Department acknowledged for the first time Friday [that "top secret"
 * information has been found ...]". The line would say only that something was
 * acknowledged. */
static bool clause_cut_after_time(const precis_doc *d, const facts *f, uint32_t ws, uint32_t we) {
    size_t n = d->seg.n_tokens, after = doc_token_at(d, we);
    bool timed = after > 0 && d->seg.tokens[after - 1].start >= ws && in_timex(f, d->seg.tokens[after - 1].start);
    /* (the line may stop before the time, which it then writes as its when) */
    while (after < n && in_timex(f, d->seg.tokens[after].start)) {
        timed = true;
        after++;
    }
    /* ("now that ..." opens a clause of its own) */
    const token *next = after + 1 < n ? &d->seg.tokens[after + 1] : NULL;
    return timed && next && doc_tok_is(d, after, "that") && !doc_tok_is(d, after - 1, "now") &&
           !(next->kind == TOK_PUNCT && !(next->flags & TOKF_OPEN_QUOTE)) &&
           d->seg.tokens[after].sentence == d->seg.tokens[doc_token_at(d, ws)].sentence;
}

/* True when the event's words [ws, we) hold a verb of saying and end on its listener, and
 * what was said comes after them as a quotation: "John Bolton told Breitbart News Daily host
 * Matt Boyle[, "Hillary's campaign slogan might as well be ..."]". The line would say only
 * that he spoke to someone. */
static bool object_cut_from_quotation(const precis_doc *d, uint32_t ws, uint32_t we) {
    size_t n = d->seg.n_tokens, after = doc_token_at(d, we);
    bool speech = false;
    for (size_t k = doc_token_at(d, ws); k < n && d->seg.tokens[k].end <= we; k++) {
        if (d->seg.tokens[k].flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE))
            return false; /* the line quotes what was said */
        speech |= d->seg.tokens[k].shape == SHAPE_LOWER && quotes_is_speech_verb(d, k);
    }
    return speech && after + 1 < n && (doc_tok_is(d, after, ",") || doc_tok_is(d, after, ":")) &&
           (d->seg.tokens[after + 1].flags & TOKF_OPEN_QUOTE) &&
           d->seg.tokens[after + 1].sentence == d->seg.tokens[after].sentence;
}

/* True when the event's words [ws, we) hold a verb that leaves its object in a state
 * (brief.txt's state_needs) and stop where that state begins: "A best man left guests at his
 * brother's wedding [in tears]", "left her [with no other choice]". The line would say that he
 * walked out on them. A time or a place after "in" is no state ("left office [in 2007]", "left
 * the car [in Leeds]"), nor is anything the line already holds after the verb. */
static bool object_cut_from_state(const precis_doc *d, const facts *f, uint32_t ws, uint32_t we) {
    size_t n = d->seg.n_tokens, verb = n;
    for (size_t k = doc_token_at(d, ws); k < n && d->seg.tokens[k].end <= we; k++)
        if (d->seg.tokens[k].shape == SHAPE_LOWER && brief_word(d, k, BW_STATE_NEEDS))
            verb = k;
        else if (verb < n && (doc_tok_is(d, k, "in") || doc_tok_is(d, k, "with") || doc_tok_is(d, k, "without")))
            verb = n; /* the state is in the line */
    size_t after = doc_token_at(d, we);
    if (verb >= n || after + 1 >= n || !(doc_tok_is(d, after, "in") || doc_tok_is(d, after, "with")) ||
        d->seg.tokens[after].start < we)
        return false;
    size_t next = after + 1 + (doc_tok_is(d, after + 1, "the") && after + 2 < n);
    uint32_t at = d->seg.tokens[next].start;
    for (size_t i = 0; i < f->n_timexes; i++)
        if ((uint32_t)f->timexes[i].start == d->seg.tokens[after + 1].start || (uint32_t)f->timexes[i].start == at)
            return false;
    for (size_t i = 0; i < f->ents.n_mentions; i++)
        if (f->ents.mentions[i].start == at && f->ents.mentions[i].type == NER_LOC)
            return false;
    return true;
}

/* The end of the event's words [ws, we) with what a naming verb in them calls its object,
 * when that is short and closes the clause: "describes White House transition talks with
 * Donald Trump[ as "excellent"]" (at most NAMED_AS_MAX words after "as", then punctuation);
 * else where they end (object_cut_from_name then drops a line cut before it). */
static uint32_t naming_complement(const precis_doc *d, uint32_t ws, uint32_t we) {
    size_t n = d->seg.n_tokens, k = doc_token_at(d, we);
    if (k >= n || d->seg.tokens[k].start < we || !doc_tok_is(d, k, "as"))
        return we;
    if (!class_word_before(d, ws, k, BW_NAMING))
        return we;
    size_t words = 0, j = k + 1;
    for (; j < n && d->seg.tokens[j].sentence == d->seg.tokens[k].sentence; j++) {
        const token *t = &d->seg.tokens[j];
        if (t->flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE))
            continue;
        if (t->kind == TOK_PUNCT)
            break;
        if (++words > NAMED_AS_MAX)
            return we;
    }
    if (words == 0)
        return we;
    while (j > k + 1 && d->seg.tokens[j - 1].kind == TOK_PUNCT && !(d->seg.tokens[j - 1].flags & TOKF_CLOSE_QUOTE))
        j--;
    return d->seg.tokens[j - 1].end;
}

/* True when the event's words [ws, we) hold a verb that names its object (brief.txt's
 * naming class) but not what it names, which comes right after them after "as" or in
 * quotation marks: "Henk Ten Cate has branded Chelsea's expected complaint to Uefa [as
 * "pathetic"]". Whatever the object, the line would say only that it was named. */
#define NAME_REACH 8 /* tokens after the line within which the name it cut off is looked for */
static bool object_cut_from_name(const precis_doc *d, uint32_t ws, uint32_t we) {
    size_t n = d->seg.n_tokens, verb = n;
    for (size_t k = doc_token_at(d, ws); k < n && d->seg.tokens[k].end <= we; k++)
        if (d->seg.tokens[k].shape == SHAPE_LOWER && brief_word(d, k, BW_NAMING) &&
            /* (not a passive: "has been called [a charlatan]" has the name right after it) */
            !(k > 0 && (doc_tok_is(d, k - 1, "been") || doc_tok_is(d, k - 1, "be") || doc_tok_is(d, k - 1, "being") ||
                        doc_tok_is(d, k - 1, "was") || doc_tok_is(d, k - 1, "were") || doc_tok_is(d, k - 1, "is") ||
                        doc_tok_is(d, k - 1, "are"))))
            verb = k;
        else if (verb < n && (doc_tok_is(d, k, "as") || (d->seg.tokens[k].flags & TOKF_OPEN_QUOTE)))
            verb = n; /* the name is in the line */
    if (verb >= n)
        return false;
    /* the name may come after a phrase of the object's ("the trust's plan [for the north
     * quay] as ..."); an "as" that opens a clause is no name ("painted a dire portrait [as
     * he] accepted the nomination") */
    for (size_t k = doc_token_at(d, we); k < n && k < doc_token_at(d, we) + NAME_REACH; k++) {
        const token *t = &d->seg.tokens[k];
        if (t->start < we)
            continue;
        if (t->flags & TOKF_OPEN_QUOTE)
            return true;
        if (doc_tok_is(d, k, "as"))
            return !(k + 1 < n && quotes_is_pronoun(d, k + 1));
        if (t->kind == TOK_PUNCT || (t->flags & TOKF_SENT_START))
            return false;
    }
    return false;
}

/* Leaves the brief without a line (the lede then opens it). */
static void drop_line(brief *br) {
    br->lead.len = 0;
    if (br->lead.data)
        br->lead.data[0] = '\0';
    br->n_lead_spans = 0;
}

/* The bytes of the closing quotation mark that ends the line so far, or 0. */
static size_t closing_quote_bytes(const buf *line) {
    size_t n = line->len;
    if (n >= 1 && (line->data[n - 1] == '"' || line->data[n - 1] == '\''))
        return 1;
    if (n >= 3 && memcmp(line->data + n - 3, "\xE2\x80\x9D", 3) == 0)
        return 3; /* ” */
    return 0;
}

/* Drops the comma before a closing quotation mark that ends the line so far: the comma
 * went on to the sentence the line leaves ('proposals are "negotiable,"', "calls the plan
 * 'reckless,'"). */
static void drop_comma_before_closing_quote(buf *line) {
    size_t n = line->len;
    size_t q = closing_quote_bytes(line);
    if (q && n > q && line->data[n - q - 1] == ',') {
        memmove(line->data + n - q - 1, line->data + n - q, q);
        line->len--;
        line->data[line->len] = '\0';
    }
}

/* The end of the what [ws, we) without a relative clause cut before its verb: "a series of
 * difficult decisions [that can]" (of "that can be summed up in ..."), "a plan [which will]":
 * the relative word and the verb group after it go. */
static uint32_t without_bare_relative(const precis_doc *d, uint32_t ws, uint32_t we) {
    size_t k = doc_token_at(d, we);
    size_t first = doc_token_at(d, ws);
    while (k > first + 1 && (doc_tok_class(d, &d->lang->fact_words, k - 1) & (FW_AUX | FW_MODAL)))
        k--;
    if (k < doc_token_at(d, we) && k > first + 1 && relative_word(d, k - 1)) {
        size_t c = k - 1;
        while (c > first && d->seg.tokens[c - 1].kind == TOK_PUNCT)
            c--;
        return d->seg.tokens[c - 1].end;
    }
    return we;
}

/* The end of the what [ws, we) without a participle that the line cut from its infinitive:
 * "shark fin soup exploiting a legal loophole [allowing people] (to bring ...)", "a pitch
 * for Britain's ethnic vote [urging people] (who feel ... to vote)". A word in -ing with one
 * object word and then "to" and a verb, or "who", opens a phrase about what comes before it,
 * which the line ends before; the line keeps at least two words. */
static uint32_t without_participle_before_infinitive(const precis_doc *d, uint32_t ws, uint32_t we) {
    size_t after = doc_token_at(d, we), first = doc_token_at(d, ws), n = d->seg.n_tokens;
    if (after + 1 >= n || after < first + 4)
        return we;
    /* (or a relative clause that the infinitive comes after: "urging people [who feel ...
     * to vote]") */
    bool infinitive = doc_tok_is(d, after, "to") && d->seg.tokens[after + 1].kind == TOK_WORD &&
                      d->seg.tokens[after + 1].shape == SHAPE_LOWER && !d->tok_stop[after + 1] &&
                      d->seg.tokens[after + 1].sentence == d->seg.tokens[after].sentence;
    if (!infinitive && !doc_tok_is(d, after, "who"))
        return we;
    size_t v = after - 2;
    const token *t = &d->seg.tokens[v];
    if (t->kind != TOK_WORD || t->shape != SHAPE_LOWER || t->end - t->start <= 4 ||
        memcmp(d->text + t->end - 3, "ing", 3) != 0 || d->tok_stop[after - 1] ||
        d->seg.tokens[after - 1].kind != TOK_WORD || d->seg.tokens[v - 1].kind != TOK_WORD || d->tok_stop[v - 1])
        return we;
    return d->seg.tokens[v - 1].end;
}

/* Drops the sentence's full stop when the what took it in at its end ("had reason to bask in
 * the sun."): the where or the when may follow, and close_line ends the line. */
static void drop_sentence_stop(buf *line, const precis_doc *d, uint32_t we) {
    size_t k = doc_token_at(d, we); /* the first token from we on: the one before ends the what */
    if (k == 0 || line->len < 2 || line->data[line->len - 1] != '.' || d->seg.tokens[k - 1].end != we)
        return;
    k--;
    /* the stop alone, or a word that took it as an abbreviation's ("sun." as "Sun."); not a
     * word with a stop of its own inside ("a.m.", "U.S.") */
    const token *t = &d->seg.tokens[k];
    const char *first_dot = memchr(d->text + t->start, '.', t->end - t->start);
    if (doc_tok_is(d, k, ".") || (t->kind == TOK_WORD && first_dot == d->text + t->end - 1 &&
                                  islower((unsigned char)d->text[t->start])))
        line->data[--line->len] = '\0';
}

/* Ends the line with a full stop: not a second one after an abbreviation ("U.S."), and not
 * after a comma that a closing quotation mark follows. */
static void close_line(buf *line) {
    size_t n = line->len;
    if (n && (line->data[n - 1] == '.' || line->data[n - 1] == '!' || line->data[n - 1] == '?'))
        return;
    /* (nor after one inside a closing quotation mark: '... democratic reform."') */
    size_t q = closing_quote_bytes(line);
    if (q && n > q && (line->data[n - q - 1] == '.' || line->data[n - q - 1] == '!' || line->data[n - q - 1] == '?'))
        return;
    drop_comma_before_closing_quote(line);
    buf_putc(line, '.');
}

/* The lead line, the fact line of the story: "Vladimir Putin (Russian President) and Kim
 * Jong-un (North Korean leader): first ever summit, Vladivostok, Russia, Thursday." Who and
 * what must both come from the story's opening, where the article states its main event:
 * the headline's subject and predicate ("Taliban: attacks German consulate"), else the
 * clause facts.c read from the lede (or, after a lede that only sets a scene, from the
 * sentence that states the event): its subject's name or short description and its
 * predicate, or its event noun with its modifiers ("first ever summit"). Only when no
 * sentence reads as a clause, the lede's lead verb phrase with the name that opens the lede
 * or its subject group. A lone verb ("warned", "pictured") or noun ("talks" of "warned that
 * the talks could fail") says too little, or the wrong thing, to stand as the what.
 * Where and when are added when the opening names them (a place after a preposition or in
 * a dateline; a day or a time that is not background). Without both who and what the lede
 * itself opens the brief: an actor or an event found further down would mislead. */
/* True when one of the line's spans so far overlaps bytes [s, e). */
static bool line_holds(const brief *br, uint32_t s, uint32_t e) {
    for (size_t i = 0; i < br->n_lead_spans; i++)
        if (br->lead_spans[i].start < e && br->lead_spans[i].end > s)
            return true;
    return false;
}

static void build_lead(brief *br, const precis_doc *d, bool room, int32_t lede) {
    const facts *f = d->facts;
    buf_init(&br->lead);
    br->n_lead_spans = 0;
    if (!f || lede < 0 || !room)
        return;
    int32_t head = f->what.headline;
    /* the sentence the clause comes from: the lede, or one after it when the lede sets a scene */
    int32_t cl = f->what.clause_sentence >= 0 ? f->what.clause_sentence : lede;
    uint32_t ws = 0, we = 0;
    int32_t people[LEAD_PEOPLE];
    size_t np = 0;
    bool group = false;
    bool described = false; /* the one actor is the clause subject's referent */
    uint32_t left_out_start = 0, left_out_end = 0; /* words of the subject the line leaves out */
    if (f->what.phrase_end && words_in(d, f->what.phrase_start, f->what.phrase_end) >= 2) {
        for (size_t k = 0; k < f->ents.n_mentions && np < LEAD_PEOPLE; k++) {
            const ner_mention *m = &f->ents.mentions[k];
            /* (the name that ends the subject: "Essequibo hunter found dead" names a hunter) */
            if (m->start >= f->what.subject_start && m->end <= f->what.subject_end && m->entity >= 0 &&
                !name_qualifies(d, m, f->what.subject_end) &&
                !(m->flags & NERM_DEMONYM) && (m->type == NER_PER || m->type == NER_ORG) &&
                (np == 0 || people[np - 1] != m->entity))
                people[np++] = m->entity;
        }
        ws = f->what.phrase_start;
        we = f->what.phrase_end;
    }
    /* the lede read as subject and predicate: its named subject, else the subject itself
     * when it is a short description ("Three more political parties", "A pub landlord") */
    if (np == 0 && f->what.clause_predicate_end &&
        (words_in(d, f->what.clause_head_start, f->what.clause_predicate_end) >= 2 || f->what.clause_whole ||
         complete_event(d, doc_token_at(d, f->what.clause_head_start)) || negated_predicate(d, f) ||
         passive_event(d, f) || amount_predicate(d, f))) {
        np = subject_actors(d, f, cl, people);
        bool well = true;
        for (size_t i = 0; i < np; i++)
            well &= f->ents.entities[people[i]].type != NER_PER || well_named(d, f, people[i]);
        /* a name the recogniser is unsure of ("Telecoms equipment supplier Ericsson") leads
         * as the subject phrase that describes it, when that is short */
        if (!well)
            np = 0;
        /* "An Air Force veteran and former Playboy model was arrested ... Michelle Manhart,
         * 38, was handcuffed": the person the description stands for leads, with the
         * description for a role */
        if (np == 0 && f->what.clause_referent >= 0) {
            people[np++] = f->what.clause_referent;
            described = true;
        }
        /* a description leads from the lede; further down, "The figure", "Their final aim"
         * lean on what came before, but one with an indefinite article does not ("A Chinese
         * team took a kite ...", after a lede that sets the scene), nor does a plural alone
         * ("Bloggers have been offering snapshots ...") */
        size_t sf = doc_token_at(d, f->what.clause_subject_start);
        const token *ft = &d->seg.tokens[sf];
        /* (alone, or with a phrase after it: "Students at a private Catholic high school in
         * Merrillville, Indiana, last week displayed ...", after a question) */
        bool bare_plural = (ft->end == f->what.clause_subject_end ||
                            (sf + 1 < d->seg.n_tokens && d->seg.tokens[sf + 1].end <= f->what.clause_subject_end &&
                             brief_word(d, sf + 1, BW_AT_PLACE))) &&
                           !d->tok_stop[sf] && ft->kind == TOK_WORD && plural_s(d, sf) && !in_mention(f, ft->start);
        /* (and so does a mass noun of a few plain words with no article: "Physical activity
         * can increase grey matter in the brain", after a lede that sets a scene) */
        bool bare_phrase = !in_mention(f, ft->start);
        size_t bare_words = 0;
        for (size_t k = sf; bare_phrase && k < d->seg.n_tokens && d->seg.tokens[k].end <= f->what.clause_subject_end; k++) {
            const token *t = &d->seg.tokens[k];
            bare_phrase = t->kind == TOK_WORD && !d->tok_stop[k] && (k == sf || t->shape == SHAPE_LOWER) &&
                          !in_mention(f, t->start) && ++bare_words <= BARE_SUBJECT_WORDS_MAX;
        }
        /* (a mass noun: a plural with words before it, "Likely voters given the choice", is
         * as often a part of the crowd the story is about; nor a count: "Six thousand
         * people") */
        bare_phrase &= bare_words >= 2 && !plural_s(d, sf + bare_words - 1) && !doc_tok_is(d, sf + bare_words - 1, "people") &&
                       !(doc_tok_class(d, &d->lang->fact_words, sf) & FW_NUMBER_WORD);
        bool indefinite = doc_tok_is(d, sf, "a") || doc_tok_is(d, sf, "an") || bare_plural || bare_phrase;
        /* (after a title the sentence that follows is the story's lede; and a subject that
         * describes a person and names them leans on nothing before it: "Belgian food
         * blogger Yves Van De Ven", after a lede that sets a scene) */
        bool names_person = false;
        for (size_t k = 0; k < f->ents.n_mentions && !names_person; k++)
            names_person = f->ents.mentions[k].type == NER_PER && f->ents.mentions[k].start > f->what.clause_subject_start &&
                           f->ents.mentions[k].end == f->what.clause_subject_end;
        if (np == 0 && (cl == lede || indefinite || names_person || (f->what.lede_is_title && cl == lede + 1))) {
            /* "Shares in Borussia Dortmund" rather than the whole "Shares in struggling German
             * football club Borussia Dortmund" */
            uint32_t se = 0, he = 0, ns = 0;
            /* (a place is no actor: "Mobile phones in UK" would say the where twice; a place
             * name only after the plain description fails) */
            bool named = named_subject(d, f, true, &he, &ns);
            if (!named && (se = plain_subject_end(d, f)) != 0) {
                lead_span(br, d, f->what.clause_subject_start, se);
                group = true;
            } else if (named || named_subject(d, f, false, &he, &ns)) {
                left_out_start = he;
                left_out_end = ns;
                lead_span(br, d, f->what.clause_subject_start, he);
                buf_putc(&br->lead, ' ');
                lead_span(br, d, ns, f->what.clause_subject_end);
                group = true;
            } else if ((se = short_whole_subject(d, f)) != 0) {
                lead_span(br, d, f->what.clause_subject_start, se);
                group = true;
            }
        }
        if (np || group) {
            /* the lede's event noun with its telling modifiers names the event as a headline
             * would ("first ever summit" rather than "vowed to seek closer ties"), unless the
             * predicate holds it with its verb ("ended a nine-day strike") */
            bool noun = f->what.sentence == cl && f->what.noun_end &&
                        words_in(d, f->what.noun_start, f->what.noun_end) >= 2 &&
                        !(f->what.noun_start >= f->what.clause_predicate_start &&
                          f->what.noun_end <= f->what.clause_predicate_end) &&
                        !in_attribution(d, f->what.clause_predicate_end, f->what.noun_start) &&
                        event_setting(d, f->what.noun_start);
            ws = noun ? f->what.noun_start : f->what.clause_predicate_start;
            we = noun ? f->what.noun_end : f->what.clause_predicate_end;
        }
    }
    if (np == 0 && !group && !f->what.clause_predicate_end && !f->what.clause_refused) {
        /* the lede's event noun with its telling modifiers ("first ever summit") names the
         * event as a headline would; else the lede's lead verb phrase ("vowed to seek closer
         * ties") */
        uint32_t vs = f->what.lede_verb_end ? f->what.lede_verb_start : 0;
        if (f->what.sentence == lede && f->what.noun_end && words_in(d, f->what.noun_start, f->what.noun_end) >= 2) {
            ws = f->what.noun_start;
            we = f->what.noun_end;
        } else if (vs && (words_in(d, vs, f->what.lede_verb_end) >= 2 || counted_group(d, f))) {
            ws = vs; /* a lone verb says enough after a count: "At least 37 people: killed" */
            we = f->what.lede_verb_end;
        } else {
            return;
        }
        /* the actors are those of the sentence's verb when there is one */
        np = actors_before(d, f, lede, vs ? vs : ws, people);
        /* the verb phrase as the line would state it must be the sentence's: not after a
         * modal or a negation the phrase leaves out ("would have [revealed]", "is not very
         * large, but it is indeed diverse"), nor after "but" (another clause's verb) */
        if (vs)
            for (size_t k = d->seg.sentences[lede].tok_start; k < d->seg.n_tokens && d->seg.tokens[k].start < vs; k++)
                if (facts_negation(d, k) || (doc_tok_class(d, &d->lang->fact_words, k) & (FW_MODAL | FW_SUBORDINATOR)) ||
                    doc_tok_is(d, k, "would"))
                    return;
        /* ... nor one whose clause it leaves out ("seemed to imply [that ...]") */
        size_t after_phrase = vs ? doc_token_at(d, f->what.lede_verb_end) : d->seg.n_tokens;
        if (after_phrase < d->seg.n_tokens && doc_tok_is(d, after_phrase, "that"))
            return;
        /* ... nor one whose object goes on after a time ("got a taste [Wednesday night] of
         * where ...") */
        for (size_t i = 0; i < f->n_timexes && after_phrase < d->seg.n_tokens; i++)
            if ((uint32_t)f->timexes[i].start == d->seg.tokens[after_phrase].start) {
                size_t past = doc_token_at(d, (uint32_t)f->timexes[i].end);
                if (past < d->seg.n_tokens && doc_tok_is(d, past, "of"))
                    return;
            }
        /* no one named: the group the lede makes its subject ("Dock workers: walked off
         * the job") */
        /* (not when a conjunction comes between them: "Most people give up chocolate for
         * Lent but one businesswoman decided ...", "Dozens of fishermen plan a march after
         * the board raised fees": the verb is another clause's) */
        bool joined = false;
        for (size_t k = doc_token_at(d, f->what.group_end); vs && k < d->seg.n_tokens && d->seg.tokens[k].start < vs && !joined; k++)
            joined = (doc_tok_class(d, &d->lang->fact_words, k) & (FW_SUBORDINATOR | FW_CONJUNCTION)) != 0;
        if (np == 0 && f->what.group_end && vs && ws == vs && !joined) {
            lead_span(br, d, f->what.group_start, f->what.group_end);
            group = true;
        }
        /* a person the recogniser is not sure of (no role, never shortened) does not lead,
         * nor one named after the lede's first words ("Reports that Tony Blair is planning
         * ...", "Crowds ... after the Ivy nightclub played"): the lede's subject is another */
        for (size_t i = 0; i < np; i++)
            if ((f->ents.entities[people[i]].type == NER_PER && !well_named(d, f, people[i])) ||
                !opens_sentence(d, f, lede, people[i]))
                return;
    }
    if ((np == 0 && !group) || !we)
        return;
    we = quotation_closed(d, ws, noun_after_name(d, f, quoted_object(d, ws, we)));
    we = naming_complement(d, ws, we);
    we = without_bare_relative(d, ws, we);
    if (we <= ws) {
        drop_line(br);
        return;
    }
    /* (an object's complement or state cut off is taken in when it is short: the line then
     * says it, "left guests at his brother's wedding [in tears]") */
    uint32_t complement_end = object_cut_from_complement(d, f, ws, we) ? object_complement_end(d, f, we)
                              : object_cut_from_state(d, f, ws, we) ? phrase_after_end(d, f, doc_token_at(d, we), false)
                                                                    : 0;
    if (complement_end)
        we = complement_end;
    we = noun_phrase_end(d, f, ws, we);
    if (we)
        we = blamed_one_end(d, f, ws, we);
    if (!we) {
        drop_line(br);
        return;
    }
    we = rank_scope_end(d, f, ws, we);
    we = content_clause_end(d, f, we);
    we = with_succession(d, we);
    we = without_cut_clause(d, ws, we);
    we = with_understood_possessive(d, we);
    we = without_cut_date(d, ws, we);
    if (object_cut_from_complement(d, f, ws, we) || object_cut_from_state(d, f, ws, we) ||
        object_cut_from_name(d, ws, we) || object_cut_by_aside(d, we) || object_cut_by_relative(d, we) ||
        lone_verb_and_time(d, f, ws, we) || infinitive_cut(d, ws, we) ||
        object_cut_in_a_list(d, we) ||
        object_pronoun_cut(d, we) || object_cut_at_possessive(d, we) || subject_holds_a_clause(d, br) ||
        request_cut(d, ws, we) || condition_after(d, we) || speaks_to_reader(d, ws, we) ||
        object_cut_from_content(d, we) ||
        object_cut_from_quotation(d, ws, we) ||
        clause_cut_after_time(d, f, ws, we) || second_object_cut(d, ws, we)) {
        drop_line(br);
        return;
    }
    /* (after the checks above, which read the words after the line's end as the cut left
     * them: a line that ends before a participle's phrase is cut there on purpose) */
    we = without_participle_before_infinitive(d, ws, we);
    for (size_t i = 0; i < np; i++) {
        const ner_entity *e = &f->ents.entities[people[i]];
        if (i)
            buf_puts(&br->lead, " and ");
        /* the name as written at its longest mention, not one that opens with a function
         * word the recogniser glued to it ("Although Wal-Mart") when there is another */
        /* (an organisation's longer mention ends as the name the opening uses: not "Apple
         * Insider", a website, for "Apple", nor "Next Directory", its catalogue, for "Next"; a
         * person's full name is longer at its start: "Mick Schumacher" for "Mick") */
        const ner_mention *own = NULL;
        for (size_t k = 0; k < f->ents.n_mentions && !own && e->type != NER_PER; k++)
            if (f->ents.mentions[k].entity == people[i] && !(f->ents.mentions[k].flags & NERM_DEMONYM) &&
                (f->ents.mentions[k].sentence == cl || f->ents.mentions[k].sentence == lede))
                own = &f->ents.mentions[k];
        /* (a person's longer mention that adds words after the opening's name is its full
         * name when the opening's name is a given name or the added last word names the
         * person alone too: "Mick" -> "Mick Schumacher" with "Schumacher" further down; not
         * "Diageo Chateau", its wine arm, for "Diageo" the tagger took for a person) */
        const ner_mention *opening = NULL;
        for (size_t k = 0; k < f->ents.n_mentions && !opening && e->type == NER_PER; k++)
            if (f->ents.mentions[k].entity == people[i] && !(f->ents.mentions[k].flags & NERM_DEMONYM) &&
                (f->ents.mentions[k].sentence == cl || f->ents.mentions[k].sentence == lede))
                opening = &f->ents.mentions[k];
        const ner_mention *m = NULL;
        for (int pass = 0; pass < 2 && !m; pass++)
            for (size_t k = 0; k < f->ents.n_mentions; k++) {
                const ner_mention *c = &f->ents.mentions[k];
                if (c->entity == people[i] && !(c->flags & NERM_DEMONYM) && (pass || !d->tok_stop[c->tok_start] || doc_tok_is(d, c->tok_start, "the")) &&
                    (!m || c->end - c->start > m->end - m->start) && (!own || same_last_word(d, c, own)) &&
                    (!opening || !extends_past_opening(d, f, c, opening)))
                    m = c;
            }
        /* "Prince Charles", not "Charles (Prince)": a title the person is called by comes
         * first, as one span when it stands right before the name */
        bool styled = entities_styled_role(d, e);
        bool joined = styled && m && e->role_end < m->start && doc_token_at(d, e->role_end) == m->tok_start;
        if (styled && !joined) {
            lead_span(br, d, e->role_start, e->role_end);
            buf_putc(&br->lead, ' ');
        }
        /* "Lord Janner signed a letter ... his son Daniel Janner": when the sentence names the
         * person by an honorific and a surname, and the full name comes only after it, the
         * line names the person as the sentence does (the full name may be a relative's) */
        uint32_t hs = 0, he = 0;
        if (m && !joined && honorific_surname(d, f, people[i], cl, m, &hs, &he))
            lead_span(br, d, hs, he);
        else if (m)
            lead_span(br, d, joined ? e->role_start : m->start, m->end);
        if (e->has_role && !styled) {
            buf_puts(&br->lead, " (");
            size_t at = br->lead.len;
            lead_span(br, d, e->role_start, e->role_end);
            entities_role_case(d, &f->ents, e, &br->lead, at); /* "Pete Doherty (singer)" */
            buf_putc(&br->lead, ')');
        } else if (described) {
            uint32_t rs = 0, re = 0;
            if (description_role(d, f, &rs, &re)) {
                buf_puts(&br->lead, " (");
                lead_span(br, d, rs, re);
                buf_putc(&br->lead, ')');
            }
        }
    }
    buf_puts(&br->lead, ": ");
    /* "A 14-year-old girl: allegedly conspired with ...": a hedge between the subject and
     * the predicate stays with the predicate */
    if (f->what.clause_predicate_end && ws == f->what.clause_predicate_start) {
        size_t h = hedge_before(d, f->what.clause_subject_end, ws);
        if (h < d->seg.n_tokens) {
            lead_span(br, d, d->seg.tokens[h].start, d->seg.tokens[h].end);
            buf_putc(&br->lead, ' ');
        }
    }
    lead_span_asides_out(br, d, ws, we);
    drop_comma_before_closing_quote(&br->lead); /* the where or the when may follow */
    drop_sentence_stop(&br->lead, d, we);
    /* "... during their first ever summit. The meeting took place in Vladivostok, Russia.":
     * a sentence that goes on about the event by its noun tells its place and time too */
    int32_t sequel = event_sequel(d, cl);
    const timex *when = line_when(d, f, lede, cl, head, ws, we);
    if (!when && sequel >= 0)
        when = line_when(d, f, sequel, sequel, -1, ws, we);
    /* where: the slot's first place that the opening names ("Russian" and "North Korean
     * leader" name no place) as where something happens: after a preposition ("in the
     * central Philippines", "at Wembley") or in the dateline ("LISBON (Reuters) -"); a place
     * named only in passing ("South Korea and Japan denied", "its London rival") or further
     * down is too often another event's */
    /* "felt over the border in India", "a TV sensation in the Philippines": a what that
     * puts the event at a place says where; another place after it would be a second where
     * or the same one twice */
    /* (a place the clause's description stands for says where: "Wellington (quaint capital
     * city): put on ..."; a team named by its country still takes its venue) */
    bool placed = described && np == 1 && f->ents.entities[people[0]].type == NER_LOC;
    for (size_t k = 0; k < f->ents.n_mentions && !placed; k++) {
        const ner_mention *m = &f->ents.mentions[k];
        uint32_t from = m->tok_start > 0 && doc_tok_is(d, m->tok_start - 1, "the") ? m->tok_start - 1 : m->tok_start;
        placed = m->type == NER_LOC && m->entity >= 0 && !(m->flags & NERM_DEMONYM) && m->start >= ws &&
                 m->end <= we && facts_place_introduced(d, from, m->tok_end);
    }
    for (size_t i = 0; i < f->n_where && !placed; i++) {
        const fact_place *p = &f->where[i];
        bool opening = place_named_in(d, f, p->entity, lede) || place_named_in(d, f, p->entity, cl) ||
                       (head >= 0 && place_named_in(d, f, p->entity, head));
        bool at_event = opening && place_at_event(d, f, p->entity, lede, cl, head, we, when);
        if (!at_event && sequel >= 0 && place_named_in(d, f, p->entity, sequel))
            at_event = place_at_event(d, f, p->entity, sequel, sequel, -1, 0, when);
        if (!at_event)
            continue;
        if (p->start < we && p->end > ws)
            continue; /* "returned to France": the what says it already */
        /* "Anna Keaveney, who appeared in Brookside, ..., has died": a place named only in an
         * aside between the subject and its verb is the subject's background */
        size_t in_aside = 0, in_opening = 0;
        for (size_t m = 0; m < f->ents.n_mentions && f->what.clause_predicate_end; m++) {
            const ner_mention *pm = &f->ents.mentions[m];
            if (pm->entity != p->entity || (pm->flags & NERM_DEMONYM) ||
                !(pm->sentence == lede || pm->sentence == cl || (head >= 0 && pm->sentence == head)))
                continue;
            in_opening++;
            in_aside += pm->sentence == cl && pm->start >= f->what.clause_subject_end &&
                        pm->end <= f->what.clause_head_start;
        }
        if (in_opening && in_aside == in_opening)
            continue;
        /* "Greece: denied ...", "Police in Maryland: issued a warrant": the who says it */
        bool in_who = false;
        for (size_t j = 0; j < np && !in_who; j++)
            in_who = people[j] == p->entity;
        /* (and a place in the words the line left out of the subject: "Shares in [US phone
         * company] MCI") */
        for (size_t m = 0; m < f->ents.n_mentions && group && !in_who; m++) {
            const ner_mention *pm = &f->ents.mentions[m];
            in_who = pm->entity == p->entity &&
                     ((pm->start >= br->lead_spans[0].start && pm->end <= br->lead_spans[0].end) ||
                      (pm->start >= left_out_start && pm->end <= left_out_end));
        }
        if (in_who)
            break;
        /* the mention in the opening, when the slot's evidence is elsewhere */
        uint32_t ps = p->start, pe = p->end;
        if (!span_in(d, ps, pe, lede) && !span_in(d, ps, pe, cl) && !span_in(d, ps, pe, head) &&
            !span_in(d, ps, pe, sequel))
            for (size_t m = 0; m < f->ents.n_mentions; m++)
                if (f->ents.mentions[m].entity == p->entity &&
                    !(f->ents.mentions[m].flags & (NERM_DEMONYM | NERM_IN_ROLE)) &&
                    (f->ents.mentions[m].sentence == lede || f->ents.mentions[m].sentence == cl ||
                     f->ents.mentions[m].sentence == head || (sequel >= 0 && f->ents.mentions[m].sentence == sequel))) {
                    ps = f->ents.mentions[m].start;
                    pe = f->ents.mentions[m].end;
                    break;
                }
        buf_puts(&br->lead, ", ");
        lead_place_span(br, d, ps, pe);
        if (p->container >= 0 && ps == p->start) {
            buf_puts(&br->lead, ", ");
            lead_place_span(br, d, p->cstart, p->cend);
        }
        break;
    }
    /* (a day the sentence's closing attribution holds goes with it: "..., Sen. Lindsey Graham
     * told The Huffington Post on Thursday", not "..., Thursday, told The Huffington Post") */
    /* (unless the line holds the attribution already, as its who: "Ann Kerr: calls ..., Monday"
     * of "..., Mayor Ann Kerr told the council on Monday") */
    uint32_t ts = 0, te = 0;
    bool tail = attribution_tail(d, cl, &ts, &te);
    /* "According to X, ..." before the claim goes after it, as a tail does; a source too long
     * for a tail makes no line (the lede says it whole) */
    bool fronted = !tail && f->what.clause_predicate_end &&
                   fronted_attribution(d, cl, f->what.clause_subject_start, &ts, &te);
    if (fronted && !line_holds(br, ts, te) && words_in(d, ts, te) > ACCORDING_TAIL_MAX) {
        drop_line(br);
        return;
    }
    tail |= fronted;
    if (when && tail && (uint32_t)when->start >= ts && (uint32_t)when->end <= te && !line_holds(br, ts, te))
        when = NULL;
    if (when) {
        buf_puts(&br->lead, ", ");
        size_t from = br->lead.len;
        lead_span(br, d, (uint32_t)when->start, (uint32_t)when->end);
        /* "Last week, Eric Trump said ...": a time that opens its sentence is written as it
         * is inside one ("..., last week"); a day or a month keeps its capital */
        static const char *const lower_openers[] = {"last", "this", "next", "earlier", "later", "today", "yesterday",
                                                    "tonight", "tomorrow"};
        size_t first = doc_token_at(d, (uint32_t)when->start);
        bool opens = first < d->seg.n_tokens && (d->seg.tokens[first].flags & TOKF_SENT_START) &&
                     d->seg.tokens[first].shape == SHAPE_CAPITAL && br->lead.len > from;
        for (size_t w = 0; opens && w < sizeof lower_openers / sizeof *lower_openers; w++)
            if (doc_tok_is(d, first, lower_openers[w])) {
                br->lead.data[from] = (char)tolower((unsigned char)br->lead.data[from]);
                break;
            }
    }
    /* "Hillary Clinton won the primary, the Associated Press declared": a claim made on
     * someone's word keeps that word in the line (#12), as the sentence sets it off by commas
     * or as the source and its verb; a claim on a word the line cannot carry ("reportedly")
     * makes no line: the brief's lede keeps the sentence whole. The lede's word counts too
     * when the line takes its words from the headline that restates it ("Ted Cruz wins
     * Wisconsin primary" over "Ted Cruz has won ..., according to three television networks") */
    const source *by = line_attribution(f, cl, ws, we);
    if (!by && f->what.clause_predicate_end)
        by = line_attribution(f, lede, f->what.clause_predicate_start, f->what.clause_predicate_end);
    /* (the lede's tail credits the lede's claim: a line read from a later sentence, after a
     * lede that set the scene, is not what the lede's source said: "There is serious
     * concern ..., Roger Stone stated." then "Stone was speaking in an interview ...") */
    bool from_headline = f->what.phrase_end && ws == f->what.phrase_start;
    tail = tail || (cl != lede && from_headline && attribution_tail(d, lede, &ts, &te));
    uint32_t bs = by ? (by->start < by->cue_start ? by->start : by->cue_start) : 0;
    uint32_t be = by ? (by->end > by->cue_end ? by->end : by->cue_end) : 0;
    /* the line already holds it when its who is the one who said it ("Lee Clark: admitted
     * Blackpool face a challenge" from "Blackpool face ..., Lee Clark admitted") */
    /* (a tail is a source of its own: "Tomas Reyes told investigators he was advised ..., the
     * Harbour Times reported" holds Reyes, the teller, but not the paper that reported it) */
    bool held = tail ? line_holds(br, ts, te) : be > bs && line_holds(br, bs, be);
    /* (the line's who is the source, named in the headline the line's words come from: "The
     * International Monetary Fund announced Tuesday that it is lowering ..." under
     * "International Monetary Fund slashes ...") */
    for (size_t k = 0; k < f->ents.n_mentions && !tail && by && !held; k++) {
        const ner_mention *m = &f->ents.mentions[k];
        for (size_t i = 0; i < np && m->start >= by->start && m->end <= by->end && !held; i++)
            held = m->entity == people[i];
    }
    if (!held && !tail && by) {
        /* a source and its verb read as one ("the agency reported"), not a name alone */
        if (tail_attribution(d, doc_token_at(d, bs), doc_token_at(d, be - 1) + 1)) {
            ts = bs;
            te = be;
        } else if (!by->named) {
            drop_line(br);
            return;
        }
    }
    /* "... has left the health sector in the besieged coastal enclave in a state of ...
     * collapse, [according to an investigation by +972 Magazine and The Intercept]": a
     * source the line cannot carry (too long for a tail) leaves the claim unsourced */
    if (!held && te <= ts && !by && uncarried_attribution(d, cl, we)) {
        drop_line(br);
        return;
    }
    if (!held && te > ts) {
        buf_puts(&br->lead, ", ");
        size_t at = br->lead.len;
        lead_span(br, d, ts, te);
        if (fronted && br->lead.len > at) /* ("According" opened the sentence) */
            br->lead.data[at] = (char)tolower((unsigned char)br->lead.data[at]);
    }
    close_line(&br->lead);
    /* the line opens a paragraph: "Jurors: found Dzhokhar Tsarnaev guilty", read from "...,
     * jurors found ..." (its spans still point at the words as written) */
    if (br->lead.len && br->lead.data[0] >= 'a' && br->lead.data[0] <= 'z')
        br->lead.data[0] = (char)(br->lead.data[0] - 'a' + 'A');
}

/* True when sentence i ends like a sentence (. ! ? before closing quotes or brackets):
 * headlines, labels and captions without one are not brief material. */
static bool terminated(const precis_doc *d, size_t i) {
    int c = doc_sentence_final(d, i);
    return c == '.' || c == '!' || c == '?';
}

/* True when sentence i is a list or a heading, no sentence of the story: no word in lower
 * case of four letters or more, and fewer than a quarter of its words in lower case at all:
 * a team's line-up ("Man City: James, Mills, Dunne, ..."), a results table's row ("Max
 * Verstappen Toro Rosso - Renault 1:38.393 14 ."), a heading in capitals or in title case
 * ("Declared 2016 Presidential Candidates."), a credit ("©2015 The Hollywood Reporter.").
 * German capitalises its nouns, but its short function words are in lower case: "Auf den
 * 3000 Metern gab es bei den Männern ein Berliner Podest." is a sentence. */
#define LIST_ROW_WORD_MIN 4
static bool list_row(const precis_doc *d, size_t i) {
    const sentence *s = &d->seg.sentences[i];
    size_t words = 0, lower = 0;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        const token *t = &d->seg.tokens[k];
        if (t->kind != TOK_WORD)
            continue;
        words++;
        if (t->shape == SHAPE_LOWER) {
            if (t->end - t->start >= LIST_ROW_WORD_MIN)
                return false;
            lower++;
        }
    }
    return lower * 4 < words;
}

/* True when the text before byte `at`, past spaces, is a straight quotation mark that
 * follows a sentence's end (". '"). */
static bool straight_mark_before(const precis_doc *d, uint32_t at) {
    uint32_t k = at;
    while (k > 0 && d->text[k - 1] == ' ')
        k--;
    if (k == 0 || (d->text[k - 1] != '\'' && d->text[k - 1] != '"'))
        return false;
    k--;
    while (k > 0 && d->text[k - 1] == ' ')
        k--;
    return k > 0 && strchr(".!?", d->text[k - 1]);
}

/* True when sentence s holds a word of the first or second person ("I", "we", "you", "our"):
 * someone speaking. */
static bool speaks_to_someone(const precis_doc *d, const sentence *s) {
    static const char *const persons[] = {"i", "i'm", "i've", "i'd", "i'll", "me", "my", "we", "we're", "we've",
                                          "us", "our", "you", "you're", "your"};
    for (uint32_t k = s->tok_start; k < s->tok_end; k++)
        for (size_t w = 0; w < sizeof persons / sizeof *persons; w++)
            if (doc_tok_is(d, k, persons[w]))
                return true;
    return false;
}

/* True when the text after byte `at`, past spaces, opens with a straight quotation mark. */
static bool straight_mark_after(const precis_doc *d, uint32_t at) {
    uint32_t k = at;
    while (k < d->len && d->text[k] == ' ')
        k++;
    return k < d->len && (d->text[k] == '\'' || d->text[k] == '"');
}

/* True when sentence i is words of a quotation without their speaker: it opens with a
 * quotation mark ("“There are no excuses.”" after a quotation the brief left out), or it goes
 * on with a quotation opened in a sentence before it ("To me, it's straightforward." after
 * "But he said: ‘When England come calling, you shouldn't say no.’"), and it names no
 * speaker of its own. Alone it would be words without a speaker; after the sentence before
 * it (pick) it reads as the quotation it is. */
static bool opens_with_quote(const precis_doc *d, size_t i) {
    const sentence *s = &d->seg.sentences[i];
    const unsigned char *p = (const unsigned char *)d->text + s->start;
    size_t len = s->end - s->start;
    /* (tokenized text sets its marks apart: "`` It took so long", "' Games like this") */
    bool mark = p[0] == '"' || (len > 1 && p[0] == '`' && p[1] == '`') ||
                (p[0] == '\'' && len > 1 && (isalpha(p[1]) || (len > 2 && p[1] == ' ' && isalpha(p[2])))) ||
                (len >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x9C || p[2] == 0x98));
    const facts *f = d->facts;
    for (size_t q = 0; !mark && f && q < f->n_quotes; q++)
        mark = f->quotes[q].sentence >= 0 && (size_t)f->quotes[q].sentence < i && f->quotes[q].start < s->start &&
               f->quotes[q].end > s->start;
    /* (text that lost its paragraphs writes a mark between two sentences of quoted words: "...
     * unbalanced . ' Sometimes you need ... common sense . ' Clearly there 's contact", the
     * second paragraph's opening mark taken for the first's closing one; a sentence with a
     * straight mark right before it and right after it, in the first or second person, is
     * quoted words too: narration between two quotations, "Ljubicic was at a loss to explain
     * his poor showing.", speaks of its people in the third) */
    mark = mark || (straight_mark_before(d, s->start) && straight_mark_after(d, s->end) && speaks_to_someone(d, s));
    if (!mark)
        return false;
    for (uint32_t k = s->tok_start; k < s->tok_end; k++)
        if (quotes_is_speech_verb(d, k) || brief_word(d, k, BW_ATTRIBUTION))
            return false;
    return true;
}

/* (doc_tok_is_quote_mark, doc.h) */
static bool quote_mark(const precis_doc *d, uint32_t k) { return doc_tok_is_quote_mark(d, k); }

/* True when token k of sentence s is a speaker's "I", "me", "my", "myself" or "mine" (or I'm,
 * I've, I'd, I'll). "I" after a capitalised word other than the sentence's first is a
 * numeral or part of a title ("World War I", "If I Ain't Got You"); "My" and "Me" inside a
 * sentence open titles ("My Family"). */
static bool first_person(const precis_doc *d, const sentence *s, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    if (t->kind != TOK_WORD)
        return false;
    const char *w = d->text + t->start;
    size_t len = t->end - t->start;
    if (w[0] == 'I' && (len == 1 || w[1] == '\'' || (len > 3 && (unsigned char)w[1] == 0xE2))) {
        if (len > 1 && !(doc_tok_is(d, k, "I'm") || doc_tok_is(d, k, "I've") || doc_tok_is(d, k, "I'd") ||
                         doc_tok_is(d, k, "I'll") || doc_tok_is(d, k, "I\u2019m") || doc_tok_is(d, k, "I\u2019ve") ||
                         doc_tok_is(d, k, "I\u2019d") || doc_tok_is(d, k, "I\u2019ll")))
            return false;
        uint32_t first = s->tok_start;
        while (first < k && d->seg.tokens[first].kind != TOK_WORD)
            first++;
        return k == first || !(d->seg.tokens[k - 1].kind == TOK_WORD && d->seg.tokens[k - 1].shape != SHAPE_LOWER &&
                               k - 1 != first);
    }
    bool opening = true; /* only quotation marks and other punctuation before k */
    for (uint32_t c = s->tok_start; c < k && opening; c++)
        opening = d->seg.tokens[c].kind == TOK_PUNCT;
    if (w[0] == 'M' && !opening)
        return false;
    return doc_tok_is(d, k, "me") || doc_tok_is(d, k, "my") || doc_tok_is(d, k, "myself") ||
           doc_tok_is(d, k, "mine") || (opening && (doc_tok_is(d, k, "My") || doc_tok_is(d, k, "Me")));
}

/* True when sentence s speaks as "I" before any quotation mark or colon of its own ("I was just
 * thinking, 'Why me?'.", "Seamus tells me straight away there is contact."). In a story told
 * in the third person those are a quoted speaker's words whose quotation marks, and speaker,
 * are in a sentence before (or were lost): alone in a brief they would read as the
 * publisher's. A story whose opening speaks as "I" is a column or a first-person account, and
 * keeps them (cut_off_from_speaker). */
static bool speaks_as_i(const precis_doc *d, const sentence *s) {
    for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
        /* (a colon introduces them: "A: Believe me, ...", "He said: I ...") */
        if (quote_mark(d, k) || doc_tok_is(d, k, ":"))
            return false;
        if (first_person(d, s, k))
            return true;
    }
    return false;
}

/* Sentences from the lede on that tell whether the story is told as "I" (a column, a
 * first-person account): "I won the governor's race in 2010" may come third. */
#define FIRST_PERSON_OPENING 3

/* True when sentence i is words of a quotation cut off from their speaker (opens_with_quote),
 * or speaks as "I" (speaks_as_i) in a story whose opening does not. */
static bool cut_off_from_speaker(const precis_doc *d, size_t i) {
    if (opens_with_quote(d, i))
        return true;
    if (!speaks_as_i(d, &d->seg.sentences[i]))
        return false;
    int32_t lede = facts_lede(d);
    size_t from = lede >= 0 ? (size_t)lede : 0;
    for (size_t j = from; j < d->seg.n_sentences && j < from + FIRST_PERSON_OPENING; j++)
        if (speaks_as_i(d, &d->seg.sentences[j]))
            return false;
    return true;
}

/* Sorted insert of i into the index set (no duplicates). */
static void add_index(size_t *set, size_t *n, size_t i) {
    size_t p = 0;
    while (p < *n && set[p] < i)
        p++;
    if (p < *n && set[p] == i)
        return;
    memmove(&set[p + 1], &set[p], (*n - p) * sizeof *set);
    set[p] = i;
    (*n)++;
}

/* Selections pick() makes at most: each leaves out the quotations the one before found cut
 * off from their speaker, so that their words go to other sentences. */
#define PICK_ROUNDS 4

/* One selection of pick(): the best by score within `budget`, with the lede put in when it
 * fits (the lowest-scored others make room for it). Indices into tmp, *n of them. */
static bool pick_once(const precis_doc *d, const double *scores, double budget, int32_t lede, const uint8_t *unfit,
                      size_t *tmp, size_t *n) {
    *n = 0;
    if (!select_with_budget(d, &d->vectors, scores, PRECIS_BUDGET_WORDS, budget, unfit, tmp, n))
        return false;
    /* (not a lede the brief would leave out below: the sentences that made room for it would
     * be lost with it) */
    if (lede >= 0 && (double)doc_sentence_words(d, (size_t)lede) <= budget && terminated(d, (size_t)lede) &&
        !opens_with_quote(d, (size_t)lede)) {
        add_index(tmp, n, (size_t)lede);
        double words = 0;
        for (size_t c = 0; c < *n; c++)
            words += (double)doc_sentence_words(d, tmp[c]);
        while (words > budget && *n > 1) {
            size_t worst = *n;
            for (size_t c = 0; c < *n; c++)
                if ((int32_t)tmp[c] != lede && (worst == *n || scores[tmp[c]] < scores[tmp[worst]]))
                    worst = c;
            words -= (double)doc_sentence_words(d, tmp[worst]);
            memmove(&tmp[worst], &tmp[worst + 1], (*n - worst - 1) * sizeof *tmp);
            (*n)--;
        }
    }
    return true;
}

/* The brief's sentences within `budget` words: the best by score (select.c), with the lede
 * put in when it fits, leaving out headlines and quotations cut off from their speaker. Such
 * a quotation is left out of the selection itself, which is then made again: its words go to
 * the next best sentence rather than to nothing (a brief of the lede alone, 37 words of 80,
 * when the only other pick opened with a quotation). Sentences with no full stop (`unfit`,
 * or NULL when the document has only such) take no part of the budget: a page's list of 150
 * signatories, credits or captions would otherwise win it and leave the brief one sentence
 * long. A document whose only sentences are such keeps what the selection gave (a title
 * alone still gets a brief). `tmp` has room for n_sentences. */
static bool pick(const precis_doc *d, const double *scores, double budget, int32_t lede, const uint8_t *unfit,
                 size_t *out, size_t *n_out, size_t *tmp) {
    size_t n = 0, n_sentences = d->seg.n_sentences;
    uint8_t *left_out = NULL; /* unfit, and the quotations found cut off so far */
    size_t *round_out = out;  /* where a round writes what it keeps: out, then a scratch copy */
    *n_out = 0;
    for (int round = 0; round < PICK_ROUNDS; round++) {
        if (round > 0 && round_out == out && !(round_out = malloc(n_sentences * sizeof *round_out)))
            goto fail;
        if (!pick_once(d, scores, budget, lede, left_out ? left_out : unfit, tmp, &n))
            goto fail;
        size_t n_kept = 0;
        bool cut_off = false;
        for (size_t c = 0; c < n; c++) {
            size_t i = tmp[c];
            bool prev_kept = n_kept > 0 && round_out[n_kept - 1] + 1 == i &&
                             d->seg.sentences[i - 1].paragraph == d->seg.sentences[i].paragraph;
            if (!terminated(d, i))
                continue;
            if (cut_off_from_speaker(d, i) && !prev_kept) {
                if (!left_out) {
                    if (!(left_out = malloc(n_sentences)))
                        goto fail;
                    if (unfit)
                        memcpy(left_out, unfit, n_sentences);
                    else
                        memset(left_out, 0, n_sentences);
                }
                left_out[i] = 1;
                cut_off = true;
                continue;
            }
            round_out[n_kept++] = i;
        }
        /* a round that keeps nothing ends the search: the first keeps its selection whole
         * (below), a later one leaves the round before it standing */
        if (n_kept == 0)
            break;
        if (round_out != out)
            memcpy(out, round_out, n_kept * sizeof *out);
        *n_out = n_kept;
        if (!cut_off)
            break;
    }
    if (round_out != out)
        free(round_out);
    free(left_out);
    if (*n_out == 0) {
        memcpy(out, tmp, n * sizeof *out);
        *n_out = n;
    }
    return true;
fail:
    if (round_out != out)
        free(round_out);
    free(left_out);
    return false;
}

/* The brief tells who and where as well as what: a sentence that introduces a named person,
 * organisation or place (the entity's first mention; not a demonym) gains ACTOR_BONUS of its
 * score for each, up to ACTOR_BONUS_MAX. "Aliesha Peterson, 22, detailed ..." after a lede
 * about "a young woman on Reddit" then outranks a later sentence that names no one new.
 * `intro` has room for n_sentences. */
static void favour_actors(const precis_doc *d, double *scores, size_t *intro) {
    const facts *f = d->facts;
    size_t n = d->seg.n_sentences;
    memset(intro, 0, n * sizeof *intro);
    for (size_t k = 0; k < f->ents.n_mentions; k++) {
        const ner_mention *m = &f->ents.mentions[k];
        if (m->entity >= 0 && m->sentence >= 0 && (size_t)m->sentence < n && !(m->flags & NERM_DEMONYM) &&
            m->start == f->ents.entities[m->entity].first)
            intro[m->sentence]++;
    }
    for (size_t i = 0; i < n; i++)
        scores[i] *= 1.0 + ACTOR_BONUS * (double)(intro[i] < ACTOR_BONUS_MAX ? intro[i] : ACTOR_BONUS_MAX);
}

/* True when one of sentences chosen[0..n) or the lead line names entity e. */
static bool brief_names_entity(const facts *f, const brief *br, const size_t *chosen, size_t n, int32_t e) {
    for (size_t k = 0; k < f->ents.n_mentions; k++) {
        const ner_mention *m = &f->ents.mentions[k];
        if (m->entity != e)
            continue;
        for (size_t c = 0; c < n; c++)
            if ((size_t)m->sentence == chosen[c])
                return true;
        for (size_t i = 0; i < br->n_lead_spans; i++)
            if (m->start >= br->lead_spans[i].start && m->end <= br->lead_spans[i].end)
                return true;
    }
    return false;
}

/* The story's first who, when a person, is named in the brief ("A pensioner is living in fear
 * ..." is about Terry Cooper, named in the next sentence): when neither the line nor a chosen
 * sentence names that person, the first sentence that does goes in if the budget has room. */
static void name_the_who(const precis_doc *d, const brief *br, double budget, size_t *chosen, size_t *n_chosen) {
    const facts *f = d->facts;
    if (f->n_who == 0 || *n_chosen < 2)
        return;
    int32_t e = f->who[0];
    if (f->ents.entities[e].type != NER_PER || brief_names_entity(f, br, chosen, *n_chosen, e))
        return;
    size_t add = d->seg.n_sentences;
    for (size_t k = 0; k < f->ents.n_mentions && add == d->seg.n_sentences; k++) {
        const ner_mention *m = &f->ents.mentions[k];
        if (m->entity == e && m->sentence >= 0 && terminated(d, (size_t)m->sentence) &&
            !cut_off_from_speaker(d, (size_t)m->sentence))
            add = (size_t)m->sentence;
    }
    if (add == d->seg.n_sentences)
        return;
    double words = (double)doc_sentence_words(d, add) + (br->lead.len ? 1 : 0);
    for (size_t i = 0; i < br->lead.len; i++)
        words += br->lead.data[i] == ' ';
    for (size_t c = 0; c < *n_chosen; c++)
        words += (double)doc_sentence_words(d, chosen[c]);
    if (words <= budget)
        add_index(chosen, n_chosen, add);
}

/* True when byte b lies in one of the document's time expressions. */
static bool in_timex(const facts *f, uint32_t b) {
    for (size_t i = 0; f && i < f->n_timexes; i++)
        if ((uint32_t)f->timexes[i].start <= b && b < (uint32_t)f->timexes[i].end)
            return true;
    return false;
}

/* True when token k lies in the tail of sentence s that a comma sets off, no longer than
 * ATTRIB_TAIL_MAX_LONG tokens (", the Lib Dems say."). */
static bool in_tail(const precis_doc *d, const sentence *s, uint32_t k) {
    if (s->tok_end - k > ATTRIB_TAIL_MAX_LONG + 1)
        return false;
    for (uint32_t c = k; c > s->tok_start && s->tok_end - c <= ATTRIB_TAIL_MAX_LONG + 2; c--)
        if (doc_tok_is(d, c - 1, ","))
            return true;
    return false;
}

/* How much of what the lede says the line (text[0..n)) says: the percent of the lede's
 * content words, numbers and names that are in it, or 0 when a number, a rank or a closing
 * attribution of the lede is not. At RESTATED_SHARE_PCT or more the line says most of it
 * ("The cost of divorce: can wreck retirement, according to research." over "The cost of
 * divorce can wreck retirement many years after the break-up of a marriage, according to
 * research."). Read right after the line, such a lede says it twice, and the words it adds
 * weigh less than a sentence the line does not say: on cnndm_dev and bbc_dev the brief scores
 * higher ROUGE and carries more of the highlights' names than when only a lede restated whole
 * is left out (docs/FACTS.md). A number or a rank the line leaves out keeps the lede: it is
 * often the fact ("cut the price of a return crossing [by a third]"); so does an attribution
 * at its end it leaves out ("[, island councillors fear]"): the line alone would state a claim
 * as a fact. */
static size_t restated_pct(const precis_doc *d, int32_t lede, const char *text, size_t n) {
    const sentence *s = &d->seg.sentences[lede];
    size_t content = 0, in_line = 0;
    /* The places in the line where a word can start (the text's start, or after a byte that
     * is not a letter or digit), found once: each of the lede's words is tried there only,
     * not at every byte. A line with more of them than fit is tried at every byte. */
    uint16_t at[RESTATED_STARTS_MAX];
    size_t n_at = 0;
    bool all_bytes = n >= UINT16_MAX;
    for (size_t i = 0; i <= n && !all_bytes; i++)
        if (i == 0 || !isalnum((unsigned char)text[i - 1])) {
            if (n_at == RESTATED_STARTS_MAX)
                all_bytes = true;
            else
                at[n_at++] = (uint16_t)i;
        }
    bool fact_left_out = false;
    bool source_left_out = false, source_in_line = false; /* of an attribution at the end */
    for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
        const token *t = &d->seg.tokens[k];
        /* (a capitalised stop word inside the sentence is a name or a month: "in May", "US") */
        bool named = t->kind == TOK_WORD && t->shape != SHAPE_LOWER && k > s->tok_start;
        if (!((t->kind == TOK_WORD && !d->tok_stop[k]) || named || t->kind == TOK_NUMBER ||
              (doc_tok_class(d, &d->lang->fact_words, k) & FW_NUMBER_WORD)))
            continue;
        content++;
        size_t len = t->end - t->start;
        const char *w = d->text + t->start;
        /* the first byte tested inline: most places fail it, and the call cost more than
         * the comparison (116k calls on the CNN/DailyMail dev set) */
        /* (the first byte either case: the line writes a role that opened the lede in lower
         * case, "Pete Doherty (singer)") */
        char lw = len ? (char)tolower((unsigned char)w[0]) : 0;
        size_t before = in_line;
        size_t tries = all_bytes ? n + 1 : n_at;
        for (size_t j = 0; j < tries; j++) {
            size_t i = all_bytes ? j : at[j];
            if (i + len > n)
                break;
            if ((len == 0 || text[i] == w[0] || (k == s->tok_start && text[i] == lw)) &&
                (len == 0 || memcmp(text + i + 1, w + 1, len - 1) == 0) &&
                (i == 0 || !isalnum((unsigned char)text[i - 1])) &&
                (i + len == n || !isalnum((unsigned char)text[i + len]))) {
                in_line++;
                break;
            }
        }
        /* (a rank too: "by a third", "for the first time") */
        if (in_line == before &&
            (t->kind == TOK_NUMBER || (doc_tok_class(d, &d->lang->fact_words, k) & (FW_NUMBER_WORD | FW_RANK))))
            fact_left_out = true;
        /* an attribution after a comma at the sentence's end makes the rest a claim ("...,
         * island councillors fear"): a line that names neither its verb nor its source would
         * state the claim as a fact ("Michael Howard: ..." names its source; "Creditors have
         * said they will ..." is the subject's own act, no tail) */
        if (in_tail(d, s, k)) {
            if (brief_word(d, k, BW_ATTRIBUTION) || quotes_is_speech_verb(d, k))
                source_left_out |= in_line == before;
            else /* (a time in the tail is the line's when, not the source: "disclosures filed on
                  * Sunday night revealed") */
                source_in_line |= in_line > before && !in_timex(d->facts, t->start);
        }
    }
    return content && !fact_left_out && !(source_left_out && !source_in_line) ? in_line * 100 / content : 0;
}

static precis_status build(precis_doc *d, brief *br, precis_error *err) {
    memset(br, 0, sizeof *br);
    PRECIS_TRY(facts_compute(d, err));
    size_t n = d->seg.n_sentences;
    size_t *chosen = malloc((n ? n : 1) * sizeof *chosen), n_chosen = 0;
    size_t *tmp = malloc((n ? n : 1) * sizeof *tmp);
    uint8_t *unfit = calloc(n ? n : 1, 1);
    br->sentences = calloc(n ? n : 1, sizeof *br->sentences);
    precis_status st = PRECIS_OK;
    if (!chosen || !tmp || !unfit || !br->sentences) {
        st = set_error(err, PRECIS_E_NOMEM, "brief: out of memory");
        goto cleanup;
    }
    int32_t lede = facts_lede(d);
    double budget = d->opts.brief_words;
    score_budget own = {PRECIS_BUDGET_WORDS, budget};
    br->scores = arena_alloc(&d->mem, (n ? n : 1) * sizeof *br->scores);
    if (!br->scores || !score_for_budget(d, &own, br->scores)) {
        st = set_error(err, PRECIS_E_NOMEM, "brief: out of memory");
        goto cleanup;
    }
    favour_actors(d, br->scores, tmp);
    bool any_terminated = false;
    /* (nor the headline above the lede, written with a full stop or not: the line and the
     * lede say it) */
    /* (nor an embedded post's words: "<tweet ...>Praying for the victims ...</tweet>" is its
     * author's, not the article's) */
    bool posts = nonstory_marks_posts(d);
    for (size_t i = 0; i < n; i++) {
        unfit[i] = !terminated(d, i) || (lede >= 0 && i < (size_t)lede) || (posts && nonstory_embedded_post(d, i)) ||
                   list_row(d, i);
        any_terminated |= !unfit[i];
    }
    const uint8_t *passed_over = any_terminated ? unfit : NULL;
    if (!pick(d, br->scores, budget, lede, passed_over, chosen, &n_chosen, tmp)) {
        st = set_error(err, PRECIS_E_NOMEM, "brief: out of memory");
        goto cleanup;
    }
    /* a brief of one sentence would only say it twice with a line, unless that sentence is a
     * lede too long to leave room for a second one: then the line may take its place, beside
     * the next sentence (the lede alone is put back below) */
    bool lede_alone = n_chosen == 1 && lede >= 0 && chosen[0] == (size_t)lede;
    build_lead(br, d, n_chosen >= 2 || lede_alone, lede);
    /* the lead line's words come out of the budget: choose again with what is left, and
     * build the lead again so that its place is named in the final extract. The line states
     * the lede's actors and event, so the lede need not be put in: it stays when its score
     * earns it, and otherwise its words go to what the line does not say */
    size_t lead_words = br->lead.len ? 1 : 0;
    for (size_t k = 0; k < br->lead.len; k++)
        lead_words += br->lead.data[k] == ' ';
    if (lead_words) {
        size_t lede_words = lede >= 0 ? doc_sentence_words(d, (size_t)lede) : 0;
        /* a lede the line says most of gives its words to what the line does not say */
        size_t said = lede >= 0 && !unfit[lede] ? restated_pct(d, lede, br->lead.data, br->lead.len) : 0;
        bool skip_lede = said >= RESTATED_SHARE_PCT;
        /* (a line that says all the lede says stands beside one other sentence: with the
         * lede back it would say it twice) */
        bool one_will_do = lede_alone || said >= RESTATED_WHOLE_PCT;
        buf_free(&br->lead);
        br->n_lead_spans = 0;
        if ((double)(lead_words + lede_words) <= budget) {
            if (skip_lede)
                unfit[lede] = 1;
            if (!pick(d, br->scores, budget - (double)lead_words, -1, skip_lede ? unfit : passed_over, chosen,
                      &n_chosen, tmp)) {
                st = set_error(err, PRECIS_E_NOMEM, "brief: out of memory");
                goto cleanup;
            }
            build_lead(br, d, n_chosen >= 2 || (one_will_do && n_chosen), lede);
            /* ... but only when the line still stands without it: else the lede comes back */
            if (skip_lede && !br->lead.len) {
                unfit[lede] = 0;
                buf_free(&br->lead);
                br->n_lead_spans = 0;
                if (!pick(d, br->scores, budget - (double)lead_words, -1, passed_over, chosen, &n_chosen, tmp)) {
                    st = set_error(err, PRECIS_E_NOMEM, "brief: out of memory");
                    goto cleanup;
                }
                build_lead(br, d, n_chosen >= 2 || (one_will_do && n_chosen), lede);
            }
            /* a line that does not stand with the second choice (one sentence: the line would
             * say it twice) leaves the whole budget to the sentences again: the first choice */
            if (!br->lead.len &&
                !pick(d, br->scores, budget, lede, passed_over, chosen, &n_chosen, tmp)) {
                st = set_error(err, PRECIS_E_NOMEM, "brief: out of memory");
                goto cleanup;
            }
        }
    }
    /* (a line beside the lede alone would say it twice) */
    if (br->lead.len && n_chosen == 1 && lede >= 0 && chosen[0] == (size_t)lede) {
        buf_free(&br->lead);
        br->n_lead_spans = 0;
        if (!pick(d, br->scores, budget, lede, passed_over, chosen, &n_chosen, tmp)) {
            st = set_error(err, PRECIS_E_NOMEM, "brief: out of memory");
            goto cleanup;
        }
    }
    name_the_who(d, br, budget, chosen, &n_chosen);
    for (size_t c = 0; c < n_chosen; c++)
        compress(d, chosen[c], &br->sentences[br->n_sentences++]);
    if (!buf_ok(&br->lead))
        st = set_error(err, PRECIS_E_NOMEM, "brief: out of memory");
cleanup:
    free(chosen);
    free(tmp);
    free(unfit);
    if (st != PRECIS_OK) {
        buf_free(&br->lead);
        free(br->sentences);
        br->sentences = NULL;
    }
    return st;
}

static void brief_free(brief *br) {
    buf_free(&br->lead);
    free(br->sentences);
}

/* The paragraph as plain text (no trailing newline). */
static void brief_paragraph(buf *b, const precis_doc *d, const brief *br) {
    if (br->lead.len)
        buf_append(b, br->lead.data, br->lead.len);
    for (size_t i = 0; i < br->n_sentences; i++) {
        if (b->len)
            buf_putc(b, ' ');
        put_sentence(b, d, &br->sentences[i]);
    }
}

static void render_json(buf *b, const precis_doc *d, const brief *br) {
    buf p;
    buf_init(&p);
    brief_paragraph(&p, d, br);
    buf_puts(b, "{\"brief\":");
    buf_json_string(b, p.data ? p.data : "", p.len);
    buf_free(&p);
    buf_puts(b, ",\"lead\":{\"text\":");
    buf_json_string(b, br->lead.data ? br->lead.data : "", br->lead.len);
    buf_puts(b, ",\"spans\":[");
    for (size_t i = 0; i < br->n_lead_spans; i++)
        buf_printf(b, "%s[%u,%u]", i ? "," : "", br->lead_spans[i].start, br->lead_spans[i].end);
    buf_puts(b, "]},\"sentences\":[");
    for (size_t i = 0; i < br->n_sentences; i++) {
        const brief_sentence *bs = &br->sentences[i];
        const sentence *s = &d->seg.sentences[bs->index];
        buf t;
        buf_init(&t);
        put_sentence(&t, d, bs);
        buf_printf(b, "%s{\"index\":%zu,\"start\":%u,\"end\":%u,\"score\":%.6f,\"text\":", i ? "," : "", bs->index,
                   s->start, s->end, br->scores[bs->index]);
        buf_json_string(b, t.data ? t.data : "", t.len);
        buf_free(&t);
        buf_puts(b, ",\"spans\":[");
        for (size_t k = 0; k < bs->n_spans; k++)
            buf_printf(b, "%s[%u,%u]", k ? "," : "", bs->spans[k].start, bs->spans[k].end);
        buf_puts(b, "]}");
    }
    buf_puts(b, "],");
    nonstory_json_members(d, b);
    buf_puts(b, ",\"facts\":{");
    facts_json_members(d, b);
    buf_printf(b, "},\"lang\":\"%s\"}\n", d->lang->code);
}

/* ---- html --------------------------------------------------------------------------------- */

static const char HTML_STYLE[] =
    "body{font:16px/1.5 Georgia,serif;margin:0;color:#222;background:#fafafa}"
    "main{display:flex;gap:2em;max-width:1200px;margin:0 auto;padding:2em;align-items:flex-start}"
    "article{flex:3;background:#fff;padding:1.5em 2em;border:1px solid #ddd}"
    "aside{flex:2;font-family:Helvetica,Arial,sans-serif;font-size:14px}"
    "aside section{background:#fff;border:1px solid #ddd;padding:1em;margin-bottom:1em}"
    "h1{font-size:18px;margin:0 0 .5em}h2{font-size:14px;margin:0 0 .5em;text-transform:uppercase;color:#555}"
    "mark{background:#fff2a8}.PER{border-bottom:2px solid #d33}.LOC{border-bottom:2px solid #3a3}"
    ".ORG{border-bottom:2px solid #36c}.MISC{border-bottom:2px dotted #999}"
    ".legend span,.legend mark{margin-right:1em}dl{margin:0}dt{font-weight:bold;margin-top:.5em}dd{margin:0}"
    ".boiler{color:#999}";

static const char *type_class(uint8_t type) {
    switch (type) {
    case NER_PER: return "PER";
    case NER_LOC: return "LOC";
    case NER_ORG: return "ORG";
    default: return "MISC";
    }
}

/* The article: paragraphs, chosen sentences in <mark>, entity mentions in typed spans.
 * Mentions never cross sentence ends (the recogniser works per sentence), so the tags nest. */
static void html_article(buf *b, const precis_doc *d, const brief *br) {
    const facts *f = d->facts;
    uint8_t *hl = calloc(d->seg.n_sentences ? d->seg.n_sentences : 1, 1);
    if (!hl) {
        b->failed = true;
        return;
    }
    for (size_t i = 0; i < br->n_sentences; i++)
        hl[br->sentences[i].index] = 1;
    size_t m = 0;
    for (size_t p = 0; p < d->seg.n_paragraphs; p++) {
        const paragraph *pg = &d->seg.paragraphs[p];
        buf_puts(b, "<p>");
        for (uint32_t si = pg->sent_start; si < pg->sent_end; si++) {
            const sentence *s = &d->seg.sentences[si];
            if (si > pg->sent_start)
                buf_putc(b, ' ');
            /* text that is not story (pleas, credits, captions, comments) shown greyed, its
             * reason on hover: it is what the brief and facts leave out */
            bool boiler = d->boilerplate && d->boilerplate[si];
            if (hl[si])
                buf_puts(b, "<mark>");
            else if (boiler)
                buf_printf(b, "<span class=\"boiler\" title=\"%s: left out\">", nonstory_reason_name(d->boilerplate[si]));
            uint32_t pos = s->start;
            while (f && m < f->ents.n_mentions && f->ents.mentions[m].start < s->start)
                m++;
            while (f && m < f->ents.n_mentions && f->ents.mentions[m].end <= s->end) {
                const ner_mention *mm = &f->ents.mentions[m++];
                if (mm->start < pos)
                    continue;
                doc_html_span(d, b, pos, mm->start);
                if (mm->start > pos && strchr(" \t\n", d->text[mm->start - 1]))
                    buf_putc(b, ' ');
                buf_printf(b, "<span class=\"%s\" title=\"%s\">", type_class(mm->type), type_class(mm->type));
                doc_html_span(d, b, mm->start, mm->end);
                buf_puts(b, "</span>");
                pos = mm->end;
                if (pos < s->end && strchr(" \t\n", d->text[pos]))
                    buf_putc(b, ' ');
            }
            doc_html_span(d, b, pos, s->end);
            if (hl[si])
                buf_puts(b, "</mark>");
            else if (boiler)
                buf_puts(b, "</span>");
        }
        buf_puts(b, "</p>\n");
    }
    free(hl);
}

/* The facts as the facts view's HTML gives them, so the page and `precis facts -f html`
 * list the same facts. */
static void html_facts(buf *b, const precis_doc *d) { facts_html_section(d, b); }

static void render_html(buf *b, const precis_doc *d, const brief *br) {
    doc_html_head(d, b, "precis brief");
    buf_printf(b, "<style>%s</style></head>\n<body><main><article>\n", HTML_STYLE);
    html_article(b, d, br);
    buf_puts(b, "</article>\n<aside><section><h2>Brief</h2><p id=\"brief\">");
    /* the same paragraph as the text format, with the lead line in bold as in Markdown */
    if (br->lead.len) {
        buf_puts(b, "<strong>");
        buf_html(b, br->lead.data, br->lead.len);
        buf_puts(b, "</strong>");
    }
    for (size_t i = 0; i < br->n_sentences; i++) {
        buf p;
        buf_init(&p);
        put_sentence(&p, d, &br->sentences[i]);
        if (br->lead.len || i)
            buf_putc(b, ' ');
        buf_html(b, p.data ? p.data : "", p.len);
        if (!buf_ok(&p))
            b->failed = true;
        buf_free(&p);
    }
    buf_puts(b, "</p></section>");
    html_facts(b, d);
    buf_puts(b, "<section class=\"legend\"><span class=\"PER\">person</span><span class=\"LOC\">place</span>"
                "<span class=\"ORG\">organisation</span><span class=\"MISC\">other</span><mark>in the brief</mark> <span class=\"boiler\">left out</span>"
                "</section></aside></main></body></html>\n");
}

/* Appends text with Markdown's inline characters escaped (\ ` * _ [ ] < >), and, at the
 * start of the paragraph, the characters that would open a heading, a list or a quote. */
static void md_escape(buf *b, const char *s, size_t n, bool at_start) {
    for (size_t i = 0; i < n; i++) {
        bool lead = at_start && i == 0 && (s[i] == '#' || s[i] == '-' || s[i] == '+' || s[i] == '>');
        if (lead || (s[i] && strchr("\\`*_[]<>", s[i])))
            buf_putc(b, '\\');
        buf_putc(b, s[i]);
    }
}

precis_status brief_render(precis_doc *d, precis_format fmt, buf *b, precis_error *err) {
    if (fmt != PRECIS_FORMAT_TEXT && fmt != PRECIS_FORMAT_JSON && fmt != PRECIS_FORMAT_MARKDOWN &&
        fmt != PRECIS_FORMAT_HTML)
        return set_error(err, PRECIS_E_UNSUPPORTED, "brief: format not supported (use text, json, markdown or html)");
    brief br;
    precis_status st = build(d, &br, err);
    if (st != PRECIS_OK)
        return st;
    switch (fmt) {
    case PRECIS_FORMAT_JSON: render_json(b, d, &br); break;
    case PRECIS_FORMAT_HTML: render_html(b, d, &br); break;
    case PRECIS_FORMAT_MARKDOWN: {
        /* the text paragraph, lead line in bold, Markdown's own characters escaped */
        buf p;
        buf_init(&p);
        for (size_t i = 0; i < br.n_sentences; i++) {
            if (i)
                buf_putc(&p, ' ');
            put_sentence(&p, d, &br.sentences[i]);
        }
        if (br.lead.len) {
            buf_puts(b, "**");
            md_escape(b, br.lead.data, br.lead.len, true);
            buf_puts(b, "** ");
        }
        md_escape(b, p.data ? p.data : "", p.len, !br.lead.len);
        if (!buf_ok(&p))
            b->failed = true;
        buf_free(&p);
        buf_putc(b, '\n');
        break;
    }
    default:
        brief_paragraph(b, d, &br);
        buf_putc(b, '\n');
    }
    brief_free(&br);
    return PRECIS_OK;
}
