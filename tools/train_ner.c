/* train_ner.c — trains the named-entity recogniser (facts/ner.c) on CoNLL-2003 JSON Lines.
 *
 *   precis_train_ner [-e EPOCHS] [-m MINCOUNT] [-p PRUNE] [-s SEED] [-r RUNS] [-k FOLDS] \
 *                    [-2 OUT2.model] -g MODELDIR TRAIN.jsonl DEV.jsonl OUT.model
 *   precis_train_ner --iso ISO_CODES_JSON_DIR > gazetteer_iso3166.tsv
 *
 * The model is a structured (Collins 2002) averaged perceptron: per-token feature weights for
 * the 17 BILOU tags plus tag-transition weights, decoded with constrained Viterbi. Features
 * come from facts/ner_feat.c, the same code the tagger runs, with the gazetteers of MODELDIR
 * (models/en/gazetteer_*.tsv). Sentences are visited in an order shuffled by a fixed-seed
 * generator, so a run is deterministic. After each epoch the averaged weights are scored on
 * DEV (exact span and type) and printed; the weights of the last epoch are written. With
 * RUNS > 1 the whole training is repeated with other shuffles (seeds SEED + 7919 r) and the
 * averaged weights of all runs are averaged again: a cheap ensemble that costs nothing at
 * run time.
 * Features seen fewer than MINCOUNT times are dropped before training; weights whose
 * magnitude is under PRUNE are dropped when writing; the rest are quantised to int16.
 *
 * With -2, a second stage is trained too (facts/ner_feat.h, "second stage"): its features
 * are a small word set plus the first stage's tags and document history; the first-stage
 * tags of the training documents come from FOLDS models that did not see them (jackknife
 * over documents). The run-time tagger uses it when en/ner2.model is in the model image.
 *
 * --iso reads iso_3166-1.json and iso_3166-2.json (Debian's iso-codes package) and prints
 * country and subdivision names as gazetteer lines. */
#include <dirent.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts/ner.h"
#include "facts/ner_feat.h"

/* ---- data ---------------------------------------------------------------------------------- */

typedef struct sent {
    size_t tok;   /* first token in the corpus arrays */
    size_t n;
} sent;

typedef struct corpus {
    size_t n_tok, n_sent;
    uint8_t *gold;     /* per token: BILOU tag */
    size_t *foff;      /* per token: offset into feats; foff[n_tok] = end */
    uint64_t *hashes;  /* feature hashes */
    size_t n_hashes, cap_hashes;
    int32_t *feats;    /* after mapping: feature index or -1 */
    sent *sents;
    size_t *sent_doc;  /* per sentence: its document */
    ner_word *words;   /* per token (their strings stay allocated until exit) */
    size_t *doc_start; /* per document: first token; doc_start[n_docs] = n_tok */
    size_t n_docs;
    /* second stage: stacked features per token (NULL until built) */
    size_t *foff2;
    uint64_t *hashes2;
    int32_t *feats2;
    bool only2;        /* second stage: features from feats2 only */
} corpus;

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "precis_train_ner: out of memory\n");
        exit(1);
    }
    return q;
}

static int tag_of(const char *s) {
    if (strcmp(s, "O") == 0)
        return 0;
    static const char *const types[] = {"PER", "LOC", "ORG", "MISC"};
    for (int t = 0; t < 4; t++)
        if (strcmp(s + 2, types[t]) == 0)
            return (s[0] == 'B' ? 100 : 200) + t; /* BIO begin / inside, resolved below */
    return -1;
}

/* BIO (as in the data) to BILOU. */
static void bio_to_bilou(const int *bio, size_t n, uint8_t *out) {
    for (size_t i = 0; i < n; i++) {
        if (bio[i] == 0) {
            out[i] = 0;
            continue;
        }
        int type = bio[i] % 100;
        bool begins = bio[i] >= 100 && bio[i] < 200;
        /* An I- after O or another type begins an entity too (IOB1 style). */
        if (!begins && (i == 0 || bio[i - 1] == 0 || bio[i - 1] % 100 != type))
            begins = true;
        bool cont = i + 1 < n && bio[i + 1] >= 200 && bio[i + 1] % 100 == type;
        int pos = begins ? (cont ? NER_B : NER_U) : (cont ? NER_I : NER_L);
        out[i] = (uint8_t)ner_tag_make(type, pos);
    }
}

