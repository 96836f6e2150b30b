/* batch_pool.c — worker threads and the ordered writer of `precis batch`.
 *
 * A ring of W slots is the whole pipeline state. The reader fills slot seq % W with document
 * number seq and waits while seq - next_write >= W; workers take documents in sequence order,
 * analyse them (the model is shared read-only; each document is its own precis_doc) and leave
 * the output line in the slot; the writer thread writes slots strictly in sequence order. So
 * output order is input order whatever the thread count and timing, and memory holds at most
 * W documents and W lines, however large the input.
 *
 * Output goes out in writev(2)s of whole lines only (lines gather, up to 64 KiB or PEND_MAX
 * of them, and are flushed whenever the writer would wait), so a killed run leaves whole
 * lines, except for a write cut by power loss, which --resume trims. A failed write stops
 * everything: EPIPE (the reader of a pipe went away, `| head`) quietly, other errors with a
 * message.
 * Cost: one mutex round trip per document per stage; lines are written from where the
 * workers made them (no copy into an output buffer). */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "batch_common.h"
#include "cli.h"

/* Slots per worker: enough that a slow document does not starve the others while the writer
 * waits for it, and that the reader and the writer, woken once half the ring is free or done,
 * wake seldom (at 8 a summary batch at -j 1 made 450 context switches for 250 documents, at
 * 32 about 110, and ran 2-4% faster in wall time on a loaded machine); few enough that memory
 * stays flat (a document and its output line a slot: 0.8 MB more at -j 2 than at 8). */
#define SLOTS_PER_THREAD 32
/* Output buffer: lines gather up to this size before a writev(2)... */
#define OUT_BUFFER ((size_t)64 << 10)
/* ...or this many of them (within IOV_MAX, 1024 on Linux). */
#define PEND_MAX 256
/* Progress redraw interval in nanoseconds (5 per second reads as live without flicker). */
#define PROGRESS_NS 200000000L

enum { SLOT_EMPTY, SLOT_QUEUED, SLOT_DONE };

typedef struct slot {
    int state;
    batch_item *item;
    char *line;
    size_t len;
    char *reason; /* failure reason, or NULL */
    char *id, *source; /* kept from the item for --out-dir names and messages */
    bool skipped;      /* --resume: already done, nothing to write */
} slot;

struct batch_pool {
    batch_pool_cfg cfg;
    pthread_mutex_t mu;
    pthread_cond_t cv_work, cv_done, cv_space;
    slot *slots;
    size_t n_slots;
    uint64_t next_fill, next_take, next_write;
    bool closing, stop;
    bool reader_waiting; /* the reader sleeps on a full ring */
    bool writer_waiting; /* the writer sleeps on an unfinished slot */
    pthread_t *workers;
    int n_workers;
    pthread_t writer;
    bool writer_started;
    /* writer-side results */
    size_t docs, failed, skipped;
    bool io_failed, epipe;
    /* the lines waiting for the next writev, owned here */
    struct iovec pend[PEND_MAX];
    size_t n_pend, pend_bytes;
    struct timespec started, last_draw;
    bool drew;
};

static double since(const struct timespec *a, const struct timespec *b) {
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) * 1e-9;
}

/* ---- workers ------------------------------------------------------------------------------------ */

/* What a worker's heap keeps on transparent huge pages (batch_heap_huge): about what the
 * largest of a batch's news articles takes at once, 2 MB above what most take. */
#define WORKER_HEAP_HUGE ((size_t)6 << 20)

