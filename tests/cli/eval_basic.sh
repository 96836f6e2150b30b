# eval_basic.sh — precis eval on hand-scored fixtures (tests/data/eval). Expected figures were
# worked out by hand: d1 "The cat sat on the mat." against "The cat lay on the mat.": R-1 5/6,
# R-2 3/5, R-L 5/6, SU4 14/20. d2 (stems the council approv a bridg work start soon against
# the council approv the new bridg work start in may): R-1 R 6/10 P 6/8, R-2 R 4/9 P 4/7.
source ./lib.sh "$@"
E=$FIXTURES/eval

run eval --format json --per-doc "$E/refs.jsonl" "$E/sys.jsonl"
expect_exit 0
expect_stderr_empty
expect_stdout_contains '"documents":2,"left_out":0,"problems":0'
expect_stdout_contains '{"id":"d1","words":0,"rouge1":{"p":0.83333,"r":0.83333,"f":0.83333},"rouge2":{"p":0.6,"r":0.6,"f":0.6},"rougeL":{"p":0.83333,"r":0.83333,"f":0.83333},"rougeSU4":{"p":0.7,"r":0.7,"f":0.7}}'
expect_stdout_contains '{"id":"d2","words":0,"rouge1":{"p":0.75,"r":0.6,"f":0.66667},"rouge2":{"p":0.57143,"r":0.44444,"f":0.5}'
# the plain mean of the two R-1 F values: (0.83333 + 0.66667) / 2
expect_stdout_contains '"f":{"average":0.75,"mean":0.75,"ci":[0.66667,0.83333]}'

# The table for a person, documents in reference order.
run eval --per-doc "$E/refs.jsonl" "$E/sys.jsonl"
expect_exit 0
expect_stdout_contains '2 documents'
expect_stdout_contains 'ROUGE-SU4'
expect_stdout_contains 'd1                                           83.333     60.000     83.333     70.000'

# One file holding summary and references; a reference run together at "bridge.Work" is split
# into two sentences, so ROUGE-L is the same as with the sentences given apart.
run eval --format json --per-doc "$E/combined.jsonl"
expect_exit 0
expect_stdout_contains '{"id":"d2","words":0,"rouge1":{"p":0.75,"r":0.6,"f":0.66667},"rouge2":{"p":0.57143,"r":0.44444,"f":0.5},"rougeL":{"p":0.75,"r":0.6,"f":0.66667}'

# Without stemming "approved" still matches, so d2 is unchanged; -l 3 keeps "The cat sat".
run eval --format json --per-doc --words 3 "$E/refs.jsonl" "$E/sys.jsonl"
expect_exit 0
expect_stdout_contains '{"id":"d1","words":3,"rouge1":{"p":0.66667,"r":0.66667,"f":0.66667}'
expect_stdout_contains '"max_words":3'

# ROUGE-1 only with -n 1; the skip distance shows in the label.
run eval -n 1 --skip 2 "$E/refs.jsonl" "$E/sys.jsonl"
expect_exit 0
expect_stdout_contains 'ROUGE-SU2'
expect_stdout_lacks 'ROUGE-2 '

done_testing
