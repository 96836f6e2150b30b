/* ner.c — the run-time half of the named-entity recogniser: loading the trained weights and
 * gazetteers, and tagging a document's tokens.
 *
 * Model file (written by tools/train_ner.c), little-endian:
 *   "PRNER01\n"  magic
 *   u32 feature-set version (NER_FEAT_VERSION), u32 n_tags, u32 n_features, f32 scale
 *   f32 transitions[(n_tags + 1) * n_tags]   (last row: from the sentence start)
 *   n_features records: u64 feature hash, u8 count, count * (u8 tag, i16 weight)
 * Weights are quantised to int16 (weight = q * scale). In memory the features live in one
 * open-addressing table of 16-byte slots (four per cache line): the hash, and either the
 * feature's nonzero weights inline (at most two: 72% of the features of en/ner.model) or the
 * number of its row of tags 0..15 (32 bytes, half a cache line) plus tag 16's weight. A
 * 128 KB Bloom filter in front answers most lookups of absent features (a third of them)
 * without touching the table. Table, rows and filter take 2.8 MB, against 6.6 MB for the
 * former table of row numbers plus dense rows: cache misses were most of the tagger's time.
 * An optional second stage (<lang>/ner2.model, same format) re-tags each sentence with extra
 * features from the first stage's tags and from how the first stage tagged the same word
 * elsewhere in the document (ner_features_stacked).
 * Cost: loading is linear in the files; tagging is linear in the tokens. The first stage
 * looks features up once per distinct word form and class of forms of the document plus six
 * conjunctions per token (about 15 lookups per token on news instead of 45, see
 * tag_document_stage1), then a Viterbi step over the allowed tag pairs (vectorised). The
 * second stage, when present, does about 35 lookups per token. No allocation per token: the
 * document's words and scratch come from the caller's arena. About 230 us of CPU time for a
 * 3.3 kB CNN/DailyMail article (bench_brief_cost), 2.5M instructions (5.5M before). */
#include "facts/ner.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE__)
#include <xmmintrin.h>
#endif

#include "model/model.h"
#include "util/error.h"

static const char NER_MAGIC[8] = {'P', 'R', 'N', 'E', 'R', '0', '1', '\n'};

#define SLOT_INLINE 2
/* Score vectors are NER_NTAGS int32s padded to VSTRIDE, a multiple of 4, so that they are
 * added as whole vectors (GCC/Clang vector extensions, unaligned loads). */
#define VSTRIDE 20
typedef int32_t v4i_u __attribute__((vector_size(16), aligned(4)));
typedef int16_t v8h_u __attribute__((vector_size(16), aligned(2)));

typedef float v4f __attribute__((vector_size(16)));
typedef int32_t v4i __attribute__((vector_size(16)));

/* Vectors of NER_NTAGS sums: per form, its own (VEC_SELF) and one per neighbour role; then
 * one per token for its conjunctions. */
#define VEC_SELF NER_NB_ROLES
#define VECS_PER_FORM (NER_NB_ROLES + 1)

/* A word form of the compiled recogniser's form cache (see "form cache"): its string
 * (normalised, as ner_word.w) and the sums of the weights of its string features
 * (ner_features_self_word, ner_features_neighbour_word) in each of the five vectors of a
 * form: three cache lines. The string sits in the entry's first line when it is short (99%
 * of the entries), so that checking a form touches no line of the cache's text. */
#define FORM_INLINE 21
typedef struct form_entry {
    uint8_t len;           /* the string's length, at most NER_CACHE_MAX_LEN */
    char s[FORM_INLINE];   /* the string when len <= FORM_INLINE, else its offset in the cache's
                            * text (uint32, native order) */
    int16_t v[VECS_PER_FORM][NER_NTAGS];
} form_entry;
_Static_assert(sizeof(form_entry) == 192, "three cache lines");

/* The score of a dead tag (one no path reaches). */
#define VIT_NEG (-1e30f)
/* A bound on the transitions and emissions (magnitude) under which a path's score, a sum of
 * at most NER_MAX_RUN of each, stays finite and far above VIT_NEG: a live score is then never
 * taken for a dead one (vit_step). Trained weights are a few units. */
#define VIT_BOUND 1e20f

/* What Viterbi derives from the transitions before its first step (see ner_viterbi): built
 * once per model rather than once per sentence. */
typedef struct vit_tables {
    bool bounded;     /* every transition is finite and within VIT_BOUND */
    v4f tc[9][3];     /* closed -> opening tags, a 9 x 12 block padded with -inf */
    v4f t_b[2], t_i[2]; /* into I-k and L-k, from B-k and from I-k */
    float start[NER_NTAGS]; /* from the sentence start */
    bool start_ok[NER_NTAGS]; /* the tag may open a sentence, or follow O: the same tags */
    float after_o[NER_NTAGS];  /* from O, for a stretch after a word left out as O */
    float before_o[NER_NTAGS]; /* into O, for a stretch before one (from the closed tags,
                                * those that may end a sentence) */
} vit_tables;

/* ---- shape table ----------------------------------------------------------------------------
 * A class of forms (tag_document_stage1) looks up the features that mix in its shape: the
 * shape itself, with the sentence start, with the document flags (each set bit, and all of
 * them with the sentence start) and as each neighbour's shape, eight lookups or so per class
 * and 75 classes in a CNN/DailyMail article. All but the one with all the flags depend on the
 * shape and one small value, so the model keeps their weights for the frequent shapes (a
 * table made when the recogniser is parsed, and carried by the compiled image): a class of
 * such a shape adds them and looks up one feature (ner_feature_doc_start). Integer sums: the
 * same scores. SHAPE_LIST: the 64 most frequent shapes of the classes of the 250
 * CNN/DailyMail dev articles (../shared/data/summ/cnndm_dev.jsonl), 99.7% of their 18,677
 * classes ("Xx" and "x" alone are 73%); any other shape is looked up as before. */
#define NER_SHAPES 64
#define SHAPE_SLOTS 256
/* The vectors of a shape: itself, with sentence start 0 and 1, with each document flag bit,
 * and as the neighbour in each role. */
enum { SV_SELF = 0, SV_START = 1, SV_DOCBIT = 3, SV_NB = 9, SV_N = 13 };
typedef struct shape_table {
    uint64_t key[NER_SHAPES];   /* the shape's h_shape; 0: no entry */
    uint8_t slot[SHAPE_SLOTS];  /* entry + 1 by shape_slot_of(h_shape), linear probing; 0: empty */
    int32_t v[NER_SHAPES][SV_N][VSTRIDE];
} shape_table;
static const char *const SHAPE_LIST[NER_SHAPES] = {
    "Xx", "x", "X", "d", "x-x", "'", ".", "x'x", ",", "'x", ":", "-", "(", ")", "dx", "d,d",
    "d-x-x", "XxXx", "X'x", "\"", "?", "Xx'x", "Xx-Xx", "d-d", "Xx-x", "x-x-x", "d-x", "Xx.", "d.d", "X.X.", "$", "x-Xx",
    ";", "!", "]", "[", "Xd", "X'Xx", "X-x", "d.dx", "/", "d/d", "X.", "*", "XxX", "&", "x-x-x-x", "X.X",
    "X&X", "xXx", "dX", "X'X", "%", "x.", "d,d-x", "XxXx.x", "x.x.", "x.x", "x-X", "dx-x", "d:d", "d,d-x-x", "XxdXx", "Xx-x-x"};
static inline size_t shape_slot_of(uint64_t h) { return (size_t)(h ^ (h >> 29)) & (SHAPE_SLOTS - 1); }

struct ner_model {
    struct slot {
        uint64_t key;  /* 0 = empty */
        uint8_t n;     /* nonzero weights; n <= SLOT_INLINE: in h.tag/u.w, else in the row
                        * more + 16 * u.at and h.w16 */
        uint8_t pad_;
        union {
            uint8_t tag[SLOT_INLINE];
            int16_t w16; /* the weight of tag 16 */
        } h;
        union {
            int16_t w[SLOT_INLINE];
            uint32_t at;
        } u;
    } *slots;
    size_t mask;
    /* A Bloom filter of the keys (two bits per key in 2^20, within one 64-bit word: about 2%
     * false positives for en/ner.model's 76k features): 128 KB that stay in cache, which
     * answer "absent" for most of the third of the lookups that find nothing, without
     * touching the 2 MB table. */
    uint64_t *bloom;
    int16_t *more;    /* for features with more than SLOT_INLINE nonzero weights: the
                       * weights of tags 0..15 as a 32-byte row (half a cache line; the
                       * slot keeps tag 16's weight in w16) */
    size_t n_features;
    float scale;
    float trans[(NER_NTAGS + 1) * NER_NTAGS];
    /* What an absent neighbour (outside the sentence) contributes in each role. */
    int32_t edge[NER_NB_ROLES][VSTRIDE];
    /* The weights of ner_feature_small(kind, value): the part of a class of forms that does
     * not mix in its shape, added from here instead of looked up (tag_document_stage1). */
    int32_t small[NER_SMALL_KINDS][NER_SMALL_VALUES][VSTRIDE];
    ner_gaz gaz;
    struct ner_model *stage2; /* the second (stacked) stage from <lang>/ner2.model, or NULL */
    bool borrowed;            /* slots, bloom and more point into a compiled image */
    vit_tables vt;            /* from trans */
    bool bounded_emit;        /* scale * any int32 sum is within VIT_BOUND (vit_step) */
    /* The form cache of a compiled image, or none (n_cache 0): slots hold entry + 1 in their
     * low 16 bits and a tag of the form's hash above (cache_slot), 0 when empty. */
    const uint32_t *cache_slots;
    const form_entry *cache;
    const char *cache_text;
    size_t cache_mask, n_cache, cache_text_len;
    /* The frequent shapes' weights (see "shape table"), in the compiled image or owned
     * (own_shapes), or NULL. */
    const shape_table *shapes;
    shape_table *own_shapes;
};
_Static_assert(sizeof(struct slot) == 16, "four slots per cache line");
_Static_assert(SLOT_INLINE == 2, "batch_flush adds the two inline pairs of a slot");

void ner_model_free(void *p) {
    ner_model *nm = p;
    if (!nm)
        return;
    if (!nm->borrowed) {
        free(nm->slots);
        free(nm->more);
        free(nm->bloom);
    }
    free(nm->own_shapes);
    ner_gaz_free(&nm->gaz);
    ner_model_free(nm->stage2);
    free(nm);
}

const ner_model *ner_model_of(const struct precis_model *m) {
    return m && m->n_langs ? ner_model_of_lang(m, &m->langs[0]) : NULL;
}
const ner_model *ner_model_of_lang(const struct precis_model *m, const lang_data *l) {
    return m && l && m->ner_free == ner_model_free ? l->ner : NULL;
}
const ner_model *ner_model_of_doc(const precis_doc *d) { return ner_model_of_lang(d->model, d->lang); }
const ner_gaz *ner_model_gaz(const ner_model *nm) { return &nm->gaz; }

