/* api.c — version, status strings, memory release, model loading and options. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "facts/ner.h"
#include "facts/timex.h"
#include "langid/langid.h"
#include "model/model.h"
#include "precis/precis.h"
#include "util/error.h"

const char *precis_version(void) { return PRECIS_VERSION_STRING; }

const char *precis_status_str(precis_status code) {
    switch (code) {
    case PRECIS_OK: return "success";
    case PRECIS_E_NOMEM: return "out of memory";
    case PRECIS_E_INVALID_ARG: return "invalid argument";
    case PRECIS_E_INVALID_OPTION: return "invalid option";
    case PRECIS_E_MODEL: return "malformed model";
    case PRECIS_E_INPUT: return "input cannot be processed";
    case PRECIS_E_UNSUPPORTED: return "unsupported";
    case PRECIS_E_STATE: return "call out of order";
    }
    return "unknown status";
}

void precis_free(void *p) { free(p); }

/* The model layer reads the image; the recognisers that live in it (NER) are built here,
 * above both, so that the loader does not depend on what uses it. */
static precis_status attach(precis_status st, precis_model **out, precis_error *err) {
    if (st != PRECIS_OK)
        return st;
    st = ner_model_attach(*out, err);
    if (st == PRECIS_OK)
        st = timex_model_attach(*out, err);
    if (st != PRECIS_OK) {
        precis_model_free(*out);
        *out = NULL;
    }
    return st;
}

precis_status precis_model_load(const void *data, size_t len, precis_model **out, precis_error *err) {
    return attach(model_load(data, len, out, err), out, err);
}

precis_status precis_model_default(precis_model **out, precis_error *err) {
    return attach(model_load_embedded(out, err), out, err);
}

static const char *const METHOD_NAMES[] = {"default", "lead", "tfidf", "textrank", "lexrank"};

const char *precis_method_name(precis_method m) {
    if ((unsigned)m >= sizeof METHOD_NAMES / sizeof METHOD_NAMES[0])
        return NULL;
    return METHOD_NAMES[m];
}

/* Parses a finite double from the whole of s. */
static bool parse_double(const char *s, double *out) {
    if (!s || !*s)
        return false;
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || *end || !isfinite(v))
        return false;
    *out = v;
    return true;
}

