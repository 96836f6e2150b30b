/* cmd_doc.c — the single-document commands: split, summary, facts, brief. They share one
 * option parser and differ in the view they render. The input is a file, standard input or a
 * URL; an HTML page is read as its article (input.c), with the page's title and date as
 * --title and --date unless those are given. Exit codes: 0 done, 1 the document could
 * not be processed (over --max-bytes, rejected by the library), 2 usage (also: no input given
 * and standard input a terminal), 3 model (also: a language it lacks), 4 reading the input
 * or writing the output. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "input.h"

/* The options of the single-document commands. Each command takes only those it uses
 * (doc_command.opts): a budget means nothing to split or facts, a date nothing to summary. */
enum {
    O_SENTENCES = 1u << 0, /* -n, --sentences: the summary's length */
    O_WORDS = 1u << 1,     /* --words: the summary's length in words */
    O_CHARS = 1u << 2,
    O_RATIO = 1u << 3,
    O_METHOD = 1u << 4,
    O_REDUNDANCY = 1u << 5,
    O_BRIEFWORDS = 1u << 6, /* --brief-words: the brief's length in words */
    O_TITLE = 1u << 7,
    O_DATE = 1u << 8,
    O_EXPLAIN = 1u << 9,
    O_BUDGET = O_SENTENCES | O_WORDS | O_CHARS | O_RATIO
};

typedef struct doc_command {
    const char *name;
    precis_view view;
    const char *help;    /* command-specific lines of --help */
    unsigned opts;       /* O_*: the options it takes besides the common ones */
} doc_command;

static void doc_usage(const doc_command *c, FILE *out) {
    /* The language list comes from the built-in model, so --help cannot fall out of step. */
    precis_model *builtin = NULL;
    if (precis_model_default(&builtin, NULL) != PRECIS_OK)
        builtin = NULL;
    fprintf(out, "Usage: precis %s [OPTIONS] [FILE|-]\n\n", c->name);
    fputs(c->help, out);
    fprintf(out,
            "\nOptions:\n"
            "  -f, --format FMT     output format: %s\n"
            "      --pretty         JSON indented, one member a line (implies -f json)\n"
            "  -l, --lang L         language of the text: auto (the default: identified from the\n"
            "                       text) or a tag (de, pt-BR); the built-in model has data for\n"
            "                       %s (facts: en)\n"
            "      --model FILE     load the model from FILE instead of the built-in one\n"
            "      --max-bytes N    refuse inputs larger than N bytes, 0 for no limit (default 67108864)\n"
            "      --user-agent S   the User-Agent header when FILE is a URL (default precis/VERSION)\n"
            "      --timeout S      seconds allowed for fetching a URL, redirects included (default 30)\n",
            precis_view_formats(c->view), builtin ? precis_model_languages(builtin) : "?");
    precis_model_free(builtin);
    unsigned o = c->opts;
    if (o & O_SENTENCES)
        fputs("  -n, --sentences N    length of the summary in sentences (default 3)\n", out);
    if (o & O_WORDS)
        fputs("  -w, --words N        length of the summary in words\n", out);
    if (o & O_CHARS)
        fputs("      --chars N        length of the summary in characters\n", out);
    if (o & O_RATIO)
        fputs("  -r, --ratio R        length of the summary as a fraction of the document's words\n", out);
    if (o & O_BRIEFWORDS)
        fputs("  -w, --brief-words N  length of the brief in words, 10 to 10000 (default 80)\n", out);
    if (o & O_METHOD)
        fputs("  -m, --method M       default, lead, tfidf, textrank or lexrank\n", out);
    if (o & O_REDUNDANCY)
        fputs("      --redundancy X   0..1: how strongly near-duplicate sentences are avoided (default 0.3)\n", out);
    if (o & O_TITLE)
        fputs("      --title TEXT     the article's title, used as a scoring signal\n", out);
    if (o & O_DATE)
        fputs("      --date DATE      the document's date (YYYY-MM-DD, or an ISO timestamp such as\n"
              "                       2024-05-02T10:00:00Z), for resolving 'on Thursday'\n",
              out);
    if (o & O_EXPLAIN)
        fputs("      --explain        show every sentence's score and its parts\n", out);
    fprintf(out,
            "  -h, --help           show this help and exit\n"
            "\nWith no FILE, or FILE '-', the text is read from standard input (not from a terminal).\n"
            "FILE may be an http:// or https:// URL. An HTML page (a doctype, <html>, <head> or <body>\n"
            "at its start) is read as its article, as 'precis extract' prints it; the page's own\n"
            "title and date are the document's, unless the command line gives them.\n"
            "\nExit status:\n"
            "  0  success\n"
            "  1  the document could not be processed (over --max-bytes, binary, refused)\n"
            "  2  usage error\n"
            "  3  the model could not be loaded, or it lacks the language asked for\n"
            "  4  reading input or writing output failed\n"
            "  5-11  fetching the URL failed: 5 host not found, 6 no connection, 7 TLS, 8 HTTP\n"
            "     error status, 9 timeout, 10 over --max-bytes, 11 not a page (binary content)\n");
}