bool ner_role_word(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    size_t n = t->end - t->start;
    const ner_model *nm = ner_model_of_doc(d);
    if (!nm || t->kind != TOK_WORD || n >= 48)
        return false;
    char key[48];
    for (size_t i = 0; i < n; i++) {
        char c = d->text[t->start + i];
        key[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    const ner_gaz_entry *g = ner_gaz_get(&nm->gaz, key, n);
    return g && (g->classes & GZ_ROLE);
}
size_t ner_model_features(const ner_model *nm) { return nm->n_features; }
bool ner_model_has_stage2(const ner_model *nm) { return nm->stage2 != NULL; }

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

#define BLOOM_BITS 20
/* A blocked filter: both of a key's bits in one 64-bit word, so one memory access per key.
 * Bits other than slot_of's low ones (keys are hashes: all their bits are uniform). */
static inline size_t bloom_word(uint64_t key) { return (size_t)(key >> (64 - (BLOOM_BITS - 6))); }
static inline uint64_t bloom_mask(uint64_t key) { return 1ull << ((key >> 24) & 63) | 1ull << ((key >> 30) & 63); }
static inline bool bloom_maybe(const uint64_t *bl, uint64_t key) {
    /* both bits of bloom_mask set, tested by shifting the word (a variable shift of 1 to make
     * the mask cost three instructions a bit, at every feature of every token) */
    uint64_t w = bl[bloom_word(key)];
    return (w >> ((key >> 24) & 63)) & (w >> ((key >> 30) & 63)) & 1;
}

static void add_weights(const ner_model *nm, const uint64_t *f, size_t nf, int32_t *acc);
static void vit_prepare(const float *trans, vit_tables *vt);

/* The weight sums a model derives from its table once loaded: the edges' and the small
 * features'. */
static void derive_tables(ner_model *nm) {
    nm->bounded_emit = fabsf(nm->scale) * 2147483648.0f <= VIT_BOUND;
    memset(nm->edge, 0, sizeof nm->edge);
    for (int r = 0; r < NER_NB_ROLES; r++) {
        uint64_t f[NER_MAX_FEATS_NB];
        add_weights(nm, f, ner_features_neighbour_word(NULL, r, f), nm->edge[r]);
        add_weights(nm, f, ner_features_neighbour_class(NULL, r, f), nm->edge[r]);
    }
    memset(nm->small, 0, sizeof nm->small);
    for (int k = 0; k < NER_SMALL_KINDS; k++)
        for (unsigned v = 0; v < NER_SMALL_VALUES; v++) {
            uint64_t f = ner_feature_small(k, v);
            add_weights(nm, &f, 1, nm->small[k][v]);
        }
}

/* Fills st with the weights of the shapes of SHAPE_LIST (derive_tables' way: each feature
 * looked up on its own). */
static void shape_table_build(const ner_model *nm, shape_table *st) {
    memset(st, 0, sizeof *st);
    for (size_t i = 0; i < NER_SHAPES; i++) {
        size_t len = strlen(SHAPE_LIST[i]);
        uint64_t h = ner_shape_hash(SHAPE_LIST[i], len);
        size_t s = shape_slot_of(h);
        while (st->slot[s] && st->key[st->slot[s] - 1] != h)
            s = (s + 1) & (SHAPE_SLOTS - 1);
        if (h == 0 || len > sizeof ((ner_word *)0)->shape || st->slot[s])
            continue; /* not a shape ner_words_build makes, or there already */
        int32_t(*v)[VSTRIDE] = st->v[i];
        uint64_t f;
        f = ner_feature_shape(NER_SHAPE_SELF, 0, h);
        add_weights(nm, &f, 1, v[SV_SELF]);
        for (unsigned start = 0; start < 2; start++) {
            f = ner_feature_shape(NER_SHAPE_START, start, h);
            add_weights(nm, &f, 1, v[SV_START + start]);
        }
        for (unsigned b = 0; b < 6; b++) {
            f = ner_feature_shape(NER_SHAPE_DOCBIT, b, h);
            add_weights(nm, &f, 1, v[SV_DOCBIT + b]);
        }
        for (unsigned r = 0; r < NER_NB_ROLES; r++) {
            f = ner_feature_shape(NER_SHAPE_NB, r, h);
            add_weights(nm, &f, 1, v[SV_NB + r]);
        }
        st->key[i] = h;
        st->slot[s] = (uint8_t)(i + 1);
    }
}

/* The vectors of a shape of the table, or NULL. */
static inline const int32_t (*shape_find(const ner_model *nm, uint64_t h))[VSTRIDE] {
    const shape_table *st = nm->shapes;
    if (!st)
        return NULL;
    for (size_t s = shape_slot_of(h);; s = (s + 1) & (SHAPE_SLOTS - 1)) {
        unsigned e = st->slot[s];
        if (!e || e > NER_SHAPES)
            return NULL;
        if (st->key[e - 1] == h)
            return (const int32_t(*)[VSTRIDE])st->v[e - 1];
    }
}

precis_status ner_model_parse(const char *name, const void *data, size_t len, ner_gaz *gaz, ner_model **out,
                              precis_error *err) {
    const unsigned char *p = data, *end = p + len;
    *out = NULL;
    if (!name)
        name = "recogniser";
    size_t head = 8 + 16 + 4u * (NER_NTAGS + 1) * NER_NTAGS;
    if (len < head || memcmp(p, NER_MAGIC, 8) != 0)
        return set_error(err, PRECIS_E_MODEL, "model: %s: not a recogniser file (bad magic)", name);
    uint32_t ver = rd32(p + 8), ntags = rd32(p + 12), nf = rd32(p + 16);
    if (ver != NER_FEAT_VERSION || ntags != NER_NTAGS)
        return set_error(err, PRECIS_E_MODEL,
                         "model: %s: feature set %u with %u tags, this build reads %u with %u "
                         "(retrain with precis_train_ner)",
                         name, ver, ntags, NER_FEAT_VERSION, NER_NTAGS);
    if (nf > (len - head) / 9)
        return set_error(err, PRECIS_E_MODEL, "model: %s: %u features do not fit in %zu bytes",
                         name, nf, len);
    ner_model *nm = calloc(1, sizeof *nm);
    if (!nm)
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    nm->scale = rdf(p + 20);
    for (size_t i = 0; i < (NER_NTAGS + 1) * NER_NTAGS; i++)
        nm->trans[i] = rdf(p + 24 + 4 * i);
    vit_prepare(nm->trans, &nm->vt);
    /* Load factor between 0.5 and 0.75 (0.58 for en/ner.model): four slots share a cache
     * line, so the probes of linear probing stay mostly within the first line. */
    size_t cap = 16;
    while (cap < (size_t)nf + nf / 3)
        cap *= 2;
    nm->mask = cap - 1;
    nm->slots = calloc(cap, sizeof *nm->slots);
    nm->bloom = calloc((1u << BLOOM_BITS) / 64, sizeof *nm->bloom);
    /* Upper bound on the side array: every record's pairs. */
    /* Upper bound first (every feature dense), shrunk once the count is known. */
    nm->more = aligned_alloc(32, ((size_t)nf + 1) * 16 * sizeof *nm->more);
    if (!nm->slots || !nm->more || !nm->bloom) {
        ner_model_free(nm);
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    }
    p += head;
    size_t n_more = 0;
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
            return set_error(err, PRECIS_E_MODEL, "model: %s: feature %u is a duplicate", name, f);
        }
        struct slot *sl = &nm->slots[s];
        sl->key = key;
        nm->bloom[bloom_word(key)] |= bloom_mask(key);
        /* A dense row first, so that a tag given twice keeps its last weight as before. */
        int16_t row[NER_NTAGS] = {0};
        for (unsigned j = 0; j < cnt; j++, p += 3) {
            if (p[0] >= NER_NTAGS)
                goto truncated;
            row[p[0]] = (int16_t)(uint16_t)(p[1] | p[2] << 8);
        }
        unsigned nz = 0;
        for (int t = 0; t < NER_NTAGS; t++)
            nz += row[t] != 0;
        sl->n = (uint8_t)nz;
        if (nz > SLOT_INLINE) {
            sl->u.at = (uint32_t)n_more;
            memcpy(nm->more + (size_t)n_more++ * 16, row, 16 * sizeof *row);
            sl->h.w16 = row[16];
            continue;
        }
        for (int t = 0, k = 0; t < NER_NTAGS; t++) {
            if (!row[t])
                continue;
            sl->h.tag[k] = (uint8_t)t;
            sl->u.w[k++] = row[t];
        }
    }
    if (p != end)
        goto truncated;
    nm->n_features = nf;
    derive_tables(nm);
    nm->own_shapes = calloc(1, sizeof *nm->own_shapes);
    if (!nm->own_shapes) {
        ner_model_free(nm);
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    }
    shape_table_build(nm, nm->own_shapes);
    nm->shapes = nm->own_shapes;
    if (gaz)
        nm->gaz = *gaz;
    else
        ner_gaz_init(&nm->gaz);
    *out = nm;
    return PRECIS_OK;
truncated:
    ner_model_free(nm);
    return set_error(err, PRECIS_E_MODEL, "model: %s: byte %zu: malformed or truncated record",
                     name, (size_t)(p - (const unsigned char *)data));
}

/* ---- compiled recognisers ------------------------------------------------------------------
 * Parsing a recogniser file (en/ner.model) builds a 2 MB hash table, its Bloom filter and the side rows: 20M
 * instructions and 700 freshly written pages, which were most of the start-up of a `precis
 * FILE`. The build (tools/compile_model.c) therefore does it once and the library carries
 * the result, laid out as it is used:
 *   struct compiled_head (64-byte aligned image), slots ((mask + 1) * 16 bytes), the Bloom
 *   filter (2^BLOOM_BITS bits), the rows (n_more * 32 bytes), the form cache when there is
 *   one (slots, entries, text) and the shape table, each at a 64-byte boundary.
 * Native byte order and layout: an image is only ever read by the build that wrote it. The
 * head names the file it was compiled from (length, and a hash of its first and last 4 KB),
 * so that an image that does not belong to a language's ner.model is ignored and the file
 * parsed instead. */
static const char COMPILED_MAGIC[8] = {'P', 'R', 'N', 'E', 'R', 'C', '5', '\0'};

typedef struct compiled_head {
    char magic[8];
    uint32_t feat_version, n_tags;
    uint64_t src_len, src_sample;
    uint64_t mask, n_features, n_more;
    uint32_t slot_size, bloom_bits;
    float scale;
    float trans[(NER_NTAGS + 1) * NER_NTAGS];
    uint64_t cache_mask, n_cache, cache_text_len; /* the form cache; n_cache 0: none */
} compiled_head;

#define ALIGN64(x) (((x) + 63) & ~(size_t)63)

/* FNV-1a of the first and last 4 KB of a file: enough to tell two models apart, cheap enough
 * for every start. */
static uint64_t source_sample(const unsigned char *p, size_t len) {
    size_t k = len < 4096 ? len : 4096;
    uint64_t h = hash_bytes(p, k);
    return h ^ (hash_bytes(p + len - k, k) * 31u) ^ len;
}

static size_t compiled_size(uint64_t mask, uint64_t n_more, uint64_t cache_mask, uint64_t n_cache,
                            uint64_t cache_text_len) {
    size_t size = ALIGN64(sizeof(compiled_head)) + ALIGN64((size_t)(mask + 1) * sizeof(struct slot)) +
                  ALIGN64(((size_t)1 << BLOOM_BITS) / 8) + ALIGN64((size_t)n_more * 16 * sizeof(int16_t));
    if (n_cache)
        size += ALIGN64((size_t)(cache_mask + 1) * sizeof(uint32_t)) + ALIGN64((size_t)n_cache * sizeof(form_entry)) +
                ALIGN64((size_t)cache_text_len);
    return size + ALIGN64(sizeof(shape_table));
}

/* ---- form cache ------------------------------------------------------------------------------
 * Most of the first stage's lookups are those of the words' own features, summed once per
 * distinct form of a document (tag_document_stage1): about 19 lookups and 14 feature hashes
 * per form. News keeps using the same few thousand words, so the compiled recogniser carries
 * those sums for the frequent forms: the NER_CACHE_FORMS lower-case forms of the model's
 * stems.tsv found in the most documents (by the idf table's document frequency of their
 * stem), their capitalised forms, the stopwords and theirs, and the punctuation. On the
 * 250 CNN/DailyMail dev articles they are 83% of the forms tagged (69% with 4096 stems and no
 * punctuation: 921M -> 906M instructions for the full brief run). The compiled recogniser
 * is 6.5 MB (4.8 MB with 4096 stems; 16384 would gain 8M instructions more for 3.3 MB more).
 * The sums are exactly what the lookups give (integers); a sum outside int16 leaves its form
 * out. */
#define NER_CACHE_FORMS 8192
#define NER_CACHE_MAX_LEN 48

/* A slot of the form cache's table: the entry's number + 1 in the low 16 bits and the top 16
 * bits of the form's hash above, so that probing compares tags in the slot array instead of
 * reading a 192-byte entry per probe (a cache miss each: a quarter of the first stage's time
 * went to them). A tag that matches is only a candidate: the entry is still checked. */
#define CACHE_IDX_BITS 16
#define CACHE_MAX_ENTRIES ((1u << CACHE_IDX_BITS) - 1)
static inline uint32_t cache_tag(uint64_t h) { return (uint32_t)(h >> (64 - (32 - CACHE_IDX_BITS))); }
static inline uint32_t cache_slot(uint64_t h, uint32_t entry_plus_1) {
    return cache_tag(h) << CACHE_IDX_BITS | entry_plus_1;
}
static inline uint32_t cache_slot_entry(uint32_t slot) { return slot & CACHE_MAX_ENTRIES; }
static inline uint32_t cache_slot_tag(uint32_t slot) { return slot >> CACHE_IDX_BITS; }

typedef struct form_cand {
    const char *s;
    uint32_t len;
    double idf;
} form_cand;

static int cmp_cand(const void *pa, const void *pb) {
    const form_cand *a = pa, *b = pb;
    if (a->idf != b->idf)
        return a->idf < b->idf ? -1 : 1;
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->s, b->s, n);
    return c ? c : (a->len > b->len) - (a->len < b->len);
}

