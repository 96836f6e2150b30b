# extract.sh — web pages: `precis extract` and HTML given to every command.
#   - the article text of each fixture page in tests/data/html equals its .extract.txt; a
#     content class's modifier ("entry-content-read-more") names the article, not chrome;
#   - the chrome of news.html (cookie notice, menu, caption, ad label, share and related
#     links, sidebar, comments, footer, scripts, styles, byline) is left out, its lead
#     (standfirst) in the article's header kept;
#   - the JSON: title without the site's name, author, date, site, language, canonical URL,
#     and paragraph offsets that cut "text" into its paragraphs exactly; a page built by
#     script read from its JSON-LD articleBody;
#   - brief, summary, facts and split read a page by its content (a .txt name too), with the
#     page's date resolving "Wednesday" unless --date is given;
#   - batch --fields text,meta: the same text, the offsets of its views point into it;
#   - charsets: a windows-1252 page labelled iso-8859-1, a UTF-16 page with a BOM;
#   - bad input: binary, truncated, nested too deep, empty, over --max-bytes, plain text.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
H="$FIXTURES/html"

for page in news latin1 blog script-built modifier-class; do
    run extract "$H/$page.html"
    expect_exit 0
    expect_stdout_file "$H/$page.extract.txt"
    expect_stderr_empty
done

# "entry-content entry-content-read-more": a modifier class of a content class names the
# same box, not a "read more" box; the byline above it stays out
run extract "$H/modifier-class.html"
expect_stdout_contains "Its last day for objections is April 1"
expect_stdout_lacks "By Rui Lopes"

run extract "$H/news.html"
for chrome in "cookies" "Sport" "Photo: Harbour Trust" "Advertisement" "Share on social" "Related stories" \
    "Island school reopens" "Most read" "Finally!" "All rights reserved" "trackPage" "height:" "By Ines Marrow"; do
    expect_stdout_lacks "$chrome"
done
# the title once, without the site; the lead from the article's header and a heading
# inside the article kept
expect_stdout_contains "Islanders can cross overnight again"
expect_stdout_contains "Timetable for the summer"
checks=$((checks + 1))
[ "$(grep -c 'Night ferry returns' "$WORK/out")" -eq 1 ] || fail "the title is printed $(grep -c 'Night ferry returns' "$WORK/out") times"
checks=$((checks + 1))
[ "$(head -1 "$WORK/out")" = "Night ferry returns to Kelderwick after two-year pause" ] || fail "first line: $(head -1 "$WORK/out")"

# JSON: metadata and offsets
run extract -f json "$H/news.html"
expect_exit 0
last_cmd="extract -f json news.html (members)"
checks=$((checks + 1))
python3 - "$WORK/out" >"$WORK/check" 2>&1 <<'PY' || fail "$(cat "$WORK/check")"
import json, sys
d = json.load(open(sys.argv[1]))
want = {"title": "Night ferry returns to Kelderwick after two-year pause", "author": "Ines Marrow",
        "date": "2024-03-14", "site": "Coastline Courier", "lang": "en-GB",
        "url": "https://courier.example/news/night-ferry-returns", "schema": "precis/extract/1"}
for k, v in want.items():
    assert d[k] == v, (k, d[k])
assert list(d)[-1] == "schema", list(d)
t = d["text"].encode("utf-8")
paras = [t[p["start"]:p["end"]] for p in d["paragraphs"]]
assert b"\n\n".join(paras) == t, "paragraphs do not cut text exactly"
assert len(paras) == 8, len(paras)
assert paras[0].startswith(b"Islanders can cross overnight"), paras[0]
assert all(p.strip() == p and p for p in paras)
PY

# title order "Site - Story", author from rel=author, date from a date box
run extract -f json "$H/blog.html"
expect_stdout_contains '"title":"Winter beekeeping notes"'
expect_stdout_contains '"author":"Hanne Ostrup"'
expect_stdout_contains '"date":"2022-01-09"'
expect_stdout_contains '"site":"Orchard Diary"'
# a page built by script: its JSON-LD articleBody, several authors
run extract -f json "$H/script-built.html"
expect_stdout_contains '"author":"Ola Brenn, Tim Sauer"'
expect_stdout_contains '"title":"Library opens on Sundays"'
expect_stdout_contains '"text":"The town library will open on Sunday afternoons'
run extract -f json "$H/latin1.html"
expect_stdout_contains '"title":"Café owners in Sant Oriol fight rent rise"'
expect_stdout_contains '4,000 € a year'
expect_stdout_contains '"date":"2023-11-02"'

# every command reads the page, by its content: a .txt name changes nothing
cp "$H/news.html" "$WORK/saved-page.txt"
for f in "$H/news.html" "$WORK/saved-page.txt"; do
    run split "$f"
    expect_exit 0
    checks=$((checks + 1))
    [ "$(head -1 "$WORK/out")" = "Islanders can cross overnight again after a repair paid for by the regional council." ] ||
        fail "split's first sentence: $(head -1 "$WORK/out")"
    expect_stdout_lacks "<"
    run "$f"
    expect_exit 0
    expect_stdout_contains "Kelderwick"
    expect_stdout_lacks "cookie"
    run summary -n 2 "$f"
    expect_exit 0
    expect_stdout_lacks "DOCTYPE"
