/* buf: a growable byte buffer for building output text. Always NUL-terminated.
 * Allocation failure is sticky: once `failed` is set, appends do nothing and the caller
 * checks once at the end (buf_ok). */
#ifndef PRECIS_UTIL_BUF_H
#define PRECIS_UTIL_BUF_H
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef struct buf {
    char *data;
    size_t len;
    size_t cap;
    bool failed;
} buf;

void buf_init(buf *b);
void buf_free(buf *b);
bool buf_reserve(buf *b, size_t extra);
/* The slow paths of buf_append and buf_putc (growing the buffer, or a failed one). */
void buf_append_grow(buf *b, const char *s, size_t len);
void buf_putc_grow(buf *b, char c);
/* Inline: rendering appends short pieces, about a million per thousand documents, and the
 * call and the capacity check cost as much as the copy. */
static inline void buf_append(buf *b, const char *s, size_t len) {
    if (!b->failed && len < b->cap - b->len) { /* cap > len whenever data is allocated */
        if (len)
            memcpy(b->data + b->len, s, len);
        b->len += len;
        b->data[b->len] = '\0';
        return;
    }
    buf_append_grow(b, s, len);
}
static inline void buf_putc(buf *b, char c) {
    if (!b->failed && 1 < b->cap - b->len) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return;
    }
    buf_putc_grow(b, c);
}
/* Inline, so that the length of a literal folds away. */
static inline void buf_puts(buf *b, const char *s) { buf_append(b, s, strlen(s)); }
/* v in decimal, as %u/%zu and %d print it: for renderers that write numbers between
 * literals, without a format to parse at every call. */
void buf_put_uint(buf *b, unsigned long long v);
void buf_put_int(buf *b, long long v);
/* x as %.Nf prints it, for N = prec in [0, 9] (the fixed-point fast path of buf_printf
 * without a format to parse: snprintf for what that path leaves). */
void buf_put_fixed(buf *b, double x, int prec);
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends `s` as a JSON string literal (with quotes), escaping as RFC 8259 requires.
 * The input must be valid UTF-8. */
void buf_json_string(buf *b, const char *s, size_t len);
/* Appends `s` with &, <, >, " escaped for HTML. */
void buf_html(buf *b, const char *s, size_t len);
static inline bool buf_ok(const buf *b) { return !b->failed; }
/* Hands the data to the caller (to free with free()) and resets the buffer. */
char *buf_detach(buf *b, size_t *len_out);
#endif
