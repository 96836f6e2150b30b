/* ner_feat.c — features of the named-entity recogniser and its gazetteers (see ner_feat.h).
 *
 * Features follow the usual set for CoNLL-2003 taggers (Ratinov & Roth 2009; spaCy's
 * averaged perceptron): the word, its lower-case form, its shape, prefixes and suffixes, the
 * words and shapes around it, gazetteer phrase membership, and two document-level hints
 * (whether the word also appears capitalised inside a sentence or in lower case elsewhere),
 * which help with capitalised sentence openers and headlines.
 * Cost: linear in the words; a gazetteer lookup per phrase of up to max_words words at each
 * position; no allocation (callers pass scratch memory). */
#include "facts/ner_feat.h"

#include <stdlib.h>
#include <string.h>

/* ---- tags ---------------------------------------------------------------------------------- */

bool ner_tag_allowed(int a, int b) {
    bool a_open = a != NER_NTAGS && a != 0 && (ner_tag_pos(a) == NER_B || ner_tag_pos(a) == NER_I);
    bool b_cont = b != 0 && (ner_tag_pos(b) == NER_I || ner_tag_pos(b) == NER_L);
    if (a_open)
        return b_cont && ner_tag_type(b) == ner_tag_type(a);
    return !b_cont;
}

const char *ner_type_name(int type) {
    switch (type) {
    case NER_PER:
        return "PER";
    case NER_LOC:
        return "LOC";
    case NER_ORG:
        return "ORG";
    case NER_MISC:
        return "MISC";
    default:
        return "O";
    }
}

/* ---- gazetteers ---------------------------------------------------------------------------- */

static const char *const GAZ_CLASS_NAMES[GZ_NCLASSES] = {
    "country", "region", "city", "geo", "demonym", "role", "orgword", "honorific", "org", "firstname"};

void ner_gaz_init(ner_gaz *g) { memset(g, 0, sizeof *g); }

void ner_gaz_free(ner_gaz *g) {
    strmap_free(&g->map);
    free(g->entries);
    for (size_t i = 0; i < g->n_texts; i++)
        free(g->texts[i]);
    free(g->texts);
    memset(g, 0, sizeof *g);
}

/* Entries with no class are the word prefixes of longer phrases ("united" of "united
 * states"): they let the phrase scan stop as soon as no phrase can continue. */
static const ner_gaz_entry *gaz_lookup(const ner_gaz *g, const char *phrase, size_t len) {
    int32_t v = strmap_get(&g->map, phrase, len);
    return v < 0 ? NULL : &g->entries[v];
}

const ner_gaz_entry *ner_gaz_get(const ner_gaz *g, const char *phrase, size_t len) {
    const ner_gaz_entry *e = gaz_lookup(g, phrase, len);
    return e && e->classes ? e : NULL;
}

static int32_t *gaz_slot(ner_gaz *g, const char *key, size_t len) {
    bool inserted;
    if (!g->map.cap && !strmap_init(&g->map, 1024))
        return NULL;
    int32_t *slot = strmap_upsert(&g->map, key, len, (int32_t)g->n, &inserted);
    if (!slot || !inserted)
        return slot;
    if (g->n == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 256;
        ner_gaz_entry *ne = realloc(g->entries, cap * sizeof *ne);
        if (!ne)
            return NULL;
        g->entries = ne;
        g->cap = cap;
    }
    g->entries[g->n++] = (ner_gaz_entry){0, NULL, 0};
    return slot;
}

static uint32_t parse_classes(const char *s, size_t n) {
    uint32_t bits = 0;
    while (n) {
        const char *comma = memchr(s, ',', n);
        size_t k = comma ? (size_t)(comma - s) : n;
        uint32_t one = 0;
        for (unsigned c = 0; c < GZ_NCLASSES; c++)
            if (strlen(GAZ_CLASS_NAMES[c]) == k && memcmp(GAZ_CLASS_NAMES[c], s, k) == 0)
                one = 1u << c;
        if (!one)
            return 0;
        bits |= one;
        if (!comma)
            break;
        s = comma + 1;
        n -= k + 1;
    }
    return bits;
}

bool ner_gaz_add(ner_gaz *g, const char *data, size_t len, size_t *bad_line) {
    *bad_line = 0;
    char **texts = realloc(g->texts, (g->n_texts + 1) * sizeof *texts);
    if (!texts)
        return false;
    g->texts = texts;
    char *t = malloc(len + 1);
    if (!t)
        return false;
    memcpy(t, data, len);
    t[len] = '\0';
    g->texts[g->n_texts++] = t;
    size_t lineno = 0;
    char *p = t, *end = t + len;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *e = nl ? nl : end;
        char *line = p;
        p = nl ? nl + 1 : end;
        lineno++;
        while (e > line && (e[-1] == '\r' || e[-1] == ' '))
            e--;
        if (e == line || line[0] == '#')
            continue;
        char *tab = memchr(line, '\t', (size_t)(e - line));
        if (!tab || tab == line) {
            *bad_line = lineno;
            return false;
        }
        char *tab2 = memchr(tab + 1, '\t', (size_t)(e - tab - 1));
        uint32_t cls = parse_classes(tab + 1, (size_t)((tab2 ? tab2 : e) - tab - 1));
        if (!cls) {
            *bad_line = lineno;
            return false;
        }
        /* The key is lower-cased in place: the canonical column keeps its case. */
        unsigned words = 1;
        for (char *c = line; c < tab; c++) {
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c + 32);
            words += *c == ' ';
        }
        if (words > g->max_words)
            g->max_words = words;
        for (char *c = line; c < tab; c++)
            if (*c == ' ' && !gaz_slot(g, line, (size_t)(c - line)))
                return false;
        int32_t *slot = gaz_slot(g, line, (size_t)(tab - line));
        if (!slot)
            return false;
        ner_gaz_entry *en = &g->entries[*slot];
        en->classes |= cls;
        if (tab2 && tab2 + 1 < e && !en->canon) {
            en->canon = tab2 + 1;
            en->canon_len = (uint32_t)(e - tab2 - 1);
        }
    }
    return true;
}

/* ---- compiled gazetteers -------------------------------------------------------------------
 * Loading the gazetteers (copying the files, lower-casing their phrases, hashing every
 * phrase and its word prefixes) was the largest part of the built-in model's start-up once
 * the recogniser was compiled. The image holds what loading makes: the files' texts as
 * ner_gaz_add leaves them (phrases lower-cased), the map's occupied slots (slot, key offset
 * in those texts, length, entry) and the entries (classes, canonical name's offset and
 * length), so that setting up a gazetteer is filling the slots. Its head names the files
 * (length and a hash of the first and last 4 KB of each). Native layout: only the build that
 * wrote it reads it.
 * After them, at a multiple of 64 bytes, the map's packed copy (util/hash.h: each occupied
 * slot the key's offset in the texts, its length and its entry, in 8 bytes), which a
 * gazetteer set up from the image uses in place, without slots: no 256 KB of slots to fill
 * at every start, and 128 KB to keep in cache for the lookups instead. At most 5/16 full,
 * about as full as the slots: most lookups are of phrases the map lacks, and at 5/8 (the
 * model's stem and idf maps) their longer probes cost more instructions than the smaller
 * table saved (+1.5M on the 250 articles of cnndm_dev; at 5/16 -0.3M).
 * packed_cap 0 when some key does not fit a packed slot (then the slots are filled). */
