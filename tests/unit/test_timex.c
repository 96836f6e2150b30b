/* Unit tests for the time-expression finder (src/facts/timex.c) on sentences written for
 * these tests, with and without a document date. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "facts/timex.h"

typedef struct found {
    arena a;
    timex *x;
    size_t n;
    const char *text;
} found;

static found run(const char *text, const char *dct) {
    found f;
    arena_init(&f.a, 4096);
    f.text = text;
    precis_error err;
    precis_status st = timex_find(text, strlen(text), dct, &f.a, &f.x, &f.n, &err);
    cr_assert_eq(st, PRECIS_OK, "timex_find failed: %s", err.message);
    return f;
}

/* Asserts that the k-th expression covers exactly `span` and has the given type and value. */
static void expect(const found *f, size_t k, const char *span, int type, const char *value) {
    cr_assert(k < f->n, "expected at least %zu expressions in \"%s\", got %zu", k + 1, f->text,
              f->n);
    const timex *x = &f->x[k];
    size_t len = x->end - x->start;
    cr_expect(len == strlen(span) && memcmp(f->text + x->start, span, len) == 0,
              "expression %zu: got \"%.*s\", want \"%s\"", k, (int)len, f->text + x->start, span);
    cr_expect_eq(x->type, type, "\"%s\": type %s, want %s", span, timex_type_name(x->type),
                 timex_type_name((uint8_t)type));
    cr_expect_str_eq(x->value, value, "\"%s\": value %s, want %s", span, x->value, value);
}

static void expect_one(const char *text, const char *dct, const char *span, int type,
                       const char *value) {
    found f = run(text, dct);
    cr_expect_eq(f.n, 1, "\"%s\": %zu expressions, want 1", text, f.n);
    expect(&f, 0, span, type, value);
    arena_free(&f.a);
}

/* A Friday. */
#define DCT "2019-04-26"

Test(timex, weekday_resolves_to_the_past_day_before_the_dct) {
    expect_one("The ministers met on Thursday in the capital.", DCT, "Thursday", TIMEX_DATE,
               "2019-04-25");
    /* the dct's own weekday is the same day */
    expect_one("Officials said Friday that talks had ended.", DCT, "Friday", TIMEX_DATE,
               "2019-04-26");
}

Test(timex, weekday_after_a_future_cue_is_the_next_one) {
    expect_one("The council will vote on Tuesday.", DCT, "Tuesday", TIMEX_DATE, "2019-04-30");
}

Test(timex, future_cue_reaches_past_initials_and_titles) {
    /* the periods of "J." and "Dr." do not end the sentence that "will" opened */
    expect_one("Anna J. Berg will meet Dr. Lind on Tuesday.", DCT, "Tuesday", TIMEX_DATE,
               "2019-04-30");
    /* but a real sentence end stops the cue */
    expect_one("The board will decide soon. The chairman spoke on Tuesday.", DCT, "Tuesday",
               TIMEX_DATE, "2019-04-23");
}

Test(timex, planned_to_and_set_to_are_future_cues) {
    expect_one("The talks are set to resume Monday in Geneva.", DCT, "Monday", TIMEX_DATE,
               "2019-04-29");
    expect_one("The team planned to leave on Sunday for the coast.", DCT, "Sunday", TIMEX_DATE,
               "2019-04-28");
    /* "planned" without "to" says nothing about when */
    expect_one("The team planned a march on Sunday.", DCT, "Sunday", TIMEX_DATE, "2019-04-21");
}

Test(timex, weekday_without_dct_is_typed_but_unresolved) {
    expect_one("The ministers met on Thursday in the capital.", NULL, "Thursday", TIMEX_DATE,
               "XXXX-WXX-4");
}

