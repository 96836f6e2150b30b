/* spans.c — precision, recall and F1 of span matching, the one definition the benchmarks share
 * (include/precis/eval.h). */
#include "precis/eval.h"

static double frac(size_t a, size_t b) { return b ? (double)a / (double)b : 0; }

double precis_span_precision(const precis_span_counts *c) { return frac(c->system_matched, c->system); }

double precis_span_recall(const precis_span_counts *c) { return frac(c->gold_matched, c->gold); }

double precis_span_f1(const precis_span_counts *c) {
    double p = precis_span_precision(c), r = precis_span_recall(c);
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

void precis_span_counts_add(precis_span_counts *to, const precis_span_counts *c) {
    to->gold += c->gold;
    to->system += c->system;
    to->system_matched += c->system_matched;
    to->gold_matched += c->gold_matched;
}
