/* boilerplate.c — recognises the text of a page that is not the story: membership and
 * subscription pleas, "sign up", "click here", cookie and newsletter notices, share and follow
 * widgets, bylines and photo credits, picture captions, and reader comments appended below
 * the article. Each sentence gets one byte, d->boilerplate[i]: 0 for story, otherwise the
 * reason it is left out (enum nonstory_reason in model/model.h: plea, credit, caption, widget,
 * comment, notice, about, panel), which the JSON views print.
 *
 * The rule is general, not a list of one site's sentences. A sentence's evidence is the sum
 * of:
 *   - cue phrases from the language's boilerplate.txt (weights there; "newsletter",
 *     "all rights reserved", "scroll down for video"...), matched on the words' folded forms;
 *     each cue names the reason it gives; a plea's, notice's or credit's cue counts in full
 *     only where the sentence addresses the reader or stands as a line (addresses_reader),
 *     and at half as a weak cue inside a story's sentence ("customers who sign up");
 *   - imperative mood: a sentence that opens with a verb of the `verb` list ("Sign up",
 *     "Keep", "Subscribe", "Share") in its bare form and has no subject before it;
 *   - an exclamation mark at a short sentence's end, the register of a call to action;
 *   - a caption or credit label opening the sentence ("Photo:", "Picture:", "Credit:",
 *     "Source:" on a short line);
 *   - a credit's shape: "AFP/Getty", "Jane Doe/Reuters": capitalised names joined by a
 *     slash, with a word of credits, on a short line;
 *   - a caption's shape (caption_marks): where-in-the-picture brackets ("(left)",
 *     "(pictured)", "(file photo)") or such words between commas after a name, "pictured"
 *     used without a form of "be", a sentence about a picture ("Mug shots of ..."), a
 *     "Label:" opening, and no final full stop; one
 *     of them alone is not enough, and none counts in a sentence of over CAPTION_MAX_WORDS;
 *   - a fact box's label (panel_label): two or more words in capitals before a colon,
 *     "CURRENT JOB: Sky commentator.", not a transcript's speaker; then the box's one-word
 *     labels and the text between its labels (panel_fields);
 *   - a share bar (widget_bars): the one-word buttons next to a flagged widget line;
 *   - neighbours (site_text_between): a full sentence between two notices or two pleas;
 *   - position: the same evidence weighs more in the last paragraphs of the document,
 *     where publishers put their pleas (POSITION_BOOST);
 *   - isolation: a sentence that shares no content word with the rest of the document.
 * A widget's cues weigh less in a long sentence (WIDGET_WORDS). The reason is the one with
 * the most evidence. Cue words inside quotation marks do not
 * count: they are a speaker's words. A press release's "About <Company>" heading near the end
 * makes it and all that follows boilerplate. A sentence is boilerplate when the evidence
 * reaches THRESHOLD. A closing run of sentences that is mostly boilerplate is boilerplate
 * whole (a plea's quieter sentences, "Our journalism is for everyone.", go with it);
 * captions, which stand all through an article, neither start nor fill such a run.
 *
 * Reader comments are found by their shape, not by site (comment_tail): a closing run of
 * short sentences in another register than the article's — first or second person,
 * exclamations and questions, opinion words, outside any quotation and with no speech verb
 * naming a source — or of user-name and timestamp lines ("Jo, Leeds, 2 days ago", "Posted by
 * Jo at 10:32"), after a story that has few such sentences. A text that is comments from its
 * first sentence is a page with no story at all.
 * Cost: linear in tokens plus one hash lookup per cue word. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "facts/quotes.h"
#include "select/select.h"
#include "util/words.h"

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
#define ASIDE_WEIGHT 0.5     /* a plea's cue inside a story's sentence (addresses_reader) */
#define CAPTION_WEIGHT 1.0   /* "Photo:" opening a sentence is a caption on its own */
#define CREDIT_WORDS 8       /* "Photo: Jane Doe/Reuters": a labelled line this short is a credit */
#define SOURCE_WORDS 12      /* "Source: Office for National Statistics" under a chart */
#define SLASH_CREDIT 1.0     /* "AFP/Getty" on a line of at most CREDIT_WORDS words */
/* Caption marks: a caption says where in the picture someone is and has no full stop; news
 * prose does either only now and then, so one mark alone is never enough. */
#define CAPTION_BRACKET 0.6  /* "(left)", "(pictured)", "(file photo)" */
#define CAPTION_PICTURED 0.6 /* "Amira, pictured, ...", "Ramsey pictured on the touchline" */
#define CAPTION_LABEL 0.5    /* "Flying high: ..." opening an unpunctuated line */
#define CAPTION_PICTURE 0.6  /* "A picture of ...", "Mug shots of ...", "This image shows ..." */
#define CAPTION_OPEN 0.4     /* no final full stop (not the document's first line, its title) */
#define LABEL_WORDS 4        /* words before the colon of a caption label */
#define CAPTION_MAX_WORDS 40 /* longer: a caption run into story text, which the splitter
                                could not part; the story's words weigh more */
/* Reader comments (comment_tail). */
#define COMMENT_WORDS 30     /* a comment sentence is short */
#define COMMENT_MARKS 2      /* register marks a sentence needs to read as a comment */
#define COMMENT_MIN 3        /* comment sentences a tail needs */
#define OPENER_WORDS 12      /* "What do you think? Let us know in the comments below." */
#define OPENER_FIRST 2       /* the title and the lede open no comment section */
#define OPENER_HEADING 4     /* words of a heading line ("Have your say", "Join the conversation") */
#define USERLINE_WORDS 10    /* "Jo Smith, Leeds, United Kingdom, 2 days ago" */
#define WIDGET_LINE_WORDS 3  /* "Email", "Facebook Messenger": the buttons of a share bar */
#define WIDGET_WORDS 20      /* a widget's own words at most; beyond, its cues weigh less */
#define ABOUT_HEADING_WORDS 6 /* "About Brightwater Energy": a press release's closing heading */
#define PANEL_WEIGHT 1.0     /* "CURRENT JOB: Sky commentator." is a fact box's field on its own */
#define PANEL_MAX_WORDS 40   /* longer: story text the label sits in (as CAPTION_MAX_WORDS) */
#define PANEL_FIRST 2        /* the title and the lede may open with a kicker ("BREAKING NEWS:") */

typedef struct compiled_cue {
    int32_t term[CUE_MAX_WORDS];
    uint8_t n;
    uint8_t kind;
    uint8_t reason;
    float weight;
    const boiler_cue *src; /* its words as written, for the imperative's bare form */
} compiled_cue;

/* Maps each cue's words to this document's term ids; cues with a word the document does not
 * contain cannot match and are dropped. The comment openers come along (comments_opened);
 * the readers' words do not. */
static size_t compile_cues(const precis_doc *d, compiled_cue *out) {
    size_t m = 0;
    for (size_t i = 0; i < d->lang->n_cues; i++) {
        const boiler_cue *c = &d->lang->cues[i];
        if (c->kind == CUE_READER)
            continue; /* (addresses_reader's, no evidence) */
        /* the first word alone turns away nearly every cue (a document holds about one in
         * twenty): nothing is made for it before that */
        int32_t first = lexicon_form_term_h(&d->lex, c->word[0], c->word_len[0], c->word_hash[0]);
        if (first < 0)
            continue;
        compiled_cue *cc = &out[m];
        cc->term[0] = first;
        uint8_t k = 1;
        for (; k < c->n_words; k++) {
            cc->term[k] = lexicon_form_term_h(&d->lex, c->word[k], c->word_len[k], c->word_hash[k]);
            if (cc->term[k] < 0)
                break;
        }
        if (k < c->n_words)
            continue;
        cc->n = c->n_words;
        cc->kind = c->kind;
        cc->reason = c->reason;
        cc->weight = c->weight;
        cc->src = c;
        m++;
    }
    return m;
}

/* Index of the next word or number token at or after k within [k, end), or end. */
static uint32_t next_word(const precis_doc *d, uint32_t k, uint32_t end) {
    while (k < end && d->tok_term[k] < 0)
        k++;
    return k;
}

/* Quotation mark kind of token k: 1 opens (“), 2 closes (”), 3 straight ("), 0 none. Inline:
 * the rules ask it of every token, twice. */
static inline int quote_mark_kind(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    const unsigned char *p = (const unsigned char *)d->text + t->start;
    size_t len = t->end - t->start;
    if (len == 1 && p[0] == '"')
        return 3;
    if (len == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x9C || p[2] == 0x9D))
        return p[2] == 0x9C ? 1 : 2;
    return 0;
}

/* Whether the bytes of sentence s's tokens hold a mark quote_mark_kind tells (a straight
 * double quote, or U+201C/U+201D): most sentences have none, and their tokens are then not
 * asked one by one (two passes over every token). */
