/* ner_feat: the recogniser's features and gazetteers, shared by the trainer
 * (tools/train_ner.c, CoNLL tokens as strings) and the run-time tagger (facts/ner.c, document
 * tokens), so that the two cannot drift apart.
 *
 * A feature is a 64-bit FNV-1a hash of a template id and one or more strings; the model maps
 * hashes to per-tag weights. NER_FEAT_VERSION names the feature set: a model trained with
 * another version is refused at load time. */
#ifndef PRECIS_FACTS_NER_FEAT_H
#define PRECIS_FACTS_NER_FEAT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/hash.h"

/* Bump whenever ner_features() changes what it emits (models must then be retrained). */
#define NER_FEAT_VERSION 5u
/* Upper bound on the features of one token (ner_features never writes more). */
#define NER_MAX_FEATS 96

/* Entity types, in the order the tag set uses them. */
typedef enum ner_type { NER_PER = 0, NER_LOC, NER_ORG, NER_MISC, NER_NTYPES } ner_type;

/* BILOU tags: 0 = O, then for type k: B = 1 + 4k, I = 2 + 4k, L = 3 + 4k, U = 4 + 4k. */
#define NER_NTAGS (1 + 4 * NER_NTYPES)
enum { NER_B = 0, NER_I = 1, NER_L = 2, NER_U = 3 };
static inline int ner_tag_make(int type, int pos) { return 1 + 4 * type + pos; }
static inline int ner_tag_type(int tag) { return tag ? (tag - 1) / 4 : -1; }
static inline int ner_tag_pos(int tag) { return tag ? (tag - 1) % 4 : -1; }
/* Whether tag `b` may follow tag `a` (a == NER_NTAGS means the sentence start). */
bool ner_tag_allowed(int a, int b);
/* Whether `t` may end a sentence. */
static inline bool ner_tag_final(int t) { return t == 0 || ner_tag_pos(t) == NER_L || ner_tag_pos(t) == NER_U; }

const char *ner_type_name(int type); /* "PER", "LOC", "ORG", "MISC" */

/* ---- gazetteers ---------------------------------------------------------------------------- */

/* Classes of gazetteer phrases (the second column of models/en/gazetteer_*.tsv). */
enum ner_gaz_class {
    GZ_COUNTRY = 1u << 0,   /* a country or its usual short form: Russia, North Korea, US */
    GZ_REGION = 1u << 1,    /* a state, province, region (ISO 3166-2) */
    GZ_CITY = 1u << 2,      /* a city */
    GZ_GEO = 1u << 3,       /* a geographic feature: Korean peninsula, Pacific */
    GZ_DEMONYM = 1u << 4,   /* an adjective or demonym of a place: Russian, North Korean */
    GZ_ROLE = 1u << 5,      /* a role or title word: president, leader, secretary */
    GZ_ORGWORD = 1u << 6,   /* a word that ends organisation names: Inc, Party, Ministry */
    GZ_HONORIFIC = 1u << 7, /* Mr, Mrs, Dr, Sir */
    GZ_ORG = 1u << 8,       /* a known organisation: AFP, Reuters, NATO */
    GZ_FIRSTNAME = 1u << 9, /* a given name */
    GZ_NCLASSES = 10
};

typedef struct ner_gaz_entry {
    uint32_t classes;  /* ner_gaz_class bits */
    const char *canon; /* canonical name (a place for demonyms), or NULL */
    uint32_t canon_len;
} ner_gaz_entry;

typedef struct ner_gaz {
    strmap map;           /* lower-case phrase (words joined by one space) -> entry index */
    ner_gaz_entry *entries;
    size_t n, cap;
    char **texts;         /* owned, lower-cased copies of the loaded files */
    size_t n_texts;
    unsigned max_words;   /* longest phrase, in words */
} ner_gaz;

void ner_gaz_init(ner_gaz *g);
void ner_gaz_free(ner_gaz *g);
/* Adds a file of "phrase<TAB>class[,class...][<TAB>canonical]" lines ('#' comments). The text
 * is copied. Returns false on out of memory or a malformed line (*bad_line set, 1-based). */
bool ner_gaz_add(ner_gaz *g, const char *data, size_t len, size_t *bad_line);
/* The entry of a lower-case phrase, or NULL. */
const ner_gaz_entry *ner_gaz_get(const ner_gaz *g, const char *phrase, size_t len);

