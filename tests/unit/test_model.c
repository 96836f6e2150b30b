/* Unit tests for the model loader: images written in the test. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "model/model.h"
#include "precis/precis.h"

extern const char precis_compiled_tables[];
extern const char precis_compiled_tables_end[];

/* Builds an image from (name, body) pairs. */
static size_t image(char *out, size_t cap, const char *const *files, size_t n) {
    size_t len = (size_t)snprintf(out, cap, "PRECIS-MODEL 1\n");
    for (size_t i = 0; i < n; i++)
        len += (size_t)snprintf(out + len, cap - len, "@%s %zu\n%s\n", files[2 * i], strlen(files[2 * i + 1]),
                                files[2 * i + 1]);
    return len;
}

Test(model, loads_a_minimal_image_and_lists_its_languages) {
    const char *files[] = {"de/stopwords.txt", "der\ndie\n", "en/abbreviations.txt", "mr\ttitle\n"};
    char buf[512];
    size_t len = image(buf, sizeof buf, files, 2);
    precis_model *m = NULL;
    precis_error err;
    cr_assert_eq(precis_model_load(buf, len, &m, &err), PRECIS_OK, "%s", err.message);
    cr_assert_str_eq(precis_model_languages(m), "en,de"); /* English first */
    precis_model_free(m);
}

Test(model, refuses_a_file_given_twice) {
    const char *files[] = {"en/boilerplate.txt", "cue\t1\tsign up\n", "en/boilerplate.txt", "cue\t1\tsign up\n"};
    char buf[512];
    size_t len = image(buf, sizeof buf, files, 2);
    precis_model *m = NULL;
    precis_error err;
    cr_assert_eq(precis_model_load(buf, len, &m, &err), PRECIS_E_MODEL);
    cr_assert_null(m);
    cr_assert(strstr(err.message, "appears twice"), "%s", err.message);
}

/* The one-file image (name, body) loads. */
static void expect_loads(const char *name, const char *body) {
    const char *files[] = {name, body};
    char buf[512];
    precis_model *m = NULL;
    precis_error err;
    size_t len = image(buf, sizeof buf, files, 1);
    cr_assert_eq(precis_model_load(buf, len, &m, &err), PRECIS_OK, "%s", err.message);
    precis_model_free(m);
}

/* The one-file image (name, body) is refused with a message that holds `message`. */
static void expect_refused(const char *name, const char *body, const char *message) {
    const char *files[] = {name, body};
    char buf[512];
    precis_model *m = NULL;
    precis_error err;
    size_t len = image(buf, sizeof buf, files, 1);
    cr_assert_eq(precis_model_load(buf, len, &m, &err), PRECIS_E_MODEL);
    cr_assert_null(m);
    cr_assert(strstr(err.message, message), "%s", err.message);
}

Test(model, boilerplate_cues_name_a_known_reason) {
    expect_loads("en/boilerplate.txt", "cue:widget\t1\tcopy this link\nverb:plea\t0.6\tjoin\ncue\t1\tsign up\n");
    expect_refused("en/boilerplate.txt", "cue:gossip\t1\tsign up\n", "boilerplate.txt:1: unknown reason");
}

Test(model, a_reader_entry_is_one_word_with_no_reason) {
    expect_loads("de/boilerplate.txt", "reader\t0\tIhnen\ncue\t1\twir nutzen cookies\n");
    expect_refused("de/boilerplate.txt", "reader\t0\tunsere leser\n", "boilerplate.txt:1: a reader entry is one word");
    expect_refused("de/boilerplate.txt", "reader:plea\t0\tdu\n", "kind must be cue, verb, reader or opener");
    /* an opener of the readers' comments takes no reason either: it is the comments' */
    expect_loads("en/boilerplate.txt", "opener\t0\thave your say\ncue\t1\tsign up\n");
    expect_refused("en/boilerplate.txt", "opener:plea\t0\thave your say\n", "kind must be cue, verb, reader or opener");
}

