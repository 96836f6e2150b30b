/* langid.c — language identification by script, function words and telling letters.
 *
 * The script of most letters narrows the choice (Greek, Armenian, Hangul, kana and others
 * name their language outright); within Latin, Cyrillic and Arabic script each word found in
 * a language's list of function words counts one for every language that lists it, and each
 * letter that only some languages use counts half as much (a quarter in a capitalised word:
 * names carry their own language's letters into any text). A word shared by several
 * languages ("de", "en") moves them all and so tells only against the others; what decides
 * is the lead. Function words are the densest evidence a short text has (a third of the
 * words of running text), they cost one hash lookup a word, and unlike character n-gram
 * profiles they need no training corpus. With too little evidence, or too small a lead (a
 * headline, a list of names), the script's first language is kept, so a short English text
 * is never read as something else on one stray word. */
#include "langid/langid.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/text.h"
#include "util/error.h"
#include "util/hash.h"

enum script {
    SCRIPT_NONE = 0,
    SCRIPT_LATIN,
    SCRIPT_CYRILLIC,
    SCRIPT_GREEK,
    SCRIPT_ARMENIAN,
    SCRIPT_HEBREW,
    SCRIPT_ARABIC,
    SCRIPT_DEVANAGARI,
    SCRIPT_BENGALI,
    SCRIPT_TAMIL,
    SCRIPT_THAI,
    SCRIPT_GEORGIAN,
    SCRIPT_HANGUL,
    SCRIPT_ETHIOPIC,
    SCRIPT_MYANMAR,
    SCRIPT_KANA,
    SCRIPT_HAN,
    N_SCRIPTS
};

static const char *const SCRIPT_NAMES[N_SCRIPTS] = {
    "", "latin", "cyrillic", "greek", "armenian", "hebrew", "arabic", "devanagari", "bengali",
    "tamil", "thai", "georgian", "hangul", "ethiopic", "myanmar", "kana", "han"};

#define MAX_PROFILES 64 /* languages are bits of a 64-bit mask */
#define MAX_WORD 64     /* bytes; no function word is longer */
#define LETTER_WEIGHT 0.5
/* Evidence (in words) below which the script's first language is kept, and the lead over the
 * runner-up it needs: a function word of another language turns up in any text (a quoted
 * phrase, a name like "De la Cruz"), two that no other language shares rarely do. */
#define MIN_EVIDENCE 2.0
#define MIN_LEAD 1.5
/* Stop reading once the leader is this far ahead: more text does not change the answer. */
#define EARLY_LEAD 8.0
#define WORD_REPEATS 3   /* times one function word may count: running text varies its words */
#define SEEN_SLOTS 1024  /* counters for the words seen; two words sharing one count together */

typedef struct profile {
    char code[8];
    uint8_t script;
} profile;

typedef struct letter_entry {
    int32_t cp;
    uint64_t mask;
} letter_entry;

struct langid_table {
    profile prof[MAX_PROFILES];
    size_t n_prof;
    strmap words;    /* case-folded function word -> index into masks */
    uint64_t *masks; /* languages listing the word, one bit each */
    size_t n_masks;
    letter_entry *letters; /* sorted by code point */
    size_t n_letters;
};

static uint8_t script_of(int32_t c) {
    if (c < 0x80)
        return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? SCRIPT_LATIN : SCRIPT_NONE;
    if ((c >= 0x00C0 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF))
        return SCRIPT_LATIN;
    if (c >= 0x0370 && c <= 0x03FF)
        return SCRIPT_GREEK;
    if ((c >= 0x0400 && c <= 0x052F))
        return SCRIPT_CYRILLIC;
    if (c >= 0x0530 && c <= 0x058F)
        return SCRIPT_ARMENIAN;
    if (c >= 0x0590 && c <= 0x05FF)
        return SCRIPT_HEBREW;
    if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFDFF) ||
        (c >= 0xFE70 && c <= 0xFEFF))
        return SCRIPT_ARABIC;
    if (c >= 0x0900 && c <= 0x097F)
        return SCRIPT_DEVANAGARI;
    if (c >= 0x0980 && c <= 0x09FF)
        return SCRIPT_BENGALI;
    if (c >= 0x0B80 && c <= 0x0BFF)
        return SCRIPT_TAMIL;
    if (c >= 0x0E00 && c <= 0x0E7F)
        return SCRIPT_THAI;
    if (c >= 0x1000 && c <= 0x109F)
        return SCRIPT_MYANMAR;
    if (c >= 0x10A0 && c <= 0x10FF)
        return SCRIPT_GEORGIAN;
    if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) || (c >= 0xAC00 && c <= 0xD7AF))
        return SCRIPT_HANGUL;
    if (c >= 0x1200 && c <= 0x139F)
        return SCRIPT_ETHIOPIC;
    if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9D))
        return SCRIPT_KANA;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF))
        return SCRIPT_HAN;
    return SCRIPT_NONE;
}

