/* common.c — file reading, model loading, output checking shared by all commands. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

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
    bool is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "(stdin)" : path;
    if (is_stdin && isatty(STDIN_FILENO)) {
        cli_error(name, "refusing to read from a terminal; give a file or pipe text in");
        return false;
    }
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        cli_error(name, "%s", strerror(errno));
        return false;
    }
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    while (p) {
        size_t got = fread(p + n, 1, cap - n, f);
        n += got;
        if (got == 0)
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

bool cli_write(const char *data, size_t len) {
    if (len && fwrite(data, 1, len, stdout) != len) {
        cli_error("(stdout)", "writing output failed: %s", strerror(errno));
        return false;
    }
    return true;
}

int cli_finish(int code) {
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (errno != EPIPE)
            cli_error("(stdout)", "writing output failed: %s", strerror(errno));
        return EXIT_IO;
    }
    if (fclose(stdout) != 0) {
        cli_error("(stdout)", "writing output failed: %s", strerror(errno));
        return EXIT_IO;
    }
    return code;
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
