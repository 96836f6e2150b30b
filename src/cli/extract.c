/* extract.c — the main text and the metadata of a web page.
 *
 * Steps, each linear in the page:
 *   1. bytes to UTF-8: a byte-order mark, else valid UTF-8 as is, else the charset the HTTP
 *      header or a <meta> declares (iso-8859-1 and ascii read as windows-1252, as browsers
 *      do), converted with iconv; an undeclared non-UTF-8 page is read as windows-1252.
 *      Valid UTF-8 wins over a declared single-byte charset: pages mislabelled that way are
 *      common, and non-ASCII windows-1252 text that is also valid UTF-8 is all but unknown.
 *      Script and style bodies and comments are cut out before parsing (never text; two
 *      fifths of a page's bytes).
 *   2. gumbo parses the page (an HTML5 parser: it copes with the tag soup real pages are),
 *      and the elements are copied into a flat table in document order, each with the text
 *      under it, the part of that text inside links, and its commas.
 *   3. Elements that are never article text are marked: scripts, forms' controls, figures
 *      and captions, media; and, unless they hold 40% of the page's text (an unclosed
 *      <header> swallows the rest of the page), header, nav, aside, footer, noscript, hidden
 *      elements, ARIA landmark roles other than main, and elements whose class or id names
 *      chrome (comment, related, share, promo, caption, byline, cookie, newsletter, ...).
 *   4. The main container is found the way Mozilla's Readability finds it: every paragraph
 *      of 25 characters or more gives 1 + its commas + one per 100 characters (at most 3) to
 *      its parent, half to its grandparent and a third per level to three more; a
 *      container's score starts from its tag and class hints and is scaled by its share of
 *      text outside links. The best container, or its parent when that scores higher, and
 *      those of its siblings that score nearly as well (or are plain prose paragraphs), hold
 *      the article. When they hold under half the page's prose paragraphs, the container
 *      widens to the ancestor holding three quarters of them.
 *   5. Their text is written paragraph by paragraph, leaving out what is still chrome inside
 *      them: link lists, link-heavy boxes and paragraphs, and lines such as "Advertisement".
 *   6. Title, date, author, site, language and URL from schema.org JSON-LD, OpenGraph and
 *      <meta>, <time>, <title> and <h1>; the site name is taken off the title.
 * When the filters of step 3 leave almost nothing (a site whose article container is named
 * like chrome), step 4 runs again without the class and id hints, as Readability does.
 * The numbers of step 4 are Readability's; the others were set on trafilatura's evaluation
 * pages (benchmarks/extract.sh), where each moved accuracy by a point or less either way. */
#include <ctype.h>
#include <errno.h>
#include <gumbo.h>
#include <iconv.h>
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "batch_common.h"
#include "extract.h"

/* Elements nested deeper than this are skipped: real pages stay under a few dozen levels,
 * and the walks recurse once per level. */
#define MAX_DEPTH 512
/* gumbo's handling of deeply nested formatting elements is quadratic and recurses: a
 * million nested <b> takes minutes and then overflows the stack. Pages whose tags nest
 * deeper than this are refused; real pages, with all their unclosed <p> and <li>, stay far
 * below. */
#define MAX_OPEN 20000
/* Below this many bytes of text the filtered extraction is taken as a miss and the page is
 * read again without class/id hints (about two short sentences). */
#define RETRY_BELOW 250

/* ---- step 1: bytes to UTF-8 ----------------------------------------------------------------- */

static size_t utf8_seq(const unsigned char *p, size_t n) {
    unsigned c = p[0];
    if (c < 0x80)
        return 1;
    size_t k;
    unsigned min;
    if ((c & 0xE0) == 0xC0)
        k = 2, min = 0x80;
    else if ((c & 0xF0) == 0xE0)
        k = 3, min = 0x800;
    else if ((c & 0xF8) == 0xF0)
        k = 4, min = 0x10000;
    else
        return 0;
    if (k > n)
        return 0;
    unsigned v = c & (0x7F >> k);
    for (size_t i = 1; i < k; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    return k;
}

static bool valid_utf8(const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = utf8_seq(p + i, n - i);
        if (!k)
            return false;
        i += k;
    }
    return true;
}

/* The charset a page declares in its first 4 KiB: <meta charset=X> or a http-equiv
 * Content-Type's "charset=X". Writes it to out (lower case). */
static bool declared_charset(const char *p, size_t n, char *out, size_t cap) {
    if (n > 4096)
        n = 4096;
    for (size_t i = 0; i + 8 < n; i++) {
        if (strncasecmp(p + i, "charset", 7) != 0)
            continue;
        size_t k = i + 7;
        while (k < n && (p[k] == ' ' || p[k] == '\t'))
            k++;
        if (k >= n || p[k] != '=')
            continue;
        k++;
        while (k < n && (p[k] == ' ' || p[k] == '"' || p[k] == '\''))
            k++;
        size_t m = 0;
        while (k < n && m + 1 < cap && (isalnum((unsigned char)p[k]) || strchr("-_.:", p[k])))
            out[m++] = (char)tolower((unsigned char)p[k++]);
        out[m] = '\0';
        if (m)
            return true;
    }
    return false;
}

/* The iconv name for a declared charset, as browsers read it (WHATWG Encoding). */
static const char *iconv_name(const char *cs) {
    static const char *const as1252[] = {"iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii",
                                         "cp1252", "windows-1252", "x-cp1252", "iso_8859-1"};
    for (size_t i = 0; i < sizeof as1252 / sizeof as1252[0]; i++)
        if (strcmp(cs, as1252[i]) == 0)
            return "WINDOWS-1252";
    if (strcmp(cs, "gb2312") == 0 || strcmp(cs, "gbk") == 0)
        return "GB18030";
    if (strcmp(cs, "shift_jis") == 0 || strcmp(cs, "sjis") == 0)
        return "CP932";
    if (strcmp(cs, "iso-8859-9") == 0)
        return "WINDOWS-1254";
    if (strcmp(cs, "tis-620") == 0 || strcmp(cs, "iso-8859-11") == 0)
        return "WINDOWS-874";
    return cs;
}

/* Converts with iconv; a byte sequence it cannot read becomes U+FFFD and the rest goes on. */
static bool convert(const char *from, const char *in, size_t n, bstr *out) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        return false;
    char *ip = (char *)in;
    size_t il = n;
    if (!bstr_reserve(out, n * 2 + 16)) {
        iconv_close(cd);
        return true;
    }
    while (il > 0) {
        if (!bstr_reserve(out, il * 2 + 16))
            break;
        char *op = out->data + out->len;
        size_t ol = out->cap - out->len - 1;
        size_t r = iconv(cd, &ip, &il, &op, &ol);
        out->len = (size_t)(op - out->data);
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG)
            continue;
        /* EILSEQ, or EINVAL for a sequence cut at the end: one replacement character */
        bstr_add(out, "\xEF\xBF\xBD", 3);
        ip++;
        il--;
    }
    if (out->data)
        out->data[out->len] = '\0';
    iconv_close(cd);
    return true;
}

/* The page as UTF-8 in *out (which may be left empty: then `in` itself is UTF-8). */
static const char *to_utf8(const char *in, size_t n, const char *hint, bstr *out, bool *unknown) {
    *unknown = false;
    const unsigned char *u = (const unsigned char *)in;
    if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        convert("UTF-16LE", in + 2, n - 2, out);
        return "UTF-16LE";
    }
    if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        convert("UTF-16BE", in + 2, n - 2, out);
        return "UTF-16BE";
    }
    if (valid_utf8(in, n))
        return "UTF-8";
    char cs[48];
    bool have = false;
    if (hint && *hint) {
        size_t m = 0;
        for (; hint[m] && m + 1 < sizeof cs; m++)
            cs[m] = (char)tolower((unsigned char)hint[m]);
        cs[m] = '\0';
        have = true;
    } else
        have = declared_charset(in, n, cs, sizeof cs);
    if (have && (strcmp(cs, "utf-8") == 0 || strcmp(cs, "utf8") == 0))
        return "UTF-8"; /* declared UTF-8 with bad bytes: the library repairs them */
    const char *name = have ? iconv_name(cs) : "WINDOWS-1252";
    if (!convert(name, in, n, out)) {
        *unknown = true;
        name = "WINDOWS-1252";
        convert(name, in, n, out);
    }
    return strcmp(name, "WINDOWS-1252") == 0 ? "windows-1252" : name;
}

/* ---- detection ------------------------------------------------------------------------------ */

bool extract_looks_html(const char *p, size_t n) {
    const unsigned char *u = (const unsigned char *)p;
    if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        /* UTF-16: the start's ASCII characters, narrowed, tell as well */
        char narrow[1024];
        size_t m = 0, lo = u[0] == 0xFF ? 0 : 1;
        for (size_t k = 2; k + 1 < n && m < sizeof narrow; k += 2)
            narrow[m++] = u[k + 1 - lo] == 0 ? (char)u[k + lo] : '?';
        return extract_looks_html(narrow, m);
    }
    size_t i = 0;
    if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    for (int rounds = 0; rounds < 64; rounds++) {
        while (i < n && isspace((unsigned char)p[i]))
            i++;
        if (n - i >= 4 && memcmp(p + i, "<!--", 4) == 0) {
            const char *e = NULL;
            for (size_t k = i + 4; k + 2 < n; k++)
                if (p[k] == '-' && p[k + 1] == '-' && p[k + 2] == '>') {
                    e = p + k + 3;
                    break;
                }
            if (!e)
                return true; /* a page cut inside its first comment */
            i = (size_t)(e - p);
            continue;
        }
        if (n - i >= 2 && memcmp(p + i, "<?", 2) == 0) {
            const char *e = memchr(p + i, '>', n - i);
            if (!e)
                return false;
            i = (size_t)(e - p) + 1;
            continue;
        }
        break;
    }
    static const char *const starts[] = {"<!doctype html", "<html", "<head", "<body", "<meta", "<title"};
    for (size_t k = 0; k < sizeof starts / sizeof starts[0]; k++) {
        size_t m = strlen(starts[k]);
        if (n - i > m && strncasecmp(p + i, starts[k], m) == 0 &&
            !isalnum((unsigned char)p[i + m]))
            return true;
    }
    return false;
}

