/* cmd_eval.c — `precis eval`: ROUGE scores of system summaries against references, as the Perl
 * ROUGE-1.5.5 computes them (see include/precis/eval.h), with ROUGE's bootstrap "Average" and
 * 95% interval next to the plain mean.
 *
 * Inputs are JSONL. References: {"id", "summaries": ["text", ...]} (each string is one
 * reference, split into sentences by precis_rouge_split) or {"id", "references": [[sentence,
 * ...], ...]} (already split, as in rouge-check). System output: {"id", "summary": [sentence,
 * ...]}, {"id", "summary": "text"} or {"id", "summary": {"sentences": [{"text": sentence}, ...]}}
 * (the lines of `precis batch`, the JSON of `precis summary`). With one file, each line holds both "summary" and the
 * references. Documents are matched by id; ROUGE's evaluation ids are the reference file's
 * order. A bad line or an unmatched id is reported with file and line and its document left
 * out (exit 1); nothing is scored as zero in its place. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "sents.h"
#include <precis/eval.h>

typedef struct edoc {
    const char *id;     /* inside ref_json */
    size_t ref_line, sys_line;
    json_t *ref_json, *sys_json;
    sents *refs;
    size_t n_refs;
    sents sys;
    bool has_sys, bad;
} edoc;

typedef struct eval_state {
    precis_model *model;
    edoc *docs;
    size_t n_docs, cap_docs;
    json_t *by_id; /* id -> index into docs */
    size_t problems;
} eval_state;

