#include "util/error.h"

#include <stdarg.h>
#include <stdio.h>

precis_status set_error(precis_error *err, precis_status code, const char *fmt, ...) {
    if (err) {
        err->code = code;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return code;
}