Test(timex, weeks_months_years_relative_to_dct) {
    expect_one("Prices fell last week.", DCT, "last week", TIMEX_DATE, "2019-W16");
    expect_one("Prices fell this week.", DCT, "this week", TIMEX_DATE, "2019-W17");
    expect_one("Sales rose last month.", DCT, "last month", TIMEX_DATE, "2019-03");
    expect_one("Sales will rise next year.", DCT, "next year", TIMEX_DATE, "2020");
    expect_one("Profits doubled this quarter.", DCT, "this quarter", TIMEX_DATE, "2019-Q2");
    expect_one("Prices fell last week.", NULL, "last week", TIMEX_DATE, "XXXX-WXX");
}

Test(timex, end_of_year_keeps_the_year) {
    expect_one("The plant will close by the end of 2019.", NULL, "the end of 2019", TIMEX_DATE,
               "2019");
}

Test(timex, durations) {
    expect_one("The strike lasted three days.", DCT, "three days", TIMEX_DURATION, "P3D");
    expect_one("He waited for 5 1/2 hours.", NULL, "5 1/2 hours", TIMEX_DURATION, "PT5H30M");
    expect_one("She was jailed for almost a month after the raid.", DCT, "almost a month",
               TIMEX_DURATION, "P1M");
    expect_one("Output grew over the past two years.", DCT, "the past two years",
               TIMEX_DURATION, "P2Y");
    expect_one("They signed a two-year contract.", NULL, "two-year", TIMEX_DURATION, "P2Y");
    expect_one("It took several weeks.", NULL, "several weeks", TIMEX_DURATION, "PXW");
}

Test(timex, sets) {
    expect_one("The festival is held every year.", DCT, "every year", TIMEX_SET, "P1Y");
    expect_one("The paper is printed daily.", NULL, "daily", TIMEX_SET, "P1D");
    expect_one("The club meets each Thursday.", DCT, "each Thursday", TIMEX_SET, "XXXX-WXX-4");
}

Test(timex, clock_times) {
    expect_one("The polls close at 5 p.m. local time.", NULL, "5 p.m.", TIMEX_TIME, "T17:00");
    expect_one("The polls close at 5 p.m. local time.", DCT, "5 p.m.", TIMEX_TIME,
               "2019-04-26T17:00");
    expect_one("The bomb went off at 10:35 a.m. Wednesday.", DCT, "10:35 a.m. Wednesday",
               TIMEX_TIME, "2019-04-24T10:35");
    expect_one("They met at noon.", NULL, "noon", TIMEX_TIME, "T12:00");
    /* a bare clock time belongs to the day the story last named */
    found f = run("The shooting was on Oct. 13, 2018. A car was seen at 6 a.m. nearby.", DCT);
    cr_assert_eq(f.n, 2);
    expect(&f, 1, "6 a.m.", TIMEX_TIME, "2018-10-13T06:00");
    arena_free(&f.a);
}

Test(timex, calendar_dates_in_many_spellings) {
    expect_one("The law passed on April 25, 2019, after a long debate.", NULL, "April 25, 2019",
               TIMEX_DATE, "2019-04-25");
    expect_one("Filed 25/04/2019 at the registry.", NULL, "25/04/2019", TIMEX_DATE,
               "2019-04-25");
    expect_one("Filed 2019-04-25 at the registry.", NULL, "2019-04-25", TIMEX_DATE,
               "2019-04-25");
    expect_one("Filed on 25 April 2019 at the registry.", NULL, "25 April 2019", TIMEX_DATE,
               "2019-04-25");
    expect_one("The report is due April 25.", NULL, "April 25", TIMEX_DATE, "XXXX-04-25");
    expect_one("The report was due Sept. 30.", "2019-10-02", "Sept. 30", TIMEX_DATE,
               "2019-09-30");
    expect_one("Snow fell in mid-April.", DCT, "mid-April", TIMEX_DATE, "2019-04");
}

