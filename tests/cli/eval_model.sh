# eval_model.sh — differential test of precis eval against tests/data/eval/rouge155_model.py,
# an independent model of ROUGE-1.5.5's reading rules, on random texts with several references
# and word/byte limits (fixed seeds, so the same texts every run).
source ./lib.sh "$@"
if ! command -v python3 >/dev/null; then
    echo "eval_model: python3 is missing" >&2
    exit 1
fi
for seed in 1 2; do
    python3 "$FIXTURES/eval/rouge155_model.py" "$PRECIS" "$seed" 25 "$WORK" >"$WORK/out" 2>"$WORK/err"
    status=$?
    last_cmd="rouge155_model.py seed $seed"
    expect_exit 0
    expect_stdout "mismatches: 0"
done
done_testing