static bool has_quote_marks(const precis_doc *d, const sentence *s) {
    if (s->tok_end <= s->tok_start)
        return false;
    const char *p = d->text + d->seg.tokens[s->tok_start].start, *end = d->text + d->seg.tokens[s->tok_end - 1].end;
    if (memchr(p, '"', (size_t)(end - p)))
        return true;
    for (const char *q = p; end - q >= 3 && (q = memchr(q, 0xE2, (size_t)(end - q) - 2)); q++)
        if ((unsigned char)q[1] == 0x80 && ((unsigned char)q[2] == 0x9C || (unsigned char)q[2] == 0x9D))
            return true;
    return false;
}

static bool is_punct(const precis_doc *d, uint32_t k, char c) {
    const token *t = &d->seg.tokens[k];
    return t->kind == TOK_PUNCT && t->end == t->start + 1 && d->text[t->start] == c;
}

/* The sentence's last byte before closing quotes and brackets, or 0 when none. */
static char final_mark(const precis_doc *d, const sentence *s) {
    return (char)doc_sentence_final(d, (size_t)(s - d->seg.sentences));
}

/* Where-in-the-picture words: a bracket made only of these is a caption's. */
static const listed_word PLACE_WORDS[] = {LW("left"), LW("right"), LW("centre"), LW("center"), LW("above"),
    LW("below"), LW("top"), LW("bottom"), LW("inset"), LW("pictured"), LW("picture"), LW("pictures"),
    LW("file"), LW("photo"), LW("photos"), LW("image"), LW("main"), LW("far"), LW("second"), LW("third"),
    LW("front"), LW("back"), LW("middle"), LW("row"), LW("clockwise"), LW("from"), LW("l"), LW("r"), LW("c"),
    LW("and"), LW("both"), LW("2nd"), LW("3rd"), LW("4th"), LW("here"), LW("seen"), LW("background"),
    LW("foreground"), {NULL, 0}};
static const listed_word PICTURE_NOUNS[] = {LW("photo"), LW("photos"), LW("photograph"), LW("photographs"),
    LW("picture"), LW("pictures"), LW("image"), LW("images"), LW("mugshot"), LW("mugshots"), LW("still"),
    LW("stills"), LW("screenshot"), LW("screengrab"), LW("footage"), LW("snapshot"), {NULL, 0}};
static const listed_word DETERMINERS[] = {LW("a"), LW("an"), LW("the"), LW("this"), LW("these"), LW("another"),
    {NULL, 0}};
static const listed_word BE_FORMS[] = {LW("is"), LW("are"), LW("was"), LW("were"), LW("be"), LW("been"),
    LW("being"), LW("'s"), LW("’s"), LW("not"), {NULL, 0}};

/* Where-in-the-picture words set off by commas after a name: "Ana Reyes, left, and ...",
 * "Billy Thompson, center, was last seen"; not a list ("from the left, right, and behind").
 * k is the first comma. */
static const listed_word COMMA_PLACES[] = {LW("left"), LW("right"), LW("centre"), LW("center"), LW("above"),
    LW("below"), LW("inset"), LW("top"), LW("bottom"), {NULL, 0}};
static bool comma_position(const precis_doc *d, uint32_t k, uint32_t end) {
    if (k == 0 || k + 2 >= end || !is_punct(d, k + 2, ',') || !doc_tok_in_listed(d, k + 1, COMMA_PLACES))
        return false;
    const token *name = &d->seg.tokens[k - 1];
    return name->kind == TOK_WORD && name->shape != SHAPE_LOWER;
}

/* Caption evidence of sentence i: brackets of place words, "pictured" as a caption uses it, a
 * sentence about a picture, a "Label:" opening and a missing full stop. Only a combination
 * reaches THRESHOLD. `credited`: the sentence has a credit cue ("provided by"); `pictured`:
 * the document has the word "pictured" (else no token of it is). */
static double caption_marks(const precis_doc *d, size_t i, bool credited, bool pictured) {
    const sentence *s = &d->seg.sentences[i];
    double marks = 0;
    bool pictured_end = false;
    size_t length = doc_sentence_words(d, i);
    if (length > CAPTION_MAX_WORDS)
        return 0;
    /* the loop looks for brackets, "pictured" and places between commas alone: a sentence
     * without a '(' byte in a document without the word has neither of the first two, and
     * the third is looked for only without a final full stop (with one, a comma's place
     * alone cannot make a caption: it needs company) */
    char last = final_mark(d, s);
    bool unstopped = last && !strchr(".!?:;", last);
    bool look = pictured || unstopped || memchr(d->text + s->start, '(', s->end - s->start);
    for (uint32_t k = s->tok_start; look && k < s->tok_end; k++) {
        if (is_punct(d, k, '(')) {
            uint32_t e = k + 1, words = 0;
            bool place = true;
            for (; e < s->tok_end && e - k <= 6 && !is_punct(d, e, ')'); e++) {
                const token *t = &d->seg.tokens[e];
                if (t->kind == TOK_WORD || t->kind == TOK_NUMBER) {
                    words++;
                    place = place && doc_tok_in_listed(d, e, PLACE_WORDS);
                } else if (!is_punct(d, e, ',')) {
                    place = false;
                }
            }
            /* "(pictured posed by model)" closing a line: the splitter parted it from the
             * sentence after it, and a caption ends on who is in the picture */
            bool closing = e + 1 == s->tok_end && k + 1 < e && doc_tok_is(d, k + 1, "pictured");
            if (e < s->tok_end && is_punct(d, e, ')') && words && (place || closing))
                marks += CAPTION_BRACKET;
            pictured_end = pictured_end || (closing && e < s->tok_end && is_punct(d, e, ')'));
        } else if (is_punct(d, k, ',') && comma_position(d, k, s->tok_end)) {
            marks += CAPTION_BRACKET; /* "Ana Reyes, left, and Tom Hale ..." as AP captions write it */
        } else if (doc_tok_is(d, k, "pictured") && k > s->tok_start && !doc_tok_in_listed(d, k - 1, BE_FORMS) &&
                   !(k > s->tok_start + 1 && doc_tok_in_listed(d, k - 2, BE_FORMS)) && !is_punct(d, k - 1, '(')) {
            marks += CAPTION_PICTURED; /* "was pictured", "has not been pictured" are story */
        }
    }
    /* a sentence about a picture: "A picture of the old wall provided by ...", "Mug shots of
     * the suspects", "This image shows ..."; only with a credit or without a full stop ("The
     * picture of millions going hungry contrasts with ..." is a figure of speech) */
    /* the first line is the title, which has no full stop either; a title does not end on
     * who is pictured */
    bool open = (i > 0 || pictured_end) && last && !strchr(".!?:;", last);
    uint32_t p = s->tok_start;
    if (p < s->tok_end && doc_tok_in_listed(d, p, DETERMINERS))
        p++;
    bool mug = p + 1 < s->tok_end && doc_tok_is(d, p, "mug") && (doc_tok_is(d, p + 1, "shot") || doc_tok_is(d, p + 1, "shots"));
    if (mug)
        p++;
    if (p + 1 < s->tok_end && (mug || doc_tok_in_listed(d, p, PICTURE_NOUNS)) &&
        (doc_tok_is(d, p + 1, "of") || doc_tok_is(d, p + 1, "shows") || doc_tok_is(d, p + 1, "showing")) && (open || credited))
        marks += CAPTION_PICTURE;
    if (marks == 0)
        return 0;
    /* "Star-crossed lovers: ..." — a short label of words, the first capitalised, no verb of
     * speech ("He said: ...") */
    uint32_t k = s->tok_start, words = 0;
    bool speech = false;
    for (; k < s->tok_end && words <= LABEL_WORDS && d->seg.tokens[k].kind == TOK_WORD; k++, words++)
        speech = speech || quotes_is_speech_verb(d, k);
    if (words && words <= LABEL_WORDS && k < s->tok_end && is_punct(d, k, ':') && !speech &&
        d->seg.tokens[s->tok_start].shape != SHAPE_LOWER)
        marks += CAPTION_LABEL;
    if (open)
        marks += CAPTION_OPEN;
    /* a caption run into story text: the longer the sentence, the more of it is story */
    return marks;
}

/* Words of a photo credit: picture agencies and the words credits are made of. */
static const listed_word CREDIT_WORDS_LIST[] = {LW("getty"), LW("images"), LW("image"), LW("afp"), LW("ap"),
    LW("reuters"), LW("epa"), LW("pa"), LW("rex"), LW("shutterstock"), LW("alamy"), LW("corbis"), LW("splash"),
    LW("wenn"), LW("photo"), LW("photos"), LW("photography"), LW("pictures"), LW("press"), LW("news"),
    LW("agency"), LW("handout"), LW("instagram"), LW("twitter"), LW("facebook"), LW("supplied"), LW("nasa"),
    LW("ddp"), LW("xinhua"), LW("barcroft"), {NULL, 0}};

/* Credit evidence: "Jane Doe/Reuters", "AFP/Getty Images": names joined by a slash with no
 * space, on a short line with a word of credits, or standing alone in brackets ("(Jo
 * Marsh/Harbour Times)" under a picture: nothing but capitalised names). */
