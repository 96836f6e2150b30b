# formats.sh — every view in every format that makes sense, one message for a pair that does
# not, and the same facts in every format: for each golden article (and a fixture whose
# sources repeat and hedge), every fact the text view lists is in the Markdown, the facts'
# HTML and the brief's HTML, and nothing more; named sources once each. --pretty is the
# compact JSON indented.
. "$(dirname "$0")/lib.sh"

G="$FIXTURES/golden"
S="$FIXTURES/formats/sources.txt"

# pairs that make sense: exit 0, something on stdout
for c in summary facts brief; do
    for f in text json markdown md html; do
        run "$c" -f "$f" "$G/wire.txt"
        expect_exit 0
        expect_stderr_empty
    done
done
for f in text json jsonl; do
    run split -f "$f" "$G/wire.txt"
    expect_exit 0
done

# one message for a pair that does not: no doubled prefix, the command's formats listed
not_a_format() {
    expect_exit 2
    expect_stdout ""
    checks=$((checks + 1))
    printf '%s\nTry '"'"'precis %s --help'"'"' for more information.\n' "$2" "$1" >"$WORK/want"
    diff -u "$WORK/want" "$WORK/err" >/dev/null || fail "stderr was: $(cat "$WORK/err")"
}
run facts -f jsonl "$G/wire.txt"
not_a_format facts "precis: facts: facts has no jsonl format (its formats: text, json, markdown, html)"
run split -f html "$G/wire.txt"
not_a_format split "precis: split: split has no html format (its formats: text, jsonl, json)"
run split -f markdown "$G/wire.txt"
not_a_format split "precis: split: split has no markdown format (its formats: text, jsonl, json)"
run summary --explain -f html "$G/wire.txt"
not_a_format summary "precis: summary: --explain prints text or json, not html"
run brief --pretty -f markdown "$G/wire.txt"
not_a_format brief "precis: brief: --pretty indents JSON; it does not go with --format markdown"
run split --pretty -f jsonl "$G/wire.txt"
not_a_format split "precis: split: --pretty indents JSON; it does not go with --format jsonl"

