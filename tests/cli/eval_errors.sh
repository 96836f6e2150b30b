# eval_errors.sh — precis eval names the file and line of bad input, leaves those documents
# out (exit 1) and never scores them as zero; usage errors exit 2, unreadable files 4.
source ./lib.sh "$@"
E=$FIXTURES/eval

# bad_sys.jsonl: line 1 malformed, line 2 an unknown id, line 3 a good d2; d1 is then missing.
run eval --format json "$E/refs.jsonl" "$E/bad_sys.jsonl"
expect_exit 1
expect_stderr_contains 'bad_sys.jsonl:1: malformed JSON'
expect_stderr_contains "bad_sys.jsonl:2: id 'zz' is not in the references"
expect_stderr_contains "refs.jsonl:1: document 'd1' has no system summary"
expect_stdout_contains '"documents":1,"left_out":1,"problems":3'
expect_stdout_contains '"rouge1":{"p":{"average":0.75,"mean":0.75'

# Empty summaries, duplicate ids, missing references, invalid UTF-8.
printf '%s\n' '{"id": "d1", "summary": []}' '{"id": "d2", "summary": "  "}' '{"id": "d2", "summary": "x"}' >"$WORK/empty.jsonl"
run eval "$E/refs.jsonl" "$WORK/empty.jsonl"
expect_exit 1
expect_stderr_contains "empty.jsonl:1: the \"summary\" of document 'd1' is empty"
expect_stderr_contains "empty.jsonl:2: the \"summary\" of document 'd2' is empty"
expect_stderr_contains "empty.jsonl:3: id 'd2' again (first on line 2)"
expect_stderr_contains 'no document could be scored'

printf '{"id": "d1", "summary": "caf\xff sat"}\n{"id": "d2", "references": []}\n{"summaries": ["x"]}\n' >"$WORK/bad.jsonl"
run eval "$WORK/bad.jsonl"
expect_exit 1
expect_stderr_contains 'bad.jsonl:1: malformed JSON or invalid UTF-8'
expect_stderr_contains 'bad.jsonl:2: document '"'"'d2'"'"' needs "summaries" or "references"'
expect_stderr_contains 'bad.jsonl:3: no "id"'

run eval --words 10 --bytes 10 "$E/refs.jsonl" "$E/sys.jsonl"
expect_exit 2
run eval --max-n 5 "$E/refs.jsonl" "$E/sys.jsonl"
expect_exit 2
run eval --frobnicate "$E/refs.jsonl"
expect_exit 2
run eval
expect_exit 2
run eval "$WORK/no-such-file.jsonl" "$E/sys.jsonl"
expect_exit 4
expect_stderr_contains 'no-such-file.jsonl'

done_testing
