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
    NS_PANEL,   /* a fact box's or sidebar's labelled fields: "CURRENT JOB: Sky commentator." */
    NS_REASONS
};

/* A boilerplate cue from boilerplate.txt: a phrase of up to CUE_MAX_WORDS case-folded words
 * (pointers into the model image), its weight and the reason it gives. VERB cues count only
 * as the first word of a sentence (the imperative of "Sign up today!"). READER entries are
 * no evidence: one word each that speaks to the reader ("you", "our"; German "Ihre", "du"),
 * by which a cue inside a sentence counts in full (select/boilerplate.c); a word written
 * with a capital matches only so written ("Ihnen" is the reader, "ihnen" them). OPENER
 * entries are no evidence either: the words that open a page's reader comments ("have your
 * say", "in the comments"), by which the comment tail is found (select/boilerplate.c). */
#define CUE_MAX_WORDS 4
enum cue_kind { CUE_PHRASE = 0, CUE_VERB = 1, CUE_READER = 2, CUE_OPENER = 3 };
typedef struct boiler_cue {
    const char *word[CUE_MAX_WORDS];
    /* hash_bytes() of each word, made as the file is read (a document looks every cue word
     * up in its lexicon: hashing them there was 1% of a summary's instructions) */
    uint64_t word_hash[CUE_MAX_WORDS];
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

/* Classes of cues.txt words (quotations, their speakers and sources: facts/quotes.c), bits of
 * the value a word maps to in lang_data.cue_words. CW_PAIR_HEAD marks the first word of a
 * two-word entry ("shot" of "shot back"), which is also a key of its own. */
enum cue_word_class {
    CW_SPEECH = 1u << 0,        /* verbs of saying (lower case only) */
    CW_INVERTING = 1u << 1,     /* come before their subject after a quotation ("said Kim") */
    CW_AFTER = 1u << 2,         /* attribute a quotation only after it ("Kim fumed") */
    CW_PHRASAL = 1u << 3,       /* two-word verbs of saying ("shot back") */
    CW_SOURCE = 1u << 4,        /* make their subject a source ("Kim said the plan failed") */
    CW_REPORT = 1u << 5,        /* credit an outlet ("AFP reported") */
    CW_HEAD_VERB = 1u << 6,     /* verbs of saying a title-case headline capitalises */
    CW_AUX = 1u << 7,           /* between a subject and its verb ("also", "has") */
    CW_PRONOUN = 1u << 8,       /* he, she, they... */
    CW_PLURAL_DET = 1u << 9,    /* a word in -s after one is a noun ("his notes") */
    CW_PREPOSITION = 1u << 10,  /* prepositions the stop list lacks */
    CW_DAY = 1u << 11,          /* days, months, time words */
    CW_DETERMINER = 1u << 12,   /* open a speaker phrase ("the", "her", "one") */
    CW_SUBJECT_DET = 1u << 13,  /* open a description as a sentence's subject */
    CW_CONJUNCTION = 1u << 14,  /* open a sentence before its subject */
    CW_AFTER_SPEAKER = 1u << 15, /* may follow the speaker after "said the candidate" */
    CW_OPENER = 1u << 16,       /* open an adjunct after an attribution */
    CW_CLAUSE = 1u << 17,       /* make the rest a claim of its own ("that", "would") */
    CW_OBJECT_BEFORE = 1u << 18, /* before "Name:", make the name the one spoken to */
    CW_TITLE_SMALL = 1u << 19,  /* short words titles keep in lower case */
    CW_PREP_OPENER = 1u << 20,  /* prepositions in the stop list: opening a sentence, no subject */
    CW_BE = 1u << 21,           /* forms of "be": before a verb of saying, make it passive */
    CW_WORK = 1u << 22,         /* nouns naming a work before its quoted title ("the book") */
    CW_SUBCLAUSE = 1u << 23,    /* open a clause of time or cause ("..., when Kim ...") */
    CW_HEDGE = 1u << 24,        /* say an event is claimed, not established ("allegedly") */
    CW_AFTER_SAID = 1u << 25,   /* open a time or a place after a verb of saying ("said [at] an event") */
    CW_PAIR_HEAD = 1u << 30
};
/* The longest cue word or two-word entry, in bytes. */
#define CUE_WORD_MAX 48

/* Classes of entities.txt words (entity linking and roles: facts/entities.c), bits of the
 * value a word maps to in lang_data.entity_words. */
enum entity_word_class {
    EW_BODY = 1u << 0,         /* nouns that say what kind of body a name is ("the charity X") */
    EW_OPENER = 1u << 1,       /* a sentence's capitalised first word that names no body
                                * ("Yesterday President Kim") */
    EW_ROLE_MODIFIER = 1u << 2, /* before a role, part of it ("former", "acting") */
    EW_TITLE = 1u << 3,         /* before a name, make it a person's ("Sen.", "Mr") */
    EW_PLACE_PREP = 1u << 4,    /* before a name, make it a place's ("in", "near") */
    EW_GIVEN_NAME = 1u << 5,    /* a given name ("Donald"): a name it opens may be a person's */
    EW_STYLED = 1u << 6,        /* a role a person is called by, before the name ("Prince Charles") */
    EW_OCCUPATION = 1u << 7,    /* what a person does, a role before the name ("singer Ana Kim") */
    EW_KIN = 1u << 8            /* a relative, before the name ("his wife Ana Kim", "first lady ...") */
};

/* Classes of facts.txt words (the words the fact slots read clauses and phrases by:
 * facts/facts.c, facts/quantity.c), bits of the value a word maps to in
 * lang_data.fact_words. */
enum fact_word_class {
    FW_CLAUSE_OPENER = 1u << 0,   /* open a sentence before its subject ("In", "After") */
    FW_SENTENCE_OPENER = 1u << 1, /* open a sentence capitalised, no name ("Perhaps") */
    FW_PLACE_NOUN = 1u << 2,      /* "the port of Sines" */
    FW_PHRASE_END = 1u << 3,      /* end a lead verb phrase ("during", "and") */
    FW_MEASURE_UNIT = 1u << 4,    /* "48-hour", "two-day" */
    FW_DETERMINER = 1u << 5,      /* "a", "the", "their" */
    FW_AUX = 1u << 6,             /* resume a main clause ("... was jailed") */
    FW_MODAL = 1u << 7,           /* "could", "must" */
    FW_GROUP_OPENER = 1u << 8,    /* open a counted group ("At least", "Several"); phrases */
    FW_CLAUSE_WORD = 1u << 9,     /* between subject and verb: another clause ("whether") */
    FW_NUMBER_WORD = 1u << 10,    /* "six", "dozens" after a before_number word */
    FW_BEFORE_NUMBER = 1u << 11,  /* "jailed for six years", "rose to 2,000" */
    FW_COMPLEMENT = 1u << 12,     /* open a verb's complement ("sued by", "died in") */
    FW_CONJUNCTION = 1u << 13,    /* an auxiliary after it is the next clause's ("as") */
    FW_IRREGULAR_PAST = 1u << 14, /* "fled", "struck" */
    FW_INTRODUCER = 1u << 15,     /* open an introductory phrase ("With summer ...,") */
    FW_QUANTIFIER = 1u << 16,     /* count a subject ("Most", "Several") */
    FW_EMPTY_SUBJECT = 1u << 17,  /* subjects that say nothing alone ("it", "this") */
    FW_VERB_GROUP = 1u << 18,     /* a verb group's words before its head ("not", "now") */
    FW_REPORT_VERB = 1u << 19,    /* news in their "that" clause ("confirmed that") */
    FW_SUBORDINATOR = 1u << 20,   /* open a subordinate clause ("whether", "because") */
    FW_OWN_PRONOUN = 1u << 21,    /* a speech verb's subject in its clause ("said it would") */
    FW_PARTICLE = 1u << 22,       /* belong to their verb ("ruled out") */
    FW_PARTICLE_END = 1u << 23,   /* may end a predicate ("watch out") */
    FW_RANK = 1u << 24,           /* "first", "only": a cut phrase needs what follows */
    FW_APPROX = 1u << 25,         /* approximations before a quantity ("more than"); phrases */
    FW_DEFINITE = 1u << 26,       /* a number after them is no count ("the two leaders") */
    FW_STATE_PREP = 1u << 27,     /* after a copula, say where or in what state ("is in talks") */
    FW_CIRCUMSTANCE = 1u << 28,   /* a lone verb's circumstance ("stabbed during a row") */
    FW_REFLEXIVE = 1u << 29,      /* an object that leaves the verb alone ("found herself") */
    FW_OBJECT_COMPLEMENT = 1u << 30 /* after a verb's object, its complement ("put the firm into") */
};
/* (an enumeration constant must fit an int: the last bit is a macro) */
#define FW_DEGREE (1u << 31) /* grade the word after a copula ("very", "much") */

/* Classes of people.txt words (people and groups of them: facts/facts.c), bits of the value
 * a word maps to in lang_data.people_words. */
enum people_word_class {
    PW_HE = 1u << 0,           /* "he", "his" after a person's mention */
    PW_SHE = 1u << 1,          /* "she", "her" */
    PW_MALE = 1u << 2,         /* before a name: "Mr.", "spokesman" */
    PW_FEMALE = 1u << 3,       /* "Mrs.", "spokeswoman" */
    PW_SUBJECT_LEAD = 1u << 4, /* before a subject's name ("the former governor") */
    PW_SPEAKER_GROUP = 1u << 5, /* a lone lower-case speaker ("officials said") */
    PW_NOT_PERSON = 1u << 6,   /* a description's head that is no person ("the company") */
    PW_PEOPLE = 1u << 7,       /* nouns for people or a body of them ("troops", "firms") */
    PW_AGENT_ENDING = 1u << 8, /* endings of agent nouns ("-er", "-ists"): endings */
    PW_GENERIC = 1u << 9,      /* people in general ("People who walk ...") */
    PW_MALE_TITLE = 1u << 10,  /* a man's title right before his name ("Mr.") */
    PW_FEMALE_TITLE = 1u << 11, /* a woman's ("Mrs", "Ms.", "Miss") */
    PW_ROLE = 1u << 12,         /* role nouns the gazetteer lacks, before a name ("candidate") */
    PW_MALE_NAME = 1u << 13,    /* a given name mostly men's ("Tom"), when the text says nothing */
    PW_FEMALE_NAME = 1u << 14,  /* one mostly women's ("Ana") */
    PW_BODY = 1u << 15          /* an organisation's head word ("the magazine", "the club") */
};

/* Classes of brief.txt words (the brief's lead line: brief/brief.c), bits of the value a
 * word maps to in lang_data.brief_words. */
enum brief_word_class {
    BW_ATTRIBUTION = 1u << 0,    /* reporting verbs of an attribution ("AFP reported") */
    BW_PLACE_PREP = 1u << 1,     /* before a place that says where ("in London yesterday") */
    BW_AT_PLACE = 1u << 2,       /* put the opening's event at a place ("at Wembley") */
    BW_SUBJECT_PREP = 1u << 3,   /* a name after them in a subject is not its head */
    BW_COMPLETE_EVENT = 1u << 4, /* verbs that are an event alone ("died", "fell") */
    BW_HEAD_PREP = 1u << 5,      /* end a subject's head phrase ("The father [of ...]") */
    BW_PLURAL = 1u << 6,         /* plurals without -s ("people", "police") */
    BW_NAMED_PREP = 1u << 7,     /* between a subject's head and its name ("Shares in X") */
    BW_CLAUSE_BREAK = 1u << 8,   /* open another clause ("after", "while"): its places are its own */
    BW_GROUP_NOUN = 1u << 9,     /* a group or a part an "of" phrase names ("A group of MPs") */
    BW_EVENT_SITE = 1u << 10,    /* put an event named by its noun at a place or time ("took place") */
    BW_PASSIVE_NEEDS = 1u << 11, /* participles a passive needs more after ("was told [to]") */
    BW_OBJECT_NEEDS = 1u << 12,  /* verbs whose object needs its complement ("described X [as]") */
    BW_FINDING = 1u << 13,       /* end an attribution to research (", research shows") */
    BW_TELL = 1u << 14,          /* tell someone a clause ("told delegates [that ...]") */
    BW_STATE_NEEDS = 1u << 15,   /* leave an object in a state ("left guests [in tears]") */
    BW_NAMING = 1u << 16,        /* call an object something ("branded X [as "pathetic"]") */
    BW_TWO_OBJECTS = 1u << 17,   /* give someone something ("gave a crowd [a ... endorsement]") */
    BW_AFFILIATION = 1u << 18,   /* an "in"/"at" after them names a firm or club ("a stake in X") */
    BW_OTHER_TIME = 1u << 19,    /* put an event noun at another time ("their midweek defeat") */
    BW_REQUEST = 1u << 20,       /* ask, with "for", for what an infinitive says ("called for X [to be dropped]") */
    BW_CLAIM = 1u << 21,         /* say what others may dispute ("claimed he was fouled") */
    BW_PHRASE_NOUN = 1u << 22,   /* say what only with the phrase after them ("a bid [for Reid]") */
    BW_EMPTY_NOUN = 1u << 23,    /* say nothing without their infinitive ("took an opportunity [to ...]") */
    BW_BLAME = 1u << 24,         /* lay what they do on someone with "on" or "for" ("blames loss [on Comey]") */
    BW_CONTENT = 1u << 25        /* after a noun, say what it holds ("a letter [saying] ...") */
};

/* Entries of the class-word files (entities.txt, and the others model.c lists in
 * WORD_FILES) are one lower-case word, or for the classes that say so, a phrase of at most
 * WORD_PHRASE_MAX words ("more than") or a word's ending of at most WORD_ENDING_MAX bytes. */
#define WORD_PHRASE_MAX 4
#define WORD_ENDING_MAX 6

typedef struct lang_data {
    char code[8];           /* ISO 639-1 */
    char stemmer[32];       /* libstemmer algorithm name, "" for none */
    strmap abbrevs;         /* lower-case abbreviation without final period -> abbrev_class */
    strmap stopwords;       /* case-folded stopword -> 1 */
    strmap df;              /* stem -> document frequency (background IDF table); the
                             * built-in model's has a packed copy and no slots to walk */
    strmap stems;           /* stems.tsv: case-folded form -> length of its stem, which
                             * follows the form and a tab in the image; the built-in
                             * model's has a packed copy and no slots, as df */
    /* The built-in model's packed copy of stems carries, above the stem's length, its df + 1
     * (model_stem_value): the lexicon then knows the idf of a term of a frequent form
     * without a lookup in the df table. False for a model read from a file. */
    bool stems_df;
    uint32_t df_docs;       /* number of documents the df table was counted over */
    double *idf_of_df;      /* model_idf's answer for each df from 0 to df_docs, worked out
                             * once at load (a log at each of a document's terms was 1% of a
                             * summary); NULL when the language has no df table */
    strmap event_words;     /* events.txt: case-folded word -> EVENT_NOUN / EVENT_MODIFIER */
    strmap cue_words;       /* cues.txt: lower-case word (or "word word") -> cue_word_class
                             * bits; empty when the language has no such file */
    strmap entity_words;    /* entities.txt: lower-case word -> entity_word_class bits; empty
                             * when the language has no such file */
    strmap fact_words;      /* facts.txt: lower-case word or phrase -> fact_word_class bits */
    strmap people_words;    /* people.txt: lower-case word or ending -> people_word_class bits */
    strmap brief_words;     /* brief.txt: lower-case word -> brief_word_class bits */
    boiler_cue *cues;       /* boilerplate cues (boilerplate.txt) */
    size_t n_cues;
    size_t readers_from, readers_to; /* cues[readers_from, readers_to) holds every CUE_READER
                                      * cue (and maybe others): addressing the reader is asked
                                      * word by word, and the file lists them together */
    bool has_data;          /* the model ships files for it; false for a language known only
                             * from its identification profile (generic splitting rules, the
                             * Snowball stemmer when there is one, no stopwords) */
    bool has_facts;         /* the model has fact data for it (events.txt; the recogniser,
                             * gazetteers and patterns are written for these languages) */
    void *ner;              /* its entity recogniser (facts/ner.h, from <code>/ner.model), set
                             * by the layer above after loading; NULL when it has none */
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
    /* frees the languages' recognisers (lang_data.ner); set by whoever attached them */
    void (*ner_free)(void *);
    /* the time expression finder's word index (facts/timex.c), built once with the model
     * instead of at every run of the finder; NULL when not attached, with its free */
    void *timex_words;
    void (*timex_words_free)(void *);
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

/* The compiled recogniser that goes with the built-in image (facts/ner.c checks which
 * language's <code>/ner.model it was compiled from), or NULL for a model loaded from
 * elsewhere. */
const void *model_compiled_ner(const precis_model *m, size_t *len);
/* The same for its gazetteers (facts/ner_feat.c, "compiled gazetteers"). */
const void *model_compiled_gaz(const precis_model *m, size_t *len);

/* The cue_word_class bit of a cues.txt class name ("speech"), or 0 when there is none. */
uint32_t cue_class_bit(const char *name, size_t len);

/* The class bits a class-word map (lang_data.entity_words, ...) gives text s[0, len), ASCII
 * case aside (a phrase's words joined by single spaces); 0 for text it does not list, and
 * for every text when the language has no such file. */
static inline uint32_t model_word_class(const strmap *words, const char *s, size_t len) {
    char key[CUE_WORD_MAX];
    if (words->count == 0 || len == 0 || len > sizeof key)
        return 0;
    int32_t v = strmap_get_h(words, key, len, hash_lower_ascii(s, len, key));
    return v != -1 ? (uint32_t)v : 0; /* -1: not listed (no word is in all 32 classes) */
}

/* The entity_word_class bits of token text s[0, len) in `lang`'s entities.txt, ASCII case
 * aside; 0 for a word it does not list. */
uint32_t model_entity_word(const lang_data *lang, const char *s, size_t len);

/* The stem, idf, cue-word and entity-word maps of a loaded model as the built-in model carries them
 * compiled (see model.c, "compiled tables"): *out is malloc'ed. For tools/compile_model.c. */
precis_status model_compile_tables(const precis_model *m, unsigned char **out, size_t *out_len, precis_error *err);

/* Raw bytes of a file of the image ("en/idf.tsv"), or NULL. */
const char *model_file(const precis_model *m, const char *name, size_t *len);

/* The inverse document frequency of a stem under `lang`'s background table, smoothed:
 * log((N + 1) / (df + 1)) + 1, where unseen stems get df = 0 (the rarest weight). */
double model_idf(const lang_data *lang, const char *stem, size_t len);
/* The same with h = hash_bytes(stem, len) already known (a lexicon's term_hash). */
double model_idf_h(const lang_data *lang, const char *stem, size_t len, uint64_t h);
/* model_idf's answer for a stem whose document frequency is df (0 for a stem not in the
 * table): what model_idf_h gives once it has found df. */
double model_idf_of_df(const lang_data *lang, int32_t df);

/* A value of lang->stems from a lookup (strmap_get_key_h): the stem's length, and in *df
 * its document frequency in lang->df when the value carries it (lang->stems_df), else -1. */
static inline size_t model_stem_value(const lang_data *lang, int32_t value, int32_t *df) {
    if (!lang->stems_df) {
        *df = -1;
        return (size_t)value;
    }
    *df = (value >> 8) - 1;
    return (size_t)(value & 0xFF);
}
#endif
