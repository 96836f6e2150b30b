/* model.c — parses a model image: a header line, then length-prefixed files (see
 * tools/pack_model.c). Per-language files under "<lang>/" are turned into hash tables:
 *   abbreviations.txt  "abbr[<TAB>title|number|general]" a line, '#' comments
 *   stopwords.txt      one case-folded word a line
 *   idf.tsv            "#docs<TAB>N" then "stem<TAB>df" lines
 *   stems.tsv          "form<TAB>stem" lines: the stems of frequent forms, worked out ahead
 *                      of time so that most words of a document need no stemming
 *   boilerplate.txt    "cue|verb[:reason]<TAB>weight<TAB>phrase" lines
 *   events.txt         "noun|modifier|verb<TAB>word" lines
 *   cues.txt           "class<TAB>word" or "class<TAB>word word" lines: the cue words of
 *                      quotations and their speakers (facts/quotes.c, enum cue_word_class)
 *   entities.txt       "class<TAB>word" lines: the words of entity linking, roles and
 *                      titles (facts/entities.c, enum entity_word_class); it and the other
 *                      class-word files are listed in WORD_FILES
 * and langid/profiles.tsv, the language identification profiles (src/langid/). Every
 * language with a profile but no files gets an entry of its own with no tables, so that a
 * text identified as, say, Polish is split by the generic rules and stemmed by Snowball.
 * Keys point into the image (the built-in one in place, else the model's own copy), so
 * loading allocates only the tables, each sized once for its number of lines.
 * Cost: linear in the image size. */
/* madvise and MADV_POPULATE_WRITE (prefault) are not POSIX: glibc declares them for
 * _DEFAULT_SOURCE, before any header. */
#if defined(__linux__) && !defined(_DEFAULT_SOURCE)
#define _DEFAULT_SOURCE
#endif
#include "model/model.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "langid/langid.h"
#include "util/error.h"

extern const char precis_embedded_model[];
extern const char precis_embedded_model_end[];
/* the compiled recogniser and tables (tools/compile_model.c), 64-byte aligned; empty when
 * none */
extern const char precis_compiled_ner[];
extern const char precis_compiled_ner_end[];
extern const char precis_compiled_tables[];
extern const char precis_compiled_tables_end[];
extern const char precis_compiled_gaz[];
extern const char precis_compiled_gaz_end[];

static const char MAGIC[] = "PRECIS-MODEL 1\n";

const char *model_file(const precis_model *m, const char *name, size_t *len) {
    for (size_t i = 0; i < m->n_files; i++)
        if (strcmp(m->files[i].name, name) == 0) {
            if (len)
                *len = m->files[i].len;
            return m->files[i].data;
        }
    return NULL;
}

const void *model_compiled_ner(const precis_model *m, size_t *len) {
    size_t n = (size_t)(precis_compiled_ner_end - precis_compiled_ner);
    if (!m->builtin || n == 0)
        return NULL;
    *len = n;
    return precis_compiled_ner;
}

const void *model_compiled_gaz(const precis_model *m, size_t *len) {
    size_t n = (size_t)(precis_compiled_gaz_end - precis_compiled_gaz);
    if (!m->builtin || n == 0)
        return NULL;
    *len = n;
    return precis_compiled_gaz;
}

const lang_data *model_lang(const precis_model *m, const char *code) {
    if (!m || m->n_langs == 0)
        return NULL;
    if (!code || !*code || strcmp(code, "auto") == 0)
        return &m->langs[0];
    for (size_t i = 0; i < m->n_langs; i++)
        if (strcmp(m->langs[i].code, code) == 0)
            return &m->langs[i];
    return NULL;
}

double model_idf(const lang_data *lang, const char *stem, size_t len) {
    return model_idf_h(lang, stem, len, hash_bytes(stem, len));
}

/* log((N + 1) / (df + 1)) + 1 for a table of N documents: the one formula of model_idf, for
 * its table of answers and for the dfs past its end. */
static double idf_of(uint32_t docs, int32_t df) {
    double n = docs;
    return log((n + 1.0) / ((double)df + 1.0)) + 1.0;
}

double model_idf_h(const lang_data *lang, const char *stem, size_t len, uint64_t h) {
    return model_idf_of_df(lang, strmap_get_h(&lang->df, stem, len, h));
}

double model_idf_of_df(const lang_data *lang, int32_t df) {
    if (df < 0)
        df = 0;
    return lang->idf_of_df && (uint32_t)df <= lang->df_docs ? lang->idf_of_df[df] : idf_of(lang->df_docs, df);
}

/* Fills l->idf_of_df when l has a df table (a count past df_docs, which no table of df_docs
 * documents holds, still gets idf_of). False when out of memory. */
static bool idf_answers(lang_data *l) {
    if (!l->df.count || l->df_docs > (1u << 24))
        return true;
    l->idf_of_df = malloc(((size_t)l->df_docs + 1) * sizeof *l->idf_of_df);
    if (!l->idf_of_df)
        return false;
    for (uint32_t df = 0; df <= l->df_docs; df++)
        l->idf_of_df[df] = idf_of(l->df_docs, (int32_t)df);
    return true;
}

