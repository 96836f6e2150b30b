/* _ext.c — the C side of the Python package, compiled into its cffi extension (not into
 * libprecis). Two helpers that would cost too much in Python, each one call so that the GIL
 * is released for the whole of the work:
 *
 *   pyp_views()        analyses one document and renders the views of a batch record in one
 *                      go, as `precis batch` does in src/cli/batch_doc.c;
 *   pyp_char_offsets() turns byte offsets into the UTF-8 text into code-point offsets, which
 *                      is what a Python str is indexed by.
 *
 * Only the public API of precis.h is used. No state outlives a call. The functions are
 * static: cffi compiles this file into the extension's own C file, which calls them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <precis/precis.h>

/* The views of a batch record, as the bits of `fields`. */
#define PYP_SUMMARY 1u
#define PYP_BRIEF 2u
#define PYP_FACTS 4u

typedef struct pyp_buf {
    char *p;
    size_t len, cap;
    int failed;
} pyp_buf;

static void pyp_add(pyp_buf *b, const char *s, size_t n) {
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->failed = 1;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

/* Appends `,"name":<view JSON>`; a view the library lacks is null, as in the CLI. */
static precis_status pyp_view(pyp_buf *b, precis_doc *doc, const char *name, precis_view view,
                              precis_error *err) {
    char *out = NULL;
    size_t n = 0;
    pyp_add(b, ",\"", 2);
    pyp_add(b, name, strlen(name));
    pyp_add(b, "\":", 2);
    precis_status st = precis_doc_render(doc, view, PRECIS_FORMAT_JSON, &out, &n, err);
    if (st == PRECIS_E_UNSUPPORTED) {
        pyp_add(b, "null", 4);
        return PRECIS_OK;
    }
    if (st != PRECIS_OK)
        return st;
    while (n && (out[n - 1] == '\n' || out[n - 1] == '\r' || out[n - 1] == ' '))
        n--;
    pyp_add(b, out, n);
    precis_free(out);
    return PRECIS_OK;
}

/* Analyses `len` bytes of `text` with `opts` and writes the members of a batch record that
 * follow its id, source and title: `,"summary":{...},"brief":{...},"facts":{...}` for the
 * views in `fields`, into *out (free with pyp_free). *invalid gets the number of repaired
 * UTF-8 sequences and *no_story whether the document has no story sentence. A text with more
 * than one invalid sequence in `not_text_ratio` bytes is refused as not text (0: never), with
 * the CLI's message. Returns PRECIS_OK or the failing call's status, with err filled. */
static precis_status pyp_views(const precis_model *model, const char *text, size_t len,
                               const precis_options *opts, unsigned fields, size_t not_text_ratio,
                               char **out, size_t *out_len, size_t *invalid, int *no_story,
                               precis_error *err) {
    *out = NULL;
    *out_len = 0;
    *invalid = 0;
    *no_story = 0;
    precis_doc *doc = NULL;
    precis_status st = precis_doc_new(model, text, len, opts, &doc, err);
    if (st != PRECIS_OK)
        return st;
    size_t bad = precis_doc_invalid_sequences(doc);
    if (bad && not_text_ratio && bad > len / not_text_ratio) {
        precis_doc_free(doc);
        if (err) {
            err->code = PRECIS_E_INPUT;
            snprintf(err->message, sizeof err->message,
                     "not text: %zu invalid UTF-8 sequences in %zu bytes", bad, len);
        }
        return PRECIS_E_INPUT;
    }
    pyp_buf b = {0};
    if (fields & PYP_SUMMARY)
        st = pyp_view(&b, doc, "summary", PRECIS_VIEW_SUMMARY, err);
    if (st == PRECIS_OK && (fields & PYP_BRIEF))
        st = pyp_view(&b, doc, "brief", PRECIS_VIEW_BRIEF, err);
    if (st == PRECIS_OK && (fields & PYP_FACTS))
        st = pyp_view(&b, doc, "facts", PRECIS_VIEW_FACTS, err);
    if (st == PRECIS_OK && b.failed) {
        st = PRECIS_E_NOMEM;
        if (err) {
            err->code = st;
            snprintf(err->message, sizeof err->message, "out of memory building the record");
        }
    }
    *invalid = bad;
    *no_story = st == PRECIS_OK && precis_doc_no_story(doc);
    precis_doc_free(doc);
    if (st != PRECIS_OK) {
        free(b.p);
        return st;
    }
    *out = b.p;
    *out_len = b.len;
    return PRECIS_OK;
}

static void pyp_free(char *p) {
    free(p);
}

/* For `n` byte offsets in ascending order, writes the number of code points before each into
 * out[]: a code point starts at every byte that is not a UTF-8 continuation byte (the text is
 * valid UTF-8, encoded from a Python str). One pass over the text, however many offsets. */
static void pyp_char_offsets(const char *text, size_t len, const size_t *offsets, size_t *out, size_t n) {
    size_t pos = 0, chars = 0;
    for (size_t i = 0; i < n; i++) {
        size_t target = offsets[i] < len ? offsets[i] : len;
        for (; pos < target; pos++)
            chars += ((unsigned char)text[pos] & 0xC0) != 0x80;
        out[i] = chars;
    }
}
