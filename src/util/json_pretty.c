/* json_pretty.c — an indenting pass over compact JSON. Tracks only whether it is inside a
 * string (and after a backslash there); everything else is structure or a scalar to copy. */
#include "util/json_pretty.h"

static void newline(buf *out, int depth) {
    buf_putc(out, '\n');
    for (int i = 0; i < depth; i++)
        buf_puts(out, "  ");
}

void json_pretty(buf *out, const char *in, size_t len) {
    int depth = 0;
    bool in_string = false, escaped = false, started = false;
    for (size_t i = 0; i < len; i++) {
        char c = in[i];
        if (in_string) {
            buf_putc(out, c);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
            continue;
        }
        switch (c) {
        case ' ': case '\t': case '\n': case '\r':
            if (started && depth == 0)
                goto done; /* the value is complete */
            break;
        case '"':
            in_string = true;
            started = true;
            buf_putc(out, c);
            break;
        case '{': case '[': {
            started = true;
            /* an empty object or array stays on its line */
            size_t j = i + 1;
            while (j < len && (in[j] == ' ' || in[j] == '\n' || in[j] == '\t' || in[j] == '\r'))
                j++;
            if (j < len && in[j] == (c == '{' ? '}' : ']')) {
                buf_putc(out, c);
                buf_putc(out, in[j]);
                i = j;
                break;
            }
            buf_putc(out, c);
            newline(out, ++depth);
            break;
        }
        case '}': case ']':
            newline(out, --depth);
            buf_putc(out, c);
            break;
        case ',':
            buf_putc(out, c);
            newline(out, depth);
            break;
        case ':':
            buf_puts(out, ": ");
            break;
        default:
            started = true;
            buf_putc(out, c);
        }
        if (started && depth == 0 && !in_string && (c == '}' || c == ']'))
            break;
    }
done:
    buf_putc(out, '\n');
}
