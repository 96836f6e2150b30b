# docs_agree.sh — README, --help and the man page agree with the program: the man page's
# footer carries the version --version prints; every language of the built-in model (as
# --help lists it) is named in the README; split --help names every member split's JSON
# has; the man page's DIAGNOSTICS describe the messages as they are; docs/BATCH.md's jq
# example prints text. (cli_contract.sh checks that the man page has every option of every
# --help.)
. "$(dirname "$0")/lib.sh"

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
MAN="$ROOT/docs/precis.1"
README="$ROOT/README.md"

run --version
version=$(sed 's/^precis //' "$WORK/out")
checks=$((checks + 1))
grep -q "^\.TH PRECIS 1 \"[0-9]*\" \"precis $version\"" "$MAN" || fail "docs/precis.1 footer is not 'precis $version': $(grep '^\.TH' "$MAN")"

# languages: the list --help prints comes from precis_model_languages()
run split --help
langs=$(tr -s ' \n' '  ' <"$WORK/out" | grep -oE 'model has data for [a-z,]+' | sed 's/.* for //')
checks=$((checks + 1))
[ -n "$langs" ] || fail "no language list in split --help"
for l in ${langs//,/ }; do
    checks=$((checks + 1))
    grep -qE "(^|[^a-z\`])$l([^a-z]|$)" <(sed -n '/--lang/,/languages)/p' "$README") ||
        fail "README's languages lack '$l' (the model has $langs)"
done

# split --help names the members of split's JSON
run split -f jsonl "$FIXTURES/golden/wire.txt"
for k in $(head -1 "$WORK/out" | grep -oE '"[a-z_]+":' | tr -d '":' | sort -u); do
    run split --help
    expect_stdout_contains "\"$k\""
done

# messages start "precis: " and what they are about; the man page says so, not "precis: input:"
checks=$((checks + 1))
! grep -q 'precis: " input' "$MAN" || fail "docs/precis.1 DIAGNOSTICS still says messages start 'precis: input:'"
run facts /nonexistent/article.txt
expect_stderr_contains "precis: /nonexistent/article.txt: "
run facts -n 3 "$FIXTURES/golden/wire.txt"
expect_stderr_contains "precis: facts: option '-n' does not apply to facts"

# docs/BATCH.md: the jq line of its examples prints the summary's sentences as text
if command -v jq >/dev/null 2>&1; then
    line=$(grep -F 'jq -r' "$ROOT/docs/BATCH.md" | head -1)
    filter=$(printf '%s' "$line" | sed -E "s/.*jq -r '([^']*)'.*/\1/")
    printf '{"id":"a","text":"The ferry left the harbour at noon. It carried forty people across the bay."}\n' >"$WORK/in.jsonl"
    last_cmd="precis batch - | jq -r '$filter' (docs/BATCH.md)"
    "$PRECIS" batch -q - <"$WORK/in.jsonl" | jq -r "$filter" >"$WORK/out" 2>"$WORK/err"
    status=$?
    expect_exit 0
    expect_stdout_contains "The ferry left the harbour at noon."
    expect_stdout_lacks "{"
else
    echo "skip: jq not installed, the docs/BATCH.md jq example not run"
fi

done_testing
