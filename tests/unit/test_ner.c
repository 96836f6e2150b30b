/* Unit tests for the entity recogniser (facts/ner.c, facts/ner_feat.c) and the linker
 * (facts/entities.c). All sentences are written for these tests; most names in them are
 * invented, so the training data cannot have seen them. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "facts/entities.h"
#include "facts/ner.h"
#include "facts/ner_feat.h"

static precis_model *model;
static precis_doc *doc;
static arena mem;
static ner_entities ents;

static void setup(void) {
    precis_error err;
    cr_assert_eq(precis_model_default(&model, &err), PRECIS_OK, "%s", err.message);
    arena_init(&mem, 1 << 14);
}

static void teardown(void) {
    precis_doc_free(doc);
    doc = NULL;
    arena_free(&mem);
    precis_model_free(model);
}

static void run(const char *text) {
    precis_error err;
    precis_doc_free(doc); /* a test may read two texts */
    doc = NULL;
    cr_assert_eq(precis_doc_new(model, text, strlen(text), NULL, &doc, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(entities_extract(doc, &mem, &ents, &err), PRECIS_OK, "%s", err.message);
}

/* The n-th mention (0-based) whose text is exactly `s`, or NULL. */
static const ner_mention *mention(const char *s, int nth) {
    for (size_t i = 0; i < ents.n_mentions; i++) {
        const ner_mention *m = &ents.mentions[i];
        if (m->end - m->start == strlen(s) && memcmp(doc->text + m->start, s, strlen(s)) == 0 && nth-- == 0)
            return m;
    }
    return NULL;
}

static const ner_mention *need(const char *s, int nth) {
    const ner_mention *m = mention(s, nth);
    cr_assert_not_null(m, "no mention '%s' (#%d)", s, nth);
    return m;
}

static const ner_entity *entity_of(const ner_mention *m) {
    cr_assert(m->entity >= 0 && (size_t)m->entity < ents.n_entities, "mention without entity");
    return &ents.entities[m->entity];
}

static bool name_is(const ner_entity *e, const char *s) {
    return e->name_len == strlen(s) && memcmp(e->name, s, e->name_len) == 0;
}

static bool role_is(const ner_entity *e, const char *s) {
    return e->has_role && e->role_end - e->role_start == strlen(s) &&
           memcmp(doc->text + e->role_start, s, strlen(s)) == 0;
}

TestSuite(ner, .init = setup, .fini = teardown);

Test(ner, people_with_roles_and_short_forms) {
    run("Finnish Prime Minister Aino Virtanen met Chilean President Tomas Ibarra in Valparaiso on "
        "Monday.\nVirtanen said the talks with Ibarra had been useful.");
    const ner_mention *full = need("Aino Virtanen", 0), *shrt = need("Virtanen", 0);
    cr_assert_eq(full->type, NER_PER);
    cr_assert_eq(shrt->entity, full->entity, "Virtanen is not linked to Aino Virtanen");
    const ner_entity *e = entity_of(full);
    cr_assert(name_is(e, "Aino Virtanen"));
    cr_assert(role_is(e, "Finnish Prime Minister"), "role of Aino Virtanen");
    cr_assert_eq(e->n_direct, 2);
    const ner_mention *ib = need("Tomas Ibarra", 0);
    cr_assert(role_is(entity_of(ib), "Chilean President"));
    cr_assert_eq(need("Ibarra", 0)->entity, ib->entity);
    cr_assert_eq(need("Valparaiso", 0)->type, NER_LOC);
}

Test(ner, shared_surname_goes_to_the_nearest_earlier_full_name) {
    run("Lena Moreau met Paul Moreau in Lyon on Tuesday. Later, Moreau said the talks had gone well.");
    const ner_mention *lena = need("Lena Moreau", 0), *paul = need("Paul Moreau", 0);
    cr_assert_neq(lena->entity, paul->entity);
    cr_assert_eq(need("Moreau", 0)->entity, paul->entity);
}

Test(ner, demonyms_point_at_places_without_being_place_mentions) {
    run("Norwegian fishermen protested in Bergen. Officials in Norway said they would listen.");
    const ner_mention *dm = need("Norwegian", 0), *pl = need("Norway", 0);
    cr_assert(dm->flags & NERM_DEMONYM);
    cr_assert_eq(dm->entity, pl->entity, "Norwegian is not linked to Norway");
    const ner_entity *e = entity_of(pl);
    cr_assert_eq(e->type, NER_LOC);
    cr_assert_eq(e->n_direct, 1, "the demonym counted as a place mention");
    cr_assert_eq(e->n_demonyms, 1);
}

Test(ner, demonym_creates_its_place_when_never_named) {
    run("The Kazakh mining firm Zorbek Industries said its profits fell.");
    const ner_mention *dm = need("Kazakh", 0);
    const ner_entity *e = entity_of(dm);
    cr_assert(name_is(e, "Kazakhstan"));
    cr_assert_eq(e->n_direct, 0);
    cr_assert_eq(need("Zorbek Industries", 0)->type, NER_ORG);
}

Test(ner, country_short_forms_and_hyphenated_words) {
    run("The United States has offered to host the next round. U.S. officials said the US-led "
        "initiative would go ahead.");
    const ner_mention *us = need("United States", 0);
    cr_assert_eq(need("U.S.", 0)->entity, us->entity);
    const ner_mention *part = need("US", 0);
    cr_assert(part->flags & NERM_PART, "US of US-led not marked as part of a word");
    cr_assert_eq(part->entity, us->entity);
    cr_assert_eq(part->end - part->start, 2u);
    cr_assert_eq(entity_of(us)->type, NER_LOC);
}

Test(ner, possessives_stay_out_of_names) {
    run("Prosecutors questioned Dana Ospanova on Friday. Ospanova\xE2\x80\x99s lawyers declined to "
        "comment, and Ospanova's husband was not there.");
    const ner_mention *a = need("Ospanova", 0), *b = need("Ospanova", 1);
    cr_assert_eq(a->entity, need("Dana Ospanova", 0)->entity);
    cr_assert_eq(b->entity, a->entity);
}

Test(ner, agencies_are_organisations) {
    run("Flooding closed the port of Tallinn on Sunday, Reuters reported, citing the harbour "
        "authority. The BBC said rescue teams had arrived.");
    cr_assert_eq(need("Reuters", 0)->type, NER_ORG);
    cr_assert_eq(need("BBC", 0)->type, NER_ORG);
    cr_assert_eq(need("Tallinn", 0)->type, NER_LOC);
}

Test(ner, offsets_point_into_the_input_and_json_has_them) {
    run("  Mayor Lina Okafor opened the new bridge in Lagos.");
    const ner_mention *m = need("Lina Okafor", 0);
    cr_assert_eq(m->start, 8u);
    cr_assert_eq(m->end, 19u);
    buf b;
    buf_init(&b);
    entities_json_mentions(doc, &ents, &b);
    cr_assert(buf_ok(&b));
    cr_assert_not_null(strstr(b.data, "{\"type\":\"PER\",\"text\":\"Lina Okafor\",\"start\":8,\"end\":19,\"entity\":"),
                       "%s", b.data);
    buf_free(&b);
    buf_init(&b);
    entities_json_entities(doc, &ents, &b);
    cr_assert_not_null(strstr(b.data, "\"role\":\"Mayor\""), "%s", b.data);
    buf_free(&b);
}

Test(ner, salience_favours_frequent_early_entities) {
    run("Ravi Menon won the election in Kerala. Menon thanked voters. Menon will be sworn in on "
        "Tuesday. A spokesman for Sunita Rao congratulated him.");
    const ner_entity *menon = entity_of(need("Ravi Menon", 0)), *rao = entity_of(need("Sunita Rao", 0));
    cr_assert_float_eq(menon->salience, 1.0, 1e-9);
    cr_assert_lt(rao->salience, menon->salience);
}

Test(ner, empty_and_entity_free_text) {
    run("");
    cr_assert_eq(ents.n_mentions, 0);
    cr_assert_eq(ents.n_entities, 0);
    precis_doc_free(doc);
    doc = NULL;
    run("it was a quiet day and nothing much happened at all.");
    cr_assert_eq(ents.n_entities, 0);
}

/* ---- lower layers -------------------------------------------------------------------------- */

Test(ner_tags, bilou_transitions) {
    int bper = ner_tag_make(NER_PER, NER_B), iper = ner_tag_make(NER_PER, NER_I);
    int lper = ner_tag_make(NER_PER, NER_L), uloc = ner_tag_make(NER_LOC, NER_U);
    int lloc = ner_tag_make(NER_LOC, NER_L);
    cr_assert(ner_tag_allowed(NER_NTAGS, bper));
    cr_assert_not(ner_tag_allowed(NER_NTAGS, iper));
    cr_assert(ner_tag_allowed(bper, iper));
    cr_assert(ner_tag_allowed(bper, lper));
    cr_assert_not(ner_tag_allowed(bper, lloc), "B-PER followed by L-LOC");
    cr_assert_not(ner_tag_allowed(bper, 0));
    cr_assert(ner_tag_allowed(lper, uloc));
    cr_assert(ner_tag_allowed(0, 0));
    cr_assert_not(ner_tag_final(bper));
    cr_assert(ner_tag_final(lper));
}

Test(ner_tags, viterbi_repairs_what_emissions_alone_would_break) {
    /* Emissions alone prefer O, I-PER (invalid after O); the constraint forces a valid path. */
    float emit[2 * NER_NTAGS] = {0}, trans[(NER_NTAGS + 1) * NER_NTAGS] = {0};
    emit[0] = 1.0f;
    emit[NER_NTAGS + ner_tag_make(NER_PER, NER_I)] = 5.0f;
    emit[NER_NTAGS + ner_tag_make(NER_PER, NER_U)] = 2.0f;
    float scratch[2 * NER_NTAGS];
    uint8_t tags[2];
    ner_viterbi(emit, 2, trans, scratch, tags);
    cr_assert_eq(tags[0], 0);
    cr_assert_eq(tags[1], ner_tag_make(NER_PER, NER_U));
}

/* A sentence whose word k is tagged O is two stretches that Viterbi can tag apart: the one
 * before with the transitions into O after its end, the one after with those from O before its
 * start (ner_viterbi_between, as the document tagger runs them). Random transitions and
 * emissions, in eighths: their sums are exact, so ties fall alike both ways. */
Test(ner_tags, a_sentence_cut_at_a_word_tagged_o_tags_the_same) {
    enum { N = 14, TRIALS = 400 };
    uint32_t seed = 12345;
#define EIGHTHS(lo, hi) ((float)((int)((seed = seed * 1664525u + 1013904223u) >> 8) % (8 * ((hi) - (lo)) + 1) + 8 * (lo)) / 8.0f)
    float trans[(NER_NTAGS + 1) * NER_NTAGS], emit[N * NER_NTAGS], scratch[N * NER_NTAGS];
    uint8_t whole[N], before[N], after[N];
    int cut_apart = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
        for (int t = 0; t < (NER_NTAGS + 1) * NER_NTAGS; t++)
            trans[t] = EIGHTHS(-3, 3);
        for (int t = 0; t < N * NER_NTAGS; t++)
            emit[t] = EIGHTHS(-4, 4);
        size_t k = 1 + (size_t)trial % (N - 2);
        for (int t = 0; t < NER_NTAGS; t++)
            emit[k * NER_NTAGS + t] = t == 0 ? 64.0f : -64.0f; /* word k: O, whatever the rest */
        ner_viterbi(emit, N, trans, scratch, whole);
        cr_assert_eq(whole[k], 0);
        ner_viterbi_between(emit, k, trans, false, true, scratch, before);
        ner_viterbi_between(emit + (k + 1) * NER_NTAGS, N - k - 1, trans, true, false, scratch, after + k + 1);
        for (size_t i = 0; i < k; i++)
            cr_assert_eq(before[i], whole[i], "trial %d, word %zu of %zu before the O", trial, i, k);
        for (size_t i = k + 1; i < N; i++)
            cr_assert_eq(after[i], whole[i], "trial %d, word %zu after the O at %zu", trial, i, k);
        /* and the edges matter: the stretches tagged as whole sentences differ somewhere */
        ner_viterbi_between(emit, k, trans, false, false, scratch, before);
        ner_viterbi_between(emit + (k + 1) * NER_NTAGS, N - k - 1, trans, false, false, scratch, after + k + 1);
        cut_apart += memcmp(before, whole, k) != 0 || memcmp(after + k + 1, whole + k + 1, N - k - 1) != 0;
    }
#undef EIGHTHS
    cr_assert_gt(cut_apart, TRIALS / 10, "the edges changed %d paths of %d", cut_apart, TRIALS);
}

