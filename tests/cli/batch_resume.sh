# batch_resume.sh — an interrupted run picks up where it stopped: kill -9 a batch mid-way,
# tear its last line by hand (as a power cut would), run it again with --resume, and check
# that every id appears exactly once and every line parses; then that resuming a finished
# file adds nothing.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/batch_lib.sh"
cd "$WORK" || exit 1

N=20000
make_jsonl big.jsonl "$N"

"$PRECIS" batch -j 2 -q --fields summary -o out.jsonl big.jsonl 2>err1 &
pid=$!
# Wait until some lines are out (at most 30 s), then kill without warning.
for _ in $(seq 1 600); do
    [ -s out.jsonl ] && break
    sleep 0.05
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
before=$(wc -l <out.jsonl)
check "the killed run had written part of the output ($before of $N lines)" $([ "$before" -gt 0 ] && [ "$before" -lt "$N" ]; echo $?)

# A torn last line, as a power cut in the middle of a write leaves it.
printf '{"id":"doc-%d","source":"big.jsonl","summ' "$((before + 1))" >>out.jsonl

run batch -j 2 --resume --fields summary -o out.jsonl big.jsonl
expect_exit 0
expect_stderr_contains "already done"
json_lines_ok out.jsonl; check "every line parses (the torn line is gone)" $?
check "$N lines" $([ "$(wc -l <out.jsonl)" -eq "$N" ]; echo $?)
json_field out.jsonl .id | sort | uniq -d >dups
check "no id twice" $([ ! -s dups ]; echo $?)
json_field out.jsonl .id | sort -u | wc -l >distinct
check "every id once" $([ "$(cat distinct)" -eq "$N" ]; echo $?)
check "the file ends with a newline" $([ "$(tail -c 1 out.jsonl | od -An -c | tr -d ' ')" = '\n' ]; echo $?)

# The resumed file holds the same lines as an uninterrupted run, in some order: the killed
# part in input order, then the rest in input order.
"$PRECIS" batch -j 2 -q --fields summary big.jsonl | sort >whole.sorted
sort out.jsonl >resumed.sorted
check "same lines as an uninterrupted run" $(cmp -s whole.sorted resumed.sorted; echo $?)

# Resuming a complete file writes nothing more.
cp out.jsonl done.jsonl
run batch --resume --fields summary -o out.jsonl big.jsonl
expect_exit 0
expect_stderr_contains "0 documents, 0 failed, $N already done"
check "complete file unchanged" $(cmp -s out.jsonl done.jsonl; echo $?)

# --resume on a file that does not exist yet is a plain run.
head -3 big.jsonl >three.jsonl
run batch --resume --fields summary -o fresh.jsonl three.jsonl
expect_exit 0
check "fresh file: three lines" $([ "$(wc -l <fresh.jsonl)" -eq 3 ]; echo $?)

done_testing
