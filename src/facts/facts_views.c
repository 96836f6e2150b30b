/* facts_views.c — the facts view in every format (text, JSON, Markdown, HTML) and the rules
 * they share, so that text, JSON, Markdown and HTML (and the brief's HTML) list the same facts:
 * a slot with nothing in it is left out; a quote's speaker is a person by name, anyone else
 * by the words that named them; sources are the named ones, each once. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "facts/facts.h"
#include "select/select.h"
#include "text/text.h"
#include "util/error.h"

bool facts_source_shown(const precis_doc *d, size_t i) {
    const facts *f = d->facts;
    const source *s = &f->sources[i];
    /* "reportedly" hedges, it names no one; reported speech ("Kim said that ...") is in the
     * JSON, its people under who */
    if (!s->named || s->speech)
        return false;
    for (size_t j = 0; j < i; j++)
        if (f->sources[j].named && !f->sources[j].speech && f->sources[j].end - f->sources[j].start == s->end - s->start &&
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

/* The evidence marked in the article of the facts' HTML page: byte spans, sorted, none
 * overlapping (a span inside one already marked links to that one). */
typedef struct evidence {
    uint32_t *start, *end;
    size_t n, cap;
} evidence;

/* The mark an item's evidence links to: the marked span holding its start, or -1. */
static long evidence_mark(const evidence *ev, uint32_t start) {
    if (!ev)
        return -1;
    for (size_t i = 0; i < ev->n; i++)
        if (ev->start[i] <= start && start < ev->end[i])
            return (long)ev->start[i];
    return -1;
}

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

/* Appends entity e's role, as the text views print it after the name (see
 * entities_role_case: "Singer" that opens a sentence is "singer"). */
static void role_text(buf *b, const precis_doc *d, const ner_entity *e) {
    size_t at = b->len;
    text_clean(b, d->text, e->role_start, e->role_end, true);
    entities_role_case(d, &d->facts->ents, e, b, at);
}

static void put_role(buf *b, fv_mode m, const precis_doc *d, const ner_entity *e) {
    buf t;
    buf_init(&t);
    role_text(&t, d, e);
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

/* An item of a slot, with the byte span of its evidence in the input; in the facts' page, a
 * link to the evidence marked in the article (ev: the marks, or NULL for no links). */
static void item_open(buf *b, fv_mode m, const evidence *ev, uint32_t start, uint32_t end) {
    if (m != FV_HTML) {
        buf_puts(b, "- ");
        return;
    }
    buf_printf(b, "<dd data-start=\"%u\" data-end=\"%u\">", start, end);
    long mark = evidence_mark(ev, start);
    if (mark >= 0)
        buf_printf(b, "<a href=\"#e%ld\">", mark);
}

/* `note`: in Markdown, the footnote (1-based) that cites the item's evidence, or 0. */
static void item_close(buf *b, fv_mode m, const evidence *ev, uint32_t start, size_t note) {
    if (m != FV_HTML) {
        if (note)
            buf_printf(b, " [^%zu]", note);
        buf_putc(b, '\n');
        return;
    }
    buf_puts(b, evidence_mark(ev, start) >= 0 ? "</a></dd>" : "</dd>");
}

const ner_mention *facts_first_mention(const facts *f, int32_t entity) {
    for (size_t i = 0; i < f->ents.n_mentions; i++)
        if (f->ents.mentions[i].entity == entity && !(f->ents.mentions[i].flags & NERM_DEMONYM))
            return &f->ents.mentions[i];
    return NULL;
}

/* Walks the filled slots: writes them (b non-NULL) or collects their evidence spans (into
 * collect, b NULL). */
static void slots(buf *b, fv_mode m, const precis_doc *d, const evidence *ev, evidence *collect);

/* Adds a span; returns its number (1-based), or 0 when it has none or memory ran out. */
static size_t collect_span(evidence *c, uint32_t start, uint32_t end) {
    if (end <= start)
        return 0;
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 32;
        uint32_t *s = realloc(c->start, cap * sizeof *s);
        if (s)
            c->start = s;
        uint32_t *e = s ? realloc(c->end, cap * sizeof *e) : NULL;
        if (!e)
            return 0; /* the page just has fewer links */
        c->end = e;
        c->cap = cap;
    }
    c->start[c->n] = start;
    c->end[c->n++] = end;
    return c->n;
}

static void slots(buf *b, fv_mode m, const precis_doc *d, const evidence *ev, evidence *collect) {
    const facts *f = d->facts;
    buf scratch;
    buf_init(&scratch);
    if (!b) /* collecting: write into scratch and keep the spans */
        b = &scratch;
    uint32_t at = 0;  /* the current item's evidence start */
    size_t note = 0;  /* its number among the collected spans (Markdown's footnotes) */
#define ITEM(s_, e_) (at = (s_), note = collect ? collect_span(collect, (s_), (e_)) : 0, item_open(b, m, ev, (s_), (e_)))
#define END() item_close(b, m, ev, at, note)
    if (f->n_who || f->who_group)
        slot_open(b, m, "Who");
    if (f->who_group) { /* the lede's unnamed subject: "Dock workers" */
        ITEM(f->what.group_start, f->what.group_end);
        put_span(b, m, d, f->what.group_start, f->what.group_end);
        END();
    }
    for (size_t i = 0; i < f->n_who; i++) {
        const ner_entity *e = &f->ents.entities[f->who[i]];
        const ner_mention *mm = facts_first_mention(f, f->who[i]);
        ITEM(mm ? mm->start : 0, mm ? mm->end : 0);
        bool styled = entities_styled_role(d, e); /* "Prince Charles", not "Charles (Prince)" */
        if (styled) {
            put_span(b, m, d, e->role_start, e->role_end);
            buf_putc(b, ' ');
        }
        put_name(b, m, d, f->who[i]);
        if (e->has_role && !styled) {
            buf_puts(b, " (");
            put_role(b, m, d, e);
            buf_putc(b, ')');
        }
        END();
    }
    if (f->what.phrase_end || f->what.noun_end || f->what.verb_end) {
        slot_open(b, m, "What");
        /* the event's words (the key sentence holds the evidence of other slots too) */
        if (f->what.phrase_end)
            ITEM(f->what.phrase_start, f->what.phrase_end);
        else if (f->what.noun_end)
            ITEM(f->what.noun_start, f->what.noun_end);
        else
            ITEM(f->what.verb_start, f->what.verb_end);
        if (f->what.phrase_end)
            put_span(b, m, d, f->what.phrase_start, f->what.phrase_end);
        if (f->what.noun_end) {
            if (f->what.phrase_end)
                buf_puts(b, "; ");
            put_span(b, m, d, f->what.noun_start, f->what.noun_end);
        }
        if (f->what.verb_end) {
            if (f->what.noun_end || f->what.phrase_end)
                buf_puts(b, "; ");
            put_span(b, m, d, f->what.verb_start, f->what.verb_end);
        }
        END();
    }
    if (f->n_where)
        slot_open(b, m, "Where");
    for (size_t i = 0; i < f->n_where; i++) {
        ITEM(f->where[i].start, f->where[i].end);
        put_name(b, m, d, f->where[i].entity);
        if (f->where[i].container >= 0) {
            buf_puts(b, ", ");
            put_name(b, m, d, f->where[i].container);
        }
        END();
    }
    if (f->n_when)
        slot_open(b, m, "When");
    for (size_t i = 0; i < f->n_when; i++) {
        const timex *t = &f->timexes[f->when[i]];
        char when[64]; /* as a person writes it; the TIMEX3 value stays in JSON */
        if (f->when[i] == f->n_timexes) { /* the document's date: no words of the text, no link */
            buf_puts(b, m == FV_HTML ? "<dd>" : "- ");
            buf_puts(b, "the article's date");
            if (facts_when_readable(d, t, when, sizeof when)) {
                buf_puts(b, m == FV_HTML ? " <small>(" : " (");
                put_raw(b, m, when, strlen(when));
                buf_puts(b, m == FV_HTML ? ")</small>" : ")");
            }
            buf_puts(b, m == FV_HTML ? "</dd>" : "\n");
            continue;
        }
        ITEM((uint32_t)t->start, (uint32_t)t->end);
        put_span(b, m, d, (uint32_t)t->start, (uint32_t)t->end);
        if (facts_when_readable(d, t, when, sizeof when)) {
            buf_puts(b, m == FV_HTML ? " <small>(" : " (");
            put_raw(b, m, when, strlen(when));
            buf_puts(b, m == FV_HTML ? ")</small>" : ")");
        }
        END();
    }
    if (f->n_how_many)
        slot_open(b, m, "How many");
    for (size_t i = 0; i < f->n_how_many; i++) {
        const quantity *q = &f->quantities[f->how_many[i]];
        ITEM(q->start, q->end);
        put_span(b, m, d, q->start, q->end);
        END();
    }
    if (f->n_quotes)
        slot_open(b, m, "Quotes");
    for (size_t i = 0; i < f->n_quotes; i++) {
        const quote *q = &f->quotes[i];
        ITEM(q->start, q->end);
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
        END();
    }
    if (facts_sources_shown(d))
        slot_open(b, m, "Sources");
    for (size_t i = 0; i < f->n_sources; i++) {
        if (!facts_source_shown(d, i))
            continue;
        ITEM(f->sources[i].start, f->sources[i].end);
        put_span(b, m, d, f->sources[i].start, f->sources[i].end);
        END();
    }
    buf_free(&scratch);
#undef ITEM
#undef END
}


static void html_section(const precis_doc *d, buf *b, const evidence *ev) {
    buf_puts(b, "<section><h2>Facts</h2><dl>");
    slots(b, FV_HTML, d, ev, NULL);
    buf_puts(b, "</dl></section>");
}

void facts_html_section(const precis_doc *d, buf *b) { html_section(d, b, NULL); }

/* Markdown links each fact to its evidence by a footnote: the byte span in the input and the
 * sentence that holds it. */
void facts_markdown(const precis_doc *d, buf *b) {
    buf_puts(b, "# Facts\n");
    evidence notes = {0};
    slots(b, FV_MARKDOWN, d, NULL, &notes);
    if (notes.n)
        buf_puts(b, "\n");
    for (size_t i = 0; i < notes.n; i++) {
        buf_printf(b, "[^%zu]: bytes %u-%u of the input", i + 1, notes.start[i], notes.end[i]);
        size_t k = doc_token_at(d, notes.start[i]);
        if (k < d->seg.n_tokens && d->seg.tokens[k].sentence >= 0) {
            const sentence *se = &d->seg.sentences[d->seg.tokens[k].sentence];
            buf_puts(b, ", in: ");
            put_span(b, FV_MARKDOWN, d, se->start, se->end);
        }
        buf_putc(b, '\n');
    }
    free(notes.start);
    free(notes.end);
}


static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* The article, a <p> per paragraph, each piece of evidence in a <mark id="e<start>"> the
 * facts link to (a mark across sentences is cut at their ends; the first part has the id). */
static void html_article(buf *b, const precis_doc *d, const evidence *ev) {
    const segmentation *sg = &d->seg;
    buf_puts(b, "<article><h2>Text</h2>");
    for (size_t i = 0; i < sg->n_sentences; i++) {
        const sentence *se = &sg->sentences[i];
        if (i == 0 || se->paragraph != sg->sentences[i - 1].paragraph)
            buf_puts(b, i ? "</p>\n<p>" : "<p>");
        else
            buf_putc(b, ' ');
        uint32_t pos = se->start;
        for (size_t k = 0; k < ev->n; k++) {
            uint32_t a = ev->start[k] > se->start ? ev->start[k] : se->start;
            uint32_t z = ev->end[k] < se->end ? ev->end[k] : se->end;
            if (a >= z || a < pos)
                continue;
            doc_html_span(d, b, pos, a);
            if (a > pos && is_space(d->text[a - 1]))
                buf_putc(b, ' ');
            if (a == ev->start[k])
                buf_printf(b, "<mark id=\"e%u\">", a);
            else
                buf_puts(b, "<mark>");
            doc_html_span(d, b, a, z);
            buf_puts(b, "</mark>");
            if (z < se->end && is_space(d->text[z]))
                buf_putc(b, ' ');
            pos = z;
        }
        doc_html_span(d, b, pos, se->end);
    }
    buf_puts(b, sg->n_sentences ? "</p></article>\n" : "</article>\n");
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

void facts_html_page(const precis_doc *d, buf *b) {
    doc_html_head(d, b, "precis facts");
    buf_puts(b, "<style>body{font:15px/1.5 Helvetica,Arial,sans-serif;max-width:50em;margin:2em auto;"
                "color:#222}dt{font-weight:bold;margin-top:.5em}dd{margin:0 0 0 1em}mark{background:#fff2a8}"
                "mark:target{background:#ffb347}h2{font-size:14px;text-transform:uppercase;color:#555}"
                "</style></head>\n<body><main>\n");
    /* the evidence of every item, sorted by start, overlaps dropped (an item inside a marked
     * span links to it) */
    evidence all = {0}, ev = {0};
    slots(NULL, FV_HTML, d, NULL, &all);
    uint64_t *keys = all.n ? malloc(all.n * sizeof *keys) : NULL;
    for (size_t i = 0; keys && i < all.n; i++)
        keys[i] = (uint64_t)all.start[i] << 32 | all.end[i];
    if (keys) {
        qsort(keys, all.n, sizeof *keys, cmp_u64);
        for (size_t i = 0; i < all.n; i++) {
            uint32_t s0 = (uint32_t)(keys[i] >> 32), e0 = (uint32_t)keys[i];
            if (ev.n && s0 < ev.end[ev.n - 1])
                continue;
            collect_span(&ev, s0, e0);
        }
    }
    free(keys);
    html_section(d, b, &ev);
    buf_putc(b, '\n');
    html_article(b, d, &ev);
    buf_puts(b, "</main></body></html>\n");
    free(all.start);
    free(all.end);
    free(ev.start);
    free(ev.end);
}

/* ---- text and JSON (moved from facts.c: the facts are computed there, shown here) ---------- */

void facts_entity_name(const precis_doc *d, int32_t entity, buf *b) {
    const facts *f = d->facts;
    if (!f || entity < 0 || (size_t)entity >= f->ents.n_entities)
        return;
    const ner_entity *e = &f->ents.entities[entity];
    buf_append(b, e->name, e->name_len);
}

static void put_text(buf *b, const precis_doc *d, uint32_t s, uint32_t e) { text_clean(b, d->text, s, e, true); }

/* Whether each of the 8 bytes of x is printable ASCII (0x20-0x7E) with no two spaces side
 * by side (exact per byte: no carry runs from one byte into the next). */
static inline bool printable8(uint64_t x) {
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    if (x & high)
        return false;
    uint64_t del = (x + ones) & high;              /* bytes == 0x7F */
    uint64_t ge20 = (x + ones * (0x80 - 0x20)) & high; /* bytes >= 0x20 */
    uint64_t y = x ^ (ones * ' ');
    uint64_t sp = ~(((y & ~high) + ~high) | y) & high; /* bytes == ' ' */
    return !del && ge20 == high && !(sp & (sp << 8));
}

static void put_json_text(buf *b, const precis_doc *d, uint32_t s, uint32_t e) {
    /* Printable ASCII with single spaces inside is what cleaning leaves as it is (most
     * spans): straight from the document, without a cleaned copy in a buffer of its own. */
    const unsigned char *p = (const unsigned char *)d->text;
    bool plain = s < e && p[s] != ' ' && p[e - 1] != ' ';
    uint32_t i = s;
    /* eight bytes at a time; a block's first byte against the byte before it on its own */
    for (; plain && e - i >= 8; i += 8) {
        uint64_t x;
        memcpy(&x, p + i, sizeof x);
        plain = printable8(x) && !(i > s && p[i] == ' ' && p[i - 1] == ' ');
    }
    for (; plain && i < e; i++)
        plain = p[i] >= 0x20 && p[i] < 0x7F && !(p[i] == ' ' && p[i - 1] == ' ');
    if (plain) {
        buf_json_string(b, d->text + s, e - s);
        return;
    }
    buf t;
    buf_init(&t);
    text_clean(&t, d->text, s, e, true);
    buf_json_string(b, t.data ? t.data : "", t.len);
    if (!buf_ok(&t))
        b->failed = true;
    buf_free(&t);
}

static void put_json_name(buf *b, const precis_doc *d, int32_t entity) {
    buf t;
    buf_init(&t);
    facts_entity_name(d, entity, &t);
    buf_json_string(b, t.data ? t.data : "", t.len);
    if (!buf_ok(&t))
        b->failed = true;
    buf_free(&t);
}

/* First direct mention of an entity (for evidence offsets). */

/* ,"start":s,"end":e — the byte offsets of a member's evidence. */
static void put_offsets(buf *b, size_t s, size_t e) {
    buf_puts(b, ",\"start\":");
    buf_put_uint(b, s);
    buf_puts(b, ",\"end\":");
    buf_put_uint(b, e);
}

/* ,"NAME":"text","NAME_start":s,"NAME_end":e — a span of the what, with its words. */
static void put_named_span(buf *b, const precis_doc *d, const char *name, uint32_t s, uint32_t e) {
    buf_puts(b, ",\"");
    buf_puts(b, name);
    buf_puts(b, "\":");
    put_json_text(b, d, s, e);
    buf_puts(b, ",\"");
    buf_puts(b, name);
    buf_puts(b, "_start\":");
    buf_put_uint(b, s);
    buf_puts(b, ",\"");
    buf_puts(b, name);
    buf_puts(b, "_end\":");
    buf_put_uint(b, e);
}

static void write_json_members(const precis_doc *d, buf *b);

void facts_json_members(const precis_doc *d, buf *b) {
    facts *f = d->facts;
    if (f->json_members) {
        buf_append(b, f->json_members, f->json_members_len);
        return;
    }
    size_t start = b->len;
    write_json_members(d, b);
    char *copy = buf_ok(b) && f->mem ? arena_alloc(f->mem, b->len - start) : NULL;
    if (copy) {
        memcpy(copy, b->data + start, b->len - start);
        f->json_members = copy;
        f->json_members_len = b->len - start;
    }
}

static void write_json_members(const precis_doc *d, buf *b) {
    const facts *f = d->facts;
    buf_puts(b, "\"date\":");
    if (f->dct[0])
        buf_printf(b, "\"%s\"", f->dct);
    else
        buf_puts(b, "null");

    buf_puts(b, ",\"who\":[");
    if (f->who_group) {
        buf_puts(b, "{\"entity\":-1,\"name\":");
        put_json_text(b, d, f->what.group_start, f->what.group_end);
        buf_puts(b, ",\"group\":true,\"start\":");
        buf_put_uint(b, f->what.group_start);
        buf_puts(b, ",\"end\":");
        buf_put_uint(b, f->what.group_end);
        facts_put_basis(b, 0, f->group_basis);
        buf_putc(b, '}');
    }
    for (size_t i = 0; i < f->n_who; i++) {
        const ner_entity *e = &f->ents.entities[f->who[i]];
        const ner_mention *m = facts_first_mention(f, f->who[i]);
        buf_puts(b, i || f->who_group ? ",{\"entity\":" : "{\"entity\":");
        buf_put_int(b, f->who[i]);
        buf_puts(b, ",\"name\":");
        put_json_name(b, d, f->who[i]);
        if (e->has_role) {
            buf_puts(b, ",\"role\":");
            put_json_text(b, d, e->role_start, e->role_end);
            buf_puts(b, ",\"role_start\":");
            buf_put_uint(b, e->role_start);
            buf_puts(b, ",\"role_end\":");
            buf_put_uint(b, e->role_end);
        }
        buf_puts(b, ",\"salience\":");
        buf_put_fixed(b, e->salience, 4);
        buf_puts(b, ",\"start\":");
        buf_put_uint(b, m ? m->start : 0);
        buf_puts(b, ",\"end\":");
        buf_put_uint(b, m ? m->end : 0);
        facts_put_basis(b, 0, f->who_basis[i]);
        buf_putc(b, '}');
    }

    buf_puts(b, "],\"what\":");
    if (f->what.sentence < 0) {
        buf_puts(b, "null");
    } else {
        const sentence *s = &d->seg.sentences[f->what.sentence];
        buf_puts(b, "{\"sentence\":");
        buf_put_int(b, f->what.sentence);
        put_offsets(b, s->start, s->end);
        if (f->what.phrase_end) {
            put_named_span(b, d, "phrase", f->what.phrase_start, f->what.phrase_end);
            buf_puts(b, ",\"headline\":");
            buf_put_int(b, f->what.headline);
        }
        if (f->what.group_end) {
            put_named_span(b, d, "group", f->what.group_start, f->what.group_end);
        }
        if (f->what.noun_end) {
            put_named_span(b, d, "event", f->what.noun_start, f->what.noun_end);
        }
        if (f->what.verb_end) {
            put_named_span(b, d, "action", f->what.verb_start, f->what.verb_end);
        }
        buf_puts(b, ",\"participants\":[");
        size_t np = 0;
        for (size_t i = 0; i < f->n_who; i++)
            for (size_t k = 0; k < f->ents.n_mentions; k++)
                if (f->ents.mentions[k].entity == f->who[i] && f->ents.mentions[k].sentence == f->what.sentence) {
                    buf_puts(b, np++ ? "," : "");
                    buf_put_int(b, f->who[i]);
                    break;
                }
        buf_putc(b, ']');
        facts_put_basis(b, 1, f->what_basis);
        buf_putc(b, '}');
    }

    buf_puts(b, ",\"where\":[");
    for (size_t i = 0; i < f->n_where; i++) {
        const fact_place *p = &f->where[i];
        buf_puts(b, i ? ",{\"entity\":" : "{\"entity\":");
        buf_put_int(b, p->entity);
        buf_puts(b, ",\"name\":");
        put_json_name(b, d, p->entity);
        put_offsets(b, p->start, p->end);
        if (p->container >= 0) {
            buf_puts(b, ",\"in\":{\"entity\":");
            buf_put_int(b, p->container);
            buf_puts(b, ",\"name\":");
            put_json_name(b, d, p->container);
            put_offsets(b, p->cstart, p->cend);
            buf_putc(b, '}');
        }
        facts_put_basis(b, 2, f->where_basis[i]);
        buf_putc(b, '}');
    }

    buf_puts(b, "],\"when\":[");
    for (size_t i = 0; i < f->n_when; i++) {
        const timex *t = &f->timexes[f->when[i]];
        buf_puts(b, i ? ",{\"type\":\"" : "{\"type\":\"");
        buf_puts(b, timex_type_name(t->type));
        buf_puts(b, "\",\"value\":");
        buf_json_string(b, t->value, strlen(t->value));
        buf_puts(b, ",\"text\":");
        put_json_text(b, d, (uint32_t)t->start, (uint32_t)t->end);
        put_offsets(b, t->start, t->end);
        facts_put_basis(b, 3, f->when_basis[i]);
        buf_putc(b, '}');
    }

    buf_puts(b, "],\"how_many\":[");
    for (size_t i = 0; i < f->n_how_many; i++) {
        const quantity *q = &f->quantities[f->how_many[i]];
        buf_puts(b, i ? ",{\"text\":" : "{\"text\":");
        put_json_text(b, d, q->start, q->end);
        buf_puts(b, ",\"number\":");
        put_json_text(b, d, q->num_start, q->num_end);
        buf_printf(b, ",\"value\":%.10g", q->value);
        if (q->what_end > q->what_start) {
            buf_puts(b, ",\"what\":");
            put_json_text(b, d, q->what_start, q->what_end);
        }
        if (q->approx_end > q->approx_start) {
            buf_puts(b, ",\"approximation\":");
            put_json_text(b, d, q->approx_start, q->approx_end);
        }
        put_offsets(b, q->start, q->end);
        buf_putc(b, '}');
    }

    buf_puts(b, "],\"quotes\":[");
    for (size_t i = 0; i < f->n_quotes; i++) {
        const quote *q = &f->quotes[i];
        buf_puts(b, i ? ",{\"text\":" : "{\"text\":");
        put_json_text(b, d, q->start, q->end);
        put_offsets(b, q->start, q->end);
        if (q->joins)
            buf_puts(b, ",\"joins_previous\":true");
        buf_puts(b, ",\"confidence\":");
        buf_put_fixed(b, q->speaker_token < 0 ? 0.0 : (double)f->quote_conf[i], 2);
        buf_puts(b, ",\"speaker\":");
        if (q->speaker_token < 0) {
            buf_puts(b, "null");
        } else {
            buf_puts(b, "{\"text\":");
            put_json_text(b, d, q->speaker_start, q->speaker_end);
            put_offsets(b, q->speaker_start, q->speaker_end);
            buf_puts(b, ",\"entity\":");
            buf_put_int(b, f->quote_speaker[i]);
            if (q->continued)
                buf_puts(b, ",\"continued\":true");
            if (f->quote_speaker[i] >= 0) {
                buf_puts(b, ",\"name\":");
                put_json_name(b, d, f->quote_speaker[i]);
            }
            buf_putc(b, '}');
        }
        buf_putc(b, '}');
    }

    buf_puts(b, "],\"sources\":[");
    for (size_t i = 0; i < f->n_sources; i++) {
        const source *s = &f->sources[i];
        buf_puts(b, i ? ",{\"text\":" : "{\"text\":");
        put_json_text(b, d, s->start, s->end);
        put_offsets(b, s->start, s->end);
        buf_puts(b, ",\"named\":");
        buf_puts(b, s->named ? "true" : "false");
        buf_puts(b, ",\"cue\":");
        put_json_text(b, d, s->cue_start, s->cue_end);
        buf_puts(b, ",\"entity\":");
        buf_put_int(b, f->source_entity[i]);
        if (s->speech)
            buf_puts(b, ",\"speech\":true");
        if (s->claim_end > s->claim_start) {
            put_named_span(b, d, "claim", s->claim_start, s->claim_end);
        }
        buf_putc(b, '}');
    }

    buf_puts(b, "],\"entities\":");
    if (f->has_ner)
        entities_json_mentions(d, &f->ents, b);
    else
        buf_puts(b, "[]");
    buf_puts(b, ",\"entity_list\":");
    if (f->has_ner)
        entities_json_entities(d, &f->ents, b);
    else
        buf_puts(b, "[]");
    buf_puts(b, ",\"timexes\":[");
    for (size_t i = 0; i < f->n_timexes; i++) {
        const timex *t = &f->timexes[i];
        buf_puts(b, i ? ",{\"type\":\"" : "{\"type\":\"");
        buf_puts(b, timex_type_name(t->type));
        buf_puts(b, "\",\"value\":");
        buf_json_string(b, t->value, strlen(t->value));
        buf_puts(b, ",\"text\":");
        put_json_text(b, d, (uint32_t)t->start, (uint32_t)t->end);
        put_offsets(b, t->start, t->end);
        buf_putc(b, '}');
    }
    buf_putc(b, ']');
}

/* True when the words of a time expression already hold its readable form ("1998", "the
 * 1970s" in "the early 1970s", "1970s"), so that writing it again adds nothing. */
static bool says_it(const char *words, size_t n, const char *readable) {
    if (strncmp(readable, "the ", 4) == 0)
        readable += 4;
    size_t r = strlen(readable);
    for (size_t i = 0; i + r <= n; i++)
        if (strncasecmp(words + i, readable, r) == 0)
            return true;
    return false;
}

bool facts_when_readable(const precis_doc *d, const timex *t, char *out, size_t cap) {
    return timex_readable(t->value, out, cap) && !says_it(d->text + t->start, t->end - t->start, out);
}

static void render_text(const precis_doc *d, buf *b) {
    const facts *f = d->facts;
    /* only the slots with something in them (as in Markdown and HTML) */
    bool any_who = f->n_who || f->who_group;
    if (any_who)
        buf_puts(b, "who:      ");
    if (f->who_group)
        put_text(b, d, f->what.group_start, f->what.group_end);
    for (size_t i = 0; i < f->n_who; i++) {
        const ner_entity *e = &f->ents.entities[f->who[i]];
        if (i || f->who_group)
            buf_puts(b, "; ");
        bool styled = entities_styled_role(d, e); /* "Prince Charles", not "Charles (Prince)" */
        if (styled) {
            put_text(b, d, e->role_start, e->role_end);
            buf_putc(b, ' ');
        }
        facts_entity_name(d, f->who[i], b);
        if (e->has_role && !styled) {
            buf_puts(b, " (");
            role_text(b, d, e);
            buf_putc(b, ')');
        }
    }
    if (any_who)
        buf_putc(b, '\n');
    bool any_what = f->what.phrase_end || f->what.noun_end || f->what.verb_end;
    if (any_what)
        buf_puts(b, "what:     ");
    if (f->what.phrase_end)
        put_text(b, d, f->what.phrase_start, f->what.phrase_end);
    if (f->what.noun_end) {
        if (f->what.phrase_end)
            buf_puts(b, "; ");
        put_text(b, d, f->what.noun_start, f->what.noun_end);
    }
    if (f->what.verb_end) {
        if (f->what.noun_end || f->what.phrase_end)
            buf_puts(b, "; ");
        put_text(b, d, f->what.verb_start, f->what.verb_end);
    }
    if (any_what)
        buf_putc(b, '\n');
    if (f->n_where)
        buf_puts(b, "where:    ");
    for (size_t i = 0; i < f->n_where; i++) {
        if (i)
            buf_puts(b, "; ");
        facts_entity_name(d, f->where[i].entity, b);
        if (f->where[i].container >= 0) {
            buf_puts(b, ", ");
            facts_entity_name(d, f->where[i].container, b);
        }
    }
    if (f->n_where)
        buf_putc(b, '\n');
    if (f->n_when)
        buf_puts(b, "when:     ");
    for (size_t i = 0; i < f->n_when; i++) {
        const timex *t = &f->timexes[f->when[i]];
        if (i)
            buf_puts(b, "; ");
        if (f->when[i] == f->n_timexes) /* the document's date, no words of the text */
            buf_puts(b, "the article's date");
        else
            put_text(b, d, (uint32_t)t->start, (uint32_t)t->end);
        /* the date it stands for, as a person writes it, when the words do not say it all
         * ("Tuesday (Tuesday 29 October 2024)", not "1998 (1998)") */
        char when[64];
        if (facts_when_readable(d, t, when, sizeof when))
            buf_printf(b, " (%s)", when);
    }
    if (f->n_when)
        buf_putc(b, '\n');
    if (f->n_how_many)
        buf_puts(b, "how many: ");
    for (size_t i = 0; i < f->n_how_many; i++) {
        const quantity *q = &f->quantities[f->how_many[i]];
        if (i)
            buf_puts(b, "; ");
        put_text(b, d, q->start, q->end);
    }
    if (f->n_how_many)
        buf_putc(b, '\n');
    if (f->n_quotes)
        buf_puts(b, "quotes:\n");
    for (size_t i = 0; i < f->n_quotes; i++) {
        const quote *q = &f->quotes[i];
        buf_puts(b, "  - ");
        /* a person by name; an organisation by the words that named the speaker ("Analysts
         * at Barclays" are not Barclays) */
        if (f->quote_speaker[i] >= 0 && f->ents.entities[f->quote_speaker[i]].type == NER_PER)
            facts_entity_name(d, f->quote_speaker[i], b);
        else if (q->speaker_token >= 0)
            put_text(b, d, q->speaker_start, q->speaker_end);
        else
            buf_puts(b, "(unattributed)");
        buf_puts(b, ": \xE2\x80\x9C");
        put_text(b, d, q->start, q->end);
        buf_puts(b, "\xE2\x80\x9D\n");
    }
    if (facts_sources_shown(d))
        buf_puts(b, "sources:  ");
    size_t shown = 0;
    for (size_t i = 0; i < f->n_sources; i++) {
        const source *s = &f->sources[i];
        /* named sources only, each once (facts_views.c) */
        if (!facts_source_shown(d, i))
            continue;
        if (shown++)
            buf_puts(b, "; ");
        put_text(b, d, s->start, s->end);
    }
    if (shown)
        buf_putc(b, '\n');
}

precis_status facts_render(precis_doc *d, precis_format fmt, buf *b, precis_error *err) {
    if (fmt != PRECIS_FORMAT_TEXT && fmt != PRECIS_FORMAT_JSON && fmt != PRECIS_FORMAT_MARKDOWN &&
        fmt != PRECIS_FORMAT_HTML)
        return set_error(err, PRECIS_E_UNSUPPORTED, "facts: format not supported (use text, json, markdown or html)");
    PRECIS_TRY(facts_compute(d, err));
    if (fmt == PRECIS_FORMAT_TEXT) {
        render_text(d, b);
        return PRECIS_OK;
    }
    if (fmt == PRECIS_FORMAT_MARKDOWN) {
        facts_markdown(d, b);
        return PRECIS_OK;
    }
    if (fmt == PRECIS_FORMAT_HTML) {
        facts_html_page(d, b);
        return PRECIS_OK;
    }
    buf_putc(b, '{');
    facts_json_members(d, b);
    buf_putc(b, ',');
    nonstory_json_members(d, b); /* what the facts were not taken from, and why */
    buf_printf(b, ",\"lang\":\"%s\",\"supported\":%s}\n", d->lang->code,
               d->lang->has_facts ? "true" : "false");
    return PRECIS_OK;
}