Test(ner_feat, normalise_quotes_and_dashes) {
    char out[32];
    const char *in = "Kim\xE2\x80\x99s \xE2\x80\x9Cx\xE2\x80\x9D a\xE2\x80\x94" "b";
    size_t n = ner_normalize(in, strlen(in), out);
    cr_assert_eq(n, 13u);
    cr_assert_eq(memcmp(out, "Kim's \"x\" a-b", n), 0);
}

Test(ner_feat, gazetteer_lines_and_phrases) {
    ner_gaz g;
    ner_gaz_init(&g);
    const char *ok = "# comment\nNorth Atlantic\tgeo\tNorth Atlantic Ocean\nRuritanian\tdemonym\tRuritania\n";
    size_t bad;
    cr_assert(ner_gaz_add(&g, ok, strlen(ok), &bad));
    const ner_gaz_entry *e = ner_gaz_get(&g, "ruritanian", 10);
    cr_assert_not_null(e);
    cr_assert_eq(e->classes, (uint32_t)GZ_DEMONYM);
    cr_assert_eq(memcmp(e->canon, "Ruritania", 9), 0);
    cr_assert_null(ner_gaz_get(&g, "north", 5), "a phrase prefix answered as a phrase");
    const char *broken = "Freedonia\tplanet\n";
    cr_assert_not(ner_gaz_add(&g, broken, strlen(broken), &bad));
    cr_assert_eq(bad, 1u);
    ner_gaz_free(&g);
}