typedef struct form_cache {
    uint32_t *slots;
    form_entry *e;
    char *text;
    size_t mask, n, text_len;
} form_cache;

/* The string of entry fe (text: the cache's text of text_len bytes), or NULL when the entry
 * points outside it. */
static inline const char *entry_string(const form_entry *fe, const char *text, size_t text_len) {
    if (fe->len <= FORM_INLINE)
        return fe->s;
    uint32_t off;
    memcpy(&off, fe->s, sizeof off);
    return fe->len <= text_len && off <= text_len - fe->len ? text + off : NULL;
}

static void form_cache_free(form_cache *fc) {
    free(fc->slots);
    free(fc->e);
    free(fc->text);
    memset(fc, 0, sizeof *fc);
}

/* Adds form s (n bytes, lower-case or capitalised) to fc unless it is there, too long, or
 * has a sum outside int16. False on out of memory. */
static bool cache_add(const ner_model *nm, form_cache *fc, size_t cap, const char *s, size_t n) {
    if (n == 0 || n > NER_CACHE_MAX_LEN)
        return true;
    char norm[2 * NER_CACHE_MAX_LEN + 1];
    ner_word wd;
    const char *sp = s;
    uint32_t l = (uint32_t)n;
    int32_t sent = 0;
    if (!ner_words_build(&wd, &sp, &l, &sent, 1, NULL, norm))
        return false;
    size_t at = slot_of(wd.h_w, fc->mask);
    for (uint32_t e; (e = cache_slot_entry(fc->slots[at])) != 0; at = (at + 1) & fc->mask)
        if (fc->e[e - 1].len == wd.len &&
            memcmp(entry_string(&fc->e[e - 1], fc->text, fc->text_len), wd.w, wd.len) == 0)
            return true;
    int32_t acc[VECS_PER_FORM][VSTRIDE];
    memset(acc, 0, sizeof acc);
    uint64_t f[NER_MAX_FEATS_SELF];
    for (int r = 0; r < NER_NB_ROLES; r++)
        add_weights(nm, f, ner_features_neighbour_word(&wd, r, f), acc[r]);
    add_weights(nm, f, ner_features_self_word(&wd, f), acc[VEC_SELF]);
    form_entry fe;
    memset(&fe, 0, sizeof fe);
    for (int r = 0; r < VECS_PER_FORM; r++)
        for (int t = 0; t < NER_NTAGS; t++) {
            if (acc[r][t] < INT16_MIN || acc[r][t] > INT16_MAX)
                return true;
            fe.v[r][t] = (int16_t)acc[r][t];
        }
    if (fc->n == cap || fc->n == CACHE_MAX_ENTRIES)
        return true;
    fe.len = (uint8_t)wd.len;
    if (wd.len <= FORM_INLINE) {
        memcpy(fe.s, wd.w, wd.len);
    } else {
        uint32_t off = (uint32_t)fc->text_len;
        memcpy(fe.s, &off, sizeof off);
        memcpy(fc->text + fc->text_len, wd.w, wd.len);
        fc->text_len += wd.len;
    }
    fc->e[fc->n++] = fe;
    fc->slots[at] = cache_slot(wd.h_w, (uint32_t)fc->n);
    return true;
}

/* Builds the form cache of nm from the stems and stopwords of its language. */
static bool form_cache_build(const ner_model *nm, const lang_data *lang, form_cache *fc) {
    memset(fc, 0, sizeof *fc);
    if (!lang || !lang->has_data)
        return true;
    size_t nc = 0;
    form_cand *c = malloc((lang->stems.count + lang->stopwords.count + 1) * sizeof *c);
    if (!c)
        return false;
    for (size_t i = 0; i < lang->stems.cap; i++) {
        const strmap_slot *sl = &lang->stems.slots[i];
        if (sl->key && sl->value >= 0)
            c[nc++] = (form_cand){sl->key, sl->len, model_idf(lang, sl->key + sl->len + 1, (size_t)sl->value)};
    }
    /* the built-in model's stem map has its packed copy alone (model.c): the same entries,
     * each value the stem's length coded as model_stem_value reads it (the order they come
     * in does not matter: cmp_cand orders them all) */
    if (!lang->stems.slots && lang->stems.packed)
        for (size_t i = 0; i <= lang->stems.packed_mask; i++) {
            uint64_t e = lang->stems.packed[i];
            if (!e)
                continue;
            const char *key = lang->stems.packed_base + (uint32_t)e;
            size_t len = (size_t)((e >> 32) & 0xFF);
            int32_t df;
            size_t slen = model_stem_value(lang, (int32_t)(e >> 40), &df);
            c[nc++] = (form_cand){key, len, model_idf(lang, key + len + 1, slen)};
        }
    qsort(c, nc, sizeof *c, cmp_cand);
    if (nc > NER_CACHE_FORMS)
        nc = NER_CACHE_FORMS;
    size_t n_stop = 0;
    for (size_t i = 0; i < lang->stopwords.cap; i++) {
        const strmap_slot *sl = &lang->stopwords.slots[i];
        if (sl->key)
            c[nc + n_stop++] = (form_cand){sl->key, sl->len, 0};
    }
    qsort(c + nc, n_stop, sizeof *c, cmp_cand);
    nc += n_stop;
    /* and the punctuation forms, which every document has: each ASCII punctuation byte, and
     * the ellipsis and double dash of typed text */
    static const char *const MULTI_PUNCT[] = {"...", "--"};
    size_t n_punct = 0;
    char punct['~' - '!' + 1];
    for (int ch = '!'; ch <= '~'; ch++)
        if (!(ch >= '0' && ch <= '9') && !((ch | 32) >= 'a' && (ch | 32) <= 'z'))
            punct[n_punct++] = (char)ch;
    size_t n_extra = n_punct + sizeof MULTI_PUNCT / sizeof *MULTI_PUNCT;
    size_t cap = 2 * nc + n_extra, tcap = cap * 2 * NER_CACHE_MAX_LEN + 1;
    fc->mask = 15;
    while (fc->mask + 1 < 2 * cap)
        fc->mask = fc->mask * 2 + 1;
    fc->slots = calloc(fc->mask + 1, sizeof *fc->slots);
    fc->e = malloc((cap ? cap : 1) * sizeof *fc->e);
    fc->text = malloc(tcap);
    bool ok = fc->slots && fc->e && fc->text;
    for (size_t i = 0; ok && i < nc; i++) {
        char up[NER_CACHE_MAX_LEN];
        ok = cache_add(nm, fc, cap, c[i].s, c[i].len);
        if (ok && c[i].len <= NER_CACHE_MAX_LEN && c[i].s[0] >= 'a' && c[i].s[0] <= 'z') {
            memcpy(up, c[i].s, c[i].len);
            up[0] = (char)(up[0] - 32);
            ok = cache_add(nm, fc, cap, up, c[i].len);
        }
    }
    for (size_t i = 0; ok && i < n_punct; i++)
        ok = cache_add(nm, fc, cap, &punct[i], 1);
    for (size_t i = 0; ok && i < sizeof MULTI_PUNCT / sizeof *MULTI_PUNCT; i++)
        ok = cache_add(nm, fc, cap, MULTI_PUNCT[i], strlen(MULTI_PUNCT[i]));
    free(c);
    if (!ok)
        form_cache_free(fc);
    return ok;
}

/* Whether word x's form may be in the cache at all: words of all-capital sentences are left
 * out (their own features add one for the headline). */
static inline bool form_cacheable(const ner_model *nm, const ner_word *x) {
    return nm->n_cache && !x->all_caps_sentence;
}

/* The first slot at or after `at` (probing) that is empty or holds x's tag: where the lookup
 * of x's form goes on. The slot array only: no entry is read. */
static inline size_t form_probe(const ner_model *nm, const ner_word *x, size_t at) {
    uint32_t tag = cache_tag(x->h_w), e;
    while ((e = nm->cache_slots[at]) != 0 && cache_slot_tag(e) != tag)
        at = (at + 1) & nm->cache_mask;
    return at;
}

/* The cached entry of word x's form (form_cacheable), probing from slot `at` (form_probe's
 * answer, or any slot before it on x's probe path), or NULL. */
static const form_entry *form_cached_from(const ner_model *nm, const ner_word *x, size_t at) {
    for (uint32_t e; (e = nm->cache_slots[at = form_probe(nm, x, at)]) != 0; at = (at + 1) & nm->cache_mask) {
        uint32_t i = cache_slot_entry(e);
        if (i == 0 || i > nm->n_cache)
            return NULL;
        const form_entry *fe = &nm->cache[i - 1];
        if (fe->len != x->len)
            continue;
        const char *es = entry_string(fe, nm->cache_text, nm->cache_text_len);
        if (es && strmap_same_key(es, x->w, x->len))
            return fe;
    }
    return NULL;
}

/* How many forms ahead the first stage prefetches a cached entry's three lines, as it sums
 * the forms (tag_document_stage1): 4, 8 and 16 measured alike, 8 a little ahead (fastest of
 * 20 alternating runs of the full batch over cnndm_dev four times over: 401.6, 398.3 and
 * 398.7 ms). Inlined (GCC keeps the prefetches of an inlined void helper). */
#define ENTRY_DIST 8
static inline void entry_prefetch(const form_entry *fe) {
    __builtin_prefetch(fe);
    __builtin_prefetch((const char *)fe + 64);
    __builtin_prefetch((const char *)fe + 128);
}

/* Counts the rows of a parsed model (the features with more than SLOT_INLINE weights). */
static uint64_t rows_of(const ner_model *nm) {
    uint64_t n = 0;
    for (size_t i = 0; i <= nm->mask; i++)
        n += nm->slots[i].key && nm->slots[i].n > SLOT_INLINE;
    return n;
}

precis_status ner_model_compile(const lang_data *lang, const void *data, size_t len, unsigned char **out,
                                size_t *out_len, precis_error *err) {
    *out = NULL;
    *out_len = 0;
    ner_model *nm;
    precis_status st = ner_model_parse(NULL, data, len, NULL, &nm, err);
    if (st != PRECIS_OK)
        return st;
    form_cache fc;
    if (!form_cache_build(nm, lang, &fc)) {
        ner_model_free(nm);
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    }
    uint64_t n_more = rows_of(nm);
    size_t size = compiled_size(nm->mask, n_more, fc.mask, fc.n, fc.text_len);
    unsigned char *img = calloc(1, size);
    if (!img) {
        form_cache_free(&fc);
        ner_model_free(nm);
        return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
    }
    compiled_head h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, COMPILED_MAGIC, sizeof h.magic);
    h.feat_version = NER_FEAT_VERSION;
    h.n_tags = NER_NTAGS;
    h.src_len = len;
    h.src_sample = source_sample(data, len);
    h.mask = nm->mask;
    h.n_features = nm->n_features;
    h.n_more = n_more;
    h.slot_size = sizeof(struct slot);
    h.bloom_bits = BLOOM_BITS;
    h.scale = nm->scale;
    memcpy(h.trans, nm->trans, sizeof h.trans);
    h.cache_mask = fc.n ? fc.mask : 0;
    h.n_cache = fc.n;
    h.cache_text_len = fc.n ? fc.text_len : 0;
    size_t o = 0;
    memcpy(img, &h, sizeof h);
    o += ALIGN64(sizeof h);
    memcpy(img + o, nm->slots, (size_t)(nm->mask + 1) * sizeof(struct slot));
    o += ALIGN64((size_t)(nm->mask + 1) * sizeof(struct slot));
    memcpy(img + o, nm->bloom, ((size_t)1 << BLOOM_BITS) / 8);
    o += ALIGN64(((size_t)1 << BLOOM_BITS) / 8);
    memcpy(img + o, nm->more, (size_t)n_more * 16 * sizeof(int16_t));
    o += ALIGN64((size_t)n_more * 16 * sizeof(int16_t));
    if (fc.n) {
        memcpy(img + o, fc.slots, (fc.mask + 1) * sizeof *fc.slots);
        o += ALIGN64((fc.mask + 1) * sizeof *fc.slots);
        memcpy(img + o, fc.e, fc.n * sizeof *fc.e);
        o += ALIGN64(fc.n * sizeof *fc.e);
        memcpy(img + o, fc.text, fc.text_len);
        o += ALIGN64(fc.text_len);
    }
    memcpy(img + o, nm->shapes, sizeof(shape_table));
    form_cache_free(&fc);
    ner_model_free(nm);
    *out = img;
    *out_len = size;
    return PRECIS_OK;
}

