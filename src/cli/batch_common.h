/* batch_common.h — the pieces of `precis batch`, private to the CLI.
 *
 *   common (batch_common.c)    growable strings with JSON escaping, items;
 *   readers (batch_read.c)     walk the inputs (files, directories, JSONL, archives, WARC,
 *                              stdin) and hand out one batch_item per document, in input order;
 *   HTML to text (extract.c)   the article of an HTML page, run by the workers;
 *   per document (batch_doc.c)  options, analysis and the output line of one item;
 *   pool (batch_pool.c)        bounded window of items, worker threads, ordered writer, progress;
 *   resume (batch_resume.c)    ids already written to an output file, torn tail removed;
 *   collection (batch_collect.c) first pass of --idf collection: document frequencies and
 *                              boilerplate lines.
 */
#ifndef PRECIS_CLI_BATCH_COMMON_H
#define PRECIS_CLI_BATCH_COMMON_H
#include <stdbool.h>
#include <stddef.h>
#include <signal.h>
#include <stdint.h>

#include <precis/precis.h>

/* ---- a growable string (sticky allocation failure, like src/util/buf) --------------------- */

typedef struct bstr {
    char *data;
    size_t len;
    size_t cap;
    bool failed;
} bstr;

void bstr_free(bstr *s);
bool bstr_reserve(bstr *s, size_t extra);
void bstr_add(bstr *s, const char *p, size_t n);
void bstr_adds(bstr *s, const char *p);
void bstr_addc(bstr *s, char c);

/* Length of the valid UTF-8 sequence at p[0..n) (1..4), or 0 when invalid (RFC 3629: no
 * overlongs, no surrogates, nothing above U+10FFFF). */
size_t utf8_valid_len(const unsigned char *p, size_t n);
/* A new malloc'ed formatted string, or NULL when out of memory. */
char *batch_strf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Appends a JSON string literal; invalid UTF-8 becomes U+FFFD so the output always parses. */
void bstr_json(bstr *s, const char *p, size_t n);

/* ---- memory --------------------------------------------------------------------------------- */

/* Puts the top of the calling thread's heap on transparent huge pages (Linux, glibc: each
 * thread that allocates gets a heap of its own; elsewhere it does nothing): the next `bytes`
 * the thread allocates there are then faulted in 2 MB at a time, not 4 KB at a time, and
 * take a TLB entry a huge page. A document's memory is spread over a megabyte or two
 * (its arena's blocks, the recogniser's and the lexicon's tables); on 4 KB pages a worker
 * faulted in about 700 of them over its first documents, and each lookup into them could
 * miss the TLB. The heap's own first 2 MB, faulted in already, are skipped: a block reaching
 * to their end is taken and returned, for free() once the thread is done (address space
 * only: nothing touches it, so it costs no memory). NULL when there is nothing to free. */
void *batch_heap_huge(size_t bytes);

/* ---- one document on its way through the pipeline ------------------------------------------ */

/* Per-document option values taken from a JSONL record (NULL = not given). Strings, because
 * they go through precis_options_set, which validates them. */
enum { BOPT_SENTENCES, BOPT_WORDS, BOPT_DATE, BOPT_LANG, BOPT_TITLE, BOPT_COUNT };

typedef struct batch_item {
    char *id;                  /* malloc'ed, never NULL */
    char *source;              /* malloc'ed, never NULL: input file (":member" inside archives) */
    size_t origin_len;         /* length of the input-file part of source (0 = all of it) */
    char *text;                /* malloc'ed document bytes; NULL when `error` is set */
    size_t len;
    bool is_html;              /* text is an HTML page to reduce to its article text first */
    char *url;                 /* malloc'ed: a URL to fetch first (--type urls); text is NULL */
    char *charset;             /* malloc'ed charset of a WARC response's Content-Type, or NULL */
    size_t jsonl_line;         /* > 0: text is this raw JSONL line, not decoded yet */
    char *error;               /* malloc'ed reason the document could not be read, or NULL */
    char *opt[BOPT_COUNT];     /* malloc'ed per-document options, or NULL */
} batch_item;