static void load_corpus(const char *path, const ner_gaz *gaz, corpus *c) {
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "precis_train_ner: %s: cannot open\n", path);
        exit(1);
    }
    memset(c, 0, sizeof *c);
    size_t cap_tok = 0, cap_sent = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t ll;
    size_t lineno = 0;
    while ((ll = getline(&line, &lcap, f)) > 0) {
        lineno++;
        json_error_t je;
        json_t *doc = json_loadb(line, (size_t)ll, 0, &je);
        json_t *toks = doc ? json_object_get(doc, "tokens") : NULL;
        json_t *tags = doc ? json_object_get(doc, "tags") : NULL;
        json_t *sl = doc ? json_object_get(doc, "sentence_lengths") : NULL;
        if (!json_is_array(toks) || !json_is_array(tags) || !json_is_array(sl) ||
            json_array_size(toks) != json_array_size(tags)) {
            fprintf(stderr, "precis_train_ner: %s:%zu: not a CoNLL document\n", path, lineno);
            exit(1);
        }
        size_t n = json_array_size(toks);
        const char **strs = xrealloc(NULL, n * sizeof *strs);
        uint32_t *lens = xrealloc(NULL, n * sizeof *lens);
        int32_t *sid = xrealloc(NULL, n * sizeof *sid);
        int *bio = xrealloc(NULL, n * sizeof *bio);
        size_t bytes = 0;
        for (size_t i = 0; i < n; i++) {
            strs[i] = json_string_value(json_array_get(toks, i));
            bio[i] = tag_of(json_string_value(json_array_get(tags, i)));
            if (!strs[i] || bio[i] < 0) {
                fprintf(stderr, "precis_train_ner: %s:%zu: bad token or tag %zu\n", path, lineno, i);
                exit(1);
            }
            lens[i] = (uint32_t)strlen(strs[i]);
            bytes += lens[i];
        }
        size_t k = 0;
        for (size_t s = 0; s < json_array_size(sl); s++) {
            size_t m = (size_t)json_integer_value(json_array_get(sl, s));
            if (c->n_sent == cap_sent) {
                cap_sent = cap_sent ? cap_sent * 2 : 4096;
                c->sents = xrealloc(c->sents, cap_sent * sizeof *c->sents);
            }
            c->sent_doc = xrealloc(c->sent_doc, cap_sent * sizeof *c->sent_doc);
            c->sent_doc[c->n_sent] = c->n_docs;
            c->sents[c->n_sent++] = (sent){c->n_tok + k, m};
            for (size_t j = 0; j < m && k < n; j++)
                sid[k++] = (int32_t)s;
        }
        if (k != n) {
            fprintf(stderr, "precis_train_ner: %s:%zu: sentence lengths do not add up\n", path, lineno);
            exit(1);
        }
        if (c->n_tok + n + 1 > cap_tok) {
            while (c->n_tok + n + 1 > cap_tok)
                cap_tok = cap_tok ? cap_tok * 2 : 65536;
            c->gold = xrealloc(c->gold, cap_tok);
            c->foff = xrealloc(c->foff, cap_tok * sizeof *c->foff);
            c->words = xrealloc(c->words, cap_tok * sizeof *c->words);
        }
        c->doc_start = xrealloc(c->doc_start, (c->n_docs + 2) * sizeof *c->doc_start);
        c->doc_start[c->n_docs++] = c->n_tok;
        char *norm = xrealloc(NULL, 2 * bytes + 1);
        ner_word *words = xrealloc(NULL, n * sizeof *words);
        if (!ner_words_build(words, strs, lens, sid, n, gaz, norm)) {
            fprintf(stderr, "precis_train_ner: out of memory\n");
            exit(1);
        }
        /* Gold tags per sentence (BIO -> BILOU within the sentence). */
        for (size_t i = 0; i < n;) {
            size_t j = i + 1;
            while (j < n && sid[j] == sid[i])
                j++;
            bio_to_bilou(bio + i, j - i, c->gold + c->n_tok + i);
            for (size_t t = i; t < j; t++) {
                if (c->n_hashes + NER_MAX_FEATS > c->cap_hashes) {
                    c->cap_hashes = c->cap_hashes ? c->cap_hashes * 2 : (1u << 20);
                    c->hashes = xrealloc(c->hashes, c->cap_hashes * sizeof *c->hashes);
                }
                c->foff[c->n_tok + t] = c->n_hashes;
                c->n_hashes += ner_features(words + i, j - i, t - i, c->hashes + c->n_hashes);
            }
            i = j;
        }
        memcpy(c->words + c->n_tok, words, n * sizeof *words);
        c->n_tok += n;
        c->foff[c->n_tok] = c->n_hashes;
        c->doc_start[c->n_docs] = c->n_tok;
        free(words); /* norm stays: the copied words point into it */
        free(strs);
        free(lens);
        free(sid);
        free(bio);
        json_decref(doc);
    }
    free(line);
    fclose(f);
}

/* ---- the feature dictionary ---------------------------------------------------------------- */

typedef struct fdict {
    uint64_t *keys;
    uint32_t *count;
    int32_t *index;
    size_t mask, n;
} fdict;

static size_t fslot(const fdict *d, uint64_t k) {
    size_t s = (size_t)(k ^ (k >> 31)) & d->mask;
    while (d->keys[s] && d->keys[s] != k)
        s = (s + 1) & d->mask;
    return s;
}

