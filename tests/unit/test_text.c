/* test_text.c — the byte layer: tolerant UTF-8 decoding (maximal subparts), character
 * classes, clean copies (NFC, newline and whitespace handling) and case folding. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/text.h"
#include "util/buf.h"

static int32_t dec(const char *s, size_t i, size_t *n, bool *bad) { return text_decode(s, strlen(s), i, n, bad); }

Test(text, decodes_valid_sequences) {
    size_t n;
    bool bad;
    cr_expect_eq(dec("A", 0, &n, &bad), 'A');
    cr_expect_eq(n, 1);
    cr_expect(!bad);
    cr_expect_eq(dec("\xC3\xA9", 0, &n, &bad), 0xE9);
    cr_expect_eq(n, 2);
    cr_expect_eq(dec("\xE2\x80\x9C", 0, &n, &bad), 0x201C);
    cr_expect_eq(n, 3);
    cr_expect_eq(dec("\xF0\x9F\x98\x80", 0, &n, &bad), 0x1F600);
    cr_expect_eq(n, 4);
    cr_expect(!bad);
    cr_expect_eq(dec("\xF4\x8F\xBF\xBF", 0, &n, &bad), 0x10FFFF);
    cr_expect(!bad);
}

Test(text, invalid_sequences_are_maximal_subparts) {
    size_t n;
    bool bad;
    /* a lone continuation byte */
    cr_expect_eq(dec("\x80z", 0, &n, &bad), TEXT_REPLACEMENT);
    cr_expect(bad);
    cr_expect_eq(n, 1);
    /* overlong two-byte form */
    cr_expect_eq(dec("\xC0\xAF", 0, &n, &bad), TEXT_REPLACEMENT);
    cr_expect_eq(n, 1);
    /* overlong three-byte form: E0 must be followed by A0..BF */
    cr_expect_eq(dec("\xE0\x80\x80", 0, &n, &bad), TEXT_REPLACEMENT);
    cr_expect_eq(n, 1);
    /* surrogate */
    cr_expect_eq(dec("\xED\xA0\x80", 0, &n, &bad), TEXT_REPLACEMENT);
    cr_expect(bad);
    cr_expect_eq(n, 1);
    /* above U+10FFFF */
    cr_expect_eq(dec("\xF4\x90\x80\x80", 0, &n, &bad), TEXT_REPLACEMENT);
    cr_expect_eq(n, 1);
    cr_expect_eq(dec("\xF5\x80", 0, &n, &bad), TEXT_REPLACEMENT);
    cr_expect_eq(n, 1);
    /* truncated: the valid prefix is one maximal subpart */
    cr_expect_eq(dec("\xE2\x80z", 0, &n, &bad), TEXT_REPLACEMENT);
    cr_expect(bad);
    cr_expect_eq(n, 2);
    /* truncated by the end of the buffer, with an exact-size buffer */
    const char cut[2] = {'\xE2', '\x80'};
    cr_expect_eq(text_decode(cut, 2, 0, &n, &bad), TEXT_REPLACEMENT);
    cr_expect_eq(n, 2);
}

Test(text, counts_invalid_sequences) {
    cr_expect_eq(text_count_invalid("plain ascii", 11), 0);
    cr_expect_eq(text_count_invalid("caf\xC3\xA9", 5), 0);
    const char *s = "a\xFF" "b\xE2\x80" "c\xC0\xAF";
    cr_expect_eq(text_count_invalid(s, strlen(s)), 4); /* FF, E2 80, C0, AF */
    cr_expect_eq(text_count_invalid("", 0), 0);
}

Test(text, bom_length) {
    cr_expect_eq(text_bom_length("\xEF\xBB\xBFhi", 5), 3);
    cr_expect_eq(text_bom_length("\xEF\xBB", 2), 0);
    cr_expect_eq(text_bom_length("hi", 2), 0);
}

