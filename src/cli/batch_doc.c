/* batch_doc.c — one document of a batch: options, analysis, the output line.
 *
 * Runs on a worker thread with the shared read-only model. The line is
 *   {"id":..., "source":..., ["title":...,] ["text":..., "meta":{...},] "summary":{...},
 *    "brief":{...}, "facts":{...}}
 * with the members chosen by --fields, each the JSON object precis_doc_render gives; a view the
 * library does not provide yet (PRECIS_E_UNSUPPORTED) is written as null, so the line keeps
 * its shape and fills in as the library grows. A document that cannot be analysed gives
 *   {"id":..., "source":..., "error":"..."}.
 * Cost: the analysis itself; building the line is linear in the rendered views. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch_common.h"
#include "cli.h"
#include "extract.h"
#include "fetch.h"

static char *finish_line(bstr *s, size_t *len_out) {
    bstr_addc(s, '\n');
    if (s->failed) {
        bstr_free(s);
        return NULL;
    }
    *len_out = s->len;
    return s->data;
}

/* The error line; also hands a copy of the reason to the caller for stderr. */
/* The last member of every line: its schema, docs/schema/batch.schema.json. */
#define BATCH_SCHEMA ",\"schema\":\"precis/batch/1\""

static char *error_line(const batch_item *it, const char *reason, size_t *len_out, char **reason_out) {
    *reason_out = strdup(reason);
    bstr s = {0};
    bstr_adds(&s, "{\"id\":");
    bstr_json(&s, it->id, strlen(it->id));
    bstr_adds(&s, ",\"source\":");
    bstr_json(&s, it->source, strlen(it->source));
    bstr_adds(&s, ",\"error\":");
    bstr_json(&s, reason, strlen(reason));
    bstr_adds(&s, BATCH_SCHEMA "}");
    return finish_line(&s, len_out);
}