static double slash_credit(const precis_doc *d, size_t i) {
    const sentence *s = &d->seg.sentences[i];
    if (doc_sentence_words(d, i) > CREDIT_WORDS)
        return 0;
    bool slash = false, credit = false;
    uint32_t e = s->tok_end;
    while (e > s->tok_start + 1 && d->seg.tokens[e - 1].kind == TOK_PUNCT && !is_punct(d, e - 1, ')'))
        e--;
    bool bracketed = is_punct(d, s->tok_start, '(') && is_punct(d, e - 1, ')');
    for (uint32_t k = s->tok_start + 1; bracketed && k + 1 < e; k++) {
        const token *t = &d->seg.tokens[k];
        bracketed = t->kind == TOK_WORD ? t->shape != SHAPE_LOWER : is_punct(d, k, '/');
    }
    credit = bracketed;
    for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
        if (k > s->tok_start && k + 1 < s->tok_end && is_punct(d, k, '/')) {
            const token *a = &d->seg.tokens[k - 1], *t = &d->seg.tokens[k], *b = &d->seg.tokens[k + 1];
            slash = slash || (a->end == t->start && t->end == b->start && a->kind == TOK_WORD &&
                              b->kind == TOK_WORD && a->shape != SHAPE_LOWER && b->shape != SHAPE_LOWER);
        }
        credit = credit || doc_tok_in_listed(d, k, CREDIT_WORDS_LIST);
    }
    return slash && credit ? SLASH_CREDIT : 0;
}

/* Labels of a picture's credit line ("Photo:", "Picture / ..."). */
static const listed_word PICTURE_LABELS[] = {LW("photo"), LW("photos"), LW("photograph"), LW("picture"),
    LW("pictures"), LW("image"), LW("images"), LW("credit"), {NULL, 0}};

/* True when sentence i is a caption's by its place: a paragraph of two sentences, i and a
 * picture's credit line after it (a picture label with a colon or a slash, or a slash
 * credit), i no longer than a caption. */
static bool under_picture(const precis_doc *d, size_t i) {
    const sentence *s = &d->seg.sentences[i], *c = s + 1;
    const paragraph *pg = &d->seg.paragraphs[s->paragraph];
    if (pg->sent_start != i || pg->sent_end != i + 2 || doc_sentence_words(d, i) > CAPTION_MAX_WORDS)
        return false;
    uint32_t k = c->tok_start;
    if (k < c->tok_end && is_punct(d, k, '('))
        k++;
    bool label = k + 1 < c->tok_end && doc_tok_in_listed(d, k, PICTURE_LABELS) &&
                 (d->text[d->seg.tokens[k + 1].start] == ':' || d->text[d->seg.tokens[k + 1].start] == '/');
    return label || slash_credit(d, i + 1) > 0;
}

/* True when sentence i is a credit under a caption in its paragraph ("A ferry leaves the
 * south quay. Image: Jo Marsh"): it stands where pictures stand, all through an article. */
static bool picture_credit_at(const precis_doc *d, size_t i) {
    return i > 0 && d->boilerplate[i] == NS_CREDIT && d->boilerplate[i - 1] == NS_CAPTION &&
           d->seg.sentences[i].paragraph == d->seg.sentences[i - 1].paragraph;
}

/* True when token k is one of the language's reader words (boilerplate.txt's `reader`
 * entries): folded, or as written when the entry has a capital. */
static bool reader_word(const precis_doc *d, size_t k) {
    const token *t = &d->seg.tokens[k];
    size_t n = t->end - t->start;
    for (size_t i = d->lang->readers_from; i < d->lang->readers_to; i++) {
        const boiler_cue *c = &d->lang->cues[i];
        if (c->kind != CUE_READER || c->word_len[0] != n)
            continue;
        bool capital = false;
        for (size_t j = 0; j < n && !capital; j++)
            capital = c->word[0][j] >= 'A' && c->word[0][j] <= 'Z';
        if (capital ? memcmp(d->text + t->start, c->word[0], n) == 0 : doc_tok_is_n(d, k, c->word[0], n))
            return true;
    }
    return false;
}

/* (select.h; reader_word stays static, for the scan of every token to inline) */
bool boilerplate_reader_word(const precis_doc *d, size_t k) { return reader_word(d, k); }

/* True when sentence i speaks to the reader or stands as a line: a short sentence, an
 * exclamation, or a reader word ("you", "your", "our", "we") outside quotation marks. */
static bool addresses_reader(const precis_doc *d, size_t i, bool marks) {
    const sentence *s = &d->seg.sentences[i];
    if (doc_sentence_words(d, i) <= SHORT_SENTENCE || final_mark(d, s) == '!')
        return true;
    bool quoted = false;
    for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
        int m = marks ? quote_mark_kind(d, k) : 0;
        if (m)
            quoted = m == 1 ? true : m == 2 ? false : !quoted;
        else if (!quoted && d->seg.tokens[k].kind == TOK_WORD && reader_word(d, k))
            return true;
    }
    return false;
}

/* addresses_reader(d, i, marks), kept in *memo (-1 before the first call). */
static bool addresses_reader_once(const precis_doc *d, size_t i, bool marks, int *memo) {
    if (*memo < 0)
        *memo = addresses_reader(d, i, marks);
    return *memo;
}

static double closing_link(const precis_doc *d, size_t i, double *by);

/* True when word token k is written in capitals: two letters or more (SHAPE_UPPER), or a
 * one-letter capital word inside a label ("A VIEW FROM THE BENCH"). */
static bool capitals_word(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    return t->kind == TOK_WORD && (t->shape == SHAPE_UPPER || (t->shape == SHAPE_CAPITAL && t->end - t->start == 1));
}

/* The terms the document writes as a name (per term, 1): with a capital and lower case
 * after the first token of a sentence ("Jake Tapper" in "CNN's Jake Tapper"), or alone in
 * capitals before a colon, as a transcript names a speaker after the first turn ("TAPPER:
 * And ..."). Made in one pass at the first label that asks (a page of a thousand labels
 * must not read the document a thousand times); NULL when out of memory (no name known). */
typedef struct names_memo {
    uint8_t *named;
    bool made;
} names_memo;

static bool named_elsewhere(const precis_doc *d, names_memo *memo, int32_t term) {
    if (!memo->made) {
        memo->made = true;
        memo->named = calloc(d->lex.n_terms ? d->lex.n_terms : 1, 1);
        for (size_t i = 0; memo->named && i < d->seg.n_sentences; i++) {
            const sentence *s = &d->seg.sentences[i];
            for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
                const token *t = &d->seg.tokens[k];
                if (d->tok_term[k] >= 0 &&
                    ((t->shape == SHAPE_CAPITAL && k > s->tok_start) ||
                     (t->shape == SHAPE_UPPER && k + 1 < s->tok_end && is_punct(d, k + 1, ':') &&
                      (k == s->tok_start || !capitals_word(d, k - 1)))))
                    memo->named[d->tok_term[k]] = 1;
            }
        }
    }
    return memo->named && memo->named[term];
}

/* Evidence that sentence i is a field of a fact box or a sidebar: a label of two or more
 * words in capitals before a colon, "Andrew Strauss (Age 38) CURRENT JOB: Sky commentator.",
 * "SHOW US YOUR MEDALS: Played 133 Tests.", "EXPERT VERDICT: ...". Such labels open the
 * sentence or follow a name, a bracket or a caption the page set above them; after a verb
 * of speech or a function word the capitals are what a sentence names ("told ABC NEWS:
 * ...", "according to NBC NEWS: ..."). A transcript's speaker ("JOHN MARSH: Why did you
 * ...") is a label too, and its last word is a name the document writes elsewhere ("host
 * John Marsh", "MARSH: And ..."): a label without a stop word whose last word is so written
 * is a speaker's, and story. One capital word ("UPDATE:", "CSI:") is left alone, `min_words`
 * 2: outlets, kickers and titles are written so; in a document that has a box
 * (panel_fields), "CLAIMS: A UVA and UVB sunscreen." is one of its fields. */
