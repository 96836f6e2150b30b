/* porter.c — the Porter stemmer exactly as ROUGE-1.5.5 runs it, so that `precis eval` gives
 * ROUGE-1.5.5's figures. ROUGE ships Martin Porter's Perl release 1 (with its departures from
 * the 1980 paper: "bli" -> "ble", "logi" -> "log" in step 2) and changes step 4: "-ement" is
 * tried with the other suffixes, then "-ment" and then "-ent" are each tried in turn on what is
 * left, so "agreement" -> "agreem" and "statement" -> "statem". Snowball's English stemmer
 * (the lexicon's) differs from it in many words and cannot be used here.
 *
 * The Perl tests the stem against regular expressions over the classes consonant [^aeiou],
 * consonant-sequence continuation [^aeiouy], vowel [aeiouy] and vowel continuation [aeiou]
 * (an initial y is upper-cased first, so it is a consonant). pattern_match() below decides
 * those patterns by trying every split, which is what a backtracking regex match decides.
 * Cost: linear in the token for each step (the patterns have at most five parts and tokens
 * are short). */
#include <stdbool.h>
#include <string.h>

#include "eval/rouge.h"

/* ---- the patterns ----------------------------------------------------------------------- */

enum {
    P_DONE,    /* the rest of the word may be anything (pattern anchored only at the start) */
    P_END,     /* end of word ($) */
    P_C,       /* a consonant sequence: [^aeiou][^aeiouy]* */
    P_OPT_C,   /* (C)? */
    P_V,       /* a vowel sequence: [aeiouy][aeiou]* */
    P_OPT_V,   /* (V)? */
    P_VOWEL1,  /* one [aeiouy] */
    P_NOTWXY1  /* one [^aeiouwxy] */
};

static bool in(char ch, const char *set) { return ch != '\0' && strchr(set, ch) != NULL; }

static bool pattern_match(const unsigned char *p, const char *s, size_t n, size_t i);

/* A sequence: one char satisfying the first class, then any number satisfying the second. */
static bool seq_match(const unsigned char *rest, const char *s, size_t n, size_t i, bool vowel) {
    if (i >= n)
        return false;
    if (vowel ? !in(s[i], "aeiouy") : in(s[i], "aeiou"))
        return false;
    for (size_t j = i + 1;; j++) {
        if (pattern_match(rest, s, n, j))
            return true;
        if (j >= n || (vowel ? !in(s[j], "aeiou") : in(s[j], "aeiouy")))
            return false;
    }
}

static bool pattern_match(const unsigned char *p, const char *s, size_t n, size_t i) {
    switch (*p) {
    case P_DONE: return true;
    case P_END: return i == n;
    case P_C: return seq_match(p + 1, s, n, i, false);
    case P_V: return seq_match(p + 1, s, n, i, true);
    case P_OPT_C: return seq_match(p + 1, s, n, i, false) || pattern_match(p + 1, s, n, i);
    case P_OPT_V: return seq_match(p + 1, s, n, i, true) || pattern_match(p + 1, s, n, i);
    case P_VOWEL1: return i < n && in(s[i], "aeiouy") && pattern_match(p + 1, s, n, i + 1);
    case P_NOTWXY1: return i < n && !in(s[i], "aeiouwxy") && pattern_match(p + 1, s, n, i + 1);
    default: return false;
    }
}

/* ROUGE's $mgr0 ([C]VC...: measure > 0), $meq1 ([C]VC[V]$: measure 1), $mgr1 ([C]VCVC...),
 * $_v (a vowel in the stem) and /^C v [^aeiouwxy]$/ (consonant-vowel-consonant ending). */
static const unsigned char MGR0[] = {P_OPT_C, P_V, P_C, P_DONE};
static const unsigned char MEQ1[] = {P_OPT_C, P_V, P_C, P_OPT_V, P_END};
static const unsigned char MGR1[] = {P_OPT_C, P_V, P_C, P_V, P_C, P_DONE};
static const unsigned char HASV[] = {P_OPT_C, P_VOWEL1, P_DONE};
static const unsigned char CVC[] = {P_C, P_VOWEL1, P_NOTWXY1, P_END};

static bool is(const unsigned char *pat, const char *s, size_t n) { return pattern_match(pat, s, n, 0); }

/* ---- the steps ----------------------------------------------------------------------------- */

static bool ends(const char *w, size_t n, const char *suffix) {
    size_t k = strlen(suffix);
    return n >= k && memcmp(w + n - k, suffix, k) == 0;
}

