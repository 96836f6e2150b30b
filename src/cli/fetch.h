/* fetch.h — a web page over HTTP(S) with libcurl, for the commands given a URL. */
#ifndef PRECIS_CLI_FETCH_H
#define PRECIS_CLI_FETCH_H
#include <stdbool.h>
#include <stddef.h>

typedef struct fetch_opts {
    const char *user_agent; /* NULL: "precis/VERSION" */
    long timeout;           /* seconds for the whole transfer, redirects included */
    size_t max_bytes;       /* a body over this is refused (0: no limit) */
} fetch_opts;

typedef struct fetch_result {
    char *data;      /* malloc'ed body, NUL-terminated (not counted in len) */
    size_t len;
    char *charset;   /* malloc'ed charset of the Content-Type header, or NULL */
    char *final_url; /* malloc'ed URL after redirects */
    bool html;       /* Content-Type text/html or application/xhtml+xml */
} fetch_result;

/* Is this argument a URL (http:// or https://) rather than a file name? */
bool fetch_is_url(const char *s);

/* Fetches `url` following redirects (at most 10, http and https only). On failure prints one
 * line "precis: URL: reason" and returns the exit status for the cause (cli.h EXIT_NET_*,
 * or EXIT_IO); EXIT_OK on success. */
int fetch_url(const char *url, const fetch_opts *o, fetch_result *r);

/* The same without printing: the reason goes to msg (for batch's error lines). */
int fetch_url_quiet(const char *url, const fetch_opts *o, fetch_result *r, char *msg, size_t cap);

void fetch_result_free(fetch_result *r);
#endif