static void problem(eval_state *st, const char *path, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void problem(eval_state *st, const char *path, size_t line, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char where[1024];
    snprintf(where, sizeof where, "%s:%zu", path, line);
    cli_error(where, "%s", msg);
    st->problems++;
}

static bool blank(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
            return false;
    return true;
}

/* Reads a JSON string (split into sentences) or an array of strings (sentences) into out.
 * Returns NULL or a static description of what was wrong. */
static const char *read_text(const precis_model *model, json_t *v, sents *out) {
    if (json_is_string(v)) {
        const char *s = json_string_value(v);
        size_t len = json_string_length(v);
        precis_span *spans = NULL;
        size_t n = 0;
        if (precis_rouge_split(model, s, len, &spans, &n, NULL) != PRECIS_OK)
            return "out of memory splitting sentences";
        bool ok = true;
        for (size_t i = 0; i < n && ok; i++)
            ok = sents_add(out, s + spans[i].start, spans[i].end - spans[i].start);
        precis_free(spans);
        if (!ok)
            return "out of memory";
        return out->n && !blank(s, len) ? NULL : "is empty";
    }
    if (!json_is_array(v))
        return "is neither a string nor an array of strings";
    size_t i;
    json_t *e;
    bool any = false;
    json_array_foreach(v, i, e) {
        if (!json_is_string(e))
            return "holds a sentence that is not a string";
        const char *s = json_string_value(e);
        size_t len = json_string_length(e);
        any = any || !blank(s, len);
        if (!sents_add(out, s, len))
            return "out of memory";
    }
    return any ? NULL : "is empty";
}

/* The id of a line as a string (numbers are accepted and printed), or NULL. */
static const char *line_id(json_t *obj, char *tmp, size_t tmp_len) {
    json_t *id = json_object_get(obj, "id");
    if (json_is_string(id))
        return json_string_value(id);
    if (json_is_integer(id)) {
        snprintf(tmp, tmp_len, "%lld", (long long)json_integer_value(id));
        return tmp;
    }
    return NULL;
}

/* Calls fn for each non-blank line of a JSONL file parsed into an object; reports bad lines. */
typedef void (*line_fn)(eval_state *st, const char *path, size_t line, json_t *obj, void *user);

static bool each_line(eval_state *st, const char *path, line_fn fn, void *user) {
    char *data = NULL;
    size_t len = 0;
    if (!cli_read_input(path, &data, &len))
        return false;
    size_t line = 0;
    for (size_t p = 0; p < len;) {
        const char *s = data + p;
        const char *nl = memchr(s, '\n', len - p);
        size_t n = nl ? (size_t)(nl - s) : len - p;
        p += n + 1;
        line++;
        if (blank(s, n))
            continue;
        json_error_t je;
        json_t *obj = json_loadb(s, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
        if (!obj) {
            problem(st, path, line, "malformed JSON or invalid UTF-8 at column %d: %s", je.column, je.text);
            continue;
        }
        if (!json_is_object(obj))
            problem(st, path, line, "expected a JSON object");
        else
            fn(st, path, line, obj, user);
        json_decref(obj);
    }
    free(data);
    return true;
}

static edoc *new_doc(eval_state *st) {
    if (st->n_docs == st->cap_docs) {
        size_t cap = st->cap_docs ? st->cap_docs * 2 : 64;
        edoc *d = realloc(st->docs, cap * sizeof *d);
        if (!d)
            return NULL;
        st->docs = d;
        st->cap_docs = cap;
    }
    edoc *d = &st->docs[st->n_docs++];
    memset(d, 0, sizeof *d);
    return d;
}

/* Reads the system summary of obj into d; false after reporting a problem. */
static bool read_system(eval_state *st, const char *path, size_t line, json_t *obj, edoc *d) {
    json_t *v = json_object_get(obj, "summary");
    if (!v) {
        problem(st, path, line, "document '%s' has no \"summary\"", d->id);
        return false;
    }
    /* The summary view's JSON ({"sentences": [{"text": ...}, ...], ...}), as `precis batch`
     * and `precis summary -f json` write it: its sentences' texts, in order. */
    json_t *texts = NULL;
    const char *why = NULL;
    if (json_is_object(v)) {
        json_t *ss = json_object_get(v, "sentences");
        texts = json_array();
        if (!json_is_array(ss))
            why = "is an object without a \"sentences\" array";
        size_t i;
        json_t *e;
        json_array_foreach(ss, i, e) {
            json_t *t = json_is_object(e) ? json_object_get(e, "text") : e;
            if (!json_is_string(t)) {
                why = "holds a sentence that is neither a string nor an object with a string \"text\"";
                break;
            }
            if (!texts || json_array_append(texts, t) != 0) {
                why = "out of memory";
                break;
            }
        }
        if (!why && json_array_size(texts) == 0)
            why = "is empty";
        v = texts;
    }
    if (!why)
        why = read_text(st->model, v, &d->sys);
    json_decref(texts);
    if (why) {
        problem(st, path, line, "the \"summary\" of document '%s' %s", d->id, why);
        return false;
    }
    d->has_sys = true;
    d->sys_line = line;
    d->sys_json = json_incref(obj);
    return true;
}

static void on_reference(eval_state *st, const char *path, size_t line, json_t *obj, void *user) {
    bool with_system = user != NULL;
    char tmp[32];
    const char *id = line_id(obj, tmp, sizeof tmp);
    if (!id) {
        problem(st, path, line, "no \"id\" (a string)");
        return;
    }
    json_t *seen = json_object_get(st->by_id, id);
    if (seen) {
        problem(st, path, line, "id '%s' again (first on line %zu)", id,
                st->docs[json_integer_value(seen)].ref_line);
        return;
    }
    json_t *refs = json_object_get(obj, "references");
    const char *field = "references";
    if (!refs) {
        refs = json_object_get(obj, "summaries");
        field = "summaries";
    }
    if (!json_is_array(refs) || json_array_size(refs) == 0) {
        problem(st, path, line, "document '%s' needs \"summaries\" or \"references\": a non-empty array", id);
        return;
    }
    edoc *d = new_doc(st);
    if (!d) {
        problem(st, path, line, "out of memory");
        return;
    }
    d->ref_json = json_incref(obj);
    d->ref_line = line;
    d->id = json_is_string(json_object_get(obj, "id")) ? json_string_value(json_object_get(obj, "id"))
                                                       : strdup(id);
    json_object_set_new(st->by_id, d->id, json_integer((json_int_t)(st->n_docs - 1)));
    d->n_refs = json_array_size(refs);
    d->refs = calloc(d->n_refs, sizeof *d->refs);
    if (!d->refs) {
        d->n_refs = 0;
        d->bad = true;
        problem(st, path, line, "out of memory");
        return;
    }
    for (size_t k = 0; k < d->n_refs; k++) {
        const char *why = read_text(st->model, json_array_get(refs, k), &d->refs[k]);
        if (why) {
            problem(st, path, line, "reference %zu of document '%s' (\"%s\") %s", k + 1, id, field, why);
            d->bad = true;
            return;
        }
    }
    if (with_system && !read_system(st, path, line, obj, d))
        d->bad = true;
}

static void on_system(eval_state *st, const char *path, size_t line, json_t *obj, void *user) {
    (void)user;
    char tmp[32];
    const char *id = line_id(obj, tmp, sizeof tmp);
    if (!id) {
        problem(st, path, line, "no \"id\" (a string)");
        return;
    }
    json_t *idx = json_object_get(st->by_id, id);
    if (!idx) {
        problem(st, path, line, "id '%s' is not in the references", id);
        return;
    }
    edoc *d = &st->docs[json_integer_value(idx)];
    if (d->sys_line) {
        problem(st, path, line, "id '%s' again (first on line %zu)", id, d->sys_line);
        return;
    }
    d->sys_line = line; /* also when unreadable: then it is not reported as missing as well */
    if (!read_system(st, path, line, obj, d))
        d->bad = true;
}

static void eval_usage(FILE *out) {
    fputs("Usage: precis eval [OPTIONS] REFERENCES.jsonl [SYSTEM.jsonl]\n"
          "\n"
          "Score system summaries against references with ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-SU4\n"
          "as the Perl ROUGE-1.5.5 computes them (-c 95 -m -n 2 -2 4 -u -a by default): per metric\n"
          "recall, precision and F1, ROUGE-1.5.5's bootstrap average with its confidence interval,\n"
          "and the plain mean over documents.\n"
          "\n"
          "REFERENCES: one JSON object a line, {\"id\", \"summaries\": [\"text\", ...]} (each string a\n"
          "  reference, split into sentences) or {\"id\", \"references\": [[\"sentence\", ...], ...]}.\n"
          "SYSTEM: {\"id\", \"summary\": [\"sentence\", ...]}, {\"id\", \"summary\": \"text\"}, or the\n"
          "  summary view's JSON {\"id\", \"summary\": {\"sentences\": [{\"text\": ...}, ...]}} as\n"
          "  'precis batch' writes it: precis batch --fields summary refs.jsonl > sys.jsonl;\n"
          "  precis eval refs.jsonl sys.jsonl.\n"
          "  Without SYSTEM, each REFERENCES line must also hold \"summary\".\n"
          "Several references of one document are pooled as ROUGE-1.5.5 pools them. Documents get\n"
          "ROUGE's evaluation ids 1..n in the order of REFERENCES (the bootstrap depends on it).\n"
          "\n"
          "Options:\n"
          "  -f, --format FMT       table (default) or json\n"
          "      --pretty           JSON indented, one member a line (implies -f json)\n"
          "      --per-doc          also give every document's scores\n"
          "      --no-stem          no stemming (default: WordNet irregular forms, then ROUGE's Porter)\n"
          "  -s, --remove-stopwords drop the model's English stopwords (ROUGE -s uses its SMART list)\n"
          "  -l, --words N          keep the first N words of each summary and reference (ROUGE -l)\n"
          "  -b, --bytes N          keep the first N bytes (ROUGE -b)\n"
          "  -n, --max-n N          ROUGE-1 .. ROUGE-N, N in 1..4 (default 2)\n"
          "      --skip D           ROUGE-SU skip distance (default 4; -1 = unlimited)\n"
          "  -c, --confidence C     confidence interval in percent (default 95)\n"
          "  -r, --resamples N      bootstrap resamples (default 1000)\n"
          "  -p, --alpha A          F = 1/(A/P + (1-A)/R), A in [0,1] (default 0.5)\n"
          "      --model FILE       load the model from FILE instead of the built-in one\n"
          "  -h, --help             show this help and exit\n"
          "\n"
          "A summary or reference that is empty, a malformed line, invalid UTF-8 or an id found on\n"
          "one side only is reported with its file and line and the document is left out.\n"
          "Exit status: 0 ok, 1 some documents left out (the rest scored), 2 usage error,\n"
          "3 model error, 4 input or output error.\n",
          out);
}

static bool parse_size(const char *s, size_t *out) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-')
        return false;
    *out = (size_t)v;
    return true;
}

static bool parse_double(const char *s, double *out) {
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end)
        return false;
    *out = v;
    return true;
}

