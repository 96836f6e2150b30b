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
