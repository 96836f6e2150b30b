/* The time-expression finder's start-token prefilter (src/facts/timex.c, START_WORDS) and its
 * early-ending dateline pass must not change any result: the finder with the prefilter
 * (timex_find) and with every pattern tried at every token (timex_find_unfiltered) must find
 * the same expressions, and no pattern may match at a token the prefilter rules out (the
 * unfiltered run counts those). Checked on fixture text (the sentences of test_timex.c and the
 * examples of docs/TIMEX.md) and on generated text drawn from every word literal of timex.c,
 * so that a pattern given a new first word without a start class fails here. */
#include <criterion/criterion.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts/timex.h"

#define SRC_DIR PRECIS_TEST_DATA "/../.."

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    cr_assert(f, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    cr_assert(s);
    cr_assert_eq(fread(s, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    s[n] = '\0';
    *len = (size_t)n;
    return s;
}

/* Runs both finders on text and requires the same expressions and no prefilter miss. Returns
 * the number of expressions. */
static size_t same_both(const char *text, size_t len, const char *dct) {
    arena a, b;
    arena_init(&a, 4096);
    arena_init(&b, 4096);
    timex *x, *y;
    size_t n, m, misses = 99;
    precis_error err;
    cr_assert_eq(timex_find(text, len, dct, &a, &x, &n, &err), PRECIS_OK);
    cr_assert_eq(timex_find_unfiltered(text, len, dct, &b, &y, &m, &misses, &err), PRECIS_OK);
    cr_assert_eq(misses, 0, "%zu pattern matches at tokens the prefilter rules out in \"%.300s\"",
                 misses, text);
    cr_assert_eq(n, m, "%zu expressions with the prefilter, %zu without, in \"%.300s\"", n, m,
                 text);
    for (size_t k = 0; k < n; k++)
        cr_assert(x[k].start == y[k].start && x[k].end == y[k].end && x[k].type == y[k].type &&
                      strcmp(x[k].value, y[k].value) == 0,
                  "expression %zu: \"%.*s\" %s with the prefilter, \"%.*s\" %s without", k,
                  (int)(x[k].end - x[k].start), text + x[k].start, x[k].value,
                  (int)(y[k].end - y[k].start), text + y[k].start, y[k].value);
    arena_free(&a);
    arena_free(&b);
    return n;
}

Test(timex_prefilter, the_unfiltered_run_counts_what_it_should) {
    /* "Thursday" starts day_with_part and set_expr, both in its classes: no miss */
    size_t misses = 99, n;
    timex *x;
    arena a;
    arena_init(&a, 4096);
    cr_assert_eq(timex_find_unfiltered("They met on Thursday.", 21, NULL, &a, &x, &n, &misses, NULL),
                 PRECIS_OK);
    cr_expect_eq(n, 1);
    cr_expect_eq(misses, 0);
    arena_free(&a);
}

Test(timex_prefilter, fixture_text_gives_the_same_results) {
    static const char *const files[] = {SRC_DIR "/tests/unit/test_timex.c", SRC_DIR "/docs/TIMEX.md"};
    for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
        size_t len;
        char *s = slurp(files[f], &len);
        size_t n = same_both(s, len, "2019-04-26");
        same_both(s, len, NULL);
        cr_expect_gt(n, 200, "%s: only %zu expressions", files[f], n);
        free(s);
    }
}

/* The words of timex.c's string literals that are all letters, in the order of the file: every
 * word a pattern tests, and runs of them make its phrases ("the comparable year-ago"). */
typedef struct vocab {
    char **w;
    size_t n, cap;
} vocab;

static void vocab_add(vocab *v, const char *w, size_t len) {
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 256;
        v->w = realloc(v->w, v->cap * sizeof *v->w);
        cr_assert(v->w);
    }
    v->w[v->n] = strndup(w, len);
    cr_assert(v->w[v->n]);
    v->n++;
}

static vocab literal_words(void) {
    size_t len;
    char *s = slurp(SRC_DIR "/src/facts/timex.c", &len);
    vocab v = {0};
    for (size_t p = 0; p < len; p++) {
        if (s[p] != '"' || (p > 0 && s[p - 1] == '\''))
            continue;
        size_t q = p + 1;
        while (q < len && isalpha((unsigned char)s[q]))
            q++;
        if (q < len && s[q] == '"' && q > p + 1)
            vocab_add(&v, s + p + 1, q - p - 1);
        p = q < len && s[q] == '"' ? q : p; /* a closing quote opens nothing */
    }
    free(s);
    return v;
}

static uint64_t next_rand(uint64_t *st) {
    *st ^= *st << 13;
    *st ^= *st >> 7;
    *st ^= *st << 17;
    return *st;
}

