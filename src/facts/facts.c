#include "facts/facts.h"
#include "util/error.h"
precis_status facts_render(precis_doc *d, precis_format f, buf *b, precis_error *err) {
    (void)d; (void)f; (void)b;
    return set_error(err, PRECIS_E_UNSUPPORTED, "facts: not built yet");
}