/* Iterates over the lines of a file: returns false at the end. Strips CR and trailing space. */
static int next_line(const char **p, const char *end, const char **line, size_t *len) {
    if (*p >= end)
        return 0;
    const char *s = *p;
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    const char *e = nl ? nl : end;
    *p = nl ? nl + 1 : end;
    while (e > s && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
        e--;
    *line = s;
    *len = (size_t)(e - s);
    return 1;
}

/* Sizes map m once for the lines of a file (an upper bound on its entries): growing it while
 * loading would rehash every entry several times, at every start. */
static bool presize(strmap *m, const char *data, size_t len) {
    if (m->cap)
        return true;
    size_t lines = 1;
    for (const char *q = data, *end = data + len; (q = memchr(q, '\n', (size_t)(end - q))) != NULL; q++)
        lines++;
    return strmap_init(m, lines);
}

static precis_status load_abbrevs(lang_data *l, const char *data, size_t len, precis_error *err) {
    const char *p = data, *end = data + len, *line;
    size_t n;
    if (!presize(&l->abbrevs, data, len))
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    while (next_line(&p, end, &line, &n)) {
        if (n == 0 || line[0] == '#')
            continue;
        const char *tab = memchr(line, '\t', n);
        size_t klen = tab ? (size_t)(tab - line) : n;
        int cls = ABBR_GENERAL;
        if (tab) {
            const char *c = tab + 1;
            size_t clen = n - klen - 1;
            if (clen == 5 && memcmp(c, "title", 5) == 0)
                cls = ABBR_TITLE;
            else if (clen == 6 && memcmp(c, "number", 6) == 0)
                cls = ABBR_NUMBER;
            else if (!(clen == 7 && memcmp(c, "general", 7) == 0))
                return set_error(err, PRECIS_E_MODEL, "model: %s/abbreviations.txt: unknown class '%.*s'",
                                 l->code, (int)clen, c);
        }
        while (klen && line[klen - 1] == '.')
            klen--; /* tolerate a written final period */
        if (klen && !strmap_put(&l->abbrevs, line, klen, cls))
            return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    }
    return PRECIS_OK;
}

static precis_status load_words(lang_data *l, strmap *m, const char *data, size_t len,
                                precis_error *err) {
    const char *p = data, *end = data + len, *line;
    size_t n;
    if (!presize(m, data, len))
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    while (next_line(&p, end, &line, &n)) {
        if (n == 0 || line[0] == '#')
            continue;
        if (!strmap_put(m, line, n, 1))
            return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    }
    (void)l;
    return PRECIS_OK;
}

static precis_status load_df(lang_data *l, const char *data, size_t len, precis_error *err) {
    const char *p = data, *end = data + len, *line;
    size_t n, lineno = 0;
    if (!presize(&l->df, data, len))
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    while (next_line(&p, end, &line, &n)) {
        lineno++;
        if (n == 0)
            continue;
        const char *tab = memchr(line, '\t', n);
        if (!tab)
            return set_error(err, PRECIS_E_MODEL, "model: %s/idf.tsv:%zu: no tab", l->code, lineno);
        /* plain digits (every line of a packed table) without strtol's locale machinery */
        long v = 0;
        const char *q = tab + 1, *e = line + n;
        while (q < e && *q >= '0' && *q <= '9' && v <= INT32_MAX)
            v = v * 10 + (*q++ - '0');
        if (q == tab + 1 || q != e)
            v = strtol(tab + 1, NULL, 10);
        if (v < 0 || v > INT32_MAX)
            return set_error(err, PRECIS_E_MODEL, "model: %s/idf.tsv:%zu: bad count", l->code, lineno);
        if (line[0] == '#') {
            if ((size_t)(tab - line) == 5 && memcmp(line, "#docs", 5) == 0)
                l->df_docs = (uint32_t)v;
            continue;
        }
        if (!strmap_put(&l->df, line, (size_t)(tab - line), (int32_t)v))
            return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    }
    return PRECIS_OK;
}

/* ---- class-word files -----------------------------------------------------------------------
 * entities.txt and the files below it in WORD_FILES share one format: "class<TAB>entry" lines,
 * '#' comments, entries in lower case. Each entry's value in its language's map is the OR of
 * its classes' bits; the layers above look tokens up folded to ASCII lower case
 * (model_word_class). An entry is one word, or for a class that says so a phrase of up to
 * WORD_PHRASE_MAX words or a word's ending of up to WORD_ENDING_MAX bytes. */
enum word_form { WF_WORD, WF_PHRASE, WF_ENDING };

typedef struct word_class {
    const char *name;
    uint32_t bit;
    uint8_t form; /* enum word_form */
} word_class;

static const word_class ENTITY_CLASSES[] = {
    {"body", EW_BODY, WF_WORD}, {"opener", EW_OPENER, WF_WORD}, {"role_modifier", EW_ROLE_MODIFIER, WF_WORD},
    {"title", EW_TITLE, WF_WORD}, {"place_prep", EW_PLACE_PREP, WF_WORD}, {"given_name", EW_GIVEN_NAME, WF_WORD},
    {"styled", EW_STYLED, WF_WORD}, {"occupation", EW_OCCUPATION, WF_WORD}, {"kin", EW_KIN, WF_WORD}};

static const word_class FACT_CLASSES[] = {
    {"clause_opener", FW_CLAUSE_OPENER, WF_WORD},   {"sentence_opener", FW_SENTENCE_OPENER, WF_WORD},
    {"place_noun", FW_PLACE_NOUN, WF_WORD},         {"phrase_end", FW_PHRASE_END, WF_WORD},
    {"measure_unit", FW_MEASURE_UNIT, WF_WORD},     {"determiner", FW_DETERMINER, WF_WORD},
    {"aux", FW_AUX, WF_WORD},                       {"modal", FW_MODAL, WF_WORD},
    {"group_opener", FW_GROUP_OPENER, WF_PHRASE},   {"clause_word", FW_CLAUSE_WORD, WF_WORD},
    {"number_word", FW_NUMBER_WORD, WF_WORD},       {"before_number", FW_BEFORE_NUMBER, WF_WORD},
    {"complement", FW_COMPLEMENT, WF_WORD},         {"conjunction", FW_CONJUNCTION, WF_WORD},
    {"irregular_past", FW_IRREGULAR_PAST, WF_WORD}, {"introducer", FW_INTRODUCER, WF_WORD},
    {"quantifier", FW_QUANTIFIER, WF_WORD},         {"empty_subject", FW_EMPTY_SUBJECT, WF_WORD},
    {"verb_group", FW_VERB_GROUP, WF_WORD},         {"report_verb", FW_REPORT_VERB, WF_WORD},
    {"subordinator", FW_SUBORDINATOR, WF_WORD},     {"own_pronoun", FW_OWN_PRONOUN, WF_WORD},
    {"particle", FW_PARTICLE, WF_WORD},             {"particle_end", FW_PARTICLE_END, WF_WORD},
    {"rank", FW_RANK, WF_WORD},                     {"approx", FW_APPROX, WF_PHRASE},
    {"definite", FW_DEFINITE, WF_WORD},           {"state_prep", FW_STATE_PREP, WF_WORD},
    {"circumstance", FW_CIRCUMSTANCE, WF_WORD},     {"reflexive", FW_REFLEXIVE, WF_WORD},
    {"object_complement", FW_OBJECT_COMPLEMENT, WF_WORD}, {"degree", FW_DEGREE, WF_WORD}};

static const word_class PEOPLE_CLASSES[] = {
    {"he", PW_HE, WF_WORD},
    {"she", PW_SHE, WF_WORD},
    {"male", PW_MALE, WF_WORD},
    {"female", PW_FEMALE, WF_WORD},
    {"subject_lead", PW_SUBJECT_LEAD, WF_WORD},
    {"speaker_group", PW_SPEAKER_GROUP, WF_WORD},
    {"not_person", PW_NOT_PERSON, WF_WORD},
    {"people", PW_PEOPLE, WF_WORD},
    {"agent_ending", PW_AGENT_ENDING, WF_ENDING},
    {"generic", PW_GENERIC, WF_WORD},
    {"male_title", PW_MALE_TITLE, WF_WORD},
    {"female_title", PW_FEMALE_TITLE, WF_WORD},
    {"role", PW_ROLE, WF_WORD},
    {"male_name", PW_MALE_NAME, WF_WORD},
    {"female_name", PW_FEMALE_NAME, WF_WORD},
    {"body", PW_BODY, WF_WORD}};

static const word_class BRIEF_CLASSES[] = {
    {"attribution", BW_ATTRIBUTION, WF_WORD},     {"place_prep", BW_PLACE_PREP, WF_WORD},
    {"at_place", BW_AT_PLACE, WF_WORD},           {"subject_prep", BW_SUBJECT_PREP, WF_WORD},
    {"complete_event", BW_COMPLETE_EVENT, WF_WORD}, {"head_prep", BW_HEAD_PREP, WF_WORD},
    {"plural", BW_PLURAL, WF_WORD},               {"named_prep", BW_NAMED_PREP, WF_WORD},
    {"clause_break", BW_CLAUSE_BREAK, WF_WORD},   {"group_noun", BW_GROUP_NOUN, WF_WORD},
    {"event_site", BW_EVENT_SITE, WF_WORD},       {"passive_needs", BW_PASSIVE_NEEDS, WF_WORD},
    {"object_needs", BW_OBJECT_NEEDS, WF_WORD},   {"finding", BW_FINDING, WF_WORD},
    {"tell", BW_TELL, WF_WORD},                   {"state_needs", BW_STATE_NEEDS, WF_WORD},
    {"naming", BW_NAMING, WF_WORD},               {"two_objects", BW_TWO_OBJECTS, WF_WORD},
    {"affiliation", BW_AFFILIATION, WF_WORD},     {"other_time", BW_OTHER_TIME, WF_WORD},
    {"request", BW_REQUEST, WF_WORD},             {"claim", BW_CLAIM, WF_WORD},
    {"phrase_noun", BW_PHRASE_NOUN, WF_WORD},     {"empty_noun", BW_EMPTY_NOUN, WF_WORD},
    {"content", BW_CONTENT, WF_WORD},
    {"blame", BW_BLAME, WF_WORD}};

typedef struct word_file {
    const char *name;          /* "entities.txt" */
    size_t map;                /* offsetof the strmap in lang_data */
    const word_class *classes;
    size_t n_classes;
} word_file;

#define WORD_FILE(name, field, classes) {name, offsetof(lang_data, field), classes, sizeof classes / sizeof classes[0]}
static const word_file WORD_FILES[] = {
    WORD_FILE("entities.txt", entity_words, ENTITY_CLASSES),
    WORD_FILE("facts.txt", fact_words, FACT_CLASSES),
    WORD_FILE("people.txt", people_words, PEOPLE_CLASSES),
    WORD_FILE("brief.txt", brief_words, BRIEF_CLASSES),
};
#define N_WORD_FILES (sizeof WORD_FILES / sizeof WORD_FILES[0])

static strmap *word_map(lang_data *l, const word_file *wf) { return (strmap *)((char *)l + wf->map); }
static const strmap *word_map_of(const lang_data *l, const word_file *wf) {
    return (const strmap *)((const char *)l + wf->map);
}

/* How many of the language's class-word maps hold words. */
static size_t word_maps_filled(const lang_data *l) {
    size_t n = 0;
    for (size_t w = 0; w < N_WORD_FILES; w++)
        n += word_map_of(l, &WORD_FILES[w])->count > 0;
    return n;
}

/* Whether w[0, n) is an entry of the form: lower case (for ASCII), no tab; a phrase's words
 * single spaces apart. */
static bool word_entry_ok(const char *w, size_t n, unsigned form) {
    size_t words = 1;
    bool ok = n > 0 && n <= (form == WF_ENDING ? WORD_ENDING_MAX : CUE_WORD_MAX) && w[0] != ' ' && w[n - 1] != ' ';
    for (size_t i = 0; ok && i < n; i++) {
        if (w[i] == ' ') {
            words++;
            ok = form == WF_PHRASE && w[i + 1] != ' ' && words <= WORD_PHRASE_MAX;
        } else {
            ok = !(w[i] >= 'A' && w[i] <= 'Z') && w[i] != '\t';
        }
    }
    return ok;
}

static precis_status load_class_words(lang_data *l, const word_file *wf, const char *data, size_t len,
                                      precis_error *err) {
    const char *p = data, *end = data + len, *line;
    size_t n, lineno = 0;
    strmap *map = word_map(l, wf);
    if (!presize(map, data, len))
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    while (next_line(&p, end, &line, &n)) {
        lineno++;
        if (n == 0 || line[0] == '#')
            continue;
        const char *tab = memchr(line, '\t', n);
        const word_class *c = NULL;
        for (size_t i = 0; tab && i < wf->n_classes; i++)
            if (strlen(wf->classes[i].name) == (size_t)(tab - line) &&
                memcmp(wf->classes[i].name, line, (size_t)(tab - line)) == 0)
                c = &wf->classes[i];
        if (!c)
            return set_error(err, PRECIS_E_MODEL, "model: %s/%s:%zu: expected a class of the file, a tab and a word",
                             l->code, wf->name, lineno);
        const char *w = tab + 1;
        size_t wlen = n - (size_t)(w - line);
        if (!word_entry_ok(w, wlen, c->form) && c->form == WF_PHRASE)
            return set_error(err, PRECIS_E_MODEL,
                             "model: %s/%s:%zu: expected up to %d lower-case words, one space apart, of at most %d bytes",
                             l->code, wf->name, lineno, WORD_PHRASE_MAX, CUE_WORD_MAX);
        if (!word_entry_ok(w, wlen, c->form))
            return set_error(err, PRECIS_E_MODEL, "model: %s/%s:%zu: expected one lower-case %s of at most %d bytes",
                             l->code, wf->name, lineno, c->form == WF_ENDING ? "ending" : "word",
                             c->form == WF_ENDING ? WORD_ENDING_MAX : CUE_WORD_MAX);
        bool inserted;
        int32_t *v = strmap_upsert(map, w, wlen, 0, &inserted);
        if (!v)
            return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
        *v = (int32_t)((uint32_t)*v | c->bit);
    }
    return PRECIS_OK;
}

uint32_t model_entity_word(const lang_data *lang, const char *s, size_t len) {
    return lang ? model_word_class(&lang->entity_words, s, len) : 0;
}

/* ---- compiled tables ------------------------------------------------------------------------
 * With the recogniser compiled, the stem and idf tables (30k lines of the 32k the built-in
 * model parses) were most of what a start still cost: the build (tools/compile_model.c)
 * therefore loads the image once with this same code and writes each of those maps as its
 * occupied slots, (slot, key offset in the image, key length, value), with its capacity. The
 * built-in model refills the slots from that list instead of parsing and hashing: the same
 * maps, slot for slot, because they were made by the same code from the same bytes. The head
 * names the image (length, and a hash of its first and last 4 KB); tables of another image
 * are ignored and the files parsed. Native layout: only the build that wrote them reads them.
 * The cue words (cues.txt, a few hundred lines), the class-word files (WORD_FILES), the
 * stopwords, abbreviations and event words ride along: a map whose keys are in the image costs
 * nothing more to carry, and parsing them was a tenth of a start.
 *
 * The stem and idf maps (64k slots, 1 MB each) come with a packed copy as well (util/hash.h),
 * 64-byte aligned in the blob and used in place, which lookups read: a document probes both
 * maps at each new word, and at 256 KB each they stay in a core's 2 MB L2 cache beside the
 * rest of its work, where the two 1 MB tables did not (a quarter of the lexicon's time was
 * the stem table's first slot load). In place, as the compiled recogniser's tables are
 * (facts/ner.c): no copy and no page touched at start. Neither map gets 16-byte slots (a
 * megabyte each to fill at every start): the idf map is never walked, and the one code that
 * walks the stems (facts/ner.c's form cache, made by tools/compile_model.c) reads the packed
 * copy when there are no slots. */
#define PACK_MIN_SLOTS 4096

/* Slots of the packed copy of a map of n keys: the power of two that keeps it at most 5/8
 * full (20k stems in 32k slots: 256 KB where the map's slots are 1 MB). Linear probing at
 * that load walks about two slots for a key it holds and four for one it lacks, mostly on
 * one cache line, which costs less than the extra lines of a larger table, whose misses
 * were the lookup's cost. */
static size_t packed_capacity(size_t n) {
    size_t cap = 16;
    while (cap * 5 < n * 8)
        cap *= 2;
    return cap;
}
static const char TABLES_MAGIC[8] = {'P', 'R', 'T', 'A', 'B', '0', '3', '\0'};

typedef struct tables_head {
    char magic[8];
    uint64_t image_len, image_sample;
    uint32_t n_tables, entry_size;
} tables_head;

typedef struct table_head {
    char file[32];     /* "en/stems.tsv" */
    uint64_t cap, count;
    uint64_t at;       /* offset of its entries from the start of the blob */
    uint32_t df_docs;  /* idf.tsv: the #docs line */
    uint32_t packed_at; /* offset of its packed slots from the start of the blob, 0 for none */
    uint64_t packed_cap; /* their number, a power of two */
    uint32_t packed_df;  /* stems.tsv: the packed values carry the stem's df (lang_data.stems_df) */
    uint32_t unused;
} table_head;

typedef struct table_entry {
    uint32_t slot, key_off, len;
    int32_t value;
} table_entry;

static uint64_t image_sample(const char *p, size_t len) {
    size_t k = len < 4096 ? len : 4096;
    return hash_bytes(p, k) ^ (hash_bytes(p + len - k, k) * 31u) ^ len;
}

/* Whether the compiled tables go with m's image: checked once per load (the image's sample
 * hashes 8 KB), not once per table. */
static bool compiled_tables_fit(const precis_model *m) {
    size_t blen = (size_t)(precis_compiled_tables_end - precis_compiled_tables);
    tables_head h;
    if (!m->builtin || blen < sizeof h)
        return false;
    memcpy(&h, precis_compiled_tables, sizeof h);
    return memcmp(h.magic, TABLES_MAGIC, sizeof h.magic) == 0 && h.entry_size == sizeof(table_entry) &&
           h.image_len == m->image_len && h.n_tables <= (blen - sizeof h) / sizeof(table_head) &&
           h.image_sample == image_sample(m->image, m->image_len);
}

/* Asks the kernel to map the pages of a large block just allocated, in one call, before they
 * are written: the stem and idf tables are a megabyte each, whose entries land all over them,
 * and 256 page faults a table, one at a time, cost more of a start than the kernel's zeroing
 * (Linux 5.14 and later; elsewhere, or when it fails, the pages fault in as they are written,
 * as before). */
static void prefault(void *p, size_t len) {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    long ps = sysconf(_SC_PAGESIZE);
    const uintptr_t page = ps > 0 ? (uintptr_t)ps : 4096;
    if (len < 16 * page)
        return;
    uintptr_t from = ((uintptr_t)p + page - 1) & ~(page - 1), to = ((uintptr_t)p + len) & ~(page - 1);
    if (to > from)
        (void)madvise((void *)from, to - from, MADV_POPULATE_WRITE);
#else
    (void)p;
    (void)len;
#endif
}

/* Whether table th's packed copy lies inside the blob of blen bytes, as the build writes it. */
static bool packed_fits(const table_head *th, size_t blen) {
    return th->packed_at % 64 == 0 && th->packed_at <= blen && th->packed_cap > th->count &&
           !(th->packed_cap & (th->packed_cap - 1)) && th->packed_cap <= (blen - th->packed_at) / sizeof(uint64_t);
}

/* Fills map `dst` of file `name` from the compiled tables (when `fit`, compiled_tables_fit);
 * false when they do not hold it (then the file is parsed). A map with a packed copy that no
 * code `walked` gets no slots, only the copy. */
static bool fill_compiled(const precis_model *m, bool fit, const char *name, strmap *dst, uint32_t *df_docs,
                          bool walked, bool *packed_df) {
    size_t blen = (size_t)(precis_compiled_tables_end - precis_compiled_tables);
    const char *blob = precis_compiled_tables;
    tables_head h;
    if (!fit)
        return false;
    memcpy(&h, blob, sizeof h);
    for (uint32_t t = 0; t < h.n_tables; t++) {
        table_head th;
        memcpy(&th, blob + sizeof h + t * sizeof th, sizeof th);
        if (strncmp(th.file, name, sizeof th.file) != 0)
            continue;
        if (th.cap < 16 || (th.cap & (th.cap - 1)) || th.count > th.cap / 2 || th.at > blen ||
            th.count > (blen - th.at) / sizeof(table_entry))
            return false;
        const char *image = m->image, *entries = blob + th.at;
        const uint64_t mask = th.cap - 1, image_len = m->image_len;
        if (!walked && th.packed_at && packed_fits(&th, blen)) {
            strmap_free(dst);
            dst->count = (size_t)th.count; /* cap 0: no slots (util/hash.h) */
            dst->packed = (const uint64_t *)(const void *)(blob + th.packed_at);
            dst->packed_base = image;
            dst->packed_mask = (size_t)th.packed_cap - 1;
            if (df_docs)
                *df_docs = th.df_docs;
            if (packed_df)
                *packed_df = th.packed_df != 0;
            return true;
        }
        strmap_slot *slots = calloc((size_t)th.cap, sizeof *slots);
        if (!slots)
            return false;
        prefault(slots, (size_t)th.cap * sizeof *slots);
        /* No entry's slot is read before it is written: calloc's fresh pages were then
         * mapped twice, to the zero page at the read and to a page of their own at the write
         * (half of a start's 1,700 page faults were these tables'). The read told two entries
         * of one slot apart, which the build (put_table, one entry per occupied slot) never
         * writes and which could only make a key unfindable, not a lookup unsafe: the slot is
         * masked into the table, the count is at most half the capacity, so a probe always
         * meets an empty slot, and every key is checked to lie inside the image. In locals:
         * the stores to slots could otherwise be the model's fields, reloaded at every
         * entry. */
        for (uint64_t k = 0; k < th.count; k++) {
            table_entry e;
            memcpy(&e, entries + k * sizeof e, sizeof e);
            /* the key inside the image: one test of the 64-bit sum of two 32-bit fields (this
             * runs for 42k entries at each start) */
            if ((uint64_t)e.key_off + e.len > image_len) {
                free(slots);
                return false;
            }
            slots[e.slot & mask] = (strmap_slot){image + e.key_off, e.len, e.value};
        }
        strmap_free(dst);
        dst->slots = slots;
        dst->cap = (size_t)th.cap;
        dst->count = (size_t)th.count;
        if (df_docs)
            *df_docs = th.df_docs;
        if (th.packed_at && packed_fits(&th, blen)) {
            dst->packed = (const uint64_t *)(const void *)(blob + th.packed_at);
            dst->packed_base = image;
            dst->packed_mask = (size_t)th.packed_cap - 1;
            if (packed_df)
                *packed_df = th.packed_df != 0;
        }
        return true;
    }
    return false;
}

/* Appends one map to a growing blob (see "compiled tables"): its entries, then for a large
 * map whose entries all fit packed slots, the packed slots at the next multiple of 64. */
/* The packed value of stems.tsv's slot sl when the packed copy carries dfs (see
 * model_stem_value): the stem's length, and its df in `df` + 1 above. */
static int32_t stem_value_with_df(const strmap_slot *sl, const strmap *df) {
    int32_t n = strmap_get(df, sl->key + sl->len + 1, (size_t)sl->value);
    return sl->value | ((n < 0 ? 0 : n) + 1) << 8;
}

/* Whether every slot of stems map `map` can carry its stem's df in `df` (a length under 256,
 * a df + 1 under 65,536). */
static bool stems_take_df(const strmap *map, const strmap *df) {
    for (size_t i = 0; i < map->cap; i++) {
        const strmap_slot *sl = &map->slots[i];
        if (sl->key && (sl->value < 0 || sl->value > 0xFF ||
                        strmap_get(df, sl->key + sl->len + 1, (size_t)sl->value) >= 0xFFFF))
            return false;
    }
    return true;
}

static bool put_table(unsigned char **blob, size_t *len, size_t *heads, const precis_model *m, const char *file,
                      const strmap *map, uint32_t df_docs, const strmap *stem_df) {
    if (map->count && !map->slots)
        return false; /* a built-in map with its packed copy alone: compile from a parsed model */
    size_t add = (size_t)map->count * sizeof(table_entry);
    unsigned char *b = realloc(*blob, *len + add);
    if (!b)
        return false;
    *blob = b;
    table_head th;
    memset(&th, 0, sizeof th);
    snprintf(th.file, sizeof th.file, "%s", file);
    th.cap = map->cap;
    th.count = map->count;
    th.at = *len;
    th.df_docs = df_docs;
    bool packs = map->cap >= PACK_MIN_SLOTS;
    /* stems.tsv with a df table: the packed values carry the stems' dfs */
    bool with_df = stem_df && stem_df->count && stems_take_df(map, stem_df);
    for (size_t i = 0; i < map->cap; i++) {
        const strmap_slot *sl = &map->slots[i];
        if (!sl->key)
            continue;
        if (sl->key < m->image || sl->key > m->image + m->image_len)
            return false; /* not a key of the image */
        table_entry e = {(uint32_t)i, (uint32_t)(sl->key - m->image), sl->len, sl->value};
        memcpy(b + *len, &e, sizeof e);
        *len += sizeof e;
        packs = packs && strmap_packed_slot(e.key_off, e.len, with_df ? stem_value_with_df(sl, stem_df) : e.value) != 0;
    }
    size_t at = (*len + 63) & ~(size_t)63, pcap = packed_capacity(map->count);
    if (packs && at + pcap * sizeof(uint64_t) <= UINT32_MAX) {
        b = realloc(*blob, at + pcap * sizeof(uint64_t));
        if (!b)
            return false;
        *blob = b;
        memset(b + *len, 0, at + pcap * sizeof(uint64_t) - *len);
        uint64_t *packed = (uint64_t *)(void *)(b + at); /* 64-byte aligned: realloc's block is 16 */
        for (size_t i = 0; i < map->cap; i++) {
            const strmap_slot *sl = &map->slots[i];
            if (!sl->key)
                continue;
            size_t k = (size_t)hash_bytes(sl->key, sl->len) & (pcap - 1);
            while (packed[k])
                k = (k + 1) & (pcap - 1);
            packed[k] = strmap_packed_slot((uint32_t)(sl->key - m->image), sl->len,
                                           with_df ? stem_value_with_df(sl, stem_df) : sl->value);
        }
        th.packed_at = (uint32_t)at;
        th.packed_df = with_df;
        th.packed_cap = pcap;
        *len = at + pcap * sizeof(uint64_t);
    }
    memcpy(b + sizeof(tables_head) + *heads * sizeof th, &th, sizeof th);
    (*heads)++;
    return true;
}

precis_status model_compile_tables(const precis_model *m, unsigned char **out, size_t *out_len, precis_error *err) {
    size_t n = 0;
    for (size_t i = 0; i < m->n_langs; i++)
        n += (m->langs[i].stems.count > 0) + (m->langs[i].df.count > 0) + (m->langs[i].cue_words.count > 0) +
             (m->langs[i].stopwords.count > 0) + (m->langs[i].abbrevs.count > 0) +
             (m->langs[i].event_words.count > 0) + word_maps_filled(&m->langs[i]);
    size_t len = sizeof(tables_head) + n * sizeof(table_head), heads = 0;
    unsigned char *blob = calloc(1, len);
    bool ok = blob != NULL;
    for (size_t i = 0; ok && i < m->n_langs; i++) {
        const lang_data *l = &m->langs[i];
        char file[32];
        if (l->stems.count) {
            snprintf(file, sizeof file, "%s/stems.tsv", l->code);
            ok = put_table(&blob, &len, &heads, m, file, &l->stems, 0, &l->df);
        }
        if (ok && l->df.count) {
            snprintf(file, sizeof file, "%s/idf.tsv", l->code);
            ok = put_table(&blob, &len, &heads, m, file, &l->df, l->df_docs, NULL);
        }
        if (ok && l->cue_words.count) {
            snprintf(file, sizeof file, "%s/cues.txt", l->code);
            ok = put_table(&blob, &len, &heads, m, file, &l->cue_words, 0, NULL);
        }
        if (ok && l->stopwords.count) {
            snprintf(file, sizeof file, "%s/stopwords.txt", l->code);
            ok = put_table(&blob, &len, &heads, m, file, &l->stopwords, 0, NULL);
        }
        if (ok && l->abbrevs.count) {
            snprintf(file, sizeof file, "%s/abbreviations.txt", l->code);
            ok = put_table(&blob, &len, &heads, m, file, &l->abbrevs, 0, NULL);
        }
        if (ok && l->event_words.count) {
            snprintf(file, sizeof file, "%s/events.txt", l->code);
            ok = put_table(&blob, &len, &heads, m, file, &l->event_words, 0, NULL);
        }
        for (size_t w = 0; ok && w < N_WORD_FILES; w++) {
            const strmap *map = word_map_of(l, &WORD_FILES[w]);
            if (!map->count)
                continue;
            snprintf(file, sizeof file, "%s/%s", l->code, WORD_FILES[w].name);
            ok = put_table(&blob, &len, &heads, m, file, map, 0, NULL);
        }
    }
    if (!ok) {
        free(blob);
        return set_error(err, PRECIS_E_NOMEM, "model: cannot compile the tables");
    }
    tables_head h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, TABLES_MAGIC, sizeof h.magic);
    h.image_len = m->image_len;
    h.image_sample = image_sample(m->image, m->image_len);
    h.n_tables = (uint32_t)heads;
    h.entry_size = sizeof(table_entry);
    memcpy(blob, &h, sizeof h);
    *out = blob;
    *out_len = len;
    return PRECIS_OK;
}

