# eval_bench.sh — precis bench on a two-article set of our own (tests/data/eval/set.jsonl)
# whose references are each article's first sentence: lead-1 must score 100 on every metric.
source ./lib.sh "$@"
E=$FIXTURES/eval

run bench --quiet --methods lead --sentences 1 --out "$WORK/report" "$E/set.jsonl"
expect_exit 0
expect_stderr_empty
expect_stdout_contains '| lead | 100.00 [100.00, 100.00] | 100.00 [100.00, 100.00] | 100.00 [100.00, 100.00] |'
checks=$((checks + 1))
[ -s "$WORK/report/set.summary.md" ] && [ -s "$WORK/report/set.summary.json" ] &&
    head -c 5 "$WORK/report/set.summary.svg" | grep -q '<svg' || fail "report files missing"
checks=$((checks + 1))
grep -q '"docs_per_s"' "$WORK/report/set.summary.json" || fail "no docs/s in the JSON report"
checks=$((checks + 1))
! grep -q 'http[s]*://[^"]*"' <(grep -v 'xmlns=' "$WORK/report/set.summary.svg") || fail "SVG refers to an external resource"

# Every default method runs; a ratio protocol is accepted.
run bench --quiet --ratio 0.4 "$E/set.jsonl"
expect_exit 0
for m in lead tfidf textrank lexrank default; do
    expect_stdout_contains "| $m |"
done

run bench --methods lead,nonsense "$E/set.jsonl"
expect_exit 2
run bench --task weather "$E/set.jsonl"
expect_exit 2
run bench --ratio 7 "$E/set.jsonl"
expect_exit 2
run bench "$WORK/missing.jsonl"
expect_exit 4

done_testing
