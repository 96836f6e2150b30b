/* minmax: rescaling a vector of scores so that they can be mixed with other scores. */
#ifndef PRECIS_UTIL_MINMAX_H
#define PRECIS_UTIL_MINMAX_H
#include <stddef.h>

/* Rescales v[0,n) linearly onto [0,1]: the least becomes 0, the greatest 1; when all are
 * equal (or n is 1), all become 0. */
void minmax_normalise(double *v, size_t n);
#endif