/* A recogniser over a compiled image (not copied: it must outlive the model), or NULL when
 * the image is not one of this build or not compiled from `data` (then the caller parses). */
static ner_model *from_compiled(const unsigned char *img, size_t img_len, const void *data, size_t len) {
    compiled_head h;
    if (!img || ((uintptr_t)img & 63) || img_len < sizeof h)
        return NULL;
    memcpy(&h, img, sizeof h);
    if (memcmp(h.magic, COMPILED_MAGIC, sizeof h.magic) != 0 || h.feat_version != NER_FEAT_VERSION ||
        h.n_tags != NER_NTAGS || h.slot_size != sizeof(struct slot) || h.bloom_bits != BLOOM_BITS ||
        h.src_len != len || ((h.mask + 1) & h.mask) != 0 || h.mask > ((uint64_t)1 << 40) ||
        h.n_more > h.n_features || (h.n_cache && (((h.cache_mask + 1) & h.cache_mask) != 0 ||
                                                   h.n_cache > h.cache_mask || h.cache_mask > UINT32_MAX ||
                                                   h.cache_text_len > UINT32_MAX)) ||
        img_len != compiled_size(h.mask, h.n_more, h.cache_mask, h.n_cache, h.cache_text_len) ||
        h.src_sample != source_sample(data, len))
        return NULL;
    ner_model *nm = calloc(1, sizeof *nm);
    if (!nm)
        return NULL;
    nm->borrowed = true;
    size_t o = ALIGN64(sizeof h);
    /* the image is 64-byte aligned and each part starts at a multiple of 64 */
    nm->slots = (struct slot *)(uintptr_t)(img + o);
    o += ALIGN64((size_t)(h.mask + 1) * sizeof(struct slot));
    nm->bloom = (uint64_t *)(uintptr_t)(img + o);
    o += ALIGN64(((size_t)1 << BLOOM_BITS) / 8);
    nm->more = (int16_t *)(uintptr_t)(img + o);
    o += ALIGN64((size_t)h.n_more * 16 * sizeof(int16_t));
    if (h.n_cache) {
        nm->cache_slots = (const uint32_t *)(uintptr_t)(img + o);
        o += ALIGN64((size_t)(h.cache_mask + 1) * sizeof(uint32_t));
        nm->cache = (const form_entry *)(uintptr_t)(img + o);
        o += ALIGN64((size_t)h.n_cache * sizeof(form_entry));
        nm->cache_text = (const char *)(img + o);
        nm->cache_mask = (size_t)h.cache_mask;
        nm->n_cache = (size_t)h.n_cache;
        nm->cache_text_len = (size_t)h.cache_text_len;
        o += ALIGN64((size_t)h.cache_text_len);
    }
    nm->shapes = (const shape_table *)(uintptr_t)(img + o);
    nm->mask = (size_t)h.mask;
    nm->n_features = (size_t)h.n_features;
    nm->scale = h.scale;
    memcpy(nm->trans, h.trans, sizeof nm->trans);
    vit_prepare(nm->trans, &nm->vt);
    derive_tables(nm);
    return nm;
}

/* Attaches the recogniser of language l when the image has one: <code>/ner.model, with the
 * gazetteers <code>/gazetteer_*.tsv (in image order) and the optional second stage
 * <code>/ner2.model. The built-in image's compiled recogniser and gazetteers are used in
 * place when they were compiled from these very files (one language's: see
 * tools/compile_model.c); otherwise the files are parsed. */
static precis_status attach_lang(struct precis_model *m, lang_data *l, precis_error *err) {
    char name[32], prefix[32];
    snprintf(name, sizeof name, "%s/ner.model", l->code);
    size_t len;
    const char *data = model_file(m, name, &len);
    if (!data)
        return PRECIS_OK; /* a language without a recogniser: ner_tag reports it */
    size_t pl = (size_t)snprintf(prefix, sizeof prefix, "%s/gazetteer_", l->code);
    ner_gaz gaz;
    ner_gaz_init(&gaz);
    /* the built-in model's gazetteers come compiled (ner_feat.c) when made from these files */
    const char *src[16];
    size_t src_len[16], n_src = 0, glen;
    for (size_t i = 0; i < m->n_files && n_src < 16; i++)
        if (strncmp(m->files[i].name, prefix, pl) == 0) {
            src[n_src] = m->files[i].data;
            src_len[n_src++] = m->files[i].len;
        }
    const void *gimg = model_compiled_gaz(m, &glen);
    bool have_gaz = gimg && ner_gaz_from_image(gimg, glen, src, src_len, n_src, &gaz);
    for (size_t i = 0; i < m->n_files && !have_gaz; i++) {
        const char *gname = m->files[i].name;
        if (strncmp(gname, prefix, pl) != 0)
            continue;
        size_t bad = 0;
        if (!ner_gaz_add(&gaz, m->files[i].data, m->files[i].len, &bad)) {
            ner_gaz_free(&gaz);
            if (bad)
                return set_error(err, PRECIS_E_MODEL, "model: %s:%zu: malformed gazetteer line", gname, bad);
            return set_error(err, PRECIS_E_NOMEM, "model: out of memory");
        }
    }
    size_t clen;
    const void *compiled = model_compiled_ner(m, &clen);
    ner_model *nm = compiled ? from_compiled(compiled, clen, data, len) : NULL;
    precis_status st = PRECIS_OK;
    if (nm)
        nm->gaz = gaz;
    else
        st = ner_model_parse(name, data, len, &gaz, &nm, err);
    if (st != PRECIS_OK) {
        ner_gaz_free(&gaz);
        return st;
    }
    snprintf(name, sizeof name, "%s/ner2.model", l->code);
    const char *data2 = model_file(m, name, &len);
    if (data2) {
        st = ner_model_parse(name, data2, len, NULL, &nm->stage2, err);
        if (st != PRECIS_OK) {
            ner_model_free(nm);
            return st;
        }
    }
    l->ner = nm;
    return PRECIS_OK;
}

precis_status ner_model_attach(struct precis_model *m, precis_error *err) {
    /* set first: the recognisers of the languages before a failing one are freed with m */
    m->ner_free = ner_model_free;
    for (size_t i = 0; i < m->n_langs; i++) {
        m->langs[i].ner = NULL;
        if (m->langs[i].has_data)
            PRECIS_TRY(attach_lang(m, &m->langs[i], err));
    }
    return PRECIS_OK;
}

/* ---- decoding ------------------------------------------------------------------------------ */

/* The tags that close a mention or stand outside one (O, L-k, U-k) precede exactly O, B-k
 * and U-k; B-k and I-k precede exactly I-k and L-k (ner_tag_allowed). Both lists ascending,
 * the order in which ties are broken (the first best predecessor wins). */
static const uint8_t CLOSED[9] = {0, 3, 4, 7, 8, 11, 12, 15, 16};

/* Viterbi's rows (emissions and scores alike) hold the tags in the order of the lanes that
 * compute them rather than in tag order: tag t at VPOS[t],
 *   0..3: O, U-PER, U-LOC, U-ORG; 4..7: B-k; 8..11: I-k; 12..15: L-k; 16: U-MISC,
 * the transpose of the first four quads of a tag-order row, then tag 16 (the first stage
 * converts its sums so: tag_document_stage1). A step then loads and stores whole vectors
 * where it gathered and scattered single lanes (a third of its instructions). */
static const uint8_t VPOS[NER_NTAGS] = {0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15, 16};
/* VPOS of CLOSED, in CLOSED's order (the order in which ties are broken). */
static const uint8_t CPOS[9] = {0, 12, 1, 13, 2, 14, 3, 15, 16};
/* The opening tags computed by the three vectors of targets (vit_step), lane by lane: the
 * rows' positions 0..7 and 16; the last three lanes are padding. */
static const uint8_t OPEN_LANES[9] = {0, 4, 8, 12, 1, 5, 9, 13, 16};

static void vit_prepare(const float *trans, vit_tables *vt) {
    /* The transitions from a closed tag to an opening one, as a 9 x 12 block (padded with
     * -inf, which never wins) so that the inner loop runs over a vector of targets: the
     * same additions and comparisons in the same order as a loop over predecessor lists,
     * hence the same result, in about a fifth of the time. */
    for (int a = 0; a < 9; a++) {
        float row[12];
        for (int b = 0; b < 12; b++)
            row[b] = b < 9 ? trans[CLOSED[a] * NER_NTAGS + OPEN_LANES[b]] : -INFINITY;
        memcpy(vt->tc[a], row, sizeof row);
    }
    /* transitions into I-k (x = 0) and L-k (x = 1), from B-k and from I-k */
    for (int x = 0; x < 2; x++)
        for (int k = 0; k < NER_NTYPES; k++) {
            vt->t_b[x][k] = trans[(1 + 4 * k) * NER_NTAGS + 2 + x + 4 * k];
            vt->t_i[x][k] = trans[(2 + 4 * k) * NER_NTAGS + 2 + x + 4 * k];
        }
    for (int t = 0; t < NER_NTAGS; t++) {
        vt->start[t] = trans[NER_NTAGS * NER_NTAGS + t];
        vt->start_ok[t] = ner_tag_allowed(NER_NTAGS, t);
        vt->after_o[t] = trans[0 * NER_NTAGS + t];
        vt->before_o[t] = trans[t * NER_NTAGS + 0];
    }
    vt->bounded = true;
    for (int t = 0; t < (NER_NTAGS + 1) * NER_NTAGS; t++)
        vt->bounded = vt->bounded && fabsf(trans[t]) <= VIT_BOUND; /* false for NaN and inf */
}

static void vit_run(const vit_tables *vt, const float *trans, const float *emit, size_t n, float *score,
                    uint8_t *tags, bool bounded_emit, float *best_in, const float *start, const float *end);

void ner_viterbi(const float *emit, size_t n, const float *trans, float *scratch, uint8_t *tags) {
    ner_viterbi_between(emit, n, trans, false, false, scratch, tags);
}

void ner_viterbi_between(const float *emit, size_t n, const float *trans, bool after_o, bool before_o,
                         float *scratch, uint8_t *tags) {
    vit_tables vt;
    vit_prepare(trans, &vt);
    /* the rows into vit_run's order (through a copy: scratch may be emit) */
    for (size_t i = 0; i < n; i++) {
        float row[NER_NTAGS];
        memcpy(row, emit + i * NER_NTAGS, sizeof row);
        for (int t = 0; t < NER_NTAGS; t++)
            scratch[i * NER_NTAGS + VPOS[t]] = row[t];
    }
    /* emissions from anywhere */
    vit_run(&vt, trans, scratch, n, scratch, tags, false, NULL, after_o ? vt.after_o : vt.start,
            before_o ? vt.before_o : NULL);
}

/* The larger of two score vectors lane by lane (either when they are equal: they can then
 * differ only in the sign of a zero, which no later comparison or sum tells apart). One
 * instruction on x86 (every x86-64 has SSE), a compare and a blend elsewhere. */
static inline v4f vmax(v4f a, v4f b) {
#if defined(__SSE__)
    return (v4f)_mm_max_ps((__m128)a, (__m128)b);
#else
    v4i m = b > a;
    return (v4f)(((v4i)b & m) | ((v4i)a & ~m));
#endif
}

/* The best predecessor of tag t at a position whose predecessors scored p: the same sums,
 * comparisons and order as the forward pass (first best wins; a dead predecessor, at NEG,
 * never does). `checked` as for vit_step: unchecked where no predecessor can be dead. */
static inline __attribute__((always_inline)) int vit_back(const float *trans, const float *p, int t, float NEG,
                                                          bool checked) {
    float best = NEG;
    int arg = 0;
    if (t == 0 || ner_tag_pos(t) == NER_B || ner_tag_pos(t) == NER_U) {
        /* unrolled (constant offsets): one step per token of the path */
#define BACK_STEP(a)                                                                           \
    if ((!checked || p[CPOS[a]] > NEG) && p[CPOS[a]] + trans[CLOSED[a] * NER_NTAGS + t] > best) {     \
        best = p[CPOS[a]] + trans[CLOSED[a] * NER_NTAGS + t];                                  \
        arg = CLOSED[a];                                                                       \
    }
        BACK_STEP(0)
        BACK_STEP(1)
        BACK_STEP(2)
        BACK_STEP(3)
        BACK_STEP(4)
        BACK_STEP(5)
        BACK_STEP(6)
        BACK_STEP(7)
        BACK_STEP(8)
#undef BACK_STEP
        return arg;
    }
    int k = ner_tag_type(t), tb = 1 + 4 * k, ti = tb + 1; /* B-k and I-k */
    float pb = p[4 + k], pi = p[8 + k];                  /* at VPOS[tb], VPOS[ti] */
    float vb = pb + trans[tb * NER_NTAGS + t], vi = pi + trans[ti * NER_NTAGS + t];
    if ((!checked || pb > NEG) && vb > NEG) {
        best = vb;
        arg = tb;
    }
    if ((!checked || pi > NEG) && vi > best)
        arg = ti;
    return arg;
}

