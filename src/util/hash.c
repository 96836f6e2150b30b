/* hash.c — see hash.h. Expected O(1) per operation. */
#include "util/hash.h"

#include <stdlib.h>
#include <string.h>

bool strmap_init(strmap *m, size_t expected) {
    size_t cap = 16;
    while (cap < expected * 2)
        cap *= 2;
    m->slots = calloc(cap, sizeof *m->slots);
    m->cap = m->slots ? cap : 0;
    m->count = 0;
    return m->slots != NULL;
}

void strmap_free(strmap *m) {
    free(m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
}

static inline uint64_t load64(const char *p) {
    uint64_t v;
    memcpy(&v, p, sizeof v);
    return v;
}
static inline uint32_t load32(const char *p) {
    uint32_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

/* Equal bytes. Nearly every key is a word of a few bytes: two overlapping loads compare one
 * of up to 16 bytes, which costs far less than the call to memcmp. */
static inline bool same_bytes(const char *a, const char *b, size_t len) {
    if (len >= 8) {
        if (len > 16)
            return memcmp(a, b, len) == 0;
        return load64(a) == load64(b) && load64(a + len - 8) == load64(b + len - 8);
    }
    if (len >= 4)
        return load32(a) == load32(b) && load32(a + len - 4) == load32(b + len - 4);
    for (size_t i = 0; i < len; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

/* Inline in each caller: it runs at every lookup, and a call costs as much as a short
 * probe. */
static inline strmap_slot *find(const strmap *m, const char *key, size_t len, uint64_t h) {
    size_t mask = m->cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        strmap_slot *s = &m->slots[i];
        if (!s->key)
            return s;
        if (s->len == len && same_bytes(s->key, key, len))
            return s;
    }
}

static bool grow(strmap *m) {
    strmap_slot *old = m->slots;
    size_t oldcap = m->cap;
    strmap_slot *slots = calloc(oldcap * 2, sizeof *slots);
    if (!slots)
        return false;
    m->slots = slots;
    m->cap = oldcap * 2;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].key)
            *find(m, old[i].key, old[i].len, hash_bytes(old[i].key, old[i].len)) = old[i];
    free(old);
    return true;
}

int32_t strmap_get_h(const strmap *m, const char *key, size_t len, uint64_t h) {
    if (!m->cap)
        return -1;
    strmap_slot *s = find(m, key, len, h);
    return s->key ? s->value : -1;
}

int32_t strmap_get(const strmap *m, const char *key, size_t len) {
    return m->cap ? strmap_get_h(m, key, len, hash_bytes(key, len)) : -1;
}

const char *strmap_get_key_h(const strmap *m, const char *key, size_t len, uint64_t h, int32_t *value) {
    if (!m->cap)
        return NULL;
    strmap_slot *s = find(m, key, len, h);
    if (s->key && value)
        *value = s->value;
    return s->key;
}

const char *strmap_get_key(const strmap *m, const char *key, size_t len, int32_t *value) {
    return m->cap ? strmap_get_key_h(m, key, len, hash_bytes(key, len), value) : NULL;
}

static int32_t *upsert_h(strmap *m, const char *key, size_t len, uint64_t h, int32_t dflt, bool *inserted) {
    if (len > UINT32_MAX)
        return NULL;
    if (!m->cap && !strmap_init(m, 16))
        return NULL;
    if ((m->count + 1) * 2 > m->cap && !grow(m))
        return NULL;
    strmap_slot *s = find(m, key, len, h);
    if (inserted)
        *inserted = s->key == NULL;
    if (!s->key) {
        s->key = key;
        s->len = (uint32_t)len;
        s->value = dflt;
        m->count++;
    }
    return &s->value;
}

int32_t *strmap_upsert(strmap *m, const char *key, size_t len, int32_t dflt, bool *inserted) {
    return upsert_h(m, key, len, hash_bytes(key, len), dflt, inserted);
}

bool strmap_put_h(strmap *m, const char *key, size_t len, uint64_t h, int32_t value) {
    int32_t *v = upsert_h(m, key, len, h, value, NULL);
    if (!v)
        return false;
    *v = value;
    return true;
}

bool strmap_put(strmap *m, const char *key, size_t len, int32_t value) {
    return strmap_put_h(m, key, len, hash_bytes(key, len), value);
}
