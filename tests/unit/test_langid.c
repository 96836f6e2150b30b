/* Unit tests for language identification (--lang auto) and language tags. The texts are
 * written for these tests. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "precis/precis.h"

static precis_model *model;

static void setup(void) { cr_assert_eq(precis_model_default(&model, NULL), PRECIS_OK); }
static void teardown(void) { precis_model_free(model); }

/* The language the default options (lang "auto") read `text` in. */
static const char *identify(const char *text, char out[8]) {
    precis_doc *d = NULL;
    precis_error err;
    cr_assert_eq(precis_doc_new(model, text, strlen(text), NULL, &d, &err), PRECIS_OK, "%s", err.message);
    snprintf(out, 8, "%s", precis_doc_language(d));
    precis_doc_free(d);
    return out;
}

#define EXPECT_LANG(text, code)                                                                     \
    do {                                                                                            \
        char got_[8];                                                                               \
        cr_expect_str_eq(identify(text, got_), code, "%s", text);                                   \
    } while (0)

TestSuite(langid, .init = setup, .fini = teardown);

Test(langid, names_the_language_of_news_paragraphs) {
    EXPECT_LANG("The council voted on Monday to close the old bridge to lorries after engineers found "
                "cracks in two of its piers. Repairs are expected to take most of the summer.",
                "en");
    EXPECT_LANG("Der Stadtrat hat am Montag beschlossen, die alte Brücke für Lastwagen zu sperren, "
                "nachdem Ingenieure Risse in zwei Pfeilern gefunden hatten. Die Reparatur wird wohl "
                "den ganzen Sommer dauern.",
                "de");
    EXPECT_LANG("Le conseil municipal a décidé lundi de fermer le vieux pont aux camions, après que des "
                "ingénieurs ont trouvé des fissures dans deux de ses piles. Les travaux dureront tout "
                "l'été.",
                "fr");
    EXPECT_LANG("El ayuntamiento decidió el lunes cerrar el viejo puente a los camiones después de que "
                "los ingenieros encontraran grietas en dos de sus pilares. Las obras durarán todo el "
                "verano.",
                "es");
    EXPECT_LANG("Il consiglio comunale ha deciso lunedì di chiudere il vecchio ponte ai camion, dopo che "
                "gli ingegneri hanno trovato delle crepe in due dei suoi piloni. I lavori dureranno "
                "tutta l'estate.",
                "it");
    EXPECT_LANG("A câmara municipal decidiu na segunda-feira fechar a velha ponte aos camiões, depois de "
                "os engenheiros terem encontrado fendas em dois dos seus pilares. As obras vão durar "
                "todo o verão.",
                "pt");
    EXPECT_LANG("De gemeenteraad heeft maandag besloten de oude brug voor vrachtwagens te sluiten, "
                "nadat ingenieurs scheuren in twee van de pijlers hadden gevonden. Het herstel zal de "
                "hele zomer duren.",
                "nl");
    EXPECT_LANG("Byrådet besluttede mandag at lukke den gamle bro for lastbiler, efter at ingeniører "
                "havde fundet revner i to af dens piller. Det er ikke klart, hvornår den åbner igen.",
                "da");
    EXPECT_LANG("Kommunfullmäktige beslutade på måndagen att stänga den gamla bron för lastbilar, "
                "efter att ingenjörer hade hittat sprickor i två av pelarna. Det är inte klart när den "
                "öppnar igen.",
                "sv");
    EXPECT_LANG("Rada miasta postanowiła w poniedziałek zamknąć stary most dla ciężarówek, ponieważ "
                "inżynierowie znaleźli pęknięcia w dwóch filarach. Nie wiadomo, kiedy zostanie "
                "otwarty.",
                "pl");
    EXPECT_LANG("Городской совет в понедельник решил закрыть старый мост для грузовиков, после того как "
                "инженеры нашли трещины в двух опорах. Ремонт, как ожидается, займёт всё лето.",
                "ru");
    EXPECT_LANG("Το δημοτικό συμβούλιο αποφάσισε τη Δευτέρα να κλείσει την παλιά γέφυρα.", "el");
    EXPECT_LANG("市议会星期一决定对卡车关闭这座旧桥。", "zh");
    EXPECT_LANG("市議会は月曜日、古い橋をトラックに対して閉鎖することを決めた。", "ja");
}

