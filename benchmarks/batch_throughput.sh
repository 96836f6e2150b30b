#!/usr/bin/env bash
# batch_throughput.sh — throughput, scaling and memory of `precis batch`, and a side-by-side
# with Debian's `ots` (Open Text Summarizer, one process per article).
#
#   bash benchmarks/batch_throughput.sh [PATH/TO/precis]
#
# Builds a JSONL of at least BATCH_BENCH_MB (default 100) MB by repeating the summ/ sets of
# ../shared/data (read at run time, written to a temporary directory, deleted at the end),
# runs `precis batch --fields summary,brief,facts` at -j 1 and -j 2 under /usr/bin/time -v,
# and prints docs/s, MB/s, the speed-up and the peak RSS.
# BATCH_BENCH_MEMORY_MB=1000 also streams that many MB through `precis batch -` from a pipe
# (no file) and prints the peak RSS: the target is < 200 MB for 1 GB of input.
# Targets (docs/BATCH.md): >= 2,000 docs/s at -j 2, speed-up >= 1.8x.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
PRECIS=${1:-$HERE/../build/precis}
DATA=${PRECIS_DATA:-$HERE/../../shared/data}
MB=${BATCH_BENCH_MB:-100}
OTS_DOCS=${BATCH_BENCH_OTS_DOCS:-300}
FIELDS=${BATCH_BENCH_FIELDS:-summary,brief,facts}

if [ ! -x "$PRECIS" ]; then
    echo "batch_throughput: no precis binary at $PRECIS (pass its path)" >&2
    exit 2
fi
shopt -s nullglob
SETS=("$DATA"/summ/*.jsonl)
if [ ${#SETS[@]} -eq 0 ]; then
    echo "batch_throughput: SKIPPED: no evaluation data in $DATA/summ (set PRECIS_DATA)"
    exit 0
fi
if [ ! -x /usr/bin/time ]; then
    echo "batch_throughput: /usr/bin/time is missing (apt-get install time)" >&2
    exit 2
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# Only id and text go in: the benchmark measures the pipeline, not jq-free field copying.
one_copy() {
    if command -v jq >/dev/null 2>&1; then
        cat "${SETS[@]}" | jq -c '{id, text}'
    else
        cat "${SETS[@]}" | python3 -c 'import json,sys
for l in sys.stdin:
    o = json.loads(l); print(json.dumps({"id": o.get("id"), "text": o.get("text", "")}, ensure_ascii=False))'
    fi
}
one_copy >"$TMP/one.jsonl"
ONE=$(wc -c <"$TMP/one.jsonl")
COPIES=$(((MB * 1000000 + ONE - 1) / ONE))
for ((i = 0; i < COPIES; i++)); do cat "$TMP/one.jsonl"; done >"$TMP/in.jsonl"
DOCS=$(wc -l <"$TMP/in.jsonl")
BYTES=$(wc -c <"$TMP/in.jsonl")
echo "input: $DOCS documents, $(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB" \
    "($COPIES copies of ${SETS[*]##*/})"
echo "fields: $FIELDS; machine: $(nproc) cores"

# run J: sets SECS and RSS_MB.
run() {
    /usr/bin/time -v -o "$TMP/time" "$PRECIS" batch -q -j "$1" --fields "$FIELDS" "$TMP/in.jsonl" >"$TMP/out" 2>"$TMP/err"
    local rc=$?
    if [ $rc -gt 1 ]; then
        echo "precis batch -j $1 failed ($rc): $(head -c 300 "$TMP/err")" >&2
        exit 1
    fi
    SECS=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$TMP/time")
    RSS_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$TMP/time")
    # CPU seconds (user + system): on a shared machine wall time says little about scaling,
    # equal CPU per document at -j 1 and -j 2 says the threads do not get in each other's way.
    CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$TMP/time")
    LINES=$(wc -l <"$TMP/out")
    FAILED=$(grep -c '"error":' "$TMP/out")
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) (figures need the cores free)"
printf '%-6s %10s %10s %8s %10s %12s %12s\n' jobs seconds docs/s MB/s "peak RSS" "failed docs" "CPU ms/doc"
for j in 1 2; do
    run "$j"
    [ "$LINES" -eq "$DOCS" ] || echo "warning: $LINES lines for $DOCS documents" >&2
    eval "S$j=$SECS"
    printf '%-6s %10.2f %10.0f %8.1f %8s MB %12s %12s\n' "-j $j" "$SECS" \
        "$(awk -v d="$DOCS" -v s="$SECS" 'BEGIN { print d / s }')" \
        "$(awk -v b="$BYTES" -v s="$SECS" 'BEGIN { print b / 1e6 / s }')" "$RSS_MB" "$FAILED" \
        "$(awk -v c="$CPU" -v d="$DOCS" 'BEGIN { printf "%.3f", c * 1000 / d }')"
done
awk -v a="$S1" -v b="$S2" 'BEGIN { printf "speed-up -j 2 over -j 1: %.2fx (target >= 1.8x)\n", a / b }'