Test(ner_feat, features_are_deterministic_and_context_sensitive) {
    const char *s[] = {"Mr", "Ngata", "spoke", "."};
    uint32_t len[] = {2, 5, 5, 1};
    int32_t sent[] = {0, 0, 0, 0};
    ner_word w1[4], w2[4];
    char n1[64], n2[64];
    cr_assert(ner_words_build(w1, s, len, sent, 4, NULL, n1));
    cr_assert(ner_words_build(w2, s, len, sent, 4, NULL, n2));
    uint64_t f1[NER_MAX_FEATS], f2[NER_MAX_FEATS], f3[NER_MAX_FEATS];
    size_t k1 = ner_features(w1, 4, 1, f1), k2 = ner_features(w2, 4, 1, f2);
    cr_assert_eq(k1, k2);
    cr_assert_eq(memcmp(f1, f2, k1 * sizeof *f1), 0);
    cr_assert_leq(k1, (size_t)NER_MAX_FEATS);
    size_t k3 = ner_features(w1, 4, 2, f3);
    cr_assert(k3 != k1 || memcmp(f1, f3, k1 * sizeof *f1) != 0);
    cr_assert_eq(memcmp(w1[1].shape, "Xx", 2), 0);
    cr_assert_eq(w1[1].shape_len, 2);
}

