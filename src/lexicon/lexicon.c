/* lexicon.c — see lexicon.h. Expected O(1) per token after the first sight of a form. */
#include "lexicon/lexicon.h"

#include <libstemmer.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"

/* Whether the ISO-8859-1 stemmer of algorithm `name` gives an ASCII word the UTF-8 one's
 * stem: English's rules name ASCII letters only, so both read and write the same bytes
 * (checked on the 14k distinct words of the CNN/DailyMail dev articles). Not every language:
 * Portuguese, for one, writes a~ back as a non-ASCII letter. */
static bool ascii_stems_agree(const char *name) {
    return strcmp(name, "en") == 0 || strcmp(name, "english") == 0 || strcmp(name, "porter") == 0;
}

bool lexicon_init(lexicon *lx, const lang_data *lang, arena *mem) {
    return lexicon_init_sized(lx, lang, mem, 512);
}

bool lexicon_init_sized(lexicon *lx, const lang_data *lang, arena *mem, size_t tokens) {
    /* News has about one distinct form per two tokens (262 forms in the 640 tokens of an
     * average CNN/DailyMail article), and fewer stems than forms: sized so, the tables of
     * most documents never grow (a rehash of every entry), and short texts' are small. */
    size_t expected = tokens / 2;
    memset(lx, 0, sizeof *lx);
    lx->lang = lang;
    lx->mem = mem;
    buf_init(&lx->scratch);
    if (lang && lang->stemmer[0]) {
        if (ascii_stems_agree(lang->stemmer))
            lx->stemmer_ascii = sb_stemmer_new(lang->stemmer, "ISO_8859_1");
        if (!lx->stemmer_ascii)
            lx->stemmer = sb_stemmer_new(lang->stemmer, "UTF_8"); /* NULL: no stemmer for it */
        lx->has_stemmer = lx->stemmer || lx->stemmer_ascii;
    }
    size_t cap = 16;
    while (cap < expected * 2)
        cap *= 2;
    lx->form_cap = lx->stem_cap = cap;
    lx->form_slot = calloc(cap, sizeof *lx->form_slot);
    lx->stem_slot = calloc(cap, sizeof *lx->stem_slot);
    lx->forms = malloc(cap / 2 * sizeof *lx->forms);
    return lx->form_slot && lx->stem_slot && lx->forms;
}

void lexicon_free(lexicon *lx) {
    if (lx->stemmer)
        sb_stemmer_delete(lx->stemmer);
    if (lx->stemmer_ascii)
        sb_stemmer_delete(lx->stemmer_ascii);
    free(lx->form_slot);
    free(lx->stem_slot);
    free(lx->forms);
    free(lx->term_text);
    free(lx->term_len);
    free(lx->term_hash);
    free(lx->term_df);
    free(lx->term_one_form);
    buf_free(&lx->scratch);
    memset(lx, 0, sizeof *lx);
}

/* The same for a stem, whose text is its term's. */
static inline uint32_t *stem_find(const lexicon *lx, const char *key, size_t len, uint64_t h) {
    size_t mask = lx->stem_cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        uint32_t *s = &lx->stem_slot[i];
        if (!*s)
            return s;
        if (lx->term_len[*s - 1] == len && strmap_same_key(lx->term_text[*s - 1], key, len))
            return s;
    }
}

/* A table of cap slots holding 1 + k for the n keys k whose hashes hash(k) gives, or NULL
 * when out of memory. */
static uint32_t *rebuild(size_t cap, size_t n, uint64_t (*hash)(const lexicon *, size_t), const lexicon *lx) {
    uint32_t *slot = calloc(cap, sizeof *slot);
    if (!slot)
        return NULL;
    for (size_t k = 0; k < n; k++) {
        size_t i = (size_t)hash(lx, k) & (cap - 1);
        while (slot[i])
            i = (i + 1) & (cap - 1);
        slot[i] = (uint32_t)k + 1;
    }
    return slot;
}

static uint64_t form_hash(const lexicon *lx, size_t k) { return hash_bytes(lx->forms[k].key, lx->forms[k].len); }
static uint64_t stem_hash(const lexicon *lx, size_t k) { return lx->term_hash[k]; }

/* Room for one more form (the table doubled when it would pass half full), so that a slot
 * found by lexicon_form_slot stays where it is until it is filled. False when out of memory. */
static bool form_reserve(lexicon *lx) {
    if ((lx->n_forms + 1) * 2 <= lx->form_cap)
        return true;
    size_t cap = lx->form_cap * 2;
    lexicon_form *f = realloc(lx->forms, cap / 2 * sizeof *f);
    if (!f)
        return false;
    lx->forms = f;
    uint32_t *slot = rebuild(cap, lx->n_forms, form_hash, lx);
    if (!slot)
        return false;
    free(lx->form_slot);
    lx->form_slot = slot;
    lx->form_cap = cap;
    return true;
}

