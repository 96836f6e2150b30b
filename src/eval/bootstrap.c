/* bootstrap.c — confidence intervals of an average over documents, by bootstrap resampling as
 * ROUGE-1.5.5 does it (its computeAverages and bootstrapResampling): resample i is drawn with
 * Perl's generator seeded by srand(i), n indexes int(rand(n)) into the documents taken in the
 * string order of their evaluation ids (values[i] is document i + 1); the printed "Average" is the mean
 * of the resample means, and the interval bounds are read from the sorted resample means at
 * ROUGE's interpolated ranks. Fixed seeds make the result reproducible run to run.
 * Cost: O(resamples x n) draws plus sorts of the documents and of the resample means. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval/rouge.h"
#include "util/error.h"

/* ROUGE-1.5.5 sorts its evaluation ids ("1", "2", ... "10") as strings before resampling, so
 * the resample indexes point into that order: 1, 10, 100, 101, ..., 11, ... */
static int cmp_id_string(const void *a, const void *b) {
    char x[24], y[24];
    snprintf(x, sizeof x, "%zu", *(const size_t *)a + 1);
    snprintf(y, sizeof y, "%zu", *(const size_t *)b + 1);
    return strcmp(x, y);
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

precis_status precis_rouge_bootstrap(const double *values, size_t n, size_t n_resamples,
                                     double confidence, precis_rouge_estimate *out, precis_error *err) {
    if (!out || (n && !values) || n_resamples == 0 || !(confidence > 0 && confidence <= 100))
        return set_error(err, PRECIS_E_INVALID_ARG,
                         "bootstrap: NULL argument, no resamples or confidence outside (0,100]");
    out->mean = out->boot_mean = out->low = out->high = 0;
    if (n == 0)
        return PRECIS_OK;
    double sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += values[i];
    out->mean = sum / (double)n;

    double *means = malloc(n_resamples * sizeof *means);
    size_t *order = malloc(n * sizeof *order);
    double *v = malloc(n * sizeof *v);
    if (!means || !order || !v) {
        free(means);
        free(order);
        free(v);
        return set_error(err, PRECIS_E_NOMEM, "bootstrap: out of memory");
    }
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    qsort(order, n, sizeof *order, cmp_id_string);
    for (size_t i = 0; i < n; i++)
        v[i] = values[order[i]];
    for (size_t i = 0; i < n_resamples; i++) {
        rouge_rand48 state;
        rouge_srand48(&state, (uint32_t)i);
        double s = 0;
        for (size_t k = 0; k < n; k++) {
            size_t idx = (size_t)(rouge_drand48(&state) * (double)n);
            s += v[idx < n ? idx : n - 1];
        }
        means[i] = s / (double)n;
    }
    qsort(means, n_resamples, sizeof *means, cmp_double);
    double total = 0;
    for (size_t i = 0; i < n_resamples; i++)
        total += means[i];
    out->boot_mean = total / (double)n_resamples;

    /* ROUGE-1.5.5's ranks: delta = N (100 - c) / 200; the lower bound interpolates between
     * ranks int(delta) and int(delta) + 1, the upper between int(N - delta - 1) and the next,
     * both with the fraction N - delta - 1 - int(N - delta - 1). */
    double N = (double)n_resamples;
    double delta = N * ((100.0 - confidence) / 2.0) / 100.0;
    size_t ua = (size_t)(N - delta - 1), la = (size_t)delta;
    size_t ub = ua + 1 < n_resamples ? ua + 1 : n_resamples - 1;
    size_t lb = la + 1 < n_resamples ? la + 1 : n_resamples - 1;
    double frac = N - delta - 1 - (double)ua;
    out->low = means[la] + (means[lb] - means[la]) * frac;
    out->high = means[ua] + (means[ub] - means[ua]) * frac;
    free(means);
    free(order);
    free(v);
    return PRECIS_OK;
}

precis_status precis_rouge_average(const precis_rouge_scores *docs, size_t n, size_t n_resamples,
                                   double confidence, precis_rouge_summary out[PRECIS_ROUGE_METRICS],
                                   precis_error *err) {
    if (!out || (n && !docs))
        return set_error(err, PRECIS_E_INVALID_ARG, "rouge average: NULL argument");
    double *v = malloc((n ? n : 1) * sizeof *v);
    if (!v)
        return set_error(err, PRECIS_E_NOMEM, "rouge average: out of memory");
    precis_status st = PRECIS_OK;
    for (int m = 0; m < PRECIS_ROUGE_METRICS && st == PRECIS_OK; m++)
        for (int which = 0; which < 3 && st == PRECIS_OK; which++) {
            for (size_t i = 0; i < n; i++)
                v[i] = which == 0 ? docs[i].m[m].p : which == 1 ? docs[i].m[m].r : docs[i].m[m].f;
            precis_rouge_estimate *e = which == 0 ? &out[m].p : which == 1 ? &out[m].r : &out[m].f;
            st = precis_rouge_bootstrap(v, n, n_resamples, confidence, e, err);
        }
    free(v);
    return st;
}
