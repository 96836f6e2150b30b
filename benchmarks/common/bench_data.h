/* bench_data: what the C benchmarks share: finding the evaluation data of ../shared/data
 * wherever they are started from, and holding the texts of a JSONL set in memory. */
#ifndef PRECIS_BENCH_DATA_H
#define PRECIS_BENCH_DATA_H
#include <stdbool.h>
#include <stddef.h>

/* Path of `rel` (e.g. "summ/cnndm_dev.jsonl") under the first data directory where it exists:
 * $PRECIS_DATA, then ../shared/data and ../../shared/data from the working directory (the
 * checkout or its build directory), then ../../../shared/data from the benchmark program
 * (build/benchmarks/bench_x). Caller frees; NULL when it is nowhere. */
char *bench_data_path(const char *rel);

/* The "text" of each line of JSONL files, NUL-terminated, in file order. */
typedef struct bench_corpus {
    char **text;
    size_t *len;
    size_t n, cap, bytes;
} bench_corpus;

/* Adds a copy of s[0..len); exits with a message when out of memory. */
void bench_corpus_add(bench_corpus *c, const char *s, size_t len);
/* Adds the text of every line of a JSONL file that has one; false when it cannot be opened. */
bool bench_corpus_load(bench_corpus *c, const char *path);
void bench_corpus_free(bench_corpus *c);
#endif
