/* clean.c — markup and extraction noise, read as gaps by the tokenizer and left out of the
 * text that `precis split` prints.
 *
 * pragmatic_segmenter cleans its input before splitting (HTML tags, escaped tags, long
 * runs of dots and slashes, literal "\n" escapes, letters one a line from PDF text) and its
 * expected sentences show the cleaned text. precis keeps the input bytes and their offsets,
 * so instead the tokenizer asks seg_noise() at each token start whether noise begins there
 * and treats it as a gap (nothing, a space or a line break), and seg_render_sentence()
 * prints a sentence token by token with the same reading of the gaps. Every recogniser is
 * strict enough for news text: a tag must be well formed ("x < y" and "a <b" stay), a run
 * of dots must be five long and glued to a word or lead to a page number. What a scraper
 * leaves of a page's markup goes too: a comment ("<!-- ad slot -->"), a script or style
 * element with its code, the marks of a CDATA section (its text kept).
 * Cost: seg_noise looks ahead at most SEG_NOISE_MAX bytes (and three back), except over a
 * run of dots or slashes, which it reads once: the tokenizer asks only where a run starts
 * and then skips or takes the whole run, so the pass stays linear; rendering is linear in
 * the sentence. */
#include <string.h>

#include "segment/seg_clean.h"
#include "text/text.h"

/* A tag longer than this is more likely a stray '<' than markup: real tags with a few
 * attributes run well under 300 bytes (a guess; the bound keeps the scan linear). */
#define SEG_NOISE_MAX 400

static bool is_letter_a(char c) { return (unsigned)((c | 0x20) - 'a') < 26; }
static bool is_digit_a(char c) { return (unsigned)(c - '0') < 10; }
static bool is_name_char(char c) {
    return is_letter_a(c) || is_digit_a(c) || c == '-' || c == '_' || c == ':' || c == '.';
}
static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* Tags that start a block: they stand for a line break. */
static bool block_tag(const char *name, size_t n) {
    static const char *const tags[] = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6",
                                       "li", "ul", "ol", "tr", "table", "section", "article",
                                       "header", "footer", "blockquote", "hr", "pre", "dt",
                                       "dd", "title", "td", "th"};
    if (n > 10)
        return false;
    char low[11];
    for (size_t k = 0; k < n; k++)
        low[k] = (char)(name[k] | 0x20);
    for (size_t k = 0; k < sizeof tags / sizeof *tags; k++)
        if (strlen(tags[k]) == n && memcmp(tags[k], low, n) == 0)
            return true;
    return false;
}

/* <name>, </name>, <name/>, <name a="1" b='2' c=3>: attributes must have values, so that
 * prose with angle brackets ("a <b and c> d") is not read as a tag. */
static size_t html_tag(const char *s, size_t len, size_t i, seg_gap *gap) {
    size_t end = len - i > SEG_NOISE_MAX ? i + SEG_NOISE_MAX : len;
    size_t j = i + 1;
    if (j < end && s[j] == '/')
        j++;
    if (j >= end || !is_letter_a(s[j]))
        return 0;
    size_t name = j;
    while (j < end && is_name_char(s[j]))
        j++;
    size_t name_len = j - name;
    for (;;) {
        size_t ws = j;
        while (j < end && is_blank(s[j]))
            j++;
        if (j >= end)
            return 0;
        if (s[j] == '>' || (s[j] == '/' && j + 1 < end && s[j + 1] == '>')) {
            j += s[j] == '>' ? 1 : 2;
            break;
        }
        if (j == ws || !is_letter_a(s[j]))
            return 0; /* an attribute needs a space before it */
        while (j < end && is_name_char(s[j]))
            j++;
        while (j < end && is_blank(s[j]))
            j++;
        if (j >= end || s[j] != '=')
            return 0;
        j++;
        while (j < end && is_blank(s[j]))
            j++;
        if (j >= end)
            return 0;
        if (s[j] == '"' || s[j] == '\'') {
            char q = s[j++];
            while (j < end && s[j] != q && s[j] != '<' && s[j] != '>')
                j++;
            if (j >= end || s[j] != q)
                return 0;
            j++;
        } else {
            size_t v = j;
            while (j < end && !is_blank(s[j]) && !strchr("\"'<>`=", s[j]))
                j++;
            if (j == v)
                return 0;
        }
    }
    *gap = block_tag(s + name, name_len) ? SEG_GAP_LINE : SEG_GAP_NONE;
    return j - i;
}

