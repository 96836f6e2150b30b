/* quantity: numbers with what they count or measure ("around 10,000 North Korean
 * labourers", "76%", "$1.13bn", "three people"), with approximation words kept. */
#ifndef PRECIS_FACTS_QUANTITY_H
#define PRECIS_FACTS_QUANTITY_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc/doc.h"

typedef struct quantity {
    uint32_t start, end;           /* the whole phrase: approximation, number, unit, counted thing */
    uint32_t num_start, num_end;   /* the number itself (with currency sign, scale and %) */
    uint32_t what_start, what_end; /* the counted noun phrase, or equal to num_end when none */
    uint32_t approx_start, approx_end; /* the approximation words, or equal to num_start */
    int32_t sentence;
    double value;                  /* numeric value with its scale applied (10000, 1.13e9, 76) */
} quantity;

/* Finds quantities in d. `skip` marks bytes covered by time expressions (non-zero = skip),
 * may be NULL. Years and the numbers of dates are not quantities. Arrays from arena a. */
bool quantity_find(const precis_doc *d, const uint8_t *skip_token, arena *a, quantity **out, size_t *n);
#endif
