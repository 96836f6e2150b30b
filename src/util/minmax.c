#include "util/minmax.h"

void minmax_normalise(double *v, size_t n) {
    if (n == 0)
        return;
    double lo = v[0], hi = v[0];
    for (size_t i = 1; i < n; i++) {
        lo = v[i] < lo ? v[i] : lo;
        hi = v[i] > hi ? v[i] : hi;
    }
    for (size_t i = 0; i < n; i++)
        v[i] = hi > lo ? (v[i] - lo) / (hi - lo) : 0;
}
