/* test_segment.c — the segmenter: tokens (kinds, shapes, flags, offsets), sentences and
 * paragraphs, the data-driven cases of tests/data/split/en.cases, and bounded behaviour on
 * pathological input. All text is written for these tests. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "segment/seg_clean.h"
#include "segment/segment.h"
#include "util/buf.h"
#include "text/text.h"
#include "util/arena.h"

static precis_model *model;

static void setup(void) {
    precis_error err = {0};
    cr_assert_eq(precis_model_default(&model, &err), PRECIS_OK, "model: %s", err.message);
}
static void teardown(void) { precis_model_free(model); }

TestSuite(segment, .init = setup, .fini = teardown);

/* ---- helpers --------------------------------------------------------------------------- */

typedef struct seg_fixture {
    arena a;
    segmentation s;
    const char *text;
} seg_fixture;

static void seg(seg_fixture *f, const char *text, const char *lang) {
    f->text = text;
    arena_init(&f->a, 1 << 12);
    const lang_data *l = model_lang(model, lang);
    cr_assert(l != NULL, "language %s", lang);
    cr_assert(segment_text(text, 0, strlen(text), l, &f->a, &f->s));
}
static void seg_free(seg_fixture *f) { arena_free(&f->a); }

static int tok_eq(const seg_fixture *f, size_t i, const char *s) {
    const token *t = &f->s.tokens[i];
    return t->end - t->start == strlen(s) && memcmp(f->text + t->start, s, strlen(s)) == 0;
}

/* Index of the first token whose text is s, or -1. */
static long find_tok(const seg_fixture *f, const char *s) {
    for (size_t i = 0; i < f->s.n_tokens; i++)
        if (tok_eq(f, i, s))
            return (long)i;
    return -1;
}

static void expect_token(const seg_fixture *f, const char *s, token_kind kind) {
    long i = find_tok(f, s);
    cr_assert(i >= 0, "no token '%s' in '%s'", s, f->text);
    cr_expect_eq(f->s.tokens[i].kind, kind, "token '%s': kind %d, want %d", s, f->s.tokens[i].kind, kind);
}

/* ---- tokens ---------------------------------------------------------------------------- */

Test(segment, words_numbers_and_shapes) {
    seg_fixture f;
    seg(&f, "Putin met NATO chiefs and iPhone makers in 2019, selling 10,000 units at 3.14 each.", "en");
    expect_token(&f, "Putin", TOK_WORD);
    cr_expect_eq(f.s.tokens[find_tok(&f, "Putin")].shape, SHAPE_CAPITAL);
    cr_expect_eq(f.s.tokens[find_tok(&f, "NATO")].shape, SHAPE_UPPER);
    cr_expect_eq(f.s.tokens[find_tok(&f, "iPhone")].shape, SHAPE_MIXED);
    cr_expect_eq(f.s.tokens[find_tok(&f, "met")].shape, SHAPE_LOWER);
    expect_token(&f, "2019", TOK_NUMBER);
    cr_expect_eq(f.s.tokens[find_tok(&f, "2019")].shape, SHAPE_DIGITS);
    expect_token(&f, "10,000", TOK_NUMBER);
    expect_token(&f, "3.14", TOK_NUMBER);
    expect_token(&f, ",", TOK_PUNCT);
    expect_token(&f, ".", TOK_PUNCT);
    seg_free(&f);
}

Test(segment, alnum_units_and_ordinals) {
    seg_fixture f;
    seg(&f, "The 1st G20 summit cost $1.13bn, up 76% on v2.0 plans at 10:30.", "en");
    expect_token(&f, "1st", TOK_NUMBER);
    cr_expect_eq(f.s.tokens[find_tok(&f, "1st")].shape, SHAPE_ALNUM);
    expect_token(&f, "G20", TOK_WORD);
    expect_token(&f, "$", TOK_SYMBOL);
    expect_token(&f, "1.13bn", TOK_NUMBER);
    expect_token(&f, "76", TOK_NUMBER);
    expect_token(&f, "%", TOK_SYMBOL);
    expect_token(&f, "v2.0", TOK_WORD);
    expect_token(&f, "10:30", TOK_NUMBER);
    seg_free(&f);
}

