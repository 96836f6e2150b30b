#!/usr/bin/env bash
# rouge_check.sh — checks `precis eval` against the Perl ROUGE-1.5.5's own figures in
# ../shared/data/summ/rouge-check (ROUGE-1.5.5.pl -c 95 -m -n 2 -a -2 4 -u, lead-3 of
# cnndm_dev): every per-document P/R/F of ROUGE-1, -2, -L and -SU4, and the averages ROUGE
# printed (bootstrap "Average", plain mean, the R-1 F interval). Prints the largest difference
# per metric (x100) and exits 1 when one exceeds 0.05 points.
#
# Usage: benchmarks/rouge_check.sh [PATH/TO/precis] [DATA_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
precis=${1:-$here/../build/precis}
data=${2:-${PRECIS_DATA:-$here/../../shared/data}}/summ/rouge-check
if [ ! -f "$data/cnndm_dev.lead3.jsonl" ]; then
    echo "rouge_check: no data at $data (../shared/data/summ/rouge-check); nothing checked" >&2
    exit 0
fi
if [ ! -x "$precis" ]; then
    echo "rouge_check: $precis is not an executable precis; pass its path" >&2
    exit 2
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
start=$(date +%s.%N)
"$precis" eval --per-doc --format json "$data/cnndm_dev.lead3.jsonl" >"$out"
end=$(date +%s.%N)
python3 - "$out" "$data/cnndm_dev.lead3.perdoc.jsonl" "$start" "$end" <<'EOF'
import json, sys
ours = json.load(open(sys.argv[1]))
perdoc = {}
for line in open(sys.argv[2]):
    if line.strip():
        o = json.loads(line)
        perdoc[o["id"]] = o
names = [("rouge1", "rouge1", "ROUGE-1"), ("rouge2", "rouge2", "ROUGE-2"),
         ("rougeL", "rougeL", "ROUGE-L"), ("rougeSU4", "rougeSU4", "ROUGE-SU4")]
mine = {d["id"]: d for d in ours["per_doc"]}
missing = set(perdoc) - set(mine)
worst_all = 0.0
print(f"{len(mine)} documents scored, {len(perdoc)} in ROUGE-1.5.5's per-document file, "
      f"{len(missing)} missing; {float(sys.argv[4]) - float(sys.argv[3]):.2f} s")
print(f"{'metric':10} {'max |diff| per doc (P/R/F)':>28} {'docs off':>9}  {'Average F':>10} {'ROUGE':>8}"
      f"  {'mean F':>8} {'ROUGE':>8}")
# ROUGE-1.5.5's printed averages (F x100) and plain means, from rouge-check/README.md.
rouge_avg = {"rouge1": (41.647, 41.670), "rouge2": (18.979, 18.973), "rougeL": (37.689, 37.710),
             "rougeSU4": (19.641, 19.633)}
for ours_key, ref_key, label in names:
    worst, off = 0.0, 0
    for i, ref in perdoc.items():
        if i not in mine:
            continue
        d = max(abs(mine[i][ours_key][k] - ref[ref_key][k]) * 100 for k in "prf")
        worst = max(worst, d)
        off += d > 1e-9
    f = ours["metrics"][ours_key]["f"]
    a, m = rouge_avg[ours_key]
    worst = max(worst, abs(100 * f["average"] - a) - 0.0005, abs(100 * f["mean"] - m) - 0.0005, 0)
    worst_all = max(worst_all, worst)
    print(f"{label:10} {worst:28.5f} {off:9d}  {100 * f['average']:10.3f} {a:8.3f}  {100 * f['mean']:8.3f} {m:8.3f}")
ci = ours["metrics"]["rouge1"]["f"]["ci"]
print(f"ROUGE-1 F 95% interval: {100 * ci[0]:.3f} - {100 * ci[1]:.3f} (ROUGE-1.5.5: 40.170 - 43.166)")
print(f"largest difference: {worst_all:.5f} points (tolerance 0.05)")
sys.exit(1 if worst_all > 0.05 or missing else 0)
EOF
