# json_schema.sh — every JSON output validates against its JSON Schema (draft 2020-12) in
# docs/schema/: split, summary, explain, facts and brief of every golden article (and of a
# text in a language without fact data), the lines of precis batch over the golden articles
# (and an error line), precis extract of the HTML fixtures and batch lines with text and meta, precis eval -f json (with --per-doc) and a precis bench report. Each
# record names its schema ("schema": "precis/<name>/1"). Needs Debian's python3-jsonschema
# (scripts/setup.sh installs it); without it the test is reported as skipped (exit 77), not
# passed.
. "$(dirname "$0")/lib.sh"

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SCHEMAS="$ROOT/docs/schema"
G="$FIXTURES/golden"

# Debian's python3 (where python3-jsonschema goes) first, then whatever python3 is first on PATH
PY=""
for p in /usr/bin/python3 python3; do
    if "$p" -c 'import jsonschema' 2>/dev/null; then
        PY=$p
        break
    fi
done
if [ -z "$PY" ]; then
    echo "SKIPPED: python3-jsonschema is not installed (scripts/setup.sh installs it); no output was validated" >&2
    exit 77
fi
echo "validating with $("$PY" -c 'from importlib.metadata import version; print("jsonschema", version("jsonschema"))')"

mkdir -p "$WORK/j"
n=0
# save NAME SCHEMA ARGS...: runs precis ARGS, keeps stdout as a file to validate with SCHEMA
save() {
    local schema=$1
    shift
    run "$@"
    expect_exit 0
    n=$((n + 1))
    cp "$WORK/out" "$WORK/j/$n.$schema.json"
}
for a in "$G"/*.txt; do
    case "$a" in *.brief.txt | *.facts.txt) continue ;; esac
    save split split -f json "$a"
    save summary summary -f json "$a"
    save summary summary --pretty -n 1 "$a"
    save explain summary --explain -f json "$a"
    save facts facts -f json --date 2024-05-02 "$a"
    save brief brief -f json "$a"
    run split -f jsonl "$a"
    n=$((n + 1))
    cp "$WORK/out" "$WORK/j/$n.split-lines.jsonl"
done
printf 'Der Stadtrat hat am Montag einen neuen Haushalt beschlossen. Die Opposition stimmte dagegen.\n' >"$WORK/de.txt"
save facts facts -f json "$WORK/de.txt"
save brief brief -f json "$WORK/de.txt"

# batch: every view of every golden article, and an error line
printf '{"id":"bad","text":42}\n' >"$WORK/bad.jsonl"
run batch -q --glob '*[a-z].txt' "$G" "$WORK/bad.jsonl"
expect_exit 1
n=$((n + 1))
grep -v '\.brief\.txt\|\.facts\.txt' "$WORK/out" >"$WORK/j/$n.batch.jsonl"

# extract, and batch lines with the page's text and meta
H="$FIXTURES/html"
for page in "$H"/*.html; do
    save extract extract -f json "$page"
done
save extract extract --pretty "$G/politics.txt"
run batch -q --fields summary,brief,facts,text,meta "$H"/*.html "$WORK/bad.jsonl"
expect_exit 1
n=$((n + 1))
cp "$WORK/out" "$WORK/j/$n.batch.jsonl"

# eval and bench
R="$FIXTURES/roundtrip/refs.jsonl"
"$PRECIS" batch -q --fields summary "$R" >"$WORK/sys.jsonl"
save eval eval -f json --per-doc "$R" "$WORK/sys.jsonl"
save eval eval --pretty --max-n 3 "$R" "$WORK/sys.jsonl"
run bench --quiet --methods lead,default --sentences 1 --out "$WORK/bench" "$FIXTURES/eval/set.jsonl"
expect_exit 0
n=$((n + 1))
cp "$WORK"/bench/*.json "$WORK/j/$n.bench.json"

python3 -c 'import json, sys; print(json.dumps({"id": "p", "html": open(sys.argv[1]).read(), "with": ["Kelderwick"], "without": ["cookies"]}))' \
    "$H/news.html" >"$WORK/pages.jsonl"
run bench --task extract --quiet --out "$WORK/bench-extract" "$WORK/pages.jsonl"
expect_exit 0
n=$((n + 1))
cp "$WORK"/bench-extract/*.json "$WORK/j/$n.bench.json"

last_cmd="validate $(ls "$WORK/j" | wc -l) outputs against docs/schema/"
checks=$((checks + 1))
"$PY" - "$SCHEMAS" "$WORK/j" >"$WORK/validate.log" 2>&1 <<'PY' || fail "$(head -c 3000 "$WORK/validate.log")"
import json, os, sys
import jsonschema

sdir, jdir = sys.argv[1], sys.argv[2]
schemas = {}
for f in sorted(os.listdir(sdir)):
    if not f.endswith(".schema.json"):
        continue
    s = json.load(open(os.path.join(sdir, f)))
    jsonschema.Draft202012Validator.check_schema(s)
    schemas[f.split(".")[0]] = s

# the schemas refer to each other by $id: a registry (jsonschema >= 4.18) or a resolver's
# store (Debian bookworm's 4.10)
try:
    from referencing import Registry, Resource
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas.values())
    def validator(s):
        return jsonschema.Draft202012Validator(s, registry=registry)
except ImportError:
    store = {s["$id"]: s for s in schemas.values()}
    def validator(s):
        return jsonschema.Draft202012Validator(s, resolver=jsonschema.RefResolver.from_schema(s, store=store))

def check(name, doc, where):
    v = validator(schemas[name])
    errs = sorted(v.iter_errors(doc), key=lambda e: list(e.path))
    for e in errs[:5]:
        print(f"{where}: {name}: {'/'.join(map(str, e.path))}: {e.message[:300]}")
    return not errs

def views(rec):
    return [k for k in ("summary", "brief", "facts") if isinstance(rec.get(k), dict)]

ok, counted = True, 0
for f in sorted(os.listdir(jdir)):
    path = os.path.join(jdir, f)
    kind = f.split(".")[1]
    if kind == "split-lines":
        for i, line in enumerate(open(path), 1):
            ok &= check("sentence", json.loads(line), f"{f}:{i}")
            counted += 1
        continue
    if f.endswith(".jsonl"):
        errors = 0
        for i, line in enumerate(open(path), 1):
            rec = json.loads(line)
            if rec.get("schema") != "precis/batch/1":
                print(f"{f}:{i}: \"schema\" is {rec.get('schema')!r}"); ok = False
            ok &= check(kind, rec, f"{f}:{i}")
            errors += "error" in rec
            if "error" not in rec and views(rec) != ["summary", "brief", "facts"]:
                print(f"{f}:{i}: views {views(rec)}"); ok = False
            counted += 1
        if errors != 1:
            print(f"{f}: {errors} error lines, expected 1"); ok = False
        continue
    doc = json.load(open(path))
    if doc.get("schema") != f"precis/{kind}/1":
        print(f"{f}: \"schema\" is {doc.get('schema')!r}, expected precis/{kind}/1"); ok = False
    ok &= check(kind, doc, f)
    counted += 1
print(f"validated {counted} records")
sys.exit(0 if ok and counted > 100 else 1)
PY
cat "$WORK/validate.log"

# the schemas reject what they must: a record without a required member, a wrong type
checks=$((checks + 1))
"$PY" - "$SCHEMAS" >"$WORK/neg.log" 2>&1 <<'PY' || fail "a schema accepted a bad record: $(cat "$WORK/neg.log")"
import json, sys, jsonschema
s = json.load(open(sys.argv[1] + "/summary.schema.json"))
good = {"sentences": [{"text": "A.", "start": 0, "end": 2, "index": 0, "score": 1.0}], "method": "lead",
        "budget": {"kind": "sentences", "value": 3}, "sentence_count": 1, "lang": "en", "schema": "precis/summary/1",
        "left_out": [{"a member": "another branch may add"}]}
v = jsonschema.Draft202012Validator(s)
assert not list(v.iter_errors(good)), "a good record (with an extra member) was refused"
for bad in ({**good, "sentences": [{"text": "A.", "start": -1, "end": 2, "index": 0, "score": 1.0}]},
            {k: x for k, x in good.items() if k != "method"}, {**good, "schema": "precis/summary/2"}):
    assert list(v.iter_errors(bad)), f"accepted {bad}"
PY

done_testing
