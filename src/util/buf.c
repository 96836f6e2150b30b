/* buf.c — see buf.h. Appends are amortised O(1) per byte. */
#include "util/buf.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void buf_init(buf *b) {
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->failed = false;
}

void buf_free(buf *b) {
    free(b->data);
    buf_init(b);
}

bool buf_reserve(buf *b, size_t extra) {
    if (b->failed)
        return false;
    if (b->len + extra + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) {
        if (cap > ((size_t)-1) / 2) {
            b->failed = true;
            return false;
        }
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void buf_append_grow(buf *b, const char *s, size_t len) {
    if (!buf_reserve(b, len))
        return;
    if (len)
        memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
}


void buf_putc_grow(buf *b, char c) {
    if (!buf_reserve(b, 1))
        return;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

/* Appends an integer in decimal, as printf's %d/%u do without flags, width or precision. */
static void put_dec(buf *b, unsigned long long v, bool neg) {
    char tmp[24];
    size_t k = sizeof tmp;
    do {
        tmp[--k] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    if (neg)
        tmp[--k] = '-';
    buf_append(b, tmp + k, sizeof tmp - k);
}

void buf_put_uint(buf *b, unsigned long long v) { put_dec(b, v, false); }

void buf_put_int(buf *b, long long v) {
    put_dec(b, v < 0 ? (unsigned long long)(-(v + 1)) + 1 : (unsigned long long)v, v < 0);
}

enum arg_len { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_Z, LEN_J, LEN_T, LEN_LD };

/* snprintf of one conversion `sp` with its star arguments and one value, into the buffer:
 * into a small array first, and when that is too short again straight into the buffer. */
#define PUT_ONE(b, sp, star_w, star_p, w, pr, arg)                                                 \
    do {                                                                                        \
        char small_[128];                                                                       \
        char *out_ = small_;                                                                    \
        size_t cap_ = sizeof small_;                                                            \
        int n_ = 0;                                                                             \
        for (int pass_ = 0; pass_ < 2; pass_++) {                                               \
            n_ = star_w ? (star_p ? snprintf(out_, cap_, sp, w, pr, arg) : snprintf(out_, cap_, sp, w, arg)) \
                        : (star_p ? snprintf(out_, cap_, sp, pr, arg) : snprintf(out_, cap_, sp, arg));        \
            if (n_ < 0 || (size_t)n_ < cap_ || !buf_reserve(b, (size_t)n_))                     \
                break;                                                                          \
            out_ = b->data + b->len;                                                            \
            cap_ = (size_t)n_ + 1;                                                              \
        }                                                                                       \
        if (n_ < 0)                                                                             \
            (b)->failed = true;                                                                 \
        else if (out_ == small_ && (size_t)n_ < sizeof small_)                                  \
            buf_append(b, small_, (size_t)n_);                                                  \
        else if (!(b)->failed)                                                                  \
            (b)->len += (size_t)n_;                                                             \
    } while (0)

/* A conversion the fast paths of buf_printf leave (floating point, flags, widths, pointers):
 * snprintf with that conversion alone, its arguments taken here by type. */
static void put_slow(buf *b, const char *spec, size_t spec_len, bool star_w, bool star_p, enum arg_len l,
                     char conv, va_list *ap) {
    char sp[48];
    if (spec_len >= sizeof sp) {
        b->failed = true;
        return;
    }
    memcpy(sp, spec, spec_len);
    sp[spec_len] = '\0';
    int w = star_w ? va_arg(*ap, int) : 0;
    int pr = star_p ? va_arg(*ap, int) : 0;
    switch (conv) {
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
        if (l == LEN_LD) {
            long double v = va_arg(*ap, long double);
            PUT_ONE(b, sp, star_w, star_p, w, pr, v);
        } else {
            double v = va_arg(*ap, double);
            PUT_ONE(b, sp, star_w, star_p, w, pr, v);
        }
        return;
    case 's': case 'p': {
        const void *v = va_arg(*ap, const void *);
        PUT_ONE(b, sp, star_w, star_p, w, pr, v);
        return;
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'c':
        switch (l) {
        case LEN_L: {
            long v = va_arg(*ap, long);
            PUT_ONE(b, sp, star_w, star_p, w, pr, v);
            return;
        }
        case LEN_LL: {
            long long v = va_arg(*ap, long long);
            PUT_ONE(b, sp, star_w, star_p, w, pr, v);
            return;
        }
        case LEN_Z: {
            size_t v = va_arg(*ap, size_t);
            PUT_ONE(b, sp, star_w, star_p, w, pr, v);
            return;
        }
        case LEN_J: {
            intmax_t v = va_arg(*ap, intmax_t);
            PUT_ONE(b, sp, star_w, star_p, w, pr, v);
            return;
        }
        case LEN_T: {
            ptrdiff_t v = va_arg(*ap, ptrdiff_t);
            PUT_ONE(b, sp, star_w, star_p, w, pr, v);
            return;
        }
        default: {
            int v = va_arg(*ap, int);
            PUT_ONE(b, sp, star_w, star_p, w, pr, v);
            return;
        }
        }
    default:
        b->failed = true; /* %n and unknown conversions: never used */
    }
}

/* %.Nf of a finite double, N <= 9, as glibc prints it (the exact binary value rounded to N
 * decimals, ties to even, in the default rounding mode; a minus sign whenever the sign bit
 * is set): x = m * 2^e, so x * 10^N = m * 10^N * 2^e is an integer of at most 83 bits shifted
 * right by -e, rounded by the bits shifted out. False for values it leaves to snprintf
 * (|x| >= 2^63, or a result over 64 bits). */
static bool put_fixed(buf *b, double x, int prec) {
#ifndef __SIZEOF_INT128__
    (void)b, (void)x, (void)prec;
    return false; /* no 128-bit integers: snprintf does it */
#else
    static const uint32_t POW10[10] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
                                       1000000000};
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    bool neg = bits >> 63;
    int ex = (int)((bits >> 52) & 0x7FF);
    uint64_t m = bits & ((1ull << 52) - 1);
    if (ex == 0x7FF)
        return false; /* inf, nan */
    int e;
    if (ex == 0) {
        e = -1074;
    } else {
        m |= 1ull << 52;
        e = ex - 1075;
    }
    unsigned __int128 num = (unsigned __int128)m * POW10[prec], q;
    if (e >= 0) {
        if (e > 10)
            return false;
        q = num << e;
    } else if (-e >= 84) {
        q = 0; /* below half a unit of the last decimal: num < 2^83 <= half */
    } else {
        int sh = -e;
        q = num >> sh;
        unsigned __int128 rem = num & (((unsigned __int128)1 << sh) - 1), half = (unsigned __int128)1 << (sh - 1);
        if (rem > half || (rem == half && (q & 1)))
            q++;
    }
    if (q >> 64)
        return false;
    uint64_t v = (uint64_t)q, ip = v / POW10[prec], fp = v % POW10[prec];
    char tmp[48];
    size_t k = sizeof tmp;
    for (int d = 0; d < prec; d++) {
        tmp[--k] = (char)('0' + fp % 10);
        fp /= 10;
    }
    if (prec)
        tmp[--k] = '.';
    do {
        tmp[--k] = (char)('0' + ip % 10);
        ip /= 10;
    } while (ip);
    if (neg)
        tmp[--k] = '-';
    buf_append(b, tmp + k, sizeof tmp - k);
    return true;
#endif
}

/* %.Pg of a double that is an integer of at most P digits (P <= 15): %g then prints it in
 * the style of %f with every fraction digit a trailing zero, which it drops with the point,
 * so its digits alone ("-0" for minus zero). False for any other value, left to snprintf.
 * Quantities are mostly whole numbers: snprintf took 1,700 instructions a value. */
static bool put_integral_g(buf *b, double x, int prec) {
    static const double LIMIT[16] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                     1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    int p = prec ? prec : 1;
    if (p > 15 || !(x > -LIMIT[p] && x < LIMIT[p]))
        return false; /* NaN fails the test too */
    long long v = (long long)x;
    if ((double)v != x)
        return false;
    bool neg = signbit(x);
    put_dec(b, neg ? (unsigned long long)(-v) : (unsigned long long)v, neg);
    return true;
}

void buf_put_fixed(buf *b, double x, int prec) {
    if (prec < 0 || prec > 9 || !put_fixed(b, x, prec))
        buf_printf(b, "%.*f", prec, x);
}

/* printf into the buffer. The conversions output is made of (%u, %d, %zu, %s, %.*s, %c,
 * %.Nf) are formatted here, straight into the buffer; the rest go through snprintf one at a
 * time. vsnprintf of a whole format cost about 1,300 instructions a call, and JSON output
 * makes a hundred thousand calls per thousand documents. */
void buf_printf(buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    const char *p = fmt;
    while (*p) {
        /* the literal up to the next conversion: strchr scans it a vector at a time */
        const char *q = strchr(p, '%');
        if (!q)
            q = p + strlen(p);
        if (q > p)
            buf_append(b, p, (size_t)(q - p));
        if (!*q)
            break;
        const char *spec = q++;
        bool plain = true, star_w = false, star_p = false, has_prec = false;
        int prec = 0;
        while (*q == '-' || *q == '+' || *q == ' ' || *q == '#' || *q == '0')
            q++, plain = false;
        if (*q == '*')
            q++, star_w = true, plain = false;
        else
            while (*q >= '0' && *q <= '9')
                q++, plain = false;
        if (*q == '.') {
            has_prec = true;
            q++;
            if (*q == '*')
                q++, star_p = true;
            else
                while (*q >= '0' && *q <= '9' && prec < 100000)
                    prec = prec * 10 + (*q++ - '0');
        }
        enum arg_len l = LEN_NONE;
        switch (*q) {
        case 'h': l = q[1] == 'h' ? LEN_HH : LEN_H; q += q[1] == 'h' ? 2 : 1; break;
        case 'l': l = q[1] == 'l' ? LEN_LL : LEN_L; q += q[1] == 'l' ? 2 : 1; break;
        case 'z': l = LEN_Z; q++; break;
        case 'j': l = LEN_J; q++; break;
        case 't': l = LEN_T; q++; break;
        case 'L': l = LEN_LD; q++; break;
        default: break;
        }
        char conv = *q;
        if (!conv) {
            b->failed = true;
            break;
        }
        q++;
        p = q;
        if (plain && conv == 's' && l == LEN_NONE) {
            int n = star_p ? va_arg(ap, int) : prec;
            const char *s = va_arg(ap, const char *);
            if (s) {
                buf_append(b, s, has_prec && n >= 0 ? strnlen(s, (size_t)n) : strlen(s));
                continue;
            }
            /* NULL (undefined for printf; never passed here): what glibc prints */
            if (!has_prec || n < 0 || n >= 6)
                buf_append(b, "(null)", 6);
            continue;
        }
        /* %f (precision up to 9) and %g of a whole number without snprintf; the argument is
         * read from a copy, and taken only when the fast path wrote it */
        if (plain && l == LEN_NONE && !star_p && ((conv == 'f' && (!has_prec || prec <= 9)) || conv == 'g')) {
            va_list copy;
            va_copy(copy, ap);
            double x = va_arg(copy, double);
            va_end(copy);
            int digits = has_prec ? prec : 6;
            if (conv == 'f' ? put_fixed(b, x, digits) : put_integral_g(b, x, digits)) {
                (void)va_arg(ap, double);
                continue;
            }
        }
        if (plain && !has_prec) {
            switch (conv) {
            case '%':
                if (l == LEN_NONE) {
                    buf_putc(b, '%');
                    continue;
                }
                break;
            case 'c':
                if (l == LEN_NONE) {
                    buf_putc(b, (char)va_arg(ap, int));
                    continue;
                }
                break;
            case 'd': case 'i': {
                long long v;
                switch (l) {
                case LEN_L: v = va_arg(ap, long); break;
                case LEN_LL: v = va_arg(ap, long long); break;
                case LEN_Z: v = (long long)va_arg(ap, size_t); break; /* %zd: ssize_t, same size */
                case LEN_J: v = (long long)va_arg(ap, intmax_t); break;
                case LEN_T: v = (long long)va_arg(ap, ptrdiff_t); break;
                case LEN_HH: v = (signed char)va_arg(ap, int); break;
                case LEN_H: v = (short)va_arg(ap, int); break;
                default: v = va_arg(ap, int); break;
                }
                put_dec(b, v < 0 ? (unsigned long long)(-(v + 1)) + 1 : (unsigned long long)v, v < 0);
                continue;
            }
            case 'u': {
                unsigned long long v;
                switch (l) {
                case LEN_L: v = va_arg(ap, unsigned long); break;
                case LEN_LL: v = va_arg(ap, unsigned long long); break;
                case LEN_Z: v = va_arg(ap, size_t); break;
                case LEN_J: v = (unsigned long long)va_arg(ap, uintmax_t); break;
                case LEN_T: v = (unsigned long long)va_arg(ap, ptrdiff_t); break;
                case LEN_HH: v = (unsigned char)va_arg(ap, unsigned); break;
                case LEN_H: v = (unsigned short)va_arg(ap, unsigned); break;
                default: v = va_arg(ap, unsigned); break;
                }
                put_dec(b, v, false);
                continue;
            }
            default:
                break;
            }
        }
        put_slow(b, spec, (size_t)(q - spec), star_w, star_p, l, conv, &ap);
    }
    va_end(ap);
}

/* Whether any of the 8 bytes of x is a control character, '"' or a backslash (the bytes a
 * JSON string escapes): the usual has-zero-byte and has-less-than tests on words. */
static inline bool needs_escape8(uint64_t x) {
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t q = x ^ (ones * '"'), bs = x ^ (ones * '\\');
    uint64_t lt = (x - ones * 0x20) & ~x, zq = (q - ones) & ~q, zb = (bs - ones) & ~bs;
    return ((lt | zq | zb) & high) != 0;
}

void buf_json_string(buf *b, const char *s, size_t len) {
    static const char hex[] = "0123456789abcdef";
    buf_putc(b, '"');
    size_t run = 0, i = 0; /* run: start of the pending run of bytes that need no escaping */
    for (;;) {
        /* eight bytes at a time while none needs escaping (most text), then a byte at a time
         * up to the one that does (in those eight) or to the end (fewer than eight left) */
        while (i + 8 <= len) {
            uint64_t x;
            memcpy(&x, s + i, sizeof x);
            if (needs_escape8(x))
                break;
            i += 8;
        }
        unsigned char c = 0;
        while (i < len && (c = (unsigned char)s[i]) >= 0x20 && c != '"' && c != '\\')
            i++;
        if (i >= len)
            break;
        buf_append(b, s + run, i - run);
        run = ++i;
        switch (c) {
        case '"': buf_append(b, "\\\"", 2); break;
        case '\\': buf_append(b, "\\\\", 2); break;
        case '\n': buf_append(b, "\\n", 2); break;
        case '\r': buf_append(b, "\\r", 2); break;
        case '\t': buf_append(b, "\\t", 2); break;
        default: {
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            buf_append(b, e, 6);
        }
        }
    }
    buf_append(b, s + run, len - run);
    buf_putc(b, '"');
}

void buf_html(buf *b, const char *s, size_t len) {
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        const char *rep = NULL;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        default: continue;
        }
        buf_append(b, s + run, i - run);
        buf_puts(b, rep);
        run = i + 1;
    }
    buf_append(b, s + run, len - run);
}

char *buf_detach(buf *b, size_t *len_out) {
    if (!b->data)
        buf_reserve(b, 0);
    char *p = b->data;
    if (len_out)
        *len_out = b->len;
    buf_init(b);
    return p;
}
