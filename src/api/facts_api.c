/* facts_api.c — the experimental facts accessors of precis.h: the facts view's lists
 * (mentions, time expressions, quotes, sources) and its five-W answers as structs, read from
 * the computed facts. */
#include <stdlib.h>
#include <string.h>

#include "facts/facts.h"
#include "util/buf.h"
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

/* ---- the five-W slots ------------------------------------------------------------------------ */

static const char *const BASIS_NAMES[] = {"headline", "introduced", "opening", "group", "body", "background", "date"};
_Static_assert(sizeof BASIS_NAMES / sizeof *BASIS_NAMES == N_BASES, "one public name per slot_basis");
_Static_assert(PRECIS_BASIS_DATE + 1 == N_BASES && (int)PRECIS_BASIS_GROUP == (int)BASIS_GROUP &&
                   (int)PRECIS_BASIS_DATE == (int)BASIS_DATE,
               "precis_basis mirrors slot_basis");

const char *precis_basis_name(precis_basis b) {
    return (unsigned)b < N_BASES ? BASIS_NAMES[b] : NULL;
}

/* The confidence facts.c measured for a slot's answers of a basis. It keeps its table to
 * itself and hands it out only as the JSON members facts_put_basis writes, so it is read back
 * from those (",\"basis\":\"...\",\"confidence\":0.95"): a stopgap until facts.c exports the
 * table. test_api (answers_are_the_facts_views) checks both against the JSON. */
static double slot_confidence(int slot, uint8_t basis) {
    buf b;
    buf_init(&b);
    facts_put_basis(&b, slot, basis);
    buf_putc(&b, '\0');
    const char *c = buf_ok(&b) ? strstr(b.data, "\"confidence\":") : NULL;
    double v = c ? strtod(c + 13, NULL) : 0;
    buf_free(&b);
    return v;
}

size_t precis_doc_answer_count(const precis_doc *d, precis_slot slot) {
    const facts *f = d ? d->facts : NULL;
    if (!f)
        return 0;
    switch (slot) {
    case PRECIS_SLOT_WHO: return f->n_who + f->who_group;
    case PRECIS_SLOT_WHAT:
        return f->what.sentence < 0 ? 0 : (size_t)(f->what.phrase_end != 0) + (f->what.noun_end != 0) + (f->what.verb_end != 0);
    case PRECIS_SLOT_WHERE: return f->n_where;
    case PRECIS_SLOT_WHEN: return f->n_when;
    }
    return 0;
}

precis_status precis_doc_answer(const precis_doc *d, precis_slot slot, size_t i, precis_answer *out,
                                precis_error *err) {
    PRECIS_TRY(fact_index(d, i, precis_doc_answer_count(d, slot), out, "answer", err));
    const facts *f = d->facts;
    *out = (precis_answer){.entity = -1, .in_entity = -1};
    uint8_t basis = 0;
    if (slot == PRECIS_SLOT_WHO && f->who_group && i == 0) {
        out->start = f->what.group_start;
        out->end = f->what.group_end;
        out->part = "group";
        basis = f->group_basis;
    } else if (slot == PRECIS_SLOT_WHO) {
        int32_t e = f->who[i - f->who_group];
        const ner_entity *x = &f->ents.entities[e];
        const ner_mention *m = facts_first_mention(f, e);
        out->start = m ? m->start : 0;
        out->end = m ? m->end : 0;
        out->name = x->name;
        out->name_len = x->name_len;
        out->entity = e;
        if (x->has_role) {
            out->role_start = x->role_start;
            out->role_end = x->role_end;
        }
        basis = f->who_basis[i - f->who_group];
    } else if (slot == PRECIS_SLOT_WHAT) {
        /* the i-th of the parts found, in the JSON's order */
        const fact_event *w = &f->what;
        const struct {
            uint32_t start, end;
            const char *part;
        } parts[3] = {{w->phrase_start, w->phrase_end, "phrase"},
                      {w->noun_start, w->noun_end, "event"},
                      {w->verb_start, w->verb_end, "action"}};
        for (size_t k = 0, seen = 0; k < 3; k++)
            if (parts[k].end && seen++ == i) {
                out->start = parts[k].start;
                out->end = parts[k].end;
                out->part = parts[k].part;
            }
        basis = f->what_basis;
    } else if (slot == PRECIS_SLOT_WHERE) {
        const fact_place *p = &f->where[i];
        const ner_entity *x = &f->ents.entities[p->entity];
        out->start = p->start;
        out->end = p->end;
        out->name = x->name;
        out->name_len = x->name_len;
        out->entity = p->entity;
        if (p->container >= 0) {
            out->in_entity = p->container;
            out->in_start = p->cstart;
            out->in_end = p->cend;
        }
        basis = f->where_basis[i];
    } else {
        const timex *t = &f->timexes[f->when[i]];
        out->start = t->start;
        out->end = t->end;
        out->value = t->value;
        basis = f->when_basis[i];
    }
    out->basis = (precis_basis)basis;
    out->confidence = slot_confidence((int)slot, basis);
    return PRECIS_OK;
}