# the same facts in every format
check_same_facts() {
    local a=$1
    "$PRECIS" facts "$a" >"$WORK/f.txt" 2>/dev/null
    "$PRECIS" facts -f markdown "$a" >"$WORK/f.md" 2>/dev/null
    "$PRECIS" facts -f html "$a" >"$WORK/f.html" 2>/dev/null
    "$PRECIS" facts -f json "$a" >"$WORK/f.json" 2>/dev/null
    "$PRECIS" brief -f html "$a" >"$WORK/b.html" 2>/dev/null
    "$PRECIS" brief -f json "$a" >"$WORK/b.json" 2>/dev/null
    last_cmd="precis facts|brief -f text|json|markdown|html $(basename "$a")"
    checks=$((checks + 1))
    python3 - "$WORK" >"$WORK/same.log" 2>&1 <<'PY' || fail "facts of $(basename "$a") differ between formats: $(cat "$WORK/same.log")"
import html, json, re, sys
w = sys.argv[1]
labels = {"who": "Who", "what": "What", "where": "Where", "when": "When", "how many": "How many",
          "quotes": "Quotes", "sources": "Sources"}
def from_text(t):
    slots, cur = {}, None
    for line in t.splitlines():
        m = re.match(r"^(who|what|where|when|how many|quotes|sources):\s*(.*)$", line)
        if m:
            cur = labels[m.group(1)]
            slots[cur] = [x for x in (m.group(2).split("; ") if cur not in ("Quotes", "What") else [m.group(2)]) if x]
        elif line.startswith("  - ") and cur == "Quotes":
            slots[cur].append(line[4:])
    return {k: v for k, v in slots.items() if v}
def from_md(t):
    slots, cur = {}, None
    for line in t.splitlines():
        if line.startswith("## "):
            cur = line[3:]
            slots[cur] = []
        elif line.startswith("- "):
            # the footnote that cites the item's evidence is not part of the fact
            item = re.sub(r" \[\^\d+\]$", "", line[2:])
            item = re.sub(r"\\(.)", r"\1", item).replace("**", "")
            slots[cur].append(item)
    return slots
def from_html(t):
    dl = re.search(r"<section><h2>Facts</h2><dl>(.*?)</dl></section>", t, re.S).group(1)
    slots, cur = {}, None
    for tag, body in re.findall(r"<(dt|dd)[^>]*>(.*?)</\1>", dl, re.S):
        body = html.unescape(re.sub(r"<[^>]+>", "", body))
        if tag == "dt":
            cur = body
            slots[cur] = []
        else:
            slots[cur].append(body)
    return slots
text = from_text(open(w + "/f.txt").read())
bad = False
for name, v in {"markdown": from_md(open(w + "/f.md").read()), "html": from_html(open(w + "/f.html").read())}.items():
    if v != text:
        print(name, "differs from text:\n text:", text, "\n", name + ":", v)
        bad = True
# JSON: as many items in each slot, the named sources once each. The brief's facts are those
# of the brief's own extract (its word budget), so its HTML is held to the brief's JSON.
def counts(j):
    shown = []
    for s in j["sources"]:
        if s["named"] and not s.get("speech") and s["text"] not in shown:
            shown.append(s["text"])
    c = {"Who": len(j["who"]),
         "What": 1 if j["what"] and ("phrase" in j["what"] or "event" in j["what"] or "action" in j["what"]) else 0,
         "Where": len(j["where"]), "When": len(j["when"]), "How many": len(j["how_many"]),
         "Quotes": len(j["quotes"]), "Sources": len(shown)}
    return {k: v for k, v in c.items() if v}, shown
def html_counts(v):
    return {k: (1 if k == "What" else len(x)) for k, x in v.items()}
fj = json.load(open(w + "/f.json"))
bj = json.load(open(w + "/b.json"))["facts"]
bh = from_html(open(w + "/b.html").read())
for name, j, v in (("facts", fj, text), ("brief", bj, bh)):
    c, shown = counts(j)
    if html_counts(v) != c or v.get("Sources", []) != shown:
        print(name, "json and", "text" if name == "facts" else "html", "differ:", c, shown, v)
        bad = True
sys.exit(1 if bad else 0)
PY
}
for a in "$G"/*.txt "$S"; do
    case "$a" in *.brief.txt | *.facts.txt) continue ;; esac
    check_same_facts "$a"
done

# named sources once each, in every format ("reportedly" names no one)
run facts "$S"
expect_stdout_contains "sources:  AFP; BBC"
run brief -f html "$S"
expect_stdout_contains '<dt>Sources</dt><dd data-start="16" data-end="19">AFP</dd><dd data-start="383" data-end="386">BBC</dd></dl>'
expect_stdout_lacks '>reportedly</dd>'
run facts -f markdown "$S"
expect_stdout_contains "## Sources

- AFP [^"
expect_stdout_contains "- BBC [^"
# each fact links to its evidence: a footnote with the byte span and the sentence holding it
checks=$((checks + 1))
python3 - "$WORK/out" "$S" <<'PY' || fail "markdown footnotes do not point at their evidence"
import re, sys
md, src = open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], "rb").read()
refs = re.findall(r" \[\^(\d+)\]$", md, re.M)
notes = dict(re.findall(r"^\[\^(\d+)\]: bytes (\d+-\d+) of the input", md, re.M))
assert refs and sorted(refs, key=int) == sorted(notes, key=int), (refs, notes)
for n, span in notes.items():
    a, b = map(int, span.split("-"))
    assert 0 <= a < b <= len(src), span
assert "AFP" in [src[int(notes[n].split("-")[0]):int(notes[n].split("-")[1])].decode() for n in notes]
PY
run facts -f json "$S"
expect_stdout_contains '"text":"reportedly"'

# facts html: every item links to its evidence, marked in the article at its byte offset
for a in "$G/wire.txt" "$G/interview.txt" "$S"; do
    run facts -f html "$a"
    expect_exit 0
    expect_stdout_contains '<article><h2>Text</h2>'
    checks=$((checks + 1))
    python3 - "$a" "$WORK/out" >"$WORK/links.log" 2>&1 <<'PY' || fail "facts html links of $(basename "$a"): $(cat "$WORK/links.log")"
import html, re, sys
text = open(sys.argv[1], "rb").read()
page = open(sys.argv[2], encoding="utf-8").read()
section = re.search(r"<dl>(.*?)</dl>", page, re.S).group(1)
items = re.findall(r"<dd[^>]*>(.*?)</dd>", section, re.S)
links = re.findall(r'href="#e(\d+)"', section)
marks = dict(re.findall(r'<mark id="e(\d+)">(.*?)</mark>', page, re.S))
bad = []
if len(links) != len(items):
    bad.append(f"{len(items)} items, {len(links)} links")
for n in links:
    if n not in marks:
        bad.append(f"no mark e{n}")
        continue
    shown = html.unescape(re.sub(r"<[^>]+>", "", marks[n]))
    raw = " ".join(text[int(n):int(n) + len(shown.encode()) + 20].decode("utf-8", "replace").split())
    if not raw.startswith(shown[:12]):
        bad.append(f"e{n}: mark {shown[:30]!r}, input {raw[:30]!r}")
print("; ".join(bad))
sys.exit(1 if bad else 0)
PY
done

# summary html: the summary's sentences, each with its evidence span
run summary -f json "$G/wire.txt"
cp "$WORK/out" "$WORK/summary.json"
run summary -f html "$G/wire.txt"
expect_exit 0
expect_stdout_contains '<!DOCTYPE html>'
checks=$((checks + 1))
python3 - "$WORK/summary.json" "$WORK/out" <<'PY' || fail "summary html lacks the summary's sentences"
import html, json, re, sys
s = json.load(open(sys.argv[1]))
page = open(sys.argv[2]).read()
items = re.findall(r'<li data-start="(\d+)" data-end="(\d+)">(.*?)</li>', page)
want = [(str(x["start"]), str(x["end"]), x["text"]) for x in s["sentences"]]
sys.exit(0 if [(a, b, html.unescape(t)) for a, b, t in items] == want else 1)
PY

# --pretty: the same JSON, indented; --pretty alone means json
for c in split summary facts brief; do
    run "$c" -f json "$G/court.txt"
    cp "$WORK/out" "$WORK/compact.json"
    run "$c" --pretty "$G/court.txt"
    expect_exit 0
    expect_stdout_contains '  "lang": "en"'
    checks=$((checks + 1))
    python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); sys.exit(a != b)' \
        "$WORK/compact.json" "$WORK/out" || fail "$c --pretty is not the compact JSON"
    checks=$((checks + 1))
    [ "$(wc -l <"$WORK/out")" -gt 5 ] || fail "$c --pretty is not indented"
done
run summary --explain --pretty "$G/court.txt"
expect_exit 0
expect_stdout_contains '    "chosen": '

done_testing