static bool stem_reserve(lexicon *lx) {
    if ((lx->n_terms + 1) * 2 <= lx->stem_cap)
        return true;
    uint32_t *slot = rebuild(lx->stem_cap * 2, lx->n_terms, stem_hash, lx);
    if (!slot)
        return false;
    free(lx->stem_slot);
    lx->stem_slot = slot;
    lx->stem_cap *= 2;
    return true;
}

double lexicon_term_idf(const lexicon *lx, int32_t id) {
    int32_t df = lx->term_df[id];
    return df >= 0 ? model_idf_of_df(lx->lang, df)
                   : model_idf_h(lx->lang, lx->term_text[id], lx->term_len[id], lx->term_hash[id]);
}

int32_t lexicon_form_term(const lexicon *lx, const char *form, size_t len) {
    return lexicon_form_term_h(lx, form, len, hash_bytes(form, len));
}


/* How many new terms back intern_stem prefetches the idf key of (see there). */
#define DF_KEY_LAG 4

/* The term id of a stem, made when it is new (its text copied to the arena: term_text is
 * NUL-terminated, which a stem of stems.tsv in the model is not; `owned`: stem is already
 * such a copy, kept as it is), for a new form (ASCII when `ascii`). */
static int32_t intern_stem(lexicon *lx, const char *stem, size_t len, bool ascii, bool owned, int32_t df_known) {
    if (len > UINT32_MAX || !stem_reserve(lx))
        return -1;
    uint64_t h = hash_bytes(stem, len);
    uint32_t *slot = stem_find(lx, stem, len, h);
    if (*slot) {
        lx->term_one_form[*slot - 1] = 0; /* a second form */
        if (df_known >= 0)
            lx->term_df[*slot - 1] = df_known; /* the stem's, whichever form gave it */
        return (int32_t)(*slot - 1);
    }
    if (lx->n_terms == lx->cap_terms) {
        /* first as many as the stem table holds before it grows (sized for the document) */
        size_t cap = lx->cap_terms ? lx->cap_terms * 2 : lx->stem_cap / 2 > 256 ? lx->stem_cap / 2 : 256;
        const char **t = realloc(lx->term_text, cap * sizeof *t);
        if (!t)
            return -1;
        lx->term_text = t;
        uint32_t *l = realloc(lx->term_len, cap * sizeof *l);
        if (!l)
            return -1;
        lx->term_len = l;
        uint64_t *hs = realloc(lx->term_hash, cap * sizeof *hs);
        if (!hs)
            return -1;
        lx->term_hash = hs;
        uint8_t *one = realloc(lx->term_one_form, cap * sizeof *one);
        if (!one)
            return -1;
        lx->term_one_form = one;
        int32_t *dfs = realloc(lx->term_df, cap * sizeof *dfs);
        if (!dfs)
            return -1;
        lx->term_df = dfs;
        lx->cap_terms = cap;
    }
    const char *copy = owned ? stem : arena_strndup(lx->mem, stem, len);
    if (!copy)
        return -1;
    /* The summary will want each term's idf (model_idf_h), two cache misses in the model's
     * document-frequency table (a megabyte of cold slots, then the key a slot points to):
     * the new term's slot is asked for now, and the key of the term DF_KEY_LAG terms back,
     * whose slot has arrived by now, so that both are in cache by then. */
    const strmap *df = lx->lang && df_known < 0 ? &lx->lang->df : NULL;
    if (df && df->cap) {
        __builtin_prefetch(&df->slots[h & (df->cap - 1)]);
        if (lx->n_terms >= DF_KEY_LAG) {
            const strmap_slot *sl = &df->slots[lx->term_hash[lx->n_terms - DF_KEY_LAG] & (df->cap - 1)];
            if (sl->key)
                __builtin_prefetch(sl->key);
        }
    }
    int32_t id = (int32_t)lx->n_terms;
    lx->term_text[id] = copy;
    lx->term_len[id] = (uint32_t)len;
    lx->term_hash[id] = h;
    lx->term_one_form[id] = ascii;
    lx->term_df[id] = df_known;
    lx->n_terms++;
    *slot = (uint32_t)id + 1;
    return id;
}

/* Longest word folded by ascii_fold. */
#define LEXICON_ASCII_MAX 64

/* text_fold of an ASCII word: its bytes with A-Z lowered, and their hash_bytes() in *h, in
 * one pass (two passes read each byte twice, for most of the cost of a word that is already
 * in the cache). False (dst untouched or partly written, *h meaningless) when the word has a
 * non-ASCII byte or is longer than cap: text_fold's Unicode path then folds it. */
