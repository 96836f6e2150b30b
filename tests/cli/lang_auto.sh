# lang_auto.sh — `--lang auto` (the default) and language tags from the command line: the
# language identified is said in JSON, a tag reads as its primary language, a malformed tag
# is a usage error, facts for a language without fact data are left out with one warning.
. "$(dirname "$0")/lib.sh"

printf 'Die neuen Regeln gelten ab dem 1. Januar für alle Betriebe. Wir werden das prüfen, sagte ein Sprecher des Ministeriums am Dienstag in Berlin.\n' >"$WORK/de.txt"
printf 'The council voted on Monday to close the old bridge to lorries. Repairs start in June, a spokesman said.\n' >"$WORK/en.txt"

run split --format json "$WORK/de.txt"
expect_exit 0
expect_stdout_contains '"lang":"de"'
expect_stdout_contains 'ab dem 1. Januar für alle Betriebe.'

run facts "$WORK/de.txt"
expect_exit 0
expect_stderr_contains "de.txt: warning: no fact data for language 'de'"
expect_stdout_lacks "Wir"

run facts --format json "$WORK/de.txt"
expect_exit 0
expect_stdout_contains '"supported":false'

run brief "$WORK/de.txt"
expect_exit 0
expect_stdout_contains "Die neuen Regeln"

run facts --format json "$WORK/en.txt"
expect_exit 0
expect_stdout_contains '"lang":"en","supported":true'
[ ! -s "$WORK/err" ] || fail "stderr not empty: $(cat "$WORK/err")"

run summary --format json --lang de-DE "$WORK/en.txt"
expect_exit 0
expect_stdout_contains '"lang":"de"'

run summary --format json --lang pt_BR "$WORK/en.txt"
expect_exit 0
expect_stdout_contains '"lang":"pt"'

run summary --lang 12 "$WORK/en.txt"
expect_exit 2
expect_stderr_contains "language tag"

run summary --lang xx "$WORK/en.txt"
expect_exit 3
expect_stderr_contains "'xx' is not in the model"

mkdir "$WORK/dir" && cp "$WORK/de.txt" "$WORK/en.txt" "$WORK/dir/"
run batch --fields summary "$WORK/dir"
expect_exit 0
expect_stdout_contains '"lang":"de"'
expect_stdout_contains '"lang":"en"'

done_testing