Test(timex, years_decades_quarters) {
    expect_one("Growth slowed in the 1990s.", NULL, "the 1990s", TIMEX_DATE, "199");
    expect_one("Rents rose in the late 1980s.", NULL, "the late 1980s", TIMEX_DATE, "198");
    expect_one("Profit rose in fiscal 1998.", NULL, "fiscal 1998", TIMEX_DATE, "1998");
    expect_one("Profit rose in Q3.", DCT, "Q3", TIMEX_DATE, "2019-Q3");
    expect_one("Third-quarter profit rose.", DCT, "Third-quarter", TIMEX_DATE, "2019-Q3");
    expect_one("The bridge opened in 1932.", NULL, "1932", TIMEX_DATE, "1932");
}

Test(timex, numbers_that_are_not_years) {
    found f = run("The company hired 2019 people and paid $1995 for each desk.", DCT);
    cr_expect_eq(f.n, 0, "counts and prices are not years: %zu found", f.n);
    arena_free(&f.a);
}

Test(timex, deictic_words) {
    expect_one("The rebels withdrew yesterday.", DCT, "yesterday", TIMEX_DATE, "2019-04-25");
    expect_one("The rebels withdrew yesterday.", NULL, "yesterday", TIMEX_DATE, "XXXX-XX-XX");
    expect_one("Prices are now falling.", DCT, "now", TIMEX_DATE, "PRESENT_REF");
    expect_one("Prices have recently fallen.", DCT, "recently", TIMEX_DATE, "PAST_REF");
    expect_one("He left two weeks ago.", DCT, "two weeks ago", TIMEX_DATE, "2019-W15");
    expect_one("He left two weeks ago.", NULL, "two weeks ago", TIMEX_DATE, "XXXX-WXX");
}

Test(timex, anaphoric_year_earlier_follows_the_quarter_named_before) {
    found f = run("Third-quarter profit rose to $5 million from $4 million a year earlier.", DCT);
    cr_assert_eq(f.n, 2);
    expect(&f, 0, "Third-quarter", TIMEX_DATE, "2019-Q3");
    expect(&f, 1, "a year earlier", TIMEX_DATE, "2018-Q3");
    arena_free(&f.a);
}

Test(timex, days_later_is_a_duration_with_a_signal) {
    /* TimeML keeps "later"/"earlier" after a day, week or month count as a signal */
    expect_one("The fire was out. Three days later the road opened.", DCT, "Three days",
               TIMEX_DURATION, "P3D");
    expect_one("A week earlier the mayor had resigned.", DCT, "A week", TIMEX_DURATION, "P1W");
    /* a year earlier stays a date */
    expect_one("Sales were flat a year earlier.", DCT, "a year earlier", TIMEX_DATE, "2018");
}

Test(timex, ago_dates_are_not_anchors_for_later_anaphora) {
    /* both name the same comparison year, not one year before the other */
    found f = run("Exports fell from a year ago. Imports rose compared with a year earlier.", DCT);
    cr_assert_eq(f.n, 2);
    expect(&f, 0, "a year ago", TIMEX_DATE, "2018");
    expect(&f, 1, "a year earlier", TIMEX_DATE, "2018");
    arena_free(&f.a);
}

Test(timex, year_quarter_and_year_period_after_a_quarter) {
    found f = run("Third-quarter sales rose. Last year the company lost money. It earned $2 "
                  "million in the 2018 quarter.",
                  DCT);
    cr_assert_eq(f.n, 3);
    expect(&f, 0, "Third-quarter", TIMEX_DATE, "2019-Q3");
    expect(&f, 2, "the 2018 quarter", TIMEX_DATE, "2018-Q3");
    arena_free(&f.a);
    f = run("Second-quarter profit doubled; in the 2018 period it fell.", DCT);
    cr_assert_eq(f.n, 2);
    expect(&f, 1, "the 2018 period", TIMEX_DATE, "2018-Q2");
    arena_free(&f.a);
    /* without a quarter before, a year is a year */
    expect_one("In the 2018 period it fell.", DCT, "2018", TIMEX_DATE, "2018");
}

