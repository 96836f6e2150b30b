# split_tokenized.sh — `precis split` on tokenized (PTB-style) news copy: spaced full stops,
# split clitics ('s 'd n't), `` '' and spaced ' quotation marks, -LRB- brackets; then
# citation markers and text that is only punctuation. The fixture is prose written for
# precis.
. "$(dirname "$0")/lib.sh"
TOK="$FIXTURES/split/tokenized.txt"

run split "$TOK"
expect_exit 0
expect_stdout_file "$FIXTURES/split/tokenized.expected"
expect_stderr_empty

# a footnote marker ends with its sentence, and the offsets bracket it
printf 'The dam held until 1952.[3] A new one was built.' >"$WORK/cite.txt"
run split --format jsonl "$WORK/cite.txt"
expect_exit 0
expect_stdout_contains '{"text":"The dam held until 1952.[3]","start":0,"end":27,"paragraph":0,"schema":"precis/sentence/1"}'
expect_stdout_contains '{"text":"A new one was built.","start":28,"end":48,"paragraph":0,"schema":"precis/sentence/1"}'

# text that is only punctuation comes back whole, as one sentence
printf '?! ...' >"$WORK/punct.txt"
run split --format jsonl "$WORK/punct.txt"
expect_exit 0
expect_stdout '{"text":"?! ...","start":0,"end":6,"paragraph":0,"schema":"precis/sentence/1"}'

done_testing
