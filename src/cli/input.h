/* input.h — one document for the single-document commands: a file, standard input or a URL,
 * and when it is an HTML page, its article (extract.c) instead of its markup. */
#ifndef PRECIS_CLI_INPUT_H
#define PRECIS_CLI_INPUT_H
#include <stdbool.h>
#include <stddef.h>

#include "extract.h"
#include "fetch.h"

typedef struct cli_input {
    const char *name;  /* for messages: the path, the URL or "(stdin)" */
    char *text;        /* malloc'ed: the document's text (a page's extracted article) */
    size_t len;
    bool html;         /* the input was an HTML page; page holds its metadata */
    extract_page page; /* page.text is moved to text */
    char *url;         /* malloc'ed URL after redirects, or NULL for a file */
} cli_input;

/* Reads PATH ("-" = stdin, http(s):// = fetched), refusing more than fo->max_bytes; an
 * input that looks like HTML (extract_looks_html, or a text/html answer) is reduced to its
 * article. Returns EXIT_OK, or the exit status after a message naming the input: EXIT_IO
 * (unreadable), EXIT_SOME_FAILED (over the limit, binary, refused), EXIT_NET_* (a URL). */
int cli_input_read(const char *path, const fetch_opts *fo, cli_input *in);

void cli_input_free(cli_input *in);
#endif
