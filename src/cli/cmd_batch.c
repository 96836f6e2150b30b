/* cmd_batch.c — `precis batch`: many documents in, one JSON line (or file) out per document.
 *
 * Wires the pieces of batch_common.h together: parses the command line, loads the model once
 * (shared read-only by the workers), opens the output (stdout, -o FILE, --resume, --out-dir),
 * runs the optional first pass of --idf collection, then streams every input through the
 * pool and reports. The main thread is the reader; see batch_pool.c for the threads. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


#include "batch_common.h"
#include "cli.h"
#include "lazylib.h"

static void batch_usage(FILE *out) {
    fputs("Usage: precis batch [OPTIONS] INPUT...\n"
          "\n"
          "Summarise many documents on all cores: one JSON line per document, in input order\n"
          "  {\"id\", \"source\", [\"title\",] [\"text\", \"meta\",] \"summary\", \"brief\", \"facts\"}\n"
          "or {\"id\", \"source\", \"error\"} for a document that could not be processed.\n"
          "\n"
          "INPUT is a JSONL file (.jsonl, .ndjson, or content starting with '{'), a text file,\n"
          "an HTML file, a directory (walked recursively), an archive (tar, tar.gz, tar.zst, zip,\n"
          "7z, WARC, .warc.gz), a compressed JSONL or text file (.gz, .zst, .xz, .bz2), or '-'\n"
          "for JSONL on standard input.\n"
          "\n"
          "Input:\n"
          "      --text-field F   JSONL field holding the text (default text)\n"
          "      --id-field F     JSONL field holding the id (default id; else FILE:LINE)\n"
          "      --title-field F  JSONL field holding the title (default title)\n"
          "      --date-field F   JSONL field holding the date (default date)\n"
          "      --glob PATTERN   in directories, read only files matching PATTERN (fnmatch;\n"
          "                       matched against the name, or the relative path if it has a '/')\n"
          "  -t, --type KIND      read every file as KIND: auto (default), jsonl, text, html, or\n"
          "                       urls: a list of http(s) URLs, one a line ('#' comments), each\n"
          "                       fetched by a worker and read as a page (its id: the URL)\n"
          "      --delay S        with -t urls: seconds between two requests to one host\n"
          "                       (default 1; other hosts are fetched meanwhile, -j at once)\n"
          "      --user-agent S   with -t urls: the User-Agent header (default precis/VERSION)\n"
          "      --timeout S      with -t urls: seconds allowed per fetch (default 30)\n"
          "      --max-bytes N    documents over N bytes are errors (default 67108864)\n"
          "\n"
          "Output:\n"
          "  -o, --output FILE    write the JSON lines to FILE instead of standard output\n"
          "      --resume         with -o: keep the lines already in FILE, skip their ids, append\n"
          "                       the rest (a torn last line is removed first); with --out-dir:\n"
          "                       skip documents whose file exists\n"
          "      --out-dir DIR    one file DIR/<id>.json per document, written atomically; the id\n"
          "                       made safe (other than [A-Za-z0-9._-] becomes _), -2, -3... added\n"
          "                       only when that name holds another id's document\n"
          "      --fields LIST    what to write: summary, brief, facts, text (the text the\n"
          "                       offsets refer to: an HTML page's extracted article), meta\n"
          "                       (an HTML page's title, author, date, site, url)\n"
          "                       (comma-separated; default summary,brief,facts)\n"
          "  -q, --quiet          no progress, no per-document error messages\n"
          "\n"
          "Processing:\n"
          "  -j, --jobs N         worker threads (default: the number of cores)\n"
          "  -n, --sentences N    summary budget in sentences (default 3)\n"
          "      --words N        summary budget in words (no -w here: in summary and brief\n"
          "                       -w is the length of what they print; batch prints both)\n"
          "      --chars N        summary budget in characters\n"
          "  -r, --ratio R        summary budget as a fraction of the document's words\n"
          "  -m, --method M       default, lead, tfidf, textrank or lexrank\n"
          "      --redundancy X   0..1: how strongly near-duplicate sentences are avoided\n"
          "      --brief-words N  word budget of the brief (default 80)\n"
          "  -l, --lang L         language of the documents: auto (the default: each one's\n"
          "                       own, identified from its text) or a tag (de, pt-BR)\n"
          "      --date DATE      date (YYYY-MM-DD or an ISO timestamp) for documents without\n"
          "                       their own JSONL date (it wins over an HTML page's date)\n"
          "      --idf SOURCE     model (default) or collection: count document frequencies and\n"
          "                       boilerplate lines over the inputs first (reads inputs twice)\n"
          "      --model FILE     load the model from FILE instead of the built-in one\n"
          "  -h, --help           show this help and exit\n"
          "\n"
          "A JSONL record may carry its own \"sentences\", \"words\", \"lang\", \"date\" and \"title\".\n"
          "\n"
          "Exit status: 0 ok, 1 some documents failed (the others were written), 2 usage error,\n"
          "3 model error, 4 input or output error, 130 interrupted (Ctrl-C; the documents read\n"
          "are written: rerun with --resume to go on).\n",
          out);
}

static bool parse_fields(const char *list, unsigned *out) {
    unsigned f = 0;
    const char *p = list;
    while (*p) {
        size_t n = strcspn(p, ",");
        if (n == 7 && strncmp(p, "summary", 7) == 0)
            f |= BFIELD_SUMMARY;
        else if (n == 5 && strncmp(p, "brief", 5) == 0)
            f |= BFIELD_BRIEF;
        else if (n == 5 && strncmp(p, "facts", 5) == 0)
            f |= BFIELD_FACTS;
        else if (n == 4 && strncmp(p, "text", 4) == 0)
            f |= BFIELD_TEXT;
        else if (n == 4 && strncmp(p, "meta", 4) == 0)
            f |= BFIELD_META;
        else if (n != 0)
            return false;
        p += n;
        if (*p == ',')
            p++;
    }
    *out = f;
    return f != 0;
}

/* ---- the reading sinks --------------------------------------------------------------------------- */

