/* cmd_bench.c — `precis bench`: runs precis over evaluation sets, scores it, times it, and writes
 * a report per set: Markdown table, SVG bar chart (hand-written, no external resources) and JSON.
 *
 * Tasks (entries of TASKS[], each with its own runner and report writer):
 *   summary  summary methods scored with precis's ROUGE (ROUGE-1.5.5 settings -c 95 -m -n 2 -a,
 *            plus SU4). Sets are {"id", "title"?, "text", "summaries": ["reference", ...]}.
 *            References given as one string are split into sentences with precis_rouge_split
 *            (which also separates the BBC summaries' sentences run together as "$10.9bn.For");
 *            ROUGE-L depends on that split, ROUGE-1/2 do not. Timing covers analysing and
 *            summarising each article (and copying the chosen sentences out), not scoring.
 *   ner      entity mentions of the facts view against CoNLL-2003 (exact span and type).
 *   timex    time expressions of the facts view against TempEval-3 (strict/relaxed extent,
 *            type, value).
 *   fivew    the first answers of who/what/where/when against Giveme5W1H's coders' phrases.
 *   quotes   direct quotes of the facts view and their speakers against PolNeAR attributions
 *            (detection, speaker accuracy, attributed F1).
 *   extract  the main text of web pages (src/cli/extract.c) against trafilatura's snippets:
 *            {"id", "html", "with": [...], "without": [...]}, the set plain or gzipped; a
 *            "with" snippet found in the text is a true positive, a "without" one a false
 *            positive; timing covers extract_html only (CPU time), in MB of HTML per second.
 * The fact tasks go through the public API end to end (precis_doc_new, precis_doc_facts and the
 * facts accessors, the five-W answers included), so they measure what a user of the library
 * gets, boilerplate
 * filtering and entity linking included; benchmarks/ner.c and benchmarks/timex.c measure the
 * recogniser and the time-expression finder alone. Cost: one analysis per document and a
 * quadratic span match per document (documents hold tens of annotations). */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>


#include "cli.h"
#include "extract.h"
#include "lazylib.h"
#include "sents.h"
#include <precis/eval.h>

/* ---- the evaluation set -------------------------------------------------------------------- */

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
    bool errors; /* fact tasks: list misses and false alarms on stderr */
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
                size_t index;
                precis_span span;
                ok = precis_doc_summary_sentence(doc, k, &index, NULL) == PRECIS_OK &&
                     precis_doc_sentence(doc, index, &span, NULL) == PRECIS_OK;
                texts[k] = ok ? precis_doc_text(doc, span, &lens[k]) : NULL;
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
    json_object_set_new(r->json, "schema", json_string("precis/bench/1")); /* docs/schema/bench.schema.json */
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

/* ---- fact tasks: shared pieces ---------------------------------------------------------------- */

/* Fact tasks run each document's text through the public API end to end (precis_doc_new, then
 * precis_doc_facts and the accessors of the facts view's lists) and compare what it lists with
 * the gold annotations. Gold offsets are code points (the sets were made in Python); the
 * library gives byte offsets, so gold offsets are converted to bytes first. */

/* Counts behind a precision/recall pair, and the rates: precis_span_counts of precis/eval.h,
 * the one definition (src/eval/spans.c). */
typedef precis_span_counts prf;

static double frac(size_t a, size_t b) { return b ? (double)a / (double)b : 0; }
static double prf_p(const prf *c) { return precis_span_precision(c); }
static double prf_r(const prf *c) { return precis_span_recall(c); }
static double prf_f(const prf *c) { return precis_span_f1(c); }
static void prf_add(prf *to, const prf *c) { precis_span_counts_add(to, c); }

/* {"gold","system","correct","p","r","f1"}; overlap counts give "system_matched" and
 * "gold_matched" instead of "correct". Rates are fractions in [0, 1]. */
static json_t *prf_json(const prf *c, bool overlap) {
    json_t *o = json_pack("{s:I,s:I}", "gold", (json_int_t)c->gold, "system", (json_int_t)c->system);
    if (overlap) {
        json_object_set_new(o, "system_matched", json_integer((json_int_t)c->system_matched));
        json_object_set_new(o, "gold_matched", json_integer((json_int_t)c->gold_matched));
    } else {
        json_object_set_new(o, "correct", json_integer((json_int_t)c->system_matched));
    }
    json_object_set_new(o, "p", json_real(prf_p(c)));
    json_object_set_new(o, "r", json_real(prf_r(c)));
    json_object_set_new(o, "f1", json_real(prf_f(c)));
    return o;
}

static void prf_md_row(FILE *f, const char *label, const prf *c, bool overlap) {
    fprintf(f, "| %s | %zu | %zu | ", label, c->gold, c->system);
    if (overlap)
        fprintf(f, "%zu / %zu", c->system_matched, c->gold_matched);
    else
        fprintf(f, "%zu", c->system_matched);
    fprintf(f, " | %.2f | %.2f | %.2f |\n", 100 * prf_p(c), 100 * prf_r(c), 100 * prf_f(c));
}

/* One JSONL line after another: *obj is the parsed object, or NULL at the end of the data. Lines
 * that are not JSON are reported (and counted in *problems) and skipped. */
typedef struct jsonl_reader {
    const char *path;
    const char *data;
    size_t len, pos, line;
    size_t problems;
    size_t json_flags; /* for json_loadb (the extract task's pages may hold \u0000) */
} jsonl_reader;

