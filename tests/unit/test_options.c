/* test_options.c — precis_options_set: dates (calendar days, ISO 8601 timestamps). */
#include <criterion/criterion.h>
#include <string.h>

#include "precis/precis.h"

static precis_status set_date(precis_options *o, const char *v) {
    precis_error err = {0};
    return precis_options_set(o, "date", v, &err);
}

Test(options, dates_and_timestamps_keep_the_date) {
    static const char *const good[] = {"2024-05-02", "2024-05-02T10:00:00Z", "2024-05-02 10:00", "2024-05-02T10:00:00.25+02:00",
                                       "2024-05-02T23:59:60-0330", "2000-02-29", "2024-02-29"};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        precis_options o;
        precis_options_init(&o);
        cr_assert_eq(set_date(&o, good[i]), PRECIS_OK, "%s", good[i]);
        cr_assert_eq(strncmp(o.date, good[i], 10), 0);
        cr_assert_eq(strlen(o.date), 10);
    }
}

Test(options, days_that_do_not_exist_are_refused) {
    static const char *const bad[] = {"2024-02-30", "2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10",
                                      "2024-05-00", "24-05-02", "2024-5-2", "2024-05-02T", "2024-05-02T24:00",
                                      "2024-05-02T10:60", "2024-05-02T10:00:00+", "2024-05-02T10:00:00+25:00",
                                      "2024-05-02T10:00Zx", "2024-05-02x", "2024-05-02T10:00:00.Z", "yesterday"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        precis_options o;
        precis_options_init(&o);
        precis_error err = {0};
        cr_assert_eq(precis_options_set(&o, "date", bad[i], &err), PRECIS_E_INVALID_OPTION, "%s", bad[i]);
        cr_assert(strstr(err.message, bad[i]), "message names the value: %s", err.message);
        cr_assert_str_eq(o.date, "");
    }
}

Test(options, empty_date_clears_it) {
    precis_options o;
    precis_options_init(&o);
    cr_assert_eq(set_date(&o, "2024-05-02"), PRECIS_OK);
    cr_assert_eq(set_date(&o, ""), PRECIS_OK);
    cr_assert_str_eq(o.date, "");
}

/* ---- the struct's size (include/precis/precis.h: the struct can grow) ---------------------- */

Test(options, init_records_the_callers_size) {
    precis_options o;
    memset(&o, 0x5a, sizeof o);
    precis_options_init(&o);
    cr_assert_eq(o.size, sizeof o);
    cr_assert_str_eq(o.lang, "auto");
    cr_assert_eq(o.brief_words, 80);
}

Test(options, init_writes_no_more_than_the_size_it_is_given) {
    unsigned char raw[sizeof(precis_options) + 32];
    memset(raw, 0x5a, sizeof raw);
    precis_options_init_sized((precis_options *)(void *)raw, 24);
    size_t size;
    memcpy(&size, raw, sizeof size);
    cr_assert_eq(size, 24);
    for (size_t i = 24; i < sizeof raw; i++)
        cr_assert_eq(raw[i], 0x5a, "byte %zu written past the size", i);
}

/* A caller built against a newer header (a larger struct): the library fills and reads what it
 * knows, zeroes the rest, and documents work. */
Test(options, a_larger_struct_works_and_its_tail_is_zeroed) {
    _Alignas(precis_options) unsigned char raw[sizeof(precis_options) + 64];
    memset(raw, 0x5a, sizeof raw);
    precis_options *o = (precis_options *)(void *)raw;
    precis_options_init_sized(o, sizeof raw);
    cr_assert_eq(o->size, sizeof raw);
    for (size_t i = sizeof(precis_options); i < sizeof raw; i++)
        cr_assert_eq(raw[i], 0, "byte %zu of the tail", i);
    precis_error err = {0};
    cr_assert_eq(precis_options_set(o, "sentences", "1", &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(o->budget_value, 1);
    for (size_t i = sizeof(precis_options); i < sizeof raw; i++)
        cr_assert_eq(raw[i], 0, "byte %zu of the tail after set", i);
    precis_model *m = NULL;
    cr_assert_eq(precis_model_default(&m, &err), PRECIS_OK);
    precis_doc *d = NULL;
    const char *text = "One sentence here. Another one there. A third to finish.";
    cr_assert_eq(precis_doc_new(m, text, strlen(text), o, &d, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(precis_doc_summarize(d, &err), PRECIS_OK);
    cr_assert_eq(precis_doc_summary_count(d), 1);
    precis_doc_free(d);
    precis_model_free(m);
}

Test(options, a_struct_not_initialised_is_refused) {
    precis_options o;
    memset(&o, 0, sizeof o); /* size 0: never passed through precis_options_init */
    strcpy(o.lang, "en");
    precis_error err = {0};
    cr_assert_eq(precis_options_set(&o, "sentences", "2", &err), PRECIS_E_INVALID_ARG);
    precis_model *m = NULL;
    cr_assert_eq(precis_model_default(&m, &err), PRECIS_OK);
    precis_doc *d = NULL;
    cr_assert_eq(precis_doc_new(m, "Text.", 5, &o, &d, &err), PRECIS_E_INVALID_ARG);
    cr_assert_null(d);
    precis_model_free(m);
}
