/* cmd_bench.c — `precis bench`: runs summary methods over an evaluation set, scores them with
 * precis's ROUGE (ROUGE-1.5.5 settings -c 95 -m -n 2 -a, plus SU4), times them, and writes a
 * report: Markdown table, SVG bar chart (hand-written, no external resources) and JSON.
 *
 * The command is organised by task (--task summary); a task reads the set, runs, and fills a
 * report. Fact tasks (ner, timex) are meant to join as further entries of TASKS[] with their
 * own runner and report writer.
 *
 * Evaluation sets are JSONL: {"id", "title"?, "text", "summaries": ["reference", ...]}.
 * References given as one string are split into sentences with precis_rouge_split (which also
 * separates the BBC summaries' sentences run together as "$10.9bn.For"); ROUGE-L depends on
 * that split, ROUGE-1/2 do not. Timing covers analysing and summarising each article (and
 * copying the chosen sentences out), not scoring. */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include <precis/eval.h>

/* ---- the evaluation set -------------------------------------------------------------------- */

typedef struct sents {
    const char **s;
    size_t *len;
    size_t n, cap;
} sents;

typedef struct bdoc {
    json_t *obj;        /* owns the strings below */
    const char *id, *text, *title;
    size_t text_len;
    sents *refs;
    size_t n_refs;
} bdoc;

typedef struct bench_set {
    const char *path;
    char name[128]; /* file name without directory and .jsonl */
    bdoc *docs;
    size_t n;
    size_t problems;
} bench_set;

static bool sents_add(sents *x, const char *s, size_t len) {
    if (x->n == x->cap) {
        size_t cap = x->cap ? x->cap * 2 : 8;
        const char **a = realloc(x->s, cap * sizeof *a);
        if (!a)
            return false;
        x->s = a;
        size_t *b = realloc(x->len, cap * sizeof *b);
        if (!b)
            return false;
        x->len = b;
        x->cap = cap;
    }
    x->s[x->n] = s;
    x->len[x->n++] = len;
    return true;
}

static void set_free(bench_set *set) {
    for (size_t i = 0; i < set->n; i++) {
        for (size_t k = 0; k < set->docs[i].n_refs; k++) {
            free(set->docs[i].refs[k].s);
            free(set->docs[i].refs[k].len);
        }
        free(set->docs[i].refs);
        json_decref(set->docs[i].obj);
    }
    free(set->docs);
}

