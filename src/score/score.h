/* score: sentence scoring. One scorer per file (lead.c, tfidf.c, textrank.c, lexrank.c,
 * default.c); this header is the common shape. Scores are per sentence; higher is better. */
#ifndef PRECIS_SCORE_SCORE_H
#define PRECIS_SCORE_SCORE_H
#include "doc/doc.h"
#include "util/buf.h"

/* The parts that make up a sentence's score, kept for --explain. Unused parts are 0. */
typedef struct score_parts {
    double centrality; /* graph or centroid score, normalised to [0,1] */
    double centroid;   /* cosine with the document centroid (default method) */
    double position;   /* lead prior */
    double title;      /* similarity to the title */
    double length;     /* length prior (fragments score low) */
    double verbosity;  /* how far a sentence runs past a comfortable length */
    double penalty;    /* boilerplate penalty (subtracted) */
} score_parts;

void score_parts_json(buf *b, const score_parts *p);
void score_parts_text(buf *b, const score_parts *p);

#include "score/vectors.h"

/* The budget a selection will spend: scorers that know what it buys (the default's lead
 * prior) weigh by it. The summary passes the document's, the brief its own. */
typedef struct score_budget {
    precis_budget kind;
    double value;
} score_budget;

/* Every scorer has this shape: it fills scores[i] (and the parts it uses) for each of the
 * document's sentences. `sv` holds the sentence vectors, `a` is scratch memory that lives as
 * long as the document. False when out of memory. */
typedef bool (*scorer_fn)(precis_doc *d, const sentvecs *sv, const score_budget *budget, arena *a,
                          double *scores, score_parts *parts);

bool score_lead(precis_doc *d, const sentvecs *sv, const score_budget *budget, arena *a, double *scores,
                score_parts *parts);
bool score_tfidf(precis_doc *d, const sentvecs *sv, const score_budget *budget, arena *a, double *scores,
                 score_parts *parts);
bool score_textrank(precis_doc *d, const sentvecs *sv, const score_budget *budget, arena *a, double *scores,
                    score_parts *parts);
bool score_lexrank(precis_doc *d, const sentvecs *sv, const score_budget *budget, arena *a, double *scores,
                   score_parts *parts);
bool score_default(precis_doc *d, const sentvecs *sv, const score_budget *budget, arena *a, double *scores,
                   score_parts *parts);

/* The scorer of a method, or NULL for a value outside precis_method. */
scorer_fn score_scorer(precis_method m);

/* Scores the document's sentences with its method for another budget (the brief's) into
 * scores (room for n_sentences; parts are scratch). Needs precis_doc_summarize first (the
 * vectors). False when out of memory. */
bool score_for_budget(precis_doc *d, const score_budget *budget, double *scores);
#endif
