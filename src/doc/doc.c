/* doc.c — document construction and the simple accessors of the public API. */
#include "doc/doc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "langid/langid.h"
#include "text/text.h"
#include "util/error.h"

precis_status precis_doc_new(const precis_model *model, const char *text, size_t len,
                             const precis_options *opts, precis_doc **out, precis_error *err) {
    if (!model || !out || (!text && len))
        return set_error(err, PRECIS_E_INVALID_ARG, "document: NULL argument");
    *out = NULL;
    precis_options full;
    if (!opts)
        precis_options_init(&full);
    else if (!options_load(&full, opts))
        return set_error(err, PRECIS_E_INVALID_ARG, "document: options not initialised by precis_options_init");
    opts = &full;
    if (opts->max_bytes && len > opts->max_bytes)
        return set_error(err, PRECIS_E_INPUT,
                         "document is %zu bytes, over the limit of %zu (raise max-bytes)", len,
                         opts->max_bytes);
    if (len >= UINT32_MAX)
        return set_error(err, PRECIS_E_INPUT, "document is %zu bytes, over the 4 GiB limit", len);
    const lang_data *lang;
    langid_result identified = {.confidence = 1.0, .evidence = true};
    bool automatic = !opts->lang[0] || strcmp(opts->lang, "auto") == 0;
    if (automatic) {
        /* The model's first language is the answer when the text does not say otherwise. */
        const lang_data *first = model_lang(model, "");
        if (!first)
            return set_error(err, PRECIS_E_MODEL, "the model has no language data");
        langid_identify(model->langid, text ? text : "", text ? text_bom_length(text, len) : 0, len,
                        first->code, &identified);
        lang = model_lang(model, identified.code);
        if (!lang)
            lang = first;
    } else {
        lang = model_lang(model, opts->lang);
        if (!lang)
            return set_error(err, PRECIS_E_UNSUPPORTED, "language '%s' is not in the model (it has %s)",
                             opts->lang, model->languages);
    }

    precis_doc *d = calloc(1, sizeof *d);
    if (!d)
        return set_error(err, PRECIS_E_NOMEM, "document: out of memory");
    /* Reserve roughly what a document needs up front: fewer, larger blocks. */
    arena_init(&d->mem, len * 4 + 4096 < (1u << 22) ? len * 4 + 4096 : (1u << 22));
    d->model = model;
    d->lang = lang;
    d->lang_confidence = automatic && identified.evidence ? identified.confidence : automatic ? 0 : 1;
    d->opts = *opts;
    d->len = len;
    d->text = arena_strndup(&d->mem, text ? text : "", len);
    if (!d->text)
        goto oom;
    d->body_start = text_bom_length(d->text, len);
    d->invalid = text_count_invalid(d->text, len);
    if (!segment_text(d->text, d->body_start, len, lang, &d->mem, &d->seg))
        goto oom;
    size_t nt = d->seg.n_tokens;
    if (!lexicon_init_sized(&d->lex, lang, &d->mem, nt))
        goto oom;
    d->tok_term = arena_alloc(&d->mem, (nt ? nt : 1) * sizeof *d->tok_term);
    d->tok_stop = arena_calloc(&d->mem, nt ? nt : 1, 1);
    if (!d->tok_term || !d->tok_stop)
        goto oom;
    for (size_t i = 0; i < nt; i++) {
        const token *t = &d->seg.tokens[i];
        d->tok_term[i] = -1;
        if (t->kind != TOK_WORD && t->kind != TOK_NUMBER)
            continue;
        size_t tlen = t->end - t->start;
        /* An abbreviation's period is part of the token but not of the term. */
        if ((t->flags & TOKF_ABBREV) && tlen > 1 && d->text[t->end - 1] == '.')
            tlen--;
        bool stop = false;
        int32_t id = lexicon_term_of(&d->lex, d->text + t->start, tlen, (t->flags & TOKF_LETTERS) != 0, &stop);
        if (id < 0)
            goto oom;
        d->tok_term[i] = id;
        d->tok_stop[i] = stop;
    }
    d->term_cue = arena_calloc(&d->mem, d->lex.n_terms ? d->lex.n_terms : 1, sizeof *d->term_cue);
    if (!d->term_cue)
        goto oom;
    *out = d;
    return PRECIS_OK;
oom:
    precis_doc_free(d);
    return set_error(err, PRECIS_E_NOMEM, "document: out of memory");
}

void precis_doc_free(precis_doc *d) {
    if (!d)
        return;
    lexicon_free(&d->lex);
    arena_free(&d->mem);
    free(d);
}

size_t precis_doc_sentence_count(const precis_doc *d) { return d ? d->seg.n_sentences : 0; }

precis_status precis_doc_sentence(const precis_doc *d, size_t i, precis_span *out, precis_error *err) {
    if (!out)
        return set_error(err, PRECIS_E_INVALID_ARG, "sentence: NULL argument");
    *out = (precis_span){0, 0};
    if (!d)
        return set_error(err, PRECIS_E_INVALID_ARG, "sentence: NULL document");
    if (i >= d->seg.n_sentences)
        return set_error(err, PRECIS_E_INVALID_ARG, "sentence %zu: the document has %zu", i, d->seg.n_sentences);
    *out = (precis_span){d->seg.sentences[i].start, d->seg.sentences[i].end};
    return PRECIS_OK;
}

