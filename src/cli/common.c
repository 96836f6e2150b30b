/* common.c — file reading, model loading, output checking shared by all commands.
 *
 * Output faults: a write that fails is reported once (not again when stdout is closed), a
 * closed pipe (EPIPE; main() ignores SIGPIPE) is not reported at all, and either way the
 * command exits with EXIT_IO. Input is read whole, bounded by the caller's limit so that an
 * endless stream (a device, `yes |`) is refused instead of filling memory. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* The CLI's one piece of process state: stdout has failed and that was reported. */
static bool output_failed;

void cli_error(const char *what, const char *fmt, ...) {
    fprintf(stderr, "precis: %s: ", what);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int cli_usage_error(const char *cmd, const char *fmt, ...) {
    fprintf(stderr, "precis: %s: ", cmd);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'precis %s --help' for more information.\n", cmd);
    return EXIT_USAGE;
}

bool cli_read_input(const char *path, char **data, size_t *len) {
    bool too_big;
    return cli_read_input_max(path, 0, data, len, &too_big);
}

bool cli_read_input_max(const char *path, size_t max, char **data, size_t *len, bool *too_big) {
    bool is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "(stdin)" : path;
    *too_big = false;
    if (is_stdin && isatty(STDIN_FILENO)) {
        cli_error(name, "refusing to read from a terminal; give a file or pipe text in");
        return false;
    }
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        cli_error(name, "%s", strerror(errno));
        return false;
    }
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        cli_error(name, "%s", strerror(EISDIR));
        if (!is_stdin)
            fclose(f);
        return false;
    }
    /* A regular file over the limit is refused from its size, unread. */
    if (max && S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max) {
        cli_error(name, "document is %ju bytes, over the limit of %zu (raise --max-bytes)", (uintmax_t)st.st_size,
                  max);
        *too_big = true;
        if (!is_stdin)
            fclose(f);
        return false;
    }
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    while (p) {
        size_t got = fread(p + n, 1, cap - n, f);
        n += got;
        if (got == 0 || (max && n > max))
            break;
        if (n == cap) {
            char *q = cap > ((size_t)-1) / 2 ? NULL : realloc(p, cap * 2);
            if (!q) {
                free(p);
                p = NULL;
                break;
            }
            p = q;
            cap *= 2;
        }
    }
    bool failed = !p || ferror(f);
    int saved = errno;
    if (!is_stdin)
        fclose(f);
    if (failed) {
        cli_error(name, "%s", p ? strerror(saved) : "out of memory");
        free(p);
        return false;
    }
    if (max && n > max) {
        /* A stream: its length is unknown past what was read. */
        cli_error(name, "document is over the limit of %zu bytes (raise --max-bytes)", max);
        *too_big = true;
        free(p);
        return false;
    }
    *data = p;
    *len = n;
    return true;
}

precis_model *cli_load_model(const char *path) {
    precis_error err = {0};
    precis_model *m = NULL;
    if (!path) {
        if (precis_model_default(&m, &err) != PRECIS_OK) {
            cli_error("default model", "%s", err.message);
            return NULL;
        }
        return m;
    }
    char *data;
    size_t len;
    if (!cli_read_input(path, &data, &len))
        return NULL;
    precis_status st = precis_model_load(data, len, &m, &err);
    free(data);
    if (st != PRECIS_OK) {
        cli_error(path, "%s", err.message);
        return NULL;
    }
    return m;
}

/* Reports a failed write once; a closed pipe silently (the reader wanted no more). */
static void output_error(int err) {
    if (!output_failed && err != EPIPE)
        cli_error("(stdout)", "writing output failed: %s", strerror(err));
    output_failed = true;
}

bool cli_write(const char *data, size_t len) {
    if (output_failed)
        return false;
    errno = 0;
    if (len && fwrite(data, 1, len, stdout) != len) {
        output_error(errno ? errno : EIO);
        return false;
    }
    return true;
}

int cli_finish(int code) {
    errno = 0;
    bool bad = fflush(stdout) != 0 || ferror(stdout);
    if (bad)
        output_error(errno ? errno : EIO);
    errno = 0;
    if (fclose(stdout) != 0 && !bad) {
        output_error(errno ? errno : EIO);
        bad = true;
    }
    return bad || output_failed ? EXIT_IO : code;
}

bool cli_parse_format(const char *name, precis_format *out) {
    static const struct {
        const char *name;
        precis_format f;
    } names[] = {{"text", PRECIS_FORMAT_TEXT},         {"json", PRECIS_FORMAT_JSON},
                 {"jsonl", PRECIS_FORMAT_JSONL},       {"markdown", PRECIS_FORMAT_MARKDOWN},
                 {"md", PRECIS_FORMAT_MARKDOWN},       {"html", PRECIS_FORMAT_HTML}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i].name) == 0) {
            *out = names[i].f;
            return true;
        }
    return false;
}

bool cli_parse_seconds(const char *s, long *out) {
    char *end = NULL;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < 1 || v > 86400)
        return false;
    *out = v;
    return true;
}

void cli_set_title(precis_options *opts, const char *title) {
    size_t max = sizeof opts->title - 1, n = strlen(title);
    if (n > max) {
        n = max;
        while (n > 0 && ((unsigned char)title[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(opts->title, title, n);
    opts->title[n] = '\0';
}
