# split_errors.sh — `precis split` on bad input: a missing file (exit 4, message naming it),
# an empty or blank file (no output, exit 0), invalid UTF-8 (warning, U+FFFD in the output),
# NUL and control bytes (no crash, no odd splits), an unknown language (exit 2 or 3).
. "$(dirname "$0")/lib.sh"

run split "$WORK/no-such-file.txt"
expect_exit 4
expect_stderr_contains "no-such-file.txt"
expect_stdout ""

: >"$WORK/empty.txt"
run split "$WORK/empty.txt"
expect_exit 0
expect_stdout ""
run split --format jsonl "$WORK/empty.txt"
expect_exit 0
expect_stdout ""

printf ' \n\n\t\r\n ' >"$WORK/blank.txt"
run split --format jsonl "$WORK/blank.txt"
expect_exit 0
expect_stdout ""

printf 'Bad \xff byte here. Next \xc3 one.' >"$WORK/bad.txt"
run split "$WORK/bad.txt"
expect_exit 0
expect_stderr_contains "bad.txt"
expect_stderr_contains "invalid UTF-8"
expect_stdout "$(printf 'Bad \xef\xbf\xbd byte here.\nNext \xef\xbf\xbd one.')"
run split --format jsonl "$WORK/bad.txt"
expect_exit 0
expect_stdout_contains "$(printf '{"text":"Bad \xef\xbf\xbd byte here.","start":0,"end":16,"paragraph":0,"schema":"precis/sentence/1"}')"

# a NUL byte and control characters neither crash nor split the sentence
printf 'One\000two three. Four\001five six.' >"$WORK/nul.txt"
run split --format jsonl "$WORK/nul.txt"
expect_exit 0
checks=$((checks + 1))
[ "$(wc -l <"$WORK/out")" -eq 2 ] || fail "NUL input: $(cat "$WORK/out")"
expect_stdout_contains '"start":0,"end":14,'
expect_stdout_lacks '\u0000'

# a long line without punctuation is one sentence
head -c 300000 /dev/zero | tr '\0' 'a' | sed 's/aaaaa/word /g' >"$WORK/long.txt"
run split "$WORK/long.txt"
expect_exit 0
checks=$((checks + 1))
[ "$(wc -l <"$WORK/out")" -eq 1 ] || fail "long line gave $(wc -l <"$WORK/out") sentences"

run split --lang xx "$WORK/bad.txt"
checks=$((checks + 1))
[ "$status" -ne 0 ] || fail "unknown language accepted"

done_testing
