/* precis.h — the public API of libprecis, an extractive summarizer and key-fact extractor.
 *
 * This header is the contract: anything not declared here is internal and may change.
 *
 * Objects:
 *   precis_model   language data and weights; immutable after loading, shareable by any
 *                  number of threads at once.
 *   precis_doc     one analysed document (text, sentences, tokens, scores, facts); owns all
 *                  of its memory and is freed in one call. One thread at a time.
 *
 * Conventions:
 *   - Text enters as (pointer, length) of bytes. It need not be valid UTF-8 or NUL-terminated:
 *     invalid sequences are read as U+FFFD and counted. Every offset the library reports is a
 *     byte offset into the caller's original buffer.
 *   - Fallible functions return precis_status (PRECIS_OK == 0) and fill an optional
 *     precis_error with a message naming the place and the reason.
 *   - Memory returned to the caller is released with precis_free(); destructors accept NULL.
 *   - The library never prints, never exits, and never reads files.
 */
#ifndef PRECIS_PRECIS_H
#define PRECIS_PRECIS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(PRECIS_BUILDING)
#define PRECIS_API __attribute__((visibility("default")))
#else
#define PRECIS_API
#endif

#define PRECIS_VERSION_MAJOR 0
#define PRECIS_VERSION_MINOR 1
#define PRECIS_VERSION_PATCH 0
#define PRECIS_VERSION_STRING "0.1.0"

/** Returns the library's version string ("X.Y.Z"), which may differ from the header's. */
PRECIS_API const char *precis_version(void);

/* ---- errors ------------------------------------------------------------------------------ */

/** Status codes. Values are stable and never renumbered. */
typedef enum precis_status {
    PRECIS_OK = 0,
    PRECIS_E_NOMEM = -1,          /**< an allocation failed */
    PRECIS_E_INVALID_ARG = -2,    /**< a NULL or out-of-range argument */
    PRECIS_E_INVALID_OPTION = -3, /**< an option name or value was rejected */
    PRECIS_E_MODEL = -4,          /**< a model image is malformed or incomplete */
    PRECIS_E_INPUT = -5,          /**< the input cannot be processed (too large, malformed) */
    PRECIS_E_UNSUPPORTED = -6,    /**< an unknown language or method */
    PRECIS_E_STATE = -7           /**< a call made out of order */
} precis_status;

/** Detailed error, filled by fallible calls when a non-NULL pointer is passed. */
typedef struct precis_error {
    precis_status code;
    char message[256]; /**< NUL-terminated; names the input, the place and the reason */
} precis_error;

/** Returns a static, human-readable name for a status code (never NULL). */
PRECIS_API const char *precis_status_str(precis_status code);

/** Releases memory returned by the library (rendered text, arrays). NULL is a no-op. */
PRECIS_API void precis_free(void *p);

/* ---- model -------------------------------------------------------------------------------- */

typedef struct precis_model precis_model;

/** Loads a model image (the format written by tools/pack_model) from memory.
 *  The bytes are copied; the caller may free `data` after the call. On success *out owns a
 *  model to release with precis_model_free(). Thread rule: a loaded model is read-only and may
 *  be used by any number of threads at once. */
PRECIS_API precis_status precis_model_load(const void *data, size_t len, precis_model **out,
                                           precis_error *err);

/** Loads the default model compiled into the library (English plus the splitter and
 *  stopword data of the other shipped languages). */
PRECIS_API precis_status precis_model_default(precis_model **out, precis_error *err);

/** Frees a model. NULL is a no-op. No document made with it may be used afterwards. */
PRECIS_API void precis_model_free(precis_model *model);

/** Writes the comma-separated list of languages the model has data for into a static-lifetime
 *  string owned by the model (valid until precis_model_free). */
PRECIS_API const char *precis_model_languages(const precis_model *model);

/* ---- options ------------------------------------------------------------------------------ */

/** Summary scoring methods. */
typedef enum precis_method {
    PRECIS_METHOD_DEFAULT = 0, /**< position-aware centrality plus lead, title and length priors */
    PRECIS_METHOD_LEAD,        /**< the first sentences */
    PRECIS_METHOD_TFIDF,       /**< cosine similarity to the document centroid */
    PRECIS_METHOD_TEXTRANK,    /**< Mihalcea & Tarau 2004: word-overlap graph + PageRank */
    PRECIS_METHOD_LEXRANK      /**< Erkan & Radev 2004: continuous LexRank over idf-cosine */
} precis_method;

