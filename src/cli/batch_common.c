/* batch_common.c — small shared pieces of `precis batch`: a growable string with JSON string
 * escaping, and freeing items. The JSON escaper validates UTF-8 as it goes (linear in the
 * input) and writes U+FFFD for invalid sequences, so a file name or member path in any
 * encoding still gives a line that parses. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch_common.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <sys/mman.h>
#endif

void *batch_heap_huge(size_t bytes) {
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    const uintptr_t huge = (uintptr_t)2 << 20;
    /* glibc hands a thread's heap out from the bottom up: a small block shows where the free
     * part starts, the kept block takes it to just short of the next 2 MB boundary, and the
     * block after it starts there */
    char *probe = malloc(1);
    if (!probe)
        return NULL;
    uintptr_t edge = ((uintptr_t)probe + 4096 + huge - 1) & ~(huge - 1);
    char *keep = malloc(edge - (uintptr_t)probe - 256);
    char *block = keep ? malloc(bytes) : NULL;
    if (block) {
        /* only whole huge pages inside the block: whatever the layout, nothing of anyone
         * else's is advised */
        uintptr_t lo = ((uintptr_t)block + huge - 1) & ~(huge - 1);
        uintptr_t hi = ((uintptr_t)block + bytes) & ~(huge - 1);
        if (hi > lo)
            (void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
    }
    /* given back, the block stays the heap's top: glibc trims a heap only past
     * M_TRIM_THRESHOLD, which `precis batch` sets to 64 MB (keep_freed_memory) */
    free(block);
    free(probe);
    return keep;
#else
    (void)bytes;
    return NULL;
#endif
}

void bstr_free(bstr *s) {
    free(s->data);
    s->data = NULL;
    s->len = s->cap = 0;
}

bool bstr_reserve(bstr *s, size_t extra) {
    if (s->failed)
        return false;
    if (s->len + extra + 1 <= s->cap)
        return true;
    size_t cap = s->cap ? s->cap : 256;
    while (cap < s->len + extra + 1) {
        if (cap > ((size_t)-1) / 2) {
            s->failed = true;
            return false;
        }
        cap *= 2;
    }
    char *p = realloc(s->data, cap);
    if (!p) {
        s->failed = true;
        return false;
    }
    s->data = p;
    s->cap = cap;
    return true;
}

void bstr_add(bstr *s, const char *p, size_t n) {
    if (!bstr_reserve(s, n))
        return;
    if (n)
        memcpy(s->data + s->len, p, n);
    s->len += n;
    s->data[s->len] = '\0';
}

void bstr_adds(bstr *s, const char *p) { bstr_add(s, p, strlen(p)); }

void bstr_addc(bstr *s, char c) { bstr_add(s, &c, 1); }

size_t utf8_valid_len(const unsigned char *p, size_t n) {
    unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return n >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0))
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

void bstr_json(bstr *s, const char *p, size_t n) {
    static const char hex[] = "0123456789abcdef";
    if (!bstr_reserve(s, n + 2))
        return;
    bstr_addc(s, '"');
    const unsigned char *u = (const unsigned char *)p;
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (run < n && u[run] >= 0x20 && u[run] < 0x80 && u[run] != '"' && u[run] != '\\')
            run++;
        if (run > i) {
            bstr_add(s, p + i, run - i);
            i = run;
            continue;
        }
        unsigned char c = u[i];
        if (c >= 0x80) {
            size_t k = utf8_valid_len(u + i, n - i);
            if (k) {
                bstr_add(s, p + i, k);
                i += k;
            } else {
                bstr_add(s, "\xEF\xBF\xBD", 3);
                i++;
            }
            continue;
        }
        switch (c) {
        case '"': bstr_add(s, "\\\"", 2); break;
        case '\\': bstr_add(s, "\\\\", 2); break;
        case '\n': bstr_add(s, "\\n", 2); break;
        case '\r': bstr_add(s, "\\r", 2); break;
        case '\t': bstr_add(s, "\\t", 2); break;
        default: {
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            bstr_add(s, e, 6);
        }
        }
        i++;
    }
    bstr_addc(s, '"');
}

char *batch_strf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = malloc((size_t)n + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void batch_item_free(batch_item *it) {
    if (!it)
        return;
    free(it->id);
    free(it->source);
    free(it->text);
    free(it->error);
    free(it->url);
    free(it->charset);
    for (int i = 0; i < BOPT_COUNT; i++)
        free(it->opt[i]);
    free(it);
}
