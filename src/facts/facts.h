/* facts: entities, time expressions, quantities, quotes, sources and the fact slots. */
#ifndef PRECIS_FACTS_FACTS_H
#define PRECIS_FACTS_FACTS_H
#include "core/doc.h"
#include "util/buf.h"

/* Renders the facts view (computing facts on first use). */
precis_status facts_render(precis_doc *d, precis_format f, buf *b, precis_error *err);
#endif