static const char GAZ_MAGIC[8] = {'P', 'R', 'G', 'A', 'Z', '0', '2', '\0'};
#define GAZ_MAX_FILES 16
#define GAZ_NO_CANON 0xFFFFFFFFu

typedef struct gaz_head {
    char magic[8];
    uint32_t n_files, max_words;
    uint64_t file_len[GAZ_MAX_FILES], file_sample[GAZ_MAX_FILES];
    uint64_t texts_len, cap, count, n_entries, packed_cap;
} gaz_head;
typedef struct gaz_slot_rec {
    uint32_t slot, key_off, len;
    int32_t value;
} gaz_slot_rec;
typedef struct gaz_entry_rec {
    uint32_t classes, canon_off, canon_len;
} gaz_entry_rec;

static uint64_t file_sample(const char *p, size_t len) {
    size_t k = len < 4096 ? len : 4096;
    return hash_bytes(p, k) ^ (hash_bytes(p + len - k, k) * 31u) ^ len;
}

/* Offset of p in the concatenation of g's texts (lengths len[]), or -1. */
static int64_t text_offset(const ner_gaz *g, const size_t *len, const char *p) {
    uint64_t base = 0;
    for (size_t i = 0; i < g->n_texts; i++) {
        if (p >= g->texts[i] && p <= g->texts[i] + len[i])
            return (int64_t)(base + (uint64_t)(p - g->texts[i]));
        base += len[i];
    }
    return -1;
}

bool ner_gaz_compile(const ner_gaz *g, const char *const *src, const size_t *len, size_t n, unsigned char **out,
                     size_t *out_len) {
    *out = NULL;
    *out_len = 0;
    if (n != g->n_texts || n > GAZ_MAX_FILES)
        return false;
    gaz_head h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, GAZ_MAGIC, sizeof h.magic);
    h.n_files = (uint32_t)n;
    h.max_words = g->max_words;
    for (size_t i = 0; i < n; i++) {
        h.file_len[i] = len[i];
        h.file_sample[i] = file_sample(src[i], len[i]);
        h.texts_len += len[i];
    }
    if (g->map.count && !g->map.slots)
        return false; /* a gazetteer set up from an image (its packed copy alone) */
    h.cap = g->map.cap;
    h.count = g->map.count;
    h.n_entries = g->n;
    /* the packed copy: when every key fits a packed slot */
    bool packs = h.texts_len <= UINT32_MAX;
    for (size_t i = 0; packs && i < g->map.cap; i++) {
        const strmap_slot *sl = &g->map.slots[i];
        packs = !sl->key || strmap_packed_slot(0, sl->len, sl->value) != 0;
    }
    if (packs) {
        h.packed_cap = 16;
        while (h.packed_cap * 5 < h.count * 16)
            h.packed_cap *= 2;
    }
    size_t recs_end = sizeof h + (size_t)h.texts_len + (size_t)h.count * sizeof(gaz_slot_rec) +
                      (size_t)h.n_entries * sizeof(gaz_entry_rec);
    size_t packed_at = h.packed_cap ? (recs_end + 63) & ~(size_t)63 : recs_end;
    size_t size = packed_at + (size_t)h.packed_cap * sizeof(uint64_t);
    unsigned char *img = calloc(1, size);
    if (!img)
        return false;
    size_t o = 0;
    memcpy(img, &h, sizeof h);
    o += sizeof h;
    for (size_t i = 0; i < n; i++) {
        memcpy(img + o, g->texts[i], len[i]);
        o += len[i];
    }
    for (size_t i = 0; i < g->map.cap; i++) {
        const strmap_slot *sl = &g->map.slots[i];
        if (!sl->key)
            continue;
        int64_t off = text_offset(g, len, sl->key);
        if (off < 0 || off > UINT32_MAX) {
            free(img);
            return false;
        }
        gaz_slot_rec r = {(uint32_t)i, (uint32_t)off, sl->len, sl->value};
        memcpy(img + o, &r, sizeof r);
        o += sizeof r;
        if (h.packed_cap) {
            /* as strmap_find_packed probes: hash_bytes of the key, linear probing */
            uint64_t e = strmap_packed_slot((uint32_t)off, sl->len, sl->value), at;
            size_t k = (size_t)hash_bytes(sl->key, sl->len) & (size_t)(h.packed_cap - 1);
            for (;; k = (k + 1) & (size_t)(h.packed_cap - 1)) {
                memcpy(&at, img + packed_at + k * sizeof at, sizeof at);
                if (!at)
                    break;
            }
            memcpy(img + packed_at + k * sizeof e, &e, sizeof e);
        }
    }
    for (size_t i = 0; i < g->n; i++) {
        const ner_gaz_entry *e = &g->entries[i];
        int64_t off = e->canon ? text_offset(g, len, e->canon) : (int64_t)GAZ_NO_CANON;
        if (off < 0 || (e->canon && off >= (int64_t)GAZ_NO_CANON)) {
            free(img);
            return false;
        }
        gaz_entry_rec r = {e->classes, (uint32_t)off, e->canon_len};
        memcpy(img + o, &r, sizeof r);
        o += sizeof r;
    }
    *out = img;
    *out_len = size;
    return true;
}

bool ner_gaz_from_image(const unsigned char *img, size_t img_len, const char *const *src, const size_t *len,
                        size_t n, ner_gaz *g) {
    gaz_head h;
    if (!img || img_len < sizeof h)
        return false;
    memcpy(&h, img, sizeof h);
    if (memcmp(h.magic, GAZ_MAGIC, sizeof h.magic) != 0 || h.n_files != n || n > GAZ_MAX_FILES ||
        h.cap < 16 || (h.cap & (h.cap - 1)) || h.count > h.cap / 2 || h.texts_len > img_len ||
        h.count > img_len / sizeof(gaz_slot_rec) || h.n_entries > img_len / sizeof(gaz_entry_rec) ||
        (h.packed_cap && ((h.packed_cap & (h.packed_cap - 1)) || h.packed_cap <= h.count ||
                          h.packed_cap > img_len / sizeof(uint64_t) || h.texts_len > UINT32_MAX)))
        return false;
    uint64_t recs_end = sizeof h + h.texts_len + h.count * sizeof(gaz_slot_rec) + h.n_entries * sizeof(gaz_entry_rec);
    uint64_t packed_at = h.packed_cap ? (recs_end + 63) & ~(uint64_t)63 : recs_end;
    if (img_len != packed_at + h.packed_cap * sizeof(uint64_t) || ((uintptr_t)img & 63))
        return false;
    for (size_t i = 0; i < n; i++)
        if (h.file_len[i] != len[i] || h.file_sample[i] != file_sample(src[i], len[i]))
            return false;
    const char *texts = (const char *)img + sizeof h;
    const unsigned char *recs = img + sizeof h + h.texts_len;
    ner_gaz_init(g);
    g->entries = malloc((h.n_entries ? (size_t)h.n_entries : 1) * sizeof *g->entries);
    if (!g->entries)
        return false;
    g->map.count = (size_t)h.count;
    if (h.packed_cap) {
        /* the packed copy in place (cap 0, no slots: util/hash.h), as the model's built-in
         * stem and idf maps are (model.c); the build wrote it, as it wrote the rest */
        g->map.packed = (const uint64_t *)(const void *)(img + packed_at);
        g->map.packed_base = texts;
        g->map.packed_mask = (size_t)h.packed_cap - 1;
    } else {
        g->map.slots = calloc((size_t)h.cap, sizeof *g->map.slots);
        if (!g->map.slots) {
            ner_gaz_free(g);
            return false;
        }
        g->map.cap = (size_t)h.cap;
    }
    for (uint64_t k = 0; k < h.count && !h.packed_cap; k++) {
        gaz_slot_rec r;
        memcpy(&r, recs + k * sizeof r, sizeof r);
        if (r.slot >= h.cap || r.key_off > h.texts_len || r.len > h.texts_len - r.key_off ||
            r.value < 0 || (uint64_t)r.value >= h.n_entries || g->map.slots[r.slot].key) {
            ner_gaz_free(g);
            return false;
        }
        g->map.slots[r.slot] = (strmap_slot){texts + r.key_off, r.len, r.value};
    }
    recs += h.count * sizeof(gaz_slot_rec);
    for (uint64_t k = 0; k < h.n_entries; k++) {
        gaz_entry_rec r;
        memcpy(&r, recs + k * sizeof r, sizeof r);
        bool none = r.canon_off == GAZ_NO_CANON;
        if (!none && (r.canon_off > h.texts_len || r.canon_len > h.texts_len - r.canon_off)) {
            ner_gaz_free(g);
            return false;
        }
        g->entries[k] = (ner_gaz_entry){r.classes, none ? NULL : texts + r.canon_off, none ? 0 : r.canon_len};
    }
    g->n = g->cap = (size_t)h.n_entries;
    g->max_words = h.max_words;
    return true;
}

