/* fuzz_common.h — shared by the CLI-reader fuzz targets: the fuzz input as a file. The batch
 * readers and `precis eval` read paths, so each input is written to one memfd, reached as
 * /proc/self/fd/N (a regular file: libarchive may reopen and seek it). */
#ifndef PRECIS_FUZZ_COMMON_H
#define PRECIS_FUZZ_COMMON_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

/* Writes data[0..size) to the target's memfd and returns its path (static storage). */
static inline const char *fuzz_as_file(const uint8_t *data, size_t size) {
    static int fd = -1;
    static char path[64];
    if (fd < 0) {
        fd = memfd_create("fuzz-input", 0);
        if (fd < 0)
            abort();
        snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    }
    if (ftruncate(fd, 0) != 0)
        abort();
    size_t done = 0;
    while (done < size) {
        ssize_t w = pwrite(fd, data + done, size - done, (off_t)done);
        if (w <= 0)
            abort();
        done += (size_t)w;
    }
    return path;
}
#endif