/* A gazetteer compiled at build time, so that the built-in model needs no parsing (see
 * ner_feat.c, "compiled gazetteers"). ner_gaz_compile writes the image of `g`, loaded from
 * the n files src[i] (len[i] bytes each, in the order given to ner_gaz_add): *out is
 * malloc'ed. ner_gaz_from_image sets up *g over an image (not copied: it must outlive g)
 * when the image was compiled from those same files, and returns false otherwise (the caller
 * then parses them). */
bool ner_gaz_compile(const ner_gaz *g, const char *const *src, const size_t *len, size_t n, unsigned char **out,
                     size_t *out_len);
bool ner_gaz_from_image(const unsigned char *img, size_t img_len, const char *const *src, const size_t *len,
                        size_t n, ner_gaz *g);

/* ---- words --------------------------------------------------------------------------------- */

enum ner_doc_flags {
    NERD_CAP_ELSEWHERE = 1u << 0,   /* the word appears capitalised inside a sentence */
    NERD_LOWER_ELSEWHERE = 1u << 1, /* the word appears all lower-case somewhere */
    NERD_IN_CAPRUN = 1u << 2,       /* it appears next to another capitalised word */
    NERD_AFTER_HONORIFIC = 1u << 3, /* it appears after Mr, Dr, ... */
    NERD_BEFORE_ORGWORD = 1u << 4,  /* it appears before Inc, Party, ... */
    NERD_AFTER_LOCPREP = 1u << 5    /* it appears capitalised after in, at, from, near */
};

/* One word as the features see it. Strings are normalised (curly quotes -> ASCII) and
 * lower-cased copies live in the caller's scratch memory. */
typedef struct ner_word {
    const char *w;   /* normalised surface form */
    const char *lw;  /* ASCII lower-case of w, same length */
    uint32_t len;
    uint32_t gaz;    /* 2 bits per class: bit 2c = inside a phrase of class c, 2c+1 = starts it */
    uint64_t h_w, h_lw, h_shape; /* hashes of w, lw and shape (set by ner_words_build) */
    char shape[8];   /* compressed shape (Xx, X.X., d-d), truncated */
    uint8_t shape_len;
    uint8_t doc;     /* ner_doc_flags */
    uint8_t sent_start;
    uint8_t all_caps_sentence; /* the sentence has no lower-case word (a headline) */
} ner_word;

/* Copies `s` into dst with curly quotes and apostrophes replaced by ASCII and dashes by '-';
 * returns the new length (never more than n). */
size_t ner_normalize(const char *s, size_t n, char *dst);

/* The ASCII character ner_normalize puts for the three bytes E2 80 c3 (U+2018..U+201F
 * quotes, U+2013/U+2014 dashes), or 0 when it keeps them. */
static inline char ner_normalize_e280(unsigned char c3) {
    if (c3 == 0x98 || c3 == 0x99 || c3 == 0x9B)
        return '\'';
    if (c3 == 0x9C || c3 == 0x9D || c3 == 0x9F)
        return '"';
    if (c3 == 0x93 || c3 == 0x94)
        return '-';
    return 0;
}

/* The longest gazetteer phrase looked up inside a sentence, in bytes. */
#define NER_GAZ_MAX_BYTES 256

/* Builds the words of a whole document from n strings (s[i], len[i]) with their sentence
 * numbers sent[i] (non-decreasing): normalises and lower-cases them into `norm` (room for
 * 2 * the total length), prepares each sentence and sets the document flags. Both the
 * trainer and the run-time tagger go through here. False on out of memory. */
bool ner_words_build(ner_word *words, const char *const *s, const uint32_t *len, const int32_t *sent,
                     size_t n, const ner_gaz *g, char *norm);
/* The same, told which strings are ASCII letters only, a capital at most first (letters[i]
 * nonzero: a TOKF_LETTERS token of the segmenter, whole), which it then makes without
 * testing their bytes one by one. The same words as ner_words_build. */
bool ner_words_build_letters(ner_word *words, const char *const *s, const uint32_t *len, const uint8_t *letters,
                             const int32_t *sent, size_t n, const ner_gaz *g, char *norm);

/* ---- second stage ------------------------------------------------------------------------
 * A second tagger (stacking, after the "prediction history" of Ratinov & Roth 2009) sees the
 * first tagger's tags and, for each word, what the first tagger made of the word's other
 * occurrences in the document, so that one confident mention can fix a doubtful one. */

enum ner_hist_flags {
    /* bits 0..3: another occurrence of the word was inside a mention of type t */
    NERH_O_CAPITALISED = 1u << 4 /* another capitalised, non-initial occurrence was tagged O */
};

/* hist[i] for the words[0..n) of a whole document from the first tagger's tags. False on
 * out of memory. */