/* Why an option is not one of command c's, for the usage error. */
static const char *not_for(const doc_command *c, unsigned bit) {
    if (bit == O_WORDS && (c->opts & O_BRIEFWORDS))
        return " (--words is the summary's length; the brief's is -w, --brief-words)";
    if ((bit & O_BUDGET) && (c->opts & O_BRIEFWORDS))
        return " (the brief's length is -w, --brief-words)";
    if ((bit & O_BUDGET) && c->view == PRECIS_VIEW_FACTS)
        return " (the budget options set the summary's length)";
    if (bit & (O_BUDGET | O_METHOD | O_REDUNDANCY | O_EXPLAIN))
        return c->view == PRECIS_VIEW_SPLIT ? " (split prints every sentence)" : "";
    return "";
}

static int run_doc_command(const doc_command *c, int argc, char **argv) {
    enum {
        OPT_MODEL = 1000, OPT_MAXBYTES, OPT_CHARS, OPT_REDUNDANCY, OPT_TITLE, OPT_DATE, OPT_EXPLAIN,
        OPT_BRIEFWORDS, OPT_WORDS, OPT_PRETTY, OPT_USER_AGENT, OPT_TIMEOUT
    };
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},     {"lang", required_argument, NULL, 'l'},
        {"model", required_argument, NULL, OPT_MODEL}, {"max-bytes", required_argument, NULL, OPT_MAXBYTES},
        {"sentences", required_argument, NULL, 'n'},  {"words", required_argument, NULL, OPT_WORDS},
        {"chars", required_argument, NULL, OPT_CHARS}, {"ratio", required_argument, NULL, 'r'},
        {"method", required_argument, NULL, 'm'},     {"redundancy", required_argument, NULL, OPT_REDUNDANCY},
        {"title", required_argument, NULL, OPT_TITLE}, {"date", required_argument, NULL, OPT_DATE},
        {"explain", no_argument, NULL, OPT_EXPLAIN},  {"brief-words", required_argument, NULL, OPT_BRIEFWORDS},
        {"pretty", no_argument, NULL, OPT_PRETTY},    {"help", no_argument, NULL, 'h'},
        {"user-agent", required_argument, NULL, OPT_USER_AGENT},
        {"timeout", required_argument, NULL, OPT_TIMEOUT},
        {NULL, 0, NULL, 0}};
    precis_options opts;
    precis_options_init(&opts);
    precis_format format = PRECIS_FORMAT_TEXT;
    const char *model_path = NULL;
    bool explain = false, pretty = false, title_given = false, date_given = false;
    fetch_opts fo = {NULL, 30, 0};
    const char *format_name = NULL; /* as given */
    precis_error err = {0};
    optind = 1;
    opterr = 0;
    int ch;
    while ((ch = getopt_long(argc, argv, ":f:l:n:w:r:m:h", longopts, NULL)) != -1) {
        const char *key = NULL;
        unsigned bit = 0;
        switch (ch) {
        case 'f':
            if (!cli_parse_format(optarg, &format))
                return cli_usage_error(c->name, "unknown format '%s' (expected %s)", optarg,
                                       precis_view_formats(c->view));
            if (!precis_view_supports(c->view, format))
                return cli_usage_error(c->name, "%s has no %s format (its formats: %s)", c->name, optarg,
                                       precis_view_formats(c->view));
            format_name = optarg;
            break;
        case 'l': key = "lang"; break;
        case 'n': key = "sentences", bit = O_SENTENCES; break;
        /* -w is the length in words of what the command prints: the summary's or the brief's */
        case 'w':
            if (c->opts & O_BRIEFWORDS)
                key = "brief-words", bit = O_BRIEFWORDS;
            else
                key = "words", bit = O_WORDS;
            break;
        case OPT_WORDS: key = "words", bit = O_WORDS; break;
        case OPT_BRIEFWORDS: key = "brief-words", bit = O_BRIEFWORDS; break;
        case OPT_CHARS: key = "chars", bit = O_CHARS; break;
        case 'r': key = "ratio", bit = O_RATIO; break;
        case 'm': key = "method", bit = O_METHOD; break;
        case OPT_REDUNDANCY: key = "redundancy", bit = O_REDUNDANCY; break;
        case OPT_MAXBYTES: key = "max-bytes"; break;
        case OPT_TITLE: key = "title", bit = O_TITLE, title_given = true; break;
        case OPT_DATE: key = "date", bit = O_DATE, date_given = true; break;
        case OPT_USER_AGENT: fo.user_agent = optarg; break;
        case OPT_TIMEOUT:
            if (!cli_parse_seconds(optarg, &fo.timeout))
                return cli_usage_error(c->name, "--timeout: expected whole seconds from 1 to 86400, got '%s'", optarg);
            break;
        case OPT_MODEL: model_path = optarg; break;
        case OPT_EXPLAIN: explain = true, bit = O_EXPLAIN; break;
        case OPT_PRETTY: pretty = true; break;
        case 'h':
            doc_usage(c, stdout);
            return cli_finish(EXIT_OK);
        case ':':
            return cli_usage_error(c->name, "option '%s' needs a value", argv[optind - 1]);
        default:
            return cli_usage_error(c->name, "unknown option '%s'", argv[optind - 1]);
        }
        if (bit && !(c->opts & bit)) {
            /* argv[optind - 1] is the option, or its value when given apart ("-n 3") */
            const char *given = argv[optind - 1];
            if (optarg && given == optarg && optind >= 2)
                given = argv[optind - 2];
            char shown[64];
            int n = given[1] == '-' ? (int)strcspn(given, "=") : 2; /* "--words=5" "-n3" */
            snprintf(shown, sizeof shown, "%.*s", n, given);
            return cli_usage_error(c->name, "option '%s' does not apply to %s%s", shown, c->name, not_for(c, bit));
        }
        if (key && precis_options_set(&opts, key, optarg, &err) != PRECIS_OK)
            return cli_usage_error(c->name, "%s", err.message);
    }
    if (pretty) {
        if (format_name && format != PRECIS_FORMAT_JSON)
            return cli_usage_error(c->name, "--pretty indents JSON; it does not go with --format %s", format_name);
        format = PRECIS_FORMAT_JSON_PRETTY;
    }
    if (explain && !precis_view_supports(PRECIS_VIEW_EXPLAIN, format))
        return cli_usage_error(c->name, "--explain prints text or json, not %s", format_name);
    if (argc - optind > 1)
        return cli_usage_error(c->name, "expected one input file, got %d", argc - optind);
    const char *path = optind < argc ? argv[optind] : "-";
    if (strcmp(path, "-") == 0 && isatty(STDIN_FILENO))
        return cli_usage_error(c->name, "no input: give a FILE, or pipe text in");
    if (c->view == PRECIS_VIEW_BRIEF) {
        /* the brief's extract is chosen within its own word budget */
        opts.budget = PRECIS_BUDGET_WORDS;
        opts.budget_value = opts.brief_words;
    }

    fo.max_bytes = opts.max_bytes;
    cli_input in;
    int rc = cli_input_read(path, &fo, &in);
    if (rc != EXIT_OK)
        return cli_finish(rc);
    if (in.html && in.len == 0)
        cli_error(in.name, "warning: no article text found in the page");
    /* the page's own title and date, where the command line gives none */
    if (in.html && in.page.title && !title_given)
        cli_set_title(&opts, in.page.title);
    if (in.html && in.page.date && !date_given)
        precis_options_set(&opts, "date", in.page.date, NULL);
    const char *data = in.text;
    size_t len = in.len;
    precis_model *model = cli_load_model(model_path);
    if (!model) {
        cli_input_free(&in);
        return cli_finish(EXIT_MODEL);
    }
    const char *name = in.name;
    int code = EXIT_OK;
    precis_doc *doc = NULL;
    char *out = NULL;
    size_t out_len = 0;
    if (precis_doc_new(model, data, len, &opts, &doc, &err) != PRECIS_OK) {
        cli_error(name, "%s", err.message);
        /* A language the model lacks is a configuration error, not this document's fault. */
        code = err.code == PRECIS_E_NOMEM         ? EXIT_IO
               : err.code == PRECIS_E_UNSUPPORTED ? EXIT_MODEL
                                                  : EXIT_SOME_FAILED;
        goto cleanup;
    }
    if (precis_doc_invalid_sequences(doc))
        cli_error(name, "warning: %zu invalid UTF-8 sequence(s) replaced with U+FFFD",
                  precis_doc_invalid_sequences(doc));
    precis_view view = explain ? PRECIS_VIEW_EXPLAIN : c->view;
    if ((view == PRECIS_VIEW_FACTS || view == PRECIS_VIEW_BRIEF) && !precis_doc_has_facts(doc))
        cli_error(name, "warning: no fact data for language '%s'; facts left out",
                  precis_doc_language(doc));
    if (precis_doc_render(doc, view, format, &out, &out_len, &err) != PRECIS_OK) {
        if (err.code == PRECIS_E_UNSUPPORTED) {
            code = cli_usage_error(c->name, "%s", err.message);
            goto cleanup;
        }
        cli_error(name, "%s", err.message);
        code = EXIT_SOME_FAILED;
        goto cleanup;
    }
    /* an empty summary or brief is the right answer for a page of comments or captions, but
     * not one to give silently */
    if (precis_doc_no_story(doc))
        cli_error(name, "warning: no story: all %zu sentences are comments, captions, credits, widgets or "
                  "site text; nothing to summarize", precis_doc_sentence_count(doc));
    if (!cli_write(out, out_len))
        code = EXIT_IO;
