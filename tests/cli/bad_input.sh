# bad_input.sh — one check (a group of expectations) per row of the README's "Bad input"
# table, in the table's order, so the table and the behaviour cannot drift apart.
. "$(dirname "$0")/lib.sh"

# row: a missing file — message naming it, exit 4, never a fall-back to stdin
STDIN_FILE="$WORK/stdin.txt"
printf 'Text on standard input. It must not be read.\n' >"$STDIN_FILE"
run split "$WORK/missing.txt"
expect_exit 4
expect_stderr_contains "precis: $WORK/missing.txt: No such file or directory"
expect_stdout ""
STDIN_FILE=/dev/null

# row: an empty or whitespace-only file — no sentences, empty output, exit 0
: >"$WORK/empty.txt"
printf ' \n\t\r\n  \n' >"$WORK/blank.txt"
for f in empty blank; do
  for cmd in split summary; do
    run "$cmd" "$WORK/$f.txt"
    expect_exit 0
    expect_stdout ""
  done
done

# row: invalid UTF-8 — U+FFFD, a warning with the count, true byte offsets
printf 'Caf\xe9 opened. Then \xff\xfe closed.' >"$WORK/latin1.txt"
run split -f jsonl "$WORK/latin1.txt"
expect_exit 0
expect_stderr_contains "$WORK/latin1.txt: warning: 3 invalid UTF-8 sequence(s) replaced with U+FFFD"
expect_stdout "$(printf '{"text":"Caf\xef\xbf\xbd opened.","start":0,"end":12,"paragraph":0,"schema":"precis/sentence/1"}\n{"text":"Then \xef\xbf\xbd\xef\xbf\xbd closed.","start":13,"end":28,"paragraph":0,"schema":"precis/sentence/1"}')"

# row: NUL bytes and control characters — dropped from the text; neither a sentence nor a
# token is split by them
printf 'Ro\000ad works be\001gan. The ro\033ad reopened.' >"$WORK/ctl.txt"
run split -f jsonl "$WORK/ctl.txt"
expect_exit 0
expect_stdout "$(printf '{"text":"Road works began.","start":0,"end":19,"paragraph":0,"schema":"precis/sentence/1"}\n{"text":"The road reopened.","start":20,"end":39,"paragraph":0,"schema":"precis/sentence/1"}')"

# row: a file over --max-bytes — message with its size, exit 1, nothing printed; also from
# a pipe (which is not read past the limit) and in batch (an error line for that document)
run summary --max-bytes 20 "$WORK/latin1.txt"
expect_exit 1
expect_stderr_contains "precis: $WORK/latin1.txt: document is 28 bytes, over the limit of 20 (raise --max-bytes)"
expect_stdout ""
cat "$WORK/latin1.txt" | "$PRECIS" summary --max-bytes 20 - >"$WORK/out" 2>"$WORK/err"
status=${PIPESTATUS[1]}
last_cmd="cat latin1.txt | precis summary --max-bytes 20 -"
expect_exit 1
expect_stderr_contains "precis: (stdin): document is over the limit of 20 bytes (raise --max-bytes)"
# an endless stream is refused at the limit instead of being read into memory
timeout 20 "$PRECIS" split --max-bytes 1000 /dev/zero >"$WORK/out" 2>"$WORK/err"
status=$?
last_cmd="precis split --max-bytes 1000 /dev/zero"
expect_exit 1
expect_stderr_contains "precis: /dev/zero: document is over the limit of 1000 bytes (raise --max-bytes)"
run batch --max-bytes 20 "$WORK/latin1.txt"
expect_exit 1
expect_stdout_contains '"error":"document is over 20 bytes (--max-bytes)"'

# row: a long line with no punctuation — one sentence, split in time linear in its length
# (4 MB here, under a bound generous enough for sanitizer builds; benchmarks/pathological.sh
# measures 50 MB)
awk 'BEGIN { for (i = 0; i < 600000; i++) printf "%s ", (i % 3 ? "harbour" : "wall") }' >"$WORK/line.txt"
start=$(date +%s)
timeout 120 "$PRECIS" split "$WORK/line.txt" >"$WORK/out" 2>"$WORK/err"
status=$?
last_cmd="precis split line.txt (4 MB, no punctuation)"
expect_exit 0
checks=$((checks + 1))
[ "$(wc -l <"$WORK/out")" -eq 1 ] || fail "gave $(wc -l <"$WORK/out") sentences"

# row: a malformed JSON line in batch — an error line for it, the others go on, exit 1
printf '{"id":"one","text":"The port opened."}\n{"id":"two","text":\n{"id":"three","text":"The port closed."}\n' >"$WORK/in.jsonl"
run batch --fields summary "$WORK/in.jsonl"
expect_exit 1
checks=$((checks + 1))
[ "$(wc -l <"$WORK/out")" -eq 3 ] || fail "expected 3 lines: $(cat "$WORK/out")"
expect_stdout_contains '{"id":"one",'
expect_stdout_contains "{\"id\":\"$WORK/in.jsonl:2\",\"source\":\"$WORK/in.jsonl\",\"error\":\"malformed JSON at line 2"
expect_stdout_contains '{"id":"three",'

# row: a truncated archive — the members before the damage are processed, an error line
# for the one cut, exit 1
mkdir "$WORK/arc"
for i in 1 2 3; do
  awk -v i="$i" 'BEGIN { for (k = 0; k < 60; k++) printf "Report %d line %d is here. ", i, k }' >"$WORK/arc/m$i.txt"
done
(cd "$WORK/arc" && tar cf "$WORK/full.tar" m1.txt m2.txt m3.txt)
# m1's header and data take the first 512 + 3072 bytes; cut inside m2's data
head -c 5000 "$WORK/full.tar" >"$WORK/cut.tar"
run batch --fields summary "$WORK/cut.tar"
expect_exit 1
expect_stdout_contains "\"id\":\"m1.txt\",\"source\":\"$WORK/cut.tar:m1.txt\",\"summary\""
expect_stdout_contains "\"id\":\"m2.txt\",\"source\":\"$WORK/cut.tar:m2.txt\",\"error\":\"unreadable: Truncated"
expect_stdout_lacks 'm3.txt'

done_testing