/* One forward step of Viterbi: the scores cur of a position from those of the one before,
 * prev, and its emissions em. `checked`: some tags before may be dead (at NEG), and are
 * skipped. Unchecked is for a position whose predecessors all live, which every position
 * from the third on is when the transitions are bounded (vit_tables.bounded): O and U-k can
 * follow any closed tag, L-k any B-k, I-k at position 1 on; the masks and tests that skip the
 * dead are then always true and left out. Inlined into both versions. */
static inline __attribute__((always_inline)) void vit_step(const vit_tables *vt, const float *prev, const float *em,
                                                           float *cur, bool checked, float *best_in) {
    const float NEG = VIT_NEG;
    const v4f negv = {NEG, NEG, NEG, NEG};
    const v4f(*tc)[3] = vt->tc;
    const v4f *t_b = vt->t_b, *t_i = vt->t_i;
    /* the whole row of emissions first: cur may be em (see vit_run) */
    v4f e0, e1, ei, el;
    memcpy(&e0, em, sizeof e0);
    memcpy(&e1, em + 4, sizeof e1);
    memcpy(&ei, em + 8, sizeof ei);
    memcpy(&el, em + 12, sizeof el);
    float e16 = em[16];
    /* GCC/Clang vector extensions: the compiler does not vectorise this at -O2 by itself.
     * Lane-wise the same float additions and the same maxima as the scalar loop over
     * predecessor lists. */
    v4f b0 = negv, b1 = negv, b2 = negv;
    if (!checked) {
        /* Every predecessor lives: the maximum of the nine sums as a tree of depth four
         * rather than a chain of nine, since each position waits for the one before and
         * the chain was most of a step's latency. The same maximum (max is associative and
         * commutative on these finite scores; vmax on equal values differs at most in the
         * sign of a zero, which nothing after tells apart). */
        v4f s[9][3];
        for (int a = 0; a < 9; a++) {
            float p = prev[CPOS[a]];
            v4f pv = {p, p, p, p};
            for (int j = 0; j < 3; j++)
                s[a][j] = pv + tc[a][j];
        }
        v4f m[3];
        for (int j = 0; j < 3; j++)
            m[j] = vmax(vmax(vmax(s[0][j], s[1][j]), vmax(s[2][j], s[3][j])),
                        vmax(vmax(vmax(s[4][j], s[5][j]), vmax(s[6][j], s[7][j])), s[8][j]));
        b0 = m[0];
        b1 = m[1];
        b2 = m[2];
        if (best_in) {
            memcpy(best_in, &b0, sizeof b0);
            memcpy(best_in + 4, &b1, sizeof b1);
            memcpy(best_in + 8, &b2, sizeof b2);
        }
    } else {
        /* Unrolled: constant offsets, no loop counter (this loop was half of tagging's
         * Viterbi). A dead predecessor (at NEG: an L-k at the sentence start) is skipped as
         * the backtrace skips it. */
#define CLOSED_STEP(a)                                                                         \
    if (prev[CPOS[a]] > NEG) {                                                                 \
        float p = prev[CPOS[a]];                                                               \
        v4f pv = {p, p, p, p};                                                                 \
        b0 = vmax(b0, pv + tc[a][0]);                                                          \
        b1 = vmax(b1, pv + tc[a][1]);                                                          \
        b2 = vmax(b2, pv + tc[a][2]);                                                          \
    }
        CLOSED_STEP(0)
        CLOSED_STEP(1)
        CLOSED_STEP(2)
        CLOSED_STEP(3)
        CLOSED_STEP(4)
        CLOSED_STEP(5)
        CLOSED_STEP(6)
        CLOSED_STEP(7)
        CLOSED_STEP(8)
#undef CLOSED_STEP
    }
    /* I-k and L-k from B-k, then I-k: one lane per type k. */
    v4f pb, pi;
    memcpy(&pb, prev + 4, sizeof pb);
    memcpy(&pi, prev + 8, sizeof pi);
    v4f out[2];
    for (int x = 0; x < 2; x++) { /* x = 0: I-k (tag 2 + 4k), x = 1: L-k (3 + 4k) */
        v4f e = x ? el : ei;
        if (!checked) {
            /* from I-k where strictly better, as below */
            v4f bst = vmax(pi + t_i[x], pb + t_b[x]);
            out[x] = bst + e;
            continue;
        }
        v4i pb_ok = pb > negv, pi_ok = pi > negv;
        v4f v = pb + t_b[x];
        v4i m = pb_ok & (v > negv);
        v4f bst = (v4f)(((v4i)v & m) | ((v4i)negv & ~m));
        v = pi + t_i[x];
        m = pi_ok & (v > bst);
        bst = (v4f)(((v4i)v & m) | ((v4i)bst & ~m));
        v4i live = bst > negv;
        out[x] = (v4f)(((v4i)(bst + e) & live) | ((v4i)negv & ~live));
    }
    /* The opening tags: their best predecessor's score plus the emission, or dead (NEG) when
     * no predecessor lives (checked); the same value and test lane by lane as one at a time. */
    v4f o0 = b0 + e0, o1 = b1 + e1;
    float o16 = b2[0] + e16;
    if (checked) {
        v4i d0 = b0 <= negv, d1 = b1 <= negv;
        o0 = (v4f)(((v4i)negv & d0) | ((v4i)o0 & ~d0));
        o1 = (v4f)(((v4i)negv & d1) | ((v4i)o1 & ~d1));
        o16 = b2[0] <= NEG ? NEG : o16;
    }
    memcpy(cur, &o0, sizeof o0);
    memcpy(cur + 4, &o1, sizeof o1);
    memcpy(cur + 8, &out[0], sizeof out[0]);
    memcpy(cur + 12, &out[1], sizeof out[1]);
    cur[16] = o16;
}

/* The best predecessor of an opening tag t (O, B-k, U-k) at an unchecked position whose
 * predecessors scored p, given the best sum into t that the forward step found (best: its
 * maximum over the nine closed predecessors of p[a] + trans[a -> t], the same float sums):
 * the first predecessor whose sum equals it is the one vit_back finds (the first best), in
 * one or two comparisons for most tokens (O after O) instead of nine. */
static inline int vit_back_known(const float *trans, const float *p, int t, float best) {
    for (int a = 0; a < 9; a++)
        if (p[CPOS[a]] + trans[CLOSED[a] * NER_NTAGS + t] == best)
            return CLOSED[a];
    return vit_back(trans, p, t, VIT_NEG, false); /* not reached: best is one of the sums */
}

/* Viterbi keeps only each tag's best score at each position, in score (n * NER_NTAGS floats;
 * may be emit itself, each row of emit being read before its row of score is written), and
 * finds the best predecessor of the one tag the path takes at each position on the way back
 * (vit_back). Keeping every tag's argument as well cost a vector blend of arguments per
 * predecessor and target: the same path, at less than half the instructions.
 * bounded_emit: the emissions are a model's scaled integer sums, within the bound of
 * vit_tables.bounded (the taggers'); ner_viterbi's caller may pass anything.
 * best_in (n * VIT_BEST floats, or NULL): room for each unchecked position's best sums into
 * the opening tags (vit_step), so that the way back finds their predecessors by comparing
 * with them (vit_back_known) instead of taking the maximum again.
 * start: the transitions into the first position (vt->start, or vt->after_o after a word
 * tagged O); end: NULL, or the transitions out of the last position into a word tagged O
 * (vt->before_o). */
#define VIT_BEST 12
static void vit_run(const vit_tables *vt, const float *trans, const float *emit, size_t n, float *score,
                    uint8_t *tags, bool bounded_emit, float *best_in, const float *start, const float *end) {
    if (n == 0)
        return;
    const float NEG = VIT_NEG;
    for (int t = 0; t < NER_NTAGS; t++)
        score[VPOS[t]] = vt->start_ok[t] ? emit[VPOS[t]] + start[t] : NEG;
    bool unchecked = vt->bounded && bounded_emit; /* from the third position on */
    for (size_t i = 1; i < n; i++) {
        const float *prev = score + (i - 1) * NER_NTAGS;
        if (i >= 2 && unchecked)
            vit_step(vt, prev, emit + i * NER_NTAGS, score + i * NER_NTAGS, false,
                     best_in ? best_in + i * VIT_BEST : NULL);
        else
            vit_step(vt, prev, emit + i * NER_NTAGS, score + i * NER_NTAGS, true, NULL);
    }
    const float *last = score + (n - 1) * NER_NTAGS;
    float best = NEG;
    int arg = 0;
    for (int t = 0; t < NER_NTAGS; t++) {
        if (!ner_tag_final(t))
            continue;
        float s = end ? last[VPOS[t]] + end[t] : last[VPOS[t]];
        if (s > best) {
            best = s;
            arg = t;
        }
    }
    for (size_t i = n; i-- > 0;) {
        tags[i] = (uint8_t)arg;
        if (!i)
            break;
        const float *p = score + (i - 1) * NER_NTAGS;
        if (i >= 2 && unchecked) {
            bool opening = arg == 0 || ner_tag_pos(arg) == NER_B || ner_tag_pos(arg) == NER_U;
            /* the opening tags' lanes in best_in: VPOS for the first eight, then U-MISC */
            size_t lane = arg == 16 ? 8 : VPOS[arg];
            arg = best_in && opening ? vit_back_known(trans, p, arg, best_in[i * VIT_BEST + lane])
                                     : vit_back(trans, p, arg, NEG, false);
        } else {
            arg = vit_back(trans, p, arg, NEG, true);
        }
    }
}

/* Adds the weights of features f[0..nf) to acc. The slots are prefetched first, then the
 * side lists of the features found, so that cache misses overlap instead of following one
 * another (the table is a few MB, at the edge of L2). */
static void add_weights(const ner_model *nm, const uint64_t *f, size_t nf, int32_t *acc) {
    const struct slot *big[NER_MAX_FEATS + NER_MAX_FEATS2];
    size_t nb = 0;
    for (size_t k = 0; k < nf; k++)
        __builtin_prefetch(&nm->slots[slot_of(f[k], nm->mask)]);
    for (size_t k = 0; k < nf; k++) {
        uint64_t key = f[k];
        size_t s = slot_of(key, nm->mask);
        while (nm->slots[s].key && nm->slots[s].key != key)
            s = (s + 1) & nm->mask;
        const struct slot *sl = &nm->slots[s];
        if (!sl->key)
            continue;
        if (sl->n > SLOT_INLINE) {
            __builtin_prefetch(nm->more + (size_t)sl->u.at * 16);
            big[nb++] = sl;
            continue;
        }
        for (unsigned j = 0; j < sl->n; j++)
            acc[sl->h.tag[j]] += sl->u.w[j];
    }
    for (size_t k = 0; k < nb; k++) {
        const int16_t *row = nm->more + (size_t)big[k]->u.at * 16;
        for (int t = 0; t < 16; t++)
            acc[t] += row[t];
        acc[16] += big[k]->h.w16;
    }
}

/* Tags one sentence; with tags1/hist (the second stage) the stacked features are added. */
static void tag_sentence(const ner_model *nm, const ner_word *w, size_t n, const uint8_t *tags1,
                         const uint8_t *hist, float *emit, uint8_t *tags) {
    uint64_t f[NER_MAX_FEATS + NER_MAX_FEATS2];
    for (size_t i = 0; i < n; i++) {
        int32_t acc[NER_NTAGS] = {0};
        size_t nf = tags1 ? ner_features_core(w, n, i, f) : ner_features(w, n, i, f);
        if (tags1)
            nf += ner_features_stacked(w, n, i, tags1, hist, f + nf);
        add_weights(nm, f, nf, acc);
        for (int t = 0; t < NER_NTAGS; t++)
            emit[i * NER_NTAGS + VPOS[t]] = (float)acc[t] * nm->scale;
    }
    vit_run(&nm->vt, nm->trans, emit, n, emit, tags, nm->bounded_emit, NULL, nm->vt.start, NULL);
}

