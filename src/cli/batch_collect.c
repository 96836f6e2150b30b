/* batch_collect.c — the first pass of `precis batch --idf collection`.
 *
 * Counts, over every document of the inputs:
 *   - document frequencies of terms, through the library (precis_idf: the same tokens and
 *     stems as the model's background table), for an IDF of the collection itself;
 *   - per source (the input file or archive), how many documents contain each normalised
 *     line (lower-cased, whitespace collapsed): a line found in many documents of one source
 *     is site boilerplate ("Share this article", "All rights reserved") and must never be
 *     chosen.
 * Lines are keyed by 64-bit FNV-1a hashes, not strings: with a million keys the chance of any
 * collision is about 3e-8, and memory stays at 16 bytes a key. Cost: linear in the input,
 * plus one analysis (precis_doc_new) per document for the terms.
 *
 * The second pass gives every document the table (options.idf) and blanks its source's
 * boilerplate lines with spaces of the same length before analysis, so byte offsets stay
 * those of the original text and the segmenter sees a blank line. */
#include <stdlib.h>
#include <string.h>

#include "batch_common.h"
#include "extract.h"

/* A line is boilerplate when it occurs in at least BOILER_MIN_DOCS documents of a source and
 * in at least 1/BOILER_SHARE of them. Design choice, not tuned (no labelled boilerplate in
 * ../shared/data): five copies rule out a quote repeated by a few wire stories, one in ten
 * keeps a footer that a site puts on only some sections. */
#define BOILER_MIN_DOCS 5
#define BOILER_SHARE 10
/* Lines shorter than this (after normalising) are not judged: "Advertisement" is 13. */
#define BOILER_MIN_LINE 12

typedef struct u64map {
    uint64_t *keys; /* 0 = empty */
    uint32_t *count;
    uint32_t *last; /* last document that counted this key (1-based) */
    size_t cap, n;
} u64map;

static bool map_grow(u64map *m) {
    size_t cap = m->cap ? m->cap * 2 : 4096;
    uint64_t *k = calloc(cap, sizeof *k);
    uint32_t *c = calloc(cap, sizeof *c);
    uint32_t *l = calloc(cap, sizeof *l);
    if (!k || !c || !l) {
        free(k);
        free(c);
        free(l);
        return false;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = (size_t)m->keys[i] & (cap - 1);
        while (k[j])
            j = (j + 1) & (cap - 1);
        k[j] = m->keys[i];
        c[j] = m->count[i];
        l[j] = m->last[i];
    }
    free(m->keys);
    free(m->count);
    free(m->last);
    m->keys = k;
    m->count = c;
    m->last = l;
    m->cap = cap;
    return true;
}

static void map_free(u64map *m) {
    free(m->keys);
    free(m->count);
    free(m->last);
}

static size_t map_slot(const u64map *m, uint64_t key) {
    size_t mask = m->cap - 1, i = (size_t)key & mask;
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & mask;
    return i;
}

/* Counts `key` once for document `doc`. */
static bool map_count(u64map *m, uint64_t key, uint32_t doc) {
    if ((m->n + 1) * 2 > m->cap && !map_grow(m))
        return false;
    key = key ? key : 1;
    size_t i = map_slot(m, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->n++;
    }
    if (m->last[i] != doc) {
        m->last[i] = doc;
        m->count[i]++;
    }
    return true;
}

static uint32_t map_get(const u64map *m, uint64_t key) {
    if (!m->cap)
        return 0;
    key = key ? key : 1;
    size_t i = map_slot(m, key);
    return m->keys[i] ? m->count[i] : 0;
}

struct batch_collect {
    const precis_model *model;
    precis_options opts; /* analysis options of the first pass (language, size limit) */
    precis_idf *idf;     /* document frequencies of the collection */
    u64map lines;   /* source hash ^ line hash -> documents of that source */
    u64map sources; /* source hash -> documents */
    u64map boiler;  /* keys of `lines` judged boilerplate (count unused) */
    uint32_t docs;
};

static uint64_t fnv_step(uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ull; }
#define FNV_BASIS 1469598103934665603ull

static uint64_t source_hash(const batch_item *it) {
    size_t n = it->origin_len ? it->origin_len : strlen(it->source);
    uint64_t h = FNV_BASIS;
    for (size_t i = 0; i < n; i++)
        h = fnv_step(h, (unsigned char)it->source[i]);
    /* Mixed so that source ^ line does not cancel for equal hashes. */
    return h * 0x9E3779B97F4A7C15ull;
}

static unsigned char fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }

static bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

