/* facts: entities, time expressions, quantities, quotes, sources and the fact slots
 * (who, what, where, when, how many, quotes, sources) of a document. Each slot keeps the
 * byte spans of its evidence. Computed once per document on first use and cached. */
#ifndef PRECIS_FACTS_FACTS_H
#define PRECIS_FACTS_FACTS_H
#include "doc/doc.h"
#include "facts/entities.h"
#include "facts/quantity.h"
#include "facts/quotes.h"
#include "facts/timex.h"
#include "util/buf.h"

#define FACTS_MAX_SLOT 6 /* at most this many items per list slot */

/* The main event: the headline's own predicate when the text opens with a headline ("attacks
 * German consulate": the answer a headline writer gave), its noun ("summit") with telling
 * modifiers ("first ever"), and the lead verb phrase ("vowed to seek closer ties"), from the
 * key sentence. Spans are 0,0 when absent. */
typedef struct fact_event {
    int32_t sentence;               /* the key sentence, or -1 */
    int32_t headline;               /* the headline the phrase comes from, or -1 */
    uint32_t phrase_start, phrase_end; /* the headline's predicate: "attacks German consulate" */
    uint32_t subject_start, subject_end; /* the headline's subject: "Taliban" */
    uint32_t lede_verb_start, lede_verb_end; /* the lede's lead verb phrase (= verb_* when the
                                                lede is the key sentence) */
    uint32_t group_start, group_end; /* the lede's subject when it names no one but a group
                                        ("Dock workers", "At least 37 people"), or 0,0 */
    uint32_t noun_start, noun_end;  /* "first ever summit" */
    /* the lede read as one main clause (lede_clause in facts.c): its subject ("Three more
     * political parties", "Actress Julia Louis-Dreyfus") and predicate ("vowed to teach
     * lifesaving skills", "will not get a day off"); 0,0 when it does not read as one */
    uint32_t clause_subject_start, clause_subject_end;
    uint32_t clause_predicate_start, clause_predicate_end;
    uint32_t clause_head_start;     /* the predicate's head verb: "get" of "will not get" */
    int32_t clause_sentence;        /* the sentence the clause was read from: the lede, else
                                       the first at the top of the story that reads as one
                                       when the lede does not ("It's amazing what make-up can
                                       do."); -1 when none does */
    bool lede_is_title;             /* the lede is a title with a full stop that reads as no
                                       clause, alone in the first paragraph: the story's own
                                       lede is the sentence after it */
    bool clause_refused;            /* the lede's subject and verb were found but its predicate
                                       could not stand whole ("says his winner is ...", a
                                       predicate cut short): no fact line from it */
    bool clause_whole;              /* the predicate is all the clause says of its subject:
                                       nothing but a time or an attribution follows ("Plans
                                       for the agency have been scrapped.") */
    int32_t clause_referent;        /* the entity a description subject ("An Air Force veteran
                                       and former model") stands for, named at the start of
                                       the next sentence ("Michelle Manhart, 38, was ..."), or
                                       -1 */
    uint32_t verb_start, verb_end;  /* "vowed to seek closer ties" */
} fact_event;

/* A place for the where slot, with the larger place written next to it ("Vladivostok,
 * Russia") when the text pairs them. */
typedef struct fact_place {
    int32_t entity;
    int32_t container;     /* entity id of the larger place, or -1 */
    uint32_t start, end;   /* the mention chosen as evidence */
    uint32_t cstart, cend; /* the container's mention, when any */
} fact_place;

/* What a slot's answer rests on, from strongest to weakest; the JSON gives it as "basis" with
 * the confidence measured for it (facts.c, SLOT_CONFIDENCE). */
typedef enum slot_basis {
    BASIS_HEADLINE = 0, /* the headline's subject or predicate */
    BASIS_INTRODUCED,   /* a place introduced ("in", "at", "the port of") at the top of the story */
    BASIS_OPENING,      /* named in the headline or the lede / at the top of the story */
    BASIS_GROUP,        /* the lede's unnamed subject group */
    BASIS_BODY,         /* found further down, ranked by salience */
    BASIS_BACKGROUND,   /* a date that is most likely not the event's (a far year, a deadline) */
    BASIS_DATE,         /* the document's own date, given with it, when the top of the story
                           names no time (facts.c, when_dated) */
    N_BASES
} slot_basis;

