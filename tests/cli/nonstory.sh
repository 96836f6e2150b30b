# nonstory.sh — captions, credits, share widgets and reader comments are not story: they are
# left out of summaries, facts and briefs, and the JSON views say which sentences were left
# out and why. A page of nothing but comments gives an empty brief and summary, with a
# warning on standard error. Fixtures (tests/data/nonstory/) are written for these tests.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DATA="$FIXTURES/nonstory"
command -v jq >/dev/null || { echo "skipped: jq not installed"; exit 0; }

# why FILE INDEX: the reason the facts JSON gives for sentence INDEX, or "story"
why() {
    jq -r --argjson i "$2" '[.left_out[] | select(.index == $i) | .why][0] // "story"' "$1"
}
expect_why() { # FILE INDEX REASON
    checks=$((checks + 1))
    local got
    got=$(why "$1" "$2")
    [ "$got" = "$3" ] || fail "sentence $2: left out as '$got', expected '$3'"
}

# Captions and credit lines: the people in a caption are not the story's people.
run facts --format json "$DATA/captions.txt"
expect_exit 0
cp "$WORK/out" "$WORK/captions.json"
expect_why "$WORK/captions.json" 1 story
expect_why "$WORK/captions.json" 3 caption # "... on the estuary (pictured)"
expect_why "$WORK/captions.json" 4 credit  # "Photo: Dana Whitlock/Coastal Press Agency"
expect_why "$WORK/captions.json" 8 caption # "... (left) and ... (right) watch ..."
expect_why "$WORK/captions.json" 9 caption # "A picture of the old sea wall provided by ..."
expect_why "$WORK/captions.json" 10 story
expect_why "$WORK/captions.json" 11 credit  # "Coastal Press Agency/Getty Images"
checks=$((checks + 1))
jq -e '.no_story == false' "$WORK/captions.json" >/dev/null || fail "captions: no_story should be false"
run facts "$DATA/captions.txt"
expect_stdout_contains "Marta Ives"
expect_stdout_lacks "Tomas Brandt"
expect_stdout_lacks "Priya Okafor"
expect_stderr_empty
run brief "$DATA/captions.txt"
expect_stdout_contains "The town of Millbridge opened its new tidal barrier"
expect_stdout_lacks "pictured"
expect_stdout_lacks "Whitlock"

# A share bar opening the text (as XSum pages do) and widgets closing it.
run summary --format json -n 4 "$DATA/widgets.txt"
expect_exit 0
cp "$WORK/out" "$WORK/widgets.json"
for i in 0 1 2 3 4 5 11 12; do
    expect_why "$WORK/widgets.json" "$i" widget
done
expect_why "$WORK/widgets.json" 6 story
run summary -n 4 "$DATA/widgets.txt"
expect_stdout_contains "Scientists at Northfield University have grown tomato plants"
expect_stdout_lacks "external links"
expect_stdout_lacks "Facebook"

# A share bar on one long line and a video prompt run into a caption: the splitter parts
# them from the story, and neither reaches the summary.
run summary --format json -n 3 "$DATA/glued_widgets.txt"
expect_exit 0
cp "$WORK/out" "$WORK/glued.json"
expect_why "$WORK/glued.json" 0 widget
expect_why "$WORK/glued.json" 1 story
expect_why "$WORK/glued.json" 2 story
expect_why "$WORK/glued.json" 3 widget  # "Scroll down for video"
expect_why "$WORK/glued.json" 4 caption # "Long bake: ... (left) ... on a plank"
expect_why "$WORK/glued.json" 5 story
expect_why "$WORK/glued.json" 6 plea    # "... by clicking here."
run summary -n 3 "$DATA/glued_widgets.txt"
expect_stdout_contains "A bakery in Hollin Bridge has baked a loaf two metres long"
expect_stdout_lacks "Share this"
expect_stdout_lacks "Scroll down"
expect_stdout_lacks "clicking here"

# Reader comments appended below the article.
run brief --format json "$DATA/comment_tail.txt"
expect_exit 0
cp "$WORK/out" "$WORK/tail.json"
expect_why "$WORK/tail.json" 6 story
for i in 7 8 9 10 11 12 13 14 15; do
    expect_why "$WORK/tail.json" "$i" comment
done
run brief "$DATA/comment_tail.txt"
expect_stdout_contains "The Kelby Silver Band won the national brass band championship"
expect_stdout_lacks "joking"
expect_stdout_lacks "who even cares"
expect_stderr_empty

# A page of nothing but comments: no brief, no summary, and a warning.
for view in brief summary; do
    run "$view" "$DATA/comments_only.txt"
    expect_exit 0
    checks=$((checks + 1))
    [ -z "$(tr -d ' \n' <"$WORK/out")" ] || fail "$view of comments only: $(head -c 300 "$WORK/out")"
    expect_stderr_contains "warning: no story"
done
run brief --format json "$DATA/comments_only.txt"
checks=$((checks + 1))
jq -e '.no_story == true and .brief == "" and (.sentences | length) == 0 and
       ([.left_out[].why] | all(. == "comment")) and (.left_out | length) == 11' "$WORK/out" >/dev/null ||
    fail "comments only, brief JSON: $(head -c 400 "$WORK/out")"

# --explain gives each sentence's reason (null for story).
run summary --explain --format json "$DATA/comment_tail.txt"
checks=$((checks + 1))
jq -e '.sentences[1].why == null and .sentences[15].why == "comment"' "$WORK/out" >/dev/null ||
    fail "explain: why per sentence missing"

done_testing