static void *worker_main(void *arg) {
    batch_pool *p = arg;
    void *kept = batch_heap_huge(WORKER_HEAP_HUGE);
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->stop && p->next_take == p->next_fill && !p->closing)
            pthread_cond_wait(&p->cv_work, &p->mu);
        if (p->stop || p->next_take == p->next_fill)
            break;
        uint64_t seq = p->next_take++;
        slot *s = &p->slots[seq % p->n_slots];
        batch_item *it = s->item;
        s->item = NULL;
        pthread_mutex_unlock(&p->mu);

        char *reason = NULL, *line = NULL;
        size_t len = 0;
        bool skipped = batch_doc_skip(p->cfg.doc, it);
        if (!skipped)
            line = batch_doc_process(p->cfg.doc, it, &len, &reason);
        char *id = it->id, *source = it->source;
        it->id = it->source = NULL;
        batch_item_free(it);

        pthread_mutex_lock(&p->mu);
        s->line = line;
        s->len = len;
        s->reason = reason;
        s->id = id;
        s->source = source;
        s->skipped = skipped;
        s->state = SLOT_DONE;
        /* Wake the writer for a run of finished lines, not for each one (half the ring, or
         * whatever is finished when the workers run out of queued documents). */
        if (p->writer_waiting && p->slots[p->next_write % p->n_slots].state == SLOT_DONE &&
            (p->next_take == p->next_fill || (seq + 1 - p->next_write) * 2 >= p->n_slots))
            pthread_cond_signal(&p->cv_done);
    }
    pthread_mutex_unlock(&p->mu);
    free(kept);
    return NULL;
}

/* ---- writer -------------------------------------------------------------------------------------- */

static bool write_all(int fd, const char *data, size_t len, int *err) {
    while (len) {
        ssize_t w = write(fd, data, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            *err = errno;
            return false;
        }
        data += w;
        len -= (size_t)w;
    }
    return true;
}

/* Called without the lock. Stops the pool on failure. */
static void fail_output(batch_pool *p, const char *what, int err) {
    if (err == EPIPE)
        p->epipe = true;
    else
        cli_error(what, "writing output failed: %s", strerror(err));
    p->io_failed = true;
    pthread_mutex_lock(&p->mu);
    p->stop = true;
    pthread_cond_broadcast(&p->cv_work);
    pthread_cond_broadcast(&p->cv_space);
    pthread_mutex_unlock(&p->mu);
}

/* Writes iov[0..n) whole (advancing past partial writes). */
static bool writev_all(int fd, struct iovec *iov, size_t n, int *err) {
    while (n) {
        ssize_t w = writev(fd, iov, (int)n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            *err = errno;
            return false;
        }
        size_t left = (size_t)w;
        while (n && left >= iov->iov_len) {
            left -= iov->iov_len;
            iov++;
            n--;
        }
        if (n) {
            iov->iov_base = (char *)iov->iov_base + left;
            iov->iov_len -= left;
        }
    }
    return true;
}

static void drop_pending(batch_pool *p) {
    for (size_t i = 0; i < p->n_pend; i++)
        free(p->pend[i].iov_base);
    p->n_pend = p->pend_bytes = 0;
}

static void flush_out(batch_pool *p) {
    if (!p->n_pend)
        return;
    if (p->io_failed) {
        drop_pending(p);
        return;
    }
    /* writev_all moves the bases of partly written lines: the starts, to free them */
    char *own[PEND_MAX];
    for (size_t i = 0; i < p->n_pend; i++)
        own[i] = p->pend[i].iov_base;
    int err = 0;
    bool ok = writev_all(p->cfg.out_fd, p->pend, p->n_pend, &err);
    for (size_t i = 0; i < p->n_pend; i++)
        free(own[i]);
    p->n_pend = p->pend_bytes = 0;
    if (!ok)
        fail_output(p, p->cfg.out_name, err);
}

/* The k-th name (k from 1) for an id under --out-dir: the id made safe (letters, digits,
 * '-', '_' and '.' kept, not a leading '.'; anything else '_'; cut to MAX_STEM bytes), then
 * "-k" from the second on, then ".json". */