Test(langid, keeps_english_when_the_text_does_not_say_otherwise) {
    /* headlines, names and list markers give no evidence for another language */
    EXPECT_LANG("Le Pen wins in France", "en");
    EXPECT_LANG("De la Cruz and the Mets", "en");
    EXPECT_LANG("Kim Jong-un arrives in Vladivostok", "en");
    EXPECT_LANG("(a) Hello world. (b) Hello world. A) Hello world. B) Hello world. C) Hello world.", "en");
    EXPECT_LANG("W A R N I N G  A D V E R T I S E M E N T", "en");
    EXPECT_LANG("", "en");
    /* tables of results: foreign names with their letters, "v" for versus, headings */
    EXPECT_LANG("TENNIS - RESULTS FROM THE OPEN .\nMen 's singles , second round\n"
                "Jiří Novák ( Czech Republic ) beat Tomáš Zíb ( Czech Republic ) 6-3 6-4\n"
                "Men 's singles , third round\nPetr Korda ( Czech Republic ) beat Dominik Hrbatý "
                "( Slovakia ) 7-5 6-2\nMen 's doubles\nMartina Hingis v Jana Novotná\nSwansea v Lincoln\n",
                "en");
    EXPECT_LANG("Northgate Holdings quarterly results\nPro forma revenue 17,024 18,174\nPro forma expense 7,718 "
                "6,828\nPro forma net income 9,306 11,346\nPro forma income per share 0.41 0.52\nPro forma "
                "shares 22,110 21,980\nUnaudited ; in thousands of dollars\n",
                "en");
    EXPECT_LANG("12345 67890 !!!", "en");
}

Test(langid, an_asked_language_wins_and_has_full_confidence) {
    precis_options o;
    precis_options_init(&o);
    precis_error err;
    cr_assert_eq(precis_options_set(&o, "lang", "fr", &err), PRECIS_OK);
    const char *text = "The council voted on Monday to close the bridge.";
    precis_doc *d = NULL;
    cr_assert_eq(precis_doc_new(model, text, strlen(text), &o, &d, &err), PRECIS_OK, "%s", err.message);
    cr_expect_str_eq(precis_doc_language(d), "fr");
    cr_expect_float_eq(precis_doc_language_confidence(d), 1.0, 1e-9);
    precis_doc_free(d);
}