bool extract_looks_binary(const char *p, size_t n) {
    const unsigned char *u = (const unsigned char *)p;
    if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
        return false;
    static const struct {
        const char *magic;
        size_t len;
    } sigs[] = {{"%PDF-", 5}, {"\x89PNG", 4}, {"GIF8", 4}, {"\xFF\xD8\xFF", 3}, {"PK\x03\x04", 4},
                {"\x1F\x8B", 2}, {"BZh", 3}, {"\xFD" "7zXZ", 5}, {"\x28\xB5\x2F\xFD", 4}, {"RIFF", 4},
                {"\x7F" "ELF", 4}, {"7z\xBC\xAF", 4}, {"OggS", 4}, {"ID3", 3}, {"wOFF", 4}};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        if (n >= sigs[i].len && memcmp(p, sigs[i].magic, sigs[i].len) == 0)
            return true;
    size_t m = n < 4096 ? n : 4096, ctl = 0, nul = 0;
    for (size_t i = 0; i < m; i++) {
        nul += u[i] == 0;
        if ((u[i] < 0x20 && u[i] != '\t' && u[i] != '\n' && u[i] != '\r' && u[i] != '\f') || u[i] == 0x7F)
            ctl++;
    }
    /* a stray NUL or control byte is a damaged page; one NUL in a hundred bytes, or one
     * control byte in ten, is not text */
    return m && (nul * 100 > m || ctl * 10 > m);
}

/* Upper bound on how deep the page nests: opening tags minus closing tags, void elements
 * and self-closing tags not counted. Implicitly closed <p> and <li> make it an overestimate. */
static size_t open_depth(const char *p, size_t n) {
    static const char *const voids[] = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                        "link", "meta", "param", "source", "track", "wbr"};
    size_t depth = 0, max = 0;
    for (const char *q = memchr(p, '<', n); q && q + 1 < p + n; q = memchr(q + 1, '<', (size_t)(p + n - q - 1))) {
        size_t i = (size_t)(q - p);
        char c = p[i + 1];
        if (c == '/') {
            depth -= depth > 0;
            continue;
        }
        if (!isalpha((unsigned char)c))
            continue;
        size_t k = i + 1;
        while (k < n && isalnum((unsigned char)p[k]))
            k++;
        bool is_void = false;
        for (size_t v = 0; v < sizeof voids / sizeof voids[0] && !is_void; v++)
            is_void = strlen(voids[v]) == k - i - 1 && strncasecmp(p + i + 1, voids[v], k - i - 1) == 0;
        if (is_void)
            continue;
        if (++depth > max)
            max = depth;
    }
    return max;
}

/* ---- scripts, styles and comments out before parsing ------------------------------------------ */

/* Finds "</NAME" (any case) from p on; returns a pointer to its '<' or NULL. */
static const char *find_close(const char *p, const char *end, const char *name, size_t nlen) {
    for (const char *q = p; q < end; q++) {
        q = memchr(q, '<', (size_t)(end - q));
        if (!q || end - q < (ptrdiff_t)(nlen + 2))
            return NULL;
        if (q[1] == '/' && strncasecmp(q + 2, name, nlen) == 0)
            return q;
    }
    return NULL;
}

/* Copies the page without the bodies of <script> (except JSON-LD), <style> and comments:
 * about two fifths of the bytes of today's pages (43% of trafilatura's evaluation set), never
 * text, and gumbo spends most of its time lexing them. They are cut as the HTML tokenizer
 * would end them: a script at the first "</script", a comment at the first "-->". */
static void strip_raw(const char *p, size_t n, bstr *out) {
    const char *end = p + n, *copied = p;
    for (const char *q = memchr(p, '<', n); q; q = q < end ? memchr(q, '<', (size_t)(end - q)) : NULL) {
        size_t left = (size_t)(end - q);
        const char *skip_to = NULL;
        if (left >= 4 && memcmp(q, "<!--", 4) == 0) {
            const char *e = NULL;
            for (const char *d = q + 4; d + 2 < end; d++) {
                d = memchr(d, '-', (size_t)(end - d));
                if (!d || d + 2 >= end)
                    break;
                if (d[1] == '-' && d[2] == '>') {
                    e = d + 3;
                    break;
                }
            }
            if (!e)
                break; /* a comment to the end: left for gumbo */
            skip_to = e;
        } else if (left > 7 && (strncasecmp(q + 1, "script", 6) == 0 || strncasecmp(q + 1, "style", 5) == 0)) {
            bool script = (q[2] | 0x20) == 'c';
            size_t nl = script ? 6 : 5;
            char after = q[1 + nl];
            if (after == ' ' || after == '>' || after == '\t' || after == '\n' || after == '\r' || after == '/') {
                const char *gt = memchr(q, '>', left);
                if (!gt)
                    break;
                bool ld = false;
                for (const char *a = q; a + 7 <= gt && !ld; a++)
                    ld = strncasecmp(a, "ld+json", 7) == 0;
                if (!ld) {
                    const char *c = find_close(gt + 1, end, script ? "script" : "style", nl);
                    const char *ce = c ? memchr(c, '>', (size_t)(end - c)) : NULL;
                    if (!ce)
                        break;
                    skip_to = ce + 1;
                }
            }
        }
        if (skip_to) {
            bstr_add(out, copied, (size_t)(q - copied));
            copied = skip_to;
            q = skip_to;
        } else
            q++;
    }
    bstr_add(out, copied, (size_t)(end - copied));
}

/* ---- step 2: the element table ------------------------------------------------------------- */

enum {
    XF_DROP = 1 << 0,  /* never article text (tag, hidden, role) */
    XF_HINT = 1 << 1,  /* class or id names chrome */
    XF_GOOD = 1 << 2,  /* class or id names content */
    XF_BLOCK = 1 << 3, /* has a block element among its children */
    XF_PARA = 1 << 4,  /* a paragraph for scoring */
    XF_SCORED = 1 << 5,
    XF_STRONG = 1 << 6, /* the chrome its name says is never the article (comments, cookies) */
    XF_SOFT = 1 << 7,   /* chrome by tag, role or hiding that may hold the page by accident */
};

typedef struct xnode {
    const GumboNode *g;
    int parent; /* -1 for the root */
    int end;    /* one past the last descendant */
    GumboTag tag;
    unsigned flags;
    int weight;  /* class/id weight: +25 content, -25 chrome */
    size_t text; /* bytes of text under it, white space runs counted once */
    size_t link; /* of which inside <a> */
    size_t commas;
    double score;
} xnode;

typedef struct xtable {
    xnode *v;
    size_t n, cap;
    bool failed;
} xtable;

static bool is_block(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TABLE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CAPTION:
        return true;
    default:
        return false;
    }
}

static bool is_dropped_tag(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_MENU:
    case GUMBO_TAG_LABEL: case GUMBO_TAG_OPTION: case GUMBO_TAG_MAP:
        return true;
    default:
        return false;
    }
}

/* Chrome by its tag, unless it holds much of the page: an unclosed <header> or <noscript>
 * swallows everything after it, and the HTML5 parser keeps it that way. */
static bool is_soft_tag(GumboTag t) {
    return t == GUMBO_TAG_HEADER || t == GUMBO_TAG_FOOTER || t == GUMBO_TAG_NAV || t == GUMBO_TAG_ASIDE ||
           t == GUMBO_TAG_NOSCRIPT;
}

static const char *attr(const GumboNode *n, const char *name) {
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : NULL;
}

static bool has_word_ci(const char *s, const char *w) {
    size_t m = strlen(w);
    for (const char *p = s; *p; p++)
        if (strncasecmp(p, w, m) == 0)
            return true;
    return false;
}

/* Class and id words for chrome, matched anywhere in the name (lower-cased). Most come from
 * Readability's "unlikely candidates" and trafilatura's boilerplate list; the rest were read
 * off pages of our own test set (tests/data/html). */
static const char *const CHROME[] = {
    "comment", "related", "share", "sharing", "social", "promo", "caption", "byline", "cookie",
    "consent", "gdpr", "newsletter", "subscri", "signup", "sign-up", "advert", "sponsor", "outbrain",
    "taboola", "breadcrumb", "sidebar", "widget", "popup", "modal", "banner", "footer", "masthead",
    "navbar", "navigation", "menu", "pagination", "pager", "recommend", "popular", "trending",
    "most-read", "mostread", "readmore", "read-more", "more-stories", "author-bio", "authorbio",
    "disqus", "credit", "toolbar", "skip-link", "login", "paywall", "teaser", "tagcloud", "tag-list",
    "taglist", "post-tags", "article-tags", "rating", "disclaimer", "copyright", "print-only",
    "shoutbox", "skyscraper", "community", "replies", "reply", "follow", "donate", "feedback", "alert",
    "newsticker", "ticker", "survey", "app-promo", "inline-ad", "ad-slot", "adslot", "ad-container",
    "ad-wrapper", "dfp", "google-ad", "postmeta", "post-meta", "entry-meta", "article-meta",
    "article-info", "dateline", "timestamp", "publish-date", "pubdate", "author-info", "authorinfo",
    "contributor", "headline-list", "more-from", "next-article", "prev-next", "postnav", "post-nav",
    "site-header", "site-footer", "topbar", "top-bar", "header-", "-header", "jump-to", "disclosure",
    "affiliate", "spons", "crp_", "lizenz", "license", "infobox", "author-",
    NULL};
/* Whole words (separated by space, '-' or '_') for chrome that is too short to match inside
 * other words ("ad" in "read", "nav" in "canvas"). */
