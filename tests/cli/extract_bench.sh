# extract_bench.sh — the extraction benchmark's scorers (benchmarks/extract_score.py) on a
# fixture of our own, where the right figures can be worked out by hand:
#   - snippets: a page whose "with" snippets are all found and "without" snippets all
#     absent scores 1; one missed and one boilerplate snippet found give the hand-counted
#     precision, recall and accuracy;
#   - shingles: the extracted text equal to the body scores 1; extra boilerplate lowers
#     precision only, a missing paragraph lowers recall only, with the hand-computed values;
#   - precis bench --task extract gives the Python scorer's figures, on a plain and a gzipped
#     set;
#   - benchmarks/extract.sh says so and exits 0 when the evaluation data is missing.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SCORE="$ROOT/benchmarks/extract_score.py"
H="$FIXTURES/html"
mkdir -p "$WORK/x"

# the fixture page extracted by precis
"$PRECIS" extract "$H/news.html" | tail -n +3 >"$WORK/x/news.txt"
body=$(cat "$WORK/x/news.txt")

# snippets: all right
python3 - "$WORK/set.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    f.write(json.dumps({"id": "news", "with": ["sailed again on Wednesday", "four crossings a week", "Tomas Ferlie"],
                        "without": ["Accept all cookies", "Island school reopens", "All rights reserved"]}) + "\n")
    f.write(json.dumps({"id": "other", "with": ["the daytime boat alone", "not in the page at all"],
                        "without": ["Timetable for the summer"]}) + "\n")
PY
cp "$WORK/x/news.txt" "$WORK/x/other.txt"
last_cmd="extract_score.py snippets"
python3 "$SCORE" snippets "$WORK/set.jsonl" "$WORK/x" >"$WORK/out" 2>&1
status=$?
expect_exit 0
# TP 4 (3 + 1), FN 1, FP 1 (the heading is in the text), TN 3: P 0.8, R 0.8, accuracy 7/9
expect_stdout_contains "pages 2  snippets 9 (with 5, without 4)"
expect_stdout_contains "precision 0.800  recall 0.800  F1 0.800  accuracy 0.778"

# shingles: the same text, boilerplate added, a paragraph missing
python3 - "$WORK/x/news.txt" "$WORK/bodies.jsonl" "$WORK/x" <<'PY'
import json, sys
body = open(sys.argv[1]).read()
paras = body.split("\n\n")
with open(sys.argv[2], "w") as f:
    for i in ("same", "extra", "short"):
        f.write(json.dumps({"id": i, "body": body}) + "\n")
open(sys.argv[3] + "/same.txt", "w").write(body)
open(sys.argv[3] + "/extra.txt", "w").write(body + "\n\nAccept all cookies to read on, or manage your settings here")
open(sys.argv[3] + "/short.txt", "w").write("\n\n".join(paras[:-1]))
PY
last_cmd="extract_score.py shingles"
python3 "$SCORE" shingles "$WORK/bodies.jsonl" "$WORK/x" >"$WORK/out" 2>&1
status=$?
expect_exit 0
# per page P and R, averaged; F1 of the averages (computed here the long way)
want=$(python3 - "$WORK/x" <<'PY'
import re, sys
d = sys.argv[1]
def sh(s):
    w = [t.lower() for t in re.findall(r"\w+", s)]
    return {tuple(w[i:i + 4]) for i in range(len(w) - 3)}
ref = sh(open(d + "/same.txt").read())
ps, rs = [], []
for n in ("same", "extra", "short"):
    got = sh(open(d + "/%s.txt" % n).read())
    tp, fp, fn = len(got & ref), len(got - ref), len(ref - got)
    ps.append(tp / (tp + fp)); rs.append(tp / (tp + fn))
p, r = sum(ps) / 3, sum(rs) / 3
assert ps[0] == rs[0] == 1 and ps[1] < 1 and rs[1] == 1 and ps[2] == 1 and rs[2] < 1
print("pages 3  shingle precision %.3f  recall %.3f  F1 %.3f" % (p, r, 2 * p * r / (p + r)))
PY
)
expect_stdout "$want"

# precis bench --task extract on a set of the fixture pages agrees with the Python scorer,
# plain and gzipped, and writes a report that names its task
python3 - "$H" "$WORK/pages.jsonl" "$WORK/y" <<'PY'
import json, os, sys
h, out, d = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(d, exist_ok=True)
sets = {"news": (["sailed again on Wednesday", "Timetable for the summer", "Islanders can cross"],
                 ["Accept all cookies", "Related stories", "Photo: Harbour Trust", "Island school reopens"]),
        "blog": (["went into the winter heavier", "willows flower in March"], ["Leave a reply", "Pinterest"]),
        "script-built": (["reading club will staff the desk"], ["Please enable JavaScript"])}
with open(out, "w") as f:
    for name, (w, wo) in sets.items():
        html = open("%s/%s.html" % (h, name), encoding="utf-8").read()
        f.write(json.dumps({"id": name, "html": html, "with": w, "without": wo}) + "\n")
PY
gzip -k "$WORK/pages.jsonl"
for f in "$WORK/y"; do
    for name in news blog script-built; do
        "$PRECIS" extract "$H/$name.html" | tail -n +3 >"$f/$name.txt"
    done
done
want=$(python3 "$SCORE" snippets "$WORK/pages.jsonl" "$WORK/y" | tail -1 | awk '{print $2, $4, $6, $8}')
for set in "$WORK/pages.jsonl" "$WORK/pages.jsonl.gz"; do
    run bench --task extract --quiet --out "$WORK/report" "$set"
    expect_exit 0
    got=$(grep '^| pages' "$WORK/out" | awk -F'|' '{gsub(/ /, ""); print $5, $6, $7, $8}')
    last_cmd="bench --task extract $(basename "$set") against extract_score.py"
    checks=$((checks + 1))
    [ "$got" = "$want" ] || fail "bench says '$got', the Python scorer '$want'"
done
expect_stdout_contains "| pages | 3 | 6/7 | 1.000 | 1.000 | 1.000 | 1.000 |"
checks=$((checks + 1))
grep -q '"task": *"extract"' "$WORK/report/pages.extract.json" || fail "report: $(head -c 300 "$WORK/report/pages.extract.json")"

# no data: a message and exit 0
last_cmd="benchmarks/extract.sh without data"
PRECIS_DATA="$WORK/nothing" bash "$ROOT/benchmarks/extract.sh" "$PRECIS" >"$WORK/out" 2>&1
status=$?
expect_exit 0
expect_stdout_contains "evaluation data missing"
done_testing
