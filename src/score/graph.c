/* graph.c — see graph.h. Cost: O(n * window * terms) to build, O(edges) per PageRank round. */
#include "score/graph.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

size_t graph_window(size_t n) { return n <= GRAPH_ALL_PAIRS_LIMIT ? n : GRAPH_WINDOW; }

bool simgraph_build(const sentvecs *sv, sim_fn sim, row_fn row, void *ctx, double min_weight, arena *a,
                    simgraph *out) {
    size_t n = sv->n, win = graph_window(n);
    out->n = n;
    out->row = arena_alloc(a, (n + 1) * sizeof *out->row);
    if (!out->row)
        return false;
    /* Edges are gathered per row in growable heap arrays, then packed into the arena. */
    size_t cap = 1024, m = 0;
    uint32_t *col = malloc(cap * sizeof *col);
    float *w = malloc(cap * sizeof *w);
    /* sim is symmetric (graph.h), so each pair is compared once: row i takes its edges to
     * earlier rows j from row j, where cur[j] walks j's ascending columns up to i. An edge
     * missing there fell below min_weight, as it would again. Half the comparisons, which
     * were most of the graph's cost. */
    uint32_t *cur = malloc((n ? n : 1) * sizeof *cur);
    if (!col || !w || !cur)
        goto oom;
    for (size_t i = 0; i < n; i++) {
        out->row[i] = (uint32_t)m;
        cur[i] = (uint32_t)m;
        if (row)
            row(i, ctx);
        size_t lo = i > win ? i - win : 0, hi = i + win + 1 < n ? i + win + 1 : n;
        for (size_t j = lo; j < hi; j++) {
            if (j == i)
                continue;
            float sf;
            if (j < i) {
                uint32_t e = cur[j], end = out->row[j + 1];
                while (e < end && col[e] < i)
                    e++;
                cur[j] = e;
                if (e == end || col[e] != i)
                    continue;
                sf = w[e];
            } else {
                double s = sim(&sv->v[i], &sv->v[j], ctx);
                if (!(s > min_weight))
                    continue;
                sf = (float)s;
            }
            if (m == cap) {
                cap *= 2;
                uint32_t *c2 = realloc(col, cap * sizeof *c2);
                if (!c2)
                    goto oom;
                col = c2;
                float *w2 = realloc(w, cap * sizeof *w2);
                if (!w2)
                    goto oom;
                w = w2;
            }
            col[m] = (uint32_t)j;
            w[m] = sf;
            m++;
        }
        out->row[i + 1] = (uint32_t)m;
    }
    out->row[n] = (uint32_t)m;
    out->col = arena_alloc(a, (m ? m : 1) * sizeof *out->col);
    out->w = arena_alloc(a, (m ? m : 1) * sizeof *out->w);
    if (!out->col || !out->w)
        goto oom;
    memcpy(out->col, col, m * sizeof *col);
    memcpy(out->w, w, m * sizeof *w);
    free(cur);
    free(col);
    free(w);
    return true;
oom:
    free(cur);
    free(col);
    free(w);
    return false;
}

/* Two doubles (SSE2, in every x86-64), as GCC vector extensions. */
typedef double v2d __attribute__((vector_size(16)));

bool pagerank(const simgraph *g, double d, double *scores) {
    size_t n = g->n;
    if (n == 0)
        return true;
    size_t m = g->row[n];
    double *next = malloc(n * sizeof *next), *outw = malloc(n * sizeof *outw), *ds = malloc(n * sizeof *ds);
    /* the weights as doubles once, not converted again at every round (exactly: a float is
     * a double) */
    double *wd = malloc((m ? m : 1) * sizeof *wd);
    if (!next || !outw || !ds || !wd) {
        free(next);
        free(outw);
        free(ds);
        free(wd);
        return false;
    }
    for (size_t e = 0; e < m; e++)
        wd[e] = g->w[e];
    for (size_t i = 0; i < n; i++) {
        scores[i] = 1.0 / (double)n;
        double s = 0;
        for (uint32_t e = g->row[i]; e < g->row[i + 1]; e++)
            s += g->w[e];
        outw[i] = s;
    }
    for (int round = 0; round < 100; round++) {
        double dangling = 0;
        for (size_t i = 0; i < n; i++)
            if (outw[i] == 0)
                dangling += scores[i];
        double base = (1.0 - d) / (double)n + d * dangling / (double)n;
        for (size_t i = 0; i < n; i++)
            next[i] = base;
        /* d * scores[j], the first product of every edge from j, once per node */
        for (size_t j = 0; j < n; j++)
            ds[j] = d * scores[j];
        /* The graph is symmetric, so "i receives from j" walks i's own row. Two rows at a
         * time: each row's sum is one chain of additions, in the same order as alone (so the
         * same bits), but two independent chains keep the divider and the adder busy where
         * one waited on the last addition's latency (most of PageRank's time). */
        size_t r2 = 0;
        for (; r2 + 1 < n; r2 += 2) {
            double a0 = next[r2], a1 = next[r2 + 1]; /* in registers */
            uint32_t e0 = g->row[r2], e1 = g->row[r2 + 1], end1 = g->row[r2 + 2];
            uint32_t l0 = e1 - e0, l1 = end1 - e1, both = l0 < l1 ? l0 : l1;
            for (uint32_t k = 0; k < both; k++) {
                uint32_t c0 = g->col[e0 + k], c1 = g->col[e1 + k];
                /* the two rows' products and quotients in the lanes of one multiply and one
                 * divide (each lane the scalar operation, to the bit) */
                v2d t = (v2d){ds[c0], ds[c1]} * (v2d){wd[e0 + k], wd[e1 + k]} / (v2d){outw[c0], outw[c1]};
                a0 += t[0];
                a1 += t[1];
            }
            for (uint32_t e = e0 + both; e < e1; e++)
                a0 += ds[g->col[e]] * wd[e] / outw[g->col[e]];
            for (uint32_t e = e1 + both; e < end1; e++)
                a1 += ds[g->col[e]] * wd[e] / outw[g->col[e]];
            next[r2] = a0;
            next[r2 + 1] = a1;
        }
        for (; r2 < n; r2++) {
            double acc = next[r2];
            for (uint32_t e = g->row[r2], end = g->row[r2 + 1]; e < end; e++)
                acc += ds[g->col[e]] * wd[e] / outw[g->col[e]];
            next[r2] = acc;
        }
        double delta = 0;
        for (size_t i = 0; i < n; i++) {
            delta += fabs(next[i] - scores[i]);
            scores[i] = next[i];
        }
        if (delta < 1e-6)
            break;
    }
    free(next);
    free(outw);
    free(ds);
    free(wd);
    return true;
}