/* Reads n digits at s as a number; -1 when they are not all digits. */
static int digits(const char *s, int n) {
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* An ISO 8601 time of day and zone after the date: HH:MM[:SS[.fff]] then nothing, Z, or
 * +HH:MM / -HH:MM / +HHMM. */
static bool valid_time(const char *s) {
    /* each byte is looked at only once those before it are known not to end the string */
    int h = digits(s, 2);
    if (h < 0 || h > 23 || s[2] != ':')
        return false;
    int mi = digits(s + 3, 2);
    if (mi < 0 || mi > 59)
        return false;
    s += 5;
    if (*s == ':') {
        int sec = digits(s + 1, 2);
        if (sec < 0 || sec > 60)
            return false;
        s += 3;
        if (*s == '.' || *s == ',') {
            if (!isdigit((unsigned char)s[1]))
                return false;
            for (s++; isdigit((unsigned char)*s); s++)
                ;
        }
    }
    if (*s == 'Z' || *s == 'z')
        return s[1] == '\0';
    if (*s == '+' || *s == '-') {
        int zh = digits(s + 1, 2);
        if (zh < 0 || zh > 23)
            return false;
        const char *m = s[3] == ':' ? s + 4 : s + 3;
        int zm = digits(m, 2);
        return zm >= 0 && zm <= 59 && m[2] == '\0';
    }
    return *s == '\0';
}

/* A calendar date YYYY-MM-DD (a real day: no 2024-02-30), alone or starting an ISO 8601
 * timestamp ("2024-05-02T10:00:00Z", "2024-05-02 10:00"). */
static bool valid_date(const char *s) {
    if (strlen(s) < 10 || s[4] != '-' || s[7] != '-')
        return false;
    int y = digits(s, 4), mo = digits(s + 5, 2), day = digits(s + 8, 2);
    if (y < 1 || mo < 1 || mo > 12 || day < 1)
        return false;
    static const int DAYS[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (day > DAYS[mo - 1] || (mo == 2 && day == 29 && !leap))
        return false;
    if (s[10] == '\0')
        return true;
    return (s[10] == 'T' || s[10] == 't' || s[10] == ' ') && valid_time(s + 11);
}

static precis_status options_set(precis_options *o, const char *name, const char *value, precis_error *err);

precis_status precis_options_set(precis_options *opts, const char *name, const char *value,
                                 precis_error *err) {
    if (!opts || !name || !value)
        return set_error(err, PRECIS_E_INVALID_ARG, "options: NULL argument");
    precis_options full, before;
    if (!options_load(&full, opts))
        return set_error(err, PRECIS_E_INVALID_ARG, "options: not initialised by precis_options_init");
    memcpy(&before, &full, sizeof full); /* padding too, for the comparison below */
    PRECIS_TRY(options_set(&full, name, value, err));
    size_t size = opts->size < sizeof full ? opts->size : sizeof full;
    /* an option whose field the caller's (older, smaller) struct does not have */
    if (memcmp((const char *)&full + size, (const char *)&before + size, sizeof full - size) != 0)
        return set_error(err, PRECIS_E_INVALID_OPTION, "option '%s' is newer than the caller's precis_options", name);
    memcpy((char *)opts + sizeof opts->size, (const char *)&full + sizeof full.size, size - sizeof full.size);
    return PRECIS_OK;
}

static precis_status options_set(precis_options *o, const char *name, const char *value, precis_error *err) {
    double v;
    if (strcmp(name, "lang") == 0) {
        if (strcmp(value, "auto") == 0) {
            strcpy(o->lang, "auto");
            return PRECIS_OK;
        }
        char code[8];
        if (!langid_primary(value, code))
            return set_error(err, PRECIS_E_INVALID_OPTION,
                             "lang: expected 'auto' or a language tag like 'en' or 'pt-BR', got '%s'", value);
        memcpy(o->lang, code, strlen(code) + 1);
    } else if (strcmp(name, "method") == 0) {
        for (int m = 0; m < 5; m++)
            if (strcmp(value, METHOD_NAMES[m]) == 0) {
                o->method = (precis_method)m;
                return PRECIS_OK;
            }
        return set_error(err, PRECIS_E_INVALID_OPTION,
                         "method: '%s' is not one of default, lead, tfidf, textrank, lexrank", value);
    } else if (strcmp(name, "sentences") == 0 || strcmp(name, "words") == 0 ||
               strcmp(name, "chars") == 0) {
        if (!parse_double(value, &v) || v < 1 || v > 1e9 || v != floor(v))
            return set_error(err, PRECIS_E_INVALID_OPTION, "%s: expected a whole number from 1, got '%s'",
                             name, value);
        o->budget = name[0] == 's' ? PRECIS_BUDGET_SENTENCES
                    : name[0] == 'w' ? PRECIS_BUDGET_WORDS
                                     : PRECIS_BUDGET_CHARS;
        o->budget_value = v;
    } else if (strcmp(name, "ratio") == 0) {
        if (!parse_double(value, &v) || v <= 0 || v > 1)
            return set_error(err, PRECIS_E_INVALID_OPTION, "ratio: expected a number in (0, 1], got '%s'", value);
        o->budget = PRECIS_BUDGET_RATIO;
        o->budget_value = v;
    } else if (strcmp(name, "redundancy") == 0) {
        if (!parse_double(value, &v) || v < 0 || v > 1)
            return set_error(err, PRECIS_E_INVALID_OPTION, "redundancy: expected a number in [0, 1], got '%s'", value);
        o->redundancy = v;
    } else if (strcmp(name, "brief-words") == 0) {
        if (!parse_double(value, &v) || v < 10 || v > 10000 || v != floor(v))
            return set_error(err, PRECIS_E_INVALID_OPTION, "brief-words: expected a whole number from 10 to 10000, got '%s'", value);
        o->brief_words = (int)v;
    } else if (strcmp(name, "max-bytes") == 0) {
        if (!parse_double(value, &v) || v < 0 || v >= 4294967295.0 || v != floor(v))
            return set_error(err, PRECIS_E_INVALID_OPTION, "max-bytes: expected a whole number below 4294967295 (0 = no limit), got '%s'", value);
        o->max_bytes = (size_t)v;
    } else if (strcmp(name, "date") == 0) {
        if (*value && !valid_date(value))
            return set_error(err, PRECIS_E_INVALID_OPTION,
                             "date: expected a calendar date YYYY-MM-DD or an ISO 8601 timestamp "
                             "(2024-05-02T10:00:00Z), got '%s'", value);
        snprintf(o->date, sizeof o->date, "%.10s", value); /* a timestamp's date part */
    } else if (strcmp(name, "title") == 0) {
        if (strlen(value) >= sizeof o->title)
            return set_error(err, PRECIS_E_INVALID_OPTION, "title: longer than %zu bytes", sizeof o->title - 1);
        strcpy(o->title, value);
    } else {
        return set_error(err, PRECIS_E_INVALID_OPTION, "unknown option '%s'", name);
    }
    return PRECIS_OK;
}