static char *out_name(const char *id, unsigned k) {
    /* far below NAME_MAX (255) with room for the suffix and ".json" */
    enum { MAX_STEM = 160 };
    size_t n = strlen(id);
    bstr s = {0};
    for (size_t i = 0; i < n && i < MAX_STEM; i++) {
        char c = id[i];
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || (c == '.' && i > 0);
        bstr_addc(&s, keep ? c : '_');
    }
    if (n == 0)
        bstr_addc(&s, '_');
    if (k > 1) {
        char tail[16];
        snprintf(tail, sizeof tail, "-%u", k);
        bstr_adds(&s, tail);
    }
    bstr_adds(&s, ".json");
    if (s.failed) {
        bstr_free(&s);
        return NULL;
    }
    return s.data;
}

/* Whether the file at path is the output of document `id` (each starts {"id":ID,...). */
static bool holds_id(const char *path, const char *id) {
    bstr want = {0};
    bstr_adds(&want, "{\"id\":");
    bstr_json(&want, id, strlen(id));
    bstr_addc(&want, ',');
    bool same = false;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd >= 0 && !want.failed) {
        char *got = malloc(want.len);
        size_t n = 0;
        while (got && n < want.len) {
            ssize_t r = read(fd, got + n, want.len - n);
            if (r <= 0)
                break;
            n += (size_t)r;
        }
        same = got && n == want.len && memcmp(got, want.data, n) == 0;
        free(got);
    }
    if (fd >= 0)
        close(fd);
    bstr_free(&want);
    return same;
}

char *batch_out_path(const char *dir, const char *id, bool *written) {
    *written = false;
    /* More ids than this sharing one safe name is not a collection of documents. */
    for (unsigned k = 1; k <= 100000; k++) {
        char *name = out_name(id, k);
        char *path = name ? batch_strf("%s/%s", dir, name) : NULL;
        free(name);
        if (!path)
            return NULL;
        struct stat st;
        /* Files are renamed into place but not fsynced one by one (too slow for millions of
         * small files): after a power cut a file may exist empty. That name is free again. */
        if (stat(path, &st) != 0 || st.st_size == 0)
            return path;
        if (holds_id(path, id)) {
            *written = true;
            return path;
        }
        free(path);
    }
    return NULL;
}

/* One file per document: a temporary name in the same directory, then rename(2), so a
 * reader never sees half a file and a killed run leaves no partial one under the real name. */
static void write_doc_file(batch_pool *p, const char *id, const char *line, size_t len) {
    bool written;
    char *final = batch_out_path(p->cfg.out_dir, id, &written), *tmp = NULL;
    char *name = final ? strrchr(final, '/') + 1 : NULL;
    if (final)
        tmp = batch_strf("%s/.%s.%ld.tmp", p->cfg.out_dir, name, (long)getpid());
    if (!final || !tmp) {
        free(tmp);
        free(final);
        fail_output(p, p->cfg.out_dir, ENOMEM);
        return;
    }
    int err = 0;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        err = errno;
    } else {
        if (!write_all(fd, line, len, &err))
            unlink(tmp);
        if (close(fd) != 0 && !err)
            err = errno;
        if (!err && rename(tmp, final) != 0) {
            err = errno;
            unlink(tmp);
        }
    }
    if (err)
        fail_output(p, fd < 0 ? p->cfg.out_dir : final, err);
    free(final);
    free(tmp);
}

/* A byte count as a person reads it: "812 kB", "45.6 MB". */
static void human_bytes(char *out, size_t n, uint64_t bytes) {
    if (bytes < 1000000)
        snprintf(out, n, "%.0f kB", (double)bytes / 1e3);
    else
        snprintf(out, n, "%.1f MB", (double)bytes / 1e6);
}

