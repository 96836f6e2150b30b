/* bench_timex — scores timex_find() on the TempEval-3 TimeBank and AQUAINT sets the way the
 * TempEval-3 scorer does: extent F1 with strict (same span) and relaxed (any overlap) matching,
 * type accuracy over relaxed matches, and value F1 (value correct over relaxed matches, as
 * precision over system and recall over gold expressions) with value accuracy, and how often
 * timex_dateline() finds a date at the top of a document that equals its dct. Each
 * document's `dct` is passed as the document date. Gold offsets are code points and are
 * converted to byte offsets here. Also prints throughput.
 *
 * Usage: bench_timex [DATA_DIR] [--errors] [--no-dct]
 *   DATA_DIR defaults to the timex directory of $PRECIS_DATA or ../shared/data (see
 *   common/bench_data.h). --errors lists every system expression
 *   (SYS), misses (FN), false alarms (FP), wrong type or value (VAL) and inexact extents (EXT)
 *   on stderr, tab-separated. --no-dct passes no document date (values stay unresolved). */
#include <jansson.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/bench_data.h"
#include "facts/timex.h"

typedef struct counts {
    size_t gold, sys, strict_sys, strict_gold, relax_sys, relax_gold, matched, type_ok,
        value_ok, docs, dateline_found, dateline_same;
    double seconds;
    size_t bytes;
} counts;

typedef struct span {
    size_t start, end;
    const char *type;
    const char *value;
} span;

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Byte offset of each code point of a UTF-8 string (plus one past the end). */
static size_t *cp_offsets(const char *s, size_t len, size_t *ncp) {
    size_t *off = malloc((len + 1) * sizeof *off);
    if (!off)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            off[n++] = i;
    off[n] = len;
    *ncp = n;
    return off;
}

static bool overlap(size_t a, size_t b, size_t c, size_t d) { return a < d && c < b; }

static void score_doc(const char *id, const char *text, size_t len, const char *dct,
                      const span *gold, size_t ng, counts *k, bool errors) {
    arena a;
    arena_init(&a, 1 << 16);
    timex *x = NULL;
    size_t n = 0;
    precis_error err;
    double t0 = now_s();
    precis_status st = timex_find(text, len, dct, &a, &x, &n, &err);
    k->seconds += now_s() - t0;
    k->bytes += len;
    if (st != PRECIS_OK) {
        fprintf(stderr, "%s: %s\n", id, err.message);
        n = 0;
    }
    if (errors)
        for (size_t s = 0; s < n; s++)
            fprintf(stderr, "SYS\t%s\t%.*s\t%s\t%s\n", id, (int)(x[s].end - x[s].start),
                    text + x[s].start, timex_type_name(x[s].type), x[s].value);
    k->gold += ng;
    k->sys += n;
    k->docs++;
    char dl[11];
    if (timex_dateline(text, len, dl)) {
        k->dateline_found++;
        k->dateline_same += dct && strncmp(dl, dct, 10) == 0;
    }
    bool *sys_used = calloc(n + 1, 1);
    for (size_t s = 0; s < n; s++) {
        bool rel = false, str = false;
        for (size_t g = 0; g < ng; g++) {
            if (overlap(x[s].start, x[s].end, gold[g].start, gold[g].end))
                rel = true;
            if (x[s].start == gold[g].start && x[s].end == gold[g].end)
                str = true;
        }
        k->relax_sys += rel;
        k->strict_sys += str;
        if (!rel && errors)
            fprintf(stderr, "FP\t%s\t%.*s\t%s\t%s\n", id, (int)(x[s].end - x[s].start),
                    text + x[s].start, timex_type_name(x[s].type), x[s].value);
    }
    for (size_t g = 0; g < ng; g++) {
        bool str = false;
        size_t match = n;
        for (size_t s = 0; s < n; s++) {
            if (x[s].start == gold[g].start && x[s].end == gold[g].end)
                str = true;
            if (match == n && !sys_used[s] &&
                overlap(x[s].start, x[s].end, gold[g].start, gold[g].end))
                match = s;
        }
        k->strict_gold += str;
        if (match == n) {
            if (errors)
                fprintf(stderr, "FN\t%s\t%.*s\t%s\t%s\n", id, (int)(gold[g].end - gold[g].start),
                        text + gold[g].start, gold[g].type, gold[g].value);
            continue;
        }
        sys_used[match] = true;
        k->relax_gold++;
        k->matched++;
        bool tok = strcmp(timex_type_name(x[match].type), gold[g].type) == 0;
        bool vok = strcmp(x[match].value, gold[g].value) == 0;
        k->type_ok += tok;
        k->value_ok += vok;
        if (errors && (!vok || !tok))
            fprintf(stderr, "VAL\t%s\t%.*s | %.*s\t%s %s\tgold %s %s\tdct %s\n", id,
                    (int)(x[match].end - x[match].start), text + x[match].start,
                    (int)(gold[g].end - gold[g].start), text + gold[g].start,
                    timex_type_name(x[match].type), x[match].value, gold[g].type, gold[g].value,
                    dct ? dct : "none");
        else if (errors && !str)
            fprintf(stderr, "EXT\t%s\t%.*s | %.*s\n", id, (int)(x[match].end - x[match].start),
                    text + x[match].start, (int)(gold[g].end - gold[g].start),
                    text + gold[g].start);
    }
    free(sys_used);
    arena_free(&a);
}

static double pct(size_t a, size_t b) { return b ? 100.0 * (double)a / (double)b : 0; }