/** Budget kinds for a summary. */
typedef enum precis_budget {
    PRECIS_BUDGET_SENTENCES = 0,
    PRECIS_BUDGET_WORDS,
    PRECIS_BUDGET_CHARS,
    PRECIS_BUDGET_RATIO /**< a fraction of the document's words */
} precis_budget;

typedef struct precis_idf precis_idf;

/** Processing options. Initialise with precis_options_init(); set fields directly or by name
 *  with precis_options_set(). The struct is plain data and may be copied.
 *
 *  The struct can grow: later versions add fields at its end only. precis_options_init()
 *  records in `size` how large the caller's struct is (its sizeof where it was compiled), and
 *  the library reads and writes only the fields that fit in that size, giving the others
 *  their defaults; so a program built against an older header keeps working with a newer
 *  library. A struct that was not initialised (size below this version's first fields) is
 *  refused with PRECIS_E_INVALID_ARG. */
typedef struct precis_options {
    size_t size;              /**< set by precis_options_init(); do not change */
    char lang[8];             /**< ISO 639-1 code, or "auto" (the default; "" too): identified from
                                   the text among the model's profiles, the model's first
                                   language when the text does not tell */
    precis_method method;     /**< scoring method */
    precis_budget budget;     /**< budget kind */
    double budget_value;      /**< sentences, words, chars, or a ratio in (0,1] */
    double redundancy;        /**< MMR trade-off in [0,1]: 0 = pure relevance */
    int brief_words;          /**< word budget of the brief (default 80) */
    size_t max_bytes;         /**< inputs longer than this are refused (0 = no limit) */
    char date[11];            /**< document date YYYY-MM-DD for resolving time expressions, or "";
                                   precis_options_set("date") also takes an ISO 8601 timestamp
                                   and keeps its date */
    char title[512];          /**< optional title (UTF-8) used as a scoring signal, or "" */
    const precis_idf *idf;    /**< borrowed: document frequencies of the caller's collection to
                                   use instead of the model's background table, or NULL. Must
                                   outlive every document made with these options. */
} precis_options;

/** Fills *opts with the defaults: lang "auto", method default, 3 sentences, redundancy 0.3,
 *  brief 80 words, max_bytes 64 MiB; and opts->size with sizeof *opts. A macro, so that the
 *  size is the caller's. */
#define precis_options_init(opts) precis_options_init_sized((opts), sizeof *(opts))

/** What precis_options_init() calls: fills the first `size` bytes of *opts (a struct of
 *  `size` bytes; bytes past the library's own struct are zeroed). */
PRECIS_API void precis_options_init_sized(precis_options *opts, size_t size);

/** Sets an option by name from a string: "lang" ("auto" or a language tag: "de", "de-DE" and
 *  "pt_BR" are read as their primary language), "method" (default|lead|tfidf|textrank|
 *  lexrank), "sentences", "words", "chars", "ratio", "redundancy", "brief-words",
 *  "max-bytes", "date" (a calendar date YYYY-MM-DD, or an ISO 8601 timestamp such as
 *  "2024-05-02T10:00:00Z" whose date is kept), "title". Returns PRECIS_E_INVALID_OPTION with the allowed range in
 *  err->message when the name or value is rejected, or when the option's field lies past
 *  opts->size; values are never silently clamped. PRECIS_E_INVALID_ARG for a struct that
 *  precis_options_init() did not fill. */
PRECIS_API precis_status precis_options_set(precis_options *opts, const char *name,
                                            const char *value, precis_error *err);

/** Returns the method's name ("default", "lead", ...) or NULL for an unknown value. */
PRECIS_API const char *precis_method_name(precis_method method);

/* ---- documents ------------------------------------------------------------------------------ */

typedef struct precis_doc precis_doc;

/** A byte range [start, end) into the caller's original input. */
typedef struct precis_span {
    size_t start;
    size_t end;
} precis_span;