done
# the page's date resolves relative dates, --date wins over it
run facts -f json "$H/news.html"
expect_exit 0
expect_stdout_contains '"value":"2024-03-13"'
run facts -f json --date 2024-06-01 "$H/news.html"
expect_exit 0
expect_stdout_lacks '"value":"2024-03-13"'
expect_stdout_contains '"value":"2024-05-29"'
# the page's title is the summary's title (JSON echoes no title, so: same as --title given)
run summary -f json "$H/news.html"
cp "$WORK/out" "$WORK/sum-page.json"
run summary -f json --title "Night ferry returns to Kelderwick after two-year pause" "$H/news.html"
last_cmd="summary -f json: page title = --title"
checks=$((checks + 1))
cmp -s "$WORK/out" "$WORK/sum-page.json" || fail "the page's title does not act as --title"

# batch: text and meta, offsets into that text
run batch -q --glob '*.html' --fields text,meta,summary "$H"
expect_exit 0
last_cmd="batch --fields text,meta,summary (offsets)"
checks=$((checks + 1))
"$PRECIS" extract -f json "$H/news.html" >"$WORK/news.json"
python3 - "$WORK/out" "$WORK/news.json" >"$WORK/check" 2>&1 <<'PY' || fail "$(cat "$WORK/check")"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert len(lines) == 5, len(lines)
ext = json.load(open(sys.argv[2]))
news = [l for l in lines if l["id"].endswith("news.html")][0]
assert news["text"] == ext["text"]
assert news["meta"] == {"title": ext["title"], "author": "Ines Marrow", "date": "2024-03-14",
                        "site": "Coastline Courier", "url": ext["url"]}, news["meta"]
for l in lines:
    t = l["text"].encode("utf-8")
    for s in l["summary"]["sentences"]:
        assert t[s["start"]:s["end"]].decode("utf-8") == s["text"], (l["id"], s)
PY

# UTF-16 with a byte-order mark
python3 -c "import sys; sys.stdout.buffer.write(open(sys.argv[1],'rb').read().decode('utf-8').encode('utf-16'))" \
    "$H/blog.html" >"$WORK/utf16.html"
run extract "$WORK/utf16.html"
expect_exit 0
expect_stdout_file "$H/blog.extract.txt"

# a WARC response whose charset only its HTTP header gives
python3 - "$H/latin1.html" "$WORK/pages.warc" <<'PY'
import sys
body = open(sys.argv[1], "rb").read().replace(
    b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', b"")
payload = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n" + body
head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://valley.example/cafes\r\n"
        "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(payload)).encode()
open(sys.argv[2], "wb").write(head + payload + b"\r\n\r\n")
PY
run batch -q --fields text,meta "$WORK/pages.warc"
expect_exit 0
expect_stdout_contains '"text":"The owners of eleven cafés'
expect_stdout_contains '4,000 € a year'

# bad input: each a clear message naming the input, never a crash
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$WORK/image.html"
run extract "$WORK/image.html"
expect_exit 1
expect_stderr_contains "precis: $WORK/image.html: binary content, not an HTML page or text"
head -c 1500 "$H/news.html" >"$WORK/cut.html"
run extract "$WORK/cut.html"
expect_exit 0
run split "$WORK/cut.html"
expect_exit 0
expect_stdout_lacks "<"
python3 -c "print('<!DOCTYPE html><html><body>' + '<div>' * 30000 + 'deep' + '</div>' * 30000)" >"$WORK/deep.html"
run extract "$WORK/deep.html"
expect_exit 1
expect_stderr_contains "nested over 20000 levels deep"
: >"$WORK/empty.html"
run extract "$WORK/empty.html"
expect_exit 0
expect_stdout ""
printf '<!DOCTYPE html><html><head><title>Menu only</title></head><body><nav><a href="/">Home</a></nav></body></html>' >"$WORK/menu.html"
run extract "$WORK/menu.html"
expect_exit 0
expect_stdout "Menu only"
expect_stderr_contains "precis: $WORK/menu.html: warning: no article text found in the page"
run split "$WORK/menu.html"
expect_exit 0
expect_stdout ""
expect_stderr_contains "warning: no article text found in the page"
run extract --max-bytes 100 "$H/news.html"
expect_exit 1
expect_stderr_contains "over the limit of 100"
run extract "$FIXTURES/golden/politics.txt"
expect_exit 0
expect_stdout_file "$FIXTURES/golden/politics.txt"
run extract -f xml "$H/news.html"
expect_exit 2
run extract --timeout 0 "$H/news.html"
expect_exit 2
done_testing