Test(segment, hyphens_and_possessives) {
    seg_fixture f;
    seg(&f, "Kim Jong-un backed the US-led plan; Kim\xE2\x80\x99s aide and O'Brien's team don't agree, "
            "but the players' union does.", "en");
    expect_token(&f, "Jong-un", TOK_WORD);
    expect_token(&f, "US-led", TOK_WORD);
    long k = find_tok(&f, "Kim\xE2\x80\x99s");
    cr_expect_eq(k, -1, "Kim’s must be split");
    long i = find_tok(&f, "\xE2\x80\x99s");
    cr_assert(i > 0);
    cr_expect_eq(f.s.tokens[i].kind, TOK_POSSESSIVE);
    cr_expect(tok_eq(&f, (size_t)i - 1, "Kim"));
    cr_expect_eq(f.s.tokens[i].flags & TOKF_SPACE_BEFORE, 0);
    expect_token(&f, "O'Brien", TOK_WORD);
    expect_token(&f, "'s", TOK_POSSESSIVE);
    expect_token(&f, "don't", TOK_WORD);
    expect_token(&f, "'", TOK_POSSESSIVE); /* players' */
    seg_free(&f);
}

Test(segment, urls_emails_tags) {
    seg_fixture f;
    seg(&f, "See https://example.org/a_b/c.html?x=1&y=2, mail ann.lee@example.co.uk, "
            "follow @city_hall and #floods2024, or www.example.net. Open report.pdf now.", "en");
    expect_token(&f, "https://example.org/a_b/c.html?x=1&y=2", TOK_URL);
    expect_token(&f, "ann.lee@example.co.uk", TOK_EMAIL);
    expect_token(&f, "@city_hall", TOK_MENTION);
    expect_token(&f, "#floods2024", TOK_HASHTAG);
    expect_token(&f, "www.example.net", TOK_URL);
    expect_token(&f, "report.pdf", TOK_WORD);
    cr_expect_eq(f.s.n_sentences, 2);
    seg_free(&f);
}

Test(segment, abbreviations_carry_their_period) {
    seg_fixture f;
    seg(&f, "Mr. Ruiz of the U.S. met Dr. Lee at 5 p.m. on Jan. 4.", "en");
    const char *abbr[] = {"Mr.", "U.S.", "Dr.", "p.m.", "Jan."};
    for (size_t i = 0; i < sizeof abbr / sizeof *abbr; i++) {
        long k = find_tok(&f, abbr[i]);
        cr_assert(k >= 0, "no token %s", abbr[i]);
        cr_expect(f.s.tokens[k].flags & TOKF_ABBREV, "%s not flagged", abbr[i]);
        cr_expect_eq(f.s.tokens[k].kind, TOK_WORD);
    }
    cr_expect_eq(f.s.n_sentences, 1);
    /* the final period after the number is its own token */
    cr_expect(tok_eq(&f, f.s.n_tokens - 1, "."));
    seg_free(&f);
}

Test(segment, quotes_get_a_direction) {
    seg_fixture f;
    seg(&f, "He said \"yes\" and \xE2\x80\x9Cno\xE2\x80\x9D and \xE2\x80\x9Ewhy\xE2\x80\x9C.", "en");
    long i = find_tok(&f, "\"");
    cr_assert(i >= 0);
    cr_expect(f.s.tokens[i].flags & TOKF_OPEN_QUOTE);
    cr_expect(f.s.tokens[i + 2].flags & TOKF_CLOSE_QUOTE);
    long j = find_tok(&f, "\xE2\x80\x9C"); /* the first “ opens */
    cr_expect(f.s.tokens[j].flags & TOKF_OPEN_QUOTE);
    long k = find_tok(&f, "\xE2\x80\x9E"); /* „ opens, the German “ after it closes */
    cr_expect(f.s.tokens[k].flags & TOKF_OPEN_QUOTE);
    cr_expect(f.s.tokens[k + 2].flags & TOKF_CLOSE_QUOTE);
    seg_free(&f);
}