static double panel_label(const precis_doc *d, size_t i, uint32_t min_words, names_memo *memo) {
    const sentence *s = &d->seg.sentences[i];
    if (i < PANEL_FIRST || doc_sentence_words(d, i) > PANEL_MAX_WORDS)
        return 0;
    /* the colons after a capital letter (spaces aside: "VERDICT :" in tokenized text), found
     * by their bytes: most colons of news follow a lower-case word ("said:") or a digit
     * ("10:30"), and no token is read for them */
    const char *start = d->text + s->start, *end = d->text + s->end;
    for (const char *p = start; (p = memchr(p, ':', (size_t)(end - p))) != NULL; p++) {
        const char *q = p;
        while (q > start && q[-1] == ' ')
            q--;
        if (q == start || q[-1] < 'A' || q[-1] > 'Z')
            continue;
        uint32_t k = (uint32_t)doc_token_at(d, (size_t)(p - d->text));
        if (k < s->tok_start + 2 || k + 1 >= s->tok_end || !is_punct(d, k, ':'))
            continue;
        uint32_t a = k;
        while (a > s->tok_start && capitals_word(d, a - 1))
            a--;
        if (k - a < min_words || d->seg.tokens[a].shape != SHAPE_UPPER)
            continue;
        if (a > s->tok_start) {
            const token *before = &d->seg.tokens[a - 1];
            if (before->kind == TOK_WORD && before->shape == SHAPE_LOWER &&
                (d->tok_stop[a - 1] || quotes_is_speech_verb(d, a - 1)))
                continue; /* "told ABC NEWS:", "according to NBC NEWS:" */
            if (before->kind == TOK_PUNCT && !is_punct(d, a - 1, ')'))
                continue; /* "Radio 4's TODAY PROGRAMME:", "... 'I'M RUNNING':", a list */
        }
        /* a value in capitals too is a heading ("MAGALY MEDINA: ME ESCAPE DEL COLEGIO"), a
         * section's name and its words, not a field of a box */
        if (k + 2 < s->tok_end && d->seg.tokens[k + 1].shape == SHAPE_UPPER &&
            d->seg.tokens[k + 2].shape == SHAPE_UPPER)
            continue;
        bool speaker = d->tok_term[k - 1] >= 0 && named_elsewhere(d, memo, d->tok_term[k - 1]);
        for (uint32_t w = a; w < k && speaker; w++)
            speaker = !d->tok_stop[w];
        if (!speaker)
            return PANEL_WEIGHT;
    }
    return 0;
}

/* True when sentence i is a byline standing as a line of its own: "By Jo Marsh, Harbour
 * Correspondent", "By Jo Marsh and Tom Hale in Sines": "By", then capitalised words with
 * commas and a few linking words, at most BYLINE_WORDS words, nothing after it on its line.
 * ("By Tuesday the council had agreed" has lower-case words.) */
#define BYLINE_WORDS 10
static bool byline(const precis_doc *d, size_t i) {
    const sentence *s = &d->seg.sentences[i];
    const uint32_t line = TOKF_NEWLINE_BEFORE | TOKF_PARA_BEFORE;
    uint32_t k = s->tok_start;
    if (k + 2 >= s->tok_end || !doc_tok_is(d, k, "by") || d->seg.tokens[k].shape == SHAPE_LOWER ||
        doc_sentence_words(d, i) > BYLINE_WORDS || (i > 0 && !(d->seg.tokens[k].flags & line)) ||
        (i + 1 < d->seg.n_sentences && !(d->seg.tokens[s[1].tok_start].flags & line)))
        return false;
    size_t names = 0;
    for (k++; k < s->tok_end; k++) {
        const token *t = &d->seg.tokens[k];
        if (t->kind == TOK_WORD && t->shape != SHAPE_LOWER)
            names++;
        else if (t->kind == TOK_WORD ? !(doc_tok_is(d, k, "and") || doc_tok_is(d, k, "in") || doc_tok_is(d, k, "for") ||
                                          doc_tok_is(d, k, "of") || doc_tok_is(d, k, "the"))
                                     : !is_punct(d, k, ',') && !is_punct(d, k, '.') && t->kind != TOK_POSSESSIVE)
            return false;
    }
    return names >= 2;
}

/* Fills by[reason] with sentence i's evidence per reason and returns the total. */
static double sentence_evidence(const precis_doc *d, size_t i, const compiled_cue *cues, size_t n_cues,
                                const uint8_t *cue_first, bool pictured, names_memo *memo, double *by) {
    const sentence *s = &d->seg.sentences[i];
    double ev = 0, weak = 0;
    bool strong = false, strong_other = false; /* other: a strong sign that is not a widget's */
    double weak_by[NS_REASONS] = {0};
    uint32_t first = next_word(d, s->tok_start, s->tok_end);
    bool marks = has_quote_marks(d, s); /* else no token is one */
    /* whether the sentence addresses the reader: asked only of a sentence with a strong cue
     * that needs it (most sentences have none, and the test reads every token) */
    int standing = -1;
    /* Words inside quotation marks are someone's reported speech, not the site talking to its
     * reader: a judge's "you treated it as your own" is no plea. */
    bool quoted = false;
    uint32_t qk = s->tok_start;
    /* most sentences have no word that starts a cue: a tight look for one first, and the
     * walk below (words, quotation marks, cues) only when there is */
    bool cued = false;
    for (uint32_t k = first; k < s->tok_end && !cued; k++)
        cued = d->tok_term[k] >= 0 && cue_first[d->tok_term[k]];
    for (uint32_t k = cued ? first : s->tok_end; k < s->tok_end; k = next_word(d, k + 1, s->tok_end)) {
        for (; marks && qk < k; qk++) {
            int m = quote_mark_kind(d, qk);
            if (m)
                quoted = m == 1 ? true : m == 2 ? false : !quoted;
        }
        if (quoted || !cue_first[d->tok_term[k]])
            continue;
        for (size_t c = 0; c < n_cues; c++) {
            const compiled_cue *cc = &cues[c];
            /* comment cues are marks of register (comment_tail), not evidence on their own */
            if (cc->term[0] != d->tok_term[k] || cc->reason == NS_COMMENT)
                continue;
            /* the imperative is the verb's bare form: "Sign up ..." calls the reader, "Buying
             * MCI would give ..." and "Signed up ..." tell news */
            if (cc->kind == CUE_VERB &&
                (k != first || !doc_tok_is_n(d, k, cc->src->word[0], cc->src->word_len[0])))
                continue;
            uint32_t j = k;
            uint8_t w = 1;
            for (; w < cc->n; w++) {
                j = next_word(d, j + 1, s->tok_end);
                if (j >= s->tok_end || d->tok_term[j] != cc->term[w])
                    break;
            }
            if (w == cc->n) {
                /* A plea's, notice's or credit's cue is the site talking only where the sentence
                 * addresses the reader or stands as a line of its own; in a story's sentence
                 * ("customers who sign up to broadband", "his copyright had been infringed",
                 * "Oreo cookies") it is a word of the news and counts as a weak cue, at half.
                 * Standing: a short line, an exclamation, the reader addressed, the cue opening
                 * the sentence or its purpose ("To donate, visit ...") or ending it ("... click
                 * here."). */
                bool aside = cc->kind == CUE_PHRASE && cc->weight >= 1.0 &&
                             !addresses_reader_once(d, i, marks, &standing) &&
                             (cc->reason == NS_PLEA || cc->reason == NS_NOTICE || cc->reason == NS_CREDIT) &&
                             k != first && next_word(d, j + 1, s->tok_end) < s->tok_end &&
                             !(doc_tok_is(d, first, "to") && k == next_word(d, first + 1, s->tok_end));
                if (aside) {
                    weak += cc->weight * ASIDE_WEIGHT;
                    weak_by[cc->reason] += cc->weight * ASIDE_WEIGHT;
                } else if (cc->weight >= 1.0 || cc->kind == CUE_VERB) {
                    ev += cc->weight;
                    by[cc->reason] += cc->weight;
                    strong = true;
                    strong_other = strong_other || cc->reason != NS_WIDGET;
                } else {
                    weak += cc->weight;
                    weak_by[cc->reason] += cc->weight;
                }
            }
        }
    }
    size_t words = doc_sentence_words(d, i);
    /* a caption or credit label opening the sentence: "Photo: A commuter walks...",
     * "Picture: Getty", "Source: Office for National Statistics" */
    static const struct {
        const char *word;
        uint8_t reason; /* of a longer line; a line of CREDIT_WORDS or fewer is a credit */
        uint8_t max_words; /* 0: any length */
    } LABELS[] = {{"photo", NS_CAPTION, 0},   {"photograph", NS_CAPTION, 0}, {"picture", NS_CAPTION, 0},
                  {"pictures", NS_CAPTION, 0}, {"photos", NS_CAPTION, 0},    {"image", NS_CAPTION, 0},
                  {"images", NS_CAPTION, 0},  {"caption", NS_CAPTION, 0},   {"credit", NS_CREDIT, 0},
                  {"credits", NS_CREDIT, 0},  {"video", NS_WIDGET, 0},      {"source", NS_CREDIT, SOURCE_WORDS},
                  {"sources", NS_CREDIT, SOURCE_WORDS}};
    /* (in brackets too: "(Photo: AP)", which the splitter cuts from the story after it) */
    bool opens = first == s->tok_start;
    if (first == s->tok_start + 1 && doc_tok_is(d, s->tok_start, "(")) { /* ... when the bracket is all of it */
        uint32_t e = s->tok_end;
        while (e > first && d->seg.tokens[e - 1].kind == TOK_PUNCT && !doc_tok_is(d, e - 1, ")"))
            e--;
        opens = e > first && doc_tok_is(d, e - 1, ")");
        for (uint32_t k = first; k + 1 < e && opens; k++)
            opens = !doc_tok_is(d, k, ")");
    }
    /* ("Photo / Jo Marsh", "Picture/Ola Berg": a slash for the colon) */
    if (opens && first + 1 < s->tok_end &&
        (d->text[d->seg.tokens[first + 1].start] == ':' || d->text[d->seg.tokens[first + 1].start] == '/')) {
        for (size_t l = 0; l < sizeof LABELS / sizeof LABELS[0]; l++)
            if (doc_tok_is(d, first, LABELS[l].word) && (!LABELS[l].max_words || words <= LABELS[l].max_words)) {
                ev += CAPTION_WEIGHT;
                by[words <= CREDIT_WORDS && LABELS[l].reason != NS_WIDGET ? NS_CREDIT : LABELS[l].reason] +=
                    CAPTION_WEIGHT;
                strong = true;
                strong_other = strong_other || LABELS[l].reason != NS_WIDGET;
                break;
            }
    }
    double panel = panel_label(d, i, 2, memo);
    if (panel > 0) {
        ev += panel;
        by[NS_PANEL] += panel;
        strong = strong_other = true;
    }
    if (byline(d, i)) {
        ev += CAPTION_WEIGHT;
        by[NS_CREDIT] += CAPTION_WEIGHT;
        strong = strong_other = true;
    }
    double credit = slash_credit(d, i);
    if (credit > 0) {
        ev += credit;
        by[NS_CREDIT] += credit;
        strong = strong_other = true;
    }
    double caption = caption_marks(d, i, by[NS_CREDIT] + weak_by[NS_CREDIT] > 0, pictured);
    if (caption > 0) {
        ev += caption;
        by[NS_CAPTION] += caption;
        strong = strong_other = true;
    }
    /* a short exclamation */
    if (s->end > s->start && words <= SHORT_SENTENCE && final_mark(d, s) == '!') {
        ev += EXCLAIM_WEIGHT;
        by[NS_PLEA] += EXCLAIM_WEIGHT;
        strong = strong_other = true;
    }
    for (unsigned r = 0; r < NS_REASONS; r++)
        by[r] += weak_by[r];
    /* A widget is a few words; in a long sentence ("Scroll down for video" glued by the
     * splitter to the caption and story sentence after it) its cue is an aside, and the
     * sentence keeps its chance as story in proportion. */
    double w = words > WIDGET_WORDS ? (double)WIDGET_WORDS / (double)words : 1;
    ev -= (1 - w) * (by[NS_WIDGET] - weak_by[NS_WIDGET]);
    weak -= (1 - w) * weak_by[NS_WIDGET];
    by[NS_WIDGET] *= w;
    if (w < 1)
        strong = strong_other; /* nor does it lift the cap on weak cues */
    /* (after that scaling: a post's or a link's end weighs the same in a long sentence) */
    double link = closing_link(d, i, by);
    if (link > 0) {
        ev += link;
        strong = true;
    }
    return ev + (strong || weak < WEAK_CAP ? weak : WEAK_CAP);
}