static void fdict_init(fdict *d, size_t expected) {
    size_t cap = 1024;
    while (cap < expected * 2)
        cap *= 2;
    d->keys = xrealloc(NULL, cap * sizeof *d->keys);
    memset(d->keys, 0, cap * sizeof *d->keys);
    d->count = xrealloc(NULL, cap * sizeof *d->count);
    memset(d->count, 0, cap * sizeof *d->count);
    d->index = xrealloc(NULL, cap * sizeof *d->index);
    d->mask = cap - 1;
    d->n = 0;
}

/* ---- training ------------------------------------------------------------------------------ */

typedef struct weights {
    size_t nf;
    float *w, *u;           /* nf * NTAGS: current and time-weighted sums (for averaging) */
    float t[(NER_NTAGS + 1) * NER_NTAGS], tu[(NER_NTAGS + 1) * NER_NTAGS];
    double c;               /* update clock */
} weights;

static void emissions(const float *w, const corpus *c, const sent *s, float *emit) {
    for (size_t i = 0; i < s->n; i++) {
        float *e = emit + i * NER_NTAGS;
        memset(e, 0, NER_NTAGS * sizeof *e);
        size_t t = s->tok + i;
        for (size_t k = c->foff[t]; !c->only2 && k < c->foff[t + 1]; k++) {
            int32_t f = c->feats[k];
            if (f < 0)
                continue;
            const float *row = w + (size_t)f * NER_NTAGS;
            for (int g = 0; g < NER_NTAGS; g++)
                e[g] += row[g];
        }
        for (size_t k = c->feats2 ? c->foff2[t] : 0; c->feats2 && k < c->foff2[t + 1]; k++) {
            int32_t f = c->feats2[k];
            if (f < 0)
                continue;
            const float *row = w + (size_t)f * NER_NTAGS;
            for (int g = 0; g < NER_NTAGS; g++)
                e[g] += row[g];
        }
    }
}

static void update(weights *W, const corpus *c, size_t tok, int tag, float delta) {
    for (size_t k = c->foff[tok]; !c->only2 && k < c->foff[tok + 1]; k++) {
        int32_t f = c->feats[k];
        if (f < 0)
            continue;
        W->w[(size_t)f * NER_NTAGS + tag] += delta;
        W->u[(size_t)f * NER_NTAGS + tag] += (float)(W->c * delta);
    }
    for (size_t k = c->feats2 ? c->foff2[tok] : 0; c->feats2 && k < c->foff2[tok + 1]; k++) {
        int32_t f = c->feats2[k];
        if (f < 0)
            continue;
        W->w[(size_t)f * NER_NTAGS + tag] += delta;
        W->u[(size_t)f * NER_NTAGS + tag] += (float)(W->c * delta);
    }
}

static void update_trans(weights *W, int a, int b, float delta) {
    W->t[a * NER_NTAGS + b] += delta;
    W->tu[a * NER_NTAGS + b] += (float)(W->c * delta);
}

typedef struct counts {
    size_t tp[NER_NTYPES], fp[NER_NTYPES], fn[NER_NTYPES];
} counts;

typedef struct span {
    size_t s, e;
    int type;
} span;

static size_t spans_of(const uint8_t *tags, size_t n, span *out) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int pos = ner_tag_pos(tags[i]);
        if (pos != NER_B && pos != NER_U)
            continue;
        size_t j = i;
        if (pos == NER_B)
            while (j + 1 < n && ner_tag_pos(tags[j]) != NER_L)
                j++;
        out[k++] = (span){i, j + 1, ner_tag_type(tags[i])};
        i = j;
    }
    return k;
}

static void score_sentence(const uint8_t *gold, const uint8_t *pred, size_t n, span *a, span *b, counts *ct) {
    size_t na = spans_of(gold, n, a), nb = spans_of(pred, n, b);
    for (size_t i = 0; i < nb; i++) {
        bool hit = false;
        for (size_t j = 0; j < na; j++)
            hit |= a[j].s == b[i].s && a[j].e == b[i].e && a[j].type == b[i].type;
        if (hit)
            ct->tp[b[i].type]++;
        else
            ct->fp[b[i].type]++;
    }
    for (size_t j = 0; j < na; j++) {
        bool hit = false;
        for (size_t i = 0; i < nb; i++)
            hit |= a[j].s == b[i].s && a[j].e == b[i].e && a[j].type == b[i].type;
        if (!hit)
            ct->fn[a[j].type]++;
    }
}

/* F1 x100 from true positives, false positives and false negatives. */
static double f1(size_t tp, size_t fp, size_t fn) {
    const precis_span_counts c = {tp + fn, tp + fp, tp, tp};
    return 100 * precis_span_f1(&c);
}