static const char *const CHROME_WORDS[] = {"ad", "ads", "adv", "nav", "tags", "tag", "meta", "date", "time",
                                           "author", "bio", "print", "email", "rss", "header", "top",
                                           "infobox", "aside", "extra", "tools", "links", "byl", NULL};
/* Chrome that is never the article whatever its size: a large "sidebar" or "header" box can
 * be a layout wrapper around the article, a large comments box is still comments. */
static const char *const STRONG[] = {"comment", "disqus", "replies", "cookie", "consent", "gdpr",
                                     "newsletter", "outbrain", "taboola", "related", "recommend", NULL};
/* Words naming content (Readability's "ok maybe it's a candidate" and positive lists). */
static const char *const CONTENT[] = {"article", "content", "entry", "post-body", "postbody", "story",
                                      "main", "text", "body", "blog", "column", "hentry", NULL};

static bool word_in(const char *s, const char *w) {
    size_t m = strlen(w);
    const char *p = s;
    while ((p = strstr(p, w)) != NULL) {
        bool left = p == s || strchr(" -_", p[-1]);
        bool right = p[m] == '\0' || strchr(" -_", p[m]);
        if (left && right)
            return true;
        p += m;
    }
    return false;
}

/* The letters a-z a string holds, as bits: a pattern can only be in a name holding all its
 * letters, which rules out most of the hundred patterns before any strstr. */
static uint32_t letters(const char *s) {
    uint32_t m = 0;
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            m |= 1u << (*s - 'a');
    return m;
}

typedef struct hint_lists {
    uint32_t strong[sizeof STRONG / sizeof STRONG[0]];
    uint32_t chrome[sizeof CHROME / sizeof CHROME[0]];
    uint32_t words[sizeof CHROME_WORDS / sizeof CHROME_WORDS[0]];
    uint32_t content[sizeof CONTENT / sizeof CONTENT[0]];
} hint_lists;

static void hint_lists_init(hint_lists *h) {
    for (size_t i = 0; STRONG[i]; i++)
        h->strong[i] = letters(STRONG[i]);
    for (size_t i = 0; CHROME[i]; i++)
        h->chrome[i] = letters(CHROME[i]);
    for (size_t i = 0; CHROME_WORDS[i]; i++)
        h->words[i] = letters(CHROME_WORDS[i]);
    for (size_t i = 0; CONTENT[i]; i++)
        h->content[i] = letters(CONTENT[i]);
}

/* True when one of the space-separated names in s (lower case) names content and no chrome,
 * and another name is a variant of it, as a modifier class is: "entry-content" beside
 * "entry-content-read-more". Not "entry-meta" or "article-tags" alone, nor a content name
 * beside unrelated chrome names ("main sidebar"). */
static bool pure_content_name(const hint_lists *h, const char *s) {
    const char *all = s;
    while (*s) {
        size_t n = strcspn(s, " ");
        char w[128];
        bool variant = false;
        for (const char *p = all; *p && n > 0;) {
            size_t m = strcspn(p, " ");
            if (p != s && m > n + 1 && strncmp(p, s, n) == 0 && (p[n] == '-' || p[n] == '_'))
                variant = true;
            p += m;
            while (*p == ' ')
                p++;
        }
        if (variant && n < sizeof w) {
            memcpy(w, s, n);
            w[n] = '\0';
            uint32_t have = letters(w);
            bool content = false, chrome = false;
            for (size_t i = 0; CONTENT[i] && !content; i++)
                content = !(h->content[i] & ~have) && strstr(w, CONTENT[i]);
            for (size_t i = 0; CHROME[i] && !chrome; i++)
                chrome = !(h->chrome[i] & ~have) && strstr(w, CHROME[i]);
            for (size_t i = 0; CHROME_WORDS[i] && !chrome; i++)
                chrome = !(h->words[i] & ~have) && word_in(w, CHROME_WORDS[i]);
            if (content && !chrome)
                return true;
        }
        s += n;
        while (*s == ' ')
            s++;
    }
    return false;
}

/* Class/id verdict: -2 strong chrome, -1 chrome, +1 content, 0 neither. */
static int name_hint(const hint_lists *h, const char *cls, const char *id, bool *content) {
    /* lower-cased, camelCase words apart ("articleMeta" -> "article-meta"), without the
     * taxonomy classes WordPress puts on every post ("tag-rain", "category-local"): they
     * name what the post is about, not what the box is */
    static const char *const taxonomy[] = {"tag-", "category-", "format-", "status-", "type-", "postid-", NULL};
    char s[512];
    size_t m = 0;
    for (int k = 0; k < 2; k++) {
        const char *src = k ? id : cls;
        if (k && src && *src && m && m + 2 < sizeof s)
            s[m++] = ' ';
        while (src && *src && m + 3 < sizeof s) {
            size_t tok = strcspn(src, " \t\n");
            bool skip = false;
            for (size_t i = 0; taxonomy[i] && !skip; i++)
                skip = strncasecmp(src, taxonomy[i], strlen(taxonomy[i])) == 0;
            for (size_t i = 0; i < tok && !skip && m + 3 < sizeof s; i++) {
                unsigned char ch = (unsigned char)src[i];
                if (ch >= 'A' && ch <= 'Z' && m && s[m - 1] >= 'a' && s[m - 1] <= 'z')
                    s[m++] = '-';
                s[m++] = (char)tolower(ch);
            }
            if (!skip && m + 3 < sizeof s)
                s[m++] = ' ';
            src += tok;
            while (*src == ' ' || *src == '\t' || *src == '\n')
                src++;
        }
    }
    while (m && s[m - 1] == ' ')
        m--;
    s[m] = '\0';
    *content = false;
    if (!m)
        return 0;
    uint32_t have = letters(s);
    for (size_t i = 0; CONTENT[i]; i++)
        if (!(h->content[i] & ~have) && strstr(s, CONTENT[i])) {
            *content = true;
            break;
        }
    for (size_t i = 0; STRONG[i]; i++)
        if (!(h->strong[i] & ~have) && strstr(s, STRONG[i]))
            return -2;
    int verdict = *content ? 1 : 0;
    for (size_t i = 0; CHROME[i] && verdict >= 0; i++)
        if (!(h->chrome[i] & ~have) && strstr(s, CHROME[i]))
            verdict = -1;
    for (size_t i = 0; CHROME_WORDS[i] && verdict >= 0; i++)
        if (!(h->words[i] & ~have) && word_in(s, CHROME_WORDS[i]))
            verdict = -1;
    /* "entry-content entry-content-read-more": one of the names is content and nothing else,
     * and it speaks for the box, as Readability's "ok maybe" list does ("entry-meta" alone,
     * or "article-meta", names no content by itself) */
    if (verdict < 0 && *content && pure_content_name(h, s))
        verdict = 1;
    return verdict;
}

/* The attributes the walk reads, in one pass over the element's attribute list. */
typedef struct xattrs {
    const char *cls, *id, *itemprop, *style, *role;
    bool hidden;
} xattrs;

static void read_attrs(const GumboNode *n, xattrs *a) {
    memset(a, 0, sizeof *a);
    const GumboVector *v = &n->v.element.attributes;
    for (unsigned i = 0; i < v->length; i++) {
        const GumboAttribute *at = v->data[i];
        const char *k = at->name; /* gumbo lower-cases attribute names */
        switch (k[0]) {
        case 'c':
            if (strcmp(k, "class") == 0)
                a->cls = at->value;
            break;
        case 'i':
            if (strcmp(k, "id") == 0)
                a->id = at->value;
            else if (strcmp(k, "itemprop") == 0)
                a->itemprop = at->value;
            break;
        case 's':
            if (strcmp(k, "style") == 0)
                a->style = at->value;
            break;
        case 'r':
            if (strcmp(k, "role") == 0)
                a->role = at->value;
            break;
        case 'h':
            if (strcmp(k, "hidden") == 0)
                a->hidden = true;
            break;
        case 'a':
            if (strcmp(k, "aria-hidden") == 0 && strcasecmp(at->value, "true") == 0)
                a->hidden = true;
            break;
        default:
            break;
        }
    }
}

static bool hidden(const xattrs *a) {
    if (a->hidden)
        return true;
    const char *st = a->style;
    if (st && (has_word_ci(st, "display:none") || has_word_ci(st, "display: none") ||
               has_word_ci(st, "visibility:hidden") || has_word_ci(st, "visibility: hidden")))
        return true;
    const char *role = a->role;
    if (role && (strcasecmp(role, "navigation") == 0 || strcasecmp(role, "banner") == 0 ||
                 strcasecmp(role, "contentinfo") == 0 || strcasecmp(role, "complementary") == 0 ||
                 strcasecmp(role, "dialog") == 0 || strcasecmp(role, "alertdialog") == 0 ||
                 strcasecmp(role, "menu") == 0 || strcasecmp(role, "menubar") == 0 ||
                 strcasecmp(role, "search") == 0))
        return true;
    return false;
}

/* Text length with white space runs counted once, and its commas. */
static void measure(const char *t, size_t *len, size_t *commas) {
    size_t n = 0, c = 0;
    bool space = true;
    for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
        if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f') {
            if (!space)
                n++;
            space = true;
            continue;
        }
        space = false;
        n++;
        if (*p == ',')
            c++;
        else if (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C) /* U+FF0C fullwidth comma */
            c++;
        else if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81) /* U+3001 ideographic comma */
            c++;
    }
    *len = n;
    *commas = c;
}