static void reader_problem(jsonl_reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void reader_problem(jsonl_reader *r, const char *fmt, ...) {
    char msg[512], where[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(where, sizeof where, "%s:%zu", r->path, r->line);
    cli_error(where, "%s", msg);
    r->problems++;
}

static json_t *reader_next(jsonl_reader *r) {
    while (r->pos < r->len) {
        const char *s = r->data + r->pos;
        const char *nl = memchr(s, '\n', r->len - r->pos);
        size_t n = nl ? (size_t)(nl - s) : r->len - r->pos;
        r->pos += n + 1;
        r->line++;
        size_t k = 0;
        while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
            k++;
        if (k == n)
            continue;
        json_error_t je;
        json_t *obj = json_loadb(s, n, r->json_flags, &je);
        if (obj && json_is_object(obj))
            return obj;
        if (obj)
            reader_problem(r, "expected a JSON object");
        else
            reader_problem(r, "malformed JSON or invalid UTF-8 at column %d: %s", je.column, je.text);
        json_decref(obj);
    }
    return NULL;
}

/* The set's name: its file name without directory and .jsonl. */
static void set_name_of(const char *path, char *name, size_t cap) {
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    snprintf(name, cap, "%s", base);
    char *dot = strstr(name, ".jsonl");
    if (dot && dot != name)
        *dot = '\0';
}

/* Byte offset of each code point of a UTF-8 string, plus one past the end (off[ncp] == len).
 * Caller frees. NULL when out of memory. */
static size_t *codepoint_offsets(const char *s, size_t len, size_t *ncp) {
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

/* Gold [start, end) in code points to bytes; false when out of range or empty. */
static bool gold_span(json_t *o, const char *start_key, const char *end_key, const size_t *off, size_t ncp,
                      size_t *bs, size_t *be) {
    json_t *js = json_object_get(o, start_key), *je = json_object_get(o, end_key);
    if (!json_is_integer(js) || !json_is_integer(je))
        return false;
    json_int_t s = json_integer_value(js), e = json_integer_value(je);
    if (s < 0 || e <= s || (size_t)e > ncp)
        return false;
    *bs = off[s];
    *be = off[e];
    return true;
}

typedef struct doc_facts {
    precis_doc *doc;       /* the analysed document, its facts computed (precis_doc_facts) */
    double seconds;        /* precis_doc_new and precis_doc_facts */
    size_t sentences;      /* sentences the splitter found */
    size_t across_lines;   /* of which hold a line break of the text */
} doc_facts;

static void doc_facts_done(doc_facts *df) {
    precis_doc_free(df->doc);
    df->doc = NULL;
}

/* Analyses one text and computes its facts. False (err filled) when the library fails. */
static bool doc_facts_get(const precis_model *model, const char *text, size_t len, const precis_options *o,
                          doc_facts *out, precis_error *err) {
    memset(out, 0, sizeof *out);
    double t0 = now_seconds();
    bool ok = precis_doc_new(model, text, len, o, &out->doc, err) == PRECIS_OK &&
              precis_doc_facts(out->doc, err) == PRECIS_OK;
    out->seconds = now_seconds() - t0;
    if (ok) {
        out->sentences = precis_doc_sentence_count(out->doc);
        for (size_t i = 0; i < out->sentences; i++) {
            precis_span sp;
            if (precis_doc_sentence(out->doc, i, &sp, NULL) == PRECIS_OK && sp.end <= len && sp.start < sp.end &&
                memchr(text + sp.start, '\n', sp.end - sp.start))
                out->across_lines++;
        }
    }
    if (!ok)
        doc_facts_done(out);
    return ok;
}

static const char *str_or(json_t *o, const char *key, const char *dflt) {
    const char *v = json_string_value(json_object_get(o, key));
    return v ? v : dflt;
}

/* Grouped bars with values in [0, 100]: one group per row, one bar per series. */
typedef struct bar_chart {
    const char *title;
    const char *const *groups;
    size_t n_groups;
    const char *const *series;
    size_t n_series;
    const double *values; /* [group * n_series + series] */
    const char *footer;   /* one line under the legend, or NULL */
} bar_chart;

static void write_bars(FILE *f, const bar_chart *c) {
    static const char *const colours[] = {"#4C72B0", "#DD8452", "#55A868", "#C44E52"};
    const double left = 60, top = 50, plot_h = 260, bar_w = 20, gap = 26;
    double group_w = (double)c->n_series * bar_w + gap;
    double width = left + (double)c->n_groups * group_w + 40, height = top + plot_h + 96;
    if (width < 640)
        width = 640;
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
               "font-family=\"sans-serif\" font-size=\"11\">\n",
            width, height, width, height);
    fprintf(f, "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n");
    fprintf(f, "<text x=\"%.0f\" y=\"20\" font-size=\"14\" font-weight=\"bold\">", left);
    svg_text(f, c->title);
    fputs("</text>\n", f);
    for (int t = 0; t <= 10; t++) {
        double y = top + plot_h - plot_h * t / 10.0;
        fprintf(f, "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", left, y, width - 30,
                y);
        fprintf(f, "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%d</text>\n", left - 6, y + 4, 10 * t);
    }
    for (size_t g = 0; g < c->n_groups; g++) {
        double gx = left + gap / 2 + (double)g * group_w;
        for (size_t k = 0; k < c->n_series; k++) {
            double v = c->values[g * c->n_series + k];
            double x = gx + (double)k * bar_w, y = top + plot_h - plot_h * v / 100;
            fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.0f\" height=\"%.1f\" fill=\"%s\"><title>", x, y,
                    bar_w - 2, top + plot_h - y, colours[k % 4]);
            svg_text(f, c->groups[g]);
            fputc(' ', f);
            svg_text(f, c->series[k]);
            fprintf(f, ": %.2f</title></rect>\n", v);
        }
        fprintf(f, "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">", gx + (double)c->n_series * bar_w / 2,
                top + plot_h + 16);
        svg_text(f, c->groups[g]);
        fputs("</text>\n", f);
    }
    for (size_t k = 0; k < c->n_series; k++) {
        double x = left + (double)k * 90;
        fprintf(f, "<rect x=\"%.0f\" y=\"%.0f\" width=\"12\" height=\"12\" fill=\"%s\"/>\n", x, top + plot_h + 34,
                colours[k % 4]);
        fprintf(f, "<text x=\"%.0f\" y=\"%.0f\">", x + 16, top + plot_h + 44);
        svg_text(f, c->series[k]);
        fputs("</text>\n", f);
    }
    if (c->footer) {
        fprintf(f, "<text x=\"%.0f\" y=\"%.0f\" fill=\"#555\">", left, top + plot_h + 68);
        svg_text(f, c->footer);
        fputs("</text>\n", f);
    }
    fputs("</svg>\n", f);
}

/* Writes DIR/<name>.{md,svg,json}; the Markdown goes to stdout as well. */
typedef struct fact_report {
    void (*md)(FILE *, const void *);
    void (*svg)(FILE *, const void *);
    const void *ctx;
    json_t *json;
} fact_report;

static void fact_json_cb(FILE *f, const void *c) {
    json_object_set_new((json_t *)c, "schema", json_string("precis/bench/1")); /* docs/schema/bench.schema.json */
    json_dumpf(c, f, JSON_PRESERVE_ORDER | JSON_INDENT(2) | JSON_REAL_PRECISION(8));
    fputc('\n', f);
}

static int fact_report_write(const bench_args *a, const char *name, const fact_report *r, int code) {
    r->md(stdout, r->ctx);
    if (a->out_dir && (!write_file(a->out_dir, name, ".md", r->md, r->ctx) ||
                       !write_file(a->out_dir, name, ".svg", r->svg, r->ctx) ||
                       !write_file(a->out_dir, name, ".json", fact_json_cb, r->json)))
        return EXIT_IO;
    return code;
}

/* ---- what the fact tasks share ---------------------------------------------------------------- */

/* What every fact task counts; the first member of its result. */
typedef struct fact_counts {
    char name[128]; /* the set's name */
    const char *path;
    size_t docs, failed, left_out, bad_spans;
    double seconds; /* analysis and facts (doc_facts.seconds) */
} fact_counts;

/* One record of a fact task's set (fact_next). */
typedef struct fact_record {
    json_t *obj; /* the parsed line; owns id, text and gold */
    const char *id, *text;
    size_t len;
    json_t *gold;     /* the record's list of gold annotations */
    size_t *off, ncp; /* byte offset of each code point of text (gold offsets count code points) */
} fact_record;

static void fact_record_done(fact_record *rec) {
    free(rec->off);
    json_decref(rec->obj);
    memset(rec, 0, sizeof *rec);
}

/* The next record with a text and a list under gold_key; others are reported (the message
 * names `shape`, the record expected) and skipped. False at the end of the set, or when out
 * of memory (*oom, said on stderr). */
static bool fact_next(jsonl_reader *rd, const char *gold_key, const char *shape, fact_record *rec, bool *oom) {
    memset(rec, 0, sizeof *rec);
    *oom = false;
    json_t *obj;
    while ((obj = reader_next(rd))) {
        json_t *jid = json_object_get(obj, "id"), *jtext = json_object_get(obj, "text");
        json_t *gold = json_object_get(obj, gold_key);
        if (!json_is_string(jtext) || !json_is_array(gold)) {
            reader_problem(rd, "expected %s", shape);
            json_decref(obj);
            continue;
        }
        *rec = (fact_record){obj, json_is_string(jid) ? json_string_value(jid) : "?", json_string_value(jtext),
                             json_string_length(jtext), gold, NULL, 0};
        rec->off = codepoint_offsets(rec->text, rec->len, &rec->ncp);
        if (!rec->off) {
            fact_record_done(rec);
            cli_error(rd->path, "out of memory");
            *oom = true;
            return false;
        }
        return true;
    }
    return false;
}

/* Runs the record's text through the library (doc_facts_get); a failure is said on stderr and
 * counted, and leaves df empty. */
static bool fact_analyse(const precis_model *model, const precis_options *o, const fact_record *rec,
                         fact_counts *c, doc_facts *df) {
    precis_error err = {0};
    c->docs++;
    if (doc_facts_get(model, rec->text, rec->len, o, df, &err)) {
        c->seconds += df->seconds;
        return true;
    }
    char where[1024];
    snprintf(where, sizeof where, "%s: %s", c->path, rec->id);
    cli_error(where, "%s", err.message[0] ? err.message : "out of memory");
    c->failed++;
    return false;
}

/* After the last record: false (and *code set) when the set had no document to score. */
static bool fact_any(fact_counts *c, const jsonl_reader *rd, int *code) {
    if (c->docs == 0) {
        cli_error(c->path, "no document to evaluate");
        *code = EXIT_SOME_FAILED;
        return false;
    }
    c->left_out = rd->problems - c->bad_spans;
    if (c->failed || rd->problems)
        *code = EXIT_SOME_FAILED;
    return true;
}

/* The progress line and the report files of a fact task named `label`; frees rep->json. */
static int fact_done(const bench_args *a, const fact_counts *c, const char *label, fact_report *rep, int code) {
    if (!a->quiet)
        fprintf(stderr, "precis: bench: %s: %s done in %.2f s\n", c->name, label, c->seconds);
    char name[256];
    snprintf(name, sizeof name, "%s.%s", c->name, label);
    code = fact_report_write(a, name, rep, code);
    json_decref(rep->json);
    return code;
}

/* The start of a fact task: names the set in `c`, reads the file at `path` into *data (the
 * caller frees it) and sets up the line reader over it. False (said on stderr) when the file
 * cannot be read. */
static bool fact_task_open(const char *path, fact_counts *c, char **data, jsonl_reader *rd) {
    c->path = path;
    set_name_of(path, c->name, sizeof c->name);
    size_t len = 0;
    *data = NULL;
    if (!cli_read_input(path, data, &len))
        return false;
    *rd = (jsonl_reader){.path = path, .data = *data, .len = len};
    return true;
}

/* ---- the ner task ------------------------------------------------------------------------------ */

/* CoNLL-2003 scoring: a mention is correct when its span and its type are both exactly the gold
 * one's. Demonyms and nationality adjectives ("Russian", "West German") are MISC in CoNLL, and
 * precis lists them with type "MISC" and "demonym": true, so they are scored as MISC mentions;
 * the report also gives MISC without them, to show what they add. */
enum { NT_PER, NT_LOC, NT_ORG, NT_MISC, NT_N };
static const char *const NER_TYPE[NT_N] = {"PER", "LOC", "ORG", "MISC"};

static int ner_type_index(const char *s) {
    for (int t = 0; t < NT_N; t++)
        if (s && strcmp(s, NER_TYPE[t]) == 0)
            return t;
    return -1;
}

typedef struct ner_result {
    fact_counts c;
    size_t sentences, across_lines;
    size_t sys_across;          /* system mentions that run across a line break */
    size_t other_type;          /* system mentions of a type outside the four, or with bad offsets */
    size_t dem_sys, dem_ok;     /* demonym mentions, and those that are correct MISC */
    prf type[NT_N], micro3, micro4, misc_no_dem;
} ner_result;

typedef struct ner_span {
    size_t s, e;
    int type;
    bool demonym, used;
} ner_span;

/* With --errors: "FP|FN <tab> id <tab> type <tab> text <tab> start-end (bytes)" on stderr. */
static void ner_error_line(const char *what, const char *id, const char *text, const ner_span *x) {
    fprintf(stderr, "%s\t%s\t%s%s\t%.*s\t%zu-%zu\n", what, id, NER_TYPE[x->type], x->demonym ? " (demonym)" : "",
            (int)(x->e - x->s), text + x->s, x->s, x->e);
}

static void ner_score_doc(ner_span *gold, size_t ng, ner_span *sys, size_t ns, ner_result *r, const char *id,
                          const char *text, bool errors) {
    for (size_t g = 0; g < ng; g++)
        r->type[gold[g].type].gold++;
    for (size_t i = 0; i < ns; i++) {
        r->type[sys[i].type].system++;
        r->dem_sys += sys[i].demonym;
        bool hit = false;
        for (size_t g = 0; g < ng && !hit; g++)
            if (!gold[g].used && gold[g].s == sys[i].s && gold[g].e == sys[i].e && gold[g].type == sys[i].type) {
                gold[g].used = hit = true;
                r->type[sys[i].type].system_matched++;
                r->type[sys[i].type].gold_matched++;
                r->dem_ok += sys[i].demonym;
            }
        if (!hit && errors)
            ner_error_line("FP", id, text, &sys[i]);
    }
    for (size_t g = 0; g < ng && errors; g++)
        if (!gold[g].used)
            ner_error_line("FN", id, text, &gold[g]);
}

static void ner_md(FILE *f, const void *c) {
    const ner_result *r = c;
    fprintf(f, "## %s: named entities (CoNLL-2003: exact span and type)\n\n", r->c.name);
    fprintf(f, "%zu documents, each text run end to end through precis_doc_new and precis_doc_facts "
               "(the facts view's entity mentions). Demonyms (e.g. Russian) count as MISC, as CoNLL tags "
               "nationalities. %.0f docs/s.\n\n",
            r->c.docs, r->c.seconds > 0 ? (double)r->c.docs / r->c.seconds : 0);
    fprintf(f, "| type | gold | system | correct | P | R | F1 |\n|---|---|---|---|---|---|---|\n");
    for (int t = 0; t < NT_N; t++)
        prf_md_row(f, NER_TYPE[t], &r->type[t], false);
    prf_md_row(f, "micro PER+LOC+ORG", &r->micro3, false);
    prf_md_row(f, "micro all four", &r->micro4, false);
    fprintf(f, "\nDemonyms: %zu listed, %zu of them correct MISC mentions; MISC without them: P %.2f R %.2f "
               "F1 %.2f.\n",
            r->dem_sys, r->dem_ok, 100 * prf_p(&r->misc_no_dem), 100 * prf_r(&r->misc_no_dem),
            100 * prf_f(&r->misc_no_dem));
    fprintf(f, "Sentences found: %zu, of which %zu run across a line break of the text (one sentence a "
               "line in CoNLL); %zu system mention(s) run across one.\n",
            r->sentences, r->across_lines, r->sys_across);
    if (r->c.failed)
        fprintf(f, "%zu document(s) could not be analysed; their gold mentions count as missed.\n", r->c.failed);
    if (r->c.left_out || r->c.bad_spans)
        fprintf(f, "%zu line(s) of the set left out, %zu gold mention(s) with bad offsets or type left out.\n",
                r->c.left_out, r->c.bad_spans);
    if (r->other_type)
        fprintf(f, "%zu system mention(s) of another type or with bad offsets were not scored.\n", r->other_type);
}

static void ner_svg(FILE *f, const void *c) {
    const ner_result *r = c;
    static const char *const groups[] = {"PER", "LOC", "ORG", "MISC", "micro PLO", "micro all"};
    static const char *const series[] = {"P", "R", "F1"};
    double v[6 * 3];
    const prf *rows[6] = {&r->type[0], &r->type[1], &r->type[2], &r->type[3], &r->micro3, &r->micro4};
    for (int g = 0; g < 6; g++) {
        v[g * 3] = 100 * prf_p(rows[g]);
        v[g * 3 + 1] = 100 * prf_r(rows[g]);
        v[g * 3 + 2] = 100 * prf_f(rows[g]);
    }
    char title[256], footer[256];
    snprintf(title, sizeof title, "%s: entities, exact span and type (x100)", r->c.name);
    snprintf(footer, sizeof footer, "%zu documents, %.0f docs/s; demonyms count as MISC", r->c.docs,
             r->c.seconds > 0 ? (double)r->c.docs / r->c.seconds : 0);
    bar_chart chart = {title, groups, 6, series, 3, v, footer};
    write_bars(f, &chart);
}

static json_t *ner_json(const ner_result *r) {
    json_t *types = json_object();
    for (int t = 0; t < NT_N; t++)
        json_object_set_new(types, NER_TYPE[t], prf_json(&r->type[t], false));
    return json_pack("{s:s,s:s,s:s,s:I,s:I,s:I,s:I,s:s,s:f,s:f,s:o,s:o,s:o,s:{s:s,s:I,s:I,s:o},s:{s:I,s:I,s:I},s:I}",
                     "task", "ner", "set", r->c.name, "path", r->c.path, "documents", (json_int_t)r->c.docs, "failed",
                     (json_int_t)r->c.failed, "left_out", (json_int_t)r->c.left_out, "gold_left_out",
                     (json_int_t)r->c.bad_spans, "scoring",
                     "CoNLL-2003: exact span and type; text through precis_doc_new and precis_doc_facts",
                     "seconds", r->c.seconds, "docs_per_s", r->c.seconds > 0 ? (double)r->c.docs / r->c.seconds : 0,
                     "types", types, "micro_per_loc_org", prf_json(&r->micro3, false), "micro_all",
                     prf_json(&r->micro4, false), "demonyms", "counted_as", "MISC", "system",
                     (json_int_t)r->dem_sys, "correct", (json_int_t)r->dem_ok, "misc_without_demonyms",
                     prf_json(&r->misc_no_dem, false), "sentences", "found", (json_int_t)r->sentences,
                     "across_line_breaks", (json_int_t)r->across_lines, "mentions_across_line_breaks",
                     (json_int_t)r->sys_across, "system_other_type",
                     (json_int_t)r->other_type);
}

/* Makes room for `need` elements of `size` bytes in *p (capacity *cap); false when out of
 * memory (then *p and *cap are unchanged). */
static bool grow(void **p, size_t *cap, size_t need, size_t size) {
    if (need <= *cap)
        return true;
    void *q = realloc(*p, need * size);
    if (!q)
        return false;
    *p = q;
    *cap = need;
    return true;
}

static int task_ner(const precis_model *model, const bench_args *a, const char *path) {
    ner_result r;
    memset(&r, 0, sizeof r);
    char *data = NULL;
    jsonl_reader rd;
    if (!fact_task_open(path, &r.c, &data, &rd))
        return EXIT_IO;
    precis_options o;
    precis_options_init(&o);
    ner_span *gold = NULL, *sys = NULL;
    size_t gold_cap = 0, sys_cap = 0;
    int code = EXIT_OK;
    fact_record rec;
    bool oom;
    while (fact_next(&rd, "entities", "{\"id\", \"text\", \"entities\": [...]} (CoNLL JSONL)", &rec, &oom)) {
        size_t ng = json_array_size(rec.gold), kept = 0, ns = 0;
        if (!grow((void **)&gold, &gold_cap, ng + 1, sizeof *gold))
            goto oom;
        for (size_t g = 0; g < ng; g++) {
            json_t *e = json_array_get(rec.gold, g);
            int t = ner_type_index(json_string_value(json_object_get(e, "type")));
            size_t s, en;
            if (t < 0 || !gold_span(e, "start_char", "end_char", rec.off, rec.ncp, &s, &en)) {
                reader_problem(&rd, "%s: gold entity %zu has no valid type or character span", rec.id, g + 1);
                r.c.bad_spans++;
                continue;
            }
            gold[kept++] = (ner_span){s, en, t, false, false};
        }
        doc_facts df;
        if (fact_analyse(model, &o, &rec, &r.c, &df)) {
            size_t nm = precis_doc_mention_count(df.doc);
            if (!grow((void **)&sys, &sys_cap, nm + 1, sizeof *sys)) {
                doc_facts_done(&df);
                goto oom;
            }
            for (size_t i = 0; i < nm; i++) {
                precis_mention m;
                int t = -1;
                if (precis_doc_mention(df.doc, i, &m, NULL) == PRECIS_OK)
                    t = ner_type_index(precis_entity_type_name(m.type) ? precis_entity_type_name(m.type) : "");
                if (t < 0 || m.end < m.start || m.end > rec.len) {
                    r.other_type++;
                    continue;
                }
                /* demonyms are tagged MISC; the MISC-without-demonyms figure relies on it */
                bool dem = t == NT_MISC && m.demonym;
                sys[ns++] = (ner_span){m.start, m.end, t, dem, false};
                r.sys_across += memchr(rec.text + m.start, '\n', m.end - m.start) != NULL;
            }
            r.sentences += df.sentences;
            r.across_lines += df.across_lines;
            doc_facts_done(&df);
        }
        ner_score_doc(gold, kept, sys, ns, &r, rec.id, rec.text, a->errors);
        fact_record_done(&rec);
    }
    if (oom)
        goto oom_said;
    if (!fact_any(&r.c, &rd, &code))
        goto cleanup;
    for (int t = 0; t < NT_N; t++) {
        if (t != NT_MISC)
            prf_add(&r.micro3, &r.type[t]);
        prf_add(&r.micro4, &r.type[t]);
    }
    r.misc_no_dem = r.type[NT_MISC];
    r.misc_no_dem.system -= r.dem_sys;
    r.misc_no_dem.system_matched -= r.dem_ok;
    r.misc_no_dem.gold_matched -= r.dem_ok;
    fact_report rep = {ner_md, ner_svg, &r, ner_json(&r)};
    code = fact_done(a, &r.c, "ner", &rep, code);
    goto cleanup;
oom:
    fact_record_done(&rec);
    cli_error(path, "out of memory");
oom_said:
    code = EXIT_IO;
cleanup:
    free(gold);
    free(sys);
    free(data);
    return code;
}

/* ---- the timex task ------------------------------------------------------------------------------ */

/* TempEval-3 scoring, as its scorer (and benchmarks/timex.c) counts: strict extent matches need
 * the same span, relaxed ones any overlap (a system expression is correct when it overlaps some
 * gold one; a gold expression is found when an overlapping system expression not yet paired is
 * there, which pairs them). Type and value are judged over the pairs: type and value accuracy
 * are the share of pairs with the gold type / value; value precision and recall divide the
 * pairs with the right value by the system and by the gold counts. Per type: pairs where both
 * sides have that type, over the system and gold expressions of that type. */
enum { TT_DATE, TT_TIME, TT_DURATION, TT_SET, TT_N };
static const char *const TIMEX_TYPE[TT_N] = {"DATE", "TIME", "DURATION", "SET"};

static int timex_type_index(const char *s) {
    for (int t = 0; t < TT_N; t++)
        if (s && strcmp(s, TIMEX_TYPE[t]) == 0)
            return t;
    return -1;
}

typedef struct timex_result {
    fact_counts c;
    size_t no_date;
    prf strict, relaxed, value;
    size_t pairs, type_ok, value_ok;
    prf type[TT_N];
} timex_result;

typedef struct tx_span {
    size_t s, e;
    int type;
    const char *value;
} tx_span;

static bool spans_overlap(const tx_span *x, const tx_span *y) { return x->s < y->e && y->s < x->e; }

static const char *timex_type_str(int t) { return t >= 0 ? TIMEX_TYPE[t] : "?"; }

/* With --errors: "FP|FN <tab> id <tab> text <tab> type value" lines, and "VAL" lines for pairs
 * with a wrong type or value ("system text | gold text <tab> type value <tab> gold type value"). */
static void timex_error_line(const char *what, const char *id, const char *text, const tx_span *x) {
    fprintf(stderr, "%s\t%s\t%.*s\t%s %s\n", what, id, (int)(x->e - x->s), text + x->s, timex_type_str(x->type),
            x->value);
}

static void timex_score_doc(const tx_span *gold, size_t ng, const tx_span *sys, size_t ns, bool *used,
                            timex_result *r, const char *id, const char *text, bool errors) {
    r->strict.gold += ng;
    r->relaxed.gold += ng;
    r->value.gold += ng;
    r->strict.system += ns;
    r->relaxed.system += ns;
    r->value.system += ns;
    for (size_t g = 0; g < ng; g++)
        if (gold[g].type >= 0)
            r->type[gold[g].type].gold++;
    for (size_t i = 0; i < ns; i++) {
        if (sys[i].type >= 0)
            r->type[sys[i].type].system++;
        bool rel = false, str = false;
        for (size_t g = 0; g < ng; g++) {
            rel |= spans_overlap(&sys[i], &gold[g]);
            str |= sys[i].s == gold[g].s && sys[i].e == gold[g].e;
        }
        r->relaxed.system_matched += rel;
        r->strict.system_matched += str;
        used[i] = false;
        if (!rel && errors)
            timex_error_line("FP", id, text, &sys[i]);
    }
    for (size_t g = 0; g < ng; g++) {
        bool str = false;
        size_t match = ns;
        for (size_t i = 0; i < ns; i++) {
            str |= sys[i].s == gold[g].s && sys[i].e == gold[g].e;
            if (match == ns && !used[i] && spans_overlap(&sys[i], &gold[g]))
                match = i;
        }
        r->strict.gold_matched += str;
        if (match == ns) {
            if (errors)
                timex_error_line("FN", id, text, &gold[g]);
            continue;
        }
        used[match] = true;
        r->relaxed.gold_matched++;
        r->pairs++;
        bool tok = sys[match].type == gold[g].type;
        bool vok = strcmp(sys[match].value, gold[g].value) == 0;
        r->type_ok += tok;
        r->value_ok += vok;
        if (errors && (!tok || !vok)) {
            const tx_span *x = &sys[match];
            fprintf(stderr, "VAL\t%s\t%.*s | %.*s\t%s %s\tgold %s %s\n", id, (int)(x->e - x->s), text + x->s,
                    (int)(gold[g].e - gold[g].s), text + gold[g].s, timex_type_str(x->type), x->value,
                    timex_type_str(gold[g].type), gold[g].value);
        }
        if (tok && gold[g].type >= 0) {
            r->type[gold[g].type].system_matched++;
            r->type[gold[g].type].gold_matched++;
        }
    }
    r->value.system_matched = r->value.gold_matched = r->value_ok;
}

static void timex_md(FILE *f, const void *c) {
    const timex_result *r = c;
    fprintf(f, "## %s: time expressions (TempEval-3)\n\n", r->c.name);
    fprintf(f, "%zu documents, each text run end to end through precis_doc_new (its dct as the document date) "
               "and precis_doc_facts (the facts view's time expressions). %.0f docs/s. Matched: system / gold expressions.\n\n",
            r->c.docs, r->c.seconds > 0 ? (double)r->c.docs / r->c.seconds : 0);
    fprintf(f, "| measure | gold | system | matched | P | R | F1 |\n|---|---|---|---|---|---|---|\n");
    prf_md_row(f, "strict extent", &r->strict, true);
    prf_md_row(f, "relaxed extent", &r->relaxed, true);
    prf_md_row(f, "value", &r->value, true);
    for (int t = 0; t < TT_N; t++) {
        char label[64];
        snprintf(label, sizeof label, "%s (relaxed, same type)", TIMEX_TYPE[t]);
        prf_md_row(f, label, &r->type[t], true);
    }
    fprintf(f, "\nType accuracy %.2f, value accuracy %.2f (over %zu relaxed pairs).\n",
            100 * frac(r->type_ok, r->pairs), 100 * frac(r->value_ok, r->pairs), r->pairs);
    if (r->no_date)
        fprintf(f, "%zu document(s) without a usable dct were run without a document date.\n", r->no_date);
    if (r->c.failed)
        fprintf(f, "%zu document(s) could not be analysed; their gold expressions count as missed.\n", r->c.failed);
    if (r->c.left_out || r->c.bad_spans)
        fprintf(f, "%zu line(s) of the set left out, %zu gold expression(s) with bad offsets left out.\n",
                r->c.left_out, r->c.bad_spans);
}

static void timex_svg(FILE *f, const void *c) {
    const timex_result *r = c;
    static const char *const groups[] = {"strict", "relaxed", "value", "DATE", "TIME", "DURATION", "SET"};
    static const char *const series[] = {"P", "R", "F1"};
    double v[7 * 3];
    const prf *rows[7] = {&r->strict, &r->relaxed, &r->value, &r->type[0], &r->type[1], &r->type[2], &r->type[3]};
    for (int g = 0; g < 7; g++) {
        v[g * 3] = 100 * prf_p(rows[g]);
        v[g * 3 + 1] = 100 * prf_r(rows[g]);
        v[g * 3 + 2] = 100 * prf_f(rows[g]);
    }
    char title[256], footer[256];
    snprintf(title, sizeof title, "%s: time expressions, TempEval-3 (x100)", r->c.name);
    snprintf(footer, sizeof footer, "%zu documents, %.0f docs/s; type accuracy %.1f, value accuracy %.1f", r->c.docs,
             r->c.seconds > 0 ? (double)r->c.docs / r->c.seconds : 0, 100 * frac(r->type_ok, r->pairs),
             100 * frac(r->value_ok, r->pairs));
    bar_chart chart = {title, groups, 7, series, 3, v, footer};
    write_bars(f, &chart);
}

static json_t *timex_json(const timex_result *r) {
    json_t *types = json_object();
    for (int t = 0; t < TT_N; t++)
        json_object_set_new(types, TIMEX_TYPE[t], prf_json(&r->type[t], true));
    return json_pack("{s:s,s:s,s:s,s:I,s:I,s:I,s:I,s:I,s:s,s:f,s:f,s:o,s:o,s:o,s:I,s:f,s:f,s:o}", "task", "timex",
                     "set", r->c.name, "path", r->c.path, "documents", (json_int_t)r->c.docs, "failed",
                     (json_int_t)r->c.failed, "left_out", (json_int_t)r->c.left_out, "gold_left_out",
                     (json_int_t)r->c.bad_spans, "without_date", (json_int_t)r->no_date, "scoring",
                     "TempEval-3: strict and relaxed extent, type and value over relaxed pairs; text through "
                     "precis_doc_new (dct as the date) and precis_doc_facts",
                     "seconds", r->c.seconds, "docs_per_s", r->c.seconds > 0 ? (double)r->c.docs / r->c.seconds : 0,
                     "strict", prf_json(&r->strict, true), "relaxed", prf_json(&r->relaxed, true), "value",
                     prf_json(&r->value, true), "pairs", (json_int_t)r->pairs, "type_accuracy",
                     frac(r->type_ok, r->pairs), "value_accuracy", frac(r->value_ok, r->pairs), "types", types);
}

static int task_timex(const precis_model *model, const bench_args *a, const char *path) {
    timex_result r;
    memset(&r, 0, sizeof r);
    char *data = NULL;
    jsonl_reader rd;
    if (!fact_task_open(path, &r.c, &data, &rd))
        return EXIT_IO;
    tx_span *gold = NULL, *sys = NULL;
    bool *used = NULL;
    size_t gold_cap = 0, sys_cap = 0, used_cap = 0;
    int code = EXIT_OK;
    fact_record rec;
    bool oom;
    while (fact_next(&rd, "timexes", "{\"id\", \"dct\", \"text\", \"timexes\": [...]} (TempEval-3 JSONL)", &rec,
                     &oom)) {
        size_t ng = json_array_size(rec.gold), kept = 0, ns = 0;
        if (!grow((void **)&gold, &gold_cap, ng + 1, sizeof *gold))
            goto oom;
        for (size_t g = 0; g < ng; g++) {
            json_t *x = json_array_get(rec.gold, g);
            size_t s, e;
            if (!gold_span(x, "start", "end", rec.off, rec.ncp, &s, &e)) {
                reader_problem(&rd, "%s: gold expression %zu has no valid character span", rec.id, g + 1);
                r.c.bad_spans++;
                continue;
            }
            gold[kept++] = (tx_span){s, e, timex_type_index(str_or(x, "type", "")), str_or(x, "value", "")};
        }
        /* The dct may carry a time (1998-01-08T18:30): the document date is its day. */
        precis_options o;
        precis_options_init(&o);
        precis_error err = {0};
        const char *dct = json_string_value(json_object_get(rec.obj, "dct"));
        char day[11] = "";
        if (dct && strlen(dct) >= 10)
            memcpy(day, dct, 10);
        if (!day[0] || precis_options_set(&o, "date", day, &err) != PRECIS_OK)
            r.no_date++;
        doc_facts df;
        if (fact_analyse(model, &o, &rec, &r.c, &df)) {
            size_t nt = precis_doc_timex_count(df.doc);
            if (!grow((void **)&sys, &sys_cap, nt + 1, sizeof *sys) ||
                !grow((void **)&used, &used_cap, nt + 1, sizeof *used)) {
                doc_facts_done(&df);
                goto oom;
            }
            for (size_t i = 0; i < nt; i++) {
                precis_timex m;
                if (precis_doc_timex(df.doc, i, &m, NULL) != PRECIS_OK || m.end < m.start || m.end > rec.len)
                    continue;
                sys[ns++] = (tx_span){m.start, m.end, timex_type_index(precis_timex_type_name(m.type) ? precis_timex_type_name(m.type) : ""), m.value};
            }
        }
        /* used is NULL only when ns is 0 */
        timex_score_doc(gold, kept, sys, ns, used, &r, rec.id, rec.text, a->errors);
        doc_facts_done(&df); /* after scoring: the system values point into the document */
        fact_record_done(&rec);
    }
    if (oom)
        goto oom_said;
    if (!fact_any(&r.c, &rd, &code))
        goto cleanup;
    fact_report rep = {timex_md, timex_svg, &r, timex_json(&r)};
    code = fact_done(a, &r.c, "timex", &rep, code);
    goto cleanup;
oom:
    fact_record_done(&rec);
    cli_error(path, "out of memory");
oom_said:
    code = EXIT_IO;
cleanup:
    free(gold);
    free(sys);
    free(used);
    free(data);
    return code;
}

/* ---- the fivew task ------------------------------------------------------------------------------ */

/* Giveme5W1H's gold standard: for each article, the phrases three coders marked for who, what,
 * where and when. The top answers of each slot of the facts view are scored against them:
 *   precision@1  the first answer matches a gold phrase, over the articles where the slot has
 *                an answer (and the gold one phrase at least);
 *   coverage     articles where the slot has an answer, over those with a gold phrase;
 *   hit@3        one of the first three answers matches, over the same articles as precision@1.
 * An answer matches a phrase when they share a content word and at least half of the answer's
 * content words are in the phrase. Content words are case-folded words that are not stop
 * words, with a light suffix strip ('s, a plural s); two words are the same when equal, or when
 * one is a prefix of the other and has five letters or more; UK, US, EU and UN read as their
 * full names. A "when" also matches when its TIMEX value and the phrase's parsed date agree to
 * the day, month or year the value gives. */
enum { FW_WHO, FW_WHAT, FW_WHERE, FW_WHEN, FW_N };
static const char *const FIVEW_SLOT[FW_N] = {"who", "what", "where", "when"};
#define FW_TOP 3
#define FW_WORDS 48 /* content words of one phrase kept at the most */

#define FW_BASES 7
static const char *const FW_BASIS[FW_BASES] = {"headline", "introduced", "opening", "group", "body", "background", "date"};

typedef struct fivew_slot_count {
    size_t gold_docs;   /* articles with a gold phrase for the slot */
    size_t answered;    /* of which the slot has an answer */
    size_t top1, top3;  /* of which the first / one of the first three answers match */
    size_t basis_answered[FW_BASES], basis_top1[FW_BASES]; /* by the first answer's "basis" */
} fivew_slot_count;

typedef struct fivew_result {
    fact_counts c;
    size_t no_date;
    fivew_slot_count slot[FW_N];
} fivew_result;

typedef struct fw_words {
    char w[FW_WORDS][32];
    size_t n;
} fw_words;

static bool fw_stopword(const char *w) {
    static const char *const STOP[] = {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "these",
        "those", "he", "she", "they", "his", "her", "their", "them", "him", "who", "what", "which", "after",
        "before", "into", "over", "than", "about", "around", "near", "up", "out", "not", "no", "will", "would",
        "can", "could", "also", "said", "says", "s", NULL};
    for (int i = 0; STOP[i]; i++)
        if (strcmp(w, STOP[i]) == 0)
            return true;
    return false;
}

static void fw_add(fw_words *ws, const char *w) {
    if (ws->n < FW_WORDS && !fw_stopword(w))
        snprintf(ws->w[ws->n++], sizeof ws->w[0], "%s", w);
}

/* The content words of a phrase. Bytes of 0x80 and above stay in words (no case folding for
 * them: the sets are English). */
static void fw_content_words(const char *s, fw_words *ws) {
    ws->n = 0;
    size_t i = 0, n = strlen(s);
    while (i < n) {
        while (i < n && !isalnum((unsigned char)s[i]) && (unsigned char)s[i] < 0x80)
            i++;
        size_t b = i;
        while (i < n && (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80 || s[i] == '-'))
            i++;
        if (i == b)
            continue;
        char w[32];
        size_t l = i - b < sizeof w - 1 ? i - b : sizeof w - 1;
        memcpy(w, s + b, l);
        w[l] = '\0';
        /* the abbreviations of bodies people write out: only in capitals ("us" is a pronoun) */
        static const char *const FULL[][3] = {{"UK", "united", "kingdom"}, {"US", "united", "states"},
                                              {"EU", "european", "union"}, {"UN", "united", "nations"}};
        bool full = false;
        for (size_t k = 0; k < 4 && !full; k++)
            if (strcmp(w, FULL[k][0]) == 0) {
                fw_add(ws, FULL[k][1]);
                fw_add(ws, FULL[k][2]);
                full = true;
            }
        if (full)
            continue;
        for (size_t k = 0; k < l; k++)
            w[k] = (char)tolower((unsigned char)w[k]);
        /* 's and a plural s ("talks" and "talk", not "press") */
        if (l > 2 && w[l - 2] == '\'' && w[l - 1] == 's')
            w[l -= 2] = '\0';
        else if (l >= 4 && w[l - 1] == 's' && w[l - 2] != 's')
            w[--l] = '\0';
        fw_add(ws, w);
    }
}

static bool fw_same_word(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (la == lb)
        return strcmp(a, b) == 0;
    const char *s = la < lb ? a : b, *l = la < lb ? b : a;
    size_t ls = la < lb ? la : lb;
    return ls >= 5 && strncmp(s, l, ls) == 0;
}

static bool fw_in(const char *w, const fw_words *ws) {
    for (size_t i = 0; i < ws->n; i++)
        if (fw_same_word(w, ws->w[i]))
            return true;
    return false;
}

/* Does a TIMEX value agree with a parsed date (YYYY-MM-DD...) to the day, month or year the
 * value gives? */
static bool fw_date_agrees(const char *value, const char *parsed) {
    if (!value || !parsed || strlen(parsed) < 4 || strlen(value) < 4)
        return false;
    for (int k = 0; k < 4; k++)
        if (!isdigit((unsigned char)value[k]))
            return false;
    size_t give = 4; /* YYYY */
    if (strlen(value) >= 7 && value[4] == '-' && isdigit((unsigned char)value[5]) && isdigit((unsigned char)value[6]))
        give = 7;
    if (give == 7 && strlen(value) >= 10 && value[7] == '-' && isdigit((unsigned char)value[8]) &&
        isdigit((unsigned char)value[9]))
        give = 10;
    return strlen(parsed) >= give && strncmp(value, parsed, give) == 0;
}

static bool fw_matches(const char *answer, const char *value, json_t *gold, int slot) {
    fw_words a, g;
    fw_content_words(answer, &a);
    for (size_t i = 0; i < json_array_size(gold); i++) {
        json_t *ph = json_array_get(gold, i);
        if (slot == FW_WHEN && fw_date_agrees(value, str_or(ph, "parsed", NULL)))
            return true;
        if (a.n == 0)
            continue;
        fw_content_words(str_or(ph, "text", ""), &g);
        size_t in = 0;
        for (size_t k = 0; k < a.n; k++)
            in += fw_in(a.w[k], &g);
        if (in > 0 && 2 * in >= a.n)
            return true;
    }
    return false;
}

static int fw_basis_index(const char *name) {
    for (int i = 0; i < FW_BASES; i++)
        if (name && strcmp(name, FW_BASIS[i]) == 0)
            return i;
    return -1;
}

/* The first FW_TOP answers of a slot through the facts accessors: their words as the facts
 * view writes them (the entity's name for who and where, the evidence's text otherwise;
 * malloc'ed into text, freed by fw_answers_free), the TIMEX values for when, and the basis of
 * the first. Answers without words are skipped, as the view shows none. */
static size_t fw_answers(const precis_doc *doc, int slot, char *text[FW_TOP], const char *value[FW_TOP], int *basis) {
    size_t n = 0, count = precis_doc_answer_count(doc, (precis_slot)slot);
    *basis = -1;
    for (size_t i = 0; i < count && n < FW_TOP; i++) {
        precis_answer a;
        if (precis_doc_answer(doc, (precis_slot)slot, i, &a, NULL) != PRECIS_OK)
            break;
        char *t;
        if (a.name) {
            t = malloc(a.name_len + 1);
            if (t) {
                memcpy(t, a.name, a.name_len);
                t[a.name_len] = '\0';
            }
        } else {
            size_t len;
            char *c = precis_doc_text(doc, (precis_span){a.start, a.end}, &len);
            t = c ? malloc(len + 1) : NULL;
            if (t)
                memcpy(t, c, len + 1);
            precis_free(c);
        }
        if (!t || !*t) {
            free(t);
            continue;
        }
        if (n == 0)
            *basis = fw_basis_index(precis_basis_name(a.basis));
        text[n] = t;
        value[n++] = a.value;
    }
    return n;
}

static void fw_answers_free(char *text[FW_TOP], size_t n) {
    for (size_t k = 0; k < n; k++)
        free(text[k]);
}

static double fw_p1(const fivew_slot_count *s) { return frac(s->top1, s->answered); }
static double fw_cov(const fivew_slot_count *s) { return frac(s->answered, s->gold_docs); }
static double fw_h3(const fivew_slot_count *s) { return frac(s->top3, s->answered); }

static double fw_mean_p1(const fivew_result *r) {
    double m = 0;
    for (int s = 0; s < FW_N; s++)
        m += fw_p1(&r->slot[s]);
    return m / FW_N;
}

static void fivew_md(FILE *f, const void *c) {
    const fivew_result *r = c;
    fprintf(f, "## %s: who, what, where, when (Giveme5W1H phrases)\n\n", r->c.name);
    fprintf(f, "%zu articles, each run end to end through precis_doc_new (its date as --date) and the facts "
               "view; the first answers of each slot against the coders' phrases. %.0f docs/s.\n\n",
            r->c.docs, r->c.seconds > 0 ? (double)r->c.docs / r->c.seconds : 0);
    fprintf(f, "| slot | articles with gold | answered | precision@1 | coverage | hit@3 |\n|---|---|---|---|---|---|\n");
    for (int s = 0; s < FW_N; s++) {
        const fivew_slot_count *x = &r->slot[s];
        fprintf(f, "| %s | %zu | %zu | %.1f | %.1f | %.1f |\n", FIVEW_SLOT[s], x->gold_docs, x->answered,
                100 * fw_p1(x), 100 * fw_cov(x), 100 * fw_h3(x));
    }
    fprintf(f, "\nMean precision@1 over who, what, where and when: %.1f.\n", 100 * fw_mean_p1(r));
    fprintf(f, "\nFirst answers by what they rest on (\"basis\"), right / answered:\n\n");
    for (int s = 0; s < FW_N; s++) {
        fprintf(f, "- %s:", FIVEW_SLOT[s]);
        for (int k = 0; k < FW_BASES; k++)
            if (r->slot[s].basis_answered[k])
                fprintf(f, " %s %zu/%zu", FW_BASIS[k], r->slot[s].basis_top1[k], r->slot[s].basis_answered[k]);
        fputc('\n', f);
    }
    if (r->no_date)
        fprintf(f, "%zu article(s) without a usable date were run without a document date.\n", r->no_date);
    if (r->c.failed)
        fprintf(f, "%zu article(s) could not be analysed; they count as unanswered.\n", r->c.failed);
    if (r->c.left_out)
        fprintf(f, "%zu line(s) of the set left out.\n", r->c.left_out);
}

static void fivew_svg(FILE *f, const void *c) {
    const fivew_result *r = c;
    static const char *const series[] = {"precision@1", "coverage", "hit@3"};
    double v[FW_N * 3];
    for (int s = 0; s < FW_N; s++) {
        v[s * 3] = 100 * fw_p1(&r->slot[s]);
        v[s * 3 + 1] = 100 * fw_cov(&r->slot[s]);
        v[s * 3 + 2] = 100 * fw_h3(&r->slot[s]);
    }
    char title[256], footer[256];
    snprintf(title, sizeof title, "%s: who, what, where, when (x100)", r->c.name);
    snprintf(footer, sizeof footer, "%zu articles; mean precision@1 %.1f", r->c.docs, 100 * fw_mean_p1(r));
    bar_chart chart = {title, FIVEW_SLOT, FW_N, series, 3, v, footer};
    write_bars(f, &chart);
}

static json_t *fivew_json(const fivew_result *r) {
    json_t *slots = json_object();
    for (int s = 0; s < FW_N; s++) {
        const fivew_slot_count *x = &r->slot[s];
        json_t *bases = json_object();
        for (int k = 0; k < FW_BASES; k++)
            if (x->basis_answered[k])
                json_object_set_new(bases, FW_BASIS[k],
                                    json_pack("{s:I,s:I}", "answered", (json_int_t)x->basis_answered[k], "top1_right",
                                              (json_int_t)x->basis_top1[k]));
        json_object_set_new(slots, FIVEW_SLOT[s],
                            json_pack("{s:I,s:I,s:I,s:I,s:f,s:f,s:f,s:o}", "gold_articles", (json_int_t)x->gold_docs,
                                      "answered", (json_int_t)x->answered, "top1_right", (json_int_t)x->top1,
                                      "top3_right", (json_int_t)x->top3, "precision_at_1", fw_p1(x), "coverage",
                                      fw_cov(x), "hit_at_3", fw_h3(x), "by_basis", bases));
    }
    return json_pack("{s:s,s:s,s:s,s:I,s:I,s:I,s:I,s:s,s:f,s:o,s:f}", "task", "fivew", "set", r->c.name, "path",
                     r->c.path, "documents", (json_int_t)r->c.docs, "failed", (json_int_t)r->c.failed, "left_out",
                     (json_int_t)r->c.left_out, "without_date", (json_int_t)r->no_date, "scoring",
                     "first answers of the facts view's who/what/where/when against the coders' phrases: a shared "
                     "content word and half of the answer's content words in the phrase; when also by date",
                     "seconds", r->c.seconds, "slots", slots, "mean_precision_at_1", fw_mean_p1(r));
}

static int task_fivew(const precis_model *model, const bench_args *a, const char *path) {
    fivew_result r;
    memset(&r, 0, sizeof r);
    char *data = NULL;
    jsonl_reader rd;
    if (!fact_task_open(path, &r.c, &data, &rd))
        return EXIT_IO;
    int code = EXIT_OK;
    json_t *obj;
    while ((obj = reader_next(&rd))) {
        json_t *jtext = json_object_get(obj, "text"), *w = json_object_get(obj, "w");
        if (!json_is_string(jtext) || !json_is_object(w)) {
            reader_problem(&rd, "expected {\"id\", \"date\", \"text\", \"w\": {\"who\": [...], ...}} (Giveme5W1H JSONL)");
            json_decref(obj);
            continue;
        }
        const char *id = str_or(obj, "id", "?");
        precis_options o;
        precis_options_init(&o);
        precis_error err = {0};
        const char *date = str_or(obj, "date", "");
        char day[11] = "";
        if (strlen(date) >= 10)
            memcpy(day, date, 10);
        if (!day[0] || precis_options_set(&o, "date", day, &err) != PRECIS_OK)
            r.no_date++;
        fact_record rec = {obj, id, json_string_value(jtext), json_string_length(jtext), NULL, NULL, 0};
        doc_facts df;
        bool ok = fact_analyse(model, &o, &rec, &r.c, &df);
        for (int s = 0; s < FW_N; s++) {
            json_t *gold = json_object_get(w, FIVEW_SLOT[s]);
            if (json_array_size(gold) == 0)
                continue;
            fivew_slot_count *x = &r.slot[s];
            x->gold_docs++;
            char *text[FW_TOP];
            const char *value[FW_TOP];
            int basis = -1;
            size_t n = ok ? fw_answers(df.doc, s, text, value, &basis) : 0;
            if (n == 0) {
                if (a->errors)
                    fprintf(stderr, "NONE\t%s\t%s\n", id, FIVEW_SLOT[s]);
                continue;
            }
            x->answered++;
            bool hit = false;
            for (size_t k = 0; k < n && !hit; k++)
                if (fw_matches(text[k], value[k], gold, s)) {
                    hit = true;
                    x->top1 += k == 0;
                }
            x->top3 += hit;
            if (basis >= 0) {
                x->basis_answered[basis]++;
                x->basis_top1[basis] += fw_matches(text[0], value[0], gold, s);
            }
            if (a->errors && !fw_matches(text[0], value[0], gold, s))
                fprintf(stderr, "WRONG\t%s\t%s\t%s%s%s\tgold: %s\n", id, FIVEW_SLOT[s], text[0],
                        value[0] ? " = " : "", value[0] ? value[0] : "",
                        str_or(json_array_get(gold, 0), "text", ""));
            fw_answers_free(text, n);
        }
        doc_facts_done(&df);
        json_decref(obj);
    }
    if (!fact_any(&r.c, &rd, &code))
        goto cleanup;
    fact_report rep = {fivew_md, fivew_svg, &r, fivew_json(&r)};
    code = fact_done(a, &r.c, "fivew", &rep, code);
cleanup:
    free(data);
    return code;
}

/* ---- the quotes task ------------------------------------------------------------------------------ */

/* Direct quotations and their speakers against PolNeAR-style attributions ({"source", "cue",
 * "content"}, character spans or null). A gold attribution is a direct quote when a quotation
 * mark (" “ ” „ « » ‘ `) lies inside its content or just beside it, or a single closing mark
 * (' ’) stands at its edge without letters on both sides (inside a content a ’ is mostly an
 * apostrophe). A system quote that joins the one before ("joins_previous": the part after an
 * interrupting attribution, or the next paragraph of the same quotation) is scored as one
 * quotation with it, as PolNeAR annotates it. A system quote matches a gold one when their character spans overlap by at
 * least half of the shorter (each gold quote matched once, the best overlap first come).
 * Its speaker is right when the system's speaker words overlap the gold source span, or when
 * a capitalised word of the gold source (not a pronoun or determiner) is a word of the
 * speaker's resolved name; a withheld speaker ("speaker": null) is never right. Speaker
 * accuracy counts matched quotes whose gold source names someone (has such a word). */
typedef struct q_span {
    size_t s, e;         /* code points */
    size_t ss, se;       /* speaker (system) or source (gold) span, code points; se == 0 when none */
    const char *name;    /* system: the speaker's resolved name or words; gold: unused */
    bool used, named;    /* gold: matched; gold source names someone */
} q_span;

typedef struct quotes_result {
    fact_counts c;
    size_t gold_all;      /* attributions with a content span */
    prf detect, attributed;
    size_t named, named_ok, named_withheld; /* matched quotes with a named gold source */
    size_t matched, withheld;               /* matched quotes; of them, speaker withheld */
    size_t sys_withheld;                    /* system quotes with no speaker */
    size_t empty;                           /* gold contents with an empty span, left out */
} quotes_result;

/* The code point at index i of rec's text (0 past the end). */
static uint32_t rec_cp(const fact_record *rec, size_t i) {
    if (i >= rec->ncp)
        return 0;
    const unsigned char *p = (const unsigned char *)rec->text + rec->off[i];
    size_t n = rec->off[i + 1] - rec->off[i];
    if (n == 1)
        return p[0];
    if (n == 2)
        return (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
    if (n == 3)
        return (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    return (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 | (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
}

static bool cp_letter(uint32_t c) { return (c | 0x20) - 'a' < 26 || (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c < 0x2000); }

static bool gold_is_direct(const fact_record *rec, size_t s, size_t e) {
    size_t lo = s > 0 ? s - 1 : 0, hi = e < rec->ncp ? e + 1 : e;
    for (size_t i = lo; i < hi; i++) {
        uint32_t c = rec_cp(rec, i);
        if (c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB || c == 0x2018 || c == '`')
            return true;
        bool edge = i + 1 < s + 1 || i + 2 > e; /* s-1, s, e-1, e */
        if ((c == '\'' || c == 0x2019) && edge &&
            !(i > 0 && cp_letter(rec_cp(rec, i - 1)) && cp_letter(rec_cp(rec, i + 1))))
            return true;
    }
    return false;
}

/* Code point index of byte offset b (the first code point starting at or after it). */
static size_t cp_of_byte(const fact_record *rec, size_t b) {
    size_t lo = 0, hi = rec->ncp;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (rec->off[mid] < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static bool not_a_name(const char *w, size_t n) {
    static const char *const WORDS[] = {"I", "He", "She", "It", "We", "They", "You", "The", "A", "An", "His", "Her",
                                        "Its", "Their", "Our", "My", "Your", "This", "That", "These", "Those", "One",
                                        "Some", "Many", "Other", "Another", NULL};
    for (int i = 0; WORDS[i]; i++)
        if (strlen(WORDS[i]) == n && strncmp(WORDS[i], w, n) == 0)
            return true;
    return false;
}

/* Calls fn on each word (run of ASCII letters, digits, and bytes of multi-byte characters) of
 * s[0, n); stops and returns true when fn does. */
static bool each_word(const char *s, size_t n, bool (*fn)(const char *, size_t, const void *), const void *ctx) {
    size_t i = 0;
    while (i < n) {
        while (i < n && !(isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80))
            i++;
        size_t b = i;
        while (i < n && (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80))
            i++;
        if (i > b && fn(s + b, i - b, ctx))
            return true;
    }
    return false;
}

static bool is_name_word(const char *w, size_t n, const void *ctx) {
    (void)ctx;
    return w[0] >= 'A' && w[0] <= 'Z' && !not_a_name(w, n);
}

typedef struct word_ref {
    const char *w;
    size_t n;
} word_ref;

static bool same_word(const char *w, size_t n, const void *ctx) {
    const word_ref *r = ctx;
    return n == r->n && strncasecmp(w, r->w, n) == 0;
}

typedef struct name_ctx {
    const char *name;
} name_ctx;

static bool name_word_in(const char *w, size_t n, const void *ctx) {
    const name_ctx *c = ctx;
    word_ref r = {w, n};
    return is_name_word(w, n, NULL) && each_word(c->name, strlen(c->name), same_word, &r);
}

static bool speaker_right(const fact_record *rec, const q_span *sys, const q_span *gold) {
    if (!sys->name)
        return false;
    if (gold->se == 0)
        return false;
    if (sys->se > sys->ss && sys->ss < gold->se && gold->ss < sys->se)
        return true;
    name_ctx c = {sys->name};
    return each_word(rec->text + rec->off[gold->ss], rec->off[gold->se] - rec->off[gold->ss], name_word_in, &c);
}

static void quote_error_line(const char *what, const char *id, const fact_record *rec, const q_span *x,
                             const char *extra) {
    size_t b = rec->off[x->s], e = rec->off[x->e];
    if (e - b > 120)
        e = rec->off[cp_of_byte(rec, b + 120)];
    fprintf(stderr, "%s\t%s\t%.*s%s\t%s\n", what, id, (int)(e - b), rec->text + b, e < rec->off[x->e] ? "..." : "",
            extra ? extra : "");
}

static void quotes_score_doc(q_span *gold, size_t ng, q_span *sys, size_t ns, quotes_result *r,
                             const fact_record *rec, bool errors) {
    r->detect.gold += ng;
    r->attributed.gold += ng;
    r->detect.system += ns;
    r->attributed.system += ns;
    for (size_t i = 0; i < ns; i++) {
        r->sys_withheld += !sys[i].name;
        size_t best = ng, best_ov = 0;
        for (size_t g = 0; g < ng; g++) {
            if (gold[g].used)
                continue;
            size_t lo = sys[i].s > gold[g].s ? sys[i].s : gold[g].s, hi = sys[i].e < gold[g].e ? sys[i].e : gold[g].e;
            size_t ov = hi > lo ? hi - lo : 0;
            size_t ls = sys[i].e - sys[i].s, lg = gold[g].e - gold[g].s, shorter = ls < lg ? ls : lg;
            if (ov > 0 && 2 * ov >= shorter && ov > best_ov) {
                best = g;
                best_ov = ov;
            }
        }
        if (best == ng) {
            if (errors)
                quote_error_line("FP", rec->id, rec, &sys[i], sys[i].name);
            continue;
        }
        q_span *g = &gold[best];
        g->used = true;
        r->detect.system_matched++;
        r->detect.gold_matched++;
        r->matched++;
        r->withheld += !sys[i].name;
        bool right = speaker_right(rec, &sys[i], g);
        if (g->named) {
            r->named++;
            r->named_ok += right;
            r->named_withheld += !sys[i].name;
        }
        if (right) {
            r->attributed.system_matched++;
            r->attributed.gold_matched++;
        } else if (errors) {
            char extra[512];
            int sl = g->se ? (int)(rec->off[g->se] - rec->off[g->ss]) : 6;
            snprintf(extra, sizeof extra, "%s\tgold: %.*s", sys[i].name ? sys[i].name : "(withheld)", sl,
                     g->se ? rec->text + rec->off[g->ss] : "(none)");
            quote_error_line(sys[i].name ? "SPK" : "HELD", rec->id, rec, &sys[i], extra);
        }
    }
    for (size_t g = 0; g < ng && errors; g++)
        if (!gold[g].used)
            quote_error_line("FN", rec->id, rec, &gold[g], NULL);
}

static void quotes_md(FILE *f, const void *c) {
    const quotes_result *r = c;
    fprintf(f, "## %s: direct quotes and their speakers\n\n", r->c.name);
    fprintf(f, "%zu documents, each text run end to end through precis_doc_new and precis_doc_facts "
               "(the facts view's quotes). Gold direct quotes: attributions whose content has a quotation mark inside or "
               "beside it (%zu of %zu attributions). A quote matches when the character spans overlap by at "
               "least half of the shorter. %.0f docs/s. Matched: system / gold quotes.\n\n",
            r->c.docs, r->detect.gold, r->gold_all, r->c.seconds > 0 ? (double)r->c.docs / r->c.seconds : 0);
    fprintf(f, "| measure | gold | system | matched | P | R | F1 |\n|---|---|---|---|---|---|---|\n");
    prf_md_row(f, "quote detection", &r->detect, true);
    prf_md_row(f, "attributed (right speaker)", &r->attributed, true);
    fprintf(f, "\nSpeaker accuracy: %.2f%% (%zu of %zu matched quotes whose gold source names someone; %zu of "
               "them withheld as unattributed; of the speakers given, %.2f%% are right). Speakers withheld: %zu of "
               "%zu matched quotes, %zu of %zu system quotes.\n",
            100 * frac(r->named_ok, r->named), r->named_ok, r->named, r->named_withheld,
            100 * frac(r->named_ok, r->named - r->named_withheld), r->withheld, r->matched, r->sys_withheld,
            r->detect.system);
    if (r->c.failed)
        fprintf(f, "%zu document(s) could not be analysed; their gold quotes count as missed.\n", r->c.failed);
    if (r->c.left_out || r->c.bad_spans)
        fprintf(f, "%zu line(s) of the set left out, %zu gold attribution(s) with bad offsets left out.\n",
                r->c.left_out, r->c.bad_spans);
    if (r->empty)
        fprintf(f, "%zu gold content(s) with an empty span (end before start) left out.\n", r->empty);
}

static void quotes_svg(FILE *f, const void *c) {
    const quotes_result *r = c;
    static const char *const groups[] = {"detection", "attributed", "speaker acc."};
    static const char *const series[] = {"P", "R", "F1"};
    double acc = 100 * frac(r->named_ok, r->named);
    double v[3 * 3] = {100 * prf_p(&r->detect),     100 * prf_r(&r->detect),     100 * prf_f(&r->detect),
                       100 * prf_p(&r->attributed), 100 * prf_r(&r->attributed), 100 * prf_f(&r->attributed),
                       acc,                         acc,                         acc};
    char title[256], footer[256];
    snprintf(title, sizeof title, "%s: direct quotes and speakers (x100)", r->c.name);
    snprintf(footer, sizeof footer, "%zu documents, %.0f docs/s; %zu of %zu matched speakers withheld", r->c.docs,
             r->c.seconds > 0 ? (double)r->c.docs / r->c.seconds : 0, r->withheld, r->matched);
    bar_chart chart = {title, groups, 3, series, 3, v, footer};
    write_bars(f, &chart);
}

static json_t *quotes_json(const quotes_result *r) {
    return json_pack("{s:s,s:s,s:s,s:I,s:I,s:I,s:I,s:s,s:f,s:f,s:I,s:o,s:o,s:{s:f,s:f,s:I,s:I,s:I},s:{s:I,s:I,s:I}}",
                     "task", "quotes", "set", r->c.name, "path", r->c.path, "documents", (json_int_t)r->c.docs,
                     "failed", (json_int_t)r->c.failed, "left_out", (json_int_t)r->c.left_out, "gold_left_out",
                     (json_int_t)r->c.bad_spans, "scoring",
                     "direct quotes (a quotation mark in or beside the content); match: character overlap of at "
                     "least half the shorter span; speaker right: overlaps the gold source or shares a capitalised "
                     "name word with it",
                     "seconds", r->c.seconds, "docs_per_s", r->c.seconds > 0 ? (double)r->c.docs / r->c.seconds : 0,
                     "attributions", (json_int_t)r->gold_all, "detection", prf_json(&r->detect, true), "attributed",
                     prf_json(&r->attributed, true), "speaker", "accuracy", frac(r->named_ok, r->named), "accuracy_when_given",
                     frac(r->named_ok, r->named - r->named_withheld), "judged",
                     (json_int_t)r->named, "right", (json_int_t)r->named_ok, "withheld",
                     (json_int_t)r->named_withheld, "withheld", "matched", (json_int_t)r->matched, "matched_withheld",
                     (json_int_t)r->withheld, "system_withheld", (json_int_t)r->sys_withheld);
}

static int task_quotes(const precis_model *model, const bench_args *a, const char *path) {
    quotes_result r;
    memset(&r, 0, sizeof r);
    char *data = NULL;
    jsonl_reader rd;
    if (!fact_task_open(path, &r.c, &data, &rd))
        return EXIT_IO;
    precis_options o;
    precis_options_init(&o);
    q_span *gold = NULL, *sys = NULL;
    char **names = NULL; /* the speaker names of one document's quotes */
    size_t gold_cap = 0, sys_cap = 0, names_cap = 0;
    int code = EXIT_OK;
    fact_record rec;
    bool oom;
    while (fact_next(&rd, "attributions", "{\"id\", \"text\", \"attributions\": [...]} (PolNeAR JSONL)", &rec,
                     &oom)) {
        size_t ng = json_array_size(rec.gold), kept = 0, ns = 0;
        if (!grow((void **)&gold, &gold_cap, ng + 1, sizeof *gold))
            goto oom;
        for (size_t g = 0; g < ng; g++) {
            json_t *at = json_array_get(rec.gold, g), *content = json_object_get(at, "content");
            json_t *src = json_object_get(at, "source");
            if (json_is_null(content) || !content)
                continue;
            json_t *js = json_object_get(content, "start"), *je = json_object_get(content, "end");
            json_int_t s = json_integer_value(js), e = json_integer_value(je);
            if (json_is_integer(js) && json_is_integer(je) && e <= s && s >= 0) {
                r.empty++; /* PolNeAR has a few contents with an empty text and end before start */
                continue;
            }
            if (!json_is_integer(js) || !json_is_integer(je) || s < 0 || (size_t)e > rec.ncp) {
                reader_problem(&rd, "%s: attribution %zu has no valid content span", rec.id, g + 1);
                r.c.bad_spans++;
                continue;
            }
            r.gold_all++;
            if (!gold_is_direct(&rec, (size_t)s, (size_t)e))
                continue;
            q_span x = {(size_t)s, (size_t)e, 0, 0, NULL, false, false};
            json_t *ss = json_object_get(src, "start"), *se = json_object_get(src, "end");
            if (json_is_object(src) && json_is_integer(ss) && json_is_integer(se) && json_integer_value(ss) >= 0 &&
                json_integer_value(se) > json_integer_value(ss) && (size_t)json_integer_value(se) <= rec.ncp) {
                x.ss = (size_t)json_integer_value(ss);
                x.se = (size_t)json_integer_value(se);
                x.named = each_word(rec.text + rec.off[x.ss], rec.off[x.se] - rec.off[x.ss], is_name_word, NULL);
            }
            gold[kept++] = x;
        }
        doc_facts df;
        size_t n_names = 0;
        if (fact_analyse(model, &o, &rec, &r.c, &df)) {
            size_t nq = precis_doc_quote_count(df.doc);
            if (!grow((void **)&sys, &sys_cap, nq + 1, sizeof *sys) ||
                !grow((void **)&names, &names_cap, nq + 1, sizeof *names)) {
                doc_facts_done(&df);
                goto oom;
            }
            for (size_t i = 0; i < nq; i++) {
                precis_quote q;
                if (precis_doc_quote(df.doc, i, &q, NULL) != PRECIS_OK || q.end <= q.start || q.end > rec.len)
                    continue;
                q_span x = {cp_of_byte(&rec, q.start), cp_of_byte(&rec, q.end), 0, 0, NULL, false, false};
                /* the part after an interrupting attribution, or the next paragraph, of one
                 * quotation: scored as that quotation (PolNeAR annotates it once) */
                if (ns > 0 && q.joins_previous && x.e > sys[ns - 1].e) {
                    sys[ns - 1].e = x.e;
                    continue;
                }
                if (q.has_speaker) {
                    if (q.speaker_end >= q.speaker_start && q.speaker_end <= rec.len) {
                        x.ss = cp_of_byte(&rec, q.speaker_start);
                        x.se = cp_of_byte(&rec, q.speaker_end);
                    }
                    /* the resolved entity's name, else the speaker's words (cleaned, as the
                     * facts view prints them) */
                    char *name = NULL;
                    size_t name_len;
                    if (q.speaker_name) {
                        name = malloc(q.speaker_name_len + 1);
                        if (name) {
                            memcpy(name, q.speaker_name, q.speaker_name_len);
                            name[q.speaker_name_len] = '\0';
                        }
                    } else {
                        name = precis_doc_text(df.doc, (precis_span){q.speaker_start, q.speaker_end}, &name_len);
                    }
                    if (!name) {
                        while (n_names > 0)
                            free(names[--n_names]);
                        doc_facts_done(&df);
                        goto oom;
                    }
                    names[n_names++] = name;
                    x.name = name;
                }
                sys[ns++] = x;
            }
        }
        quotes_score_doc(gold, kept, sys, ns, &r, &rec, a->errors);
        doc_facts_done(&df);
        for (size_t i = 0; i < n_names; i++) /* after scoring: the speaker names */
            free(names[i]);
        fact_record_done(&rec);
    }
    if (oom)
        goto oom_said;
    if (!fact_any(&r.c, &rd, &code))
        goto cleanup;
    fact_report rep = {quotes_md, quotes_svg, &r, quotes_json(&r)};
    code = fact_done(a, &r.c, "quotes", &rep, code);
    goto cleanup;
oom:
    fact_record_done(&rec);
    cli_error(path, "out of memory");
oom_said:
    code = EXIT_IO;
cleanup:
    free(gold);
    free(sys);
    free(names);
    free(data);
    return code;
}

/* ---- the extract task ---------------------------------------------------------------------------- */

typedef struct extract_result {
    fact_counts c;
    size_t tp, fn, fp, tn, bytes;
    double cpu; /* seconds of CPU in extract_html */
} extract_result;

static double ex_ratio(size_t a, size_t b) {
    return b ? (double)a / (double)b : 0.0;
}
static double ex_p(const extract_result *r) {
    return ex_ratio(r->tp, r->tp + r->fp);
}
static double ex_r(const extract_result *r) {
    return ex_ratio(r->tp, r->tp + r->fn);
}
static double ex_f1(const extract_result *r) {
    double p = ex_p(r), q = ex_r(r);
    return p + q > 0 ? 2 * p * q / (p + q) : 0.0;
}
static double ex_acc(const extract_result *r) {
    return ex_ratio(r->tp + r->tn, r->tp + r->tn + r->fp + r->fn);
}
static double ex_mbps(const extract_result *r) {
    return r->cpu > 0 ? (double)r->bytes / 1e6 / r->cpu : 0.0;
}

/* Bytes of a Unicode space at s (ASCII white space, U+00A0, U+2000-U+200A, U+202F, U+205F,
 * U+3000: what Python's str.split() splits on, so benchmarks/extract_score.py agrees), or 0. */
static size_t uspace(const unsigned char *s, size_t n) {
    if (isspace(s[0]))
        return 1;
    if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
        return 2;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] <= 0x8A || s[2] == 0xAF))
        return 3;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
        return 3;
    if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
        return 3;
    return 0;
}

/* White space runs as one space, no space at the ends: snippets and text compare so. */
static char *squash_ws(const char *s, size_t n) {
    char *out = malloc(n + 1);
    if (!out)
        return NULL;
    size_t m = 0;
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        size_t k = uspace((const unsigned char *)s + i, n - i);
        if (k) {
            space = m > 0;
            i += k - 1;
            continue;
        }
        if (space)
            out[m++] = ' ';
        space = false;
        out[m++] = s[i];
    }
    out[m] = '\0';
    return out;
}

/* Counts the snippets of one list found (found = true) or missed in text. */
static void ex_count(json_t *list, const char *text, size_t *found, size_t *missed) {
    size_t i;
    json_t *v;
    json_array_foreach(list, i, v) {
        if (!json_is_string(v))
            continue;
        char *q = squash_ws(json_string_value(v), json_string_length(v));
        if (!q)
            continue;
        if (*q && strstr(text, q))
            (*found)++;
        else
            (*missed)++;
        free(q);
    }
}

static void extract_md(FILE *f, const void *c) {
    const extract_result *r = c;
    fprintf(f, "| set | pages | snippets (with/without) | precision | recall | F1 | accuracy | MB/s (one core) |\n");
    fprintf(f, "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    fprintf(f, "| %s | %zu | %zu/%zu | %.3f | %.3f | %.3f | %.3f | %.1f |\n", r->c.name, r->c.docs, r->tp + r->fn,
            r->fp + r->tn, ex_p(r), ex_r(r), ex_f1(r), ex_acc(r), ex_mbps(r));
}

static void extract_svg(FILE *f, const void *c) {
    const extract_result *r = c;
    static const char *const series[] = {"snippets"};
    static const char *const groups[] = {"precision", "recall", "F1", "accuracy"};
    double v[4] = {100 * ex_p(r), 100 * ex_r(r), 100 * ex_f1(r), 100 * ex_acc(r)};
    char title[256], footer[256];
    snprintf(title, sizeof title, "%s: main text of web pages (x100)", r->c.name);
    snprintf(footer, sizeof footer, "%zu pages; %.1f MB of HTML per second on one core", r->c.docs, ex_mbps(r));
    bar_chart chart = {title, groups, 4, series, 1, v, footer};
    write_bars(f, &chart);
}

/* Reads the whole set, gunzipping it (or any compression libarchive knows) when it is. */
static bool read_maybe_compressed(const char *path, char **data, size_t *len) {
    char why[300];
    const cli_archive_api *la = cli_archive(why, sizeof why);
    if (!la) {
        cli_error(path, "cannot read it: %s", why);
        return false;
    }
    struct archive *a = la->read_new();
    if (!a) {
        cli_error(path, "out of memory");
        return false;
    }
    la->read_support_filter_all(a);
    la->read_support_format_raw(a);
    struct archive_entry *e;
    bool ok = la->read_open_filename(a, path, 1 << 16) == ARCHIVE_OK && la->read_next_header(a, &e) == ARCHIVE_OK;
    size_t cap = 1 << 20, n = 0;
    char *buf = ok ? malloc(cap) : NULL;
    while (ok && buf) {
        if (n + (1 << 16) > cap) {
            char *q = realloc(buf, cap * 2);
            if (!q) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = q;
            cap *= 2;
        }
        la_ssize_t got = la->read_data(a, buf + n, cap - n);
        if (got < 0)
            ok = false;
        if (got <= 0)
            break;
        n += (size_t)got;
    }
    if (!ok || !buf) {
        cli_error(path, "%s", buf ? la->error_string(a) ? la->error_string(a) : "unreadable" : "out of memory");
        free(buf);
        la->read_free(a);
        return false;
    }
    la->read_free(a);
    *data = buf;
    *len = n;
    return true;
}

static int task_extract(const precis_model *model, const bench_args *a, const char *path) {
    (void)model; /* extraction comes before the library */
    extract_result r;
    memset(&r, 0, sizeof r);
    r.c.path = path;
    set_name_of(path, r.c.name, sizeof r.c.name);
    char *data = NULL;
    size_t len = 0;
    if (!read_maybe_compressed(path, &data, &len))
        return EXIT_IO;
    jsonl_reader rd = {.path = path, .data = data, .len = len, .json_flags = JSON_ALLOW_NUL};
    int code = EXIT_OK;
    json_t *obj;
    while ((obj = reader_next(&rd))) {
        json_t *html = json_object_get(obj, "html");
        json_t *with = json_object_get(obj, "with"), *without = json_object_get(obj, "without");
        if (!json_is_string(html) || !json_is_array(with) || !json_is_array(without)) {
            reader_problem(&rd, "expected {\"id\", \"html\", \"with\": [...], \"without\": [...]}");
            json_decref(obj);
            continue;
        }
        r.c.docs++;
        size_t n = json_string_length(html);
        extract_page page;
        const char *why = NULL;
        struct timespec t0, t1;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
        extract_status st = extract_html(json_string_value(html), n, NULL, NULL, &page, &why);
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
        r.cpu += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        r.bytes += n;
        char *text = st == EXTRACT_OK ? squash_ws(page.text, page.len) : NULL;
        if (st != EXTRACT_OK || !text) {
            char where[1024];
            snprintf(where, sizeof where, "%s: %s", path, str_or(obj, "id", "?"));
            cli_error(where, "%s", why ? why : "out of memory");
            r.c.failed++;
        }
        /* a page that failed has no text: its "with" snippets are missed, its "without" absent */
        ex_count(with, text ? text : "", &r.tp, &r.fn);
        ex_count(without, text ? text : "", &r.fp, &r.tn);
        free(text);
        extract_page_free(&page);
        json_decref(obj);
    }
    r.c.seconds = r.cpu;
    if (!fact_any(&r.c, &rd, &code))
        goto cleanup;
    json_t *json = json_pack("{s:s,s:s,s:s,s:I,s:I,s:I,s:I,s:I,s:I,s:I,s:f,s:f,s:f,s:f,s:I,s:f,s:f,s:s}", "task",
                             "extract", "set", r.c.name, "path", r.c.path, "documents", (json_int_t)r.c.docs,
                             "failed", (json_int_t)r.c.failed, "left_out", (json_int_t)r.c.left_out, "tp",
                             (json_int_t)r.tp, "fn", (json_int_t)r.fn, "fp", (json_int_t)r.fp, "tn", (json_int_t)r.tn,
                             "precision", ex_p(&r), "recall", ex_r(&r), "f1", ex_f1(&r), "accuracy", ex_acc(&r),
                             "html_bytes", (json_int_t)r.bytes, "cpu_seconds", r.cpu, "mb_per_s", ex_mbps(&r),
                             "scoring",
                             "snippets compared with white space runs as one space; a 'with' snippet in the text "
                             "is a true positive, a 'without' snippet in it a false positive");
    fact_report rep = {extract_md, extract_svg, &r, json};
    code = fact_done(a, &r.c, "extract", &rep, code);
cleanup:
    free(data);
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
    {"ner", task_ner, "entities: P/R/F1 per type, CoNLL-2003 exact span and type"},
    {"timex", task_timex, "time expressions: TempEval-3 strict/relaxed extent, type, value"},
    {"fivew", task_fivew, "who/what/where/when: precision@1, coverage, hit@3 against Giveme5W1H phrases"},
    {"quotes", task_quotes, "direct quotes: detection P/R/F1, speaker accuracy, attributed F1"},
    {"extract", task_extract, "main text of web pages: snippet P/R/F1/accuracy, MB of HTML/s"},
};
#define N_TASKS (sizeof TASKS / sizeof TASKS[0])

static void bench_usage(FILE *out) {
    fputs("Usage: precis bench [OPTIONS] SET.jsonl [SET.jsonl ...]\n"
          "\n"
          "Run precis over evaluation sets, score it against their annotations and time it.\n"
          "Prints a Markdown table per set; with --out DIR also writes DIR/<set>.<task>.{md,svg,json}\n"
          "(table, bar chart, figures).\n"
          "\n"
          "Options:\n"
          "  -t, --task T          what to measure (default summary):\n",
          out);
    for (size_t i = 0; i < N_TASKS; i++)
        fprintf(out, "                          %-8s %s\n", TASKS[i].name, TASKS[i].what);
    fputs("  -m, --methods LIST    summary: comma-separated methods (default lead,tfidf,textrank,lexrank,default)\n"
          "  -n, --sentences N     summary: summaries of N sentences (default 3)\n"
          "  -r, --ratio R         summary: summaries of a fraction R of the article's words (bbc_dev: 0.4)\n"
          "      --resamples N     summary: bootstrap resamples for the intervals (default 1000)\n"
          "      --errors          ner, timex, quotes: list misses (FN), false alarms (FP) and wrong type\n"
          "                        or value (VAL), wrong (SPK) or withheld (HELD) speakers on standard\n"
          "                        error, tab-separated; fivew: slots with no answer (NONE) and wrong\n"
          "                        first answers (WRONG)\n"
          "  -o, --out DIR         write the report files into DIR (created if missing)\n"
          "      --model FILE      load the model from FILE instead of the built-in one\n"
          "  -q, --quiet           no progress lines on standard error\n"
          "  -h, --help            show this help and exit\n"
          "\n"
          "Sets (JSONL, one object a line; ../shared/data/README.md):\n"
          "  summary  {\"id\", \"title\"?, \"text\", \"summaries\": [\"reference\", ...]}. Scores are\n"
          "           ROUGE-1.5.5's (-c 95 -m -n 2 -a): see precis eval --help. References given as one\n"
          "           string are split into sentences first (also where a full stop runs into the next\n"
          "           sentence, as in \"$10.9bn.For\"). docs/s times analysis and summarising.\n"
          "  ner      {\"id\", \"text\", \"entities\": [{\"type\", \"start_char\", \"end_char\"}, ...]}\n"
          "           (CoNLL-2003). Each text goes through the facts view (its \"entities\" list); a\n"
          "           mention is correct when span and type are exact. P/R/F1 per type (PER, LOC, ORG,\n"
          "           MISC), micro-averaged over PER+LOC+ORG and over all four. Demonyms (\"Russian\")\n"
          "           count as MISC, as CoNLL tags nationalities.\n"
          "  timex    {\"id\", \"dct\", \"text\", \"timexes\": [{\"start\", \"end\", \"type\", \"value\"}]}\n"
          "           (TempEval-3). The dct's day is the document date; the facts view's \"timexes\"\n"
          "           are scored as TempEval-3 does: strict (same span) and relaxed (overlap) extent\n"
          "           P/R/F1, type and value accuracy over relaxed pairs, value P/R/F1, and relaxed\n"
          "           P/R/F1 per type.\n"
          "  fivew    {\"id\", \"date\", \"text\", \"w\": {\"who\": [{\"text\", \"parsed\"?}], \"what\",\n"
          "           \"where\", \"when\"}} (Giveme5W1H). The date is the document date; the first\n"
          "           answers of the facts view's who, what, where and when are matched with the\n"
          "           coders' phrases (a shared content word, and half of the answer's content words\n"
          "           in the phrase; a when also by its date): precision@1, coverage, hit@3 per slot.\n"
          "  quotes   {\"id\", \"text\", \"attributions\": [{\"source\", \"cue\", \"content\"}]} (PolNeAR;\n"
          "           each part {\"start\", \"end\", \"text\"} or null). Gold direct quotes are contents\n"
          "           with a quotation mark inside or beside them; a system quote matches one when the\n"
          "           spans overlap by half the shorter. Detection P/R/F1; speaker accuracy over matched\n"
          "           quotes whose gold source names someone (the speaker overlaps the source, or shares\n"
          "           a capitalised word with it; a withheld speaker is wrong); attributed P/R/F1 counts\n"
          "           a match only with the right speaker.\n"
          "  extract  {\"id\", \"html\", \"with\": [\"snippet\", ...], \"without\": [...]} (trafilatura's\n"
          "           evaluation; plain or gzipped). Each page goes through 'precis extract'; a\n"
          "           \"with\" snippet in the text (white space runs as one space) is a true positive,\n"
          "           a \"without\" one a false positive: precision, recall, F1, accuracy, and MB of\n"
          "           HTML per second of CPU time in the extractor.\n"
          "  Gold offsets are code points; they are converted to bytes before matching. docs/s of\n"
          "  ner, timex and quotes times precis_doc_new and the facts rendering.\n"
          "\n"
          "Exit status: 0 ok, 1 some documents left out, 2 usage error, 3 model error, 4 I/O error.\n",
          out);
}

int cmd_bench(int argc, char **argv) {
    enum { OPT_MODEL = 1000, OPT_RESAMPLES, OPT_ERRORS };
    static const struct option longopts[] = {
        {"task", required_argument, NULL, 't'},      {"methods", required_argument, NULL, 'm'},
        {"sentences", required_argument, NULL, 'n'}, {"ratio", required_argument, NULL, 'r'},
        {"out", required_argument, NULL, 'o'},       {"resamples", required_argument, NULL, OPT_RESAMPLES},
        {"model", required_argument, NULL, OPT_MODEL}, {"quiet", no_argument, NULL, 'q'},
        {"errors", no_argument, NULL, OPT_ERRORS},
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
                return cli_usage_error("bench", "unknown task '%s' (expected summary, ner, timex, fivew, quotes or extract)", optarg);
            break;
        case 'm': a.methods = optarg; break;
        case 'n': a.sentences = optarg; a.ratio = NULL; break;
        case 'r': a.ratio = optarg; a.sentences = NULL; break;
        case 'o': a.out_dir = optarg; break;
        case 'q': a.quiet = true; break;
        case OPT_ERRORS: a.errors = true; break;
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
