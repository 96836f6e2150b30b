/* facts_api.c — the experimental facts accessors of precis.h: the facts view's lists
 * (mentions, time expressions, quotes, sources) as structs, read from the computed facts. */
#include "facts/facts.h"
#include "util/error.h"

precis_status precis_doc_facts(precis_doc *d, precis_error *err) {
    if (!d)
        return set_error(err, PRECIS_E_INVALID_ARG, "facts: NULL document");
    return facts_compute(d, err);
}

const char *precis_entity_type_name(precis_entity_type t) {
    return (unsigned)t <= PRECIS_ENTITY_MISC ? ner_type_name((int)t) : NULL;
}

const char *precis_timex_type_name(precis_timex_type t) {
    return (unsigned)t <= PRECIS_TIMEX_SET ? timex_type_name((uint8_t)t) : NULL;
}

/* The checks every accessor makes: arguments, facts computed, index below the count. */
static precis_status fact_index(const precis_doc *d, size_t i, size_t n, const void *out, const char *what,
                                precis_error *err) {
    if (!d || !out)
        return set_error(err, PRECIS_E_INVALID_ARG, "%s: NULL argument", what);
    if (!d->facts)
        return set_error(err, PRECIS_E_STATE, "%s: call precis_doc_facts first", what);
    if (i >= n)
        return set_error(err, PRECIS_E_INVALID_ARG, "%s %zu: the document has %zu", what, i, n);
    return PRECIS_OK;
}

size_t precis_doc_mention_count(const precis_doc *d) {
    return d && d->facts && d->facts->has_ner ? d->facts->ents.n_mentions : 0;
}

precis_status precis_doc_mention(const precis_doc *d, size_t i, precis_mention *out, precis_error *err) {
    PRECIS_TRY(fact_index(d, i, precis_doc_mention_count(d), out, "mention", err));
    const ner_mention *m = &d->facts->ents.mentions[i];
    *out = (precis_mention){m->start, m->end, (precis_entity_type)m->type, m->entity,
                            (m->flags & NERM_DEMONYM) != 0};
    return PRECIS_OK;
}

size_t precis_doc_timex_count(const precis_doc *d) { return d && d->facts ? d->facts->n_timexes : 0; }

precis_status precis_doc_timex(const precis_doc *d, size_t i, precis_timex *out, precis_error *err) {
    PRECIS_TRY(fact_index(d, i, precis_doc_timex_count(d), out, "timex", err));
    const timex *t = &d->facts->timexes[i];
    *out = (precis_timex){t->start, t->end, (precis_timex_type)t->type, t->value};
    return PRECIS_OK;
}

size_t precis_doc_quote_count(const precis_doc *d) { return d && d->facts ? d->facts->n_quotes : 0; }

precis_status precis_doc_quote(const precis_doc *d, size_t i, precis_quote *out, precis_error *err) {
    PRECIS_TRY(fact_index(d, i, precis_doc_quote_count(d), out, "quote", err));
    const facts *f = d->facts;
    const quote *q = &f->quotes[i];
    bool has = q->speaker_token >= 0;
    int32_t e = has ? f->quote_speaker[i] : -1;
    const ner_entity *en = e >= 0 && (size_t)e < f->ents.n_entities ? &f->ents.entities[e] : NULL;
    *out = (precis_quote){
        .start = q->start,
        .end = q->end,
        .joins_previous = q->joins,
        .has_speaker = has,
        .speaker_start = has ? q->speaker_start : 0,
        .speaker_end = has ? q->speaker_end : 0,
        .speaker_entity = e,
        .speaker_name = en ? en->name : NULL,
        .speaker_name_len = en ? en->name_len : 0,
        .continued = has && q->continued,
        .confidence = has ? (double)f->quote_conf[i] : 0.0,
    };
    return PRECIS_OK;
}

size_t precis_doc_source_count(const precis_doc *d) { return d && d->facts ? d->facts->n_sources : 0; }

precis_status precis_doc_source(const precis_doc *d, size_t i, precis_source *out, precis_error *err) {
    PRECIS_TRY(fact_index(d, i, precis_doc_source_count(d), out, "source", err));
    const facts *f = d->facts;
    const source *s = &f->sources[i];
    *out = (precis_source){s->start, s->end, s->cue_start, s->cue_end, s->named, s->speech,
                           f->source_entity[i], s->claim_start, s->claim_end};
    return PRECIS_OK;
}