Test(segment, offsets_cover_the_input) {
    seg_fixture f;
    const char *text = "  First one.  Second\tone!\n\nThird paragraph here.  ";
    seg(&f, text, "en");
    cr_assert_eq(f.s.n_sentences, 3);
    cr_expect_eq(f.s.n_paragraphs, 2);
    const char *want[] = {"First one.", "Second\tone!", "Third paragraph here."};
    for (size_t i = 0; i < 3; i++) {
        const sentence *s = &f.s.sentences[i];
        cr_expect_eq(s->end - s->start, strlen(want[i]));
        cr_expect(memcmp(text + s->start, want[i], strlen(want[i])) == 0, "sentence %zu", i);
        cr_expect(f.s.tokens[s->tok_start].flags & TOKF_SENT_START);
        for (uint32_t k = s->tok_start; k < s->tok_end; k++)
            cr_expect_eq(f.s.tokens[k].sentence, (int32_t)i);
    }
    cr_expect_eq(f.s.sentences[2].paragraph, 1);
    cr_expect(f.s.tokens[f.s.sentences[2].tok_start].flags & TOKF_PARA_BEFORE);
    cr_expect_eq(f.s.paragraphs[0].sent_start, 0);
    cr_expect_eq(f.s.paragraphs[0].sent_end, 2);
    cr_expect_eq(f.s.paragraphs[1].sent_start, 2);
    cr_expect_eq(f.s.paragraphs[1].sent_end, 3);
    cr_expect_eq(f.s.paragraphs[1].start, f.s.sentences[2].start);
    /* tokens are ordered, non-empty and never overlap */
    for (size_t k = 0; k < f.s.n_tokens; k++) {
        cr_expect_lt(f.s.tokens[k].start, f.s.tokens[k].end);
        if (k)
            cr_expect_leq(f.s.tokens[k - 1].end, f.s.tokens[k].start);
    }
    seg_free(&f);
}

/* TOKF_LETTERS, which the time expressions and the recogniser take at its word (they then
 * skip reading the token byte by byte), is on only for words of ASCII letters with a capital
 * at most first, and on for most words. */
Test(segment, letters_flag_only_on_plain_ascii_words) {
    seg_fixture f;
    const char *text = "Kim met Obama's aides in New York on Tuesday, and said: \"It's 5pm.\" "
                       "McDonald's iPhone U.S. Mr. Smith x-ray caf\xC3\xA9 na\xC3\xAFve NATO don't 1990s "
                       "e-mail kim@example.com https://example.com #tag GOOD Ab.";
    seg(&f, text, "en");
    size_t plain = 0;
    for (size_t k = 0; k < f.s.n_tokens; k++) {
        const token *t = &f.s.tokens[k];
        const char *w = text + t->start;
        size_t n = t->end - t->start;
        bool letters = n > 0 && ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= 'a' && w[0] <= 'z'));
        for (size_t i = 1; letters && i < n; i++)
            letters = w[i] >= 'a' && w[i] <= 'z';
        if (t->flags & TOKF_LETTERS) {
            cr_expect(letters, "token '%.*s' flagged as letters", (int)n, w);
            cr_expect_eq(t->kind, TOK_WORD);
            cr_expect_not(t->flags & TOKF_ABBREV);
            plain++;
        }
    }
    for (const char *const *w = (const char *const[]){"Kim", "met", "aides", "New", "Tuesday", "said", "Smith", NULL};
         *w; w++) {
        long i = find_tok(&f, *w);
        cr_assert(i >= 0, "no token '%s'", *w);
        cr_expect(f.s.tokens[i].flags & TOKF_LETTERS, "'%s' not flagged", *w);
    }
    cr_expect_geq(plain, 10u);
    seg_free(&f);
}

Test(segment, start_skips_a_bom) {
    arena a;
    arena_init(&a, 4096);
    segmentation s;
    const char *text = "\xEF\xBB\xBFHello there. Bye.";
    cr_assert(segment_text(text, 3, strlen(text), model_lang(model, "en"), &a, &s));
    cr_assert_eq(s.n_sentences, 2);
    cr_expect_eq(s.sentences[0].start, 3);
    cr_expect_eq(s.tokens[0].start, 3);
    arena_free(&a);
}

Test(segment, empty_and_blank_input) {
    seg_fixture f;
    seg(&f, "", "en");
    cr_expect_eq(f.s.n_tokens, 0);
    cr_expect_eq(f.s.n_sentences, 0);
    cr_expect_eq(f.s.n_paragraphs, 0);
    seg_free(&f);
    seg(&f, " \n\n\t \r\n ", "en");
    cr_expect_eq(f.s.n_sentences, 0);
    seg_free(&f);
}

Test(segment, null_language_works) {
    arena a;
    arena_init(&a, 4096);
    segmentation s;
    const char *text = "One. Two? Three!";
    cr_assert(segment_text(text, 0, strlen(text), NULL, &a, &s));
    cr_expect_eq(s.n_sentences, 3);
    arena_free(&a);
}

