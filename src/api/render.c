/* render.c — turns a document's views into text, JSON, Markdown or HTML buffers.
 * Each view computes what it needs on first use (summary scores, facts) through the stage
 * that owns it; this file only formats. */
#include <stdlib.h>
#include <string.h>

#include "brief/brief.h"
#include "doc/doc.h"
#include "facts/facts.h"
#include "score/score.h"
#include "select/select.h"
#include "segment/seg_clean.h"
#include "text/text.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/json_pretty.h"

/* Appends sentence i's text as the splitter reads it (markup and extraction noise left out,
 * whitespace collapsed), the same text `precis split` prints. */
static void put_sentence_text(buf *b, const precis_doc *d, size_t i) {
    seg_render_sentence(b, d->text, d->len, &d->seg, i);
}

static void put_sentence_json(buf *b, const precis_doc *d, size_t i) {
    buf tmp;
    buf_init(&tmp);
    seg_render_sentence(&tmp, d->text, d->len, &d->seg, i);
    buf_json_string(b, tmp.data ? tmp.data : "", tmp.len);
    if (!buf_ok(&tmp))
        b->failed = true;
    buf_free(&tmp);
}

static const char *budget_name(precis_budget k) {
    switch (k) {
    case PRECIS_BUDGET_SENTENCES: return "sentences";
    case PRECIS_BUDGET_WORDS: return "words";
    case PRECIS_BUDGET_CHARS: return "chars";
    case PRECIS_BUDGET_RATIO: return "ratio";
    }
    return "sentences";
}

/* Sentences print as seg_render_sentence() gives them: markup and extraction noise left
 * out, and sentences with nothing to read (punctuation only, a page number) skipped. */
static precis_status render_split(const precis_doc *d, precis_format f, buf *b) {
    const segmentation *s = &d->seg;
    if (f == PRECIS_FORMAT_JSON)
        buf_puts(b, "{\"sentences\":[");
    bool first = true;
    for (size_t i = 0; i < s->n_sentences; i++) {
        const sentence *se = &s->sentences[i];
        buf tmp;
        buf_init(&tmp);
        bool shown = seg_render_sentence(&tmp, d->text, d->len, s, i);
        if (!buf_ok(&tmp))
            b->failed = true;
        if (shown && f == PRECIS_FORMAT_TEXT) {
            buf_append(b, tmp.data ? tmp.data : "", tmp.len);
            buf_putc(b, '\n');
        } else if (shown) {
            if (f == PRECIS_FORMAT_JSON && !first)
                buf_putc(b, ',');
            first = false;
            buf_puts(b, "{\"text\":");
            buf_json_string(b, tmp.data ? tmp.data : "", tmp.len);
            buf_printf(b, ",\"start\":%u,\"end\":%u,\"paragraph\":%u", se->start, se->end, se->paragraph);
            /* a JSONL line is a record of its own: it names its schema, as every record does */
            if (f == PRECIS_FORMAT_JSONL)
                buf_puts(b, ",\"schema\":\"precis/sentence/1\"}\n");
            else
                buf_putc(b, '}');
        }
        buf_free(&tmp);
    }
    if (f == PRECIS_FORMAT_JSON)
        buf_printf(b, "],\"lang\":\"%s\"}\n", d->lang->code);
    return PRECIS_OK;
}

/* A standalone page: the chosen sentences as an ordered list, each with its byte offsets
 * into the input (data-start, data-end) as its evidence. */
static void render_summary_html(const precis_doc *d, buf *b) {
    doc_html_head(d, b, "precis summary");
    buf_puts(b, "</head>\n<body><main><h1>Summary</h1>\n<ol class=\"summary\">\n");
    for (size_t k = 0; k < d->n_chosen; k++) {
        const sentence *se = &d->seg.sentences[d->chosen[k]];
        buf tmp;
        buf_init(&tmp);
        put_sentence_text(&tmp, d, d->chosen[k]);
        buf_printf(b, "<li data-start=\"%u\" data-end=\"%u\">", se->start, se->end);
        buf_html(b, tmp.data ? tmp.data : "", tmp.len);
        buf_puts(b, "</li>\n");
        if (!buf_ok(&tmp))
            b->failed = true;
        buf_free(&tmp);
    }
    buf_puts(b, "</ol></main></body></html>\n");
}