/* ---- hashing ----------------------------------------------------------------------------- */

#define FNV_PRIME 1099511628211ull

static inline uint64_t str_hash(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= FNV_PRIME;
    }
    return h;
}

/* The combinators (ner_hash_init, ner_hash_comb) and the sentence-edge markers are in
 * ner_feat.h: the tagger finishes the conjunctions' hashes inline. */

/* ---- words --------------------------------------------------------------------------------- */

size_t ner_normalize(const char *s, size_t n, char *dst) {
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        /* U+2018..U+201F quotes and U+2013/U+2014 dashes are E2 80 xx in UTF-8. */
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
            char r = ner_normalize_e280((unsigned char)s[i + 2]);
            if (r) {
                dst[o++] = r;
                i += 2;
                continue;
            }
        }
        dst[o++] = (char)c;
    }
    return o;
}

static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }

/* A document's memo of one-word gazetteer lookups: word i has the distinct lower-case form
 * id[i] (-1 for an empty word); known[f] says whether entry[f] holds the lookup of form f. */
typedef struct gaz_memo {
    const int32_t *id;
    uint8_t *known;
    const ner_gaz_entry **entry;
} gaz_memo;

/* Per byte, what word_make needs of it: its lower case (ASCII letters only), and its shape
 * character (X, x, d, the byte itself for other ASCII, x for the first byte of a non-ASCII
 * character, whose case is not looked at) | BI_LOWER for a lower-case ASCII letter, or
 * BI_CONT for a UTF-8 continuation byte (which has no shape of its own): two table loads
 * where the loop tested the byte's range five times. Constant tables, written out by the
 * preprocessor. */
#define BI_LOWER 0x80u
#define BI_CONT 0x100u
#define BI_R4(F, c) F(c), F((c) + 1), F((c) + 2), F((c) + 3)
#define BI_R16(F, c) BI_R4(F, c), BI_R4(F, (c) + 4), BI_R4(F, (c) + 8), BI_R4(F, (c) + 12)
#define BI_R64(F, c) BI_R16(F, c), BI_R16(F, (c) + 16), BI_R16(F, (c) + 32), BI_R16(F, (c) + 48)
#define BI_R256(F) BI_R64(F, 0), BI_R64(F, 64), BI_R64(F, 128), BI_R64(F, 192)
#define BI_LOWER_OF(c) ((unsigned char)((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)))
#define BI_SHAPE_OF(c)                                                                               \
    ((c) >= 0x80 && (c) < 0xC0 ? BI_CONT                                                             \
     : (c) >= 'A' && (c) <= 'Z' ? 'X'                                                                \
     : (c) >= 'a' && (c) <= 'z' ? 'x' | BI_LOWER                                                     \
     : (c) >= '0' && (c) <= '9' ? 'd'                                                                \
     : (c) >= 0x80              ? 'x'                                                                \
                                : (c))
static const unsigned char BYTE_LOWER[256] = {BI_R256(BI_LOWER_OF)};
static const uint16_t BYTE_SHAPE[256] = {BI_R256(BI_SHAPE_OF)};

/* Sets what word_make and word_make_letters share: the forms, their lengths and hashes (a of
 * the word as written, b of its lower case), the shape's hash. */
static inline __attribute__((always_inline)) void word_finish(ner_word *w, char *dst, char *ldst, size_t len,
                                                              uint8_t shape_len, uint64_t a, uint64_t b) {
    w->w = dst;
    w->lw = ldst;
    w->len = (uint32_t)len;
    w->shape_len = shape_len;
    w->h_w = a;
    w->h_lw = b;
    w->h_shape = str_hash(w->shape, shape_len);
}

/* Word w from the n bytes at src, in one pass over them: its string normalised as by
 * ner_normalize into dst (w->w), its lower case into ldst (w->lw), its shape, and the
 * FNV-1a hashes of the three (separate passes for each cost half again as much, on the new
 * words of a document; the two hash chains stay independent, so their multiplies overlap).
 * Returns whether it has a lower-case letter. */
static bool word_make(ner_word *w, const char *src, size_t n, char *dst, char *ldst) {
    uint64_t a = 1469598103934665603ull, b = a;
    unsigned any_lower = 0;
    uint8_t sl = 0;
    unsigned last = 0;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)src[i];
        /* U+2018..U+201F quotes and U+2013/U+2014 dashes are E2 80 xx in UTF-8. */
        if (c == 0xE2 && i + 2 < n && (unsigned char)src[i + 1] == 0x80) {
            char r = ner_normalize_e280((unsigned char)src[i + 2]);
            if (r) {
                c = (unsigned char)r;
                i += 2;
            }
        }
        unsigned char lc = BYTE_LOWER[c];
        dst[o] = (char)c;
        ldst[o++] = (char)lc;
        a = (a ^ c) * FNV_PRIME;
        b = (b ^ lc) * FNV_PRIME;
        unsigned s = BYTE_SHAPE[c];
        if (s & BI_CONT)
            continue; /* UTF-8 continuation byte */
        any_lower |= s;
        s &= 0x7Fu;
        if (s == last)
            continue;
        last = s;
        if (sl < sizeof w->shape)
            w->shape[sl++] = (char)s;
    }
    word_finish(w, dst, ldst, o, sl, a, b);
    return (any_lower & BI_LOWER) != 0;
}

/* word_make of n >= 1 ASCII letters, a capital at most first: nothing to normalise, each
 * byte lowered by setting bit 5, and the shape "x", "X" or "Xx" without a table or a test a
 * byte (the loop's only branch is its end). */
