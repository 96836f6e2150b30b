/* ner.c — the run-time half of the named-entity recogniser: loading the trained weights and
 * gazetteers, and tagging a document's tokens.
 *
 * Model file (written by tools/train_ner.c), little-endian:
 *   "PRNER01\n"  magic
 *   u32 feature-set version (NER_FEAT_VERSION), u32 n_tags, u32 n_features, f32 scale
 *   f32 transitions[(n_tags + 1) * n_tags]   (last row: from the sentence start)
 *   n_features records: u64 feature hash, u8 count, count * (u8 tag, i16 weight)
 * Weights are quantised to int16 (weight = q * scale). In memory each feature gets a dense
 * row of n_tags int16s, found through an open-addressing table of the hashes.
 * An optional second stage (en/ner2.model, same format) re-tags each sentence with extra
 * features from the first stage's tags and from how the first stage tagged the same word
 * elsewhere in the document (ner_features_stacked).
 * Cost: loading is linear in the files; tagging is linear in the tokens: per stage, about 70
 * table lookups per token plus a Viterbi step over the allowed tag pairs. No allocation per token: the
 * document's words and scratch come from the caller's arena. */
#include "facts/ner.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "util/error.h"

static const char NER_MAGIC[8] = {'P', 'R', 'N', 'E', 'R', '0', '1', '\n'};

struct ner_model {
    struct slot {
        uint64_t key; /* 0 = empty */
        uint32_t row;
    } *slots;         /* open addressing: key and row side by side */
    size_t mask;
    int16_t *w; /* n_features * NER_NTAGS */
    size_t n_features;
    float scale;
    float trans[(NER_NTAGS + 1) * NER_NTAGS];
    ner_gaz gaz;
    struct ner_model *stage2; /* the second (stacked) stage from en/ner2.model, or NULL */
};

void ner_model_free(void *p) {
    ner_model *nm = p;
    if (!nm)
        return;
    free(nm->slots);
    free(nm->w);
    ner_gaz_free(&nm->gaz);
    ner_model_free(nm->stage2);
    free(nm);
}

const ner_model *ner_model_of(const struct precis_model *m) {
    return m && m->ner_free == ner_model_free ? m->ner : NULL;
}
const ner_gaz *ner_model_gaz(const ner_model *nm) { return &nm->gaz; }
size_t ner_model_features(const ner_model *nm) { return nm->n_features; }