typedef struct resume_ctx {
    const batch_idset *done;  /* --resume -o: ids already written */
    const char *out_dir;      /* --resume --out-dir: files already written */
} resume_ctx;

/* Called by the workers: reads only. */
static bool already_done(void *user, const batch_item *it) {
    const resume_ctx *r = user;
    if (r->done)
        return batch_idset_has(r->done, it->id, strlen(it->id));
    if (r->out_dir) {
        bool written = false;
        free(batch_out_path(r->out_dir, it->id, &written));
        return written;
    }
    return false;
}

/* Ctrl-C: the CLI's one signal flag. The first stops the reading; the documents already
 * read are finished and written (whole lines, whole files), then the run ends with exit 130
 * and a word on how to go on. A second Ctrl-C ends the process at once. */
static volatile sig_atomic_t interrupted;

static void on_interrupt(int sig) {
    if (interrupted) {
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    interrupted = 1;
}

static bool submit_sink(void *user, batch_item *it) {
    if (interrupted) {
        batch_item_free(it);
        return false;
    }
    return batch_pool_submit(user, it);
}

typedef struct collect_ctx {
    batch_collect *collect;
    const batch_read_cfg *read;
} collect_ctx;

static bool collect_sink(void *user, batch_item *it) {
    const collect_ctx *c = user;
    if (interrupted) {
        batch_item_free(it);
        return false;
    }
    bool ok = batch_jsonl_decode(c->read, it) && batch_collect_add(c->collect, it);
    batch_item_free(it);
    if (!ok)
        cli_error("batch", "out of memory counting the collection");
    return ok;
}

/* ---- the command ----------------------------------------------------------------------------------- */

static int open_output(const char *out_path, const char *out_dir, bool resume, batch_idset **done) {
    if (out_dir) {
        if (mkdir(out_dir, 0777) != 0 && errno != EEXIST) {
            cli_error(out_dir, "cannot create the output directory: %s", strerror(errno));
            return -1;
        }
        struct stat st;
        if (stat(out_dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
            cli_error(out_dir, "not a directory");
            return -1;
        }
        if (access(out_dir, W_OK | X_OK) != 0) {
            cli_error(out_dir, "cannot write to the output directory: %s", strerror(errno));
            return -1;
        }
        return STDOUT_FILENO; /* unused */
    }
    if (!out_path)
        return STDOUT_FILENO;
    if (resume) {
        int fd;
        return batch_resume_open(out_path, done, &fd) ? fd : -1;
    }
    int fd = open(out_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        cli_error(out_path, "cannot open for writing: %s", strerror(errno));
    return fd;
}

/* Keeps the memory a document frees for the next one. Each document's arena and scratch are
 * freed when it is done; glibc then gave the top of the heap (and each block over 128 KB,
 * which it maps on its own) back to the kernel, and the next document took it again page by
 * page: about 7 page faults a document on cnndm_dev, 5% of a batch's CPU time, kernel work
 * that callgrind does not count. The process keeps up to 64 MB of freed memory instead; a
 * block over 32 MB (a huge document's) is still mapped on its own. The peak RSS does not grow
 * with the number of documents: they reuse the same memory. Process-wide, so here in the
 * program, not in the library. */
static void keep_freed_memory(void) {
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}

int cmd_batch(int argc, char **argv) {
    enum {
        OPT_TEXT = 1000, OPT_ID, OPT_TITLE_FIELD, OPT_DATE_FIELD, OPT_GLOB, OPT_MAXBYTES, OPT_RESUME,
        OPT_OUTDIR, OPT_FIELDS, OPT_CHARS, OPT_REDUNDANCY, OPT_BRIEFWORDS, OPT_DATE, OPT_IDF, OPT_MODEL,
        OPT_WORDS, OPT_DELAY, OPT_USER_AGENT, OPT_TIMEOUT
    };
    static const struct option longopts[] = {
        {"text-field", required_argument, NULL, OPT_TEXT},
        {"id-field", required_argument, NULL, OPT_ID},
        {"title-field", required_argument, NULL, OPT_TITLE_FIELD},
        {"date-field", required_argument, NULL, OPT_DATE_FIELD},
        {"glob", required_argument, NULL, OPT_GLOB},
        {"type", required_argument, NULL, 't'},
        {"max-bytes", required_argument, NULL, OPT_MAXBYTES},
        {"output", required_argument, NULL, 'o'},
        {"resume", no_argument, NULL, OPT_RESUME},
        {"out-dir", required_argument, NULL, OPT_OUTDIR},
        {"fields", required_argument, NULL, OPT_FIELDS},
        {"quiet", no_argument, NULL, 'q'},
        {"jobs", required_argument, NULL, 'j'},
        {"sentences", required_argument, NULL, 'n'},
        {"words", required_argument, NULL, OPT_WORDS},
        {"chars", required_argument, NULL, OPT_CHARS},
        {"ratio", required_argument, NULL, 'r'},
        {"method", required_argument, NULL, 'm'},
        {"redundancy", required_argument, NULL, OPT_REDUNDANCY},
        {"brief-words", required_argument, NULL, OPT_BRIEFWORDS},
        {"lang", required_argument, NULL, 'l'},
        {"date", required_argument, NULL, OPT_DATE},
        {"idf", required_argument, NULL, OPT_IDF},
        {"model", required_argument, NULL, OPT_MODEL},
        {"delay", required_argument, NULL, OPT_DELAY},
        {"user-agent", required_argument, NULL, OPT_USER_AGENT},
        {"timeout", required_argument, NULL, OPT_TIMEOUT},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    keep_freed_memory();
    batch_read_cfg rcfg = {"text", "id", "title", "date", NULL, (size_t)64 << 20, BATCH_KIND_AUTO};
    batch_doc_cfg dcfg = {0};
    precis_options_init(&dcfg.opts);
    dcfg.fields = BFIELD_SUMMARY | BFIELD_BRIEF | BFIELD_FACTS;
    /* More than one invalid sequence in 4 bytes is not text that went through a bad
     * conversion (those damage a few characters a line) but binary data. */
    dcfg.not_text_ratio = 4;
    dcfg.timeout = 30;
    double delay = 1.0; /* seconds between two requests to one host: a common crawl courtesy */
    const char *out_path = NULL, *out_dir = NULL, *model_path = NULL;
    bool resume = false, quiet = false, idf_collection = false;
    long threads = sysconf(_SC_NPROCESSORS_ONLN);
    precis_error err = {0};
    optind = 1;
    opterr = 0;
    int ch;
    while ((ch = getopt_long(argc, argv, ":o:qj:n:w:r:m:l:t:h", longopts, NULL)) != -1) {
        const char *key = NULL;
        switch (ch) {
        case OPT_TEXT: rcfg.text_field = optarg; break;
        case OPT_ID: rcfg.id_field = optarg; break;
        case OPT_TITLE_FIELD: rcfg.title_field = optarg; break;
        case OPT_DATE_FIELD: rcfg.date_field = optarg; break;
        case OPT_GLOB: rcfg.glob = optarg; break;
        case 't':
            if (strcmp(optarg, "auto") == 0)
                rcfg.kind = BATCH_KIND_AUTO;
            else if (strcmp(optarg, "jsonl") == 0)
                rcfg.kind = BATCH_KIND_JSONL;
            else if (strcmp(optarg, "text") == 0)
                rcfg.kind = BATCH_KIND_TEXT;
            else if (strcmp(optarg, "html") == 0)
                rcfg.kind = BATCH_KIND_HTML;
            else if (strcmp(optarg, "urls") == 0)
                rcfg.kind = BATCH_KIND_URLS;
            else
                return cli_usage_error("batch", "unknown --type '%s' (expected auto, jsonl, text, html or urls)",
                                       optarg);
            break;
        case OPT_DELAY: {
            char *end = NULL;
            delay = strtod(optarg, &end);
            if (end == optarg || *end || !(delay >= 0 && delay <= 3600))
                return cli_usage_error("batch", "--delay: expected seconds from 0 to 3600, got '%s'", optarg);
            break;
        }
        case OPT_USER_AGENT: dcfg.user_agent = optarg; break;
        case OPT_TIMEOUT:
            if (!cli_parse_seconds(optarg, &dcfg.timeout))
                return cli_usage_error("batch", "--timeout: expected whole seconds from 1 to 86400, got '%s'", optarg);
            break;
        case OPT_MAXBYTES: key = "max-bytes"; break;
        case 'o': out_path = optarg; break;
        case OPT_RESUME: resume = true; break;
        case OPT_OUTDIR: out_dir = optarg; break;
        case OPT_FIELDS:
            if (!parse_fields(optarg, &dcfg.fields))
                return cli_usage_error("batch", "--fields: expected a list of summary, brief, facts, text, meta, got '%s'", optarg);
            break;
        case 'q': quiet = true; break;
        case 'j': {
            char *end;
            errno = 0;
            threads = strtol(optarg, &end, 10);
            /* 1024 threads is far past any machine this runs on; more is a typo. */
            if (errno || *end || threads < 1 || threads > 1024)
                return cli_usage_error("batch", "-j: expected a whole number from 1 to 1024, got '%s'", optarg);
            break;
        }
        case 'n': key = "sentences"; break;
        case 'w':
            return cli_usage_error("batch", "-w is ambiguous here: use --words for the summary's length, "
                                            "--brief-words for the brief's");
        case OPT_WORDS: key = "words"; break;
        case OPT_CHARS: key = "chars"; break;
        case 'r': key = "ratio"; break;
        case 'm': key = "method"; break;
        case OPT_REDUNDANCY: key = "redundancy"; break;
        case OPT_BRIEFWORDS: key = "brief-words"; break;
        case 'l': key = "lang"; break;
        case OPT_DATE: key = "date"; break;
        case OPT_IDF:
            if (strcmp(optarg, "collection") == 0)
                idf_collection = true;
            else if (strcmp(optarg, "model") == 0)
                idf_collection = false;
            else
                return cli_usage_error("batch", "--idf: expected model or collection, got '%s'", optarg);
            break;
        case OPT_MODEL: model_path = optarg; break;
        case 'h':
            batch_usage(stdout);
            return cli_finish(EXIT_OK);
        case ':':
            return cli_usage_error("batch", "option '%s' needs a value", argv[optind - 1]);
        default:
            return cli_usage_error("batch", "unknown option '%s'", argv[optind - 1]);
        }
        if (key && precis_options_set(&dcfg.opts, key, optarg, &err) != PRECIS_OK)
            return cli_usage_error("batch", "%s", err.message);
    }
    rcfg.max_bytes = dcfg.opts.max_bytes;
    if (threads < 1)
        threads = 1;
    if (out_path && out_dir)
        return cli_usage_error("batch", "-o and --out-dir exclude each other");
    if (resume && !out_path && !out_dir)
        return cli_usage_error("batch", "--resume needs -o FILE or --out-dir DIR");
    char *stdin_only[] = {(char *)"-"};
    char **inputs = argv + optind;
    int n_inputs = argc - optind;
    if (n_inputs == 0) {
        if (isatty(STDIN_FILENO))
            return cli_usage_error("batch", "no input: give INPUT..., or pipe JSONL in");
        inputs = stdin_only;
        n_inputs = 1;
    }
    for (int i = 0; i < n_inputs; i++)
        if (strcmp(inputs[i], "-") == 0 && isatty(STDIN_FILENO))
            return cli_usage_error("batch", "standard input is a terminal: give INPUT..., or pipe JSONL in");
    int n_stdin = 0;
    for (int i = 0; i < n_inputs; i++)
        n_stdin += strcmp(inputs[i], "-") == 0;
    if (n_stdin > 1)
        return cli_usage_error("batch", "standard input ('-') can be read only once");
    if (idf_collection && n_stdin)
        return cli_usage_error("batch", "--idf collection reads the inputs twice; save standard input to a file first");
    if (idf_collection && rcfg.kind == BATCH_KIND_URLS)
        return cli_usage_error("batch", "--idf collection reads the inputs twice; it does not go with --type urls");

    /* A closed pipe shows up as EPIPE from write(2), handled where it happens. */
    signal(SIGPIPE, SIG_IGN);
    /* No SA_RESTART: a read(2) waiting on a pipe or FIFO returns EINTR and the reader stops. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_interrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);

    precis_model *model = cli_load_model(model_path);
    if (!model)
        return EXIT_MODEL;
    dcfg.model = model;
    const cli_curl_api *curl = NULL; /* opened for URLs only (lazylib.h) */
    if (rcfg.kind == BATCH_KIND_URLS) {
        /* libcurl's one-time setup, before the workers start (thread-safe only since 7.84) */
        char why[300];
        curl = cli_curl(why, sizeof why);
        if (!curl) {
            cli_error("batch", "URLs need libcurl: %s", why);
            precis_model_free(model);
            return EXIT_IO;
        }
        curl->global_init(CURL_GLOBAL_DEFAULT);
        dcfg.hosts = batch_hosts_new(delay);
        if (!dcfg.hosts) {
            cli_error("batch", "out of memory");
            precis_model_free(model);
            return EXIT_IO;
        }
    }

    int code = EXIT_OK;
    batch_idset *done = NULL;
    batch_collect *collect = NULL;
    batch_pool *pool = NULL;
    batch_read_stats stats = {0};
    int out_fd = open_output(out_path, out_dir, resume, &done);
    if (out_fd < 0) {
        code = EXIT_IO;
        goto cleanup;
    }

    bool progress = !quiet && isatty(STDERR_FILENO);
    if (idf_collection) {
        collect = batch_collect_new(model, &dcfg.opts);
        if (!collect) {
            cli_error("batch", "out of memory");
            code = EXIT_IO;
            goto cleanup;
        }
        batch_read_stats first = {0};
        bool ok = true;
        for (int i = 0; i < n_inputs && ok; i++) {
            /* Input errors are reported by the second pass, once. */
            int saved = dup(STDERR_FILENO), devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
            if (saved >= 0 && devnull >= 0)
                dup2(devnull, STDERR_FILENO);
            collect_ctx cc = {collect, &rcfg};
            first.interrupted = &interrupted;
            ok = batch_read_input(&rcfg, inputs[i], collect_sink, &cc, &first) || interrupted;
            if (saved >= 0 && devnull >= 0)
                dup2(saved, STDERR_FILENO);
            if (saved >= 0)
                close(saved);
            if (devnull >= 0)
                close(devnull);
        }
        if (!ok) {
            code = EXIT_IO;
            goto cleanup;
        }
        if (interrupted) {
            cli_error("batch", "interrupted while counting the collection, before any document; nothing written");
            code = EXIT_INTERRUPTED;
            goto cleanup;
        }
        batch_collect_finish(collect);
        dcfg.collect = collect;
        if (!quiet)
            cli_error("batch", "collection: %zu documents, %zu distinct terms, %zu repeated lines",
                      batch_collect_docs(collect), batch_collect_terms(collect),
                      batch_collect_boilerplate(collect));
    }

    resume_ctx resume_state = {done, resume ? out_dir : NULL};
    dcfg.read = &rcfg;
    if (resume) {
        dcfg.skip = already_done;
        dcfg.skip_user = &resume_state;
    }
    batch_pool_cfg pcfg = {
        .doc = &dcfg,
        .threads = (int)threads,
        .out_fd = out_fd,
        .out_name = out_path ? out_path : "(stdout)",
        .out_dir = out_dir,
        .progress = progress,
        .quiet = quiet,
        .read_stats = &stats,
        .total_bytes = progress ? batch_inputs_total(&rcfg, inputs, n_inputs) : 0,
    };
    /* The workers and the writer never take SIGINT: it goes to this thread, the reader, whose
     * blocking read(2) it interrupts. */
    sigset_t block, saved_mask;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    pthread_sigmask(SIG_BLOCK, &block, &saved_mask);
    pool = batch_pool_new(&pcfg);
    pthread_sigmask(SIG_SETMASK, &saved_mask, NULL);
    stats.interrupted = &interrupted;
    if (!pool) {
        cli_error("batch", "cannot start the worker threads");
        code = EXIT_IO;
        goto cleanup;
    }
    for (int i = 0; i < n_inputs; i++)
        if (!batch_read_input(&rcfg, inputs[i], submit_sink, pool, &stats))
            break;
    size_t docs = 0, failed = 0, skipped = 0;
    bool epipe = false;
    bool written = batch_pool_finish(pool, &docs, &failed, &skipped, &epipe);
    /* EINVAL: -o names a pipe or a terminal, which have nothing to sync. */
    if (written && out_path && fsync(out_fd) != 0 && errno != EINVAL) {
        cli_error(out_path, "writing output failed: %s", strerror(errno));
        written = false;
    }
    if (out_path && close(out_fd) != 0 && written) {
        cli_error(out_path, "writing output failed: %s", strerror(errno));
        written = false;
    }
    out_fd = -1;
    if (!written) { /* reported already, except EPIPE: the reader wanted no more */
        (void)epipe;
        code = EXIT_IO;
        goto cleanup;
    }
    if (interrupted) {
        /* the writer has cleared the progress line: the message starts a line of its own */
        if (out_path || out_dir)
            cli_error("batch", "interrupted after %zu documents; rerun with --resume to go on", docs);
        else
            cli_error("batch", "interrupted after %zu documents; to go on later, write to -o FILE or "
                               "--out-dir DIR and rerun with --resume", docs);
        code = EXIT_INTERRUPTED;
        goto cleanup;
    }
    if (failed || stats.input_errors || progress || (resume && !quiet)) {
        char done_note[64] = "";
        if (resume)
            snprintf(done_note, sizeof done_note, ", %zu already done", skipped);
        char inputs_failed[64] = "";
        if (stats.input_errors)
            snprintf(inputs_failed, sizeof inputs_failed, ", %zu input%s unreadable", stats.input_errors,
                     stats.input_errors == 1 ? "" : "s");
        cli_error("batch", "%zu documents, %zu failed%s%s", docs, failed, inputs_failed, done_note);
    }
    if (failed || stats.input_errors)
        code = EXIT_SOME_FAILED;
cleanup:
    if (out_path && out_fd >= 0)
        close(out_fd);
    batch_pool_free(pool);
    batch_collect_free(collect);
    batch_idset_free(done);
    precis_model_free(model);
    if (curl)
        curl->global_cleanup();
    batch_hosts_free(dcfg.hosts);
    return code;
}
