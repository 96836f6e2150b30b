/* cache: the per-thread precis_cache of the public API (include/precis/precis.h), memory that
 * outlives a document. It holds memos of pure functions of a word and the model, each kept by
 * the layer whose answers it holds:
 *   - the lexicon's (lexicon/lexicon.h: stopword flag and stem of a folded form, and the
 *     language's stemmers), made with the cache;
 *   - the entity recogniser's (facts/ner.c: weight sums of classes of forms and of forms that
 *     are not in the compiled recogniser's table), made by ner.c at the first document it
 *     tags, which also gives the function that frees it (the facts layer sits above this one).
 * Every memo has a fixed number of slots, so a cache's memory does not grow with the
 * documents, and every answer it gives is the one the work would give: outputs do not depend
 * on which documents came before, nor on the thread count. One thread at a time. */
#ifndef PRECIS_DOC_CACHE_H
#define PRECIS_DOC_CACHE_H
#include "lexicon/lexicon.h"
#include "precis/precis.h"

struct precis_cache {
    const precis_model *model; /* borrowed; the cache serves its documents only */
    lexicon_memo lex;
    void *ner;                 /* facts/ner.c's memo, or NULL before the first tagging */
    void (*ner_free)(void *);  /* frees `ner` */
};

#endif