static void build(xtable *t, const hint_lists *hl, const GumboNode *g, int parent, int depth, bool in_link) {
    if (t->failed || depth > MAX_DEPTH)
        return;
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 1024;
        xnode *v = realloc(t->v, cap * sizeof *v);
        if (!v) {
            t->failed = true;
            return;
        }
        t->v = v;
        t->cap = cap;
    }
    int me = (int)t->n++;
    xnode *x = &t->v[me];
    memset(x, 0, sizeof *x);
    x->g = g;
    x->parent = parent;
    x->tag = g->v.element.tag;
    xattrs at;
    read_attrs(g, &at);
    if (is_dropped_tag(x->tag))
        x->flags |= XF_DROP;
    /* hidden and landmark-role elements too: a script may show a hidden wrapper, and a
     * role=banner <header> left open holds the page */
    if (is_soft_tag(x->tag) || hidden(&at))
        x->flags |= XF_SOFT;
    bool content = false;
    int h = name_hint(hl, at.cls, at.id, &content);
    if (x->tag == GUMBO_TAG_BODY || x->tag == GUMBO_TAG_HTML || x->tag == GUMBO_TAG_MAIN)
        h = h < 0 ? 0 : h;
    if (h < 0)
        x->flags |= XF_HINT;
    if (h == -2)
        x->flags |= XF_STRONG;
    if (content)
        x->flags |= XF_GOOD;
    x->weight = h < 0 ? -25 : content ? 25 : 0;
    const char *ip = at.itemprop;
    if (ip && (strcmp(ip, "articleBody") == 0 || strcmp(ip, "text") == 0)) {
        x->weight += 25;
        x->flags |= XF_GOOD;
        x->flags &= ~(unsigned)(XF_HINT | XF_STRONG);
    }
    bool link = in_link || x->tag == GUMBO_TAG_A;
    const GumboVector *ch = &g->v.element.children;
    for (unsigned i = 0; i < ch->length; i++) {
        const GumboNode *c = ch->data[i];
        if (c->type == GUMBO_NODE_ELEMENT || c->type == GUMBO_NODE_TEMPLATE) {
            if (is_block(c->v.element.tag))
                t->v[me].flags |= XF_BLOCK;
            build(t, hl, c, me, depth + 1, link);
        } else if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) {
            size_t n, commas;
            measure(c->v.text.text, &n, &commas);
            t->v[me].text += n;
            t->v[me].commas += commas;
            if (link)
                t->v[me].link += n;
        }
        if (t->failed)
            return;
    }
    t->v[me].end = (int)t->n;
}

/* Adds each element's text to its ancestors (elements not dropped only). */
static void sum_up(xtable *t) {
    for (size_t i = t->n; i-- > 1;) {
        xnode *x = &t->v[i];
        if (x->flags & XF_DROP || x->parent < 0)
            continue;
        xnode *p = &t->v[x->parent];
        p->text += x->text;
        p->link += x->link;
        p->commas += x->commas;
    }
}

/* ---- step 4: the main container ---------------------------------------------------------------- */

static int tag_base(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH: return -5;
    default: return 0;
    }
}

/* Is element i out of the article: dropped itself or below a dropped element? `hints`:
 * class/id hints count too. Computed top-down into `out` (one flag per element). */
static void mark_out(const xtable *t, bool hints, unsigned char *out) {
    for (size_t i = 0; i < t->n; i++) {
        const xnode *x = &t->v[i];
        bool o = (x->flags & (XF_DROP | XF_SOFT)) || (hints && (x->flags & XF_HINT));
        if (x->parent >= 0 && out[x->parent])
            o = true;
        out[i] = o;
    }
}

/* Text under i outside removed elements: the sums of step 2 minus what `out` removes. */
static void live_sums(const xtable *t, const unsigned char *out, size_t *text, size_t *link, size_t *commas) {
    for (size_t i = 0; i < t->n; i++) {
        text[i] = link[i] = commas[i] = 0;
    }
    /* own text: an element's total minus its children's totals (sum_up added them) */
    for (size_t i = t->n; i-- > 0;) {
        const xnode *x = &t->v[i];
        size_t own_t = x->text, own_l = x->link, own_c = x->commas;
        for (size_t c = i + 1; c < (size_t)x->end; c = (size_t)t->v[c].end)
            if (!(t->v[c].flags & XF_DROP)) {
                own_t -= t->v[c].text;
                own_l -= t->v[c].link;
                own_c -= t->v[c].commas;
            }
        if (out[i])
            continue;
        text[i] += own_t;
        link[i] += own_l;
        commas[i] += own_c;
        if (x->parent >= 0 && !out[x->parent]) {
            text[x->parent] += text[i];
            link[x->parent] += link[i];
            commas[x->parent] += commas[i];
        }
    }
}

typedef struct pick {
    int top;           /* the main container */
    unsigned char *in; /* per element: 1 = part of the article (the container or a sibling) */
} pick;

static bool is_para_tag(const xnode *x) {
    switch (x->tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE:
        return true;
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
        return !(x->flags & XF_BLOCK);
    default:
        return false;
    }
}

static int choose(xtable *t, const unsigned char *out, const size_t *text, const size_t *link,
                  const size_t *commas, bool hints, int body) {
    for (size_t i = 0; i < t->n; i++) {
        t->v[i].score = 0;
        t->v[i].flags &= ~(unsigned)XF_SCORED;
    }
    for (size_t i = 0; i < t->n; i++) {
        xnode *x = &t->v[i];
        if (out[i] || !is_para_tag(x) || text[i] < 25)
            continue;
        double s = 1.0 + (double)commas[i] + (double)(text[i] / 100 < 3 ? text[i] / 100 : 3);
        int a = x->parent;
        for (int level = 0; a >= 0 && level < 5; level++, a = t->v[a].parent) {
            xnode *y = &t->v[a];
            if (y->tag == GUMBO_TAG_HTML)
                break;
            if (!(y->flags & XF_SCORED)) {
                y->flags |= XF_SCORED;
                y->score = tag_base(y->tag) + (hints || y->weight > 0 ? y->weight : 0);
            }
            y->score += level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
        }
    }
    int top = -1;
    double best = 0;
    for (size_t i = 0; i < t->n; i++) {
        xnode *x = &t->v[i];
        if (!(x->flags & XF_SCORED) || out[i])
            continue;
        double ld = text[i] ? (double)link[i] / (double)text[i] : 0;
        x->score *= 1.0 - ld;
        if (top < 0 || x->score > best) {
            top = (int)i;
            best = x->score;
        }
    }
    if (top < 0)
        return body;
    /* Readability: a parent that scores higher than the container holds more of the article
     * (the container was one of its sections); stop when the scores fall below a third. */
    double last = best;
    for (int p = t->v[top].parent; p >= 0 && p != body; p = t->v[p].parent) {
        if (!(t->v[p].flags & XF_SCORED))
            continue;
        if (t->v[p].score < last / 3)
            break;
        if (t->v[p].score > last) {
            top = p;
            break;
        }
        last = t->v[p].score;
    }
    /* a container that is its parent's only element child says nothing its parent does not */
    for (int p = t->v[top].parent; p >= 0 && p != body && t->v[p].tag != GUMBO_TAG_HTML; p = t->v[p].parent) {
        int kids = 0;
        for (size_t c = (size_t)p + 1; c < (size_t)t->v[p].end; c = (size_t)t->v[c].end)
            kids += !out[c];
        if (kids != 1)
            break;
        top = p;
    }
    return top;
}

/* Marks the container and the siblings that belong with it (Readability's sibling rule). */
static void siblings(const xtable *t, const unsigned char *out, const size_t *text, const size_t *link,
                     int top, unsigned char *in) {
    in[top] = 1;
    int p = t->v[top].parent;
    if (p < 0)
        return;
    double threshold = t->v[top].score * 0.2;
    if (threshold < 10)
        threshold = 10;
    const char *top_cls = attr(t->v[top].g, "class");
    for (size_t c = (size_t)p + 1; c < (size_t)t->v[p].end; c = (size_t)t->v[c].end) {
        if ((int)c == top || out[c])
            continue;
        const xnode *x = &t->v[c];
        double bonus = 0;
        const char *cls = attr(x->g, "class");
        if (top_cls && cls && *cls && strcmp(cls, top_cls) == 0)
            bonus = t->v[top].score * 0.2;
        bool take = (x->flags & XF_SCORED) && x->score + bonus >= threshold;
        if (!take && x->tag == GUMBO_TAG_P) {
            double ld = text[c] ? (double)link[c] / (double)text[c] : 0;
            if (text[c] > 80 && ld < 0.25)
                take = true;
            else if (text[c] > 0 && text[c] <= 80 && ld == 0) {
                /* a short paragraph that reads as a sentence */
                const char *s = NULL;
                for (unsigned k = 0; k < x->g->v.element.children.length && !s; k++) {
                    const GumboNode *g = x->g->v.element.children.data[k];
                    if (g->type == GUMBO_NODE_TEXT && strstr(g->v.text.text, ". "))
                        s = g->v.text.text;
                }
                take = s != NULL;
            }
        }
        if (take)
            in[c] = 1;
    }
}

/* Prose: paragraphs of PROSE_MIN bytes or more with under a quarter of their text in links.
 * When the chosen boxes hold less than half of the page's prose, the article is spread wider
 * than one box (a page cut into many small sections, each scoring alike): the container
 * goes up to the nearest ancestor that holds WIDEN_TO of it. */
#define PROSE_MIN 80
#define WIDEN_TO 0.75

static int widen(const xtable *t, const unsigned char *out, const size_t *text, const size_t *link, int top,
                 unsigned char *in) {
    size_t *prose = calloc(t->n, sizeof *prose);
    if (!prose)
        return top; /* the narrower choice stands */
    for (size_t i = t->n; i-- > 0;) {
        const xnode *x = &t->v[i];
        if (!out[i] && x->tag == GUMBO_TAG_P && text[i] >= PROSE_MIN && link[i] * 4 <= text[i])
            prose[i] += text[i];
        if (x->parent >= 0)
            prose[x->parent] += prose[i];
    }
    size_t total = prose[0], inside = 0;
    for (size_t i = 0; i < t->n; i++)
        if (in[i])
            inside += prose[i];
    int a = top;
    if (total && inside * 2 < total) {
        for (a = t->v[top].parent; a >= 0 && (double)prose[a] < WIDEN_TO * (double)total; a = t->v[a].parent)
            ;
        if (a >= 0) {
            memset(in, 0, t->n);
            in[a] = 1;
        }
    }
    free(prose);
    return a >= 0 ? a : top;
}

