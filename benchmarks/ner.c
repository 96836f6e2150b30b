/* bench_ner — scores the entity recogniser on CoNLL-2003 JSON Lines, CoNLL style (a mention
 * counts when its span and type are both exact), and times it.
 *
 *   bench_ner [--errors] [FILE.jsonl]     (default: ner/conll2003_testa.jsonl under $PRECIS_DATA
 *                               or ../shared/data, see common/bench_data.h)
 *
 * Two passes over the same documents:
 *   tokens: the CoNLL tokens are fed to the tagger directly (the figure to compare with
 *           published CoNLL results: tokenisation differences do not count);
 *   text:   the document text goes through precis_doc_new (the project's segmenter) and
 *           ner_tag, and mentions are compared by character offsets: the run-time path.
 * Prints precision, recall and F1 for PER, LOC, ORG, their micro-average, and MISC apart;
 * tokens per second for both passes; and the time to load the default model (all in
 * process CPU time). */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "doc/doc.h"
#include "facts/entities.h"
#include "facts/ner.h"
#include "util/buf.h"
#include "precis/precis.h"
#include "common/bench_data.h"

/* CPU time of this process: the machine is shared, and wall time would measure the others. */
static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct counts {
    size_t tp[NER_NTYPES], fp[NER_NTYPES], fn[NER_NTYPES];
} counts;

typedef struct span {
    size_t s, e;
    int type;
} span;

static int type_of(const char *s) {
    for (int t = 0; t < NER_NTYPES; t++)
        if (strcmp(s, ner_type_name(t)) == 0)
            return t;
    return -1;
}

/* With --errors, the missed and spurious spans of the token pass are printed. */
static bool show_errors;
static const char *const *err_tokens;

static void print_span(const char *what, const span *x) {
    printf("%s %-4s", what, ner_type_name(x->type));
    for (size_t i = x->s; i < x->e; i++)
        printf(" %s", err_tokens[i]);
    printf("\n");
}

static void match(const span *gold, size_t ng, const span *pred, size_t np, counts *c) {
    for (size_t i = 0; i < np; i++) {
        bool hit = false;
        for (size_t j = 0; j < ng && !hit; j++)
            hit = gold[j].s == pred[i].s && gold[j].e == pred[i].e && gold[j].type == pred[i].type;
        if (hit)
            c->tp[pred[i].type]++;
        else
            c->fp[pred[i].type]++;
        if (!hit && show_errors && err_tokens)
            print_span("spurious", &pred[i]);
    }
    for (size_t j = 0; j < ng; j++) {
        bool hit = false;
        for (size_t i = 0; i < np && !hit; i++)
            hit = gold[j].s == pred[i].s && gold[j].e == pred[i].e && gold[j].type == pred[i].type;
        if (!hit)
            c->fn[gold[j].type]++;
        if (!hit && show_errors && err_tokens)
            print_span("missed  ", &gold[j]);
    }
}

static void prf(const char *label, size_t tp, size_t fp, size_t fn) {
    precis_span_counts c = {tp + fn, tp + fp, tp, tp};
    printf("  %-16s P %6.2f  R %6.2f  F1 %6.2f  (gold %zu)\n", label, 100 * precis_span_precision(&c),
           100 * precis_span_recall(&c), 100 * precis_span_f1(&c), tp + fn);
}

static void report(const char *title, const counts *c) {
    printf("%s\n", title);
    size_t tp = 0, fp = 0, fn = 0;
    for (int t = 0; t < NER_MISC; t++) {
        prf(ner_type_name(t), c->tp[t], c->fp[t], c->fn[t]);
        tp += c->tp[t];
        fp += c->fp[t];
        fn += c->fn[t];
    }
    prf("PER+LOC+ORG micro", tp, fp, fn);
    prf("MISC", c->tp[NER_MISC], c->fp[NER_MISC], c->fn[NER_MISC]);
}