static void set_problem(bench_set *set, size_t line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void set_problem(bench_set *set, size_t line, const char *fmt, ...) {
    char msg[512], where[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(where, sizeof where, "%s:%zu", set->path, line);
    cli_error(where, "%s", msg);
    set->problems++;
}

/* Reads the set; bad lines are reported and left out. False when the file cannot be read. */
static bool set_read(const precis_model *model, const char *path, bench_set *set) {
    memset(set, 0, sizeof *set);
    set->path = path;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    snprintf(set->name, sizeof set->name, "%s", base);
    char *dot = strstr(set->name, ".jsonl");
    if (dot && dot != set->name)
        *dot = '\0';
    char *data = NULL;
    size_t len = 0;
    if (!cli_read_input(path, &data, &len))
        return false;
    size_t cap = 0, line = 0;
    for (size_t p = 0; p < len;) {
        const char *s = data + p;
        const char *nl = memchr(s, '\n', len - p);
        size_t n = nl ? (size_t)(nl - s) : len - p;
        p += n + 1;
        line++;
        size_t k = 0;
        while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
            k++;
        if (k == n)
            continue;
        json_error_t je;
        json_t *obj = json_loadb(s, n, 0, &je);
        if (!obj) {
            set_problem(set, line, "malformed JSON or invalid UTF-8 at column %d: %s", je.column, je.text);
            continue;
        }
        json_t *id = json_object_get(obj, "id"), *text = json_object_get(obj, "text");
        json_t *refs = json_object_get(obj, "summaries"), *title = json_object_get(obj, "title");
        if (!json_is_string(id) || !json_is_string(text) || !json_is_array(refs) || json_array_size(refs) == 0) {
            set_problem(set, line, "expected {\"id\", \"text\", \"summaries\": [\"reference\", ...]}");
            json_decref(obj);
            continue;
        }
        if (set->n == cap) {
            cap = cap ? cap * 2 : 256;
            bdoc *d = realloc(set->docs, cap * sizeof *d);
            if (!d) {
                json_decref(obj);
                free(data);
                cli_error(path, "out of memory");
                return false;
            }
            set->docs = d;
        }
        bdoc *d = &set->docs[set->n];
        memset(d, 0, sizeof *d);
        d->obj = obj;
        d->id = json_string_value(id);
        d->text = json_string_value(text);
        d->text_len = json_string_length(text);
        d->title = json_is_string(title) ? json_string_value(title) : NULL;
        d->n_refs = json_array_size(refs);
        d->refs = calloc(d->n_refs, sizeof *d->refs);
        bool ok = d->refs != NULL;
        for (size_t r = 0; ok && r < d->n_refs; r++) {
            json_t *ref = json_array_get(refs, r);
            if (!json_is_string(ref)) {
                set_problem(set, line, "reference %zu of '%s' is not a string", r + 1, d->id);
                ok = false;
                break;
            }
            precis_span *spans = NULL;
            size_t ns = 0;
            const char *rs = json_string_value(ref);
            if (precis_rouge_split(model, rs, json_string_length(ref), &spans, &ns, NULL) != PRECIS_OK) {
                set_problem(set, line, "out of memory");
                ok = false;
                break;
            }
            for (size_t q = 0; q < ns && ok; q++)
                ok = sents_add(&d->refs[r], rs + spans[q].start, spans[q].end - spans[q].start);
            precis_free(spans);
            if (ok && ns == 0) {
                set_problem(set, line, "reference %zu of '%s' is empty", r + 1, d->id);
                ok = false;
            }
        }
        set->n++;
        if (!ok) { /* undo: the document is left out */
            set->n--;
            for (size_t r = 0; r < d->n_refs && d->refs; r++) {
                free(d->refs[r].s);
                free(d->refs[r].len);
            }
            free(d->refs);
            json_decref(obj);
        }
    }
    free(data);
    return true;
}

/* ---- the summary task ------------------------------------------------------------------------ */

typedef struct method_result {
    char name[32];
    double seconds;      /* analysing and summarising all documents */
    size_t failed;       /* documents the method could not summarise (scored as left out) */
    size_t n_scored;
    precis_rouge_summary avg[PRECIS_ROUGE_METRICS];
} method_result;

typedef struct bench_args {
    const char *methods;
    const char *sentences, *ratio;
    const char *out_dir;
    const char *model_path;
    bool quiet;
    size_t resamples;
} bench_args;

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Runs one method over the set and scores it. Returns false on a fatal error (printed). */
static bool run_method(const precis_model *model, precis_rouge *rouge, const bench_set *set,
                       const bench_args *a, const char *method, method_result *res,
                       precis_rouge_scores *scores) {
    memset(res, 0, sizeof *res);
    snprintf(res->name, sizeof res->name, "%s", method);
    precis_options base;
    precis_options_init(&base);
    precis_error err = {0};
    if (precis_options_set(&base, "method", method, &err) != PRECIS_OK ||
        (a->ratio && precis_options_set(&base, "ratio", a->ratio, &err) != PRECIS_OK) ||
        (!a->ratio && precis_options_set(&base, "sentences", a->sentences ? a->sentences : "3", &err) != PRECIS_OK)) {
        cli_usage_error("bench", "%s", err.message);
        return false;
    }
    char **texts = NULL;
    size_t *lens = NULL, cap = 0;
    double spent = 0;
    for (size_t i = 0; i < set->n; i++) {
        const bdoc *d = &set->docs[i];
        precis_options o = base;
        if (d->title && precis_options_set(&o, "title", d->title, &err) != PRECIS_OK)
            o.title[0] = '\0'; /* an over-long title is not worth failing the document for */
        double t0 = now_seconds();
        precis_doc *doc = NULL;
        size_t n = 0;
        bool ok = precis_doc_new(model, d->text, d->text_len, &o, &doc, &err) == PRECIS_OK &&
                  precis_doc_summarize(doc, &err) == PRECIS_OK;
        if (ok) {
            n = precis_doc_summary_count(doc);
            if (n > cap) {
                char **t = realloc(texts, n * sizeof *t);
                if (t)
                    texts = t;
                size_t *l = t ? realloc(lens, n * sizeof *l) : NULL;
                if (l)
                    lens = l;
                ok = t && l;
                if (ok)
                    cap = n;
                else
                    n = 0;
            }
            for (size_t k = 0; ok && k < n; k++) {
                texts[k] = precis_doc_text(doc, precis_doc_sentence(doc, precis_doc_summary_sentence(doc, k)), &lens[k]);
                ok = texts[k] != NULL;
                if (!ok)
                    n = k;
            }
        }
        spent += now_seconds() - t0;
        if (!ok) {
            char where[1024];
            snprintf(where, sizeof where, "%s: %s: %s", set->path, method, d->id);
            cli_error(where, "%s", err.message[0] ? err.message : "out of memory");
            res->failed++;
        } else {
            precis_rouge_text sys = {(const char *const *)texts, lens, n};
            precis_rouge_text *refs = calloc(d->n_refs, sizeof *refs);
            ok = refs != NULL;
            for (size_t k = 0; ok && k < d->n_refs; k++)
                refs[k] = (precis_rouge_text){d->refs[k].s, d->refs[k].len, d->refs[k].n};
            if (ok && precis_rouge_score(rouge, &sys, refs, d->n_refs, &scores[res->n_scored], &err) == PRECIS_OK)
                res->n_scored++;
            else
                res->failed++;
            free(refs);
        }
        for (size_t k = 0; k < n; k++)
            precis_free(texts[k]);
        precis_doc_free(doc);
    }
    free(texts);
    free(lens);
    res->seconds = spent;
    if (precis_rouge_average(scores, res->n_scored, a->resamples, 95, res->avg, &err) != PRECIS_OK) {
        cli_error("bench", "%s", err.message);
        return false;
    }
    return true;
}

/* ---- reports ------------------------------------------------------------------------------------ */

static const precis_rouge_metric SHOWN[] = {PRECIS_ROUGE_1, PRECIS_ROUGE_2, PRECIS_ROUGE_L};
static const char *const SHOWN_LABEL[] = {"R-1", "R-2", "R-L"};
#define N_SHOWN 3

static double docs_per_s(const method_result *r, size_t n) {
    return r->seconds > 0 ? (double)n / r->seconds : 0;
}

static char *protocol_text(const bench_args *a, char *b, size_t n) {
    if (a->ratio)
        snprintf(b, n, "%g%% of the article's words", 100 * strtod(a->ratio, NULL));
    else
        snprintf(b, n, "%s sentences", a->sentences ? a->sentences : "3");
    return b;
}

static void write_markdown(FILE *f, const bench_set *set, const bench_args *a, const method_result *res,
                           size_t n_methods) {
    char proto[64];
    fprintf(f, "## %s: summary quality\n\n", set->name);
    fprintf(f, "%zu documents, summaries of %s. ROUGE F1 x100 as ROUGE-1.5.5 `-c 95 -m -n 2 -a` computes it "
               "(bootstrap average, 95%% interval in brackets); docs/s covers analysis and summarising only.\n\n",
            set->n, protocol_text(a, proto, sizeof proto));
    fprintf(f, "| method | R-1 F1 | R-2 F1 | R-L F1 | docs/s |\n|---|---|---|---|---|\n");
    for (size_t m = 0; m < n_methods; m++) {
        fprintf(f, "| %s", res[m].name);
        for (int k = 0; k < N_SHOWN; k++) {
            const precis_rouge_estimate *e = &res[m].avg[SHOWN[k]].f;
            fprintf(f, " | %.2f [%.2f, %.2f]", 100 * e->boot_mean, 100 * e->low, 100 * e->high);
        }
        fprintf(f, " | %.0f |\n", docs_per_s(&res[m], set->n));
    }
    for (size_t m = 0; m < n_methods; m++)
        if (res[m].failed)
            fprintf(f, "\n%s: %zu document(s) could not be summarised and were left out.\n", res[m].name,
                    res[m].failed);
}

static void svg_text(FILE *f, const char *s) {
    for (; *s; s++) {
        if (*s == '<')
            fputs("&lt;", f);
        else if (*s == '>')
            fputs("&gt;", f);
        else if (*s == '&')
            fputs("&amp;", f);
        else
            fputc(*s, f);
    }
}

/* Grouped bars: one group per method, one bar per metric with its interval as a whisker. */
static void write_svg(FILE *f, const bench_set *set, const bench_args *a, const method_result *res,
                      size_t n_methods) {
    static const char *const colours[N_SHOWN] = {"#4C72B0", "#DD8452", "#55A868"};
    const double left = 60, top = 50, plot_h = 260, bar_w = 22, gap = 30;
    double group_w = N_SHOWN * bar_w + gap;
    double width = left + (double)n_methods * group_w + 40, height = top + plot_h + 80;
    if (width < 640) /* room for the title */
        width = 640;
    double ymax = 10;
    for (size_t m = 0; m < n_methods; m++)
        for (int k = 0; k < N_SHOWN; k++)
            if (100 * res[m].avg[SHOWN[k]].f.high > ymax)
                ymax = 100 * res[m].avg[SHOWN[k]].f.high;
    ymax = 10 * (double)(int)(ymax / 10 + 1);
    char proto[64];
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
               "font-family=\"sans-serif\" font-size=\"11\">\n",
            width, height, width, height);
    fprintf(f, "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n");
    fprintf(f, "<text x=\"%.0f\" y=\"20\" font-size=\"14\" font-weight=\"bold\">", left);
    svg_text(f, set->name);
    fprintf(f, ": ROUGE F1 (x100, 95%% interval), %s</text>\n", protocol_text(a, proto, sizeof proto));
    for (int t = 0; t <= (int)(ymax / 10); t++) {
        double y = top + plot_h - plot_h * (10.0 * t) / ymax;
        fprintf(f, "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", left, y,
                width - 30, y);
        fprintf(f, "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%d</text>\n", left - 6, y + 4, 10 * t);
    }
    for (size_t m = 0; m < n_methods; m++) {
        double gx = left + gap / 2 + (double)m * group_w;
        for (int k = 0; k < N_SHOWN; k++) {
            const precis_rouge_estimate *e = &res[m].avg[SHOWN[k]].f;
            double v = 100 * e->boot_mean, x = gx + k * bar_w;
            double y = top + plot_h - plot_h * v / ymax;
            fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.0f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %.2f "
                       "[%.2f, %.2f]</title></rect>\n",
                    x, y, bar_w - 2, top + plot_h - y, colours[k], res[m].name, SHOWN_LABEL[k], v, 100 * e->low,
                    100 * e->high);
            double ylo = top + plot_h - plot_h * 100 * e->low / ymax;
            double yhi = top + plot_h - plot_h * 100 * e->high / ymax;
            double cx = x + (bar_w - 2) / 2;
            fprintf(f, "<path d=\"M%.1f %.1fV%.1fM%.1f %.1fh6M%.1f %.1fh6\" stroke=\"#222\" fill=\"none\"/>\n", cx,
                    ylo, yhi, cx - 3, ylo, cx - 3, yhi);
        }
        fprintf(f, "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">", gx + N_SHOWN * bar_w / 2, top + plot_h + 16);
        svg_text(f, res[m].name);
        fprintf(f, "</text>\n<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\" fill=\"#555\">%.0f docs/s</text>\n",
                gx + N_SHOWN * bar_w / 2, top + plot_h + 30, docs_per_s(&res[m], set->n));
    }
    for (int k = 0; k < N_SHOWN; k++) {
        double x = left + k * 80;
        fprintf(f, "<rect x=\"%.0f\" y=\"%.0f\" width=\"12\" height=\"12\" fill=\"%s\"/>\n", x, top + plot_h + 46,
                colours[k]);
        fprintf(f, "<text x=\"%.0f\" y=\"%.0f\">%s F1</text>\n", x + 16, top + plot_h + 56, SHOWN_LABEL[k]);
    }
    fprintf(f, "</svg>\n");
}

static json_t *estimate_json(const precis_rouge_estimate *e) {
    return json_pack("{s:f,s:f,s:[f,f]}", "average", e->boot_mean, "mean", e->mean, "ci", e->low, e->high);
}

static json_t *report_json(const bench_set *set, const bench_args *a, const method_result *res, size_t n_methods) {
    static const char *const names[PRECIS_ROUGE_METRICS] = {"rouge1", "rouge2", NULL, NULL, "rougeL", "rougeSU4"};
    json_t *methods = json_array();
    for (size_t m = 0; m < n_methods; m++) {
        json_t *o = json_pack("{s:s,s:I,s:I,s:f,s:f}", "method", res[m].name, "documents",
                              (json_int_t)res[m].n_scored, "failed", (json_int_t)res[m].failed, "seconds",
                              res[m].seconds, "docs_per_s", docs_per_s(&res[m], set->n));
        for (int k = 0; k < PRECIS_ROUGE_METRICS; k++)
            if (names[k])
                json_object_set_new(o, names[k],
                                    json_pack("{s:o,s:o,s:o}", "p", estimate_json(&res[m].avg[k].p), "r",
                                              estimate_json(&res[m].avg[k].r), "f", estimate_json(&res[m].avg[k].f)));
        json_array_append_new(methods, o);
    }
    json_t *protocol = a->ratio ? json_pack("{s:f}", "ratio", strtod(a->ratio, NULL))
                                : json_pack("{s:I}", "sentences", (json_int_t)strtol(a->sentences ? a->sentences : "3", NULL, 10));
    return json_pack("{s:s,s:s,s:s,s:I,s:I,s:o,s:s,s:o}", "task", "summary", "set", set->name, "path", set->path,
                     "documents", (json_int_t)set->n, "left_out", (json_int_t)set->problems, "protocol", protocol,
                     "rouge", "ROUGE-1.5.5 -c 95 -m -n 2 -a -2 4 -u (precis eval)", "methods", methods);
}

static bool write_file(const char *dir, const char *name, const char *ext, void (*fn)(FILE *, const void *),
                       const void *ctx) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s%s", dir, name, ext);
    FILE *f = fopen(path, "w");
    if (!f) {
        cli_error(path, "cannot write: %s", strerror(errno));
        return false;
    }
    fn(f, ctx);
    bool ok = !ferror(f);
    if (fclose(f) != 0 || !ok) {
        cli_error(path, "write failed: %s", strerror(errno));
        return false;
    }
    return true;
}

