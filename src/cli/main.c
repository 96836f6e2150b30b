/* main.c — the precis command: dispatch to a subcommand. `precis FILE` means `precis brief FILE`,
 * and `precis < FILE` the brief of standard input. */
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static const struct {
    const char *name;
    cli_command_fn fn;
    const char *summary;
} COMMANDS[] = {
    {"brief", cmd_brief, "one-paragraph brief: who, what, where, when, and the key sentences (default)"},
    {"summary", cmd_summary, "the most informative sentences, in document order"},
    {"facts", cmd_facts, "key facts: people, places, organisations, times, quantities, quotes"},
    {"split", cmd_split, "split text into sentences"},
    {"extract", cmd_extract, "the article of a web page (file or URL): title, date, author, text"},
    {"batch", cmd_batch, "process many documents (files, directories, JSONL, archives) on all cores"},
    {"eval", cmd_eval, "score system summaries against references (ROUGE)"},
    {"bench", cmd_bench, "run methods over an evaluation set and report quality and speed"},
};
#define N_COMMANDS (sizeof COMMANDS / sizeof COMMANDS[0])

static void usage(FILE *out) {
    fprintf(out,
            "Usage: precis [COMMAND] [OPTIONS] [FILE|-]\n"
            "\n"
            "Extractive summaries, key facts and one-paragraph briefs of news text.\n"
            "With a file and no command, precis prints the brief.\n"
            "\n"
            "Commands:\n");
    for (size_t i = 0; i < N_COMMANDS; i++)
        fprintf(out, "  %-8s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
    fprintf(out,
            "\n"
            "Run 'precis COMMAND --help' for a command's options.\n"
            "\n"
            "Global options:\n"
            "  -h, --help     show this help and exit\n"
            "  -V, --version  show the version and exit\n"
            "\n"
            "Exit status:\n"
            "  0  success\n"
            "  1  some inputs could not be processed (the others were)\n"
            "  2  usage error\n"
            "  3  the model could not be loaded, or it lacks the language asked for\n"
            "  4  reading input or writing output failed (a closed pipe too, without a message)\n"
            "  5-11  fetching a URL failed: 5 host not found, 6 no connection, 7 TLS, 8 HTTP\n"
            "     error status, 9 timeout, 10 over --max-bytes, 11 not a page (binary content)\n"
            "\n"
            "With no command, precis prints the brief of FILE (a text, an HTML page or an http(s)\n"
            "URL), or of standard input when it is not a terminal.\n");
}

int main(int argc, char **argv) {
    /* A closed pipe (`precis ... | head -1`) shows up as EPIPE on write: the command stops
     * quietly with EXIT_IO, like `precis batch`, rather than dying of the signal. */
    signal(SIGPIPE, SIG_IGN);
    if (argc < 2 && isatty(STDIN_FILENO)) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (argc < 2) {
        char *brief_argv[] = {(char *)"brief", NULL};
        return cmd_brief(1, brief_argv);
    }
    const char *first = argv[1];
    if (strcmp(first, "-h") == 0 || strcmp(first, "--help") == 0) {
        usage(stdout);
        return cli_finish(EXIT_OK);
    }
    if (strcmp(first, "-V") == 0 || strcmp(first, "--version") == 0) {
        printf("precis %s\n", precis_version());
        return cli_finish(EXIT_OK);
    }
    for (size_t i = 0; i < N_COMMANDS; i++)
        if (strcmp(first, COMMANDS[i].name) == 0)
            return COMMANDS[i].fn(argc - 1, argv + 1);
    /* A bare word that is neither a command nor a file is most likely a mistyped command. */
    struct stat st;
    if (first[0] != '-' && !strchr(first, '/') && !strchr(first, '.') && stat(first, &st) != 0) {
        fprintf(stderr, "precis: '%s' is neither a command nor a file\n", first);
        fprintf(stderr, "Try 'precis --help' for more information.\n");
        return EXIT_USAGE;
    }
    /* No command: everything is the brief's arguments (a file, '-', or options). */
    argv[0] = (char *)"brief";
    return cmd_brief(argc, argv);
}