/* A random token: a literal word (as written, capitalised, upper case or plural), a number
 * of the sizes dates and times use, or punctuation. */
static void random_token(const vocab *v, uint64_t *st, char *out, size_t cap) {
    static const char *const puncts[] = {"'", "-", "/", ":", ".", ",", "$", "%", "\"", "!", "?",
                                         ";", "(", "—"};
    static const char *const nums[] = {"1", "2", "3", "4", "5", "7", "10", "11", "12", "15",
                                       "19", "24", "25", "26", "30", "31", "35", "45", "90",
                                       "1984", "1990", "1998", "2000", "2019", "2.5", "1,500",
                                       "04", "99", "100", "2101"};
    uint64_t r = next_rand(st) % 100;
    if (r < 70) {
        const char *w = v->w[next_rand(st) % v->n];
        snprintf(out, cap, "%s%s", w, next_rand(st) % 8 == 0 ? "s" : "");
        uint64_t c = next_rand(st) % 6;
        if (c == 0)
            out[0] = (char)toupper((unsigned char)out[0]);
        else if (c == 1)
            for (char *p = out; *p; p++)
                *p = (char)toupper((unsigned char)*p);
    } else if (r < 88) {
        snprintf(out, cap, "%s", nums[next_rand(st) % (sizeof nums / sizeof *nums)]);
    } else {
        snprintf(out, cap, "%s", puncts[next_rand(st) % (sizeof puncts / sizeof *puncts)]);
    }
}

static char *random_text(const vocab *v, uint64_t *st, size_t tokens, size_t *len) {
    size_t cap = tokens * 24 + 1, n = 0;
    char *s = malloc(cap);
    cr_assert(s);
    size_t run = 0, at = 0; /* a run of literals in the order timex.c has them: its phrases */
    for (size_t k = 0; k < tokens; k++) {
        char tok[32];
        if (run == 0 && next_rand(st) % 4 == 0)
            run = 2 + next_rand(st) % 4, at = next_rand(st) % v->n;
        if (run > 0) {
            snprintf(tok, sizeof tok, "%s", v->w[at++ % v->n]);
            run--;
        } else {
            random_token(v, st, tok, sizeof tok);
        }
        uint64_t sep = next_rand(st) % 20;
        const char *gap = k == 0 ? "" : sep < 12 ? " " : sep < 15 ? "" : sep < 17 ? "-" : sep < 19 ? "\n" : "\n\n";
        n += (size_t)snprintf(s + n, cap - n, "%s%s", gap, tok);
    }
    *len = n;
    return s;
}

Test(timex_prefilter, generated_text_gives_the_same_results) {
    vocab v = literal_words();
    cr_assert_gt(v.n, 300, "only %zu word literals read from timex.c", v.n);
    uint64_t st = 0x9E3779B97F4A7C15u;
    size_t found = 0;
    for (int k = 0; k < 1000; k++) {
        size_t len;
        char *s = random_text(&v, &st, 200, &len);
        found += same_both(s, len, k % 2 ? "2019-04-26" : NULL);
        free(s);
    }
    /* the text is dense in time words: a test that finds nothing proves nothing */
    cr_expect_gt(found, 1000 * 10, "only %zu expressions in the generated text", found);
    for (size_t k = 0; k < v.n; k++)
        free(v.w[k]);
    free(v.w);
}

/* ---- the dateline pass ------------------------------------------------------------------- */

/* timex_dateline as it was before it stopped early: the whole first 600 bytes through
 * timex_find, then the first full date where datelines stand (the rule of docs/TIMEX.md). */
static bool dateline_position(const char *text, size_t start) {
    size_t line = 0, ls = 0;
    for (size_t p = 0; p < start; p++)
        if (text[p] == '\n') {
            line += p > ls;
            ls = p + 1;
        }
    if (line >= 5 || start - ls > 40)
        return false;
    for (size_t p = ls; p + 1 < start; p++)
        if ((text[p] == '.' || text[p] == '!' || text[p] == '?') && text[p + 1] == ' ' &&
            p > ls && text[p - 1] >= 'a' && text[p - 1] <= 'z')
            return false;
    return true;
}

static bool dateline_full_run(const char *text, size_t len, char out[11]) {
    size_t l = len < 600 ? len : 600;
    arena a;
    arena_init(&a, 4096);
    timex *x;
    size_t n;
    bool found = false;
    cr_assert_eq(timex_find(text, l, NULL, &a, &x, &n, NULL), PRECIS_OK);
    for (size_t k = 0; k < n && !found; k++) {
        const char *v = x[k].value;
        if (strlen(v) >= 10 && v[0] != 'X' && v[4] == '-' && v[7] == '-' &&
            isdigit((unsigned char)v[8]) && isdigit((unsigned char)v[9]) &&
            dateline_position(text, x[k].start)) {
            memcpy(out, v, 10);
            out[10] = '\0';
            found = true;
        }
    }
    arena_free(&a);
    return found;
}

