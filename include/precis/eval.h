/* precis/eval.h — scoring summaries: ROUGE as the Perl ROUGE-1.5.5 computes it, and bootstrap
 * confidence intervals. Included by precis/precis.h; may also be included on its own.
 *
 * Objects:
 *   precis_rouge   a ROUGE scorer made from a model (for its English stopwords and the WordNet
 *                  irregular forms used by stemming). It keeps scratch memory and a stem cache,
 *                  so one scorer belongs to one thread at a time; the model may be shared.
 *
 * Agreement with ROUGE-1.5.5 (run as `ROUGE-1.5.5.pl -c 95 -m -n 2 -a -2 4 -u`):
 *   - Tokens: ASCII letters lower-cased; every byte outside [A-Za-z0-9] separates words (so a
 *     non-ASCII letter splits a word, a hyphen is dropped).
 *   - Stemming: a token longer than 3 bytes is looked up in WordNet's irregular forms, else
 *     stemmed by ROUGE-1.5.5's own Porter port (which differs from the textbook in step 4).
 *   - Several references are pooled: R = hits / all reference n-grams,
 *     P = hits / (references x summary n-grams).
 *   - Word (-l) and byte (-b) limits cut the summary and every reference, counting words as
 *     ROUGE does (whitespace-separated, before punctuation is removed).
 *   - ROUGE-L is the summary-level union LCS over sentences, clipped by unigram counts.
 *   - ROUGE-SU<d> counts skip bigrams with at most d words between, plus unigrams (not the
 *     last token's, as ROUGE-1.5.5 does).
 *   - P and R are rounded to 5 decimals and F is computed from the rounded values, as
 *     ROUGE-1.5.5 prints them (precis_rouge_options.round_like_rouge155).
 *   - Stopword removal (-s) uses the model's English stopword list, not ROUGE's SMART list.
 */
#ifndef PRECIS_EVAL_H
#define PRECIS_EVAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "precis/precis.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The metrics a precis_rouge_scores holds, as indexes into its `m` array. */
typedef enum precis_rouge_metric {
    PRECIS_ROUGE_1 = 0, /**< unigram overlap */
    PRECIS_ROUGE_2,     /**< bigram overlap */
    PRECIS_ROUGE_3,     /**< trigram overlap (computed when max_n >= 3) */
    PRECIS_ROUGE_4,     /**< 4-gram overlap (computed when max_n >= 4) */
    PRECIS_ROUGE_L,     /**< summary-level union longest common subsequence */
    PRECIS_ROUGE_SU,    /**< skip bigrams plus unigrams (SU4 by default) */
    PRECIS_ROUGE_METRICS
} precis_rouge_metric;

/** Returns a static name for a metric ("ROUGE-1" ... "ROUGE-4", "ROUGE-L", "ROUGE-SU"; the skip
 *  distance is not part of the name), or NULL when out of range. */
PRECIS_API const char *precis_rouge_metric_name(precis_rouge_metric metric);

/** Scoring options. Initialise with precis_rouge_options_init(). Plain data, may be copied.
 *
 *  The struct can grow as precis_options does: later versions add fields at its end only,
 *  precis_rouge_options_init() records the caller's sizeof in `size`, and the library reads
 *  only the fields inside it, giving the others their defaults. A struct whose size is below
 *  this version's fields was not initialised and is refused with PRECIS_E_INVALID_ARG. */
typedef struct precis_rouge_options {
    size_t size;                /**< set by precis_rouge_options_init(); do not change */
    bool stem;                  /**< -m: WordNet irregular forms, then ROUGE's Porter (default on) */
    bool remove_stopwords;      /**< -s: drop the model's English stopwords (default off) */
    size_t max_words;           /**< -l: keep the first N words of each text; 0 = no limit */
    size_t max_bytes;           /**< -b: keep the first N bytes of each text; 0 = no limit */
    int max_n;                  /**< -n: ROUGE-1 .. ROUGE-max_n are computed, 1..4 (default 2) */
    int skip_distance;          /**< -2: most words between a skip bigram's two words (default 4);
                                     negative = no limit */
    bool skip_unigrams;         /**< -u: count unigrams in ROUGE-S, making it ROUGE-SU (default on) */
    double alpha;               /**< -p: F = 1 / (alpha/P + (1-alpha)/R); default 0.5 */
    bool round_like_rouge155;   /**< round P and R to 5 decimals and F from those (default on) */
} precis_rouge_options;

