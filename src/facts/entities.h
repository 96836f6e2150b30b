/* entities: from the recogniser's mentions (facts/ner.h) to entities. Mentions of one entity
 * are linked together (Vladimir Putin ... Putin; United States ... US ... the U.S.), roles and
 * titles are kept apart from names (Russian President | Vladimir Putin), demonyms are linked
 * to their place without counting as its mentions (Russian -> Russia), the place inside a
 * hyphenated word is found (US-led -> US), and each entity gets a salience score.
 *
 * Everything lives in the caller's arena; nothing is freed separately. */
#ifndef PRECIS_FACTS_ENTITIES_H
#define PRECIS_FACTS_ENTITIES_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc/doc.h"
#include "facts/ner.h"
#include "util/arena.h"
#include "util/buf.h"

typedef struct ner_entity {
    uint8_t type;            /* ner_type: PER, LOC, ORG, MISC */
    const char *name;        /* canonical name (not NUL-terminated): the longest mention, or the
                              * gazetteer's name for a known place or organisation */
    uint32_t name_len;
    bool has_role;           /* a role or title was found beside one of its mentions */
    uint32_t role_start, role_end; /* byte span of the first such role (Russian President) */
    uint32_t *mentions;      /* indices into ner_entities.mentions, document order */
    uint32_t n_mentions;     /* all of them, demonyms included */
    uint32_t n_direct;       /* mentions that name it (Russia, Putin) */
    uint32_t n_demonyms;     /* demonyms and adjectives pointing at it (Russian) */
    uint32_t first;          /* byte offset of its first mention */
    int32_t first_sentence;
    double salience;         /* in [0, 1]: the most salient entity of the document has 1 */
} ner_entity;

typedef struct ner_entities {
    ner_mention *mentions;   /* document order; each has .entity set */
    size_t n_mentions;
    ner_entity *entities;    /* in order of first mention; an entity's id is its index */
    size_t n_entities;
} ner_entities;

/* Links the mentions `in` (as ner_tag returns them; not modified) of document d. Mentions in
 * sentences that d->boilerplate flags (when the summarizer has run) are dropped.
 * Cost: linear in mentions and tokens, with hash-table lookups. */
precis_status entities_link(const precis_doc *d, const ner_mention *in, size_t n_in, arena *a,
                            ner_entities *out, precis_error *err);

/* True when a title only people have (entities.txt's titles) stands right before token
 * `tok_start` ("Sen. Kim", "President Kim", "Rep Kim"). */
bool entities_person_title(const precis_doc *d, uint32_t tok_start);

/* True when entity e's role is one capitalised word of entities.txt's styled class ("Prince"
 * of "Prince Charles", "Pope" of "Pope Francis"): a title the person is called by, which the
 * text views and the fact line print before the name ("Prince Charles"), not after it as a
 * role ("Charles (Prince)"). The JSON keeps the name and the role apart. */
bool entities_styled_role(const precis_doc *d, const ner_entity *e);

/* Lowers the first letter of entity e's role, written into b at byte `at`, when the role
 * opens its sentence and its capital is only the sentence's: the text views and the fact
 * line print "Pete Doherty (singer)" from "Singer Pete Doherty will ...". A role followed by
 * a capitalised word that is no name of ents ("Prime Minister") is a title and keeps its
 * capital, as does a name's own ("Harbour FC manager"). The JSON keeps the role as written. */
void entities_role_case(const precis_doc *d, const ner_entities *ents, const ner_entity *e, buf *b, size_t at);

/* ner_tag followed by entities_link. */
precis_status entities_extract(const precis_doc *d, arena *a, ner_entities *out, precis_error *err);

/* Appends the mentions as a JSON array of {"type","text","start","end","entity"} objects
 * (demonyms have type "MISC", "demonym": true and the entity of their place). */
void entities_json_mentions(const precis_doc *d, const ner_entities *e, buf *b);
/* Appends the entities as a JSON array of {"id","type","name","role"?,"role_start"?,
 * "role_end"?,"mentions","demonyms","salience"} objects. */
void entities_json_entities(const precis_doc *d, const ner_entities *e, buf *b);
#endif
