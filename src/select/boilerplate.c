/* boilerplate.c — recognises the text around an article that is not the article: membership
 * and subscription pleas, "sign up", "click here", "read more", cookie and newsletter
 * notices, share prompts, bylines, photo credits, copyright lines.
 *
 * The rule is general, not a list of one site's sentences. A sentence's evidence is the sum
 * of:
 *   - cue phrases from the language's boilerplate.txt (weights there; "newsletter",
 *     "all rights reserved", "become a member"...), matched on word stems;
 *   - imperative mood: a sentence that opens with a verb of the `verb` list ("Sign up",
 *     "Keep", "Subscribe") and has no subject before it;
 *   - an exclamation mark at a short sentence's end, the register of a call to action;
 *   - a caption label opening the sentence ("Photo:", "Picture:", "Image:");
 *   - position: the same evidence weighs more in the last paragraphs of the document,
 *     where publishers put their pleas (POSITION_BOOST);
 *   - isolation: a sentence that shares no content word with the rest of the document.
 * Cue words inside quotation marks do not count: they are a speaker's words. A press
 * release's "About <Company>" heading near the end makes it and all that follows boilerplate.
 * A sentence is boilerplate when the evidence reaches THRESHOLD. A closing run of sentences
 * that is mostly boilerplate is boilerplate whole (a plea's quieter sentences, "Our
 * journalism is for everyone.", go with it).
 * Cost: linear in tokens plus one hash lookup per cue word. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "select/select.h"

#define THRESHOLD 1.0
#define POSITION_BOOST 1.5   /* multiplier for the evidence in the final 25% of sentences */
#define EXCLAIM_WEIGHT 0.4   /* "... today!" */
#define ISOLATION_WEIGHT 0.3 /* no content word shared with any other sentence */
#define SHORT_SENTENCE 12    /* words: calls to action are short */
/* Cues under weight 1 ("offer", "members", "today", "you") are common in news; together they
 * count for at most WEAK_CAP unless the sentence also has a strong sign (a cue of weight 1,
 * an imperative opening or an exclamation). Found with precis bench: "extended the offer ...
 * the offer price" and "members voted on the pay offer today" were flagged before. */
#define WEAK_CAP 0.6
#define CAPTION_WEIGHT 1.0   /* "Photo:" opening a sentence is a caption on its own */
#define ABOUT_HEADING_WORDS 6 /* "About Brightwater Energy": a press release's closing heading */

typedef struct compiled_cue {
    int32_t term[CUE_MAX_WORDS];
    uint8_t n;
    uint8_t kind;
    float weight;
} compiled_cue;

/* Maps each cue's words to this document's term ids; cues with a word the document does not
 * contain cannot match and are dropped. */
static size_t compile_cues(const precis_doc *d, compiled_cue *out) {
    size_t m = 0;
    for (size_t i = 0; i < d->lang->n_cues; i++) {
        const boiler_cue *c = &d->lang->cues[i];
        compiled_cue cc = {.n = c->n_words, .kind = c->kind, .weight = c->weight};
        bool ok = true;
        for (uint8_t k = 0; k < c->n_words && ok; k++) {
            int32_t v = strmap_get(&d->lex.by_form, c->word[k], c->word_len[k]);
            ok = v >= 0;
            cc.term[k] = v >> 1;
        }
        if (ok)
            out[m++] = cc;
    }
    return m;
}

/* Index of the next word or number token at or after k within [k, end), or end. */
static uint32_t next_word(const precis_doc *d, uint32_t k, uint32_t end) {
    while (k < end && d->tok_term[k] < 0)
        k++;
    return k;
}

/* Quotation mark kind of token k: 1 opens (“), 2 closes (”), 3 straight ("), 0 none. */
static int quote_mark_kind(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    const unsigned char *p = (const unsigned char *)d->text + t->start;
    size_t len = t->end - t->start;
    if (len == 1 && p[0] == '"')
        return 3;
    if (len == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x9C || p[2] == 0x9D))
        return p[2] == 0x9C ? 1 : 2;
    return 0;
}

