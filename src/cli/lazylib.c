/* lazylib.c — see lazylib.h. The sonames come from the build (PRECIS_CURL_SONAME,
 * PRECIS_ARCHIVE_SONAME: the libraries the headers belong to). */
#include "lazylib.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#ifndef PRECIS_CURL_SONAME
#define PRECIS_CURL_SONAME "libcurl.so.4"
#endif
#ifndef PRECIS_ARCHIVE_SONAME
#define PRECIS_ARCHIVE_SONAME "libarchive.so.13"
#endif

/* One library: its name, the symbols in the order of the table's members (every member is a
 * function pointer of one size, with no padding: the table is filled member by member as
 * bytes), and the outcome. */
typedef struct lib_state {
    const char *soname;
    const char *const *symbols;
    size_t n;
    unsigned char *table;
    char why[256]; /* empty when the table is complete */
} lib_state;

static void open_lib(lib_state *s) {
    void *h = dlopen(s->soname, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *e = dlerror();
        snprintf(s->why, sizeof s->why, "cannot open %s (%s)", s->soname, e ? e : "unknown error");
        return;
    }
    for (size_t i = 0; i < s->n; i++) {
        void *p = dlsym(h, s->symbols[i]);
        if (!p) {
            snprintf(s->why, sizeof s->why, "%s has no %s (too old?)", s->soname, s->symbols[i]);
            return; /* the handle stays open: a process opens each library once at most */
        }
        /* POSIX: a dlsym result has the representation of a function pointer */
        memcpy(s->table + i * sizeof p, &p, sizeof p);
    }
}

static const char *const CURL_SYMBOLS[] = {
    "curl_global_init", "curl_global_cleanup", "curl_easy_init", "curl_easy_setopt", "curl_easy_perform",
    "curl_easy_getinfo", "curl_easy_strerror", "curl_easy_cleanup"};
static const char *const ARCHIVE_SYMBOLS[] = {
    "archive_read_new", "archive_read_support_filter_all", "archive_read_support_format_tar",
    "archive_read_support_format_zip", "archive_read_support_format_7zip", "archive_read_support_format_cpio",
    "archive_read_support_format_raw", "archive_read_open_filename", "archive_read_next_header",
    "archive_read_data", "archive_read_free", "archive_filter_bytes", "archive_error_string", "archive_format",
    "archive_entry_pathname", "archive_entry_pathname_utf8", "archive_entry_filetype", "archive_entry_size_is_set", "archive_entry_size"};
_Static_assert(sizeof(cli_curl_api) == sizeof CURL_SYMBOLS / sizeof *CURL_SYMBOLS * sizeof(void *),
               "one symbol per member of cli_curl_api");
_Static_assert(sizeof(cli_archive_api) ==
                   sizeof ARCHIVE_SYMBOLS / sizeof *ARCHIVE_SYMBOLS * sizeof(void *),
               "one symbol per member of cli_archive_api");

/* Written once under pthread_once, then only read. */
static cli_curl_api curl_api;
static cli_archive_api archive_api;
static lib_state curl_lib = {PRECIS_CURL_SONAME, CURL_SYMBOLS, sizeof CURL_SYMBOLS / sizeof *CURL_SYMBOLS,
                             (unsigned char *)&curl_api, ""};
static lib_state archive_lib = {PRECIS_ARCHIVE_SONAME, ARCHIVE_SYMBOLS,
                                sizeof ARCHIVE_SYMBOLS / sizeof *ARCHIVE_SYMBOLS,
                                (unsigned char *)&archive_api, ""};
static pthread_once_t curl_once = PTHREAD_ONCE_INIT, archive_once = PTHREAD_ONCE_INIT;
static void curl_open(void) { open_lib(&curl_lib); }
static void archive_open(void) { open_lib(&archive_lib); }

const cli_curl_api *cli_curl(char *why, size_t cap) {
    pthread_once(&curl_once, curl_open);
    if (curl_lib.why[0]) {
        snprintf(why, cap, "%s", curl_lib.why);
        return NULL;
    }
    return &curl_api;
}

const cli_archive_api *cli_archive(char *why, size_t cap) {
    pthread_once(&archive_once, archive_open);
    if (archive_lib.why[0]) {
        snprintf(why, cap, "%s", archive_lib.why);
        return NULL;
    }
    return &archive_api;
}