static bool lit_at(const char *s, size_t len, size_t i, const char *lit) {
    size_t n = strlen(lit);
    return i + n <= len && memcmp(s + i, lit, n) == 0;
}

/* The end of the first `lit` (ASCII case aside) in s[from, end), past it; 0 when none. */
static size_t past_lit_ci(const char *s, size_t from, size_t end, const char *lit) {
    size_t n = strlen(lit);
    for (size_t j = from; j + n <= end; j++) {
        size_t k = 0;
        while (k < n && (char)(s[j + k] | 0x20) == lit[k])
            k++;
        if (k == n)
            return j + n;
    }
    return 0;
}

/* Markup whose insides are no text, at '<': a comment "<!-- ad slot -->", a script or a
 * style element with its code ("<script>var ads = [];</script>"), and the opening of a
 * CDATA section ("<![CDATA[", whose text is kept; its "]]>" is seg_noise's). Within
 * SEG_NOISE_MAX bytes, as a tag: a longer one is left as it stands (the bound keeps the
 * pass linear). 0 when none starts at i. */
static size_t markup_block(const char *s, size_t len, size_t i, seg_gap *gap) {
    size_t end = len - i > SEG_NOISE_MAX ? i + SEG_NOISE_MAX : len;
    if (lit_at(s, len, i, "<![CDATA[")) {
        *gap = SEG_GAP_NONE;
        return 9;
    }
    if (lit_at(s, len, i, "<!--")) {
        size_t j = past_lit_ci(s, i + 4, end, "-->");
        *gap = SEG_GAP_SPACE;
        return j ? j - i : 0;
    }
    static const char *const blocks[][2] = {{"<script", "</script"}, {"<style", "</style"}};
    for (size_t b = 0; b < sizeof blocks / sizeof blocks[0]; b++) {
        size_t n = strlen(blocks[b][0]);
        if (i + n >= len || past_lit_ci(s, i, i + n, blocks[b][0]) != i + n || (s[i + n] != '>' && !is_blank(s[i + n])))
            continue;
        seg_gap tag_gap;
        size_t open = html_tag(s, len, i, &tag_gap);
        size_t close = open ? past_lit_ci(s, i + open, end, blocks[b][1]) : 0;
        if (!close)
            return 0;
        while (close < end && s[close] != '>')
            close++;
        if (close >= end)
            return 0;
        *gap = SEG_GAP_LINE;
        return close + 1 - i;
    }
    return 0;
}

/* &lt;b&gt; &lt;/span&gt;: an escaped tag (name and up to 40 more bytes, no spaces). */
static size_t escaped_tag(const char *s, size_t len, size_t i) {
    size_t j = i + 4;
    if (j < len && s[j] == '/')
        j++;
    if (j >= len || !is_letter_a(s[j]))
        return 0;
    size_t stop = j + 40 < len ? j + 40 : len;
    while (j < stop && !is_blank(s[j]) && s[j] != '&' && s[j] != '<' && s[j] != '>')
        j++;
    return lit_at(s, len, j, "&gt;") ? j + 4 - i : 0;
}

/* {b^>1<b^} or {b^&gt;1&lt;b^}: inline-formatting codes of translation-memory exports. */
static size_t inline_code(const char *s, size_t len, size_t i) {
    size_t j = i + 3;
    if (lit_at(s, len, j, "&gt;"))
        j += 4;
    else if (j < len && s[j] == '>')
        j++;
    else
        return 0;
    while (j < len && j < i + 16 && is_digit_a(s[j]))
        j++;
    if (lit_at(s, len, j, "&lt;"))
        j += 4;
    else if (j < len && s[j] == '<')
        j++;
    else
        return 0;
    return lit_at(s, len, j, "b^}") ? j + 3 - i : 0;
}

/* A line of one or two ASCII letters ending at a line break (or the end) starts at j? */
static bool letter_line_after(const char *s, size_t len, size_t j) {
    size_t k = j;
    while (k < len && k < j + 3 && is_letter_a(s[k]))
        k++;
    return k > j && k - j <= 2 && (k == len || s[k] == '\n' || s[k] == '\r');
}

/* ... and one ends just before the line break at i? */
static bool letter_line_before(const char *s, size_t i, size_t floor) {
    size_t k = i;
    while (k > floor && k + 3 > i && is_letter_a(s[k - 1]))
        k--;
    return k < i && i - k <= 2 && (k == floor || s[k - 1] == '\n' || s[k - 1] == '\r');
}

