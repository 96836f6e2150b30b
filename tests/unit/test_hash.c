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

/* ---- buf_printf: its own formatting of the common conversions must print what snprintf
 * prints, and hand the rest to snprintf with the right arguments. */
#include <stdint.h>
#include <stdio.h>

#include "util/buf.h"

#define SAME(fmt, ...)                                                                          \
    do {                                                                                        \
        char want[2048];                                                                        \
        snprintf(want, sizeof want, fmt, __VA_ARGS__);                                          \
        buf b;                                                                                  \
        buf_init(&b);                                                                           \
        buf_printf(&b, fmt, __VA_ARGS__);                                                       \
        cr_assert(buf_ok(&b));                                                                  \
        cr_assert_str_eq(b.data, want, "format \"%s\"", fmt);                                   \
        cr_assert_eq(b.len, strlen(want));                                                      \
        buf_free(&b);                                                                           \
    } while (0)

Test(buf, printf_matches_snprintf) {
    SAME("%u", 0u);
    SAME("%u|%u", 4294967295u, 7u);
    SAME("%d %d %d", -2147483647 - 1, 2147483647, 0);
    SAME("%i,%ld,%lld", -5, -1234567890123L, -9223372036854775807LL - 1);
    SAME("%zu %lu %llu", (size_t)-1, 12ul, 18446744073709551615ull);
    SAME("%jd %td %hhd %hd %hu", (intmax_t)-42, (ptrdiff_t)-3, 300, 70000, 70000);
    SAME("\"text\":%s,%c%%", "\"quoted\"", 'x');
    SAME("[%.*s] [%.3s] [%.0s] [%.10s]", 4, "abcdefgh", "abcdef", "abc", "short");
    SAME("%.4f %.3f %.2f %.6f %.10g", 0.72595, -1.0005, 1e20, 3.14159265358979, 1.0 / 3.0);
    SAME("%8.4f|%4zu|%-6d|%05d|%+d|%x|%X|%o|%#x", 2.5, (size_t)7, 42, 42, 42, 255u, 255u, 8u, 255u);
    SAME("%*d|%-*s|%.*f", 6, 12, 5, "ab", 2, 2.345);
    SAME("%s%s", "", "");
    SAME("%p", (void *)0x1234);
    SAME("%Lf", 1.5L);
    /* longer than any scratch array */
    char big[400];
    memset(big, 'q', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    SAME("%s|%300d|%.200f", big, 9, 1.25);
}

/* %.Nf is formatted without snprintf: every rounding case against the C library's. */
Test(buf, printf_fixed_point_matches_snprintf) {
    static const double fixed[] = {0.0, -0.0, 0.5, 1.5, 2.5, -0.5, 0.125, 0.375, 0.0625, 1e-320, -1e-7,
                                   0.72595, 0.00005, 0.00015, 123456.789, 9.9999995, 1e15, 9.2e18, 1e19,
                                   1e300, -1e300, 4.35, 2.675, 1.005, 0.045};
    char fmt[8];
    for (int p = 0; p <= 9; p++) {
        snprintf(fmt, sizeof fmt, "%%.%df", p);
        for (size_t k = 0; k < sizeof fixed / sizeof fixed[0]; k++)
            SAME(fmt, fixed[k]);
    }
    SAME("%f|%f", 3.14159265358979, -2.0 / 3.0);
    /* random bit patterns (all magnitudes) and random values near short decimals (ties) */
    uint64_t st = 0x9E3779B97F4A7C15ull;
    for (int k = 0; k < 200000; k++) {
        st ^= st << 13, st ^= st >> 7, st ^= st << 17;
        double x;
        if (k & 1) {
            uint64_t bits = st;
            memcpy(&x, &bits, sizeof x);
        } else {
            x = (double)(int64_t)(st % 2000001) / (double)(1u << (st >> 60)) - 1000.0;
        }
        int p = (int)(st >> 40) % 10;
        snprintf(fmt, sizeof fmt, "%%.%df", p);
        char want[400];
        snprintf(want, sizeof want, fmt, x);
        buf b;
        buf_init(&b);
        buf_printf(&b, fmt, x);
        cr_assert_str_eq(b.data, want, "%.17g with %s", x, fmt);
        buf_free(&b);
    }
}

/* buf_json_string skips eight bytes at a time when none needs escaping: the same output as
 * escaping byte by byte, whatever the positions of the bytes that do. */
static void json_reference(buf *b, const unsigned char *s, size_t n) {
    buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned c = s[i];
        if (c == '"' || c == '\\')
            buf_printf(b, "\\%c", c);
        else if (c == '\n')
            buf_puts(b, "\\n");
        else if (c == '\r')
            buf_puts(b, "\\r");
        else if (c == '\t')
            buf_puts(b, "\\t");
        else if (c < 0x20)
            buf_printf(b, "\\u%04x", c);
        else
            buf_putc(b, (char)c);
    }
    buf_putc(b, '"');
}

Test(buf, json_string_escapes_at_every_position) {
    static const unsigned char alphabet[] = {'a', 'Z', ' ', '"', '\\', '\n', '\r', '\t', 0x01, 0x1F, 0x7F, 0x80, 0xC3,
                                             0xFF, '!', '#', '[', ']', 0x20, 0x21, 0x5B, 0x5D};
    uint64_t st = 12345;
    for (int k = 0; k < 20000; k++) {
        unsigned char s[40];
        st ^= st << 13, st ^= st >> 7, st ^= st << 17;
        size_t n = st % sizeof s;
        for (size_t i = 0; i < n; i++) {
            st ^= st << 13, st ^= st >> 7, st ^= st << 17;
            /* mostly plain letters, so that long clean runs occur */
            s[i] = st % 4 ? (unsigned char)('a' + st % 26) : alphabet[(st >> 8) % sizeof alphabet];
        }
        buf got, want;
        buf_init(&got);
        buf_init(&want);
        buf_json_string(&got, (const char *)s, n);
        json_reference(&want, s, n);
        cr_assert(got.len == want.len && memcmp(got.data, want.data, got.len) == 0, "case %d", k);
        buf_free(&got);
        buf_free(&want);
    }
}
