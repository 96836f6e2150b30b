/* facts_views.c — the facts view in Markdown and HTML, and the rules every format of it
 * shares, so that text, JSON, Markdown and HTML (and the brief's HTML) list the same facts:
 * a slot with nothing in it is left out; a quote's speaker is a person by name, anyone else
 * by the words that named them; sources are the named ones, each once. */
#include <string.h>

#include "facts/facts.h"
#include "text/text.h"

bool facts_source_shown(const precis_doc *d, size_t i) {
    const facts *f = d->facts;
    const source *s = &f->sources[i];
    /* "reportedly" hedges, it names no one (JSON keeps it) */
    if (!s->named)
        return false;
    for (size_t j = 0; j < i; j++)
        if (f->sources[j].named && f->sources[j].end - f->sources[j].start == s->end - s->start &&
            memcmp(d->text + f->sources[j].start, d->text + s->start, s->end - s->start) == 0)
            return false;
    return true;
}

size_t facts_sources_shown(const precis_doc *d) {
    size_t n = 0;
    for (size_t i = 0; i < d->facts->n_sources; i++)
        n += facts_source_shown(d, i);
    return n;
}

typedef enum { FV_MARKDOWN, FV_HTML } fv_mode;

/* Appends plain text escaped for the mode. */
static void put_raw(buf *b, fv_mode m, const char *s, size_t n) {
    if (m == FV_HTML) {
        buf_html(b, s, n);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (strchr("\\`*_[]<>#|", s[i]) && s[i])
            buf_putc(b, '\\');
        buf_putc(b, s[i]);
    }
}

static void put_span(buf *b, fv_mode m, const precis_doc *d, uint32_t s, uint32_t e) {
    buf t;
    buf_init(&t);
    text_clean(&t, d->text, s, e, true);
    put_raw(b, m, t.data ? t.data : "", t.len);
    if (!buf_ok(&t))
        b->failed = true;
    buf_free(&t);
}

static void put_name(buf *b, fv_mode m, const precis_doc *d, int32_t entity) {
    buf t;
    buf_init(&t);
    facts_entity_name(d, entity, &t);
    put_raw(b, m, t.data ? t.data : "", t.len);
    if (!buf_ok(&t))
        b->failed = true;
    buf_free(&t);
}

static void slot_open(buf *b, fv_mode m, const char *title) {
    if (m == FV_HTML)
        buf_printf(b, "<dt>%s</dt>", title);
    else
        buf_printf(b, "\n## %s\n\n", title);
}

/* An item of a slot, with the byte span of its evidence in the input. */
static void item_open(buf *b, fv_mode m, uint32_t start, uint32_t end) {
    if (m == FV_HTML)
        buf_printf(b, "<dd data-start=\"%u\" data-end=\"%u\">", start, end);
    else
        buf_puts(b, "- ");
}

static void item_close(buf *b, fv_mode m) { buf_puts(b, m == FV_HTML ? "</dd>" : "\n"); }

static const ner_mention *first_mention(const facts *f, int32_t entity) {
    for (size_t i = 0; i < f->ents.n_mentions; i++)
        if (f->ents.mentions[i].entity == entity && !(f->ents.mentions[i].flags & NERM_DEMONYM))
            return &f->ents.mentions[i];
    return NULL;
}

