/* cli.h — shared pieces of the precis command-line tool. The CLI is the only part of precis
 * that touches files, terminals, errno and exit codes. */
#ifndef PRECIS_CLI_H
#define PRECIS_CLI_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <precis/precis.h>

/* Exit codes, documented in --help and the man page. */
enum {
    EXIT_OK = 0,
    EXIT_SOME_FAILED = 1, /* some inputs could not be processed; the rest were */
    EXIT_USAGE = 2,       /* bad command line */
    EXIT_MODEL = 3,       /* the model could not be loaded, or configuration is invalid */
    EXIT_IO = 4,          /* reading input or writing output failed */
    /* fetching a URL failed (fetch.c), one status per cause */
    EXIT_NET_DNS = 5,      /* the host name could not be resolved */
    EXIT_NET_CONNECT = 6,  /* the server could not be reached (refused, unreachable) */
    EXIT_NET_TLS = 7,      /* the TLS handshake or the certificate check failed */
    EXIT_NET_HTTP = 8,     /* the server answered with an HTTP error status, or redirected too often */
    EXIT_NET_TIMEOUT = 9,  /* no complete answer within --timeout */
    EXIT_NET_TOO_BIG = 10, /* the answer is over --max-bytes */
    EXIT_NET_BINARY = 11,  /* the answer is not a page: an image, a PDF, an archive */
    EXIT_INTERRUPTED = 130 /* batch stopped by Ctrl-C (128 + SIGINT, as the shell reports it) */
};

/* Every command has this shape; argv[0] is the command name. */
typedef int (*cli_command_fn)(int argc, char **argv);

int cmd_split(int argc, char **argv);
int cmd_summary(int argc, char **argv);
int cmd_facts(int argc, char **argv);
int cmd_brief(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_bench(int argc, char **argv);
int cmd_extract(int argc, char **argv);

/* Prints "precis: <what>: <message>" to stderr. */
void cli_error(const char *what, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints a usage error and the pointer to --help; returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Reads a whole file ("-" = stdin) into a malloc'ed buffer. Refuses to wait on a terminal
 * stdin. On failure prints a message naming the file and returns false. */
bool cli_read_input(const char *path, char **data, size_t *len);

/* Like cli_read_input, but refuses an input over `max` bytes (0 = no limit) without reading
 * more than max + 1 of it; *too_big is then set. */
bool cli_read_input_max(const char *path, size_t max, char **data, size_t *len, bool *too_big);

/* Loads the model: the file given with --model, or the embedded default. Prints the error. */
precis_model *cli_load_model(const char *path);

/* Writes a buffer to stdout; false (after a message) when writing fails. */
bool cli_write(const char *data, size_t len);

/* Flushes and closes stdout, reporting write errors (full disk, closed pipe). Returns the
 * exit code to use: `code`, or EXIT_IO when the output could not be written. */
int cli_finish(int code);

/* Parses a --timeout value: whole seconds, 1 to 86400. */
bool cli_parse_seconds(const char *s, long *out);

/* Sets opts->title from a page's title, cut at a character boundary to what fits. */
void cli_set_title(precis_options *opts, const char *title);

/* Parses --format values. Returns false for an unknown name. */
bool cli_parse_format(const char *name, precis_format *out);
#endif