/* --show FILE: the mentions and entities of one text file, as JSON (a manual check). */
static int show(const char *file) {
    FILE *f = fopen(file, "rb");
    if (!f) {
        fprintf(stderr, "bench_ner: %s: cannot open\n", file);
        return 1;
    }
    buf text;
    buf_init(&text);
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_append(&text, chunk, got);
    fclose(f);
    precis_model *model;
    precis_doc *d;
    precis_error err;
    if (precis_model_default(&model, &err) != PRECIS_OK ||
        precis_doc_new(model, text.data, text.len, NULL, &d, &err) != PRECIS_OK) {
        fprintf(stderr, "bench_ner: %s\n", err.message);
        return 1;
    }
    arena a;
    arena_init(&a, 1 << 16);
    ner_entities ents;
    if (entities_extract(d, &a, &ents, &err) != PRECIS_OK) {
        fprintf(stderr, "bench_ner: %s\n", err.message);
        return 1;
    }
    buf out;
    buf_init(&out);
    buf_puts(&out, "{\"mentions\":");
    entities_json_mentions(d, &ents, &out);
    buf_puts(&out, ",\n\"entities\":");
    entities_json_entities(d, &ents, &out);
    buf_puts(&out, "}\n");
    fwrite(out.data, 1, out.len, stdout);
    buf_free(&out);
    buf_free(&text);
    arena_free(&a);
    precis_doc_free(d);
    precis_model_free(model);
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "--show") == 0)
        return show(argv[2]);
    if (argc > 1 && strcmp(argv[1], "--errors") == 0) {
        show_errors = true;
        argc--;
        argv++;
    }
    char *found = argc > 1 ? NULL : bench_data_path("ner/conll2003_testa.jsonl");
    const char *path = argc > 1 ? argv[1] : found;
    FILE *f = path ? fopen(path, "r") : NULL;
    if (!f) {
        printf("bench_ner: evaluation data missing (%s): nothing measured\n",
               path ? path : "ner/conll2003_testa.jsonl under $PRECIS_DATA or ../shared/data");
        free(found);
        return 0;
    }
    double t0 = now();
    precis_model *model;
    precis_error err;
    if (precis_model_default(&model, &err) != PRECIS_OK) {
        fprintf(stderr, "bench_ner: %s\n", err.message);
        return 1;
    }
    double t_load = now() - t0;
    const ner_model *nm = ner_model_of(model);
    if (!nm) {
        fprintf(stderr, "bench_ner: the default model has no recogniser\n");
        return 1;
    }
    counts ctok, ctext;
    memset(&ctok, 0, sizeof ctok);
    memset(&ctext, 0, sizeof ctext);
    double t_tok = 0, t_text = 0;
    size_t n_tokens = 0, n_text_tokens = 0, n_docs = 0;
    /* Cross-check: the document tagger sums weights per word form (ner_features_self_* and
     * the rest); ner_tag_words scores each token from ner_features, as the trainer does. With
     * a one-stage model both must give the same tags on every sentence. */
    size_t n_sent = 0, n_sent_differ = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t ll;
    while ((ll = getline(&line, &cap, f)) > 0) {
        json_error_t je;
        json_t *doc = json_loadb(line, (size_t)ll, 0, &je);
        json_t *toks = json_object_get(doc, "tokens"), *sl = json_object_get(doc, "sentence_lengths");
        json_t *ents = json_object_get(doc, "entities");
        const char *text = json_string_value(json_object_get(doc, "text"));
        if (!json_is_array(toks) || !json_is_array(sl) || !json_is_array(ents) || !text) {
            fprintf(stderr, "bench_ner: %s: document %zu is not CoNLL JSON\n", path, n_docs + 1);
            return 1;
        }
        n_docs++;
        size_t n = json_array_size(toks), ng = json_array_size(ents);
        const char **strs = malloc((n + 1) * sizeof *strs);
        uint32_t *lens = malloc((n + 1) * sizeof *lens);
        int32_t *sid = malloc((n + 1) * sizeof *sid);
        span *gold = malloc((ng + 1) * sizeof *gold), *gchar = malloc((ng + 1) * sizeof *gchar);
        span *pred = malloc((n + 1) * sizeof *pred);
        size_t bytes = 0;
        for (size_t i = 0; i < n; i++) {
            strs[i] = json_string_value(json_array_get(toks, i));
            lens[i] = (uint32_t)strlen(strs[i]);
            bytes += lens[i];
        }
        for (size_t s = 0, k = 0; s < json_array_size(sl); s++)
            for (json_int_t j = 0; j < json_integer_value(json_array_get(sl, s)) && k < n; j++)
                sid[k++] = (int32_t)s;
        for (size_t j = 0; j < ng; j++) {
            json_t *e = json_array_get(ents, j);
            int ty = type_of(json_string_value(json_object_get(e, "type")));
            gold[j] = (span){(size_t)json_integer_value(json_object_get(e, "start_token")),
                             (size_t)json_integer_value(json_object_get(e, "end_token")), ty};
            gchar[j] = (span){(size_t)json_integer_value(json_object_get(e, "start_char")),
                              (size_t)json_integer_value(json_object_get(e, "end_char")), ty};
        }
        /* Pass 1: CoNLL tokens. */
        double t1 = now();
        ner_word *words = malloc((n + 1) * sizeof *words);
        char *norm = malloc(2 * bytes + 1);
        uint8_t *tags = malloc(n + 1);
        if (!ner_words_build(words, strs, lens, sid, n, ner_model_gaz(nm), norm)) {
            fprintf(stderr, "bench_ner: out of memory\n");
            return 1;
        }
        arena scratch;
        arena_init(&scratch, 1 << 16);
        if (!ner_tag_document(nm, words, sid, n, &scratch, tags)) {
            fprintf(stderr, "bench_ner: out of memory\n");
            return 1;
        }
        arena_free(&scratch);
        t_tok += now() - t1;
        if (!ner_model_has_stage2(nm)) {
            float *emit = malloc((n + 1) * NER_NTAGS * sizeof *emit);
            uint8_t *ref = malloc(n + 1);
            if (!emit || !ref) {
                fprintf(stderr, "bench_ner: out of memory\n");
                return 1;
            }
            for (size_t i = 0; i < n;) {
                size_t j = i + 1;
                while (j < n && sid[j] == sid[i])
                    j++;
                ner_tag_words(nm, words + i, j - i, emit, ref + i);
                n_sent++;
                n_sent_differ += memcmp(ref + i, tags + i, j - i) != 0;
                i = j;
            }
            free(emit);
            free(ref);
        }
        n_tokens += n;
        size_t np = 0;
        for (size_t i = 0; i < n; i++) {
            int pos = ner_tag_pos(tags[i]);
            if (pos != NER_B && pos != NER_U)
                continue;
            size_t j = i;
            if (pos == NER_B)
                while (j + 1 < n && ner_tag_pos(tags[j]) != NER_L)
                    j++;
            pred[np++] = (span){i, j + 1, ner_tag_type(tags[i])};
            i = j;
        }
        err_tokens = strs;
        match(gold, ng, pred, np, &ctok);
        err_tokens = NULL;

        /* Pass 2: raw text through the document pipeline. */
        double t2 = now();
        precis_doc *d;
        if (precis_doc_new(model, text, strlen(text), NULL, &d, &err) != PRECIS_OK) {
            fprintf(stderr, "bench_ner: document %zu: %s\n", n_docs, err.message);
            return 1;
        }
        arena a;
        arena_init(&a, 1 << 16);
        ner_mention *m;
        size_t nm_out;
        if (ner_tag(d, &a, &m, &nm_out, &err) != PRECIS_OK) {
            fprintf(stderr, "bench_ner: document %zu: %s\n", n_docs, err.message);
            return 1;
        }
        t_text += now() - t2;
        n_text_tokens += d->seg.n_tokens;
        span *pt = malloc((nm_out + 1) * sizeof *pt);
        for (size_t i = 0; i < nm_out; i++)
            pt[i] = (span){m[i].start, m[i].end, m[i].type};
        match(gchar, ng, pt, nm_out, &ctext);
        free(pt);
        arena_free(&a);
        precis_doc_free(d);
        free(words);
        free(norm);
        free(tags);
        free(strs);
        free(lens);
        free(sid);
        free(gold);
        free(gchar);
        free(pred);
        json_decref(doc);
    }
    free(line);
    fclose(f);
    printf("bench_ner: %s, %zu documents, %zu tokens\n", path, n_docs, n_tokens);
    printf("model: precis_model_default loaded in %.1f ms (recogniser: %zu features)\n", t_load * 1e3,
           ner_model_features(nm));
    report("CoNLL tokens fed to the tagger (exact span and type):", &ctok);
    printf("  speed: %.0f tokens/s (features, gazetteer and Viterbi)\n", (double)n_tokens / t_tok);
    if (n_sent)
        printf("  check: per-form scoring = per-token ner_features scoring on %zu of %zu sentences%s\n",
               n_sent - n_sent_differ, n_sent, n_sent_differ ? "  MISMATCH" : "");
    report("raw text through precis_doc_new + ner_tag (exact character span and type):", &ctext);
    printf("  speed: %.0f tokens/s (segmenter tokens; including document construction)\n",
           (double)n_text_tokens / t_text);
    precis_model_free(model);
    free(found);
    return n_sent_differ ? 1 : 0;
}