static void evaluate(const float *w, const float *t, const corpus *c, size_t longest, const char *label) {
    float *emit = xrealloc(NULL, longest * NER_NTAGS * sizeof *emit);
    float *vit = xrealloc(NULL, longest * NER_NTAGS * sizeof *vit);
    uint8_t *pred = xrealloc(NULL, longest);
    span *a = xrealloc(NULL, longest * sizeof *a), *b = xrealloc(NULL, longest * sizeof *b);
    counts ct;
    memset(&ct, 0, sizeof ct);
    for (size_t s = 0; s < c->n_sent; s++) {
        const sent *se = &c->sents[s];
        if (!se->n)
            continue;
        emissions(w, c, se, emit);
        ner_viterbi(emit, se->n, t, vit, pred);
        score_sentence(c->gold + se->tok, pred, se->n, a, b, &ct);
    }
    size_t tp = 0, fp = 0, fn = 0;
    printf("%s:", label);
    for (int k = 0; k < NER_NTYPES; k++) {
        printf(" %s %.2f", ner_type_name(k), f1(ct.tp[k], ct.fp[k], ct.fn[k]));
        if (k != NER_MISC) {
            tp += ct.tp[k];
            fp += ct.fp[k];
            fn += ct.fn[k];
        }
    }
    printf("  PER+LOC+ORG micro-F1 %.2f  all %.2f\n", f1(tp, fp, fn),
           f1(tp + ct.tp[NER_MISC], fp + ct.fp[NER_MISC], fn + ct.fn[NER_MISC]));
    fflush(stdout);
    free(emit);
    free(vit);
    free(pred);
    free(a);
    free(b);
}

static int32_t *map_features(uint64_t *hashes, size_t n, const fdict *d) {
    int32_t *feats = xrealloc(NULL, (n ? n : 1) * sizeof *feats);
    for (size_t k = 0; k < n; k++) {
        size_t s = fslot(d, hashes[k]);
        feats[k] = d->keys[s] ? d->index[s] : -1;
    }
    free(hashes);
    return feats;
}

/* Counts hashes into the dictionary (new keys get index -1). */
static void dict_count(fdict *d, const uint64_t *h, size_t n) {
    for (size_t k = 0; k < n; k++) {
        size_t s = fslot(d, h[k]);
        if (!d->keys[s]) {
            d->keys[s] = h[k];
            d->index[s] = -1;
            d->n++;
            if (d->n * 2 > d->mask) {
                fprintf(stderr, "precis_train_ner: feature table full\n");
                exit(1);
            }
        }
        d->count[s]++;
    }
}

/* Gives indices from `next` on to the unindexed features seen at least mincount times, in
 * table order (deterministic: the table depends only on the hashes). Returns the new next. */
static size_t dict_index(fdict *d, unsigned mincount, size_t next) {
    for (size_t s = 0; s <= d->mask; s++)
        if (d->keys[s] && d->index[s] < 0 && d->count[s] >= mincount)
            d->index[s] = (int32_t)next++;
    return next;
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* ---- writing ------------------------------------------------------------------------------- */

static void put32(FILE *f, uint32_t v) {
    unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    fwrite(b, 1, 4, f);
}
static void putf(FILE *f, float x) {
    uint32_t u;
    memcpy(&u, &x, sizeof u);
    put32(f, u);
}

static void write_model(const char *path, const float *avg, const float *tavg, const fdict *d,
                        size_t row_from, size_t rows, float prune) {
    /* Features sorted by hash, so the file does not depend on table layout. */
    size_t nf = 0, cap = d->mask + 1;
    uint64_t *order = xrealloc(NULL, d->n * sizeof *order);
    float maxabs = 0;
    for (size_t s = 0; s < cap; s++) {
        if (!d->keys[s] || d->index[s] < (int32_t)row_from || (size_t)d->index[s] >= rows)
            continue;
        const float *row = avg + (size_t)d->index[s] * NER_NTAGS;
        bool keep = false;
        for (int g = 0; g < NER_NTAGS; g++) {
            if (fabsf(row[g]) >= prune)
                keep = true;
            if (fabsf(row[g]) > maxabs)
                maxabs = fabsf(row[g]);
        }
        if (keep)
            order[nf++] = d->keys[s];
    }
    qsort(order, nf, sizeof *order, cmp_u64);
    float scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "precis_train_ner: %s: cannot write\n", path);
        exit(1);
    }
    fwrite("PRNER01\n", 1, 8, f);
    put32(f, NER_FEAT_VERSION);
    put32(f, NER_NTAGS);
    put32(f, (uint32_t)nf);
    putf(f, scale);
    for (size_t i = 0; i < (NER_NTAGS + 1) * NER_NTAGS; i++)
        putf(f, tavg[i]);
    size_t bytes = 0;
    for (size_t i = 0; i < nf; i++) {
        size_t s = fslot(d, order[i]);
        const float *row = avg + (size_t)d->index[s] * NER_NTAGS;
        unsigned char rec[9 + 3 * NER_NTAGS];
        uint64_t k = order[i];
        for (int b = 0; b < 8; b++)
            rec[b] = (unsigned char)(k >> (8 * b));
        unsigned cnt = 0;
        for (int g = 0; g < NER_NTAGS; g++) {
            long q = lroundf(row[g] / scale);
            if (fabsf(row[g]) < prune || q == 0)
                continue;
            uint16_t u = (uint16_t)(int16_t)q;
            rec[9 + 3 * cnt] = (unsigned char)g;
            rec[10 + 3 * cnt] = (unsigned char)u;
            rec[11 + 3 * cnt] = (unsigned char)(u >> 8);
            cnt++;
        }
        rec[8] = (unsigned char)cnt;
        fwrite(rec, 1, 9 + 3 * cnt, f);
        bytes += 9 + 3 * cnt;
    }
    if (fclose(f) != 0) {
        fprintf(stderr, "precis_train_ner: %s: write failed\n", path);
        exit(1);
    }
    printf("wrote %s: %zu features, %zu bytes of records, scale %g\n", path, nf, bytes, (double)scale);
    free(order);
}

