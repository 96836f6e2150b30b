/* seg_clean: markup and extraction noise that the splitter reads as a gap between tokens
 * and that `precis split` leaves out of the sentence text it prints (clean.c).
 * The input bytes are never changed: offsets stay true, only the printed text is clean. */
#ifndef PRECIS_SEGMENT_SEG_CLEAN_H
#define PRECIS_SEGMENT_SEG_CLEAN_H
#include <stdbool.h>
#include <stddef.h>

#include "segment/segment.h"
#include "util/buf.h"

/* What a stretch of noise stands for. */
typedef enum seg_gap {
    SEG_GAP_NONE = 0, /* nothing: the text on either side joins (<em>, "\n" inside W\nA\nRN) */
    SEG_GAP_SPACE,    /* a space (a long run of dots between words) */
    SEG_GAP_LINE      /* a line break (<p>, a literal "\n" escape, a table-of-contents leader) */
} seg_gap;

/* The length of the noise that starts at s[i] (i < len), 0 when there is none; *gap tells
 * what it stands for. Recognised: well-formed HTML/XML tags, escaped tags (&lt;b&gt;),
 * inline-formatting codes ({b^>1<b^}), literal "\n"/"\r" escapes, runs of five or more dots
 * glued to a word or leading to a page number, runs of three or more slashes, and a line
 * break before a line of one or two letters (letters one a line from PDF extraction).
 * Cost: bounded look-ahead (clean.c's SEG_NOISE_MAX), except that a run of dots or slashes
 * is read to its end: call it where such a run starts, not inside one. */
size_t seg_noise(const char *s, size_t len, size_t i, seg_gap *gap);

/* Appends the printed text of sentence `i` of text[0, len): its tokens with the gaps between them as one
 * space or nothing (by seg_noise), backquotes as quotation marks, cleaned by text_clean.
 * Returns false (appending nothing) when the sentence prints as nothing worth a line: one
 * mark alone among other sentences, or a lone number on a line of its own (a page
 * number). */
bool seg_render_sentence(buf *out, const char *text, size_t len, const segmentation *seg, size_t i);
#endif