bool ner_history(const ner_word *words, size_t n, const uint8_t *tags, uint8_t *hist);

/* The second stage's own word features: a small subset of ner_features (the word, its
 * neighbours, shapes, gazetteer classes), at most NER_MAX_FEATS_CORE. */
#define NER_MAX_FEATS_CORE 24
size_t ner_features_core(const ner_word *words, size_t n, size_t i, uint64_t *out);

/* Upper bound on ner_features_stacked's output. */
#define NER_MAX_FEATS2 12
/* The second stage's extra features of word i of a sentence: tags1 and hist are the
 * sentence's first-stage tags and history. */
size_t ner_features_stacked(const ner_word *words, size_t n, size_t i, const uint8_t *tags1,
                            const uint8_t *hist, uint64_t *out);

/* Writes the feature hashes of word i of the sentence words[0..n) to out (room for
 * NER_MAX_FEATS) and returns their number. */
size_t ner_features(const ner_word *words, size_t n, size_t i, uint64_t *out);

/* ---- the same features, split by what they depend on ---------------------------------------
 * The run-time tagger sums weights per distinct word form of a document instead of per token
 * (facts/ner.c). For that, ner_features(words, n, i) is split into parts whose concatenation
 * is the same multiset of hashes (in another order):
 *   ner_features_self_word(&words[i])         the word's own string: word, lower case,
 *                                             prefixes, suffixes, hyphen head, all-caps word;
 *   ner_features_self_class(&words[i])        what it shares with other words: bias, shape,
 *                                             length, sentence start, document flags and
 *                                             gazetteer bits (depends on h_shape, len capped
 *                                             at 12, sent_start, doc and gaz only);
 *   ner_features_neighbour_word(nb, role) and ner_features_neighbour_class(nb, role) for
 *                                             each role: what a neighbour contributes, by its
 *                                             string and by its shape and gazetteer bits
 *                                             (nb = words[i - 2], words[i - 1], words[i + 1],
 *                                             words[i + 2], or NULL outside the sentence);
 *   ner_features_pairs(words, n, i)           conjunctions of the word with its neighbours.
 * Since weights are summed as integers, the scores are exactly those of ner_features. */
enum ner_nb_role { NER_NB_M2 = 0, NER_NB_M1, NER_NB_P1, NER_NB_P2, NER_NB_ROLES };
#define NER_MAX_FEATS_SELF 48
#define NER_MAX_FEATS_NB 16
#define NER_MAX_FEATS_PAIRS 8
size_t ner_features_self_word(const ner_word *w, uint64_t *out);
size_t ner_features_self_class(const ner_word *w, uint64_t *out);
size_t ner_features_neighbour_word(const ner_word *nb, int role, uint64_t *out);
size_t ner_features_neighbour_class(const ner_word *nb, int role, uint64_t *out);
size_t ner_features_pairs(const ner_word *words, size_t n, size_t i, uint64_t *out);

/* The class parts once more, split by whether they mix in the shape. The features of one
 * value with few possible values (the bias, the document flags, the length, a gazetteer code
 * 4c + b of the word or of its neighbour before or after) are ner_feature_small(kind, value),
 * so that a tagger can keep their weights in tables made at load time; the rest, which
 * combine the shape with the sentence start and document flags, are
 * ner_features_self_shape(w) and ner_features_neighbour_shape(nb, role). By construction
 *   ner_features_self_class(w) = small(BIAS, 0), small(DOC, w->doc),
 *       small(LEN, min(w->len, 12)), small(GAZ, code) for each gazetteer class of w, and
 *       ner_features_self_shape(w);
 *   ner_features_neighbour_class(nb, role) = ner_features_neighbour_shape(nb, role), and for
 *       NER_NB_M1 / NER_NB_P1 small(GAZM1 / GAZP1, code) for each gazetteer class of nb. */
enum ner_small_kind {
    NER_SMALL_BIAS = 0,
    NER_SMALL_DOC,   /* ner_doc_flags, < 64 */
    NER_SMALL_LEN,   /* length capped at 12 */
    NER_SMALL_GAZ,   /* 4 * class + (begins ? 3 : 1), < 4 * GZ_NCLASSES */
    NER_SMALL_GAZM1, /* the same of the word before */
    NER_SMALL_GAZP1, /* and after */
    NER_SMALL_KINDS
};
#define NER_SMALL_VALUES 64 /* every kind's values are below this */
uint64_t ner_feature_small(int kind, unsigned value);
size_t ner_features_self_shape(const ner_word *w, uint64_t *out);
size_t ner_features_neighbour_shape(const ner_word *nb, int role, uint64_t *out);