/* ---- gazetteers ---------------------------------------------------------------------------- */

static void load_gazetteers(const char *dir, ner_gaz *g) {
    ner_gaz_init(g);
    DIR *dd = opendir(dir);
    if (!dd) {
        fprintf(stderr, "precis_train_ner: %s: cannot open the model directory\n", dir);
        exit(1);
    }
    /* Sorted names, as the model image packs them (order matters only for canonical names). */
    char *names[64];
    size_t nn = 0;
    struct dirent *de;
    while ((de = readdir(dd)) && nn < 64)
        if (strncmp(de->d_name, "gazetteer_", 10) == 0)
            names[nn++] = strdup(de->d_name);
    closedir(dd);
    for (size_t i = 0; i < nn; i++)
        for (size_t j = i + 1; j < nn; j++)
            if (strcmp(names[j], names[i]) < 0) {
                char *t = names[i];
                names[i] = names[j];
                names[j] = t;
            }
    for (size_t i = 0; i < nn; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        FILE *f = fopen(path, "rb");
        if (!f) {
            fprintf(stderr, "precis_train_ner: %s: cannot open\n", path);
            exit(1);
        }
        fseek(f, 0, SEEK_END);
        long len = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *data = xrealloc(NULL, (size_t)len + 1);
        if (fread(data, 1, (size_t)len, f) != (size_t)len) {
            fprintf(stderr, "precis_train_ner: %s: read failed\n", path);
            exit(1);
        }
        fclose(f);
        size_t bad;
        if (!ner_gaz_add(g, data, (size_t)len, &bad)) {
            fprintf(stderr, "precis_train_ner: %s:%zu: malformed gazetteer line\n", path, bad);
            exit(1);
        }
        printf("gazetteer %s\n", names[i]);
        free(data);
        free(names[i]);
    }
}

/* Prints the countries and subdivisions of iso-codes as gazetteer lines. */
static int iso_dump(const char *dir) {
    char path[4096];
    json_error_t je;
    snprintf(path, sizeof path, "%s/iso_3166-1.json", dir);
    json_t *c1 = json_load_file(path, 0, &je);
    snprintf(path, sizeof path, "%s/iso_3166-2.json", dir);
    json_t *c2 = json_load_file(path, 0, &je);
    if (!c1 || !c2) {
        fprintf(stderr, "precis_train_ner: %s: cannot read iso_3166-1.json and iso_3166-2.json\n", dir);
        return 1;
    }
    printf("# Generated by: precis_train_ner --iso /usr/share/iso-codes/json (Debian iso-codes,\n"
           "# LGPL-2.1+). Country names and ISO 3166-2 subdivision names.\n");
    json_t *arr = json_object_get(c1, "3166-1"), *v;
    size_t i;
    json_array_foreach(arr, i, v) {
        const char *name = json_string_value(json_object_get(v, "name"));
        const char *common = json_string_value(json_object_get(v, "common_name"));
        const char *canon = common ? common : name;
        /* Names with a comma ("Korea, Republic of") are not how news text writes them. */
        if (name && !strchr(name, ','))
            printf("%s\tcountry\t%s\n", name, canon);
        if (common)
            printf("%s\tcountry\t%s\n", common, canon);
        const char *off = json_string_value(json_object_get(v, "official_name"));
        if (off && !strchr(off, ','))
            printf("%s\tcountry\t%s\n", off, canon);
    }
    arr = json_object_get(c2, "3166-2");
    json_array_foreach(arr, i, v) {
        const char *name = json_string_value(json_object_get(v, "name"));
        const char *type = json_string_value(json_object_get(v, "type"));
        if (!name || !type || strchr(name, ',') || strchr(name, '(') || strchr(name, '\t'))
            continue;
        /* Only the larger kinds: districts and municipalities are mostly ordinary words. */
        if (strcmp(type, "State") && strcmp(type, "Province") && strcmp(type, "Region") &&
            strcmp(type, "County") && strcmp(type, "Prefecture") && strcmp(type, "Republic") &&
            strcmp(type, "Autonomous region") && strcmp(type, "Country") && strcmp(type, "Nation") &&
            strcmp(type, "Emirate") && strcmp(type, "Governorate") && strcmp(type, "Canton") &&
            strcmp(type, "Territory") && strcmp(type, "Land") && strcmp(type, "City"))
            continue;
        printf("%s\tregion\n", name);
    }
    json_decref(c1);
    json_decref(c2);
    return 0;
}

