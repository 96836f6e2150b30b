/* graph: a sparse, symmetric sentence-similarity graph and PageRank over it.
 *
 * Pairs are compared only within a window of positions when a document is long, so memory
 * and time stay linear in the number of sentences (a 200,000-sentence document must not
 * build a dense 4e10-cell matrix). Short documents (the usual case) get every pair. */
#ifndef PRECIS_SCORE_GRAPH_H
#define PRECIS_SCORE_GRAPH_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "score/vectors.h"
#include "util/arena.h"

/* Documents up to this many sentences compare every pair; longer ones compare each sentence
 * with its GRAPH_WINDOW neighbours on either side. 400 covers all but book-length inputs
 * (CNN/DailyMail articles average ~30 sentences). */
#define GRAPH_ALL_PAIRS_LIMIT 400
#define GRAPH_WINDOW 100

typedef struct simgraph {
    size_t n;
    uint32_t *row;   /* CSR offsets, n + 1 */
    uint32_t *col;   /* neighbour ids */
    float *w;        /* edge weights (> 0) */
} simgraph;

/* A similarity must be symmetric, sim(a, b) == sim(b, a) bit for bit: simgraph_build
 * computes each pair once. */
typedef double (*sim_fn)(const svec *a, const svec *b, void *ctx);

/* Told that sentence i's comparisons with the later sentences come next: for a similarity
 * that prepares something per sentence (textrank counts its shared terms at once). Rows come
 * in order, each once. */
typedef void (*row_fn)(size_t i, void *ctx);

/* Builds the graph with weight sim(i, j) for every compared pair whose weight exceeds
 * `min_weight`, calling row(i) (when not NULL) before row i's comparisons. False when out of
 * memory. */
bool simgraph_build(const sentvecs *sv, sim_fn sim, row_fn row, void *ctx, double min_weight, arena *a,
                    simgraph *out);

/* Weighted PageRank (Brin & Page 1998) with damping `d`: each node passes its score to its
 * neighbours in proportion to edge weight; dangling nodes spread uniformly. Iterates until
 * the L1 change is below 1e-6 or 100 rounds. Writes n scores summing to 1. */
bool pagerank(const simgraph *g, double d, double *scores);

/* Maximum pair distance compared for a document of n sentences. */
size_t graph_window(size_t n);
#endif
