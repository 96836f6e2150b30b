# eval_roundtrip.sh — `precis eval` reads what `precis batch` writes: the summary view's JSON
# ({"summary": {"sentences": [{"text": ...}]}}) is a system summary, scored exactly as the
# same sentences given as an array of strings. Fixtures: tests/data/roundtrip (own prose).
. "$(dirname "$0")/lib.sh"

R="$FIXTURES/roundtrip/refs.jsonl"

run batch -q --fields summary "$R"
expect_exit 0
cp "$WORK/out" "$WORK/sys.jsonl"
run eval -f json "$R" "$WORK/sys.jsonl"
expect_exit 0
expect_stderr_empty
expect_stdout_contains '"documents":3'
cp "$WORK/out" "$WORK/from_batch.json"

# the same sentences as plain arrays of strings score the same
python3 - "$WORK/sys.jsonl" >"$WORK/arrays.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    print(json.dumps({"id": r["id"], "summary": [s["text"] for s in r["summary"]["sentences"]]}))
PY
run eval -f json "$R" "$WORK/arrays.jsonl"
expect_exit 0
expect_stdout_file "$WORK/from_batch.json"

# through a pipe, the documented one-liner
last_cmd="precis batch --fields summary refs.jsonl | precis eval refs.jsonl -"
"$PRECIS" batch -q --fields summary "$R" | "$PRECIS" eval -f json "$R" - >"$WORK/out" 2>"$WORK/err"
status=$?
expect_exit 0
expect_stdout_file "$WORK/from_batch.json"

# summary -f json output, with an id added, is read too
printf '{"id":"harbour","summary":%s}\n' "$("$PRECIS" summary -f json <<<'The old harbour wall collapsed during a storm on Sunday night. Engineers estimate the work will cost about two million pounds.')" >"$WORK/one.jsonl"
run eval --format json "$R" "$WORK/one.jsonl"
expect_exit 1
expect_stderr_contains "has no system summary"
expect_stdout_contains '"documents":1'

# a summary object that is not the summary view's: one message naming file and line
printf '{"id":"harbour","summary":{"text":"x"}}\n{"id":"library","summary":{"sentences":[{"score":1}]}}\n{"id":"orchard","summary":{"sentences":[]}}\n' >"$WORK/bad.jsonl"
run eval "$R" "$WORK/bad.jsonl"
expect_exit 1
expect_stderr_contains "bad.jsonl:1: the \"summary\" of document 'harbour' is an object without a \"sentences\" array"
expect_stderr_contains "bad.jsonl:2: the \"summary\" of document 'library' holds a sentence that is neither a string nor an object with a string \"text\""
expect_stderr_contains "bad.jsonl:3: the \"summary\" of document 'orchard' is empty"

done_testing
