/* cmd_extract.c — `precis extract`: the article of a web page, as text or JSON.
 *
 * Text: the title on the first line, a blank line, then the paragraphs separated by blank
 * lines. JSON (docs/schema/extract.schema.json):
 *   {"title","author","date","lang","site","url","text","paragraphs":[{"start","end"}...],
 *    "schema":"precis/extract/1"}
 * with byte offsets into "text" and null for what the page does not tell. A plain-text input
 * is its own text (invalid UTF-8 replaced), paragraphs at blank lines, no metadata.
 * Exit codes as the other single-document commands, plus the URL ones (cli.h). */
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "input.h"

static void extract_usage(FILE *out) {
    fputs("Usage: precis extract [OPTIONS] [FILE|URL|-]\n"
          "\n"
          "Print the article of a web page: its title, then its paragraphs separated by blank\n"
          "lines, without navigation, ads, captions, related links, cookie notices or comments.\n"
          "With --format json: {\"title\", \"author\", \"date\", \"lang\", \"site\", \"url\", \"text\",\n"
          "\"paragraphs\":[{\"start\",\"end\"}], \"schema\":\"precis/extract/1\"}, byte offsets into\n"
          "\"text\", null for what the page does not say. A plain-text input is printed as it is.\n"
          "\n"
          "Options:\n"
          "  -f, --format FMT     output format: text, json\n"
          "      --pretty         JSON indented, one member a line (implies -f json)\n"
          "      --max-bytes N    refuse inputs larger than N bytes, 0 for no limit (default 67108864)\n"
          "      --user-agent S   the User-Agent header when FILE is a URL (default precis/VERSION)\n"
          "      --timeout S      seconds allowed for fetching a URL, redirects included (default 30)\n"
          "  -h, --help           show this help and exit\n"
          "\n"
          "With no FILE, or FILE '-', the page is read from standard input (not from a terminal).\n"
          "\n"
          "Exit status:\n"
          "  0  success\n"
          "  1  the input could not be processed (over --max-bytes, binary, refused)\n"
          "  2  usage error\n"
          "  4  reading input or writing output failed\n"
          "  5-11  fetching the URL failed: 5 host not found, 6 no connection, 7 TLS, 8 HTTP\n"
          "     error status, 9 timeout, 10 over --max-bytes, 11 not a page (binary content)\n",
          out);
}

static json_t *str_or_null(const char *s) {
    return s ? json_string(s) : json_null();
}

static int print_json(const cli_input *in, const extract_page *pg, bool pretty) {
    json_t *o = json_object();
    json_t *paras = json_array();
    if (!o || !paras) {
        json_decref(o);
        json_decref(paras);
        return EXIT_IO;
    }
    json_object_set_new(o, "title", str_or_null(pg->title));
    json_object_set_new(o, "author", str_or_null(pg->author));
    json_object_set_new(o, "date", str_or_null(pg->date));
    json_object_set_new(o, "lang", str_or_null(pg->lang));
    json_object_set_new(o, "site", str_or_null(pg->site));
    json_object_set_new(o, "url", str_or_null(pg->url));
    json_object_set_new(o, "text", json_stringn(in->text, in->len));
    for (size_t i = 0; i < pg->n_paras; i++) {
        json_t *p = json_pack("{sIsI}", "start", (json_int_t)pg->paras[i].start, "end", (json_int_t)pg->paras[i].end);
        json_array_append_new(paras, p);
    }
    json_object_set_new(o, "paragraphs", paras);
    json_object_set_new(o, "schema", json_string("precis/extract/1")); /* last, as in every output */
    char *s = json_dumps(o, pretty ? JSON_INDENT(2) : JSON_COMPACT);
    json_decref(o);
    if (!s) {
        cli_error(in->name, "out of memory writing JSON");
        return EXIT_IO;
    }
    bool ok = cli_write(s, strlen(s)) && cli_write("\n", 1);
    free(s);
    return ok ? EXIT_OK : EXIT_IO;
}