/* The lead (standfirst, intro, teaser) often sits in the article's header, above the box the
 * scoring chose, and the header is left out as a whole. A box named for a lead, holding
 * prose (LEAD_MIN to LEAD_MAX bytes, under a third in links), before the chosen box and at
 * most LEAD_UP levels above it, joins the article. */
#define LEAD_MIN 40
#define LEAD_MAX 1500
#define LEAD_UP 4

static bool lead_name(const GumboNode *g) {
    static const char *const words[] = {"lead", "intro", "standfirst", "subheadline", "sub-headline", "subtitle",
                                        "teaser-text", "summary", "abstract", "deck", "dek", NULL};
    char s[256];
    size_t m = 0;
    for (int k = 0; k < 2; k++) {
        const char *src = attr(g, k ? "id" : "class");
        for (; src && *src && m + 2 < sizeof s; src++)
            s[m++] = (char)tolower((unsigned char)*src);
        if (m + 2 < sizeof s)
            s[m++] = ' ';
    }
    s[m] = '\0';
    for (size_t i = 0; words[i]; i++)
        if (word_in(s, words[i]))
            return true;
    return false;
}

static void add_leads(const xtable *t, const unsigned char *out, int top, unsigned char *in) {
    int up[LEAD_UP + 1];
    int n_up = 0;
    up[n_up++] = top; /* a lead in the chosen box's own (left out) header */
    for (int a = t->v[top].parent; a >= 0 && n_up < LEAD_UP + 1; a = t->v[a].parent)
        up[n_up++] = a;
    for (int i = up[n_up - 1]; i < t->v[top].end; i++) {
        const xnode *x = &t->v[i];
        if (i <= top && top < x->end)
            continue; /* the chosen box or an ancestor */
        if (i > top && !out[i])
            continue; /* inside the box and not left out: written anyway */
        if (x->text < LEAD_MIN || x->text > LEAD_MAX || x->link * 3 > x->text || !lead_name(x->g))
            continue;
        bool near = false, ok = true;
        for (int k = 0; k < n_up && !near; k++)
            near = i > up[k] && i < t->v[up[k]].end;
        for (int a = x->parent; a >= 0 && ok; a = t->v[a].parent) {
            GumboTag tag = t->v[a].tag;
            ok = (a == top || !in[a]) && !(t->v[a].flags & (XF_DROP | XF_STRONG)) && tag != GUMBO_TAG_NAV &&
                 tag != GUMBO_TAG_ASIDE && tag != GUMBO_TAG_FOOTER;
        }
        if (!near || !ok || (x->flags & (XF_DROP | XF_STRONG)))
            continue;
        in[i] = 1;
        i = x->end - 1; /* not its parts again */
    }
}

/* ---- step 5: writing the text ----------------------------------------------------------------- */

typedef struct writer {
    bstr s;
    bool need_space;
    int breaks;
    size_t para_start;
    extract_span *paras;
    size_t n_paras, cap_paras;
    bool failed;
} writer;

static void add_span(writer *w, size_t start, size_t end) {
    if (w->failed)
        return;
    if (w->n_paras == w->cap_paras) {
        size_t cap = w->cap_paras ? w->cap_paras * 2 : 32;
        extract_span *v = realloc(w->paras, cap * sizeof *v);
        if (!v) {
            w->failed = true;
            return;
        }
        w->paras = v;
        w->cap_paras = cap;
    }
    w->paras[w->n_paras].start = start;
    w->paras[w->n_paras].end = end;
    w->n_paras++;
}

static void end_para(writer *w) {
    if (w->s.len > w->para_start)
        add_span(w, w->para_start, w->s.len);
}

static void line_break(writer *w, int n) {
    if (n > w->breaks)
        w->breaks = n;
}

static void put_text(writer *w, const char *t) {
    for (const char *p = t; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            w->need_space = true;
            continue;
        }
        if (w->s.len) {
            if (w->breaks == 2) {
                end_para(w);
                bstr_add(&w->s, "\n\n", 2);
                w->para_start = w->s.len;
            } else if (w->breaks == 1)
                bstr_addc(&w->s, '\n');
            else if (w->need_space)
                bstr_addc(&w->s, ' ');
        }
        w->breaks = 0;
        w->need_space = false;
        /* copy the run of non-space bytes at once */
        const char *e = p;
        while (e[1] && !strchr(" \t\n\r\f", e[1]))
            e++;
        bstr_add(&w->s, p, (size_t)(e - p) + 1);
        p = e;
    }
}

/* The whole text of a block, collapsed, into a small buffer (for the phrase checks). */
static void flat_text(const GumboNode *n, bstr *b, int depth) {
    if (depth > MAX_DEPTH || b->len > 200)
        return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
        bstr_add(b, n->v.text.text, strlen(n->v.text.text));
        bstr_addc(b, ' ');
        return;
    }
    if (n->type != GUMBO_NODE_ELEMENT || is_dropped_tag(n->v.element.tag))
        return;
    for (unsigned i = 0; i < n->v.element.children.length; i++)
        flat_text(n->v.element.children.data[i], b, depth + 1);
}

/* Lines that are chrome whatever their markup: ad labels and calls to read or share. Kept
 * to a few widespread forms in the languages of the test pages; anything longer than a short
 * line is never matched. */
static bool boiler_line(const GumboNode *n, size_t len) {
    if (len > 80)
        return false;
    bstr b = {0};
    flat_text(n, &b, 0);
    if (!b.data)
        return false;
    /* trimmed of spaces and dashes: "- Anzeige -" is "Anzeige" */
    char *s = b.data;
    while (*s == ' ' || *s == '\n' || *s == '\t' || *s == '-' || *s == '*')
        s++;
    static const char *const exact[] = {"advertisement", "advertising", "anzeige", "publicité", "publicidad",
                                        "pubblicità", "reklame", "sponsored", "werbung", NULL};
    static const char *const prefix[] = {
        "read more", "read also", "related:", "see also:", "share this", "click here", "sign up", "subscribe",
        "follow us", "leave a comment", "leave a reply", "about the author", "table of contents", "photo:",
        "image:", "credit:", "contact:", "phone:", "tags:", "category:", "lesen sie auch", "mehr zum thema",
        "schon gelesen", "kommentieren", "kommentar verfassen", "über den autor", "inhaltsverzeichnis",
        "abbildung", "foto:", "fotos:", "bild:", "kontakt:", "telefon:", "schlagwörter", "kategorie:",
        "lire aussi", "à lire aussi", "leer también", "lee también", "temas relacionados", "leia também",
        "leggi anche", "zobacz również", "all rights reserved", "copyright", "©", NULL};
    size_t m = strlen(s);
    while (m && (s[m - 1] == ' ' || s[m - 1] == '\n' || s[m - 1] == '\t' || s[m - 1] == '-' || s[m - 1] == '*'))
        s[--m] = '\0';
    bool hit = false;
    for (size_t i = 0; exact[i] && !hit; i++)
        hit = strcasecmp(s, exact[i]) == 0;
    for (size_t i = 0; prefix[i] && !hit; i++)
        hit = strncasecmp(s, prefix[i], strlen(prefix[i])) == 0;
    /* photo credits: a short line naming a picture agency */
    static const char *const credit[] = {"getty images", "ap photo", "shutterstock", "istockphoto", "imago images",
                                         "picture alliance", "picture-alliance", "/dpa", "/afp", "/reuters", NULL};
    for (size_t i = 0; credit[i] && !hit; i++)
        hit = has_word_ci(s, credit[i]);
    free(b.data);
    return hit;
}

typedef struct wctx {
    const xtable *t;
    const unsigned char *out;
    const size_t *text, *link, *commas;
    const unsigned char *in; /* boxes of the article: written even inside a box left out */
    const char *title; /* an <h1> with this text is the title again: left out */
    writer *w;
} wctx;

static bool is_container(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_DL: case GUMBO_TAG_FORM: case GUMBO_TAG_CENTER:
        return true;
    default:
        return false;
    }
}

static bool same_text(const char *a, const char *b);

/* Readability's conditional cleaning, for an element inside the article. */
static bool chrome_inside(const wctx *c, size_t i) {
    const xnode *x = &c->t->v[i];
    size_t len = c->text[i];
    double ld = len ? (double)c->link[i] / (double)len : 0;
    if (x->tag == GUMBO_TAG_H1 && c->title) {
        bstr b = {0};
        flat_text(x->g, &b, 0);
        bool same = b.data && same_text(b.data, c->title);
        free(b.data);
        if (same)
            return true;
    }
    if (is_container(x->tag)) {
        if (c->commas[i] >= 10)
            return false; /* prose (Readability keeps a box with ten commas) */
        if ((x->tag == GUMBO_TAG_UL || x->tag == GUMBO_TAG_OL) && ld > 0.5)
            return true; /* a list of links: related stories, tags, a menu */
        if (x->weight < 25 ? ld > 0.33 : ld > 0.5)
            return true;
        return false;
    }
    if (x->tag == GUMBO_TAG_P || x->tag == GUMBO_TAG_LI || x->tag == GUMBO_TAG_DD || x->tag == GUMBO_TAG_DT ||
        (x->tag >= GUMBO_TAG_H1 && x->tag <= GUMBO_TAG_H6)) {
        if (ld > 0.5 && len < 300)
            return true; /* "Read more: <a>another story</a>" */
        return boiler_line(x->g, len);
    }
    return false;
}

static void write_node(const wctx *c, size_t i, int depth);

static void write_children(const wctx *c, const GumboNode *g, size_t i, int depth) {
    /* element children are the next table entries in order; text nodes are written inline */
    size_t k = i + 1;
    const GumboVector *ch = &g->v.element.children;
    for (unsigned j = 0; j < ch->length; j++) {
        const GumboNode *n = ch->data[j];
        if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
            if (k < (size_t)c->t->v[i].end && c->t->v[k].g == n) {
                write_node(c, k, depth + 1);
                k = (size_t)c->t->v[k].end;
            }
        } else if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE)
            put_text(c->w, n->v.text.text);
    }
}

