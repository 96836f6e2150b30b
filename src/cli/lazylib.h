/* lazylib.h — libcurl and libarchive, opened the first time a command needs them.
 *
 * Linked at start-up, the two libraries and the thirty-odd libraries they pull in (TLS,
 * Kerberos, LDAP, libxml2, ICU, compressors) cost every run of precis about 5 ms of dynamic
 * linking, three times what summarising an article costs, although only URLs need libcurl
 * and only archives and compressed files need libarchive. So they are opened with dlopen when
 * first used, under the sonames the build found (CMakeLists.txt), and their functions are
 * called through these tables. Each table is resolved once per process (pthread_once) and
 * read-only afterwards, so workers may share it. */
#ifndef PRECIS_CLI_LAZYLIB_H
#define PRECIS_CLI_LAZYLIB_H
#include <archive.h>
#include <archive_entry.h>
#include <curl/curl.h>
#include <stddef.h>

typedef struct cli_curl_api {
    CURLcode (*global_init)(long flags);
    void (*global_cleanup)(void);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *curl, CURLoption option, ...);
    CURLcode (*easy_perform)(CURL *curl);
    CURLcode (*easy_getinfo)(CURL *curl, CURLINFO info, ...);
    const char *(*easy_strerror)(CURLcode code);
    void (*easy_cleanup)(CURL *curl);
} cli_curl_api;

typedef struct cli_archive_api {
    struct archive *(*read_new)(void);
    int (*read_support_filter_all)(struct archive *a);
    int (*read_support_format_tar)(struct archive *a);
    int (*read_support_format_zip)(struct archive *a);
    int (*read_support_format_7zip)(struct archive *a);
    int (*read_support_format_cpio)(struct archive *a);
    int (*read_support_format_raw)(struct archive *a);
    int (*read_open_filename)(struct archive *a, const char *path, size_t block);
    int (*read_next_header)(struct archive *a, struct archive_entry **e);
    la_ssize_t (*read_data)(struct archive *a, void *buf, size_t n);
    int (*read_free)(struct archive *a);
    la_int64_t (*filter_bytes)(struct archive *a, int n);
    const char *(*error_string)(struct archive *a);
    int (*format)(struct archive *a);
    const char *(*entry_pathname)(struct archive_entry *e);
    const char *(*entry_pathname_utf8)(struct archive_entry *e);
    __LA_MODE_T (*entry_filetype)(struct archive_entry *e);
    int (*entry_size_is_set)(struct archive_entry *e);
    la_int64_t (*entry_size)(struct archive_entry *e);
} cli_archive_api;

/* The libcurl table, or NULL when libcurl cannot be opened; then `why` (room for cap bytes)
 * says which library and why, for the caller's error line. */
const cli_curl_api *cli_curl(char *why, size_t cap);
/* The libarchive table, or NULL as for cli_curl. */
const cli_archive_api *cli_archive(char *why, size_t cap);
#endif
