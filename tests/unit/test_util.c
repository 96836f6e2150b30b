/* test_util.c — src/util: the arena, the growable buffer and its escaping, errors, and
 * min-max rescaling. (The string map and the JSON indenter have files of their own.) */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/minmax.h"

Test(arena, memory_is_aligned_zeroed_and_distinct) {
    arena a;
    arena_init(&a, 64);
    char *prev = NULL;
    for (size_t i = 1; i < 200; i++) { /* past the first block: new blocks, one large request */
        size_t size = i == 100 ? 10000 : i;
        char *p = arena_alloc(&a, size);
        cr_assert_not_null(p);
        cr_assert_eq((uintptr_t)p % 16, 0, "allocation %zu is not 16-byte aligned", i);
        memset(p, 0xee, size); /* must not overwrite an earlier allocation */
        if (prev)
            cr_assert_eq((unsigned char)prev[0], 0xee);
        prev = p;
    }
    int *z = arena_calloc(&a, 1000, sizeof *z);
    cr_assert_not_null(z);
    for (size_t i = 0; i < 1000; i++)
        cr_assert_eq(z[i], 0);
    cr_assert_geq(a.total, 10000);
    arena_free(&a);
}

Test(arena, calloc_overflow_is_null) {
    arena a;
    arena_init(&a, 64);
    cr_assert_null(arena_calloc(&a, SIZE_MAX / 2, 4));
    arena_free(&a);
}

Test(arena, strndup_copies_and_ends_with_nul) {
    arena a;
    arena_init(&a, 16);
    char *s = arena_strndup(&a, "harbour wall", 7);
    cr_assert_str_eq(s, "harbour");
    arena_free(&a);
}

Test(arena, adopted_blocks_are_freed_with_it) {
    arena a;
    arena_init(&a, 64);
    for (int i = 0; i < 3; i++) { /* freed by arena_free (the sanitizer build checks for leaks) */
        char *p = malloc(100);
        cr_assert_not_null(p);
        memset(p, 'a' + i, 100);
        cr_assert(arena_adopt(&a, p, 100));
        cr_assert_not_null(arena_alloc(&a, 1000)); /* records and blocks mixed */
    }
    cr_assert_geq(a.total, 300);
    arena_free(&a);
    cr_assert_null(a.owned);
}

Test(buf, grows_and_formats) {
    buf b;
    buf_init(&b);
    for (int i = 0; i < 1000; i++)
        buf_printf(&b, "%d,", i);
    cr_assert(buf_ok(&b));
    cr_assert_eq(b.data[b.len], '\0');
    cr_assert_eq(strncmp(b.data, "0,1,2,", 6), 0);
    cr_assert_eq(strcmp(b.data + b.len - 4, "999,"), 0);
    size_t len;
    char *out = buf_detach(&b, &len);
    cr_assert_eq(len, strlen(out));
    cr_assert_eq(b.len, 0);
    free(out);
    buf_free(&b);
}

/* %g has a path of its own for whole numbers (quantities): it must print what snprintf
 * prints, for them and for the values it leaves to snprintf. */
Test(buf, g_prints_as_snprintf) {
    const double vals[] = {0.0, -0.0, 1, -1, 7, 500, -1234567, 999999, 1000000, 1e9, 9999999999.0, 1e10,
                           -9999999999.0, 123456789012345.0, 1e15, 1e16, 0.5, -2.5, 1e-5, 4503599627370496.0,
                           1.0 / 0.0, -1.0 / 0.0};
    const char *const fmts[] = {"%g", "%.10g", "%.1g", "%.0g", "%.3g", "%.15g", "%.16g", "[%g]"};
    for (size_t f = 0; f < sizeof fmts / sizeof *fmts; f++)
        for (size_t i = 0; i < sizeof vals / sizeof *vals; i++) {
            buf b;
            buf_init(&b);
            buf_printf(&b, fmts[f], vals[i]);
            char want[64];
            snprintf(want, sizeof want, fmts[f], vals[i]);
            cr_assert_str_eq(b.data, want, "%s of %.17g", fmts[f], vals[i]);
            buf_free(&b);
        }
}

/* buf_put_fixed prints what %.Nf prints, for every N it takes and past it (snprintf), on
 * ties, values that round up a digit, minus zero, huge and non-finite values. */
Test(buf, put_fixed_prints_as_snprintf) {
    const double vals[] = {0.0, -0.0, 1, -1, 0.125, 0.375, 2.5, 0.0005, -0.0004, 0.9995, 0.99995, 1.0 / 3, 2.0 / 3,
                           123456.789, 1e18, 1e300, -1e-300, 4.9e-324, 0.1, 0.7, 1.0 / 0.0, -1.0 / 0.0};
    for (int prec = 0; prec <= 11; prec++)
        for (size_t i = 0; i < sizeof vals / sizeof *vals; i++) {
            buf b;
            buf_init(&b);
            buf_put_fixed(&b, vals[i], prec);
            char want[512];
            snprintf(want, sizeof want, "%.*f", prec, vals[i]);
            cr_assert_str_eq(b.data, want, "%%.%df of %.17g", prec, vals[i]);
            buf_free(&b);
        }
}

Test(buf, json_strings_are_escaped) {
    buf b;
    buf_init(&b);
    const char in[] = "a\"b\\c\nd\te\x01 \xc3\xa9";
    buf_json_string(&b, in, sizeof in - 1);
    cr_assert_str_eq(b.data, "\"a\\\"b\\\\c\\nd\\te\\u0001 \xc3\xa9\"");
    buf_free(&b);
}

Test(buf, html_is_escaped) {
    buf b;
    buf_init(&b);
    buf_html(&b, "<b>Tom & \"Jo\"</b>", 18);
    cr_assert_str_eq(b.data, "&lt;b&gt;Tom &amp; &quot;Jo&quot;&lt;/b&gt;");
    buf_free(&b);
}

Test(error, message_is_set_and_truncated_and_null_is_allowed) {
    precis_error err = {0};
    cr_assert_eq(set_error(&err, PRECIS_E_INPUT, "bad %s %d", "thing", 7), PRECIS_E_INPUT);
    cr_assert_eq(err.code, PRECIS_E_INPUT);
    cr_assert_str_eq(err.message, "bad thing 7");
    char longer[4 * sizeof err.message];
    memset(longer, 'x', sizeof longer - 1);
    longer[sizeof longer - 1] = '\0';
    set_error(&err, PRECIS_E_INPUT, "%s", longer);
    cr_assert_eq(strlen(err.message), sizeof err.message - 1);
    cr_assert_eq(set_error(NULL, PRECIS_E_NOMEM, "nobody listens"), PRECIS_E_NOMEM);
}

Test(minmax, rescales_onto_zero_one) {
    double v[] = {2, 6, 4, 10};
    minmax_normalise(v, 4);
    cr_assert_float_eq(v[0], 0, 1e-12);
    cr_assert_float_eq(v[1], 0.5, 1e-12);
    cr_assert_float_eq(v[2], 0.25, 1e-12);
    cr_assert_float_eq(v[3], 1, 1e-12);
}

Test(minmax, constant_and_tiny_inputs_become_zero) {
    double v[] = {3, 3, 3};
    minmax_normalise(v, 3);
    for (size_t i = 0; i < 3; i++)
        cr_assert_eq(v[i], 0);
    double one[] = {42};
    minmax_normalise(one, 1);
    cr_assert_eq(one[0], 0);
    minmax_normalise(NULL, 0); /* nothing to read */
}
