/* rouge.c — ROUGE-N, ROUGE-L and ROUGE-SU of one summary against its references, computed the
 * way the Perl ROUGE-1.5.5 computes them, so figures agree with published ones to the fifth
 * decimal (see include/precis/eval.h for the rules and benchmarks/rouge_check.sh for the
 * check against ROUGE-1.5.5's own output).
 *
 * A text goes through ROUGE's reading steps: its sentences become lines (split at newlines,
 * empty lines dropped); a word limit (-l) counts whitespace-separated words of the raw lines,
 * a byte limit (-b) counts bytes, and the text is cut there; tokens are the runs of ASCII
 * letters and digits, lower-cased; stopwords go (-s); tokens longer than 3 bytes are stemmed
 * (-m); each distinct stem gets an id. Two readings are kept: the whole text as one token
 * sequence (ROUGE-N, SU and the unigram counts that clip ROUGE-L) and the sentences apart
 * (ROUGE-L). They differ only under -b, where ROUGE-1.5.5's sentence reader never adds up the
 * bytes it has kept (each sentence is compared with the limit alone); that is reproduced.
 *
 * Cost: linear in the tokens for ROUGE-N and SU (hash tables of n-grams, skip distance d gives
 * (d + 2) grams a token); ROUGE-L is quadratic: the sum over reference and summary sentence
 * pairs of their length products. Stems are cached per scorer, so each distinct word is
 * stemmed once in the scorer's life. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval/rouge.h"
#include "model/model.h"
#include "util/arena.h"
#include "util/error.h"
#include "util/hash.h"
#include "util/sized.h"

#define EXC_FILE "en/rouge/wordnet-exc.txt"

typedef struct span {
    const char *s;
    size_t len;
} span;

typedef struct ids {
    uint32_t *v;
    size_t n, cap;
} ids;

/* One text as ROUGE reads it. */
typedef struct reading {
    ids flat;           /* the whole text (ROUGE-N, SU, unigram clipping of L) */
    ids sent;           /* the sentences' tokens, one after the other (ROUGE-L) */
    size_t *sent_end;   /* sentence k is sent.v[sent_end[k-1] .. sent_end[k]) */
    size_t n_sent, cap_sent;
} reading;

/* A gram of up to four stem ids (unused places hold UINT32_MAX) with its counts. */
typedef struct gram_slot {
    uint32_t k[4];
    uint32_t sys, ref;
    bool used;
} gram_slot;

struct precis_rouge {
    precis_rouge_options o;
    const lang_data *en;      /* stopwords */
    strmap exc;               /* irregular form -> index into exc_base */
    span *exc_base;
    arena mem;                /* cached token and stem strings */
    strmap cache;             /* lower-case token -> stem id, or -2 for a dropped stopword */
    strmap stems;             /* stem -> id */
    uint32_t n_ids;
    span *lines;              /* scratch: the lines of the text being read */
    size_t cap_lines;
    reading sys;
    reading *refs;
    size_t cap_refs;
    gram_slot *table;
    size_t cap_table;
    int32_t *cnt_sys, *cnt_ref; /* unigram counts by stem id, for ROUGE-L clipping */
    size_t cap_cnt;
    unsigned char *dir;       /* LCS backtracking directions */
    size_t cap_dir;
    uint32_t *row;            /* LCS lengths, two rows */
    size_t cap_row;
    unsigned char *mask;      /* LCS hits of one reference sentence */
    size_t cap_mask;
};

/* ---- small helpers -------------------------------------------------------------------------- */

static bool grow(void **p, size_t *cap, size_t need, size_t elem) {
    if (need <= *cap)
        return true;
    size_t c = *cap ? *cap : 16;
    while (c < need)
        c *= 2;
    void *q = realloc(*p, c * elem);
    if (!q)
        return false;
    *p = q;
    *cap = c;
    return true;
}

static bool ids_push(ids *a, uint32_t v) {
    if (!grow((void **)&a->v, &a->cap, a->n + 1, sizeof *a->v))
        return false;
    a->v[a->n++] = v;
    return true;
}