static precis_status load_stems(lang_data *l, const char *data, size_t len, precis_error *err) {
    const char *p = data, *end = data + len, *line;
    size_t n, lineno = 0;
    if (!presize(&l->stems, data, len))
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    while (next_line(&p, end, &line, &n)) {
        lineno++;
        if (n == 0 || line[0] == '#')
            continue;
        const char *tab = memchr(line, '\t', n);
        size_t flen = tab ? (size_t)(tab - line) : 0;
        if (!tab || flen == 0 || flen + 1 == n || memchr(tab + 1, '\t', n - flen - 1))
            return set_error(err, PRECIS_E_MODEL, "model: %s/stems.tsv:%zu: expected form<TAB>stem",
                             l->code, lineno);
        if (!strmap_put(&l->stems, line, flen, (int32_t)(n - flen - 1)))
            return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    }
    return PRECIS_OK;
}

const char *nonstory_reason_name(unsigned reason) {
    static const char *const NAMES[NS_REASONS] = {NULL,      "plea",   "credit", "caption", "widget",
                                                  "comment", "notice", "about",  "panel"};
    return reason < NS_REASONS ? NAMES[reason] : NULL;
}

static precis_status load_cues(lang_data *l, const char *data, size_t len, precis_error *err) {
    const char *p = data, *end = data + len, *line;
    size_t n, lineno = 0, count = 0;
    while (next_line(&p, end, &line, &n))
        count++;
    l->cues = calloc(count ? count : 1, sizeof *l->cues);
    if (!l->cues)
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    p = data;
    while (next_line(&p, end, &line, &n)) {
        lineno++;
        if (n == 0 || line[0] == '#')
            continue;
        const char *t1 = memchr(line, '\t', n);
        const char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(line + n - t1 - 1)) : NULL;
        if (!t1 || !t2)
            return set_error(err, PRECIS_E_MODEL, "model: %s/boilerplate.txt:%zu: expected kind, weight and phrase",
                             l->code, lineno);
        boiler_cue *c = &l->cues[l->n_cues];
        /* kind, optionally ":reason" ("cue:widget") */
        const char *colon = memchr(line, ':', (size_t)(t1 - line));
        size_t kind_len = (size_t)((colon ? colon : t1) - line);
        if (kind_len == 4 && memcmp(line, "verb", 4) == 0)
            c->kind = CUE_VERB;
        else if (kind_len == 3 && memcmp(line, "cue", 3) == 0)
            c->kind = CUE_PHRASE;
        else if (kind_len == 6 && memcmp(line, "reader", 6) == 0 && !colon)
            c->kind = CUE_READER;
        else if (kind_len == 6 && memcmp(line, "opener", 6) == 0 && !colon)
            c->kind = CUE_OPENER;
        else
            return set_error(err, PRECIS_E_MODEL,
                             "model: %s/boilerplate.txt:%zu: kind must be cue, verb, reader or opener", l->code,
                             lineno);
        c->reason = c->kind == CUE_OPENER ? NS_COMMENT : NS_PLEA;
        if (colon) {
            size_t rl = (size_t)(t1 - colon - 1);
            unsigned r = NS_STORY + 1;
            for (; r < NS_REASONS; r++)
                if (strlen(nonstory_reason_name(r)) == rl && memcmp(colon + 1, nonstory_reason_name(r), rl) == 0)
                    break;
            if (r == NS_REASONS)
                return set_error(err, PRECIS_E_MODEL, "model: %s/boilerplate.txt:%zu: unknown reason after the kind",
                                 l->code, lineno);
            c->reason = (uint8_t)r;
        }
        c->weight = strtof(t1 + 1, NULL);
        const char *w = t2 + 1, *e = line + n;
        while (w < e) {
            while (w < e && *w == ' ')
                w++;
            const char *we = w;
            uint64_t h = HASH_FNV_OFFSET; /* hash_bytes() of the word, in the same pass */
            for (; we < e && *we != ' '; we++)
                h = (h ^ (unsigned char)*we) * HASH_FNV_PRIME;
            if (we > w) {
                if (c->n_words == CUE_MAX_WORDS || we - w > 255)
                    return set_error(err, PRECIS_E_MODEL, "model: %s/boilerplate.txt:%zu: phrase too long",
                                     l->code, lineno);
                c->word[c->n_words] = w;
                c->word_hash[c->n_words] = h;
                c->word_len[c->n_words] = (uint8_t)(we - w);
                c->n_words++;
            }
            w = we;
        }
        if (c->kind == CUE_READER && c->n_words > 1)
            return set_error(err, PRECIS_E_MODEL, "model: %s/boilerplate.txt:%zu: a reader entry is one word",
                             l->code, lineno);
        if (c->n_words) {
            if (c->kind == CUE_READER) {
                if (l->readers_to == 0)
                    l->readers_from = l->n_cues;
                l->readers_to = l->n_cues + 1;
            }
            l->n_cues++;
        }
    }
    return PRECIS_OK;
}