/* JSON keys as in rouge-check's per-document file: rouge1, rouge2, rougeL, rougeSU4. */
static void json_name(precis_rouge_metric m, const precis_rouge_options *o, char *b, size_t n) {
    static const char *const names[PRECIS_ROUGE_METRICS] = {"rouge1", "rouge2", "rouge3", "rouge4", "rougeL", "rougeSU"};
    if (m == PRECIS_ROUGE_SU && o->skip_distance >= 0)
        snprintf(b, n, "rougeSU%d", o->skip_distance);
    else if (m == PRECIS_ROUGE_SU)
        snprintf(b, n, "rougeSU*");
    else
        snprintf(b, n, "%s", names[m]);
}

static bool metric_on(precis_rouge_metric m, const precis_rouge_options *o) {
    return m == PRECIS_ROUGE_L || m == PRECIS_ROUGE_SU || (int)m < o->max_n;
}

static void metric_label(precis_rouge_metric m, const precis_rouge_options *o, char *b, size_t n) {
    if (m == PRECIS_ROUGE_SU) {
        if (o->skip_distance < 0)
            snprintf(b, n, "ROUGE-SU*");
        else
            snprintf(b, n, "ROUGE-SU%d", o->skip_distance);
    } else {
        snprintf(b, n, "%s", precis_rouge_metric_name(m));
    }
}