typedef struct report_ctx {
    const bench_set *set;
    const bench_args *a;
    const method_result *res;
    size_t n;
    json_t *json;
} report_ctx;

static void md_cb(FILE *f, const void *c) {
    const report_ctx *r = c;
    write_markdown(f, r->set, r->a, r->res, r->n);
}
static void svg_cb(FILE *f, const void *c) {
    const report_ctx *r = c;
    write_svg(f, r->set, r->a, r->res, r->n);
}
static void json_cb(FILE *f, const void *c) {
    const report_ctx *r = c;
    json_dumpf(r->json, f, JSON_PRESERVE_ORDER | JSON_INDENT(2) | JSON_REAL_PRECISION(8));
    fputc('\n', f);
}

/* The summary task over one set. Returns an exit code. */
static int task_summary(const precis_model *model, const bench_args *a, const char *path) {
    bench_set set;
    precis_rouge *rouge = NULL;
    precis_rouge_scores *scores = NULL;
    method_result *res = NULL;
    char *methods = NULL;
    precis_error err = {0};
    int code = EXIT_OK;
    if (!set_read(model, path, &set))
        return EXIT_IO;
    if (set.n == 0) {
        cli_error(path, "no document to evaluate");
        set_free(&set);
        return EXIT_SOME_FAILED;
    }
    precis_rouge_options ro;
    precis_rouge_options_init(&ro); /* -m -n 2 -2 4 -u, no length limit: ROUGE-1.5.5's settings */
    if (precis_rouge_new(model, &ro, &rouge, &err) != PRECIS_OK) {
        cli_error("bench", "%s", err.message);
        code = EXIT_MODEL;
        goto cleanup;
    }
    methods = strdup(a->methods);
    size_t n_methods = 1;
    for (const char *p = a->methods; *p; p++)
        n_methods += *p == ',';
    scores = calloc(set.n, sizeof *scores);
    res = calloc(n_methods, sizeof *res);
    if (!methods || !scores || !res) {
        cli_error("bench", "out of memory");
        code = EXIT_IO;
        goto cleanup;
    }
    size_t done = 0;
    char *save = NULL;
    for (char *m = strtok_r(methods, ",", &save); m; m = strtok_r(NULL, ",", &save)) {
        if (!run_method(model, rouge, &set, a, m, &res[done], scores)) {
            code = EXIT_USAGE;
            goto cleanup;
        }
        if (res[done].failed)
            code = EXIT_SOME_FAILED;
        if (!a->quiet)
            fprintf(stderr, "precis: bench: %s: %s done in %.2f s\n", set.name, m, res[done].seconds);
        done++;
    }
    if (set.problems)
        code = EXIT_SOME_FAILED;
    report_ctx ctx = {&set, a, res, done, report_json(&set, a, res, done)};
    write_markdown(stdout, &set, a, res, done);
    if (a->out_dir) {
        char name[256];
        snprintf(name, sizeof name, "%s.summary", set.name);
        if (!write_file(a->out_dir, name, ".md", md_cb, &ctx) || !write_file(a->out_dir, name, ".svg", svg_cb, &ctx) ||
            !write_file(a->out_dir, name, ".json", json_cb, &ctx))
            code = EXIT_IO;
    }
    json_decref(ctx.json);
cleanup:
    free(methods);
    free(scores);
    free(res);
    precis_rouge_free(rouge);
    set_free(&set);
    return code;
}