static bool is_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Perl's \s on byte strings. */
static bool is_perl_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Rounds as ROUGE-1.5.5's sprintf("%7.5f") does. */
static double round5(double x) {
    char b[64];
    snprintf(b, sizeof b, "%.5f", x);
    return strtod(b, NULL);
}

const char *precis_rouge_metric_name(precis_rouge_metric metric) {
    static const char *const names[] = {"ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-L", "ROUGE-SU"};
    return (unsigned)metric < PRECIS_ROUGE_METRICS ? names[metric] : NULL;
}

/* The library's defaults in its own (full-size) struct. */
static void rouge_defaults(precis_rouge_options *o) {
    memset(o, 0, sizeof *o);
    o->size = sizeof *o;
    o->stem = true;
    o->max_n = 2;
    o->skip_distance = 4;
    o->skip_unigrams = true;
    o->alpha = 0.5;
    o->round_like_rouge155 = true;
}

/* The smallest struct a caller may pass: the first version with a size, up to
 * round_like_rouge155. Options added later go at the end and keep their defaults for a
 * smaller struct (docs/ARCHITECTURE.md, "ABI"). */
#define ROUGE_OPTIONS_SIZE_MIN (offsetof(precis_rouge_options, round_like_rouge155) + sizeof(bool))

void precis_rouge_options_init_sized(precis_rouge_options *o, size_t size) {
    if (!o || size < sizeof o->size)
        return;
    precis_rouge_options full;
    rouge_defaults(&full);
    full.size = size;
    sized_init(o, size, &full, sizeof full);
}

/* ---- the scorer ------------------------------------------------------------------------------ */

/* Reads "form base" lines ('#' comments) into r->exc; keys point into the model. */
static precis_status load_exceptions(precis_rouge *r, const char *data, size_t len, precis_error *err) {
    size_t n_lines = 0;
    for (size_t i = 0; i < len; i++)
        n_lines += data[i] == '\n';
    r->exc_base = calloc(n_lines + 1, sizeof *r->exc_base);
    if (!r->exc_base || !strmap_init(&r->exc, n_lines + 1))
        return set_error(err, PRECIS_E_NOMEM, "rouge: out of memory");
    const char *p = data, *end = data + len;
    size_t line_no = 0;
    int32_t n = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        line_no++;
        if (e > p && *p != '#') {
            const char *sp = memchr(p, ' ', (size_t)(e - p));
            if (!sp || sp == p || sp + 1 >= e)
                return set_error(err, PRECIS_E_MODEL, "model: %s line %zu: expected 'form base'",
                                 EXC_FILE, line_no);
            r->exc_base[n] = (span){sp + 1, (size_t)(e - sp - 1)};
            if (!strmap_put(&r->exc, p, (size_t)(sp - p), n))
                return set_error(err, PRECIS_E_NOMEM, "rouge: out of memory");
            n++;
        }
        p = e + 1;
    }
    return PRECIS_OK;
}

