/* hash: FNV-1a hashing and an open-addressing string -> int32 map.
 * The map stores pointers to keys it does not own (they must outlive it: arena or model
 * memory). Linear probing, power-of-two capacity, load factor <= 1/2. */
#ifndef PRECIS_UTIL_HASH_H
#define PRECIS_UTIL_HASH_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* FNV-1a's 64-bit offset basis and prime, for a caller that hashes bytes as it makes them
 * (the lexicon, as it folds a word). */
#define HASH_FNV_OFFSET 1469598103934665603ull
#define HASH_FNV_PRIME 1099511628211ull

/* FNV-1a. Four bytes a turn: the same hash with a quarter of the loop's overhead (it runs at
 * every word of a document, several times). The values must not change: they order the
 * slots that precis_idf_merge walks. */
static inline uint64_t hash_bytes(const void *p, size_t len) {
    const uint64_t prime = HASH_FNV_PRIME;
    const unsigned char *s = p;
    uint64_t h = HASH_FNV_OFFSET;
    size_t i = 0;
    for (; i + 4 <= len; i += 4) {
        h = (h ^ s[i]) * prime;
        h = (h ^ s[i + 1]) * prime;
        h = (h ^ s[i + 2]) * prime;
        h = (h ^ s[i + 3]) * prime;
    }
    for (; i < len; i++)
        h = (h ^ s[i]) * prime;
    return h;
}

/* A quick hash of a short string for a table private to one pass over a document (a
 * document's distinct words): not hash_bytes, whose values the model's tables are laid out
 * by, but a few loads and multiplies instead of one multiply a byte. Strings of up to 16
 * bytes are hashed whole (words nearly always are); longer ones by their first and last 8. */
static inline uint64_t hash_quick(const void *p, size_t len) {
    const unsigned char *s = p;
    uint64_t a, b;
    if (len >= 8) {
        memcpy(&a, s, 8);
        memcpy(&b, s + len - 8, 8);
    } else if (len >= 4) {
        uint32_t x, y;
        memcpy(&x, s, 4);
        memcpy(&y, s + len - 4, 4);
        a = x;
        b = y;
    } else {
        /* 1 to 3 bytes: the first, middle and last are all of them */
        a = len ? (uint64_t)s[0] | (uint64_t)s[len / 2] << 8 | (uint64_t)s[len - 1] << 16 : 0;
        b = 0;
    }
    uint64_t h = a * 0x9E3779B97F4A7C15ull ^ b * 0xC2B2AE3D27D4EB4Full ^ len;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 32);
}

/* hash_bytes of s[0, len) with A-Z lowered, which are written to dst: for a lookup of a
 * word's lower case, without a second pass over it. */
static inline uint64_t hash_lower_ascii(const char *s, size_t len, char *dst) {
    const uint64_t prime = HASH_FNV_PRIME;
    uint64_t h = HASH_FNV_OFFSET;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        c = c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
        dst[i] = (char)c;
        h = (h ^ c) * prime;
    }
    return h;
}

/* 16 bytes: no stored hash. Comparing the length and then a word or two of the key costs
 * about what comparing a stored hash did, growing recomputes the hashes, and a map a third
 * smaller is a third less to zero for every document's lexicon. */
typedef struct strmap_slot {
    const char *key; /* NULL = empty */
    uint32_t len;
    int32_t value;
} strmap_slot;

typedef struct strmap {
    strmap_slot *slots;
    size_t cap; /* power of two */
    size_t count;
    /* A read-only map whose keys lie in one block (a model image) may carry a packed copy,
     * an open-addressing table of its own (linear probing, packed_mask + 1 slots, hash_bytes
     * of the key), which lookups then read instead: 8 bytes a slot, the key's offset from
     * packed_base | its length << 32 | its value << 40, 0 for an empty slot. Fewer bytes to
     * keep in cache than slots (the built-in model's stem and idf tables: model.c). A map
     * may have the packed copy alone: no slots (NULL, cap 0: code that walks or probes the
     * slots finds none), count still set. Not the map's: it lives as long as the keys do.
     * NULL for most maps. */
    const uint64_t *packed;
    const char *packed_base;
    size_t packed_mask;
} strmap;

/* The largest key length and value a packed slot holds. */
#define STRMAP_PACKED_LEN_MAX 255u
#define STRMAP_PACKED_VALUE_MAX 0xFFFFFFu

bool strmap_init(strmap *m, size_t expected);
/* The packed slot of a key at packed_base + off of len bytes with `value`, or 0 when it does
 * not fit one (len 0 or over STRMAP_PACKED_LEN_MAX, value outside 0..STRMAP_PACKED_VALUE_MAX).
 * A map with a packed copy is read-only: lookups and walks of its slots only (no put, upsert
 * or reserve, which would leave the copy behind). */
static inline uint64_t strmap_packed_slot(uint32_t off, size_t len, int32_t value) {
    if (len == 0 || len > STRMAP_PACKED_LEN_MAX || value < 0 || (uint32_t)value > STRMAP_PACKED_VALUE_MAX)
        return 0;
    return (uint64_t)off | (uint64_t)len << 32 | (uint64_t)value << 40;
}
void strmap_free(strmap *m);