/* The recogniser's words of ASCII letters made the short way (ner_words_build_letters) are
 * the words ner_words_build makes, byte for byte and hash for hash. */
Test(ner_feat, letters_words_match_the_general_ones) {
    const char *s[] = {"Kim", "met", "X", "a", "Obama", "in", "Washington", "on", "Tuesday", "."};
    enum { N = sizeof s / sizeof s[0] };
    uint32_t len[N];
    uint8_t letters[N];
    int32_t sent[N] = {0};
    size_t total = 0;
    for (size_t i = 0; i < N; i++) {
        len[i] = (uint32_t)strlen(s[i]);
        letters[i] = s[i][0] != '.';
        total += len[i];
    }
    ner_word w1[N], w2[N];
    char n1[2 * 64 + 1], n2[2 * 64 + 1];
    cr_assert_leq(2 * total + 1, sizeof n1);
    cr_assert(ner_words_build(w1, s, len, sent, N, NULL, n1));
    cr_assert(ner_words_build_letters(w2, s, len, letters, sent, N, NULL, n2));
    for (size_t i = 0; i < N; i++) {
        cr_expect_eq(w1[i].len, w2[i].len);
        cr_expect_eq(memcmp(w1[i].w, w2[i].w, w1[i].len), 0, "word %zu", i);
        cr_expect_eq(memcmp(w1[i].lw, w2[i].lw, w1[i].len), 0, "word %zu", i);
        cr_expect_eq(w1[i].shape_len, w2[i].shape_len, "word %zu", i);
        cr_expect_eq(memcmp(w1[i].shape, w2[i].shape, w1[i].shape_len), 0, "word %zu", i);
        cr_expect_eq(w1[i].h_w, w2[i].h_w, "word %zu", i);
        cr_expect_eq(w1[i].h_lw, w2[i].h_lw, "word %zu", i);
        cr_expect_eq(w1[i].h_shape, w2[i].h_shape, "word %zu", i);
        cr_expect_eq(w1[i].doc, w2[i].doc, "word %zu", i);
        cr_expect_eq(w1[i].all_caps_sentence, w2[i].all_caps_sentence, "word %zu", i);
    }
}

Test(ner_model, rejects_malformed_files) {
    ner_model *nm;
    precis_error err;
    cr_assert_eq(ner_model_parse(NULL, "nonsense", 8, NULL, &nm, &err), PRECIS_E_MODEL);
    /* A header that promises a feature the file does not hold. */
    size_t head = 8 + 16 + 4u * (NER_NTAGS + 1) * NER_NTAGS;
    unsigned char *b = calloc(1, head + 4);
    memcpy(b, "PRNER01\n", 8);
    uint32_t v = NER_FEAT_VERSION, t = NER_NTAGS, n = 1;
    memcpy(b + 8, &v, 4);
    memcpy(b + 12, &t, 4);
    memcpy(b + 16, &n, 4);
    cr_assert_eq(ner_model_parse(NULL, b, head + 4, NULL, &nm, &err), PRECIS_E_MODEL);
    /* No features at all is a valid (useless) model. */
    n = 0;
    memcpy(b + 16, &n, 4);
    cr_assert_eq(ner_model_parse(NULL, b, head, NULL, &nm, &err), PRECIS_OK, "%s", err.message);
    ner_model_free(nm);
    /* Another feature-set version is refused with a message saying so. */
    v = NER_FEAT_VERSION + 1;
    memcpy(b + 8, &v, 4);
    cr_assert_eq(ner_model_parse(NULL, b, head, NULL, &nm, &err), PRECIS_E_MODEL);
    cr_assert_not_null(strstr(err.message, "retrain"));
    free(b);
}

/* Pseudo-random text from fragments that stress the edges (hyphens, curly quotes,
 * possessives, periods, invalid UTF-8, long runs of capitalised words): whatever the tagger
 * decides, the output must stay well-formed. Fixed seed, so a failure reproduces. */
/* Text with no sentence ends is tagged in windows (NER_MAX_RUN words), so memory does not
 * grow with the longest sentence; names deep into such a run are still found. */
Test(ner, names_deep_in_a_sentence_without_end_are_found) {
    static const char *const filler[] = {"the", "river", "rose", "and", "the", "road", "was", "closed", "again"};
    size_t cap = 200000, len = 0;
    char *text = malloc(cap);
    cr_assert_not_null(text);
    for (int i = 0; i < 6000; i++) {
        const char *w = i % 1500 == 700 ? "as Mayor Ines Okonkwo-Vall said" : filler[i % 9];
        len += (size_t)snprintf(text + len, cap - len, "%s ", w);
    }
    run(text);
    for (int k = 0; k < 4; k++) {
        const ner_mention *m = need("Ines Okonkwo-Vall", k);
        cr_assert_eq(m->type, NER_PER, "mention %d is not a person", k);
    }
    cr_assert_null(mention("Ines Okonkwo-Vall", 4));
    free(text);
}

