# batch_collection.sh — --idf collection: the first pass counts the collection, and a line
# repeated across many documents of one source (site boilerplate) is never chosen, while the
# same line in another source, where it is not repeated, is left alone.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/batch_lib.sh"
cd "$WORK" || exit 1

BOILER="Follow the Valley Courier on every platform for more local news."
for i in $(seq 1 8); do
    printf '{"id":"site-%d","text":"%s\\n%s"}\n' "$i" "$BOILER" "$(make_doc "$i")"
done >site.jsonl
{
    printf '{"id":"other-1","text":"%s\\n%s"}\n' "$BOILER" "$(make_doc 20)"
    for i in $(seq 2 8); do printf '{"id":"other-%d","text":"%s"}\n' "$i" "$(make_doc "$((i + 20))")"; done
} >other.jsonl

# The lead method takes the first sentences: without the collection pass it takes the line.
run batch -m lead -n 2 --fields summary site.jsonl other.jsonl
expect_exit 0
check "lead picks the repeated line without --idf collection" $([ "$(grep -c "$BOILER" "$WORK/out")" -eq 9 ]; echo $?)

run batch --idf collection -m lead -n 2 --fields summary site.jsonl other.jsonl
expect_exit 0
json_lines_ok "$WORK/out"; check "output parses" $?
check "boilerplate never chosen in its own source" $(! grep "site-" "$WORK/out" | grep -qF "$BOILER"; echo $?)
check "the same line in another source is kept" $(grep '"id":"other-1"' "$WORK/out" | grep -qF "$BOILER"; echo $?)
check "summaries still have two sentences" $([ "$(json_field "$WORK/out" '(.summary.sentences|length)' | sort -u)" = 2 ]; echo $?)
expect_stderr_contains "collection: 16 documents"
# Byte offsets still point into the original text: the first chosen sentence of site-1
# starts after the blanked line and its newline.
start=$(json_field "$WORK/out" .summary.sentences | head -1 | grep -o '"start": *[0-9]*' | head -1 | grep -o '[0-9]*$')
check "offsets are into the original text (start ${start:-?} > ${#BOILER})" $([ "${start:-0}" -gt "${#BOILER}" ]; echo $?)

done_testing
