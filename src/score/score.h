/* score: sentence scoring. One scorer per file (lead.c, tfidf.c, textrank.c, lexrank.c,
 * default.c); this header is the common shape. Scores are per sentence; higher is better. */
#ifndef PRECIS_SCORE_SCORE_H
#define PRECIS_SCORE_SCORE_H
#include "core/doc.h"
#include "util/buf.h"

/* The parts that make up a sentence's score, kept for --explain. Unused parts are 0. */
typedef struct score_parts {
    double centrality; /* graph or centroid score, normalised to [0,1] */
    double position;   /* lead prior */
    double title;      /* similarity to the title */
    double first_para; /* similarity to the first paragraph */
    double length;     /* length prior */
    double facts;      /* entities and numbers it carries */
    double penalty;    /* boilerplate penalty (subtracted) */
} score_parts;

void score_parts_json(buf *b, const score_parts *p);
void score_parts_text(buf *b, const score_parts *p);
#endif
