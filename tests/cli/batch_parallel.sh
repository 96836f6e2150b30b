# batch_parallel.sh — the scaling-out recipe of docs/BATCH.md works: GNU parallel cuts JSONL
# on standard input into blocks of whole lines, runs `precis batch -` on each and, with
# --keep-order, gives byte-for-byte the output of one plain run.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/batch_lib.sh"
cd "$WORK" || exit 1

if ! command -v parallel >/dev/null 2>&1; then
    echo "SKIP: GNU parallel is not installed (apt-get install parallel)"
    exit 0
fi

make_jsonl docs.jsonl 2500
"$PRECIS" batch -q - <docs.jsonl >plain.jsonl
check "plain run" $?

# -N 1000: blocks of 1000 records. Each block's records are numbered from 1 again, so every
# record carries its own id (ids from the file's line numbers would differ).
parallel --will-cite --pipe --keep-order -N 1000 "$PRECIS" batch -q - <docs.jsonl >parallel.jsonl
check "parallel run" $?
check "byte-identical to the plain run" $(cmp -s plain.jsonl parallel.jsonl; echo $?)
check "2500 lines" $([ "$(wc -l <parallel.jsonl)" -eq 2500 ]; echo $?)

# --block splits by size; whole lines are kept whole.
parallel --will-cite --pipe --keep-order --block 200k "$PRECIS" batch -q -j 1 - <docs.jsonl >blocks.jsonl
check "--block run byte-identical" $(cmp -s plain.jsonl blocks.jsonl; echo $?)

done_testing