bool nonstory_marks_posts(const precis_doc *d) {
    for (const char *p = memchr(d->text, '<', d->len); p; p = memchr(p + 1, '<', d->len - (size_t)(p + 1 - d->text)))
        if ((size_t)(d->text + d->len - p) >= 6 && strncasecmp(p, "<tweet", 6) == 0)
            return true;
    return false;
}

#define EMBED_TAG_REACH 1024 /* bytes before a sentence read for the post's opening tag */
bool nonstory_embedded_post(const precis_doc *d, size_t i) {
    const sentence *s = &d->seg.sentences[i];
    uint32_t lo = s->start > EMBED_TAG_REACH ? s->start - EMBED_TAG_REACH : 0;
    for (uint32_t b = s->start; b-- > lo;) {
        if (d->text[b] != '<')
            continue;
        if (b + 7 <= d->len && strncasecmp(d->text + b, "</tweet", 7) == 0)
            return false;
        if (b + 6 <= d->len && strncasecmp(d->text + b, "<tweet", 6) == 0)
            return true;
    }
    return false;
}

/* True when token k is a link: a URL ("https://t.co/...", "www.example.com") or a
 * social site's picture link, which has no scheme ("pic.twitter.com/xp4RPN"). */
static bool link_token(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    return t->kind == TOK_URL ||
           (t->kind == TOK_WORD && t->end - t->start >= 15 && strncasecmp(d->text + t->start, "pic.twitter.com", 15) == 0);
}

/* Evidence that sentence i is not story by how it ends: on an embedded post's signature
 * ("... pic.twitter.com/bEutJ9 -- Jo Smith (@josmith) November 8, 2016",
 * segment_signature_before) or on a link ("Read or Share this story: http://usat.ly/2fF",
 * "Follow Jeff on Twitter: https://twitter.com/jeff"), a widget's; on an e-mail address
 * ("Reach him directly at jo@example.com.", "EMAIL: tips@example.com"), the site's plea to
 * write in. A link or an address inside a sentence ("On her website, www.example.com, she
 * describes ...") is no evidence: news names them. Adds to by[] and returns the weight. */
#define EMBED_WEIGHT 1.0
static double closing_link(const precis_doc *d, size_t i, double *by) {
    const sentence *s = &d->seg.sentences[i];
    uint32_t e = s->tok_end;
    while (e > s->tok_start && d->seg.tokens[e - 1].kind == TOK_PUNCT && !doc_tok_is(d, e - 1, ")"))
        e--; /* the full stop and closing marks */
    if (e == s->tok_start)
        return 0;
    uint32_t last = e - 1;
    if (segment_signature_before(d->text, d->seg.tokens, s->tok_start, e)) { /* "(@handle) November 8, 2016" */
        by[NS_WIDGET] += EMBED_WEIGHT;
        return EMBED_WEIGHT;
    }
    /* (a link's path split into tokens: "pic.twitter.com" "/" "bEutJ9") */
    uint32_t link = last;
    while (link > s->tok_start && last - link < 3 && !link_token(d, link) && !(d->seg.tokens[link].flags & TOKF_SPACE_BEFORE))
        link--;
    bool is_link = link_token(d, link);
    if (!is_link && d->seg.tokens[last].kind != TOK_EMAIL)
        return 0;
    /* (not in a speaker's words: "He said: 'I will tweet anything ... paypal me
     * bowe@example.com") */
    bool quoted = false;
    if (has_quote_marks(d, s))
        for (uint32_t k = s->tok_start; k < last; k++) {
            int m = quote_mark_kind(d, k);
            if (m)
                quoted = m == 1 ? true : m == 2 ? false : !quoted;
        }
    if (quoted)
        return 0;
    by[is_link ? NS_WIDGET : NS_PLEA] += EMBED_WEIGHT; /* a link's, or an e-mail address's */
    return EMBED_WEIGHT;
}

static uint8_t top_reason(const double *by) {
    uint8_t best = NS_PLEA;
    for (uint8_t r = NS_PLEA; r < NS_REASONS; r++)
        if (by[r] > by[best])
            best = r;
    return best;
}

/* True when sentence i is a button of a bar: a line of at most WIDGET_LINE_WORDS words without
 * a final full stop. */
static bool button_line(const precis_doc *d, size_t i) {
    char last = final_mark(d, &d->seg.sentences[i]);
    return doc_sentence_words(d, i) <= WIDGET_LINE_WORDS && last && !strchr(".!?", last);
}

/* A share bar is a run of short lines ("Share this with", "Email", "Facebook", "Messenger",
 * "Copy this link"): the buttons next to a flagged widget line that carry some evidence of
 * their own ("Facebook") are widgets too, and so is a button line between two of them
 * ("Messenger"). */
static void widget_bars(precis_doc *d) {
    size_t n = d->seg.n_sentences;
    for (size_t i = 1; i < n; i++) /* forward from each widget line */
        if (d->boilerplate[i - 1] == NS_WIDGET && !d->boilerplate[i] && d->parts[i].penalty > 0 && button_line(d, i))
            d->boilerplate[i] = NS_WIDGET;
    for (size_t i = n - 1; i-- > 0;) /* and backward */
        if (d->boilerplate[i + 1] == NS_WIDGET && !d->boilerplate[i] && d->parts[i].penalty > 0 && button_line(d, i))
            d->boilerplate[i] = NS_WIDGET;
    for (size_t i = 1; i + 1 < n; i++)
        if (d->boilerplate[i - 1] == NS_WIDGET && d->boilerplate[i + 1] == NS_WIDGET && !d->boilerplate[i] &&
            button_line(d, i))
            d->boilerplate[i] = NS_WIDGET;
}

/* ---- reader comments ------------------------------------------------------------------------ */

/* The first- and second-person words, by first letter: is_voice runs at every token and
 * compares a word with the few of its letter only. */
static const listed_word VOICE_I[] = {LW("i"), LW("i'm"), LW("i’m"), LW("i've"), LW("i’ve"), LW("i'd"), LW("i’d"),
    LW("i'll"), LW("i’ll"), LW("im"), LW("ive"), {NULL, 0}};