static int print_text(const cli_input *in, const extract_page *pg) {
    bool ok = true;
    if (pg->title) {
        ok = cli_write(pg->title, strlen(pg->title)) && cli_write("\n", 1);
        if (ok && in->len)
            ok = cli_write("\n", 1);
    }
    if (ok && in->len)
        ok = cli_write(in->text, in->len) && (in->text[in->len - 1] == '\n' || cli_write("\n", 1));
    return ok ? EXIT_OK : EXIT_IO;
}

int cmd_extract(int argc, char **argv) {
    enum { OPT_MAXBYTES = 1000, OPT_PRETTY, OPT_USER_AGENT, OPT_TIMEOUT };
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},   {"pretty", no_argument, NULL, OPT_PRETTY},
        {"max-bytes", required_argument, NULL, OPT_MAXBYTES},
        {"user-agent", required_argument, NULL, OPT_USER_AGENT},
        {"timeout", required_argument, NULL, OPT_TIMEOUT}, {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    bool json = false, pretty = false;
    const char *format_name = NULL;
    precis_options opts;
    precis_options_init(&opts);
    precis_error err = {0};
    fetch_opts fo = {NULL, 30, 0};
    optind = 1;
    opterr = 0;
    int ch;
    while ((ch = getopt_long(argc, argv, ":f:h", longopts, NULL)) != -1) {
        switch (ch) {
        case 'f':
            if (strcmp(optarg, "json") == 0)
                json = true;
            else if (strcmp(optarg, "text") != 0)
                return cli_usage_error("extract", "unknown format '%s' (expected text, json)", optarg);
            format_name = optarg;
            break;
        case OPT_PRETTY: pretty = true; break;
        case OPT_MAXBYTES:
            if (precis_options_set(&opts, "max-bytes", optarg, &err) != PRECIS_OK)
                return cli_usage_error("extract", "%s", err.message);
            break;
        case OPT_USER_AGENT: fo.user_agent = optarg; break;
        case OPT_TIMEOUT:
            if (!cli_parse_seconds(optarg, &fo.timeout))
                return cli_usage_error("extract", "--timeout: expected whole seconds from 1 to 86400, got '%s'", optarg);
            break;
        case 'h':
            extract_usage(stdout);
            return cli_finish(EXIT_OK);
        case ':':
            return cli_usage_error("extract", "option '%s' needs a value", argv[optind - 1]);
        default:
            return cli_usage_error("extract", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (pretty) {
        if (format_name && !json)
            return cli_usage_error("extract", "--pretty indents JSON; it does not go with --format %s", format_name);
        json = true;
    }
    if (argc - optind > 1)
        return cli_usage_error("extract", "expected one input, got %d", argc - optind);
    const char *path = optind < argc ? argv[optind] : "-";
    if (strcmp(path, "-") == 0 && isatty(STDIN_FILENO))
        return cli_usage_error("extract", "no input: give a FILE or URL, or pipe a page in");
    fo.max_bytes = opts.max_bytes;
    cli_input in;
    int code = cli_input_read(path, &fo, &in);
    if (code != EXIT_OK)
        return cli_finish(code);
    extract_page text_page;
    const extract_page *pg = &in.page;
    if (!in.html && extract_looks_binary(in.text, in.len)) {
        cli_error(in.name, "binary content, not an HTML page or text");
        cli_input_free(&in);
        return cli_finish(EXIT_SOME_FAILED);
    }
    if (!in.html) {
        /* plain text: its own paragraphs, repaired so that JSON can carry it */
        if (!extract_text(in.text, in.len, &text_page)) {
            cli_error(in.name, "out of memory");
            cli_input_free(&in);
            return cli_finish(EXIT_IO);
        }
        free(in.text);
        in.text = text_page.text, text_page.text = NULL;
        in.len = text_page.len;
        pg = &text_page;
    }
    if (in.html && in.len == 0)
        cli_error(in.name, "warning: no article text found in the page");
    code = json ? print_json(&in, pg, pretty) : print_text(&in, pg);
    if (!in.html)
        extract_page_free(&text_page);
    cli_input_free(&in);
    return cli_finish(code);
}