static precis_status render_summary(precis_doc *d, precis_format f, buf *b, precis_error *err) {
    PRECIS_TRY(precis_doc_summarize(d, err));
    if (f == PRECIS_FORMAT_JSON) {
        buf_puts(b, "{\"sentences\":[");
        for (size_t k = 0; k < d->n_chosen; k++) {
            const sentence *se = &d->seg.sentences[d->chosen[k]];
            if (k)
                buf_putc(b, ',');
            buf_puts(b, "{\"text\":");
            put_sentence_json(b, d, d->chosen[k]);
            buf_puts(b, ",\"start\":");
            buf_put_uint(b, se->start);
            buf_puts(b, ",\"end\":");
            buf_put_uint(b, se->end);
            buf_puts(b, ",\"index\":");
            buf_put_uint(b, d->chosen[k]);
            buf_puts(b, ",\"score\":");
            buf_put_fixed(b, d->scores[d->chosen[k]], 6);
            buf_putc(b, '}');
        }
        buf_printf(b, "],\"method\":\"%s\",\"budget\":{\"kind\":\"%s\",\"value\":%g},\"sentence_count\":%zu,",
                   precis_method_name(d->opts.method), budget_name(d->opts.budget), d->opts.budget_value,
                   d->seg.n_sentences);
        nonstory_json_members(d, b);
        buf_printf(b, ",\"lang\":\"%s\"}\n", d->lang->code);
        return PRECIS_OK;
    }
    if (f == PRECIS_FORMAT_HTML) {
        render_summary_html(d, b);
        return PRECIS_OK;
    }
    for (size_t k = 0; k < d->n_chosen; k++) {
        if (f == PRECIS_FORMAT_MARKDOWN)
            buf_puts(b, "- ");
        put_sentence_text(b, d, d->chosen[k]);
        buf_putc(b, '\n');
    }
    return PRECIS_OK;
}

static precis_status render_explain(precis_doc *d, precis_format f, buf *b, precis_error *err) {
    PRECIS_TRY(precis_doc_summarize(d, err));
    size_t n = d->seg.n_sentences;
    uint8_t *chosen = calloc(n ? n : 1, 1);
    if (!chosen)
        return set_error(err, PRECIS_E_NOMEM, "out of memory");
    for (size_t k = 0; k < d->n_chosen; k++)
        chosen[d->chosen[k]] = 1;
    if (f == PRECIS_FORMAT_JSON)
        buf_printf(b, "{\"method\":\"%s\",\"sentences\":[", precis_method_name(d->opts.method));
    for (size_t i = 0; i < n; i++) {
        const sentence *se = &d->seg.sentences[i];
        if (f == PRECIS_FORMAT_JSON) {
            if (i)
                buf_putc(b, ',');
            const char *why = nonstory_reason_name(d->boilerplate[i]);
            buf_printf(b, "{\"index\":%zu,\"start\":%u,\"end\":%u,\"chosen\":%s,\"score\":%.6f,\"why\":",
                       i, se->start, se->end, chosen[i] ? "true" : "false", d->scores[i]);
            if (why)
                buf_printf(b, "\"%s\"", why);
            else
                buf_puts(b, "null");
            buf_puts(b, ",\"parts\":");
            score_parts_json(b, &d->parts[i]);
            buf_puts(b, ",\"text\":");
            put_sentence_json(b, d, i);
            buf_putc(b, '}');
        } else {
            buf_printf(b, "%c %4zu %8.4f  ", chosen[i] ? '*' : ' ', i, d->scores[i]);
            score_parts_text(b, &d->parts[i]);
            if (d->boilerplate[i])
                buf_printf(b, "  left out: %s", nonstory_reason_name(d->boilerplate[i]));
            buf_puts(b, "\n        ");
            put_sentence_text(b, d, i);
            buf_putc(b, '\n');
        }
    }
    if (f == PRECIS_FORMAT_JSON)
        buf_printf(b, "],\"lang\":\"%s\"}\n", d->lang->code);
    free(chosen);
    return PRECIS_OK;
}