/* ---- the training loop ---------------------------------------------------------------- */

static bool in_fold(const corpus *c, size_t s, int fold, int folds) {
    return fold < 0 || (int)(c->sent_doc[s] % (size_t)folds) == fold;
}

/* Trains on the sentences of tr outside `fold` (all when fold < 0); writes the averaged
 * weights (nrows rows) and transitions; scores dv after each epoch when given. */
static void train(const corpus *tr, const corpus *dv, size_t nrows, int epochs, uint64_t seed, int fold,
                  int folds, size_t longest, float *avg, float *tavg, const char *stage) {
    weights W;
    memset(&W, 0, sizeof W);
    W.nf = nrows;
    W.w = calloc(nrows * NER_NTAGS, sizeof *W.w);
    W.u = calloc(nrows * NER_NTAGS, sizeof *W.u);
    float *emit = xrealloc(NULL, longest * NER_NTAGS * sizeof *emit);
    float *vit = xrealloc(NULL, longest * NER_NTAGS * sizeof *vit);
    uint8_t *pred = xrealloc(NULL, longest);
    size_t *order = xrealloc(NULL, tr->n_sent * sizeof *order);
    if (!W.w || !W.u) {
        fprintf(stderr, "precis_train_ner: out of memory\n");
        exit(1);
    }
    size_t n_order = 0;
    for (size_t s = 0; s < tr->n_sent; s++)
        if (fold < 0 || !in_fold(tr, s, fold, folds))
            order[n_order++] = s;
    uint64_t rng = seed ? seed : 1;
    W.c = 1;
    for (int ep = 1; ep <= epochs; ep++) {
        /* Fisher-Yates with xorshift64: deterministic for a seed. */
        for (size_t s = n_order; s > 1; s--) {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            size_t j = (size_t)(rng % s);
            size_t t = order[s - 1];
            order[s - 1] = order[j];
            order[j] = t;
        }
        size_t errors = 0;
        for (size_t oi = 0; oi < n_order; oi++) {
            const sent *se = &tr->sents[order[oi]];
            if (!se->n)
                continue;
            emissions(W.w, tr, se, emit);
            ner_viterbi(emit, se->n, W.t, vit, pred);
            const uint8_t *gold = tr->gold + se->tok;
            if (memcmp(gold, pred, se->n) != 0) {
                errors++;
                for (size_t i = 0; i < se->n; i++) {
                    if (gold[i] != pred[i]) {
                        update(&W, tr, se->tok + i, gold[i], 1.0f);
                        update(&W, tr, se->tok + i, pred[i], -1.0f);
                    }
                    int ga = i ? gold[i - 1] : NER_NTAGS, pa = i ? pred[i - 1] : NER_NTAGS;
                    if (ga != pa || gold[i] != pred[i]) {
                        update_trans(&W, ga, gold[i], 1.0f);
                        update_trans(&W, pa, pred[i], -1.0f);
                    }
                }
            }
            W.c += 1;
        }
        for (size_t k = 0; k < nrows * NER_NTAGS; k++)
            avg[k] = W.w[k] - W.u[k] / (float)W.c;
        for (size_t k = 0; k < (NER_NTAGS + 1) * NER_NTAGS; k++)
            tavg[k] = W.t[k] - W.tu[k] / (float)W.c;
        if (dv) {
            char label[96];
            snprintf(label, sizeof label, "%s epoch %d (%zu sentences wrong) dev", stage, ep, errors);
            evaluate(avg, tavg, dv, longest, label);
        }
    }
    if (!dv)
        printf("%s: trained on %zu sentences\n", stage, n_order);
    free(W.w);
    free(W.u);
    free(emit);
    free(vit);
    free(pred);
    free(order);
}

/* Tags the sentences of c inside `fold` (all when fold < 0) into out (per token). */
static void predict(const corpus *c, const float *avg, const float *tavg, int fold, int folds,
                    size_t longest, uint8_t *out, float *scores) {
    float *vit = xrealloc(NULL, longest * NER_NTAGS * sizeof *vit);
    for (size_t s = 0; s < c->n_sent; s++) {
        const sent *se = &c->sents[s];
        if (!se->n || !in_fold(c, s, fold, folds))
            continue;
        float *emit = scores + se->tok * NER_NTAGS;
        emissions(avg, c, se, emit);
        ner_viterbi(emit, se->n, tavg, vit, out + se->tok);
    }
    free(vit);
}