static void draw_progress(batch_pool *p, bool force) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (!force && since(&p->last_draw, &now) * 1e9 < PROGRESS_NS)
        return;
    p->last_draw = now;
    double t = since(&p->started, &now);
    uint64_t bytes = __atomic_load_n(&p->cfg.read_stats->bytes_done, __ATOMIC_RELAXED);
    double rate = t > 0 ? (double)p->docs / t : 0;
    /* With the inputs' total size known (files, not a pipe): how far, and the time left at
     * the rate so far. */
    char done[32], of[64] = "", eta[48] = "";
    human_bytes(done, sizeof done, bytes);
    uint64_t total = p->cfg.total_bytes;
    if (total) {
        char all[32];
        human_bytes(all, sizeof all, total);
        uint64_t shown = bytes < total ? bytes : total;
        snprintf(of, sizeof of, " of %s (%d%%)", all, (int)(100.0 * (double)shown / (double)total));
    }
    if (total && bytes > 0 && bytes <= total && t > 1) {
        double left = t * (double)(total - bytes) / (double)bytes;
        snprintf(eta, sizeof eta, ", ETA %d:%02d", (int)(left / 60), (int)left % 60);
    }
    fprintf(stderr, "\rprecis: batch: %zu documents, %s%s, %.0f docs/s%s\033[K", p->docs, done, of, rate, eta);
    fflush(stderr);
    p->drew = true;
}

static void *writer_main(void *arg) {
    batch_pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        slot *s = &p->slots[p->next_write % p->n_slots];
        if (s->state != SLOT_DONE) {
            if (p->stop || (p->closing && p->next_write == p->next_fill))
                break;
            if (p->n_pend) { /* nothing ready: send what we have before waiting */
                pthread_mutex_unlock(&p->mu);
                flush_out(p);
                pthread_mutex_lock(&p->mu);
                continue;
            }
            if (p->cfg.progress) {
                pthread_mutex_unlock(&p->mu);
                draw_progress(p, false);
                pthread_mutex_lock(&p->mu);
                if (s->state == SLOT_DONE || p->stop || p->closing)
                    continue;
                struct timespec until;
                clock_gettime(CLOCK_REALTIME, &until);
                until.tv_nsec += PROGRESS_NS;
                if (until.tv_nsec >= 1000000000L) {
                    until.tv_sec++;
                    until.tv_nsec -= 1000000000L;
                }
                p->writer_waiting = true;
                pthread_cond_timedwait(&p->cv_done, &p->mu, &until);
                p->writer_waiting = false;
            } else {
                p->writer_waiting = true;
                pthread_cond_wait(&p->cv_done, &p->mu);
                p->writer_waiting = false;
            }
            continue;
        }
        char *line = s->line, *reason = s->reason, *id = s->id, *source = s->source;
        size_t len = s->len;
        bool skipped = s->skipped;
        s->line = s->reason = s->id = s->source = NULL;
        s->state = SLOT_EMPTY;
        p->next_write++;
        /* Wake a reader waiting on a full ring only once half of it is free: it then refills
         * many slots per wake-up instead of ping-ponging with us one document at a time. */
        if (p->reader_waiting && (p->next_fill - p->next_write) * 2 <= p->n_slots)
            pthread_cond_signal(&p->cv_space);
        pthread_mutex_unlock(&p->mu);

        if (skipped) {
            p->skipped++;
        } else if (!line) {
            fail_output(p, "batch", ENOMEM);
        } else {
            p->docs++;
            if (reason) {
                p->failed++;
                if (!p->cfg.quiet) {
                    if (p->drew)
                        fputs("\r\033[K", stderr);
                    if (strcmp(id, source) == 0)
                        cli_error(source, "%s", reason);
                    else
                        cli_error(source, "%s: %s", id, reason);
                }
            }
            if (p->cfg.out_dir) {
                write_doc_file(p, id, line, len);
            } else if (!p->io_failed) {
                p->pend[p->n_pend++] = (struct iovec){line, len};
                p->pend_bytes += len;
                line = NULL; /* freed once written */
                if (p->pend_bytes >= OUT_BUFFER || p->n_pend == PEND_MAX)
                    flush_out(p);
            }
        }
        free(line);
        free(reason);
        free(id);
        free(source);
        if (p->cfg.progress)
            draw_progress(p, false);
        pthread_mutex_lock(&p->mu);
    }
    pthread_mutex_unlock(&p->mu);
    flush_out(p);
    if (p->cfg.progress) {
        draw_progress(p, true);
        fputs("\r\033[K", stderr);
        fflush(stderr);
    }
    return NULL;
}