static precis_status load_events(lang_data *l, const char *data, size_t len, precis_error *err) {
    const char *p = data, *end = data + len, *line;
    size_t n, lineno = 0;
    while (next_line(&p, end, &line, &n)) {
        lineno++;
        if (n == 0 || line[0] == '#')
            continue;
        const char *tab = memchr(line, '\t', n);
        size_t klen = tab ? (size_t)(tab - line) : 0;
        int cls = !tab                                     ? 0
                  : klen == 4 && memcmp(line, "noun", 4) == 0 ? EVENT_NOUN
                  : klen == 8 && memcmp(line, "modifier", 8) == 0 ? EVENT_MODIFIER
                  : klen == 4 && memcmp(line, "verb", 4) == 0     ? EVENT_VERB
                                                                  : 0;
        if (!cls || n - klen - 1 == 0)
            return set_error(err, PRECIS_E_MODEL, "model: %s/events.txt:%zu: expected noun|modifier|verb, a tab and a word",
                             l->code, lineno);
        if (!strmap_put(&l->event_words, tab + 1, n - klen - 1, cls))
            return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    }
    return PRECIS_OK;
}

static const struct {
    const char *name;
    uint32_t bit;
} CUE_CLASSES[] = {
    {"speech", CW_SPEECH},           {"inverting", CW_INVERTING},       {"after", CW_AFTER},
    {"phrasal", CW_PHRASAL},         {"source", CW_SOURCE},             {"report", CW_REPORT},
    {"head_verb", CW_HEAD_VERB},     {"aux", CW_AUX},                   {"pronoun", CW_PRONOUN},
    {"plural_det", CW_PLURAL_DET},   {"preposition", CW_PREPOSITION},   {"day", CW_DAY},
    {"determiner", CW_DETERMINER},   {"subject_det", CW_SUBJECT_DET},   {"conjunction", CW_CONJUNCTION},
    {"after_speaker", CW_AFTER_SPEAKER}, {"opener", CW_OPENER},         {"clause", CW_CLAUSE},
    {"object_before", CW_OBJECT_BEFORE}, {"title_small", CW_TITLE_SMALL},   {"prep_opener", CW_PREP_OPENER}, {"be", CW_BE},
    {"work", CW_WORK}, {"subclause", CW_SUBCLAUSE}, {"hedge", CW_HEDGE}, {"after_said", CW_AFTER_SAID},
};

