/* batch_fetch.c — politeness for `precis batch -t urls`: requests to one host start at least
 * --delay seconds apart, whichever worker makes them; different hosts proceed in parallel,
 * as many at once as there are workers. The gate is a small table of host -> next free start
 * time behind one mutex, held only to read and book a slot (never while sleeping or
 * fetching). Cost: a linear scan of the hosts seen so far per request; a list of URLs names
 * few hosts compared with its pages. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "batch_common.h"

typedef struct host_slot {
    char *host;
    double next; /* CLOCK_MONOTONIC seconds */
} host_slot;

struct batch_hosts {
    pthread_mutex_t lock;
    double delay;
    host_slot *v;
    size_t n, cap;
};

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

batch_hosts *batch_hosts_new(double delay) {
    batch_hosts *h = calloc(1, sizeof *h);
    if (!h)
        return NULL;
    pthread_mutex_init(&h->lock, NULL);
    h->delay = delay;
    return h;
}

void batch_hosts_free(batch_hosts *h) {
    if (!h)
        return;
    for (size_t i = 0; i < h->n; i++)
        free(h->v[i].host);
    free(h->v);
    pthread_mutex_destroy(&h->lock);
    free(h);
}

/* The host part of a URL (after "scheme://" and any "user@", up to ':' '/' '?' '#'). */
static size_t host_of(const char *url, const char **start) {
    const char *p = strstr(url, "://");
    p = p ? p + 3 : url;
    size_t n = strcspn(p, "/?#");
    const char *at = memchr(p, '@', n);
    if (at) {
        n -= (size_t)(at + 1 - p);
        p = at + 1;
    }
    size_t colon = strcspn(p, ":/?#");
    *start = p;
    return colon < n ? colon : n;
}

void batch_hosts_wait(batch_hosts *h, const char *url) {
    if (!h || h->delay <= 0)
        return;
    const char *host;
    size_t n = host_of(url, &host);
    double start;
    pthread_mutex_lock(&h->lock);
    host_slot *slot = NULL;
    for (size_t i = 0; i < h->n && !slot; i++)
        if (strlen(h->v[i].host) == n && strncasecmp(h->v[i].host, host, n) == 0)
            slot = &h->v[i];
    if (!slot && h->n == h->cap) {
        size_t cap = h->cap ? h->cap * 2 : 16;
        host_slot *v = realloc(h->v, cap * sizeof *v);
        if (v) {
            h->v = v;
            h->cap = cap;
        }
    }
    if (!slot && h->n < h->cap) {
        char *copy = strndup(host, n);
        if (copy) {
            slot = &h->v[h->n++];
            slot->host = copy;
            slot->next = 0;
        }
    }
    double t = now();
    start = slot && slot->next > t ? slot->next : t;
    if (slot)
        slot->next = start + h->delay;
    /* out of memory: no slot, no waiting; politeness is lost for this request only */
    pthread_mutex_unlock(&h->lock);
    double wait = start - t;
    if (wait > 0) {
        struct timespec ts = {(time_t)wait, (long)((wait - (double)(time_t)wait) * 1e9)};
        while (nanosleep(&ts, &ts) != 0)
            ;
    }
}
