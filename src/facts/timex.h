/* timex: finding time expressions (TIMEX3: dates, times, durations, sets) in a document and
 * normalising them to TIMEX3-style values, resolved against a document creation time (dct)
 * when one is given. The finder reads the segmenter's tokens (segment/segment.h), each cut
 * into letter runs, digit runs and punctuation: a document's own tokens (timex_find_doc), or
 * those of raw bytes segmented for the purpose (timex_find). See docs/TIMEX.md for what is
 * recognised and the value grammar. */
#ifndef PRECIS_FACTS_TIMEX_H
#define PRECIS_FACTS_TIMEX_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "precis/precis.h"
#include "util/arena.h"

enum { TIMEX_DATE = 0, TIMEX_TIME = 1, TIMEX_DURATION = 2, TIMEX_SET = 3 };

typedef struct timex {
    size_t start, end; /* byte offsets into the input, end exclusive */
    uint8_t type;      /* TIMEX_DATE, TIMEX_TIME, TIMEX_DURATION or TIMEX_SET */
    char value[32];    /* NUL-terminated TIMEX3 value: "2019-04-25", "P3D", "PAST_REF", ... */
} timex;

/* Finds the time expressions of text[0, len) in document order, without overlaps: segments
 * the text (without language data) and runs the finder over its tokens.
 * dct: the document date as "YYYY-MM-DD" (anything after the first ten characters, such as
 * a time, is ignored), or NULL when unknown; relative expressions are then left unresolved
 * ("XXXX-WXX-4", "XXXX-04-25", "PAST_REF") but keep their type.
 * On success *out points to *n entries allocated in `a` (valid until the arena is freed;
 * *out may be NULL when *n is 0). Cost: linear in len (bounded look-ahead per token); the
 * tokens take the arena a segmentation takes (a few dozen bytes a token).
 * Errors: PRECIS_E_INVALID_ARG for a NULL argument or a malformed dct, PRECIS_E_NOMEM. */
precis_status timex_find(const char *text, size_t len, const char *dct, arena *a, timex **out,
                         size_t *n, precis_error *err);

/* timex_find over document d's own tokens (d->seg): the expressions of its text, offsets into
 * d->text. The same results as timex_find(d->text, d->len, ...), without segmenting again. */
precis_status timex_find_doc(const precis_doc *d, const char *dct, arena *a, timex **out, size_t *n,
                             precis_error *err);

/* timex_find_doc resolved against the document's dateline: dct gets what
 * timex_dateline_doc(d, dct) finds ("" when it finds none) and the expressions are those of
 * timex_find_doc(d, dct[0] ? dct : NULL, ...). One run: the dateline is read from the run's
 * own first pieces instead of a segmentation of its own (unless the body starts past a BOM). */
precis_status timex_find_doc_dateline(const precis_doc *d, char dct[11], arena *a, timex **out,
                                      size_t *n, precis_error *err);

/* For tests of the finder's start-token prefilter: timex_find with every pattern tried at
 * every token. The results are the same as timex_find's when the prefilter is exact; *misses
 * (when not NULL) counts the matches of patterns the prefilter would have skipped, which must
 * be 0. Several times slower than timex_find. */
precis_status timex_find_unfiltered(const char *text, size_t len, const char *dct, arena *a,
                                    timex **out, size_t *n, size_t *misses, precis_error *err);

/* Dateline detector: looks for a full calendar date (day, month and year, such as
 * "April 26, 2019", "Friday, 26 April 2019" or "2019-04-26") where datelines stand: in the
 * first 600 bytes, on one of the first five non-blank lines, after at most 40 bytes of its
 * line ("MOSCOW, ", "Posted ") and no sentence end. Writes it as "YYYY-MM-DD" plus NUL into
 * out. Returns false (out untouched) when there is none or memory runs out. Uses a private
 * arena freed before returning; linear in the bytes looked at. */
bool timex_dateline(const char *text, size_t len, char out[11]);
/* timex_dateline over document d's body (from d->body_start), with its own tokens. */
bool timex_dateline_doc(const precis_doc *d, char out[11]);

/* Builds the finder's word index into model m (precis_model.timex_words), so that the runs
 * over its documents (timex_find_doc, timex_dateline_doc) share it instead of each building
 * its own. PRECIS_E_NOMEM when out of memory. */
struct precis_model;
precis_status timex_model_attach(struct precis_model *m, precis_error *err);

/* The day a TIMEX3 value names ("2016-11-12", "2016-11-12TAF") as days since 1970-01-01
 * (proleptic Gregorian) in *days; false for a month, a year, a week or anything else. */
bool timex_value_day(const char *value, long *days);

/* Writes a resolved DATE or TIME value as a person writes it into out (NUL-terminated, cut to
 * cap): "2024-10-29" is "Tuesday 29 October 2024", "2024-10-29TAF" "Tuesday 29 October 2024,
 * afternoon", "2024-10" "October 2024", "197" "the 1970s", "2024-Q1" "the first quarter of
 * 2024". False (out empty) for a value that is not resolved ("XXXX-WXX-2", "PAST_REF") or
 * not a date. */
bool timex_readable(const char *value, char *out, size_t cap);

/* "DATE", "TIME", "DURATION" or "SET" (static strings; "?" for an unknown code). */
const char *timex_type_name(uint8_t type);
#endif