static bool word_make_letters(ner_word *w, const char *src, size_t n, char *dst, char *ldst) {
    uint64_t a = 1469598103934665603ull, b = a;
    bool capital = (unsigned char)src[0] <= 'Z';
    if (!capital) {
        /* all lower case: the word is its lower case, one hash for both */
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)src[i];
            dst[i] = ldst[i] = (char)c;
            a = (a ^ c) * FNV_PRIME;
        }
        b = a;
    } else {
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)src[i], lc = c | 0x20;
            dst[i] = (char)c;
            ldst[i] = (char)lc;
            a = (a ^ c) * FNV_PRIME;
            b = (b ^ lc) * FNV_PRIME;
        }
    }
    uint8_t sl = 0;
    w->shape[sl++] = capital ? 'X' : 'x';
    if (capital && n > 1)
        w->shape[sl++] = 'x';
    word_finish(w, dst, ldst, n, sl, a, b);
    return !capital || n > 1;
}

/* The sentence flags of the words of one sentence (lower[i]: word i has a lower-case
 * letter). */
static void words_sentence(ner_word *words, const uint8_t *lower, size_t n) {
    bool any_lower = false;
    for (size_t i = 0; i < n; i++) {
        words[i].gaz = 0;
        words[i].doc = 0;
        words[i].sent_start = i == 0;
        any_lower = any_lower || lower[i];
    }
    for (size_t i = 0; i < n; i++)
        words[i].all_caps_sentence = !any_lower && n > 1;
}

/* The second half: gazetteer bits. */
static void words_gaz(ner_word *words, size_t n, const ner_gaz *g, const gaz_memo *memo) {
    char scratch[NER_GAZ_MAX_BYTES];
    const size_t scratch_cap = sizeof scratch;
    if (!g || !g->map.count)
        return;
    /* Phrases: at each start, every length up to max_words whose key is in the table. */
    for (size_t i = 0; i < n; i++) {
        size_t o = 0;
        for (size_t k = 0; k < g->max_words && i + k < n; k++) {
            const ner_word *w = &words[i + k];
            if (o + w->len + 1 > scratch_cap)
                break;
            const ner_gaz_entry *e;
            if (k == 0) {
                /* the word alone: its lower-case string as it is, through the memo; copied
                 * to the scratch only when a longer phrase may follow (most words end the
                 * scan here) */
                int32_t f = memo ? memo->id[i] : -1;
                if (f < 0) {
                    e = gaz_lookup(g, w->lw, w->len);
                } else if (memo->known[f]) {
                    e = memo->entry[f];
                } else {
                    e = memo->entry[f] = gaz_lookup(g, w->lw, w->len);
                    memo->known[f] = 1;
                }
                if (e) {
                    memcpy(scratch, w->lw, w->len);
                    o = w->len;
                }
            } else {
                scratch[o++] = ' ';
                memcpy(scratch + o, w->lw, w->len);
                o += w->len;
                e = gaz_lookup(g, scratch, o);
            }
            if (!e)
                break; /* neither a phrase nor the start of one */
            /* the entry's classes, set bit by set bit (most entries have one or two) */
            for (unsigned m = e->classes & ((1u << GZ_NCLASSES) - 1); m; m &= m - 1) {
                unsigned c = (unsigned)__builtin_ctz(m);
                words[i].gaz |= 3u << (2 * c);
                for (size_t j = 1; j <= k; j++)
                    words[i + j].gaz |= 1u << (2 * c);
            }
        }
    }
}

/* How many forms ahead gaz_prefetched_lookups prefetches a slot; the key it holds is
 * prefetched half as far ahead, once the slot is in cache. */
#define GAZ_PREFETCH_DIST 32

/* The one-word gazetteer lookups of the n forms words[rep[f]] (what words_gaz looks up
 * first at each word), into the memo's known/entry, ahead of the sentences' scans: with
 * the map's slots and keys prefetched, their cache misses overlap instead of following one
 * another (the map, 128 KB packed, and its keys rarely stay in cache from one document to the
 * next). The prefetches use h_lw (FNV-1a of lw, as the map hashes); the lookups are
 * words_gaz's own. */
/* The address of the slot a lookup of hash h reads first (the packed copy's, or the
 * slots'), and of the key that slot holds (NULL when empty), for the prefetches: returned
 * and prefetched by the caller (GCC drops calls of a function that only prefetches). */
static inline const void *gaz_first_slot(const strmap *m, uint64_t h) {
    return m->packed ? (const void *)&m->packed[h & m->packed_mask] : (const void *)&m->slots[h & (m->cap - 1)];
}
static inline const char *gaz_first_key(const strmap *m, uint64_t h) {
    if (m->packed) {
        uint64_t e = m->packed[h & m->packed_mask];
        return e ? m->packed_base + (uint32_t)e : NULL;
    }
    return m->slots[h & (m->cap - 1)].key;
}

static void gaz_prefetched_lookups(const ner_gaz *g, const ner_word *words, const int32_t *rep, int32_t n,
                                   uint8_t *known, const ner_gaz_entry **entry) {
    const strmap *m = &g->map;
    for (int32_t f = 0; f < n && f < GAZ_PREFETCH_DIST; f++)
        __builtin_prefetch(gaz_first_slot(m, words[rep[f]].h_lw));
    for (int32_t f = 0; f < n; f++) {
        if (f + GAZ_PREFETCH_DIST < n)
            __builtin_prefetch(gaz_first_slot(m, words[rep[f + GAZ_PREFETCH_DIST]].h_lw));
        if (f + GAZ_PREFETCH_DIST / 2 < n) {
            const char *key = gaz_first_key(m, words[rep[f + GAZ_PREFETCH_DIST / 2]].h_lw);
            if (key)
                __builtin_prefetch(key);
        }
        const ner_word *w = &words[rep[f]];
        /* h_lw is hash_bytes of lw, the map's hash: not computed again */
        int32_t v = strmap_get_h(&g->map, w->lw, w->len, w->h_lw);
        entry[f] = v < 0 ? NULL : &g->entries[v];
        known[f] = 1;
    }
}

static bool cap_word(const ner_word *w) {
    unsigned char c = (unsigned char)w->w[0];
    return w->len && (is_upper(c) || c >= 0xC0) && !w->all_caps_sentence;
}

static bool is_word(const ner_word *w, const char *s) {
    size_t n = strlen(s);
    return w->len == n && memcmp(w->lw, s, n) == 0;
}

/* The NERD_* bits that word i (not empty) gives its form. */
static int32_t doc_bits(const ner_word *words, size_t n, size_t i) {
    const uint32_t honorific = 3u << (2 * 7), orgword = 3u << (2 * 6); /* GZ_HONORIFIC, GZ_ORGWORD */
    const ner_word *w = &words[i];
    unsigned char c = (unsigned char)w->w[0];
    int32_t bit = 0;
    bool cap = cap_word(w);
    const ner_word *prev = i > 0 && !w->sent_start ? &words[i - 1] : NULL;
    const ner_word *next = i + 1 < n && !words[i + 1].sent_start ? &words[i + 1] : NULL;
    if (cap && !w->sent_start)
        bit |= NERD_CAP_ELSEWHERE;
    else if (is_lower(c))
        bit |= NERD_LOWER_ELSEWHERE;
    if (cap) {
        if ((prev && cap_word(prev)) || (next && cap_word(next)))
            bit |= NERD_IN_CAPRUN;
        if (prev && (prev->gaz & honorific))
            bit |= NERD_AFTER_HONORIFIC;
        if (next && (next->gaz & orgword))
            bit |= NERD_BEFORE_ORGWORD;
        if (prev && (is_word(prev, "in") || is_word(prev, "at") || is_word(prev, "from") ||
                     is_word(prev, "near")))
            bit |= NERD_AFTER_LOCPREP;
    }
    return bit;
}