/** Analyses `len` bytes of text: decodes (repairing invalid UTF-8), splits paragraphs,
 *  sentences and tokens. The text is copied; the caller keeps ownership of `text`.
 *  `opts` may be NULL for the defaults. On success *out owns a document to release with
 *  precis_doc_free(). Empty or whitespace-only input gives a document with no sentences. */
PRECIS_API precis_status precis_doc_new(const precis_model *model, const char *text, size_t len,
                                        const precis_options *opts, precis_doc **out,
                                        precis_error *err);

/** Frees a document. NULL is a no-op. */
PRECIS_API void precis_doc_free(precis_doc *doc);

/** Number of sentences found. */
PRECIS_API size_t precis_doc_sentence_count(const precis_doc *doc);

/** Stores in *out the byte span of sentence `i` (0-based; trailing whitespace excluded).
 *  PRECIS_E_INVALID_ARG when `i` is not below precis_doc_sentence_count() (or an argument is
 *  NULL); *out is then {0,0}. */
PRECIS_API precis_status precis_doc_sentence(const precis_doc *doc, size_t i, precis_span *out,
                                             precis_error *err);

/** The ISO code of the language the document was read in: the one asked for, or the one
 *  identified from the text with lang "auto". Static lifetime (owned by the model). */
PRECIS_API const char *precis_doc_language(const precis_doc *doc);

/** How sure the identification was, in [0,1]: 1 when the language was asked for, 0 when the
 *  text gave no evidence and the model's first language was taken. */
PRECIS_API double precis_doc_language_confidence(const precis_doc *doc);

/** False when the model has no fact data for the document's language: the facts view is
 *  then empty and the brief is built from the extract alone (nothing is guessed from
 *  another language's rules). */
PRECIS_API bool precis_doc_has_facts(const precis_doc *doc);

/** Number of tokens found in the whole document. */
PRECIS_API size_t precis_doc_token_count(const precis_doc *doc);

/** Number of invalid UTF-8 sequences that were read as U+FFFD. */
PRECIS_API size_t precis_doc_invalid_sequences(const precis_doc *doc);

/** Returns a copy of the input bytes in [span.start, span.end) as valid NFC UTF-8, with
 *  invalid sequences replaced by U+FFFD, control characters dropped and runs of whitespace
 *  (including newlines) collapsed to one space. Caller frees with precis_free(). */
PRECIS_API char *precis_doc_text(const precis_doc *doc, precis_span span, size_t *len_out);

/* ---- collection statistics ---------------------------------------------------------------- */

/** Creates an empty document-frequency table for a caller's collection (`precis batch --idf
 *  collection`), keyed like the model's background table (the library's own tokens and
 *  stems, so documents must be made with the same language). Thread rule: one thread at a
 *  time while counting; read-only and shareable by any number of threads afterwards.
 *  Free with precis_idf_free(). */
PRECIS_API precis_status precis_idf_new(precis_idf **out, precis_error *err);

/** Counts each distinct term of `doc` once (the document is not modified). */
PRECIS_API precis_status precis_idf_add_document(precis_idf *idf, const precis_doc *doc, precis_error *err);

/** Adds the counts of `src` to `dst` (for per-thread tables in a parallel first pass). */
PRECIS_API precis_status precis_idf_merge(precis_idf *dst, const precis_idf *src, precis_error *err);

/** Number of documents counted. */
PRECIS_API size_t precis_idf_documents(const precis_idf *idf);

/** Number of distinct terms counted. */
PRECIS_API size_t precis_idf_terms(const precis_idf *idf);

/** Frees the table. NULL is a no-op. */
PRECIS_API void precis_idf_free(precis_idf *idf);

/* ---- rendering --------------------------------------------------------------------------------- */

/** What to render. */
typedef enum precis_view {
    PRECIS_VIEW_SPLIT = 0, /**< every sentence */
    PRECIS_VIEW_SUMMARY,   /**< the chosen sentences */
    PRECIS_VIEW_FACTS,     /**< entities, time expressions and fact slots */
    PRECIS_VIEW_BRIEF,     /**< the one-paragraph brief */
    PRECIS_VIEW_EXPLAIN    /**< every sentence with its score and the parts of the score */
} precis_view;

