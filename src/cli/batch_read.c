/* batch_read.c — the readers of `precis batch`: every input becomes a sequence of documents.
 *
 * Kinds: JSONL (a file, stdin, a .jsonl member of an archive, or compressed JSONL through
 * libarchive's raw format), plain text, HTML (reduced to text later, by a worker), directories
 * (walked recursively in byte order of names, so the order is the same on every machine, and
 * filtered by --glob), archives read as streams through libarchive (tar, zip, 7z, cpio,
 * any of them gzip/bzip2/xz/zstd-compressed), and WARC files (plain or compressed; parsed
 * here, decompressed by libarchive) with their HTML responses.
 *
 * Everything streams: a JSONL file is read in 256 KiB chunks and handed out line by line (the
 * workers parse the lines), an archive member by member, so memory is bounded by the largest
 * document (itself bounded by --max-bytes) whatever the size of the input. Cost: linear in
 * the input bytes.
 *
 * A document that cannot be read (malformed JSON line, member over --max-bytes, damaged
 * member) becomes an item carrying `error`, which the writer turns into an error line; an
 * input that cannot be opened at all is reported on stderr and counted in input_errors. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lazylib.h"
#include "batch_common.h"
#include "extract.h"
#include "fetch.h"
#include "cli.h"

/* Read size for plain files and archive blocks: large enough that syscalls do not show in a
 * profile, small enough to stay in L2. */
#define READ_CHUNK ((size_t)256 << 10)
/* Directory nesting deeper than this is taken for a symlink loop. */
#define MAX_DEPTH 64

/* ---- a byte stream: a file descriptor or the current archive member ------------------------- */

typedef struct rstream {
    int fd;             /* >= 0: read(2) from it */
    struct archive *ar; /* else: archive_read_data */
    const cli_archive_api *la; /* libarchive, when ar is set */
    uint64_t ar_counted; /* compressed bytes of `ar` already added to stats */
    const char *pre;    /* bytes already read (for sniffing), served first */
    size_t pre_len;
    const char *error;  /* set when a read failed */
    char errbuf[256];
    batch_read_stats *stats;
} rstream;

static void stats_add(batch_read_stats *st, uint64_t n) {
    uint64_t v = __atomic_load_n(&st->bytes_done, __ATOMIC_RELAXED);
    __atomic_store_n(&st->bytes_done, v + n, __ATOMIC_RELAXED);
}

/* Returns bytes read, 0 at the end, -1 on error (s->error says why). */
static ptrdiff_t rs_read(rstream *s, char *buf, size_t n) {
    if (s->pre_len) {
        size_t k = n < s->pre_len ? n : s->pre_len;
        memcpy(buf, s->pre, k);
        s->pre += k;
        s->pre_len -= k;
        return (ptrdiff_t)k;
    }
    if (s->fd >= 0) {
        for (;;) {
            ssize_t r = read(s->fd, buf, n);
            if (r >= 0) {
                stats_add(s->stats, (uint64_t)r);
                return r;
            }
            if (errno == EINTR) {
                if (s->stats->interrupted && *s->stats->interrupted)
                    return 0; /* Ctrl-C: no more input */
                continue;
            }
            snprintf(s->errbuf, sizeof s->errbuf, "%s", strerror(errno));
            s->error = s->errbuf;
            return -1;
        }
    }
    la_ssize_t r = s->la->read_data(s->ar, buf, n);
    /* Progress counts the archive's own (compressed) bytes, as its file size does. */
    uint64_t now = (uint64_t)s->la->filter_bytes(s->ar, -1);
    if (now > s->ar_counted) {
        stats_add(s->stats, now - s->ar_counted);
        s->ar_counted = now;
    }
    if (r < 0) {
        const char *m = s->la->error_string(s->ar);
        snprintf(s->errbuf, sizeof s->errbuf, "%s", m ? m : "unreadable archive member");
        s->error = s->errbuf;
        return -1;
    }
    return r;
}

/* ---- items ------------------------------------------------------------------------------------ */

static char *xstrdup(const char *s) {
    char *p = strdup(s ? s : "");
    if (!p) {
        cli_error("batch", "out of memory");
        exit(EXIT_IO);
    }
    return p;
}

static char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *xprintf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char buf[512];
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    char *p = n >= 0 && (size_t)n < sizeof buf ? strdup(buf) : NULL;
    if (!p && n >= 0) {
        p = malloc((size_t)n + 1);
        if (p) {
            va_start(ap, fmt);
            vsnprintf(p, (size_t)n + 1, fmt, ap);
            va_end(ap);
        }
    }
    if (!p) {
        cli_error("batch", "out of memory");
        exit(EXIT_IO);
    }
    return p;
}

static batch_item *item_new(const char *id, const char *source) {
    batch_item *it = calloc(1, sizeof *it);
    if (!it) {
        cli_error("batch", "out of memory");
        exit(EXIT_IO);
    }
    it->id = xstrdup(id);
    it->source = xstrdup(source);
    return it;
}

static bool emit_error(batch_sink sink, void *user, const char *id, const char *source,
                       char *reason_owned) {
    batch_item *it = item_new(id, source);
    it->error = reason_owned;
    return sink(user, it);
}

/* ---- kind detection ----------------------------------------------------------------------------- */

typedef enum rkind { RK_TEXT, RK_HTML, RK_JSONL, RK_ARCHIVE } rkind;

static bool has_suffix(const char *s, const char *suf) {
    size_t n = strlen(s), k = strlen(suf);
    return n >= k && strcasecmp(s + n - k, suf) == 0;
}

static bool name_is_jsonl(const char *name) {
    return has_suffix(name, ".jsonl") || has_suffix(name, ".ndjson");
}

static bool name_is_html(const char *name) {
    return has_suffix(name, ".html") || has_suffix(name, ".htm") || has_suffix(name, ".xhtml");
}

/* Does the text start like an HTML page? One definition for every command (extract.c). */
static bool looks_html(const char *p, size_t n) {
    return extract_looks_html(p, n);
}

static bool looks_jsonl(const char *p, size_t n) {
    size_t i = 0;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
        i++;
    return i < n && p[i] == '{';
}