/* ---- the pool ------------------------------------------------------------------------------------- */

batch_pool *batch_pool_new(const batch_pool_cfg *cfg) {
    batch_pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->cfg = *cfg;
    p->n_workers = cfg->threads > 0 ? cfg->threads : 1;
    p->n_slots = (size_t)p->n_workers * SLOTS_PER_THREAD;
    p->slots = calloc(p->n_slots, sizeof *p->slots);
    p->workers = calloc((size_t)p->n_workers, sizeof *p->workers);
    if (!p->slots || !p->workers) {
        free(p->slots);
        free(p->workers);
        free(p);
        return NULL;
    }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv_work, NULL);
    pthread_cond_init(&p->cv_done, NULL);
    pthread_cond_init(&p->cv_space, NULL);
    clock_gettime(CLOCK_MONOTONIC, &p->started);
    p->last_draw = p->started;
    int started = 0;
    for (; started < p->n_workers; started++)
        if (pthread_create(&p->workers[started], NULL, worker_main, p) != 0)
            break;
    p->n_workers = started;
    if (started == 0 || pthread_create(&p->writer, NULL, writer_main, p) != 0) {
        pthread_mutex_lock(&p->mu);
        p->stop = true;
        pthread_cond_broadcast(&p->cv_work);
        pthread_mutex_unlock(&p->mu);
        for (int i = 0; i < started; i++)
            pthread_join(p->workers[i], NULL);
        p->n_workers = 0;
        batch_pool_free(p);
        return NULL;
    }
    p->writer_started = true;
    return p;
}

bool batch_pool_submit(batch_pool *p, batch_item *it) {
    pthread_mutex_lock(&p->mu);
    while (!p->stop && p->next_fill - p->next_write >= p->n_slots) {
        p->reader_waiting = true;
        pthread_cond_wait(&p->cv_space, &p->mu);
        p->reader_waiting = false;
    }
    if (p->stop) {
        pthread_mutex_unlock(&p->mu);
        batch_item_free(it);
        return false;
    }
    slot *s = &p->slots[p->next_fill % p->n_slots];
    s->item = it;
    s->state = SLOT_QUEUED;
    p->next_fill++;
    pthread_cond_signal(&p->cv_work);
    pthread_mutex_unlock(&p->mu);
    return true;
}

bool batch_pool_finish(batch_pool *p, size_t *docs, size_t *failed, size_t *skipped, bool *epipe) {
    pthread_mutex_lock(&p->mu);
    p->closing = true;
    pthread_cond_broadcast(&p->cv_work);
    pthread_cond_broadcast(&p->cv_done);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->n_workers; i++)
        pthread_join(p->workers[i], NULL);
    p->n_workers = 0;
    pthread_mutex_lock(&p->mu);
    pthread_cond_broadcast(&p->cv_done);
    pthread_mutex_unlock(&p->mu);
    if (p->writer_started)
        pthread_join(p->writer, NULL);
    p->writer_started = false;
    *docs = p->docs;
    *failed = p->failed;
    *skipped = p->skipped;
    *epipe = p->epipe;
    return !p->io_failed;
}

void batch_pool_free(batch_pool *p) {
    if (!p)
        return;
    for (size_t i = 0; i < p->n_slots; i++) {
        batch_item_free(p->slots[i].item);
        free(p->slots[i].line);
        free(p->slots[i].reason);
        free(p->slots[i].id);
        free(p->slots[i].source);
    }
    free(p->slots);
    free(p->workers);
    drop_pending(p);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cv_work);
    pthread_cond_destroy(&p->cv_done);
    pthread_cond_destroy(&p->cv_space);
    free(p);
}
