# batch_interrupt.sh — Ctrl-C in `precis batch`: the documents read are finished and written
# as whole lines, the run says "interrupted after N documents; rerun with --resume" and
# exits 130, and a rerun with --resume goes on from there. The input is a FIFO whose writer
# sends three records and then holds it open, so the run is always waiting on input when the
# signal comes (no race with the end of the input). Also: --out-dir names are the ids made
# safe, with a suffix only when two ids share a name.
. "$(dirname "$0")/lib.sh"

record() { printf '{"id":"d%d","text":"Ferry number %d left the harbour at noon. It carried forty people across the bay."}\n' "$1" "$1"; }

# interrupted_run WATCH OUT_ARGS...: batch reading three records from a FIFO that stays open,
# then SIGINT once the three are written to WATCH (files or a directory's files). Leaves the
# exit status in $status.
interrupted_run() {
    local watch=$1
    shift
    rm -f "$WORK/fifo"
    mkfifo "$WORK/fifo"
    { record 1; record 2; record 3; exec sleep 60; } >"$WORK/fifo" &
    local writer=$!
    "$PRECIS" batch -q --fields summary "$@" - <"$WORK/fifo" >"$WORK/out" 2>"$WORK/err" &
    local pid=$!
    # wait (up to 30 s) until the three lines are out, then interrupt
    for _ in $(seq 300); do
        [ "$(cat $watch 2>/dev/null | grep -c '"id":"d')" -ge 3 ] && break
        sleep 0.1
    done
    kill -INT "$pid"
    wait "$pid"
    status=$?
    kill "$writer" 2>/dev/null
    wait "$writer" 2>/dev/null
    last_cmd="precis batch $* - (SIGINT while waiting on input)"
}

interrupted_run "$WORK/part.jsonl" -o "$WORK/part.jsonl"
expect_exit 130
expect_stderr_contains "precis: batch: interrupted after 3 documents; rerun with --resume to go on"
checks=$((checks + 1))
[ "$(wc -l <"$WORK/part.jsonl")" -eq 3 ] || fail "expected 3 whole lines, got: $(cat "$WORK/part.jsonl")"
checks=$((checks + 1))
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$WORK/part.jsonl" || fail "a torn line"

# the rerun with --resume adds the rest
for i in 1 2 3 4 5; do record "$i"; done >"$WORK/all.jsonl"
run batch --resume --fields summary -o "$WORK/part.jsonl" "$WORK/all.jsonl"
expect_exit 0
expect_stderr_contains "2 documents, 0 failed, 3 already done"
checks=$((checks + 1))
[ "$(grep -c '"id":"d' "$WORK/part.jsonl")" -eq 5 ] || fail "resume did not complete: $(cat "$WORK/part.jsonl")"

# to standard output: the lines are out, and the message says how a run can be resumed
interrupted_run "$WORK/out"
expect_exit 130
checks=$((checks + 1))
[ "$(grep -c '"id":"d' "$WORK/out")" -eq 3 ] || fail "stdout: expected 3 lines"
expect_stderr_contains "interrupted after 3 documents; to go on later, write to -o FILE or --out-dir DIR and rerun with --resume"

# --out-dir: one file a document, then the message
interrupted_run "$WORK/dir/*.json" --out-dir "$WORK/dir"
expect_exit 130
expect_stderr_contains "interrupted after 3 documents; rerun with --resume"
checks=$((checks + 1))
[ "$(ls "$WORK/dir" | wc -l)" -eq 3 ] || fail "expected 3 files: $(ls -a "$WORK/dir")"

# a FIFO named as the input (not standard input) is read as a stream, and Ctrl-C stops it too
rm -f "$WORK/fifo2" "$WORK/named.jsonl"
mkfifo "$WORK/fifo2"
{ record 1; record 2; record 3; exec sleep 60; } >"$WORK/fifo2" &
writer=$!
"$PRECIS" batch -q --fields summary -o "$WORK/named.jsonl" "$WORK/fifo2" >"$WORK/out" 2>"$WORK/err" &
pid=$!
for _ in $(seq 300); do
    [ "$(cat "$WORK/named.jsonl" 2>/dev/null | wc -l)" -ge 3 ] && break
    sleep 0.1
done
kill -INT "$pid"
wait "$pid"
status=$?
kill "$writer" 2>/dev/null
wait "$writer" 2>/dev/null
last_cmd="precis batch -o FILE FIFO (SIGINT)"
expect_exit 130
expect_stderr_contains "interrupted after 3 documents; rerun with --resume to go on"
checks=$((checks + 1))
[ "$(grep -c '"id":"d' "$WORK/named.jsonl")" -eq 3 ] || fail "FIFO input: $(cat "$WORK/named.jsonl" "$WORK/err")"

# on a terminal: the progress line is cleared before the message, which has a line of its own
if command -v script >/dev/null 2>&1 && script -qc true /dev/null >/dev/null 2>&1; then
    rm -f "$WORK/fifo" "$WORK/tty.jsonl"
    mkfifo "$WORK/fifo"
    cat >"$WORK/tty.sh" <<SH
{ $(declare -f record); record 1; record 2; exec sleep 60; } >"$WORK/fifo" &
w=\$!
"$PRECIS" batch --fields summary -o "$WORK/tty.jsonl" - <"$WORK/fifo" &
p=\$!
for _ in \$(seq 300); do [ "\$(cat "$WORK/tty.jsonl" 2>/dev/null | wc -l)" -ge 2 ] && break; sleep 0.1; done
sleep 0.5
kill -INT \$p
wait \$p
echo "exit \$?"
kill \$w
SH
    timeout 60 script -qec "bash $WORK/tty.sh" /dev/null >"$WORK/tty.txt" 2>&1
    last_cmd="precis batch -o FILE - on a terminal, SIGINT"
    checks=$((checks + 1))
    grep -q 'precis: batch: 2 documents, ' "$WORK/tty.txt" || fail "no progress line: $(cat -A "$WORK/tty.txt")"
    checks=$((checks + 1))
    # the message starts its line: after a newline, or after the progress line's erasure
    LC_ALL=C grep -qE "(^|$(printf '\r')$(printf '\033')\[K)precis: batch: interrupted after 2 documents; rerun with --resume to go on" "$WORK/tty.txt" ||
        fail "message not on a clean line: $(cat -A "$WORK/tty.txt" | tail -c 400)"
    checks=$((checks + 1))
    grep -q '^exit 130' "$WORK/tty.txt" || fail "exit status on a terminal: $(tail -c 200 "$WORK/tty.txt")"
else
    echo "skip: script(1) not available, the terminal check not run"
fi

# --out-dir names: the id made safe; a suffix only when a name holds another id's document
printf '{"id":"docs/a.txt","text":"%s"}\n{"id":"a/b","text":"%s"}\n{"id":"a_b","text":"%s"}\n{"id":"../up","text":"%s"}\n{"id":"plain-id.1","text":"%s"}\n' \
    "One boat left. Two came back." "The rain stopped. The sun came out." "A bus was late. Nobody minded." \
    "The lift broke. People took the stairs." "The shop opened. It sold bread." >"$WORK/names.jsonl"
run batch -q --fields summary --out-dir "$WORK/names" "$WORK/names.jsonl"
expect_exit 0
checks=$((checks + 1))
[ "$(cd "$WORK/names" && ls -A | tr '\n' ' ')" = "_._up.json a_b-2.json a_b.json docs_a.txt.json plain-id.1.json " ] ||
    fail "names: $(ls -A "$WORK/names")"
checks=$((checks + 1))
grep -q '^{"id":"a_b",' "$WORK/names/a_b-2.json" || fail "a_b-2.json is not a_b's"
# resume finds each file again, the suffixed one too
rm "$WORK/names/a_b-2.json"
run batch --resume --fields summary --out-dir "$WORK/names" "$WORK/names.jsonl"
expect_exit 0
expect_stderr_contains "1 documents, 0 failed, 4 already done"
checks=$((checks + 1))
grep -q '^{"id":"a_b",' "$WORK/names/a_b-2.json" || fail "a_b-2.json not written again"
# a run again without --resume writes every document over its own file, no new names
run batch -q --fields summary --out-dir "$WORK/names" "$WORK/names.jsonl"
expect_exit 0
checks=$((checks + 1))
[ "$(ls -A "$WORK/names" | wc -l)" -eq 5 ] || fail "a second run added names: $(ls -A "$WORK/names")"

done_testing