void batch_item_free(batch_item *it);

/* ---- readers ---------------------------------------------------------------------------------- */

enum batch_kind { BATCH_KIND_AUTO, BATCH_KIND_JSONL, BATCH_KIND_TEXT, BATCH_KIND_HTML, BATCH_KIND_URLS };

typedef struct batch_read_cfg {
    const char *text_field, *id_field, *title_field, *date_field;
    const char *glob;   /* fnmatch pattern for files found in directories, or NULL */
    size_t max_bytes;   /* documents larger than this become errors without being kept */
    enum batch_kind kind; /* --type: how to read files (archives are always detected) */
} batch_read_cfg;

/* Receives each document in input order and owns it from then on. Returns false to stop
 * reading (output closed, interrupted). */
typedef bool (*batch_sink)(void *user, batch_item *it);

/* Input-level failures that are not one document's (a missing file, an unreadable
 * directory) are reported to stderr by the reader and counted here. */
typedef struct batch_read_stats {
    size_t input_errors;
    uint64_t bytes_done; /* raw input bytes consumed so far (for progress) */
    /* Set (by the CLI's SIGINT handler) to stop reading: a read(2) it interrupts ends the
     * stream instead of being retried. NULL: never. */
    const volatile sig_atomic_t *interrupted;
} batch_read_stats;

/* Reads one input argument ("-" = stdin as JSONL). Returns false when the sink asked to
 * stop; input errors do not stop the run. `stats` may be read by another thread (progress):
 * bytes_done is updated with relaxed atomic stores. */
bool batch_read_input(const batch_read_cfg *cfg, const char *path, batch_sink sink, void *user,
                      batch_read_stats *stats);

/* Decodes an item that is a raw JSONL line (it->jsonl_line > 0): id, text, per-document
 * options, or `error` for a malformed line. No-op for other items. Thread-safe. False only
 * when out of memory. */
bool batch_jsonl_decode(const batch_read_cfg *cfg, batch_item *it);

/* Sum of the sizes of the regular files the inputs name (directories walked), for ETA;
 * 0 when unknown (stdin among the inputs). */
uint64_t batch_inputs_total(const batch_read_cfg *cfg, char **paths, int n);

typedef struct batch_collect batch_collect;

/* ---- URLs (--type urls) --------------------------------------------------------------------- */

/* Politeness per host, shared by the workers: requests to one host start at least `delay`
 * seconds apart; other hosts go on meanwhile (the worker count bounds the concurrency). */
typedef struct batch_hosts batch_hosts;

batch_hosts *batch_hosts_new(double delay);
/* Waits until a request to url's host may start, and books that start. Thread-safe. */
void batch_hosts_wait(batch_hosts *h, const char *url);
void batch_hosts_free(batch_hosts *h);

/* ---- per document ----------------------------------------------------------------------------- */

enum { BFIELD_SUMMARY = 1, BFIELD_BRIEF = 2, BFIELD_FACTS = 4, BFIELD_TEXT = 8, BFIELD_META = 16 };
#define BFIELD_VIEWS (BFIELD_SUMMARY | BFIELD_BRIEF | BFIELD_FACTS)

typedef struct batch_doc_cfg {
    const precis_model *model; /* shared, read-only */
    precis_options opts;       /* command-line options; copied per document */
    unsigned fields;           /* BFIELD_* */
    /* Documents whose invalid UTF-8 sequences exceed 1 in this many bytes are refused as
     * "not text": a repaired stray byte is fine, a binary file is not. */
    size_t not_text_ratio;
    const struct batch_collect *collect; /* --idf collection statistics, or NULL */
    batch_hosts *hosts;                  /* --type urls: the politeness gate */
    const char *user_agent;              /* --type urls: User-Agent (NULL: precis/VERSION) */
    long timeout;                        /* --type urls: seconds per fetch */
    const batch_read_cfg *read;          /* for decoding JSONL lines */
    /* --resume: true for a document already done (called from workers: thread-safe). */
    bool (*skip)(void *user, const batch_item *it);
    void *skip_user;
} batch_doc_cfg;