uint32_t cue_class_bit(const char *name, size_t len) {
    for (size_t i = 0; i < sizeof CUE_CLASSES / sizeof CUE_CLASSES[0]; i++)
        if (strlen(CUE_CLASSES[i].name) == len && memcmp(CUE_CLASSES[i].name, name, len) == 0)
            return CUE_CLASSES[i].bit;
    return 0;
}

/* cues.txt: each word's value is the OR of its classes' bits; the first word of a two-word
 * entry gets CW_PAIR_HEAD as well. Words are lower-case: quotes.c looks tokens up folded to
 * ASCII lower case. */
static precis_status load_cue_words(lang_data *l, const char *data, size_t len, precis_error *err) {
    const char *p = data, *end = data + len, *line;
    size_t n, lineno = 0;
    if (!presize(&l->cue_words, data, len))
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    while (next_line(&p, end, &line, &n)) {
        lineno++;
        if (n == 0 || line[0] == '#')
            continue;
        const char *tab = memchr(line, '\t', n);
        uint32_t bit = tab ? cue_class_bit(line, (size_t)(tab - line)) : 0;
        if (!bit)
            return set_error(err, PRECIS_E_MODEL, "model: %s/cues.txt:%zu: expected a known class, a tab and a word",
                             l->code, lineno);
        const char *w = tab + 1;
        size_t wlen = n - (size_t)(w - line), spaces = 0, first = wlen;
        bool ok = wlen > 0 && wlen <= CUE_WORD_MAX && w[0] != ' ' && w[wlen - 1] != ' ';
        for (size_t i = 0; ok && i < wlen; i++) {
            unsigned char c = (unsigned char)w[i];
            if (c == ' ') {
                spaces++;
                first = i;
                ok = w[i + 1] != ' ';
            } else {
                ok = !(c >= 'A' && c <= 'Z') && c != '\t';
            }
        }
        if (!ok || spaces > 1 || (spaces == 1) != (bit == CW_PHRASAL))
            return set_error(err, PRECIS_E_MODEL,
                             "model: %s/cues.txt:%zu: expected one lower-case word (two for phrasal) of at most %d bytes",
                             l->code, lineno, CUE_WORD_MAX);
        bool inserted;
        int32_t *v = strmap_upsert(&l->cue_words, w, wlen, 0, &inserted);
        int32_t *h = v && spaces ? strmap_upsert(&l->cue_words, w, first, 0, &inserted) : v;
        if (!v || !h)
            return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
        *v |= (int32_t)bit;
        if (spaces)
            *h |= (int32_t)CW_PAIR_HEAD;
    }
    return PRECIS_OK;
}