Test(segment, controls_invalid_bytes_and_nul) {
    arena a;
    arena_init(&a, 4096);
    segmentation s;
    const char text[] = "Bad \xC3\x28 byte\x01 here. Next\0one is fine. \xFF\xFE End.";
    size_t len = sizeof text - 1;
    cr_assert(segment_text(text, 0, len, model_lang(model, "en"), &a, &s));
    cr_expect_eq(s.n_sentences, 3);
    for (size_t k = 0; k < s.n_tokens; k++) {
        cr_expect_leq(s.tokens[k].end, len);
        cr_expect_neq(text[s.tokens[k].start], '\0');
        cr_expect_neq(text[s.tokens[k].start], '\x01');
    }
    arena_free(&a);
}

Test(segment, cr_and_crlf_are_line_breaks) {
    seg_fixture f;
    seg(&f, "Line one\r\rLine two\r\n\r\nLine three", "en");
    cr_expect_eq(f.s.n_paragraphs, 3);
    cr_expect_eq(f.s.n_sentences, 3);
    seg_free(&f);
}

/* ---- pathological input ---------------------------------------------------------------- */

static char *repeat(const char *unit, size_t times, size_t *len) {
    size_t u = strlen(unit);
    char *s = malloc(u * times + 1);
    cr_assert(s);
    for (size_t i = 0; i < times; i++)
        memcpy(s + i * u, unit, u);
    s[u * times] = '\0';
    *len = u * times;
    return s;
}

static void run_big(const char *unit, size_t times, size_t want_min_sent, size_t want_max_sent) {
    size_t len;
    char *s = repeat(unit, times, &len);
    arena a;
    arena_init(&a, 1 << 16);
    segmentation out;
    cr_assert(segment_text(s, 0, len, model_lang(model, "en"), &a, &out));
    cr_expect_geq(out.n_sentences, want_min_sent, "'%s' x %zu: %zu sentences", unit, times, out.n_sentences);
    cr_expect_leq(out.n_sentences, want_max_sent, "'%s' x %zu: %zu sentences", unit, times, out.n_sentences);
    arena_free(&a);
    free(s);
}

Test(segment, pathological_inputs_are_bounded, .timeout = 20) {
    run_big("word ", 2000000, 1, 1);          /* 10 MB, no punctuation, no newline */
    run_big("x", 1 << 20, 1, 1);               /* one 1 MB token */
    run_big("Go. ", 1000000, 1000000, 1000000); /* a million one-word sentences */
    run_big("?!.", 1000000, 1, 1);             /* repeated punctuation: one run */
    run_big("( ", 500000, 1, 1);               /* unmatched openers */
    run_big("\" a. ", 200000, 1, 200000);      /* quotes and initials */
    run_big("line\n", 500000, 1, 500000);      /* many short lines */
    run_big(". ", 500000, 1, 500000);
    run_big("abc.Def.", 200000, 1, 400000);    /* e-mail look-ahead must not rescan */
    run_big("a@", 500000, 1, 1);
    run_big("http://x.y/(", 100000, 1, 1);     /* URLs and unbalanced brackets */
    run_big("1. ", 300000, 1, 300000);         /* list markers everywhere */
    run_big("Mr. ", 500000, 1, 1);             /* titles never end a sentence */
}

/* A quadratic scan would take minutes at these sizes; linear ones take well under a second. */
Test(segment, tokenized_and_marker_inputs_are_bounded, .timeout = 20) {
    run_big(". ", 200000, 1, 1);               /* only punctuation: one sentence */
    /* tokenized text: quote marks whose direction is guessed, clitics, escaped brackets */
    run_big("`` a ' b '' it 's ", 50000, 1, 1);
    run_big("' ", 200000, 1, 1);
    run_big("-LRB- a . -RRB- ", 50000, 1, 50000);
    /* citation markers and glued captions at every sentence */
    run_big("Go.[1] ", 100000, 100000, 100000);
    run_big("Go.1 2 3 ", 50000, 50000, 50000);
    run_big("we saw the lorry The man ran off ", 30000, 30000, 30001);
}