static const listed_word VOICE_M[] = {LW("me"), LW("my"), LW("mine"), LW("myself"), {NULL, 0}};
static const listed_word VOICE_Y[] = {LW("you"), LW("your"), LW("yours"), LW("yourself"), LW("you're"), LW("you’re"),
    LW("you've"), LW("you’ve"), {NULL, 0}};
static const listed_word VOICE_W[] = {LW("we"), LW("we're"), LW("we’re"), {NULL, 0}};
static const listed_word VOICE_U[] = {LW("us"), {NULL, 0}};
static const listed_word VOICE_O[] = {LW("our"), LW("ours"), {NULL, 0}};

/* The voice words starting with c (ASCII case aside), or NULL when none does: a bit test,
 * then a table (a switch compiled to a jump through a table, whose target the first letters
 * of a sentence's words hardly let the branch predictor guess). */
static const listed_word *voice_words(char c) {
    unsigned letter = (unsigned)((unsigned char)c | 0x20) - 'a';
    const uint32_t voiced = 1u << ('i' - 'a') | 1u << ('m' - 'a') | 1u << ('y' - 'a') | 1u << ('w' - 'a') |
                            1u << ('u' - 'a') | 1u << ('o' - 'a');
    if (letter >= 26 || !(voiced >> letter & 1))
        return NULL;
    static const listed_word *const BY_LETTER[26] = {
        ['i' - 'a'] = VOICE_I, ['m' - 'a'] = VOICE_M, ['y' - 'a'] = VOICE_Y,
        ['w' - 'a'] = VOICE_W, ['u' - 'a'] = VOICE_U, ['o' - 'a'] = VOICE_O,
    };
    return BY_LETTER[letter];
}
static const listed_word TIME_UNITS[] = {LW("second"), LW("seconds"), LW("minute"), LW("minutes"), LW("min"),
    LW("mins"), LW("hour"), LW("hours"), LW("hr"), LW("hrs"), LW("day"), LW("days"), LW("week"), LW("weeks"),
    LW("month"), LW("months"), LW("year"), LW("years"), {NULL, 0}};

/* is_voice for a word token k whose first letter starts the words of `voice`: out of line,
 * for the few tokens that get this far. */
static bool is_voice_word(const precis_doc *d, uint32_t k, const listed_word *voice) {
    const token *t = &d->seg.tokens[k];
    if (!doc_tok_in_listed(d, k, voice))
        return false;
    bool first = k == (uint32_t)d->seg.sentences[t->sentence].tok_start || (t->flags & TOKF_SENT_START);
    return t->shape == SHAPE_LOWER || d->text[t->start] == 'I' || (first && t->shape == SHAPE_CAPITAL);
}

/* A first- or second-person word; "US" in capitals is the country, and a capitalised "You"
 * or "My" inside a sentence is part of a title ("My Summer Of Love"). Inline: asked of every
 * token of most sentences, and the kind, the length and then the first letter rule out
 * nearly all of them. */
static inline bool is_voice(const precis_doc *d, uint32_t k) {
    const token *t = &d->seg.tokens[k];
    if (t->kind != TOK_WORD || t->end - t->start > 9)
        return false;
    const listed_word *voice = voice_words(d->text[t->start]);
    return voice && is_voice_word(d, k, voice);
}

/* Sentence kinds for the comment tail. */
enum { CM_NONE = 0, CM_COMMENT = 1, CM_USERLINE = 2 };

/* True when sentence i is, or opens with, a commenter's name-and-time line: "Jo, Leeds, 2 days
 * ago", "Posted by Jo at 10:32". Before the time come only names and places (capitalised
 * words and commas), at least one name and a comma. */
static bool user_line(const precis_doc *d, size_t i) {
    const sentence *s = &d->seg.sentences[i];
    uint32_t k0 = s->tok_start;
    if (k0 + 3 < s->tok_end && doc_tok_is(d, k0, "posted") && doc_tok_is(d, k0 + 1, "by")) {
        /* "Posted by <name> at|on <time or date>" */
        for (uint32_t j = k0 + 2; j + 1 < s->tok_end && j < k0 + 2 + USERLINE_WORDS; j++)
            if ((doc_tok_is(d, j, "at") || doc_tok_is(d, j, "on")) && d->seg.tokens[j + 1].kind == TOK_NUMBER)
                return true;
        return false;
    }
    size_t names = 0;
    for (uint32_t k = k0; k + 2 < s->tok_end && names <= USERLINE_WORDS; k++) {
        const token *t = &d->seg.tokens[k];
        if (t->kind == TOK_NUMBER)
            return names > 0 && is_punct(d, k - 1, ',') && doc_tok_in_listed(d, k + 1, TIME_UNITS) && doc_tok_is(d, k + 2, "ago");
        if (t->kind == TOK_WORD && t->shape != SHAPE_LOWER)
            names++;
        else if (!is_punct(d, k, ',') && !doc_tok_is(d, k, "from"))
            return false;
    }
    return false;
}

/* How much sentence i reads like a reader's comment: first or second person, ! or ?, opinion
 * words (boilerplate.txt's comment cues), shouting; never when it quotes or names a speaker,
 * when it is long, or when it is full of figures. `in_quote` says whether a quotation opened
 * in an earlier sentence of the paragraph is still open. */
static uint8_t comment_kind(const precis_doc *d, size_t i, const compiled_cue *cues, size_t n_cues,
                            const uint8_t *cue_first, bool in_quote, bool *own_voice) {
    const sentence *s = &d->seg.sentences[i];
    *own_voice = false;
    if (user_line(d, i))
        return CM_USERLINE;
    size_t words = doc_sentence_words(d, i);
    if (in_quote || words == 0)
        return CM_NONE;
    if (words > COMMENT_WORDS) {
        for (uint32_t k = s->tok_start; k < s->tok_end && !*own_voice; k++)
            *own_voice = is_voice(d, k);
        return CM_NONE;
    }
    /* A comment needs a voice word or the punctuation of talk (the test at the end), and a
     * sentence without a voice word has no voice of its own: without either, the pass below
     * (speech verbs, quotation marks, opinion words at every token) could only find
     * CM_NONE, and the voice words alone are quicker to look for. */
    char last = final_mark(d, s);
    if (last != '!' && last != '?') {
        bool voiced = false;
        for (uint32_t k = s->tok_start; k < s->tok_end && !voiced; k++)
            voiced = is_voice(d, k);
        if (!voiced)
            return CM_NONE;
    }
    /* a short sentence: one pass counts its voice words, which also tell *own_voice */
    int voice = 0, opinion = 0, numbers = 0, shout = 0, lettered = 0;
    for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
        const token *t = &d->seg.tokens[k];
        if (t->flags & (TOKF_OPEN_QUOTE | TOKF_CLOSE_QUOTE) || quote_mark_kind(d, k) || quotes_is_speech_verb(d, k)) {
            *own_voice = false;
            return CM_NONE; /* someone's reported words, or a named source */
        }
        if (t->kind == TOK_NUMBER)
            numbers++;
        if (t->kind != TOK_WORD)
            continue;
        voice += is_voice(d, k);
        shout += t->shape == SHAPE_UPPER;
        lettered++;
        for (size_t c = 0; cue_first[d->tok_term[k]] && c < n_cues; c++)
            if (cues[c].reason == NS_COMMENT && cues[c].n == 1 && cues[c].term[0] == d->tok_term[k])
                opinion++;
    }
    *own_voice = voice > 0;
    if (numbers > 1)
        return CM_NONE;
    /* shouting: a line in capitals ("WHAT A JOKE"), not an acronym in a sentence */
    int marks = (voice > 0) + (last == '!' || last == '?') + (opinion > 0) + (lettered >= 2 && shout == lettered);
    /* the voice or the punctuation of talk must be there: opinion words alone are news too */
    return marks >= COMMENT_MARKS && (voice || last == '!' || last == '?') ? CM_COMMENT : CM_NONE;
}

/* True when sentence i is a comment section's heading: a line of its own whose words
 * are "comments" or "comment", with at most a count ("Comments (12)", "12 comments",
 * "Comments"). */
static bool comments_heading(const precis_doc *d, size_t i) {
    const sentence *s = &d->seg.sentences[i];
    const uint32_t line = TOKF_NEWLINE_BEFORE | TOKF_PARA_BEFORE;
    if ((i > 0 && !(d->seg.tokens[s->tok_start].flags & line)) ||
        (i + 1 < d->seg.n_sentences && !(d->seg.tokens[s[1].tok_start].flags & line)))
        return false;
    bool named = false;
    for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
        const token *t = &d->seg.tokens[k];
        if (t->kind == TOK_WORD) {
            if (named || !(doc_tok_is(d, k, "comments") || doc_tok_is(d, k, "comment")))
                return false;
            named = true;
        } else if (t->kind != TOK_NUMBER && !doc_tok_is(d, k, "(") && !doc_tok_is(d, k, ")") && !doc_tok_is(d, k, ":"))
            return false;
    }
    return named;
}

