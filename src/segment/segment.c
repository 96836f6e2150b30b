/* TEMPORARY naive segmenter; replaced by the real one. */
#include "segment/segment.h"
#include "text/text.h"
bool segment_text(const char *text, size_t start, size_t len, const lang_data *lang, arena *a,
                  segmentation *out) {
    (void)lang;
    size_t cap = len / 2 + 2;
    out->tokens = arena_alloc(a, cap * sizeof(token));
    out->sentences = arena_alloc(a, cap * sizeof(sentence));
    out->paragraphs = arena_alloc(a, sizeof(paragraph));
    if (!out->tokens || !out->sentences || !out->paragraphs) return false;
    out->n_tokens = out->n_sentences = out->n_paragraphs = 0;
    size_t i = start, sent_tok = 0;
    while (i < len) {
        while (i < len && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) i++;
        if (i >= len) break;
        size_t s = i;
        while (i < len && !(text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) i++;
        token *t = &out->tokens[out->n_tokens++];
        *t = (token){(uint32_t)s, (uint32_t)i, TOK_WORD, SHAPE_LOWER, 0, (int32_t)out->n_sentences};
        if (text[i - 1] == '.' || i >= len) {
            out->sentences[out->n_sentences++] = (sentence){out->tokens[sent_tok].start, (uint32_t)i, (uint32_t)sent_tok, (uint32_t)out->n_tokens, 0};
            sent_tok = out->n_tokens;
        }
    }
    out->paragraphs[0] = (paragraph){(uint32_t)start, (uint32_t)len, 0, (uint32_t)out->n_sentences};
    out->n_paragraphs = 1;
    return true;
}
