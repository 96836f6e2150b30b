/* lead.c — the lead baseline: the first sentences of the article. Every news summarizer is
 * judged against it (See et al. 2017 report Lead-3 at ROUGE-1 40.3 on CNN/DailyMail). The
 * score falls with position, so selection takes sentences in order. */
#include "score/score.h"

bool score_lead(precis_doc *d, const sentvecs *sv, const score_budget *budget, arena *a, double *scores,
                score_parts *parts) {
    (void)budget; /* weighs nothing by the budget */
    (void)sv;
    (void)a;
    size_t n = d->seg.n_sentences;
    for (size_t i = 0; i < n; i++) {
        scores[i] = 1.0 / (double)(i + 1);
        parts[i].position = scores[i];
    }
    return true;
}