/** Output formats. Not every view supports every format; unsupported pairs return
 *  PRECIS_E_UNSUPPORTED. */
typedef enum precis_format {
    PRECIS_FORMAT_TEXT = 0,
    PRECIS_FORMAT_JSON,     /**< one JSON object on one line, newline-ended */
    PRECIS_FORMAT_JSONL,    /**< for the split view: one JSON object per sentence, one a line */
    PRECIS_FORMAT_MARKDOWN,
    PRECIS_FORMAT_HTML,     /**< a standalone page, no external resources */
    PRECIS_FORMAT_JSON_PRETTY /**< the JSON object indented, one member a line, newline-ended */
} precis_format;

/** True when `view` can be rendered in `format`. Every view has text, json and json-pretty;
 *  split adds jsonl; summary, facts and brief add markdown and html. */
PRECIS_API bool precis_view_supports(precis_view view, precis_format format);

/** The names of the formats `view` supports, comma-separated ("text, json, markdown, html"),
 *  static, for messages and help. */
PRECIS_API const char *precis_view_formats(precis_view view);

/** Renders a view of the document into a new buffer (NUL-terminated; *len_out excludes the
 *  NUL). Every view in every format ends in a newline. A format the view lacks gives PRECIS_E_UNSUPPORTED, with a message that names the
 *  view and its formats, before any work is done. Computes whatever the view needs (scores, selection, facts) on first use and caches
 *  it in the document. Caller frees *out with precis_free(). */
PRECIS_API precis_status precis_doc_render(precis_doc *doc, precis_view view, precis_format format,
                                           char **out, size_t *len_out, precis_error *err);

/** precis_doc_render onto the end of a growable buffer, for a caller that assembles several
 *  views into one output (as `precis batch` does its lines) without copying each. *buf holds
 *  *len bytes of *cap allocated ones (NULL, 0, 0 for a new buffer; otherwise memory from
 *  malloc or realloc, NUL-terminated at *len); it is grown with realloc as needed and stays
 *  the caller's (free it with precis_free()). On success *len includes the rendering; on
 *  failure it is unchanged (though the buffer may have moved and grown). */
PRECIS_API precis_status precis_doc_render_append(precis_doc *doc, precis_view view, precis_format format,
                                                  char **buf, size_t *len, size_t *cap, precis_error *err);

/* ---- summaries --------------------------------------------------------------------------------- */

/** Scores and selects sentences with the document's options (idempotent). */
PRECIS_API precis_status precis_doc_summarize(precis_doc *doc, precis_error *err);

/** Number of sentences chosen by precis_doc_summarize (0 before it is called). */
PRECIS_API size_t precis_doc_summary_count(const precis_doc *doc);

/** Stores in *out the index (into the document's sentences) of the i-th chosen sentence, in
 *  document order. PRECIS_E_INVALID_ARG when `i` is not below precis_doc_summary_count(). */
PRECIS_API precis_status precis_doc_summary_sentence(const precis_doc *doc, size_t i, size_t *out,
                                                     precis_error *err);

/** Stores in *out the score of sentence `i` under the chosen method. PRECIS_E_STATE before
 *  precis_doc_summarize, PRECIS_E_INVALID_ARG when `i` is out of range. */
PRECIS_API precis_status precis_doc_sentence_score(const precis_doc *doc, size_t i, double *out,
                                                   precis_error *err);

/** Stores in *why why sentence `i` is left out of summaries, facts and briefs as not part of the story:
 *  "plea" (subscribe, donate, sign up), "credit" (photo credits, bylines, copyright,
 *  "Source: ..."), "caption" (picture captions), "widget" (share and follow prompts, "Scroll
 *  down for video", "Read more"), "comment" (reader comments below the article), "notice"
 *  (cookies, terms, advertisement labels), "about" (a press release's closing section) or
 *  "panel" (a fact box's labelled fields: "CURRENT JOB: Sky commentator.");
 *  NULL for a story sentence. The names are stable; new ones may be added. PRECIS_E_STATE
 *  before precis_doc_summarize, PRECIS_E_INVALID_ARG when `i` is out of range. */
PRECIS_API precis_status precis_doc_sentence_left_out(const precis_doc *doc, size_t i, const char **why,
                                                      precis_error *err);

