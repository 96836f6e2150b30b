/* train_idf — builds a background document-frequency table (models/<lang>/idf.tsv).
 *
 * Usage: precis_train_idf [--lang L] [--min-df N] [--stems OUT2.tsv [--max-stems N]]
 *                         OUT.tsv FILE.jsonl...
 *
 * Each line of each JSONL file is a document whose "text" field is analysed exactly as
 * precis analyses input (same splitter, case folding, stopwords and Snowball stems), so the
 * table's keys are the keys the scorers look up. A term counts once per document. Terms seen
 * in fewer than --min-df documents (default 2) are left out: the scorer gives unseen terms
 * the rarest weight, which is what a df of 1 would give them anyway, and the table stays
 * small. Output is sorted by term, so the same inputs give the same bytes.
 *
 * With --stems OUT2.tsv it also writes the stems of the --max-stems (default 20000) forms
 * found in the most documents, "form<TAB>stem" sorted by form (models/<lang>/stems.tsv):
 * the lexicon takes those stems from the model instead of running the stemmer. Stopwords are
 * left out (they are never stemmed).
 * The command that built the shipped tables is in models/README.md. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"

typedef struct entry {
    char *term;
    long df;
} entry;

static int cmp_entry(const void *a, const void *b) {
    return strcmp(((const entry *)a)->term, ((const entry *)b)->term);
}

/* A case-folded form and its stem, with the number of documents it was seen in. */
typedef struct form_entry {
    char *form, *stem;
    long df;
} form_entry;

static int cmp_form_by_df(const void *a, const void *b) {
    const form_entry *x = a, *y = b;
    if (x->df != y->df)
        return x->df > y->df ? -1 : 1;
    return strcmp(x->form, y->form);
}

static int cmp_form(const void *a, const void *b) {
    return strcmp(((const form_entry *)a)->form, ((const form_entry *)b)->form);
}

typedef struct form_table {
    strmap index; /* form -> entry */
    form_entry *v;
    size_t n, cap;
} form_table;

/* Counts each non-stopword form of the document once. False when out of memory. */
static bool count_forms(form_table *t, const precis_doc *d) {
    for (size_t k = 0; k < d->lex.n_forms; k++) {
        const lexicon_form *s = &d->lex.forms[k];
        if ((s->value & 1) || memchr(s->key, '\t', s->len) || memchr(s->key, '\n', s->len))
            continue;
        int32_t idx = strmap_get(&t->index, s->key, s->len);
        if (idx < 0) {
            if (t->n == t->cap) {
                t->cap = t->cap ? t->cap * 2 : 4096;
                form_entry *v = realloc(t->v, t->cap * sizeof *v);
                if (!v)
                    return false;
                t->v = v;
            }
            form_entry *e = &t->v[t->n];
            e->form = strndup(s->key, s->len);
            e->stem = strdup(d->lex.term_text[s->value >> 1]);
            e->df = 0;
            if (!e->form || !e->stem || !strmap_put(&t->index, e->form, s->len, (int32_t)t->n))
                return false;
            idx = (int32_t)t->n++;
        }
        t->v[idx].df++;
    }
    return true;
}

/* Writes the `max` forms of most documents, sorted by form; frees the table. */
static bool write_stems(form_table *t, const char *path, size_t max) {
    strmap_free(&t->index);
    qsort(t->v, t->n, sizeof *t->v, cmp_form_by_df);
    size_t keep = t->n < max ? t->n : max;
    qsort(t->v, keep, sizeof *t->v, cmp_form);
    FILE *out = fopen(path, "w");
    if (!out) {
        perror(path);
        return false;
    }
    for (size_t k = 0; k < keep; k++)
        fprintf(out, "%s\t%s\n", t->v[k].form, t->v[k].stem);
    for (size_t k = 0; k < t->n; k++) {
        free(t->v[k].form);
        free(t->v[k].stem);
    }
    free(t->v);
    if (fclose(out) != 0) {
        perror(path);
        return false;
    }
    fprintf(stderr, "train_idf: %zu forms, the %zu in most documents written to %s\n", t->n, keep, path);
    return true;
}