static void write_node(const wctx *c, size_t i, int depth) {
    const xnode *x = &c->t->v[i];
    /* the chosen boxes themselves (depth 0) are not second-guessed: a lead paragraph may
     * sit in a <header> left out as a whole */
    bool chosen = depth == 0 || c->in[i];
    if (depth > MAX_DEPTH)
        return;
    if (!chosen && c->out[i]) {
        /* left out, but a lead inside it was chosen (add_leads) */
        for (size_t k = i + 1; k < (size_t)x->end;)
            if (c->in[k]) {
                line_break(c->w, 2);
                write_node(c, k, depth + 1);
                k = (size_t)c->t->v[k].end;
            } else
                k++;
        return;
    }
    if (!chosen && chrome_inside(c, i))
        return;
    if (x->tag == GUMBO_TAG_BR) {
        line_break(c->w, 1);
        return;
    }
    bool block = is_block(x->tag);
    if (block)
        line_break(c->w, 2);
    write_children(c, x->g, i, depth);
    if (block)
        line_break(c->w, 2);
}

/* A heading or label with nothing under it ends many articles ("Tags", "Share:", "Contact"):
 * trailing paragraphs shorter than TAIL_SHORT bytes that do not end a sentence are cut. */
#define TAIL_SHORT 40

static void trim_tail(writer *w) {
    while (w->n_paras > 1) {
        const extract_span *p = &w->paras[w->n_paras - 1];
        if (p->end - p->start >= TAIL_SHORT)
            break;
        char last = w->s.data[p->end - 1];
        if (last == '.' || last == '!' || last == '?' || last == '"' || last == ')')
            break;
        w->n_paras--;
        w->s.len = w->paras[w->n_paras - 1].end;
        w->s.data[w->s.len] = '\0';
    }
}

/* ---- step 6: metadata ------------------------------------------------------------------------- */

typedef struct meta {
    char *title, *og_title, *ld_title, *h1, *author, *date, *site, *lang, *url;
    char *ld_body; /* JSON-LD articleBody, as given (its line breaks kept) */
} meta;

static void set_once(char **slot, const char *v) {
    if (*slot || !v)
        return;
    while (*v == ' ' || *v == '\n' || *v == '\t' || *v == '\r')
        v++;
    if (!*v)
        return;
    /* collapse white space */
    size_t n = strlen(v);
    char *s = malloc(n + 1);
    if (!s)
        return;
    size_t m = 0;
    bool sp = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)v[i];
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f') {
            sp = true;
            continue;
        }
        if (sp && m)
            s[m++] = ' ';
        sp = false;
        s[m++] = (char)ch;
    }
    s[m] = '\0';
    if (!m) {
        free(s);
        return;
    }
    *slot = s;
}

static int days_in(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return d[m - 1];
}

/* The first date YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD in s, as YYYY-MM-DD (a real day of
 * 1900-2199), into out[11]. */
static bool find_date(const char *s, char out[11]) {
    for (const char *p = s; *p; p++) {
        if (!isdigit((unsigned char)p[0]) || (p > s && isdigit((unsigned char)p[-1])))
            continue;
        int y, m, d;
        size_t k = 0;
        while (isdigit((unsigned char)p[k]))
            k++;
        if (k == 4 && (p[4] == '-' || p[4] == '/') && isdigit((unsigned char)p[5]) && isdigit((unsigned char)p[6]) &&
            p[7] == p[4] && isdigit((unsigned char)p[8]) && isdigit((unsigned char)p[9]) &&
            !isdigit((unsigned char)p[10])) {
            y = atoi(p);
            m = (p[5] - '0') * 10 + (p[6] - '0');
            d = (p[8] - '0') * 10 + (p[9] - '0');
        } else if (k == 8) {
            y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
            m = (p[4] - '0') * 10 + (p[5] - '0');
            d = (p[6] - '0') * 10 + (p[7] - '0');
        } else
            continue;
        if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > days_in(y, m))
            continue;
        snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
        return true;
    }
    return false;
}

static void set_date(meta *m, const char *v) {
    char d[11];
    if (!m->date && v && find_date(v, d))
        set_once(&m->date, d);
}

static bool is_article_type(json_t *type) {
    static const char *const types[] = {"Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle",
                                        "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
                                        "ReviewNewsArticle", "LiveBlogPosting", "ScholarlyArticle", "TechArticle",
                                        "Report", "SocialMediaPosting", "posting", NULL};
    if (json_is_array(type)) {
        size_t i;
        json_t *v;
        json_array_foreach(type, i, v) if (is_article_type(v)) return true;
        return false;
    }
    const char *s = json_string_value(type);
    if (!s)
        return false;
    if (strncmp(s, "http://schema.org/", 18) == 0)
        s += 18;
    else if (strncmp(s, "https://schema.org/", 19) == 0)
        s += 19;
    for (size_t i = 0; types[i]; i++)
        if (strcmp(s, types[i]) == 0)
            return true;
    return false;
}

static void ld_author(meta *m, json_t *a) {
    if (m->author || !a)
        return;
    if (json_is_string(a)) {
        set_once(&m->author, json_string_value(a));
        return;
    }
    if (json_is_object(a)) {
        set_once(&m->author, json_string_value(json_object_get(a, "name")));
        return;
    }
    if (json_is_array(a)) {
        /* up to three names, joined */
        char buf[256] = "";
        size_t i, used = 0;
        json_t *v;
        json_array_foreach(a, i, v) {
            if (i >= 3)
                break;
            const char *s = json_is_string(v) ? json_string_value(v) : json_string_value(json_object_get(v, "name"));
            if (!s || !*s)
                continue;
            int k = snprintf(buf + used, sizeof buf - used, "%s%s", used ? ", " : "", s);
            if (k < 0 || (size_t)k >= sizeof buf - used)
                break;
            used += (size_t)k;
        }
        if (used)
            set_once(&m->author, buf);
    }
}

static void ld_walk(meta *m, json_t *v, int depth) {
    if (depth > 8 || !v)
        return;
    if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) ld_walk(m, e, depth + 1);
        return;
    }
    if (!json_is_object(v))
        return;
    ld_walk(m, json_object_get(v, "@graph"), depth + 1);
    json_t *type = json_object_get(v, "@type");
    if (is_article_type(type)) {
        set_once(&m->ld_title, json_string_value(json_object_get(v, "headline")));
        const char *body = json_string_value(json_object_get(v, "articleBody"));
        if (body && !m->ld_body)
            m->ld_body = strdup(body);
        set_date(m, json_string_value(json_object_get(v, "datePublished")));
        set_date(m, json_string_value(json_object_get(v, "dateCreated")));
        ld_author(m, json_object_get(v, "author"));
        ld_author(m, json_object_get(v, "creator"));
        json_t *pub = json_object_get(v, "publisher");
        if (json_is_array(pub))
            pub = json_array_get(pub, 0);
        set_once(&m->site, json_string_value(json_object_get(pub, "name")));
        json_t *lang = json_object_get(v, "inLanguage");
        set_once(&m->lang, json_string_value(lang));
        set_once(&m->url, json_string_value(json_object_get(v, "url")));
        json_t *main = json_object_get(v, "mainEntityOfPage");
        if (json_is_object(main))
            set_once(&m->url, json_string_value(json_object_get(main, "@id")));
    } else if (json_is_string(type) && strcmp(json_string_value(type), "WebSite") == 0) {
        set_once(&m->site, json_string_value(json_object_get(v, "name")));
    }
    ld_walk(m, json_object_get(v, "mainEntity"), depth + 1);
}

static void text_of(const GumboNode *n, bstr *b, int depth) {
    if (depth > MAX_DEPTH || b->len > 4096)
        return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
        bstr_add(b, n->v.text.text, strlen(n->v.text.text));
        return;
    }
    if (n->type != GUMBO_NODE_ELEMENT)
        return;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE)
        return;
    for (unsigned i = 0; i < n->v.element.children.length; i++) {
        text_of(n->v.element.children.data[i], b, depth + 1);
        bstr_addc(b, ' ');
    }
}

/* Metadata from the elements: <title>, <meta>, <link rel=canonical>, JSON-LD, <html lang>,
 * the first <h1> and <time datetime>, a byline's text. */