/* The longest suffix of w among `list` (pairs of suffix, replacement), or NULL. A Perl
 * alternation anchored at $ matches at the leftmost start, that is the longest suffix. */
static const char *const *longest(const char *w, size_t n, const char *const *list) {
    const char *const *best = NULL;
    for (; *list; list += 2)
        if (ends(w, n, *list) && (!best || strlen(*list) > strlen(*best)))
            best = list;
    return best;
}

static const char *const STEP2[] = {
    "ational", "ate", "tional", "tion", "enci", "ence", "anci", "ance", "izer", "ize", "bli", "ble",
    "alli", "al", "entli", "ent", "eli", "e", "ousli", "ous", "ization", "ize", "ation", "ate",
    "ator", "ate", "alism", "al", "iveness", "ive", "fulness", "ful", "ousness", "ous", "aliti", "al",
    "iviti", "ive", "biliti", "ble", "logi", "log", NULL};
static const char *const STEP3[] = {"icate", "ic", "ative", "", "alize", "al", "iciti", "ic",
                                    "ical", "ic", "ful", "", "ness", "", NULL};
/* Step 4 without "ment" and "ent" (ROUGE-1.5.5's change of 02/14/2004). */
static const char *const STEP4[] = {"al", "", "ance", "", "ence", "", "er", "", "ic", "", "able", "",
                                    "ible", "", "ant", "", "ement", "", "ou", "", "ism", "", "ate", "",
                                    "iti", "", "ous", "", "ive", "", "ize", "", NULL};

/* Replaces the suffix `list[0]` by `list[1]` when the stem matches `cond`. */
static void replace_if(char *w, size_t *n, const char *const *entry, const unsigned char *cond) {
    size_t stem = *n - strlen(entry[0]);
    if (is(cond, w, stem)) {
        size_t r = strlen(entry[1]);
        memcpy(w + stem, entry[1], r);
        *n = stem + r;
    }
}

static void strip_if(char *w, size_t *n, size_t suffix_len, const unsigned char *cond) {
    if (is(cond, w, *n - suffix_len))
        *n -= suffix_len;
}

size_t rouge_porter(const char *word, size_t len, char *w) {
    memcpy(w, word, len);
    w[len] = '\0';
    if (len < 3)
        return len;
    size_t n = len;
    bool initial_y = w[0] == 'y';
    if (initial_y)
        w[0] = 'Y';

    /* Step 1a */
    if (ends(w, n, "sses") || ends(w, n, "ies"))
        n -= 2;
    else if (n >= 2 && w[n - 1] == 's' && w[n - 2] != 's')
        n -= 1;
    /* Step 1b */
    if (ends(w, n, "eed")) {
        if (is(MGR0, w, n - 3))
            n -= 1;
    } else if (ends(w, n, "ed") || ends(w, n, "ing")) {
        size_t stem = n - (ends(w, n, "ed") ? 2 : 3);
        if (is(HASV, w, stem)) {
            n = stem;
            if (ends(w, n, "at") || ends(w, n, "bl") || ends(w, n, "iz"))
                w[n++] = 'e';
            else if (n >= 2 && w[n - 1] == w[n - 2] && !in(w[n - 1], "aeiouylsz"))
                n -= 1;
            else if (is(CVC, w, n))
                w[n++] = 'e';
        }
    }
    /* Step 1c */
    if (ends(w, n, "y") && is(HASV, w, n - 1))
        w[n - 1] = 'i';
    /* Steps 2 and 3 */
    const char *const *e = longest(w, n, STEP2);
    if (e)
        replace_if(w, &n, e, MGR0);
    e = longest(w, n, STEP3);
    if (e)
        replace_if(w, &n, e, MGR0);
    /* Step 4, ROUGE-1.5.5's version */
    e = longest(w, n, STEP4);
    if (e)
        replace_if(w, &n, e, MGR1);
    if (ends(w, n, "ment"))
        strip_if(w, &n, 4, MGR1);
    if (ends(w, n, "ent"))
        strip_if(w, &n, 3, MGR1);
    else if (ends(w, n, "sion") || ends(w, n, "tion"))
        strip_if(w, &n, 3, MGR1);
    /* Step 5 */
    if (ends(w, n, "e")) {
        size_t stem = n - 1;
        if (is(MGR1, w, stem) || (is(MEQ1, w, stem) && !is(CVC, w, stem)))
            n = stem;
    }
    if (ends(w, n, "ll") && is(MGR1, w, n))
        n -= 1;
    if (initial_y)
        w[0] = 'y';
    w[n] = '\0';
    return n;
}