precis_status precis_rouge_new(const precis_model *model, const precis_rouge_options *opts,
                               precis_rouge **out, precis_error *err) {
    if (!model || !out)
        return set_error(err, PRECIS_E_INVALID_ARG, "rouge: NULL model or result pointer");
    *out = NULL;
    precis_rouge_options o;
    rouge_defaults(&o);
    if (opts) {
        if (opts->size < ROUGE_OPTIONS_SIZE_MIN)
            return set_error(err, PRECIS_E_INVALID_ARG, "rouge: options not initialised by precis_rouge_options_init");
        memcpy(&o, opts, opts->size < sizeof o ? opts->size : sizeof o);
        o.size = sizeof o;
    }
    if (o.max_words && o.max_bytes)
        return set_error(err, PRECIS_E_INVALID_OPTION,
                         "rouge: give a word limit or a byte limit, not both (as ROUGE-1.5.5)");
    if (o.max_n < 1 || o.max_n > 4)
        return set_error(err, PRECIS_E_INVALID_OPTION, "rouge: max_n %d is outside 1..4", o.max_n);
    if (!(o.alpha >= 0 && o.alpha <= 1))
        return set_error(err, PRECIS_E_INVALID_OPTION, "rouge: alpha %g is outside [0,1]", o.alpha);
    precis_rouge *r = calloc(1, sizeof *r);
    if (!r)
        return set_error(err, PRECIS_E_NOMEM, "rouge: out of memory");
    r->o = o;
    arena_init(&r->mem, 64 * 1024);
    precis_status st = PRECIS_OK;
    if (!strmap_init(&r->cache, 4096) || !strmap_init(&r->stems, 4096)) {
        st = set_error(err, PRECIS_E_NOMEM, "rouge: out of memory");
        goto fail;
    }
    r->en = model_lang(model, "en");
    if (o.remove_stopwords && !r->en) {
        st = set_error(err, PRECIS_E_MODEL, "rouge: the model has no English stopword list");
        goto fail;
    }
    if (o.stem) {
        size_t len = 0;
        const char *data = model_file(model, EXC_FILE, &len);
        if (!data) {
            st = set_error(err, PRECIS_E_MODEL, "rouge: the model lacks %s (WordNet irregular forms)",
                           EXC_FILE);
            goto fail;
        }
        st = load_exceptions(r, data, len, err);
        if (st != PRECIS_OK)
            goto fail;
    }
    *out = r;
    return PRECIS_OK;
fail:
    precis_rouge_free(r);
    return st;
}

static void reading_free(reading *t) {
    free(t->flat.v);
    free(t->sent.v);
    free(t->sent_end);
}

void precis_rouge_free(precis_rouge *r) {
    if (!r)
        return;
    strmap_free(&r->exc);
    free(r->exc_base);
    strmap_free(&r->cache);
    strmap_free(&r->stems);
    arena_free(&r->mem);
    free(r->lines);
    reading_free(&r->sys);
    for (size_t i = 0; i < r->cap_refs; i++)
        reading_free(&r->refs[i]);
    free(r->refs);
    free(r->table);
    free(r->cnt_sys);
    free(r->cnt_ref);
    free(r->dir);
    free(r->row);
    free(r->mask);
    free(r);
}

/* ---- stemming --------------------------------------------------------------------------------- */

/* The stem of a lower-case token: WordNet irregular form, else the Porter port; tokens of 3
 * bytes or fewer are kept. Writes into out (ROUGE_MAX_TOKEN + 2 bytes) unless it returns a
 * pointer into the exception table; *n gets the length. */
static const char *stem_of(const precis_rouge *r, const char *tok, size_t len, char *out, size_t *n) {
    *n = len;
    if (!r->o.stem || len <= 3 || len >= ROUGE_MAX_TOKEN)
        return tok;
    int32_t e = strmap_get(&r->exc, tok, len);
    if (e >= 0) {
        *n = r->exc_base[e].len;
        return r->exc_base[e].s;
    }
    *n = rouge_porter(tok, len, out);
    return out;
}

size_t precis_rouge_stem(const precis_rouge *r, const char *token, size_t len, char *dst, size_t dst_cap) {
    if (!r || !token)
        return 0;
    char tmp[ROUGE_MAX_TOKEN + 2];
    size_t n = 0;
    const char *s = stem_of(r, token, len, tmp, &n);
    if (dst && dst_cap > n) {
        memcpy(dst, s, n);
        dst[n] = '\0';
    }
    return n;
}

/* The stem id of a token (lower-cased in `low`), -2 for a dropped stopword, -1 on OOM. */
static int32_t token_id(precis_rouge *r, const char *low, size_t len) {
    int32_t id = strmap_get(&r->cache, low, len);
    if (id != -1)
        return id;
    char *key = arena_strndup(&r->mem, low, len);
    if (!key)
        return -1;
    if (r->o.remove_stopwords && strmap_get(&r->en->stopwords, low, len) >= 0) {
        id = -2;
    } else {
        char tmp[ROUGE_MAX_TOKEN + 2];
        size_t n = 0;
        const char *s = stem_of(r, key, len, tmp, &n);
        id = strmap_get(&r->stems, s, n);
        if (id < 0) {
            const char *skey = s == tmp ? arena_strndup(&r->mem, s, n) : s;
            if (!skey || r->n_ids >= INT32_MAX)
                return -1;
            id = (int32_t)r->n_ids++;
            if (!strmap_put(&r->stems, skey, n, id))
                return -1;
        }
    }
    if (!strmap_put(&r->cache, key, len, id))
        return -1;
    return id;
}

