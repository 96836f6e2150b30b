/* timex_text.c — TIMEX3 values as a person writes dates: "2024-10-29" is "Tuesday 29 October
 * 2024", "197" is "the 1970s". The text views print these; JSON keeps the value. */
#include <stdio.h>
#include <string.h>

#include "facts/timex.h"

static const char *const MONTHS[12] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
static const char *const WEEKDAYS[7] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

static bool digits(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static int num(const char *s, size_t n) {
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

/* Day of the week of a proleptic Gregorian date, 0 = Monday (Sakamoto's method). */
static int weekday(int y, int m, int d) {
    static const int t[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3)
        y--;
    int sunday_first = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
    return (sunday_first + 6) % 7;
}

static bool valid_day(int y, int m, int d) {
    static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
        return false;
    return !(m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

bool timex_readable(const char *v, char *out, size_t cap) {
    size_t n = strlen(v);
    if (cap == 0)
        return false;
    out[0] = '\0';
    if (n == 2 && digits(v, 2)) { /* "19": the 1900s */
        snprintf(out, cap, "the %d00s", num(v, 2));
        return true;
    }
    if (n == 3 && digits(v, 3)) { /* "197": the 1970s */
        snprintf(out, cap, "the %d0s", num(v, 3));
        return true;
    }
    if (n < 4 || !digits(v, 4))
        return false; /* unresolved (XXXX-...), a reference (PAST_REF) or a duration */
    int y = num(v, 4);
    if (n == 4) {
        snprintf(out, cap, "%d", y);
        return true;
    }
    if (v[4] != '-')
        return false;
    const char *r = v + 5;
    size_t rn = n - 5;
    static const struct {
        const char *code, *name;
    } PARTS[] = {{"SP", "spring"}, {"SU", "summer"}, {"FA", "autumn"}, {"AU", "autumn"}, {"WI", "winter"},
                 {"Q1", "the first quarter of"}, {"Q2", "the second quarter of"}, {"Q3", "the third quarter of"},
                 {"Q4", "the fourth quarter of"}, {"H1", "the first half of"}, {"H2", "the second half of"}};
    for (size_t i = 0; i < sizeof PARTS / sizeof *PARTS; i++)
        if (rn == 2 && memcmp(r, PARTS[i].code, 2) == 0) {
            snprintf(out, cap, "%s %d", PARTS[i].name, y);
            return true;
        }
    if (rn == 3 && r[0] == 'W' && digits(r + 1, 2)) {
        snprintf(out, cap, "week %d of %d", num(r + 1, 2), y);
        return true;
    }
    if (rn < 2 || !digits(r, 2))
        return false;
    int m = num(r, 2);
    if (m < 1 || m > 12)
        return false;
    if (rn == 2) {
        snprintf(out, cap, "%s %d", MONTHS[m - 1], y);
        return true;
    }
    if (rn < 5 || r[2] != '-' || !digits(r + 3, 2))
        return false;
    int d = num(r + 3, 2);
    if (!valid_day(y, m, d))
        return false;
    int len = snprintf(out, cap, "%s %d %s %d", WEEKDAYS[weekday(y, m, d)], d, MONTHS[m - 1], y);
    const char *t = r + 5; /* "T14:30", "TMO" */
    if (*t == 'T' && len > 0 && (size_t)len < cap) {
        static const struct {
            const char *code, *name;
        } PART_OF_DAY[] = {{"TMO", "morning"}, {"TAF", "afternoon"}, {"TEV", "evening"}, {"TNI", "night"},
                           {"TDT", "daytime"}};
        for (size_t i = 0; i < sizeof PART_OF_DAY / sizeof *PART_OF_DAY; i++)
            if (strcmp(t, PART_OF_DAY[i].code) == 0) {
                snprintf(out + len, cap - (size_t)len, ", %s", PART_OF_DAY[i].name);
                return true;
            }
        if (strlen(t) >= 6 && digits(t + 1, 2) && t[3] == ':' && digits(t + 4, 2))
            snprintf(out + len, cap - (size_t)len, ", %.5s", t + 1);
    }
    return true;
}