/* The second stage's stacked feature hashes of every token, from first-stage tags. */
static void build_stacked(corpus *c, const uint8_t *tags1) {
    uint8_t *hist = xrealloc(NULL, c->n_tok + 1);
    for (size_t k = 0; k < c->n_docs; k++) {
        size_t b = c->doc_start[k], e = c->doc_start[k + 1];
        if (!ner_history(c->words + b, e - b, tags1 + b, hist + b)) {
            fprintf(stderr, "precis_train_ner: out of memory\n");
            exit(1);
        }
    }
    c->foff2 = xrealloc(NULL, (c->n_tok + 1) * sizeof *c->foff2);
    c->hashes2 = xrealloc(NULL, (c->n_tok * (NER_MAX_FEATS2 + NER_MAX_FEATS_CORE) + 1) * sizeof *c->hashes2);
    size_t o = 0;
    for (size_t s = 0; s < c->n_sent; s++) {
        const sent *se = &c->sents[s];
        for (size_t i = 0; i < se->n; i++) {
            c->foff2[se->tok + i] = o;
            o += ner_features_core(c->words + se->tok, se->n, i, c->hashes2 + o);
            o += ner_features_stacked(c->words + se->tok, se->n, i, tags1 + se->tok, hist + se->tok,
                                      c->hashes2 + o);
        }
    }
    c->foff2[c->n_tok] = o;
    free(hist);
}

/* Dev scores after pruning and quantisation, as the written file will give them. */
static void eval_pruned(const float *avg, const float *tavg, size_t rows, float prune, const corpus *dv,
                        size_t longest) {
    float *q = xrealloc(NULL, rows * NER_NTAGS * sizeof *q);
    float scale = 0;
    for (size_t k = 0; k < rows * NER_NTAGS; k++)
        scale = fabsf(avg[k]) > scale ? fabsf(avg[k]) : scale;
    scale /= 32767.0f;
    for (size_t r = 0; r < rows; r++) {
        const float *row = avg + r * NER_NTAGS;
        for (int g = 0; g < NER_NTAGS; g++)
            q[r * NER_NTAGS + g] = fabsf(row[g]) >= prune ? (float)lroundf(row[g] / scale) * scale : 0.0f;
    }
    evaluate(q, tavg, dv, longest, "pruned dev");
    free(q);
}

/* ---- main ---------------------------------------------------------------------------------- */