static bool ascii_fold_hash(const char *s, size_t len, char *dst, size_t cap, uint64_t *h) {
    if (len > cap)
        return false;
    unsigned char any_high = 0;
    uint64_t hash = HASH_FNV_OFFSET;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        any_high |= c;
        c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        dst[i] = (char)c;
        hash = (hash ^ c) * HASH_FNV_PRIME;
    }
    *h = hash;
    return any_high < 0x80;
}

/* ascii_fold_hash of a word of ASCII letters only: each byte lowered by setting bit 5, with
 * nothing to test. */
static bool letters_fold_hash(const char *s, size_t len, char *dst, size_t cap, uint64_t *h) {
    if (len > cap)
        return false;
    uint64_t hash = HASH_FNV_OFFSET;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i] | 0x20;
        dst[i] = (char)c;
        hash = (hash ^ c) * HASH_FNV_PRIME;
    }
    *h = hash;
    return true;
}

int32_t lexicon_term(lexicon *lx, const char *word, size_t len, bool *stop) {
    return lexicon_term_of(lx, word, len, false, stop);
}

int32_t lexicon_term_of(lexicon *lx, const char *word, size_t len, bool letters, bool *stop) {
    /* An ASCII word (nearly all of them in English news) is folded here, on the stack: the
     * bytes text_fold gives it, without its buffer. One hash of the form serves the cache,
     * the stopwords, the stem table and the insertion; one probe of the cache the lookup
     * and the insertion. */
    char ascii[LEXICON_ASCII_MAX];
    const char *form;
    size_t flen;
    uint64_t h;
    bool is_ascii = letters ? letters_fold_hash(word, len, ascii, sizeof ascii, &h)
                            : ascii_fold_hash(word, len, ascii, sizeof ascii, &h);
    if (is_ascii) {
        form = ascii;
        flen = len;
    } else {
        lx->scratch.len = 0;
        text_fold(&lx->scratch, word, len);
        if (!buf_ok(&lx->scratch))
            return -1;
        form = lx->scratch.data ? lx->scratch.data : "";
        flen = lx->scratch.len;
        h = hash_bytes(form, flen);
    }
    if (flen > UINT32_MAX || !form_reserve(lx))
        return -1;
    uint32_t *cache = lexicon_form_slot(lx, form, flen, h);
    if (*cache) {
        int32_t v = lx->forms[*cache - 1].value;
        if (!is_ascii) /* a Unicode word with an ASCII one's form: the Kelvin sign's "k" */
            lx->term_one_form[v >> 1] = 0;
        if (stop)
            *stop = v & 1;
        return v >> 1;
    }
    bool is_stop = lx->lang && strmap_get_h(&lx->lang->stopwords, form, flen, h) >= 0;
    /* A frequent form's stem comes from the model (stems.tsv), and its key there, which
     * outlives the document, serves as the cache key: no stemming and no copy. */
    int32_t known_len = 0;
    const char *known = lx->lang && lx->has_stemmer && !is_stop
                            ? strmap_get_key_h(&lx->lang->stems, form, flen, h, &known_len)
                            : NULL;
    const char *form_copy = known ? known : arena_strndup(lx->mem, form, flen);
    if (!form_copy)
        return -1;
    const char *stem = form_copy;
    size_t slen = flen;
    bool owned = !known; /* stem is form_copy, the arena's NUL-terminated copy, unless replaced */
    int32_t df_known = -1;
    if (known) {
        stem = known + flen + 1;
        slen = model_stem_value(lx->lang, known_len, &df_known);
    } else if (lx->has_stemmer && !is_stop) {
        struct sb_stemmer *st = is_ascii && lx->stemmer_ascii ? lx->stemmer_ascii : lx->stemmer;
        if (!st) { /* the first non-ASCII word of a language with an ASCII stemmer */
            st = lx->stemmer = sb_stemmer_new(lx->lang->stemmer, "UTF_8");
            if (!st)
                return -1;
        }
        const sb_symbol *s = sb_stemmer_stem(st, (const sb_symbol *)form_copy, (int)flen);
        if (s) {
            stem = (const char *)s;
            slen = (size_t)sb_stemmer_length(st);
            owned = false; /* the stemmer's buffer */
        }
    }
    int32_t id = intern_stem(lx, stem, slen, is_ascii, owned, df_known);
    if (id < 0)
        return -1;
    lx->forms[lx->n_forms] = (lexicon_form){form_copy, (uint32_t)flen, (id << 1) | (is_stop ? 1 : 0)};
    *cache = (uint32_t)++lx->n_forms;
    if (stop)
        *stop = is_stop;
    return id;
}