/** Fills *opts with ROUGE-1.5.5's settings `-m -n 2 -2 4 -u`: stemming on, stopwords kept, no
 *  length limit, alpha 0.5, ROUGE-1.5.5 rounding; and opts->size with sizeof *opts. A macro,
 *  so that the size is the caller's. */
#define precis_rouge_options_init(opts) precis_rouge_options_init_sized((opts), sizeof *(opts))

/** What precis_rouge_options_init() calls: fills the first `size` bytes of *opts (a struct of
 *  `size` bytes; bytes past the library's own struct are zeroed). */
PRECIS_API void precis_rouge_options_init_sized(precis_rouge_options *opts, size_t size);

/** One text to score: its sentences as (pointer, length) pairs of UTF-8 (or any bytes: only
 *  ASCII letters and digits count). A sentence holding newlines is read as several lines, as
 *  ROUGE-1.5.5 reads its one-sentence-a-line files; empty lines are ignored. All pointers are
 *  borrowed for the duration of the call. */
typedef struct precis_rouge_text {
    const char *const *sentences;
    const size_t *lengths;
    size_t n_sentences;
} precis_rouge_text;

/** Precision, recall and F of one metric, with the counts they came from. */
typedef struct precis_rouge_prf {
    double p, r, f;
    double hits;        /**< matched n-grams (LCS: matched tokens), summed over references */
    double ref_total;   /**< reference n-grams, summed over references */
    double sys_total;   /**< summary n-grams times the number of references */
} precis_rouge_prf;

/** Scores of one summary. Metrics not computed (ROUGE-3/4 when max_n < 3) are all zero. */
typedef struct precis_rouge_scores {
    precis_rouge_prf m[PRECIS_ROUGE_METRICS];
} precis_rouge_scores;

typedef struct precis_rouge precis_rouge;

/** Makes a scorer. `model` provides the English stopwords and the WordNet irregular forms
 *  (en/rouge/wordnet-exc.txt) and must outlive the scorer; `opts` may be NULL for the
 *  defaults and is copied. Returns PRECIS_E_INVALID_ARG for options precis_rouge_options_init()
 *  did not fill, PRECIS_E_INVALID_OPTION for out-of-range options (both a
 *  word and a byte limit, max_n outside 1..4, alpha outside [0,1]) and PRECIS_E_MODEL when
 *  stemming is asked for and the model lacks the irregular forms. On success *out owns a scorer
 *  to release with precis_rouge_free(). Thread rule: one thread at a time per scorer. */
PRECIS_API precis_status precis_rouge_new(const precis_model *model, const precis_rouge_options *opts,
                                          precis_rouge **out, precis_error *err);

/** Frees a scorer. NULL is a no-op. */
PRECIS_API void precis_rouge_free(precis_rouge *rouge);

/** Scores one system summary against `n_refs` references (n_refs >= 1), pooled as
 *  ROUGE-1.5.5 pools them. Empty texts score zero (the caller decides whether that is an
 *  error). Returns PRECIS_E_INVALID_ARG for NULL arguments or n_refs == 0, PRECIS_E_NOMEM. */
PRECIS_API precis_status precis_rouge_score(precis_rouge *rouge, const precis_rouge_text *system,
                                            const precis_rouge_text *refs, size_t n_refs,
                                            precis_rouge_scores *out, precis_error *err);

/** The stem ROUGE-1.5.5 gives one lower-case token (WordNet irregular form when the token is
 *  longer than 3 bytes and listed, else its Porter port; tokens of 3 bytes or fewer unchanged),
 *  written into dst (NUL-terminated when it fits). Returns the stem's length; when that is
 *  >= dst_cap the stem did not fit. */