static void slots(buf *b, fv_mode m, const precis_doc *d) {
    const facts *f = d->facts;
    if (f->n_who)
        slot_open(b, m, "Who");
    for (size_t i = 0; i < f->n_who; i++) {
        const ner_entity *e = &f->ents.entities[f->who[i]];
        const ner_mention *mm = first_mention(f, f->who[i]);
        item_open(b, m, mm ? mm->start : 0, mm ? mm->end : 0);
        put_name(b, m, d, f->who[i]);
        if (e->has_role) {
            buf_puts(b, " (");
            put_span(b, m, d, e->role_start, e->role_end);
            buf_putc(b, ')');
        }
        item_close(b, m);
    }
    if (f->what.noun_end || f->what.verb_end) {
        slot_open(b, m, "What");
        const sentence *s = &d->seg.sentences[f->what.sentence];
        item_open(b, m, s->start, s->end);
        if (f->what.noun_end)
            put_span(b, m, d, f->what.noun_start, f->what.noun_end);
        if (f->what.verb_end) {
            if (f->what.noun_end)
                buf_puts(b, "; ");
            put_span(b, m, d, f->what.verb_start, f->what.verb_end);
        }
        item_close(b, m);
    }
    if (f->n_where)
        slot_open(b, m, "Where");
    for (size_t i = 0; i < f->n_where; i++) {
        item_open(b, m, f->where[i].start, f->where[i].end);
        put_name(b, m, d, f->where[i].entity);
        if (f->where[i].container >= 0) {
            buf_puts(b, ", ");
            put_name(b, m, d, f->where[i].container);
        }
        item_close(b, m);
    }
    if (f->n_when)
        slot_open(b, m, "When");
    for (size_t i = 0; i < f->n_when; i++) {
        const timex *t = &f->timexes[f->when[i]];
        item_open(b, m, (uint32_t)t->start, (uint32_t)t->end);
        put_span(b, m, d, (uint32_t)t->start, (uint32_t)t->end);
        buf_puts(b, m == FV_HTML ? " <small>(" : " (");
        put_raw(b, m, t->value, strlen(t->value));
        buf_puts(b, m == FV_HTML ? ")</small>" : ")");
        item_close(b, m);
    }
    if (f->n_how_many)
        slot_open(b, m, "How many");
    for (size_t i = 0; i < f->n_how_many; i++) {
        const quantity *q = &f->quantities[f->how_many[i]];
        item_open(b, m, q->start, q->end);
        put_span(b, m, d, q->start, q->end);
        item_close(b, m);
    }
    if (f->n_quotes)
        slot_open(b, m, "Quotes");
    for (size_t i = 0; i < f->n_quotes; i++) {
        const quote *q = &f->quotes[i];
        item_open(b, m, q->start, q->end);
        buf_puts(b, m == FV_HTML ? "<b>" : "**");
        if (f->quote_speaker[i] >= 0 && f->ents.entities[f->quote_speaker[i]].type == NER_PER)
            put_name(b, m, d, f->quote_speaker[i]);
        else if (q->speaker_token >= 0)
            put_span(b, m, d, q->speaker_start, q->speaker_end);
        else
            buf_puts(b, "(unattributed)");
        buf_puts(b, m == FV_HTML ? "</b>: \xE2\x80\x9C" : "**: \xE2\x80\x9C");
        put_span(b, m, d, q->start, q->end);
        buf_puts(b, "\xE2\x80\x9D");
        item_close(b, m);
    }
    if (facts_sources_shown(d))
        slot_open(b, m, "Sources");
    for (size_t i = 0; i < f->n_sources; i++) {
        if (!facts_source_shown(d, i))
            continue;
        item_open(b, m, f->sources[i].start, f->sources[i].end);
        put_span(b, m, d, f->sources[i].start, f->sources[i].end);
        item_close(b, m);
    }
}

void facts_html_section(const precis_doc *d, buf *b) {
    buf_puts(b, "<section><h2>Facts</h2><dl>");
    slots(b, FV_HTML, d);
    buf_puts(b, "</dl></section>");
}

void facts_markdown(const precis_doc *d, buf *b) {
    buf_puts(b, "# Facts\n");
    slots(b, FV_MARKDOWN, d);
}

void facts_html_page(const precis_doc *d, buf *b) {
    buf_puts(b, "<!DOCTYPE html>\n<html lang=\"");
    buf_html(b, d->lang->code, strlen(d->lang->code));
    buf_puts(b, "\"><head><meta charset=\"utf-8\"><title>");
    if (d->opts.title[0])
        buf_html(b, d->opts.title, strlen(d->opts.title));
    else
        buf_puts(b, "precis facts");
    buf_puts(b, "</title><style>body{font:15px/1.5 Helvetica,Arial,sans-serif;max-width:50em;margin:2em auto;"
                "color:#222}dt{font-weight:bold;margin-top:.5em}dd{margin:0 0 0 1em}</style></head>\n<body><main>\n");
    facts_html_section(d, b);
    buf_puts(b, "\n</main></body></html>\n");
}