/* The shape features one at a time, for a tagger that keeps the weights of frequent shapes
 * in a table (facts/ner.c, "shape table"): the features see a shape only through h_shape, so
 * by construction
 *   ner_features_self_shape(w) = ner_feature_shape(NER_SHAPE_SELF, 0, h),
 *       ner_feature_shape(NER_SHAPE_START, w->sent_start, h),
 *       ner_feature_doc_start(w->doc, w->sent_start, h), and
 *       ner_feature_shape(NER_SHAPE_DOCBIT, b, h) for each set bit b of w->doc (h: w->h_shape);
 *   ner_features_neighbour_shape(nb, role) = ner_feature_shape(NER_SHAPE_NB, role, nb->h_shape)
 *       for a word nb (not the sentence edge). */
enum ner_shape_kind { NER_SHAPE_SELF = 0, NER_SHAPE_START, NER_SHAPE_DOCBIT, NER_SHAPE_NB };
uint64_t ner_feature_shape(int kind, unsigned value, uint64_t h_shape);
uint64_t ner_feature_doc_start(unsigned doc, unsigned start, uint64_t h_shape);
/* The hash of a compressed shape string s[0..n) as ner_words_build makes h_shape (n <= 8). */
uint64_t ner_shape_hash(const char *s, size_t n);

/* ner_features_pairs in two steps, for a caller that sees each word form many times: every
 * conjunction's hash begins with its template and one word, so those beginnings are hashed
 * once per form (ner_pair_halves: w, or NULL for the sentence start before a first word) and
 * each token finishes its six from the halves of the word before it (hm1) and its own
 * (hself), given itself and the word after it (p1, NULL at the sentence end). The same hashes
 * in the same order as ner_features_pairs. */
#define NER_PAIR_HALVES 6
/* The conjunctions of one token: what ner_features_pairs_from_halves always writes. */
#define NER_PAIR_FEATS 6
void ner_pair_halves(const ner_word *w, uint64_t *out);
/* The halves of a word (not the sentence start) in two parts: those that see its lower-case
 * string (0, 2, 3, 4: h_lw) and those that see its shape (1, 5: h_shape), for a caller that
 * shares the shape's between the forms of a class. Together what ner_pair_halves(w) writes. */
void ner_pair_halves_lw(uint64_t h_lw, uint64_t *out);
void ner_pair_halves_shape(uint64_t h_shape, uint64_t *out);
static inline size_t ner_features_pairs_from_halves(const ner_word *w, const ner_word *p1, const uint64_t *hm1,
                                                    const uint64_t *hself, uint64_t *out);

/* ---- feature hashes -------------------------------------------------------------------------
 * Here rather than in ner_feat.c so that the tagger finishes each token's conjunctions inline
 * (ner_features_pairs_from_halves: six per token, the one feature hashing done per token). */

/* The 64-bit finaliser of SplitMix64 (Steele et al. 2014): every input bit reaches every
 * output bit, so combined hashes spread well in the model's table. */
static inline uint64_t ner_hash_mix(uint64_t x) {
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}
/* The hash of template t alone, and of a hash h combined with one more value v. */
static inline uint64_t ner_hash_init(uint32_t t) { return ner_hash_mix(0x9E3779B97F4A7C15ull * (t + 1)); }
static inline uint64_t ner_hash_comb(uint64_t h, uint64_t v) {
    return ner_hash_mix(h ^ (v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2)));
}

/* The sentence boundary markers used for context words outside the sentence. */
#define NER_H_BOS 0x5EB05EB05EB05EB0ull
#define NER_H_EOS 0xE05E05E05E05E05Eull

static inline size_t ner_features_pairs_from_halves(const ner_word *w, const ner_word *p1, const uint64_t *hm1,
                                                    const uint64_t *hself, uint64_t *out) {
    uint64_t lwp1 = p1 ? p1->h_lw : NER_H_EOS, shp1 = p1 ? p1->h_shape : NER_H_EOS;
    out[0] = ner_hash_comb(hm1[0], w->h_lw);
    out[1] = ner_hash_comb(hself[4], lwp1);
    out[2] = ner_hash_comb(ner_hash_comb(hm1[1], w->h_shape), shp1);
    out[3] = ner_hash_comb(hm1[2], w->h_shape);
    out[4] = ner_hash_comb(hself[5], lwp1);
    out[5] = ner_hash_comb(hm1[3], lwp1);
    return NER_PAIR_FEATS;
}
#endif