/* Analyses one item and returns its output line (malloc'ed, ending in '\n'). When the line is
 * an {"id","source","error"} line, *reason gets the reason (malloc'ed), else NULL. Returns NULL
 * only when out of memory. */
char *batch_doc_process(const batch_doc_cfg *cfg, batch_item *it, size_t *len_out, char **reason);
/* Decodes the item and tells whether --resume skips it. */
bool batch_doc_skip(const batch_doc_cfg *cfg, batch_item *it);

/* ---- pool ------------------------------------------------------------------------------------- */

typedef struct batch_pool batch_pool;

typedef struct batch_pool_cfg {
    const batch_doc_cfg *doc;
    int threads;
    int out_fd;            /* JSONL output (stdout or -o), when out_dir is NULL */
    const char *out_name;  /* for messages */
    const char *out_dir;   /* one file per document, written atomically */
    bool progress;         /* draw progress on stderr (a terminal) */
    bool quiet;            /* no per-document failure messages */
    const batch_read_stats *read_stats;
    uint64_t total_bytes;  /* 0 = unknown */
} batch_pool_cfg;

batch_pool *batch_pool_new(const batch_pool_cfg *cfg);
/* Queues an item (the pool owns it). Blocks while the window is full. False once the pool
 * has stopped (output failed). */
bool batch_pool_submit(batch_pool *p, batch_item *it);
/* Waits for every queued item to be written, stops the threads. Returns false when writing
 * failed (*epipe tells whether the reader went away, which is not worth a message). */
bool batch_pool_finish(batch_pool *p, size_t *docs, size_t *failed, size_t *skipped, bool *epipe);
void batch_pool_free(batch_pool *p);
/* The output file of an id under --out-dir DIR (malloc'ed; NULL when out of memory): DIR/
 * the id made safe (characters other than letters, digits, '-', '_', '.' become '_') .json,
 * or, when that name holds another id's document, the same with -2, -3, ... before .json:
 * the first name that is free (no file, or an empty one) or holds this id's (then *written).
 * Names so depend on what the directory holds, not on the order of the run, and --resume
 * finds each document's file again. Thread-safe (reads the directory only). */
char *batch_out_path(const char *dir, const char *id, bool *written);

/* ---- resume ----------------------------------------------------------------------------------- */

typedef struct batch_idset batch_idset;

/* Opens FILE for --resume: removes a torn last line, collects the ids of the complete lines,
 * and leaves the file open for appending (*fd_out). False after a message on failure. */
bool batch_resume_open(const char *path, batch_idset **ids_out, int *fd_out);
bool batch_idset_has(const batch_idset *s, const char *id, size_t len);
size_t batch_idset_count(const batch_idset *s);
void batch_idset_free(batch_idset *s);

/* ---- collection statistics (--idf collection) -------------------------------------------------- */


/* The first pass analyses documents with `model` and `opts` (borrowed: they must outlive the
 * collection). */
batch_collect *batch_collect_new(const precis_model *model, const precis_options *opts);
/* Counts one document (first pass). */
bool batch_collect_add(batch_collect *c, const batch_item *it);
/* Ends the first pass: fixes the boilerplate lines per source. */
void batch_collect_finish(batch_collect *c);
/* Second pass: overwrites the boilerplate lines of a document with spaces (same
 * length, so byte offsets stay those of the original text). Returns how many lines it blanked.
 * Read-only on `c`: safe from any number of threads once batch_collect_finish has run. */
size_t batch_collect_blank(const batch_collect *c, batch_item *it);
size_t batch_collect_docs(const batch_collect *c);
size_t batch_collect_terms(const batch_collect *c);
size_t batch_collect_boilerplate(const batch_collect *c);
/* The collection's document frequencies, for options.idf. */
const precis_idf *batch_collect_idf(const batch_collect *c);
void batch_collect_free(batch_collect *c);

#endif
