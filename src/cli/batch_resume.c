/* batch_resume.c — `precis batch --resume -o FILE`: what is already done.
 *
 * Reads FILE once, in 1 MiB chunks: every complete line gives an id, kept in a hash set; a
 * last line without its newline (the run died in the middle of a write, or the power went)
 * is cut off with ftruncate so the appended lines start on a line of their own. Ids are
 * stored and compared in their JSON-escaped form, exactly as the writer puts them on the line,
 * which needs no decoding and matches ids in any encoding. Cost: linear in FILE; memory is the
 * ids plus 16 bytes a slot. */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch_common.h"
#include "cli.h"

#define RESUME_CHUNK ((size_t)1 << 20)

typedef struct idslot {
    uint64_t hash; /* 0 = empty (a real hash of 0 is stored as 1) */
    size_t off;    /* into pool */
    size_t len;
} idslot;

struct batch_idset {
    idslot *slots;
    size_t cap, count;
    bstr pool;
};

static uint64_t fnv(const char *p, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 1099511628211ull;
    }
    return h ? h : 1;
}

static bool set_find(const batch_idset *s, const char *key, size_t len, uint64_t h, size_t *at) {
    size_t mask = s->cap - 1, i = (size_t)h & mask;
    while (s->slots[i].hash) {
        const idslot *e = &s->slots[i];
        if (e->hash == h && e->len == len && memcmp(s->pool.data + e->off, key, len) == 0) {
            *at = i;
            return true;
        }
        i = (i + 1) & mask;
    }
    *at = i;
    return false;
}

static bool set_grow(batch_idset *s) {
    size_t cap = s->cap ? s->cap * 2 : 1024;
    idslot *n = calloc(cap, sizeof *n);
    if (!n)
        return false;
    for (size_t i = 0; i < s->cap; i++) {
        if (!s->slots[i].hash)
            continue;
        size_t j = (size_t)s->slots[i].hash & (cap - 1);
        while (n[j].hash)
            j = (j + 1) & (cap - 1);
        n[j] = s->slots[i];
    }
    free(s->slots);
    s->slots = n;
    s->cap = cap;
    return true;
}

/* Adds an escaped id (the JSON string literal, quotes included). */
static bool set_add(batch_idset *s, const char *key, size_t len) {
    if ((s->count + 1) * 2 > s->cap && !set_grow(s))
        return false;
    uint64_t h = fnv(key, len);
    size_t at;
    if (set_find(s, key, len, h, &at))
        return true;
    size_t off = s->pool.len;
    bstr_add(&s->pool, key, len);
    if (s->pool.failed)
        return false;
    s->slots[at] = (idslot){h, off, len};
    s->count++;
    return true;
}

bool batch_idset_has(const batch_idset *s, const char *id, size_t len) {
    if (!s || !s->count)
        return false;
    bstr k = {0};
    bstr_json(&k, id, len);
    size_t at;
    bool found = !k.failed && set_find(s, k.data, k.len, fnv(k.data, k.len), &at);
    bstr_free(&k);
    return found;
}

size_t batch_idset_count(const batch_idset *s) { return s ? s->count : 0; }

void batch_idset_free(batch_idset *s) {
    if (!s)
        return;
    free(s->slots);
    bstr_free(&s->pool);
    free(s);
}

/* The id literal of one output line: fast path for the lines this program writes
 * ({"id":"..." first), jansson for anything else. */
static bool line_id(batch_idset *s, const char *line, size_t n) {
    static const char prefix[] = "{\"id\":\"";
    size_t k = sizeof prefix - 1;
    if (n > k && memcmp(line, prefix, k) == 0) {
        size_t i = k;
        while (i < n && line[i] != '"')
            i += line[i] == '\\' ? 2 : 1;
        if (i < n)
            return set_add(s, line + k - 1, i - (k - 1) + 1);
    }
    json_t *root = json_loadb(line, n, 0, NULL);
    json_t *id = root ? json_object_get(root, "id") : NULL;
    bool ok = true;
    if (json_is_string(id)) {
        bstr b = {0};
        bstr_json(&b, json_string_value(id), json_string_length(id));
        ok = !b.failed && set_add(s, b.data, b.len);
        bstr_free(&b);
    }
    json_decref(root);
    return ok;
}

bool batch_resume_open(const char *path, batch_idset **ids_out, int *fd_out) {
    *ids_out = NULL;
    *fd_out = -1;
    int fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        cli_error(path, "cannot open for --resume: %s", strerror(errno));
        return false;
    }
    batch_idset *s = calloc(1, sizeof *s);
    char *buf = malloc(RESUME_CHUNK);
    if (!s || !buf || !set_grow(s)) {
        cli_error(path, "out of memory");
        goto fail;
    }
    size_t have = 0, cap = RESUME_CHUNK;
    off_t pos = 0, whole = 0; /* bytes read; end of the last complete line */
    for (;;) {
        if (have == cap) { /* a line longer than the buffer */
            char *q = realloc(buf, cap * 2);
            if (!q) {
                cli_error(path, "out of memory");
                goto fail;
            }
            buf = q;
            cap *= 2;
        }
        ssize_t r = pread(fd, buf + have, cap - have, pos);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            cli_error(path, "reading for --resume failed: %s", strerror(errno));
            goto fail;
        }
        if (r == 0)
            break;
        pos += r;
        size_t end = have + (size_t)r, start = 0;
        char *nl;
        while ((nl = memchr(buf + start, '\n', end - start))) {
            size_t stop = (size_t)(nl - buf);
            if (stop > start && !line_id(s, buf + start, stop - start)) {
                cli_error(path, "out of memory");
                goto fail;
            }
            whole += (off_t)(stop + 1 - start);
            start = stop + 1;
        }
        memmove(buf, buf + start, end - start);
        have = end - start;
    }
    if (whole < pos) {
        /* A torn last line: cut it, and make the cut durable before appending after it. */
        if (ftruncate(fd, whole) != 0 || fsync(fd) != 0) {
            cli_error(path, "cannot remove the torn last line: %s", strerror(errno));
            goto fail;
        }
    }
    free(buf);
    *ids_out = s;
    *fd_out = fd;
    return true;
fail:
    free(buf);
    batch_idset_free(s);
    close(fd);
    return false;
}