int main(int argc, char **argv) {
    const char *lang = "en";
    long min_df = 2;
    const char *stems_path = NULL;
    long max_stems = 20000;
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i += 2) {
        if (i + 1 >= argc)
            break;
        if (strcmp(argv[i], "--lang") == 0)
            lang = argv[i + 1];
        else if (strcmp(argv[i], "--min-df") == 0)
            min_df = atol(argv[i + 1]);
        else if (strcmp(argv[i], "--stems") == 0)
            stems_path = argv[i + 1];
        else if (strcmp(argv[i], "--max-stems") == 0)
            max_stems = atol(argv[i + 1]);
        else {
            fprintf(stderr, "train_idf: unknown option %s\n", argv[i]);
            return 2;
        }
    }
    if (argc - i < 2) {
        fprintf(stderr, "usage: precis_train_idf [--lang L] [--min-df N] [--stems OUT2.tsv [--max-stems N]] OUT.tsv FILE.jsonl...\n");
        return 2;
    }
    const char *out_path = argv[i++];
    precis_model *model;
    precis_error err;
    if (precis_model_default(&model, &err) != PRECIS_OK) {
        fprintf(stderr, "train_idf: %s\n", err.message);
        return 3;
    }
    /* Every stem from the stemmer linked now, never from a stems.tsv already in the model. */
    for (size_t k = 0; k < model->n_langs; k++)
        strmap_free(&model->langs[k].stems);
    precis_options opts;
    precis_options_init(&opts);
    if (precis_options_set(&opts, "lang", lang, &err) != PRECIS_OK) {
        fprintf(stderr, "train_idf: %s\n", err.message);
        return 2;
    }
    opts.max_bytes = 0;

    strmap counts;
    strmap_init(&counts, 1 << 16);
    entry *entries = NULL;
    size_t n_entries = 0, cap = 0;
    long docs = 0;
    form_table forms = {0};
    if (stems_path && !strmap_init(&forms.index, 1 << 16))
        return 1;
    for (; i < argc; i++) {
        FILE *f = fopen(argv[i], "r");
        if (!f) {
            perror(argv[i]);
            return 4;
        }
        char *line = NULL;
        size_t lcap = 0;
        ssize_t got;
        long lineno = 0;
        while ((got = getline(&line, &lcap, f)) > 0) {
            lineno++;
            json_error_t jerr;
            json_t *obj = json_loadb(line, (size_t)got, 0, &jerr);
            const char *text = obj ? json_string_value(json_object_get(obj, "text")) : NULL;
            if (!text) {
                fprintf(stderr, "train_idf: %s:%ld: no \"text\" string, skipped\n", argv[i], lineno);
                json_decref(obj);
                continue;
            }
            precis_doc *d;
            if (precis_doc_new(model, text, strlen(text), &opts, &d, &err) != PRECIS_OK) {
                fprintf(stderr, "train_idf: %s:%ld: %s\n", argv[i], lineno, err.message);
                json_decref(obj);
                continue;
            }
            docs++;
            uint8_t *seen = calloc(d->lex.n_terms + 1, 1);
            for (size_t k = 0; k < d->seg.n_tokens; k++) {
                int32_t t = d->tok_term[k];
                if (t < 0 || seen[t])
                    continue;
                seen[t] = 1;
                int32_t idx = strmap_get(&counts, d->lex.term_text[t], d->lex.term_len[t]);
                if (idx < 0) {
                    if (n_entries == cap) {
                        cap = cap ? cap * 2 : 4096;
                        entries = realloc(entries, cap * sizeof *entries);
                        if (!entries)
                            return 1;
                    }
                    entries[n_entries].term = strdup(d->lex.term_text[t]);
                    entries[n_entries].df = 0;
                    strmap_put(&counts, entries[n_entries].term, d->lex.term_len[t], (int32_t)n_entries);
                    idx = (int32_t)n_entries++;
                }
                entries[idx].df++;
            }
            free(seen);
            if (stems_path && !count_forms(&forms, d)) {
                fprintf(stderr, "train_idf: out of memory\n");
                return 1;
            }
            precis_doc_free(d);
            json_decref(obj);
        }
        free(line);
        fclose(f);
    }
    strmap_free(&counts);
    qsort(entries, n_entries, sizeof *entries, cmp_entry);
    FILE *out = fopen(out_path, "w");
    if (!out) {
        perror(out_path);
        return 4;
    }
    fprintf(out, "#docs\t%ld\n", docs);
    size_t kept = 0;
    for (size_t k = 0; k < n_entries; k++) {
        /* A tab or newline inside a term would break the format; such terms cannot come from
         * the tokenizer, but the check keeps the file well-formed whatever the input. */
        if (entries[k].df >= min_df && !strpbrk(entries[k].term, "\t\n\r")) {
            fprintf(out, "%s\t%ld\n", entries[k].term, entries[k].df);
            kept++;
        }
        free(entries[k].term);
    }
    free(entries);
    if (fclose(out) != 0) {
        perror(out_path);
        return 4;
    }
    fprintf(stderr, "train_idf: %ld documents, %zu terms, %zu kept (df >= %ld)\n", docs, n_entries, kept, min_df);
    if (stems_path && !write_stems(&forms, stems_path, max_stems > 0 ? (size_t)max_stems : 0))
        return 4;
    precis_model_free(model);
    return 0;
}
