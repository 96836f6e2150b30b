/* facts: entities, time expressions, quantities, quotes, sources and the fact slots
 * (who, what, where, when, how many, quotes, sources) of a document. Each slot keeps the
 * byte spans of its evidence. Computed once per document on first use and cached. */
#ifndef PRECIS_FACTS_FACTS_H
#define PRECIS_FACTS_FACTS_H
#include "core/doc.h"
#include "facts/entities.h"
#include "facts/quantity.h"
#include "facts/quotes.h"
#include "facts/timex.h"
#include "util/buf.h"

#define FACTS_MAX_SLOT 6 /* at most this many items per list slot */

/* The main event: its noun ("summit") with telling modifiers ("first ever"), and the lead
 * verb phrase ("vowed to seek closer ties"), from the key sentence. Spans are 0,0 when absent. */
typedef struct fact_event {
    int32_t sentence;               /* the key sentence, or -1 */
    uint32_t noun_start, noun_end;  /* "first ever summit" */
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
    source *sources;
    size_t n_sources;
    int32_t *source_entity; /* entity id per source, or -1 */
    /* slots */
    int32_t who[FACTS_MAX_SLOT];
    size_t n_who;
    fact_place where[FACTS_MAX_SLOT];
    size_t n_where;
    size_t when[FACTS_MAX_SLOT]; /* indices into timexes */
    size_t n_when;
    size_t how_many[FACTS_MAX_SLOT]; /* indices into quantities */
    size_t n_how_many;
    fact_event what;
} facts;

/* Computes the facts of d (summarizing first, for boilerplate flags and key sentences).
 * Idempotent; the result stays in d->facts. */
precis_status facts_compute(precis_doc *d, precis_error *err);

/* Renders the facts view (computing facts on first use): text or json. */
precis_status facts_render(precis_doc *d, precis_format f, buf *b, precis_error *err);

/* Appends the facts as the members of a JSON object (no braces), for the brief's JSON. */
void facts_json_members(const precis_doc *d, buf *b);

/* The lede: the first sentence that is not boilerplate, has LEDE_MIN_WORDS words and ends
 * with . ! or ? (headlines, labels and bylines come before it), or -1. Needs the boilerplate
 * flags (after summarizing). */
int32_t facts_lede(const precis_doc *d);

/* Appends the display text of an entity (its canonical name). */
void facts_entity_name(const precis_doc *d, int32_t entity, buf *b);
#endif