Test(segment, tokenized_text_tokens) {
    seg_fixture f;
    seg(&f, "Kerr 's aide said `` they 're late '' and we 've waited -LRB- again -RRB- .", "en");
    expect_token(&f, "'s", TOK_POSSESSIVE);
    expect_token(&f, "'re", TOK_WORD);
    expect_token(&f, "'ve", TOK_WORD);
    long i = find_tok(&f, "``"), j = find_tok(&f, "''");
    cr_assert(i >= 0 && j > i, "`` and '' are one token each");
    cr_expect(f.s.tokens[i].flags & TOKF_OPEN_QUOTE);
    cr_expect(f.s.tokens[j].flags & TOKF_CLOSE_QUOTE);
    for (size_t k = 0; k < f.s.n_tokens; k++)
        if ((size_t)i != k && (size_t)j != k)
            cr_expect_eq(f.s.tokens[k].flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE), 0,
                         "token %zu is no quotation mark", k);
    expect_token(&f, "-LRB-", TOK_PUNCT);
    expect_token(&f, "-RRB-", TOK_PUNCT);
    cr_expect_eq(f.s.n_sentences, 1);
    seg_free(&f);

    /* a ' spaced on both sides: after a colon it opens, before "said" after a comma it
     * closes; glued to letters after a space it is a clitic */
    seg(&f, "He said : ' I 'd go , ' said Ann .", "en");
    long o = find_tok(&f, "'");
    cr_assert(o > 0);
    cr_expect(f.s.tokens[o].flags & TOKF_OPEN_QUOTE);
    expect_token(&f, "'d", TOK_WORD);
    long c = (long)f.s.n_tokens - 4; /* ' said Ann . */
    cr_expect(tok_eq(&f, (size_t)c, "'"));
    cr_expect(f.s.tokens[c].flags & TOKF_CLOSE_QUOTE);
    seg_free(&f);
}

/* ---- data-driven cases ----------------------------------------------------------------- */

static size_t unescape(const char *in, char *out) {
    size_t o = 0;
    for (const char *p = in; *p;) {
        if (*p != '\\') {
            out[o++] = *p++;
            continue;
        }
        p++;
        switch (*p) {
        case 'n': out[o++] = '\n'; p++; break;
        case 'r': out[o++] = '\r'; p++; break;
        case 't': out[o++] = '\t'; p++; break;
        case '\\': out[o++] = '\\'; p++; break;
        case 'u': {
            char hex[5] = {0};
            memcpy(hex, p + 1, 4);
            o += text_encode((int32_t)strtol(hex, NULL, 16), out + o);
            p += 5;
            break;
        }
        default: out[o++] = '\\'; break;
        }
    }
    out[o] = '\0';
    return o;
}

static void collapse(char *s) {
    size_t o = 0;
    bool space = false;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
            space = o > 0;
            continue;
        }
        if (space)
            s[o++] = ' ';
        space = false;
        s[o++] = s[i];
    }
    s[o] = '\0';
}

typedef struct split_case {
    char name[200];
    char lang[8];
    char input[4096];
    size_t input_len;
    char want[32][512];
    size_t n_want;
    bool has_input;
} split_case;

static int run_case(const split_case *c, char *report, size_t cap) {
    precis_options o;
    precis_options_init(&o);
    cr_assert_eq(precis_options_set(&o, "lang", c->lang, NULL), PRECIS_OK);
    precis_doc *d = NULL;
    precis_error err = {0};
    cr_assert_eq(precis_doc_new(model, c->input, c->input_len, &o, &d, &err), PRECIS_OK, "%s", err.message);
    /* sentences as `precis split` prints them (seg_render_sentence): markup left out,
     * nothing-to-read sentences skipped */
    size_t n = 0;
    bool ok = true;
    size_t used = (size_t)snprintf(report, cap, "case '%s':\n", c->name);
    for (size_t i = 0; i < d->seg.n_sentences; i++) {
        buf b;
        buf_init(&b);
        if (!seg_render_sentence(&b, d->text, d->len, &d->seg, i)) {
            buf_free(&b);
            continue;
        }
        buf_putc(&b, '\0');
        cr_assert(buf_ok(&b));
        char *copy = strdup(b.data);
        buf_free(&b);
        collapse(copy);
        if (n < c->n_want) {
            char want[512];
            snprintf(want, sizeof want, "%s", c->want[n]);
            collapse(want);
            ok = ok && strcmp(copy, want) == 0;
        }
        n++;
        if (used < cap)
            used += (size_t)snprintf(report + used, cap - used, "  got  [%s]\n", copy);
        free(copy);
    }
    ok = ok && n == c->n_want;
    for (size_t i = 0; i < c->n_want && used < cap; i++)
        used += (size_t)snprintf(report + used, cap - used, "  want [%s]\n", c->want[i]);
    precis_doc_free(d);
    return ok;
}