if [ -n "${BATCH_BENCH_MEMORY_MB:-}" ]; then
    COPIES=$(((BATCH_BENCH_MEMORY_MB * 1000000 + ONE - 1) / ONE))
    # From a pipe: the input never exists as a file; memory must not grow with it.
    /usr/bin/time -v -o "$TMP/time" bash -c 'for ((i = 0; i < '"$COPIES"'; i++)); do cat "$0"; done |
        "$1" batch -q -j 2 --fields "$2" - >/dev/null' "$TMP/one.jsonl" "$PRECIS" "$FIELDS" 2>/dev/null
    awk -F': ' -v mb="$((COPIES * ONE / 1000000))" '/Maximum resident set size/ {
        printf "memory: %s MB of JSONL through a pipe, peak RSS %.1f MB (target < 200 MB)\n", mb, $2 / 1024 }' "$TMP/time"
fi

# ---- ots side by side ------------------------------------------------------------------------------
if ! command -v ots >/dev/null 2>&1; then
    echo "ots: not installed (apt-get install ots): comparison skipped"
    exit 0
fi
mkdir -p "$TMP/ots"
head -n "$OTS_DOCS" "$TMP/one.jsonl" >"$TMP/ots.jsonl"
if command -v jq >/dev/null 2>&1; then
    i=0
    while IFS= read -r line; do
        i=$((i + 1))
        printf '%s\n' "$line" | jq -r '.text' >"$TMP/ots/$i.txt"
    done <"$TMP/ots.jsonl"
else
    python3 -c 'import json,sys
for i, l in enumerate(open(sys.argv[1]), 1):
    open("%s/%d.txt" % (sys.argv[2], i), "w").write(json.loads(l)["text"])' "$TMP/ots.jsonl" "$TMP/ots"
fi
start=$(date +%s.%N)
for f in "$TMP"/ots/[0-9]*.txt; do ots --ratio=40 "$f" >"${f%.txt}.ots" 2>/dev/null; done
end=$(date +%s.%N)
OTS_RATE=$(awk -v n="$OTS_DOCS" -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", n / (b - a) }')
start=$(date +%s.%N)
"$PRECIS" batch -q -j 1 -r 0.4 --fields summary "$TMP/ots.jsonl" >"$TMP/precis_sys.out"
end=$(date +%s.%N)
P1=$(awk -v n="$OTS_DOCS" -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", n / (b - a) }')
start=$(date +%s.%N)
"$PRECIS" batch -q -j 2 -r 0.4 --fields summary "$TMP/ots.jsonl" >/dev/null
end=$(date +%s.%N)
P2=$(awk -v n="$OTS_DOCS" -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", n / (b - a) }')
echo "side by side on $OTS_DOCS articles, 40% extracts:"
echo "  ots --ratio=40, one process per article:      $OTS_RATE docs/s"
echo "  precis batch -r 0.4 --fields summary -j 1:    $P1 docs/s"
echo "  precis batch -r 0.4 --fields summary -j 2:    $P2 docs/s"

# ROUGE of both on the same articles, scored by precis eval against the set's references
# (the articles come first from bbc_dev, whose references are 40% extracts).
python3 - "$TMP/ots.jsonl" "$TMP/ots" "$TMP/precis_sys.out" "$DATA/summ/bbc_dev.jsonl" "$DATA/summ/cnndm_dev.jsonl" \
    "$TMP/refs.jsonl" "$TMP/ots_sys.jsonl" "$TMP/precis_sys.jsonl" <<'PY'
import json, sys
arts, otsdir, pout, bbc, cnn, refs, osys, psys = sys.argv[1:9]
ids = [json.loads(l)["id"] for l in open(arts)]
want = set(ids)
ref = {}
for f in (bbc, cnn):
    for l in open(f):
        d = json.loads(l)
        if d["id"] in want:
            ref[d["id"]] = d["summaries"]
with open(refs, "w") as r, open(osys, "w") as o:
    for i, doc_id in enumerate(ids, 1):
        r.write(json.dumps({"id": doc_id, "summaries": ref[doc_id]}) + "\n")
        text = open("%s/%d.ots" % (otsdir, i), errors="replace").read()
        o.write(json.dumps({"id": doc_id, "summary": " ".join(text.split())}) + "\n")
with open(psys, "w") as p:
    for l in open(pout):
        d = json.loads(l)
        p.write(json.dumps({"id": d["id"], "summary": [s["text"] for s in d["summary"]["sentences"]]}) + "\n")
PY
rouge_line() {
    "$PRECIS" eval -f json "$TMP/refs.jsonl" "$1" 2>/dev/null | python3 -c 'import json,sys
j = json.load(sys.stdin)
m = j.get("metrics", j)
def f(k):
    x = m[k]["f"] if "f" in m[k] else m[k]
    return 100 * (x["average"] if isinstance(x, dict) else x)
print("R-1 %.2f  R-2 %.2f" % (f("rouge1"), f("rouge2")))' 2>/dev/null || echo "(not scored)"
}
echo "ROUGE F1 on the same articles (precis eval, ROUGE-1.5.5 settings):"
echo "  ots --ratio=40:                               $(rouge_line "$TMP/ots_sys.jsonl")"
echo "  precis batch -r 0.4:                          $(rouge_line "$TMP/precis_sys.jsonl")"
