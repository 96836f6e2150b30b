# batch_lib.sh — helpers shared by the batch_*.sh CLI tests (sourced after lib.sh).
# Fixtures are written by the tests themselves, from the project's own sentences.

# Which JSON tool: jq when present, else python3 (BATCH_TEST_NO_JQ=1 forces python3, to test
# the fallback).
if [ -z "${BATCH_TEST_NO_JQ:-}" ] && command -v jq >/dev/null 2>&1; then
    HAVE_JQ=1
else
    HAVE_JQ=
fi

# json_lines_ok FILE: every line of FILE is one JSON object.
json_lines_ok() {
    if [ -n "$HAVE_JQ" ]; then
        jq -e -c 'type == "object"' "$1" >/dev/null 2>&1
    else
        python3 -c 'import json,sys
for line in open(sys.argv[1], encoding="utf-8"):
    assert isinstance(json.loads(line), dict)' "$1" 2>/dev/null
    fi
}

# json_field FILE EXPR: prints one value per line, EXPR a jq path like .id or .error.
# The python fallback understands .a and .a.b and (.a|length).
json_field() {
    if [ -n "$HAVE_JQ" ]; then
        jq -r -c "$2 // \"null\"" "$1"
    else
        python3 - "$1" "$2" <<'PY'
import json, signal, sys
signal.signal(signal.SIGPIPE, signal.SIG_DFL)
expr = sys.argv[2]
length = expr.startswith("(") and expr.endswith("|length)")
path = (expr[1:-len("|length)")] if length else expr).strip(".").split(".")
for line in open(sys.argv[1], encoding="utf-8"):
    v = json.loads(line)
    for k in path:
        v = v.get(k) if isinstance(v, dict) else None
    if length:
        v = len(v) if v is not None else 0
    if isinstance(v, (dict, list)):
        v = json.dumps(v, separators=(",", ":"), ensure_ascii=False)
    print("null" if v is None else (str(v).lower() if isinstance(v, bool) else v))
PY
    fi
}

# check NAME CONDITION-EXIT-STATUS: records one check.
check() {
    checks=$((checks + 1))
    if [ "$2" -ne 0 ]; then
        failures=$((failures + 1))
        echo "FAIL: $1" >&2
    fi
}

# Sentences to build documents from: plain, neutral news-like prose written for these tests.
SENTS=(
    "The town council approved a new budget for road repairs on Tuesday."
    "Residents had complained for months about potholes on the main street."
    "The mayor said work would begin in the spring and finish before winter."
    "A local bakery won a regional prize for its rye bread this week."
    "The owner thanked her staff and said the recipe came from her grandmother."
    "Heavy rain flooded several basements in the lower part of the valley."
    "Firefighters pumped out water from a school gym overnight."
    "The regional railway will add two evening trains from next month."
    "Commuters welcomed the change but asked for more seats at rush hour."
    "A new library branch opened with a reading room for children."
    "Volunteers planted three hundred trees along the river bank."
    "The hospital hired twelve nurses to shorten waiting times."
)

# make_doc N: a short document of four sentences chosen by N (deterministic).
make_doc() {
    local n=$1 k=${#SENTS[@]}
    printf '%s %s %s %s' "${SENTS[$((n % k))]}" "${SENTS[$(((n + 3) % k))]}" \
        "${SENTS[$(((n + 5) % k))]}" "${SENTS[$(((n + 7) % k))]}"
}

# make_jsonl FILE COUNT: COUNT JSONL records with ids doc-1.. and varied texts (awk: fast
# enough for the hundred thousand lines of the resume test).
make_jsonl() {
    printf '%s\n' "${SENTS[@]}" | awk -v n="$2" '
        { s[NR - 1] = $0; k = NR }
        END {
            for (i = 1; i <= n; i++)
                printf "{\"id\":\"doc-%d\",\"text\":\"%s %s %s %s Item %d of the day.\"}\n",
                    i, s[i % k], s[(i + 3) % k], s[(i + 5) % k], s[(i + 7) % k], i
        }' >"$1"
}

# Run directly (`bash batch_lib.sh PATH/TO/precis`; ctest skips *lib.sh helpers), this file
# checks its own helpers, so that the other batch tests can trust them.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    . "$(dirname "$0")/lib.sh"
    make_jsonl "$WORK/g.jsonl" 30
    check "make_jsonl writes 30 lines" $([ "$(wc -l <"$WORK/g.jsonl")" -eq 30 ]; echo $?)
    json_lines_ok "$WORK/g.jsonl"
    check "generated JSONL parses" $?
    printf '{"id":"x"}\n{"id":\n' >"$WORK/bad.jsonl"
    json_lines_ok "$WORK/bad.jsonl"
    check "a torn line is caught" $([ $? -ne 0 ]; echo $?)
    check "json_field reads ids" $([ "$(json_field "$WORK/g.jsonl" .id | sed -n 7p)" = doc-7 ]; echo $?)
    done_testing
fi
