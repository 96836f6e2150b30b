# brief_agrees.sh — one article, one brief: `precis FILE`, `precis brief`, `precis brief -f
# json` and `precis batch` (with and without the summary beside it) give the same brief for
# every golden article and the bundled example (#15: the brief sets its own budget).
. "$(dirname "$0")/lib.sh"

for f in "$FIXTURES"/golden/*.txt "$FIXTURES"/../../examples/harbour-strike.txt; do
    case $f in *.facts.txt | *.brief.txt) continue ;; esac
    run "$f"
    expect_exit 0
    plain=$(cat "$WORK/out")
    run brief "$f"
    checks=$((checks + 1))
    [ "$(cat "$WORK/out")" = "$plain" ] || fail "$(basename "$f"): precis brief differs from precis FILE"
    run brief -f json "$f"
    checks=$((checks + 1))
    [ "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["brief"])' "$WORK/out")" = "$plain" ] ||
        fail "$(basename "$f"): the JSON brief differs from the text one"
    for fields in brief summary,brief,facts; do
        run batch --fields "$fields" "$f"
        checks=$((checks + 1))
        [ "$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["brief"]["brief"])' "$WORK/out")" = "$plain" ] ||
            fail "$(basename "$f"): precis batch --fields $fields gives another brief"
    done
done

done_testing