bool ner_words_build(ner_word *words, const char *const *s, const uint32_t *len, const int32_t *sent,
                     size_t n, const ner_gaz *g, char *norm) {
    return ner_words_build_letters(words, s, len, NULL, sent, n, g, norm);
}

bool ner_words_build_letters(ner_word *words, const char *const *s, const uint32_t *len, const uint8_t *letters,
                             const int32_t *sent, size_t n, const ner_gaz *g, char *norm) {
    size_t total = 0, o = 0, nsurf = 0;
    for (size_t i = 0; i < n; i++)
        total += len[i];
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    int32_t *table = malloc(cap * sizeof *table);
    int32_t *id = malloc((n ? n : 1) * sizeof *id);
    uint8_t *lower = malloc(n ? n : 1);
    int32_t *first = malloc((n ? n : 1) * sizeof *first); /* first word of the same surface */
    /* per lower-case form, of which there are no more than surfaces: allocated once these
     * are counted (a fraction of the words in news, and two of the arrays are zeroed) */
    int32_t *rep = NULL, *bits = NULL;
    uint8_t *known = NULL;
    const ner_gaz_entry **entry = NULL;
    bool ok = table && id && lower && first;
    if (ok)
        memset(table, 0xFF, cap * sizeof *table);
    /* Strings, shapes and hashes once per distinct surface string (news repeats its words):
     * a word seen before takes them from its first occurrence, pointers to the same bytes
     * included. */
    for (size_t i = 0; ok && i < n; i++) {
        ner_word *w = &words[i];
        size_t sl = (size_t)hash_quick(s[i], len[i]) & (cap - 1);
        while (table[sl] >= 0 && !(len[table[sl]] == len[i] && strmap_same_key(s[table[sl]], s[i], len[i])))
            sl = (sl + 1) & (cap - 1);
        first[i] = table[sl] >= 0 ? table[sl] : (int32_t)i;
        if (table[sl] >= 0) {
            const ner_word *f = &words[table[sl]];
            w->w = f->w;
            w->lw = f->lw;
            w->len = f->len;
            memcpy(w->shape, f->shape, sizeof w->shape);
            w->shape_len = f->shape_len;
            w->h_w = f->h_w;
            w->h_lw = f->h_lw;
            w->h_shape = f->h_shape;
            lower[i] = lower[table[sl]];
            continue;
        }
        table[sl] = (int32_t)i;
        nsurf++;
        lower[i] = letters && letters[i] && len[i] ? word_make_letters(w, s[i], len[i], norm + o, norm + total + o)
                                                   : word_make(w, s[i], len[i], norm + o, norm + total + o);
        o += w->len;
    }
    for (size_t i = 0; ok && i < n;) {
        size_t j = i + 1;
        while (j < n && sent[j] == sent[i])
            j++;
        words_sentence(words + i, lower + i, j - i);
        i = j;
    }
    /* Distinct lower-case forms next: the one-word gazetteer lookups and the document flags
     * are then done once per form instead of once or twice per word (the result is what
     * looking up and flagging each word on its own would give). Form ids through an
     * open-addressing table on h_lw (FNV-1a of lw, already computed). */
    int32_t nforms = 0;
    if (ok) {
        size_t m = nsurf ? nsurf : 1;
        rep = malloc(m * sizeof *rep);
        bits = calloc(m, sizeof *bits);
        known = calloc(m, 1);
        entry = malloc(m * sizeof *entry);
        ok = rep && bits && known && entry;
    }
    /* at most one form per surface: the table needs only twice their number of slots */
    size_t fcap = 16;
    while (fcap < 2 * nsurf)
        fcap *= 2;
    if (ok)
        memset(table, 0xFF, fcap * sizeof *table);
    for (size_t i = 0; ok && i < n; i++) {
        id[i] = -1;
        const ner_word *w = &words[i];
        if (first[i] != (int32_t)i) {
            id[i] = id[first[i]]; /* the same surface, the same lower-case form */
            continue;
        }
        if (!w->len)
            continue;
        size_t sl = (size_t)(w->h_lw ^ (w->h_lw >> 32)) & (fcap - 1);
        while (table[sl] >= 0 && !(words[rep[table[sl]]].len == w->len &&
                                   strmap_same_key(words[rep[table[sl]]].lw, w->lw, w->len)))
            sl = (sl + 1) & (fcap - 1);
        if (table[sl] < 0) {
            table[sl] = nforms;
            rep[nforms++] = (int32_t)i;
        }
        id[i] = table[sl];
    }
    if (ok && g && g->map.count)
        gaz_prefetched_lookups(g, words, rep, nforms, known, entry);
    if (ok) {
        gaz_memo memo = {id, known, entry};
        for (size_t i = 0; i < n;) {
            size_t j = i + 1;
            while (j < n && sent[j] == sent[i])
                j++;
            memo.id = id + i;
            words_gaz(words + i, j - i, g, &memo);
            i = j;
        }
        for (size_t i = 0; i < n; i++)
            if (id[i] >= 0)
                bits[id[i]] |= doc_bits(words, n, i);
        for (size_t i = 0; i < n; i++)
            if (id[i] >= 0)
                words[i].doc = (uint8_t)bits[id[i]];
    }
    free(first);
    free(lower);
    free(entry);
    free(known);
    free(bits);
    free(id);
    free(rep);
    free(table);
    return ok;
}

/* ---- features ------------------------------------------------------------------------------ */

enum tmpl {
    F_BIAS = 1, F_W, F_LW, F_SHAPE, F_P1, F_P2, F_P3, F_P4, F_S1, F_S2, F_S3, F_S4,
    F_LWM1, F_LWP1, F_LWM2, F_LWP2, F_SHM1, F_SHP1, F_BIM1, F_BIP1, F_SH3, F_START_SHAPE,
    F_DOC, F_DOC_START, F_GAZ, F_GAZM1, F_GAZP1, F_CAPS_LW, F_LEN, F_WM1, F_WP1, F_SHM2, F_SHP2,
    F_LWM1_SH, F_LWP1_SH, F_HYPH, F_DOCBIT, F_LWM1P1, F_S3M1, F_S3P1,
    /* second stage */
    F_T1 = 100, F_T1M1, F_T1P1, F_T1_3, F_HIST, F_HIST_SH, F_HIST_T1, F_HISTM1, F_HISTP1
};

