/* sized: the ABI policy's copy of an options struct that begins with its size (docs/
 * ARCHITECTURE.md, "ABI"). A caller built against an older header has a smaller struct, one
 * built against a newer header a larger one; both share the leading fields. */
#ifndef PRECIS_UTIL_SIZED_H
#define PRECIS_UTIL_SIZED_H
#include <stddef.h>
#include <string.h>

/* Writes the first `size` bytes of `full` (a struct of full_size bytes holding this version's
 * defaults) to `dst`; the bytes past full_size, fields this version does not know, are zeroed. */
static inline void sized_init(void *dst, size_t size, const void *full, size_t full_size) {
    memcpy(dst, full, size < full_size ? size : full_size);
    if (size > full_size)
        memset((char *)dst + full_size, 0, size - full_size);
}
#endif
