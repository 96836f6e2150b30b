/* input.c — a document from a file, standard input or a URL; HTML reduced to its article.
 * Every single-document command reads through here, so `precis FILE`, summary, facts, split
 * and extract see the same text of the same page, whether it was saved or fetched. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"

int cli_input_read(const char *path, const fetch_opts *fo, cli_input *in) {
    memset(in, 0, sizeof *in);
    in->name = strcmp(path, "-") == 0 ? "(stdin)" : path;
    char *data = NULL;
    size_t len = 0;
    const char *charset = NULL;
    bool html = false;
    fetch_result fr = {0};
    if (fetch_is_url(path)) {
        int code = fetch_url(path, fo, &fr);
        if (code != EXIT_OK)
            return code;
        data = fr.data, fr.data = NULL;
        len = fr.len;
        charset = fr.charset;
        html = fr.html;
        in->url = fr.final_url, fr.final_url = NULL;
    } else {
        bool too_big = false;
        if (!cli_read_input_max(path, fo->max_bytes, &data, &len, &too_big))
            return too_big ? EXIT_SOME_FAILED : EXIT_IO;
    }
    if (!html)
        html = extract_looks_html(data, len);
    if (!html) {
        in->text = data;
        in->len = len;
        fetch_result_free(&fr);
        return EXIT_OK;
    }
    const char *why = NULL;
    extract_status st = extract_html(data, len, charset, in->url, &in->page, &why);
    free(data);
    fetch_result_free(&fr);
    if (st != EXTRACT_OK) {
        cli_error(in->name, "%s", why ? why : "out of memory reading HTML");
        return st == EXTRACT_NOMEM ? EXIT_IO : EXIT_SOME_FAILED;
    }
    if (in->page.charset_unknown)
        cli_error(in->name, "warning: unknown charset; read as windows-1252");
    in->html = true;
    in->text = in->page.text, in->page.text = NULL;
    in->len = in->page.len;
    return EXIT_OK;
}

void cli_input_free(cli_input *in) {
    free(in->text);
    free(in->url);
    extract_page_free(&in->page);
    memset(in, 0, sizeof *in);
}
