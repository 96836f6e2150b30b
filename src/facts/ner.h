/* ner: the named-entity recogniser. A linear model over the features of facts/ner_feat.h,
 * decoded with Viterbi over BILOU tags, finds mentions of people (PER), places (LOC),
 * organisations (ORG) and other names (MISC) in a document's tokens.
 *
 * ner_model_attach() gives each language of the model image the recogniser of its directory:
 * "<lang>/ner.model" with the "<lang>/gazetteer_*.tsv" files (and "<lang>/ner2.model", the
 * optional second stage), kept in the language's data (lang_data.ner). A language without
 * them gets none, and ner_tag() then answers PRECIS_E_UNSUPPORTED for its documents: they have
 * no named entities, whatever another language's recogniser would find. Recognisers are
 * immutable once loaded and may be shared by threads. */
#ifndef PRECIS_FACTS_NER_H
#define PRECIS_FACTS_NER_H
#include <stddef.h>
#include <stdint.h>

#include "doc/doc.h"
#include "facts/ner_feat.h"
#include "precis/precis.h"
#include "util/arena.h"

struct precis_model;
typedef struct ner_model ner_model;

/* Called by the model loader (api/api.c): attaches each language's recogniser when the image
 * has one. On failure the recognisers attached so far are freed with the model. */
precis_status ner_model_attach(struct precis_model *m, precis_error *err);

/* Parses a recogniser file (the format tools/train_ner.c writes: see docs/NER.md). `name`
 * names it in error messages ("en/ner.model"; NULL: "recogniser"). `gaz` is taken over
 * (freed with the model) and may be NULL. */
precis_status ner_model_parse(const char *name, const void *data, size_t len, ner_gaz *gaz, ner_model **out,
                              precis_error *err);
void ner_model_free(void *nm);
/* Compiles a recogniser file into the image that the built-in model carries (see ner.c,
 * "compiled recognisers"), with the weight sums of the frequent word forms of its language
 * `lang` (its stems.tsv and stopwords; none when lang is NULL) precomputed: *out is
 * malloc'ed, *out_len its size. For tools/compile_model.c. */
precis_status ner_model_compile(const lang_data *lang, const void *data, size_t len, unsigned char **out,
                                size_t *out_len, precis_error *err);
/* The recogniser of a language of a loaded precis model, or NULL when it has none. */
const ner_model *ner_model_of_lang(const struct precis_model *m, const lang_data *l);
/* The recogniser of a document's language, or NULL. */
const ner_model *ner_model_of_doc(const precis_doc *d);
/* The recogniser of the model's default language (the first: English when present), or NULL:
 * for tools and benchmarks that tag without a document. */
const ner_model *ner_model_of(const struct precis_model *m);
/* Its gazetteer (never NULL for a parsed model; may be empty). */
const ner_gaz *ner_model_gaz(const ner_model *nm);
/* True when token k of d is a role word of its language's gazetteer ("candidate",
 * "spokesman"); false for a language without a recogniser. */
bool ner_role_word(const precis_doc *d, size_t k);
size_t ner_model_features(const ner_model *nm);
/* Whether the model has a second stage (<lang>/ner2.model). */
bool ner_model_has_stage2(const ner_model *nm);

/* Viterbi over BILOU tags with the hard transition constraints of ner_tag_allowed.
 * emit: n * NER_NTAGS scores; trans: (NER_NTAGS + 1) * NER_NTAGS, row NER_NTAGS for the start.
 * scratch: n * NER_NTAGS floats (may be emit, which is then overwritten). Writes n tags. */
void ner_viterbi(const float *emit, size_t n, const float *trans, float *scratch, uint8_t *tags);
/* The same over a stretch of a sentence: after_o, the word before it is tagged O (else the
 * stretch opens the sentence); before_o, the word after it is tagged O (else it ends the
 * sentence). The document tagger tags the stretches between the words it leaves out so. */
void ner_viterbi_between(const float *emit, size_t n, const float *trans, bool after_o, bool before_o,
                         float *scratch, uint8_t *tags);

/* Tags one sentence of prepared words (see ner_words_build) with the first stage only.
 * `emit` holds n * NER_NTAGS floats of scratch. */
void ner_tag_words(const ner_model *nm, const ner_word *w, size_t n, float *emit, uint8_t *tags);

/* Tags the words of a whole document (built by ner_words_build; sent[i] is the sentence of
 * word i, non-decreasing): the first stage sentence by sentence (the same tags as
 * ner_tag_words, though the words of a stretch of plain lower-case words and punctuation are
 * tagged O without being scored), then, when the model has one
 * (<lang>/ner2.model), the second stage with the first's tags and the document history. Scratch
 * comes from arena a. False on out of memory. */
bool ner_tag_document(const ner_model *nm, const ner_word *w, const int32_t *sent, size_t n, arena *a,
                      uint8_t *tags);

enum ner_mention_flags {
    NERM_DEMONYM = 1u << 0, /* an adjective or demonym of a place (Russian): entity is the place */
    NERM_PART = 1u << 1,    /* a part of a token (the US of US-led) */
    NERM_IN_ROLE = 1u << 2  /* inside the role of a person (the US of US Secretary of State) */
};

typedef struct ner_mention {
    uint32_t start, end;         /* byte span in the document's text */
    uint32_t tok_start, tok_end; /* the tokens [tok_start, tok_end) of d->seg.tokens covering it */
    int32_t sentence;            /* index of its sentence */
    uint8_t type;                /* ner_type */
    uint8_t flags;               /* ner_mention_flags */
    int32_t entity;              /* index of its entity after entities_link, else -1 */
} ner_mention;

/* Finds the mentions of document d, in document order, into memory from arena a, with the
 * recogniser of d's language. Returns PRECIS_E_UNSUPPORTED when that language has none,
 * PRECIS_E_NOMEM on memory.
 * Cost: linear in the tokens: the weights of features that depend on one word are summed once
 * per distinct form of the document, so a token costs about 15 table lookups on news (of its
 * 45 features) and a Viterbi step over the allowed tag pairs; about 230 us of CPU time for a
 * 3.3 kB news article. */
precis_status ner_tag(const precis_doc *d, arena *a, ner_mention **out, size_t *n,
                      precis_error *err);
#endif