/* "it's" is two pieces for the tagger ("it" "'s"); a text of little else needs more pieces
 * than the first guess of the piece arrays allows, which then grow. */
Test(ner, text_of_contractions_outgrows_the_first_piece_estimate) {
    size_t cap = 20000, len = 0;
    char *text = malloc(cap);
    cr_assert_not_null(text);
    for (int i = 0; i < 1500; i++)
        len += (size_t)snprintf(text + len, cap - len, "%s ", i == 1200 ? "so Maria Lopez said it's" : "it's");
    run(text);
    const ner_mention *m = need("Maria Lopez", 0);
    cr_assert_eq(m->type, NER_PER);
    cr_assert(memcmp(doc->text + m->start, "Maria Lopez", 11) == 0);
    free(text);
}

Test(ner, invariants_hold_on_odd_text) {
    static const char *const frag[] = {
        "Kim", "Jong-un", "US-led", "U.S.", "\xE2\x80\x99s", "'s", " ", " ", " ", "\n", ", ", ". ",
        "Mr", "President", "of", "the", "Russian", "North", "Korean", "Alpha-Beta", "-", "--",
        "\xE2\x80\x9C", "\xE2\x80\x9D", "\xFF\xFE", "1999", "Secretary", "State", "said", "AFP",
        "Vladivostok", "x", "(", ")", "e.g.", "St.", "Ltd", "Russia-based", "Norwegian-born"};
    uint64_t r = 42;
    char text[1200];
    for (int round = 0; round < 150; round++) {
        size_t len = 0;
        int parts = (int)(r % 120);
        for (int p = 0; p < parts; p++) {
            r = r * 6364136223846793005ull + 1442695040888963407ull;
            const char *f = frag[(r >> 33) % (sizeof frag / sizeof *frag)];
            size_t fl = strlen(f);
            if (len + fl >= sizeof text)
                break;
            memcpy(text + len, f, fl);
            len += fl;
        }
        text[len] = '\0';
        precis_error err;
        cr_assert_eq(precis_doc_new(model, text, len, NULL, &doc, &err), PRECIS_OK, "%s", err.message);
        cr_assert_eq(entities_extract(doc, &mem, &ents, &err), PRECIS_OK, "%s", err.message);
        uint32_t prev = 0;
        for (size_t i = 0; i < ents.n_mentions; i++) {
            const ner_mention *m = &ents.mentions[i];
            cr_assert(m->start < m->end && m->end <= len, "round %d: bad span %u-%u", round, m->start, m->end);
            cr_assert_geq(m->start, prev, "round %d: mentions out of order", round);
            prev = m->start;
            cr_assert(m->entity < 0 || (size_t)m->entity < ents.n_entities);
        }
        size_t total = 0;
        for (size_t i = 0; i < ents.n_entities; i++) {
            const ner_entity *e = &ents.entities[i];
            cr_assert_eq(e->n_mentions, e->n_direct + e->n_demonyms);
            cr_assert(e->salience >= 0.0 && e->salience <= 1.0);
            cr_assert(!e->has_role || (e->role_start < e->role_end && e->role_end <= len));
            for (uint32_t k = 0; k < e->n_mentions; k++)
                cr_assert_eq(ents.mentions[e->mentions[k]].entity, (int32_t)i);
            total += e->n_mentions;
        }
        size_t linked = 0;
        for (size_t i = 0; i < ents.n_mentions; i++)
            linked += ents.mentions[i].entity >= 0;
        cr_assert_eq(total, linked);
        precis_doc_free(doc);
        doc = NULL;
    }
}

/* The second stage runs when the image has en/ner2.model. An image is repacked from the
 * default one plus an empty second stage (no features, zero transitions): its output, all
 * O, shows that it replaced the first stage's tags. A truncated second stage makes the whole
 * model fail to load. */
static void put_file(buf *b, const char *name, const void *data, size_t len) {
    buf_printf(b, "@%s %zu\n", name, len);
    buf_append(b, data, len);
    buf_putc(b, '\n');
}