size_t ner_features(const ner_word *ws, size_t n, size_t i, uint64_t *out) {
    size_t k = 0;
    const ner_word *w = &ws[i];
    const ner_word *m1 = i >= 1 ? &ws[i - 1] : NULL, *m2 = i >= 2 ? &ws[i - 2] : NULL;
    const ner_word *p1 = i + 1 < n ? &ws[i + 1] : NULL, *p2 = i + 2 < n ? &ws[i + 2] : NULL;
    uint64_t lwm1 = m1 ? m1->h_lw : NER_H_BOS, lwm2 = m2 ? m2->h_lw : NER_H_BOS;
    uint64_t lwp1 = p1 ? p1->h_lw : NER_H_EOS, lwp2 = p2 ? p2->h_lw : NER_H_EOS;
    uint64_t shm1 = m1 ? m1->h_shape : NER_H_BOS, shm2 = m2 ? m2->h_shape : NER_H_BOS;
    uint64_t shp1 = p1 ? p1->h_shape : NER_H_EOS, shp2 = p2 ? p2->h_shape : NER_H_EOS;
#define F1(t, a) ner_hash_comb(ner_hash_init(t), (a))
#define F2(t, a, b) ner_hash_comb(ner_hash_comb(ner_hash_init(t), (a)), (b))

    out[k++] = ner_hash_init(F_BIAS);
    out[k++] = F1(F_W, w->h_w);
    out[k++] = F1(F_LW, w->h_lw);
    out[k++] = F1(F_SHAPE, w->h_shape);
    /* Prefixes and suffixes by byte, up to 4 and never the whole word. */
    uint64_t hp = 1469598103934665603ull, hs = hp;
    for (uint32_t a = 1; a <= 4 && a < w->len; a++) {
        hp = (hp ^ (unsigned char)w->lw[a - 1]) * FNV_PRIME;
        hs = (hs ^ (unsigned char)w->lw[w->len - a]) * FNV_PRIME;
        out[k++] = F1(F_P1 + a - 1, hp);
        out[k++] = F1(F_S1 + a - 1, hs);
    }
    out[k++] = F1(F_LWM1, lwm1);
    out[k++] = F1(F_LWP1, lwp1);
    out[k++] = F1(F_LWM2, lwm2);
    out[k++] = F1(F_LWP2, lwp2);
    out[k++] = F1(F_WM1, m1 ? m1->h_w : NER_H_BOS);
    out[k++] = F1(F_WP1, p1 ? p1->h_w : NER_H_EOS);
    out[k++] = F1(F_SHM1, shm1);
    out[k++] = F1(F_SHP1, shp1);
    out[k++] = F1(F_SHM2, shm2);
    out[k++] = F1(F_SHP2, shp2);
    out[k++] = F2(F_BIM1, lwm1, w->h_lw);
    out[k++] = F2(F_BIP1, w->h_lw, lwp1);
    out[k++] = ner_hash_comb(F2(F_SH3, shm1, w->h_shape), shp1);
    out[k++] = F2(F_LWM1_SH, lwm1, w->h_shape);
    out[k++] = F2(F_LWP1_SH, w->h_shape, lwp1);
    out[k++] = F2(F_START_SHAPE, w->sent_start, w->h_shape);
    out[k++] = F1(F_DOC, w->doc);
    out[k++] = ner_hash_comb(F2(F_DOC_START, w->doc, w->sent_start), w->h_shape);
    out[k++] = F1(F_LEN, w->len > 12 ? 12 : w->len);
    for (uint32_t b = 0; b < 6; b++)
        if (w->doc & (1u << b))
            out[k++] = F2(F_DOCBIT, b, w->h_shape);
    out[k++] = F2(F_LWM1P1, lwm1, lwp1);
    if (m1 && m1->len >= 3)
        out[k++] = F1(F_S3M1, str_hash(m1->lw + m1->len - 3, 3));
    if (p1 && p1->len >= 3)
        out[k++] = F1(F_S3P1, str_hash(p1->lw + p1->len - 3, 3));
    if (w->all_caps_sentence)
        out[k++] = F1(F_CAPS_LW, w->h_lw);
    const char *hy = memchr(w->lw, '-', w->len);
    if (hy)
        out[k++] = F1(F_HYPH, str_hash(w->lw, (size_t)(hy - w->lw)));
    /* Gazetteer classes: one feature per (class, begins|inside), and the neighbours' classes. */
    for (unsigned c = 0; c < GZ_NCLASSES; c++) {
        uint32_t b = (w->gaz >> (2 * c)) & 3u;
        if (b)
            out[k++] = F1(F_GAZ, c * 4 + b);
        if (m1 && ((m1->gaz >> (2 * c)) & 3u))
            out[k++] = F1(F_GAZM1, c * 4 + ((m1->gaz >> (2 * c)) & 3u));
        if (p1 && ((p1->gaz >> (2 * c)) & 3u))
            out[k++] = F1(F_GAZP1, c * 4 + ((p1->gaz >> (2 * c)) & 3u));
    }
#undef F1
#undef F2
    return k;
}

/* The three parts below must emit, together, exactly what ner_features emits (see ner_feat.h);
 * a change to one side without the other is caught by bench_ner's cross-check and
 * test_ner. */

size_t ner_features_self_word(const ner_word *w, uint64_t *out) {
    size_t k = 0;
    out[k++] = ner_hash_comb(ner_hash_init(F_W), w->h_w);
    out[k++] = ner_hash_comb(ner_hash_init(F_LW), w->h_lw);
    /* template hashes as constants (h_init of a variable is two multiplies at every call) */
    const uint64_t hinit_p[4] = {ner_hash_init(F_P1), ner_hash_init(F_P2), ner_hash_init(F_P3), ner_hash_init(F_P4)};
    const uint64_t hinit_s[4] = {ner_hash_init(F_S1), ner_hash_init(F_S2), ner_hash_init(F_S3), ner_hash_init(F_S4)};
    uint64_t hp = 1469598103934665603ull, hs = hp;
    for (uint32_t a = 1; a <= 4 && a < w->len; a++) {
        hp = (hp ^ (unsigned char)w->lw[a - 1]) * FNV_PRIME;
        hs = (hs ^ (unsigned char)w->lw[w->len - a]) * FNV_PRIME;
        out[k++] = ner_hash_comb(hinit_p[a - 1], hp);
        out[k++] = ner_hash_comb(hinit_s[a - 1], hs);
    }
    if (w->all_caps_sentence)
        out[k++] = ner_hash_comb(ner_hash_init(F_CAPS_LW), w->h_lw);
    const char *hy = memchr(w->lw, '-', w->len);
    if (hy)
        out[k++] = ner_hash_comb(ner_hash_init(F_HYPH), str_hash(w->lw, (size_t)(hy - w->lw)));
    return k;
}

_Static_assert((NERD_CAP_ELSEWHERE | NERD_LOWER_ELSEWHERE | NERD_IN_CAPRUN | NERD_AFTER_HONORIFIC |
                NERD_BEFORE_ORGWORD | NERD_AFTER_LOCPREP) < NER_SMALL_VALUES &&
                   4 * GZ_NCLASSES <= NER_SMALL_VALUES,
               "the small features' values index tables of NER_SMALL_VALUES");

uint64_t ner_feature_small(int kind, unsigned value) {
    switch (kind) {
    case NER_SMALL_BIAS:
        return ner_hash_init(F_BIAS);
    case NER_SMALL_DOC:
        return ner_hash_comb(ner_hash_init(F_DOC), value);
    case NER_SMALL_LEN:
        return ner_hash_comb(ner_hash_init(F_LEN), value);
    case NER_SMALL_GAZ:
        return ner_hash_comb(ner_hash_init(F_GAZ), value);
    case NER_SMALL_GAZM1:
        return ner_hash_comb(ner_hash_init(F_GAZM1), value);
    default:
        return ner_hash_comb(ner_hash_init(F_GAZP1), value);
    }
}

