/* fetch.c — one URL over HTTP(S) with libcurl.
 *
 * Redirects are followed (at most 10, to http and https only); the whole transfer has one
 * timeout; a body is refused once it passes the size limit (from Content-Length before any
 * byte is read, else while reading); a Content-Type that is not text or (X)HTML is refused
 * before its body is read. Each failure is one line naming the URL and the cause, and has its
 * own exit status (cli.h), so scripts can tell a typo in a host name from a server error.
 * libcurl is used through its easy interface only: no shared handle, no global state of
 * ours (libcurl initialises itself, thread-safely since 7.84). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "extract.h"
#include "fetch.h"
#include "lazylib.h"

/* Redirects followed before giving up: browsers stop at about 20; 10 is plenty for news
 * sites (http -> https -> www -> the article). */
#define MAX_REDIRECTS 10L

bool fetch_is_url(const char *s) {
    return strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0;
}

typedef struct sink {
    const cli_curl_api *cu;
    CURL *curl;
    char *data;
    size_t len, cap, max;
    bool too_big, binary, checked, failed;
    char type[128];
} sink;

/* A Content-Type that is a page or text: text/anything, XHTML, XML. No type: decided from the bytes. */
static bool textual(const char *type) {
    return strncasecmp(type, "text/", 5) == 0 || strncasecmp(type, "application/xhtml+xml", 21) == 0 ||
           strncasecmp(type, "application/xml", 15) == 0 || strstr(type, "+xml") != NULL;
}

