/* fuzz_html — arbitrary bytes as an HTML page through the HTML-to-text step of `precis batch`
 * (Gumbo parse, article selection, block breaks, title). The result must be NUL-terminated
 * at the length it reports, or a refusal (a page nested absurdly deep) must say why. The
 * input is an exact-size heap copy so reads past its end are caught. Builds with
 * src/cli/batch_html.c and batch_common.c. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "batch_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *html = malloc(size ? size : 1);
    if (!html)
        return 0;
    if (size)
        memcpy(html, data, size);
    size_t len = 0;
    char *title = NULL;
    const char *why = NULL;
    char *text = batch_html_to_text(html, size, &len, &title, &why);
    if (text ? text[len] != '\0' || why : !why)
        abort(); /* text NUL-terminated at its length, or a refusal with a reason */
    free(text);
    free(title);
    free(html);
    return 0;
}
