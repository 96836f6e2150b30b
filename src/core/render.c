/* render.c — turns a document's views into text, JSON, Markdown or HTML buffers.
 * Each view computes what it needs on first use (summary scores, facts) through the stage
 * that owns it; this file only formats. */
#include <stdlib.h>
#include <string.h>

#include "brief/brief.h"
#include "core/doc.h"
#include "facts/facts.h"
#include "score/score.h"
#include "select/select.h"
#include "segment/seg_clean.h"
#include "text/text.h"
#include "util/buf.h"
#include "util/error.h"

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
static precis_status render_split(const precis_doc *d, precis_format f, buf *b, precis_error *err) {
    const segmentation *s = &d->seg;
    if (f != PRECIS_FORMAT_TEXT && f != PRECIS_FORMAT_JSON && f != PRECIS_FORMAT_JSONL)
        return set_error(err, PRECIS_E_UNSUPPORTED, "split: format not supported (use text, jsonl or json)");
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
            buf_printf(b, ",\"start\":%u,\"end\":%u,\"paragraph\":%u}", se->start, se->end, se->paragraph);
            if (f == PRECIS_FORMAT_JSONL)
                buf_putc(b, '\n');
        }
        buf_free(&tmp);
    }
    if (f == PRECIS_FORMAT_JSON)
        buf_puts(b, "]}\n");
    return PRECIS_OK;
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
            buf_printf(b, ",\"start\":%u,\"end\":%u,\"index\":%zu,\"score\":%.6f}", se->start, se->end,
                       d->chosen[k], d->scores[d->chosen[k]]);
        }
        buf_printf(b, "],\"method\":\"%s\",\"budget\":{\"kind\":\"%s\",\"value\":%g},\"sentence_count\":%zu,",
                   precis_method_name(d->opts.method), budget_name(d->opts.budget), d->opts.budget_value,
                   d->seg.n_sentences);
        nonstory_json_members(d, b);
        buf_puts(b, "}\n");
        return PRECIS_OK;
    }
    if (f != PRECIS_FORMAT_TEXT && f != PRECIS_FORMAT_MARKDOWN)
        return set_error(err, PRECIS_E_UNSUPPORTED, "summary: format not supported (use text, json or markdown)");
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
    if (f != PRECIS_FORMAT_TEXT && f != PRECIS_FORMAT_JSON)
        return set_error(err, PRECIS_E_UNSUPPORTED, "explain: format not supported (use text or json)");
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
        buf_puts(b, "]}\n");
    free(chosen);
    return PRECIS_OK;
}

precis_status precis_doc_render(precis_doc *d, precis_view view, precis_format f, char **out,
                                size_t *len_out, precis_error *err) {
    if (!d || !out)
        return set_error(err, PRECIS_E_INVALID_ARG, "render: NULL argument");
    *out = NULL;
    buf b;
    buf_init(&b);
    precis_status st;
    switch (view) {
    case PRECIS_VIEW_SPLIT: st = render_split(d, f, &b, err); break;
    case PRECIS_VIEW_SUMMARY: st = render_summary(d, f, &b, err); break;
    case PRECIS_VIEW_EXPLAIN: st = render_explain(d, f, &b, err); break;
    case PRECIS_VIEW_FACTS: st = facts_render(d, f, &b, err); break;
    case PRECIS_VIEW_BRIEF: st = brief_render(d, f, &b, err); break;
    default: st = set_error(err, PRECIS_E_INVALID_ARG, "render: unknown view");
    }
    if (st == PRECIS_OK && !buf_ok(&b))
        st = set_error(err, PRECIS_E_NOMEM, "render: out of memory");
    if (st != PRECIS_OK) {
        buf_free(&b);
        return st;
    }
    *out = buf_detach(&b, len_out);
    return PRECIS_OK;
}