/* Archive and compression signatures: gzip, bzip2, xz, zstd, lz4, zip, 7z, WARC, tar. */
static bool looks_archive(const unsigned char *p, size_t n) {
    if (n >= 2 && p[0] == 0x1f && p[1] == 0x8b)
        return true;
    if (n >= 3 && memcmp(p, "BZh", 3) == 0)
        return true;
    if (n >= 6 && memcmp(p, "\xFD" "7zXZ\0", 6) == 0)
        return true;
    if (n >= 4 && memcmp(p, "\x28\xB5\x2F\xFD", 4) == 0)
        return true;
    if (n >= 4 && memcmp(p, "\x04\x22\x4D\x18", 4) == 0)
        return true;
    if (n >= 4 && (memcmp(p, "PK\x03\x04", 4) == 0 || memcmp(p, "PK\x05\x06", 4) == 0))
        return true;
    if (n >= 6 && memcmp(p, "7z\xBC\xAF\x27\x1C", 6) == 0)
        return true;
    if (n >= 5 && memcmp(p, "WARC/", 5) == 0)
        return true;
    if (n >= 262 && memcmp(p + 257, "ustar", 5) == 0)
        return true;
    return false;
}

/* ---- whole documents ------------------------------------------------------------------------ */

/* Reads a stream to its end into *text. Returns NULL on success, else a malloc'ed reason
 * (too large, read error). */
static char *slurp(rstream *s, size_t max_bytes, char **text, size_t *len) {
    size_t cap = 1 << 14, n = 0;
    char *p = malloc(cap + 1);
    if (!p)
        return xstrdup("out of memory");
    for (;;) {
        if (n == cap) {
            if (max_bytes && n > max_bytes)
                break;
            char *q = realloc(p, cap * 2 + 1);
            if (!q) {
                free(p);
                return xstrdup("out of memory");
            }
            p = q;
            cap *= 2;
        }
        ptrdiff_t r = rs_read(s, p + n, cap - n);
        if (r < 0) {
            free(p);
            return xprintf("unreadable: %s", s->error);
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    if (max_bytes && n > max_bytes) {
        free(p);
        return xprintf("document is over %zu bytes (--max-bytes)", max_bytes);
    }
    p[n] = '\0';
    *text = p;
    *len = n;
    return NULL;
}

static bool read_document(rstream *s, const batch_read_cfg *cfg, const char *id, const char *source,
                          rkind kind, batch_sink sink, void *user) {
    batch_item *it = item_new(id, source);
    it->error = slurp(s, cfg->max_bytes, &it->text, &it->len);
    it->is_html = !it->error && (kind == RK_HTML || looks_html(it->text, it->len));
    return sink(user, it);
}

/* ---- JSONL ----------------------------------------------------------------------------------------- */

typedef struct jsonl_ctx {
    const batch_read_cfg *cfg;
    const char *name;   /* for ids: "<name>:<line>" */
    const char *source;
    batch_sink sink;
    void *user;
} jsonl_ctx;

/* The reader only cuts lines: parsing them is the workers' job (it is a good part of the
 * cost of a short document, and the reader is a single thread). */
static bool jsonl_line(const jsonl_ctx *c, const char *line, size_t n, size_t lineno) {
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
        i++;
    if (i == n)
        return true; /* blank lines are not documents */
    char id[64];
    snprintf(id, sizeof id, ":%zu", lineno);
    batch_item *it = calloc(1, sizeof *it);
    size_t name_len = strlen(c->name), id_len = strlen(id);
    if (it) {
        it->id = malloc(name_len + id_len + 1);
        it->source = strdup(c->source);
        it->text = malloc(n + 1);
    }
    if (!it || !it->id || !it->source || !it->text) {
        cli_error("batch", "out of memory");
        exit(EXIT_IO);
    }
    memcpy(it->id, c->name, name_len);
    memcpy(it->id + name_len, id, id_len + 1);
    memcpy(it->text, line, n);
    it->text[n] = '\0';
    it->len = n;
    it->jsonl_line = lineno;
    return c->sink(c->user, it);
}

/* Like json_scalar, without exiting: worker threads report out of memory as an error. */
static char *json_scalar_or_null(const json_t *v, bool *oom) {
    char *p = NULL;
    if (json_is_string(v))
        p = strdup(json_string_value(v));
    else if (json_is_integer(v))
        p = batch_strf("%" JSON_INTEGER_FORMAT, json_integer_value(v));
    else if (json_is_real(v))
        p = batch_strf("%.17g", json_real_value(v));
    else
        return NULL;
    *oom |= !p;
    return p;
}

/* ---- a fast path for the usual JSONL line -------------------------------------------------
 * jansson builds a tree of the whole record (every highlight, every nested field) to hand
 * back a few strings: about 135 instructions a byte, a quarter of a summary's cost. This
 * scanner validates the line as jansson would and takes only the members batch reads. It
 * answers only for lines it is sure of: an object whose strings are valid UTF-8 with no
 * control characters and no \u0000, escapes paired as JSON requires, numbers without
 * exponents of at most 15 digits, nesting under 64 levels, and the members batch reads
 * being strings or null. Anything else (and every error) goes to jansson, whose answers and
 * messages stay the reference. As with JSON_DISABLE_EOF_CHECK, what follows the object is
 * not read; a member given twice counts by its last value, as in jansson. */

typedef struct jspan {
    const char *s; /* the string's bytes between the quotes, NULL when absent or null */
    size_t n;
    bool escaped;  /* has backslash escapes */
} jspan;

enum { JF_ID, JF_TEXT, JF_TITLE, JF_DATE, JF_SENTENCES, JF_WORDS, JF_LANG, JF_COUNT };

static size_t jws(const char *p, size_t i, size_t n) {
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r'))
        i++;
    return i;
}

static int hexval(char c) {
    return c >= '0' && c <= '9' ? c - '0' : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
}

static int hex4(const char *p) {
    int v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(p[k]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

/* A string starting after its opening quote at i: the index after the closing quote, or 0
 * when the fast path does not take it. */
/* Whether any of the 8 bytes of x is a control character, '"', a backslash or not ASCII:
 * the bytes jstring looks at one by one (the has-less-than and has-zero-byte tests on words,
 * as buf_json_string's). */
static inline bool json_special8(uint64_t x) {
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t q = x ^ (ones * '"'), bs = x ^ (ones * '\\');
    uint64_t lt = (x - ones * 0x20) & ~x, zq = (q - ones) & ~q, zb = (bs - ones) & ~bs;
    return ((lt | zq | zb | x) & high) != 0;
}

static size_t jstring(const char *p, size_t i, size_t n, jspan *out) {
    size_t start = i;
    bool esc = false;
    while (i < n) {
        /* plain ASCII bytes (most of an article) sixteen or eight at a time, up to the first
         * that is not */
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(0x20);
        while (i + 16 <= n) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            /* signed: the bytes from 0x80 on are below 0x20 too */
            __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                                           _mm_cmplt_epi8(x, space));
            unsigned mask = (unsigned)_mm_movemask_epi8(special);
            if (mask) {
                i += (size_t)__builtin_ctz(mask);
                break;
            }
            i += 16;
        }
#endif
        while (i + 8 <= n) {
            uint64_t x;
            memcpy(&x, p + i, sizeof x);
            if (json_special8(x))
                break;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char c = (unsigned char)p[i];
        if (c == '"') {
            if (out)
                *out = (jspan){p + start, i - start, esc};
            return i + 1;
        }
        if (c < 0x20)
            return 0;
        if (c < 0x80 && c != '\\') {
            i++;
            continue;
        }
        if (c >= 0x80) {
            size_t k = utf8_valid_len((const unsigned char *)p + i, n - i);
            if (!k)
                return 0;
            i += k;
            continue;
        }
        esc = true;
        if (i + 1 >= n)
            return 0;
        char e = p[i + 1];
        if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
            i += 2;
            continue;
        }
        if (e != 'u' || i + 6 > n)
            return 0;
        int u = hex4(p + i + 2);
        if (u <= 0 || (u >= 0xDC00 && u <= 0xDFFF))
            return 0;
        i += 6;
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 6 > n || p[i] != '\\' || p[i + 1] != 'u')
                return 0;
            int lo = hex4(p + i + 2);
            if (lo < 0xDC00 || lo > 0xDFFF)
                return 0;
            i += 6;
        }
    }
    return 0;
}

