# split_output.sh — `precis split`: text output (one sentence a line) and jsonl output whose
# byte offsets point at the sentence in the input, paragraphs, stdin, and --lang.
. "$(dirname "$0")/lib.sh"
NEWS="$FIXTURES/split/news.txt"

run split "$NEWS"
expect_exit 0
expect_stdout_file "$FIXTURES/split/news.expected"
expect_stderr_empty

# the same through stdin
STDIN_FILE="$NEWS" run split -
expect_exit 0
expect_stdout_file "$FIXTURES/split/news.expected"

# jsonl: one object per sentence, with offsets into the input bytes
run split --format jsonl "$NEWS"
expect_exit 0
checks=$((checks + 1))
[ "$(wc -l <"$WORK/out")" -eq "$(wc -l <"$FIXTURES/split/news.expected")" ] ||
    fail "jsonl has $(wc -l <"$WORK/out") lines"
# each sentence's [start,end) byte slice of the input, whitespace collapsed, is its text
n=0
while IFS= read -r line; do
    n=$((n + 1))
    start=$(printf '%s' "$line" | sed -n 's/.*"start":\([0-9]*\).*/\1/p')
    end=$(printf '%s' "$line" | sed -n 's/.*"end":\([0-9]*\).*/\1/p')
    slice=$(tail -c +"$((start + 1))" "$NEWS" | head -c "$((end - start))" | tr '\n' ' ' | tr -s ' ')
    want=$(sed -n "${n}p" "$FIXTURES/split/news.expected")
    checks=$((checks + 1))
    [ "$slice" = "$want" ] || fail "sentence $n: bytes $start..$end are '$slice', want '$want'"
done <"$WORK/out"
expect_stdout_contains '"paragraph":0,"schema":"precis/sentence/1"}'
expect_stdout_contains '"paragraph":3,"schema":"precis/sentence/1"}'
expect_stdout_lacks '"paragraph":4'

# json: one object holding all sentences
run split --format json "$NEWS"
expect_exit 0
expect_stdout_contains '{"sentences":[{"text":"Harbour Bridge Reopens After Repairs","start":0,"end":36,"paragraph":0},'

# offsets count bytes, not characters: a two-byte letter shifts the second sentence by one
printf 'Caf\xc3\xa9 opened. It closed.' >"$WORK/utf8.txt"
run split --format jsonl "$WORK/utf8.txt"
expect_exit 0
expect_stdout_contains '{"text":"It closed.","start":14,"end":24,"paragraph":0,"schema":"precis/sentence/1"}'

# CRLF line ends: a blank CRLF line separates paragraphs
printf 'First line here.\r\n\r\nSecond one here.\r\n' >"$WORK/crlf.txt"
run split --format jsonl "$WORK/crlf.txt"
expect_exit 0
expect_stdout_contains '{"text":"Second one here.","start":20,"end":36,"paragraph":1,"schema":"precis/sentence/1"}'

# other languages use their own abbreviations
printf 'Es kamen ca. 300 Leute, z. B. aus Berlin. Dann ging es los.' >"$WORK/de.txt"
run split --lang de "$WORK/de.txt"
expect_exit 0
expect_stdout "Es kamen ca. 300 Leute, z. B. aus Berlin.
Dann ging es los."

done_testing