size_t seg_noise(const char *s, size_t len, size_t i, seg_gap *gap) {
    char c = s[i];
    *gap = SEG_GAP_NONE;
    switch (c) {
    case '<': {
        size_t m = i + 1 < len && (s[i + 1] == '!' || (s[i + 1] | 0x20) == 's') ? markup_block(s, len, i, gap) : 0;
        return m ? m : html_tag(s, len, i, gap);
    }
    case ']':
        /* the close of a CDATA section whose opening markup_block read */
        if (lit_at(s, len, i, "]]>")) {
            *gap = SEG_GAP_NONE;
            return 3;
        }
        return 0;
    case '&':
        return lit_at(s, len, i, "&lt;") ? escaped_tag(s, len, i) : 0;
    case '{':
        return lit_at(s, len, i, "{b^") ? inline_code(s, len, i) : 0;
    case '\\': {
        /* a literal "\n" or "\r" (or "\ n") left by a bad export: a line break, unless a
         * lower-case letter follows ("C:\new") */
        size_t j = i + 1;
        if (j < len && s[j] == ' ')
            j++;
        if (j >= len || (s[j] != 'n' && s[j] != 'r'))
            return 0;
        j++;
        if (j < len && s[j] >= 'a' && s[j] <= 'z')
            return 0;
        *gap = SEG_GAP_LINE;
        return j - i;
    }
    case '.': {
        /* five or more dots (pragmatic_segmenter's threshold): a table-of-contents leader
         * with its page number ("Contents ........ 5") is a line break; a run glued to the
         * next word is a space; anything else stays a terminator */
        size_t j = i;
        while (j < len && s[j] == '.')
            j++;
        if (j - i < 5)
            return 0;
        size_t k = j;
        while (k < len && (s[k] == ' ' || s[k] == '\t'))
            k++;
        if (k < len && is_digit_a(s[k])) {
            while (k < len && is_digit_a(s[k]))
                k++;
            while (k < len && s[k] == '-')
                k++;
            while (k < len && is_digit_a(s[k]))
                k++;
            if (k < len && !is_blank(s[k]))
                return 0; /* "......5kg": not a page number */
            *gap = SEG_GAP_LINE;
            return k - i;
        }
        if (j < len && (is_letter_a(s[j]) || is_digit_a(s[j]))) {
            *gap = SEG_GAP_SPACE;
            return j - i;
        }
        return 0;
    }
    case '/': {
        size_t j = i;
        while (j < len && s[j] == '/')
            j++;
        if (j - i < 3)
            return 0;
        *gap = SEG_GAP_SPACE;
        return j - i;
    }
    case '\n':
    case '\r': {
        /* W\nA\nRN\nI\nNG: letters one or two a line, as PDF extraction leaves a spaced
         * heading, join into one word (a CRLF is one break) */
        size_t n = c == '\r' && i + 1 < len && s[i + 1] == '\n' ? 2 : 1;
        if (i > 0 && letter_line_before(s, i, 0) && letter_line_after(s, len, i + n))
            return n;
        return 0;
    }
    default:
        return 0;
    }
}

static bool printable(const segmentation *seg, const sentence *se) {
    const token *t = seg->tokens;
    uint32_t k = se->tok_start;
    /* a stray separator or a rule line alone ("/" between two headings, "______"); a row
     * of spaced marks ("* * *") is a section break and stays, as pragmatic_segmenter
     * keeps it */
    if (se->tok_end == k + 1 && (t[k].kind == TOK_PUNCT || t[k].kind == TOK_SYMBOL) &&
        seg->n_sentences > 1)
        return false; /* alone in the text, it is what the text says: it stays */
    /* a page number: a short number alone on its line */
    if (se->tok_end == k + 1 && t[k].kind == TOK_NUMBER && t[k].shape == SHAPE_DIGITS &&
        t[k].end - t[k].start <= 4 &&
        (k == 0 || (t[k].flags & (TOKF_NEWLINE_BEFORE | TOKF_PARA_BEFORE))) &&
        (k + 1 >= seg->n_tokens || (t[k + 1].flags & (TOKF_NEWLINE_BEFORE | TOKF_PARA_BEFORE)))) {
        return false;
    }
    return true;
}

/* Whether sentence se prints as its bytes stand: its tokens are one space apart or glued
 * (no noise or other whitespace between them), and its bytes are printable ASCII with no
 * two spaces in a row, no backquote (`` and ` print as quotation marks) and no ampersand
 * (a character reference prints as its character). Then the
 * tokens joined as seg_render_sentence joins them are the bytes, and text_clean, which
 * collapses only what is not a lone space between printable ASCII, leaves them as they are:
 * most sentences of English news. */
