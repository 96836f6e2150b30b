/* quotes: direct quotations with their speakers, and attributions ("AFP reported",
 * "according to BBC", "reportedly") collected as sources. */
#ifndef PRECIS_FACTS_QUOTES_H
#define PRECIS_FACTS_QUOTES_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc/doc.h"

typedef struct quote {
    uint32_t start, end;                 /* the quoted text, without its quotation marks */
    uint32_t speaker_start, speaker_end; /* the words naming the speaker ("Kim", "the Russia
                                            president"), or 0,0 when none was found */
    uint32_t verb_start, verb_end;       /* the speech verb ("said") */
    int32_t sentence;                    /* sentence of the opening mark */
    int32_t speaker_token;               /* first token of the speaker phrase, or -1 */
    uint32_t speaker_tok_end;            /* token after the speaker phrase */
    bool continued;                      /* the speaker was carried over from the quotation or
                                            speech clause just before (facts.c) */
    bool weak;                           /* the speaker is the subject of the sentence holding
                                            the quotation, with no speech verb to say so */
    bool continues;                      /* a paragraph that reopens a quotation run on from the
                                            paragraph before */
    bool runs_on;                        /* ends at its paragraph's end without a closing mark:
                                            the next paragraph reopens it */
    bool held;                           /* its own cue named someone who must be withheld
                                            ("they said", a place): no speaker is carried to it
                                            from elsewhere (facts.c) */
    bool joins;                          /* continues the quotation just before it (the next
                                            paragraph of it, or its part after an interrupting
                                            attribution), set with its speaker (facts.c) */
} quote;

typedef struct source {
    uint32_t start, end;   /* the source's name ("AFP"), or the adverb ("reportedly") */
    uint32_t cue_start, cue_end; /* "reported", "according to" */
    int32_t sentence;
    uint32_t tok_start, tok_end;
    bool named;            /* false for "reportedly", "sources said", "he said" */
    bool speech;           /* reported speech ("Kim said the plan would fail"), not an outlet */
    uint32_t claim_start, claim_end; /* what the source is credited with, or 0,0 */
} source;

/* Finds direct quotations: text between paired quotation marks (“…”, "…", «…», „…“, ``…'',
 * ''…'', ‘…’ and '…' outside a double quotation; a ’ or ' between letters is an apostrophe) of
 * at least QUOTE_MIN_WORDS words, or shorter with a speech verb and a speaker beside them
 * ("called it a “disgrace”"), possibly spanning sentences. A quotation that runs over several
 * paragraphs (each reopens the mark, the earlier ones are not closed) gives one quote per
 * paragraph, marked runs_on / continues. The speaker next to each:
 *   “...,” Kim said.   “...,” said Putin.   “...,” the Russia president said.
 *   “...,” Kim, the mayor, said.   Kim said: “...”   Kim: “...”
 *   Kim said the leaders had a “...”   Kim, who chairs it, also called it a “...”
 * Speaker phrases are returned as spans and tokens; resolving them to entities is the
 * caller's job (it has the entities). */
bool quotes_find(const precis_doc *d, arena *a, quote **out, size_t *n);

/* Finds attributions: "<Name> reported", "reported <Name>", "according to <Name>",
 * "<Name> said in a statement", "told <Name>", "(<Name>)" datelines, and the unnamed
 * "reportedly". Names are capitalised word runs. Reported speech outside the quotations
 * `qs` (their own speech verbs left out) is a source too (speech): "Kim said (that) CLAIM",
 * "CLAIM, officials said", with the span of its claim; so is the claim of "according to". */
bool sources_find(const precis_doc *d, const quote *qs, size_t nq, arena *a, source **out, size_t *n);

/* The speaker of the last speech verb of sentence si ("Kim, the mayor, said in a statement.",
 * "She says the city taught her..."): its tokens [*s, *e). False when there is none. */
bool quotes_clause_speaker(const precis_doc *d, int32_t si, size_t *s, size_t *e);

/* True when token k is a personal pronoun that can name a speaker (he, she, they, I, we). */
bool quotes_is_pronoun(const precis_doc *d, size_t k);

/* True when token k is a hedge in lower case ("allegedly", "reportedly": cues.txt): the
 * event it goes with is claimed, not established. */
bool quotes_is_hedge(const precis_doc *d, size_t k);

/* True when token k is a speech or reporting verb (said, says, told, added, reported...). */
bool quotes_is_speech_verb(const precis_doc *d, size_t k);
#endif