/* Which formats each view has, in one place (bit per precis_format). */
#define FMT(f) (1u << (f))
#define FMT_BASE (FMT(PRECIS_FORMAT_TEXT) | FMT(PRECIS_FORMAT_JSON) | FMT(PRECIS_FORMAT_JSON_PRETTY))
#define FMT_PAGES (FMT_BASE | FMT(PRECIS_FORMAT_MARKDOWN) | FMT(PRECIS_FORMAT_HTML))
static const struct {
    const char *name;
    unsigned formats;
    const char *list;
} VIEWS[] = {
    [PRECIS_VIEW_SPLIT] = {"split", FMT_BASE | FMT(PRECIS_FORMAT_JSONL), "text, jsonl, json"},
    [PRECIS_VIEW_SUMMARY] = {"summary", FMT_PAGES, "text, json, markdown, html"},
    [PRECIS_VIEW_FACTS] = {"facts", FMT_PAGES, "text, json, markdown, html"},
    [PRECIS_VIEW_BRIEF] = {"brief", FMT_PAGES, "text, json, markdown, html"},
    [PRECIS_VIEW_EXPLAIN] = {"explain", FMT_BASE, "text, json"},
};
#define N_VIEWS (sizeof VIEWS / sizeof VIEWS[0])

bool precis_view_supports(precis_view view, precis_format format) {
    return (unsigned)view < N_VIEWS && (unsigned)format < 32 && (VIEWS[view].formats & FMT(format));
}

const char *precis_view_formats(precis_view view) { return (unsigned)view < N_VIEWS ? VIEWS[view].list : ""; }

/* Every JSON object a view writes names its schema (docs/schema/<view>.schema.json) as its
 * last member, "schema": "precis/<view>/1", added here rather than by each renderer. The
 * view is b's bytes from `start` on. */
static void add_schema(buf *b, size_t start, const char *view) {
    size_t end = b->len;
    while (end > start && b->data[end - 1] != '}')
        end--;
    if (end == start || b->failed)
        return;
    /* In place: the tail from the closing brace on (a few bytes) is set aside, the member
     * written over it and the tail put back, rather than copying the whole view into a new
     * buffer. */
    char tail[16];
    size_t tn = b->len - (end - 1);
    if (tn > sizeof tail) {
        buf out;
        buf_init(&out);
        buf_append(&out, b->data, end - 1); /* what precedes the view as well */
        buf_printf(&out, ",\"schema\":\"precis/%s/1\"", view);
        buf_append(&out, b->data + end - 1, tn);
        buf_free(b);
        *b = out;
        return;
    }
    memcpy(tail, b->data + end - 1, tn);
    b->len = end - 1;
    buf_printf(b, ",\"schema\":\"precis/%s/1\"", view);
    buf_append(b, tail, tn);
}

static const char *format_name(precis_format f) {
    switch (f) {
    case PRECIS_FORMAT_TEXT: return "text";
    case PRECIS_FORMAT_JSON: return "json";
    case PRECIS_FORMAT_JSONL: return "jsonl";
    case PRECIS_FORMAT_MARKDOWN: return "markdown";
    case PRECIS_FORMAT_HTML: return "html";
    case PRECIS_FORMAT_JSON_PRETTY: return "pretty json";
    }
    return "unknown";
}