/* ---- the first stage over a whole document -------------------------------------------------
 * Most of a token's features depend on one word only (ner_features_self_*, and what the word
 * brings as a neighbour: ner_features_neighbour_*), and news repeats its words: so those
 * weights are summed once per distinct word form of the document (surface bytes, gazetteer
 * bits, document and sentence flags), the string-independent part once per class of forms
 * (shape, length, flags, gazetteer bits), and each token adds the five vectors of itself and
 * its neighbours plus the six conjunctions of ner_features_pairs. Of a class, only the
 * features that mix in its shape are looked up: the others (bias, flags, length, gazetteer
 * codes: ner_feature_small) come from tables the model makes at load time. Integer sums: the
 * scores are exactly those of ner_features. A CNN/DailyMail article of 640 tokens has about
 * 290 forms and 75 classes, and needs about a third of the 30k table lookups of feature-by-
 * feature scoring.
 * What the lookups cost is cache misses (the table does not stay in cache between documents
 * on a busy machine), so they are not done feature by feature but in batches of BATCH, with
 * the slot of the lookup DIST places ahead prefetched: a dozen misses are then in flight at
 * once instead of the two or three of one token's features. */

#define BATCH 1024
/* Prefetch distance: enough misses in flight to cover the memory latency (about 16 line
 * fill buffers per core); 16 and 32, and BATCH 4096, measured within noise of each other on
 * the CNN/DailyMail dev articles. */
#define DIST 16
/* Tokens whose conjunctions are queued as one run of lookups (tag_document_stage1): about
 * twenty sentences of news; their token vectors, 80 bytes each, stay in L2. 512 and 2048
 * measured alike (512 a little ahead), both ahead of a batch per sentence. */
#define PAIR_CHUNK 512

typedef struct lookup_batch {
    uint64_t key[BATCH];
    uint32_t dst[BATCH]; /* vector receiving the weights: vec + dst * VSTRIDE */
    size_t n;
} lookup_batch;

/* acc[0..16) += v[0..16). Each int16 is widened by pairing it with itself and shifting the
 * 32-bit lane right by 16 (arithmetic): two SSE2 instructions per four weights, where
 * __builtin_convertvector from 16 to 32 bits compiled to about ten without SSE4.1. The same
 * integers either way. */
static inline void add_lanes_from(int32_t *acc, const int32_t *src, const int16_t *v) {
    for (int q = 0; q < 16; q += 8) {
        v8h_u x;
        v4i_u d0, d1;
        memcpy(&x, v + q, sizeof x);
        memcpy(&d0, src + q, sizeof d0);
        memcpy(&d1, src + q + 4, sizeof d1);
        v8h_u lo = __builtin_shufflevector(x, x, 0, 0, 1, 1, 2, 2, 3, 3);
        v8h_u hi = __builtin_shufflevector(x, x, 4, 4, 5, 5, 6, 6, 7, 7);
        d0 += (v4i_u)lo >> 16;
        d1 += (v4i_u)hi >> 16;
        memcpy(acc + q, &d0, sizeof d0);
        memcpy(acc + q + 4, &d1, sizeof d1);
    }
}
static inline void add_lanes(int32_t *acc, const int16_t *v) { add_lanes_from(acc, acc, v); }

/* acc[0..17) += the weights of a feature with a row. */
static inline void row_add(int32_t *acc, const struct slot *sl, const int16_t *more) {
    add_lanes(acc, more + (size_t)sl->u.at * 16);
    acc[16] += sl->h.w16;
}

/* dst = src + v (v's NER_NTAGS weights; the padding lanes copied): a form's vector from its
 * class's and its cached sums in one pass. */
static inline void add16_from(int32_t *dst, const int32_t *src, const int16_t *v) {
    add_lanes_from(dst, src, v);
    for (int t = 16; t < VSTRIDE; t++)
        dst[t] = src[t] + (t < NER_NTAGS ? v[t] : 0);
}

static void batch_flush(const ner_model *nm, lookup_batch *b, int32_t *vec) {
    const struct slot *big[BATCH];
    uint32_t big_dst[BATCH];
    size_t nb = 0, n = b->n;
    for (size_t k = 0; k < n && k < DIST; k++)
        __builtin_prefetch(&nm->slots[slot_of(b->key[k], nm->mask)]);
    for (size_t k = 0; k < n; k++) {
        if (k + DIST < n)
            __builtin_prefetch(&nm->slots[slot_of(b->key[k + DIST], nm->mask)]);
        uint64_t key = b->key[k];
        size_t s = slot_of(key, nm->mask);
        while (nm->slots[s].key && nm->slots[s].key != key)
            s = (s + 1) & nm->mask;
        const struct slot *sl = &nm->slots[s];
        if (!sl->key)
            continue;
        if (sl->n > SLOT_INLINE) {
            __builtin_prefetch(nm->more + (size_t)sl->u.at * 16);
            big[nb] = sl;
            big_dst[nb++] = b->dst[k];
            continue;
        }
        /* both inline pairs, without a loop on n: an unused one is tag 0 with weight 0 (the
         * table is zeroed before it is filled) */
        int32_t *acc = vec + (size_t)b->dst[k] * VSTRIDE;
        acc[sl->h.tag[0]] += sl->u.w[0];
        acc[sl->h.tag[1]] += sl->u.w[1];
    }
    for (size_t k = 0; k < nb; k++) {
        row_add(vec + (size_t)big_dst[k] * VSTRIDE, big[k], nm->more);
    }
    b->n = 0;
}

/* Queues the features f[0..nf) for vector dst, flushing first when they do not fit. A key
 * the filter rules out is dropped here (no false negatives: nothing found is lost), written
 * but not counted, so that queueing has no branch on it. */
static inline void batch_add(const ner_model *nm, lookup_batch *b, int32_t *vec, const uint64_t *f, size_t nf,
                             uint32_t dst) {
    if (b->n + nf > BATCH)
        batch_flush(nm, b, vec);
    size_t n = b->n;
    for (size_t k = 0; k < nf; k++) {
        b->key[n] = f[k];
        b->dst[n] = dst;
        n += bloom_maybe(nm->bloom, f[k]);
    }
    b->n = n;
}

/* The features of a form missing from the form cache, its own then each neighbour role's
 * (n[0], n[1 + role] of them), for the vectors from v0 on. */
typedef struct form_keys {
    uint64_t k[NER_MAX_FEATS_SELF + NER_NB_ROLES * NER_MAX_FEATS_NB];
    uint8_t n[1 + NER_NB_ROLES];
    uint32_t v0;
} form_keys;

static inline void form_keys_add(const ner_model *nm, lookup_batch *b, int32_t *vec, const form_keys *fk) {
    batch_add(nm, b, vec, fk->k, fk->n[0], fk->v0 + VEC_SELF);
    for (int r = 0, o = fk->n[0]; r < NER_NB_ROLES; o += fk->n[1 + r], r++)
        batch_add(nm, b, vec, fk->k + o, fk->n[1 + r], fk->v0 + (uint32_t)r);
}

static uint64_t form_key(const ner_word *w) {
    uint64_t k = w->h_w ^ ((uint64_t)w->gaz * 0x9E3779B97F4A7C15ull) ^
                 ((uint64_t)(w->doc | (unsigned)w->sent_start << 8 | (unsigned)w->all_caps_sentence << 9) << 40);
    k ^= k >> 31;
    k *= 0xBF58476D1CE4E5B9ull;
    return k ^ (k >> 29);
}

static bool same_form(const ner_word *a, const ner_word *b) {
    return a->len == b->len && a->gaz == b->gaz && a->doc == b->doc && a->sent_start == b->sent_start &&
           a->all_caps_sentence == b->all_caps_sentence &&
           (a->w == b->w || strmap_same_key(a->w, b->w, a->len)); /* one surface shares its bytes */
}

/* The class of a form (ner_features_self_class, ner_features_neighbour_class): the features
 * see its shape only through h_shape. */
static uint64_t class_key(const ner_word *w) {
    uint64_t k = w->h_shape ^ ((uint64_t)w->gaz * 0x9E3779B97F4A7C15ull) ^
                 ((uint64_t)(w->doc | (unsigned)w->sent_start << 8 | (w->len > 12 ? 12u : w->len) << 9) << 40);
    k ^= k >> 31;
    k *= 0xBF58476D1CE4E5B9ull;
    return k ^ (k >> 29);
}

static bool same_class(const ner_word *a, const ner_word *b) {
    return a->h_shape == b->h_shape && a->gaz == b->gaz && a->doc == b->doc && a->sent_start == b->sent_start &&
           (a->len > 12 ? 12 : a->len) == (b->len > 12 ? 12 : b->len);
}


/* dst = the sum of the vectors a, b and c (all VSTRIDE lanes). */
static inline void vsum3(int32_t *dst, const int32_t *a, const int32_t *b, const int32_t *c) {
    for (int q = 0; q < VSTRIDE; q += 4) {
        v4i_u x, y, z;
        memcpy(&x, a + q, sizeof x);
        memcpy(&y, b + q, sizeof y);
        memcpy(&z, c + q, sizeof z);
        x += y + z;
        memcpy(dst + q, &x, sizeof x);
    }
}

/* dst += a (all VSTRIDE lanes). */
static inline void vadd(int32_t *dst, const int32_t *a) {
    for (int q = 0; q < VSTRIDE; q += 4) {
        v4i_u x, y;
        memcpy(&x, dst + q, sizeof x);
        memcpy(&y, a + q, sizeof y);
        x += y;
        memcpy(dst + q, &x, sizeof x);
    }
}

/* Writes the five vectors of a class of forms (v: its VECS_PER_FORM vectors) with the
 * weights of its small features (ner_feature_small: bias, document flags, length, gazetteer
 * codes), from the model's tables: what is left of the class, its shape's features, is then
 * looked up. The same integers as looking them all up, and no zeroing of the vectors first. */
static void class_small_sums(const ner_model *nm, const ner_word *x, int32_t *v) {
    int32_t *self = v + (size_t)VEC_SELF * VSTRIDE;
    vsum3(self, nm->small[NER_SMALL_BIAS][0], nm->small[NER_SMALL_DOC][x->doc],
          nm->small[NER_SMALL_LEN][x->len > 12 ? 12 : x->len]);
    memset(v, 0, (size_t)NER_NB_ROLES * VSTRIDE * sizeof *v);
    for (unsigned c = 0; c < GZ_NCLASSES; c++) {
        unsigned code = c * 4 + ((x->gaz >> (2 * c)) & 3u);
        if (code == c * 4)
            continue;
        vadd(self, nm->small[NER_SMALL_GAZ][code]);
        vadd(v + (size_t)NER_NB_M1 * VSTRIDE, nm->small[NER_SMALL_GAZM1][code]);
        vadd(v + (size_t)NER_NB_P1 * VSTRIDE, nm->small[NER_SMALL_GAZP1][code]);
    }
}

/* Longest run of words tagged as one sentence. Real sentences are far shorter; text with no
 * sentence ends (megabytes of words on one line) is tagged in windows of this length, so the
 * buffers sized by the longest sentence stay small whatever the input. */
#define NER_MAX_RUN 1024

/* End of the run that starts at i: the end of its sentence, or NER_MAX_RUN words on. */
static size_t run_end(const int32_t *sent, size_t n, size_t i) {
    size_t limit = n - i > NER_MAX_RUN ? i + NER_MAX_RUN : n;
    size_t j = i + 1;
    while (j < limit && sent[j] == sent[i])
        j++;
    return j;
}

/* dst = a + b + c + d + e, whole vectors (in registers, without zeroing dst first) */
static inline void vsum5(int32_t *dst, const int32_t *a, const int32_t *b, const int32_t *c, const int32_t *d,
                         const int32_t *e) {
    for (int q = 0; q < VSTRIDE; q += 4) {
        v4i_u a1, a2, a3, a4, a5;
        memcpy(&a1, a + q, sizeof a1);
        memcpy(&a2, b + q, sizeof a2);
        memcpy(&a3, c + q, sizeof a3);
        memcpy(&a4, d + q, sizeof a4);
        memcpy(&a5, e + q, sizeof a5);
        v4i_u sum = a1 + a2 + a3 + a4 + a5;
        memcpy(dst + q, &sum, sizeof sum);
    }
}

/* One token's scores from its integer sums vp: converted and scaled four tags at a time (the
 * same int-to-float rounding and float product as one tag at a time), and the first four
 * quads transposed into Viterbi's order (VPOS). */