Test(langid, reads_language_tags_as_their_primary_language) {
    precis_options o;
    precis_options_init(&o);
    cr_expect_str_eq(o.lang, "auto");
    precis_error err;
    cr_assert_eq(precis_options_set(&o, "lang", "de-DE", &err), PRECIS_OK, "%s", err.message);
    cr_expect_str_eq(o.lang, "de");
    cr_assert_eq(precis_options_set(&o, "lang", "pt_BR", &err), PRECIS_OK, "%s", err.message);
    cr_expect_str_eq(o.lang, "pt");
    cr_assert_eq(precis_options_set(&o, "lang", "EN", &err), PRECIS_OK, "%s", err.message);
    cr_expect_str_eq(o.lang, "en");
    cr_assert_eq(precis_options_set(&o, "lang", "es-419", &err), PRECIS_OK, "%s", err.message);
    cr_expect_str_eq(o.lang, "es");
    cr_assert_eq(precis_options_set(&o, "lang", "auto", &err), PRECIS_OK);
    cr_expect_str_eq(o.lang, "auto");
    const char *bad[] = {"", "e", "12", "de-", "german", "de DE", "zh-Hant-toolongsubtag"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        cr_expect_eq(precis_options_set(&o, "lang", bad[i], &err), PRECIS_E_INVALID_OPTION, "'%s'", bad[i]);
}

Test(langid, splits_german_ordinals_without_being_told_the_language) {
    const char *text = "Die neuen Regeln gelten ab dem 1. Januar für alle Betriebe. Das hat die Regierung "
                       "am Dienstag mitgeteilt.";
    precis_doc *d = NULL;
    precis_error err;
    cr_assert_eq(precis_doc_new(model, text, strlen(text), NULL, &d, &err), PRECIS_OK, "%s", err.message);
    cr_expect_str_eq(precis_doc_language(d), "de");
    cr_expect_eq(precis_doc_sentence_count(d), 2);
    precis_doc_free(d);
}

Test(langid, facts_are_left_out_for_a_language_without_fact_data) {
    const char *text = "Die Bundesregierung hat am Dienstag neue Regeln beschlossen. Wir werden das prüfen, "
                       "sagte ein Sprecher des Ministeriums in Berlin.";
    precis_doc *d = NULL;
    precis_error err;
    cr_assert_eq(precis_doc_new(model, text, strlen(text), NULL, &d, &err), PRECIS_OK, "%s", err.message);
    cr_expect_not(precis_doc_has_facts(d));
    char *out = NULL;
    size_t len = 0;
    cr_assert_eq(precis_doc_render(d, PRECIS_VIEW_FACTS, PRECIS_FORMAT_JSON, &out, &len, &err), PRECIS_OK);
    cr_expect(strstr(out, "\"who\":[]"), "%s", out);
    cr_expect(strstr(out, "\"lang\":\"de\",\"supported\":false"), "%s", out);
    cr_expect_not(strstr(out, "Wir"), "%s", out);
    precis_free(out);
    /* the brief is the extract alone */
    cr_assert_eq(precis_doc_render(d, PRECIS_VIEW_BRIEF, PRECIS_FORMAT_TEXT, &out, &len, &err), PRECIS_OK);
    cr_expect(strstr(out, "Die Bundesregierung"), "%s", out);
    precis_free(out);
    precis_doc_free(d);
}

Test(langid, a_language_known_only_from_its_profile_gets_generic_rules) {
    const char *text = "Rada miasta postanowiła w poniedziałek zamknąć stary most. Nie wiadomo, kiedy "
                       "zostanie otwarty, ale to jest pewne.";
    precis_doc *d = NULL;
    precis_error err;
    cr_assert_eq(precis_doc_new(model, text, strlen(text), NULL, &d, &err), PRECIS_OK, "%s", err.message);
    cr_expect_str_eq(precis_doc_language(d), "pl");
    cr_expect_eq(precis_doc_sentence_count(d), 2);
    char *out = NULL;
    size_t len = 0;
    cr_assert_eq(precis_doc_render(d, PRECIS_VIEW_SUMMARY, PRECIS_FORMAT_JSON, &out, &len, &err), PRECIS_OK);
    cr_expect(strstr(out, "\"lang\":\"pl\""), "%s", out);
    precis_free(out);
    precis_doc_free(d);
    /* the model's list of languages with data does not grow with the profiles */
    cr_expect_null(strstr(precis_model_languages(model), "pl"));
}

Test(langid, every_json_view_says_the_language) {
    const char *text = "The council voted on Monday to close the old bridge to lorries. Repairs start "
                       "in June, a spokesman said.";
    precis_doc *d = NULL;
    precis_error err;
    cr_assert_eq(precis_doc_new(model, text, strlen(text), NULL, &d, &err), PRECIS_OK, "%s", err.message);
    precis_view views[] = {PRECIS_VIEW_SPLIT, PRECIS_VIEW_SUMMARY, PRECIS_VIEW_FACTS, PRECIS_VIEW_BRIEF,
                           PRECIS_VIEW_EXPLAIN};
    for (size_t i = 0; i < sizeof views / sizeof *views; i++) {
        char *out = NULL;
        size_t len = 0;
        cr_assert_eq(precis_doc_render(d, views[i], PRECIS_FORMAT_JSON, &out, &len, &err), PRECIS_OK, "%s",
                     err.message);
        cr_expect(strstr(out, "\"lang\":\"en\""), "view %zu: %s", i, out);
        precis_free(out);
    }
    cr_expect(precis_doc_has_facts(d));
    precis_doc_free(d);
}

/* Builds a one-file image holding a profile file, with English data beside it. */
static precis_status load_profiles(const char *profiles, precis_model **m, precis_error *err) {
    char buf[2048];
    const char *stop = "the\n";
    size_t len = (size_t)snprintf(buf, sizeof buf, "PRECIS-MODEL 1\n@en/stopwords.txt %zu\n%s\n@langid/profiles.tsv %zu\n%s\n",
                                  strlen(stop), stop, strlen(profiles), profiles);
    return precis_model_load(buf, len, m, err);
}

Test(langid, the_profile_loader_names_a_bad_line) {
    precis_model *m = NULL;
    precis_error err;
    cr_expect_eq(load_profiles("en\tlatin\t\tthe of\nxx\tklingon\t\tqa\n", &m, &err), PRECIS_E_MODEL);
    cr_expect_null(m);
    cr_expect(strstr(err.message, "langid/profiles.tsv:2"), "%s", err.message);
    cr_expect_eq(load_profiles("toolongcode\tlatin\n", &m, &err), PRECIS_E_MODEL);
    cr_expect_eq(load_profiles("en\n", &m, &err), PRECIS_E_MODEL);
    cr_assert_eq(load_profiles("# comment\nen\tlatin\t\tthe of\nde\tlatin\tß\tder die und\n", &m, &err), PRECIS_OK,
                 "%s", err.message);
    precis_model_free(m);
}