void langid_free(langid_table *t) {
    if (!t)
        return;
    strmap_free(&t->words);
    free(t->masks);
    free(t->letters);
    free(t);
}

size_t langid_count(const langid_table *t) { return t ? t->n_prof : 0; }

const char *langid_code(const langid_table *t, size_t i) { return t->prof[i].code; }

static int cmp_letter(const void *a, const void *b) {
    int32_t x = ((const letter_entry *)a)->cp, y = ((const letter_entry *)b)->cp;
    return (x > y) - (x < y);
}

/* Adds the function words of one profile (space-separated) to the table. */
static bool add_words(langid_table *t, const char *s, size_t n, uint64_t bit, size_t *cap) {
    size_t i = 0;
    while (i < n) {
        while (i < n && s[i] == ' ')
            i++;
        size_t b = i;
        while (i < n && s[i] != ' ')
            i++;
        if (i == b)
            continue;
        bool inserted;
        int32_t *v = strmap_upsert(&t->words, s + b, i - b, (int32_t)t->n_masks, &inserted);
        if (!v)
            return false;
        if (inserted) {
            if (t->n_masks == *cap) {
                size_t nc = *cap ? *cap * 2 : 256;
                uint64_t *m = realloc(t->masks, nc * sizeof *m);
                if (!m)
                    return false;
                t->masks = m;
                *cap = nc;
            }
            t->masks[t->n_masks++] = 0;
        }
        t->masks[*v] |= bit;
    }
    return true;
}

/* Adds the telling letters of one profile to the (unsorted) letter list. */
static bool add_letters(langid_table *t, const char *s, size_t n, uint64_t bit, size_t *cap) {
    for (size_t i = 0; i < n;) {
        size_t k;
        bool bad;
        int32_t c = text_decode(s, n, i, &k, &bad);
        i += k;
        if (bad || c == ' ')
            continue;
        size_t j = 0;
        while (j < t->n_letters && t->letters[j].cp != c)
            j++; /* loading only: a few hundred letters at most */
        if (j == t->n_letters) {
            if (t->n_letters == *cap) {
                size_t nc = *cap ? *cap * 2 : 64;
                letter_entry *l = realloc(t->letters, nc * sizeof *l);
                if (!l)
                    return false;
                t->letters = l;
                *cap = nc;
            }
            t->letters[t->n_letters++] = (letter_entry){c, 0};
        }
        t->letters[j].mask |= bit;
    }
    return true;
}

langid_table *langid_load(const char *data, size_t len, const char *name, precis_error *err) {
    langid_table *t = calloc(1, sizeof *t);
    if (!t || !strmap_init(&t->words, 1024)) {
        free(t);
        set_error(err, PRECIS_E_NOMEM, "model: out of memory");
        return NULL;
    }
    size_t mask_cap = 0, letter_cap = 0, lineno = 0;
    const char *p = data, *end = data + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *line = p, *le = nl ? nl : end;
        p = nl ? nl + 1 : end;
        lineno++;
        while (le > line && (le[-1] == '\r' || le[-1] == ' '))
            le--;
        if (le == line || line[0] == '#')
            continue;
        /* code, script, letters, words: the last two may be missing */
        const char *field[4] = {line, NULL, NULL, NULL};
        size_t flen[4] = {0, 0, 0, 0}, nf = 1;
        for (const char *q = line; q < le; q++)
            if (*q == '\t' && nf < 4)
                field[nf++] = q + 1;
        for (size_t f = 0; f < nf; f++) {
            const char *fe = f + 1 < nf ? field[f + 1] - 1 : le;
            flen[f] = (size_t)(fe - field[f]);
        }
        uint8_t script = SCRIPT_NONE;
        for (uint8_t s = 1; s < N_SCRIPTS && nf >= 2; s++)
            if (strlen(SCRIPT_NAMES[s]) == flen[1] && memcmp(SCRIPT_NAMES[s], field[1], flen[1]) == 0)
                script = s;
        if (nf < 2 || flen[0] < 2 || flen[0] >= sizeof t->prof[0].code || script == SCRIPT_NONE) {
            set_error(err, PRECIS_E_MODEL, "model: %s:%zu: expected a language code, a script and "
                      "optional letters and words", name, lineno);
            goto fail;
        }
        if (t->n_prof == MAX_PROFILES) {
            set_error(err, PRECIS_E_MODEL, "model: %s:%zu: more than %d languages", name, lineno,
                      MAX_PROFILES);
            goto fail;
        }
        profile *pr = &t->prof[t->n_prof];
        memcpy(pr->code, field[0], flen[0]);
        pr->code[flen[0]] = '\0';
        pr->script = script;
        uint64_t bit = (uint64_t)1 << t->n_prof;
        t->n_prof++;
        if ((nf > 2 && !add_letters(t, field[2], flen[2], bit, &letter_cap)) ||
            (nf > 3 && !add_words(t, field[3], flen[3], bit, &mask_cap))) {
            set_error(err, PRECIS_E_NOMEM, "model: out of memory");
            goto fail;
        }
    }
    if (t->n_letters)
        qsort(t->letters, t->n_letters, sizeof *t->letters, cmp_letter);
    return t;