static bool prints_as_is(const char *text, const segmentation *seg, const sentence *se) {
    const token *t = seg->tokens;
    for (uint32_t k = se->tok_start + 1; k < se->tok_end; k++) {
        uint32_t gap = t[k].start - t[k - 1].end;
        if (gap > 1 || (gap == 1 && text[t[k - 1].end] != ' '))
            return false;
    }
    /* (a character reference is decoded as text_clean does: "caf&eacute;" prints "café") */
    static const uint8_t kept[256] = {
        [' '] = 2, ['!'] = 1, ['"'] = 1, ['#'] = 1, ['$'] = 1, ['%'] = 1, ['\''] = 1, ['('] = 1, [')'] = 1,
        ['*'] = 1, ['+'] = 1, [','] = 1, ['-'] = 1, ['.'] = 1, ['/'] = 1, ['0'] = 1, ['1'] = 1, ['2'] = 1,
        ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, [':'] = 1, [';'] = 1,
        ['<'] = 1, ['='] = 1, ['>'] = 1, ['?'] = 1, ['@'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1,
        ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1,
        ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1,
        ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['['] = 1, ['\\'] = 1, [']'] = 1, ['^'] = 1, ['_'] = 1,
        ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1,
        ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
        ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1, ['{'] = 1,
        ['|'] = 1, ['}'] = 1, ['~'] = 1}; /* printable ASCII but '`' and '&'; 2 a space */
    for (uint32_t j = se->start; j < se->end; j++) {
        uint8_t k = kept[(unsigned char)text[j]];
        if (k != 1 && (k == 0 || (j + 1 < se->end && text[j + 1] == ' ')))
            return false;
    }
    return true;
}

bool seg_render_sentence(buf *out, const char *text, size_t len, const segmentation *seg, size_t i) {
    const sentence *se = &seg->sentences[i];
    if (!printable(seg, se))
        return false;
    if (prints_as_is(text, seg, se)) {
        buf_append(out, text + se->start, se->end - se->start);
        return true;
    }
    const token *t = seg->tokens;
    buf raw;
    buf_init(&raw);
    for (uint32_t k = se->tok_start; k < se->tok_end; k++) {
        if (k > se->tok_start) {
            bool space = false, noise = false;
            for (size_t j = t[k - 1].end; j < t[k].start;) {
                if (text[j] == ' ') { /* the usual gap: no noise starts with a space */
                    space = true;
                    j++;
                    continue;
                }
                seg_gap g;
                size_t n = seg_noise(text, len, j, &g);
                if (n) {
                    space = space || g != SEG_GAP_NONE;
                    noise = true;
                    j += n;
                    continue;
                }
                int32_t c = text_decode_fast(text, len, j, &n);
                space = space || text_is_space(c);
                j += n;
            }
            /* a full stop after a terminator that markup stood between is the same end:
             * "in 1912.</tweet>." prints "in 1912." */
            if (noise && t[k].end - t[k].start == 1 && text[t[k].start] == '.' &&
                t[k - 1].end - t[k - 1].start == 1 && strchr(".!?", text[t[k - 1].start]))
                continue;
            if (space)
                buf_putc(&raw, ' ');
        }
        const char *ts = text + t[k].start;
        size_t tl = t[k].end - t[k].start;
        if (tl == 2 && ts[0] == '`' && ts[1] == '`' && (t[k].flags & TOKF_OPEN_QUOTE)) {
            buf_putc(&raw, '"'); /* one token in tokenized (PTB) text */
            continue;
        }
        if (tl == 1 && ts[0] == '`' && (t[k].flags & TOKF_OPEN_QUOTE)) {
            /* opening backquotes as quotation marks (`` a double one, ` a single one), as
             * pragmatic_segmenter prints them; a backquote after a word is punctuation
             * of its own in Armenian */
            if (k + 1 < se->tok_end && t[k + 1].start == t[k].end && text[t[k + 1].start] == '`' &&
                t[k + 1].end == t[k + 1].start + 1) {
                buf_putc(&raw, '"');
                k++;
            } else {
                buf_putc(&raw, '\'');
            }
            continue;
        }
        buf_append(&raw, ts, tl);
    }
    if (buf_ok(&raw))
        text_clean(out, raw.data ? raw.data : "", 0, raw.len, true);
    else
        out->failed = true;
    buf_free(&raw);
    return true;
}