/* ---- reading texts ---------------------------------------------------------------------------- */

/* Appends the stem ids of the tokens of s[0..len) to out. */
static bool tokenize(precis_rouge *r, const char *s, size_t len, ids *out) {
    char low[ROUGE_MAX_TOKEN + 1];
    size_t i = 0;
    while (i < len) {
        if (!is_alnum((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t start = i;
        while (i < len && is_alnum((unsigned char)s[i]))
            i++;
        size_t n = i - start;
        const char *tok = s + start;
        char *big = NULL;
        char *dst = low;
        if (n > ROUGE_MAX_TOKEN) {
            big = malloc(n);
            if (!big)
                return false;
            dst = big;
        }
        for (size_t k = 0; k < n; k++) {
            char c = tok[k];
            dst[k] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
        }
        int32_t id = token_id(r, dst, n);
        free(big);
        if (id == -1)
            return false;
        if (id >= 0 && !ids_push(out, (uint32_t)id))
            return false;
    }
    return true;
}

/* Perl's split(/\s+/, s): the number of fields (a leading empty field counts when s starts
 * with whitespace; trailing empty fields do not), and the byte end of field `want` (1-based)
 * in *end_of_want when there are that many. */
static size_t perl_fields(const char *s, size_t len, size_t want, size_t *end_of_want) {
    size_t i = 0, count = 0;
    if (len && is_perl_space((unsigned char)s[0])) {
        while (i < len && is_perl_space((unsigned char)s[i]))
            i++;
        if (i == len)
            return 0;
        count = 1; /* the leading empty field */
        if (want == 1)
            *end_of_want = 0;
    }
    while (i < len) {
        while (i < len && !is_perl_space((unsigned char)s[i]))
            i++;
        if (++count == want)
            *end_of_want = i;
        while (i < len && is_perl_space((unsigned char)s[i]))
            i++;
    }
    return count;
}

static bool end_sentence(reading *t) {
    if (!grow((void **)&t->sent_end, &t->cap_sent, t->n_sent + 1, sizeof *t->sent_end))
        return false;
    t->sent_end[t->n_sent++] = t->sent.n;
    return true;
}

/* Reads a text into t as ROUGE-1.5.5's readText (flat) and readText_LCS (sentences) do. */
static precis_status read_text(precis_rouge *r, const precis_rouge_text *x, reading *t, precis_error *err) {
    t->flat.n = t->sent.n = t->n_sent = 0;
    if (x->n_sentences && (!x->sentences || !x->lengths))
        return set_error(err, PRECIS_E_INVALID_ARG, "rouge: a text with sentences but NULL arrays");
    /* Lines: sentences split at newlines, empty lines dropped. */
    size_t n_lines = 0;
    for (size_t i = 0; i < x->n_sentences; i++) {
        const char *s = x->sentences[i];
        size_t len = x->lengths[i];
        if (!s && len)
            return set_error(err, PRECIS_E_INVALID_ARG, "rouge: sentence %zu is NULL", i);
        size_t a = 0;
        while (a <= len) {
            const char *nl = a < len ? memchr(s + a, '\n', len - a) : NULL;
            size_t b = nl ? (size_t)(nl - s) : len;
            if (b > a) {
                if (!grow((void **)&r->lines, &r->cap_lines, n_lines + 1, sizeof *r->lines))
                    return set_error(err, PRECIS_E_NOMEM, "rouge: out of memory");
                r->lines[n_lines++] = (span){s + a, b - a};
            }
            a = b + 1;
        }
    }
    size_t W = r->o.max_words, B = r->o.max_bytes;
    size_t kept = 0; /* words or bytes kept so far (the flat reading) */
    bool flat_done = false, sent_done = false;
    for (size_t i = 0; i < n_lines && !(flat_done && sent_done); i++) {
        const char *s = r->lines[i].s;
        size_t len = r->lines[i].len, cut = len;
        bool last = false;
        if (W) {
            size_t end = 0;
            size_t words = perl_fields(s, len, W - kept, &end);
            if (kept + words >= W) {
                cut = end;
                last = true;
            } else {
                kept += words;
            }
        } else if (B) {
            if (kept + len >= B) {
                cut = B - kept;
                last = true;
            } else {
                kept += len;
            }
        }
        if (!flat_done && !tokenize(r, s, cut, &t->flat))
            return set_error(err, PRECIS_E_NOMEM, "rouge: out of memory");
        flat_done = flat_done || last;
        if (!sent_done) {
            size_t scut = cut;
            bool slast = last;
            if (B) { /* readText_LCS compares each sentence with the limit alone */
                slast = len >= B;
                scut = slast ? B : len;
            }
            if (!tokenize(r, s, scut, &t->sent) || !end_sentence(t))
                return set_error(err, PRECIS_E_NOMEM, "rouge: out of memory");
            sent_done = slast;
        }
    }
    return PRECIS_OK;
}

/* ---- n-gram tables ------------------------------------------------------------------------------ */

static uint64_t gram_hash(const uint32_t k[4]) {
    uint64_t h = 1469598103934665603ull;
    for (int i = 0; i < 4; i++) {
        h ^= k[i];
        h *= 1099511628211ull;
        h ^= h >> 29;
    }
    return h;
}

static size_t table_cap(size_t entries) {
    size_t cap = 64;
    while (cap < entries * 2)
        cap *= 2;
    return cap;
}

/* Makes room for `entries` grams and empties the slots that will be used. */
static bool table_reset(precis_rouge *r, size_t entries) {
    size_t cap = table_cap(entries);
    if (cap > r->cap_table) {
        free(r->table);
        r->table = malloc(cap * sizeof *r->table);
        r->cap_table = r->table ? cap : 0;
        if (!r->table)
            return false;
    }
    memset(r->table, 0, cap * sizeof *r->table);
    return true;
}

/* Adds one gram to the table sized by table_reset(`cap` slots in use). */
static void table_add(gram_slot *t, size_t cap, const uint32_t k[4], bool sys) {
    size_t mask = cap - 1;
    for (size_t i = (size_t)gram_hash(k) & mask;; i = (i + 1) & mask) {
        gram_slot *s = &t[i];
        if (!s->used) {
            s->used = true;
            memcpy(s->k, k, sizeof s->k);
        } else if (memcmp(s->k, k, sizeof s->k) != 0) {
            continue;
        }
        if (sys)
            s->sys++;
        else
            s->ref++;
        return;
    }
}

/* The grams of one token sequence: n-grams for n >= 1, or (n == 0) ROUGE-S skip bigrams with
 * the unigrams when asked. Returns the number of grams; adds them to the table when t != NULL. */
static size_t grams(const precis_rouge *r, const ids *x, int n, gram_slot *t, size_t cap, bool sys) {
    size_t count = 0;
    uint32_t k[4];
    if (n >= 1) {
        for (size_t i = 0; i + (size_t)n <= x->n; i++) {
            for (int j = 0; j < 4; j++)
                k[j] = j < n ? x->v[i + (size_t)j] : UINT32_MAX;
            if (t)
                table_add(t, cap, k, sys);
            count++;
        }
        return count;
    }
    /* ROUGE-1.5.5 stops at the second-last token: the last token's unigram is not counted. */
    for (size_t i = 0; i + 1 < x->n; i++) {
        k[1] = k[2] = k[3] = UINT32_MAX;
        k[0] = x->v[i];
        if (r->o.skip_unigrams) {
            if (t)
                table_add(t, cap, k, sys);
            count++;
        }
        for (size_t j = i + 1; j < x->n && (r->o.skip_distance < 0 || j <= i + (size_t)r->o.skip_distance + 1);
             j++) {
            k[1] = x->v[j];
            if (t)
                table_add(t, cap, k, sys);
            count++;
        }
    }
    return count;
}

/* Clipped hits of the system's grams against one reference's. */
static bool gram_hits(precis_rouge *r, const ids *sys, const ids *ref, int n, size_t *hits,
                      size_t *n_sys, size_t *n_ref) {
    *n_sys = grams(r, sys, n, NULL, 0, true);
    *n_ref = grams(r, ref, n, NULL, 0, false);
    if (!table_reset(r, *n_sys + *n_ref))
        return false;
    size_t cap = table_cap(*n_sys + *n_ref);
    grams(r, sys, n, r->table, cap, true);
    grams(r, ref, n, r->table, cap, false);
    size_t h = 0;
    for (size_t i = 0; i < cap; i++)
        if (r->table[i].used)
            h += r->table[i].sys < r->table[i].ref ? r->table[i].sys : r->table[i].ref;
    *hits = h;
    return true;
}

/* ---- ROUGE-L -------------------------------------------------------------------------------------- */

/* Marks in mask the tokens of x that lie on the LCS of x and y, choosing the LCS as ROUGE-1.5.5's
 * lcs_inner/markLCS does (ties go up, towards a shorter x). */
static bool lcs_mark(precis_rouge *r, const uint32_t *x, size_t m, const uint32_t *y, size_t n) {
    if (m == 0 || n == 0)
        return true;
    if (!grow((void **)&r->dir, &r->cap_dir, (m + 1) * (n + 1), 1) ||
        !grow((void **)&r->row, &r->cap_row, 2 * (n + 1), sizeof *r->row))
        return false;
    enum { DIAG = 1, UP = 2, LEFT = 3 };
    uint32_t *prev = r->row, *cur = r->row + n + 1;
    memset(prev, 0, (n + 1) * sizeof *prev);
    for (size_t i = 1; i <= m; i++) {
        cur[0] = 0;
        unsigned char *d = r->dir + i * (n + 1);
        for (size_t j = 1; j <= n; j++) {
            if (x[i - 1] == y[j - 1]) {
                cur[j] = prev[j - 1] + 1;
                d[j] = DIAG;
            } else if (prev[j] >= cur[j - 1]) {
                cur[j] = prev[j];
                d[j] = UP;
            } else {
                cur[j] = cur[j - 1];
                d[j] = LEFT;
            }
        }
        uint32_t *tmp = prev;
        prev = cur;
        cur = tmp;
    }
    size_t i = m, j = n;
    while (i && j) {
        unsigned char d = r->dir[i * (n + 1) + j];
        if (d == DIAG) {
            i--;
            j--;
            r->mask[i] = 1;
        } else if (d == UP) {
            i--;
        } else {
            j--;
        }
    }
    return true;
}

/* Union-LCS hits of the system against one reference, clipped by unigram counts. */
static bool lcs_hits(precis_rouge *r, const reading *sys, const reading *ref, size_t *hits, size_t *base) {
    if (r->n_ids + 1 > r->cap_cnt) {
        size_t cap = r->cap_cnt ? r->cap_cnt : 1024;
        while (cap < r->n_ids + 1)
            cap *= 2;
        int32_t *a = realloc(r->cnt_sys, cap * sizeof *a);
        if (!a)
            return false;
        r->cnt_sys = a;
        int32_t *b = realloc(r->cnt_ref, cap * sizeof *b);
        if (!b)
            return false;
        r->cnt_ref = b;
        r->cap_cnt = cap;
    }
    /* Zero every count the loop below may read (the sentence readings hold more tokens than
     * the flat ones under -b), then count the flat readings. */
    for (size_t i = 0; i < ref->sent.n; i++)
        r->cnt_sys[ref->sent.v[i]] = r->cnt_ref[ref->sent.v[i]] = 0;
    for (size_t i = 0; i < sys->flat.n; i++)
        r->cnt_sys[sys->flat.v[i]] = 0;
    for (size_t i = 0; i < ref->flat.n; i++)
        r->cnt_ref[ref->flat.v[i]] = 0;
    for (size_t i = 0; i < sys->flat.n; i++)
        r->cnt_sys[sys->flat.v[i]]++;
    for (size_t i = 0; i < ref->flat.n; i++)
        r->cnt_ref[ref->flat.v[i]]++;
    size_t h = 0, b = 0;
    for (size_t s = 0; s < ref->n_sent; s++) {
        size_t a = s ? ref->sent_end[s - 1] : 0, e = ref->sent_end[s];
        size_t m = e - a;
        /* A text without tokens has no array at all: NULL + 0 is undefined behaviour. */
        const uint32_t *x = m ? ref->sent.v + a : NULL;
        b += m;
        if (!grow((void **)&r->mask, &r->cap_mask, m + 1, 1))
            return false;
        memset(r->mask, 0, m + 1);
        for (size_t q = 0; q < sys->n_sent; q++) {
            size_t qa = q ? sys->sent_end[q - 1] : 0, qe = sys->sent_end[q];
            if (!lcs_mark(r, x, m, qe > qa ? sys->sent.v + qa : NULL, qe - qa))
                return false;
        }
        for (size_t k = 0; k < m; k++)
            if (r->mask[k] && r->cnt_ref[x[k]] > 0 && r->cnt_sys[x[k]] > 0) {
                h++;
                r->cnt_ref[x[k]]--;
                r->cnt_sys[x[k]]--;
            }
    }
    *hits = h;
    *base = b;
    return true;
}

/* ---- scores --------------------------------------------------------------------------------------- */

static void finish(const precis_rouge *r, precis_rouge_prf *m, size_t hits, size_t ref_total, size_t sys_total) {
    m->hits = (double)hits;
    m->ref_total = (double)ref_total;
    m->sys_total = (double)sys_total;
    double R = ref_total ? (double)hits / (double)ref_total : 0;
    double P = sys_total ? (double)hits / (double)sys_total : 0;
    if (r->o.round_like_rouge155) {
        R = round5(R);
        P = round5(P);
    }
    double a = r->o.alpha, den = (1 - a) * P + a * R;
    double F = den > 0 ? P * R / den : 0;
    if (r->o.round_like_rouge155)
        F = round5(F);
    m->p = P;
    m->r = R;
    m->f = F;
}

precis_status precis_rouge_score(precis_rouge *r, const precis_rouge_text *system,
                                 const precis_rouge_text *refs, size_t n_refs,
                                 precis_rouge_scores *out, precis_error *err) {
    if (!r || !system || !refs || !out || n_refs == 0)
        return set_error(err, PRECIS_E_INVALID_ARG, "rouge: NULL argument or no reference");
    memset(out, 0, sizeof *out);
    if (n_refs > r->cap_refs) {
        reading *t = realloc(r->refs, n_refs * sizeof *t);
        if (!t)
            return set_error(err, PRECIS_E_NOMEM, "rouge: out of memory");
        memset(t + r->cap_refs, 0, (n_refs - r->cap_refs) * sizeof *t);
        r->refs = t;
        r->cap_refs = n_refs;
    }
    PRECIS_TRY(read_text(r, system, &r->sys, err));
    for (size_t k = 0; k < n_refs; k++)
        PRECIS_TRY(read_text(r, &refs[k], &r->refs[k], err));

    for (int n = 0; n <= r->o.max_n; n++) {
        size_t hits = 0, nr = 0, ns = 0;
        for (size_t k = 0; k < n_refs; k++) {
            size_t h, a, b;
            if (!gram_hits(r, &r->sys.flat, &r->refs[k].flat, n, &h, &a, &b))
                return set_error(err, PRECIS_E_NOMEM, "rouge: out of memory");
            hits += h;
            ns += a;
            nr += b;
        }
        finish(r, &out->m[n == 0 ? PRECIS_ROUGE_SU : n - 1], hits, nr, ns);
    }
    size_t hits = 0, base = 0, ns = 0;
    for (size_t k = 0; k < n_refs; k++) {
        size_t h, b;
        if (!lcs_hits(r, &r->sys, &r->refs[k], &h, &b))
            return set_error(err, PRECIS_E_NOMEM, "rouge: out of memory");
        hits += h;
        base += b;
        ns += r->sys.flat.n;
    }
    finish(r, &out->m[PRECIS_ROUGE_L], hits, base, ns);
    return PRECIS_OK;
}