/* The map's own copy of a key equal to `key` (the pointer it was put with), or NULL when
 * absent; *value gets its value. For tables whose keys sit in front of more data. */
const char *strmap_get_key(const strmap *m, const char *key, size_t len, int32_t *value);
/* Inserts or overwrites. The key memory must outlive the map. False on out of memory. */
bool strmap_put(strmap *m, const char *key, size_t len, int32_t value);
/* Returns a pointer to the slot's value, inserting `dflt` when absent; NULL on OOM. */
int32_t *strmap_upsert(strmap *m, const char *key, size_t len, int32_t dflt, bool *inserted);
/* strmap_put with the key's hash_bytes() given, for a caller that looks one key up in several
 * maps (the lexicon: its form cache, the stopwords, the stem table; strmap_get_key_h below). */
bool strmap_put_h(strmap *m, const char *key, size_t len, uint64_t h, int32_t value);

/* ---- lookups, inline: they run at nearly every token, several times a token, and the call
 * cost about as much as a short probe ---- */

/* Equal bytes. Nearly every key is a word of a few bytes: two overlapping loads compare one
 * of up to 16 bytes, which costs far less than the call to memcmp. */
static inline bool strmap_same_key(const char *a, const char *b, size_t len) {
    if (len >= 8) {
        if (len > 16)
            return memcmp(a, b, len) == 0;
        uint64_t a0, b0, a1, b1;
        memcpy(&a0, a, 8);
        memcpy(&b0, b, 8);
        memcpy(&a1, a + len - 8, 8);
        memcpy(&b1, b + len - 8, 8);
        return a0 == b0 && a1 == b1;
    }
    if (len >= 4) {
        uint32_t a0, b0, a1, b1;
        memcpy(&a0, a, 4);
        memcpy(&b0, b, 4);
        memcpy(&a1, a + len - 4, 4);
        memcpy(&b1, b + len - 4, 4);
        return a0 == b0 && a1 == b1;
    }
    for (size_t i = 0; i < len; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

/* The slot holding key (hash h), or the empty slot where it would go. m->cap > 0. */
static inline strmap_slot *strmap_find_slot(const strmap *m, const char *key, size_t len, uint64_t h) {
    size_t mask = m->cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        strmap_slot *s = &m->slots[i];
        if (!s->key)
            return s;
        if (s->len == len && strmap_same_key(s->key, key, len))
            return s;
    }
}

/* The packed slot holding key (hash h), or 0 when there is none. */
static inline uint64_t strmap_find_packed(const strmap *m, const char *key, size_t len, uint64_t h) {
    size_t mask = m->packed_mask;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        uint64_t e = m->packed[i];
        if (!e || (((e >> 32) & 0xFF) == len && strmap_same_key(m->packed_base + (uint32_t)e, key, len)))
            return e;
    }
}

/* strmap_reserve's growing (or first allocation), out of line. */
bool strmap_reserve_grow(strmap *m, size_t extra);

/* Makes room for `extra` more keys, growing the map now if it must, so that a slot found by
 * strmap_find_slot stays where it is until strmap_fill fills it: one probe for a lookup that
 * inserts on a miss, where strmap_get_h then strmap_put_h made two. False on out of memory.
 * Inline: the lexicon asks at every word, and the map nearly always has room. */
static inline bool strmap_reserve(strmap *m, size_t extra) {
    return (m->cap && (m->count + extra) * 2 <= m->cap) || strmap_reserve_grow(m, extra);
}

/* Puts key into s, the empty slot strmap_find_slot found for it (after strmap_reserve, with no
 * change to the map in between). The key memory must outlive the map. */
static inline void strmap_fill(strmap *m, strmap_slot *s, const char *key, size_t len, int32_t value) {
    s->key = key;
    s->len = (uint32_t)len;
    s->value = value;
    m->count++;
}

/* The value for key, or -1 when absent; with its hash_bytes() given (a caller that looks one
 * key up in several maps: the lexicon). */
static inline int32_t strmap_get_h(const strmap *m, const char *key, size_t len, uint64_t h) {
    if (m->packed) {
        uint64_t e = strmap_find_packed(m, key, len, h);
        return e ? (int32_t)(e >> 40) : -1;
    }
    if (!m->cap)
        return -1;
    const strmap_slot *s = strmap_find_slot(m, key, len, h);
    return s->key ? s->value : -1;
}

/* strmap_get_key with the key's hash_bytes() given (the lexicon's stem table, at each new
 * form of a document). */
static inline const char *strmap_get_key_h(const strmap *m, const char *key, size_t len, uint64_t h,
                                           int32_t *value) {
    if (m->packed) {
        uint64_t e = strmap_find_packed(m, key, len, h);
        if (!e)
            return NULL;
        if (value)
            *value = (int32_t)(e >> 40);
        return m->packed_base + (uint32_t)e;
    }
    if (!m->cap)
        return NULL;
    const strmap_slot *s = strmap_find_slot(m, key, len, h);
    if (s->key && value)
        *value = s->value;
    return s->key;
}

/* Returns the value for key, or -1 when absent. */
static inline int32_t strmap_get(const strmap *m, const char *key, size_t len) {
    return m->cap || m->packed ? strmap_get_h(m, key, len, hash_bytes(key, len)) : -1;
}
#endif