Test(model, cue_words_map_each_word_to_its_classes) {
    const char *good[] = {"en/cues.txt", "# a comment\nspeech\tsaid\ninverting\tsaid\r\nphrasal\tshot back\n"
                                         "aux\tshot\n\nday\tmonday\n"};
    char buf[512];
    precis_model *m = NULL;
    precis_error err;
    size_t len = image(buf, sizeof buf, good, 1);
    cr_assert_eq(precis_model_load(buf, len, &m, &err), PRECIS_OK, "%s", err.message);
    const strmap *w = &model_lang(m, "en")->cue_words;
    cr_assert_eq(strmap_get(w, "said", 4), (int32_t)(CW_SPEECH | CW_INVERTING));
    cr_assert_eq(strmap_get(w, "shot back", 9), (int32_t)CW_PHRASAL);
    cr_assert_eq(strmap_get(w, "shot", 4), (int32_t)(CW_AUX | CW_PAIR_HEAD));
    cr_assert_eq(strmap_get(w, "back", 4), -1);
    cr_assert_eq(strmap_get(w, "monday", 6), (int32_t)CW_DAY);
    cr_assert_eq(w->count, 4);
    precis_model_free(m);
}

Test(model, entity_words_map_each_word_to_its_classes) {
    const char *good[] = {"en/entities.txt", "# a comment\nbody\tcharity\nbody\tstart-up\r\nopener\tacting\n"
                                             "role_modifier\tacting\n\ntitle\tmr\n"};
    char buf[512];
    precis_model *m = NULL;
    precis_error err;
    size_t len = image(buf, sizeof buf, good, 1);
    cr_assert_eq(precis_model_load(buf, len, &m, &err), PRECIS_OK, "%s", err.message);
    const lang_data *en = model_lang(m, "en");
    cr_assert_eq(en->entity_words.count, 4);
    cr_assert_eq(model_entity_word(en, "Mr", 2), EW_TITLE);
    cr_assert_eq(model_entity_word(en, "charity", 7), EW_BODY);
    cr_assert_eq(model_entity_word(en, "Start-Up", 8), EW_BODY, "ASCII case aside");
    cr_assert_eq(model_entity_word(en, "ACTING", 6), EW_OPENER | EW_ROLE_MODIFIER);
    cr_assert_eq(model_entity_word(en, "club", 4), 0);
    precis_model_free(m);
    /* a language without the file lists no words */
    const char *none[] = {"en/stopwords.txt", "the\n"};
    len = image(buf, sizeof buf, none, 1);
    cr_assert_eq(precis_model_load(buf, len, &m, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(model_entity_word(model_lang(m, "en"), "charity", 7), 0);
    precis_model_free(m);
}

Test(model, refuses_a_malformed_entity_word_line) {
    static const struct {
        const char *body, *message;
    } bad[] = {
        {"body\tcharity\nbodies\tclub\n", "en/entities.txt:2: expected a class of the file"},
        {"body charity\n", "en/entities.txt:1: expected a class"},
        {"body\tCharity\n", "en/entities.txt:1: expected one lower-case word"},
        {"body\tfootball club\n", "en/entities.txt:1: expected one lower-case word"},
        {"body\t\n", "en/entities.txt:1: expected a class of the file, a tab and a word"},
        {"title\tmr.\ntitle\tsen ator\n", "en/entities.txt:2: expected one lower-case word"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *files[] = {"en/entities.txt", bad[i].body};
        char buf[512];
        precis_model *m = NULL;
        precis_error err;
        size_t len = image(buf, sizeof buf, files, 1);
        cr_assert_eq(precis_model_load(buf, len, &m, &err), PRECIS_E_MODEL, "line %zu loaded", i);
        cr_assert_null(m);
        cr_assert(strstr(err.message, bad[i].message), "%zu: %s", i, err.message);
    }
}

Test(model, fact_people_and_brief_words_map_words_phrases_and_endings) {
    const char *good[] = {"en/facts.txt", "# a comment\naux\twas\nmodal\tcould\r\napprox\tas many as\n"
                                          "group_opener\tat least\napprox\tat least\n\n",
                          "en/people.txt", "he\this\nagent_ending\ters\npeople\tpolice\n",
                          "en/brief.txt", "attribution\tsaid\nplace_prep\tin\nhead_prep\tin\n"};
    char buf[512];
    precis_model *m = NULL;
    precis_error err;
    size_t len = image(buf, sizeof buf, good, 3);
    cr_assert_eq(precis_model_load(buf, len, &m, &err), PRECIS_OK, "%s", err.message);
    const lang_data *en = model_lang(m, "en");
    cr_assert_eq(en->fact_words.count, 4);
    cr_assert_eq(model_word_class(&en->brief_words, "In", 2), BW_PLACE_PREP | BW_HEAD_PREP);
    cr_assert_eq(model_word_class(&en->brief_words, "said", 4), BW_ATTRIBUTION);
    cr_assert_eq(model_word_class(&en->fact_words, "WAS", 3), FW_AUX, "ASCII case aside");
    cr_assert_eq(model_word_class(&en->fact_words, "At least", 8), FW_GROUP_OPENER | FW_APPROX);
    cr_assert_eq(model_word_class(&en->fact_words, "as many as", 10), FW_APPROX);
    cr_assert_eq(model_word_class(&en->fact_words, "as", 2), 0, "a phrase's first word is no entry");
    cr_assert_eq(model_word_class(&en->people_words, "ers", 3), PW_AGENT_ENDING);
    cr_assert_eq(model_word_class(&en->people_words, "Police", 6), PW_PEOPLE);
    cr_assert_eq(model_word_class(&en->people_words, "was", 3), 0, "each file its own map");
    precis_model_free(m);
    /* a language without the files lists no words */
    const char *none[] = {"en/stopwords.txt", "the\n"};
    len = image(buf, sizeof buf, none, 1);
    cr_assert_eq(precis_model_load(buf, len, &m, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(model_word_class(&model_lang(m, "en")->fact_words, "was", 3), 0);
    cr_assert_eq(model_word_class(&model_lang(m, "en")->people_words, "his", 3), 0);
    cr_assert_eq(model_word_class(&model_lang(m, "en")->brief_words, "said", 4), 0);
    precis_model_free(m);
}

Test(model, refuses_a_malformed_fact_or_people_word_line_naming_file_and_line) {
    static const struct {
        const char *file, *body, *message;
    } bad[] = {
        {"en/facts.txt", "aux\twas\nauxiliary\tis\n", "en/facts.txt:2: expected a class of the file"},
        {"en/facts.txt", "aux was\n", "en/facts.txt:1: expected a class of the file, a tab and a word"},
        {"en/facts.txt", "aux\tWas\n", "en/facts.txt:1: expected one lower-case word"},
        {"en/facts.txt", "aux\thas been\n", "en/facts.txt:1: expected one lower-case word"},
        {"en/facts.txt", "approx\tas  many\n", "en/facts.txt:1: expected up to 4 lower-case words"},
        {"en/facts.txt", "approx\ta b c d e\n", "en/facts.txt:1: expected up to 4 lower-case words"},
        {"en/facts.txt", "approx\t more\n", "en/facts.txt:1: expected up to 4 lower-case words"},
        {"en/people.txt", "# x\nagent_ending\tmongers\n", "en/people.txt:2: expected one lower-case ending of at most 6"},
        {"en/people.txt", "he\tHis\n", "en/people.txt:1: expected one lower-case word"},
        {"en/people.txt", "aux\twas\n", "en/people.txt:1: expected a class of the file"},
        {"en/brief.txt", "plural\tpeople\nplural\tfew people\n", "en/brief.txt:2: expected one lower-case word"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *files[] = {bad[i].file, bad[i].body};
        char buf[512];
        precis_model *m = NULL;
        precis_error err;
        size_t len = image(buf, sizeof buf, files, 1);
        cr_assert_eq(precis_model_load(buf, len, &m, &err), PRECIS_E_MODEL, "line %zu loaded", i);
        cr_assert_null(m);
        cr_assert(strstr(err.message, bad[i].message), "%zu: %s", i, err.message);
    }
}

Test(model, refuses_a_malformed_cue_line_naming_file_and_line) {
    static const struct {
        const char *body, *message;
    } bad[] = {
        {"speech\tsaid\nshouting\tyelled\n", "en/cues.txt:2: expected a known class"},
        {"speech said\n", "en/cues.txt:1: expected a known class"},
        {"speech\tSaid\n", "en/cues.txt:1: expected one lower-case word"},
        {"speech\tshot back\n", "en/cues.txt:1: expected one lower-case word"},
        {"phrasal\tback\n", "en/cues.txt:1: expected one lower-case word"},
        {"phrasal\tshot  back\n", "en/cues.txt:1: expected one lower-case word"},
        {"phrasal\tshot back now\n", "en/cues.txt:1: expected one lower-case word"},
        {"# x\nday\t\n", "en/cues.txt:2: expected a known class, a tab and a word"},
        {"day\t" "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghij\n", "en/cues.txt:1: expected one"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *files[] = {"en/cues.txt", bad[i].body};
        char buf[512];
        precis_model *m = NULL;
        precis_error err;
        size_t len = image(buf, sizeof buf, files, 1);
        cr_assert_eq(precis_model_load(buf, len, &m, &err), PRECIS_E_MODEL, "line %zu loaded", i);
        cr_assert_null(m);
        cr_assert(strstr(err.message, bad[i].message), "%zu: %s", i, err.message);
    }
}

Test(model, refuses_bad_magic_truncation_and_bad_sizes) {
    precis_model *m = NULL;
    precis_error err;
    cr_assert_eq(precis_model_load("NOT A MODEL", 11, &m, &err), PRECIS_E_MODEL);
    const char trunc[] = "PRECIS-MODEL 1\n@en/stopwords.txt 400\nthe\n";
    cr_assert_eq(precis_model_load(trunc, sizeof trunc - 1, &m, &err), PRECIS_E_MODEL);
    const char noname[] = "PRECIS-MODEL 1\n@ 3\nabc\n";
    cr_assert_eq(precis_model_load(noname, sizeof noname - 1, &m, &err), PRECIS_E_MODEL);
    const char nolang[] = "PRECIS-MODEL 1\n@readme 3\nabc\n";
    cr_assert_eq(precis_model_load(nolang, sizeof nolang - 1, &m, &err), PRECIS_E_MODEL);
    cr_assert_null(m);
}

Test(model, default_model_has_the_shipped_languages) {
    precis_model *m = NULL;
    cr_assert_eq(precis_model_default(&m, NULL), PRECIS_OK);
    const char *langs = precis_model_languages(m);
    cr_assert(strncmp(langs, "en,", 3) == 0, "%s", langs);
    const char *want[] = {"de", "fr", "es", "it", "pt", "nl", "ru"};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        cr_assert(strstr(langs, want[i]), "%s lacks %s", langs, want[i]);
    precis_model_free(m);
}

/* The built-in model fills its stem and idf maps from tables compiled at build time (model.c,
 * "compiled tables"); the same image loaded from bytes parses the files. The maps must be
 * the same, slot for slot. */
static void same_map(const strmap *a, const strmap *b, const char *what, size_t least) {
    cr_assert_eq(a->cap, b->cap, "%s: capacities differ", what);
    cr_assert_eq(a->count, b->count, "%s: counts differ", what);
    cr_assert_gt(a->count, least, "%s: the built-in model has no such table", what);
    for (size_t i = 0; i < a->cap; i++) {
        const strmap_slot *x = &a->slots[i], *y = &b->slots[i];
        cr_assert_eq(!x->key, !y->key, "%s: slot %zu", what, i);
        if (x->key)
            cr_assert(x->len == y->len && memcmp(x->key, y->key, x->len) == 0 && x->value == y->value,
                      "%s: slot %zu differs", what, i);
    }
}

/* The built-in model, and the same image parsed as a file would be (the caller frees both). */
static void builtin_and_parsed(precis_model **builtin, precis_model **parsed) {
    precis_error err;
    cr_assert_eq(precis_model_default(builtin, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(precis_model_load((*builtin)->image, (*builtin)->image_len, parsed, &err), PRECIS_OK, "%s",
                 err.message);
}

Test(model, compiled_tables_are_the_parsed_ones) {
    precis_model *builtin, *parsed;
    builtin_and_parsed(&builtin, &parsed);
    const lang_data *a = model_lang(builtin, "en"), *b = model_lang(parsed, "en");
    cr_assert(a && b);
    /* (the stem and idf maps have no slots, only their packed copies: see the next test) */
    cr_assert_eq(a->stems.count, b->stems.count);
    cr_assert_gt(a->stems.count, 1000u);
    cr_assert_eq(a->df_docs, b->df_docs);
    same_map(&a->cue_words, &b->cue_words, "cue words", 300);
    /* the compiled tables carry the cue words (else the built-in model parses them) */
    size_t blen = (size_t)(precis_compiled_tables_end - precis_compiled_tables);
    bool carried = false;
    for (size_t i = 0; i + 11 <= blen && !carried; i++)
        carried = memcmp(precis_compiled_tables + i, "en/cues.txt", 11) == 0;
    cr_assert(carried, "en/cues.txt is not in the compiled tables");
    same_map(&a->entity_words, &b->entity_words, "entity words", 60);
    carried = false;
    for (size_t i = 0; i + 15 <= blen && !carried; i++)
        carried = memcmp(precis_compiled_tables + i, "en/entities.txt", 15) == 0;
    cr_assert(carried, "en/entities.txt is not in the compiled tables");
    static const struct {
        const char *file;
        size_t least;
    } words[] = {{"en/facts.txt", 200}, {"en/people.txt", 150}, {"en/brief.txt", 60}};
    const strmap *wa[] = {&a->fact_words, &a->people_words, &a->brief_words},
                 *wb[] = {&b->fact_words, &b->people_words, &b->brief_words};
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        same_map(wa[w], wb[w], words[w].file, words[w].least);
        size_t n = strlen(words[w].file);
        carried = false;
        for (size_t i = 0; i + n <= blen && !carried; i++)
            carried = memcmp(precis_compiled_tables + i, words[w].file, n) == 0;
        cr_assert(carried, "%s is not in the compiled tables", words[w].file);
    }
    /* the built-in maps' keys are in the built-in image, the parsed ones in the copy */
    for (size_t i = 0; i < a->cue_words.cap; i++)
        if (a->cue_words.slots[i].key) {
            cr_assert(a->cue_words.slots[i].key >= builtin->image &&
                      a->cue_words.slots[i].key < builtin->image + builtin->image_len);
            cr_assert(b->cue_words.slots[i].key >= parsed->image &&
                      b->cue_words.slots[i].key < parsed->image + parsed->image_len);
            break;
        }
    precis_model_free(parsed);
    precis_model_free(builtin);
}

/* The built-in stem and idf maps carry a packed copy (model.c, util/hash.h), which lookups
 * read: they answer as `ref`, the same map parsed from the image, does (through its slots),
 * for every key of the map and for keys one byte shorter or longer, most of which it lacks.
 * Neither keeps slots: the one code that walks the stems (the recogniser's form cache, built
 * by tools/compile_model.c) walks the packed copy. */
static void packed_agrees(const strmap *m, const strmap *ref, const char *what, const lang_data *stems_of,
                          const lang_data *ref_lang) {
    cr_assert_not_null(m->packed, "%s: no packed copy", what);
    cr_assert_null(ref->packed, "%s: a parsed map has no packed copy", what);
    cr_assert_eq(m->count, ref->count, "%s", what);
    size_t absent = 0;
    for (size_t i = 0; i < ref->cap; i++) {
        const strmap_slot *s = &ref->slots[i];
        if (!s->key)
            continue;
        int32_t v = -2;
        const char *key = strmap_get_key(m, s->key, s->len, &v);
        cr_assert(key && key != s->key && memcmp(key, s->key, s->len) == 0, "%s: '%.*s'", what, (int)s->len, s->key);
        if (stems_of) {
            /* the stem's length, and its df above it (model_stem_value) */
            int32_t df = -2;
            cr_assert_eq(model_stem_value(stems_of, v, &df), (size_t)s->value, "%s: '%.*s'", what, (int)s->len, s->key);
            int32_t want = strmap_get(&ref_lang->df, s->key + s->len + 1, (size_t)s->value);
            cr_assert_eq(df, want < 0 ? 0 : want, "%s: '%.*s'", what, (int)s->len, s->key);
        } else {
            cr_assert_eq(v, s->value, "%s: '%.*s'", what, (int)s->len, s->key);
        }
        char other[STRMAP_PACKED_LEN_MAX + 2];
        memcpy(other, s->key, s->len);
        other[s->len] = 's';
        for (size_t len = s->len - 1; len <= s->len + 1; len += 2) {
            int32_t want = strmap_get(ref, other, len), got = strmap_get(m, other, len);
            if (stems_of && got >= 0) {
                int32_t df;
                got = (int32_t)model_stem_value(stems_of, got, &df);
            }
            cr_assert_eq(got, want, "%s: '%.*s'", what, (int)len, other);
            cr_assert_eq(!strmap_get_key(m, other, len, NULL), want < 0);
            absent += want < 0;
        }
    }
    cr_assert_gt(absent, m->count, "%s: the lookups of absent keys were not tried", what);
}

Test(model, builtin_stem_and_idf_maps_look_up_through_their_packed_copy) {
    precis_model *builtin, *parsed;
    builtin_and_parsed(&builtin, &parsed);
    const lang_data *a = model_lang(builtin, "en"), *b = model_lang(parsed, "en");
    cr_assert(a->stems_df, "the built-in stems carry their stems' dfs");
    cr_assert_not(b->stems_df, "a parsed model's stems carry lengths only");
    packed_agrees(&a->stems, &b->stems, "stems", a, b);
    packed_agrees(&a->df, &b->df, "idf", NULL, NULL);
    cr_assert(!a->stems.slots && a->stems.cap == 0, "the stem map has its packed copy alone");
    cr_assert(!a->df.slots && a->df.cap == 0, "the idf map has its packed copy alone: no slots to walk or probe");
    cr_assert_null(a->cue_words.packed, "a small map needs no packed copy");
    precis_model_free(parsed);
    precis_model_free(builtin);
}

/* model_idf answers from the table worked out at load what the formula gives, for stems of
 * the table and for one it lacks (df 0). */
Test(model, idf_is_the_formula_for_every_count) {
    precis_model *builtin;
    precis_error err;
    cr_assert_eq(precis_model_default(&builtin, &err), PRECIS_OK, "%s", err.message);
    const lang_data *en = model_lang(builtin, "en");
    cr_assert_not_null(en->idf_of_df);
    double n = en->df_docs;
    static const char *const stems[] = {"the", "govern", "zzqqxxjj"};
    for (size_t i = 0; i < sizeof stems / sizeof stems[0]; i++) {
        int32_t df = strmap_get(&en->df, stems[i], strlen(stems[i]));
        double want = log((n + 1.0) / ((df < 0 ? 0 : (double)df) + 1.0)) + 1.0;
        cr_assert_eq(model_idf(en, stems[i], strlen(stems[i])), want, "%s", stems[i]);
    }
    for (uint32_t df = 0; df <= en->df_docs; df++)
        cr_assert_eq(en->idf_of_df[df], log((n + 1.0) / ((double)df + 1.0)) + 1.0, "df %u", df);
    precis_model_free(builtin);
}
