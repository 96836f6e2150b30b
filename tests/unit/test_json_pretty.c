/* test_json_pretty.c — the indenting pass over compact JSON (--pretty). */
#include <criterion/criterion.h>
#include <string.h>

#include "precis/precis.h"
#include "util/json_pretty.h"

static char *pretty(const char *in) {
    buf b;
    buf_init(&b);
    json_pretty(&b, in, strlen(in));
    cr_assert(buf_ok(&b));
    return buf_detach(&b, NULL);
}

Test(json_pretty, indents_members_and_elements) {
    char *s = pretty("{\"a\":[1,2],\"b\":{\"c\":null}}\n");
    cr_assert_str_eq(s, "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {\n    \"c\": null\n  }\n}\n");
    free(s);
}

Test(json_pretty, strings_are_copied_as_they_are) {
    char *s = pretty("{\"t\":\"a, b: {c} [d] \\\"e\\\" \\\\\"}");
    cr_assert_str_eq(s, "{\n  \"t\": \"a, b: {c} [d] \\\"e\\\" \\\\\"\n}\n");
    free(s);
}

Test(json_pretty, empty_containers_stay_on_their_line) {
    char *s = pretty("{\"a\":[],\"b\":{}}");
    cr_assert_str_eq(s, "{\n  \"a\": [],\n  \"b\": {}\n}\n");
    free(s);
}

Test(json_pretty, view_formats) {
    cr_assert(precis_view_supports(PRECIS_VIEW_FACTS, PRECIS_FORMAT_HTML));
    cr_assert(precis_view_supports(PRECIS_VIEW_SPLIT, PRECIS_FORMAT_JSON_PRETTY));
    cr_assert(!precis_view_supports(PRECIS_VIEW_SPLIT, PRECIS_FORMAT_HTML));
    cr_assert(!precis_view_supports(PRECIS_VIEW_EXPLAIN, PRECIS_FORMAT_MARKDOWN));
    cr_assert(!precis_view_supports((precis_view)99, PRECIS_FORMAT_TEXT));
    cr_assert_str_eq(precis_view_formats(PRECIS_VIEW_SPLIT), "text, jsonl, json");
}