static double sentence_evidence(const precis_doc *d, size_t i, const compiled_cue *cues, size_t n_cues) {
    const sentence *s = &d->seg.sentences[i];
    double ev = 0, weak = 0;
    bool strong = false;
    uint32_t first = next_word(d, s->tok_start, s->tok_end);
    /* Words inside quotation marks are someone's reported speech, not the site talking to its
     * reader: a judge's "you treated it as your own" is no plea. */
    bool quoted = false;
    uint32_t qk = s->tok_start;
    for (uint32_t k = first; k < s->tok_end; k = next_word(d, k + 1, s->tok_end)) {
        for (; qk < k; qk++) {
            int m = quote_mark_kind(d, qk);
            if (m)
                quoted = m == 1 ? true : m == 2 ? false : !quoted;
        }
        if (quoted)
            continue;
        for (size_t c = 0; c < n_cues; c++) {
            const compiled_cue *cc = &cues[c];
            if (cc->term[0] != d->tok_term[k])
                continue;
            if (cc->kind == CUE_VERB && k != first)
                continue;
            uint32_t j = k;
            uint8_t w = 1;
            for (; w < cc->n; w++) {
                j = next_word(d, j + 1, s->tok_end);
                if (j >= s->tok_end || d->tok_term[j] != cc->term[w])
                    break;
            }
            if (w == cc->n) {
                if (cc->weight >= 1.0 || cc->kind == CUE_VERB) {
                    ev += cc->weight;
                    strong = true;
                } else {
                    weak += cc->weight;
                }
            }
        }
    }
    /* a caption or credit label opening the sentence: "Photo: A commuter walks...",
     * "Picture: Getty" */
    static const char *const LABELS[] = {"photo", "photograph", "picture", "image", "caption", "credit", "video", NULL};
    if (first == s->tok_start && first + 1 < s->tok_end && d->text[d->seg.tokens[first + 1].start] == ':') {
        const token *t = &d->seg.tokens[first];
        for (int l = 0; LABELS[l]; l++)
            if (strlen(LABELS[l]) == t->end - t->start && strncasecmp(d->text + t->start, LABELS[l], t->end - t->start) == 0) {
                ev += CAPTION_WEIGHT;
                strong = true;
                break;
            }
    }
    /* a short exclamation */
    size_t words = doc_sentence_words(d, i);
    if (s->end > s->start && words <= SHORT_SENTENCE) {
        uint32_t e = s->end;
        while (e > s->start && strchr("\"')]\xE2\x80\x9D\x99 ", d->text[e - 1]))
            e--;
        if (e > s->start && d->text[e - 1] == '!') {
            ev += EXCLAIM_WEIGHT;
            strong = true;
        }
    }
    return ev + (strong || weak < WEAK_CAP ? weak : WEAK_CAP);
}

bool boilerplate_flag(precis_doc *d, const sentvecs *sv) {
    size_t n = d->seg.n_sentences;
    if (n == 0)
        return true;
    compiled_cue *cues = malloc((d->lang->n_cues ? d->lang->n_cues : 1) * sizeof *cues);
    if (!cues)
        return false;
    size_t n_cues = compile_cues(d, cues);
    size_t tail_start = n - n / 4;
    /* Isolation needs each sentence's best overlap with any other; a term-frequency count
     * over the document answers it in linear time: a term shared with another sentence
     * has a document count above its count in this sentence. */
    float *doc_tf = calloc(sv->n_terms ? sv->n_terms : 1, sizeof *doc_tf);
    if (!doc_tf) {
        free(cues);
        return false;
    }
    for (size_t i = 0; i < n; i++)
        for (uint32_t k = 0; k < sv->v[i].n; k++)
            doc_tf[sv->v[i].term[k]] += sv->v[i].tf[k];
    for (size_t i = 0; i < n; i++) {
        double ev = sentence_evidence(d, i, cues, n_cues);
        const svec *v = &sv->v[i];
        bool shared = false;
        for (uint32_t k = 0; k < v->n && !shared; k++)
            shared = doc_tf[v->term[k]] > v->tf[k];
        if (!shared && n > 3 && ev > 0)
            ev += ISOLATION_WEIGHT;
        if (i >= tail_start && n >= 4)
            ev *= POSITION_BOOST;
        d->parts[i].penalty = ev;
        d->boilerplate[i] = ev >= THRESHOLD;
    }
    /* The document's tail: the longest run of closing sentences that starts with a flagged
     * sentence in the second half and is at least half flagged (two or more) is boilerplate
     * whole: a plea's quieter sentences ("Our journalism is for everyone.") go with it.
     * Paragraphs cannot be relied on for this: many pages put the plea in the article's
     * last paragraph, or have no paragraph breaks at all. */
    size_t flagged = 0, start = n;
    for (size_t i = n; i-- > n / 2;) {
        flagged += d->boilerplate[i];
        if (d->boilerplate[i] && flagged >= 2 && flagged * 2 >= n - i)
            start = i;
    }
    for (size_t i = start; i < n; i++)
        d->boilerplate[i] = 1;
    /* A press release's closing section: a heading "About <Name>" standing alone as a short
     * paragraph without a full stop, in the second half; from it on comes the issuer's
     * standard description and contacts. */
    for (size_t p = d->seg.n_paragraphs / 2; p < d->seg.n_paragraphs; p++) {
        const paragraph *pg = &d->seg.paragraphs[p];
        if (pg->sent_end != pg->sent_start + 1)
            continue;
        const sentence *s = &d->seg.sentences[pg->sent_start];
        size_t words = doc_sentence_words(d, pg->sent_start);
        const token *t0 = &d->seg.tokens[s->tok_start];
        char last = d->text[s->end - 1];
        if (words < 2 || words > ABOUT_HEADING_WORDS || t0->end - t0->start != 5 ||
            memcmp(d->text + t0->start, "About", 5) != 0 || strchr(".!?:", last))
            continue;
        for (size_t i = pg->sent_start; i < n; i++)
            d->boilerplate[i] = 1;
        break;
    }
    free(doc_tf);
    free(cues);
    return true;
}