static inline void emit_row(const int32_t *vp, float *er, v4f scalev, float scale) {
    v4f q[4];
    for (int k = 0; k < 4; k++) {
        v4i_u a0;
        memcpy(&a0, vp + 4 * k, sizeof a0);
        q[k] = __builtin_convertvector(a0, v4f) * scalev;
    }
    v4f lo01 = __builtin_shufflevector(q[0], q[1], 0, 4, 1, 5);
    v4f hi01 = __builtin_shufflevector(q[0], q[1], 2, 6, 3, 7);
    v4f lo23 = __builtin_shufflevector(q[2], q[3], 0, 4, 1, 5);
    v4f hi23 = __builtin_shufflevector(q[2], q[3], 2, 6, 3, 7);
    v4f t0 = __builtin_shufflevector(lo01, lo23, 0, 1, 4, 5);
    v4f t1 = __builtin_shufflevector(lo01, lo23, 2, 3, 6, 7);
    v4f t2 = __builtin_shufflevector(hi01, hi23, 0, 1, 4, 5);
    v4f t3 = __builtin_shufflevector(hi01, hi23, 2, 3, 6, 7);
    memcpy(er, &t0, sizeof t0);
    memcpy(er + 4, &t1, sizeof t1);
    memcpy(er + 8, &t2, sizeof t2);
    memcpy(er + 12, &t3, sizeof t3);
    er[16] = (float)vp[16] * scale;
}

/* A word that takes no part in a name where its neighbours are such words too: an ASCII
 * lower-case word or a mark of punctuation, in no gazetteer phrase, never capitalised in the
 * document (its only document flag may be NERD_LOWER_ELSEWHERE). A word of another script has
 * no case to tell, and is never plain. */
static inline bool word_plain(const ner_word *x) {
    if (x->gaz || (x->doc & ~(unsigned)NERD_LOWER_ELSEWHERE) || x->shape_len != 1)
        return false;
    switch (x->shape[0]) {
    case 'x':
        return x->w[0] >= 'a' && x->w[0] <= 'z';
    case ',': case '.': case ';': case ':': case '\'': case '"': case '-': case '(': case ')': case '?': case '!':
        return true;
    default:
        return false;
    }
}

/* Marks the words the first stage tags O without scoring them: plain words (word_plain)
 * between plain words or their run's edges. Of the 1.6 million words of the shared sets
 * (news, quotes, five Ws, CoNLL-2003 testa through `precis bench --task ner`), 34-46% are
 * such words and the whole-sentence tagger tagged none of them other than O: as the path it
 * finds with them fixed at O is then the same (a best path that is allowed stays the best
 * of fewer), leaving them out changes no tag, and saves their lookups and sums (a fifth of
 * the first stage's instructions on news). Plain alone is not enough: a lower-case word
 * beside a name may be in it ("Bank of England"). */
static void mark_quiet(const ner_word *w, const uint32_t *rend, size_t nruns, uint8_t *quiet) {
    for (size_t r = 0, i0 = 0; r < nruns; r++) {
        size_t j = rend[r];
        for (size_t i = i0; i < j; i++)
            quiet[i] = word_plain(&w[i]);
        bool before = true; /* the word before i is plain, or i opens the run */
        for (size_t i = i0; i < j; i++) {
            bool here = quiet[i];
            quiet[i] = here && before && (i + 1 == j || quiet[i + 1]);
            before = here;
        }
        i0 = j;
    }
}

#define NO_FORM UINT32_MAX

/* Sets read[i] for the words within two of a word scored (not quiet) in its run, and returns
 * read (NULL when it is). */
static uint8_t *form_readers(const uint8_t *quiet, const uint32_t *rend, size_t nruns, uint8_t *read) {
    if (!read)
        return NULL;
    for (size_t r = 0, i0 = 0; r < nruns; r++) {
        size_t j = rend[r];
        size_t last = 0; /* one past the last scored word seen, plus two (0: none yet) */
        for (size_t i = i0; i < j; i++) {
            if (!quiet[i])
                last = i + 3;
            read[i] = i < last;
        }
        /* and the two words before each scored word */
        size_t next = SIZE_MAX; /* the next scored word at or after i */
        for (size_t i = j; i-- > i0;) {
            if (!quiet[i])
                next = i;
            if (next != SIZE_MAX && next - i <= 2)
                read[i] = 1;
        }
        i0 = j;
    }
    return read;
}

/* First stage, whole document. Words marked by mark_quiet are tagged O; each stretch of the
 * others goes through Viterbi with the transitions from and into those O. */
static bool tag_document_stage1(const ner_model *nm, const ner_word *w, const uint32_t *rend, size_t nruns,
                                size_t longest, size_t n, arena *a, float *emit, uint8_t *tags) {
    /* the forms' table, sized for half as many forms as words (news has fewer: about 290 in
     * the 640 words of a CNN/DailyMail article), doubled when they pass that */
    size_t cap = 16;
    while (cap < n)
        cap *= 2;
    int32_t *table = arena_alloc(a, cap * sizeof *table);
    uint32_t *form = arena_alloc(a, (n ? n : 1) * sizeof *form);
    uint32_t *rep = arena_alloc(a, (n ? n : 1) * sizeof *rep);
    lookup_batch *b = arena_alloc(a, sizeof *b);
    uint8_t *quiet = arena_alloc(a, n ? n : 1);
    if (!table || !form || !rep || !b || !quiet)
        return false;
    mark_quiet(w, rend, nruns, quiet);
    /* A word's form is read by the words scored within two of it (their sums of five
     * vectors, their conjunctions): the others have none (NO_FORM), and a form that only
     * such words have is neither looked up nor summed. */
    uint8_t *read = form_readers(quiet, rend, nruns, arena_alloc(a, n ? n : 1));
    if (!read)
        return false;
    memset(table, 0xFF, cap * sizeof *table);
    uint32_t nforms = 0;
    for (size_t i = 0; i < n; i++) {
        if (!read[i]) {
            form[i] = NO_FORM;
            continue;
        }
        size_t s = (size_t)form_key(&w[i]) & (cap - 1);
        while (table[s] >= 0 && !same_form(&w[rep[table[s]]], &w[i]))
            s = (s + 1) & (cap - 1);
        int32_t f = table[s];
        if (f < 0) {
            f = (int32_t)nforms;
            table[s] = f;
            rep[nforms++] = (uint32_t)i;
            if (2 * (size_t)nforms > cap) {
                cap *= 2;
                table = arena_alloc(a, cap * sizeof *table);
                if (!table)
                    return false;
                memset(table, 0xFF, cap * sizeof *table);
                for (uint32_t k = 0; k < nforms; k++) {
                    size_t q = (size_t)form_key(&w[rep[k]]) & (cap - 1);
                    while (table[q] >= 0)
                        q = (q + 1) & (cap - 1);
                    table[q] = (int32_t)k;
                }
            }
        }
        form[i] = (uint32_t)f;
    }
    /* Classes of forms: the part of the features that does not depend on the string. */
    size_t ccap = 16;
    while (ccap < 2 * (size_t)nforms)
        ccap *= 2;
    int32_t *ctable = arena_alloc(a, ccap * sizeof *ctable);
    uint32_t *cls = arena_alloc(a, (nforms ? nforms : 1) * sizeof *cls);
    uint32_t *crep = arena_alloc(a, (nforms ? nforms : 1) * sizeof *crep);
    if (!ctable || !cls || !crep)
        return false;
    memset(ctable, 0xFF, ccap * sizeof *ctable);
    uint32_t nclass = 0;
    for (uint32_t k = 0; k < nforms; k++) {
        const ner_word *x = &w[rep[k]];
        size_t s = (size_t)class_key(x) & (ccap - 1);
        while (ctable[s] >= 0 && !same_class(&w[crep[ctable[s]]], x))
            s = (s + 1) & (ccap - 1);
        if (ctable[s] < 0) {
            ctable[s] = (int32_t)nclass;
            crep[nclass++] = rep[k];
        }
        cls[k] = (uint32_t)ctable[s];
    }
    /* vec: the classes' vectors, then the forms', then one per token of the chunk of
     * sentences being tagged (reused from chunk to chunk, so that it stays in cache) */
    size_t chunk_cap = longest > PAIR_CHUNK ? longest : PAIR_CHUNK;
    if (chunk_cap > n)
        chunk_cap = n ? n : 1;
    /* the beginnings of the conjunctions' hashes, once per form (ner_pair_halves) */
    uint64_t(*halves)[NER_PAIR_HALVES] = arena_alloc(a, ((size_t)nforms + 1) * sizeof *halves);
    if (!halves)
        return false;
    /* the halves that see the shape once per class (ner_pair_halves_shape), the others once
     * per form */
    uint64_t(*chalves)[NER_PAIR_HALVES] = arena_alloc(a, ((size_t)nclass + 1) * sizeof *chalves);
    if (!chalves)
        return false;
    for (uint32_t k = 0; k < nclass; k++)
        ner_pair_halves_shape(w[crep[k]].h_shape, chalves[k]);
    for (uint32_t k = 0; k < nforms; k++) {
        ner_pair_halves_lw(w[rep[k]].h_lw, halves[k]);
        halves[k][1] = chalves[cls[k]][1];
        halves[k][5] = chalves[cls[k]][5];
    }
    ner_pair_halves(NULL, halves[nforms]); /* the sentence start */
    const v4f scalev = {nm->scale, nm->scale, nm->scale, nm->scale};
    size_t form0 = (size_t)nclass * VECS_PER_FORM;
    size_t pair0 = form0 + (size_t)nforms * VECS_PER_FORM;
    int32_t *vec = arena_alloc(a, (pair0 + chunk_cap) * VSTRIDE * sizeof *vec);
    uint64_t *pkeys = arena_alloc(a, longest * NER_PAIR_FEATS * sizeof *pkeys);
    float *best_in = arena_alloc(a, longest * VIT_BEST * sizeof *best_in);
    if (!vec || !pkeys || !best_in)
        return false;
    b->n = 0;
    uint64_t f[NER_MAX_FEATS_SELF];
    for (uint32_t k = 0; k < nclass; k++) {
        const ner_word *x = &w[crep[k]];
        uint32_t v0 = k * VECS_PER_FORM;
        int32_t *cv = vec + (size_t)v0 * VSTRIDE;
        class_small_sums(nm, x, cv);
        const int32_t(*sv)[VSTRIDE] = x->sent_start <= 1 ? shape_find(nm, x->h_shape) : NULL;
        if (sv) {
            /* a frequent shape: its weights from the table, but for the one feature of all
             * the flags with the sentence start (ner_features_self_shape's parts) */
            int32_t *self = cv + (size_t)VEC_SELF * VSTRIDE;
            vadd(self, sv[SV_SELF]);
            vadd(self, sv[SV_START + x->sent_start]);
            for (unsigned m = x->doc & 63u; m; m &= m - 1)
                vadd(self, sv[SV_DOCBIT + __builtin_ctz(m)]);
            for (int r = 0; r < NER_NB_ROLES; r++)
                vadd(cv + (size_t)r * VSTRIDE, sv[SV_NB + r]);
            f[0] = ner_feature_doc_start(x->doc, x->sent_start, x->h_shape);
            batch_add(nm, b, vec, f, 1, v0 + VEC_SELF);
            continue;
        }
        batch_add(nm, b, vec, f, ner_features_self_shape(x, f), v0 + VEC_SELF);
        for (int r = 0; r < NER_NB_ROLES; r++)
            batch_add(nm, b, vec, f, ner_features_neighbour_shape(x, r, f), v0 + (uint32_t)r);
    }
    /* The classes first: a form's vectors start as its class's (plus its cached sums). */
    batch_flush(nm, b, vec);
    /* The forms' cache lookups in two passes, so that their misses (the slot, the entry: each
     * a random place in a few MB) overlap instead of following one another: the slots DIST
     * forms ahead are prefetched and probed by tag, then, as each form is checked and summed,
     * the lines of the entry ENTRY_DIST forms ahead are prefetched (all at once, they were
     * more than the core keeps in flight). */
    uint32_t *cache_at = arena_alloc(a, ((size_t)nforms + 1) * sizeof *cache_at);
    uint32_t *cent = arena_alloc(a, ((size_t)nforms + ENTRY_DIST + 1) * sizeof *cent);
    if (!cache_at || !cent)
        return false;
    for (uint32_t k = 0; k < nforms && k < DIST; k++)
        if (form_cacheable(nm, &w[rep[k]]))
            __builtin_prefetch(&nm->cache_slots[slot_of(w[rep[k]].h_w, nm->cache_mask)]);
    for (uint32_t k = 0; k < nforms; k++) {
        if (k + DIST < nforms && form_cacheable(nm, &w[rep[k + DIST]]))
            __builtin_prefetch(&nm->cache_slots[slot_of(w[rep[k + DIST]].h_w, nm->cache_mask)]);
        const ner_word *x = &w[rep[k]];
        cent[k] = 0;
        if (!form_cacheable(nm, x))
            continue;
        size_t at = form_probe(nm, x, slot_of(x->h_w, nm->cache_mask));
        cache_at[k] = (uint32_t)at;
        uint32_t e = cache_slot_entry(nm->cache_slots[at]);
        cent[k] = e <= nm->n_cache ? e : 0;
    }
    for (uint32_t k = nforms; k < nforms + ENTRY_DIST; k++)
        cent[k] = 0;
    for (uint32_t k = 0; k < nforms && k < ENTRY_DIST; k++)
        if (cent[k])
            entry_prefetch(&nm->cache[cent[k] - 1]);
    form_keys pending[2];
    size_t npending = 0;
    for (uint32_t k = 0; k < nforms; k++) {
        if (cent[k + ENTRY_DIST])
            entry_prefetch(&nm->cache[cent[k + ENTRY_DIST] - 1]);
        const ner_word *x = &w[rep[k]];
        uint32_t v0 = (uint32_t)form0 + k * VECS_PER_FORM;
        int32_t *fv = vec + (size_t)v0 * VSTRIDE;
        const int32_t *cv = vec + (size_t)cls[k] * VECS_PER_FORM * VSTRIDE;
        const form_entry *fe = form_cacheable(nm, x) ? form_cached_from(nm, x, cache_at[k]) : NULL;
        if (fe) {
            for (int r = 0; r < VECS_PER_FORM; r++)
                add16_from(fv + r * VSTRIDE, cv + r * VSTRIDE, fe->v[r]);
            continue;
        }
        memcpy(fv, cv, VECS_PER_FORM * VSTRIDE * sizeof *fv);
        /* this form's features made, their filter words prefetched, and the form before's
         * queued: its words have arrived by then (128 KB of filter: in L2, not L1) */
        form_keys *fk = &pending[npending & 1];
        fk->v0 = v0;
        fk->n[0] = (uint8_t)ner_features_self_word(x, fk->k);
        size_t o = fk->n[0];
        for (int r = 0; r < NER_NB_ROLES; r++) {
            fk->n[1 + r] = (uint8_t)ner_features_neighbour_word(x, r, fk->k + o);
            o += fk->n[1 + r];
        }
        for (size_t q = 0; q < o; q++)
            __builtin_prefetch(&nm->bloom[bloom_word(fk->k[q])]);
        if (npending++)
            form_keys_add(nm, b, vec, &pending[npending & 1]);
    }
    if (npending)
        form_keys_add(nm, b, vec, &pending[(npending - 1) & 1]);
    batch_flush(nm, b, vec);
    /* Sentences a chunk at a time (whole sentences, up to PAIR_CHUNK tokens): the
     * conjunctions of all its tokens are looked up in one batch, so that the prefetches run
     * ahead across sentence ends (a batch per sentence began each one with a full miss). */
    for (size_t r0 = 0, c0 = 0; r0 < nruns;) {
        size_t r1 = r0;
        while (r1 < nruns && !(r1 > r0 && rend[r1] - c0 > chunk_cap))
            r1++;
        for (size_t r = r0, i0 = c0; r < r1; r++) {
            size_t j = rend[r];
            size_t len = j - i0, at = i0 - c0;
            const uint32_t *fs = form + i0;
            /* Each token's vector starts as the sum of the five vectors of itself and its
             * neighbours (whole vectors, in registers), and its conjunctions are added to it:
             * the same integers as adding all six at the end, without zeroing it first. */
            /* the blocks of the five vectors of the tokens from i - 2 to i + 2, rolled along
             * the sentence; outside it, the model's edge vectors, which sit in the same
             * order as a form's four neighbour roles (VEC_SELF is never read there) */
#define FORM_BLOCK(k) ((k) < len && fs[k] != NO_FORM ? vec + (form0 + (size_t)fs[k] * VECS_PER_FORM) * VSTRIDE : edge)
            const int32_t *edge = &nm->edge[0][0];
            const int32_t *bm2 = edge, *bm1 = edge, *b0 = FORM_BLOCK(0), *bp1 = FORM_BLOCK(1),
                          *bp2 = FORM_BLOCK(2);
            const uint8_t *qs = quiet + i0;
            for (size_t i = 0; i < len; i++) {
                if (!qs[i])
                    vsum5(vec + (pair0 + at + i) * VSTRIDE, b0 + (size_t)VEC_SELF * VSTRIDE,
                          bm2 + (size_t)NER_NB_M2 * VSTRIDE, bm1 + (size_t)NER_NB_M1 * VSTRIDE,
                          bp1 + (size_t)NER_NB_P1 * VSTRIDE, bp2 + (size_t)NER_NB_P2 * VSTRIDE);
                bm2 = bm1;
                bm1 = b0;
                b0 = bp1;
                bp1 = bp2;
                bp2 = FORM_BLOCK(i + 3);
            }
#undef FORM_BLOCK
            /* the sentence's conjunctions first, their Bloom words prefetched (128 KB: in L2,
             * not L1), then queued past the filter */
            for (size_t i = 0; i < len; i++) {
                if (qs[i])
                    continue;
                uint64_t *pk = pkeys + i * NER_PAIR_FEATS;
                ner_features_pairs_from_halves(&w[i0 + i], i + 1 < len ? &w[i0 + i + 1] : NULL,
                                               halves[i ? fs[i - 1] : nforms], halves[fs[i]], pk);
                for (int q = 0; q < NER_PAIR_FEATS; q++)
                    __builtin_prefetch(&nm->bloom[bloom_word(pk[q])]);
            }
            for (size_t i = 0; i < len; i++)
                if (!qs[i])
                    batch_add(nm, b, vec, pkeys + i * NER_PAIR_FEATS, NER_PAIR_FEATS, (uint32_t)(pair0 + at + i));
            i0 = j;
        }
        batch_flush(nm, b, vec);
        for (size_t r = r0, i0 = c0; r < r1; r++) {
            size_t j = rend[r];
            size_t len = j - i0, at = i0 - c0;
            const uint8_t *qs = quiet + i0;
            /* each stretch of the words not left out, through Viterbi between its edges: the
             * run's, or a word tagged O */
            for (size_t s = 0, e; s < len; s = e) {
                e = s + 1;
                if (qs[s]) {
                    tags[i0 + s] = 0;
                    continue;
                }
                while (e < len && !qs[e])
                    e++;
                for (size_t i = s; i < e; i++)
                    emit_row(vec + (pair0 + at + i) * VSTRIDE, emit + (i - s) * NER_NTAGS, scalev, nm->scale);
                vit_run(&nm->vt, nm->trans, emit, e - s, emit, tags + i0 + s, nm->bounded_emit, best_in,
                        s ? nm->vt.after_o : nm->vt.start, e < len ? nm->vt.before_o : NULL);
            }
            i0 = j;
        }
        c0 = rend[r1 - 1];
        r0 = r1;
    }
    return true;
}