PRECIS_API size_t precis_rouge_stem(const precis_rouge *rouge, const char *token, size_t len,
                                    char *dst, size_t dst_cap);

/** Splits a reference or summary given as one string into sentences for ROUGE-L: a space is
 *  first assumed between sentences run together without one (a '.', '!' or '?' after a
 *  lower-case letter, digit, '%', ')' or quote and before an upper-case letter, as in
 *  "$10.9bn.For the year"), then the model's English sentence splitter runs. On success
 *  *spans_out holds *n_out byte spans into `text` (caller frees with precis_free()); a text
 *  without sentences gives *n_out == 0. Thread rule: the model may be shared. */
PRECIS_API precis_status precis_rouge_split(const precis_model *model, const char *text, size_t len,
                                            precis_span **spans_out, size_t *n_out,
                                            precis_error *err);

/** An average over documents with its bootstrap confidence interval. */
typedef struct precis_rouge_estimate {
    double mean;       /**< the plain mean over documents */
    double boot_mean;  /**< the mean of the resample means: what ROUGE-1.5.5 prints as "Average" */
    double low, high;  /**< the confidence interval, interpolated as ROUGE-1.5.5 does */
} precis_rouge_estimate;

/** Bootstrap as ROUGE-1.5.5 does it: values[i] is the score of document i + 1 (ROUGE's
 *  evaluation id i + 1, in input order); resample r (0 <= r < n_resamples) is seeded with r and
 *  draws n indexes with Perl's drand48 into the documents taken in the string order of their
 *  ids ("1", "10", "100", "11", ...), as ROUGE-1.5.5 does, so results are reproducible and agree
 *  with ROUGE's. `values` is borrowed for the call. `confidence` is in (0,100]
 *  (95 for a 95% interval). n may be 0 (all zero). Returns PRECIS_E_INVALID_ARG for a NULL
 *  pointer with n > 0, n_resamples == 0 or a confidence out of range; PRECIS_E_NOMEM. */
PRECIS_API precis_status precis_rouge_bootstrap(const double *values, size_t n, size_t n_resamples,
                                                double confidence, precis_rouge_estimate *out,
                                                precis_error *err);

/** Estimates for P, R and F of one metric. */
typedef struct precis_rouge_summary {
    precis_rouge_estimate p, r, f;
} precis_rouge_summary;

/** Averages per-document scores (docs[i] is document i + 1, as for precis_rouge_bootstrap) for
 *  every metric, with bootstrap intervals: out[m] for metric m. `docs` is borrowed. Errors as
 *  precis_rouge_bootstrap. */
PRECIS_API precis_status precis_rouge_average(const precis_rouge_scores *docs, size_t n,
                                              size_t n_resamples, double confidence,
                                              precis_rouge_summary out[PRECIS_ROUGE_METRICS],
                                              precis_error *err);

/* ---- spans: precision, recall and F1 of found spans against gold ones ------------------------ */

/** Counts behind a precision/recall pair (named entities, time expressions, quotations). For
 *  exact matching system_matched == gold_matched (the number correct); for overlap matching
 *  they can differ (one system span overlapping two gold ones counts once on each side), as in
 *  the TempEval-3 scorer. */
typedef struct precis_span_counts {
    size_t gold, system;             /**< spans in the gold annotation and found */
    size_t system_matched;           /**< found spans that match a gold one */
    size_t gold_matched;             /**< gold spans that a found one matches */
} precis_span_counts;

/** system_matched / system, 0 when nothing was found. */
PRECIS_API double precis_span_precision(const precis_span_counts *c);
/** gold_matched / gold, 0 when there is no gold span. */
PRECIS_API double precis_span_recall(const precis_span_counts *c);
/** The harmonic mean of precision and recall, 0 when both are 0. */
PRECIS_API double precis_span_f1(const precis_span_counts *c);
/** Adds the counts of c to *to (micro-averaging). */
PRECIS_API void precis_span_counts_add(precis_span_counts *to, const precis_span_counts *c);

#ifdef __cplusplus
}
#endif
#endif /* PRECIS_EVAL_H */