static uint32_t rd32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint64_t rd64(const unsigned char *p) { return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32; }
static float rdf(const unsigned char *p) {
    uint32_t u = rd32(p);
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

static inline size_t slot_of(uint64_t key, size_t mask) { return (size_t)(key ^ (key >> 29)) & mask; }

precis_status ner_model_parse(const void *data, size_t len, ner_gaz *gaz, ner_model **out,
                              precis_error *err) {
    const unsigned char *p = data, *end = p + len;
    *out = NULL;
    size_t head = 8 + 16 + 4u * (NER_NTAGS + 1) * NER_NTAGS;
    if (len < head || memcmp(p, NER_MAGIC, 8) != 0)
        return set_error(err, PRECIS_E_MODEL, "model: en/ner.model: not a recogniser file (bad magic)");
    uint32_t ver = rd32(p + 8), ntags = rd32(p + 12), nf = rd32(p + 16);
    if (ver != NER_FEAT_VERSION || ntags != NER_NTAGS)
        return set_error(err, PRECIS_E_MODEL,
                         "model: en/ner.model: feature set %u with %u tags, this build reads %u with %u "
                         "(retrain with precis_train_ner)",
                         ver, ntags, NER_FEAT_VERSION, NER_NTAGS);
    if (nf > (len - head) / 9)
        return set_error(err, PRECIS_E_MODEL, "model: en/ner.model: %u features do not fit in %zu bytes",
                         nf, len);
    ner_model *nm = calloc(1, sizeof *nm);
    if (!nm)
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    nm->scale = rdf(p + 20);
    for (size_t i = 0; i < (NER_NTAGS + 1) * NER_NTAGS; i++)
        nm->trans[i] = rdf(p + 24 + 4 * i);
    size_t cap = 16;
    while (cap < (size_t)nf * 2)
        cap *= 2;
    nm->mask = cap - 1;
    nm->slots = calloc(cap, sizeof *nm->slots);
    nm->w = calloc((size_t)nf * NER_NTAGS + 1, sizeof *nm->w);
    if (!nm->slots || !nm->w) {
        ner_model_free(nm);
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    }
    p += head;
    for (uint32_t f = 0; f < nf; f++) {
        if (end - p < 9)
            goto truncated;
        uint64_t key = rd64(p);
        unsigned cnt = p[8];
        p += 9;
        if ((size_t)(end - p) < 3u * cnt || key == 0)
            goto truncated;
        size_t s = slot_of(key, nm->mask);
        while (nm->slots[s].key && nm->slots[s].key != key)
            s = (s + 1) & nm->mask;
        if (nm->slots[s].key) {
            ner_model_free(nm);
            return set_error(err, PRECIS_E_MODEL, "model: en/ner.model: feature %u is a duplicate", f);
        }
        nm->slots[s].key = key;
        nm->slots[s].row = f;
        int16_t *row = nm->w + (size_t)f * NER_NTAGS;
        for (unsigned j = 0; j < cnt; j++, p += 3) {
            if (p[0] >= NER_NTAGS)
                goto truncated;
            row[p[0]] = (int16_t)(uint16_t)(p[1] | p[2] << 8);
        }
    }
    if (p != end)
        goto truncated;
    nm->n_features = nf;
    if (gaz)
        nm->gaz = *gaz;
    else
        ner_gaz_init(&nm->gaz);
    *out = nm;
    return PRECIS_OK;
truncated:
    ner_model_free(nm);
    return set_error(err, PRECIS_E_MODEL, "model: en/ner.model: byte %zu: malformed or truncated record",
                     (size_t)(p - (const unsigned char *)data));
}

precis_status ner_model_attach(struct precis_model *m, precis_error *err) {
    m->ner = NULL;
    m->ner_free = NULL;
    size_t len;
    const char *data = model_file(m, "en/ner.model", &len);
    if (!data)
        return PRECIS_OK; /* an image without a recogniser: ner_tag reports it */
    ner_gaz gaz;
    ner_gaz_init(&gaz);
    for (size_t i = 0; i < m->n_files; i++) {
        const char *name = m->files[i].name;
        if (strncmp(name, "en/gazetteer_", 13) != 0)
            continue;
        size_t bad = 0;
        if (!ner_gaz_add(&gaz, m->files[i].data, m->files[i].len, &bad)) {
            ner_gaz_free(&gaz);
            if (bad)
                return set_error(err, PRECIS_E_MODEL, "model: %s:%zu: malformed gazetteer line", name, bad);
            return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
        }
    }
    ner_model *nm;
    precis_status st = ner_model_parse(data, len, &gaz, &nm, err);
    if (st != PRECIS_OK) {
        ner_gaz_free(&gaz);
        return st;
    }
    const char *data2 = model_file(m, "en/ner2.model", &len);
    if (data2) {
        st = ner_model_parse(data2, len, NULL, &nm->stage2, err);
        if (st != PRECIS_OK) {
            ner_model_free(nm);
            return st;
        }
    }
    m->ner = nm;
    m->ner_free = ner_model_free;
    return PRECIS_OK;
}

/* ---- decoding ------------------------------------------------------------------------------ */

void ner_viterbi(const float *emit, size_t n, const float *trans, uint8_t *back, uint8_t *tags) {
    if (n == 0)
        return;
    /* Predecessors allowed for each tag: O, L-, U- (closed) can precede O, B-, U-; B-k, I-k
     * precede I-k, L-k. Listing them turns 17 x 17 checks into about 5 x 17 additions. */
    uint8_t pred[NER_NTAGS][NER_NTAGS];
    uint8_t npred[NER_NTAGS];
    for (int t = 0; t < NER_NTAGS; t++) {
        npred[t] = 0;
        for (int s = 0; s < NER_NTAGS; s++)
            if (ner_tag_allowed(s, t))
                pred[t][npred[t]++] = (uint8_t)s;
    }
    float cur[NER_NTAGS], prev[NER_NTAGS];
    const float NEG = -1e30f;
    for (int t = 0; t < NER_NTAGS; t++)
        prev[t] = ner_tag_allowed(NER_NTAGS, t) ? emit[t] + trans[NER_NTAGS * NER_NTAGS + t] : NEG;
    for (size_t i = 1; i < n; i++) {
        for (int t = 0; t < NER_NTAGS; t++) {
            float best = NEG;
            int arg = 0;
            for (int k = 0; k < npred[t]; k++) {
                int s = pred[t][k];
                if (prev[s] <= NEG)
                    continue;
                float v = prev[s] + trans[s * NER_NTAGS + t];
                if (v > best) {
                    best = v;
                    arg = s;
                }
            }
            cur[t] = best <= NEG ? NEG : best + emit[i * NER_NTAGS + t];
            back[i * NER_NTAGS + t] = (uint8_t)arg;
        }
        memcpy(prev, cur, sizeof prev);
    }
    float best = NEG;
    int arg = 0;
    for (int t = 0; t < NER_NTAGS; t++)
        if (ner_tag_final(t) && prev[t] > best) {
            best = prev[t];
            arg = t;
        }
    for (size_t i = n; i-- > 0;) {
        tags[i] = (uint8_t)arg;
        if (i)
            arg = back[i * NER_NTAGS + arg];
    }
}

/* Adds the weights of features f[0..nf) to acc. The slots are prefetched first, then the
 * rows of the features found, so that cache misses overlap instead of following one
 * another (this halves the tagger's time: the tables are a few MB, beyond L2). */
static void add_weights(const ner_model *nm, const uint64_t *f, size_t nf, int32_t *acc) {
    const int16_t *rows[NER_MAX_FEATS + NER_MAX_FEATS2];
    size_t nr = 0;
    for (size_t k = 0; k < nf; k++)
        __builtin_prefetch(&nm->slots[slot_of(f[k], nm->mask)]);
    for (size_t k = 0; k < nf; k++) {
        uint64_t key = f[k];
        size_t s = slot_of(key, nm->mask);
        while (nm->slots[s].key && nm->slots[s].key != key)
            s = (s + 1) & nm->mask;
        if (!nm->slots[s].key)
            continue;
        rows[nr] = nm->w + (size_t)nm->slots[s].row * NER_NTAGS;
        __builtin_prefetch(rows[nr]);
        nr++;
    }
    for (size_t k = 0; k < nr; k++)
        for (int t = 0; t < NER_NTAGS; t++)
            acc[t] += rows[k][t];
}

/* Tags one sentence; with tags1/hist (the second stage) the stacked features are added. */
static void tag_sentence(const ner_model *nm, const ner_word *w, size_t n, const uint8_t *tags1,
                         const uint8_t *hist, float *emit, uint8_t *back, uint8_t *tags) {
    uint64_t f[NER_MAX_FEATS + NER_MAX_FEATS2];
    for (size_t i = 0; i < n; i++) {
        int32_t acc[NER_NTAGS] = {0};
        size_t nf = tags1 ? ner_features_core(w, n, i, f) : ner_features(w, n, i, f);
        if (tags1)
            nf += ner_features_stacked(w, n, i, tags1, hist, f + nf);
        add_weights(nm, f, nf, acc);
        for (int t = 0; t < NER_NTAGS; t++)
            emit[i * NER_NTAGS + t] = (float)acc[t] * nm->scale;
    }
    ner_viterbi(emit, n, nm->trans, back, tags);
}

void ner_tag_words(const ner_model *nm, const ner_word *w, size_t n, float *emit, uint8_t *back,
                   uint8_t *tags) {
    tag_sentence(nm, w, n, NULL, NULL, emit, back, tags);
}

bool ner_tag_document(const ner_model *nm, const ner_word *w, const int32_t *sent, size_t n, arena *a,
                      uint8_t *tags) {
    size_t longest = 1;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && sent[j] == sent[i])
            j++;
        if (j - i > longest)
            longest = j - i;
        i = j;
    }
    float *emit = arena_alloc(a, longest * NER_NTAGS * sizeof *emit);
    uint8_t *back = arena_alloc(a, longest * NER_NTAGS);
    uint8_t *tags1 = nm->stage2 ? arena_alloc(a, n + 1) : tags;
    uint8_t *hist = nm->stage2 ? arena_alloc(a, n + 1) : NULL;
    if (!emit || !back || !tags1 || (nm->stage2 && !hist))
        return false;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && sent[j] == sent[i])
            j++;
        tag_sentence(nm, w + i, j - i, NULL, NULL, emit, back, tags1 + i);
        i = j;
    }
    if (!nm->stage2)
        return true;
    if (!ner_history(w, n, tags1, hist))
        return false;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && sent[j] == sent[i])
            j++;
        tag_sentence(nm->stage2, w + i, j - i, tags1 + i, hist + i, emit, back, tags + i);
        i = j;
    }
    return true;
}