/* ---- the command ------------------------------------------------------------------------------- */

typedef struct bench_task {
    const char *name;
    int (*run)(const precis_model *model, const bench_args *a, const char *path);
    const char *what;
} bench_task;

static const bench_task TASKS[] = {
    {"summary", task_summary, "ROUGE-1/2/L F1 of extractive summaries against the set's references"},
};
#define N_TASKS (sizeof TASKS / sizeof TASKS[0])

static void bench_usage(FILE *out) {
    fputs("Usage: precis bench [OPTIONS] SET.jsonl [SET.jsonl ...]\n"
          "\n"
          "Run methods over evaluation sets, score them and time them. Each set is JSONL:\n"
          "{\"id\", \"title\"?, \"text\", \"summaries\": [\"reference\", ...]} (../shared/data/summ).\n"
          "Prints a Markdown table; with --out DIR also writes DIR/<set>.summary.{md,svg,json}.\n"
          "\n"
          "Options:\n"
          "  -t, --task T          what to measure (default summary):\n",
          out);
    for (size_t i = 0; i < N_TASKS; i++)
        fprintf(out, "                          %-8s %s\n", TASKS[i].name, TASKS[i].what);
    fputs("  -m, --methods LIST    comma-separated methods (default lead,tfidf,textrank,lexrank,default)\n"
          "  -n, --sentences N     summaries of N sentences (default 3)\n"
          "  -r, --ratio R         summaries of a fraction R of the article's words (bbc_dev: 0.4)\n"
          "  -o, --out DIR         write the report files into DIR (created if missing)\n"
          "      --resamples N     bootstrap resamples for the intervals (default 1000)\n"
          "      --model FILE      load the model from FILE instead of the built-in one\n"
          "  -q, --quiet           no progress lines on standard error\n"
          "  -h, --help            show this help and exit\n"
          "\n"
          "Scores are ROUGE-1.5.5's (-c 95 -m -n 2 -a): see precis eval --help. References given as\n"
          "one string are split into sentences first (also where a full stop runs into the next\n"
          "sentence, as in \"$10.9bn.For\"). docs/s times analysis and summarising, not scoring.\n"
          "Exit status: 0 ok, 1 some documents left out, 2 usage error, 3 model error, 4 I/O error.\n",
          out);
}