Test(timex, compound_adjectives_and_discourse_now_are_not_times) {
    found f = run("The quarter-to-quarter comparison improved.", DCT);
    cr_expect_eq(f.n, 0, "quarter-to-quarter found as a time expression");
    arena_free(&f.a);
    f = run("The plan failed. Now, the critics say, it must be rewritten.", DCT);
    cr_expect_eq(f.n, 0, "discourse 'Now,' found as a time expression");
    arena_free(&f.a);
    /* "now" inside a sentence, or opening one without a comma, is the present */
    expect_one("Prices are now lower.", DCT, "now", TIMEX_DATE, "PRESENT_REF");
    expect_one("The old rules failed. Now officials want new ones.", DCT, "Now", TIMEX_DATE,
               "PRESENT_REF");
    expect_one("Buyers paid the then current price.", DCT, "then current", TIMEX_DATE,
               "PAST_REF");
}

Test(timex, the_year_ended_is_a_span_and_the_full_year_is_the_year) {
    found f = run("Revenue was $9 million in the year ended March 31.", DCT);
    cr_assert_eq(f.n, 2);
    expect(&f, 0, "the year", TIMEX_DURATION, "P1Y");
    expect(&f, 1, "March 31", TIMEX_DATE, "2019-03-31");
    arena_free(&f.a);
    expect_one("Profit rose throughout the year.", DCT, "the year", TIMEX_DURATION, "P1Y");
    expect_one("For the year, volume was flat.", DCT, "the year", TIMEX_DATE, "2019");
    expect_one("The chief expects a gain for the full year.", DCT, "the full year", TIMEX_DATE,
               "2019");
}

Test(timex, early_and_late_seasons) {
    expect_one("Prices rose from the lows of the early summer.", DCT, "the early summer",
               TIMEX_DATE, "2019-SU");
    expect_one("Work stopped in late spring.", DCT, "late spring", TIMEX_DATE, "2019-SP");
    /* the verb "fall" is not autumn */
    found f = run("Prices will fall late in the day.", DCT);
    cr_expect_eq(f.n, 0, "the verb fall found as a season");
    arena_free(&f.a);
}

Test(timex, previous_and_following_weekday_count_from_the_day_last_named) {
    found f = run("The index closed lower on Thursday, down 2% from the previous Thursday.", DCT);
    cr_assert_eq(f.n, 2);
    expect(&f, 0, "Thursday", TIMEX_DATE, "2019-04-25");
    expect(&f, 1, "the previous Thursday", TIMEX_DATE, "2019-04-18");
    arena_free(&f.a);
    f = run("The vote was on April 2, and the count the following Monday.", DCT);
    cr_assert_eq(f.n, 2);
    expect(&f, 1, "the following Monday", TIMEX_DATE, "2019-04-08");
    arena_free(&f.a);
}

Test(timex, capitalised_units_inside_titles_are_names) {
    found f = run("The minister spoke on \"Meet the Press This Week\" and on 60 Minutes.", DCT);
    cr_expect_eq(f.n, 0, "a programme title found as a time expression");
    arena_free(&f.a);
    /* sentence-initial and upper-case text keep their times */
    expect_one("This week the council met.", DCT, "This week", TIMEX_DATE, "2019-W17");
    expect_one("PRICES ROSE THIS WEEK.", DCT, "THIS WEEK", TIMEX_DATE, "2019-W17");
    expect_one("Labor Day is a holiday.", DCT, "Labor Day", TIMEX_DATE, "2018-09-03");
}

Test(timex, one_day_after_a_modal_is_a_future_day) {
    expect_one("She hopes the park will one day reopen.", DCT, "one day", TIMEX_DATE,
               "FUTURE_REF");
    expect_one("The repair took one day.", DCT, "one day", TIMEX_DURATION, "P1D");
}

Test(timex, last_month_name_skips_the_month_just_ended) {
    /* a story dated 1 March: "last February" is a year back, "last June" the one before */
    expect_one("Prices peaked last February.", "2019-03-01", "last February", TIMEX_DATE,
               "2018-02");
    expect_one("Prices peaked last June.", "2019-03-01", "last June", TIMEX_DATE, "2018-06");
    expect_one("Prices peaked last June.", "2019-10-27", "last June", TIMEX_DATE, "2019-06");
}