/* ---- documents ----------------------------------------------------------------------------- */

/* A piece of a token as the tagger sees it. Normally one token is one piece; with a
 * segmenter that leaves punctuation on words ("Putin," "Russia.") the edges are split off
 * so that the features see what the training data had. */
typedef struct piece {
    uint32_t start, end, tok;
} piece;

static bool edge_punct(unsigned char c) {
    return c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')' ||
           c == '"' || c == '[' || c == ']';
}

/* Length of a UTF-8 curly quote (U+2018/2019/201C/201D) at s[0..n), or 0. */
static size_t curly_at(const char *s, size_t n) {
    if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80) {
        unsigned char c = (unsigned char)s[2];
        if (c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D)
            return 3;
    }
    return 0;
}

static size_t split_token(const precis_doc *d, size_t ti, piece *out) {
    const token *t = &d->seg.tokens[ti];
    uint32_t s = t->start, e = t->end;
    const char *x = d->text;
    size_t n = 0;
    if (t->kind != TOK_WORD || e - s < 2) {
        out[0] = (piece){s, e, (uint32_t)ti};
        return 1;
    }
    /* Leading punctuation and quotes. */
    while (s < e && n < 3) {
        size_t q = curly_at(x + s, e - s);
        size_t k = q ? q : edge_punct((unsigned char)x[s]) ? 1 : 0;
        if (!k || s + k >= e)
            break;
        out[n++] = (piece){s, s + (uint32_t)k, (uint32_t)ti};
        s += (uint32_t)k;
    }
    /* Trailing punctuation, a final period (unless the token is an abbreviation), quotes. */
    piece tail[4];
    size_t nt = 0;
    while (e > s + 1 && nt < 3) {
        size_t k = 0;
        if (e - s > 3 && curly_at(x + e - 3, 3) && !((unsigned char)x[e - 1] == 0x99 && e - s > 3 && x[e - 4] == 's'))
            k = 3;
        else if (edge_punct((unsigned char)x[e - 1]))
            k = 1;
        else if (x[e - 1] == '.' && !(t->flags & TOKF_ABBREV) && !memchr(x + s, '.', e - s - 1))
            k = 1;
        if (!k)
            break;
        tail[nt++] = (piece){e - (uint32_t)k, e, (uint32_t)ti};
        e -= (uint32_t)k;
    }
    /* A possessive left on the word: Kim's, Kim’s. */
    uint32_t pk = 0;
    if (e - s > 3 && x[e - 1] == 's' && x[e - 2] == '\'')
        pk = 2;
    else if (e - s > 5 && x[e - 1] == 's' && curly_at(x + e - 4, 3) && (unsigned char)x[e - 2] == 0x99)
        pk = 4;
    out[n++] = (piece){s, e - pk, (uint32_t)ti};
    if (pk)
        out[n++] = (piece){e - pk, e, (uint32_t)ti};
    while (nt)
        out[n++] = tail[--nt];
    return n;
}