Test(text, character_classes) {
    cr_expect(text_is_space(' ') && text_is_space('\t') && text_is_space(0xA0) && text_is_space(0x2009));
    cr_expect(!text_is_space('x') && !text_is_space(0x200B));
    cr_expect(text_is_newline('\n') && text_is_newline('\r') && text_is_newline(0x2029));
    cr_expect(!text_is_newline(' '));
    cr_expect(text_is_letter('a') && text_is_letter(0xE9) && text_is_letter(0x4E2D) && text_is_letter(0x0301));
    cr_expect(!text_is_letter('1') && !text_is_letter('-'));
    cr_expect(text_is_upper('Q') && text_is_upper(0xC9) && text_is_upper(0x0416));
    cr_expect(text_is_lower('q') && text_is_lower(0xE9) && text_is_lower(0x0436));
    cr_expect(!text_is_upper(0x4E2D) && !text_is_lower(0x4E2D));
    cr_expect(text_is_digit('7') && text_is_digit(0x0663)); /* Arabic-Indic three */
    cr_expect(text_is_control(0x01) && text_is_control(0x7F) && text_is_control(0x200B));
    cr_expect(!text_is_control('\n') && !text_is_control(TEXT_REPLACEMENT));
    cr_expect(text_is_punct('.') && text_is_punct(0x201C) && text_is_punct(0x3002));
    cr_expect(!text_is_punct('a'));
    cr_expect(text_is_cjk(0x4E2D) && text_is_cjk(0x3042) && text_is_cjk(0xAC00));
    cr_expect(!text_is_cjk('a') && !text_is_cjk(0x3002));
}

static char *clean(const char *s, size_t len, bool collapse) {
    static char out[256];
    buf b;
    buf_init(&b);
    text_clean(&b, s, 0, len, collapse);
    cr_assert(buf_ok(&b));
    cr_assert_lt(b.len, sizeof out);
    memcpy(out, b.data ? b.data : "", b.len);
    out[b.len] = '\0';
    buf_free(&b);
    return out;
}

Test(text, clean_collapses_and_repairs) {
    cr_expect_str_eq(clean("  a \t b\n\nc  ", 12, true), "a b c");
    cr_expect_str_eq(clean("a\xFF" "b", 3, true), "a\xEF\xBF\xBD" "b");
    const char nul[] = "a\0b\x01" "c";
    cr_expect_str_eq(clean(nul, sizeof nul - 1, true), "abc");
    cr_expect_str_eq(clean("x\r\ny\rz", 6, false), "x\ny\nz");
    cr_expect_str_eq(clean("", 0, true), "");
    /* e + combining acute becomes the precomposed letter */
    cr_expect_str_eq(clean("e\xCC\x81", 3, true), "\xC3\xA9");
}

/* Character references that scraped plain text keeps print as their characters; what is not
 * one, or is cut by the slice's end, prints as written. */
Test(text, clean_decodes_character_references) {
    const char *s = "Reyes &amp; Hale paid &euro;4m for the pass&#233; quay&#x2019;s &quot;repair&quot;";
    cr_expect_str_eq(clean(s, strlen(s), true),
                     "Reyes & Hale paid \xE2\x82\xAC" "4m for the pass\xC3\xA9 quay\xE2\x80\x99s \"repair\"");
    s = "council&nbsp;leader";
    cr_expect_str_eq(clean(s, strlen(s), true), "council leader");
    s = "AT&T, R&D; &bogus; &#0; &#xD800; &#1114112; &#; &amp";
    cr_expect_str_eq(clean(s, strlen(s), true), s);
    cr_expect_str_eq(clean("a &amp; b", 6, true), "a &amp"); /* the slice ends inside it */
    size_t n = 0;
    cr_expect_eq(text_entity("&rsquo;s", 8, 0, &n), 0x2019);
    cr_expect_eq(n, 7);
    cr_expect_eq(text_entity("&#65;", 5, 0, &n), 'A');
    cr_expect_eq(text_entity("&#65", 4, 0, &n), -1);
}