static void report(const char *name, const counts *k) {
    const precis_span_counts strict = {k->gold, k->sys, k->strict_sys, k->strict_gold},
                             relaxed = {k->gold, k->sys, k->relax_sys, k->relax_gold},
                             value = {k->gold, k->sys, k->value_ok, k->value_ok};
    double sp = 100 * precis_span_precision(&strict), sr = 100 * precis_span_recall(&strict);
    double rp = 100 * precis_span_precision(&relaxed), rr = 100 * precis_span_recall(&relaxed);
    double vp = 100 * precis_span_precision(&value), vr = 100 * precis_span_recall(&value);
    printf("%-9s docs %4zu gold %5zu sys %5zu | strict P %5.1f R %5.1f F1 %5.1f | relaxed P %5.1f "
           "R %5.1f F1 %5.1f | type acc %5.1f | value P %5.1f R %5.1f F1 %5.1f acc %5.1f | "
           "%.0f timexes/s, %.1f MB/s\n",
           name, k->docs, k->gold, k->sys, sp, sr, 100 * precis_span_f1(&strict), rp, rr, 100 * precis_span_f1(&relaxed),
           pct(k->type_ok, k->matched), vp, vr, 100 * precis_span_f1(&value), pct(k->value_ok, k->matched),
           k->seconds > 0 ? (double)k->sys / k->seconds : 0,
           k->seconds > 0 ? (double)k->bytes / k->seconds / 1e6 : 0);
    printf("%-9s dateline: found in %zu of %zu docs, equal to the dct in %zu\n",
           name, k->dateline_found, k->docs, k->dateline_same);
}

/* --no-dct: score without document dates (extent and type; values stay unresolved) */
static bool no_dct;

static int run_file(const char *path, const char *name, counts *total, bool errors) {
    FILE *f = fopen(path, "r");
    if (!f) {
        printf("%-9s data missing: %s not found; nothing scored\n", name, path);
        return 1;
    }
    counts k;
    memset(&k, 0, sizeof k);
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    size_t lineno = 0;
    while ((got = getline(&line, &cap, f)) > 0) {
        lineno++;
        json_error_t je;
        json_t *doc = json_loadb(line, (size_t)got, 0, &je);
        if (!doc) {
            fprintf(stderr, "%s:%zu: %s\n", path, lineno, je.text);
            continue;
        }
        const char *id = json_string_value(json_object_get(doc, "id"));
        json_t *jt = json_object_get(doc, "text");
        const char *text = json_string_value(jt);
        size_t len = json_string_length(jt);
        const char *dct = json_string_value(json_object_get(doc, "dct"));
        json_t *tx = json_object_get(doc, "timexes");
        size_t ncp = 0;
        size_t *off = text ? cp_offsets(text, len, &ncp) : NULL;
        size_t ng = json_array_size(tx);
        span *gold = calloc(ng + 1, sizeof *gold);
        size_t kept = 0;
        for (size_t g = 0; off && gold && g < ng; g++) {
            json_t *o = json_array_get(tx, g);
            json_int_t s = json_integer_value(json_object_get(o, "start"));
            json_int_t e = json_integer_value(json_object_get(o, "end"));
            if (s < 0 || e <= s || (size_t)e > ncp) {
                fprintf(stderr, "%s: %s: gold offsets %lld-%lld out of range\n", path,
                        id ? id : "?", (long long)s, (long long)e);
                continue;
            }
            gold[kept].start = off[s];
            gold[kept].end = off[e];
            gold[kept].type = json_string_value(json_object_get(o, "type"));
            gold[kept].value = json_string_value(json_object_get(o, "value"));
            if (!gold[kept].type)
                gold[kept].type = "";
            if (!gold[kept].value)
                gold[kept].value = "";
            kept++;
        }
        if (text && gold)
            score_doc(id ? id : "?", text, len, no_dct ? NULL : dct, gold, kept, &k, errors);
        free(gold);
        free(off);
        json_decref(doc);
    }
    free(line);
    fclose(f);
    report(name, &k);
    total->gold += k.gold, total->sys += k.sys, total->strict_sys += k.strict_sys;
    total->strict_gold += k.strict_gold, total->relax_sys += k.relax_sys;
    total->relax_gold += k.relax_gold, total->matched += k.matched, total->type_ok += k.type_ok;
    total->value_ok += k.value_ok, total->docs += k.docs, total->seconds += k.seconds;
    total->bytes += k.bytes;
    total->dateline_found += k.dateline_found, total->dateline_same += k.dateline_same;
    return 0;
}

int main(int argc, char **argv) {
    const char *dir = NULL;
    bool errors = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--errors") == 0)
            errors = true;
        else if (strcmp(argv[i], "--no-dct") == 0)
            no_dct = true;
        else
            dir = argv[i];
    }
    char *found = NULL;
    if (!dir && (found = bench_data_path("timex/tempeval3_timebank.jsonl")))
        dir = dirname(found); /* the timex directory of the data */
    if (!dir) {
        printf("timex data missing: no timex/tempeval3_timebank.jsonl under $PRECIS_DATA or "
               "../shared/data; pass the directory as the first argument; nothing scored\n");
        return 0;
    }
    counts total;
    memset(&total, 0, sizeof total);
    int missing = 0;
    char path[4096];
    snprintf(path, sizeof path, "%s/tempeval3_timebank.jsonl", dir);
    missing += run_file(path, "timebank", &total, errors);
    snprintf(path, sizeof path, "%s/tempeval3_aquaint.jsonl", dir);
    missing += run_file(path, "aquaint", &total, errors);
    if (!missing)
        report("all", &total);
    free(found);
    return 0;
}
