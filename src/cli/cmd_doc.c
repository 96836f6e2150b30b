/* cmd_doc.c — the single-document commands: split, summary, facts, brief. They share one
 * option parser and differ in the view they render. Exit codes: 0 done, 1 the document could
 * not be processed (over --max-bytes, rejected by the library), 2 usage (also: no input given
 * and standard input a terminal), 3 model (also: a language it lacks), 4 reading the input
 * or writing the output. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

typedef struct doc_command {
    const char *name;
    precis_view view;
    const char *formats; /* for --help */
    const char *help;    /* command-specific lines of --help */
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
            "  -l, --lang L         language of the text (default en; the built-in model has: %s)\n"
            "      --model FILE     load the model from FILE instead of the built-in one\n"
            "      --max-bytes N    refuse inputs larger than N bytes, 0 for no limit (default 67108864)\n",
            c->formats, builtin ? precis_model_languages(builtin) : "?");
    precis_model_free(builtin);
    if (c->view != PRECIS_VIEW_SPLIT)
        fprintf(out,
                "  -n, --sentences N    summary budget in sentences (default 3)\n"
                "  -w, --words N        budget in words (brief: default 80)\n"
                "      --chars N        budget in characters\n"
                "  -r, --ratio R        budget as a fraction of the document's words\n"
                "  -m, --method M       default, lead, tfidf, textrank or lexrank\n"
                "      --redundancy X   0..1: how strongly near-duplicate sentences are avoided (default 0.3)\n"
                "      --title TEXT     the article's title, used as a scoring signal\n"
                "      --date DATE      the document's date (YYYY-MM-DD), for resolving 'on Thursday'\n"
                "      --explain        show every sentence's score and its parts\n");
    fprintf(out,
            "  -h, --help           show this help and exit\n"
            "\nWith no FILE, or FILE '-', the text is read from standard input (not from a terminal).\n"
            "\nExit status:\n"
            "  0  success\n"
            "  1  the document could not be processed (over --max-bytes)\n"
            "  2  usage error\n"
            "  3  the model could not be loaded, or it lacks the language asked for\n"
            "  4  reading input or writing output failed\n");
}

static int run_doc_command(const doc_command *c, int argc, char **argv) {
    enum { OPT_MODEL = 1000, OPT_MAXBYTES, OPT_CHARS, OPT_REDUNDANCY, OPT_TITLE, OPT_DATE, OPT_EXPLAIN };
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},     {"lang", required_argument, NULL, 'l'},
        {"model", required_argument, NULL, OPT_MODEL}, {"max-bytes", required_argument, NULL, OPT_MAXBYTES},
        {"sentences", required_argument, NULL, 'n'},  {"words", required_argument, NULL, 'w'},
        {"chars", required_argument, NULL, OPT_CHARS}, {"ratio", required_argument, NULL, 'r'},
        {"method", required_argument, NULL, 'm'},     {"redundancy", required_argument, NULL, OPT_REDUNDANCY},
        {"title", required_argument, NULL, OPT_TITLE}, {"date", required_argument, NULL, OPT_DATE},
        {"explain", no_argument, NULL, OPT_EXPLAIN},  {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    precis_options opts;
    precis_options_init(&opts);
    precis_format format = PRECIS_FORMAT_TEXT;
    const char *model_path = NULL;
    bool explain = false;
    precis_error err = {0};
    optind = 1;
    opterr = 0;
    int ch;
    while ((ch = getopt_long(argc, argv, ":f:l:n:w:r:m:h", longopts, NULL)) != -1) {
        const char *key = NULL;
        switch (ch) {
        case 'f':
            if (!cli_parse_format(optarg, &format))
                return cli_usage_error(c->name, "unknown format '%s' (expected %s)", optarg, c->formats);
            break;
        case 'l': key = "lang"; break;
        case 'n': key = "sentences"; break;
        case 'w': key = c->view == PRECIS_VIEW_BRIEF ? "brief-words" : "words"; break;
        case OPT_CHARS: key = "chars"; break;
        case 'r': key = "ratio"; break;
        case 'm': key = "method"; break;
        case OPT_REDUNDANCY: key = "redundancy"; break;
        case OPT_MAXBYTES: key = "max-bytes"; break;
        case OPT_TITLE: key = "title"; break;
        case OPT_DATE: key = "date"; break;
        case OPT_MODEL: model_path = optarg; break;
        case OPT_EXPLAIN: explain = true; break;
        case 'h':
            doc_usage(c, stdout);
            return cli_finish(EXIT_OK);
        case ':':
            return cli_usage_error(c->name, "option '%s' needs a value", argv[optind - 1]);
        default:
            return cli_usage_error(c->name, "unknown option '%s'", argv[optind - 1]);
        }
        if (key && precis_options_set(&opts, key, optarg, &err) != PRECIS_OK)
            return cli_usage_error(c->name, "%s", err.message);
    }
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

    char *data = NULL;
    size_t len = 0;
    bool too_big = false;
    if (!cli_read_input_max(path, opts.max_bytes, &data, &len, &too_big))
        return cli_finish(too_big ? EXIT_SOME_FAILED : EXIT_IO);
    precis_model *model = cli_load_model(model_path);
    if (!model) {
        free(data);
        return cli_finish(EXIT_MODEL);
    }
    const char *name = strcmp(path, "-") == 0 ? "(stdin)" : path;
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
    free(data);
    return cli_finish(code);
}

int cmd_split(int argc, char **argv) {
    static const doc_command c = {"split", PRECIS_VIEW_SPLIT, "text, jsonl, json",
                                  "Split text into sentences: one a line, or with --format jsonl one JSON\n"
                                  "object a line with the sentence's text and its byte offsets\n"
                                  "{\"text\", \"start\", \"end\"} into the input.\n"};
    return run_doc_command(&c, argc, argv);
}

int cmd_summary(int argc, char **argv) {
    static const doc_command c = {"summary", PRECIS_VIEW_SUMMARY, "text, json, markdown",
                                  "Print the most informative sentences in document order, one a line.\n"
                                  "JSON gives {\"sentences\":[{\"text\",\"start\",\"end\",\"score\"}],\n"
                                  "\"method\", \"budget\", \"no_story\", \"left_out\":[{\"index\",\"start\",\"end\",\"why\"}]}\n"
                                  "with byte offsets into the input; left_out lists the sentences that are\n"
                                  "not story (why: plea, credit, caption, widget, comment, notice, about).\n"};
    return run_doc_command(&c, argc, argv);
}

int cmd_facts(int argc, char **argv) {
    static const doc_command c = {"facts", PRECIS_VIEW_FACTS, "text, json",
                                  "List the key facts: who (people and roles), what, where, when, how many,\n"
                                  "quotes and sources, each pointing at its evidence in the input.\n"};
    return run_doc_command(&c, argc, argv);
}

int cmd_brief(int argc, char **argv) {
    static const doc_command c = {"brief", PRECIS_VIEW_BRIEF, "text, json, markdown, html",
                                  "Print a one-paragraph brief: a lead line built from the key facts, then\n"
                                  "the most informative sentences, within a word budget (-w, default 80).\n"};
    return run_doc_command(&c, argc, argv);
}