/* Renders the view onto the end of b (from b->len on). On failure b's length is put back. */
static precis_status render_into(precis_doc *d, precis_view view, precis_format f, buf *b, precis_error *err) {
    if ((unsigned)view >= N_VIEWS)
        return set_error(err, PRECIS_E_INVALID_ARG, "render: unknown view");
    if (!precis_view_supports(view, f))
        return set_error(err, PRECIS_E_UNSUPPORTED, "the %s view has no %s format (it has %s)", VIEWS[view].name,
                         format_name(f), VIEWS[view].list);
    bool pretty = f == PRECIS_FORMAT_JSON_PRETTY;
    if (pretty)
        f = PRECIS_FORMAT_JSON;
    size_t start = b->len;
    if (start && f != PRECIS_FORMAT_JSON) {
        /* Only the JSON renderers write onto whatever precedes them (the text ones look at
         * whether the buffer is empty): the others render apart and are appended. */
        buf t;
        buf_init(&t);
        precis_status st = render_into(d, view, pretty ? PRECIS_FORMAT_JSON_PRETTY : f, &t, err);
        if (st == PRECIS_OK) {
            buf_append(b, t.data ? t.data : "", t.len);
            if (!buf_ok(b)) {
                st = set_error(err, PRECIS_E_NOMEM, "render: out of memory");
                b->len = start;
                if (b->data)
                    b->data[start] = '\0';
            }
        }
        buf_free(&t);
        return st;
    }
    precis_status st;
    switch (view) {
    case PRECIS_VIEW_SPLIT: st = render_split(d, f, b); break;
    case PRECIS_VIEW_SUMMARY: st = render_summary(d, f, b, err); break;
    case PRECIS_VIEW_EXPLAIN: st = render_explain(d, f, b, err); break;
    case PRECIS_VIEW_FACTS: st = facts_render(d, f, b, err); break;
    case PRECIS_VIEW_BRIEF: st = brief_render(d, f, b, err); break;
    default: st = set_error(err, PRECIS_E_INVALID_ARG, "render: unknown view");
    }
    if (st == PRECIS_OK && !buf_ok(b))
        st = set_error(err, PRECIS_E_NOMEM, "render: out of memory");
    if (st == PRECIS_OK && f == PRECIS_FORMAT_JSON)
        add_schema(b, start, VIEWS[view].name);
    if (st == PRECIS_OK && pretty) {
        buf p;
        buf_init(&p);
        json_pretty(&p, b->data ? b->data + start : "", b->len - start);
        if (start == 0) {
            buf_free(b);
            *b = p;
        } else {
            b->len = start;
            buf_append(b, p.data ? p.data : "", p.len);
            if (!buf_ok(&p))
                b->failed = true;
            buf_free(&p);
        }
        if (!buf_ok(b))
            st = set_error(err, PRECIS_E_NOMEM, "render: out of memory");
    }
    if (st != PRECIS_OK && b->data && b->len >= start) {
        b->len = start;
        b->data[start] = '\0';
    }
    return st;
}

precis_status precis_doc_render(precis_doc *d, precis_view view, precis_format f, char **out,
                                size_t *len_out, precis_error *err) {
    if (!d || !out)
        return set_error(err, PRECIS_E_INVALID_ARG, "render: NULL argument");
    *out = NULL;
    buf b;
    buf_init(&b);
    precis_status st = render_into(d, view, f, &b, err);
    if (st != PRECIS_OK) {
        buf_free(&b);
        return st;
    }
    *out = buf_detach(&b, len_out);
    return PRECIS_OK;
}

precis_status precis_doc_render_append(precis_doc *d, precis_view view, precis_format f, char **data,
                                       size_t *len, size_t *cap, precis_error *err) {
    if (!d || !data || !len || !cap || (*cap && (!*data || *len >= *cap)) || (!*cap && *len))
        return set_error(err, PRECIS_E_INVALID_ARG, "render: NULL or inconsistent buffer");
    buf b = {*data, *len, *cap, false};
    precis_status st = render_into(d, view, f, &b, err);
    if (b.failed && b.data && b.len < b.cap) /* a failed buffer keeps its bytes up to len */
        b.data[b.len] = '\0';
    *data = b.data;
    *cap = b.cap;
    if (st == PRECIS_OK)
        *len = b.len;
    return st;
}
