/* fuzz_html — arbitrary bytes as a web page through the extractor every command uses
 * (src/cli/extract.c: charset detection and iconv, script stripping, the gumbo parse,
 * container scoring, metadata from <meta> and JSON-LD, title cleaning). The result must be
 * NUL-terminated at the length it reports with paragraphs inside it and in order, or a
 * refusal (binary, nested absurdly deep) must say why. The first byte chooses a charset the
 * "HTTP header" declares, so the iconv paths are reached too. The input is an exact-size heap
 * copy so reads past its end are caught. Builds with src/cli/extract.c. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char *const charsets[] = {NULL, "utf-8", "iso-8859-1", "windows-1251", "shift_jis", "utf-16le",
                                           "no-such-charset", "gb2312"};
    const char *cs = size ? charsets[data[0] % 8] : NULL;
    char *html = malloc(size ? size : 1);
    if (!html)
        return 0;
    if (size)
        memcpy(html, data, size);
    extract_page page;
    const char *why = NULL;
    extract_status st = extract_html(html, size, cs, size > 1 && data[1] & 1 ? "https://www.example.org/a" : NULL,
                                     &page, &why);
    if (st == EXTRACT_OK) {
        if (page.text[page.len] != '\0' || why)
            abort(); /* NUL-terminated at its length, no reason given for a success */
        size_t last = 0;
        for (size_t i = 0; i < page.n_paras; i++) {
            if (page.paras[i].start < last || page.paras[i].end <= page.paras[i].start || page.paras[i].end > page.len)
                abort(); /* paragraphs inside the text, in order, never empty */
            last = page.paras[i].end;
        }
    } else if (st != EXTRACT_NOMEM && !why)
        abort(); /* a refusal says why */
    extract_page_free(&page);
    free(html);
    return 0;
}