static char *error_linef(const batch_item *it, size_t *len_out, char **reason_out, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static char *error_linef(const batch_item *it, size_t *len_out, char **reason_out, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return error_line(it, msg, len_out, reason_out);
}

/* Cuts a string to at most `max` bytes at a UTF-8 character boundary. */
static void cut_utf8(char *s, size_t max) {
    size_t n = strlen(s);
    if (n <= max)
        return;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    s[max] = '\0';
}

/* Applies the per-document options of a JSONL record over the command line's. */
static bool apply_item_options(precis_options *o, batch_item *it, precis_error *err, const char **which) {
    static const char *const names[BOPT_COUNT] = {"sentences", "words", "date", "lang", "title"};
    for (int k = 0; k < BOPT_COUNT; k++) {
        char *v = it->opt[k];
        if (!v)
            continue;
        if (k == BOPT_DATE && strlen(v) > 10 && (v[10] == 'T' || v[10] == ' '))
            v[10] = '\0'; /* an ISO 8601 timestamp: its date part */
        if (k == BOPT_TITLE)
            /* A title is a scoring hint; a long one is cut rather than failing the document. */
            cut_utf8(v, sizeof o->title - 1);
        if (k == BOPT_DATE && !*v)
            continue;
        if (precis_options_set(o, names[k], v, err) != PRECIS_OK) {
            *which = names[k];
            return false;
        }
    }
    return true;
}

static bool add_view(bstr *s, precis_doc *doc, const char *name, precis_view view, precis_error *err) {
    bstr_addc(s, ',');
    bstr_json(s, name, strlen(name));
    bstr_addc(s, ':');
    if (s->failed)
        return true; /* finish_line reports it */
    /* rendered straight onto the line (no copy of the view) */
    size_t before = s->len;
    precis_status st = precis_doc_render_append(doc, view, PRECIS_FORMAT_JSON, &s->data, &s->len, &s->cap, err);
    if (st == PRECIS_E_UNSUPPORTED) {
        bstr_adds(s, "null");
        return true;
    }
    if (st != PRECIS_OK)
        return false;
    /* One line per document: a view that ends its JSON with a newline must not split it. */
    while (s->len > before && (s->data[s->len - 1] == '\n' || s->data[s->len - 1] == '\r' || s->data[s->len - 1] == ' '))
        s->len--;
    s->data[s->len] = '\0';
    return true;
}

static char *analyse(const batch_doc_cfg *cfg, batch_item *it, const extract_page *page, bool was_html,
                     size_t *len_out, char **reason);
static void add_meta(bstr *s, const batch_item *it, const extract_page *page);

bool batch_doc_skip(const batch_doc_cfg *cfg, batch_item *it) {
    if (it->jsonl_line && !batch_jsonl_decode(cfg->read, it)) {
        free(it->error);
        it->error = strdup("out of memory decoding the JSON line");
    }
    return cfg->skip && cfg->skip(cfg->skip_user, it);
}

char *batch_doc_process(const batch_doc_cfg *cfg, batch_item *it, size_t *len_out, char **reason) {
    *reason = NULL;
    if (it->jsonl_line && !batch_jsonl_decode(cfg->read, it)) {
        free(it->error);
        it->error = strdup("out of memory decoding the JSON line");
    }
    if (it->error)
        return error_line(it, it->error, len_out, reason);
    fetch_result fr = {0};
    if (it->url) {
        /* --type urls: fetched here, on the worker, after the host's politeness delay */
        batch_hosts_wait(cfg->hosts, it->url);
        fetch_opts fo = {cfg->user_agent, cfg->timeout, cfg->opts.max_bytes};
        char msg[512];
        if (fetch_url_quiet(it->url, &fo, &fr, msg, sizeof msg) != EXIT_OK)
            return error_line(it, msg, len_out, reason);
        it->text = fr.data, fr.data = NULL;
        it->len = fr.len;
        it->is_html = fr.html || extract_looks_html(it->text, it->len);
    }
    extract_page page = {0};
    bool was_html = it->is_html;
    if (it->is_html) {
        const char *why = NULL;
        extract_status est = extract_html(it->text, it->len, fr.charset ? fr.charset : it->charset, fr.final_url,
                                          &page, &why);
        fetch_result_free(&fr);
        if (est != EXTRACT_OK)
            return error_line(it, why ? why : "out of memory reading HTML", len_out, reason);
        free(it->text);
        it->text = page.text;
        it->len = page.len;
        page.text = NULL;
        it->is_html = false;
        if (page.title && *page.title && !it->opt[BOPT_TITLE])
            it->opt[BOPT_TITLE] = page.title, page.title = NULL;
        /* the page's date is the document's, unless the record or --date gives one */
        if (page.date && !it->opt[BOPT_DATE] && !cfg->opts.date[0]) {
            it->opt[BOPT_DATE] = strdup(page.date);
            if (!it->opt[BOPT_DATE]) {
                extract_page_free(&page);
                return error_line(it, "out of memory reading HTML", len_out, reason);
            }
        }
    }
    fetch_result_free(&fr);
    char *line = analyse(cfg, it, &page, was_html, len_out, reason);
    extract_page_free(&page);
    return line;
}

static void add_meta(bstr *s, const batch_item *it, const extract_page *page) {
    const char *title = it->opt[BOPT_TITLE];
    const char *names[] = {"title", "author", "date", "site", "url"};
    const char *values[] = {title && *title ? title : NULL, page->author, page->date, page->site, page->url};
    bstr_adds(s, ",\"meta\":{");
    for (size_t k = 0; k < 5; k++) {
        if (k)
            bstr_addc(s, ',');
        bstr_json(s, names[k], strlen(names[k]));
        bstr_addc(s, ':');
        if (values[k])
            bstr_json(s, values[k], strlen(values[k]));
        else
            bstr_adds(s, "null");
    }
    bstr_addc(s, '}');
}

static char *analyse(const batch_doc_cfg *cfg, batch_item *it, const extract_page *page, bool was_html,
                     size_t *len_out, char **reason) {
    if (cfg->collect)
        batch_collect_blank(cfg->collect, it);

    precis_options o = cfg->opts;
    o.idf = batch_collect_idf(cfg->collect);
    precis_error err = {0};
    const char *which = NULL;
    if (!apply_item_options(&o, it, &err, &which))
        return error_linef(it, len_out, reason, "field \"%s\": %s", which, err.message);
    if (o.max_bytes && it->len > o.max_bytes)
        return error_linef(it, len_out, reason, "document is %zu bytes, over %zu (--max-bytes)", it->len, o.max_bytes);

    precis_doc *doc = NULL;
    /* A page's text with no view asked for (--fields text,meta) needs no analysis: it is
     * the parser's output, valid UTF-8. Any other text is analysed for its UTF-8 check. */
    bool views = (cfg->fields & BFIELD_VIEWS) != 0;
    if ((views || !was_html) && precis_doc_new(cfg->model, it->text, it->len, &o, &doc, &err) != PRECIS_OK)
        return error_line(it, err.message, len_out, reason);
    size_t bad = doc ? precis_doc_invalid_sequences(doc) : 0;
    if (bad && cfg->not_text_ratio && bad > it->len / cfg->not_text_ratio) {
        precis_doc_free(doc);
        return error_linef(it, len_out, reason, "not text: %zu invalid UTF-8 sequences in %zu bytes", bad, it->len);
    }

    bstr s = {0};
    /* Room up front for what the views usually take (twice the text and a kilobyte each: the
     * facts of a news article are about five times its text, a summary or brief a fraction),
     * so that the line rarely moves while they are rendered onto it. */
    unsigned nv = (cfg->fields & BFIELD_SUMMARY ? 1u : 0u) + (cfg->fields & BFIELD_BRIEF ? 1u : 0u) +
                  (cfg->fields & BFIELD_FACTS ? 1u : 0u);
    if (nv && it->len < ((size_t)64 << 20))
        bstr_reserve(&s, nv * (2 * it->len + 1024));
    bstr_adds(&s, "{\"id\":");
    bstr_json(&s, it->id, strlen(it->id));
    bstr_adds(&s, ",\"source\":");
    bstr_json(&s, it->source, strlen(it->source));
    if (it->opt[BOPT_TITLE] && *it->opt[BOPT_TITLE]) {
        bstr_adds(&s, ",\"title\":");
        bstr_json(&s, it->opt[BOPT_TITLE], strlen(it->opt[BOPT_TITLE]));
    }
    if (cfg->fields & BFIELD_TEXT) {
        bstr_adds(&s, ",\"text\":");
        bstr_json(&s, it->text, it->len);
    }
    if (cfg->fields & BFIELD_META)
        add_meta(&s, it, page);
    free(it->text);
    it->text = NULL;
    if (bad) {
        char tmp[48];
        int k = snprintf(tmp, sizeof tmp, ",\"invalid_utf8\":%zu", bad);
        bstr_add(&s, tmp, (size_t)k);
    }
    bool ok = true;
    if (cfg->fields & BFIELD_SUMMARY)
        ok = add_view(&s, doc, "summary", PRECIS_VIEW_SUMMARY, &err);
    if (ok && (cfg->fields & BFIELD_BRIEF))
        ok = add_view(&s, doc, "brief", PRECIS_VIEW_BRIEF, &err);
    if (ok && (cfg->fields & BFIELD_FACTS))
        ok = add_view(&s, doc, "facts", PRECIS_VIEW_FACTS, &err);
    if (ok && doc && precis_doc_no_story(doc)) /* comments or captions only: the views are empty */
        bstr_adds(&s, ",\"no_story\":true");
    precis_doc_free(doc);
    if (!ok) {
        bstr_free(&s);
        return error_line(it, err.message, len_out, reason);
    }
    bstr_adds(&s, BATCH_SCHEMA "}");
    return finish_line(&s, len_out);
}