Test(ner, second_stage_is_used_when_present) {
    buf img;
    buf_init(&img);
    buf_puts(&img, "PRECIS-MODEL 1\n");
    for (size_t i = 0; i < model->n_files; i++)
        put_file(&img, model->files[i].name, model->files[i].data, model->files[i].len);
    size_t head = 8 + 16 + 4u * (NER_NTAGS + 1) * NER_NTAGS;
    unsigned char *s2 = calloc(1, head);
    memcpy(s2, "PRNER01\n", 8);
    uint32_t v = NER_FEAT_VERSION, t = NER_NTAGS, n = 0;
    float scale = 1.0f;
    memcpy(s2 + 8, &v, 4);
    memcpy(s2 + 12, &t, 4);
    memcpy(s2 + 16, &n, 4);
    memcpy(s2 + 20, &scale, 4);
    buf good = img, bad;
    buf_init(&bad);
    buf_append(&bad, img.data, img.len);
    put_file(&good, "en/ner2.model", s2, head);
    put_file(&bad, "en/ner2.model", s2, head - 1);
    precis_model *m2;
    precis_error err;
    cr_assert_eq(precis_model_load(good.data, good.len, &m2, &err), PRECIS_OK, "%s", err.message);
    precis_model *m3 = NULL;
    cr_assert_eq(precis_model_load(bad.data, bad.len, &m3, &err), PRECIS_E_MODEL);
    const char *text = "Ilse Brandt met Paolo Ferri in Turin. Brandt said Ferri agreed.";
    cr_assert_eq(precis_doc_new(m2, text, strlen(text), NULL, &doc, &err), PRECIS_OK);
    ner_mention *ms;
    size_t nm;
    cr_assert_eq(ner_tag(doc, &mem, &ms, &nm, &err), PRECIS_OK, "%s", err.message);
    /* A second stage with no weights and no transitions scores every tag 0: Viterbi then
     * keeps the first tag of each step, O, so it replaced the first stage's mentions. */
    cr_assert_eq(nm, 0u);
    precis_doc_free(doc);
    doc = NULL;
    precis_model_free(m2);
    buf_free(&good);
    buf_free(&bad);
    free(s2);
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The run-time tagger sums the split parts per word form; they must be ner_features. */
Test(ner_feat, split_features_are_the_same_multiset) {
    const char *s[] = {"In", "Ruritania", ",", "Mr", "Ngata-Smith", "met", "THE", "U.N.", "envoy", ".",
                       "NEW", "RULES"};
    enum { N = 12 };
    uint32_t len[N];
    int32_t sent[N] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1};
    for (int i = 0; i < N; i++)
        len[i] = (uint32_t)strlen(s[i]);
    ner_gaz g;
    ner_gaz_init(&g);
    const char *gz = "ruritania\tcountry\tRuritania\nmr\thonorific\nu.n.\torg\n";
    size_t bad;
    cr_assert(ner_gaz_add(&g, gz, strlen(gz), &bad));
    ner_word w[N];
    char norm[256];
    cr_assert(ner_words_build(w, s, len, sent, N, &g, norm));
    for (size_t i0 = 0; i0 < N;) {
        size_t j = i0 + 1;
        while (j < N && sent[j] == sent[i0])
            j++;
        const ner_word *ws = w + i0;
        size_t n = j - i0;
        for (size_t i = 0; i < n; i++) {
            uint64_t a[NER_MAX_FEATS], b[NER_MAX_FEATS + 64];
            size_t na = ner_features(ws, n, i, a), nb = 0;
            nb += ner_features_self_word(&ws[i], b + nb);
            nb += ner_features_self_class(&ws[i], b + nb);
            const ner_word *nbr[NER_NB_ROLES] = {i >= 2 ? &ws[i - 2] : NULL, i >= 1 ? &ws[i - 1] : NULL,
                                                 i + 1 < n ? &ws[i + 1] : NULL, i + 2 < n ? &ws[i + 2] : NULL};
            for (int r = 0; r < NER_NB_ROLES; r++) {
                nb += ner_features_neighbour_word(nbr[r], r, b + nb);
                nb += ner_features_neighbour_class(nbr[r], r, b + nb);
            }
            /* the conjunctions by halves (as the tagger makes them): the same, in order */
            uint64_t hm1[NER_PAIR_HALVES], hs[NER_PAIR_HALVES], p[NER_MAX_FEATS_PAIRS];
            ner_pair_halves(i ? &ws[i - 1] : NULL, hm1);
            ner_pair_halves(&ws[i], hs);
            uint64_t hs2[NER_PAIR_HALVES];
            ner_pair_halves_lw(ws[i].h_lw, hs2);
            ner_pair_halves_shape(ws[i].h_shape, hs2);
            cr_assert(memcmp(hs, hs2, sizeof hs) == 0, "word %zu: other halves in two parts", i0 + i);
            size_t np = ner_features_pairs_from_halves(&ws[i], i + 1 < n ? &ws[i + 1] : NULL, hm1, hs, p);
            size_t npairs = ner_features_pairs(ws, n, i, b + nb);
            cr_assert(np == npairs && memcmp(p, b + nb, np * sizeof *p) == 0, "word %zu: other conjunctions",
                      i0 + i);
            nb += npairs;
            cr_assert_eq(na, nb, "word %zu: %zu features, split into %zu", i0 + i, na, nb);
            qsort(a, na, sizeof *a, cmp_u64);
            qsort(b, nb, sizeof *b, cmp_u64);
            cr_assert_eq(memcmp(a, b, na * sizeof *a), 0, "word %zu: other features", i0 + i);
        }
        i0 = j;
    }
    ner_gaz_free(&g);
}

/* The shape features one at a time (the tagger's shape table) are those of
 * ner_features_self_shape and ner_features_neighbour_shape, in order. */