/* A number at i: the index after it, or 0. */
static size_t jnumber(const char *p, size_t i, size_t n) {
    size_t digits = 0;
    if (i < n && p[i] == '-')
        i++;
    if (i < n && p[i] == '0') {
        i++, digits++;
    } else {
        if (i >= n || p[i] < '1' || p[i] > '9')
            return 0;
        while (i < n && p[i] >= '0' && p[i] <= '9')
            i++, digits++;
    }
    if (i < n && p[i] == '.') {
        i++;
        size_t f = 0;
        while (i < n && p[i] >= '0' && p[i] <= '9')
            i++, f++;
        if (!f)
            return 0;
        digits += f;
    }
    if (i < n && (p[i] == 'e' || p[i] == 'E'))
        return 0;
    return digits <= 15 ? i : 0;
}

/* Any value at i (not a member batch reads): the index after it, or 0. */
static size_t jvalue(const char *p, size_t i, size_t n, int depth) {
    if (i >= n || depth > 64)
        return 0;
    char c = p[i];
    if (c == '"')
        return jstring(p, i + 1, n, NULL);
    if (c == '{' || c == '[') {
        char close = c == '{' ? '}' : ']';
        i = jws(p, i + 1, n);
        if (i < n && p[i] == close)
            return i + 1;
        for (;;) {
            if (c == '{') {
                if (i >= n || p[i] != '"' || !(i = jstring(p, i + 1, n, NULL)))
                    return 0;
                i = jws(p, i, n);
                if (i >= n || p[i] != ':')
                    return 0;
                i = jws(p, i + 1, n);
            }
            if (!(i = jvalue(p, i, n, depth + 1)))
                return 0;
            i = jws(p, i, n);
            if (i < n && p[i] == ',') {
                i = jws(p, i + 1, n);
                continue;
            }
            return i < n && p[i] == close ? i + 1 : 0;
        }
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return jnumber(p, i, n);
    static const char *const LIT[] = {"true", "false", "null"};
    for (int k = 0; k < 3; k++) {
        size_t l = strlen(LIT[k]);
        if (n - i >= l && memcmp(p + i, LIT[k], l) == 0)
            return i + l;
    }
    return 0;
}

/* A string value as a malloc'ed C string: escapes decoded (the scanner checked them). */
static char *junescape(const jspan *v, size_t *len) {
    char *out = malloc(v->n + 1);
    if (!out)
        return NULL;
    if (!v->escaped) {
        memcpy(out, v->s, v->n);
        out[v->n] = '\0';
        *len = v->n;
        return out;
    }
    size_t o = 0;
    for (size_t i = 0; i < v->n;) {
        /* the bytes up to the next escape in one copy (jstring checked the escapes) */
        const char *bs = memchr(v->s + i, '\\', v->n - i);
        size_t run = bs ? (size_t)(bs - v->s) - i : v->n - i;
        memcpy(out + o, v->s + i, run);
        o += run;
        i += run;
        if (i >= v->n)
            break;
        char e = v->s[i + 1];
        i += 2;
        switch (e) {
        case 'b': out[o++] = '\b'; continue;
        case 'f': out[o++] = '\f'; continue;
        case 'n': out[o++] = '\n'; continue;
        case 'r': out[o++] = '\r'; continue;
        case 't': out[o++] = '\t'; continue;
        case 'u': break;
        default: out[o++] = e; continue; /* " \ / */
        }
        uint32_t u = (uint32_t)hex4(v->s + i);
        i += 4;
        if (u >= 0xD800 && u <= 0xDBFF) {
            u = 0x10000 + ((u - 0xD800) << 10) + ((uint32_t)hex4(v->s + i + 2) - 0xDC00);
            i += 6;
        }
        /* UTF-8: never longer than the six or twelve bytes of its escape */
        if (u < 0x80) {
            out[o++] = (char)u;
        } else if (u < 0x800) {
            out[o++] = (char)(0xC0 | u >> 6);
            out[o++] = (char)(0x80 | (u & 0x3F));
        } else if (u < 0x10000) {
            out[o++] = (char)(0xE0 | u >> 12);
            out[o++] = (char)(0x80 | ((u >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (u & 0x3F));
        } else {
            out[o++] = (char)(0xF0 | u >> 18);
            out[o++] = (char)(0x80 | ((u >> 12) & 0x3F));
            out[o++] = (char)(0x80 | ((u >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (u & 0x3F));
        }
    }
    out[o] = '\0';
    *len = o;
    return out;
}

/* Whether a key (raw bytes between quotes, escapes not decoded) is `name`. A key with
 * escapes is compared after decoding. */
static bool jkey_is(const jspan *k, const char *name) {
    size_t nl = strlen(name);
    if (!k->escaped)
        return k->n == nl && memcmp(k->s, name, nl) == 0;
    size_t len;
    char *d = junescape(k, &len);
    bool same = d && len == nl && memcmp(d, name, nl) == 0;
    free(d);
    return same;
}

/* The fast path: true when it decoded the line into `it` (or ran out of memory: *oom), false
 * when jansson must read it. */
static bool jsonl_fast(const batch_read_cfg *cfg, const char *p, size_t n, batch_item *it, bool *oom) {
    const char *names[JF_COUNT] = {cfg->id_field, cfg->text_field, cfg->title_field, cfg->date_field,
                                   "sentences", "words", "lang"};
    jspan got[JF_COUNT] = {{0}};
    size_t i = jws(p, 0, n);
    if (i >= n || p[i] != '{')
        return false;
    i = jws(p, i + 1, n);
    if (i < n && p[i] == '}')
        return false; /* no text member: jansson's path gives the error */
    for (;;) {
        jspan key;
        if (i >= n || p[i] != '"' || !(i = jstring(p, i + 1, n, &key)))
            return false;
        i = jws(p, i, n);
        if (i >= n || p[i] != ':')
            return false;
        i = jws(p, i + 1, n);
        int f = -1;
        for (int k = 0; k < JF_COUNT && f < 0; k++)
            if (jkey_is(&key, names[k]))
                f = k;
        if (f >= 0) {
            jspan v = {0};
            if (i < n && p[i] == '"') {
                if (!(i = jstring(p, i + 1, n, &v)))
                    return false;
            } else if (n - i >= 4 && memcmp(p + i, "null", 4) == 0) {
                i += 4;
            } else {
                return false; /* numbers and the rest: as jansson converts them */
            }
            /* every name that matches takes the value (two options may share a field) */
            for (int k = f; k < JF_COUNT; k++)
                if (k == f || jkey_is(&key, names[k]))
                    got[k] = v;
        } else if (!(i = jvalue(p, i, n, 1))) {
            return false;
        }
        i = jws(p, i, n);
        if (i < n && p[i] == ',') {
            i = jws(p, i + 1, n);
            continue;
        }
        if (i < n && p[i] == '}')
            break;
        return false;
    }
    if (!got[JF_TEXT].s)
        return false;
    char *vals[JF_COUNT] = {NULL};
    size_t lens[JF_COUNT] = {0};
    for (int k = 0; k < JF_COUNT; k++)
        if (got[k].s && !(vals[k] = junescape(&got[k], &lens[k])))
            *oom = true;
    if (vals[JF_ID]) {
        free(it->id);
        it->id = vals[JF_ID];
        vals[JF_ID] = NULL;
    }
    if (cfg->max_bytes && lens[JF_TEXT] > cfg->max_bytes) {
        it->error = batch_strf("document is %zu bytes, over %zu (--max-bytes)", lens[JF_TEXT], cfg->max_bytes);
        *oom |= !it->error;
        for (int k = 0; k < JF_COUNT; k++)
            free(vals[k]);
        return true;
    }
    it->text = vals[JF_TEXT];
    it->len = lens[JF_TEXT];
    *oom |= !it->text;
    it->opt[BOPT_TITLE] = vals[JF_TITLE];
    it->opt[BOPT_DATE] = vals[JF_DATE];
    it->opt[BOPT_SENTENCES] = vals[JF_SENTENCES];
    it->opt[BOPT_WORDS] = vals[JF_WORDS];
    it->opt[BOPT_LANG] = vals[JF_LANG];
    it->is_html = it->text && looks_html(it->text, it->len);
    return true;
}

bool batch_jsonl_decode(const batch_read_cfg *cfg, batch_item *it) {
    if (!it->jsonl_line || it->error)
        return true;
    size_t lineno = it->jsonl_line;
    it->jsonl_line = 0;
    char *line = it->text;
    size_t n = it->len;
    it->text = NULL;
    it->len = 0;
    bool fast_oom = false;
    if (jsonl_fast(cfg, line, n, it, &fast_oom)) {
        free(line);
        return !fast_oom;
    }
    json_error_t jerr;
    json_t *root = json_loadb(line, n, JSON_DISABLE_EOF_CHECK | JSON_ALLOW_NUL, &jerr);
    free(line);
    if (!root) {
        it->error = batch_strf("malformed JSON at line %zu, column %d: %s", lineno, jerr.column, jerr.text);
        return it->error != NULL;
    }
    if (!json_is_object(root)) {
        json_decref(root);
        it->error = batch_strf("line %zu is not a JSON object", lineno);
        return it->error != NULL;
    }
    bool oom = false;
    char *id = json_scalar_or_null(json_object_get(root, cfg->id_field), &oom);
    if (id) {
        free(it->id);
        it->id = id;
    }
    json_t *text = json_object_get(root, cfg->text_field);
    if (!json_is_string(text)) {
        it->error = batch_strf("line %zu has no \"%s\" string field", lineno, cfg->text_field);
    } else if (cfg->max_bytes && json_string_length(text) > cfg->max_bytes) {
        it->error = batch_strf("document is %zu bytes, over %zu (--max-bytes)", json_string_length(text),
                               cfg->max_bytes);
    } else {
        it->len = json_string_length(text);
        it->text = malloc(it->len + 1);
        if (it->text) {
            memcpy(it->text, json_string_value(text), it->len);
            it->text[it->len] = '\0';
        }
        oom |= !it->text;
        it->opt[BOPT_TITLE] = json_scalar_or_null(json_object_get(root, cfg->title_field), &oom);
        it->opt[BOPT_DATE] = json_scalar_or_null(json_object_get(root, cfg->date_field), &oom);
        it->opt[BOPT_SENTENCES] = json_scalar_or_null(json_object_get(root, "sentences"), &oom);
        it->opt[BOPT_WORDS] = json_scalar_or_null(json_object_get(root, "words"), &oom);
        it->opt[BOPT_LANG] = json_scalar_or_null(json_object_get(root, "lang"), &oom);
        /* A "text" that is an HTML page (scraped records often are) gets the HTML step too. */
        it->is_html = it->text && looks_html(it->text, it->len);
    }
    json_decref(root);
    return !oom;
}

/* Splits a stream into lines. A line longer than the cap (twice --max-bytes: room for JSON
 * escapes) is skipped without being kept and reported as too large. */
static bool read_jsonl(rstream *s, const jsonl_ctx *c) {
    size_t cap_line = c->cfg->max_bytes ? c->cfg->max_bytes * 2 + 65536 : (size_t)-1 / 4;
    size_t cap = READ_CHUNK * 2, len = 0, lineno = 1;
    char *buf = malloc(cap);
    if (!buf) {
        cli_error("batch", "out of memory");
        exit(EXIT_IO);
    }
    bool skipping = false, ok = true;
    for (;;) {
        if (cap - len < READ_CHUNK) {
            if (len + READ_CHUNK > cap_line + READ_CHUNK) {
                /* The current line is over the cap: drop what we have, skip to its end. */
                skipping = true;
                len = 0;
            } else {
                char *q = realloc(buf, cap * 2);
                if (!q) {
                    cli_error("batch", "out of memory");
                    exit(EXIT_IO);
                }
                buf = q;
                cap *= 2;
            }
        }
        ptrdiff_t r = rs_read(s, buf + len, cap - len);
        if (r < 0) {
            char *id = xprintf("%s:%zu", c->name, lineno);
            ok = emit_error(c->sink, c->user, id, c->source, xprintf("unreadable: %s", s->error));
            free(id);
            break;
        }
        size_t start = 0, end = len + (size_t)r;
        bool eof = r == 0;
        for (;;) {
            char *nl = memchr(buf + start, '\n', end - start);
            if (!nl && !(eof && end > start))
                break;
            size_t stop = nl ? (size_t)(nl - buf) : end;
            if (skipping) {
                char *id = xprintf("%s:%zu", c->name, lineno);
                ok = emit_error(c->sink, c->user, id, c->source,
                                xprintf("line %zu is over %zu bytes (--max-bytes)", lineno, cap_line));
                free(id);
                skipping = false;
            } else {
                ok = jsonl_line(c, buf + start, stop - start, lineno);
            }
            lineno++;
            start = nl ? stop + 1 : end;
            if (!ok)
                break;
        }
        if (!ok || eof)
            break;
        memmove(buf, buf + start, end - start);
        len = end - start;
        /* Scanning resumes at the start of the partial line: lines are short next to the
         * chunk, so rescanning their head costs little. */
    }
    free(buf);
    return ok;
}

/* ---- archives ----------------------------------------------------------------------------------- */

/* Skips the HTTP status line and headers of a WARC response. Returns false for responses
 * that are not documents (not 2xx, not text). */
static bool http_payload(const char *p, size_t n, size_t *body, bool *html, char **charset) {
    *body = 0;
    *html = false;
    *charset = NULL;
    if (n < 5 || memcmp(p, "HTTP/", 5) != 0)
        return true; /* a resource record: the bytes are the document */
    const char *sp = memchr(p, ' ', n);
    if (!sp || (size_t)(sp - p) + 4 > n || sp[1] != '2')
        return false;
    size_t i = 0;
    bool text = true; /* no Content-Type: sniff */
    while (i < n) {
        const char *eol = memchr(p + i, '\n', n - i);
        size_t e = eol ? (size_t)(eol - p) : n;
        size_t k = e;
        if (k > i && p[k - 1] == '\r')
            k--;
        if (k == i) { /* blank line: the body follows */
            *body = e < n ? e + 1 : n;
            break;
        }
        static const char ct[] = "content-type:";
        if (k - i > sizeof ct - 1 && strncasecmp(p + i, ct, sizeof ct - 1) == 0) {
            size_t v = i + sizeof ct - 1;
            while (v < k && p[v] == ' ')
                v++;
            *html = k - v >= 9 && (strncasecmp(p + v, "text/html", 9) == 0 ||
                                   (k - v >= 21 && strncasecmp(p + v, "application/xhtml+xml", 21) == 0));
            text = *html || (k - v >= 5 && strncasecmp(p + v, "text/", 5) == 0);
            /* the charset parameter, for the HTML step (extract.c) */
            for (size_t c = v; c + 8 < k && !*charset; c++)
                if (strncasecmp(p + c, "charset=", 8) == 0) {
                    size_t a = c + 8, b = a;
                    while (a < k && (p[a] == '"' || p[a] == '\''))
                        a++;
                    b = a;
                    while (b < k && p[b] != '"' && p[b] != '\'' && p[b] != ';' && p[b] != ' ')
                        b++;
                    if (b > a && b - a < 40)
                        *charset = strndup(p + a, b - a);
                }
        }
        i = e + 1;
        if (!eol)
            *body = n;
    }
    return text;
}

/* WARC (ISO 28500) records, parsed here rather than by libarchive, whose reader names a record
 * by the last part of its URI only: the id of a web page is its full WARC-Target-URI. Works
 * on any byte stream, so .warc and .warc.gz (through libarchive's raw format) both come here.
 * Only response and resource records are documents; the others are skipped unread. */
typedef struct wreader {
    rstream *s;
    char buf[1 << 16];
    size_t pos, end;
    bool eof;
} wreader;

static bool wr_fill(wreader *w) {
    if (w->pos < w->end)
        return true;
    if (w->eof)
        return false;
    ptrdiff_t r = rs_read(w->s, w->buf, sizeof w->buf);
    w->pos = 0;
    w->end = r > 0 ? (size_t)r : 0;
    w->eof = r <= 0;
    return r > 0;
}

/* Reads one header line (CRLF or LF stripped) into line[cap]; false at the end of input or
 * for a line over cap. */
static bool wr_line(wreader *w, char *line, size_t cap) {
    size_t n = 0;
    for (;;) {
        if (!wr_fill(w))
            return n > 0 && n < cap && (line[n] = '\0', true);
        char c = w->buf[w->pos++];
        if (c == '\n')
            break;
        if (n + 1 >= cap)
            return false;
        line[n++] = c;
    }
    if (n && line[n - 1] == '\r')
        n--;
    line[n] = '\0';
    return true;
}

/* Copies (dst != NULL) or skips n bytes; returns how many there were. */
static uint64_t wr_take(wreader *w, char *dst, uint64_t n) {
    uint64_t done = 0;
    while (done < n && wr_fill(w)) {
        size_t k = w->end - w->pos;
        if (k > n - done)
            k = (size_t)(n - done);
        if (dst)
            memcpy(dst + done, w->buf + w->pos, k);
        w->pos += k;
        done += k;
    }
    return done;
}

static bool warc_document(const batch_read_cfg *cfg, const char *path, const char *uri, char *payload,
                          size_t len, batch_sink sink, void *user) {
    char *source = xprintf("%s:%s", path, uri);
    size_t body;
    bool html, ok = true;
    char *charset = NULL;
    if (http_payload(payload, len, &body, &html, &charset)) {
        batch_item *it = item_new(uri, source);
        it->charset = charset;
        charset = NULL;
        it->origin_len = strlen(path);
        it->len = len - body;
        memmove(payload, payload + body, it->len);
        payload[it->len] = '\0';
        it->text = payload;
        payload = NULL;
        it->is_html = html || looks_html(it->text, it->len);
        if (cfg->max_bytes && it->len > cfg->max_bytes) {
            free(it->text);
            it->text = NULL;
            it->error = xprintf("document is %zu bytes, over %zu (--max-bytes)", it->len, cfg->max_bytes);
        }
        ok = sink(user, it);
    }
    free(charset); /* a skipped record's */
    free(payload);
    free(source);
    return ok;
}

static bool read_warc(rstream *s, const batch_read_cfg *cfg, const char *path, batch_sink sink, void *user) {
    wreader *w = calloc(1, sizeof *w);
    if (!w) {
        cli_error("batch", "out of memory");
        exit(EXIT_IO);
    }
    w->s = s;
    char line[8192], uri[4096], type[64];
    size_t record = 0;
    bool ok = true;
    /* HTTP headers ride along with the body: they get this much room over --max-bytes. */
    uint64_t cap = cfg->max_bytes ? (uint64_t)cfg->max_bytes + 65536 : UINT64_MAX;
    while (ok) {
        /* Records are separated by blank lines: skip them, then expect the version line. */
        bool got;
        while ((got = wr_line(w, line, sizeof line)) && line[0] == '\0')
            ;
        if (!got)
            break;
        record++;
        char *rid = xprintf("%s:(record %zu)", path, record);
        if (strncmp(line, "WARC/", 5) != 0) {
            ok = emit_error(sink, user, rid, path, xprintf("damaged WARC: record %zu does not start with WARC/", record));
            free(rid);
            break;
        }
        uint64_t length = 0;
        bool have_length = false, bad = false;
        uri[0] = type[0] = '\0';
        while ((got = wr_line(w, line, sizeof line)) && line[0]) {
            char *colon = strchr(line, ':');
            if (!colon)
                continue;
            *colon = '\0';
            char *v = colon + 1;
            while (*v == ' ' || *v == '\t')
                v++;
            if (strcasecmp(line, "WARC-Type") == 0)
                snprintf(type, sizeof type, "%s", v);
            else if (strcasecmp(line, "WARC-Target-URI") == 0)
                snprintf(uri, sizeof uri, "%s", v);
            else if (strcasecmp(line, "Content-Length") == 0) {
                char *end;
                errno = 0;
                unsigned long long n = strtoull(v, &end, 10);
                have_length = !errno && end != v && *end == '\0';
                bad = !have_length;
                length = n;
            }
        }
        if (!got || !have_length || bad) {
            ok = emit_error(sink, user, uri[0] ? uri : rid, path,
                            xprintf("damaged WARC: record %zu has %s", record,
                                    !got ? "no end of headers" : "no valid Content-Length"));
            free(rid);
            break;
        }
        bool wanted = strcasecmp(type, "response") == 0 || strcasecmp(type, "resource") == 0;
        const char *id = uri[0] ? uri : rid;
        if (!wanted) {
            if (wr_take(w, NULL, length) < length) {
                ok = emit_error(sink, user, id, path, xprintf("damaged WARC: record %zu is cut short", record));
                free(rid);
                break;
            }
        } else if (length > cap) {
            uint64_t skipped = wr_take(w, NULL, length);
            ok = emit_error(sink, user, id, path,
                            xprintf("document is %llu bytes, over %zu (--max-bytes)", (unsigned long long)length,
                                    cfg->max_bytes));
            if (skipped < length) {
                free(rid);
                break;
            }
        } else {
            char *payload = malloc((size_t)length + 1);
            if (!payload) {
                cli_error("batch", "out of memory");
                exit(EXIT_IO);
            }
            if (wr_take(w, payload, length) < length) {
                free(payload);
                ok = emit_error(sink, user, id, path,
                                xprintf("damaged WARC: record %zu is cut short%s%s", record,
                                        s->error ? ": " : "", s->error ? s->error : ""));
                free(rid);
                break;
            }
            payload[length] = '\0';
            ok = warc_document(cfg, path, id, payload, (size_t)length, sink, user);
        }
        free(rid);
    }
    free(w);
    return ok;
}

static bool glob_match(const batch_read_cfg *cfg, const char *rel, const char *base);

/* Members' items name the archive as the first origin_len bytes of their source. */
typedef struct member_sink {
    batch_sink sink;
    void *user;
    size_t origin_len;
} member_sink;

static bool member_emit(void *user, batch_item *it) {
    member_sink *m = user;
    if (strlen(it->source) > m->origin_len)
        it->origin_len = m->origin_len;
    return m->sink(m->user, it);
}

static bool read_archive(const batch_read_cfg *cfg, const char *path, batch_sink outer_sink, void *outer_user,
                         batch_read_stats *stats) {
    member_sink ms = {outer_sink, outer_user, strlen(path)};
    batch_sink sink = member_emit;
    void *user = &ms;
    char why[300];
    const cli_archive_api *la = cli_archive(why, sizeof why);
    if (!la)
        return emit_error(sink, user, path, path, xprintf("cannot read archive: %s", why));
    struct archive *a = la->read_new();
    if (!a) {
        cli_error("batch", "out of memory");
        exit(EXIT_IO);
    }
    la->read_support_filter_all(a);
    la->read_support_format_tar(a);
    la->read_support_format_zip(a);
    la->read_support_format_7zip(a);
    la->read_support_format_cpio(a);
    la->read_support_format_raw(a); /* a compressed single file: data.jsonl.gz, page.html.gz */
    bool ok = true;
    if (la->read_open_filename(a, path, READ_CHUNK) != ARCHIVE_OK) {
        ok = emit_error(sink, user, path, path,
                        xprintf("cannot read archive: %s", la->error_string(a)));
        la->read_free(a);
        return ok;
    }
    rstream s = {.fd = -1, .ar = a, .la = la, .stats = stats};
    struct archive_entry *e;
    size_t members = 0;
    for (;;) {
        int r = la->read_next_header(a, &e);
        uint64_t now = (uint64_t)la->filter_bytes(a, -1);
        if (now > s.ar_counted) {
            stats_add(stats, now - s.ar_counted);
            s.ar_counted = now;
        }
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            /* A damaged archive: the documents read so far stand, the rest are lost. */
            char *id = xprintf("%s:(after %zu member%s)", path, members, members == 1 ? "" : "s");
            ok = emit_error(sink, user, id, path, xprintf("damaged archive: %s", la->error_string(a)));
            free(id);
            break;
        }
        if (la->entry_filetype(e) != AE_IFREG)
            continue;
        members++;
        if (la->format(a) != ARCHIVE_FORMAT_RAW && cfg->glob) {
            const char *m = la->entry_pathname(e);
            const char *base = m ? strrchr(m, '/') : NULL;
            if (m && !glob_match(cfg, m, base ? base + 1 : m))
                continue;
        }
        bool raw = la->format(a) == ARCHIVE_FORMAT_RAW;
        const char *member = la->entry_pathname_utf8(e);
        if (!member)
            member = la->entry_pathname(e);
        if (!member)
            member = "";
        /* A raw stream is the file itself, decompressed: its id is the file's path. */
        char *source = raw ? xstrdup(path) : xprintf("%s:%s", path, member);
        const char *id = raw ? path : member;
        char inner[1024];
        snprintf(inner, sizeof inner, "%s", raw ? path : member);
        if (raw) { /* name without the compression suffix, for the kind */
            char *dot = strrchr(inner, '.');
            if (dot && strchr(dot, '/') == NULL)
                *dot = '\0';
        }
        if (cfg->max_bytes && la->entry_size_is_set(e) &&
            (uint64_t)la->entry_size(e) > cfg->max_bytes && !name_is_jsonl(inner)) {
            ok = emit_error(sink, user, id, source,
                            xprintf("member is %jd bytes, over %zu (--max-bytes)",
                                    (intmax_t)la->entry_size(e), cfg->max_bytes));
        } else if (name_is_jsonl(inner)) {
            jsonl_ctx c = {cfg, raw ? path : source, source, sink, user};
            ok = read_jsonl(&s, &c);
        } else if (raw) {
            /* Sniff the head of the decompressed bytes, then stream them as JSONL or read them
             * as one document. */
            char head[4096];
            size_t hn = 0;
            ptrdiff_t got = 0;
            while (hn < sizeof head && (got = rs_read(&s, head + hn, sizeof head - hn)) > 0)
                hn += (size_t)got;
            s.pre = head;
            s.pre_len = hn;
            if (got < 0) {
                ok = emit_error(sink, user, id, source, xprintf("unreadable: %s", s.error));
            } else if (hn >= 5 && memcmp(head, "WARC/", 5) == 0) {
                ok = read_warc(&s, cfg, path, outer_sink, outer_user);
            } else if (looks_jsonl(head, hn) && !name_is_html(inner)) {
                jsonl_ctx c = {cfg, path, source, sink, user};
                ok = read_jsonl(&s, &c);
            } else {
                ok = read_document(&s, cfg, id, source, name_is_html(inner) ? RK_HTML : RK_TEXT, sink, user);
            }
        } else {
            ok = read_document(&s, cfg, id, source, name_is_html(inner) ? RK_HTML : RK_TEXT, sink, user);
        }
        bool damaged = s.error != NULL;
        free(source);
        if (damaged) /* the stream is unusable after a failed member read */
            break;
        if (!ok)
            break;
    }
    uint64_t now = (uint64_t)la->filter_bytes(a, -1);
    if (now > s.ar_counted)
        stats_add(stats, now - s.ar_counted);
    la->read_free(a);
    return ok;
}

/* ---- files and directories ----------------------------------------------------------------------- */

static bool read_file(const batch_read_cfg *cfg, const char *path, batch_sink sink, void *user,
                      batch_read_stats *stats) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        cli_error(path, "%s", strerror(errno));
        stats->input_errors++;
        return true;
    }
    unsigned char head[512];
    ssize_t hn = pread(fd, head, sizeof head, 0);
    /* A FIFO or a process substitution (<(zcat ...)) cannot be read twice: its head is read
     * once here and served first to the reader. */
    bool stream = hn < 0 && errno == ESPIPE;
    if (stream) {
        /* as much as has come, at least enough to tell JSONL, HTML and archives apart (a
         * writer that sends a record and waits must not leave the record unread) */
        hn = 0;
        while (hn < 64) {
            ssize_t r = read(fd, head + hn, sizeof head - (size_t)hn);
            if (r < 0 && errno == EINTR && !(stats->interrupted && *stats->interrupted))
                continue;
            if (r <= 0)
                break;
            hn += r;
        }
        stats_add(stats, (uint64_t)hn);
    }
    if (hn < 0) {
        cli_error(path, "%s", strerror(errno));
        stats->input_errors++;
        close(fd);
        return true;
    }
    rkind kind;
    if (cfg->kind == BATCH_KIND_JSONL)
        kind = RK_JSONL;
    else if (cfg->kind == BATCH_KIND_TEXT)
        kind = RK_TEXT;
    else if (cfg->kind == BATCH_KIND_HTML)
        kind = RK_HTML;
    else if (name_is_jsonl(path))
        kind = RK_JSONL;
    else if (looks_archive(head, (size_t)hn))
        kind = RK_ARCHIVE;
    else if (name_is_html(path) || looks_html((const char *)head, (size_t)hn))
        kind = RK_HTML;
    else if (!has_suffix(path, ".txt") && looks_jsonl((const char *)head, (size_t)hn))
        kind = RK_JSONL;
    else
        kind = RK_TEXT;
    bool ok;
    rstream s = {.fd = fd, .stats = stats};
    if (stream) {
        s.pre = (const char *)head;
        s.pre_len = (size_t)hn;
    }
    if (kind == RK_ARCHIVE && stream && !(hn >= 5 && memcmp(head, "WARC/", 5) == 0)) {
        cli_error(path, "an archive cannot be read from a pipe; save it to a file first");
        stats->input_errors++;
        close(fd);
        return true;
    }
    if (kind == RK_ARCHIVE && hn >= 5 && memcmp(head, "WARC/", 5) == 0) {
        ok = read_warc(&s, cfg, path, sink, user);
        close(fd);
        return ok;
    }
    if (kind == RK_ARCHIVE) {
        close(fd);
        return read_archive(cfg, path, sink, user, stats);
    }
    if (kind == RK_JSONL) {
        jsonl_ctx c = {cfg, path, path, sink, user};
        ok = read_jsonl(&s, &c);
    } else {
        ok = read_document(&s, cfg, path, path, kind, sink, user);
    }
    close(fd);
    return ok;
}

static int entry_filter(const struct dirent *d) {
    return strcmp(d->d_name, ".") != 0 && strcmp(d->d_name, "..") != 0;
}

/* Byte order of names (strcmp), not the locale's: the same order everywhere. */
static int entry_order(const struct dirent **a, const struct dirent **b) {
    return strcmp((*a)->d_name, (*b)->d_name);
}

static bool glob_match(const batch_read_cfg *cfg, const char *rel, const char *base) {
    if (!cfg->glob)
        return true;
    if (strchr(cfg->glob, '/'))
        return fnmatch(cfg->glob, rel, FNM_PATHNAME) == 0;
    return fnmatch(cfg->glob, base, 0) == 0;
}

/* Calls fn on every regular file under dir that passes --glob, in byte order of names. */
typedef bool (*file_fn)(void *ctx, const char *path);

static bool walk_dir(const batch_read_cfg *cfg, const char *dir, size_t root_len, int depth, file_fn fn,
                     void *ctx, batch_read_stats *stats, bool report) {
    if (depth > MAX_DEPTH) {
        if (report)
            cli_error(dir, "directories nested over %d deep (a symlink loop?): skipped", MAX_DEPTH);
        stats->input_errors++;
        return true;
    }
    struct dirent **names = NULL;
    int n = scandir(dir, &names, entry_filter, entry_order);
    if (n < 0) {
        if (report)
            cli_error(dir, "%s", strerror(errno));
        stats->input_errors++;
        return true;
    }
    bool ok = true;
    for (int i = 0; i < n; i++) {
        if (ok) {
            size_t dl = strlen(dir);
            char *path = dl && dir[dl - 1] == '/' ? xprintf("%s%s", dir, names[i]->d_name)
                                                  : xprintf("%s/%s", dir, names[i]->d_name);
            struct stat st;
            if (stat(path, &st) != 0) {
                if (report)
                    cli_error(path, "%s", strerror(errno));
                stats->input_errors++;
            } else if (S_ISDIR(st.st_mode)) {
                ok = walk_dir(cfg, path, root_len, depth + 1, fn, ctx, stats, report);
            } else if (S_ISREG(st.st_mode) && glob_match(cfg, path + root_len, names[i]->d_name)) {
                ok = fn(ctx, path);
            }
            free(path);
        }
        free(names[i]);
    }
    free(names);
    return ok;
}

typedef struct read_ctx {
    const batch_read_cfg *cfg;
    batch_sink sink;
    void *user;
    batch_read_stats *stats;
} read_ctx;

static bool read_one(void *ctx, const char *path) {
    read_ctx *c = ctx;
    return read_file(c->cfg, path, c->sink, c->user, c->stats);
}

static size_t root_prefix(const char *dir) {
    size_t n = strlen(dir);
    return n && dir[n - 1] == '/' ? n : n + 1;
}

/* ---- lists of URLs (--type urls) ----------------------------------------------------------------- */

/* One URL a line; blank lines and lines starting with '#' are skipped. Each URL becomes an
 * item the worker fetches (batch_doc.c), id the URL and source the list; a line that is not
 * an http(s) URL is an error line of its own. */
static bool read_urls(rstream *s, const batch_read_cfg *cfg, const char *name, batch_sink sink, void *user) {
    char *text = NULL;
    size_t len = 0;
    char *why = slurp(s, cfg->max_bytes, &text, &len);
    if (why)
        return emit_error(sink, user, name, name, why);
    bool ok = true;
    size_t lineno = 0;
    for (size_t i = 0; i < len && ok;) {
        size_t e = i;
        while (e < len && text[e] != '\n')
            e++;
        lineno++;
        size_t a = i, b = e;
        while (a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r'))
            a++;
        while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\r'))
            b--;
        i = e + 1;
        if (a == b || text[a] == '#')
            continue;
        char *url = strndup(text + a, b - a);
        if (!url) {
            cli_error("batch", "out of memory");
            exit(EXIT_IO);
        }
        if (!fetch_is_url(url)) {
            char *id = xprintf("%s:%zu", name, lineno);
            ok = emit_error(sink, user, id, name, xprintf("not an http:// or https:// URL: %.200s", url));
            free(id);
            free(url);
            continue;
        }
        batch_item *it = item_new(url, name);
        it->url = url;
        ok = sink(user, it);
    }
    free(text);
    return ok;
}

bool batch_read_input(const batch_read_cfg *cfg, const char *path, batch_sink sink, void *user,
                      batch_read_stats *stats) {
    if (cfg->kind == BATCH_KIND_URLS) {
        bool is_stdin = strcmp(path, "-") == 0;
        if (is_stdin && isatty(STDIN_FILENO)) {
            cli_error("(stdin)", "refusing to read from a terminal; give a file or pipe URLs in");
            stats->input_errors++;
            return true;
        }
        int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            cli_error(path, "%s", strerror(errno));
            stats->input_errors++;
            return true;
        }
        rstream s = {.fd = fd, .stats = stats};
        bool ok = read_urls(&s, cfg, path, sink, user);
        if (!is_stdin)
            close(fd);
        return ok;
    }
    if (strcmp(path, "-") == 0) {
        if (isatty(STDIN_FILENO)) {
            cli_error("(stdin)", "refusing to read from a terminal; give a file or pipe JSONL in");
            stats->input_errors++;
            return true;
        }
        rstream s = {.fd = STDIN_FILENO, .stats = stats};
        jsonl_ctx c = {cfg, "-", "-", sink, user};
        return read_jsonl(&s, &c);
    }
    struct stat st;
    if (stat(path, &st) != 0) {
        cli_error(path, "%s", strerror(errno));
        stats->input_errors++;
        return true;
    }
    if (S_ISDIR(st.st_mode)) {
        read_ctx c = {cfg, sink, user, stats};
        return walk_dir(cfg, path, root_prefix(path), 0, read_one, &c, stats, true);
    }
    return read_file(cfg, path, sink, user, stats);
}

typedef struct size_ctx {
    uint64_t total;
} size_ctx;

static bool add_size(void *ctx, const char *path) {
    struct stat st;
    if (stat(path, &st) == 0)
        ((size_ctx *)ctx)->total += (uint64_t)st.st_size;
    return true;
}

uint64_t batch_inputs_total(const batch_read_cfg *cfg, char **paths, int n) {
    size_ctx c = {0};
    batch_read_stats quiet = {0};
    for (int i = 0; i < n; i++) {
        struct stat st;
        if (strcmp(paths[i], "-") == 0)
            return 0;
        if (stat(paths[i], &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            /* Errors are reported once, by the reading pass. */
            walk_dir(cfg, paths[i], root_prefix(paths[i]), 0, add_size, &c, &quiet, false);
        } else if (S_ISREG(st.st_mode)) {
            c.total += (uint64_t)st.st_size;
        } else {
            return 0;
        }
    }
    return c.total;
}