/* Runs every case of tests/data/split/<name>; expects at least min_cases of them. */
static void run_cases_file(const char *name, size_t min_cases) {
    char path[1024];
    snprintf(path, sizeof path, "%s/split/%s", PRECIS_TEST_DATA, name);
    FILE *f = fopen(path, "r");
    cr_assert(f, "cannot open %s", path);
    char line[4096];
    split_case *c = calloc(1, sizeof *c);
    size_t n_cases = 0, failed = 0;
    char report[8192];
    for (;;) {
        char *got = fgets(line, sizeof line, f);
        if (got)
            line[strcspn(line, "\n")] = '\0';
        if (!got || strncmp(line, "# ", 2) == 0) {
            if (c->has_input) {
                n_cases++;
                if (!run_case(c, report, sizeof report)) {
                    failed++;
                    cr_log_error("%s", report);
                }
            }
            if (!got)
                break;
            memset(c, 0, sizeof *c);
            snprintf(c->name, sizeof c->name, "%.199s", line + 2);
            strcpy(c->lang, "en");
        } else if (strncmp(line, "@lang ", 6) == 0) {
            snprintf(c->lang, sizeof c->lang, "%.7s", line + 6);
        } else if (strncmp(line, "> ", 2) == 0) {
            c->input_len = unescape(line + 2, c->input);
            c->has_input = true;
        } else if (strncmp(line, "= ", 2) == 0 && c->n_want < 32) {
            unescape(line + 2, c->want[c->n_want++]);
        }
    }
    fclose(f);
    free(c);
    cr_expect_geq(n_cases, min_cases, "only %zu cases read from %s", n_cases, name);
    cr_expect_eq(failed, 0, "%zu of %zu split cases of %s failed", failed, n_cases, name);
}

Test(segment, data_driven_cases) { run_cases_file("en.cases", 60); }

/* Citation and footnote markers, tokenized copy, punctuation-only text, glued captions. */
Test(segment, boundary_cases) { run_cases_file("en_boundaries.cases", 40); }

/* ---- markup and extraction noise (clean.c) ------------------------------------------- */

static size_t noise_at(const char *s, size_t i, seg_gap *gap) { return seg_noise(s, strlen(s), i, gap); }

Test(segment, noise_recognisers) {
    seg_gap g;
    cr_expect_eq(noise_at("a <em>b", 2, &g), 4);
    cr_expect_eq(g, SEG_GAP_NONE);
    cr_expect_eq(noise_at("<p class=\"x\" id=y>", 0, &g), 18);
    cr_expect_eq(g, SEG_GAP_LINE);
    cr_expect_eq(noise_at("</div >", 0, &g), 7);
    cr_expect_eq(noise_at("<br/>", 0, &g), 5);
    /* not tags: a space after '<', a bare attribute, no closing '>', a digit */
    cr_expect_eq(noise_at("< p>", 0, &g), 0);
    cr_expect_eq(noise_at("<b and c>", 0, &g), 0);
    cr_expect_eq(noise_at("<b class=\"x\"", 0, &g), 0);
    cr_expect_eq(noise_at("<11 g", 0, &g), 0);
    cr_expect_eq(noise_at("&lt;/b&gt;x", 0, &g), 10);
    cr_expect_eq(noise_at("&lt; b&gt;", 0, &g), 0);
    cr_expect_eq(noise_at("{b^>12<b^}", 0, &g), 10);
    /* dots: four are an ellipsis, five glued to a word a space, five before a page number
     * a line break; five before a space and a word stay a terminator */
    cr_expect_eq(noise_at("....x", 0, &g), 0);
    cr_expect_eq(noise_at(".....x", 0, &g), 5);
    cr_expect_eq(g, SEG_GAP_SPACE);
    cr_expect_eq(noise_at("...... 12-13\n", 0, &g), 12);
    cr_expect_eq(g, SEG_GAP_LINE);
    cr_expect_eq(noise_at("..... Then", 0, &g), 0);
    cr_expect_eq(noise_at("//x", 0, &g), 0);
    cr_expect_eq(noise_at("///x", 0, &g), 3);
    cr_expect_eq(noise_at("\\nX", 0, &g), 2);
    cr_expect_eq(g, SEG_GAP_LINE);
    cr_expect_eq(noise_at("\\ rX", 0, &g), 3);
    cr_expect_eq(noise_at("\\new", 0, &g), 0);
    /* a line break between two lines of one or two letters, and only there */
    cr_expect_eq(noise_at("W\nAR\n", 1, &g), 1);
    cr_expect_eq(g, SEG_GAP_NONE);
    cr_expect_eq(noise_at("By\nJane Doe", 2, &g), 0);
    cr_expect_eq(noise_at("Reuters\nBy\n", 7, &g), 0);
}