Test(text, clean_a_slice) {
    buf b;
    buf_init(&b);
    const char *s = "one two three";
    text_clean(&b, s, 4, 7, true);
    cr_expect_eq(b.len, 3);
    cr_expect(memcmp(b.data, "two", 3) == 0);
    buf_free(&b);
}

static char *fold(const char *s) {
    static char out[128];
    buf b;
    buf_init(&b);
    text_fold(&b, s, strlen(s));
    cr_assert(buf_ok(&b));
    memcpy(out, b.data ? b.data : "", b.len);
    out[b.len] = '\0';
    buf_free(&b);
    return out;
}

Test(text, fold) {
    cr_expect_str_eq(fold("Hello WORLD"), "hello world");
    cr_expect_str_eq(fold("\xC3\x89T\xC3\x89"), "\xC3\xA9t\xC3\xA9");         /* ÉTÉ */
    cr_expect_str_eq(fold("Stra\xC3\x9F" "e"), "strasse");                     /* Straße */
    cr_expect_str_eq(fold("\xD0\x9C\xD0\x9E\xD0\xA1"), "\xD0\xBC\xD0\xBE\xD1\x81"); /* МОС */
    cr_expect_str_eq(fold("A\xFF"), "a\xEF\xBF\xBD");
    cr_expect_str_eq(fold(""), "");
}

Test(text, encode) {
    char out[4];
    cr_expect_eq(text_encode('A', out), 1);
    cr_expect_eq(text_encode(0xE9, out), 2);
    cr_expect_eq(text_encode(0x20AC, out), 3);
    cr_expect(memcmp(out, "\xE2\x82\xAC", 3) == 0);
    cr_expect_eq(text_encode(0x1F600, out), 4);
}

Test(text, counts_invalid_bytes_wherever_they_fall_among_ascii) {
    /* the ASCII fast path reads eight bytes at a time: a bad byte at any offset still counts */
    for (size_t at = 0; at < 24; at++) {
        char s[32];
        memset(s, 'a', sizeof s);
        s[at] = (char)0xFF;
        cr_expect_eq(text_count_invalid(s, sizeof s), 1, "bad byte at %zu", at);
        s[at] = 'a';
        cr_expect_eq(text_count_invalid(s, at), 0);
    }
    const char mixed[] = "plain ascii text, caf\xC3\xA9 and more plain text \xE2\x80\x9Cquoted\xE2\x80\x9D";
    cr_expect_eq(text_count_invalid(mixed, sizeof mixed - 1), 0);
}

/* text_clean skips NFC for ASCII and text_nfc_inert code points: NFC (utf8proc's, as
 * text_clean calls it) must leave every pair of them alone; composition works on adjacent
 * starters, so a text of them is then NFC already. */
Test(text, nfc_inert_code_points_are_left_alone_by_nfc) {
    static int32_t set[1200];
    size_t n = 0;
    for (int32_t c = 0x20; c <= 0x20C0 && n < 1200; c++)
        if (c != 0x7F && text_nfc_inert(c) && (c < 0x80 || c >= 0xA0))
            set[n++] = c;
    cr_assert_gt(n, 800u);
    cr_assert(!text_nfc_inert(0x2000) && !text_nfc_inert(0x2001) && !text_nfc_inert(0x301));
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            if (set[i] < 0x80 && set[j] < 0x80)
                continue;
            char in[8];
            size_t len = text_encode(set[i], in);
            len += text_encode(set[j], in + len);
            utf8proc_uint8_t *nfc = NULL;
            utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)in, (utf8proc_ssize_t)len, &nfc,
                                              UTF8PROC_STABLE | UTF8PROC_COMPOSE);
            bool same = m == (utf8proc_ssize_t)len && memcmp(nfc, in, len) == 0;
            free(nfc);
            cr_assert(same, "U+%04X U+%04X", (unsigned)set[i], (unsigned)set[j]);
        }
}
