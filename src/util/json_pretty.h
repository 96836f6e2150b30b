/* json_pretty: re-indents compact JSON (as the renderers write it with buf_*) for people:
 * one member or element a line, two spaces a level, "key": value. */
#ifndef PRECIS_UTIL_JSON_PRETTY_H
#define PRECIS_UTIL_JSON_PRETTY_H
#include <stddef.h>

#include "util/buf.h"

/* Appends the indented form of the JSON text in[0..len) to out. The input must be valid
 * JSON (strings are copied as they are, escapes and all); text after the value (a newline)
 * is dropped and one newline ends the output. */
void json_pretty(buf *out, const char *in, size_t len);
#endif
