/* error: filling precis_error values, and the one-line forwarding macros. */
#ifndef PRECIS_UTIL_ERROR_H
#define PRECIS_UTIL_ERROR_H
#include "precis/precis.h"

/* Sets err (when non-NULL) and returns code, so call sites read `return set_error(...)`. */
precis_status set_error(precis_error *err, precis_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#define PRECIS_TRY(expr)                                                                     \
    do {                                                                                     \
        precis_status try_status_ = (expr);                                                  \
        if (try_status_ != PRECIS_OK)                                                        \
            return try_status_;                                                              \
    } while (0)
#endif