Test(ner_feat, shape_features_one_at_a_time) {
    const char *s[] = {"Mr", "Ngata-Smith", "met", "THE", "U.N.", "envoy", "in", "Ruritania", "on", "12", "."};
    enum { N = 11 };
    uint32_t len[N];
    int32_t sent[N] = {0};
    for (int i = 0; i < N; i++)
        len[i] = (uint32_t)strlen(s[i]);
    ner_word w[N];
    char norm[256];
    cr_assert(ner_words_build(w, s, len, sent, N, NULL, norm));
    for (int i = 0; i < N; i++) {
        cr_assert_eq(w[i].h_shape, ner_shape_hash(w[i].shape, w[i].shape_len));
        uint64_t a[NER_MAX_FEATS_SELF], b[NER_MAX_FEATS_SELF];
        size_t na = ner_features_self_shape(&w[i], a), nb = 0;
        uint64_t h = w[i].h_shape;
        b[nb++] = ner_feature_shape(NER_SHAPE_SELF, 0, h);
        b[nb++] = ner_feature_shape(NER_SHAPE_START, w[i].sent_start, h);
        b[nb++] = ner_feature_doc_start(w[i].doc, w[i].sent_start, h);
        for (unsigned bit = 0; bit < 6; bit++)
            if (w[i].doc & (1u << bit))
                b[nb++] = ner_feature_shape(NER_SHAPE_DOCBIT, bit, h);
        cr_assert_eq(na, nb, "word %d", i);
        cr_assert_eq(memcmp(a, b, na * sizeof *a), 0, "word %d: other self shape features", i);
        for (int r = 0; r < NER_NB_ROLES; r++) {
            cr_assert_eq(ner_features_neighbour_shape(&w[i], r, a), 1u);
            cr_assert_eq(a[0], ner_feature_shape(NER_SHAPE_NB, (unsigned)r, h), "word %d role %d", i, r);
        }
    }
}

Test(ner, the_article_saying_what_kind_of_body_a_name_is) {
    run("The charity Harrow Wanderers said the walk raised money for veterans. The supporters of "
        "Corran Athletic, the club that won the cup last year, were there too.\n"
        "Trust chairman Idris Pellow said the trust would match every pound.");
    cr_assert_eq(entity_of(need("Harrow Wanderers", 0))->type, NER_ORG);
    cr_assert_eq(entity_of(need("Corran Athletic", 0))->type, NER_ORG);
    const ner_entity *p = entity_of(need("Idris Pellow", 0));
    cr_assert_eq(p->type, NER_PER);
    cr_assert(role_is(p, "Trust chairman"), "role of Idris Pellow");
}

Test(ner, two_places_listed_together_are_two_places) {
    run("Soldiers who served in Iraq, Afghanistan and Mali were invited to Hereford.");
    cr_assert_eq(need("Iraq", 0)->type, NER_LOC);
    cr_assert_eq(need("Afghanistan", 0)->type, NER_LOC);
    cr_assert_neq(need("Iraq", 0)->entity, need("Afghanistan", 0)->entity);
}

Test(ner, a_place_before_a_comma_is_no_role) {
    /* "with his win in the Badger State, Sanders ...": where, not what he is; a role closed
     * by a comma keeps its place ("The chief executive, Tom Reyes, ...") */
    run("Aino Virtanen won the vote in Corby on Tuesday. With her win in the state, Virtanen will lead the "
        "council. The chief executive, Tom Reyes, said he would work with her.");
    cr_assert(!entity_of(need("Aino Virtanen", 0))->has_role, "a role for Aino Virtanen");
    cr_assert(role_is(entity_of(need("Tom Reyes", 0)), "chief executive"), "role of Tom Reyes");
}

Test(ner, a_person_s_possessive_before_a_role_is_the_role_s) {
    /* "Manny Pacquiao's promoter Bob Arum": the role was "promoter", and a later "boss" won */
    run("Tom Hale's lawyer Ana Reyes said the ferry deal was signed on Monday. Hale did not comment.");
    const ner_mention *ana = need("Ana Reyes", 0);
    cr_assert(role_is(entity_of(ana), "Tom Hale's lawyer"), "role of Ana Reyes");
    cr_assert_neq(need("Tom Hale", 0)->entity, ana->entity, "the owner is someone else");
    /* guard: an organisation's possessive stays in the role as before */
    run("Harbour United's manager Ana Reyes said the ferry deal was signed on Monday.");
    cr_assert(role_is(entity_of(need("Ana Reyes", 0)), "Harbour United's manager"), "role of Ana Reyes");
}

/* The document tagger leaves out the plain words between plain words (tag_document_stage1):
 * its tags must be those of the sentence tagger, which scores every word. The sentences put
 * names right after and before such stretches, lower-case words inside names, a word that is
 * capitalised elsewhere in the document, and stretches at the edges of sentences. */