size_t ner_features_self_shape(const ner_word *w, uint64_t *out) {
    size_t k = 0;
    out[k++] = ner_hash_comb(ner_hash_init(F_SHAPE), w->h_shape);
    out[k++] = ner_hash_comb(ner_hash_comb(ner_hash_init(F_START_SHAPE), w->sent_start), w->h_shape);
    out[k++] = ner_hash_comb(ner_hash_comb(ner_hash_comb(ner_hash_init(F_DOC_START), w->doc), w->sent_start),
                             w->h_shape);
    for (uint32_t b = 0; b < 6; b++)
        if (w->doc & (1u << b))
            out[k++] = ner_hash_comb(ner_hash_comb(ner_hash_init(F_DOCBIT), b), w->h_shape);
    return k;
}

uint64_t ner_feature_shape(int kind, unsigned value, uint64_t h_shape) {
    switch (kind) {
    case NER_SHAPE_SELF:
        return ner_hash_comb(ner_hash_init(F_SHAPE), h_shape);
    case NER_SHAPE_START:
        return ner_hash_comb(ner_hash_comb(ner_hash_init(F_START_SHAPE), value), h_shape);
    case NER_SHAPE_DOCBIT:
        return ner_hash_comb(ner_hash_comb(ner_hash_init(F_DOCBIT), value), h_shape);
    default: {
        ner_word nb;
        memset(&nb, 0, sizeof nb);
        nb.h_shape = h_shape;
        uint64_t f;
        return ner_features_neighbour_shape(&nb, (int)value, &f) ? f : 0;
    }
    }
}

uint64_t ner_feature_doc_start(unsigned doc, unsigned start, uint64_t h_shape) {
    return ner_hash_comb(ner_hash_comb(ner_hash_comb(ner_hash_init(F_DOC_START), doc), start), h_shape);
}

uint64_t ner_shape_hash(const char *s, size_t n) { return str_hash(s, n); }

size_t ner_features_self_class(const ner_word *w, uint64_t *out) {
    size_t k = 0;
    out[k++] = ner_feature_small(NER_SMALL_BIAS, 0);
    out[k++] = ner_feature_small(NER_SMALL_DOC, w->doc);
    out[k++] = ner_feature_small(NER_SMALL_LEN, w->len > 12 ? 12 : w->len);
    for (unsigned c = 0; c < GZ_NCLASSES; c++) {
        uint32_t b = (w->gaz >> (2 * c)) & 3u;
        if (b)
            out[k++] = ner_feature_small(NER_SMALL_GAZ, c * 4 + b);
    }
    return k + ner_features_self_shape(w, out + k);
}

size_t ner_features_neighbour_word(const ner_word *nb, int role, uint64_t *out) {
    size_t k = 0;
    bool before = role == NER_NB_M1 || role == NER_NB_M2;
    uint64_t edge = before ? NER_H_BOS : NER_H_EOS;
    uint64_t lw = nb ? nb->h_lw : edge;
    switch (role) {
    case NER_NB_M2:
    case NER_NB_P2:
        out[k++] = ner_hash_comb((role == NER_NB_M2 ? ner_hash_init(F_LWM2) : ner_hash_init(F_LWP2)), lw);
        break;
    case NER_NB_M1:
    case NER_NB_P1:
        out[k++] = ner_hash_comb((before ? ner_hash_init(F_LWM1) : ner_hash_init(F_LWP1)), lw);
        out[k++] = ner_hash_comb((before ? ner_hash_init(F_WM1) : ner_hash_init(F_WP1)), nb ? nb->h_w : edge);
        if (nb && nb->len >= 3)
            out[k++] = ner_hash_comb((before ? ner_hash_init(F_S3M1) : ner_hash_init(F_S3P1)), str_hash(nb->lw + nb->len - 3, 3));
        break;
    default:
        break;
    }
    return k;
}

size_t ner_features_neighbour_shape(const ner_word *nb, int role, uint64_t *out) {
    bool before = role == NER_NB_M1 || role == NER_NB_M2;
    uint64_t sh = nb ? nb->h_shape : before ? NER_H_BOS : NER_H_EOS;
    uint64_t t; /* a constant in each case (ner_hash_init of a variable is two multiplies) */
    switch (role) {
    case NER_NB_M2:
        t = ner_hash_init(F_SHM2);
        break;
    case NER_NB_M1:
        t = ner_hash_init(F_SHM1);
        break;
    case NER_NB_P1:
        t = ner_hash_init(F_SHP1);
        break;
    case NER_NB_P2:
        t = ner_hash_init(F_SHP2);
        break;
    default:
        return 0;
    }
    out[0] = ner_hash_comb(t, sh);
    return 1;
}

size_t ner_features_neighbour_class(const ner_word *nb, int role, uint64_t *out) {
    size_t k = ner_features_neighbour_shape(nb, role, out);
    if (nb && (role == NER_NB_M1 || role == NER_NB_P1))
        for (unsigned c = 0; c < GZ_NCLASSES; c++) {
            uint32_t b = (nb->gaz >> (2 * c)) & 3u;
            if (b)
                out[k++] = ner_feature_small(role == NER_NB_M1 ? NER_SMALL_GAZM1 : NER_SMALL_GAZP1, c * 4 + b);
        }
    return k;
}

size_t ner_features_pairs(const ner_word *ws, size_t n, size_t i, uint64_t *out) {
    size_t k = 0;
    const ner_word *w = &ws[i];
    const ner_word *m1 = i >= 1 ? &ws[i - 1] : NULL, *p1 = i + 1 < n ? &ws[i + 1] : NULL;
    uint64_t lwm1 = m1 ? m1->h_lw : NER_H_BOS, lwp1 = p1 ? p1->h_lw : NER_H_EOS;
    uint64_t shm1 = m1 ? m1->h_shape : NER_H_BOS, shp1 = p1 ? p1->h_shape : NER_H_EOS;
    out[k++] = ner_hash_comb(ner_hash_comb(ner_hash_init(F_BIM1), lwm1), w->h_lw);
    out[k++] = ner_hash_comb(ner_hash_comb(ner_hash_init(F_BIP1), w->h_lw), lwp1);
    out[k++] = ner_hash_comb(ner_hash_comb(ner_hash_comb(ner_hash_init(F_SH3), shm1), w->h_shape), shp1);
    out[k++] = ner_hash_comb(ner_hash_comb(ner_hash_init(F_LWM1_SH), lwm1), w->h_shape);
    out[k++] = ner_hash_comb(ner_hash_comb(ner_hash_init(F_LWP1_SH), w->h_shape), lwp1);
    out[k++] = ner_hash_comb(ner_hash_comb(ner_hash_init(F_LWM1P1), lwm1), lwp1);
    return k;
}

/* Halves 0-3: the word as the one before (BIM1, SH3, LWM1_SH, LWM1P1); 4-5: as itself (BIP1,
 * LWP1_SH). */
