# facts_slots.sh — the facts' text view prints only the slots with something in them: no
# empty "what:" or "sources:" row, and "quotes:" only above quotes.
. "$(dirname "$0")/lib.sh"

for a in "$FIXTURES"/golden/*.txt; do
    case "$a" in *.brief.txt | *.facts.txt) continue ;; esac
    run facts "$a"
    expect_exit 0
    checks=$((checks + 1))
    ! grep -qE '^(who|what|where|when|how many|sources): *$' "$WORK/out" || fail "empty row in facts of $(basename "$a"): $(grep -E '^[a-z ]+: *$' "$WORK/out")"
    if grep -q '^quotes:$' "$WORK/out"; then
        checks=$((checks + 1))
        grep -A1 '^quotes:$' "$WORK/out" | grep -q '^  - ' || fail "a quotes row without quotes in $(basename "$a")"
    fi
done

# no sources in the text: no sources row (business.txt names none)
run facts "$FIXTURES/golden/business.txt"
expect_stdout_lacks "sources:"
expect_stdout_contains "who:      Gwen Castell"

# a text with no facts: nothing on stdout, nothing made up
printf 'It was quiet all day.\n' >"$WORK/hello.txt"
run facts "$WORK/hello.txt"
expect_exit 0
expect_stdout ""

# a language without fact data: empty view and the warning
printf 'Der Zug fährt um acht Uhr ab. Er kommt heute sehr spät in Berlin an.\n' >"$WORK/de.txt"
run facts --lang de "$WORK/de.txt"
expect_exit 0
expect_stdout ""
expect_stderr_contains "warning: no fact data for language 'de'; facts left out"

done_testing