Test(timex, election_day) {
    /* the Tuesday after the first Monday of November */
    expect_one("Voters go to the polls on Election Day.", "2018-10-20", "Election Day",
               TIMEX_DATE, "2018-11-06");
}

Test(timex, today_in_a_name_is_not_a_day) {
    found f = run("He told USA Today that sales fell.", DCT);
    cr_expect_eq(f.n, 0, "the newspaper name found as a day");
    arena_free(&f.a);
    expect_one("Sales fell. Today, they rose.", DCT, "Today", TIMEX_DATE, "2019-04-26");
    /* the paper's name in capitals, in lower-case text ("a USA TODAY investigation found")... */
    f = run("Island councillors took paid trips, a CORBY TODAY investigation found.", DCT);
    cr_expect_eq(f.n, 0, "the newspaper name in capitals found as a day");
    arena_free(&f.a);
    /* ... but a headline in capitals keeps its day */
    expect_one("STORMS HIT TODAY.", DCT, "TODAY", TIMEX_DATE, "2019-04-26");
}

Test(timex, high_noon_is_an_idiom) {
    found f = run("For the party, high noon comes at the next election.", DCT);
    cr_expect_eq(f.n, 0, "high noon found as a time");
    arena_free(&f.a);
    expect_one("Talks broke off at noon.", DCT, "noon", TIMEX_TIME, "2019-04-26T12:00");
}

Test(timex, ages_are_not_durations) {
    found f = run("The 52-year-old chairman, 61 years old, retired.", NULL);
    cr_expect_eq(f.n, 0, "ages found as time expressions: %zu", f.n);
    arena_free(&f.a);
}

Test(timex, no_expression_at_all) {
    found f = run("The committee approved the plan without debate.", DCT);
    cr_expect_eq(f.n, 0);
    arena_free(&f.a);
    f = run("", DCT);
    cr_expect_eq(f.n, 0);
    arena_free(&f.a);
}

Test(timex, offsets_are_bytes_with_non_ascii_text) {
    const char *text = "Caf\xc3\xa9 owners \xe2\x80\x94 since 1998 \xe2\x80\x94 complain.";
    found f = run(text, NULL);
    cr_assert_eq(f.n, 1);
    cr_expect_eq(f.x[0].start, (size_t)(strstr(text, "1998") - text));
    cr_expect_eq(f.x[0].end, f.x[0].start + 4);
    arena_free(&f.a);
}

Test(timex, long_input_crosses_token_windows) {
    /* 3000 sentences of 12 tokens: several of the finder's 8192-token windows */
    const char *one = "On April 25, 2019, the ministers met for three days. ";
    size_t sl = strlen(one), reps = 3000;
    char *text = malloc(sl * reps + 1);
    cr_assert_not_null(text);
    for (size_t k = 0; k < reps; k++)
        memcpy(text + k * sl, one, sl);
    text[sl * reps] = '\0';
    found f = run(text, NULL);
    cr_assert_eq(f.n, 2 * reps, "found %zu, want %zu", f.n, 2 * reps);
    for (size_t k = 0; k < f.n; k++) {
        size_t s = k / 2 * sl;
        bool date = k % 2 == 0;
        const char *span = date ? "April 25, 2019" : "three days";
        size_t off = (size_t)(strstr(one, span) - one);
        cr_assert_eq(f.x[k].start, s + off, "expression %zu starts at %zu", k, f.x[k].start);
        cr_assert_eq(f.x[k].end, s + off + strlen(span));
        cr_assert_str_eq(f.x[k].value, date ? "2019-04-25" : "P3D");
    }
    arena_free(&f.a);
    free(text);
}