static lang_data *lang_for(precis_model *m, const char *code, size_t clen) {
    for (size_t i = 0; i < m->n_langs; i++)
        if (strlen(m->langs[i].code) == clen && memcmp(m->langs[i].code, code, clen) == 0)
            return &m->langs[i];
    lang_data *l = &m->langs[m->n_langs++];
    memset(l, 0, sizeof *l);
    memcpy(l->code, code, clen);
    /* libstemmer accepts ISO 639-1 codes as algorithm names */
    memcpy(l->stemmer, code, clen);
    return l;
}

/* Loads the identification profiles and gives each profiled language the model has no
 * files for an entry of its own (generic rules: no abbreviations, stopwords or idf table). */
static precis_status load_langid(precis_model *m, precis_error *err) {
    size_t len;
    const char *data = model_file(m, "langid/profiles.tsv", &len);
    if (!data)
        return PRECIS_OK;
    m->langid = langid_load(data, len, "langid/profiles.tsv", err);
    if (!m->langid)
        return err ? err->code : PRECIS_E_MODEL;
    size_t n = langid_count(m->langid);
    lang_data *grown = realloc(m->langs, (m->n_langs + n) * sizeof *grown);
    if (!grown)
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    m->langs = grown;
    for (size_t i = 0; i < n; i++) {
        const char *code = langid_code(m->langid, i);
        if (model_lang(m, code))
            continue;
        lang_data *l = &m->langs[m->n_langs++];
        memset(l, 0, sizeof *l);
        memcpy(l->code, code, strlen(code) + 1);
        memcpy(l->stemmer, code, strlen(code) + 1); /* libstemmer takes ISO codes; NULL if none */
    }
    return PRECIS_OK;
}

