/* batch_html.c — HTML page to article text, for HTML files and WARC responses in a batch.
 *
 * Parses with gumbo (an HTML5 parser: it copes with the tag soup real pages are), picks the
 * subtree that holds the article — the largest <article>, else <main>, else <body> — and
 * writes its text: script, style, nav, header, footer, aside, form, noscript, template and
 * similar chrome are dropped; block elements (p, div, headings, list items, table rows, ...)
 * end a paragraph, paragraphs are separated by one blank line; runs of whitespace inside a
 * paragraph become one space; <br> becomes a newline. The title comes from <title>.
 * Cost: linear in the page (one parse, two walks). Thread-safe: no shared state. */
#include <gumbo.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>

#include "batch_common.h"

/* Elements nested deeper than this are skipped: real pages stay under a few dozen levels, and
 * the walks below recurse once per level on a worker thread's stack. */
#define MAX_DEPTH 512

static bool dropped_tag(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
        return true;
    default:
        return false;
    }
}

static bool block_tag(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

typedef struct html_out {
    bstr s;
    bool need_space; /* whitespace seen since the last word */
    int breaks;      /* pending line breaks (2 = paragraph) */
} html_out;

static void emit_break(html_out *o, int n) {
    if (n > o->breaks)
        o->breaks = n;
}

static void emit_text(html_out *o, const char *t, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            o->need_space = true;
            continue;
        }
        if (o->s.len) {
            if (o->breaks)
                bstr_add(&o->s, "\n\n", (size_t)o->breaks);
            else if (o->need_space)
                bstr_addc(&o->s, ' ');
        }
        o->breaks = 0;
        o->need_space = false;
        /* Non-breaking spaces count as text: they are rare and harmless to the segmenter. */
        bstr_addc(&o->s, (char)c);
    }
}

static void walk_text(html_out *o, const GumboNode *n, int depth) {
    switch (n->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
        emit_text(o, n->v.text.text, strlen(n->v.text.text));
        return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        break;
    default:
        return;
    }
    GumboTag t = n->v.element.tag;
    if (dropped_tag(t) || depth > MAX_DEPTH)
        return;
    if (t == GUMBO_TAG_BR) {
        emit_break(o, 1);
        return;
    }
    bool block = block_tag(t);
    if (block)
        emit_break(o, 2);
    const GumboVector *ch = &n->v.element.children;
    for (unsigned i = 0; i < ch->length; i++)
        walk_text(o, ch->data[i], depth + 1);
    if (block)
        emit_break(o, 2);
}

/* Bytes of text under a node (outside dropped elements): to pick the main <article>. */
static size_t text_weight(const GumboNode *n, int depth) {
    if (n->type == GUMBO_NODE_TEXT)
        return strlen(n->v.text.text);
    if (n->type != GUMBO_NODE_ELEMENT || dropped_tag(n->v.element.tag) || depth > MAX_DEPTH)
        return 0;
    size_t w = 0;
    const GumboVector *ch = &n->v.element.children;
    for (unsigned i = 0; i < ch->length; i++)
        w += text_weight(ch->data[i], depth + 1);
    return w;
}

typedef struct html_find {
    const GumboNode *article, *main, *body, *title;
    size_t article_weight;
} html_find;

static void find_parts(html_find *f, const GumboNode *n, int depth) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > MAX_DEPTH)
        return;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_TITLE && !f->title)
        f->title = n;
    if (t == GUMBO_TAG_BODY && !f->body)
        f->body = n;
    if (t == GUMBO_TAG_MAIN && !f->main)
        f->main = n;
    if (t == GUMBO_TAG_ARTICLE) {
        size_t w = text_weight(n, depth);
        if (!f->article || w > f->article_weight) {
            f->article = n;
            f->article_weight = w;
        }
        return; /* nested articles (comments) belong to this one */
    }
    if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE)
        return;
    const GumboVector *ch = &n->v.element.children;
    for (unsigned i = 0; i < ch->length; i++)
        find_parts(f, ch->data[i], depth + 1);
}

/* Upper bound on how deep the page nests: opening tags minus closing tags, void elements
 * and self-closing tags not counted. Implicitly closed <p> and <li> make it an overestimate. */
static size_t open_depth(const char *p, size_t n) {
    static const char *const voids[] = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                        "link", "meta", "param", "source", "track", "wbr"};
    size_t depth = 0, max = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (p[i] != '<')
            continue;
        char c = p[i + 1];
        if (c == '/') {
            depth -= depth > 0;
            continue;
        }
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            continue;
        size_t k = i + 1;
        while (k < n && ((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= 'A' && p[k] <= 'Z') || (p[k] >= '0' && p[k] <= '9')))
            k++;
        bool is_void = false;
        for (size_t v = 0; v < sizeof voids / sizeof voids[0] && !is_void; v++)
            is_void = strlen(voids[v]) == k - i - 1 && strncasecmp(p + i + 1, voids[v], k - i - 1) == 0;
        const char *gt = memchr(p + k, '>', n - k);
        if (is_void || (gt && gt > p + k && gt[-1] == '/'))
            continue;
        if (++depth > max)
            max = depth;
    }
    return max;
}

char *batch_html_to_text(const char *html, size_t len, size_t *len_out, char **title_out, const char **error) {
    *title_out = NULL;
    *error = NULL;
    /* gumbo's handling of deeply nested formatting elements is quadratic and recurses: a
     * million nested <b> takes minutes and then overflows the stack. Pages that nest deeper
     * than this are refused. Real pages, with all their unclosed <p> and <li>, stay far below. */
    enum { MAX_OPEN = 20000 };
    if (open_depth(html, len) > MAX_OPEN) {
        *error = "HTML nested over 20000 levels deep: refused";
        return NULL;
    }
    GumboOutput *g = gumbo_parse_with_options(&kGumboDefaultOptions, html, len);
    if (!g)
        return NULL;
    html_find f = {0};
    find_parts(&f, g->root, 0);
    html_out o = {0};
    /* An <article> with almost no text is a teaser box, not the page's article. The floor
     * of 200 bytes is about two short sentences. */
    const GumboNode *top = f.article && f.article_weight >= 200 ? f.article : f.main ? f.main
                           : f.body                                          ? f.body
                                                                             : g->root;
    walk_text(&o, top, 0);
    if (f.title) {
        html_out t = {0};
        const GumboVector *ch = &f.title->v.element.children;
        for (unsigned i = 0; i < ch->length; i++)
            walk_text(&t, ch->data[i], 0);
        if (t.s.failed)
            bstr_free(&t.s);
        *title_out = t.s.data;
    }
    gumbo_destroy_output(&kGumboDefaultOptions, g);
    if (o.s.failed) {
        bstr_free(&o.s);
        free(*title_out);
        *title_out = NULL;
        return NULL;
    }
    if (!o.s.data) {
        o.s.data = malloc(1);
        if (o.s.data)
            o.s.data[0] = '\0';
        else {
            free(*title_out);
            *title_out = NULL;
        }
    }
    *len_out = o.s.len;
    return o.s.data;
}
