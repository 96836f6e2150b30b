/* extract.h — the article in a web page: its main text, title, date, author and site.
 *
 * The CLI's one HTML reader: `precis extract`, the single-document commands given a page,
 * and every HTML document of a batch go through extract_html. It lives in the CLI because
 * it needs an HTML5 parser (gumbo) and a JSON parser (jansson, for schema.org JSON-LD), which
 * the library does without; the library only ever sees the extracted text.
 * Thread-safe: no shared state; each call owns its memory. */
#ifndef PRECIS_CLI_EXTRACT_H
#define PRECIS_CLI_EXTRACT_H
#include <stdbool.h>
#include <stddef.h>

typedef struct extract_span {
    size_t start, end; /* byte offsets into extract_page.text, end exclusive */
} extract_span;

typedef struct extract_page {
    char *text;          /* malloc'ed UTF-8, NUL-terminated: the paragraphs of the main text,
                            separated by one blank line ("\n\n"); a <br> is one "\n" */
    size_t len;
    extract_span *paras; /* malloc'ed: each paragraph of text, in order */
    size_t n_paras;
    /* malloc'ed UTF-8, or NULL when the page does not tell */
    char *title;  /* site name removed ("Story | Site" -> "Story") */
    char *author;
    char *date;   /* YYYY-MM-DD: the publication date */
    char *site;
    char *lang;   /* the language the page declares (<html lang>, og:locale), as declared */
    char *url;    /* the URL fetched, else the page's canonical URL */
    const char *charset; /* static: the encoding the page was read in ("UTF-8", "windows-1252") */
    bool charset_unknown; /* a declared charset iconv does not know: read as windows-1252 */
} extract_page;

typedef enum extract_status {
    EXTRACT_OK = 0,
    EXTRACT_NOMEM,   /* out of memory */
    EXTRACT_BINARY,  /* not a page: an image, a PDF, an archive, a file with NUL bytes */
    EXTRACT_REFUSED  /* a page refused as pathological (nesting gumbo cannot parse in time) */
} extract_status;

/* Extracts the article of a page. `charset` is the encoding an HTTP header gave (NULL:
 * none); `url` the address it was fetched from (NULL: a file). On failure *why gets a static
 * reason. Cost: linear in the page (one parse, a few walks over its elements). */
extract_status extract_html(const char *html, size_t len, const char *charset, const char *url, extract_page *page,
                            const char **why);

/* A plain-text document as a page with no metadata: invalid UTF-8 sequences become U+FFFD,
 * paragraphs are the runs of lines between blank lines. Returns false when out of memory. */
bool extract_text(const char *p, size_t n, extract_page *page);

void extract_page_free(extract_page *page);

/* Does this start like an HTML page: a doctype, <html>, <head>, <body> (or <meta>, <title>)
 * after a byte-order mark, white space, comments and an XML declaration? */
bool extract_looks_html(const char *p, size_t n);

/* Does this look like binary content (NUL bytes, control characters, or the signature of an
 * image, PDF, archive or compressed file)? UTF-16 with a byte-order mark is not binary. */
bool extract_looks_binary(const char *p, size_t n);
#endif
