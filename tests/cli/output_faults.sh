# output_faults.sh — output that cannot be written: a full disk (/dev/full), a closed pipe,
# an unwritable output file. Each command reports a full disk once, naming (stdout), and
# exits 4; a closed pipe ends the command quietly (no message) with exit 4, at once rather
# than after more work; nothing is left behind looking complete.
. "$(dirname "$0")/lib.sh"

doc="$WORK/doc.txt"
printf 'The council of Dalen voted on Monday to rebuild the old bridge. Work starts in May.\n\nMayor Ines Varga said the cost, 4.2 million euros, would be shared with the region. "We waited long enough," she said.\n' >"$doc"
refs="$WORK/refs.jsonl"
printf '{"id":"a","summaries":["The bridge will be rebuilt. Work starts in May."],"summary":"The council voted to rebuild the bridge."}\n' >"$refs"
# A long document: its split output is far larger than a pipe's buffer.
big="$WORK/big.txt"
for i in $(seq 1 3000); do printf 'Sentence number %d of the long report says little. ' "$i"; done >"$big"

# full_disk ARGS...: stdout is /dev/full.
full_disk() {
  "$PRECIS" "$@" >/dev/full 2>"$WORK/err" </dev/null
  status=$?
  last_cmd="precis $* >/dev/full"
  expect_exit 4
  expect_stderr_contains "precis: (stdout): writing output failed: No space left on device"
  checks=$((checks + 1))
  [ "$(wc -l <"$WORK/err")" -eq 1 ] || fail "expected one message, got: $(cat "$WORK/err")"
}
full_disk split "$doc"
full_disk summary "$doc"
full_disk facts -f json "$doc"
full_disk brief "$doc"
full_disk brief -f html "$doc"
full_disk eval "$refs"
full_disk eval -f json "$refs"
full_disk --help
full_disk split --help
full_disk --version

# closed_pipe ARGS...: the reader has gone before precis writes (its input arrives late).
closed_pipe() {
  local input=$1
  shift
  { sleep 1; cat "$input"; } | "$PRECIS" "$@" 2>"$WORK/err" | { exec 0<&-; }
  status=${PIPESTATUS[1]}
  last_cmd="precis $* | (closed)"
  expect_exit 4
  expect_stderr_empty
}
closed_pipe "$doc" split -
closed_pipe "$doc" summary -
closed_pipe "$doc" facts -
closed_pipe "$doc" brief -f json -
closed_pipe "$refs" eval -

# `| head -1` on output larger than a pipe's buffer: the first line arrives, precis stops
# quietly and does not linger.
start=$(date +%s)
timeout 60 "$PRECIS" split "$big" 2>"$WORK/err" | head -1 >"$WORK/out"
status=${PIPESTATUS[0]}
last_cmd="precis split big | head -1"
expect_exit 4
expect_stderr_empty
expect_stdout "Sentence number 1 of the long report says little."
checks=$((checks + 1))
[ $(($(date +%s) - start)) -lt 30 ] || fail "took $(($(date +%s) - start)) s"

# batch: a full disk and an output file that cannot be created
"$PRECIS" batch "$doc" >/dev/full 2>"$WORK/err"
status=$?
last_cmd="precis batch doc >/dev/full"
expect_exit 4
expect_stderr_contains "writing output failed"
run batch -o "$WORK/no-such-dir/out.jsonl" "$doc"
expect_exit 4
expect_stderr_contains "no-such-dir/out.jsonl"
checks=$((checks + 1))
[ ! -e "$WORK/no-such-dir" ] || fail "created the missing directory"

done_testing
