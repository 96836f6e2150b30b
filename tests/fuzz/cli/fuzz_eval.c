/* fuzz_eval — arbitrary bytes as the input files of `precis eval`: the JSONL readers of
 * references and system summaries (both record shapes, numeric and duplicate ids, empty and
 * non-string sentences, ROUGE's sentence splitter on string texts), then scoring, the
 * bootstrap and both output formats. The whole of cmd_eval runs unchanged; this file stands in
 * for the CLI's I/O layer (common.c): messages and output are discarded, the model is loaded
 * once and kept. The first byte picks options; the rest is the references, or the references
 * and the system file split at the first line "--". Builds as one unit with
 * src/cli/cmd_eval.c (included below, so src/cli must be on the include path). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "fuzz_common.h"

static precis_model *shared_model;

/* cmd_eval frees its model at the end; the fuzzer keeps one for all inputs. */
static void keep_model(precis_model *m) { (void)m; }
#define precis_model_free(m) keep_model(m)
#include "cmd_eval.c"
#undef precis_model_free

/* ---- the CLI's I/O layer, in memory ------------------------------------------------------- */

void cli_error(const char *what, const char *fmt, ...) {
    (void)what;
    (void)fmt;
}

int cli_usage_error(const char *cmd, const char *fmt, ...) {
    (void)cmd;
    (void)fmt;
    abort(); /* the options below are all valid */
}

static const uint8_t *file_data[2];
static size_t file_len[2];

/* Paths are "0" and "1": the two parts of the fuzz input. */
bool cli_read_input(const char *path, char **data, size_t *len) {
    int k = path[0] == '1';
    *data = malloc(file_len[k] + 1);
    if (!*data)
        return false;
    if (file_len[k])
        memcpy(*data, file_data[k], file_len[k]);
    *len = file_len[k];
    return true;
}

precis_model *cli_load_model(const char *path) {
    (void)path;
    if (!shared_model && precis_model_default(&shared_model, NULL) != PRECIS_OK)
        abort();
    return shared_model;
}

bool cli_write(const char *data, size_t len) {
    (void)data;
    (void)len;
    return true;
}

int cli_finish(int code) { return code; }

bool cli_parse_format(const char *name, precis_format *out) {
    (void)name;
    *out = PRECIS_FORMAT_TEXT;
    return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    unsigned pick = data[0];
    data++;
    size--;
    file_data[0] = data;
    file_len[0] = size;
    file_len[1] = 0;
    int n_files = 1;
    for (size_t i = 0; i + 3 <= size; i++)
        if ((i == 0 || data[i - 1] == '\n') && data[i] == '-' && data[i + 1] == '-' && data[i + 2] == '\n') {
            file_len[0] = i;
            file_data[1] = data + i + 3;
            file_len[1] = size - i - 3;
            n_files = 2;
            break;
        }
    char *argv[24]; /* 17 at most, with every option below */
    int argc = 0;
    argv[argc++] = (char *)"eval";
    argv[argc++] = (char *)"-r"; /* few resamples: the bootstrap is not what is fuzzed */
    argv[argc++] = (char *)"7";
    if (pick & 1)
        argv[argc++] = (char *)"--per-doc";
    if (pick & 2) {
        argv[argc++] = (char *)"-f";
        argv[argc++] = (char *)"json";
    }
    if (pick & 4)
        argv[argc++] = (char *)"--no-stem";
    if (pick & 8)
        argv[argc++] = (char *)"-s";
    static char *const limits[] = {NULL, "-l", "-b", NULL};
    static char *const maxn[] = {"1", "2", "3", "4"};
    static char *const skip[] = {"-1", "0", "4", "1"};
    if (limits[(pick >> 4) & 3]) {
        argv[argc++] = limits[(pick >> 4) & 3];
        argv[argc++] = (char *)"5";
    }
    argv[argc++] = (char *)"-n";
    argv[argc++] = maxn[(pick >> 6) & 3];
    argv[argc++] = (char *)"--skip";
    argv[argc++] = skip[(pick >> 5) & 3];
    argv[argc++] = (char *)"0";
    if (n_files == 2)
        argv[argc++] = (char *)"1";
    argv[argc] = NULL;
    int code = cmd_eval(argc, argv);
    if (code != EXIT_OK && code != EXIT_SOME_FAILED)
        abort(); /* usage, model and I/O errors cannot come from these inputs */
    return 0;
}
