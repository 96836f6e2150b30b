/* vectors.c — see vectors.h. */
#include "score/vectors.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int cmp_i32(const void *a, const void *b) {
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

/* Sorts term ids ascending: by insertion for a sentence's few dozen (a qsort call cost
 * fifteen instructions per comparison through its callback), else qsort. Integers: any
 * sort gives the same array. */
static void sort_ids(int32_t *v, size_t m) {
    if (m > 48) {
        qsort(v, m, sizeof *v, cmp_i32);
        return;
    }
    for (size_t i = 1; i < m; i++) {
        int32_t x = v[i];
        size_t j = i;
        for (; j > 0 && v[j - 1] > x; j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
}

/* A token counts as content when it is a non-stopword word or number with at least one
 * letter or digit of length > 1 (single letters are mostly initials and list markers). */
static bool is_content(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    if (d->tok_term[k] < 0 || d->tok_stop[k])
        return false;
    if (t->kind != TOK_WORD && t->kind != TOK_NUMBER)
        return false;
    return t->end - t->start > 1;
}

double sentvecs_idf(const precis_doc *d, const sentvecs *sv, int32_t t) {
    double *idf = &sv->idf[t];
    if (isnan(*idf))
        *idf = d->opts.idf      ? idf_weight(d->opts.idf, d->lex.term_text[t], d->lex.term_len[t])
               : d->lang->df_docs ? lexicon_term_idf(&d->lex, t)
                                  : 1.0;
    return *idf;
}

bool sentvecs_build(const precis_doc *d, arena *a, sentvecs *out) {
    size_t ns = d->seg.n_sentences;
    out->n = ns;
    out->n_terms = d->lex.n_terms;
    out->v = arena_calloc(a, ns ? ns : 1, sizeof *out->v);
    out->idf = arena_alloc(a, (out->n_terms ? out->n_terms : 1) * sizeof *out->idf);
    if (!out->v || !out->idf)
        return false;
    for (size_t t = 0; t < out->n_terms; t++)
        out->idf[t] = NAN;

    int32_t *scratch = NULL;
    size_t scratch_cap = 0;
    for (size_t i = 0; i < ns; i++) {
        const sentence *s = &d->seg.sentences[i];
        size_t m = 0;
        size_t ntok = s->tok_end - s->tok_start;
        if (ntok > scratch_cap) {
            free(scratch);
            scratch_cap = ntok * 2;
            scratch = malloc(scratch_cap * sizeof *scratch);
            if (!scratch)
                return false;
        }
        for (uint32_t k = s->tok_start; k < s->tok_end; k++)
            if (is_content(d, k))
                scratch[m++] = d->tok_term[k];
        sort_ids(scratch, m);
        svec *v = &out->v[i];
        v->words = (uint32_t)m;
        /* room for m terms, an upper bound on the distinct ones (a sentence seldom repeats
         * a word): a few bytes more than a count would give, for a pass less */
        v->term = arena_alloc(a, (m ? m : 1) * sizeof *v->term);
        v->tf = arena_alloc(a, (m ? m : 1) * sizeof *v->tf);
        v->w = arena_alloc(a, (m ? m : 1) * sizeof *v->w);
        if (!v->term || !v->tf || !v->w) {
            free(scratch);
            return false;
        }
        double norm = 0;
        for (size_t k = 0; k < m;) {
            size_t e = k;
            while (e < m && scratch[e] == scratch[k])
                e++;
            uint32_t j = v->n++;
            v->term[j] = scratch[k];
            v->tf[j] = (float)(e - k);
            v->w[j] = (float)((double)(e - k) * sentvecs_idf(d, out, scratch[k]));
            norm += (double)v->w[j] * v->w[j];
            k = e;
        }
        v->norm = sqrt(norm);
    }
    free(scratch);
    return true;
}

void svec_scatter(const svec *b, uint32_t *pos, bool on) {
    for (uint32_t j = 0; j < b->n; j++)
        pos[b->term[j]] = on ? j + 1 : 0;
}

double svec_cosine_scattered(const svec *a, const svec *b, const uint32_t *pos) {
    if (a->norm == 0 || b->norm == 0)
        return 0;
    double dot = 0;
    for (uint32_t i = 0; i < a->n; i++) {
        uint32_t j = pos[a->term[i]];
        if (j)
            dot += (double)a->w[i] * b->w[j - 1];
    }
    return dot / (a->norm * b->norm);
}

double svec_cosine(const svec *a, const svec *b) {
    if (a->norm == 0 || b->norm == 0)
        return 0;
    double dot = 0;
    uint32_t i = 0, j = 0;
    while (i < a->n && j < b->n) {
        if (a->term[i] < b->term[j])
            i++;
        else if (a->term[i] > b->term[j])
            j++;
        else
            dot += (double)a->w[i++] * b->w[j++];
    }
    return dot / (a->norm * b->norm);
}