Test(timex, bad_dct_is_an_error_value) {
    arena a;
    arena_init(&a, 1024);
    timex *x;
    size_t n;
    precis_error err;
    precis_status st = timex_find("today", 5, "2019-13-01", &a, &x, &n, &err);
    cr_expect_eq(st, PRECIS_E_INVALID_ARG);
    cr_expect(strstr(err.message, "2019-13-01") != NULL, "message: %s", err.message);
    st = timex_find("today", 5, "April", &a, &x, &n, &err);
    cr_expect_eq(st, PRECIS_E_INVALID_ARG);
    arena_free(&a);
}

Test(timex, dateline) {
    char d[11];
    cr_assert(timex_dateline("MOSCOW, April 26, 2019 (Wire) - Leaders met on Thursday.", 56, d));
    cr_expect_str_eq(d, "2019-04-26");
    cr_expect(!timex_dateline("Leaders met on Thursday in April.", 33, d));
    /* a full date inside the story is news, not the story's date */
    const char *body = "Leaders met again. The treaty they signed on April 6, 1994 still holds.";
    cr_expect(!timex_dateline(body, strlen(body), d));
    const char *lines = "Summit ends\nBy Jane Doe\n\nFriday, April 26, 2019\n\nLeaders met.";
    cr_assert(timex_dateline(lines, strlen(lines), d));
    cr_expect_str_eq(d, "2019-04-26");
    const char *iso = "Posted 2019-04-26 09:15\nThe summit opened.";
    cr_assert(timex_dateline(iso, strlen(iso), d));
    cr_expect_str_eq(d, "2019-04-26");
}

/* ---- values as a person writes them (the text views) -------------------------------------- */

Test(timex_readable, writes_dates_as_people_do) {
    static const char *const cases[][2] = {
        {"2024-10-29", "Tuesday 29 October 2024"},
        {"2000-02-29", "Tuesday 29 February 2000"},
        {"1970-01-01", "Thursday 1 January 1970"},
        {"2024-10-29TAF", "Tuesday 29 October 2024, afternoon"},
        {"2024-10-29T14:30", "Tuesday 29 October 2024, 14:30"},
        {"2024-10", "October 2024"},
        {"2024", "2024"},
        {"197", "the 1970s"},
        {"19", "the 1900s"},
        {"2024-Q1", "the first quarter of 2024"},
        {"2024-SU", "summer 2024"},
        {"2016-W45", "week 45 of 2016"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char out[64];
        cr_expect(timex_readable(cases[i][0], out, sizeof out), "%s", cases[i][0]);
        cr_expect_str_eq(out, cases[i][1], "%s", cases[i][0]);
    }
}

Test(timex_readable, leaves_unresolved_values_and_bad_dates_alone) {
    static const char *const values[] = {"XXXX-WXX-2", "XXXX-03", "PAST_REF", "P3D", "2023-02-29", "2024-13",
                                         "2024-1", "", "abcd"};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
        char out[64] = "x";
        cr_expect_not(timex_readable(values[i], out, sizeof out), "%s", values[i]);
        cr_expect_str_eq(out, "", "%s", values[i]);
    }
    char small[8];
    cr_expect(timex_readable("2024-10-29", small, sizeof small)); /* cut, still terminated */
    cr_expect_eq(strlen(small), sizeof small - 1);
}

/* ---- the document's tokens ---------------------------------------------------------------- */

/* The finder reads the segmenter's tokens: a document's own (timex_find_doc) or those of raw
 * bytes segmented for it (timex_find). Both must agree, offsets included, whatever the
 * language data the document was split with. */