static void read_meta(const xtable *t, meta *m) {
    char *byline = NULL, *time_dt = NULL, *meta_date = NULL, *meta_author = NULL, *box_date = NULL;
    for (size_t i = 0; i < t->n; i++) {
        const xnode *x = &t->v[i];
        const GumboNode *g = x->g;
        switch (x->tag) {
        case GUMBO_TAG_HTML:
            set_once(&m->lang, attr(g, "lang"));
            set_once(&m->lang, attr(g, "xml:lang"));
            break;
        case GUMBO_TAG_TITLE:
            if (!m->title) {
                bstr b = {0};
                text_of(g, &b, 0);
                set_once(&m->title, b.data);
                free(b.data);
            }
            break;
        case GUMBO_TAG_H1:
            if (!m->h1) {
                bstr b = {0};
                text_of(g, &b, 0);
                set_once(&m->h1, b.data);
                free(b.data);
            }
            break;
        case GUMBO_TAG_LINK: {
            const char *rel = attr(g, "rel");
            if (rel && strcasecmp(rel, "canonical") == 0)
                set_once(&m->url, attr(g, "href"));
            break;
        }
        case GUMBO_TAG_TIME:
            if (!time_dt)
                set_once(&time_dt, attr(g, "datetime"));
            break;
        case GUMBO_TAG_META: {
            const char *key = attr(g, "property");
            if (!key)
                key = attr(g, "name");
            if (!key)
                key = attr(g, "itemprop");
            const char *hv = attr(g, "http-equiv");
            const char *v = attr(g, "content");
            if (hv && v && strcasecmp(hv, "content-language") == 0)
                set_once(&m->lang, v);
            if (!key || !v)
                break;
            if (strcasecmp(key, "og:title") == 0 || strcasecmp(key, "twitter:title") == 0)
                set_once(&m->og_title, v);
            else if (strcasecmp(key, "og:site_name") == 0 || strcasecmp(key, "application-name") == 0)
                set_once(&m->site, v);
            else if (strcasecmp(key, "og:url") == 0)
                set_once(&m->url, v);
            else if (strcasecmp(key, "og:locale") == 0)
                set_once(&m->lang, v);
            else if (strcasecmp(key, "article:published_time") == 0 || strcasecmp(key, "datePublished") == 0 ||
                     strcasecmp(key, "og:published_time") == 0 || strcasecmp(key, "publish-date") == 0 ||
                     strcasecmp(key, "pubdate") == 0 || strcasecmp(key, "date") == 0 ||
                     strcasecmp(key, "dc.date") == 0 || strcasecmp(key, "dc.date.issued") == 0 ||
                     strcasecmp(key, "dcterms.date") == 0 || strcasecmp(key, "dcterms.created") == 0 ||
                     strcasecmp(key, "parsely-pub-date") == 0 || strcasecmp(key, "sailthru.date") == 0 ||
                     strcasecmp(key, "citation_publication_date") == 0 ||
                     strcasecmp(key, "article.published") == 0 || strcasecmp(key, "publication_date") == 0) {
                char d[11];
                if (!meta_date && find_date(v, d))
                    set_once(&meta_date, d);
            } else if (strcasecmp(key, "author") == 0 || strcasecmp(key, "dc.creator") == 0 ||
                       strcasecmp(key, "parsely-author") == 0 || strcasecmp(key, "sailthru.author") == 0 ||
                       strcasecmp(key, "article:author") == 0 || strcasecmp(key, "citation_author") == 0) {
                if (strncmp(v, "http", 4) != 0)
                    set_once(&meta_author, v);
            }
            break;
        }
        case GUMBO_TAG_SCRIPT: {
            const char *type = attr(g, "type");
            if (!type || strcasecmp(type, "application/ld+json") != 0)
                break;
            for (unsigned k = 0; k < g->v.element.children.length; k++) {
                const GumboNode *c = g->v.element.children.data[k];
                if (c->type != GUMBO_NODE_TEXT && c->type != GUMBO_NODE_CDATA && c->type != GUMBO_NODE_WHITESPACE)
                    continue;
                json_t *j = json_loads(c->v.text.text, JSON_DECODE_ANY, NULL);
                if (j) {
                    ld_walk(m, j, 0);
                    json_decref(j);
                }
            }
            break;
        }
        default:
            break;
        }
        if (!box_date && x->text > 0 && x->text < 80 && x->tag != GUMBO_TAG_META) {
            /* a short box named for a date ("post-date", itemprop=datePublished) */
            const char *cls = attr(g, "class");
            const char *ip = attr(g, "itemprop");
            if ((ip && strcmp(ip, "datePublished") == 0) ||
                (cls && (has_word_ci(cls, "date") || has_word_ci(cls, "publish")))) {
                bstr b = {0};
                text_of(g, &b, 0);
                char d[11];
                if (b.data && find_date(b.data, d))
                    set_once(&box_date, d);
                free(b.data);
            }
        }
        if (!byline && x->tag != GUMBO_TAG_META && x->tag != GUMBO_TAG_BODY && x->tag != GUMBO_TAG_HTML &&
            x->text > 0 && x->text < 80) {
            const char *rel = attr(g, "rel");
            const char *cls = attr(g, "class");
            const char *ip = attr(g, "itemprop");
            if ((rel && strcasecmp(rel, "author") == 0) || (ip && strcmp(ip, "author") == 0) ||
                (cls && (has_word_ci(cls, "byline") || has_word_ci(cls, "author-name")))) {
                bstr b = {0};
                text_of(g, &b, 0);
                if (b.data) {
                    char *s = b.data;
                    while (*s && isspace((unsigned char)*s))
                        s++;
                    if (strncasecmp(s, "by ", 3) == 0)
                        s += 3;
                    set_once(&byline, s);
                }
                free(b.data);
            }
        }
    }
    if (meta_date)
        set_date(m, meta_date);
    if (time_dt)
        set_date(m, time_dt);
    if (box_date)
        set_date(m, box_date);
    set_once(&m->author, meta_author);
    set_once(&m->author, byline);
    free(byline);
    free(time_dt);
    free(meta_date);
    free(meta_author);
    free(box_date);
}

/* Letters and digits only, lower-cased (ASCII), for comparing a title part with a site. */
static void squash(const char *s, size_t n, char *out, size_t cap) {
    size_t m = 0;
    for (size_t i = 0; i < n && m + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c) || c >= 0x80)
            out[m++] = (char)tolower(c);
    }
    out[m] = '\0';
}

static bool same_text(const char *a, const char *b) {
    char x[512], y[512];
    squash(a, strlen(a), x, sizeof x);
    squash(b, strlen(b), y, sizeof y);
    return *x && strcmp(x, y) == 0;
}

/* Does a title part name the site: the same letters as the site name or the host's name
 * ("www.harbour-news.example" -> "harbournews"), or contain either? */
static bool names_site(const char *part, size_t n, const char *site, const char *host) {
    char p[256], s[256];
    squash(part, n, p, sizeof p);
    if (!*p)
        return false;
    if (site) {
        squash(site, strlen(site), s, sizeof s);
        if (*s && (strcmp(p, s) == 0 || (strlen(s) >= 4 && strstr(p, s) && n < 60)))
            return true;
    }
    if (host && *host) {
        squash(host, strlen(host), s, sizeof s);
        if (*s && strlen(s) >= 4 && (strcmp(p, s) == 0 || strstr(p, s) || (strlen(p) >= 4 && strstr(s, p))))
            return true;
    }
    return false;
}

/* The host's name without "www." and the top-level domain: "news.harbour.example" ->
 * "news.harbour". */
static void host_name(const char *url, char *out, size_t cap) {
    out[0] = '\0';
    if (!url)
        return;
    const char *p = strstr(url, "://");
    p = p ? p + 3 : url;
    if (strncasecmp(p, "www.", 4) == 0)
        p += 4;
    size_t n = strcspn(p, "/:?#");
    const char *dot = NULL;
    for (size_t i = 0; i < n; i++)
        if (p[i] == '.')
            dot = p + i;
    if (dot)
        n = (size_t)(dot - p);
    if (n >= cap)
        n = cap - 1;
    memcpy(out, p, n);
    out[n] = '\0';
}

/* Takes the site name off a title: "Story | Site", "Site - Story", "Story – Section – Site".
 * Only a part that names the site (og:site_name, the publisher, the host) or a title whose
 * one part is the page's <h1> is cut: a title such as "Rain - and more rain" stays whole. */
