/* test_hash.c — util/hash: the hash values stay put and the key comparison is exact at every
 * length (find() compares short keys with overlapping word loads, long ones with memcmp). */
#include <criterion/criterion.h>
#include <string.h>

#include "util/hash.h"

Test(hash, values_do_not_change) {
    /* the slots' order follows these values, and precis_idf_merge walks the slots */
    cr_assert_eq(hash_bytes("", 0), 0x14650fb0739d0383ull);
    cr_assert_eq(hash_bytes("a", 1), 0x44bd8ad473cd9906ull);
    cr_assert_eq(hash_bytes("hello", 5), 0x5a0d15131ec7a1ull);
    cr_assert_eq(hash_bytes("precis splits sentences", 23), 0xc649b6cfca5a48c0ull);
}

Test(hash, keys_that_differ_in_one_byte_are_told_apart_at_every_length) {
    enum { MAX = 40 };
    char keys[MAX + 1][MAX], probe[MAX];
    for (size_t len = 1; len <= MAX; len++) {
        strmap m;
        cr_assert(strmap_init(&m, 4));
        for (size_t i = 0; i < len; i++)
            keys[len][i] = (char)('a' + (i * 7 + len) % 26);
        cr_assert(strmap_put(&m, keys[len], len, (int32_t)len));
        memcpy(probe, keys[len], len); /* the same bytes at another address */
        cr_assert_eq(strmap_get(&m, probe, len), (int32_t)len, "length %zu", len);
        for (size_t p = 0; p < len; p++) {
            probe[p] ^= 0x20; /* a case change: one bit of one byte */
            cr_assert_eq(strmap_get(&m, probe, len), -1, "length %zu, byte %zu", len, p);
            probe[p] ^= 0x20;
        }
        cr_assert_eq(strmap_get(&m, probe, len - 1), -1, "prefix of length %zu", len - 1);
        strmap_free(&m);
    }
}