/* True when sentence i holds one of the language's comment openers (boilerplate.txt's
 * `opener` entries: "have your say", "in the comments"), cues[0..n) of kind CUE_OPENER,
 * outside quotation marks. */
static bool holds_opener(const precis_doc *d, size_t i, const compiled_cue *cues, size_t n) {
    const sentence *s = &d->seg.sentences[i];
    bool quoted = false;
    for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
        int m = quote_mark_kind(d, k);
        if (m)
            quoted = m == 1 ? true : m == 2 ? false : !quoted;
        if (quoted || d->tok_term[k] < 0)
            continue;
        for (size_t c = 0; c < n; c++) {
            if (cues[c].kind != CUE_OPENER || cues[c].term[0] != d->tok_term[k])
                continue;
            uint32_t j = k;
            uint8_t w = 1;
            for (; w < cues[c].n; w++) {
                j = next_word(d, j + 1, s->tok_end);
                if (j >= s->tok_end || d->tok_term[j] != cues[c].term[w])
                    break;
            }
            if (w == cues[c].n)
                return true;
        }
    }
    return false;
}

/* Where the readers' comments open, or n: a heading ("Comments", "Comments (12)", "12
 * comments", "Have your say" in a paragraph of its own) or a short sentence with an opener
 * ("Let us know in the comments below."), past the title and the lede. A heading in the
 * page's second half is enough. Else what follows must read as comments, as a short story's
 * comments often outnumber its sentences: a user line, or two thirds of it comment-like
 * sentences (two or more), or nothing but short sentences (COMMENT_WORDS), two or more. A
 * story or a blog that goes on after an invitation to comment ("Tag us or leave a comment
 * below. Below is the cake I made ...") has its long sentences and its own voice. */
static size_t comments_opened(const precis_doc *d, const uint8_t *cm, const compiled_cue *cues, size_t n_cues) {
    size_t n = d->seg.n_sentences;
    size_t n_openers = 0;
    for (size_t c = 0; c < n_cues; c++)
        n_openers += cues[c].kind == CUE_OPENER;
    /* (most documents hold neither an opener nor the word a heading needs) */
    if (!n_openers && lexicon_form_term(&d->lex, "comments", 8) < 0 && lexicon_form_term(&d->lex, "comment", 7) < 0)
        return n;
    const uint32_t line = TOKF_NEWLINE_BEFORE | TOKF_PARA_BEFORE;
    /* what follows sentence i, counted once for the whole document and taken off as i
     * advances (a page of a thousand openers is read once, not a thousand times) */
    size_t comments = 0, users = 0, long_ones = 0;
    for (size_t j = OPENER_FIRST + 1; j < n; j++) {
        comments += cm[j] != CM_NONE;
        users += cm[j] == CM_USERLINE;
        long_ones += doc_sentence_words(d, j) > COMMENT_WORDS;
    }
    for (size_t i = OPENER_FIRST; i < n; i++) {
        if (i > OPENER_FIRST) { /* sentence i leaves what follows */
            comments -= cm[i] != CM_NONE;
            users -= cm[i] == CM_USERLINE;
            long_ones -= doc_sentence_words(d, i) > COMMENT_WORDS;
        }
        size_t words = doc_sentence_words(d, i);
        if (words > OPENER_WORDS)
            continue;
        bool heading = comments_heading(d, i);
        if (!heading) {
            if (!n_openers || !holds_opener(d, i, cues, n_cues))
                continue;
            const sentence *s = &d->seg.sentences[i];
            heading = words <= OPENER_HEADING && (d->seg.tokens[s->tok_start].flags & line) &&
                      (i + 1 == n || (d->seg.tokens[s[1].tok_start].flags & line));
        }
        if (heading && i >= n / 2)
            return i;
        size_t after = n - i - 1;
        if (users > 0 || (comments >= 2 && comments * 3 >= after * 2) || (long_ones == 0 && after >= 2))
            return i;
    }
    return n;
}

/* Marks the comment tail NS_COMMENT: the longest closing run of sentences, starting with a
 * comment or user line, in which comments and user lines (and sentences already flagged)
 * make two thirds, with at least COMMENT_MIN comments or user lines, after a story in another
 * register: fewer than one sentence in four reads like a comment or speaks in the first or
 * second person outside quotations. A columnist's own voice runs through the whole piece;
 * readers' user lines are a sign of their own and waive that test. */
static bool comment_tail(precis_doc *d, const compiled_cue *cues, size_t n_cues, const uint8_t *cue_first) {
    size_t n = d->seg.n_sentences;
    uint8_t *cm = calloc(n, 1); /* (zeroed: GCC cannot see that the loop below fills it) */
    /* per prefix [0, i): comment-like sentences, sentences in the writer's own voice */
    size_t *before = malloc((n + 1) * sizeof *before), *voiced = malloc((n + 1) * sizeof *voiced);
    if (!cm || !before || !voiced) {
        free(cm);
        free(before);
        free(voiced);
        return false;
    }
    /* quotations that run over several sentences ('I know. So I want to find it.') */
    bool in_quote = false;
    before[0] = voiced[0] = 0;
    for (size_t i = 0; i < n; i++) {
        const sentence *s = &d->seg.sentences[i];
        if (i > 0 && s->paragraph != d->seg.sentences[i - 1].paragraph)
            in_quote = false;
        bool voice;
        cm[i] = comment_kind(d, i, cues, n_cues, cue_first, in_quote, &voice);
        for (uint32_t k = s->tok_start; k < s->tok_end; k++) {
            if (d->seg.tokens[k].flags & TOKF_OPEN_QUOTE)
                in_quote = true;
            else if (d->seg.tokens[k].flags & TOKF_CLOSE_QUOTE)
                in_quote = false;
        }
        before[i + 1] = before[i] + (cm[i] != CM_NONE);
        voiced[i + 1] = voiced[i] + (voice || cm[i] != CM_NONE);
    }
    size_t start = n, members = 0, users = 0;
    for (size_t i = n; i-- > 0;) {
        members += cm[i] != CM_NONE || d->boilerplate[i];
        users += cm[i] == CM_USERLINE;
        size_t run = n - i, comments = before[n] - before[i];
        /* from the first sentence on: a page of comments, told by its user lines or by three
         * comment-like sentences in four */
        bool register_change = i == 0 ? users > 0 || comments * 4 >= run * 3
                                      : voiced[i] * 4 < i || (users >= 2 && before[i] * 4 < i);
        if (cm[i] != CM_NONE && comments >= COMMENT_MIN && members * 3 >= run * 2 && register_change)
            start = i;
    }
    /* the section's heading just before it ("Comments (6)", "Have your say") */
    if (start < n && start > 0 && button_line(d, start - 1) && !d->boilerplate[start - 1])
        d->boilerplate[start - 1] = NS_COMMENT;
    /* a heading or an invitation opens the readers' section, whatever its sentences read like
     * ("Lucy88: This pier has been falling apart for years.") */
    if (start == n)
        start = comments_opened(d, cm, cues, n_cues);
    /* in the tail, a reader's "Well done to you all!" is a comment, not the site's plea */
    for (size_t i = start; i < n; i++)
        if (d->boilerplate[i] == NS_STORY || d->boilerplate[i] == NS_PLEA || cm[i] != CM_NONE)
            d->boilerplate[i] = NS_COMMENT;
    free(cm);
    free(before);
    free(voiced);
    return true;
}

/* The rest of a fact box, once one of its labels made it known (d->boilerplate NS_PANEL):
 * fields under a one-word label ("AGE: 27", "CLAIMS: ..."), and the sentences of a field's
 * text between two labelled ones ("REASON IT MIGHT NOT: He's only interested if ... . May
 * demand a say in selection. Andrew Strauss (Age 38) CURRENT JOB: ..."), at most
 * PANEL_BETWEEN of them. */
#define PANEL_BETWEEN 2
#define PANEL_STORY 3        /* full sentences of story a box stands beside */
#define PANEL_STORY_WORDS 8  /* ... of at least this many words */
static bool ends_sentence(const precis_doc *d, size_t i);
static void panel_fields(precis_doc *d, names_memo *memo) {
    size_t n = d->seg.n_sentences, last = n;
    bool box = false;
    for (size_t i = 0; i < n && !box; i++)
        box = d->boilerplate[i] == NS_PANEL;
    if (!box)
        return;
    /* A box stands beside a story: a page of fields alone (a bond's sale sheet, "PAYING
     * AGENT : Michigan National Bank , Detroit") is the whole document, and its names are
     * its facts. */
    size_t story = 0;
    for (size_t i = 0; i < n && story < PANEL_STORY; i++)
        story += d->boilerplate[i] == NS_STORY && ends_sentence(d, i) && doc_sentence_words(d, i) >= PANEL_STORY_WORDS;
    if (story < PANEL_STORY) {
        for (size_t i = 0; i < n; i++)
            if (d->boilerplate[i] == NS_PANEL)
                d->boilerplate[i] = NS_STORY;
        return;
    }
    for (size_t i = 0; i < n; i++)
        if (d->boilerplate[i] == NS_STORY && panel_label(d, i, 1, memo) > 0)
            d->boilerplate[i] = NS_PANEL;
    for (size_t i = 0; i < n; i++) {
        if (d->boilerplate[i] != NS_PANEL)
            continue;
        if (last < n && i - last - 1 <= PANEL_BETWEEN)
            for (size_t j = last + 1; j < i; j++)
                if (d->boilerplate[j] == NS_STORY && doc_sentence_words(d, j) <= PANEL_MAX_WORDS)
                    d->boilerplate[j] = NS_PANEL;
        last = i;
    }
}