static json_t *estimate_json(const precis_rouge_estimate *e) {
    return json_pack("{s:f,s:f,s:[f,f]}", "average", e->boot_mean, "mean", e->mean, "ci", e->low, e->high);
}

static void print_table(const precis_rouge_summary *avg, const precis_rouge_options *o, double conf,
                        size_t n_docs) {
    printf("%zu documents; ROUGE-1.5.5 \"Average\" (mean of bootstrap resample means) with its %g%% "
           "interval, and the plain mean; x100\n\n",
           n_docs, conf);
    printf("%-10s  %-24s  %-24s  %-24s  %8s\n", "metric", "recall", "precision", "F1", "mean F1");
    for (int m = 0; m < PRECIS_ROUGE_METRICS; m++) {
        if (!metric_on((precis_rouge_metric)m, o))
            continue;
        char label[32];
        metric_label((precis_rouge_metric)m, o, label, sizeof label);
        const precis_rouge_estimate *e[3] = {&avg[m].r, &avg[m].p, &avg[m].f};
        printf("%-10s", label);
        for (int k = 0; k < 3; k++) {
            char cell[64];
            snprintf(cell, sizeof cell, "%.3f (%.3f-%.3f)", 100 * e[k]->boot_mean, 100 * e[k]->low,
                     100 * e[k]->high);
            printf("  %-24s", cell);
        }
        printf("  %8.3f\n", 100 * avg[m].f.mean);
    }
}

