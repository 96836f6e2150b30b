/* bench_data.c — see bench_data.h. */
#include "bench_data.h"

#include <jansson.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *joined(const char *dir, const char *rel) {
    size_t n = strlen(dir) + strlen(rel) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", dir, rel);
    return p;
}

static char *if_there(char *p) {
    if (p && access(p, R_OK) == 0)
        return p;
    free(p);
    return NULL;
}

char *bench_data_path(const char *rel) {
    const char *env = getenv("PRECIS_DATA");
    char *p = NULL;
    if (env && *env && (p = if_there(joined(env, rel))))
        return p;
    static const char *const near[] = {"../shared/data", "../../shared/data"};
    for (size_t i = 0; i < sizeof near / sizeof *near; i++)
        if ((p = if_there(joined(near[i], rel))))
            return p;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char dir[PATH_MAX + 32];
        snprintf(dir, sizeof dir, "%s/../../../shared/data", dirname(exe));
        if ((p = if_there(joined(dir, rel))))
            return p;
    }
    return NULL;
}

void bench_corpus_add(bench_corpus *c, const char *s, size_t len) {
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 256;
        char **t = realloc(c->text, cap * sizeof *t);
        size_t *l = t ? realloc(c->len, cap * sizeof *l) : NULL;
        if (t)
            c->text = t;
        if (!t || !l) {
            fprintf(stderr, "benchmark: out of memory\n");
            exit(1);
        }
        c->len = l;
        c->cap = cap;
    }
    char *copy = malloc(len + 1);
    if (!copy) {
        fprintf(stderr, "benchmark: out of memory\n");
        exit(1);
    }
    memcpy(copy, s, len);
    copy[len] = '\0';
    c->text[c->n] = copy;
    c->len[c->n++] = len;
    c->bytes += len;
}

bool bench_corpus_load(bench_corpus *c, const char *path) {
    FILE *f = fopen(path, "r");
    if (!f)
        return false;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) > 0) {
        json_t *o = json_loadb(line, (size_t)n, 0, NULL);
        json_t *t = o ? json_object_get(o, "text") : NULL;
        if (json_is_string(t))
            bench_corpus_add(c, json_string_value(t), json_string_length(t));
        json_decref(o);
    }
    free(line);
    fclose(f);
    return true;
}

void bench_corpus_free(bench_corpus *c) {
    for (size_t i = 0; i < c->n; i++)
        free(c->text[i]);
    free(c->text);
    free(c->len);
    memset(c, 0, sizeof *c);
}
