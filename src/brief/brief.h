/* brief: the one-paragraph brief built from the fact slots and the extract. */
#ifndef PRECIS_BRIEF_BRIEF_H
#define PRECIS_BRIEF_BRIEF_H
#include "doc/doc.h"
#include "util/buf.h"

precis_status brief_render(precis_doc *d, precis_format f, buf *b, precis_error *err);
#endif
