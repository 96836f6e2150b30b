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
    m->packed = NULL;
    m->packed_base = NULL;
    m->packed_mask = 0;
    return m->slots != NULL;
}

void strmap_free(strmap *m) {
    free(m->slots);
    m->slots = NULL;
    m->packed = NULL;
    m->packed_base = NULL;
    m->packed_mask = 0;
    m->cap = m->count = 0;
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
            *strmap_find_slot(m, old[i].key, old[i].len, hash_bytes(old[i].key, old[i].len)) = old[i];
    free(old);
    return true;
}

const char *strmap_get_key(const strmap *m, const char *key, size_t len, int32_t *value) {
    return m->cap || m->packed ? strmap_get_key_h(m, key, len, hash_bytes(key, len), value) : NULL;
}

bool strmap_reserve_grow(strmap *m, size_t extra) {
    if (m->packed)
        return false;
    if (!m->cap && !strmap_init(m, 16))
        return false;
    while ((m->count + extra) * 2 > m->cap)
        if (!grow(m))
            return false;
    return true;
}

static int32_t *upsert_h(strmap *m, const char *key, size_t len, uint64_t h, int32_t dflt, bool *inserted) {
    if (len > UINT32_MAX || m->packed)
        return NULL;
    if (!m->cap && !strmap_init(m, 16))
        return NULL;
    if ((m->count + 1) * 2 > m->cap && !grow(m))
        return NULL;
    strmap_slot *s = strmap_find_slot(m, key, len, h);
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