/* True when sentence i ends on a full stop, question or exclamation mark: a line without
 * one ("Cookie Name", "1 Jahr", "Zweck") is a label or a value, not a sentence of the text. */
static bool ends_sentence(const precis_doc *d, size_t i) {
    char last = final_mark(d, &d->seg.sentences[i]);
    return last && strchr(".!?", last);
}

/* A site's notice or plea runs over several sentences, and the quieter ones between two
 * flagged ones carry a cue too weak to flag them alone: a consent dialog's "Speichert die
 * Einstellungen der Besucher, die in der Cookie Box ... ausgewählt wurden." between two
 * sentences about cookies, with its field labels ("Zweck", "Cookie Laufzeit") between them.
 * A full sentence whose nearest neighbours before and after (neighbour_line: full sentences
 * or flagged lines; labels and values between are passed over) are notices is one.
 * Not pleas: a shop page's "you can sign up to be notified" lines read as pleas stand between
 * its story ("B&H has two RTX 3070 models listed"); nor captions and widgets, which stand
 * between story sentences. */
/* What site_text_between counts as a neighbour: a full sentence, or a flagged line of more
 * than two words. A label ("ADVERTISEMENT" between a story's paragraphs, "Cookie Name") is
 * passed over, flagged or not: a story sentence between two "ADVERTISEMENT" lines is story. */
static bool neighbour_line(const precis_doc *d, size_t i) {
    return ends_sentence(d, i) || (d->boilerplate[i] && doc_sentence_words(d, i) > 2);
}

static void site_text_between(precis_doc *d) {
    size_t n = d->seg.n_sentences;
    bool any = false;
    for (size_t i = 0; i < n && !any; i++)
        any = d->boilerplate[i] == NS_NOTICE;
    for (size_t i = 1; any && i + 1 < n; i++) {
        if (d->boilerplate[i] != NS_STORY || !ends_sentence(d, i))
            continue;
        size_t b = i, a = i + 1;
        while (b-- > 0 && !neighbour_line(d, b))
            ;
        while (a < n && !neighbour_line(d, a))
            a++;
        if (b < i && a < n && d->boilerplate[b] == NS_NOTICE && d->boilerplate[a] == NS_NOTICE)
            d->boilerplate[i] = NS_NOTICE;
    }
}

bool boilerplate_flag(precis_doc *d, const sentvecs *sv) {
    size_t n = d->seg.n_sentences;
    if (n == 0)
        return true;
    compiled_cue *cues = malloc((d->lang->n_cues ? d->lang->n_cues : 1) * sizeof *cues);
    if (!cues)
        return false;
    size_t n_cues = compile_cues(d, cues);
    /* per term: whether a cue starts with it; the cues are compared with a word only then
     * (most words start none) */
    uint8_t *cue_first = calloc(d->lex.n_terms ? d->lex.n_terms : 1, 1);
    if (!cue_first) {
        free(cues);
        return false;
    }
    /* (not the openers': "in" opens one, and would send nearly every sentence through
     * sentence_evidence's slower walk) */
    for (size_t c = 0; c < n_cues; c++)
        if (cues[c].kind != CUE_OPENER)
            cue_first[cues[c].term[0]] = 1;
    size_t tail_start = n - n / 4;
    /* Isolation needs each sentence's best overlap with any other; a term-frequency count
     * over the document answers it in linear time: a term shared with another sentence
     * has a document count above its count in this sentence. */
    float *doc_tf = calloc(sv->n_terms ? sv->n_terms : 1, sizeof *doc_tf);
    if (!doc_tf) {
        free(cue_first);
        free(cues);
        return false;
    }
    for (size_t i = 0; i < n; i++)
        for (uint32_t k = 0; k < sv->v[i].n; k++)
            doc_tf[sv->v[i].term[k]] += sv->v[i].tf[k];
    /* a token "pictured" (ASCII case aside) is a word, and its folded form is "pictured" */
    bool pictured = lexicon_form_term(&d->lex, "pictured", 8) >= 0;
    names_memo memo = {NULL, false}; /* named_elsewhere's, freed after panel_fields */
    for (size_t i = 0; i < n; i++) {
        double by[NS_REASONS] = {0};
        double ev = sentence_evidence(d, i, cues, n_cues, cue_first, pictured, &memo, by);
        const svec *v = &sv->v[i];
        bool shared = false;
        for (uint32_t k = 0; k < v->n && !shared; k++)
            shared = doc_tf[v->term[k]] > v->tf[k];
        if (!shared && n > 3 && ev > 0)
            ev += ISOLATION_WEIGHT;
        if (i >= tail_start && n >= 4)
            ev *= POSITION_BOOST;
        d->parts[i].penalty = ev;
        d->boilerplate[i] = ev >= THRESHOLD ? top_reason(by) : NS_STORY;
    }
    /* "Ola Berg (left) celebrates with fans after the final. Photo: Harbour Times": a caption
     * mark that one mark alone does not make a caption is one when a credit line follows it in
     * its paragraph */
    /* ... and so is any short sentence that a picture's credit follows in a paragraph of the
     * two: "A ferry leaves the south quay. Image: Jo Marsh" (not "... said the minister.
     * Reporting by Jo Marsh", a report's credit) */
    for (size_t i = 0; i + 1 < n; i++)
        if (d->boilerplate[i] == NS_STORY && d->boilerplate[i + 1] == NS_CREDIT &&
            d->seg.sentences[i].paragraph == d->seg.sentences[i + 1].paragraph &&
            (caption_marks(d, i, false, pictured) > 0 || under_picture(d, i)))
            d->boilerplate[i] = NS_CAPTION;
    panel_fields(d, &memo);
    free(memo.named);
    site_text_between(d);
    /* The document's tail: the longest run of closing sentences that starts with a flagged
     * sentence in the second half and is at least half flagged (two or more) is boilerplate
     * whole: a plea's quieter sentences ("Our journalism is for everyone.") go with it, with
     * the reason of the flagged sentence before them.
     * Paragraphs cannot be relied on for this: many pages put the plea in the article's
     * last paragraph, or have no paragraph breaks at all. */
    size_t flagged = 0, start = n;
    for (size_t i = n; i-- > n / 2;) {
        /* captions and fact boxes stand all through an article, between its sentences: they
         * do not make a closing run, nor does a picture's credit under its caption */
        bool closing = d->boilerplate[i] != NS_STORY && d->boilerplate[i] != NS_CAPTION &&
                       d->boilerplate[i] != NS_PANEL && !picture_credit_at(d, i);
        flagged += closing;
        /* nor does a widget start one: "Scroll down for video", parted from the caption after
         * it by the splitter, stands mid-article too, and a run from it took the story
         * sentences between it and a closing plea */
        if (closing && d->boilerplate[i] != NS_WIDGET && flagged >= 2 && flagged * 2 >= n - i)
            start = i;
    }
    for (uint8_t last = NS_PLEA; start < n; start++) {
        if (d->boilerplate[start] && d->boilerplate[start] != NS_CAPTION && d->boilerplate[start] != NS_PANEL &&
            !picture_credit_at(d, start))
            last = d->boilerplate[start];
        else if (!d->boilerplate[start])
            d->boilerplate[start] = last;
    }
    widget_bars(d);
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
            d->boilerplate[i] = NS_ABOUT;
        break;
    }
    bool ok = comment_tail(d, cues, n_cues, cue_first);
    free(doc_tf);
    free(cue_first);
    free(cues);
    return ok;
}

void nonstory_json_members(const precis_doc *d, buf *b) {
    buf_printf(b, "\"no_story\":%s,\"left_out\":[", d->no_story ? "true" : "false");
    bool first = true;
    for (size_t i = 0; d->boilerplate && i < d->seg.n_sentences; i++) {
        const char *why = nonstory_reason_name(d->boilerplate[i]);
        if (!why)
            continue;
        const sentence *s = &d->seg.sentences[i];
        buf_printf(b, "%s{\"index\":%zu,\"start\":%u,\"end\":%u,\"why\":\"%s\"}", first ? "" : ",", i, s->start,
                   s->end, why);
        first = false;
    }
    buf_putc(b, ']');
}
