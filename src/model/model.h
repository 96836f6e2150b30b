/* model: language data and weights loaded from a model image (see tools/pack_model.c for the
 * format). A loaded model is immutable: all lookups are const and may run on many threads. */
#ifndef PRECIS_MODEL_MODEL_H
#define PRECIS_MODEL_MODEL_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "precis/precis.h"
#include "util/hash.h"

/* Classes of abbreviation, from the second column of abbreviations.txt. */
enum abbrev_class {
    ABBR_GENERAL = 1, /* etc, approx: may end a sentence */
    ABBR_TITLE = 2,   /* Mr, Dr, Gen, Sen: precede a name, (almost) never end a sentence */
    ABBR_NUMBER = 3   /* No, Nr, vol, pp: precede a number */
};

/* Why a sentence is not part of the story (select/boilerplate.c keeps one per sentence; 0 is
 * story). The values are stable: output formats name them (nonstory_reason_name). */
enum nonstory_reason {
    NS_STORY = 0,
    NS_PLEA,    /* the site asking its reader: subscribe, donate, sign up, log in */
    NS_CREDIT,  /* photo credits, bylines, reporting credits, copyright, "Source: ..." */
    NS_CAPTION, /* picture captions */
    NS_WIDGET,  /* share and follow prompts, "Scroll down for video", "Read more", related links */
    NS_COMMENT, /* reader comments appended below the article */
    NS_NOTICE,  /* site notices: cookies, terms, advertisement labels */
    NS_ABOUT,   /* a press release's closing "About <issuer>" section and contacts */
    NS_REASONS
};

/* A boilerplate cue from boilerplate.txt: a phrase of up to CUE_MAX_WORDS case-folded words
 * (pointers into the model image), its weight and the reason it gives. VERB cues count only
 * as the first word of a sentence (the imperative of "Sign up today!"). */
#define CUE_MAX_WORDS 4
enum cue_kind { CUE_PHRASE = 0, CUE_VERB = 1 };
typedef struct boiler_cue {
    const char *word[CUE_MAX_WORDS];
    uint8_t word_len[CUE_MAX_WORDS];
    uint8_t n_words;
    uint8_t kind;
    uint8_t reason; /* enum nonstory_reason, NS_PLEA unless the kind names another */
    float weight;
} boiler_cue;

/* The output name of a reason ("plea", "caption", ...), or NULL for NS_STORY. */
const char *nonstory_reason_name(unsigned reason);

/* Classes of events.txt words. */
enum event_word_class { EVENT_NOUN = 1, EVENT_MODIFIER = 2, EVENT_VERB = 3 };

typedef struct lang_data {
    char code[8];           /* ISO 639-1 */
    char stemmer[32];       /* libstemmer algorithm name, "" for none */
    strmap abbrevs;         /* lower-case abbreviation without final period -> abbrev_class */
    strmap stopwords;       /* case-folded stopword -> 1 */
    strmap df;              /* stem -> document frequency (background IDF table) */
    strmap stems;           /* stems.tsv: case-folded form -> length of its stem, which
                             * follows the form and a tab in the image */
    uint32_t df_docs;       /* number of documents the df table was counted over */
    strmap event_words;     /* events.txt: case-folded word -> EVENT_NOUN / EVENT_MODIFIER */
    boiler_cue *cues;       /* boilerplate cues (boilerplate.txt) */
    size_t n_cues;
    bool has_data;          /* the model ships files for it; false for a language known only
                             * from its identification profile (generic splitting rules, the
                             * Snowball stemmer when there is one, no stopwords) */
    bool has_facts;         /* the model has fact data for it (events.txt; the recogniser,
                             * gazetteers and patterns are written for these languages) */
} lang_data;

struct precis_model {
    const char *image; /* the model image: the built-in one in place, else owned_image */
    size_t image_len;
    char *owned_image; /* a copy of an image given to precis_model_load, or NULL */
    char *names;       /* the files' names, NUL-terminated one after another */
    bool builtin;      /* the image is the one compiled into the library */
    lang_data *langs;
    size_t n_langs;
    char languages[128]; /* "en,de,...": the languages the model ships data for */
    struct langid_table *langid; /* identification profiles (langid/profiles.tsv), or NULL */
    struct model_file *files;
    size_t n_files;
    void *ner;         /* facts/ner.h's model, or NULL when the image has none */
    void (*ner_free)(void *);
};

struct model_file {
    const char *name; /* NUL-terminated, inside image */
    const char *data; /* inside image */
    size_t len;
};

/* Reads a model image (precis_model_load without the recognisers: the layer above attaches
 * them, see api/api.c), or the one embedded in the library. */
precis_status model_load(const void *data, size_t len, precis_model **out, precis_error *err);
precis_status model_load_embedded(precis_model **out, precis_error *err);

/* The language data for an ISO code, or NULL. "" and "auto" give the first language. Codes
 * known only from the identification profiles give data with has_data false. */
const lang_data *model_lang(const precis_model *m, const char *code);

/* The compiled recogniser that goes with the built-in image (facts/ner.c checks that it was
 * compiled from the model's en/ner.model), or NULL for a model loaded from elsewhere. */
const void *model_compiled_ner(const precis_model *m, size_t *len);
/* The same for its gazetteers (facts/ner_feat.c, "compiled gazetteers"). */
const void *model_compiled_gaz(const precis_model *m, size_t *len);

/* The stem and idf maps of a loaded model as the built-in model carries them compiled (see
 * model.c, "compiled tables"): *out is malloc'ed. For tools/compile_model.c. */
precis_status model_compile_tables(const precis_model *m, unsigned char **out, size_t *out_len, precis_error *err);

/* Raw bytes of a file of the image ("en/idf.tsv"), or NULL. */
const char *model_file(const precis_model *m, const char *name, size_t *len);

/* The inverse document frequency of a stem under `lang`'s background table, smoothed:
 * log((N + 1) / (df + 1)) + 1, where unseen stems get df = 0 (the rarest weight). */
double model_idf(const lang_data *lang, const char *stem, size_t len);
#endif
