# option_meanings.sh — each single-document command takes only the options it uses, with a
# usage error that says why for the others; -w is the length of what the command prints
# (batch prints two things and has no -w); --date takes calendar dates and ISO timestamps,
# and every bad date is a usage error (exit 2) with the same message.
. "$(dirname "$0")/lib.sh"

G="$FIXTURES/golden/wire.txt"

# refused_option CMD OPT... : exit 2, nothing on stdout, one line naming the option
refused() {
    local cmd=$1
    shift
    run "$cmd" "$@" "$G"
    expect_exit 2
    expect_stdout ""
    expect_stderr_contains "precis: $cmd: option '$1' does not apply to $cmd"
    expect_stderr_contains "Try 'precis $cmd --help'"
}
for opt in -n --sentences --words --chars -r --ratio -m --method --redundancy; do
    refused facts "$opt" 3
done
run facts -n 3 "$G"
expect_stderr_contains "the budget options set the summary's length"
refused facts --explain
for opt in -n -w --words --chars -r -m --redundancy --title --date; do
    refused split "$opt" 3
done
refused split --explain
run split --explain "$G"
expect_stderr_contains "(split prints every sentence)"
refused summary --date 2024-05-02
for opt in -n --sentences --words --chars -r; do
    refused brief "$opt" 3
done
run brief --words 30 "$G"
expect_stderr_contains "--words is the summary's length; the brief's is -w, --brief-words"
run facts --sentences=4 "$G"
expect_stderr_contains "option '--sentences' does not apply to facts"
run facts -n4 "$G"
expect_stderr_contains "option '-n' does not apply to facts"

# --help lists only what the command takes
run facts --help
expect_stdout_contains "--date DATE"
expect_stdout_contains "--title TEXT"
for opt in --sentences --words --chars --ratio --method --redundancy --explain --brief-words; do
    expect_stdout_lacks "$opt"
done
run split --help
for opt in --sentences --words --title --date --explain --method; do
    expect_stdout_lacks "$opt"
done
expect_stdout_contains '"paragraph"'
run summary --help
expect_stdout_contains "-w, --words N"
expect_stdout_lacks "--date"
expect_stdout_lacks "--brief-words"
run brief --help
expect_stdout_contains "-w, --brief-words N"
expect_stdout_lacks "--sentences"
expect_stdout_lacks " --words"

# -w is what the command prints: the brief's length in brief, the summary's in summary
run brief -w 30 -f json "$G"
expect_exit 0
run brief --brief-words 30 -f json "$G"
expect_exit 0
cp "$WORK/out" "$WORK/brief30"
run brief -w 30 -f json "$G"
checks=$((checks + 1))
cmp -s "$WORK/out" "$WORK/brief30" || fail "brief -w 30 and --brief-words 30 differ"
run brief -w 5 "$G"
expect_exit 2
expect_stderr_contains "brief-words: expected a whole number from 10 to 10000, got '5'"
run summary -w 12 -f json "$G"
expect_exit 0
expect_stdout_contains '"budget":{"kind":"words","value":12}'
run summary --words 12 -f json "$G"
expect_stdout_contains '"budget":{"kind":"words","value":12}'

# batch: --words and --brief-words, no -w
printf '{"id":"a","text":"The ferry left the harbour at noon on Monday. It carried forty people. The sea was calm all the way across."}\n' >"$WORK/in.jsonl"
run batch -q -w 10 "$WORK/in.jsonl"
expect_exit 2
expect_stdout ""
expect_stderr_contains "precis: batch: -w is ambiguous here: use --words for the summary's length, --brief-words for the brief's"
run batch -q --words 10 --brief-words 20 --fields summary "$WORK/in.jsonl"
expect_exit 0
expect_stdout_contains '"budget":{"kind":"words","value":10}'

# --date: calendar dates and ISO timestamps; a bad one is exit 2 with one message
for d in 2024-05-02 2024-05-02T10:00:00Z "2024-05-02 10:00" 2024-05-02T10:00:00.250+02:00 2024-02-29; do
    run facts -f json --date "$d" "$G"
    expect_exit 0
    expect_stdout_contains "\"date\":\"${d:0:10}\""
done
for d in 2024-02-30 2023-02-29 2024-13-01 2024-04-31 24-05-02 2024-05-02T25:00 2024-05-02T10:00:00+ 2024-05-02x yesterday; do
    for c in facts brief batch; do
        run "$c" --date "$d" "$G"
        expect_exit 2
        expect_stdout ""
        expect_stderr_contains "precis: $c: date: expected a calendar date YYYY-MM-DD or an ISO 8601 timestamp (2024-05-02T10:00:00Z), got '$d'"
    done
done
# a record's own timestamp is read too
printf '{"id":"t","date":"2024-05-02T10:00:00Z","text":"The ferry left the harbour at noon on Monday. It carried forty people."}\n' >"$WORK/ts.jsonl"
run batch -q --fields facts "$WORK/ts.jsonl"
expect_exit 0
expect_stdout_contains '"date":"2024-05-02"'

done_testing