Test(timex_prefilter, dateline_stops_early_with_the_same_answer) {
    static const char *const pieces[] = {
        "April 26, 2019", "Friday, 26 April 2019", "2019-04-26", "MOSCOW, ", "Posted ",
        "By Jane Doe | ", "Leaders met on Thursday.", "The treaty of May 5, 1990 holds. ",
        "at 5 p.m. ", "the same day ", "Oct. 13, 1989", "\n", "\n\n", " ", "Summit ends",
        "last year ", "on March 3 ", "10:35 a.m. EST, Nov. 9, 1989 ", "A long line of words about nothing in particular that runs on and on ",
        "12/25/2019 ", "It was 1998. ", "yesterday "};
    uint64_t st = 0xD1B54A32D192ED03u;
    int agree = 0, dated = 0;
    for (int k = 0; k < 3000; k++) {
        char text[1200];
        size_t n = 0;
        size_t parts = 1 + next_rand(&st) % 24;
        for (size_t p = 0; p < parts; p++) {
            const char *s = pieces[next_rand(&st) % (sizeof pieces / sizeof *pieces)];
            size_t l = strlen(s);
            if (n + l >= sizeof text)
                break;
            memcpy(text + n, s, l);
            n += l;
        }
        text[n] = '\0';
        char a[11] = "", b[11] = "";
        bool fa = timex_dateline(text, n, a), fb = dateline_full_run(text, n, b);
        cr_assert_eq(fa, fb, "dateline %s early, %s in full, in \"%s\"", fa ? a : "none",
                     fb ? b : "none", text);
        if (fa)
            cr_assert_str_eq(a, b, "in \"%s\"", text);
        agree++;
        dated += fa;
    }
    cr_expect_gt(dated, 300, "only %d of %d texts with a dateline", dated, agree);
    cr_expect_lt(dated, 2700, "%d of %d texts with a dateline", dated, agree);
}

/* Every literal word before every other (and a third token from a short list of units,
 * numbers and joiners): each two-word start a pattern knows is tried, whatever the random
 * runs above happen to draw. */
Test(timex_prefilter, every_pair_of_literal_words_gives_the_same_results) {
    static const char *const third[] = {"week", "year", "quarter", "century", "day", "ago",
                                        "1990", "25", "of", "-", "'s", "."};
    vocab all = literal_words(), v = {0};
    for (size_t k = 0; k < all.n; k++) {
        bool seen = false;
        for (size_t j = 0; j < v.n && !seen; j++)
            seen = strcmp(v.w[j], all.w[k]) == 0;
        if (!seen)
            vocab_add(&v, all.w[k], strlen(all.w[k]));
        free(all.w[k]);
    }
    free(all.w);
    size_t found = 0;
    for (size_t a = 0; a < v.n; a++) {
        size_t cap = v.n * 48 + 64, n = 0;
        char *s = malloc(cap);
        cr_assert(s);
        for (size_t b = 0; b < v.n; b++) {
            const char *t3 = third[(a + b) % (sizeof third / sizeof *third)];
            n += (size_t)snprintf(s + n, cap - n, "%s%c%s %s ; ", v.w[a], b % 3 ? ' ' : '-',
                                  v.w[b], t3);
        }
        found += same_both(s, n, a % 2 ? "2019-04-26" : NULL);
        free(s);
    }
    /* three-word starts ("twice a week", "the comparable year-ago quarter"): every word before
     * each of a few middle words and each third token */
    static const char *const middle[] = {"a", "year", "of", "the", "day", "times", "other"};
    static const char *const joined[] = {" week", " year", " quarter", "-ago", "-earlier", " 1990",
                                         "-old", " of", "'s", " half", " before", "."};
    for (size_t a = 0; a < v.n; a++) {
        size_t cap = 64 * 7 * 12 + 64, n = 0;
        char *s = malloc(cap);
        cr_assert(s);
        for (size_t b = 0; b < sizeof middle / sizeof *middle; b++)
            for (size_t c = 0; c < sizeof joined / sizeof *joined; c++)
                n += (size_t)snprintf(s + n, cap - n, "%.20s %s%s quarter ; ", v.w[a], middle[b],
                                      joined[c]);
        found += same_both(s, n, a % 2 ? NULL : "2019-04-26");
        free(s);
    }
    cr_expect_gt(found, v.n * 20, "only %zu expressions", found);
    for (size_t k = 0; k < v.n; k++)
        free(v.w[k]);
    free(v.w);
}