cleanup:
    precis_free(out);
    precis_doc_free(doc);
    precis_model_free(model);
    cli_input_free(&in);
    return cli_finish(code);
}

int cmd_split(int argc, char **argv) {
    static const doc_command c = {"split", PRECIS_VIEW_SPLIT,
                                  "Split text into sentences: one a line, or with --format jsonl one JSON\n"
                                  "object a line with the sentence's text, its byte offsets into the input\n"
                                  "and its paragraph: {\"text\", \"start\", \"end\", \"paragraph\", \"schema\"}.\n",
                                  0};
    return run_doc_command(&c, argc, argv);
}

int cmd_summary(int argc, char **argv) {
    static const doc_command c = {"summary", PRECIS_VIEW_SUMMARY,
                                  "Print the most informative sentences in document order, one a line.\n"
                                  "JSON gives {\"sentences\":[{\"text\",\"start\",\"end\",\"index\",\"score\"}],\n"
                                  "\"method\", \"budget\", \"no_story\", \"left_out\":[{\"index\",\"start\",\"end\",\"why\"}],\n"
                                  "...} with byte offsets into the input; left_out lists the sentences that\n"
                                  "are not story (why: plea, credit, caption, widget, comment, notice, about,\n"
                                  "panel).\n",
                                  O_BUDGET | O_METHOD | O_REDUNDANCY | O_TITLE | O_EXPLAIN};
    return run_doc_command(&c, argc, argv);
}

int cmd_facts(int argc, char **argv) {
    static const doc_command c = {"facts", PRECIS_VIEW_FACTS,
                                  "List the key facts: who (people and roles), what, where, when, how many,\n"
                                  "quotes and sources, each pointing at its evidence in the input.\n",
                                  O_TITLE | O_DATE};
    return run_doc_command(&c, argc, argv);
}

int cmd_brief(int argc, char **argv) {
    static const doc_command c = {"brief", PRECIS_VIEW_BRIEF,
                                  "Print a one-paragraph brief: a lead line built from the key facts, then\n"
                                  "the most informative sentences, within a word budget (-w, default 80).\n",
                                  O_BRIEFWORDS | O_METHOD | O_REDUNDANCY | O_TITLE | O_DATE | O_EXPLAIN};
    return run_doc_command(&c, argc, argv);
}