/* Markup whose insides are not text, left in plain text by a scraper: a comment, a script
 * or a style element with its code, and the marks of a CDATA section (its text kept). */
Test(segment, noise_markup_blocks) {
    seg_gap g;
    cr_expect_eq(noise_at("x <!-- ad slot --> y", 2, &g), 16);
    cr_expect_eq(g, SEG_GAP_SPACE);
    cr_expect_eq(noise_at("<script>var ads = [];</script> Boats", 0, &g), 30);
    cr_expect_eq(g, SEG_GAP_LINE);
    cr_expect_eq(noise_at("<SCRIPT type=\"text/javascript\">f();</Script >", 0, &g), 45);
    cr_expect_eq(noise_at("<style>p { color: red }</style>", 0, &g), 31);
    cr_expect_eq(noise_at("<![CDATA[The quay.]]>", 0, &g), 9);
    cr_expect_eq(g, SEG_GAP_NONE);
    cr_expect_eq(noise_at("<![CDATA[The quay.]]>", 18, &g), 3);
    /* not: a comment or a script never closed within reach is left as it stands (a script
     * tag alone is still a tag), "<scripted>" is no script, a lone "]]" is text */
    cr_expect_eq(noise_at("<!-- never closed", 0, &g), 0);
    cr_expect_eq(noise_at("<script>f();", 0, &g), 8);
    cr_expect_eq(noise_at("<scripted>", 0, &g), 10);
    cr_expect_eq(noise_at("a]] b", 1, &g), 0);
    /* in a text: nothing of the code reaches a sentence */
    seg_fixture f;
    seg(&f, "The quay reopened. <script>var ads = [];</script> Boats came back. <!-- slot --> Ferries too.", "en");
    cr_assert_eq(f.s.n_sentences, 3);
    for (size_t i = 0; i < f.s.n_sentences; i++) {
        const sentence *s = &f.s.sentences[i];
        char copy[64] = {0};
        memcpy(copy, f.text + s->start, s->end - s->start < 63 ? s->end - s->start : 63);
        cr_expect(!strstr(copy, "var") && !strstr(copy, "slot"), "sentence %zu: %s", i, copy);
    }
    seg_free(&f);
}

Test(segment, noise_keeps_offsets_and_is_bounded, .timeout = 20) {
    /* the sentence spans still point at the input bytes, tags outside them */
    seg_fixture f;
    const char *text = "<p>First one.</p><p>Second one.</p>";
    seg(&f, text, "en");
    cr_assert_eq(f.s.n_sentences, 2);
    cr_expect_eq(f.s.sentences[0].start, 3);
    cr_expect_eq(f.s.sentences[0].end, 13);
    cr_expect_eq(f.s.sentences[1].start, 20);
    cr_expect_eq(f.s.sentences[1].end, 31);
    seg_free(&f);
    /* long runs of dots, slashes and unclosed '<' stay linear */
    size_t n = 2000000;
    char *big = malloc(n + 1);
    cr_assert(big);
    for (size_t i = 0; i < n; i++)
        big[i] = (i / 100000) % 3 == 0 ? '.' : (i / 100000) % 3 == 1 ? '/' : (i % 2 ? '<' : 'a');
    big[n] = '\0';
    seg(&f, big, "en");
    seg_free(&f);
    /* ... and so do comments and scripts never closed, each read at most SEG_NOISE_MAX on */
    static const char *const openers[] = {"<!-- ", "<script> ", "<![CDATA[ ]]"};
    for (size_t o = 0; o < sizeof openers / sizeof openers[0]; o++) {
        size_t m = strlen(openers[o]);
        for (size_t i = 0; i < n; i++)
            big[i] = openers[o][i % m];
        seg(&f, big, "en");
        seg_free(&f);
    }
    free(big);
}
