/* langid: which language a text is written in, from its script, its function words and the
 * letters only some languages use.
 *
 * The profiles come from the model (langid/profiles.tsv): each language has a script, a few
 * telling letters and its most frequent function words. Identification reads at most the
 * first LANGID_SCAN_BYTES of the text and stops early once one language leads clearly, so
 * its cost does not grow with the document. */
#ifndef PRECIS_LANGID_LANGID_H
#define PRECIS_LANGID_LANGID_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "precis/precis.h"

/* Bytes of text read at the most: a few hundred words, far more than identification needs. */
#define LANGID_SCAN_BYTES 2048

typedef struct langid_table langid_table;

typedef struct langid_result {
    char code[8];      /* ISO 639-1 (or 639-3 where there is none): "en", "de", "ja" */
    double confidence; /* in [0,1]: the winner's share of the evidence of its script */
    bool evidence;     /* false when nothing in the text told languages apart and `code` is
                          the default of its script (the first profile listed for it) */
} langid_result;

/* Builds the table from the profile file's bytes, which must outlive it (keys point into
 * them). On error returns NULL and fills err with the line at fault. */
langid_table *langid_load(const char *data, size_t len, const char *name, precis_error *err);
void langid_free(langid_table *t);

/* The number of profiles, and the code of profile i (in file order). */
size_t langid_count(const langid_table *t);
const char *langid_code(const langid_table *t, size_t i);

/* Identifies text[start, len). An empty table, or a text without letters, gives `fallback`
 * with no evidence. */
void langid_identify(const langid_table *t, const char *text, size_t start, size_t len,
                     const char *fallback, langid_result *out);

/* Reads a language tag as its primary language: "de-DE" and "pt_BR" give "de" and "pt"; the
 * letters are lower-cased. False when `tag` is not a tag (two or three letters, then
 * optional subtags of letters and digits). */
bool langid_primary(const char *tag, char out[8]);
#endif