precis_status ner_tag(const precis_doc *d, arena *a, ner_mention **out, size_t *n_out,
                      precis_error *err) {
    *out = NULL;
    *n_out = 0;
    const ner_model *nm = ner_model_of(d->model);
    if (!nm)
        return set_error(err, PRECIS_E_UNSUPPORTED, "facts: the model has no entity recogniser (en/ner.model)");
    const segmentation *sg = &d->seg;
    size_t nt = sg->n_tokens;
    if (nt == 0)
        return PRECIS_OK;
    /* At most 8 pieces per token (see split_token). */
    piece *pieces = arena_alloc(a, nt * 8 * sizeof *pieces);
    int32_t *psent = arena_alloc(a, nt * 8 * sizeof *psent);
    if (!pieces || !psent)
        goto oom;
    size_t np = 0;
    for (size_t i = 0; i < nt; i++) {
        size_t k = split_token(d, i, pieces + np);
        for (size_t j = 0; j < k; j++)
            psent[np + j] = sg->tokens[i].sentence;
        np += k;
    }
    ner_word *words = arena_calloc(a, np, sizeof *words);
    const char **strs = arena_alloc(a, np * sizeof *strs);
    uint32_t *lens = arena_alloc(a, np * sizeof *lens);
    size_t bytes = 0;
    if (!words || !strs || !lens)
        goto oom;
    for (size_t i = 0; i < np; i++) {
        strs[i] = d->text + pieces[i].start;
        lens[i] = pieces[i].end - pieces[i].start;
        bytes += lens[i];
    }
    char *norm = arena_alloc(a, 2 * bytes + 1);
    if (!norm || !ner_words_build(words, strs, lens, psent, np, &nm->gaz, norm))
        goto oom;
    uint8_t *tags = arena_alloc(a, np);
    if (!tags || !ner_tag_document(nm, words, psent, np, a, tags))
        goto oom;
    size_t n_ment = 0;
    for (size_t i = 0; i < np; i++)
        n_ment += ner_tag_pos(tags[i]) == NER_B || ner_tag_pos(tags[i]) == NER_U;
    ner_mention *m = arena_alloc(a, (n_ment ? n_ment : 1) * sizeof *m);
    if (!m)
        goto oom;
    size_t k = 0;
    for (size_t i = 0; i < np; i++) {
        int pos = ner_tag_pos(tags[i]);
        if (pos != NER_B && pos != NER_U)
            continue;
        size_t j = i;
        if (pos == NER_B)
            while (j + 1 < np && ner_tag_pos(tags[j]) != NER_L)
                j++;
        m[k++] = (ner_mention){pieces[i].start, pieces[j].end, pieces[i].tok, pieces[j].tok + 1,
                               psent[i], (uint8_t)ner_tag_type(tags[i]), 0, -1};
        i = j;
    }
    *out = m;
    *n_out = k;
    return PRECIS_OK;
oom:
    return set_error(err, PRECIS_E_NOMEM, "facts: out of memory while tagging entities");
}