/* Hash of a normalised line [p, p+n): folded, whitespace runs as one space, trimmed.
 * *norm_len gets the normalised length. */
static uint64_t line_hash(const char *p, size_t n, size_t *norm_len) {
    uint64_t h = FNV_BASIS;
    size_t len = 0;
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (is_space(c)) {
            space = len > 0;
            continue;
        }
        if (space) {
            h = fnv_step(h, ' ');
            len++;
            space = false;
        }
        h = fnv_step(h, fold(c));
        len++;
    }
    *norm_len = len;
    return h;
}

batch_collect *batch_collect_new(const precis_model *model, const precis_options *opts) {
    batch_collect *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->model = model;
    c->opts = *opts;
    c->opts.idf = NULL;
    if (precis_idf_new(&c->idf, NULL) != PRECIS_OK || !map_grow(&c->lines) || !map_grow(&c->sources) ||
        !map_grow(&c->boiler)) {
        batch_collect_free(c);
        return NULL;
    }
    return c;
}

bool batch_collect_add(batch_collect *c, const batch_item *it) {
    if (it->error || !it->text)
        return true;
    const char *text = it->text;
    size_t len = it->len;
    extract_page page = {0};
    if (it->is_html) {
        const char *why = NULL;
        extract_status st = extract_html(it->text, it->len, NULL, NULL, &page, &why);
        if (st != EXTRACT_OK)
            return st != EXTRACT_NOMEM; /* a refused page is counted as nothing; it fails later */
        text = page.text;
        len = page.len;
    }
    uint32_t doc = ++c->docs;
    uint64_t src = source_hash(it);
    bool ok = map_count(&c->sources, src, doc);
    /* terms: analysed as the second pass will analyse them; a document the library refuses
     * (too large) counts for nothing here and fails with its error later */
    precis_doc *d = NULL;
    if (ok && precis_doc_new(c->model, text, len, &c->opts, &d, NULL) == PRECIS_OK)
        ok = precis_idf_add_document(c->idf, d, NULL) == PRECIS_OK;
    precis_doc_free(d);
    /* lines */
    size_t start = 0;
    while (ok && start < len) {
        const char *nl = memchr(text + start, '\n', len - start);
        size_t stop = nl ? (size_t)(nl - text) : len;
        size_t nlen;
        uint64_t lh = line_hash(text + start, stop - start, &nlen);
        if (nlen >= BOILER_MIN_LINE)
            ok = map_count(&c->lines, lh ^ src, doc);
        start = stop + 1;
    }
    extract_page_free(&page);
    return ok;
}

/* The threshold needs the source's document count, known only at the end; the keys of
 * `lines` mix source and line, so the source is found again when blanking (below). Here we
 * keep the line keys whose count reaches the floor; the share test is made per source. */
void batch_collect_finish(batch_collect *c) {
    for (size_t i = 0; i < c->lines.cap; i++)
        if (c->lines.keys[i] && c->lines.count[i] >= BOILER_MIN_DOCS)
            map_count(&c->boiler, c->lines.keys[i], 1);
}

size_t batch_collect_blank(const batch_collect *c, batch_item *it) {
    if (!c->boiler.n || !it->text)
        return 0;
    uint64_t src = source_hash(it);
    uint32_t src_docs = map_get(&c->sources, src);
    size_t blanked = 0, start = 0;
    while (start < it->len) {
        char *nl = memchr(it->text + start, '\n', it->len - start);
        size_t stop = nl ? (size_t)(nl - it->text) : it->len;
        size_t nlen;
        uint64_t key = line_hash(it->text + start, stop - start, &nlen) ^ src;
        if (nlen >= BOILER_MIN_LINE && map_get(&c->boiler, key)) {
            uint32_t n = map_get(&c->lines, key);
            if ((uint64_t)n * BOILER_SHARE >= src_docs) {
                memset(it->text + start, ' ', stop - start);
                blanked++;
            }
        }
        start = stop + 1;
    }
    return blanked;
}

size_t batch_collect_docs(const batch_collect *c) { return c->docs; }
size_t batch_collect_terms(const batch_collect *c) { return precis_idf_terms(c->idf); }

const precis_idf *batch_collect_idf(const batch_collect *c) { return c ? c->idf : NULL; }

size_t batch_collect_boilerplate(const batch_collect *c) { return c->boiler.n; }

void batch_collect_free(batch_collect *c) {
    if (!c)
        return;
    precis_idf_free(c->idf);
    map_free(&c->lines);
    map_free(&c->sources);
    map_free(&c->boiler);
    free(c);
}