static void print_per_doc_table(const edoc *docs, const size_t *order, const precis_rouge_scores *sc,
                                size_t n, const precis_rouge_options *o) {
    printf("\n%-40s", "id (F1 x100)");
    for (int m = 0; m < PRECIS_ROUGE_METRICS; m++)
        if (metric_on((precis_rouge_metric)m, o)) {
            char label[32];
            metric_label((precis_rouge_metric)m, o, label, sizeof label);
            printf("  %9s", label);
        }
    printf("\n");
    for (size_t i = 0; i < n; i++) {
        printf("%-40s", docs[order[i]].id);
        for (int m = 0; m < PRECIS_ROUGE_METRICS; m++)
            if (metric_on((precis_rouge_metric)m, o))
                printf("  %9.3f", 100 * sc[i].m[m].f);
        printf("\n");
    }
}

int cmd_eval(int argc, char **argv) {
    enum { OPT_PERDOC = 1000, OPT_NOSTEM, OPT_SKIP, OPT_MODEL, OPT_PRETTY };
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},     {"per-doc", no_argument, NULL, OPT_PERDOC},
        {"no-stem", no_argument, NULL, OPT_NOSTEM},   {"remove-stopwords", no_argument, NULL, 's'},
        {"words", required_argument, NULL, 'l'},      {"bytes", required_argument, NULL, 'b'},
        {"max-n", required_argument, NULL, 'n'},      {"skip", required_argument, NULL, OPT_SKIP},
        {"confidence", required_argument, NULL, 'c'}, {"resamples", required_argument, NULL, 'r'},
        {"alpha", required_argument, NULL, 'p'},      {"model", required_argument, NULL, OPT_MODEL},
        {"pretty", no_argument, NULL, OPT_PRETTY},    {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    precis_rouge_options ro;
    precis_rouge_options_init(&ro);
    bool json = false, per_doc = false, pretty = false;
    double conf = 95;
    size_t resamples = 1000, v = 0;
    const char *model_path = NULL;
    optind = 1;
    opterr = 0;
    int ch;
    while ((ch = getopt_long(argc, argv, ":f:sl:b:n:c:r:p:h", longopts, NULL)) != -1) {
        switch (ch) {
        case 'f':
            if (strcmp(optarg, "json") == 0)
                json = true;
            else if (strcmp(optarg, "table") == 0 || strcmp(optarg, "text") == 0)
                json = false;
            else
                return cli_usage_error("eval", "unknown format '%s' (expected table or json)", optarg);
            break;
        case OPT_PERDOC: per_doc = true; break;
        case OPT_PRETTY: pretty = true; break;
        case OPT_NOSTEM: ro.stem = false; break;
        case 's': ro.remove_stopwords = true; break;
        case 'l':
            if (!parse_size(optarg, &ro.max_words) || ro.max_words == 0)
                return cli_usage_error("eval", "--words needs a whole number > 0, not '%s'", optarg);
            break;
        case 'b':
            if (!parse_size(optarg, &ro.max_bytes) || ro.max_bytes == 0)
                return cli_usage_error("eval", "--bytes needs a whole number > 0, not '%s'", optarg);
            break;
        case 'n':
            if (!parse_size(optarg, &v) || v < 1 || v > 4)
                return cli_usage_error("eval", "--max-n needs 1, 2, 3 or 4, not '%s'", optarg);
            ro.max_n = (int)v;
            break;
        case OPT_SKIP: {
            double d;
            if (!parse_double(optarg, &d) || d != (int)d || d < -1 || d > 1000)
                return cli_usage_error("eval", "--skip needs a whole number in -1..1000, not '%s'", optarg);
            ro.skip_distance = (int)d;
            break;
        }
        case 'c':
            if (!parse_double(optarg, &conf) || !(conf > 0 && conf <= 100))
                return cli_usage_error("eval", "--confidence needs a number in (0,100], not '%s'", optarg);
            break;
        case 'r':
            if (!parse_size(optarg, &resamples) || resamples < 1 || resamples > 1000000)
                return cli_usage_error("eval", "--resamples needs a whole number in 1..1000000, not '%s'", optarg);
            break;
        case 'p':
            if (!parse_double(optarg, &ro.alpha) || !(ro.alpha >= 0 && ro.alpha <= 1))
                return cli_usage_error("eval", "--alpha needs a number in [0,1], not '%s'", optarg);
            break;
        case OPT_MODEL: model_path = optarg; break;
        case 'h':
            eval_usage(stdout);
            return cli_finish(EXIT_OK);
        case ':': return cli_usage_error("eval", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("eval", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (ro.max_words && ro.max_bytes)
        return cli_usage_error("eval", "give --words or --bytes, not both (as ROUGE-1.5.5)");
    if (pretty)
        json = true;
    int n_files = argc - optind;
    if (n_files < 1 || n_files > 2)
        return cli_usage_error("eval", "expected REFERENCES [SYSTEM], got %d file(s)", n_files);
    const char *ref_path = argv[optind];
    const char *sys_path = n_files == 2 ? argv[optind + 1] : NULL;
    if (sys_path && strcmp(ref_path, "-") == 0 && strcmp(sys_path, "-") == 0)
        return cli_usage_error("eval", "only one of the files can be standard input");
    if ((strcmp(ref_path, "-") == 0 || (sys_path && strcmp(sys_path, "-") == 0)) && isatty(STDIN_FILENO))
        return cli_usage_error("eval", "standard input is a terminal: give a file, or pipe JSONL in");

    eval_state st = {0};
    int code = EXIT_OK;
    precis_rouge *rouge = NULL;
    precis_rouge_scores *scores = NULL;
    size_t *order = NULL;
    precis_error err = {0};
    st.by_id = json_object();
    st.model = cli_load_model(model_path);
    if (!st.model) {
        code = EXIT_MODEL;
        goto cleanup;
    }
    if (precis_rouge_new(st.model, &ro, &rouge, &err) != PRECIS_OK) {
        cli_error("eval", "%s", err.message);
        code = EXIT_MODEL;
        goto cleanup;
    }
    if (!each_line(&st, ref_path, on_reference, sys_path ? NULL : (void *)1) ||
        (sys_path && !each_line(&st, sys_path, on_system, NULL))) {
        code = EXIT_IO;
        goto cleanup;
    }
    for (size_t i = 0; i < st.n_docs; i++) {
        edoc *d = &st.docs[i];
        if (!d->bad && !d->has_sys && !d->sys_line) {
            problem(&st, ref_path, d->ref_line, "document '%s' has no system summary%s%s", d->id,
                    sys_path ? " in " : "", sys_path ? sys_path : "");
            d->bad = true;
        }
    }
    scores = calloc(st.n_docs + 1, sizeof *scores);
    order = calloc(st.n_docs + 1, sizeof *order);
    if (!scores || !order) {
        cli_error("eval", "out of memory");
        code = EXIT_IO;
        goto cleanup;
    }
    size_t n = 0;
    for (size_t i = 0; i < st.n_docs; i++) {
        edoc *d = &st.docs[i];
        if (d->bad || !d->has_sys)
            continue;
        precis_rouge_text sys = {d->sys.s, d->sys.len, d->sys.n};
        precis_rouge_text *refs = calloc(d->n_refs, sizeof *refs);
        if (!refs) {
            cli_error("eval", "out of memory");
            code = EXIT_IO;
            goto cleanup;
        }
        for (size_t k = 0; k < d->n_refs; k++)
            refs[k] = (precis_rouge_text){d->refs[k].s, d->refs[k].len, d->refs[k].n};
        precis_status s = precis_rouge_score(rouge, &sys, refs, d->n_refs, &scores[n], &err);
        free(refs);
        if (s != PRECIS_OK) {
            problem(&st, ref_path, d->ref_line, "document '%s': %s", d->id, err.message);
            continue;
        }
        order[n++] = i;
    }
    if (st.problems)
        code = EXIT_SOME_FAILED;
    if (n == 0) {
        cli_error("eval", "no document could be scored");
        code = EXIT_SOME_FAILED;
        goto cleanup;
    }
    precis_rouge_summary avg[PRECIS_ROUGE_METRICS];
    if (precis_rouge_average(scores, n, resamples, conf, avg, &err) != PRECIS_OK) {
        cli_error("eval", "%s", err.message);
        code = EXIT_IO;
        goto cleanup;
    }
    if (!json) {
        print_table(avg, &ro, conf, n);
        if (st.problems)
            printf("\n%zu problem(s) in the input: %zu of %zu documents scored (see messages above)\n",
                   st.problems, n, st.n_docs);
        if (per_doc)
            print_per_doc_table(st.docs, order, scores, n, &ro);
    } else {
        json_t *root = json_object();
        json_t *metrics = json_object();
        json_t *opts = json_pack("{s:b,s:b,s:I,s:I,s:i,s:i,s:f,s:f,s:I}", "stem", ro.stem, "remove_stopwords",
                                 ro.remove_stopwords, "max_words", (json_int_t)ro.max_words, "max_bytes",
                                 (json_int_t)ro.max_bytes, "max_n", ro.max_n, "skip_distance",
                                 ro.skip_distance, "alpha", ro.alpha, "confidence", conf, "resamples",
                                 (json_int_t)resamples);
        char key[32];
        for (int m = 0; m < PRECIS_ROUGE_METRICS; m++) {
            if (!metric_on((precis_rouge_metric)m, &ro))
                continue;
            json_name((precis_rouge_metric)m, &ro, key, sizeof key);
            json_object_set_new(metrics, key,
                                json_pack("{s:o,s:o,s:o}", "p", estimate_json(&avg[m].p), "r",
                                          estimate_json(&avg[m].r), "f", estimate_json(&avg[m].f)));
        }
        json_object_set_new(root, "documents", json_integer((json_int_t)n));
        json_object_set_new(root, "left_out", json_integer((json_int_t)(st.n_docs - n)));
        json_object_set_new(root, "problems", json_integer((json_int_t)st.problems));
        json_object_set_new(root, "options", opts);
        json_object_set_new(root, "metrics", metrics);
        if (per_doc) {
            json_t *arr = json_array();
            for (size_t i = 0; i < n; i++) {
                json_t *o = json_object();
                json_object_set_new(o, "id", json_string(st.docs[order[i]].id));
                json_object_set_new(o, "words", json_integer((json_int_t)ro.max_words));
                for (int m = 0; m < PRECIS_ROUGE_METRICS; m++) {
                    if (!metric_on((precis_rouge_metric)m, &ro))
                        continue;
                    json_name((precis_rouge_metric)m, &ro, key, sizeof key);
                    json_object_set_new(o, key,
                                        json_pack("{s:f,s:f,s:f}", "p", scores[i].m[m].p, "r",
                                                  scores[i].m[m].r, "f", scores[i].m[m].f));
                }
                json_array_append_new(arr, o);
            }
            json_object_set_new(root, "per_doc", arr);
        }
        json_object_set_new(root, "schema", json_string("precis/eval/1")); /* docs/schema/eval.schema.json */
        char *text = json_dumps(root, JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10) |
                                          (pretty ? JSON_INDENT(2) : JSON_COMPACT));
        json_decref(root);
        if (!text || !cli_write(text, strlen(text)) || !cli_write("\n", 1))
            code = EXIT_IO;
        free(text);
    }
cleanup:
    for (size_t i = 0; i < st.n_docs; i++) {
        edoc *d = &st.docs[i];
        for (size_t k = 0; k < d->n_refs; k++)
            sents_free(&d->refs[k]);
        free(d->refs);
        sents_free(&d->sys);
        if (d->ref_json && !json_is_string(json_object_get(d->ref_json, "id")))
            free((char *)d->id);
        json_decref(d->ref_json);
        json_decref(d->sys_json);
    }
    free(st.docs);
    json_decref(st.by_id);
    free(scores);
    free(order);
    precis_rouge_free(rouge);
    precis_model_free(st.model);
    return cli_finish(code);
}
