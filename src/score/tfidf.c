/* tfidf.c — centroid scoring (Radev, Jing & Budzikowska 2000, "Centroid-based summarization
 * of multiple documents"): a sentence's score is the cosine between its tf-idf vector and the
 * document's centroid, the sum of all sentence vectors. Linear in tokens. */
#include <math.h>
#include <stdlib.h>

#include "score/score.h"

bool score_tfidf(precis_doc *d, const sentvecs *sv, const score_budget *budget, arena *a, double *scores,
                 score_parts *parts) {
    (void)budget; /* weighs nothing by the budget */
    (void)a;
    size_t n = sv->n, nt = sv->n_terms;
    double *centroid = calloc(nt ? nt : 1, sizeof *centroid);
    if (!centroid)
        return false;
    for (size_t i = 0; i < n; i++)
        for (uint32_t k = 0; k < sv->v[i].n; k++)
            centroid[sv->v[i].term[k]] += sv->v[i].w[k];
    double cnorm = 0;
    for (size_t t = 0; t < nt; t++)
        cnorm += centroid[t] * centroid[t];
    cnorm = sqrt(cnorm);
    for (size_t i = 0; i < n; i++) {
        const svec *v = &sv->v[i];
        double dot = 0;
        for (uint32_t k = 0; k < v->n; k++)
            dot += v->w[k] * centroid[v->term[k]];
        scores[i] = (v->norm > 0 && cnorm > 0) ? dot / (v->norm * cnorm) : 0;
        parts[i].centrality = scores[i];
    }
    free(centroid);
    (void)d;
    return true;
}
