# cli_contract.sh — the behaviour every command shares (STYLE.md, convention 18): --help on
# stdout with exit 0 and the exit-code table; a usage error is one line naming the problem
# plus "Try 'precis CMD --help'" on stderr, exit 2, nothing on stdout; -V/--version; '-' is
# standard input; '--' ends options; a missing file is an error, never a fall-back to stdin;
# no input and a terminal on stdin gives a usage error instead of waiting.
. "$(dirname "$0")/lib.sh"

commands="split summary facts brief extract batch eval bench"

run --help
expect_exit 0
expect_stderr_empty
expect_stdout_contains "Usage: precis [COMMAND]"
for line in "0  success" "1  some inputs could not be processed" "2  usage error" \
  "3  the model could not be loaded" "4  reading input or writing output failed"; do
  expect_stdout_contains "$line"
done
for c in $commands; do
  expect_stdout_contains "  $c "
done

for c in $commands; do
  run "$c" --help
  expect_exit 0
  expect_stderr_empty
  expect_stdout_contains "Usage: precis $c "
  expect_stdout_contains "Exit status"
  run "$c" -h
  expect_exit 0
  expect_stdout_contains "Usage: precis $c "
done

# the man page names every long option of every command's --help
manpage="$(cd "$(dirname "$0")/../.." && pwd)/docs/precis.1"
for c in "" $commands; do
  run $c --help
  for opt in $(grep -oE -- '--[a-z][a-z-]*' "$WORK/out" | sort -u); do
    checks=$((checks + 1))
    grep -qF -- "$(printf '%s' "$opt" | sed 's/-/\\-/g')" "$manpage" ||
      fail "docs/precis.1 lacks $opt of 'precis $c --help'"
  done
done

# usage_error CMD PROBLEM: stderr is exactly the problem line and the pointer to --help
usage_error() {
  expect_exit 2
  expect_stdout ""
  checks=$((checks + 1))
  printf 'precis: %s: %s\nTry '"'"'precis %s --help'"'"' for more information.\n' "$1" "$2" "$1" >"$WORK/want"
  diff -u "$WORK/want" "$WORK/err" >/dev/null || fail "stderr was: $(cat "$WORK/err")"
}
for c in $commands; do
  run "$c" --no-such-option
  usage_error "$c" "unknown option '--no-such-option'"
done
run split --format
usage_error split "option '--format' needs a value"
run summary -f yaml x.txt
usage_error summary "unknown format 'yaml' (expected text, json, markdown, html)"
run brief a.txt b.txt
usage_error brief "expected one input file, got 2"
run eval
usage_error eval "expected REFERENCES [SYSTEM], got 0 file(s)"
run nosuchcommand
expect_exit 2
expect_stderr_contains "'nosuchcommand' is neither a command nor a file"
expect_stderr_contains "Try 'precis --help' for more information."

for v in -V --version; do
  run "$v"
  expect_exit 0
  expect_stderr_empty
  checks=$((checks + 1))
  grep -qE '^precis [0-9]+\.[0-9]+\.[0-9]+$' "$WORK/out" || fail "version line: $(cat "$WORK/out")"
done

# '-' is standard input, and so is no file at all when stdin is not a terminal
printf 'The ferry left at noon. It came back late.\n' >"$WORK/in.txt"
STDIN_FILE="$WORK/in.txt"
run split -
expect_exit 0
expect_stdout "$(printf 'The ferry left at noon.\nIt came back late.')"
run split
expect_exit 0
expect_stdout "$(printf 'The ferry left at noon.\nIt came back late.')"
run
expect_exit 0
expect_stdout_contains "The ferry left at noon."

# a missing file is an error even with text waiting on stdin
run summary "$WORK/absent.txt"
expect_exit 4
expect_stderr_contains "precis: $WORK/absent.txt: No such file or directory"
expect_stdout ""
STDIN_FILE=/dev/null

# a language the model lacks is a model/configuration error
run split --lang xx "$WORK/in.txt"
expect_exit 3
expect_stderr_contains "language 'xx' is not in the model"

# '--' ends options: a file whose name starts with '-'
cp "$WORK/in.txt" "$WORK/-n.txt"
abs_precis=$(cd "$(dirname "$PRECIS")" && pwd)/$(basename "$PRECIS")
(cd "$WORK" && "$abs_precis" split -- -n.txt >"$WORK/out" 2>"$WORK/err")
status=$?
last_cmd="precis split -- -n.txt"
expect_exit 0
expect_stdout "$(printf 'The ferry left at noon.\nIt came back late.')"

# stdin a terminal: refuse at once rather than wait (needs script(1) for a pseudo-terminal)
if command -v script >/dev/null 2>&1; then
  for c in split summary facts brief; do
    timeout 20 script -qec "$PRECIS $c" /dev/null >"$WORK/out" 2>&1
    status=$?
    last_cmd="precis $c (stdin a terminal)"
    expect_exit 2
    expect_stdout_contains "precis: $c: no input: give a FILE, or pipe text in"
  done
  # '-' named outright, and the commands that read JSONL: a usage error too, never exit 4,
  # and a one-line message rather than the whole usage text
  for c in "summary -" "batch" "batch -" "eval -" "eval refs.jsonl -"; do
    timeout 20 script -qec "$PRECIS $c" /dev/null >"$WORK/out" 2>&1
    status=$?
    last_cmd="precis $c (stdin a terminal)"
    expect_exit 2
    expect_stdout_contains "precis: ${c%% *}: "
    expect_stdout_lacks "Usage:"
  done
  timeout 20 script -qec "$PRECIS" /dev/null >"$WORK/out" 2>&1
  status=$?
  last_cmd="precis (stdin a terminal)"
  expect_exit 2
  expect_stdout_contains "Usage: precis"
else
  echo "skip: script(1) not found, terminal checks not run"
fi

done_testing