/** True after precis_doc_summarize when the document has sentences but none of them is
 *  story (a page of reader comments, captions or site text, of three sentences or more):
 *  its summary and brief are empty and its facts name nothing. */
PRECIS_API bool precis_doc_no_story(const precis_doc *doc);

/* ---- facts, span by span (EXPERIMENTAL) -----------------------------------------------------
 * What the facts view lists, as structs with byte offsets into the caller's input, for
 * programs that would otherwise render the facts as JSON and parse it back. Experimental:
 * these declarations may change in any release, without a new ABI version. Every accessor
 * needs precis_doc_facts first (PRECIS_E_STATE before), and refuses an index at or past its
 * count (PRECIS_E_INVALID_ARG). Pointers in the structs point into the document and live
 * until precis_doc_free. */

/** Computes the document's facts (idempotent; precis_doc_render of the facts view does the
 *  same). */
PRECIS_API precis_status precis_doc_facts(precis_doc *doc, precis_error *err);

/** Kinds of named entity, as the recogniser tags them. */
typedef enum precis_entity_type {
    PRECIS_ENTITY_PER = 0, /**< a person */
    PRECIS_ENTITY_LOC,     /**< a place */
    PRECIS_ENTITY_ORG,     /**< an organisation */
    PRECIS_ENTITY_MISC     /**< another name (events, works, nationalities and demonyms) */
} precis_entity_type;

/** "PER", "LOC", "ORG", "MISC" (the facts JSON's names), or NULL out of range. */
PRECIS_API const char *precis_entity_type_name(precis_entity_type type);

/** One mention of a named entity (the facts JSON's "entities" list). */
typedef struct precis_mention {
    size_t start, end;       /**< the words of the mention */
    precis_entity_type type;
    long entity;             /**< the entity it mentions (0-based, as in "entity_list"), or -1 */
    bool demonym;            /**< a demonym or adjective ("Russian") pointing at the entity */
} precis_mention;

/** Number of entity mentions (0 when the model has no recogniser). */
PRECIS_API size_t precis_doc_mention_count(const precis_doc *doc);
PRECIS_API precis_status precis_doc_mention(const precis_doc *doc, size_t i, precis_mention *out,
                                            precis_error *err);

/** Kinds of time expression (TIMEX3). */
typedef enum precis_timex_type {
    PRECIS_TIMEX_DATE = 0,
    PRECIS_TIMEX_TIME,
    PRECIS_TIMEX_DURATION,
    PRECIS_TIMEX_SET
} precis_timex_type;

/** "DATE", "TIME", "DURATION", "SET", or NULL out of range. */
PRECIS_API const char *precis_timex_type_name(precis_timex_type type);

/** One time expression (the facts JSON's "timexes" list). */
typedef struct precis_timex {
    size_t start, end;
    precis_timex_type type;
    const char *value; /**< TIMEX3 value, NUL-terminated: "2019-04-25", "P3D", "PAST_REF" */
} precis_timex;

PRECIS_API size_t precis_doc_timex_count(const precis_doc *doc);
PRECIS_API precis_status precis_doc_timex(const precis_doc *doc, size_t i, precis_timex *out,
                                          precis_error *err);

/** One direct quotation (the facts JSON's "quotes" list). */
typedef struct precis_quote {
    size_t start, end;        /**< the quoted words, without their quotation marks */
    bool joins_previous;      /**< continues the quotation before it (its next paragraph, or its
                                   part after an interrupting attribution) */
    bool has_speaker;         /**< false when the speaker is withheld (unattributed) */
    size_t speaker_start, speaker_end; /**< the words naming the speaker, when has_speaker */
    long speaker_entity;      /**< the entity the speaker resolves to, or -1 */
    const char *speaker_name; /**< that entity's name (not NUL-terminated), or NULL */
    size_t speaker_name_len;
    bool continued;           /**< the speaker was carried over from just before */
    double confidence;        /**< in the speaker, in [0, 1]; 0 when withheld */
} precis_quote;

PRECIS_API size_t precis_doc_quote_count(const precis_doc *doc);
PRECIS_API precis_status precis_doc_quote(const precis_doc *doc, size_t i, precis_quote *out,
                                          precis_error *err);