Test(ner, leaving_out_plain_words_changes_no_tag) {
    static const char *const text =
        "after a long and quiet winter , the ferry to the island was running again when Marta Iglesias-Bonn "
        "of the Bank of England arrived . "
        "she said that the crossing had been rough but that nobody on board was hurt , and the captain agreed . "
        "the harbour master , Tobiah Renwick , told the Society for the Protection of Seabirds that the "
        "nests on the cliffs were safe for now . "
        "it was calm , it was cold , and the boats stayed in until the wind dropped on Thursday . "
        "Rose Abernathy watched as the water rose over the old wall near Port Ellery . "
        "nobody could say when the next ferry would leave for the mainland , or who would pay for the repairs "
        "that the Ministry of Transport had promised in March . "
        "the crew of the Morning Lark went back to sea .";
    size_t tl = strlen(text);
    char *copy = malloc(tl + 1);
    cr_assert_not_null(copy);
    memcpy(copy, text, tl + 1);
    enum { CAP = 512 };
    const char *s[CAP];
    uint32_t len[CAP];
    int32_t sent[CAP];
    size_t n = 0, total = 0;
    int32_t sid = 0;
    for (char *t = strtok(copy, " "); t; t = strtok(NULL, " ")) {
        cr_assert_lt(n, CAP);
        s[n] = t;
        len[n] = (uint32_t)strlen(t);
        total += len[n];
        sent[n++] = sid;
        if (strcmp(t, ".") == 0)
            sid++;
    }
    const ner_model *nm = ner_model_of(model);
    cr_assert_not_null(nm);
    ner_word *w = malloc(n * sizeof *w);
    char *norm = malloc(2 * total + 1);
    uint8_t *doc_tags = malloc(n), *sent_tags = malloc(n);
    float *emit = malloc(n * NER_NTAGS * sizeof *emit);
    cr_assert(w && norm && doc_tags && sent_tags && emit);
    cr_assert(ner_words_build(w, s, len, sent, n, ner_model_gaz(nm), norm));
    cr_assert(ner_tag_document(nm, w, sent, n, &mem, doc_tags));
    size_t named = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && sent[j] == sent[i])
            j++;
        ner_tag_words(nm, w + i, j - i, emit, sent_tags + i);
        i = j;
    }
    for (size_t i = 0; i < n; i++) {
        cr_expect_eq(doc_tags[i], sent_tags[i], "word %zu '%s': %d against %d", i, s[i], doc_tags[i], sent_tags[i]);
        named += sent_tags[i] != 0;
    }
    /* the names are there to be found: the test means nothing if none is */
    cr_assert_geq(named, 12, "only %zu words in names", named);
    free(emit);
    free(sent_tags);
    free(doc_tags);
    free(norm);
    free(w);
    free(copy);
}

/* "If she becomes president, Clinton suggested in a tweet, ..." gave Hillary Clinton the role
 * "president": a role closed by a comma after "becomes" is what she may become. */
Test(ner, a_role_someone_becomes_before_a_comma_is_no_title) {
    run("Presumptive nominee Ann Kerr spoke in Corby on Monday.\n\nIf she becomes mayor, Kerr said, the pier will "
        "be rebuilt.\n\nThe harbour board and its chief executive, Tom Reyes, agreed.\n");
    const ner_entity *kerr = entity_of(need("Ann Kerr", 0));
    cr_expect_not(kerr->has_role && role_is(kerr, "mayor"), "Kerr got the role she may become");
    /* a role closed by a comma after a possessive stays the name's */
    cr_expect(role_is(entity_of(need("Tom Reyes", 0)), "chief executive"));
}

/* "\"If Senator Sanders is close ...\"" gave Bernie Sanders the role "If Senator": a stop word
 * that opens a quotation does not open the role. */
Test(ner, a_stop_word_that_opens_a_quotation_does_not_open_a_role) {
    run("Harbour board members met in Corby on Monday.\n\n\"If Mayor Kerr is still leading by May, she has a case to "
        "make,\" one member said.\n\nAnn Kerr did not comment.\n");
    const ner_mention *kerr = need("Kerr", 0);
    const ner_entity *e = entity_of(kerr);
    cr_expect(e->has_role && role_is(e, "Mayor"), "Kerr lost her title");
}

/* "President Obama" in a story that names only "first lady Michelle Obama" in full had linked
 * every "Obama" to her: a relative named in full after the surname has stood for someone
 * does not take it. */
Test(ner, a_relative_named_after_the_surname_does_not_take_it) {
    run("Mayor Kerr met the harbour board on Monday.\n\nKerr said the talks went well.\n\nWhile they spoke, her "
        "husband Tom Kerr showed the guests round the pier.\n\nKerr will meet the board again in May.\n");
    const ner_mention *mayor = need("Kerr", 0), *later = need("Kerr", 2);
    cr_expect_neq(mayor->entity, need("Tom Kerr", 0)->entity, "the mayor became her husband");
    cr_expect_eq(mayor->entity, later->entity, "the surname lost the mayor");
    /* a relative named in full before the surname is used keeps it ("Singers Jennifer Lopez
     * and husband Marc Anthony ... Anthony said") */
    run("Singer Ana Lopez and her husband Tom Reyes will sing at the Corby festival.\n\nReyes said the duet was "
        "new.\n\nThe festival opens in May.\n");
    cr_expect_eq(need("Reyes", 0)->entity, need("Tom Reyes", 0)->entity);
}