int main(int argc, char **argv) {
    /* Defaults are the settings chosen on the dev split (docs/NER.md, "Rebuilding"). */
    int epochs = 12;
    unsigned mincount = 1;
    float prune = 0.5f;
    uint64_t seed = 20190425;
    const char *gdir = NULL, *out2 = NULL;
    int folds = 5, runs = 8;
    int a = 1;
    if (argc == 3 && strcmp(argv[1], "--iso") == 0)
        return iso_dump(argv[2]);
    for (; a < argc && argv[a][0] == '-'; a += 2) {
        if (a + 1 >= argc)
            break;
        if (strcmp(argv[a], "-e") == 0)
            epochs = atoi(argv[a + 1]);
        else if (strcmp(argv[a], "-m") == 0)
            mincount = (unsigned)atoi(argv[a + 1]);
        else if (strcmp(argv[a], "-p") == 0)
            prune = (float)atof(argv[a + 1]);
        else if (strcmp(argv[a], "-s") == 0)
            seed = strtoull(argv[a + 1], NULL, 10);
        else if (strcmp(argv[a], "-g") == 0)
            gdir = argv[a + 1];
        else if (strcmp(argv[a], "-2") == 0)
            out2 = argv[a + 1];
        else if (strcmp(argv[a], "-k") == 0)
            folds = atoi(argv[a + 1]);
        else if (strcmp(argv[a], "-r") == 0)
            runs = atoi(argv[a + 1]);
        else
            break;
    }
    if (argc - a != 3 || !gdir || epochs < 1 || folds < 2 || runs < 1) {
        fprintf(stderr, "usage: precis_train_ner [-e EPOCHS] [-m MINCOUNT] [-p PRUNE] [-s SEED] [-r RUNS] [-k FOLDS] "
                        "[-2 OUT2.model] -g MODELDIR TRAIN.jsonl DEV.jsonl OUT.model\n"
                        "       precis_train_ner --iso ISO_JSON_DIR\n");
        return 2;
    }
    ner_gaz gaz;
    load_gazetteers(gdir, &gaz);
    corpus tr, dv;
    load_corpus(argv[a], &gaz, &tr);
    load_corpus(argv[a + 1], &gaz, &dv);
    printf("train: %zu tokens, %zu sentences, %zu feature occurrences; dev: %zu tokens\n", tr.n_tok,
           tr.n_sent, tr.n_hashes, dv.n_tok);

    fdict d;
    fdict_init(&d, tr.n_hashes / 4);
    dict_count(&d, tr.hashes, tr.n_hashes);
    size_t nf = dict_index(&d, mincount, 0);
    printf("features: %zu distinct, %zu seen at least %u times\n", d.n, nf, mincount);
    tr.feats = map_features(tr.hashes, tr.n_hashes, &d);
    dv.feats = map_features(dv.hashes, dv.n_hashes, &d);
    tr.hashes = dv.hashes = NULL;
    size_t longest = 1;
    for (size_t s = 0; s < tr.n_sent; s++)
        longest = tr.sents[s].n > longest ? tr.sents[s].n : longest;
    for (size_t s = 0; s < dv.n_sent; s++)
        longest = dv.sents[s].n > longest ? dv.sents[s].n : longest;

    float *avg = xrealloc(NULL, nf * NER_NTAGS * sizeof *avg);
    float tavg[(NER_NTAGS + 1) * NER_NTAGS];
    train(&tr, &dv, nf, epochs, seed, -1, folds, longest, avg, tavg, "stage 1");
    if (runs > 1) {
        /* Several shuffles, weights averaged: a cheap ensemble of perceptrons. */
        float *one = xrealloc(NULL, nf * NER_NTAGS * sizeof *one);
        float tone[(NER_NTAGS + 1) * NER_NTAGS];
        for (int r = 1; r < runs; r++) {
            char label[32];
            snprintf(label, sizeof label, "run %d", r + 1);
            train(&tr, NULL, nf, epochs, seed + (uint64_t)r * 7919u, -1, folds, longest, one, tone, label);
            for (size_t k = 0; k < nf * NER_NTAGS; k++)
                avg[k] += one[k];
            for (size_t k = 0; k < (NER_NTAGS + 1) * NER_NTAGS; k++)
                tavg[k] += tone[k];
        }
        for (size_t k = 0; k < nf * NER_NTAGS; k++)
            avg[k] /= (float)runs;
        for (size_t k = 0; k < (NER_NTAGS + 1) * NER_NTAGS; k++)
            tavg[k] /= (float)runs;
        free(one);
        evaluate(avg, tavg, &dv, longest, "ensemble dev");
    }
    write_model(argv[a + 2], avg, tavg, &d, 0, nf, prune);
    if (prune > 0)
        eval_pruned(avg, tavg, nf, prune, &dv, longest);
    if (out2) {
        /* Second stage: first-stage tags for dev from the full model, for train from models
         * that did not see the document (jackknife over documents), so that the second stage
         * learns how far the first can be trusted on unseen text. */
        uint8_t *t1_dev = xrealloc(NULL, dv.n_tok), *t1_tr = xrealloc(NULL, tr.n_tok);
        float *s1_dev = xrealloc(NULL, dv.n_tok * NER_NTAGS * sizeof *s1_dev);
        float *s1_tr = xrealloc(NULL, tr.n_tok * NER_NTAGS * sizeof *s1_tr);
        predict(&dv, avg, tavg, -1, folds, longest, t1_dev, s1_dev);
        float *favg = xrealloc(NULL, nf * NER_NTAGS * sizeof *favg);
        float ftavg[(NER_NTAGS + 1) * NER_NTAGS];
        for (int k = 0; k < folds; k++) {
            char label[32];
            snprintf(label, sizeof label, "fold %d", k);
            train(&tr, NULL, nf, epochs, seed, k, folds, longest, favg, ftavg, label);
            predict(&tr, favg, ftavg, k, folds, longest, t1_tr, s1_tr);
        }
        free(favg);
        build_stacked(&tr, t1_tr);
        build_stacked(&dv, t1_dev);
        dict_count(&d, tr.hashes2, tr.foff2[tr.n_tok]);
        size_t nf2 = dict_index(&d, mincount, nf);
        printf("stage 2: %zu features\n", nf2 - nf);
        tr.feats2 = map_features(tr.hashes2, tr.foff2[tr.n_tok], &d);
        dv.feats2 = map_features(dv.hashes2, dv.foff2[dv.n_tok], &d);
        tr.hashes2 = dv.hashes2 = NULL;
        /* The second stage has its own small set of word features plus the stacked ones, so
         * that at run time it costs a third of the first. */
        tr.only2 = dv.only2 = true;
        float *avg2 = xrealloc(NULL, nf2 * NER_NTAGS * sizeof *avg2);
        float tavg2[(NER_NTAGS + 1) * NER_NTAGS];
        train(&tr, &dv, nf2, epochs, seed, -1, folds, longest, avg2, tavg2, "stage 2");
        write_model(out2, avg2, tavg2, &d, nf, nf2, prune);
        if (prune > 0)
            eval_pruned(avg2, tavg2, nf2, prune, &dv, longest);
        free(avg2);
        free(t1_dev);
        free(t1_tr);
        free(s1_dev);
        free(s1_tr);
    }
    free(avg);
    ner_gaz_free(&gaz);
    return 0;
}