static size_t on_data(char *p, size_t size, size_t n, void *user) {
    sink *s = user;
    size_t k = size * n;
    if (!s->checked) {
        s->checked = true;
        char *type = NULL;
        if (s->cu->easy_getinfo(s->curl, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type) {
            snprintf(s->type, sizeof s->type, "%s", type);
            if (!textual(type)) {
                s->binary = true;
                return 0;
            }
        }
    }
    if (s->max && s->len + k > s->max) {
        s->too_big = true;
        return 0;
    }
    if (s->len + k + 1 > s->cap) {
        size_t cap = s->cap ? s->cap : 1 << 16;
        while (cap < s->len + k + 1)
            cap *= 2;
        char *q = realloc(s->data, cap);
        if (!q) {
            s->failed = true;
            return 0;
        }
        s->data = q;
        s->cap = cap;
    }
    memcpy(s->data + s->len, p, k);
    s->len += k;
    s->data[s->len] = '\0';
    return k;
}

static char *charset_of(const char *type) {
    const char *c = NULL;
    for (const char *p = type; p && *p && !c; p++)
        if (strncasecmp(p, "charset=", 8) == 0)
            c = p;
    if (!c)
        return NULL;
    c += 8;
    while (*c == '"' || *c == '\'' || *c == ' ')
        c++;
    size_t n = 0;
    while (c[n] && (isalnum((unsigned char)c[n]) || strchr("-_.:", c[n])))
        n++;
    return n ? strndup(c, n) : NULL;
}

int fetch_url(const char *url, const fetch_opts *o, fetch_result *r) {
    char msg[CURL_ERROR_SIZE + 128];
    int code = fetch_url_quiet(url, o, r, msg, sizeof msg);
    if (code != EXIT_OK)
        cli_error(url, "%s", msg);
    return code;
}

int fetch_url_quiet(const char *url, const fetch_opts *o, fetch_result *r, char *msg, size_t cap) {
    memset(r, 0, sizeof *r);
    msg[0] = '\0';
    char why[300];
    const cli_curl_api *cu = cli_curl(why, sizeof why);
    if (!cu) {
        snprintf(msg, cap, "URLs need libcurl: %s", why);
        return EXIT_IO;
    }
    CURL *curl = cu->easy_init();
    if (!curl) {
        snprintf(msg, cap, "could not start libcurl");
        return EXIT_IO;
    }
    char ua[64];
    snprintf(ua, sizeof ua, "precis/%s", precis_version());
    char errbuf[CURL_ERROR_SIZE] = "";
    sink s = {.cu = cu, .curl = curl, .max = o->max_bytes};
    cu->easy_setopt(curl, CURLOPT_URL, url);
    cu->easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    cu->easy_setopt(curl, CURLOPT_MAXREDIRS, MAX_REDIRECTS);
    cu->easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    cu->easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    cu->easy_setopt(curl, CURLOPT_TIMEOUT, o->timeout);
    cu->easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    cu->easy_setopt(curl, CURLOPT_USERAGENT, o->user_agent ? o->user_agent : ua);
    cu->easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, ""); /* whatever libcurl can decode */
    cu->easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
    cu->easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_data);
    cu->easy_setopt(curl, CURLOPT_WRITEDATA, &s);
    if (o->max_bytes)
        cu->easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)o->max_bytes);
    CURLcode rc = cu->easy_perform(curl);
    long status = 0;
    cu->easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    int code = EXIT_OK;
    const char *detail = errbuf[0] ? errbuf : cu->easy_strerror(rc);
    if (s.failed) {
        snprintf(msg, cap, "out of memory reading the answer");
        code = EXIT_IO;
    } else if (s.binary) {
        snprintf(msg, cap, "binary content (Content-Type: %s), not a page", s.type);
        code = EXIT_NET_BINARY;
    } else if (s.too_big || rc == CURLE_FILESIZE_EXCEEDED) {
        snprintf(msg, cap, "the page is over the limit of %zu bytes (raise --max-bytes)", o->max_bytes);
        code = EXIT_NET_TOO_BIG;
    } else if (rc == CURLE_COULDNT_RESOLVE_HOST || rc == CURLE_COULDNT_RESOLVE_PROXY) {
        snprintf(msg, cap, "could not resolve the host name (%s)", detail);
        code = EXIT_NET_DNS;
    } else if (rc == CURLE_COULDNT_CONNECT) {
        snprintf(msg, cap, "could not connect (%s)", detail);
        code = EXIT_NET_CONNECT;
    } else if (rc == CURLE_OPERATION_TIMEDOUT) {
        snprintf(msg, cap, "timed out after %ld s (raise --timeout)", o->timeout);
        code = EXIT_NET_TIMEOUT;
    } else if (rc == CURLE_SSL_CONNECT_ERROR || rc == CURLE_PEER_FAILED_VERIFICATION ||
               rc == CURLE_SSL_CERTPROBLEM || rc == CURLE_SSL_CIPHER || rc == CURLE_SSL_CACERT_BADFILE ||
               rc == CURLE_SSL_ENGINE_NOTFOUND || rc == CURLE_SSL_ENGINE_SETFAILED || rc == CURLE_USE_SSL_FAILED ||
               rc == CURLE_SSL_ISSUER_ERROR || rc == CURLE_SSL_CRL_BADFILE) {
        snprintf(msg, cap, "TLS failed (%s)", detail);
        code = EXIT_NET_TLS;
    } else if (rc == CURLE_TOO_MANY_REDIRECTS) {
        snprintf(msg, cap, "more than %ld redirects", MAX_REDIRECTS);
        code = EXIT_NET_HTTP;
    } else if (rc != CURLE_OK) {
        snprintf(msg, cap, "fetching failed (%s)", detail);
        code = EXIT_IO;
    } else if (status >= 400) {
        snprintf(msg, cap, "HTTP status %ld", status);
        code = EXIT_NET_HTTP;
    } else if (!s.type[0] && s.len && extract_looks_binary(s.data, s.len)) {
        snprintf(msg, cap, "binary content (no Content-Type), not a page");
        code = EXIT_NET_BINARY;
    }
    if (code == EXIT_OK) {
        char *eff = NULL;
        cu->easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &eff);
        r->final_url = strdup(eff ? eff : url);
        r->charset = charset_of(s.type);
        r->html = strncasecmp(s.type, "text/html", 9) == 0 || strncasecmp(s.type, "application/xhtml+xml", 21) == 0;
        if (!s.data)
            s.data = calloc(1, 1);
        r->data = s.data;
        r->len = s.len;
        if (!r->data || !r->final_url) {
            snprintf(msg, cap, "out of memory reading the answer");
            fetch_result_free(r);
            code = EXIT_IO;
        }
    } else
        free(s.data);
    cu->easy_cleanup(curl);
    return code;
}

void fetch_result_free(fetch_result *r) {
    free(r->data);
    free(r->charset);
    free(r->final_url);
    memset(r, 0, sizeof *r);
}