void precis_model_free(precis_model *m) {
    if (!m)
        return;
    for (size_t i = 0; i < m->n_langs; i++) {
        strmap_free(&m->langs[i].abbrevs);
        strmap_free(&m->langs[i].stopwords);
        strmap_free(&m->langs[i].df);
        free(m->langs[i].idf_of_df);
        strmap_free(&m->langs[i].stems);
        free(m->langs[i].cues);
        strmap_free(&m->langs[i].event_words);
        strmap_free(&m->langs[i].cue_words);
        for (size_t w = 0; w < N_WORD_FILES; w++)
            strmap_free(word_map(&m->langs[i], &WORD_FILES[w]));
        if (m->langs[i].ner && m->ner_free)
            m->ner_free(m->langs[i].ner);
    }
    if (m->timex_words && m->timex_words_free)
        m->timex_words_free(m->timex_words);
    langid_free(m->langid);
    free(m->langs);
    free(m->files);
    free(m->names);
    free(m->owned_image);
    free(m);
}

/* Loads an image that stays where it is for the model's lifetime (the built-in one, or the
 * model's own copy). */
static precis_status model_load_image(const char *image, size_t len, char *owned, bool builtin, precis_model **out,
                                      precis_error *err) {
    precis_model *m = calloc(1, sizeof *m);
    if (!m) {
        free(owned);
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    }
    precis_status st = PRECIS_OK;
    m->image = image;
    m->owned_image = owned;
    m->image_len = len;
    m->builtin = builtin;

    /* Pass 1: index the files. The image is not written to (the built-in one is read-only
     * and used in place): the names are copied, NUL-terminated, into m->names, whose size
     * is bounded by the image's. */
    size_t cap = 16;
    m->files = malloc(cap * sizeof *m->files);
    m->names = malloc(len + 1);
    if (!m->files || !m->names) {
        st = set_error(err, PRECIS_E_NOMEM, "model: out of memory");
        goto fail;
    }
    size_t pos = sizeof MAGIC - 1, names_len = 0;
    while (pos < len) {
        if (image[pos] != '@') {
            st = set_error(err, PRECIS_E_MODEL, "model: byte %zu: expected a file header", pos);
            goto fail;
        }
        const char *nl = memchr(image + pos, '\n', len - pos);
        const char *sp = nl ? memchr(image + pos, ' ', (size_t)(nl - (image + pos))) : NULL;
        if (!nl || !sp || sp == image + pos + 1) {
            st = set_error(err, PRECIS_E_MODEL, "model: byte %zu: malformed file header", pos);
            goto fail;
        }
        /* the size: decimal digits up to the newline */
        unsigned long long size = 0;
        const char *q = sp + 1;
        bool digits = q < nl;
        for (; q < nl && digits; q++) {
            digits = *q >= '0' && *q <= '9' && size <= (~0ull - 9) / 10;
            size = size * 10 + (unsigned)(*q - '0');
        }
        size_t body = (size_t)(nl - image) + 1;
        if (!digits || size > len - body || len - body - size < 1 || image[body + size] != '\n') {
            st = set_error(err, PRECIS_E_MODEL, "model: byte %zu: file size out of range", pos);
            goto fail;
        }
        size_t nlen = (size_t)(sp - image) - pos - 1;
        char *name = m->names + names_len;
        memcpy(name, image + pos + 1, nlen);
        name[nlen] = '\0';
        names_len += nlen + 1;
        /* a name given twice would make its tables load twice; an image has each file once */
        if (model_file(m, name, NULL)) {
            st = set_error(err, PRECIS_E_MODEL, "model: byte %zu: file '%s' appears twice", pos, name);
            goto fail;
        }
        if (m->n_files == cap) {
            cap *= 2;
            struct model_file *f = realloc(m->files, cap * sizeof *f);
            if (!f) {
                st = set_error(err, PRECIS_E_NOMEM, "model: out of memory");
                goto fail;
            }
            m->files = f;
        }
        m->files[m->n_files++] = (struct model_file){name, image + body, (size_t)size};
        pos = body + (size_t)size + 1;
    }

    bool tables_fit = compiled_tables_fit(m);
    /* Pass 2: languages. A language is a directory holding stopwords.txt or abbreviations.txt. */
    m->langs = calloc(m->n_files ? m->n_files : 1, sizeof *m->langs);
    if (!m->langs) {
        st = set_error(err, PRECIS_E_NOMEM, "model: out of memory");
        goto fail;
    }
    for (size_t i = 0; i < m->n_files; i++) {
        const struct model_file *f = &m->files[i];
        const char *slash = strchr(f->name, '/');
        if (!slash || slash == f->name || (size_t)(slash - f->name) >= sizeof m->langs[0].code)
            continue;
        const char *base = slash + 1;
        bool known = strcmp(base, "abbreviations.txt") == 0 || strcmp(base, "stopwords.txt") == 0 ||
                     strcmp(base, "idf.tsv") == 0 || strcmp(base, "boilerplate.txt") == 0 ||
                     strcmp(base, "events.txt") == 0 || strcmp(base, "stems.tsv") == 0 ||
                     strcmp(base, "cues.txt") == 0;
        const word_file *wf = NULL;
        for (size_t w = 0; w < N_WORD_FILES && !wf; w++)
            if (strcmp(base, WORD_FILES[w].name) == 0)
                wf = &WORD_FILES[w];
        if (!known && !wf)
            continue;
        lang_data *l = lang_for(m, f->name, (size_t)(slash - f->name));
        l->has_data = true;
        if (strcmp(base, "events.txt") == 0)
            l->has_facts = true;
        if (strcmp(base, "abbreviations.txt") == 0)
            st = fill_compiled(m, tables_fit, f->name, &l->abbrevs, NULL, true, NULL) ? PRECIS_OK
                                                                          : load_abbrevs(l, f->data, f->len, err);
        else if (strcmp(base, "events.txt") == 0)
            st = fill_compiled(m, tables_fit, f->name, &l->event_words, NULL, true, NULL) ? PRECIS_OK
                                                                              : load_events(l, f->data, f->len, err);
        else if (strcmp(base, "cues.txt") == 0)
            st = fill_compiled(m, tables_fit, f->name, &l->cue_words, NULL, true, NULL) ? PRECIS_OK
                                                                : load_cue_words(l, f->data, f->len, err);
        else if (wf)
            st = fill_compiled(m, tables_fit, f->name, word_map(l, wf), NULL, true, NULL) ? PRECIS_OK
                                                                  : load_class_words(l, wf, f->data, f->len, err);
        else if (strcmp(base, "boilerplate.txt") == 0)
            st = load_cues(l, f->data, f->len, err);
        else if (strcmp(base, "stopwords.txt") == 0)
            st = fill_compiled(m, tables_fit, f->name, &l->stopwords, NULL, true, NULL)
                     ? PRECIS_OK
                     : load_words(l, &l->stopwords, f->data, f->len, err);
        else if (strcmp(base, "stems.tsv") == 0)
            st = fill_compiled(m, tables_fit, f->name, &l->stems, NULL, false, &l->stems_df) ? PRECIS_OK
                                                                        : load_stems(l, f->data, f->len, err);
        else
            st = fill_compiled(m, tables_fit, f->name, &l->df, &l->df_docs, false, NULL) ? PRECIS_OK
                                                                              : load_df(l, f->data, f->len, err);
        if (st != PRECIS_OK)
            goto fail;
    }
    if (m->n_langs == 0) {
        st = set_error(err, PRECIS_E_MODEL, "model: the image holds no language data");
        goto fail;
    }
    for (size_t i = 0; i < m->n_langs; i++)
        if (!idf_answers(&m->langs[i])) {
            st = set_error(err, PRECIS_E_NOMEM, "model: out of memory");
            goto fail;
        }
    /* English first when present: it is the default language. */
    for (size_t i = 1; i < m->n_langs; i++)
        if (strcmp(m->langs[i].code, "en") == 0) {
            lang_data t = m->langs[0];
            m->langs[0] = m->langs[i];
            m->langs[i] = t;
        }
    size_t off = 0;
    for (size_t i = 0; i < m->n_langs && off + 9 < sizeof m->languages; i++)
        off += (size_t)snprintf(m->languages + off, sizeof m->languages - off, "%s%s", i ? "," : "",
                                m->langs[i].code);
    st = load_langid(m, err);
    if (st != PRECIS_OK)
        goto fail;

    *out = m;
    return PRECIS_OK;
fail:
    precis_model_free(m);
    return st;
}

precis_status model_load(const void *data, size_t len, precis_model **out, precis_error *err) {
    if (!data || !out)
        return set_error(err, PRECIS_E_INVALID_ARG, "model: NULL argument");
    *out = NULL;
    if (len < sizeof MAGIC - 1 || memcmp(data, MAGIC, sizeof MAGIC - 1) != 0)
        return set_error(err, PRECIS_E_MODEL, "model: not a precis model image (bad magic)");
    char *copy = malloc(len + 1);
    if (!copy)
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    memcpy(copy, data, len);
    copy[len] = '\0';
    return model_load_image(copy, len, copy, false, out, err);
}

precis_status model_load_embedded(precis_model **out, precis_error *err) {
    if (!out)
        return set_error(err, PRECIS_E_INVALID_ARG, "model: NULL argument");
    *out = NULL;
    /* In place: the image is read-only data of the library, followed by a NUL byte. */
    return model_load_image(precis_embedded_model, (size_t)(precis_embedded_model_end - precis_embedded_model),
                            NULL, true, out, err);
}

const char *precis_model_languages(const precis_model *m) { return m ? m->languages : ""; }