const char *precis_doc_language(const precis_doc *d) { return d ? d->lang->code : ""; }

double precis_doc_language_confidence(const precis_doc *d) { return d ? d->lang_confidence : 0; }

bool precis_doc_has_facts(const precis_doc *d) { return d && d->lang->has_facts; }

size_t precis_doc_token_count(const precis_doc *d) { return d ? d->seg.n_tokens : 0; }

size_t precis_doc_invalid_sequences(const precis_doc *d) { return d ? d->invalid : 0; }

char *precis_doc_text(const precis_doc *d, precis_span span, size_t *len_out) {
    if (!d || span.start > span.end || span.end > d->len)
        return NULL;
    buf b;
    buf_init(&b);
    text_clean(&b, d->text, span.start, span.end, true);
    if (!buf_ok(&b)) {
        buf_free(&b);
        return NULL;
    }
    return buf_detach(&b, len_out);
}

void doc_html_head(const precis_doc *d, buf *b, const char *fallback) {
    buf_puts(b, "<!DOCTYPE html>\n<html lang=\"");
    buf_html(b, d->lang->code, strlen(d->lang->code));
    buf_puts(b, "\"><head><meta charset=\"utf-8\"><title>");
    if (d->opts.title[0])
        buf_html(b, d->opts.title, strlen(d->opts.title));
    else
        buf_puts(b, fallback);
    buf_puts(b, "</title>");
}

void doc_html_span(const precis_doc *d, buf *b, uint32_t s, uint32_t e) {
    buf t;
    buf_init(&t);
    text_clean(&t, d->text, s, e, true);
    buf_html(b, t.data ? t.data : "", t.len);
    if (!buf_ok(&t))
        b->failed = true;
    buf_free(&t);
}

int doc_sentence_final(const precis_doc *d, size_t i) {
    const sentence *s = &d->seg.sentences[i];
    uint32_t e = s->end;
    while (e > s->start) {
        unsigned char c = (unsigned char)d->text[e - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ')
            e--;
        else if ((c == 0x9D || c == 0x99) && e - s->start >= 3 && (unsigned char)d->text[e - 2] == 0x80 &&
                 (unsigned char)d->text[e - 3] == 0xE2)
            e -= 3; /* ” ’ */
        else
            break;
    }
    if (e == s->start)
        return 0;
    unsigned char c = (unsigned char)d->text[e - 1];
    return c < 0x80 ? c : DOC_FINAL_OTHER;
}

bool doc_tok_in(const precis_doc *d, size_t k, const char *const *words) {
    const token *t = &d->seg.tokens[k];
    return word_in_lower(d->text + t->start, t->end - t->start, words);
}


uint32_t doc_phrase_class(const precis_doc *d, const strmap *words, size_t k, size_t n) {
    char key[CUE_WORD_MAX];
    size_t len = 0;
    if (k + n > d->seg.n_tokens)
        return 0; /* a phrase that would run past the document's last token is none */
    for (size_t i = k; i < k + n; i++) {
        const token *t = &d->seg.tokens[i];
        size_t tl = t->end - t->start;
        if (len + (i > k) + tl > sizeof key)
            return 0;
        if (i > k)
            key[len++] = ' ';
        memcpy(key + len, d->text + t->start, tl);
        len += tl;
    }
    return model_word_class(words, key, len);
}

void doc_token_index(precis_doc *d) {
    if (d->tok_at)
        return;
    size_t nb = (d->len >> DOC_TOK_AT_SHIFT) + 2;
    uint32_t *ix = arena_alloc(&d->mem, nb * sizeof *ix);
    if (!ix)
        return;
    const token *t = d->seg.tokens;
    size_t n = d->seg.n_tokens, k = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t b = j << DOC_TOK_AT_SHIFT;
        while (k < n && t[k].start < b)
            k++;
        ix[j] = (uint32_t)k;
    }
    d->tok_at = ix;
    d->n_tok_at = nb;
}

size_t doc_token_at(const precis_doc *d, size_t b) {
    const token *tokens = d->seg.tokens, *base = tokens;
    size_t j = b >> DOC_TOK_AT_SHIFT;
    if (j + 1 < d->n_tok_at) {
        /* the answer lies between the answers for the block's first byte and the next
         * block's: a token or three apart */
        size_t k = d->tok_at[j], hi = d->tok_at[j + 1];
        while (k < hi && tokens[k].start < b)
            k++;
        return k;
    }
    /* A binary search without a branch on the comparison (a conditional move): the halving
     * loop's mispredicted branch cost more than the comparison. */
    size_t n = d->seg.n_tokens;
    if (n == 0)
        return 0;
    while (n > 1) {
        size_t half = n / 2;
        base = base[half].start < b ? base + half : base;
        n -= half;
    }
    return (size_t)(base - tokens) + (base->start < b);
}