/** One attributed source (the facts JSON's "sources" list): "according to AFP",
 *  "reportedly", "Kim said that ...". */
typedef struct precis_source {
    size_t start, end;         /**< the source's name, or the adverb ("reportedly") */
    size_t cue_start, cue_end; /**< the cue: "according to", "reported" */
    bool named;                /**< names someone (not "reportedly", "sources said") */
    bool speech;               /**< reported speech rather than an outlet */
    long entity;               /**< the entity named, or -1 */
    size_t claim_start, claim_end; /**< what the source is credited with; equal when none */
} precis_source;

PRECIS_API size_t precis_doc_source_count(const precis_doc *doc);
PRECIS_API precis_status precis_doc_source(const precis_doc *doc, size_t i, precis_source *out,
                                           precis_error *err);

/** The slots of the facts view that answer who, what, where and when. */
typedef enum precis_slot {
    PRECIS_SLOT_WHO = 0, /**< the people and bodies acting, first the lede's unnamed group when
                              it leads ("Dock workers") */
    PRECIS_SLOT_WHAT,    /**< the main event: the headline's predicate, the event's noun and the
                              lede's verb phrase, each when found */
    PRECIS_SLOT_WHERE,   /**< the places */
    PRECIS_SLOT_WHEN     /**< the time expressions */
} precis_slot;

/** What an answer rests on (the facts JSON's "basis"), strongest first. */
typedef enum precis_basis {
    PRECIS_BASIS_HEADLINE = 0, /**< the headline's subject or predicate */
    PRECIS_BASIS_INTRODUCED,   /**< a place introduced ("in", "at") at the top of the story */
    PRECIS_BASIS_OPENING,      /**< named in the headline or the lede, at the top of the story */
    PRECIS_BASIS_GROUP,        /**< the lede's unnamed subject group */
    PRECIS_BASIS_BODY,         /**< found further down, ranked by salience */
    PRECIS_BASIS_BACKGROUND,   /**< a date most likely not the event's (a far year, a deadline) */
    PRECIS_BASIS_DATE          /**< when: the document's own date, given with it (a date option or
                                    field, an HTML page's time), when the top of the story names
                                    no time; its answer has no span (start == end == 0) */
} precis_basis;

/** "headline", "introduced", "opening", "group", "body", "background", "date" (the facts
 *  JSON's names), or NULL out of range. */
PRECIS_API const char *precis_basis_name(precis_basis basis);

/** One answer of a slot, in the facts view's order (the first is the slot's best). */
typedef struct precis_answer {
    size_t start, end;        /**< the evidence: the entity's first mention (who, where), the
                                   group, the phrase (what) or the expression (when) */
    const char *name;         /**< who and where: the entity's name (not NUL-terminated); NULL
                                   for the others, whose words are those of [start, end)
                                   (precis_doc_text gives them as the facts view writes them) */
    size_t name_len;
    long entity;              /**< who and where: the entity (as in precis_mention), or -1 */
    const char *part;         /**< what: "phrase", "event" or "action" (the facts JSON's member);
                                   who: "group" for the lede's unnamed group; else NULL */
    const char *value;        /**< when: the TIMEX3 value, NUL-terminated; else NULL */
    size_t role_start, role_end; /**< who: the person's role ("the chief executive"); equal when none */
    long in_entity;           /**< where: the larger place written with it ("Vladivostok, Russia"), or -1 */
    size_t in_start, in_end;  /**< that place's mention; equal when none */
    precis_basis basis;       /**< what the answer rests on */
    double confidence;        /**< how often a first answer of this slot and basis was right on
                                   the five-W development set, in [0, 1] (docs/FACTS.md) */
} precis_answer;

/** Number of answers of a slot (0 for a slot out of range or before precis_doc_facts). */
PRECIS_API size_t precis_doc_answer_count(const precis_doc *doc, precis_slot slot);
PRECIS_API precis_status precis_doc_answer(const precis_doc *doc, precis_slot slot, size_t i, precis_answer *out,
                                           precis_error *err);

#ifdef __cplusplus
}
#endif

/* Summary evaluation (ROUGE), a topic header of its own. */
#include "precis/eval.h"
#endif /* PRECIS_PRECIS_H */