fail:
    langid_free(t);
    return NULL;
}

static uint64_t letter_mask(const langid_table *t, int32_t c) {
    size_t lo = 0, hi = t->n_letters;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->letters[mid].cp < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < t->n_letters && t->letters[lo].cp == c ? t->letters[lo].mask : 0;
}

/* Adds `weight` to the score of every language of `mask`. */
static void credit(double *score, uint64_t mask, double weight) {
    for (size_t l = 0; mask; l++, mask >>= 1)
        if (mask & 1)
            score[l] += weight;
}

/* True when the leader is far enough ahead that reading on cannot change the answer. */
static bool settled(const double *score, size_t n) {
    double best = 0, second = 0;
    for (size_t l = 0; l < n; l++) {
        if (score[l] > best) {
            second = best;
            best = score[l];
        } else if (score[l] > second) {
            second = score[l];
        }
    }
    return best - second >= EARLY_LEAD;
}

static void set_code(langid_result *out, const char *code) {
    size_t n = strlen(code);
    if (n >= sizeof out->code)
        n = sizeof out->code - 1;
    memcpy(out->code, code, n);
    out->code[n] = '\0';
}

void langid_identify(const langid_table *t, const char *text, size_t start, size_t len,
                     const char *fallback, langid_result *out) {
    memset(out, 0, sizeof *out);
    set_code(out, fallback);
    if (!t || t->n_prof == 0 || start >= len)
        return;
    size_t end = len - start > LANGID_SCAN_BYTES ? start + LANGID_SCAN_BYTES : len;
    size_t letters[N_SCRIPTS] = {0};
    double score[MAX_PROFILES] = {0};
    char word[MAX_WORD + 4];
    size_t wl = 0, words = 0, word_letters = 0;
    /* telling letters of the current word: they count half in a capitalised word, as names
     * ("Goran Ivanisevic", "Jiří Novák") carry their letters between languages */
    uint8_t seen[SEEN_SLOTS] = {0}; /* times each function word (by its index) has counted */
    uint64_t word_marks[8];
    size_t n_word_marks = 0;
    bool too_long = false, word_upper = false, prev_lower = false;
    int32_t before_word = ' ';
    for (size_t i = start; i <= end;) {
        int32_t c = 0;
        size_t k = 1;
        if (i < end) {
            unsigned char b = (unsigned char)text[i];
            if (b < 0x80) {
                c = b;
            } else {
                bool bad;
                c = text_decode(text, len, i, &k, &bad);
            }
        }
        uint8_t s = i < end ? script_of(c) : SCRIPT_NONE;
        bool letter = s != SCRIPT_NONE || (c >= 0x80 && text_is_letter(c));
        if (letter) {
            if (word_letters++ == 0)
                word_upper = c < 0x80 ? (c >= 'A' && c <= 'Z') : text_is_upper(c);
            letters[s]++;
            if (c >= 0x80 && n_word_marks < sizeof word_marks / sizeof *word_marks)
                word_marks[n_word_marks++] = letter_mask(t, (int32_t)utf8proc_tolower(c));
            int32_t lc = c < 0x80 ? (c | 0x20) : (int32_t)utf8proc_tolower(c);
            if (wl + 4 <= MAX_WORD)
                wl += c < 0x80 ? (word[wl] = (char)lc, 1) : (size_t)utf8proc_encode_char(lc, (uint8_t *)word + wl);
            else
                too_long = true;
        } else {
            /* A letter alone is a function word ("a", "i", "w") only in running text: not a
             * list marker ("(a)", "b."), an initial or a letter of spaced capitals. */
            /* ...and only between words of running text: "Swansea v Lincoln" is a fixture */
            bool lone_letter = word_letters == 1 && (word_upper || before_word == '(' || c == ')' || c == '.' ||
                                                     !prev_lower);
            for (size_t m = 0; m < n_word_marks; m++)
                credit(score, word_marks[m], word_upper ? LETTER_WEIGHT / 2 : LETTER_WEIGHT);
            n_word_marks = 0;
            if (word_letters)
                prev_lower = !word_upper;
            /* "'s", "n't": clitics of the word before, not words ("s" is Czech for "with") */
            bool clitic = before_word == '\'' || before_word == 0x2019;
            if (wl && !too_long && !lone_letter && !clitic) {
                int32_t v = strmap_get(&t->words, word, wl);
                /* a capitalised function word starts a sentence, a heading or a name ("Men's
                 * singles", "Pro forma"): half a word; and one word repeated down a table
                 * counts for at most WORD_REPEATS */
                if (v >= 0 && seen[v % SEEN_SLOTS] < WORD_REPEATS) {
                    seen[v % SEEN_SLOTS]++;
                    credit(score, t->masks[v], word_upper ? 0.5 : 1.0);
                }
                /* every 8 words: is the answer settled? */
                if ((++words & 7) == 0 && settled(score, t->n_prof))
                    break;
            }
            wl = 0;
            word_letters = 0;
            too_long = false;
            before_word = c;
        }
        if (i == end)
            break;
        i += k;
    }
    /* the text's script: most of its letters; Japanese mixes kana into Han */
    uint8_t script = SCRIPT_NONE;
    for (uint8_t s = 1; s < N_SCRIPTS; s++)
        if (letters[s] > letters[script])
            script = s;
    if (script == SCRIPT_HAN && letters[SCRIPT_KANA] * 10 >= letters[SCRIPT_HAN])
        script = SCRIPT_KANA;
    if (script == SCRIPT_NONE)
        return;
    size_t best = SIZE_MAX, first = SIZE_MAX, candidates = 0;
    double second = 0;
    for (size_t l = 0; l < t->n_prof; l++) {
        if (t->prof[l].script != script)
            continue;
        candidates++;
        if (first == SIZE_MAX)
            first = l;
        if (best == SIZE_MAX || score[l] > score[best]) {
            if (best != SIZE_MAX)
                second = score[best];
            best = l;
        } else if (score[l] > second) {
            second = score[l];
        }
    }
    if (first == SIZE_MAX)
        return; /* a script no profile covers */
    if (candidates == 1) {
        set_code(out, t->prof[first].code);
        out->confidence = 1.0;
        out->evidence = true;
    } else if (score[best] < MIN_EVIDENCE || score[best] - second < MIN_LEAD) {
        set_code(out, t->prof[first].code);
        out->confidence = score[first] > 0 && first == best ? score[first] / (score[first] + second) : 0;
        out->evidence = first == best && score[first] >= MIN_EVIDENCE;
    } else {
        set_code(out, t->prof[best].code);
        out->confidence = score[best] / (score[best] + second);
        out->evidence = true;
    }
}

bool langid_primary(const char *tag, char out[8]) {
    size_t n = 0;
    while (tag[n] && tag[n] != '-' && tag[n] != '_')
        n++;
    if (n < 2 || n > 3)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = (char)(tag[i] | 0x20);
        if (c < 'a' || c > 'z')
            return false;
        out[i] = c;
    }
    out[n] = '\0';
    /* subtags: 1 to 8 letters or digits each ("DE", "419", "Latn") */
    for (size_t i = n; tag[i];) {
        size_t b = ++i, k = b;
        while (tag[k] && tag[k] != '-' && tag[k] != '_') {
            char c = tag[k];
            if (!((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
                return false;
            k++;
        }
        if (k == b || k - b > 8)
            return false;
        i = k;
    }
    return true;
}