static char *clean_title(const char *title, const char *site, const char *host, const char *h1) {
    static const char *const seps[] = {" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " / ", " • ", NULL};
    char *t = strdup(title);
    if (!t)
        return NULL;
    for (int round = 0; round < 3; round++) {
        bool cut = false;
        /* the last separator: "Story | Site" */
        const char *last = NULL, *first = NULL;
        size_t last_len = 0, first_len = 0;
        for (size_t k = 0; seps[k]; k++) {
            size_t m = strlen(seps[k]);
            for (const char *p = strstr(t, seps[k]); p; p = strstr(p + 1, seps[k])) {
                if (!first || p < first)
                    first = p, first_len = m;
                if (!last || p > last)
                    last = p, last_len = m;
            }
        }
        if (!last)
            break;
        const char *tail = last + last_len;
        if (names_site(tail, strlen(tail), site, host)) {
            t[last - t] = '\0';
            cut = true;
        } else if (names_site(t, (size_t)(first - t), site, host)) {
            memmove(t, first + first_len, strlen(first + first_len) + 1);
            cut = true;
        } else if (h1) {
            char *left = strndup(t, (size_t)(last - t));
            char *right = strndup(t, (size_t)(first - t));
            if (left && same_text(left, h1)) {
                t[last - t] = '\0';
                cut = true;
            } else if (right && same_text(right, h1)) {
                t[first - t] = '\0';
                cut = true;
            } else if (same_text(first + first_len, h1)) {
                memmove(t, first + first_len, strlen(first + first_len) + 1);
                cut = true;
            }
            free(left);
            free(right);
        }
        if (!cut)
            break;
    }
    return t;
}

static void meta_free(meta *m) {
    free(m->title);
    free(m->og_title);
    free(m->ld_title);
    free(m->h1);
    free(m->author);
    free(m->date);
    free(m->site);
    free(m->lang);
    free(m->url);
    free(m->ld_body);
}

/* ---- gumbo's memory --------------------------------------------------------------------------- */

/* gumbo allocates every node, attribute and string on its own and frees them one by one:
 * about a fifth of its time goes to malloc and free. For pages up to ARENA_MAX_PAGE it gets
 * a bump allocator instead, whose blocks are freed at once after the walk; free is a no-op
 * (gumbo's buffers grow by doubling, so what it gives back is at most what it keeps). */
#define ARENA_MAX_PAGE ((size_t)16 << 20)
#define ARENA_BLOCK ((size_t)1 << 20)

typedef struct ablock {
    struct ablock *next;
    size_t used, cap;
    max_align_t data[];
} ablock;

typedef struct arena {
    ablock *head;
    bool failed;
} arena;

static void *arena_alloc(void *user, size_t n) {
    arena *a = user;
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    ablock *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > ARENA_BLOCK / 2 ? n : ARENA_BLOCK;
        b = malloc(sizeof *b + cap);
        if (!b) {
            /* gumbo does not check its allocations: out of memory ends as it would with malloc */
            a->failed = true;
            return NULL;
        }
        b->cap = cap;
        b->used = 0;
        if (n > ARENA_BLOCK / 2 && a->head) {
            /* a big one-off goes behind the current block, which keeps its free space */
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
        }
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    return p;
}

static void arena_free(void *user, void *p) {
    (void)user;
    (void)p;
}

static void arena_release(arena *a) {
    for (ablock *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    a->head = NULL;
}

/* ---- the whole ------------------------------------------------------------------------------- */

static size_t extract_pass(xtable *t, bool hints, int body, const char *title, unsigned char *out, size_t *text,
                           size_t *link, size_t *commas, unsigned char *in, writer *w) {
    mark_out(t, hints, out);
    live_sums(t, out, text, link, commas);
    int top = choose(t, out, text, link, commas, hints, body);
    memset(in, 0, t->n);
    if (top >= 0)
        siblings(t, out, text, link, top, in);
    if (top >= 0)
        top = widen(t, out, text, link, top, in);
    if (top >= 0)
        add_leads(t, out, top, in);
    wctx c = {t, out, text, link, commas, in, title, w};
    for (size_t i = 0; i < t->n;) {
        if (in[i]) {
            write_node(&c, i, 0);
            i = (size_t)t->v[i].end;
        } else
            i++;
    }
    line_break(w, 2);
    end_para(w);
    trim_tail(w);
    return w->s.len;
}

extract_status extract_html(const char *html, size_t len, const char *charset, const char *url, extract_page *page,
                            const char **why) {
    memset(page, 0, sizeof *page);
    *why = NULL;
    if (extract_looks_binary(html, len)) {
        *why = "binary content, not an HTML page";
        return EXTRACT_BINARY;
    }
    bstr conv = {0};
    bool unknown = false;
    page->charset = to_utf8(html, len, charset, &conv, &unknown);
    page->charset_unknown = unknown;
    if (conv.failed) {
        free(conv.data);
        return EXTRACT_NOMEM;
    }
    const char *src = conv.data ? conv.data : html;
    size_t n = conv.data ? conv.len : len;
    if (n >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        src += 3, n -= 3;
    bstr lean = {0};
    strip_raw(src, n, &lean);
    free(conv.data);
    conv.data = NULL;
    if (lean.failed) {
        free(lean.data);
        return EXTRACT_NOMEM;
    }
    conv = lean;
    src = conv.data ? conv.data : "";
    n = conv.len;
    if (open_depth(src, n) > MAX_OPEN) {
        free(conv.data);
        *why = "HTML nested over 20000 levels deep: refused";
        return EXTRACT_REFUSED;
    }
    arena pool = {0};
    GumboOptions gopt = kGumboDefaultOptions;
    gopt.max_errors = 0; /* parse errors are not read: recording them costs time */
    bool use_arena = n <= ARENA_MAX_PAGE;
    if (use_arena) {
        gopt.allocator = arena_alloc;
        gopt.deallocator = arena_free;
        gopt.userdata = &pool;
    }
    GumboOutput *g = gumbo_parse_with_options(&gopt, src, n);
    if (!g) {
        arena_release(&pool);
        free(conv.data);
        return EXTRACT_NOMEM;
    }
    extract_status st = EXTRACT_OK;
    xtable t = {0};
    meta m = {0};
    unsigned char *out = NULL, *in = NULL;
    size_t *sums = NULL;
    writer w = {0};
    hint_lists hl;
    hint_lists_init(&hl);
    if (g->root->type == GUMBO_NODE_ELEMENT)
        build(&t, &hl, g->root, -1, 0, false);
    if (t.failed || !t.n) {
        st = t.failed ? EXTRACT_NOMEM : EXTRACT_OK;
        goto done;
    }
    sum_up(&t);
    /* A box named like chrome that holds much of the page's text (and more than a menu's
     * worth) is a layout wrapper ("content-sidebar-wrap", an unclosed <header>), unless its
     * name is one of the strong ones. */
    for (size_t i = 1; i < t.n; i++)
        if (t.v[i].text * 10 >= t.v[0].text * 4 && t.v[i].text >= RETRY_BELOW) {
            if ((t.v[i].flags & (XF_HINT | XF_STRONG)) == XF_HINT)
                t.v[i].flags &= ~(unsigned)XF_HINT;
            t.v[i].flags &= ~(unsigned)XF_SOFT;
        }
    read_meta(&t, &m);
    char host[256];
    host_name(url ? url : m.url, host, sizeof host);
    const char *raw_title = m.ld_title ? m.ld_title : m.og_title ? m.og_title : m.title ? m.title : m.h1;
    if (raw_title) {
        page->title = clean_title(raw_title, m.site, host, m.h1);
        if (!page->title) {
            st = EXTRACT_NOMEM;
            goto done;
        }
    }
    int body = 0;
    for (size_t i = 0; i < t.n; i++)
        if (t.v[i].tag == GUMBO_TAG_BODY) {
            body = (int)i;
            break;
        }
    out = malloc(t.n);
    in = malloc(t.n);
    sums = malloc(3 * t.n * sizeof *sums);
    if (!out || !in || !sums) {
        st = EXTRACT_NOMEM;
        goto done;
    }
    size_t got = extract_pass(&t, true, body, page->title, out, sums, sums + t.n, sums + 2 * t.n, in, &w);
    if (got < RETRY_BELOW && !w.failed && !w.s.failed) {
        /* Readability's second try: the article may sit in a container named like chrome */
        writer w2 = {0};
        size_t got2 = extract_pass(&t, false, body, page->title, out, sums, sums + t.n, sums + 2 * t.n, in, &w2);
        if (got2 > got) {
            free(w.s.data);
            free(w.paras);
            w = w2;
        } else {
            free(w2.s.data);
            free(w2.paras);
        }
    }
    if (!w.failed && !w.s.failed && w.s.len < RETRY_BELOW && m.ld_body && strlen(m.ld_body) > w.s.len * 2) {
        /* the page's own JSON-LD articleBody, when the markup gave next to nothing (a page
         * built by script from its data) */
        writer w3 = {0};
        for (const char *p = m.ld_body; *p;) {
            size_t k = strcspn(p, "\n");
            char *line = strndup(p, k);
            if (line) {
                line_break(&w3, 2);
                put_text(&w3, line);
                free(line);
            } else
                w3.failed = true;
            p += k;
            if (*p)
                p++;
        }
        line_break(&w3, 2);
        end_para(&w3);
        if (!w3.failed && !w3.s.failed && w3.s.len > w.s.len) {
            free(w.s.data);
            free(w.paras);
            w = w3;
        } else {
            free(w3.s.data);
            free(w3.paras);
        }
    }
    if (w.failed || w.s.failed) {
        st = EXTRACT_NOMEM;
        goto done;
    }
    if (m.author && m.site && same_text(m.author, m.site)) {
        /* <meta name=author> holding the site's name names no author */
        free(m.author);
        m.author = NULL;
    }
    page->author = m.author, m.author = NULL;
    page->date = m.date, m.date = NULL;
    page->site = m.site, m.site = NULL;
    page->lang = m.lang, m.lang = NULL;
    if (page->lang)
        for (char *p = page->lang; *p; p++)
            if (*p == '_')
                *p = '-';
    if (url)
        page->url = strdup(url);
    else
        page->url = m.url, m.url = NULL;
done:
    if (st == EXTRACT_OK) {
        if (!w.s.data) {
            w.s.data = malloc(1);
            if (w.s.data)
                w.s.data[0] = '\0';
            else
                st = EXTRACT_NOMEM;
        }
        page->text = w.s.data;
        page->len = w.s.len;
        page->paras = w.paras;
        page->n_paras = w.n_paras;
    } else {
        free(w.s.data);
        free(w.paras);
    }
    meta_free(&m);
    free(out);
    free(in);
    free(sums);
    free(t.v);
    if (use_arena)
        arena_release(&pool);
    else
        gumbo_destroy_output(&gopt, g);
    free(conv.data);
    if (st != EXTRACT_OK)
        extract_page_free(page);
    return st;
}

bool extract_text(const char *p, size_t n, extract_page *page) {
    memset(page, 0, sizeof *page);
    page->charset = "UTF-8";
    writer w = {0};
    const unsigned char *u = (const unsigned char *)p;
    for (size_t k = 0; k < n;) {
        size_t q = u[k] < 0x80 ? 1 : utf8_seq(u + k, n - k);
        if (q == 0) {
            bstr_add(&w.s, "\xEF\xBF\xBD", 3);
            k++;
        } else {
            bstr_add(&w.s, p + k, q);
            k += q;
        }
    }
    /* paragraphs: from the first non-blank line after a blank one to the end of the last
     * non-blank line before the next */
    const char *t = w.s.data;
    size_t len = w.s.failed ? 0 : w.s.len, start = 0, last = 0;
    bool open = false;
    for (size_t i = 0; i < len;) {
        size_t e = i;
        bool blank = true;
        for (; e < len && t[e] != '\n'; e++)
            if (!isspace((unsigned char)t[e]))
                blank = false;
        if (!blank) {
            if (!open)
                start = i;
            open = true;
            last = e;
        } else if (open) {
            add_span(&w, start, last);
            open = false;
        }
        i = e + 1;
    }
    if (open)
        add_span(&w, start, last);
    if (w.s.failed || w.failed) {
        free(w.s.data);
        free(w.paras);
        return false;
    }
    page->text = w.s.data ? w.s.data : calloc(1, 1);
    page->len = w.s.len;
    page->paras = w.paras;
    page->n_paras = w.n_paras;
    return page->text != NULL;
}

void extract_page_free(extract_page *page) {
    if (!page)
        return;
    free(page->text);
    free(page->paras);
    free(page->title);
    free(page->author);
    free(page->date);
    free(page->site);
    free(page->lang);
    free(page->url);
    const char *cs = page->charset;
    memset(page, 0, sizeof *page);
    page->charset = cs;
}