void ner_pair_halves(const ner_word *w, uint64_t *out) {
    uint64_t lw = w ? w->h_lw : NER_H_BOS, sh = w ? w->h_shape : NER_H_BOS;
    out[0] = ner_hash_comb(ner_hash_init(F_BIM1), lw);
    out[1] = ner_hash_comb(ner_hash_init(F_SH3), sh);
    out[2] = ner_hash_comb(ner_hash_init(F_LWM1_SH), lw);
    out[3] = ner_hash_comb(ner_hash_init(F_LWM1P1), lw);
    out[4] = w ? ner_hash_comb(ner_hash_init(F_BIP1), w->h_lw) : 0;
    out[5] = w ? ner_hash_comb(ner_hash_init(F_LWP1_SH), w->h_shape) : 0;
}

void ner_pair_halves_lw(uint64_t h_lw, uint64_t *out) {
    out[0] = ner_hash_comb(ner_hash_init(F_BIM1), h_lw);
    out[2] = ner_hash_comb(ner_hash_init(F_LWM1_SH), h_lw);
    out[3] = ner_hash_comb(ner_hash_init(F_LWM1P1), h_lw);
    out[4] = ner_hash_comb(ner_hash_init(F_BIP1), h_lw);
}

void ner_pair_halves_shape(uint64_t h_shape, uint64_t *out) {
    out[1] = ner_hash_comb(ner_hash_init(F_SH3), h_shape);
    out[5] = ner_hash_comb(ner_hash_init(F_LWP1_SH), h_shape);
}

/* ---- second stage -------------------------------------------------------------------------- */

/* The second stage's features use their own template ids: its table is separate, and the
 * trainer keeps one dictionary for both stages. */
#define CORE(t) ((t) + 200u)

size_t ner_features_core(const ner_word *ws, size_t n, size_t i, uint64_t *out) {
    size_t k = 0;
    const ner_word *w = &ws[i];
    const ner_word *m1 = i >= 1 ? &ws[i - 1] : NULL, *p1 = i + 1 < n ? &ws[i + 1] : NULL;
    uint64_t lwm1 = m1 ? m1->h_lw : NER_H_BOS, lwp1 = p1 ? p1->h_lw : NER_H_EOS;
    uint64_t shm1 = m1 ? m1->h_shape : NER_H_BOS, shp1 = p1 ? p1->h_shape : NER_H_EOS;
    out[k++] = ner_hash_init(CORE(F_BIAS));
    out[k++] = ner_hash_comb(ner_hash_init(CORE(F_W)), w->h_w);
    out[k++] = ner_hash_comb(ner_hash_init(CORE(F_LW)), w->h_lw);
    out[k++] = ner_hash_comb(ner_hash_init(CORE(F_SHAPE)), w->h_shape);
    out[k++] = ner_hash_comb(ner_hash_init(CORE(F_LWM1)), lwm1);
    out[k++] = ner_hash_comb(ner_hash_init(CORE(F_LWP1)), lwp1);
    out[k++] = ner_hash_comb(ner_hash_comb(ner_hash_comb(ner_hash_init(CORE(F_SH3)), shm1), w->h_shape), shp1);
    out[k++] = ner_hash_comb(ner_hash_comb(ner_hash_init(CORE(F_START_SHAPE)), w->sent_start), w->h_shape);
    out[k++] = ner_hash_comb(ner_hash_comb(ner_hash_comb(ner_hash_init(CORE(F_DOC_START)), w->doc), w->sent_start), w->h_shape);
    if (w->len >= 3)
        out[k++] = ner_hash_comb(ner_hash_init(CORE(F_S3)), str_hash(w->lw + w->len - 3, 3));
    for (unsigned c = 0; c < GZ_NCLASSES; c++) {
        uint32_t b = (w->gaz >> (2 * c)) & 3u;
        if (b)
            out[k++] = ner_hash_comb(ner_hash_init(CORE(F_GAZ)), c * 4 + b);
    }
    return k;
}

bool ner_history(const ner_word *words, size_t n, const uint8_t *tags, uint8_t *hist) {
    /* Per distinct word: counts of occurrences in mentions of each type, and of capitalised
     * non-initial occurrences tagged O. */
    strmap map;
    if (!strmap_init(&map, n ? n : 1))
        return false;
    uint16_t(*cnt)[NER_NTYPES + 1] = calloc(n ? n : 1, sizeof *cnt);
    if (!cnt) {
        strmap_free(&map);
        return false;
    }
    int32_t next = 0;
    int32_t *id = malloc((n ? n : 1) * sizeof *id);
    if (!id) {
        free(cnt);
        strmap_free(&map);
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        bool ins;
        int32_t *v = words[i].len ? strmap_upsert(&map, words[i].lw, words[i].len, next, &ins) : NULL;
        if (words[i].len && !v) {
            free(id);
            free(cnt);
            strmap_free(&map);
            return false;
        }
        if (!v) {
            id[i] = -1;
            continue;
        }
        if (ins)
            next++;
        id[i] = *v;
        int t = ner_tag_type(tags[i]);
        if (t >= 0)
            cnt[*v][t]++;
        else if (cap_word(&words[i]) && !words[i].sent_start)
            cnt[*v][NER_NTYPES]++;
    }
    for (size_t i = 0; i < n; i++) {
        hist[i] = 0;
        if (id[i] < 0)
            continue;
        int own = ner_tag_type(tags[i]);
        bool own_o = own < 0 && cap_word(&words[i]) && !words[i].sent_start;
        for (int t = 0; t < NER_NTYPES; t++)
            if (cnt[id[i]][t] > (t == own))
                hist[i] |= (uint8_t)(1u << t);
        if (cnt[id[i]][NER_NTYPES] > own_o)
            hist[i] |= NERH_O_CAPITALISED;
    }
    free(id);
    free(cnt);
    strmap_free(&map);
    return true;
}

size_t ner_features_stacked(const ner_word *ws, size_t n, size_t i, const uint8_t *tags1,
                            const uint8_t *hist, uint64_t *out) {
    size_t k = 0;
    uint64_t tm1 = i ? tags1[i - 1] : 0xFFu, tp1 = i + 1 < n ? tags1[i + 1] : 0xFEu;
    uint64_t hm1 = i ? hist[i - 1] : 0xFFu, hp1 = i + 1 < n ? hist[i + 1] : 0xFEu;
    out[k++] = ner_hash_comb(ner_hash_init(F_T1), tags1[i]);
    out[k++] = ner_hash_comb(ner_hash_init(F_T1M1), tm1);
    out[k++] = ner_hash_comb(ner_hash_init(F_T1P1), tp1);
    out[k++] = ner_hash_comb(ner_hash_comb(ner_hash_comb(ner_hash_init(F_T1_3), tm1), tags1[i]), tp1);
    out[k++] = ner_hash_comb(ner_hash_init(F_HIST), hist[i]);
    out[k++] = ner_hash_comb(ner_hash_comb(ner_hash_init(F_HIST_SH), hist[i]), ws[i].h_shape);
    out[k++] = ner_hash_comb(ner_hash_comb(ner_hash_init(F_HIST_T1), hist[i]), tags1[i]);
    out[k++] = ner_hash_comb(ner_hash_init(F_HISTM1), hm1);
    out[k++] = ner_hash_comb(ner_hash_init(F_HISTP1), hp1);
    return k;
}
