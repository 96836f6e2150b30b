# golden.sh — golden-file tests for the brief and the facts.
#
# Each article tests/data/golden/<kind>.txt (prose written for precis: politics, business,
# sport, science, court, disaster, obituary, interview, press_release, wire; line_places and
# line_source_day, whose line must not take a place or a day from another clause;
# line_of_phrase, line_group and line_state, whose who keeps its "of" phrase and whose what
# is a state; and
# noline_column, noline_review, noline_quote, whose right brief has no fact line) has its
# expected outputs
# beside it:
#   <kind>.brief.txt   `precis brief FILE`   (the one-paragraph brief, default 80 words)
#   <kind>.facts.txt   `precis facts FILE`   (who / what / where / when / how many / quotes / sources)
# A difference fails with a diff. Besides the exact comparison, for every article:
#   - the Markdown brief is the text brief with the lead line in bold, and the JSON brief's
#     "brief" member is the text brief (the three formats say the same thing);
#   - with jq installed: every piece of evidence in `facts --format json` (when, how many,
#     quotes, speakers, sources) and every span of the brief's lead line is text found at its
#     byte offsets in the input, so nothing in the output is invented.
#
# Updating: after a deliberate change in the brief or the facts, regenerate the expected
# files and read the diff before committing it:
#   UPDATE_GOLDEN=1 bash golden.sh PATH/TO/precis && git diff tests/data/golden/
# In that mode the expected files are rewritten and only the consistency checks run.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

GOLDEN="$FIXTURES/golden"
UPDATE=${UPDATE_GOLDEN:-0}
have_jq=0
command -v jq >/dev/null 2>&1 && have_jq=1
[ "$have_jq" = 1 ] || echo "note: jq not installed; the byte-offset evidence checks are skipped"

# bytes FILE START END: the input's bytes [START, END), whitespace runs collapsed (the
# outputs show text with runs of whitespace as one space).
bytes() {
    tail -c +"$(($2 + 1))" "$1" | head -c "$(($3 - $2))" | tr -s ' \n\t' '   '
}

# check_spans FILE JSON JQ_FILTER: the filter yields lines "start<TAB>end<TAB>text"; each text
# must equal the input's bytes at those offsets.
check_spans() {
    local file=$1 json=$2 filter=$3 start end text got
    while IFS=$'\t' read -r start end text; do
        checks=$((checks + 1))
        got=$(bytes "$file" "$start" "$end")
        [ "$got" = "$text" ] || fail "$(basename "$file"): evidence [$start,$end) is '$got', output says '$text'"
    done < <(jq -r "$filter" "$json")
}

n_articles=0
for input in "$GOLDEN"/*.txt; do
    case "$input" in *.brief.txt | *.facts.txt) continue ;; esac
    kind=$(basename "$input" .txt)
    n_articles=$((n_articles + 1))
    for view in brief facts; do
        expected="$GOLDEN/$kind.$view.txt"
        run "$view" "$input"
        expect_exit 0
        expect_stderr_empty
        if [ "$UPDATE" = 1 ]; then
            cp "$WORK/out" "$expected"
            echo "updated $(basename "$expected")"
        elif [ -f "$expected" ]; then
            expect_stdout_file "$expected"
        else
            fail "missing $expected (run with UPDATE_GOLDEN=1 to create it)"
        fi
    done

    # Markdown: the text brief with its lead line (when there is one) in bold and Markdown's
    # own characters backslash-escaped.
    run brief "$input"
    cp "$WORK/out" "$WORK/text"
    run brief --format markdown "$input"
    expect_exit 0
    checks=$((checks + 1))
    sed -e 's/^\*\*\(\([^*\\]\|\\.\)*\)\*\* /\1 /' -e 's/\\\(.\)/\1/g' "$WORK/out" >"$WORK/md_plain"
    cmp -s "$WORK/text" "$WORK/md_plain" || fail "$kind: markdown brief differs from the text brief: $(diff "$WORK/text" "$WORK/md_plain" | head -c 600)"

    # The fact line (bold in Markdown): every story opens with one; the noline_* articles,
    # written so that no sentence at their top states an event (a column, a review, a lede
    # that is a quotation), open with their lead sentence instead.
    checks=$((checks + 1))
    case "$kind" in
    noline_*) ! grep -q '^\*\*' "$WORK/out" || fail "$kind: expected no fact line, got: $(head -c 200 "$WORK/out")" ;;
    *) grep -q '^\*\*' "$WORK/out" || fail "$kind: expected a fact line, got: $(head -c 200 "$WORK/out")" ;;
    esac

    if [ "$have_jq" = 1 ]; then
        run brief --format json "$input"
        expect_exit 0
        cp "$WORK/out" "$WORK/brief.json"
        checks=$((checks + 1))
        [ "$(jq -r .brief "$WORK/brief.json")" = "$(cat "$WORK/text")" ] ||
            fail "$kind: JSON brief differs from the text brief"
        # every lead-line span is input text, and appears in the lead line as written (a
        # place a dateline writes in capitals, "LISBON", the line writes as a name: case aside)
        lead=$(jq -r .lead.text "$WORK/brief.json")
        while IFS=$'\t' read -r start end; do
            checks=$((checks + 1))
            piece=$(bytes "$input" "$start" "$end")
            case "${lead,,}" in *"${piece,,}"*) ;; *) fail "$kind: lead span [$start,$end) '$piece' not in the lead line '$lead'" ;; esac
        done < <(jq -r '.lead.spans[] | "\(.[0])\t\(.[1])"' "$WORK/brief.json")

        run facts --format json "$input"
        expect_exit 0
        cp "$WORK/out" "$WORK/facts.json"
        check_spans "$input" "$WORK/facts.json" '.when[] | "\(.start)\t\(.end)\t\(.text)"'
        check_spans "$input" "$WORK/facts.json" '.how_many[] | "\(.start)\t\(.end)\t\(.text)"'
        check_spans "$input" "$WORK/facts.json" '.quotes[] | "\(.start)\t\(.end)\t\(.text)"'
        check_spans "$input" "$WORK/facts.json" '.quotes[] | select(.speaker != null) | .speaker | "\(.start)\t\(.end)\t\(.text)"'
        check_spans "$input" "$WORK/facts.json" '.sources[] | "\(.start)\t\(.end)\t\(.text)"'
        check_spans "$input" "$WORK/facts.json" '.who[] | select(.role != null) | "\(.role_start)\t\(.role_end)\t\(.role)"'
    fi
done

# The fixtures must be there: a glob that matched nothing would pass vacuously.
checks=$((checks + 1))
[ "$n_articles" -ge 13 ] || fail "expected at least 13 golden articles in $GOLDEN, found $n_articles"
done_testing