int cmd_bench(int argc, char **argv) {
    enum { OPT_MODEL = 1000, OPT_RESAMPLES };
    static const struct option longopts[] = {
        {"task", required_argument, NULL, 't'},      {"methods", required_argument, NULL, 'm'},
        {"sentences", required_argument, NULL, 'n'}, {"ratio", required_argument, NULL, 'r'},
        {"out", required_argument, NULL, 'o'},       {"resamples", required_argument, NULL, OPT_RESAMPLES},
        {"model", required_argument, NULL, OPT_MODEL}, {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},            {NULL, 0, NULL, 0}};
    bench_args a = {.methods = "lead,tfidf,textrank,lexrank,default", .resamples = 1000};
    const bench_task *task = &TASKS[0];
    optind = 1;
    opterr = 0;
    int ch;
    while ((ch = getopt_long(argc, argv, ":t:m:n:r:o:qh", longopts, NULL)) != -1) {
        switch (ch) {
        case 't':
            task = NULL;
            for (size_t i = 0; i < N_TASKS; i++)
                if (strcmp(optarg, TASKS[i].name) == 0)
                    task = &TASKS[i];
            if (!task)
                return cli_usage_error("bench", "unknown task '%s' (expected summary)", optarg);
            break;
        case 'm': a.methods = optarg; break;
        case 'n': a.sentences = optarg; a.ratio = NULL; break;
        case 'r': a.ratio = optarg; a.sentences = NULL; break;
        case 'o': a.out_dir = optarg; break;
        case 'q': a.quiet = true; break;
        case OPT_MODEL: a.model_path = optarg; break;
        case OPT_RESAMPLES: {
            char *end;
            errno = 0;
            unsigned long v = strtoul(optarg, &end, 10);
            if (errno || *end || end == optarg || v < 1 || v > 100000 || optarg[0] == '-')
                return cli_usage_error("bench", "--resamples needs a whole number in 1..100000, not '%s'", optarg);
            a.resamples = v;
            break;
        }
        case 'h':
            bench_usage(stdout);
            return cli_finish(EXIT_OK);
        case ':': return cli_usage_error("bench", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("bench", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return cli_usage_error("bench", "expected an evaluation set (JSONL)");
    if (!*a.methods)
        return cli_usage_error("bench", "--methods needs at least one method");
    /* Validate the protocol and the method names once, before any work. */
    precis_options probe;
    precis_options_init(&probe);
    precis_error err = {0};
    if ((a.ratio && precis_options_set(&probe, "ratio", a.ratio, &err) != PRECIS_OK) ||
        (a.sentences && precis_options_set(&probe, "sentences", a.sentences, &err) != PRECIS_OK))
        return cli_usage_error("bench", "%s", err.message);
    {
        char *list = strdup(a.methods), *save = NULL;
        if (!list)
            return cli_finish(EXIT_IO);
        for (char *m = strtok_r(list, ",", &save); m; m = strtok_r(NULL, ",", &save))
            if (precis_options_set(&probe, "method", m, &err) != PRECIS_OK) {
                free(list);
                return cli_usage_error("bench", "%s", err.message);
            }
        free(list);
    }
    if (a.out_dir && mkdir(a.out_dir, 0777) != 0 && errno != EEXIST) {
        cli_error(a.out_dir, "cannot create: %s", strerror(errno));
        return cli_finish(EXIT_IO);
    }
    precis_model *model = cli_load_model(a.model_path);
    if (!model)
        return cli_finish(EXIT_MODEL);
    int code = EXIT_OK;
    for (int i = optind; i < argc; i++) {
        int c = task->run(model, &a, argv[i]);
        if (i + 1 < argc)
            fputc('\n', stdout);
        if (c > code)
            code = c;
    }
    precis_model_free(model);
    return cli_finish(code);
}