static void same_as_raw(const precis_model *m, const char *text, const char *dct) {
    precis_doc *d;
    precis_error err;
    cr_assert_eq(precis_doc_new(m, text, strlen(text), NULL, &d, &err), PRECIS_OK, "%s", err.message);
    found f = run(text, dct);
    timex *x;
    size_t n;
    cr_assert_eq(timex_find_doc(d, dct, &f.a, &x, &n, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(n, f.n, "\"%s\": %zu from the document's tokens, %zu from the bytes", text, n, f.n);
    for (size_t k = 0; k < n; k++)
        cr_expect(x[k].start == f.x[k].start && x[k].end == f.x[k].end && x[k].type == f.x[k].type &&
                      strcmp(x[k].value, f.x[k].value) == 0,
                  "\"%s\": expression %zu differs", text, k);
    char a[11] = "", b[11] = "";
    bool da = timex_dateline_doc(d, a), db = timex_dateline(d->text + d->body_start, d->len - d->body_start, b);
    cr_expect(da == db && strcmp(a, b) == 0, "\"%s\": dateline %s / %s", text, a, b);
    precis_doc_free(d);
    arena_free(&f.a);
}

Test(timex, the_documents_tokens_give_what_the_bytes_give) {
    precis_model *m;
    precis_error err;
    cr_assert_eq(precis_model_default(&m, &err), PRECIS_OK, "%s", err.message);
    static const char *const texts[] = {
        "MOSCOW, April 26, 2019 (Wire) - Leaders met on Thursday. The talks lasted 3 1/2 hours.",
        "\xef\xbb\xbf" "April 26, 2019\nCaf\xc3\xa9 owners \xe2\x80\x94 since 1998 \xe2\x80\x94 met at 5 p.m. EST, Nov. 9.",
        "Mr. Kim arrived at 10:30 a.m. on Jan. 3, 2019, two days after the U.S. envoy left; "
        "sales rose 1,500,000 units in the '90s and in the third quarter of 1984.",
        "It 's been three years since -LRB- Jan. 2016 -RRB- ; `` next week '' , he said .",
        "",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        same_as_raw(m, texts[i], NULL);
        same_as_raw(m, texts[i], "2019-04-26");
    }
    precis_model_free(m);
}

/* timex_find_doc_dateline reads the dateline from its run's own pieces: it must find the
 * dateline timex_dateline_doc finds and then the expressions timex_find_doc finds with it. The
 * texts put what the dateline run cuts at its DATELINE_BYTES (600) bound at every byte near
 * it: a date, a number with thousands, a long word, a no-break space, a weekday after a
 * comma; and a date on a line that starts within the bound. */
static void same_dated(const precis_model *m, const char *text, size_t len) {
    precis_doc *d;
    precis_error err;
    cr_assert_eq(precis_doc_new(m, text, len, NULL, &d, &err), PRECIS_OK, "%s", err.message);
    arena a;
    arena_init(&a, 4096);
    char dct[11] = "x", own[11] = "";
    timex *x, *y;
    size_t n, k;
    precis_status st = timex_find_doc_dateline(d, dct, &a, &x, &n, &err);
    if (!timex_dateline_doc(d, own))
        own[0] = '\0';
    /* (a dct given of no such day fails the run; a dateline of no such day, "Feb. 29, 2019",
     * is no dateline) */
    cr_assert_eq(timex_find_doc(d, own[0] ? own : NULL, &a, &y, &k, &err), st, "%s", err.message);
    cr_assert_str_eq(dct, own, "\"%.*s\": dateline", (int)len, text);
    if (st != PRECIS_OK)
        n = k = 0;
    cr_assert_eq(n, k, "\"%.*s\": %zu expressions, %zu with a run of its own", (int)len, text, n, k);
    for (size_t i = 0; i < n; i++)
        cr_assert(x[i].start == y[i].start && x[i].end == y[i].end && x[i].type == y[i].type &&
                      strcmp(x[i].value, y[i].value) == 0,
                  "\"%.*s\": expression %zu differs", (int)len, text, i);
    arena_free(&a);
    precis_doc_free(d);
}

Test(timex, the_dateline_from_the_runs_pieces_is_its_own_runs) {
    precis_model *m;
    precis_error err;
    cr_assert_eq(precis_model_default(&m, &err), PRECIS_OK, "%s", err.message);
    static const char *const at_bound[] = {
        "April 26, 2019 talks", "26 April 2019 talks", "2019-04-26 talks", "Friday, April 26, 2019",
        "sold 1,500,000 units in 1998", "Thursdays and Mondays", "extraordinarilylongwordsofar 2019",
        "\xc2\xa0" "April 26, 2019", "12:30 p.m. EST, Nov. 9, 1989", "the late 1980s and 1990s",
        "three more more more more years", "nineteen ninety-six"};
    static const char *const lead[] = {"", "\xef\xbb\xbf", "MOSCOW, April 26, 2019 - ",
                                       "Posted: 26 April 2019\n"};
    char text[1024];
    for (size_t q = 0; q < sizeof lead / sizeof *lead; q++)
        for (size_t w = 0; w < sizeof at_bound / sizeof *at_bound; w++)
            for (size_t at = 560; at <= 610; at++) {
                /* lead, filler lines, then at_bound from byte `at` on a line of its own or in
                 * the middle of one */
                for (int own_line = 0; own_line < 2; own_line++) {
                    size_t len = (size_t)snprintf(text, sizeof text, "%s", lead[q]);
                    while (len < at) {
                        if (own_line && len + 1 == at) {
                            text[len++] = '\n';
                        } else if (!own_line && len % 150 == 149) {
                            text[len++] = '\n';
                        } else {
                            static const char fill[] = "officials said on a call ";
                            text[len] = fill[len % (sizeof fill - 1)];
                            len++;
                        }
                    }
                    len += (size_t)snprintf(text + len, sizeof text - len, "%s and more.", at_bound[w]);
                    same_dated(m, text, len);
                }
            }
    /* short texts, and a dateline first */
    static const char *const texts[] = {"", "2019", "April 26, 2019", "MOSCOW, April 26, 2019 (Wire) - Talks.",
                                        "\xef\xbb\xbf" "April 26, 2019\nTalks on Friday.",
                                        "Feb. 29, 2019\nTalks on Friday."};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        same_dated(m, texts[i], strlen(texts[i]));
    precis_model_free(m);
}

/* What the segmenter skips holds no time expression: a date in a markup attribute (an embedded
 * tweet's datetime) is not part of the text. */
Test(timex, markup_holds_no_expression) {
    found f = run("<blockquote datetime=\"2016-06-28\">Trump spoke on Monday.</blockquote>", NULL);
    cr_assert_eq(f.n, 1);
    expect(&f, 0, "Monday", TIMEX_DATE, "XXXX-WXX-1");
    arena_free(&f.a);
}

Test(timex, the_day_a_value_names) {
    long a = 0, b = 0;
    cr_assert(timex_value_day("1970-01-01", &a));
    cr_assert_eq(a, 0);
    cr_assert(timex_value_day("2016-11-12TAF", &a));
    cr_assert(timex_value_day("2016-03-01", &b));
    cr_assert_eq(a - b, 256, "%ld days", a - b); /* 2016 is a leap year */
    cr_assert_not(timex_value_day("2016-11", &a));
    cr_assert_not(timex_value_day("2016-W45", &a));
    cr_assert_not(timex_value_day("PAST_REF", &a));
}

/* "Feb. 29, 2019" in a dateline is no document date: it had failed the whole document with
 * "no such day" when the run was given it as its dct. */
Test(timex, a_dateline_of_no_such_day_is_no_document_date) {
    precis_model *m;
    precis_error err;
    cr_assert_eq(precis_model_default(&m, &err), PRECIS_OK, "%s", err.message);
    const char *text = "CORBY, Feb. 29, 2019 - The harbour board met on Friday.";
    precis_doc *d;
    cr_assert_eq(precis_doc_new(m, text, strlen(text), NULL, &d, &err), PRECIS_OK, "%s", err.message);
    char own[11] = "";
    cr_assert_not(timex_dateline_doc(d, own), "dateline %s", own);
    arena a;
    arena_init(&a, 4096);
    timex *x;
    size_t n;
    cr_assert_eq(timex_find_doc(d, NULL, &a, &x, &n, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(timex_find_doc(d, "2019-02-29", &a, &x, &n, &err), PRECIS_E_INVALID_ARG);
    arena_free(&a);
    precis_doc_free(d);
    precis_model_free(m);
}
