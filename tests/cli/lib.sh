# lib.sh — helpers for CLI tests. Each test script is run as `bash NAME.sh PATH/TO/precis`
# from tests/cli/, sources this file, and calls `run` then `expect_*`. A failed expectation
# prints what differed and the script exits 1 at the end (all checks of a script run).
set -u
PRECIS=${1:?usage: $0 PATH/TO/precis}
FIXTURES=$(cd "$(dirname "${BASH_SOURCE[0]}")/../data" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0
checks=0

# run ARGS... : runs precis with stdin from $STDIN_FILE (default /dev/null), keeps
# stdout in $WORK/out, stderr in $WORK/err and the exit code in $status.
run() {
    "$PRECIS" "$@" <"${STDIN_FILE:-/dev/null}" >"$WORK/out" 2>"$WORK/err"
    status=$?
    last_cmd="precis $*"
}

fail() {
    failures=$((failures + 1))
    echo "FAIL: $last_cmd: $*" >&2
}

expect_exit() {
    checks=$((checks + 1))
    [ "$status" -eq "$1" ] || fail "exit $status, expected $1 (stderr: $(head -c 300 "$WORK/err"))"
}

# expect_stdout FILE_OR_STRING: exact comparison with a file under tests/data or a string.
expect_stdout_file() {
    checks=$((checks + 1))
    diff -u "$1" "$WORK/out" >"$WORK/diff" || fail "stdout differs from $1: $(head -c 1500 "$WORK/diff")"
}
expect_stdout() {
    checks=$((checks + 1))
    [ "$(cat "$WORK/out")" = "$1" ] || fail "stdout was: $(head -c 600 "$WORK/out")"
}
expect_stdout_contains() {
    checks=$((checks + 1))
    grep -qF -- "$1" "$WORK/out" || fail "stdout lacks '$1': $(head -c 600 "$WORK/out")"
}
expect_stdout_lacks() {
    checks=$((checks + 1))
    ! grep -qF -- "$1" "$WORK/out" || fail "stdout has '$1'"
}
expect_stderr_contains() {
    checks=$((checks + 1))
    grep -qF -- "$1" "$WORK/err" || fail "stderr lacks '$1': $(head -c 600 "$WORK/err")"
}
expect_stderr_empty() {
    checks=$((checks + 1))
    [ ! -s "$WORK/err" ] || fail "stderr not empty: $(head -c 600 "$WORK/err")"
}

# done_testing: prints the tally and sets the exit status.
done_testing() {
    echo "$((checks - failures)) passed, $failures failed"
    [ "$failures" -eq 0 ]
}