void ner_tag_words(const ner_model *nm, const ner_word *w, size_t n, float *emit, uint8_t *tags) {
    tag_sentence(nm, w, n, NULL, NULL, emit, tags);
}

bool ner_tag_document(const ner_model *nm, const ner_word *w, const int32_t *sent, size_t n, arena *a,
                      uint8_t *tags) {
    /* the runs' ends, once: the first stage walks them four times */
    uint32_t *rend = arena_alloc(a, (n ? n : 1) * sizeof *rend);
    if (!rend)
        return false;
    size_t longest = 1, nruns = 0;
    for (size_t i = 0; i < n;) {
        size_t j = run_end(sent, n, i);
        if (j - i > longest)
            longest = j - i;
        rend[nruns++] = (uint32_t)j;
        i = j;
    }
    /* padded: the first stage writes scores four at a time (tag_document_stage1) */
    float *emit = arena_alloc(a, (longest * NER_NTAGS + VSTRIDE) * sizeof *emit);
    uint8_t *tags1 = nm->stage2 ? arena_alloc(a, n + 1) : tags;
    uint8_t *hist = nm->stage2 ? arena_alloc(a, n + 1) : NULL;
    if (!emit || !tags1 || (nm->stage2 && !hist))
        return false;
    if (!tag_document_stage1(nm, w, rend, nruns, longest, n, a, emit, tags1))
        return false;
    if (!nm->stage2)
        return true;
    if (!ner_history(w, n, tags1, hist))
        return false;
    for (size_t r = 0, i = 0; r < nruns; r++) {
        size_t j = rend[r];
        tag_sentence(nm->stage2, w + i, j - i, tags1 + i, hist + i, emit, tags + i);
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

static inline bool ascii_alnum(unsigned char c) {
    return (unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u;
}

static size_t split_token_edges(const precis_doc *d, size_t ti, piece *out);

/* Inline: the common cases, a token that is one piece, at every token of the document. */
static inline size_t split_token(const precis_doc *d, size_t ti, piece *out) {
    const token *t = &d->seg.tokens[ti];
    uint32_t s = t->start, e = t->end;
    /* ASCII letters only (TOKF_LETTERS): no punctuation, quote or possessive to split off,
     * whatever the last letter */
    if (t->kind != TOK_WORD || e - s < 2 || (t->flags & TOKF_LETTERS)) {
        out[0] = (piece){s, e, (uint32_t)ti};
        return 1;
    }
    /* Most words begin and end with an ASCII letter or digit, and then nothing is split off
     * (a final 's' may be a possessive's: the long way) */
    unsigned char c0 = (unsigned char)d->text[s], cl = (unsigned char)d->text[e - 1];
    if (ascii_alnum(c0) && ascii_alnum(cl) && cl != 's') {
        out[0] = (piece){s, e, (uint32_t)ti};
        return 1;
    }
    return split_token_edges(d, ti, out);
}

/* split_token for a word with punctuation, a quote or a possessive at an edge. */
static size_t split_token_edges(const precis_doc *d, size_t ti, piece *out) {
    const token *t = &d->seg.tokens[ti];
    uint32_t s = t->start, e = t->end;
    const char *x = d->text;
    size_t n = 0;
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
    const ner_model *nm = ner_model_of_doc(d);
    if (!nm)
        return set_error(err, PRECIS_E_UNSUPPORTED, "facts: the model has no entity recogniser for '%s' (%s/ner.model)",
                         d->lang->code, d->lang->code);
    const segmentation *sg = &d->seg;
    size_t nt = sg->n_tokens;
    if (nt == 0)
        return PRECIS_OK;
    /* A token gives up to 8 pieces (see split_token) but nearly all give one: sized for a
     * quarter more pieces than tokens, and counted exactly only when that is not enough
     * (sizing for 8 each made this the largest buffer of tagging). */
    size_t cap = nt + nt / 4 + 8;
    piece *pieces = arena_alloc(a, cap * sizeof *pieces);
    int32_t *psent = arena_alloc(a, cap * sizeof *psent);
    if (!pieces || !psent)
        goto oom;
    size_t np = 0;
    for (size_t i = 0; i < nt; i++) {
        if (np + 8 > cap) {
            piece scratch[8];
            size_t need = np;
            for (size_t j = i; j < nt; j++)
                need += split_token(d, j, scratch);
            cap = need + 8;
            piece *p2 = arena_alloc(a, cap * sizeof *p2);
            int32_t *s2 = arena_alloc(a, cap * sizeof *s2);
            if (!p2 || !s2)
                goto oom;
            memcpy(p2, pieces, np * sizeof *p2);
            memcpy(s2, psent, np * sizeof *s2);
            pieces = p2;
            psent = s2;
        }
        size_t k = split_token(d, i, pieces + np);
        for (size_t j = 0; j < k; j++)
            psent[np + j] = sg->tokens[i].sentence;
        np += k;
    }
    /* not zeroed: ner_words_build sets every field the features read (10 MB of zeroing a
     * thousand documents) */
    ner_word *words = arena_alloc(a, np * sizeof *words);
    const char **strs = arena_alloc(a, np * sizeof *strs);
    uint32_t *lens = arena_alloc(a, np * sizeof *lens);
    uint8_t *letters = arena_alloc(a, np ? np : 1);
    size_t bytes = 0;
    if (!words || !strs || !lens || !letters)
        goto oom;
    for (size_t i = 0; i < np; i++) {
        strs[i] = d->text + pieces[i].start;
        lens[i] = pieces[i].end - pieces[i].start;
        bytes += lens[i];
        /* a whole token of ASCII letters (split_token keeps such a token whole) */
        letters[i] = (sg->tokens[pieces[i].tok].flags & TOKF_LETTERS) != 0;
    }
    char *norm = arena_alloc(a, 2 * bytes + 1);
    if (!norm || !ner_words_build_letters(words, strs, lens, letters, psent, np, &nm->gaz, norm))
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