typedef struct facts {
    ner_entities ents; /* empty when the model has no recogniser */
    bool has_ner;
    char dct[11];      /* the document date used for resolution, or "" */
    timex *timexes;
    size_t n_timexes;
    quantity *quantities;
    size_t n_quantities;
    quote *quotes;
    size_t n_quotes;
    int32_t *quote_speaker; /* entity id per quote, or -1 */
    float *quote_conf;      /* confidence in each quote's speaker; 0 when withheld */
    uint8_t *ent_gender;    /* per entity: 1 he, 2 she, 3 both, 0 not said (titles, role words) */
    uint8_t *ent_name_gender; /* per entity whose gender is not said: 1 or 2 as its given name
                                 says (people.txt), else 0; it rules a pronoun's candidate out,
                                 never in */
    source *sources;
    size_t n_sources;
    int32_t *source_entity; /* entity id per source, or -1 */
    /* slots */
    int32_t who[FACTS_MAX_SLOT];
    size_t n_who;
    bool who_group;    /* the lede's subject group (what.group_*) leads who: the story's
                          actors are people it does not name ("Dock workers") */
    fact_place where[FACTS_MAX_SLOT];
    size_t n_where;
    size_t when[FACTS_MAX_SLOT]; /* indices into timexes; index n_timexes (the entry after
                                    the list) is the document's date, with no span */
    size_t n_when;
    size_t how_many[FACTS_MAX_SLOT]; /* indices into quantities */
    size_t n_how_many;
    fact_event what;
    uint8_t who_basis[FACTS_MAX_SLOT], where_basis[FACTS_MAX_SLOT], when_basis[FACTS_MAX_SLOT];
    uint8_t what_basis, group_basis;
    uint32_t dateline_end; /* the byte after a dateline's dash ("LISBON (Reuters) -"), or 0 */
    /* facts_json_members' text, kept from its first call in the document's arena (mem): the
     * facts view and the brief both render it, and a batch asks for both */
    arena *mem;
    char *json_members;
    size_t json_members_len;
} facts;

/* Computes the facts of d (summarizing first, for boilerplate flags and key sentences).
 * Idempotent; the result stays in d->facts. */
precis_status facts_compute(precis_doc *d, precis_error *err);

/* Renders the facts view (computing facts on first use): text, json, markdown or html. */
precis_status facts_render(precis_doc *d, precis_format f, buf *b, precis_error *err);

/* The rules every format shares (facts_views.c): source i is shown when it is named and the
 * first with its words; the number of sources shown. */
bool facts_source_shown(const precis_doc *d, size_t i);
size_t facts_sources_shown(const precis_doc *d);

/* The facts in Markdown (a heading and a list per filled slot), as an HTML <section> (a
 * <dl>, each item with its evidence's byte span as data-start/data-end; also the brief's),
 * and as a standalone HTML page. The facts must be computed. */
void facts_markdown(const precis_doc *d, buf *b);
void facts_html_section(const precis_doc *d, buf *b);
void facts_html_page(const precis_doc *d, buf *b);

/* Appends the facts as the members of a JSON object (no braces), for the brief's JSON. */
void facts_json_members(const precis_doc *d, buf *b);
/* Appends ,"basis":"...","confidence":x for an answer of `slot` (0 who, 1 what, 2 where,
 * 3 when) resting on `basis` (facts.c keeps the measured confidences). */
void facts_put_basis(buf *b, int slot, uint8_t basis);

/* The lede: the first sentence that is not boilerplate, has LEDE_MIN_WORDS words and ends
 * with . ! or ? (headlines, labels and bylines come before it), or -1; after the first
 * section label at the top ("ABSTRACT."), when there is one. Needs the boilerplate flags
 * (after summarizing). */
int32_t facts_lede(const precis_doc *d);

/* True when the place mention of tokens [tok_start, tok_end) is introduced as where things
 * happen: "in Vladivostok", "at Wembley", "the port of Sines"; not "at Portugal's largest
 * harbour", where it qualifies another noun, nor "a stake in Sina" (brief.txt's affiliation
 * words), where it is what is held. */
bool facts_place_introduced(const precis_doc *d, uint32_t tok_start, uint32_t tok_end);

/* True when token k is a noun that names a news event in the language's events.txt
 * ("summit", "attack", "meeting"). */
bool facts_event_noun(const precis_doc *d, size_t k);

/* True when token k negates its verb group: "not", "never", "n't", or an auxiliary with its
 * negation written on ("wouldn't", "hasn't"). */
bool facts_negation(const precis_doc *d, size_t k);

/* The date a time expression stands for as a person writes it ("Tuesday 29 October 2024")
 * into out, when it is resolved and its words do not already say it ("1998"); else false.
 * The text, Markdown and HTML views write it after the words. */
bool facts_when_readable(const precis_doc *d, const timex *t, char *out, size_t cap);

/* The first direct mention of an entity (not a demonym), the evidence the views give for a
 * who, or NULL. */
const ner_mention *facts_first_mention(const facts *f, int32_t entity);

/* Appends the display text of an entity (its canonical name). */
void facts_entity_name(const precis_doc *d, int32_t entity, buf *b);
/* The gazetteer classes (GZ_* of facts/ner_feat.h) of the entity's name, case-folded; 0 when
 * the gazetteer does not know it or the model has no recogniser. */
uint32_t facts_entity_gaz_classes(const precis_doc *d, const ner_entity *e);

/* The gazetteer classes (ner_feat.h GZ_*) of token k's text, lower-cased; 0 when the word is
 * not in the gazetteer or the document has no recogniser. */
uint32_t facts_token_gaz_classes(const precis_doc *d, size_t k);
#endif
